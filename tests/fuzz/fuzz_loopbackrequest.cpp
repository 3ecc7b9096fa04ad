// libFuzzer target for the loopback listener's request parser (wizard/core/signin/loopbackrequest.h): whatever
// the bytes, it must answer without crashing, within its size limit, and consistently. tests/fuzz/CMakeLists.txt
// builds it (a replay of corpus/loopbackrequest/ always; libFuzzer with MAILSETUP_FUZZ).
#include "wizard/core/signin/loopbackrequest.h"

#include "tests/fuzz/fuzzcheck.h"

#define check FUZZ_CHECK

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView bytes = fuzzBytes(data, size);
    // A small limit as well, so that the fuzzer reaches the limit's edges with short inputs.
    for (const qsizetype limit : { LoopbackRequest::DefaultMaxHeadBytes, qsizetype(64) }) {
        const LoopbackRequest request = LoopbackRequest::parse(bytes, limit);
        switch (request.status) {
        case LoopbackRequest::Status::Complete:
            check(!request.method.isEmpty());
            check(request.path.startsWith('/'));
            check(request.headSize > 0 && request.headSize <= bytes.size() && request.headSize <= limit);
            check(!request.path.contains('?') && !request.path.contains(' ') && !request.query.contains(' '));
            // The same head alone, and with anything after it, reads the same.
            check(LoopbackRequest::parse(bytes.first(request.headSize), limit).path == request.path);
            break;
        case LoopbackRequest::Status::Incomplete:
            check(bytes.size() <= limit);
            check(request.method.isEmpty() && request.path.isEmpty() && request.query.isEmpty());
            break;
        case LoopbackRequest::Status::TooLarge:
        case LoopbackRequest::Status::Bad:
            check(request.method.isEmpty() && request.path.isEmpty() && request.query.isEmpty());
            break;
        }
    }
    return 0;
}
