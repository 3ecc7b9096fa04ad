#include "wizard/core/signin/loopbackrequest.h"

#include <cstring>

namespace {

// RFC 9110 tchar: what a method or a header name is made of.
bool isTokenChar(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
        || (c != '\0' && std::strchr("!#$%&'*+-.^_`|~", c) != nullptr);
}

bool isToken(QByteArrayView text)
{
    if (text.isEmpty())
        return false;
    for (const char c : text) {
        if (!isTokenChar(c))
            return false;
    }
    return true;
}

// A request target in origin form is visible ASCII; a browser never sends the fragment.
bool isTargetChar(char c)
{
    const auto u = static_cast<unsigned char>(c);
    return u > 0x20 && u < 0x7f && c != '#';
}

// A request line is ASCII without control characters.
bool isRequestLineChar(char c)
{
    const auto u = static_cast<unsigned char>(c);
    return u >= 0x20 && u < 0x7f;
}

// A header line: visible characters, spaces and tabs, and obs-text (bytes from 0x80), never other controls.
bool isHeaderLineChar(char c)
{
    const auto u = static_cast<unsigned char>(c);
    return c == '\t' || (u >= 0x20 && u != 0x7f);
}

bool isValidRequestLine(QByteArrayView line, LoopbackRequest *request)
{
    const qsizetype firstSpace = line.indexOf(' ');
    if (firstSpace <= 0)
        return false;
    const qsizetype secondSpace = line.sliced(firstSpace + 1).indexOf(' ');
    if (secondSpace <= 0)
        return false;
    const QByteArrayView method = line.first(firstSpace);
    const QByteArrayView target = line.sliced(firstSpace + 1, secondSpace);
    const QByteArrayView version = line.sliced(firstSpace + 1 + secondSpace + 1);
    if (!isToken(method) || (version != "HTTP/1.1" && version != "HTTP/1.0"))
        return false;
    if (!target.startsWith('/'))
        return false;  // origin form only: no absolute form, no "*"
    for (const char c : target) {
        if (!isTargetChar(c))
            return false;
    }
    const qsizetype question = target.indexOf('?');
    request->method = method.toByteArray();
    request->path = (question < 0 ? target : target.first(question)).toByteArray();
    request->query = question < 0 ? QByteArray() : target.sliced(question + 1).toByteArray();
    return true;
}

bool isValidHeaderLine(QByteArrayView line)
{
    // A line that starts with a space or a tab continues the one before (obs-fold): refused, as RFC 9112 allows.
    const qsizetype colon = line.indexOf(':');
    if (colon <= 0 || !isToken(line.first(colon)))
        return false;
    for (const char c : line.sliced(colon + 1)) {
        if (!isHeaderLineChar(c))
            return false;
    }
    return true;
}

// The unfinished last line may already show that this is no request: binary data, a TLS handshake.
bool isPlausiblePartialLine(QByteArrayView partial, bool isRequestLine)
{
    if (partial.endsWith('\r'))
        partial.chop(1);
    for (const char c : partial) {
        if (isRequestLine ? !isRequestLineChar(c) : !isHeaderLineChar(c))
            return false;
    }
    return true;
}

} // namespace

LoopbackRequest LoopbackRequest::parse(QByteArrayView bytes, qsizetype maxHeadBytes)
{
    LoopbackRequest request;
    auto ended = [&request](Status status) {
        request.status = status;
        if (status != Status::Complete) {
            request.method.clear();
            request.path.clear();
            request.query.clear();
        }
        return request;
    };

    qsizetype position = 0;
    int lines = 0;
    while (true) {
        const qsizetype newline = bytes.indexOf('\n', position);
        if (newline < 0) {
            const QByteArrayView partial = bytes.sliced(position);
            if (!isPlausiblePartialLine(partial, lines == 0))
                return ended(Status::Bad);
            return ended(bytes.size() > maxHeadBytes ? Status::TooLarge : Status::Incomplete);
        }
        const qsizetype lineEnd = newline + 1;
        if (lineEnd > maxHeadBytes)
            return ended(Status::TooLarge);
        QByteArrayView line = bytes.sliced(position, newline - position);
        if (line.endsWith('\r'))
            line.chop(1);
        // A bare CR inside a line is how requests are smuggled past other parsers.
        if (line.contains('\r'))
            return ended(Status::Bad);
        position = lineEnd;

        if (lines == 0) {
            // No empty lines before the request line either: the listener answers one request per connection.
            if (!isValidRequestLine(line, &request))
                return ended(Status::Bad);
        } else if (line.isEmpty()) {
            request.headSize = position;
            return ended(Status::Complete);
        } else if (!isValidHeaderLine(line)) {
            return ended(Status::Bad);
        }
        if (++lines > MaxHeaderLines + 1)
            return ended(Status::TooLarge);
    }
}
