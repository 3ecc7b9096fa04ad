#!/usr/bin/env python3
"""Writes the seed corpora of tests/fuzz/corpus/<target>/ from realistic inputs: the probes' scripted servers,
Microsoft's replies in tests/data/ and the built-in provider profiles. Run it again after adding a seed here;
what the fuzzer finds stays in the build's corpus, not here."""
import base64, hashlib, json, pathlib

root = pathlib.Path(__file__).resolve().parents[2]
corpus = root / "tests/fuzz/corpus"


def write(target, data):
    if isinstance(data, str):
        data = data.encode()
    folder = corpus / target
    folder.mkdir(parents=True, exist_ok=True)
    (folder / hashlib.sha1(data).hexdigest()[:16]).write_bytes(data)


for request in [
    "GET /?code=M.C507_BAY.2.U.abc&state=Zm9v HTTP/1.1\r\nHost: 127.0.0.1:50123\r\nUser-Agent: Mozilla/5.0\r\n\r\n",
    "GET /favicon.ico HTTP/1.1\r\nHost: 127.0.0.1:50123\r\n\r\n",
    "GET /?error=access_denied&error_description=AADSTS65004%3a+User+declined&state=x HTTP/1.1\r\n\r\n",
    "POST / HTTP/1.1\r\nContent-Length: 5\r\n\r\nhello",
    "\x16\x03\x01\x00\xff garbage\r\n\r\n",
]:
    write("loopbackrequest", request)

imap_lines = [
    "* OK [CAPABILITY IMAP4rev1 SASL-IR LOGIN-REFERRALS ID ENABLE IDLE LITERAL+ AUTH=PLAIN AUTH=XOAUTH2] Dovecot ready.",
    "* OK The Microsoft Exchange IMAP4 service is ready. [TQBXADQAUABSADAANQBDAEEAMAAwADEANgAuAGUAdQByAHAAcgBkADAANQAuAHAAcgBvAGQALgBvAHUAdABsAG8AbwBrAC4AYwBvAG0A]",
    "* CAPABILITY IMAP4 IMAP4rev1 AUTH=PLAIN AUTH=XOAUTH2 SASL-IR UIDPLUS ID UNSELECT CHILDREN IDLE NAMESPACE LITERAL+",
    "A1 OK CAPABILITY completed.",
    "A2 OK [CAPABILITY IMAP4rev1 SASL-IR ID IDLE MOVE UIDPLUS] Logged in",
    "A2 NO AUTHENTICATE failed.",
    "A2 NO [AUTHENTICATIONFAILED] Invalid credentials (Failure)",
    "+ eyJzdGF0dXMiOiI0MDAiLCJzY2hlbWVzIjoiQmVhcmVyIiwic2NvcGUiOiJodHRwczovL21haWwuZ29vZ2xlLmNvbS8ifQ==",
    "+ idling",
    "+",
    "* 12 EXISTS",
    "* 0 RECENT",
    "* FLAGS (\\Answered \\Flagged \\Deleted \\Seen \\Draft)",
    "* OK [UIDVALIDITY 14] UIDs valid",
    "A4 OK [READ-ONLY] EXAMINE completed.",
    "* SEARCH 2412",
    "* SEARCH",
    "* BYE Connection closed. 14",
    "* PREAUTH IMAP4rev1 server logged in as alex",
    "* 3 FETCH (UID 2412 BODY[HEADER.FIELDS (MESSAGE-ID)] {58}",
    "* LIST () \"/\" {8+}",
    "A5 BAD Command Error. 12",
    "+OK POP3 server ready",
]
for line in imap_lines:
    write("imapresponse", line)

for text in ["IMAP4rev1 SASL-IR LOGIN-REFERRALS ID ENABLE IDLE LITERAL+ AUTH=PLAIN AUTH=XOAUTH2",
             "IMAP4 IMAP4rev1 AUTH=PLAIN AUTH=XOAUTH2 SASL-IR UIDPLUS MOVE ID UNSELECT CLIENTACCESSRULES",
             "imap4rev2  idle\tmove ", ""]:
    write("imapcapabilities", text)

smtp_replies = [
    "220 sandbox.test ESMTP Postfix (Debian/GNU)\r\n",
    "250-MW4PR03CA0123.outlook.office365.com Hello [192.0.2.1]\r\n250-SIZE 157286400\r\n250-PIPELINING\r\n"
    "250-DSN\r\n250-ENHANCEDSTATUSCODES\r\n250-STARTTLS\r\n250-8BITMIME\r\n250-BINARYMIME\r\n250-CHUNKING\r\n250 SMTPUTF8\r\n",
    "250-sandbox.test\r\n250-PIPELINING\r\n250-AUTH PLAIN XOAUTH2\r\n250 CHUNKING\r\n",
    "535 5.7.139 Authentication unsuccessful, the user credentials were incorrect. [AM0PR02CA0001.eurprd02.prod.outlook.com]\r\n",
    "554 5.2.0 STOREDRV.Submission.Exception:OutboundSpamException; Failed to process message due to a permanent exception\r\n",
    "334 eyJzdGF0dXMiOiI0MDAiLCJzY2hlbWVzIjoiQmVhcmVyIiwic2NvcGUiOiJodHRwczovL21haWwuZ29vZ2xlLmNvbS8ifQ==\r\n",
    "250 2.0.0 OK <4f1c@mailsetup> [Hostname=AM0PR02MB1234.eurprd02.prod.outlook.com]\r\n",
    "250-first\r\n251 other code\r\n",
    "421 4.3.2 Service not available\r\n",
    "235 2.7.0 Authentication successful\r\n",
]
for reply in smtp_replies:
    write("smtpreply", reply)
for record in json.loads((root / "tests/data/replies-2026.json").read_text()):
    if record.get("protocol") == "SMTP" and record["verbatim"][:3].isdigit():
        write("smtpreply", record["verbatim"] + "\r\n")

for extensions in ["SIZE 157286400\nPIPELINING\nDSN\nENHANCEDSTATUSCODES\nSTARTTLS\n8BITMIME\nBINARYMIME\nCHUNKING\nSMTPUTF8",
                   "PIPELINING\nAUTH PLAIN XOAUTH2\nAUTH=PLAIN\nCHUNKING",
                   "AUTH  LOGIN   XOAUTH2 \n\n  size"]:
    write("smtpextensions", extensions)


def jwt(payload):
    encode = lambda data: base64.urlsafe_b64encode(data).rstrip(b"=")
    return encode(b'{"alg":"RS256","typ":"JWT"}') + b"." + encode(json.dumps(payload).encode()) + b"." + encode(b"signature")


write("idtoken", jwt({"tid": "9188040d-6c67-4c5b-b112-36a304b66dad", "oid": "00000000-0000-0000-66f3-3332eca7ea81",
                      "sub": "AAAAAAAAAAAAAAAAAAAAAIkzqFVrSaSaFHy782bbtaQ", "preferred_username": "alex@outlook.com",
                      "email": "alex@outlook.com", "name": "Alex"}))
write("idtoken", jwt({"tid": "72f988bf-86f1-41af-91ab-2d7cd011db47", "oid": "1f0e5c4a-1111-2222-3333-444455556666",
                      "preferred_username": "alex@contoso.com", "upn": "alex@contoso.onmicrosoft.com",
                      "name": "Alex \u00c9l\u00e8ve"}))
write("idtoken", b"eyJhbGciOiJub25lIn0..")

def token_reply(status_index, content_type_index, body):
    return bytes([status_index, content_type_index]) + (body.encode() if isinstance(body, str) else body)

# Status indexes as in fuzz_tokenreply.cpp: 0 = 200, 4 = 400, 5 = 401, 9 = 500; content types: 0 = JSON, 2 = HTML.
write("tokenreply", token_reply(0, 0, json.dumps({"token_type": "Bearer", "scope": "https://outlook.office.com/IMAP.AccessAsUser.All",
                                                  "expires_in": 3599, "access_token": "EwBwA8l6BAAU", "refresh_token": "M.C507_BAY.0.U",
                                                  "id_token": "eyJ0eXAiOiJKV1QifQ.e30.c2ln"})))
write("tokenreply", token_reply(4, 0, json.dumps({"error": "invalid_grant",
    "error_description": "AADSTS70008: The provided authorization code or refresh token has expired due to inactivity. "
                         "Trace ID: 0d2f2a8e-1111-2222-3333-444455556666 Correlation ID: 7c1f2a8e-1111-2222-3333-444455556666 "
                         "Timestamp: 2026-01-12 09:14:03Z",
    "error_codes": [70008], "timestamp": "2026-01-12 09:14:03Z", "trace_id": "0d2f2a8e-1111-2222-3333-444455556666",
    "correlation_id": "7c1f2a8e-1111-2222-3333-444455556666"})))
write("tokenreply", token_reply(9, 2, "<html><body>Service Unavailable</body></html>"))
write("tokenreply", token_reply(0, 2, "<html>captive portal</html>"))
write("tokenreply", token_reply(0, 0, '{"error":"invalid_client"}'))
write("tokenreply", token_reply(0, 0, '{"token_type":"Bearer"}'))

for profile in (root / "resources/providers").glob("*.json"):
    if profile.name != "personal-domains.json":
        write("providerprofile", profile.read_bytes())
write("providerprofile", '{"id": "x", "imap": {"host": "imap.example.test", "port": 99999}}')

for sample in ["microsoft-errors.json", "replies-2026.json"]:
    for record in json.loads((root / "tests/data" / sample).read_text())[:40]:
        write("replyclassifier", b"\x00" + record["verbatim"].encode())
write("replyclassifier", b"\x04" + b"A2 NO AUTHENTICATE failed.")
write("replyclassifier", b"\x07" + b"535 5.7.3 Authentication unsuccessful")
write("replyclassifier", b"\x00" + b"> > 550 5.7.30 Basic authentication is not supported for Client Submission.")

# Status indexes as in fuzz_tenantdiscovery.cpp: 0 = 200, 1 = 400, 2 = 404, 3 = 500, 4 = no answer.
write("tenantdiscovery", b"\x00" + json.dumps({"token_endpoint": "https://login.microsoftonline.com/4a8c2d1e-6b3f-4e7a-9c0d-1f2e3a4b5c6d/oauth2/v2.0/token",
    "issuer": "https://login.microsoftonline.com/4a8c2d1e-6b3f-4e7a-9c0d-1f2e3a4b5c6d/v2.0", "tenant_region_scope": "EU"}).encode())
write("tenantdiscovery", b"\x00" + b'{"issuer":"https://login.microsoftonline.com/9188040d-6c67-4c5b-b112-36a304b66dad/v2.0"}')
write("tenantdiscovery", b"\x01" + json.dumps({"error": "invalid_tenant", "error_codes": [90002],
    "error_description": "AADSTS90002: Tenant 'example.test' not found. Check to make sure you have the correct tenant ID.\r\nTrace ID: 1"}).encode())
write("tenantdiscovery", b"\x03" + b"<html><body>Service Unavailable</body></html>")
write("tenantdiscovery", b"\x04")
