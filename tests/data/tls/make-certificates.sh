#!/usr/bin/env bash
# Makes the throwaway certificates the unit tests' scripted servers present. They are test data:
# the keys protect nothing. Run in this folder to make them again.
set -euo pipefail
openssl req -x509 -newkey rsa:2048 -nodes -keyout ca.key -out ca.pem -days 36500 -subj "/CN=Mail Setup Test CA" \
    -addext "basicConstraints=critical,CA:TRUE" -addext "keyUsage=critical,keyCertSign,cRLSign"
openssl req -newkey rsa:2048 -nodes -keyout server.key -out server.csr -subj "/CN=localhost"
openssl x509 -req -in server.csr -CA ca.pem -CAkey ca.key -CAcreateserial -out server.pem -days 36500 \
    -extfile <(printf "subjectAltName=DNS:localhost,IP:127.0.0.1,IP:::1\nbasicConstraints=CA:FALSE\nextendedKeyUsage=serverAuth\n")
# Self-signed: nobody trusts it (the untrusted-certificate and TLS-inspection cases).
openssl req -x509 -newkey rsa:2048 -nodes -keyout untrusted.key -out untrusted.pem -days 36500 -subj "/CN=localhost" \
    -addext "subjectAltName=DNS:localhost,IP:127.0.0.1"
# Trusted issuer, wrong name (the name-mismatch case).
openssl req -newkey rsa:2048 -nodes -keyout wrongname.key -out wrongname.csr -subj "/CN=mail.example.org"
openssl x509 -req -in wrongname.csr -CA ca.pem -CAkey ca.key -CAcreateserial -out wrongname.pem -days 36500 \
    -extfile <(printf "subjectAltName=DNS:mail.example.org\n")
rm -f ca.key ca.srl server.csr wrongname.csr
