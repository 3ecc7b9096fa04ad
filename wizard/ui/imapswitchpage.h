// Page 2 (personal accounts): how to switch on POP and IMAP in Outlook.com, in numbered steps with the
// labels Outlook.com shows, a picture, and a button that opens the right settings page. The user confirms
// with a checkbox. For a work or school account it only says that the IT administrator controls it.
#pragma once

#include <QWizardPage>

class QBoxLayout;
class QCheckBox;
class QLabel;
class QPushButton;
class QWidget;
class SetupController;
class StatusLabel;

class ImapSwitchPage : public QWizardPage
{
    Q_OBJECT
public:
    // Outlook.com's POP and IMAP settings (not documented by Microsoft; the written path is the fallback).
    static QUrl outlookSettingsUrl();

    ImapSwitchPage(SetupController *controller, QWidget *parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;
    int nextId() const override;

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void openSettings();
    bool isWorkAccount() const;

    SetupController *m_controller;
    QWidget *m_personalPart;
    QLabel *m_workLabel;
    QPushButton *m_openButton;
    StatusLabel *m_openStatus;
    QCheckBox *m_switchedOn;
    QBoxLayout *m_columns = nullptr;
};
