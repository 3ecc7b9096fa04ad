// libFuzzer target for SmtpExtensions::fromEhloReply (wizard/core/probe/smtpreply.h): each input line becomes a
// line of a 250 reply to EHLO. The extensions are words in upper case, no more than the lines, and an AUTH
// mechanism comes only with the AUTH keyword.
#include "wizard/core/probe/smtpreply.h"

#include "tests/fuzz/fuzzcheck.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = fuzzBytes(data, size).toByteArray();
    SmtpReply reply;
    reply.code = 250;
    const QList<QByteArray> lines = input.split('\n');
    reply.lines << "250-mail.example.test Hello";
    for (qsizetype i = 0; i < lines.size(); ++i)
        reply.lines << (i == lines.size() - 1 ? "250 " : "250-") + lines.at(i);
    const SmtpExtensions extensions = SmtpExtensions::fromEhloReply(reply);
    FUZZ_CHECK(extensions.keywords.size() <= lines.size());
    for (const QByteArray &keyword : extensions.keywords)
        FUZZ_CHECK(!keyword.isEmpty() && !keyword.contains(' ') && keyword == keyword.toUpper());
    qsizetype total = 0;
    for (const QByteArray &mechanism : extensions.authMechanisms) {
        FUZZ_CHECK(!mechanism.isEmpty() && !mechanism.contains(' ') && mechanism == mechanism.toUpper());
        total += mechanism.size();
    }
    FUZZ_CHECK(total <= input.size());
    FUZZ_CHECK(extensions.authMechanisms.isEmpty() || extensions.has("AUTH"));
    const SmtpExtensions again = SmtpExtensions::fromEhloReply(reply);
    FUZZ_CHECK(again.keywords == extensions.keywords && again.authMechanisms == extensions.authMechanisms);
    return 0;
}
