#include "app/browserlauncher.h"

#include <QProcess>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

bool openInBrowser(const QUrl &url)
{
    const QString address = url.toString(QUrl::FullyEncoded);
#if defined(Q_OS_WIN)
    return QProcess::startDetached(u"rundll32"_s, { u"url.dll,FileProtocolHandler"_s, address });
#elif defined(Q_OS_MACOS)
    return QProcess::startDetached(u"open"_s, { address });
#else
    if (QStandardPaths::findExecutable(u"xdg-open"_s).isEmpty())
        return false;
    return QProcess::startDetached(u"xdg-open"_s, { address });
#endif
}
