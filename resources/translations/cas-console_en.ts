<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AppSettings</name>
    <message>
        <location filename="../../src/gui/AppSettings.cpp" line="85"/>
        <source>The settings could not be saved to %1: check that the folder is writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/AppSettings.cpp" line="88"/>
        <source>The settings file %1 is damaged; it was left as it is.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CasClient</name>
    <message>
        <location filename="../../src/core/CasClient.cpp" line="173"/>
        <source>Enter the URL of your CAS, for example https://cas.example.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/core/CasClient.cpp" line="181"/>
        <source>&quot;%1&quot; is not a valid URL: check it for typos.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/core/CasClient.cpp" line="185"/>
        <source>CAS is reached over https://, not %1://: change the start of the URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/core/CasClient.cpp" line="187"/>
        <source>The CAS URL has no host name: add one, e.g. https://cas.example.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/core/CasClient.cpp" line="190"/>
        <source>Remove the user name or password from the CAS URL: the API key and secret are sent as headers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/core/CasClient.cpp" line="193"/>
        <source>Remove the part after &quot;?&quot; or &quot;#&quot; from the CAS URL: the token request takes no parameters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/core/CasClient.cpp" line="196"/>
        <source>Use https:// for %1: over plain http:// the API secret would travel unencrypted. Plain http is only allowed to this computer (localhost, 127.0.0.1, ::1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/core/CasClient.cpp" line="240"/>
        <source>CAS did not answer within %1 s: check the URL and your network, or try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/core/CasClient.cpp" line="245"/>
        <source>CAS stopped sending data for %1 s: try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/core/CasClient.cpp" line="246"/>
        <source>CAS sent nothing for %1 s: check the URL and your network, or try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/core/CasClient.cpp" line="277"/>
        <source>The request was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/core/CasClient.cpp" line="322"/>
        <source>The CA file %1 cannot be read: choose a readable PEM file in the profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/core/CasClient.cpp" line="330"/>
        <source>The CA file %1 holds no PEM certificate (&quot;-----BEGIN CERTIFICATE-----&quot;): choose the CA certificate of your CAS in PEM format.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/core/CasClient.cpp" line="340"/>
        <location filename="../../src/core/CasClient.cpp" line="388"/>
        <source>No network access is available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/core/CasClient.cpp" line="453"/>
        <source>CAS sent more than %1 MiB, far more than a token: stopped reading. Check that the URL points at CAS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/core/CasClient.cpp" line="468"/>
        <source>CAS redirected more than %1 times (last to %2): the URL probably loops. Check the CAS URL of this profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/core/CasClient.cpp" line="477"/>
        <source>CAS at %1 redirected to plain http at %2. The redirect was not followed and the API key and secret were not sent there. If this address is right, use it as the CAS URL with https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/core/CasClient.cpp" line="479"/>
        <source>CAS at %1 redirected to another origin, %2. The redirect was not followed and the API key and secret were not sent there. If you trust that address, use it as the CAS URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/core/CasClient.cpp" line="482"/>
        <source>HTTP %1, Location: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/core/CasClient.cpp" line="507"/>
        <source>CAS announced %1 bytes, far more than a token (the limit is %2 MiB): not read. Check that the URL points at CAS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/core/CasClient.cpp" line="557"/>
        <source>The host name %1 could not be found: check the CAS URL for typos and your network or DNS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/core/CasClient.cpp" line="562"/>
        <source>Nothing accepts connections at %1 port %2: check the host and port of the CAS URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/core/CasClient.cpp" line="568"/>
        <source>%1 closed the connection before the answer was complete: try again, and check that the URL points at CAS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/core/CasClient.cpp" line="574"/>
        <source>Connecting to %1 timed out: check the CAS URL and your network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/core/CasClient.cpp" line="579"/>
        <source>CAS redirected too many times: the URL probably loops.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/core/CasClient.cpp" line="582"/>
        <source>CAS redirected to an insecure address; the redirect was not followed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/core/CasClient.cpp" line="585"/>
        <source>The request to %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/core/CasClient.cpp" line="598"/>
        <source>The secure connection to %1 could not be set up: check that the URL points at an https server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/core/CasClient.cpp" line="606"/>
        <source>The certificate of %1 is not trusted (self-signed): add its CA file to the profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/core/CasClient.cpp" line="613"/>
        <source>The certificate of %1 is not trusted (unknown issuer): add its CA file to the profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/core/CasClient.cpp" line="616"/>
        <source>The certificate of %1 is made out for another name: check the host name in the CAS URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/core/CasClient.cpp" line="619"/>
        <source>The certificate of %1 has expired: its operator must renew it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/core/CasClient.cpp" line="622"/>
        <source>The certificate of %1 is not valid yet: check this computer&apos;s clock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/core/CasClient.cpp" line="625"/>
        <source>The certificate of %1 has been revoked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/core/CasClient.cpp" line="628"/>
        <source>The certificate of %1 was refused: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/core/CasClient.cpp" line="643"/>
        <source>CAS rejected the API key or secret (HTTP %1): check the key and secret of this profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/core/CasClient.cpp" line="645"/>
        <source>HTTP %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/core/CasClient.cpp" line="650"/>
        <source>CAS answered HTTP %1: &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/core/CasClient.cpp" line="652"/>
        <source>CAS answered HTTP %1 with an HTML page, probably from a proxy or web server in front of it: check the CAS URL, or try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/core/CasClient.cpp" line="656"/>
        <source>CAS answered HTTP %1: check the CAS URL, or try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/core/CasClient.cpp" line="659"/>
        <source>CAS answered HTTP %1 without a usable redirect target: check the CAS URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/core/CasClient.cpp" line="670"/>
        <source>CAS answered HTTP %1 but not with a JSON object (Content-Type: %2): check that the URL points at CAS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/core/CasClient.cpp" line="673"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/core/CasClient.cpp" line="680"/>
        <source>CAS answered HTTP %1 with JSON but without a &quot;token&quot;: check that the URL points at CAS&apos;s /stream/token/v2/.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/core/CasClient.cpp" line="683"/>
        <source>Fields: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/core/CasClient.cpp" line="688"/>
        <source>The &quot;token&quot; CAS sent is not a JWT (three base64url parts separated by dots).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClaimsModel</name>
    <message>
        <location filename="../../src/gui/ClaimsModel.cpp" line="107"/>
        <source>%1… (%2 characters; the JSON view shows all)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/ClaimsModel.cpp" line="117"/>
        <source>No registered meaning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/ClaimsModel.cpp" line="128"/>
        <source>Claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/ClaimsModel.cpp" line="128"/>
        <source>Parameter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/ClaimsModel.cpp" line="130"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/ClaimsModel.cpp" line="132"/>
        <source>Meaning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/ClaimsModel.cpp" line="134"/>
        <source>Time (local)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/ClaimsModel.cpp" line="136"/>
        <source>Time (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/ClaimsModel.cpp" line="138"/>
        <source>Relative</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../../src/cli/Cli.cpp" line="90"/>
        <source>unknown command &quot;%1&quot;; run cas-console --help for the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/CliIo.cpp" line="80"/>
        <source>%1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/CliIo.cpp" line="84"/>
        <source>%1 is a folder, not a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/CliIo.cpp" line="88"/>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/CliIo.cpp" line="93"/>
        <source>%1 is larger than %2 bytes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliCommands</name>
    <message>
        <location filename="../../src/cli/CliCommands.cpp" line="138"/>
        <source>use either --profile or --url with --key, not both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/CliCommands.cpp" line="144"/>
        <source>there is no profile &quot;%1&quot;; cas-console profile list shows the profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/CliCommands.cpp" line="153"/>
        <source>say which CAS to ask: --profile NAME, or --url URL with --key KEY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/CliCommands.cpp" line="179"/>
        <location filename="../../src/cli/CliCommands.cpp" line="320"/>
        <location filename="../../src/cli/CliCommands.cpp" line="432"/>
        <source>--secret-stdin was given but standard input had no secret line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/CliCommands.cpp" line="197"/>
        <source>no API secret: pass it on standard input with --secret-stdin, or set CAS_API_SECRET</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/CliCommands.cpp" line="218"/>
        <source>  detail: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/CliCommands.cpp" line="265"/>
        <source>Header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/CliCommands.cpp" line="266"/>
        <source>Payload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/CliCommands.cpp" line="267"/>
        <source>Signature: %1 bytes (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/CliCommands.cpp" line="267"/>
        <source>no alg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/CliCommands.cpp" line="272"/>
        <source>Time claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/CliCommands.cpp" line="278"/>
        <source>Warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/CliCommands.cpp" line="295"/>
        <source>give exactly one key: --secret-stdin (a shared secret) or --key-file FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/CliCommands.cpp" line="299"/>
        <source>--base64-secret goes with --secret-stdin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/CliCommands.cpp" line="304"/>
        <source>the token and the secret cannot both come from standard input: pass the token as an argument</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/CliCommands.cpp" line="313"/>
        <source>cannot use the key file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/CliCommands.cpp" line="370"/>
        <source>No profiles yet. Add one with: cas-console profile add NAME --url URL --key KEY --secret-stdin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/CliCommands.cpp" line="405"/>
        <source>a profile needs --url URL and --key KEY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/CliCommands.cpp" line="416"/>
        <source>cannot use the CA file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/CliCommands.cpp" line="445"/>
        <source>profile &quot;%1&quot; was saved, but its API secret could not be stored in the keychain: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/CliCommands.cpp" line="450"/>
        <source>Profile &quot;%1&quot; saved; its API secret is in the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/CliCommands.cpp" line="451"/>
        <source>Profile &quot;%1&quot; saved without a secret; pass one later with --secret-stdin, or with CAS_API_SECRET when fetching.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/CliCommands.cpp" line="464"/>
        <source>say which profile to remove: cas-console profile remove NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/CliCommands.cpp" line="468"/>
        <source>there is no profile &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/CliCommands.cpp" line="473"/>
        <source>profile &quot;%1&quot; was kept because its keychain entry could not be removed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/CliCommands.cpp" line="481"/>
        <source>Profile &quot;%1&quot; removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/CliCommands.cpp" line="485"/>
        <source>profile needs an action: add, list or remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/CliCommands.cpp" line="486"/>
        <source>unknown profile action &quot;%1&quot;: use add, list or remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/CliCommands.cpp" line="540"/>
        <source>--port takes a number from 0 to 65535 (0 picks a free port), not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/CliCommands.cpp" line="545"/>
        <source>unknown scenario &quot;%1&quot;: use success, wrong-credentials, server-error, slow, expired-token or redirect-other-host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/CliCommands.cpp" line="555"/>
        <source>the demo CAS could not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/CliCommands.cpp" line="571"/>
        <source>cannot write the demo certificate to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/CliCommands.cpp" line="582"/>
        <source>Demo CAS running; these demo credentials are public and only work here. Try: echo %1 | cas-console token --url %2 --key %3 --secret-stdin%4
Press Ctrl+C to stop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/CliCommands.cpp" line="615"/>
        <source>say where to write the QR code: --output FILE.png or --output FILE.svg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/CliCommands.cpp" line="658"/>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/CliCommands.cpp" line="661"/>
        <source>QR code written to %1 (%2 modules per side).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClockCheck</name>
    <message>
        <location filename="../../src/core/ClockCheck.cpp" line="113"/>
        <source>Your clock is %1 ahead of CAS&apos;s: valid tokens may look expired before they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/core/ClockCheck.cpp" line="116"/>
        <source>Your clock is %1 behind CAS&apos;s: fresh tokens may look issued in the future or not yet valid, and expired ones may look valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/core/ClockCheck.cpp" line="120"/>
        <source>Your clock agrees with CAS&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/core/ClockCheck.cpp" line="122"/>
        <source>Your clock agrees with CAS&apos;s (%1 ahead).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/core/ClockCheck.cpp" line="123"/>
        <source>Your clock agrees with CAS&apos;s (%1 behind).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/core/ClockCheck.cpp" line="132"/>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/core/ClockCheck.cpp" line="135"/>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/core/ClockCheck.cpp" line="135"/>
        <source>%1 min %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/core/ClockCheck.cpp" line="139"/>
        <source>%1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/core/ClockCheck.cpp" line="139"/>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/core/ClockCheck.cpp" line="142"/>
        <source>%1 d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/core/ClockCheck.cpp" line="142"/>
        <source>%1 d %2 h</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CopyAsMenu</name>
    <message>
        <location filename="../../src/gui/CopyAsMenu.cpp" line="10"/>
        <source>Copy &amp;as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/CopyAsMenu.cpp" line="13"/>
        <source>&amp;Token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/CopyAsMenu.cpp" line="15"/>
        <source>Token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/CopyAsMenu.cpp" line="17"/>
        <source>&amp;JSON  {&quot;token&quot;: …}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/CopyAsMenu.cpp" line="19"/>
        <source>Token as JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/CopyAsMenu.cpp" line="21"/>
        <source>&amp;Environment line  CAS_TOKEN=…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/CopyAsMenu.cpp" line="24"/>
        <source>CAS_TOKEN line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/CopyAsMenu.cpp" line="26"/>
        <source>&amp;Web SDK  WTSDK.Session.connect(…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/CopyAsMenu.cpp" line="27"/>
        <source>The Web SDK call from the public docs, with the display name set under Edit templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/CopyAsMenu.cpp" line="30"/>
        <source>Web SDK snippet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/CopyAsMenu.cpp" line="33"/>
        <source>CAS request as &amp;curl</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/CopyAsMenu.cpp" line="34"/>
        <source>The request for a new token; the secret is read from $CAS_API_SECRET, never copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/CopyAsMenu.cpp" line="37"/>
        <source>curl command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/CopyAsMenu.cpp" line="40"/>
        <source>Templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/CopyAsMenu.cpp" line="41"/>
        <source>No templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/CopyAsMenu.cpp" line="45"/>
        <source>Edit &amp;templates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/CopyAsMenu.cpp" line="125"/>
        <source>Unknown placeholders are copied as they are: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/CopyAsMenu.cpp" line="151"/>
        <source>Template &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DecodedView</name>
    <message>
        <location filename="../../ui/DecodedView.ui" line="30"/>
        <source>Nothing decoded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/DecodedView.ui" line="62"/>
        <location filename="../../ui/DecodedView.ui" line="93"/>
        <source>Decode warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/DecodedView.ui" line="125"/>
        <source>&amp;Header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/DecodedView.ui" line="135"/>
        <source>Header JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/DecodedView.ui" line="142"/>
        <source>P&amp;ayload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/DecodedView.ui" line="152"/>
        <source>Payload JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/DecodedView.ui" line="175"/>
        <source>&amp;Claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/DecodedView.ui" line="185"/>
        <source>Claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/DecodedView.ui" line="192"/>
        <source>Header pa&amp;rameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/DecodedView.ui" line="202"/>
        <source>Header parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/DecodedView.cpp" line="43"/>
        <source>Nothing decoded yet. Get a token (%1) or paste one (%2) to see its header, payload and claims.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/DecodedView.cpp" line="88"/>
        <source>… %1 more characters are not shown here; Copy header / Copy payload on the Token tab copies all of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/DecodedView.cpp" line="236"/>
        <source>valid since 59 min 59 s ago</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoCasServer</name>
    <message>
        <location filename="../../src/core/DemoCasServer.cpp" line="234"/>
        <source>The demo CAS could not listen on 127.0.0.1:%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErrorBanner</name>
    <message>
        <location filename="../../src/gui/ErrorBanner.cpp" line="35"/>
        <location filename="../../src/gui/ErrorBanner.cpp" line="137"/>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/ErrorBanner.cpp" line="51"/>
        <source>Technical details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/ErrorBanner.cpp" line="55"/>
        <source>Deta&amp;ils</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/ErrorBanner.cpp" line="57"/>
        <location filename="../../src/gui/ErrorBanner.cpp" line="154"/>
        <source>Show the technical details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/ErrorBanner.cpp" line="64"/>
        <source>Close this message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/ErrorBanner.cpp" line="65"/>
        <source>Close message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/ErrorBanner.cpp" line="93"/>
        <source>The request failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/ErrorBanner.cpp" line="137"/>
        <source>Information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/ErrorBanner.cpp" line="154"/>
        <source>Hide the technical details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExpiryBadge</name>
    <message>
        <location filename="../../src/gui/ExpiryBadge.cpp" line="22"/>
        <source>Token expiry status, updated every second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/ExpiryBadge.cpp" line="39"/>
        <source>%1: %2 (local) / %3 UTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/ExpiryBadge.cpp" line="83"/>
        <source>No expiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/ExpiryBadge.cpp" line="86"/>
        <source>Not yet valid · in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/ExpiryBadge.cpp" line="89"/>
        <source>Valid · expires in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/ExpiryBadge.cpp" line="92"/>
        <source>Expires soon · %1 left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/ExpiryBadge.cpp" line="96"/>
        <source>Expired · just now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/ExpiryBadge.cpp" line="96"/>
        <source>Expired · %1 ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/ExpiryBadge.cpp" line="112"/>
        <location filename="../../src/gui/ExpiryBadge.cpp" line="130"/>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/ExpiryBadge.cpp" line="115"/>
        <location filename="../../src/gui/ExpiryBadge.cpp" line="132"/>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/ExpiryBadge.cpp" line="115"/>
        <source>%1 min %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/ExpiryBadge.cpp" line="119"/>
        <location filename="../../src/gui/ExpiryBadge.cpp" line="134"/>
        <source>%1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/ExpiryBadge.cpp" line="120"/>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/ExpiryBadge.cpp" line="123"/>
        <source>%1 d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/ExpiryBadge.cpp" line="123"/>
        <source>%1 d %2 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/ExpiryBadge.cpp" line="136"/>
        <source>1 day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/ExpiryBadge.cpp" line="136"/>
        <source>%1 days</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExpiryGuard</name>
    <message>
        <location filename="../../src/core/ExpiryGuard.cpp" line="18"/>
        <source>This token has just expired: clients will be refused. Fetch a fresh one?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/core/ExpiryGuard.cpp" line="19"/>
        <source>This token expired %1 ago: clients will be refused. Fetch a fresh one?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/core/ExpiryGuard.cpp" line="23"/>
        <source>This token expires in %1: clients that join later will be refused. Fetch a fresh one?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/core/ExpiryGuard.cpp" line="32"/>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/core/ExpiryGuard.cpp" line="34"/>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/core/ExpiryGuard.cpp" line="36"/>
        <source>%1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/core/ExpiryGuard.cpp" line="38"/>
        <source>1 day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/core/ExpiryGuard.cpp" line="38"/>
        <source>%1 days</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FlowDiagram</name>
    <message>
        <location filename="../../src/gui/FlowDiagram.cpp" line="57"/>
        <source>Flow diagram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/FlowDiagram.cpp" line="62"/>
        <source>Your backend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/FlowDiagram.cpp" line="63"/>
        <source>CAS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/FlowDiagram.cpp" line="64"/>
        <source>JWT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/FlowDiagram.cpp" line="65"/>
        <source>Client SDK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/FlowDiagram.cpp" line="66"/>
        <source>CAS Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/FlowDiagram.cpp" line="427"/>
        <source>header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/FlowDiagram.cpp" line="427"/>
        <source>payload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/FlowDiagram.cpp" line="427"/>
        <source>signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/FlowDiagram.cpp" line="576"/>
        <source>pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/FlowDiagram.cpp" line="578"/>
        <source>ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/FlowDiagram.cpp" line="580"/>
        <source>in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/FlowDiagram.cpp" line="582"/>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/FlowDiagram.cpp" line="584"/>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/FlowDiagram.cpp" line="590"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FlowView</name>
    <message>
        <location filename="../../src/gui/FlowView.cpp" line="70"/>
        <source>&amp;Reveal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/FlowView.cpp" line="72"/>
        <source>Show the API key and the token parts that presentation mode hides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/FlowView.cpp" line="77"/>
        <source>Step &amp;through</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/FlowView.cpp" line="80"/>
        <source>Pause at each step of the request and reveal the next one with Next step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/FlowView.cpp" line="88"/>
        <source>&amp;Next step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/FlowView.cpp" line="90"/>
        <source>Reveal the next step (Space or Right arrow)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/FlowView.cpp" line="99"/>
        <source>Step detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/FlowView.cpp" line="106"/>
        <source>Explanation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/FlowView.cpp" line="221"/>
        <location filename="../../src/gui/FlowView.cpp" line="369"/>
        <source>no alg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/FlowView.cpp" line="222"/>
        <source>The token is a JWT: a header, a payload (%1) and a signature (%2) made with CAS&apos;s own key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/FlowView.cpp" line="223"/>
        <location filename="../../src/gui/FlowView.cpp" line="370"/>
        <source>no claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/FlowView.cpp" line="226"/>
        <source>The response did not carry a readable JWT: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/FlowView.cpp" line="278"/>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/FlowView.cpp" line="280"/>
        <source>Request sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/FlowView.cpp" line="282"/>
        <source>Response received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/FlowView.cpp" line="284"/>
        <source>Token decoded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/FlowView.cpp" line="286"/>
        <source>Handed to a client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/FlowView.cpp" line="288"/>
        <source>Request failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/FlowView.cpp" line="297"/>
        <source>Get a token to watch the request travel from your backend through CAS to a client app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/FlowView.cpp" line="299"/>
        <source>Your backend asks CAS for a session token with its API key and secret. The secret stays on the backend: a front end would leak it to every user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/FlowView.cpp" line="302"/>
        <source>CAS checks the key and secret and answers with {&quot;token&quot;: …}, or with an error such as 401 when they are wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/FlowView.cpp" line="305"/>
        <source>The token is a JWT: a header, a payload (rid, unct, iat, exp…) and a signature made with CAS&apos;s own key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/FlowView.cpp" line="307"/>
        <source>The backend hands the token to the client app; with the Web SDK it joins the session with WTSDK.Session.connect(token, displayName). Two clients join the same session only with the very same token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/FlowView.cpp" line="310"/>
        <source>No token came back, so the flow stops here: there is nothing to hand to a client.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/FlowView.cpp" line="360"/>
        <source>unreadable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/FlowView.cpp" line="371"/>
        <source>1 byte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/FlowView.cpp" line="371"/>
        <source>%1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/FlowView.cpp" line="385"/>
        <source>after 1 redirect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/FlowView.cpp" line="385"/>
        <source>after %1 redirects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/FlowView.cpp" line="389"/>
        <source>HTTP %1  ·  %2 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/FlowView.cpp" line="395"/>
        <source>header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/FlowView.cpp" line="395"/>
        <source>payload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/FlowView.cpp" line="395"/>
        <source>signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/FlowView.cpp" line="409"/>
        <source>Handed over: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/FlowView.cpp" line="411"/>
        <location filename="../../src/gui/FlowView.cpp" line="476"/>
        <source>The request failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/FlowView.cpp" line="454"/>
        <source>request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/FlowView.cpp" line="456"/>
        <source>HTTP %1 · %2 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/FlowView.cpp" line="457"/>
        <source>no response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/FlowView.cpp" line="457"/>
        <source>response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/FlowView.cpp" line="458"/>
        <source>token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/FlowView.cpp" line="459"/>
        <source>hand over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/FlowView.cpp" line="460"/>
        <source>Cluster Authentication Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/FlowView.cpp" line="463"/>
        <source>key: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/FlowView.cpp" line="463"/>
        <source>secret: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/FlowView.cpp" line="464"/>
        <source>API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/FlowView.cpp" line="464"/>
        <source>API secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/FlowView.cpp" line="465"/>
        <source>HTTP %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/FlowView.cpp" line="466"/>
        <source>Web</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/FlowView.cpp" line="466"/>
        <source>Android</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/FlowView.cpp" line="466"/>
        <source>iOS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/FlowView.cpp" line="474"/>
        <source>Keeps the API key and secret. The secret never leaves the backend.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/FlowView.cpp" line="478"/>
        <source>Checks the key and secret, then issues a session token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/FlowView.cpp" line="479"/>
        <source>Header, payload and signature, signed with CAS&apos;s own key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/FlowView.cpp" line="483"/>
        <source>Joins the session with the token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/FlowView.cpp" line="492"/>
        <source>Step %1 of 4 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/FlowView.cpp" line="500"/>
        <source>Next step ready (Space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/FlowView.cpp" line="502"/>
        <source>Waiting for CAS…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/FlowView.cpp" line="504"/>
        <source>Copy the token or show it as a QR code to hand it over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/FlowView.cpp" line="509"/>
        <source>Token flow: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <location filename="../../src/gui/HistoryModel.cpp" line="78"/>
        <source>no expiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/HistoryModel.cpp" line="82"/>
        <source>in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/HistoryModel.cpp" line="84"/>
        <source>expired just now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/HistoryModel.cpp" line="84"/>
        <source>expired %1 ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/HistoryModel.cpp" line="90"/>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/HistoryModel.cpp" line="97"/>
        <source>just now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/HistoryModel.cpp" line="97"/>
        <source>%1 ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/HistoryModel.cpp" line="98"/>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/HistoryModel.cpp" line="126"/>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/HistoryModel.cpp" line="132"/>
        <source>Pinned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/HistoryModel.cpp" line="138"/>
        <source>Fetched %1 (local) / %2 UTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/HistoryModel.cpp" line="142"/>
        <source>The token carries no rid claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/HistoryModel.cpp" line="146"/>
        <source>exp: %1 (local) / %2 UTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/HistoryModel.cpp" line="150"/>
        <source>The token carries no exp claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/HistoryModel.cpp" line="153"/>
        <source>No keychain: this token is kept in memory until the console quits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/HistoryModel.cpp" line="156"/>
        <source>The keychain did not give this token back: it may be locked. The entry is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/HistoryModel.cpp" line="159"/>
        <source>The session token handed to a second client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/HistoryModel.cpp" line="181"/>
        <source>pinned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/HistoryModel.cpp" line="181"/>
        <source>not pinned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/HistoryModel.cpp" line="195"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/HistoryModel.cpp" line="197"/>
        <source>rid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/HistoryModel.cpp" line="199"/>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/HistoryModel.cpp" line="201"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/HistoryModel.cpp" line="203"/>
        <source>Pin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/HistoryModel.cpp" line="224"/>
        <source>%1 ok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/HistoryModel.cpp" line="225"/>
        <source>HTTP %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryStore</name>
    <message>
        <location filename="../../src/core/HistoryStore.cpp" line="34"/>
        <source>token of a history entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/core/HistoryStore.cpp" line="61"/>
        <location filename="../../src/core/HistoryStore.cpp" line="186"/>
        <source>History tokens are kept for this session only: no keychain available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/core/HistoryStore.cpp" line="136"/>
        <source>A history entry needs a profile name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/core/HistoryStore.cpp" line="187"/>
        <source>History tokens are kept for this session only: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/core/HistoryStore.cpp" line="203"/>
        <source>This history entry no longer exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/core/HistoryStore.cpp" line="316"/>
        <source>token not available (keychain locked?)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <location filename="../../ui/HistoryView.ui" line="14"/>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/HistoryView.ui" line="32"/>
        <source>Tokens fetched for this profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/HistoryView.ui" line="62"/>
        <source>Show this token in the inspector (Enter or double-click)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/HistoryView.ui" line="65"/>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/HistoryView.ui" line="72"/>
        <source>Copy this token again (the clipboard is cleared after a while)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/HistoryView.ui" line="75"/>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/HistoryView.ui" line="82"/>
        <source>Keep this token as the session token: two clients join the same session only with the very same token, so hand this one to the second device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/HistoryView.ui" line="85"/>
        <source>&amp;Pin for a second client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/HistoryView.ui" line="108"/>
        <source>Forget every token of this profile, in the history and in the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/HistoryView.ui" line="111"/>
        <source>Clear &amp;history…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/HistoryView.ui" line="120"/>
        <source>History status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/HistoryView.cpp" line="52"/>
        <source>Clear history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/HistoryView.cpp" line="53"/>
        <source>Forget the token fetched for profile &quot;%1&quot;? It is also deleted from the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/gui/HistoryView.cpp" line="55"/>
        <source>Forget the %n tokens fetched for profile &quot;%1&quot;? They are also deleted from the keychain.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/gui/HistoryView.cpp" line="70"/>
        <source>Copy token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/HistoryView.cpp" line="173"/>
        <source>Token from history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/HistoryView.cpp" line="190"/>
        <source>History cleared, but the keychain could not delete every token: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/HistoryView.cpp" line="193"/>
        <source>History cleared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/HistoryView.cpp" line="247"/>
        <source>Select a profile to see the tokens fetched for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/HistoryView.cpp" line="249"/>
        <source>No token fetched yet for profile &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/HistoryView.cpp" line="253"/>
        <source>Pinned for a second client: rid %1. Copy it and give the second device this same token: two clients share a session only with the very same token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/HistoryView.cpp" line="255"/>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/HistoryView.cpp" line="258"/>
        <source>1 token fetched for profile &quot;%1&quot; (the last %2 are kept).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/gui/HistoryView.cpp" line="259"/>
        <source>%n tokens fetched for profile &quot;%1&quot; (the last %2 are kept).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JsonFormatter</name>
    <message>
        <location filename="../../src/core/JsonFormatter.cpp" line="75"/>
        <source>empty input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/core/JsonFormatter.cpp" line="81"/>
        <source>trailing characters after the JSON value (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/core/JsonFormatter.cpp" line="95"/>
        <source>%1 at offset %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/core/JsonFormatter.cpp" line="102"/>
        <source>end of input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/core/JsonFormatter.cpp" line="106"/>
        <source>byte 0x%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/core/JsonFormatter.cpp" line="112"/>
        <source>unexpected end of input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/core/JsonFormatter.cpp" line="113"/>
        <source>unexpected %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/core/JsonFormatter.cpp" line="203"/>
        <source>nesting deeper than %1 levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/core/JsonFormatter.cpp" line="226"/>
        <source>expected a string key, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/core/JsonFormatter.cpp" line="249"/>
        <source>expected &apos;:&apos; after the key, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/core/JsonFormatter.cpp" line="278"/>
        <source>expected &apos;,&apos; or &apos;}&apos; in an object, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/core/JsonFormatter.cpp" line="314"/>
        <source>expected &apos;,&apos; or &apos;]&apos; in an array, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/core/JsonFormatter.cpp" line="370"/>
        <source>invalid \u escape (needs four hex digits)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/core/JsonFormatter.cpp" line="376"/>
        <source>invalid escape: %1 after a backslash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/core/JsonFormatter.cpp" line="381"/>
        <source>control character 0x%1 in a string (must be escaped)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/core/JsonFormatter.cpp" line="388"/>
        <source>invalid UTF-8 byte 0x%1 in a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/core/JsonFormatter.cpp" line="391"/>
        <source>unexpected end of input in the string starting at offset %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/core/JsonFormatter.cpp" line="436"/>
        <source>invalid number: expected a digit, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/core/JsonFormatter.cpp" line="440"/>
        <source>invalid number: leading zero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/core/JsonFormatter.cpp" line="448"/>
        <source>invalid number: expected a digit after &apos;.&apos;, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/core/JsonFormatter.cpp" line="457"/>
        <source>invalid number: expected a digit in the exponent, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/core/JsonFormatter.cpp" line="474"/>
        <source>invalid literal (expected true, false or null)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JwsKey</name>
    <message>
        <location filename="../../src/core/JwsKey.cpp" line="73"/>
        <source>The JWK has no &quot;%1&quot; member.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/core/JwsKey.cpp" line="78"/>
        <source>The JWK member &quot;%1&quot; is not valid base64url.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/core/JwsKey.cpp" line="98"/>
        <source>The key is empty. Paste a PEM public key, a certificate, a JWK or a JWKS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/core/JwsKey.cpp" line="106"/>
        <source>The key looks like JSON but cannot be read (%1). Paste a JWK or a JWKS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/core/JwsKey.cpp" line="115"/>
        <source>The JWKS member &quot;keys&quot; is not a list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/core/JwsKey.cpp" line="122"/>
        <source>kid=%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/core/JwsKey.cpp" line="122"/>
        <source>key #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/core/JwsKey.cpp" line="126"/>
        <source>%1: not a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/core/JwsKey.cpp" line="128"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/core/JwsKey.cpp" line="140"/>
        <source>The JSON has neither &quot;kty&quot; (a JWK) nor &quot;keys&quot; (a JWKS).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/core/JwsKey.cpp" line="146"/>
        <source>This is a private key. Verifying needs only the public key: paste the public key (openssl pkey -pubout) or the certificate instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/core/JwsKey.cpp" line="173"/>
        <source>This PEM block is not a public key or a certificate. Paste a block starting with BEGIN PUBLIC KEY, BEGIN RSA PUBLIC KEY or BEGIN CERTIFICATE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/core/JwsKey.cpp" line="179"/>
        <source>The PEM text cannot be read: it may be cut short or altered. Paste the whole block, BEGIN and END lines included.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/core/JwsKey.cpp" line="188"/>
        <source>The key is not a PEM public key, a certificate, a JWK or a JWKS. If it is the shared secret of an HS256/HS384/HS512 token, enter it as a secret instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/core/JwsKey.cpp" line="210"/>
        <source>The EC key has no named curve; JWS uses P-256, P-384 or P-521.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/core/JwsKey.cpp" line="215"/>
        <source>The EC key is on curve %1; JWS ES256/ES384/ES512 use P-256, P-384 and P-521.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/core/JwsKey.cpp" line="225"/>
        <source>Keys of type %1 are not supported; use an RSA, EC (P-256/384/521) or Ed25519 key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/core/JwsKey.cpp" line="226"/>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/core/JwsKey.cpp" line="266"/>
        <source>This JWK holds a private key (it has &quot;d&quot;). Verifying needs only the public key: remove the private members or export the public JWK.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/core/JwsKey.cpp" line="274"/>
        <source>Out of memory while reading the JWK.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/core/JwsKey.cpp" line="294"/>
        <source>The JWK curve &quot;%1&quot; is not supported; use P-256, P-384 or P-521.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/core/JwsKey.cpp" line="304"/>
        <source>The JWK coordinates x and y must be %1 bytes each for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/core/JwsKey.cpp" line="316"/>
        <source>The OKP curve &quot;%1&quot; is not supported; use Ed25519.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/core/JwsKey.cpp" line="323"/>
        <source>The JWK member &quot;x&quot; must be 32 bytes for Ed25519.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/core/JwsKey.cpp" line="329"/>
        <source>The JWK has no &quot;kty&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/core/JwsKey.cpp" line="330"/>
        <source>The JWK key type &quot;%1&quot; is not supported; use RSA, EC, OKP or oct.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/core/JwsKey.cpp" line="335"/>
        <source>The JWK does not describe a valid %1 public key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/core/JwsKey.cpp" line="345"/>
        <source>HMAC secret, %n bytes</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/core/JwsKey.cpp" line="347"/>
        <source>RSA %1-bit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/core/JwsKey.cpp" line="349"/>
        <source>RSA-PSS %1-bit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/core/JwsKey.cpp" line="351"/>
        <source>EC %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/core/JwsKey.cpp" line="353"/>
        <source>Ed25519</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/core/JwsKey.cpp" line="362"/>
        <source>JWK kid=%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/core/JwsKey.cpp" line="363"/>
        <source>JWK (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/core/JwsKey.cpp" line="366"/>
        <source>HMAC secret (%n bytes)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/core/JwsKey.cpp" line="368"/>
        <source>%1 public key from a certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/core/JwsKey.cpp" line="369"/>
        <source>%1 public key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/core/JwsKey.cpp" line="399"/>
        <source>An HMAC secret can only verify %1 tokens, and this token uses %2, which needs a public key. Paste the signer&apos;s public key, certificate or JWK instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/core/JwsKey.cpp" line="404"/>
        <source>The token uses %1, which needs a shared secret, but the key is a public key (%2). A public key is never used as an HMAC secret (that is the key-confusion attack). If you really hold the shared secret, verify with it as a secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/core/JwsKey.cpp" line="410"/>
        <location filename="../../src/core/JwsKey.cpp" line="436"/>
        <source>The token uses %1, which needs an EC key on %2, but this key is on %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/core/JwsKey.cpp" line="432"/>
        <source>This %1 key can only verify %2, but the token uses %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/core/JwsKey.cpp" line="440"/>
        <source>The JWK is restricted to alg %1, but the token uses %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/core/JwsKey.cpp" line="442"/>
        <source>The JWK has use &quot;%1&quot;, so it may not verify signatures (that needs use &quot;sig&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/core/JwsKey.cpp" line="444"/>
        <source>The JWK&apos;s key_ops (%1) do not include &quot;verify&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/core/JwsKey.cpp" line="445"/>
        <source>empty</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JwsVerifier</name>
    <message>
        <location filename="../../src/core/JwsVerifier.cpp" line="66"/>
        <source>There is no token to verify.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/core/JwsVerifier.cpp" line="72"/>
        <source>The token has spaces or line breaks inside it. Remove the whitespace and verify again: the signature covers the exact text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/core/JwsVerifier.cpp" line="78"/>
        <source>The token has characters that cannot appear in a JWS (only letters, digits, &apos;-&apos;, &apos;_&apos; and dots).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/core/JwsVerifier.cpp" line="87"/>
        <source>This is an encrypted token (JWE, five parts); it has no signature that can be checked with a verification key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/core/JwsVerifier.cpp" line="93"/>
        <source>A signed token has three parts separated by dots; this one has %n.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/core/JwsVerifier.cpp" line="101"/>
        <source>The header is not valid base64url (JWS uses no padding and no &apos;+&apos; or &apos;/&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/core/JwsVerifier.cpp" line="107"/>
        <source>The header is not a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/core/JwsVerifier.cpp" line="114"/>
        <source>The header has no &quot;alg&quot;, so there is no way to know how it was signed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/core/JwsVerifier.cpp" line="121"/>
        <source>The token says alg &quot;%1&quot;: it is unsigned, and an unsigned token is never accepted as verified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/core/JwsVerifier.cpp" line="132"/>
        <source>The header&apos;s &quot;crit&quot; must be a non-empty list of names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/core/JwsVerifier.cpp" line="140"/>
        <source>The token marks header parameters as critical (%1) that this application does not understand, so it cannot be accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/core/JwsVerifier.cpp" line="149"/>
        <source>The algorithm &quot;%1&quot; is not supported. Supported: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/core/JwsVerifier.cpp" line="154"/>
        <source>Algorithm names are case-sensitive: the signer should write &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/core/JwsVerifier.cpp" line="163"/>
        <source>The payload is not valid base64url (JWS uses no padding and no &apos;+&apos; or &apos;/&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/core/JwsVerifier.cpp" line="171"/>
        <source>The signature is not valid base64url (JWS uses no padding and no &apos;+&apos; or &apos;/&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/core/JwsVerifier.cpp" line="188"/>
        <source>Note: the secret is shorter than %1 bytes, the minimum RFC 7518 sets for %2, so it may be guessed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/core/JwsVerifier.cpp" line="194"/>
        <source>Note: RSA keys shorter than 2048 bits are too weak (RFC 7518).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/core/JwsVerifier.cpp" line="291"/>
        <source>An %1 signature must be %2 bytes (R and S, %3 bytes each), but this one is %4 bytes. The signer may have used DER encoding, which JWS does not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/core/JwsVerifier.cpp" line="313"/>
        <source>Signature verified with %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/core/JwsVerifier.cpp" line="321"/>
        <source>The signature does not match: the token was changed or signed with another key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/core/JwsVerifier.cpp" line="327"/>
        <source>OpenSSL could not use the %1 to check a %2 signature.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/core/JwsVerifier.cpp" line="335"/>
        <source>(no kid)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/core/JwsVerifier.cpp" line="336"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/core/JwsVerifier.cpp" line="345"/>
        <source>Entries that could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/core/JwsVerifier.cpp" line="360"/>
        <source>No key in the JWKS has kid &quot;%1&quot;. Available kids: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/core/JwsVerifier.cpp" line="375"/>
        <source>The token has no kid, and no key in the JWKS can verify %1. Available kids: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/core/JwsVerifier.cpp" line="377"/>
        <source>The token has no kid, and %1 keys in the JWKS could verify %2, so there is no telling which one is meant. Available kids: %3. Paste the one key instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/core/JwsVerifier.cpp" line="398"/>
        <source>The secret is marked as base64 but is not valid base64. Check it, or untick base64 if the secret is the text itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/core/JwsVerifier.cpp" line="405"/>
        <source>The secret is empty. Enter the shared secret the token was signed with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/core/JwsVerifier.cpp" line="413"/>
        <source>It does match when the secret is read as plain text: untick base64.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/core/JwsVerifier.cpp" line="414"/>
        <source>It does match when the secret is decoded from base64: tick base64.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/core/JwsVerifier.cpp" line="439"/>
        <source>No key could be read from the key text.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Jwt</name>
    <message>
        <location filename="../../src/core/Jwt.cpp" line="11"/>
        <source>header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/core/Jwt.cpp" line="13"/>
        <source>payload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/core/Jwt.cpp" line="15"/>
        <source>signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/core/Jwt.cpp" line="67"/>
        <source>The %1 part ends with &apos;=&apos; padding, which base64url in a JWT must not have (RFC 7515); remove the &apos;=&apos; characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/core/Jwt.cpp" line="72"/>
        <source>The %1 part has a character that is not base64url, %2 at offset %3; only A-Z, a-z, 0-9, &apos;-&apos; and &apos;_&apos; are allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/core/Jwt.cpp" line="75"/>
        <source>(&apos;+&apos; and &apos;/&apos; belong to standard base64, not base64url.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/core/Jwt.cpp" line="80"/>
        <source>The %1 part has %2 characters, a length no base64url text can have; it may have been cut off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/core/Jwt.cpp" line="91"/>
        <source>The %1 part is not valid base64url.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/core/Jwt.cpp" line="179"/>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/core/Jwt.cpp" line="181"/>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/core/Jwt.cpp" line="183"/>
        <source>%1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/core/Jwt.cpp" line="186"/>
        <source>1 day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/core/Jwt.cpp" line="187"/>
        <source>%1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/core/Jwt.cpp" line="207"/>
        <source>expires in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/core/Jwt.cpp" line="208"/>
        <source>expired just now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/core/Jwt.cpp" line="208"/>
        <source>expired %1 ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/core/Jwt.cpp" line="212"/>
        <source>issued in %1 (in the future)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/core/Jwt.cpp" line="213"/>
        <source>issued just now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/core/Jwt.cpp" line="213"/>
        <source>issued %1 ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/core/Jwt.cpp" line="217"/>
        <source>valid from in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/core/Jwt.cpp" line="218"/>
        <source>valid since just now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/core/Jwt.cpp" line="218"/>
        <source>valid since %1 ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/core/Jwt.cpp" line="221"/>
        <source>in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/core/Jwt.cpp" line="222"/>
        <source>now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/core/Jwt.cpp" line="222"/>
        <source>%1 ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/core/Jwt.cpp" line="258"/>
        <source>The pasted text looks like JSON but is not valid (%1); paste the token itself or the whole CAS response {&quot;token&quot;: &quot;...&quot;}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/core/Jwt.cpp" line="264"/>
        <source>The pasted JSON has no &quot;token&quot; string; paste the token itself or the whole CAS response {&quot;token&quot;: &quot;...&quot;}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/core/Jwt.cpp" line="283"/>
        <source>The token had line breaks, spaces or invisible characters inside; they were removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/core/Jwt.cpp" line="286"/>
        <source>There is no token to decode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/core/Jwt.cpp" line="298"/>
        <source>This is a JWE (encrypted) token with five parts; its content cannot be decoded without the recipient&apos;s key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/core/Jwt.cpp" line="304"/>
        <source>The text has no &apos;.&apos;; a JWT has three base64url parts separated by dots (header.payload.signature).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/core/Jwt.cpp" line="308"/>
        <source>The text has %1 dot-separated parts; a signed JWT has 3 (header.payload.signature) and an encrypted one (JWE) has 5. It may be cut off or joined with other text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/core/Jwt.cpp" line="325"/>
        <source>The %1 part has non-zero unused bits in its last character (not canonical base64url); the decoded bytes ignore them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/core/Jwt.cpp" line="335"/>
        <source>The %1 is not UTF-8 text (invalid byte 0x%2 at offset %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/core/Jwt.cpp" line="343"/>
        <source>The %1 is not valid JSON: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/core/Jwt.cpp" line="347"/>
        <source>The %1 is JSON but not an object; a JWT&apos;s %1 must be a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/core/Jwt.cpp" line="351"/>
        <source>The %1 has duplicate key &quot;%2&quot;; programs may disagree on which value counts (this tool reads the last one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/core/Jwt.cpp" line="356"/>
        <source>The %1 has %2 more duplicate keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/core/Jwt.cpp" line="366"/>
        <source>The payload&apos;s &quot;%1&quot; is %2, not an integer number of seconds; it is not interpreted as a time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/core/Jwt.cpp" line="371"/>
        <source>The signature part is empty: the token is unsigned and nothing vouches for its content.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/core/Jwt.cpp" line="516"/>
        <source>Issuer: who created and signed the token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/core/Jwt.cpp" line="517"/>
        <source>Subject: whom the token is about</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/core/Jwt.cpp" line="518"/>
        <source>Audience: who the token is meant for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/core/Jwt.cpp" line="519"/>
        <source>Expiration time: not to be accepted on or after this time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/core/Jwt.cpp" line="520"/>
        <source>Not before: not to be accepted before this time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/core/Jwt.cpp" line="521"/>
        <source>Issued at: when the token was created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/core/Jwt.cpp" line="522"/>
        <source>JWT ID: a unique identifier for this token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/core/Jwt.cpp" line="524"/>
        <source>Algorithm that signs (or encrypts) the token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/core/Jwt.cpp" line="525"/>
        <source>Media type of the token, usually JWT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/core/Jwt.cpp" line="526"/>
        <source>Key ID: which key signed the token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/core/Jwt.cpp" line="527"/>
        <source>Content type of the payload (JWT for a nested token)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/core/Jwt.cpp" line="528"/>
        <source>Extensions a recipient must understand to accept the token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/core/Jwt.cpp" line="529"/>
        <source>URL of a JWK Set holding the signing key (never fetched automatically)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/core/Jwt.cpp" line="530"/>
        <source>URL of the signer&apos;s X.509 certificate (never fetched automatically)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/core/Jwt.cpp" line="531"/>
        <source>Public key embedded in the token (not trusted for verification)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/core/Jwt.cpp" line="532"/>
        <source>X.509 certificate chain of the signer, embedded in the token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/core/Jwt.cpp" line="533"/>
        <source>SHA-1 thumbprint of the signer&apos;s X.509 certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/core/Jwt.cpp" line="534"/>
        <source>SHA-256 thumbprint of the signer&apos;s X.509 certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/core/Jwt.cpp" line="535"/>
        <source>Content encryption algorithm of a JWE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/core/Jwt.cpp" line="536"/>
        <source>Compression applied before encryption</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/MainWindow.ui" line="6"/>
        <source>CAS Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="19"/>
        <source>Profi&amp;les</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="20"/>
        <source>Profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="23"/>
        <location filename="../../src/gui/MainWindow.cpp" line="445"/>
        <source>New profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="24"/>
        <source>Duplicate profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="25"/>
        <location filename="../../src/gui/MainWindow.cpp" line="610"/>
        <source>Rename profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="26"/>
        <location filename="../../src/gui/MainWindow.cpp" line="62"/>
        <source>Remove profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="46"/>
        <source>Try the &amp;local demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="47"/>
        <source>&amp;Add a profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="54"/>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="63"/>
        <source>Request line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="65"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="65"/>
        <source>Cancel the request (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="66"/>
        <location filename="../../src/gui/MainWindow.cpp" line="282"/>
        <source>&amp;Get token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="66"/>
        <source>Request a token from CAS (Ctrl+Return)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="73"/>
        <source>&amp;Token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="74"/>
        <source>&amp;Decoded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="75"/>
        <source>&amp;Verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="76"/>
        <source>&amp;Response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="77"/>
        <source>Auth flo&amp;w</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="78"/>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="79"/>
        <source>QR &amp;code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="54"/>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="55"/>
        <source>The profile &quot;%1&quot; has changes that are not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="63"/>
        <source>Remove the profile &quot;%1&quot; and its API secret from the keychain?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="73"/>
        <source>Token expiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="74"/>
        <source>&amp;Fetch a fresh token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="75"/>
        <source>Copy &amp;anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="117"/>
        <source>Demo scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="118"/>
        <source>How the local demo CAS answers the next request: show the error handling live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="120"/>
        <source>Demo answers: success</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="121"/>
        <source>Demo answers: wrong credentials (401)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="122"/>
        <source>Demo answers: server error (500)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="123"/>
        <source>Demo answers: slowly (5 s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="124"/>
        <source>Demo answers: an expired token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="125"/>
        <source>Demo answers: redirect to another host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="137"/>
        <source>Cop&amp;y as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="138"/>
        <source>Copy the token for a sample app: JSON, env line, curl, Web SDK snippet or your templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="180"/>
        <source>the history</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/gui/MainWindow.cpp" line="190"/>
        <source>Clipboard clears in %n s</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="192"/>
        <source>Clipboard cleared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="220"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="221"/>
        <source>&amp;Decode token…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="222"/>
        <source>Decode token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="222"/>
        <source>Paste a token, a Bearer header or a CAS response:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="223"/>
        <source>the pasted text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="228"/>
        <source>Decode from clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="234"/>
        <source>the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="239"/>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="243"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="246"/>
        <source>&amp;Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="247"/>
        <source>&amp;New profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="249"/>
        <source>D&amp;uplicate profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="252"/>
        <source>&amp;Rename profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="254"/>
        <source>Re&amp;move profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="258"/>
        <source>&amp;Save profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="261"/>
        <source>Re&amp;vert profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="262"/>
        <source>Start the &amp;local demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="269"/>
        <source>Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="270"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="277"/>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="278"/>
        <source>Duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="281"/>
        <source>Re&amp;quest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="285"/>
        <source>&amp;Cancel request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="292"/>
        <source>V&amp;iew</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="301"/>
        <source>&amp;Presentation mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="305"/>
        <source>Larger type, high contrast, and secrets, API keys and tokens hidden: safe to share your screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="309"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="310"/>
        <source>&amp;About CAS Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="311"/>
        <source>About CAS Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="312"/>
        <source>&lt;h3&gt;CAS Console %1&lt;/h3&gt;&lt;p&gt;A developer console for the Cluster Authentication Service of the Watch Together SDK: get, decode and verify session tokens.&lt;/p&gt;&lt;p&gt;API secrets are kept only in the system keychain.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="371"/>
        <source>The embedded demo CAS on this computer; kept for this session only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="391"/>
        <source>&lt;h2&gt;Welcome to CAS Console&lt;/h2&gt;&lt;p&gt;A profile holds a CAS URL and an API key; its API secret is kept in the system keychain.&lt;/p&gt;&lt;p&gt;No account yet? The &lt;b&gt;local demo&lt;/b&gt; runs a CAS on this computer, so you can get and inspect a real token right away.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="468"/>
        <source>A profile named &quot;%1&quot; exists already: choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="475"/>
        <source>The API key is empty: copy it from your private area.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="478"/>
        <source>The profile was not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="493"/>
        <source>The profile was renamed, but its secret could not be moved in the keychain: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="520"/>
        <source>The API secret was not saved: %1 It is kept for this session only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="533"/>
        <source>Profile &quot;%1&quot; saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="572"/>
        <source>%1 copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="574"/>
        <source>%1 copy %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="599"/>
        <source>The copy has no API secret yet: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="610"/>
        <source>New name for &quot;%1&quot;:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="629"/>
        <source>The profile was removed, but its secret could not be deleted from the keychain: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="641"/>
        <source>Profile &quot;%1&quot; removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="672"/>
        <source>Public demo secret, kept for this session only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="674"/>
        <source>Saving to the %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="676"/>
        <location filename="../../src/gui/MainWindow.cpp" line="682"/>
        <source>Not saved: no keychain available — kept for this session only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="681"/>
        <source>Stored in the %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="739"/>
        <source>Enter the API secret of this profile first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="742"/>
        <source>Reading the API secret from the keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="770"/>
        <source>Requesting a token from %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="805"/>
        <source>Token received in %1 ms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="806"/>
        <source>Token for profile &quot;%1&quot; received in %2 ms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="810"/>
        <source>The request was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="831"/>
        <source>The text from %1 is not a token: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="837"/>
        <source>Decoded from %1; no request was made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="857"/>
        <source>Copied %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="859"/>
        <source>%1 copied for a client app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="885"/>
        <source>The local demo CAS could not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="900"/>
        <source>Local demo CAS running at %1. Press Ctrl+Return to get a token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="944"/>
        <source>Presentation mode: secrets, API keys and tokens are hidden (F11 to leave).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="945"/>
        <source>Presentation mode off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="987"/>
        <source>the dropped text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileEditor</name>
    <message>
        <location filename="../../ui/ProfileEditor.ui" line="14"/>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ProfileEditor.ui" line="15"/>
        <source>Profile name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ProfileEditor.ui" line="15"/>
        <source>Sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ProfileEditor.ui" line="16"/>
        <source>CAS &amp;URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ProfileEditor.ui" line="17"/>
        <source>CAS URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ProfileEditor.ui" line="17"/>
        <source>https://cas.example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ProfileEditor.ui" line="18"/>
        <source>API &amp;key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ProfileEditor.ui" line="19"/>
        <source>API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ProfileEditor.ui" line="20"/>
        <source>API &amp;secret:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ProfileEditor.ui" line="24"/>
        <source>API secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ProfileEditor.ui" line="28"/>
        <source>C&amp;A file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ProfileEditor.ui" line="31"/>
        <source>CA file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ProfileEditor.ui" line="31"/>
        <source>Optional: PEM file of a private CA to trust</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ProfileEditor.ui" line="32"/>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ProfileEditor.ui" line="32"/>
        <source>Browse for a CA file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ProfileEditor.ui" line="35"/>
        <source>Ti&amp;meout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ProfileEditor.ui" line="38"/>
        <source>Timeout in seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ProfileEditor.ui" line="38"/>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ProfileEditor.ui" line="40"/>
        <source>R&amp;evert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ProfileEditor.ui" line="40"/>
        <source>Undo the unsaved changes of this profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ProfileEditor.ui" line="41"/>
        <source>Save pr&amp;ofile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ProfileEditor.ui" line="41"/>
        <source>Save this profile (Ctrl+S); the secret goes to the system keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/ProfileEditor.cpp" line="29"/>
        <source>Show the API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/ProfileEditor.cpp" line="37"/>
        <source>Choose the CA certificate (PEM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/ProfileEditor.cpp" line="38"/>
        <source>PEM certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/ProfileEditor.cpp" line="82"/>
        <source>Paste the API secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/ProfileEditor.cpp" line="82"/>
        <source>Saved in the keychain; not loaded (type to replace)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/ProfileEditor.cpp" line="200"/>
        <source>Hide the secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/ProfileEditor.cpp" line="200"/>
        <source>Show the secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/ProfileEditor.cpp" line="201"/>
        <source>Hide the secret (Ctrl+H)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/ProfileEditor.cpp" line="201"/>
        <source>Show the secret (Ctrl+H)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QrCode</name>
    <message>
        <location filename="../../src/core/QrCode.cpp" line="13"/>
        <source>There is nothing to put in a QR code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/core/QrCode.cpp" line="17"/>
        <source>The token is %1 bytes long; one QR code holds at most %2 bytes. Copy it as text instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/core/QrCode.cpp" line="29"/>
        <source>The token is too long for one QR code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/core/QrCode.cpp" line="30"/>
        <source>The QR code could not be made (%1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QrView</name>
    <message>
        <location filename="../../src/gui/QrView.cpp" line="20"/>
        <source>Token as a QR code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/QrView.cpp" line="36"/>
        <source>Token expiry, updated every second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/QrView.cpp" line="43"/>
        <source>&amp;Save as PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/QrView.cpp" line="60"/>
        <source>No token to show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/QrView.cpp" line="80"/>
        <source>No token yet. Get one (Ctrl+Return) or paste one to show it as a QR code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/QrView.cpp" line="138"/>
        <source>There is no QR code to save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/QrView.cpp" line="143"/>
        <source>Could not write %1: check that the folder exists and is writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/QrView.cpp" line="158"/>
        <source>No expiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/QrView.cpp" line="165"/>
        <source>Expires %1 · in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/QrView.cpp" line="167"/>
        <source>Expired %1 · just now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/QrView.cpp" line="169"/>
        <source>Expired %1 · %2 ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/QrView.cpp" line="232"/>
        <source>Save QR Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/QrView.cpp" line="233"/>
        <source>PNG images (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResponseView</name>
    <message>
        <location filename="../../ui/ResponseView.ui" line="14"/>
        <source>Response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ResponseView.ui" line="40"/>
        <source>Response status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ResponseView.ui" line="56"/>
        <source>Copy a curl command that makes the same request. The secret is left out: curl reads it from the CAS_API_SECRET environment variable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ResponseView.ui" line="59"/>
        <source>Copy as &amp;curl</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ResponseView.ui" line="72"/>
        <source>Head&amp;ers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ResponseView.ui" line="78"/>
        <source>Response headers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ResponseView.ui" line="103"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ResponseView.ui" line="108"/>
        <location filename="../../ui/ResponseView.ui" line="177"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ResponseView.ui" line="117"/>
        <source>B&amp;ody</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ResponseView.ui" line="133"/>
        <source>Response body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ResponseView.ui" line="150"/>
        <source>Connect&amp;ion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ResponseView.ui" line="153"/>
        <source>TLS protocol, cipher and the server&apos;s certificate chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ResponseView.ui" line="159"/>
        <source>TLS details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ResponseView.ui" line="172"/>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ResponseView.ui" line="186"/>
        <source>Re&amp;quest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ResponseView.ui" line="192"/>
        <source>The request as sent (the secret is not shown):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ResponseView.ui" line="202"/>
        <source>Request as sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ResponseView.ui" line="218"/>
        <source>Redirects followed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ResponseView.ui" line="228"/>
        <source>Redirects followed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/ResponseView.cpp" line="95"/>
        <location filename="../../src/gui/ResponseView.cpp" line="106"/>
        <source>&amp;Copy Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/ResponseView.cpp" line="104"/>
        <source>header value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/ResponseView.cpp" line="169"/>
        <source>No request made yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/ResponseView.cpp" line="171"/>
        <source>the request did not complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/ResponseView.cpp" line="172"/>
        <source>No response: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/ResponseView.cpp" line="175"/>
        <source>HTTP %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/ResponseView.cpp" line="176"/>
        <source>HTTP %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/ResponseView.cpp" line="178"/>
        <source>%1 · %2 ms · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/ResponseView.cpp" line="209"/>
        <source>No body.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/ResponseView.cpp" line="211"/>
        <source>The body is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/gui/ResponseView.cpp" line="215"/>
        <source>%n byte(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/gui/ResponseView.cpp" line="218"/>
        <source>%1, no Content-Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/ResponseView.cpp" line="218"/>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/ResponseView.cpp" line="223"/>
        <source>— not UTF-8 text; the first %1 bytes are shown as hex.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/ResponseView.cpp" line="224"/>
        <source>— not UTF-8 text; shown as hex.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/ResponseView.cpp" line="227"/>
        <source>The body reached the %1 cap and was cut off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/ResponseView.cpp" line="240"/>
        <location filename="../../src/gui/ResponseView.cpp" line="245"/>
        <source>Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/ResponseView.cpp" line="240"/>
        <source>No request made yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/ResponseView.cpp" line="246"/>
        <source>Plain HTTP (loopback only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/ResponseView.cpp" line="246"/>
        <source>No TLS session was established</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/ResponseView.cpp" line="249"/>
        <source>Protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/ResponseView.cpp" line="250"/>
        <source>Cipher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/ResponseView.cpp" line="251"/>
        <source>Certificate chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/gui/ResponseView.cpp" line="252"/>
        <source>%n certificate(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/gui/ResponseView.cpp" line="257"/>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/ResponseView.cpp" line="257"/>
        <source>Root</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/ResponseView.cpp" line="257"/>
        <source>Intermediate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/ResponseView.cpp" line="258"/>
        <source>%1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/ResponseView.cpp" line="259"/>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/ResponseView.cpp" line="260"/>
        <source>Issuer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/ResponseView.cpp" line="260"/>
        <source>%1 (self-signed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/ResponseView.cpp" line="266"/>
        <source>(not yet valid)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/ResponseView.cpp" line="268"/>
        <source>(expired)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/ResponseView.cpp" line="269"/>
        <source>Valid from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/ResponseView.cpp" line="270"/>
        <source>Valid to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/ResponseView.cpp" line="273"/>
        <source>SHA-256 fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/ResponseView.cpp" line="282"/>
        <source>Alternative names</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/gui/ResponseView.cpp" line="295"/>
        <source>Redirects followed (%n):</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/gui/ResponseView.cpp" line="296"/>
        <source>No redirects were followed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/ResponseView.cpp" line="305"/>
        <source>curl command</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <location filename="../../src/core/SecretStore.cpp" line="58"/>
        <source>No system keychain is available (Secret Service over D-Bus): start a keyring such as gnome-keyring, or pass the secret with --secret-stdin / CAS_API_SECRET</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/core/SecretStore.cpp" line="66"/>
        <source>The keychain is locked or refused access: unlock it and try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/core/SecretStore.cpp" line="76"/>
        <source>(details withheld)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/core/SecretStore.cpp" line="79"/>
        <source>unknown error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/core/SecretStore.cpp" line="93"/>
        <source>No %1 found in the keychain (or the keyring is locked): unlock it and try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/core/SecretStore.cpp" line="98"/>
        <source>No secret found in the keychain for profile &quot;%1&quot; (or the keyring is locked): unlock it or set the secret again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/core/SecretStore.cpp" line="126"/>
        <source>Could not read the %1 from the keychain: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/core/SecretStore.cpp" line="129"/>
        <source>Could not store the %1 in the keychain: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/core/SecretStore.cpp" line="132"/>
        <source>Could not delete the %1 from the keychain: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/core/SecretStore.cpp" line="140"/>
        <source>Could not read the secret of profile &quot;%1&quot; from the keychain: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/core/SecretStore.cpp" line="143"/>
        <source>Could not store the secret of profile &quot;%1&quot; in the keychain: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/core/SecretStore.cpp" line="146"/>
        <source>Could not delete the secret of profile &quot;%1&quot; from the keychain: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/core/SecretStore.cpp" line="161"/>
        <source>Windows Credential Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/core/SecretStore.cpp" line="163"/>
        <source>macOS Keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/core/SecretStore.cpp" line="165"/>
        <source>system keychain (Secret Service)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/core/SecretStore.cpp" line="267"/>
        <source>The secret was copied to profile &quot;%1&quot; but could not be deleted from profile &quot;%2&quot;: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SelfSignedCertificate</name>
    <message>
        <location filename="../../src/core/SelfSignedCertificate.cpp" line="52"/>
        <source>Could not create a self-signed certificate (%1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ui/SettingsDialog.ui" line="5"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/SettingsDialog.ui" line="9"/>
        <source>Default &amp;timeout for new profiles:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/SettingsDialog.ui" line="10"/>
        <source>Default timeout in seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/SettingsDialog.ui" line="10"/>
        <location filename="../../ui/SettingsDialog.ui" line="12"/>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/SettingsDialog.ui" line="11"/>
        <source>&amp;Clear copied tokens and secrets after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/SettingsDialog.ui" line="12"/>
        <source>Clipboard clearing delay in seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/SettingsDialog.ui" line="12"/>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/SettingsDialog.ui" line="13"/>
        <source>&amp;Font scale:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/SettingsDialog.ui" line="14"/>
        <source>Font scale in percent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/SettingsDialog.ui" line="14"/>
        <source> %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/SettingsDialog.ui" line="17"/>
        <source>Copies of tokens and secrets are marked as concealed for clipboard managers and cleared only if the clipboard still holds them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TemplateStore</name>
    <message>
        <location filename="../../src/core/TemplateStore.cpp" line="15"/>
        <source>// Example for your %1 sample app: edit it (Copy as &gt; Edit templates).
// The %1 SDK calls are not in the public Watch Together docs,
// so this only hands the values to your own join code.
// Expires (UTC): %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/core/TemplateStore.cpp" line="38"/>
        <source>Tester</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/core/TemplateStore.cpp" line="44"/>
        <source>Android sample (edit me)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/core/TemplateStore.cpp" line="47"/>
        <source>iOS sample (edit me)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/core/TemplateStore.cpp" line="56"/>
        <source>A template name cannot be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/core/TemplateStore.cpp" line="59"/>
        <source>There is already a template named &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/core/TemplateStore.cpp" line="135"/>
        <location filename="../../src/core/TemplateStore.cpp" line="155"/>
        <source>There is no template named &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/core/TemplateStore.cpp" line="179"/>
        <source>The templates could not be saved to %1: check that the file and its folder are writable.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TemplatesDialog</name>
    <message>
        <location filename="../../ui/TemplatesDialog.ui" line="6"/>
        <source>Copy Templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/TemplatesDialog.ui" line="11"/>
        <source>Templates appear under Copy as. Placeholders: ${TOKEN}, ${DISPLAY_NAME}, ${EXPIRES_AT} (ISO 8601 UTC, empty when the token has no expiry). Other ${…} text is copied as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/TemplatesDialog.ui" line="26"/>
        <source>Templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/TemplatesDialog.ui" line="32"/>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/TemplatesDialog.ui" line="33"/>
        <source>Re&amp;name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/TemplatesDialog.ui" line="34"/>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/TemplatesDialog.ui" line="51"/>
        <source>&amp;Text:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/TemplatesDialog.ui" line="54"/>
        <source>Template text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/TemplatesDialog.ui" line="65"/>
        <source>Preview with a sample token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/TemplatesDialog.ui" line="68"/>
        <source>Preview of the copied text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/TemplatesDialog.ui" line="79"/>
        <source>&amp;Display name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/TemplatesDialog.ui" line="80"/>
        <source>Display name for Web SDK snippets and templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/TemplatesDialog.ui" line="80"/>
        <source>Tester</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/TemplatesDialog.cpp" line="163"/>
        <source>New template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/TemplatesDialog.cpp" line="165"/>
        <source>New template %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/TemplatesDialog.cpp" line="212"/>
        <source>Unknown placeholders, copied as they are: %1. Known: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TokenView</name>
    <message>
        <location filename="../../ui/TokenView.ui" line="30"/>
        <source>No token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/TokenView.ui" line="55"/>
        <source>Token expiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/TokenView.ui" line="81"/>
        <source>Token summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/TokenView.ui" line="90"/>
        <source>&amp;Encoded token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/TokenView.ui" line="100"/>
        <source>Encoded token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/TokenView.ui" line="103"/>
        <source>The token as received: header, payload and signature separated by dots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/TokenView.ui" line="118"/>
        <source>Copy &amp;token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/TokenView.ui" line="121"/>
        <source>Copy the whole token; it is marked concealed and cleared from the clipboard after a while</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/TokenView.ui" line="128"/>
        <source>Copy &amp;header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/TokenView.ui" line="131"/>
        <source>Copy the header JSON exactly as the token carries it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/TokenView.ui" line="138"/>
        <source>Copy &amp;payload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/TokenView.ui" line="141"/>
        <source>Copy the payload JSON exactly as the token carries it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/TokenView.cpp" line="26"/>
        <source>Re&amp;veal token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/TokenView.cpp" line="31"/>
        <source>Presentation mode hides the token; show it on screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/TokenView.cpp" line="39"/>
        <source>No token yet. Press %1 to get one, or paste a token (%2) to decode it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/TokenView.cpp" line="52"/>
        <source>Token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/TokenView.cpp" line="56"/>
        <source>Header JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/TokenView.cpp" line="60"/>
        <source>Payload JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/TokenView.cpp" line="164"/>
        <source>Hidden in presentation mode: press Reveal token to show it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/TokenView.cpp" line="194"/>
        <source>%1 characters are not shown; Copy token copies the whole token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/TokenView.cpp" line="204"/>
        <source>no alg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/TokenView.cpp" line="210"/>
        <source>kid %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/TokenView.cpp" line="211"/>
        <source>%1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VerifyView</name>
    <message>
        <location filename="../../ui/VerifyView.ui" line="14"/>
        <source>Verify signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/VerifyView.ui" line="35"/>
        <source>Key typ&amp;e:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/VerifyView.ui" line="45"/>
        <source>Key type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/VerifyView.ui" line="52"/>
        <source>Se&amp;cret:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/VerifyView.ui" line="62"/>
        <source>Shared secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/VerifyView.ui" line="72"/>
        <source>Key te&amp;xt:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/VerifyView.ui" line="85"/>
        <source>Verification key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/VerifyView.ui" line="97"/>
        <source>Read a PEM, certificate, JWK or JWKS file into the key text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/VerifyView.ui" line="100"/>
        <source>L&amp;oad key file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/VerifyView.ui" line="142"/>
        <source>Ver&amp;ify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/VerifyView.ui" line="151"/>
        <source>Verification result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/VerifyView.cpp" line="58"/>
        <source>Shared secret (text)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/VerifyView.cpp" line="59"/>
        <source>Shared secret (base64)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/VerifyView.cpp" line="60"/>
        <source>Public key: PEM, certificate, JWK or JWKS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/VerifyView.cpp" line="61"/>
        <source>HS256/384/512 tokens are signed with a shared secret; RS, PS, ES and EdDSA tokens with a private key, verified here with its public key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/VerifyView.cpp" line="77"/>
        <source>Paste the public key: a PEM key (-----BEGIN PUBLIC KEY-----), a PEM certificate, a JWK ({&quot;kty&quot;: …}, also &quot;oct&quot; for a shared secret) or a JWKS ({&quot;keys&quot;: […]}, the token&apos;s kid picks the key).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/VerifyView.cpp" line="88"/>
        <source>Check the token&apos;s signature with this key (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/VerifyView.cpp" line="92"/>
        <source>Load Verification Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/VerifyView.cpp" line="93"/>
        <source>Keys (*.pem *.crt *.cer *.pub *.key *.jwk *.jwks *.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/VerifyView.cpp" line="136"/>
        <source>No token to verify. Fetch or paste a token first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/VerifyView.cpp" line="138"/>
        <source>Token signed with an unknown algorithm (no &quot;alg&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/VerifyView.cpp" line="139"/>
        <source>Token signed with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/VerifyView.cpp" line="141"/>
        <source>(kid %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/VerifyView.cpp" line="204"/>
        <source>Could not open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/VerifyView.cpp" line="208"/>
        <source>%1 is too large to be a key file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/VerifyView.cpp" line="215"/>
        <source>%1 is not a text file. A binary (DER) key can be converted with &quot;openssl pkey -pubin -inform DER -in key.der -out key.pem&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/gui/VerifyView.cpp" line="222"/>
        <source>Loaded %1 (%n byte(s)).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/gui/VerifyView.cpp" line="255"/>
        <source>The shared secret, base64 or base64url encoded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/VerifyView.cpp" line="256"/>
        <source>The shared secret the token was signed with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/VerifyView.cpp" line="273"/>
        <location filename="../../src/gui/VerifyView.cpp" line="294"/>
        <source>— Not checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/VerifyView.cpp" line="280"/>
        <source>Press Verify to check the signature with this key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/VerifyView.cpp" line="282"/>
        <source>Enter the key the token was signed with and press Verify.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/VerifyView.cpp" line="286"/>
        <source>✔ Verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/VerifyView.cpp" line="290"/>
        <source>✘ Not verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/VerifyView.cpp" line="301"/>
        <source>Key: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/VerifyView.cpp" line="338"/>
        <source>Hide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/VerifyView.cpp" line="338"/>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/VerifyView.cpp" line="339"/>
        <source>Hide the secret (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/VerifyView.cpp" line="339"/>
        <source>Show the secret (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../../src/app/main.cpp" line="32"/>
        <source>Developer console for CAS tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/main.cpp" line="34"/>
        <source>Start the embedded demo CAS and select its profile.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
