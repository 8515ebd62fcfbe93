<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>BoundedHttpServer</name>
    <message>
        <source>The server&apos;s certificate or private key cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IP address.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CasClient</name>
    <message>
        <source>Enter the URL of your CAS, for example https://cas.example.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid URL: check it for typos.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CAS is reached over https://, not %1://: change the start of the URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CAS URL has no host name: add one, e.g. https://cas.example.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the user name or password from the CAS URL: the API key and secret are sent as headers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the part after &quot;?&quot; or &quot;#&quot; from the CAS URL: the token request takes no parameters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use https:// for %1: over plain http:// the API secret would travel unencrypted. Plain http is only allowed to this computer (localhost, 127.0.0.1, ::1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CAS URL holds characters that cannot be sent as typed: retype it, or copy it again from its source.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CAS did not answer within %1 s: check the URL and your network, or try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CAS stopped sending data for %1 s: try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CAS sent nothing for %1 s: check the URL and your network, or try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CA file %1 cannot be read: choose a readable PEM file in the profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CA file %1 holds no PEM certificate (&quot;-----BEGIN CERTIFICATE-----&quot;): choose the CA certificate of your CAS in PEM format.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CAS sent more than %1 MiB, far more than a token: stopped reading. Check that the URL points at CAS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CAS redirected more than %1 times (last to %2): the URL probably loops. Check the CAS URL of this profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CAS at %1 redirected to plain http at %2. The redirect was not followed and the API key and secret were not sent there. If this address is right, use it as the CAS URL with https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CAS at %1 redirected to another origin, %2. The redirect was not followed and the API key and secret were not sent there. If you trust that address, use it as the CAS URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1, Location: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CAS announced %1 bytes, far more than a token (the limit is %2 MiB): not read. Check that the URL points at CAS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host name %1 could not be found: check the CAS URL for typos and your network or DNS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing accepts connections at %1 port %2: check the host and port of the CAS URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 closed the connection before the answer was complete: try again, and check that the URL points at CAS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request to %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secure connection to %1 could not be set up: check that the URL points at an https server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate of %1 is not trusted: neither the system nor the CA file %2 vouches for it. Check that the CA file holds the CA that issued the certificate of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate of %1 is not trusted (self-signed): add its CA file to the profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate of %1 is not trusted (unknown issuer): add its CA file to the profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate of %1 is made out for another name: check the host name in the CAS URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate of %1 has expired: its operator must renew it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate of %1 is not valid yet: check this computer&apos;s clock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate of %1 has been revoked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate of %1 was refused: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CAS rejected the API key or secret (HTTP %1): check the key and secret of this profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CAS answered HTTP %1: &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CAS answered HTTP %1 with an HTML page, probably from a proxy or web server in front of it: check the CAS URL, or try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CAS answered HTTP %1: check the CAS URL, or try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CAS answered HTTP %1 without a usable redirect target: check the CAS URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CAS answered HTTP %1 but not with a JSON object (Content-Type: %2): check that the URL points at CAS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CAS answered HTTP %1 with JSON but without a &quot;token&quot;: check that the URL points at CAS&apos;s /stream/token/v2/.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fields: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The &quot;token&quot; CAS sent is not a JWT (three base64url parts separated by dots).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the system&apos;s trusted roots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the CA file %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a certificate this request trusts (not the system&apos;s roots)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secure connection to %1 was not set up within %2 s: the server took the connection but did not finish the TLS handshake. Check that the URL points at an https server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proxy %1 did not open a connection to %2 within %3 s: check the proxy, or add %2 to no_proxy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proxy %1 could not take the request to %2 (%3): check the proxy, or add %2 to no_proxy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sent more than %2 KiB of status line and headers (or more than %3 header fields), far more than any real answer: stopped reading. Check that the URL points at CAS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CAS announced a body of %1 bytes, far more than a token (the limit is %2 MiB): not read. Check that the URL points at CAS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CAS sent a compressed body (Content-Encoding: %1) that expands to more than %2 MiB, far more than a token: stopped decoding. A body that small on the wire and that large decoded is a compression bomb; check that the URL points at CAS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CAS sent a compressed body (Content-Encoding: %1) that cannot be decoded: check that the URL points at CAS, or try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered in an encoding that was not asked for (%2): check that the URL points at CAS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sent more than %2 interim (1xx) answers and no final one: stopped reading. Check that the URL points at CAS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not answer in valid HTTP/1.1 (%2): check that the URL and port point at CAS&apos;s web server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 of %2 has a %3-bit RSA key, too small for this computer&apos;s OpenSSL security level %4, which needs at least %5 bits: the server&apos;s operator must replace it with a key of %5 bits or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA certificate &quot;%1&quot; in the chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CA file %1 cannot be read: pass a readable PEM file with --cacert.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CAS redirected more than %1 times (last to %2): the URL probably loops. Check the CAS URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate of %1 is not trusted (self-signed): pass its CA file with --cacert.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate of %1 is not trusted (unknown issuer): pass its CA file with --cacert.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CAS rejected the API key or secret (HTTP %1): check the key and the secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CAS answered HTTP %1 with %2 &quot;token&quot; members in one object: there is no telling which one is meant, so none is used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token CAS sent says alg &quot;none&quot;: it is unsigned, and an unsigned token is never accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token CAS sent has no &quot;alg&quot; in its header, so there is no telling how it was signed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CAS answered HTTP %1 with JSON that breaks the JSON standard or nests too deep, so none of it is used: check that the URL points at CAS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host name %1 has a character beyond ASCII (%2), and such a name can look like another one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the host name in ASCII.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If it is the CAS you mean, type the name DNS knows it by: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClaimsModel</name>
    <message>
        <source>%1… (%2 characters; the JSON view shows all)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No registered meaning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time (local)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Defined by CAS; the public CAS docs do not explain it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>%1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder, not a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is larger than %2 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(run cas-console --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--timeout takes a whole number of seconds from %1 to %2, not &quot;%3&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>use either --profile or --url with --key, not both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no profile &quot;%1&quot;; cas-console profile list shows the profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>say which CAS to ask: --profile NAME, or --url URL with --key KEY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API secret (typing is not shown):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>profile &quot;%1&quot; has no API secret in the keychain (it was saved without one, or the keyring is locked). Give the secret in one of three ways: on standard input with --secret-stdin; in the CAS_API_SECRET environment variable; or store it with cas-console profile add %1 --url URL --key KEY --secret-stdin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the API secret of profile &quot;%1&quot; from the keychain: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no API secret: pass it on standard input with --secret-stdin, or set CAS_API_SECRET</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>neither DISPLAY nor WAYLAND_DISPLAY is set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The window needs a display (%1). Run it from a desktop session, or use the command line: cas-console --help lists the commands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The window is missing from this installation (%1). Reinstall cas-console, or use the command line: cas-console --help lists the commands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 opens the window, so it cannot go with &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no option %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it goes after a command: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs an action: %2 (run cas-console %1 --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown %1 action &quot;%2&quot;: use %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run cas-console --help for the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no command &quot;%1&quot;; run cas-console --help for the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>completion takes one shell: bash, zsh or fish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the token from standard input: paste it, then press Enter and Ctrl+D.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the input on stdin is larger than 16 MiB; that is not a token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--from-curl gives the URL, key and secret itself: leave out --%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the curl command from the CAS documentation, then press Enter and Ctrl+D.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>standard input holds more than 1 MiB, far more than a curl command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the curl command: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  detail: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature: %1 bytes (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no alg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give exactly one key: --secret-stdin (a shared secret) or --key-file FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--base64-secret goes with --secret-stdin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the token and the secret cannot both come from standard input: pass the token as an argument</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot use the key file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared secret (typing is not shown):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass it with --key-file FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No profiles yet. Add one with: cas-console profile add NAME --url URL --key KEY --secret-stdin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a profile needs --url URL and --key KEY, or --from-curl FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>profile &quot;%1&quot; was not changed: its URL or API key changes, so the secret stored for the old one must be deleted first, and it could not be: %2 Unlock the keychain and try again, or give the secret for the new one with --secret-stdin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>profile &quot;%1&quot; was saved, but its API secret could not be stored in the keychain: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; saved; its API secret is in the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; saved; its API secret in the keychain (if any) is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; saved without a secret; pass one later with --secret-stdin, or with CAS_API_SECRET when fetching.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>say which profile to remove: cas-console profile remove NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no profile &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>profile &quot;%1&quot; was kept because its keychain entries could not be deleted: %2 Unlock the keychain and try again, or remove the profile anyway with --force (the entries then stay in the keychain).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; removed, but these stay in the keychain: %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; removed, with its API secret and history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>profile needs an action: add, list or remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown profile action &quot;%1&quot;: use add, list or remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--cert-out writes the demo CAS&apos;s certificate, which only --tls makes: add --tls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--port takes a number from 0 to 65535 (0 picks a free port), not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown scenario &quot;%1&quot;: use success, wrong-credentials, server-error, slow, expired-token or redirect-other-host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the demo CAS could not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write the demo certificate to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo CAS running; these demo credentials are public and only work here. Try: echo %1 | cas-console token --url %2 --key %3 --secret-stdin%4
Press Ctrl+C to stop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>say where to write the QR code: --output FILE.png or --output FILE.svg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QR code written to %1 (%2 modules per side).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--secret-stdin was given but there is no secret: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no secret was typed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>standard input holds more than 64 KiB, far more than a secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>standard input was empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot use the access code file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the first line of the access code file %1 must be the code: printable ASCII without spaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--bind takes an IP address such as 127.0.0.1 or 0.0.0.0, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--min-validity takes a number of seconds from 0 to 86400, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--allow-origin takes an origin such as http://192.168.1.20:8080 (scheme, host and port, no path), not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--bind %1 lets other devices ask for tokens: give an access code with --access-code-file FILE (clients then send &quot;Authorization: Bearer CODE&quot;), or bind to 127.0.0.1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClipboardStatusLabel</name>
    <message numerus="yes">
        <source>Clipboard clears in %n s</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Clipboard cleared</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClockCheck</name>
    <message>
        <source>Your clock is %1 ahead of CAS&apos;s: valid tokens may look expired before they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your clock is %1 behind CAS&apos;s: fresh tokens may look issued in the future or not yet valid, and expired ones may look valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your clock agrees with CAS&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your clock agrees with CAS&apos;s (%1 ahead).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your clock agrees with CAS&apos;s (%1 behind).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandTable</name>
    <message>
        <source>print one JSON object (on failure too, with an &quot;error&quot; member)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the CAS base URL (https; plain http only to loopback)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>also trust this CA certificate file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give up after SEC seconds, 1 to 3600 (default 15)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>use a saved profile (URL, key, CA file, timeout, secret)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the API secret from standard input (the whole input, one trailing newline removed; on a terminal: a prompt that does not echo)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(--profile NAME | --url URL --key KEY) [--cacert PEM] [--timeout SEC] [--json] [--secret-stdin]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get a token from CAS. The secret comes from --secret-stdin, else the CAS_API_SECRET environment variable, else the profile&apos;s keychain entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[TOKEN|-] [--json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the header, payload and time claims of a token (read from standard input when TOKEN is - or left out).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[TOKEN|-] (--secret-stdin [--base64-secret] | --key-file FILE) [--json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the signature with a shared secret (HS256/384/512) or a public key: PEM, certificate, JWK or JWKS. Key material is never taken as a shared secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the shared secret from standard input: the whole input, one trailing newline removed (on a terminal: a prompt that does not echo)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the secret is base64 or base64url encoded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a PEM public key, certificate, JWK or JWKS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME (--url URL --key KEY | --from-curl FILE|-) [--cacert PEM] [--timeout SEC] [--secret-stdin]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a profile; its secret goes only into the system keychain. --from-curl reads a curl command as the CAS docs print it (URL, auth-api-key and auth-api-secret headers).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>take the URL, key and secret from a curl command in FILE (- for standard input)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the profiles: name, URL, API key (tab-separated).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME [--force]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove a profile with its API secret and history in the keychain. If the keychain cannot delete them, the profile is kept and the exit status is 7.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remove the profile even when its keychain entries cannot be deleted (they stay)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[--port N] [--tls [--cert-out FILE]] [--scenario NAME]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the embedded demo CAS on 127.0.0.1 until interrupted. It prints its URL, the public demo credentials and the secret its tokens are signed with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>listen on port N (0, the default, picks a free port)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>serve HTTPS with a fresh self-signed certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>how the demo CAS answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>with --tls: write the certificate (the CA file) here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[TOKEN|-] --output FILE.png|FILE.svg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the token as a QR code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>where to write it: a .png or .svg file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(--profile NAME | --url URL --key KEY [--cacert PEM]) [--secret-stdin] [--port N] [--bind ADDR] [--allow-origin ORIGIN]... [--access-code-file FILE] [--min-validity SEC] [--timeout SEC]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand tokens to sample apps: GET http://HOST:PORT/token?session=NAME. One token per session; browsers only from http://localhost, http://127.0.0.1 and --allow-origin; other addresses than loopback need an access code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>listen on this IP address (default 127.0.0.1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>also answer browsers from this origin (may be repeated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clients must send the code on this file&apos;s first line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fetch a new token when the current one has fewer seconds left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[COMMAND]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help, or a command&apos;s own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bash|zsh|fish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the shell completion script (the packages install them).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manage profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: cas-console [--demo]              open the window (--demo: with the local demo CAS)
       cas-console COMMAND [OPTIONS]     run headless
       cas-console COMMAND --help        a command&apos;s options and examples

Commands:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Options: --help, --version

Exit codes: 0 ok, 1 internal error, 2 usage (bad option, URL or file; no display for the window),
3 network/TLS/timeout/refused redirect, 4 credentials rejected, 5 other CAS error,
6 bad response, malformed token or key, 7 keychain unavailable or failed,
8 signature does not verify or key refused.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: cas-console %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show this help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Examples:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--secret is not accepted: a secret on the command line ends up in shell history and process lists. Use --secret-stdin, or set CAS_API_SECRET.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not in the command table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(run cas-console %1 --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 command has no option %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>did you mean %1?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CopyAsMenu</name>
    <message>
        <source>Copy &amp;as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;JSON  {&quot;token&quot;: …}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token as JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Environment line  CAS_TOKEN=…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CAS_TOKEN line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Web SDK  WTSDK.Session.connect(…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Web SDK call from the public docs, with the display name set under Edit templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web SDK snippet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CAS request as &amp;curl</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request for a new token; the secret is read from $CAS_API_SECRET, never copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>curl command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown placeholders are copied as they are: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cop&amp;y as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the token for a sample app: JSON, env line, curl, Web SDK snippet or your templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;dit templates…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CurlCommand</name>
    <message>
        <source>The curl command has a quote that is never closed: copy the whole command again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a curl command: it should start with &quot;curl&quot;, as in the CAS documentation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The curl command has no URL (--url https://…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The curl command has no auth-api-key header, so it does not say which API key to use.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DecodedView</name>
    <message>
        <source>Nothing decoded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decode warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Header JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payload JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Header parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing decoded yet. Get a token (%1) or paste one (%2) to see its header, payload and claims.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… %1 more characters are not shown here; Copy header / Copy payload on the Token tab copies all of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>valid since 59 min 59 s ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>H&amp;eader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payloa&amp;d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Header parame&amp;ters</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoCasServer</name>
    <message>
        <source>The demo CAS could not listen on 127.0.0.1:%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoControl</name>
    <message>
        <source>Demo scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the local demo CAS answers the next request: show the error handling live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo answers: success</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo answers: wrong credentials (401)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo answers: server error (500)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo answers: slowly (5 s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo answers: an expired token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo answers: redirect to another host</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Duration</name>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EnvironmentProxyFactory</name>
    <message>
        <source>%1 is set to &quot;%2&quot;, which is not a proxy URL: set it to http://HOST:PORT, or unset it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 names a %2:// proxy, which CAS Console cannot use: use an http:// or socks5:// proxy, or unset it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErrorBanner</name>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technical details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the technical details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close this message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide the technical details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sho&amp;w details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExpiryBadge</name>
    <message>
        <source>Token expiry status, updated every second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 (local) / %3 UTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No expiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet valid · in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid · expires in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires soon · %1 left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired · just now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired · %1 ago</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExpiryGuard</name>
    <message>
        <source>This token has just expired: clients will be refused. Fetch a fresh one?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This token expired %1 ago: clients will be refused. Fetch a fresh one?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This token expires in %1: clients that join later will be refused. Fetch a fresh one?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FlowDiagram</name>
    <message>
        <source>Flow diagram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your backend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CAS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JWT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client SDK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CAS Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>payload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FlowView</name>
    <message>
        <source>Show the API key and the token parts that presentation mode hides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause at each step of the request and reveal the next one with Next step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reveal the next step (Space or Right arrow)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no alg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token is a JWT: a header, a payload (%1) and a signature (%2) made with CAS&apos;s own key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The response did not carry a readable JWT: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token decoded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handed to a client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get a token to watch the request travel from your backend through CAS to a client app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your backend asks CAS for a session token with its API key and secret. The secret stays on the backend: a front end would leak it to every user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CAS checks the key and secret and answers with {&quot;token&quot;: …}, or with an error such as 401 when they are wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token is a JWT: a header, a payload (rid, unct, iat, exp…) and a signature made with CAS&apos;s own key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backend hands the token to the client app; with the Web SDK it joins the session with WTSDK.Session.connect(token, displayName). Two clients join the same session only with the very same token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No token came back, so the flow stops here: there is nothing to hand to a client.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 byte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>after 1 redirect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>after %1 redirects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1  ·  %2 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>payload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handed over: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1 · %2 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hand over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cluster Authentication Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>secret: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Android</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>iOS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keeps the API key and secret. The secret never leaves the backend.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks the key and secret, then issues a session token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Header, payload and signature, signed with CAS&apos;s own key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joins the session with the token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1 of 4 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next step ready (Space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for CAS…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the token or show it as a QR code to hand it over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token flow: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>client app at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only without a valid token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serves GET /token?session=%1 to the client app: client app → CAS Console (your backend) → CAS → token → client. The secret stays here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CAS did not give a token (HTTP %1 to the client).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asked once per session while its token is valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Got the token of session &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused with HTTP %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Served to a client app · session %1 · HTTP %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Serve tab hands tokens to sample apps: the app asks CAS Console, CAS Console asks CAS with the profile&apos;s key and secret, and the app gets only the token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;eveal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tep through</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ne&amp;xt step</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HelpMenu</name>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Manual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About CAS Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;CAS Console %1&lt;/h3&gt;&lt;p&gt;A developer console for the Cluster Authentication Service of the Watch Together SDK: get, decode and verify session tokens. API secrets are kept only in the system keychain.&lt;/p&gt;&lt;p&gt;Built with Qt %2, running on Qt %3.&lt;/p&gt;&lt;p&gt;Free software under the MIT license.&lt;/p&gt;&lt;p&gt;&lt;a href=&quot;%4&quot;&gt;%4&lt;/a&gt;&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No program is set up to open %1. The manual is also there, and in &quot;man cas-console&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About CAS Console</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>no expiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expired just now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expired %1 ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>just now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pinned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetched %1 (local) / %2 UTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token carries no rid claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exp: %1 (local) / %2 UTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token carries no exp claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain: this token is kept in memory until the console quits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain did not give this token back: it may be locked. The entry is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session token handed to a second client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pinned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not pinned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryStore</name>
    <message>
        <source>token of a history entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History tokens are kept for this session only: no keychain available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A history entry needs a profile name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History tokens are kept for this session only: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This history entry no longer exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>token not available (keychain locked?)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tokens fetched for this profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this token in the inspector (Enter or double-click)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy this token again (the clipboard is cleared after a while)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep this token as the session token: two clients join the same session only with the very same token, so hand this one to the second device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget every token of this profile, in the history and in the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget the token fetched for profile &quot;%1&quot;? It is also deleted from the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Forget the %n tokens fetched for profile &quot;%1&quot;? They are also deleted from the keychain.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Copy token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token from history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History cleared, but the keychain could not delete every token: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History cleared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a profile to see the tokens fetched for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No token fetched yet for profile &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pinned for a second client: rid %1. Copy it and give the second device this same token: two clients share a session only with the very same token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 token fetched for profile &quot;%1&quot; (the last %2 are kept).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n tokens fetched for profile &quot;%1&quot; (the last %2 are kept).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;in for a second client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear his&amp;tory…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HttpGet</name>
    <message>
        <source>the server closed the connection during the TLS handshake</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HttpResponseParser</name>
    <message>
        <source>the status line and headers exceed %1 KiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer does not begin with an HTTP/1.x status line but with &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a chunk size line longer than %1 bytes: &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a chunk is longer than its size line says</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the connection closed without an answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the connection closed in the middle of the headers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the connection closed after %1 of the %2 bytes announced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the connection closed before the last chunk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an HTTP/1.x status line: &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a folded header line (obsolete line folding): &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a header line without a name and a colon: &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a header name with a character no name may hold: &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the header %1 holds a control character: &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than %1 header fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server switched protocols (101), which was not asked for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than %1 interim (1xx) answers before the answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content-Encoding: %1 (only gzip or deflate, once, is understood)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer-Encoding: %1 (only chunked is understood)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>conflicting Content-Length values: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content-Length is not a number: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content-Length: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a chunk of more than %1 bytes (size line &quot;%2&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a chunk size that is not a hexadecimal number: &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a trailer line that is not a header: &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 body cannot be decoded: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>zlib error %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 body decodes to more than %2 bytes (%3 bytes received)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than %1 bytes of %2 body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than %1 bytes of body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 body ends before its compressed stream does</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JsonFormatter</name>
    <message>
        <source>empty input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trailing characters after the JSON value (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at offset %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>end of input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>byte 0x%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected end of input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nesting deeper than %1 levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a string key, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &apos;:&apos; after the key, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;}&apos; in an object, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;]&apos; in an array, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid \u escape (needs four hex digits)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid escape: %1 after a backslash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>control character 0x%1 in a string (must be escaped)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid UTF-8 byte 0x%1 in a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected end of input in the string starting at offset %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid number: expected a digit, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid number: leading zero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid number: expected a digit after &apos;.&apos;, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid number: expected a digit in the exponent, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid literal (expected true, false or null)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JwsKey</name>
    <message>
        <source>The JWK has no &quot;%1&quot; member.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The JWK member &quot;%1&quot; is not valid base64url.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key is empty. Paste a PEM public key, a certificate, a JWK or a JWKS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key looks like JSON but cannot be read (%1). Paste a JWK or a JWKS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The JWKS member &quot;keys&quot; is not a list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kid=%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The JSON has neither &quot;kty&quot; (a JWK) nor &quot;keys&quot; (a JWKS).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a private key. Verifying needs only the public key: paste the public key (openssl pkey -pubout) or the certificate instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This PEM block is not a public key or a certificate. Paste a block starting with BEGIN PUBLIC KEY, BEGIN RSA PUBLIC KEY or BEGIN CERTIFICATE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PEM text cannot be read: it may be cut short or altered. Paste the whole block, BEGIN and END lines included.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key is not a PEM public key, a certificate, a JWK or a JWKS. If it is the shared secret of an HS256/HS384/HS512 token, enter it as a secret instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The EC key has no named curve; JWS uses P-256, P-384 or P-521.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The EC key is on curve %1; JWS ES256/ES384/ES512 use P-256, P-384 and P-521.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys of type %1 are not supported; use an RSA, EC (P-256/384/521) or Ed25519 key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This JWK holds a private key (it has &quot;d&quot;). Verifying needs only the public key: remove the private members or export the public JWK.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out of memory while reading the JWK.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The JWK curve &quot;%1&quot; is not supported; use P-256, P-384 or P-521.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The JWK coordinates x and y must be %1 bytes each for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The OKP curve &quot;%1&quot; is not supported; use Ed25519.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The JWK member &quot;x&quot; must be 32 bytes for Ed25519.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The JWK has no &quot;kty&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The JWK key type &quot;%1&quot; is not supported; use RSA, EC, OKP or oct.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The JWK does not describe a valid %1 public key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>HMAC secret, %n bytes</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>RSA %1-bit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RSA-PSS %1-bit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EC %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ed25519</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JWK kid=%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JWK (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>HMAC secret (%n bytes)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 public key from a certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 public key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An HMAC secret can only verify %1 tokens, and this token uses %2, which needs a public key. Paste the signer&apos;s public key, certificate or JWK instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token uses %1, which needs a shared secret, but the key is a public key (%2). A public key is never used as an HMAC secret (that is the key-confusion attack). If you really hold the shared secret, verify with it as a secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token uses %1, which needs an EC key on %2, but this key is on %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This %1 key can only verify %2, but the token uses %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The JWK is restricted to alg %1, but the token uses %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The JWK has use &quot;%1&quot;, so it may not verify signatures (that needs use &quot;sig&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The JWK&apos;s key_ops (%1) do not include &quot;verify&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a PEM public key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a JWK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a JWKS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The RSA key has no readable public exponent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The RSA key&apos;s public exponent must be odd and at least 3; this one is %1, so the key is malformed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JwsVerifier</name>
    <message>
        <source>There is no token to verify.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token has spaces or line breaks inside it. Remove the whitespace and verify again: the signature covers the exact text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token has characters that cannot appear in a JWS (only letters, digits, &apos;-&apos;, &apos;_&apos; and dots).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is an encrypted token (JWE, five parts); it has no signature that can be checked with a verification key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>A signed token has three parts separated by dots; this one has %n.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The header is not valid base64url (JWS uses no padding and no &apos;+&apos; or &apos;/&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The header is not a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The header has no &quot;alg&quot;, so there is no way to know how it was signed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token says alg &quot;%1&quot;: it is unsigned, and an unsigned token is never accepted as verified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The header&apos;s &quot;crit&quot; must be a non-empty list of names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token marks header parameters as critical (%1) that this application does not understand, so it cannot be accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The algorithm &quot;%1&quot; is not supported. Supported: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Algorithm names are case-sensitive: the signer should write &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payload is not valid base64url (JWS uses no padding and no &apos;+&apos; or &apos;/&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature is not valid base64url (JWS uses no padding and no &apos;+&apos; or &apos;/&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: the secret is shorter than %1 bytes, the minimum RFC 7518 sets for %2, so it may be guessed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An %1 signature must be %2 bytes (R and S, %3 bytes each), but this one is %4 bytes. The signer may have used DER encoding, which JWS does not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature verified with %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature does not match: the token was changed or signed with another key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenSSL could not use the %1 to check a %2 signature.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no kid)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entries that could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No key in the JWKS has kid &quot;%1&quot;. Available kids: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token has no kid, and no key in the JWKS can verify %1. Available kids: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token has no kid, and %1 keys in the JWKS could verify %2, so there is no telling which one is meant. Available kids: %3. Paste the one key instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret is marked as base64 but is not valid base64. Check it, or untick base64 if the secret is the text itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret is empty. Enter the shared secret the token was signed with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No key could be read from the key text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RSA keys under 2048 bits are refused for %1 (RFC 7518 §3.3); this key has %2 bits. Ask the signer for a key of at least 2048 bits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret is %1, not a shared secret. Key material is never used as an HMAC secret (that is how forged tokens pass as verified): use it as a key instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret decodes to %1, not a shared secret. Key material is never used as an HMAC secret: use it as a key instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It does match when the secret is read as plain text, not decoded from base64.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It does match when the secret is decoded from base64.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Jwt</name>
    <message>
        <source>header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>payload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 part ends with &apos;=&apos; padding, which base64url in a JWT must not have (RFC 7515); remove the &apos;=&apos; characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 part has a character that is not base64url, %2 at offset %3; only A-Z, a-z, 0-9, &apos;-&apos; and &apos;_&apos; are allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(&apos;+&apos; and &apos;/&apos; belong to standard base64, not base64url.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 part has %2 characters, a length no base64url text can have; it may have been cut off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 part is not valid base64url.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expires in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expired just now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expired %1 ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>issued in %1 (in the future)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>issued just now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>issued %1 ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>valid from in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>valid since just now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>valid since %1 ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pasted text looks like JSON but is not valid (%1); paste the token itself or the whole CAS response {&quot;token&quot;: &quot;...&quot;}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pasted JSON has no &quot;token&quot; string; paste the token itself or the whole CAS response {&quot;token&quot;: &quot;...&quot;}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token had line breaks, spaces or invisible characters inside; they were removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no token to decode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a JWE (encrypted) token with five parts; its content cannot be decoded without the recipient&apos;s key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text has no &apos;.&apos;; a JWT has three base64url parts separated by dots (header.payload.signature).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text has %1 dot-separated parts; a signed JWT has 3 (header.payload.signature) and an encrypted one (JWE) has 5. It may be cut off or joined with other text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 part has non-zero unused bits in its last character (not canonical base64url); the decoded bytes ignore them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 is not UTF-8 text (invalid byte 0x%2 at offset %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 is not valid JSON: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 is JSON but not an object; a JWT&apos;s %1 must be a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 has duplicate key &quot;%2&quot;; programs may disagree on which value counts (this tool reads the last one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 has %2 more duplicate keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payload&apos;s &quot;%1&quot; is %2, not an integer number of seconds; it is not interpreted as a time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature part is empty: the token is unsigned and nothing vouches for its content.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuer: who created and signed the token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject: whom the token is about</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audience: who the token is meant for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expiration time: not to be accepted on or after this time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not before: not to be accepted before this time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued at: when the token was created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JWT ID: a unique identifier for this token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Algorithm that signs (or encrypts) the token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Media type of the token, usually JWT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key ID: which key signed the token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content type of the payload (JWT for a nested token)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extensions a recipient must understand to accept the token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL of a JWK Set holding the signing key (never fetched automatically)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL of the signer&apos;s X.509 certificate (never fetched automatically)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public key embedded in the token (not trusted for verification)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X.509 certificate chain of the signer, embedded in the token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-1 thumbprint of the signer&apos;s X.509 certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256 thumbprint of the signer&apos;s X.509 certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content encryption algorithm of a JWE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compression applied before encryption</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeychainMessages</name>
    <message>
        <source>Not saved: the keychain is locked, so the API secret is kept for this session only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: the keychain refused the API secret, so it is kept for this session only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: no keychain is available, so the API secret is kept for this session only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain is available to read the saved API secret from: start one, or type the secret in the profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain is locked: unlock it, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain has no API secret for this profile, or it is locked: unlock it or type the secret again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain did not give back the API secret of this profile.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>CAS Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add a profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the request (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Get token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request a token from CAS (Ctrl+Return)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Decode token…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decode token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste a token, a Bearer header or a CAS response:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the pasted text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decode from clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;templates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the templates of Copy as… for Android, iOS or any sample app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;uplicate profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rename profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;vert profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the &amp;local demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Presentation mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Larger type, high contrast, and secrets, API keys and tokens hidden: safe to share your screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A profile holds a CAS URL and an API key; its API secret is kept in the system keychain.

No account yet? The local demo runs a CAS on this computer, so you can get and inspect a real token right away.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the API secret from the keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requesting a token from %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token received in %1 ms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decoding %1 characters…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text from %1 is not a token: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decoded from %1; no request was made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 copied for a client app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local demo CAS could not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local demo CAS running at %1. Press Ctrl+Return to get a token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presentation mode: secrets, API keys and tokens are hidden (F11 to leave).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presentation mode off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the dropped text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try the local de&amp;mo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token for profile &quot;%1&quot; received in %2 ms; it is in that profile&apos;s history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request for profile &quot;%1&quot; failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decoded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auth flow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QR code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome to CAS Console</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindowPrompts</name>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; has changes that are not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the profile &quot;%1&quot; and its API secret from the keychain?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token expiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fetch a fresh token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the API secret?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; now %2. Keep its saved API secret and send it there?

No deletes the saved secret: type the secret for the new host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1

Remove the profile &quot;%2&quot; anyway? A secret saved for it earlier stays in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NetModule</name>
    <message>
        <source>This installation of cas-console lacks its network module (%1), so it cannot make requests, serve or check signatures. Reinstall cas-console.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileEditor</name>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CAS &amp;URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CAS URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://cas.example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API &amp;secret:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;A file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: PEM file of a private CA to trust</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse for a CA file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ti&amp;meout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeout in seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo the unsaved changes of this profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save this profile (Ctrl+S); the secret goes to the system keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the CA certificate (PEM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the API secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved in the keychain; not loaded (type to replace)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide the secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide the API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save profile</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfilePanel</name>
    <message>
        <source>Profi&amp;les</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The embedded demo CAS on this computer; kept for this session only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the API secret of this profile first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This profile now %1, and its saved API secret is not sent there: type the API secret for it, or save the profile first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>points to %1 instead of %2 and has another API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>points to %1 instead of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has another API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A profile named &quot;%1&quot; exists already: choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile was not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile was renamed, but its secret could not be moved in the keychain: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The old API secret of &quot;%1&quot; could not be deleted from the keychain: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 copy %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy has no API secret yet: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New name for &quot;%1&quot;:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 The profile was kept: unlock or start the keychain, then remove it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public demo secret, kept for this session only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving to the %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored in the %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain entries of &quot;%1&quot; could not be deleted: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; removed; these stay in the keychain: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfilePolicy</name>
    <message>
        <source>A profile name cannot be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A profile name cannot be only spaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A profile name cannot start or end with a space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A profile name cannot contain &apos;/&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A profile name cannot contain &apos;\&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A profile name cannot contain control characters or invisible ones (such as bidi controls or zero-width spaces)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A profile name can have at most %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API key is empty: copy it from your private area.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API key contains a control character (%1): copy it again, without line breaks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API secret contains a control character (%1): copy it again, without line breaks. Nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CA file %1 cannot be used: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is larger than 1 MiB; a CA certificate is a few KiB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it holds no PEM certificate (&quot;-----BEGIN CERTIFICATE-----&quot;); choose the CA certificate of your CAS in PEM format.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The timeout must be between %1 and %2 seconds, not %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileRemoval</name>
    <message>
        <source>the API secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n history token(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProfileStore</name>
    <message>
        <source>Profile &quot;%1&quot; was not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A profile named &quot;%1&quot; exists already: choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; was not renamed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; was not removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no profile named &quot;%1&quot;: it was renamed or removed meanwhile, or the name is misspelt.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QrCode</name>
    <message>
        <source>There is nothing to put in a QR code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token is %1 bytes long; one QR code holds at most %2 bytes. Copy it as text instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token is too long for one QR code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The QR code could not be made (%1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QrView</name>
    <message>
        <source>Token as a QR code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token expiry, updated every second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No token to show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No token yet. Get one (Ctrl+Return) or paste one to show it as a QR code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no QR code to save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: check that the folder exists and is writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No expiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires %1 · in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired %1 · just now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired %1 · %2 ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save QR Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reveal the c&amp;ode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presentation mode hides the QR code, since it carries the token; show it on screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presentation mode hides the QR code: it carries the token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sav&amp;e as PNG…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResponseView</name>
    <message>
        <source>Response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy a curl command that makes the same request. The secret is left out: curl reads it from the CAS_API_SECRET environment variable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response headers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS protocol, cipher and the server&apos;s certificate chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request as sent (the secret is not shown):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request as sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redirects followed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redirects followed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>header value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No request made yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the request did not complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No response: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 ms · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No body.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The body is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1, no Content-Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— not UTF-8 text; the first %1 bytes are shown as hex.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— not UTF-8 text; shown as hex.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The body reached the %1 cap and was cut off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No request made yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plain HTTP (loopback only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No TLS session was established</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cipher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n certificate(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Root</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intermediate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (self-signed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not yet valid)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(expired)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256 fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alternative names</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Redirects followed (%n):</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No redirects were followed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>curl command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trusted through</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy as &amp;curl</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SecretLineEdit</name>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>No system keychain is available (Secret Service over D-Bus): start a keyring such as gnome-keyring, or pass the secret with --secret-stdin / CAS_API_SECRET</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain cannot be reached: this installation lacks its keychain module (%1). Reinstall cas-console, or pass the secret with --secret-stdin / CAS_API_SECRET</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain is locked or refused access: unlock it and try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(details withheld)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No %1 found in the keychain (or the keyring is locked): unlock it and try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No secret found in the keychain for profile &quot;%1&quot; (or the keyring is locked): unlock it or set the secret again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the %1 from the keychain: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not store the %1 in the keychain: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not delete the %1 from the keychain: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the secret of profile &quot;%1&quot; from the keychain: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not store the secret of profile &quot;%1&quot; in the keychain: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not delete the secret of profile &quot;%1&quot; from the keychain: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows Credential Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>macOS Keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>system keychain (Secret Service)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret was copied to profile &quot;%1&quot; but could not be deleted from profile &quot;%2&quot;: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret of profile &quot;%1&quot; is still in the keychain, which is locked: unlock it and try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 is still in the keychain, which is locked: unlock it and try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>secret being rewritten as text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SelfSignedCertificate</name>
    <message>
        <source>Could not create a self-signed certificate (%1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServeView</name>
    <message>
        <source>Hand tokens to sample apps on this machine, an emulator or a phone: CAS Console keeps the secret and answers GET /token?session=NAME with one token per session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any free port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reachable from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allowed origins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>besides http://localhost and http://127.0.0.1, e.g. http://192.168.1.20:8080</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum validity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum validity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask before handing out a token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give this to the sample app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QR code of the URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renew token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer only (127.0.0.1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local network, with an access code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a saved profile first: the service asks CAS with its key and secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the API secret of &quot;%1&quot;…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another profile was selected before the secret was read: press Start serving again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serving tokens of profile &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped. Sample apps get no more tokens from here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not serving)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start serving, then give the URL to the app. A browser on an allowed origin can open the URL itself for a test page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apps ask GET %1/token?session=NAME (open %1/ in a browser for a test page).
Android emulator: http://10.0.2.2:%2 is this computer.
Phone on USB: run adb reverse tcp:%2 tcp:%2, then use http://127.0.0.1:%2 on the phone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fetching from CAS…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no expiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand out a token?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 asks for the token of session &quot;%2&quot;%3. Hand it out?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> from the web page at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;eachable from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allowe&amp;d origins:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start serv&amp;ing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy URL</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default &amp;timeout for new profiles:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default timeout in seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear copied tokens and secrets after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clipboard clearing delay in seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Font scale:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Font scale in percent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copies of tokens and secrets are marked as concealed for clipboard managers and cleared only if the clipboard still holds them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;olours:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour scheme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As the system (light or dark)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsFile</name>
    <message>
        <source>The settings file %1 cannot be read or written: check that its folder exists and is writable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settings file %1 is not a valid settings file: fix it or move it away (profiles are not saved until then, so it is not overwritten)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Views</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TemplateStore</name>
    <message>
        <source>// Example for your %1 sample app: edit it (Copy as &gt; Edit templates).
// The %1 SDK calls are not in the public Watch Together docs,
// so this only hands the values to your own join code.
// Expires (UTC): %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tester</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Android sample (edit me)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>iOS sample (edit me)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A template name cannot be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a template named &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no template named &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The templates could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TemplatesDialog</name>
    <message>
        <source>Copy Templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Templates appear under Copy as. Placeholders: ${TOKEN}, ${DISPLAY_NAME}, ${EXPIRES_AT} (ISO 8601 UTC, empty when the token has no expiry). Other ${…} text is copied as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview with a sample token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview of the copied text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Display name for Web SDK snippets and templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tester</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New template %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown placeholders, copied as they are: %1. Known: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TokenService</name>
    <message>
        <source>CAS rejected the API key or secret (HTTP %1). Check the profile&apos;s credentials in CAS Console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CAS answered with an error (HTTP %1). Try again later, or look at the request in CAS Console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CAS did not answer in time. Check that CAS is reachable from the machine running CAS Console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CAS sent an answer without a usable token. Look at the request in CAS Console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secure connection to CAS failed. Check the profile&apos;s URL and CA file in CAS Console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CAS could not be reached. Check the profile&apos;s URL and the network of the machine running CAS Console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use GET.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found: the token service answers GET /token?session=NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This origin may not fetch tokens. Start the service with --allow-origin for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use GET /token?session=NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An access code is needed: send the header &quot;Authorization: Bearer CODE&quot; with the code shown by CAS Console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session name must be 1 to 64 letters, digits or - _ . : @ characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person at CAS Console declined to hand out a token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many sessions: end some in CAS Console, or use fewer session names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CAS sent something that is not a token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CAS sent a token that has already expired. Check the clocks of this machine and of CAS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serving tokens on %1 needs an access code: any device on that network could otherwise get tokens. Give an access code, or bind to 127.0.0.1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an origin: write it as scheme://host[:port], for example http://192.168.1.20:8080.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token service could not listen on %1 port %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session was ended at CAS Console.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TokenView</name>
    <message>
        <source>No token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token expiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Encoded token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encoded token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token as received: header, payload and signature separated by dots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the whole token; it is marked concealed and cleared from the clipboard after a while</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the header JSON exactly as the token carries it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the payload JSON exactly as the token carries it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presentation mode hides the token; show it on screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No token yet. Press %1 to get one, or paste a token (%2) to decode it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Header JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payload JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hidden in presentation mode: press Reveal token to show it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 characters are not shown; Copy token copies the whole token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no alg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kid %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy payload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reveal to&amp;ken</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VerifyView</name>
    <message>
        <source>Verify signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key typ&amp;e:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key te&amp;xt:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read a PEM, certificate, JWK or JWKS file into the key text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L&amp;oad key file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared secret (text)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared secret (base64)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public key: PEM, certificate, JWK or JWKS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HS256/384/512 tokens are signed with a shared secret; RS, PS, ES and EdDSA tokens with a private key, verified here with its public key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the public key: a PEM key (-----BEGIN PUBLIC KEY-----), a PEM certificate, a JWK ({&quot;kty&quot;: …}, also &quot;oct&quot; for a shared secret) or a JWKS ({&quot;keys&quot;: […]}, the token&apos;s kid picks the key).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the token&apos;s signature with this key (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load Verification Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys (*.pem *.crt *.cer *.pub *.key *.jwk *.jwks *.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No token to verify. Fetch or paste a token first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token signed with an unknown algorithm (no &quot;alg&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token signed with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(kid %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too large to be a key file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a text file. A binary (DER) key can be converted with &quot;openssl pkey -pubin -inform DER -in key.der -out key.pem&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Loaded %1 (%n byte(s)).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The shared secret, base64 or base64url encoded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shared secret the token was signed with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— Not checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Verify to check the signature with this key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the key the token was signed with and press Verify.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✔ Verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✘ Not verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide the secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo CAS signs its tokens with a public HS256 secret; this fills it in and verifies, to show a verification that succeeds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose “Public key: PEM, certificate, JWK or JWKS” above and paste it in the Key field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se&amp;cret:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the &amp;demo CAS&apos;s signing secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ver&amp;ify</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Developer console for CAS tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the embedded demo CAS and select its profile.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
