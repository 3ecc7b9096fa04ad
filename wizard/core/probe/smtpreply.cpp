#include "wizard/core/probe/smtpreply.h"

namespace {

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

// 1 to 3 digits at `text[*at]`, advancing `at`; -1 if there are none.
int readNumber(QByteArrayView text, qsizetype *at)
{
    int value = 0;
    qsizetype digits = 0;
    while (*at < text.size() && isDigit(text[*at]) && digits < 4) {
        value = value * 10 + (text[*at] - '0');
        ++*at;
        ++digits;
    }
    return digits >= 1 && digits <= 3 ? value : -1;
}

} // namespace

std::optional<SmtpReplyLine> SmtpReplyLine::parse(QByteArrayView line)
{
    if (line.size() < 3 || !isDigit(line[0]) || !isDigit(line[1]) || !isDigit(line[2]))
        return std::nullopt;
    if (line.size() > 3 && line[3] != ' ' && line[3] != '-')
        return std::nullopt;
    SmtpReplyLine parsed;
    parsed.code = (line[0] - '0') * 100 + (line[1] - '0') * 10 + (line[2] - '0');
    parsed.isLast = line.size() == 3 || line[3] == ' ';
    if (line.size() > 4)
        parsed.text = line.sliced(4).toByteArray();
    return parsed;
}

QString SmtpEnhancedStatus::toString() const
{
    return QStringLiteral("%1.%2.%3").arg(statusClass).arg(subject).arg(detail);
}

std::optional<SmtpEnhancedStatus> SmtpEnhancedStatus::parse(QByteArrayView text)
{
    // status-code = class "." subject "." detail; class is 2, 4 or 5 (RFC 3463 section 2), and a word of its own.
    if (text.size() < 5 || (text[0] != '2' && text[0] != '4' && text[0] != '5') || text[1] != '.')
        return std::nullopt;
    SmtpEnhancedStatus status;
    status.statusClass = text[0] - '0';
    qsizetype at = 2;
    status.subject = readNumber(text, &at);
    if (status.subject < 0 || at >= text.size() || text[at] != '.')
        return std::nullopt;
    ++at;
    status.detail = readNumber(text, &at);
    if (status.detail < 0 || (at < text.size() && text[at] != ' '))
        return std::nullopt;
    return status;
}

QString SmtpReply::toString() const
{
    QString joined;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (i > 0)
            joined += u'\n';
        joined += QString::fromUtf8(lines.at(i));
    }
    return joined;
}

QList<QByteArray> SmtpReply::texts() const
{
    QList<QByteArray> result;
    result.reserve(lines.size());
    for (const QByteArray &line : lines)
        result << (line.size() > 4 ? line.mid(4) : QByteArray());
    return result;
}

std::optional<SmtpEnhancedStatus> SmtpReply::enhancedStatus() const
{
    if (lines.isEmpty() || lines.constFirst().size() <= 4)
        return std::nullopt;
    return SmtpEnhancedStatus::parse(QByteArrayView(lines.constFirst()).sliced(4));
}

SmtpReplyAssembler::Result SmtpReplyAssembler::addLine(QByteArrayView line)
{
    if (m_startAfresh) {
        m_pending = {};
        m_startAfresh = false;
    }
    const std::optional<SmtpReplyLine> parsed = SmtpReplyLine::parse(line);
    if (!parsed) {
        m_startAfresh = true;
        return Result::Malformed;
    }
    if (!m_pending.lines.isEmpty() && parsed->code != m_pending.code) {
        m_startAfresh = true;
        return Result::CodeMismatch;
    }
    m_pending.code = parsed->code;
    m_pending.lines << line.toByteArray();
    if (!parsed->isLast)
        return Result::NeedMore;
    m_complete = std::move(m_pending);
    m_pending = {};
    return Result::Complete;
}

SmtpReply SmtpReplyAssembler::takeReply()
{
    SmtpReply reply = std::move(m_complete);
    m_complete = {};
    return reply;
}

SmtpExtensions SmtpExtensions::fromEhloReply(const SmtpReply &reply)
{
    SmtpExtensions extensions;
    const QList<QByteArray> texts = reply.texts();
    // The first line is the server's name and greeting, not an extension.
    for (qsizetype i = 1; i < texts.size(); ++i) {
        const QList<QByteArray> words = texts.at(i).trimmed().toUpper().split(' ');
        const QByteArray &keyword = words.constFirst();
        if (keyword.isEmpty())
            continue;
        extensions.keywords.insert(keyword);
        if (keyword == "AUTH") {
            for (qsizetype w = 1; w < words.size(); ++w) {
                const QByteArray mechanism = words.at(w).trimmed();
                if (!mechanism.isEmpty())
                    extensions.authMechanisms.insert(mechanism);
            }
        }
    }
    return extensions;
}
