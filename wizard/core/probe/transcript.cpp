#include "wizard/core/probe/transcript.h"

using namespace Qt::StringLiterals;

Transcript::Transcript(int maxLines, qint64 maxBytes)
    : m_maxHeadLines(std::max(1, maxLines / 2))
    , m_maxTailLines(std::max(1, maxLines - maxLines / 2))
    , m_maxHeadBytes(std::max<qint64>(1, maxBytes / 2))
    , m_maxTailBytes(std::max<qint64>(1, maxBytes - maxBytes / 2))
{
}

void Transcript::append(const QString &line)
{
    const qint64 size = sizeOf(line);
    if (!m_headFull) {
        if (m_head.size() < m_maxHeadLines && m_headBytes + size <= m_maxHeadBytes) {
            m_head << line;
            m_headBytes += size;
            return;
        }
        // From the first line that does not fit on, everything goes to the end part: the start stays in order.
        m_headFull = true;
    }
    m_tail << line;
    m_tailBytes += size;
    while (m_tail.size() > 1 && (m_tail.size() > m_maxTailLines || m_tailBytes > m_maxTailBytes)) {
        m_tailBytes -= sizeOf(m_tail.constFirst());
        m_bytesLeftOut += m_tail.constFirst().toUtf8().size();
        ++m_linesLeftOut;
        m_tail.removeFirst();
    }
}

QStringList Transcript::lines() const
{
    QStringList result = m_head;
    if (m_linesLeftOut > 0)
        result << u"# [... %1 lines (%2 bytes) left out ...]"_s.arg(m_linesLeftOut).arg(m_bytesLeftOut);
    result << m_tail;
    return result;
}
