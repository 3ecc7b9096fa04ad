<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="en">
<context>
    <name>AddressPage</name>
    <message>
        <source>Your email address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Email address:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>name@outlook.com</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Email address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The address of the mailbox to set up, for example name@outlook.com.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What kind of account is it?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mail Setup chooses this by itself when it can tell. Change it if you know better; the sign-in decides in the end.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Outlook.com, Hotmail, Live or MSN: an account you made yourself at Microsoft.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Microsoft 365: an account your organisation gave you.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Personal Microsoft account</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Work or school account</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mail Setup works with Outlook.com, Hotmail and Live addresses and with work or school addresses that run on Microsoft 365.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Finding out who runs this address…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This is a personal Microsoft account (Outlook.com).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This looks like a work or school account (Microsoft 365).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing says this address is handled by Microsoft. If you know that it is, choose the kind of account below and go on.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mail Setup could not find out who runs this address. Choose the kind of account below.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Addresses at %1 belong to Microsoft's own mail service.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mail for %1 goes to Outlook.com's servers.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mail for %1 goes to Microsoft 365's servers.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Microsoft knows an organisation for %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Microsoft knows %1 as a domain of personal accounts.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Microsoft knows no organisation for %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mail for %1 goes to servers that are not Microsoft's.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No answer came in time; this computer may be offline.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Signing in will confirm it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 Signing in will confirm it.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>AdministratorRequests</name>
    <message>
        <source>In Exchange Online PowerShell:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>In Microsoft Graph PowerShell:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Please allow authenticated SMTP (SMTP AUTH) for my mailbox %1, so that mail apps that sign in with Microsoft can send. Switching it on for the mailbox is enough; it wins over the organisation's setting.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Please allow IMAP for my mailbox %1, so that mail apps that sign in with Microsoft can read it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Please grant admin consent to the application Mail Setup for the delegated permissions IMAP.AccessAsUser.All, SMTP.Send and offline_access, so that I can set up %1. The consent page is https://login.microsoftonline.com/organizations/v2.0/adminconsent?client_id=&lt;application-id&gt; with the application's ID in place of &lt;application-id&gt;.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Please grant admin consent to the application Mail Setup for the delegated permissions IMAP.AccessAsUser.All, SMTP.Send and offline_access, so that I can set up %1. The link below opens the consent page for our organisation.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A sign-in rule of our organisation (Conditional Access or security defaults) stopped Mail Setup from signing in to my mailbox %1. Please look up this sign-in in the Entra sign-in logs with the ids below and tell me what I need to do.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A test message that Mail Setup sent from my mailbox %1 to itself was turned away. Please look at the server's reason below; common causes are the domain's SPF, DKIM or DMARC records or a block on the sending server.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mail Setup could not set up my mailbox %1 and says that only an administrator can fix it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Microsoft says that the application I use for my mailbox %1 is switched off for our organisation. Please switch it on again: Microsoft Entra admin center, Enterprise applications, the application with the ID below, Properties, "Enabled for users to sign-in": Yes. The commands below do the same.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Microsoft says that the application I use for my mailbox %1 is switched off for our organisation. Please switch it on again: Microsoft Entra admin center, Enterprise applications, the application that the error names, Properties, "Enabled for users to sign-in": Yes. The commands below do the same, with its ID in place of &lt;application-id&gt;.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Security defaults are switched on in our organisation, so Exchange Online refuses the device or app that sends as %1 with a password, whatever the SMTP AUTH setting. If it cannot sign in with OAuth, please replace the security defaults with Conditional Access policies (Microsoft Entra admin center: Overview, Properties, Manage security defaults) and allow SMTP AUTH for this mailbox only with the command below. Exchange Online stops taking passwords for sending by default from the end of December 2026, so a relay or a connector for the device lasts longer.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Our organisation rejects direct send (RejectDirectSend is on), so mail that a device or app sends to our mailboxes without signing in, as %1, is turned away with 550 5.7.68. Please create a partner inbound connector for the device's public IP address or certificate so that its mail is accepted, or, if the organisation prefers, allow direct send again with the command below.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Please give my account %1 the Send As permission for the address it has to send from, for example a shared mailbox, with the command below (the other address in place of &lt;address to send from&gt;). A change can take up to an hour to work.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Microsoft 365 has stopped my mailbox %1 from sending, as a restricted sender. Please check the account for misuse first (reset its password, end its sessions, look for inbox rules and forwarding that nobody set up), then release it in the Microsoft Defender portal under Restricted entities, or with the commands below.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>My account %1 is locked or switched off, so I cannot sign in. Please look up the sign-in in the Entra sign-in logs (error 50053 for a lock, 50057 for an account that is switched off) and, if it is safe, unlock it: a lock after wrong passwords passes by itself, a block for risk ends when the user's risk is dismissed or the password is reset, and an account that was switched off is switched on with the command below.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tenant: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Application (client) ID: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hello,</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What Mail Setup found: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What the server said: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Diagnosis code: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Thank you.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CheckPage</name>
    <message>
        <source>Incoming mail (IMAP)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Outgoing mail (SMTP)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Checking your account</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Send a test &amp;message to myself</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sends one short message to your own address and looks for it in your inbox, to prove that mail really comes and goes.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Check my account</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Starts the check of incoming and outgoing mail.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Shows or hides what the servers said at each step.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save a re&amp;port for the helpdesk…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saves what Mail Setup did and found to a text file, without any password or token, for whoever helps you with your mail.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mail Setup signs in to your mailbox the way a mail app does, for incoming and for outgoing mail.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose "Check my account" to start. It takes up to a minute.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Checking incoming and outgoing mail. This takes up to a minute.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The test message reached your inbox in %1 seconds.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The test message was sent, but it did not show up in your inbox in time.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your account works: Mail Setup signed in, opened your inbox and can send mail.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not everything works yet. Below is what went wrong and what to do about it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A message for your IT administrator is on the clipboard. Paste it into an email or a support ticket.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hide server &amp;replies</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show server &amp;replies</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hide server replies</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show server replies</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>There is no display to show the Mail Setup window on. Use one of the commands below instead.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sign in with Microsoft in your browser and keep the sign-in in the keychain.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Check incoming (IMAP) and outgoing (SMTP) mail for an address.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Print a fresh access token for a signed-in address (for msmtp, isync, neomutt).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove an address's sign-in and settings from this computer.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Explain an error message that a device or mail app showed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Usage: mailsetup [COMMAND] [OPTIONS]</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sets up an Outlook.com or Microsoft 365 mailbox and proves that it works.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Commands:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Run "mailsetup COMMAND --help" for the options of a command.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unknown command: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Run "mailsetup --help" for help.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Usage: mailsetup %1 [options]</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A built-in provider: outlook (personal) or microsoft365 (work or school).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>id</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A provider profile file (JSON) to use instead.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unknown provider "%1". Known providers: %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The saved settings of %1 name an unknown provider "%2". Sign in again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" is not an e-mail address.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" is not an e-mail address. %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The access token file %1 is too large to hold an access token.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The access token file %1 cannot be read.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The access token file %1 is empty.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The access token file %1 does not hold one access token.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Checks incoming (IMAP) and outgoing (SMTP) mail for an address. Without --access-token-file it uses the sign-in stored by "mailsetup signin".</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The e-mail address to check.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A file that holds an OAuth2 access token for the address.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Also send a test message to the address and wait until it arrives.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Print the result as one JSON object.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Write what was said with each server to this file, secrets removed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Give the address to check with --email.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Checking %1 on %2 …</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The transcript file %1 cannot be written.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Explains an error message: what it means, what to do and who can do it. Give the message as arguments, or - to read it from standard input.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The error message.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>TEXT…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The address of the mailbox, for the advice and the administrator's commands.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The kind of account: personal (Outlook.com, Hotmail, Live) or work (work or school). Default: what the address tells, else advice for either.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The application (client) ID the administrator's request names.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unknown kind "%1". Use personal or work.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Standard input cannot be read.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Give the error message to explain.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Who can fix it: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The advice differs for personal and for work or school accounts: add --kind personal or --kind work, or --email with the address.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>For your IT administrator:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Diagnosis code: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>[y/N]</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Signs in with Microsoft in your browser and keeps the sign-in in the keychain, so that Mail Setup, msmtp, isync and neomutt can use the mailbox.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The e-mail address to set up.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The application (client) ID registered in Microsoft Entra.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Do not open a browser: print the sign-in address and wait.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>How long to wait for the browser, in seconds (default 300).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>seconds</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Give the address to set up with --email.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--timeout takes a number of seconds from 10 to 3600.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mail Setup has no application (client) ID to sign in with. Microsoft only lets registered applications read mail. Give the ID with --client-id, or in the provider file's "oauth" settings; docs/app-registration.md says how an IT department registers Mail Setup and gets one.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sign in anyway, keeping the sign-in only until this command ends?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your browser opens Microsoft's sign-in page. If it does not, open this address:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open this address in a browser to sign in:</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Waiting for the sign-in to finish (time limit: %n minute(s)) …</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message numerus="yes">
        <source>Waiting for the sign-in to finish (time limit: %n second(s)) …</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>You signed in as %1, but you are setting up %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Run the sign-in again and choose %1 in the browser; if the browser picks %2 by itself, choose "Use another account" there.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Details for the helpdesk: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The account settings could not be saved in %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Signed in as %1 (personal Microsoft account).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Signed in as %1 (work or school account).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Microsoft knows this account as %1; mail apps sign in to the mailbox as %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The sign-in is kept in %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The sign-in was not saved: it ends with this command.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Prints a fresh access token for a signed-in address on standard output, renewing it when needed. For msmtp, isync and neomutt.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The signed-in e-mail address.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Give the signed-in address with --email.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Removes an address's sign-in from the keychain and its settings from this computer.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The e-mail address to forget.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Give the address to forget with --email.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing is saved for %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The account settings in %1 could not be changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mail Setup forgot %1: its sign-in and settings are removed from this computer.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is not signed in on this computer. Sign in first with: mailsetup signin --email %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Warning: the renewed sign-in could not be saved in the keychain, so you may have to sign in again next time. %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Technical detail: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sign in again with: mailsetup signin --email %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>The keychain did not answer within %n second(s), so Mail Setup cannot use your sign-in. It may be waiting for a password prompt that is hidden behind other windows, or it is stuck: unlock it, or log out and in again, and try again.</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>The keychain is locked, so Mail Setup cannot read your sign-in. Unlock it (for example by logging in to the desktop, or with your keyring's password) and try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No keychain is available, so Mail Setup cannot read your sign-in. Start your desktop's keyring (such as GNOME Keyring or KWallet), or install one, and try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The keychain could not be used.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mail Setup</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CopyableField</name>
    <message>
        <source>Read only. Select the text, or use the Copy button beside it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copy %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Puts this setting on the clipboard, to paste it into your mail app.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copied</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Diagnosis</name>
    <message>
        <source>You</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your IT administrator</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Microsoft</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The makers of Mail Setup</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The sign-in was cancelled before it finished.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Start the sign-in again and go through every page in the browser until it says you can close it. If Microsoft asks whether Mail Setup may read and send your mail, choose Accept: Mail Setup cannot check the mailbox without that permission.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your organisation has not yet allowed Mail Setup to use your mailbox.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only an administrator of your organisation can give this approval, once for everyone. They can do it in the Microsoft Entra admin center under Enterprise applications, Mail Setup, Permissions, Grant admin consent, or by opening https://login.microsoftonline.com/{tenant}/v2.0/adminconsent?client_id={client-id} with your organisation's domain in place of {tenant} and Mail Setup's application ID in place of {client-id}. After that, sign in again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mail Setup does not have your permission to use your mailbox yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sign in again and, when Microsoft asks whether Mail Setup may read and send your mail, choose Accept. A personal Microsoft account gives this permission itself: nobody else has to approve it. You can see and withdraw the permissions you gave at https://account.live.com/consent/Manage.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your organisation has to approve Mail Setup before you can use it with your mailbox.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your organisation decides which apps its users may approve themselves, and Mail Setup needs an administrator's approval, given once for everyone. Mail Setup can write the request for your IT administrator, with the consent link for your organisation. After they have approved it, sign in again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The account you signed in with cannot be used for this mailbox.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sign in again and pick the account that owns this email address: your personal Microsoft account for an Outlook.com, Hotmail or Live address, or your work or school account for an address run by your organisation. If the browser signs you in with another account by itself, choose "Use another account" or sign out of it there first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This address needs its personal Microsoft account, and the sign-in used another one.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>An Outlook.com, Hotmail, Live or MSN address opens only with its own personal Microsoft account, never with a work or school account. Sign in again and choose that personal account. If the browser signs you in with another account by itself, choose "Use another account" or sign out of it there first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This address needs its work or school account, and the sign-in used another one.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sign in again and choose the work or school account of this address, not a personal Microsoft account. If Microsoft says that the account does not exist in your organisation, check the address for typing mistakes. If it is right, your IT administrator has to add the account, or your organisation has no Exchange Online mailbox for it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Microsoft does not accept the way this copy of Mail Setup is registered.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing is wrong with your account, and nothing can be changed from here. Please report this to the makers of Mail Setup with the details below. If your organisation registered its own copy of Mail Setup, its administrator should check that registration: a public client on the "Mobile and desktop applications" platform, with the redirect address http://localhost, open to both personal and work or school accounts.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing is wrong with your account, and nothing can be changed from here. Please report this to the makers of Mail Setup with the details below.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Microsoft does not know an organisation for this email address.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Check that the email address is typed correctly. If it is, the address is probably not handled by Microsoft 365 or Outlook.com, and Mail Setup cannot set it up. If you expected it to be, ask the people who run your email.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your sign-in has expired or was withdrawn.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sign in again. This happens when Mail Setup has not been used for a long time, after a password change, or when your organisation asks everyone to sign in again from time to time.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Microsoft wants an extra check that it is really you.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sign in again and complete the extra step in the browser, such as a code sent to your phone or a prompt in the Microsoft Authenticator app. If no such step is set up for you yet, the browser will guide you through it, or your IT administrator can help.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sign in again and complete the extra step in the browser: a code sent to your phone or to another email address, or a prompt in the Microsoft Authenticator app. If you can no longer receive those codes, update your security information at account.microsoft.com, under Security.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your organisation wants an extra check that it is really you.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your organisation asks for a second step, such as a prompt in the Microsoft Authenticator app or a code by text message. Sign in again and complete it in the browser. If the browser asks you to set up the second step first, follow it; if that is not possible, your IT administrator can help.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your organisation's security rules did not allow this sign-in.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your organisation decides which devices, places and apps may sign in, and one of its rules stopped this sign-in. Only your IT administrator can change that. Give them the details below, with the error code and the trace and correlation IDs if there are any, so that they can find this sign-in in their logs.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Microsoft stopped this sign-in to protect your account.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Microsoft saw something unusual about this sign-in, such as a new place or a new device. Sign in at account.microsoft.com in your browser, open Security and then the sign-in activity, and confirm the sign-in if it was you; change your password if it was not. Then sign in again in Mail Setup.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The password has expired or must be changed before you can sign in.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sign in again: Microsoft's sign-in page offers to change the password there. Afterwards use the new password on your other devices and apps too, since the old one no longer works anywhere.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sign in again and change the password when Microsoft's sign-in page asks, or change it at account.microsoft.com, under Security. Then sign in again in Mail Setup, and use the new password on your other devices too.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sign in again and change the password when the sign-in page asks. If it does not offer that, change it on your organisation's password reset page, often https://aka.ms/sspr, or ask your IT administrator to reset it. Then sign in again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Microsoft did not accept the user name or the password.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Check the email address and the password, mind the Caps Lock key, and sign in again. If you have forgotten the password, choose "Forgot password?" on Microsoft's sign-in page. If an app or a device asked for the password itself instead of opening Microsoft's sign-in page, it signs in a way that many accounts refuse: choose its option called OAuth2 or Modern Authentication instead.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Check the email address and the password, mind the Caps Lock key, and sign in again. If you have forgotten the password, reset it at https://account.live.com/password/reset. Mail apps that ask for the password themselves no longer work with Outlook.com at all: choose their option called OAuth2 or Modern Authentication instead.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Check the email address and the password, mind the Caps Lock key, and sign in again. If you have forgotten the password, reset it on your organisation's password reset page, often https://aka.ms/sspr, or ask your IT administrator. If an app asked for the password itself, choose its option called OAuth2 or Modern Authentication instead.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This account is locked or switched off.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>After too many wrong passwords Microsoft locks an account for a while: wait a few minutes and sign in again, typing the password with care. For an Outlook.com, Hotmail or Live address, sign in at account.microsoft.com and follow the steps shown there to unlock the account. For a work or school address that stays locked, only your IT administrator can unlock it or switch it on again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Microsoft has locked this Microsoft account.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Microsoft locks a personal account after too many wrong passwords or when it suspects misuse. Sign in at account.microsoft.com in your browser and follow the steps to unlock it; Microsoft sends a security code to your phone or to another email address. Then sign in again in Mail Setup.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your account is locked or switched off.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>If you typed a wrong password several times, wait a few minutes and sign in again. If the account stays locked, or your organisation has switched it off, only your IT administrator can unlock it or switch it on again. Mail Setup can write the request for them.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Microsoft says that this application is switched off.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>With a work or school account, your organisation's administrator may have switched the application off for its users. Only they can switch it on again, under Enterprise applications in the Microsoft Entra admin center; Mail Setup can write the request for them. If a personal account gets this too, Microsoft has switched off the application itself: please report it to the makers of the application with the details below.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Microsoft has switched off the application for personal accounts, which only its makers can resolve. Please report this to the makers of Mail Setup, or of the app that showed the message, with the details below.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The clock of this computer or device does not agree with Microsoft's.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Set the date, the time and the time zone right, best by letting the system take them from the internet, then sign in again. Sign-in passes carry times, and Microsoft refuses them when the clocks are too far apart.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mail Setup sent Microsoft a sign-in request that it could not accept.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This is a fault in Mail Setup, not in your account. Try once more; if it happens again, please report it to the makers of Mail Setup with the details below.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mail Setup could not reach Microsoft's sign-in service.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Check that this computer is connected to the internet, for example by opening a web page, and try again. If web pages open, a firewall, proxy or security program may be stopping Mail Setup from reaching Microsoft: check its settings or try another network.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Microsoft's sign-in service did not answer in time.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The connection to Microsoft was too slow, or stopped before the sign-in could finish. Check the internet connection and try again in a few minutes. If it keeps happening on this network, try another one, for example a phone's hotspot: some networks and proxies hold such connections back.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Microsoft's sign-in service answered with an error instead of the sign-in.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This is usually a passing problem at Microsoft: wait a few minutes and try again. On a network that first shows a page of its own, as in hotels, trains and airports, open any web page in the browser, accept the network's terms or sign in to it, and then try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mail Setup could not prepare the address on this computer that the browser comes back to after the sign-in.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>To receive the sign-in from the browser, Mail Setup needs a free port on this computer's own addresses 127.0.0.1 and ::1. Other programs may be holding them, or security software may block them. Close programs you do not need and sign in again. If it keeps happening, restart the computer, and if even that does not help, please report it to the makers of Mail Setup with the details below.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Access to this mailbox from mail apps is switched off.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>For an Outlook.com, Hotmail or Live address: sign in at outlook.com, open Settings &gt; Mail &gt; Forwarding and IMAP (in newer versions Settings &gt; Mail &gt; Sync email), switch on "Let devices and apps use IMAP", save, and run the check again. For a work or school address, only your IT administrator can allow IMAP for the mailbox.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Outlook.com does not let mail apps into this mailbox yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sign in at outlook.com, open Settings &gt; Mail &gt; Forwarding and IMAP (in newer versions Settings &gt; Mail &gt; Sync email), switch on "Let devices and apps use IMAP", save, and run the check again. If the switch is already on, the account may have no Outlook.com mailbox at all, as happens with a Microsoft account made with another provider's address.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your organisation has switched off access to this mailbox from mail apps (IMAP).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only your IT administrator can allow IMAP for this mailbox. Mail Setup can write the request for you, with the exact command they need. A change can take up to an hour to work; then run the check again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The mail server did not accept the sign-in.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Make sure you signed in with the same account as the email address being set up, then run the check again. The server does not say why it refused. If it keeps happening with a work or school address, ask your IT administrator to check that IMAP and authenticated SMTP are allowed for this mailbox.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Make sure you signed in with the same Microsoft account as the email address being set up, then run the check again. If reading mail fails this way, check that "Let devices and apps use IMAP" is on at outlook.com, under Settings &gt; Mail &gt; Forwarding and IMAP. The server does not say why it refused.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The mailbox no longer accepts a password from mail apps.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The app or device tried a password, and Microsoft refuses passwords from mail apps, app passwords included: Outlook.com since 16 September 2024, Microsoft 365 as well. Mail Setup signs in through Microsoft's sign-in page instead, so run the check again and sign in through the browser. In other mail apps, choose the sign-in method called OAuth2 or Modern Authentication. A printer, scanner or older app that only knows passwords can send through a relay that signs in with Microsoft on its behalf.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Outlook.com no longer accepts a password from mail apps and devices.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Since 16 September 2024 Outlook.com, Hotmail and Live accept no password from mail apps, not even an app password. Choose the sign-in method called OAuth2 or Modern Authentication in the app, which opens Microsoft's sign-in page; Mail Setup signs in that way. A printer, scanner or older app that only knows passwords can send through a relay that signs in with Microsoft on its behalf.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Microsoft 365 no longer accepts a password from this mail app or device.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your organisation's mailboxes accept mail apps only through Microsoft's sign-in page, and app passwords do not help. Choose the sign-in method called OAuth2 or Modern Authentication in the app; Mail Setup signs in that way. For a printer, scanner or older app that only knows passwords, your IT administrator can set up a relay that signs in with Microsoft on its behalf, or a connector.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your organisation has switched off sending from mail apps for this mailbox.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only your IT administrator can switch it on, for this mailbox or for the whole organisation. Mail Setup can write the request for you, with the exact command they need. The setting of a mailbox wins over the one of the organisation, and a change can take an hour to work.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Microsoft has not switched on sending from mail apps for this Outlook.com mailbox yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reading mail works, but Microsoft does not yet let mail apps send from this mailbox, even with a proper sign-in. Many recently made Outlook.com and Hotmail accounts get this, and no switch in Outlook.com changes it. It often starts to work by itself after some days of normal use. Meanwhile, send from outlook.com in a browser or from the Outlook app. If nothing has changed after a week or two, contact Microsoft support through Help on outlook.com.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The mail server refused to send because Mail Setup was not signed in.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mail Setup tried to send before the server had accepted the sign-in, which is a fault in Mail Setup. Run the check again; if this comes back, please report it to the makers of Mail Setup with the details below.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The sign-in pass for the mailbox ran out during the check.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Run the check again: Mail Setup will get a fresh pass from Microsoft. If this keeps happening, sign in again, and if even that does not help, please report it to the makers of Mail Setup.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Microsoft is holding back requests from this mailbox for a while.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Too many connections or messages came from this mailbox in a short time, perhaps from other mail apps or devices as well. Wait a few minutes, close mail apps you do not need, and run the check again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The mail server did not understand a command from Mail Setup.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This is a fault in Mail Setup, not in your account. Run the check again; if it happens again, please report it to the makers of Mail Setup with the details below.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The account you signed in with may not send mail from this address.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sign in with the account that owns this address. If the address belongs to a shared mailbox or to someone else, your IT administrator can give your account the Send As permission for it; allow up to an hour before trying again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Send with the address you signed in with as the sender. Outlook.com sends from another address only when it is an alias of the same Microsoft account, which you can add at account.microsoft.com, under Your info. Otherwise sign in with the Microsoft account that owns the address.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>If you meant to sign in with the account that owns this address, sign in with it. If the address belongs to a shared mailbox or to someone else, only your IT administrator can give your account the Send As permission for it. Mail Setup can write the request for them; allow up to an hour after the change before trying again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Microsoft has stopped this account from sending mail.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This happens when Microsoft suspects the account of sending unwanted mail, for example after someone else learnt the password. Change your password. For an Outlook.com, Hotmail or Live address, sign in at outlook.com and follow the steps shown there to unblock the account. For a work or school address, your IT administrator can release it in the Microsoft Defender portal under Restricted entities.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Outlook.com has stopped this account from sending mail.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Outlook.com does this when it suspects an account of sending unwanted mail, or when a new account sends a lot before it is verified. Sign in at outlook.com in a browser and follow the steps shown there, such as confirming a code sent to your phone. If someone else may know your password, change it at account.microsoft.com. If sending stays blocked for more than a day, contact Microsoft support through Help on outlook.com.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Microsoft 365 has stopped this mailbox from sending mail.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Microsoft 365 blocks a mailbox that it suspects of sending unwanted mail, often because someone else has learnt the password. Change your password. Only your IT administrator can release the mailbox, after checking it for misuse; Mail Setup can write the request for them, with the exact commands.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This mailbox has sent as much mail as Microsoft allows for now.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Microsoft limits how many messages and recipients a mailbox may send in a day. Wait until the limit resets, which can take up to 24 hours, then run the check again. If the mailbox needs to send more than that, talk to your IT administrator.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Outlook.com limits how many messages and recipients an account may send in a day, and new accounts get lower limits at first. Wait until the limit resets, which can take up to 24 hours, then run the check again. If Outlook.com asks you to verify the account, do so at outlook.com: a verified account may send more.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Microsoft 365 lets a mailbox send to at most 10,000 recipients a day and about 30 messages a minute. Wait until the limit resets, which can take up to 24 hours, then run the check again. If the mailbox really has to send more, ask your IT administrator about a service made for bulk mail.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Microsoft's server had a passing problem.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing is wrong with your settings. Wait a few minutes and run the check again. If it still fails hours later, Microsoft's service status page may say more.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The mail server is not taking connections at the moment.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing is wrong with your settings or your account: the server turned the connection away before Mail Setup could sign in, as servers do while they are busy or being maintained. Wait a few minutes and run the check again. If it still fails an hour later, Microsoft's service status page may say more.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The connection used an old kind of encryption that Microsoft no longer accepts.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Microsoft needs TLS 1.2 or newer. Update the system and Mail Setup, and check for security software that inspects encrypted connections, since it can cause this too. If the problem stays, please report it to the makers of Mail Setup with the details below.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The test message was turned away and not delivered.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A server on the way refused the message; its own words are in the details below. Signing in worked, so the settings are right. Ask the administrator of the sending domain to look at the reason: common ones are the domain's SPF, DKIM or DMARC records, or a block on the sending server's address.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A server on the way refused the message; its own words are in the details below. Signing in worked, so the settings are right. If the words speak of an address that does not exist, check the address. If they speak of spam or of the sending server's reputation, wait a few hours and try again; if it keeps happening, contact Microsoft support through Help on outlook.com.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Microsoft 365 no longer accepts a password for sending mail from this device or app.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The device or app signed in to send mail with a user name and a password. Exchange Online switches that off, by default from the end of December 2026 and for good in 2027, and app passwords do not help. Choose the sign-in method called OAuth2 or Modern Authentication in the app. A printer, scanner or older app that cannot do that can send through a relay that signs in with Microsoft on its behalf, and your IT administrator can set up a connector for it instead.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your organisation's security defaults do not let mail apps send with a password.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your organisation has Microsoft's security defaults switched on, and while they are, Exchange Online refuses every device or app that signs in to send with a user name and a password, whatever else is set. Choose the sign-in method called OAuth2 or Modern Authentication in the app if it has one. If it has not, only your IT administrator can help, by replacing the security defaults with Conditional Access rules; Mail Setup can write the request for them.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your organisation turns away mail that a device sends to it without signing in.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The device or app sends straight to your organisation's mail servers without a sign-in (direct send), and your organisation has switched that off, as Microsoft recommends. If the device can sign in with OAuth2 or Modern Authentication, set it to send through smtp.office365.com on port 587 that way. Otherwise only your IT administrator can let its mail in, best with a connector for the device's network address; Mail Setup can write the request for them.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A mailbox is full, so the message could not be sent or delivered.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Microsoft stops a mailbox that is over its storage limit from sending, and later from receiving. If it is your own mailbox, delete messages you do not need, large ones first, and empty the Deleted Items and Junk Email folders, then run the check again. If the bounce names someone else's mailbox, only they can make room in it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Outlook.com's storage is shared with OneDrive: see what uses it at outlook.com, under Settings &gt; General &gt; Storage. Delete messages you do not need, large ones first, empty the Deleted Items and Junk Email folders, and remove large files from OneDrive if that is what fills it; then run the check again. If the bounce names someone else's mailbox, only they can make room in it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>If it is your own mailbox, delete messages you do not need, large ones first, and empty the Deleted Items folder, then run the check again. If that cannot free enough, your IT administrator can raise the mailbox's limit or switch on an archive mailbox. If the bounce names someone else's mailbox, only they can make room in it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The outgoing mail server cannot send from this email address.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The part of the address before the @ has letters that this server does not accept in an address: it would need the SMTPUTF8 extension, which it does not offer. Signing in worked. Ask the people who run your email whether the mailbox also has an address with plain letters (a to z, digits, dots), and set up that one, or whether the server can be given SMTPUTF8.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The mail server's name could not be found.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Check that the computer is connected to the internet, for example by opening a web page. If it is, the network may have trouble looking up names: restart the router or try another network, then run the check again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The connection to the mail server was refused.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Something between this computer and Microsoft turned the connection away, often a firewall or security program that blocks mail. Check the firewall and antivirus settings or try another network, then run the check again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The mail server could not be reached in time.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Check the internet connection. Some networks, such as those of offices, hotels and schools, and some home routers or antivirus programs, block the mail ports 587 and 993. Try another network, for example a phone's hotspot, to find out, and ask the owner of the network to allow these ports.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A secure connection to the mail server could not be set up.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Check that the computer's date and time are right, then run the check again. If it keeps failing, try another network: some networks and security programs get in the way of encrypted connections.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mail Setup could not confirm that it was talking to the real mail server.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Usually something between this computer and Microsoft looks inside encrypted connections, such as antivirus software or a company proxy, or the computer's date and time are wrong. Check the date and time, try another network, and ask whoever runs the security software or the network to let mail connections to Microsoft through untouched. Do not accept the connection anyway: your sign-in could be read by others.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The mail server did not offer encryption, so Mail Setup did not send your sign-in.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Microsoft's servers always offer encryption, so something on the network has probably removed it. Try another network, and check for security software or a proxy that handles mail connections.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The mail server ended the connection unexpectedly.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This is often a passing problem. Wait a minute and run the check again. If it keeps happening, try another network: some networks and security programs cut mail connections.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The mail server stopped answering.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The connection was made, but no answer came in time. Wait a minute and run the check again; if it keeps happening, try another network.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The test message was sent but did not arrive in your inbox in time.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sending and signing in work. Delivery can be slow at busy times: wait a few minutes and look in your inbox and in the junk email folder. If the message never arrives, a rule in your mailbox may move or delete it, or your organisation may hold it for checking; your IT administrator can trace it by its Message-ID, shown below.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sending and signing in work. Delivery can be slow at busy times: wait a few minutes and look in your inbox and in the Junk Email folder. If the message never arrives, a rule in Outlook.com may move or delete it: look at outlook.com, under Settings &gt; Mail &gt; Rules.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server answered in a way that Mail Setup did not expect.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Check that the server names and ports in the settings are the ones Mail Setup suggests. A network that sends you to its own sign-in page, as in hotels and airports, can also cause this. If neither explains it, please report it to the makers of Mail Setup with the details below.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The email address cannot be used as it is written.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Check the address for typing mistakes: an email address has one @ and no spaces, quotation marks, angle brackets, backslashes or control characters. Correct it and start again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Something went wrong that Mail Setup does not recognise.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Run the check again. If it fails the same way, please pass the details below to your IT administrator or to the makers of Mail Setup: the server's own words usually tell them what happened.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Whoever runs this mail server</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Incoming mail server (IMAP): %1, port %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Outgoing mail server (SMTP): %1, port %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Microsoft's sign-in service: %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Server: %1, port %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Server: %1.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Mail Setup waited %n second(s).</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
</context>
<context>
    <name>DiagnosisView</name>
    <message>
        <source>What went wrong</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Shows or hides what the server said, for a helpdesk.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Details for the helpdesk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What the server or Microsoft's sign-in said, word for word.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sign in &amp;again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Opens Microsoft's sign-in page in your browser once more.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Use another account</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Opens Microsoft's sign-in page so that you can choose the account of the address you are setting up.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copy a message for your &amp;IT administrator</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Puts a message on the clipboard that tells your IT administrator exactly what to change.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show me &amp;how to switch on IMAP</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Goes back to the page that shows how to switch on IMAP in Outlook.com.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Runs again only the checks that failed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Who can fix this: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hide &amp;details</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show &amp;details</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hide details</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show details</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>EmailAddress</name>
    <message>
        <source>An email address has no spaces in it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type the whole address, with the @ and the part after it, for example name@outlook.com.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>An email address has only one @ in it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type the part before the @ too, for example name@outlook.com.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The part before the @ has a character that email addresses cannot have, or a dot at its start, at its end or twice in a row.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The part before the @ is too long for an email address.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type the part after the @ too, for example outlook.com.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The part after the @ is not complete: it needs a dot and an ending, for example outlook.com.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The part after the @ is not a domain name that can exist. Check it for typing mistakes.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This is too long for an email address.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Enrolment</name>
    <message>
        <source>There is no sign-in to keep.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The sign-in could not be kept in %1. %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Technical detail: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The account settings could not be written to %1.</source>
        <translation type="unfinished" />
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
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ImapSwitchPage</name>
    <message>
        <source>Switch on POP and IMAP</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sign in at Outlook.com in your browser, or choose "Open Outlook.com settings" below, which takes you straight to step 3.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose Settings (the gear at the top right), then Mail, then Forwarding and IMAP. In newer versions of Outlook.com the page is called Sync email, with a part called POP and IMAP.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Switch on "Let devices and apps use IMAP". If your mail app uses POP, switch on "Let devices and apps use POP" as well.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose Save.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Picture of the Outlook.com settings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The numbers in the picture match the steps: 1 the gear, 2 Mail and Forwarding and IMAP, 3 the switch, turned on, 4 the Save button.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Open Outlook.com settings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Opens the POP and IMAP settings of Outlook.com in your browser. Sign in there if Outlook.com asks.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>If the button does not open the right page, follow the steps above: the way through the settings always works.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>For a work or school account, your IT administrator decides whether mail apps may use IMAP and POP; there is nothing to switch on here. If it is not allowed, the check will say so and help you ask for it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>I've &amp;switched it on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tick this once "Let devices and apps use IMAP" is on and saved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Outlook.com lets mail apps in only after you switch this on, once, in its settings.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Outlook.com's settings open in your browser. Come back here when you have saved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mail Setup could not open a browser. Open %1 in a browser yourself, or follow the steps above.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>KeychainSecretStore</name>
    <message>
        <source>the macOS Keychain</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Windows Credential Manager</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the KDE Wallet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the Secret Service keyring</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The keyring is locked, so it cannot tell whether it holds this secret.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The keyring is locked, so the secret may still be in it.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MemorySecretStore</name>
    <message>
        <source>memory only, until Mail Setup closes</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ProbeStep</name>
    <message>
        <source>Finding the server</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Connecting to the server</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Setting up encryption</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Waiting for the server to answer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Asking what the server supports</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Switching on encryption</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Signing in to your mailbox</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Opening your inbox</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sending a test message</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Looking for the test message in your inbox</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Closing the connection</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ProviderProfile</name>
    <message>
        <source>the key is missing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>it must be an object</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>it must be text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>it must not be empty</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>it must be an http or https address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>it must not contain a user name or password</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>it must be an https address (plain http only to this computer: 127.0.0.1, ::1 or localhost)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>it must be a host name or an IP address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>it must be a whole number from 1 to 65535</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>it must be "tls" or "starttls"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The provider file %1 cannot be used: %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The provider file %1 cannot be used: the key "%2" is wrong: %3.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the file does not exist</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>it is not a regular file but a folder, a device or a pipe</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the file cannot be read</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the file is too large to be a provider profile</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>it is not valid JSON (%1 at character %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>it must hold one JSON object</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>it must be a list of scopes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>each scope must be one word of text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>it must contain {domain} where the domain goes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>it must be an http or https address with {domain} after the host name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the file %1 holds no PEM certificate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the file %1 does not exist</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is not a regular file but a folder, a device or a pipe</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the file %1 cannot be read</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the file %1 is larger than %2 KB</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ReadyPage</name>
    <message>
        <source>SSL/TLS</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>STARTTLS</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your account is ready</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>These are the settings any mail app asks for. Copy them one by one into the app.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Incoming mail (IMAP)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>IMAP</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Incoming mail (POP)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>POP</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only if your app uses POP instead of IMAP.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Outgoing mail (SMTP)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>SMTP</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Signing in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>User name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Authentication:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Authentication method</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose OAuth2 in your mail app; some apps call it "Sign in with Microsoft" or "Modern authentication". Your password will not work there, and neither will an app password: Microsoft no longer lets mail apps sign in with a password.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your sign-in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save a &amp;report for the helpdesk…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saves what Mail Setup did and found to a text file, without any password or token, for whoever helps you with your mail.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Server:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 server</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Port:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 port</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Encryption:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 encryption</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is on the clipboard: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>OAuth2 (Sign in with Microsoft)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 works: incoming and outgoing mail were checked.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saving your sign-in…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your sign-in could not be saved, so you will have to sign in again next time. What went wrong: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your sign-in is kept in %1. Mail Setup never saves your password: Microsoft does not give it out.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ReportFormat</name>
    <message>
        <source>Who can fix it: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server said: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Diagnosis code: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Incoming mail (IMAP, %1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Outgoing mail (SMTP, %1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>✓ The test message arrived in your inbox after %1 ms.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>✗ The test message was sent but was not seen in your inbox.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>✗ The test message could not be sent.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your account works: it can receive and send e-mail.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your account does not work yet. See above for what failed and who can fix it.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>Mail Setup closed the keychain before it answered.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The keychain holds no such secret.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>The keychain did not answer within %n second(s).</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>No keychain is available on this computer.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The keychain is locked.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The keychain did not do what Mail Setup asked.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No key was given for the secret.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SetupController</name>
    <message>
        <source>Mail Setup report</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Created: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mail Setup version: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Address: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Provider: %1 (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>personal Microsoft account</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>work or school account</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not known</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Account kind: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tenant: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Signed in as: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Application (client) ID: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sign-in problem: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Diagnosis code: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Microsoft said: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Transcript (secrets removed)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>Mail Setup</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sets up an Outlook.com or Microsoft 365 mailbox and proves that it works.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Goes on to the next step.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Goes back to the previous step.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stops the setup. Nothing that is not finished is saved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Closes Mail Setup.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save a report for the helpdesk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The report could not be saved in %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The report is saved in %1. It contains no password and no token.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SignInPage</name>
    <message>
        <source>You are signed in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mail Setup received your sign-in. You can close this tab and go back to Mail Setup, which will now check your mailbox.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>You signed in with another account</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>You signed in as %1, but Mail Setup is setting up %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Go back to Mail Setup to sign in again with the right account. You can close this tab.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The sign-in was cancelled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Microsoft says that the sign-in was cancelled or that permission was not given, so nothing was set up.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Go back to Mail Setup to start the sign-in again. You can close this tab.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Go back to Mail Setup: it says what happened and what you can do. You can close this tab.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The sign-in did not finish</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mail Setup stopped waiting for this sign-in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The sign-in was cancelled in Mail Setup, or its time ran out, so nothing was set up.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>To sign in, start again in Mail Setup. You can close this tab.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mail Setup already has the answer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mail Setup has already received the answer to this sign-in.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Go back to Mail Setup to see how the sign-in ended. You can close this tab.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Almost done</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mail Setup received your sign-in and is finishing it with Microsoft.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Go back to Mail Setup to see how it ends. You can close this tab.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing happened</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This address on your computer is only for the answer to Mail Setup's sign-in with Microsoft.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This request was not that answer, so Mail Setup ignored it and nothing happened.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>You can close this tab.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sign in with Microsoft</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Sign in with Microsoft</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Opens Microsoft's sign-in page in your browser.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This copy of Mail Setup has no application (client) ID, and Microsoft lets only registered applications sign in to a mailbox. Start Mail Setup with --client-id and the ID your IT department registered, or with a provider file that names one. The file docs/app-registration.md says how to register Mail Setup.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Time left to sign in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Copy link</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Puts the address of the sign-in page on the clipboard, to open it in another browser.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Open again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Opens the sign-in page in your browser once more, if you closed it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancel &amp;sign-in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stops waiting for the browser. You can sign in again afterwards.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Continue &amp;without saving</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Signs in anyway. The sign-in is kept in memory only and is gone when Mail Setup closes.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Try the &amp;keychain again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Asks the keychain once more, for example after you unlocked it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mail Setup opens Microsoft's sign-in page in your browser. Your password stays between you and Microsoft: Mail Setup never sees it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sign in as %1. If Microsoft asks whether Mail Setup may read and send your mail, choose Accept: without it, Mail Setup cannot check your mailbox.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Checking that this computer's keychain can keep your sign-in…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your browser shows Microsoft's sign-in page. Sign in there as %1; Mail Setup goes on by itself when you are done.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Microsoft has answered. Finishing the sign-in…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Microsoft knows this account as %1. Checking that the mailbox accepts it for %2…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>You are signed in as %1, a work or school account. Choose Next to check your mailbox.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>You are signed in as %1, a personal Microsoft account. Choose Next to check your mailbox.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The sign-in did not work.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mail Setup could not open a browser. Choose "Copy link" and open the link in a browser yourself.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1:%2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Time left to sign in: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Less than a minute is left to finish signing in.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The link is on the clipboard. Paste it into the address bar of a browser.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The sign-in page opens in your browser again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The keychain of this computer is locked, so Mail Setup cannot keep your sign-in. Unlock it (your desktop may ask for your login password) and try again, or go on without saving: then you will have to sign in again the next time you use Mail Setup.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mail Setup cannot reach a keychain on this computer, so it cannot keep your sign-in. You can go on without saving: the setup works the same, but you will have to sign in again the next time you use Mail Setup.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The keychain of this computer did not take the sign-in. You can try again, or go on without saving: then you will have to sign in again the next time you use Mail Setup.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The keychain said: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your sign-in cannot be saved on this computer.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>You signed in as %1, but you are setting up %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A message for your IT administrator is on the clipboard. Paste it into an email or a support ticket.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>StepListView</name>
    <message>
        <source>Step</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The steps of the check, each with whether it worked and how long it took. Expand a step to read what the server said.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Checking…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Encryption: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Works.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Does not work yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: not started yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: under way</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: worked, in %2 ms</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: failed, after %2 ms</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: not checked</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not checked</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server said: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TestMessage</name>
    <message>
        <source>Mail Setup test message</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This message was sent by Mail Setup to check that your account can send and receive e-mail.
It went from your computer to your provider's outgoing server and back into your inbox, so both work. You can delete it.
</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>