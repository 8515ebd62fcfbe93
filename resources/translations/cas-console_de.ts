<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>BoundedHttpServer</name>
    <message>
        <source>The server&apos;s certificate or private key cannot be read.</source>
        <translation>Das Zertifikat oder der private Schlüssel des Servers kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IP address.</source>
        <translation>„%1“ ist keine IP-Adresse.</translation>
    </message>
</context>
<context>
    <name>CasClient</name>
    <message>
        <source>Enter the URL of your CAS, for example https://cas.example.com.</source>
        <translation>Geben Sie die URL Ihres CAS ein, zum Beispiel https://cas.example.com.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid URL: check it for typos.</source>
        <translation>„%1“ ist keine gültige URL: Prüfen Sie sie auf Tippfehler.</translation>
    </message>
    <message>
        <source>CAS is reached over https://, not %1://: change the start of the URL.</source>
        <translation>CAS wird über https:// erreicht, nicht über %1://: Ändern Sie den Anfang der URL.</translation>
    </message>
    <message>
        <source>The CAS URL has no host name: add one, e.g. https://cas.example.com.</source>
        <translation>Die CAS-URL hat keinen Hostnamen: Ergänzen Sie einen, z. B. https://cas.example.com.</translation>
    </message>
    <message>
        <source>Remove the user name or password from the CAS URL: the API key and secret are sent as headers.</source>
        <translation>Entfernen Sie Benutzername und Passwort aus der CAS-URL: API-Schlüssel und Secret werden als Header gesendet.</translation>
    </message>
    <message>
        <source>Remove the part after &quot;?&quot; or &quot;#&quot; from the CAS URL: the token request takes no parameters.</source>
        <translation>Entfernen Sie den Teil nach „?“ oder „#“ aus der CAS-URL: Die Token-Anfrage nimmt keine Parameter.</translation>
    </message>
    <message>
        <source>Use https:// for %1: over plain http:// the API secret would travel unencrypted. Plain http is only allowed to this computer (localhost, 127.0.0.1, ::1).</source>
        <translation>Verwenden Sie https:// für %1: Über einfaches http:// würde das API-Secret unverschlüsselt übertragen. Einfaches http ist nur zu diesem Computer erlaubt (localhost, 127.0.0.1, ::1).</translation>
    </message>
    <message>
        <source>The CAS URL holds characters that cannot be sent as typed: retype it, or copy it again from its source.</source>
        <translation>Die CAS-URL enthält Zeichen, die nicht wie eingegeben gesendet werden können: Tippen Sie sie neu ein oder kopieren Sie sie erneut aus ihrer Quelle.</translation>
    </message>
    <message>
        <source>CAS did not answer within %1 s: check the URL and your network, or try again later.</source>
        <translation>CAS hat nicht innerhalb von %1 s geantwortet: Prüfen Sie die URL und Ihr Netzwerk oder versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>CAS stopped sending data for %1 s: try again later.</source>
        <translation>CAS hat %1 s lang keine Daten mehr gesendet: Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>CAS sent nothing for %1 s: check the URL and your network, or try again later.</source>
        <translation>CAS hat %1 s lang nichts gesendet: Prüfen Sie die URL und Ihr Netzwerk oder versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>Die Anfrage wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The CA file %1 cannot be read: choose a readable PEM file in the profile.</source>
        <translation>Die CA-Datei %1 kann nicht gelesen werden: Wählen Sie im Profil eine lesbare PEM-Datei.</translation>
    </message>
    <message>
        <source>The CA file %1 holds no PEM certificate (&quot;-----BEGIN CERTIFICATE-----&quot;): choose the CA certificate of your CAS in PEM format.</source>
        <translation>Die CA-Datei %1 enthält kein PEM-Zertifikat („-----BEGIN CERTIFICATE-----“): Wählen Sie das CA-Zertifikat Ihres CAS im PEM-Format.</translation>
    </message>
    <message>
        <source>CAS sent more than %1 MiB, far more than a token: stopped reading. Check that the URL points at CAS.</source>
        <translation>CAS hat mehr als %1 MiB gesendet, weit mehr als ein Token: Das Lesen wurde beendet. Prüfen Sie, ob die URL auf CAS zeigt.</translation>
    </message>
    <message>
        <source>CAS redirected more than %1 times (last to %2): the URL probably loops. Check the CAS URL of this profile.</source>
        <translation>CAS hat mehr als %1-mal umgeleitet (zuletzt nach %2): Die URL bildet vermutlich eine Schleife. Prüfen Sie die CAS-URL dieses Profils.</translation>
    </message>
    <message>
        <source>CAS at %1 redirected to plain http at %2. The redirect was not followed and the API key and secret were not sent there. If this address is right, use it as the CAS URL with https://.</source>
        <translation>CAS unter %1 hat auf einfaches http unter %2 umgeleitet. Der Umleitung wurde nicht gefolgt, und API-Schlüssel und Secret wurden nicht dorthin gesendet. Wenn diese Adresse stimmt, verwenden Sie sie mit https:// als CAS-URL.</translation>
    </message>
    <message>
        <source>CAS at %1 redirected to another origin, %2. The redirect was not followed and the API key and secret were not sent there. If you trust that address, use it as the CAS URL.</source>
        <translation>CAS unter %1 hat auf einen anderen Ursprung umgeleitet, %2. Der Umleitung wurde nicht gefolgt, und API-Schlüssel und Secret wurden nicht dorthin gesendet. Wenn Sie dieser Adresse vertrauen, verwenden Sie sie als CAS-URL.</translation>
    </message>
    <message>
        <source>HTTP %1, Location: %2</source>
        <translation>HTTP %1, Location: %2</translation>
    </message>
    <message>
        <source>CAS announced %1 bytes, far more than a token (the limit is %2 MiB): not read. Check that the URL points at CAS.</source>
        <translation>CAS hat %1 Bytes angekündigt, weit mehr als ein Token (die Grenze ist %2 MiB): nicht gelesen. Prüfen Sie, ob die URL auf CAS zeigt.</translation>
    </message>
    <message>
        <source>The host name %1 could not be found: check the CAS URL for typos and your network or DNS.</source>
        <translation>Der Hostname %1 wurde nicht gefunden: Prüfen Sie die CAS-URL auf Tippfehler sowie Ihr Netzwerk oder DNS.</translation>
    </message>
    <message>
        <source>Nothing accepts connections at %1 port %2: check the host and port of the CAS URL.</source>
        <translation>Unter %1 nimmt an Port %2 nichts Verbindungen an: Prüfen Sie Host und Port der CAS-URL.</translation>
    </message>
    <message>
        <source>%1 closed the connection before the answer was complete: try again, and check that the URL points at CAS.</source>
        <translation>%1 hat die Verbindung geschlossen, bevor die Antwort vollständig war: Versuchen Sie es erneut und prüfen Sie, ob die URL auf CAS zeigt.</translation>
    </message>
    <message>
        <source>The request to %1 failed: %2</source>
        <translation>Die Anfrage an %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>The secure connection to %1 could not be set up: check that the URL points at an https server.</source>
        <translation>Die sichere Verbindung zu %1 konnte nicht aufgebaut werden: Prüfen Sie, ob die URL auf einen https-Server zeigt.</translation>
    </message>
    <message>
        <source>The certificate of %1 is not trusted: neither the system nor the CA file %2 vouches for it. Check that the CA file holds the CA that issued the certificate of %1.</source>
        <translation>Dem Zertifikat von %1 wird nicht vertraut: Weder das System noch die CA-Datei %2 bürgt dafür. Prüfen Sie, ob die CA-Datei die CA enthält, die das Zertifikat von %1 ausgestellt hat.</translation>
    </message>
    <message>
        <source>The certificate of %1 is not trusted (self-signed): add its CA file to the profile.</source>
        <translation>Dem Zertifikat von %1 wird nicht vertraut (selbst signiert): Fügen Sie seine CA-Datei dem Profil hinzu.</translation>
    </message>
    <message>
        <source>The certificate of %1 is not trusted (unknown issuer): add its CA file to the profile.</source>
        <translation>Dem Zertifikat von %1 wird nicht vertraut (unbekannter Aussteller): Fügen Sie seine CA-Datei dem Profil hinzu.</translation>
    </message>
    <message>
        <source>The certificate of %1 is made out for another name: check the host name in the CAS URL.</source>
        <translation>Das Zertifikat von %1 ist auf einen anderen Namen ausgestellt: Prüfen Sie den Hostnamen in der CAS-URL.</translation>
    </message>
    <message>
        <source>The certificate of %1 has expired: its operator must renew it.</source>
        <translation>Das Zertifikat von %1 ist abgelaufen: Sein Betreiber muss es erneuern.</translation>
    </message>
    <message>
        <source>The certificate of %1 is not valid yet: check this computer&apos;s clock.</source>
        <translation>Das Zertifikat von %1 ist noch nicht gültig: Prüfen Sie die Uhr dieses Computers.</translation>
    </message>
    <message>
        <source>The certificate of %1 has been revoked.</source>
        <translation>Das Zertifikat von %1 wurde widerrufen.</translation>
    </message>
    <message>
        <source>The certificate of %1 was refused: %2</source>
        <translation>Das Zertifikat von %1 wurde abgelehnt: %2</translation>
    </message>
    <message>
        <source>CAS rejected the API key or secret (HTTP %1): check the key and secret of this profile.</source>
        <translation>CAS hat den API-Schlüssel oder das Secret abgelehnt (HTTP %1): Prüfen Sie Schlüssel und Secret dieses Profils.</translation>
    </message>
    <message>
        <source>HTTP %1: %2</source>
        <translation>HTTP %1: %2</translation>
    </message>
    <message>
        <source>CAS answered HTTP %1: &quot;%2&quot;</source>
        <translation>CAS antwortete mit HTTP %1: „%2“</translation>
    </message>
    <message>
        <source>CAS answered HTTP %1 with an HTML page, probably from a proxy or web server in front of it: check the CAS URL, or try again later.</source>
        <translation>CAS antwortete mit HTTP %1 und einer HTML-Seite, vermutlich von einem vorgeschalteten Proxy oder Webserver: Prüfen Sie die CAS-URL oder versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>CAS answered HTTP %1: check the CAS URL, or try again later.</source>
        <translation>CAS antwortete mit HTTP %1: Prüfen Sie die CAS-URL oder versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>CAS answered HTTP %1 without a usable redirect target: check the CAS URL.</source>
        <translation>CAS antwortete mit HTTP %1 ohne brauchbares Umleitungsziel: Prüfen Sie die CAS-URL.</translation>
    </message>
    <message>
        <source>CAS answered HTTP %1 but not with a JSON object (Content-Type: %2): check that the URL points at CAS.</source>
        <translation>CAS antwortete mit HTTP %1, aber nicht mit einem JSON-Objekt (Content-Type: %2): Prüfen Sie, ob die URL auf CAS zeigt.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <source>CAS answered HTTP %1 with JSON but without a &quot;token&quot;: check that the URL points at CAS&apos;s /stream/token/v2/.</source>
        <translation>CAS antwortete mit HTTP %1 und JSON, aber ohne „token“: Prüfen Sie, ob die URL auf /stream/token/v2/ von CAS zeigt.</translation>
    </message>
    <message>
        <source>Fields: %1</source>
        <translation>Felder: %1</translation>
    </message>
    <message>
        <source>The &quot;token&quot; CAS sent is not a JWT (three base64url parts separated by dots).</source>
        <translation>Das „token“, das CAS gesendet hat, ist kein JWT (drei base64url-Teile, durch Punkte getrennt).</translation>
    </message>
    <message>
        <source>the system&apos;s trusted roots</source>
        <translation>die vertrauenswürdigen Wurzelzertifikate des Systems</translation>
    </message>
    <message>
        <source>the CA file %1</source>
        <translation>die CA-Datei %1</translation>
    </message>
    <message>
        <source>a certificate this request trusts (not the system&apos;s roots)</source>
        <translation>ein Zertifikat, dem diese Anfrage vertraut (nicht die Wurzelzertifikate des Systems)</translation>
    </message>
    <message>
        <source>The secure connection to %1 was not set up within %2 s: the server took the connection but did not finish the TLS handshake. Check that the URL points at an https server.</source>
        <translation>Die sichere Verbindung zu %1 wurde nicht innerhalb von %2 s aufgebaut: Der Server hat die Verbindung angenommen, aber den TLS-Handshake nicht abgeschlossen. Prüfen Sie, ob die URL auf einen https-Server zeigt.</translation>
    </message>
    <message>
        <source>The proxy %1 did not open a connection to %2 within %3 s: check the proxy, or add %2 to no_proxy.</source>
        <translation>Der Proxy %1 hat innerhalb von %3 s keine Verbindung zu %2 geöffnet: Prüfen Sie den Proxy oder tragen Sie %2 in no_proxy ein.</translation>
    </message>
    <message>
        <source>The proxy %1 could not take the request to %2 (%3): check the proxy, or add %2 to no_proxy.</source>
        <translation>Der Proxy %1 konnte die Anfrage an %2 nicht annehmen (%3): Prüfen Sie den Proxy oder tragen Sie %2 in no_proxy ein.</translation>
    </message>
    <message>
        <source>%1 sent more than %2 KiB of status line and headers (or more than %3 header fields), far more than any real answer: stopped reading. Check that the URL points at CAS.</source>
        <translation>%1 hat mehr als %2 KiB Statuszeile und Header gesendet (oder mehr als %3 Header-Felder), weit mehr als jede echte Antwort: Das Lesen wurde beendet. Prüfen Sie, ob die URL auf CAS zeigt.</translation>
    </message>
    <message>
        <source>CAS announced a body of %1 bytes, far more than a token (the limit is %2 MiB): not read. Check that the URL points at CAS.</source>
        <translation>CAS hat einen Body von %1 Bytes angekündigt, weit mehr als ein Token (die Grenze ist %2 MiB): nicht gelesen. Prüfen Sie, ob die URL auf CAS zeigt.</translation>
    </message>
    <message>
        <source>CAS sent a compressed body (Content-Encoding: %1) that expands to more than %2 MiB, far more than a token: stopped decoding. A body that small on the wire and that large decoded is a compression bomb; check that the URL points at CAS.</source>
        <translation>CAS hat einen komprimierten Body gesendet (Content-Encoding: %1), der sich auf mehr als %2 MiB entpackt, weit mehr als ein Token: Das Dekodieren wurde beendet. Ein Body, der übertragen so klein und entpackt so groß ist, ist eine Kompressionsbombe; prüfen Sie, ob die URL auf CAS zeigt.</translation>
    </message>
    <message>
        <source>CAS sent a compressed body (Content-Encoding: %1) that cannot be decoded: check that the URL points at CAS, or try again.</source>
        <translation>CAS hat einen komprimierten Body gesendet (Content-Encoding: %1), der nicht dekodiert werden kann: Prüfen Sie, ob die URL auf CAS zeigt, oder versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>%1 answered in an encoding that was not asked for (%2): check that the URL points at CAS.</source>
        <translation>%1 hat in einer Kodierung geantwortet, die nicht angefragt war (%2): Prüfen Sie, ob die URL auf CAS zeigt.</translation>
    </message>
    <message>
        <source>%1 sent more than %2 interim (1xx) answers and no final one: stopped reading. Check that the URL points at CAS.</source>
        <translation>%1 hat mehr als %2 Zwischenantworten (1xx) und keine endgültige gesendet: Das Lesen wurde beendet. Prüfen Sie, ob die URL auf CAS zeigt.</translation>
    </message>
    <message>
        <source>%1 did not answer in valid HTTP/1.1 (%2): check that the URL and port point at CAS&apos;s web server.</source>
        <translation>%1 hat nicht in gültigem HTTP/1.1 geantwortet (%2): Prüfen Sie, ob URL und Port auf den Webserver von CAS zeigen.</translation>
    </message>
    <message>
        <source>The %1 of %2 has a %3-bit RSA key, too small for this computer&apos;s OpenSSL security level %4, which needs at least %5 bits: the server&apos;s operator must replace it with a key of %5 bits or more.</source>
        <translation>%1 von %2 hat einen RSA-Schlüssel mit %3 Bit, zu klein für die OpenSSL-Sicherheitsstufe %4 dieses Computers, die mindestens %5 Bit verlangt: Der Betreiber des Servers muss ihn durch einen Schlüssel mit %5 Bit oder mehr ersetzen.</translation>
    </message>
    <message>
        <source>certificate</source>
        <translation>Das Zertifikat</translation>
    </message>
    <message>
        <source>CA certificate &quot;%1&quot; in the chain</source>
        <translation>Das CA-Zertifikat „%1“ in der Kette</translation>
    </message>
    <message>
        <source>The CA file %1 cannot be read: pass a readable PEM file with --cacert.</source>
        <translation>Die CA-Datei %1 kann nicht gelesen werden: Übergeben Sie mit --cacert eine lesbare PEM-Datei.</translation>
    </message>
    <message>
        <source>CAS redirected more than %1 times (last to %2): the URL probably loops. Check the CAS URL.</source>
        <translation>Das CAS hat mehr als %1-mal umgeleitet (zuletzt nach %2): Die URL führt wahrscheinlich im Kreis. Prüfen Sie die CAS-URL.</translation>
    </message>
    <message>
        <source>The certificate of %1 is not trusted (self-signed): pass its CA file with --cacert.</source>
        <translation>Dem Zertifikat von %1 wird nicht vertraut (selbst signiert): Übergeben Sie seine CA-Datei mit --cacert.</translation>
    </message>
    <message>
        <source>The certificate of %1 is not trusted (unknown issuer): pass its CA file with --cacert.</source>
        <translation>Dem Zertifikat von %1 wird nicht vertraut (unbekannter Aussteller): Übergeben Sie seine CA-Datei mit --cacert.</translation>
    </message>
    <message>
        <source>CAS rejected the API key or secret (HTTP %1): check the key and the secret.</source>
        <translation>CAS hat den API-Schlüssel oder das Secret abgelehnt (HTTP %1): Prüfen Sie Schlüssel und Secret.</translation>
    </message>
    <message>
        <source>CAS answered HTTP %1 with %2 &quot;token&quot; members in one object: there is no telling which one is meant, so none is used.</source>
        <translation>CAS antwortete mit HTTP %1 und %2 „token“-Elementen in einem Objekt: Es lässt sich nicht sagen, welches gemeint ist, daher wird keines verwendet.</translation>
    </message>
    <message>
        <source>The token CAS sent says alg &quot;none&quot;: it is unsigned, and an unsigned token is never accepted.</source>
        <translation>Das Token von CAS gibt alg „none“ an: Es ist unsigniert, und ein unsigniertes Token wird nie angenommen.</translation>
    </message>
    <message>
        <source>The token CAS sent has no &quot;alg&quot; in its header, so there is no telling how it was signed.</source>
        <translation>Das Token von CAS hat kein „alg“ im Header, es lässt sich also nicht sagen, wie es signiert wurde.</translation>
    </message>
    <message>
        <source>CAS answered HTTP %1 with JSON that breaks the JSON standard or nests too deep, so none of it is used: check that the URL points at CAS.</source>
        <translation>CAS antwortete mit HTTP %1 und JSON, das gegen den JSON-Standard verstößt oder zu tief verschachtelt ist, daher wird nichts davon verwendet: Prüfen Sie, ob die URL auf CAS zeigt.</translation>
    </message>
    <message>
        <source>The host name %1 has a character beyond ASCII (%2), and such a name can look like another one.</source>
        <translation>Der Hostname %1 enthält ein Zeichen außerhalb von ASCII (%2), und ein solcher Name kann wie ein anderer aussehen.</translation>
    </message>
    <message>
        <source>Type the host name in ASCII.</source>
        <translation>Geben Sie den Hostnamen in ASCII ein.</translation>
    </message>
    <message>
        <source>If it is the CAS you mean, type the name DNS knows it by: %1</source>
        <translation>Wenn es der gemeinte CAS ist, geben Sie den Namen ein, unter dem DNS ihn kennt: %1</translation>
    </message>
</context>
<context>
    <name>ClaimsModel</name>
    <message>
        <source>%1… (%2 characters; the JSON view shows all)</source>
        <translation>%1… (%2 Zeichen; die JSON-Ansicht zeigt alles)</translation>
    </message>
    <message>
        <source>No registered meaning</source>
        <translation>Keine registrierte Bedeutung</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Claim</translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>Bedeutung</translation>
    </message>
    <message>
        <source>Time (local)</source>
        <translation>Zeit (lokal)</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Zeit (UTC)</translation>
    </message>
    <message>
        <source>Relative</source>
        <translation>Relativ</translation>
    </message>
    <message>
        <source>Defined by CAS; the public CAS docs do not explain it</source>
        <translation>Von CAS festgelegt; die öffentliche CAS-Dokumentation erklärt es nicht</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 gibt es nicht</translation>
    </message>
    <message>
        <source>%1 is a folder, not a file</source>
        <translation>%1 ist ein Ordner, keine Datei</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is larger than %2 bytes</source>
        <translation>%1 ist größer als %2 Bytes</translation>
    </message>
    <message>
        <source>(run cas-console --help)</source>
        <translation>(siehe cas-console --help)</translation>
    </message>
    <message>
        <source>--timeout takes a whole number of seconds from %1 to %2, not &quot;%3&quot;</source>
        <translation>--timeout nimmt eine ganze Zahl von Sekunden von %1 bis %2, nicht „%3“</translation>
    </message>
    <message>
        <source>use either --profile or --url with --key, not both</source>
        <translation>verwenden Sie entweder --profile oder --url mit --key, nicht beides</translation>
    </message>
    <message>
        <source>there is no profile &quot;%1&quot;; cas-console profile list shows the profiles</source>
        <translation>es gibt kein Profil „%1“; cas-console profile list zeigt die Profile</translation>
    </message>
    <message>
        <source>say which CAS to ask: --profile NAME, or --url URL with --key KEY</source>
        <translation>geben Sie an, welches CAS gefragt werden soll: --profile NAME oder --url URL mit --key KEY</translation>
    </message>
    <message>
        <source>API secret (typing is not shown):</source>
        <translation>API-Secret (die Eingabe wird nicht angezeigt):</translation>
    </message>
    <message>
        <source>profile &quot;%1&quot; has no API secret in the keychain (it was saved without one, or the keyring is locked). Give the secret in one of three ways: on standard input with --secret-stdin; in the CAS_API_SECRET environment variable; or store it with cas-console profile add %1 --url URL --key KEY --secret-stdin</source>
        <translation>Profil „%1“ hat kein API-Secret im Schlüsselbund (es wurde ohne gespeichert, oder der Schlüsselbund ist gesperrt). Geben Sie das Secret auf eine von drei Arten an: auf der Standardeingabe mit --secret-stdin; in der Umgebungsvariablen CAS_API_SECRET; oder speichern Sie es mit cas-console profile add %1 --url URL --key KEY --secret-stdin</translation>
    </message>
    <message>
        <source>cannot read the API secret of profile &quot;%1&quot; from the keychain: %2</source>
        <translation>das API-Secret von Profil „%1“ kann nicht aus dem Schlüsselbund gelesen werden: %2</translation>
    </message>
    <message>
        <source>no API secret: pass it on standard input with --secret-stdin, or set CAS_API_SECRET</source>
        <translation>kein API-Secret: Übergeben Sie es auf der Standardeingabe mit --secret-stdin oder setzen Sie CAS_API_SECRET</translation>
    </message>
    <message>
        <source>neither DISPLAY nor WAYLAND_DISPLAY is set</source>
        <translation>weder DISPLAY noch WAYLAND_DISPLAY ist gesetzt</translation>
    </message>
    <message>
        <source>The window needs a display (%1). Run it from a desktop session, or use the command line: cas-console --help lists the commands.</source>
        <translation>Das Fenster braucht eine Anzeige (%1). Starten Sie es aus einer Desktop-Sitzung oder verwenden Sie die Befehlszeile: cas-console --help listet die Befehle.</translation>
    </message>
    <message>
        <source>The window is missing from this installation (%1). Reinstall cas-console, or use the command line: cas-console --help lists the commands.</source>
        <translation>Das Fenster fehlt in dieser Installation (%1). Installieren Sie cas-console neu oder verwenden Sie die Befehlszeile: cas-console --help listet die Befehle.</translation>
    </message>
    <message>
        <source>%1 opens the window, so it cannot go with &quot;%2&quot;</source>
        <translation>%1 öffnet das Fenster und passt daher nicht zu „%2“</translation>
    </message>
    <message>
        <source>there is no option %1</source>
        <translation>es gibt keine Option %1</translation>
    </message>
    <message>
        <source>it goes after a command: %1</source>
        <translation>sie gehört hinter einen Befehl: %1</translation>
    </message>
    <message>
        <source>%1 needs an action: %2 (run cas-console %1 --help)</source>
        <translation>%1 braucht eine Aktion: %2 (siehe cas-console %1 --help)</translation>
    </message>
    <message>
        <source>unknown %1 action &quot;%2&quot;: use %3</source>
        <translation>unbekannte %1-Aktion „%2“: verwenden Sie %3</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation>unbekannter Befehl „%1“</translation>
    </message>
    <message>
        <source>run cas-console --help for the list</source>
        <translation>cas-console --help zeigt die Liste</translation>
    </message>
    <message>
        <source>there is no command &quot;%1&quot;; run cas-console --help for the list</source>
        <translation>es gibt keinen Befehl „%1“; cas-console --help zeigt die Liste</translation>
    </message>
    <message>
        <source>completion takes one shell: bash, zsh or fish</source>
        <translation>completion nimmt eine Shell: bash, zsh oder fish</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>unerwartetes Argument „%1“</translation>
    </message>
    <message>
        <source>Reading the token from standard input: paste it, then press Enter and Ctrl+D.</source>
        <translation>Das Token wird von der Standardeingabe gelesen: Fügen Sie es ein, dann Eingabe und Strg+D drücken.</translation>
    </message>
    <message>
        <source>the input on stdin is larger than 16 MiB; that is not a token</source>
        <translation>die Eingabe auf stdin ist größer als 16 MiB; das ist kein Token</translation>
    </message>
    <message>
        <source>--from-curl gives the URL, key and secret itself: leave out --%1</source>
        <translation>--from-curl liefert URL, Schlüssel und Secret selbst: Lassen Sie --%1 weg</translation>
    </message>
    <message>
        <source>Paste the curl command from the CAS documentation, then press Enter and Ctrl+D.</source>
        <translation>Fügen Sie den curl-Befehl aus der CAS-Dokumentation ein, dann Eingabe und Strg+D drücken.</translation>
    </message>
    <message>
        <source>standard input holds more than 1 MiB, far more than a curl command</source>
        <translation>die Standardeingabe enthält mehr als 1 MiB, weit mehr als ein curl-Befehl</translation>
    </message>
    <message>
        <source>cannot read the curl command: %1</source>
        <translation>der curl-Befehl kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>  detail: %1</source>
        <translation>  Detail: %1</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>Header</translation>
    </message>
    <message>
        <source>Payload</source>
        <translation>Payload</translation>
    </message>
    <message>
        <source>Signature: %1 bytes (%2)</source>
        <translation>Signatur: %1 Bytes (%2)</translation>
    </message>
    <message>
        <source>no alg</source>
        <translation>kein alg</translation>
    </message>
    <message>
        <source>Time claims</source>
        <translation>Zeit-Claims</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>give exactly one key: --secret-stdin (a shared secret) or --key-file FILE</source>
        <translation>geben Sie genau einen Schlüssel an: --secret-stdin (ein gemeinsames Secret) oder --key-file DATEI</translation>
    </message>
    <message>
        <source>--base64-secret goes with --secret-stdin</source>
        <translation>--base64-secret gehört zu --secret-stdin</translation>
    </message>
    <message>
        <source>the token and the secret cannot both come from standard input: pass the token as an argument</source>
        <translation>Token und Secret können nicht beide von der Standardeingabe kommen: Übergeben Sie das Token als Argument</translation>
    </message>
    <message>
        <source>cannot use the key file: %1</source>
        <translation>die Schlüsseldatei ist nicht verwendbar: %1</translation>
    </message>
    <message>
        <source>Shared secret (typing is not shown):</source>
        <translation>Gemeinsames Secret (die Eingabe wird nicht angezeigt):</translation>
    </message>
    <message>
        <source>Pass it with --key-file FILE.</source>
        <translation>Übergeben Sie ihn mit --key-file DATEI.</translation>
    </message>
    <message>
        <source>No profiles yet. Add one with: cas-console profile add NAME --url URL --key KEY --secret-stdin</source>
        <translation>Noch keine Profile. Fügen Sie eines hinzu mit: cas-console profile add NAME --url URL --key KEY --secret-stdin</translation>
    </message>
    <message>
        <source>a profile needs --url URL and --key KEY, or --from-curl FILE</source>
        <translation>ein Profil braucht --url URL und --key KEY oder --from-curl DATEI</translation>
    </message>
    <message>
        <source>profile &quot;%1&quot; was not changed: its URL or API key changes, so the secret stored for the old one must be deleted first, and it could not be: %2 Unlock the keychain and try again, or give the secret for the new one with --secret-stdin.</source>
        <translation>Profil „%1“ wurde nicht geändert: Seine URL oder sein API-Schlüssel ändert sich, daher muss das für die alten gespeicherte Secret zuerst gelöscht werden, und das war nicht möglich: %2 Entsperren Sie den Schlüsselbund und versuchen Sie es erneut, oder geben Sie das Secret für die neuen mit --secret-stdin an.</translation>
    </message>
    <message>
        <source>profile &quot;%1&quot; was saved, but its API secret could not be stored in the keychain: %2</source>
        <translation>Profil „%1“ wurde gespeichert, aber sein API-Secret konnte nicht im Schlüsselbund abgelegt werden: %2</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; saved; its API secret is in the system keychain.</source>
        <translation>Profil „%1“ gespeichert; sein API-Secret liegt im Schlüsselbund des Systems.</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; saved; its API secret in the keychain (if any) is kept.</source>
        <translation>Profil „%1“ gespeichert; sein API-Secret im Schlüsselbund (falls vorhanden) bleibt erhalten.</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; saved without a secret; pass one later with --secret-stdin, or with CAS_API_SECRET when fetching.</source>
        <translation>Profil „%1“ ohne Secret gespeichert; übergeben Sie es später mit --secret-stdin oder beim Abrufen mit CAS_API_SECRET.</translation>
    </message>
    <message>
        <source>say which profile to remove: cas-console profile remove NAME</source>
        <translation>geben Sie an, welches Profil entfernt werden soll: cas-console profile remove NAME</translation>
    </message>
    <message>
        <source>there is no profile &quot;%1&quot;</source>
        <translation>es gibt kein Profil „%1“</translation>
    </message>
    <message>
        <source>profile &quot;%1&quot; was kept because its keychain entries could not be deleted: %2 Unlock the keychain and try again, or remove the profile anyway with --force (the entries then stay in the keychain).</source>
        <translation>Profil „%1“ wurde behalten, weil seine Einträge im Schlüsselbund nicht gelöscht werden konnten: %2 Entsperren Sie den Schlüsselbund und versuchen Sie es erneut, oder entfernen Sie das Profil trotzdem mit --force (die Einträge bleiben dann im Schlüsselbund).</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; removed, but these stay in the keychain: %2 (%3)</source>
        <translation>Profil „%1“ entfernt, aber diese bleiben im Schlüsselbund: %2 (%3)</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; removed, with its API secret and history.</source>
        <translation>Profil „%1“ entfernt, mit seinem API-Secret und seinem Verlauf.</translation>
    </message>
    <message>
        <source>profile needs an action: add, list or remove</source>
        <translation>profile braucht eine Aktion: add, list oder remove</translation>
    </message>
    <message>
        <source>unknown profile action &quot;%1&quot;: use add, list or remove</source>
        <translation>unbekannte Profil-Aktion „%1“: verwenden Sie add, list oder remove</translation>
    </message>
    <message>
        <source>--cert-out writes the demo CAS&apos;s certificate, which only --tls makes: add --tls</source>
        <translation>--cert-out schreibt das Zertifikat des Demo-CAS, das nur --tls erzeugt: Ergänzen Sie --tls</translation>
    </message>
    <message>
        <source>--port takes a number from 0 to 65535 (0 picks a free port), not &quot;%1&quot;</source>
        <translation>--port nimmt eine Zahl von 0 bis 65535 (0 wählt einen freien Port), nicht „%1“</translation>
    </message>
    <message>
        <source>unknown scenario &quot;%1&quot;: use success, wrong-credentials, server-error, slow, expired-token or redirect-other-host</source>
        <translation>unbekanntes Szenario „%1“: verwenden Sie success, wrong-credentials, server-error, slow, expired-token oder redirect-other-host</translation>
    </message>
    <message>
        <source>the demo CAS could not start: %1</source>
        <translation>das Demo-CAS konnte nicht starten: %1</translation>
    </message>
    <message>
        <source>cannot write the demo certificate to %1: %2</source>
        <translation>das Demo-Zertifikat kann nicht nach %1 geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Demo CAS running; these demo credentials are public and only work here. Try: echo %1 | cas-console token --url %2 --key %3 --secret-stdin%4
Press Ctrl+C to stop.</source>
        <translation>Demo-CAS läuft; diese Demo-Zugangsdaten sind öffentlich und funktionieren nur hier. Probieren Sie: echo %1 | cas-console token --url %2 --key %3 --secret-stdin%4
Strg+C beendet es.</translation>
    </message>
    <message>
        <source>say where to write the QR code: --output FILE.png or --output FILE.svg</source>
        <translation>geben Sie an, wohin der QR-Code geschrieben werden soll: --output DATEI.png oder --output DATEI.svg</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>QR code written to %1 (%2 modules per side).</source>
        <translation>QR-Code nach %1 geschrieben (%2 Module pro Seite).</translation>
    </message>
    <message>
        <source>--secret-stdin was given but there is no secret: %1</source>
        <translation>--secret-stdin wurde angegeben, aber es gibt kein Secret: %1</translation>
    </message>
    <message>
        <source>no secret was typed</source>
        <translation>es wurde kein Secret eingegeben</translation>
    </message>
    <message>
        <source>standard input holds more than 64 KiB, far more than a secret</source>
        <translation>die Standardeingabe enthält mehr als 64 KiB, weit mehr als ein Secret</translation>
    </message>
    <message>
        <source>standard input was empty</source>
        <translation>die Standardeingabe war leer</translation>
    </message>
    <message>
        <source>cannot use the access code file: %1</source>
        <translation>die Zugangscode-Datei kann nicht verwendet werden: %1</translation>
    </message>
    <message>
        <source>the first line of the access code file %1 must be the code: printable ASCII without spaces</source>
        <translation>die erste Zeile der Zugangscode-Datei %1 muss der Code sein: druckbares ASCII ohne Leerzeichen</translation>
    </message>
    <message>
        <source>--bind takes an IP address such as 127.0.0.1 or 0.0.0.0, not &quot;%1&quot;</source>
        <translation>--bind nimmt eine IP-Adresse wie 127.0.0.1 oder 0.0.0.0, nicht „%1“</translation>
    </message>
    <message>
        <source>--min-validity takes a number of seconds from 0 to 86400, not &quot;%1&quot;</source>
        <translation>--min-validity nimmt eine Zahl von Sekunden von 0 bis 86400, nicht „%1“</translation>
    </message>
    <message>
        <source>--allow-origin takes an origin such as http://192.168.1.20:8080 (scheme, host and port, no path), not &quot;%1&quot;</source>
        <translation>--allow-origin nimmt einen Ursprung wie http://192.168.1.20:8080 (Schema, Host und Port, kein Pfad), nicht „%1“</translation>
    </message>
    <message>
        <source>--bind %1 lets other devices ask for tokens: give an access code with --access-code-file FILE (clients then send &quot;Authorization: Bearer CODE&quot;), or bind to 127.0.0.1</source>
        <translation>--bind %1 lässt andere Geräte Tokens anfordern: Geben Sie mit --access-code-file DATEI einen Zugangscode an (Clients senden dann „Authorization: Bearer CODE“), oder binden Sie an 127.0.0.1</translation>
    </message>
</context>
<context>
    <name>ClipboardStatusLabel</name>
    <message numerus="yes">
        <source>Clipboard clears in %n s</source>
        <translation>
            <numerusform>Zwischenablage wird in %n s geleert</numerusform>
            <numerusform>Zwischenablage wird in %n s geleert</numerusform>
        </translation>
    </message>
    <message>
        <source>Clipboard cleared</source>
        <translation>Zwischenablage geleert</translation>
    </message>
</context>
<context>
    <name>ClockCheck</name>
    <message>
        <source>Your clock is %1 ahead of CAS&apos;s: valid tokens may look expired before they are.</source>
        <translation>Ihre Uhr geht %1 gegenüber CAS vor: Gültige Tokens können abgelaufen wirken, bevor sie es sind.</translation>
    </message>
    <message>
        <source>Your clock is %1 behind CAS&apos;s: fresh tokens may look issued in the future or not yet valid, and expired ones may look valid.</source>
        <translation>Ihre Uhr geht %1 gegenüber CAS nach: Frische Tokens können wie in der Zukunft ausgestellt oder noch nicht gültig wirken, und abgelaufene wie gültig.</translation>
    </message>
    <message>
        <source>Your clock agrees with CAS&apos;s.</source>
        <translation>Ihre Uhr stimmt mit der von CAS überein.</translation>
    </message>
    <message>
        <source>Your clock agrees with CAS&apos;s (%1 ahead).</source>
        <translation>Ihre Uhr stimmt mit der von CAS überein (%1 vor).</translation>
    </message>
    <message>
        <source>Your clock agrees with CAS&apos;s (%1 behind).</source>
        <translation>Ihre Uhr stimmt mit der von CAS überein (%1 nach).</translation>
    </message>
</context>
<context>
    <name>CommandTable</name>
    <message>
        <source>print one JSON object (on failure too, with an &quot;error&quot; member)</source>
        <translation>ein JSON-Objekt ausgeben (auch bei einem Fehler, mit einem Element „error“)</translation>
    </message>
    <message>
        <source>the CAS base URL (https; plain http only to loopback)</source>
        <translation>die Basis-URL von CAS (https; einfaches http nur zu Loopback)</translation>
    </message>
    <message>
        <source>the API key</source>
        <translation>der API-Schlüssel</translation>
    </message>
    <message>
        <source>also trust this CA certificate file</source>
        <translation>dieser CA-Zertifikatsdatei zusätzlich vertrauen</translation>
    </message>
    <message>
        <source>give up after SEC seconds, 1 to 3600 (default 15)</source>
        <translation>nach SEC Sekunden aufgeben, 1 bis 3600 (Standard 15)</translation>
    </message>
    <message>
        <source>use a saved profile (URL, key, CA file, timeout, secret)</source>
        <translation>ein gespeichertes Profil verwenden (URL, Schlüssel, CA-Datei, Zeitlimit, Secret)</translation>
    </message>
    <message>
        <source>read the API secret from standard input (the whole input, one trailing newline removed; on a terminal: a prompt that does not echo)</source>
        <translation>das API-Secret von der Standardeingabe lesen (die ganze Eingabe ohne einen abschließenden Zeilenumbruch; auf einem Terminal: eine Abfrage ohne Echo)</translation>
    </message>
    <message>
        <source>(--profile NAME | --url URL --key KEY) [--cacert PEM] [--timeout SEC] [--json] [--secret-stdin]</source>
        <translation>(--profile NAME | --url URL --key KEY) [--cacert PEM] [--timeout SEC] [--json] [--secret-stdin]</translation>
    </message>
    <message>
        <source>Get a token from CAS. The secret comes from --secret-stdin, else the CAS_API_SECRET environment variable, else the profile&apos;s keychain entry.</source>
        <translation>Ein Token von CAS holen. Das Secret kommt von --secret-stdin, sonst aus der Umgebungsvariablen CAS_API_SECRET, sonst aus dem Schlüsselbund-Eintrag des Profils.</translation>
    </message>
    <message>
        <source>[TOKEN|-] [--json]</source>
        <translation>[TOKEN|-] [--json]</translation>
    </message>
    <message>
        <source>Show the header, payload and time claims of a token (read from standard input when TOKEN is - or left out).</source>
        <translation>Header, Payload und Zeit-Claims eines Tokens zeigen (von der Standardeingabe gelesen, wenn TOKEN - ist oder fehlt).</translation>
    </message>
    <message>
        <source>[TOKEN|-] (--secret-stdin [--base64-secret] | --key-file FILE) [--json]</source>
        <translation>[TOKEN|-] (--secret-stdin [--base64-secret] | --key-file FILE) [--json]</translation>
    </message>
    <message>
        <source>Check the signature with a shared secret (HS256/384/512) or a public key: PEM, certificate, JWK or JWKS. Key material is never taken as a shared secret.</source>
        <translation>Die Signatur mit einem gemeinsamen Secret (HS256/384/512) oder einem öffentlichen Schlüssel prüfen: PEM, Zertifikat, JWK oder JWKS. Schlüsselmaterial wird nie als gemeinsames Secret genommen.</translation>
    </message>
    <message>
        <source>read the shared secret from standard input: the whole input, one trailing newline removed (on a terminal: a prompt that does not echo)</source>
        <translation>das gemeinsame Secret von der Standardeingabe lesen: die ganze Eingabe ohne einen abschließenden Zeilenumbruch (auf einem Terminal: eine Abfrage ohne Echo)</translation>
    </message>
    <message>
        <source>the secret is base64 or base64url encoded</source>
        <translation>das Secret ist base64- oder base64url-kodiert</translation>
    </message>
    <message>
        <source>a PEM public key, certificate, JWK or JWKS</source>
        <translation>ein PEM-Public-Key, ein Zertifikat, ein JWK oder ein JWKS</translation>
    </message>
    <message>
        <source>NAME (--url URL --key KEY | --from-curl FILE|-) [--cacert PEM] [--timeout SEC] [--secret-stdin]</source>
        <translation>NAME (--url URL --key KEY | --from-curl FILE|-) [--cacert PEM] [--timeout SEC] [--secret-stdin]</translation>
    </message>
    <message>
        <source>Save a profile; its secret goes only into the system keychain. --from-curl reads a curl command as the CAS docs print it (URL, auth-api-key and auth-api-secret headers).</source>
        <translation>Ein Profil speichern; sein Secret kommt nur in den Schlüsselbund des Systems. --from-curl liest einen curl-Befehl, wie ihn die CAS-Dokumentation zeigt (URL, Header auth-api-key und auth-api-secret).</translation>
    </message>
    <message>
        <source>take the URL, key and secret from a curl command in FILE (- for standard input)</source>
        <translation>URL, Schlüssel und Secret aus einem curl-Befehl in FILE nehmen (- für die Standardeingabe)</translation>
    </message>
    <message>
        <source>List the profiles: name, URL, API key (tab-separated).</source>
        <translation>Die Profile auflisten: Name, URL, API-Schlüssel (durch Tabulatoren getrennt).</translation>
    </message>
    <message>
        <source>NAME [--force]</source>
        <translation>NAME [--force]</translation>
    </message>
    <message>
        <source>Remove a profile with its API secret and history in the keychain. If the keychain cannot delete them, the profile is kept and the exit status is 7.</source>
        <translation>Ein Profil mit seinem API-Secret und seinem Verlauf im Schlüsselbund entfernen. Kann der Schlüsselbund sie nicht löschen, bleibt das Profil erhalten und der Exit-Status ist 7.</translation>
    </message>
    <message>
        <source>remove the profile even when its keychain entries cannot be deleted (they stay)</source>
        <translation>das Profil auch dann entfernen, wenn seine Einträge im Schlüsselbund nicht gelöscht werden können (sie bleiben)</translation>
    </message>
    <message>
        <source>[--port N] [--tls [--cert-out FILE]] [--scenario NAME]</source>
        <translation>[--port N] [--tls [--cert-out FILE]] [--scenario NAME]</translation>
    </message>
    <message>
        <source>Run the embedded demo CAS on 127.0.0.1 until interrupted. It prints its URL, the public demo credentials and the secret its tokens are signed with.</source>
        <translation>Das eingebettete Demo-CAS auf 127.0.0.1 betreiben, bis es unterbrochen wird. Es gibt seine URL, die öffentlichen Demo-Zugangsdaten und das Secret aus, mit dem seine Tokens signiert sind.</translation>
    </message>
    <message>
        <source>listen on port N (0, the default, picks a free port)</source>
        <translation>auf Port N lauschen (0, der Standard, wählt einen freien Port)</translation>
    </message>
    <message>
        <source>serve HTTPS with a fresh self-signed certificate</source>
        <translation>HTTPS mit einem frischen selbst signierten Zertifikat anbieten</translation>
    </message>
    <message>
        <source>how the demo CAS answers</source>
        <translation>wie das Demo-CAS antwortet</translation>
    </message>
    <message>
        <source>with --tls: write the certificate (the CA file) here</source>
        <translation>mit --tls: das Zertifikat (die CA-Datei) hierhin schreiben</translation>
    </message>
    <message>
        <source>[TOKEN|-] --output FILE.png|FILE.svg</source>
        <translation>[TOKEN|-] --output FILE.png|FILE.svg</translation>
    </message>
    <message>
        <source>Write the token as a QR code.</source>
        <translation>Das Token als QR-Code schreiben.</translation>
    </message>
    <message>
        <source>where to write it: a .png or .svg file</source>
        <translation>wohin: eine .png- oder .svg-Datei</translation>
    </message>
    <message>
        <source>(--profile NAME | --url URL --key KEY [--cacert PEM]) [--secret-stdin] [--port N] [--bind ADDR] [--allow-origin ORIGIN]... [--access-code-file FILE] [--min-validity SEC] [--timeout SEC]</source>
        <translation>(--profile NAME | --url URL --key KEY [--cacert PEM]) [--secret-stdin] [--port N] [--bind ADDR] [--allow-origin ORIGIN]... [--access-code-file FILE] [--min-validity SEC] [--timeout SEC]</translation>
    </message>
    <message>
        <source>Hand tokens to sample apps: GET http://HOST:PORT/token?session=NAME. One token per session; browsers only from http://localhost, http://127.0.0.1 and --allow-origin; other addresses than loopback need an access code.</source>
        <translation>Tokens an Beispiel-Apps ausgeben: GET http://HOST:PORT/token?session=NAME. Ein Token pro Sitzung; Browser nur von http://localhost, http://127.0.0.1 und --allow-origin; andere Adressen als Loopback brauchen einen Zugangscode.</translation>
    </message>
    <message>
        <source>listen on this IP address (default 127.0.0.1)</source>
        <translation>auf dieser IP-Adresse lauschen (Standard 127.0.0.1)</translation>
    </message>
    <message>
        <source>also answer browsers from this origin (may be repeated)</source>
        <translation>auch Browsern von diesem Ursprung antworten (mehrfach möglich)</translation>
    </message>
    <message>
        <source>clients must send the code on this file&apos;s first line</source>
        <translation>Clients müssen den Code aus der ersten Zeile dieser Datei senden</translation>
    </message>
    <message>
        <source>fetch a new token when the current one has fewer seconds left</source>
        <translation>ein neues Token holen, wenn das aktuelle weniger Sekunden gültig ist</translation>
    </message>
    <message>
        <source>[COMMAND]</source>
        <translation>[COMMAND]</translation>
    </message>
    <message>
        <source>Show this help, or a command&apos;s own.</source>
        <translation>Diese Hilfe zeigen, oder die eines Befehls.</translation>
    </message>
    <message>
        <source>bash|zsh|fish</source>
        <translation>bash|zsh|fish</translation>
    </message>
    <message>
        <source>Print the shell completion script (the packages install them).</source>
        <translation>Das Vervollständigungsskript für die Shell ausgeben (die Pakete installieren es).</translation>
    </message>
    <message>
        <source>Manage profiles</source>
        <translation>Profile verwalten</translation>
    </message>
    <message>
        <source>Usage: cas-console [--demo]              open the window (--demo: with the local demo CAS)
       cas-console COMMAND [OPTIONS]     run headless
       cas-console COMMAND --help        a command&apos;s options and examples

Commands:
</source>
        <translation>Aufruf: cas-console [--demo]              öffnet das Fenster (--demo: mit dem lokalen Demo-CAS)
       cas-console BEFEHL [OPTIONEN]     ohne Fenster
       cas-console BEFEHL --help         Optionen und Beispiele eines Befehls

Befehle:
</translation>
    </message>
    <message>
        <source>
Options: --help, --version

Exit codes: 0 ok, 1 internal error, 2 usage (bad option, URL or file; no display for the window),
3 network/TLS/timeout/refused redirect, 4 credentials rejected, 5 other CAS error,
6 bad response, malformed token or key, 7 keychain unavailable or failed,
8 signature does not verify or key refused.
</source>
        <translation>
Optionen: --help, --version

Exit-Codes: 0 ok, 1 interner Fehler, 2 Aufruf (falsche Option, URL oder Datei; keine Anzeige für das Fenster),
3 Netzwerk/TLS/Zeitlimit/abgelehnte Umleitung, 4 Zugangsdaten abgelehnt, 5 anderer CAS-Fehler,
6 fehlerhafte Antwort, fehlerhaftes Token oder fehlerhafter Schlüssel, 7 Schlüsselbund nicht verfügbar oder fehlgeschlagen,
8 Signatur stimmt nicht oder Schlüssel abgelehnt.
</translation>
    </message>
    <message>
        <source>Usage: cas-console %1 %2</source>
        <translation>Aufruf: cas-console %1 %2</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Optionen:</translation>
    </message>
    <message>
        <source>show this help</source>
        <translation>diese Hilfe zeigen</translation>
    </message>
    <message>
        <source>Examples:</source>
        <translation>Beispiele:</translation>
    </message>
    <message>
        <source>--secret is not accepted: a secret on the command line ends up in shell history and process lists. Use --secret-stdin, or set CAS_API_SECRET.</source>
        <translation>--secret wird nicht angenommen: Ein Secret auf der Befehlszeile landet im Shell-Verlauf und in Prozesslisten. Verwenden Sie --secret-stdin oder setzen Sie CAS_API_SECRET.</translation>
    </message>
    <message>
        <source>%1 is not in the command table</source>
        <translation>%1 steht nicht in der Befehlstabelle</translation>
    </message>
    <message>
        <source>(run cas-console %1 --help)</source>
        <translation>(siehe cas-console %1 --help)</translation>
    </message>
    <message>
        <source>the %1 command has no option %2</source>
        <translation>der Befehl %1 hat keine Option %2</translation>
    </message>
    <message>
        <source>did you mean %1?</source>
        <translation>meinten Sie %1?</translation>
    </message>
</context>
<context>
    <name>CopyAsMenu</name>
    <message>
        <source>Copy &amp;as</source>
        <translation>Kopieren &amp;als</translation>
    </message>
    <message>
        <source>&amp;Token</source>
        <translation>&amp;Token</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>&amp;JSON  {&quot;token&quot;: …}</source>
        <translation>&amp;JSON  {&quot;token&quot;: …}</translation>
    </message>
    <message>
        <source>Token as JSON</source>
        <translation>Token als JSON</translation>
    </message>
    <message>
        <source>&amp;Environment line  CAS_TOKEN=…</source>
        <translation>&amp;Umgebungszeile  CAS_TOKEN=…</translation>
    </message>
    <message>
        <source>CAS_TOKEN line</source>
        <translation>CAS_TOKEN-Zeile</translation>
    </message>
    <message>
        <source>&amp;Web SDK  WTSDK.Session.connect(…)</source>
        <translation>&amp;Web-SDK  WTSDK.Session.connect(…)</translation>
    </message>
    <message>
        <source>The Web SDK call from the public docs, with the display name set under Edit templates</source>
        <translation>Der Web-SDK-Aufruf aus der öffentlichen Dokumentation, mit dem unter „Vorlagen bearbeiten“ gesetzten Anzeigenamen</translation>
    </message>
    <message>
        <source>Web SDK snippet</source>
        <translation>Web-SDK-Schnipsel</translation>
    </message>
    <message>
        <source>CAS request as &amp;curl</source>
        <translation>CAS-Anfrage als &amp;curl</translation>
    </message>
    <message>
        <source>The request for a new token; the secret is read from $CAS_API_SECRET, never copied</source>
        <translation>Die Anfrage nach einem neuen Token; das Secret wird aus $CAS_API_SECRET gelesen, nie kopiert</translation>
    </message>
    <message>
        <source>curl command</source>
        <translation>curl-Befehl</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Vorlagen</translation>
    </message>
    <message>
        <source>No templates</source>
        <translation>Keine Vorlagen</translation>
    </message>
    <message>
        <source>Unknown placeholders are copied as they are: %1</source>
        <translation>Unbekannte Platzhalter werden unverändert kopiert: %1</translation>
    </message>
    <message>
        <source>Template &quot;%1&quot;</source>
        <translation>Vorlage „%1“</translation>
    </message>
    <message>
        <source>Cop&amp;y as…</source>
        <translation>&amp;Kopieren als…</translation>
    </message>
    <message>
        <source>Copy the token for a sample app: JSON, env line, curl, Web SDK snippet or your templates</source>
        <translation>Das Token für eine Beispiel-App kopieren: JSON, Umgebungszeile, curl, Web-SDK-Schnipsel oder Ihre Vorlagen</translation>
    </message>
    <message>
        <source>E&amp;dit templates…</source>
        <translation>Vorlagen &amp;bearbeiten…</translation>
    </message>
</context>
<context>
    <name>CurlCommand</name>
    <message>
        <source>The curl command has a quote that is never closed: copy the whole command again.</source>
        <translation>Der curl-Befehl hat ein Anführungszeichen, das nie geschlossen wird: Kopieren Sie den ganzen Befehl noch einmal.</translation>
    </message>
    <message>
        <source>This is not a curl command: it should start with &quot;curl&quot;, as in the CAS documentation.</source>
        <translation>Das ist kein curl-Befehl: Er sollte wie in der CAS-Dokumentation mit „curl“ beginnen.</translation>
    </message>
    <message>
        <source>The curl command has no URL (--url https://…).</source>
        <translation>Der curl-Befehl hat keine URL (--url https://…).</translation>
    </message>
    <message>
        <source>The curl command has no auth-api-key header, so it does not say which API key to use.</source>
        <translation>Der curl-Befehl hat keinen Header auth-api-key und sagt daher nicht, welcher API-Schlüssel verwendet werden soll.</translation>
    </message>
</context>
<context>
    <name>DecodedView</name>
    <message>
        <source>Nothing decoded</source>
        <translation>Nichts dekodiert</translation>
    </message>
    <message>
        <source>Decode warnings</source>
        <translation>Warnungen beim Dekodieren</translation>
    </message>
    <message>
        <source>Header JSON</source>
        <translation>Header-JSON</translation>
    </message>
    <message>
        <source>Payload JSON</source>
        <translation>Payload-JSON</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>Claims</translation>
    </message>
    <message>
        <source>Header parameters</source>
        <translation>Header-Parameter</translation>
    </message>
    <message>
        <source>Nothing decoded yet. Get a token (%1) or paste one (%2) to see its header, payload and claims.</source>
        <translation>Noch nichts dekodiert. Holen Sie ein Token (%1) oder fügen Sie eines ein (%2), um Header, Payload und Claims zu sehen.</translation>
    </message>
    <message>
        <source>… %1 more characters are not shown here; Copy header / Copy payload on the Token tab copies all of it.</source>
        <translation>… %1 weitere Zeichen werden hier nicht gezeigt; „Header kopieren“ / „Payload kopieren“ auf dem Reiter Token kopiert alles.</translation>
    </message>
    <message>
        <source>valid since 59 min 59 s ago</source>
        <translation>gültig seit 59 min 59 s</translation>
    </message>
    <message>
        <source>H&amp;eader</source>
        <translation>Header</translation>
    </message>
    <message>
        <source>Payloa&amp;d</source>
        <translation>Pa&amp;yload</translation>
    </message>
    <message>
        <source>&amp;Claims</source>
        <translation>Cla&amp;ims</translation>
    </message>
    <message>
        <source>Header parame&amp;ters</source>
        <translation>Header-Para&amp;meter</translation>
    </message>
</context>
<context>
    <name>DemoCasServer</name>
    <message>
        <source>The demo CAS could not listen on 127.0.0.1:%1: %2</source>
        <translation>Das Demo-CAS konnte nicht auf 127.0.0.1:%1 lauschen: %2</translation>
    </message>
</context>
<context>
    <name>DemoControl</name>
    <message>
        <source>Demo scenario</source>
        <translation>Demo-Szenario</translation>
    </message>
    <message>
        <source>How the local demo CAS answers the next request: show the error handling live</source>
        <translation>Wie das lokale Demo-CAS auf die nächste Anfrage antwortet: zeigt die Fehlerbehandlung live</translation>
    </message>
    <message>
        <source>Demo answers: success</source>
        <translation>Demo antwortet: Erfolg</translation>
    </message>
    <message>
        <source>Demo answers: wrong credentials (401)</source>
        <translation>Demo antwortet: falsche Zugangsdaten (401)</translation>
    </message>
    <message>
        <source>Demo answers: server error (500)</source>
        <translation>Demo antwortet: Serverfehler (500)</translation>
    </message>
    <message>
        <source>Demo answers: slowly (5 s)</source>
        <translation>Demo antwortet: langsam (5 s)</translation>
    </message>
    <message>
        <source>Demo answers: an expired token</source>
        <translation>Demo antwortet: ein abgelaufenes Token</translation>
    </message>
    <message>
        <source>Demo answers: redirect to another host</source>
        <translation>Demo antwortet: Umleitung auf einen anderen Host</translation>
    </message>
</context>
<context>
    <name>Duration</name>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 Tag</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 Tage</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 d</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 d %2 h</translation>
    </message>
</context>
<context>
    <name>EnvironmentProxyFactory</name>
    <message>
        <source>%1 is set to &quot;%2&quot;, which is not a proxy URL: set it to http://HOST:PORT, or unset it.</source>
        <translation>%1 ist auf „%2“ gesetzt, was keine Proxy-URL ist: Setzen Sie es auf http://HOST:PORT oder entfernen Sie es.</translation>
    </message>
    <message>
        <source>%1 names a %2:// proxy, which CAS Console cannot use: use an http:// or socks5:// proxy, or unset it.</source>
        <translation>%1 nennt einen %2://-Proxy, den CAS Console nicht verwenden kann: Verwenden Sie einen http://- oder socks5://-Proxy oder entfernen Sie die Variable.</translation>
    </message>
</context>
<context>
    <name>ErrorBanner</name>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Technical details</source>
        <translation>Technische Details</translation>
    </message>
    <message>
        <source>Show the technical details</source>
        <translation>Die technischen Details zeigen</translation>
    </message>
    <message>
        <source>Close this message</source>
        <translation>Diese Meldung schließen</translation>
    </message>
    <message>
        <source>Close message</source>
        <translation>Meldung schließen</translation>
    </message>
    <message>
        <source>The request failed.</source>
        <translation>Die Anfrage ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Information</translation>
    </message>
    <message>
        <source>Hide the technical details</source>
        <translation>Die technischen Details verbergen</translation>
    </message>
    <message>
        <source>Sho&amp;w details</source>
        <translation>Details zei&amp;gen</translation>
    </message>
</context>
<context>
    <name>ExpiryBadge</name>
    <message>
        <source>Token expiry status, updated every second</source>
        <translation>Ablaufstatus des Tokens, sekündlich aktualisiert</translation>
    </message>
    <message>
        <source>%1: %2 (local) / %3 UTC</source>
        <translation>%1: %2 (lokal) / %3 UTC</translation>
    </message>
    <message>
        <source>No expiry</source>
        <translation>Kein Ablauf</translation>
    </message>
    <message>
        <source>Not yet valid · in %1</source>
        <translation>Noch nicht gültig · in %1</translation>
    </message>
    <message>
        <source>Valid · expires in %1</source>
        <translation>Gültig · läuft ab in %1</translation>
    </message>
    <message>
        <source>Expires soon · %1 left</source>
        <translation>Läuft bald ab · noch %1</translation>
    </message>
    <message>
        <source>Expired · just now</source>
        <translation>Abgelaufen · gerade eben</translation>
    </message>
    <message>
        <source>Expired · %1 ago</source>
        <translation>Abgelaufen · vor %1</translation>
    </message>
</context>
<context>
    <name>ExpiryGuard</name>
    <message>
        <source>This token has just expired: clients will be refused. Fetch a fresh one?</source>
        <translation>Dieses Token ist gerade abgelaufen: Clients werden abgewiesen. Ein frisches holen?</translation>
    </message>
    <message>
        <source>This token expired %1 ago: clients will be refused. Fetch a fresh one?</source>
        <translation>Dieses Token ist vor %1 abgelaufen: Clients werden abgewiesen. Ein frisches holen?</translation>
    </message>
    <message>
        <source>This token expires in %1: clients that join later will be refused. Fetch a fresh one?</source>
        <translation>Dieses Token läuft in %1 ab: Clients, die später beitreten, werden abgewiesen. Ein frisches holen?</translation>
    </message>
</context>
<context>
    <name>FlowDiagram</name>
    <message>
        <source>Flow diagram</source>
        <translation>Ablaufdiagramm</translation>
    </message>
    <message>
        <source>Your backend</source>
        <translation>Ihr Backend</translation>
    </message>
    <message>
        <source>CAS</source>
        <translation>CAS</translation>
    </message>
    <message>
        <source>JWT</source>
        <translation>JWT</translation>
    </message>
    <message>
        <source>Client SDK</source>
        <translation>Client-SDK</translation>
    </message>
    <message>
        <source>CAS Console</source>
        <translation>CAS Console</translation>
    </message>
    <message>
        <source>header</source>
        <translation>Header</translation>
    </message>
    <message>
        <source>payload</source>
        <translation>Payload</translation>
    </message>
    <message>
        <source>signature</source>
        <translation>Signatur</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>ausstehend</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>bereit</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>done</source>
        <translation>fertig</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>FlowView</name>
    <message>
        <source>Show the API key and the token parts that presentation mode hides</source>
        <translation>Den API-Schlüssel und die Token-Teile zeigen, die der Präsentationsmodus verbirgt</translation>
    </message>
    <message>
        <source>Pause at each step of the request and reveal the next one with Next step</source>
        <translation>Bei jedem Schritt der Anfrage anhalten und den nächsten mit „Nächster Schritt“ aufdecken</translation>
    </message>
    <message>
        <source>Reveal the next step (Space or Right arrow)</source>
        <translation>Den nächsten Schritt aufdecken (Leertaste oder Pfeil nach rechts)</translation>
    </message>
    <message>
        <source>Step detail</source>
        <translation>Schrittdetail</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Erklärung</translation>
    </message>
    <message>
        <source>no alg</source>
        <translation>kein alg</translation>
    </message>
    <message>
        <source>The token is a JWT: a header, a payload (%1) and a signature (%2) made with CAS&apos;s own key.</source>
        <translation>Das Token ist ein JWT: ein Header, eine Payload (%1) und eine Signatur (%2), erstellt mit dem eigenen Schlüssel von CAS.</translation>
    </message>
    <message>
        <source>no claims</source>
        <translation>keine Claims</translation>
    </message>
    <message>
        <source>The response did not carry a readable JWT: %1</source>
        <translation>Die Antwort enthielt kein lesbares JWT: %1</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <source>Request sent</source>
        <translation>Anfrage gesendet</translation>
    </message>
    <message>
        <source>Response received</source>
        <translation>Antwort erhalten</translation>
    </message>
    <message>
        <source>Token decoded</source>
        <translation>Token dekodiert</translation>
    </message>
    <message>
        <source>Handed to a client</source>
        <translation>An einen Client übergeben</translation>
    </message>
    <message>
        <source>Request failed</source>
        <translation>Anfrage fehlgeschlagen</translation>
    </message>
    <message>
        <source>Get a token to watch the request travel from your backend through CAS to a client app.</source>
        <translation>Holen Sie ein Token, um zu sehen, wie die Anfrage von Ihrem Backend über CAS zu einer Client-App läuft.</translation>
    </message>
    <message>
        <source>Your backend asks CAS for a session token with its API key and secret. The secret stays on the backend: a front end would leak it to every user.</source>
        <translation>Ihr Backend bittet CAS mit seinem API-Schlüssel und Secret um ein Sitzungstoken. Das Secret bleibt im Backend: Ein Frontend würde es an jeden Benutzer verraten.</translation>
    </message>
    <message>
        <source>CAS checks the key and secret and answers with {&quot;token&quot;: …}, or with an error such as 401 when they are wrong.</source>
        <translation>CAS prüft Schlüssel und Secret und antwortet mit {&quot;token&quot;: …} oder mit einem Fehler wie 401, wenn sie falsch sind.</translation>
    </message>
    <message>
        <source>The token is a JWT: a header, a payload (rid, unct, iat, exp…) and a signature made with CAS&apos;s own key.</source>
        <translation>Das Token ist ein JWT: ein Header, eine Payload (rid, unct, iat, exp…) und eine Signatur, erstellt mit dem eigenen Schlüssel von CAS.</translation>
    </message>
    <message>
        <source>The backend hands the token to the client app; with the Web SDK it joins the session with WTSDK.Session.connect(token, displayName). Two clients join the same session only with the very same token.</source>
        <translation>Das Backend übergibt das Token an die Client-App; mit dem Web-SDK tritt sie der Sitzung mit WTSDK.Session.connect(token, displayName) bei. Zwei Clients treten nur mit genau demselben Token derselben Sitzung bei.</translation>
    </message>
    <message>
        <source>No token came back, so the flow stops here: there is nothing to hand to a client.</source>
        <translation>Es kam kein Token zurück, daher endet der Ablauf hier: Es gibt nichts, was an einen Client übergeben werden könnte.</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>unlesbar</translation>
    </message>
    <message>
        <source>1 byte</source>
        <translation>1 Byte</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 Bytes</translation>
    </message>
    <message>
        <source>after 1 redirect</source>
        <translation>nach 1 Umleitung</translation>
    </message>
    <message>
        <source>after %1 redirects</source>
        <translation>nach %1 Umleitungen</translation>
    </message>
    <message>
        <source>HTTP %1  ·  %2 ms</source>
        <translation>HTTP %1  ·  %2 ms</translation>
    </message>
    <message>
        <source>header</source>
        <translation>Header</translation>
    </message>
    <message>
        <source>payload</source>
        <translation>Payload</translation>
    </message>
    <message>
        <source>signature</source>
        <translation>Signatur</translation>
    </message>
    <message>
        <source>Handed over: %1</source>
        <translation>Übergeben: %1</translation>
    </message>
    <message>
        <source>The request failed.</source>
        <translation>Die Anfrage ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>request</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <source>HTTP %1 · %2 ms</source>
        <translation>HTTP %1 · %2 ms</translation>
    </message>
    <message>
        <source>no response</source>
        <translation>keine Antwort</translation>
    </message>
    <message>
        <source>response</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>hand over</source>
        <translation>übergeben</translation>
    </message>
    <message>
        <source>Cluster Authentication Service</source>
        <translation>Cluster Authentication Service</translation>
    </message>
    <message>
        <source>key: %1</source>
        <translation>Schlüssel: %1</translation>
    </message>
    <message>
        <source>secret: %1</source>
        <translation>Secret: %1</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>API secret</source>
        <translation>API-Secret</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>Web</source>
        <translation>Web</translation>
    </message>
    <message>
        <source>Android</source>
        <translation>Android</translation>
    </message>
    <message>
        <source>iOS</source>
        <translation>iOS</translation>
    </message>
    <message>
        <source>Keeps the API key and secret. The secret never leaves the backend.</source>
        <translation>Verwahrt API-Schlüssel und Secret. Das Secret verlässt nie das Backend.</translation>
    </message>
    <message>
        <source>Checks the key and secret, then issues a session token.</source>
        <translation>Prüft Schlüssel und Secret und stellt dann ein Sitzungstoken aus.</translation>
    </message>
    <message>
        <source>Header, payload and signature, signed with CAS&apos;s own key.</source>
        <translation>Header, Payload und Signatur, signiert mit dem eigenen Schlüssel von CAS.</translation>
    </message>
    <message>
        <source>Joins the session with the token.</source>
        <translation>Tritt der Sitzung mit dem Token bei.</translation>
    </message>
    <message>
        <source>Step %1 of 4 · %2</source>
        <translation>Schritt %1 von 4 · %2</translation>
    </message>
    <message>
        <source>Next step ready (Space)</source>
        <translation>Nächster Schritt bereit (Leertaste)</translation>
    </message>
    <message>
        <source>Waiting for CAS…</source>
        <translation>Warte auf CAS…</translation>
    </message>
    <message>
        <source>Copy the token or show it as a QR code to hand it over</source>
        <translation>Kopieren Sie das Token oder zeigen Sie es als QR-Code, um es zu übergeben</translation>
    </message>
    <message>
        <source>Token flow: %1</source>
        <translation>Token-Ablauf: %1</translation>
    </message>
    <message>
        <source>client app at %1</source>
        <translation>Client-App unter %1</translation>
    </message>
    <message>
        <source>only without a valid token</source>
        <translation>nur ohne gültiges Token</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>Serves GET /token?session=%1 to the client app: client app → CAS Console (your backend) → CAS → token → client. The secret stays here.</source>
        <translation>Beantwortet GET /token?session=%1 für die Client-App: Client-App → CAS Console (Ihr Backend) → CAS → Token → Client. Das Secret bleibt hier.</translation>
    </message>
    <message>
        <source>CAS did not give a token (HTTP %1 to the client).</source>
        <translation>CAS hat kein Token gegeben (HTTP %1 an den Client).</translation>
    </message>
    <message>
        <source>Asked once per session while its token is valid.</source>
        <translation>Einmal pro Sitzung gefragt, solange ihr Token gültig ist.</translation>
    </message>
    <message>
        <source>Got the token of session &quot;%1&quot;.</source>
        <translation>Token der Sitzung „%1“ erhalten.</translation>
    </message>
    <message>
        <source>Refused with HTTP %1.</source>
        <translation>Mit HTTP %1 abgelehnt.</translation>
    </message>
    <message>
        <source>Served to a client app · session %1 · HTTP %2</source>
        <translation>An eine Client-App ausgeliefert · Sitzung %1 · HTTP %2</translation>
    </message>
    <message>
        <source>The Serve tab hands tokens to sample apps: the app asks CAS Console, CAS Console asks CAS with the profile&apos;s key and secret, and the app gets only the token.</source>
        <translation>Der Reiter „Bereitstellen“ gibt Tokens an Beispiel-Apps: Die App fragt CAS Console, CAS Console fragt CAS mit Schlüssel und Secret des Profils, und die App erhält nur das Token.</translation>
    </message>
    <message>
        <source>R&amp;eveal</source>
        <translation>A&amp;ufdecken</translation>
    </message>
    <message>
        <source>S&amp;tep through</source>
        <translation>Schrit&amp;tweise</translation>
    </message>
    <message>
        <source>Ne&amp;xt step</source>
        <translation>Nächster Schr&amp;itt</translation>
    </message>
</context>
<context>
    <name>HelpMenu</name>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>&amp;Manual</source>
        <translation>&amp;Handbuch</translation>
    </message>
    <message>
        <source>&amp;About CAS Console</source>
        <translation>Ü&amp;ber CAS Console</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>&lt;h3&gt;CAS Console %1&lt;/h3&gt;&lt;p&gt;A developer console for the Cluster Authentication Service of the Watch Together SDK: get, decode and verify session tokens. API secrets are kept only in the system keychain.&lt;/p&gt;&lt;p&gt;Built with Qt %2, running on Qt %3.&lt;/p&gt;&lt;p&gt;Free software under the MIT license.&lt;/p&gt;&lt;p&gt;&lt;a href=&quot;%4&quot;&gt;%4&lt;/a&gt;&lt;/p&gt;</source>
        <translation>&lt;h3&gt;CAS Console %1&lt;/h3&gt;&lt;p&gt;Eine Entwicklerkonsole für den Cluster Authentication Service des Watch Together SDK: Sitzungstokens holen, dekodieren und prüfen. API-Secrets werden nur im Schlüsselbund des Systems aufbewahrt.&lt;/p&gt;&lt;p&gt;Erstellt mit Qt %2, läuft mit Qt %3.&lt;/p&gt;&lt;p&gt;Freie Software unter der MIT-Lizenz.&lt;/p&gt;&lt;p&gt;&lt;a href=&quot;%4&quot;&gt;%4&lt;/a&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>Handbuch</translation>
    </message>
    <message>
        <source>No program is set up to open %1. The manual is also there, and in &quot;man cas-console&quot;.</source>
        <translation>Kein Programm ist eingerichtet, um %1 zu öffnen. Dort steht das Handbuch, und in „man cas-console“.</translation>
    </message>
    <message>
        <source>About CAS Console</source>
        <translation>Über CAS Console</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>no expiry</source>
        <translation>kein Ablauf</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>in %1</translation>
    </message>
    <message>
        <source>expired just now</source>
        <translation>gerade eben abgelaufen</translation>
    </message>
    <message>
        <source>expired %1 ago</source>
        <translation>vor %1 abgelaufen</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>gerade eben</translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation>vor %1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Pinned</source>
        <translation>Angeheftet</translation>
    </message>
    <message>
        <source>Fetched %1 (local) / %2 UTC</source>
        <translation>Abgerufen %1 (lokal) / %2 UTC</translation>
    </message>
    <message>
        <source>The token carries no rid claim</source>
        <translation>Das Token enthält keinen rid-Claim</translation>
    </message>
    <message>
        <source>exp: %1 (local) / %2 UTC</source>
        <translation>exp: %1 (lokal) / %2 UTC</translation>
    </message>
    <message>
        <source>The token carries no exp claim</source>
        <translation>Das Token enthält keinen exp-Claim</translation>
    </message>
    <message>
        <source>No keychain: this token is kept in memory until the console quits</source>
        <translation>Kein Schlüsselbund: Dieses Token wird im Speicher gehalten, bis die Konsole beendet wird</translation>
    </message>
    <message>
        <source>The keychain did not give this token back: it may be locked. The entry is kept.</source>
        <translation>Der Schlüsselbund hat dieses Token nicht zurückgegeben: Er ist vielleicht gesperrt. Der Eintrag bleibt erhalten.</translation>
    </message>
    <message>
        <source>The session token handed to a second client</source>
        <translation>Das Sitzungstoken, das an einen zweiten Client übergeben wurde</translation>
    </message>
    <message>
        <source>pinned</source>
        <translation>angeheftet</translation>
    </message>
    <message>
        <source>not pinned</source>
        <translation>nicht angeheftet</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>rid</source>
        <translation>rid</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Pin</source>
        <translation>Anheften</translation>
    </message>
    <message>
        <source>%1 ok</source>
        <translation>%1 ok</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
</context>
<context>
    <name>HistoryStore</name>
    <message>
        <source>token of a history entry</source>
        <translation>Token eines Verlaufseintrags</translation>
    </message>
    <message>
        <source>History tokens are kept for this session only: no keychain available</source>
        <translation>Verlaufstokens werden nur für diese Sitzung gehalten: kein Schlüsselbund verfügbar</translation>
    </message>
    <message>
        <source>A history entry needs a profile name</source>
        <translation>Ein Verlaufseintrag braucht einen Profilnamen</translation>
    </message>
    <message>
        <source>History tokens are kept for this session only: %1</source>
        <translation>Verlaufstokens werden nur für diese Sitzung gehalten: %1</translation>
    </message>
    <message>
        <source>This history entry no longer exists</source>
        <translation>Diesen Verlaufseintrag gibt es nicht mehr</translation>
    </message>
    <message>
        <source>token not available (keychain locked?)</source>
        <translation>Token nicht verfügbar (Schlüsselbund gesperrt?)</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Tokens fetched for this profile</source>
        <translation>Für dieses Profil abgerufene Tokens</translation>
    </message>
    <message>
        <source>Show this token in the inspector (Enter or double-click)</source>
        <translation>Dieses Token im Inspektor zeigen (Eingabe oder Doppelklick)</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Öffnen</translation>
    </message>
    <message>
        <source>Copy this token again (the clipboard is cleared after a while)</source>
        <translation>Dieses Token erneut kopieren (die Zwischenablage wird nach einer Weile geleert)</translation>
    </message>
    <message>
        <source>Keep this token as the session token: two clients join the same session only with the very same token, so hand this one to the second device</source>
        <translation>Dieses Token als Sitzungstoken behalten: Zwei Clients treten nur mit genau demselben Token derselben Sitzung bei, also übergeben Sie dieses dem zweiten Gerät</translation>
    </message>
    <message>
        <source>Forget every token of this profile, in the history and in the keychain</source>
        <translation>Alle Tokens dieses Profils vergessen, im Verlauf und im Schlüsselbund</translation>
    </message>
    <message>
        <source>History status</source>
        <translation>Verlaufsstatus</translation>
    </message>
    <message>
        <source>Clear history</source>
        <translation>Verlauf leeren</translation>
    </message>
    <message>
        <source>Forget the token fetched for profile &quot;%1&quot;? It is also deleted from the keychain.</source>
        <translation>Das für Profil „%1“ abgerufene Token vergessen? Es wird auch aus dem Schlüsselbund gelöscht.</translation>
    </message>
    <message numerus="yes">
        <source>Forget the %n tokens fetched for profile &quot;%1&quot;? They are also deleted from the keychain.</source>
        <translation>
            <numerusform>Das %n für Profil „%1“ abgerufene Token vergessen? Es wird auch aus dem Schlüsselbund gelöscht.</numerusform>
            <numerusform>Die %n für Profil „%1“ abgerufenen Tokens vergessen? Sie werden auch aus dem Schlüsselbund gelöscht.</numerusform>
        </translation>
    </message>
    <message>
        <source>Copy token</source>
        <translation>Token kopieren</translation>
    </message>
    <message>
        <source>Token from history</source>
        <translation>Token aus dem Verlauf</translation>
    </message>
    <message>
        <source>History cleared, but the keychain could not delete every token: %1</source>
        <translation>Verlauf geleert, aber der Schlüsselbund konnte nicht jedes Token löschen: %1</translation>
    </message>
    <message>
        <source>History cleared.</source>
        <translation>Verlauf geleert.</translation>
    </message>
    <message>
        <source>Select a profile to see the tokens fetched for it.</source>
        <translation>Wählen Sie ein Profil, um die dafür abgerufenen Tokens zu sehen.</translation>
    </message>
    <message>
        <source>No token fetched yet for profile &quot;%1&quot;.</source>
        <translation>Für Profil „%1“ wurde noch kein Token abgerufen.</translation>
    </message>
    <message>
        <source>Pinned for a second client: rid %1. Copy it and give the second device this same token: two clients share a session only with the very same token.</source>
        <translation>Für einen zweiten Client angeheftet: rid %1. Kopieren Sie es und geben Sie dem zweiten Gerät genau dieses Token: Zwei Clients teilen eine Sitzung nur mit genau demselben Token.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keines)</translation>
    </message>
    <message>
        <source>1 token fetched for profile &quot;%1&quot; (the last %2 are kept).</source>
        <translation>1 Token für Profil „%1“ abgerufen (die letzten %2 werden behalten).</translation>
    </message>
    <message numerus="yes">
        <source>%n tokens fetched for profile &quot;%1&quot; (the last %2 are kept).</source>
        <translation>
            <numerusform>%n Token für Profil „%1“ abgerufen (die letzten %2 werden behalten).</numerusform>
            <numerusform>%n Tokens für Profil „%1“ abgerufen (die letzten %2 werden behalten).</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>Kop&amp;ieren</translation>
    </message>
    <message>
        <source>P&amp;in for a second client</source>
        <translation>Für zweiten Client &amp;merken</translation>
    </message>
    <message>
        <source>Clear his&amp;tory…</source>
        <translation>&amp;Verlauf leeren…</translation>
    </message>
</context>
<context>
    <name>HttpGet</name>
    <message>
        <source>the server closed the connection during the TLS handshake</source>
        <translation>der Server hat die Verbindung während des TLS-Handshakes geschlossen</translation>
    </message>
</context>
<context>
    <name>HttpResponseParser</name>
    <message>
        <source>the status line and headers exceed %1 KiB</source>
        <translation>Statuszeile und Header überschreiten %1 KiB</translation>
    </message>
    <message>
        <source>the answer does not begin with an HTTP/1.x status line but with &quot;%1&quot;</source>
        <translation>die Antwort beginnt nicht mit einer HTTP/1.x-Statuszeile, sondern mit „%1“</translation>
    </message>
    <message>
        <source>a chunk size line longer than %1 bytes: &quot;%2&quot;</source>
        <translation>eine Chunk-Größenzeile länger als %1 Bytes: „%2“</translation>
    </message>
    <message>
        <source>a chunk is longer than its size line says</source>
        <translation>ein Chunk ist länger, als seine Größenzeile sagt</translation>
    </message>
    <message>
        <source>the connection closed without an answer</source>
        <translation>die Verbindung wurde ohne Antwort geschlossen</translation>
    </message>
    <message>
        <source>the connection closed in the middle of the headers</source>
        <translation>die Verbindung wurde mitten in den Headern geschlossen</translation>
    </message>
    <message>
        <source>the connection closed after %1 of the %2 bytes announced</source>
        <translation>die Verbindung wurde nach %1 der %2 angekündigten Bytes geschlossen</translation>
    </message>
    <message>
        <source>the connection closed before the last chunk</source>
        <translation>die Verbindung wurde vor dem letzten Chunk geschlossen</translation>
    </message>
    <message>
        <source>not an HTTP/1.x status line: &quot;%1&quot;</source>
        <translation>keine HTTP/1.x-Statuszeile: „%1“</translation>
    </message>
    <message>
        <source>a folded header line (obsolete line folding): &quot;%1&quot;</source>
        <translation>eine gefaltete Header-Zeile (veraltetes Line Folding): „%1“</translation>
    </message>
    <message>
        <source>a header line without a name and a colon: &quot;%1&quot;</source>
        <translation>eine Header-Zeile ohne Namen und Doppelpunkt: „%1“</translation>
    </message>
    <message>
        <source>a header name with a character no name may hold: &quot;%1&quot;</source>
        <translation>ein Header-Name mit einem Zeichen, das kein Name enthalten darf: „%1“</translation>
    </message>
    <message>
        <source>the header %1 holds a control character: &quot;%2&quot;</source>
        <translation>der Header %1 enthält ein Steuerzeichen: „%2“</translation>
    </message>
    <message>
        <source>more than %1 header fields</source>
        <translation>mehr als %1 Header-Felder</translation>
    </message>
    <message>
        <source>the server switched protocols (101), which was not asked for</source>
        <translation>der Server hat das Protokoll gewechselt (101), was nicht angefragt war</translation>
    </message>
    <message>
        <source>more than %1 interim (1xx) answers before the answer</source>
        <translation>mehr als %1 Zwischenantworten (1xx) vor der Antwort</translation>
    </message>
    <message>
        <source>Content-Encoding: %1 (only gzip or deflate, once, is understood)</source>
        <translation>Content-Encoding: %1 (nur gzip oder deflate, einmal, wird verstanden)</translation>
    </message>
    <message>
        <source>Transfer-Encoding: %1 (only chunked is understood)</source>
        <translation>Transfer-Encoding: %1 (nur chunked wird verstanden)</translation>
    </message>
    <message>
        <source>conflicting Content-Length values: %1</source>
        <translation>widersprüchliche Content-Length-Werte: %1</translation>
    </message>
    <message>
        <source>Content-Length is not a number: %1</source>
        <translation>Content-Length ist keine Zahl: %1</translation>
    </message>
    <message>
        <source>Content-Length: %1</source>
        <translation>Content-Length: %1</translation>
    </message>
    <message>
        <source>a chunk of more than %1 bytes (size line &quot;%2&quot;)</source>
        <translation>ein Chunk von mehr als %1 Bytes (Größenzeile „%2“)</translation>
    </message>
    <message>
        <source>a chunk size that is not a hexadecimal number: &quot;%1&quot;</source>
        <translation>eine Chunk-Größe, die keine Hexadezimalzahl ist: „%1“</translation>
    </message>
    <message>
        <source>a trailer line that is not a header: &quot;%1&quot;</source>
        <translation>eine Trailer-Zeile, die kein Header ist: „%1“</translation>
    </message>
    <message>
        <source>the %1 body cannot be decoded: %2</source>
        <translation>der %1-Body kann nicht dekodiert werden: %2</translation>
    </message>
    <message>
        <source>zlib error %1</source>
        <translation>zlib-Fehler %1</translation>
    </message>
    <message>
        <source>the %1 body decodes to more than %2 bytes (%3 bytes received)</source>
        <translation>der %1-Body ergibt dekodiert mehr als %2 Bytes (%3 Bytes empfangen)</translation>
    </message>
    <message>
        <source>more than %1 bytes of %2 body</source>
        <translation>mehr als %1 Bytes %2-Body</translation>
    </message>
    <message>
        <source>more than %1 bytes of body</source>
        <translation>mehr als %1 Bytes Body</translation>
    </message>
    <message>
        <source>the %1 body ends before its compressed stream does</source>
        <translation>der %1-Body endet vor seinem komprimierten Datenstrom</translation>
    </message>
</context>
<context>
    <name>JsonFormatter</name>
    <message>
        <source>empty input</source>
        <translation>leere Eingabe</translation>
    </message>
    <message>
        <source>trailing characters after the JSON value (%1)</source>
        <translation>Zeichen nach dem JSON-Wert (%1)</translation>
    </message>
    <message>
        <source>%1 at offset %2</source>
        <translation>%1 an Position %2</translation>
    </message>
    <message>
        <source>end of input</source>
        <translation>Ende der Eingabe</translation>
    </message>
    <message>
        <source>byte 0x%1</source>
        <translation>Byte 0x%1</translation>
    </message>
    <message>
        <source>unexpected end of input</source>
        <translation>unerwartetes Ende der Eingabe</translation>
    </message>
    <message>
        <source>unexpected %1</source>
        <translation>unerwartetes %1</translation>
    </message>
    <message>
        <source>nesting deeper than %1 levels</source>
        <translation>Verschachtelung tiefer als %1 Ebenen</translation>
    </message>
    <message>
        <source>expected a string key, found %1</source>
        <translation>Schlüssel als Zeichenkette erwartet, %1 gefunden</translation>
    </message>
    <message>
        <source>expected &apos;:&apos; after the key, found %1</source>
        <translation>&apos;:&apos; nach dem Schlüssel erwartet, %1 gefunden</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;}&apos; in an object, found %1</source>
        <translation>&apos;,&apos; oder &apos;}&apos; in einem Objekt erwartet, %1 gefunden</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;]&apos; in an array, found %1</source>
        <translation>&apos;,&apos; oder &apos;]&apos; in einem Array erwartet, %1 gefunden</translation>
    </message>
    <message>
        <source>invalid \u escape (needs four hex digits)</source>
        <translation>ungültiges \u-Escape (braucht vier Hexziffern)</translation>
    </message>
    <message>
        <source>invalid escape: %1 after a backslash</source>
        <translation>ungültiges Escape: %1 nach einem Backslash</translation>
    </message>
    <message>
        <source>control character 0x%1 in a string (must be escaped)</source>
        <translation>Steuerzeichen 0x%1 in einer Zeichenkette (muss maskiert werden)</translation>
    </message>
    <message>
        <source>invalid UTF-8 byte 0x%1 in a string</source>
        <translation>ungültiges UTF-8-Byte 0x%1 in einer Zeichenkette</translation>
    </message>
    <message>
        <source>unexpected end of input in the string starting at offset %1</source>
        <translation>unerwartetes Ende der Eingabe in der Zeichenkette ab Position %1</translation>
    </message>
    <message>
        <source>invalid number: expected a digit, found %1</source>
        <translation>ungültige Zahl: Ziffer erwartet, %1 gefunden</translation>
    </message>
    <message>
        <source>invalid number: leading zero</source>
        <translation>ungültige Zahl: führende Null</translation>
    </message>
    <message>
        <source>invalid number: expected a digit after &apos;.&apos;, found %1</source>
        <translation>ungültige Zahl: Ziffer nach &apos;.&apos; erwartet, %1 gefunden</translation>
    </message>
    <message>
        <source>invalid number: expected a digit in the exponent, found %1</source>
        <translation>ungültige Zahl: Ziffer im Exponenten erwartet, %1 gefunden</translation>
    </message>
    <message>
        <source>invalid literal (expected true, false or null)</source>
        <translation>ungültiges Literal (erwartet true, false oder null)</translation>
    </message>
</context>
<context>
    <name>JwsKey</name>
    <message>
        <source>The JWK has no &quot;%1&quot; member.</source>
        <translation>Der JWK hat kein Element „%1“.</translation>
    </message>
    <message>
        <source>The JWK member &quot;%1&quot; is not valid base64url.</source>
        <translation>Das JWK-Element „%1“ ist kein gültiges base64url.</translation>
    </message>
    <message>
        <source>The key is empty. Paste a PEM public key, a certificate, a JWK or a JWKS.</source>
        <translation>Der Schlüssel ist leer. Fügen Sie einen PEM-Public-Key, ein Zertifikat, einen JWK oder ein JWKS ein.</translation>
    </message>
    <message>
        <source>The key looks like JSON but cannot be read (%1). Paste a JWK or a JWKS.</source>
        <translation>Der Schlüssel sieht nach JSON aus, kann aber nicht gelesen werden (%1). Fügen Sie einen JWK oder ein JWKS ein.</translation>
    </message>
    <message>
        <source>The JWKS member &quot;keys&quot; is not a list.</source>
        <translation>Das JWKS-Element „keys“ ist keine Liste.</translation>
    </message>
    <message>
        <source>kid=%1</source>
        <translation>kid=%1</translation>
    </message>
    <message>
        <source>key #%1</source>
        <translation>Schlüssel Nr. %1</translation>
    </message>
    <message>
        <source>%1: not a JSON object.</source>
        <translation>%1: kein JSON-Objekt.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The JSON has neither &quot;kty&quot; (a JWK) nor &quot;keys&quot; (a JWKS).</source>
        <translation>Das JSON hat weder „kty“ (ein JWK) noch „keys“ (ein JWKS).</translation>
    </message>
    <message>
        <source>This is a private key. Verifying needs only the public key: paste the public key (openssl pkey -pubout) or the certificate instead.</source>
        <translation>Dies ist ein privater Schlüssel. Zum Prüfen genügt der öffentliche Schlüssel: Fügen Sie stattdessen den öffentlichen Schlüssel (openssl pkey -pubout) oder das Zertifikat ein.</translation>
    </message>
    <message>
        <source>This PEM block is not a public key or a certificate. Paste a block starting with BEGIN PUBLIC KEY, BEGIN RSA PUBLIC KEY or BEGIN CERTIFICATE.</source>
        <translation>Dieser PEM-Block ist weder ein öffentlicher Schlüssel noch ein Zertifikat. Fügen Sie einen Block ein, der mit BEGIN PUBLIC KEY, BEGIN RSA PUBLIC KEY oder BEGIN CERTIFICATE beginnt.</translation>
    </message>
    <message>
        <source>The PEM text cannot be read: it may be cut short or altered. Paste the whole block, BEGIN and END lines included.</source>
        <translation>Der PEM-Text kann nicht gelesen werden: Er ist vielleicht abgeschnitten oder verändert. Fügen Sie den ganzen Block ein, einschließlich der BEGIN- und END-Zeilen.</translation>
    </message>
    <message>
        <source>The key is not a PEM public key, a certificate, a JWK or a JWKS. If it is the shared secret of an HS256/HS384/HS512 token, enter it as a secret instead.</source>
        <translation>Der Schlüssel ist weder ein PEM-Public-Key noch ein Zertifikat, ein JWK oder ein JWKS. Wenn es das gemeinsame Secret eines HS256/HS384/HS512-Tokens ist, geben Sie es stattdessen als Secret ein.</translation>
    </message>
    <message>
        <source>The EC key has no named curve; JWS uses P-256, P-384 or P-521.</source>
        <translation>Der EC-Schlüssel hat keine benannte Kurve; JWS verwendet P-256, P-384 oder P-521.</translation>
    </message>
    <message>
        <source>The EC key is on curve %1; JWS ES256/ES384/ES512 use P-256, P-384 and P-521.</source>
        <translation>Der EC-Schlüssel liegt auf der Kurve %1; JWS ES256/ES384/ES512 verwenden P-256, P-384 und P-521.</translation>
    </message>
    <message>
        <source>Keys of type %1 are not supported; use an RSA, EC (P-256/384/521) or Ed25519 key.</source>
        <translation>Schlüssel vom Typ %1 werden nicht unterstützt; verwenden Sie einen RSA-, EC- (P-256/384/521) oder Ed25519-Schlüssel.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>This JWK holds a private key (it has &quot;d&quot;). Verifying needs only the public key: remove the private members or export the public JWK.</source>
        <translation>Dieser JWK enthält einen privaten Schlüssel (er hat „d“). Zum Prüfen genügt der öffentliche Schlüssel: Entfernen Sie die privaten Elemente oder exportieren Sie den öffentlichen JWK.</translation>
    </message>
    <message>
        <source>Out of memory while reading the JWK.</source>
        <translation>Kein Speicher mehr beim Lesen des JWK.</translation>
    </message>
    <message>
        <source>The JWK curve &quot;%1&quot; is not supported; use P-256, P-384 or P-521.</source>
        <translation>Die JWK-Kurve „%1“ wird nicht unterstützt; verwenden Sie P-256, P-384 oder P-521.</translation>
    </message>
    <message>
        <source>The JWK coordinates x and y must be %1 bytes each for %2.</source>
        <translation>Die JWK-Koordinaten x und y müssen für %2 je %1 Bytes lang sein.</translation>
    </message>
    <message>
        <source>The OKP curve &quot;%1&quot; is not supported; use Ed25519.</source>
        <translation>Die OKP-Kurve „%1“ wird nicht unterstützt; verwenden Sie Ed25519.</translation>
    </message>
    <message>
        <source>The JWK member &quot;x&quot; must be 32 bytes for Ed25519.</source>
        <translation>Das JWK-Element „x“ muss für Ed25519 32 Bytes lang sein.</translation>
    </message>
    <message>
        <source>The JWK has no &quot;kty&quot;.</source>
        <translation>Der JWK hat kein „kty“.</translation>
    </message>
    <message>
        <source>The JWK key type &quot;%1&quot; is not supported; use RSA, EC, OKP or oct.</source>
        <translation>Der JWK-Schlüsseltyp „%1“ wird nicht unterstützt; verwenden Sie RSA, EC, OKP oder oct.</translation>
    </message>
    <message>
        <source>The JWK does not describe a valid %1 public key.</source>
        <translation>Der JWK beschreibt keinen gültigen öffentlichen %1-Schlüssel.</translation>
    </message>
    <message numerus="yes">
        <source>HMAC secret, %n bytes</source>
        <translation>
            <numerusform>HMAC-Secret, %n Byte</numerusform>
            <numerusform>HMAC-Secret, %n Bytes</numerusform>
        </translation>
    </message>
    <message>
        <source>RSA %1-bit</source>
        <translation>RSA %1 Bit</translation>
    </message>
    <message>
        <source>RSA-PSS %1-bit</source>
        <translation>RSA-PSS %1 Bit</translation>
    </message>
    <message>
        <source>EC %1</source>
        <translation>EC %1</translation>
    </message>
    <message>
        <source>Ed25519</source>
        <translation>Ed25519</translation>
    </message>
    <message>
        <source>JWK kid=%1 (%2)</source>
        <translation>JWK kid=%1 (%2)</translation>
    </message>
    <message>
        <source>JWK (%1)</source>
        <translation>JWK (%1)</translation>
    </message>
    <message numerus="yes">
        <source>HMAC secret (%n bytes)</source>
        <translation>
            <numerusform>HMAC-Secret (%n Byte)</numerusform>
            <numerusform>HMAC-Secret (%n Bytes)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 public key from a certificate</source>
        <translation>Öffentlicher %1-Schlüssel aus einem Zertifikat</translation>
    </message>
    <message>
        <source>%1 public key</source>
        <translation>Öffentlicher %1-Schlüssel</translation>
    </message>
    <message>
        <source>An HMAC secret can only verify %1 tokens, and this token uses %2, which needs a public key. Paste the signer&apos;s public key, certificate or JWK instead.</source>
        <translation>Ein HMAC-Secret kann nur %1-Tokens prüfen, und dieses Token verwendet %2, das einen öffentlichen Schlüssel braucht. Fügen Sie stattdessen den öffentlichen Schlüssel, das Zertifikat oder den JWK des Unterzeichners ein.</translation>
    </message>
    <message>
        <source>The token uses %1, which needs a shared secret, but the key is a public key (%2). A public key is never used as an HMAC secret (that is the key-confusion attack). If you really hold the shared secret, verify with it as a secret.</source>
        <translation>Das Token verwendet %1, das ein gemeinsames Secret braucht, aber der Schlüssel ist ein öffentlicher Schlüssel (%2). Ein öffentlicher Schlüssel wird nie als HMAC-Secret verwendet (das ist der Key-Confusion-Angriff). Wenn Sie wirklich das gemeinsame Secret haben, prüfen Sie damit als Secret.</translation>
    </message>
    <message>
        <source>The token uses %1, which needs an EC key on %2, but this key is on %3.</source>
        <translation>Das Token verwendet %1, das einen EC-Schlüssel auf %2 braucht, aber dieser Schlüssel liegt auf %3.</translation>
    </message>
    <message>
        <source>This %1 key can only verify %2, but the token uses %3.</source>
        <translation>Dieser %1-Schlüssel kann nur %2 prüfen, aber das Token verwendet %3.</translation>
    </message>
    <message>
        <source>The JWK is restricted to alg %1, but the token uses %2.</source>
        <translation>Der JWK ist auf alg %1 beschränkt, aber das Token verwendet %2.</translation>
    </message>
    <message>
        <source>The JWK has use &quot;%1&quot;, so it may not verify signatures (that needs use &quot;sig&quot;).</source>
        <translation>Der JWK hat use „%1“ und darf daher keine Signaturen prüfen (dafür braucht es use „sig“).</translation>
    </message>
    <message>
        <source>The JWK&apos;s key_ops (%1) do not include &quot;verify&quot;.</source>
        <translation>Die key_ops des JWK (%1) enthalten nicht „verify“.</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>leer</translation>
    </message>
    <message>
        <source>a PEM public key</source>
        <translation>ein PEM-Public-Key</translation>
    </message>
    <message>
        <source>a certificate</source>
        <translation>ein Zertifikat</translation>
    </message>
    <message>
        <source>a JWK</source>
        <translation>ein JWK</translation>
    </message>
    <message>
        <source>a JWKS</source>
        <translation>ein JWKS</translation>
    </message>
    <message>
        <source>The RSA key has no readable public exponent.</source>
        <translation>Der RSA-Schlüssel hat keinen lesbaren öffentlichen Exponenten.</translation>
    </message>
    <message>
        <source>The RSA key&apos;s public exponent must be odd and at least 3; this one is %1, so the key is malformed.</source>
        <translation>Der öffentliche Exponent des RSA-Schlüssels muss ungerade und mindestens 3 sein; dieser ist %1, der Schlüssel ist also fehlerhaft.</translation>
    </message>
</context>
<context>
    <name>JwsVerifier</name>
    <message>
        <source>There is no token to verify.</source>
        <translation>Es gibt kein Token zum Prüfen.</translation>
    </message>
    <message>
        <source>The token has spaces or line breaks inside it. Remove the whitespace and verify again: the signature covers the exact text.</source>
        <translation>Das Token enthält Leerzeichen oder Zeilenumbrüche. Entfernen Sie den Leerraum und prüfen Sie erneut: Die Signatur deckt genau den Text ab.</translation>
    </message>
    <message>
        <source>The token has characters that cannot appear in a JWS (only letters, digits, &apos;-&apos;, &apos;_&apos; and dots).</source>
        <translation>Das Token enthält Zeichen, die in einer JWS nicht vorkommen können (nur Buchstaben, Ziffern, &apos;-&apos;, &apos;_&apos; und Punkte).</translation>
    </message>
    <message>
        <source>This is an encrypted token (JWE, five parts); it has no signature that can be checked with a verification key.</source>
        <translation>Dies ist ein verschlüsseltes Token (JWE, fünf Teile); es hat keine Signatur, die mit einem Prüfschlüssel geprüft werden kann.</translation>
    </message>
    <message numerus="yes">
        <source>A signed token has three parts separated by dots; this one has %n.</source>
        <translation>
            <numerusform>Ein signiertes Token hat drei durch Punkte getrennte Teile; dieses hat %n.</numerusform>
            <numerusform>Ein signiertes Token hat drei durch Punkte getrennte Teile; dieses hat %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>The header is not valid base64url (JWS uses no padding and no &apos;+&apos; or &apos;/&apos;).</source>
        <translation>Der Header ist kein gültiges base64url (JWS verwendet kein Padding und kein &apos;+&apos; oder &apos;/&apos;).</translation>
    </message>
    <message>
        <source>The header is not a JSON object.</source>
        <translation>Der Header ist kein JSON-Objekt.</translation>
    </message>
    <message>
        <source>The header has no &quot;alg&quot;, so there is no way to know how it was signed.</source>
        <translation>Der Header hat kein „alg“, es lässt sich also nicht sagen, wie er signiert wurde.</translation>
    </message>
    <message>
        <source>The token says alg &quot;%1&quot;: it is unsigned, and an unsigned token is never accepted as verified.</source>
        <translation>Das Token gibt alg „%1“ an: Es ist unsigniert, und ein unsigniertes Token wird nie als geprüft akzeptiert.</translation>
    </message>
    <message>
        <source>The header&apos;s &quot;crit&quot; must be a non-empty list of names.</source>
        <translation>„crit“ im Header muss eine nicht leere Liste von Namen sein.</translation>
    </message>
    <message>
        <source>The token marks header parameters as critical (%1) that this application does not understand, so it cannot be accepted.</source>
        <translation>Das Token markiert Header-Parameter als kritisch (%1), die diese Anwendung nicht versteht, daher kann es nicht akzeptiert werden.</translation>
    </message>
    <message>
        <source>The algorithm &quot;%1&quot; is not supported. Supported: %2.</source>
        <translation>Der Algorithmus „%1“ wird nicht unterstützt. Unterstützt: %2.</translation>
    </message>
    <message>
        <source>Algorithm names are case-sensitive: the signer should write &quot;%1&quot;.</source>
        <translation>Bei Algorithmusnamen zählt die Groß-/Kleinschreibung: Der Unterzeichner sollte „%1“ schreiben.</translation>
    </message>
    <message>
        <source>The payload is not valid base64url (JWS uses no padding and no &apos;+&apos; or &apos;/&apos;).</source>
        <translation>Die Payload ist kein gültiges base64url (JWS verwendet kein Padding und kein &apos;+&apos; oder &apos;/&apos;).</translation>
    </message>
    <message>
        <source>The signature is not valid base64url (JWS uses no padding and no &apos;+&apos; or &apos;/&apos;).</source>
        <translation>Die Signatur ist kein gültiges base64url (JWS verwendet kein Padding und kein &apos;+&apos; oder &apos;/&apos;).</translation>
    </message>
    <message>
        <source>Note: the secret is shorter than %1 bytes, the minimum RFC 7518 sets for %2, so it may be guessed.</source>
        <translation>Hinweis: Das Secret ist kürzer als %1 Bytes, das Minimum, das RFC 7518 für %2 festlegt, und kann daher erraten werden.</translation>
    </message>
    <message>
        <source>An %1 signature must be %2 bytes (R and S, %3 bytes each), but this one is %4 bytes. The signer may have used DER encoding, which JWS does not.</source>
        <translation>Eine %1-Signatur muss %2 Bytes lang sein (R und S, je %3 Bytes), aber diese hat %4 Bytes. Der Unterzeichner hat vielleicht DER-Kodierung verwendet, die JWS nicht verwendet.</translation>
    </message>
    <message>
        <source>Signature verified with %1 (%2)</source>
        <translation>Signatur mit %1 geprüft (%2)</translation>
    </message>
    <message>
        <source>The signature does not match: the token was changed or signed with another key</source>
        <translation>Die Signatur stimmt nicht: Das Token wurde verändert oder mit einem anderen Schlüssel signiert</translation>
    </message>
    <message>
        <source>OpenSSL could not use the %1 to check a %2 signature.</source>
        <translation>OpenSSL konnte %1 nicht verwenden, um eine %2-Signatur zu prüfen.</translation>
    </message>
    <message>
        <source>(no kid)</source>
        <translation>(kein kid)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Entries that could not be read: %1</source>
        <translation>Einträge, die nicht gelesen werden konnten: %1</translation>
    </message>
    <message>
        <source>No key in the JWKS has kid &quot;%1&quot;. Available kids: %2.</source>
        <translation>Kein Schlüssel im JWKS hat kid „%1“. Vorhandene kids: %2.</translation>
    </message>
    <message>
        <source>The token has no kid, and no key in the JWKS can verify %1. Available kids: %2.</source>
        <translation>Das Token hat kein kid, und kein Schlüssel im JWKS kann %1 prüfen. Vorhandene kids: %2.</translation>
    </message>
    <message>
        <source>The token has no kid, and %1 keys in the JWKS could verify %2, so there is no telling which one is meant. Available kids: %3. Paste the one key instead.</source>
        <translation>Das Token hat kein kid, und %1 Schlüssel im JWKS könnten %2 prüfen, es lässt sich also nicht sagen, welcher gemeint ist. Vorhandene kids: %3. Fügen Sie stattdessen den einen Schlüssel ein.</translation>
    </message>
    <message>
        <source>The secret is marked as base64 but is not valid base64. Check it, or untick base64 if the secret is the text itself.</source>
        <translation>Das Secret ist als base64 markiert, ist aber kein gültiges base64. Prüfen Sie es oder entfernen Sie das Häkchen bei base64, wenn das Secret der Text selbst ist.</translation>
    </message>
    <message>
        <source>The secret is empty. Enter the shared secret the token was signed with.</source>
        <translation>Das Secret ist leer. Geben Sie das gemeinsame Secret ein, mit dem das Token signiert wurde.</translation>
    </message>
    <message>
        <source>No key could be read from the key text.</source>
        <translation>Aus dem Schlüsseltext konnte kein Schlüssel gelesen werden.</translation>
    </message>
    <message>
        <source>RSA keys under 2048 bits are refused for %1 (RFC 7518 §3.3); this key has %2 bits. Ask the signer for a key of at least 2048 bits.</source>
        <translation>RSA-Schlüssel unter 2048 Bit werden für %1 abgelehnt (RFC 7518 §3.3); dieser Schlüssel hat %2 Bit. Bitten Sie den Unterzeichner um einen Schlüssel mit mindestens 2048 Bit.</translation>
    </message>
    <message>
        <source>The secret is %1, not a shared secret. Key material is never used as an HMAC secret (that is how forged tokens pass as verified): use it as a key instead.</source>
        <translation>Das Secret ist %1, kein gemeinsames Secret. Schlüsselmaterial wird nie als HMAC-Secret verwendet (so gehen gefälschte Tokens als geprüft durch): Verwenden Sie es stattdessen als Schlüssel.</translation>
    </message>
    <message>
        <source>The secret decodes to %1, not a shared secret. Key material is never used as an HMAC secret: use it as a key instead.</source>
        <translation>Das Secret dekodiert zu %1, keinem gemeinsamen Secret. Schlüsselmaterial wird nie als HMAC-Secret verwendet: Verwenden Sie es stattdessen als Schlüssel.</translation>
    </message>
    <message>
        <source>It does match when the secret is read as plain text, not decoded from base64.</source>
        <translation>Sie stimmt, wenn das Secret als einfacher Text gelesen und nicht aus base64 dekodiert wird.</translation>
    </message>
    <message>
        <source>It does match when the secret is decoded from base64.</source>
        <translation>Sie stimmt, wenn das Secret aus base64 dekodiert wird.</translation>
    </message>
</context>
<context>
    <name>Jwt</name>
    <message>
        <source>header</source>
        <translation>Header</translation>
    </message>
    <message>
        <source>payload</source>
        <translation>Payload</translation>
    </message>
    <message>
        <source>signature</source>
        <translation>Signatur</translation>
    </message>
    <message>
        <source>The %1 part ends with &apos;=&apos; padding, which base64url in a JWT must not have (RFC 7515); remove the &apos;=&apos; characters.</source>
        <translation>Der %1-Teil endet mit &apos;=&apos;-Padding, das base64url in einem JWT nicht haben darf (RFC 7515); entfernen Sie die &apos;=&apos;-Zeichen.</translation>
    </message>
    <message>
        <source>The %1 part has a character that is not base64url, %2 at offset %3; only A-Z, a-z, 0-9, &apos;-&apos; and &apos;_&apos; are allowed.</source>
        <translation>Der %1-Teil enthält ein Zeichen, das kein base64url ist, %2 an Position %3; erlaubt sind nur A-Z, a-z, 0-9, &apos;-&apos; und &apos;_&apos;.</translation>
    </message>
    <message>
        <source>(&apos;+&apos; and &apos;/&apos; belong to standard base64, not base64url.)</source>
        <translation>(&apos;+&apos; und &apos;/&apos; gehören zu Standard-base64, nicht zu base64url.)</translation>
    </message>
    <message>
        <source>The %1 part has %2 characters, a length no base64url text can have; it may have been cut off.</source>
        <translation>Der %1-Teil hat %2 Zeichen, eine Länge, die kein base64url-Text haben kann; er wurde vielleicht abgeschnitten.</translation>
    </message>
    <message>
        <source>The %1 part is not valid base64url.</source>
        <translation>Der %1-Teil ist kein gültiges base64url.</translation>
    </message>
    <message>
        <source>expires in %1</source>
        <translation>läuft ab in %1</translation>
    </message>
    <message>
        <source>expired just now</source>
        <translation>gerade eben abgelaufen</translation>
    </message>
    <message>
        <source>expired %1 ago</source>
        <translation>vor %1 abgelaufen</translation>
    </message>
    <message>
        <source>issued in %1 (in the future)</source>
        <translation>ausgestellt in %1 (in der Zukunft)</translation>
    </message>
    <message>
        <source>issued just now</source>
        <translation>gerade eben ausgestellt</translation>
    </message>
    <message>
        <source>issued %1 ago</source>
        <translation>vor %1 ausgestellt</translation>
    </message>
    <message>
        <source>valid from in %1</source>
        <translation>gültig in %1</translation>
    </message>
    <message>
        <source>valid since just now</source>
        <translation>gültig seit gerade eben</translation>
    </message>
    <message>
        <source>valid since %1 ago</source>
        <translation>gültig seit %1</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>in %1</translation>
    </message>
    <message>
        <source>now</source>
        <translation>jetzt</translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation>vor %1</translation>
    </message>
    <message>
        <source>The pasted text looks like JSON but is not valid (%1); paste the token itself or the whole CAS response {&quot;token&quot;: &quot;...&quot;}.</source>
        <translation>Der eingefügte Text sieht nach JSON aus, ist aber ungültig (%1); fügen Sie das Token selbst oder die ganze CAS-Antwort {&quot;token&quot;: &quot;...&quot;} ein.</translation>
    </message>
    <message>
        <source>The pasted JSON has no &quot;token&quot; string; paste the token itself or the whole CAS response {&quot;token&quot;: &quot;...&quot;}.</source>
        <translation>Das eingefügte JSON hat keine Zeichenkette „token“; fügen Sie das Token selbst oder die ganze CAS-Antwort {&quot;token&quot;: &quot;...&quot;} ein.</translation>
    </message>
    <message>
        <source>The token had line breaks, spaces or invisible characters inside; they were removed.</source>
        <translation>Das Token enthielt Zeilenumbrüche, Leerzeichen oder unsichtbare Zeichen; sie wurden entfernt.</translation>
    </message>
    <message>
        <source>There is no token to decode.</source>
        <translation>Es gibt kein Token zum Dekodieren.</translation>
    </message>
    <message>
        <source>This is a JWE (encrypted) token with five parts; its content cannot be decoded without the recipient&apos;s key.</source>
        <translation>Dies ist ein JWE-Token (verschlüsselt) mit fünf Teilen; sein Inhalt kann ohne den Schlüssel des Empfängers nicht dekodiert werden.</translation>
    </message>
    <message>
        <source>The text has no &apos;.&apos;; a JWT has three base64url parts separated by dots (header.payload.signature).</source>
        <translation>Der Text hat keinen &apos;.&apos;; ein JWT hat drei durch Punkte getrennte base64url-Teile (header.payload.signature).</translation>
    </message>
    <message>
        <source>The text has %1 dot-separated parts; a signed JWT has 3 (header.payload.signature) and an encrypted one (JWE) has 5. It may be cut off or joined with other text.</source>
        <translation>Der Text hat %1 durch Punkte getrennte Teile; ein signiertes JWT hat 3 (header.payload.signature) und ein verschlüsseltes (JWE) 5. Er ist vielleicht abgeschnitten oder mit anderem Text verbunden.</translation>
    </message>
    <message>
        <source>The %1 part has non-zero unused bits in its last character (not canonical base64url); the decoded bytes ignore them.</source>
        <translation>Der %1-Teil hat nicht genutzte Bits ungleich null im letzten Zeichen (kein kanonisches base64url); die dekodierten Bytes ignorieren sie.</translation>
    </message>
    <message>
        <source>The %1 is not UTF-8 text (invalid byte 0x%2 at offset %3).</source>
        <translation>%1 ist kein UTF-8-Text (ungültiges Byte 0x%2 an Position %3).</translation>
    </message>
    <message>
        <source>The %1 is not valid JSON: %2.</source>
        <translation>%1 ist kein gültiges JSON: %2.</translation>
    </message>
    <message>
        <source>The %1 is JSON but not an object; a JWT&apos;s %1 must be a JSON object.</source>
        <translation>%1 ist JSON, aber kein Objekt; in einem JWT muss %1 ein JSON-Objekt sein.</translation>
    </message>
    <message>
        <source>The %1 has duplicate key &quot;%2&quot;; programs may disagree on which value counts (this tool reads the last one).</source>
        <translation>%1 hat den doppelten Schlüssel „%2“; Programme können sich uneinig sein, welcher Wert zählt (dieses Werkzeug liest den letzten).</translation>
    </message>
    <message>
        <source>The %1 has %2 more duplicate keys.</source>
        <translation>%1 hat %2 weitere doppelte Schlüssel.</translation>
    </message>
    <message>
        <source>The payload&apos;s &quot;%1&quot; is %2, not an integer number of seconds; it is not interpreted as a time.</source>
        <translation>„%1“ in der Payload ist %2, keine ganze Zahl von Sekunden; es wird nicht als Zeit gedeutet.</translation>
    </message>
    <message>
        <source>The signature part is empty: the token is unsigned and nothing vouches for its content.</source>
        <translation>Der Signaturteil ist leer: Das Token ist unsigniert, und nichts bürgt für seinen Inhalt.</translation>
    </message>
    <message>
        <source>Issuer: who created and signed the token</source>
        <translation>Aussteller: wer das Token erstellt und signiert hat</translation>
    </message>
    <message>
        <source>Subject: whom the token is about</source>
        <translation>Subjekt: um wen es im Token geht</translation>
    </message>
    <message>
        <source>Audience: who the token is meant for</source>
        <translation>Zielgruppe: für wen das Token bestimmt ist</translation>
    </message>
    <message>
        <source>Expiration time: not to be accepted on or after this time</source>
        <translation>Ablaufzeit: ab diesem Zeitpunkt nicht mehr anzunehmen</translation>
    </message>
    <message>
        <source>Not before: not to be accepted before this time</source>
        <translation>Nicht vor: vor diesem Zeitpunkt nicht anzunehmen</translation>
    </message>
    <message>
        <source>Issued at: when the token was created</source>
        <translation>Ausgestellt am: wann das Token erstellt wurde</translation>
    </message>
    <message>
        <source>JWT ID: a unique identifier for this token</source>
        <translation>JWT-ID: eine eindeutige Kennung dieses Tokens</translation>
    </message>
    <message>
        <source>Algorithm that signs (or encrypts) the token</source>
        <translation>Algorithmus, der das Token signiert (oder verschlüsselt)</translation>
    </message>
    <message>
        <source>Media type of the token, usually JWT</source>
        <translation>Medientyp des Tokens, meist JWT</translation>
    </message>
    <message>
        <source>Key ID: which key signed the token</source>
        <translation>Schlüssel-ID: welcher Schlüssel das Token signiert hat</translation>
    </message>
    <message>
        <source>Content type of the payload (JWT for a nested token)</source>
        <translation>Inhaltstyp der Payload (JWT für ein verschachteltes Token)</translation>
    </message>
    <message>
        <source>Extensions a recipient must understand to accept the token</source>
        <translation>Erweiterungen, die ein Empfänger verstehen muss, um das Token anzunehmen</translation>
    </message>
    <message>
        <source>URL of a JWK Set holding the signing key (never fetched automatically)</source>
        <translation>URL eines JWK-Sets mit dem Signaturschlüssel (nie automatisch abgerufen)</translation>
    </message>
    <message>
        <source>URL of the signer&apos;s X.509 certificate (never fetched automatically)</source>
        <translation>URL des X.509-Zertifikats des Unterzeichners (nie automatisch abgerufen)</translation>
    </message>
    <message>
        <source>Public key embedded in the token (not trusted for verification)</source>
        <translation>Im Token eingebetteter öffentlicher Schlüssel (zum Prüfen nicht vertrauenswürdig)</translation>
    </message>
    <message>
        <source>X.509 certificate chain of the signer, embedded in the token</source>
        <translation>X.509-Zertifikatskette des Unterzeichners, im Token eingebettet</translation>
    </message>
    <message>
        <source>SHA-1 thumbprint of the signer&apos;s X.509 certificate</source>
        <translation>SHA-1-Fingerabdruck des X.509-Zertifikats des Unterzeichners</translation>
    </message>
    <message>
        <source>SHA-256 thumbprint of the signer&apos;s X.509 certificate</source>
        <translation>SHA-256-Fingerabdruck des X.509-Zertifikats des Unterzeichners</translation>
    </message>
    <message>
        <source>Content encryption algorithm of a JWE</source>
        <translation>Inhaltsverschlüsselungsalgorithmus eines JWE</translation>
    </message>
    <message>
        <source>Compression applied before encryption</source>
        <translation>Kompression vor der Verschlüsselung</translation>
    </message>
</context>
<context>
    <name>KeychainMessages</name>
    <message>
        <source>Not saved: the keychain is locked, so the API secret is kept for this session only.</source>
        <translation>Nicht gespeichert: Der Schlüsselbund ist gesperrt, daher wird das API-Secret nur für diese Sitzung behalten.</translation>
    </message>
    <message>
        <source>Not saved: the keychain refused the API secret, so it is kept for this session only.</source>
        <translation>Nicht gespeichert: Der Schlüsselbund hat das API-Secret abgelehnt, daher wird es nur für diese Sitzung behalten.</translation>
    </message>
    <message>
        <source>Not saved: no keychain is available, so the API secret is kept for this session only.</source>
        <translation>Nicht gespeichert: Kein Schlüsselbund verfügbar, daher wird das API-Secret nur für diese Sitzung behalten.</translation>
    </message>
    <message>
        <source>No keychain is available to read the saved API secret from: start one, or type the secret in the profile.</source>
        <translation>Kein Schlüsselbund verfügbar, aus dem das gespeicherte API-Secret gelesen werden kann: Starten Sie einen oder geben Sie das Secret im Profil ein.</translation>
    </message>
    <message>
        <source>The keychain is locked: unlock it, then try again.</source>
        <translation>Der Schlüsselbund ist gesperrt: Entsperren Sie ihn und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The keychain has no API secret for this profile, or it is locked: unlock it or type the secret again.</source>
        <translation>Der Schlüsselbund hat kein API-Secret für dieses Profil oder ist gesperrt: Entsperren Sie ihn oder geben Sie das Secret erneut ein.</translation>
    </message>
    <message>
        <source>The keychain did not give back the API secret of this profile.</source>
        <translation>Der Schlüsselbund hat das API-Secret dieses Profils nicht herausgegeben.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>CAS Console</source>
        <translation>CAS Console</translation>
    </message>
    <message>
        <source>&amp;Add a profile…</source>
        <translation>Profil hin&amp;zufügen…</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Request line</source>
        <translation>Anfragezeile</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancel the request (Esc)</source>
        <translation>Die Anfrage abbrechen (Esc)</translation>
    </message>
    <message>
        <source>&amp;Get token</source>
        <translation>T&amp;oken holen</translation>
    </message>
    <message>
        <source>Request a token from CAS (Ctrl+Return)</source>
        <translation>Ein Token von CAS anfordern (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>the history</source>
        <translation>dem Verlauf</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Decode token…</source>
        <translation>Token &amp;dekodieren…</translation>
    </message>
    <message>
        <source>Decode token</source>
        <translation>Token dekodieren</translation>
    </message>
    <message>
        <source>Paste a token, a Bearer header or a CAS response:</source>
        <translation>Fügen Sie ein Token, einen Bearer-Header oder eine CAS-Antwort ein:</translation>
    </message>
    <message>
        <source>the pasted text</source>
        <translation>dem eingefügten Text</translation>
    </message>
    <message>
        <source>Decode from clipboard</source>
        <translation>Aus der Zwischenablage dekodieren</translation>
    </message>
    <message>
        <source>the clipboard</source>
        <translation>der Zwischenablage</translation>
    </message>
    <message>
        <source>Copy &amp;templates…</source>
        <translation>Kopier&amp;vorlagen…</translation>
    </message>
    <message>
        <source>Edit the templates of Copy as… for Android, iOS or any sample app</source>
        <translation>Die Vorlagen von „Kopieren als…“ für Android, iOS oder eine beliebige Beispiel-App bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Profile</source>
        <translation>&amp;Profil</translation>
    </message>
    <message>
        <source>&amp;New profile</source>
        <translation>&amp;Neues Profil</translation>
    </message>
    <message>
        <source>D&amp;uplicate profile</source>
        <translation>Profil &amp;duplizieren</translation>
    </message>
    <message>
        <source>&amp;Rename profile…</source>
        <translation>Profil &amp;umbenennen…</translation>
    </message>
    <message>
        <source>Re&amp;move profile…</source>
        <translation>Profil ent&amp;fernen…</translation>
    </message>
    <message>
        <source>&amp;Save profile</source>
        <translation>Profil &amp;speichern</translation>
    </message>
    <message>
        <source>Re&amp;vert profile</source>
        <translation>Profil &amp;zurücksetzen</translation>
    </message>
    <message>
        <source>Start the &amp;local demo</source>
        <translation>&amp;Lokale Demo starten</translation>
    </message>
    <message>
        <source>&amp;Cancel request</source>
        <translation>Anfrage &amp;abbrechen</translation>
    </message>
    <message>
        <source>&amp;Presentation mode</source>
        <translation>&amp;Präsentationsmodus</translation>
    </message>
    <message>
        <source>Larger type, high contrast, and secrets, API keys and tokens hidden: safe to share your screen</source>
        <translation>Größere Schrift, hoher Kontrast, und Secrets, API-Schlüssel und Tokens verborgen: sicher zum Teilen des Bildschirms</translation>
    </message>
    <message>
        <source>A profile holds a CAS URL and an API key; its API secret is kept in the system keychain.

No account yet? The local demo runs a CAS on this computer, so you can get and inspect a real token right away.</source>
        <translation>Ein Profil enthält eine CAS-URL und einen API-Schlüssel; sein API-Secret liegt im Schlüsselbund des Systems.

Noch kein Konto? Die lokale Demo betreibt ein CAS auf diesem Computer, so dass Sie sofort ein echtes Token holen und untersuchen können.</translation>
    </message>
    <message>
        <source>Reading the API secret from the keychain…</source>
        <translation>API-Secret wird aus dem Schlüsselbund gelesen…</translation>
    </message>
    <message>
        <source>Requesting a token from %1…</source>
        <translation>Token wird von %1 angefordert…</translation>
    </message>
    <message>
        <source>Token received in %1 ms.</source>
        <translation>Token in %1 ms erhalten.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>Die Anfrage wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Decoding %1 characters…</source>
        <translation>%1 Zeichen werden dekodiert…</translation>
    </message>
    <message>
        <source>The text from %1 is not a token: %2</source>
        <translation>Der Text aus %1 ist kein Token: %2</translation>
    </message>
    <message>
        <source>Decoded from %1; no request was made.</source>
        <translation>Aus %1 dekodiert; es wurde keine Anfrage gestellt.</translation>
    </message>
    <message>
        <source>Copied %1.</source>
        <translation>%1 kopiert.</translation>
    </message>
    <message>
        <source>%1 copied for a client app</source>
        <translation>%1 für eine Client-App kopiert</translation>
    </message>
    <message>
        <source>The local demo CAS could not start: %1</source>
        <translation>Das lokale Demo-CAS konnte nicht starten: %1</translation>
    </message>
    <message>
        <source>Local demo CAS running at %1. Press Ctrl+Return to get a token.</source>
        <translation>Lokales Demo-CAS läuft unter %1. Drücken Sie Strg+Eingabe, um ein Token zu holen.</translation>
    </message>
    <message>
        <source>Presentation mode: secrets, API keys and tokens are hidden (F11 to leave).</source>
        <translation>Präsentationsmodus: Secrets, API-Schlüssel und Tokens sind verborgen (F11 beendet ihn).</translation>
    </message>
    <message>
        <source>Presentation mode off.</source>
        <translation>Präsentationsmodus aus.</translation>
    </message>
    <message>
        <source>the dropped text</source>
        <translation>dem abgelegten Text</translation>
    </message>
    <message>
        <source>Try the local de&amp;mo</source>
        <translation>Die lokale De&amp;mo ausprobieren</translation>
    </message>
    <message>
        <source>Token for profile &quot;%1&quot; received in %2 ms; it is in that profile&apos;s history.</source>
        <translation>Token für Profil „%1“ in %2 ms erhalten; es steht im Verlauf dieses Profils.</translation>
    </message>
    <message>
        <source>The request for profile &quot;%1&quot; failed: %2</source>
        <translation>Die Anfrage für Profil „%1“ ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Serve</source>
        <translation>Bereitstellen</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>Decoded</source>
        <translation>Dekodiert</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>Prüfen</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>Auth flow</source>
        <translation>Auth-Ablauf</translation>
    </message>
    <message>
        <source>QR code</source>
        <translation>QR-Code</translation>
    </message>
    <message>
        <source>&amp;Request</source>
        <translation>An&amp;frage</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>Welcome to CAS Console</source>
        <translation>Willkommen bei CAS Console</translation>
    </message>
</context>
<context>
    <name>MainWindowPrompts</name>
    <message>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; has changes that are not saved.</source>
        <translation>Das Profil „%1“ hat Änderungen, die nicht gespeichert sind.</translation>
    </message>
    <message>
        <source>Remove profile</source>
        <translation>Profil entfernen</translation>
    </message>
    <message>
        <source>Remove the profile &quot;%1&quot; and its API secret from the keychain?</source>
        <translation>Das Profil „%1“ und sein API-Secret aus dem Schlüsselbund entfernen?</translation>
    </message>
    <message>
        <source>Token expiry</source>
        <translation>Ablauf des Tokens</translation>
    </message>
    <message>
        <source>&amp;Fetch a fresh token</source>
        <translation>Ein &amp;frisches Token holen</translation>
    </message>
    <message>
        <source>Copy &amp;anyway</source>
        <translation>&amp;Trotzdem kopieren</translation>
    </message>
    <message>
        <source>Keep the API secret?</source>
        <translation>Das API-Secret behalten?</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; now %2. Keep its saved API secret and send it there?

No deletes the saved secret: type the secret for the new host.</source>
        <translation>Das Profil „%1“ %2. Sein gespeichertes API-Secret behalten und dorthin senden?

„Nein“ löscht das gespeicherte Secret: Geben Sie das Secret für den neuen Host ein.</translation>
    </message>
    <message>
        <source>%1

Remove the profile &quot;%2&quot; anyway? A secret saved for it earlier stays in the keychain.</source>
        <translation>%1

Das Profil „%2“ trotzdem entfernen? Ein früher dafür gespeichertes Secret bleibt im Schlüsselbund.</translation>
    </message>
</context>
<context>
    <name>NetModule</name>
    <message>
        <source>This installation of cas-console lacks its network module (%1), so it cannot make requests, serve or check signatures. Reinstall cas-console.</source>
        <translation>Dieser Installation von cas-console fehlt ihr Netzwerkmodul (%1), daher kann sie keine Anfragen stellen, nichts bereitstellen und keine Signaturen prüfen. Installieren Sie cas-console neu.</translation>
    </message>
</context>
<context>
    <name>ProfileEditor</name>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation>Profilname</translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation>Sandbox</translation>
    </message>
    <message>
        <source>CAS &amp;URL:</source>
        <translation>CAS-&amp;URL:</translation>
    </message>
    <message>
        <source>CAS URL</source>
        <translation>CAS-URL</translation>
    </message>
    <message>
        <source>https://cas.example.com</source>
        <translation>https://cas.example.com</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>API-&amp;Schlüssel:</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>API &amp;secret:</source>
        <translation>API-S&amp;ecret:</translation>
    </message>
    <message>
        <source>API secret</source>
        <translation>API-Secret</translation>
    </message>
    <message>
        <source>C&amp;A file:</source>
        <translation>&amp;CA-Datei:</translation>
    </message>
    <message>
        <source>CA file</source>
        <translation>CA-Datei</translation>
    </message>
    <message>
        <source>Optional: PEM file of a private CA to trust</source>
        <translation>Optional: PEM-Datei einer privaten CA, der vertraut werden soll</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Du&amp;rchsuchen…</translation>
    </message>
    <message>
        <source>Browse for a CA file</source>
        <translation>Nach einer CA-Datei suchen</translation>
    </message>
    <message>
        <source>Ti&amp;meout:</source>
        <translation>&amp;Zeitlimit:</translation>
    </message>
    <message>
        <source>Timeout in seconds</source>
        <translation>Zeitlimit in Sekunden</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Undo the unsaved changes of this profile</source>
        <translation>Die ungespeicherten Änderungen dieses Profils rückgängig machen</translation>
    </message>
    <message>
        <source>Save this profile (Ctrl+S); the secret goes to the system keychain</source>
        <translation>Dieses Profil speichern (Strg+S); das Secret kommt in den Schlüsselbund des Systems</translation>
    </message>
    <message>
        <source>Show the API key</source>
        <translation>Den API-Schlüssel zeigen</translation>
    </message>
    <message>
        <source>Choose the CA certificate (PEM)</source>
        <translation>Das CA-Zertifikat (PEM) wählen</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>PEM-Zertifikate (*.pem *.crt *.cer);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Paste the API secret</source>
        <translation>Das API-Secret einfügen</translation>
    </message>
    <message>
        <source>Saved in the keychain; not loaded (type to replace)</source>
        <translation>Im Schlüsselbund gespeichert; nicht geladen (zum Ersetzen tippen)</translation>
    </message>
    <message>
        <source>Hide the secret</source>
        <translation>Das Secret verbergen</translation>
    </message>
    <message>
        <source>Show the secret</source>
        <translation>Das Secret zeigen</translation>
    </message>
    <message>
        <source>Hide the API key</source>
        <translation>Den API-Schlüssel verbergen</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>Save profile</source>
        <translation>Profil speichern</translation>
    </message>
</context>
<context>
    <name>ProfilePanel</name>
    <message>
        <source>Profi&amp;les</source>
        <translation>Profi&amp;le</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>Profile</translation>
    </message>
    <message>
        <source>New profile</source>
        <translation>Neues Profil</translation>
    </message>
    <message>
        <source>Duplicate profile</source>
        <translation>Profil duplizieren</translation>
    </message>
    <message>
        <source>Rename profile</source>
        <translation>Profil umbenennen</translation>
    </message>
    <message>
        <source>Remove profile</source>
        <translation>Profil entfernen</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Umbenennen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplizieren</translation>
    </message>
    <message>
        <source>The embedded demo CAS on this computer; kept for this session only</source>
        <translation>Das eingebettete Demo-CAS auf diesem Computer; nur für diese Sitzung gehalten</translation>
    </message>
    <message>
        <source>Enter the API secret of this profile first.</source>
        <translation>Geben Sie zuerst das API-Secret dieses Profils ein.</translation>
    </message>
    <message>
        <source>This profile now %1, and its saved API secret is not sent there: type the API secret for it, or save the profile first.</source>
        <translation>Dieses Profil %1, und sein gespeichertes API-Secret wird nicht dorthin gesendet: Geben Sie das API-Secret dafür ein oder speichern Sie zuerst das Profil.</translation>
    </message>
    <message>
        <source>points to %1 instead of %2 and has another API key</source>
        <translation>zeigt jetzt auf %1 statt auf %2 und hat einen anderen API-Schlüssel</translation>
    </message>
    <message>
        <source>points to %1 instead of %2</source>
        <translation>zeigt jetzt auf %1 statt auf %2</translation>
    </message>
    <message>
        <source>has another API key</source>
        <translation>hat jetzt einen anderen API-Schlüssel</translation>
    </message>
    <message>
        <source>A profile named &quot;%1&quot; exists already: choose another name.</source>
        <translation>Ein Profil namens „%1“ gibt es schon: Wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>The profile was not saved: %1</source>
        <translation>Das Profil wurde nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>The profile was renamed, but its secret could not be moved in the keychain: %1</source>
        <translation>Das Profil wurde umbenannt, aber sein Secret konnte im Schlüsselbund nicht verschoben werden: %1</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; saved.</source>
        <translation>Profil „%1“ gespeichert.</translation>
    </message>
    <message>
        <source>The old API secret of &quot;%1&quot; could not be deleted from the keychain: %2</source>
        <translation>Das alte API-Secret von „%1“ konnte nicht aus dem Schlüsselbund gelöscht werden: %2</translation>
    </message>
    <message>
        <source>%1 copy</source>
        <translation>%1 Kopie</translation>
    </message>
    <message>
        <source>%1 copy %2</source>
        <translation>%1 Kopie %2</translation>
    </message>
    <message>
        <source>The copy has no API secret yet: %1</source>
        <translation>Die Kopie hat noch kein API-Secret: %1</translation>
    </message>
    <message>
        <source>New name for &quot;%1&quot;:</source>
        <translation>Neuer Name für „%1“:</translation>
    </message>
    <message>
        <source>%1 The profile was kept: unlock or start the keychain, then remove it again.</source>
        <translation>%1 Das Profil wurde behalten: Entsperren oder starten Sie den Schlüsselbund und entfernen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; removed.</source>
        <translation>Profil „%1“ entfernt.</translation>
    </message>
    <message>
        <source>Public demo secret, kept for this session only</source>
        <translation>Öffentliches Demo-Secret, nur für diese Sitzung gehalten</translation>
    </message>
    <message>
        <source>Saving to the %1…</source>
        <translation>Speichern im %1…</translation>
    </message>
    <message>
        <source>Stored in the %1</source>
        <translation>Gespeichert im %1</translation>
    </message>
    <message>
        <source>The keychain entries of &quot;%1&quot; could not be deleted: %2</source>
        <translation>Die Einträge von „%1“ im Schlüsselbund konnten nicht gelöscht werden: %2</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; removed; these stay in the keychain: %2.</source>
        <translation>Profil „%1“ entfernt; diese bleiben im Schlüsselbund: %2.</translation>
    </message>
</context>
<context>
    <name>ProfilePolicy</name>
    <message>
        <source>A profile name cannot be empty</source>
        <translation>Ein Profilname darf nicht leer sein</translation>
    </message>
    <message>
        <source>A profile name cannot be only spaces</source>
        <translation>Ein Profilname darf nicht nur aus Leerzeichen bestehen</translation>
    </message>
    <message>
        <source>A profile name cannot start or end with a space</source>
        <translation>Ein Profilname darf nicht mit einem Leerzeichen beginnen oder enden</translation>
    </message>
    <message>
        <source>A profile name cannot contain &apos;/&apos;</source>
        <translation>Ein Profilname darf kein „/“ enthalten</translation>
    </message>
    <message>
        <source>A profile name cannot contain &apos;\&apos;</source>
        <translation>Ein Profilname darf kein „\“ enthalten</translation>
    </message>
    <message>
        <source>A profile name cannot contain control characters or invisible ones (such as bidi controls or zero-width spaces)</source>
        <translation>Ein Profilname darf keine Steuerzeichen oder unsichtbaren Zeichen enthalten (etwa Bidi-Steuerzeichen oder Leerzeichen ohne Breite)</translation>
    </message>
    <message>
        <source>A profile name can have at most %1 characters</source>
        <translation>Ein Profilname darf höchstens %1 Zeichen haben</translation>
    </message>
    <message>
        <source>The API key is empty: copy it from your private area.</source>
        <translation>Der API-Schlüssel ist leer: Kopieren Sie ihn aus Ihrem privaten Bereich.</translation>
    </message>
    <message>
        <source>The API key contains a control character (%1): copy it again, without line breaks.</source>
        <translation>Der API-Schlüssel enthält ein Steuerzeichen (%1): Kopieren Sie ihn erneut, ohne Zeilenumbrüche.</translation>
    </message>
    <message>
        <source>The API secret contains a control character (%1): copy it again, without line breaks. Nothing was sent.</source>
        <translation>Das API-Secret enthält ein Steuerzeichen (%1): Kopieren Sie es erneut, ohne Zeilenumbrüche. Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>The CA file %1 cannot be used: %2</source>
        <translation>Die CA-Datei %1 kann nicht verwendet werden: %2</translation>
    </message>
    <message>
        <source>it does not exist.</source>
        <translation>sie existiert nicht.</translation>
    </message>
    <message>
        <source>it is not a file.</source>
        <translation>sie ist keine Datei.</translation>
    </message>
    <message>
        <source>it is larger than 1 MiB; a CA certificate is a few KiB.</source>
        <translation>sie ist größer als 1 MiB; ein CA-Zertifikat hat wenige KiB.</translation>
    </message>
    <message>
        <source>it holds no PEM certificate (&quot;-----BEGIN CERTIFICATE-----&quot;); choose the CA certificate of your CAS in PEM format.</source>
        <translation>sie enthält kein PEM-Zertifikat („-----BEGIN CERTIFICATE-----“); wählen Sie das CA-Zertifikat Ihres CAS im PEM-Format.</translation>
    </message>
    <message>
        <source>The timeout must be between %1 and %2 seconds, not %3.</source>
        <translation>Das Zeitlimit muss zwischen %1 und %2 Sekunden liegen, nicht %3.</translation>
    </message>
</context>
<context>
    <name>ProfileRemoval</name>
    <message>
        <source>the API secret</source>
        <translation>das API-Secret</translation>
    </message>
    <message numerus="yes">
        <source>%n history token(s)</source>
        <translation>
            <numerusform>%n Token im Verlauf</numerusform>
            <numerusform>%n Tokens im Verlauf</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProfileStore</name>
    <message>
        <source>Profile &quot;%1&quot; was not saved.</source>
        <translation>Das Profil „%1“ wurde nicht gespeichert.</translation>
    </message>
    <message>
        <source>A profile named &quot;%1&quot; exists already: choose another name.</source>
        <translation>Ein Profil namens „%1“ gibt es schon: Wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; was not renamed.</source>
        <translation>Das Profil „%1“ wurde nicht umbenannt.</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; was not removed.</source>
        <translation>Das Profil „%1“ wurde nicht entfernt.</translation>
    </message>
    <message>
        <source>There is no profile named &quot;%1&quot;: it was renamed or removed meanwhile, or the name is misspelt.</source>
        <translation>Es gibt kein Profil namens „%1“: Es wurde inzwischen umbenannt oder entfernt, oder der Name ist falsch geschrieben.</translation>
    </message>
</context>
<context>
    <name>QrCode</name>
    <message>
        <source>There is nothing to put in a QR code.</source>
        <translation>Es gibt nichts, was in einen QR-Code passen könnte.</translation>
    </message>
    <message>
        <source>The token is %1 bytes long; one QR code holds at most %2 bytes. Copy it as text instead.</source>
        <translation>Das Token ist %1 Bytes lang; ein QR-Code fasst höchstens %2 Bytes. Kopieren Sie es stattdessen als Text.</translation>
    </message>
    <message>
        <source>The token is too long for one QR code.</source>
        <translation>Das Token ist zu lang für einen QR-Code.</translation>
    </message>
    <message>
        <source>The QR code could not be made (%1).</source>
        <translation>Der QR-Code konnte nicht erstellt werden (%1).</translation>
    </message>
</context>
<context>
    <name>QrView</name>
    <message>
        <source>Token as a QR code</source>
        <translation>Token als QR-Code</translation>
    </message>
    <message>
        <source>Token expiry, updated every second</source>
        <translation>Ablauf des Tokens, sekündlich aktualisiert</translation>
    </message>
    <message>
        <source>No token to show.</source>
        <translation>Kein Token zum Anzeigen.</translation>
    </message>
    <message>
        <source>No token yet. Get one (Ctrl+Return) or paste one to show it as a QR code.</source>
        <translation>Noch kein Token. Holen Sie eines (Strg+Eingabe) oder fügen Sie eines ein, um es als QR-Code zu zeigen.</translation>
    </message>
    <message>
        <source>There is no QR code to save.</source>
        <translation>Es gibt keinen QR-Code zum Speichern.</translation>
    </message>
    <message>
        <source>Could not write %1: check that the folder exists and is writable.</source>
        <translation>%1 konnte nicht geschrieben werden: Prüfen Sie, ob der Ordner existiert und beschreibbar ist.</translation>
    </message>
    <message>
        <source>No expiry</source>
        <translation>Kein Ablauf</translation>
    </message>
    <message>
        <source>Expires %1 · in %2</source>
        <translation>Läuft ab %1 · in %2</translation>
    </message>
    <message>
        <source>Expired %1 · just now</source>
        <translation>Abgelaufen %1 · gerade eben</translation>
    </message>
    <message>
        <source>Expired %1 · %2 ago</source>
        <translation>Abgelaufen %1 · vor %2</translation>
    </message>
    <message>
        <source>Save QR Code</source>
        <translation>QR-Code speichern</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <source>Reveal the c&amp;ode</source>
        <translation>&amp;Code aufdecken</translation>
    </message>
    <message>
        <source>Presentation mode hides the QR code, since it carries the token; show it on screen</source>
        <translation>Der Präsentationsmodus verbirgt den QR-Code, da er das Token enthält; ihn auf dem Bildschirm zeigen</translation>
    </message>
    <message>
        <source>Presentation mode hides the QR code: it carries the token.</source>
        <translation>Der Präsentationsmodus verbirgt den QR-Code: Er enthält das Token.</translation>
    </message>
    <message>
        <source>Sav&amp;e as PNG…</source>
        <translation>Als PNG spe&amp;ichern…</translation>
    </message>
</context>
<context>
    <name>ResponseView</name>
    <message>
        <source>Response</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>Response status</source>
        <translation>Antwortstatus</translation>
    </message>
    <message>
        <source>Copy a curl command that makes the same request. The secret is left out: curl reads it from the CAS_API_SECRET environment variable.</source>
        <translation>Einen curl-Befehl kopieren, der dieselbe Anfrage stellt. Das Secret fehlt darin: curl liest es aus der Umgebungsvariablen CAS_API_SECRET.</translation>
    </message>
    <message>
        <source>Response headers</source>
        <translation>Antwort-Header</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Response body</source>
        <translation>Antwort-Body</translation>
    </message>
    <message>
        <source>TLS protocol, cipher and the server&apos;s certificate chain</source>
        <translation>TLS-Protokoll, Cipher und die Zertifikatskette des Servers</translation>
    </message>
    <message>
        <source>TLS details</source>
        <translation>TLS-Details</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>The request as sent (the secret is not shown):</source>
        <translation>Die Anfrage, wie gesendet (das Secret wird nicht gezeigt):</translation>
    </message>
    <message>
        <source>Request as sent</source>
        <translation>Anfrage, wie gesendet</translation>
    </message>
    <message>
        <source>Redirects followed:</source>
        <translation>Gefolgte Umleitungen:</translation>
    </message>
    <message>
        <source>Redirects followed</source>
        <translation>Gefolgte Umleitungen</translation>
    </message>
    <message>
        <source>&amp;Copy Value</source>
        <translation>Wert &amp;kopieren</translation>
    </message>
    <message>
        <source>header value</source>
        <translation>Header-Wert</translation>
    </message>
    <message>
        <source>No request made yet.</source>
        <translation>Noch keine Anfrage gestellt.</translation>
    </message>
    <message>
        <source>the request did not complete</source>
        <translation>die Anfrage wurde nicht abgeschlossen</translation>
    </message>
    <message>
        <source>No response: %1</source>
        <translation>Keine Antwort: %1</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>HTTP %1 %2</source>
        <translation>HTTP %1 %2</translation>
    </message>
    <message>
        <source>%1 · %2 ms · %3</source>
        <translation>%1 · %2 ms · %3</translation>
    </message>
    <message>
        <source>No body.</source>
        <translation>Kein Body.</translation>
    </message>
    <message>
        <source>The body is empty.</source>
        <translation>Der Body ist leer.</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n Byte</numerusform>
            <numerusform>%n Bytes</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, no Content-Type</source>
        <translation>%1, kein Content-Type</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>— not UTF-8 text; the first %1 bytes are shown as hex.</source>
        <translation>— kein UTF-8-Text; die ersten %1 Bytes werden hexadezimal gezeigt.</translation>
    </message>
    <message>
        <source>— not UTF-8 text; shown as hex.</source>
        <translation>— kein UTF-8-Text; hexadezimal gezeigt.</translation>
    </message>
    <message>
        <source>The body reached the %1 cap and was cut off.</source>
        <translation>Der Body hat die Grenze von %1 erreicht und wurde abgeschnitten.</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>No request made yet</source>
        <translation>Noch keine Anfrage gestellt</translation>
    </message>
    <message>
        <source>Plain HTTP (loopback only)</source>
        <translation>Einfaches HTTP (nur Loopback)</translation>
    </message>
    <message>
        <source>No TLS session was established</source>
        <translation>Es wurde keine TLS-Sitzung aufgebaut</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>Cipher</source>
        <translation>Cipher</translation>
    </message>
    <message>
        <source>Certificate chain</source>
        <translation>Zertifikatskette</translation>
    </message>
    <message numerus="yes">
        <source>%n certificate(s)</source>
        <translation>
            <numerusform>%n Zertifikat</numerusform>
            <numerusform>%n Zertifikate</numerusform>
        </translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Root</source>
        <translation>Wurzel</translation>
    </message>
    <message>
        <source>Intermediate</source>
        <translation>Zwischenzertifikat</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subjekt</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Aussteller</translation>
    </message>
    <message>
        <source>%1 (self-signed)</source>
        <translation>%1 (selbst signiert)</translation>
    </message>
    <message>
        <source>(not yet valid)</source>
        <translation>(noch nicht gültig)</translation>
    </message>
    <message>
        <source>(expired)</source>
        <translation>(abgelaufen)</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Gültig ab</translation>
    </message>
    <message>
        <source>Valid to</source>
        <translation>Gültig bis</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint</source>
        <translation>SHA-256-Fingerabdruck</translation>
    </message>
    <message>
        <source>Alternative names</source>
        <translation>Alternative Namen</translation>
    </message>
    <message numerus="yes">
        <source>Redirects followed (%n):</source>
        <translation>
            <numerusform>Gefolgte Umleitungen (%n):</numerusform>
            <numerusform>Gefolgte Umleitungen (%n):</numerusform>
        </translation>
    </message>
    <message>
        <source>No redirects were followed.</source>
        <translation>Es wurde keiner Umleitung gefolgt.</translation>
    </message>
    <message>
        <source>curl command</source>
        <translation>curl-Befehl</translation>
    </message>
    <message>
        <source>Headers</source>
        <translation>Header</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Body</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <source>Trusted through</source>
        <translation>Vertraut über</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>Proxy</translation>
    </message>
    <message>
        <source>Copy as &amp;curl</source>
        <translation>Als curl kop&amp;ieren</translation>
    </message>
</context>
<context>
    <name>SecretLineEdit</name>
    <message>
        <source>Show</source>
        <translation>Zeigen</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Verbergen</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>No system keychain is available (Secret Service over D-Bus): start a keyring such as gnome-keyring, or pass the secret with --secret-stdin / CAS_API_SECRET</source>
        <translation>Kein Schlüsselbund des Systems verfügbar (Secret Service über D-Bus): Starten Sie einen Schlüsselbund wie gnome-keyring oder übergeben Sie das Secret mit --secret-stdin / CAS_API_SECRET</translation>
    </message>
    <message>
        <source>The keychain cannot be reached: this installation lacks its keychain module (%1). Reinstall cas-console, or pass the secret with --secret-stdin / CAS_API_SECRET</source>
        <translation>Der Schlüsselbund ist nicht erreichbar: dieser Installation fehlt ihr Schlüsselbund-Modul (%1). Installieren Sie cas-console neu oder übergeben Sie das Secret mit --secret-stdin / CAS_API_SECRET</translation>
    </message>
    <message>
        <source>The keychain is locked or refused access: unlock it and try again</source>
        <translation>Der Schlüsselbund ist gesperrt oder hat den Zugriff verweigert: Entsperren Sie ihn und versuchen Sie es erneut</translation>
    </message>
    <message>
        <source>(details withheld)</source>
        <translation>(Details zurückgehalten)</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>unbekannter Fehler</translation>
    </message>
    <message>
        <source>No %1 found in the keychain (or the keyring is locked): unlock it and try again</source>
        <translation>Kein %1 im Schlüsselbund gefunden (oder der Schlüsselbund ist gesperrt): Entsperren Sie ihn und versuchen Sie es erneut</translation>
    </message>
    <message>
        <source>No secret found in the keychain for profile &quot;%1&quot; (or the keyring is locked): unlock it or set the secret again</source>
        <translation>Kein Secret für Profil „%1“ im Schlüsselbund gefunden (oder der Schlüsselbund ist gesperrt): Entsperren Sie ihn oder setzen Sie das Secret neu</translation>
    </message>
    <message>
        <source>Could not read the %1 from the keychain: %2</source>
        <translation>%1 konnte nicht aus dem Schlüsselbund gelesen werden: %2</translation>
    </message>
    <message>
        <source>Could not store the %1 in the keychain: %2</source>
        <translation>%1 konnte nicht im Schlüsselbund abgelegt werden: %2</translation>
    </message>
    <message>
        <source>Could not delete the %1 from the keychain: %2</source>
        <translation>%1 konnte nicht aus dem Schlüsselbund gelöscht werden: %2</translation>
    </message>
    <message>
        <source>Could not read the secret of profile &quot;%1&quot; from the keychain: %2</source>
        <translation>Das Secret von Profil „%1“ konnte nicht aus dem Schlüsselbund gelesen werden: %2</translation>
    </message>
    <message>
        <source>Could not store the secret of profile &quot;%1&quot; in the keychain: %2</source>
        <translation>Das Secret von Profil „%1“ konnte nicht im Schlüsselbund abgelegt werden: %2</translation>
    </message>
    <message>
        <source>Could not delete the secret of profile &quot;%1&quot; from the keychain: %2</source>
        <translation>Das Secret von Profil „%1“ konnte nicht aus dem Schlüsselbund gelöscht werden: %2</translation>
    </message>
    <message>
        <source>Windows Credential Manager</source>
        <translation>Windows-Anmeldeinformationsverwaltung</translation>
    </message>
    <message>
        <source>macOS Keychain</source>
        <translation>macOS-Schlüsselbund</translation>
    </message>
    <message>
        <source>system keychain (Secret Service)</source>
        <translation>Schlüsselbund des Systems (Secret Service)</translation>
    </message>
    <message>
        <source>The secret was copied to profile &quot;%1&quot; but could not be deleted from profile &quot;%2&quot;: %3</source>
        <translation>Das Secret wurde in Profil „%1“ kopiert, konnte aber nicht aus Profil „%2“ gelöscht werden: %3</translation>
    </message>
    <message>
        <source>The secret of profile &quot;%1&quot; is still in the keychain, which is locked: unlock it and try again</source>
        <translation>Das Secret von Profil „%1“ ist noch im Schlüsselbund, der gesperrt ist: Entsperren Sie ihn und versuchen Sie es erneut</translation>
    </message>
    <message>
        <source>The %1 is still in the keychain, which is locked: unlock it and try again</source>
        <translation>%1 ist noch im Schlüsselbund, der gesperrt ist: Entsperren Sie ihn und versuchen Sie es erneut</translation>
    </message>
    <message>
        <source>secret being rewritten as text</source>
        <translation>Secret, das als Text neu geschrieben wird</translation>
    </message>
</context>
<context>
    <name>SelfSignedCertificate</name>
    <message>
        <source>Could not create a self-signed certificate (%1).</source>
        <translation>Es konnte kein selbst signiertes Zertifikat erstellt werden (%1).</translation>
    </message>
</context>
<context>
    <name>ServeView</name>
    <message>
        <source>Hand tokens to sample apps on this machine, an emulator or a phone: CAS Console keeps the secret and answers GET /token?session=NAME with one token per session.</source>
        <translation>Tokens an Beispiel-Apps auf diesem Rechner, einem Emulator oder einem Telefon geben: CAS Console behält das Secret und beantwortet GET /token?session=NAME mit einem Token pro Sitzung.</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>any free port</source>
        <translation>beliebiger freier Port</translation>
    </message>
    <message>
        <source>Reachable from</source>
        <translation>Erreichbar von</translation>
    </message>
    <message>
        <source>Allowed origins</source>
        <translation>Erlaubte Ursprünge</translation>
    </message>
    <message>
        <source>besides http://localhost and http://127.0.0.1, e.g. http://192.168.1.20:8080</source>
        <translation>außer http://localhost und http://127.0.0.1, z. B. http://192.168.1.20:8080</translation>
    </message>
    <message>
        <source>Minimum validity:</source>
        <translation>Mindestgültigkeit:</translation>
    </message>
    <message>
        <source>Minimum validity</source>
        <translation>Mindestgültigkeit</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Ask before handing out a token</source>
        <translation>Vor dem Ausgeben eines Tokens fragen</translation>
    </message>
    <message>
        <source>Give this to the sample app</source>
        <translation>Dies der Beispiel-App geben</translation>
    </message>
    <message>
        <source>URL:</source>
        <translation>URL:</translation>
    </message>
    <message>
        <source>Service URL</source>
        <translation>Dienst-URL</translation>
    </message>
    <message>
        <source>Access code:</source>
        <translation>Zugangscode:</translation>
    </message>
    <message>
        <source>Access code</source>
        <translation>Zugangscode</translation>
    </message>
    <message>
        <source>Copy code</source>
        <translation>Code kopieren</translation>
    </message>
    <message>
        <source>QR code of the URL</source>
        <translation>QR-Code der URL</translation>
    </message>
    <message>
        <source>Live sessions</source>
        <translation>Aktive Sitzungen</translation>
    </message>
    <message>
        <source>Renew token</source>
        <translation>Token erneuern</translation>
    </message>
    <message>
        <source>End session</source>
        <translation>Sitzung beenden</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <source>Request log</source>
        <translation>Anfrageprotokoll</translation>
    </message>
    <message>
        <source>This computer only (127.0.0.1)</source>
        <translation>Nur dieser Computer (127.0.0.1)</translation>
    </message>
    <message>
        <source>Local network, with an access code</source>
        <translation>Lokales Netzwerk, mit einem Zugangscode</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sitzung</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Clients</translation>
    </message>
    <message>
        <source>Select a saved profile first: the service asks CAS with its key and secret.</source>
        <translation>Wählen Sie zuerst ein gespeichertes Profil: Der Dienst fragt CAS mit dessen Schlüssel und Secret.</translation>
    </message>
    <message>
        <source>Reading the API secret of &quot;%1&quot;…</source>
        <translation>Das API-Secret von „%1“ wird gelesen…</translation>
    </message>
    <message>
        <source>Another profile was selected before the secret was read: press Start serving again.</source>
        <translation>Ein anderes Profil wurde gewählt, bevor das Secret gelesen war: Drücken Sie erneut „Bereitstellen starten“.</translation>
    </message>
    <message>
        <source>Serving tokens of profile &quot;%1&quot;.</source>
        <translation>Tokens von Profil „%1“ werden bereitgestellt.</translation>
    </message>
    <message>
        <source>Stopped. Sample apps get no more tokens from here.</source>
        <translation>Beendet. Beispiel-Apps erhalten von hier keine Tokens mehr.</translation>
    </message>
    <message>
        <source>(not serving)</source>
        <translation>(nicht aktiv)</translation>
    </message>
    <message>
        <source>Start serving, then give the URL to the app. A browser on an allowed origin can open the URL itself for a test page.</source>
        <translation>Starten Sie die Bereitstellung und geben Sie dann die URL an die App. Ein Browser auf einem erlaubten Ursprung kann die URL selbst für eine Testseite öffnen.</translation>
    </message>
    <message>
        <source>Apps ask GET %1/token?session=NAME (open %1/ in a browser for a test page).
Android emulator: http://10.0.2.2:%2 is this computer.
Phone on USB: run adb reverse tcp:%2 tcp:%2, then use http://127.0.0.1:%2 on the phone.</source>
        <translation>Apps fragen GET %1/token?session=NAME (öffnen Sie %1/ in einem Browser für eine Testseite).
Android-Emulator: http://10.0.2.2:%2 ist dieser Computer.
Telefon per USB: Führen Sie adb reverse tcp:%2 tcp:%2 aus und verwenden Sie dann http://127.0.0.1:%2 auf dem Telefon.</translation>
    </message>
    <message>
        <source>fetching from CAS…</source>
        <translation>wird von CAS geholt…</translation>
    </message>
    <message>
        <source>no token</source>
        <translation>kein Token</translation>
    </message>
    <message>
        <source>no expiry</source>
        <translation>kein Ablauf</translation>
    </message>
    <message>
        <source>Hand out a token?</source>
        <translation>Ein Token ausgeben?</translation>
    </message>
    <message>
        <source>%1 asks for the token of session &quot;%2&quot;%3. Hand it out?</source>
        <translation>%1 fragt nach dem Token der Sitzung „%2“%3. Ausgeben?</translation>
    </message>
    <message>
        <source> from the web page at %1</source>
        <translation> von der Webseite unter %1</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>Por&amp;t:</translation>
    </message>
    <message>
        <source>R&amp;eachable from:</source>
        <translation>Erreichbar &amp;von:</translation>
    </message>
    <message>
        <source>Allowe&amp;d origins:</source>
        <translation>Erlaubte Urspr&amp;ünge:</translation>
    </message>
    <message>
        <source>Start serv&amp;ing</source>
        <translation>D&amp;ienst starten</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Copy URL</source>
        <translation>URL kopieren</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Default &amp;timeout for new profiles:</source>
        <translation>Standard-&amp;Zeitlimit für neue Profile:</translation>
    </message>
    <message>
        <source>Default timeout in seconds</source>
        <translation>Standard-Zeitlimit in Sekunden</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>&amp;Clear copied tokens and secrets after:</source>
        <translation>Kopierte Tokens und Secrets &amp;leeren nach:</translation>
    </message>
    <message>
        <source>Clipboard clearing delay in seconds</source>
        <translation>Verzögerung bis zum Leeren der Zwischenablage in Sekunden</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>&amp;Font scale:</source>
        <translation>&amp;Schriftgröße:</translation>
    </message>
    <message>
        <source>Font scale in percent</source>
        <translation>Schriftgröße in Prozent</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Copies of tokens and secrets are marked as concealed for clipboard managers and cleared only if the clipboard still holds them.</source>
        <translation>Kopien von Tokens und Secrets werden für Zwischenablage-Verwalter als verborgen markiert und nur geleert, wenn die Zwischenablage sie noch enthält.</translation>
    </message>
    <message>
        <source>C&amp;olours:</source>
        <translation>&amp;Farben:</translation>
    </message>
    <message>
        <source>Colour scheme</source>
        <translation>Farbschema</translation>
    </message>
    <message>
        <source>As the system (light or dark)</source>
        <translation>Wie das System (hell oder dunkel)</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
</context>
<context>
    <name>SettingsFile</name>
    <message>
        <source>The settings file %1 cannot be read or written: check that its folder exists and is writable</source>
        <translation>Die Einstellungsdatei %1 kann nicht gelesen oder geschrieben werden: Prüfen Sie, ob ihr Ordner existiert und beschreibbar ist</translation>
    </message>
    <message>
        <source>The settings file %1 is not a valid settings file: fix it or move it away (profiles are not saved until then, so it is not overwritten)</source>
        <translation>Die Einstellungsdatei %1 ist keine gültige Einstellungsdatei: Reparieren Sie sie oder verschieben Sie sie (bis dahin werden keine Profile gespeichert, damit sie nicht überschrieben wird)</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Ansichten</translation>
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
        <translation>// Beispiel für Ihre %1-Beispiel-App: Bearbeiten Sie es (Kopieren als &gt; Vorlagen bearbeiten).
// Die Aufrufe des %1-SDK stehen nicht in der öffentlichen Watch-Together-Dokumentation,
// daher übergibt dies die Werte nur an Ihren eigenen Beitrittscode.
// Läuft ab (UTC): %2
</translation>
    </message>
    <message>
        <source>Tester</source>
        <translation>Tester</translation>
    </message>
    <message>
        <source>Android sample (edit me)</source>
        <translation>Android-Beispiel (bitte bearbeiten)</translation>
    </message>
    <message>
        <source>iOS sample (edit me)</source>
        <translation>iOS-Beispiel (bitte bearbeiten)</translation>
    </message>
    <message>
        <source>A template name cannot be empty.</source>
        <translation>Ein Vorlagenname darf nicht leer sein.</translation>
    </message>
    <message>
        <source>There is already a template named &quot;%1&quot;.</source>
        <translation>Es gibt schon eine Vorlage namens „%1“.</translation>
    </message>
    <message>
        <source>There is no template named &quot;%1&quot;.</source>
        <translation>Es gibt keine Vorlage namens „%1“.</translation>
    </message>
    <message>
        <source>The templates could not be saved: %1</source>
        <translation>Die Vorlagen konnten nicht gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>TemplatesDialog</name>
    <message>
        <source>Copy Templates</source>
        <translation>Kopiervorlagen</translation>
    </message>
    <message>
        <source>Templates appear under Copy as. Placeholders: ${TOKEN}, ${DISPLAY_NAME}, ${EXPIRES_AT} (ISO 8601 UTC, empty when the token has no expiry). Other ${…} text is copied as it is.</source>
        <translation>Vorlagen erscheinen unter „Kopieren als“. Platzhalter: ${TOKEN}, ${DISPLAY_NAME}, ${EXPIRES_AT} (ISO 8601 UTC, leer, wenn das Token keinen Ablauf hat). Anderer ${…}-Text wird unverändert kopiert.</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Vorlagen</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>Re&amp;name</source>
        <translation>&amp;Umbenennen</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>&amp;Text:</translation>
    </message>
    <message>
        <source>Template text</source>
        <translation>Vorlagentext</translation>
    </message>
    <message>
        <source>Preview with a sample token:</source>
        <translation>Vorschau mit einem Beispiel-Token:</translation>
    </message>
    <message>
        <source>Preview of the copied text</source>
        <translation>Vorschau des kopierten Texts</translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation>&amp;Anzeigename:</translation>
    </message>
    <message>
        <source>Display name for Web SDK snippets and templates</source>
        <translation>Anzeigename für Web-SDK-Schnipsel und Vorlagen</translation>
    </message>
    <message>
        <source>Tester</source>
        <translation>Tester</translation>
    </message>
    <message>
        <source>New template</source>
        <translation>Neue Vorlage</translation>
    </message>
    <message>
        <source>New template %1</source>
        <translation>Neue Vorlage %1</translation>
    </message>
    <message>
        <source>Unknown placeholders, copied as they are: %1. Known: %2.</source>
        <translation>Unbekannte Platzhalter, unverändert kopiert: %1. Bekannt: %2.</translation>
    </message>
</context>
<context>
    <name>TokenService</name>
    <message>
        <source>CAS rejected the API key or secret (HTTP %1). Check the profile&apos;s credentials in CAS Console.</source>
        <translation>CAS hat den API-Schlüssel oder das Secret abgelehnt (HTTP %1). Prüfen Sie die Zugangsdaten des Profils in CAS Console.</translation>
    </message>
    <message>
        <source>CAS answered with an error (HTTP %1). Try again later, or look at the request in CAS Console.</source>
        <translation>CAS hat mit einem Fehler geantwortet (HTTP %1). Versuchen Sie es später erneut oder sehen Sie sich die Anfrage in CAS Console an.</translation>
    </message>
    <message>
        <source>CAS did not answer in time. Check that CAS is reachable from the machine running CAS Console.</source>
        <translation>CAS hat nicht rechtzeitig geantwortet. Prüfen Sie, ob CAS von dem Rechner aus erreichbar ist, auf dem CAS Console läuft.</translation>
    </message>
    <message>
        <source>CAS sent an answer without a usable token. Look at the request in CAS Console.</source>
        <translation>CAS hat eine Antwort ohne brauchbares Token gesendet. Sehen Sie sich die Anfrage in CAS Console an.</translation>
    </message>
    <message>
        <source>The secure connection to CAS failed. Check the profile&apos;s URL and CA file in CAS Console.</source>
        <translation>Die sichere Verbindung zu CAS ist fehlgeschlagen. Prüfen Sie URL und CA-Datei des Profils in CAS Console.</translation>
    </message>
    <message>
        <source>CAS could not be reached. Check the profile&apos;s URL and the network of the machine running CAS Console.</source>
        <translation>CAS war nicht erreichbar. Prüfen Sie die URL des Profils und das Netzwerk des Rechners, auf dem CAS Console läuft.</translation>
    </message>
    <message>
        <source>Use GET.</source>
        <translation>Verwenden Sie GET.</translation>
    </message>
    <message>
        <source>Not found: the token service answers GET /token?session=NAME.</source>
        <translation>Nicht gefunden: Der Token-Dienst beantwortet GET /token?session=NAME.</translation>
    </message>
    <message>
        <source>This origin may not fetch tokens. Start the service with --allow-origin for it.</source>
        <translation>Dieser Ursprung darf keine Tokens abrufen. Starten Sie den Dienst mit --allow-origin für ihn.</translation>
    </message>
    <message>
        <source>Use GET /token?session=NAME.</source>
        <translation>Verwenden Sie GET /token?session=NAME.</translation>
    </message>
    <message>
        <source>An access code is needed: send the header &quot;Authorization: Bearer CODE&quot; with the code shown by CAS Console.</source>
        <translation>Ein Zugangscode wird benötigt: Senden Sie den Header „Authorization: Bearer CODE“ mit dem Code, den CAS Console zeigt.</translation>
    </message>
    <message>
        <source>The session name must be 1 to 64 letters, digits or - _ . : @ characters.</source>
        <translation>Der Sitzungsname muss aus 1 bis 64 Buchstaben, Ziffern oder den Zeichen - _ . : @ bestehen.</translation>
    </message>
    <message>
        <source>The person at CAS Console declined to hand out a token.</source>
        <translation>Die Person an CAS Console hat die Herausgabe eines Tokens abgelehnt.</translation>
    </message>
    <message>
        <source>Too many sessions: end some in CAS Console, or use fewer session names.</source>
        <translation>Zu viele Sitzungen: Beenden Sie einige in CAS Console oder verwenden Sie weniger Sitzungsnamen.</translation>
    </message>
    <message>
        <source>CAS sent something that is not a token.</source>
        <translation>CAS hat etwas gesendet, das kein Token ist.</translation>
    </message>
    <message>
        <source>CAS sent a token that has already expired. Check the clocks of this machine and of CAS.</source>
        <translation>CAS hat ein bereits abgelaufenes Token gesendet. Prüfen Sie die Uhren dieses Rechners und von CAS.</translation>
    </message>
    <message>
        <source>Serving tokens on %1 needs an access code: any device on that network could otherwise get tokens. Give an access code, or bind to 127.0.0.1.</source>
        <translation>Tokens auf %1 anzubieten braucht einen Zugangscode: Sonst könnte jedes Gerät in diesem Netzwerk Tokens erhalten. Geben Sie einen Zugangscode an oder binden Sie an 127.0.0.1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an origin: write it as scheme://host[:port], for example http://192.168.1.20:8080.</source>
        <translation>„%1“ ist kein Ursprung: Schreiben Sie ihn als schema://host[:port], zum Beispiel http://192.168.1.20:8080.</translation>
    </message>
    <message>
        <source>The token service could not listen on %1 port %2: %3</source>
        <translation>Der Token-Dienst konnte nicht auf %1 Port %2 lauschen: %3</translation>
    </message>
    <message>
        <source>The session was ended at CAS Console.</source>
        <translation>Die Sitzung wurde in CAS Console beendet.</translation>
    </message>
</context>
<context>
    <name>TokenView</name>
    <message>
        <source>No token</source>
        <translation>Kein Token</translation>
    </message>
    <message>
        <source>Token expiry</source>
        <translation>Ablauf des Tokens</translation>
    </message>
    <message>
        <source>Token summary</source>
        <translation>Token-Übersicht</translation>
    </message>
    <message>
        <source>&amp;Encoded token</source>
        <translation>Kodiertes &amp;Token</translation>
    </message>
    <message>
        <source>Encoded token</source>
        <translation>Kodiertes Token</translation>
    </message>
    <message>
        <source>The token as received: header, payload and signature separated by dots</source>
        <translation>Das Token wie empfangen: Header, Payload und Signatur, durch Punkte getrennt</translation>
    </message>
    <message>
        <source>Copy the whole token; it is marked concealed and cleared from the clipboard after a while</source>
        <translation>Das ganze Token kopieren; es wird als verborgen markiert und nach einer Weile aus der Zwischenablage gelöscht</translation>
    </message>
    <message>
        <source>Copy the header JSON exactly as the token carries it</source>
        <translation>Das Header-JSON genau so kopieren, wie das Token es enthält</translation>
    </message>
    <message>
        <source>Copy the payload JSON exactly as the token carries it</source>
        <translation>Das Payload-JSON genau so kopieren, wie das Token es enthält</translation>
    </message>
    <message>
        <source>Presentation mode hides the token; show it on screen</source>
        <translation>Der Präsentationsmodus verbirgt das Token; es auf dem Bildschirm zeigen</translation>
    </message>
    <message>
        <source>No token yet. Press %1 to get one, or paste a token (%2) to decode it.</source>
        <translation>Noch kein Token. Drücken Sie %1, um eines zu holen, oder fügen Sie ein Token ein (%2), um es zu dekodieren.</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>Header JSON</source>
        <translation>Header-JSON</translation>
    </message>
    <message>
        <source>Payload JSON</source>
        <translation>Payload-JSON</translation>
    </message>
    <message>
        <source>Hidden in presentation mode: press Reveal token to show it.</source>
        <translation>Im Präsentationsmodus verborgen: Drücken Sie „Token aufdecken“, um es zu zeigen.</translation>
    </message>
    <message>
        <source>%1 characters are not shown; Copy token copies the whole token.</source>
        <translation>%1 Zeichen werden nicht gezeigt; „Token kopieren“ kopiert das ganze Token.</translation>
    </message>
    <message>
        <source>no alg</source>
        <translation>kein alg</translation>
    </message>
    <message>
        <source>kid %1</source>
        <translation>kid %1</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 Bytes</translation>
    </message>
    <message>
        <source>Copy token</source>
        <translation>Token kopieren</translation>
    </message>
    <message>
        <source>Copy header</source>
        <translation>Header kopieren</translation>
    </message>
    <message>
        <source>Copy payload</source>
        <translation>Payload kopieren</translation>
    </message>
    <message>
        <source>Reveal to&amp;ken</source>
        <translation>Token a&amp;ufdecken</translation>
    </message>
</context>
<context>
    <name>VerifyView</name>
    <message>
        <source>Verify signature</source>
        <translation>Signatur prüfen</translation>
    </message>
    <message>
        <source>Key typ&amp;e:</source>
        <translation>Schlüsselt&amp;yp:</translation>
    </message>
    <message>
        <source>Key type</source>
        <translation>Schlüsseltyp</translation>
    </message>
    <message>
        <source>Shared secret</source>
        <translation>Gemeinsames Secret</translation>
    </message>
    <message>
        <source>Key te&amp;xt:</source>
        <translation>Schlüsselte&amp;xt:</translation>
    </message>
    <message>
        <source>Verification key</source>
        <translation>Prüfschlüssel</translation>
    </message>
    <message>
        <source>Read a PEM, certificate, JWK or JWKS file into the key text</source>
        <translation>Eine PEM-, Zertifikats-, JWK- oder JWKS-Datei in den Schlüsseltext laden</translation>
    </message>
    <message>
        <source>L&amp;oad key file…</source>
        <translation>Schlüsseldate&amp;i laden…</translation>
    </message>
    <message>
        <source>Verification result</source>
        <translation>Prüfergebnis</translation>
    </message>
    <message>
        <source>Shared secret (text)</source>
        <translation>Gemeinsames Secret (Text)</translation>
    </message>
    <message>
        <source>Shared secret (base64)</source>
        <translation>Gemeinsames Secret (base64)</translation>
    </message>
    <message>
        <source>Public key: PEM, certificate, JWK or JWKS</source>
        <translation>Öffentlicher Schlüssel: PEM, Zertifikat, JWK oder JWKS</translation>
    </message>
    <message>
        <source>HS256/384/512 tokens are signed with a shared secret; RS, PS, ES and EdDSA tokens with a private key, verified here with its public key</source>
        <translation>HS256/384/512-Tokens werden mit einem gemeinsamen Secret signiert; RS-, PS-, ES- und EdDSA-Tokens mit einem privaten Schlüssel und hier mit dessen öffentlichem Schlüssel geprüft</translation>
    </message>
    <message>
        <source>Paste the public key: a PEM key (-----BEGIN PUBLIC KEY-----), a PEM certificate, a JWK ({&quot;kty&quot;: …}, also &quot;oct&quot; for a shared secret) or a JWKS ({&quot;keys&quot;: […]}, the token&apos;s kid picks the key).</source>
        <translation>Fügen Sie den öffentlichen Schlüssel ein: einen PEM-Schlüssel (-----BEGIN PUBLIC KEY-----), ein PEM-Zertifikat, einen JWK ({&quot;kty&quot;: …}, auch „oct“ für ein gemeinsames Secret) oder ein JWKS ({&quot;keys&quot;: […]}, das kid des Tokens wählt den Schlüssel).</translation>
    </message>
    <message>
        <source>Check the token&apos;s signature with this key (%1)</source>
        <translation>Die Signatur des Tokens mit diesem Schlüssel prüfen (%1)</translation>
    </message>
    <message>
        <source>Load Verification Key</source>
        <translation>Prüfschlüssel laden</translation>
    </message>
    <message>
        <source>Keys (*.pem *.crt *.cer *.pub *.key *.jwk *.jwks *.json);;All files (*)</source>
        <translation>Schlüssel (*.pem *.crt *.cer *.pub *.key *.jwk *.jwks *.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>No token to verify. Fetch or paste a token first.</source>
        <translation>Kein Token zum Prüfen. Holen Sie zuerst ein Token oder fügen Sie eines ein.</translation>
    </message>
    <message>
        <source>Token signed with an unknown algorithm (no &quot;alg&quot;)</source>
        <translation>Token mit unbekanntem Algorithmus signiert (kein „alg“)</translation>
    </message>
    <message>
        <source>Token signed with %1</source>
        <translation>Token mit %1 signiert</translation>
    </message>
    <message>
        <source>(kid %1)</source>
        <translation>(kid %1)</translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation>%1 konnte nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1 is too large to be a key file.</source>
        <translation>%1 ist zu groß für eine Schlüsseldatei.</translation>
    </message>
    <message>
        <source>%1 is not a text file. A binary (DER) key can be converted with &quot;openssl pkey -pubin -inform DER -in key.der -out key.pem&quot;.</source>
        <translation>%1 ist keine Textdatei. Ein binärer (DER-)Schlüssel lässt sich mit „openssl pkey -pubin -inform DER -in key.der -out key.pem“ umwandeln.</translation>
    </message>
    <message numerus="yes">
        <source>Loaded %1 (%n byte(s)).</source>
        <translation>
            <numerusform>%1 geladen (%n Byte).</numerusform>
            <numerusform>%1 geladen (%n Bytes).</numerusform>
        </translation>
    </message>
    <message>
        <source>The shared secret, base64 or base64url encoded</source>
        <translation>Das gemeinsame Secret, base64- oder base64url-kodiert</translation>
    </message>
    <message>
        <source>The shared secret the token was signed with</source>
        <translation>Das gemeinsame Secret, mit dem das Token signiert wurde</translation>
    </message>
    <message>
        <source>— Not checked</source>
        <translation>— Nicht geprüft</translation>
    </message>
    <message>
        <source>Press Verify to check the signature with this key.</source>
        <translation>Drücken Sie „Prüfen“, um die Signatur mit diesem Schlüssel zu prüfen.</translation>
    </message>
    <message>
        <source>Enter the key the token was signed with and press Verify.</source>
        <translation>Geben Sie den Schlüssel ein, mit dem das Token signiert wurde, und drücken Sie „Prüfen“.</translation>
    </message>
    <message>
        <source>✔ Verified</source>
        <translation>✔ Geprüft</translation>
    </message>
    <message>
        <source>✘ Not verified</source>
        <translation>✘ Nicht geprüft</translation>
    </message>
    <message>
        <source>Key: %1</source>
        <translation>Schlüssel: %1</translation>
    </message>
    <message>
        <source>Show the secret</source>
        <translation>Das Secret zeigen</translation>
    </message>
    <message>
        <source>Hide the secret</source>
        <translation>Das Secret verbergen</translation>
    </message>
    <message>
        <source>The demo CAS signs its tokens with a public HS256 secret; this fills it in and verifies, to show a verification that succeeds</source>
        <translation>Das Demo-CAS signiert seine Tokens mit einem öffentlichen HS256-Secret; dies trägt es ein und prüft, um eine gelingende Prüfung zu zeigen</translation>
    </message>
    <message>
        <source>Choose “Public key: PEM, certificate, JWK or JWKS” above and paste it in the Key field.</source>
        <translation>Wählen Sie oben „Öffentlicher Schlüssel: PEM, Zertifikat, JWK oder JWKS“ und fügen Sie ihn in das Feld Schlüssel ein.</translation>
    </message>
    <message>
        <source>Se&amp;cret:</source>
        <translation>Secre&amp;t:</translation>
    </message>
    <message>
        <source>Use the &amp;demo CAS&apos;s signing secret</source>
        <translation>Signiergeheimnis der Demo-CAS &amp;benutzen</translation>
    </message>
    <message>
        <source>Ver&amp;ify</source>
        <translation>&amp;Verifizieren</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Developer console for CAS tokens</source>
        <translation>Entwicklerkonsole für CAS-Tokens</translation>
    </message>
    <message>
        <source>Start the embedded demo CAS and select its profile.</source>
        <translation>Das eingebettete Demo-CAS starten und sein Profil wählen.</translation>
    </message>
</context>
</TS>
