#include "wizard/core/diagnosis/replyclassifier.h"

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
//
// The AADSTS numbers are those of Microsoft's published table (Microsoft Entra authentication and authorization
// error codes) that a mail sign-in can meet; federation, SAML, device registration and sign-out codes are left out.
// Each number has a row in tests/data/replies-2026.json.
const Rule rules[] = {
    // ---- Identity platform: AADSTS numbers ----
    // The user said no on the consent page.
    {DiagnosisId::UserCancelled, Part::Aadsts, "65004"},
    // Consent is missing and the user may not give it: the organisation's consent policy, an unverified
    // publisher or a risky app, or a grant an administrator withdrew.
    {DiagnosisId::ConsentRequired, Part::Aadsts, "65001|90094|90095|900941|900981|90093|90008|650056"},
    // A second factor is needed, not registered yet, or its proof has run out.
    {DiagnosisId::MfaRequired, Part::Aadsts, "50072|50074|50076|50078|50079|50158|500121"},
    // The password expired (in the cloud or on premises), must change for risk, or must be reset first.
    {DiagnosisId::PasswordChangeRequired, Part::Aadsts, "50055|50144|50135|50125"},
    // A wrong user name or password: only apps that send the password themselves get this far.
    {DiagnosisId::PasswordRejected, Part::Aadsts, "50126|50056|50064"},
    // Locked after wrong passwords or a malicious address, blocked for risk, switched off.
    {DiagnosisId::AccountLocked, Part::Aadsts, "50053|50057|53011|120014"},
    // The application itself is switched off: in the organisation (7000112, 1000031) or everywhere (70001).
    {DiagnosisId::AppDisabled, Part::Aadsts, "7000112|70001|1000031"},
    // Conditional Access, security defaults, device and location rules, tenant restrictions, cross-tenant access,
    // unassigned users, sign-in hours.
    {DiagnosisId::BlockedByPolicy, Part::Aadsts,
     "53000|53001|53002|53003|53004|53010|530003|530032|530034|530035|50005|50097|50105|50129|50131|50155|50187|"
     "500021|500022|500212|500213|50002|90123|80012|130007|135011"},
    // An assertion or a token outside its valid time: one of the clocks is wrong.
    {DiagnosisId::ClockSkew, Part::Aadsts, "500133|700024"},
    // The code or refresh token ran out, was used or revoked, the session ended or must be renewed
    // interactively, or the password changed since: sign in again.
    {DiagnosisId::SignInExpired, Part::Aadsts,
     "70000|70008|70019|70043|700081|700082|700084|50173|50132|50133|50089|50058|54005|700020|9002341|50085|51006"},
    // The account is of the wrong kind or not in that directory, or the directory has no Exchange Online.
    {DiagnosisId::WrongAccountOrTenant, Part::Aadsts,
     "50020|50034|51004|50177|90072|500200|500208|50001|500011|650052|16000|16001|16003|50014|9002332|50143|50197|"
     "90125|90126"},
    // The directory named in the request does not exist, cannot be inferred, or is in another cloud.
    {DiagnosisId::TenantNotFound, Part::Aadsts, "90002|50128|900023|50059|90019|90038"},
    // The app registration does not fit the request: redirect URI, audience, platform (public client flows),
    // secrets and certificates, a missing or borrowed application, permissions it does not list.
    {DiagnosisId::AppRegistration, Part::Aadsts,
     "50011|50194|700016|700011|7000218|700051|700054|500113|7000215|7000222|65005|65002|9002326|70004|70005|650057|"
     "650054|50010|50003|50146|90027|90124|90130|7000114|700027|700030"},
    // The request itself is malformed: PKCE, parameters, scopes, a secret sent by a public client.
    {DiagnosisId::ClientError, Part::Aadsts,
     "9002313|700025|501481|50148|50147|501491|900144|90009|900971|70011|70003|90014|90023|900561|28002|28003|700022|"
     "700023|90004|90005|90007|90013|90015|90016|90100|90101|90102|90117|90121|901002|9001023|700005|50049|50050|"
     "70007|90056|50013|50027"},
    // The sign-in service's own trouble, or a transient one on the way (the organisation's pass-through agents).
    {DiagnosisId::TemporaryServerError, Part::Aadsts,
     "50000|90033|50033|50087|70012|90006|90024|90090|90091|90092|90036|80001|80002|80005|80007|80010|80014|90012|17003"},
    // A request loop, a throttled tenant, too many phone calls for the second factor: wait, then try again.
    {DiagnosisId::Throttled, Part::Aadsts, "50196|90055|50088"},

    // ---- Exchange Online's key phrases: the words decide where the codes are shared ----
    // Exchange Online no longer takes a password for client submission (the 2026 switch-off). Before the words of
    // basic authentication: this reply has them too, but its advice is the SMTP one, with its dates.
    {DiagnosisId::SmtpPasswordRetired, Part::Enhanced, R"(5\.7\.30)"},
    {DiagnosisId::SmtpPasswordRetired, Part::Text, R"(not\s+supported\s+for\s+client\s+submission)"},
    // 535 5.7.139 is used for several causes; these words name SMTP AUTH being off.
    {DiagnosisId::SmtpAuthDisabled, Part::Text,
     R"(smtp\s*client\s*authentication\s+is\s+disabled|smtp_auth_disabled|smtp\s+auth(?:entication)?\s+is\s+disabled)"},
    // Security defaults, as the mail server words them (a password sign-in while they are on). The sign-in
    // service's own words for them (AADSTS530035) were decided above.
    {DiagnosisId::SmtpBlockedBySecurityDefaults, Part::Text, R"(security\s+defaults)", anywhere,
     R"(\b5\.7\.139\b|\b535\b|authentication\s+unsuccessful|\bSMTP\b)"},
    // A password (or app password) was sent where only OAuth is accepted, in any wording.
    {DiagnosisId::BasicAuthDisabled, Part::Text,
     R"(basic[\s_-]*auth(?:entication)?[\s_-]+(?:(?:is|has\s+been|was)\s+)?(?:disabled|blocked|not\s+(?:supported|allowed|enabled)|turned\s+off|switched\s+off|deprecated|retired|no\s+longer\s+supported)|(?:no\s+longer\s+supports?|does\s+not\s+support|doesn't\s+support)\s+basic\s+auth|BasicAuthBlocked|legacy\s+auth(?:entication)?\s+(?:is\s+)?(?:blocked|disabled))"},
    // Pasted text that shows a password was tried and refused: a LOGIN or AUTH PLAIN/LOGIN exchange, the server's
    // words for a refused password, an app password. Outlook.com and Microsoft 365 refuse passwords from mail apps,
    // so this is the password path whatever the code. Only out of context (`mailsetup explain`): Mail Setup's own
    // checks sign in with XOAUTH2, where the same 535 5.7.3 means the token was refused. A bare "535 5.7.3" or
    // "NO AUTHENTICATE failed" without such signs stays a refused sign-in: the sample's XOAUTH2 replies are exactly
    // that, and Exchange's POP words "Authentication failure: unknown user name or bad password" answer a refused
    // token too ("Logon failure" answers USER and PASS).
    {DiagnosisId::BasicAuthDisabled, Part::Text,
     R"((?<!250[ -])\bAUTH\s+(?:LOGIN|PLAIN|CRAM-MD5|NTLM)\b(?!\s+XOAUTH2)|\bAUTHENTICATE\s+PLAIN\b|\b334\s+(?:VXNlcm5hbWU6|UGFzc3dvcmQ6)|\bLOGIN\s+failed\b|\bLogon\s+failure\b|\bapp(?:lication)?[\s-]+(?:specific[\s-]+)?passwords?\b|user\s+credentials\s+were\s+incorrect|\b(?:wrong|incorrect)\s+password\b|\bpassword\s+(?:is\s+|was\s+)?(?:wrong|incorrect|rejected)\b)",
     in(ReplyContext::Unknown),
     R"((?-i:\bNO\b|-ERR\b)|\b5\d\d\b|\b(?:failed|failure|unsuccessful|incorrect|wrong|rejected|denied|invalid|not\s+accepted|refused)\b)"},
    // A locked or switched-off account, as the mail server words it.
    {DiagnosisId::AccountLocked, Part::Text,
     R"((?:user|account)\s+(?:is\s+|has\s+been\s+)?(?:locked(?:\s+out)?|disabled)\b|too\s+many\s+(?:failed\s+|invalid\s+)?(?:sign-?in|log-?in|logon)\s+attempts)"},
    // Conditional Access or security defaults at the sign-in, as the mail server words them.
    {DiagnosisId::BlockedByPolicy, Part::Text,
     R"(did\s+not\s+meet\s+the\s+criteria|organi[sz]ation\s+configuration\s+does\s+not\s+allow|security\s+defaults|conditional\s+access|\[CONTACTADMIN\])"},
    // Sign-in succeeds, then every command fails: IMAP is off for the mailbox, or there is no mailbox.
    {DiagnosisId::ImapNotEnabled, Part::Text,
     R"(authenticated\s+but\s+not\s+connected|\bimap\s+(?:access\s+)?(?:is\s+)?(?:disabled|not\s+enabled)\b)"},
    // The access token ran out in the middle of a session (the AUTHENTICATE failure after it is a consequence).
    {DiagnosisId::TokenExpired, Part::Text, R"(access\s*token\s*(?:has\s+)?expired|session\s+invalidated|\[EXPIRED\])"},
    // Too many requests or connections; Exchange says so in words, with varying codes (BAD, 432, 4.7.5xx).
    {DiagnosisId::Throttled, Part::Text,
     R"(\bthrottl|suggested\s+backoff|thread\s+limit\s+exceeded|concurrent\s+(?:server\s+)?connections?|too\s+many\s+(?:concurrent\s+|simultaneous\s+)?(?:connections|requests)|submission\s+rate|server\s+busy|\[LIMIT\])"},
    // TLS 1.0 and 1.1 retired on Microsoft's SMTP endpoints.
    {DiagnosisId::TlsVersionTooOld, Part::Text, R"(TLS\s+1\.0\s+and\s+1\.1|support\s+TLS\s+1\.2|smtp_auth_tls)"},
    {DiagnosisId::TlsVersionTooOld, Part::Enhanced, R"(4\.7\.66)"},
    // The server wants encryption first, or cannot give it: the sign-in must not go out in clear.
    {DiagnosisId::StartTlsMissing, Part::Text,
     R"(must\s+issue\s+a\s+STARTTLS|STARTTLS\s+(?:is\s+)?required|STARTTLS\s+(?:is\s+)?not\s+(?:supported|offered|advertised|available)|encryption\s+(?:is\s+)?required|\[PRIVACYREQUIRED\]|\bTLS\s+not\s+available)"},
    // Direct send (no sign-in, the organisation's own domain as sender) that the organisation turns away.
    {DiagnosisId::DirectSendRejected, Part::Enhanced, R"(5\.7\.68)"},
    {DiagnosisId::DirectSendRejected, Part::Text, R"(Direct\s+Send\s+not\s+allowed|TenantInboundAttribution|RejectDirectSend)"},
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
    // A mailbox over its storage limit: the sender's own (it can no longer send) or a recipient's. After the
    // sending quota: "SubmissionQuotaExceeded" is a daily cap, not storage.
    {DiagnosisId::MailboxFull, Part::Text,
     R"((?<!Submission)QuotaExceededException|ShutoffQuota|ProhibitSend|mailbox\s+(?:is\s+)?full|mailbox\s+(?:size\s+|storage\s+)?quota|(?:storage|mailbox)\s+(?:is\s+)?over\s+(?:its\s+|the\s+)?(?:quota|limit)|\bover\s+quota\b|\bstorage\s+is\s+full)"},
    {DiagnosisId::MailboxFull, Part::Enhanced, R"([45]\.2\.2)"},

    // ---- Identity platform: words without a number ----
    // A personal account at an app or endpoint for work accounts, or the other way round.
    {DiagnosisId::WrongAccountOrTenant, Part::Text,
     R"(not\s+enabled\s+for\s+consumers|for\s+use\s+by\s+Microsoft\s+Account\s+users\s+only|for\s+use\s+by\s+Microsoft\s+Entra\s+users\s+only|personal\s+Microsoft\s+accounts\s+are\s+not\s+supported|does\s+not\s+exist\s+in\s+tenant|not\s+a\s+valid\s+login\s+domain|\binvalid_resource\b)"},
    // The registration's audience or redirect URI (AADSTS50194 and 50011 worded without their number).
    {DiagnosisId::AppRegistration, Part::Text,
     R"(isn.t\s+configured\s+as\s+a\s+multi-?tenant|is\s+not\s+configured\s+as\s+a\s+multi-?tenant|redirect\s+URI\b[^\n]*\bdoes\s+not\s+match|application\s+with\s+identifier\b[^\n]*\bwas\s+not\s+found)"},
    // OpenID discovery for a domain Microsoft does not know.
    {DiagnosisId::TenantNotFound, Part::Text, R"(\btenant\s+'[^'\n]*'\s+not\s+found|\btenant\s+not\s+found|\binvalid_tenant\b)"},
    // The application switched off, in Microsoft's words.
    {DiagnosisId::AppDisabled, Part::Text, R"(\bapplication\s+is\s+disabled|can.t\s+be\s+accessed\s+at\s+this\s+time)"},
    // Consent withheld, in words: before the cancelled sign-in, since Microsoft answers both with access_denied.
    {DiagnosisId::ConsentRequired, Part::Text,
     R"(\bconsent_required\b|need\s+admin(?:istrator)?\s+approval|admin(?:istrator)?\s+(?:consent|approval)|not\s+consented|publisher\b[^.\n]{0,40}?\b(?:has\s+not\s+been|is\s+not|isn.t)\s+verified|unverified\s+(?:publisher|app)|not\s+allowed\s+to\s+consent|consent\s+(?:is\s+)?(?:blocked|not\s+allowed)|risky\s+app)"},
    // The error redirect of a cancelled or declined sign-in.
    {DiagnosisId::UserCancelled, Part::Text, R"(\baccess_denied\b|user\s+cancell?ed|declined\s+(?:to\s+)?consent)"},
    {DiagnosisId::MfaRequired, Part::Text,
     R"(multi-?factor\s+authentication|\bMFA\s+(?:is\s+)?required|strong\s+authentication\s+(?:is\s+)?required)"},
    // The password, as the sign-in page or an app words it.
    {DiagnosisId::PasswordChangeRequired, Part::Text,
     R"(password\s+(?:has\s+)?expired|password\s+(?:change|reset)\s+(?:is\s+)?required|must\s+change\s+(?:your|the)\s+password|update\s+your\s+password)"},
    // Clocks apart: a token not yet valid, or past its time range, by the words.
    {DiagnosisId::ClockSkew, Part::Text,
     R"(clock\s*skew|time\s+skew|not\s+within\s+(?:its|the)\s+valid\s+time\s+range|(?:token|assertion)\s+is\s+not\s+yet\s+valid)"},
    // OAuth 2.0 / OpenID error codes, for replies that carry no AADSTS number; a code used twice.
    {DiagnosisId::SignInExpired, Part::Text,
     R"(\b(?:invalid_grant|interaction_required|login_required|expired_token)\b|refresh\s+token\s+(?:has\s+expired|is\s+(?:invalid|expired)|was\s+revoked)|already\s+(?:been\s+)?redeemed)"},
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
// breaks ("=" at the end of a line) and escapes such as "=3D". Only text with marks that only quoted-printable
// makes is decoded (a soft break, an encoded "=", a space encoded at a line's end), so that a redirect's
// "error_description=AADSTS…" or "state=28AB" is left alone: in real quoted-printable, "=" is always "=3D".
QString decodedQuotedPrintable(const QString &text)
{
    static const QRegularExpression shape(QStringLiteral(R"([^=\s]=\r?\n|=3D|=20(?:\r?\n|$)|=0D=0A)"),
                                          QRegularExpression::MultilineOption);
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

    // A redirect's query is URL-encoded, never quoted-printable, though its random state may read "=3D…".
    const bool query = raw.contains(u'=') && queryShape.match(raw).hasMatch();
    QString text = decodedHtml(query ? raw : decodedQuotedPrintable(raw));
    if (query || (text.contains(u'=') && queryShape.match(text).hasMatch()))
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

// The text with every lone surrogate (from a broken "\\uD83D" escape, or a reply cut in the middle of a
// character) made U+FFFD: PCRE2 may only skip its own check of the subject on valid UTF-16.
QString validUtf16(QString text)
{
    const qsizetype size = text.size();
    QChar *chars = nullptr;
    for (qsizetype i = 0; i < size; ++i) {
        const QChar c = text.at(i);
        if (!c.isSurrogate())
            continue;
        if (c.isHighSurrogate() && i + 1 < size && text.at(i + 1).isLowSurrogate()) {
            ++i;
            continue;
        }
        if (!chars)
            chars = text.data();
        chars[i] = QChar::ReplacementCharacter;
    }
    return text;
}

// What the rules look at: the decoded text and the codes found in it as whole tokens.
struct Facts {
    QString text;
    QStringList aadsts;
    QStringList smtpCodes;
    QStringList enhanced;

    explicit Facts(const QString &raw)
        : text(validUtf16(decodedText(raw)))
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
        // A bare reply code, found cheaply by its digits; replyStartsAt() decides whether a reply starts there. Not an
        // IMAP tag that happens to have three digits ("100 NO ...").
        static const QRegularExpression bareCode(
            QStringLiteral(R"((?<![\w.\-/])([2-5]\d\d)(?=[ \-]|$)(?![ \-](?:OK|NO|BAD|BYE|PREAUTH)\b))"),
            QRegularExpression::MultilineOption);
        const auto all = [this](const QRegularExpression &expression) {
            return expression.globalMatch(text, 0, QRegularExpression::NormalMatch,
                                          QRegularExpression::DontCheckSubjectStringMatchOption);
        };

        if (text.contains(u"aadsts"_s, Qt::CaseInsensitive)) {
            for (auto it = all(aadstsCode); it.hasNext();)
                aadsts.append(it.next().captured(1));
        }
        if (text.contains(u"error_codes"_s)) {
            for (auto it = all(errorCodes); it.hasNext();) {
                const QStringList numbers = it.next().captured(1).split(QLatin1Char(','), Qt::SkipEmptyParts);
                for (const QString &number : numbers)
                    aadsts.append(number.trimmed());
            }
        }
        if (text.contains(u"/error?code="_s)) {
            for (auto it = all(errorPage); it.hasNext();)
                aadsts.append(it.next().captured(1));
        }
        for (auto it = all(enhancedCode); it.hasNext();)
            enhanced.append(it.next().captured(1));
        for (auto it = all(codeBeforeEnhanced); it.hasNext();)
            smtpCodes.append(it.next().captured(1));
        for (auto it = all(bareCode); it.hasNext();) {
            const QRegularExpressionMatch match = it.next();
            if (replyStartsAt(match.capturedStart(1)))
                smtpCodes.append(match.captured(1));
        }
    }

    // Whether a reply starts at `position`: at a line's start (white space aside), after a quote or "; ", or after
    // the words a mail app or a log puts before the server's answer ("Error:", "The server responded:", "Send
    // failed:", a German client's "Fehler:"), but not after any colon: "Backoff Time: 500 milliseconds".
    bool replyStartsAt(qsizetype position) const
    {
        static const QStringList introductions = {
            u"error"_s, u"reply"_s, u"response"_s, u"responded"_s, u"answered"_s, u"replied"_s, u"said"_s, u"says"_s,
            u"returned"_s, u"failed"_s, u"fehler"_s, u"antwort"_s, u"antwortete"_s, u"meldung"_s, u"erreur"_s,
        };
        qsizetype i = position - 1;
        while (i >= 0 && text.at(i).isSpace()) {
            if (text.at(i) == u'\n')
                return true;
            --i;
        }
        if (i < 0)
            return true;
        const QChar before = text.at(i);
        if (before == u'"' || before == u'\'' || before == u'`' || before == u';')
            return true;
        if (before != u':')
            return false;
        qsizetype start = i;
        while (start > 0 && text.at(start - 1).isLetter())
            --start;
        if (start > 0 && (text.at(start - 1).isLetterOrNumber() || text.at(start - 1) == u'_'))
            return false;
        const QStringView word = QStringView(text).mid(start, i - start);
        return std::any_of(introductions.cbegin(), introductions.cend(),
                           [word](const QString &introduction) { return word.compare(introduction, Qt::CaseInsensitive) == 0; });
    }

    // The text was made valid UTF-16 once (validUtf16), so the fifty-odd patterns need not check it again each.
    bool matchesText(const QRegularExpression &expression) const
    {
        return expression.match(text, 0, QRegularExpression::NormalMatch, QRegularExpression::DontCheckSubjectStringMatchOption)
            .hasMatch();
    }

    bool matches(const CompiledRule &rule) const
    {
        const QStringList *codes = nullptr;
        switch (rule.part) {
        case Part::Text:
            return matchesText(rule.expression) && (!rule.hasAlso || matchesText(rule.also));
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
            if (rule.expression.match(code, 0, QRegularExpression::NormalMatch, QRegularExpression::DontCheckSubjectStringMatchOption).hasMatch())
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

QList<std::pair<QString, DiagnosisId>> ReplyClassifier::aadstsNumbers()
{
    QList<std::pair<QString, DiagnosisId>> result;
    for (const Rule &rule : rules) {
        if (rule.part != Part::Aadsts)
            continue;
        const QStringList numbers = QString::fromLatin1(rule.pattern).split(u'|');
        for (const QString &number : numbers)
            result.append({ number, rule.id });
    }
    return result;
}
