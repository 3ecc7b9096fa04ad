// libFuzzer target for ProviderProfileLoader::fromJson (wizard/core/provider/providerprofile.h): a profile file
// either loads, with servers that can be contacted and sign-in addresses that are safe, or says which key is
// wrong in a sentence; the same bytes give the same answer.
#include "wizard/core/provider/providerprofile.h"

#include "tests/fuzz/fuzzcheck.h"

using namespace Qt::StringLiterals;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray json = fuzzBytes(data, size).toByteArray();
    // A folder that does not exist: a caCertificates path in the input reads no file of this computer by chance.
    const QString baseDir = u"/nonexistent/mailsetup-fuzz"_s;
    ProfileError error;
    const std::optional<ProviderProfile> profile = ProviderProfileLoader::fromJson(json, u"fuzz.json"_s, baseDir, &error);
    ProfileError errorAgain;
    const std::optional<ProviderProfile> again = ProviderProfileLoader::fromJson(json, u"fuzz.json"_s, baseDir, &errorAgain);
    FUZZ_CHECK(profile.has_value() == again.has_value());
    if (!profile) {
        FUZZ_CHECK(!error.message().isEmpty());
        FUZZ_CHECK(error.message() == errorAgain.message());
        FUZZ_CHECK(error.message().size() <= 2 * json.size() + 2048);
        return 0;
    }
    FUZZ_CHECK(!profile->imap.host.isEmpty() && profile->imap.port > 0);
    FUZZ_CHECK(!profile->smtp.host.isEmpty() && profile->smtp.port > 0);
    FUZZ_CHECK(OAuthSettings::isSafeEndpoint(profile->oauth.authorizeUrl));
    FUZZ_CHECK(OAuthSettings::isSafeEndpoint(profile->oauth.tokenUrl));
    FUZZ_CHECK(profile->id == again->id && profile->imap.host == again->imap.host && profile->smtp.host == again->smtp.host);
    return 0;
}
