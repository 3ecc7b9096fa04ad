// How fast the reply classifier and the diagnosis catalogue are: every real reply of the sample
// (tests/data/microsoft-errors.json and tests/data/replies-2026.json), classified many times, in any context and
// in the context it was met in. Prints numbers; it does not pass or fail on them.
//
//   bench_replyclassifier [--rounds N] [--sample FILE]...   (--sample: only these files; may be repeated)
#include "tests/support/errorsample.h"
#include "wizard/core/diagnosis/diagnosiscatalogue.h"
#include "wizard/core/diagnosis/replyclassifier.h"

#include <QCoreApplication>
#include <QStringList>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <vector>

using Clock = std::chrono::steady_clock;

namespace {

double microseconds(Clock::duration duration)
{
    return std::chrono::duration<double, std::micro>(duration).count();
}

// Nearest rank: the smallest value with at least p of all values at or below it.
double percentile(std::vector<double> values, double p)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    const auto rank = std::max<size_t>(1, size_t(std::ceil(p * double(values.size()))));
    return values[std::min(rank, values.size()) - 1];
}

double mean(const std::vector<double> &values)
{
    double sum = 0;
    for (double value : values)
        sum += value;
    return values.empty() ? 0 : sum / double(values.size());
}

struct Case {
    QString id;
    QString text;
    ReplyContext context;
    DiagnosisId expected;
};

void row(const char *label, double value, const char *unit)
{
    std::printf("  %-46s %12.2f %s\n", label, value, unit);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);  // the catalogue translates through it
    int rounds = 1000;
    QStringList sampleFiles;
    const QStringList arguments = app.arguments();
    for (int i = 1; i < arguments.size(); ++i) {
        if (arguments.at(i) == QLatin1StringView("--rounds") && i + 1 < arguments.size())
            rounds = std::max(1, arguments.at(++i).toInt());
        else if (arguments.at(i) == QLatin1StringView("--sample") && i + 1 < arguments.size())
            sampleFiles << arguments.at(++i);
        else {
            std::fprintf(stderr, "usage: bench_replyclassifier [--rounds N] [--sample FILE]...\n");
            return 2;
        }
    }

    if (sampleFiles.isEmpty())
        sampleFiles = ErrorSample::defaultFiles();
    QString error;
    const QList<SampleReply> sample = ErrorSample::load(sampleFiles, &error);
    if (!error.isEmpty()) {
        std::fprintf(stderr, "bench_replyclassifier: %s\n", qPrintable(error));
        return 2;
    }
    std::vector<Case> cases;
    for (const SampleReply &reply : sample) {
        cases.push_back({reply.id, reply.verbatim, ReplyContext::Unknown, reply.classId});
        cases.push_back({reply.id, reply.verbatim, reply.context, reply.classId});
    }
    if (cases.empty()) {
        std::fprintf(stderr, "bench_replyclassifier: no replies in %s\n", qPrintable(sampleFiles.join(u' ')));
        return 2;
    }

    // Cold: the first call builds the rule table and compiles (and JIT-compiles) every pattern; the first pass
    // over every reply still pays for the decoders' own patterns and the first allocations.
    auto begin = Clock::now();
    volatile qsizetype sink = qsizetype(ReplyClassifier::classify(cases.front().text, cases.front().context));
    const double firstCallUs = microseconds(Clock::now() - begin);
    begin = Clock::now();
    for (const Case &c : cases)
        sink = sink + qsizetype(ReplyClassifier::classify(c.text, c.context));
    const double coldPassUs = microseconds(Clock::now() - begin);

    // Warm: every call timed on its own.
    std::vector<double> callUs;
    callUs.reserve(size_t(rounds) * cases.size());
    std::vector<double> perCaseUs(cases.size(), 0.0);
    int agreeing = 0;
    const auto warmBegin = Clock::now();
    for (int round = 0; round < rounds; ++round) {
        for (size_t i = 0; i < cases.size(); ++i) {
            const Case &c = cases[i];
            const auto start = Clock::now();
            const DiagnosisId classId = ReplyClassifier::classify(c.text, c.context);
            const double us = microseconds(Clock::now() - start);
            callUs.push_back(us);
            perCaseUs[i] += us;
            if (round == 0 && classId == c.expected)
                ++agreeing;
        }
    }
    const double warmTotalUs = microseconds(Clock::now() - warmBegin);
    const size_t slowest = size_t(std::max_element(perCaseUs.begin(), perCaseUs.end()) - perCaseUs.begin());

    std::printf("Reply classifier (%s build): %zu replies x 2 contexts, %d rounds, %zu classifications\n",
                MAILSETUP_BUILD_TYPE, cases.size() / 2, rounds, callUs.size());
    row("first call (rule table, first regexes)", firstCallUs, "us");
    row("first pass over all replies (cold)", coldPassUs, "us");
    row("one pass over all replies (warm, mean)", warmTotalUs / rounds, "us");
    row("classifications per second", double(callUs.size()) / (warmTotalUs / 1e6), "/s");
    row("mean per classification", mean(callUs), "us");
    row("p50 per classification", percentile(callUs, 0.50), "us");
    row("p99 per classification", percentile(callUs, 0.99), "us");
    row("max per classification", *std::max_element(callUs.begin(), callUs.end()), "us");
    std::printf("  %-46s %12.2f us  (%s, %s)\n", "slowest reply (mean)", perCaseUs[slowest] / rounds,
                qPrintable(cases[slowest].id), cases[slowest].context == ReplyContext::Unknown ? "any context" : "its context");
    std::printf("  %-46s %9d/%zu\n", "agree with the sample's class", agreeing, cases.size());

    // The catalogue: every class, by id, and its key read back as JSON and test data carry it.
    const QList<DiagnosisId> ids = DiagnosisCatalogue::ids();
    const QString reply = cases.front().text;
    begin = Clock::now();
    sink = sink + DiagnosisCatalogue::diagnosis(ids.front(), reply).title.size();
    const double firstLookupUs = microseconds(Clock::now() - begin);
    std::vector<double> lookupUs;
    std::vector<double> containsUs;
    lookupUs.reserve(size_t(rounds) * size_t(ids.size()));
    containsUs.reserve(size_t(rounds) * size_t(ids.size()));
    for (int round = 0; round < rounds; ++round) {
        for (DiagnosisId id : ids) {
            auto start = Clock::now();
            const Diagnosis diagnosis = DiagnosisCatalogue::diagnosis(id, reply);
            lookupUs.push_back(microseconds(Clock::now() - start));
            sink = sink + diagnosis.advice.size();
            start = Clock::now();
            const bool known = DiagnosisCatalogue::fromKey(diagnosis.key()).has_value();
            containsUs.push_back(microseconds(Clock::now() - start));
            sink = sink + (known ? 1 : 0);
        }
    }
    std::printf("Diagnosis catalogue: %lld ids (+1 unknown), %d rounds\n", static_cast<long long>(ids.size() - 1), rounds);
    row("first diagnosis() call", firstLookupUs, "us");
    row("diagnosis(id, reply) mean", mean(lookupUs), "us");
    row("diagnosis(id, reply) p99", percentile(lookupUs, 0.99), "us");
    row("contains(id) mean", mean(containsUs), "us");
    row("contains(id) p99", percentile(containsUs, 0.99), "us");
    (void)sink;
    if (agreeing != int(cases.size()))
        std::fprintf(stderr, "bench_replyclassifier: %zu replies classified differently from the sample "
                             "(tst_replyclassifier says which)\n", cases.size() - size_t(agreeing));
    return 0;
}
