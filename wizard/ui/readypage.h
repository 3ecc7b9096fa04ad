// Page 5: the account is ready. The settings any mail app asks for, each with a copy button; how to sign
// in (OAuth2) and why a password no longer works; where the sign-in is kept; and a report for the
// helpdesk, saved to a file.
#pragma once

#include <QMap>
#include <QWizardPage>

class CommandBlock;
class CopyableField;
class DesktopHooks;
class QFormLayout;
class QGroupBox;
class QPushButton;
class SetupController;
class StatusLabel;
struct ServerAddress;

class ReadyPage : public QWizardPage
{
    Q_OBJECT
public:
    ReadyPage(SetupController *controller, DesktopHooks *desktop, QWidget *parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;
    // The last page: Finish, no Cancel (QWizard would otherwise go on to the page with the next higher id).
    int nextId() const override { return -1; }
    // The field by key ("imapServer", "popPort", "userName", ...), for tests.
    CopyableField *field(const QString &key) const { return m_fields.value(key); }
    // Shows one sentence saying where a file went, or why it could not be written (the wizard's answer to a save).
    void showOutcome(const QString &outcome);

Q_SIGNALS:
    // "Save settings for another app…": the wizard asks where and writes SettingsExport's autoconfig there.
    void saveSettingsRequested();

private:
    QGroupBox *addServerGroup(const QString &title, const QString &prefix, const QString &protocolName,
                              const QString &note = {});
    CopyableField *addField(QFormLayout *form, const QString &key, const QString &label, const QString &accessibleLabel);
    void showServer(const QString &prefix, const ServerAddress &server);
    void showSaved(bool ok, const QString &problem);
    void saveReport();
    // "Set up a printer, scanner or another device…": the relay and a device's password (DeviceSetupDialog).
    QPushButton *addDeviceButton(QWidget *content);
    void openDeviceSetup();

    SetupController *m_controller;
    DesktopHooks *m_desktop;
    QMap<QString, CopyableField *> m_fields;
    QGroupBox *m_popGroup = nullptr;
    QPushButton *m_showPopButton = nullptr;
    StatusLabel *m_readyLabel;
    CommandBlock *m_checkAgainCommand = nullptr;  // after keeping what works: the command that checks again
    StatusLabel *m_copyStatus;
    StatusLabel *m_tokenStorageLabel;
    StatusLabel *m_reportStatus;
    QPushButton *m_saveReportButton;
    bool m_savedKnown = false;
    bool m_savedOk = false;
    QString m_saveProblem;
};
