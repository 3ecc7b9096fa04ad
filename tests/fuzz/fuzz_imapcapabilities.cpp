// libFuzzer target for ImapCapabilities::parse (wizard/core/probe/imapresponse.h): the capabilities are words
// without spaces, in upper case, no more than the text has words, and read again they are the same set.
#include "wizard/core/probe/imapresponse.h"

#include "tests/fuzz/fuzzcheck.h"

#include <QList>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView text = fuzzBytes(data, size);
    const QSet<QByteArray> capabilities = ImapCapabilities::parse(text);
    FUZZ_CHECK(capabilities.size() <= text.count(' ') + 1);
    qsizetype total = 0;
    for (const QByteArray &capability : capabilities) {
        FUZZ_CHECK(!capability.isEmpty() && !capability.contains(' '));
        FUZZ_CHECK(capability == capability.toUpper() && capability == capability.trimmed());
        total += capability.size();
    }
    FUZZ_CHECK(total <= text.size());
    const QList<QByteArray> words(capabilities.cbegin(), capabilities.cend());
    FUZZ_CHECK(ImapCapabilities::parse(QByteArray("  ") + QByteArrayList(words).join(' ')) == capabilities);
    return 0;
}
