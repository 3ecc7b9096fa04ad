#include "wizard/core/report/printable.h"

namespace {

bool needsEscape(char16_t c)
{
    if (c < 0x20 || (c >= 0x7f && c <= 0x9f))
        return true;
    switch (c) {
    case 0x061c:                                                      // Arabic letter mark
    case 0x200e: case 0x200f:                                         // left-to-right, right-to-left mark
    case 0x2028: case 0x2029:                                         // line, paragraph separator
    case 0x202a: case 0x202b: case 0x202c: case 0x202d: case 0x202e:  // embeddings, pop, overrides
    case 0x2066: case 0x2067: case 0x2068: case 0x2069:               // isolates
        return true;
    default:
        return false;
    }
}

QString escaped(const QString &text, bool keepLineBreaks)
{
    qsizetype first = 0;
    while (first < text.size()) {
        const char16_t c = text.at(first).unicode();
        if (needsEscape(c) && !(keepLineBreaks && c == u'\n'))
            break;
        ++first;
    }
    if (first == text.size())
        return text;  // the common case: nothing to do, no copy

    QString result = text.left(first);
    result.reserve(text.size() + 16);
    for (qsizetype i = first; i < text.size(); ++i) {
        const char16_t c = text.at(i).unicode();
        if (!needsEscape(c) || (keepLineBreaks && c == u'\n')) {
            result += QChar(c);
            continue;
        }
        // "\x1B" for the 8-bit controls, "\u202E" for the rest, as C and JSON write them.
        const int digits = c <= 0xff ? 2 : 4;
        result += u'\\';
        result += digits == 2 ? u'x' : u'u';
        for (int shift = (digits - 1) * 4; shift >= 0; shift -= 4)
            result += QLatin1Char("0123456789ABCDEF"[(c >> shift) & 0xf]);
    }
    return result;
}

} // namespace

QString printable(const QString &text)
{
    return escaped(text, false);
}

QString printableLines(const QString &text)
{
    return escaped(text, true);
}
