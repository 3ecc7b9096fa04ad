#include "wizard/core/provider/regularfile.h"

#include <QFile>
#include <QFileInfo>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

RegularFile::Problem RegularFile::read(const QString &path, qint64 maxBytes, QByteArray *bytes)
{
    bytes->clear();
    // First by name, so that no device is even opened (opening some has effects of its own).
    const QFileInfo info(path);
    if (!info.exists())
        return Problem::Missing;
    if (!info.isFile())
        return Problem::NotRegular;
    if (info.size() > maxBytes)
        return Problem::TooLarge;

    QFile file;
#ifdef Q_OS_UNIX
    // Then by what was opened: the name may point elsewhere by now. O_NONBLOCK keeps a FIFO put there in the
    // meantime from blocking the open; a regular file ignores it.
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC);
    if (fd < 0)
        return errno == ENOENT ? Problem::Missing : Problem::Unreadable;
    struct stat status {};
    if (::fstat(fd, &status) != 0) {
        ::close(fd);
        return Problem::Unreadable;
    }
    if (!S_ISREG(status.st_mode)) {
        ::close(fd);
        return Problem::NotRegular;
    }
    if (!file.open(fd, QIODevice::ReadOnly, QFileDevice::AutoCloseHandle)) {
        ::close(fd);
        return Problem::Unreadable;
    }
#else
    file.setFileName(path);
    if (!file.open(QIODevice::ReadOnly))
        return Problem::Unreadable;
#endif
    // One byte more than allowed tells a file that grew since it was measured.
    const QByteArray content = file.read(maxBytes + 1);
    if (file.error() != QFileDevice::NoError)
        return Problem::Unreadable;
    if (content.size() > maxBytes)
        return Problem::TooLarge;
    *bytes = content;
    return Problem::None;
}
