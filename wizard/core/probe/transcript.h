// The C:/S: transcript of one connection, bounded: however much a server sends, it keeps the first and the last
// lines within its limits, and says how many lines and bytes it left out between them. The start shows how the
// conversation began, the end how it failed.
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

class Transcript
{
public:
    // At most `maxLines` lines of together about `maxBytes` bytes (UTF-16 characters counted as two), half for
    // the start and half for the end; the note of what was left out comes on top.
    Transcript(int maxLines, qint64 maxBytes);

    void append(const QString &line);
    // The lines kept, with "# [... N lines (M bytes) left out ...]" where lines were left out.
    QStringList lines() const;

    qint64 linesLeftOut() const { return m_linesLeftOut; }
    qint64 bytesLeftOut() const { return m_bytesLeftOut; }

private:
    static qint64 sizeOf(const QString &line) { return 2 * (line.size() + 1); }

    int m_maxHeadLines;
    int m_maxTailLines;
    qint64 m_maxHeadBytes;
    qint64 m_maxTailBytes;
    QStringList m_head;
    qint64 m_headBytes = 0;
    bool m_headFull = false;
    QList<QString> m_tail;  // the latest lines; the oldest leave from the front
    qint64 m_tailBytes = 0;
    qint64 m_linesLeftOut = 0;
    qint64 m_bytesLeftOut = 0;
};
