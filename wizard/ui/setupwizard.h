// The Mail Setup wizard: the address, switching on IMAP (personal accounts), the sign-in, the check
// and the settings of the proven account. It owns nothing but its pages: the SetupController does
// every network and keychain step, and the pages show its states and call its slots.
#pragma once

#include <QPointer>
#include <QWizard>

#include <functional>

class AccountKindDetector;
class SetupController;

class SetupWizard : public QWizard
{
    Q_OBJECT
public:
    enum PageId { AddressPageId, ImapSwitchPageId, SignInPageId, CheckPageId, ReadyPageId };
    Q_ENUM(PageId)

    // Opens an address in a browser; true if a browser was started.
    using UrlOpener = std::function<bool(const QUrl &url)>;
    // Asks where to save the helpdesk report, starting from `suggestedPath`; empty: not saved.
    using ReportFileChooser = std::function<QString(QWidget *parent, const QString &suggestedPath)>;

    explicit SetupWizard(SetupController *controller, QWidget *parent = nullptr);
    ~SetupWizard() override;

    SetupController *controller() const { return m_controller; }
    // Fills in the address (--email); the kind of account is looked up as if it had been typed.
    void setAddress(const QString &email);
    // The detector the address page asks; tests point it at fake DNS and discovery servers.
    AccountKindDetector *accountKindDetector() const;

    // --- hooks for tests ---
    // Replaces QDesktopServices::openUrl for every browser opening (sign-in, Outlook.com settings).
    void setUrlOpener(UrlOpener opener) { m_urlOpener = std::move(opener); }
    bool openUrl(const QUrl &url);
    // Replaces the file dialog of "Save a report".
    void setReportFileChooser(ReportFileChooser chooser) { m_reportFileChooser = std::move(chooser); }
    QString chooseReportFile(QWidget *parent, const QString &suggestedPath);

    // Opens `url` through the SetupWizard that `widget` is in, or QDesktopServices outside one.
    static bool openUrlFrom(const QWidget *widget, const QUrl &url);

    // Asks where to save the helpdesk report and writes it there. Returns a sentence saying where it went or
    // why it could not be written; empty when the user chose no file. `ok` (if given) tells which.
    QString saveHelpdeskReport(QWidget *parent, bool *ok = nullptr);
    // The same for the account's server settings, as Mozilla autoconfig XML (SettingsExport) that other mail apps
    // read; the file is chosen through the same chooser.
    QString saveServerSettings(QWidget *parent, bool *ok = nullptr);

public Q_SLOTS:
    // From the check: goes back to the page that shows how to switch on IMAP (even when it was skipped).
    void showImapHelp();
    // From the check: goes back to the sign-in page and starts a new sign-in.
    void signInAgain();
    void done(int result) override;

protected:
    void initializePage(int id) override;

private:
    void goBackTo(int id);

    SetupController *m_controller;
    UrlOpener m_urlOpener;
    ReportFileChooser m_reportFileChooser;
    QPointer<QWidget> m_initialFocus;  // the control the page being entered gave the focus to
};
