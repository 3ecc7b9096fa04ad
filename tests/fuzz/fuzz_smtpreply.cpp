// libFuzzer target for the SMTP reply parser (wizard/core/probe/smtpreply.h): the input's lines go through one
// assembler, as a server's would. Every complete reply has lines of one code, "-" on all but the last, no more
// bytes than came in, an enhanced status in range, and fed again it comes out the same.
#include "wizard/core/probe/smtpreply.h"

#include "tests/fuzz/fuzzcheck.h"

namespace {

void checkReply(const SmtpReply &reply, qsizetype inputSize)
{
    FUZZ_CHECK(!reply.lines.isEmpty());
    FUZZ_CHECK(reply.code >= 0 && reply.code <= 999);
    qsizetype total = 0;
    for (qsizetype i = 0; i < reply.lines.size(); ++i) {
        const std::optional<SmtpReplyLine> line = SmtpReplyLine::parse(reply.lines.at(i));
        FUZZ_CHECK(line.has_value());
        FUZZ_CHECK(line->code == reply.code);
        FUZZ_CHECK(line->isLast == (i == reply.lines.size() - 1));
        FUZZ_CHECK(line->text == reply.texts().at(i));
        total += reply.lines.at(i).size();
    }
    FUZZ_CHECK(total <= inputSize);
    FUZZ_CHECK(reply.toString().size() <= total + reply.lines.size());
    if (const std::optional<SmtpEnhancedStatus> status = reply.enhancedStatus()) {
        FUZZ_CHECK(status->statusClass == 2 || status->statusClass == 4 || status->statusClass == 5);
        FUZZ_CHECK(status->subject >= 0 && status->subject <= 999 && status->detail >= 0 && status->detail <= 999);
        const std::optional<SmtpEnhancedStatus> again = SmtpEnhancedStatus::parse(status->toString().toLatin1());
        FUZZ_CHECK(again && again->statusClass == status->statusClass && again->subject == status->subject
                   && again->detail == status->detail);
    }
    // Fed again, the same reply.
    SmtpReplyAssembler assembler;
    for (qsizetype i = 0; i < reply.lines.size(); ++i) {
        const SmtpReplyAssembler::Result result = assembler.addLine(reply.lines.at(i));
        FUZZ_CHECK(result == (i == reply.lines.size() - 1 ? SmtpReplyAssembler::Result::Complete
                                                          : SmtpReplyAssembler::Result::NeedMore));
    }
    const SmtpReply again = assembler.takeReply();
    FUZZ_CHECK(again.code == reply.code && again.lines == reply.lines);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView input = fuzzBytes(data, size);
    SmtpReplyAssembler assembler;
    qsizetype start = 0;
    while (start <= input.size()) {
        qsizetype end = input.indexOf('\n', start);
        if (end < 0)
            end = input.size();
        QByteArrayView line = input.sliced(start, end - start);
        if (line.endsWith('\r'))
            line.chop(1);
        switch (assembler.addLine(line)) {
        case SmtpReplyAssembler::Result::Complete:
            FUZZ_CHECK(assembler.pendingLines().isEmpty());
            checkReply(assembler.takeReply(), input.size());
            break;
        case SmtpReplyAssembler::Result::NeedMore:
            FUZZ_CHECK(!assembler.pendingLines().isEmpty());
            break;
        case SmtpReplyAssembler::Result::Malformed:
            FUZZ_CHECK(!SmtpReplyLine::parse(line));
            break;
        case SmtpReplyAssembler::Result::CodeMismatch:
            FUZZ_CHECK(!assembler.pendingLines().isEmpty());
            break;
        }
        start = end + 1;
    }
    // The whole input as one text after a code, as the enhanced status parser meets it.
    if (const auto status = SmtpEnhancedStatus::parse(input))
        FUZZ_CHECK(status->toString().size() <= input.size());
    return 0;
}
