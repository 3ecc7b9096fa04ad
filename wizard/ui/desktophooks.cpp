#include "wizard/ui/desktophooks.h"

#include "wizard/core/account/settingsexport.h"
#include "wizard/core/account/setupcontroller.h"

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

QString DesktopHooks::chooseReportFile(QWidget *parent, const QString &suggestedPath)
{
    if (m_reportFileChooser)
        return m_reportFileChooser(parent, suggestedPath);
    return QFileDialog::getSaveFileName(parent, QCoreApplication::translate("SetupWizard", "Save a report for the helpdesk"), suggestedPath,
                                        QCoreApplication::translate("SetupWizard", "Text files (*.txt)"));
}

QString DesktopHooks::saveHelpdeskReport(QWidget *parent, bool *ok)
{
    if (ok)
        *ok = false;
    QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (folder.isEmpty() || !QDir(folder).exists())
        folder = QDir::homePath();
    const QString suggested = QDir(folder).filePath(
        u"mailsetup-report-%1.txt"_s.arg(QDateTime::currentDateTime().toString(u"yyyyMMdd-HHmmss"_s)));
    const QString path = chooseReportFile(parent, suggested);
    if (path.isEmpty())
        return {};
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Text) || file.write(m_controller->helpdeskReport().toUtf8()) < 0
        || !file.commit()) {
        return QCoreApplication::translate("SetupWizard", "The report could not be saved in %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
    }
    if (ok)
        *ok = true;
    return QCoreApplication::translate("SetupWizard", "The report is saved in %1. It contains no password and no token.").arg(QDir::toNativeSeparators(path));
}

QString DesktopHooks::saveServerSettings(QWidget *parent, bool *ok)
{
    if (ok)
        *ok = false;
    QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (folder.isEmpty() || !QDir(folder).exists())
        folder = QDir::homePath();
    const QString path = chooseReportFile(parent, QDir(folder).filePath(u"config-v1.1.xml"_s));
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
