// Page 2 (personal accounts): how to switch on POP and IMAP in Outlook.com, in numbered steps with the
// labels Outlook.com shows, a picture, and a button that opens the right settings page. The wizard's Next
// button says "I've switched it on" here: one press confirms and goes on. For a work or school account it only says that the IT administrator controls it.
#pragma once

#include <QWizardPage>

class DesktopHooks;

class QBoxLayout;
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

    ImapSwitchPage(SetupController *controller, DesktopHooks *desktop, QWidget *parent = nullptr);

    void initializePage() override;
    void cleanupPage() override;
    bool validatePage() override;
    int nextId() const override;

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void openSettings();
    bool isWorkAccount() const;
    void restoreNextDescription();

    SetupController *m_controller;
    DesktopHooks *m_desktop;
    QWidget *m_personalPart;
    QLabel *m_workLabel;
    QPushButton *m_openButton;
    StatusLabel *m_openStatus;
    QBoxLayout *m_columns = nullptr;
};
