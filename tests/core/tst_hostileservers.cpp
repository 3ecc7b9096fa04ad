// Both probes against servers that are absent, silent, slow, rude, flooding or lying about who they
// are: every case ends within its limit, with the diagnosis that says what happened.
#include "tests/core/probetesting.h"

#include "wizard/core/probe/imapprobe.h"
#include "wizard/core/probe/smtpprobe.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTcpServer>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace ProbeTesting;

namespace {

const QString imapGreeting = u"S: * OK The Microsoft Exchange IMAP4 service is ready."_s;
const QString imapCapabilities =
    u"S: * CAPABILITY IMAP4 IMAP4rev1 AUTH=PLAIN AUTH=XOAUTH2 SASL-IR UIDPLUS ID UNSELECT CHILDREN IDLE NAMESPACE LITERAL+"_s;
const QString smtpGreeting = u"S: 220 SN4PR0501CA0012.outlook.office365.com Microsoft ESMTP MAIL Service ready"_s;

QStringList smtpEhlo(bool afterTls)
{
    return { u"C: EHLO [127.0.0.1]"_s, u"S: 250-SN4PR0501CA0012.outlook.office365.com Hello [203.0.113.5]"_s,
             u"S: 250-PIPELINING"_s, u"S: 250-ENHANCEDSTATUSCODES"_s,
             afterTls ? u"S: 250-AUTH LOGIN XOAUTH2"_s : u"S: 250-STARTTLS"_s, u"S: 250 SMTPUTF8"_s };
}

QStringList smtpUntilStartTls()
{
    return QStringList{ smtpGreeting } + smtpEhlo(false) + QStringList{ u"C: STARTTLS"_s, u"S: 220 2.0.0 SMTP server ready"_s };
}

// Bytes no mail server sends: NULs, control characters, TLS record headers, bytes that are not UTF-8.
QString garbageLine()
{
    QString garbage = u"RAW: "_s;
    quint32 state = 12345;
    for (int i = 0; i < 300; ++i) {
        state = state * 1103515245u + 12345u;
        char16_t byte = char16_t((state >> 16) & 0xff);
        if (byte == u'\n' || byte == u'\r' || byte == u'\\' || byte == u'*' || byte == u'+')
            byte = 0;
        garbage += QChar(i == 0 ? char16_t(0x16) : byte);
    }
    return garbage + u"\\r\\n"_s;
}

QStringList repeated(const QString &pattern, int count)
{
    QStringList lines;
    for (int i = 0; i < count; ++i)
        lines << pattern.arg(i, 4, 10, QChar(u'0'));
    return lines;
}

enum class Target { Script, ClosedPort, UnknownHost };

} // namespace

Q_DECLARE_METATYPE(ProbeLimits)

class tst_HostileServers : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void hostile_data();
    void hostile();
    void onlyOldTls_data();
    void onlyOldTls();
};

void tst_HostileServers::hostile_data()
{
    QTest::addColumn<QString>("protocol");
    QTest::addColumn<Target>("target");
    QTest::addColumn<QStringList>("script");
    QTest::addColumn<ScriptedServer::Security>("security");
    QTest::addColumn<ScriptedServer::Certificate>("certificate");
    QTest::addColumn<ProbeLimits>("limits");
    QTest::addColumn<DiagnosisId>("diagnosis");
    QTest::addColumn<QList<ProbeStep>>("steps");  // where it may fail; one unless timing decides
    QTest::addColumn<int>("minMs");
    QTest::addColumn<int>("maxMs");
    QTest::addColumn<QString>("certificateSubject");  // with TLS details expected in the failed step
    QTest::addColumn<QString>("certificateIssuer");

    const ProbeLimits limits = shortLimits();
    const int reply = limits.replyTimeoutMs;
    // Timers may fire a little early (coarse timers) and the machine may be busy: generous bounds.
    const int early = reply * 9 / 10;
    const int late = reply + 1000;
    const int prompt = 1000;
    using S = ScriptedServer::Security;
    using C = ScriptedServer::Certificate;
    const QStringList none;

    ProbeLimits slow = limits;
    slow.checkTimeoutMs = 1500;

    // ---- IMAP on implicit TLS ----
    QTest::newRow("imap: nothing listening") << u"imap"_s << Target::ClosedPort << none << S::ImplicitTls << C::Trusted
        << limits << DiagnosisId::ConnectionRefused << QList<ProbeStep>{ ProbeStep::Connect } << 0 << prompt << QString() << QString();
    QTest::newRow("imap: unknown host") << u"imap"_s << Target::UnknownHost << none << S::ImplicitTls << C::Trusted
        << limits << DiagnosisId::DnsFailure << QList<ProbeStep>{ ProbeStep::Resolve } << 0 << limits.resolveTimeoutMs + 500
        << QString() << QString();
    QTest::newRow("imap: never starts TLS") << u"imap"_s << Target::Script << QStringList{ u"HANG"_s } << S::Plain
        << C::Trusted << limits << DiagnosisId::ResponseTimeout << QList<ProbeStep>{ ProbeStep::TlsHandshake } << early << late
        << QString() << QString();
    QTest::newRow("imap: plain text on the TLS port") << u"imap"_s << Target::Script
        << QStringList{ imapGreeting, u"HANG"_s } << S::Plain << C::Trusted << limits << DiagnosisId::TlsFailure
        << QList<ProbeStep>{ ProbeStep::TlsHandshake } << 0 << prompt << QString() << QString();
    QTest::newRow("imap: self-signed certificate") << u"imap"_s << Target::Script
        << QStringList{ imapGreeting, u"HANG"_s } << S::ImplicitTls << C::SelfSigned << limits
        << DiagnosisId::CertificateUntrusted << QList<ProbeStep>{ ProbeStep::TlsHandshake } << 0 << prompt << u"localhost"_s
        << u"localhost"_s;
    QTest::newRow("imap: certificate for another name") << u"imap"_s << Target::Script
        << QStringList{ imapGreeting, u"HANG"_s } << S::ImplicitTls << C::WrongName << limits
        << DiagnosisId::CertificateUntrusted << QList<ProbeStep>{ ProbeStep::TlsHandshake } << 0 << prompt
        << u"mail.example.org"_s << u"Mail Setup Test CA"_s;
    QTest::newRow("imap: never greets") << u"imap"_s << Target::Script << QStringList{ u"HANG"_s } << S::ImplicitTls
        << C::Trusted << limits << DiagnosisId::ResponseTimeout << QList<ProbeStep>{ ProbeStep::Greeting } << early << late
        << QString() << QString();
    QTest::newRow("imap: hangs after a command") << u"imap"_s << Target::Script
        << QStringList{ imapGreeting, u"C: A1 CAPABILITY"_s, u"HANG"_s } << S::ImplicitTls << C::Trusted << limits
        << DiagnosisId::ResponseTimeout << QList<ProbeStep>{ ProbeStep::Capabilities } << early << late << QString() << QString();
    QTest::newRow("imap: hangs in the middle of a reply") << u"imap"_s << Target::Script
        << QStringList{ imapGreeting, u"C: A1 CAPABILITY"_s, imapCapabilities, u"HANG"_s } << S::ImplicitTls
        << C::Trusted << limits << DiagnosisId::ResponseTimeout << QList<ProbeStep>{ ProbeStep::Capabilities } << early << late
        << QString() << QString();
    QTest::newRow("imap: closes in the middle of the greeting") << u"imap"_s << Target::Script
        << QStringList{ u"RAW: * OK The Microsoft Exchange IM"_s, u"X"_s } << S::ImplicitTls << C::Trusted << limits
        << DiagnosisId::ServerClosed << QList<ProbeStep>{ ProbeStep::Greeting } << 0 << prompt << QString() << QString();
    QTest::newRow("imap: closes in the middle of a reply") << u"imap"_s << Target::Script
        << QStringList{ imapGreeting, u"C: A1 CAPABILITY"_s, imapCapabilities, u"RAW: A1 OK CAPAB"_s, u"X"_s }
        << S::ImplicitTls << C::Trusted << limits << DiagnosisId::ServerClosed << QList<ProbeStep>{ ProbeStep::Capabilities }
        << 0 << prompt << QString() << QString();
    QTest::newRow("imap: closes instead of answering") << u"imap"_s << Target::Script
        << QStringList{ imapGreeting, u"C: A1 CAPABILITY"_s, u"X"_s } << S::ImplicitTls << C::Trusted << limits
        << DiagnosisId::ServerClosed << QList<ProbeStep>{ ProbeStep::Capabilities } << 0 << prompt << QString() << QString();
    QTest::newRow("imap: endless greeting line") << u"imap"_s << Target::Script
        << QStringList{ u"FLOOD: 5000"_s, u"HANG"_s } << S::ImplicitTls << C::Trusted << limits
        << DiagnosisId::UnexpectedReply << QList<ProbeStep>{ ProbeStep::Greeting } << 0 << prompt << QString() << QString();
    QTest::newRow("imap: endless line after a good start") << u"imap"_s << Target::Script
        << QStringList{ imapGreeting, u"C: A1 CAPABILITY"_s, u"RAW: * CAPABILITY "_s, u"FLOOD: 200000"_s, u"HANG"_s }
        << S::ImplicitTls << C::Trusted << limits << DiagnosisId::UnexpectedReply
        << QList<ProbeStep>{ ProbeStep::Capabilities } << 0 << prompt << QString() << QString();
    QTest::newRow("imap: endless reply") << u"imap"_s << Target::Script
        << (QStringList{ imapGreeting, u"C: A1 CAPABILITY"_s }
            + repeated(u"S: * CAPABILITY IMAP4rev1 AUTH=XOAUTH2 X-FILLER-%1"_s, 1000) + QStringList{ u"HANG"_s })
        << S::ImplicitTls << C::Trusted << limits << DiagnosisId::UnexpectedReply
        << QList<ProbeStep>{ ProbeStep::Capabilities } << 0 << prompt << QString() << QString();
    QTest::newRow("imap: binary garbage") << u"imap"_s << Target::Script << QStringList{ garbageLine(), u"HANG"_s }
        << S::ImplicitTls << C::Trusted << limits << DiagnosisId::UnexpectedReply << QList<ProbeStep>{ ProbeStep::Greeting }
        << 0 << prompt << QString() << QString();
    QTest::newRow("imap: slow beyond the whole-check limit") << u"imap"_s << Target::Script
        << QStringList{ u"WAIT: 350"_s, imapGreeting, u"C: A1 CAPABILITY"_s, u"WAIT: 350"_s, imapCapabilities,
                        u"S: A1 OK CAPABILITY completed."_s, u"C: A2 AUTHENTICATE XOAUTH2 *"_s, u"WAIT: 350"_s,
                        u"S: A2 OK AUTHENTICATE completed."_s, u"C: A3 CAPABILITY"_s, u"C: A4 EXAMINE INBOX"_s,
                        u"C: A5 LOGOUT"_s, u"WAIT: 350"_s, imapCapabilities, u"S: A3 OK CAPABILITY completed."_s,
                        u"WAIT: 350"_s, u"S: * 1 EXISTS"_s, u"S: A4 OK [READ-ONLY] EXAMINE completed."_s,
                        u"WAIT: 350"_s, u"S: * BYE"_s, u"S: A5 OK LOGOUT completed."_s, u"X"_s }
        << S::ImplicitTls << C::Trusted << slow << DiagnosisId::ResponseTimeout
        << QList<ProbeStep>{ ProbeStep::Authenticate, ProbeStep::Capabilities, ProbeStep::Mailbox, ProbeStep::Logout }
        << slow.checkTimeoutMs * 9 / 10 << slow.checkTimeoutMs + 1000 << QString() << QString();

    // ---- SMTP with STARTTLS ----
    QTest::newRow("smtp: nothing listening") << u"smtp"_s << Target::ClosedPort << none << S::Plain << C::Trusted
        << limits << DiagnosisId::ConnectionRefused << QList<ProbeStep>{ ProbeStep::Connect } << 0 << prompt << QString() << QString();
    QTest::newRow("smtp: unknown host") << u"smtp"_s << Target::UnknownHost << none << S::Plain << C::Trusted
        << limits << DiagnosisId::DnsFailure << QList<ProbeStep>{ ProbeStep::Resolve } << 0 << limits.resolveTimeoutMs + 500
        << QString() << QString();
    QTest::newRow("smtp: never greets") << u"smtp"_s << Target::Script << QStringList{ u"HANG"_s } << S::Plain
        << C::Trusted << limits << DiagnosisId::ResponseTimeout << QList<ProbeStep>{ ProbeStep::Greeting } << early << late
        << QString() << QString();
    QTest::newRow("smtp: TLS server on the STARTTLS port") << u"smtp"_s << Target::Script
        << QStringList{ smtpGreeting, u"HANG"_s } << S::ImplicitTls << C::Trusted << limits << DiagnosisId::ResponseTimeout
        << QList<ProbeStep>{ ProbeStep::Greeting } << early << late << QString() << QString();
    QTest::newRow("smtp: hangs after EHLO") << u"smtp"_s << Target::Script
        << QStringList{ smtpGreeting, u"C: EHLO [127.0.0.1]"_s, u"HANG"_s } << S::Plain << C::Trusted << limits
        << DiagnosisId::ResponseTimeout << QList<ProbeStep>{ ProbeStep::Capabilities } << early << late << QString() << QString();
    QTest::newRow("smtp: hangs in the middle of a reply") << u"smtp"_s << Target::Script
        << QStringList{ smtpGreeting, u"C: EHLO [127.0.0.1]"_s, u"S: 250-smtp.example.org"_s, u"S: 250-PIPELINING"_s,
                        u"HANG"_s }
        << S::Plain << C::Trusted << limits << DiagnosisId::ResponseTimeout << QList<ProbeStep>{ ProbeStep::Capabilities }
        << early << late << QString() << QString();
    QTest::newRow("smtp: never starts TLS after the go-ahead") << u"smtp"_s << Target::Script
        << (smtpUntilStartTls() + QStringList{ u"HANG"_s }) << S::Plain << C::Trusted << limits << DiagnosisId::ResponseTimeout
        << QList<ProbeStep>{ ProbeStep::StartTls } << early << late << QString() << QString();
    QTest::newRow("smtp: self-signed certificate") << u"smtp"_s << Target::Script
        << (smtpUntilStartTls() + QStringList{ u"TLS"_s, u"HANG"_s }) << S::Plain << C::SelfSigned << limits
        << DiagnosisId::CertificateUntrusted << QList<ProbeStep>{ ProbeStep::StartTls } << 0 << prompt << u"localhost"_s
        << u"localhost"_s;
    QTest::newRow("smtp: certificate for another name") << u"smtp"_s << Target::Script
        << (smtpUntilStartTls() + QStringList{ u"TLS"_s, u"HANG"_s }) << S::Plain << C::WrongName << limits
        << DiagnosisId::CertificateUntrusted << QList<ProbeStep>{ ProbeStep::StartTls } << 0 << prompt
        << u"mail.example.org"_s << u"Mail Setup Test CA"_s;
    QTest::newRow("smtp: plain text instead of TLS") << u"smtp"_s << Target::Script
        << (smtpUntilStartTls() + QStringList{ u"WAIT: 100"_s, u"S: 250 What is this?"_s, u"HANG"_s }) << S::Plain
        << C::Trusted << limits << DiagnosisId::TlsFailure << QList<ProbeStep>{ ProbeStep::StartTls } << 0 << prompt
        << QString() << QString();
    QTest::newRow("smtp: closes in the middle of the greeting") << u"smtp"_s << Target::Script
        << QStringList{ u"RAW: 220 SN4PR0501CA0012.outlook.office365.com Micro"_s, u"X"_s } << S::Plain << C::Trusted
        << limits << DiagnosisId::ServerClosed << QList<ProbeStep>{ ProbeStep::Greeting } << 0 << prompt << QString() << QString();
    QTest::newRow("smtp: closes in the middle of a reply") << u"smtp"_s << Target::Script
        << QStringList{ smtpGreeting, u"C: EHLO [127.0.0.1]"_s, u"S: 250-smtp.example.org"_s, u"RAW: 250-PIPE"_s,
                        u"X"_s }
        << S::Plain << C::Trusted << limits << DiagnosisId::ServerClosed << QList<ProbeStep>{ ProbeStep::Capabilities } << 0
        << prompt << QString() << QString();
    QTest::newRow("smtp: closes after TLS") << u"smtp"_s << Target::Script
        << (smtpUntilStartTls() + QStringList{ u"TLS"_s, u"C: EHLO [127.0.0.1]"_s, u"X"_s }) << S::Plain << C::Trusted
        << limits << DiagnosisId::ServerClosed << QList<ProbeStep>{ ProbeStep::Capabilities } << 0 << prompt << QString()
        << QString();
    QTest::newRow("smtp: endless greeting line") << u"smtp"_s << Target::Script
        << QStringList{ u"FLOOD: 5000"_s, u"HANG"_s } << S::Plain << C::Trusted << limits << DiagnosisId::UnexpectedReply
        << QList<ProbeStep>{ ProbeStep::Greeting } << 0 << prompt << QString() << QString();
    QTest::newRow("smtp: endless line after a good start") << u"smtp"_s << Target::Script
        << QStringList{ smtpGreeting, u"C: EHLO [127.0.0.1]"_s, u"RAW: 250-"_s, u"FLOOD: 200000"_s, u"HANG"_s }
        << S::Plain << C::Trusted << limits << DiagnosisId::UnexpectedReply << QList<ProbeStep>{ ProbeStep::Capabilities }
        << 0 << prompt << QString() << QString();
    QTest::newRow("smtp: endless reply") << u"smtp"_s << Target::Script
        << (QStringList{ smtpGreeting, u"C: EHLO [127.0.0.1]"_s } + repeated(u"S: 250-X-FILLER-%1 xxxxxxxxxxxxxxxxxxxx"_s, 1000)
            + QStringList{ u"HANG"_s })
        << S::Plain << C::Trusted << limits << DiagnosisId::UnexpectedReply << QList<ProbeStep>{ ProbeStep::Capabilities }
        << 0 << prompt << QString() << QString();
    QTest::newRow("smtp: binary garbage") << u"smtp"_s << Target::Script << QStringList{ garbageLine(), u"HANG"_s }
        << S::Plain << C::Trusted << limits << DiagnosisId::UnexpectedReply << QList<ProbeStep>{ ProbeStep::Greeting } << 0
        << prompt << QString() << QString();
    QTest::newRow("smtp: slow beyond the whole-check limit") << u"smtp"_s << Target::Script
        << (QStringList{ u"WAIT: 350"_s, smtpGreeting, u"C: EHLO [127.0.0.1]"_s, u"WAIT: 350"_s }
            + smtpEhlo(false).mid(1)
            + QStringList{ u"C: STARTTLS"_s, u"WAIT: 350"_s, u"S: 220 2.0.0 SMTP server ready"_s, u"TLS"_s,
                           u"C: EHLO [127.0.0.1]"_s, u"WAIT: 350"_s }
            + smtpEhlo(true).mid(1)
            + QStringList{ u"C: AUTH XOAUTH2 *"_s, u"WAIT: 350"_s, u"S: 235 2.7.0 Authentication successful"_s,
                           u"C: QUIT"_s, u"WAIT: 350"_s, u"S: 221 2.0.0 Bye"_s, u"X"_s })
        << S::Plain << C::Trusted << slow << DiagnosisId::ResponseTimeout
        << QList<ProbeStep>{ ProbeStep::Capabilities, ProbeStep::Authenticate, ProbeStep::Logout }
        << slow.checkTimeoutMs * 9 / 10 << slow.checkTimeoutMs + 1000 << QString() << QString();
}

void tst_HostileServers::hostile()
{
    QFETCH(QString, protocol);
    QFETCH(Target, target);
    QFETCH(QStringList, script);
    QFETCH(ScriptedServer::Security, security);
    QFETCH(ScriptedServer::Certificate, certificate);
    QFETCH(ProbeLimits, limits);
    QFETCH(DiagnosisId, diagnosis);
    QFETCH(QList<ProbeStep>, steps);
    QFETCH(int, minMs);
    QFETCH(int, maxMs);
    QFETCH(QString, certificateSubject);
    QFETCH(QString, certificateIssuer);

    const bool imap = protocol == u"imap"_s;
    const ConnectionSecurity connectionSecurity = imap ? ConnectionSecurity::Tls : ConnectionSecurity::StartTls;
    std::unique_ptr<ScriptedServer> server;
    ServerAddress address;
    switch (target) {
    case Target::Script:
        server = std::make_unique<ScriptedServer>(script, security, certificate);
        QVERIFY(server->start());
        address = localServer(*server, connectionSecurity);
        break;
    case Target::ClosedPort: {
        // A port that was just free: listen on it, then stop.
        QTcpServer listener;
        QVERIFY(listener.listen(QHostAddress::LocalHost, 0));
        address = ServerAddress{ u"127.0.0.1"_s, listener.serverPort(), connectionSecurity };
        listener.close();
        break;
    }
    case Target::UnknownHost:
        address = ServerAddress{ u"nonexistent.invalid"_s, quint16(imap ? 993 : 587), connectionSecurity };
        break;
    }

    std::unique_ptr<MailProbe> probe;
    if (imap)
        probe = std::make_unique<ImapProbe>(address, ScriptedServer::testCa(), account(), limits);
    else
        probe = std::make_unique<SmtpProbe>(address, ScriptedServer::testCa(), account(), limits);
    ProbeRun run(*probe);
    QTRY_COMPARE_WITH_TIMEOUT(run.finishedCount(), 1, maxMs + 2000);
    const ProbeResult result = run.result();

    if (server)
        QVERIFY2(server->mismatches().isEmpty(), qPrintable(server->mismatches().join(u'\n')));
    QVERIFY(!result.ok());
    QVERIFY2(diagnosisId(result) == diagnosis,
             qPrintable(DiagnosisCatalogue::key(diagnosisId(result)) + u" instead of "_s + DiagnosisCatalogue::key(diagnosis) + u"\n"_s
                        + result.transcript.join(u'\n')));
        QVERIFY(result.failedStep());
    QVERIFY2(steps.contains(*result.failedStep()), qPrintable(probeStepKey(*result.failedStep())));
    QCOMPARE(result.steps.constLast().step, *result.failedStep());
    QVERIFY(!result.steps.constLast().ok);
    QVERIFY(!result.steps.constLast().detail.isEmpty());
    QVERIFY2(run.ms() >= minMs && run.ms() < maxMs,
             qPrintable(u"%1 ms, expected %2 to %3"_s.arg(run.ms()).arg(minMs).arg(maxMs)));

    if (!certificateSubject.isEmpty()) {
        // The helpdesk sees whose certificate it was, who issued it and why it was refused.
        const StepResult &failed = result.steps.constLast();
        QVERIFY(failed.tls);
        QCOMPARE(failed.tls->subject, certificateSubject);
        QCOMPARE(failed.tls->issuer, certificateIssuer);
        QVERIFY(!failed.tls->errors.isEmpty());
        const QJsonObject json = ReportFormat::probeToJson(result);
        const QJsonObject tls = json.value(u"steps"_s).toArray().last().toObject().value(u"tls"_s).toObject();
        QCOMPARE(tls.value(u"subject"_s).toString(), certificateSubject);
        QVERIFY(!tls.value(u"errors"_s).toArray().isEmpty());
    }

    // The transcript of a flood stays small.
    qsizetype transcriptSize = 0;
    for (const QString &line : result.transcript)
        transcriptSize += line.size();
    QVERIFY2(transcriptSize < 64 * 1024, qPrintable(QString::number(transcriptSize)));

    VERIFY_NO_SECRETS(result);
}

void tst_HostileServers::onlyOldTls_data()
{
    QTest::addColumn<QString>("protocol");
    QTest::newRow("imap") << u"imap"_s;
    QTest::newRow("smtp") << u"smtp"_s;
}

void tst_HostileServers::onlyOldTls()
{
    // A server (or a proxy in the way) that never learnt TLS 1.2: not a generic TLS failure, but the class that
    // says which kind of encryption is missing.
    QFETCH(QString, protocol);
    const bool imap = protocol == u"imap"_s;
    ScriptedServer server(imap ? QStringList{ imapGreeting, u"HANG"_s } : smtpUntilStartTls() + QStringList{ u"TLS"_s, u"HANG"_s },
                          imap ? ScriptedServer::Security::ImplicitTls : ScriptedServer::Security::Plain);
    server.setTlsVersions(ScriptedServer::TlsVersions::OldOnly);
    QVERIFY(server.start());
    const ServerAddress address = localServer(server, imap ? ConnectionSecurity::Tls : ConnectionSecurity::StartTls);
    std::unique_ptr<MailProbe> probe;
    if (imap)
        probe = std::make_unique<ImapProbe>(address, ScriptedServer::testCa(), account(), shortLimits());
    else
        probe = std::make_unique<SmtpProbe>(address, ScriptedServer::testCa(), account(), shortLimits());
    ProbeRun run(*probe);
    QTRY_COMPARE_WITH_TIMEOUT(run.finishedCount(), 1, 5000);
    const ProbeResult result = run.result();

    QVERIFY2(server.mismatches().isEmpty(), qPrintable(server.mismatches().join(u'\n')));
    QVERIFY2(diagnosisId(result) == DiagnosisId::TlsVersionTooOld,
             qPrintable(DiagnosisCatalogue::key(diagnosisId(result)) + u"\n"_s + result.transcript.join(u'\n')));
    QCOMPARE(result.failedStep(), std::optional<ProbeStep>(imap ? ProbeStep::TlsHandshake : ProbeStep::StartTls));
    QVERIFY2(result.steps.constLast().detail.contains(u"TLS 1.0 or 1.1"_s), qPrintable(result.steps.constLast().detail));
    QCOMPARE(result.diagnosis->exitCode, ExitCode::Tls);
}

QTEST_GUILESS_MAIN(tst_HostileServers)
#include "tst_hostileservers.moc"
