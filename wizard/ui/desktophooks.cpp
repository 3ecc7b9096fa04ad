#include "wizard/ui/desktophooks.h"

#include "wizard/core/account/settingsexport.h"
#include "wizard/core/account/setupcontroller.h"
#include "wizard/core/report/helpdeskreport.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QSaveFile>
#include <QStandardPaths>
#include <QUrl>

using namespace Qt::StringLiterals;

// The words were the wizard's before the pages stopped including it: they keep its translation context.

DesktopHooks::DesktopHooks(SetupController *controller, QObject *parent)
    : QObject(parent)
    , m_controller(controller)
{
}

bool DesktopHooks::openUrl(const QUrl &url)
{
    if (m_urlOpener)
        return m_urlOpener(url);
    return QDesktopServices::openUrl(url);
}

QString DesktopHooks::chooseFile(QWidget *parent, const QString &title, const QString &suggestedPath,
                                 const QString &filter)
{
    if (m_reportFileChooser)
        return m_reportFileChooser(parent, suggestedPath);
    return QFileDialog::getSaveFileName(parent, title, suggestedPath, filter);
}

namespace {

QString documentsFolder()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return folder.isEmpty() || !QDir(folder).exists() ? QDir::homePath() : folder;
}

} // namespace

QString DesktopHooks::saveHelpdeskReport(QWidget *parent, bool *ok)
{
    if (ok)
        *ok = false;
    // The same report as `mailsetup --report FILE`: a web page to read, and JSON beside it for the helpdesk's tools.
    const QString suggested = QDir(documentsFolder()).filePath(
        u"mailsetup-report-%1.html"_s.arg(QDateTime::currentDateTime().toString(u"yyyyMMdd-HHmmss"_s)));
    const QString path = chooseFile(parent, QCoreApplication::translate("SetupWizard", "Save a report for the helpdesk"),
                                    suggested, QCoreApplication::translate("SetupWizard", "Web pages (*.html)"));
    if (path.isEmpty())
        return {};
    QString problem;
    if (!HelpdeskReport::write(path, m_controller->helpdeskReportData(), &problem))
        return problem;
    if (ok)
        *ok = true;
    return QCoreApplication::translate("SetupWizard",
                                       "The report is saved in %1 (to open in a web browser), with the same facts for "
                                       "the helpdesk's programs in %2. It contains no password and no token.")
        .arg(QDir::toNativeSeparators(path), QDir::toNativeSeparators(HelpdeskReport::jsonFileFor(path)));
}

QString DesktopHooks::saveServerSettings(QWidget *parent, bool *ok)
{
    if (ok)
        *ok = false;
    const QString path = chooseFile(parent, QCoreApplication::translate("SetupWizard", "Save the server settings"),
                                    QDir(documentsFolder()).filePath(u"config-v1.1.xml"_s),
                                    QCoreApplication::translate("SetupWizard", "Mail app settings (*.xml)"));
    if (path.isEmpty())
        return {};
    const QString xml =
        SettingsExport::toAutoconfig(MailServerSettings::of(m_controller->address(), m_controller->profile()));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Text) || file.write(xml.toUtf8()) < 0 || !file.commit()) {
        return QCoreApplication::translate("SetupWizard", "The settings could not be saved in %1: %2")
            .arg(QDir::toNativeSeparators(path), file.errorString());
    }
    if (ok)
        *ok = true;
    return QCoreApplication::translate("SetupWizard",
                                       "The settings are saved in %1. Mail apps that read Mozilla autoconfig "
                                       "files, such as Thunderbird, can use them.")
        .arg(QDir::toNativeSeparators(path));
}
