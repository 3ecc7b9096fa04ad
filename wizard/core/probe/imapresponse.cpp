#include "wizard/core/probe/imapresponse.h"

#include <limits>

namespace {

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

QByteArrayView firstWord(QByteArrayView text)
{
    const qsizetype space = text.indexOf(' ');
    return space < 0 ? text : text.first(space);
}

QByteArrayView afterFirstWord(QByteArrayView text)
{
    const qsizetype space = text.indexOf(' ');
    return space < 0 ? QByteArrayView() : text.sliced(space + 1);
}

ImapResponse::Status statusOf(QByteArrayView word)
{
    const QByteArray upper = word.toByteArray().toUpper();
    if (upper == "OK")
        return ImapResponse::Status::Ok;
    if (upper == "NO")
        return ImapResponse::Status::No;
    if (upper == "BAD")
        return ImapResponse::Status::Bad;
    if (upper == "PREAUTH")
        return ImapResponse::Status::PreAuth;
    if (upper == "BYE")
        return ImapResponse::Status::Bye;
    return ImapResponse::Status::None;
}

// A status response's text: "[code] text", the code optional (RFC 3501, resp-text).
void readStatusText(QByteArrayView text, ImapResponse &response)
{
    if (text.startsWith('[')) {
        const qsizetype end = text.indexOf(']');
        if (end > 0) {
            response.code = text.sliced(1, end - 1).toByteArray();
            text = text.sliced(end + 1);
            if (text.startsWith(' '))
                text = text.sliced(1);
        }
    }
    response.text = text.toByteArray();
}

// "{123}" or "{123+}" at the end of the line.
qint64 literalAtEnd(QByteArrayView line)
{
    if (!line.endsWith('}'))
        return -1;
    const qsizetype open = line.lastIndexOf('{');
    if (open < 0)
        return -1;
    QByteArrayView digits = line.sliced(open + 1, line.size() - open - 2);
    if (digits.endsWith('+'))
        digits.chop(1);
    if (digits.isEmpty())
        return -1;
    qint64 value = 0;
    for (const char c : digits) {
        if (!isDigit(c))
            return -1;
        if (value > (std::numeric_limits<qint64>::max() - 9) / 10)
            return std::numeric_limits<qint64>::max();
        value = value * 10 + (c - '0');
    }
    return value;
}

} // namespace

ImapResponse ImapResponse::parse(QByteArrayView line)
{
    ImapResponse response;
    if (line.startsWith('+')) {
        response.kind = Kind::Continuation;
        QByteArrayView text = line.sliced(1);
        if (text.startsWith(' '))
            text = text.sliced(1);
        response.text = text.toByteArray();
        return response;
    }
    response.literalBytes = literalAtEnd(line);
    if (line.startsWith("* ")) {
        response.kind = Kind::Untagged;
        QByteArrayView rest = line.sliced(2);
        QByteArrayView word = firstWord(rest);
        if (!word.isEmpty() && word.size() <= 18 && std::all_of(word.begin(), word.end(), isDigit)) {
            response.number = word.toByteArray().toLongLong();
            rest = afterFirstWord(rest);
            word = firstWord(rest);
        }
        response.keyword = word.toByteArray().toUpper();
        const QByteArrayView text = afterFirstWord(rest);
        response.status = response.number < 0 ? statusOf(word) : Status::None;
        if (response.status != Status::None)
            readStatusText(text, response);
        else
            response.text = text.toByteArray();
        return response;
    }
    const qsizetype space = line.indexOf(' ');
    if (space <= 0 || line.startsWith('*'))
        return response;
    const QByteArrayView rest = line.sliced(space + 1);
    const Status status = statusOf(firstWord(rest));
    if (status != Status::Ok && status != Status::No && status != Status::Bad)
        return response;
    response.kind = Kind::Tagged;
    response.tag = line.first(space).toByteArray();
    response.status = status;
    readStatusText(afterFirstWord(rest), response);
    return response;
}

QByteArray ImapResponse::codeName() const
{
    return firstWord(code).toByteArray().toUpper();
}

QByteArray ImapResponse::codeArguments() const
{
    return afterFirstWord(code).toByteArray();
}

QSet<QByteArray> ImapCapabilities::parse(QByteArrayView text)
{
    QSet<QByteArray> capabilities;
    for (const QByteArray &word : text.toByteArray().split(' ')) {
        const QByteArray trimmed = word.trimmed();
        if (!trimmed.isEmpty())
            capabilities.insert(trimmed.toUpper());
    }
    return capabilities;
}
