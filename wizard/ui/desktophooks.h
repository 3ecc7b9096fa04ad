// What the pages ask of the desktop: open an address in a browser, and save the helpdesk report where the user
// chooses. The wizard owns one and hands it to its pages; tests replace the browser and the file dialog here.
#pragma once

#include <QObject>
#include <QString>

#include <functional>

class QUrl;
class QWidget;
class SetupController;

class DesktopHooks : public QObject
{
    Q_OBJECT
public:
    // Opens an address in a browser; true if a browser was started.
    using UrlOpener = std::function<bool(const QUrl &url)>;
    // Asks where to save a file (the helpdesk report, the server settings), starting from `suggestedPath`; empty:
    // not saved.
    using ReportFileChooser = std::function<QString(QWidget *parent, const QString &suggestedPath)>;

    explicit DesktopHooks(SetupController *controller, QObject *parent = nullptr);

    // Replaces QDesktopServices::openUrl for every browser opening (sign-in, Outlook.com settings).
    void setUrlOpener(UrlOpener opener) { m_urlOpener = std::move(opener); }
    bool openUrl(const QUrl &url);
    // Replaces the file dialog of "Save a report" and "Save the settings".
    void setReportFileChooser(ReportFileChooser chooser) { m_reportFileChooser = std::move(chooser); }

    // Asks where to save the helpdesk report and writes it there: HTML, and JSON beside it (HelpdeskReport). Returns a sentence saying where it went or
    // why it could not be written; empty when the user chose no file. `ok` (if given) tells which.
    QString saveHelpdeskReport(QWidget *parent, bool *ok = nullptr);
    // The same for the account's server settings, as Mozilla autoconfig XML (SettingsExport) that other mail apps
    // read; the file is chosen through the same chooser.
    QString saveServerSettings(QWidget *parent, bool *ok = nullptr);

private:
    QString chooseFile(QWidget *parent, const QString &title, const QString &suggestedPath, const QString &filter);

    SetupController *m_controller;
    UrlOpener m_urlOpener;
    ReportFileChooser m_reportFileChooser;
};
