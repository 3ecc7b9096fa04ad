// libFuzzer target for TenantDiscovery::interpret (wizard/core/provider/tenantdiscovery.h): the first byte picks
// the HTTP status (or no answer at all), the rest is the body. A tenant only ever comes from a 200 answer, as a
// lower-case UUID; an answer is either a finding with evidence or a problem, both bounded; reading it again gives
// the same answer.
#include "wizard/core/provider/tenantdiscovery.h"

#include "tests/fuzz/fuzzcheck.h"

#include <QUuid>

using namespace Qt::StringLiterals;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    static const int statuses[] = { 200, 400, 404, 500, 0, 302, 401, 429, 503, -1 };
    const int status = statuses[data[0] % std::size(statuses)];
    const QByteArray body = fuzzBytes(data + 1, size - 1).toByteArray();

    using Answer = TenantDiscoveryAnswer::Answer;
    const TenantDiscoveryAnswer read = TenantDiscovery::interpret(status, body, status <= 0 ? u"refused"_s : QString());
    if (read.answer == Answer::None) {
        FUZZ_CHECK(!read.problem.isEmpty() && read.evidence.isEmpty() && read.tenantId.isEmpty());
    } else {
        FUZZ_CHECK(read.problem.isEmpty() && !read.evidence.isEmpty());
    }
    if (read.answer == Answer::Tenant || read.answer == Answer::Consumers) {
        FUZZ_CHECK(status == 200);
        FUZZ_CHECK(read.tenantId.size() == 36 && read.tenantId == read.tenantId.toLower());
        FUZZ_CHECK(!QUuid::fromString(read.tenantId).isNull());
    } else {
        FUZZ_CHECK(read.tenantId.isEmpty());
    }
    if (read.answer == Answer::TenantNotFound)
        FUZZ_CHECK(status >= 400 && status < 500);
    FUZZ_CHECK(read.evidence.size() <= 400 && read.problem.size() <= 400);

    const TenantDiscoveryAnswer again = TenantDiscovery::interpret(status, body, status <= 0 ? u"refused"_s : QString());
    FUZZ_CHECK(again.answer == read.answer && again.tenantId == read.tenantId && again.evidence == read.evidence
               && again.problem == read.problem);
    return 0;
}
