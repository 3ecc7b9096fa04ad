// Reads a small file that a person named (a provider profile, the certificates it names, an access token):
// a regular file only, up to a size limit. A FIFO or a terminal would block the command forever, /dev/zero or a
// disk image would fill memory, and a folder has nothing to read; all of them are refused before anything is read.
#pragma once

#include <QByteArray>
#include <QString>

class RegularFile
{
public:
    enum class Problem {
        None,
        Missing,          // nothing at that path
        NotRegular,       // a folder, a device, a FIFO or a socket
        Unreadable,       // no permission, or an error while reading
        TooLarge,         // more than the limit
    };

    // The whole file into `bytes` when it is a regular file of at most `maxBytes` bytes.
    static Problem read(const QString &path, qint64 maxBytes, QByteArray *bytes);
};
