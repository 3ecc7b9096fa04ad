<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>AddressPage</name>
    <message>
        <source>Your email address</source>
        <translation>Ihre E-Mail-Adresse</translation>
    </message>
    <message>
        <source>&amp;Email address:</source>
        <translation>&amp;E-Mail-Adresse:</translation>
    </message>
    <message>
        <source>name@outlook.com</source>
        <translation>name@outlook.com</translation>
    </message>
    <message>
        <source>Email address</source>
        <translation>E-Mail-Adresse</translation>
    </message>
    <message>
        <source>The address of the mailbox to set up, for example name@outlook.com.</source>
        <translation>Die Adresse des Postfachs, das eingerichtet werden soll, zum Beispiel name@outlook.com.</translation>
    </message>
    <message>
        <source>What kind of account is it?</source>
        <translation>Um welche Art von Konto handelt es sich?</translation>
    </message>
    <message>
        <source>Mail Setup chooses this by itself when it can tell. Change it if you know better; the sign-in decides in the end.</source>
        <translation>Mail Setup wählt das selbst aus, wenn es das erkennen kann. Ändern Sie die Auswahl, wenn Sie es besser wissen; am Ende entscheidet die Anmeldung.</translation>
    </message>
    <message>
        <source>Outlook.com, Hotmail, Live or MSN: an account you made yourself at Microsoft.</source>
        <translation>Outlook.com, Hotmail, Live oder MSN: ein Konto, das Sie selbst bei Microsoft angelegt haben.</translation>
    </message>
    <message>
        <source>Microsoft 365: an account your organisation gave you.</source>
        <translation>Microsoft 365: ein Konto, das Sie von Ihrer Organisation bekommen haben.</translation>
    </message>
    <message>
        <source>&amp;Personal Microsoft account</source>
        <translation>&amp;Privates Microsoft-Konto</translation>
    </message>
    <message>
        <source>&amp;Work or school account</source>
        <translation>&amp;Geschäfts-, Schul- oder Unikonto</translation>
    </message>
    <message>
        <source>Mail Setup works with Outlook.com, Hotmail and Live addresses and with work or school addresses that run on Microsoft 365.</source>
        <translation>Mail Setup funktioniert mit Adressen von Outlook.com, Hotmail und Live und mit Adressen von Unternehmen, Schulen oder Universitäten, die über Microsoft 365 laufen.</translation>
    </message>
    <message>
        <source>Finding out who runs this address…</source>
        <translation>Es wird ermittelt, wer diese Adresse betreibt…</translation>
    </message>
    <message>
        <source>This is a personal Microsoft account (Outlook.com).</source>
        <translation>Das ist ein privates Microsoft-Konto (Outlook.com).</translation>
    </message>
    <message>
        <source>This looks like a work or school account (Microsoft 365).</source>
        <translation>Das sieht nach einem Geschäfts-, Schul- oder Unikonto aus (Microsoft 365).</translation>
    </message>
    <message>
        <source>Nothing says this address is handled by Microsoft. If you know that it is, choose the kind of account below and go on.</source>
        <translation>Nichts deutet darauf hin, dass diese Adresse von Microsoft betreut wird. Wenn Sie wissen, dass es so ist, wählen Sie unten die Art des Kontos und fahren Sie fort.</translation>
    </message>
    <message>
        <source>Mail Setup could not find out who runs this address. Choose the kind of account below.</source>
        <translation>Mail Setup konnte nicht herausfinden, wer diese Adresse betreibt. Wählen Sie unten die Art des Kontos.</translation>
    </message>
    <message>
        <source>Addresses at %1 belong to Microsoft&apos;s own mail service.</source>
        <translation>Adressen bei %1 gehören zum E-Mail-Dienst von Microsoft selbst.</translation>
    </message>
    <message>
        <source>Mail for %1 goes to Outlook.com&apos;s servers.</source>
        <translation>E-Mails für %1 gehen an die Server von Outlook.com.</translation>
    </message>
    <message>
        <source>Mail for %1 goes to Microsoft 365&apos;s servers.</source>
        <translation>E-Mails für %1 gehen an die Server von Microsoft 365.</translation>
    </message>
    <message>
        <source>Microsoft knows an organisation for %1.</source>
        <translation>Microsoft kennt eine Organisation zu %1.</translation>
    </message>
    <message>
        <source>Microsoft knows %1 as a domain of personal accounts.</source>
        <translation>Microsoft kennt %1 als Domain für private Konten.</translation>
    </message>
    <message>
        <source>Microsoft knows no organisation for %1.</source>
        <translation>Microsoft kennt keine Organisation zu %1.</translation>
    </message>
    <message>
        <source>Mail for %1 goes to servers that are not Microsoft&apos;s.</source>
        <translation>E-Mails für %1 gehen an Server, die nicht zu Microsoft gehören.</translation>
    </message>
    <message>
        <source>No answer came in time; this computer may be offline.</source>
        <translation>Es kam nicht rechtzeitig eine Antwort; vielleicht ist dieser Computer offline.</translation>
    </message>
    <message>
        <source>Signing in will confirm it.</source>
        <translation>Die Anmeldung wird das bestätigen.</translation>
    </message>
    <message>
        <source>%1 Signing in will confirm it.</source>
        <translation>%1 Die Anmeldung wird das bestätigen.</translation>
    </message>
    <message>
        <source>Clear the email address</source>
        <translation>E-Mail-Adresse löschen</translation>
    </message>
    <message>
        <source>Empties the email address field, to type another address.</source>
        <translation>Leert das Feld für die E-Mail-Adresse, damit Sie eine andere Adresse eingeben können.</translation>
    </message>
    <message>
        <source>This copy of Mail Setup cannot sign anyone in yet: it was built without an application (client) ID, and Microsoft lets only registered applications open a mailbox. Your IT department registers Mail Setup in Microsoft Entra and starts it with --client-id and that ID, or with a provider file that names it; whoever packages Mail Setup builds it with -DMAILSETUP_CLIENT_ID. The file docs/app-registration.md says how.</source>
        <translation>Diese Kopie von Mail Setup kann noch niemanden anmelden: Sie wurde ohne Anwendungs-ID (Client-ID) erstellt, und Microsoft lässt nur registrierte Anwendungen ein Postfach öffnen. Ihre IT-Abteilung registriert Mail Setup in Microsoft Entra und startet es mit --client-id und dieser ID oder mit einer Anbieterdatei, die sie enthält; wer Mail Setup paketiert, erstellt es mit -DMAILSETUP_CLIENT_ID. In der Datei docs/app-registration.md steht, wie das geht.</translation>
    </message>
    <message>
        <source>Did you mean %1? Check the part after the @.</source>
        <translation>Meinten Sie %1? Prüfen Sie den Teil nach dem @.</translation>
    </message>
    <message>
        <source>%1 is an address of %2, not of Microsoft. Mail Setup is for Outlook.com and Microsoft 365 accounts only; set up this address in your mail app with the settings %2 gives.</source>
        <translation>%1 ist eine Adresse von %2, nicht von Microsoft. Mail Setup ist nur für Konten bei Outlook.com und Microsoft 365 gedacht; richten Sie diese Adresse in Ihrem E-Mail-Programm mit den Einstellungen ein, die %2 angibt.</translation>
    </message>
</context>
<context>
    <name>AdministratorRequests</name>
    <message>
        <source>Please allow authenticated SMTP (SMTP AUTH) for my mailbox %1, so that mail apps that sign in with Microsoft can send. Switching it on for the mailbox is enough; it wins over the organisation&apos;s setting.</source>
        <translation>Bitte erlauben Sie authentifiziertes SMTP (SMTP AUTH) für mein Postfach %1, damit E-Mail-Programme, die sich bei Microsoft anmelden, senden können. Es genügt, es für das Postfach einzuschalten; diese Einstellung hat Vorrang vor der der Organisation.</translation>
    </message>
    <message>
        <source>Please allow IMAP for my mailbox %1, so that mail apps that sign in with Microsoft can read it.</source>
        <translation>Bitte erlauben Sie IMAP für mein Postfach %1, damit E-Mail-Programme, die sich bei Microsoft anmelden, es lesen können.</translation>
    </message>
    <message>
        <source>Please grant admin consent to the application Mail Setup for the delegated permissions IMAP.AccessAsUser.All, SMTP.Send and offline_access, so that I can set up %1. The link below opens the consent page for our organisation.</source>
        <translation>Bitte erteilen Sie der Anwendung Mail Setup die Administratorzustimmung für die delegierten Berechtigungen IMAP.AccessAsUser.All, SMTP.Send und offline_access, damit ich %1 einrichten kann. Der Link unten öffnet die Zustimmungsseite für unsere Organisation.</translation>
    </message>
    <message>
        <source>A sign-in rule of our organisation (Conditional Access or security defaults) stopped Mail Setup from signing in to my mailbox %1. Please look up this sign-in in the Entra sign-in logs with the ids below and tell me what I need to do.</source>
        <translation>Eine Anmelderegel unserer Organisation (bedingter Zugriff oder Sicherheitsstandards) hat Mail Setup daran gehindert, sich bei meinem Postfach %1 anzumelden. Bitte suchen Sie diese Anmeldung mit den IDs unten in den Entra-Anmeldeprotokollen und sagen Sie mir, was ich tun muss.</translation>
    </message>
    <message>
        <source>A test message that Mail Setup sent from my mailbox %1 to itself was turned away. Please look at the server&apos;s reason below; common causes are the domain&apos;s SPF, DKIM or DMARC records or a block on the sending server.</source>
        <translation>Eine Testnachricht, die Mail Setup von meinem Postfach %1 an sich selbst gesendet hat, wurde abgewiesen. Bitte sehen Sie sich den Grund des Servers unten an; häufige Ursachen sind die SPF-, DKIM- oder DMARC-Einträge der Domain oder eine Sperre des sendenden Servers.</translation>
    </message>
    <message>
        <source>Mail Setup could not set up my mailbox %1 and says that only an administrator can fix it.</source>
        <translation>Mail Setup konnte mein Postfach %1 nicht einrichten und sagt, dass nur ein Administrator das beheben kann.</translation>
    </message>
    <message>
        <source>Tenant: %1</source>
        <translation>Mandant: %1</translation>
    </message>
    <message>
        <source>Application (client) ID: %1</source>
        <translation>Anwendungs-ID (Client-ID): %1</translation>
    </message>
    <message>
        <source>Hello,</source>
        <translation>Guten Tag,</translation>
    </message>
    <message>
        <source>In Exchange Online PowerShell:</source>
        <translation>In Exchange Online PowerShell:</translation>
    </message>
    <message>
        <source>What Mail Setup found: %1</source>
        <translation>Was Mail Setup festgestellt hat: %1</translation>
    </message>
    <message>
        <source>What the server said: %1</source>
        <translation>Was der Server gesagt hat: %1</translation>
    </message>
    <message>
        <source>Diagnosis code: %1</source>
        <translation>Diagnosecode: %1</translation>
    </message>
    <message>
        <source>Thank you.</source>
        <translation>Vielen Dank.</translation>
    </message>
    <message>
        <source>In Microsoft Graph PowerShell:</source>
        <translation>In Microsoft Graph PowerShell:</translation>
    </message>
    <message>
        <source>Please grant admin consent to the application Mail Setup for the delegated permissions IMAP.AccessAsUser.All, SMTP.Send and offline_access, so that I can set up %1. The consent page is https://login.microsoftonline.com/organizations/v2.0/adminconsent?client_id=&lt;application-id&gt; with the application&apos;s ID in place of &lt;application-id&gt;.</source>
        <translation>Bitte erteilen Sie der Anwendung Mail Setup die Administratorzustimmung für die delegierten Berechtigungen IMAP.AccessAsUser.All, SMTP.Send und offline_access, damit ich %1 einrichten kann. Die Zustimmungsseite ist https://login.microsoftonline.com/organizations/v2.0/adminconsent?client_id=&lt;application-id&gt;, mit der ID der Anwendung anstelle von &lt;application-id&gt;.</translation>
    </message>
    <message>
        <source>Microsoft says that the application I use for my mailbox %1 is switched off for our organisation. Please switch it on again: Microsoft Entra admin center, Enterprise applications, the application with the ID below, Properties, &quot;Enabled for users to sign-in&quot;: Yes. The commands below do the same.</source>
        <translation>Microsoft meldet, dass die Anwendung, die ich für mein Postfach %1 verwende, für unsere Organisation deaktiviert ist. Bitte aktivieren Sie sie wieder: Microsoft Entra Admin Center, Unternehmensanwendungen, die Anwendung mit der ID unten, Eigenschaften, „Aktiviert für die Anmeldung durch Benutzer?“: Ja. Die Befehle unten tun dasselbe.</translation>
    </message>
    <message>
        <source>Microsoft says that the application I use for my mailbox %1 is switched off for our organisation. Please switch it on again: Microsoft Entra admin center, Enterprise applications, the application that the error names, Properties, &quot;Enabled for users to sign-in&quot;: Yes. The commands below do the same, with its ID in place of &lt;application-id&gt;.</source>
        <translation>Microsoft meldet, dass die Anwendung, die ich für mein Postfach %1 verwende, für unsere Organisation deaktiviert ist. Bitte aktivieren Sie sie wieder: Microsoft Entra Admin Center, Unternehmensanwendungen, die Anwendung, die der Fehler nennt, Eigenschaften, „Aktiviert für die Anmeldung durch Benutzer?“: Ja. Die Befehle unten tun dasselbe, mit ihrer ID anstelle von &lt;application-id&gt;.</translation>
    </message>
    <message>
        <source>Security defaults are switched on in our organisation, so Exchange Online refuses the device or app that sends as %1 with a password, whatever the SMTP AUTH setting. If it cannot sign in with OAuth, please replace the security defaults with Conditional Access policies (Microsoft Entra admin center: Overview, Properties, Manage security defaults) and allow SMTP AUTH for this mailbox only with the command below. Exchange Online stops taking passwords for sending by default from the end of December 2026, so a relay or a connector for the device lasts longer.</source>
        <translation>In unserer Organisation sind die Sicherheitsstandards eingeschaltet. Deshalb weist Exchange Online das Gerät oder die App, die als %1 mit einem Passwort sendet, ab, unabhängig von der Einstellung für SMTP AUTH. Wenn es sich nicht mit OAuth anmelden kann, ersetzen Sie bitte die Sicherheitsstandards durch Richtlinien für bedingten Zugriff (Microsoft Entra Admin Center: Übersicht, Eigenschaften, Sicherheitsstandards verwalten) und erlauben Sie SMTP AUTH nur für dieses Postfach mit dem Befehl unten. Exchange Online nimmt ab Ende Dezember 2026 standardmäßig keine Passwörter zum Senden mehr an; ein Relay oder ein Connector für das Gerät hält daher länger.</translation>
    </message>
    <message>
        <source>Our organisation rejects direct send (RejectDirectSend is on), so mail that a device or app sends to our mailboxes without signing in, as %1, is turned away with 550 5.7.68. Please create a partner inbound connector for the device&apos;s public IP address or certificate so that its mail is accepted, or, if the organisation prefers, allow direct send again with the command below.</source>
        <translation>Unsere Organisation lehnt Direktversand ab (RejectDirectSend ist eingeschaltet). Deshalb wird E-Mail, die ein Gerät oder eine App ohne Anmeldung als %1 an unsere Postfächer sendet, mit 550 5.7.68 abgewiesen. Bitte legen Sie einen eingehenden Partner-Connector für die öffentliche IP-Adresse oder das Zertifikat des Geräts an, damit seine E-Mails angenommen werden, oder erlauben Sie, wenn die Organisation das vorzieht, den Direktversand mit dem Befehl unten wieder.</translation>
    </message>
    <message>
        <source>Please give my account %1 the Send As permission for the address it has to send from, for example a shared mailbox, with the command below (the other address in place of &lt;address to send from&gt;). A change can take up to an hour to work.</source>
        <translation>Bitte geben Sie meinem Konto %1 mit dem Befehl unten die Berechtigung „Senden als“ für die Adresse, von der es senden muss, zum Beispiel ein freigegebenes Postfach (die andere Adresse anstelle von &lt;address to send from&gt;). Eine Änderung kann bis zu einer Stunde brauchen, bis sie wirkt.</translation>
    </message>
    <message>
        <source>Microsoft 365 has stopped my mailbox %1 from sending, as a restricted sender. Please check the account for misuse first (reset its password, end its sessions, look for inbox rules and forwarding that nobody set up), then release it in the Microsoft Defender portal under Restricted entities, or with the commands below.</source>
        <translation>Microsoft 365 hat mein Postfach %1 als eingeschränkten Absender für das Senden gesperrt. Bitte prüfen Sie das Konto zuerst auf Missbrauch (Passwort zurücksetzen, Sitzungen beenden, nach Posteingangsregeln und Weiterleitungen suchen, die niemand eingerichtet hat) und geben Sie es dann im Microsoft Defender-Portal unter „Eingeschränkte Entitäten“ oder mit den Befehlen unten frei.</translation>
    </message>
    <message>
        <source>My account %1 is locked or switched off, so I cannot sign in. Please look up the sign-in in the Entra sign-in logs (error 50053 for a lock, 50057 for an account that is switched off) and, if it is safe, unlock it: a lock after wrong passwords passes by itself, a block for risk ends when the user&apos;s risk is dismissed or the password is reset, and an account that was switched off is switched on with the command below.</source>
        <translation>Mein Konto %1 ist gesperrt oder deaktiviert, daher kann ich mich nicht anmelden. Bitte suchen Sie die Anmeldung in den Entra-Anmeldeprotokollen (Fehler 50053 für eine Sperre, 50057 für ein deaktiviertes Konto) und entsperren Sie das Konto, wenn es sicher ist: Eine Sperre nach falschen Passwörtern endet von selbst, eine Sperre wegen Risiko endet, wenn das Risiko des Benutzers verworfen oder das Passwort zurückgesetzt wird, und ein deaktiviertes Konto wird mit dem Befehl unten wieder aktiviert.</translation>
    </message>
</context>
<context>
    <name>CheckPage</name>
    <message>
        <source>Incoming mail (IMAP)</source>
        <translation>Posteingang (IMAP)</translation>
    </message>
    <message>
        <source>Outgoing mail (SMTP)</source>
        <translation>Postausgang (SMTP)</translation>
    </message>
    <message>
        <source>Checking your account</source>
        <translation>Ihr Konto wird geprüft</translation>
    </message>
    <message>
        <source>Send a test &amp;message to myself</source>
        <translation>Eine &amp;Testnachricht an mich selbst senden</translation>
    </message>
    <message>
        <source>Sends one short message to your own address and looks for it in your inbox, to prove that mail really comes and goes.</source>
        <translation>Sendet eine kurze Nachricht an Ihre eigene Adresse und sucht sie in Ihrem Posteingang, um zu zeigen, dass E-Mails wirklich ankommen und abgehen.</translation>
    </message>
    <message>
        <source>Shows or hides what the servers said at each step.</source>
        <translation>Blendet ein oder aus, was die Server bei jedem Schritt geantwortet haben.</translation>
    </message>
    <message>
        <source>Save a re&amp;port for the helpdesk…</source>
        <translation>&amp;Bericht für den Helpdesk speichern…</translation>
    </message>
    <message>
        <source>Mail Setup signs in to your mailbox the way a mail app does, for incoming and for outgoing mail.</source>
        <translation>Mail Setup meldet sich so an Ihrem Postfach an, wie es eine E-Mail-App tut, für den Posteingang und für den Postausgang.</translation>
    </message>
    <message>
        <source>Checking incoming and outgoing mail. This takes up to a minute.</source>
        <translation>Posteingang und Postausgang werden geprüft. Das dauert bis zu einer Minute.</translation>
    </message>
    <message>
        <source>The test message reached your inbox in %1 seconds.</source>
        <translatorcomment>%1 is a decimal number such as 2.5, so there is no plural form.</translatorcomment>
        <translation>Die Testnachricht ist nach %1 Sekunden in Ihrem Posteingang angekommen.</translation>
    </message>
    <message>
        <source>The test message was sent, but it did not show up in your inbox in time.</source>
        <translation>Die Testnachricht wurde gesendet, ist aber nicht rechtzeitig in Ihrem Posteingang erschienen.</translation>
    </message>
    <message>
        <source>A message for your IT administrator is on the clipboard. Paste it into an email or a support ticket.</source>
        <translation>Eine Nachricht für Ihren IT-Administrator ist in der Zwischenablage. Fügen Sie sie in eine E-Mail oder ein Support-Ticket ein.</translation>
    </message>
    <message>
        <source>Hide server &amp;replies</source>
        <translation>&amp;Server-Antworten ausblenden</translation>
    </message>
    <message>
        <source>Show server &amp;replies</source>
        <translation>&amp;Server-Antworten einblenden</translation>
    </message>
    <message>
        <source>Hide server replies</source>
        <translation>Server-Antworten ausblenden</translation>
    </message>
    <message>
        <source>Show server replies</source>
        <translation>Server-Antworten einblenden</translation>
    </message>
    <message>
        <source>&amp;Check again</source>
        <translation>Erneut &amp;prüfen</translation>
    </message>
    <message>
        <source>Checks incoming and outgoing mail once more.</source>
        <translation>Prüft Posteingang und Postausgang noch einmal.</translation>
    </message>
    <message>
        <source>Shows or hides each step of the check and how long it took.</source>
        <translation>Blendet jeden Schritt der Prüfung und seine Dauer ein oder aus.</translation>
    </message>
    <message>
        <source>&amp;Finish with incoming mail only</source>
        <translation>Nur mit Posteingang &amp;abschließen</translation>
    </message>
    <message>
        <source>Saves this account as it is, so that you can read your mail now. Check again once sending has been switched on.</source>
        <translation>Speichert dieses Konto so, wie es ist, damit Sie Ihre E-Mails jetzt schon lesen können. Prüfen Sie erneut, sobald das Senden eingeschaltet wurde.</translation>
    </message>
    <message>
        <source>Checking incoming and outgoing mail and sending a test message to yourself. This takes up to a minute.</source>
        <translation>Posteingang und Postausgang werden geprüft, und eine Testnachricht wird an Sie selbst gesendet. Das dauert bis zu einer Minute.</translation>
    </message>
    <message>
        <source>Your account works</source>
        <translation>Ihr Konto funktioniert</translation>
    </message>
    <message>
        <source>Not everything works yet</source>
        <translation>Noch funktioniert nicht alles</translation>
    </message>
    <message>
        <source>Below is what went wrong and what to do about it.</source>
        <translation>Unten steht, was schiefgegangen ist und was Sie dagegen tun können.</translation>
    </message>
    <message>
        <source>Incoming mail was not checked.</source>
        <translation>Der Posteingang wurde nicht geprüft.</translation>
    </message>
    <message>
        <source>Incoming mail works.</source>
        <translation>Der Posteingang funktioniert.</translation>
    </message>
    <message>
        <source>Incoming mail does not work yet.</source>
        <translation>Der Posteingang funktioniert noch nicht.</translation>
    </message>
    <message>
        <source>Outgoing mail was not checked.</source>
        <translation>Der Postausgang wurde nicht geprüft.</translation>
    </message>
    <message>
        <source>Outgoing mail works.</source>
        <translation>Der Postausgang funktioniert.</translation>
    </message>
    <message>
        <source>Outgoing mail does not work yet.</source>
        <translation>Der Postausgang funktioniert noch nicht.</translation>
    </message>
    <message>
        <source>Hide the &amp;steps</source>
        <translation>Sc&amp;hritte ausblenden</translation>
    </message>
    <message>
        <source>Show the &amp;steps and their times</source>
        <translation>Sc&amp;hritte und ihre Dauer einblenden</translation>
    </message>
    <message>
        <source>Hide the steps</source>
        <translation>Schritte ausblenden</translation>
    </message>
    <message>
        <source>Show the steps and their times</source>
        <translation>Schritte und ihre Dauer einblenden</translation>
    </message>
    <message>
        <source>Saves what Mail Setup did and found as a web page, without any password or token, for whoever helps you with your mail.</source>
        <translation>Speichert, was Mail Setup getan und gefunden hat, als Webseite, ohne Passwort oder Token, für die Person, die Ihnen mit Ihren E-Mails hilft.</translation>
    </message>
</context>
<context>
    <name>CommandBlock</name>
    <message>
        <source>Read only. Each line is one whole command; the Copy button beside it copies them exactly.</source>
        <translation>Nur lesbar. Jede Zeile ist ein ganzer Befehl; die Schaltfläche Kopieren daneben kopiert sie genau so.</translation>
    </message>
    <message>
        <source>Puts the commands on the clipboard, exactly as shown.</source>
        <translation>Legt die Befehle genau so, wie sie angezeigt werden, in die Zwischenablage.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>There is no display to show the Mail Setup window on. Use one of the commands below instead.</source>
        <translation>Es gibt keinen Bildschirm, auf dem Mail Setup sein Fenster zeigen kann. Verwenden Sie stattdessen einen der folgenden Befehle.</translation>
    </message>
    <message>
        <source>Unknown command: %1</source>
        <translation>Unbekannter Befehl: %1</translation>
    </message>
    <message>
        <source>Run &quot;mailsetup --help&quot; for help.</source>
        <translation>Hilfe gibt es mit „mailsetup --help“.</translation>
    </message>
    <message>
        <source>Usage: mailsetup %1 [options]</source>
        <translation>Aufruf: mailsetup %1 [Optionen]</translation>
    </message>
    <message>
        <source>A built-in provider: outlook (personal) or microsoft365 (work or school).</source>
        <translation>Ein eingebauter Anbieter: outlook (privat) oder microsoft365 (Unternehmen, Schule oder Universität).</translation>
    </message>
    <message>
        <source>id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>A provider profile file (JSON) to use instead.</source>
        <translation>Eine Anbieterdatei (JSON), die stattdessen verwendet wird.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Unknown provider &quot;%1&quot;. Known providers: %2.</source>
        <translation>Unbekannter Anbieter „%1“. Bekannte Anbieter: %2.</translation>
    </message>
    <message>
        <source>The saved settings of %1 name an unknown provider &quot;%2&quot;. Sign in again.</source>
        <translation>Die gespeicherten Einstellungen von %1 nennen einen unbekannten Anbieter „%2“. Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>The access token file %1 cannot be read.</source>
        <translation>Die Zugriffstoken-Datei %1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The access token file %1 is too large to hold an access token.</source>
        <translation>Die Zugriffstoken-Datei %1 ist zu groß für ein Zugriffstoken.</translation>
    </message>
    <message>
        <source>The access token file %1 is empty.</source>
        <translation>Die Zugriffstoken-Datei %1 ist leer.</translation>
    </message>
    <message>
        <source>The access token file %1 does not hold one access token.</source>
        <translation>Die Zugriffstoken-Datei %1 enthält nicht genau ein Zugriffstoken.</translation>
    </message>
    <message>
        <source>Checks incoming (IMAP) and outgoing (SMTP) mail for an address. Without --access-token-file it uses the sign-in stored by &quot;mailsetup signin&quot;.</source>
        <translation>Prüft Posteingang (IMAP) und Postausgang (SMTP) einer Adresse. Ohne --access-token-file wird die Anmeldung verwendet, die „mailsetup signin“ gespeichert hat.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <source>The e-mail address to check.</source>
        <translation>Die E-Mail-Adresse, die geprüft werden soll.</translation>
    </message>
    <message>
        <source>address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>A file that holds an OAuth2 access token for the address.</source>
        <translation>Eine Datei mit einem OAuth2-Zugriffstoken für die Adresse.</translation>
    </message>
    <message>
        <source>Also send a test message to the address and wait until it arrives.</source>
        <translation>Zusätzlich eine Testnachricht an die Adresse senden und warten, bis sie ankommt.</translation>
    </message>
    <message>
        <source>Print the result as one JSON object.</source>
        <translation>Das Ergebnis als ein einziges JSON-Objekt ausgeben.</translation>
    </message>
    <message>
        <source>Write what was said with each server to this file, secrets removed.</source>
        <translation>Ein Protokoll des Austauschs mit jedem Server in diese Datei schreiben, ohne Zugangsdaten.</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Unerwartetes Argument: %1</translation>
    </message>
    <message>
        <source>Give the address to check with --email.</source>
        <translation>Geben Sie die zu prüfende Adresse mit --email an.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-mail address.</source>
        <translation>„%1“ ist keine E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>Checking %1 on %2 …</source>
        <translation>%1 wird bei %2 geprüft …</translation>
    </message>
    <message>
        <source>The transcript file %1 cannot be written.</source>
        <translation>Die Protokolldatei %1 kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Explains an error message: what it means, what to do and who can do it. Give the message as arguments, or - to read it from standard input.</source>
        <translation>Erklärt eine Fehlermeldung: was sie bedeutet, was zu tun ist und wer es tun kann. Geben Sie die Meldung als Argumente an, oder „-“, um sie von der Standardeingabe zu lesen.</translation>
    </message>
    <message>
        <source>The error message.</source>
        <translation>Die Fehlermeldung.</translation>
    </message>
    <message>
        <source>TEXT…</source>
        <translation>TEXT…</translation>
    </message>
    <message>
        <source>Standard input cannot be read.</source>
        <translation>Die Standardeingabe kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Give the error message to explain.</source>
        <translation>Geben Sie die Fehlermeldung an, die erklärt werden soll.</translation>
    </message>
    <message>
        <source>Who can fix it: %1</source>
        <translation>Wer es beheben kann: %1</translation>
    </message>
    <message>
        <source>Diagnosis code: %1</source>
        <translation>Diagnosecode: %1</translation>
    </message>
    <message>
        <source>[y/N]</source>
        <translatorcomment>Keep y: the command reads the answer as yes only when it starts with y or Y.</translatorcomment>
        <translation>[y/N]</translation>
    </message>
    <message>
        <source>Signs in with Microsoft in your browser and keeps the sign-in in the keychain, so that Mail Setup, msmtp, isync and neomutt can use the mailbox.</source>
        <translation>Meldet Sie im Browser bei Microsoft an und bewahrt die Anmeldung im Schlüsselbund auf, damit Mail Setup, msmtp, isync und neomutt das Postfach nutzen können.</translation>
    </message>
    <message>
        <source>The e-mail address to set up.</source>
        <translation>Die E-Mail-Adresse, die eingerichtet werden soll.</translation>
    </message>
    <message>
        <source>The application (client) ID registered in Microsoft Entra.</source>
        <translation>Die in Microsoft Entra registrierte Anwendungs-ID (Client-ID).</translation>
    </message>
    <message>
        <source>Do not open a browser: print the sign-in address and wait.</source>
        <translation>Keinen Browser öffnen: die Adresse der Anmeldeseite ausgeben und warten.</translation>
    </message>
    <message>
        <source>How long to wait for the browser, in seconds (default 300).</source>
        <translation>Wie lange auf den Browser gewartet wird, in Sekunden (Standard: 300).</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>Sekunden</translation>
    </message>
    <message>
        <source>Give the address to set up with --email.</source>
        <translation>Geben Sie die einzurichtende Adresse mit --email an.</translation>
    </message>
    <message>
        <source>--timeout takes a number of seconds from 10 to 3600.</source>
        <translation>--timeout erwartet eine Zahl von Sekunden zwischen 10 und 3600.</translation>
    </message>
    <message>
        <source>Sign in anyway, keeping the sign-in only until this command ends?</source>
        <translation>Trotzdem anmelden und die Anmeldung nur bis zum Ende dieses Befehls aufbewahren?</translation>
    </message>
    <message>
        <source>Your browser opens Microsoft&apos;s sign-in page. If it does not, open this address:</source>
        <translation>Ihr Browser öffnet die Anmeldeseite von Microsoft. Falls nicht, öffnen Sie diese Adresse:</translation>
    </message>
    <message>
        <source>Open this address in a browser to sign in:</source>
        <translation>Öffnen Sie diese Adresse in einem Browser, um sich anzumelden:</translation>
    </message>
    <message>
        <source>Details for the helpdesk: %1</source>
        <translation>Details für den Helpdesk: %1</translation>
    </message>
    <message>
        <source>You signed in as %1, but you are setting up %2.</source>
        <translation>Sie haben sich als %1 angemeldet, richten aber %2 ein.</translation>
    </message>
    <message>
        <source>Run the sign-in again and choose %1 in the browser; if the browser picks %2 by itself, choose &quot;Use another account&quot; there.</source>
        <translation>Melden Sie sich erneut an und wählen Sie im Browser %1; wenn der Browser von selbst %2 auswählt, wählen Sie dort „Anderes Konto verwenden“.</translation>
    </message>
    <message>
        <source>The account settings could not be saved in %1.</source>
        <translation>Die Kontoeinstellungen konnten nicht in %1 gespeichert werden.</translation>
    </message>
    <message>
        <source>Signed in as %1 (personal Microsoft account).</source>
        <translation>Angemeldet als %1 (privates Microsoft-Konto).</translation>
    </message>
    <message>
        <source>Signed in as %1 (work or school account).</source>
        <translation>Angemeldet als %1 (Geschäfts-, Schul- oder Unikonto).</translation>
    </message>
    <message>
        <source>The sign-in is kept in %1.</source>
        <translatorcomment>%1 is where the sign-in is kept, translated as a place with its preposition (KeychainSecretStore: &quot;im macOS-Schlüsselbund&quot;).</translatorcomment>
        <translation>Die Anmeldung wird %1 aufbewahrt.</translation>
    </message>
    <message>
        <source>The sign-in was not saved: it ends with this command.</source>
        <translation>Die Anmeldung wurde nicht gespeichert und endet mit diesem Befehl.</translation>
    </message>
    <message>
        <source>Prints a fresh access token for a signed-in address on standard output, renewing it when needed. For msmtp, isync and neomutt.</source>
        <translation>Gibt ein frisches Zugriffstoken für eine angemeldete Adresse auf der Standardausgabe aus und erneuert es bei Bedarf. Für msmtp, isync und neomutt.</translation>
    </message>
    <message>
        <source>The signed-in e-mail address.</source>
        <translation>Die angemeldete E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>Give the signed-in address with --email.</source>
        <translation>Geben Sie die angemeldete Adresse mit --email an.</translation>
    </message>
    <message>
        <source>Removes an address&apos;s sign-in from the keychain and its settings from this computer.</source>
        <translation>Entfernt die Anmeldung einer Adresse aus dem Schlüsselbund und ihre Einstellungen von diesem Computer.</translation>
    </message>
    <message>
        <source>The e-mail address to forget.</source>
        <translation>Die E-Mail-Adresse, die vergessen werden soll.</translation>
    </message>
    <message>
        <source>Give the address to forget with --email.</source>
        <translation>Geben Sie die zu vergessende Adresse mit --email an.</translation>
    </message>
    <message>
        <source>Nothing is saved for %1.</source>
        <translation>Für %1 ist nichts gespeichert.</translation>
    </message>
    <message>
        <source>The account settings in %1 could not be changed.</source>
        <translation>Die Kontoeinstellungen in %1 konnten nicht geändert werden.</translation>
    </message>
    <message>
        <source>Mail Setup forgot %1: its sign-in and settings are removed from this computer.</source>
        <translation>Mail Setup hat %1 vergessen: Anmeldung und Einstellungen sind von diesem Computer entfernt.</translation>
    </message>
    <message>
        <source>%1 is not signed in on this computer. Sign in first with: mailsetup signin --email %1</source>
        <translation>%1 ist auf diesem Computer nicht angemeldet. Melden Sie sich zuerst an mit: mailsetup signin --email %1</translation>
    </message>
    <message>
        <source>Sign in again with: mailsetup signin --email %1</source>
        <translation>Melden Sie sich erneut an mit: mailsetup signin --email %1</translation>
    </message>
    <message>
        <source>The keychain is locked, so Mail Setup cannot read your sign-in. Unlock it (for example by logging in to the desktop, or with your keyring&apos;s password) and try again.</source>
        <translation>Der Schlüsselbund ist gesperrt, daher kann Mail Setup Ihre Anmeldung nicht lesen. Entsperren Sie ihn (zum Beispiel, indem Sie sich am Desktop anmelden, oder mit dem Passwort Ihres Schlüsselbunds) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>No keychain is available, so Mail Setup cannot read your sign-in. Start your desktop&apos;s keyring (such as GNOME Keyring or KWallet), or install one, and try again.</source>
        <translation>Es ist kein Schlüsselbund verfügbar, daher kann Mail Setup Ihre Anmeldung nicht lesen. Starten Sie den Schlüsselbund Ihres Desktops (etwa GNOME Keyring oder KWallet) oder installieren Sie einen, und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The keychain could not be used.</source>
        <translation>Der Schlüsselbund konnte nicht verwendet werden.</translation>
    </message>
    <message>
        <source>Mail Setup</source>
        <translation>Mail Setup</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-mail address. %2</source>
        <translation>„%1“ ist keine E-Mail-Adresse. %2</translation>
    </message>
    <message>
        <source>Microsoft knows this account as %1; mail apps sign in to the mailbox as %2.</source>
        <translation>Microsoft kennt dieses Konto als %1; E-Mail-Programme melden sich beim Postfach als %2 an.</translation>
    </message>
    <message>
        <source>Sign in with Microsoft in your browser and keep the sign-in in the keychain.</source>
        <translation>Im Browser bei Microsoft anmelden und die Anmeldung im Schlüsselbund aufbewahren.</translation>
    </message>
    <message>
        <source>Check incoming (IMAP) and outgoing (SMTP) mail for an address.</source>
        <translation>Posteingang (IMAP) und Postausgang (SMTP) einer Adresse prüfen.</translation>
    </message>
    <message>
        <source>Print a fresh access token for a signed-in address (for msmtp, isync, neomutt).</source>
        <translation>Ein frisches Zugriffstoken für eine angemeldete Adresse ausgeben (für msmtp, isync, neomutt).</translation>
    </message>
    <message>
        <source>Remove an address&apos;s sign-in and settings from this computer.</source>
        <translation>Anmeldung und Einstellungen einer Adresse von diesem Computer entfernen.</translation>
    </message>
    <message>
        <source>Explain an error message that a device or mail app showed.</source>
        <translation>Eine Fehlermeldung erklären, die ein Gerät oder E-Mail-Programm angezeigt hat.</translation>
    </message>
    <message>
        <source>Usage: mailsetup [COMMAND] [OPTIONS]</source>
        <translation>Aufruf: mailsetup [BEFEHL] [OPTIONEN]</translation>
    </message>
    <message>
        <source>Sets up an Outlook.com or Microsoft 365 mailbox and proves that it works.</source>
        <translation>Richtet ein Postfach bei Outlook.com oder Microsoft 365 ein und beweist, dass es funktioniert.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Befehle:</translation>
    </message>
    <message>
        <source>Run &quot;mailsetup COMMAND --help&quot; for the options of a command.</source>
        <translation>„mailsetup BEFEHL --help“ zeigt die Optionen eines Befehls.</translation>
    </message>
    <message>
        <source>The address of the mailbox, for the advice and the administrator&apos;s commands.</source>
        <translation>Die Adresse des Postfachs, für die Ratschläge und die Befehle des Administrators.</translation>
    </message>
    <message>
        <source>The kind of account: personal (Outlook.com, Hotmail, Live) or work (work or school). Default: what the address tells, else advice for either.</source>
        <translation>Die Art des Kontos: personal (Outlook.com, Hotmail, Live) oder work (Geschäfts-, Schul- oder Unikonto). Standard: was die Adresse verrät, sonst Ratschläge für beide.</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>The application (client) ID the administrator&apos;s request names.</source>
        <translation>Die Anwendungs-ID (Client-ID), die die Anfrage an den Administrator nennt.</translation>
    </message>
    <message>
        <source>Unknown kind &quot;%1&quot;. Use personal or work.</source>
        <translation>Unbekannte Kontoart „%1“. Verwenden Sie personal oder work.</translation>
    </message>
    <message>
        <source>The advice differs for personal and for work or school accounts: add --kind personal or --kind work, or --email with the address.</source>
        <translation>Die Ratschläge unterscheiden sich für private Konten und für Geschäfts-, Schul- oder Unikonten: Geben Sie --kind personal oder --kind work an, oder --email mit der Adresse.</translation>
    </message>
    <message>
        <source>For your IT administrator:</source>
        <translation>Für Ihren IT-Administrator:</translation>
    </message>
    <message numerus="yes">
        <source>Waiting for the sign-in to finish (time limit: %n minute(s)) …</source>
        <translation>
            <numerusform>Warten auf das Ende der Anmeldung (Zeitlimit: %n Minute) …</numerusform>
            <numerusform>Warten auf das Ende der Anmeldung (Zeitlimit: %n Minuten) …</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Waiting for the sign-in to finish (time limit: %n second(s)) …</source>
        <translation>
            <numerusform>Warten auf das Ende der Anmeldung (Zeitlimit: %n Sekunde) …</numerusform>
            <numerusform>Warten auf das Ende der Anmeldung (Zeitlimit: %n Sekunden) …</numerusform>
        </translation>
    </message>
    <message>
        <source>Warning: the renewed sign-in could not be saved in the keychain, so you may have to sign in again next time. %1</source>
        <translation>Warnung: Die erneuerte Anmeldung konnte nicht im Schlüsselbund gespeichert werden; Sie müssen sich beim nächsten Mal eventuell erneut anmelden. %1</translation>
    </message>
    <message>
        <source>Technical detail: %1</source>
        <translation>Technische Einzelheit: %1</translation>
    </message>
    <message numerus="yes">
        <source>The keychain did not answer within %n second(s), so Mail Setup cannot use your sign-in. It may be waiting for a password prompt that is hidden behind other windows, or it is stuck: unlock it, or log out and in again, and try again.</source>
        <translation>
            <numerusform>Der Schlüsselbund hat nicht innerhalb von %n Sekunde geantwortet, daher kann Mail Setup Ihre Anmeldung nicht verwenden. Vielleicht wartet er auf eine Passwortabfrage, die hinter anderen Fenstern verborgen ist, oder er hängt: Entsperren Sie ihn oder melden Sie sich ab und wieder an, und versuchen Sie es erneut.</numerusform>
            <numerusform>Der Schlüsselbund hat nicht innerhalb von %n Sekunden geantwortet, daher kann Mail Setup Ihre Anmeldung nicht verwenden. Vielleicht wartet er auf eine Passwortabfrage, die hinter anderen Fenstern verborgen ist, oder er hängt: Entsperren Sie ihn oder melden Sie sich ab und wieder an, und versuchen Sie es erneut.</numerusform>
        </translation>
    </message>
    <message>
        <source>The option --lang needs a language code: %1.</source>
        <translation>Die Option --lang braucht einen Sprachcode: %1.</translation>
    </message>
    <message>
        <source>Mail Setup does not speak the language &quot;%1&quot;. Choose one of: %2.</source>
        <translation>Mail Setup spricht die Sprache „%1“ nicht. Wählen Sie eine von: %2.</translation>
    </message>
    <message>
        <source>The language of Mail Setup (%1) instead of the system&apos;s.</source>
        <translation>Die Sprache von Mail Setup (%1) statt der des Systems.</translation>
    </message>
    <message>
        <source>code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Options of the window and of every command:</source>
        <translation>Optionen des Fensters und jedes Befehls:</translation>
    </message>
    <message>
        <source>Print an address&apos;s server settings for another mail app (text, JSON or autoconfig XML).</source>
        <translation>Die Servereinstellungen einer Adresse für ein anderes E-Mail-Programm ausgeben (Text, JSON oder Autoconfig-XML).</translation>
    </message>
    <message>
        <source>Let a printer, scanner or old program that only knows a password send through the account.</source>
        <translation>Einen Drucker, einen Scanner oder ein altes Programm, das nur ein Passwort kennt, über das Konto senden lassen.</translation>
    </message>
    <message>
        <source>No application (client) ID is built in: signing in needs --client-id with the ID your IT department registered in Microsoft Entra, or a provider file that names one (docs/app-registration.md). Packagers build Mail Setup with -DMAILSETUP_CLIENT_ID=ID.</source>
        <translation>Es ist keine Anwendungs-ID (Client-ID) eingebaut: Für die Anmeldung ist --client-id mit der ID nötig, die Ihre IT-Abteilung in Microsoft Entra registriert hat, oder eine Anbieterdatei, die eine ID enthält (docs/app-registration.md). Wer Mail Setup paketiert, erstellt es mit -DMAILSETUP_CLIENT_ID=ID.</translation>
    </message>
    <message>
        <source>Application (client) ID built in: %1</source>
        <translation>Eingebaute Anwendungs-ID (Client-ID): %1</translation>
    </message>
    <message>
        <source>A preset file (JSON) with what your organisation decided; without it the system-wide preset applies, if there is one.</source>
        <translation>Eine Vorgabedatei (JSON) mit dem, was Ihre Organisation festgelegt hat; ohne sie gilt die systemweite Vorgabe, falls es eine gibt.</translation>
    </message>
    <message>
        <source>Do not send a test message, even if the preset asks for one.</source>
        <translation>Keine Testnachricht senden, auch wenn die Vorgabe eine verlangt.</translation>
    </message>
    <message>
        <source>Write a helpdesk report to this file (HTML) and beside it as JSON, secrets removed.</source>
        <translation>Einen Bericht für den Helpdesk in diese Datei (HTML) und daneben als JSON schreiben, ohne Zugangsdaten.</translation>
    </message>
    <message>
        <source>Give either --send-test or --no-send-test, not both.</source>
        <translation>Geben Sie entweder --send-test oder --no-send-test an, nicht beides.</translation>
    </message>
    <message>
        <source>Mail Setup has no application (client) ID to sign in with. Microsoft only lets registered applications read mail. Give the ID with --client-id, in a preset, or in the provider file&apos;s &quot;oauth&quot; settings; docs/app-registration.md says how an IT department registers Mail Setup and gets one.</source>
        <translation>Mail Setup hat keine Anwendungs-ID (Client-ID), mit der es sich anmelden kann. Microsoft lässt nur registrierte Anwendungen E-Mails lesen. Geben Sie die ID mit --client-id an, in einer Vorgabe oder in den „oauth“-Einstellungen der Anbieterdatei; in docs/app-registration.md steht, wie eine IT-Abteilung Mail Setup registriert und eine ID erhält.</translation>
    </message>
    <message>
        <source>Prints the server settings of an address for another mail app: the account&apos;s saved settings, else those of its provider. Nothing is looked up on the network.</source>
        <translation>Gibt die Servereinstellungen einer Adresse für ein anderes E-Mail-Programm aus: die gespeicherten Einstellungen des Kontos, sonst die seines Anbieters. Im Netzwerk wird nichts nachgeschlagen.</translation>
    </message>
    <message>
        <source>The e-mail address.</source>
        <translation>Die E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>text (default), json, or autoconfig (the Mozilla autoconfig XML that Thunderbird reads).</source>
        <translation>text (Standard), json oder autoconfig (das Autoconfig-XML von Mozilla, das Thunderbird liest).</translation>
    </message>
    <message>
        <source>format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>--format takes text, json or autoconfig.</source>
        <translation>--format erwartet text, json oder autoconfig.</translation>
    </message>
    <message>
        <source>Give the address with --email.</source>
        <translation>Geben Sie die Adresse mit --email an.</translation>
    </message>
    <message>
        <source>No account is signed in on this computer. Sign in first with: mailsetup signin --email ADDRESS</source>
        <translation>Auf diesem Computer ist kein Konto angemeldet. Melden Sie sich zuerst an mit: mailsetup signin --email ADRESSE</translation>
    </message>
    <message>
        <source>Several accounts are signed in on this computer: choose one with --email.</source>
        <translation>Auf diesem Computer sind mehrere Konten angemeldet: Wählen Sie eines mit --email.</translation>
    </message>
    <message>
        <source>--listen takes an address and a port, such as 127.0.0.1:2525, 192.168.1.10:587 or [::1]:2525; %1 is not one.</source>
        <translation>--listen erwartet eine Adresse und einen Port, etwa 127.0.0.1:2525, 192.168.1.10:587 oder [::1]:2525; %1 ist keine solche Angabe.</translation>
    </message>
    <message>
        <source>--allow takes a network, such as 192.168.1.0/24, or one address; %1 is not one.</source>
        <translation>--allow erwartet ein Netzwerk, etwa 192.168.1.0/24, oder eine einzelne Adresse; %1 ist keine solche Angabe.</translation>
    </message>
    <message>
        <source>A relay on %1, which other computers can reach, needs --allow with the networks of the devices it serves, such as --allow 192.168.1.0/24.</source>
        <translation>Ein Relay auf %1, das andere Computer erreichen können, braucht --allow mit den Netzwerken der Geräte, die es bedient, etwa --allow 192.168.1.0/24.</translation>
    </message>
    <message>
        <source>The signed-in address the relay sends as (default: the only one signed in).</source>
        <translation>Die angemeldete Adresse, als die das Relay sendet (Standard: die einzige angemeldete).</translation>
    </message>
    <message>
        <source>Where the relay listens (default: 127.0.0.1:2525, this computer only).</source>
        <translation>Wo das Relay auf Verbindungen wartet (Standard: 127.0.0.1:2525, nur dieser Computer).</translation>
    </message>
    <message>
        <source>address:port</source>
        <translation>Adresse:Port</translation>
    </message>
    <message>
        <source>A network whose devices the relay serves, such as 192.168.1.0/24; needed with a network address for --listen, and may be given more than once.</source>
        <translation>Ein Netzwerk, dessen Geräte das Relay bedient, etwa 192.168.1.0/24. Nötig, wenn --listen eine Netzwerkadresse nennt; die Option kann mehrmals angegeben werden.</translation>
    </message>
    <message>
        <source>network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <source>Take passwords without STARTTLS from other computers too (only for old devices on a trusted network).</source>
        <translation>Passwörter ohne STARTTLS auch von anderen Computern annehmen (nur für alte Geräte in einem vertrauenswürdigen Netzwerk).</translation>
    </message>
    <message>
        <source>A device name has 1 to 64 letters, digits, dots, dashes or underscores, such as scanner or printer-2nd-floor.</source>
        <translation>Ein Gerätename besteht aus 1 bis 64 Buchstaben, Ziffern, Punkten, Bindestrichen oder Unterstrichen, etwa scanner oder printer-2nd-floor.</translation>
    </message>
    <message>
        <source>The device %1 has a new password; the old one no longer works.</source>
        <translation>Das Gerät %1 hat ein neues Passwort; das alte funktioniert nicht mehr.</translation>
    </message>
    <message>
        <source>The device %1 may now send through the relay.</source>
        <translation>Das Gerät %1 darf jetzt über das Relay senden.</translation>
    </message>
    <message>
        <source>Enter these in the device. The password is shown only now: Mail Setup keeps only a hash of it.</source>
        <translation>Geben Sie diese Angaben im Gerät ein. Das Passwort wird nur jetzt angezeigt: Mail Setup bewahrt nur einen Hash davon auf.</translation>
    </message>
    <message>
        <source>SMTP server: %1</source>
        <translation>SMTP-Server: %1</translation>
    </message>
    <message>
        <source>Port: %1</source>
        <translation>Portnummer: %1</translation>
    </message>
    <message>
        <source>User name: %1</source>
        <translation>Benutzername: %1</translation>
    </message>
    <message>
        <source>Password: %1</source>
        <translation>Passwort: %1</translation>
    </message>
    <message>
        <source>Sender address: %1</source>
        <translation>Absenderadresse: %1</translation>
    </message>
    <message>
        <source>Security: STARTTLS (the relay takes no password without it).</source>
        <translation>Verbindungssicherheit: STARTTLS (ohne STARTTLS nimmt das Relay kein Passwort an).</translation>
    </message>
    <message>
        <source>Certificate fingerprint (SHA-256), for a device that checks it: %1</source>
        <translation>Fingerabdruck des Zertifikats (SHA-256), für ein Gerät, das ihn prüft: %1</translation>
    </message>
    <message>
        <source>Start the relay with &quot;mailsetup relay&quot;, or for good with &quot;mailsetup relay install-service&quot;.</source>
        <translation>Starten Sie das Relay mit „mailsetup relay“ oder dauerhaft mit „mailsetup relay install-service“.</translation>
    </message>
    <message>
        <source>No device may send through the relay yet. Add one with: mailsetup relay add-device NAME</source>
        <translation>Noch darf kein Gerät über das Relay senden. Fügen Sie eines hinzu mit: mailsetup relay add-device NAME</translation>
    </message>
    <message>
        <source>%1 (added %2)</source>
        <translation>%1 (hinzugefügt am %2)</translation>
    </message>
    <message>
        <source>No device is called %1. See the devices with: mailsetup relay list-devices</source>
        <translation>Kein Gerät heißt %1. Die Geräte sehen Sie mit: mailsetup relay list-devices</translation>
    </message>
    <message>
        <source>The device %1 can no longer send through the relay.</source>
        <translation>Das Gerät %1 kann nicht mehr über das Relay senden.</translation>
    </message>
    <message>
        <source>The relay&apos;s service is in %1.</source>
        <translation>Der Dienst des Relays liegt in %1.</translation>
    </message>
    <message>
        <source>The service could not be started: %1 Start it when you are logged in with: systemctl --user enable --now %2</source>
        <translation>Der Dienst konnte nicht gestartet werden: %1 Starten Sie ihn, wenn Sie angemeldet sind, mit: systemctl --user enable --now %2</translation>
    </message>
    <message>
        <source>The relay runs now, and starts again whenever you log in.</source>
        <translation>Das Relay läuft jetzt und startet bei jeder Anmeldung von Ihnen erneut.</translation>
    </message>
    <message>
        <source>The relay&apos;s service is not installed.</source>
        <translation>Der Dienst des Relays ist nicht installiert.</translation>
    </message>
    <message>
        <source>The service file %1 cannot be removed.</source>
        <translation>Die Dienstdatei %1 kann nicht entfernt werden.</translation>
    </message>
    <message>
        <source>The relay&apos;s service is removed.</source>
        <translation>Der Dienst des Relays wurde entfernt.</translation>
    </message>
    <message>
        <source>The relay sends as %1 through %2 and listens on %3 port %4.</source>
        <translation>Das Relay sendet als %1 über %2 und wartet auf %3, Port %4, auf Verbindungen.</translation>
    </message>
    <message>
        <source>Certificate fingerprint (SHA-256): %1</source>
        <translation>Fingerabdruck des Zertifikats (SHA-256): %1</translation>
    </message>
    <message>
        <source>No device may send yet. Add one with: mailsetup relay add-device NAME</source>
        <translation>Noch darf kein Gerät senden. Fügen Sie eines hinzu mit: mailsetup relay add-device NAME</translation>
    </message>
    <message>
        <source>Stop it with Ctrl+C.</source>
        <translation>Beenden mit Strg+C.</translation>
    </message>
    <message>
        <source>Lets a printer, a scanner or an old program that only knows a user name and a password send mail through a signed-in Outlook.com or Microsoft 365 account. Without an action it runs the relay until stopped.

Actions:
  add-device NAME     give a device its own password (shown once)
  list-devices        the devices that may send
  remove-device NAME  take a device&apos;s password away
  install-service     run the relay whenever you are logged in (systemd)
  remove-service      stop and remove that service</source>
        <translation>Lässt einen Drucker, einen Scanner oder ein altes Programm, das nur einen Benutzernamen und ein Passwort kennt, E-Mails über ein angemeldetes Konto bei Outlook.com oder Microsoft 365 senden. Ohne Aktion läuft das Relay, bis es beendet wird.

Aktionen:
  add-device NAME     einem Gerät ein eigenes Passwort geben (wird einmal angezeigt)
  list-devices        die Geräte, die senden dürfen
  remove-device NAME  einem Gerät sein Passwort wieder entziehen
  install-service     das Relay immer ausführen, wenn Sie angemeldet sind (systemd)
  remove-service      diesen Dienst beenden und entfernen</translation>
    </message>
    <message>
        <source>What to do (see above).</source>
        <translation>Was zu tun ist (siehe oben).</translation>
    </message>
    <message>
        <source>Give the device&apos;s name: mailsetup relay %1 NAME</source>
        <translation>Geben Sie den Namen des Geräts an: mailsetup relay %1 NAME</translation>
    </message>
    <message>
        <source>Unknown action: %1</source>
        <translation>Unbekannte Aktion: %1</translation>
    </message>
    <message>
        <source>When the window closes, write a helpdesk report to this file (HTML) and beside it as JSON.</source>
        <translation>Beim Schließen des Fensters einen Bericht für den Helpdesk in diese Datei (HTML) und daneben als JSON schreiben.</translation>
    </message>
    <message>
        <source>Send through the relay (mailsetup relay) as a device would, with a relay device made for this check and removed after it. Written --through-relay alone for the relay on this computer (127.0.0.1:%1), or --through-relay=HOST:PORT.</source>
        <translation>Über das Relay (mailsetup relay) senden, wie ein Gerät es tut, mit einem Relay-Gerät, das für diese Prüfung angelegt und danach entfernt wird. --through-relay allein für das Relay auf diesem Computer (127.0.0.1:%1), oder --through-relay=HOST:PORT.</translation>
    </message>
    <message>
        <source>host:port</source>
        <translation>Host:Port</translation>
    </message>
    <message>
        <source>--through-relay takes the relay&apos;s host and port, such as 127.0.0.1:2525, [::1]:2525 or nas.example.org:587; %1 is not one.</source>
        <translation>--through-relay erwartet Host und Port des Relays, etwa 127.0.0.1:2525, [::1]:2525 oder nas.example.org:587; %1 ist keiner.</translation>
    </message>
    <message>
        <source>No address was found for the relay&apos;s host %1.</source>
        <translation>Für den Host des Relays, %1, wurde keine Adresse gefunden.</translation>
    </message>
    <message>
        <source>The relay is not running on %1 port %2. Start it with: mailsetup relay</source>
        <translation>Das Relay läuft nicht auf %1, Port %2. Starten Sie es mit: mailsetup relay</translation>
    </message>
    <message>
        <source>Checking %1 on %2, sending through the relay on %3 port %4 …</source>
        <translation>%1 wird auf %2 geprüft, gesendet über das Relay auf %3, Port %4 …</translation>
    </message>
    <message>
        <source>The relay device %1, made for this check, could not be removed: %2 Remove it with: mailsetup relay remove-device %1</source>
        <translation>Das für diese Prüfung angelegte Relay-Gerät %1 konnte nicht entfernt werden: %2 Entfernen Sie es mit: mailsetup relay remove-device %1</translation>
    </message>
    <message>
        <source>The check was stopped; the relay device made for it was removed.</source>
        <translation>Die Prüfung wurde abgebrochen; das dafür angelegte Relay-Gerät wurde entfernt.</translation>
    </message>
    <message>
        <source>The check was stopped.</source>
        <translation>Die Prüfung wurde abgebrochen.</translation>
    </message>
    <message>
        <source>With install-service: write the service file, but do not start the relay yet.</source>
        <translation>Mit install-service: die Dienstdatei schreiben, das Relay aber noch nicht starten.</translation>
    </message>
    <message>
        <source>Security: STARTTLS if the device supports it, otherwise none.</source>
        <translation>Sicherheit: STARTTLS, wenn das Gerät es unterstützt, sonst keine.</translation>
    </message>
</context>
<context>
    <name>CopyButton</name>
    <message>
        <source>Copy %1</source>
        <translation>%1 kopieren</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
</context>
<context>
    <name>CopyableField</name>
    <message>
        <source>Read only. Select the text, or use the Copy button beside it.</source>
        <translation>Nur lesbar. Markieren Sie den Text oder verwenden Sie die Schaltfläche „Kopieren“ daneben.</translation>
    </message>
    <message>
        <source>Puts this setting on the clipboard, to paste it into your mail app.</source>
        <translation>Legt diese Einstellung in die Zwischenablage, damit Sie sie in Ihre E-Mail-App einfügen können.</translation>
    </message>
    <message>
        <source>Read only. Choose this in your mail app&apos;s list; it is not typed.</source>
        <translation>Nur lesbar. Wählen Sie das in der Liste Ihres E-Mail-Programms; es wird nicht eingetippt.</translation>
    </message>
</context>
<context>
    <name>DeviceSetupDialog</name>
    <message>
        <source>Set up a printer, scanner or another device</source>
        <translation>Drucker, Scanner oder ein anderes Gerät einrichten</translation>
    </message>
    <message>
        <source>A printer, a scanner or an old program that only knows a server, a user name and a password can send mail as %1 through a small relay on this computer. Mail Setup starts the relay and gives the device a password of its own.</source>
        <translation>Ein Drucker, ein Scanner oder ein altes Programm, das nur einen Server, einen Benutzernamen und ein Passwort kennt, kann über ein kleines Relay auf diesem Computer E-Mails als %1 senden. Mail Setup startet das Relay und gibt dem Gerät ein eigenes Passwort.</translation>
    </message>
    <message>
        <source>for example scanner</source>
        <translation>zum Beispiel scanner</translation>
    </message>
    <message>
        <source>Device name</source>
        <translation>Gerätename</translation>
    </message>
    <message>
        <source>The name is also the user name the device signs in with.</source>
        <translation>Der Name ist auch der Benutzername, mit dem sich das Gerät anmeldet.</translation>
    </message>
    <message>
        <source>Device &amp;name:</source>
        <translation>Gerät&amp;ename:</translation>
    </message>
    <message>
        <source>&amp;Set up the device</source>
        <translation>Gerät ein&amp;richten</translation>
    </message>
    <message>
        <source>Enter these in the device</source>
        <translation>Geben Sie diese Werte im Gerät ein</translation>
    </message>
    <message>
        <source>SMTP server:</source>
        <translation>Postausgangsserver (SMTP):</translation>
    </message>
    <message>
        <source>SMTP server</source>
        <translation>Postausgangsserver (SMTP)</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Port:</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>Benutzername:</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Passwort:</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>The password is shown only now: Mail Setup keeps only a hash of it. Enter it in the device before you close this window; if it is lost, set up the device again for a new one.</source>
        <translation>Das Passwort wird nur jetzt angezeigt: Mail Setup behält nur einen Hash davon. Geben Sie es im Gerät ein, bevor Sie dieses Fenster schließen; geht es verloren, richten Sie das Gerät erneut ein, um ein neues zu erhalten.</translation>
    </message>
    <message>
        <source>Sender address:</source>
        <translation>Absenderadresse:</translation>
    </message>
    <message>
        <source>Sender address</source>
        <translation>Absenderadresse</translation>
    </message>
    <message>
        <source>Certificate fingerprint (SHA-256):</source>
        <translation>Zertifikat-Fingerabdruck (SHA-256):</translation>
    </message>
    <message>
        <source>Certificate fingerprint</source>
        <translation>Zertifikat-Fingerabdruck</translation>
    </message>
    <message>
        <source>Send a &amp;test through the relay</source>
        <translation>&amp;Test über das Relay senden</translation>
    </message>
    <message>
        <source>Sends a message to your own address through the relay, with the device&apos;s user name and password, and looks for it in your inbox.</source>
        <translation>Sendet mit dem Benutzernamen und dem Passwort des Geräts eine Nachricht über das Relay an Ihre eigene Adresse und sucht sie in Ihrem Posteingang.</translation>
    </message>
    <message>
        <source>%1 is on the clipboard.</source>
        <translation>%1 ist in der Zwischenablage.</translation>
    </message>
    <message>
        <source>A device name has 1 to 64 letters, digits, dots, dashes or underscores, such as scanner or printer-2nd-floor.</source>
        <translation>Ein Gerätename hat 1 bis 64 Buchstaben, Ziffern, Punkte, Bindestriche oder Unterstriche, etwa scanner oder drucker-2-og.</translation>
    </message>
    <message>
        <source>The relay runs as a service of your user account: it keeps running after Mail Setup closes, and starts again whenever you log in.</source>
        <translation>Das Relay läuft als Dienst Ihres Benutzerkontos: Es läuft weiter, wenn Mail Setup geschlossen wird, und startet bei jeder Anmeldung erneut.</translation>
    </message>
    <message>
        <source>The relay runs in the background: it keeps running after Mail Setup closes, until this computer restarts. Then open this window again, or run &quot;mailsetup relay&quot;, to start it again.</source>
        <translation>Das Relay läuft im Hintergrund: Es läuft weiter, wenn Mail Setup geschlossen wird, bis dieser Computer neu startet. Öffnen Sie dann dieses Fenster erneut oder führen Sie &quot;mailsetup relay&quot; aus, um es wieder zu starten.</translation>
    </message>
    <message>
        <source>The relay was already running, started outside Mail Setup: it runs only as long as whatever started it keeps it running.</source>
        <translation>Das Relay lief bereits, außerhalb von Mail Setup gestartet: Es läuft nur so lange, wie das, was es gestartet hat, es laufen lässt.</translation>
    </message>
    <message>
        <source>Give the device a name, such as scanner, then choose Set up the device.</source>
        <translation>Geben Sie dem Gerät einen Namen, etwa scanner, und wählen Sie dann Gerät einrichten.</translation>
    </message>
    <message>
        <source>Looking for the relay on this computer…</source>
        <translation>Das Relay auf diesem Computer wird gesucht…</translation>
    </message>
    <message>
        <source>Starting the relay…</source>
        <translation>Das Relay wird gestartet…</translation>
    </message>
    <message>
        <source>Giving %1 a password of its own…</source>
        <translation>%1 erhält ein eigenes Passwort…</translation>
    </message>
    <message>
        <source>%1 has a new password; the old one no longer works. Enter the values below in the device.</source>
        <translation>%1 hat ein neues Passwort; das alte gilt nicht mehr. Geben Sie die Werte unten im Gerät ein.</translation>
    </message>
    <message>
        <source>%1 may now send mail as %2 through the relay. Enter the values below in the device.</source>
        <translation>%1 kann jetzt über das Relay E-Mails als %2 senden. Geben Sie die Werte unten im Gerät ein.</translation>
    </message>
    <message>
        <source>Sending a test message through the relay, as %1 would, and looking for it in your inbox…</source>
        <translation>Eine Testnachricht wird über das Relay gesendet, wie %1 es täte, und in Ihrem Posteingang gesucht…</translation>
    </message>
    <message>
        <source>The test passed: the message went through the relay and arrived in your inbox after %1 seconds. %2 can send now.</source>
        <translation>Der Test ist bestanden: Die Nachricht ging über das Relay und kam nach %1 Sekunden in Ihrem Posteingang an. %2 kann jetzt senden.</translation>
    </message>
    <message>
        <source>The test passed: the message went through the relay and arrived in your inbox. %1 can send now.</source>
        <translation>Der Test ist bestanden: Die Nachricht ging über das Relay und kam in Ihrem Posteingang an. %1 kann jetzt senden.</translation>
    </message>
    <message>
        <source>The test through the relay failed; the values above are still valid.</source>
        <translation>Der Test über das Relay ist fehlgeschlagen; die Werte oben gelten weiterhin.</translation>
    </message>
    <message>
        <source>The device could not be set up.</source>
        <translation>Das Gerät konnte nicht eingerichtet werden.</translation>
    </message>
    <message>
        <source>The device could not be set up: %1</source>
        <translation>Das Gerät konnte nicht eingerichtet werden: %1</translation>
    </message>
    <message>
        <source>Security: STARTTLS if the device supports it, otherwise none. The relay takes mail only from this computer and only with this sender address.</source>
        <translation>Sicherheit: STARTTLS, wenn das Gerät es unterstützt, sonst keine. Das Relay nimmt E-Mails nur von diesem Computer und nur mit dieser Absenderadresse an.</translation>
    </message>
</context>
<context>
    <name>Diagnosis</name>
    <message>
        <source>You</source>
        <translation>Sie</translation>
    </message>
    <message>
        <source>Your IT administrator</source>
        <translation>Ihr IT-Administrator</translation>
    </message>
    <message>
        <source>Microsoft</source>
        <translation>Microsoft</translation>
    </message>
    <message>
        <source>The makers of Mail Setup</source>
        <translation>Die Entwickler von Mail Setup</translation>
    </message>
    <message>
        <source>The sign-in was cancelled before it finished.</source>
        <translation>Die Anmeldung wurde abgebrochen, bevor sie fertig war.</translation>
    </message>
    <message>
        <source>Start the sign-in again and go through every page in the browser until it says you can close it. If Microsoft asks whether Mail Setup may read and send your mail, choose Accept: Mail Setup cannot check the mailbox without that permission.</source>
        <translation>Starten Sie die Anmeldung erneut und gehen Sie im Browser durch alle Seiten, bis dort steht, dass Sie ihn schließen können. Wenn Microsoft fragt, ob Mail Setup Ihre E-Mails lesen und senden darf, wählen Sie „Akzeptieren“: Ohne diese Erlaubnis kann Mail Setup das Postfach nicht prüfen.</translation>
    </message>
    <message>
        <source>Your organisation has not yet allowed Mail Setup to use your mailbox.</source>
        <translation>Ihre Organisation hat Mail Setup noch nicht erlaubt, Ihr Postfach zu nutzen.</translation>
    </message>
    <message>
        <source>Only an administrator of your organisation can give this approval, once for everyone. They can do it in the Microsoft Entra admin center under Enterprise applications, Mail Setup, Permissions, Grant admin consent, or by opening https://login.microsoftonline.com/{tenant}/v2.0/adminconsent?client_id={client-id} with your organisation&apos;s domain in place of {tenant} and Mail Setup&apos;s application ID in place of {client-id}. After that, sign in again.</source>
        <translation>Diese Freigabe kann nur ein Administrator Ihrer Organisation erteilen, einmal für alle. Das geht im Microsoft Entra Admin Center unter „Unternehmensanwendungen“, „Mail Setup“, „Berechtigungen“, „Administratoreinwilligung erteilen“ oder durch Öffnen von https://login.microsoftonline.com/{tenant}/v2.0/adminconsent?client_id={client-id}, wobei {tenant} durch die Domain Ihrer Organisation und {client-id} durch die Anwendungs-ID von Mail Setup ersetzt wird. Melden Sie sich danach erneut an.</translation>
    </message>
    <message>
        <source>The account you signed in with cannot be used for this mailbox.</source>
        <translation>Das Konto, mit dem Sie sich angemeldet haben, passt nicht zu diesem Postfach.</translation>
    </message>
    <message>
        <source>Sign in again and pick the account that owns this email address: your personal Microsoft account for an Outlook.com, Hotmail or Live address, or your work or school account for an address run by your organisation. If the browser signs you in with another account by itself, choose &quot;Use another account&quot; or sign out of it there first.</source>
        <translation>Melden Sie sich erneut an und wählen Sie das Konto, zu dem diese E-Mail-Adresse gehört: Ihr privates Microsoft-Konto für eine Adresse bei Outlook.com, Hotmail oder Live, oder Ihr Geschäfts-, Schul- oder Unikonto für eine Adresse, die Ihre Organisation betreibt. Wenn der Browser Sie von selbst mit einem anderen Konto anmeldet, wählen Sie dort „Anderes Konto verwenden“ oder melden Sie sich dort zuerst von diesem Konto ab.</translation>
    </message>
    <message>
        <source>Microsoft does not accept the way this copy of Mail Setup is registered.</source>
        <translation>Microsoft akzeptiert die Registrierung dieser Kopie von Mail Setup nicht.</translation>
    </message>
    <message>
        <source>Nothing is wrong with your account, and nothing can be changed from here. Please report this to the makers of Mail Setup with the details below. If your organisation registered its own copy of Mail Setup, its administrator should check that registration: a public client on the &quot;Mobile and desktop applications&quot; platform, with the redirect address http://localhost, open to both personal and work or school accounts.</source>
        <translation>Mit Ihrem Konto ist alles in Ordnung, und von hier aus lässt sich nichts ändern. Bitte melden Sie das mit den Details unten den Entwicklern von Mail Setup. Falls Ihre Organisation eine eigene Kopie von Mail Setup registriert hat, sollte ihr Administrator diese Registrierung prüfen: ein öffentlicher Client auf der Plattform „Mobile Anwendungen und Desktopanwendungen“ mit der Umleitungsadresse http://localhost, offen für private Konten ebenso wie für Geschäfts-, Schul- oder Unikonten.</translation>
    </message>
    <message>
        <source>Microsoft does not know an organisation for this email address.</source>
        <translation>Microsoft kennt keine Organisation zu dieser E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>Check that the email address is typed correctly. If it is, the address is probably not handled by Microsoft 365 or Outlook.com, and Mail Setup cannot set it up. If you expected it to be, ask the people who run your email.</source>
        <translation>Prüfen Sie, ob die E-Mail-Adresse richtig geschrieben ist. Wenn ja, wird die Adresse wahrscheinlich nicht von Microsoft 365 oder Outlook.com betreut, und Mail Setup kann sie nicht einrichten. Wenn Sie damit gerechnet haben, fragen Sie die Leute, die Ihre E-Mail betreuen.</translation>
    </message>
    <message>
        <source>Your sign-in has expired or was withdrawn.</source>
        <translation>Ihre Anmeldung ist abgelaufen oder wurde widerrufen.</translation>
    </message>
    <message>
        <source>Sign in again. This happens when Mail Setup has not been used for a long time, after a password change, or when your organisation asks everyone to sign in again from time to time.</source>
        <translation>Melden Sie sich erneut an. Das passiert, wenn Mail Setup lange nicht benutzt wurde, nach einer Passwortänderung oder wenn Ihre Organisation alle von Zeit zu Zeit bittet, sich neu anzumelden.</translation>
    </message>
    <message>
        <source>Microsoft wants an extra check that it is really you.</source>
        <translation>Microsoft möchte zusätzlich prüfen, ob Sie es wirklich sind.</translation>
    </message>
    <message>
        <source>Sign in again and complete the extra step in the browser, such as a code sent to your phone or a prompt in the Microsoft Authenticator app. If no such step is set up for you yet, the browser will guide you through it, or your IT administrator can help.</source>
        <translation>Melden Sie sich erneut an und erledigen Sie im Browser den zusätzlichen Schritt, etwa einen Code, der an Ihr Telefon geschickt wird, oder eine Anfrage in der App Microsoft Authenticator. Wenn ein solcher Schritt für Sie noch nicht eingerichtet ist, führt Sie der Browser durch die Einrichtung, oder Ihr IT-Administrator hilft Ihnen.</translation>
    </message>
    <message>
        <source>Your organisation&apos;s security rules did not allow this sign-in.</source>
        <translation>Die Sicherheitsregeln Ihrer Organisation haben diese Anmeldung nicht zugelassen.</translation>
    </message>
    <message>
        <source>Your organisation decides which devices, places and apps may sign in, and one of its rules stopped this sign-in. Only your IT administrator can change that. Give them the details below, with the error code and the trace and correlation IDs if there are any, so that they can find this sign-in in their logs.</source>
        <translation>Ihre Organisation legt fest, von welchen Geräten, Orten und Apps aus man sich anmelden darf, und eine ihrer Regeln hat diese Anmeldung verhindert. Nur Ihr IT-Administrator kann das ändern. Geben Sie ihm die Details unten, mit dem Fehlercode und, falls vorhanden, der Ablaufverfolgungs-ID und der Korrelations-ID, damit er diese Anmeldung in seinen Protokollen findet.</translation>
    </message>
    <message>
        <source>Mail Setup sent Microsoft a sign-in request that it could not accept.</source>
        <translation>Mail Setup hat Microsoft eine Anmeldeanfrage geschickt, die Microsoft nicht annehmen konnte.</translation>
    </message>
    <message>
        <source>This is a fault in Mail Setup, not in your account. Try once more; if it happens again, please report it to the makers of Mail Setup with the details below.</source>
        <translation>Das ist ein Fehler in Mail Setup, nicht in Ihrem Konto. Versuchen Sie es noch einmal; wenn es wieder passiert, melden Sie es bitte mit den Details unten den Entwicklern von Mail Setup.</translation>
    </message>
    <message>
        <source>Access to this mailbox from mail apps is switched off.</source>
        <translation>Der Zugriff von E-Mail-Apps auf dieses Postfach ist ausgeschaltet.</translation>
    </message>
    <message>
        <source>The mail server did not accept the sign-in.</source>
        <translation>Der Mailserver hat die Anmeldung nicht angenommen.</translation>
    </message>
    <message>
        <source>Make sure you signed in with the same account as the email address being set up, then run the check again. The server does not say why it refused. If it keeps happening with a work or school address, ask your IT administrator to check that IMAP and authenticated SMTP are allowed for this mailbox.</source>
        <translation>Stellen Sie sicher, dass Sie sich mit dem Konto der E-Mail-Adresse angemeldet haben, die eingerichtet wird, und starten Sie die Prüfung erneut. Der Server sagt nicht, warum er abgelehnt hat. Wenn das bei einer Adresse Ihres Unternehmens, Ihrer Schule oder Universität immer wieder passiert, bitten Sie Ihren IT-Administrator zu prüfen, ob IMAP und authentifiziertes SMTP für dieses Postfach erlaubt sind.</translation>
    </message>
    <message>
        <source>The mailbox no longer accepts a password from mail apps.</source>
        <translation>Das Postfach nimmt von E-Mail-Apps kein Passwort mehr an.</translation>
    </message>
    <message>
        <source>Your organisation has switched off sending from mail apps for this mailbox.</source>
        <translation>Ihre Organisation hat das Senden aus E-Mail-Apps für dieses Postfach ausgeschaltet.</translation>
    </message>
    <message>
        <source>The mail server refused to send because Mail Setup was not signed in.</source>
        <translation>Der Mailserver hat das Senden abgelehnt, weil Mail Setup nicht angemeldet war.</translation>
    </message>
    <message>
        <source>Mail Setup tried to send before the server had accepted the sign-in, which is a fault in Mail Setup. Run the check again; if this comes back, please report it to the makers of Mail Setup with the details below.</source>
        <translation>Mail Setup hat versucht zu senden, bevor der Server die Anmeldung angenommen hatte. Das ist ein Fehler in Mail Setup. Starten Sie die Prüfung erneut; wenn es wieder vorkommt, melden Sie es bitte mit den Details unten den Entwicklern von Mail Setup.</translation>
    </message>
    <message>
        <source>The sign-in pass for the mailbox ran out during the check.</source>
        <translation>Die Zugangsberechtigung für das Postfach ist während der Prüfung abgelaufen.</translation>
    </message>
    <message>
        <source>Run the check again: Mail Setup will get a fresh pass from Microsoft. If this keeps happening, sign in again, and if even that does not help, please report it to the makers of Mail Setup.</source>
        <translation>Starten Sie die Prüfung erneut: Mail Setup holt sich eine neue Zugangsberechtigung von Microsoft. Wenn das immer wieder passiert, melden Sie sich erneut an, und wenn selbst das nicht hilft, melden Sie es bitte den Entwicklern von Mail Setup.</translation>
    </message>
    <message>
        <source>Microsoft is holding back requests from this mailbox for a while.</source>
        <translation>Microsoft bremst Anfragen von diesem Postfach für eine Weile aus.</translation>
    </message>
    <message>
        <source>Too many connections or messages came from this mailbox in a short time, perhaps from other mail apps or devices as well. Wait a few minutes, close mail apps you do not need, and run the check again.</source>
        <translation>Von diesem Postfach kamen in kurzer Zeit zu viele Verbindungen oder Nachrichten, vielleicht auch von anderen E-Mail-Apps oder Geräten. Warten Sie ein paar Minuten, schließen Sie E-Mail-Apps, die Sie nicht brauchen, und starten Sie die Prüfung erneut.</translation>
    </message>
    <message>
        <source>The mail server did not understand a command from Mail Setup.</source>
        <translation>Der Mailserver hat einen Befehl von Mail Setup nicht verstanden.</translation>
    </message>
    <message>
        <source>This is a fault in Mail Setup, not in your account. Run the check again; if it happens again, please report it to the makers of Mail Setup with the details below.</source>
        <translation>Das ist ein Fehler in Mail Setup, nicht in Ihrem Konto. Starten Sie die Prüfung erneut; wenn es wieder passiert, melden Sie es bitte mit den Details unten den Entwicklern von Mail Setup.</translation>
    </message>
    <message>
        <source>The account you signed in with may not send mail from this address.</source>
        <translation>Das Konto, mit dem Sie sich angemeldet haben, darf keine E-Mails von dieser Adresse senden.</translation>
    </message>
    <message>
        <source>Sign in with the account that owns this address. If the address belongs to a shared mailbox or to someone else, your IT administrator can give your account the Send As permission for it; allow up to an hour before trying again.</source>
        <translation>Melden Sie sich mit dem Konto an, zu dem diese Adresse gehört. Wenn die Adresse zu einem freigegebenen Postfach oder zu jemand anderem gehört, kann Ihr IT-Administrator Ihrem Konto dafür die Berechtigung „Senden als“ geben; warten Sie danach bis zu einer Stunde, bevor Sie es erneut versuchen.</translation>
    </message>
    <message>
        <source>Microsoft has stopped this account from sending mail.</source>
        <translation>Microsoft hat das Senden von E-Mails für dieses Konto gesperrt.</translation>
    </message>
    <message>
        <source>This happens when Microsoft suspects the account of sending unwanted mail, for example after someone else learnt the password. Change your password. For an Outlook.com, Hotmail or Live address, sign in at outlook.com and follow the steps shown there to unblock the account. For a work or school address, your IT administrator can release it in the Microsoft Defender portal under Restricted entities.</source>
        <translation>Das passiert, wenn Microsoft vermutet, dass über das Konto unerwünschte E-Mails verschickt werden, zum Beispiel weil jemand anderes das Passwort erfahren hat. Ändern Sie Ihr Passwort. Für eine Adresse bei Outlook.com, Hotmail oder Live melden Sie sich bei outlook.com an und folgen den dort gezeigten Schritten, um das Konto zu entsperren. Für eine Adresse Ihres Unternehmens, Ihrer Schule oder Universität kann Ihr IT-Administrator das Konto im Microsoft Defender-Portal unter „Eingeschränkte Entitäten“ freigeben.</translation>
    </message>
    <message>
        <source>This mailbox has sent as much mail as Microsoft allows for now.</source>
        <translation>Dieses Postfach hat vorerst so viele E-Mails gesendet, wie Microsoft erlaubt.</translation>
    </message>
    <message>
        <source>Microsoft limits how many messages and recipients a mailbox may send in a day. Wait until the limit resets, which can take up to 24 hours, then run the check again. If the mailbox needs to send more than that, talk to your IT administrator.</source>
        <translation>Microsoft begrenzt, wie viele Nachrichten und Empfänger ein Postfach pro Tag senden darf. Warten Sie, bis die Grenze zurückgesetzt ist, was bis zu 24 Stunden dauern kann, und starten Sie dann die Prüfung erneut. Wenn das Postfach mehr senden muss, sprechen Sie mit Ihrem IT-Administrator.</translation>
    </message>
    <message>
        <source>Microsoft&apos;s server had a passing problem.</source>
        <translation>Der Server von Microsoft hatte ein vorübergehendes Problem.</translation>
    </message>
    <message>
        <source>Nothing is wrong with your settings. Wait a few minutes and run the check again. If it still fails hours later, Microsoft&apos;s service status page may say more.</source>
        <translation>Mit Ihren Einstellungen ist alles in Ordnung. Warten Sie ein paar Minuten und starten Sie die Prüfung erneut. Wenn sie auch Stunden später noch fehlschlägt, steht vielleicht mehr auf der Statusseite der Microsoft-Dienste.</translation>
    </message>
    <message>
        <source>The connection used an old kind of encryption that Microsoft no longer accepts.</source>
        <translation>Die Verbindung hat eine alte Art der Verschlüsselung verwendet, die Microsoft nicht mehr annimmt.</translation>
    </message>
    <message>
        <source>Microsoft needs TLS 1.2 or newer. Update the system and Mail Setup, and check for security software that inspects encrypted connections, since it can cause this too. If the problem stays, please report it to the makers of Mail Setup with the details below.</source>
        <translation>Microsoft verlangt TLS 1.2 oder neuer. Aktualisieren Sie das System und Mail Setup, und suchen Sie nach Sicherheitssoftware, die verschlüsselte Verbindungen untersucht, denn auch sie kann das verursachen. Wenn das Problem bleibt, melden Sie es bitte mit den Details unten den Entwicklern von Mail Setup.</translation>
    </message>
    <message>
        <source>The test message was turned away and not delivered.</source>
        <translation>Die Testnachricht wurde abgewiesen und nicht zugestellt.</translation>
    </message>
    <message>
        <source>A server on the way refused the message; its own words are in the details below. Signing in worked, so the settings are right. Ask the administrator of the sending domain to look at the reason: common ones are the domain&apos;s SPF, DKIM or DMARC records, or a block on the sending server&apos;s address.</source>
        <translation>Ein Server auf dem Weg hat die Nachricht abgelehnt; seine eigenen Worte stehen in den Details unten. Die Anmeldung hat funktioniert, die Einstellungen stimmen also. Bitten Sie den Administrator der sendenden Domain, sich den Grund anzusehen: Häufig sind es die SPF-, DKIM- oder DMARC-Einträge der Domain oder eine Sperre der Adresse des sendenden Servers.</translation>
    </message>
    <message>
        <source>The mail server&apos;s name could not be found.</source>
        <translation>Der Name des Mailservers wurde nicht gefunden.</translation>
    </message>
    <message>
        <source>Check that the computer is connected to the internet, for example by opening a web page. If it is, the network may have trouble looking up names: restart the router or try another network, then run the check again.</source>
        <translation>Prüfen Sie, ob der Computer mit dem Internet verbunden ist, zum Beispiel indem Sie eine Webseite öffnen. Wenn ja, hat das Netzwerk vielleicht Probleme beim Auflösen von Namen: Starten Sie den Router neu oder versuchen Sie es in einem anderen Netzwerk, und starten Sie dann die Prüfung erneut.</translation>
    </message>
    <message>
        <source>The connection to the mail server was refused.</source>
        <translation>Die Verbindung zum Mailserver wurde abgelehnt.</translation>
    </message>
    <message>
        <source>Something between this computer and Microsoft turned the connection away, often a firewall or security program that blocks mail. Check the firewall and antivirus settings or try another network, then run the check again.</source>
        <translation>Etwas zwischen diesem Computer und Microsoft hat die Verbindung abgewiesen, oft eine Firewall oder ein Sicherheitsprogramm, das E-Mail blockiert. Prüfen Sie die Einstellungen von Firewall und Virenschutz oder versuchen Sie es in einem anderen Netzwerk, und starten Sie dann die Prüfung erneut.</translation>
    </message>
    <message>
        <source>The mail server could not be reached in time.</source>
        <translation>Der Mailserver war nicht rechtzeitig erreichbar.</translation>
    </message>
    <message>
        <source>Check the internet connection. Some networks, such as those of offices, hotels and schools, and some home routers or antivirus programs, block the mail ports 587 and 993. Try another network, for example a phone&apos;s hotspot, to find out, and ask the owner of the network to allow these ports.</source>
        <translation>Prüfen Sie die Internetverbindung. Manche Netzwerke, etwa in Büros, Hotels und Schulen, und manche Router oder Virenschutzprogramme sperren die Mail-Ports 587 und 993. Versuchen Sie es zum Vergleich in einem anderen Netzwerk, zum Beispiel über den Hotspot eines Handys, und bitten Sie den Betreiber des Netzwerks, diese Ports freizugeben.</translation>
    </message>
    <message>
        <source>A secure connection to the mail server could not be set up.</source>
        <translation>Eine sichere Verbindung zum Mailserver kam nicht zustande.</translation>
    </message>
    <message>
        <source>Check that the computer&apos;s date and time are right, then run the check again. If it keeps failing, try another network: some networks and security programs get in the way of encrypted connections.</source>
        <translation>Prüfen Sie, ob Datum und Uhrzeit des Computers stimmen, und starten Sie dann die Prüfung erneut. Wenn es weiterhin fehlschlägt, versuchen Sie es in einem anderen Netzwerk: Manche Netzwerke und Sicherheitsprogramme stören verschlüsselte Verbindungen.</translation>
    </message>
    <message>
        <source>Mail Setup could not confirm that it was talking to the real mail server.</source>
        <translation>Mail Setup konnte nicht bestätigen, dass es mit dem echten Mailserver verbunden war.</translation>
    </message>
    <message>
        <source>Usually something between this computer and Microsoft looks inside encrypted connections, such as antivirus software or a company proxy, or the computer&apos;s date and time are wrong. Check the date and time, try another network, and ask whoever runs the security software or the network to let mail connections to Microsoft through untouched. Do not accept the connection anyway: your sign-in could be read by others.</source>
        <translation>Meist schaut etwas zwischen diesem Computer und Microsoft in verschlüsselte Verbindungen hinein, etwa ein Virenschutzprogramm oder ein Firmen-Proxy, oder Datum und Uhrzeit des Computers sind falsch. Prüfen Sie Datum und Uhrzeit, versuchen Sie es in einem anderen Netzwerk und bitten Sie die Verantwortlichen für die Sicherheitssoftware oder das Netzwerk, E-Mail-Verbindungen zu Microsoft unverändert durchzulassen. Akzeptieren Sie die Verbindung nicht trotzdem: Sonst könnten andere Ihre Anmeldung mitlesen.</translation>
    </message>
    <message>
        <source>The mail server did not offer encryption, so Mail Setup did not send your sign-in.</source>
        <translation>Der Mailserver hat keine Verschlüsselung angeboten, deshalb hat Mail Setup Ihre Anmeldung nicht gesendet.</translation>
    </message>
    <message>
        <source>Microsoft&apos;s servers always offer encryption, so something on the network has probably removed it. Try another network, and check for security software or a proxy that handles mail connections.</source>
        <translation>Die Server von Microsoft bieten immer Verschlüsselung an, also hat wahrscheinlich etwas im Netzwerk sie entfernt. Versuchen Sie es in einem anderen Netzwerk, und suchen Sie nach Sicherheitssoftware oder einem Proxy, der E-Mail-Verbindungen bearbeitet.</translation>
    </message>
    <message>
        <source>The mail server ended the connection unexpectedly.</source>
        <translation>Der Mailserver hat die Verbindung unerwartet beendet.</translation>
    </message>
    <message>
        <source>This is often a passing problem. Wait a minute and run the check again. If it keeps happening, try another network: some networks and security programs cut mail connections.</source>
        <translation>Das ist oft ein vorübergehendes Problem. Warten Sie eine Minute und starten Sie die Prüfung erneut. Wenn es immer wieder passiert, versuchen Sie es in einem anderen Netzwerk: Manche Netzwerke und Sicherheitsprogramme unterbrechen E-Mail-Verbindungen.</translation>
    </message>
    <message>
        <source>The mail server stopped answering.</source>
        <translation>Der Mailserver antwortet nicht mehr.</translation>
    </message>
    <message>
        <source>The connection was made, but no answer came in time. Wait a minute and run the check again; if it keeps happening, try another network.</source>
        <translation>Die Verbindung kam zustande, aber die Antwort kam nicht rechtzeitig. Warten Sie eine Minute und starten Sie die Prüfung erneut; wenn es immer wieder passiert, versuchen Sie es in einem anderen Netzwerk.</translation>
    </message>
    <message>
        <source>The test message was sent but did not arrive in your inbox in time.</source>
        <translation>Die Testnachricht wurde gesendet, ist aber nicht rechtzeitig in Ihrem Posteingang angekommen.</translation>
    </message>
    <message>
        <source>Sending and signing in work. Delivery can be slow at busy times: wait a few minutes and look in your inbox and in the junk email folder. If the message never arrives, a rule in your mailbox may move or delete it, or your organisation may hold it for checking; your IT administrator can trace it by its Message-ID, shown below.</source>
        <translation>Senden und Anmelden funktionieren. Zu Stoßzeiten kann die Zustellung dauern: Warten Sie ein paar Minuten und schauen Sie in Ihren Posteingang und in den Junk-E-Mail-Ordner. Wenn die Nachricht nie ankommt, verschiebt oder löscht sie vielleicht eine Regel in Ihrem Postfach, oder Ihre Organisation hält sie zur Prüfung zurück; Ihr IT-Administrator kann sie anhand ihrer Message-ID verfolgen, die unten steht.</translation>
    </message>
    <message>
        <source>The server answered in a way that Mail Setup did not expect.</source>
        <translation>Der Server hat anders geantwortet, als Mail Setup erwartet hat.</translation>
    </message>
    <message>
        <source>Check that the server names and ports in the settings are the ones Mail Setup suggests. A network that sends you to its own sign-in page, as in hotels and airports, can also cause this. If neither explains it, please report it to the makers of Mail Setup with the details below.</source>
        <translation>Prüfen Sie, ob die Servernamen und Ports in den Einstellungen die sind, die Mail Setup vorschlägt. Auch ein Netzwerk, das Sie auf seine eigene Anmeldeseite schickt, wie in Hotels und an Flughäfen, kann das verursachen. Wenn beides es nicht erklärt, melden Sie es bitte mit den Details unten den Entwicklern von Mail Setup.</translation>
    </message>
    <message>
        <source>Something went wrong that Mail Setup does not recognise.</source>
        <translation>Etwas ist schiefgegangen, das Mail Setup nicht kennt.</translation>
    </message>
    <message>
        <source>Run the check again. If it fails the same way, please pass the details below to your IT administrator or to the makers of Mail Setup: the server&apos;s own words usually tell them what happened.</source>
        <translation>Starten Sie die Prüfung erneut. Wenn sie auf dieselbe Weise fehlschlägt, geben Sie bitte die Details unten an Ihren IT-Administrator oder an die Entwickler von Mail Setup weiter: Die Worte des Servers verraten ihnen meist, was passiert ist.</translation>
    </message>
    <message>
        <source>For an Outlook.com, Hotmail or Live address: sign in at outlook.com, open Settings &gt; Mail &gt; Forwarding and IMAP (in newer versions Settings &gt; Mail &gt; Sync email), switch on &quot;Let devices and apps use IMAP&quot;, save, and run the check again. For a work or school address, only your IT administrator can allow IMAP for the mailbox.</source>
        <translation>Für eine Outlook.com-, Hotmail- oder Live-Adresse: Melden Sie sich bei outlook.com an, öffnen Sie Einstellungen &gt; E-Mail &gt; Weiterleitung und IMAP (in neueren Versionen Einstellungen &gt; E-Mail &gt; E-Mail synchronisieren), schalten Sie „Geräten und Apps die Verwendung von IMAP erlauben“ ein, speichern Sie und führen Sie die Prüfung erneut aus. Für eine Geschäfts- oder Schuladresse kann nur Ihr IT-Administrator IMAP für das Postfach erlauben.</translation>
    </message>
    <message>
        <source>Outlook.com does not let mail apps into this mailbox yet.</source>
        <translation>Outlook.com lässt E-Mail-Programme noch nicht in dieses Postfach.</translation>
    </message>
    <message>
        <source>Sign in at outlook.com, open Settings &gt; Mail &gt; Forwarding and IMAP (in newer versions Settings &gt; Mail &gt; Sync email), switch on &quot;Let devices and apps use IMAP&quot;, save, and run the check again. If the switch is already on, the account may have no Outlook.com mailbox at all, as happens with a Microsoft account made with another provider&apos;s address.</source>
        <translation>Melden Sie sich bei outlook.com an, öffnen Sie Einstellungen &gt; E-Mail &gt; Weiterleitung und IMAP (in neueren Versionen Einstellungen &gt; E-Mail &gt; E-Mail synchronisieren), schalten Sie „Geräten und Apps die Verwendung von IMAP erlauben“ ein, speichern Sie und führen Sie die Prüfung erneut aus. Ist der Schalter schon an, hat das Konto vielleicht gar kein Outlook.com-Postfach, wie bei einem Microsoft-Konto, das mit der Adresse eines anderen Anbieters angelegt wurde.</translation>
    </message>
    <message>
        <source>Your organisation has switched off access to this mailbox from mail apps (IMAP).</source>
        <translation>Ihre Organisation hat den Zugriff von E-Mail-Programmen (IMAP) auf dieses Postfach ausgeschaltet.</translation>
    </message>
    <message>
        <source>Only your IT administrator can allow IMAP for this mailbox. Mail Setup can write the request for you, with the exact command they need. A change can take up to an hour to work; then run the check again.</source>
        <translation>Nur Ihr IT-Administrator kann IMAP für dieses Postfach erlauben. Mail Setup kann die Bitte für Sie schreiben, mit dem genauen Befehl, den er braucht. Eine Änderung kann bis zu einer Stunde dauern, bis sie wirkt; führen Sie danach die Prüfung erneut aus.</translation>
    </message>
    <message>
        <source>Only your IT administrator can switch it on, for this mailbox or for the whole organisation. Mail Setup can write the request for you, with the exact command they need. The setting of a mailbox wins over the one of the organisation, and a change can take an hour to work.</source>
        <translation>Nur Ihr IT-Administrator kann es einschalten, für dieses Postfach oder für die ganze Organisation. Mail Setup kann die Bitte für Sie schreiben, mit dem genauen Befehl, den er braucht. Die Einstellung eines Postfachs hat Vorrang vor der der Organisation, und eine Änderung kann eine Stunde dauern, bis sie wirkt.</translation>
    </message>
    <message>
        <source>Whoever runs this mail server</source>
        <translation>Wer diesen Mailserver betreibt</translation>
    </message>
    <message>
        <source>Incoming mail server (IMAP): %1, port %2.</source>
        <translation>Posteingangsserver (IMAP): %1, Port %2.</translation>
    </message>
    <message>
        <source>Outgoing mail server (SMTP): %1, port %2.</source>
        <translation>Postausgangsserver (SMTP): %1, Port %2.</translation>
    </message>
    <message>
        <source>Microsoft&apos;s sign-in service: %1.</source>
        <translation>Anmeldedienst von Microsoft: %1.</translation>
    </message>
    <message>
        <source>Server: %1, port %2.</source>
        <translation>Server: %1, Port %2.</translation>
    </message>
    <message>
        <source>Server: %1.</source>
        <translation>Server: %1.</translation>
    </message>
    <message numerus="yes">
        <source>Mail Setup waited %n second(s).</source>
        <translation>
            <numerusform>Mail Setup hat %n Sekunde gewartet.</numerusform>
            <numerusform>Mail Setup hat %n Sekunden gewartet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Mail Setup does not have your permission to use your mailbox yet.</source>
        <translation>Mail Setup hat noch nicht Ihre Erlaubnis, Ihr Postfach zu verwenden.</translation>
    </message>
    <message>
        <source>Sign in again and, when Microsoft asks whether Mail Setup may read and send your mail, choose Accept. A personal Microsoft account gives this permission itself: nobody else has to approve it. You can see and withdraw the permissions you gave at https://account.live.com/consent/Manage.</source>
        <translation>Melden Sie sich erneut an und wählen Sie „Akzeptieren“, wenn Microsoft fragt, ob Mail Setup Ihre E-Mails lesen und senden darf. Ein privates Microsoft-Konto erteilt diese Erlaubnis selbst: Niemand sonst muss zustimmen. Die erteilten Berechtigungen können Sie unter https://account.live.com/consent/Manage ansehen und widerrufen.</translation>
    </message>
    <message>
        <source>Your organisation has to approve Mail Setup before you can use it with your mailbox.</source>
        <translation>Ihre Organisation muss Mail Setup genehmigen, bevor Sie es mit Ihrem Postfach verwenden können.</translation>
    </message>
    <message>
        <source>Your organisation decides which apps its users may approve themselves, and Mail Setup needs an administrator&apos;s approval, given once for everyone. Mail Setup can write the request for your IT administrator, with the consent link for your organisation. After they have approved it, sign in again.</source>
        <translation>Ihre Organisation legt fest, welche Apps ihre Benutzer selbst genehmigen dürfen, und Mail Setup braucht die Zustimmung eines Administrators, einmal für alle. Mail Setup kann die Anfrage an Ihren IT-Administrator schreiben, mit dem Zustimmungslink für Ihre Organisation. Melden Sie sich nach der Zustimmung erneut an.</translation>
    </message>
    <message>
        <source>This address needs its personal Microsoft account, and the sign-in used another one.</source>
        <translation>Diese Adresse braucht ihr privates Microsoft-Konto, die Anmeldung hat aber ein anderes verwendet.</translation>
    </message>
    <message>
        <source>An Outlook.com, Hotmail, Live or MSN address opens only with its own personal Microsoft account, never with a work or school account. Sign in again and choose that personal account. If the browser signs you in with another account by itself, choose &quot;Use another account&quot; or sign out of it there first.</source>
        <translation>Eine Adresse von Outlook.com, Hotmail, Live oder MSN öffnet sich nur mit ihrem eigenen privaten Microsoft-Konto, nie mit einem Geschäfts-, Schul- oder Unikonto. Melden Sie sich erneut an und wählen Sie dieses private Konto. Wenn der Browser Sie von selbst mit einem anderen Konto anmeldet, wählen Sie dort „Anderes Konto verwenden“ oder melden Sie sich zuerst von diesem ab.</translation>
    </message>
    <message>
        <source>This address needs its work or school account, and the sign-in used another one.</source>
        <translation>Diese Adresse braucht ihr Geschäfts-, Schul- oder Unikonto, die Anmeldung hat aber ein anderes verwendet.</translation>
    </message>
    <message>
        <source>Sign in again and choose the work or school account of this address, not a personal Microsoft account. If Microsoft says that the account does not exist in your organisation, check the address for typing mistakes. If it is right, your IT administrator has to add the account, or your organisation has no Exchange Online mailbox for it.</source>
        <translation>Melden Sie sich erneut an und wählen Sie das Geschäfts-, Schul- oder Unikonto dieser Adresse, kein privates Microsoft-Konto. Wenn Microsoft meldet, dass das Konto in Ihrer Organisation nicht existiert, prüfen Sie die Adresse auf Tippfehler. Ist sie richtig, muss Ihr IT-Administrator das Konto anlegen, oder Ihre Organisation hat dafür kein Exchange Online-Postfach.</translation>
    </message>
    <message>
        <source>Nothing is wrong with your account, and nothing can be changed from here. Please report this to the makers of Mail Setup with the details below.</source>
        <translation>Mit Ihrem Konto ist alles in Ordnung, und von hier aus lässt sich nichts ändern. Bitte melden Sie dies den Entwicklern von Mail Setup mit den Details unten.</translation>
    </message>
    <message>
        <source>Sign in again and complete the extra step in the browser: a code sent to your phone or to another email address, or a prompt in the Microsoft Authenticator app. If you can no longer receive those codes, update your security information at account.microsoft.com, under Security.</source>
        <translation>Melden Sie sich erneut an und schließen Sie den zusätzlichen Schritt im Browser ab: einen Code, der an Ihr Telefon oder eine andere E-Mail-Adresse gesendet wird, oder eine Abfrage in der App Microsoft Authenticator. Wenn Sie diese Codes nicht mehr empfangen können, aktualisieren Sie Ihre Sicherheitsinformationen auf account.microsoft.com unter „Sicherheit“.</translation>
    </message>
    <message>
        <source>Your organisation wants an extra check that it is really you.</source>
        <translation>Ihre Organisation möchte zusätzlich prüfen, dass wirklich Sie es sind.</translation>
    </message>
    <message>
        <source>Your organisation asks for a second step, such as a prompt in the Microsoft Authenticator app or a code by text message. Sign in again and complete it in the browser. If the browser asks you to set up the second step first, follow it; if that is not possible, your IT administrator can help.</source>
        <translation>Ihre Organisation verlangt einen zweiten Schritt, etwa eine Abfrage in der App Microsoft Authenticator oder einen Code per SMS. Melden Sie sich erneut an und schließen Sie ihn im Browser ab. Wenn der Browser Sie bittet, den zweiten Schritt zuerst einzurichten, folgen Sie ihm; wenn das nicht möglich ist, kann Ihr IT-Administrator helfen.</translation>
    </message>
    <message>
        <source>Microsoft stopped this sign-in to protect your account.</source>
        <translation>Microsoft hat diese Anmeldung zum Schutz Ihres Kontos angehalten.</translation>
    </message>
    <message>
        <source>Microsoft saw something unusual about this sign-in, such as a new place or a new device. Sign in at account.microsoft.com in your browser, open Security and then the sign-in activity, and confirm the sign-in if it was you; change your password if it was not. Then sign in again in Mail Setup.</source>
        <translation>Microsoft hat an dieser Anmeldung etwas Ungewöhnliches bemerkt, etwa einen neuen Ort oder ein neues Gerät. Melden Sie sich im Browser auf account.microsoft.com an, öffnen Sie „Sicherheit“ und dann die Anmeldeaktivität, und bestätigen Sie die Anmeldung, wenn Sie es waren; ändern Sie Ihr Passwort, wenn nicht. Melden Sie sich dann in Mail Setup erneut an.</translation>
    </message>
    <message>
        <source>The password has expired or must be changed before you can sign in.</source>
        <translation>Das Passwort ist abgelaufen oder muss geändert werden, bevor Sie sich anmelden können.</translation>
    </message>
    <message>
        <source>Sign in again: Microsoft&apos;s sign-in page offers to change the password there. Afterwards use the new password on your other devices and apps too, since the old one no longer works anywhere.</source>
        <translation>Melden Sie sich erneut an: Die Anmeldeseite von Microsoft bietet an, das Passwort dort zu ändern. Verwenden Sie danach das neue Passwort auch auf Ihren anderen Geräten und in Ihren anderen Apps, denn das alte funktioniert nirgends mehr.</translation>
    </message>
    <message>
        <source>Sign in again and change the password when Microsoft&apos;s sign-in page asks, or change it at account.microsoft.com, under Security. Then sign in again in Mail Setup, and use the new password on your other devices too.</source>
        <translation>Melden Sie sich erneut an und ändern Sie das Passwort, wenn die Anmeldeseite von Microsoft danach fragt, oder ändern Sie es auf account.microsoft.com unter „Sicherheit“. Melden Sie sich dann in Mail Setup erneut an und verwenden Sie das neue Passwort auch auf Ihren anderen Geräten.</translation>
    </message>
    <message>
        <source>Sign in again and change the password when the sign-in page asks. If it does not offer that, change it on your organisation&apos;s password reset page, often https://aka.ms/sspr, or ask your IT administrator to reset it. Then sign in again.</source>
        <translation>Melden Sie sich erneut an und ändern Sie das Passwort, wenn die Anmeldeseite danach fragt. Bietet sie das nicht an, ändern Sie es auf der Seite Ihrer Organisation zum Zurücksetzen von Passwörtern, oft https://aka.ms/sspr, oder bitten Sie Ihren IT-Administrator, es zurückzusetzen. Melden Sie sich dann erneut an.</translation>
    </message>
    <message>
        <source>Microsoft did not accept the user name or the password.</source>
        <translation>Microsoft hat den Benutzernamen oder das Passwort nicht angenommen.</translation>
    </message>
    <message>
        <source>Check the email address and the password, mind the Caps Lock key, and sign in again. If you have forgotten the password, choose &quot;Forgot password?&quot; on Microsoft&apos;s sign-in page. If an app or a device asked for the password itself instead of opening Microsoft&apos;s sign-in page, it signs in a way that many accounts refuse: choose its option called OAuth2 or Modern Authentication instead.</source>
        <translation>Prüfen Sie die E-Mail-Adresse und das Passwort, achten Sie auf die Feststelltaste, und melden Sie sich erneut an. Wenn Sie das Passwort vergessen haben, wählen Sie auf der Anmeldeseite von Microsoft „Kennwort vergessen?“. Wenn eine App oder ein Gerät selbst nach dem Passwort gefragt hat, statt die Anmeldeseite von Microsoft zu öffnen, meldet es sich auf eine Weise an, die viele Konten ablehnen: Wählen Sie stattdessen dessen Option OAuth2 oder „Moderne Authentifizierung“.</translation>
    </message>
    <message>
        <source>Check the email address and the password, mind the Caps Lock key, and sign in again. If you have forgotten the password, reset it at https://account.live.com/password/reset. Mail apps that ask for the password themselves no longer work with Outlook.com at all: choose their option called OAuth2 or Modern Authentication instead.</source>
        <translation>Prüfen Sie die E-Mail-Adresse und das Passwort, achten Sie auf die Feststelltaste, und melden Sie sich erneut an. Wenn Sie das Passwort vergessen haben, setzen Sie es unter https://account.live.com/password/reset zurück. E-Mail-Apps, die selbst nach dem Passwort fragen, funktionieren mit Outlook.com gar nicht mehr: Wählen Sie stattdessen deren Option OAuth2 oder „Moderne Authentifizierung“.</translation>
    </message>
    <message>
        <source>Check the email address and the password, mind the Caps Lock key, and sign in again. If you have forgotten the password, reset it on your organisation&apos;s password reset page, often https://aka.ms/sspr, or ask your IT administrator. If an app asked for the password itself, choose its option called OAuth2 or Modern Authentication instead.</source>
        <translation>Prüfen Sie die E-Mail-Adresse und das Passwort, achten Sie auf die Feststelltaste, und melden Sie sich erneut an. Wenn Sie das Passwort vergessen haben, setzen Sie es auf der Seite Ihrer Organisation zum Zurücksetzen von Passwörtern zurück, oft https://aka.ms/sspr, oder fragen Sie Ihren IT-Administrator. Wenn eine App selbst nach dem Passwort gefragt hat, wählen Sie stattdessen deren Option OAuth2 oder „Moderne Authentifizierung“.</translation>
    </message>
    <message>
        <source>This account is locked or switched off.</source>
        <translation>Dieses Konto ist gesperrt oder deaktiviert.</translation>
    </message>
    <message>
        <source>After too many wrong passwords Microsoft locks an account for a while: wait a few minutes and sign in again, typing the password with care. For an Outlook.com, Hotmail or Live address, sign in at account.microsoft.com and follow the steps shown there to unlock the account. For a work or school address that stays locked, only your IT administrator can unlock it or switch it on again.</source>
        <translation>Nach zu vielen falschen Passwörtern sperrt Microsoft ein Konto für eine Weile: Warten Sie einige Minuten und melden Sie sich erneut an, und geben Sie das Passwort sorgfältig ein. Für eine Adresse von Outlook.com, Hotmail oder Live melden Sie sich auf account.microsoft.com an und folgen den dort gezeigten Schritten, um das Konto zu entsperren. Eine Geschäfts-, Schul- oder Uniadresse, die gesperrt bleibt, kann nur Ihr IT-Administrator entsperren oder wieder aktivieren.</translation>
    </message>
    <message>
        <source>Microsoft has locked this Microsoft account.</source>
        <translation>Microsoft hat dieses Microsoft-Konto gesperrt.</translation>
    </message>
    <message>
        <source>Microsoft locks a personal account after too many wrong passwords or when it suspects misuse. Sign in at account.microsoft.com in your browser and follow the steps to unlock it; Microsoft sends a security code to your phone or to another email address. Then sign in again in Mail Setup.</source>
        <translation>Microsoft sperrt ein privates Konto nach zu vielen falschen Passwörtern oder bei Verdacht auf Missbrauch. Melden Sie sich im Browser auf account.microsoft.com an und folgen Sie den Schritten zum Entsperren; Microsoft sendet einen Sicherheitscode an Ihr Telefon oder an eine andere E-Mail-Adresse. Melden Sie sich dann in Mail Setup erneut an.</translation>
    </message>
    <message>
        <source>Your account is locked or switched off.</source>
        <translation>Ihr Konto ist gesperrt oder deaktiviert.</translation>
    </message>
    <message>
        <source>If you typed a wrong password several times, wait a few minutes and sign in again. If the account stays locked, or your organisation has switched it off, only your IT administrator can unlock it or switch it on again. Mail Setup can write the request for them.</source>
        <translation>Wenn Sie mehrmals ein falsches Passwort eingegeben haben, warten Sie einige Minuten und melden Sie sich erneut an. Bleibt das Konto gesperrt oder hat Ihre Organisation es deaktiviert, kann nur Ihr IT-Administrator es entsperren oder wieder aktivieren. Mail Setup kann die Anfrage an ihn schreiben.</translation>
    </message>
    <message>
        <source>Microsoft says that this application is switched off.</source>
        <translation>Microsoft meldet, dass diese Anwendung deaktiviert ist.</translation>
    </message>
    <message>
        <source>With a work or school account, your organisation&apos;s administrator may have switched the application off for its users. Only they can switch it on again, under Enterprise applications in the Microsoft Entra admin center; Mail Setup can write the request for them. If a personal account gets this too, Microsoft has switched off the application itself: please report it to the makers of the application with the details below.</source>
        <translation>Bei einem Geschäfts-, Schul- oder Unikonto hat der Administrator Ihrer Organisation die Anwendung vielleicht für deren Benutzer deaktiviert. Nur er kann sie wieder aktivieren, unter „Unternehmensanwendungen“ im Microsoft Entra Admin Center; Mail Setup kann die Anfrage an ihn schreiben. Wenn auch ein privates Konto diese Meldung erhält, hat Microsoft die Anwendung selbst deaktiviert: Bitte melden Sie das den Entwicklern der Anwendung mit den Details unten.</translation>
    </message>
    <message>
        <source>Microsoft has switched off the application for personal accounts, which only its makers can resolve. Please report this to the makers of Mail Setup, or of the app that showed the message, with the details below.</source>
        <translation>Microsoft hat die Anwendung für private Konten deaktiviert; das können nur ihre Entwickler lösen. Bitte melden Sie dies den Entwicklern von Mail Setup oder der App, die die Meldung gezeigt hat, mit den Details unten.</translation>
    </message>
    <message>
        <source>The clock of this computer or device does not agree with Microsoft&apos;s.</source>
        <translation>Die Uhr dieses Computers oder Geräts stimmt nicht mit der von Microsoft überein.</translation>
    </message>
    <message>
        <source>Set the date, the time and the time zone right, best by letting the system take them from the internet, then sign in again. Sign-in passes carry times, and Microsoft refuses them when the clocks are too far apart.</source>
        <translation>Stellen Sie Datum, Uhrzeit und Zeitzone richtig ein, am besten, indem das System sie aus dem Internet bezieht, und melden Sie sich dann erneut an. Anmeldungen tragen Zeitangaben, und Microsoft lehnt sie ab, wenn die Uhren zu weit auseinanderliegen.</translation>
    </message>
    <message>
        <source>Mail Setup could not reach Microsoft&apos;s sign-in service.</source>
        <translation>Mail Setup konnte den Anmeldedienst von Microsoft nicht erreichen.</translation>
    </message>
    <message>
        <source>Check that this computer is connected to the internet, for example by opening a web page, and try again. If web pages open, a firewall, proxy or security program may be stopping Mail Setup from reaching Microsoft: check its settings or try another network.</source>
        <translation>Prüfen Sie, ob dieser Computer mit dem Internet verbunden ist, zum Beispiel indem Sie eine Webseite öffnen, und versuchen Sie es erneut. Wenn sich Webseiten öffnen, hindert vielleicht eine Firewall, ein Proxy oder ein Sicherheitsprogramm Mail Setup daran, Microsoft zu erreichen: Prüfen Sie dessen Einstellungen oder versuchen Sie ein anderes Netzwerk.</translation>
    </message>
    <message>
        <source>Microsoft&apos;s sign-in service did not answer in time.</source>
        <translation>Der Anmeldedienst von Microsoft hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>The connection to Microsoft was too slow, or stopped before the sign-in could finish. Check the internet connection and try again in a few minutes. If it keeps happening on this network, try another one, for example a phone&apos;s hotspot: some networks and proxies hold such connections back.</source>
        <translation>Die Verbindung zu Microsoft war zu langsam oder brach ab, bevor die Anmeldung fertig war. Prüfen Sie die Internetverbindung und versuchen Sie es in einigen Minuten erneut. Passiert das in diesem Netzwerk immer wieder, versuchen Sie ein anderes, zum Beispiel den Hotspot eines Telefons: Manche Netzwerke und Proxys halten solche Verbindungen auf.</translation>
    </message>
    <message>
        <source>Microsoft&apos;s sign-in service answered with an error instead of the sign-in.</source>
        <translation>Der Anmeldedienst von Microsoft hat mit einem Fehler statt mit der Anmeldung geantwortet.</translation>
    </message>
    <message>
        <source>This is usually a passing problem at Microsoft: wait a few minutes and try again. On a network that first shows a page of its own, as in hotels, trains and airports, open any web page in the browser, accept the network&apos;s terms or sign in to it, and then try again.</source>
        <translation>Das ist meist ein vorübergehendes Problem bei Microsoft: Warten Sie einige Minuten und versuchen Sie es erneut. In einem Netzwerk, das zuerst eine eigene Seite zeigt, wie in Hotels, Zügen und Flughäfen, öffnen Sie eine beliebige Webseite im Browser, akzeptieren Sie die Bedingungen des Netzwerks oder melden Sie sich dort an, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>Mail Setup could not prepare the address on this computer that the browser comes back to after the sign-in.</source>
        <translation>Mail Setup konnte die Adresse auf diesem Computer nicht vorbereiten, zu der der Browser nach der Anmeldung zurückkehrt.</translation>
    </message>
    <message>
        <source>To receive the sign-in from the browser, Mail Setup needs a free port on this computer&apos;s own addresses 127.0.0.1 and ::1. Other programs may be holding them, or security software may block them. Close programs you do not need and sign in again. If it keeps happening, restart the computer, and if even that does not help, please report it to the makers of Mail Setup with the details below.</source>
        <translation>Um die Anmeldung vom Browser zu empfangen, braucht Mail Setup einen freien Port auf den eigenen Adressen dieses Computers, 127.0.0.1 und ::1. Andere Programme belegen sie vielleicht, oder Sicherheitssoftware sperrt sie. Schließen Sie Programme, die Sie nicht brauchen, und melden Sie sich erneut an. Passiert es immer wieder, starten Sie den Computer neu, und wenn auch das nicht hilft, melden Sie es bitte den Entwicklern von Mail Setup mit den Details unten.</translation>
    </message>
    <message>
        <source>Make sure you signed in with the same Microsoft account as the email address being set up, then run the check again. If reading mail fails this way, check that &quot;Let devices and apps use IMAP&quot; is on at outlook.com, under Settings &gt; Mail &gt; Forwarding and IMAP. The server does not say why it refused.</source>
        <translation>Stellen Sie sicher, dass Sie sich mit demselben Microsoft-Konto angemeldet haben wie die E-Mail-Adresse, die eingerichtet wird, und starten Sie die Prüfung erneut. Wenn das Lesen von E-Mails so fehlschlägt, prüfen Sie, ob „Geräten und Apps die Verwendung von IMAP erlauben“ auf outlook.com unter Einstellungen &gt; E-Mail &gt; Weiterleitung und IMAP eingeschaltet ist. Der Server sagt nicht, warum er abgelehnt hat.</translation>
    </message>
    <message>
        <source>The app or device tried a password, and Microsoft refuses passwords from mail apps, app passwords included: Outlook.com since 16 September 2024, Microsoft 365 as well. Mail Setup signs in through Microsoft&apos;s sign-in page instead, so run the check again and sign in through the browser. In other mail apps, choose the sign-in method called OAuth2 or Modern Authentication. A printer, scanner or older app that only knows passwords can send through a relay that signs in with Microsoft on its behalf.</source>
        <translation>Die App oder das Gerät hat ein Passwort versucht, und Microsoft lehnt Passwörter von E-Mail-Apps ab, App-Passwörter eingeschlossen: Outlook.com seit dem 16. September 2024, Microsoft 365 ebenso. Mail Setup meldet sich stattdessen über die Anmeldeseite von Microsoft an; starten Sie die Prüfung also erneut und melden Sie sich im Browser an. Wählen Sie in anderen E-Mail-Apps die Anmeldemethode OAuth2 oder „Moderne Authentifizierung“. Ein Drucker, Scanner oder eine ältere App, die nur Passwörter kennt, kann über ein Relay senden, das sich in ihrem Namen bei Microsoft anmeldet.</translation>
    </message>
    <message>
        <source>Outlook.com no longer accepts a password from mail apps and devices.</source>
        <translation>Outlook.com nimmt von E-Mail-Apps und Geräten kein Passwort mehr an.</translation>
    </message>
    <message>
        <source>Since 16 September 2024 Outlook.com, Hotmail and Live accept no password from mail apps, not even an app password. Choose the sign-in method called OAuth2 or Modern Authentication in the app, which opens Microsoft&apos;s sign-in page; Mail Setup signs in that way. A printer, scanner or older app that only knows passwords can send through a relay that signs in with Microsoft on its behalf.</source>
        <translation>Seit dem 16. September 2024 nehmen Outlook.com, Hotmail und Live von E-Mail-Apps kein Passwort mehr an, auch kein App-Passwort. Wählen Sie in der App die Anmeldemethode OAuth2 oder „Moderne Authentifizierung“, die die Anmeldeseite von Microsoft öffnet; so meldet sich Mail Setup an. Ein Drucker, Scanner oder eine ältere App, die nur Passwörter kennt, kann über ein Relay senden, das sich in ihrem Namen bei Microsoft anmeldet.</translation>
    </message>
    <message>
        <source>Microsoft 365 no longer accepts a password from this mail app or device.</source>
        <translation>Microsoft 365 nimmt von dieser E-Mail-App oder diesem Gerät kein Passwort mehr an.</translation>
    </message>
    <message>
        <source>Your organisation&apos;s mailboxes accept mail apps only through Microsoft&apos;s sign-in page, and app passwords do not help. Choose the sign-in method called OAuth2 or Modern Authentication in the app; Mail Setup signs in that way. For a printer, scanner or older app that only knows passwords, your IT administrator can set up a relay that signs in with Microsoft on its behalf, or a connector.</source>
        <translation>Die Postfächer Ihrer Organisation lassen E-Mail-Apps nur über die Anmeldeseite von Microsoft zu, und App-Passwörter helfen nicht. Wählen Sie in der App die Anmeldemethode OAuth2 oder „Moderne Authentifizierung“; so meldet sich Mail Setup an. Für einen Drucker, Scanner oder eine ältere App, die nur Passwörter kennt, kann Ihr IT-Administrator ein Relay einrichten, das sich in ihrem Namen bei Microsoft anmeldet, oder einen Connector.</translation>
    </message>
    <message>
        <source>Microsoft has not switched on sending from mail apps for this Outlook.com mailbox yet.</source>
        <translation>Microsoft hat das Senden aus E-Mail-Apps für dieses Outlook.com-Postfach noch nicht freigeschaltet.</translation>
    </message>
    <message>
        <source>Reading mail works, but Microsoft does not yet let mail apps send from this mailbox, even with a proper sign-in. Many recently made Outlook.com and Hotmail accounts get this, and no switch in Outlook.com changes it. It often starts to work by itself after some days of normal use. Meanwhile, send from outlook.com in a browser or from the Outlook app. If nothing has changed after a week or two, contact Microsoft support through Help on outlook.com.</source>
        <translation>Das Lesen von E-Mails funktioniert, aber Microsoft lässt E-Mail-Apps aus diesem Postfach noch nicht senden, auch nicht mit einer richtigen Anmeldung. Viele neu angelegte Outlook.com- und Hotmail-Konten sind davon betroffen, und kein Schalter in Outlook.com ändert das. Oft funktioniert es nach einigen Tagen normaler Nutzung von selbst. Senden Sie bis dahin über outlook.com im Browser oder mit der Outlook-App. Hat sich nach ein bis zwei Wochen nichts geändert, wenden Sie sich über die Hilfe auf outlook.com an den Microsoft-Support.</translation>
    </message>
    <message>
        <source>Send with the address you signed in with as the sender. Outlook.com sends from another address only when it is an alias of the same Microsoft account, which you can add at account.microsoft.com, under Your info. Otherwise sign in with the Microsoft account that owns the address.</source>
        <translation>Senden Sie mit der Adresse, mit der Sie sich angemeldet haben, als Absender. Outlook.com sendet nur dann von einer anderen Adresse, wenn sie ein Alias desselben Microsoft-Kontos ist; einen Alias fügen Sie auf account.microsoft.com unter „Ihre Infos“ hinzu. Melden Sie sich andernfalls mit dem Microsoft-Konto an, dem die Adresse gehört.</translation>
    </message>
    <message>
        <source>If you meant to sign in with the account that owns this address, sign in with it. If the address belongs to a shared mailbox or to someone else, only your IT administrator can give your account the Send As permission for it. Mail Setup can write the request for them; allow up to an hour after the change before trying again.</source>
        <translation>Wenn Sie sich mit dem Konto anmelden wollten, dem diese Adresse gehört, melden Sie sich mit ihm an. Gehört die Adresse zu einem freigegebenen Postfach oder einer anderen Person, kann nur Ihr IT-Administrator Ihrem Konto die Berechtigung „Senden als“ dafür geben. Mail Setup kann die Anfrage an ihn schreiben; warten Sie nach der Änderung bis zu einer Stunde, bevor Sie es erneut versuchen.</translation>
    </message>
    <message>
        <source>Outlook.com has stopped this account from sending mail.</source>
        <translation>Outlook.com hat das Senden von E-Mails für dieses Konto gesperrt.</translation>
    </message>
    <message>
        <source>Outlook.com does this when it suspects an account of sending unwanted mail, or when a new account sends a lot before it is verified. Sign in at outlook.com in a browser and follow the steps shown there, such as confirming a code sent to your phone. If someone else may know your password, change it at account.microsoft.com. If sending stays blocked for more than a day, contact Microsoft support through Help on outlook.com.</source>
        <translation>Outlook.com tut das, wenn es ein Konto verdächtigt, unerwünschte E-Mails zu senden, oder wenn ein neues Konto viel sendet, bevor es bestätigt ist. Melden Sie sich im Browser auf outlook.com an und folgen Sie den dort gezeigten Schritten, etwa der Bestätigung eines Codes, der an Ihr Telefon gesendet wird. Wenn jemand anderes Ihr Passwort kennen könnte, ändern Sie es auf account.microsoft.com. Bleibt das Senden länger als einen Tag gesperrt, wenden Sie sich über die Hilfe auf outlook.com an den Microsoft-Support.</translation>
    </message>
    <message>
        <source>Microsoft 365 has stopped this mailbox from sending mail.</source>
        <translation>Microsoft 365 hat das Senden von E-Mails für dieses Postfach gesperrt.</translation>
    </message>
    <message>
        <source>Microsoft 365 blocks a mailbox that it suspects of sending unwanted mail, often because someone else has learnt the password. Change your password. Only your IT administrator can release the mailbox, after checking it for misuse; Mail Setup can write the request for them, with the exact commands.</source>
        <translation>Microsoft 365 sperrt ein Postfach, das es verdächtigt, unerwünschte E-Mails zu senden, oft weil jemand anderes das Passwort erfahren hat. Ändern Sie Ihr Passwort. Nur Ihr IT-Administrator kann das Postfach wieder freigeben, nachdem er es auf Missbrauch geprüft hat; Mail Setup kann die Anfrage an ihn schreiben, mit den genauen Befehlen.</translation>
    </message>
    <message>
        <source>Outlook.com limits how many messages and recipients an account may send in a day, and new accounts get lower limits at first. Wait until the limit resets, which can take up to 24 hours, then run the check again. If Outlook.com asks you to verify the account, do so at outlook.com: a verified account may send more.</source>
        <translation>Outlook.com begrenzt, wie viele Nachrichten und Empfänger ein Konto an einem Tag senden darf, und neue Konten haben anfangs niedrigere Grenzen. Warten Sie, bis die Grenze zurückgesetzt wird, was bis zu 24 Stunden dauern kann, und starten Sie die Prüfung dann erneut. Wenn Outlook.com Sie bittet, das Konto zu bestätigen, tun Sie das auf outlook.com: Ein bestätigtes Konto darf mehr senden.</translation>
    </message>
    <message>
        <source>Microsoft 365 lets a mailbox send to at most 10,000 recipients a day and about 30 messages a minute. Wait until the limit resets, which can take up to 24 hours, then run the check again. If the mailbox really has to send more, ask your IT administrator about a service made for bulk mail.</source>
        <translation>Microsoft 365 lässt ein Postfach an höchstens 10.000 Empfänger am Tag und etwa 30 Nachrichten pro Minute senden. Warten Sie, bis die Grenze zurückgesetzt wird, was bis zu 24 Stunden dauern kann, und starten Sie die Prüfung dann erneut. Wenn das Postfach wirklich mehr senden muss, fragen Sie Ihren IT-Administrator nach einem Dienst für Massen-E-Mails.</translation>
    </message>
    <message>
        <source>A server on the way refused the message; its own words are in the details below. Signing in worked, so the settings are right. If the words speak of an address that does not exist, check the address. If they speak of spam or of the sending server&apos;s reputation, wait a few hours and try again; if it keeps happening, contact Microsoft support through Help on outlook.com.</source>
        <translation>Ein Server auf dem Weg hat die Nachricht abgelehnt; seine eigenen Worte stehen in den Details unten. Die Anmeldung hat funktioniert, die Einstellungen sind also richtig. Wenn die Worte von einer Adresse sprechen, die es nicht gibt, prüfen Sie die Adresse. Sprechen sie von Spam oder vom Ruf des sendenden Servers, warten Sie einige Stunden und versuchen Sie es erneut; passiert es immer wieder, wenden Sie sich über die Hilfe auf outlook.com an den Microsoft-Support.</translation>
    </message>
    <message>
        <source>Microsoft 365 no longer accepts a password for sending mail from this device or app.</source>
        <translation>Microsoft 365 nimmt kein Passwort mehr an, um von diesem Gerät oder dieser App E-Mails zu senden.</translation>
    </message>
    <message>
        <source>The device or app signed in to send mail with a user name and a password. Exchange Online switches that off, by default from the end of December 2026 and for good in 2027, and app passwords do not help. Choose the sign-in method called OAuth2 or Modern Authentication in the app. A printer, scanner or older app that cannot do that can send through a relay that signs in with Microsoft on its behalf, and your IT administrator can set up a connector for it instead.</source>
        <translation>Das Gerät oder die App hat sich zum Senden mit Benutzername und Passwort angemeldet. Exchange Online schaltet das ab, standardmäßig ab Ende Dezember 2026 und endgültig 2027, und App-Passwörter helfen nicht. Wählen Sie in der App die Anmeldemethode OAuth2 oder „Moderne Authentifizierung“. Ein Drucker, Scanner oder eine ältere App, die das nicht kann, kann über ein Relay senden, das sich in ihrem Namen bei Microsoft anmeldet, und Ihr IT-Administrator kann stattdessen einen Connector dafür einrichten.</translation>
    </message>
    <message>
        <source>Your organisation&apos;s security defaults do not let mail apps send with a password.</source>
        <translation>Die Sicherheitsstandards Ihrer Organisation lassen E-Mail-Apps nicht mit einem Passwort senden.</translation>
    </message>
    <message>
        <source>Your organisation has Microsoft&apos;s security defaults switched on, and while they are, Exchange Online refuses every device or app that signs in to send with a user name and a password, whatever else is set. Choose the sign-in method called OAuth2 or Modern Authentication in the app if it has one. If it has not, only your IT administrator can help, by replacing the security defaults with Conditional Access rules; Mail Setup can write the request for them.</source>
        <translation>In Ihrer Organisation sind die Sicherheitsstandards von Microsoft eingeschaltet, und solange das so ist, weist Exchange Online jedes Gerät und jede App ab, die sich zum Senden mit Benutzername und Passwort anmeldet, egal was sonst eingestellt ist. Wählen Sie in der App die Anmeldemethode OAuth2 oder „Moderne Authentifizierung“, wenn sie eine hat. Wenn nicht, kann nur Ihr IT-Administrator helfen, indem er die Sicherheitsstandards durch Regeln für bedingten Zugriff ersetzt; Mail Setup kann die Anfrage an ihn schreiben.</translation>
    </message>
    <message>
        <source>Your organisation turns away mail that a device sends to it without signing in.</source>
        <translation>Ihre Organisation weist E-Mails ab, die ein Gerät ohne Anmeldung an sie sendet.</translation>
    </message>
    <message>
        <source>The device or app sends straight to your organisation&apos;s mail servers without a sign-in (direct send), and your organisation has switched that off, as Microsoft recommends. If the device can sign in with OAuth2 or Modern Authentication, set it to send through smtp.office365.com on port 587 that way. Otherwise only your IT administrator can let its mail in, best with a connector for the device&apos;s network address; Mail Setup can write the request for them.</source>
        <translation>Das Gerät oder die App sendet ohne Anmeldung direkt an die Mailserver Ihrer Organisation (Direktversand), und Ihre Organisation hat das abgeschaltet, wie Microsoft es empfiehlt. Wenn sich das Gerät mit OAuth2 oder „Moderner Authentifizierung“ anmelden kann, stellen Sie es so ein, dass es auf diese Weise über smtp.office365.com auf Port 587 sendet. Andernfalls kann nur Ihr IT-Administrator seine E-Mails zulassen, am besten mit einem Connector für die Netzwerkadresse des Geräts; Mail Setup kann die Anfrage an ihn schreiben.</translation>
    </message>
    <message>
        <source>A mailbox is full, so the message could not be sent or delivered.</source>
        <translation>Ein Postfach ist voll, daher konnte die Nachricht nicht gesendet oder zugestellt werden.</translation>
    </message>
    <message>
        <source>Microsoft stops a mailbox that is over its storage limit from sending, and later from receiving. If it is your own mailbox, delete messages you do not need, large ones first, and empty the Deleted Items and Junk Email folders, then run the check again. If the bounce names someone else&apos;s mailbox, only they can make room in it.</source>
        <translation>Microsoft sperrt für ein Postfach, das über seiner Speichergrenze liegt, das Senden und später auch den Empfang. Wenn es Ihr eigenes Postfach ist, löschen Sie Nachrichten, die Sie nicht brauchen, große zuerst, leeren Sie die Ordner „Gelöschte Elemente“ und „Junk-E-Mail“, und starten Sie die Prüfung dann erneut. Nennt die Rückmeldung das Postfach einer anderen Person, kann nur diese darin Platz schaffen.</translation>
    </message>
    <message>
        <source>Outlook.com&apos;s storage is shared with OneDrive: see what uses it at outlook.com, under Settings &gt; General &gt; Storage. Delete messages you do not need, large ones first, empty the Deleted Items and Junk Email folders, and remove large files from OneDrive if that is what fills it; then run the check again. If the bounce names someone else&apos;s mailbox, only they can make room in it.</source>
        <translation>Der Speicher von Outlook.com wird mit OneDrive geteilt: Was ihn belegt, sehen Sie auf outlook.com unter Einstellungen &gt; Allgemein &gt; Speicher. Löschen Sie Nachrichten, die Sie nicht brauchen, große zuerst, leeren Sie die Ordner „Gelöschte Elemente“ und „Junk-E-Mail“, und entfernen Sie große Dateien aus OneDrive, wenn diese ihn füllen; starten Sie die Prüfung dann erneut. Nennt die Rückmeldung das Postfach einer anderen Person, kann nur diese darin Platz schaffen.</translation>
    </message>
    <message>
        <source>If it is your own mailbox, delete messages you do not need, large ones first, and empty the Deleted Items folder, then run the check again. If that cannot free enough, your IT administrator can raise the mailbox&apos;s limit or switch on an archive mailbox. If the bounce names someone else&apos;s mailbox, only they can make room in it.</source>
        <translation>Wenn es Ihr eigenes Postfach ist, löschen Sie Nachrichten, die Sie nicht brauchen, große zuerst, leeren Sie den Ordner „Gelöschte Elemente“, und starten Sie die Prüfung dann erneut. Reicht das nicht, kann Ihr IT-Administrator die Grenze des Postfachs erhöhen oder ein Archivpostfach einschalten. Nennt die Rückmeldung das Postfach einer anderen Person, kann nur diese darin Platz schaffen.</translation>
    </message>
    <message>
        <source>Sending and signing in work. Delivery can be slow at busy times: wait a few minutes and look in your inbox and in the Junk Email folder. If the message never arrives, a rule in Outlook.com may move or delete it: look at outlook.com, under Settings &gt; Mail &gt; Rules.</source>
        <translation>Senden und Anmelden funktionieren. Die Zustellung kann zu Stoßzeiten langsam sein: Warten Sie einige Minuten und sehen Sie in Ihrem Posteingang und im Ordner „Junk-E-Mail“ nach. Kommt die Nachricht nie an, verschiebt oder löscht sie vielleicht eine Regel in Outlook.com: Sehen Sie auf outlook.com unter Einstellungen &gt; E-Mail &gt; Regeln nach.</translation>
    </message>
    <message>
        <source>The email address cannot be used as it is written.</source>
        <translation>Die E-Mail-Adresse kann so, wie sie geschrieben ist, nicht verwendet werden.</translation>
    </message>
    <message>
        <source>Check the address for typing mistakes: an email address has one @ and no spaces, quotation marks, angle brackets, backslashes or control characters. Correct it and start again.</source>
        <translation>Prüfen Sie die Adresse auf Tippfehler: Eine E-Mail-Adresse hat genau ein @ und keine Leerzeichen, Anführungszeichen, spitzen Klammern, Backslashes oder Steuerzeichen. Korrigieren Sie sie und beginnen Sie erneut.</translation>
    </message>
    <message>
        <source>The mail server is not taking connections at the moment.</source>
        <translation>Der Mailserver nimmt im Moment keine Verbindungen an.</translation>
    </message>
    <message>
        <source>Nothing is wrong with your settings or your account: the server turned the connection away before Mail Setup could sign in, as servers do while they are busy or being maintained. Wait a few minutes and run the check again. If it still fails an hour later, Microsoft&apos;s service status page may say more.</source>
        <translation>Mit Ihren Einstellungen und Ihrem Konto ist alles in Ordnung: Der Server hat die Verbindung abgewiesen, bevor Mail Setup sich anmelden konnte, wie Server es tun, wenn sie ausgelastet sind oder gewartet werden. Warten Sie einige Minuten und starten Sie die Prüfung erneut. Schlägt sie eine Stunde später immer noch fehl, sagt die Statusseite der Microsoft-Dienste vielleicht mehr.</translation>
    </message>
    <message>
        <source>The outgoing mail server cannot send from this email address.</source>
        <translation>Der Postausgangsserver kann nicht von dieser E-Mail-Adresse senden.</translation>
    </message>
    <message>
        <source>The part of the address before the @ has letters that this server does not accept in an address: it would need the SMTPUTF8 extension, which it does not offer. Signing in worked. Ask the people who run your email whether the mailbox also has an address with plain letters (a to z, digits, dots), and set up that one, or whether the server can be given SMTPUTF8.</source>
        <translation>Der Teil der Adresse vor dem @ enthält Buchstaben, die dieser Server in einer Adresse nicht annimmt: Dafür bräuchte er die Erweiterung SMTPUTF8, die er nicht anbietet. Die Anmeldung hat funktioniert. Fragen Sie die Betreiber Ihrer E-Mail, ob das Postfach auch eine Adresse mit einfachen Buchstaben hat (a bis z, Ziffern, Punkte), und richten Sie diese ein, oder ob der Server SMTPUTF8 bekommen kann.</translation>
    </message>
    <message>
        <source>The relay for your devices did not start on this computer.</source>
        <translation>Das Relay für Ihre Geräte ist auf diesem Computer nicht gestartet.</translation>
    </message>
    <message>
        <source>Try again. If it fails the same way, the relay&apos;s own words below say why: most often the sign-in is not saved on this computer, or the keychain is locked. Sign in again with Mail Setup, unlock the keychain, and try once more.</source>
        <translation>Versuchen Sie es erneut. Schlägt es genauso fehl, sagen die Worte des Relays unten, warum: Meist ist die Anmeldung auf diesem Computer nicht gespeichert oder der Schlüsselbund ist gesperrt. Melden Sie sich mit Mail Setup erneut an, entsperren Sie den Schlüsselbund und versuchen Sie es noch einmal.</translation>
    </message>
    <message>
        <source>Another program already uses the relay&apos;s port on this computer.</source>
        <translation>Ein anderes Programm verwendet bereits den Port des Relays auf diesem Computer.</translation>
    </message>
    <message>
        <source>Another program, or a relay that sends for another account, answers on the port the relay needs. Stop that program (or that relay, with &quot;mailsetup relay remove-service&quot; or by ending it), then try again.</source>
        <translation>Ein anderes Programm oder ein Relay, das für ein anderes Konto sendet, antwortet auf dem Port, den das Relay braucht. Beenden Sie dieses Programm (oder dieses Relay, mit &quot;mailsetup relay remove-service&quot; oder indem Sie es beenden) und versuchen Sie es dann erneut.</translation>
    </message>
</context>
<context>
    <name>DiagnosisView</name>
    <message>
        <source>What went wrong</source>
        <translation>Was schiefgegangen ist</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Shows or hides what the server said, for a helpdesk.</source>
        <translation>Blendet ein oder aus, was der Server geantwortet hat, für einen Helpdesk.</translation>
    </message>
    <message>
        <source>Details for the helpdesk</source>
        <translation>Details für den Helpdesk</translation>
    </message>
    <message>
        <source>What the server or Microsoft&apos;s sign-in said, word for word.</source>
        <translation>Was der Server oder die Anmeldung bei Microsoft geantwortet hat, Wort für Wort.</translation>
    </message>
    <message>
        <source>Sign in &amp;again</source>
        <translation>Erneut an&amp;melden</translation>
    </message>
    <message>
        <source>Opens Microsoft&apos;s sign-in page in your browser once more.</source>
        <translation>Öffnet die Anmeldeseite von Microsoft noch einmal in Ihrem Browser.</translation>
    </message>
    <message>
        <source>&amp;Use another account</source>
        <translation>A&amp;nderes Konto verwenden</translation>
    </message>
    <message>
        <source>Opens Microsoft&apos;s sign-in page so that you can choose the account of the address you are setting up.</source>
        <translation>Öffnet die Anmeldeseite von Microsoft, damit Sie das Konto der Adresse wählen können, die Sie einrichten.</translation>
    </message>
    <message>
        <source>Copy a message for your &amp;IT administrator</source>
        <translation>Nachricht für Ihren &amp;IT-Administrator kopieren</translation>
    </message>
    <message>
        <source>Puts a message on the clipboard that tells your IT administrator exactly what to change.</source>
        <translation>Legt eine Nachricht in die Zwischenablage, die Ihrem IT-Administrator genau sagt, was er ändern muss.</translation>
    </message>
    <message>
        <source>Show me &amp;how to switch on IMAP</source>
        <translation>An&amp;leitung zum Einschalten von IMAP</translation>
    </message>
    <message>
        <source>Goes back to the page that shows how to switch on IMAP in Outlook.com.</source>
        <translation>Geht zurück zu der Seite, die zeigt, wie Sie IMAP in Outlook.com einschalten.</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>Erneut &amp;versuchen</translation>
    </message>
    <message>
        <source>Runs again only the checks that failed.</source>
        <translation>Wiederholt nur die Prüfungen, die fehlgeschlagen sind.</translation>
    </message>
    <message>
        <source>Who can fix this: %1</source>
        <translation>Wer das beheben kann: %1</translation>
    </message>
    <message>
        <source>Hide &amp;details</source>
        <translation>&amp;Details ausblenden</translation>
    </message>
    <message>
        <source>Show &amp;details</source>
        <translation>&amp;Details einblenden</translation>
    </message>
    <message>
        <source>Hide details</source>
        <translation>Details ausblenden</translation>
    </message>
    <message>
        <source>Show details</source>
        <translation>Details einblenden</translation>
    </message>
    <message>
        <source>Your IT administrator can make the change in Microsoft Graph PowerShell:</source>
        <translation>Ihr IT-Administrator kann die Änderung in Microsoft Graph PowerShell vornehmen:</translation>
    </message>
    <message>
        <source>Your IT administrator can make the change in Exchange Online PowerShell:</source>
        <translation>Ihr IT-Administrator kann die Änderung in Exchange Online PowerShell vornehmen:</translation>
    </message>
    <message>
        <source>Commands for your IT administrator</source>
        <translation>Befehle für Ihren IT-Administrator</translation>
    </message>
    <message>
        <source>The commands are on the clipboard.</source>
        <translation>Die Befehle sind in der Zwischenablage.</translation>
    </message>
</context>
<context>
    <name>EmailAddress</name>
    <message>
        <source>An email address has no spaces in it.</source>
        <translation>Eine E-Mail-Adresse enthält keine Leerzeichen.</translation>
    </message>
    <message>
        <source>Type the whole address, with the @ and the part after it, for example name@outlook.com.</source>
        <translation>Geben Sie die ganze Adresse ein, mit dem @ und dem Teil danach, zum Beispiel name@outlook.com.</translation>
    </message>
    <message>
        <source>An email address has only one @ in it.</source>
        <translation>Eine E-Mail-Adresse enthält nur ein einziges @.</translation>
    </message>
    <message>
        <source>Type the part before the @ too, for example name@outlook.com.</source>
        <translation>Geben Sie auch den Teil vor dem @ ein, zum Beispiel name@outlook.com.</translation>
    </message>
    <message>
        <source>The part before the @ has a character that email addresses cannot have, or a dot at its start, at its end or twice in a row.</source>
        <translation>Der Teil vor dem @ enthält ein Zeichen, das in E-Mail-Adressen nicht vorkommen darf, oder einen Punkt am Anfang, am Ende oder zweimal hintereinander.</translation>
    </message>
    <message>
        <source>The part before the @ is too long for an email address.</source>
        <translation>Der Teil vor dem @ ist zu lang für eine E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>Type the part after the @ too, for example outlook.com.</source>
        <translation>Geben Sie auch den Teil nach dem @ ein, zum Beispiel outlook.com.</translation>
    </message>
    <message>
        <source>The part after the @ is not complete: it needs a dot and an ending, for example outlook.com.</source>
        <translation>Der Teil nach dem @ ist unvollständig: Es fehlen ein Punkt und eine Endung, zum Beispiel outlook.com.</translation>
    </message>
    <message>
        <source>The part after the @ is not a domain name that can exist. Check it for typing mistakes.</source>
        <translation>Der Teil nach dem @ ist kein Domainname, den es geben kann. Prüfen Sie ihn auf Tippfehler.</translation>
    </message>
    <message>
        <source>This is too long for an email address.</source>
        <translation>Das ist zu lang für eine E-Mail-Adresse.</translation>
    </message>
</context>
<context>
    <name>Enrolment</name>
    <message>
        <source>There is no sign-in to keep.</source>
        <translation>Es gibt keine Anmeldung, die gespeichert werden könnte.</translation>
    </message>
    <message>
        <source>The account settings could not be written to %1.</source>
        <translation>Die Kontoeinstellungen konnten nicht in %1 geschrieben werden.</translation>
    </message>
    <message>
        <source>The sign-in could not be kept in %1. %2</source>
        <translation>Die Anmeldung konnte nicht %1 aufbewahrt werden. %2</translation>
    </message>
    <message>
        <source>Technical detail: %1</source>
        <translation>Technische Einzelheit: %1</translation>
    </message>
    <message>
        <source>No sign-in is kept for %1 on this computer.</source>
        <translation>Für %1 ist auf diesem Computer keine Anmeldung gespeichert.</translation>
    </message>
</context>
<context>
    <name>ExitCode</name>
    <message>
        <source>Exit codes:
  0  everything worked
  1  internal error in Mail Setup
  2  bad arguments or input files
  3  sign-in is needed or failed
  4  network problem or server not available (name look-up, connection, time-out)
  5  encryption (TLS) or certificate problem
  6  the server refused the account
  7  the test message could not be sent or did not arrive
  8  the keychain is not available
</source>
        <translation>Exit-Codes:
  0  alles hat funktioniert
  1  interner Fehler in Mail Setup
  2  falsche Argumente oder Eingabedateien
  3  Anmeldung nötig oder fehlgeschlagen
  4  Netzwerkproblem oder Server nicht erreichbar (Namensauflösung, Verbindung, Zeitüberschreitung)
  5  Problem mit der Verschlüsselung (TLS) oder dem Zertifikat
  6  der Server hat das Konto abgelehnt
  7  die Testnachricht konnte nicht gesendet werden oder ist nicht angekommen
  8  der Schlüsselbund ist nicht verfügbar
</translation>
    </message>
</context>
<context>
    <name>HelpdeskReport</name>
    <message>
        <source>personal Microsoft account (Outlook.com)</source>
        <translation>privates Microsoft-Konto (Outlook.com)</translation>
    </message>
    <message>
        <source>work or school account (Microsoft 365)</source>
        <translation>Geschäfts-, Schul- oder Unikonto (Microsoft 365)</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Mail Setup report for %1</source>
        <translation>Bericht von Mail Setup für %1</translation>
    </message>
    <message>
        <source>The account works: it can receive and send e-mail.</source>
        <translation>Das Konto funktioniert: Es kann E-Mails empfangen und senden.</translation>
    </message>
    <message>
        <source>The account does not work yet. The report below says what failed and who can fix it.</source>
        <translation>Das Konto funktioniert noch nicht. Der Bericht unten zeigt, was fehlgeschlagen ist und wer es beheben kann.</translation>
    </message>
    <message>
        <source>Nothing was checked yet.</source>
        <translation>Es wurde noch nichts geprüft.</translation>
    </message>
    <message>
        <source>The account</source>
        <translation>Das Konto</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Kind of account</source>
        <translation>Kontoart</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>Signed in as</source>
        <translation>Angemeldet als</translation>
    </message>
    <message>
        <source>Tenant ID</source>
        <translation>Mandanten-ID</translation>
    </message>
    <message>
        <source>Application (client) ID</source>
        <translation>Anwendungs-ID (Client-ID)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>What went wrong</source>
        <translation>Was schiefgegangen ist</translation>
    </message>
    <message>
        <source>Who can fix it</source>
        <translation>Wer es beheben kann</translation>
    </message>
    <message>
        <source>Diagnosis code</source>
        <translation>Diagnosecode</translation>
    </message>
    <message>
        <source>AADSTS code</source>
        <translation>AADSTS-Code</translation>
    </message>
    <message>
        <source>Trace ID</source>
        <translation>Ablaufverfolgungs-ID</translation>
    </message>
    <message>
        <source>Correlation ID</source>
        <translation>Korrelations-ID</translation>
    </message>
    <message>
        <source>The server said:</source>
        <translation>Antwort des Servers:</translation>
    </message>
    <message>
        <source>A message for your IT administrator</source>
        <translation>Eine Nachricht für Ihren IT-Administrator</translation>
    </message>
    <message>
        <source>What was checked</source>
        <translation>Was geprüft wurde</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>erfolgreich</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Incoming mail (IMAP, %1)</source>
        <translation>Posteingang (IMAP, %1)</translation>
    </message>
    <message>
        <source>Outgoing mail (SMTP, %1)</source>
        <translation>Postausgang (SMTP, %1)</translation>
    </message>
    <message>
        <source>The test message arrived in the inbox after %1 ms.</source>
        <translation>Die Testnachricht ist nach %1 ms im Posteingang angekommen.</translation>
    </message>
    <message>
        <source>The test message was sent but was not seen in the inbox.</source>
        <translation>Die Testnachricht wurde gesendet, ist aber nicht im Posteingang aufgetaucht.</translation>
    </message>
    <message>
        <source>The test message could not be sent.</source>
        <translation>Die Testnachricht konnte nicht gesendet werden.</translation>
    </message>
    <message>
        <source>What was said with the servers (secrets removed)</source>
        <translation>Was mit den Servern ausgetauscht wurde (ohne Zugangsdaten)</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Dieser Computer</translation>
    </message>
    <message>
        <source>Report created</source>
        <translation>Bericht erstellt</translation>
    </message>
    <message>
        <source>Mail Setup version</source>
        <translation>Version von Mail Setup</translation>
    </message>
    <message>
        <source>Qt version</source>
        <translation>Qt-Version</translation>
    </message>
    <message>
        <source>Operating system</source>
        <translation>Betriebssystem</translation>
    </message>
    <message>
        <source>Kernel</source>
        <translation>Kernel</translation>
    </message>
    <message>
        <source>The report file %1 cannot be written.</source>
        <translation>Die Berichtsdatei %1 kann nicht geschrieben werden.</translation>
    </message>
</context>
<context>
    <name>ImapSwitchPage</name>
    <message>
        <source>Switch on POP and IMAP</source>
        <translation>POP und IMAP einschalten</translation>
    </message>
    <message>
        <source>Sign in at Outlook.com in your browser, or choose &quot;Open Outlook.com settings&quot; below, which takes you straight to step 3.</source>
        <translation>Melden Sie sich im Browser bei Outlook.com an, oder wählen Sie unten „Einstellungen von Outlook.com öffnen“: Damit kommen Sie direkt zu Schritt 3.</translation>
    </message>
    <message>
        <source>Choose Settings (the gear at the top right), then Mail, then Forwarding and IMAP. In newer versions of Outlook.com the page is called Sync email, with a part called POP and IMAP.</source>
        <translatorcomment>The names in quotes are those of Outlook.com in German.</translatorcomment>
        <translation>Wählen Sie „Einstellungen“ (das Zahnrad oben rechts), dann „E-Mail“, dann „Weiterleitung und IMAP“. In neueren Versionen von Outlook.com heißt die Seite „E-Mail synchronisieren“ und hat einen Abschnitt „POP und IMAP“.</translation>
    </message>
    <message>
        <source>Switch on &quot;Let devices and apps use IMAP&quot;. If your mail app uses POP, switch on &quot;Let devices and apps use POP&quot; as well.</source>
        <translation>Schalten Sie „Geräten und Apps die Verwendung von IMAP erlauben“ ein. Wenn Ihre E-Mail-App POP verwendet, schalten Sie auch „Geräten und Apps die Verwendung von POP erlauben“ ein.</translation>
    </message>
    <message>
        <source>Choose Save.</source>
        <translation>Wählen Sie „Speichern“.</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation>Schritt %1 von %2: %3</translation>
    </message>
    <message>
        <source>Picture of the Outlook.com settings</source>
        <translation>Bild der Einstellungen von Outlook.com</translation>
    </message>
    <message>
        <source>The numbers in the picture match the steps: 1 the gear, 2 Mail and Forwarding and IMAP, 3 the switch, turned on, 4 the Save button.</source>
        <translation>Die Zahlen im Bild gehören zu den Schritten: 1 das Zahnrad, 2 „E-Mail“ und „Weiterleitung und IMAP“, 3 der eingeschaltete Schalter, 4 die Schaltfläche „Speichern“.</translation>
    </message>
    <message>
        <source>&amp;Open Outlook.com settings</source>
        <translation>&amp;Einstellungen von Outlook.com öffnen</translation>
    </message>
    <message>
        <source>Opens the POP and IMAP settings of Outlook.com in your browser. Sign in there if Outlook.com asks.</source>
        <translation>Öffnet die POP- und IMAP-Einstellungen von Outlook.com in Ihrem Browser. Melden Sie sich dort an, wenn Outlook.com danach fragt.</translation>
    </message>
    <message>
        <source>If the button does not open the right page, follow the steps above: the way through the settings always works.</source>
        <translation>Wenn die Schaltfläche nicht die richtige Seite öffnet, folgen Sie den Schritten oben: Der Weg über die Einstellungen funktioniert immer.</translation>
    </message>
    <message>
        <source>For a work or school account, your IT administrator decides whether mail apps may use IMAP and POP; there is nothing to switch on here. If it is not allowed, the check will say so and help you ask for it.</source>
        <translation>Bei einem Geschäfts-, Schul- oder Unikonto entscheidet Ihr IT-Administrator, ob E-Mail-Apps IMAP und POP verwenden dürfen; hier gibt es nichts einzuschalten. Wenn es nicht erlaubt ist, sagt Ihnen das die Prüfung und hilft Ihnen, darum zu bitten.</translation>
    </message>
    <message>
        <source>I&apos;ve &amp;switched it on</source>
        <translation>Ich habe es ein&amp;geschaltet</translation>
    </message>
    <message>
        <source>Outlook.com lets mail apps in only after you switch this on, once, in its settings.</source>
        <translation>Outlook.com lässt E-Mail-Apps erst herein, wenn Sie das einmal in den Einstellungen eingeschaltet haben.</translation>
    </message>
    <message>
        <source>Outlook.com&apos;s settings open in your browser. Come back here when you have saved.</source>
        <translation>Die Einstellungen von Outlook.com öffnen sich in Ihrem Browser. Kommen Sie hierher zurück, wenn Sie gespeichert haben.</translation>
    </message>
    <message>
        <source>Mail Setup could not open a browser. Open %1 in a browser yourself, or follow the steps above.</source>
        <translation>Mail Setup konnte keinen Browser öffnen. Öffnen Sie %1 selbst in einem Browser oder folgen Sie den Schritten oben.</translation>
    </message>
    <message>
        <source>Goes on to the next step.</source>
        <translation>Weiter zum nächsten Schritt.</translation>
    </message>
    <message>
        <source>Choose this once &quot;Let devices and apps use IMAP&quot; is on and saved. Mail Setup goes on to the sign-in.</source>
        <translation>Wählen Sie das, sobald „Geräten und Apps die Verwendung von IMAP erlauben“ eingeschaltet und gespeichert ist. Mail Setup fährt dann mit der Anmeldung fort.</translation>
    </message>
</context>
<context>
    <name>KeychainSecretStore</name>
    <message>
        <source>the macOS Keychain</source>
        <translatorcomment>Used as the place where the sign-in is kept (&quot;The sign-in is kept in %1.&quot;): translate with its preposition, as in &quot;im macOS-Schlüsselbund&quot;.</translatorcomment>
        <translation>im macOS-Schlüsselbund</translation>
    </message>
    <message>
        <source>Windows Credential Manager</source>
        <translatorcomment>Used as the place where the sign-in is kept (&quot;The sign-in is kept in %1.&quot;): translate with its preposition, as in &quot;im macOS-Schlüsselbund&quot;.</translatorcomment>
        <translation>in der Windows-Anmeldeinformationsverwaltung</translation>
    </message>
    <message>
        <source>the KDE Wallet</source>
        <translatorcomment>Used as the place where the sign-in is kept (&quot;The sign-in is kept in %1.&quot;): translate with its preposition, as in &quot;im macOS-Schlüsselbund&quot;.</translatorcomment>
        <translation>im KDE-Passwortspeicher (KWallet)</translation>
    </message>
    <message>
        <source>the Secret Service keyring</source>
        <translatorcomment>Used as the place where the sign-in is kept (&quot;The sign-in is kept in %1.&quot;): translate with its preposition, as in &quot;im macOS-Schlüsselbund&quot;.</translatorcomment>
        <translation>im Schlüsselbund Ihres Desktops (Secret Service)</translation>
    </message>
    <message>
        <source>The keyring is locked, so it cannot tell whether it holds this secret.</source>
        <translation>Der Schlüsselbund ist gesperrt und kann daher nicht sagen, ob er diese Zugangsdaten enthält.</translation>
    </message>
    <message>
        <source>The keyring is locked, so the secret may still be in it.</source>
        <translation>Der Schlüsselbund ist gesperrt, daher sind die Zugangsdaten vielleicht noch darin.</translation>
    </message>
</context>
<context>
    <name>MemorySecretStore</name>
    <message>
        <source>memory only, until Mail Setup closes</source>
        <translatorcomment>Used as the place where the sign-in is kept (&quot;The sign-in is kept in %1.&quot;): translate with its preposition, as in &quot;im macOS-Schlüsselbund&quot;.</translatorcomment>
        <translation>nur bis zum Schließen von Mail Setup im Arbeitsspeicher</translation>
    </message>
    <message>
        <source>The keychain refused to store the secret.</source>
        <translation>Der Schlüsselbund hat sich geweigert, die Zugangsdaten zu speichern.</translation>
    </message>
    <message>
        <source>The secret is larger than the keychain takes.</source>
        <translation>Die Zugangsdaten sind größer, als der Schlüsselbund aufnehmen kann.</translation>
    </message>
</context>
<context>
    <name>Preset</name>
    <message>
        <source>it must be a string</source>
        <translation>Der Wert muss eine Zeichenkette sein</translation>
    </message>
    <message>
        <source>it must not be empty</source>
        <translation>Der Wert darf nicht leer sein</translation>
    </message>
    <message>
        <source>it must be a list of strings</source>
        <translation>Der Wert muss eine Liste von Zeichenketten sein</translation>
    </message>
    <message>
        <source>it must be a string that is not empty</source>
        <translation>Der Wert muss eine Zeichenkette sein, die nicht leer ist</translation>
    </message>
    <message>
        <source>Your organisation has set up Mail Setup for addresses at %1 only, so %2 cannot be set up here. Ask your IT department if this address should work.</source>
        <translation>Ihre Organisation hat Mail Setup nur für Adressen bei %1 eingerichtet, daher kann %2 hier nicht eingerichtet werden. Fragen Sie Ihre IT-Abteilung, ob diese Adresse funktionieren sollte.</translation>
    </message>
    <message>
        <source>The preset %1 cannot be used: %2.</source>
        <translation>Die Vorgabe %1 kann nicht verwendet werden: %2.</translation>
    </message>
    <message>
        <source>The preset %1 cannot be used: the key &quot;%2&quot; is wrong: %3.</source>
        <translation>Die Vorgabe %1 kann nicht verwendet werden: Der Eintrag „%2“ ist falsch: %3.</translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation>Die Datei existiert nicht</translation>
    </message>
    <message>
        <source>it is not a regular file</source>
        <translation>Das ist keine normale Datei</translation>
    </message>
    <message>
        <source>the file cannot be read</source>
        <translation>Die Datei kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>the file is larger than 64 KB</source>
        <translation>Die Datei ist größer als 64 KB</translation>
    </message>
    <message>
        <source>it is not JSON (%1 at byte %2)</source>
        <translation>Der Inhalt ist kein JSON (%1 bei Byte %2)</translation>
    </message>
    <message>
        <source>it must hold one JSON object</source>
        <translation>Der Inhalt muss genau ein JSON-Objekt sein</translation>
    </message>
    <message>
        <source>there is no such key; the keys are %1</source>
        <translation>Diesen Eintrag gibt es nicht; die Einträge heißen %1</translation>
    </message>
    <message>
        <source>it must be an application (client) ID such as 00000000-0000-0000-0000-000000000000</source>
        <translation>Der Wert muss eine Anwendungs-ID (Client-ID) wie 00000000-0000-0000-0000-000000000000 sein</translation>
    </message>
    <message>
        <source>it must be a tenant ID, a domain of the tenant, or organizations, common or consumers</source>
        <translation>Der Wert muss eine Mandanten-ID, eine Domain des Mandanten oder organizations, common oder consumers sein</translation>
    </message>
    <message>
        <source>it must be personal or work</source>
        <translation>Der Wert muss personal oder work sein</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a domain</source>
        <translation>„%1“ ist keine Domain</translation>
    </message>
    <message>
        <source>the list must name at least one domain</source>
        <translation>Die Liste muss mindestens eine Domain nennen</translation>
    </message>
    <message>
        <source>give either provider or providerFile, not both</source>
        <translation>Geben Sie entweder provider oder providerFile an, nicht beides</translation>
    </message>
    <message>
        <source>it must be outlook or microsoft365</source>
        <translation>Der Wert muss outlook oder microsoft365 sein</translation>
    </message>
    <message>
        <source>it must be true or false</source>
        <translation>Der Wert muss true oder false sein</translation>
    </message>
    <message>
        <source>it must be a language code such as de or fr_FR</source>
        <translation>Der Wert muss ein Sprachcode wie de oder fr_FR sein</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a page that can be skipped; the pages that can be are %2</source>
        <translation>&quot;%1&quot; ist keine Seite, die übersprungen werden kann; übersprungen werden können %2</translation>
    </message>
</context>
<context>
    <name>ProbeStep</name>
    <message>
        <source>Finding the server</source>
        <translation>Server suchen</translation>
    </message>
    <message>
        <source>Connecting to the server</source>
        <translation>Mit dem Server verbinden</translation>
    </message>
    <message>
        <source>Setting up encryption</source>
        <translation>Verschlüsselung einrichten</translation>
    </message>
    <message>
        <source>Waiting for the server to answer</source>
        <translation>Auf die Antwort des Servers warten</translation>
    </message>
    <message>
        <source>Asking what the server supports</source>
        <translation>Fragen, was der Server unterstützt</translation>
    </message>
    <message>
        <source>Switching on encryption</source>
        <translation>Verschlüsselung einschalten</translation>
    </message>
    <message>
        <source>Signing in to your mailbox</source>
        <translation>Am Postfach anmelden</translation>
    </message>
    <message>
        <source>Opening your inbox</source>
        <translation>Posteingang öffnen</translation>
    </message>
    <message>
        <source>Sending a test message</source>
        <translation>Testnachricht senden</translation>
    </message>
    <message>
        <source>Looking for the test message in your inbox</source>
        <translation>Testnachricht im Posteingang suchen</translation>
    </message>
    <message>
        <source>Closing the connection</source>
        <translation>Verbindung beenden</translation>
    </message>
    <message>
        <source>Asking again what the server supports, now signed in</source>
        <translation>Erneut fragen, was der Server unterstützt, jetzt angemeldet</translation>
    </message>
    <message>
        <source>Asking again what the server supports, now encrypted</source>
        <translation>Erneut fragen, was der Server unterstützt, jetzt verschlüsselt</translation>
    </message>
    <message>
        <source>Asking again what the server supports</source>
        <translation>Erneut fragen, was der Server unterstützt</translation>
    </message>
    <message>
        <source>%1, once more</source>
        <extracomment>A step of the check that comes a second time; %1 is its name (&quot;Connecting to the server&quot;).</extracomment>
        <translation>%1, noch einmal</translation>
    </message>
</context>
<context>
    <name>ProviderProfile</name>
    <message>
        <source>the key is missing</source>
        <translatorcomment>Ends the sentence &quot;The provider file %1 cannot be used: %2.&quot; or &quot;...: the key &quot;%2&quot; is wrong: %3.&quot;: a whole clause, capitalised after the colon.</translatorcomment>
        <translation>Der Eintrag fehlt</translation>
    </message>
    <message>
        <source>it must be an object</source>
        <translatorcomment>Ends the sentence &quot;The provider file %1 cannot be used: %2.&quot; or &quot;...: the key &quot;%2&quot; is wrong: %3.&quot;: a whole clause, capitalised after the colon.</translatorcomment>
        <translation>Der Wert muss ein Objekt sein</translation>
    </message>
    <message>
        <source>it must be text</source>
        <translatorcomment>Ends the sentence &quot;The provider file %1 cannot be used: %2.&quot; or &quot;...: the key &quot;%2&quot; is wrong: %3.&quot;: a whole clause, capitalised after the colon.</translatorcomment>
        <translation>Der Wert muss Text sein</translation>
    </message>
    <message>
        <source>it must not be empty</source>
        <translatorcomment>Ends the sentence &quot;The provider file %1 cannot be used: %2.&quot; or &quot;...: the key &quot;%2&quot; is wrong: %3.&quot;: a whole clause, capitalised after the colon.</translatorcomment>
        <translation>Der Wert darf nicht leer sein</translation>
    </message>
    <message>
        <source>it must be an http or https address</source>
        <translatorcomment>Ends the sentence &quot;The provider file %1 cannot be used: %2.&quot; or &quot;...: the key &quot;%2&quot; is wrong: %3.&quot;: a whole clause, capitalised after the colon.</translatorcomment>
        <translation>Der Wert muss eine http- oder https-Adresse sein</translation>
    </message>
    <message>
        <source>it must be a host name or an IP address</source>
        <translatorcomment>Ends the sentence &quot;The provider file %1 cannot be used: %2.&quot; or &quot;...: the key &quot;%2&quot; is wrong: %3.&quot;: a whole clause, capitalised after the colon.</translatorcomment>
        <translation>Der Wert muss ein Hostname oder eine IP-Adresse sein</translation>
    </message>
    <message>
        <source>it must be a whole number from 1 to 65535</source>
        <translatorcomment>Ends the sentence &quot;The provider file %1 cannot be used: %2.&quot; or &quot;...: the key &quot;%2&quot; is wrong: %3.&quot;: a whole clause, capitalised after the colon.</translatorcomment>
        <translation>Der Wert muss eine ganze Zahl von 1 bis 65535 sein</translation>
    </message>
    <message>
        <source>it must be &quot;tls&quot; or &quot;starttls&quot;</source>
        <translatorcomment>Ends the sentence &quot;The provider file %1 cannot be used: %2.&quot; or &quot;...: the key &quot;%2&quot; is wrong: %3.&quot;: a whole clause, capitalised after the colon.</translatorcomment>
        <translation>Der Wert muss „tls“ oder „starttls“ sein</translation>
    </message>
    <message>
        <source>The provider file %1 cannot be used: %2.</source>
        <translation>Die Anbieterdatei %1 kann nicht verwendet werden: %2.</translation>
    </message>
    <message>
        <source>The provider file %1 cannot be used: the key &quot;%2&quot; is wrong: %3.</source>
        <translation>Die Anbieterdatei %1 kann nicht verwendet werden: Der Eintrag „%2“ ist falsch: %3.</translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translatorcomment>Ends the sentence &quot;The provider file %1 cannot be used: %2.&quot; or &quot;...: the key &quot;%2&quot; is wrong: %3.&quot;: a whole clause, capitalised after the colon.</translatorcomment>
        <translation>Die Datei existiert nicht</translation>
    </message>
    <message>
        <source>the file cannot be read</source>
        <translatorcomment>Ends the sentence &quot;The provider file %1 cannot be used: %2.&quot; or &quot;...: the key &quot;%2&quot; is wrong: %3.&quot;: a whole clause, capitalised after the colon.</translatorcomment>
        <translation>Die Datei kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>the file is too large to be a provider profile</source>
        <translatorcomment>Ends the sentence &quot;The provider file %1 cannot be used: %2.&quot; or &quot;...: the key &quot;%2&quot; is wrong: %3.&quot;: a whole clause, capitalised after the colon.</translatorcomment>
        <translation>Die Datei ist zu groß für eine Anbieterdatei</translation>
    </message>
    <message>
        <source>it is not valid JSON (%1 at character %2)</source>
        <translatorcomment>Ends the sentence &quot;The provider file %1 cannot be used: %2.&quot; or &quot;...: the key &quot;%2&quot; is wrong: %3.&quot;: a whole clause, capitalised after the colon.</translatorcomment>
        <translation>Der Inhalt ist kein gültiges JSON (%1 bei Zeichen %2)</translation>
    </message>
    <message>
        <source>it must hold one JSON object</source>
        <translatorcomment>Ends the sentence &quot;The provider file %1 cannot be used: %2.&quot; or &quot;...: the key &quot;%2&quot; is wrong: %3.&quot;: a whole clause, capitalised after the colon.</translatorcomment>
        <translation>Der Inhalt muss genau ein JSON-Objekt sein</translation>
    </message>
    <message>
        <source>it must be a list of scopes</source>
        <translatorcomment>Ends the sentence &quot;The provider file %1 cannot be used: %2.&quot; or &quot;...: the key &quot;%2&quot; is wrong: %3.&quot;: a whole clause, capitalised after the colon.</translatorcomment>
        <translation>Der Wert muss eine Liste von Berechtigungen (Scopes) sein</translation>
    </message>
    <message>
        <source>each scope must be one word of text</source>
        <translatorcomment>Ends the sentence &quot;The provider file %1 cannot be used: %2.&quot; or &quot;...: the key &quot;%2&quot; is wrong: %3.&quot;: a whole clause, capitalised after the colon.</translatorcomment>
        <translation>Jeder Scope muss ein einzelnes Wort sein</translation>
    </message>
    <message>
        <source>it must contain {domain} where the domain goes</source>
        <translatorcomment>Ends the sentence &quot;The provider file %1 cannot be used: %2.&quot; or &quot;...: the key &quot;%2&quot; is wrong: %3.&quot;: a whole clause, capitalised after the colon.</translatorcomment>
        <translation>Der Wert muss {domain} an der Stelle der Domain enthalten</translation>
    </message>
    <message>
        <source>it must be an http or https address with {domain} after the host name</source>
        <translatorcomment>Ends the sentence &quot;The provider file %1 cannot be used: %2.&quot; or &quot;...: the key &quot;%2&quot; is wrong: %3.&quot;: a whole clause, capitalised after the colon.</translatorcomment>
        <translation>Der Wert muss eine http- oder https-Adresse mit {domain} nach dem Hostnamen sein</translation>
    </message>
    <message>
        <source>the file %1 cannot be read</source>
        <translatorcomment>Ends the sentence &quot;The provider file %1 cannot be used: %2.&quot; or &quot;...: the key &quot;%2&quot; is wrong: %3.&quot;: a whole clause, capitalised after the colon.</translatorcomment>
        <translation>Die Datei %1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>the file %1 holds no PEM certificate</source>
        <translatorcomment>Ends the sentence &quot;The provider file %1 cannot be used: %2.&quot; or &quot;...: the key &quot;%2&quot; is wrong: %3.&quot;: a whole clause, capitalised after the colon.</translatorcomment>
        <translation>Die Datei %1 enthält kein PEM-Zertifikat</translation>
    </message>
    <message>
        <source>it must not contain a user name or password</source>
        <translation>Der Wert darf keinen Benutzernamen und kein Passwort enthalten</translation>
    </message>
    <message>
        <source>it must be an https address (plain http only to this computer: 127.0.0.1, ::1 or localhost)</source>
        <translation>Der Wert muss eine https-Adresse sein (einfaches http nur zu diesem Computer: 127.0.0.1, ::1 oder localhost)</translation>
    </message>
    <message>
        <source>it is not a regular file but a folder, a device or a pipe</source>
        <translation>Das ist keine normale Datei, sondern ein Ordner, ein Gerät oder eine Pipe</translation>
    </message>
    <message>
        <source>the file %1 does not exist</source>
        <translation>Die Datei %1 existiert nicht</translation>
    </message>
    <message>
        <source>%1 is not a regular file but a folder, a device or a pipe</source>
        <translation>%1 ist keine normale Datei, sondern ein Ordner, ein Gerät oder eine Pipe</translation>
    </message>
    <message>
        <source>the file %1 is larger than %2 KB</source>
        <translation>Die Datei %1 ist größer als %2 KB</translation>
    </message>
</context>
<context>
    <name>ReadyPage</name>
    <message>
        <source>SSL/TLS</source>
        <translation>SSL/TLS</translation>
    </message>
    <message>
        <source>STARTTLS</source>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <source>Your account is ready</source>
        <translation>Ihr Konto ist bereit</translation>
    </message>
    <message>
        <source>These are the settings any mail app asks for. Copy them one by one into the app.</source>
        <translation>Das sind die Einstellungen, nach denen jede E-Mail-App fragt. Kopieren Sie sie einzeln in die App.</translation>
    </message>
    <message>
        <source>Incoming mail (IMAP)</source>
        <translation>Posteingangsserver (IMAP)</translation>
    </message>
    <message>
        <source>IMAP</source>
        <translation>IMAP</translation>
    </message>
    <message>
        <source>POP</source>
        <translation>POP</translation>
    </message>
    <message>
        <source>Outgoing mail (SMTP)</source>
        <translation>Postausgangsserver (SMTP)</translation>
    </message>
    <message>
        <source>SMTP</source>
        <translation>SMTP</translation>
    </message>
    <message>
        <source>Signing in</source>
        <translation>Anmeldung</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>Benutzername:</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>Authentication:</source>
        <translation>Authentifizierung:</translation>
    </message>
    <message>
        <source>Authentication method</source>
        <translation>Authentifizierungsmethode</translation>
    </message>
    <message>
        <source>Choose OAuth2 in your mail app; some apps call it &quot;Sign in with Microsoft&quot; or &quot;Modern authentication&quot;. Your password will not work there, and neither will an app password: Microsoft no longer lets mail apps sign in with a password.</source>
        <translation>Wählen Sie in Ihrer E-Mail-App OAuth2; manche Apps nennen es „Mit Microsoft anmelden“ oder „Moderne Authentifizierung“. Ihr Passwort funktioniert dort nicht und ein App-Passwort auch nicht: Microsoft lässt E-Mail-Apps nicht mehr mit einem Passwort anmelden.</translation>
    </message>
    <message>
        <source>Save a &amp;report for the helpdesk…</source>
        <translation>&amp;Bericht für den Helpdesk speichern…</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Server:</translation>
    </message>
    <message>
        <source>%1 server</source>
        <translatorcomment>%1 is IMAP, POP or SMTP.</translatorcomment>
        <translation>%1-Server</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Port:</translation>
    </message>
    <message>
        <source>%1 port</source>
        <translatorcomment>%1 is IMAP, POP or SMTP.</translatorcomment>
        <translation>%1-Port</translation>
    </message>
    <message>
        <source>Encryption:</source>
        <translation>Verschlüsselung:</translation>
    </message>
    <message>
        <source>%1 encryption</source>
        <translatorcomment>%1 is IMAP, POP or SMTP.</translatorcomment>
        <translation>%1-Verschlüsselung</translation>
    </message>
    <message>
        <source>%1 is on the clipboard: %2</source>
        <translatorcomment>%1 is the name of a setting, such as &quot;IMAP-Server&quot;; %2 is its value.</translatorcomment>
        <translation>%1 ist in der Zwischenablage: %2</translation>
    </message>
    <message>
        <source>OAuth2 (Sign in with Microsoft)</source>
        <translation>OAuth2 (Mit Microsoft anmelden)</translation>
    </message>
    <message>
        <source>%1 works: incoming and outgoing mail were checked.</source>
        <translation>%1 funktioniert: Posteingang und Postausgang wurden geprüft.</translation>
    </message>
    <message>
        <source>Saving your sign-in…</source>
        <translation>Ihre Anmeldung wird gespeichert…</translation>
    </message>
    <message>
        <source>Your sign-in could not be saved, so you will have to sign in again next time. What went wrong: %1</source>
        <translation>Ihre Anmeldung konnte nicht gespeichert werden, daher müssen Sie sich beim nächsten Mal erneut anmelden. Was schiefging: %1</translation>
    </message>
    <message>
        <source>Your sign-in is kept in %1. Mail Setup never saves your password: Microsoft does not give it out.</source>
        <translatorcomment>%1 is where the sign-in is kept, translated as a place with its preposition (KeychainSecretStore, MemorySecretStore).</translatorcomment>
        <translation>Ihre Anmeldung wird %1 aufbewahrt. Mail Setup speichert Ihr Passwort nie: Microsoft gibt es nicht heraus.</translation>
    </message>
    <message>
        <source>Incoming mail (POP)</source>
        <translation>Posteingangsserver (POP)</translation>
    </message>
    <message>
        <source>Only if your app uses POP instead of IMAP.</source>
        <translation>Nur wenn Ihre App POP statt IMAP verwendet.</translation>
    </message>
    <message>
        <source>Save settings for &amp;another app…</source>
        <translation>Einstellungen für eine &amp;andere App speichern…</translation>
    </message>
    <message>
        <source>Saves these settings as a file that Thunderbird and other mail apps can read (Mozilla autoconfig).</source>
        <translation>Speichert diese Einstellungen als Datei, die Thunderbird und andere E-Mail-Programme lesen können (Mozilla Autoconfig).</translation>
    </message>
    <message>
        <source>Command that checks the account again</source>
        <translation>Befehl, der das Konto erneut prüft</translation>
    </message>
    <message>
        <source>The command is on the clipboard.</source>
        <translation>Der Befehl ist in der Zwischenablage.</translation>
    </message>
    <message>
        <source>Saves what Mail Setup did and found as a web page, without any password or token, for whoever helps you with your mail.</source>
        <translation>Speichert, was Mail Setup getan und gefunden hat, als Webseite, ohne Passwort oder Token, für die Person, die Ihnen mit Ihren E-Mails hilft.</translation>
    </message>
    <message>
        <source>Incoming mail works for %1; sending does not work yet. Your settings are saved: once sending has been switched on, open Mail Setup again and choose Check again, or run this command:</source>
        <translation>Der Empfang funktioniert für %1; das Senden funktioniert noch nicht. Ihre Einstellungen sind gespeichert: Wenn das Senden eingeschaltet wurde, öffnen Sie Mail Setup erneut und wählen Sie Erneut prüfen, oder führen Sie diesen Befehl aus:</translation>
    </message>
    <message>
        <source>Set up a &amp;printer, scanner or another device…</source>
        <translation>&amp;Drucker, Scanner oder ein anderes Gerät einrichten…</translation>
    </message>
    <message>
        <source>Starts a relay on this computer for devices that only know a user name and a password, and gives a device a password of its own.</source>
        <translation>Startet auf diesem Computer ein Relay für Geräte, die nur einen Benutzernamen und ein Passwort kennen, und gibt einem Gerät ein eigenes Passwort.</translation>
    </message>
    <message>
        <source>&amp;Show the POP settings</source>
        <translation>P&amp;OP-Einstellungen anzeigen</translation>
    </message>
    <message>
        <source>Shows the incoming mail settings for an app that uses POP instead of IMAP. Choose IMAP where the app offers both.</source>
        <translation>Zeigt die Einstellungen für den Posteingang für ein Programm, das POP statt IMAP verwendet. Wählen Sie IMAP, wo das Programm beides anbietet.</translation>
    </message>
</context>
<context>
    <name>RelayCertificate</name>
    <message>
        <source>The relay&apos;s certificate could not be made with %1: %2</source>
        <translation>Das Zertifikat des Relays konnte nicht mit %1 erstellt werden: %2</translation>
    </message>
    <message>
        <source>The relay&apos;s certificate in %1 cannot be read. Remove the folder to make a new one; devices that check the certificate must then be told its new fingerprint.</source>
        <translation>Das Zertifikat des Relays in %1 kann nicht gelesen werden. Entfernen Sie den Ordner, damit ein neues erstellt wird; Geräten, die das Zertifikat prüfen, müssen Sie dann seinen neuen Fingerabdruck mitteilen.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be made.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>The relay needs the openssl program to make its certificate, and it is not installed.</source>
        <translation>Das Relay braucht das Programm openssl, um sein Zertifikat zu erstellen, und es ist nicht installiert.</translation>
    </message>
    <message>
        <source>The file %1 cannot be written.</source>
        <translation>Die Datei %1 kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>The certificate openssl made cannot be read.</source>
        <translation>Das Zertifikat, das openssl erstellt hat, kann nicht gelesen werden.</translation>
    </message>
</context>
<context>
    <name>RelayServer</name>
    <message>
        <source>The relay listens on %1, which other computers can reach, only with --allow naming the networks it may serve (such as --allow 192.168.1.0/24): otherwise anyone there could try passwords.</source>
        <translation>Auf %1, das andere Computer erreichen können, wartet das Relay nur dann auf Verbindungen, wenn --allow die Netzwerke nennt, die es bedienen darf (etwa --allow 192.168.1.0/24): Sonst könnte dort jeder Passwörter ausprobieren.</translation>
    </message>
    <message>
        <source>The relay cannot listen on %1 port %2: %3</source>
        <translation>Das Relay kann nicht auf %1, Port %2, auf Verbindungen warten: %3</translation>
    </message>
    <message numerus="yes">
        <source>A wrong password for device %1 from %2 (%n in this connection).</source>
        <translation>
            <numerusform>Falsches Passwort für das Gerät %1 von %2 (%n-mal in dieser Verbindung).</numerusform>
            <numerusform>Falsches Passwort für das Gerät %1 von %2 (%n-mal in dieser Verbindung).</numerusform>
        </translation>
    </message>
    <message>
        <source>A message from device %1 was refused: %2.</source>
        <translation>Eine Nachricht vom Gerät %1 wurde abgelehnt: %2.</translation>
    </message>
    <message>
        <source>A message from device %1 was not sent: the relay could not get a sign-in for %2. %3 The device was told to try again later.</source>
        <translation>Eine Nachricht vom Gerät %1 wurde nicht gesendet: Das Relay konnte keine Anmeldung für %2 bekommen. %3 Dem Gerät wurde mitgeteilt, es später erneut zu versuchen.</translation>
    </message>
    <message numerus="yes">
        <source>A message from device %1 to %n recipient(s) was sent through %2 (%3 bytes).</source>
        <translation>
            <numerusform>Eine Nachricht vom Gerät %1 an %n Empfänger wurde über %2 gesendet (%3 Bytes).</numerusform>
            <numerusform>Eine Nachricht vom Gerät %1 an %n Empfänger wurde über %2 gesendet (%3 Bytes).</numerusform>
        </translation>
    </message>
    <message>
        <source>The server did not accept it.</source>
        <translation>Der Server hat sie nicht angenommen.</translation>
    </message>
    <message>
        <source>A message from device %1 was not sent: %2 The device was told it cannot be sent (%3).</source>
        <translation>Eine Nachricht vom Gerät %1 wurde nicht gesendet: %2 Dem Gerät wurde mitgeteilt, dass sie nicht gesendet werden kann (%3).</translation>
    </message>
    <message>
        <source>A message from device %1 was not sent: %2 The device was told to try again later (%3).</source>
        <translation>Eine Nachricht vom Gerät %1 wurde nicht gesendet: %2 Dem Gerät wurde mitgeteilt, es später erneut zu versuchen (%3).</translation>
    </message>
    <message>
        <source>Refused a connection from %1: that address is not in the networks allowed with --allow.</source>
        <translation>Verbindung von %1 abgelehnt: Diese Adresse gehört zu keinem der mit --allow erlaubten Netzwerke.</translation>
    </message>
    <message numerus="yes">
        <source>Refused a connection from %1: %n device(s) are already connected, as many as the relay takes at once.</source>
        <translation>
            <numerusform>Verbindung von %1 abgelehnt: %n Gerät ist bereits verbunden, so viele, wie das Relay gleichzeitig annimmt.</numerusform>
            <numerusform>Verbindung von %1 abgelehnt: %n Geräte sind bereits verbunden, so viele, wie das Relay gleichzeitig annimmt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A message from device %1 was not taken: %n message(s) are already waiting, as many as the relay holds. The device was told to try again later.</source>
        <translation>
            <numerusform>Eine Nachricht von Gerät %1 wurde nicht angenommen: %n Nachricht wartet bereits, so viele, wie das Relay aufnimmt. Dem Gerät wurde gesagt, es später erneut zu versuchen.</numerusform>
            <numerusform>Eine Nachricht von Gerät %1 wurde nicht angenommen: %n Nachrichten warten bereits, so viele, wie das Relay aufnimmt. Dem Gerät wurde gesagt, es später erneut zu versuchen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RelayService</name>
    <message>
        <source>%1 ended with exit code %2.</source>
        <translation>%1 endete mit dem Exit-Code %2.</translation>
    </message>
    <message>
        <source>%1 could not be started.</source>
        <translation>%1 konnte nicht gestartet werden.</translation>
    </message>
    <message numerus="yes">
        <source>%1 did not answer within %n second(s).</source>
        <translation>
            <numerusform>%1 hat nicht innerhalb von %n Sekunde geantwortet.</numerusform>
            <numerusform>%1 hat nicht innerhalb von %n Sekunden geantwortet.</numerusform>
        </translation>
    </message>
    <message>
        <source>The service file %1 cannot be written.</source>
        <translation>Die Dienstdatei %1 kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>systemctl is not installed.</source>
        <translation>systemctl ist nicht installiert.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be made.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>The relay could not be started: %1</source>
        <translation>Das Relay konnte nicht gestartet werden: %1</translation>
    </message>
    <message>
        <source>The file %1 cannot be written.</source>
        <translation>Die Datei %1 kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>The relay (process %1) did not stop.</source>
        <translation>Das Relay (Prozess %1) wurde nicht beendet.</translation>
    </message>
    <message>
        <source>Mail Setup cannot stop a relay on this system.</source>
        <translation>Mail Setup kann auf diesem System kein Relay beenden.</translation>
    </message>
    <message>
        <source>The service&apos;s own words are in its journal: journalctl --user -u %1</source>
        <translation>Die eigenen Worte des Dienstes stehen in seinem Journal: journalctl --user -u %1</translation>
    </message>
</context>
<context>
    <name>RelaySession</name>
    <message>
        <source>Device %1 signed in from %2.</source>
        <translation>Das Gerät %1 hat sich von %2 aus angemeldet.</translation>
    </message>
    <message>
        <source>A device could not sign in: %1</source>
        <translation>Ein Gerät konnte sich nicht anmelden: %1</translation>
    </message>
    <message>
        <source>the message is larger than the relay takes</source>
        <translation>die Nachricht ist größer, als das Relay annimmt</translation>
    </message>
    <message>
        <source>the sender %1 is not the account&apos;s address</source>
        <translation>der Absender %1 ist nicht die Adresse des Kontos</translation>
    </message>
    <message>
        <source>the device sent more messages in a minute than the relay takes</source>
        <translation>das Gerät hat in einer Minute mehr Nachrichten gesendet, als das Relay annimmt</translation>
    </message>
</context>
<context>
    <name>ReportFormat</name>
    <message>
        <source>Who can fix it: %1</source>
        <translation>Wer es beheben kann: %1</translation>
    </message>
    <message>
        <source>The server said: %1</source>
        <translation>Antwort des Servers: %1</translation>
    </message>
    <message>
        <source>Diagnosis code: %1</source>
        <translation>Diagnosecode: %1</translation>
    </message>
    <message>
        <source>Incoming mail (IMAP, %1)</source>
        <translation>Posteingang (IMAP, %1)</translation>
    </message>
    <message>
        <source>Outgoing mail (SMTP, %1)</source>
        <translation>Postausgang (SMTP, %1)</translation>
    </message>
    <message>
        <source>✓ The test message arrived in your inbox after %1 ms.</source>
        <translation>✓ Die Testnachricht ist nach %1 ms in Ihrem Posteingang angekommen.</translation>
    </message>
    <message>
        <source>✗ The test message was sent but was not seen in your inbox.</source>
        <translation>✗ Die Testnachricht wurde gesendet, ist aber nicht in Ihrem Posteingang aufgetaucht.</translation>
    </message>
    <message>
        <source>✗ The test message could not be sent.</source>
        <translation>✗ Die Testnachricht konnte nicht gesendet werden.</translation>
    </message>
    <message>
        <source>Your account works: it can receive and send e-mail.</source>
        <translation>Ihr Konto funktioniert: Es kann E-Mails empfangen und senden.</translation>
    </message>
    <message>
        <source>Your account does not work yet. See above for what failed and who can fix it.</source>
        <translation>Ihr Konto funktioniert noch nicht. Oben steht, was fehlgeschlagen ist und wer es beheben kann.</translation>
    </message>
</context>
<context>
    <name>SavedAccountsPage</name>
    <message>
        <source>Personal Microsoft account (Outlook.com)</source>
        <translation>Persönliches Microsoft-Konto (Outlook.com)</translation>
    </message>
    <message>
        <source>Work or school account (Microsoft 365)</source>
        <translation>Geschäfts-, Schul- oder Unikonto (Microsoft 365)</translation>
    </message>
    <message>
        <source>Your accounts on this computer</source>
        <translation>Ihre Konten auf diesem Computer</translation>
    </message>
    <message>
        <source>Mail Setup set up these accounts here before and keeps their sign-in. Check one again, forget it, or set up another account.</source>
        <translation>Mail Setup hat diese Konten hier schon eingerichtet und bewahrt ihre Anmeldung auf. Prüfen Sie eines erneut, vergessen Sie es, oder richten Sie ein anderes Konto ein.</translation>
    </message>
    <message>
        <source>Sign in &amp;again</source>
        <translation>Erneut &amp;anmelden</translation>
    </message>
    <message>
        <source>Sign in again</source>
        <translation>Erneut anmelden</translation>
    </message>
    <message>
        <source>Goes on to Microsoft&apos;s sign-in for this account.</source>
        <translation>Geht für dieses Konto weiter zur Anmeldung bei Microsoft.</translation>
    </message>
    <message>
        <source>Set up &amp;another account</source>
        <translation>Ein &amp;anderes Konto einrichten</translation>
    </message>
    <message>
        <source>Set up another account</source>
        <translation>Ein anderes Konto einrichten</translation>
    </message>
    <message>
        <source>Goes on to an empty address page, for an account that is not set up here yet.</source>
        <translation>Geht weiter zu einer leeren Adressseite, für ein Konto, das hier noch nicht eingerichtet ist.</translation>
    </message>
    <message>
        <source>Signs in as %1</source>
        <translation>Meldet %1 an</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Erneut prüfen</translation>
    </message>
    <message>
        <source>Check %1 again</source>
        <translation>%1 erneut prüfen</translation>
    </message>
    <message>
        <source>Checks incoming and outgoing mail again with the sign-in Mail Setup keeps, without opening the browser.</source>
        <translation>Prüft Empfang und Versand erneut mit der Anmeldung, die Mail Setup aufbewahrt, ohne den Browser zu öffnen.</translation>
    </message>
    <message>
        <source>Forget…</source>
        <translation>Vergessen…</translation>
    </message>
    <message>
        <source>Forget %1</source>
        <translation>%1 vergessen</translation>
    </message>
    <message>
        <source>Asks once more, then removes this account&apos;s sign-in from the keychain and its settings from this computer.</source>
        <translation>Fragt noch einmal nach und entfernt dann die Anmeldung dieses Kontos aus dem Schlüsselbund und seine Einstellungen von diesem Computer.</translation>
    </message>
    <message>
        <source>Forget %1? Its sign-in is removed from the keychain and its settings from this computer. Mail apps that get their sign-in from Mail Setup stop working for it until you set it up again.</source>
        <translation>%1 vergessen? Die Anmeldung wird aus dem Schlüsselbund entfernt und die Einstellungen von diesem Computer. E-Mail-Programme, die ihre Anmeldung von Mail Setup erhalten, funktionieren für dieses Konto nicht mehr, bis Sie es erneut einrichten.</translation>
    </message>
    <message>
        <source>Yes, forget it</source>
        <translation>Ja, vergessen</translation>
    </message>
    <message>
        <source>Yes, forget %1</source>
        <translation>Ja, %1 vergessen</translation>
    </message>
    <message>
        <source>Removes the sign-in and the settings of this account now.</source>
        <translation>Entfernt jetzt die Anmeldung und die Einstellungen dieses Kontos.</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Behalten</translation>
    </message>
    <message>
        <source>Keep %1</source>
        <translation>%1 behalten</translation>
    </message>
    <message>
        <source>Keeps the account as it is.</source>
        <translation>Lässt das Konto, wie es ist.</translation>
    </message>
    <message>
        <source>Forgetting %1…</source>
        <translation>%1 wird vergessen…</translation>
    </message>
    <message>
        <source>Set up &amp;an account</source>
        <translation>Ein &amp;Konto einrichten</translation>
    </message>
    <message>
        <source>Taking up the sign-in kept for %1…</source>
        <translation>Die für %1 aufbewahrte Anmeldung wird übernommen…</translation>
    </message>
    <message>
        <source>The sign-in kept for %1 cannot be used: %2 Sign in again to check the account.</source>
        <translation>Die für %1 aufbewahrte Anmeldung kann nicht verwendet werden: %2 Melden Sie sich erneut an, um das Konto zu prüfen.</translation>
    </message>
    <message>
        <source>Mail Setup forgot %1: its sign-in and settings are removed from this computer.</source>
        <translation>Mail Setup hat %1 vergessen: Anmeldung und Einstellungen sind von diesem Computer entfernt.</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>Mail Setup closed the keychain before it answered.</source>
        <translation>Mail Setup hat den Schlüsselbund geschlossen, bevor er geantwortet hat.</translation>
    </message>
    <message>
        <source>No key was given for the secret.</source>
        <translation>Für die Zugangsdaten wurde kein Schlüsselname angegeben.</translation>
    </message>
    <message numerus="yes">
        <source>The keychain did not answer within %n second(s).</source>
        <translation>
            <numerusform>Der Schlüsselbund hat nicht innerhalb von %n Sekunde geantwortet.</numerusform>
            <numerusform>Der Schlüsselbund hat nicht innerhalb von %n Sekunden geantwortet.</numerusform>
        </translation>
    </message>
    <message>
        <source>The keychain holds no such secret.</source>
        <translation>Der Schlüsselbund enthält kein solches Geheimnis.</translation>
    </message>
    <message>
        <source>No keychain is available on this computer.</source>
        <translation>Auf diesem Computer ist kein Schlüsselbund verfügbar.</translation>
    </message>
    <message>
        <source>The keychain is locked.</source>
        <translation>Der Schlüsselbund ist gesperrt.</translation>
    </message>
    <message>
        <source>The keychain did not do what Mail Setup asked.</source>
        <translation>Der Schlüsselbund hat nicht getan, worum Mail Setup ihn gebeten hat.</translation>
    </message>
</context>
<context>
    <name>SettingsExport</name>
    <message>
        <source>SSL/TLS (encrypted from the start)</source>
        <translation>SSL/TLS (von Anfang an verschlüsselt)</translation>
    </message>
    <message>
        <source>STARTTLS</source>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <source>Settings for %1 (%2)</source>
        <translation>Einstellungen für %1 (%2)</translation>
    </message>
    <message>
        <source>Incoming mail (IMAP): %1, port %2, %3</source>
        <translation>Posteingangsserver (IMAP): %1, Port %2, %3</translation>
    </message>
    <message>
        <source>Outgoing mail (SMTP): %1, port %2, %3</source>
        <translation>Postausgangsserver (SMTP): %1, Port %2, %3</translation>
    </message>
    <message>
        <source>User name: %1</source>
        <translation>Benutzername: %1</translation>
    </message>
    <message>
        <source>Sign-in: OAuth2 (&quot;Sign in with Microsoft&quot;). There is no password to type: the mail app opens Microsoft&apos;s sign-in page.</source>
        <translation>Anmeldung: OAuth2 („Mit Microsoft anmelden“). Es muss kein Passwort eingegeben werden: Das E-Mail-Programm öffnet die Anmeldeseite von Microsoft.</translation>
    </message>
</context>
<context>
    <name>SetupController</name>
    <message>
        <source>Mail Setup report</source>
        <translation>Bericht von Mail Setup</translation>
    </message>
    <message>
        <source>Created: %1</source>
        <translation>Erstellt: %1</translation>
    </message>
    <message>
        <source>Mail Setup version: %1</source>
        <translation>Version von Mail Setup: %1</translation>
    </message>
    <message>
        <source>Address: %1</source>
        <translation>Adresse: %1</translation>
    </message>
    <message>
        <source>Provider: %1 (%2)</source>
        <translation>Anbieter: %1 (%2)</translation>
    </message>
    <message>
        <source>personal Microsoft account</source>
        <translation>privates Microsoft-Konto</translation>
    </message>
    <message>
        <source>work or school account</source>
        <translation>Geschäfts-, Schul- oder Unikonto</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Account kind: %1</source>
        <translation>Kontoart: %1</translation>
    </message>
    <message>
        <source>Tenant: %1</source>
        <translation>Mandant: %1</translation>
    </message>
    <message>
        <source>Signed in as: %1</source>
        <translation>Angemeldet als: %1</translation>
    </message>
    <message>
        <source>Application (client) ID: %1</source>
        <translation>Anwendungs-ID (Client-ID): %1</translation>
    </message>
    <message>
        <source>Sign-in problem: %1</source>
        <translation>Problem bei der Anmeldung: %1</translation>
    </message>
    <message>
        <source>Diagnosis code: %1</source>
        <translation>Diagnosecode: %1</translation>
    </message>
    <message>
        <source>Microsoft said: %1</source>
        <translation>Antwort von Microsoft: %1</translation>
    </message>
    <message>
        <source>Transcript (secrets removed)</source>
        <translation>Protokoll (ohne Zugangsdaten)</translation>
    </message>
    <message>
        <source>Nothing is saved for %1 on this computer any more.</source>
        <translation>Für %1 ist auf diesem Computer nichts mehr gespeichert.</translation>
    </message>
    <message>
        <source>The sign-in of %1 could not be removed from %2, so its settings stay too. %3</source>
        <translation>Die Anmeldung von %1 konnte nicht aus %2 entfernt werden, daher bleiben auch die Einstellungen. %3</translation>
    </message>
    <message>
        <source>The sign-in of %1 is removed, but its settings in %2 could not be changed.</source>
        <translation>Die Anmeldung von %1 ist entfernt, aber die Einstellungen in %2 konnten nicht geändert werden.</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>Mail Setup</source>
        <translation>Mail Setup</translation>
    </message>
    <message>
        <source>Sets up an Outlook.com or Microsoft 365 mailbox and proves that it works.</source>
        <translation>Richtet ein Postfach bei Outlook.com oder Microsoft 365 ein und beweist, dass es funktioniert.</translation>
    </message>
    <message>
        <source>Goes on to the next step.</source>
        <translation>Weiter zum nächsten Schritt.</translation>
    </message>
    <message>
        <source>Goes back to the previous step.</source>
        <translation>Zurück zum vorherigen Schritt.</translation>
    </message>
    <message>
        <source>Stops the setup. Nothing that is not finished is saved.</source>
        <translation>Bricht die Einrichtung ab. Was nicht fertig ist, wird nicht gespeichert.</translation>
    </message>
    <message>
        <source>Closes Mail Setup.</source>
        <translation>Schließt Mail Setup.</translation>
    </message>
    <message>
        <source>Save a report for the helpdesk</source>
        <translation>Bericht für den Helpdesk speichern</translation>
    </message>
    <message>
        <source>The settings could not be saved in %1: %2</source>
        <translation>Die Einstellungen konnten nicht in %1 gespeichert werden: %2</translation>
    </message>
    <message>
        <source>The settings are saved in %1. Mail apps that read Mozilla autoconfig files, such as Thunderbird, can use them.</source>
        <translation>Die Einstellungen sind in %1 gespeichert. E-Mail-Programme, die Autoconfig-Dateien von Mozilla lesen, etwa Thunderbird, können sie verwenden.</translation>
    </message>
    <message>
        <source>Web pages (*.html)</source>
        <translation>Webseiten (*.html)</translation>
    </message>
    <message>
        <source>The report is saved in %1 (to open in a web browser), with the same facts for the helpdesk&apos;s programs in %2. It contains no password and no token.</source>
        <translation>Der Bericht ist in %1 gespeichert (zum Öffnen in einem Webbrowser), mit denselben Angaben für die Programme des Helpdesks in %2. Er enthält kein Passwort und kein Token.</translation>
    </message>
    <message>
        <source>Save the server settings</source>
        <translation>Die Servereinstellungen speichern</translation>
    </message>
    <message>
        <source>Mail app settings (*.xml)</source>
        <translation>Einstellungen für E-Mail-Programme (*.xml)</translation>
    </message>
</context>
<context>
    <name>SignInPage</name>
    <message>
        <source>You are signed in</source>
        <translation>Sie sind angemeldet</translation>
    </message>
    <message>
        <source>Mail Setup received your sign-in. You can close this tab and go back to Mail Setup, which will now check your mailbox.</source>
        <translation>Mail Setup hat Ihre Anmeldung erhalten. Sie können diesen Tab schließen und zu Mail Setup zurückkehren, das jetzt Ihr Postfach prüft.</translation>
    </message>
    <message>
        <source>The sign-in did not finish</source>
        <translation>Die Anmeldung wurde nicht abgeschlossen</translation>
    </message>
    <message>
        <source>Go back to Mail Setup: it says what happened and what you can do. You can close this tab.</source>
        <translation>Kehren Sie zu Mail Setup zurück: Dort steht, was passiert ist und was Sie tun können. Sie können diesen Tab schließen.</translation>
    </message>
    <message>
        <source>Sign in with Microsoft</source>
        <translation>Mit Microsoft anmelden</translation>
    </message>
    <message>
        <source>&amp;Sign in with Microsoft</source>
        <translation>Mit Microsoft &amp;anmelden</translation>
    </message>
    <message>
        <source>Opens Microsoft&apos;s sign-in page in your browser.</source>
        <translation>Öffnet die Anmeldeseite von Microsoft in Ihrem Browser.</translation>
    </message>
    <message>
        <source>This copy of Mail Setup has no application (client) ID, and Microsoft lets only registered applications sign in to a mailbox. Start Mail Setup with --client-id and the ID your IT department registered, or with a provider file that names one. The file docs/app-registration.md says how to register Mail Setup.</source>
        <translation>Diese Kopie von Mail Setup hat keine Anwendungs-ID (Client-ID), und Microsoft lässt nur registrierte Anwendungen an ein Postfach. Starten Sie Mail Setup mit --client-id und der ID, die Ihre IT-Abteilung registriert hat, oder mit einer Anbieterdatei, die eine ID enthält. In der Datei docs/app-registration.md steht, wie man Mail Setup registriert.</translation>
    </message>
    <message>
        <source>Time left to sign in</source>
        <translation>Verbleibende Zeit für die Anmeldung</translation>
    </message>
    <message>
        <source>&amp;Copy link</source>
        <translation>Link &amp;kopieren</translation>
    </message>
    <message>
        <source>Puts the address of the sign-in page on the clipboard, to open it in another browser.</source>
        <translation>Legt die Adresse der Anmeldeseite in die Zwischenablage, damit Sie sie in einem anderen Browser öffnen können.</translation>
    </message>
    <message>
        <source>&amp;Open again</source>
        <translation>&amp;Erneut öffnen</translation>
    </message>
    <message>
        <source>Opens the sign-in page in your browser once more, if you closed it.</source>
        <translation>Öffnet die Anmeldeseite noch einmal in Ihrem Browser, falls Sie sie geschlossen haben.</translation>
    </message>
    <message>
        <source>Cancel &amp;sign-in</source>
        <translation>Anmeldung a&amp;bbrechen</translation>
    </message>
    <message>
        <source>Stops waiting for the browser. You can sign in again afterwards.</source>
        <translation>Hört auf, auf den Browser zu warten. Sie können sich danach erneut anmelden.</translation>
    </message>
    <message>
        <source>Continue &amp;without saving</source>
        <translation>&amp;Ohne Speichern fortfahren</translation>
    </message>
    <message>
        <source>Signs in anyway. The sign-in is kept in memory only and is gone when Mail Setup closes.</source>
        <translation>Meldet Sie trotzdem an. Die Anmeldung wird nur im Arbeitsspeicher aufbewahrt und ist weg, sobald Mail Setup geschlossen wird.</translation>
    </message>
    <message>
        <source>Try the &amp;keychain again</source>
        <translation>&amp;Schlüsselbund erneut versuchen</translation>
    </message>
    <message>
        <source>Asks the keychain once more, for example after you unlocked it.</source>
        <translation>Fragt den Schlüsselbund noch einmal, zum Beispiel nachdem Sie ihn entsperrt haben.</translation>
    </message>
    <message>
        <source>Mail Setup opens Microsoft&apos;s sign-in page in your browser. Your password stays between you and Microsoft: Mail Setup never sees it.</source>
        <translation>Mail Setup öffnet die Anmeldeseite von Microsoft in Ihrem Browser. Ihr Passwort bleibt zwischen Ihnen und Microsoft: Mail Setup sieht es nie.</translation>
    </message>
    <message>
        <source>Sign in as %1. If Microsoft asks whether Mail Setup may read and send your mail, choose Accept: without it, Mail Setup cannot check your mailbox.</source>
        <translation>Melden Sie sich als %1 an. Wenn Microsoft fragt, ob Mail Setup Ihre E-Mails lesen und senden darf, wählen Sie „Akzeptieren“: Ohne diese Erlaubnis kann Mail Setup Ihr Postfach nicht prüfen.</translation>
    </message>
    <message>
        <source>Checking that this computer&apos;s keychain can keep your sign-in…</source>
        <translation>Es wird geprüft, ob der Schlüsselbund dieses Computers Ihre Anmeldung aufbewahren kann…</translation>
    </message>
    <message>
        <source>Your browser shows Microsoft&apos;s sign-in page. Sign in there as %1; Mail Setup goes on by itself when you are done.</source>
        <translation>Ihr Browser zeigt die Anmeldeseite von Microsoft. Melden Sie sich dort als %1 an; Mail Setup macht von selbst weiter, wenn Sie fertig sind.</translation>
    </message>
    <message>
        <source>Microsoft has answered. Finishing the sign-in…</source>
        <translation>Microsoft hat geantwortet. Die Anmeldung wird abgeschlossen…</translation>
    </message>
    <message>
        <source>The sign-in did not work.</source>
        <translation>Die Anmeldung hat nicht funktioniert.</translation>
    </message>
    <message>
        <source>Mail Setup could not open a browser. Choose &quot;Copy link&quot; and open the link in a browser yourself.</source>
        <translation>Mail Setup konnte keinen Browser öffnen. Wählen Sie „Link kopieren“ und öffnen Sie den Link selbst in einem Browser.</translation>
    </message>
    <message>
        <source>%1:%2</source>
        <translatorcomment>Minutes and seconds left, as in 4:59.</translatorcomment>
        <translation>%1:%2</translation>
    </message>
    <message>
        <source>Time left to sign in: %1</source>
        <translation>Verbleibende Zeit für die Anmeldung: %1</translation>
    </message>
    <message>
        <source>Less than a minute is left to finish signing in.</source>
        <translation>Für die Anmeldung bleibt weniger als eine Minute.</translation>
    </message>
    <message>
        <source>The link is on the clipboard. Paste it into the address bar of a browser.</source>
        <translation>Der Link ist in der Zwischenablage. Fügen Sie ihn in die Adressleiste eines Browsers ein.</translation>
    </message>
    <message>
        <source>The sign-in page opens in your browser again.</source>
        <translation>Die Anmeldeseite öffnet sich erneut in Ihrem Browser.</translation>
    </message>
    <message>
        <source>The keychain of this computer is locked, so Mail Setup cannot keep your sign-in. Unlock it (your desktop may ask for your login password) and try again, or go on without saving: then you will have to sign in again the next time you use Mail Setup.</source>
        <translation>Der Schlüsselbund dieses Computers ist gesperrt, daher kann Mail Setup Ihre Anmeldung nicht aufbewahren. Entsperren Sie ihn (Ihr Desktop fragt vielleicht nach Ihrem Anmeldepasswort) und versuchen Sie es erneut, oder fahren Sie ohne Speichern fort: Dann müssen Sie sich erneut anmelden, wenn Sie Mail Setup das nächste Mal verwenden.</translation>
    </message>
    <message>
        <source>Mail Setup cannot reach a keychain on this computer, so it cannot keep your sign-in. You can go on without saving: the setup works the same, but you will have to sign in again the next time you use Mail Setup.</source>
        <translation>Mail Setup erreicht auf diesem Computer keinen Schlüsselbund und kann Ihre Anmeldung daher nicht aufbewahren. Sie können ohne Speichern fortfahren: Die Einrichtung funktioniert genauso, aber Sie müssen sich erneut anmelden, wenn Sie Mail Setup das nächste Mal verwenden.</translation>
    </message>
    <message>
        <source>The keychain of this computer did not take the sign-in. You can try again, or go on without saving: then you will have to sign in again the next time you use Mail Setup.</source>
        <translation>Der Schlüsselbund dieses Computers hat die Anmeldung nicht angenommen. Sie können es erneut versuchen oder ohne Speichern fortfahren: Dann müssen Sie sich erneut anmelden, wenn Sie Mail Setup das nächste Mal verwenden.</translation>
    </message>
    <message>
        <source>The keychain said: %1</source>
        <translation>Meldung des Schlüsselbunds: %1</translation>
    </message>
    <message>
        <source>Your sign-in cannot be saved on this computer.</source>
        <translation>Ihre Anmeldung kann auf diesem Computer nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>You signed in as %1, but you are setting up %2.</source>
        <translation>Sie haben sich als %1 angemeldet, richten aber %2 ein.</translation>
    </message>
    <message>
        <source>A message for your IT administrator is on the clipboard. Paste it into an email or a support ticket.</source>
        <translation>Eine Nachricht für Ihren IT-Administrator ist in der Zwischenablage. Fügen Sie sie in eine E-Mail oder ein Support-Ticket ein.</translation>
    </message>
    <message>
        <source>Microsoft knows this account as %1. Checking that the mailbox accepts it for %2…</source>
        <translation>Microsoft kennt dieses Konto als %1. Mail Setup prüft, ob das Postfach es für %2 annimmt …</translation>
    </message>
    <message>
        <source>You signed in with another account</source>
        <translation>Sie haben sich mit einem anderen Konto angemeldet</translation>
    </message>
    <message>
        <source>You signed in as %1, but Mail Setup is setting up %2.</source>
        <translation>Sie haben sich als %1 angemeldet, Mail Setup richtet aber %2 ein.</translation>
    </message>
    <message>
        <source>Go back to Mail Setup to sign in again with the right account. You can close this tab.</source>
        <translation>Kehren Sie zu Mail Setup zurück, um sich erneut mit dem richtigen Konto anzumelden. Sie können diesen Tab schließen.</translation>
    </message>
    <message>
        <source>The sign-in was cancelled</source>
        <translation>Die Anmeldung wurde abgebrochen</translation>
    </message>
    <message>
        <source>Microsoft says that the sign-in was cancelled or that permission was not given, so nothing was set up.</source>
        <translation>Microsoft meldet, dass die Anmeldung abgebrochen oder die Erlaubnis nicht erteilt wurde; daher wurde nichts eingerichtet.</translation>
    </message>
    <message>
        <source>Go back to Mail Setup to start the sign-in again. You can close this tab.</source>
        <translation>Kehren Sie zu Mail Setup zurück, um die Anmeldung erneut zu starten. Sie können diesen Tab schließen.</translation>
    </message>
    <message>
        <source>Mail Setup stopped waiting for this sign-in</source>
        <translation>Mail Setup wartet nicht mehr auf diese Anmeldung</translation>
    </message>
    <message>
        <source>The sign-in was cancelled in Mail Setup, or its time ran out, so nothing was set up.</source>
        <translation>Die Anmeldung wurde in Mail Setup abgebrochen, oder ihre Zeit ist abgelaufen; daher wurde nichts eingerichtet.</translation>
    </message>
    <message>
        <source>To sign in, start again in Mail Setup. You can close this tab.</source>
        <translation>Um sich anzumelden, beginnen Sie in Mail Setup erneut. Sie können diesen Tab schließen.</translation>
    </message>
    <message>
        <source>Mail Setup already has the answer</source>
        <translation>Mail Setup hat die Antwort schon</translation>
    </message>
    <message>
        <source>Mail Setup has already received the answer to this sign-in.</source>
        <translation>Mail Setup hat die Antwort auf diese Anmeldung bereits erhalten.</translation>
    </message>
    <message>
        <source>Go back to Mail Setup to see how the sign-in ended. You can close this tab.</source>
        <translation>Kehren Sie zu Mail Setup zurück, um zu sehen, wie die Anmeldung ausgegangen ist. Sie können diesen Tab schließen.</translation>
    </message>
    <message>
        <source>Almost done</source>
        <translation>Fast fertig</translation>
    </message>
    <message>
        <source>Mail Setup received your sign-in and is finishing it with Microsoft.</source>
        <translation>Mail Setup hat Ihre Anmeldung erhalten und schließt sie mit Microsoft ab.</translation>
    </message>
    <message>
        <source>Go back to Mail Setup to see how it ends. You can close this tab.</source>
        <translation>Kehren Sie zu Mail Setup zurück, um zu sehen, wie es ausgeht. Sie können diesen Tab schließen.</translation>
    </message>
    <message>
        <source>Nothing happened</source>
        <translation>Nichts ist geschehen</translation>
    </message>
    <message>
        <source>This address on your computer is only for the answer to Mail Setup&apos;s sign-in with Microsoft.</source>
        <translation>Diese Adresse auf Ihrem Computer ist nur für die Antwort auf die Anmeldung von Mail Setup bei Microsoft da.</translation>
    </message>
    <message>
        <source>This request was not that answer, so Mail Setup ignored it and nothing happened.</source>
        <translation>Diese Anfrage war nicht diese Antwort; Mail Setup hat sie daher ignoriert, und nichts ist geschehen.</translation>
    </message>
    <message>
        <source>You can close this tab.</source>
        <translation>Sie können diesen Tab schließen.</translation>
    </message>
    <message>
        <source>You are signed in as %1, a work or school account. Mail Setup goes on to check your mailbox.</source>
        <translation>Sie sind als %1 angemeldet, mit einem Geschäfts-, Schul- oder Unikonto. Mail Setup prüft jetzt Ihr Postfach.</translation>
    </message>
    <message>
        <source>You are signed in as %1, a personal Microsoft account. Mail Setup goes on to check your mailbox.</source>
        <translation>Sie sind als %1 angemeldet, mit einem privaten Microsoft-Konto. Mail Setup prüft jetzt Ihr Postfach.</translation>
    </message>
    <message>
        <source>The sign-in was stopped. Nothing was saved; sign in again when you are ready.</source>
        <translation>Die Anmeldung wurde abgebrochen. Es wurde nichts gespeichert; melden Sie sich erneut an, wenn Sie so weit sind.</translation>
    </message>
</context>
<context>
    <name>SplitSecretStore</name>
    <message>
        <source>A part of the saved secret is missing from the keychain.</source>
        <translation>Ein Teil der gespeicherten Zugangsdaten fehlt im Schlüsselbund.</translation>
    </message>
    <message>
        <source>The parts of the saved secret in the keychain do not fit together.</source>
        <translation>Die Teile der gespeicherten Zugangsdaten im Schlüsselbund passen nicht zusammen.</translation>
    </message>
    <message>
        <source>The secret is too large for the keychain.</source>
        <translation>Die Zugangsdaten sind zu groß für den Schlüsselbund.</translation>
    </message>
</context>
<context>
    <name>StepListView</name>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>The steps of the check, each with whether it worked and how long it took. Expand a step to read what the server said.</source>
        <translation>Die Schritte der Prüfung, jeweils mit Ergebnis und Dauer. Klappen Sie einen Schritt auf, um zu lesen, was der Server geantwortet hat.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <source>Encryption: %1</source>
        <translation>Verschlüsselung: %1</translation>
    </message>
    <message>
        <source>Works.</source>
        <translation>Funktioniert.</translation>
    </message>
    <message>
        <source>Does not work yet.</source>
        <translation>Funktioniert noch nicht.</translation>
    </message>
    <message>
        <source>%1: not started yet</source>
        <translation>%1: noch nicht begonnen</translation>
    </message>
    <message>
        <source>%1: under way</source>
        <translation>%1: läuft</translation>
    </message>
    <message>
        <source>%1: worked, in %2 ms</source>
        <translation>%1: erfolgreich, in %2 ms</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1: failed, after %2 ms</source>
        <translation>%1: fehlgeschlagen, nach %2 ms</translation>
    </message>
    <message>
        <source>%1: not checked</source>
        <translation>%1: nicht geprüft</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>nicht geprüft</translation>
    </message>
    <message>
        <source>The server said: %1</source>
        <translation>Antwort des Servers: %1</translation>
    </message>
</context>
<context>
    <name>TestMessage</name>
    <message>
        <source>Mail Setup test message</source>
        <translation>Testnachricht von Mail Setup</translation>
    </message>
    <message>
        <source>This message was sent by Mail Setup to check that your account can send and receive e-mail.
It went from your computer to your provider&apos;s outgoing server and back into your inbox, so both work. You can delete it.
</source>
        <translation>Diese Nachricht hat Mail Setup gesendet, um zu prüfen, ob Ihr Konto E-Mails senden und empfangen kann.
Sie ging von Ihrem Computer zum Postausgangsserver Ihres Anbieters und zurück in Ihren Posteingang, also funktioniert beides. Sie können sie löschen.
</translation>
    </message>
</context>
</TS>
