// Recognises what a server or identity-provider reply means and gives its diagnosis class.
#pragma once

#include "wizard/core/diagnosis/diagnosisid.h"

#include <QList>
#include <QString>

#include <utility>

// Where a reply was met. It narrows ambiguous replies (a 535 during AUTH, a 5.7.x during DATA);
// Unknown is for text a helpdesk pastes into `mailsetup explain`.
enum class ReplyContext {
    Unknown,
    Authorize,      // the redirect back from the browser sign-in
    TokenEndpoint,  // the token endpoint's JSON
    Discovery,      // OpenID discovery for a tenant
    ImapAuthenticate,
    ImapCommand,    // EXAMINE/SELECT, SEARCH and the rest after sign-in
    SmtpStartTls,
    SmtpAuthenticate,
    SmtpSend,       // MAIL FROM, RCPT TO, DATA and the message itself
};

class ReplyClassifier
{
public:
    // A class of the catalogue. Recognises meaning, not exact strings: SMTP reply and enhanced
    // status codes, IMAP tagged/untagged responses, AADSTS numbers, OAuth error codes and key phrases,
    // whatever the host names, ids and timestamps around them. Gives Unknown when nothing matches.
    static DiagnosisId classify(const QString &text, ReplyContext context = ReplyContext::Unknown);
    // Every class classify() can give, Unknown included: for tests and documentation.
    static QList<DiagnosisId> classIds();
    // Every AADSTS number the rules know, with the class it gives, in the rules' order: for tests and documentation.
    static QList<std::pair<QString, DiagnosisId>> aadstsNumbers();
};
