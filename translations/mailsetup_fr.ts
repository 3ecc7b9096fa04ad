<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>AddressPage</name>
    <message>
        <source>Your email address</source>
        <translation>Votre adresse e-mail</translation>
    </message>
    <message>
        <source>&amp;Email address:</source>
        <translation>Adresse &amp;e-mail :</translation>
    </message>
    <message>
        <source>name@outlook.com</source>
        <translation>nom@outlook.com</translation>
    </message>
    <message>
        <source>Email address</source>
        <translation>Adresse e-mail</translation>
    </message>
    <message>
        <source>The address of the mailbox to set up, for example name@outlook.com.</source>
        <translation>L&apos;adresse de la boîte aux lettres à configurer, par exemple nom@outlook.com.</translation>
    </message>
    <message>
        <source>What kind of account is it?</source>
        <translation>De quel type de compte s&apos;agit-il ?</translation>
    </message>
    <message>
        <source>Mail Setup chooses this by itself when it can tell. Change it if you know better; the sign-in decides in the end.</source>
        <translation>Mail Setup le choisit lui-même quand il peut le savoir. Modifiez-le si vous le savez mieux ; la connexion tranche à la fin.</translation>
    </message>
    <message>
        <source>Outlook.com, Hotmail, Live or MSN: an account you made yourself at Microsoft.</source>
        <translation>Outlook.com, Hotmail, Live ou MSN : un compte que vous avez créé vous-même chez Microsoft.</translation>
    </message>
    <message>
        <source>Microsoft 365: an account your organisation gave you.</source>
        <translation>Microsoft 365 : un compte que votre organisation vous a donné.</translation>
    </message>
    <message>
        <source>&amp;Personal Microsoft account</source>
        <translation>Compte Microsoft pe&amp;rsonnel</translation>
    </message>
    <message>
        <source>&amp;Work or school account</source>
        <translation>Compte professionnel ou scol&amp;aire</translation>
    </message>
    <message>
        <source>Mail Setup works with Outlook.com, Hotmail and Live addresses and with work or school addresses that run on Microsoft 365.</source>
        <translation>Mail Setup fonctionne avec les adresses Outlook.com, Hotmail et Live et avec les adresses professionnelles ou scolaires hébergées sur Microsoft 365.</translation>
    </message>
    <message>
        <source>Finding out who runs this address…</source>
        <translation>Recherche de qui gère cette adresse…</translation>
    </message>
    <message>
        <source>This is a personal Microsoft account (Outlook.com).</source>
        <translation>C&apos;est un compte Microsoft personnel (Outlook.com).</translation>
    </message>
    <message>
        <source>This looks like a work or school account (Microsoft 365).</source>
        <translation>Cela ressemble à un compte professionnel ou scolaire (Microsoft 365).</translation>
    </message>
    <message>
        <source>Nothing says this address is handled by Microsoft. If you know that it is, choose the kind of account below and go on.</source>
        <translation>Rien n&apos;indique que cette adresse est gérée par Microsoft. Si vous savez qu&apos;elle l&apos;est, choisissez le type de compte ci-dessous et continuez.</translation>
    </message>
    <message>
        <source>Mail Setup could not find out who runs this address. Choose the kind of account below.</source>
        <translation>Mail Setup n&apos;a pas pu savoir qui gère cette adresse. Choisissez le type de compte ci-dessous.</translation>
    </message>
    <message>
        <source>Addresses at %1 belong to Microsoft&apos;s own mail service.</source>
        <translation>Les adresses en %1 appartiennent au service de messagerie de Microsoft.</translation>
    </message>
    <message>
        <source>Mail for %1 goes to Outlook.com&apos;s servers.</source>
        <translation>Le courrier pour %1 arrive sur les serveurs d&apos;Outlook.com.</translation>
    </message>
    <message>
        <source>Mail for %1 goes to Microsoft 365&apos;s servers.</source>
        <translation>Le courrier pour %1 arrive sur les serveurs de Microsoft 365.</translation>
    </message>
    <message>
        <source>Microsoft knows an organisation for %1.</source>
        <translation>Microsoft connaît une organisation pour %1.</translation>
    </message>
    <message>
        <source>Microsoft knows %1 as a domain of personal accounts.</source>
        <translation>Microsoft connaît %1 comme un domaine de comptes personnels.</translation>
    </message>
    <message>
        <source>Microsoft knows no organisation for %1.</source>
        <translation>Microsoft ne connaît aucune organisation pour %1.</translation>
    </message>
    <message>
        <source>Mail for %1 goes to servers that are not Microsoft&apos;s.</source>
        <translation>Le courrier pour %1 arrive sur des serveurs qui ne sont pas ceux de Microsoft.</translation>
    </message>
    <message>
        <source>No answer came in time; this computer may be offline.</source>
        <translation>Aucune réponse n&apos;est arrivée à temps ; cet ordinateur est peut-être hors ligne.</translation>
    </message>
    <message>
        <source>Signing in will confirm it.</source>
        <translation>La connexion le confirmera.</translation>
    </message>
    <message>
        <source>%1 Signing in will confirm it.</source>
        <translation>%1 La connexion le confirmera.</translation>
    </message>
    <message>
        <source>Clear the email address</source>
        <translation>Effacer l&apos;adresse e-mail</translation>
    </message>
    <message>
        <source>Empties the email address field, to type another address.</source>
        <translation>Vide le champ de l&apos;adresse e-mail, pour en taper une autre.</translation>
    </message>
    <message>
        <source>This copy of Mail Setup cannot sign anyone in yet: it was built without an application (client) ID, and Microsoft lets only registered applications open a mailbox. Your IT department registers Mail Setup in Microsoft Entra and starts it with --client-id and that ID, or with a provider file that names it; whoever packages Mail Setup builds it with -DMAILSETUP_CLIENT_ID. The file docs/app-registration.md says how.</source>
        <translation>Cette copie de Mail Setup ne peut encore connecter personne : elle a été compilée sans ID d&apos;application (client), et Microsoft ne laisse que les applications enregistrées ouvrir une boîte aux lettres. Votre service informatique enregistre Mail Setup dans Microsoft Entra et le démarre avec --client-id et cet ID, ou avec un fichier de fournisseur qui le nomme ; la personne qui crée les paquets de Mail Setup le compile avec -DMAILSETUP_CLIENT_ID. Le fichier docs/app-registration.md explique comment faire.</translation>
    </message>
    <message>
        <source>Did you mean %1? Check the part after the @.</source>
        <translation>Vouliez-vous dire %1 ? Vérifiez la partie après le @.</translation>
    </message>
    <message>
        <source>%1 is an address of %2, not of Microsoft. Mail Setup is for Outlook.com and Microsoft 365 accounts only; set up this address in your mail app with the settings %2 gives.</source>
        <translation>%1 est une adresse de %2, pas de Microsoft. Mail Setup ne sert qu&apos;aux comptes Outlook.com et Microsoft 365 ; configurez cette adresse dans votre application de messagerie avec les paramètres que donne %2.</translation>
    </message>
</context>
<context>
    <name>AdministratorRequests</name>
    <message>
        <source>In Exchange Online PowerShell:</source>
        <translation>Dans Exchange Online PowerShell :</translation>
    </message>
    <message>
        <source>In Microsoft Graph PowerShell:</source>
        <translation>Dans Microsoft Graph PowerShell :</translation>
    </message>
    <message>
        <source>Please allow authenticated SMTP (SMTP AUTH) for my mailbox %1, so that mail apps that sign in with Microsoft can send. Switching it on for the mailbox is enough; it wins over the organisation&apos;s setting.</source>
        <translation>Pourriez-vous autoriser le SMTP authentifié (SMTP AUTH) pour ma boîte aux lettres %1, afin que les applications de messagerie qui se connectent avec Microsoft puissent envoyer ? Il suffit de l&apos;activer pour la boîte aux lettres ; ce réglage l&apos;emporte sur celui de l&apos;organisation.</translation>
    </message>
    <message>
        <source>Please allow IMAP for my mailbox %1, so that mail apps that sign in with Microsoft can read it.</source>
        <translation>Pourriez-vous autoriser IMAP pour ma boîte aux lettres %1, afin que les applications de messagerie qui se connectent avec Microsoft puissent la lire ?</translation>
    </message>
    <message>
        <source>Please grant admin consent to the application Mail Setup for the delegated permissions IMAP.AccessAsUser.All, SMTP.Send and offline_access, so that I can set up %1. The consent page is https://login.microsoftonline.com/organizations/v2.0/adminconsent?client_id=&lt;application-id&gt; with the application&apos;s ID in place of &lt;application-id&gt;.</source>
        <translation>Pourriez-vous accorder le consentement administrateur à l&apos;application Mail Setup pour les autorisations déléguées IMAP.AccessAsUser.All, SMTP.Send et offline_access, afin que je puisse configurer %1 ? La page de consentement est https://login.microsoftonline.com/organizations/v2.0/adminconsent?client_id=&lt;application-id&gt;, avec l&apos;ID de l&apos;application à la place de &lt;application-id&gt;.</translation>
    </message>
    <message>
        <source>Please grant admin consent to the application Mail Setup for the delegated permissions IMAP.AccessAsUser.All, SMTP.Send and offline_access, so that I can set up %1. The link below opens the consent page for our organisation.</source>
        <translation>Pourriez-vous accorder le consentement administrateur à l&apos;application Mail Setup pour les autorisations déléguées IMAP.AccessAsUser.All, SMTP.Send et offline_access, afin que je puisse configurer %1 ? Le lien ci-dessous ouvre la page de consentement pour notre organisation.</translation>
    </message>
    <message>
        <source>A sign-in rule of our organisation (Conditional Access or security defaults) stopped Mail Setup from signing in to my mailbox %1. Please look up this sign-in in the Entra sign-in logs with the ids below and tell me what I need to do.</source>
        <translation>Une règle de connexion de notre organisation (accès conditionnel ou paramètres de sécurité par défaut) a empêché Mail Setup de se connecter à ma boîte aux lettres %1. Pourriez-vous retrouver cette connexion dans les journaux de connexion d&apos;Entra à l&apos;aide des identifiants ci-dessous et me dire ce que je dois faire ?</translation>
    </message>
    <message>
        <source>A test message that Mail Setup sent from my mailbox %1 to itself was turned away. Please look at the server&apos;s reason below; common causes are the domain&apos;s SPF, DKIM or DMARC records or a block on the sending server.</source>
        <translation>Un message de test que Mail Setup a envoyé de ma boîte aux lettres %1 à elle-même a été refusé. Pourriez-vous regarder la raison donnée par le serveur ci-dessous ? Les causes fréquentes sont les enregistrements SPF, DKIM ou DMARC du domaine ou un blocage du serveur d&apos;envoi.</translation>
    </message>
    <message>
        <source>Mail Setup could not set up my mailbox %1 and says that only an administrator can fix it.</source>
        <translation>Mail Setup n&apos;a pas pu configurer ma boîte aux lettres %1 et indique que seul un administrateur peut résoudre le problème.</translation>
    </message>
    <message>
        <source>Microsoft says that the application I use for my mailbox %1 is switched off for our organisation. Please switch it on again: Microsoft Entra admin center, Enterprise applications, the application with the ID below, Properties, &quot;Enabled for users to sign-in&quot;: Yes. The commands below do the same.</source>
        <translation>Microsoft indique que l&apos;application que j&apos;utilise pour ma boîte aux lettres %1 est désactivée pour notre organisation. Pourriez-vous la réactiver : centre d&apos;administration Microsoft Entra, Applications d&apos;entreprise, l&apos;application avec l&apos;ID ci-dessous, Propriétés, « Activé pour que les utilisateurs puissent se connecter » : Oui. Les commandes ci-dessous font la même chose.</translation>
    </message>
    <message>
        <source>Microsoft says that the application I use for my mailbox %1 is switched off for our organisation. Please switch it on again: Microsoft Entra admin center, Enterprise applications, the application that the error names, Properties, &quot;Enabled for users to sign-in&quot;: Yes. The commands below do the same, with its ID in place of &lt;application-id&gt;.</source>
        <translation>Microsoft indique que l&apos;application que j&apos;utilise pour ma boîte aux lettres %1 est désactivée pour notre organisation. Pourriez-vous la réactiver : centre d&apos;administration Microsoft Entra, Applications d&apos;entreprise, l&apos;application que nomme l&apos;erreur, Propriétés, « Activé pour que les utilisateurs puissent se connecter » : Oui. Les commandes ci-dessous font la même chose, avec son ID à la place de &lt;application-id&gt;.</translation>
    </message>
    <message>
        <source>Security defaults are switched on in our organisation, so Exchange Online refuses the device or app that sends as %1 with a password, whatever the SMTP AUTH setting. If it cannot sign in with OAuth, please replace the security defaults with Conditional Access policies (Microsoft Entra admin center: Overview, Properties, Manage security defaults) and allow SMTP AUTH for this mailbox only with the command below. Exchange Online stops taking passwords for sending by default from the end of December 2026, so a relay or a connector for the device lasts longer.</source>
        <translation>Les paramètres de sécurité par défaut sont activés dans notre organisation : Exchange Online refuse donc l&apos;appareil ou l&apos;application qui envoie en tant que %1 avec un mot de passe, quel que soit le réglage SMTP AUTH. S&apos;il ne peut pas se connecter avec OAuth, pourriez-vous remplacer les paramètres de sécurité par défaut par des stratégies d&apos;accès conditionnel (centre d&apos;administration Microsoft Entra : Vue d&apos;ensemble, Propriétés, Gérer les paramètres de sécurité par défaut) et autoriser SMTP AUTH pour cette seule boîte aux lettres avec la commande ci-dessous ? Exchange Online n&apos;accepte plus par défaut les mots de passe pour l&apos;envoi à partir de fin décembre 2026 ; un relais ou un connecteur pour l&apos;appareil durera donc plus longtemps.</translation>
    </message>
    <message>
        <source>Our organisation rejects direct send (RejectDirectSend is on), so mail that a device or app sends to our mailboxes without signing in, as %1, is turned away with 550 5.7.68. Please create a partner inbound connector for the device&apos;s public IP address or certificate so that its mail is accepted, or, if the organisation prefers, allow direct send again with the command below.</source>
        <translation>Notre organisation refuse l&apos;envoi direct (RejectDirectSend est activé) : le courrier qu&apos;un appareil ou une application envoie à nos boîtes aux lettres sans se connecter, en tant que %1, est donc refusé avec 550 5.7.68. Pourriez-vous créer un connecteur entrant partenaire pour l&apos;adresse IP publique ou le certificat de l&apos;appareil afin que son courrier soit accepté, ou, si l&apos;organisation le préfère, réautoriser l&apos;envoi direct avec la commande ci-dessous ?</translation>
    </message>
    <message>
        <source>Please give my account %1 the Send As permission for the address it has to send from, for example a shared mailbox, with the command below (the other address in place of &lt;address to send from&gt;). A change can take up to an hour to work.</source>
        <translation>Pourriez-vous donner à mon compte %1 l&apos;autorisation « Envoyer en tant que » pour l&apos;adresse depuis laquelle il doit envoyer, par exemple une boîte aux lettres partagée, avec la commande ci-dessous (l&apos;autre adresse à la place de &lt;address to send from&gt;) ? Une modification peut mettre jusqu&apos;à une heure pour prendre effet.</translation>
    </message>
    <message>
        <source>Microsoft 365 has stopped my mailbox %1 from sending, as a restricted sender. Please check the account for misuse first (reset its password, end its sessions, look for inbox rules and forwarding that nobody set up), then release it in the Microsoft Defender portal under Restricted entities, or with the commands below.</source>
        <translation>Microsoft 365 a empêché ma boîte aux lettres %1 d&apos;envoyer, en tant qu&apos;expéditeur restreint. Pourriez-vous d&apos;abord vérifier que le compte n&apos;a pas été utilisé abusivement (réinitialiser son mot de passe, fermer ses sessions, rechercher des règles de boîte de réception et des transferts que personne n&apos;a créés), puis le libérer dans le portail Microsoft Defender sous Entités restreintes, ou avec les commandes ci-dessous ?</translation>
    </message>
    <message>
        <source>My account %1 is locked or switched off, so I cannot sign in. Please look up the sign-in in the Entra sign-in logs (error 50053 for a lock, 50057 for an account that is switched off) and, if it is safe, unlock it: a lock after wrong passwords passes by itself, a block for risk ends when the user&apos;s risk is dismissed or the password is reset, and an account that was switched off is switched on with the command below.</source>
        <translation>Mon compte %1 est verrouillé ou désactivé, je ne peux donc pas me connecter. Pourriez-vous retrouver la connexion dans les journaux de connexion d&apos;Entra (erreur 50053 pour un verrouillage, 50057 pour un compte désactivé) et, si c&apos;est sans danger, le déverrouiller ? Un verrouillage après des mots de passe erronés passe de lui-même, un blocage pour risque prend fin quand le risque de l&apos;utilisateur est ignoré ou que le mot de passe est réinitialisé, et un compte désactivé se réactive avec la commande ci-dessous.</translation>
    </message>
    <message>
        <source>Tenant: %1</source>
        <translation>Locataire : %1</translation>
    </message>
    <message>
        <source>Application (client) ID: %1</source>
        <translation>ID d&apos;application (client) : %1</translation>
    </message>
    <message>
        <source>Hello,</source>
        <translation>Bonjour,</translation>
    </message>
    <message>
        <source>What Mail Setup found: %1</source>
        <translation>Ce que Mail Setup a trouvé : %1</translation>
    </message>
    <message>
        <source>What the server said: %1</source>
        <translation>Ce que le serveur a répondu : %1</translation>
    </message>
    <message>
        <source>Diagnosis code: %1</source>
        <translation>Code de diagnostic : %1</translation>
    </message>
    <message>
        <source>Thank you.</source>
        <translation>Merci.</translation>
    </message>
</context>
<context>
    <name>CheckPage</name>
    <message>
        <source>Incoming mail (IMAP)</source>
        <translation>Courrier entrant (IMAP)</translation>
    </message>
    <message>
        <source>Outgoing mail (SMTP)</source>
        <translation>Courrier sortant (SMTP)</translation>
    </message>
    <message>
        <source>Checking your account</source>
        <translation>Vérification de votre compte</translation>
    </message>
    <message>
        <source>Send a test &amp;message to myself</source>
        <translation>Envoyer un &amp;message de test à moi-même</translation>
    </message>
    <message>
        <source>Sends one short message to your own address and looks for it in your inbox, to prove that mail really comes and goes.</source>
        <translation>Envoie un court message à votre propre adresse et le cherche dans votre boîte de réception, pour prouver que le courrier arrive et part vraiment.</translation>
    </message>
    <message>
        <source>Shows or hides what the servers said at each step.</source>
        <translation>Affiche ou masque ce que les serveurs ont répondu à chaque étape.</translation>
    </message>
    <message>
        <source>Save a re&amp;port for the helpdesk…</source>
        <translation>Enregistrer un rapp&amp;ort pour l&apos;assistance…</translation>
    </message>
    <message>
        <source>Mail Setup signs in to your mailbox the way a mail app does, for incoming and for outgoing mail.</source>
        <translation>Mail Setup se connecte à votre boîte aux lettres comme le fait une application de messagerie, pour le courrier entrant et pour le courrier sortant.</translation>
    </message>
    <message>
        <source>Checking incoming and outgoing mail. This takes up to a minute.</source>
        <translation>Vérification du courrier entrant et sortant. Cela prend jusqu&apos;à une minute.</translation>
    </message>
    <message>
        <source>The test message reached your inbox in %1 seconds.</source>
        <translation>Le message de test est arrivé dans votre boîte de réception en %1 secondes.</translation>
    </message>
    <message>
        <source>The test message was sent, but it did not show up in your inbox in time.</source>
        <translation>Le message de test a été envoyé, mais il n&apos;est pas apparu à temps dans votre boîte de réception.</translation>
    </message>
    <message>
        <source>A message for your IT administrator is on the clipboard. Paste it into an email or a support ticket.</source>
        <translation>Un message pour votre administrateur informatique est dans le presse-papiers. Collez-le dans un e-mail ou une demande d&apos;assistance.</translation>
    </message>
    <message>
        <source>Hide server &amp;replies</source>
        <translation>Masquer les &amp;réponses du serveur</translation>
    </message>
    <message>
        <source>Show server &amp;replies</source>
        <translation>Afficher les &amp;réponses du serveur</translation>
    </message>
    <message>
        <source>Hide server replies</source>
        <translation>Masquer les réponses du serveur</translation>
    </message>
    <message>
        <source>Show server replies</source>
        <translation>Afficher les réponses du serveur</translation>
    </message>
    <message>
        <source>&amp;Check again</source>
        <translation>&amp;Vérifier à nouveau</translation>
    </message>
    <message>
        <source>Checks incoming and outgoing mail once more.</source>
        <translation>Vérifie encore une fois le courrier entrant et sortant.</translation>
    </message>
    <message>
        <source>Shows or hides each step of the check and how long it took.</source>
        <translation>Affiche ou masque chaque étape de la vérification et sa durée.</translation>
    </message>
    <message>
        <source>&amp;Finish with incoming mail only</source>
        <translation>Terminer avec le courrier &amp;entrant seulement</translation>
    </message>
    <message>
        <source>Saves this account as it is, so that you can read your mail now. Check again once sending has been switched on.</source>
        <translation>Enregistre ce compte tel quel, pour que vous puissiez lire votre courrier dès maintenant. Vérifiez à nouveau une fois l&apos;envoi activé.</translation>
    </message>
    <message>
        <source>Checking incoming and outgoing mail and sending a test message to yourself. This takes up to a minute.</source>
        <translation>Vérification du courrier entrant et sortant et envoi d&apos;un message de test à vous-même. Cela prend jusqu&apos;à une minute.</translation>
    </message>
    <message>
        <source>Your account works</source>
        <translation>Votre compte fonctionne</translation>
    </message>
    <message>
        <source>Not everything works yet</source>
        <translation>Tout ne fonctionne pas encore</translation>
    </message>
    <message>
        <source>Below is what went wrong and what to do about it.</source>
        <translation>Voici ci-dessous ce qui n&apos;a pas marché et ce qu&apos;il faut faire.</translation>
    </message>
    <message>
        <source>Incoming mail was not checked.</source>
        <translation>Le courrier entrant n&apos;a pas été vérifié.</translation>
    </message>
    <message>
        <source>Incoming mail works.</source>
        <translation>Le courrier entrant fonctionne.</translation>
    </message>
    <message>
        <source>Incoming mail does not work yet.</source>
        <translation>Le courrier entrant ne fonctionne pas encore.</translation>
    </message>
    <message>
        <source>Outgoing mail was not checked.</source>
        <translation>Le courrier sortant n&apos;a pas été vérifié.</translation>
    </message>
    <message>
        <source>Outgoing mail works.</source>
        <translation>Le courrier sortant fonctionne.</translation>
    </message>
    <message>
        <source>Outgoing mail does not work yet.</source>
        <translation>Le courrier sortant ne fonctionne pas encore.</translation>
    </message>
    <message>
        <source>Hide the &amp;steps</source>
        <translation>Masquer les &amp;étapes</translation>
    </message>
    <message>
        <source>Show the &amp;steps and their times</source>
        <translation>Afficher les &amp;étapes et leur durée</translation>
    </message>
    <message>
        <source>Hide the steps</source>
        <translation>Masquer les étapes</translation>
    </message>
    <message>
        <source>Show the steps and their times</source>
        <translation>Afficher les étapes et leur durée</translation>
    </message>
    <message>
        <source>Saves what Mail Setup did and found as a web page, without any password or token, for whoever helps you with your mail.</source>
        <translation>Enregistre ce que Mail Setup a fait et trouvé sous forme de page web, sans mot de passe ni jeton, pour la personne qui vous aide avec votre messagerie.</translation>
    </message>
</context>
<context>
    <name>CommandBlock</name>
    <message>
        <source>Read only. Each line is one whole command; the Copy button beside it copies them exactly.</source>
        <translation>En lecture seule. Chaque ligne est une commande entière ; le bouton Copier à côté les copie exactement.</translation>
    </message>
    <message>
        <source>Puts the commands on the clipboard, exactly as shown.</source>
        <translation>Place les commandes dans le presse-papiers, exactement telles qu&apos;elles sont affichées.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>There is no display to show the Mail Setup window on. Use one of the commands below instead.</source>
        <translation>Il n&apos;y a pas d&apos;écran pour afficher la fenêtre de Mail Setup. Utilisez plutôt l&apos;une des commandes ci-dessous.</translation>
    </message>
    <message>
        <source>Sign in with Microsoft in your browser and keep the sign-in in the keychain.</source>
        <translation>Se connecter avec Microsoft dans votre navigateur et garder la connexion dans le trousseau.</translation>
    </message>
    <message>
        <source>Check incoming (IMAP) and outgoing (SMTP) mail for an address.</source>
        <translation>Vérifier le courrier entrant (IMAP) et sortant (SMTP) d&apos;une adresse.</translation>
    </message>
    <message>
        <source>Print a fresh access token for a signed-in address (for msmtp, isync, neomutt).</source>
        <translation>Afficher un nouveau jeton d&apos;accès pour une adresse connectée (pour msmtp, isync, neomutt).</translation>
    </message>
    <message>
        <source>Remove an address&apos;s sign-in and settings from this computer.</source>
        <translation>Supprimer la connexion et les paramètres d&apos;une adresse de cet ordinateur.</translation>
    </message>
    <message>
        <source>Explain an error message that a device or mail app showed.</source>
        <translation>Expliquer un message d&apos;erreur qu&apos;un appareil ou une application de messagerie a affiché.</translation>
    </message>
    <message>
        <source>Usage: mailsetup [COMMAND] [OPTIONS]</source>
        <translation>Utilisation : mailsetup [COMMANDE] [OPTIONS]</translation>
    </message>
    <message>
        <source>Sets up an Outlook.com or Microsoft 365 mailbox and proves that it works.</source>
        <translation>Configure une boîte aux lettres Outlook.com ou Microsoft 365 et prouve qu&apos;elle fonctionne.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Commandes :</translation>
    </message>
    <message>
        <source>Run &quot;mailsetup COMMAND --help&quot; for the options of a command.</source>
        <translation>Lancez « mailsetup COMMANDE --help » pour les options d&apos;une commande.</translation>
    </message>
    <message>
        <source>Unknown command: %1</source>
        <translation>Commande inconnue : %1</translation>
    </message>
    <message>
        <source>Run &quot;mailsetup --help&quot; for help.</source>
        <translation>Lancez « mailsetup --help » pour obtenir de l&apos;aide.</translation>
    </message>
    <message>
        <source>Usage: mailsetup %1 [options]</source>
        <translation>Utilisation : mailsetup %1 [options]</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Argument inattendu : %1</translation>
    </message>
    <message>
        <source>A built-in provider: outlook (personal) or microsoft365 (work or school).</source>
        <translation>Un fournisseur intégré : outlook (personnel) ou microsoft365 (professionnel ou scolaire).</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>A provider profile file (JSON) to use instead.</source>
        <translation>Un fichier de profil de fournisseur (JSON) à utiliser à la place.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <source>Unknown provider &quot;%1&quot;. Known providers: %2.</source>
        <translation>Fournisseur « %1 » inconnu. Fournisseurs connus : %2.</translation>
    </message>
    <message>
        <source>The saved settings of %1 name an unknown provider &quot;%2&quot;. Sign in again.</source>
        <translation>Les paramètres enregistrés de %1 nomment un fournisseur inconnu « %2 ». Reconnectez-vous.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-mail address.</source>
        <translation>« %1 » n&apos;est pas une adresse e-mail.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-mail address. %2</source>
        <translation>« %1 » n&apos;est pas une adresse e-mail. %2</translation>
    </message>
    <message>
        <source>The access token file %1 is too large to hold an access token.</source>
        <translation>Le fichier de jeton d&apos;accès %1 est trop grand pour contenir un jeton d&apos;accès.</translation>
    </message>
    <message>
        <source>The access token file %1 cannot be read.</source>
        <translation>Le fichier de jeton d&apos;accès %1 ne peut pas être lu.</translation>
    </message>
    <message>
        <source>The access token file %1 is empty.</source>
        <translation>Le fichier de jeton d&apos;accès %1 est vide.</translation>
    </message>
    <message>
        <source>The access token file %1 does not hold one access token.</source>
        <translation>Le fichier de jeton d&apos;accès %1 ne contient pas un seul jeton d&apos;accès.</translation>
    </message>
    <message>
        <source>Checks incoming (IMAP) and outgoing (SMTP) mail for an address. Without --access-token-file it uses the sign-in stored by &quot;mailsetup signin&quot;.</source>
        <translation>Vérifie le courrier entrant (IMAP) et sortant (SMTP) d&apos;une adresse. Sans --access-token-file, utilise la connexion enregistrée par « mailsetup signin ».</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Afficher cette aide.</translation>
    </message>
    <message>
        <source>The e-mail address to check.</source>
        <translation>L&apos;adresse e-mail à vérifier.</translation>
    </message>
    <message>
        <source>address</source>
        <translation>adresse</translation>
    </message>
    <message>
        <source>A file that holds an OAuth2 access token for the address.</source>
        <translation>Un fichier qui contient un jeton d&apos;accès OAuth2 pour l&apos;adresse.</translation>
    </message>
    <message>
        <source>Also send a test message to the address and wait until it arrives.</source>
        <translation>Envoyer aussi un message de test à l&apos;adresse et attendre qu&apos;il arrive.</translation>
    </message>
    <message>
        <source>Print the result as one JSON object.</source>
        <translation>Afficher le résultat sous la forme d&apos;un objet JSON.</translation>
    </message>
    <message>
        <source>Write what was said with each server to this file, secrets removed.</source>
        <translation>Écrire dans ce fichier ce qui a été échangé avec chaque serveur, sans les secrets.</translation>
    </message>
    <message>
        <source>Give the address to check with --email.</source>
        <translation>Indiquez l&apos;adresse à vérifier avec --email.</translation>
    </message>
    <message>
        <source>Checking %1 on %2 …</source>
        <translation>Vérification de %1 sur %2 …</translation>
    </message>
    <message>
        <source>The transcript file %1 cannot be written.</source>
        <translation>Le fichier de journal %1 ne peut pas être écrit.</translation>
    </message>
    <message>
        <source>Explains an error message: what it means, what to do and who can do it. Give the message as arguments, or - to read it from standard input.</source>
        <translation>Explique un message d&apos;erreur : ce qu&apos;il signifie, ce qu&apos;il faut faire et qui peut le faire. Donnez le message comme arguments, ou - pour le lire sur l&apos;entrée standard.</translation>
    </message>
    <message>
        <source>The error message.</source>
        <translation>Le message d&apos;erreur.</translation>
    </message>
    <message>
        <source>TEXT…</source>
        <translation>TEXTE…</translation>
    </message>
    <message>
        <source>The address of the mailbox, for the advice and the administrator&apos;s commands.</source>
        <translation>L&apos;adresse de la boîte aux lettres, pour les conseils et les commandes de l&apos;administrateur.</translation>
    </message>
    <message>
        <source>The kind of account: personal (Outlook.com, Hotmail, Live) or work (work or school). Default: what the address tells, else advice for either.</source>
        <translation>Le type de compte : personal (Outlook.com, Hotmail, Live) ou work (professionnel ou scolaire). Par défaut : ce que dit l&apos;adresse, sinon des conseils pour les deux.</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>type</translation>
    </message>
    <message>
        <source>The application (client) ID the administrator&apos;s request names.</source>
        <translation>L&apos;ID d&apos;application (client) que nomme la demande à l&apos;administrateur.</translation>
    </message>
    <message>
        <source>Unknown kind &quot;%1&quot;. Use personal or work.</source>
        <translation>Type de compte « %1 » inconnu. Utilisez personal ou work.</translation>
    </message>
    <message>
        <source>Standard input cannot be read.</source>
        <translation>L&apos;entrée standard ne peut pas être lue.</translation>
    </message>
    <message>
        <source>Give the error message to explain.</source>
        <translation>Indiquez le message d&apos;erreur à expliquer.</translation>
    </message>
    <message>
        <source>Who can fix it: %1</source>
        <translation>Qui peut résoudre le problème : %1</translation>
    </message>
    <message>
        <source>The advice differs for personal and for work or school accounts: add --kind personal or --kind work, or --email with the address.</source>
        <translation>Les conseils diffèrent pour les comptes personnels et pour les comptes professionnels ou scolaires : ajoutez --kind personal ou --kind work, ou --email avec l&apos;adresse.</translation>
    </message>
    <message>
        <source>For your IT administrator:</source>
        <translation>Pour votre administrateur informatique :</translation>
    </message>
    <message>
        <source>Diagnosis code: %1</source>
        <translation>Code de diagnostic : %1</translation>
    </message>
    <message>
        <source>[y/N]</source>
        <translation>[y/N]</translation>
    </message>
    <message>
        <source>Signs in with Microsoft in your browser and keeps the sign-in in the keychain, so that Mail Setup, msmtp, isync and neomutt can use the mailbox.</source>
        <translation>Se connecte avec Microsoft dans votre navigateur et garde la connexion dans le trousseau, pour que Mail Setup, msmtp, isync et neomutt puissent utiliser la boîte aux lettres.</translation>
    </message>
    <message>
        <source>The e-mail address to set up.</source>
        <translation>L&apos;adresse e-mail à configurer.</translation>
    </message>
    <message>
        <source>The application (client) ID registered in Microsoft Entra.</source>
        <translation>L&apos;ID d&apos;application (client) enregistré dans Microsoft Entra.</translation>
    </message>
    <message>
        <source>Do not open a browser: print the sign-in address and wait.</source>
        <translation>Ne pas ouvrir de navigateur : afficher l&apos;adresse de connexion et attendre.</translation>
    </message>
    <message>
        <source>How long to wait for the browser, in seconds (default 300).</source>
        <translation>Combien de temps attendre le navigateur, en secondes (300 par défaut).</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>secondes</translation>
    </message>
    <message>
        <source>Give the address to set up with --email.</source>
        <translation>Indiquez l&apos;adresse à configurer avec --email.</translation>
    </message>
    <message>
        <source>--timeout takes a number of seconds from 10 to 3600.</source>
        <translation>--timeout prend un nombre de secondes de 10 à 3600.</translation>
    </message>
    <message>
        <source>Sign in anyway, keeping the sign-in only until this command ends?</source>
        <translation>Se connecter quand même, en gardant la connexion seulement jusqu&apos;à la fin de cette commande ?</translation>
    </message>
    <message>
        <source>Your browser opens Microsoft&apos;s sign-in page. If it does not, open this address:</source>
        <translation>Votre navigateur ouvre la page de connexion de Microsoft. S&apos;il ne le fait pas, ouvrez cette adresse :</translation>
    </message>
    <message>
        <source>Open this address in a browser to sign in:</source>
        <translation>Ouvrez cette adresse dans un navigateur pour vous connecter :</translation>
    </message>
    <message numerus="yes">
        <source>Waiting for the sign-in to finish (time limit: %n minute(s)) …</source>
        <translation>
            <numerusform>Attente de la fin de la connexion (délai : %n minute) …</numerusform>
            <numerusform>Attente de la fin de la connexion (délai : %n minutes) …</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Waiting for the sign-in to finish (time limit: %n second(s)) …</source>
        <translation>
            <numerusform>Attente de la fin de la connexion (délai : %n seconde) …</numerusform>
            <numerusform>Attente de la fin de la connexion (délai : %n secondes) …</numerusform>
        </translation>
    </message>
    <message>
        <source>You signed in as %1, but you are setting up %2.</source>
        <translation>Vous vous êtes connecté en tant que %1, mais vous configurez %2.</translation>
    </message>
    <message>
        <source>Run the sign-in again and choose %1 in the browser; if the browser picks %2 by itself, choose &quot;Use another account&quot; there.</source>
        <translation>Relancez la connexion et choisissez %1 dans le navigateur ; si le navigateur choisit %2 de lui-même, choisissez « Utiliser un autre compte ».</translation>
    </message>
    <message>
        <source>Details for the helpdesk: %1</source>
        <translation>Détails pour l&apos;assistance : %1</translation>
    </message>
    <message>
        <source>The account settings could not be saved in %1.</source>
        <translation>Les paramètres du compte n&apos;ont pas pu être enregistrés dans %1.</translation>
    </message>
    <message>
        <source>Signed in as %1 (personal Microsoft account).</source>
        <translation>Connecté en tant que %1 (compte Microsoft personnel).</translation>
    </message>
    <message>
        <source>Signed in as %1 (work or school account).</source>
        <translation>Connecté en tant que %1 (compte professionnel ou scolaire).</translation>
    </message>
    <message>
        <source>Microsoft knows this account as %1; mail apps sign in to the mailbox as %2.</source>
        <translation>Microsoft connaît ce compte sous le nom %1 ; les applications de messagerie se connectent à la boîte aux lettres en tant que %2.</translation>
    </message>
    <message>
        <source>The sign-in is kept in %1.</source>
        <translation>La connexion est gardée %1.</translation>
    </message>
    <message>
        <source>The sign-in was not saved: it ends with this command.</source>
        <translation>La connexion n&apos;a pas été enregistrée : elle prend fin avec cette commande.</translation>
    </message>
    <message>
        <source>Prints a fresh access token for a signed-in address on standard output, renewing it when needed. For msmtp, isync and neomutt.</source>
        <translation>Affiche sur la sortie standard un nouveau jeton d&apos;accès pour une adresse connectée, en le renouvelant si besoin. Pour msmtp, isync et neomutt.</translation>
    </message>
    <message>
        <source>The signed-in e-mail address.</source>
        <translation>L&apos;adresse e-mail connectée.</translation>
    </message>
    <message>
        <source>Give the signed-in address with --email.</source>
        <translation>Indiquez l&apos;adresse connectée avec --email.</translation>
    </message>
    <message>
        <source>Removes an address&apos;s sign-in from the keychain and its settings from this computer.</source>
        <translation>Supprime la connexion d&apos;une adresse du trousseau et ses paramètres de cet ordinateur.</translation>
    </message>
    <message>
        <source>The e-mail address to forget.</source>
        <translation>L&apos;adresse e-mail à oublier.</translation>
    </message>
    <message>
        <source>Give the address to forget with --email.</source>
        <translation>Indiquez l&apos;adresse à oublier avec --email.</translation>
    </message>
    <message>
        <source>Nothing is saved for %1.</source>
        <translation>Rien n&apos;est enregistré pour %1.</translation>
    </message>
    <message>
        <source>The account settings in %1 could not be changed.</source>
        <translation>Les paramètres du compte dans %1 n&apos;ont pas pu être modifiés.</translation>
    </message>
    <message>
        <source>Mail Setup forgot %1: its sign-in and settings are removed from this computer.</source>
        <translation>Mail Setup a oublié %1 : sa connexion et ses paramètres sont supprimés de cet ordinateur.</translation>
    </message>
    <message>
        <source>%1 is not signed in on this computer. Sign in first with: mailsetup signin --email %1</source>
        <translation>%1 n&apos;est pas connecté sur cet ordinateur. Connectez-vous d&apos;abord avec : mailsetup signin --email %1</translation>
    </message>
    <message>
        <source>Warning: the renewed sign-in could not be saved in the keychain, so you may have to sign in again next time. %1</source>
        <translation>Attention : la connexion renouvelée n&apos;a pas pu être enregistrée dans le trousseau, vous devrez peut-être vous reconnecter la prochaine fois. %1</translation>
    </message>
    <message>
        <source>Technical detail: %1</source>
        <translation>Détail technique : %1</translation>
    </message>
    <message>
        <source>Sign in again with: mailsetup signin --email %1</source>
        <translation>Reconnectez-vous avec : mailsetup signin --email %1</translation>
    </message>
    <message numerus="yes">
        <source>The keychain did not answer within %n second(s), so Mail Setup cannot use your sign-in. It may be waiting for a password prompt that is hidden behind other windows, or it is stuck: unlock it, or log out and in again, and try again.</source>
        <translation>
            <numerusform>Le trousseau n&apos;a pas répondu en %n seconde, Mail Setup ne peut donc pas utiliser votre connexion. Il attend peut-être un mot de passe dans une fenêtre cachée derrière les autres, ou il est bloqué : déverrouillez-le, ou fermez puis rouvrez votre session, et réessayez.</numerusform>
            <numerusform>Le trousseau n&apos;a pas répondu en %n secondes, Mail Setup ne peut donc pas utiliser votre connexion. Il attend peut-être un mot de passe dans une fenêtre cachée derrière les autres, ou il est bloqué : déverrouillez-le, ou fermez puis rouvrez votre session, et réessayez.</numerusform>
        </translation>
    </message>
    <message>
        <source>The keychain is locked, so Mail Setup cannot read your sign-in. Unlock it (for example by logging in to the desktop, or with your keyring&apos;s password) and try again.</source>
        <translation>Le trousseau est verrouillé, Mail Setup ne peut donc pas lire votre connexion. Déverrouillez-le (par exemple en ouvrant votre session sur le bureau, ou avec le mot de passe de votre trousseau) et réessayez.</translation>
    </message>
    <message>
        <source>No keychain is available, so Mail Setup cannot read your sign-in. Start your desktop&apos;s keyring (such as GNOME Keyring or KWallet), or install one, and try again.</source>
        <translation>Aucun trousseau n&apos;est disponible, Mail Setup ne peut donc pas lire votre connexion. Démarrez le trousseau de votre bureau (comme GNOME Keyring ou KWallet), ou installez-en un, et réessayez.</translation>
    </message>
    <message>
        <source>The keychain could not be used.</source>
        <translation>Le trousseau n&apos;a pas pu être utilisé.</translation>
    </message>
    <message>
        <source>Mail Setup</source>
        <translation>Mail Setup</translation>
    </message>
    <message>
        <source>The option --lang needs a language code: %1.</source>
        <translation>L&apos;option --lang a besoin d&apos;un code de langue : %1.</translation>
    </message>
    <message>
        <source>Mail Setup does not speak the language &quot;%1&quot;. Choose one of: %2.</source>
        <translation>Mail Setup ne parle pas la langue « %1 ». Choisissez l&apos;une de celles-ci : %2.</translation>
    </message>
    <message>
        <source>The language of Mail Setup (%1) instead of the system&apos;s.</source>
        <translation>La langue de Mail Setup (%1) au lieu de celle du système.</translation>
    </message>
    <message>
        <source>code</source>
        <translation>code</translation>
    </message>
    <message>
        <source>Options of the window and of every command:</source>
        <translation>Options de la fenêtre et de chaque commande :</translation>
    </message>
    <message>
        <source>Print an address&apos;s server settings for another mail app (text, JSON or autoconfig XML).</source>
        <translation>Afficher les paramètres de serveur d&apos;une adresse pour une autre application de messagerie (texte, JSON ou XML autoconfig).</translation>
    </message>
    <message>
        <source>Let a printer, scanner or old program that only knows a password send through the account.</source>
        <translation>Permettre à une imprimante, un scanner ou un ancien programme qui ne connaît qu&apos;un mot de passe d&apos;envoyer par le compte.</translation>
    </message>
    <message>
        <source>No application (client) ID is built in: signing in needs --client-id with the ID your IT department registered in Microsoft Entra, or a provider file that names one (docs/app-registration.md). Packagers build Mail Setup with -DMAILSETUP_CLIENT_ID=ID.</source>
        <translation>Aucun ID d&apos;application (client) n&apos;est intégré : la connexion nécessite --client-id avec l&apos;ID que votre service informatique a enregistré dans Microsoft Entra, ou un fichier de fournisseur qui en nomme un (docs/app-registration.md). Les créateurs de paquets compilent Mail Setup avec -DMAILSETUP_CLIENT_ID=ID.</translation>
    </message>
    <message>
        <source>Application (client) ID built in: %1</source>
        <translation>ID d&apos;application (client) intégré : %1</translation>
    </message>
    <message>
        <source>A preset file (JSON) with what your organisation decided; without it the system-wide preset applies, if there is one.</source>
        <translation>Un fichier de préréglage (JSON) avec ce que votre organisation a décidé ; sans lui, le préréglage du système s&apos;applique, s&apos;il y en a un.</translation>
    </message>
    <message>
        <source>Do not send a test message, even if the preset asks for one.</source>
        <translation>Ne pas envoyer de message de test, même si le préréglage en demande un.</translation>
    </message>
    <message>
        <source>Write a helpdesk report to this file (HTML) and beside it as JSON, secrets removed.</source>
        <translation>Écrire un rapport pour l&apos;assistance dans ce fichier (HTML) et à côté en JSON, sans les secrets.</translation>
    </message>
    <message>
        <source>Give either --send-test or --no-send-test, not both.</source>
        <translation>Indiquez soit --send-test, soit --no-send-test, pas les deux.</translation>
    </message>
    <message>
        <source>Mail Setup has no application (client) ID to sign in with. Microsoft only lets registered applications read mail. Give the ID with --client-id, in a preset, or in the provider file&apos;s &quot;oauth&quot; settings; docs/app-registration.md says how an IT department registers Mail Setup and gets one.</source>
        <translation>Mail Setup n&apos;a pas d&apos;ID d&apos;application (client) pour se connecter. Microsoft ne laisse que les applications enregistrées lire le courrier. Indiquez l&apos;ID avec --client-id, dans un préréglage ou dans les paramètres « oauth » du fichier de fournisseur ; docs/app-registration.md explique comment un service informatique enregistre Mail Setup et en obtient un.</translation>
    </message>
    <message>
        <source>Prints the server settings of an address for another mail app: the account&apos;s saved settings, else those of its provider. Nothing is looked up on the network.</source>
        <translation>Affiche les paramètres de serveur d&apos;une adresse pour une autre application de messagerie : les paramètres enregistrés du compte, sinon ceux de son fournisseur. Rien n&apos;est recherché sur le réseau.</translation>
    </message>
    <message>
        <source>The e-mail address.</source>
        <translation>L&apos;adresse e-mail.</translation>
    </message>
    <message>
        <source>text (default), json, or autoconfig (the Mozilla autoconfig XML that Thunderbird reads).</source>
        <translation>text (par défaut), json ou autoconfig (le XML autoconfig de Mozilla que lit Thunderbird).</translation>
    </message>
    <message>
        <source>format</source>
        <translation>format de sortie</translation>
    </message>
    <message>
        <source>--format takes text, json or autoconfig.</source>
        <translation>--format prend text, json ou autoconfig.</translation>
    </message>
    <message>
        <source>Give the address with --email.</source>
        <translation>Indiquez l&apos;adresse avec --email.</translation>
    </message>
    <message>
        <source>No account is signed in on this computer. Sign in first with: mailsetup signin --email ADDRESS</source>
        <translation>Aucun compte n&apos;est connecté sur cet ordinateur. Connectez-vous d&apos;abord avec : mailsetup signin --email ADRESSE</translation>
    </message>
    <message>
        <source>Several accounts are signed in on this computer: choose one with --email.</source>
        <translation>Plusieurs comptes sont connectés sur cet ordinateur : choisissez-en un avec --email.</translation>
    </message>
    <message>
        <source>--listen takes an address and a port, such as 127.0.0.1:2525, 192.168.1.10:587 or [::1]:2525; %1 is not one.</source>
        <translation>--listen prend une adresse et un port, comme 127.0.0.1:2525, 192.168.1.10:587 ou [::1]:2525 ; %1 n&apos;en est pas un.</translation>
    </message>
    <message>
        <source>--allow takes a network, such as 192.168.1.0/24, or one address; %1 is not one.</source>
        <translation>--allow prend un réseau, comme 192.168.1.0/24, ou une seule adresse ; %1 n&apos;en est pas un.</translation>
    </message>
    <message>
        <source>A relay on %1, which other computers can reach, needs --allow with the networks of the devices it serves, such as --allow 192.168.1.0/24.</source>
        <translation>Un relais sur %1, que d&apos;autres ordinateurs peuvent joindre, a besoin de --allow avec les réseaux des appareils qu&apos;il sert, comme --allow 192.168.1.0/24.</translation>
    </message>
    <message>
        <source>The signed-in address the relay sends as (default: the only one signed in).</source>
        <translation>L&apos;adresse connectée au nom de laquelle le relais envoie (par défaut : la seule connectée).</translation>
    </message>
    <message>
        <source>Where the relay listens (default: 127.0.0.1:2525, this computer only).</source>
        <translation>Où le relais écoute (par défaut : 127.0.0.1:2525, cet ordinateur seulement).</translation>
    </message>
    <message>
        <source>address:port</source>
        <translation>adresse:port</translation>
    </message>
    <message>
        <source>A network whose devices the relay serves, such as 192.168.1.0/24; needed with a network address for --listen, and may be given more than once.</source>
        <translation>Un réseau dont le relais sert les appareils, comme 192.168.1.0/24 ; nécessaire avec une adresse réseau pour --listen, et peut être donné plusieurs fois.</translation>
    </message>
    <message>
        <source>network</source>
        <translation>réseau</translation>
    </message>
    <message>
        <source>Take passwords without STARTTLS from other computers too (only for old devices on a trusted network).</source>
        <translation>Accepter aussi des mots de passe sans STARTTLS venant d&apos;autres ordinateurs (seulement pour d&apos;anciens appareils sur un réseau de confiance).</translation>
    </message>
    <message>
        <source>A device name has 1 to 64 letters, digits, dots, dashes or underscores, such as scanner or printer-2nd-floor.</source>
        <translation>Un nom d&apos;appareil compte de 1 à 64 lettres, chiffres, points, tirets ou traits de soulignement, comme scanner ou printer-2nd-floor.</translation>
    </message>
    <message>
        <source>The device %1 has a new password; the old one no longer works.</source>
        <translation>L&apos;appareil %1 a un nouveau mot de passe ; l&apos;ancien ne fonctionne plus.</translation>
    </message>
    <message>
        <source>The device %1 may now send through the relay.</source>
        <translation>L&apos;appareil %1 peut maintenant envoyer par le relais.</translation>
    </message>
    <message>
        <source>Enter these in the device. The password is shown only now: Mail Setup keeps only a hash of it.</source>
        <translation>Saisissez ces informations dans l&apos;appareil. Le mot de passe n&apos;est affiché que maintenant : Mail Setup n&apos;en garde qu&apos;une empreinte (hash).</translation>
    </message>
    <message>
        <source>SMTP server: %1</source>
        <translation>Serveur SMTP : %1</translation>
    </message>
    <message>
        <source>Port: %1</source>
        <translation>Port : %1</translation>
    </message>
    <message>
        <source>User name: %1</source>
        <translation>Nom d&apos;utilisateur : %1</translation>
    </message>
    <message>
        <source>Password: %1</source>
        <translation>Mot de passe : %1</translation>
    </message>
    <message>
        <source>Sender address: %1</source>
        <translation>Adresse de l&apos;expéditeur : %1</translation>
    </message>
    <message>
        <source>Security: STARTTLS (the relay takes no password without it).</source>
        <translation>Sécurité : STARTTLS (sans lui, le relais n&apos;accepte aucun mot de passe).</translation>
    </message>
    <message>
        <source>Certificate fingerprint (SHA-256), for a device that checks it: %1</source>
        <translation>Empreinte du certificat (SHA-256), pour un appareil qui la vérifie : %1</translation>
    </message>
    <message>
        <source>Start the relay with &quot;mailsetup relay&quot;, or for good with &quot;mailsetup relay install-service&quot;.</source>
        <translation>Démarrez le relais avec « mailsetup relay », ou durablement avec « mailsetup relay install-service ».</translation>
    </message>
    <message>
        <source>No device may send through the relay yet. Add one with: mailsetup relay add-device NAME</source>
        <translation>Aucun appareil ne peut encore envoyer par le relais. Ajoutez-en un avec : mailsetup relay add-device NOM</translation>
    </message>
    <message>
        <source>%1 (added %2)</source>
        <translation>%1 (ajouté le %2)</translation>
    </message>
    <message>
        <source>No device is called %1. See the devices with: mailsetup relay list-devices</source>
        <translation>Aucun appareil ne s&apos;appelle %1. Voyez les appareils avec : mailsetup relay list-devices</translation>
    </message>
    <message>
        <source>The device %1 can no longer send through the relay.</source>
        <translation>L&apos;appareil %1 ne peut plus envoyer par le relais.</translation>
    </message>
    <message>
        <source>The relay&apos;s service is in %1.</source>
        <translation>Le service du relais se trouve dans %1.</translation>
    </message>
    <message>
        <source>The service could not be started: %1 Start it when you are logged in with: systemctl --user enable --now %2</source>
        <translation>Le service n&apos;a pas pu être démarré : %1 Démarrez-le une fois votre session ouverte, avec : systemctl --user enable --now %2</translation>
    </message>
    <message>
        <source>The relay runs now, and starts again whenever you log in.</source>
        <translation>Le relais fonctionne maintenant, et redémarre chaque fois que vous ouvrez une session.</translation>
    </message>
    <message>
        <source>The relay&apos;s service is not installed.</source>
        <translation>Le service du relais n&apos;est pas installé.</translation>
    </message>
    <message>
        <source>The service file %1 cannot be removed.</source>
        <translation>Le fichier de service %1 ne peut pas être supprimé.</translation>
    </message>
    <message>
        <source>The relay&apos;s service is removed.</source>
        <translation>Le service du relais est supprimé.</translation>
    </message>
    <message>
        <source>The relay sends as %1 through %2 and listens on %3 port %4.</source>
        <translation>Le relais envoie en tant que %1 par %2 et écoute sur %3, port %4.</translation>
    </message>
    <message>
        <source>Certificate fingerprint (SHA-256): %1</source>
        <translation>Empreinte du certificat (SHA-256) : %1</translation>
    </message>
    <message>
        <source>No device may send yet. Add one with: mailsetup relay add-device NAME</source>
        <translation>Aucun appareil ne peut encore envoyer. Ajoutez-en un avec : mailsetup relay add-device NOM</translation>
    </message>
    <message>
        <source>Stop it with Ctrl+C.</source>
        <translation>Arrêtez-le avec Ctrl+C.</translation>
    </message>
    <message>
        <source>Lets a printer, a scanner or an old program that only knows a user name and a password send mail through a signed-in Outlook.com or Microsoft 365 account. Without an action it runs the relay until stopped.

Actions:
  add-device NAME     give a device its own password (shown once)
  list-devices        the devices that may send
  remove-device NAME  take a device&apos;s password away
  install-service     run the relay whenever you are logged in (systemd)
  remove-service      stop and remove that service</source>
        <translation>Permet à une imprimante, un scanner ou un ancien programme qui ne connaît qu&apos;un nom d&apos;utilisateur et un mot de passe d&apos;envoyer du courrier par un compte Outlook.com ou Microsoft 365 connecté. Sans action, le relais fonctionne jusqu&apos;à ce qu&apos;on l&apos;arrête.

Actions :
  add-device NOM      donner à un appareil son propre mot de passe (affiché une seule fois)
  list-devices        les appareils qui peuvent envoyer
  remove-device NOM   retirer son mot de passe à un appareil
  install-service     faire fonctionner le relais chaque fois que votre session est ouverte (systemd)
  remove-service      arrêter et supprimer ce service</translation>
    </message>
    <message>
        <source>What to do (see above).</source>
        <translation>Ce qu&apos;il faut faire (voir ci-dessus).</translation>
    </message>
    <message>
        <source>Give the device&apos;s name: mailsetup relay %1 NAME</source>
        <translation>Indiquez le nom de l&apos;appareil : mailsetup relay %1 NOM</translation>
    </message>
    <message>
        <source>Unknown action: %1</source>
        <translation>Action inconnue : %1</translation>
    </message>
    <message>
        <source>When the window closes, write a helpdesk report to this file (HTML) and beside it as JSON.</source>
        <translation>À la fermeture de la fenêtre, écrire un rapport pour l&apos;assistance dans ce fichier (HTML) et à côté en JSON.</translation>
    </message>
    <message>
        <source>Send through the relay (mailsetup relay) as a device would, with a relay device made for this check and removed after it. Written --through-relay alone for the relay on this computer (127.0.0.1:%1), or --through-relay=HOST:PORT.</source>
        <translation>Envoyer par le relais (mailsetup relay) comme le ferait un appareil, avec un appareil de relais créé pour cette vérification et supprimé ensuite. --through-relay seul pour le relais de cet ordinateur (127.0.0.1:%1), ou --through-relay=HÔTE:PORT.</translation>
    </message>
    <message>
        <source>host:port</source>
        <translation>hôte:port</translation>
    </message>
    <message>
        <source>--through-relay takes the relay&apos;s host and port, such as 127.0.0.1:2525, [::1]:2525 or nas.example.org:587; %1 is not one.</source>
        <translation>--through-relay attend l&apos;hôte et le port du relais, par exemple 127.0.0.1:2525, [::1]:2525 ou nas.example.org:587 ; %1 n&apos;en est pas un.</translation>
    </message>
    <message>
        <source>No address was found for the relay&apos;s host %1.</source>
        <translation>Aucune adresse n&apos;a été trouvée pour l&apos;hôte du relais, %1.</translation>
    </message>
    <message>
        <source>The relay is not running on %1 port %2. Start it with: mailsetup relay</source>
        <translation>Le relais ne fonctionne pas sur %1, port %2. Démarrez-le avec : mailsetup relay</translation>
    </message>
    <message>
        <source>Checking %1 on %2, sending through the relay on %3 port %4 …</source>
        <translation>Vérification de %1 sur %2, envoi par le relais sur %3, port %4 …</translation>
    </message>
    <message>
        <source>The relay device %1, made for this check, could not be removed: %2 Remove it with: mailsetup relay remove-device %1</source>
        <translation>L&apos;appareil de relais %1, créé pour cette vérification, n&apos;a pas pu être supprimé : %2 Supprimez-le avec : mailsetup relay remove-device %1</translation>
    </message>
    <message>
        <source>The check was stopped; the relay device made for it was removed.</source>
        <translation>La vérification a été arrêtée ; l&apos;appareil de relais créé pour elle a été supprimé.</translation>
    </message>
    <message>
        <source>The check was stopped.</source>
        <translation>La vérification a été arrêtée.</translation>
    </message>
    <message>
        <source>With install-service: write the service file, but do not start the relay yet.</source>
        <translation>Avec install-service : écrire le fichier du service, sans démarrer le relais pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Security: STARTTLS if the device supports it, otherwise none.</source>
        <translation>Sécurité : STARTTLS si l&apos;appareil le prend en charge, sinon aucune.</translation>
    </message>
</context>
<context>
    <name>CopyButton</name>
    <message>
        <source>Copy %1</source>
        <translation>Copier %1</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copié</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
</context>
<context>
    <name>CopyableField</name>
    <message>
        <source>Read only. Select the text, or use the Copy button beside it.</source>
        <translation>En lecture seule. Sélectionnez le texte, ou utilisez le bouton Copier à côté.</translation>
    </message>
    <message>
        <source>Puts this setting on the clipboard, to paste it into your mail app.</source>
        <translation>Place ce paramètre dans le presse-papiers, pour le coller dans votre application de messagerie.</translation>
    </message>
    <message>
        <source>Read only. Choose this in your mail app&apos;s list; it is not typed.</source>
        <translation>En lecture seule. Choisissez-le dans la liste de votre application de messagerie ; il ne se saisit pas.</translation>
    </message>
</context>
<context>
    <name>DeviceSetupDialog</name>
    <message>
        <source>Set up a printer, scanner or another device</source>
        <translation>Configurer une imprimante, un scanner ou un autre appareil</translation>
    </message>
    <message>
        <source>A printer, a scanner or an old program that only knows a server, a user name and a password can send mail as %1 through a small relay on this computer. Mail Setup starts the relay and gives the device a password of its own.</source>
        <translation>Une imprimante, un scanner ou un ancien programme qui ne connaît qu&apos;un serveur, un nom d&apos;utilisateur et un mot de passe peut envoyer des e-mails en tant que %1 par un petit relais sur cet ordinateur. Mail Setup démarre le relais et donne à l&apos;appareil son propre mot de passe.</translation>
    </message>
    <message>
        <source>for example scanner</source>
        <translation>par exemple scanner</translation>
    </message>
    <message>
        <source>Device name</source>
        <translation>Nom de l&apos;appareil</translation>
    </message>
    <message>
        <source>The name is also the user name the device signs in with.</source>
        <translation>Le nom est aussi le nom d&apos;utilisateur avec lequel l&apos;appareil se connecte.</translation>
    </message>
    <message>
        <source>Device &amp;name:</source>
        <translation>&amp;Nom de l&apos;appareil :</translation>
    </message>
    <message>
        <source>&amp;Set up the device</source>
        <translation>&amp;Configurer l&apos;appareil</translation>
    </message>
    <message>
        <source>Enter these in the device</source>
        <translation>Saisissez ces valeurs dans l&apos;appareil</translation>
    </message>
    <message>
        <source>SMTP server:</source>
        <translation>Serveur SMTP :</translation>
    </message>
    <message>
        <source>SMTP server</source>
        <translation>Serveur SMTP</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Port :</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>Nom d&apos;utilisateur :</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nom d&apos;utilisateur</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Mot de passe :</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>The password is shown only now: Mail Setup keeps only a hash of it. Enter it in the device before you close this window; if it is lost, set up the device again for a new one.</source>
        <translation>Le mot de passe n&apos;est affiché que maintenant : Mail Setup n&apos;en garde qu&apos;une empreinte. Saisissez-le dans l&apos;appareil avant de fermer cette fenêtre ; s&apos;il est perdu, configurez à nouveau l&apos;appareil pour en obtenir un nouveau.</translation>
    </message>
    <message>
        <source>Sender address:</source>
        <translation>Adresse de l&apos;expéditeur :</translation>
    </message>
    <message>
        <source>Sender address</source>
        <translation>Adresse de l&apos;expéditeur</translation>
    </message>
    <message>
        <source>Certificate fingerprint (SHA-256):</source>
        <translation>Empreinte du certificat (SHA-256) :</translation>
    </message>
    <message>
        <source>Certificate fingerprint</source>
        <translation>Empreinte du certificat</translation>
    </message>
    <message>
        <source>Send a &amp;test through the relay</source>
        <translation>Envoyer un &amp;test par le relais</translation>
    </message>
    <message>
        <source>Sends a message to your own address through the relay, with the device&apos;s user name and password, and looks for it in your inbox.</source>
        <translation>Envoie un message à votre propre adresse par le relais, avec le nom d&apos;utilisateur et le mot de passe de l&apos;appareil, et le cherche dans votre boîte de réception.</translation>
    </message>
    <message>
        <source>%1 is on the clipboard.</source>
        <translation>%1 est dans le presse-papiers.</translation>
    </message>
    <message>
        <source>A device name has 1 to 64 letters, digits, dots, dashes or underscores, such as scanner or printer-2nd-floor.</source>
        <translation>Un nom d&apos;appareil compte de 1 à 64 lettres, chiffres, points, tirets ou traits de soulignement, par exemple scanner ou imprimante-2e-etage.</translation>
    </message>
    <message>
        <source>The relay runs as a service of your user account: it keeps running after Mail Setup closes, and starts again whenever you log in.</source>
        <translation>Le relais fonctionne comme un service de votre compte utilisateur : il continue après la fermeture de Mail Setup et redémarre à chaque ouverture de session.</translation>
    </message>
    <message>
        <source>The relay runs in the background: it keeps running after Mail Setup closes, until this computer restarts. Then open this window again, or run &quot;mailsetup relay&quot;, to start it again.</source>
        <translation>Le relais fonctionne en arrière-plan : il continue après la fermeture de Mail Setup, jusqu&apos;au redémarrage de cet ordinateur. Rouvrez alors cette fenêtre, ou lancez &quot;mailsetup relay&quot;, pour le redémarrer.</translation>
    </message>
    <message>
        <source>The relay was already running, started outside Mail Setup: it runs only as long as whatever started it keeps it running.</source>
        <translation>Le relais fonctionnait déjà, démarré en dehors de Mail Setup : il ne fonctionne que tant que ce qui l&apos;a démarré le maintient en marche.</translation>
    </message>
    <message>
        <source>Give the device a name, such as scanner, then choose Set up the device.</source>
        <translation>Donnez un nom à l&apos;appareil, par exemple scanner, puis choisissez Configurer l&apos;appareil.</translation>
    </message>
    <message>
        <source>Looking for the relay on this computer…</source>
        <translation>Recherche du relais sur cet ordinateur…</translation>
    </message>
    <message>
        <source>Starting the relay…</source>
        <translation>Démarrage du relais…</translation>
    </message>
    <message>
        <source>Giving %1 a password of its own…</source>
        <translation>Attribution d&apos;un mot de passe propre à %1…</translation>
    </message>
    <message>
        <source>%1 has a new password; the old one no longer works. Enter the values below in the device.</source>
        <translation>%1 a un nouveau mot de passe ; l&apos;ancien ne fonctionne plus. Saisissez les valeurs ci-dessous dans l&apos;appareil.</translation>
    </message>
    <message>
        <source>%1 may now send mail as %2 through the relay. Enter the values below in the device.</source>
        <translation>%1 peut maintenant envoyer des e-mails en tant que %2 par le relais. Saisissez les valeurs ci-dessous dans l&apos;appareil.</translation>
    </message>
    <message>
        <source>Sending a test message through the relay, as %1 would, and looking for it in your inbox…</source>
        <translation>Envoi d&apos;un message de test par le relais, comme le ferait %1, et recherche dans votre boîte de réception…</translation>
    </message>
    <message>
        <source>The test passed: the message went through the relay and arrived in your inbox after %1 seconds. %2 can send now.</source>
        <translation>Le test a réussi : le message est passé par le relais et est arrivé dans votre boîte de réception après %1 secondes. %2 peut envoyer maintenant.</translation>
    </message>
    <message>
        <source>The test passed: the message went through the relay and arrived in your inbox. %1 can send now.</source>
        <translation>Le test a réussi : le message est passé par le relais et est arrivé dans votre boîte de réception. %1 peut envoyer maintenant.</translation>
    </message>
    <message>
        <source>The test through the relay failed; the values above are still valid.</source>
        <translation>Le test par le relais a échoué ; les valeurs ci-dessus restent valables.</translation>
    </message>
    <message>
        <source>The device could not be set up.</source>
        <translation>L&apos;appareil n&apos;a pas pu être configuré.</translation>
    </message>
    <message>
        <source>The device could not be set up: %1</source>
        <translation>L&apos;appareil n&apos;a pas pu être configuré : %1</translation>
    </message>
    <message>
        <source>Security: STARTTLS if the device supports it, otherwise none. The relay takes mail only from this computer and only with this sender address.</source>
        <translation>Sécurité : STARTTLS si l&apos;appareil le prend en charge, sinon aucune. Le relais n&apos;accepte de messages que de cet ordinateur et qu&apos;avec cette adresse d&apos;expéditeur.</translation>
    </message>
</context>
<context>
    <name>Diagnosis</name>
    <message>
        <source>You</source>
        <translation>Vous</translation>
    </message>
    <message>
        <source>Your IT administrator</source>
        <translation>Votre administrateur informatique</translation>
    </message>
    <message>
        <source>Microsoft</source>
        <translation>Microsoft</translation>
    </message>
    <message>
        <source>The makers of Mail Setup</source>
        <translation>Les développeurs de Mail Setup</translation>
    </message>
    <message>
        <source>The sign-in was cancelled before it finished.</source>
        <translation>La connexion a été annulée avant d&apos;être terminée.</translation>
    </message>
    <message>
        <source>Start the sign-in again and go through every page in the browser until it says you can close it. If Microsoft asks whether Mail Setup may read and send your mail, choose Accept: Mail Setup cannot check the mailbox without that permission.</source>
        <translation>Relancez la connexion et passez toutes les pages dans le navigateur jusqu&apos;à ce qu&apos;il indique que vous pouvez le fermer. Si Microsoft demande si Mail Setup peut lire et envoyer votre courrier, choisissez Accepter : Mail Setup ne peut pas vérifier la boîte aux lettres sans cette autorisation.</translation>
    </message>
    <message>
        <source>Your organisation has not yet allowed Mail Setup to use your mailbox.</source>
        <translation>Votre organisation n&apos;a pas encore autorisé Mail Setup à utiliser votre boîte aux lettres.</translation>
    </message>
    <message>
        <source>Only an administrator of your organisation can give this approval, once for everyone. They can do it in the Microsoft Entra admin center under Enterprise applications, Mail Setup, Permissions, Grant admin consent, or by opening https://login.microsoftonline.com/{tenant}/v2.0/adminconsent?client_id={client-id} with your organisation&apos;s domain in place of {tenant} and Mail Setup&apos;s application ID in place of {client-id}. After that, sign in again.</source>
        <translation>Seul un administrateur de votre organisation peut donner cette approbation, une fois pour tous. Il peut le faire dans le centre d&apos;administration Microsoft Entra sous Applications d&apos;entreprise, Mail Setup, Autorisations, Accorder un consentement d&apos;administrateur, ou en ouvrant https://login.microsoftonline.com/{tenant}/v2.0/adminconsent?client_id={client-id} avec le domaine de votre organisation à la place de {tenant} et l&apos;ID d&apos;application de Mail Setup à la place de {client-id}. Ensuite, reconnectez-vous.</translation>
    </message>
    <message>
        <source>Mail Setup does not have your permission to use your mailbox yet.</source>
        <translation>Mail Setup n&apos;a pas encore votre autorisation d&apos;utiliser votre boîte aux lettres.</translation>
    </message>
    <message>
        <source>Sign in again and, when Microsoft asks whether Mail Setup may read and send your mail, choose Accept. A personal Microsoft account gives this permission itself: nobody else has to approve it. You can see and withdraw the permissions you gave at https://account.live.com/consent/Manage.</source>
        <translation>Reconnectez-vous et, quand Microsoft demande si Mail Setup peut lire et envoyer votre courrier, choisissez Accepter. Un compte Microsoft personnel donne cette autorisation lui-même : personne d&apos;autre n&apos;a à l&apos;approuver. Vous pouvez voir et retirer les autorisations accordées sur https://account.live.com/consent/Manage.</translation>
    </message>
    <message>
        <source>Your organisation has to approve Mail Setup before you can use it with your mailbox.</source>
        <translation>Votre organisation doit approuver Mail Setup avant que vous puissiez l&apos;utiliser avec votre boîte aux lettres.</translation>
    </message>
    <message>
        <source>Your organisation decides which apps its users may approve themselves, and Mail Setup needs an administrator&apos;s approval, given once for everyone. Mail Setup can write the request for your IT administrator, with the consent link for your organisation. After they have approved it, sign in again.</source>
        <translation>Votre organisation décide quelles applications ses utilisateurs peuvent approuver eux-mêmes, et Mail Setup a besoin de l&apos;approbation d&apos;un administrateur, donnée une fois pour tous. Mail Setup peut rédiger la demande pour votre administrateur informatique, avec le lien de consentement pour votre organisation. Une fois qu&apos;il l&apos;a approuvée, reconnectez-vous.</translation>
    </message>
    <message>
        <source>The account you signed in with cannot be used for this mailbox.</source>
        <translation>Le compte avec lequel vous vous êtes connecté ne peut pas servir pour cette boîte aux lettres.</translation>
    </message>
    <message>
        <source>Sign in again and pick the account that owns this email address: your personal Microsoft account for an Outlook.com, Hotmail or Live address, or your work or school account for an address run by your organisation. If the browser signs you in with another account by itself, choose &quot;Use another account&quot; or sign out of it there first.</source>
        <translation>Reconnectez-vous et choisissez le compte auquel appartient cette adresse e-mail : votre compte Microsoft personnel pour une adresse Outlook.com, Hotmail ou Live, ou votre compte professionnel ou scolaire pour une adresse gérée par votre organisation. Si le navigateur vous connecte de lui-même avec un autre compte, choisissez « Utiliser un autre compte » ou déconnectez-vous d&apos;abord de ce compte.</translation>
    </message>
    <message>
        <source>This address needs its personal Microsoft account, and the sign-in used another one.</source>
        <translation>Cette adresse demande son compte Microsoft personnel, et la connexion en a utilisé un autre.</translation>
    </message>
    <message>
        <source>An Outlook.com, Hotmail, Live or MSN address opens only with its own personal Microsoft account, never with a work or school account. Sign in again and choose that personal account. If the browser signs you in with another account by itself, choose &quot;Use another account&quot; or sign out of it there first.</source>
        <translation>Une adresse Outlook.com, Hotmail, Live ou MSN ne s&apos;ouvre qu&apos;avec son propre compte Microsoft personnel, jamais avec un compte professionnel ou scolaire. Reconnectez-vous et choisissez ce compte personnel. Si le navigateur vous connecte de lui-même avec un autre compte, choisissez « Utiliser un autre compte » ou déconnectez-vous d&apos;abord de ce compte.</translation>
    </message>
    <message>
        <source>This address needs its work or school account, and the sign-in used another one.</source>
        <translation>Cette adresse demande son compte professionnel ou scolaire, et la connexion en a utilisé un autre.</translation>
    </message>
    <message>
        <source>Sign in again and choose the work or school account of this address, not a personal Microsoft account. If Microsoft says that the account does not exist in your organisation, check the address for typing mistakes. If it is right, your IT administrator has to add the account, or your organisation has no Exchange Online mailbox for it.</source>
        <translation>Reconnectez-vous et choisissez le compte professionnel ou scolaire de cette adresse, pas un compte Microsoft personnel. Si Microsoft indique que le compte n&apos;existe pas dans votre organisation, vérifiez que l&apos;adresse ne contient pas de faute de frappe. Si elle est juste, votre administrateur informatique doit ajouter le compte, ou votre organisation n&apos;a pas de boîte aux lettres Exchange Online pour lui.</translation>
    </message>
    <message>
        <source>Microsoft does not accept the way this copy of Mail Setup is registered.</source>
        <translation>Microsoft n&apos;accepte pas la façon dont cette copie de Mail Setup est enregistrée.</translation>
    </message>
    <message>
        <source>Nothing is wrong with your account, and nothing can be changed from here. Please report this to the makers of Mail Setup with the details below. If your organisation registered its own copy of Mail Setup, its administrator should check that registration: a public client on the &quot;Mobile and desktop applications&quot; platform, with the redirect address http://localhost, open to both personal and work or school accounts.</source>
        <translation>Votre compte n&apos;a aucun problème, et rien ne peut être changé d&apos;ici. Merci de signaler ceci aux développeurs de Mail Setup avec les détails ci-dessous. Si votre organisation a enregistré sa propre copie de Mail Setup, son administrateur doit vérifier cet enregistrement : un client public sur la plateforme « Applications mobiles et de bureau », avec l&apos;adresse de redirection http://localhost, ouvert aux comptes personnels comme aux comptes professionnels ou scolaires.</translation>
    </message>
    <message>
        <source>Nothing is wrong with your account, and nothing can be changed from here. Please report this to the makers of Mail Setup with the details below.</source>
        <translation>Votre compte n&apos;a aucun problème, et rien ne peut être changé d&apos;ici. Merci de signaler ceci aux développeurs de Mail Setup avec les détails ci-dessous.</translation>
    </message>
    <message>
        <source>Microsoft does not know an organisation for this email address.</source>
        <translation>Microsoft ne connaît aucune organisation pour cette adresse e-mail.</translation>
    </message>
    <message>
        <source>Check that the email address is typed correctly. If it is, the address is probably not handled by Microsoft 365 or Outlook.com, and Mail Setup cannot set it up. If you expected it to be, ask the people who run your email.</source>
        <translation>Vérifiez que l&apos;adresse e-mail est bien saisie. Si c&apos;est le cas, l&apos;adresse n&apos;est probablement pas gérée par Microsoft 365 ou Outlook.com, et Mail Setup ne peut pas la configurer. Si vous pensiez qu&apos;elle l&apos;était, demandez aux personnes qui gèrent votre messagerie.</translation>
    </message>
    <message>
        <source>Your sign-in has expired or was withdrawn.</source>
        <translation>Votre connexion a expiré ou a été retirée.</translation>
    </message>
    <message>
        <source>Sign in again. This happens when Mail Setup has not been used for a long time, after a password change, or when your organisation asks everyone to sign in again from time to time.</source>
        <translation>Reconnectez-vous. Cela arrive quand Mail Setup n&apos;a pas servi depuis longtemps, après un changement de mot de passe, ou quand votre organisation demande à chacun de se reconnecter de temps en temps.</translation>
    </message>
    <message>
        <source>Microsoft wants an extra check that it is really you.</source>
        <translation>Microsoft veut vérifier une fois de plus que c&apos;est bien vous.</translation>
    </message>
    <message>
        <source>Sign in again and complete the extra step in the browser, such as a code sent to your phone or a prompt in the Microsoft Authenticator app. If no such step is set up for you yet, the browser will guide you through it, or your IT administrator can help.</source>
        <translation>Reconnectez-vous et terminez l&apos;étape supplémentaire dans le navigateur, comme un code envoyé sur votre téléphone ou une demande dans l&apos;application Microsoft Authenticator. Si aucune étape de ce genre n&apos;est encore configurée pour vous, le navigateur vous guidera, ou votre administrateur informatique peut vous aider.</translation>
    </message>
    <message>
        <source>Sign in again and complete the extra step in the browser: a code sent to your phone or to another email address, or a prompt in the Microsoft Authenticator app. If you can no longer receive those codes, update your security information at account.microsoft.com, under Security.</source>
        <translation>Reconnectez-vous et terminez l&apos;étape supplémentaire dans le navigateur : un code envoyé sur votre téléphone ou à une autre adresse e-mail, ou une demande dans l&apos;application Microsoft Authenticator. Si vous ne pouvez plus recevoir ces codes, mettez à jour vos informations de sécurité sur account.microsoft.com, sous Sécurité.</translation>
    </message>
    <message>
        <source>Your organisation wants an extra check that it is really you.</source>
        <translation>Votre organisation veut vérifier une fois de plus que c&apos;est bien vous.</translation>
    </message>
    <message>
        <source>Your organisation asks for a second step, such as a prompt in the Microsoft Authenticator app or a code by text message. Sign in again and complete it in the browser. If the browser asks you to set up the second step first, follow it; if that is not possible, your IT administrator can help.</source>
        <translation>Votre organisation demande une deuxième étape, comme une demande dans l&apos;application Microsoft Authenticator ou un code par SMS. Reconnectez-vous et terminez-la dans le navigateur. Si le navigateur vous demande d&apos;abord de configurer cette deuxième étape, suivez-le ; si ce n&apos;est pas possible, votre administrateur informatique peut vous aider.</translation>
    </message>
    <message>
        <source>Your organisation&apos;s security rules did not allow this sign-in.</source>
        <translation>Les règles de sécurité de votre organisation n&apos;ont pas permis cette connexion.</translation>
    </message>
    <message>
        <source>Your organisation decides which devices, places and apps may sign in, and one of its rules stopped this sign-in. Only your IT administrator can change that. Give them the details below, with the error code and the trace and correlation IDs if there are any, so that they can find this sign-in in their logs.</source>
        <translation>Votre organisation décide quels appareils, lieux et applications peuvent se connecter, et l&apos;une de ses règles a arrêté cette connexion. Seul votre administrateur informatique peut changer cela. Donnez-lui les détails ci-dessous, avec le code d&apos;erreur et les identifiants de suivi et de corrélation s&apos;il y en a, pour qu&apos;il retrouve cette connexion dans ses journaux.</translation>
    </message>
    <message>
        <source>Microsoft stopped this sign-in to protect your account.</source>
        <translation>Microsoft a arrêté cette connexion pour protéger votre compte.</translation>
    </message>
    <message>
        <source>Microsoft saw something unusual about this sign-in, such as a new place or a new device. Sign in at account.microsoft.com in your browser, open Security and then the sign-in activity, and confirm the sign-in if it was you; change your password if it was not. Then sign in again in Mail Setup.</source>
        <translation>Microsoft a remarqué quelque chose d&apos;inhabituel dans cette connexion, comme un nouveau lieu ou un nouvel appareil. Connectez-vous à account.microsoft.com dans votre navigateur, ouvrez Sécurité puis l&apos;activité de connexion, et confirmez la connexion si c&apos;était vous ; changez votre mot de passe si ce n&apos;était pas vous. Reconnectez-vous ensuite dans Mail Setup.</translation>
    </message>
    <message>
        <source>The password has expired or must be changed before you can sign in.</source>
        <translation>Le mot de passe a expiré ou doit être changé avant que vous puissiez vous connecter.</translation>
    </message>
    <message>
        <source>Sign in again: Microsoft&apos;s sign-in page offers to change the password there. Afterwards use the new password on your other devices and apps too, since the old one no longer works anywhere.</source>
        <translation>Reconnectez-vous : la page de connexion de Microsoft propose d&apos;y changer le mot de passe. Utilisez ensuite le nouveau mot de passe aussi sur vos autres appareils et applications, car l&apos;ancien ne fonctionne plus nulle part.</translation>
    </message>
    <message>
        <source>Sign in again and change the password when Microsoft&apos;s sign-in page asks, or change it at account.microsoft.com, under Security. Then sign in again in Mail Setup, and use the new password on your other devices too.</source>
        <translation>Reconnectez-vous et changez le mot de passe quand la page de connexion de Microsoft le demande, ou changez-le sur account.microsoft.com, sous Sécurité. Reconnectez-vous ensuite dans Mail Setup, et utilisez le nouveau mot de passe aussi sur vos autres appareils.</translation>
    </message>
    <message>
        <source>Sign in again and change the password when the sign-in page asks. If it does not offer that, change it on your organisation&apos;s password reset page, often https://aka.ms/sspr, or ask your IT administrator to reset it. Then sign in again.</source>
        <translation>Reconnectez-vous et changez le mot de passe quand la page de connexion le demande. Si elle ne le propose pas, changez-le sur la page de réinitialisation des mots de passe de votre organisation, souvent https://aka.ms/sspr, ou demandez à votre administrateur informatique de le réinitialiser. Reconnectez-vous ensuite.</translation>
    </message>
    <message>
        <source>Microsoft did not accept the user name or the password.</source>
        <translation>Microsoft n&apos;a pas accepté le nom d&apos;utilisateur ou le mot de passe.</translation>
    </message>
    <message>
        <source>Check the email address and the password, mind the Caps Lock key, and sign in again. If you have forgotten the password, choose &quot;Forgot password?&quot; on Microsoft&apos;s sign-in page. If an app or a device asked for the password itself instead of opening Microsoft&apos;s sign-in page, it signs in a way that many accounts refuse: choose its option called OAuth2 or Modern Authentication instead.</source>
        <translation>Vérifiez l&apos;adresse e-mail et le mot de passe, faites attention à la touche Verr. Maj, et reconnectez-vous. Si vous avez oublié le mot de passe, choisissez « Mot de passe oublié ? » sur la page de connexion de Microsoft. Si une application ou un appareil a demandé le mot de passe lui-même au lieu d&apos;ouvrir la page de connexion de Microsoft, il se connecte d&apos;une manière que beaucoup de comptes refusent : choisissez plutôt son option appelée OAuth2 ou Authentification moderne.</translation>
    </message>
    <message>
        <source>Check the email address and the password, mind the Caps Lock key, and sign in again. If you have forgotten the password, reset it at https://account.live.com/password/reset. Mail apps that ask for the password themselves no longer work with Outlook.com at all: choose their option called OAuth2 or Modern Authentication instead.</source>
        <translation>Vérifiez l&apos;adresse e-mail et le mot de passe, faites attention à la touche Verr. Maj, et reconnectez-vous. Si vous avez oublié le mot de passe, réinitialisez-le sur https://account.live.com/password/reset. Les applications de messagerie qui demandent elles-mêmes le mot de passe ne fonctionnent plus du tout avec Outlook.com : choisissez plutôt leur option appelée OAuth2 ou Authentification moderne.</translation>
    </message>
    <message>
        <source>Check the email address and the password, mind the Caps Lock key, and sign in again. If you have forgotten the password, reset it on your organisation&apos;s password reset page, often https://aka.ms/sspr, or ask your IT administrator. If an app asked for the password itself, choose its option called OAuth2 or Modern Authentication instead.</source>
        <translation>Vérifiez l&apos;adresse e-mail et le mot de passe, faites attention à la touche Verr. Maj, et reconnectez-vous. Si vous avez oublié le mot de passe, réinitialisez-le sur la page de réinitialisation des mots de passe de votre organisation, souvent https://aka.ms/sspr, ou demandez à votre administrateur informatique. Si une application a demandé le mot de passe elle-même, choisissez plutôt son option appelée OAuth2 ou Authentification moderne.</translation>
    </message>
    <message>
        <source>This account is locked or switched off.</source>
        <translation>Ce compte est verrouillé ou désactivé.</translation>
    </message>
    <message>
        <source>After too many wrong passwords Microsoft locks an account for a while: wait a few minutes and sign in again, typing the password with care. For an Outlook.com, Hotmail or Live address, sign in at account.microsoft.com and follow the steps shown there to unlock the account. For a work or school address that stays locked, only your IT administrator can unlock it or switch it on again.</source>
        <translation>Après trop de mots de passe erronés, Microsoft verrouille un compte pour un moment : attendez quelques minutes et reconnectez-vous, en tapant le mot de passe avec soin. Pour une adresse Outlook.com, Hotmail ou Live, connectez-vous à account.microsoft.com et suivez les étapes indiquées pour déverrouiller le compte. Pour une adresse professionnelle ou scolaire qui reste verrouillée, seul votre administrateur informatique peut la déverrouiller ou la réactiver.</translation>
    </message>
    <message>
        <source>Microsoft has locked this Microsoft account.</source>
        <translation>Microsoft a verrouillé ce compte Microsoft.</translation>
    </message>
    <message>
        <source>Microsoft locks a personal account after too many wrong passwords or when it suspects misuse. Sign in at account.microsoft.com in your browser and follow the steps to unlock it; Microsoft sends a security code to your phone or to another email address. Then sign in again in Mail Setup.</source>
        <translation>Microsoft verrouille un compte personnel après trop de mots de passe erronés ou quand il soupçonne un abus. Connectez-vous à account.microsoft.com dans votre navigateur et suivez les étapes pour le déverrouiller ; Microsoft envoie un code de sécurité sur votre téléphone ou à une autre adresse e-mail. Reconnectez-vous ensuite dans Mail Setup.</translation>
    </message>
    <message>
        <source>Your account is locked or switched off.</source>
        <translation>Votre compte est verrouillé ou désactivé.</translation>
    </message>
    <message>
        <source>If you typed a wrong password several times, wait a few minutes and sign in again. If the account stays locked, or your organisation has switched it off, only your IT administrator can unlock it or switch it on again. Mail Setup can write the request for them.</source>
        <translation>Si vous avez tapé plusieurs fois un mauvais mot de passe, attendez quelques minutes et reconnectez-vous. Si le compte reste verrouillé, ou si votre organisation l&apos;a désactivé, seul votre administrateur informatique peut le déverrouiller ou le réactiver. Mail Setup peut rédiger la demande pour lui.</translation>
    </message>
    <message>
        <source>Microsoft says that this application is switched off.</source>
        <translation>Microsoft indique que cette application est désactivée.</translation>
    </message>
    <message>
        <source>With a work or school account, your organisation&apos;s administrator may have switched the application off for its users. Only they can switch it on again, under Enterprise applications in the Microsoft Entra admin center; Mail Setup can write the request for them. If a personal account gets this too, Microsoft has switched off the application itself: please report it to the makers of the application with the details below.</source>
        <translation>Avec un compte professionnel ou scolaire, l&apos;administrateur de votre organisation a peut-être désactivé l&apos;application pour ses utilisateurs. Lui seul peut la réactiver, sous Applications d&apos;entreprise dans le centre d&apos;administration Microsoft Entra ; Mail Setup peut rédiger la demande pour lui. Si un compte personnel reçoit aussi ce message, c&apos;est Microsoft qui a désactivé l&apos;application elle-même : merci de le signaler aux développeurs de l&apos;application avec les détails ci-dessous.</translation>
    </message>
    <message>
        <source>Microsoft has switched off the application for personal accounts, which only its makers can resolve. Please report this to the makers of Mail Setup, or of the app that showed the message, with the details below.</source>
        <translation>Microsoft a désactivé l&apos;application pour les comptes personnels, ce que seuls ses développeurs peuvent résoudre. Merci de signaler ceci aux développeurs de Mail Setup, ou de l&apos;application qui a affiché le message, avec les détails ci-dessous.</translation>
    </message>
    <message>
        <source>The clock of this computer or device does not agree with Microsoft&apos;s.</source>
        <translation>L&apos;horloge de cet ordinateur ou de cet appareil ne concorde pas avec celle de Microsoft.</translation>
    </message>
    <message>
        <source>Set the date, the time and the time zone right, best by letting the system take them from the internet, then sign in again. Sign-in passes carry times, and Microsoft refuses them when the clocks are too far apart.</source>
        <translation>Réglez correctement la date, l&apos;heure et le fuseau horaire, de préférence en laissant le système les prendre sur Internet, puis reconnectez-vous. Les laissez-passer de connexion portent une heure, et Microsoft les refuse quand les horloges sont trop éloignées.</translation>
    </message>
    <message>
        <source>Mail Setup sent Microsoft a sign-in request that it could not accept.</source>
        <translation>Mail Setup a envoyé à Microsoft une demande de connexion qu&apos;il n&apos;a pas pu accepter.</translation>
    </message>
    <message>
        <source>This is a fault in Mail Setup, not in your account. Try once more; if it happens again, please report it to the makers of Mail Setup with the details below.</source>
        <translation>C&apos;est un défaut de Mail Setup, pas de votre compte. Réessayez une fois ; si cela se reproduit, merci de le signaler aux développeurs de Mail Setup avec les détails ci-dessous.</translation>
    </message>
    <message>
        <source>Mail Setup could not reach Microsoft&apos;s sign-in service.</source>
        <translation>Mail Setup n&apos;a pas pu joindre le service de connexion de Microsoft.</translation>
    </message>
    <message>
        <source>Check that this computer is connected to the internet, for example by opening a web page, and try again. If web pages open, a firewall, proxy or security program may be stopping Mail Setup from reaching Microsoft: check its settings or try another network.</source>
        <translation>Vérifiez que cet ordinateur est connecté à Internet, par exemple en ouvrant une page web, et réessayez. Si les pages web s&apos;ouvrent, un pare-feu, un proxy ou un logiciel de sécurité empêche peut-être Mail Setup de joindre Microsoft : vérifiez ses réglages ou essayez un autre réseau.</translation>
    </message>
    <message>
        <source>Microsoft&apos;s sign-in service did not answer in time.</source>
        <translation>Le service de connexion de Microsoft n&apos;a pas répondu à temps.</translation>
    </message>
    <message>
        <source>The connection to Microsoft was too slow, or stopped before the sign-in could finish. Check the internet connection and try again in a few minutes. If it keeps happening on this network, try another one, for example a phone&apos;s hotspot: some networks and proxies hold such connections back.</source>
        <translation>La connexion à Microsoft était trop lente, ou s&apos;est arrêtée avant la fin de la connexion. Vérifiez la connexion Internet et réessayez dans quelques minutes. Si cela se reproduit sur ce réseau, essayez-en un autre, par exemple le partage de connexion d&apos;un téléphone : certains réseaux et proxys retiennent ce genre de connexions.</translation>
    </message>
    <message>
        <source>Microsoft&apos;s sign-in service answered with an error instead of the sign-in.</source>
        <translation>Le service de connexion de Microsoft a répondu par une erreur au lieu de la connexion.</translation>
    </message>
    <message>
        <source>This is usually a passing problem at Microsoft: wait a few minutes and try again. On a network that first shows a page of its own, as in hotels, trains and airports, open any web page in the browser, accept the network&apos;s terms or sign in to it, and then try again.</source>
        <translation>C&apos;est en général un problème passager chez Microsoft : attendez quelques minutes et réessayez. Sur un réseau qui affiche d&apos;abord sa propre page, comme dans les hôtels, les trains et les aéroports, ouvrez n&apos;importe quelle page web dans le navigateur, acceptez les conditions du réseau ou connectez-vous-y, puis réessayez.</translation>
    </message>
    <message>
        <source>Mail Setup could not prepare the address on this computer that the browser comes back to after the sign-in.</source>
        <translation>Mail Setup n&apos;a pas pu préparer sur cet ordinateur l&apos;adresse vers laquelle le navigateur revient après la connexion.</translation>
    </message>
    <message>
        <source>To receive the sign-in from the browser, Mail Setup needs a free port on this computer&apos;s own addresses 127.0.0.1 and ::1. Other programs may be holding them, or security software may block them. Close programs you do not need and sign in again. If it keeps happening, restart the computer, and if even that does not help, please report it to the makers of Mail Setup with the details below.</source>
        <translation>Pour recevoir la connexion du navigateur, Mail Setup a besoin d&apos;un port libre sur les adresses propres de cet ordinateur, 127.0.0.1 et ::1. D&apos;autres programmes les occupent peut-être, ou un logiciel de sécurité les bloque. Fermez les programmes dont vous n&apos;avez pas besoin et reconnectez-vous. Si cela se reproduit, redémarrez l&apos;ordinateur, et si même cela ne suffit pas, merci de le signaler aux développeurs de Mail Setup avec les détails ci-dessous.</translation>
    </message>
    <message>
        <source>Access to this mailbox from mail apps is switched off.</source>
        <translation>L&apos;accès à cette boîte aux lettres depuis les applications de messagerie est désactivé.</translation>
    </message>
    <message>
        <source>For an Outlook.com, Hotmail or Live address: sign in at outlook.com, open Settings &gt; Mail &gt; Forwarding and IMAP (in newer versions Settings &gt; Mail &gt; Sync email), switch on &quot;Let devices and apps use IMAP&quot;, save, and run the check again. For a work or school address, only your IT administrator can allow IMAP for the mailbox.</source>
        <translation>Pour une adresse Outlook.com, Hotmail ou Live : connectez-vous à outlook.com, ouvrez Paramètres &gt; Courrier &gt; Transfert et IMAP (dans les versions récentes Paramètres &gt; Courrier &gt; Synchroniser le courrier), activez « Autoriser les appareils et les applications à utiliser IMAP », enregistrez, et relancez la vérification. Pour une adresse professionnelle ou scolaire, seul votre administrateur informatique peut autoriser IMAP pour la boîte aux lettres.</translation>
    </message>
    <message>
        <source>Outlook.com does not let mail apps into this mailbox yet.</source>
        <translation>Outlook.com ne laisse pas encore les applications de messagerie entrer dans cette boîte aux lettres.</translation>
    </message>
    <message>
        <source>Sign in at outlook.com, open Settings &gt; Mail &gt; Forwarding and IMAP (in newer versions Settings &gt; Mail &gt; Sync email), switch on &quot;Let devices and apps use IMAP&quot;, save, and run the check again. If the switch is already on, the account may have no Outlook.com mailbox at all, as happens with a Microsoft account made with another provider&apos;s address.</source>
        <translation>Connectez-vous à outlook.com, ouvrez Paramètres &gt; Courrier &gt; Transfert et IMAP (dans les versions récentes Paramètres &gt; Courrier &gt; Synchroniser le courrier), activez « Autoriser les appareils et les applications à utiliser IMAP », enregistrez, et relancez la vérification. Si l&apos;option est déjà activée, le compte n&apos;a peut-être aucune boîte aux lettres Outlook.com, comme c&apos;est le cas d&apos;un compte Microsoft créé avec l&apos;adresse d&apos;un autre fournisseur.</translation>
    </message>
    <message>
        <source>Your organisation has switched off access to this mailbox from mail apps (IMAP).</source>
        <translation>Votre organisation a désactivé l&apos;accès à cette boîte aux lettres depuis les applications de messagerie (IMAP).</translation>
    </message>
    <message>
        <source>Only your IT administrator can allow IMAP for this mailbox. Mail Setup can write the request for you, with the exact command they need. A change can take up to an hour to work; then run the check again.</source>
        <translation>Seul votre administrateur informatique peut autoriser IMAP pour cette boîte aux lettres. Mail Setup peut rédiger la demande pour vous, avec la commande exacte dont il a besoin. Une modification peut mettre jusqu&apos;à une heure pour prendre effet ; relancez ensuite la vérification.</translation>
    </message>
    <message>
        <source>The mail server did not accept the sign-in.</source>
        <translation>Le serveur de messagerie n&apos;a pas accepté la connexion.</translation>
    </message>
    <message>
        <source>Make sure you signed in with the same account as the email address being set up, then run the check again. The server does not say why it refused. If it keeps happening with a work or school address, ask your IT administrator to check that IMAP and authenticated SMTP are allowed for this mailbox.</source>
        <translation>Vérifiez que vous vous êtes connecté avec le même compte que l&apos;adresse e-mail en cours de configuration, puis relancez la vérification. Le serveur ne dit pas pourquoi il a refusé. Si cela se reproduit avec une adresse professionnelle ou scolaire, demandez à votre administrateur informatique de vérifier qu&apos;IMAP et le SMTP authentifié sont autorisés pour cette boîte aux lettres.</translation>
    </message>
    <message>
        <source>Make sure you signed in with the same Microsoft account as the email address being set up, then run the check again. If reading mail fails this way, check that &quot;Let devices and apps use IMAP&quot; is on at outlook.com, under Settings &gt; Mail &gt; Forwarding and IMAP. The server does not say why it refused.</source>
        <translation>Vérifiez que vous vous êtes connecté avec le même compte Microsoft que l&apos;adresse e-mail en cours de configuration, puis relancez la vérification. Si la lecture du courrier échoue ainsi, vérifiez que « Autoriser les appareils et les applications à utiliser IMAP » est activé sur outlook.com, sous Paramètres &gt; Courrier &gt; Transfert et IMAP. Le serveur ne dit pas pourquoi il a refusé.</translation>
    </message>
    <message>
        <source>The mailbox no longer accepts a password from mail apps.</source>
        <translation>La boîte aux lettres n&apos;accepte plus de mot de passe de la part des applications de messagerie.</translation>
    </message>
    <message>
        <source>The app or device tried a password, and Microsoft refuses passwords from mail apps, app passwords included: Outlook.com since 16 September 2024, Microsoft 365 as well. Mail Setup signs in through Microsoft&apos;s sign-in page instead, so run the check again and sign in through the browser. In other mail apps, choose the sign-in method called OAuth2 or Modern Authentication. A printer, scanner or older app that only knows passwords can send through a relay that signs in with Microsoft on its behalf.</source>
        <translation>L&apos;application ou l&apos;appareil a essayé un mot de passe, et Microsoft refuse les mots de passe des applications de messagerie, mots de passe d&apos;application compris : Outlook.com depuis le 16 septembre 2024, Microsoft 365 également. Mail Setup se connecte plutôt par la page de connexion de Microsoft : relancez donc la vérification et connectez-vous dans le navigateur. Dans les autres applications de messagerie, choisissez la méthode de connexion appelée OAuth2 ou Authentification moderne. Une imprimante, un scanner ou une ancienne application qui ne connaît que les mots de passe peut envoyer par un relais qui se connecte à Microsoft à sa place.</translation>
    </message>
    <message>
        <source>Outlook.com no longer accepts a password from mail apps and devices.</source>
        <translation>Outlook.com n&apos;accepte plus de mot de passe de la part des applications de messagerie et des appareils.</translation>
    </message>
    <message>
        <source>Since 16 September 2024 Outlook.com, Hotmail and Live accept no password from mail apps, not even an app password. Choose the sign-in method called OAuth2 or Modern Authentication in the app, which opens Microsoft&apos;s sign-in page; Mail Setup signs in that way. A printer, scanner or older app that only knows passwords can send through a relay that signs in with Microsoft on its behalf.</source>
        <translation>Depuis le 16 septembre 2024, Outlook.com, Hotmail et Live n&apos;acceptent plus aucun mot de passe des applications de messagerie, pas même un mot de passe d&apos;application. Choisissez dans l&apos;application la méthode de connexion appelée OAuth2 ou Authentification moderne, qui ouvre la page de connexion de Microsoft ; c&apos;est ainsi que Mail Setup se connecte. Une imprimante, un scanner ou une ancienne application qui ne connaît que les mots de passe peut envoyer par un relais qui se connecte à Microsoft à sa place.</translation>
    </message>
    <message>
        <source>Microsoft 365 no longer accepts a password from this mail app or device.</source>
        <translation>Microsoft 365 n&apos;accepte plus de mot de passe de la part de cette application de messagerie ou de cet appareil.</translation>
    </message>
    <message>
        <source>Your organisation&apos;s mailboxes accept mail apps only through Microsoft&apos;s sign-in page, and app passwords do not help. Choose the sign-in method called OAuth2 or Modern Authentication in the app; Mail Setup signs in that way. For a printer, scanner or older app that only knows passwords, your IT administrator can set up a relay that signs in with Microsoft on its behalf, or a connector.</source>
        <translation>Les boîtes aux lettres de votre organisation n&apos;acceptent les applications de messagerie que par la page de connexion de Microsoft, et les mots de passe d&apos;application n&apos;y changent rien. Choisissez dans l&apos;application la méthode de connexion appelée OAuth2 ou Authentification moderne ; c&apos;est ainsi que Mail Setup se connecte. Pour une imprimante, un scanner ou une ancienne application qui ne connaît que les mots de passe, votre administrateur informatique peut mettre en place un relais qui se connecte à Microsoft à sa place, ou un connecteur.</translation>
    </message>
    <message>
        <source>Your organisation has switched off sending from mail apps for this mailbox.</source>
        <translation>Votre organisation a désactivé l&apos;envoi depuis les applications de messagerie pour cette boîte aux lettres.</translation>
    </message>
    <message>
        <source>Only your IT administrator can switch it on, for this mailbox or for the whole organisation. Mail Setup can write the request for you, with the exact command they need. The setting of a mailbox wins over the one of the organisation, and a change can take an hour to work.</source>
        <translation>Seul votre administrateur informatique peut l&apos;activer, pour cette boîte aux lettres ou pour toute l&apos;organisation. Mail Setup peut rédiger la demande pour vous, avec la commande exacte dont il a besoin. Le réglage d&apos;une boîte aux lettres l&apos;emporte sur celui de l&apos;organisation, et une modification peut mettre une heure pour prendre effet.</translation>
    </message>
    <message>
        <source>Microsoft has not switched on sending from mail apps for this Outlook.com mailbox yet.</source>
        <translation>Microsoft n&apos;a pas encore activé l&apos;envoi depuis les applications de messagerie pour cette boîte aux lettres Outlook.com.</translation>
    </message>
    <message>
        <source>Reading mail works, but Microsoft does not yet let mail apps send from this mailbox, even with a proper sign-in. Many recently made Outlook.com and Hotmail accounts get this, and no switch in Outlook.com changes it. It often starts to work by itself after some days of normal use. Meanwhile, send from outlook.com in a browser or from the Outlook app. If nothing has changed after a week or two, contact Microsoft support through Help on outlook.com.</source>
        <translation>La lecture du courrier fonctionne, mais Microsoft ne laisse pas encore les applications de messagerie envoyer depuis cette boîte aux lettres, même avec une connexion correcte. Beaucoup de comptes Outlook.com et Hotmail récents sont dans ce cas, et aucune option d&apos;Outlook.com n&apos;y change rien. Souvent, cela se met à fonctionner de lui-même après quelques jours d&apos;utilisation normale. En attendant, envoyez depuis outlook.com dans un navigateur ou depuis l&apos;application Outlook. Si rien n&apos;a changé après une ou deux semaines, contactez l&apos;assistance Microsoft par l&apos;Aide d&apos;outlook.com.</translation>
    </message>
    <message>
        <source>The mail server refused to send because Mail Setup was not signed in.</source>
        <translation>Le serveur de messagerie a refusé d&apos;envoyer parce que Mail Setup n&apos;était pas connecté.</translation>
    </message>
    <message>
        <source>Mail Setup tried to send before the server had accepted the sign-in, which is a fault in Mail Setup. Run the check again; if this comes back, please report it to the makers of Mail Setup with the details below.</source>
        <translation>Mail Setup a essayé d&apos;envoyer avant que le serveur ait accepté la connexion, ce qui est un défaut de Mail Setup. Relancez la vérification ; si cela revient, merci de le signaler aux développeurs de Mail Setup avec les détails ci-dessous.</translation>
    </message>
    <message>
        <source>The sign-in pass for the mailbox ran out during the check.</source>
        <translation>Le laissez-passer de connexion pour la boîte aux lettres a expiré pendant la vérification.</translation>
    </message>
    <message>
        <source>Run the check again: Mail Setup will get a fresh pass from Microsoft. If this keeps happening, sign in again, and if even that does not help, please report it to the makers of Mail Setup.</source>
        <translation>Relancez la vérification : Mail Setup obtiendra un nouveau laissez-passer de Microsoft. Si cela se reproduit, reconnectez-vous, et si même cela ne suffit pas, merci de le signaler aux développeurs de Mail Setup.</translation>
    </message>
    <message>
        <source>Microsoft is holding back requests from this mailbox for a while.</source>
        <translation>Microsoft retient pour un moment les demandes venant de cette boîte aux lettres.</translation>
    </message>
    <message>
        <source>Too many connections or messages came from this mailbox in a short time, perhaps from other mail apps or devices as well. Wait a few minutes, close mail apps you do not need, and run the check again.</source>
        <translation>Trop de connexions ou de messages sont venus de cette boîte aux lettres en peu de temps, peut-être aussi depuis d&apos;autres applications de messagerie ou appareils. Attendez quelques minutes, fermez les applications de messagerie dont vous n&apos;avez pas besoin, et relancez la vérification.</translation>
    </message>
    <message>
        <source>The mail server did not understand a command from Mail Setup.</source>
        <translation>Le serveur de messagerie n&apos;a pas compris une commande de Mail Setup.</translation>
    </message>
    <message>
        <source>This is a fault in Mail Setup, not in your account. Run the check again; if it happens again, please report it to the makers of Mail Setup with the details below.</source>
        <translation>C&apos;est un défaut de Mail Setup, pas de votre compte. Relancez la vérification ; si cela se reproduit, merci de le signaler aux développeurs de Mail Setup avec les détails ci-dessous.</translation>
    </message>
    <message>
        <source>The account you signed in with may not send mail from this address.</source>
        <translation>Le compte avec lequel vous vous êtes connecté n&apos;a peut-être pas le droit d&apos;envoyer depuis cette adresse.</translation>
    </message>
    <message>
        <source>Sign in with the account that owns this address. If the address belongs to a shared mailbox or to someone else, your IT administrator can give your account the Send As permission for it; allow up to an hour before trying again.</source>
        <translation>Connectez-vous avec le compte auquel appartient cette adresse. Si l&apos;adresse appartient à une boîte aux lettres partagée ou à quelqu&apos;un d&apos;autre, votre administrateur informatique peut donner à votre compte l&apos;autorisation « Envoyer en tant que » pour elle ; comptez jusqu&apos;à une heure avant de réessayer.</translation>
    </message>
    <message>
        <source>Send with the address you signed in with as the sender. Outlook.com sends from another address only when it is an alias of the same Microsoft account, which you can add at account.microsoft.com, under Your info. Otherwise sign in with the Microsoft account that owns the address.</source>
        <translation>Envoyez avec comme expéditeur l&apos;adresse avec laquelle vous vous êtes connecté. Outlook.com n&apos;envoie depuis une autre adresse que si c&apos;est un alias du même compte Microsoft, que vous pouvez ajouter sur account.microsoft.com, sous Vos informations. Sinon, connectez-vous avec le compte Microsoft auquel appartient l&apos;adresse.</translation>
    </message>
    <message>
        <source>If you meant to sign in with the account that owns this address, sign in with it. If the address belongs to a shared mailbox or to someone else, only your IT administrator can give your account the Send As permission for it. Mail Setup can write the request for them; allow up to an hour after the change before trying again.</source>
        <translation>Si vous vouliez vous connecter avec le compte auquel appartient cette adresse, connectez-vous avec lui. Si l&apos;adresse appartient à une boîte aux lettres partagée ou à quelqu&apos;un d&apos;autre, seul votre administrateur informatique peut donner à votre compte l&apos;autorisation « Envoyer en tant que » pour elle. Mail Setup peut rédiger la demande pour lui ; comptez jusqu&apos;à une heure après la modification avant de réessayer.</translation>
    </message>
    <message>
        <source>Microsoft has stopped this account from sending mail.</source>
        <translation>Microsoft a empêché ce compte d&apos;envoyer du courrier.</translation>
    </message>
    <message>
        <source>This happens when Microsoft suspects the account of sending unwanted mail, for example after someone else learnt the password. Change your password. For an Outlook.com, Hotmail or Live address, sign in at outlook.com and follow the steps shown there to unblock the account. For a work or school address, your IT administrator can release it in the Microsoft Defender portal under Restricted entities.</source>
        <translation>Cela arrive quand Microsoft soupçonne le compte d&apos;envoyer du courrier indésirable, par exemple après que quelqu&apos;un d&apos;autre a appris le mot de passe. Changez votre mot de passe. Pour une adresse Outlook.com, Hotmail ou Live, connectez-vous à outlook.com et suivez les étapes indiquées pour débloquer le compte. Pour une adresse professionnelle ou scolaire, votre administrateur informatique peut la libérer dans le portail Microsoft Defender sous Entités restreintes.</translation>
    </message>
    <message>
        <source>Outlook.com has stopped this account from sending mail.</source>
        <translation>Outlook.com a empêché ce compte d&apos;envoyer du courrier.</translation>
    </message>
    <message>
        <source>Outlook.com does this when it suspects an account of sending unwanted mail, or when a new account sends a lot before it is verified. Sign in at outlook.com in a browser and follow the steps shown there, such as confirming a code sent to your phone. If someone else may know your password, change it at account.microsoft.com. If sending stays blocked for more than a day, contact Microsoft support through Help on outlook.com.</source>
        <translation>Outlook.com fait cela quand il soupçonne un compte d&apos;envoyer du courrier indésirable, ou quand un nouveau compte envoie beaucoup avant d&apos;être vérifié. Connectez-vous à outlook.com dans un navigateur et suivez les étapes indiquées, comme la confirmation d&apos;un code envoyé sur votre téléphone. Si quelqu&apos;un d&apos;autre connaît peut-être votre mot de passe, changez-le sur account.microsoft.com. Si l&apos;envoi reste bloqué plus d&apos;une journée, contactez l&apos;assistance Microsoft par l&apos;Aide d&apos;outlook.com.</translation>
    </message>
    <message>
        <source>Microsoft 365 has stopped this mailbox from sending mail.</source>
        <translation>Microsoft 365 a empêché cette boîte aux lettres d&apos;envoyer du courrier.</translation>
    </message>
    <message>
        <source>Microsoft 365 blocks a mailbox that it suspects of sending unwanted mail, often because someone else has learnt the password. Change your password. Only your IT administrator can release the mailbox, after checking it for misuse; Mail Setup can write the request for them, with the exact commands.</source>
        <translation>Microsoft 365 bloque une boîte aux lettres qu&apos;il soupçonne d&apos;envoyer du courrier indésirable, souvent parce que quelqu&apos;un d&apos;autre a appris le mot de passe. Changez votre mot de passe. Seul votre administrateur informatique peut libérer la boîte aux lettres, après l&apos;avoir vérifiée ; Mail Setup peut rédiger la demande pour lui, avec les commandes exactes.</translation>
    </message>
    <message>
        <source>This mailbox has sent as much mail as Microsoft allows for now.</source>
        <translation>Cette boîte aux lettres a envoyé autant de courrier que Microsoft le permet pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Microsoft limits how many messages and recipients a mailbox may send in a day. Wait until the limit resets, which can take up to 24 hours, then run the check again. If the mailbox needs to send more than that, talk to your IT administrator.</source>
        <translation>Microsoft limite le nombre de messages et de destinataires qu&apos;une boîte aux lettres peut envoyer par jour. Attendez que la limite se réinitialise, ce qui peut prendre jusqu&apos;à 24 heures, puis relancez la vérification. Si la boîte aux lettres doit envoyer davantage, parlez-en à votre administrateur informatique.</translation>
    </message>
    <message>
        <source>Outlook.com limits how many messages and recipients an account may send in a day, and new accounts get lower limits at first. Wait until the limit resets, which can take up to 24 hours, then run the check again. If Outlook.com asks you to verify the account, do so at outlook.com: a verified account may send more.</source>
        <translation>Outlook.com limite le nombre de messages et de destinataires qu&apos;un compte peut envoyer par jour, et les nouveaux comptes ont d&apos;abord des limites plus basses. Attendez que la limite se réinitialise, ce qui peut prendre jusqu&apos;à 24 heures, puis relancez la vérification. Si Outlook.com vous demande de vérifier le compte, faites-le sur outlook.com : un compte vérifié peut envoyer davantage.</translation>
    </message>
    <message>
        <source>Microsoft 365 lets a mailbox send to at most 10,000 recipients a day and about 30 messages a minute. Wait until the limit resets, which can take up to 24 hours, then run the check again. If the mailbox really has to send more, ask your IT administrator about a service made for bulk mail.</source>
        <translation>Microsoft 365 laisse une boîte aux lettres envoyer à 10 000 destinataires au plus par jour et à environ 30 messages par minute. Attendez que la limite se réinitialise, ce qui peut prendre jusqu&apos;à 24 heures, puis relancez la vérification. Si la boîte aux lettres doit vraiment envoyer davantage, demandez à votre administrateur informatique un service fait pour les envois en masse.</translation>
    </message>
    <message>
        <source>Microsoft&apos;s server had a passing problem.</source>
        <translation>Le serveur de Microsoft a eu un problème passager.</translation>
    </message>
    <message>
        <source>Nothing is wrong with your settings. Wait a few minutes and run the check again. If it still fails hours later, Microsoft&apos;s service status page may say more.</source>
        <translation>Vos paramètres n&apos;ont aucun problème. Attendez quelques minutes et relancez la vérification. Si cela échoue encore des heures plus tard, la page d&apos;état des services de Microsoft en dit peut-être plus.</translation>
    </message>
    <message>
        <source>The mail server is not taking connections at the moment.</source>
        <translation>Le serveur de messagerie n&apos;accepte pas de connexions pour le moment.</translation>
    </message>
    <message>
        <source>Nothing is wrong with your settings or your account: the server turned the connection away before Mail Setup could sign in, as servers do while they are busy or being maintained. Wait a few minutes and run the check again. If it still fails an hour later, Microsoft&apos;s service status page may say more.</source>
        <translation>Vos paramètres et votre compte n&apos;ont aucun problème : le serveur a refusé la connexion avant que Mail Setup puisse se connecter, comme le font les serveurs occupés ou en maintenance. Attendez quelques minutes et relancez la vérification. Si cela échoue encore une heure plus tard, la page d&apos;état des services de Microsoft en dit peut-être plus.</translation>
    </message>
    <message>
        <source>The connection used an old kind of encryption that Microsoft no longer accepts.</source>
        <translation>La connexion a utilisé un ancien type de chiffrement que Microsoft n&apos;accepte plus.</translation>
    </message>
    <message>
        <source>Microsoft needs TLS 1.2 or newer. Update the system and Mail Setup, and check for security software that inspects encrypted connections, since it can cause this too. If the problem stays, please report it to the makers of Mail Setup with the details below.</source>
        <translation>Microsoft exige TLS 1.2 ou plus récent. Mettez à jour le système et Mail Setup, et cherchez un logiciel de sécurité qui inspecte les connexions chiffrées, car il peut aussi en être la cause. Si le problème persiste, merci de le signaler aux développeurs de Mail Setup avec les détails ci-dessous.</translation>
    </message>
    <message>
        <source>The test message was turned away and not delivered.</source>
        <translation>Le message de test a été refusé et n&apos;a pas été remis.</translation>
    </message>
    <message>
        <source>A server on the way refused the message; its own words are in the details below. Signing in worked, so the settings are right. Ask the administrator of the sending domain to look at the reason: common ones are the domain&apos;s SPF, DKIM or DMARC records, or a block on the sending server&apos;s address.</source>
        <translation>Un serveur en chemin a refusé le message ; ses propres mots figurent dans les détails ci-dessous. La connexion a fonctionné, les paramètres sont donc justes. Demandez à l&apos;administrateur du domaine d&apos;envoi d&apos;examiner la raison : les plus fréquentes sont les enregistrements SPF, DKIM ou DMARC du domaine, ou un blocage de l&apos;adresse du serveur d&apos;envoi.</translation>
    </message>
    <message>
        <source>A server on the way refused the message; its own words are in the details below. Signing in worked, so the settings are right. If the words speak of an address that does not exist, check the address. If they speak of spam or of the sending server&apos;s reputation, wait a few hours and try again; if it keeps happening, contact Microsoft support through Help on outlook.com.</source>
        <translation>Un serveur en chemin a refusé le message ; ses propres mots figurent dans les détails ci-dessous. La connexion a fonctionné, les paramètres sont donc justes. Si ces mots parlent d&apos;une adresse qui n&apos;existe pas, vérifiez l&apos;adresse. S&apos;ils parlent de spam ou de la réputation du serveur d&apos;envoi, attendez quelques heures et réessayez ; si cela se reproduit, contactez l&apos;assistance Microsoft par l&apos;Aide d&apos;outlook.com.</translation>
    </message>
    <message>
        <source>Microsoft 365 no longer accepts a password for sending mail from this device or app.</source>
        <translation>Microsoft 365 n&apos;accepte plus de mot de passe pour envoyer du courrier depuis cet appareil ou cette application.</translation>
    </message>
    <message>
        <source>The device or app signed in to send mail with a user name and a password. Exchange Online switches that off, by default from the end of December 2026 and for good in 2027, and app passwords do not help. Choose the sign-in method called OAuth2 or Modern Authentication in the app. A printer, scanner or older app that cannot do that can send through a relay that signs in with Microsoft on its behalf, and your IT administrator can set up a connector for it instead.</source>
        <translation>L&apos;appareil ou l&apos;application s&apos;est connecté pour envoyer du courrier avec un nom d&apos;utilisateur et un mot de passe. Exchange Online désactive cela, par défaut à partir de fin décembre 2026 et définitivement en 2027, et les mots de passe d&apos;application n&apos;y changent rien. Choisissez dans l&apos;application la méthode de connexion appelée OAuth2 ou Authentification moderne. Une imprimante, un scanner ou une ancienne application qui ne le peut pas peut envoyer par un relais qui se connecte à Microsoft à sa place, et votre administrateur informatique peut mettre en place un connecteur à la place.</translation>
    </message>
    <message>
        <source>Your organisation&apos;s security defaults do not let mail apps send with a password.</source>
        <translation>Les paramètres de sécurité par défaut de votre organisation ne laissent pas les applications de messagerie envoyer avec un mot de passe.</translation>
    </message>
    <message>
        <source>Your organisation has Microsoft&apos;s security defaults switched on, and while they are, Exchange Online refuses every device or app that signs in to send with a user name and a password, whatever else is set. Choose the sign-in method called OAuth2 or Modern Authentication in the app if it has one. If it has not, only your IT administrator can help, by replacing the security defaults with Conditional Access rules; Mail Setup can write the request for them.</source>
        <translation>Votre organisation a activé les paramètres de sécurité par défaut de Microsoft, et tant qu&apos;ils le sont, Exchange Online refuse tout appareil ou toute application qui se connecte pour envoyer avec un nom d&apos;utilisateur et un mot de passe, quels que soient les autres réglages. Choisissez dans l&apos;application la méthode de connexion appelée OAuth2 ou Authentification moderne si elle en a une. Sinon, seul votre administrateur informatique peut aider, en remplaçant les paramètres de sécurité par défaut par des règles d&apos;accès conditionnel ; Mail Setup peut rédiger la demande pour lui.</translation>
    </message>
    <message>
        <source>Your organisation turns away mail that a device sends to it without signing in.</source>
        <translation>Votre organisation refuse le courrier qu&apos;un appareil lui envoie sans se connecter.</translation>
    </message>
    <message>
        <source>The device or app sends straight to your organisation&apos;s mail servers without a sign-in (direct send), and your organisation has switched that off, as Microsoft recommends. If the device can sign in with OAuth2 or Modern Authentication, set it to send through smtp.office365.com on port 587 that way. Otherwise only your IT administrator can let its mail in, best with a connector for the device&apos;s network address; Mail Setup can write the request for them.</source>
        <translation>L&apos;appareil ou l&apos;application envoie directement aux serveurs de messagerie de votre organisation sans se connecter (envoi direct), et votre organisation a désactivé cela, comme Microsoft le recommande. Si l&apos;appareil peut se connecter avec OAuth2 ou l&apos;Authentification moderne, réglez-le pour envoyer ainsi par smtp.office365.com sur le port 587. Sinon, seul votre administrateur informatique peut laisser entrer son courrier, de préférence avec un connecteur pour l&apos;adresse réseau de l&apos;appareil ; Mail Setup peut rédiger la demande pour lui.</translation>
    </message>
    <message>
        <source>A mailbox is full, so the message could not be sent or delivered.</source>
        <translation>Une boîte aux lettres est pleine, le message n&apos;a donc pas pu être envoyé ou remis.</translation>
    </message>
    <message>
        <source>Microsoft stops a mailbox that is over its storage limit from sending, and later from receiving. If it is your own mailbox, delete messages you do not need, large ones first, and empty the Deleted Items and Junk Email folders, then run the check again. If the bounce names someone else&apos;s mailbox, only they can make room in it.</source>
        <translation>Microsoft empêche une boîte aux lettres qui dépasse sa limite de stockage d&apos;envoyer, puis de recevoir. Si c&apos;est votre propre boîte aux lettres, supprimez les messages dont vous n&apos;avez pas besoin, les plus gros d&apos;abord, et videz les dossiers Éléments supprimés et Courrier indésirable, puis relancez la vérification. Si le message de non-remise nomme la boîte aux lettres de quelqu&apos;un d&apos;autre, lui seul peut y faire de la place.</translation>
    </message>
    <message>
        <source>Outlook.com&apos;s storage is shared with OneDrive: see what uses it at outlook.com, under Settings &gt; General &gt; Storage. Delete messages you do not need, large ones first, empty the Deleted Items and Junk Email folders, and remove large files from OneDrive if that is what fills it; then run the check again. If the bounce names someone else&apos;s mailbox, only they can make room in it.</source>
        <translation>Le stockage d&apos;Outlook.com est partagé avec OneDrive : voyez ce qui l&apos;occupe sur outlook.com, sous Paramètres &gt; Général &gt; Stockage. Supprimez les messages dont vous n&apos;avez pas besoin, les plus gros d&apos;abord, videz les dossiers Éléments supprimés et Courrier indésirable, et retirez les gros fichiers de OneDrive si ce sont eux qui le remplissent ; relancez ensuite la vérification. Si le message de non-remise nomme la boîte aux lettres de quelqu&apos;un d&apos;autre, lui seul peut y faire de la place.</translation>
    </message>
    <message>
        <source>If it is your own mailbox, delete messages you do not need, large ones first, and empty the Deleted Items folder, then run the check again. If that cannot free enough, your IT administrator can raise the mailbox&apos;s limit or switch on an archive mailbox. If the bounce names someone else&apos;s mailbox, only they can make room in it.</source>
        <translation>Si c&apos;est votre propre boîte aux lettres, supprimez les messages dont vous n&apos;avez pas besoin, les plus gros d&apos;abord, et videz le dossier Éléments supprimés, puis relancez la vérification. Si cela ne libère pas assez de place, votre administrateur informatique peut augmenter la limite de la boîte aux lettres ou activer une boîte aux lettres d&apos;archive. Si le message de non-remise nomme la boîte aux lettres de quelqu&apos;un d&apos;autre, lui seul peut y faire de la place.</translation>
    </message>
    <message>
        <source>The outgoing mail server cannot send from this email address.</source>
        <translation>Le serveur sortant ne peut pas envoyer depuis cette adresse e-mail.</translation>
    </message>
    <message>
        <source>The part of the address before the @ has letters that this server does not accept in an address: it would need the SMTPUTF8 extension, which it does not offer. Signing in worked. Ask the people who run your email whether the mailbox also has an address with plain letters (a to z, digits, dots), and set up that one, or whether the server can be given SMTPUTF8.</source>
        <translation>La partie de l&apos;adresse avant le @ contient des lettres que ce serveur n&apos;accepte pas dans une adresse : il lui faudrait l&apos;extension SMTPUTF8, qu&apos;il ne propose pas. La connexion a fonctionné. Demandez aux personnes qui gèrent votre messagerie si la boîte aux lettres a aussi une adresse en lettres simples (a à z, chiffres, points), et configurez celle-là, ou si le serveur peut recevoir SMTPUTF8.</translation>
    </message>
    <message>
        <source>The mail server&apos;s name could not be found.</source>
        <translation>Le nom du serveur de messagerie est introuvable.</translation>
    </message>
    <message>
        <source>Check that the computer is connected to the internet, for example by opening a web page. If it is, the network may have trouble looking up names: restart the router or try another network, then run the check again.</source>
        <translation>Vérifiez que l&apos;ordinateur est connecté à Internet, par exemple en ouvrant une page web. Si c&apos;est le cas, le réseau a peut-être du mal à trouver les noms : redémarrez le routeur ou essayez un autre réseau, puis relancez la vérification.</translation>
    </message>
    <message>
        <source>The connection to the mail server was refused.</source>
        <translation>La connexion au serveur de messagerie a été refusée.</translation>
    </message>
    <message>
        <source>Something between this computer and Microsoft turned the connection away, often a firewall or security program that blocks mail. Check the firewall and antivirus settings or try another network, then run the check again.</source>
        <translation>Quelque chose entre cet ordinateur et Microsoft a refusé la connexion, souvent un pare-feu ou un logiciel de sécurité qui bloque le courrier. Vérifiez les réglages du pare-feu et de l&apos;antivirus ou essayez un autre réseau, puis relancez la vérification.</translation>
    </message>
    <message>
        <source>The mail server could not be reached in time.</source>
        <translation>Le serveur de messagerie n&apos;a pas pu être joint à temps.</translation>
    </message>
    <message>
        <source>Check the internet connection. Some networks, such as those of offices, hotels and schools, and some home routers or antivirus programs, block the mail ports 587 and 993. Try another network, for example a phone&apos;s hotspot, to find out, and ask the owner of the network to allow these ports.</source>
        <translation>Vérifiez la connexion Internet. Certains réseaux, comme ceux des bureaux, des hôtels et des écoles, et certains routeurs domestiques ou antivirus, bloquent les ports de messagerie 587 et 993. Essayez un autre réseau, par exemple le partage de connexion d&apos;un téléphone, pour le savoir, et demandez au propriétaire du réseau d&apos;autoriser ces ports.</translation>
    </message>
    <message>
        <source>A secure connection to the mail server could not be set up.</source>
        <translation>Une connexion sécurisée au serveur de messagerie n&apos;a pas pu être établie.</translation>
    </message>
    <message>
        <source>Check that the computer&apos;s date and time are right, then run the check again. If it keeps failing, try another network: some networks and security programs get in the way of encrypted connections.</source>
        <translation>Vérifiez que la date et l&apos;heure de l&apos;ordinateur sont justes, puis relancez la vérification. Si cela échoue encore, essayez un autre réseau : certains réseaux et logiciels de sécurité gênent les connexions chiffrées.</translation>
    </message>
    <message>
        <source>Mail Setup could not confirm that it was talking to the real mail server.</source>
        <translation>Mail Setup n&apos;a pas pu confirmer qu&apos;il parlait au vrai serveur de messagerie.</translation>
    </message>
    <message>
        <source>Usually something between this computer and Microsoft looks inside encrypted connections, such as antivirus software or a company proxy, or the computer&apos;s date and time are wrong. Check the date and time, try another network, and ask whoever runs the security software or the network to let mail connections to Microsoft through untouched. Do not accept the connection anyway: your sign-in could be read by others.</source>
        <translation>En général, quelque chose entre cet ordinateur et Microsoft regarde à l&apos;intérieur des connexions chiffrées, comme un antivirus ou un proxy d&apos;entreprise, ou bien la date et l&apos;heure de l&apos;ordinateur sont fausses. Vérifiez la date et l&apos;heure, essayez un autre réseau, et demandez à la personne qui gère le logiciel de sécurité ou le réseau de laisser passer intactes les connexions de messagerie vers Microsoft. N&apos;acceptez pas la connexion malgré tout : d&apos;autres pourraient lire votre connexion.</translation>
    </message>
    <message>
        <source>The mail server did not offer encryption, so Mail Setup did not send your sign-in.</source>
        <translation>Le serveur de messagerie n&apos;a pas proposé de chiffrement, Mail Setup n&apos;a donc pas envoyé votre connexion.</translation>
    </message>
    <message>
        <source>Microsoft&apos;s servers always offer encryption, so something on the network has probably removed it. Try another network, and check for security software or a proxy that handles mail connections.</source>
        <translation>Les serveurs de Microsoft proposent toujours le chiffrement ; quelque chose sur le réseau l&apos;a donc probablement retiré. Essayez un autre réseau, et cherchez un logiciel de sécurité ou un proxy qui traite les connexions de messagerie.</translation>
    </message>
    <message>
        <source>The mail server ended the connection unexpectedly.</source>
        <translation>Le serveur de messagerie a mis fin à la connexion de façon inattendue.</translation>
    </message>
    <message>
        <source>This is often a passing problem. Wait a minute and run the check again. If it keeps happening, try another network: some networks and security programs cut mail connections.</source>
        <translation>C&apos;est souvent un problème passager. Attendez une minute et relancez la vérification. Si cela se reproduit, essayez un autre réseau : certains réseaux et logiciels de sécurité coupent les connexions de messagerie.</translation>
    </message>
    <message>
        <source>The mail server stopped answering.</source>
        <translation>Le serveur de messagerie a cessé de répondre.</translation>
    </message>
    <message>
        <source>The connection was made, but no answer came in time. Wait a minute and run the check again; if it keeps happening, try another network.</source>
        <translation>La connexion a été établie, mais aucune réponse n&apos;est arrivée à temps. Attendez une minute et relancez la vérification ; si cela se reproduit, essayez un autre réseau.</translation>
    </message>
    <message>
        <source>The test message was sent but did not arrive in your inbox in time.</source>
        <translation>Le message de test a été envoyé mais n&apos;est pas arrivé à temps dans votre boîte de réception.</translation>
    </message>
    <message>
        <source>Sending and signing in work. Delivery can be slow at busy times: wait a few minutes and look in your inbox and in the junk email folder. If the message never arrives, a rule in your mailbox may move or delete it, or your organisation may hold it for checking; your IT administrator can trace it by its Message-ID, shown below.</source>
        <translation>L&apos;envoi et la connexion fonctionnent. La remise peut être lente aux heures chargées : attendez quelques minutes et regardez dans votre boîte de réception et dans le dossier du courrier indésirable. Si le message n&apos;arrive jamais, une règle de votre boîte aux lettres le déplace ou le supprime peut-être, ou votre organisation le retient pour contrôle ; votre administrateur informatique peut le retrouver grâce à son Message-ID, indiqué ci-dessous.</translation>
    </message>
    <message>
        <source>Sending and signing in work. Delivery can be slow at busy times: wait a few minutes and look in your inbox and in the Junk Email folder. If the message never arrives, a rule in Outlook.com may move or delete it: look at outlook.com, under Settings &gt; Mail &gt; Rules.</source>
        <translation>L&apos;envoi et la connexion fonctionnent. La remise peut être lente aux heures chargées : attendez quelques minutes et regardez dans votre boîte de réception et dans le dossier Courrier indésirable. Si le message n&apos;arrive jamais, une règle d&apos;Outlook.com le déplace ou le supprime peut-être : regardez sur outlook.com, sous Paramètres &gt; Courrier &gt; Règles.</translation>
    </message>
    <message>
        <source>The server answered in a way that Mail Setup did not expect.</source>
        <translation>Le serveur a répondu d&apos;une manière que Mail Setup n&apos;attendait pas.</translation>
    </message>
    <message>
        <source>Check that the server names and ports in the settings are the ones Mail Setup suggests. A network that sends you to its own sign-in page, as in hotels and airports, can also cause this. If neither explains it, please report it to the makers of Mail Setup with the details below.</source>
        <translation>Vérifiez que les noms de serveur et les ports dans les paramètres sont ceux que Mail Setup propose. Un réseau qui vous envoie vers sa propre page de connexion, comme dans les hôtels et les aéroports, peut aussi en être la cause. Si rien de cela ne l&apos;explique, merci de le signaler aux développeurs de Mail Setup avec les détails ci-dessous.</translation>
    </message>
    <message>
        <source>The email address cannot be used as it is written.</source>
        <translation>L&apos;adresse e-mail ne peut pas être utilisée telle qu&apos;elle est écrite.</translation>
    </message>
    <message>
        <source>Check the address for typing mistakes: an email address has one @ and no spaces, quotation marks, angle brackets, backslashes or control characters. Correct it and start again.</source>
        <translation>Vérifiez que l&apos;adresse ne contient pas de faute de frappe : une adresse e-mail a un seul @ et ni espaces, ni guillemets, ni chevrons, ni barres obliques inverses, ni caractères de contrôle. Corrigez-la et recommencez.</translation>
    </message>
    <message>
        <source>Something went wrong that Mail Setup does not recognise.</source>
        <translation>Un problème que Mail Setup ne reconnaît pas s&apos;est produit.</translation>
    </message>
    <message>
        <source>Run the check again. If it fails the same way, please pass the details below to your IT administrator or to the makers of Mail Setup: the server&apos;s own words usually tell them what happened.</source>
        <translation>Relancez la vérification. Si elle échoue de la même façon, merci de transmettre les détails ci-dessous à votre administrateur informatique ou aux développeurs de Mail Setup : les propres mots du serveur leur disent en général ce qui s&apos;est passé.</translation>
    </message>
    <message>
        <source>Whoever runs this mail server</source>
        <translation>La personne qui gère ce serveur de messagerie</translation>
    </message>
    <message>
        <source>Incoming mail server (IMAP): %1, port %2.</source>
        <translation>Serveur entrant (IMAP) : %1, port %2.</translation>
    </message>
    <message>
        <source>Outgoing mail server (SMTP): %1, port %2.</source>
        <translation>Serveur sortant (SMTP) : %1, port %2.</translation>
    </message>
    <message>
        <source>Microsoft&apos;s sign-in service: %1.</source>
        <translation>Service de connexion de Microsoft : %1.</translation>
    </message>
    <message>
        <source>Server: %1, port %2.</source>
        <translation>Serveur : %1, port %2.</translation>
    </message>
    <message>
        <source>Server: %1.</source>
        <translation>Serveur : %1.</translation>
    </message>
    <message numerus="yes">
        <source>Mail Setup waited %n second(s).</source>
        <translation>
            <numerusform>Mail Setup a attendu %n seconde.</numerusform>
            <numerusform>Mail Setup a attendu %n secondes.</numerusform>
        </translation>
    </message>
    <message>
        <source>The relay for your devices did not start on this computer.</source>
        <translation>Le relais pour vos appareils n&apos;a pas démarré sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Try again. If it fails the same way, the relay&apos;s own words below say why: most often the sign-in is not saved on this computer, or the keychain is locked. Sign in again with Mail Setup, unlock the keychain, and try once more.</source>
        <translation>Réessayez. Si cela échoue de la même façon, les mots du relais ci-dessous disent pourquoi : le plus souvent, la connexion n&apos;est pas enregistrée sur cet ordinateur, ou le trousseau est verrouillé. Reconnectez-vous avec Mail Setup, déverrouillez le trousseau et réessayez.</translation>
    </message>
    <message>
        <source>Another program already uses the relay&apos;s port on this computer.</source>
        <translation>Un autre programme utilise déjà le port du relais sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Another program, or a relay that sends for another account, answers on the port the relay needs. Stop that program (or that relay, with &quot;mailsetup relay remove-service&quot; or by ending it), then try again.</source>
        <translation>Un autre programme, ou un relais qui envoie pour un autre compte, répond sur le port dont le relais a besoin. Arrêtez ce programme (ou ce relais, avec &quot;mailsetup relay remove-service&quot; ou en le fermant), puis réessayez.</translation>
    </message>
</context>
<context>
    <name>DiagnosisView</name>
    <message>
        <source>What went wrong</source>
        <translation>Ce qui n&apos;a pas marché</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>Shows or hides what the server said, for a helpdesk.</source>
        <translation>Affiche ou masque ce que le serveur a répondu, pour l&apos;assistance.</translation>
    </message>
    <message>
        <source>Details for the helpdesk</source>
        <translation>Détails pour l&apos;assistance</translation>
    </message>
    <message>
        <source>What the server or Microsoft&apos;s sign-in said, word for word.</source>
        <translation>Ce que le serveur ou le service de connexion de Microsoft a répondu, mot pour mot.</translation>
    </message>
    <message>
        <source>Sign in &amp;again</source>
        <translation>Se re&amp;connecter</translation>
    </message>
    <message>
        <source>Opens Microsoft&apos;s sign-in page in your browser once more.</source>
        <translation>Ouvre encore une fois la page de connexion de Microsoft dans votre navigateur.</translation>
    </message>
    <message>
        <source>&amp;Use another account</source>
        <translation>&amp;Utiliser un autre compte</translation>
    </message>
    <message>
        <source>Opens Microsoft&apos;s sign-in page so that you can choose the account of the address you are setting up.</source>
        <translation>Ouvre la page de connexion de Microsoft pour que vous puissiez choisir le compte de l&apos;adresse que vous configurez.</translation>
    </message>
    <message>
        <source>Copy a message for your &amp;IT administrator</source>
        <translation>Copier un message pour votre administrateur &amp;informatique</translation>
    </message>
    <message>
        <source>Puts a message on the clipboard that tells your IT administrator exactly what to change.</source>
        <translation>Place dans le presse-papiers un message qui dit exactement à votre administrateur informatique ce qu&apos;il faut changer.</translation>
    </message>
    <message>
        <source>Show me &amp;how to switch on IMAP</source>
        <translation>Montre&amp;z-moi comment activer IMAP</translation>
    </message>
    <message>
        <source>Goes back to the page that shows how to switch on IMAP in Outlook.com.</source>
        <translation>Revient à la page qui montre comment activer IMAP dans Outlook.com.</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>Réess&amp;ayer</translation>
    </message>
    <message>
        <source>Runs again only the checks that failed.</source>
        <translation>Relance uniquement les vérifications qui ont échoué.</translation>
    </message>
    <message>
        <source>Who can fix this: %1</source>
        <translation>Qui peut résoudre le problème : %1</translation>
    </message>
    <message>
        <source>Hide &amp;details</source>
        <translation>Masquer les &amp;détails</translation>
    </message>
    <message>
        <source>Show &amp;details</source>
        <translation>Afficher les &amp;détails</translation>
    </message>
    <message>
        <source>Hide details</source>
        <translation>Masquer les détails</translation>
    </message>
    <message>
        <source>Show details</source>
        <translation>Afficher les détails</translation>
    </message>
    <message>
        <source>Your IT administrator can make the change in Microsoft Graph PowerShell:</source>
        <translation>Votre administrateur informatique peut faire la modification dans Microsoft Graph PowerShell :</translation>
    </message>
    <message>
        <source>Your IT administrator can make the change in Exchange Online PowerShell:</source>
        <translation>Votre administrateur informatique peut faire la modification dans Exchange Online PowerShell :</translation>
    </message>
    <message>
        <source>Commands for your IT administrator</source>
        <translation>Commandes pour votre administrateur informatique</translation>
    </message>
    <message>
        <source>The commands are on the clipboard.</source>
        <translation>Les commandes sont dans le presse-papiers.</translation>
    </message>
</context>
<context>
    <name>EmailAddress</name>
    <message>
        <source>An email address has no spaces in it.</source>
        <translation>Une adresse e-mail ne contient pas d&apos;espaces.</translation>
    </message>
    <message>
        <source>Type the whole address, with the @ and the part after it, for example name@outlook.com.</source>
        <translation>Tapez l&apos;adresse entière, avec le @ et la partie qui suit, par exemple nom@outlook.com.</translation>
    </message>
    <message>
        <source>An email address has only one @ in it.</source>
        <translation>Une adresse e-mail ne contient qu&apos;un seul @.</translation>
    </message>
    <message>
        <source>Type the part before the @ too, for example name@outlook.com.</source>
        <translation>Tapez aussi la partie avant le @, par exemple nom@outlook.com.</translation>
    </message>
    <message>
        <source>The part before the @ has a character that email addresses cannot have, or a dot at its start, at its end or twice in a row.</source>
        <translation>La partie avant le @ contient un caractère impossible dans une adresse e-mail, ou un point au début, à la fin ou deux fois de suite.</translation>
    </message>
    <message>
        <source>The part before the @ is too long for an email address.</source>
        <translation>La partie avant le @ est trop longue pour une adresse e-mail.</translation>
    </message>
    <message>
        <source>Type the part after the @ too, for example outlook.com.</source>
        <translation>Tapez aussi la partie après le @, par exemple outlook.com.</translation>
    </message>
    <message>
        <source>The part after the @ is not complete: it needs a dot and an ending, for example outlook.com.</source>
        <translation>La partie après le @ est incomplète : il lui faut un point et une terminaison, par exemple outlook.com.</translation>
    </message>
    <message>
        <source>The part after the @ is not a domain name that can exist. Check it for typing mistakes.</source>
        <translation>La partie après le @ n&apos;est pas un nom de domaine possible. Vérifiez qu&apos;elle ne contient pas de faute de frappe.</translation>
    </message>
    <message>
        <source>This is too long for an email address.</source>
        <translation>C&apos;est trop long pour une adresse e-mail.</translation>
    </message>
</context>
<context>
    <name>Enrolment</name>
    <message>
        <source>There is no sign-in to keep.</source>
        <translation>Il n&apos;y a aucune connexion à garder.</translation>
    </message>
    <message>
        <source>The sign-in could not be kept in %1. %2</source>
        <translation>La connexion n&apos;a pas pu être gardée %1. %2</translation>
    </message>
    <message>
        <source>Technical detail: %1</source>
        <translation>Détail technique : %1</translation>
    </message>
    <message>
        <source>The account settings could not be written to %1.</source>
        <translation>Les paramètres du compte n&apos;ont pas pu être écrits dans %1.</translation>
    </message>
    <message>
        <source>No sign-in is kept for %1 on this computer.</source>
        <translation>Aucune connexion n&apos;est conservée pour %1 sur cet ordinateur.</translation>
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
        <translation>Codes de sortie :
  0  tout a fonctionné
  1  erreur interne de Mail Setup
  2  arguments ou fichiers d&apos;entrée incorrects
  3  connexion nécessaire ou échouée
  4  problème de réseau ou serveur indisponible (recherche du nom, connexion, délai dépassé)
  5  problème de chiffrement (TLS) ou de certificat
  6  le serveur a refusé le compte
  7  le message de test n&apos;a pas pu être envoyé ou n&apos;est pas arrivé
  8  le trousseau n&apos;est pas disponible
</translation>
    </message>
</context>
<context>
    <name>HelpdeskReport</name>
    <message>
        <source>personal Microsoft account (Outlook.com)</source>
        <translation>compte Microsoft personnel (Outlook.com)</translation>
    </message>
    <message>
        <source>work or school account (Microsoft 365)</source>
        <translation>compte professionnel ou scolaire (Microsoft 365)</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>Mail Setup report for %1</source>
        <translation>Rapport de Mail Setup pour %1</translation>
    </message>
    <message>
        <source>The account works: it can receive and send e-mail.</source>
        <translation>Le compte fonctionne : il peut recevoir et envoyer des e-mails.</translation>
    </message>
    <message>
        <source>The account does not work yet. The report below says what failed and who can fix it.</source>
        <translation>Le compte ne fonctionne pas encore. Le rapport ci-dessous indique ce qui a échoué et qui peut le résoudre.</translation>
    </message>
    <message>
        <source>Nothing was checked yet.</source>
        <translation>Rien n&apos;a encore été vérifié.</translation>
    </message>
    <message>
        <source>The account</source>
        <translation>Le compte</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Kind of account</source>
        <translation>Type de compte</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <source>Signed in as</source>
        <translation>Connecté en tant que</translation>
    </message>
    <message>
        <source>Tenant ID</source>
        <translation>ID de locataire</translation>
    </message>
    <message>
        <source>Application (client) ID</source>
        <translation>ID d&apos;application (client)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>What went wrong</source>
        <translation>Ce qui n&apos;a pas marché</translation>
    </message>
    <message>
        <source>Who can fix it</source>
        <translation>Qui peut résoudre le problème</translation>
    </message>
    <message>
        <source>Diagnosis code</source>
        <translation>Code de diagnostic</translation>
    </message>
    <message>
        <source>AADSTS code</source>
        <translation>Code AADSTS</translation>
    </message>
    <message>
        <source>Trace ID</source>
        <translation>ID de suivi</translation>
    </message>
    <message>
        <source>Correlation ID</source>
        <translation>ID de corrélation</translation>
    </message>
    <message>
        <source>The server said:</source>
        <translation>Le serveur a répondu :</translation>
    </message>
    <message>
        <source>A message for your IT administrator</source>
        <translation>Un message pour votre administrateur informatique</translation>
    </message>
    <message>
        <source>What was checked</source>
        <translation>Ce qui a été vérifié</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>réussi</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échoué</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Incoming mail (IMAP, %1)</source>
        <translation>Courrier entrant (IMAP, %1)</translation>
    </message>
    <message>
        <source>Outgoing mail (SMTP, %1)</source>
        <translation>Courrier sortant (SMTP, %1)</translation>
    </message>
    <message>
        <source>The test message arrived in the inbox after %1 ms.</source>
        <translation>Le message de test est arrivé dans la boîte de réception après %1 ms.</translation>
    </message>
    <message>
        <source>The test message was sent but was not seen in the inbox.</source>
        <translation>Le message de test a été envoyé mais n&apos;a pas été vu dans la boîte de réception.</translation>
    </message>
    <message>
        <source>The test message could not be sent.</source>
        <translation>Le message de test n&apos;a pas pu être envoyé.</translation>
    </message>
    <message>
        <source>What was said with the servers (secrets removed)</source>
        <translation>Ce qui a été échangé avec les serveurs (secrets retirés)</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Cet ordinateur</translation>
    </message>
    <message>
        <source>Report created</source>
        <translation>Rapport créé le</translation>
    </message>
    <message>
        <source>Mail Setup version</source>
        <translation>Version de Mail Setup</translation>
    </message>
    <message>
        <source>Qt version</source>
        <translation>Version de Qt</translation>
    </message>
    <message>
        <source>Operating system</source>
        <translation>Système d&apos;exploitation</translation>
    </message>
    <message>
        <source>Kernel</source>
        <translation>Noyau</translation>
    </message>
    <message>
        <source>The report file %1 cannot be written.</source>
        <translation>Le fichier de rapport %1 ne peut pas être écrit.</translation>
    </message>
</context>
<context>
    <name>ImapSwitchPage</name>
    <message>
        <source>Switch on POP and IMAP</source>
        <translation>Activer POP et IMAP</translation>
    </message>
    <message>
        <source>Sign in at Outlook.com in your browser, or choose &quot;Open Outlook.com settings&quot; below, which takes you straight to step 3.</source>
        <translation>Connectez-vous à Outlook.com dans votre navigateur, ou choisissez « Ouvrir les paramètres d&apos;Outlook.com » ci-dessous, qui vous mène directement à l&apos;étape 3.</translation>
    </message>
    <message>
        <source>Choose Settings (the gear at the top right), then Mail, then Forwarding and IMAP. In newer versions of Outlook.com the page is called Sync email, with a part called POP and IMAP.</source>
        <translation>Choisissez Paramètres (la roue dentée en haut à droite), puis Courrier, puis Transfert et IMAP. Dans les versions récentes d&apos;Outlook.com, la page s&apos;appelle Synchroniser le courrier, avec une partie appelée POP et IMAP.</translation>
    </message>
    <message>
        <source>Switch on &quot;Let devices and apps use IMAP&quot;. If your mail app uses POP, switch on &quot;Let devices and apps use POP&quot; as well.</source>
        <translation>Activez « Autoriser les appareils et les applications à utiliser IMAP ». Si votre application de messagerie utilise POP, activez aussi « Autoriser les appareils et les applications à utiliser POP ».</translation>
    </message>
    <message>
        <source>Choose Save.</source>
        <translation>Choisissez Enregistrer.</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation>Étape %1 sur %2 : %3</translation>
    </message>
    <message>
        <source>Picture of the Outlook.com settings</source>
        <translation>Image des paramètres d&apos;Outlook.com</translation>
    </message>
    <message>
        <source>The numbers in the picture match the steps: 1 the gear, 2 Mail and Forwarding and IMAP, 3 the switch, turned on, 4 the Save button.</source>
        <translation>Les numéros de l&apos;image correspondent aux étapes : 1 la roue dentée, 2 Courrier et Transfert et IMAP, 3 l&apos;interrupteur, activé, 4 le bouton Enregistrer.</translation>
    </message>
    <message>
        <source>&amp;Open Outlook.com settings</source>
        <translation>&amp;Ouvrir les paramètres d&apos;Outlook.com</translation>
    </message>
    <message>
        <source>Opens the POP and IMAP settings of Outlook.com in your browser. Sign in there if Outlook.com asks.</source>
        <translation>Ouvre les paramètres POP et IMAP d&apos;Outlook.com dans votre navigateur. Connectez-vous-y si Outlook.com le demande.</translation>
    </message>
    <message>
        <source>If the button does not open the right page, follow the steps above: the way through the settings always works.</source>
        <translation>Si le bouton n&apos;ouvre pas la bonne page, suivez les étapes ci-dessus : le chemin par les paramètres fonctionne toujours.</translation>
    </message>
    <message>
        <source>For a work or school account, your IT administrator decides whether mail apps may use IMAP and POP; there is nothing to switch on here. If it is not allowed, the check will say so and help you ask for it.</source>
        <translation>Pour un compte professionnel ou scolaire, c&apos;est votre administrateur informatique qui décide si les applications de messagerie peuvent utiliser IMAP et POP ; il n&apos;y a rien à activer ici. Si ce n&apos;est pas permis, la vérification le dira et vous aidera à le demander.</translation>
    </message>
    <message>
        <source>I&apos;ve &amp;switched it on</source>
        <translation>Je l&apos;ai a&amp;ctivé</translation>
    </message>
    <message>
        <source>Outlook.com lets mail apps in only after you switch this on, once, in its settings.</source>
        <translation>Outlook.com ne laisse entrer les applications de messagerie qu&apos;une fois que vous avez activé ceci, une seule fois, dans ses paramètres.</translation>
    </message>
    <message>
        <source>Outlook.com&apos;s settings open in your browser. Come back here when you have saved.</source>
        <translation>Les paramètres d&apos;Outlook.com s&apos;ouvrent dans votre navigateur. Revenez ici quand vous avez enregistré.</translation>
    </message>
    <message>
        <source>Mail Setup could not open a browser. Open %1 in a browser yourself, or follow the steps above.</source>
        <translation>Mail Setup n&apos;a pas pu ouvrir de navigateur. Ouvrez vous-même %1 dans un navigateur, ou suivez les étapes ci-dessus.</translation>
    </message>
    <message>
        <source>Goes on to the next step.</source>
        <translation>Passe à l&apos;étape suivante.</translation>
    </message>
    <message>
        <source>Choose this once &quot;Let devices and apps use IMAP&quot; is on and saved. Mail Setup goes on to the sign-in.</source>
        <translation>Choisissez ceci une fois que « Autoriser les appareils et les applications à utiliser IMAP » est activé et enregistré. Mail Setup passe ensuite à la connexion.</translation>
    </message>
</context>
<context>
    <name>KeychainSecretStore</name>
    <message>
        <source>the macOS Keychain</source>
        <translation>dans le trousseau de macOS</translation>
    </message>
    <message>
        <source>Windows Credential Manager</source>
        <translation>dans le Gestionnaire d&apos;identification de Windows</translation>
    </message>
    <message>
        <source>the KDE Wallet</source>
        <translation>dans le portefeuille KDE</translation>
    </message>
    <message>
        <source>the Secret Service keyring</source>
        <translation>dans le trousseau du Secret Service</translation>
    </message>
    <message>
        <source>The keyring is locked, so it cannot tell whether it holds this secret.</source>
        <translation>Le trousseau est verrouillé, il ne peut donc pas dire s&apos;il contient ce secret.</translation>
    </message>
    <message>
        <source>The keyring is locked, so the secret may still be in it.</source>
        <translation>Le trousseau est verrouillé, le secret s&apos;y trouve donc peut-être encore.</translation>
    </message>
</context>
<context>
    <name>MemorySecretStore</name>
    <message>
        <source>memory only, until Mail Setup closes</source>
        <translation>en mémoire seulement, jusqu&apos;à la fermeture de Mail Setup</translation>
    </message>
    <message>
        <source>The keychain refused to store the secret.</source>
        <translation>Le trousseau a refusé d&apos;enregistrer le secret.</translation>
    </message>
    <message>
        <source>The secret is larger than the keychain takes.</source>
        <translation>Le secret est plus grand que ce que le trousseau accepte.</translation>
    </message>
</context>
<context>
    <name>Preset</name>
    <message>
        <source>it must be a string</source>
        <translation>ce doit être une chaîne de caractères</translation>
    </message>
    <message>
        <source>it must not be empty</source>
        <translation>ce ne doit pas être vide</translation>
    </message>
    <message>
        <source>it must be a list of strings</source>
        <translation>ce doit être une liste de chaînes de caractères</translation>
    </message>
    <message>
        <source>it must be a string that is not empty</source>
        <translation>ce doit être une chaîne de caractères non vide</translation>
    </message>
    <message>
        <source>Your organisation has set up Mail Setup for addresses at %1 only, so %2 cannot be set up here. Ask your IT department if this address should work.</source>
        <translation>Votre organisation a configuré Mail Setup pour les adresses en %1 uniquement : %2 ne peut donc pas être configurée ici. Demandez à votre service informatique si cette adresse devrait fonctionner.</translation>
    </message>
    <message>
        <source>The preset %1 cannot be used: %2.</source>
        <translation>Le préréglage %1 ne peut pas être utilisé : %2.</translation>
    </message>
    <message>
        <source>The preset %1 cannot be used: the key &quot;%2&quot; is wrong: %3.</source>
        <translation>Le préréglage %1 ne peut pas être utilisé : la clé « %2 » est incorrecte : %3.</translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation>le fichier n&apos;existe pas</translation>
    </message>
    <message>
        <source>it is not a regular file</source>
        <translation>ce n&apos;est pas un fichier ordinaire</translation>
    </message>
    <message>
        <source>the file cannot be read</source>
        <translation>le fichier ne peut pas être lu</translation>
    </message>
    <message>
        <source>the file is larger than 64 KB</source>
        <translation>le fichier dépasse 64 Ko</translation>
    </message>
    <message>
        <source>it is not JSON (%1 at byte %2)</source>
        <translation>ce n&apos;est pas du JSON (%1 à l&apos;octet %2)</translation>
    </message>
    <message>
        <source>it must hold one JSON object</source>
        <translation>il doit contenir un seul objet JSON</translation>
    </message>
    <message>
        <source>there is no such key; the keys are %1</source>
        <translation>cette clé n&apos;existe pas ; les clés sont %1</translation>
    </message>
    <message>
        <source>it must be an application (client) ID such as 00000000-0000-0000-0000-000000000000</source>
        <translation>ce doit être un ID d&apos;application (client) comme 00000000-0000-0000-0000-000000000000</translation>
    </message>
    <message>
        <source>it must be a tenant ID, a domain of the tenant, or organizations, common or consumers</source>
        <translation>ce doit être un ID de locataire, un domaine du locataire, ou organizations, common ou consumers</translation>
    </message>
    <message>
        <source>it must be personal or work</source>
        <translation>ce doit être personal ou work</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a domain</source>
        <translation>« %1 » n&apos;est pas un domaine</translation>
    </message>
    <message>
        <source>the list must name at least one domain</source>
        <translation>la liste doit nommer au moins un domaine</translation>
    </message>
    <message>
        <source>give either provider or providerFile, not both</source>
        <translation>indiquez soit provider, soit providerFile, pas les deux</translation>
    </message>
    <message>
        <source>it must be outlook or microsoft365</source>
        <translation>ce doit être outlook ou microsoft365</translation>
    </message>
    <message>
        <source>it must be true or false</source>
        <translation>ce doit être true ou false</translation>
    </message>
    <message>
        <source>it must be a language code such as de or fr_FR</source>
        <translation>ce doit être un code de langue comme de ou fr_FR</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a page that can be skipped; the pages that can be are %2</source>
        <translation>&quot;%1&quot; n&apos;est pas une page qui peut être sautée ; celles qui peuvent l&apos;être sont %2</translation>
    </message>
</context>
<context>
    <name>ProbeStep</name>
    <message>
        <source>Finding the server</source>
        <translation>Recherche du serveur</translation>
    </message>
    <message>
        <source>Connecting to the server</source>
        <translation>Connexion au serveur</translation>
    </message>
    <message>
        <source>Setting up encryption</source>
        <translation>Mise en place du chiffrement</translation>
    </message>
    <message>
        <source>Waiting for the server to answer</source>
        <translation>Attente de la réponse du serveur</translation>
    </message>
    <message>
        <source>Asking what the server supports</source>
        <translation>Demande de ce que le serveur prend en charge</translation>
    </message>
    <message>
        <source>Switching on encryption</source>
        <translation>Activation du chiffrement</translation>
    </message>
    <message>
        <source>Signing in to your mailbox</source>
        <translation>Connexion à votre boîte aux lettres</translation>
    </message>
    <message>
        <source>Opening your inbox</source>
        <translation>Ouverture de votre boîte de réception</translation>
    </message>
    <message>
        <source>Sending a test message</source>
        <translation>Envoi d&apos;un message de test</translation>
    </message>
    <message>
        <source>Looking for the test message in your inbox</source>
        <translation>Recherche du message de test dans votre boîte de réception</translation>
    </message>
    <message>
        <source>Closing the connection</source>
        <translation>Fermeture de la connexion</translation>
    </message>
    <message>
        <source>Asking again what the server supports, now signed in</source>
        <translation>Nouvelle demande de ce que le serveur prend en charge, une fois connecté</translation>
    </message>
    <message>
        <source>Asking again what the server supports, now encrypted</source>
        <translation>Nouvelle demande de ce que le serveur prend en charge, désormais chiffré</translation>
    </message>
    <message>
        <source>Asking again what the server supports</source>
        <translation>Nouvelle demande de ce que le serveur prend en charge</translation>
    </message>
    <message>
        <source>%1, once more</source>
        <extracomment>A step of the check that comes a second time; %1 is its name (&quot;Connecting to the server&quot;).</extracomment>
        <translation>%1, encore une fois</translation>
    </message>
</context>
<context>
    <name>ProviderProfile</name>
    <message>
        <source>the key is missing</source>
        <translation>la clé est absente</translation>
    </message>
    <message>
        <source>it must be an object</source>
        <translation>ce doit être un objet</translation>
    </message>
    <message>
        <source>it must be text</source>
        <translation>ce doit être du texte</translation>
    </message>
    <message>
        <source>it must not be empty</source>
        <translation>ce ne doit pas être vide</translation>
    </message>
    <message>
        <source>it must be an http or https address</source>
        <translation>ce doit être une adresse http ou https</translation>
    </message>
    <message>
        <source>it must not contain a user name or password</source>
        <translation>ce ne doit contenir ni nom d&apos;utilisateur ni mot de passe</translation>
    </message>
    <message>
        <source>it must be an https address (plain http only to this computer: 127.0.0.1, ::1 or localhost)</source>
        <translation>ce doit être une adresse https (http simple seulement vers cet ordinateur : 127.0.0.1, ::1 ou localhost)</translation>
    </message>
    <message>
        <source>it must be a host name or an IP address</source>
        <translation>ce doit être un nom d&apos;hôte ou une adresse IP</translation>
    </message>
    <message>
        <source>it must be a whole number from 1 to 65535</source>
        <translation>ce doit être un nombre entier de 1 à 65535</translation>
    </message>
    <message>
        <source>it must be &quot;tls&quot; or &quot;starttls&quot;</source>
        <translation>ce doit être « tls » ou « starttls »</translation>
    </message>
    <message>
        <source>The provider file %1 cannot be used: %2.</source>
        <translation>Le fichier de fournisseur %1 ne peut pas être utilisé : %2.</translation>
    </message>
    <message>
        <source>The provider file %1 cannot be used: the key &quot;%2&quot; is wrong: %3.</source>
        <translation>Le fichier de fournisseur %1 ne peut pas être utilisé : la clé « %2 » est incorrecte : %3.</translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation>le fichier n&apos;existe pas</translation>
    </message>
    <message>
        <source>it is not a regular file but a folder, a device or a pipe</source>
        <translation>ce n&apos;est pas un fichier ordinaire mais un dossier, un périphérique ou un tube</translation>
    </message>
    <message>
        <source>the file cannot be read</source>
        <translation>le fichier ne peut pas être lu</translation>
    </message>
    <message>
        <source>the file is too large to be a provider profile</source>
        <translation>le fichier est trop grand pour être un profil de fournisseur</translation>
    </message>
    <message>
        <source>it is not valid JSON (%1 at character %2)</source>
        <translation>ce n&apos;est pas du JSON valide (%1 au caractère %2)</translation>
    </message>
    <message>
        <source>it must hold one JSON object</source>
        <translation>il doit contenir un seul objet JSON</translation>
    </message>
    <message>
        <source>it must be a list of scopes</source>
        <translation>ce doit être une liste de portées (scopes)</translation>
    </message>
    <message>
        <source>each scope must be one word of text</source>
        <translation>chaque portée doit être un seul mot de texte</translation>
    </message>
    <message>
        <source>it must contain {domain} where the domain goes</source>
        <translation>cela doit contenir {domain} à l&apos;endroit du domaine</translation>
    </message>
    <message>
        <source>it must be an http or https address with {domain} after the host name</source>
        <translation>ce doit être une adresse http ou https avec {domain} après le nom d&apos;hôte</translation>
    </message>
    <message>
        <source>the file %1 holds no PEM certificate</source>
        <translation>le fichier %1 ne contient aucun certificat PEM</translation>
    </message>
    <message>
        <source>the file %1 does not exist</source>
        <translation>le fichier %1 n&apos;existe pas</translation>
    </message>
    <message>
        <source>%1 is not a regular file but a folder, a device or a pipe</source>
        <translation>%1 n&apos;est pas un fichier ordinaire mais un dossier, un périphérique ou un tube</translation>
    </message>
    <message>
        <source>the file %1 cannot be read</source>
        <translation>le fichier %1 ne peut pas être lu</translation>
    </message>
    <message>
        <source>the file %1 is larger than %2 KB</source>
        <translation>le fichier %1 dépasse %2 Ko</translation>
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
        <translation>Votre compte est prêt</translation>
    </message>
    <message>
        <source>These are the settings any mail app asks for. Copy them one by one into the app.</source>
        <translation>Voici les paramètres que demande toute application de messagerie. Copiez-les un par un dans l&apos;application.</translation>
    </message>
    <message>
        <source>Incoming mail (IMAP)</source>
        <translation>Serveur entrant (IMAP)</translation>
    </message>
    <message>
        <source>IMAP</source>
        <translation>IMAP</translation>
    </message>
    <message>
        <source>Incoming mail (POP)</source>
        <translation>Serveur entrant (POP)</translation>
    </message>
    <message>
        <source>POP</source>
        <translation>POP</translation>
    </message>
    <message>
        <source>Only if your app uses POP instead of IMAP.</source>
        <translation>Seulement si votre application utilise POP au lieu d&apos;IMAP.</translation>
    </message>
    <message>
        <source>Outgoing mail (SMTP)</source>
        <translation>Serveur sortant (SMTP)</translation>
    </message>
    <message>
        <source>SMTP</source>
        <translation>SMTP</translation>
    </message>
    <message>
        <source>Signing in</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>Nom d&apos;utilisateur :</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nom d&apos;utilisateur</translation>
    </message>
    <message>
        <source>Authentication:</source>
        <translation>Authentification :</translation>
    </message>
    <message>
        <source>Authentication method</source>
        <translation>Méthode d&apos;authentification</translation>
    </message>
    <message>
        <source>Choose OAuth2 in your mail app; some apps call it &quot;Sign in with Microsoft&quot; or &quot;Modern authentication&quot;. Your password will not work there, and neither will an app password: Microsoft no longer lets mail apps sign in with a password.</source>
        <translation>Choisissez OAuth2 dans votre application de messagerie ; certaines applications l&apos;appellent « Se connecter avec Microsoft » ou « Authentification moderne ». Votre mot de passe n&apos;y fonctionnera pas, ni un mot de passe d&apos;application : Microsoft ne laisse plus les applications de messagerie se connecter avec un mot de passe.</translation>
    </message>
    <message>
        <source>Save a &amp;report for the helpdesk…</source>
        <translation>Enregistrer un &amp;rapport pour l&apos;assistance…</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Serveur :</translation>
    </message>
    <message>
        <source>%1 server</source>
        <translation>Serveur %1</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Port :</translation>
    </message>
    <message>
        <source>%1 port</source>
        <translation>Port %1</translation>
    </message>
    <message>
        <source>Encryption:</source>
        <translation>Chiffrement :</translation>
    </message>
    <message>
        <source>%1 encryption</source>
        <translation>Chiffrement %1</translation>
    </message>
    <message>
        <source>%1 is on the clipboard: %2</source>
        <translation>%1 est dans le presse-papiers : %2</translation>
    </message>
    <message>
        <source>OAuth2 (Sign in with Microsoft)</source>
        <translation>OAuth2 (Se connecter avec Microsoft)</translation>
    </message>
    <message>
        <source>%1 works: incoming and outgoing mail were checked.</source>
        <translation>%1 fonctionne : le courrier entrant et sortant a été vérifié.</translation>
    </message>
    <message>
        <source>Saving your sign-in…</source>
        <translation>Enregistrement de votre connexion…</translation>
    </message>
    <message>
        <source>Your sign-in could not be saved, so you will have to sign in again next time. What went wrong: %1</source>
        <translation>Votre connexion n&apos;a pas pu être enregistrée, vous devrez donc vous reconnecter la prochaine fois. Ce qui n&apos;a pas marché : %1</translation>
    </message>
    <message>
        <source>Your sign-in is kept in %1. Mail Setup never saves your password: Microsoft does not give it out.</source>
        <translation>Votre connexion est gardée %1. Mail Setup n&apos;enregistre jamais votre mot de passe : Microsoft ne le communique pas.</translation>
    </message>
    <message>
        <source>Save settings for &amp;another app…</source>
        <translation>Enregistrer les paramètres pour une &amp;autre application…</translation>
    </message>
    <message>
        <source>Saves these settings as a file that Thunderbird and other mail apps can read (Mozilla autoconfig).</source>
        <translation>Enregistre ces paramètres dans un fichier que Thunderbird et d&apos;autres applications de messagerie savent lire (Mozilla autoconfig).</translation>
    </message>
    <message>
        <source>Command that checks the account again</source>
        <translation>Commande qui vérifie de nouveau le compte</translation>
    </message>
    <message>
        <source>The command is on the clipboard.</source>
        <translation>La commande est dans le presse-papiers.</translation>
    </message>
    <message>
        <source>Saves what Mail Setup did and found as a web page, without any password or token, for whoever helps you with your mail.</source>
        <translation>Enregistre ce que Mail Setup a fait et trouvé sous forme de page web, sans mot de passe ni jeton, pour la personne qui vous aide avec votre messagerie.</translation>
    </message>
    <message>
        <source>Incoming mail works for %1; sending does not work yet. Your settings are saved: once sending has been switched on, open Mail Setup again and choose Check again, or run this command:</source>
        <translation>La réception fonctionne pour %1 ; l&apos;envoi ne fonctionne pas encore. Vos paramètres sont enregistrés : une fois l&apos;envoi activé, rouvrez Mail Setup et choisissez Vérifier à nouveau, ou lancez cette commande :</translation>
    </message>
    <message>
        <source>Set up a &amp;printer, scanner or another device…</source>
        <translation>Configurer une &amp;imprimante, un scanner ou un autre appareil…</translation>
    </message>
    <message>
        <source>Starts a relay on this computer for devices that only know a user name and a password, and gives a device a password of its own.</source>
        <translation>Démarre sur cet ordinateur un relais pour les appareils qui ne connaissent qu&apos;un nom d&apos;utilisateur et un mot de passe, et donne à un appareil son propre mot de passe.</translation>
    </message>
    <message>
        <source>&amp;Show the POP settings</source>
        <translation>Afficher les paramètres P&amp;OP</translation>
    </message>
    <message>
        <source>Shows the incoming mail settings for an app that uses POP instead of IMAP. Choose IMAP where the app offers both.</source>
        <translation>Affiche les paramètres de réception pour une application qui utilise POP au lieu d&apos;IMAP. Choisissez IMAP si l&apos;application propose les deux.</translation>
    </message>
</context>
<context>
    <name>RelayCertificate</name>
    <message>
        <source>The relay&apos;s certificate could not be made with %1: %2</source>
        <translation>Le certificat du relais n&apos;a pas pu être créé avec %1 : %2</translation>
    </message>
    <message>
        <source>The relay&apos;s certificate in %1 cannot be read. Remove the folder to make a new one; devices that check the certificate must then be told its new fingerprint.</source>
        <translation>Le certificat du relais dans %1 ne peut pas être lu. Supprimez le dossier pour qu&apos;un nouveau certificat soit créé ; il faudra alors communiquer sa nouvelle empreinte aux appareils qui vérifient le certificat.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be made.</source>
        <translation>Le dossier %1 ne peut pas être créé.</translation>
    </message>
    <message>
        <source>The relay needs the openssl program to make its certificate, and it is not installed.</source>
        <translation>Le relais a besoin du programme openssl pour créer son certificat, et il n&apos;est pas installé.</translation>
    </message>
    <message>
        <source>The file %1 cannot be written.</source>
        <translation>Le fichier %1 ne peut pas être écrit.</translation>
    </message>
    <message>
        <source>The certificate openssl made cannot be read.</source>
        <translation>Le certificat créé par openssl ne peut pas être lu.</translation>
    </message>
</context>
<context>
    <name>RelayServer</name>
    <message>
        <source>The relay listens on %1, which other computers can reach, only with --allow naming the networks it may serve (such as --allow 192.168.1.0/24): otherwise anyone there could try passwords.</source>
        <translation>Le relais n&apos;écoute sur %1, que d&apos;autres ordinateurs peuvent joindre, qu&apos;avec --allow nommant les réseaux qu&apos;il peut servir (comme --allow 192.168.1.0/24) : sinon, n&apos;importe qui sur ces réseaux pourrait essayer des mots de passe.</translation>
    </message>
    <message>
        <source>The relay cannot listen on %1 port %2: %3</source>
        <translation>Le relais ne peut pas écouter sur %1, port %2 : %3</translation>
    </message>
    <message numerus="yes">
        <source>A wrong password for device %1 from %2 (%n in this connection).</source>
        <translation>
            <numerusform>Mauvais mot de passe pour l&apos;appareil %1 depuis %2 (%n fois dans cette connexion).</numerusform>
            <numerusform>Mauvais mot de passe pour l&apos;appareil %1 depuis %2 (%n fois dans cette connexion).</numerusform>
        </translation>
    </message>
    <message>
        <source>A message from device %1 was refused: %2.</source>
        <translation>Un message de l&apos;appareil %1 a été refusé : %2.</translation>
    </message>
    <message>
        <source>A message from device %1 was not sent: the relay could not get a sign-in for %2. %3 The device was told to try again later.</source>
        <translation>Un message de l&apos;appareil %1 n&apos;a pas été envoyé : le relais n&apos;a pas pu obtenir de connexion pour %2. %3 L&apos;appareil a été invité à réessayer plus tard.</translation>
    </message>
    <message numerus="yes">
        <source>A message from device %1 to %n recipient(s) was sent through %2 (%3 bytes).</source>
        <translation>
            <numerusform>Un message de l&apos;appareil %1 pour %n destinataire a été envoyé par %2 (%3 octets).</numerusform>
            <numerusform>Un message de l&apos;appareil %1 pour %n destinataires a été envoyé par %2 (%3 octets).</numerusform>
        </translation>
    </message>
    <message>
        <source>The server did not accept it.</source>
        <translation>Le serveur ne l&apos;a pas accepté.</translation>
    </message>
    <message>
        <source>A message from device %1 was not sent: %2 The device was told it cannot be sent (%3).</source>
        <translation>Un message de l&apos;appareil %1 n&apos;a pas été envoyé : %2 L&apos;appareil a été informé que le message ne peut pas être envoyé (%3).</translation>
    </message>
    <message>
        <source>A message from device %1 was not sent: %2 The device was told to try again later (%3).</source>
        <translation>Un message de l&apos;appareil %1 n&apos;a pas été envoyé : %2 L&apos;appareil a été invité à réessayer plus tard (%3).</translation>
    </message>
    <message>
        <source>Refused a connection from %1: that address is not in the networks allowed with --allow.</source>
        <translation>Connexion de %1 refusée : cette adresse n&apos;est pas dans les réseaux autorisés avec --allow.</translation>
    </message>
    <message numerus="yes">
        <source>Refused a connection from %1: %n device(s) are already connected, as many as the relay takes at once.</source>
        <translation>
            <numerusform>Connexion de %1 refusée : %n appareil est déjà connecté, autant que le relais en accepte à la fois.</numerusform>
            <numerusform>Connexion de %1 refusée : %n appareils sont déjà connectés, autant que le relais en accepte à la fois.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A message from device %1 was not taken: %n message(s) are already waiting, as many as the relay holds. The device was told to try again later.</source>
        <translation>
            <numerusform>Un message de l&apos;appareil %1 n&apos;a pas été accepté : %n message attend déjà, autant que le relais en garde. L&apos;appareil a été prié de réessayer plus tard.</numerusform>
            <numerusform>Un message de l&apos;appareil %1 n&apos;a pas été accepté : %n messages attendent déjà, autant que le relais en garde. L&apos;appareil a été prié de réessayer plus tard.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RelayService</name>
    <message>
        <source>%1 ended with exit code %2.</source>
        <translation>%1 s&apos;est terminé avec le code de sortie %2.</translation>
    </message>
    <message>
        <source>%1 could not be started.</source>
        <translation>%1 n&apos;a pas pu être démarré.</translation>
    </message>
    <message numerus="yes">
        <source>%1 did not answer within %n second(s).</source>
        <translation>
            <numerusform>%1 n&apos;a pas répondu en %n seconde.</numerusform>
            <numerusform>%1 n&apos;a pas répondu en %n secondes.</numerusform>
        </translation>
    </message>
    <message>
        <source>The service file %1 cannot be written.</source>
        <translation>Le fichier de service %1 ne peut pas être écrit.</translation>
    </message>
    <message>
        <source>systemctl is not installed.</source>
        <translation>systemctl n&apos;est pas installé.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be made.</source>
        <translation>Le dossier %1 ne peut pas être créé.</translation>
    </message>
    <message>
        <source>The relay could not be started: %1</source>
        <translation>Le relais n&apos;a pas pu être démarré : %1</translation>
    </message>
    <message>
        <source>The file %1 cannot be written.</source>
        <translation>Le fichier %1 ne peut pas être écrit.</translation>
    </message>
    <message>
        <source>The relay (process %1) did not stop.</source>
        <translation>Le relais (processus %1) ne s&apos;est pas arrêté.</translation>
    </message>
    <message>
        <source>Mail Setup cannot stop a relay on this system.</source>
        <translation>Mail Setup ne peut pas arrêter de relais sur ce système.</translation>
    </message>
    <message>
        <source>The service&apos;s own words are in its journal: journalctl --user -u %1</source>
        <translation>Les propres mots du service sont dans son journal : journalctl --user -u %1</translation>
    </message>
</context>
<context>
    <name>RelaySession</name>
    <message>
        <source>Device %1 signed in from %2.</source>
        <translation>L&apos;appareil %1 s&apos;est connecté depuis %2.</translation>
    </message>
    <message>
        <source>A device could not sign in: %1</source>
        <translation>Un appareil n&apos;a pas pu se connecter : %1</translation>
    </message>
    <message>
        <source>the message is larger than the relay takes</source>
        <translation>le message est plus grand que ce que le relais accepte</translation>
    </message>
    <message>
        <source>the sender %1 is not the account&apos;s address</source>
        <translation>l&apos;expéditeur %1 n&apos;est pas l&apos;adresse du compte</translation>
    </message>
    <message>
        <source>the device sent more messages in a minute than the relay takes</source>
        <translation>l&apos;appareil a envoyé en une minute plus de messages que le relais n&apos;en accepte</translation>
    </message>
</context>
<context>
    <name>ReportFormat</name>
    <message>
        <source>Who can fix it: %1</source>
        <translation>Qui peut résoudre le problème : %1</translation>
    </message>
    <message>
        <source>The server said: %1</source>
        <translation>Le serveur a répondu : %1</translation>
    </message>
    <message>
        <source>Diagnosis code: %1</source>
        <translation>Code de diagnostic : %1</translation>
    </message>
    <message>
        <source>Incoming mail (IMAP, %1)</source>
        <translation>Courrier entrant (IMAP, %1)</translation>
    </message>
    <message>
        <source>Outgoing mail (SMTP, %1)</source>
        <translation>Courrier sortant (SMTP, %1)</translation>
    </message>
    <message>
        <source>✓ The test message arrived in your inbox after %1 ms.</source>
        <translation>✓ Le message de test est arrivé dans votre boîte de réception après %1 ms.</translation>
    </message>
    <message>
        <source>✗ The test message was sent but was not seen in your inbox.</source>
        <translation>✗ Le message de test a été envoyé mais n&apos;a pas été vu dans votre boîte de réception.</translation>
    </message>
    <message>
        <source>✗ The test message could not be sent.</source>
        <translation>✗ Le message de test n&apos;a pas pu être envoyé.</translation>
    </message>
    <message>
        <source>Your account works: it can receive and send e-mail.</source>
        <translation>Votre compte fonctionne : il peut recevoir et envoyer des e-mails.</translation>
    </message>
    <message>
        <source>Your account does not work yet. See above for what failed and who can fix it.</source>
        <translation>Votre compte ne fonctionne pas encore. Voyez plus haut ce qui a échoué et qui peut le résoudre.</translation>
    </message>
</context>
<context>
    <name>SavedAccountsPage</name>
    <message>
        <source>Personal Microsoft account (Outlook.com)</source>
        <translation>Compte Microsoft personnel (Outlook.com)</translation>
    </message>
    <message>
        <source>Work or school account (Microsoft 365)</source>
        <translation>Compte professionnel ou scolaire (Microsoft 365)</translation>
    </message>
    <message>
        <source>Your accounts on this computer</source>
        <translation>Vos comptes sur cet ordinateur</translation>
    </message>
    <message>
        <source>Mail Setup set up these accounts here before and keeps their sign-in. Check one again, forget it, or set up another account.</source>
        <translation>Mail Setup a déjà configuré ces comptes ici et conserve leur connexion. Vérifiez-en un à nouveau, oubliez-le, ou configurez un autre compte.</translation>
    </message>
    <message>
        <source>Sign in &amp;again</source>
        <translation>Se re&amp;connecter</translation>
    </message>
    <message>
        <source>Sign in again</source>
        <translation>Se reconnecter</translation>
    </message>
    <message>
        <source>Goes on to Microsoft&apos;s sign-in for this account.</source>
        <translation>Passe à la connexion Microsoft pour ce compte.</translation>
    </message>
    <message>
        <source>Set up &amp;another account</source>
        <translation>Configurer un &amp;autre compte</translation>
    </message>
    <message>
        <source>Set up another account</source>
        <translation>Configurer un autre compte</translation>
    </message>
    <message>
        <source>Goes on to an empty address page, for an account that is not set up here yet.</source>
        <translation>Passe à une page d&apos;adresse vide, pour un compte qui n&apos;est pas encore configuré ici.</translation>
    </message>
    <message>
        <source>Signs in as %1</source>
        <translation>Connecte %1</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Vérifier à nouveau</translation>
    </message>
    <message>
        <source>Check %1 again</source>
        <translation>Vérifier à nouveau %1</translation>
    </message>
    <message>
        <source>Checks incoming and outgoing mail again with the sign-in Mail Setup keeps, without opening the browser.</source>
        <translation>Vérifie à nouveau la réception et l&apos;envoi avec la connexion que Mail Setup conserve, sans ouvrir le navigateur.</translation>
    </message>
    <message>
        <source>Forget…</source>
        <translation>Oublier…</translation>
    </message>
    <message>
        <source>Forget %1</source>
        <translation>Oublier %1</translation>
    </message>
    <message>
        <source>Asks once more, then removes this account&apos;s sign-in from the keychain and its settings from this computer.</source>
        <translation>Demande une dernière fois, puis retire la connexion de ce compte du trousseau et ses paramètres de cet ordinateur.</translation>
    </message>
    <message>
        <source>Forget %1? Its sign-in is removed from the keychain and its settings from this computer. Mail apps that get their sign-in from Mail Setup stop working for it until you set it up again.</source>
        <translation>Oublier %1 ? Sa connexion est retirée du trousseau et ses paramètres de cet ordinateur. Les applications de messagerie qui obtiennent leur connexion de Mail Setup cessent de fonctionner pour ce compte jusqu&apos;à ce que vous le configuriez à nouveau.</translation>
    </message>
    <message>
        <source>Yes, forget it</source>
        <translation>Oui, l&apos;oublier</translation>
    </message>
    <message>
        <source>Yes, forget %1</source>
        <translation>Oui, oublier %1</translation>
    </message>
    <message>
        <source>Removes the sign-in and the settings of this account now.</source>
        <translation>Retire maintenant la connexion et les paramètres de ce compte.</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Le garder</translation>
    </message>
    <message>
        <source>Keep %1</source>
        <translation>Garder %1</translation>
    </message>
    <message>
        <source>Keeps the account as it is.</source>
        <translation>Laisse le compte tel qu&apos;il est.</translation>
    </message>
    <message>
        <source>Forgetting %1…</source>
        <translation>Oubli de %1…</translation>
    </message>
    <message>
        <source>Set up &amp;an account</source>
        <translation>Configurer un &amp;compte</translation>
    </message>
    <message>
        <source>Taking up the sign-in kept for %1…</source>
        <translation>Reprise de la connexion conservée pour %1…</translation>
    </message>
    <message>
        <source>The sign-in kept for %1 cannot be used: %2 Sign in again to check the account.</source>
        <translation>La connexion conservée pour %1 ne peut pas être utilisée : %2 Reconnectez-vous pour vérifier le compte.</translation>
    </message>
    <message>
        <source>Mail Setup forgot %1: its sign-in and settings are removed from this computer.</source>
        <translation>Mail Setup a oublié %1 : sa connexion et ses paramètres sont retirés de cet ordinateur.</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>Mail Setup closed the keychain before it answered.</source>
        <translation>Mail Setup a fermé le trousseau avant qu&apos;il ne réponde.</translation>
    </message>
    <message>
        <source>The keychain holds no such secret.</source>
        <translation>Le trousseau ne contient pas ce secret.</translation>
    </message>
    <message numerus="yes">
        <source>The keychain did not answer within %n second(s).</source>
        <translation>
            <numerusform>Le trousseau n&apos;a pas répondu en %n seconde.</numerusform>
            <numerusform>Le trousseau n&apos;a pas répondu en %n secondes.</numerusform>
        </translation>
    </message>
    <message>
        <source>No keychain is available on this computer.</source>
        <translation>Aucun trousseau n&apos;est disponible sur cet ordinateur.</translation>
    </message>
    <message>
        <source>The keychain is locked.</source>
        <translation>Le trousseau est verrouillé.</translation>
    </message>
    <message>
        <source>The keychain did not do what Mail Setup asked.</source>
        <translation>Le trousseau n&apos;a pas fait ce que Mail Setup demandait.</translation>
    </message>
    <message>
        <source>No key was given for the secret.</source>
        <translation>Aucune clé n&apos;a été donnée pour le secret.</translation>
    </message>
</context>
<context>
    <name>SettingsExport</name>
    <message>
        <source>SSL/TLS (encrypted from the start)</source>
        <translation>SSL/TLS (chiffré dès le début)</translation>
    </message>
    <message>
        <source>STARTTLS</source>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <source>Settings for %1 (%2)</source>
        <translation>Paramètres pour %1 (%2)</translation>
    </message>
    <message>
        <source>Incoming mail (IMAP): %1, port %2, %3</source>
        <translation>Serveur entrant (IMAP) : %1, port %2, %3</translation>
    </message>
    <message>
        <source>Outgoing mail (SMTP): %1, port %2, %3</source>
        <translation>Serveur sortant (SMTP) : %1, port %2, %3</translation>
    </message>
    <message>
        <source>User name: %1</source>
        <translation>Nom d&apos;utilisateur : %1</translation>
    </message>
    <message>
        <source>Sign-in: OAuth2 (&quot;Sign in with Microsoft&quot;). There is no password to type: the mail app opens Microsoft&apos;s sign-in page.</source>
        <translation>Connexion : OAuth2 (« Se connecter avec Microsoft »). Il n&apos;y a pas de mot de passe à taper : l&apos;application de messagerie ouvre la page de connexion de Microsoft.</translation>
    </message>
</context>
<context>
    <name>SetupController</name>
    <message>
        <source>Mail Setup report</source>
        <translation>Rapport de Mail Setup</translation>
    </message>
    <message>
        <source>Created: %1</source>
        <translation>Créé : %1</translation>
    </message>
    <message>
        <source>Mail Setup version: %1</source>
        <translation>Version de Mail Setup : %1</translation>
    </message>
    <message>
        <source>Address: %1</source>
        <translation>Adresse : %1</translation>
    </message>
    <message>
        <source>Provider: %1 (%2)</source>
        <translation>Fournisseur : %1 (%2)</translation>
    </message>
    <message>
        <source>personal Microsoft account</source>
        <translation>compte Microsoft personnel</translation>
    </message>
    <message>
        <source>work or school account</source>
        <translation>compte professionnel ou scolaire</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>Account kind: %1</source>
        <translation>Type de compte : %1</translation>
    </message>
    <message>
        <source>Tenant: %1</source>
        <translation>Locataire : %1</translation>
    </message>
    <message>
        <source>Signed in as: %1</source>
        <translation>Connecté en tant que : %1</translation>
    </message>
    <message>
        <source>Application (client) ID: %1</source>
        <translation>ID d&apos;application (client) : %1</translation>
    </message>
    <message>
        <source>Sign-in problem: %1</source>
        <translation>Problème de connexion : %1</translation>
    </message>
    <message>
        <source>Diagnosis code: %1</source>
        <translation>Code de diagnostic : %1</translation>
    </message>
    <message>
        <source>Microsoft said: %1</source>
        <translation>Microsoft a répondu : %1</translation>
    </message>
    <message>
        <source>Transcript (secrets removed)</source>
        <translation>Journal (secrets retirés)</translation>
    </message>
    <message>
        <source>Nothing is saved for %1 on this computer any more.</source>
        <translation>Plus rien n&apos;est enregistré pour %1 sur cet ordinateur.</translation>
    </message>
    <message>
        <source>The sign-in of %1 could not be removed from %2, so its settings stay too. %3</source>
        <translation>La connexion de %1 n&apos;a pas pu être retirée de %2, donc ses paramètres restent aussi. %3</translation>
    </message>
    <message>
        <source>The sign-in of %1 is removed, but its settings in %2 could not be changed.</source>
        <translation>La connexion de %1 est retirée, mais ses paramètres dans %2 n&apos;ont pas pu être modifiés.</translation>
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
        <translation>Configure une boîte aux lettres Outlook.com ou Microsoft 365 et prouve qu&apos;elle fonctionne.</translation>
    </message>
    <message>
        <source>Goes on to the next step.</source>
        <translation>Passe à l&apos;étape suivante.</translation>
    </message>
    <message>
        <source>Goes back to the previous step.</source>
        <translation>Revient à l&apos;étape précédente.</translation>
    </message>
    <message>
        <source>Stops the setup. Nothing that is not finished is saved.</source>
        <translation>Arrête la configuration. Rien de ce qui n&apos;est pas terminé n&apos;est enregistré.</translation>
    </message>
    <message>
        <source>Closes Mail Setup.</source>
        <translation>Ferme Mail Setup.</translation>
    </message>
    <message>
        <source>Save a report for the helpdesk</source>
        <translation>Enregistrer un rapport pour l&apos;assistance</translation>
    </message>
    <message>
        <source>The settings could not be saved in %1: %2</source>
        <translation>Les paramètres n&apos;ont pas pu être enregistrés dans %1 : %2</translation>
    </message>
    <message>
        <source>The settings are saved in %1. Mail apps that read Mozilla autoconfig files, such as Thunderbird, can use them.</source>
        <translation>Les paramètres sont enregistrés dans %1. Les applications de messagerie qui lisent les fichiers autoconfig de Mozilla, comme Thunderbird, peuvent les utiliser.</translation>
    </message>
    <message>
        <source>Web pages (*.html)</source>
        <translation>Pages web (*.html)</translation>
    </message>
    <message>
        <source>The report is saved in %1 (to open in a web browser), with the same facts for the helpdesk&apos;s programs in %2. It contains no password and no token.</source>
        <translation>Le rapport est enregistré dans %1 (à ouvrir dans un navigateur web), avec les mêmes informations pour les programmes du support dans %2. Il ne contient ni mot de passe ni jeton.</translation>
    </message>
    <message>
        <source>Save the server settings</source>
        <translation>Enregistrer les paramètres du serveur</translation>
    </message>
    <message>
        <source>Mail app settings (*.xml)</source>
        <translation>Paramètres pour applications de messagerie (*.xml)</translation>
    </message>
</context>
<context>
    <name>SignInPage</name>
    <message>
        <source>You are signed in</source>
        <translation>Vous êtes connecté</translation>
    </message>
    <message>
        <source>Mail Setup received your sign-in. You can close this tab and go back to Mail Setup, which will now check your mailbox.</source>
        <translation>Mail Setup a reçu votre connexion. Vous pouvez fermer cet onglet et revenir à Mail Setup, qui va maintenant vérifier votre boîte aux lettres.</translation>
    </message>
    <message>
        <source>You signed in with another account</source>
        <translation>Vous vous êtes connecté avec un autre compte</translation>
    </message>
    <message>
        <source>You signed in as %1, but Mail Setup is setting up %2.</source>
        <translation>Vous vous êtes connecté en tant que %1, mais Mail Setup configure %2.</translation>
    </message>
    <message>
        <source>Go back to Mail Setup to sign in again with the right account. You can close this tab.</source>
        <translation>Revenez à Mail Setup pour vous reconnecter avec le bon compte. Vous pouvez fermer cet onglet.</translation>
    </message>
    <message>
        <source>The sign-in was cancelled</source>
        <translation>La connexion a été annulée</translation>
    </message>
    <message>
        <source>Microsoft says that the sign-in was cancelled or that permission was not given, so nothing was set up.</source>
        <translation>Microsoft indique que la connexion a été annulée ou que l&apos;autorisation n&apos;a pas été donnée ; rien n&apos;a donc été configuré.</translation>
    </message>
    <message>
        <source>Go back to Mail Setup to start the sign-in again. You can close this tab.</source>
        <translation>Revenez à Mail Setup pour relancer la connexion. Vous pouvez fermer cet onglet.</translation>
    </message>
    <message>
        <source>Go back to Mail Setup: it says what happened and what you can do. You can close this tab.</source>
        <translation>Revenez à Mail Setup : il indique ce qui s&apos;est passé et ce que vous pouvez faire. Vous pouvez fermer cet onglet.</translation>
    </message>
    <message>
        <source>The sign-in did not finish</source>
        <translation>La connexion ne s&apos;est pas terminée</translation>
    </message>
    <message>
        <source>Mail Setup stopped waiting for this sign-in</source>
        <translation>Mail Setup n&apos;attend plus cette connexion</translation>
    </message>
    <message>
        <source>The sign-in was cancelled in Mail Setup, or its time ran out, so nothing was set up.</source>
        <translation>La connexion a été annulée dans Mail Setup, ou son délai a expiré ; rien n&apos;a donc été configuré.</translation>
    </message>
    <message>
        <source>To sign in, start again in Mail Setup. You can close this tab.</source>
        <translation>Pour vous connecter, recommencez dans Mail Setup. Vous pouvez fermer cet onglet.</translation>
    </message>
    <message>
        <source>Mail Setup already has the answer</source>
        <translation>Mail Setup a déjà la réponse</translation>
    </message>
    <message>
        <source>Mail Setup has already received the answer to this sign-in.</source>
        <translation>Mail Setup a déjà reçu la réponse à cette connexion.</translation>
    </message>
    <message>
        <source>Go back to Mail Setup to see how the sign-in ended. You can close this tab.</source>
        <translation>Revenez à Mail Setup pour voir comment la connexion s&apos;est terminée. Vous pouvez fermer cet onglet.</translation>
    </message>
    <message>
        <source>Almost done</source>
        <translation>Presque terminé</translation>
    </message>
    <message>
        <source>Mail Setup received your sign-in and is finishing it with Microsoft.</source>
        <translation>Mail Setup a reçu votre connexion et la termine avec Microsoft.</translation>
    </message>
    <message>
        <source>Go back to Mail Setup to see how it ends. You can close this tab.</source>
        <translation>Revenez à Mail Setup pour voir comment cela se termine. Vous pouvez fermer cet onglet.</translation>
    </message>
    <message>
        <source>Nothing happened</source>
        <translation>Rien ne s&apos;est passé</translation>
    </message>
    <message>
        <source>This address on your computer is only for the answer to Mail Setup&apos;s sign-in with Microsoft.</source>
        <translation>Cette adresse sur votre ordinateur sert uniquement à la réponse à la connexion de Mail Setup avec Microsoft.</translation>
    </message>
    <message>
        <source>This request was not that answer, so Mail Setup ignored it and nothing happened.</source>
        <translation>Cette demande n&apos;était pas cette réponse ; Mail Setup l&apos;a donc ignorée et rien ne s&apos;est passé.</translation>
    </message>
    <message>
        <source>You can close this tab.</source>
        <translation>Vous pouvez fermer cet onglet.</translation>
    </message>
    <message>
        <source>Sign in with Microsoft</source>
        <translation>Se connecter avec Microsoft</translation>
    </message>
    <message>
        <source>&amp;Sign in with Microsoft</source>
        <translation>Se connecter avec &amp;Microsoft</translation>
    </message>
    <message>
        <source>Opens Microsoft&apos;s sign-in page in your browser.</source>
        <translation>Ouvre la page de connexion de Microsoft dans votre navigateur.</translation>
    </message>
    <message>
        <source>This copy of Mail Setup has no application (client) ID, and Microsoft lets only registered applications sign in to a mailbox. Start Mail Setup with --client-id and the ID your IT department registered, or with a provider file that names one. The file docs/app-registration.md says how to register Mail Setup.</source>
        <translation>Cette copie de Mail Setup n&apos;a pas d&apos;ID d&apos;application (client), et Microsoft ne laisse que les applications enregistrées se connecter à une boîte aux lettres. Démarrez Mail Setup avec --client-id et l&apos;ID que votre service informatique a enregistré, ou avec un fichier de fournisseur qui en nomme un. Le fichier docs/app-registration.md explique comment enregistrer Mail Setup.</translation>
    </message>
    <message>
        <source>Time left to sign in</source>
        <translation>Temps restant pour se connecter</translation>
    </message>
    <message>
        <source>&amp;Copy link</source>
        <translation>Copier le &amp;lien</translation>
    </message>
    <message>
        <source>Puts the address of the sign-in page on the clipboard, to open it in another browser.</source>
        <translation>Place l&apos;adresse de la page de connexion dans le presse-papiers, pour l&apos;ouvrir dans un autre navigateur.</translation>
    </message>
    <message>
        <source>&amp;Open again</source>
        <translation>&amp;Ouvrir à nouveau</translation>
    </message>
    <message>
        <source>Opens the sign-in page in your browser once more, if you closed it.</source>
        <translation>Ouvre encore une fois la page de connexion dans votre navigateur, si vous l&apos;avez fermée.</translation>
    </message>
    <message>
        <source>Cancel &amp;sign-in</source>
        <translation>A&amp;nnuler la connexion</translation>
    </message>
    <message>
        <source>Stops waiting for the browser. You can sign in again afterwards.</source>
        <translation>Arrête d&apos;attendre le navigateur. Vous pourrez vous reconnecter ensuite.</translation>
    </message>
    <message>
        <source>Continue &amp;without saving</source>
        <translation>Continuer sans &amp;enregistrer</translation>
    </message>
    <message>
        <source>Signs in anyway. The sign-in is kept in memory only and is gone when Mail Setup closes.</source>
        <translation>Se connecte quand même. La connexion est gardée en mémoire seulement et disparaît à la fermeture de Mail Setup.</translation>
    </message>
    <message>
        <source>Try the &amp;keychain again</source>
        <translation>Réessa&amp;yer le trousseau</translation>
    </message>
    <message>
        <source>Asks the keychain once more, for example after you unlocked it.</source>
        <translation>Interroge encore une fois le trousseau, par exemple après l&apos;avoir déverrouillé.</translation>
    </message>
    <message>
        <source>Mail Setup opens Microsoft&apos;s sign-in page in your browser. Your password stays between you and Microsoft: Mail Setup never sees it.</source>
        <translation>Mail Setup ouvre la page de connexion de Microsoft dans votre navigateur. Votre mot de passe reste entre vous et Microsoft : Mail Setup ne le voit jamais.</translation>
    </message>
    <message>
        <source>Sign in as %1. If Microsoft asks whether Mail Setup may read and send your mail, choose Accept: without it, Mail Setup cannot check your mailbox.</source>
        <translation>Connectez-vous en tant que %1. Si Microsoft demande si Mail Setup peut lire et envoyer votre courrier, choisissez Accepter : sans cela, Mail Setup ne peut pas vérifier votre boîte aux lettres.</translation>
    </message>
    <message>
        <source>Checking that this computer&apos;s keychain can keep your sign-in…</source>
        <translation>Vérification que le trousseau de cet ordinateur peut garder votre connexion…</translation>
    </message>
    <message>
        <source>Your browser shows Microsoft&apos;s sign-in page. Sign in there as %1; Mail Setup goes on by itself when you are done.</source>
        <translation>Votre navigateur affiche la page de connexion de Microsoft. Connectez-vous-y en tant que %1 ; Mail Setup continue de lui-même quand vous avez terminé.</translation>
    </message>
    <message>
        <source>Microsoft has answered. Finishing the sign-in…</source>
        <translation>Microsoft a répondu. Fin de la connexion…</translation>
    </message>
    <message>
        <source>Microsoft knows this account as %1. Checking that the mailbox accepts it for %2…</source>
        <translation>Microsoft connaît ce compte sous le nom %1. Vérification que la boîte aux lettres l&apos;accepte pour %2…</translation>
    </message>
    <message>
        <source>The sign-in did not work.</source>
        <translation>La connexion n&apos;a pas fonctionné.</translation>
    </message>
    <message>
        <source>Mail Setup could not open a browser. Choose &quot;Copy link&quot; and open the link in a browser yourself.</source>
        <translation>Mail Setup n&apos;a pas pu ouvrir de navigateur. Choisissez « Copier le lien » et ouvrez vous-même le lien dans un navigateur.</translation>
    </message>
    <message>
        <source>%1:%2</source>
        <translation>%1:%2</translation>
    </message>
    <message>
        <source>Time left to sign in: %1</source>
        <translation>Temps restant pour se connecter : %1</translation>
    </message>
    <message>
        <source>Less than a minute is left to finish signing in.</source>
        <translation>Il reste moins d&apos;une minute pour terminer la connexion.</translation>
    </message>
    <message>
        <source>The link is on the clipboard. Paste it into the address bar of a browser.</source>
        <translation>Le lien est dans le presse-papiers. Collez-le dans la barre d&apos;adresse d&apos;un navigateur.</translation>
    </message>
    <message>
        <source>The sign-in page opens in your browser again.</source>
        <translation>La page de connexion s&apos;ouvre de nouveau dans votre navigateur.</translation>
    </message>
    <message>
        <source>The keychain of this computer is locked, so Mail Setup cannot keep your sign-in. Unlock it (your desktop may ask for your login password) and try again, or go on without saving: then you will have to sign in again the next time you use Mail Setup.</source>
        <translation>Le trousseau de cet ordinateur est verrouillé, Mail Setup ne peut donc pas garder votre connexion. Déverrouillez-le (votre bureau vous demandera peut-être votre mot de passe de session) et réessayez, ou continuez sans enregistrer : vous devrez alors vous reconnecter la prochaine fois que vous utiliserez Mail Setup.</translation>
    </message>
    <message>
        <source>Mail Setup cannot reach a keychain on this computer, so it cannot keep your sign-in. You can go on without saving: the setup works the same, but you will have to sign in again the next time you use Mail Setup.</source>
        <translation>Mail Setup ne trouve aucun trousseau sur cet ordinateur, il ne peut donc pas garder votre connexion. Vous pouvez continuer sans enregistrer : la configuration fonctionne de la même façon, mais vous devrez vous reconnecter la prochaine fois que vous utiliserez Mail Setup.</translation>
    </message>
    <message>
        <source>The keychain of this computer did not take the sign-in. You can try again, or go on without saving: then you will have to sign in again the next time you use Mail Setup.</source>
        <translation>Le trousseau de cet ordinateur n&apos;a pas accepté la connexion. Vous pouvez réessayer, ou continuer sans enregistrer : vous devrez alors vous reconnecter la prochaine fois que vous utiliserez Mail Setup.</translation>
    </message>
    <message>
        <source>The keychain said: %1</source>
        <translation>Le trousseau a répondu : %1</translation>
    </message>
    <message>
        <source>Your sign-in cannot be saved on this computer.</source>
        <translation>Votre connexion ne peut pas être enregistrée sur cet ordinateur.</translation>
    </message>
    <message>
        <source>You signed in as %1, but you are setting up %2.</source>
        <translation>Vous vous êtes connecté en tant que %1, mais vous configurez %2.</translation>
    </message>
    <message>
        <source>A message for your IT administrator is on the clipboard. Paste it into an email or a support ticket.</source>
        <translation>Un message pour votre administrateur informatique est dans le presse-papiers. Collez-le dans un e-mail ou une demande d&apos;assistance.</translation>
    </message>
    <message>
        <source>You are signed in as %1, a work or school account. Mail Setup goes on to check your mailbox.</source>
        <translation>Vous êtes connecté en tant que %1, un compte professionnel ou scolaire. Mail Setup passe à la vérification de votre boîte aux lettres.</translation>
    </message>
    <message>
        <source>You are signed in as %1, a personal Microsoft account. Mail Setup goes on to check your mailbox.</source>
        <translation>Vous êtes connecté en tant que %1, un compte Microsoft personnel. Mail Setup passe à la vérification de votre boîte aux lettres.</translation>
    </message>
    <message>
        <source>The sign-in was stopped. Nothing was saved; sign in again when you are ready.</source>
        <translation>La connexion a été arrêtée. Rien n&apos;a été enregistré ; reconnectez-vous quand vous serez prêt.</translation>
    </message>
</context>
<context>
    <name>SplitSecretStore</name>
    <message>
        <source>A part of the saved secret is missing from the keychain.</source>
        <translation>Une partie du secret enregistré manque dans le trousseau.</translation>
    </message>
    <message>
        <source>The parts of the saved secret in the keychain do not fit together.</source>
        <translation>Les parties du secret enregistré dans le trousseau ne vont pas ensemble.</translation>
    </message>
    <message>
        <source>The secret is too large for the keychain.</source>
        <translation>Le secret est trop grand pour le trousseau.</translation>
    </message>
</context>
<context>
    <name>StepListView</name>
    <message>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>The steps of the check, each with whether it worked and how long it took. Expand a step to read what the server said.</source>
        <translation>Les étapes de la vérification, chacune avec son résultat et sa durée. Développez une étape pour lire ce que le serveur a répondu.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <source>Encryption: %1</source>
        <translation>Chiffrement : %1</translation>
    </message>
    <message>
        <source>Works.</source>
        <translation>Fonctionne.</translation>
    </message>
    <message>
        <source>Does not work yet.</source>
        <translation>Ne fonctionne pas encore.</translation>
    </message>
    <message>
        <source>%1: not started yet</source>
        <translation>%1 : pas encore commencé</translation>
    </message>
    <message>
        <source>%1: under way</source>
        <translation>%1 : en cours</translation>
    </message>
    <message>
        <source>%1: worked, in %2 ms</source>
        <translation>%1 : a fonctionné, en %2 ms</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1: failed, after %2 ms</source>
        <translation>%1 : a échoué, après %2 ms</translation>
    </message>
    <message>
        <source>%1: not checked</source>
        <translation>%1 : non vérifié</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>non vérifié</translation>
    </message>
    <message>
        <source>The server said: %1</source>
        <translation>Le serveur a répondu : %1</translation>
    </message>
</context>
<context>
    <name>TestMessage</name>
    <message>
        <source>Mail Setup test message</source>
        <translation>Message de test de Mail Setup</translation>
    </message>
    <message>
        <source>This message was sent by Mail Setup to check that your account can send and receive e-mail.
It went from your computer to your provider&apos;s outgoing server and back into your inbox, so both work. You can delete it.
</source>
        <translation>Ce message a été envoyé par Mail Setup pour vérifier que votre compte peut envoyer et recevoir des e-mails.
Il est parti de votre ordinateur vers le serveur sortant de votre fournisseur puis est revenu dans votre boîte de réception : les deux fonctionnent. Vous pouvez le supprimer.
</translation>
    </message>
</context>
</TS>
