<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="en">
<context>
    <name>AddressPage</name>
    <message>
        <source>Your email address</source>
        <translation>Uw e-mailadres</translation>
    </message>
    <message>
        <source>&amp;Email address:</source>
        <translation>&amp;E-mailadres:</translation>
    </message>
    <message>
        <source>name@outlook.com</source>
        <translation>naam@outlook.com</translation>
    </message>
    <message>
        <source>Email address</source>
        <translation>E-mailadres</translation>
    </message>
    <message>
        <source>The address of the mailbox to set up, for example name@outlook.com.</source>
        <translation>Het adres van het postvak dat u wilt instellen, bijvoorbeeld naam@outlook.com.</translation>
    </message>
    <message>
        <source>What kind of account is it?</source>
        <translation>Wat voor account is het?</translation>
    </message>
    <message>
        <source>Mail Setup chooses this by itself when it can tell. Change it if you know better; the sign-in decides in the end.</source>
        <translation>Mail Setup kiest dit zelf als het dat kan zien. Wijzig het als u het beter weet; de aanmelding beslist uiteindelijk.</translation>
    </message>
    <message>
        <source>Outlook.com, Hotmail, Live or MSN: an account you made yourself at Microsoft.</source>
        <translation>Outlook.com, Hotmail, Live of MSN: een account dat u zelf bij Microsoft hebt gemaakt.</translation>
    </message>
    <message>
        <source>Microsoft 365: an account your organisation gave you.</source>
        <translation>Microsoft 365: een account dat u van uw organisatie hebt gekregen.</translation>
    </message>
    <message>
        <source>&amp;Personal Microsoft account</source>
        <translation>&amp;Persoonlijk Microsoft-account</translation>
    </message>
    <message>
        <source>&amp;Work or school account</source>
        <translation>&amp;Werk- of schoolaccount</translation>
    </message>
    <message>
        <source>Mail Setup works with Outlook.com, Hotmail and Live addresses and with work or school addresses that run on Microsoft 365.</source>
        <translation>Mail Setup werkt met adressen van Outlook.com, Hotmail en Live en met werk- of schooladressen die op Microsoft 365 draaien.</translation>
    </message>
    <message>
        <source>Finding out who runs this address…</source>
        <translation>Nagaan wie dit adres beheert…</translation>
    </message>
    <message>
        <source>This is a personal Microsoft account (Outlook.com).</source>
        <translation>Dit is een persoonlijk Microsoft-account (Outlook.com).</translation>
    </message>
    <message>
        <source>This looks like a work or school account (Microsoft 365).</source>
        <translation>Dit lijkt een werk- of schoolaccount (Microsoft 365).</translation>
    </message>
    <message>
        <source>Nothing says this address is handled by Microsoft. If you know that it is, choose the kind of account below and go on.</source>
        <translation>Niets wijst erop dat Microsoft dit adres beheert. Als u weet dat het zo is, kiest u hieronder het soort account en gaat u verder.</translation>
    </message>
    <message>
        <source>Mail Setup could not find out who runs this address. Choose the kind of account below.</source>
        <translation>Mail Setup kon niet nagaan wie dit adres beheert. Kies hieronder het soort account.</translation>
    </message>
    <message>
        <source>Addresses at %1 belong to Microsoft&apos;s own mail service.</source>
        <translation>Adressen bij %1 horen bij de e-maildienst van Microsoft zelf.</translation>
    </message>
    <message>
        <source>Mail for %1 goes to Outlook.com&apos;s servers.</source>
        <translation>E-mail voor %1 gaat naar de servers van Outlook.com.</translation>
    </message>
    <message>
        <source>Mail for %1 goes to Microsoft 365&apos;s servers.</source>
        <translation>E-mail voor %1 gaat naar de servers van Microsoft 365.</translation>
    </message>
    <message>
        <source>Microsoft knows an organisation for %1.</source>
        <translation>Microsoft kent een organisatie voor %1.</translation>
    </message>
    <message>
        <source>Microsoft knows %1 as a domain of personal accounts.</source>
        <translation>Microsoft kent %1 als een domein van persoonlijke accounts.</translation>
    </message>
    <message>
        <source>Microsoft knows no organisation for %1.</source>
        <translation>Microsoft kent geen organisatie voor %1.</translation>
    </message>
    <message>
        <source>Mail for %1 goes to servers that are not Microsoft&apos;s.</source>
        <translation>E-mail voor %1 gaat naar servers die niet van Microsoft zijn.</translation>
    </message>
    <message>
        <source>No answer came in time; this computer may be offline.</source>
        <translation>Er kwam niet op tijd antwoord; misschien is deze computer offline.</translation>
    </message>
    <message>
        <source>Signing in will confirm it.</source>
        <translation>De aanmelding zal het bevestigen.</translation>
    </message>
    <message>
        <source>%1 Signing in will confirm it.</source>
        <translation>%1 De aanmelding zal het bevestigen.</translation>
    </message>
    <message>
        <source>Clear the email address</source>
        <translation>E-mailadres wissen</translation>
    </message>
    <message>
        <source>Empties the email address field, to type another address.</source>
        <translation>Maakt het veld voor het e-mailadres leeg, zodat u een ander adres kunt typen.</translation>
    </message>
    <message>
        <source>This copy of Mail Setup cannot sign anyone in yet: it was built without an application (client) ID, and Microsoft lets only registered applications open a mailbox. Your IT department registers Mail Setup in Microsoft Entra and starts it with --client-id and that ID, or with a provider file that names it; whoever packages Mail Setup builds it with -DMAILSETUP_CLIENT_ID. The file docs/app-registration.md says how.</source>
        <translation>Dit exemplaar van Mail Setup kan nog niemand aanmelden: het is gebouwd zonder toepassings-id (client), en Microsoft laat alleen geregistreerde toepassingen een postvak openen. Uw IT-afdeling registreert Mail Setup in Microsoft Entra en start het met --client-id en die id, of met een providerbestand dat de id noemt; wie Mail Setup verpakt, bouwt het met -DMAILSETUP_CLIENT_ID. Het bestand docs/app-registration.md beschrijft hoe dat gaat.</translation>
    </message>
    <message>
        <source>Did you mean %1? Check the part after the @.</source>
        <translation>Bedoelde u %1? Controleer het deel na de @.</translation>
    </message>
    <message>
        <source>%1 is an address of %2, not of Microsoft. Mail Setup is for Outlook.com and Microsoft 365 accounts only; set up this address in your mail app with the settings %2 gives.</source>
        <translation>%1 is een adres van %2, niet van Microsoft. Mail Setup is alleen voor accounts van Outlook.com en Microsoft 365; stel dit adres in uw e-mail-app in met de instellingen die %2 opgeeft.</translation>
    </message>
</context>
<context>
    <name>AdministratorRequests</name>
    <message>
        <source>In Exchange Online PowerShell:</source>
        <translation>In Exchange Online PowerShell:</translation>
    </message>
    <message>
        <source>In Microsoft Graph PowerShell:</source>
        <translation>In Microsoft Graph PowerShell:</translation>
    </message>
    <message>
        <source>Please allow authenticated SMTP (SMTP AUTH) for my mailbox %1, so that mail apps that sign in with Microsoft can send. Switching it on for the mailbox is enough; it wins over the organisation&apos;s setting.</source>
        <translation>Wilt u geverifieerde SMTP (SMTP AUTH) toestaan voor mijn postvak %1, zodat e-mail-apps die zich met Microsoft aanmelden kunnen verzenden? Het is genoeg om het voor het postvak in te schakelen; die instelling gaat boven die van de organisatie.</translation>
    </message>
    <message>
        <source>Please allow IMAP for my mailbox %1, so that mail apps that sign in with Microsoft can read it.</source>
        <translation>Wilt u IMAP toestaan voor mijn postvak %1, zodat e-mail-apps die zich met Microsoft aanmelden het kunnen lezen?</translation>
    </message>
    <message>
        <source>Please grant admin consent to the application Mail Setup for the delegated permissions IMAP.AccessAsUser.All, SMTP.Send and offline_access, so that I can set up %1. The consent page is https://login.microsoftonline.com/organizations/v2.0/adminconsent?client_id=&lt;application-id&gt; with the application&apos;s ID in place of &lt;application-id&gt;.</source>
        <translation>Wilt u beheerderstoestemming geven aan de toepassing Mail Setup voor de gedelegeerde machtigingen IMAP.AccessAsUser.All, SMTP.Send en offline_access, zodat ik %1 kan instellen? De toestemmingspagina is https://login.microsoftonline.com/organizations/v2.0/adminconsent?client_id=&lt;application-id&gt;, met de id van de toepassing in plaats van &lt;application-id&gt;.</translation>
    </message>
    <message>
        <source>Please grant admin consent to the application Mail Setup for the delegated permissions IMAP.AccessAsUser.All, SMTP.Send and offline_access, so that I can set up %1. The link below opens the consent page for our organisation.</source>
        <translation>Wilt u beheerderstoestemming geven aan de toepassing Mail Setup voor de gedelegeerde machtigingen IMAP.AccessAsUser.All, SMTP.Send en offline_access, zodat ik %1 kan instellen? De koppeling hieronder opent de toestemmingspagina voor onze organisatie.</translation>
    </message>
    <message>
        <source>A sign-in rule of our organisation (Conditional Access or security defaults) stopped Mail Setup from signing in to my mailbox %1. Please look up this sign-in in the Entra sign-in logs with the ids below and tell me what I need to do.</source>
        <translation>Een aanmeldregel van onze organisatie (voorwaardelijke toegang of standaardinstellingen voor beveiliging) heeft verhinderd dat Mail Setup zich aanmeldde bij mijn postvak %1. Wilt u deze aanmelding opzoeken in de aanmeldingslogboeken van Entra met de id&apos;s hieronder en mij laten weten wat ik moet doen?</translation>
    </message>
    <message>
        <source>A test message that Mail Setup sent from my mailbox %1 to itself was turned away. Please look at the server&apos;s reason below; common causes are the domain&apos;s SPF, DKIM or DMARC records or a block on the sending server.</source>
        <translation>Een testbericht dat Mail Setup vanuit mijn postvak %1 naar zichzelf heeft verzonden, is geweigerd. Wilt u de reden van de server hieronder bekijken? Veelvoorkomende oorzaken zijn de SPF-, DKIM- of DMARC-records van het domein of een blokkade van de verzendende server.</translation>
    </message>
    <message>
        <source>Mail Setup could not set up my mailbox %1 and says that only an administrator can fix it.</source>
        <translation>Mail Setup kon mijn postvak %1 niet instellen en zegt dat alleen een beheerder dit kan oplossen.</translation>
    </message>
    <message>
        <source>Microsoft says that the application I use for my mailbox %1 is switched off for our organisation. Please switch it on again: Microsoft Entra admin center, Enterprise applications, the application with the ID below, Properties, &quot;Enabled for users to sign-in&quot;: Yes. The commands below do the same.</source>
        <translation>Microsoft meldt dat de toepassing die ik voor mijn postvak %1 gebruik, voor onze organisatie is uitgeschakeld. Wilt u haar weer inschakelen: Microsoft Entra-beheercentrum, Bedrijfstoepassingen, de toepassing met de id hieronder, Eigenschappen, ‘Ingeschakeld voor aanmelding door gebruikers?’: Ja. De opdrachten hieronder doen hetzelfde.</translation>
    </message>
    <message>
        <source>Microsoft says that the application I use for my mailbox %1 is switched off for our organisation. Please switch it on again: Microsoft Entra admin center, Enterprise applications, the application that the error names, Properties, &quot;Enabled for users to sign-in&quot;: Yes. The commands below do the same, with its ID in place of &lt;application-id&gt;.</source>
        <translation>Microsoft meldt dat de toepassing die ik voor mijn postvak %1 gebruik, voor onze organisatie is uitgeschakeld. Wilt u haar weer inschakelen: Microsoft Entra-beheercentrum, Bedrijfstoepassingen, de toepassing die de fout noemt, Eigenschappen, ‘Ingeschakeld voor aanmelding door gebruikers?’: Ja. De opdrachten hieronder doen hetzelfde, met haar id in plaats van &lt;application-id&gt;.</translation>
    </message>
    <message>
        <source>Security defaults are switched on in our organisation, so Exchange Online refuses the device or app that sends as %1 with a password, whatever the SMTP AUTH setting. If it cannot sign in with OAuth, please replace the security defaults with Conditional Access policies (Microsoft Entra admin center: Overview, Properties, Manage security defaults) and allow SMTP AUTH for this mailbox only with the command below. Exchange Online stops taking passwords for sending by default from the end of December 2026, so a relay or a connector for the device lasts longer.</source>
        <translation>In onze organisatie zijn de standaardinstellingen voor beveiliging ingeschakeld, waardoor Exchange Online het apparaat of de app die als %1 met een wachtwoord verzendt weigert, wat de instelling voor SMTP AUTH ook is. Als het zich niet met OAuth kan aanmelden, wilt u dan de standaardinstellingen voor beveiliging vervangen door beleid voor voorwaardelijke toegang (Microsoft Entra-beheercentrum: Overzicht, Eigenschappen, Standaardinstellingen voor beveiliging beheren) en SMTP AUTH alleen voor dit postvak toestaan met de opdracht hieronder? Exchange Online accepteert vanaf eind december 2026 standaard geen wachtwoorden meer voor verzenden, dus een relay of een connector voor het apparaat gaat langer mee.</translation>
    </message>
    <message>
        <source>Our organisation rejects direct send (RejectDirectSend is on), so mail that a device or app sends to our mailboxes without signing in, as %1, is turned away with 550 5.7.68. Please create a partner inbound connector for the device&apos;s public IP address or certificate so that its mail is accepted, or, if the organisation prefers, allow direct send again with the command below.</source>
        <translation>Onze organisatie weigert direct verzenden (RejectDirectSend staat aan), waardoor e-mail die een apparaat of app zonder aanmelding als %1 naar onze postvakken stuurt, wordt geweigerd met 550 5.7.68. Wilt u een inkomende partnerconnector maken voor het openbare IP-adres of het certificaat van het apparaat, zodat de e-mail ervan wordt geaccepteerd, of, als de organisatie dat liever heeft, direct verzenden weer toestaan met de opdracht hieronder?</translation>
    </message>
    <message>
        <source>Please give my account %1 the Send As permission for the address it has to send from, for example a shared mailbox, with the command below (the other address in place of &lt;address to send from&gt;). A change can take up to an hour to work.</source>
        <translation>Wilt u mijn account %1 met de opdracht hieronder de machtiging ‘Verzenden als’ geven voor het adres waarvandaan het moet verzenden, bijvoorbeeld een gedeeld postvak (het andere adres in plaats van &lt;address to send from&gt;)? Een wijziging kan tot een uur nodig hebben voordat ze werkt.</translation>
    </message>
    <message>
        <source>Microsoft 365 has stopped my mailbox %1 from sending, as a restricted sender. Please check the account for misuse first (reset its password, end its sessions, look for inbox rules and forwarding that nobody set up), then release it in the Microsoft Defender portal under Restricted entities, or with the commands below.</source>
        <translation>Microsoft 365 heeft mijn postvak %1 als beperkte afzender geblokkeerd voor verzenden. Wilt u het account eerst controleren op misbruik (het wachtwoord opnieuw instellen, de sessies beëindigen, zoeken naar regels voor het Postvak IN en doorstuurregels die niemand heeft ingesteld) en het daarna vrijgeven in de Microsoft Defender-portal onder Beperkte entiteiten, of met de opdrachten hieronder?</translation>
    </message>
    <message>
        <source>My account %1 is locked or switched off, so I cannot sign in. Please look up the sign-in in the Entra sign-in logs (error 50053 for a lock, 50057 for an account that is switched off) and, if it is safe, unlock it: a lock after wrong passwords passes by itself, a block for risk ends when the user&apos;s risk is dismissed or the password is reset, and an account that was switched off is switched on with the command below.</source>
        <translation>Mijn account %1 is vergrendeld of uitgeschakeld, waardoor ik me niet kan aanmelden. Wilt u de aanmelding opzoeken in de aanmeldingslogboeken van Entra (fout 50053 voor een vergrendeling, 50057 voor een uitgeschakeld account) en het account, als dat veilig is, ontgrendelen? Een vergrendeling na verkeerde wachtwoorden gaat vanzelf voorbij, een blokkade wegens risico eindigt wanneer het risico van de gebruiker wordt genegeerd of het wachtwoord opnieuw wordt ingesteld, en een uitgeschakeld account wordt weer ingeschakeld met de opdracht hieronder.</translation>
    </message>
    <message>
        <source>Tenant: %1</source>
        <translation>Tenant: %1</translation>
    </message>
    <message>
        <source>Application (client) ID: %1</source>
        <translation>Toepassings-id (client): %1</translation>
    </message>
    <message>
        <source>Hello,</source>
        <translation>Geachte beheerder,</translation>
    </message>
    <message>
        <source>What Mail Setup found: %1</source>
        <translation>Wat Mail Setup heeft gevonden: %1</translation>
    </message>
    <message>
        <source>What the server said: %1</source>
        <translation>Wat de server antwoordde: %1</translation>
    </message>
    <message>
        <source>Diagnosis code: %1</source>
        <translation>Diagnosecode: %1</translation>
    </message>
    <message>
        <source>Thank you.</source>
        <translation>Hartelijk dank.</translation>
    </message>
</context>
<context>
    <name>CheckPage</name>
    <message>
        <source>Incoming mail (IMAP)</source>
        <translation>Inkomende e-mail (IMAP)</translation>
    </message>
    <message>
        <source>Outgoing mail (SMTP)</source>
        <translation>Uitgaande e-mail (SMTP)</translation>
    </message>
    <message>
        <source>Checking your account</source>
        <translation>Uw account wordt gecontroleerd</translation>
    </message>
    <message>
        <source>Send a test &amp;message to myself</source>
        <translation>Stuur mij een test&amp;bericht</translation>
    </message>
    <message>
        <source>Sends one short message to your own address and looks for it in your inbox, to prove that mail really comes and goes.</source>
        <translation>Stuurt één kort bericht naar uw eigen adres en zoekt het in uw Postvak IN, om te bewijzen dat e-mail echt binnenkomt en vertrekt.</translation>
    </message>
    <message>
        <source>Shows or hides what the servers said at each step.</source>
        <translation>Toont of verbergt wat de servers bij elke stap antwoordden.</translation>
    </message>
    <message>
        <source>Save a re&amp;port for the helpdesk…</source>
        <translation>&amp;Rapport opslaan voor de helpdesk…</translation>
    </message>
    <message>
        <source>Mail Setup signs in to your mailbox the way a mail app does, for incoming and for outgoing mail.</source>
        <translation>Mail Setup meldt zich aan bij uw postvak zoals een e-mail-app dat doet, voor inkomende en voor uitgaande e-mail.</translation>
    </message>
    <message>
        <source>Checking incoming and outgoing mail. This takes up to a minute.</source>
        <translation>Inkomende en uitgaande e-mail worden gecontroleerd. Dit duurt hooguit een minuut.</translation>
    </message>
    <message>
        <source>The test message reached your inbox in %1 seconds.</source>
        <translation>Het testbericht is in %1 seconden in uw Postvak IN aangekomen.</translation>
    </message>
    <message>
        <source>The test message was sent, but it did not show up in your inbox in time.</source>
        <translation>Het testbericht is verzonden, maar verscheen niet op tijd in uw Postvak IN.</translation>
    </message>
    <message>
        <source>A message for your IT administrator is on the clipboard. Paste it into an email or a support ticket.</source>
        <translation>Er staat een bericht voor uw IT-beheerder op het klembord. Plak het in een e-mail of een supportticket.</translation>
    </message>
    <message>
        <source>Hide server &amp;replies</source>
        <translation>Server&amp;antwoorden verbergen</translation>
    </message>
    <message>
        <source>Show server &amp;replies</source>
        <translation>Server&amp;antwoorden tonen</translation>
    </message>
    <message>
        <source>Hide server replies</source>
        <translation>Serverantwoorden verbergen</translation>
    </message>
    <message>
        <source>Show server replies</source>
        <translation>Serverantwoorden tonen</translation>
    </message>
    <message>
        <source>&amp;Check again</source>
        <translation>Opnieuw &amp;controleren</translation>
    </message>
    <message>
        <source>Checks incoming and outgoing mail once more.</source>
        <translation>Controleert inkomende en uitgaande e-mail nog een keer.</translation>
    </message>
    <message>
        <source>Shows or hides each step of the check and how long it took.</source>
        <translation>Toont of verbergt elke stap van de controle en hoe lang die duurde.</translation>
    </message>
    <message>
        <source>&amp;Finish with incoming mail only</source>
        <translation>A&amp;fronden met alleen inkomende e-mail</translation>
    </message>
    <message>
        <source>Saves this account as it is, so that you can read your mail now. Check again once sending has been switched on.</source>
        <translation>Slaat dit account op zoals het is, zodat u uw e-mail nu al kunt lezen. Controleer opnieuw zodra verzenden is ingeschakeld.</translation>
    </message>
    <message>
        <source>Checking incoming and outgoing mail and sending a test message to yourself. This takes up to a minute.</source>
        <translation>Inkomende en uitgaande e-mail worden gecontroleerd en er wordt een testbericht naar uzelf gestuurd. Dit duurt hooguit een minuut.</translation>
    </message>
    <message>
        <source>Your account works</source>
        <translation>Uw account werkt</translation>
    </message>
    <message>
        <source>Not everything works yet</source>
        <translation>Nog niet alles werkt</translation>
    </message>
    <message>
        <source>Below is what went wrong and what to do about it.</source>
        <translation>Hieronder staat wat er misging en wat u eraan kunt doen.</translation>
    </message>
    <message>
        <source>Incoming mail was not checked.</source>
        <translation>Inkomende e-mail is niet gecontroleerd.</translation>
    </message>
    <message>
        <source>Incoming mail works.</source>
        <translation>Inkomende e-mail werkt.</translation>
    </message>
    <message>
        <source>Incoming mail does not work yet.</source>
        <translation>Inkomende e-mail werkt nog niet.</translation>
    </message>
    <message>
        <source>Outgoing mail was not checked.</source>
        <translation>Uitgaande e-mail is niet gecontroleerd.</translation>
    </message>
    <message>
        <source>Outgoing mail works.</source>
        <translation>Uitgaande e-mail werkt.</translation>
    </message>
    <message>
        <source>Outgoing mail does not work yet.</source>
        <translation>Uitgaande e-mail werkt nog niet.</translation>
    </message>
    <message>
        <source>Hide the &amp;steps</source>
        <translation>&amp;Stappen verbergen</translation>
    </message>
    <message>
        <source>Show the &amp;steps and their times</source>
        <translation>&amp;Stappen en hun tijden tonen</translation>
    </message>
    <message>
        <source>Hide the steps</source>
        <translation>Stappen verbergen</translation>
    </message>
    <message>
        <source>Show the steps and their times</source>
        <translation>Stappen en hun tijden tonen</translation>
    </message>
    <message>
        <source>Saves what Mail Setup did and found as a web page, without any password or token, for whoever helps you with your mail.</source>
        <translation>Slaat op wat Mail Setup deed en vond, als webpagina, zonder wachtwoord of token, voor wie u helpt met uw e-mail.</translation>
    </message>
</context>
<context>
    <name>CommandBlock</name>
    <message>
        <source>Read only. Each line is one whole command; the Copy button beside it copies them exactly.</source>
        <translation>Alleen-lezen. Elke regel is één volledige opdracht; de knop Kopiëren ernaast kopieert ze precies.</translation>
    </message>
    <message>
        <source>Puts the commands on the clipboard, exactly as shown.</source>
        <translation>Zet de opdrachten op het klembord, precies zoals ze worden getoond.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>There is no display to show the Mail Setup window on. Use one of the commands below instead.</source>
        <translation>Er is geen beeldscherm om het venster van Mail Setup op te tonen. Gebruik in plaats daarvan een van de opdrachten hieronder.</translation>
    </message>
    <message>
        <source>Sign in with Microsoft in your browser and keep the sign-in in the keychain.</source>
        <translation>Aanmelden met Microsoft in uw browser en de aanmelding in de sleutelhanger bewaren.</translation>
    </message>
    <message>
        <source>Check incoming (IMAP) and outgoing (SMTP) mail for an address.</source>
        <translation>Inkomende (IMAP) en uitgaande (SMTP) e-mail voor een adres controleren.</translation>
    </message>
    <message>
        <source>Print a fresh access token for a signed-in address (for msmtp, isync, neomutt).</source>
        <translation>Een nieuw toegangstoken tonen voor een aangemeld adres (voor msmtp, isync, neomutt).</translation>
    </message>
    <message>
        <source>Remove an address&apos;s sign-in and settings from this computer.</source>
        <translation>De aanmelding en instellingen van een adres van deze computer verwijderen.</translation>
    </message>
    <message>
        <source>Explain an error message that a device or mail app showed.</source>
        <translation>Een foutmelding uitleggen die een apparaat of e-mail-app toonde.</translation>
    </message>
    <message>
        <source>Usage: mailsetup [COMMAND] [OPTIONS]</source>
        <translation>Gebruik: mailsetup [OPDRACHT] [OPTIES]</translation>
    </message>
    <message>
        <source>Sets up an Outlook.com or Microsoft 365 mailbox and proves that it works.</source>
        <translation>Stelt een postvak van Outlook.com of Microsoft 365 in en bewijst dat het werkt.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Opdrachten:</translation>
    </message>
    <message>
        <source>Run &quot;mailsetup COMMAND --help&quot; for the options of a command.</source>
        <translation>Voer ‘mailsetup OPDRACHT --help’ uit voor de opties van een opdracht.</translation>
    </message>
    <message>
        <source>Unknown command: %1</source>
        <translation>Onbekende opdracht: %1</translation>
    </message>
    <message>
        <source>Run &quot;mailsetup --help&quot; for help.</source>
        <translation>Voer ‘mailsetup --help’ uit voor hulp.</translation>
    </message>
    <message>
        <source>Usage: mailsetup %1 [options]</source>
        <translation>Gebruik: mailsetup %1 [opties]</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Onverwacht argument: %1</translation>
    </message>
    <message>
        <source>A built-in provider: outlook (personal) or microsoft365 (work or school).</source>
        <translation>Een ingebouwde provider: outlook (persoonlijk) of microsoft365 (werk of school).</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>A provider profile file (JSON) to use instead.</source>
        <translation>Een providerprofielbestand (JSON) om in plaats daarvan te gebruiken.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>bestand</translation>
    </message>
    <message>
        <source>Unknown provider &quot;%1&quot;. Known providers: %2.</source>
        <translation>Onbekende provider ‘%1’. Bekende providers: %2.</translation>
    </message>
    <message>
        <source>The saved settings of %1 name an unknown provider &quot;%2&quot;. Sign in again.</source>
        <translation>De opgeslagen instellingen van %1 noemen een onbekende provider ‘%2’. Meld u opnieuw aan.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-mail address.</source>
        <translation>‘%1’ is geen e-mailadres.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-mail address. %2</source>
        <translation>‘%1’ is geen e-mailadres. %2</translation>
    </message>
    <message>
        <source>The access token file %1 is too large to hold an access token.</source>
        <translation>Het toegangstokenbestand %1 is te groot om een toegangstoken te bevatten.</translation>
    </message>
    <message>
        <source>The access token file %1 cannot be read.</source>
        <translation>Het toegangstokenbestand %1 kan niet worden gelezen.</translation>
    </message>
    <message>
        <source>The access token file %1 is empty.</source>
        <translation>Het toegangstokenbestand %1 is leeg.</translation>
    </message>
    <message>
        <source>The access token file %1 does not hold one access token.</source>
        <translation>Het toegangstokenbestand %1 bevat niet precies één toegangstoken.</translation>
    </message>
    <message>
        <source>Checks incoming (IMAP) and outgoing (SMTP) mail for an address. Without --access-token-file it uses the sign-in stored by &quot;mailsetup signin&quot;.</source>
        <translation>Controleert inkomende (IMAP) en uitgaande (SMTP) e-mail voor een adres. Zonder --access-token-file gebruikt het de aanmelding die ‘mailsetup signin’ heeft opgeslagen.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Deze hulp tonen.</translation>
    </message>
    <message>
        <source>The e-mail address to check.</source>
        <translation>Het e-mailadres dat gecontroleerd moet worden.</translation>
    </message>
    <message>
        <source>address</source>
        <translation>adres</translation>
    </message>
    <message>
        <source>A file that holds an OAuth2 access token for the address.</source>
        <translation>Een bestand met een OAuth2-toegangstoken voor het adres.</translation>
    </message>
    <message>
        <source>Also send a test message to the address and wait until it arrives.</source>
        <translation>Ook een testbericht naar het adres sturen en wachten tot het aankomt.</translation>
    </message>
    <message>
        <source>Print the result as one JSON object.</source>
        <translation>Het resultaat als één JSON-object tonen.</translation>
    </message>
    <message>
        <source>Write what was said with each server to this file, secrets removed.</source>
        <translation>In dit bestand schrijven wat er met elke server is uitgewisseld, zonder geheimen.</translation>
    </message>
    <message>
        <source>Give the address to check with --email.</source>
        <translation>Geef het adres dat gecontroleerd moet worden op met --email.</translation>
    </message>
    <message>
        <source>Checking %1 on %2 …</source>
        <translation>%1 wordt gecontroleerd op %2 …</translation>
    </message>
    <message>
        <source>The transcript file %1 cannot be written.</source>
        <translation>Het transcriptbestand %1 kan niet worden geschreven.</translation>
    </message>
    <message>
        <source>Explains an error message: what it means, what to do and who can do it. Give the message as arguments, or - to read it from standard input.</source>
        <translation>Legt een foutmelding uit: wat ze betekent, wat u kunt doen en wie het kan doen. Geef de melding als argumenten, of - om haar van de standaardinvoer te lezen.</translation>
    </message>
    <message>
        <source>The error message.</source>
        <translation>De foutmelding.</translation>
    </message>
    <message>
        <source>TEXT…</source>
        <translation>TEKST…</translation>
    </message>
    <message>
        <source>The address of the mailbox, for the advice and the administrator&apos;s commands.</source>
        <translation>Het adres van het postvak, voor het advies en de opdrachten voor de beheerder.</translation>
    </message>
    <message>
        <source>The kind of account: personal (Outlook.com, Hotmail, Live) or work (work or school). Default: what the address tells, else advice for either.</source>
        <translation>Het soort account: personal (Outlook.com, Hotmail, Live) of work (werk of school). Standaard: wat het adres zegt, anders advies voor beide.</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>soort</translation>
    </message>
    <message>
        <source>The application (client) ID the administrator&apos;s request names.</source>
        <translation>De toepassings-id (client) die het verzoek aan de beheerder noemt.</translation>
    </message>
    <message>
        <source>Unknown kind &quot;%1&quot;. Use personal or work.</source>
        <translation>Onbekend soort account ‘%1’. Gebruik personal of work.</translation>
    </message>
    <message>
        <source>Standard input cannot be read.</source>
        <translation>De standaardinvoer kan niet worden gelezen.</translation>
    </message>
    <message>
        <source>Give the error message to explain.</source>
        <translation>Geef de foutmelding op die uitgelegd moet worden.</translation>
    </message>
    <message>
        <source>Who can fix it: %1</source>
        <translation>Wie dit kan oplossen: %1</translation>
    </message>
    <message>
        <source>The advice differs for personal and for work or school accounts: add --kind personal or --kind work, or --email with the address.</source>
        <translation>Het advies verschilt voor persoonlijke accounts en voor werk- of schoolaccounts: voeg --kind personal of --kind work toe, of --email met het adres.</translation>
    </message>
    <message>
        <source>For your IT administrator:</source>
        <translation>Voor uw IT-beheerder:</translation>
    </message>
    <message>
        <source>Diagnosis code: %1</source>
        <translation>Diagnosecode: %1</translation>
    </message>
    <message>
        <source>[y/N]</source>
        <translation>[y/N]</translation>
    </message>
    <message>
        <source>Signs in with Microsoft in your browser and keeps the sign-in in the keychain, so that Mail Setup, msmtp, isync and neomutt can use the mailbox.</source>
        <translation>Meldt zich aan met Microsoft in uw browser en bewaart de aanmelding in de sleutelhanger, zodat Mail Setup, msmtp, isync en neomutt het postvak kunnen gebruiken.</translation>
    </message>
    <message>
        <source>The e-mail address to set up.</source>
        <translation>Het e-mailadres dat ingesteld moet worden.</translation>
    </message>
    <message>
        <source>The application (client) ID registered in Microsoft Entra.</source>
        <translation>De toepassings-id (client) die in Microsoft Entra is geregistreerd.</translation>
    </message>
    <message>
        <source>Do not open a browser: print the sign-in address and wait.</source>
        <translation>Geen browser openen: het aanmeldadres tonen en wachten.</translation>
    </message>
    <message>
        <source>How long to wait for the browser, in seconds (default 300).</source>
        <translation>Hoe lang op de browser wordt gewacht, in seconden (standaard 300).</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>seconden</translation>
    </message>
    <message>
        <source>Give the address to set up with --email.</source>
        <translation>Geef het adres dat ingesteld moet worden op met --email.</translation>
    </message>
    <message>
        <source>--timeout takes a number of seconds from 10 to 3600.</source>
        <translation>--timeout verwacht een aantal seconden van 10 tot 3600.</translation>
    </message>
    <message>
        <source>Sign in anyway, keeping the sign-in only until this command ends?</source>
        <translation>Toch aanmelden, en de aanmelding alleen bewaren tot deze opdracht klaar is?</translation>
    </message>
    <message>
        <source>Your browser opens Microsoft&apos;s sign-in page. If it does not, open this address:</source>
        <translation>Uw browser opent de aanmeldpagina van Microsoft. Als dat niet gebeurt, opent u dit adres:</translation>
    </message>
    <message>
        <source>Open this address in a browser to sign in:</source>
        <translation>Open dit adres in een browser om u aan te melden:</translation>
    </message>
    <message numerus="yes">
        <source>Waiting for the sign-in to finish (time limit: %n minute(s)) …</source>
        <translation>
            <numerusform>Wachten tot de aanmelding klaar is (tijdslimiet: %n minuut) …</numerusform>
            <numerusform>Wachten tot de aanmelding klaar is (tijdslimiet: %n minuten) …</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Waiting for the sign-in to finish (time limit: %n second(s)) …</source>
        <translation>
            <numerusform>Wachten tot de aanmelding klaar is (tijdslimiet: %n seconde) …</numerusform>
            <numerusform>Wachten tot de aanmelding klaar is (tijdslimiet: %n seconden) …</numerusform>
        </translation>
    </message>
    <message>
        <source>You signed in as %1, but you are setting up %2.</source>
        <translation>U hebt zich aangemeld als %1, maar u stelt %2 in.</translation>
    </message>
    <message>
        <source>Run the sign-in again and choose %1 in the browser; if the browser picks %2 by itself, choose &quot;Use another account&quot; there.</source>
        <translation>Meld u opnieuw aan en kies %1 in de browser; als de browser zelf %2 kiest, kiest u daar ‘Een ander account gebruiken’.</translation>
    </message>
    <message>
        <source>Details for the helpdesk: %1</source>
        <translation>Details voor de helpdesk: %1</translation>
    </message>
    <message>
        <source>The account settings could not be saved in %1.</source>
        <translation>De accountinstellingen konden niet worden opgeslagen in %1.</translation>
    </message>
    <message>
        <source>Signed in as %1 (personal Microsoft account).</source>
        <translation>Aangemeld als %1 (persoonlijk Microsoft-account).</translation>
    </message>
    <message>
        <source>Signed in as %1 (work or school account).</source>
        <translation>Aangemeld als %1 (werk- of schoolaccount).</translation>
    </message>
    <message>
        <source>Microsoft knows this account as %1; mail apps sign in to the mailbox as %2.</source>
        <translation>Microsoft kent dit account als %1; e-mail-apps melden zich bij het postvak aan als %2.</translation>
    </message>
    <message>
        <source>The sign-in is kept in %1.</source>
        <translation>De aanmelding wordt %1 bewaard.</translation>
    </message>
    <message>
        <source>The sign-in was not saved: it ends with this command.</source>
        <translation>De aanmelding is niet opgeslagen: ze eindigt met deze opdracht.</translation>
    </message>
    <message>
        <source>Prints a fresh access token for a signed-in address on standard output, renewing it when needed. For msmtp, isync and neomutt.</source>
        <translation>Toont op de standaarduitvoer een nieuw toegangstoken voor een aangemeld adres en vernieuwt het wanneer nodig. Voor msmtp, isync en neomutt.</translation>
    </message>
    <message>
        <source>The signed-in e-mail address.</source>
        <translation>Het aangemelde e-mailadres.</translation>
    </message>
    <message>
        <source>Give the signed-in address with --email.</source>
        <translation>Geef het aangemelde adres op met --email.</translation>
    </message>
    <message>
        <source>Removes an address&apos;s sign-in from the keychain and its settings from this computer.</source>
        <translation>Verwijdert de aanmelding van een adres uit de sleutelhanger en de instellingen ervan van deze computer.</translation>
    </message>
    <message>
        <source>The e-mail address to forget.</source>
        <translation>Het e-mailadres dat vergeten moet worden.</translation>
    </message>
    <message>
        <source>Give the address to forget with --email.</source>
        <translation>Geef het adres dat vergeten moet worden op met --email.</translation>
    </message>
    <message>
        <source>Nothing is saved for %1.</source>
        <translation>Er is niets opgeslagen voor %1.</translation>
    </message>
    <message>
        <source>The account settings in %1 could not be changed.</source>
        <translation>De accountinstellingen in %1 konden niet worden gewijzigd.</translation>
    </message>
    <message>
        <source>Mail Setup forgot %1: its sign-in and settings are removed from this computer.</source>
        <translation>Mail Setup is %1 vergeten: de aanmelding en instellingen zijn van deze computer verwijderd.</translation>
    </message>
    <message>
        <source>%1 is not signed in on this computer. Sign in first with: mailsetup signin --email %1</source>
        <translation>%1 is niet aangemeld op deze computer. Meld u eerst aan met: mailsetup signin --email %1</translation>
    </message>
    <message>
        <source>Warning: the renewed sign-in could not be saved in the keychain, so you may have to sign in again next time. %1</source>
        <translation>Waarschuwing: de vernieuwde aanmelding kon niet in de sleutelhanger worden opgeslagen, dus misschien moet u zich de volgende keer opnieuw aanmelden. %1</translation>
    </message>
    <message>
        <source>Technical detail: %1</source>
        <translation>Technisch detail: %1</translation>
    </message>
    <message>
        <source>Sign in again with: mailsetup signin --email %1</source>
        <translation>Meld u opnieuw aan met: mailsetup signin --email %1</translation>
    </message>
    <message numerus="yes">
        <source>The keychain did not answer within %n second(s), so Mail Setup cannot use your sign-in. It may be waiting for a password prompt that is hidden behind other windows, or it is stuck: unlock it, or log out and in again, and try again.</source>
        <translation>
            <numerusform>De sleutelhanger antwoordde niet binnen %n seconde, dus Mail Setup kan uw aanmelding niet gebruiken. Misschien wacht hij op een wachtwoord in een venster dat achter andere vensters verborgen is, of hij is vastgelopen: ontgrendel hem, of meld u af en weer aan, en probeer het opnieuw.</numerusform>
            <numerusform>De sleutelhanger antwoordde niet binnen %n seconden, dus Mail Setup kan uw aanmelding niet gebruiken. Misschien wacht hij op een wachtwoord in een venster dat achter andere vensters verborgen is, of hij is vastgelopen: ontgrendel hem, of meld u af en weer aan, en probeer het opnieuw.</numerusform>
        </translation>
    </message>
    <message>
        <source>The keychain is locked, so Mail Setup cannot read your sign-in. Unlock it (for example by logging in to the desktop, or with your keyring&apos;s password) and try again.</source>
        <translation>De sleutelhanger is vergrendeld, dus Mail Setup kan uw aanmelding niet lezen. Ontgrendel hem (bijvoorbeeld door u bij het bureaublad aan te melden, of met het wachtwoord van uw sleutelhanger) en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>No keychain is available, so Mail Setup cannot read your sign-in. Start your desktop&apos;s keyring (such as GNOME Keyring or KWallet), or install one, and try again.</source>
        <translation>Er is geen sleutelhanger beschikbaar, dus Mail Setup kan uw aanmelding niet lezen. Start de sleutelhanger van uw bureaublad (zoals GNOME Keyring of KWallet), of installeer er een, en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>The keychain could not be used.</source>
        <translation>De sleutelhanger kon niet worden gebruikt.</translation>
    </message>
    <message>
        <source>Mail Setup</source>
        <translation>Mail Setup</translation>
    </message>
    <message>
        <source>The option --lang needs a language code: %1.</source>
        <translation>De optie --lang heeft een taalcode nodig: %1.</translation>
    </message>
    <message>
        <source>Mail Setup does not speak the language &quot;%1&quot;. Choose one of: %2.</source>
        <translation>Mail Setup spreekt de taal ‘%1’ niet. Kies een van: %2.</translation>
    </message>
    <message>
        <source>The language of Mail Setup (%1) instead of the system&apos;s.</source>
        <translation>De taal van Mail Setup (%1) in plaats van die van het systeem.</translation>
    </message>
    <message>
        <source>code</source>
        <translation>code</translation>
    </message>
    <message>
        <source>Options of the window and of every command:</source>
        <translation>Opties van het venster en van elke opdracht:</translation>
    </message>
    <message>
        <source>Print an address&apos;s server settings for another mail app (text, JSON or autoconfig XML).</source>
        <translation>De serverinstellingen van een adres tonen voor een andere e-mail-app (tekst, JSON of autoconfig-XML).</translation>
    </message>
    <message>
        <source>Let a printer, scanner or old program that only knows a password send through the account.</source>
        <translation>Een printer, scanner of oud programma dat alleen een wachtwoord kent via het account laten verzenden.</translation>
    </message>
    <message>
        <source>No application (client) ID is built in: signing in needs --client-id with the ID your IT department registered in Microsoft Entra, or a provider file that names one (docs/app-registration.md). Packagers build Mail Setup with -DMAILSETUP_CLIENT_ID=ID.</source>
        <translation>Er is geen toepassings-id (client) ingebouwd: om aan te melden is --client-id nodig met de id die uw IT-afdeling in Microsoft Entra heeft geregistreerd, of een providerbestand dat er een noemt (docs/app-registration.md). Wie Mail Setup verpakt, bouwt het met -DMAILSETUP_CLIENT_ID=ID.</translation>
    </message>
    <message>
        <source>Application (client) ID built in: %1</source>
        <translation>Ingebouwde toepassings-id (client): %1</translation>
    </message>
    <message>
        <source>A preset file (JSON) with what your organisation decided; without it the system-wide preset applies, if there is one.</source>
        <translation>Een voorinstellingsbestand (JSON) met wat uw organisatie heeft besloten; zonder dit bestand geldt de voorinstelling voor het hele systeem, als die er is.</translation>
    </message>
    <message>
        <source>Do not send a test message, even if the preset asks for one.</source>
        <translation>Geen testbericht verzenden, ook niet als de voorinstelling erom vraagt.</translation>
    </message>
    <message>
        <source>Write a helpdesk report to this file (HTML) and beside it as JSON, secrets removed.</source>
        <translation>Een rapport voor de helpdesk naar dit bestand schrijven (HTML) en ernaast als JSON, zonder geheimen.</translation>
    </message>
    <message>
        <source>Give either --send-test or --no-send-test, not both.</source>
        <translation>Geef --send-test of --no-send-test op, niet allebei.</translation>
    </message>
    <message>
        <source>Mail Setup has no application (client) ID to sign in with. Microsoft only lets registered applications read mail. Give the ID with --client-id, in a preset, or in the provider file&apos;s &quot;oauth&quot; settings; docs/app-registration.md says how an IT department registers Mail Setup and gets one.</source>
        <translation>Mail Setup heeft geen toepassings-id (client) om zich mee aan te melden. Microsoft laat alleen geregistreerde toepassingen e-mail lezen. Geef de id op met --client-id, in een voorinstelling of in de ‘oauth’-instellingen van het providerbestand; docs/app-registration.md beschrijft hoe een IT-afdeling Mail Setup registreert en een id krijgt.</translation>
    </message>
    <message>
        <source>Prints the server settings of an address for another mail app: the account&apos;s saved settings, else those of its provider. Nothing is looked up on the network.</source>
        <translation>Toont de serverinstellingen van een adres voor een andere e-mail-app: de opgeslagen instellingen van het account, anders die van de provider. Er wordt niets op het netwerk opgezocht.</translation>
    </message>
    <message>
        <source>The e-mail address.</source>
        <translation>Het e-mailadres.</translation>
    </message>
    <message>
        <source>text (default), json, or autoconfig (the Mozilla autoconfig XML that Thunderbird reads).</source>
        <translation>text (standaard), json of autoconfig (de autoconfig-XML van Mozilla die Thunderbird leest).</translation>
    </message>
    <message>
        <source>format</source>
        <translation>indeling</translation>
    </message>
    <message>
        <source>--format takes text, json or autoconfig.</source>
        <translation>--format accepteert text, json of autoconfig.</translation>
    </message>
    <message>
        <source>Give the address with --email.</source>
        <translation>Geef het adres op met --email.</translation>
    </message>
    <message>
        <source>No account is signed in on this computer. Sign in first with: mailsetup signin --email ADDRESS</source>
        <translation>Er is geen account aangemeld op deze computer. Meld u eerst aan met: mailsetup signin --email ADRES</translation>
    </message>
    <message>
        <source>Several accounts are signed in on this computer: choose one with --email.</source>
        <translation>Er zijn meerdere accounts aangemeld op deze computer: kies er een met --email.</translation>
    </message>
    <message>
        <source>--listen takes an address and a port, such as 127.0.0.1:2525, 192.168.1.10:587 or [::1]:2525; %1 is not one.</source>
        <translation>--listen verwacht een adres en een poort, zoals 127.0.0.1:2525, 192.168.1.10:587 of [::1]:2525; %1 is dat niet.</translation>
    </message>
    <message>
        <source>--allow takes a network, such as 192.168.1.0/24, or one address; %1 is not one.</source>
        <translation>--allow verwacht een netwerk, zoals 192.168.1.0/24, of één adres; %1 is dat niet.</translation>
    </message>
    <message>
        <source>A relay on %1, which other computers can reach, needs --allow with the networks of the devices it serves, such as --allow 192.168.1.0/24.</source>
        <translation>Een relay op %1, een adres dat andere computers kunnen bereiken, heeft --allow nodig met de netwerken van de apparaten die hij bedient, zoals --allow 192.168.1.0/24.</translation>
    </message>
    <message>
        <source>The signed-in address the relay sends as (default: the only one signed in).</source>
        <translation>Het aangemelde adres waarmee de relay verzendt (standaard: het enige aangemelde adres).</translation>
    </message>
    <message>
        <source>Where the relay listens (default: 127.0.0.1:2525, this computer only).</source>
        <translation>Waar de relay luistert (standaard: 127.0.0.1:2525, alleen deze computer).</translation>
    </message>
    <message>
        <source>address:port</source>
        <translation>adres:poort</translation>
    </message>
    <message>
        <source>A network whose devices the relay serves, such as 192.168.1.0/24; needed with a network address for --listen, and may be given more than once.</source>
        <translation>Een netwerk waarvan de relay de apparaten bedient, zoals 192.168.1.0/24; nodig bij een netwerkadres voor --listen, en mag meer dan eens worden opgegeven.</translation>
    </message>
    <message>
        <source>network</source>
        <translation>netwerk</translation>
    </message>
    <message>
        <source>Take passwords without STARTTLS from other computers too (only for old devices on a trusted network).</source>
        <translation>Ook wachtwoorden zonder STARTTLS van andere computers aannemen (alleen voor oude apparaten op een vertrouwd netwerk).</translation>
    </message>
    <message>
        <source>A device name has 1 to 64 letters, digits, dots, dashes or underscores, such as scanner or printer-2nd-floor.</source>
        <translation>Een apparaatnaam heeft 1 tot 64 letters, cijfers, punten, streepjes of underscores, zoals scanner of printer-2nd-floor.</translation>
    </message>
    <message>
        <source>The device %1 has a new password; the old one no longer works.</source>
        <translation>Het apparaat %1 heeft een nieuw wachtwoord; het oude werkt niet meer.</translation>
    </message>
    <message>
        <source>The device %1 may now send through the relay.</source>
        <translation>Het apparaat %1 mag nu via de relay verzenden.</translation>
    </message>
    <message>
        <source>Enter these in the device. The password is shown only now: Mail Setup keeps only a hash of it.</source>
        <translation>Voer deze gegevens in op het apparaat. Het wachtwoord wordt alleen nu getoond: Mail Setup bewaart er alleen een hash van.</translation>
    </message>
    <message>
        <source>SMTP server: %1</source>
        <translation>SMTP-server: %1</translation>
    </message>
    <message>
        <source>Port: %1</source>
        <translation>Poort: %1</translation>
    </message>
    <message>
        <source>User name: %1</source>
        <translation>Gebruikersnaam: %1</translation>
    </message>
    <message>
        <source>Password: %1</source>
        <translation>Wachtwoord: %1</translation>
    </message>
    <message>
        <source>Sender address: %1</source>
        <translation>Afzenderadres: %1</translation>
    </message>
    <message>
        <source>Security: STARTTLS (the relay takes no password without it).</source>
        <translation>Beveiliging: STARTTLS (zonder STARTTLS neemt de relay geen wachtwoord aan).</translation>
    </message>
    <message>
        <source>Certificate fingerprint (SHA-256), for a device that checks it: %1</source>
        <translation>Vingerafdruk van het certificaat (SHA-256), voor een apparaat dat die controleert: %1</translation>
    </message>
    <message>
        <source>Start the relay with &quot;mailsetup relay&quot;, or for good with &quot;mailsetup relay install-service&quot;.</source>
        <translation>Start de relay met ‘mailsetup relay’, of blijvend met ‘mailsetup relay install-service’.</translation>
    </message>
    <message>
        <source>No device may send through the relay yet. Add one with: mailsetup relay add-device NAME</source>
        <translation>Nog geen enkel apparaat mag via de relay verzenden. Voeg er een toe met: mailsetup relay add-device NAAM</translation>
    </message>
    <message>
        <source>%1 (added %2)</source>
        <translation>%1 (toegevoegd op %2)</translation>
    </message>
    <message>
        <source>No device is called %1. See the devices with: mailsetup relay list-devices</source>
        <translation>Er is geen apparaat met de naam %1. Bekijk de apparaten met: mailsetup relay list-devices</translation>
    </message>
    <message>
        <source>The device %1 can no longer send through the relay.</source>
        <translation>Het apparaat %1 kan niet meer via de relay verzenden.</translation>
    </message>
    <message>
        <source>The relay&apos;s service is in %1.</source>
        <translation>De service van de relay staat in %1.</translation>
    </message>
    <message>
        <source>The service could not be started: %1 Start it when you are logged in with: systemctl --user enable --now %2</source>
        <translation>De service kon niet worden gestart: %1 Start hem wanneer u bent aangemeld, met: systemctl --user enable --now %2</translation>
    </message>
    <message>
        <source>The relay runs now, and starts again whenever you log in.</source>
        <translation>De relay draait nu, en start opnieuw telkens wanneer u zich aanmeldt.</translation>
    </message>
    <message>
        <source>The relay&apos;s service is not installed.</source>
        <translation>De service van de relay is niet geïnstalleerd.</translation>
    </message>
    <message>
        <source>The service file %1 cannot be removed.</source>
        <translation>Het servicebestand %1 kan niet worden verwijderd.</translation>
    </message>
    <message>
        <source>The relay&apos;s service is removed.</source>
        <translation>De service van de relay is verwijderd.</translation>
    </message>
    <message>
        <source>The relay sends as %1 through %2 and listens on %3 port %4.</source>
        <translation>De relay verzendt als %1 via %2 en luistert op %3, poort %4.</translation>
    </message>
    <message>
        <source>Certificate fingerprint (SHA-256): %1</source>
        <translation>Vingerafdruk van het certificaat (SHA-256): %1</translation>
    </message>
    <message>
        <source>No device may send yet. Add one with: mailsetup relay add-device NAME</source>
        <translation>Nog geen enkel apparaat mag verzenden. Voeg er een toe met: mailsetup relay add-device NAAM</translation>
    </message>
    <message>
        <source>Stop it with Ctrl+C.</source>
        <translation>Stop hem met Ctrl+C.</translation>
    </message>
    <message>
        <source>Lets a printer, a scanner or an old program that only knows a user name and a password send mail through a signed-in Outlook.com or Microsoft 365 account. Without an action it runs the relay until stopped.

Actions:
  add-device NAME     give a device its own password (shown once)
  list-devices        the devices that may send
  remove-device NAME  take a device&apos;s password away
  install-service     run the relay whenever you are logged in (systemd)
  remove-service      stop and remove that service</source>
        <translation>Laat een printer, een scanner of een oud programma dat alleen een gebruikersnaam en een wachtwoord kent, e-mail verzenden via een aangemeld account van Outlook.com of Microsoft 365. Zonder actie draait de relay tot hij wordt gestopt.

Acties:
  add-device NAAM     een apparaat een eigen wachtwoord geven (eenmaal getoond)
  list-devices        de apparaten die mogen verzenden
  remove-device NAAM  een apparaat zijn wachtwoord afnemen
  install-service     de relay laten draaien zolang u bent aangemeld (systemd)
  remove-service      die service stoppen en verwijderen</translation>
    </message>
    <message>
        <source>What to do (see above).</source>
        <translation>Wat er moet gebeuren (zie hierboven).</translation>
    </message>
    <message>
        <source>Give the device&apos;s name: mailsetup relay %1 NAME</source>
        <translation>Geef de naam van het apparaat op: mailsetup relay %1 NAAM</translation>
    </message>
    <message>
        <source>Unknown action: %1</source>
        <translation>Onbekende actie: %1</translation>
    </message>
    <message>
        <source>When the window closes, write a helpdesk report to this file (HTML) and beside it as JSON.</source>
        <translation>Bij het sluiten van het venster een rapport voor de helpdesk naar dit bestand schrijven (HTML) en ernaast als JSON.</translation>
    </message>
    <message>
        <source>Send through the relay (mailsetup relay) as a device would, with a relay device made for this check and removed after it. Written --through-relay alone for the relay on this computer (127.0.0.1:%1), or --through-relay=HOST:PORT.</source>
        <translation>Verzenden via de relay (mailsetup relay) zoals een apparaat dat doet, met een relay-apparaat dat voor deze controle wordt aangemaakt en daarna verwijderd. Alleen --through-relay voor de relay op deze computer (127.0.0.1:%1), of --through-relay=HOST:POORT.</translation>
    </message>
    <message>
        <source>host:port</source>
        <translation>host:poort</translation>
    </message>
    <message>
        <source>--through-relay takes the relay&apos;s host and port, such as 127.0.0.1:2525, [::1]:2525 or nas.example.org:587; %1 is not one.</source>
        <translation>--through-relay verwacht de host en poort van de relay, zoals 127.0.0.1:2525, [::1]:2525 of nas.example.org:587; %1 is dat niet.</translation>
    </message>
    <message>
        <source>No address was found for the relay&apos;s host %1.</source>
        <translation>Er is geen adres gevonden voor de host van de relay, %1.</translation>
    </message>
    <message>
        <source>The relay is not running on %1 port %2. Start it with: mailsetup relay</source>
        <translation>De relay draait niet op %1, poort %2. Start hem met: mailsetup relay</translation>
    </message>
    <message>
        <source>Checking %1 on %2, sending through the relay on %3 port %4 …</source>
        <translation>%1 wordt gecontroleerd op %2, verzonden via de relay op %3, poort %4 …</translation>
    </message>
    <message>
        <source>The relay device %1, made for this check, could not be removed: %2 Remove it with: mailsetup relay remove-device %1</source>
        <translation>Het relay-apparaat %1, aangemaakt voor deze controle, kon niet worden verwijderd: %2 Verwijder het met: mailsetup relay remove-device %1</translation>
    </message>
    <message>
        <source>The check was stopped; the relay device made for it was removed.</source>
        <translation>De controle is gestopt; het relay-apparaat dat ervoor was aangemaakt, is verwijderd.</translation>
    </message>
    <message>
        <source>The check was stopped.</source>
        <translation>De controle is gestopt.</translation>
    </message>
    <message>
        <source>With install-service: write the service file, but do not start the relay yet.</source>
        <translation>Met install-service: het servicebestand schrijven, maar de relay nog niet starten.</translation>
    </message>
    <message>
        <source>Security: STARTTLS if the device supports it, otherwise none.</source>
        <translation>Beveiliging: STARTTLS als het apparaat het ondersteunt, anders geen.</translation>
    </message>
</context>
<context>
    <name>CopyButton</name>
    <message>
        <source>Copy %1</source>
        <translation>%1 kopiëren</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Gekopieerd</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopiëren</translation>
    </message>
</context>
<context>
    <name>CopyableField</name>
    <message>
        <source>Read only. Select the text, or use the Copy button beside it.</source>
        <translation>Alleen-lezen. Selecteer de tekst, of gebruik de knop Kopiëren ernaast.</translation>
    </message>
    <message>
        <source>Puts this setting on the clipboard, to paste it into your mail app.</source>
        <translation>Zet deze instelling op het klembord, om haar in uw e-mail-app te plakken.</translation>
    </message>
    <message>
        <source>Read only. Choose this in your mail app&apos;s list; it is not typed.</source>
        <translation>Alleen-lezen. Kies dit in de lijst van uw e-mailprogramma; het wordt niet getypt.</translation>
    </message>
</context>
<context>
    <name>DeviceSetupDialog</name>
    <message>
        <source>Set up a printer, scanner or another device</source>
        <translation>Een printer, scanner of ander apparaat instellen</translation>
    </message>
    <message>
        <source>A printer, a scanner or an old program that only knows a server, a user name and a password can send mail as %1 through a small relay on this computer. Mail Setup starts the relay and gives the device a password of its own.</source>
        <translation>Een printer, een scanner of een oud programma dat alleen een server, een gebruikersnaam en een wachtwoord kent, kan via een kleine relay op deze computer e-mail verzenden als %1. Mail Setup start de relay en geeft het apparaat een eigen wachtwoord.</translation>
    </message>
    <message>
        <source>for example scanner</source>
        <translation>bijvoorbeeld scanner</translation>
    </message>
    <message>
        <source>Device name</source>
        <translation>Apparaatnaam</translation>
    </message>
    <message>
        <source>The name is also the user name the device signs in with.</source>
        <translation>De naam is ook de gebruikersnaam waarmee het apparaat zich aanmeldt.</translation>
    </message>
    <message>
        <source>Device &amp;name:</source>
        <translation>Apparaat&amp;naam:</translation>
    </message>
    <message>
        <source>&amp;Set up the device</source>
        <translation>Apparaat in&amp;stellen</translation>
    </message>
    <message>
        <source>Enter these in the device</source>
        <translation>Voer deze waarden in op het apparaat</translation>
    </message>
    <message>
        <source>SMTP server:</source>
        <translation>SMTP-server:</translation>
    </message>
    <message>
        <source>SMTP server</source>
        <translation>SMTP-server</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Poort:</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Poort</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>Gebruikersnaam:</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Gebruikersnaam</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Wachtwoord:</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Wachtwoord</translation>
    </message>
    <message>
        <source>The password is shown only now: Mail Setup keeps only a hash of it. Enter it in the device before you close this window; if it is lost, set up the device again for a new one.</source>
        <translation>Het wachtwoord wordt alleen nu getoond: Mail Setup bewaart er alleen een hash van. Voer het in op het apparaat voordat u dit venster sluit; raakt het kwijt, stel het apparaat dan opnieuw in voor een nieuw wachtwoord.</translation>
    </message>
    <message>
        <source>Sender address:</source>
        <translation>Afzenderadres:</translation>
    </message>
    <message>
        <source>Sender address</source>
        <translation>Afzenderadres</translation>
    </message>
    <message>
        <source>Certificate fingerprint (SHA-256):</source>
        <translation>Vingerafdruk van het certificaat (SHA-256):</translation>
    </message>
    <message>
        <source>Certificate fingerprint</source>
        <translation>Vingerafdruk van het certificaat</translation>
    </message>
    <message>
        <source>Send a &amp;test through the relay</source>
        <translation>Een &amp;test via de relay verzenden</translation>
    </message>
    <message>
        <source>Sends a message to your own address through the relay, with the device&apos;s user name and password, and looks for it in your inbox.</source>
        <translation>Verzendt een bericht naar uw eigen adres via de relay, met de gebruikersnaam en het wachtwoord van het apparaat, en zoekt het in uw inbox.</translation>
    </message>
    <message>
        <source>%1 is on the clipboard.</source>
        <translation>%1 staat op het klembord.</translation>
    </message>
    <message>
        <source>A device name has 1 to 64 letters, digits, dots, dashes or underscores, such as scanner or printer-2nd-floor.</source>
        <translation>Een apparaatnaam heeft 1 tot 64 letters, cijfers, punten, streepjes of liggende streepjes, zoals scanner of printer-2e-verdieping.</translation>
    </message>
    <message>
        <source>The relay runs as a service of your user account: it keeps running after Mail Setup closes, and starts again whenever you log in.</source>
        <translation>De relay draait als service van uw gebruikersaccount: hij blijft draaien als Mail Setup wordt gesloten en start opnieuw telkens wanneer u zich aanmeldt.</translation>
    </message>
    <message>
        <source>The relay runs in the background: it keeps running after Mail Setup closes, until this computer restarts. Then open this window again, or run &quot;mailsetup relay&quot;, to start it again.</source>
        <translation>De relay draait op de achtergrond: hij blijft draaien als Mail Setup wordt gesloten, tot deze computer opnieuw opstart. Open dan dit venster opnieuw, of voer &quot;mailsetup relay&quot; uit, om hem weer te starten.</translation>
    </message>
    <message>
        <source>The relay was already running, started outside Mail Setup: it runs only as long as whatever started it keeps it running.</source>
        <translation>De relay draaide al, buiten Mail Setup gestart: hij draait alleen zolang wat hem startte hem laat draaien.</translation>
    </message>
    <message>
        <source>Give the device a name, such as scanner, then choose Set up the device.</source>
        <translation>Geef het apparaat een naam, zoals scanner, en kies dan Apparaat instellen.</translation>
    </message>
    <message>
        <source>Looking for the relay on this computer…</source>
        <translation>De relay op deze computer wordt gezocht…</translation>
    </message>
    <message>
        <source>Starting the relay…</source>
        <translation>De relay wordt gestart…</translation>
    </message>
    <message>
        <source>Giving %1 a password of its own…</source>
        <translation>%1 krijgt een eigen wachtwoord…</translation>
    </message>
    <message>
        <source>%1 has a new password; the old one no longer works. Enter the values below in the device.</source>
        <translation>%1 heeft een nieuw wachtwoord; het oude werkt niet meer. Voer de waarden hieronder in op het apparaat.</translation>
    </message>
    <message>
        <source>%1 may now send mail as %2 through the relay. Enter the values below in the device.</source>
        <translation>%1 kan nu via de relay e-mail verzenden als %2. Voer de waarden hieronder in op het apparaat.</translation>
    </message>
    <message>
        <source>Sending a test message through the relay, as %1 would, and looking for it in your inbox…</source>
        <translation>Er wordt een testbericht via de relay verzonden, zoals %1 zou doen, en in uw inbox gezocht…</translation>
    </message>
    <message>
        <source>The test passed: the message went through the relay and arrived in your inbox after %1 seconds. %2 can send now.</source>
        <translation>De test is geslaagd: het bericht ging via de relay en kwam na %1 seconden aan in uw inbox. %2 kan nu verzenden.</translation>
    </message>
    <message>
        <source>The test passed: the message went through the relay and arrived in your inbox. %1 can send now.</source>
        <translation>De test is geslaagd: het bericht ging via de relay en kwam aan in uw inbox. %1 kan nu verzenden.</translation>
    </message>
    <message>
        <source>The test through the relay failed; the values above are still valid.</source>
        <translation>De test via de relay is mislukt; de waarden hierboven blijven geldig.</translation>
    </message>
    <message>
        <source>The device could not be set up.</source>
        <translation>Het apparaat kon niet worden ingesteld.</translation>
    </message>
    <message>
        <source>The device could not be set up: %1</source>
        <translation>Het apparaat kon niet worden ingesteld: %1</translation>
    </message>
    <message>
        <source>Security: STARTTLS if the device supports it, otherwise none. The relay takes mail only from this computer and only with this sender address.</source>
        <translation>Beveiliging: STARTTLS als het apparaat het ondersteunt, anders geen. De relay neemt alleen e-mail aan van deze computer en alleen met dit afzenderadres.</translation>
    </message>
</context>
<context>
    <name>Diagnosis</name>
    <message>
        <source>You</source>
        <translation>U</translation>
    </message>
    <message>
        <source>Your IT administrator</source>
        <translation>Uw IT-beheerder</translation>
    </message>
    <message>
        <source>Microsoft</source>
        <translation>Microsoft</translation>
    </message>
    <message>
        <source>The makers of Mail Setup</source>
        <translation>De makers van Mail Setup</translation>
    </message>
    <message>
        <source>The sign-in was cancelled before it finished.</source>
        <translation>De aanmelding is geannuleerd voordat ze klaar was.</translation>
    </message>
    <message>
        <source>Start the sign-in again and go through every page in the browser until it says you can close it. If Microsoft asks whether Mail Setup may read and send your mail, choose Accept: Mail Setup cannot check the mailbox without that permission.</source>
        <translation>Start de aanmelding opnieuw en doorloop alle pagina&apos;s in de browser tot die zegt dat u hem kunt sluiten. Als Microsoft vraagt of Mail Setup uw e-mail mag lezen en verzenden, kiest u Accepteren: zonder die toestemming kan Mail Setup het postvak niet controleren.</translation>
    </message>
    <message>
        <source>Your organisation has not yet allowed Mail Setup to use your mailbox.</source>
        <translation>Uw organisatie heeft Mail Setup nog niet toegestaan uw postvak te gebruiken.</translation>
    </message>
    <message>
        <source>Only an administrator of your organisation can give this approval, once for everyone. They can do it in the Microsoft Entra admin center under Enterprise applications, Mail Setup, Permissions, Grant admin consent, or by opening https://login.microsoftonline.com/{tenant}/v2.0/adminconsent?client_id={client-id} with your organisation&apos;s domain in place of {tenant} and Mail Setup&apos;s application ID in place of {client-id}. After that, sign in again.</source>
        <translation>Alleen een beheerder van uw organisatie kan deze goedkeuring geven, één keer voor iedereen. Dat kan in het Microsoft Entra-beheercentrum onder Bedrijfstoepassingen, Mail Setup, Machtigingen, Beheerderstoestemming verlenen, of door https://login.microsoftonline.com/{tenant}/v2.0/adminconsent?client_id={client-id} te openen met het domein van uw organisatie in plaats van {tenant} en de toepassings-id van Mail Setup in plaats van {client-id}. Meld u daarna opnieuw aan.</translation>
    </message>
    <message>
        <source>Mail Setup does not have your permission to use your mailbox yet.</source>
        <translation>Mail Setup heeft nog geen toestemming van u om uw postvak te gebruiken.</translation>
    </message>
    <message>
        <source>Sign in again and, when Microsoft asks whether Mail Setup may read and send your mail, choose Accept. A personal Microsoft account gives this permission itself: nobody else has to approve it. You can see and withdraw the permissions you gave at https://account.live.com/consent/Manage.</source>
        <translation>Meld u opnieuw aan en kies Accepteren wanneer Microsoft vraagt of Mail Setup uw e-mail mag lezen en verzenden. Een persoonlijk Microsoft-account geeft deze toestemming zelf: niemand anders hoeft haar goed te keuren. De toestemmingen die u hebt gegeven, kunt u bekijken en intrekken op https://account.live.com/consent/Manage.</translation>
    </message>
    <message>
        <source>Your organisation has to approve Mail Setup before you can use it with your mailbox.</source>
        <translation>Uw organisatie moet Mail Setup goedkeuren voordat u het met uw postvak kunt gebruiken.</translation>
    </message>
    <message>
        <source>Your organisation decides which apps its users may approve themselves, and Mail Setup needs an administrator&apos;s approval, given once for everyone. Mail Setup can write the request for your IT administrator, with the consent link for your organisation. After they have approved it, sign in again.</source>
        <translation>Uw organisatie bepaalt welke apps haar gebruikers zelf mogen goedkeuren, en Mail Setup heeft de goedkeuring van een beheerder nodig, één keer gegeven voor iedereen. Mail Setup kan het verzoek aan uw IT-beheerder opstellen, met de toestemmingskoppeling voor uw organisatie. Meld u opnieuw aan zodra die het heeft goedgekeurd.</translation>
    </message>
    <message>
        <source>The account you signed in with cannot be used for this mailbox.</source>
        <translation>Het account waarmee u zich hebt aangemeld, kan niet voor dit postvak worden gebruikt.</translation>
    </message>
    <message>
        <source>Sign in again and pick the account that owns this email address: your personal Microsoft account for an Outlook.com, Hotmail or Live address, or your work or school account for an address run by your organisation. If the browser signs you in with another account by itself, choose &quot;Use another account&quot; or sign out of it there first.</source>
        <translation>Meld u opnieuw aan en kies het account waar dit e-mailadres bij hoort: uw persoonlijke Microsoft-account voor een adres van Outlook.com, Hotmail of Live, of uw werk- of schoolaccount voor een adres dat uw organisatie beheert. Als de browser u zelf met een ander account aanmeldt, kiest u daar ‘Een ander account gebruiken’ of meldt u zich eerst af bij dat account.</translation>
    </message>
    <message>
        <source>This address needs its personal Microsoft account, and the sign-in used another one.</source>
        <translation>Dit adres heeft zijn persoonlijke Microsoft-account nodig, en de aanmelding gebruikte een ander.</translation>
    </message>
    <message>
        <source>An Outlook.com, Hotmail, Live or MSN address opens only with its own personal Microsoft account, never with a work or school account. Sign in again and choose that personal account. If the browser signs you in with another account by itself, choose &quot;Use another account&quot; or sign out of it there first.</source>
        <translation>Een adres van Outlook.com, Hotmail, Live of MSN opent alleen met zijn eigen persoonlijke Microsoft-account, nooit met een werk- of schoolaccount. Meld u opnieuw aan en kies dat persoonlijke account. Als de browser u zelf met een ander account aanmeldt, kiest u daar ‘Een ander account gebruiken’ of meldt u zich eerst af bij dat account.</translation>
    </message>
    <message>
        <source>This address needs its work or school account, and the sign-in used another one.</source>
        <translation>Dit adres heeft zijn werk- of schoolaccount nodig, en de aanmelding gebruikte een ander.</translation>
    </message>
    <message>
        <source>Sign in again and choose the work or school account of this address, not a personal Microsoft account. If Microsoft says that the account does not exist in your organisation, check the address for typing mistakes. If it is right, your IT administrator has to add the account, or your organisation has no Exchange Online mailbox for it.</source>
        <translation>Meld u opnieuw aan en kies het werk- of schoolaccount van dit adres, geen persoonlijk Microsoft-account. Als Microsoft zegt dat het account niet bestaat in uw organisatie, controleer dan het adres op typefouten. Klopt het, dan moet uw IT-beheerder het account toevoegen, of heeft uw organisatie er geen Exchange Online-postvak voor.</translation>
    </message>
    <message>
        <source>Microsoft does not accept the way this copy of Mail Setup is registered.</source>
        <translation>Microsoft accepteert niet hoe dit exemplaar van Mail Setup is geregistreerd.</translation>
    </message>
    <message>
        <source>Nothing is wrong with your account, and nothing can be changed from here. Please report this to the makers of Mail Setup with the details below. If your organisation registered its own copy of Mail Setup, its administrator should check that registration: a public client on the &quot;Mobile and desktop applications&quot; platform, with the redirect address http://localhost, open to both personal and work or school accounts.</source>
        <translation>Er is niets mis met uw account, en vanaf hier kan niets worden gewijzigd. Meld dit alstublieft aan de makers van Mail Setup, met de details hieronder. Als uw organisatie een eigen exemplaar van Mail Setup heeft geregistreerd, moet de beheerder ervan die registratie controleren: een openbare client op het platform ‘Mobiele toepassingen en desktoptoepassingen’, met het omleidingsadres http://localhost, open voor zowel persoonlijke accounts als werk- of schoolaccounts.</translation>
    </message>
    <message>
        <source>Nothing is wrong with your account, and nothing can be changed from here. Please report this to the makers of Mail Setup with the details below.</source>
        <translation>Er is niets mis met uw account, en vanaf hier kan niets worden gewijzigd. Meld dit alstublieft aan de makers van Mail Setup, met de details hieronder.</translation>
    </message>
    <message>
        <source>Microsoft does not know an organisation for this email address.</source>
        <translation>Microsoft kent geen organisatie voor dit e-mailadres.</translation>
    </message>
    <message>
        <source>Check that the email address is typed correctly. If it is, the address is probably not handled by Microsoft 365 or Outlook.com, and Mail Setup cannot set it up. If you expected it to be, ask the people who run your email.</source>
        <translation>Controleer of het e-mailadres goed is getypt. Als dat zo is, wordt het adres waarschijnlijk niet door Microsoft 365 of Outlook.com beheerd, en kan Mail Setup het niet instellen. Als u dat wel verwachtte, vraag het dan aan de mensen die uw e-mail beheren.</translation>
    </message>
    <message>
        <source>Your sign-in has expired or was withdrawn.</source>
        <translation>Uw aanmelding is verlopen of ingetrokken.</translation>
    </message>
    <message>
        <source>Sign in again. This happens when Mail Setup has not been used for a long time, after a password change, or when your organisation asks everyone to sign in again from time to time.</source>
        <translation>Meld u opnieuw aan. Dit gebeurt als Mail Setup lange tijd niet is gebruikt, na een wachtwoordwijziging, of als uw organisatie iedereen af en toe vraagt zich opnieuw aan te melden.</translation>
    </message>
    <message>
        <source>Microsoft wants an extra check that it is really you.</source>
        <translation>Microsoft wil extra controleren dat u het echt bent.</translation>
    </message>
    <message>
        <source>Sign in again and complete the extra step in the browser, such as a code sent to your phone or a prompt in the Microsoft Authenticator app. If no such step is set up for you yet, the browser will guide you through it, or your IT administrator can help.</source>
        <translation>Meld u opnieuw aan en voltooi de extra stap in de browser, zoals een code die naar uw telefoon wordt gestuurd of een melding in de app Microsoft Authenticator. Als zo&apos;n stap nog niet voor u is ingesteld, leidt de browser u erdoorheen, of kan uw IT-beheerder helpen.</translation>
    </message>
    <message>
        <source>Sign in again and complete the extra step in the browser: a code sent to your phone or to another email address, or a prompt in the Microsoft Authenticator app. If you can no longer receive those codes, update your security information at account.microsoft.com, under Security.</source>
        <translation>Meld u opnieuw aan en voltooi de extra stap in de browser: een code die naar uw telefoon of naar een ander e-mailadres wordt gestuurd, of een melding in de app Microsoft Authenticator. Als u die codes niet meer kunt ontvangen, werk dan uw beveiligingsgegevens bij op account.microsoft.com, onder Beveiliging.</translation>
    </message>
    <message>
        <source>Your organisation wants an extra check that it is really you.</source>
        <translation>Uw organisatie wil extra controleren dat u het echt bent.</translation>
    </message>
    <message>
        <source>Your organisation asks for a second step, such as a prompt in the Microsoft Authenticator app or a code by text message. Sign in again and complete it in the browser. If the browser asks you to set up the second step first, follow it; if that is not possible, your IT administrator can help.</source>
        <translation>Uw organisatie vraagt om een tweede stap, zoals een melding in de app Microsoft Authenticator of een code per sms. Meld u opnieuw aan en voltooi die in de browser. Als de browser u vraagt de tweede stap eerst in te stellen, volg dat dan; als dat niet lukt, kan uw IT-beheerder helpen.</translation>
    </message>
    <message>
        <source>Your organisation&apos;s security rules did not allow this sign-in.</source>
        <translation>De beveiligingsregels van uw organisatie stonden deze aanmelding niet toe.</translation>
    </message>
    <message>
        <source>Your organisation decides which devices, places and apps may sign in, and one of its rules stopped this sign-in. Only your IT administrator can change that. Give them the details below, with the error code and the trace and correlation IDs if there are any, so that they can find this sign-in in their logs.</source>
        <translation>Uw organisatie bepaalt welke apparaten, plaatsen en apps zich mogen aanmelden, en een van haar regels heeft deze aanmelding tegengehouden. Alleen uw IT-beheerder kan dat veranderen. Geef hem de details hieronder, met de foutcode en de tracerings- en correlatie-id&apos;s als die er zijn, zodat hij deze aanmelding in zijn logboeken kan terugvinden.</translation>
    </message>
    <message>
        <source>Microsoft stopped this sign-in to protect your account.</source>
        <translation>Microsoft heeft deze aanmelding tegengehouden om uw account te beschermen.</translation>
    </message>
    <message>
        <source>Microsoft saw something unusual about this sign-in, such as a new place or a new device. Sign in at account.microsoft.com in your browser, open Security and then the sign-in activity, and confirm the sign-in if it was you; change your password if it was not. Then sign in again in Mail Setup.</source>
        <translation>Microsoft zag iets ongewoons aan deze aanmelding, zoals een nieuwe plaats of een nieuw apparaat. Meld u in uw browser aan op account.microsoft.com, open Beveiliging en daarna de aanmeldingsactiviteit, en bevestig de aanmelding als u het was; wijzig uw wachtwoord als u het niet was. Meld u daarna opnieuw aan in Mail Setup.</translation>
    </message>
    <message>
        <source>The password has expired or must be changed before you can sign in.</source>
        <translation>Het wachtwoord is verlopen of moet worden gewijzigd voordat u zich kunt aanmelden.</translation>
    </message>
    <message>
        <source>Sign in again: Microsoft&apos;s sign-in page offers to change the password there. Afterwards use the new password on your other devices and apps too, since the old one no longer works anywhere.</source>
        <translation>Meld u opnieuw aan: de aanmeldpagina van Microsoft biedt aan het wachtwoord daar te wijzigen. Gebruik het nieuwe wachtwoord daarna ook op uw andere apparaten en in uw andere apps, want het oude werkt nergens meer.</translation>
    </message>
    <message>
        <source>Sign in again and change the password when Microsoft&apos;s sign-in page asks, or change it at account.microsoft.com, under Security. Then sign in again in Mail Setup, and use the new password on your other devices too.</source>
        <translation>Meld u opnieuw aan en wijzig het wachtwoord wanneer de aanmeldpagina van Microsoft daarom vraagt, of wijzig het op account.microsoft.com, onder Beveiliging. Meld u daarna opnieuw aan in Mail Setup, en gebruik het nieuwe wachtwoord ook op uw andere apparaten.</translation>
    </message>
    <message>
        <source>Sign in again and change the password when the sign-in page asks. If it does not offer that, change it on your organisation&apos;s password reset page, often https://aka.ms/sspr, or ask your IT administrator to reset it. Then sign in again.</source>
        <translation>Meld u opnieuw aan en wijzig het wachtwoord wanneer de aanmeldpagina daarom vraagt. Als die dat niet aanbiedt, wijzig het dan op de pagina van uw organisatie voor het opnieuw instellen van wachtwoorden, vaak https://aka.ms/sspr, of vraag uw IT-beheerder het opnieuw in te stellen. Meld u daarna opnieuw aan.</translation>
    </message>
    <message>
        <source>Microsoft did not accept the user name or the password.</source>
        <translation>Microsoft accepteerde de gebruikersnaam of het wachtwoord niet.</translation>
    </message>
    <message>
        <source>Check the email address and the password, mind the Caps Lock key, and sign in again. If you have forgotten the password, choose &quot;Forgot password?&quot; on Microsoft&apos;s sign-in page. If an app or a device asked for the password itself instead of opening Microsoft&apos;s sign-in page, it signs in a way that many accounts refuse: choose its option called OAuth2 or Modern Authentication instead.</source>
        <translation>Controleer het e-mailadres en het wachtwoord, let op de Caps Lock-toets, en meld u opnieuw aan. Als u het wachtwoord bent vergeten, kiest u ‘Wachtwoord vergeten?’ op de aanmeldpagina van Microsoft. Als een app of apparaat zelf om het wachtwoord vroeg in plaats van de aanmeldpagina van Microsoft te openen, meldt het zich aan op een manier die veel accounts weigeren: kies in plaats daarvan de optie OAuth2 of Moderne verificatie.</translation>
    </message>
    <message>
        <source>Check the email address and the password, mind the Caps Lock key, and sign in again. If you have forgotten the password, reset it at https://account.live.com/password/reset. Mail apps that ask for the password themselves no longer work with Outlook.com at all: choose their option called OAuth2 or Modern Authentication instead.</source>
        <translation>Controleer het e-mailadres en het wachtwoord, let op de Caps Lock-toets, en meld u opnieuw aan. Als u het wachtwoord bent vergeten, stel het dan opnieuw in op https://account.live.com/password/reset. E-mail-apps die zelf om het wachtwoord vragen, werken helemaal niet meer met Outlook.com: kies in plaats daarvan hun optie OAuth2 of Moderne verificatie.</translation>
    </message>
    <message>
        <source>Check the email address and the password, mind the Caps Lock key, and sign in again. If you have forgotten the password, reset it on your organisation&apos;s password reset page, often https://aka.ms/sspr, or ask your IT administrator. If an app asked for the password itself, choose its option called OAuth2 or Modern Authentication instead.</source>
        <translation>Controleer het e-mailadres en het wachtwoord, let op de Caps Lock-toets, en meld u opnieuw aan. Als u het wachtwoord bent vergeten, stel het dan opnieuw in op de pagina van uw organisatie voor het opnieuw instellen van wachtwoorden, vaak https://aka.ms/sspr, of vraag het uw IT-beheerder. Als een app zelf om het wachtwoord vroeg, kies dan in plaats daarvan de optie OAuth2 of Moderne verificatie.</translation>
    </message>
    <message>
        <source>This account is locked or switched off.</source>
        <translation>Dit account is vergrendeld of uitgeschakeld.</translation>
    </message>
    <message>
        <source>After too many wrong passwords Microsoft locks an account for a while: wait a few minutes and sign in again, typing the password with care. For an Outlook.com, Hotmail or Live address, sign in at account.microsoft.com and follow the steps shown there to unlock the account. For a work or school address that stays locked, only your IT administrator can unlock it or switch it on again.</source>
        <translation>Na te veel verkeerde wachtwoorden vergrendelt Microsoft een account een tijdje: wacht een paar minuten en meld u opnieuw aan, en typ het wachtwoord zorgvuldig. Voor een adres van Outlook.com, Hotmail of Live meldt u zich aan op account.microsoft.com en volgt u de stappen die daar staan om het account te ontgrendelen. Een werk- of schooladres dat vergrendeld blijft, kan alleen uw IT-beheerder ontgrendelen of weer inschakelen.</translation>
    </message>
    <message>
        <source>Microsoft has locked this Microsoft account.</source>
        <translation>Microsoft heeft dit Microsoft-account vergrendeld.</translation>
    </message>
    <message>
        <source>Microsoft locks a personal account after too many wrong passwords or when it suspects misuse. Sign in at account.microsoft.com in your browser and follow the steps to unlock it; Microsoft sends a security code to your phone or to another email address. Then sign in again in Mail Setup.</source>
        <translation>Microsoft vergrendelt een persoonlijk account na te veel verkeerde wachtwoorden of bij vermoeden van misbruik. Meld u in uw browser aan op account.microsoft.com en volg de stappen om het te ontgrendelen; Microsoft stuurt een beveiligingscode naar uw telefoon of naar een ander e-mailadres. Meld u daarna opnieuw aan in Mail Setup.</translation>
    </message>
    <message>
        <source>Your account is locked or switched off.</source>
        <translation>Uw account is vergrendeld of uitgeschakeld.</translation>
    </message>
    <message>
        <source>If you typed a wrong password several times, wait a few minutes and sign in again. If the account stays locked, or your organisation has switched it off, only your IT administrator can unlock it or switch it on again. Mail Setup can write the request for them.</source>
        <translation>Als u een paar keer een verkeerd wachtwoord hebt getypt, wacht dan een paar minuten en meld u opnieuw aan. Als het account vergrendeld blijft, of uw organisatie het heeft uitgeschakeld, kan alleen uw IT-beheerder het ontgrendelen of weer inschakelen. Mail Setup kan het verzoek voor hem opstellen.</translation>
    </message>
    <message>
        <source>Microsoft says that this application is switched off.</source>
        <translation>Microsoft meldt dat deze toepassing is uitgeschakeld.</translation>
    </message>
    <message>
        <source>With a work or school account, your organisation&apos;s administrator may have switched the application off for its users. Only they can switch it on again, under Enterprise applications in the Microsoft Entra admin center; Mail Setup can write the request for them. If a personal account gets this too, Microsoft has switched off the application itself: please report it to the makers of the application with the details below.</source>
        <translation>Bij een werk- of schoolaccount heeft de beheerder van uw organisatie de toepassing misschien voor haar gebruikers uitgeschakeld. Alleen hij kan haar weer inschakelen, onder Bedrijfstoepassingen in het Microsoft Entra-beheercentrum; Mail Setup kan het verzoek voor hem opstellen. Als een persoonlijk account dit ook krijgt, heeft Microsoft de toepassing zelf uitgeschakeld: meld dit alstublieft aan de makers van de toepassing, met de details hieronder.</translation>
    </message>
    <message>
        <source>Microsoft has switched off the application for personal accounts, which only its makers can resolve. Please report this to the makers of Mail Setup, or of the app that showed the message, with the details below.</source>
        <translation>Microsoft heeft de toepassing uitgeschakeld voor persoonlijke accounts, wat alleen de makers ervan kunnen oplossen. Meld dit alstublieft aan de makers van Mail Setup, of van de app die de melding toonde, met de details hieronder.</translation>
    </message>
    <message>
        <source>The clock of this computer or device does not agree with Microsoft&apos;s.</source>
        <translation>De klok van deze computer of dit apparaat komt niet overeen met die van Microsoft.</translation>
    </message>
    <message>
        <source>Set the date, the time and the time zone right, best by letting the system take them from the internet, then sign in again. Sign-in passes carry times, and Microsoft refuses them when the clocks are too far apart.</source>
        <translation>Stel de datum, de tijd en de tijdzone goed in, het liefst door het systeem ze van internet te laten halen, en meld u daarna opnieuw aan. Aanmeldingsbewijzen bevatten tijden, en Microsoft weigert ze als de klokken te ver uit elkaar liggen.</translation>
    </message>
    <message>
        <source>Mail Setup sent Microsoft a sign-in request that it could not accept.</source>
        <translation>Mail Setup stuurde Microsoft een aanmeldingsverzoek dat het niet kon accepteren.</translation>
    </message>
    <message>
        <source>This is a fault in Mail Setup, not in your account. Try once more; if it happens again, please report it to the makers of Mail Setup with the details below.</source>
        <translation>Dit is een fout in Mail Setup, niet in uw account. Probeer het nog één keer; als het weer gebeurt, meld het dan alstublieft aan de makers van Mail Setup, met de details hieronder.</translation>
    </message>
    <message>
        <source>Mail Setup could not reach Microsoft&apos;s sign-in service.</source>
        <translation>Mail Setup kon de aanmelddienst van Microsoft niet bereiken.</translation>
    </message>
    <message>
        <source>Check that this computer is connected to the internet, for example by opening a web page, and try again. If web pages open, a firewall, proxy or security program may be stopping Mail Setup from reaching Microsoft: check its settings or try another network.</source>
        <translation>Controleer of deze computer met internet is verbonden, bijvoorbeeld door een webpagina te openen, en probeer het opnieuw. Als webpagina&apos;s wel openen, houdt misschien een firewall, proxy of beveiligingsprogramma Mail Setup tegen: controleer de instellingen daarvan of probeer een ander netwerk.</translation>
    </message>
    <message>
        <source>Microsoft&apos;s sign-in service did not answer in time.</source>
        <translation>De aanmelddienst van Microsoft antwoordde niet op tijd.</translation>
    </message>
    <message>
        <source>The connection to Microsoft was too slow, or stopped before the sign-in could finish. Check the internet connection and try again in a few minutes. If it keeps happening on this network, try another one, for example a phone&apos;s hotspot: some networks and proxies hold such connections back.</source>
        <translation>De verbinding met Microsoft was te traag, of stopte voordat de aanmelding klaar was. Controleer de internetverbinding en probeer het over een paar minuten opnieuw. Als het op dit netwerk blijft gebeuren, probeer dan een ander, bijvoorbeeld de hotspot van een telefoon: sommige netwerken en proxy&apos;s houden zulke verbindingen tegen.</translation>
    </message>
    <message>
        <source>Microsoft&apos;s sign-in service answered with an error instead of the sign-in.</source>
        <translation>De aanmelddienst van Microsoft antwoordde met een fout in plaats van de aanmelding.</translation>
    </message>
    <message>
        <source>This is usually a passing problem at Microsoft: wait a few minutes and try again. On a network that first shows a page of its own, as in hotels, trains and airports, open any web page in the browser, accept the network&apos;s terms or sign in to it, and then try again.</source>
        <translation>Dit is meestal een tijdelijk probleem bij Microsoft: wacht een paar minuten en probeer het opnieuw. Op een netwerk dat eerst een eigen pagina toont, zoals in hotels, treinen en op luchthavens, opent u een willekeurige webpagina in de browser, accepteert u de voorwaarden van het netwerk of meldt u zich erbij aan, en probeert u het daarna opnieuw.</translation>
    </message>
    <message>
        <source>Mail Setup could not prepare the address on this computer that the browser comes back to after the sign-in.</source>
        <translation>Mail Setup kon op deze computer het adres niet voorbereiden waar de browser na de aanmelding naar terugkeert.</translation>
    </message>
    <message>
        <source>To receive the sign-in from the browser, Mail Setup needs a free port on this computer&apos;s own addresses 127.0.0.1 and ::1. Other programs may be holding them, or security software may block them. Close programs you do not need and sign in again. If it keeps happening, restart the computer, and if even that does not help, please report it to the makers of Mail Setup with the details below.</source>
        <translation>Om de aanmelding van de browser te ontvangen, heeft Mail Setup een vrije poort nodig op de eigen adressen van deze computer, 127.0.0.1 en ::1. Misschien houden andere programma&apos;s ze bezet, of blokkeert beveiligingssoftware ze. Sluit programma&apos;s die u niet nodig hebt en meld u opnieuw aan. Als het blijft gebeuren, start de computer dan opnieuw op, en als zelfs dat niet helpt, meld het dan alstublieft aan de makers van Mail Setup, met de details hieronder.</translation>
    </message>
    <message>
        <source>Access to this mailbox from mail apps is switched off.</source>
        <translation>Toegang tot dit postvak vanuit e-mail-apps is uitgeschakeld.</translation>
    </message>
    <message>
        <source>For an Outlook.com, Hotmail or Live address: sign in at outlook.com, open Settings &gt; Mail &gt; Forwarding and IMAP (in newer versions Settings &gt; Mail &gt; Sync email), switch on &quot;Let devices and apps use IMAP&quot;, save, and run the check again. For a work or school address, only your IT administrator can allow IMAP for the mailbox.</source>
        <translation>Voor een adres van Outlook.com, Hotmail of Live: meld u aan op outlook.com, open Instellingen &gt; E-mail &gt; Doorsturen en IMAP (in nieuwere versies Instellingen &gt; E-mail &gt; E-mail synchroniseren), schakel ‘Apparaten en apps toestaan IMAP te gebruiken’ in, sla op, en voer de controle opnieuw uit. Voor een werk- of schooladres kan alleen uw IT-beheerder IMAP voor het postvak toestaan.</translation>
    </message>
    <message>
        <source>Outlook.com does not let mail apps into this mailbox yet.</source>
        <translation>Outlook.com laat e-mail-apps nog niet in dit postvak toe.</translation>
    </message>
    <message>
        <source>Sign in at outlook.com, open Settings &gt; Mail &gt; Forwarding and IMAP (in newer versions Settings &gt; Mail &gt; Sync email), switch on &quot;Let devices and apps use IMAP&quot;, save, and run the check again. If the switch is already on, the account may have no Outlook.com mailbox at all, as happens with a Microsoft account made with another provider&apos;s address.</source>
        <translation>Meld u aan op outlook.com, open Instellingen &gt; E-mail &gt; Doorsturen en IMAP (in nieuwere versies Instellingen &gt; E-mail &gt; E-mail synchroniseren), schakel ‘Apparaten en apps toestaan IMAP te gebruiken’ in, sla op, en voer de controle opnieuw uit. Als de schakelaar al aan staat, heeft het account misschien helemaal geen Outlook.com-postvak, zoals bij een Microsoft-account dat met het adres van een andere provider is gemaakt.</translation>
    </message>
    <message>
        <source>Your organisation has switched off access to this mailbox from mail apps (IMAP).</source>
        <translation>Uw organisatie heeft de toegang tot dit postvak vanuit e-mail-apps (IMAP) uitgeschakeld.</translation>
    </message>
    <message>
        <source>Only your IT administrator can allow IMAP for this mailbox. Mail Setup can write the request for you, with the exact command they need. A change can take up to an hour to work; then run the check again.</source>
        <translation>Alleen uw IT-beheerder kan IMAP voor dit postvak toestaan. Mail Setup kan het verzoek voor u opstellen, met de precieze opdracht die hij nodig heeft. Een wijziging kan tot een uur nodig hebben voordat ze werkt; voer daarna de controle opnieuw uit.</translation>
    </message>
    <message>
        <source>The mail server did not accept the sign-in.</source>
        <translation>De mailserver accepteerde de aanmelding niet.</translation>
    </message>
    <message>
        <source>Make sure you signed in with the same account as the email address being set up, then run the check again. The server does not say why it refused. If it keeps happening with a work or school address, ask your IT administrator to check that IMAP and authenticated SMTP are allowed for this mailbox.</source>
        <translation>Zorg dat u zich hebt aangemeld met hetzelfde account als het e-mailadres dat wordt ingesteld, en voer de controle opnieuw uit. De server zegt niet waarom hij weigerde. Als het met een werk- of schooladres blijft gebeuren, vraag uw IT-beheerder dan te controleren of IMAP en geverifieerde SMTP voor dit postvak zijn toegestaan.</translation>
    </message>
    <message>
        <source>Make sure you signed in with the same Microsoft account as the email address being set up, then run the check again. If reading mail fails this way, check that &quot;Let devices and apps use IMAP&quot; is on at outlook.com, under Settings &gt; Mail &gt; Forwarding and IMAP. The server does not say why it refused.</source>
        <translation>Zorg dat u zich hebt aangemeld met hetzelfde Microsoft-account als het e-mailadres dat wordt ingesteld, en voer de controle opnieuw uit. Als het lezen van e-mail zo mislukt, controleer dan of ‘Apparaten en apps toestaan IMAP te gebruiken’ aan staat op outlook.com, onder Instellingen &gt; E-mail &gt; Doorsturen en IMAP. De server zegt niet waarom hij weigerde.</translation>
    </message>
    <message>
        <source>The mailbox no longer accepts a password from mail apps.</source>
        <translation>Het postvak accepteert geen wachtwoord meer van e-mail-apps.</translation>
    </message>
    <message>
        <source>The app or device tried a password, and Microsoft refuses passwords from mail apps, app passwords included: Outlook.com since 16 September 2024, Microsoft 365 as well. Mail Setup signs in through Microsoft&apos;s sign-in page instead, so run the check again and sign in through the browser. In other mail apps, choose the sign-in method called OAuth2 or Modern Authentication. A printer, scanner or older app that only knows passwords can send through a relay that signs in with Microsoft on its behalf.</source>
        <translation>De app of het apparaat probeerde een wachtwoord, en Microsoft weigert wachtwoorden van e-mail-apps, app-wachtwoorden inbegrepen: Outlook.com sinds 16 september 2024, Microsoft 365 ook. Mail Setup meldt zich in plaats daarvan aan via de aanmeldpagina van Microsoft, dus voer de controle opnieuw uit en meld u aan in de browser. Kies in andere e-mail-apps de aanmeldmethode OAuth2 of Moderne verificatie. Een printer, scanner of oudere app die alleen wachtwoorden kent, kan verzenden via een relay die zich namens hem bij Microsoft aanmeldt.</translation>
    </message>
    <message>
        <source>Outlook.com no longer accepts a password from mail apps and devices.</source>
        <translation>Outlook.com accepteert geen wachtwoord meer van e-mail-apps en apparaten.</translation>
    </message>
    <message>
        <source>Since 16 September 2024 Outlook.com, Hotmail and Live accept no password from mail apps, not even an app password. Choose the sign-in method called OAuth2 or Modern Authentication in the app, which opens Microsoft&apos;s sign-in page; Mail Setup signs in that way. A printer, scanner or older app that only knows passwords can send through a relay that signs in with Microsoft on its behalf.</source>
        <translation>Sinds 16 september 2024 accepteren Outlook.com, Hotmail en Live geen wachtwoord meer van e-mail-apps, zelfs geen app-wachtwoord. Kies in de app de aanmeldmethode OAuth2 of Moderne verificatie, die de aanmeldpagina van Microsoft opent; zo meldt Mail Setup zich aan. Een printer, scanner of oudere app die alleen wachtwoorden kent, kan verzenden via een relay die zich namens hem bij Microsoft aanmeldt.</translation>
    </message>
    <message>
        <source>Microsoft 365 no longer accepts a password from this mail app or device.</source>
        <translation>Microsoft 365 accepteert geen wachtwoord meer van deze e-mail-app of dit apparaat.</translation>
    </message>
    <message>
        <source>Your organisation&apos;s mailboxes accept mail apps only through Microsoft&apos;s sign-in page, and app passwords do not help. Choose the sign-in method called OAuth2 or Modern Authentication in the app; Mail Setup signs in that way. For a printer, scanner or older app that only knows passwords, your IT administrator can set up a relay that signs in with Microsoft on its behalf, or a connector.</source>
        <translation>De postvakken van uw organisatie laten e-mail-apps alleen toe via de aanmeldpagina van Microsoft, en app-wachtwoorden helpen niet. Kies in de app de aanmeldmethode OAuth2 of Moderne verificatie; zo meldt Mail Setup zich aan. Voor een printer, scanner of oudere app die alleen wachtwoorden kent, kan uw IT-beheerder een relay instellen die zich namens hem bij Microsoft aanmeldt, of een connector.</translation>
    </message>
    <message>
        <source>Your organisation has switched off sending from mail apps for this mailbox.</source>
        <translation>Uw organisatie heeft verzenden vanuit e-mail-apps voor dit postvak uitgeschakeld.</translation>
    </message>
    <message>
        <source>Only your IT administrator can switch it on, for this mailbox or for the whole organisation. Mail Setup can write the request for you, with the exact command they need. The setting of a mailbox wins over the one of the organisation, and a change can take an hour to work.</source>
        <translation>Alleen uw IT-beheerder kan het inschakelen, voor dit postvak of voor de hele organisatie. Mail Setup kan het verzoek voor u opstellen, met de precieze opdracht die hij nodig heeft. De instelling van een postvak gaat boven die van de organisatie, en een wijziging kan een uur nodig hebben voordat ze werkt.</translation>
    </message>
    <message>
        <source>Microsoft has not switched on sending from mail apps for this Outlook.com mailbox yet.</source>
        <translation>Microsoft heeft verzenden vanuit e-mail-apps voor dit Outlook.com-postvak nog niet ingeschakeld.</translation>
    </message>
    <message>
        <source>Reading mail works, but Microsoft does not yet let mail apps send from this mailbox, even with a proper sign-in. Many recently made Outlook.com and Hotmail accounts get this, and no switch in Outlook.com changes it. It often starts to work by itself after some days of normal use. Meanwhile, send from outlook.com in a browser or from the Outlook app. If nothing has changed after a week or two, contact Microsoft support through Help on outlook.com.</source>
        <translation>E-mail lezen werkt, maar Microsoft laat e-mail-apps nog niet verzenden vanuit dit postvak, zelfs niet met een juiste aanmelding. Veel onlangs gemaakte Outlook.com- en Hotmail-accounts hebben dit, en geen enkele schakelaar in Outlook.com verandert het. Vaak begint het na een paar dagen normaal gebruik vanzelf te werken. Verzend in de tussentijd via outlook.com in een browser of met de Outlook-app. Als er na een week of twee niets is veranderd, neem dan contact op met de ondersteuning van Microsoft via Help op outlook.com.</translation>
    </message>
    <message>
        <source>The mail server refused to send because Mail Setup was not signed in.</source>
        <translation>De mailserver weigerde te verzenden omdat Mail Setup niet was aangemeld.</translation>
    </message>
    <message>
        <source>Mail Setup tried to send before the server had accepted the sign-in, which is a fault in Mail Setup. Run the check again; if this comes back, please report it to the makers of Mail Setup with the details below.</source>
        <translation>Mail Setup probeerde te verzenden voordat de server de aanmelding had geaccepteerd, wat een fout in Mail Setup is. Voer de controle opnieuw uit; als dit terugkomt, meld het dan alstublieft aan de makers van Mail Setup, met de details hieronder.</translation>
    </message>
    <message>
        <source>The sign-in pass for the mailbox ran out during the check.</source>
        <translation>Het aanmeldingsbewijs voor het postvak is tijdens de controle verlopen.</translation>
    </message>
    <message>
        <source>Run the check again: Mail Setup will get a fresh pass from Microsoft. If this keeps happening, sign in again, and if even that does not help, please report it to the makers of Mail Setup.</source>
        <translation>Voer de controle opnieuw uit: Mail Setup haalt een nieuw bewijs bij Microsoft. Als dit blijft gebeuren, meld u dan opnieuw aan, en als zelfs dat niet helpt, meld het dan alstublieft aan de makers van Mail Setup.</translation>
    </message>
    <message>
        <source>Microsoft is holding back requests from this mailbox for a while.</source>
        <translation>Microsoft houdt verzoeken van dit postvak een tijdje tegen.</translation>
    </message>
    <message>
        <source>Too many connections or messages came from this mailbox in a short time, perhaps from other mail apps or devices as well. Wait a few minutes, close mail apps you do not need, and run the check again.</source>
        <translation>Er kwamen in korte tijd te veel verbindingen of berichten van dit postvak, misschien ook van andere e-mail-apps of apparaten. Wacht een paar minuten, sluit e-mail-apps die u niet nodig hebt, en voer de controle opnieuw uit.</translation>
    </message>
    <message>
        <source>The mail server did not understand a command from Mail Setup.</source>
        <translation>De mailserver begreep een opdracht van Mail Setup niet.</translation>
    </message>
    <message>
        <source>This is a fault in Mail Setup, not in your account. Run the check again; if it happens again, please report it to the makers of Mail Setup with the details below.</source>
        <translation>Dit is een fout in Mail Setup, niet in uw account. Voer de controle opnieuw uit; als het weer gebeurt, meld het dan alstublieft aan de makers van Mail Setup, met de details hieronder.</translation>
    </message>
    <message>
        <source>The account you signed in with may not send mail from this address.</source>
        <translation>Het account waarmee u zich hebt aangemeld, mag misschien geen e-mail verzenden vanaf dit adres.</translation>
    </message>
    <message>
        <source>Sign in with the account that owns this address. If the address belongs to a shared mailbox or to someone else, your IT administrator can give your account the Send As permission for it; allow up to an hour before trying again.</source>
        <translation>Meld u aan met het account waar dit adres bij hoort. Als het adres bij een gedeeld postvak of iemand anders hoort, kan uw IT-beheerder uw account de machtiging ‘Verzenden als’ ervoor geven; wacht daarna tot een uur voordat u het opnieuw probeert.</translation>
    </message>
    <message>
        <source>Send with the address you signed in with as the sender. Outlook.com sends from another address only when it is an alias of the same Microsoft account, which you can add at account.microsoft.com, under Your info. Otherwise sign in with the Microsoft account that owns the address.</source>
        <translation>Verzend met het adres waarmee u zich hebt aangemeld als afzender. Outlook.com verzendt alleen vanaf een ander adres als dat een alias van hetzelfde Microsoft-account is, die u kunt toevoegen op account.microsoft.com, onder Uw gegevens. Meld u anders aan met het Microsoft-account waar het adres bij hoort.</translation>
    </message>
    <message>
        <source>If you meant to sign in with the account that owns this address, sign in with it. If the address belongs to a shared mailbox or to someone else, only your IT administrator can give your account the Send As permission for it. Mail Setup can write the request for them; allow up to an hour after the change before trying again.</source>
        <translation>Als u zich wilde aanmelden met het account waar dit adres bij hoort, meld u dan daarmee aan. Als het adres bij een gedeeld postvak of iemand anders hoort, kan alleen uw IT-beheerder uw account de machtiging ‘Verzenden als’ ervoor geven. Mail Setup kan het verzoek voor hem opstellen; wacht na de wijziging tot een uur voordat u het opnieuw probeert.</translation>
    </message>
    <message>
        <source>Microsoft has stopped this account from sending mail.</source>
        <translation>Microsoft heeft dit account geblokkeerd voor het verzenden van e-mail.</translation>
    </message>
    <message>
        <source>This happens when Microsoft suspects the account of sending unwanted mail, for example after someone else learnt the password. Change your password. For an Outlook.com, Hotmail or Live address, sign in at outlook.com and follow the steps shown there to unblock the account. For a work or school address, your IT administrator can release it in the Microsoft Defender portal under Restricted entities.</source>
        <translation>Dit gebeurt als Microsoft vermoedt dat het account ongewenste e-mail verstuurt, bijvoorbeeld nadat iemand anders het wachtwoord te weten is gekomen. Wijzig uw wachtwoord. Voor een adres van Outlook.com, Hotmail of Live meldt u zich aan op outlook.com en volgt u de stappen die daar staan om het account te deblokkeren. Voor een werk- of schooladres kan uw IT-beheerder het vrijgeven in de Microsoft Defender-portal onder Beperkte entiteiten.</translation>
    </message>
    <message>
        <source>Outlook.com has stopped this account from sending mail.</source>
        <translation>Outlook.com heeft dit account geblokkeerd voor het verzenden van e-mail.</translation>
    </message>
    <message>
        <source>Outlook.com does this when it suspects an account of sending unwanted mail, or when a new account sends a lot before it is verified. Sign in at outlook.com in a browser and follow the steps shown there, such as confirming a code sent to your phone. If someone else may know your password, change it at account.microsoft.com. If sending stays blocked for more than a day, contact Microsoft support through Help on outlook.com.</source>
        <translation>Outlook.com doet dit als het vermoedt dat een account ongewenste e-mail verstuurt, of als een nieuw account veel verstuurt voordat het is geverifieerd. Meld u in een browser aan op outlook.com en volg de stappen die daar staan, zoals het bevestigen van een code die naar uw telefoon wordt gestuurd. Als iemand anders uw wachtwoord kan kennen, wijzig het dan op account.microsoft.com. Als verzenden langer dan een dag geblokkeerd blijft, neem dan contact op met de ondersteuning van Microsoft via Help op outlook.com.</translation>
    </message>
    <message>
        <source>Microsoft 365 has stopped this mailbox from sending mail.</source>
        <translation>Microsoft 365 heeft dit postvak geblokkeerd voor het verzenden van e-mail.</translation>
    </message>
    <message>
        <source>Microsoft 365 blocks a mailbox that it suspects of sending unwanted mail, often because someone else has learnt the password. Change your password. Only your IT administrator can release the mailbox, after checking it for misuse; Mail Setup can write the request for them, with the exact commands.</source>
        <translation>Microsoft 365 blokkeert een postvak waarvan het vermoedt dat het ongewenste e-mail verstuurt, vaak omdat iemand anders het wachtwoord te weten is gekomen. Wijzig uw wachtwoord. Alleen uw IT-beheerder kan het postvak vrijgeven, nadat hij het op misbruik heeft gecontroleerd; Mail Setup kan het verzoek voor hem opstellen, met de precieze opdrachten.</translation>
    </message>
    <message>
        <source>This mailbox has sent as much mail as Microsoft allows for now.</source>
        <translation>Dit postvak heeft zoveel e-mail verzonden als Microsoft voorlopig toestaat.</translation>
    </message>
    <message>
        <source>Microsoft limits how many messages and recipients a mailbox may send in a day. Wait until the limit resets, which can take up to 24 hours, then run the check again. If the mailbox needs to send more than that, talk to your IT administrator.</source>
        <translation>Microsoft beperkt hoeveel berichten en ontvangers een postvak per dag mag verzenden. Wacht tot de limiet opnieuw ingaat, wat tot 24 uur kan duren, en voer daarna de controle opnieuw uit. Als het postvak meer moet verzenden, bespreek het dan met uw IT-beheerder.</translation>
    </message>
    <message>
        <source>Outlook.com limits how many messages and recipients an account may send in a day, and new accounts get lower limits at first. Wait until the limit resets, which can take up to 24 hours, then run the check again. If Outlook.com asks you to verify the account, do so at outlook.com: a verified account may send more.</source>
        <translation>Outlook.com beperkt hoeveel berichten en ontvangers een account per dag mag verzenden, en nieuwe accounts krijgen eerst lagere limieten. Wacht tot de limiet opnieuw ingaat, wat tot 24 uur kan duren, en voer daarna de controle opnieuw uit. Als Outlook.com u vraagt het account te verifiëren, doe dat dan op outlook.com: een geverifieerd account mag meer verzenden.</translation>
    </message>
    <message>
        <source>Microsoft 365 lets a mailbox send to at most 10,000 recipients a day and about 30 messages a minute. Wait until the limit resets, which can take up to 24 hours, then run the check again. If the mailbox really has to send more, ask your IT administrator about a service made for bulk mail.</source>
        <translation>Microsoft 365 laat een postvak naar hooguit 10.000 ontvangers per dag en ongeveer 30 berichten per minuut verzenden. Wacht tot de limiet opnieuw ingaat, wat tot 24 uur kan duren, en voer daarna de controle opnieuw uit. Als het postvak echt meer moet verzenden, vraag uw IT-beheerder dan naar een dienst voor bulkmail.</translation>
    </message>
    <message>
        <source>Microsoft&apos;s server had a passing problem.</source>
        <translation>De server van Microsoft had een tijdelijk probleem.</translation>
    </message>
    <message>
        <source>Nothing is wrong with your settings. Wait a few minutes and run the check again. If it still fails hours later, Microsoft&apos;s service status page may say more.</source>
        <translation>Er is niets mis met uw instellingen. Wacht een paar minuten en voer de controle opnieuw uit. Als het uren later nog mislukt, zegt de statuspagina van de diensten van Microsoft misschien meer.</translation>
    </message>
    <message>
        <source>The mail server is not taking connections at the moment.</source>
        <translation>De mailserver neemt op dit moment geen verbindingen aan.</translation>
    </message>
    <message>
        <source>Nothing is wrong with your settings or your account: the server turned the connection away before Mail Setup could sign in, as servers do while they are busy or being maintained. Wait a few minutes and run the check again. If it still fails an hour later, Microsoft&apos;s service status page may say more.</source>
        <translation>Er is niets mis met uw instellingen of uw account: de server weigerde de verbinding voordat Mail Setup zich kon aanmelden, zoals servers doen als ze druk zijn of onderhouden worden. Wacht een paar minuten en voer de controle opnieuw uit. Als het een uur later nog mislukt, zegt de statuspagina van de diensten van Microsoft misschien meer.</translation>
    </message>
    <message>
        <source>The connection used an old kind of encryption that Microsoft no longer accepts.</source>
        <translation>De verbinding gebruikte een oude soort versleuteling die Microsoft niet meer accepteert.</translation>
    </message>
    <message>
        <source>Microsoft needs TLS 1.2 or newer. Update the system and Mail Setup, and check for security software that inspects encrypted connections, since it can cause this too. If the problem stays, please report it to the makers of Mail Setup with the details below.</source>
        <translation>Microsoft vereist TLS 1.2 of nieuwer. Werk het systeem en Mail Setup bij, en kijk of er beveiligingssoftware is die versleutelde verbindingen inspecteert, want ook die kan dit veroorzaken. Als het probleem blijft, meld het dan alstublieft aan de makers van Mail Setup, met de details hieronder.</translation>
    </message>
    <message>
        <source>The test message was turned away and not delivered.</source>
        <translation>Het testbericht is geweigerd en niet bezorgd.</translation>
    </message>
    <message>
        <source>A server on the way refused the message; its own words are in the details below. Signing in worked, so the settings are right. Ask the administrator of the sending domain to look at the reason: common ones are the domain&apos;s SPF, DKIM or DMARC records, or a block on the sending server&apos;s address.</source>
        <translation>Een server onderweg weigerde het bericht; zijn eigen woorden staan in de details hieronder. Het aanmelden werkte, dus de instellingen kloppen. Vraag de beheerder van het verzendende domein naar de reden te kijken: veelvoorkomende redenen zijn de SPF-, DKIM- of DMARC-records van het domein, of een blokkade van het adres van de verzendende server.</translation>
    </message>
    <message>
        <source>A server on the way refused the message; its own words are in the details below. Signing in worked, so the settings are right. If the words speak of an address that does not exist, check the address. If they speak of spam or of the sending server&apos;s reputation, wait a few hours and try again; if it keeps happening, contact Microsoft support through Help on outlook.com.</source>
        <translation>Een server onderweg weigerde het bericht; zijn eigen woorden staan in de details hieronder. Het aanmelden werkte, dus de instellingen kloppen. Als die woorden gaan over een adres dat niet bestaat, controleer dan het adres. Als ze gaan over spam of over de reputatie van de verzendende server, wacht dan een paar uur en probeer het opnieuw; als het blijft gebeuren, neem dan contact op met de ondersteuning van Microsoft via Help op outlook.com.</translation>
    </message>
    <message>
        <source>Microsoft 365 no longer accepts a password for sending mail from this device or app.</source>
        <translation>Microsoft 365 accepteert geen wachtwoord meer om vanaf dit apparaat of deze app e-mail te verzenden.</translation>
    </message>
    <message>
        <source>The device or app signed in to send mail with a user name and a password. Exchange Online switches that off, by default from the end of December 2026 and for good in 2027, and app passwords do not help. Choose the sign-in method called OAuth2 or Modern Authentication in the app. A printer, scanner or older app that cannot do that can send through a relay that signs in with Microsoft on its behalf, and your IT administrator can set up a connector for it instead.</source>
        <translation>Het apparaat of de app meldde zich aan om e-mail te verzenden met een gebruikersnaam en een wachtwoord. Exchange Online schakelt dat uit, standaard vanaf eind december 2026 en definitief in 2027, en app-wachtwoorden helpen niet. Kies in de app de aanmeldmethode OAuth2 of Moderne verificatie. Een printer, scanner of oudere app die dat niet kan, kan verzenden via een relay die zich namens hem bij Microsoft aanmeldt, en uw IT-beheerder kan er in plaats daarvan een connector voor instellen.</translation>
    </message>
    <message>
        <source>Your organisation&apos;s security defaults do not let mail apps send with a password.</source>
        <translation>De standaardinstellingen voor beveiliging van uw organisatie laten e-mail-apps niet met een wachtwoord verzenden.</translation>
    </message>
    <message>
        <source>Your organisation has Microsoft&apos;s security defaults switched on, and while they are, Exchange Online refuses every device or app that signs in to send with a user name and a password, whatever else is set. Choose the sign-in method called OAuth2 or Modern Authentication in the app if it has one. If it has not, only your IT administrator can help, by replacing the security defaults with Conditional Access rules; Mail Setup can write the request for them.</source>
        <translation>Uw organisatie heeft de standaardinstellingen voor beveiliging van Microsoft ingeschakeld, en zolang dat zo is, weigert Exchange Online elk apparaat en elke app die zich aanmeldt om te verzenden met een gebruikersnaam en een wachtwoord, wat er verder ook is ingesteld. Kies in de app de aanmeldmethode OAuth2 of Moderne verificatie als die er is. Zo niet, dan kan alleen uw IT-beheerder helpen, door de standaardinstellingen voor beveiliging te vervangen door regels voor voorwaardelijke toegang; Mail Setup kan het verzoek voor hem opstellen.</translation>
    </message>
    <message>
        <source>Your organisation turns away mail that a device sends to it without signing in.</source>
        <translation>Uw organisatie weigert e-mail die een apparaat zonder aanmelding naar haar stuurt.</translation>
    </message>
    <message>
        <source>The device or app sends straight to your organisation&apos;s mail servers without a sign-in (direct send), and your organisation has switched that off, as Microsoft recommends. If the device can sign in with OAuth2 or Modern Authentication, set it to send through smtp.office365.com on port 587 that way. Otherwise only your IT administrator can let its mail in, best with a connector for the device&apos;s network address; Mail Setup can write the request for them.</source>
        <translation>Het apparaat of de app verzendt rechtstreeks naar de mailservers van uw organisatie zonder aanmelding (direct verzenden), en uw organisatie heeft dat uitgeschakeld, zoals Microsoft aanraadt. Als het apparaat zich kan aanmelden met OAuth2 of Moderne verificatie, stel het dan zo in dat het op die manier via smtp.office365.com op poort 587 verzendt. Anders kan alleen uw IT-beheerder de e-mail ervan toelaten, het liefst met een connector voor het netwerkadres van het apparaat; Mail Setup kan het verzoek voor hem opstellen.</translation>
    </message>
    <message>
        <source>A mailbox is full, so the message could not be sent or delivered.</source>
        <translation>Een postvak is vol, dus het bericht kon niet worden verzonden of bezorgd.</translation>
    </message>
    <message>
        <source>Microsoft stops a mailbox that is over its storage limit from sending, and later from receiving. If it is your own mailbox, delete messages you do not need, large ones first, and empty the Deleted Items and Junk Email folders, then run the check again. If the bounce names someone else&apos;s mailbox, only they can make room in it.</source>
        <translation>Microsoft blokkeert voor een postvak dat over zijn opslaglimiet gaat het verzenden, en later ook het ontvangen. Als het uw eigen postvak is, verwijder dan berichten die u niet nodig hebt, grote eerst, en leeg de mappen Verwijderde items en Ongewenste e-mail; voer daarna de controle opnieuw uit. Als de onbestelbaarheidsmelding het postvak van iemand anders noemt, kan alleen die persoon er ruimte in maken.</translation>
    </message>
    <message>
        <source>Outlook.com&apos;s storage is shared with OneDrive: see what uses it at outlook.com, under Settings &gt; General &gt; Storage. Delete messages you do not need, large ones first, empty the Deleted Items and Junk Email folders, and remove large files from OneDrive if that is what fills it; then run the check again. If the bounce names someone else&apos;s mailbox, only they can make room in it.</source>
        <translation>De opslag van Outlook.com wordt gedeeld met OneDrive: zie wat die gebruikt op outlook.com, onder Instellingen &gt; Algemeen &gt; Opslag. Verwijder berichten die u niet nodig hebt, grote eerst, leeg de mappen Verwijderde items en Ongewenste e-mail, en verwijder grote bestanden uit OneDrive als die de opslag vullen; voer daarna de controle opnieuw uit. Als de onbestelbaarheidsmelding het postvak van iemand anders noemt, kan alleen die persoon er ruimte in maken.</translation>
    </message>
    <message>
        <source>If it is your own mailbox, delete messages you do not need, large ones first, and empty the Deleted Items folder, then run the check again. If that cannot free enough, your IT administrator can raise the mailbox&apos;s limit or switch on an archive mailbox. If the bounce names someone else&apos;s mailbox, only they can make room in it.</source>
        <translation>Als het uw eigen postvak is, verwijder dan berichten die u niet nodig hebt, grote eerst, en leeg de map Verwijderde items; voer daarna de controle opnieuw uit. Als dat niet genoeg ruimte vrijmaakt, kan uw IT-beheerder de limiet van het postvak verhogen of een archiefpostvak inschakelen. Als de onbestelbaarheidsmelding het postvak van iemand anders noemt, kan alleen die persoon er ruimte in maken.</translation>
    </message>
    <message>
        <source>The outgoing mail server cannot send from this email address.</source>
        <translation>De uitgaande server kan niet verzenden vanaf dit e-mailadres.</translation>
    </message>
    <message>
        <source>The part of the address before the @ has letters that this server does not accept in an address: it would need the SMTPUTF8 extension, which it does not offer. Signing in worked. Ask the people who run your email whether the mailbox also has an address with plain letters (a to z, digits, dots), and set up that one, or whether the server can be given SMTPUTF8.</source>
        <translation>Het deel van het adres vóór de @ bevat letters die deze server niet in een adres accepteert: daarvoor zou hij de extensie SMTPUTF8 nodig hebben, die hij niet aanbiedt. Het aanmelden werkte. Vraag de mensen die uw e-mail beheren of het postvak ook een adres met gewone letters heeft (a tot z, cijfers, punten), en stel dat in, of dat de server SMTPUTF8 kan krijgen.</translation>
    </message>
    <message>
        <source>The mail server&apos;s name could not be found.</source>
        <translation>De naam van de mailserver kon niet worden gevonden.</translation>
    </message>
    <message>
        <source>Check that the computer is connected to the internet, for example by opening a web page. If it is, the network may have trouble looking up names: restart the router or try another network, then run the check again.</source>
        <translation>Controleer of de computer met internet is verbonden, bijvoorbeeld door een webpagina te openen. Als dat zo is, heeft het netwerk misschien moeite met het opzoeken van namen: start de router opnieuw op of probeer een ander netwerk, en voer daarna de controle opnieuw uit.</translation>
    </message>
    <message>
        <source>The connection to the mail server was refused.</source>
        <translation>De verbinding met de mailserver werd geweigerd.</translation>
    </message>
    <message>
        <source>Something between this computer and Microsoft turned the connection away, often a firewall or security program that blocks mail. Check the firewall and antivirus settings or try another network, then run the check again.</source>
        <translation>Iets tussen deze computer en Microsoft weigerde de verbinding, vaak een firewall of beveiligingsprogramma dat e-mail blokkeert. Controleer de instellingen van de firewall en de virusscanner of probeer een ander netwerk, en voer daarna de controle opnieuw uit.</translation>
    </message>
    <message>
        <source>The mail server could not be reached in time.</source>
        <translation>De mailserver kon niet op tijd worden bereikt.</translation>
    </message>
    <message>
        <source>Check the internet connection. Some networks, such as those of offices, hotels and schools, and some home routers or antivirus programs, block the mail ports 587 and 993. Try another network, for example a phone&apos;s hotspot, to find out, and ask the owner of the network to allow these ports.</source>
        <translation>Controleer de internetverbinding. Sommige netwerken, zoals die van kantoren, hotels en scholen, en sommige thuisrouters of virusscanners blokkeren de mailpoorten 587 en 993. Probeer een ander netwerk, bijvoorbeeld de hotspot van een telefoon, om dat na te gaan, en vraag de eigenaar van het netwerk deze poorten toe te staan.</translation>
    </message>
    <message>
        <source>A secure connection to the mail server could not be set up.</source>
        <translation>Er kon geen beveiligde verbinding met de mailserver worden opgezet.</translation>
    </message>
    <message>
        <source>Check that the computer&apos;s date and time are right, then run the check again. If it keeps failing, try another network: some networks and security programs get in the way of encrypted connections.</source>
        <translation>Controleer of de datum en de tijd van de computer kloppen, en voer daarna de controle opnieuw uit. Als het blijft mislukken, probeer dan een ander netwerk: sommige netwerken en beveiligingsprogramma&apos;s zitten versleutelde verbindingen in de weg.</translation>
    </message>
    <message>
        <source>Mail Setup could not confirm that it was talking to the real mail server.</source>
        <translation>Mail Setup kon niet bevestigen dat het met de echte mailserver sprak.</translation>
    </message>
    <message>
        <source>Usually something between this computer and Microsoft looks inside encrypted connections, such as antivirus software or a company proxy, or the computer&apos;s date and time are wrong. Check the date and time, try another network, and ask whoever runs the security software or the network to let mail connections to Microsoft through untouched. Do not accept the connection anyway: your sign-in could be read by others.</source>
        <translation>Meestal kijkt iets tussen deze computer en Microsoft in versleutelde verbindingen, zoals een virusscanner of een bedrijfsproxy, of kloppen de datum en de tijd van de computer niet. Controleer de datum en de tijd, probeer een ander netwerk, en vraag wie de beveiligingssoftware of het netwerk beheert om mailverbindingen met Microsoft onaangeroerd door te laten. Accepteer de verbinding niet toch: anderen zouden uw aanmelding kunnen lezen.</translation>
    </message>
    <message>
        <source>The mail server did not offer encryption, so Mail Setup did not send your sign-in.</source>
        <translation>De mailserver bood geen versleuteling aan, dus Mail Setup heeft uw aanmelding niet verzonden.</translation>
    </message>
    <message>
        <source>Microsoft&apos;s servers always offer encryption, so something on the network has probably removed it. Try another network, and check for security software or a proxy that handles mail connections.</source>
        <translation>De servers van Microsoft bieden altijd versleuteling aan, dus waarschijnlijk heeft iets op het netwerk die verwijderd. Probeer een ander netwerk, en kijk of er beveiligingssoftware of een proxy is die mailverbindingen behandelt.</translation>
    </message>
    <message>
        <source>The mail server ended the connection unexpectedly.</source>
        <translation>De mailserver verbrak de verbinding onverwacht.</translation>
    </message>
    <message>
        <source>This is often a passing problem. Wait a minute and run the check again. If it keeps happening, try another network: some networks and security programs cut mail connections.</source>
        <translation>Dit is vaak een tijdelijk probleem. Wacht een minuut en voer de controle opnieuw uit. Als het blijft gebeuren, probeer dan een ander netwerk: sommige netwerken en beveiligingsprogramma&apos;s verbreken mailverbindingen.</translation>
    </message>
    <message>
        <source>The mail server stopped answering.</source>
        <translation>De mailserver antwoordt niet meer.</translation>
    </message>
    <message>
        <source>The connection was made, but no answer came in time. Wait a minute and run the check again; if it keeps happening, try another network.</source>
        <translation>De verbinding is gemaakt, maar er kwam niet op tijd antwoord. Wacht een minuut en voer de controle opnieuw uit; als het blijft gebeuren, probeer dan een ander netwerk.</translation>
    </message>
    <message>
        <source>The test message was sent but did not arrive in your inbox in time.</source>
        <translation>Het testbericht is verzonden, maar kwam niet op tijd aan in uw Postvak IN.</translation>
    </message>
    <message>
        <source>Sending and signing in work. Delivery can be slow at busy times: wait a few minutes and look in your inbox and in the junk email folder. If the message never arrives, a rule in your mailbox may move or delete it, or your organisation may hold it for checking; your IT administrator can trace it by its Message-ID, shown below.</source>
        <translation>Verzenden en aanmelden werken. Bezorging kan op drukke momenten traag zijn: wacht een paar minuten en kijk in uw Postvak IN en in de map voor ongewenste e-mail. Als het bericht nooit aankomt, verplaatst of verwijdert een regel in uw postvak het misschien, of houdt uw organisatie het vast om het te controleren; uw IT-beheerder kan het opsporen aan de hand van de Message-ID hieronder.</translation>
    </message>
    <message>
        <source>Sending and signing in work. Delivery can be slow at busy times: wait a few minutes and look in your inbox and in the Junk Email folder. If the message never arrives, a rule in Outlook.com may move or delete it: look at outlook.com, under Settings &gt; Mail &gt; Rules.</source>
        <translation>Verzenden en aanmelden werken. Bezorging kan op drukke momenten traag zijn: wacht een paar minuten en kijk in uw Postvak IN en in de map Ongewenste e-mail. Als het bericht nooit aankomt, verplaatst of verwijdert een regel in Outlook.com het misschien: kijk op outlook.com, onder Instellingen &gt; E-mail &gt; Regels.</translation>
    </message>
    <message>
        <source>The server answered in a way that Mail Setup did not expect.</source>
        <translation>De server antwoordde op een manier die Mail Setup niet verwachtte.</translation>
    </message>
    <message>
        <source>Check that the server names and ports in the settings are the ones Mail Setup suggests. A network that sends you to its own sign-in page, as in hotels and airports, can also cause this. If neither explains it, please report it to the makers of Mail Setup with the details below.</source>
        <translation>Controleer of de servernamen en poorten in de instellingen die zijn die Mail Setup voorstelt. Een netwerk dat u naar een eigen aanmeldpagina stuurt, zoals in hotels en op luchthavens, kan dit ook veroorzaken. Als geen van beide het verklaart, meld het dan alstublieft aan de makers van Mail Setup, met de details hieronder.</translation>
    </message>
    <message>
        <source>The email address cannot be used as it is written.</source>
        <translation>Het e-mailadres kan niet worden gebruikt zoals het is geschreven.</translation>
    </message>
    <message>
        <source>Check the address for typing mistakes: an email address has one @ and no spaces, quotation marks, angle brackets, backslashes or control characters. Correct it and start again.</source>
        <translation>Controleer het adres op typefouten: een e-mailadres heeft één @ en geen spaties, aanhalingstekens, punthaken, backslashes of besturingstekens. Verbeter het en begin opnieuw.</translation>
    </message>
    <message>
        <source>Something went wrong that Mail Setup does not recognise.</source>
        <translation>Er ging iets mis dat Mail Setup niet herkent.</translation>
    </message>
    <message>
        <source>Run the check again. If it fails the same way, please pass the details below to your IT administrator or to the makers of Mail Setup: the server&apos;s own words usually tell them what happened.</source>
        <translation>Voer de controle opnieuw uit. Als het op dezelfde manier mislukt, geef de details hieronder dan alstublieft aan uw IT-beheerder of aan de makers van Mail Setup: de eigen woorden van de server vertellen hun meestal wat er gebeurde.</translation>
    </message>
    <message>
        <source>Whoever runs this mail server</source>
        <translation>Wie deze mailserver beheert</translation>
    </message>
    <message>
        <source>Incoming mail server (IMAP): %1, port %2.</source>
        <translation>Inkomende server (IMAP): %1, poort %2.</translation>
    </message>
    <message>
        <source>Outgoing mail server (SMTP): %1, port %2.</source>
        <translation>Uitgaande server (SMTP): %1, poort %2.</translation>
    </message>
    <message>
        <source>Microsoft&apos;s sign-in service: %1.</source>
        <translation>Aanmelddienst van Microsoft: %1.</translation>
    </message>
    <message>
        <source>Server: %1, port %2.</source>
        <translation>Server: %1, poort %2.</translation>
    </message>
    <message>
        <source>Server: %1.</source>
        <translation>Server: %1.</translation>
    </message>
    <message numerus="yes">
        <source>Mail Setup waited %n second(s).</source>
        <translation>
            <numerusform>Mail Setup heeft %n seconde gewacht.</numerusform>
            <numerusform>Mail Setup heeft %n seconden gewacht.</numerusform>
        </translation>
    </message>
    <message>
        <source>The relay for your devices did not start on this computer.</source>
        <translation>De relay voor uw apparaten is op deze computer niet gestart.</translation>
    </message>
    <message>
        <source>Try again. If it fails the same way, the relay&apos;s own words below say why: most often the sign-in is not saved on this computer, or the keychain is locked. Sign in again with Mail Setup, unlock the keychain, and try once more.</source>
        <translation>Probeer het opnieuw. Mislukt het op dezelfde manier, dan zeggen de woorden van de relay hieronder waarom: meestal is de aanmelding niet op deze computer bewaard, of is de sleutelhanger vergrendeld. Meld u opnieuw aan met Mail Setup, ontgrendel de sleutelhanger en probeer het nog eens.</translation>
    </message>
    <message>
        <source>Another program already uses the relay&apos;s port on this computer.</source>
        <translation>Een ander programma gebruikt de poort van de relay op deze computer al.</translation>
    </message>
    <message>
        <source>Another program, or a relay that sends for another account, answers on the port the relay needs. Stop that program (or that relay, with &quot;mailsetup relay remove-service&quot; or by ending it), then try again.</source>
        <translation>Een ander programma, of een relay die voor een ander account verzendt, antwoordt op de poort die de relay nodig heeft. Stop dat programma (of die relay, met &quot;mailsetup relay remove-service&quot; of door hem te beëindigen) en probeer het dan opnieuw.</translation>
    </message>
</context>
<context>
    <name>DiagnosisView</name>
    <message>
        <source>What went wrong</source>
        <translation>Wat er misging</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Probleem</translation>
    </message>
    <message>
        <source>Shows or hides what the server said, for a helpdesk.</source>
        <translation>Toont of verbergt wat de server zei, voor een helpdesk.</translation>
    </message>
    <message>
        <source>Details for the helpdesk</source>
        <translation>Details voor de helpdesk</translation>
    </message>
    <message>
        <source>What the server or Microsoft&apos;s sign-in said, word for word.</source>
        <translation>Wat de server of de aanmelding van Microsoft zei, woord voor woord.</translation>
    </message>
    <message>
        <source>Sign in &amp;again</source>
        <translation>Opnieuw aan&amp;melden</translation>
    </message>
    <message>
        <source>Opens Microsoft&apos;s sign-in page in your browser once more.</source>
        <translation>Opent de aanmeldpagina van Microsoft nog een keer in uw browser.</translation>
    </message>
    <message>
        <source>&amp;Use another account</source>
        <translation>Een a&amp;nder account gebruiken</translation>
    </message>
    <message>
        <source>Opens Microsoft&apos;s sign-in page so that you can choose the account of the address you are setting up.</source>
        <translation>Opent de aanmeldpagina van Microsoft zodat u het account kunt kiezen van het adres dat u instelt.</translation>
    </message>
    <message>
        <source>Copy a message for your &amp;IT administrator</source>
        <translation>Een bericht voor uw &amp;IT-beheerder kopiëren</translation>
    </message>
    <message>
        <source>Puts a message on the clipboard that tells your IT administrator exactly what to change.</source>
        <translation>Zet een bericht op het klembord dat uw IT-beheerder precies vertelt wat er moet veranderen.</translation>
    </message>
    <message>
        <source>Show me &amp;how to switch on IMAP</source>
        <translation>Laat me zien &amp;hoe ik IMAP inschakel</translation>
    </message>
    <message>
        <source>Goes back to the page that shows how to switch on IMAP in Outlook.com.</source>
        <translation>Gaat terug naar de pagina die laat zien hoe u IMAP inschakelt in Outlook.com.</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>Opnieuw &amp;proberen</translation>
    </message>
    <message>
        <source>Runs again only the checks that failed.</source>
        <translation>Voert alleen de controles die mislukten opnieuw uit.</translation>
    </message>
    <message>
        <source>Who can fix this: %1</source>
        <translation>Wie dit kan oplossen: %1</translation>
    </message>
    <message>
        <source>Hide &amp;details</source>
        <translation>&amp;Details verbergen</translation>
    </message>
    <message>
        <source>Show &amp;details</source>
        <translation>&amp;Details tonen</translation>
    </message>
    <message>
        <source>Hide details</source>
        <translation>Details verbergen</translation>
    </message>
    <message>
        <source>Show details</source>
        <translation>Details tonen</translation>
    </message>
    <message>
        <source>Your IT administrator can make the change in Microsoft Graph PowerShell:</source>
        <translation>Uw IT-beheerder kan de wijziging aanbrengen in Microsoft Graph PowerShell:</translation>
    </message>
    <message>
        <source>Your IT administrator can make the change in Exchange Online PowerShell:</source>
        <translation>Uw IT-beheerder kan de wijziging aanbrengen in Exchange Online PowerShell:</translation>
    </message>
    <message>
        <source>Commands for your IT administrator</source>
        <translation>Opdrachten voor uw IT-beheerder</translation>
    </message>
    <message>
        <source>The commands are on the clipboard.</source>
        <translation>De opdrachten staan op het klembord.</translation>
    </message>
</context>
<context>
    <name>EmailAddress</name>
    <message>
        <source>An email address has no spaces in it.</source>
        <translation>Een e-mailadres bevat geen spaties.</translation>
    </message>
    <message>
        <source>Type the whole address, with the @ and the part after it, for example name@outlook.com.</source>
        <translation>Typ het hele adres, met de @ en het deel erna, bijvoorbeeld naam@outlook.com.</translation>
    </message>
    <message>
        <source>An email address has only one @ in it.</source>
        <translation>Een e-mailadres bevat maar één @.</translation>
    </message>
    <message>
        <source>Type the part before the @ too, for example name@outlook.com.</source>
        <translation>Typ ook het deel vóór de @, bijvoorbeeld naam@outlook.com.</translation>
    </message>
    <message>
        <source>The part before the @ has a character that email addresses cannot have, or a dot at its start, at its end or twice in a row.</source>
        <translation>Het deel vóór de @ bevat een teken dat e-mailadressen niet kunnen hebben, of een punt aan het begin, aan het eind of twee keer achter elkaar.</translation>
    </message>
    <message>
        <source>The part before the @ is too long for an email address.</source>
        <translation>Het deel vóór de @ is te lang voor een e-mailadres.</translation>
    </message>
    <message>
        <source>Type the part after the @ too, for example outlook.com.</source>
        <translation>Typ ook het deel na de @, bijvoorbeeld outlook.com.</translation>
    </message>
    <message>
        <source>The part after the @ is not complete: it needs a dot and an ending, for example outlook.com.</source>
        <translation>Het deel na de @ is niet compleet: het heeft een punt en een extensie nodig, bijvoorbeeld outlook.com.</translation>
    </message>
    <message>
        <source>The part after the @ is not a domain name that can exist. Check it for typing mistakes.</source>
        <translation>Het deel na de @ is geen domeinnaam die kan bestaan. Controleer het op typefouten.</translation>
    </message>
    <message>
        <source>This is too long for an email address.</source>
        <translation>Dit is te lang voor een e-mailadres.</translation>
    </message>
</context>
<context>
    <name>Enrolment</name>
    <message>
        <source>There is no sign-in to keep.</source>
        <translation>Er is geen aanmelding om te bewaren.</translation>
    </message>
    <message>
        <source>The sign-in could not be kept in %1. %2</source>
        <translation>De aanmelding kon niet %1 worden bewaard. %2</translation>
    </message>
    <message>
        <source>Technical detail: %1</source>
        <translation>Technisch detail: %1</translation>
    </message>
    <message>
        <source>The account settings could not be written to %1.</source>
        <translation>De accountinstellingen konden niet naar %1 worden geschreven.</translation>
    </message>
    <message>
        <source>No sign-in is kept for %1 on this computer.</source>
        <translation>Er is op deze computer geen aanmelding bewaard voor %1.</translation>
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
        <translation>Afsluitcodes:
  0  alles werkte
  1  interne fout in Mail Setup
  2  verkeerde argumenten of invoerbestanden
  3  aanmelding nodig of mislukt
  4  netwerkprobleem of server niet beschikbaar (naam opzoeken, verbinding, time-out)
  5  probleem met versleuteling (TLS) of certificaat
  6  de server weigerde het account
  7  het testbericht kon niet worden verzonden of kwam niet aan
  8  de sleutelhanger is niet beschikbaar
</translation>
    </message>
</context>
<context>
    <name>HelpdeskReport</name>
    <message>
        <source>personal Microsoft account (Outlook.com)</source>
        <translation>persoonlijk Microsoft-account (Outlook.com)</translation>
    </message>
    <message>
        <source>work or school account (Microsoft 365)</source>
        <translation>werk- of schoolaccount (Microsoft 365)</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>onbekend</translation>
    </message>
    <message>
        <source>Mail Setup report for %1</source>
        <translation>Rapport van Mail Setup voor %1</translation>
    </message>
    <message>
        <source>The account works: it can receive and send e-mail.</source>
        <translation>Het account werkt: het kan e-mail ontvangen en verzenden.</translation>
    </message>
    <message>
        <source>The account does not work yet. The report below says what failed and who can fix it.</source>
        <translation>Het account werkt nog niet. Het rapport hieronder zegt wat er mislukte en wie het kan oplossen.</translation>
    </message>
    <message>
        <source>Nothing was checked yet.</source>
        <translation>Er is nog niets gecontroleerd.</translation>
    </message>
    <message>
        <source>The account</source>
        <translation>Het account</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <source>Kind of account</source>
        <translation>Soort account</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Provider</translation>
    </message>
    <message>
        <source>Signed in as</source>
        <translation>Aangemeld als</translation>
    </message>
    <message>
        <source>Tenant ID</source>
        <translation>Tenant-id</translation>
    </message>
    <message>
        <source>Application (client) ID</source>
        <translation>Toepassings-id (client)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message>
        <source>What went wrong</source>
        <translation>Wat er misging</translation>
    </message>
    <message>
        <source>Who can fix it</source>
        <translation>Wie het kan oplossen</translation>
    </message>
    <message>
        <source>Diagnosis code</source>
        <translation>Diagnosecode</translation>
    </message>
    <message>
        <source>AADSTS code</source>
        <translation>AADSTS-code</translation>
    </message>
    <message>
        <source>Trace ID</source>
        <translation>Tracerings-id</translation>
    </message>
    <message>
        <source>Correlation ID</source>
        <translation>Correlatie-id</translation>
    </message>
    <message>
        <source>The server said:</source>
        <translation>De server zei:</translation>
    </message>
    <message>
        <source>A message for your IT administrator</source>
        <translation>Een bericht voor uw IT-beheerder</translation>
    </message>
    <message>
        <source>What was checked</source>
        <translation>Wat er is gecontroleerd</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Stap</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultaat</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tijd</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>geslaagd</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>mislukt</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Incoming mail (IMAP, %1)</source>
        <translation>Inkomende e-mail (IMAP, %1)</translation>
    </message>
    <message>
        <source>Outgoing mail (SMTP, %1)</source>
        <translation>Uitgaande e-mail (SMTP, %1)</translation>
    </message>
    <message>
        <source>The test message arrived in the inbox after %1 ms.</source>
        <translation>Het testbericht kwam na %1 ms aan in het Postvak IN.</translation>
    </message>
    <message>
        <source>The test message was sent but was not seen in the inbox.</source>
        <translation>Het testbericht is verzonden, maar werd niet gezien in het Postvak IN.</translation>
    </message>
    <message>
        <source>The test message could not be sent.</source>
        <translation>Het testbericht kon niet worden verzonden.</translation>
    </message>
    <message>
        <source>What was said with the servers (secrets removed)</source>
        <translation>Wat er met de servers is uitgewisseld (zonder geheimen)</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Deze computer</translation>
    </message>
    <message>
        <source>Report created</source>
        <translation>Rapport gemaakt</translation>
    </message>
    <message>
        <source>Mail Setup version</source>
        <translation>Versie van Mail Setup</translation>
    </message>
    <message>
        <source>Qt version</source>
        <translation>Versie van Qt</translation>
    </message>
    <message>
        <source>Operating system</source>
        <translation>Besturingssysteem</translation>
    </message>
    <message>
        <source>Kernel</source>
        <translation>Kernel</translation>
    </message>
    <message>
        <source>The report file %1 cannot be written.</source>
        <translation>Het rapportbestand %1 kan niet worden geschreven.</translation>
    </message>
</context>
<context>
    <name>ImapSwitchPage</name>
    <message>
        <source>Switch on POP and IMAP</source>
        <translation>POP en IMAP inschakelen</translation>
    </message>
    <message>
        <source>Sign in at Outlook.com in your browser, or choose &quot;Open Outlook.com settings&quot; below, which takes you straight to step 3.</source>
        <translation>Meld u in uw browser aan bij Outlook.com, of kies hieronder ‘Instellingen van Outlook.com openen’, dat u direct naar stap 3 brengt.</translation>
    </message>
    <message>
        <source>Choose Settings (the gear at the top right), then Mail, then Forwarding and IMAP. In newer versions of Outlook.com the page is called Sync email, with a part called POP and IMAP.</source>
        <translation>Kies Instellingen (het tandwiel rechtsboven), dan E-mail, dan Doorsturen en IMAP. In nieuwere versies van Outlook.com heet de pagina E-mail synchroniseren, met een deel dat POP en IMAP heet.</translation>
    </message>
    <message>
        <source>Switch on &quot;Let devices and apps use IMAP&quot;. If your mail app uses POP, switch on &quot;Let devices and apps use POP&quot; as well.</source>
        <translation>Schakel ‘Apparaten en apps toestaan IMAP te gebruiken’ in. Als uw e-mail-app POP gebruikt, schakel dan ook ‘Apparaten en apps toestaan POP te gebruiken’ in.</translation>
    </message>
    <message>
        <source>Choose Save.</source>
        <translation>Kies Opslaan.</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation>Stap %1 van %2: %3</translation>
    </message>
    <message>
        <source>Picture of the Outlook.com settings</source>
        <translation>Afbeelding van de instellingen van Outlook.com</translation>
    </message>
    <message>
        <source>The numbers in the picture match the steps: 1 the gear, 2 Mail and Forwarding and IMAP, 3 the switch, turned on, 4 the Save button.</source>
        <translation>De nummers in de afbeelding horen bij de stappen: 1 het tandwiel, 2 E-mail en Doorsturen en IMAP, 3 de schakelaar, ingeschakeld, 4 de knop Opslaan.</translation>
    </message>
    <message>
        <source>&amp;Open Outlook.com settings</source>
        <translation>Instellingen van Outlook.com &amp;openen</translation>
    </message>
    <message>
        <source>Opens the POP and IMAP settings of Outlook.com in your browser. Sign in there if Outlook.com asks.</source>
        <translation>Opent de POP- en IMAP-instellingen van Outlook.com in uw browser. Meld u daar aan als Outlook.com erom vraagt.</translation>
    </message>
    <message>
        <source>If the button does not open the right page, follow the steps above: the way through the settings always works.</source>
        <translation>Als de knop niet de juiste pagina opent, volg dan de stappen hierboven: de weg via de instellingen werkt altijd.</translation>
    </message>
    <message>
        <source>For a work or school account, your IT administrator decides whether mail apps may use IMAP and POP; there is nothing to switch on here. If it is not allowed, the check will say so and help you ask for it.</source>
        <translation>Voor een werk- of schoolaccount beslist uw IT-beheerder of e-mail-apps IMAP en POP mogen gebruiken; hier hoeft u niets in te schakelen. Als het niet is toegestaan, zegt de controle dat en helpt ze u erom te vragen.</translation>
    </message>
    <message>
        <source>I&apos;ve &amp;switched it on</source>
        <translation>Ik heb het &amp;ingeschakeld</translation>
    </message>
    <message>
        <source>Outlook.com lets mail apps in only after you switch this on, once, in its settings.</source>
        <translation>Outlook.com laat e-mail-apps pas toe nadat u dit één keer in de instellingen hebt ingeschakeld.</translation>
    </message>
    <message>
        <source>Outlook.com&apos;s settings open in your browser. Come back here when you have saved.</source>
        <translation>De instellingen van Outlook.com openen in uw browser. Kom hier terug als u hebt opgeslagen.</translation>
    </message>
    <message>
        <source>Mail Setup could not open a browser. Open %1 in a browser yourself, or follow the steps above.</source>
        <translation>Mail Setup kon geen browser openen. Open %1 zelf in een browser, of volg de stappen hierboven.</translation>
    </message>
    <message>
        <source>Goes on to the next step.</source>
        <translation>Gaat verder naar de volgende stap.</translation>
    </message>
    <message>
        <source>Choose this once &quot;Let devices and apps use IMAP&quot; is on and saved. Mail Setup goes on to the sign-in.</source>
        <translation>Kies dit zodra ‘Apparaten en apps toestaan IMAP te gebruiken’ is ingeschakeld en opgeslagen. Mail Setup gaat dan verder met het aanmelden.</translation>
    </message>
</context>
<context>
    <name>KeychainSecretStore</name>
    <message>
        <source>the macOS Keychain</source>
        <translation>in de macOS-sleutelhanger</translation>
    </message>
    <message>
        <source>Windows Credential Manager</source>
        <translation>in Windows Referentiebeheer</translation>
    </message>
    <message>
        <source>the KDE Wallet</source>
        <translation>in KDE Wallet</translation>
    </message>
    <message>
        <source>the Secret Service keyring</source>
        <translation>in de Secret Service-sleutelhanger</translation>
    </message>
    <message>
        <source>The keyring is locked, so it cannot tell whether it holds this secret.</source>
        <translation>De sleutelhanger is vergrendeld, dus hij kan niet zeggen of hij dit geheim bevat.</translation>
    </message>
    <message>
        <source>The keyring is locked, so the secret may still be in it.</source>
        <translation>De sleutelhanger is vergrendeld, dus het geheim staat er misschien nog in.</translation>
    </message>
</context>
<context>
    <name>MemorySecretStore</name>
    <message>
        <source>memory only, until Mail Setup closes</source>
        <translation>alleen in het geheugen, tot Mail Setup sluit</translation>
    </message>
    <message>
        <source>The keychain refused to store the secret.</source>
        <translation>De sleutelhanger weigerde het geheim op te slaan.</translation>
    </message>
    <message>
        <source>The secret is larger than the keychain takes.</source>
        <translation>Het geheim is groter dan de sleutelhanger aankan.</translation>
    </message>
</context>
<context>
    <name>Preset</name>
    <message>
        <source>it must be a string</source>
        <translation>de waarde moet een tekenreeks zijn</translation>
    </message>
    <message>
        <source>it must not be empty</source>
        <translation>de waarde mag niet leeg zijn</translation>
    </message>
    <message>
        <source>it must be a list of strings</source>
        <translation>de waarde moet een lijst van tekenreeksen zijn</translation>
    </message>
    <message>
        <source>it must be a string that is not empty</source>
        <translation>de waarde moet een tekenreeks zijn die niet leeg is</translation>
    </message>
    <message>
        <source>Your organisation has set up Mail Setup for addresses at %1 only, so %2 cannot be set up here. Ask your IT department if this address should work.</source>
        <translation>Uw organisatie heeft Mail Setup alleen ingesteld voor adressen bij %1, dus %2 kan hier niet worden ingesteld. Vraag uw IT-afdeling of dit adres zou moeten werken.</translation>
    </message>
    <message>
        <source>The preset %1 cannot be used: %2.</source>
        <translation>De voorinstelling %1 kan niet worden gebruikt: %2.</translation>
    </message>
    <message>
        <source>The preset %1 cannot be used: the key &quot;%2&quot; is wrong: %3.</source>
        <translation>De voorinstelling %1 kan niet worden gebruikt: de sleutel ‘%2’ is fout: %3.</translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation>het bestand bestaat niet</translation>
    </message>
    <message>
        <source>it is not a regular file</source>
        <translation>het is geen gewoon bestand</translation>
    </message>
    <message>
        <source>the file cannot be read</source>
        <translation>het bestand kan niet worden gelezen</translation>
    </message>
    <message>
        <source>the file is larger than 64 KB</source>
        <translation>het bestand is groter dan 64 KB</translation>
    </message>
    <message>
        <source>it is not JSON (%1 at byte %2)</source>
        <translation>de inhoud is geen JSON (%1 bij byte %2)</translation>
    </message>
    <message>
        <source>it must hold one JSON object</source>
        <translation>de inhoud moet één JSON-object zijn</translation>
    </message>
    <message>
        <source>there is no such key; the keys are %1</source>
        <translation>die sleutel bestaat niet; de sleutels zijn %1</translation>
    </message>
    <message>
        <source>it must be an application (client) ID such as 00000000-0000-0000-0000-000000000000</source>
        <translation>de waarde moet een toepassings-id (client) zijn, zoals 00000000-0000-0000-0000-000000000000</translation>
    </message>
    <message>
        <source>it must be a tenant ID, a domain of the tenant, or organizations, common or consumers</source>
        <translation>de waarde moet een tenant-id zijn, een domein van de tenant, of organizations, common of consumers</translation>
    </message>
    <message>
        <source>it must be personal or work</source>
        <translation>de waarde moet personal of work zijn</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a domain</source>
        <translation>‘%1’ is geen domein</translation>
    </message>
    <message>
        <source>the list must name at least one domain</source>
        <translation>de lijst moet minstens één domein noemen</translation>
    </message>
    <message>
        <source>give either provider or providerFile, not both</source>
        <translation>geef provider of providerFile op, niet allebei</translation>
    </message>
    <message>
        <source>it must be outlook or microsoft365</source>
        <translation>de waarde moet outlook of microsoft365 zijn</translation>
    </message>
    <message>
        <source>it must be true or false</source>
        <translation>de waarde moet true of false zijn</translation>
    </message>
    <message>
        <source>it must be a language code such as de or fr_FR</source>
        <translation>de waarde moet een taalcode zijn, zoals de of fr_FR</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a page that can be skipped; the pages that can be are %2</source>
        <translation>&quot;%1&quot; is geen pagina die kan worden overgeslagen; dat kunnen %2</translation>
    </message>
</context>
<context>
    <name>ProbeStep</name>
    <message>
        <source>Finding the server</source>
        <translation>De server zoeken</translation>
    </message>
    <message>
        <source>Connecting to the server</source>
        <translation>Verbinden met de server</translation>
    </message>
    <message>
        <source>Setting up encryption</source>
        <translation>Versleuteling opzetten</translation>
    </message>
    <message>
        <source>Waiting for the server to answer</source>
        <translation>Wachten op antwoord van de server</translation>
    </message>
    <message>
        <source>Asking what the server supports</source>
        <translation>Vragen wat de server ondersteunt</translation>
    </message>
    <message>
        <source>Switching on encryption</source>
        <translation>Versleuteling inschakelen</translation>
    </message>
    <message>
        <source>Signing in to your mailbox</source>
        <translation>Aanmelden bij uw postvak</translation>
    </message>
    <message>
        <source>Opening your inbox</source>
        <translation>Uw Postvak IN openen</translation>
    </message>
    <message>
        <source>Sending a test message</source>
        <translation>Een testbericht verzenden</translation>
    </message>
    <message>
        <source>Looking for the test message in your inbox</source>
        <translation>Het testbericht zoeken in uw Postvak IN</translation>
    </message>
    <message>
        <source>Closing the connection</source>
        <translation>De verbinding sluiten</translation>
    </message>
    <message>
        <source>Asking again what the server supports, now signed in</source>
        <translation>Opnieuw vragen wat de server ondersteunt, nu aangemeld</translation>
    </message>
    <message>
        <source>Asking again what the server supports, now encrypted</source>
        <translation>Opnieuw vragen wat de server ondersteunt, nu versleuteld</translation>
    </message>
    <message>
        <source>Asking again what the server supports</source>
        <translation>Opnieuw vragen wat de server ondersteunt</translation>
    </message>
    <message>
        <source>%1, once more</source>
        <extracomment>A step of the check that comes a second time; %1 is its name (&quot;Connecting to the server&quot;).</extracomment>
        <translation>%1, nog een keer</translation>
    </message>
</context>
<context>
    <name>ProviderProfile</name>
    <message>
        <source>the key is missing</source>
        <translation>de sleutel ontbreekt</translation>
    </message>
    <message>
        <source>it must be an object</source>
        <translation>de waarde moet een object zijn</translation>
    </message>
    <message>
        <source>it must be text</source>
        <translation>de waarde moet tekst zijn</translation>
    </message>
    <message>
        <source>it must not be empty</source>
        <translation>de waarde mag niet leeg zijn</translation>
    </message>
    <message>
        <source>it must be an http or https address</source>
        <translation>de waarde moet een http- of https-adres zijn</translation>
    </message>
    <message>
        <source>it must not contain a user name or password</source>
        <translation>de waarde mag geen gebruikersnaam of wachtwoord bevatten</translation>
    </message>
    <message>
        <source>it must be an https address (plain http only to this computer: 127.0.0.1, ::1 or localhost)</source>
        <translation>de waarde moet een https-adres zijn (gewoon http alleen naar deze computer: 127.0.0.1, ::1 of localhost)</translation>
    </message>
    <message>
        <source>it must be a host name or an IP address</source>
        <translation>de waarde moet een hostnaam of een IP-adres zijn</translation>
    </message>
    <message>
        <source>it must be a whole number from 1 to 65535</source>
        <translation>de waarde moet een geheel getal van 1 tot 65535 zijn</translation>
    </message>
    <message>
        <source>it must be &quot;tls&quot; or &quot;starttls&quot;</source>
        <translation>de waarde moet ‘tls’ of ‘starttls’ zijn</translation>
    </message>
    <message>
        <source>The provider file %1 cannot be used: %2.</source>
        <translation>Het providerbestand %1 kan niet worden gebruikt: %2.</translation>
    </message>
    <message>
        <source>The provider file %1 cannot be used: the key &quot;%2&quot; is wrong: %3.</source>
        <translation>Het providerbestand %1 kan niet worden gebruikt: de sleutel ‘%2’ is fout: %3.</translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation>het bestand bestaat niet</translation>
    </message>
    <message>
        <source>it is not a regular file but a folder, a device or a pipe</source>
        <translation>het is geen gewoon bestand maar een map, een apparaat of een pipe</translation>
    </message>
    <message>
        <source>the file cannot be read</source>
        <translation>het bestand kan niet worden gelezen</translation>
    </message>
    <message>
        <source>the file is too large to be a provider profile</source>
        <translation>het bestand is te groot voor een providerprofiel</translation>
    </message>
    <message>
        <source>it is not valid JSON (%1 at character %2)</source>
        <translation>de inhoud is geen geldige JSON (%1 bij teken %2)</translation>
    </message>
    <message>
        <source>it must hold one JSON object</source>
        <translation>de inhoud moet één JSON-object zijn</translation>
    </message>
    <message>
        <source>it must be a list of scopes</source>
        <translation>de waarde moet een lijst van scopes zijn</translation>
    </message>
    <message>
        <source>each scope must be one word of text</source>
        <translation>elke scope moet één woord tekst zijn</translation>
    </message>
    <message>
        <source>it must contain {domain} where the domain goes</source>
        <translation>de waarde moet {domain} bevatten op de plaats van het domein</translation>
    </message>
    <message>
        <source>it must be an http or https address with {domain} after the host name</source>
        <translation>de waarde moet een http- of https-adres zijn met {domain} na de hostnaam</translation>
    </message>
    <message>
        <source>the file %1 holds no PEM certificate</source>
        <translation>het bestand %1 bevat geen PEM-certificaat</translation>
    </message>
    <message>
        <source>the file %1 does not exist</source>
        <translation>het bestand %1 bestaat niet</translation>
    </message>
    <message>
        <source>%1 is not a regular file but a folder, a device or a pipe</source>
        <translation>%1 is geen gewoon bestand maar een map, een apparaat of een pipe</translation>
    </message>
    <message>
        <source>the file %1 cannot be read</source>
        <translation>het bestand %1 kan niet worden gelezen</translation>
    </message>
    <message>
        <source>the file %1 is larger than %2 KB</source>
        <translation>het bestand %1 is groter dan %2 KB</translation>
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
        <translation>Uw account is klaar</translation>
    </message>
    <message>
        <source>These are the settings any mail app asks for. Copy them one by one into the app.</source>
        <translation>Dit zijn de instellingen waar elke e-mail-app om vraagt. Kopieer ze een voor een naar de app.</translation>
    </message>
    <message>
        <source>Incoming mail (IMAP)</source>
        <translation>Inkomende server (IMAP)</translation>
    </message>
    <message>
        <source>IMAP</source>
        <translation>IMAP</translation>
    </message>
    <message>
        <source>Incoming mail (POP)</source>
        <translation>Inkomende server (POP)</translation>
    </message>
    <message>
        <source>POP</source>
        <translation>POP</translation>
    </message>
    <message>
        <source>Only if your app uses POP instead of IMAP.</source>
        <translation>Alleen als uw app POP gebruikt in plaats van IMAP.</translation>
    </message>
    <message>
        <source>Outgoing mail (SMTP)</source>
        <translation>Uitgaande server (SMTP)</translation>
    </message>
    <message>
        <source>SMTP</source>
        <translation>SMTP</translation>
    </message>
    <message>
        <source>Signing in</source>
        <translation>Aanmelden</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>Gebruikersnaam:</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Gebruikersnaam</translation>
    </message>
    <message>
        <source>Authentication:</source>
        <translation>Verificatie:</translation>
    </message>
    <message>
        <source>Authentication method</source>
        <translation>Verificatiemethode</translation>
    </message>
    <message>
        <source>Choose OAuth2 in your mail app; some apps call it &quot;Sign in with Microsoft&quot; or &quot;Modern authentication&quot;. Your password will not work there, and neither will an app password: Microsoft no longer lets mail apps sign in with a password.</source>
        <translation>Kies OAuth2 in uw e-mail-app; sommige apps noemen het ‘Aanmelden met Microsoft’ of ‘Moderne verificatie’. Uw wachtwoord werkt daar niet, en een app-wachtwoord ook niet: Microsoft laat e-mail-apps zich niet meer met een wachtwoord aanmelden.</translation>
    </message>
    <message>
        <source>Save a &amp;report for the helpdesk…</source>
        <translation>&amp;Rapport opslaan voor de helpdesk…</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Server:</translation>
    </message>
    <message>
        <source>%1 server</source>
        <translation>%1-server</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Poort:</translation>
    </message>
    <message>
        <source>%1 port</source>
        <translation>%1-poort</translation>
    </message>
    <message>
        <source>Encryption:</source>
        <translation>Versleuteling:</translation>
    </message>
    <message>
        <source>%1 encryption</source>
        <translation>%1-versleuteling</translation>
    </message>
    <message>
        <source>%1 is on the clipboard: %2</source>
        <translation>%1 staat op het klembord: %2</translation>
    </message>
    <message>
        <source>OAuth2 (Sign in with Microsoft)</source>
        <translation>OAuth2 (Aanmelden met Microsoft)</translation>
    </message>
    <message>
        <source>%1 works: incoming and outgoing mail were checked.</source>
        <translation>%1 werkt: inkomende en uitgaande e-mail zijn gecontroleerd.</translation>
    </message>
    <message>
        <source>Saving your sign-in…</source>
        <translation>Uw aanmelding wordt opgeslagen…</translation>
    </message>
    <message>
        <source>Your sign-in could not be saved, so you will have to sign in again next time. What went wrong: %1</source>
        <translation>Uw aanmelding kon niet worden opgeslagen, dus u moet zich de volgende keer opnieuw aanmelden. Wat er misging: %1</translation>
    </message>
    <message>
        <source>Your sign-in is kept in %1. Mail Setup never saves your password: Microsoft does not give it out.</source>
        <translation>Uw aanmelding wordt %1 bewaard. Mail Setup slaat uw wachtwoord nooit op: Microsoft geeft het niet prijs.</translation>
    </message>
    <message>
        <source>Save settings for &amp;another app…</source>
        <translation>Instellingen opslaan voor een a&amp;ndere app…</translation>
    </message>
    <message>
        <source>Saves these settings as a file that Thunderbird and other mail apps can read (Mozilla autoconfig).</source>
        <translation>Slaat deze instellingen op als een bestand dat Thunderbird en andere e-mail-apps kunnen lezen (Mozilla-autoconfig).</translation>
    </message>
    <message>
        <source>Command that checks the account again</source>
        <translation>Opdracht die het account opnieuw controleert</translation>
    </message>
    <message>
        <source>The command is on the clipboard.</source>
        <translation>De opdracht staat op het klembord.</translation>
    </message>
    <message>
        <source>Saves what Mail Setup did and found as a web page, without any password or token, for whoever helps you with your mail.</source>
        <translation>Slaat op wat Mail Setup deed en vond, als webpagina, zonder wachtwoord of token, voor wie u helpt met uw e-mail.</translation>
    </message>
    <message>
        <source>Incoming mail works for %1; sending does not work yet. Your settings are saved: once sending has been switched on, open Mail Setup again and choose Check again, or run this command:</source>
        <translation>Ontvangen werkt voor %1; verzenden werkt nog niet. Uw instellingen zijn bewaard: zodra verzenden is ingeschakeld, opent u Mail Setup opnieuw en kiest u Opnieuw controleren, of voert u deze opdracht uit:</translation>
    </message>
    <message>
        <source>Set up a &amp;printer, scanner or another device…</source>
        <translation>Een &amp;printer, scanner of ander apparaat instellen…</translation>
    </message>
    <message>
        <source>Starts a relay on this computer for devices that only know a user name and a password, and gives a device a password of its own.</source>
        <translation>Start op deze computer een relay voor apparaten die alleen een gebruikersnaam en een wachtwoord kennen, en geeft een apparaat een eigen wachtwoord.</translation>
    </message>
    <message>
        <source>&amp;Show the POP settings</source>
        <translation>P&amp;OP-instellingen tonen</translation>
    </message>
    <message>
        <source>Shows the incoming mail settings for an app that uses POP instead of IMAP. Choose IMAP where the app offers both.</source>
        <translation>Toont de instellingen voor inkomende e-mail voor een programma dat POP gebruikt in plaats van IMAP. Kies IMAP waar het programma beide aanbiedt.</translation>
    </message>
</context>
<context>
    <name>RelayCertificate</name>
    <message>
        <source>The relay&apos;s certificate could not be made with %1: %2</source>
        <translation>Het certificaat van de relay kon niet worden gemaakt met %1: %2</translation>
    </message>
    <message>
        <source>The relay&apos;s certificate in %1 cannot be read. Remove the folder to make a new one; devices that check the certificate must then be told its new fingerprint.</source>
        <translation>Het certificaat van de relay in %1 kan niet worden gelezen. Verwijder de map om een nieuw certificaat te laten maken; apparaten die het certificaat controleren, moeten dan de nieuwe vingerafdruk krijgen.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be made.</source>
        <translation>De map %1 kan niet worden gemaakt.</translation>
    </message>
    <message>
        <source>The relay needs the openssl program to make its certificate, and it is not installed.</source>
        <translation>De relay heeft het programma openssl nodig om zijn certificaat te maken, en dat is niet geïnstalleerd.</translation>
    </message>
    <message>
        <source>The file %1 cannot be written.</source>
        <translation>Het bestand %1 kan niet worden geschreven.</translation>
    </message>
    <message>
        <source>The certificate openssl made cannot be read.</source>
        <translation>Het certificaat dat openssl heeft gemaakt, kan niet worden gelezen.</translation>
    </message>
</context>
<context>
    <name>RelayServer</name>
    <message>
        <source>The relay listens on %1, which other computers can reach, only with --allow naming the networks it may serve (such as --allow 192.168.1.0/24): otherwise anyone there could try passwords.</source>
        <translation>De relay luistert op %1, een adres dat andere computers kunnen bereiken, alleen met --allow dat de netwerken noemt die hij mag bedienen (zoals --allow 192.168.1.0/24): anders zou iedereen daar wachtwoorden kunnen uitproberen.</translation>
    </message>
    <message>
        <source>The relay cannot listen on %1 port %2: %3</source>
        <translation>De relay kan niet luisteren op %1, poort %2: %3</translation>
    </message>
    <message numerus="yes">
        <source>A wrong password for device %1 from %2 (%n in this connection).</source>
        <translation>
            <numerusform>Een verkeerd wachtwoord voor apparaat %1 vanaf %2 (%n keer in deze verbinding).</numerusform>
            <numerusform>Een verkeerd wachtwoord voor apparaat %1 vanaf %2 (%n keer in deze verbinding).</numerusform>
        </translation>
    </message>
    <message>
        <source>A message from device %1 was refused: %2.</source>
        <translation>Een bericht van apparaat %1 is geweigerd: %2.</translation>
    </message>
    <message>
        <source>A message from device %1 was not sent: the relay could not get a sign-in for %2. %3 The device was told to try again later.</source>
        <translation>Een bericht van apparaat %1 is niet verzonden: de relay kon geen aanmelding voor %2 krijgen. %3 Het apparaat is gevraagd het later opnieuw te proberen.</translation>
    </message>
    <message numerus="yes">
        <source>A message from device %1 to %n recipient(s) was sent through %2 (%3 bytes).</source>
        <translation>
            <numerusform>Een bericht van apparaat %1 aan %n ontvanger is verzonden via %2 (%3 bytes).</numerusform>
            <numerusform>Een bericht van apparaat %1 aan %n ontvangers is verzonden via %2 (%3 bytes).</numerusform>
        </translation>
    </message>
    <message>
        <source>The server did not accept it.</source>
        <translation>De server heeft het niet aangenomen.</translation>
    </message>
    <message>
        <source>A message from device %1 was not sent: %2 The device was told it cannot be sent (%3).</source>
        <translation>Een bericht van apparaat %1 is niet verzonden: %2 Aan het apparaat is gemeld dat het bericht niet kan worden verzonden (%3).</translation>
    </message>
    <message>
        <source>A message from device %1 was not sent: %2 The device was told to try again later (%3).</source>
        <translation>Een bericht van apparaat %1 is niet verzonden: %2 Het apparaat is gevraagd het later opnieuw te proberen (%3).</translation>
    </message>
    <message>
        <source>Refused a connection from %1: that address is not in the networks allowed with --allow.</source>
        <translation>Verbinding van %1 geweigerd: dat adres valt niet in de netwerken die met --allow zijn toegestaan.</translation>
    </message>
    <message numerus="yes">
        <source>Refused a connection from %1: %n device(s) are already connected, as many as the relay takes at once.</source>
        <translation>
            <numerusform>Verbinding van %1 geweigerd: er is al %n apparaat verbonden, zoveel als de relay tegelijk aanneemt.</numerusform>
            <numerusform>Verbinding van %1 geweigerd: er zijn al %n apparaten verbonden, zoveel als de relay tegelijk aanneemt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A message from device %1 was not taken: %n message(s) are already waiting, as many as the relay holds. The device was told to try again later.</source>
        <translation>
            <numerusform>Een bericht van apparaat %1 is niet aangenomen: er wacht al %n bericht, zoveel als de relay vasthoudt. Het apparaat is gevraagd het later opnieuw te proberen.</numerusform>
            <numerusform>Een bericht van apparaat %1 is niet aangenomen: er wachten al %n berichten, zoveel als de relay vasthoudt. Het apparaat is gevraagd het later opnieuw te proberen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RelayService</name>
    <message>
        <source>%1 ended with exit code %2.</source>
        <translation>%1 eindigde met afsluitcode %2.</translation>
    </message>
    <message>
        <source>%1 could not be started.</source>
        <translation>%1 kon niet worden gestart.</translation>
    </message>
    <message numerus="yes">
        <source>%1 did not answer within %n second(s).</source>
        <translation>
            <numerusform>%1 heeft niet binnen %n seconde geantwoord.</numerusform>
            <numerusform>%1 heeft niet binnen %n seconden geantwoord.</numerusform>
        </translation>
    </message>
    <message>
        <source>The service file %1 cannot be written.</source>
        <translation>Het servicebestand %1 kan niet worden geschreven.</translation>
    </message>
    <message>
        <source>systemctl is not installed.</source>
        <translation>systemctl is niet geïnstalleerd.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be made.</source>
        <translation>De map %1 kan niet worden aangemaakt.</translation>
    </message>
    <message>
        <source>The relay could not be started: %1</source>
        <translation>De relay kon niet worden gestart: %1</translation>
    </message>
    <message>
        <source>The file %1 cannot be written.</source>
        <translation>Het bestand %1 kan niet worden geschreven.</translation>
    </message>
    <message>
        <source>The relay (process %1) did not stop.</source>
        <translation>De relay (proces %1) is niet gestopt.</translation>
    </message>
    <message>
        <source>Mail Setup cannot stop a relay on this system.</source>
        <translation>Mail Setup kan op dit systeem geen relay stoppen.</translation>
    </message>
    <message>
        <source>The service&apos;s own words are in its journal: journalctl --user -u %1</source>
        <translation>De eigen woorden van de service staan in zijn journal: journalctl --user -u %1</translation>
    </message>
</context>
<context>
    <name>RelaySession</name>
    <message>
        <source>Device %1 signed in from %2.</source>
        <translation>Apparaat %1 heeft zich aangemeld vanaf %2.</translation>
    </message>
    <message>
        <source>A device could not sign in: %1</source>
        <translation>Een apparaat kon zich niet aanmelden: %1</translation>
    </message>
    <message>
        <source>the message is larger than the relay takes</source>
        <translation>het bericht is groter dan de relay aanneemt</translation>
    </message>
    <message>
        <source>the sender %1 is not the account&apos;s address</source>
        <translation>de afzender %1 is niet het adres van het account</translation>
    </message>
    <message>
        <source>the device sent more messages in a minute than the relay takes</source>
        <translation>het apparaat verzond in een minuut meer berichten dan de relay aanneemt</translation>
    </message>
</context>
<context>
    <name>ReportFormat</name>
    <message>
        <source>Who can fix it: %1</source>
        <translation>Wie dit kan oplossen: %1</translation>
    </message>
    <message>
        <source>The server said: %1</source>
        <translation>De server zei: %1</translation>
    </message>
    <message>
        <source>Diagnosis code: %1</source>
        <translation>Diagnosecode: %1</translation>
    </message>
    <message>
        <source>Incoming mail (IMAP, %1)</source>
        <translation>Inkomende e-mail (IMAP, %1)</translation>
    </message>
    <message>
        <source>Outgoing mail (SMTP, %1)</source>
        <translation>Uitgaande e-mail (SMTP, %1)</translation>
    </message>
    <message>
        <source>✓ The test message arrived in your inbox after %1 ms.</source>
        <translation>✓ Het testbericht kwam na %1 ms aan in uw Postvak IN.</translation>
    </message>
    <message>
        <source>✗ The test message was sent but was not seen in your inbox.</source>
        <translation>✗ Het testbericht is verzonden, maar werd niet gezien in uw Postvak IN.</translation>
    </message>
    <message>
        <source>✗ The test message could not be sent.</source>
        <translation>✗ Het testbericht kon niet worden verzonden.</translation>
    </message>
    <message>
        <source>Your account works: it can receive and send e-mail.</source>
        <translation>Uw account werkt: het kan e-mail ontvangen en verzenden.</translation>
    </message>
    <message>
        <source>Your account does not work yet. See above for what failed and who can fix it.</source>
        <translation>Uw account werkt nog niet. Zie hierboven wat er mislukte en wie het kan oplossen.</translation>
    </message>
</context>
<context>
    <name>SavedAccountsPage</name>
    <message>
        <source>Personal Microsoft account (Outlook.com)</source>
        <translation>Persoonlijk Microsoft-account (Outlook.com)</translation>
    </message>
    <message>
        <source>Work or school account (Microsoft 365)</source>
        <translation>Werk- of schoolaccount (Microsoft 365)</translation>
    </message>
    <message>
        <source>Your accounts on this computer</source>
        <translation>Uw accounts op deze computer</translation>
    </message>
    <message>
        <source>Mail Setup set up these accounts here before and keeps their sign-in. Check one again, forget it, or set up another account.</source>
        <translation>Mail Setup heeft deze accounts hier al ingesteld en bewaart hun aanmelding. Controleer er een opnieuw, vergeet het, of stel een ander account in.</translation>
    </message>
    <message>
        <source>Sign in &amp;again</source>
        <translation>Opnieuw &amp;aanmelden</translation>
    </message>
    <message>
        <source>Sign in again</source>
        <translation>Opnieuw aanmelden</translation>
    </message>
    <message>
        <source>Goes on to Microsoft&apos;s sign-in for this account.</source>
        <translation>Gaat verder naar de aanmelding bij Microsoft voor dit account.</translation>
    </message>
    <message>
        <source>Set up &amp;another account</source>
        <translation>Een &amp;ander account instellen</translation>
    </message>
    <message>
        <source>Set up another account</source>
        <translation>Een ander account instellen</translation>
    </message>
    <message>
        <source>Goes on to an empty address page, for an account that is not set up here yet.</source>
        <translation>Gaat verder naar een lege adrespagina, voor een account dat hier nog niet is ingesteld.</translation>
    </message>
    <message>
        <source>Signs in as %1</source>
        <translation>Meldt %1 aan</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Opnieuw controleren</translation>
    </message>
    <message>
        <source>Check %1 again</source>
        <translation>%1 opnieuw controleren</translation>
    </message>
    <message>
        <source>Checks incoming and outgoing mail again with the sign-in Mail Setup keeps, without opening the browser.</source>
        <translation>Controleert ontvangen en verzenden opnieuw met de aanmelding die Mail Setup bewaart, zonder de browser te openen.</translation>
    </message>
    <message>
        <source>Forget…</source>
        <translation>Vergeten…</translation>
    </message>
    <message>
        <source>Forget %1</source>
        <translation>%1 vergeten</translation>
    </message>
    <message>
        <source>Asks once more, then removes this account&apos;s sign-in from the keychain and its settings from this computer.</source>
        <translation>Vraagt het nog eens en verwijdert dan de aanmelding van dit account uit de sleutelhanger en de instellingen ervan van deze computer.</translation>
    </message>
    <message>
        <source>Forget %1? Its sign-in is removed from the keychain and its settings from this computer. Mail apps that get their sign-in from Mail Setup stop working for it until you set it up again.</source>
        <translation>%1 vergeten? De aanmelding wordt uit de sleutelhanger verwijderd en de instellingen van deze computer. E-mailprogramma&apos;s die hun aanmelding van Mail Setup krijgen, werken er niet meer voor tot u het opnieuw instelt.</translation>
    </message>
    <message>
        <source>Yes, forget it</source>
        <translation>Ja, vergeten</translation>
    </message>
    <message>
        <source>Yes, forget %1</source>
        <translation>Ja, %1 vergeten</translation>
    </message>
    <message>
        <source>Removes the sign-in and the settings of this account now.</source>
        <translation>Verwijdert nu de aanmelding en de instellingen van dit account.</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Bewaren</translation>
    </message>
    <message>
        <source>Keep %1</source>
        <translation>%1 bewaren</translation>
    </message>
    <message>
        <source>Keeps the account as it is.</source>
        <translation>Laat het account zoals het is.</translation>
    </message>
    <message>
        <source>Forgetting %1…</source>
        <translation>%1 wordt vergeten…</translation>
    </message>
    <message>
        <source>Set up &amp;an account</source>
        <translation>Een &amp;account instellen</translation>
    </message>
    <message>
        <source>Taking up the sign-in kept for %1…</source>
        <translation>De bewaarde aanmelding voor %1 wordt opgepakt…</translation>
    </message>
    <message>
        <source>The sign-in kept for %1 cannot be used: %2 Sign in again to check the account.</source>
        <translation>De bewaarde aanmelding voor %1 kan niet worden gebruikt: %2 Meld u opnieuw aan om het account te controleren.</translation>
    </message>
    <message>
        <source>Mail Setup forgot %1: its sign-in and settings are removed from this computer.</source>
        <translation>Mail Setup is %1 vergeten: de aanmelding en de instellingen zijn van deze computer verwijderd.</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>Mail Setup closed the keychain before it answered.</source>
        <translation>Mail Setup sloot de sleutelhanger voordat die antwoordde.</translation>
    </message>
    <message>
        <source>The keychain holds no such secret.</source>
        <translation>De sleutelhanger bevat zo&apos;n geheim niet.</translation>
    </message>
    <message numerus="yes">
        <source>The keychain did not answer within %n second(s).</source>
        <translation>
            <numerusform>De sleutelhanger antwoordde niet binnen %n seconde.</numerusform>
            <numerusform>De sleutelhanger antwoordde niet binnen %n seconden.</numerusform>
        </translation>
    </message>
    <message>
        <source>No keychain is available on this computer.</source>
        <translation>Er is geen sleutelhanger beschikbaar op deze computer.</translation>
    </message>
    <message>
        <source>The keychain is locked.</source>
        <translation>De sleutelhanger is vergrendeld.</translation>
    </message>
    <message>
        <source>The keychain did not do what Mail Setup asked.</source>
        <translation>De sleutelhanger deed niet wat Mail Setup vroeg.</translation>
    </message>
    <message>
        <source>No key was given for the secret.</source>
        <translation>Er is geen sleutel voor het geheim opgegeven.</translation>
    </message>
</context>
<context>
    <name>SettingsExport</name>
    <message>
        <source>SSL/TLS (encrypted from the start)</source>
        <translation>SSL/TLS (versleuteld vanaf het begin)</translation>
    </message>
    <message>
        <source>STARTTLS</source>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <source>Settings for %1 (%2)</source>
        <translation>Instellingen voor %1 (%2)</translation>
    </message>
    <message>
        <source>Incoming mail (IMAP): %1, port %2, %3</source>
        <translation>Inkomende server (IMAP): %1, poort %2, %3</translation>
    </message>
    <message>
        <source>Outgoing mail (SMTP): %1, port %2, %3</source>
        <translation>Uitgaande server (SMTP): %1, poort %2, %3</translation>
    </message>
    <message>
        <source>User name: %1</source>
        <translation>Gebruikersnaam: %1</translation>
    </message>
    <message>
        <source>Sign-in: OAuth2 (&quot;Sign in with Microsoft&quot;). There is no password to type: the mail app opens Microsoft&apos;s sign-in page.</source>
        <translation>Aanmelden: OAuth2 (‘Aanmelden met Microsoft’). Er hoeft geen wachtwoord te worden getypt: de e-mail-app opent de aanmeldpagina van Microsoft.</translation>
    </message>
</context>
<context>
    <name>SetupController</name>
    <message>
        <source>Mail Setup report</source>
        <translation>Rapport van Mail Setup</translation>
    </message>
    <message>
        <source>Created: %1</source>
        <translation>Gemaakt: %1</translation>
    </message>
    <message>
        <source>Mail Setup version: %1</source>
        <translation>Versie van Mail Setup: %1</translation>
    </message>
    <message>
        <source>Address: %1</source>
        <translation>Adres: %1</translation>
    </message>
    <message>
        <source>Provider: %1 (%2)</source>
        <translation>Provider: %1 (%2)</translation>
    </message>
    <message>
        <source>personal Microsoft account</source>
        <translation>persoonlijk Microsoft-account</translation>
    </message>
    <message>
        <source>work or school account</source>
        <translation>werk- of schoolaccount</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>onbekend</translation>
    </message>
    <message>
        <source>Account kind: %1</source>
        <translation>Soort account: %1</translation>
    </message>
    <message>
        <source>Tenant: %1</source>
        <translation>Tenant: %1</translation>
    </message>
    <message>
        <source>Signed in as: %1</source>
        <translation>Aangemeld als: %1</translation>
    </message>
    <message>
        <source>Application (client) ID: %1</source>
        <translation>Toepassings-id (client): %1</translation>
    </message>
    <message>
        <source>Sign-in problem: %1</source>
        <translation>Probleem bij aanmelden: %1</translation>
    </message>
    <message>
        <source>Diagnosis code: %1</source>
        <translation>Diagnosecode: %1</translation>
    </message>
    <message>
        <source>Microsoft said: %1</source>
        <translation>Microsoft zei: %1</translation>
    </message>
    <message>
        <source>Transcript (secrets removed)</source>
        <translation>Transcript (zonder geheimen)</translation>
    </message>
    <message>
        <source>Nothing is saved for %1 on this computer any more.</source>
        <translation>Er is op deze computer niets meer bewaard voor %1.</translation>
    </message>
    <message>
        <source>The sign-in of %1 could not be removed from %2, so its settings stay too. %3</source>
        <translation>De aanmelding van %1 kon niet uit %2 worden verwijderd, dus de instellingen blijven ook. %3</translation>
    </message>
    <message>
        <source>The sign-in of %1 is removed, but its settings in %2 could not be changed.</source>
        <translation>De aanmelding van %1 is verwijderd, maar de instellingen in %2 konden niet worden gewijzigd.</translation>
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
        <translation>Stelt een postvak van Outlook.com of Microsoft 365 in en bewijst dat het werkt.</translation>
    </message>
    <message>
        <source>Goes on to the next step.</source>
        <translation>Gaat verder naar de volgende stap.</translation>
    </message>
    <message>
        <source>Goes back to the previous step.</source>
        <translation>Gaat terug naar de vorige stap.</translation>
    </message>
    <message>
        <source>Stops the setup. Nothing that is not finished is saved.</source>
        <translation>Stopt het instellen. Wat niet klaar is, wordt niet opgeslagen.</translation>
    </message>
    <message>
        <source>Closes Mail Setup.</source>
        <translation>Sluit Mail Setup.</translation>
    </message>
    <message>
        <source>Save a report for the helpdesk</source>
        <translation>Een rapport opslaan voor de helpdesk</translation>
    </message>
    <message>
        <source>The settings could not be saved in %1: %2</source>
        <translation>De instellingen konden niet worden opgeslagen in %1: %2</translation>
    </message>
    <message>
        <source>The settings are saved in %1. Mail apps that read Mozilla autoconfig files, such as Thunderbird, can use them.</source>
        <translation>De instellingen zijn opgeslagen in %1. E-mail-apps die autoconfig-bestanden van Mozilla lezen, zoals Thunderbird, kunnen ze gebruiken.</translation>
    </message>
    <message>
        <source>Web pages (*.html)</source>
        <translation>Webpagina&apos;s (*.html)</translation>
    </message>
    <message>
        <source>The report is saved in %1 (to open in a web browser), with the same facts for the helpdesk&apos;s programs in %2. It contains no password and no token.</source>
        <translation>Het rapport is opgeslagen in %1 (om te openen in een webbrowser), met dezelfde gegevens voor de programma&apos;s van de helpdesk in %2. Het bevat geen wachtwoord en geen token.</translation>
    </message>
    <message>
        <source>Save the server settings</source>
        <translation>De serverinstellingen opslaan</translation>
    </message>
    <message>
        <source>Mail app settings (*.xml)</source>
        <translation>Instellingen voor e-mailprogramma&apos;s (*.xml)</translation>
    </message>
</context>
<context>
    <name>SignInPage</name>
    <message>
        <source>You are signed in</source>
        <translation>U bent aangemeld</translation>
    </message>
    <message>
        <source>Mail Setup received your sign-in. You can close this tab and go back to Mail Setup, which will now check your mailbox.</source>
        <translation>Mail Setup heeft uw aanmelding ontvangen. U kunt dit tabblad sluiten en teruggaan naar Mail Setup, dat nu uw postvak gaat controleren.</translation>
    </message>
    <message>
        <source>You signed in with another account</source>
        <translation>U hebt zich aangemeld met een ander account</translation>
    </message>
    <message>
        <source>You signed in as %1, but Mail Setup is setting up %2.</source>
        <translation>U hebt zich aangemeld als %1, maar Mail Setup stelt %2 in.</translation>
    </message>
    <message>
        <source>Go back to Mail Setup to sign in again with the right account. You can close this tab.</source>
        <translation>Ga terug naar Mail Setup om u opnieuw aan te melden met het juiste account. U kunt dit tabblad sluiten.</translation>
    </message>
    <message>
        <source>The sign-in was cancelled</source>
        <translation>De aanmelding is geannuleerd</translation>
    </message>
    <message>
        <source>Microsoft says that the sign-in was cancelled or that permission was not given, so nothing was set up.</source>
        <translation>Microsoft meldt dat de aanmelding is geannuleerd of dat er geen toestemming is gegeven, dus er is niets ingesteld.</translation>
    </message>
    <message>
        <source>Go back to Mail Setup to start the sign-in again. You can close this tab.</source>
        <translation>Ga terug naar Mail Setup om de aanmelding opnieuw te starten. U kunt dit tabblad sluiten.</translation>
    </message>
    <message>
        <source>Go back to Mail Setup: it says what happened and what you can do. You can close this tab.</source>
        <translation>Ga terug naar Mail Setup: daar staat wat er gebeurde en wat u kunt doen. U kunt dit tabblad sluiten.</translation>
    </message>
    <message>
        <source>The sign-in did not finish</source>
        <translation>De aanmelding is niet voltooid</translation>
    </message>
    <message>
        <source>Mail Setup stopped waiting for this sign-in</source>
        <translation>Mail Setup wacht niet meer op deze aanmelding</translation>
    </message>
    <message>
        <source>The sign-in was cancelled in Mail Setup, or its time ran out, so nothing was set up.</source>
        <translation>De aanmelding is in Mail Setup geannuleerd, of de tijd is verstreken, dus er is niets ingesteld.</translation>
    </message>
    <message>
        <source>To sign in, start again in Mail Setup. You can close this tab.</source>
        <translation>Begin opnieuw in Mail Setup om u aan te melden. U kunt dit tabblad sluiten.</translation>
    </message>
    <message>
        <source>Mail Setup already has the answer</source>
        <translation>Mail Setup heeft het antwoord al</translation>
    </message>
    <message>
        <source>Mail Setup has already received the answer to this sign-in.</source>
        <translation>Mail Setup heeft het antwoord op deze aanmelding al ontvangen.</translation>
    </message>
    <message>
        <source>Go back to Mail Setup to see how the sign-in ended. You can close this tab.</source>
        <translation>Ga terug naar Mail Setup om te zien hoe de aanmelding is afgelopen. U kunt dit tabblad sluiten.</translation>
    </message>
    <message>
        <source>Almost done</source>
        <translation>Bijna klaar</translation>
    </message>
    <message>
        <source>Mail Setup received your sign-in and is finishing it with Microsoft.</source>
        <translation>Mail Setup heeft uw aanmelding ontvangen en rondt die af met Microsoft.</translation>
    </message>
    <message>
        <source>Go back to Mail Setup to see how it ends. You can close this tab.</source>
        <translation>Ga terug naar Mail Setup om te zien hoe het afloopt. U kunt dit tabblad sluiten.</translation>
    </message>
    <message>
        <source>Nothing happened</source>
        <translation>Er is niets gebeurd</translation>
    </message>
    <message>
        <source>This address on your computer is only for the answer to Mail Setup&apos;s sign-in with Microsoft.</source>
        <translation>Dit adres op uw computer is alleen bedoeld voor het antwoord op de aanmelding van Mail Setup bij Microsoft.</translation>
    </message>
    <message>
        <source>This request was not that answer, so Mail Setup ignored it and nothing happened.</source>
        <translation>Dit verzoek was niet dat antwoord, dus Mail Setup heeft het genegeerd en er is niets gebeurd.</translation>
    </message>
    <message>
        <source>You can close this tab.</source>
        <translation>U kunt dit tabblad sluiten.</translation>
    </message>
    <message>
        <source>Sign in with Microsoft</source>
        <translation>Aanmelden met Microsoft</translation>
    </message>
    <message>
        <source>&amp;Sign in with Microsoft</source>
        <translation>&amp;Aanmelden met Microsoft</translation>
    </message>
    <message>
        <source>Opens Microsoft&apos;s sign-in page in your browser.</source>
        <translation>Opent de aanmeldpagina van Microsoft in uw browser.</translation>
    </message>
    <message>
        <source>This copy of Mail Setup has no application (client) ID, and Microsoft lets only registered applications sign in to a mailbox. Start Mail Setup with --client-id and the ID your IT department registered, or with a provider file that names one. The file docs/app-registration.md says how to register Mail Setup.</source>
        <translation>Dit exemplaar van Mail Setup heeft geen toepassings-id (client), en Microsoft laat alleen geregistreerde toepassingen zich bij een postvak aanmelden. Start Mail Setup met --client-id en de id die uw IT-afdeling heeft geregistreerd, of met een providerbestand dat er een noemt. Het bestand docs/app-registration.md beschrijft hoe u Mail Setup registreert.</translation>
    </message>
    <message>
        <source>Time left to sign in</source>
        <translation>Resterende tijd om u aan te melden</translation>
    </message>
    <message>
        <source>&amp;Copy link</source>
        <translation>&amp;Koppeling kopiëren</translation>
    </message>
    <message>
        <source>Puts the address of the sign-in page on the clipboard, to open it in another browser.</source>
        <translation>Zet het adres van de aanmeldpagina op het klembord, om het in een andere browser te openen.</translation>
    </message>
    <message>
        <source>&amp;Open again</source>
        <translation>Opnieuw &amp;openen</translation>
    </message>
    <message>
        <source>Opens the sign-in page in your browser once more, if you closed it.</source>
        <translation>Opent de aanmeldpagina nog een keer in uw browser, als u die hebt gesloten.</translation>
    </message>
    <message>
        <source>Cancel &amp;sign-in</source>
        <translation>Aanmelden ann&amp;uleren</translation>
    </message>
    <message>
        <source>Stops waiting for the browser. You can sign in again afterwards.</source>
        <translation>Stopt met wachten op de browser. U kunt zich daarna opnieuw aanmelden.</translation>
    </message>
    <message>
        <source>Continue &amp;without saving</source>
        <translation>Doorgaan &amp;zonder opslaan</translation>
    </message>
    <message>
        <source>Signs in anyway. The sign-in is kept in memory only and is gone when Mail Setup closes.</source>
        <translation>Meldt u toch aan. De aanmelding wordt alleen in het geheugen bewaard en is weg als Mail Setup sluit.</translation>
    </message>
    <message>
        <source>Try the &amp;keychain again</source>
        <translation>&amp;Sleutelhanger opnieuw proberen</translation>
    </message>
    <message>
        <source>Asks the keychain once more, for example after you unlocked it.</source>
        <translation>Vraagt het de sleutelhanger nog een keer, bijvoorbeeld nadat u hem hebt ontgrendeld.</translation>
    </message>
    <message>
        <source>Mail Setup opens Microsoft&apos;s sign-in page in your browser. Your password stays between you and Microsoft: Mail Setup never sees it.</source>
        <translation>Mail Setup opent de aanmeldpagina van Microsoft in uw browser. Uw wachtwoord blijft tussen u en Microsoft: Mail Setup ziet het nooit.</translation>
    </message>
    <message>
        <source>Sign in as %1. If Microsoft asks whether Mail Setup may read and send your mail, choose Accept: without it, Mail Setup cannot check your mailbox.</source>
        <translation>Meld u aan als %1. Als Microsoft vraagt of Mail Setup uw e-mail mag lezen en verzenden, kiest u Accepteren: zonder die toestemming kan Mail Setup uw postvak niet controleren.</translation>
    </message>
    <message>
        <source>Checking that this computer&apos;s keychain can keep your sign-in…</source>
        <translation>Controleren of de sleutelhanger van deze computer uw aanmelding kan bewaren…</translation>
    </message>
    <message>
        <source>Your browser shows Microsoft&apos;s sign-in page. Sign in there as %1; Mail Setup goes on by itself when you are done.</source>
        <translation>Uw browser toont de aanmeldpagina van Microsoft. Meld u daar aan als %1; Mail Setup gaat vanzelf verder als u klaar bent.</translation>
    </message>
    <message>
        <source>Microsoft has answered. Finishing the sign-in…</source>
        <translation>Microsoft heeft geantwoord. De aanmelding wordt afgerond…</translation>
    </message>
    <message>
        <source>Microsoft knows this account as %1. Checking that the mailbox accepts it for %2…</source>
        <translation>Microsoft kent dit account als %1. Controleren of het postvak het accepteert voor %2…</translation>
    </message>
    <message>
        <source>The sign-in did not work.</source>
        <translation>De aanmelding is niet gelukt.</translation>
    </message>
    <message>
        <source>Mail Setup could not open a browser. Choose &quot;Copy link&quot; and open the link in a browser yourself.</source>
        <translation>Mail Setup kon geen browser openen. Kies ‘Koppeling kopiëren’ en open de koppeling zelf in een browser.</translation>
    </message>
    <message>
        <source>%1:%2</source>
        <translation>%1:%2</translation>
    </message>
    <message>
        <source>Time left to sign in: %1</source>
        <translation>Resterende tijd om u aan te melden: %1</translation>
    </message>
    <message>
        <source>Less than a minute is left to finish signing in.</source>
        <translation>Er is minder dan een minuut over om de aanmelding af te ronden.</translation>
    </message>
    <message>
        <source>The link is on the clipboard. Paste it into the address bar of a browser.</source>
        <translation>De koppeling staat op het klembord. Plak haar in de adresbalk van een browser.</translation>
    </message>
    <message>
        <source>The sign-in page opens in your browser again.</source>
        <translation>De aanmeldpagina wordt opnieuw geopend in uw browser.</translation>
    </message>
    <message>
        <source>The keychain of this computer is locked, so Mail Setup cannot keep your sign-in. Unlock it (your desktop may ask for your login password) and try again, or go on without saving: then you will have to sign in again the next time you use Mail Setup.</source>
        <translation>De sleutelhanger van deze computer is vergrendeld, dus Mail Setup kan uw aanmelding niet bewaren. Ontgrendel hem (uw bureaublad vraagt misschien om uw aanmeldwachtwoord) en probeer het opnieuw, of ga verder zonder opslaan: dan moet u zich de volgende keer dat u Mail Setup gebruikt opnieuw aanmelden.</translation>
    </message>
    <message>
        <source>Mail Setup cannot reach a keychain on this computer, so it cannot keep your sign-in. You can go on without saving: the setup works the same, but you will have to sign in again the next time you use Mail Setup.</source>
        <translation>Mail Setup kan op deze computer geen sleutelhanger bereiken, dus het kan uw aanmelding niet bewaren. U kunt verdergaan zonder opslaan: het instellen werkt hetzelfde, maar u moet zich de volgende keer dat u Mail Setup gebruikt opnieuw aanmelden.</translation>
    </message>
    <message>
        <source>The keychain of this computer did not take the sign-in. You can try again, or go on without saving: then you will have to sign in again the next time you use Mail Setup.</source>
        <translation>De sleutelhanger van deze computer heeft de aanmelding niet aangenomen. U kunt het opnieuw proberen, of verdergaan zonder opslaan: dan moet u zich de volgende keer dat u Mail Setup gebruikt opnieuw aanmelden.</translation>
    </message>
    <message>
        <source>The keychain said: %1</source>
        <translation>De sleutelhanger zei: %1</translation>
    </message>
    <message>
        <source>Your sign-in cannot be saved on this computer.</source>
        <translation>Uw aanmelding kan niet op deze computer worden opgeslagen.</translation>
    </message>
    <message>
        <source>You signed in as %1, but you are setting up %2.</source>
        <translation>U hebt zich aangemeld als %1, maar u stelt %2 in.</translation>
    </message>
    <message>
        <source>A message for your IT administrator is on the clipboard. Paste it into an email or a support ticket.</source>
        <translation>Er staat een bericht voor uw IT-beheerder op het klembord. Plak het in een e-mail of een supportticket.</translation>
    </message>
    <message>
        <source>You are signed in as %1, a work or school account. Mail Setup goes on to check your mailbox.</source>
        <translation>U bent aangemeld als %1, een werk- of schoolaccount. Mail Setup gaat verder met het controleren van uw postvak.</translation>
    </message>
    <message>
        <source>You are signed in as %1, a personal Microsoft account. Mail Setup goes on to check your mailbox.</source>
        <translation>U bent aangemeld als %1, een persoonlijk Microsoft-account. Mail Setup gaat verder met het controleren van uw postvak.</translation>
    </message>
    <message>
        <source>The sign-in was stopped. Nothing was saved; sign in again when you are ready.</source>
        <translation>Het aanmelden is gestopt. Er is niets opgeslagen; meld u opnieuw aan wanneer u klaar bent.</translation>
    </message>
</context>
<context>
    <name>SplitSecretStore</name>
    <message>
        <source>A part of the saved secret is missing from the keychain.</source>
        <translation>Een deel van het opgeslagen geheim ontbreekt in de sleutelhanger.</translation>
    </message>
    <message>
        <source>The parts of the saved secret in the keychain do not fit together.</source>
        <translation>De delen van het opgeslagen geheim in de sleutelhanger passen niet bij elkaar.</translation>
    </message>
    <message>
        <source>The secret is too large for the keychain.</source>
        <translation>Het geheim is te groot voor de sleutelhanger.</translation>
    </message>
</context>
<context>
    <name>StepListView</name>
    <message>
        <source>Step</source>
        <translation>Stap</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tijd</translation>
    </message>
    <message>
        <source>The steps of the check, each with whether it worked and how long it took. Expand a step to read what the server said.</source>
        <translation>De stappen van de controle, elk met of hij werkte en hoe lang hij duurde. Klap een stap uit om te lezen wat de server zei.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Bezig met controleren…</translation>
    </message>
    <message>
        <source>Encryption: %1</source>
        <translation>Versleuteling: %1</translation>
    </message>
    <message>
        <source>Works.</source>
        <translation>Werkt.</translation>
    </message>
    <message>
        <source>Does not work yet.</source>
        <translation>Werkt nog niet.</translation>
    </message>
    <message>
        <source>%1: not started yet</source>
        <translation>%1: nog niet gestart</translation>
    </message>
    <message>
        <source>%1: under way</source>
        <translation>%1: bezig</translation>
    </message>
    <message>
        <source>%1: worked, in %2 ms</source>
        <translation>%1: gelukt, in %2 ms</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1: failed, after %2 ms</source>
        <translation>%1: mislukt, na %2 ms</translation>
    </message>
    <message>
        <source>%1: not checked</source>
        <translation>%1: niet gecontroleerd</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>niet gecontroleerd</translation>
    </message>
    <message>
        <source>The server said: %1</source>
        <translation>De server zei: %1</translation>
    </message>
</context>
<context>
    <name>TestMessage</name>
    <message>
        <source>Mail Setup test message</source>
        <translation>Testbericht van Mail Setup</translation>
    </message>
    <message>
        <source>This message was sent by Mail Setup to check that your account can send and receive e-mail.
It went from your computer to your provider&apos;s outgoing server and back into your inbox, so both work. You can delete it.
</source>
        <translation>Dit bericht is door Mail Setup verzonden om te controleren of uw account e-mail kan verzenden en ontvangen.
Het ging van uw computer naar de uitgaande server van uw provider en terug naar uw Postvak IN, dus beide werken. U kunt het verwijderen.
</translation>
    </message>
</context>
</TS>
