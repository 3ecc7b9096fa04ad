// libFuzzer target for ReplyClassifier::classify (wizard/core/diagnosis/replyclassifier.h): any text, as a server
// sends it or a user pastes it, in any context, gets a class the classifier documents, the same one twice.
#include "wizard/core/diagnosis/replyclassifier.h"

#include "tests/fuzz/fuzzcheck.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    static const ReplyContext contexts[] = { ReplyContext::Unknown, ReplyContext::Authorize, ReplyContext::TokenEndpoint,
                                             ReplyContext::Discovery, ReplyContext::ImapAuthenticate,
                                             ReplyContext::ImapCommand, ReplyContext::SmtpStartTls,
                                             ReplyContext::SmtpAuthenticate, ReplyContext::SmtpSend };
    const ReplyContext context = contexts[data[0] % std::size(contexts)];
    const QString text = QString::fromUtf8(fuzzBytes(data + 1, size - 1));
    const DiagnosisId id = ReplyClassifier::classify(text, context);
    static const QList<DiagnosisId> known = ReplyClassifier::classIds();
    FUZZ_CHECK(known.contains(id));
    FUZZ_CHECK(ReplyClassifier::classify(text, context) == id);
    return 0;
}
