#include "replyclassifier.h"

#include <QByteArray>
#include <QDebug>
#include <QList>
#include <QRegularExpression>
#include <QSet>
#include <QStringList>
#include <QUrl>

#include <algorithm>
#include <iterator>

using namespace Qt::StringLiterals;

namespace {

// The part of a reply a rule looks at. Codes are pulled out of the text first, as whole tokens,
// so that digits inside a GUID, a host name, a timestamp or a trace id never pass for a code.
enum class Part {
    Aadsts,    // each AADSTS number of the Microsoft identity platform: "50011"
    SmtpCode,  // each SMTP reply code: "535"
    Enhanced,  // each SMTP enhanced status code (RFC 3463): "5.7.139"
    Text,      // the whole reply, decoded; searched case-insensitively, ^ and $ at line breaks
};

using Contexts = unsigned;
constexpr Contexts anywhere = 0;
constexpr Contexts in(ReplyContext context)
{
    return 1u << static_cast<unsigned>(context);
}

constexpr Contexts imap = in(ReplyContext::ImapAuthenticate) | in(ReplyContext::ImapCommand);
constexpr Contexts smtp = in(ReplyContext::SmtpStartTls) | in(ReplyContext::SmtpAuthenticate) | in(ReplyContext::SmtpSend);
constexpr Contexts identity = in(ReplyContext::Authorize) | in(ReplyContext::TokenEndpoint) | in(ReplyContext::Discovery);

struct Rule {
    DiagnosisId id;
    Part part;
    const char *pattern;  // AADSTS: numbers joined by |; other codes: the whole code must match; Text: found anywhere
    Contexts contexts = anywhere;  // where the rule applies; anywhere: in every context, Unknown included
    const char *also = nullptr;    // Text only: a second pattern the text must match as well; nullptr: none
};

// One ordered table, most specific first: the first rule that matches decides.
// Exact numbers come first because they name the cause whatever the words; then the key phrases
// that tell apart replies sharing a generic code (5.7.139, 554 5.2.0, BAD); then enhanced and
// basic status codes, where the context settles what a bare code means; then the generic words of
// IMAP and POP; then what the local network says; last, a reply from another kind of server.
const Rule rules[] = {
    // ---- Identity platform: AADSTS numbers ----
    // The user said no on the consent page.
    {DiagnosisId::UserCancelled, Part::Aadsts, "65004"},
    // Consent is missing and the user may not give it.
    {DiagnosisId::ConsentRequired, Part::Aadsts, "65001|90094|90095|900941"},
    // A second factor is needed, not registered yet, or its proof has run out.
    {DiagnosisId::MfaRequired, Part::Aadsts, "50072|50074|50076|50078|50079|50158|500121"},
    // Conditional Access, security defaults, device rules, locked or disabled accounts, unassigned users.
    {DiagnosisId::BlockedByPolicy, Part::Aadsts,
     "53000|53001|53002|53003|53004|530003|530032|530035|50053|50057|50097|50105|50131|7000112"},
    // The code or refresh token ran out, was used or revoked, or the password changed: sign in again.
    {DiagnosisId::SignInExpired, Part::Aadsts,
     "70000|70008|70043|700081|700082|700084|50173|50132|50133|50089|50055|50144|50058|54005"},
    // The account is of the wrong kind or not in that directory, or the directory has no Exchange Online.
    {DiagnosisId::WrongAccountOrTenant, Part::Aadsts, "50020|50034|51004|50177|90072|500200|50001|500011|650052"},
    // The directory named in the request does not exist.
    {DiagnosisId::TenantNotFound, Part::Aadsts, "90002|50128|900023"},
    // The app registration does not fit the request: redirect URI, audience, platform, missing app.
    {DiagnosisId::AppRegistration, Part::Aadsts,
     "50011|50194|700016|7000218|700051|700054|70001|500113|7000215|7000222|65005|9002326"},
    // The request itself is malformed: PKCE, parameters, a secret sent by a public client.
    {DiagnosisId::ClientError, Part::Aadsts, "9002313|700025|501481|50148|900144|90009|900971|70011|70003|90014|90023|900561"},
    // The sign-in service's own trouble.
    {DiagnosisId::TemporaryServerError, Part::Aadsts, "50000|90033"},
    // A request loop: too many sign-ins in a short time.
    {DiagnosisId::Throttled, Part::Aadsts, "50196"},

    // ---- Exchange Online's key phrases: the words decide where the codes are shared ----
    // 535 5.7.139 is used for several causes; these words name SMTP AUTH being off.
    {DiagnosisId::SmtpAuthDisabled, Part::Text,
     R"(smtp\s*client\s*authentication\s+is\s+disabled|smtp_auth_disabled|smtp\s+auth(?:entication)?\s+is\s+disabled)"},
    // A password (or app password) was sent where only OAuth is accepted.
    {DiagnosisId::BasicAuthDisabled, Part::Text, R"(basic\s+auth(?:entication)?\s+(?:is\s+)?(?:disabled|blocked|not\s+supported|turned\s+off))"},
    // Conditional Access, security defaults or a locked account, as the mail server words them.
    {DiagnosisId::BlockedByPolicy, Part::Text,
     R"(did\s+not\s+meet\s+the\s+criteria|organi[sz]ation\s+configuration\s+does\s+not\s+allow|security\s+defaults|conditional\s+access|(?:user|account)\s+is\s+(?:locked|disabled)|\[CONTACTADMIN\])"},
    // Sign-in succeeds, then every command fails: IMAP is off for the mailbox, or there is no mailbox.
    {DiagnosisId::ImapNotEnabled, Part::Text,
     R"(authenticated\s+but\s+not\s+connected|\bimap\s+(?:access\s+)?(?:is\s+)?(?:disabled|not\s+enabled)\b)"},
    // The access token ran out in the middle of a session (the AUTHENTICATE failure after it is a consequence).
    {DiagnosisId::TokenExpired, Part::Text, R"(access\s*token\s*(?:has\s+)?expired|session\s+invalidated|\[EXPIRED\])"},
    // Too many requests or connections; Exchange says so in words, with varying codes (BAD, 432, 4.7.5xx).
    {DiagnosisId::Throttled, Part::Text,
     R"(\bthrottl|suggested\s+backoff|thread\s+limit\s+exceeded|concurrent\s+connections?\s+limit|too\s+many\s+(?:concurrent\s+|simultaneous\s+)?connections|submission\s+rate|server\s+busy|\[LIMIT\])"},
    // TLS 1.0 and 1.1 retired on Microsoft's SMTP endpoints.
    {DiagnosisId::TlsVersionTooOld, Part::Text, R"(TLS\s+1\.0\s+and\s+1\.1|support\s+TLS\s+1\.2|smtp_auth_tls)"},
    {DiagnosisId::TlsVersionTooOld, Part::Enhanced, R"(4\.7\.66)"},
    // The server wants encryption first, or cannot give it: the sign-in must not go out in clear.
    {DiagnosisId::StartTlsMissing, Part::Text,
     R"(must\s+issue\s+a\s+STARTTLS|STARTTLS\s+(?:is\s+)?required|STARTTLS\s+(?:is\s+)?not\s+(?:supported|offered|advertised|available)|encryption\s+(?:is\s+)?required|\[PRIVACYREQUIRED\]|\bTLS\s+not\s+available)"},
    // Sending from an address the signed-in account does not own.
    {DiagnosisId::SendAsDenied, Part::Text,
     R"(SendAsDenied|send\s+as\s+this\s+sender|not\s+allowed\s+to\s+send\s+as|permissions?\s+to\s+send\s+as)"},
    {DiagnosisId::SendAsDenied, Part::Enhanced, R"(5\.7\.60|5\.2\.252)"},
    // The account itself is barred from sending (suspected spam, restricted sender). Before the
    // quota rule: the spam verdict's text says "RefuseQuota".
    {DiagnosisId::SendingBlocked, Part::Text,
     R"(OutboundSpamException|spam\s+abuse|banned\s+sender|bad\s+outbound\s+sender|blocked\s+from\s+sending|restricted\s+from\s+sending|\bWASCL\b)"},
    {DiagnosisId::SendingBlocked, Part::Enhanced, R"(5\.7\.50[1-3]|5\.7\.511|5\.1\.8|5\.7\.705|5\.7\.750)"},
    // A daily cap on messages or recipients.
    {DiagnosisId::SendingLimitReached, Part::Text,
     R"(SubmissionQuotaExceeded|sending\s+(?:quota|limit)|daily\s+(?:\w+\s+)?(?:limit|quota)|recipient\s*rate\s*limit)"},

    // ---- Identity platform: words without a number ----
    // A personal account at an app or endpoint for work accounts, or the other way round.
    {DiagnosisId::WrongAccountOrTenant, Part::Text,
     R"(not\s+enabled\s+for\s+consumers|for\s+use\s+by\s+Microsoft\s+Account\s+users\s+only|personal\s+Microsoft\s+accounts\s+are\s+not\s+supported|does\s+not\s+exist\s+in\s+tenant)"},
    // The registration's audience or redirect URI (AADSTS50194 and 50011 worded without their number).
    {DiagnosisId::AppRegistration, Part::Text,
     R"(isn.t\s+configured\s+as\s+a\s+multi-?tenant|is\s+not\s+configured\s+as\s+a\s+multi-?tenant|redirect\s+URI\b[^\n]*\bdoes\s+not\s+match|application\s+with\s+identifier\b[^\n]*\bwas\s+not\s+found)"},
    // OpenID discovery for a domain Microsoft does not know.
    {DiagnosisId::TenantNotFound, Part::Text, R"(\btenant\s+'[^'\n]*'\s+not\s+found|\btenant\s+not\s+found|\binvalid_tenant\b)"},
    // The error redirect of a cancelled or declined sign-in.
    {DiagnosisId::UserCancelled, Part::Text, R"(\baccess_denied\b|user\s+cancell?ed|declined\s+(?:to\s+)?consent)"},
    {DiagnosisId::ConsentRequired, Part::Text,
     R"(\bconsent_required\b|need\s+admin(?:istrator)?\s+approval|admin(?:istrator)?\s+consent|not\s+consented)"},
    {DiagnosisId::MfaRequired, Part::Text,
     R"(multi-?factor\s+authentication|\bMFA\s+(?:is\s+)?required|strong\s+authentication\s+(?:is\s+)?required)"},
    // OAuth 2.0 / OpenID error codes, for replies that carry no AADSTS number.
    {DiagnosisId::SignInExpired, Part::Text,
     R"(\b(?:invalid_grant|interaction_required|login_required|expired_token)\b|refresh\s+token\s+(?:has\s+expired|is\s+(?:invalid|expired)|was\s+revoked))"},
    {DiagnosisId::AppRegistration, Part::Text, R"(\b(?:invalid_client|unauthorized_client)\b)"},
    {DiagnosisId::ClientError, Part::Text, R"(\b(?:invalid_request|invalid_scope|unsupported_grant_type|unsupported_response_type)\b)"},
    {DiagnosisId::TemporaryServerError, Part::Text, R"(\b(?:server_error|temporarily_unavailable)\b)"},

    // ---- SMTP enhanced status codes ----
    // Sending without (or after a refused) sign-in. Before 535: Exchange appends the earlier 535.
    {DiagnosisId::NotAuthenticated, Part::Enhanced, R"(5\.7\.57)"},
    {DiagnosisId::NotAuthenticated, Part::Text, R"(\bnot\s+authenticated\b|authentication\s+required)"},
    // The sending IP's reputation, the sender domain's SPF/DKIM/DMARC, forwarding rules.
    {DiagnosisId::DeliveryRejected, Part::Enhanced, R"(5\.7\.708|5\.7\.515|5\.7\.509|5\.7\.520|5\.7\.23|5\.7\.26)"},
    // Exchange Online Protection throttling the connecting IP (4.7.500-4.7.699).
    {DiagnosisId::Throttled, Part::Enhanced, R"(4\.7\.[56]\d\d)"},

    // ---- SMTP reply codes; the context decides where a code alone is ambiguous ----
    // Exchange's 432 is too many submissions at once.
    {DiagnosisId::Throttled, Part::SmtpCode, "432"},
    // A refused STARTTLS, for whatever reason, leaves only an unencrypted sign-in.
    {DiagnosisId::StartTlsMissing, Part::SmtpCode, R"(5\d\d|454)", in(ReplyContext::SmtpStartTls)},
    // 530: authentication required (the "STARTTLS first" variant was recognised above).
    {DiagnosisId::NotAuthenticated, Part::SmtpCode, "530"},
    // 535 (and 534) answer a refused AUTH, whatever the wording or enhanced code.
    {DiagnosisId::AuthRejected, Part::SmtpCode, "53[45]"},
    // 500-504: unknown command, bad syntax, bad sequence, unsupported mechanism: our side's fault.
    {DiagnosisId::ProtocolError, Part::SmtpCode, "50[0-4]"},
    // Any other refusal of AUTH is a refused sign-in.
    {DiagnosisId::AuthRejected, Part::SmtpCode, R"(5\d\d)", in(ReplyContext::SmtpAuthenticate)},
    // 550-559: the message (or its sender or recipient) was refused, as in a bounce.
    {DiagnosisId::DeliveryRejected, Part::SmtpCode, R"(55\d)"},
    // Any other refusal while sending (a 5.7.x during DATA, say) is a refused message.
    {DiagnosisId::DeliveryRejected, Part::SmtpCode, R"(5\d\d)", in(ReplyContext::SmtpSend)},
    // Any 4xx: the server asks to try again later.
    {DiagnosisId::TemporaryServerError, Part::SmtpCode, R"(4\d\d)"},

    // ---- IMAP and POP ----
    // A server that is itself unwell (RFC 5530 codes, Exchange's "Server Unavailable").
    {DiagnosisId::TemporaryServerError, Part::Text,
     R"(\[UNAVAILABLE\]|\[SERVERBUG\]|\[INUSE\]|server\s+unavailable|temporary\s+(?:server\s+error|authentication\s+failure|system\s+problem))"},
    // A Google-style XOAUTH2 challenge: JSON with an HTTP status 4xx means the token was refused.
    {DiagnosisId::AuthRejected, Part::Text, R"("status"\s*:\s*"4\d\d")"},
    // The usual words of a refused sign-in, in IMAP, POP and elsewhere.
    {DiagnosisId::AuthRejected, Part::Text,
     R"(\[AUTHENTICATIONFAILED\]|\[AUTHORIZATIONFAILED\]|\b(?:AUTHENTICATE|LOGIN|logon|authentication)\s+(?:failed|failure|unsuccessful)|could\s+not\s+authenticate|invalid\s+credentials|bad\s+password|unknown\s+user\s+name)"},
    // POP's -ERR to USER, PASS or AUTH.
    {DiagnosisId::AuthRejected, Part::Text, R"((?-i:^-ERR)\b[^\n]*(?:auth|log\s*on|log\s*in|password|credential))"},
    // Exchange's words for a command it did not expect or could not parse.
    {DiagnosisId::ProtocolError, Part::Text,
     R"(invalid\s+state|command\s+(?:error|argument\s+error)|not\s+valid\s+in\s+this\s+state|unknown\s+command|command\s+(?:not\s+recognized|unrecognized)|syntax\s+error|\[CLIENTBUG\]|(?-i:^-ERR)\s+protocol\s+error)"},
    // A tagged NO to AUTHENTICATE is a refused sign-in, whatever its words.
    {DiagnosisId::AuthRejected, Part::Text, R"((?-i)^\S+\s+NO\b)", in(ReplyContext::ImapAuthenticate)},
    // After sign-in the probe opens INBOX; a mailbox that will not open it over IMAP has IMAP off.
    {DiagnosisId::ImapNotEnabled, Part::Text, R"((?-i)^\S+\s+NO\b)", in(ReplyContext::ImapCommand)},
    // A tagged BAD: the server could not parse a command.
    {DiagnosisId::ProtocolError, Part::Text, R"((?-i)(?:^|:\s)\S+\s+BAD\b)"},

    // ---- What the local network and TLS stack say (Qt, OpenSSL, the resolver) ----
    {DiagnosisId::DnsFailure, Part::Text,
     R"(host\s+not\s+found|name\s+or\s+service\s+not\s+known|no\s+such\s+host|\bNXDOMAIN\b|failure\s+in\s+name\s+resolution|could\s+not\s+resolve|nodename\s+nor\s+servname|getaddrinfo)"},
    {DiagnosisId::ConnectionRefused, Part::Text, R"(\bconnection\b[^\n]*\brefused\b|ECONNREFUSED|actively\s+refused)"},
    {DiagnosisId::ResponseTimeout, Part::Text,
     R"((?:read|response|reply)\s+timed?\s*out|timed\s+out\s+waiting\s+for|no\s+(?:reply|response)\s+(?:from|within))"},
    {DiagnosisId::ConnectionTimeout, Part::Text,
     R"(connection\s+timed\s+out|connect(?:ion)?\s+timeout|\bETIMEDOUT\b|(?:network|socket)\s+operation\s+timed\s+out|timed\s+out\s+connecting)"},
    // Any other time-out: the connection attempt is the usual one to hang on a blocked port.
    {DiagnosisId::ConnectionTimeout, Part::Text, R"(\btimed\s*out\b|\btimeout\b)"},
    // Before the TLS rule: a handshake that failed on the certificate is a certificate problem.
    {DiagnosisId::CertificateUntrusted, Part::Text, R"(\bcertificate|self[- ]signed)"},
    {DiagnosisId::TlsFailure, Part::Text,
     R"(\b(?:SSL|TLS)\b[^\n]*\b(?:handshake|negotiation|alert|error)|handshake\s+fail|wrong\s+version\s+number|no\s+protocols\s+available|unsupported\s+protocol)"},
    {DiagnosisId::ServerClosed, Part::Text,
     R"(remote\s+host\s+closed|closed\s+by\s+(?:the\s+)?(?:remote|foreign|peer)|connection\s+reset|\bECONNRESET\b|broken\s+pipe|unexpected\s+(?:eof|end\s+of\s+(?:file|stream)))"},
    // An IMAP server saying goodbye unasked.
    {DiagnosisId::ServerClosed, Part::Text, R"((?-i)^\*\s+BYE\b)"},

    // ---- Another kind of server on the other end (a POP or SMTP server on an IMAP port, a login page) ----
    {DiagnosisId::UnexpectedReply, Part::Text, R"((?-i)^(?:\+OK|\d{3}[ \-]|HTTP/\d))", imap},
    {DiagnosisId::UnexpectedReply, Part::Text, R"((?-i)^(?:\*\s+OK|\+OK|HTTP/\d))", smtp},
    {DiagnosisId::UnexpectedReply, Part::Text, R"(<!DOCTYPE|<html)", identity},
};

struct CompiledRule {
    DiagnosisId id;
    Part part;
    QRegularExpression expression;  // SmtpCode, Enhanced, Text
    QSet<QString> numbers;          // Aadsts: a set lookup, not a pattern, for the long lists of numbers
    QRegularExpression also;        // Text: a second pattern the text must match as well
    bool hasAlso = false;
    Contexts contexts = anywhere;
};

const QList<CompiledRule> &compiledRules()
{
    static const QList<CompiledRule> compiled = [] {
        QList<CompiledRule> result;
        result.reserve(std::size(rules));
        static const QRegularExpression digits(QStringLiteral("^\\d+$"));
        for (const Rule &rule : rules) {
            CompiledRule entry{ rule.id, rule.part, {}, {}, {}, rule.also != nullptr, rule.contexts };
            const QString pattern = QString::fromUtf8(rule.pattern);
            switch (rule.part) {
            case Part::Aadsts:
                for (const QString &number : pattern.split(u'|')) {
                    if (!digits.match(number).hasMatch())
                        qWarning("ReplyClassifier: not an AADSTS number: %s", qPrintable(number));
                    entry.numbers.insert(number);
                }
                break;
            case Part::Text:
                entry.expression = QRegularExpression(pattern, QRegularExpression::CaseInsensitiveOption
                                                                   | QRegularExpression::MultilineOption);
                break;
            case Part::SmtpCode:
            case Part::Enhanced:
                entry.expression = QRegularExpression(QStringLiteral("^(?:%1)$").arg(pattern));
                break;
            }
            if (entry.hasAlso)
                entry.also = QRegularExpression(QString::fromUtf8(rule.also), QRegularExpression::CaseInsensitiveOption
                                                                                  | QRegularExpression::MultilineOption);
            for (const QRegularExpression *expression : { &entry.expression, &entry.also }) {
                if (!expression->pattern().isEmpty() && !expression->isValid())
                    qWarning("ReplyClassifier: bad pattern %s: %s", qPrintable(expression->pattern()),
                             qPrintable(expression->errorString()));
                // Compiled (and JIT-compiled) now, once, rather than on the first reply that reaches the rule.
                expression->optimize();
            }
            result.append(entry);
        }
        return result;
    }();
    return compiled;
}

// JSON string escapes, left in when a body was logged or pasted still escaped; twice escaped (a JSON body quoted
// inside another JSON string) as well. "\r" stays a carriage return: line ends are made one later.
QString unescapeJsonOnce(const QString &text)
{
    QString result;
    result.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c != u'\\' || i + 1 == text.size()) {
            result += c;
            continue;
        }
        const char16_t next = text.at(i + 1).unicode();
        switch (next) {
        case u'n':
            result += u'\n';
            ++i;
            break;
        case u'r':
            result += u'\r';
            ++i;
            break;
        case u't':
            result += u' ';
            ++i;
            break;
        case u'"':
        case u'/':
        case u'\\':
        case u'\'':
            result += QChar(next);
            ++i;
            break;
        case u'u': {
            bool ok = false;
            const ushort code = text.mid(i + 2, 4).toUShort(&ok, 16);
            if (ok && i + 5 < text.size()) {
                result += QChar(char16_t(code));
                i += 5;
            } else {
                result += c;
            }
            break;
        }
        default:
            result += c;
            break;
        }
    }
    return result;
}

QString unescapeJson(const QString &text)
{
    if (!text.contains(u'\\'))
        return text;
    QString once = unescapeJsonOnce(text);
    if (once.contains(u"\\n"_s) || once.contains(u"\\r"_s) || once.contains(u"\\\""_s))
        once = unescapeJsonOnce(once);
    return once;
}

// Quoted-printable (RFC 2045), as a bounce's body reads when it is copied from the message's source: soft line
// breaks ("=" at the end of a line) and escapes such as "=3D". Only text that has them is decoded, so that a
// redirect's "state=AB12" is left alone.
QString decodedQuotedPrintable(const QString &text)
{
    static const QRegularExpression shape(
        QStringLiteral(R"([^=\s]=\r?\n|=(?:3D|20|09|0D|0A|2C|2E|3A|3B|22|27|28|29|5B|5D|C2|C3|E2))"));
    if (!text.contains(u'=') || !shape.match(text).hasMatch())
        return text;
    const auto hex = [](char c) -> int {
        if (c >= '0' && c <= '9')
            return c - '0';
        if (c >= 'A' && c <= 'F')
            return c - 'A' + 10;
        return -1;
    };
    const QByteArray in = text.toUtf8();
    QByteArray out;
    out.reserve(in.size());
    for (qsizetype i = 0; i < in.size(); ++i) {
        if (in.at(i) != '=') {
            out += in.at(i);
            continue;
        }
        if (in.mid(i + 1, 2) == "\r\n") {
            i += 2;
        } else if (i + 1 < in.size() && in.at(i + 1) == '\n') {
            i += 1;
        } else if (i + 2 < in.size() && hex(in.at(i + 1)) >= 0 && hex(in.at(i + 2)) >= 0) {
            out += char(hex(in.at(i + 1)) * 16 + hex(in.at(i + 2)));
            i += 2;
        } else {
            out += '=';
        }
    }
    return QString::fromUtf8(out);
}

// HTML, as a bounce's HTML part or a web page shows a reply: the entities (&lt; &amp; &#39;), line-making tags
// as line ends and inline formatting tags removed, so that "<b>SmtpClientAuthentication</b> is disabled" reads as
// words. The document's own tags (<html>, <title>) stay: they tell a login page from a reply.
QString decodedHtml(QString text)
{
    static const QRegularExpression lineTags(
        QStringLiteral(R"(<br\s*/?>|</?(?:p|div|tr|li|h[1-6]|blockquote)\b[^>]*>)"), QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression inlineTags(
        QStringLiteral(R"(</?(?:b|i|u|em|strong|span|font|a|code|tt|pre|td|th|table|tbody|thead|small|big|sub|sup)\b[^>]*>)"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression entity(
        QStringLiteral(R"(&(?:(lt|gt|amp|quot|apos|nbsp)|#(\d{1,6})|#[xX]([0-9A-Fa-f]{1,6}));)"));
    if (text.contains(u'<')) {
        text.replace(lineTags, u"\n"_s);
        text.replace(inlineTags, QString());
    }
    if (!text.contains(u'&'))
        return text;
    QString result;
    qsizetype last = 0;
    for (auto it = entity.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        result += QStringView(text).mid(last, match.capturedStart() - last);
        const QStringView name = match.capturedView(1);
        if (name == u"lt")
            result += u'<';
        else if (name == u"gt")
            result += u'>';
        else if (name == u"amp")
            result += u'&';
        else if (name == u"quot")
            result += u'"';
        else if (name == u"apos")
            result += u'\'';
        else if (name == u"nbsp")
            result += u' ';
        else {
            const uint code = match.hasCaptured(2) ? match.capturedView(2).toUInt() : match.capturedView(3).toUInt(nullptr, 16);
            result += code > 0 && code < 0x110000 ? QString::fromUcs4(reinterpret_cast<const char32_t *>(&code), 1) : QString();
        }
        last = match.capturedEnd();
    }
    result += QStringView(text).mid(last);
    return result;
}

// The same text with the line breaks of a fixed-width wrap taken out: a mail app, a terminal or a ticket system
// that cut the reply at 76 (or 72, 78, 80) columns in the middle of a word or a code ("SmtpClientAuthentication
// is disab" / "led", "AADSTS7000" / "218"). A line of exactly the widest length, ending and followed by something
// other than white space, was cut; the others keep their breaks. Empty when nothing was cut, which is the rule.
QString unwrapped(const QString &text)
{
    if (text.size() < 120 || !text.contains(u'\n'))
        return {};
    const QList<QStringView> lines = QStringView(text).split(u'\n');
    qsizetype width = 0;
    for (qsizetype i = 0; i + 1 < lines.size(); ++i)
        width = std::max(width, lines.at(i).size());
    if (width != 72 && width != 76 && width != 78 && width != 80)
        return {};
    QString result;
    result.reserve(text.size());
    bool cut = false;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QStringView line = lines.at(i);
        result += line;
        if (i + 1 == lines.size())
            break;
        const QStringView next = lines.at(i + 1);
        const bool midToken = line.size() == width && !line.back().isSpace() && !next.isEmpty() && !next.front().isSpace();
        if (midToken)
            cut = true;
        else
            result += u'\n';
    }
    return cut ? result : QString();
}

// The reply as plain text, whatever wrapping it came in: quoted-printable or HTML from a bounce, a URL-encoded
// redirect query, an escaped JSON body, CRLF line ends, the "> " of a quoted mail, and lines cut at a fixed width
// (then the joined text follows the text as it was). Base64 JSON challenges (Google-style XOAUTH2) are decoded and
// appended.
QString decodedText(const QString &raw)
{
    static const QRegularExpression base64Json(
        QStringLiteral(R"((?<![A-Za-z0-9+/=])(eyJ[A-Za-z0-9+/]*={0,2})(?![A-Za-z0-9+/=]))"));
    static const QRegularExpression queryShape(
        QStringLiteral(R"((?:^|[?&#\s])error(?:_description|_uri)?=)"));
    static const QRegularExpression percentEscape(QStringLiteral(R"(%[0-9A-Fa-f]{2})"));
    static const QRegularExpression quoteMarkers(QStringLiteral(R"(^[ \t]*(?:>[ \t]?)+)"),
                                                 QRegularExpression::MultilineOption);

    QString challenges;
    if (raw.contains(u"eyJ"_s)) {
        for (auto it = base64Json.globalMatch(raw); it.hasNext();) {
            const auto decoded = QByteArray::fromBase64Encoding(it.next().captured(1).toLatin1(),
                                                                QByteArray::AbortOnBase64DecodingErrors);
            if (decoded && decoded.decoded.startsWith('{'))
                challenges += QLatin1Char('\n') + QString::fromUtf8(decoded.decoded);
        }
    }

    QString text = decodedHtml(decodedQuotedPrintable(raw));
    if (text.contains(u'=') && queryShape.match(text).hasMatch())
        text.replace(QLatin1Char('+'), QLatin1Char(' '));
    if (text.contains(u'%') && percentEscape.match(text).hasMatch())
        text = QUrl::fromPercentEncoding(text.toUtf8());
    text = unescapeJson(text);
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    text.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    if (text.contains(u'>'))
        text.remove(quoteMarkers);
    const QString joined = unwrapped(text);
    if (!joined.isEmpty())
        text += u'\n' + joined;
    return text + challenges;
}

// What the rules look at: the decoded text and the codes found in it as whole tokens.
struct Facts {
    QString text;
    QStringList aadsts;
    QStringList smtpCodes;
    QStringList enhanced;

    explicit Facts(const QString &raw)
        : text(decodedText(raw))
    {
        static const QRegularExpression aadstsCode(QStringLiteral(R"(\bAADSTS(\d+)\b)"),
                                                   QRegularExpression::CaseInsensitiveOption);
        // The token endpoint's JSON also lists the numbers bare: "error_codes":[50011]; its error_uri and the
        // error page name one as ?code=50058.
        static const QRegularExpression errorCodes(QStringLiteral(R"("?error_codes"?\s*:\s*\[([\d,\s]*)\])"));
        static const QRegularExpression errorPage(QStringLiteral(R"(microsoftonline\.\w+/error\?code=(\d+))"),
                                                  QRegularExpression::CaseInsensitiveOption);
        static const QRegularExpression enhancedCode(
            QStringLiteral(R"((?<![\w.])([245]\.\d{1,3}\.\d{1,3})(?!\w|\.\d))"));
        // A reply code followed by an enhanced code, wherever it is ("got code ..., with message \"550 5.7.60").
        static const QRegularExpression codeBeforeEnhanced(
            QStringLiteral(R"((?<![\w.\-/])([2-5]\d\d)[ \-](?=[245]\.\d{1,3}\.\d{1,3}(?!\w|\.\d)))"));
        // A bare reply code where a reply starts: a line start, after a quote or "; ", or after the words a mail
        // app or a log puts before the server's answer ("Error:", "The server responded:", "Send failed:", a German
        // client's "Fehler:"), but not after any colon: "Backoff Time: 500 milliseconds". Not an IMAP tag that
        // happens to have three digits ("100 NO ...").
        static const QRegularExpression codeAtReplyStart(
            QStringLiteral(R"((?:^|["'`;]|\b(?:error|reply|response|responded|answered|replied|said|says|returned|failed|fehler|antwort|antwortete|meldung|erreur):)\s*([2-5]\d\d)(?=[ \-]|$)(?![ \-](?:OK|NO|BAD|BYE|PREAUTH)\b))"),
            QRegularExpression::MultilineOption | QRegularExpression::CaseInsensitiveOption);

        if (text.contains(u"aadsts"_s, Qt::CaseInsensitive)) {
            for (auto it = aadstsCode.globalMatch(text); it.hasNext();)
                aadsts.append(it.next().captured(1));
        }
        if (text.contains(u"error_codes"_s)) {
            for (auto it = errorCodes.globalMatch(text); it.hasNext();) {
                const QStringList numbers = it.next().captured(1).split(QLatin1Char(','), Qt::SkipEmptyParts);
                for (const QString &number : numbers)
                    aadsts.append(number.trimmed());
            }
        }
        if (text.contains(u"/error?code="_s)) {
            for (auto it = errorPage.globalMatch(text); it.hasNext();)
                aadsts.append(it.next().captured(1));
        }
        for (auto it = enhancedCode.globalMatch(text); it.hasNext();)
            enhanced.append(it.next().captured(1));
        for (auto it = codeBeforeEnhanced.globalMatch(text); it.hasNext();)
            smtpCodes.append(it.next().captured(1));
        for (auto it = codeAtReplyStart.globalMatch(text); it.hasNext();)
            smtpCodes.append(it.next().captured(1));
    }

    bool matches(const CompiledRule &rule) const
    {
        const QStringList *codes = nullptr;
        switch (rule.part) {
        case Part::Text:
            return rule.expression.match(text).hasMatch() && (!rule.hasAlso || rule.also.match(text).hasMatch());
        case Part::Aadsts:
            for (const QString &number : aadsts) {
                if (rule.numbers.contains(number))
                    return true;
            }
            return false;
        case Part::SmtpCode:
            codes = &smtpCodes;
            break;
        case Part::Enhanced:
            codes = &enhanced;
            break;
        }
        for (const QString &code : *codes) {
            if (rule.expression.match(code).hasMatch())
                return true;
        }
        return false;
    }
};

} // namespace

DiagnosisId ReplyClassifier::classify(const QString &text, ReplyContext context)
{
    const Facts facts(text);
    for (const CompiledRule &rule : compiledRules()) {
        if (rule.contexts != anywhere && !(rule.contexts & in(context)))
            continue;
        if (facts.matches(rule))
            return rule.id;
    }
    return DiagnosisId::Unknown;
}

QList<DiagnosisId> ReplyClassifier::classIds()
{
    QList<DiagnosisId> result;
    for (const CompiledRule &rule : compiledRules()) {
        if (!result.contains(rule.id))
            result.append(rule.id);
    }
    result.append(DiagnosisId::Unknown);
    return result;
}
