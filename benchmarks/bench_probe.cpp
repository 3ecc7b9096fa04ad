// How long a whole mailbox check takes, and what memory it holds, against in-process scripted fake
// servers on loopback (tests/support/scriptedserver.*): IMAP with TLS from the first byte, SMTP with
// STARTTLS, XOAUTH2 with a real-sized token, and the test message sent and found at the first search
// (the happy path of tests/core/tst_mailboxcheck.cpp). Prints numbers; it does not pass or fail on them,
// but stops when a check does not succeed (then the numbers would mean nothing). Then the time the secret
// redactor takes over a 256 KB transcript.
//
//   bench_probe [--runs N]      (default 50)
//   bench_probe --flood         one IMAP check, default limits, against a server that answers every search with
//                               65,000 empty lines: its time, peak RSS and transcript (run it alone, so that the
//                               peak RSS is this scenario's)
//
// Both ends of every connection run in this one thread, so a "TLS handshake" here is the client's and
// the server's work together.
#include "benchmarks/measurement.h"
#include "tests/core/probetesting.h"

#include "wizard/core/probe/mailboxcheck.h"
#include "wizard/core/report/reportformat.h"
#include "wizard/core/probe/imapprobe.h"
#include "wizard/core/secrets/secretredactor.h"
#include "wizard/core/probe/testmessage.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QTimer>

#include <sys/resource.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <optional>
#include <vector>

using namespace Qt::StringLiterals;
using namespace ProbeTesting;
using Measurement::median;
using Measurement::percentile;
using Measurement::statusKb;

namespace {

long currentRssKb()
{
    return statusKb("VmRSS");
}

// The largest resident set so far, in KiB. The kernel counts resident pages per thread in batches, so
// this and VmRSS/VmHWM can differ by a few hundred KiB.
long peakRssKb()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

QStringList imapScript()
{
    return { u"S: * OK [CAPABILITY IMAP4 IMAP4rev1 AUTH=PLAIN AUTH=XOAUTH2 SASL-IR UIDPLUS ID IDLE] "
             "The Microsoft Exchange IMAP4 service is ready."_s,
             u"C: A1 AUTHENTICATE XOAUTH2 *"_s,
             // No IDLE after sign-in: the probe then searches at once, whether SMTP's acceptance or IMAP's open
             // inbox comes first, so the script does not depend on the timing.
             u"S: A1 OK [CAPABILITY IMAP4 IMAP4rev1 MOVE UIDPLUS] AUTHENTICATE completed."_s,
             u"C: A2 EXAMINE INBOX"_s,
             u"S: * 3 EXISTS"_s,
             u"S: * OK [UIDVALIDITY 14] UIDVALIDITY value"_s,
             u"S: A2 OK [READ-ONLY] EXAMINE completed."_s,
             u"C: A3 UID SEARCH HEADER Message-ID *"_s,
             u"S: * SEARCH 2412"_s,
             u"S: A3 OK SEARCH completed."_s,
             u"C: A4 LOGOUT"_s,
             u"S: * BYE Microsoft Exchange Server IMAP4 server signing off."_s,
             u"S: A4 OK LOGOUT completed."_s,
             u"X"_s };
}

QStringList smtpScript()
{
    QStringList script{ u"S: 220 SN4PR0501CA0012.outlook.office365.com Microsoft ESMTP MAIL Service ready"_s,
                        u"C: EHLO [127.0.0.1]"_s,
                        u"S: 250-SN4PR0501CA0012.outlook.office365.com Hello"_s,
                        u"S: 250-PIPELINING"_s,
                        u"S: 250 STARTTLS"_s,
                        u"C: STARTTLS"_s,
                        u"S: 220 2.0.0 SMTP server ready"_s,
                        u"TLS"_s,
                        u"C: EHLO [127.0.0.1]"_s,
                        u"S: 250-SN4PR0501CA0012.outlook.office365.com Hello"_s,
                        u"S: 250-PIPELINING"_s,
                        u"S: 250 AUTH LOGIN XOAUTH2"_s,
                        u"C: AUTH XOAUTH2 *"_s,
                        u"S: 235 2.7.0 Authentication successful"_s,
                        u"C: MAIL FROM:<%1>"_s.arg(email()),
                        u"C: RCPT TO:<%1>"_s.arg(email()),
                        u"C: DATA"_s,
                        u"S: 250 2.1.0 Sender OK"_s,
                        u"S: 250 2.1.5 Recipient OK"_s,
                        u"S: 354 Start mail input; end with <CRLF>.<CRLF>"_s };
    // The test message's size does not depend on the time or its random id.
    const int lines = int(TestMessage::create(email()).toSmtpData().count("\r\n"));
    for (int i = 0; i < lines; ++i)
        script << u"C: *"_s;
    script << u"C: ."_s << u"C: QUIT"_s
           << u"S: 250 2.0.0 OK <DM6PR11MB4595@DM6PR11MB4595.namprd11.prod.outlook.com>"_s
           << u"S: 221 2.0.0 Service closing transmission channel"_s << u"X"_s;
    return script;
}

struct Run {
    double wallMs = 0;
    double imapTlsMs = -1;      // the TLS handshake step of IMAP
    double smtpStartTlsMs = -1; // STARTTLS: the command, its reply and the handshake
};

// One whole check with the test message; nullopt (and why, on stderr) when it did not succeed.
std::optional<Run> runOnce(const QStringList &imapLines, const QStringList &smtpLines)
{
    ScriptedServer imap(imapLines, ScriptedServer::Security::ImplicitTls);
    ScriptedServer smtp(smtpLines);
    if (!imap.start() || !smtp.start()) {
        std::fprintf(stderr, "bench_probe: the scripted servers cannot listen on 127.0.0.1\n");
        return std::nullopt;
    }
    ProviderProfile profile;
    profile.id = u"bench"_s;
    profile.name = u"Scripted servers"_s;
    profile.imap = localServer(imap, ConnectionSecurity::Tls);
    profile.smtp = localServer(smtp, ConnectionSecurity::StartTls);
    profile.caCertificates = ScriptedServer::testCa();

    Run run;
    std::optional<MailboxCheckReport> report;
    {
        MailboxCheck check(profile, account());
        check.setLimits(tokenLimits());
        check.setSendTestMessage(true);

        QElapsedTimer clock;
        qint64 imapTlsStart = -1;
        qint64 smtpStartTlsStart = -1;
        QEventLoop loop;
        QObject::connect(&check, &MailboxCheck::stepStarted, &loop, [&](MailboxCheck::Protocol protocol, ProbeStep step) {
            if (protocol == MailboxCheck::Protocol::Imap && step == ProbeStep::TlsHandshake)
                imapTlsStart = clock.nsecsElapsed();
            if (protocol == MailboxCheck::Protocol::Smtp && step == ProbeStep::StartTls)
                smtpStartTlsStart = clock.nsecsElapsed();
        });
        QObject::connect(&check, &MailboxCheck::stepFinished, &loop,
                         [&](MailboxCheck::Protocol protocol, const StepResult &result) {
            if (protocol == MailboxCheck::Protocol::Imap && result.step == ProbeStep::TlsHandshake && imapTlsStart >= 0)
                run.imapTlsMs = double(clock.nsecsElapsed() - imapTlsStart) / 1e6;
            if (protocol == MailboxCheck::Protocol::Smtp && result.step == ProbeStep::StartTls && smtpStartTlsStart >= 0)
                run.smtpStartTlsMs = double(clock.nsecsElapsed() - smtpStartTlsStart) / 1e6;
        });
        QObject::connect(&check, &MailboxCheck::finished, &loop, [&](const MailboxCheckReport &finished) {
            run.wallMs = double(clock.nsecsElapsed()) / 1e6;
            report = finished;
            loop.quit();
        });
        QTimer::singleShot(20'000, &loop, &QEventLoop::quit);  // a safety net, far beyond the check's own limits
        clock.start();
        check.start();
        loop.exec();
    }
    // Outside the timing: let both servers see their client go, and delete what was left for later.
    QElapsedTimer grace;
    grace.start();
    while (!(imap.clientDisconnected() && smtp.clientDisconnected()) && grace.elapsed() < 2000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);

    if (!report) {
        std::fprintf(stderr, "bench_probe: the check did not finish within 20 s\n");
        return std::nullopt;
    }
    const QStringList mismatches = imap.mismatches() + smtp.mismatches();
    if (!report->ok() || !mismatches.isEmpty() || !report->testMessage || !report->testMessage->seenInInbox) {
        std::fprintf(stderr, "bench_probe: the check did not succeed\n%s\n%s\n", qPrintable(mismatches.join(u'\n')),
                     qPrintable(ReportFormat::checkToText(*report)));
        return std::nullopt;
    }
    return run;
}

void row(const char *label, double value, const char *unit)
{
    std::printf("  %-46s %12.2f %s\n", label, value, unit);
}

// About 256 KB of transcript as a long check writes it (searches, replies), with the token echoed back now
// and then, altered, for the redactor to find.
QStringList transcriptOf256Kb()
{
    QStringList lines;
    qsizetype size = 0;
    for (int i = 0; size < 256 * 1024; ++i) {
        QString line;
        switch (i % 8) {
        case 0: line = u"C: A%1 UID SEARCH HEADER Message-ID \"<mailsetup-test.1764302460000.0123456789abcdef@outlook.com>\""_s.arg(i); break;
        case 1: line = u"S: * SEARCH"_s; break;
        case 2: line = u"S: A%1 OK SEARCH completed."_s.arg(i); break;
        case 3: line = u"S: * OK [CAPABILITY IMAP4 IMAP4rev1 AUTH=PLAIN AUTH=XOAUTH2 SASL-IR UIDPLUS ID IDLE] The Microsoft Exchange IMAP4 service is ready."_s; break;
        case 4: line = u"# connected to 127.0.0.1 port 993"_s; break;
        case 5: line = i % 80 == 5 ? u"S: A2 BAD you sent "_s + token().toUpper() : u"S: * 12 EXISTS"_s; break;
        case 6: line = u"S: * OK [UIDVALIDITY 14] UIDVALIDITY value"_s; break;
        default: line = u"S: * FLAGS (\\Seen \\Answered \\Flagged \\Deleted \\Draft $MDNSent)"_s; break;
        }
        size += line.size();
        lines << line;
    }
    return lines;
}

int benchRedaction(int rounds)
{
    SecretRedactor redactor;
    redactor.addSecret(token());
    redactor.addEncodedForm(QString::fromLatin1(xoauth2()));
    const QStringList transcript = transcriptOf256Kb();
    qsizetype chars = 0;
    for (const QString &line : transcript)
        chars += line.size();
    std::vector<double> joined, perLine;
    qsizetype removed = 0;
    for (int i = 0; i < rounds; ++i) {
        QElapsedTimer clock;
        clock.start();
        const QStringList redacted = redactor.redact(transcript);
        joined.push_back(double(clock.nsecsElapsed()) / 1e6);
        removed = redacted.join(u'\n').count(SecretRedactor::placeholder());
        clock.start();
        for (const QString &line : transcript)
            (void)redactor.redact(line);
        perLine.push_back(double(clock.nsecsElapsed()) / 1e6);
    }
    std::printf("Secret redactor (%s build): a transcript of %lld lines, %lld characters, %lld echoes removed, %d rounds\n",
                MAILSETUP_BUILD_TYPE, qlonglong(transcript.size()), qlonglong(chars), qlonglong(removed), rounds);
    row("whole transcript at once, median", median(joined), "ms");
    row("whole transcript at once, p95", percentile(joined, 0.95), "ms");
    row("line by line (as lines arrive), median", median(perLine), "ms");
    return 0;
}

// One IMAP check with the default limits against a server that floods every search; 0 when it ran.
int benchFlood()
{
    const QString messageId = u"<mailsetup-test.1764302460000.0123456789abcdef@outlook.com>"_s;
    QStringList script{ u"S: * OK [CAPABILITY IMAP4rev1 SASL-IR AUTH=XOAUTH2] IMAP server ready."_s,
                        u"C: A1 AUTHENTICATE XOAUTH2 *"_s, u"S: A1 OK [CAPABILITY IMAP4rev1 SASL-IR] Logged in"_s,
                        u"C: A2 EXAMINE INBOX"_s, u"S: * 12 EXISTS"_s, u"S: A2 OK [READ-ONLY] EXAMINE completed."_s };
    // Enough rounds for the whole delivery time (20 at 100 ms, then one a second).
    for (int tag = 3; tag < 100; ++tag) {
        script << u"C: A%1 UID SEARCH HEADER Message-ID \"%2\""_s.arg(tag).arg(messageId) << u"REPEAT: 65000 * "_s
               << u"S: A%1 OK SEARCH completed."_s.arg(tag);
    }
    ScriptedServer server(script, ScriptedServer::Security::ImplicitTls);
    if (!server.start()) {
        std::fprintf(stderr, "bench_probe: the scripted server cannot listen on 127.0.0.1\n");
        return 1;
    }
    const long rssBefore = currentRssKb();
    const ProbeLimits limits;  // the product's own
    ImapProbe probe(localServer(server, ConnectionSecurity::Tls), ScriptedServer::testCa(), account(), limits);
    probe.setWaitForTestMessage(true);
    QObject::connect(&probe, &ImapProbe::mailboxReady, &probe, [&] { probe.findMessage(messageId); });
    std::optional<ProbeResult> result;
    QEventLoop loop;
    QObject::connect(&probe, &MailProbe::finished, &loop, [&](const ProbeResult &finished) {
        result = finished;
        loop.quit();
    });
    QTimer::singleShot(limits.checkTimeoutMs + 10'000, &loop, &QEventLoop::quit);
    QElapsedTimer clock;
    clock.start();
    probe.start();
    loop.exec();
    const double ms = double(clock.elapsed());
    if (!result) {
        std::fprintf(stderr, "bench_probe: the flooded check did not finish\n");
        return 1;
    }
    qsizetype transcriptBytes = 0;
    for (const QString &line : result->transcript)
        transcriptBytes += line.toUtf8().size() + 1;
    int searches = 0;
    for (const QByteArray &line : server.received())
        searches += line.contains(" UID SEARCH ") ? 1 : 0;
    std::printf("IMAP check against a search flood (65,000 empty lines a search, default limits, %s build)\n",
                MAILSETUP_BUILD_TYPE);
    row("time to the end of the check", ms, "ms");
    std::printf("  %-46s %12d\n", "searches answered", searches);
    std::printf("  %-46s %12s\n", "diagnosis", qPrintable(result->diagnosis ? result->diagnosis->key() : u"none"_s));
    std::printf("  %-46s %12lld lines, %lld bytes\n", "transcript", qlonglong(result->transcript.size()),
                qlonglong(transcriptBytes));
    std::printf("  %-46s %12ld KiB\n", "RSS before the check", rssBefore);
    std::printf("  %-46s %12ld KiB  (VmHWM %ld)\n", "peak RSS (ru_maxrss)", peakRssKb(), statusKb("VmHWM"));
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    int runs = 50;
    const QStringList arguments = app.arguments();
    for (int i = 1; i < arguments.size(); ++i) {
        if (arguments.at(i) == "--runs"_L1 && i + 1 < arguments.size()) {
            runs = arguments.at(++i).toInt();
        } else if (arguments.at(i) == "--flood"_L1 && arguments.size() == 2) {
            return benchFlood();
        } else {
            std::fprintf(stderr, "usage: bench_probe [--runs N] | --flood\n");
            return 2;
        }
    }
    if (runs < 1) {
        std::fprintf(stderr, "bench_probe: --runs needs a number of 1 or more\n");
        return 2;
    }

    const QStringList imapLines = imapScript();
    const QStringList smtpLines = smtpScript();
    const int baselineRun = std::min(10, runs);  // memory growth is counted from here, after warming up
    std::vector<double> wall, imapTls, smtpStartTls;
    double firstRunMs = 0;
    long rssAtBaseline = -1, peakAtBaseline = -1;
    const long rssBefore = currentRssKb();
    for (int i = 1; i <= runs; ++i) {
        const std::optional<Run> run = runOnce(imapLines, smtpLines);
        if (!run)
            return 1;
        if (i == 1)
            firstRunMs = run->wallMs;
        wall.push_back(run->wallMs);
        if (run->imapTlsMs >= 0)
            imapTls.push_back(run->imapTlsMs);
        if (run->smtpStartTlsMs >= 0)
            smtpStartTls.push_back(run->smtpStartTlsMs);
        if (i == baselineRun) {
            rssAtBaseline = currentRssKb();
            peakAtBaseline = peakRssKb();
        }
    }
    const long rssAtEnd = currentRssKb();
    const long peakAtEnd = peakRssKb();

    std::printf("Mailbox check against scripted servers (%s build): %d runs, IMAP (TLS) + SMTP (STARTTLS) + test message\n",
                MAILSETUP_BUILD_TYPE, runs);
    row("first check (cold)", firstRunMs, "ms");
    row("median per check", median(wall), "ms");
    row("p95 per check", percentile(wall, 0.95), "ms");
    row("IMAP TLS handshake, median", median(imapTls), "ms");
    row("IMAP TLS handshake, p95", percentile(imapTls, 0.95), "ms");
    row("SMTP STARTTLS + handshake, median", median(smtpStartTls), "ms");
    row("SMTP STARTTLS + handshake, p95", percentile(smtpStartTls, 0.95), "ms");
    std::printf("  %-46s %12ld KiB\n", "RSS before the first check", rssBefore);
    std::printf("  %-46s %12ld KiB  (VmHWM %ld)\n", "peak RSS (ru_maxrss)", peakAtEnd, statusKb("VmHWM"));
    std::printf("  %-46s %12ld KiB  (%ld -> %ld)\n",
                qPrintable(u"RSS growth, run %1 -> run %2"_s.arg(baselineRun).arg(runs)), rssAtEnd - rssAtBaseline,
                rssAtBaseline, rssAtEnd);
    std::printf("  %-46s %12ld KiB\n", qPrintable(u"peak RSS growth, run %1 -> run %2"_s.arg(baselineRun).arg(runs)),
                peakAtEnd - peakAtBaseline);
    std::printf("\n");
    return benchRedaction(20);
}
