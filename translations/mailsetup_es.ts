<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>AddressPage</name>
    <message>
        <source>Your email address</source>
        <translation>Su dirección de correo electrónico</translation>
    </message>
    <message>
        <source>&amp;Email address:</source>
        <translation>&amp;Dirección de correo electrónico:</translation>
    </message>
    <message>
        <source>name@outlook.com</source>
        <translation>nombre@outlook.com</translation>
    </message>
    <message>
        <source>Email address</source>
        <translation>Dirección de correo electrónico</translation>
    </message>
    <message>
        <source>The address of the mailbox to set up, for example name@outlook.com.</source>
        <translation>La dirección del buzón que se va a configurar, por ejemplo nombre@outlook.com.</translation>
    </message>
    <message>
        <source>What kind of account is it?</source>
        <translation>¿Qué tipo de cuenta es?</translation>
    </message>
    <message>
        <source>Mail Setup chooses this by itself when it can tell. Change it if you know better; the sign-in decides in the end.</source>
        <translation>Mail Setup lo elige por sí mismo cuando puede saberlo. Cámbielo si usted lo sabe mejor; al final decide el inicio de sesión.</translation>
    </message>
    <message>
        <source>Outlook.com, Hotmail, Live or MSN: an account you made yourself at Microsoft.</source>
        <translation>Outlook.com, Hotmail, Live o MSN: una cuenta que usted mismo creó en Microsoft.</translation>
    </message>
    <message>
        <source>Microsoft 365: an account your organisation gave you.</source>
        <translation>Microsoft 365: una cuenta que le dio su organización.</translation>
    </message>
    <message>
        <source>&amp;Personal Microsoft account</source>
        <translation>Cuenta &amp;personal de Microsoft</translation>
    </message>
    <message>
        <source>&amp;Work or school account</source>
        <translation>Cuenta profesional o &amp;educativa</translation>
    </message>
    <message>
        <source>Mail Setup works with Outlook.com, Hotmail and Live addresses and with work or school addresses that run on Microsoft 365.</source>
        <translation>Mail Setup funciona con direcciones de Outlook.com, Hotmail y Live y con direcciones profesionales o educativas que funcionan en Microsoft 365.</translation>
    </message>
    <message>
        <source>Finding out who runs this address…</source>
        <translation>Averiguando quién gestiona esta dirección…</translation>
    </message>
    <message>
        <source>This is a personal Microsoft account (Outlook.com).</source>
        <translation>Es una cuenta personal de Microsoft (Outlook.com).</translation>
    </message>
    <message>
        <source>This looks like a work or school account (Microsoft 365).</source>
        <translation>Parece una cuenta profesional o educativa (Microsoft 365).</translation>
    </message>
    <message>
        <source>Nothing says this address is handled by Microsoft. If you know that it is, choose the kind of account below and go on.</source>
        <translation>Nada indica que esta dirección la gestione Microsoft. Si sabe que sí, elija el tipo de cuenta abajo y continúe.</translation>
    </message>
    <message>
        <source>Mail Setup could not find out who runs this address. Choose the kind of account below.</source>
        <translation>Mail Setup no pudo averiguar quién gestiona esta dirección. Elija el tipo de cuenta abajo.</translation>
    </message>
    <message>
        <source>Addresses at %1 belong to Microsoft&apos;s own mail service.</source>
        <translation>Las direcciones de %1 pertenecen al servicio de correo de Microsoft.</translation>
    </message>
    <message>
        <source>Mail for %1 goes to Outlook.com&apos;s servers.</source>
        <translation>El correo para %1 llega a los servidores de Outlook.com.</translation>
    </message>
    <message>
        <source>Mail for %1 goes to Microsoft 365&apos;s servers.</source>
        <translation>El correo para %1 llega a los servidores de Microsoft 365.</translation>
    </message>
    <message>
        <source>Microsoft knows an organisation for %1.</source>
        <translation>Microsoft conoce una organización para %1.</translation>
    </message>
    <message>
        <source>Microsoft knows %1 as a domain of personal accounts.</source>
        <translation>Microsoft conoce %1 como un dominio de cuentas personales.</translation>
    </message>
    <message>
        <source>Microsoft knows no organisation for %1.</source>
        <translation>Microsoft no conoce ninguna organización para %1.</translation>
    </message>
    <message>
        <source>Mail for %1 goes to servers that are not Microsoft&apos;s.</source>
        <translation>El correo para %1 llega a servidores que no son de Microsoft.</translation>
    </message>
    <message>
        <source>No answer came in time; this computer may be offline.</source>
        <translation>No llegó ninguna respuesta a tiempo; puede que este equipo no tenga conexión.</translation>
    </message>
    <message>
        <source>Signing in will confirm it.</source>
        <translation>El inicio de sesión lo confirmará.</translation>
    </message>
    <message>
        <source>%1 Signing in will confirm it.</source>
        <translation>%1 El inicio de sesión lo confirmará.</translation>
    </message>
    <message>
        <source>Clear the email address</source>
        <translation>Borrar la dirección de correo electrónico</translation>
    </message>
    <message>
        <source>Empties the email address field, to type another address.</source>
        <translation>Vacía el campo de la dirección de correo electrónico, para escribir otra dirección.</translation>
    </message>
    <message>
        <source>This copy of Mail Setup cannot sign anyone in yet: it was built without an application (client) ID, and Microsoft lets only registered applications open a mailbox. Your IT department registers Mail Setup in Microsoft Entra and starts it with --client-id and that ID, or with a provider file that names it; whoever packages Mail Setup builds it with -DMAILSETUP_CLIENT_ID. The file docs/app-registration.md says how.</source>
        <translation>Esta copia de Mail Setup todavía no puede iniciar la sesión de nadie: se compiló sin Id. de aplicación (cliente), y Microsoft solo deja abrir un buzón a las aplicaciones registradas. Su departamento de TI registra Mail Setup en Microsoft Entra y lo inicia con --client-id y ese Id., o con un archivo de proveedor que lo nombre; quien empaqueta Mail Setup lo compila con -DMAILSETUP_CLIENT_ID. El archivo docs/app-registration.md explica cómo hacerlo.</translation>
    </message>
    <message>
        <source>Did you mean %1? Check the part after the @.</source>
        <translation>¿Quería decir %1? Compruebe la parte después de la @.</translation>
    </message>
    <message>
        <source>%1 is an address of %2, not of Microsoft. Mail Setup is for Outlook.com and Microsoft 365 accounts only; set up this address in your mail app with the settings %2 gives.</source>
        <translation>%1 es una dirección de %2, no de Microsoft. Mail Setup es solo para cuentas de Outlook.com y Microsoft 365; configure esta dirección en su aplicación de correo con la configuración que indica %2.</translation>
    </message>
</context>
<context>
    <name>AdministratorRequests</name>
    <message>
        <source>In Exchange Online PowerShell:</source>
        <translation>En Exchange Online PowerShell:</translation>
    </message>
    <message>
        <source>In Microsoft Graph PowerShell:</source>
        <translation>En Microsoft Graph PowerShell:</translation>
    </message>
    <message>
        <source>Please allow authenticated SMTP (SMTP AUTH) for my mailbox %1, so that mail apps that sign in with Microsoft can send. Switching it on for the mailbox is enough; it wins over the organisation&apos;s setting.</source>
        <translation>Le ruego que permita SMTP autenticado (SMTP AUTH) para mi buzón %1, para que las aplicaciones de correo que inician sesión con Microsoft puedan enviar. Basta con activarlo para el buzón; esta opción prevalece sobre la de la organización.</translation>
    </message>
    <message>
        <source>Please allow IMAP for my mailbox %1, so that mail apps that sign in with Microsoft can read it.</source>
        <translation>Le ruego que permita IMAP para mi buzón %1, para que las aplicaciones de correo que inician sesión con Microsoft puedan leerlo.</translation>
    </message>
    <message>
        <source>Please grant admin consent to the application Mail Setup for the delegated permissions IMAP.AccessAsUser.All, SMTP.Send and offline_access, so that I can set up %1. The consent page is https://login.microsoftonline.com/organizations/v2.0/adminconsent?client_id=&lt;application-id&gt; with the application&apos;s ID in place of &lt;application-id&gt;.</source>
        <translation>Le ruego que conceda el consentimiento de administrador a la aplicación Mail Setup para los permisos delegados IMAP.AccessAsUser.All, SMTP.Send y offline_access, para que yo pueda configurar %1. La página de consentimiento es https://login.microsoftonline.com/organizations/v2.0/adminconsent?client_id=&lt;application-id&gt;, con el Id. de la aplicación en lugar de &lt;application-id&gt;.</translation>
    </message>
    <message>
        <source>Please grant admin consent to the application Mail Setup for the delegated permissions IMAP.AccessAsUser.All, SMTP.Send and offline_access, so that I can set up %1. The link below opens the consent page for our organisation.</source>
        <translation>Le ruego que conceda el consentimiento de administrador a la aplicación Mail Setup para los permisos delegados IMAP.AccessAsUser.All, SMTP.Send y offline_access, para que yo pueda configurar %1. El enlace de abajo abre la página de consentimiento de nuestra organización.</translation>
    </message>
    <message>
        <source>A sign-in rule of our organisation (Conditional Access or security defaults) stopped Mail Setup from signing in to my mailbox %1. Please look up this sign-in in the Entra sign-in logs with the ids below and tell me what I need to do.</source>
        <translation>Una regla de inicio de sesión de nuestra organización (acceso condicional o valores predeterminados de seguridad) impidió que Mail Setup iniciara sesión en mi buzón %1. Le ruego que busque este inicio de sesión en los registros de inicio de sesión de Entra con los identificadores de abajo y me diga qué debo hacer.</translation>
    </message>
    <message>
        <source>A test message that Mail Setup sent from my mailbox %1 to itself was turned away. Please look at the server&apos;s reason below; common causes are the domain&apos;s SPF, DKIM or DMARC records or a block on the sending server.</source>
        <translation>Un mensaje de prueba que Mail Setup envió desde mi buzón %1 a sí mismo fue rechazado. Le ruego que revise el motivo del servidor que aparece abajo; las causas habituales son los registros SPF, DKIM o DMARC del dominio o un bloqueo del servidor de envío.</translation>
    </message>
    <message>
        <source>Mail Setup could not set up my mailbox %1 and says that only an administrator can fix it.</source>
        <translation>Mail Setup no pudo configurar mi buzón %1 e indica que solo un administrador puede solucionarlo.</translation>
    </message>
    <message>
        <source>Microsoft says that the application I use for my mailbox %1 is switched off for our organisation. Please switch it on again: Microsoft Entra admin center, Enterprise applications, the application with the ID below, Properties, &quot;Enabled for users to sign-in&quot;: Yes. The commands below do the same.</source>
        <translation>Microsoft indica que la aplicación que uso para mi buzón %1 está desactivada para nuestra organización. Le ruego que la vuelva a activar: Centro de administración Microsoft Entra, Aplicaciones empresariales, la aplicación con el Id. de abajo, Propiedades, «¿Habilitado para que los usuarios inicien sesión?»: Sí. Los comandos de abajo hacen lo mismo.</translation>
    </message>
    <message>
        <source>Microsoft says that the application I use for my mailbox %1 is switched off for our organisation. Please switch it on again: Microsoft Entra admin center, Enterprise applications, the application that the error names, Properties, &quot;Enabled for users to sign-in&quot;: Yes. The commands below do the same, with its ID in place of &lt;application-id&gt;.</source>
        <translation>Microsoft indica que la aplicación que uso para mi buzón %1 está desactivada para nuestra organización. Le ruego que la vuelva a activar: Centro de administración Microsoft Entra, Aplicaciones empresariales, la aplicación que nombra el error, Propiedades, «¿Habilitado para que los usuarios inicien sesión?»: Sí. Los comandos de abajo hacen lo mismo, con su Id. en lugar de &lt;application-id&gt;.</translation>
    </message>
    <message>
        <source>Security defaults are switched on in our organisation, so Exchange Online refuses the device or app that sends as %1 with a password, whatever the SMTP AUTH setting. If it cannot sign in with OAuth, please replace the security defaults with Conditional Access policies (Microsoft Entra admin center: Overview, Properties, Manage security defaults) and allow SMTP AUTH for this mailbox only with the command below. Exchange Online stops taking passwords for sending by default from the end of December 2026, so a relay or a connector for the device lasts longer.</source>
        <translation>En nuestra organización están activados los valores predeterminados de seguridad, por lo que Exchange Online rechaza el dispositivo o la aplicación que envía como %1 con una contraseña, sea cual sea la opción de SMTP AUTH. Si no puede iniciar sesión con OAuth, le ruego que sustituya los valores predeterminados de seguridad por directivas de acceso condicional (Centro de administración Microsoft Entra: Información general, Propiedades, Administrar valores predeterminados de seguridad) y permita SMTP AUTH solo para este buzón con el comando de abajo. Exchange Online deja de aceptar contraseñas para enviar de forma predeterminada a partir de finales de diciembre de 2026, así que un relé o un conector para el dispositivo durará más.</translation>
    </message>
    <message>
        <source>Our organisation rejects direct send (RejectDirectSend is on), so mail that a device or app sends to our mailboxes without signing in, as %1, is turned away with 550 5.7.68. Please create a partner inbound connector for the device&apos;s public IP address or certificate so that its mail is accepted, or, if the organisation prefers, allow direct send again with the command below.</source>
        <translation>Nuestra organización rechaza el envío directo (RejectDirectSend está activado), por lo que el correo que un dispositivo o una aplicación envía a nuestros buzones sin iniciar sesión, como %1, se rechaza con 550 5.7.68. Le ruego que cree un conector de entrada de asociado para la dirección IP pública o el certificado del dispositivo, para que se acepte su correo, o, si la organización lo prefiere, que vuelva a permitir el envío directo con el comando de abajo.</translation>
    </message>
    <message>
        <source>Please give my account %1 the Send As permission for the address it has to send from, for example a shared mailbox, with the command below (the other address in place of &lt;address to send from&gt;). A change can take up to an hour to work.</source>
        <translation>Le ruego que dé a mi cuenta %1 el permiso «Enviar como» para la dirección desde la que tiene que enviar, por ejemplo un buzón compartido, con el comando de abajo (la otra dirección en lugar de &lt;address to send from&gt;). Un cambio puede tardar hasta una hora en surtir efecto.</translation>
    </message>
    <message>
        <source>Microsoft 365 has stopped my mailbox %1 from sending, as a restricted sender. Please check the account for misuse first (reset its password, end its sessions, look for inbox rules and forwarding that nobody set up), then release it in the Microsoft Defender portal under Restricted entities, or with the commands below.</source>
        <translation>Microsoft 365 ha impedido que mi buzón %1 envíe, como remitente restringido. Le ruego que primero compruebe si la cuenta se ha usado de forma indebida (restablecer su contraseña, cerrar sus sesiones, buscar reglas de la bandeja de entrada y reenvíos que nadie configuró) y después la libere en el portal de Microsoft Defender, en Entidades restringidas, o con los comandos de abajo.</translation>
    </message>
    <message>
        <source>My account %1 is locked or switched off, so I cannot sign in. Please look up the sign-in in the Entra sign-in logs (error 50053 for a lock, 50057 for an account that is switched off) and, if it is safe, unlock it: a lock after wrong passwords passes by itself, a block for risk ends when the user&apos;s risk is dismissed or the password is reset, and an account that was switched off is switched on with the command below.</source>
        <translation>Mi cuenta %1 está bloqueada o desactivada, por lo que no puedo iniciar sesión. Le ruego que busque el inicio de sesión en los registros de inicio de sesión de Entra (error 50053 para un bloqueo, 50057 para una cuenta desactivada) y, si es seguro, la desbloquee: un bloqueo por contraseñas incorrectas pasa solo, un bloqueo por riesgo termina cuando se descarta el riesgo del usuario o se restablece la contraseña, y una cuenta desactivada se vuelve a activar con el comando de abajo.</translation>
    </message>
    <message>
        <source>Tenant: %1</source>
        <translation>Inquilino: %1</translation>
    </message>
    <message>
        <source>Application (client) ID: %1</source>
        <translation>Id. de aplicación (cliente): %1</translation>
    </message>
    <message>
        <source>Hello,</source>
        <translation>Buenos días:</translation>
    </message>
    <message>
        <source>What Mail Setup found: %1</source>
        <translation>Lo que encontró Mail Setup: %1</translation>
    </message>
    <message>
        <source>What the server said: %1</source>
        <translation>Lo que respondió el servidor: %1</translation>
    </message>
    <message>
        <source>Diagnosis code: %1</source>
        <translation>Código de diagnóstico: %1</translation>
    </message>
    <message>
        <source>Thank you.</source>
        <translation>Muchas gracias.</translation>
    </message>
</context>
<context>
    <name>CheckPage</name>
    <message>
        <source>Incoming mail (IMAP)</source>
        <translation>Correo entrante (IMAP)</translation>
    </message>
    <message>
        <source>Outgoing mail (SMTP)</source>
        <translation>Correo saliente (SMTP)</translation>
    </message>
    <message>
        <source>Checking your account</source>
        <translation>Comprobando su cuenta</translation>
    </message>
    <message>
        <source>Send a test &amp;message to myself</source>
        <translation>Enviarme un &amp;mensaje de prueba</translation>
    </message>
    <message>
        <source>Sends one short message to your own address and looks for it in your inbox, to prove that mail really comes and goes.</source>
        <translation>Envía un mensaje corto a su propia dirección y lo busca en su bandeja de entrada, para demostrar que el correo realmente llega y sale.</translation>
    </message>
    <message>
        <source>Shows or hides what the servers said at each step.</source>
        <translation>Muestra u oculta lo que respondieron los servidores en cada paso.</translation>
    </message>
    <message>
        <source>Save a re&amp;port for the helpdesk…</source>
        <translation>Guardar un &amp;informe para el soporte técnico…</translation>
    </message>
    <message>
        <source>Mail Setup signs in to your mailbox the way a mail app does, for incoming and for outgoing mail.</source>
        <translation>Mail Setup inicia sesión en su buzón como lo hace una aplicación de correo, para el correo entrante y para el saliente.</translation>
    </message>
    <message>
        <source>Checking incoming and outgoing mail. This takes up to a minute.</source>
        <translation>Comprobando el correo entrante y saliente. Tarda hasta un minuto.</translation>
    </message>
    <message>
        <source>The test message reached your inbox in %1 seconds.</source>
        <translation>El mensaje de prueba llegó a su bandeja de entrada en %1 segundos.</translation>
    </message>
    <message>
        <source>The test message was sent, but it did not show up in your inbox in time.</source>
        <translation>El mensaje de prueba se envió, pero no apareció a tiempo en su bandeja de entrada.</translation>
    </message>
    <message>
        <source>A message for your IT administrator is on the clipboard. Paste it into an email or a support ticket.</source>
        <translation>Hay un mensaje para su administrador de TI en el portapapeles. Péguelo en un correo electrónico o en una solicitud de soporte.</translation>
    </message>
    <message>
        <source>Hide server &amp;replies</source>
        <translation>Ocultar las &amp;respuestas del servidor</translation>
    </message>
    <message>
        <source>Show server &amp;replies</source>
        <translation>Mostrar las &amp;respuestas del servidor</translation>
    </message>
    <message>
        <source>Hide server replies</source>
        <translation>Ocultar las respuestas del servidor</translation>
    </message>
    <message>
        <source>Show server replies</source>
        <translation>Mostrar las respuestas del servidor</translation>
    </message>
    <message>
        <source>&amp;Check again</source>
        <translation>&amp;Comprobar de nuevo</translation>
    </message>
    <message>
        <source>Checks incoming and outgoing mail once more.</source>
        <translation>Vuelve a comprobar el correo entrante y saliente.</translation>
    </message>
    <message>
        <source>Shows or hides each step of the check and how long it took.</source>
        <translation>Muestra u oculta cada paso de la comprobación y lo que tardó.</translation>
    </message>
    <message>
        <source>&amp;Finish with incoming mail only</source>
        <translation>Terminar so&amp;lo con el correo entrante</translation>
    </message>
    <message>
        <source>Saves this account as it is, so that you can read your mail now. Check again once sending has been switched on.</source>
        <translation>Guarda esta cuenta tal como está, para que pueda leer su correo ahora. Vuelva a comprobarla cuando se haya activado el envío.</translation>
    </message>
    <message>
        <source>Checking incoming and outgoing mail and sending a test message to yourself. This takes up to a minute.</source>
        <translation>Comprobando el correo entrante y saliente y enviándole un mensaje de prueba a usted mismo. Tarda hasta un minuto.</translation>
    </message>
    <message>
        <source>Your account works</source>
        <translation>Su cuenta funciona</translation>
    </message>
    <message>
        <source>Not everything works yet</source>
        <translation>Todavía no funciona todo</translation>
    </message>
    <message>
        <source>Below is what went wrong and what to do about it.</source>
        <translation>Abajo se indica qué falló y qué hacer al respecto.</translation>
    </message>
    <message>
        <source>Incoming mail was not checked.</source>
        <translation>El correo entrante no se comprobó.</translation>
    </message>
    <message>
        <source>Incoming mail works.</source>
        <translation>El correo entrante funciona.</translation>
    </message>
    <message>
        <source>Incoming mail does not work yet.</source>
        <translation>El correo entrante todavía no funciona.</translation>
    </message>
    <message>
        <source>Outgoing mail was not checked.</source>
        <translation>El correo saliente no se comprobó.</translation>
    </message>
    <message>
        <source>Outgoing mail works.</source>
        <translation>El correo saliente funciona.</translation>
    </message>
    <message>
        <source>Outgoing mail does not work yet.</source>
        <translation>El correo saliente todavía no funciona.</translation>
    </message>
    <message>
        <source>Hide the &amp;steps</source>
        <translation>Ocultar los &amp;pasos</translation>
    </message>
    <message>
        <source>Show the &amp;steps and their times</source>
        <translation>Mostrar los &amp;pasos y sus tiempos</translation>
    </message>
    <message>
        <source>Hide the steps</source>
        <translation>Ocultar los pasos</translation>
    </message>
    <message>
        <source>Show the steps and their times</source>
        <translation>Mostrar los pasos y sus tiempos</translation>
    </message>
    <message>
        <source>Saves what Mail Setup did and found as a web page, without any password or token, for whoever helps you with your mail.</source>
        <translation>Guarda lo que Mail Setup hizo y encontró como una página web, sin ninguna contraseña ni token, para quien le ayude con su correo.</translation>
    </message>
</context>
<context>
    <name>CommandBlock</name>
    <message>
        <source>Read only. Each line is one whole command; the Copy button beside it copies them exactly.</source>
        <translation>Solo lectura. Cada línea es una orden completa; el botón Copiar de al lado las copia tal cual.</translation>
    </message>
    <message>
        <source>Puts the commands on the clipboard, exactly as shown.</source>
        <translation>Pone las órdenes en el portapapeles, tal como se muestran.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>There is no display to show the Mail Setup window on. Use one of the commands below instead.</source>
        <translation>No hay ninguna pantalla en la que mostrar la ventana de Mail Setup. Use en su lugar uno de los comandos de abajo.</translation>
    </message>
    <message>
        <source>Sign in with Microsoft in your browser and keep the sign-in in the keychain.</source>
        <translation>Iniciar sesión con Microsoft en el navegador y guardar el inicio de sesión en el llavero.</translation>
    </message>
    <message>
        <source>Check incoming (IMAP) and outgoing (SMTP) mail for an address.</source>
        <translation>Comprobar el correo entrante (IMAP) y saliente (SMTP) de una dirección.</translation>
    </message>
    <message>
        <source>Print a fresh access token for a signed-in address (for msmtp, isync, neomutt).</source>
        <translation>Mostrar un token de acceso nuevo para una dirección con sesión iniciada (para msmtp, isync, neomutt).</translation>
    </message>
    <message>
        <source>Remove an address&apos;s sign-in and settings from this computer.</source>
        <translation>Quitar de este equipo el inicio de sesión y la configuración de una dirección.</translation>
    </message>
    <message>
        <source>Explain an error message that a device or mail app showed.</source>
        <translation>Explicar un mensaje de error que mostró un dispositivo o una aplicación de correo.</translation>
    </message>
    <message>
        <source>Usage: mailsetup [COMMAND] [OPTIONS]</source>
        <translation>Uso: mailsetup [COMANDO] [OPCIONES]</translation>
    </message>
    <message>
        <source>Sets up an Outlook.com or Microsoft 365 mailbox and proves that it works.</source>
        <translation>Configura un buzón de Outlook.com o Microsoft 365 y demuestra que funciona.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Comandos:</translation>
    </message>
    <message>
        <source>Run &quot;mailsetup COMMAND --help&quot; for the options of a command.</source>
        <translation>Ejecute «mailsetup COMANDO --help» para ver las opciones de un comando.</translation>
    </message>
    <message>
        <source>Unknown command: %1</source>
        <translation>Comando desconocido: %1</translation>
    </message>
    <message>
        <source>Run &quot;mailsetup --help&quot; for help.</source>
        <translation>Ejecute «mailsetup --help» para obtener ayuda.</translation>
    </message>
    <message>
        <source>Usage: mailsetup %1 [options]</source>
        <translation>Uso: mailsetup %1 [opciones]</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Argumento inesperado: %1</translation>
    </message>
    <message>
        <source>A built-in provider: outlook (personal) or microsoft365 (work or school).</source>
        <translation>Un proveedor integrado: outlook (personal) o microsoft365 (profesional o educativa).</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>A provider profile file (JSON) to use instead.</source>
        <translation>Un archivo de perfil de proveedor (JSON) que usar en su lugar.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>archivo</translation>
    </message>
    <message>
        <source>Unknown provider &quot;%1&quot;. Known providers: %2.</source>
        <translation>Proveedor «%1» desconocido. Proveedores conocidos: %2.</translation>
    </message>
    <message>
        <source>The saved settings of %1 name an unknown provider &quot;%2&quot;. Sign in again.</source>
        <translation>La configuración guardada de %1 nombra un proveedor desconocido «%2». Vuelva a iniciar sesión.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-mail address.</source>
        <translation>«%1» no es una dirección de correo electrónico.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-mail address. %2</source>
        <translation>«%1» no es una dirección de correo electrónico. %2</translation>
    </message>
    <message>
        <source>The access token file %1 is too large to hold an access token.</source>
        <translation>El archivo de token de acceso %1 es demasiado grande para contener un token de acceso.</translation>
    </message>
    <message>
        <source>The access token file %1 cannot be read.</source>
        <translation>El archivo de token de acceso %1 no se puede leer.</translation>
    </message>
    <message>
        <source>The access token file %1 is empty.</source>
        <translation>El archivo de token de acceso %1 está vacío.</translation>
    </message>
    <message>
        <source>The access token file %1 does not hold one access token.</source>
        <translation>El archivo de token de acceso %1 no contiene un único token de acceso.</translation>
    </message>
    <message>
        <source>Checks incoming (IMAP) and outgoing (SMTP) mail for an address. Without --access-token-file it uses the sign-in stored by &quot;mailsetup signin&quot;.</source>
        <translation>Comprueba el correo entrante (IMAP) y saliente (SMTP) de una dirección. Sin --access-token-file, usa el inicio de sesión guardado por «mailsetup signin».</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Mostrar esta ayuda.</translation>
    </message>
    <message>
        <source>The e-mail address to check.</source>
        <translation>La dirección de correo electrónico que comprobar.</translation>
    </message>
    <message>
        <source>address</source>
        <translation>dirección</translation>
    </message>
    <message>
        <source>A file that holds an OAuth2 access token for the address.</source>
        <translation>Un archivo que contiene un token de acceso OAuth2 para la dirección.</translation>
    </message>
    <message>
        <source>Also send a test message to the address and wait until it arrives.</source>
        <translation>Enviar también un mensaje de prueba a la dirección y esperar a que llegue.</translation>
    </message>
    <message>
        <source>Print the result as one JSON object.</source>
        <translation>Mostrar el resultado como un objeto JSON.</translation>
    </message>
    <message>
        <source>Write what was said with each server to this file, secrets removed.</source>
        <translation>Escribir en este archivo lo que se habló con cada servidor, sin los secretos.</translation>
    </message>
    <message>
        <source>Give the address to check with --email.</source>
        <translation>Indique la dirección que comprobar con --email.</translation>
    </message>
    <message>
        <source>Checking %1 on %2 …</source>
        <translation>Comprobando %1 en %2 …</translation>
    </message>
    <message>
        <source>The transcript file %1 cannot be written.</source>
        <translation>No se puede escribir el archivo de transcripción %1.</translation>
    </message>
    <message>
        <source>Explains an error message: what it means, what to do and who can do it. Give the message as arguments, or - to read it from standard input.</source>
        <translation>Explica un mensaje de error: qué significa, qué hacer y quién puede hacerlo. Dé el mensaje como argumentos, o - para leerlo de la entrada estándar.</translation>
    </message>
    <message>
        <source>The error message.</source>
        <translation>El mensaje de error.</translation>
    </message>
    <message>
        <source>TEXT…</source>
        <translation>TEXTO…</translation>
    </message>
    <message>
        <source>The address of the mailbox, for the advice and the administrator&apos;s commands.</source>
        <translation>La dirección del buzón, para los consejos y los comandos del administrador.</translation>
    </message>
    <message>
        <source>The kind of account: personal (Outlook.com, Hotmail, Live) or work (work or school). Default: what the address tells, else advice for either.</source>
        <translation>El tipo de cuenta: personal (Outlook.com, Hotmail, Live) o work (profesional o educativa). Predeterminado: lo que indique la dirección; si no, consejos para ambas.</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>tipo</translation>
    </message>
    <message>
        <source>The application (client) ID the administrator&apos;s request names.</source>
        <translation>El Id. de aplicación (cliente) que nombra la solicitud al administrador.</translation>
    </message>
    <message>
        <source>Unknown kind &quot;%1&quot;. Use personal or work.</source>
        <translation>Tipo de cuenta «%1» desconocido. Use personal o work.</translation>
    </message>
    <message>
        <source>Standard input cannot be read.</source>
        <translation>No se puede leer la entrada estándar.</translation>
    </message>
    <message>
        <source>Give the error message to explain.</source>
        <translation>Indique el mensaje de error que explicar.</translation>
    </message>
    <message>
        <source>Who can fix it: %1</source>
        <translation>Quién puede solucionarlo: %1</translation>
    </message>
    <message>
        <source>The advice differs for personal and for work or school accounts: add --kind personal or --kind work, or --email with the address.</source>
        <translation>Los consejos son distintos para las cuentas personales y para las profesionales o educativas: añada --kind personal o --kind work, o --email con la dirección.</translation>
    </message>
    <message>
        <source>For your IT administrator:</source>
        <translation>Para su administrador de TI:</translation>
    </message>
    <message>
        <source>Diagnosis code: %1</source>
        <translation>Código de diagnóstico: %1</translation>
    </message>
    <message>
        <source>[y/N]</source>
        <translation>[y/N]</translation>
    </message>
    <message>
        <source>Signs in with Microsoft in your browser and keeps the sign-in in the keychain, so that Mail Setup, msmtp, isync and neomutt can use the mailbox.</source>
        <translation>Inicia sesión con Microsoft en el navegador y guarda el inicio de sesión en el llavero, para que Mail Setup, msmtp, isync y neomutt puedan usar el buzón.</translation>
    </message>
    <message>
        <source>The e-mail address to set up.</source>
        <translation>La dirección de correo electrónico que configurar.</translation>
    </message>
    <message>
        <source>The application (client) ID registered in Microsoft Entra.</source>
        <translation>El Id. de aplicación (cliente) registrado en Microsoft Entra.</translation>
    </message>
    <message>
        <source>Do not open a browser: print the sign-in address and wait.</source>
        <translation>No abrir ningún navegador: mostrar la dirección de inicio de sesión y esperar.</translation>
    </message>
    <message>
        <source>How long to wait for the browser, in seconds (default 300).</source>
        <translation>Cuánto tiempo esperar al navegador, en segundos (300 de forma predeterminada).</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>segundos</translation>
    </message>
    <message>
        <source>Give the address to set up with --email.</source>
        <translation>Indique la dirección que configurar con --email.</translation>
    </message>
    <message>
        <source>--timeout takes a number of seconds from 10 to 3600.</source>
        <translation>--timeout admite un número de segundos de 10 a 3600.</translation>
    </message>
    <message>
        <source>Sign in anyway, keeping the sign-in only until this command ends?</source>
        <translation>¿Iniciar sesión de todos modos, guardando el inicio de sesión solo hasta que termine este comando?</translation>
    </message>
    <message>
        <source>Your browser opens Microsoft&apos;s sign-in page. If it does not, open this address:</source>
        <translation>El navegador abre la página de inicio de sesión de Microsoft. Si no lo hace, abra esta dirección:</translation>
    </message>
    <message>
        <source>Open this address in a browser to sign in:</source>
        <translation>Abra esta dirección en un navegador para iniciar sesión:</translation>
    </message>
    <message numerus="yes">
        <source>Waiting for the sign-in to finish (time limit: %n minute(s)) …</source>
        <translation>
            <numerusform>Esperando a que termine el inicio de sesión (límite: %n minuto) …</numerusform>
            <numerusform>Esperando a que termine el inicio de sesión (límite: %n minutos) …</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Waiting for the sign-in to finish (time limit: %n second(s)) …</source>
        <translation>
            <numerusform>Esperando a que termine el inicio de sesión (límite: %n segundo) …</numerusform>
            <numerusform>Esperando a que termine el inicio de sesión (límite: %n segundos) …</numerusform>
        </translation>
    </message>
    <message>
        <source>You signed in as %1, but you are setting up %2.</source>
        <translation>Inició sesión como %1, pero está configurando %2.</translation>
    </message>
    <message>
        <source>Run the sign-in again and choose %1 in the browser; if the browser picks %2 by itself, choose &quot;Use another account&quot; there.</source>
        <translation>Vuelva a iniciar sesión y elija %1 en el navegador; si el navegador elige %2 por sí mismo, elija allí «Usar otra cuenta».</translation>
    </message>
    <message>
        <source>Details for the helpdesk: %1</source>
        <translation>Detalles para el soporte técnico: %1</translation>
    </message>
    <message>
        <source>The account settings could not be saved in %1.</source>
        <translation>No se pudo guardar la configuración de la cuenta en %1.</translation>
    </message>
    <message>
        <source>Signed in as %1 (personal Microsoft account).</source>
        <translation>Sesión iniciada como %1 (cuenta personal de Microsoft).</translation>
    </message>
    <message>
        <source>Signed in as %1 (work or school account).</source>
        <translation>Sesión iniciada como %1 (cuenta profesional o educativa).</translation>
    </message>
    <message>
        <source>Microsoft knows this account as %1; mail apps sign in to the mailbox as %2.</source>
        <translation>Microsoft conoce esta cuenta como %1; las aplicaciones de correo inician sesión en el buzón como %2.</translation>
    </message>
    <message>
        <source>The sign-in is kept in %1.</source>
        <translation>El inicio de sesión se guarda %1.</translation>
    </message>
    <message>
        <source>The sign-in was not saved: it ends with this command.</source>
        <translation>El inicio de sesión no se guardó: termina con este comando.</translation>
    </message>
    <message>
        <source>Prints a fresh access token for a signed-in address on standard output, renewing it when needed. For msmtp, isync and neomutt.</source>
        <translation>Muestra en la salida estándar un token de acceso nuevo para una dirección con sesión iniciada, renovándolo cuando hace falta. Para msmtp, isync y neomutt.</translation>
    </message>
    <message>
        <source>The signed-in e-mail address.</source>
        <translation>La dirección de correo electrónico con sesión iniciada.</translation>
    </message>
    <message>
        <source>Give the signed-in address with --email.</source>
        <translation>Indique la dirección con sesión iniciada con --email.</translation>
    </message>
    <message>
        <source>Removes an address&apos;s sign-in from the keychain and its settings from this computer.</source>
        <translation>Quita del llavero el inicio de sesión de una dirección y de este equipo su configuración.</translation>
    </message>
    <message>
        <source>The e-mail address to forget.</source>
        <translation>La dirección de correo electrónico que olvidar.</translation>
    </message>
    <message>
        <source>Give the address to forget with --email.</source>
        <translation>Indique la dirección que olvidar con --email.</translation>
    </message>
    <message>
        <source>Nothing is saved for %1.</source>
        <translation>No hay nada guardado para %1.</translation>
    </message>
    <message>
        <source>The account settings in %1 could not be changed.</source>
        <translation>No se pudo cambiar la configuración de la cuenta en %1.</translation>
    </message>
    <message>
        <source>Mail Setup forgot %1: its sign-in and settings are removed from this computer.</source>
        <translation>Mail Setup olvidó %1: su inicio de sesión y su configuración se han quitado de este equipo.</translation>
    </message>
    <message>
        <source>%1 is not signed in on this computer. Sign in first with: mailsetup signin --email %1</source>
        <translation>%1 no tiene la sesión iniciada en este equipo. Inicie sesión primero con: mailsetup signin --email %1</translation>
    </message>
    <message>
        <source>Warning: the renewed sign-in could not be saved in the keychain, so you may have to sign in again next time. %1</source>
        <translation>Atención: el inicio de sesión renovado no se pudo guardar en el llavero, así que es posible que tenga que volver a iniciar sesión la próxima vez. %1</translation>
    </message>
    <message>
        <source>Technical detail: %1</source>
        <translation>Detalle técnico: %1</translation>
    </message>
    <message>
        <source>Sign in again with: mailsetup signin --email %1</source>
        <translation>Vuelva a iniciar sesión con: mailsetup signin --email %1</translation>
    </message>
    <message numerus="yes">
        <source>The keychain did not answer within %n second(s), so Mail Setup cannot use your sign-in. It may be waiting for a password prompt that is hidden behind other windows, or it is stuck: unlock it, or log out and in again, and try again.</source>
        <translation>
            <numerusform>El llavero no respondió en %n segundo, así que Mail Setup no puede usar su inicio de sesión. Puede que esté esperando una contraseña en una ventana oculta detrás de otras, o que esté bloqueado: desbloquéelo, o cierre la sesión y vuelva a abrirla, e inténtelo de nuevo.</numerusform>
            <numerusform>El llavero no respondió en %n segundos, así que Mail Setup no puede usar su inicio de sesión. Puede que esté esperando una contraseña en una ventana oculta detrás de otras, o que esté bloqueado: desbloquéelo, o cierre la sesión y vuelva a abrirla, e inténtelo de nuevo.</numerusform>
        </translation>
    </message>
    <message>
        <source>The keychain is locked, so Mail Setup cannot read your sign-in. Unlock it (for example by logging in to the desktop, or with your keyring&apos;s password) and try again.</source>
        <translation>El llavero está bloqueado, así que Mail Setup no puede leer su inicio de sesión. Desbloquéelo (por ejemplo, iniciando sesión en el escritorio o con la contraseña de su llavero) e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>No keychain is available, so Mail Setup cannot read your sign-in. Start your desktop&apos;s keyring (such as GNOME Keyring or KWallet), or install one, and try again.</source>
        <translation>No hay ningún llavero disponible, así que Mail Setup no puede leer su inicio de sesión. Inicie el llavero de su escritorio (como GNOME Keyring o KWallet), o instale uno, e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>The keychain could not be used.</source>
        <translation>No se pudo usar el llavero.</translation>
    </message>
    <message>
        <source>Mail Setup</source>
        <translation>Mail Setup</translation>
    </message>
    <message>
        <source>The option --lang needs a language code: %1.</source>
        <translation>La opción --lang necesita un código de idioma: %1.</translation>
    </message>
    <message>
        <source>Mail Setup does not speak the language &quot;%1&quot;. Choose one of: %2.</source>
        <translation>Mail Setup no habla el idioma «%1». Elija uno de estos: %2.</translation>
    </message>
    <message>
        <source>The language of Mail Setup (%1) instead of the system&apos;s.</source>
        <translation>El idioma de Mail Setup (%1) en lugar del del sistema.</translation>
    </message>
    <message>
        <source>code</source>
        <translation>código</translation>
    </message>
    <message>
        <source>Options of the window and of every command:</source>
        <translation>Opciones de la ventana y de cada comando:</translation>
    </message>
    <message>
        <source>Print an address&apos;s server settings for another mail app (text, JSON or autoconfig XML).</source>
        <translation>Mostrar la configuración de servidor de una dirección para otra aplicación de correo (texto, JSON o XML autoconfig).</translation>
    </message>
    <message>
        <source>Let a printer, scanner or old program that only knows a password send through the account.</source>
        <translation>Dejar que una impresora, un escáner o un programa antiguo que solo conoce una contraseña envíe a través de la cuenta.</translation>
    </message>
    <message>
        <source>No application (client) ID is built in: signing in needs --client-id with the ID your IT department registered in Microsoft Entra, or a provider file that names one (docs/app-registration.md). Packagers build Mail Setup with -DMAILSETUP_CLIENT_ID=ID.</source>
        <translation>No hay ningún Id. de aplicación (cliente) integrado: para iniciar sesión hace falta --client-id con el Id. que su departamento de TI registró en Microsoft Entra, o un archivo de proveedor que nombre uno (docs/app-registration.md). Quienes empaquetan Mail Setup lo compilan con -DMAILSETUP_CLIENT_ID=ID.</translation>
    </message>
    <message>
        <source>Application (client) ID built in: %1</source>
        <translation>Id. de aplicación (cliente) integrado: %1</translation>
    </message>
    <message>
        <source>A preset file (JSON) with what your organisation decided; without it the system-wide preset applies, if there is one.</source>
        <translation>Un archivo de preajuste (JSON) con lo que decidió su organización; sin él se aplica el preajuste de todo el sistema, si lo hay.</translation>
    </message>
    <message>
        <source>Do not send a test message, even if the preset asks for one.</source>
        <translation>No enviar ningún mensaje de prueba, aunque el preajuste lo pida.</translation>
    </message>
    <message>
        <source>Write a helpdesk report to this file (HTML) and beside it as JSON, secrets removed.</source>
        <translation>Escribir un informe para el soporte técnico en este archivo (HTML) y junto a él en JSON, sin los secretos.</translation>
    </message>
    <message>
        <source>Give either --send-test or --no-send-test, not both.</source>
        <translation>Indique --send-test o --no-send-test, no ambos.</translation>
    </message>
    <message>
        <source>Mail Setup has no application (client) ID to sign in with. Microsoft only lets registered applications read mail. Give the ID with --client-id, in a preset, or in the provider file&apos;s &quot;oauth&quot; settings; docs/app-registration.md says how an IT department registers Mail Setup and gets one.</source>
        <translation>Mail Setup no tiene ningún Id. de aplicación (cliente) con el que iniciar sesión. Microsoft solo deja leer el correo a las aplicaciones registradas. Indique el Id. con --client-id, en un preajuste o en la configuración «oauth» del archivo de proveedor; docs/app-registration.md explica cómo un departamento de TI registra Mail Setup y obtiene uno.</translation>
    </message>
    <message>
        <source>Prints the server settings of an address for another mail app: the account&apos;s saved settings, else those of its provider. Nothing is looked up on the network.</source>
        <translation>Muestra la configuración de servidor de una dirección para otra aplicación de correo: la configuración guardada de la cuenta o, si no la hay, la de su proveedor. No se busca nada en la red.</translation>
    </message>
    <message>
        <source>The e-mail address.</source>
        <translation>La dirección de correo electrónico.</translation>
    </message>
    <message>
        <source>text (default), json, or autoconfig (the Mozilla autoconfig XML that Thunderbird reads).</source>
        <translation>text (predeterminado), json o autoconfig (el XML autoconfig de Mozilla que lee Thunderbird).</translation>
    </message>
    <message>
        <source>format</source>
        <translation>formato</translation>
    </message>
    <message>
        <source>--format takes text, json or autoconfig.</source>
        <translation>--format admite text, json o autoconfig.</translation>
    </message>
    <message>
        <source>Give the address with --email.</source>
        <translation>Indique la dirección con --email.</translation>
    </message>
    <message>
        <source>No account is signed in on this computer. Sign in first with: mailsetup signin --email ADDRESS</source>
        <translation>No hay ninguna cuenta con la sesión iniciada en este equipo. Inicie sesión primero con: mailsetup signin --email DIRECCIÓN</translation>
    </message>
    <message>
        <source>Several accounts are signed in on this computer: choose one with --email.</source>
        <translation>Hay varias cuentas con la sesión iniciada en este equipo: elija una con --email.</translation>
    </message>
    <message>
        <source>--listen takes an address and a port, such as 127.0.0.1:2525, 192.168.1.10:587 or [::1]:2525; %1 is not one.</source>
        <translation>--listen admite una dirección y un puerto, como 127.0.0.1:2525, 192.168.1.10:587 o [::1]:2525; %1 no lo es.</translation>
    </message>
    <message>
        <source>--allow takes a network, such as 192.168.1.0/24, or one address; %1 is not one.</source>
        <translation>--allow admite una red, como 192.168.1.0/24, o una sola dirección; %1 no lo es.</translation>
    </message>
    <message>
        <source>A relay on %1, which other computers can reach, needs --allow with the networks of the devices it serves, such as --allow 192.168.1.0/24.</source>
        <translation>Un relé en %1, al que pueden llegar otros equipos, necesita --allow con las redes de los dispositivos a los que sirve, como --allow 192.168.1.0/24.</translation>
    </message>
    <message>
        <source>The signed-in address the relay sends as (default: the only one signed in).</source>
        <translation>La dirección con sesión iniciada en cuyo nombre envía el relé (predeterminado: la única con sesión iniciada).</translation>
    </message>
    <message>
        <source>Where the relay listens (default: 127.0.0.1:2525, this computer only).</source>
        <translation>Dónde escucha el relé (predeterminado: 127.0.0.1:2525, solo este equipo).</translation>
    </message>
    <message>
        <source>address:port</source>
        <translation>dirección:puerto</translation>
    </message>
    <message>
        <source>A network whose devices the relay serves, such as 192.168.1.0/24; needed with a network address for --listen, and may be given more than once.</source>
        <translation>Una red a cuyos dispositivos sirve el relé, como 192.168.1.0/24; necesaria con una dirección de red en --listen, y se puede indicar más de una vez.</translation>
    </message>
    <message>
        <source>network</source>
        <translation>red</translation>
    </message>
    <message>
        <source>Take passwords without STARTTLS from other computers too (only for old devices on a trusted network).</source>
        <translation>Aceptar también contraseñas sin STARTTLS de otros equipos (solo para dispositivos antiguos en una red de confianza).</translation>
    </message>
    <message>
        <source>A device name has 1 to 64 letters, digits, dots, dashes or underscores, such as scanner or printer-2nd-floor.</source>
        <translation>Un nombre de dispositivo tiene de 1 a 64 letras, dígitos, puntos, guiones o guiones bajos, como scanner o printer-2nd-floor.</translation>
    </message>
    <message>
        <source>The device %1 has a new password; the old one no longer works.</source>
        <translation>El dispositivo %1 tiene una contraseña nueva; la anterior ya no funciona.</translation>
    </message>
    <message>
        <source>The device %1 may now send through the relay.</source>
        <translation>El dispositivo %1 ya puede enviar a través del relé.</translation>
    </message>
    <message>
        <source>Enter these in the device. The password is shown only now: Mail Setup keeps only a hash of it.</source>
        <translation>Introduzca estos datos en el dispositivo. La contraseña solo se muestra ahora: Mail Setup solo guarda un hash de ella.</translation>
    </message>
    <message>
        <source>SMTP server: %1</source>
        <translation>Servidor SMTP: %1</translation>
    </message>
    <message>
        <source>Port: %1</source>
        <translation>Puerto: %1</translation>
    </message>
    <message>
        <source>User name: %1</source>
        <translation>Nombre de usuario: %1</translation>
    </message>
    <message>
        <source>Password: %1</source>
        <translation>Contraseña: %1</translation>
    </message>
    <message>
        <source>Sender address: %1</source>
        <translation>Dirección del remitente: %1</translation>
    </message>
    <message>
        <source>Security: STARTTLS (the relay takes no password without it).</source>
        <translation>Seguridad: STARTTLS (sin él, el relé no acepta ninguna contraseña).</translation>
    </message>
    <message>
        <source>Certificate fingerprint (SHA-256), for a device that checks it: %1</source>
        <translation>Huella digital del certificado (SHA-256), para un dispositivo que la compruebe: %1</translation>
    </message>
    <message>
        <source>Start the relay with &quot;mailsetup relay&quot;, or for good with &quot;mailsetup relay install-service&quot;.</source>
        <translation>Inicie el relé con «mailsetup relay», o de forma permanente con «mailsetup relay install-service».</translation>
    </message>
    <message>
        <source>No device may send through the relay yet. Add one with: mailsetup relay add-device NAME</source>
        <translation>Todavía no hay ningún dispositivo que pueda enviar a través del relé. Añada uno con: mailsetup relay add-device NOMBRE</translation>
    </message>
    <message>
        <source>%1 (added %2)</source>
        <translation>%1 (añadido el %2)</translation>
    </message>
    <message>
        <source>No device is called %1. See the devices with: mailsetup relay list-devices</source>
        <translation>No hay ningún dispositivo llamado %1. Vea los dispositivos con: mailsetup relay list-devices</translation>
    </message>
    <message>
        <source>The device %1 can no longer send through the relay.</source>
        <translation>El dispositivo %1 ya no puede enviar a través del relé.</translation>
    </message>
    <message>
        <source>The relay&apos;s service is in %1.</source>
        <translation>El servicio del relé está en %1.</translation>
    </message>
    <message>
        <source>The service could not be started: %1 Start it when you are logged in with: systemctl --user enable --now %2</source>
        <translation>No se pudo iniciar el servicio: %1 Inícielo cuando haya iniciado sesión, con: systemctl --user enable --now %2</translation>
    </message>
    <message>
        <source>The relay runs now, and starts again whenever you log in.</source>
        <translation>El relé ya está en marcha, y vuelve a iniciarse cada vez que inicie sesión.</translation>
    </message>
    <message>
        <source>The relay&apos;s service is not installed.</source>
        <translation>El servicio del relé no está instalado.</translation>
    </message>
    <message>
        <source>The service file %1 cannot be removed.</source>
        <translation>No se puede quitar el archivo de servicio %1.</translation>
    </message>
    <message>
        <source>The relay&apos;s service is removed.</source>
        <translation>Se ha quitado el servicio del relé.</translation>
    </message>
    <message>
        <source>The relay sends as %1 through %2 and listens on %3 port %4.</source>
        <translation>El relé envía como %1 a través de %2 y escucha en %3, puerto %4.</translation>
    </message>
    <message>
        <source>Certificate fingerprint (SHA-256): %1</source>
        <translation>Huella digital del certificado (SHA-256): %1</translation>
    </message>
    <message>
        <source>No device may send yet. Add one with: mailsetup relay add-device NAME</source>
        <translation>Todavía no hay ningún dispositivo que pueda enviar. Añada uno con: mailsetup relay add-device NOMBRE</translation>
    </message>
    <message>
        <source>Stop it with Ctrl+C.</source>
        <translation>Deténgalo con Ctrl+C.</translation>
    </message>
    <message>
        <source>Lets a printer, a scanner or an old program that only knows a user name and a password send mail through a signed-in Outlook.com or Microsoft 365 account. Without an action it runs the relay until stopped.

Actions:
  add-device NAME     give a device its own password (shown once)
  list-devices        the devices that may send
  remove-device NAME  take a device&apos;s password away
  install-service     run the relay whenever you are logged in (systemd)
  remove-service      stop and remove that service</source>
        <translation>Permite que una impresora, un escáner o un programa antiguo que solo conoce un nombre de usuario y una contraseña envíe correo a través de una cuenta de Outlook.com o Microsoft 365 con la sesión iniciada. Sin ninguna acción, ejecuta el relé hasta que se detenga.

Acciones:
  add-device NOMBRE     dar a un dispositivo su propia contraseña (se muestra una sola vez)
  list-devices          los dispositivos que pueden enviar
  remove-device NOMBRE  quitar la contraseña a un dispositivo
  install-service       ejecutar el relé siempre que haya iniciado sesión (systemd)
  remove-service        detener y quitar ese servicio</translation>
    </message>
    <message>
        <source>What to do (see above).</source>
        <translation>Qué hacer (vea arriba).</translation>
    </message>
    <message>
        <source>Give the device&apos;s name: mailsetup relay %1 NAME</source>
        <translation>Indique el nombre del dispositivo: mailsetup relay %1 NOMBRE</translation>
    </message>
    <message>
        <source>Unknown action: %1</source>
        <translation>Acción desconocida: %1</translation>
    </message>
    <message>
        <source>When the window closes, write a helpdesk report to this file (HTML) and beside it as JSON.</source>
        <translation>Al cerrarse la ventana, escribir un informe para el soporte técnico en este archivo (HTML) y junto a él en JSON.</translation>
    </message>
    <message>
        <source>Send through the relay (mailsetup relay) as a device would, with a relay device made for this check and removed after it. Written --through-relay alone for the relay on this computer (127.0.0.1:%1), or --through-relay=HOST:PORT.</source>
        <translation>Enviar a través del relé (mailsetup relay) como lo haría un dispositivo, con un dispositivo del relé creado para esta comprobación y eliminado después. --through-relay solo para el relé de este equipo (127.0.0.1:%1), o --through-relay=HOST:PUERTO.</translation>
    </message>
    <message>
        <source>host:port</source>
        <translation>host:puerto</translation>
    </message>
    <message>
        <source>--through-relay takes the relay&apos;s host and port, such as 127.0.0.1:2525, [::1]:2525 or nas.example.org:587; %1 is not one.</source>
        <translation>--through-relay espera el host y el puerto del relé, como 127.0.0.1:2525, [::1]:2525 o nas.example.org:587; %1 no lo es.</translation>
    </message>
    <message>
        <source>No address was found for the relay&apos;s host %1.</source>
        <translation>No se encontró ninguna dirección para el host del relé, %1.</translation>
    </message>
    <message>
        <source>The relay is not running on %1 port %2. Start it with: mailsetup relay</source>
        <translation>El relé no se está ejecutando en %1, puerto %2. Inícielo con: mailsetup relay</translation>
    </message>
    <message>
        <source>Checking %1 on %2, sending through the relay on %3 port %4 …</source>
        <translation>Comprobando %1 en %2, enviando a través del relé en %3, puerto %4 …</translation>
    </message>
    <message>
        <source>The relay device %1, made for this check, could not be removed: %2 Remove it with: mailsetup relay remove-device %1</source>
        <translation>No se pudo eliminar el dispositivo del relé %1, creado para esta comprobación: %2 Elimínelo con: mailsetup relay remove-device %1</translation>
    </message>
    <message>
        <source>The check was stopped; the relay device made for it was removed.</source>
        <translation>La comprobación se detuvo; se eliminó el dispositivo del relé creado para ella.</translation>
    </message>
    <message>
        <source>The check was stopped.</source>
        <translation>La comprobación se detuvo.</translation>
    </message>
    <message>
        <source>With install-service: write the service file, but do not start the relay yet.</source>
        <translation>Con install-service: escribir el archivo del servicio, pero no iniciar el relé todavía.</translation>
    </message>
    <message>
        <source>Security: STARTTLS if the device supports it, otherwise none.</source>
        <translation>Seguridad: STARTTLS si el dispositivo lo admite; si no, ninguna.</translation>
    </message>
</context>
<context>
    <name>CopyButton</name>
    <message>
        <source>Copy %1</source>
        <translation>Copiar %1</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copiado</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
</context>
<context>
    <name>CopyableField</name>
    <message>
        <source>Read only. Select the text, or use the Copy button beside it.</source>
        <translation>Solo lectura. Seleccione el texto o use el botón Copiar que hay al lado.</translation>
    </message>
    <message>
        <source>Puts this setting on the clipboard, to paste it into your mail app.</source>
        <translation>Pone esta opción en el portapapeles, para pegarla en su aplicación de correo.</translation>
    </message>
    <message>
        <source>Read only. Choose this in your mail app&apos;s list; it is not typed.</source>
        <translation>Solo lectura. Elíjalo en la lista de su aplicación de correo; no se escribe.</translation>
    </message>
</context>
<context>
    <name>DeviceSetupDialog</name>
    <message>
        <source>Set up a printer, scanner or another device</source>
        <translation>Configurar una impresora, un escáner u otro dispositivo</translation>
    </message>
    <message>
        <source>A printer, a scanner or an old program that only knows a server, a user name and a password can send mail as %1 through a small relay on this computer. Mail Setup starts the relay and gives the device a password of its own.</source>
        <translation>Una impresora, un escáner o un programa antiguo que solo conoce un servidor, un nombre de usuario y una contraseña puede enviar correo como %1 a través de un pequeño relé en este equipo. Mail Setup inicia el relé y da al dispositivo una contraseña propia.</translation>
    </message>
    <message>
        <source>for example scanner</source>
        <translation>por ejemplo scanner</translation>
    </message>
    <message>
        <source>Device name</source>
        <translation>Nombre del dispositivo</translation>
    </message>
    <message>
        <source>The name is also the user name the device signs in with.</source>
        <translation>El nombre es también el nombre de usuario con el que el dispositivo inicia sesión.</translation>
    </message>
    <message>
        <source>Device &amp;name:</source>
        <translation>&amp;Nombre del dispositivo:</translation>
    </message>
    <message>
        <source>&amp;Set up the device</source>
        <translation>&amp;Configurar el dispositivo</translation>
    </message>
    <message>
        <source>Enter these in the device</source>
        <translation>Introduzca estos valores en el dispositivo</translation>
    </message>
    <message>
        <source>SMTP server:</source>
        <translation>Servidor SMTP:</translation>
    </message>
    <message>
        <source>SMTP server</source>
        <translation>Servidor SMTP</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Puerto:</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Puerto</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>Nombre de usuario:</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Contraseña:</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>The password is shown only now: Mail Setup keeps only a hash of it. Enter it in the device before you close this window; if it is lost, set up the device again for a new one.</source>
        <translation>La contraseña solo se muestra ahora: Mail Setup solo guarda un hash de ella. Introdúzcala en el dispositivo antes de cerrar esta ventana; si se pierde, vuelva a configurar el dispositivo para obtener una nueva.</translation>
    </message>
    <message>
        <source>Sender address:</source>
        <translation>Dirección del remitente:</translation>
    </message>
    <message>
        <source>Sender address</source>
        <translation>Dirección del remitente</translation>
    </message>
    <message>
        <source>Certificate fingerprint (SHA-256):</source>
        <translation>Huella digital del certificado (SHA-256):</translation>
    </message>
    <message>
        <source>Certificate fingerprint</source>
        <translation>Huella digital del certificado</translation>
    </message>
    <message>
        <source>Send a &amp;test through the relay</source>
        <translation>Enviar una &amp;prueba a través del relé</translation>
    </message>
    <message>
        <source>Sends a message to your own address through the relay, with the device&apos;s user name and password, and looks for it in your inbox.</source>
        <translation>Envía un mensaje a su propia dirección a través del relé, con el nombre de usuario y la contraseña del dispositivo, y lo busca en su bandeja de entrada.</translation>
    </message>
    <message>
        <source>%1 is on the clipboard.</source>
        <translation>%1 está en el portapapeles.</translation>
    </message>
    <message>
        <source>A device name has 1 to 64 letters, digits, dots, dashes or underscores, such as scanner or printer-2nd-floor.</source>
        <translation>Un nombre de dispositivo tiene de 1 a 64 letras, cifras, puntos, guiones o guiones bajos, como scanner o impresora-2a-planta.</translation>
    </message>
    <message>
        <source>The relay runs as a service of your user account: it keeps running after Mail Setup closes, and starts again whenever you log in.</source>
        <translation>El relé se ejecuta como un servicio de su cuenta de usuario: sigue funcionando cuando Mail Setup se cierra y se inicia de nuevo cada vez que inicia sesión.</translation>
    </message>
    <message>
        <source>The relay runs in the background: it keeps running after Mail Setup closes, until this computer restarts. Then open this window again, or run &quot;mailsetup relay&quot;, to start it again.</source>
        <translation>El relé se ejecuta en segundo plano: sigue funcionando cuando Mail Setup se cierra, hasta que este equipo se reinicie. Entonces abra de nuevo esta ventana, o ejecute &quot;mailsetup relay&quot;, para iniciarlo otra vez.</translation>
    </message>
    <message>
        <source>The relay was already running, started outside Mail Setup: it runs only as long as whatever started it keeps it running.</source>
        <translation>El relé ya estaba en marcha, iniciado fuera de Mail Setup: solo funciona mientras lo que lo inició lo mantenga en marcha.</translation>
    </message>
    <message>
        <source>Give the device a name, such as scanner, then choose Set up the device.</source>
        <translation>Dé un nombre al dispositivo, como scanner, y elija Configurar el dispositivo.</translation>
    </message>
    <message>
        <source>Looking for the relay on this computer…</source>
        <translation>Buscando el relé en este equipo…</translation>
    </message>
    <message>
        <source>Starting the relay…</source>
        <translation>Iniciando el relé…</translation>
    </message>
    <message>
        <source>Giving %1 a password of its own…</source>
        <translation>Dando a %1 una contraseña propia…</translation>
    </message>
    <message>
        <source>%1 has a new password; the old one no longer works. Enter the values below in the device.</source>
        <translation>%1 tiene una contraseña nueva; la anterior ya no funciona. Introduzca los valores de abajo en el dispositivo.</translation>
    </message>
    <message>
        <source>%1 may now send mail as %2 through the relay. Enter the values below in the device.</source>
        <translation>%1 ya puede enviar correo como %2 a través del relé. Introduzca los valores de abajo en el dispositivo.</translation>
    </message>
    <message>
        <source>Sending a test message through the relay, as %1 would, and looking for it in your inbox…</source>
        <translation>Enviando un mensaje de prueba a través del relé, como lo haría %1, y buscándolo en su bandeja de entrada…</translation>
    </message>
    <message>
        <source>The test passed: the message went through the relay and arrived in your inbox after %1 seconds. %2 can send now.</source>
        <translation>La prueba ha salido bien: el mensaje pasó por el relé y llegó a su bandeja de entrada tras %1 segundos. %2 ya puede enviar.</translation>
    </message>
    <message>
        <source>The test passed: the message went through the relay and arrived in your inbox. %1 can send now.</source>
        <translation>La prueba ha salido bien: el mensaje pasó por el relé y llegó a su bandeja de entrada. %1 ya puede enviar.</translation>
    </message>
    <message>
        <source>The test through the relay failed; the values above are still valid.</source>
        <translation>La prueba a través del relé ha fallado; los valores de arriba siguen siendo válidos.</translation>
    </message>
    <message>
        <source>The device could not be set up.</source>
        <translation>No se pudo configurar el dispositivo.</translation>
    </message>
    <message>
        <source>The device could not be set up: %1</source>
        <translation>No se pudo configurar el dispositivo: %1</translation>
    </message>
    <message>
        <source>Security: STARTTLS if the device supports it, otherwise none. The relay takes mail only from this computer and only with this sender address.</source>
        <translation>Seguridad: STARTTLS si el dispositivo lo admite; si no, ninguna. El relé solo acepta correo de este equipo y solo con esta dirección de remitente.</translation>
    </message>
</context>
<context>
    <name>Diagnosis</name>
    <message>
        <source>You</source>
        <translation>Usted</translation>
    </message>
    <message>
        <source>Your IT administrator</source>
        <translation>Su administrador de TI</translation>
    </message>
    <message>
        <source>Microsoft</source>
        <translation>Microsoft</translation>
    </message>
    <message>
        <source>The makers of Mail Setup</source>
        <translation>Los desarrolladores de Mail Setup</translation>
    </message>
    <message>
        <source>The sign-in was cancelled before it finished.</source>
        <translation>El inicio de sesión se canceló antes de terminar.</translation>
    </message>
    <message>
        <source>Start the sign-in again and go through every page in the browser until it says you can close it. If Microsoft asks whether Mail Setup may read and send your mail, choose Accept: Mail Setup cannot check the mailbox without that permission.</source>
        <translation>Vuelva a iniciar sesión y recorra todas las páginas del navegador hasta que indique que puede cerrarlo. Si Microsoft pregunta si Mail Setup puede leer y enviar su correo, elija Aceptar: Mail Setup no puede comprobar el buzón sin ese permiso.</translation>
    </message>
    <message>
        <source>Your organisation has not yet allowed Mail Setup to use your mailbox.</source>
        <translation>Su organización todavía no ha permitido que Mail Setup use su buzón.</translation>
    </message>
    <message>
        <source>Only an administrator of your organisation can give this approval, once for everyone. They can do it in the Microsoft Entra admin center under Enterprise applications, Mail Setup, Permissions, Grant admin consent, or by opening https://login.microsoftonline.com/{tenant}/v2.0/adminconsent?client_id={client-id} with your organisation&apos;s domain in place of {tenant} and Mail Setup&apos;s application ID in place of {client-id}. After that, sign in again.</source>
        <translation>Solo un administrador de su organización puede dar esta aprobación, una vez para todos. Puede hacerlo en el Centro de administración Microsoft Entra, en Aplicaciones empresariales, Mail Setup, Permisos, Conceder consentimiento de administrador, o abriendo https://login.microsoftonline.com/{tenant}/v2.0/adminconsent?client_id={client-id} con el dominio de su organización en lugar de {tenant} y el Id. de aplicación de Mail Setup en lugar de {client-id}. Después, vuelva a iniciar sesión.</translation>
    </message>
    <message>
        <source>Mail Setup does not have your permission to use your mailbox yet.</source>
        <translation>Mail Setup todavía no tiene su permiso para usar su buzón.</translation>
    </message>
    <message>
        <source>Sign in again and, when Microsoft asks whether Mail Setup may read and send your mail, choose Accept. A personal Microsoft account gives this permission itself: nobody else has to approve it. You can see and withdraw the permissions you gave at https://account.live.com/consent/Manage.</source>
        <translation>Vuelva a iniciar sesión y, cuando Microsoft pregunte si Mail Setup puede leer y enviar su correo, elija Aceptar. Una cuenta personal de Microsoft da este permiso por sí misma: nadie más tiene que aprobarlo. Puede ver y retirar los permisos que ha dado en https://account.live.com/consent/Manage.</translation>
    </message>
    <message>
        <source>Your organisation has to approve Mail Setup before you can use it with your mailbox.</source>
        <translation>Su organización tiene que aprobar Mail Setup antes de que usted pueda usarlo con su buzón.</translation>
    </message>
    <message>
        <source>Your organisation decides which apps its users may approve themselves, and Mail Setup needs an administrator&apos;s approval, given once for everyone. Mail Setup can write the request for your IT administrator, with the consent link for your organisation. After they have approved it, sign in again.</source>
        <translation>Su organización decide qué aplicaciones pueden aprobar sus usuarios por sí mismos, y Mail Setup necesita la aprobación de un administrador, dada una vez para todos. Mail Setup puede redactar la solicitud para su administrador de TI, con el enlace de consentimiento de su organización. Cuando la haya aprobado, vuelva a iniciar sesión.</translation>
    </message>
    <message>
        <source>The account you signed in with cannot be used for this mailbox.</source>
        <translation>La cuenta con la que inició sesión no sirve para este buzón.</translation>
    </message>
    <message>
        <source>Sign in again and pick the account that owns this email address: your personal Microsoft account for an Outlook.com, Hotmail or Live address, or your work or school account for an address run by your organisation. If the browser signs you in with another account by itself, choose &quot;Use another account&quot; or sign out of it there first.</source>
        <translation>Vuelva a iniciar sesión y elija la cuenta a la que pertenece esta dirección de correo electrónico: su cuenta personal de Microsoft para una dirección de Outlook.com, Hotmail o Live, o su cuenta profesional o educativa para una dirección que gestiona su organización. Si el navegador inicia sesión por sí mismo con otra cuenta, elija allí «Usar otra cuenta» o cierre antes la sesión de esa cuenta.</translation>
    </message>
    <message>
        <source>This address needs its personal Microsoft account, and the sign-in used another one.</source>
        <translation>Esta dirección necesita su cuenta personal de Microsoft, y el inicio de sesión usó otra.</translation>
    </message>
    <message>
        <source>An Outlook.com, Hotmail, Live or MSN address opens only with its own personal Microsoft account, never with a work or school account. Sign in again and choose that personal account. If the browser signs you in with another account by itself, choose &quot;Use another account&quot; or sign out of it there first.</source>
        <translation>Una dirección de Outlook.com, Hotmail, Live o MSN solo se abre con su propia cuenta personal de Microsoft, nunca con una cuenta profesional o educativa. Vuelva a iniciar sesión y elija esa cuenta personal. Si el navegador inicia sesión por sí mismo con otra cuenta, elija allí «Usar otra cuenta» o cierre antes la sesión de esa cuenta.</translation>
    </message>
    <message>
        <source>This address needs its work or school account, and the sign-in used another one.</source>
        <translation>Esta dirección necesita su cuenta profesional o educativa, y el inicio de sesión usó otra.</translation>
    </message>
    <message>
        <source>Sign in again and choose the work or school account of this address, not a personal Microsoft account. If Microsoft says that the account does not exist in your organisation, check the address for typing mistakes. If it is right, your IT administrator has to add the account, or your organisation has no Exchange Online mailbox for it.</source>
        <translation>Vuelva a iniciar sesión y elija la cuenta profesional o educativa de esta dirección, no una cuenta personal de Microsoft. Si Microsoft indica que la cuenta no existe en su organización, compruebe que la dirección no tenga errores de escritura. Si es correcta, su administrador de TI tiene que añadir la cuenta, o su organización no tiene ningún buzón de Exchange Online para ella.</translation>
    </message>
    <message>
        <source>Microsoft does not accept the way this copy of Mail Setup is registered.</source>
        <translation>Microsoft no acepta la forma en que está registrada esta copia de Mail Setup.</translation>
    </message>
    <message>
        <source>Nothing is wrong with your account, and nothing can be changed from here. Please report this to the makers of Mail Setup with the details below. If your organisation registered its own copy of Mail Setup, its administrator should check that registration: a public client on the &quot;Mobile and desktop applications&quot; platform, with the redirect address http://localhost, open to both personal and work or school accounts.</source>
        <translation>Su cuenta no tiene ningún problema, y desde aquí no se puede cambiar nada. Le rogamos que lo comunique a los desarrolladores de Mail Setup con los detalles de abajo. Si su organización registró su propia copia de Mail Setup, su administrador debe revisar ese registro: un cliente público en la plataforma «Aplicaciones móviles y de escritorio», con la dirección de redirección http://localhost, abierto tanto a cuentas personales como a cuentas profesionales o educativas.</translation>
    </message>
    <message>
        <source>Nothing is wrong with your account, and nothing can be changed from here. Please report this to the makers of Mail Setup with the details below.</source>
        <translation>Su cuenta no tiene ningún problema, y desde aquí no se puede cambiar nada. Le rogamos que lo comunique a los desarrolladores de Mail Setup con los detalles de abajo.</translation>
    </message>
    <message>
        <source>Microsoft does not know an organisation for this email address.</source>
        <translation>Microsoft no conoce ninguna organización para esta dirección de correo electrónico.</translation>
    </message>
    <message>
        <source>Check that the email address is typed correctly. If it is, the address is probably not handled by Microsoft 365 or Outlook.com, and Mail Setup cannot set it up. If you expected it to be, ask the people who run your email.</source>
        <translation>Compruebe que la dirección de correo electrónico esté bien escrita. Si lo está, probablemente la dirección no la gestiona Microsoft 365 ni Outlook.com, y Mail Setup no puede configurarla. Si esperaba que sí, pregunte a quienes gestionan su correo.</translation>
    </message>
    <message>
        <source>Your sign-in has expired or was withdrawn.</source>
        <translation>Su inicio de sesión ha caducado o se ha retirado.</translation>
    </message>
    <message>
        <source>Sign in again. This happens when Mail Setup has not been used for a long time, after a password change, or when your organisation asks everyone to sign in again from time to time.</source>
        <translation>Vuelva a iniciar sesión. Esto ocurre cuando Mail Setup no se ha usado durante mucho tiempo, tras un cambio de contraseña o cuando su organización pide a todos que vuelvan a iniciar sesión cada cierto tiempo.</translation>
    </message>
    <message>
        <source>Microsoft wants an extra check that it is really you.</source>
        <translation>Microsoft quiere comprobar una vez más que es usted.</translation>
    </message>
    <message>
        <source>Sign in again and complete the extra step in the browser, such as a code sent to your phone or a prompt in the Microsoft Authenticator app. If no such step is set up for you yet, the browser will guide you through it, or your IT administrator can help.</source>
        <translation>Vuelva a iniciar sesión y complete el paso adicional en el navegador, como un código enviado a su teléfono o un aviso en la aplicación Microsoft Authenticator. Si todavía no tiene configurado ningún paso así, el navegador le guiará, o su administrador de TI puede ayudarle.</translation>
    </message>
    <message>
        <source>Sign in again and complete the extra step in the browser: a code sent to your phone or to another email address, or a prompt in the Microsoft Authenticator app. If you can no longer receive those codes, update your security information at account.microsoft.com, under Security.</source>
        <translation>Vuelva a iniciar sesión y complete el paso adicional en el navegador: un código enviado a su teléfono o a otra dirección de correo electrónico, o un aviso en la aplicación Microsoft Authenticator. Si ya no puede recibir esos códigos, actualice su información de seguridad en account.microsoft.com, en Seguridad.</translation>
    </message>
    <message>
        <source>Your organisation wants an extra check that it is really you.</source>
        <translation>Su organización quiere comprobar una vez más que es usted.</translation>
    </message>
    <message>
        <source>Your organisation asks for a second step, such as a prompt in the Microsoft Authenticator app or a code by text message. Sign in again and complete it in the browser. If the browser asks you to set up the second step first, follow it; if that is not possible, your IT administrator can help.</source>
        <translation>Su organización pide un segundo paso, como un aviso en la aplicación Microsoft Authenticator o un código por SMS. Vuelva a iniciar sesión y complételo en el navegador. Si el navegador le pide configurar primero el segundo paso, sígalo; si no es posible, su administrador de TI puede ayudarle.</translation>
    </message>
    <message>
        <source>Your organisation&apos;s security rules did not allow this sign-in.</source>
        <translation>Las reglas de seguridad de su organización no permitieron este inicio de sesión.</translation>
    </message>
    <message>
        <source>Your organisation decides which devices, places and apps may sign in, and one of its rules stopped this sign-in. Only your IT administrator can change that. Give them the details below, with the error code and the trace and correlation IDs if there are any, so that they can find this sign-in in their logs.</source>
        <translation>Su organización decide qué dispositivos, lugares y aplicaciones pueden iniciar sesión, y una de sus reglas detuvo este inicio de sesión. Solo su administrador de TI puede cambiarlo. Dele los detalles de abajo, con el código de error y los identificadores de seguimiento y correlación si los hay, para que pueda encontrar este inicio de sesión en sus registros.</translation>
    </message>
    <message>
        <source>Microsoft stopped this sign-in to protect your account.</source>
        <translation>Microsoft detuvo este inicio de sesión para proteger su cuenta.</translation>
    </message>
    <message>
        <source>Microsoft saw something unusual about this sign-in, such as a new place or a new device. Sign in at account.microsoft.com in your browser, open Security and then the sign-in activity, and confirm the sign-in if it was you; change your password if it was not. Then sign in again in Mail Setup.</source>
        <translation>Microsoft vio algo inusual en este inicio de sesión, como un lugar nuevo o un dispositivo nuevo. Inicie sesión en account.microsoft.com en el navegador, abra Seguridad y luego la actividad de inicio de sesión, y confirme el inicio de sesión si fue usted; cambie su contraseña si no lo fue. Después vuelva a iniciar sesión en Mail Setup.</translation>
    </message>
    <message>
        <source>The password has expired or must be changed before you can sign in.</source>
        <translation>La contraseña ha caducado o hay que cambiarla antes de poder iniciar sesión.</translation>
    </message>
    <message>
        <source>Sign in again: Microsoft&apos;s sign-in page offers to change the password there. Afterwards use the new password on your other devices and apps too, since the old one no longer works anywhere.</source>
        <translation>Vuelva a iniciar sesión: la página de inicio de sesión de Microsoft ofrece cambiar allí la contraseña. Después use la contraseña nueva también en sus otros dispositivos y aplicaciones, porque la antigua ya no funciona en ninguna parte.</translation>
    </message>
    <message>
        <source>Sign in again and change the password when Microsoft&apos;s sign-in page asks, or change it at account.microsoft.com, under Security. Then sign in again in Mail Setup, and use the new password on your other devices too.</source>
        <translation>Vuelva a iniciar sesión y cambie la contraseña cuando la página de inicio de sesión de Microsoft lo pida, o cámbiela en account.microsoft.com, en Seguridad. Después vuelva a iniciar sesión en Mail Setup y use la contraseña nueva también en sus otros dispositivos.</translation>
    </message>
    <message>
        <source>Sign in again and change the password when the sign-in page asks. If it does not offer that, change it on your organisation&apos;s password reset page, often https://aka.ms/sspr, or ask your IT administrator to reset it. Then sign in again.</source>
        <translation>Vuelva a iniciar sesión y cambie la contraseña cuando lo pida la página de inicio de sesión. Si no lo ofrece, cámbiela en la página de restablecimiento de contraseñas de su organización, a menudo https://aka.ms/sspr, o pida a su administrador de TI que la restablezca. Después vuelva a iniciar sesión.</translation>
    </message>
    <message>
        <source>Microsoft did not accept the user name or the password.</source>
        <translation>Microsoft no aceptó el nombre de usuario o la contraseña.</translation>
    </message>
    <message>
        <source>Check the email address and the password, mind the Caps Lock key, and sign in again. If you have forgotten the password, choose &quot;Forgot password?&quot; on Microsoft&apos;s sign-in page. If an app or a device asked for the password itself instead of opening Microsoft&apos;s sign-in page, it signs in a way that many accounts refuse: choose its option called OAuth2 or Modern Authentication instead.</source>
        <translation>Compruebe la dirección de correo electrónico y la contraseña, tenga en cuenta la tecla Bloq Mayús y vuelva a iniciar sesión. Si ha olvidado la contraseña, elija «¿Olvidó su contraseña?» en la página de inicio de sesión de Microsoft. Si una aplicación o un dispositivo pidió la contraseña por sí mismo en lugar de abrir la página de inicio de sesión de Microsoft, inicia sesión de una forma que muchas cuentas rechazan: elija en su lugar su opción llamada OAuth2 o Autenticación moderna.</translation>
    </message>
    <message>
        <source>Check the email address and the password, mind the Caps Lock key, and sign in again. If you have forgotten the password, reset it at https://account.live.com/password/reset. Mail apps that ask for the password themselves no longer work with Outlook.com at all: choose their option called OAuth2 or Modern Authentication instead.</source>
        <translation>Compruebe la dirección de correo electrónico y la contraseña, tenga en cuenta la tecla Bloq Mayús y vuelva a iniciar sesión. Si ha olvidado la contraseña, restablézcala en https://account.live.com/password/reset. Las aplicaciones de correo que piden la contraseña por sí mismas ya no funcionan en absoluto con Outlook.com: elija en su lugar su opción llamada OAuth2 o Autenticación moderna.</translation>
    </message>
    <message>
        <source>Check the email address and the password, mind the Caps Lock key, and sign in again. If you have forgotten the password, reset it on your organisation&apos;s password reset page, often https://aka.ms/sspr, or ask your IT administrator. If an app asked for the password itself, choose its option called OAuth2 or Modern Authentication instead.</source>
        <translation>Compruebe la dirección de correo electrónico y la contraseña, tenga en cuenta la tecla Bloq Mayús y vuelva a iniciar sesión. Si ha olvidado la contraseña, restablézcala en la página de restablecimiento de contraseñas de su organización, a menudo https://aka.ms/sspr, o pregunte a su administrador de TI. Si una aplicación pidió la contraseña por sí misma, elija en su lugar su opción llamada OAuth2 o Autenticación moderna.</translation>
    </message>
    <message>
        <source>This account is locked or switched off.</source>
        <translation>Esta cuenta está bloqueada o desactivada.</translation>
    </message>
    <message>
        <source>After too many wrong passwords Microsoft locks an account for a while: wait a few minutes and sign in again, typing the password with care. For an Outlook.com, Hotmail or Live address, sign in at account.microsoft.com and follow the steps shown there to unlock the account. For a work or school address that stays locked, only your IT administrator can unlock it or switch it on again.</source>
        <translation>Tras demasiadas contraseñas incorrectas, Microsoft bloquea una cuenta durante un tiempo: espere unos minutos y vuelva a iniciar sesión, escribiendo la contraseña con cuidado. Para una dirección de Outlook.com, Hotmail o Live, inicie sesión en account.microsoft.com y siga los pasos que se muestran allí para desbloquear la cuenta. Para una dirección profesional o educativa que sigue bloqueada, solo su administrador de TI puede desbloquearla o volver a activarla.</translation>
    </message>
    <message>
        <source>Microsoft has locked this Microsoft account.</source>
        <translation>Microsoft ha bloqueado esta cuenta de Microsoft.</translation>
    </message>
    <message>
        <source>Microsoft locks a personal account after too many wrong passwords or when it suspects misuse. Sign in at account.microsoft.com in your browser and follow the steps to unlock it; Microsoft sends a security code to your phone or to another email address. Then sign in again in Mail Setup.</source>
        <translation>Microsoft bloquea una cuenta personal tras demasiadas contraseñas incorrectas o cuando sospecha un uso indebido. Inicie sesión en account.microsoft.com en el navegador y siga los pasos para desbloquearla; Microsoft envía un código de seguridad a su teléfono o a otra dirección de correo electrónico. Después vuelva a iniciar sesión en Mail Setup.</translation>
    </message>
    <message>
        <source>Your account is locked or switched off.</source>
        <translation>Su cuenta está bloqueada o desactivada.</translation>
    </message>
    <message>
        <source>If you typed a wrong password several times, wait a few minutes and sign in again. If the account stays locked, or your organisation has switched it off, only your IT administrator can unlock it or switch it on again. Mail Setup can write the request for them.</source>
        <translation>Si escribió una contraseña incorrecta varias veces, espere unos minutos y vuelva a iniciar sesión. Si la cuenta sigue bloqueada, o su organización la ha desactivado, solo su administrador de TI puede desbloquearla o volver a activarla. Mail Setup puede redactarle la solicitud.</translation>
    </message>
    <message>
        <source>Microsoft says that this application is switched off.</source>
        <translation>Microsoft indica que esta aplicación está desactivada.</translation>
    </message>
    <message>
        <source>With a work or school account, your organisation&apos;s administrator may have switched the application off for its users. Only they can switch it on again, under Enterprise applications in the Microsoft Entra admin center; Mail Setup can write the request for them. If a personal account gets this too, Microsoft has switched off the application itself: please report it to the makers of the application with the details below.</source>
        <translation>Con una cuenta profesional o educativa, puede que el administrador de su organización haya desactivado la aplicación para sus usuarios. Solo él puede volver a activarla, en Aplicaciones empresariales del Centro de administración Microsoft Entra; Mail Setup puede redactarle la solicitud. Si una cuenta personal también recibe este mensaje, Microsoft ha desactivado la propia aplicación: le rogamos que lo comunique a los desarrolladores de la aplicación con los detalles de abajo.</translation>
    </message>
    <message>
        <source>Microsoft has switched off the application for personal accounts, which only its makers can resolve. Please report this to the makers of Mail Setup, or of the app that showed the message, with the details below.</source>
        <translation>Microsoft ha desactivado la aplicación para las cuentas personales, algo que solo sus desarrolladores pueden resolver. Le rogamos que lo comunique a los desarrolladores de Mail Setup, o de la aplicación que mostró el mensaje, con los detalles de abajo.</translation>
    </message>
    <message>
        <source>The clock of this computer or device does not agree with Microsoft&apos;s.</source>
        <translation>El reloj de este equipo o dispositivo no coincide con el de Microsoft.</translation>
    </message>
    <message>
        <source>Set the date, the time and the time zone right, best by letting the system take them from the internet, then sign in again. Sign-in passes carry times, and Microsoft refuses them when the clocks are too far apart.</source>
        <translation>Ajuste bien la fecha, la hora y la zona horaria, mejor dejando que el sistema las tome de Internet, y después vuelva a iniciar sesión. Los pases de inicio de sesión llevan la hora, y Microsoft los rechaza cuando los relojes difieren demasiado.</translation>
    </message>
    <message>
        <source>Mail Setup sent Microsoft a sign-in request that it could not accept.</source>
        <translation>Mail Setup envió a Microsoft una solicitud de inicio de sesión que no pudo aceptar.</translation>
    </message>
    <message>
        <source>This is a fault in Mail Setup, not in your account. Try once more; if it happens again, please report it to the makers of Mail Setup with the details below.</source>
        <translation>Es un fallo de Mail Setup, no de su cuenta. Inténtelo una vez más; si vuelve a ocurrir, le rogamos que lo comunique a los desarrolladores de Mail Setup con los detalles de abajo.</translation>
    </message>
    <message>
        <source>Mail Setup could not reach Microsoft&apos;s sign-in service.</source>
        <translation>Mail Setup no pudo comunicarse con el servicio de inicio de sesión de Microsoft.</translation>
    </message>
    <message>
        <source>Check that this computer is connected to the internet, for example by opening a web page, and try again. If web pages open, a firewall, proxy or security program may be stopping Mail Setup from reaching Microsoft: check its settings or try another network.</source>
        <translation>Compruebe que este equipo esté conectado a Internet, por ejemplo abriendo una página web, e inténtelo de nuevo. Si las páginas web se abren, puede que un cortafuegos, un proxy o un programa de seguridad impida a Mail Setup comunicarse con Microsoft: revise su configuración o pruebe otra red.</translation>
    </message>
    <message>
        <source>Microsoft&apos;s sign-in service did not answer in time.</source>
        <translation>El servicio de inicio de sesión de Microsoft no respondió a tiempo.</translation>
    </message>
    <message>
        <source>The connection to Microsoft was too slow, or stopped before the sign-in could finish. Check the internet connection and try again in a few minutes. If it keeps happening on this network, try another one, for example a phone&apos;s hotspot: some networks and proxies hold such connections back.</source>
        <translation>La conexión con Microsoft era demasiado lenta o se cortó antes de que terminara el inicio de sesión. Compruebe la conexión a Internet e inténtelo de nuevo dentro de unos minutos. Si sigue ocurriendo en esta red, pruebe otra, por ejemplo la zona Wi-Fi de un teléfono: algunas redes y proxies retienen este tipo de conexiones.</translation>
    </message>
    <message>
        <source>Microsoft&apos;s sign-in service answered with an error instead of the sign-in.</source>
        <translation>El servicio de inicio de sesión de Microsoft respondió con un error en lugar del inicio de sesión.</translation>
    </message>
    <message>
        <source>This is usually a passing problem at Microsoft: wait a few minutes and try again. On a network that first shows a page of its own, as in hotels, trains and airports, open any web page in the browser, accept the network&apos;s terms or sign in to it, and then try again.</source>
        <translation>Suele ser un problema pasajero de Microsoft: espere unos minutos e inténtelo de nuevo. En una red que muestra primero una página propia, como en hoteles, trenes y aeropuertos, abra cualquier página web en el navegador, acepte las condiciones de la red o inicie sesión en ella, y después inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>Mail Setup could not prepare the address on this computer that the browser comes back to after the sign-in.</source>
        <translation>Mail Setup no pudo preparar en este equipo la dirección a la que vuelve el navegador después del inicio de sesión.</translation>
    </message>
    <message>
        <source>To receive the sign-in from the browser, Mail Setup needs a free port on this computer&apos;s own addresses 127.0.0.1 and ::1. Other programs may be holding them, or security software may block them. Close programs you do not need and sign in again. If it keeps happening, restart the computer, and if even that does not help, please report it to the makers of Mail Setup with the details below.</source>
        <translation>Para recibir el inicio de sesión desde el navegador, Mail Setup necesita un puerto libre en las direcciones propias de este equipo, 127.0.0.1 y ::1. Puede que otros programas los estén ocupando o que un software de seguridad los bloquee. Cierre los programas que no necesite y vuelva a iniciar sesión. Si sigue ocurriendo, reinicie el equipo, y si ni eso ayuda, le rogamos que lo comunique a los desarrolladores de Mail Setup con los detalles de abajo.</translation>
    </message>
    <message>
        <source>Access to this mailbox from mail apps is switched off.</source>
        <translation>El acceso a este buzón desde aplicaciones de correo está desactivado.</translation>
    </message>
    <message>
        <source>For an Outlook.com, Hotmail or Live address: sign in at outlook.com, open Settings &gt; Mail &gt; Forwarding and IMAP (in newer versions Settings &gt; Mail &gt; Sync email), switch on &quot;Let devices and apps use IMAP&quot;, save, and run the check again. For a work or school address, only your IT administrator can allow IMAP for the mailbox.</source>
        <translation>Para una dirección de Outlook.com, Hotmail o Live: inicie sesión en outlook.com, abra Configuración &gt; Correo &gt; Reenvío e IMAP (en las versiones más nuevas Configuración &gt; Correo &gt; Sincronizar correo electrónico), active «Permitir que los dispositivos y las aplicaciones usen IMAP», guarde y vuelva a ejecutar la comprobación. Para una dirección profesional o educativa, solo su administrador de TI puede permitir IMAP para el buzón.</translation>
    </message>
    <message>
        <source>Outlook.com does not let mail apps into this mailbox yet.</source>
        <translation>Outlook.com todavía no deja entrar a las aplicaciones de correo en este buzón.</translation>
    </message>
    <message>
        <source>Sign in at outlook.com, open Settings &gt; Mail &gt; Forwarding and IMAP (in newer versions Settings &gt; Mail &gt; Sync email), switch on &quot;Let devices and apps use IMAP&quot;, save, and run the check again. If the switch is already on, the account may have no Outlook.com mailbox at all, as happens with a Microsoft account made with another provider&apos;s address.</source>
        <translation>Inicie sesión en outlook.com, abra Configuración &gt; Correo &gt; Reenvío e IMAP (en las versiones más nuevas Configuración &gt; Correo &gt; Sincronizar correo electrónico), active «Permitir que los dispositivos y las aplicaciones usen IMAP», guarde y vuelva a ejecutar la comprobación. Si la opción ya está activada, puede que la cuenta no tenga ningún buzón de Outlook.com, como ocurre con una cuenta de Microsoft creada con la dirección de otro proveedor.</translation>
    </message>
    <message>
        <source>Your organisation has switched off access to this mailbox from mail apps (IMAP).</source>
        <translation>Su organización ha desactivado el acceso a este buzón desde aplicaciones de correo (IMAP).</translation>
    </message>
    <message>
        <source>Only your IT administrator can allow IMAP for this mailbox. Mail Setup can write the request for you, with the exact command they need. A change can take up to an hour to work; then run the check again.</source>
        <translation>Solo su administrador de TI puede permitir IMAP para este buzón. Mail Setup puede redactar la solicitud por usted, con el comando exacto que necesita. Un cambio puede tardar hasta una hora en surtir efecto; después vuelva a ejecutar la comprobación.</translation>
    </message>
    <message>
        <source>The mail server did not accept the sign-in.</source>
        <translation>El servidor de correo no aceptó el inicio de sesión.</translation>
    </message>
    <message>
        <source>Make sure you signed in with the same account as the email address being set up, then run the check again. The server does not say why it refused. If it keeps happening with a work or school address, ask your IT administrator to check that IMAP and authenticated SMTP are allowed for this mailbox.</source>
        <translation>Asegúrese de haber iniciado sesión con la misma cuenta que la dirección de correo electrónico que se está configurando, y vuelva a ejecutar la comprobación. El servidor no dice por qué la rechazó. Si sigue ocurriendo con una dirección profesional o educativa, pida a su administrador de TI que compruebe que IMAP y SMTP autenticado estén permitidos para este buzón.</translation>
    </message>
    <message>
        <source>Make sure you signed in with the same Microsoft account as the email address being set up, then run the check again. If reading mail fails this way, check that &quot;Let devices and apps use IMAP&quot; is on at outlook.com, under Settings &gt; Mail &gt; Forwarding and IMAP. The server does not say why it refused.</source>
        <translation>Asegúrese de haber iniciado sesión con la misma cuenta de Microsoft que la dirección de correo electrónico que se está configurando, y vuelva a ejecutar la comprobación. Si la lectura del correo falla así, compruebe que «Permitir que los dispositivos y las aplicaciones usen IMAP» esté activado en outlook.com, en Configuración &gt; Correo &gt; Reenvío e IMAP. El servidor no dice por qué la rechazó.</translation>
    </message>
    <message>
        <source>The mailbox no longer accepts a password from mail apps.</source>
        <translation>El buzón ya no acepta contraseñas de las aplicaciones de correo.</translation>
    </message>
    <message>
        <source>The app or device tried a password, and Microsoft refuses passwords from mail apps, app passwords included: Outlook.com since 16 September 2024, Microsoft 365 as well. Mail Setup signs in through Microsoft&apos;s sign-in page instead, so run the check again and sign in through the browser. In other mail apps, choose the sign-in method called OAuth2 or Modern Authentication. A printer, scanner or older app that only knows passwords can send through a relay that signs in with Microsoft on its behalf.</source>
        <translation>La aplicación o el dispositivo probó una contraseña, y Microsoft rechaza las contraseñas de las aplicaciones de correo, incluidas las contraseñas de aplicación: Outlook.com desde el 16 de septiembre de 2024, y Microsoft 365 también. Mail Setup inicia sesión a través de la página de inicio de sesión de Microsoft, así que vuelva a ejecutar la comprobación e inicie sesión en el navegador. En otras aplicaciones de correo, elija el método de inicio de sesión llamado OAuth2 o Autenticación moderna. Una impresora, un escáner o una aplicación antigua que solo conoce contraseñas puede enviar a través de un relé que inicia sesión con Microsoft en su nombre.</translation>
    </message>
    <message>
        <source>Outlook.com no longer accepts a password from mail apps and devices.</source>
        <translation>Outlook.com ya no acepta contraseñas de las aplicaciones de correo ni de los dispositivos.</translation>
    </message>
    <message>
        <source>Since 16 September 2024 Outlook.com, Hotmail and Live accept no password from mail apps, not even an app password. Choose the sign-in method called OAuth2 or Modern Authentication in the app, which opens Microsoft&apos;s sign-in page; Mail Setup signs in that way. A printer, scanner or older app that only knows passwords can send through a relay that signs in with Microsoft on its behalf.</source>
        <translation>Desde el 16 de septiembre de 2024, Outlook.com, Hotmail y Live no aceptan ninguna contraseña de las aplicaciones de correo, ni siquiera una contraseña de aplicación. Elija en la aplicación el método de inicio de sesión llamado OAuth2 o Autenticación moderna, que abre la página de inicio de sesión de Microsoft; así es como inicia sesión Mail Setup. Una impresora, un escáner o una aplicación antigua que solo conoce contraseñas puede enviar a través de un relé que inicia sesión con Microsoft en su nombre.</translation>
    </message>
    <message>
        <source>Microsoft 365 no longer accepts a password from this mail app or device.</source>
        <translation>Microsoft 365 ya no acepta contraseñas de esta aplicación de correo o de este dispositivo.</translation>
    </message>
    <message>
        <source>Your organisation&apos;s mailboxes accept mail apps only through Microsoft&apos;s sign-in page, and app passwords do not help. Choose the sign-in method called OAuth2 or Modern Authentication in the app; Mail Setup signs in that way. For a printer, scanner or older app that only knows passwords, your IT administrator can set up a relay that signs in with Microsoft on its behalf, or a connector.</source>
        <translation>Los buzones de su organización solo aceptan aplicaciones de correo a través de la página de inicio de sesión de Microsoft, y las contraseñas de aplicación no sirven. Elija en la aplicación el método de inicio de sesión llamado OAuth2 o Autenticación moderna; así es como inicia sesión Mail Setup. Para una impresora, un escáner o una aplicación antigua que solo conoce contraseñas, su administrador de TI puede configurar un relé que inicie sesión con Microsoft en su nombre, o un conector.</translation>
    </message>
    <message>
        <source>Your organisation has switched off sending from mail apps for this mailbox.</source>
        <translation>Su organización ha desactivado el envío desde aplicaciones de correo para este buzón.</translation>
    </message>
    <message>
        <source>Only your IT administrator can switch it on, for this mailbox or for the whole organisation. Mail Setup can write the request for you, with the exact command they need. The setting of a mailbox wins over the one of the organisation, and a change can take an hour to work.</source>
        <translation>Solo su administrador de TI puede activarlo, para este buzón o para toda la organización. Mail Setup puede redactar la solicitud por usted, con el comando exacto que necesita. La opción de un buzón prevalece sobre la de la organización, y un cambio puede tardar una hora en surtir efecto.</translation>
    </message>
    <message>
        <source>Microsoft has not switched on sending from mail apps for this Outlook.com mailbox yet.</source>
        <translation>Microsoft todavía no ha activado el envío desde aplicaciones de correo para este buzón de Outlook.com.</translation>
    </message>
    <message>
        <source>Reading mail works, but Microsoft does not yet let mail apps send from this mailbox, even with a proper sign-in. Many recently made Outlook.com and Hotmail accounts get this, and no switch in Outlook.com changes it. It often starts to work by itself after some days of normal use. Meanwhile, send from outlook.com in a browser or from the Outlook app. If nothing has changed after a week or two, contact Microsoft support through Help on outlook.com.</source>
        <translation>La lectura del correo funciona, pero Microsoft todavía no deja que las aplicaciones de correo envíen desde este buzón, ni siquiera con un inicio de sesión correcto. Les pasa a muchas cuentas de Outlook.com y Hotmail creadas hace poco, y ninguna opción de Outlook.com lo cambia. A menudo empieza a funcionar por sí solo tras unos días de uso normal. Mientras tanto, envíe desde outlook.com en un navegador o desde la aplicación Outlook. Si nada ha cambiado al cabo de una o dos semanas, póngase en contacto con el soporte de Microsoft a través de la Ayuda de outlook.com.</translation>
    </message>
    <message>
        <source>The mail server refused to send because Mail Setup was not signed in.</source>
        <translation>El servidor de correo se negó a enviar porque Mail Setup no había iniciado sesión.</translation>
    </message>
    <message>
        <source>Mail Setup tried to send before the server had accepted the sign-in, which is a fault in Mail Setup. Run the check again; if this comes back, please report it to the makers of Mail Setup with the details below.</source>
        <translation>Mail Setup intentó enviar antes de que el servidor aceptara el inicio de sesión, lo que es un fallo de Mail Setup. Vuelva a ejecutar la comprobación; si vuelve a pasar, le rogamos que lo comunique a los desarrolladores de Mail Setup con los detalles de abajo.</translation>
    </message>
    <message>
        <source>The sign-in pass for the mailbox ran out during the check.</source>
        <translation>El pase de inicio de sesión del buzón caducó durante la comprobación.</translation>
    </message>
    <message>
        <source>Run the check again: Mail Setup will get a fresh pass from Microsoft. If this keeps happening, sign in again, and if even that does not help, please report it to the makers of Mail Setup.</source>
        <translation>Vuelva a ejecutar la comprobación: Mail Setup obtendrá un pase nuevo de Microsoft. Si sigue ocurriendo, vuelva a iniciar sesión, y si ni eso ayuda, le rogamos que lo comunique a los desarrolladores de Mail Setup.</translation>
    </message>
    <message>
        <source>Microsoft is holding back requests from this mailbox for a while.</source>
        <translation>Microsoft está frenando durante un tiempo las solicitudes de este buzón.</translation>
    </message>
    <message>
        <source>Too many connections or messages came from this mailbox in a short time, perhaps from other mail apps or devices as well. Wait a few minutes, close mail apps you do not need, and run the check again.</source>
        <translation>Llegaron demasiadas conexiones o mensajes de este buzón en poco tiempo, quizá también desde otras aplicaciones de correo o dispositivos. Espere unos minutos, cierre las aplicaciones de correo que no necesite y vuelva a ejecutar la comprobación.</translation>
    </message>
    <message>
        <source>The mail server did not understand a command from Mail Setup.</source>
        <translation>El servidor de correo no entendió un comando de Mail Setup.</translation>
    </message>
    <message>
        <source>This is a fault in Mail Setup, not in your account. Run the check again; if it happens again, please report it to the makers of Mail Setup with the details below.</source>
        <translation>Es un fallo de Mail Setup, no de su cuenta. Vuelva a ejecutar la comprobación; si vuelve a ocurrir, le rogamos que lo comunique a los desarrolladores de Mail Setup con los detalles de abajo.</translation>
    </message>
    <message>
        <source>The account you signed in with may not send mail from this address.</source>
        <translation>Puede que la cuenta con la que inició sesión no tenga permiso para enviar desde esta dirección.</translation>
    </message>
    <message>
        <source>Sign in with the account that owns this address. If the address belongs to a shared mailbox or to someone else, your IT administrator can give your account the Send As permission for it; allow up to an hour before trying again.</source>
        <translation>Inicie sesión con la cuenta a la que pertenece esta dirección. Si la dirección es de un buzón compartido o de otra persona, su administrador de TI puede dar a su cuenta el permiso «Enviar como» para ella; espere hasta una hora antes de volver a intentarlo.</translation>
    </message>
    <message>
        <source>Send with the address you signed in with as the sender. Outlook.com sends from another address only when it is an alias of the same Microsoft account, which you can add at account.microsoft.com, under Your info. Otherwise sign in with the Microsoft account that owns the address.</source>
        <translation>Envíe con la dirección con la que inició sesión como remitente. Outlook.com solo envía desde otra dirección cuando es un alias de la misma cuenta de Microsoft, que puede añadir en account.microsoft.com, en Su información. Si no, inicie sesión con la cuenta de Microsoft a la que pertenece la dirección.</translation>
    </message>
    <message>
        <source>If you meant to sign in with the account that owns this address, sign in with it. If the address belongs to a shared mailbox or to someone else, only your IT administrator can give your account the Send As permission for it. Mail Setup can write the request for them; allow up to an hour after the change before trying again.</source>
        <translation>Si quería iniciar sesión con la cuenta a la que pertenece esta dirección, inicie sesión con ella. Si la dirección es de un buzón compartido o de otra persona, solo su administrador de TI puede dar a su cuenta el permiso «Enviar como» para ella. Mail Setup puede redactarle la solicitud; espere hasta una hora después del cambio antes de volver a intentarlo.</translation>
    </message>
    <message>
        <source>Microsoft has stopped this account from sending mail.</source>
        <translation>Microsoft ha impedido que esta cuenta envíe correo.</translation>
    </message>
    <message>
        <source>This happens when Microsoft suspects the account of sending unwanted mail, for example after someone else learnt the password. Change your password. For an Outlook.com, Hotmail or Live address, sign in at outlook.com and follow the steps shown there to unblock the account. For a work or school address, your IT administrator can release it in the Microsoft Defender portal under Restricted entities.</source>
        <translation>Esto ocurre cuando Microsoft sospecha que la cuenta envía correo no deseado, por ejemplo después de que otra persona haya conocido la contraseña. Cambie su contraseña. Para una dirección de Outlook.com, Hotmail o Live, inicie sesión en outlook.com y siga los pasos que se muestran allí para desbloquear la cuenta. Para una dirección profesional o educativa, su administrador de TI puede liberarla en el portal de Microsoft Defender, en Entidades restringidas.</translation>
    </message>
    <message>
        <source>Outlook.com has stopped this account from sending mail.</source>
        <translation>Outlook.com ha impedido que esta cuenta envíe correo.</translation>
    </message>
    <message>
        <source>Outlook.com does this when it suspects an account of sending unwanted mail, or when a new account sends a lot before it is verified. Sign in at outlook.com in a browser and follow the steps shown there, such as confirming a code sent to your phone. If someone else may know your password, change it at account.microsoft.com. If sending stays blocked for more than a day, contact Microsoft support through Help on outlook.com.</source>
        <translation>Outlook.com lo hace cuando sospecha que una cuenta envía correo no deseado, o cuando una cuenta nueva envía mucho antes de estar verificada. Inicie sesión en outlook.com en un navegador y siga los pasos que se muestran allí, como confirmar un código enviado a su teléfono. Si otra persona puede conocer su contraseña, cámbiela en account.microsoft.com. Si el envío sigue bloqueado más de un día, póngase en contacto con el soporte de Microsoft a través de la Ayuda de outlook.com.</translation>
    </message>
    <message>
        <source>Microsoft 365 has stopped this mailbox from sending mail.</source>
        <translation>Microsoft 365 ha impedido que este buzón envíe correo.</translation>
    </message>
    <message>
        <source>Microsoft 365 blocks a mailbox that it suspects of sending unwanted mail, often because someone else has learnt the password. Change your password. Only your IT administrator can release the mailbox, after checking it for misuse; Mail Setup can write the request for them, with the exact commands.</source>
        <translation>Microsoft 365 bloquea un buzón del que sospecha que envía correo no deseado, a menudo porque otra persona ha conocido la contraseña. Cambie su contraseña. Solo su administrador de TI puede liberar el buzón, después de revisarlo; Mail Setup puede redactarle la solicitud, con los comandos exactos.</translation>
    </message>
    <message>
        <source>This mailbox has sent as much mail as Microsoft allows for now.</source>
        <translation>Este buzón ha enviado tanto correo como Microsoft permite por ahora.</translation>
    </message>
    <message>
        <source>Microsoft limits how many messages and recipients a mailbox may send in a day. Wait until the limit resets, which can take up to 24 hours, then run the check again. If the mailbox needs to send more than that, talk to your IT administrator.</source>
        <translation>Microsoft limita cuántos mensajes y destinatarios puede enviar un buzón al día. Espere a que se restablezca el límite, lo que puede tardar hasta 24 horas, y después vuelva a ejecutar la comprobación. Si el buzón necesita enviar más, hable con su administrador de TI.</translation>
    </message>
    <message>
        <source>Outlook.com limits how many messages and recipients an account may send in a day, and new accounts get lower limits at first. Wait until the limit resets, which can take up to 24 hours, then run the check again. If Outlook.com asks you to verify the account, do so at outlook.com: a verified account may send more.</source>
        <translation>Outlook.com limita cuántos mensajes y destinatarios puede enviar una cuenta al día, y las cuentas nuevas tienen al principio límites más bajos. Espere a que se restablezca el límite, lo que puede tardar hasta 24 horas, y después vuelva a ejecutar la comprobación. Si Outlook.com le pide que verifique la cuenta, hágalo en outlook.com: una cuenta verificada puede enviar más.</translation>
    </message>
    <message>
        <source>Microsoft 365 lets a mailbox send to at most 10,000 recipients a day and about 30 messages a minute. Wait until the limit resets, which can take up to 24 hours, then run the check again. If the mailbox really has to send more, ask your IT administrator about a service made for bulk mail.</source>
        <translation>Microsoft 365 deja que un buzón envíe como máximo a 10.000 destinatarios al día y unos 30 mensajes por minuto. Espere a que se restablezca el límite, lo que puede tardar hasta 24 horas, y después vuelva a ejecutar la comprobación. Si el buzón realmente tiene que enviar más, pregunte a su administrador de TI por un servicio pensado para envíos masivos.</translation>
    </message>
    <message>
        <source>Microsoft&apos;s server had a passing problem.</source>
        <translation>El servidor de Microsoft tuvo un problema pasajero.</translation>
    </message>
    <message>
        <source>Nothing is wrong with your settings. Wait a few minutes and run the check again. If it still fails hours later, Microsoft&apos;s service status page may say more.</source>
        <translation>Su configuración no tiene ningún problema. Espere unos minutos y vuelva a ejecutar la comprobación. Si sigue fallando horas después, puede que la página de estado de los servicios de Microsoft diga más.</translation>
    </message>
    <message>
        <source>The mail server is not taking connections at the moment.</source>
        <translation>El servidor de correo no está aceptando conexiones en este momento.</translation>
    </message>
    <message>
        <source>Nothing is wrong with your settings or your account: the server turned the connection away before Mail Setup could sign in, as servers do while they are busy or being maintained. Wait a few minutes and run the check again. If it still fails an hour later, Microsoft&apos;s service status page may say more.</source>
        <translation>Su configuración y su cuenta no tienen ningún problema: el servidor rechazó la conexión antes de que Mail Setup pudiera iniciar sesión, como hacen los servidores cuando están ocupados o en mantenimiento. Espere unos minutos y vuelva a ejecutar la comprobación. Si sigue fallando una hora después, puede que la página de estado de los servicios de Microsoft diga más.</translation>
    </message>
    <message>
        <source>The connection used an old kind of encryption that Microsoft no longer accepts.</source>
        <translation>La conexión usó un tipo de cifrado antiguo que Microsoft ya no acepta.</translation>
    </message>
    <message>
        <source>Microsoft needs TLS 1.2 or newer. Update the system and Mail Setup, and check for security software that inspects encrypted connections, since it can cause this too. If the problem stays, please report it to the makers of Mail Setup with the details below.</source>
        <translation>Microsoft necesita TLS 1.2 o posterior. Actualice el sistema y Mail Setup, y busque algún software de seguridad que inspeccione las conexiones cifradas, porque también puede causarlo. Si el problema continúa, le rogamos que lo comunique a los desarrolladores de Mail Setup con los detalles de abajo.</translation>
    </message>
    <message>
        <source>The test message was turned away and not delivered.</source>
        <translation>El mensaje de prueba fue rechazado y no se entregó.</translation>
    </message>
    <message>
        <source>A server on the way refused the message; its own words are in the details below. Signing in worked, so the settings are right. Ask the administrator of the sending domain to look at the reason: common ones are the domain&apos;s SPF, DKIM or DMARC records, or a block on the sending server&apos;s address.</source>
        <translation>Un servidor del camino rechazó el mensaje; sus propias palabras están en los detalles de abajo. El inicio de sesión funcionó, así que la configuración es correcta. Pida al administrador del dominio de envío que revise el motivo: los habituales son los registros SPF, DKIM o DMARC del dominio, o un bloqueo de la dirección del servidor de envío.</translation>
    </message>
    <message>
        <source>A server on the way refused the message; its own words are in the details below. Signing in worked, so the settings are right. If the words speak of an address that does not exist, check the address. If they speak of spam or of the sending server&apos;s reputation, wait a few hours and try again; if it keeps happening, contact Microsoft support through Help on outlook.com.</source>
        <translation>Un servidor del camino rechazó el mensaje; sus propias palabras están en los detalles de abajo. El inicio de sesión funcionó, así que la configuración es correcta. Si esas palabras hablan de una dirección que no existe, compruebe la dirección. Si hablan de spam o de la reputación del servidor de envío, espere unas horas e inténtelo de nuevo; si sigue ocurriendo, póngase en contacto con el soporte de Microsoft a través de la Ayuda de outlook.com.</translation>
    </message>
    <message>
        <source>Microsoft 365 no longer accepts a password for sending mail from this device or app.</source>
        <translation>Microsoft 365 ya no acepta contraseñas para enviar correo desde este dispositivo o esta aplicación.</translation>
    </message>
    <message>
        <source>The device or app signed in to send mail with a user name and a password. Exchange Online switches that off, by default from the end of December 2026 and for good in 2027, and app passwords do not help. Choose the sign-in method called OAuth2 or Modern Authentication in the app. A printer, scanner or older app that cannot do that can send through a relay that signs in with Microsoft on its behalf, and your IT administrator can set up a connector for it instead.</source>
        <translation>El dispositivo o la aplicación inició sesión para enviar correo con un nombre de usuario y una contraseña. Exchange Online lo desactiva, de forma predeterminada a partir de finales de diciembre de 2026 y definitivamente en 2027, y las contraseñas de aplicación no sirven. Elija en la aplicación el método de inicio de sesión llamado OAuth2 o Autenticación moderna. Una impresora, un escáner o una aplicación antigua que no pueda hacerlo puede enviar a través de un relé que inicia sesión con Microsoft en su nombre, y su administrador de TI puede configurar en su lugar un conector para ella.</translation>
    </message>
    <message>
        <source>Your organisation&apos;s security defaults do not let mail apps send with a password.</source>
        <translation>Los valores predeterminados de seguridad de su organización no dejan que las aplicaciones de correo envíen con contraseña.</translation>
    </message>
    <message>
        <source>Your organisation has Microsoft&apos;s security defaults switched on, and while they are, Exchange Online refuses every device or app that signs in to send with a user name and a password, whatever else is set. Choose the sign-in method called OAuth2 or Modern Authentication in the app if it has one. If it has not, only your IT administrator can help, by replacing the security defaults with Conditional Access rules; Mail Setup can write the request for them.</source>
        <translation>Su organización tiene activados los valores predeterminados de seguridad de Microsoft y, mientras lo estén, Exchange Online rechaza todo dispositivo o aplicación que inicie sesión para enviar con un nombre de usuario y una contraseña, sea cual sea el resto de la configuración. Elija en la aplicación el método de inicio de sesión llamado OAuth2 o Autenticación moderna si lo tiene. Si no, solo su administrador de TI puede ayudar, sustituyendo los valores predeterminados de seguridad por reglas de acceso condicional; Mail Setup puede redactarle la solicitud.</translation>
    </message>
    <message>
        <source>Your organisation turns away mail that a device sends to it without signing in.</source>
        <translation>Su organización rechaza el correo que un dispositivo le envía sin iniciar sesión.</translation>
    </message>
    <message>
        <source>The device or app sends straight to your organisation&apos;s mail servers without a sign-in (direct send), and your organisation has switched that off, as Microsoft recommends. If the device can sign in with OAuth2 or Modern Authentication, set it to send through smtp.office365.com on port 587 that way. Otherwise only your IT administrator can let its mail in, best with a connector for the device&apos;s network address; Mail Setup can write the request for them.</source>
        <translation>El dispositivo o la aplicación envía directamente a los servidores de correo de su organización sin iniciar sesión (envío directo), y su organización lo ha desactivado, como recomienda Microsoft. Si el dispositivo puede iniciar sesión con OAuth2 o Autenticación moderna, configúrelo para que envíe así a través de smtp.office365.com en el puerto 587. Si no, solo su administrador de TI puede dejar entrar su correo, mejor con un conector para la dirección de red del dispositivo; Mail Setup puede redactarle la solicitud.</translation>
    </message>
    <message>
        <source>A mailbox is full, so the message could not be sent or delivered.</source>
        <translation>Un buzón está lleno, así que el mensaje no se pudo enviar ni entregar.</translation>
    </message>
    <message>
        <source>Microsoft stops a mailbox that is over its storage limit from sending, and later from receiving. If it is your own mailbox, delete messages you do not need, large ones first, and empty the Deleted Items and Junk Email folders, then run the check again. If the bounce names someone else&apos;s mailbox, only they can make room in it.</source>
        <translation>Microsoft impide enviar a un buzón que supera su límite de almacenamiento, y más tarde también recibir. Si es su propio buzón, elimine los mensajes que no necesite, los grandes primero, y vacíe las carpetas Elementos eliminados y Correo no deseado; después vuelva a ejecutar la comprobación. Si el aviso de no entrega nombra el buzón de otra persona, solo esa persona puede hacer sitio en él.</translation>
    </message>
    <message>
        <source>Outlook.com&apos;s storage is shared with OneDrive: see what uses it at outlook.com, under Settings &gt; General &gt; Storage. Delete messages you do not need, large ones first, empty the Deleted Items and Junk Email folders, and remove large files from OneDrive if that is what fills it; then run the check again. If the bounce names someone else&apos;s mailbox, only they can make room in it.</source>
        <translation>El almacenamiento de Outlook.com se comparte con OneDrive: vea qué lo ocupa en outlook.com, en Configuración &gt; General &gt; Almacenamiento. Elimine los mensajes que no necesite, los grandes primero, vacíe las carpetas Elementos eliminados y Correo no deseado, y quite los archivos grandes de OneDrive si son ellos los que lo llenan; después vuelva a ejecutar la comprobación. Si el aviso de no entrega nombra el buzón de otra persona, solo esa persona puede hacer sitio en él.</translation>
    </message>
    <message>
        <source>If it is your own mailbox, delete messages you do not need, large ones first, and empty the Deleted Items folder, then run the check again. If that cannot free enough, your IT administrator can raise the mailbox&apos;s limit or switch on an archive mailbox. If the bounce names someone else&apos;s mailbox, only they can make room in it.</source>
        <translation>Si es su propio buzón, elimine los mensajes que no necesite, los grandes primero, y vacíe la carpeta Elementos eliminados; después vuelva a ejecutar la comprobación. Si así no se libera bastante espacio, su administrador de TI puede aumentar el límite del buzón o activar un buzón de archivo. Si el aviso de no entrega nombra el buzón de otra persona, solo esa persona puede hacer sitio en él.</translation>
    </message>
    <message>
        <source>The outgoing mail server cannot send from this email address.</source>
        <translation>El servidor de salida no puede enviar desde esta dirección de correo electrónico.</translation>
    </message>
    <message>
        <source>The part of the address before the @ has letters that this server does not accept in an address: it would need the SMTPUTF8 extension, which it does not offer. Signing in worked. Ask the people who run your email whether the mailbox also has an address with plain letters (a to z, digits, dots), and set up that one, or whether the server can be given SMTPUTF8.</source>
        <translation>La parte de la dirección antes de la @ tiene letras que este servidor no acepta en una dirección: necesitaría la extensión SMTPUTF8, que no ofrece. El inicio de sesión funcionó. Pregunte a quienes gestionan su correo si el buzón tiene también una dirección con letras sencillas (de la a a la z, dígitos, puntos), y configure esa, o si el servidor puede tener SMTPUTF8.</translation>
    </message>
    <message>
        <source>The mail server&apos;s name could not be found.</source>
        <translation>No se encontró el nombre del servidor de correo.</translation>
    </message>
    <message>
        <source>Check that the computer is connected to the internet, for example by opening a web page. If it is, the network may have trouble looking up names: restart the router or try another network, then run the check again.</source>
        <translation>Compruebe que el equipo esté conectado a Internet, por ejemplo abriendo una página web. Si lo está, puede que la red tenga problemas para buscar nombres: reinicie el router o pruebe otra red, y después vuelva a ejecutar la comprobación.</translation>
    </message>
    <message>
        <source>The connection to the mail server was refused.</source>
        <translation>Se rechazó la conexión con el servidor de correo.</translation>
    </message>
    <message>
        <source>Something between this computer and Microsoft turned the connection away, often a firewall or security program that blocks mail. Check the firewall and antivirus settings or try another network, then run the check again.</source>
        <translation>Algo entre este equipo y Microsoft rechazó la conexión, a menudo un cortafuegos o un programa de seguridad que bloquea el correo. Revise la configuración del cortafuegos y del antivirus o pruebe otra red, y después vuelva a ejecutar la comprobación.</translation>
    </message>
    <message>
        <source>The mail server could not be reached in time.</source>
        <translation>No se pudo llegar a tiempo al servidor de correo.</translation>
    </message>
    <message>
        <source>Check the internet connection. Some networks, such as those of offices, hotels and schools, and some home routers or antivirus programs, block the mail ports 587 and 993. Try another network, for example a phone&apos;s hotspot, to find out, and ask the owner of the network to allow these ports.</source>
        <translation>Compruebe la conexión a Internet. Algunas redes, como las de oficinas, hoteles y centros educativos, y algunos routers domésticos o antivirus, bloquean los puertos de correo 587 y 993. Pruebe otra red, por ejemplo la zona Wi-Fi de un teléfono, para averiguarlo, y pida al propietario de la red que permita esos puertos.</translation>
    </message>
    <message>
        <source>A secure connection to the mail server could not be set up.</source>
        <translation>No se pudo establecer una conexión segura con el servidor de correo.</translation>
    </message>
    <message>
        <source>Check that the computer&apos;s date and time are right, then run the check again. If it keeps failing, try another network: some networks and security programs get in the way of encrypted connections.</source>
        <translation>Compruebe que la fecha y la hora del equipo sean correctas, y vuelva a ejecutar la comprobación. Si sigue fallando, pruebe otra red: algunas redes y programas de seguridad interfieren en las conexiones cifradas.</translation>
    </message>
    <message>
        <source>Mail Setup could not confirm that it was talking to the real mail server.</source>
        <translation>Mail Setup no pudo confirmar que hablaba con el servidor de correo auténtico.</translation>
    </message>
    <message>
        <source>Usually something between this computer and Microsoft looks inside encrypted connections, such as antivirus software or a company proxy, or the computer&apos;s date and time are wrong. Check the date and time, try another network, and ask whoever runs the security software or the network to let mail connections to Microsoft through untouched. Do not accept the connection anyway: your sign-in could be read by others.</source>
        <translation>Normalmente, algo entre este equipo y Microsoft mira dentro de las conexiones cifradas, como un antivirus o un proxy de empresa, o bien la fecha y la hora del equipo son incorrectas. Compruebe la fecha y la hora, pruebe otra red y pida a quien gestione el software de seguridad o la red que deje pasar intactas las conexiones de correo con Microsoft. No acepte la conexión de todos modos: otros podrían leer su inicio de sesión.</translation>
    </message>
    <message>
        <source>The mail server did not offer encryption, so Mail Setup did not send your sign-in.</source>
        <translation>El servidor de correo no ofreció cifrado, así que Mail Setup no envió su inicio de sesión.</translation>
    </message>
    <message>
        <source>Microsoft&apos;s servers always offer encryption, so something on the network has probably removed it. Try another network, and check for security software or a proxy that handles mail connections.</source>
        <translation>Los servidores de Microsoft siempre ofrecen cifrado, así que probablemente algo en la red lo ha quitado. Pruebe otra red y busque algún software de seguridad o proxy que trate las conexiones de correo.</translation>
    </message>
    <message>
        <source>The mail server ended the connection unexpectedly.</source>
        <translation>El servidor de correo cerró la conexión de forma inesperada.</translation>
    </message>
    <message>
        <source>This is often a passing problem. Wait a minute and run the check again. If it keeps happening, try another network: some networks and security programs cut mail connections.</source>
        <translation>Suele ser un problema pasajero. Espere un minuto y vuelva a ejecutar la comprobación. Si sigue ocurriendo, pruebe otra red: algunas redes y programas de seguridad cortan las conexiones de correo.</translation>
    </message>
    <message>
        <source>The mail server stopped answering.</source>
        <translation>El servidor de correo dejó de responder.</translation>
    </message>
    <message>
        <source>The connection was made, but no answer came in time. Wait a minute and run the check again; if it keeps happening, try another network.</source>
        <translation>Se estableció la conexión, pero no llegó ninguna respuesta a tiempo. Espere un minuto y vuelva a ejecutar la comprobación; si sigue ocurriendo, pruebe otra red.</translation>
    </message>
    <message>
        <source>The test message was sent but did not arrive in your inbox in time.</source>
        <translation>El mensaje de prueba se envió pero no llegó a tiempo a su bandeja de entrada.</translation>
    </message>
    <message>
        <source>Sending and signing in work. Delivery can be slow at busy times: wait a few minutes and look in your inbox and in the junk email folder. If the message never arrives, a rule in your mailbox may move or delete it, or your organisation may hold it for checking; your IT administrator can trace it by its Message-ID, shown below.</source>
        <translation>El envío y el inicio de sesión funcionan. La entrega puede ser lenta en horas de mucho tráfico: espere unos minutos y mire en su bandeja de entrada y en la carpeta de correo no deseado. Si el mensaje no llega nunca, puede que una regla de su buzón lo mueva o lo elimine, o que su organización lo retenga para revisarlo; su administrador de TI puede rastrearlo por su Message-ID, que se muestra abajo.</translation>
    </message>
    <message>
        <source>Sending and signing in work. Delivery can be slow at busy times: wait a few minutes and look in your inbox and in the Junk Email folder. If the message never arrives, a rule in Outlook.com may move or delete it: look at outlook.com, under Settings &gt; Mail &gt; Rules.</source>
        <translation>El envío y el inicio de sesión funcionan. La entrega puede ser lenta en horas de mucho tráfico: espere unos minutos y mire en su bandeja de entrada y en la carpeta Correo no deseado. Si el mensaje no llega nunca, puede que una regla de Outlook.com lo mueva o lo elimine: mire en outlook.com, en Configuración &gt; Correo &gt; Reglas.</translation>
    </message>
    <message>
        <source>The server answered in a way that Mail Setup did not expect.</source>
        <translation>El servidor respondió de una forma que Mail Setup no esperaba.</translation>
    </message>
    <message>
        <source>Check that the server names and ports in the settings are the ones Mail Setup suggests. A network that sends you to its own sign-in page, as in hotels and airports, can also cause this. If neither explains it, please report it to the makers of Mail Setup with the details below.</source>
        <translation>Compruebe que los nombres de servidor y los puertos de la configuración sean los que sugiere Mail Setup. Una red que le lleva a su propia página de inicio de sesión, como en hoteles y aeropuertos, también puede causarlo. Si nada de eso lo explica, le rogamos que lo comunique a los desarrolladores de Mail Setup con los detalles de abajo.</translation>
    </message>
    <message>
        <source>The email address cannot be used as it is written.</source>
        <translation>La dirección de correo electrónico no se puede usar tal como está escrita.</translation>
    </message>
    <message>
        <source>Check the address for typing mistakes: an email address has one @ and no spaces, quotation marks, angle brackets, backslashes or control characters. Correct it and start again.</source>
        <translation>Compruebe que la dirección no tenga errores de escritura: una dirección de correo electrónico tiene una sola @ y no tiene espacios, comillas, corchetes angulares, barras invertidas ni caracteres de control. Corríjala y empiece de nuevo.</translation>
    </message>
    <message>
        <source>Something went wrong that Mail Setup does not recognise.</source>
        <translation>Algo falló que Mail Setup no reconoce.</translation>
    </message>
    <message>
        <source>Run the check again. If it fails the same way, please pass the details below to your IT administrator or to the makers of Mail Setup: the server&apos;s own words usually tell them what happened.</source>
        <translation>Vuelva a ejecutar la comprobación. Si falla de la misma forma, le rogamos que pase los detalles de abajo a su administrador de TI o a los desarrolladores de Mail Setup: las propias palabras del servidor suelen decirles qué pasó.</translation>
    </message>
    <message>
        <source>Whoever runs this mail server</source>
        <translation>Quien gestione este servidor de correo</translation>
    </message>
    <message>
        <source>Incoming mail server (IMAP): %1, port %2.</source>
        <translation>Servidor de entrada (IMAP): %1, puerto %2.</translation>
    </message>
    <message>
        <source>Outgoing mail server (SMTP): %1, port %2.</source>
        <translation>Servidor de salida (SMTP): %1, puerto %2.</translation>
    </message>
    <message>
        <source>Microsoft&apos;s sign-in service: %1.</source>
        <translation>Servicio de inicio de sesión de Microsoft: %1.</translation>
    </message>
    <message>
        <source>Server: %1, port %2.</source>
        <translation>Servidor: %1, puerto %2.</translation>
    </message>
    <message>
        <source>Server: %1.</source>
        <translation>Servidor: %1.</translation>
    </message>
    <message numerus="yes">
        <source>Mail Setup waited %n second(s).</source>
        <translation>
            <numerusform>Mail Setup esperó %n segundo.</numerusform>
            <numerusform>Mail Setup esperó %n segundos.</numerusform>
        </translation>
    </message>
    <message>
        <source>The relay for your devices did not start on this computer.</source>
        <translation>El relé para sus dispositivos no se inició en este equipo.</translation>
    </message>
    <message>
        <source>Try again. If it fails the same way, the relay&apos;s own words below say why: most often the sign-in is not saved on this computer, or the keychain is locked. Sign in again with Mail Setup, unlock the keychain, and try once more.</source>
        <translation>Inténtelo de nuevo. Si falla igual, las palabras del propio relé, abajo, dicen por qué: casi siempre el inicio de sesión no está guardado en este equipo o el llavero está bloqueado. Vuelva a iniciar sesión con Mail Setup, desbloquee el llavero e inténtelo otra vez.</translation>
    </message>
    <message>
        <source>Another program already uses the relay&apos;s port on this computer.</source>
        <translation>Otro programa ya usa el puerto del relé en este equipo.</translation>
    </message>
    <message>
        <source>Another program, or a relay that sends for another account, answers on the port the relay needs. Stop that program (or that relay, with &quot;mailsetup relay remove-service&quot; or by ending it), then try again.</source>
        <translation>Otro programa, o un relé que envía para otra cuenta, responde en el puerto que necesita el relé. Detenga ese programa (o ese relé, con &quot;mailsetup relay remove-service&quot; o terminándolo) y vuelva a intentarlo.</translation>
    </message>
</context>
<context>
    <name>DiagnosisView</name>
    <message>
        <source>What went wrong</source>
        <translation>Qué falló</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Shows or hides what the server said, for a helpdesk.</source>
        <translation>Muestra u oculta lo que respondió el servidor, para el soporte técnico.</translation>
    </message>
    <message>
        <source>Details for the helpdesk</source>
        <translation>Detalles para el soporte técnico</translation>
    </message>
    <message>
        <source>What the server or Microsoft&apos;s sign-in said, word for word.</source>
        <translation>Lo que respondió el servidor o el inicio de sesión de Microsoft, palabra por palabra.</translation>
    </message>
    <message>
        <source>Sign in &amp;again</source>
        <translation>&amp;Volver a iniciar sesión</translation>
    </message>
    <message>
        <source>Opens Microsoft&apos;s sign-in page in your browser once more.</source>
        <translation>Abre una vez más la página de inicio de sesión de Microsoft en el navegador.</translation>
    </message>
    <message>
        <source>&amp;Use another account</source>
        <translation>&amp;Usar otra cuenta</translation>
    </message>
    <message>
        <source>Opens Microsoft&apos;s sign-in page so that you can choose the account of the address you are setting up.</source>
        <translation>Abre la página de inicio de sesión de Microsoft para que pueda elegir la cuenta de la dirección que está configurando.</translation>
    </message>
    <message>
        <source>Copy a message for your &amp;IT administrator</source>
        <translation>Copiar un mensaje para su administrador de &amp;TI</translation>
    </message>
    <message>
        <source>Puts a message on the clipboard that tells your IT administrator exactly what to change.</source>
        <translation>Pone en el portapapeles un mensaje que le dice a su administrador de TI exactamente qué cambiar.</translation>
    </message>
    <message>
        <source>Show me &amp;how to switch on IMAP</source>
        <translation>&amp;Enseñarme cómo activar IMAP</translation>
    </message>
    <message>
        <source>Goes back to the page that shows how to switch on IMAP in Outlook.com.</source>
        <translation>Vuelve a la página que muestra cómo activar IMAP en Outlook.com.</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>Pr&amp;obar de nuevo</translation>
    </message>
    <message>
        <source>Runs again only the checks that failed.</source>
        <translation>Vuelve a ejecutar solo las comprobaciones que fallaron.</translation>
    </message>
    <message>
        <source>Who can fix this: %1</source>
        <translation>Quién puede solucionarlo: %1</translation>
    </message>
    <message>
        <source>Hide &amp;details</source>
        <translation>Ocultar &amp;detalles</translation>
    </message>
    <message>
        <source>Show &amp;details</source>
        <translation>Mostrar &amp;detalles</translation>
    </message>
    <message>
        <source>Hide details</source>
        <translation>Ocultar detalles</translation>
    </message>
    <message>
        <source>Show details</source>
        <translation>Mostrar detalles</translation>
    </message>
    <message>
        <source>Your IT administrator can make the change in Microsoft Graph PowerShell:</source>
        <translation>Su administrador de TI puede hacer el cambio en Microsoft Graph PowerShell:</translation>
    </message>
    <message>
        <source>Your IT administrator can make the change in Exchange Online PowerShell:</source>
        <translation>Su administrador de TI puede hacer el cambio en Exchange Online PowerShell:</translation>
    </message>
    <message>
        <source>Commands for your IT administrator</source>
        <translation>Órdenes para su administrador de TI</translation>
    </message>
    <message>
        <source>The commands are on the clipboard.</source>
        <translation>Las órdenes están en el portapapeles.</translation>
    </message>
</context>
<context>
    <name>EmailAddress</name>
    <message>
        <source>An email address has no spaces in it.</source>
        <translation>Una dirección de correo electrónico no tiene espacios.</translation>
    </message>
    <message>
        <source>Type the whole address, with the @ and the part after it, for example name@outlook.com.</source>
        <translation>Escriba la dirección completa, con la @ y lo que va detrás, por ejemplo nombre@outlook.com.</translation>
    </message>
    <message>
        <source>An email address has only one @ in it.</source>
        <translation>Una dirección de correo electrónico tiene una sola @.</translation>
    </message>
    <message>
        <source>Type the part before the @ too, for example name@outlook.com.</source>
        <translation>Escriba también la parte antes de la @, por ejemplo nombre@outlook.com.</translation>
    </message>
    <message>
        <source>The part before the @ has a character that email addresses cannot have, or a dot at its start, at its end or twice in a row.</source>
        <translation>La parte antes de la @ tiene un carácter que no puede tener una dirección de correo electrónico, o un punto al principio, al final o dos veces seguidas.</translation>
    </message>
    <message>
        <source>The part before the @ is too long for an email address.</source>
        <translation>La parte antes de la @ es demasiado larga para una dirección de correo electrónico.</translation>
    </message>
    <message>
        <source>Type the part after the @ too, for example outlook.com.</source>
        <translation>Escriba también la parte después de la @, por ejemplo outlook.com.</translation>
    </message>
    <message>
        <source>The part after the @ is not complete: it needs a dot and an ending, for example outlook.com.</source>
        <translation>La parte después de la @ no está completa: necesita un punto y una terminación, por ejemplo outlook.com.</translation>
    </message>
    <message>
        <source>The part after the @ is not a domain name that can exist. Check it for typing mistakes.</source>
        <translation>La parte después de la @ no es un nombre de dominio que pueda existir. Compruebe que no tenga errores de escritura.</translation>
    </message>
    <message>
        <source>This is too long for an email address.</source>
        <translation>Esto es demasiado largo para una dirección de correo electrónico.</translation>
    </message>
</context>
<context>
    <name>Enrolment</name>
    <message>
        <source>There is no sign-in to keep.</source>
        <translation>No hay ningún inicio de sesión que guardar.</translation>
    </message>
    <message>
        <source>The sign-in could not be kept in %1. %2</source>
        <translation>El inicio de sesión no se pudo guardar %1. %2</translation>
    </message>
    <message>
        <source>Technical detail: %1</source>
        <translation>Detalle técnico: %1</translation>
    </message>
    <message>
        <source>The account settings could not be written to %1.</source>
        <translation>No se pudo escribir la configuración de la cuenta en %1.</translation>
    </message>
    <message>
        <source>No sign-in is kept for %1 on this computer.</source>
        <translation>No hay ningún inicio de sesión guardado para %1 en este equipo.</translation>
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
        <translation>Códigos de salida:
  0  todo funcionó
  1  error interno de Mail Setup
  2  argumentos o archivos de entrada incorrectos
  3  hace falta iniciar sesión o el inicio de sesión falló
  4  problema de red o servidor no disponible (búsqueda del nombre, conexión, tiempo agotado)
  5  problema de cifrado (TLS) o de certificado
  6  el servidor rechazó la cuenta
  7  el mensaje de prueba no se pudo enviar o no llegó
  8  el llavero no está disponible
</translation>
    </message>
</context>
<context>
    <name>HelpdeskReport</name>
    <message>
        <source>personal Microsoft account (Outlook.com)</source>
        <translation>cuenta personal de Microsoft (Outlook.com)</translation>
    </message>
    <message>
        <source>work or school account (Microsoft 365)</source>
        <translation>cuenta profesional o educativa (Microsoft 365)</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>Mail Setup report for %1</source>
        <translation>Informe de Mail Setup para %1</translation>
    </message>
    <message>
        <source>The account works: it can receive and send e-mail.</source>
        <translation>La cuenta funciona: puede recibir y enviar correo electrónico.</translation>
    </message>
    <message>
        <source>The account does not work yet. The report below says what failed and who can fix it.</source>
        <translation>La cuenta todavía no funciona. El informe de abajo indica qué falló y quién puede solucionarlo.</translation>
    </message>
    <message>
        <source>Nothing was checked yet.</source>
        <translation>Todavía no se ha comprobado nada.</translation>
    </message>
    <message>
        <source>The account</source>
        <translation>La cuenta</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Kind of account</source>
        <translation>Tipo de cuenta</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Proveedor</translation>
    </message>
    <message>
        <source>Signed in as</source>
        <translation>Sesión iniciada como</translation>
    </message>
    <message>
        <source>Tenant ID</source>
        <translation>Id. de inquilino</translation>
    </message>
    <message>
        <source>Application (client) ID</source>
        <translation>Id. de aplicación (cliente)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>What went wrong</source>
        <translation>Qué falló</translation>
    </message>
    <message>
        <source>Who can fix it</source>
        <translation>Quién puede solucionarlo</translation>
    </message>
    <message>
        <source>Diagnosis code</source>
        <translation>Código de diagnóstico</translation>
    </message>
    <message>
        <source>AADSTS code</source>
        <translation>Código AADSTS</translation>
    </message>
    <message>
        <source>Trace ID</source>
        <translation>Id. de seguimiento</translation>
    </message>
    <message>
        <source>Correlation ID</source>
        <translation>Id. de correlación</translation>
    </message>
    <message>
        <source>The server said:</source>
        <translation>El servidor respondió:</translation>
    </message>
    <message>
        <source>A message for your IT administrator</source>
        <translation>Un mensaje para su administrador de TI</translation>
    </message>
    <message>
        <source>What was checked</source>
        <translation>Qué se comprobó</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Paso</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tiempo</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>correcto</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>falló</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Incoming mail (IMAP, %1)</source>
        <translation>Correo entrante (IMAP, %1)</translation>
    </message>
    <message>
        <source>Outgoing mail (SMTP, %1)</source>
        <translation>Correo saliente (SMTP, %1)</translation>
    </message>
    <message>
        <source>The test message arrived in the inbox after %1 ms.</source>
        <translation>El mensaje de prueba llegó a la bandeja de entrada después de %1 ms.</translation>
    </message>
    <message>
        <source>The test message was sent but was not seen in the inbox.</source>
        <translation>El mensaje de prueba se envió, pero no se vio en la bandeja de entrada.</translation>
    </message>
    <message>
        <source>The test message could not be sent.</source>
        <translation>El mensaje de prueba no se pudo enviar.</translation>
    </message>
    <message>
        <source>What was said with the servers (secrets removed)</source>
        <translation>Lo que se habló con los servidores (sin los secretos)</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Este equipo</translation>
    </message>
    <message>
        <source>Report created</source>
        <translation>Informe creado</translation>
    </message>
    <message>
        <source>Mail Setup version</source>
        <translation>Versión de Mail Setup</translation>
    </message>
    <message>
        <source>Qt version</source>
        <translation>Versión de Qt</translation>
    </message>
    <message>
        <source>Operating system</source>
        <translation>Sistema operativo</translation>
    </message>
    <message>
        <source>Kernel</source>
        <translation>Kernel</translation>
    </message>
    <message>
        <source>The report file %1 cannot be written.</source>
        <translation>No se puede escribir el archivo de informe %1.</translation>
    </message>
</context>
<context>
    <name>ImapSwitchPage</name>
    <message>
        <source>Switch on POP and IMAP</source>
        <translation>Activar POP e IMAP</translation>
    </message>
    <message>
        <source>Sign in at Outlook.com in your browser, or choose &quot;Open Outlook.com settings&quot; below, which takes you straight to step 3.</source>
        <translation>Inicie sesión en Outlook.com en el navegador, o elija abajo «Abrir la configuración de Outlook.com», que le lleva directamente al paso 3.</translation>
    </message>
    <message>
        <source>Choose Settings (the gear at the top right), then Mail, then Forwarding and IMAP. In newer versions of Outlook.com the page is called Sync email, with a part called POP and IMAP.</source>
        <translation>Elija Configuración (el engranaje de arriba a la derecha), luego Correo y luego Reenvío e IMAP. En las versiones más nuevas de Outlook.com la página se llama Sincronizar correo electrónico, con una parte llamada POP e IMAP.</translation>
    </message>
    <message>
        <source>Switch on &quot;Let devices and apps use IMAP&quot;. If your mail app uses POP, switch on &quot;Let devices and apps use POP&quot; as well.</source>
        <translation>Active «Permitir que los dispositivos y las aplicaciones usen IMAP». Si su aplicación de correo usa POP, active también «Permitir que los dispositivos y las aplicaciones usen POP».</translation>
    </message>
    <message>
        <source>Choose Save.</source>
        <translation>Elija Guardar.</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation>Paso %1 de %2: %3</translation>
    </message>
    <message>
        <source>Picture of the Outlook.com settings</source>
        <translation>Imagen de la configuración de Outlook.com</translation>
    </message>
    <message>
        <source>The numbers in the picture match the steps: 1 the gear, 2 Mail and Forwarding and IMAP, 3 the switch, turned on, 4 the Save button.</source>
        <translation>Los números de la imagen corresponden a los pasos: 1 el engranaje, 2 Correo y Reenvío e IMAP, 3 el interruptor, activado, 4 el botón Guardar.</translation>
    </message>
    <message>
        <source>&amp;Open Outlook.com settings</source>
        <translation>A&amp;brir la configuración de Outlook.com</translation>
    </message>
    <message>
        <source>Opens the POP and IMAP settings of Outlook.com in your browser. Sign in there if Outlook.com asks.</source>
        <translation>Abre la configuración de POP e IMAP de Outlook.com en el navegador. Inicie sesión allí si Outlook.com lo pide.</translation>
    </message>
    <message>
        <source>If the button does not open the right page, follow the steps above: the way through the settings always works.</source>
        <translation>Si el botón no abre la página correcta, siga los pasos de arriba: el camino por la configuración siempre funciona.</translation>
    </message>
    <message>
        <source>For a work or school account, your IT administrator decides whether mail apps may use IMAP and POP; there is nothing to switch on here. If it is not allowed, the check will say so and help you ask for it.</source>
        <translation>Para una cuenta profesional o educativa, su administrador de TI decide si las aplicaciones de correo pueden usar IMAP y POP; aquí no hay nada que activar. Si no está permitido, la comprobación lo dirá y le ayudará a pedirlo.</translation>
    </message>
    <message>
        <source>I&apos;ve &amp;switched it on</source>
        <translation>Ya lo he acti&amp;vado</translation>
    </message>
    <message>
        <source>Outlook.com lets mail apps in only after you switch this on, once, in its settings.</source>
        <translation>Outlook.com solo deja entrar a las aplicaciones de correo después de que usted active esto, una vez, en su configuración.</translation>
    </message>
    <message>
        <source>Outlook.com&apos;s settings open in your browser. Come back here when you have saved.</source>
        <translation>La configuración de Outlook.com se abre en el navegador. Vuelva aquí cuando haya guardado.</translation>
    </message>
    <message>
        <source>Mail Setup could not open a browser. Open %1 in a browser yourself, or follow the steps above.</source>
        <translation>Mail Setup no pudo abrir ningún navegador. Abra usted mismo %1 en un navegador, o siga los pasos de arriba.</translation>
    </message>
    <message>
        <source>Goes on to the next step.</source>
        <translation>Pasa al paso siguiente.</translation>
    </message>
    <message>
        <source>Choose this once &quot;Let devices and apps use IMAP&quot; is on and saved. Mail Setup goes on to the sign-in.</source>
        <translation>Elija esto cuando «Permitir que los dispositivos y las aplicaciones usen IMAP» esté activado y guardado. Mail Setup pasa entonces al inicio de sesión.</translation>
    </message>
</context>
<context>
    <name>KeychainSecretStore</name>
    <message>
        <source>the macOS Keychain</source>
        <translation>en el llavero de macOS</translation>
    </message>
    <message>
        <source>Windows Credential Manager</source>
        <translation>en el Administrador de credenciales de Windows</translation>
    </message>
    <message>
        <source>the KDE Wallet</source>
        <translation>en la cartera de KDE</translation>
    </message>
    <message>
        <source>the Secret Service keyring</source>
        <translation>en el llavero de Secret Service</translation>
    </message>
    <message>
        <source>The keyring is locked, so it cannot tell whether it holds this secret.</source>
        <translation>El llavero está bloqueado, así que no puede decir si contiene este secreto.</translation>
    </message>
    <message>
        <source>The keyring is locked, so the secret may still be in it.</source>
        <translation>El llavero está bloqueado, así que puede que el secreto siga en él.</translation>
    </message>
</context>
<context>
    <name>MemorySecretStore</name>
    <message>
        <source>memory only, until Mail Setup closes</source>
        <translation>solo en memoria, hasta que se cierre Mail Setup</translation>
    </message>
    <message>
        <source>The keychain refused to store the secret.</source>
        <translation>El llavero se negó a guardar el secreto.</translation>
    </message>
    <message>
        <source>The secret is larger than the keychain takes.</source>
        <translation>El secreto es más grande de lo que admite el llavero.</translation>
    </message>
</context>
<context>
    <name>Preset</name>
    <message>
        <source>it must be a string</source>
        <translation>tiene que ser una cadena de texto</translation>
    </message>
    <message>
        <source>it must not be empty</source>
        <translation>no puede estar vacío</translation>
    </message>
    <message>
        <source>it must be a list of strings</source>
        <translation>tiene que ser una lista de cadenas de texto</translation>
    </message>
    <message>
        <source>it must be a string that is not empty</source>
        <translation>tiene que ser una cadena de texto no vacía</translation>
    </message>
    <message>
        <source>Your organisation has set up Mail Setup for addresses at %1 only, so %2 cannot be set up here. Ask your IT department if this address should work.</source>
        <translation>Su organización configuró Mail Setup solo para direcciones de %1, así que %2 no se puede configurar aquí. Pregunte a su departamento de TI si esta dirección debería funcionar.</translation>
    </message>
    <message>
        <source>The preset %1 cannot be used: %2.</source>
        <translation>No se puede usar el preajuste %1: %2.</translation>
    </message>
    <message>
        <source>The preset %1 cannot be used: the key &quot;%2&quot; is wrong: %3.</source>
        <translation>No se puede usar el preajuste %1: la clave «%2» es incorrecta: %3.</translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation>el archivo no existe</translation>
    </message>
    <message>
        <source>it is not a regular file</source>
        <translation>no es un archivo normal</translation>
    </message>
    <message>
        <source>the file cannot be read</source>
        <translation>el archivo no se puede leer</translation>
    </message>
    <message>
        <source>the file is larger than 64 KB</source>
        <translation>el archivo ocupa más de 64 KB</translation>
    </message>
    <message>
        <source>it is not JSON (%1 at byte %2)</source>
        <translation>no es JSON (%1 en el byte %2)</translation>
    </message>
    <message>
        <source>it must hold one JSON object</source>
        <translation>tiene que contener un único objeto JSON</translation>
    </message>
    <message>
        <source>there is no such key; the keys are %1</source>
        <translation>no existe esa clave; las claves son %1</translation>
    </message>
    <message>
        <source>it must be an application (client) ID such as 00000000-0000-0000-0000-000000000000</source>
        <translation>tiene que ser un Id. de aplicación (cliente) como 00000000-0000-0000-0000-000000000000</translation>
    </message>
    <message>
        <source>it must be a tenant ID, a domain of the tenant, or organizations, common or consumers</source>
        <translation>tiene que ser un Id. de inquilino, un dominio del inquilino, u organizations, common o consumers</translation>
    </message>
    <message>
        <source>it must be personal or work</source>
        <translation>tiene que ser personal o work</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a domain</source>
        <translation>«%1» no es un dominio</translation>
    </message>
    <message>
        <source>the list must name at least one domain</source>
        <translation>la lista tiene que nombrar al menos un dominio</translation>
    </message>
    <message>
        <source>give either provider or providerFile, not both</source>
        <translation>indique provider o providerFile, no ambos</translation>
    </message>
    <message>
        <source>it must be outlook or microsoft365</source>
        <translation>tiene que ser outlook o microsoft365</translation>
    </message>
    <message>
        <source>it must be true or false</source>
        <translation>tiene que ser true o false</translation>
    </message>
    <message>
        <source>it must be a language code such as de or fr_FR</source>
        <translation>tiene que ser un código de idioma como de o fr_FR</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a page that can be skipped; the pages that can be are %2</source>
        <translation>&quot;%1&quot; no es una página que se pueda omitir; las que se pueden omitir son %2</translation>
    </message>
</context>
<context>
    <name>ProbeStep</name>
    <message>
        <source>Finding the server</source>
        <translation>Buscando el servidor</translation>
    </message>
    <message>
        <source>Connecting to the server</source>
        <translation>Conectando con el servidor</translation>
    </message>
    <message>
        <source>Setting up encryption</source>
        <translation>Preparando el cifrado</translation>
    </message>
    <message>
        <source>Waiting for the server to answer</source>
        <translation>Esperando la respuesta del servidor</translation>
    </message>
    <message>
        <source>Asking what the server supports</source>
        <translation>Preguntando qué admite el servidor</translation>
    </message>
    <message>
        <source>Switching on encryption</source>
        <translation>Activando el cifrado</translation>
    </message>
    <message>
        <source>Signing in to your mailbox</source>
        <translation>Iniciando sesión en su buzón</translation>
    </message>
    <message>
        <source>Opening your inbox</source>
        <translation>Abriendo su bandeja de entrada</translation>
    </message>
    <message>
        <source>Sending a test message</source>
        <translation>Enviando un mensaje de prueba</translation>
    </message>
    <message>
        <source>Looking for the test message in your inbox</source>
        <translation>Buscando el mensaje de prueba en su bandeja de entrada</translation>
    </message>
    <message>
        <source>Closing the connection</source>
        <translation>Cerrando la conexión</translation>
    </message>
    <message>
        <source>Asking again what the server supports, now signed in</source>
        <translation>Preguntando de nuevo qué admite el servidor, ya con la sesión iniciada</translation>
    </message>
    <message>
        <source>Asking again what the server supports, now encrypted</source>
        <translation>Preguntando de nuevo qué admite el servidor, ya cifrado</translation>
    </message>
    <message>
        <source>Asking again what the server supports</source>
        <translation>Preguntando de nuevo qué admite el servidor</translation>
    </message>
    <message>
        <source>%1, once more</source>
        <extracomment>A step of the check that comes a second time; %1 is its name (&quot;Connecting to the server&quot;).</extracomment>
        <translation>%1, una vez más</translation>
    </message>
</context>
<context>
    <name>ProviderProfile</name>
    <message>
        <source>the key is missing</source>
        <translation>falta la clave</translation>
    </message>
    <message>
        <source>it must be an object</source>
        <translation>tiene que ser un objeto</translation>
    </message>
    <message>
        <source>it must be text</source>
        <translation>tiene que ser texto</translation>
    </message>
    <message>
        <source>it must not be empty</source>
        <translation>no puede estar vacío</translation>
    </message>
    <message>
        <source>it must be an http or https address</source>
        <translation>tiene que ser una dirección http o https</translation>
    </message>
    <message>
        <source>it must not contain a user name or password</source>
        <translation>no puede contener un nombre de usuario ni una contraseña</translation>
    </message>
    <message>
        <source>it must be an https address (plain http only to this computer: 127.0.0.1, ::1 or localhost)</source>
        <translation>tiene que ser una dirección https (http simple solo hacia este equipo: 127.0.0.1, ::1 o localhost)</translation>
    </message>
    <message>
        <source>it must be a host name or an IP address</source>
        <translation>tiene que ser un nombre de host o una dirección IP</translation>
    </message>
    <message>
        <source>it must be a whole number from 1 to 65535</source>
        <translation>tiene que ser un número entero de 1 a 65535</translation>
    </message>
    <message>
        <source>it must be &quot;tls&quot; or &quot;starttls&quot;</source>
        <translation>tiene que ser «tls» o «starttls»</translation>
    </message>
    <message>
        <source>The provider file %1 cannot be used: %2.</source>
        <translation>No se puede usar el archivo de proveedor %1: %2.</translation>
    </message>
    <message>
        <source>The provider file %1 cannot be used: the key &quot;%2&quot; is wrong: %3.</source>
        <translation>No se puede usar el archivo de proveedor %1: la clave «%2» es incorrecta: %3.</translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation>el archivo no existe</translation>
    </message>
    <message>
        <source>it is not a regular file but a folder, a device or a pipe</source>
        <translation>no es un archivo normal sino una carpeta, un dispositivo o una tubería</translation>
    </message>
    <message>
        <source>the file cannot be read</source>
        <translation>el archivo no se puede leer</translation>
    </message>
    <message>
        <source>the file is too large to be a provider profile</source>
        <translation>el archivo es demasiado grande para ser un perfil de proveedor</translation>
    </message>
    <message>
        <source>it is not valid JSON (%1 at character %2)</source>
        <translation>no es JSON válido (%1 en el carácter %2)</translation>
    </message>
    <message>
        <source>it must hold one JSON object</source>
        <translation>tiene que contener un único objeto JSON</translation>
    </message>
    <message>
        <source>it must be a list of scopes</source>
        <translation>tiene que ser una lista de ámbitos (scopes)</translation>
    </message>
    <message>
        <source>each scope must be one word of text</source>
        <translation>cada ámbito tiene que ser una sola palabra de texto</translation>
    </message>
    <message>
        <source>it must contain {domain} where the domain goes</source>
        <translation>tiene que contener {domain} donde va el dominio</translation>
    </message>
    <message>
        <source>it must be an http or https address with {domain} after the host name</source>
        <translation>tiene que ser una dirección http o https con {domain} después del nombre de host</translation>
    </message>
    <message>
        <source>the file %1 holds no PEM certificate</source>
        <translation>el archivo %1 no contiene ningún certificado PEM</translation>
    </message>
    <message>
        <source>the file %1 does not exist</source>
        <translation>el archivo %1 no existe</translation>
    </message>
    <message>
        <source>%1 is not a regular file but a folder, a device or a pipe</source>
        <translation>%1 no es un archivo normal sino una carpeta, un dispositivo o una tubería</translation>
    </message>
    <message>
        <source>the file %1 cannot be read</source>
        <translation>el archivo %1 no se puede leer</translation>
    </message>
    <message>
        <source>the file %1 is larger than %2 KB</source>
        <translation>el archivo %1 ocupa más de %2 KB</translation>
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
        <translation>Su cuenta está lista</translation>
    </message>
    <message>
        <source>These are the settings any mail app asks for. Copy them one by one into the app.</source>
        <translation>Esta es la configuración que pide cualquier aplicación de correo. Cópiela dato por dato en la aplicación.</translation>
    </message>
    <message>
        <source>Incoming mail (IMAP)</source>
        <translation>Servidor de entrada (IMAP)</translation>
    </message>
    <message>
        <source>IMAP</source>
        <translation>IMAP</translation>
    </message>
    <message>
        <source>Incoming mail (POP)</source>
        <translation>Servidor de entrada (POP)</translation>
    </message>
    <message>
        <source>POP</source>
        <translation>POP</translation>
    </message>
    <message>
        <source>Only if your app uses POP instead of IMAP.</source>
        <translation>Solo si su aplicación usa POP en lugar de IMAP.</translation>
    </message>
    <message>
        <source>Outgoing mail (SMTP)</source>
        <translation>Servidor de salida (SMTP)</translation>
    </message>
    <message>
        <source>SMTP</source>
        <translation>SMTP</translation>
    </message>
    <message>
        <source>Signing in</source>
        <translation>Inicio de sesión</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>Nombre de usuario:</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <source>Authentication:</source>
        <translation>Autenticación:</translation>
    </message>
    <message>
        <source>Authentication method</source>
        <translation>Método de autenticación</translation>
    </message>
    <message>
        <source>Choose OAuth2 in your mail app; some apps call it &quot;Sign in with Microsoft&quot; or &quot;Modern authentication&quot;. Your password will not work there, and neither will an app password: Microsoft no longer lets mail apps sign in with a password.</source>
        <translation>Elija OAuth2 en su aplicación de correo; algunas aplicaciones lo llaman «Iniciar sesión con Microsoft» o «Autenticación moderna». Su contraseña no funcionará ahí, ni tampoco una contraseña de aplicación: Microsoft ya no deja que las aplicaciones de correo inicien sesión con contraseña.</translation>
    </message>
    <message>
        <source>Save a &amp;report for the helpdesk…</source>
        <translation>Guardar un &amp;informe para el soporte técnico…</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Servidor:</translation>
    </message>
    <message>
        <source>%1 server</source>
        <translation>Servidor %1</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Puerto:</translation>
    </message>
    <message>
        <source>%1 port</source>
        <translation>Puerto %1</translation>
    </message>
    <message>
        <source>Encryption:</source>
        <translation>Cifrado:</translation>
    </message>
    <message>
        <source>%1 encryption</source>
        <translation>Cifrado %1</translation>
    </message>
    <message>
        <source>%1 is on the clipboard: %2</source>
        <translation>%1 está en el portapapeles: %2</translation>
    </message>
    <message>
        <source>OAuth2 (Sign in with Microsoft)</source>
        <translation>OAuth2 (Iniciar sesión con Microsoft)</translation>
    </message>
    <message>
        <source>%1 works: incoming and outgoing mail were checked.</source>
        <translation>%1 funciona: se comprobaron el correo entrante y el saliente.</translation>
    </message>
    <message>
        <source>Saving your sign-in…</source>
        <translation>Guardando su inicio de sesión…</translation>
    </message>
    <message>
        <source>Your sign-in could not be saved, so you will have to sign in again next time. What went wrong: %1</source>
        <translation>Su inicio de sesión no se pudo guardar, así que tendrá que volver a iniciar sesión la próxima vez. Qué falló: %1</translation>
    </message>
    <message>
        <source>Your sign-in is kept in %1. Mail Setup never saves your password: Microsoft does not give it out.</source>
        <translation>Su inicio de sesión se guarda %1. Mail Setup nunca guarda su contraseña: Microsoft no la entrega.</translation>
    </message>
    <message>
        <source>Save settings for &amp;another app…</source>
        <translation>Guardar la configuración para &amp;otra aplicación…</translation>
    </message>
    <message>
        <source>Saves these settings as a file that Thunderbird and other mail apps can read (Mozilla autoconfig).</source>
        <translation>Guarda esta configuración en un archivo que Thunderbird y otras aplicaciones de correo pueden leer (Mozilla autoconfig).</translation>
    </message>
    <message>
        <source>Command that checks the account again</source>
        <translation>Orden que vuelve a comprobar la cuenta</translation>
    </message>
    <message>
        <source>The command is on the clipboard.</source>
        <translation>La orden está en el portapapeles.</translation>
    </message>
    <message>
        <source>Saves what Mail Setup did and found as a web page, without any password or token, for whoever helps you with your mail.</source>
        <translation>Guarda lo que Mail Setup hizo y encontró como una página web, sin ninguna contraseña ni token, para quien le ayude con su correo.</translation>
    </message>
    <message>
        <source>Incoming mail works for %1; sending does not work yet. Your settings are saved: once sending has been switched on, open Mail Setup again and choose Check again, or run this command:</source>
        <translation>La recepción funciona para %1; el envío todavía no. Su configuración está guardada: cuando se haya activado el envío, abra de nuevo Mail Setup y elija Comprobar de nuevo, o ejecute esta orden:</translation>
    </message>
    <message>
        <source>Set up a &amp;printer, scanner or another device…</source>
        <translation>Configurar una impresora, un &amp;escáner u otro dispositivo…</translation>
    </message>
    <message>
        <source>Starts a relay on this computer for devices that only know a user name and a password, and gives a device a password of its own.</source>
        <translation>Inicia en este equipo un relé para dispositivos que solo conocen un nombre de usuario y una contraseña, y da a un dispositivo una contraseña propia.</translation>
    </message>
    <message>
        <source>&amp;Show the POP settings</source>
        <translation>&amp;Mostrar la configuración POP</translation>
    </message>
    <message>
        <source>Shows the incoming mail settings for an app that uses POP instead of IMAP. Choose IMAP where the app offers both.</source>
        <translation>Muestra la configuración de recepción para una aplicación que usa POP en lugar de IMAP. Elija IMAP si la aplicación ofrece ambos.</translation>
    </message>
</context>
<context>
    <name>RelayCertificate</name>
    <message>
        <source>The relay&apos;s certificate could not be made with %1: %2</source>
        <translation>No se pudo crear el certificado del relé con %1: %2</translation>
    </message>
    <message>
        <source>The relay&apos;s certificate in %1 cannot be read. Remove the folder to make a new one; devices that check the certificate must then be told its new fingerprint.</source>
        <translation>No se puede leer el certificado del relé en %1. Quite la carpeta para que se cree uno nuevo; después habrá que comunicar su nueva huella digital a los dispositivos que comprueban el certificado.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be made.</source>
        <translation>No se puede crear la carpeta %1.</translation>
    </message>
    <message>
        <source>The relay needs the openssl program to make its certificate, and it is not installed.</source>
        <translation>El relé necesita el programa openssl para crear su certificado, y no está instalado.</translation>
    </message>
    <message>
        <source>The file %1 cannot be written.</source>
        <translation>No se puede escribir el archivo %1.</translation>
    </message>
    <message>
        <source>The certificate openssl made cannot be read.</source>
        <translation>No se puede leer el certificado que creó openssl.</translation>
    </message>
</context>
<context>
    <name>RelayServer</name>
    <message>
        <source>The relay listens on %1, which other computers can reach, only with --allow naming the networks it may serve (such as --allow 192.168.1.0/24): otherwise anyone there could try passwords.</source>
        <translation>El relé solo escucha en %1, al que pueden llegar otros equipos, con --allow nombrando las redes a las que puede servir (como --allow 192.168.1.0/24): si no, cualquiera de esas redes podría probar contraseñas.</translation>
    </message>
    <message>
        <source>The relay cannot listen on %1 port %2: %3</source>
        <translation>El relé no puede escuchar en %1, puerto %2: %3</translation>
    </message>
    <message numerus="yes">
        <source>A wrong password for device %1 from %2 (%n in this connection).</source>
        <translation>
            <numerusform>Contraseña incorrecta para el dispositivo %1 desde %2 (%n vez en esta conexión).</numerusform>
            <numerusform>Contraseña incorrecta para el dispositivo %1 desde %2 (%n veces en esta conexión).</numerusform>
        </translation>
    </message>
    <message>
        <source>A message from device %1 was refused: %2.</source>
        <translation>Se rechazó un mensaje del dispositivo %1: %2.</translation>
    </message>
    <message>
        <source>A message from device %1 was not sent: the relay could not get a sign-in for %2. %3 The device was told to try again later.</source>
        <translation>Un mensaje del dispositivo %1 no se envió: el relé no pudo obtener un inicio de sesión para %2. %3 Se indicó al dispositivo que lo intente más tarde.</translation>
    </message>
    <message numerus="yes">
        <source>A message from device %1 to %n recipient(s) was sent through %2 (%3 bytes).</source>
        <translation>
            <numerusform>Se envió un mensaje del dispositivo %1 para %n destinatario a través de %2 (%3 bytes).</numerusform>
            <numerusform>Se envió un mensaje del dispositivo %1 para %n destinatarios a través de %2 (%3 bytes).</numerusform>
        </translation>
    </message>
    <message>
        <source>The server did not accept it.</source>
        <translation>El servidor no lo aceptó.</translation>
    </message>
    <message>
        <source>A message from device %1 was not sent: %2 The device was told it cannot be sent (%3).</source>
        <translation>Un mensaje del dispositivo %1 no se envió: %2 Se indicó al dispositivo que no se puede enviar (%3).</translation>
    </message>
    <message>
        <source>A message from device %1 was not sent: %2 The device was told to try again later (%3).</source>
        <translation>Un mensaje del dispositivo %1 no se envió: %2 Se indicó al dispositivo que lo intente más tarde (%3).</translation>
    </message>
    <message>
        <source>Refused a connection from %1: that address is not in the networks allowed with --allow.</source>
        <translation>Conexión desde %1 rechazada: esa dirección no está en las redes permitidas con --allow.</translation>
    </message>
    <message numerus="yes">
        <source>Refused a connection from %1: %n device(s) are already connected, as many as the relay takes at once.</source>
        <translation>
            <numerusform>Conexión desde %1 rechazada: ya hay %n dispositivo conectado, tantos como el relé admite a la vez.</numerusform>
            <numerusform>Conexión desde %1 rechazada: ya hay %n dispositivos conectados, tantos como el relé admite a la vez.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A message from device %1 was not taken: %n message(s) are already waiting, as many as the relay holds. The device was told to try again later.</source>
        <translation>
            <numerusform>No se aceptó un mensaje del dispositivo %1: ya hay %n mensaje esperando, tantos como el relé puede guardar. Se pidió al dispositivo que lo intente más tarde.</numerusform>
            <numerusform>No se aceptó un mensaje del dispositivo %1: ya hay %n mensajes esperando, tantos como el relé puede guardar. Se pidió al dispositivo que lo intente más tarde.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RelayService</name>
    <message>
        <source>%1 ended with exit code %2.</source>
        <translation>%1 terminó con el código de salida %2.</translation>
    </message>
    <message>
        <source>%1 could not be started.</source>
        <translation>No se pudo iniciar %1.</translation>
    </message>
    <message numerus="yes">
        <source>%1 did not answer within %n second(s).</source>
        <translation>
            <numerusform>%1 no respondió en %n segundo.</numerusform>
            <numerusform>%1 no respondió en %n segundos.</numerusform>
        </translation>
    </message>
    <message>
        <source>The service file %1 cannot be written.</source>
        <translation>No se puede escribir el archivo de servicio %1.</translation>
    </message>
    <message>
        <source>systemctl is not installed.</source>
        <translation>systemctl no está instalado.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be made.</source>
        <translation>No se puede crear la carpeta %1.</translation>
    </message>
    <message>
        <source>The relay could not be started: %1</source>
        <translation>No se pudo iniciar el relé: %1</translation>
    </message>
    <message>
        <source>The file %1 cannot be written.</source>
        <translation>No se puede escribir el archivo %1.</translation>
    </message>
    <message>
        <source>The relay (process %1) did not stop.</source>
        <translation>El relé (proceso %1) no se detuvo.</translation>
    </message>
    <message>
        <source>Mail Setup cannot stop a relay on this system.</source>
        <translation>Mail Setup no puede detener un relé en este sistema.</translation>
    </message>
    <message>
        <source>The service&apos;s own words are in its journal: journalctl --user -u %1</source>
        <translation>Las propias palabras del servicio están en su registro: journalctl --user -u %1</translation>
    </message>
</context>
<context>
    <name>RelaySession</name>
    <message>
        <source>Device %1 signed in from %2.</source>
        <translation>El dispositivo %1 inició sesión desde %2.</translation>
    </message>
    <message>
        <source>A device could not sign in: %1</source>
        <translation>Un dispositivo no pudo iniciar sesión: %1</translation>
    </message>
    <message>
        <source>the message is larger than the relay takes</source>
        <translation>el mensaje es más grande de lo que admite el relé</translation>
    </message>
    <message>
        <source>the sender %1 is not the account&apos;s address</source>
        <translation>el remitente %1 no es la dirección de la cuenta</translation>
    </message>
    <message>
        <source>the device sent more messages in a minute than the relay takes</source>
        <translation>el dispositivo envió en un minuto más mensajes de los que admite el relé</translation>
    </message>
</context>
<context>
    <name>ReportFormat</name>
    <message>
        <source>Who can fix it: %1</source>
        <translation>Quién puede solucionarlo: %1</translation>
    </message>
    <message>
        <source>The server said: %1</source>
        <translation>El servidor respondió: %1</translation>
    </message>
    <message>
        <source>Diagnosis code: %1</source>
        <translation>Código de diagnóstico: %1</translation>
    </message>
    <message>
        <source>Incoming mail (IMAP, %1)</source>
        <translation>Correo entrante (IMAP, %1)</translation>
    </message>
    <message>
        <source>Outgoing mail (SMTP, %1)</source>
        <translation>Correo saliente (SMTP, %1)</translation>
    </message>
    <message>
        <source>✓ The test message arrived in your inbox after %1 ms.</source>
        <translation>✓ El mensaje de prueba llegó a su bandeja de entrada después de %1 ms.</translation>
    </message>
    <message>
        <source>✗ The test message was sent but was not seen in your inbox.</source>
        <translation>✗ El mensaje de prueba se envió, pero no se vio en su bandeja de entrada.</translation>
    </message>
    <message>
        <source>✗ The test message could not be sent.</source>
        <translation>✗ El mensaje de prueba no se pudo enviar.</translation>
    </message>
    <message>
        <source>Your account works: it can receive and send e-mail.</source>
        <translation>Su cuenta funciona: puede recibir y enviar correo electrónico.</translation>
    </message>
    <message>
        <source>Your account does not work yet. See above for what failed and who can fix it.</source>
        <translation>Su cuenta todavía no funciona. Vea arriba qué falló y quién puede solucionarlo.</translation>
    </message>
</context>
<context>
    <name>SavedAccountsPage</name>
    <message>
        <source>Personal Microsoft account (Outlook.com)</source>
        <translation>Cuenta personal de Microsoft (Outlook.com)</translation>
    </message>
    <message>
        <source>Work or school account (Microsoft 365)</source>
        <translation>Cuenta profesional o educativa (Microsoft 365)</translation>
    </message>
    <message>
        <source>Your accounts on this computer</source>
        <translation>Sus cuentas en este equipo</translation>
    </message>
    <message>
        <source>Mail Setup set up these accounts here before and keeps their sign-in. Check one again, forget it, or set up another account.</source>
        <translation>Mail Setup ya configuró estas cuentas aquí y guarda su inicio de sesión. Compruebe una de nuevo, olvídela o configure otra cuenta.</translation>
    </message>
    <message>
        <source>Sign in &amp;again</source>
        <translation>Volver a &amp;iniciar sesión</translation>
    </message>
    <message>
        <source>Sign in again</source>
        <translation>Volver a iniciar sesión</translation>
    </message>
    <message>
        <source>Goes on to Microsoft&apos;s sign-in for this account.</source>
        <translation>Pasa al inicio de sesión de Microsoft para esta cuenta.</translation>
    </message>
    <message>
        <source>Set up &amp;another account</source>
        <translation>Configurar &amp;otra cuenta</translation>
    </message>
    <message>
        <source>Set up another account</source>
        <translation>Configurar otra cuenta</translation>
    </message>
    <message>
        <source>Goes on to an empty address page, for an account that is not set up here yet.</source>
        <translation>Pasa a una página de dirección vacía, para una cuenta que aún no está configurada aquí.</translation>
    </message>
    <message>
        <source>Signs in as %1</source>
        <translation>Inicia sesión como %1</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Comprobar de nuevo</translation>
    </message>
    <message>
        <source>Check %1 again</source>
        <translation>Comprobar %1 de nuevo</translation>
    </message>
    <message>
        <source>Checks incoming and outgoing mail again with the sign-in Mail Setup keeps, without opening the browser.</source>
        <translation>Comprueba de nuevo la recepción y el envío con el inicio de sesión que guarda Mail Setup, sin abrir el navegador.</translation>
    </message>
    <message>
        <source>Forget…</source>
        <translation>Olvidar…</translation>
    </message>
    <message>
        <source>Forget %1</source>
        <translation>Olvidar %1</translation>
    </message>
    <message>
        <source>Asks once more, then removes this account&apos;s sign-in from the keychain and its settings from this computer.</source>
        <translation>Pregunta una vez más y luego quita el inicio de sesión de esta cuenta del llavero y su configuración de este equipo.</translation>
    </message>
    <message>
        <source>Forget %1? Its sign-in is removed from the keychain and its settings from this computer. Mail apps that get their sign-in from Mail Setup stop working for it until you set it up again.</source>
        <translation>¿Olvidar %1? Su inicio de sesión se quita del llavero y su configuración de este equipo. Las aplicaciones de correo que obtienen su inicio de sesión de Mail Setup dejan de funcionar para ella hasta que la vuelva a configurar.</translation>
    </message>
    <message>
        <source>Yes, forget it</source>
        <translation>Sí, olvidarla</translation>
    </message>
    <message>
        <source>Yes, forget %1</source>
        <translation>Sí, olvidar %1</translation>
    </message>
    <message>
        <source>Removes the sign-in and the settings of this account now.</source>
        <translation>Quita ahora el inicio de sesión y la configuración de esta cuenta.</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Conservarla</translation>
    </message>
    <message>
        <source>Keep %1</source>
        <translation>Conservar %1</translation>
    </message>
    <message>
        <source>Keeps the account as it is.</source>
        <translation>Deja la cuenta como está.</translation>
    </message>
    <message>
        <source>Forgetting %1…</source>
        <translation>Olvidando %1…</translation>
    </message>
    <message>
        <source>Set up &amp;an account</source>
        <translation>Configurar una &amp;cuenta</translation>
    </message>
    <message>
        <source>Taking up the sign-in kept for %1…</source>
        <translation>Retomando el inicio de sesión guardado para %1…</translation>
    </message>
    <message>
        <source>The sign-in kept for %1 cannot be used: %2 Sign in again to check the account.</source>
        <translation>No se puede usar el inicio de sesión guardado para %1: %2 Vuelva a iniciar sesión para comprobar la cuenta.</translation>
    </message>
    <message>
        <source>Mail Setup forgot %1: its sign-in and settings are removed from this computer.</source>
        <translation>Mail Setup ha olvidado %1: su inicio de sesión y su configuración se han quitado de este equipo.</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>Mail Setup closed the keychain before it answered.</source>
        <translation>Mail Setup cerró el llavero antes de que respondiera.</translation>
    </message>
    <message>
        <source>The keychain holds no such secret.</source>
        <translation>El llavero no contiene ese secreto.</translation>
    </message>
    <message numerus="yes">
        <source>The keychain did not answer within %n second(s).</source>
        <translation>
            <numerusform>El llavero no respondió en %n segundo.</numerusform>
            <numerusform>El llavero no respondió en %n segundos.</numerusform>
        </translation>
    </message>
    <message>
        <source>No keychain is available on this computer.</source>
        <translation>No hay ningún llavero disponible en este equipo.</translation>
    </message>
    <message>
        <source>The keychain is locked.</source>
        <translation>El llavero está bloqueado.</translation>
    </message>
    <message>
        <source>The keychain did not do what Mail Setup asked.</source>
        <translation>El llavero no hizo lo que Mail Setup le pidió.</translation>
    </message>
    <message>
        <source>No key was given for the secret.</source>
        <translation>No se indicó ninguna clave para el secreto.</translation>
    </message>
</context>
<context>
    <name>SettingsExport</name>
    <message>
        <source>SSL/TLS (encrypted from the start)</source>
        <translation>SSL/TLS (cifrado desde el principio)</translation>
    </message>
    <message>
        <source>STARTTLS</source>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <source>Settings for %1 (%2)</source>
        <translation>Configuración para %1 (%2)</translation>
    </message>
    <message>
        <source>Incoming mail (IMAP): %1, port %2, %3</source>
        <translation>Servidor de entrada (IMAP): %1, puerto %2, %3</translation>
    </message>
    <message>
        <source>Outgoing mail (SMTP): %1, port %2, %3</source>
        <translation>Servidor de salida (SMTP): %1, puerto %2, %3</translation>
    </message>
    <message>
        <source>User name: %1</source>
        <translation>Nombre de usuario: %1</translation>
    </message>
    <message>
        <source>Sign-in: OAuth2 (&quot;Sign in with Microsoft&quot;). There is no password to type: the mail app opens Microsoft&apos;s sign-in page.</source>
        <translation>Inicio de sesión: OAuth2 («Iniciar sesión con Microsoft»). No hay ninguna contraseña que escribir: la aplicación de correo abre la página de inicio de sesión de Microsoft.</translation>
    </message>
</context>
<context>
    <name>SetupController</name>
    <message>
        <source>Mail Setup report</source>
        <translation>Informe de Mail Setup</translation>
    </message>
    <message>
        <source>Created: %1</source>
        <translation>Creado: %1</translation>
    </message>
    <message>
        <source>Mail Setup version: %1</source>
        <translation>Versión de Mail Setup: %1</translation>
    </message>
    <message>
        <source>Address: %1</source>
        <translation>Dirección: %1</translation>
    </message>
    <message>
        <source>Provider: %1 (%2)</source>
        <translation>Proveedor: %1 (%2)</translation>
    </message>
    <message>
        <source>personal Microsoft account</source>
        <translation>cuenta personal de Microsoft</translation>
    </message>
    <message>
        <source>work or school account</source>
        <translation>cuenta profesional o educativa</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>Account kind: %1</source>
        <translation>Tipo de cuenta: %1</translation>
    </message>
    <message>
        <source>Tenant: %1</source>
        <translation>Inquilino: %1</translation>
    </message>
    <message>
        <source>Signed in as: %1</source>
        <translation>Sesión iniciada como: %1</translation>
    </message>
    <message>
        <source>Application (client) ID: %1</source>
        <translation>Id. de aplicación (cliente): %1</translation>
    </message>
    <message>
        <source>Sign-in problem: %1</source>
        <translation>Problema de inicio de sesión: %1</translation>
    </message>
    <message>
        <source>Diagnosis code: %1</source>
        <translation>Código de diagnóstico: %1</translation>
    </message>
    <message>
        <source>Microsoft said: %1</source>
        <translation>Microsoft respondió: %1</translation>
    </message>
    <message>
        <source>Transcript (secrets removed)</source>
        <translation>Transcripción (sin secretos)</translation>
    </message>
    <message>
        <source>Nothing is saved for %1 on this computer any more.</source>
        <translation>Ya no hay nada guardado para %1 en este equipo.</translation>
    </message>
    <message>
        <source>The sign-in of %1 could not be removed from %2, so its settings stay too. %3</source>
        <translation>No se pudo quitar el inicio de sesión de %1 de %2, así que su configuración también se queda. %3</translation>
    </message>
    <message>
        <source>The sign-in of %1 is removed, but its settings in %2 could not be changed.</source>
        <translation>Se quitó el inicio de sesión de %1, pero su configuración en %2 no se pudo cambiar.</translation>
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
        <translation>Configura un buzón de Outlook.com o Microsoft 365 y demuestra que funciona.</translation>
    </message>
    <message>
        <source>Goes on to the next step.</source>
        <translation>Pasa al paso siguiente.</translation>
    </message>
    <message>
        <source>Goes back to the previous step.</source>
        <translation>Vuelve al paso anterior.</translation>
    </message>
    <message>
        <source>Stops the setup. Nothing that is not finished is saved.</source>
        <translation>Detiene la configuración. No se guarda nada que no esté terminado.</translation>
    </message>
    <message>
        <source>Closes Mail Setup.</source>
        <translation>Cierra Mail Setup.</translation>
    </message>
    <message>
        <source>Save a report for the helpdesk</source>
        <translation>Guardar un informe para el soporte técnico</translation>
    </message>
    <message>
        <source>The settings could not be saved in %1: %2</source>
        <translation>No se pudo guardar la configuración en %1: %2</translation>
    </message>
    <message>
        <source>The settings are saved in %1. Mail apps that read Mozilla autoconfig files, such as Thunderbird, can use them.</source>
        <translation>La configuración está guardada en %1. Las aplicaciones de correo que leen los archivos autoconfig de Mozilla, como Thunderbird, pueden usarla.</translation>
    </message>
    <message>
        <source>Web pages (*.html)</source>
        <translation>Páginas web (*.html)</translation>
    </message>
    <message>
        <source>The report is saved in %1 (to open in a web browser), with the same facts for the helpdesk&apos;s programs in %2. It contains no password and no token.</source>
        <translation>El informe se ha guardado en %1 (para abrir en un navegador web), con los mismos datos para los programas del servicio de asistencia en %2. No contiene ninguna contraseña ni ningún token.</translation>
    </message>
    <message>
        <source>Save the server settings</source>
        <translation>Guardar la configuración del servidor</translation>
    </message>
    <message>
        <source>Mail app settings (*.xml)</source>
        <translation>Configuración para aplicaciones de correo (*.xml)</translation>
    </message>
</context>
<context>
    <name>SignInPage</name>
    <message>
        <source>You are signed in</source>
        <translation>Ha iniciado sesión</translation>
    </message>
    <message>
        <source>Mail Setup received your sign-in. You can close this tab and go back to Mail Setup, which will now check your mailbox.</source>
        <translation>Mail Setup recibió su inicio de sesión. Puede cerrar esta pestaña y volver a Mail Setup, que ahora comprobará su buzón.</translation>
    </message>
    <message>
        <source>You signed in with another account</source>
        <translation>Inició sesión con otra cuenta</translation>
    </message>
    <message>
        <source>You signed in as %1, but Mail Setup is setting up %2.</source>
        <translation>Inició sesión como %1, pero Mail Setup está configurando %2.</translation>
    </message>
    <message>
        <source>Go back to Mail Setup to sign in again with the right account. You can close this tab.</source>
        <translation>Vuelva a Mail Setup para iniciar sesión de nuevo con la cuenta correcta. Puede cerrar esta pestaña.</translation>
    </message>
    <message>
        <source>The sign-in was cancelled</source>
        <translation>Se canceló el inicio de sesión</translation>
    </message>
    <message>
        <source>Microsoft says that the sign-in was cancelled or that permission was not given, so nothing was set up.</source>
        <translation>Microsoft indica que se canceló el inicio de sesión o que no se dio el permiso, así que no se configuró nada.</translation>
    </message>
    <message>
        <source>Go back to Mail Setup to start the sign-in again. You can close this tab.</source>
        <translation>Vuelva a Mail Setup para iniciar sesión de nuevo. Puede cerrar esta pestaña.</translation>
    </message>
    <message>
        <source>Go back to Mail Setup: it says what happened and what you can do. You can close this tab.</source>
        <translation>Vuelva a Mail Setup: allí se indica qué pasó y qué puede hacer. Puede cerrar esta pestaña.</translation>
    </message>
    <message>
        <source>The sign-in did not finish</source>
        <translation>El inicio de sesión no terminó</translation>
    </message>
    <message>
        <source>Mail Setup stopped waiting for this sign-in</source>
        <translation>Mail Setup dejó de esperar este inicio de sesión</translation>
    </message>
    <message>
        <source>The sign-in was cancelled in Mail Setup, or its time ran out, so nothing was set up.</source>
        <translation>El inicio de sesión se canceló en Mail Setup, o se agotó su tiempo, así que no se configuró nada.</translation>
    </message>
    <message>
        <source>To sign in, start again in Mail Setup. You can close this tab.</source>
        <translation>Para iniciar sesión, empiece de nuevo en Mail Setup. Puede cerrar esta pestaña.</translation>
    </message>
    <message>
        <source>Mail Setup already has the answer</source>
        <translation>Mail Setup ya tiene la respuesta</translation>
    </message>
    <message>
        <source>Mail Setup has already received the answer to this sign-in.</source>
        <translation>Mail Setup ya recibió la respuesta a este inicio de sesión.</translation>
    </message>
    <message>
        <source>Go back to Mail Setup to see how the sign-in ended. You can close this tab.</source>
        <translation>Vuelva a Mail Setup para ver cómo terminó el inicio de sesión. Puede cerrar esta pestaña.</translation>
    </message>
    <message>
        <source>Almost done</source>
        <translation>Casi listo</translation>
    </message>
    <message>
        <source>Mail Setup received your sign-in and is finishing it with Microsoft.</source>
        <translation>Mail Setup recibió su inicio de sesión y lo está terminando con Microsoft.</translation>
    </message>
    <message>
        <source>Go back to Mail Setup to see how it ends. You can close this tab.</source>
        <translation>Vuelva a Mail Setup para ver cómo termina. Puede cerrar esta pestaña.</translation>
    </message>
    <message>
        <source>Nothing happened</source>
        <translation>No pasó nada</translation>
    </message>
    <message>
        <source>This address on your computer is only for the answer to Mail Setup&apos;s sign-in with Microsoft.</source>
        <translation>Esta dirección de su equipo solo sirve para la respuesta al inicio de sesión de Mail Setup con Microsoft.</translation>
    </message>
    <message>
        <source>This request was not that answer, so Mail Setup ignored it and nothing happened.</source>
        <translation>Esta solicitud no era esa respuesta, así que Mail Setup la ignoró y no pasó nada.</translation>
    </message>
    <message>
        <source>You can close this tab.</source>
        <translation>Puede cerrar esta pestaña.</translation>
    </message>
    <message>
        <source>Sign in with Microsoft</source>
        <translation>Iniciar sesión con Microsoft</translation>
    </message>
    <message>
        <source>&amp;Sign in with Microsoft</source>
        <translation>Iniciar sesión con &amp;Microsoft</translation>
    </message>
    <message>
        <source>Opens Microsoft&apos;s sign-in page in your browser.</source>
        <translation>Abre la página de inicio de sesión de Microsoft en el navegador.</translation>
    </message>
    <message>
        <source>This copy of Mail Setup has no application (client) ID, and Microsoft lets only registered applications sign in to a mailbox. Start Mail Setup with --client-id and the ID your IT department registered, or with a provider file that names one. The file docs/app-registration.md says how to register Mail Setup.</source>
        <translation>Esta copia de Mail Setup no tiene ningún Id. de aplicación (cliente), y Microsoft solo deja iniciar sesión en un buzón a las aplicaciones registradas. Inicie Mail Setup con --client-id y el Id. que registró su departamento de TI, o con un archivo de proveedor que nombre uno. El archivo docs/app-registration.md explica cómo registrar Mail Setup.</translation>
    </message>
    <message>
        <source>Time left to sign in</source>
        <translation>Tiempo que queda para iniciar sesión</translation>
    </message>
    <message>
        <source>&amp;Copy link</source>
        <translation>&amp;Copiar enlace</translation>
    </message>
    <message>
        <source>Puts the address of the sign-in page on the clipboard, to open it in another browser.</source>
        <translation>Pone la dirección de la página de inicio de sesión en el portapapeles, para abrirla en otro navegador.</translation>
    </message>
    <message>
        <source>&amp;Open again</source>
        <translation>Volver a a&amp;brir</translation>
    </message>
    <message>
        <source>Opens the sign-in page in your browser once more, if you closed it.</source>
        <translation>Abre una vez más la página de inicio de sesión en el navegador, si la cerró.</translation>
    </message>
    <message>
        <source>Cancel &amp;sign-in</source>
        <translation>Cancelar el &amp;inicio de sesión</translation>
    </message>
    <message>
        <source>Stops waiting for the browser. You can sign in again afterwards.</source>
        <translation>Deja de esperar al navegador. Después podrá volver a iniciar sesión.</translation>
    </message>
    <message>
        <source>Continue &amp;without saving</source>
        <translation>Continuar sin &amp;guardar</translation>
    </message>
    <message>
        <source>Signs in anyway. The sign-in is kept in memory only and is gone when Mail Setup closes.</source>
        <translation>Inicia sesión de todos modos. El inicio de sesión se guarda solo en memoria y desaparece al cerrar Mail Setup.</translation>
    </message>
    <message>
        <source>Try the &amp;keychain again</source>
        <translation>Volver a probar el &amp;llavero</translation>
    </message>
    <message>
        <source>Asks the keychain once more, for example after you unlocked it.</source>
        <translation>Vuelve a preguntar al llavero, por ejemplo después de desbloquearlo.</translation>
    </message>
    <message>
        <source>Mail Setup opens Microsoft&apos;s sign-in page in your browser. Your password stays between you and Microsoft: Mail Setup never sees it.</source>
        <translation>Mail Setup abre la página de inicio de sesión de Microsoft en el navegador. Su contraseña queda entre usted y Microsoft: Mail Setup nunca la ve.</translation>
    </message>
    <message>
        <source>Sign in as %1. If Microsoft asks whether Mail Setup may read and send your mail, choose Accept: without it, Mail Setup cannot check your mailbox.</source>
        <translation>Inicie sesión como %1. Si Microsoft pregunta si Mail Setup puede leer y enviar su correo, elija Aceptar: sin ello, Mail Setup no puede comprobar su buzón.</translation>
    </message>
    <message>
        <source>Checking that this computer&apos;s keychain can keep your sign-in…</source>
        <translation>Comprobando que el llavero de este equipo puede guardar su inicio de sesión…</translation>
    </message>
    <message>
        <source>Your browser shows Microsoft&apos;s sign-in page. Sign in there as %1; Mail Setup goes on by itself when you are done.</source>
        <translation>El navegador muestra la página de inicio de sesión de Microsoft. Inicie sesión allí como %1; Mail Setup continúa por sí solo cuando termine.</translation>
    </message>
    <message>
        <source>Microsoft has answered. Finishing the sign-in…</source>
        <translation>Microsoft ha respondido. Terminando el inicio de sesión…</translation>
    </message>
    <message>
        <source>Microsoft knows this account as %1. Checking that the mailbox accepts it for %2…</source>
        <translation>Microsoft conoce esta cuenta como %1. Comprobando que el buzón la acepta para %2…</translation>
    </message>
    <message>
        <source>The sign-in did not work.</source>
        <translation>El inicio de sesión no funcionó.</translation>
    </message>
    <message>
        <source>Mail Setup could not open a browser. Choose &quot;Copy link&quot; and open the link in a browser yourself.</source>
        <translation>Mail Setup no pudo abrir ningún navegador. Elija «Copiar enlace» y abra usted mismo el enlace en un navegador.</translation>
    </message>
    <message>
        <source>%1:%2</source>
        <translation>%1:%2</translation>
    </message>
    <message>
        <source>Time left to sign in: %1</source>
        <translation>Tiempo que queda para iniciar sesión: %1</translation>
    </message>
    <message>
        <source>Less than a minute is left to finish signing in.</source>
        <translation>Queda menos de un minuto para terminar de iniciar sesión.</translation>
    </message>
    <message>
        <source>The link is on the clipboard. Paste it into the address bar of a browser.</source>
        <translation>El enlace está en el portapapeles. Péguelo en la barra de direcciones de un navegador.</translation>
    </message>
    <message>
        <source>The sign-in page opens in your browser again.</source>
        <translation>La página de inicio de sesión se abre de nuevo en el navegador.</translation>
    </message>
    <message>
        <source>The keychain of this computer is locked, so Mail Setup cannot keep your sign-in. Unlock it (your desktop may ask for your login password) and try again, or go on without saving: then you will have to sign in again the next time you use Mail Setup.</source>
        <translation>El llavero de este equipo está bloqueado, así que Mail Setup no puede guardar su inicio de sesión. Desbloquéelo (puede que el escritorio le pida la contraseña con la que inicia sesión en el equipo) e inténtelo de nuevo, o continúe sin guardar: entonces tendrá que volver a iniciar sesión la próxima vez que use Mail Setup.</translation>
    </message>
    <message>
        <source>Mail Setup cannot reach a keychain on this computer, so it cannot keep your sign-in. You can go on without saving: the setup works the same, but you will have to sign in again the next time you use Mail Setup.</source>
        <translation>Mail Setup no encuentra ningún llavero en este equipo, así que no puede guardar su inicio de sesión. Puede continuar sin guardar: la configuración funciona igual, pero tendrá que volver a iniciar sesión la próxima vez que use Mail Setup.</translation>
    </message>
    <message>
        <source>The keychain of this computer did not take the sign-in. You can try again, or go on without saving: then you will have to sign in again the next time you use Mail Setup.</source>
        <translation>El llavero de este equipo no aceptó el inicio de sesión. Puede intentarlo de nuevo, o continuar sin guardar: entonces tendrá que volver a iniciar sesión la próxima vez que use Mail Setup.</translation>
    </message>
    <message>
        <source>The keychain said: %1</source>
        <translation>El llavero respondió: %1</translation>
    </message>
    <message>
        <source>Your sign-in cannot be saved on this computer.</source>
        <translation>Su inicio de sesión no se puede guardar en este equipo.</translation>
    </message>
    <message>
        <source>You signed in as %1, but you are setting up %2.</source>
        <translation>Inició sesión como %1, pero está configurando %2.</translation>
    </message>
    <message>
        <source>A message for your IT administrator is on the clipboard. Paste it into an email or a support ticket.</source>
        <translation>Hay un mensaje para su administrador de TI en el portapapeles. Péguelo en un correo electrónico o en una solicitud de soporte.</translation>
    </message>
    <message>
        <source>You are signed in as %1, a work or school account. Mail Setup goes on to check your mailbox.</source>
        <translation>Ha iniciado sesión como %1, una cuenta profesional o educativa. Mail Setup pasa a comprobar su buzón.</translation>
    </message>
    <message>
        <source>You are signed in as %1, a personal Microsoft account. Mail Setup goes on to check your mailbox.</source>
        <translation>Ha iniciado sesión como %1, una cuenta personal de Microsoft. Mail Setup pasa a comprobar su buzón.</translation>
    </message>
    <message>
        <source>The sign-in was stopped. Nothing was saved; sign in again when you are ready.</source>
        <translation>Se detuvo el inicio de sesión. No se guardó nada; vuelva a iniciar sesión cuando esté listo.</translation>
    </message>
</context>
<context>
    <name>SplitSecretStore</name>
    <message>
        <source>A part of the saved secret is missing from the keychain.</source>
        <translation>Falta en el llavero una parte del secreto guardado.</translation>
    </message>
    <message>
        <source>The parts of the saved secret in the keychain do not fit together.</source>
        <translation>Las partes del secreto guardado en el llavero no encajan entre sí.</translation>
    </message>
    <message>
        <source>The secret is too large for the keychain.</source>
        <translation>El secreto es demasiado grande para el llavero.</translation>
    </message>
</context>
<context>
    <name>StepListView</name>
    <message>
        <source>Step</source>
        <translation>Paso</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tiempo</translation>
    </message>
    <message>
        <source>The steps of the check, each with whether it worked and how long it took. Expand a step to read what the server said.</source>
        <translation>Los pasos de la comprobación, cada uno con su resultado y lo que tardó. Despliegue un paso para leer lo que respondió el servidor.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Comprobando…</translation>
    </message>
    <message>
        <source>Encryption: %1</source>
        <translation>Cifrado: %1</translation>
    </message>
    <message>
        <source>Works.</source>
        <translation>Funciona.</translation>
    </message>
    <message>
        <source>Does not work yet.</source>
        <translation>Todavía no funciona.</translation>
    </message>
    <message>
        <source>%1: not started yet</source>
        <translation>%1: todavía no ha empezado</translation>
    </message>
    <message>
        <source>%1: under way</source>
        <translation>%1: en curso</translation>
    </message>
    <message>
        <source>%1: worked, in %2 ms</source>
        <translation>%1: funcionó, en %2 ms</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1: failed, after %2 ms</source>
        <translation>%1: falló, después de %2 ms</translation>
    </message>
    <message>
        <source>%1: not checked</source>
        <translation>%1: no comprobado</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>no comprobado</translation>
    </message>
    <message>
        <source>The server said: %1</source>
        <translation>El servidor respondió: %1</translation>
    </message>
</context>
<context>
    <name>TestMessage</name>
    <message>
        <source>Mail Setup test message</source>
        <translation>Mensaje de prueba de Mail Setup</translation>
    </message>
    <message>
        <source>This message was sent by Mail Setup to check that your account can send and receive e-mail.
It went from your computer to your provider&apos;s outgoing server and back into your inbox, so both work. You can delete it.
</source>
        <translation>Mail Setup envió este mensaje para comprobar que su cuenta puede enviar y recibir correo electrónico.
Salió de su equipo hacia el servidor de salida de su proveedor y volvió a su bandeja de entrada, así que ambos funcionan. Puede eliminarlo.
</translation>
    </message>
</context>
</TS>
