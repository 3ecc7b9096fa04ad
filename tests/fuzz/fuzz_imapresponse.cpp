// libFuzzer target for ImapResponse::parse (wizard/core/probe/imapresponse.h): every line of a hostile IMAP server
// reads as one kind, the parts together are no larger than the line, and the line rebuilt from its parts reads
// the same.
#include "wizard/core/probe/imapresponse.h"

#include "tests/fuzz/fuzzcheck.h"

namespace {

QByteArray statusWord(ImapResponse::Status status)
{
    switch (status) {
    case ImapResponse::Status::Ok: return "OK";
    case ImapResponse::Status::No: return "NO";
    case ImapResponse::Status::Bad: return "BAD";
    case ImapResponse::Status::PreAuth: return "PREAUTH";
    case ImapResponse::Status::Bye: return "BYE";
    case ImapResponse::Status::None: break;
    }
    return {};
}

// "[code] text", as long as the code's brackets cannot be taken for the text's (an empty code).
QByteArray statusText(const ImapResponse &response)
{
    return response.code.isEmpty() ? response.text : "[" + response.code + "] " + response.text;
}

void checkSame(const ImapResponse &a, const ImapResponse &b)
{
    FUZZ_CHECK(a.kind == b.kind);
    FUZZ_CHECK(a.tag == b.tag);
    FUZZ_CHECK(a.status == b.status);
    FUZZ_CHECK(a.number == b.number);
    FUZZ_CHECK(a.keyword == b.keyword);
    FUZZ_CHECK(a.code == b.code);
    FUZZ_CHECK(a.text == b.text);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView line = fuzzBytes(data, size);
    const ImapResponse response = ImapResponse::parse(line);
    FUZZ_CHECK(response.tag.size() + response.keyword.size() + response.code.size() + response.text.size()
               <= line.size());
    FUZZ_CHECK(response.literalBytes >= -1);
    FUZZ_CHECK(response.codeName().size() + response.codeArguments().size() <= response.code.size());
    checkSame(response, ImapResponse::parse(line));  // no hidden state

    QByteArray rebuilt;
    bool comparable = response.code.size() > 0 || !response.text.startsWith('[');
    switch (response.kind) {
    case ImapResponse::Kind::Tagged:
        FUZZ_CHECK(!response.tag.isEmpty() && !response.tag.contains(' ') && !response.tag.startsWith('*')
                   && !response.tag.startsWith('+'));
        FUZZ_CHECK(response.status == ImapResponse::Status::Ok || response.status == ImapResponse::Status::No
                   || response.status == ImapResponse::Status::Bad);
        rebuilt = response.tag + ' ' + statusWord(response.status) + ' ' + statusText(response);
        break;
    case ImapResponse::Kind::Untagged:
        FUZZ_CHECK(response.tag.isEmpty());
        FUZZ_CHECK(response.keyword == response.keyword.toUpper() && !response.keyword.contains(' '));
        FUZZ_CHECK(response.status == ImapResponse::Status::None || response.number < 0);
        rebuilt = "* ";
        if (response.number >= 0)
            rebuilt += QByteArray::number(response.number) + ' ';
        rebuilt += response.keyword;
        if (response.status != ImapResponse::Status::None)
            rebuilt += ' ' + statusText(response);
        else if (!response.text.isEmpty())
            rebuilt += ' ' + response.text;
        // "* 5" and "* 5 " differ in nothing the parse keeps; a keyword made of digits reads as a number.
        comparable = comparable && !response.keyword.isEmpty();
        break;
    case ImapResponse::Kind::Continuation:
        FUZZ_CHECK(response.tag.isEmpty() && response.status == ImapResponse::Status::None);
        rebuilt = "+ " + response.text;
        break;
    case ImapResponse::Kind::Malformed:
        FUZZ_CHECK(response.tag.isEmpty() && response.text.isEmpty());
        comparable = false;
        break;
    }
    if (comparable) {
        const ImapResponse again = ImapResponse::parse(rebuilt);
        checkSame(response, again);
    }
    return 0;
}
