// libFuzzer target for TokenReply::parse (wizard/core/signin/tokenreply.h): the first byte picks the HTTP status,
// the second the content type, the rest is the body. An HTTP error is always a failure, the failure carries the
// status, its words are bounded by the body, and the diagnosis can be worded; the same answer twice reads the same.
#include "wizard/core/signin/tokenreply.h"

#include "tests/fuzz/fuzzcheck.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 2)
        return 0;
    static const int statuses[] = { 200, 201, 204, 302, 400, 401, 403, 404, 429, 500, 502, 503, 504, 0, -1, 99999 };
    static const char *const contentTypes[] = { "application/json", "application/json; charset=utf-8",
                                                "text/html", "", "application/jsonp", "text/plain" };
    const int status = statuses[data[0] % std::size(statuses)];
    const QByteArray contentType(contentTypes[data[1] % std::size(contentTypes)]);
    const QByteArray body = fuzzBytes(data + 2, size - 2).toByteArray();

    const TokenReply reply = TokenReply::parse(status, contentType, body);
    if (status >= 400)
        FUZZ_CHECK(!reply.holdsTokens());
    if (reply.holdsTokens()) {
        FUZZ_CHECK(contentType.startsWith("application/json"));
        return 0;
    }
    const SignInFailure &failure = *reply.failure;
    FUZZ_CHECK(failure.httpStatus == status);
    FUZZ_CHECK(failure.host.isEmpty());
    FUZZ_CHECK(failure.id != DiagnosisId::Unknown || status < 500);
    FUZZ_CHECK(failure.reply().size() <= 2 * body.size() + 1024);
    FUZZ_CHECK(failure.detail.size() <= 1024);
    const Diagnosis diagnosis = failure.diagnosis();
    FUZZ_CHECK(!diagnosis.title.isEmpty());

    const TokenReply again = TokenReply::parse(status, contentType, body);
    FUZZ_CHECK(again.failure && again.failure->id == failure.id && again.failure->reply() == failure.reply()
               && again.failure->detail == failure.detail);
    return 0;
}
