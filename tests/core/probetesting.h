// What the probe tests share: an account with a long, distinctive token, short limits so hostile
// servers cost milliseconds, and a search for secrets in everything a probe reports.
#pragma once

#include "wizard/core/report/reportformat.h"
#include "wizard/core/diagnosis/diagnosiscatalogue.h"
#include "wizard/core/probe/mailprobe.h"
#include "wizard/core/probe/xoauth2.h"
#include "tests/support/scriptedserver.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QList>
#include <QObject>
#include <QStringList>

namespace ProbeTesting {

using namespace Qt::StringLiterals;

inline QString email()
{
    return u"ada.lovelace@outlook.com"_s;
}

// About the size of a real Microsoft access token, and unlike anything a server would say.
inline QString token()
{
    QString token = u"EwBoA8l6BAAUTOKEN-SECRET-"_s;
    while (token.size() < 1500)
        token += u"q7Zk3mWx9PvN2rLs"_s;
    return token + u"-END"_s;
}

inline MailAccount account()
{
    return MailAccount{ email(), token() };
}

// The XOAUTH2 initial response: base64 of "user=...\x01auth=Bearer TOKEN\x01\x01".
inline QByteArray xoauth2()
{
    return Xoauth2::initialResponse(email(), token());
}

// Short limits: every hostile case ends in well under a second or two.
inline ProbeLimits shortLimits()
{
    ProbeLimits limits;
    limits.resolveTimeoutMs = 2000;
    limits.connectTimeoutMs = 500;
    limits.replyTimeoutMs = 500;
    limits.checkTimeoutMs = 3000;
    limits.deliveryTimeoutMs = 1000;
    limits.maxLineLength = 1024;
    limits.maxReplyBytes = 8 * 1024;
    // A script lists every line the client sends. The quick looks for the test message go by the clock, not by
    // the answers, so a busy machine that holds an answer back would add lines; the tests of the quick looks
    // ask for them.
    limits.quickLooksMs = 0;
    return limits;
}

// Limits for scripted conversations that should pass or fail on what the server says: lines long
// enough for a real-sized token echoed back, and time limits no busy machine reaches by accident.
inline ProbeLimits tokenLimits()
{
    ProbeLimits limits = shortLimits();
    limits.connectTimeoutMs = 2000;
    limits.replyTimeoutMs = 2000;
    limits.checkTimeoutMs = 10'000;
    limits.maxLineLength = 16 * 1024;
    limits.maxReplyBytes = 64 * 1024;
    return limits;
}

inline ServerAddress localServer(const ScriptedServer &server, ConnectionSecurity security)
{
    return ServerAddress{ u"127.0.0.1"_s, server.serverPort(), security };
}

inline QStringList stepNames(const ProbeResult &result)
{
    QStringList names;
    for (const StepResult &step : result.steps)
        names << probeStepKey(step.step);
    return names;
}

// The class of the probe's diagnosis; Unknown when it has none (tests check ok() as well).
inline DiagnosisId diagnosisId(const ProbeResult &result)
{
    return result.diagnosis ? result.diagnosis->id : DiagnosisId::Unknown;
}

// Everything a probe hands out as text: step details, TLS details, the diagnosis, the transcript,
// and the JSON and text reports built from it.
inline QStringList reportedTexts(const ProbeResult &result)
{
    QStringList texts;
    for (const StepResult &step : result.steps) {
        texts << step.detail;
        if (step.tls)
            texts << step.tls->summary();
    }
    if (result.diagnosis)
        texts << result.diagnosis->title << result.diagnosis->advice << result.diagnosis->reply;
    texts << result.transcript;

    MailboxCheckReport report;
    report.email = email();
    report.imap = result;
    report.smtp = result;
    texts << QString::fromUtf8(QJsonDocument(ReportFormat::checkToJson(report)).toJson());
    texts << ReportFormat::checkToText(report);
    return texts;
}

// Where the token or its XOAUTH2 form shows up in what was reported; empty when nowhere.
// Long pieces of either count too, in any letter case and as hex: a cut-off or altered token is still a
// leaked token.
inline QStringList secretLeaks(const QStringList &texts)
{
    const QString secret = token();
    const QString encoded = QString::fromLatin1(xoauth2());
    const QString hex = QString::fromLatin1(secret.toUtf8().toHex());
    const QStringList needles{ secret, encoded, secret.left(40), secret.mid(secret.size() / 2, 40), secret.right(40),
                               encoded.left(60), encoded.mid(encoded.size() / 2, 60), encoded.right(60),
                               u"auth=Bearer "_s + secret.left(8), hex.left(40), hex.mid(hex.size() / 2, 40),
                               hex.right(40) };
    QStringList leaks;
    for (const QString &text : texts) {
        for (const QString &needle : needles) {
            if (text.contains(needle, Qt::CaseInsensitive)) {
                leaks << u"\"%1...\" in \"%2...\""_s.arg(needle.left(20), text.left(200));
                break;
            }
        }
    }
    return leaks;
}

inline QStringList secretLeaks(const ProbeResult &result)
{
    return secretLeaks(reportedTexts(result));
}

// A whole check: both probes and the JSON and text reports.
inline QStringList secretLeaks(const MailboxCheckReport &report)
{
    return secretLeaks(reportedTexts(report.imap) + reportedTexts(report.smtp)
                       + QStringList{ QString::fromUtf8(QJsonDocument(ReportFormat::checkToJson(report)).toJson()),
                                      ReportFormat::checkToText(report) });
}

// Starts a probe and keeps what it reports and when, for QTRY_ macros to wait on.
class ProbeRun
{
public:
    explicit ProbeRun(MailProbe &probe)
    {
        QObject::connect(&probe, &MailProbe::stepStarted, &m_context,
                         [this](ProbeStep step) { m_started << step; });
        QObject::connect(&probe, &MailProbe::finished, &m_context, [this](const ProbeResult &result) {
            m_results << result;
            m_finishedAfterMs = m_clock.elapsed();
        });
        m_clock.start();
        probe.start();
    }

    // How often finished() came: exactly once when the probe is done.
    int finishedCount() const { return int(m_results.size()); }
    ProbeResult result() const { return m_results.value(0); }
    // Milliseconds from start() to finished().
    qint64 ms() const { return m_finishedAfterMs; }
    QList<ProbeStep> startedSteps() const { return m_started; }

private:
    QObject m_context;
    QElapsedTimer m_clock;
    QList<ProbeResult> m_results;
    QList<ProbeStep> m_started;
    qint64 m_finishedAfterMs = -1;
};

} // namespace ProbeTesting

// Fails the test when the token or its XOAUTH2 form shows up in what was reported.
#define VERIFY_NO_SECRETS(reported)                                                            \
    do {                                                                                       \
        const QStringList leaks_ = ProbeTesting::secretLeaks(reported);                        \
        QVERIFY2(leaks_.isEmpty(), qPrintable(leaks_.join(QLatin1Char('\n'))));               \
    } while (false)
