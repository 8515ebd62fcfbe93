<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>BoundedHttpServer</name>
    <message>
        <source>The server&apos;s certificate or private key cannot be read.</source>
        <translation>Le certificat ou la clé privée du serveur ne peut pas être lu.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IP address.</source>
        <translation>« %1 » n’est pas une adresse IP.</translation>
    </message>
</context>
<context>
    <name>CasClient</name>
    <message>
        <source>Enter the URL of your CAS, for example https://cas.example.com.</source>
        <translation>Saisissez l’URL de votre CAS, par exemple https://cas.example.com.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid URL: check it for typos.</source>
        <translation>« %1 » n’est pas une URL valide : vérifiez qu’elle ne contient pas de faute de frappe.</translation>
    </message>
    <message>
        <source>CAS is reached over https://, not %1://: change the start of the URL.</source>
        <translation>CAS se joint en https://, pas en %1:// : changez le début de l’URL.</translation>
    </message>
    <message>
        <source>The CAS URL has no host name: add one, e.g. https://cas.example.com.</source>
        <translation>L’URL du CAS n’a pas de nom d’hôte : ajoutez-en un, par ex. https://cas.example.com.</translation>
    </message>
    <message>
        <source>Remove the user name or password from the CAS URL: the API key and secret are sent as headers.</source>
        <translation>Retirez le nom d’utilisateur ou le mot de passe de l’URL du CAS : la clé et le secret d’API sont envoyés en en-têtes.</translation>
    </message>
    <message>
        <source>Remove the part after &quot;?&quot; or &quot;#&quot; from the CAS URL: the token request takes no parameters.</source>
        <translation>Retirez la partie après « ? » ou « # » de l’URL du CAS : la demande de jeton ne prend aucun paramètre.</translation>
    </message>
    <message>
        <source>Use https:// for %1: over plain http:// the API secret would travel unencrypted. Plain http is only allowed to this computer (localhost, 127.0.0.1, ::1).</source>
        <translation>Utilisez https:// pour %1 : en http:// simple, le secret d’API circulerait en clair. Le http simple n’est permis que vers cet ordinateur (localhost, 127.0.0.1, ::1).</translation>
    </message>
    <message>
        <source>The CAS URL holds characters that cannot be sent as typed: retype it, or copy it again from its source.</source>
        <translation>L’URL du CAS contient des caractères qui ne peuvent pas être envoyés tels quels : retapez-la ou copiez-la de nouveau depuis sa source.</translation>
    </message>
    <message>
        <source>CAS did not answer within %1 s: check the URL and your network, or try again later.</source>
        <translation>CAS n’a pas répondu en %1 s : vérifiez l’URL et votre réseau, ou réessayez plus tard.</translation>
    </message>
    <message>
        <source>CAS stopped sending data for %1 s: try again later.</source>
        <translation>CAS n’envoie plus de données depuis %1 s : réessayez plus tard.</translation>
    </message>
    <message>
        <source>CAS sent nothing for %1 s: check the URL and your network, or try again later.</source>
        <translation>CAS n’a rien envoyé pendant %1 s : vérifiez l’URL et votre réseau, ou réessayez plus tard.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>La requête a été annulée.</translation>
    </message>
    <message>
        <source>The CA file %1 cannot be read: choose a readable PEM file in the profile.</source>
        <translation>Le fichier CA %1 ne peut pas être lu : choisissez un fichier PEM lisible dans le profil.</translation>
    </message>
    <message>
        <source>The CA file %1 holds no PEM certificate (&quot;-----BEGIN CERTIFICATE-----&quot;): choose the CA certificate of your CAS in PEM format.</source>
        <translation>Le fichier CA %1 ne contient aucun certificat PEM (« -----BEGIN CERTIFICATE----- ») : choisissez le certificat de l’autorité de votre CAS au format PEM.</translation>
    </message>
    <message>
        <source>CAS sent more than %1 MiB, far more than a token: stopped reading. Check that the URL points at CAS.</source>
        <translation>CAS a envoyé plus de %1 Mio, bien plus qu’un jeton : lecture arrêtée. Vérifiez que l’URL pointe vers CAS.</translation>
    </message>
    <message>
        <source>CAS redirected more than %1 times (last to %2): the URL probably loops. Check the CAS URL of this profile.</source>
        <translation>CAS a redirigé plus de %1 fois (en dernier vers %2) : l’URL boucle probablement. Vérifiez l’URL du CAS de ce profil.</translation>
    </message>
    <message>
        <source>CAS at %1 redirected to plain http at %2. The redirect was not followed and the API key and secret were not sent there. If this address is right, use it as the CAS URL with https://.</source>
        <translation>CAS à %1 a redirigé vers du http simple à %2. La redirection n’a pas été suivie et la clé et le secret d’API n’y ont pas été envoyés. Si cette adresse est la bonne, utilisez-la en https:// comme URL du CAS.</translation>
    </message>
    <message>
        <source>CAS at %1 redirected to another origin, %2. The redirect was not followed and the API key and secret were not sent there. If you trust that address, use it as the CAS URL.</source>
        <translation>CAS à %1 a redirigé vers une autre origine, %2. La redirection n’a pas été suivie et la clé et le secret d’API n’y ont pas été envoyés. Si vous faites confiance à cette adresse, utilisez-la comme URL du CAS.</translation>
    </message>
    <message>
        <source>HTTP %1, Location: %2</source>
        <translation>HTTP %1, Location : %2</translation>
    </message>
    <message>
        <source>CAS announced %1 bytes, far more than a token (the limit is %2 MiB): not read. Check that the URL points at CAS.</source>
        <translation>CAS a annoncé %1 octets, bien plus qu’un jeton (la limite est de %2 Mio) : rien n’a été lu. Vérifiez que l’URL pointe vers CAS.</translation>
    </message>
    <message>
        <source>The host name %1 could not be found: check the CAS URL for typos and your network or DNS.</source>
        <translation>Le nom d’hôte %1 est introuvable : vérifiez l’URL du CAS (fautes de frappe) ainsi que votre réseau ou votre DNS.</translation>
    </message>
    <message>
        <source>Nothing accepts connections at %1 port %2: check the host and port of the CAS URL.</source>
        <translation>Rien n’accepte de connexions sur %1 port %2 : vérifiez l’hôte et le port de l’URL du CAS.</translation>
    </message>
    <message>
        <source>%1 closed the connection before the answer was complete: try again, and check that the URL points at CAS.</source>
        <translation>%1 a fermé la connexion avant la fin de la réponse : réessayez et vérifiez que l’URL pointe vers CAS.</translation>
    </message>
    <message>
        <source>The request to %1 failed: %2</source>
        <translation>La requête vers %1 a échoué : %2</translation>
    </message>
    <message>
        <source>The secure connection to %1 could not be set up: check that the URL points at an https server.</source>
        <translation>La connexion sécurisée à %1 n’a pas pu être établie : vérifiez que l’URL pointe vers un serveur https.</translation>
    </message>
    <message>
        <source>The certificate of %1 is not trusted: neither the system nor the CA file %2 vouches for it. Check that the CA file holds the CA that issued the certificate of %1.</source>
        <translation>Le certificat de %1 n’est pas reconnu : ni le système ni le fichier CA %2 ne s’en portent garants. Vérifiez que le fichier CA contient l’autorité qui a émis le certificat de %1.</translation>
    </message>
    <message>
        <source>The certificate of %1 is not trusted (self-signed): add its CA file to the profile.</source>
        <translation>Le certificat de %1 n’est pas reconnu (auto-signé) : ajoutez son fichier CA au profil.</translation>
    </message>
    <message>
        <source>The certificate of %1 is not trusted (unknown issuer): add its CA file to the profile.</source>
        <translation>Le certificat de %1 n’est pas reconnu (émetteur inconnu) : ajoutez son fichier CA au profil.</translation>
    </message>
    <message>
        <source>The certificate of %1 is made out for another name: check the host name in the CAS URL.</source>
        <translation>Le certificat de %1 est établi pour un autre nom : vérifiez le nom d’hôte dans l’URL du CAS.</translation>
    </message>
    <message>
        <source>The certificate of %1 has expired: its operator must renew it.</source>
        <translation>Le certificat de %1 a expiré : son exploitant doit le renouveler.</translation>
    </message>
    <message>
        <source>The certificate of %1 is not valid yet: check this computer&apos;s clock.</source>
        <translation>Le certificat de %1 n’est pas encore valide : vérifiez l’horloge de cet ordinateur.</translation>
    </message>
    <message>
        <source>The certificate of %1 has been revoked.</source>
        <translation>Le certificat de %1 a été révoqué.</translation>
    </message>
    <message>
        <source>The certificate of %1 was refused: %2</source>
        <translation>Le certificat de %1 a été refusé : %2</translation>
    </message>
    <message>
        <source>CAS rejected the API key or secret (HTTP %1): check the key and secret of this profile.</source>
        <translation>CAS a refusé la clé ou le secret d’API (HTTP %1) : vérifiez la clé et le secret de ce profil.</translation>
    </message>
    <message>
        <source>HTTP %1: %2</source>
        <translation>HTTP %1 : %2</translation>
    </message>
    <message>
        <source>CAS answered HTTP %1: &quot;%2&quot;</source>
        <translation>CAS a répondu HTTP %1 : « %2 »</translation>
    </message>
    <message>
        <source>CAS answered HTTP %1 with an HTML page, probably from a proxy or web server in front of it: check the CAS URL, or try again later.</source>
        <translation>CAS a répondu HTTP %1 avec une page HTML, sans doute d’un proxy ou d’un serveur web placé devant : vérifiez l’URL du CAS ou réessayez plus tard.</translation>
    </message>
    <message>
        <source>CAS answered HTTP %1: check the CAS URL, or try again later.</source>
        <translation>CAS a répondu HTTP %1 : vérifiez l’URL du CAS ou réessayez plus tard.</translation>
    </message>
    <message>
        <source>CAS answered HTTP %1 without a usable redirect target: check the CAS URL.</source>
        <translation>CAS a répondu HTTP %1 sans cible de redirection utilisable : vérifiez l’URL du CAS.</translation>
    </message>
    <message>
        <source>CAS answered HTTP %1 but not with a JSON object (Content-Type: %2): check that the URL points at CAS.</source>
        <translation>CAS a répondu HTTP %1 mais pas avec un objet JSON (Content-Type : %2) : vérifiez que l’URL pointe vers CAS.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>CAS answered HTTP %1 with JSON but without a &quot;token&quot;: check that the URL points at CAS&apos;s /stream/token/v2/.</source>
        <translation>CAS a répondu HTTP %1 en JSON mais sans « token » : vérifiez que l’URL pointe vers /stream/token/v2/ de CAS.</translation>
    </message>
    <message>
        <source>Fields: %1</source>
        <translation>Champs : %1</translation>
    </message>
    <message>
        <source>The &quot;token&quot; CAS sent is not a JWT (three base64url parts separated by dots).</source>
        <translation>Le « token » envoyé par CAS n’est pas un JWT (trois parties base64url séparées par des points).</translation>
    </message>
    <message>
        <source>the system&apos;s trusted roots</source>
        <translation>les racines de confiance du système</translation>
    </message>
    <message>
        <source>the CA file %1</source>
        <translation>le fichier CA %1</translation>
    </message>
    <message>
        <source>a certificate this request trusts (not the system&apos;s roots)</source>
        <translation>un certificat auquel cette requête fait confiance (pas les racines du système)</translation>
    </message>
    <message>
        <source>The secure connection to %1 was not set up within %2 s: the server took the connection but did not finish the TLS handshake. Check that the URL points at an https server.</source>
        <translation>La connexion sécurisée à %1 n’a pas été établie en %2 s : le serveur a accepté la connexion mais n’a pas terminé la négociation TLS. Vérifiez que l’URL pointe vers un serveur https.</translation>
    </message>
    <message>
        <source>The proxy %1 did not open a connection to %2 within %3 s: check the proxy, or add %2 to no_proxy.</source>
        <translation>Le proxy %1 n’a pas ouvert de connexion vers %2 en %3 s : vérifiez le proxy, ou ajoutez %2 à no_proxy.</translation>
    </message>
    <message>
        <source>The proxy %1 could not take the request to %2 (%3): check the proxy, or add %2 to no_proxy.</source>
        <translation>Le proxy %1 n’a pas pu prendre la requête vers %2 (%3) : vérifiez le proxy, ou ajoutez %2 à no_proxy.</translation>
    </message>
    <message>
        <source>%1 sent more than %2 KiB of status line and headers (or more than %3 header fields), far more than any real answer: stopped reading. Check that the URL points at CAS.</source>
        <translation>%1 a envoyé plus de %2 Kio de ligne d’état et d’en-têtes (ou plus de %3 champs d’en-tête), bien plus que toute vraie réponse : lecture arrêtée. Vérifiez que l’URL pointe vers CAS.</translation>
    </message>
    <message>
        <source>CAS announced a body of %1 bytes, far more than a token (the limit is %2 MiB): not read. Check that the URL points at CAS.</source>
        <translation>CAS a annoncé un corps de %1 octets, bien plus qu’un jeton (la limite est de %2 Mio) : rien n’a été lu. Vérifiez que l’URL pointe vers CAS.</translation>
    </message>
    <message>
        <source>CAS sent a compressed body (Content-Encoding: %1) that expands to more than %2 MiB, far more than a token: stopped decoding. A body that small on the wire and that large decoded is a compression bomb; check that the URL points at CAS.</source>
        <translation>CAS a envoyé un corps compressé (Content-Encoding : %1) qui se décompresse en plus de %2 Mio, bien plus qu’un jeton : décodage arrêté. Un corps si petit sur le réseau et si grand une fois décodé est une bombe de décompression ; vérifiez que l’URL pointe vers CAS.</translation>
    </message>
    <message>
        <source>CAS sent a compressed body (Content-Encoding: %1) that cannot be decoded: check that the URL points at CAS, or try again.</source>
        <translation>CAS a envoyé un corps compressé (Content-Encoding : %1) qui ne peut pas être décodé : vérifiez que l’URL pointe vers CAS, ou réessayez.</translation>
    </message>
    <message>
        <source>%1 answered in an encoding that was not asked for (%2): check that the URL points at CAS.</source>
        <translation>%1 a répondu dans un encodage qui n’était pas demandé (%2) : vérifiez que l’URL pointe vers CAS.</translation>
    </message>
    <message>
        <source>%1 sent more than %2 interim (1xx) answers and no final one: stopped reading. Check that the URL points at CAS.</source>
        <translation>%1 a envoyé plus de %2 réponses intermédiaires (1xx) et aucune réponse finale : lecture arrêtée. Vérifiez que l’URL pointe vers CAS.</translation>
    </message>
    <message>
        <source>%1 did not answer in valid HTTP/1.1 (%2): check that the URL and port point at CAS&apos;s web server.</source>
        <translation>%1 n’a pas répondu en HTTP/1.1 valide (%2) : vérifiez que l’URL et le port pointent vers le serveur web de CAS.</translation>
    </message>
    <message>
        <source>The %1 of %2 has a %3-bit RSA key, too small for this computer&apos;s OpenSSL security level %4, which needs at least %5 bits: the server&apos;s operator must replace it with a key of %5 bits or more.</source>
        <translation>%1 de %2 a une clé RSA de %3 bits, trop petite pour le niveau de sécurité OpenSSL %4 de cet ordinateur, qui demande au moins %5 bits : l’exploitant du serveur doit la remplacer par une clé de %5 bits ou plus.</translation>
    </message>
    <message>
        <source>certificate</source>
        <translation>Le certificat</translation>
    </message>
    <message>
        <source>CA certificate &quot;%1&quot; in the chain</source>
        <translation>Le certificat d’autorité « %1 » de la chaîne</translation>
    </message>
    <message>
        <source>The CA file %1 cannot be read: pass a readable PEM file with --cacert.</source>
        <translation>Le fichier CA %1 ne peut pas être lu : passez un fichier PEM lisible avec --cacert.</translation>
    </message>
    <message>
        <source>CAS redirected more than %1 times (last to %2): the URL probably loops. Check the CAS URL.</source>
        <translation>Le CAS a redirigé plus de %1 fois (en dernier vers %2) : l’URL tourne probablement en boucle. Vérifiez l’URL du CAS.</translation>
    </message>
    <message>
        <source>The certificate of %1 is not trusted (self-signed): pass its CA file with --cacert.</source>
        <translation>Le certificat de %1 n’est pas reconnu (auto-signé) : passez son fichier CA avec --cacert.</translation>
    </message>
    <message>
        <source>The certificate of %1 is not trusted (unknown issuer): pass its CA file with --cacert.</source>
        <translation>Le certificat de %1 n’est pas reconnu (émetteur inconnu) : passez son fichier CA avec --cacert.</translation>
    </message>
    <message>
        <source>CAS rejected the API key or secret (HTTP %1): check the key and the secret.</source>
        <translation>CAS a refusé la clé ou le secret d’API (HTTP %1) : vérifiez la clé et le secret.</translation>
    </message>
    <message>
        <source>CAS answered HTTP %1 with %2 &quot;token&quot; members in one object: there is no telling which one is meant, so none is used.</source>
        <translation>CAS a répondu HTTP %1 avec %2 membres « token » dans un même objet : impossible de savoir lequel est visé, aucun n’est donc utilisé.</translation>
    </message>
    <message>
        <source>The token CAS sent says alg &quot;none&quot;: it is unsigned, and an unsigned token is never accepted.</source>
        <translation>Le jeton envoyé par CAS indique l’alg « none » : il n’est pas signé, et un jeton non signé n’est jamais accepté.</translation>
    </message>
    <message>
        <source>The token CAS sent has no &quot;alg&quot; in its header, so there is no telling how it was signed.</source>
        <translation>Le jeton envoyé par CAS n’a pas d’« alg » dans son en-tête, impossible donc de savoir comment il a été signé.</translation>
    </message>
    <message>
        <source>CAS answered HTTP %1 with JSON that breaks the JSON standard or nests too deep, so none of it is used: check that the URL points at CAS.</source>
        <translation>CAS a répondu HTTP %1 avec du JSON qui enfreint la norme JSON ou s’imbrique trop profondément, rien n’en est donc utilisé : vérifiez que l’URL pointe vers CAS.</translation>
    </message>
    <message>
        <source>The host name %1 has a character beyond ASCII (%2), and such a name can look like another one.</source>
        <translation>Le nom d’hôte %1 contient un caractère hors ASCII (%2), et un tel nom peut ressembler à un autre.</translation>
    </message>
    <message>
        <source>Type the host name in ASCII.</source>
        <translation>Saisissez le nom d’hôte en ASCII.</translation>
    </message>
    <message>
        <source>If it is the CAS you mean, type the name DNS knows it by: %1</source>
        <translation>Si c’est bien le CAS voulu, saisissez le nom sous lequel le DNS le connaît : %1</translation>
    </message>
</context>
<context>
    <name>ClaimsModel</name>
    <message>
        <source>%1… (%2 characters; the JSON view shows all)</source>
        <translation>%1… (%2 caractères ; la vue JSON montre tout)</translation>
    </message>
    <message>
        <source>No registered meaning</source>
        <translation>Aucune signification enregistrée</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Claim</translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation>Paramètre</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>Signification</translation>
    </message>
    <message>
        <source>Time (local)</source>
        <translation>Heure (locale)</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Heure (UTC)</translation>
    </message>
    <message>
        <source>Relative</source>
        <translation>Relatif</translation>
    </message>
    <message>
        <source>Defined by CAS; the public CAS docs do not explain it</source>
        <translation>Défini par CAS ; la documentation publique de CAS ne l’explique pas</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 n’existe pas</translation>
    </message>
    <message>
        <source>%1 is a folder, not a file</source>
        <translation>%1 est un dossier, pas un fichier</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>%1 is larger than %2 bytes</source>
        <translation>%1 dépasse %2 octets</translation>
    </message>
    <message>
        <source>(run cas-console --help)</source>
        <translation>(voir cas-console --help)</translation>
    </message>
    <message>
        <source>--timeout takes a whole number of seconds from %1 to %2, not &quot;%3&quot;</source>
        <translation>--timeout attend un nombre entier de secondes de %1 à %2, pas « %3 »</translation>
    </message>
    <message>
        <source>use either --profile or --url with --key, not both</source>
        <translation>utilisez soit --profile, soit --url avec --key, pas les deux</translation>
    </message>
    <message>
        <source>there is no profile &quot;%1&quot;; cas-console profile list shows the profiles</source>
        <translation>il n’y a pas de profil « %1 » ; cas-console profile list affiche les profils</translation>
    </message>
    <message>
        <source>say which CAS to ask: --profile NAME, or --url URL with --key KEY</source>
        <translation>indiquez quel CAS interroger : --profile NOM, ou --url URL avec --key CLÉ</translation>
    </message>
    <message>
        <source>API secret (typing is not shown):</source>
        <translation>Secret d’API (la saisie n’est pas affichée) :</translation>
    </message>
    <message>
        <source>profile &quot;%1&quot; has no API secret in the keychain (it was saved without one, or the keyring is locked). Give the secret in one of three ways: on standard input with --secret-stdin; in the CAS_API_SECRET environment variable; or store it with cas-console profile add %1 --url URL --key KEY --secret-stdin</source>
        <translation>le profil « %1 » n’a pas de secret d’API dans le trousseau (il a été enregistré sans, ou le trousseau est verrouillé). Donnez le secret de l’une de ces trois façons : sur l’entrée standard avec --secret-stdin ; dans la variable d’environnement CAS_API_SECRET ; ou enregistrez-le avec cas-console profile add %1 --url URL --key CLÉ --secret-stdin</translation>
    </message>
    <message>
        <source>cannot read the API secret of profile &quot;%1&quot; from the keychain: %2</source>
        <translation>impossible de lire le secret d’API du profil « %1 » dans le trousseau : %2</translation>
    </message>
    <message>
        <source>no API secret: pass it on standard input with --secret-stdin, or set CAS_API_SECRET</source>
        <translation>aucun secret d’API : passez-le sur l’entrée standard avec --secret-stdin, ou définissez CAS_API_SECRET</translation>
    </message>
    <message>
        <source>neither DISPLAY nor WAYLAND_DISPLAY is set</source>
        <translation>ni DISPLAY ni WAYLAND_DISPLAY n’est défini</translation>
    </message>
    <message>
        <source>The window needs a display (%1). Run it from a desktop session, or use the command line: cas-console --help lists the commands.</source>
        <translation>La fenêtre a besoin d’un affichage (%1). Lancez-la depuis une session de bureau, ou utilisez la ligne de commande : cas-console --help liste les commandes.</translation>
    </message>
    <message>
        <source>The window is missing from this installation (%1). Reinstall cas-console, or use the command line: cas-console --help lists the commands.</source>
        <translation>La fenêtre manque dans cette installation (%1). Réinstallez cas-console, ou utilisez la ligne de commande : cas-console --help liste les commandes.</translation>
    </message>
    <message>
        <source>%1 opens the window, so it cannot go with &quot;%2&quot;</source>
        <translation>%1 ouvre la fenêtre et ne peut donc pas aller avec « %2 »</translation>
    </message>
    <message>
        <source>there is no option %1</source>
        <translation>il n’y a pas d’option %1</translation>
    </message>
    <message>
        <source>it goes after a command: %1</source>
        <translation>elle se place après une commande : %1</translation>
    </message>
    <message>
        <source>%1 needs an action: %2 (run cas-console %1 --help)</source>
        <translation>%1 demande une action : %2 (voir cas-console %1 --help)</translation>
    </message>
    <message>
        <source>unknown %1 action &quot;%2&quot;: use %3</source>
        <translation>action %1 inconnue « %2 » : utilisez %3</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation>commande inconnue « %1 »</translation>
    </message>
    <message>
        <source>run cas-console --help for the list</source>
        <translation>cas-console --help en donne la liste</translation>
    </message>
    <message>
        <source>there is no command &quot;%1&quot;; run cas-console --help for the list</source>
        <translation>il n’y a pas de commande « %1 » ; cas-console --help en donne la liste</translation>
    </message>
    <message>
        <source>completion takes one shell: bash, zsh or fish</source>
        <translation>completion prend un shell : bash, zsh ou fish</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>argument inattendu « %1 »</translation>
    </message>
    <message>
        <source>Reading the token from standard input: paste it, then press Enter and Ctrl+D.</source>
        <translation>Lecture du jeton sur l’entrée standard : collez-le, puis appuyez sur Entrée et Ctrl+D.</translation>
    </message>
    <message>
        <source>the input on stdin is larger than 16 MiB; that is not a token</source>
        <translation>l’entrée sur stdin dépasse 16 Mio ; ce n’est pas un jeton</translation>
    </message>
    <message>
        <source>--from-curl gives the URL, key and secret itself: leave out --%1</source>
        <translation>--from-curl fournit lui-même l’URL, la clé et le secret : retirez --%1</translation>
    </message>
    <message>
        <source>Paste the curl command from the CAS documentation, then press Enter and Ctrl+D.</source>
        <translation>Collez la commande curl de la documentation de CAS, puis appuyez sur Entrée et Ctrl+D.</translation>
    </message>
    <message>
        <source>standard input holds more than 1 MiB, far more than a curl command</source>
        <translation>l’entrée standard contient plus de 1 Mio, bien plus qu’une commande curl</translation>
    </message>
    <message>
        <source>cannot read the curl command: %1</source>
        <translation>impossible de lire la commande curl : %1</translation>
    </message>
    <message>
        <source>  detail: %1</source>
        <translation>  détail : %1</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>En-tête</translation>
    </message>
    <message>
        <source>Payload</source>
        <translation>Charge utile</translation>
    </message>
    <message>
        <source>Signature: %1 bytes (%2)</source>
        <translation>Signature : %1 octets (%2)</translation>
    </message>
    <message>
        <source>no alg</source>
        <translation>pas d’alg</translation>
    </message>
    <message>
        <source>Time claims</source>
        <translation>Claims temporels</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Avertissement : %1</translation>
    </message>
    <message>
        <source>give exactly one key: --secret-stdin (a shared secret) or --key-file FILE</source>
        <translation>donnez exactement une clé : --secret-stdin (un secret partagé) ou --key-file FICHIER</translation>
    </message>
    <message>
        <source>--base64-secret goes with --secret-stdin</source>
        <translation>--base64-secret va avec --secret-stdin</translation>
    </message>
    <message>
        <source>the token and the secret cannot both come from standard input: pass the token as an argument</source>
        <translation>le jeton et le secret ne peuvent pas venir tous deux de l’entrée standard : passez le jeton en argument</translation>
    </message>
    <message>
        <source>cannot use the key file: %1</source>
        <translation>fichier de clé inutilisable : %1</translation>
    </message>
    <message>
        <source>Shared secret (typing is not shown):</source>
        <translation>Secret partagé (la saisie n’est pas affichée) :</translation>
    </message>
    <message>
        <source>Pass it with --key-file FILE.</source>
        <translation>Passez-la avec --key-file FICHIER.</translation>
    </message>
    <message>
        <source>No profiles yet. Add one with: cas-console profile add NAME --url URL --key KEY --secret-stdin</source>
        <translation>Aucun profil pour l’instant. Ajoutez-en un avec : cas-console profile add NOM --url URL --key CLÉ --secret-stdin</translation>
    </message>
    <message>
        <source>a profile needs --url URL and --key KEY, or --from-curl FILE</source>
        <translation>un profil demande --url URL et --key CLÉ, ou --from-curl FICHIER</translation>
    </message>
    <message>
        <source>profile &quot;%1&quot; was not changed: its URL or API key changes, so the secret stored for the old one must be deleted first, and it could not be: %2 Unlock the keychain and try again, or give the secret for the new one with --secret-stdin.</source>
        <translation>le profil « %1 » n’a pas été modifié : son URL ou sa clé d’API change, donc le secret enregistré pour l’ancienne doit d’abord être supprimé, et il n’a pas pu l’être : %2 Déverrouillez le trousseau et réessayez, ou donnez le secret de la nouvelle avec --secret-stdin.</translation>
    </message>
    <message>
        <source>profile &quot;%1&quot; was saved, but its API secret could not be stored in the keychain: %2</source>
        <translation>le profil « %1 » a été enregistré, mais son secret d’API n’a pas pu être placé dans le trousseau : %2</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; saved; its API secret is in the system keychain.</source>
        <translation>Profil « %1 » enregistré ; son secret d’API est dans le trousseau du système.</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; saved; its API secret in the keychain (if any) is kept.</source>
        <translation>Profil « %1 » enregistré ; son secret d’API dans le trousseau (s’il y en a un) est conservé.</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; saved without a secret; pass one later with --secret-stdin, or with CAS_API_SECRET when fetching.</source>
        <translation>Profil « %1 » enregistré sans secret ; passez-en un plus tard avec --secret-stdin, ou avec CAS_API_SECRET lors de la demande.</translation>
    </message>
    <message>
        <source>say which profile to remove: cas-console profile remove NAME</source>
        <translation>indiquez quel profil supprimer : cas-console profile remove NOM</translation>
    </message>
    <message>
        <source>there is no profile &quot;%1&quot;</source>
        <translation>il n’y a pas de profil « %1 »</translation>
    </message>
    <message>
        <source>profile &quot;%1&quot; was kept because its keychain entries could not be deleted: %2 Unlock the keychain and try again, or remove the profile anyway with --force (the entries then stay in the keychain).</source>
        <translation>le profil « %1 » a été conservé car ses entrées du trousseau n’ont pas pu être supprimées : %2 Déverrouillez le trousseau et réessayez, ou supprimez quand même le profil avec --force (les entrées restent alors dans le trousseau).</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; removed, but these stay in the keychain: %2 (%3)</source>
        <translation>Profil « %1 » supprimé, mais ceci reste dans le trousseau : %2 (%3)</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; removed, with its API secret and history.</source>
        <translation>Profil « %1 » supprimé, avec son secret d’API et son historique.</translation>
    </message>
    <message>
        <source>profile needs an action: add, list or remove</source>
        <translation>profile demande une action : add, list ou remove</translation>
    </message>
    <message>
        <source>unknown profile action &quot;%1&quot;: use add, list or remove</source>
        <translation>action de profil inconnue « %1 » : utilisez add, list ou remove</translation>
    </message>
    <message>
        <source>--cert-out writes the demo CAS&apos;s certificate, which only --tls makes: add --tls</source>
        <translation>--cert-out écrit le certificat du CAS de démonstration, que seul --tls crée : ajoutez --tls</translation>
    </message>
    <message>
        <source>--port takes a number from 0 to 65535 (0 picks a free port), not &quot;%1&quot;</source>
        <translation>--port prend un nombre de 0 à 65535 (0 choisit un port libre), pas « %1 »</translation>
    </message>
    <message>
        <source>unknown scenario &quot;%1&quot;: use success, wrong-credentials, server-error, slow, expired-token or redirect-other-host</source>
        <translation>scénario inconnu « %1 » : utilisez success, wrong-credentials, server-error, slow, expired-token ou redirect-other-host</translation>
    </message>
    <message>
        <source>the demo CAS could not start: %1</source>
        <translation>le CAS de démonstration n’a pas pu démarrer : %1</translation>
    </message>
    <message>
        <source>cannot write the demo certificate to %1: %2</source>
        <translation>impossible d’écrire le certificat de démonstration dans %1 : %2</translation>
    </message>
    <message>
        <source>Demo CAS running; these demo credentials are public and only work here. Try: echo %1 | cas-console token --url %2 --key %3 --secret-stdin%4
Press Ctrl+C to stop.</source>
        <translation>CAS de démonstration en marche ; ces identifiants de démonstration sont publics et ne fonctionnent qu’ici. Essayez : echo %1 | cas-console token --url %2 --key %3 --secret-stdin%4
Ctrl+C pour l’arrêter.</translation>
    </message>
    <message>
        <source>say where to write the QR code: --output FILE.png or --output FILE.svg</source>
        <translation>indiquez où écrire le code QR : --output FICHIER.png ou --output FICHIER.svg</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d’écrire %1 : %2</translation>
    </message>
    <message>
        <source>QR code written to %1 (%2 modules per side).</source>
        <translation>Code QR écrit dans %1 (%2 modules par côté).</translation>
    </message>
    <message>
        <source>--secret-stdin was given but there is no secret: %1</source>
        <translation>--secret-stdin a été donné mais il n’y a pas de secret : %1</translation>
    </message>
    <message>
        <source>no secret was typed</source>
        <translation>aucun secret n’a été saisi</translation>
    </message>
    <message>
        <source>standard input holds more than 64 KiB, far more than a secret</source>
        <translation>l’entrée standard contient plus de 64 Kio, bien plus qu’un secret</translation>
    </message>
    <message>
        <source>standard input was empty</source>
        <translation>l’entrée standard était vide</translation>
    </message>
    <message>
        <source>cannot use the access code file: %1</source>
        <translation>impossible d’utiliser le fichier de code d’accès : %1</translation>
    </message>
    <message>
        <source>the first line of the access code file %1 must be the code: printable ASCII without spaces</source>
        <translation>la première ligne du fichier de code d’accès %1 doit être le code : de l’ASCII imprimable sans espaces</translation>
    </message>
    <message>
        <source>--bind takes an IP address such as 127.0.0.1 or 0.0.0.0, not &quot;%1&quot;</source>
        <translation>--bind attend une adresse IP comme 127.0.0.1 ou 0.0.0.0, pas « %1 »</translation>
    </message>
    <message>
        <source>--min-validity takes a number of seconds from 0 to 86400, not &quot;%1&quot;</source>
        <translation>--min-validity attend un nombre de secondes de 0 à 86400, pas « %1 »</translation>
    </message>
    <message>
        <source>--allow-origin takes an origin such as http://192.168.1.20:8080 (scheme, host and port, no path), not &quot;%1&quot;</source>
        <translation>--allow-origin attend une origine comme http://192.168.1.20:8080 (schéma, hôte et port, sans chemin), pas « %1 »</translation>
    </message>
    <message>
        <source>--bind %1 lets other devices ask for tokens: give an access code with --access-code-file FILE (clients then send &quot;Authorization: Bearer CODE&quot;), or bind to 127.0.0.1</source>
        <translation>--bind %1 permet à d’autres appareils de demander des jetons : donnez un code d’accès avec --access-code-file FICHIER (les clients envoient alors « Authorization: Bearer CODE »), ou écoutez sur 127.0.0.1</translation>
    </message>
</context>
<context>
    <name>ClipboardStatusLabel</name>
    <message numerus="yes">
        <source>Clipboard clears in %n s</source>
        <translation>
            <numerusform>Le presse-papiers sera vidé dans %n s</numerusform>
            <numerusform>Le presse-papiers sera vidé dans %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>Clipboard cleared</source>
        <translation>Presse-papiers vidé</translation>
    </message>
</context>
<context>
    <name>ClockCheck</name>
    <message>
        <source>Your clock is %1 ahead of CAS&apos;s: valid tokens may look expired before they are.</source>
        <translation>Votre horloge avance de %1 sur celle de CAS : des jetons valides peuvent paraître expirés avant de l’être.</translation>
    </message>
    <message>
        <source>Your clock is %1 behind CAS&apos;s: fresh tokens may look issued in the future or not yet valid, and expired ones may look valid.</source>
        <translation>Votre horloge retarde de %1 sur celle de CAS : des jetons récents peuvent sembler émis dans le futur ou pas encore valides, et des jetons expirés sembler valides.</translation>
    </message>
    <message>
        <source>Your clock agrees with CAS&apos;s.</source>
        <translation>Votre horloge est d’accord avec celle de CAS.</translation>
    </message>
    <message>
        <source>Your clock agrees with CAS&apos;s (%1 ahead).</source>
        <translation>Votre horloge est d’accord avec celle de CAS (%1 d’avance).</translation>
    </message>
    <message>
        <source>Your clock agrees with CAS&apos;s (%1 behind).</source>
        <translation>Votre horloge est d’accord avec celle de CAS (%1 de retard).</translation>
    </message>
</context>
<context>
    <name>CommandTable</name>
    <message>
        <source>print one JSON object (on failure too, with an &quot;error&quot; member)</source>
        <translation>afficher un objet JSON (en cas d’échec aussi, avec un membre « error »)</translation>
    </message>
    <message>
        <source>the CAS base URL (https; plain http only to loopback)</source>
        <translation>l’URL de base de CAS (https ; http simple seulement vers la boucle locale)</translation>
    </message>
    <message>
        <source>the API key</source>
        <translation>la clé d’API</translation>
    </message>
    <message>
        <source>also trust this CA certificate file</source>
        <translation>faire aussi confiance à ce fichier de certificat d’autorité</translation>
    </message>
    <message>
        <source>give up after SEC seconds, 1 to 3600 (default 15)</source>
        <translation>abandonner après SEC secondes, de 1 à 3600 (15 par défaut)</translation>
    </message>
    <message>
        <source>use a saved profile (URL, key, CA file, timeout, secret)</source>
        <translation>utiliser un profil enregistré (URL, clé, fichier CA, délai, secret)</translation>
    </message>
    <message>
        <source>read the API secret from standard input (the whole input, one trailing newline removed; on a terminal: a prompt that does not echo)</source>
        <translation>lire le secret d’API sur l’entrée standard (toute l’entrée, un saut de ligne final retiré ; sur un terminal : une invite sans écho)</translation>
    </message>
    <message>
        <source>(--profile NAME | --url URL --key KEY) [--cacert PEM] [--timeout SEC] [--json] [--secret-stdin]</source>
        <translation>(--profile NOM | --url URL --key CLÉ) [--cacert PEM] [--timeout SEC] [--json] [--secret-stdin]</translation>
    </message>
    <message>
        <source>Get a token from CAS. The secret comes from --secret-stdin, else the CAS_API_SECRET environment variable, else the profile&apos;s keychain entry.</source>
        <translation>Obtenir un jeton de CAS. Le secret vient de --secret-stdin, sinon de la variable d’environnement CAS_API_SECRET, sinon de l’entrée du trousseau du profil.</translation>
    </message>
    <message>
        <source>[TOKEN|-] [--json]</source>
        <translation>[JETON|-] [--json]</translation>
    </message>
    <message>
        <source>Show the header, payload and time claims of a token (read from standard input when TOKEN is - or left out).</source>
        <translation>Afficher l’en-tête, la charge utile et les claims temporels d’un jeton (lu sur l’entrée standard si JETON vaut - ou est omis).</translation>
    </message>
    <message>
        <source>[TOKEN|-] (--secret-stdin [--base64-secret] | --key-file FILE) [--json]</source>
        <translation>[JETON|-] (--secret-stdin [--base64-secret] | --key-file FICHIER) [--json]</translation>
    </message>
    <message>
        <source>Check the signature with a shared secret (HS256/384/512) or a public key: PEM, certificate, JWK or JWKS. Key material is never taken as a shared secret.</source>
        <translation>Vérifier la signature avec un secret partagé (HS256/384/512) ou une clé publique : PEM, certificat, JWK ou JWKS. Du matériel de clé n’est jamais pris comme secret partagé.</translation>
    </message>
    <message>
        <source>read the shared secret from standard input: the whole input, one trailing newline removed (on a terminal: a prompt that does not echo)</source>
        <translation>lire le secret partagé sur l’entrée standard : toute l’entrée, un saut de ligne final retiré (sur un terminal : une invite sans écho)</translation>
    </message>
    <message>
        <source>the secret is base64 or base64url encoded</source>
        <translation>le secret est encodé en base64 ou base64url</translation>
    </message>
    <message>
        <source>a PEM public key, certificate, JWK or JWKS</source>
        <translation>une clé publique PEM, un certificat, une JWK ou un JWKS</translation>
    </message>
    <message>
        <source>NAME (--url URL --key KEY | --from-curl FILE|-) [--cacert PEM] [--timeout SEC] [--secret-stdin]</source>
        <translation>NOM (--url URL --key CLÉ | --from-curl FICHIER|-) [--cacert PEM] [--timeout SEC] [--secret-stdin]</translation>
    </message>
    <message>
        <source>Save a profile; its secret goes only into the system keychain. --from-curl reads a curl command as the CAS docs print it (URL, auth-api-key and auth-api-secret headers).</source>
        <translation>Enregistrer un profil ; son secret va uniquement dans le trousseau du système. --from-curl lit une commande curl telle que la documentation de CAS l’affiche (URL, en-têtes auth-api-key et auth-api-secret).</translation>
    </message>
    <message>
        <source>take the URL, key and secret from a curl command in FILE (- for standard input)</source>
        <translation>prendre l’URL, la clé et le secret d’une commande curl dans FICHIER (- pour l’entrée standard)</translation>
    </message>
    <message>
        <source>List the profiles: name, URL, API key (tab-separated).</source>
        <translation>Lister les profils : nom, URL, clé d’API (séparés par des tabulations).</translation>
    </message>
    <message>
        <source>NAME [--force]</source>
        <translation>NOM [--force]</translation>
    </message>
    <message>
        <source>Remove a profile with its API secret and history in the keychain. If the keychain cannot delete them, the profile is kept and the exit status is 7.</source>
        <translation>Supprimer un profil avec son secret d’API et son historique dans le trousseau. Si le trousseau ne peut pas les supprimer, le profil est conservé et le code de sortie est 7.</translation>
    </message>
    <message>
        <source>remove the profile even when its keychain entries cannot be deleted (they stay)</source>
        <translation>supprimer le profil même si ses entrées du trousseau ne peuvent pas être supprimées (elles restent)</translation>
    </message>
    <message>
        <source>[--port N] [--tls [--cert-out FILE]] [--scenario NAME]</source>
        <translation>[--port N] [--tls [--cert-out FICHIER]] [--scenario NOM]</translation>
    </message>
    <message>
        <source>Run the embedded demo CAS on 127.0.0.1 until interrupted. It prints its URL, the public demo credentials and the secret its tokens are signed with.</source>
        <translation>Faire tourner le CAS de démonstration intégré sur 127.0.0.1 jusqu’à interruption. Il affiche son URL, les identifiants publics de démonstration et le secret qui signe ses jetons.</translation>
    </message>
    <message>
        <source>listen on port N (0, the default, picks a free port)</source>
        <translation>écouter sur le port N (0, par défaut, choisit un port libre)</translation>
    </message>
    <message>
        <source>serve HTTPS with a fresh self-signed certificate</source>
        <translation>servir en HTTPS avec un nouveau certificat auto-signé</translation>
    </message>
    <message>
        <source>how the demo CAS answers</source>
        <translation>la façon dont le CAS de démonstration répond</translation>
    </message>
    <message>
        <source>with --tls: write the certificate (the CA file) here</source>
        <translation>avec --tls : écrire le certificat (le fichier CA) ici</translation>
    </message>
    <message>
        <source>[TOKEN|-] --output FILE.png|FILE.svg</source>
        <translation>[JETON|-] --output FICHIER.png|FICHIER.svg</translation>
    </message>
    <message>
        <source>Write the token as a QR code.</source>
        <translation>Écrire le jeton sous forme de code QR.</translation>
    </message>
    <message>
        <source>where to write it: a .png or .svg file</source>
        <translation>où l’écrire : un fichier .png ou .svg</translation>
    </message>
    <message>
        <source>(--profile NAME | --url URL --key KEY [--cacert PEM]) [--secret-stdin] [--port N] [--bind ADDR] [--allow-origin ORIGIN]... [--access-code-file FILE] [--min-validity SEC] [--timeout SEC]</source>
        <translation>(--profile NOM | --url URL --key CLÉ [--cacert PEM]) [--secret-stdin] [--port N] [--bind ADRESSE] [--allow-origin ORIGINE]... [--access-code-file FICHIER] [--min-validity SEC] [--timeout SEC]</translation>
    </message>
    <message>
        <source>Hand tokens to sample apps: GET http://HOST:PORT/token?session=NAME. One token per session; browsers only from http://localhost, http://127.0.0.1 and --allow-origin; other addresses than loopback need an access code.</source>
        <translation>Fournir des jetons aux applications d’exemple : GET http://HÔTE:PORT/token?session=NOM. Un jeton par session ; navigateurs seulement depuis http://localhost, http://127.0.0.1 et --allow-origin ; les adresses autres que le loopback demandent un code d’accès.</translation>
    </message>
    <message>
        <source>listen on this IP address (default 127.0.0.1)</source>
        <translation>écouter sur cette adresse IP (par défaut 127.0.0.1)</translation>
    </message>
    <message>
        <source>also answer browsers from this origin (may be repeated)</source>
        <translation>répondre aussi aux navigateurs de cette origine (peut être répété)</translation>
    </message>
    <message>
        <source>clients must send the code on this file&apos;s first line</source>
        <translation>les clients doivent envoyer le code de la première ligne de ce fichier</translation>
    </message>
    <message>
        <source>fetch a new token when the current one has fewer seconds left</source>
        <translation>récupérer un nouveau jeton quand l’actuel a moins de secondes de validité</translation>
    </message>
    <message>
        <source>[COMMAND]</source>
        <translation>[COMMANDE]</translation>
    </message>
    <message>
        <source>Show this help, or a command&apos;s own.</source>
        <translation>Afficher cette aide, ou celle d’une commande.</translation>
    </message>
    <message>
        <source>bash|zsh|fish</source>
        <translation>bash|zsh|fish</translation>
    </message>
    <message>
        <source>Print the shell completion script (the packages install them).</source>
        <translation>Afficher le script de complétion du shell (les paquets l’installent).</translation>
    </message>
    <message>
        <source>Manage profiles</source>
        <translation>Gérer les profils</translation>
    </message>
    <message>
        <source>Usage: cas-console [--demo]              open the window (--demo: with the local demo CAS)
       cas-console COMMAND [OPTIONS]     run headless
       cas-console COMMAND --help        a command&apos;s options and examples

Commands:
</source>
        <translation>Usage : cas-console [--demo]              ouvre la fenêtre (--demo : avec le CAS de démonstration local)
        cas-console COMMANDE [OPTIONS]  sans fenêtre
        cas-console COMMANDE --help     les options et exemples d’une commande

Commandes :
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
Options : --help, --version

Codes de sortie : 0 ok, 1 erreur interne, 2 usage (mauvaise option, URL ou fichier ; pas d’affichage pour la fenêtre),
3 réseau/TLS/délai/redirection refusée, 4 identifiants refusés, 5 autre erreur de CAS,
6 mauvaise réponse, jeton ou clé mal formés, 7 trousseau indisponible ou en échec,
8 la signature ne correspond pas ou clé refusée.
</translation>
    </message>
    <message>
        <source>Usage: cas-console %1 %2</source>
        <translation>Usage : cas-console %1 %2</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Options :</translation>
    </message>
    <message>
        <source>show this help</source>
        <translation>afficher cette aide</translation>
    </message>
    <message>
        <source>Examples:</source>
        <translation>Exemples :</translation>
    </message>
    <message>
        <source>--secret is not accepted: a secret on the command line ends up in shell history and process lists. Use --secret-stdin, or set CAS_API_SECRET.</source>
        <translation>--secret n’est pas accepté : un secret sur la ligne de commande finit dans l’historique du shell et les listes de processus. Utilisez --secret-stdin, ou définissez CAS_API_SECRET.</translation>
    </message>
    <message>
        <source>%1 is not in the command table</source>
        <translation>%1 n’est pas dans la table des commandes</translation>
    </message>
    <message>
        <source>(run cas-console %1 --help)</source>
        <translation>(voir cas-console %1 --help)</translation>
    </message>
    <message>
        <source>the %1 command has no option %2</source>
        <translation>la commande %1 n’a pas d’option %2</translation>
    </message>
    <message>
        <source>did you mean %1?</source>
        <translation>vouliez-vous dire %1 ?</translation>
    </message>
</context>
<context>
    <name>CopyAsMenu</name>
    <message>
        <source>Copy &amp;as</source>
        <translation>Copier &amp;comme</translation>
    </message>
    <message>
        <source>&amp;Token</source>
        <translation>&amp;Jeton</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Jeton</translation>
    </message>
    <message>
        <source>&amp;JSON  {&quot;token&quot;: …}</source>
        <translation>JSO&amp;N  {&quot;token&quot;: …}</translation>
    </message>
    <message>
        <source>Token as JSON</source>
        <translation>Jeton en JSON</translation>
    </message>
    <message>
        <source>&amp;Environment line  CAS_TOKEN=…</source>
        <translation>Ligne d’&amp;environnement  CAS_TOKEN=…</translation>
    </message>
    <message>
        <source>CAS_TOKEN line</source>
        <translation>Ligne CAS_TOKEN</translation>
    </message>
    <message>
        <source>&amp;Web SDK  WTSDK.Session.connect(…)</source>
        <translation>SDK &amp;Web  WTSDK.Session.connect(…)</translation>
    </message>
    <message>
        <source>The Web SDK call from the public docs, with the display name set under Edit templates</source>
        <translation>L’appel du SDK Web tiré de la documentation publique, avec le nom affiché défini sous Modifier les modèles</translation>
    </message>
    <message>
        <source>Web SDK snippet</source>
        <translation>Extrait SDK Web</translation>
    </message>
    <message>
        <source>CAS request as &amp;curl</source>
        <translation>Requête CAS en c&amp;url</translation>
    </message>
    <message>
        <source>The request for a new token; the secret is read from $CAS_API_SECRET, never copied</source>
        <translation>La requête d’un nouveau jeton ; le secret est lu depuis $CAS_API_SECRET, jamais copié</translation>
    </message>
    <message>
        <source>curl command</source>
        <translation>commande curl</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Modèles</translation>
    </message>
    <message>
        <source>No templates</source>
        <translation>Aucun modèle</translation>
    </message>
    <message>
        <source>Unknown placeholders are copied as they are: %1</source>
        <translation>Les variables inconnues sont copiées telles quelles : %1</translation>
    </message>
    <message>
        <source>Template &quot;%1&quot;</source>
        <translation>Modèle « %1 »</translation>
    </message>
    <message>
        <source>Cop&amp;y as…</source>
        <translation>Copier co&amp;mme…</translation>
    </message>
    <message>
        <source>Copy the token for a sample app: JSON, env line, curl, Web SDK snippet or your templates</source>
        <translation>Copier le jeton pour une application d’exemple : JSON, ligne d’environnement, curl, extrait SDK Web ou vos modèles</translation>
    </message>
    <message>
        <source>E&amp;dit templates…</source>
        <translation>&amp;Modifier les modèles…</translation>
    </message>
</context>
<context>
    <name>CurlCommand</name>
    <message>
        <source>The curl command has a quote that is never closed: copy the whole command again.</source>
        <translation>La commande curl a un guillemet jamais fermé : copiez de nouveau toute la commande.</translation>
    </message>
    <message>
        <source>This is not a curl command: it should start with &quot;curl&quot;, as in the CAS documentation.</source>
        <translation>Ce n’est pas une commande curl : elle devrait commencer par « curl », comme dans la documentation de CAS.</translation>
    </message>
    <message>
        <source>The curl command has no URL (--url https://…).</source>
        <translation>La commande curl n’a pas d’URL (--url https://…).</translation>
    </message>
    <message>
        <source>The curl command has no auth-api-key header, so it does not say which API key to use.</source>
        <translation>La commande curl n’a pas d’en-tête auth-api-key ; elle n’indique donc pas quelle clé d’API utiliser.</translation>
    </message>
</context>
<context>
    <name>DecodedView</name>
    <message>
        <source>Nothing decoded</source>
        <translation>Rien de décodé</translation>
    </message>
    <message>
        <source>Decode warnings</source>
        <translation>Avertissements du décodage</translation>
    </message>
    <message>
        <source>Header JSON</source>
        <translation>JSON de l’en-tête</translation>
    </message>
    <message>
        <source>Payload JSON</source>
        <translation>JSON de la charge utile</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>Claims</translation>
    </message>
    <message>
        <source>Header parameters</source>
        <translation>Paramètres d’en-tête</translation>
    </message>
    <message>
        <source>Nothing decoded yet. Get a token (%1) or paste one (%2) to see its header, payload and claims.</source>
        <translation>Rien de décodé pour l’instant. Obtenez un jeton (%1) ou collez-en un (%2) pour voir son en-tête, sa charge utile et ses claims.</translation>
    </message>
    <message>
        <source>… %1 more characters are not shown here; Copy header / Copy payload on the Token tab copies all of it.</source>
        <translation>… %1 caractères de plus ne sont pas affichés ici ; Copier l’en-tête / Copier la charge utile dans l’onglet Jeton copie tout.</translation>
    </message>
    <message>
        <source>valid since 59 min 59 s ago</source>
        <translation>valide depuis 59 min 59 s</translation>
    </message>
    <message>
        <source>H&amp;eader</source>
        <translation>En-tête</translation>
    </message>
    <message>
        <source>Payloa&amp;d</source>
        <translation>Char&amp;ge utile</translation>
    </message>
    <message>
        <source>&amp;Claims</source>
        <translation>Re&amp;vendications</translation>
    </message>
    <message>
        <source>Header parame&amp;ters</source>
        <translation>Paramètres d’en-tête</translation>
    </message>
</context>
<context>
    <name>DemoCasServer</name>
    <message>
        <source>The demo CAS could not listen on 127.0.0.1:%1: %2</source>
        <translation>Le CAS de démonstration n’a pas pu écouter sur 127.0.0.1:%1 : %2</translation>
    </message>
</context>
<context>
    <name>DemoControl</name>
    <message>
        <source>Demo scenario</source>
        <translation>Scénario de démonstration</translation>
    </message>
    <message>
        <source>How the local demo CAS answers the next request: show the error handling live</source>
        <translation>Comment le CAS de démonstration local répond à la prochaine requête : montre la gestion des erreurs en direct</translation>
    </message>
    <message>
        <source>Demo answers: success</source>
        <translation>La démo répond : succès</translation>
    </message>
    <message>
        <source>Demo answers: wrong credentials (401)</source>
        <translation>La démo répond : identifiants erronés (401)</translation>
    </message>
    <message>
        <source>Demo answers: server error (500)</source>
        <translation>La démo répond : erreur du serveur (500)</translation>
    </message>
    <message>
        <source>Demo answers: slowly (5 s)</source>
        <translation>La démo répond : lentement (5 s)</translation>
    </message>
    <message>
        <source>Demo answers: an expired token</source>
        <translation>La démo répond : un jeton expiré</translation>
    </message>
    <message>
        <source>Demo answers: redirect to another host</source>
        <translation>La démo répond : redirection vers un autre hôte</translation>
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
        <translation>1 jour</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 jours</translation>
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
        <translation>%1 j</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 j %2 h</translation>
    </message>
</context>
<context>
    <name>EnvironmentProxyFactory</name>
    <message>
        <source>%1 is set to &quot;%2&quot;, which is not a proxy URL: set it to http://HOST:PORT, or unset it.</source>
        <translation>%1 vaut « %2 », qui n’est pas une URL de proxy : donnez-lui la forme http://HÔTE:PORT, ou supprimez-la.</translation>
    </message>
    <message>
        <source>%1 names a %2:// proxy, which CAS Console cannot use: use an http:// or socks5:// proxy, or unset it.</source>
        <translation>%1 désigne un proxy %2://, que CAS Console ne sait pas utiliser : utilisez un proxy http:// ou socks5://, ou supprimez la variable.</translation>
    </message>
</context>
<context>
    <name>ErrorBanner</name>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Technical details</source>
        <translation>Détails techniques</translation>
    </message>
    <message>
        <source>Show the technical details</source>
        <translation>Afficher les détails techniques</translation>
    </message>
    <message>
        <source>Close this message</source>
        <translation>Fermer ce message</translation>
    </message>
    <message>
        <source>Close message</source>
        <translation>Fermer le message</translation>
    </message>
    <message>
        <source>The request failed.</source>
        <translation>La requête a échoué.</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Information</translation>
    </message>
    <message>
        <source>Hide the technical details</source>
        <translation>Masquer les détails techniques</translation>
    </message>
    <message>
        <source>Sho&amp;w details</source>
        <translation>Afficher les dé&amp;tails</translation>
    </message>
</context>
<context>
    <name>ExpiryBadge</name>
    <message>
        <source>Token expiry status, updated every second</source>
        <translation>État d’expiration du jeton, mis à jour chaque seconde</translation>
    </message>
    <message>
        <source>%1: %2 (local) / %3 UTC</source>
        <translation>%1 : %2 (local) / %3 UTC</translation>
    </message>
    <message>
        <source>No expiry</source>
        <translation>Pas d’expiration</translation>
    </message>
    <message>
        <source>Not yet valid · in %1</source>
        <translation>Pas encore valide · dans %1</translation>
    </message>
    <message>
        <source>Valid · expires in %1</source>
        <translation>Valide · expire dans %1</translation>
    </message>
    <message>
        <source>Expires soon · %1 left</source>
        <translation>Expire bientôt · reste %1</translation>
    </message>
    <message>
        <source>Expired · just now</source>
        <translation>Expiré · à l’instant</translation>
    </message>
    <message>
        <source>Expired · %1 ago</source>
        <translation>Expiré · il y a %1</translation>
    </message>
</context>
<context>
    <name>ExpiryGuard</name>
    <message>
        <source>This token has just expired: clients will be refused. Fetch a fresh one?</source>
        <translation>Ce jeton vient d’expirer : les clients seront refusés. En obtenir un nouveau ?</translation>
    </message>
    <message>
        <source>This token expired %1 ago: clients will be refused. Fetch a fresh one?</source>
        <translation>Ce jeton a expiré il y a %1 : les clients seront refusés. En obtenir un nouveau ?</translation>
    </message>
    <message>
        <source>This token expires in %1: clients that join later will be refused. Fetch a fresh one?</source>
        <translation>Ce jeton expire dans %1 : les clients qui rejoindront plus tard seront refusés. En obtenir un nouveau ?</translation>
    </message>
</context>
<context>
    <name>FlowDiagram</name>
    <message>
        <source>Flow diagram</source>
        <translation>Diagramme du flux</translation>
    </message>
    <message>
        <source>Your backend</source>
        <translation>Votre backend</translation>
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
        <translation>SDK client</translation>
    </message>
    <message>
        <source>CAS Console</source>
        <translation>CAS Console</translation>
    </message>
    <message>
        <source>header</source>
        <translation>en-tête</translation>
    </message>
    <message>
        <source>payload</source>
        <translation>charge utile</translation>
    </message>
    <message>
        <source>signature</source>
        <translation>signature</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>en attente</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>prêt</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>done</source>
        <translation>terminé</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échoué</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
</context>
<context>
    <name>FlowView</name>
    <message>
        <source>Show the API key and the token parts that presentation mode hides</source>
        <translation>Afficher la clé d’API et les parties du jeton que le mode présentation masque</translation>
    </message>
    <message>
        <source>Pause at each step of the request and reveal the next one with Next step</source>
        <translation>S’arrêter à chaque étape de la requête et révéler la suivante avec Étape suivante</translation>
    </message>
    <message>
        <source>Reveal the next step (Space or Right arrow)</source>
        <translation>Révéler l’étape suivante (Espace ou flèche droite)</translation>
    </message>
    <message>
        <source>Step detail</source>
        <translation>Détail de l’étape</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Explication</translation>
    </message>
    <message>
        <source>no alg</source>
        <translation>pas d’alg</translation>
    </message>
    <message>
        <source>The token is a JWT: a header, a payload (%1) and a signature (%2) made with CAS&apos;s own key.</source>
        <translation>Le jeton est un JWT : un en-tête, une charge utile (%1) et une signature (%2) faite avec la propre clé de CAS.</translation>
    </message>
    <message>
        <source>no claims</source>
        <translation>aucun claim</translation>
    </message>
    <message>
        <source>The response did not carry a readable JWT: %1</source>
        <translation>La réponse ne contenait pas de JWT lisible : %1</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Prêt</translation>
    </message>
    <message>
        <source>Request sent</source>
        <translation>Requête envoyée</translation>
    </message>
    <message>
        <source>Response received</source>
        <translation>Réponse reçue</translation>
    </message>
    <message>
        <source>Token decoded</source>
        <translation>Jeton décodé</translation>
    </message>
    <message>
        <source>Handed to a client</source>
        <translation>Remis à un client</translation>
    </message>
    <message>
        <source>Request failed</source>
        <translation>Échec de la requête</translation>
    </message>
    <message>
        <source>Get a token to watch the request travel from your backend through CAS to a client app.</source>
        <translation>Obtenez un jeton pour suivre la requête de votre backend à une application cliente en passant par CAS.</translation>
    </message>
    <message>
        <source>Your backend asks CAS for a session token with its API key and secret. The secret stays on the backend: a front end would leak it to every user.</source>
        <translation>Votre backend demande à CAS un jeton de session avec sa clé et son secret d’API. Le secret reste sur le backend : un frontend le divulguerait à chaque utilisateur.</translation>
    </message>
    <message>
        <source>CAS checks the key and secret and answers with {&quot;token&quot;: …}, or with an error such as 401 when they are wrong.</source>
        <translation>CAS vérifie la clé et le secret et répond par {&quot;token&quot;: …}, ou par une erreur comme 401 s’ils sont faux.</translation>
    </message>
    <message>
        <source>The token is a JWT: a header, a payload (rid, unct, iat, exp…) and a signature made with CAS&apos;s own key.</source>
        <translation>Le jeton est un JWT : un en-tête, une charge utile (rid, unct, iat, exp…) et une signature faite avec la propre clé de CAS.</translation>
    </message>
    <message>
        <source>The backend hands the token to the client app; with the Web SDK it joins the session with WTSDK.Session.connect(token, displayName). Two clients join the same session only with the very same token.</source>
        <translation>Le backend remet le jeton à l’application cliente ; avec le SDK Web, elle rejoint la session par WTSDK.Session.connect(token, displayName). Deux clients ne rejoignent la même session qu’avec exactement le même jeton.</translation>
    </message>
    <message>
        <source>No token came back, so the flow stops here: there is nothing to hand to a client.</source>
        <translation>Aucun jeton n’est revenu, le flux s’arrête donc ici : il n’y a rien à remettre à un client.</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>illisible</translation>
    </message>
    <message>
        <source>1 byte</source>
        <translation>1 octet</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 octets</translation>
    </message>
    <message>
        <source>after 1 redirect</source>
        <translation>après 1 redirection</translation>
    </message>
    <message>
        <source>after %1 redirects</source>
        <translation>après %1 redirections</translation>
    </message>
    <message>
        <source>HTTP %1  ·  %2 ms</source>
        <translation>HTTP %1  ·  %2 ms</translation>
    </message>
    <message>
        <source>header</source>
        <translation>en-tête</translation>
    </message>
    <message>
        <source>payload</source>
        <translation>charge utile</translation>
    </message>
    <message>
        <source>signature</source>
        <translation>signature</translation>
    </message>
    <message>
        <source>Handed over: %1</source>
        <translation>Remis : %1</translation>
    </message>
    <message>
        <source>The request failed.</source>
        <translation>La requête a échoué.</translation>
    </message>
    <message>
        <source>request</source>
        <translation>requête</translation>
    </message>
    <message>
        <source>HTTP %1 · %2 ms</source>
        <translation>HTTP %1 · %2 ms</translation>
    </message>
    <message>
        <source>no response</source>
        <translation>pas de réponse</translation>
    </message>
    <message>
        <source>response</source>
        <translation>réponse</translation>
    </message>
    <message>
        <source>token</source>
        <translation>jeton</translation>
    </message>
    <message>
        <source>hand over</source>
        <translation>remise</translation>
    </message>
    <message>
        <source>Cluster Authentication Service</source>
        <translation>Cluster Authentication Service</translation>
    </message>
    <message>
        <source>key: %1</source>
        <translation>clé : %1</translation>
    </message>
    <message>
        <source>secret: %1</source>
        <translation>secret : %1</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Clé d’API</translation>
    </message>
    <message>
        <source>API secret</source>
        <translation>Secret d’API</translation>
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
        <translation>Garde la clé et le secret d’API. Le secret ne quitte jamais le backend.</translation>
    </message>
    <message>
        <source>Checks the key and secret, then issues a session token.</source>
        <translation>Vérifie la clé et le secret, puis émet un jeton de session.</translation>
    </message>
    <message>
        <source>Header, payload and signature, signed with CAS&apos;s own key.</source>
        <translation>En-tête, charge utile et signature, signés avec la propre clé de CAS.</translation>
    </message>
    <message>
        <source>Joins the session with the token.</source>
        <translation>Rejoint la session avec le jeton.</translation>
    </message>
    <message>
        <source>Step %1 of 4 · %2</source>
        <translation>Étape %1 sur 4 · %2</translation>
    </message>
    <message>
        <source>Next step ready (Space)</source>
        <translation>Étape suivante prête (Espace)</translation>
    </message>
    <message>
        <source>Waiting for CAS…</source>
        <translation>En attente de CAS…</translation>
    </message>
    <message>
        <source>Copy the token or show it as a QR code to hand it over</source>
        <translation>Copiez le jeton ou affichez-le en code QR pour le remettre</translation>
    </message>
    <message>
        <source>Token flow: %1</source>
        <translation>Flux du jeton : %1</translation>
    </message>
    <message>
        <source>client app at %1</source>
        <translation>application cliente à %1</translation>
    </message>
    <message>
        <source>only without a valid token</source>
        <translation>seulement sans jeton valide</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échoué</translation>
    </message>
    <message>
        <source>Serves GET /token?session=%1 to the client app: client app → CAS Console (your backend) → CAS → token → client. The secret stays here.</source>
        <translation>Répond à GET /token?session=%1 pour l’application cliente : application cliente → CAS Console (votre backend) → CAS → jeton → client. Le secret reste ici.</translation>
    </message>
    <message>
        <source>CAS did not give a token (HTTP %1 to the client).</source>
        <translation>CAS n’a pas donné de jeton (HTTP %1 au client).</translation>
    </message>
    <message>
        <source>Asked once per session while its token is valid.</source>
        <translation>Demandé une fois par session tant que son jeton est valide.</translation>
    </message>
    <message>
        <source>Got the token of session &quot;%1&quot;.</source>
        <translation>Jeton de la session « %1 » obtenu.</translation>
    </message>
    <message>
        <source>Refused with HTTP %1.</source>
        <translation>Refusé avec HTTP %1.</translation>
    </message>
    <message>
        <source>Served to a client app · session %1 · HTTP %2</source>
        <translation>Servi à une application cliente · session %1 · HTTP %2</translation>
    </message>
    <message>
        <source>The Serve tab hands tokens to sample apps: the app asks CAS Console, CAS Console asks CAS with the profile&apos;s key and secret, and the app gets only the token.</source>
        <translation>L’onglet Servir remet des jetons aux applications d’exemple : l’application demande à CAS Console, CAS Console demande à CAS avec la clé et le secret du profil, et l’application ne reçoit que le jeton.</translation>
    </message>
    <message>
        <source>R&amp;eveal</source>
        <translation>Ré&amp;véler</translation>
    </message>
    <message>
        <source>S&amp;tep through</source>
        <translation>Pas à pas</translation>
    </message>
    <message>
        <source>Ne&amp;xt step</source>
        <translation>Étape suivante</translation>
    </message>
</context>
<context>
    <name>HelpMenu</name>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>&amp;Manual</source>
        <translation>&amp;Manuel</translation>
    </message>
    <message>
        <source>&amp;About CAS Console</source>
        <translation>À &amp;propos de CAS Console</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <source>&lt;h3&gt;CAS Console %1&lt;/h3&gt;&lt;p&gt;A developer console for the Cluster Authentication Service of the Watch Together SDK: get, decode and verify session tokens. API secrets are kept only in the system keychain.&lt;/p&gt;&lt;p&gt;Built with Qt %2, running on Qt %3.&lt;/p&gt;&lt;p&gt;Free software under the MIT license.&lt;/p&gt;&lt;p&gt;&lt;a href=&quot;%4&quot;&gt;%4&lt;/a&gt;&lt;/p&gt;</source>
        <translation>&lt;h3&gt;CAS Console %1&lt;/h3&gt;&lt;p&gt;Une console de développement pour le Cluster Authentication Service du SDK Watch Together : obtenir, décoder et vérifier des jetons de session. Les secrets d’API ne sont gardés que dans le trousseau du système.&lt;/p&gt;&lt;p&gt;Compilé avec Qt %2, fonctionne avec Qt %3.&lt;/p&gt;&lt;p&gt;Logiciel libre sous licence MIT.&lt;/p&gt;&lt;p&gt;&lt;a href=&quot;%4&quot;&gt;%4&lt;/a&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>Manuel</translation>
    </message>
    <message>
        <source>No program is set up to open %1. The manual is also there, and in &quot;man cas-console&quot;.</source>
        <translation>Aucun programme n’est configuré pour ouvrir %1. Le manuel s’y trouve, ainsi que dans « man cas-console ».</translation>
    </message>
    <message>
        <source>About CAS Console</source>
        <translation>À propos de CAS Console</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>no expiry</source>
        <translation>pas d’expiration</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>dans %1</translation>
    </message>
    <message>
        <source>expired just now</source>
        <translation>expiré à l’instant</translation>
    </message>
    <message>
        <source>expired %1 ago</source>
        <translation>expiré il y a %1</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>à l’instant</translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation>il y a %1</translation>
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
        <translation>Épinglé</translation>
    </message>
    <message>
        <source>Fetched %1 (local) / %2 UTC</source>
        <translation>Obtenu %1 (local) / %2 UTC</translation>
    </message>
    <message>
        <source>The token carries no rid claim</source>
        <translation>Le jeton ne porte pas de claim rid</translation>
    </message>
    <message>
        <source>exp: %1 (local) / %2 UTC</source>
        <translation>exp : %1 (local) / %2 UTC</translation>
    </message>
    <message>
        <source>The token carries no exp claim</source>
        <translation>Le jeton ne porte pas de claim exp</translation>
    </message>
    <message>
        <source>No keychain: this token is kept in memory until the console quits</source>
        <translation>Pas de trousseau : ce jeton est gardé en mémoire jusqu’à la fermeture de la console</translation>
    </message>
    <message>
        <source>The keychain did not give this token back: it may be locked. The entry is kept.</source>
        <translation>Le trousseau n’a pas rendu ce jeton : il est peut-être verrouillé. L’entrée est conservée.</translation>
    </message>
    <message>
        <source>The session token handed to a second client</source>
        <translation>Le jeton de session remis à un second client</translation>
    </message>
    <message>
        <source>pinned</source>
        <translation>épinglé</translation>
    </message>
    <message>
        <source>not pinned</source>
        <translation>non épinglé</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>rid</source>
        <translation>rid</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expire</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Pin</source>
        <translation>Épingle</translation>
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
        <translation>jeton d’une entrée de l’historique</translation>
    </message>
    <message>
        <source>History tokens are kept for this session only: no keychain available</source>
        <translation>Les jetons de l’historique ne sont gardés que pour cette session : aucun trousseau disponible</translation>
    </message>
    <message>
        <source>A history entry needs a profile name</source>
        <translation>Une entrée de l’historique demande un nom de profil</translation>
    </message>
    <message>
        <source>History tokens are kept for this session only: %1</source>
        <translation>Les jetons de l’historique ne sont gardés que pour cette session : %1</translation>
    </message>
    <message>
        <source>This history entry no longer exists</source>
        <translation>Cette entrée de l’historique n’existe plus</translation>
    </message>
    <message>
        <source>token not available (keychain locked?)</source>
        <translation>jeton indisponible (trousseau verrouillé ?)</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Tokens fetched for this profile</source>
        <translation>Jetons obtenus pour ce profil</translation>
    </message>
    <message>
        <source>Show this token in the inspector (Enter or double-click)</source>
        <translation>Afficher ce jeton dans l’inspecteur (Entrée ou double-clic)</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Ou&amp;vrir</translation>
    </message>
    <message>
        <source>Copy this token again (the clipboard is cleared after a while)</source>
        <translation>Copier de nouveau ce jeton (le presse-papiers est vidé après un moment)</translation>
    </message>
    <message>
        <source>Keep this token as the session token: two clients join the same session only with the very same token, so hand this one to the second device</source>
        <translation>Garder ce jeton comme jeton de session : deux clients ne rejoignent la même session qu’avec exactement le même jeton, remettez donc celui-ci au second appareil</translation>
    </message>
    <message>
        <source>Forget every token of this profile, in the history and in the keychain</source>
        <translation>Oublier tous les jetons de ce profil, dans l’historique et dans le trousseau</translation>
    </message>
    <message>
        <source>History status</source>
        <translation>État de l’historique</translation>
    </message>
    <message>
        <source>Clear history</source>
        <translation>Vider l’historique</translation>
    </message>
    <message>
        <source>Forget the token fetched for profile &quot;%1&quot;? It is also deleted from the keychain.</source>
        <translation>Oublier le jeton obtenu pour le profil « %1 » ? Il est aussi supprimé du trousseau.</translation>
    </message>
    <message numerus="yes">
        <source>Forget the %n tokens fetched for profile &quot;%1&quot;? They are also deleted from the keychain.</source>
        <translation>
            <numerusform>Oublier le jeton obtenu pour le profil « %1 » ? Il est aussi supprimé du trousseau.</numerusform>
            <numerusform>Oublier les %n jetons obtenus pour le profil « %1 » ? Ils sont aussi supprimés du trousseau.</numerusform>
        </translation>
    </message>
    <message>
        <source>Copy token</source>
        <translation>Copier le jeton</translation>
    </message>
    <message>
        <source>Token from history</source>
        <translation>Jeton de l’historique</translation>
    </message>
    <message>
        <source>History cleared, but the keychain could not delete every token: %1</source>
        <translation>Historique vidé, mais le trousseau n’a pas pu supprimer tous les jetons : %1</translation>
    </message>
    <message>
        <source>History cleared.</source>
        <translation>Historique vidé.</translation>
    </message>
    <message>
        <source>Select a profile to see the tokens fetched for it.</source>
        <translation>Choisissez un profil pour voir les jetons obtenus pour lui.</translation>
    </message>
    <message>
        <source>No token fetched yet for profile &quot;%1&quot;.</source>
        <translation>Aucun jeton obtenu pour le profil « %1 » pour l’instant.</translation>
    </message>
    <message>
        <source>Pinned for a second client: rid %1. Copy it and give the second device this same token: two clients share a session only with the very same token.</source>
        <translation>Épinglé pour un second client : rid %1. Copiez-le et donnez ce même jeton au second appareil : deux clients ne partagent une session qu’avec exactement le même jeton.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>1 token fetched for profile &quot;%1&quot; (the last %2 are kept).</source>
        <translation>1 jeton obtenu pour le profil « %1 » (les %2 derniers sont conservés).</translation>
    </message>
    <message numerus="yes">
        <source>%n tokens fetched for profile &quot;%1&quot; (the last %2 are kept).</source>
        <translation>
            <numerusform>%n jeton obtenu pour le profil « %1 » (les %2 derniers sont conservés).</numerusform>
            <numerusform>%n jetons obtenus pour le profil « %1 » (les %2 derniers sont conservés).</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>P&amp;in for a second client</source>
        <translation>Épin&amp;gler pour un second client</translation>
    </message>
    <message>
        <source>Clear his&amp;tory…</source>
        <translation>Effacer l’histori&amp;que…</translation>
    </message>
</context>
<context>
    <name>HttpGet</name>
    <message>
        <source>the server closed the connection during the TLS handshake</source>
        <translation>le serveur a fermé la connexion pendant la négociation TLS</translation>
    </message>
</context>
<context>
    <name>HttpResponseParser</name>
    <message>
        <source>the status line and headers exceed %1 KiB</source>
        <translation>la ligne d’état et les en-têtes dépassent %1 Kio</translation>
    </message>
    <message>
        <source>the answer does not begin with an HTTP/1.x status line but with &quot;%1&quot;</source>
        <translation>la réponse ne commence pas par une ligne d’état HTTP/1.x mais par « %1 »</translation>
    </message>
    <message>
        <source>a chunk size line longer than %1 bytes: &quot;%2&quot;</source>
        <translation>une ligne de taille de bloc de plus de %1 octets : « %2 »</translation>
    </message>
    <message>
        <source>a chunk is longer than its size line says</source>
        <translation>un bloc est plus long que ne l’indique sa ligne de taille</translation>
    </message>
    <message>
        <source>the connection closed without an answer</source>
        <translation>la connexion s’est fermée sans réponse</translation>
    </message>
    <message>
        <source>the connection closed in the middle of the headers</source>
        <translation>la connexion s’est fermée au milieu des en-têtes</translation>
    </message>
    <message>
        <source>the connection closed after %1 of the %2 bytes announced</source>
        <translation>la connexion s’est fermée après %1 des %2 octets annoncés</translation>
    </message>
    <message>
        <source>the connection closed before the last chunk</source>
        <translation>la connexion s’est fermée avant le dernier bloc</translation>
    </message>
    <message>
        <source>not an HTTP/1.x status line: &quot;%1&quot;</source>
        <translation>pas une ligne d’état HTTP/1.x : « %1 »</translation>
    </message>
    <message>
        <source>a folded header line (obsolete line folding): &quot;%1&quot;</source>
        <translation>une ligne d’en-tête repliée (repli de ligne obsolète) : « %1 »</translation>
    </message>
    <message>
        <source>a header line without a name and a colon: &quot;%1&quot;</source>
        <translation>une ligne d’en-tête sans nom ni deux-points : « %1 »</translation>
    </message>
    <message>
        <source>a header name with a character no name may hold: &quot;%1&quot;</source>
        <translation>un nom d’en-tête avec un caractère qu’aucun nom ne peut contenir : « %1 »</translation>
    </message>
    <message>
        <source>the header %1 holds a control character: &quot;%2&quot;</source>
        <translation>l’en-tête %1 contient un caractère de contrôle : « %2 »</translation>
    </message>
    <message>
        <source>more than %1 header fields</source>
        <translation>plus de %1 champs d’en-tête</translation>
    </message>
    <message>
        <source>the server switched protocols (101), which was not asked for</source>
        <translation>le serveur a changé de protocole (101), ce qui n’était pas demandé</translation>
    </message>
    <message>
        <source>more than %1 interim (1xx) answers before the answer</source>
        <translation>plus de %1 réponses intermédiaires (1xx) avant la réponse</translation>
    </message>
    <message>
        <source>Content-Encoding: %1 (only gzip or deflate, once, is understood)</source>
        <translation>Content-Encoding : %1 (seul gzip ou deflate, une fois, est compris)</translation>
    </message>
    <message>
        <source>Transfer-Encoding: %1 (only chunked is understood)</source>
        <translation>Transfer-Encoding : %1 (seul chunked est compris)</translation>
    </message>
    <message>
        <source>conflicting Content-Length values: %1</source>
        <translation>valeurs de Content-Length contradictoires : %1</translation>
    </message>
    <message>
        <source>Content-Length is not a number: %1</source>
        <translation>Content-Length n’est pas un nombre : %1</translation>
    </message>
    <message>
        <source>Content-Length: %1</source>
        <translation>Content-Length : %1</translation>
    </message>
    <message>
        <source>a chunk of more than %1 bytes (size line &quot;%2&quot;)</source>
        <translation>un bloc de plus de %1 octets (ligne de taille « %2 »)</translation>
    </message>
    <message>
        <source>a chunk size that is not a hexadecimal number: &quot;%1&quot;</source>
        <translation>une taille de bloc qui n’est pas un nombre hexadécimal : « %1 »</translation>
    </message>
    <message>
        <source>a trailer line that is not a header: &quot;%1&quot;</source>
        <translation>une ligne de trailer qui n’est pas un en-tête : « %1 »</translation>
    </message>
    <message>
        <source>the %1 body cannot be decoded: %2</source>
        <translation>le corps %1 ne peut pas être décodé : %2</translation>
    </message>
    <message>
        <source>zlib error %1</source>
        <translation>erreur zlib %1</translation>
    </message>
    <message>
        <source>the %1 body decodes to more than %2 bytes (%3 bytes received)</source>
        <translation>le corps %1 se décode en plus de %2 octets (%3 octets reçus)</translation>
    </message>
    <message>
        <source>more than %1 bytes of %2 body</source>
        <translation>plus de %1 octets de corps %2</translation>
    </message>
    <message>
        <source>more than %1 bytes of body</source>
        <translation>plus de %1 octets de corps</translation>
    </message>
    <message>
        <source>the %1 body ends before its compressed stream does</source>
        <translation>le corps %1 se termine avant son flux compressé</translation>
    </message>
</context>
<context>
    <name>JsonFormatter</name>
    <message>
        <source>empty input</source>
        <translation>entrée vide</translation>
    </message>
    <message>
        <source>trailing characters after the JSON value (%1)</source>
        <translation>caractères après la valeur JSON (%1)</translation>
    </message>
    <message>
        <source>%1 at offset %2</source>
        <translation>%1 à la position %2</translation>
    </message>
    <message>
        <source>end of input</source>
        <translation>fin de l’entrée</translation>
    </message>
    <message>
        <source>byte 0x%1</source>
        <translation>octet 0x%1</translation>
    </message>
    <message>
        <source>unexpected end of input</source>
        <translation>fin inattendue de l’entrée</translation>
    </message>
    <message>
        <source>unexpected %1</source>
        <translation>%1 inattendu</translation>
    </message>
    <message>
        <source>nesting deeper than %1 levels</source>
        <translation>imbrication de plus de %1 niveaux</translation>
    </message>
    <message>
        <source>expected a string key, found %1</source>
        <translation>clé de type chaîne attendue, trouvé %1</translation>
    </message>
    <message>
        <source>expected &apos;:&apos; after the key, found %1</source>
        <translation>&apos;:&apos; attendu après la clé, trouvé %1</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;}&apos; in an object, found %1</source>
        <translation>&apos;,&apos; ou &apos;}&apos; attendu dans un objet, trouvé %1</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;]&apos; in an array, found %1</source>
        <translation>&apos;,&apos; ou &apos;]&apos; attendu dans un tableau, trouvé %1</translation>
    </message>
    <message>
        <source>invalid \u escape (needs four hex digits)</source>
        <translation>échappement \u invalide (il faut quatre chiffres hexadécimaux)</translation>
    </message>
    <message>
        <source>invalid escape: %1 after a backslash</source>
        <translation>échappement invalide : %1 après une barre oblique inverse</translation>
    </message>
    <message>
        <source>control character 0x%1 in a string (must be escaped)</source>
        <translation>caractère de contrôle 0x%1 dans une chaîne (doit être échappé)</translation>
    </message>
    <message>
        <source>invalid UTF-8 byte 0x%1 in a string</source>
        <translation>octet UTF-8 invalide 0x%1 dans une chaîne</translation>
    </message>
    <message>
        <source>unexpected end of input in the string starting at offset %1</source>
        <translation>fin inattendue de l’entrée dans la chaîne commençant à la position %1</translation>
    </message>
    <message>
        <source>invalid number: expected a digit, found %1</source>
        <translation>nombre invalide : chiffre attendu, trouvé %1</translation>
    </message>
    <message>
        <source>invalid number: leading zero</source>
        <translation>nombre invalide : zéro en tête</translation>
    </message>
    <message>
        <source>invalid number: expected a digit after &apos;.&apos;, found %1</source>
        <translation>nombre invalide : chiffre attendu après &apos;.&apos;, trouvé %1</translation>
    </message>
    <message>
        <source>invalid number: expected a digit in the exponent, found %1</source>
        <translation>nombre invalide : chiffre attendu dans l’exposant, trouvé %1</translation>
    </message>
    <message>
        <source>invalid literal (expected true, false or null)</source>
        <translation>littéral invalide (true, false ou null attendu)</translation>
    </message>
</context>
<context>
    <name>JwsKey</name>
    <message>
        <source>The JWK has no &quot;%1&quot; member.</source>
        <translation>La JWK n’a pas de membre « %1 ».</translation>
    </message>
    <message>
        <source>The JWK member &quot;%1&quot; is not valid base64url.</source>
        <translation>Le membre « %1 » de la JWK n’est pas du base64url valide.</translation>
    </message>
    <message>
        <source>The key is empty. Paste a PEM public key, a certificate, a JWK or a JWKS.</source>
        <translation>La clé est vide. Collez une clé publique PEM, un certificat, une JWK ou un JWKS.</translation>
    </message>
    <message>
        <source>The key looks like JSON but cannot be read (%1). Paste a JWK or a JWKS.</source>
        <translation>La clé ressemble à du JSON mais ne peut pas être lue (%1). Collez une JWK ou un JWKS.</translation>
    </message>
    <message>
        <source>The JWKS member &quot;keys&quot; is not a list.</source>
        <translation>Le membre « keys » du JWKS n’est pas une liste.</translation>
    </message>
    <message>
        <source>kid=%1</source>
        <translation>kid=%1</translation>
    </message>
    <message>
        <source>key #%1</source>
        <translation>clé n° %1</translation>
    </message>
    <message>
        <source>%1: not a JSON object.</source>
        <translation>%1 : pas un objet JSON.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>The JSON has neither &quot;kty&quot; (a JWK) nor &quot;keys&quot; (a JWKS).</source>
        <translation>Le JSON n’a ni « kty » (une JWK) ni « keys » (un JWKS).</translation>
    </message>
    <message>
        <source>This is a private key. Verifying needs only the public key: paste the public key (openssl pkey -pubout) or the certificate instead.</source>
        <translation>C’est une clé privée. La vérification n’a besoin que de la clé publique : collez plutôt la clé publique (openssl pkey -pubout) ou le certificat.</translation>
    </message>
    <message>
        <source>This PEM block is not a public key or a certificate. Paste a block starting with BEGIN PUBLIC KEY, BEGIN RSA PUBLIC KEY or BEGIN CERTIFICATE.</source>
        <translation>Ce bloc PEM n’est ni une clé publique ni un certificat. Collez un bloc commençant par BEGIN PUBLIC KEY, BEGIN RSA PUBLIC KEY ou BEGIN CERTIFICATE.</translation>
    </message>
    <message>
        <source>The PEM text cannot be read: it may be cut short or altered. Paste the whole block, BEGIN and END lines included.</source>
        <translation>Le texte PEM ne peut pas être lu : il est peut-être tronqué ou modifié. Collez le bloc entier, lignes BEGIN et END comprises.</translation>
    </message>
    <message>
        <source>The key is not a PEM public key, a certificate, a JWK or a JWKS. If it is the shared secret of an HS256/HS384/HS512 token, enter it as a secret instead.</source>
        <translation>La clé n’est ni une clé publique PEM, ni un certificat, ni une JWK, ni un JWKS. S’il s’agit du secret partagé d’un jeton HS256/HS384/HS512, saisissez-le plutôt comme secret.</translation>
    </message>
    <message>
        <source>The EC key has no named curve; JWS uses P-256, P-384 or P-521.</source>
        <translation>La clé EC n’a pas de courbe nommée ; JWS utilise P-256, P-384 ou P-521.</translation>
    </message>
    <message>
        <source>The EC key is on curve %1; JWS ES256/ES384/ES512 use P-256, P-384 and P-521.</source>
        <translation>La clé EC est sur la courbe %1 ; JWS ES256/ES384/ES512 utilisent P-256, P-384 et P-521.</translation>
    </message>
    <message>
        <source>Keys of type %1 are not supported; use an RSA, EC (P-256/384/521) or Ed25519 key.</source>
        <translation>Les clés de type %1 ne sont pas prises en charge ; utilisez une clé RSA, EC (P-256/384/521) ou Ed25519.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>This JWK holds a private key (it has &quot;d&quot;). Verifying needs only the public key: remove the private members or export the public JWK.</source>
        <translation>Cette JWK contient une clé privée (elle a « d »). La vérification n’a besoin que de la clé publique : retirez les membres privés ou exportez la JWK publique.</translation>
    </message>
    <message>
        <source>Out of memory while reading the JWK.</source>
        <translation>Mémoire insuffisante pour lire la JWK.</translation>
    </message>
    <message>
        <source>The JWK curve &quot;%1&quot; is not supported; use P-256, P-384 or P-521.</source>
        <translation>La courbe JWK « %1 » n’est pas prise en charge ; utilisez P-256, P-384 ou P-521.</translation>
    </message>
    <message>
        <source>The JWK coordinates x and y must be %1 bytes each for %2.</source>
        <translation>Les coordonnées x et y de la JWK doivent faire %1 octets chacune pour %2.</translation>
    </message>
    <message>
        <source>The OKP curve &quot;%1&quot; is not supported; use Ed25519.</source>
        <translation>La courbe OKP « %1 » n’est pas prise en charge ; utilisez Ed25519.</translation>
    </message>
    <message>
        <source>The JWK member &quot;x&quot; must be 32 bytes for Ed25519.</source>
        <translation>Le membre « x » de la JWK doit faire 32 octets pour Ed25519.</translation>
    </message>
    <message>
        <source>The JWK has no &quot;kty&quot;.</source>
        <translation>La JWK n’a pas de « kty ».</translation>
    </message>
    <message>
        <source>The JWK key type &quot;%1&quot; is not supported; use RSA, EC, OKP or oct.</source>
        <translation>Le type de clé JWK « %1 » n’est pas pris en charge ; utilisez RSA, EC, OKP ou oct.</translation>
    </message>
    <message>
        <source>The JWK does not describe a valid %1 public key.</source>
        <translation>La JWK ne décrit pas une clé publique %1 valide.</translation>
    </message>
    <message numerus="yes">
        <source>HMAC secret, %n bytes</source>
        <translation>
            <numerusform>Secret HMAC, %n octet</numerusform>
            <numerusform>Secret HMAC, %n octets</numerusform>
        </translation>
    </message>
    <message>
        <source>RSA %1-bit</source>
        <translation>RSA %1 bits</translation>
    </message>
    <message>
        <source>RSA-PSS %1-bit</source>
        <translation>RSA-PSS %1 bits</translation>
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
            <numerusform>Secret HMAC (%n octet)</numerusform>
            <numerusform>Secret HMAC (%n octets)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 public key from a certificate</source>
        <translation>Clé publique %1 tirée d’un certificat</translation>
    </message>
    <message>
        <source>%1 public key</source>
        <translation>Clé publique %1</translation>
    </message>
    <message>
        <source>An HMAC secret can only verify %1 tokens, and this token uses %2, which needs a public key. Paste the signer&apos;s public key, certificate or JWK instead.</source>
        <translation>Un secret HMAC ne peut vérifier que des jetons %1, et ce jeton utilise %2, qui demande une clé publique. Collez plutôt la clé publique, le certificat ou la JWK du signataire.</translation>
    </message>
    <message>
        <source>The token uses %1, which needs a shared secret, but the key is a public key (%2). A public key is never used as an HMAC secret (that is the key-confusion attack). If you really hold the shared secret, verify with it as a secret.</source>
        <translation>Le jeton utilise %1, qui demande un secret partagé, mais la clé est une clé publique (%2). Une clé publique n’est jamais utilisée comme secret HMAC (c’est l’attaque par confusion de clés). Si vous détenez vraiment le secret partagé, vérifiez avec lui en tant que secret.</translation>
    </message>
    <message>
        <source>The token uses %1, which needs an EC key on %2, but this key is on %3.</source>
        <translation>Le jeton utilise %1, qui demande une clé EC sur %2, mais cette clé est sur %3.</translation>
    </message>
    <message>
        <source>This %1 key can only verify %2, but the token uses %3.</source>
        <translation>Cette clé %1 ne peut vérifier que %2, mais le jeton utilise %3.</translation>
    </message>
    <message>
        <source>The JWK is restricted to alg %1, but the token uses %2.</source>
        <translation>La JWK est limitée à l’alg %1, mais le jeton utilise %2.</translation>
    </message>
    <message>
        <source>The JWK has use &quot;%1&quot;, so it may not verify signatures (that needs use &quot;sig&quot;).</source>
        <translation>La JWK a use « %1 » et ne peut donc pas vérifier de signatures (il faudrait use « sig »).</translation>
    </message>
    <message>
        <source>The JWK&apos;s key_ops (%1) do not include &quot;verify&quot;.</source>
        <translation>Les key_ops de la JWK (%1) ne comprennent pas « verify ».</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>vide</translation>
    </message>
    <message>
        <source>a PEM public key</source>
        <translation>une clé publique PEM</translation>
    </message>
    <message>
        <source>a certificate</source>
        <translation>un certificat</translation>
    </message>
    <message>
        <source>a JWK</source>
        <translation>une JWK</translation>
    </message>
    <message>
        <source>a JWKS</source>
        <translation>un JWKS</translation>
    </message>
    <message>
        <source>The RSA key has no readable public exponent.</source>
        <translation>La clé RSA n’a pas d’exposant public lisible.</translation>
    </message>
    <message>
        <source>The RSA key&apos;s public exponent must be odd and at least 3; this one is %1, so the key is malformed.</source>
        <translation>L’exposant public de la clé RSA doit être impair et au moins égal à 3 ; celui-ci vaut %1, la clé est donc mal formée.</translation>
    </message>
</context>
<context>
    <name>JwsVerifier</name>
    <message>
        <source>There is no token to verify.</source>
        <translation>Il n’y a aucun jeton à vérifier.</translation>
    </message>
    <message>
        <source>The token has spaces or line breaks inside it. Remove the whitespace and verify again: the signature covers the exact text.</source>
        <translation>Le jeton contient des espaces ou des sauts de ligne. Retirez-les et vérifiez de nouveau : la signature couvre le texte exact.</translation>
    </message>
    <message>
        <source>The token has characters that cannot appear in a JWS (only letters, digits, &apos;-&apos;, &apos;_&apos; and dots).</source>
        <translation>Le jeton contient des caractères impossibles dans un JWS (seulement lettres, chiffres, &apos;-&apos;, &apos;_&apos; et points).</translation>
    </message>
    <message>
        <source>This is an encrypted token (JWE, five parts); it has no signature that can be checked with a verification key.</source>
        <translation>C’est un jeton chiffré (JWE, cinq parties) ; il n’a pas de signature vérifiable avec une clé de vérification.</translation>
    </message>
    <message numerus="yes">
        <source>A signed token has three parts separated by dots; this one has %n.</source>
        <translation>
            <numerusform>Un jeton signé a trois parties séparées par des points ; celui-ci en a %n.</numerusform>
            <numerusform>Un jeton signé a trois parties séparées par des points ; celui-ci en a %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>The header is not valid base64url (JWS uses no padding and no &apos;+&apos; or &apos;/&apos;).</source>
        <translation>L’en-tête n’est pas du base64url valide (JWS n’utilise ni remplissage ni &apos;+&apos; ou &apos;/&apos;).</translation>
    </message>
    <message>
        <source>The header is not a JSON object.</source>
        <translation>L’en-tête n’est pas un objet JSON.</translation>
    </message>
    <message>
        <source>The header has no &quot;alg&quot;, so there is no way to know how it was signed.</source>
        <translation>L’en-tête n’a pas d’« alg », impossible donc de savoir comment il a été signé.</translation>
    </message>
    <message>
        <source>The token says alg &quot;%1&quot;: it is unsigned, and an unsigned token is never accepted as verified.</source>
        <translation>Le jeton indique l’alg « %1 » : il n’est pas signé, et un jeton non signé n’est jamais accepté comme vérifié.</translation>
    </message>
    <message>
        <source>The header&apos;s &quot;crit&quot; must be a non-empty list of names.</source>
        <translation>Le « crit » de l’en-tête doit être une liste non vide de noms.</translation>
    </message>
    <message>
        <source>The token marks header parameters as critical (%1) that this application does not understand, so it cannot be accepted.</source>
        <translation>Le jeton marque comme critiques des paramètres d’en-tête (%1) que cette application ne comprend pas ; il ne peut donc pas être accepté.</translation>
    </message>
    <message>
        <source>The algorithm &quot;%1&quot; is not supported. Supported: %2.</source>
        <translation>L’algorithme « %1 » n’est pas pris en charge. Pris en charge : %2.</translation>
    </message>
    <message>
        <source>Algorithm names are case-sensitive: the signer should write &quot;%1&quot;.</source>
        <translation>Les noms d’algorithme sont sensibles à la casse : le signataire devrait écrire « %1 ».</translation>
    </message>
    <message>
        <source>The payload is not valid base64url (JWS uses no padding and no &apos;+&apos; or &apos;/&apos;).</source>
        <translation>La charge utile n’est pas du base64url valide (JWS n’utilise ni remplissage ni &apos;+&apos; ou &apos;/&apos;).</translation>
    </message>
    <message>
        <source>The signature is not valid base64url (JWS uses no padding and no &apos;+&apos; or &apos;/&apos;).</source>
        <translation>La signature n’est pas du base64url valide (JWS n’utilise ni remplissage ni &apos;+&apos; ou &apos;/&apos;).</translation>
    </message>
    <message>
        <source>Note: the secret is shorter than %1 bytes, the minimum RFC 7518 sets for %2, so it may be guessed.</source>
        <translation>Remarque : le secret fait moins de %1 octets, le minimum fixé par la RFC 7518 pour %2 ; il peut donc être deviné.</translation>
    </message>
    <message>
        <source>An %1 signature must be %2 bytes (R and S, %3 bytes each), but this one is %4 bytes. The signer may have used DER encoding, which JWS does not.</source>
        <translation>Une signature %1 doit faire %2 octets (R et S, %3 octets chacun), mais celle-ci fait %4 octets. Le signataire a peut-être utilisé l’encodage DER, que JWS n’utilise pas.</translation>
    </message>
    <message>
        <source>Signature verified with %1 (%2)</source>
        <translation>Signature vérifiée avec %1 (%2)</translation>
    </message>
    <message>
        <source>The signature does not match: the token was changed or signed with another key</source>
        <translation>La signature ne correspond pas : le jeton a été modifié ou signé avec une autre clé</translation>
    </message>
    <message>
        <source>OpenSSL could not use the %1 to check a %2 signature.</source>
        <translation>OpenSSL n’a pas pu utiliser %1 pour vérifier une signature %2.</translation>
    </message>
    <message>
        <source>(no kid)</source>
        <translation>(pas de kid)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Entries that could not be read: %1</source>
        <translation>Entrées illisibles : %1</translation>
    </message>
    <message>
        <source>No key in the JWKS has kid &quot;%1&quot;. Available kids: %2.</source>
        <translation>Aucune clé du JWKS n’a le kid « %1 ». kids disponibles : %2.</translation>
    </message>
    <message>
        <source>The token has no kid, and no key in the JWKS can verify %1. Available kids: %2.</source>
        <translation>Le jeton n’a pas de kid, et aucune clé du JWKS ne peut vérifier %1. kids disponibles : %2.</translation>
    </message>
    <message>
        <source>The token has no kid, and %1 keys in the JWKS could verify %2, so there is no telling which one is meant. Available kids: %3. Paste the one key instead.</source>
        <translation>Le jeton n’a pas de kid, et %1 clés du JWKS pourraient vérifier %2 ; impossible donc de savoir laquelle est visée. kids disponibles : %3. Collez plutôt la seule clé voulue.</translation>
    </message>
    <message>
        <source>The secret is marked as base64 but is not valid base64. Check it, or untick base64 if the secret is the text itself.</source>
        <translation>Le secret est marqué base64 mais n’est pas du base64 valide. Vérifiez-le, ou décochez base64 si le secret est le texte lui-même.</translation>
    </message>
    <message>
        <source>The secret is empty. Enter the shared secret the token was signed with.</source>
        <translation>Le secret est vide. Saisissez le secret partagé avec lequel le jeton a été signé.</translation>
    </message>
    <message>
        <source>No key could be read from the key text.</source>
        <translation>Aucune clé n’a pu être lue dans le texte de la clé.</translation>
    </message>
    <message>
        <source>RSA keys under 2048 bits are refused for %1 (RFC 7518 §3.3); this key has %2 bits. Ask the signer for a key of at least 2048 bits.</source>
        <translation>Les clés RSA de moins de 2048 bits sont refusées pour %1 (RFC 7518 §3.3) ; cette clé a %2 bits. Demandez au signataire une clé d’au moins 2048 bits.</translation>
    </message>
    <message>
        <source>The secret is %1, not a shared secret. Key material is never used as an HMAC secret (that is how forged tokens pass as verified): use it as a key instead.</source>
        <translation>Le secret est %1, pas un secret partagé. Du matériel de clé n’est jamais utilisé comme secret HMAC (c’est ainsi que des jetons falsifiés passent pour vérifiés) : utilisez-le plutôt comme clé.</translation>
    </message>
    <message>
        <source>The secret decodes to %1, not a shared secret. Key material is never used as an HMAC secret: use it as a key instead.</source>
        <translation>Le secret se décode en %1, pas en un secret partagé. Du matériel de clé n’est jamais utilisé comme secret HMAC : utilisez-le plutôt comme clé.</translation>
    </message>
    <message>
        <source>It does match when the secret is read as plain text, not decoded from base64.</source>
        <translation>Elle correspond si le secret est lu comme texte brut, sans décodage base64.</translation>
    </message>
    <message>
        <source>It does match when the secret is decoded from base64.</source>
        <translation>Elle correspond si le secret est décodé depuis base64.</translation>
    </message>
</context>
<context>
    <name>Jwt</name>
    <message>
        <source>header</source>
        <translation>en-tête</translation>
    </message>
    <message>
        <source>payload</source>
        <translation>charge utile</translation>
    </message>
    <message>
        <source>signature</source>
        <translation>signature</translation>
    </message>
    <message>
        <source>The %1 part ends with &apos;=&apos; padding, which base64url in a JWT must not have (RFC 7515); remove the &apos;=&apos; characters.</source>
        <translation>La partie %1 se termine par un remplissage « = », que le base64url d’un JWT ne doit pas avoir (RFC 7515) ; retirez les caractères « = ».</translation>
    </message>
    <message>
        <source>The %1 part has a character that is not base64url, %2 at offset %3; only A-Z, a-z, 0-9, &apos;-&apos; and &apos;_&apos; are allowed.</source>
        <translation>La partie %1 contient un caractère qui n’est pas du base64url, %2 à la position %3 ; seuls A-Z, a-z, 0-9, &apos;-&apos; et &apos;_&apos; sont permis.</translation>
    </message>
    <message>
        <source>(&apos;+&apos; and &apos;/&apos; belong to standard base64, not base64url.)</source>
        <translation>(« + » et « / » appartiennent au base64 standard, pas au base64url.)</translation>
    </message>
    <message>
        <source>The %1 part has %2 characters, a length no base64url text can have; it may have been cut off.</source>
        <translation>La partie %1 a %2 caractères, une longueur impossible pour un texte base64url ; elle a peut-être été tronquée.</translation>
    </message>
    <message>
        <source>The %1 part is not valid base64url.</source>
        <translation>La partie %1 n’est pas du base64url valide.</translation>
    </message>
    <message>
        <source>expires in %1</source>
        <translation>expire dans %1</translation>
    </message>
    <message>
        <source>expired just now</source>
        <translation>expiré à l’instant</translation>
    </message>
    <message>
        <source>expired %1 ago</source>
        <translation>expiré il y a %1</translation>
    </message>
    <message>
        <source>issued in %1 (in the future)</source>
        <translation>émis dans %1 (dans le futur)</translation>
    </message>
    <message>
        <source>issued just now</source>
        <translation>émis à l’instant</translation>
    </message>
    <message>
        <source>issued %1 ago</source>
        <translation>émis il y a %1</translation>
    </message>
    <message>
        <source>valid from in %1</source>
        <translation>valide dans %1</translation>
    </message>
    <message>
        <source>valid since just now</source>
        <translation>valide depuis un instant</translation>
    </message>
    <message>
        <source>valid since %1 ago</source>
        <translation>valide depuis %1</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>dans %1</translation>
    </message>
    <message>
        <source>now</source>
        <translation>maintenant</translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation>il y a %1</translation>
    </message>
    <message>
        <source>The pasted text looks like JSON but is not valid (%1); paste the token itself or the whole CAS response {&quot;token&quot;: &quot;...&quot;}.</source>
        <translation>Le texte collé ressemble à du JSON mais n’est pas valide (%1) ; collez le jeton lui-même ou toute la réponse de CAS {&quot;token&quot;: &quot;...&quot;}.</translation>
    </message>
    <message>
        <source>The pasted JSON has no &quot;token&quot; string; paste the token itself or the whole CAS response {&quot;token&quot;: &quot;...&quot;}.</source>
        <translation>Le JSON collé n’a pas de chaîne « token » ; collez le jeton lui-même ou toute la réponse de CAS {&quot;token&quot;: &quot;...&quot;}.</translation>
    </message>
    <message>
        <source>The token had line breaks, spaces or invisible characters inside; they were removed.</source>
        <translation>Le jeton contenait des sauts de ligne, des espaces ou des caractères invisibles ; ils ont été retirés.</translation>
    </message>
    <message>
        <source>There is no token to decode.</source>
        <translation>Il n’y a aucun jeton à décoder.</translation>
    </message>
    <message>
        <source>This is a JWE (encrypted) token with five parts; its content cannot be decoded without the recipient&apos;s key.</source>
        <translation>C’est un jeton JWE (chiffré) à cinq parties ; son contenu ne peut pas être décodé sans la clé du destinataire.</translation>
    </message>
    <message>
        <source>The text has no &apos;.&apos;; a JWT has three base64url parts separated by dots (header.payload.signature).</source>
        <translation>Le texte n’a pas de « . » ; un JWT a trois parties base64url séparées par des points (header.payload.signature).</translation>
    </message>
    <message>
        <source>The text has %1 dot-separated parts; a signed JWT has 3 (header.payload.signature) and an encrypted one (JWE) has 5. It may be cut off or joined with other text.</source>
        <translation>Le texte a %1 parties séparées par des points ; un JWT signé en a 3 (header.payload.signature) et un chiffré (JWE) 5. Il est peut-être tronqué ou collé à un autre texte.</translation>
    </message>
    <message>
        <source>The %1 part has non-zero unused bits in its last character (not canonical base64url); the decoded bytes ignore them.</source>
        <translation>La partie %1 a des bits inutilisés non nuls dans son dernier caractère (base64url non canonique) ; les octets décodés les ignorent.</translation>
    </message>
    <message>
        <source>The %1 is not UTF-8 text (invalid byte 0x%2 at offset %3).</source>
        <translation>La partie %1 n’est pas du texte UTF-8 (octet invalide 0x%2 à la position %3).</translation>
    </message>
    <message>
        <source>The %1 is not valid JSON: %2.</source>
        <translation>La partie %1 n’est pas du JSON valide : %2.</translation>
    </message>
    <message>
        <source>The %1 is JSON but not an object; a JWT&apos;s %1 must be a JSON object.</source>
        <translation>La partie %1 est du JSON mais pas un objet ; dans un JWT, la partie %1 doit être un objet JSON.</translation>
    </message>
    <message>
        <source>The %1 has duplicate key &quot;%2&quot;; programs may disagree on which value counts (this tool reads the last one).</source>
        <translation>La partie %1 a la clé en double « %2 » ; les programmes peuvent diverger sur la valeur qui compte (cet outil lit la dernière).</translation>
    </message>
    <message>
        <source>The %1 has %2 more duplicate keys.</source>
        <translation>La partie %1 a %2 autres clés en double.</translation>
    </message>
    <message>
        <source>The payload&apos;s &quot;%1&quot; is %2, not an integer number of seconds; it is not interpreted as a time.</source>
        <translation>« %1 » dans la charge utile vaut %2, pas un nombre entier de secondes ; il n’est pas interprété comme une heure.</translation>
    </message>
    <message>
        <source>The signature part is empty: the token is unsigned and nothing vouches for its content.</source>
        <translation>La partie signature est vide : le jeton n’est pas signé et rien ne garantit son contenu.</translation>
    </message>
    <message>
        <source>Issuer: who created and signed the token</source>
        <translation>Émetteur : qui a créé et signé le jeton</translation>
    </message>
    <message>
        <source>Subject: whom the token is about</source>
        <translation>Sujet : de qui parle le jeton</translation>
    </message>
    <message>
        <source>Audience: who the token is meant for</source>
        <translation>Audience : à qui le jeton est destiné</translation>
    </message>
    <message>
        <source>Expiration time: not to be accepted on or after this time</source>
        <translation>Heure d’expiration : à ne plus accepter à partir de cette heure</translation>
    </message>
    <message>
        <source>Not before: not to be accepted before this time</source>
        <translation>Pas avant : à ne pas accepter avant cette heure</translation>
    </message>
    <message>
        <source>Issued at: when the token was created</source>
        <translation>Émis à : quand le jeton a été créé</translation>
    </message>
    <message>
        <source>JWT ID: a unique identifier for this token</source>
        <translation>ID du JWT : un identifiant unique de ce jeton</translation>
    </message>
    <message>
        <source>Algorithm that signs (or encrypts) the token</source>
        <translation>Algorithme qui signe (ou chiffre) le jeton</translation>
    </message>
    <message>
        <source>Media type of the token, usually JWT</source>
        <translation>Type de média du jeton, généralement JWT</translation>
    </message>
    <message>
        <source>Key ID: which key signed the token</source>
        <translation>ID de clé : quelle clé a signé le jeton</translation>
    </message>
    <message>
        <source>Content type of the payload (JWT for a nested token)</source>
        <translation>Type de contenu de la charge utile (JWT pour un jeton imbriqué)</translation>
    </message>
    <message>
        <source>Extensions a recipient must understand to accept the token</source>
        <translation>Extensions qu’un destinataire doit comprendre pour accepter le jeton</translation>
    </message>
    <message>
        <source>URL of a JWK Set holding the signing key (never fetched automatically)</source>
        <translation>URL d’un ensemble JWK contenant la clé de signature (jamais récupéré automatiquement)</translation>
    </message>
    <message>
        <source>URL of the signer&apos;s X.509 certificate (never fetched automatically)</source>
        <translation>URL du certificat X.509 du signataire (jamais récupéré automatiquement)</translation>
    </message>
    <message>
        <source>Public key embedded in the token (not trusted for verification)</source>
        <translation>Clé publique incluse dans le jeton (pas fiable pour la vérification)</translation>
    </message>
    <message>
        <source>X.509 certificate chain of the signer, embedded in the token</source>
        <translation>Chaîne de certificats X.509 du signataire, incluse dans le jeton</translation>
    </message>
    <message>
        <source>SHA-1 thumbprint of the signer&apos;s X.509 certificate</source>
        <translation>Empreinte SHA-1 du certificat X.509 du signataire</translation>
    </message>
    <message>
        <source>SHA-256 thumbprint of the signer&apos;s X.509 certificate</source>
        <translation>Empreinte SHA-256 du certificat X.509 du signataire</translation>
    </message>
    <message>
        <source>Content encryption algorithm of a JWE</source>
        <translation>Algorithme de chiffrement du contenu d’un JWE</translation>
    </message>
    <message>
        <source>Compression applied before encryption</source>
        <translation>Compression appliquée avant le chiffrement</translation>
    </message>
</context>
<context>
    <name>KeychainMessages</name>
    <message>
        <source>Not saved: the keychain is locked, so the API secret is kept for this session only.</source>
        <translation>Non enregistré : le trousseau est verrouillé, le secret d’API est donc gardé pour cette session seulement.</translation>
    </message>
    <message>
        <source>Not saved: the keychain refused the API secret, so it is kept for this session only.</source>
        <translation>Non enregistré : le trousseau a refusé le secret d’API, il est donc gardé pour cette session seulement.</translation>
    </message>
    <message>
        <source>Not saved: no keychain is available, so the API secret is kept for this session only.</source>
        <translation>Non enregistré : aucun trousseau n’est disponible, le secret d’API est donc gardé pour cette session seulement.</translation>
    </message>
    <message>
        <source>No keychain is available to read the saved API secret from: start one, or type the secret in the profile.</source>
        <translation>Aucun trousseau n’est disponible pour lire le secret d’API enregistré : démarrez-en un ou saisissez le secret dans le profil.</translation>
    </message>
    <message>
        <source>The keychain is locked: unlock it, then try again.</source>
        <translation>Le trousseau est verrouillé : déverrouillez-le, puis réessayez.</translation>
    </message>
    <message>
        <source>The keychain has no API secret for this profile, or it is locked: unlock it or type the secret again.</source>
        <translation>Le trousseau n’a pas de secret d’API pour ce profil, ou il est verrouillé : déverrouillez-le ou saisissez à nouveau le secret.</translation>
    </message>
    <message>
        <source>The keychain did not give back the API secret of this profile.</source>
        <translation>Le trousseau n’a pas rendu le secret d’API de ce profil.</translation>
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
        <translation>A&amp;jouter un profil…</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Request line</source>
        <translation>Ligne de requête</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Cancel the request (Esc)</source>
        <translation>Annuler la requête (Échap)</translation>
    </message>
    <message>
        <source>&amp;Get token</source>
        <translation>&amp;Obtenir un jeton</translation>
    </message>
    <message>
        <source>Request a token from CAS (Ctrl+Return)</source>
        <translation>Demander un jeton à CAS (Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>the history</source>
        <translation>l’historique</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Decode token…</source>
        <translation>&amp;Décoder un jeton…</translation>
    </message>
    <message>
        <source>Decode token</source>
        <translation>Décoder un jeton</translation>
    </message>
    <message>
        <source>Paste a token, a Bearer header or a CAS response:</source>
        <translation>Collez un jeton, un en-tête Bearer ou une réponse de CAS :</translation>
    </message>
    <message>
        <source>the pasted text</source>
        <translation>le texte collé</translation>
    </message>
    <message>
        <source>Decode from clipboard</source>
        <translation>Décoder depuis le presse-papiers</translation>
    </message>
    <message>
        <source>the clipboard</source>
        <translation>le presse-papiers</translation>
    </message>
    <message>
        <source>Copy &amp;templates…</source>
        <translation>&amp;Modèles de copie…</translation>
    </message>
    <message>
        <source>Edit the templates of Copy as… for Android, iOS or any sample app</source>
        <translation>Modifier les modèles de Copier comme… pour Android, iOS ou toute application d’exemple</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Profile</source>
        <translation>&amp;Profil</translation>
    </message>
    <message>
        <source>&amp;New profile</source>
        <translation>&amp;Nouveau profil</translation>
    </message>
    <message>
        <source>D&amp;uplicate profile</source>
        <translation>D&amp;upliquer le profil</translation>
    </message>
    <message>
        <source>&amp;Rename profile…</source>
        <translation>&amp;Renommer le profil…</translation>
    </message>
    <message>
        <source>Re&amp;move profile…</source>
        <translation>&amp;Supprimer le profil…</translation>
    </message>
    <message>
        <source>&amp;Save profile</source>
        <translation>&amp;Enregistrer le profil</translation>
    </message>
    <message>
        <source>Re&amp;vert profile</source>
        <translation>Réta&amp;blir le profil</translation>
    </message>
    <message>
        <source>Start the &amp;local demo</source>
        <translation>Démarrer la démo &amp;locale</translation>
    </message>
    <message>
        <source>&amp;Cancel request</source>
        <translation>&amp;Annuler la requête</translation>
    </message>
    <message>
        <source>&amp;Presentation mode</source>
        <translation>Mode &amp;présentation</translation>
    </message>
    <message>
        <source>Larger type, high contrast, and secrets, API keys and tokens hidden: safe to share your screen</source>
        <translation>Texte plus grand, contraste élevé, et secrets, clés d’API et jetons masqués : sûr pour partager votre écran</translation>
    </message>
    <message>
        <source>A profile holds a CAS URL and an API key; its API secret is kept in the system keychain.

No account yet? The local demo runs a CAS on this computer, so you can get and inspect a real token right away.</source>
        <translation>Un profil contient une URL de CAS et une clé d’API ; son secret d’API est gardé dans le trousseau du système.

Pas encore de compte ? La démo locale fait tourner un CAS sur cet ordinateur, pour obtenir et examiner tout de suite un vrai jeton.</translation>
    </message>
    <message>
        <source>Reading the API secret from the keychain…</source>
        <translation>Lecture du secret d’API dans le trousseau…</translation>
    </message>
    <message>
        <source>Requesting a token from %1…</source>
        <translation>Demande d’un jeton à %1…</translation>
    </message>
    <message>
        <source>Token received in %1 ms.</source>
        <translation>Jeton reçu en %1 ms.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>La requête a été annulée.</translation>
    </message>
    <message>
        <source>Decoding %1 characters…</source>
        <translation>Décodage de %1 caractères…</translation>
    </message>
    <message>
        <source>The text from %1 is not a token: %2</source>
        <translation>Le texte venant de %1 n’est pas un jeton : %2</translation>
    </message>
    <message>
        <source>Decoded from %1; no request was made.</source>
        <translation>Décodé depuis %1 ; aucune requête n’a été faite.</translation>
    </message>
    <message>
        <source>Copied %1.</source>
        <translation>%1 copié.</translation>
    </message>
    <message>
        <source>%1 copied for a client app</source>
        <translation>%1 copié pour une application cliente</translation>
    </message>
    <message>
        <source>The local demo CAS could not start: %1</source>
        <translation>Le CAS de démonstration local n’a pas pu démarrer : %1</translation>
    </message>
    <message>
        <source>Local demo CAS running at %1. Press Ctrl+Return to get a token.</source>
        <translation>CAS de démonstration local en marche à %1. Appuyez sur Ctrl+Entrée pour obtenir un jeton.</translation>
    </message>
    <message>
        <source>Presentation mode: secrets, API keys and tokens are hidden (F11 to leave).</source>
        <translation>Mode présentation : secrets, clés d’API et jetons sont masqués (F11 pour en sortir).</translation>
    </message>
    <message>
        <source>Presentation mode off.</source>
        <translation>Mode présentation désactivé.</translation>
    </message>
    <message>
        <source>the dropped text</source>
        <translation>le texte déposé</translation>
    </message>
    <message>
        <source>Try the local de&amp;mo</source>
        <translation>Essa&amp;yer la démo locale</translation>
    </message>
    <message>
        <source>Token for profile &quot;%1&quot; received in %2 ms; it is in that profile&apos;s history.</source>
        <translation>Jeton du profil « %1 » reçu en %2 ms ; il figure dans l’historique de ce profil.</translation>
    </message>
    <message>
        <source>The request for profile &quot;%1&quot; failed: %2</source>
        <translation>La requête du profil « %1 » a échoué : %2</translation>
    </message>
    <message>
        <source>Serve</source>
        <translation>Servir</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Jeton</translation>
    </message>
    <message>
        <source>Decoded</source>
        <translation>Décodé</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>Vérifier</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>Auth flow</source>
        <translation>Flux d’auth</translation>
    </message>
    <message>
        <source>QR code</source>
        <translation>Code QR</translation>
    </message>
    <message>
        <source>&amp;Request</source>
        <translation>&amp;Requête</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Affichag&amp;e</translation>
    </message>
    <message>
        <source>Welcome to CAS Console</source>
        <translation>Bienvenue dans CAS Console</translation>
    </message>
</context>
<context>
    <name>MainWindowPrompts</name>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; has changes that are not saved.</source>
        <translation>Le profil « %1 » a des modifications non enregistrées.</translation>
    </message>
    <message>
        <source>Remove profile</source>
        <translation>Supprimer le profil</translation>
    </message>
    <message>
        <source>Remove the profile &quot;%1&quot; and its API secret from the keychain?</source>
        <translation>Supprimer le profil « %1 » et son secret d’API du trousseau ?</translation>
    </message>
    <message>
        <source>Token expiry</source>
        <translation>Expiration du jeton</translation>
    </message>
    <message>
        <source>&amp;Fetch a fresh token</source>
        <translation>&amp;Obtenir un nouveau jeton</translation>
    </message>
    <message>
        <source>Copy &amp;anyway</source>
        <translation>Copier qu&amp;and même</translation>
    </message>
    <message>
        <source>Keep the API secret?</source>
        <translation>Garder le secret d’API ?</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; now %2. Keep its saved API secret and send it there?

No deletes the saved secret: type the secret for the new host.</source>
        <translation>Le profil « %1 » %2. Garder son secret d’API enregistré et l’y envoyer ?

Non supprime le secret enregistré : saisissez le secret pour le nouvel hôte.</translation>
    </message>
    <message>
        <source>%1

Remove the profile &quot;%2&quot; anyway? A secret saved for it earlier stays in the keychain.</source>
        <translation>%1

Supprimer quand même le profil « %2 » ? Un secret enregistré pour lui auparavant reste dans le trousseau.</translation>
    </message>
</context>
<context>
    <name>NetModule</name>
    <message>
        <source>This installation of cas-console lacks its network module (%1), so it cannot make requests, serve or check signatures. Reinstall cas-console.</source>
        <translation>Il manque à cette installation de cas-console son module réseau (%1) : elle ne peut ni envoyer de requêtes, ni servir de jetons, ni vérifier de signatures. Réinstallez cas-console.</translation>
    </message>
</context>
<context>
    <name>ProfileEditor</name>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation>Nom du profil</translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation>Bac à sable</translation>
    </message>
    <message>
        <source>CAS &amp;URL:</source>
        <translation>&amp;URL du CAS :</translation>
    </message>
    <message>
        <source>CAS URL</source>
        <translation>URL du CAS</translation>
    </message>
    <message>
        <source>https://cas.example.com</source>
        <translation>https://cas.example.com</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>&amp;Clé d’API :</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Clé d’API</translation>
    </message>
    <message>
        <source>API &amp;secret:</source>
        <translation>&amp;Secret d’API :</translation>
    </message>
    <message>
        <source>API secret</source>
        <translation>Secret d’API</translation>
    </message>
    <message>
        <source>C&amp;A file:</source>
        <translation>Fic&amp;hier CA :</translation>
    </message>
    <message>
        <source>CA file</source>
        <translation>Fichier CA</translation>
    </message>
    <message>
        <source>Optional: PEM file of a private CA to trust</source>
        <translation>Facultatif : fichier PEM d’une autorité privée à laquelle faire confiance</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Parcour&amp;ir…</translation>
    </message>
    <message>
        <source>Browse for a CA file</source>
        <translation>Chercher un fichier CA</translation>
    </message>
    <message>
        <source>Ti&amp;meout:</source>
        <translation>&amp;Délai :</translation>
    </message>
    <message>
        <source>Timeout in seconds</source>
        <translation>Délai en secondes</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Undo the unsaved changes of this profile</source>
        <translation>Annuler les modifications non enregistrées de ce profil</translation>
    </message>
    <message>
        <source>Save this profile (Ctrl+S); the secret goes to the system keychain</source>
        <translation>Enregistrer ce profil (Ctrl+S) ; le secret va dans le trousseau du système</translation>
    </message>
    <message>
        <source>Show the API key</source>
        <translation>Afficher la clé d’API</translation>
    </message>
    <message>
        <source>Choose the CA certificate (PEM)</source>
        <translation>Choisir le certificat de l’autorité (PEM)</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Certificats PEM (*.pem *.crt *.cer);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Paste the API secret</source>
        <translation>Collez le secret d’API</translation>
    </message>
    <message>
        <source>Saved in the keychain; not loaded (type to replace)</source>
        <translation>Enregistré dans le trousseau ; non chargé (tapez pour le remplacer)</translation>
    </message>
    <message>
        <source>Hide the secret</source>
        <translation>Masquer le secret</translation>
    </message>
    <message>
        <source>Show the secret</source>
        <translation>Afficher le secret</translation>
    </message>
    <message>
        <source>Hide the API key</source>
        <translation>Masquer la clé d’API</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>Save profile</source>
        <translation>Enregistrer le profil</translation>
    </message>
</context>
<context>
    <name>ProfilePanel</name>
    <message>
        <source>Profi&amp;les</source>
        <translation>Profi&amp;ls</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>Profils</translation>
    </message>
    <message>
        <source>New profile</source>
        <translation>Nouveau profil</translation>
    </message>
    <message>
        <source>Duplicate profile</source>
        <translation>Dupliquer le profil</translation>
    </message>
    <message>
        <source>Rename profile</source>
        <translation>Renommer le profil</translation>
    </message>
    <message>
        <source>Remove profile</source>
        <translation>Supprimer le profil</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Renommer</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nouveau</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Dupliquer</translation>
    </message>
    <message>
        <source>The embedded demo CAS on this computer; kept for this session only</source>
        <translation>Le CAS de démonstration intégré sur cet ordinateur ; gardé pour cette session seulement</translation>
    </message>
    <message>
        <source>Enter the API secret of this profile first.</source>
        <translation>Saisissez d’abord le secret d’API de ce profil.</translation>
    </message>
    <message>
        <source>This profile now %1, and its saved API secret is not sent there: type the API secret for it, or save the profile first.</source>
        <translation>Ce profil %1, et son secret d’API enregistré n’y est pas envoyé : saisissez le secret d’API correspondant, ou enregistrez d’abord le profil.</translation>
    </message>
    <message>
        <source>points to %1 instead of %2 and has another API key</source>
        <translation>pointe maintenant vers %1 au lieu de %2 et a une autre clé d’API</translation>
    </message>
    <message>
        <source>points to %1 instead of %2</source>
        <translation>pointe maintenant vers %1 au lieu de %2</translation>
    </message>
    <message>
        <source>has another API key</source>
        <translation>a maintenant une autre clé d’API</translation>
    </message>
    <message>
        <source>A profile named &quot;%1&quot; exists already: choose another name.</source>
        <translation>Un profil nommé « %1 » existe déjà : choisissez un autre nom.</translation>
    </message>
    <message>
        <source>The profile was not saved: %1</source>
        <translation>Le profil n’a pas été enregistré : %1</translation>
    </message>
    <message>
        <source>The profile was renamed, but its secret could not be moved in the keychain: %1</source>
        <translation>Le profil a été renommé, mais son secret n’a pas pu être déplacé dans le trousseau : %1</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; saved.</source>
        <translation>Profil « %1 » enregistré.</translation>
    </message>
    <message>
        <source>The old API secret of &quot;%1&quot; could not be deleted from the keychain: %2</source>
        <translation>L’ancien secret d’API de « %1 » n’a pas pu être supprimé du trousseau : %2</translation>
    </message>
    <message>
        <source>%1 copy</source>
        <translation>%1 copie</translation>
    </message>
    <message>
        <source>%1 copy %2</source>
        <translation>%1 copie %2</translation>
    </message>
    <message>
        <source>The copy has no API secret yet: %1</source>
        <translation>La copie n’a pas encore de secret d’API : %1</translation>
    </message>
    <message>
        <source>New name for &quot;%1&quot;:</source>
        <translation>Nouveau nom pour « %1 » :</translation>
    </message>
    <message>
        <source>%1 The profile was kept: unlock or start the keychain, then remove it again.</source>
        <translation>%1 Le profil a été conservé : déverrouillez ou démarrez le trousseau, puis supprimez-le de nouveau.</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; removed.</source>
        <translation>Profil « %1 » supprimé.</translation>
    </message>
    <message>
        <source>Public demo secret, kept for this session only</source>
        <translation>Secret public de la démo, gardé pour cette session seulement</translation>
    </message>
    <message>
        <source>Saving to the %1…</source>
        <translation>Enregistrement dans le %1…</translation>
    </message>
    <message>
        <source>Stored in the %1</source>
        <translation>Enregistré dans le %1</translation>
    </message>
    <message>
        <source>The keychain entries of &quot;%1&quot; could not be deleted: %2</source>
        <translation>Les entrées du trousseau de « %1 » n’ont pas pu être supprimées : %2</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; removed; these stay in the keychain: %2.</source>
        <translation>Profil « %1 » supprimé ; ceci reste dans le trousseau : %2.</translation>
    </message>
</context>
<context>
    <name>ProfilePolicy</name>
    <message>
        <source>A profile name cannot be empty</source>
        <translation>Un nom de profil ne peut pas être vide</translation>
    </message>
    <message>
        <source>A profile name cannot be only spaces</source>
        <translation>Un nom de profil ne peut pas être fait que d’espaces</translation>
    </message>
    <message>
        <source>A profile name cannot start or end with a space</source>
        <translation>Un nom de profil ne peut ni commencer ni finir par une espace</translation>
    </message>
    <message>
        <source>A profile name cannot contain &apos;/&apos;</source>
        <translation>Un nom de profil ne peut pas contenir « / »</translation>
    </message>
    <message>
        <source>A profile name cannot contain &apos;\&apos;</source>
        <translation>Un nom de profil ne peut pas contenir « \ »</translation>
    </message>
    <message>
        <source>A profile name cannot contain control characters or invisible ones (such as bidi controls or zero-width spaces)</source>
        <translation>Un nom de profil ne peut pas contenir de caractères de contrôle ou invisibles (comme des contrôles bidi ou des espaces sans chasse)</translation>
    </message>
    <message>
        <source>A profile name can have at most %1 characters</source>
        <translation>Un nom de profil peut avoir au plus %1 caractères</translation>
    </message>
    <message>
        <source>The API key is empty: copy it from your private area.</source>
        <translation>La clé d’API est vide : copiez-la depuis votre espace privé.</translation>
    </message>
    <message>
        <source>The API key contains a control character (%1): copy it again, without line breaks.</source>
        <translation>La clé d’API contient un caractère de contrôle (%1) : copiez-la à nouveau, sans sauts de ligne.</translation>
    </message>
    <message>
        <source>The API secret contains a control character (%1): copy it again, without line breaks. Nothing was sent.</source>
        <translation>Le secret d’API contient un caractère de contrôle (%1) : copiez-le à nouveau, sans sauts de ligne. Rien n’a été envoyé.</translation>
    </message>
    <message>
        <source>The CA file %1 cannot be used: %2</source>
        <translation>Le fichier CA %1 ne peut pas être utilisé : %2</translation>
    </message>
    <message>
        <source>it does not exist.</source>
        <translation>il n’existe pas.</translation>
    </message>
    <message>
        <source>it is not a file.</source>
        <translation>ce n’est pas un fichier.</translation>
    </message>
    <message>
        <source>it is larger than 1 MiB; a CA certificate is a few KiB.</source>
        <translation>il dépasse 1 Mio ; un certificat CA fait quelques Kio.</translation>
    </message>
    <message>
        <source>it holds no PEM certificate (&quot;-----BEGIN CERTIFICATE-----&quot;); choose the CA certificate of your CAS in PEM format.</source>
        <translation>il ne contient aucun certificat PEM (« -----BEGIN CERTIFICATE----- ») ; choisissez le certificat CA de votre CAS au format PEM.</translation>
    </message>
    <message>
        <source>The timeout must be between %1 and %2 seconds, not %3.</source>
        <translation>Le délai doit être compris entre %1 et %2 secondes, pas %3.</translation>
    </message>
</context>
<context>
    <name>ProfileRemoval</name>
    <message>
        <source>the API secret</source>
        <translation>le secret d’API</translation>
    </message>
    <message numerus="yes">
        <source>%n history token(s)</source>
        <translation>
            <numerusform>%n jeton de l’historique</numerusform>
            <numerusform>%n jetons de l’historique</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProfileStore</name>
    <message>
        <source>Profile &quot;%1&quot; was not saved.</source>
        <translation>Le profil « %1 » n’a pas été enregistré.</translation>
    </message>
    <message>
        <source>A profile named &quot;%1&quot; exists already: choose another name.</source>
        <translation>Un profil nommé « %1 » existe déjà : choisissez un autre nom.</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; was not renamed.</source>
        <translation>Le profil « %1 » n’a pas été renommé.</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; was not removed.</source>
        <translation>Le profil « %1 » n’a pas été supprimé.</translation>
    </message>
    <message>
        <source>There is no profile named &quot;%1&quot;: it was renamed or removed meanwhile, or the name is misspelt.</source>
        <translation>Il n’y a pas de profil nommé « %1 » : il a été renommé ou supprimé entre-temps, ou le nom est mal orthographié.</translation>
    </message>
</context>
<context>
    <name>QrCode</name>
    <message>
        <source>There is nothing to put in a QR code.</source>
        <translation>Il n’y a rien à mettre dans un code QR.</translation>
    </message>
    <message>
        <source>The token is %1 bytes long; one QR code holds at most %2 bytes. Copy it as text instead.</source>
        <translation>Le jeton fait %1 octets ; un code QR en contient au plus %2. Copiez-le plutôt en texte.</translation>
    </message>
    <message>
        <source>The token is too long for one QR code.</source>
        <translation>Le jeton est trop long pour un seul code QR.</translation>
    </message>
    <message>
        <source>The QR code could not be made (%1).</source>
        <translation>Le code QR n’a pas pu être créé (%1).</translation>
    </message>
</context>
<context>
    <name>QrView</name>
    <message>
        <source>Token as a QR code</source>
        <translation>Jeton en code QR</translation>
    </message>
    <message>
        <source>Token expiry, updated every second</source>
        <translation>Expiration du jeton, mise à jour chaque seconde</translation>
    </message>
    <message>
        <source>No token to show.</source>
        <translation>Aucun jeton à afficher.</translation>
    </message>
    <message>
        <source>No token yet. Get one (Ctrl+Return) or paste one to show it as a QR code.</source>
        <translation>Pas encore de jeton. Obtenez-en un (Ctrl+Entrée) ou collez-en un pour l’afficher en code QR.</translation>
    </message>
    <message>
        <source>There is no QR code to save.</source>
        <translation>Il n’y a aucun code QR à enregistrer.</translation>
    </message>
    <message>
        <source>Could not write %1: check that the folder exists and is writable.</source>
        <translation>Impossible d’écrire %1 : vérifiez que le dossier existe et est accessible en écriture.</translation>
    </message>
    <message>
        <source>No expiry</source>
        <translation>Pas d’expiration</translation>
    </message>
    <message>
        <source>Expires %1 · in %2</source>
        <translation>Expire %1 · dans %2</translation>
    </message>
    <message>
        <source>Expired %1 · just now</source>
        <translation>Expiré %1 · à l’instant</translation>
    </message>
    <message>
        <source>Expired %1 · %2 ago</source>
        <translation>Expiré %1 · il y a %2</translation>
    </message>
    <message>
        <source>Save QR Code</source>
        <translation>Enregistrer le code QR</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Images PNG (*.png)</translation>
    </message>
    <message>
        <source>Reveal the c&amp;ode</source>
        <translation>Ré&amp;véler le code</translation>
    </message>
    <message>
        <source>Presentation mode hides the QR code, since it carries the token; show it on screen</source>
        <translation>Le mode présentation masque le code QR, puisqu’il porte le jeton ; l’afficher à l’écran</translation>
    </message>
    <message>
        <source>Presentation mode hides the QR code: it carries the token.</source>
        <translation>Le mode présentation masque le code QR : il porte le jeton.</translation>
    </message>
    <message>
        <source>Sav&amp;e as PNG…</source>
        <translation>Enre&amp;gistrer en PNG…</translation>
    </message>
</context>
<context>
    <name>ResponseView</name>
    <message>
        <source>Response</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>Response status</source>
        <translation>État de la réponse</translation>
    </message>
    <message>
        <source>Copy a curl command that makes the same request. The secret is left out: curl reads it from the CAS_API_SECRET environment variable.</source>
        <translation>Copier une commande curl qui fait la même requête. Le secret n’y figure pas : curl le lit dans la variable d’environnement CAS_API_SECRET.</translation>
    </message>
    <message>
        <source>Response headers</source>
        <translation>En-têtes de la réponse</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Response body</source>
        <translation>Corps de la réponse</translation>
    </message>
    <message>
        <source>TLS protocol, cipher and the server&apos;s certificate chain</source>
        <translation>Protocole TLS, suite de chiffrement et chaîne de certificats du serveur</translation>
    </message>
    <message>
        <source>TLS details</source>
        <translation>Détails TLS</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>The request as sent (the secret is not shown):</source>
        <translation>La requête telle qu’envoyée (le secret n’est pas affiché) :</translation>
    </message>
    <message>
        <source>Request as sent</source>
        <translation>Requête telle qu’envoyée</translation>
    </message>
    <message>
        <source>Redirects followed:</source>
        <translation>Redirections suivies :</translation>
    </message>
    <message>
        <source>Redirects followed</source>
        <translation>Redirections suivies</translation>
    </message>
    <message>
        <source>&amp;Copy Value</source>
        <translation>&amp;Copier la valeur</translation>
    </message>
    <message>
        <source>header value</source>
        <translation>valeur d’en-tête</translation>
    </message>
    <message>
        <source>No request made yet.</source>
        <translation>Aucune requête pour l’instant.</translation>
    </message>
    <message>
        <source>the request did not complete</source>
        <translation>la requête n’a pas abouti</translation>
    </message>
    <message>
        <source>No response: %1</source>
        <translation>Pas de réponse : %1</translation>
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
        <translation>Pas de corps.</translation>
    </message>
    <message>
        <source>The body is empty.</source>
        <translation>Le corps est vide.</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n octet</numerusform>
            <numerusform>%n octets</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, no Content-Type</source>
        <translation>%1, pas de Content-Type</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>— not UTF-8 text; the first %1 bytes are shown as hex.</source>
        <translation>— pas du texte UTF-8 ; les %1 premiers octets sont affichés en hexadécimal.</translation>
    </message>
    <message>
        <source>— not UTF-8 text; shown as hex.</source>
        <translation>— pas du texte UTF-8 ; affiché en hexadécimal.</translation>
    </message>
    <message>
        <source>The body reached the %1 cap and was cut off.</source>
        <translation>Le corps a atteint la limite de %1 et a été tronqué.</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>No request made yet</source>
        <translation>Aucune requête pour l’instant</translation>
    </message>
    <message>
        <source>Plain HTTP (loopback only)</source>
        <translation>HTTP simple (boucle locale seulement)</translation>
    </message>
    <message>
        <source>No TLS session was established</source>
        <translation>Aucune session TLS n’a été établie</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protocole</translation>
    </message>
    <message>
        <source>Cipher</source>
        <translation>Chiffrement</translation>
    </message>
    <message>
        <source>Certificate chain</source>
        <translation>Chaîne de certificats</translation>
    </message>
    <message numerus="yes">
        <source>%n certificate(s)</source>
        <translation>
            <numerusform>%n certificat</numerusform>
            <numerusform>%n certificats</numerusform>
        </translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>Root</source>
        <translation>Racine</translation>
    </message>
    <message>
        <source>Intermediate</source>
        <translation>Intermédiaire</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Sujet</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Émetteur</translation>
    </message>
    <message>
        <source>%1 (self-signed)</source>
        <translation>%1 (auto-signé)</translation>
    </message>
    <message>
        <source>(not yet valid)</source>
        <translation>(pas encore valide)</translation>
    </message>
    <message>
        <source>(expired)</source>
        <translation>(expiré)</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Valide du</translation>
    </message>
    <message>
        <source>Valid to</source>
        <translation>Valide au</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint</source>
        <translation>Empreinte SHA-256</translation>
    </message>
    <message>
        <source>Alternative names</source>
        <translation>Noms alternatifs</translation>
    </message>
    <message numerus="yes">
        <source>Redirects followed (%n):</source>
        <translation>
            <numerusform>Redirection suivie (%n) :</numerusform>
            <numerusform>Redirections suivies (%n) :</numerusform>
        </translation>
    </message>
    <message>
        <source>No redirects were followed.</source>
        <translation>Aucune redirection n’a été suivie.</translation>
    </message>
    <message>
        <source>curl command</source>
        <translation>commande curl</translation>
    </message>
    <message>
        <source>Headers</source>
        <translation>En-têtes</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Corps</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Requête</translation>
    </message>
    <message>
        <source>Trusted through</source>
        <translation>Fiable grâce à</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>Proxy</translation>
    </message>
    <message>
        <source>Copy as &amp;curl</source>
        <translation>Copier en curl</translation>
    </message>
</context>
<context>
    <name>SecretLineEdit</name>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Masquer</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>No system keychain is available (Secret Service over D-Bus): start a keyring such as gnome-keyring, or pass the secret with --secret-stdin / CAS_API_SECRET</source>
        <translation>Aucun trousseau système n’est disponible (Secret Service sur D-Bus) : démarrez un trousseau comme gnome-keyring, ou passez le secret avec --secret-stdin / CAS_API_SECRET</translation>
    </message>
    <message>
        <source>The keychain cannot be reached: this installation lacks its keychain module (%1). Reinstall cas-console, or pass the secret with --secret-stdin / CAS_API_SECRET</source>
        <translation>Le trousseau est injoignable : il manque à cette installation son module de trousseau (%1). Réinstallez cas-console, ou passez le secret avec --secret-stdin / CAS_API_SECRET</translation>
    </message>
    <message>
        <source>The keychain is locked or refused access: unlock it and try again</source>
        <translation>Le trousseau est verrouillé ou a refusé l’accès : déverrouillez-le et réessayez</translation>
    </message>
    <message>
        <source>(details withheld)</source>
        <translation>(détails non communiqués)</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>erreur inconnue</translation>
    </message>
    <message>
        <source>No %1 found in the keychain (or the keyring is locked): unlock it and try again</source>
        <translation>Aucun %1 trouvé dans le trousseau (ou le trousseau est verrouillé) : déverrouillez-le et réessayez</translation>
    </message>
    <message>
        <source>No secret found in the keychain for profile &quot;%1&quot; (or the keyring is locked): unlock it or set the secret again</source>
        <translation>Aucun secret trouvé dans le trousseau pour le profil « %1 » (ou le trousseau est verrouillé) : déverrouillez-le ou définissez de nouveau le secret</translation>
    </message>
    <message>
        <source>Could not read the %1 from the keychain: %2</source>
        <translation>Impossible de lire %1 dans le trousseau : %2</translation>
    </message>
    <message>
        <source>Could not store the %1 in the keychain: %2</source>
        <translation>Impossible d’enregistrer %1 dans le trousseau : %2</translation>
    </message>
    <message>
        <source>Could not delete the %1 from the keychain: %2</source>
        <translation>Impossible de supprimer %1 du trousseau : %2</translation>
    </message>
    <message>
        <source>Could not read the secret of profile &quot;%1&quot; from the keychain: %2</source>
        <translation>Impossible de lire le secret du profil « %1 » dans le trousseau : %2</translation>
    </message>
    <message>
        <source>Could not store the secret of profile &quot;%1&quot; in the keychain: %2</source>
        <translation>Impossible d’enregistrer le secret du profil « %1 » dans le trousseau : %2</translation>
    </message>
    <message>
        <source>Could not delete the secret of profile &quot;%1&quot; from the keychain: %2</source>
        <translation>Impossible de supprimer le secret du profil « %1 » du trousseau : %2</translation>
    </message>
    <message>
        <source>Windows Credential Manager</source>
        <translation>Gestionnaire d’identifiants Windows</translation>
    </message>
    <message>
        <source>macOS Keychain</source>
        <translation>Trousseau macOS</translation>
    </message>
    <message>
        <source>system keychain (Secret Service)</source>
        <translation>trousseau du système (Secret Service)</translation>
    </message>
    <message>
        <source>The secret was copied to profile &quot;%1&quot; but could not be deleted from profile &quot;%2&quot;: %3</source>
        <translation>Le secret a été copié dans le profil « %1 » mais n’a pas pu être supprimé du profil « %2 » : %3</translation>
    </message>
    <message>
        <source>The secret of profile &quot;%1&quot; is still in the keychain, which is locked: unlock it and try again</source>
        <translation>Le secret du profil « %1 » est encore dans le trousseau, qui est verrouillé : déverrouillez-le et réessayez</translation>
    </message>
    <message>
        <source>The %1 is still in the keychain, which is locked: unlock it and try again</source>
        <translation>%1 est encore dans le trousseau, qui est verrouillé : déverrouillez-le et réessayez</translation>
    </message>
    <message>
        <source>secret being rewritten as text</source>
        <translation>secret en cours de réécriture en texte</translation>
    </message>
</context>
<context>
    <name>SelfSignedCertificate</name>
    <message>
        <source>Could not create a self-signed certificate (%1).</source>
        <translation>Impossible de créer un certificat auto-signé (%1).</translation>
    </message>
</context>
<context>
    <name>ServeView</name>
    <message>
        <source>Hand tokens to sample apps on this machine, an emulator or a phone: CAS Console keeps the secret and answers GET /token?session=NAME with one token per session.</source>
        <translation>Remettre des jetons aux applications d’exemple sur cette machine, un émulateur ou un téléphone : CAS Console garde le secret et répond à GET /token?session=NOM avec un jeton par session.</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>any free port</source>
        <translation>n’importe quel port libre</translation>
    </message>
    <message>
        <source>Reachable from</source>
        <translation>Joignable depuis</translation>
    </message>
    <message>
        <source>Allowed origins</source>
        <translation>Origines autorisées</translation>
    </message>
    <message>
        <source>besides http://localhost and http://127.0.0.1, e.g. http://192.168.1.20:8080</source>
        <translation>en plus de http://localhost et http://127.0.0.1, par ex. http://192.168.1.20:8080</translation>
    </message>
    <message>
        <source>Minimum validity:</source>
        <translation>Validité minimale :</translation>
    </message>
    <message>
        <source>Minimum validity</source>
        <translation>Validité minimale</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Ask before handing out a token</source>
        <translation>Demander avant de remettre un jeton</translation>
    </message>
    <message>
        <source>Give this to the sample app</source>
        <translation>À donner à l’application d’exemple</translation>
    </message>
    <message>
        <source>URL:</source>
        <translation>URL :</translation>
    </message>
    <message>
        <source>Service URL</source>
        <translation>URL du service</translation>
    </message>
    <message>
        <source>Access code:</source>
        <translation>Code d’accès :</translation>
    </message>
    <message>
        <source>Access code</source>
        <translation>Code d’accès</translation>
    </message>
    <message>
        <source>Copy code</source>
        <translation>Copier le code</translation>
    </message>
    <message>
        <source>QR code of the URL</source>
        <translation>Code QR de l’URL</translation>
    </message>
    <message>
        <source>Live sessions</source>
        <translation>Sessions actives</translation>
    </message>
    <message>
        <source>Renew token</source>
        <translation>Renouveler le jeton</translation>
    </message>
    <message>
        <source>End session</source>
        <translation>Terminer la session</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Requêtes</translation>
    </message>
    <message>
        <source>Request log</source>
        <translation>Journal des requêtes</translation>
    </message>
    <message>
        <source>This computer only (127.0.0.1)</source>
        <translation>Cet ordinateur seulement (127.0.0.1)</translation>
    </message>
    <message>
        <source>Local network, with an access code</source>
        <translation>Réseau local, avec un code d’accès</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Jeton</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Clients</translation>
    </message>
    <message>
        <source>Select a saved profile first: the service asks CAS with its key and secret.</source>
        <translation>Choisissez d’abord un profil enregistré : le service interroge CAS avec sa clé et son secret.</translation>
    </message>
    <message>
        <source>Reading the API secret of &quot;%1&quot;…</source>
        <translation>Lecture du secret d’API de « %1 »…</translation>
    </message>
    <message>
        <source>Another profile was selected before the secret was read: press Start serving again.</source>
        <translation>Un autre profil a été choisi avant la lecture du secret : appuyez de nouveau sur Démarrer le service.</translation>
    </message>
    <message>
        <source>Serving tokens of profile &quot;%1&quot;.</source>
        <translation>Service des jetons du profil « %1 ».</translation>
    </message>
    <message>
        <source>Stopped. Sample apps get no more tokens from here.</source>
        <translation>Arrêté. Les applications d’exemple ne reçoivent plus de jetons d’ici.</translation>
    </message>
    <message>
        <source>(not serving)</source>
        <translation>(service arrêté)</translation>
    </message>
    <message>
        <source>Start serving, then give the URL to the app. A browser on an allowed origin can open the URL itself for a test page.</source>
        <translation>Démarrez le service, puis donnez l’URL à l’application. Un navigateur sur une origine autorisée peut ouvrir l’URL lui-même pour une page de test.</translation>
    </message>
    <message>
        <source>Apps ask GET %1/token?session=NAME (open %1/ in a browser for a test page).
Android emulator: http://10.0.2.2:%2 is this computer.
Phone on USB: run adb reverse tcp:%2 tcp:%2, then use http://127.0.0.1:%2 on the phone.</source>
        <translation>Les applications demandent GET %1/token?session=NOM (ouvrez %1/ dans un navigateur pour une page de test).
Émulateur Android : http://10.0.2.2:%2 est cet ordinateur.
Téléphone en USB : lancez adb reverse tcp:%2 tcp:%2, puis utilisez http://127.0.0.1:%2 sur le téléphone.</translation>
    </message>
    <message>
        <source>fetching from CAS…</source>
        <translation>obtention auprès de CAS…</translation>
    </message>
    <message>
        <source>no token</source>
        <translation>pas de jeton</translation>
    </message>
    <message>
        <source>no expiry</source>
        <translation>pas d’expiration</translation>
    </message>
    <message>
        <source>Hand out a token?</source>
        <translation>Remettre un jeton ?</translation>
    </message>
    <message>
        <source>%1 asks for the token of session &quot;%2&quot;%3. Hand it out?</source>
        <translation>%1 demande le jeton de la session « %2 »%3. Le remettre ?</translation>
    </message>
    <message>
        <source> from the web page at %1</source>
        <translation> depuis la page web à %1</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>Port :</translation>
    </message>
    <message>
        <source>R&amp;eachable from:</source>
        <translation>Accessi&amp;ble depuis :</translation>
    </message>
    <message>
        <source>Allowe&amp;d origins:</source>
        <translation>Ori&amp;gines autorisées :</translation>
    </message>
    <message>
        <source>Start serv&amp;ing</source>
        <translation>Démarrer le ser&amp;vice</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>&amp;Copy URL</source>
        <translation>Copier l’URL</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Default &amp;timeout for new profiles:</source>
        <translation>&amp;Délai par défaut des nouveaux profils :</translation>
    </message>
    <message>
        <source>Default timeout in seconds</source>
        <translation>Délai par défaut en secondes</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>&amp;Clear copied tokens and secrets after:</source>
        <translation>&amp;Effacer les jetons et secrets copiés après :</translation>
    </message>
    <message>
        <source>Clipboard clearing delay in seconds</source>
        <translation>Délai avant l’effacement du presse-papiers, en secondes</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
    <message>
        <source>&amp;Font scale:</source>
        <translation>&amp;Taille du texte :</translation>
    </message>
    <message>
        <source>Font scale in percent</source>
        <translation>Taille du texte en pour cent</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Copies of tokens and secrets are marked as concealed for clipboard managers and cleared only if the clipboard still holds them.</source>
        <translation>Les copies de jetons et de secrets sont marquées comme confidentielles pour les gestionnaires de presse-papiers et effacées seulement si le presse-papiers les contient encore.</translation>
    </message>
    <message>
        <source>C&amp;olours:</source>
        <translation>C&amp;ouleurs :</translation>
    </message>
    <message>
        <source>Colour scheme</source>
        <translation>Jeu de couleurs</translation>
    </message>
    <message>
        <source>As the system (light or dark)</source>
        <translation>Comme le système (clair ou sombre)</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
</context>
<context>
    <name>SettingsFile</name>
    <message>
        <source>The settings file %1 cannot be read or written: check that its folder exists and is writable</source>
        <translation>Le fichier de réglages %1 ne peut être ni lu ni écrit : vérifiez que son dossier existe et qu’il est accessible en écriture</translation>
    </message>
    <message>
        <source>The settings file %1 is not a valid settings file: fix it or move it away (profiles are not saved until then, so it is not overwritten)</source>
        <translation>Le fichier de réglages %1 n’est pas un fichier de réglages valide : corrigez-le ou déplacez-le (les profils ne sont pas enregistrés d’ici là, pour ne pas l’écraser)</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Où</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Vues</translation>
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
        <translation>// Exemple pour votre application d’exemple %1 : modifiez-le (Copier comme &gt; Modifier les modèles).
// Les appels du SDK %1 ne figurent pas dans la documentation publique de Watch Together,
// ceci ne fait donc que passer les valeurs à votre propre code de connexion.
// Expire (UTC) : %2
</translation>
    </message>
    <message>
        <source>Tester</source>
        <translation>Testeur</translation>
    </message>
    <message>
        <source>Android sample (edit me)</source>
        <translation>Exemple Android (à modifier)</translation>
    </message>
    <message>
        <source>iOS sample (edit me)</source>
        <translation>Exemple iOS (à modifier)</translation>
    </message>
    <message>
        <source>A template name cannot be empty.</source>
        <translation>Un nom de modèle ne peut pas être vide.</translation>
    </message>
    <message>
        <source>There is already a template named &quot;%1&quot;.</source>
        <translation>Il existe déjà un modèle nommé « %1 ».</translation>
    </message>
    <message>
        <source>There is no template named &quot;%1&quot;.</source>
        <translation>Il n’y a pas de modèle nommé « %1 ».</translation>
    </message>
    <message>
        <source>The templates could not be saved: %1</source>
        <translation>Les modèles n’ont pas pu être enregistrés : %1</translation>
    </message>
</context>
<context>
    <name>TemplatesDialog</name>
    <message>
        <source>Copy Templates</source>
        <translation>Modèles de copie</translation>
    </message>
    <message>
        <source>Templates appear under Copy as. Placeholders: ${TOKEN}, ${DISPLAY_NAME}, ${EXPIRES_AT} (ISO 8601 UTC, empty when the token has no expiry). Other ${…} text is copied as it is.</source>
        <translation>Les modèles apparaissent sous Copier comme. Variables : ${TOKEN}, ${DISPLAY_NAME}, ${EXPIRES_AT} (ISO 8601 UTC, vide si le jeton n’expire pas). Tout autre texte ${…} est copié tel quel.</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Modèles</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <source>Re&amp;name</source>
        <translation>Re&amp;nommer</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>&amp;Texte :</translation>
    </message>
    <message>
        <source>Template text</source>
        <translation>Texte du modèle</translation>
    </message>
    <message>
        <source>Preview with a sample token:</source>
        <translation>Aperçu avec un jeton d’exemple :</translation>
    </message>
    <message>
        <source>Preview of the copied text</source>
        <translation>Aperçu du texte copié</translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation>Nom &amp;affiché :</translation>
    </message>
    <message>
        <source>Display name for Web SDK snippets and templates</source>
        <translation>Nom affiché pour les extraits SDK Web et les modèles</translation>
    </message>
    <message>
        <source>Tester</source>
        <translation>Testeur</translation>
    </message>
    <message>
        <source>New template</source>
        <translation>Nouveau modèle</translation>
    </message>
    <message>
        <source>New template %1</source>
        <translation>Nouveau modèle %1</translation>
    </message>
    <message>
        <source>Unknown placeholders, copied as they are: %1. Known: %2.</source>
        <translation>Variables inconnues, copiées telles quelles : %1. Connues : %2.</translation>
    </message>
</context>
<context>
    <name>TokenService</name>
    <message>
        <source>CAS rejected the API key or secret (HTTP %1). Check the profile&apos;s credentials in CAS Console.</source>
        <translation>CAS a refusé la clé ou le secret d’API (HTTP %1). Vérifiez les identifiants du profil dans CAS Console.</translation>
    </message>
    <message>
        <source>CAS answered with an error (HTTP %1). Try again later, or look at the request in CAS Console.</source>
        <translation>CAS a répondu par une erreur (HTTP %1). Réessayez plus tard, ou examinez la requête dans CAS Console.</translation>
    </message>
    <message>
        <source>CAS did not answer in time. Check that CAS is reachable from the machine running CAS Console.</source>
        <translation>CAS n’a pas répondu à temps. Vérifiez que CAS est joignable depuis la machine où tourne CAS Console.</translation>
    </message>
    <message>
        <source>CAS sent an answer without a usable token. Look at the request in CAS Console.</source>
        <translation>CAS a envoyé une réponse sans jeton utilisable. Examinez la requête dans CAS Console.</translation>
    </message>
    <message>
        <source>The secure connection to CAS failed. Check the profile&apos;s URL and CA file in CAS Console.</source>
        <translation>La connexion sécurisée à CAS a échoué. Vérifiez l’URL et le fichier CA du profil dans CAS Console.</translation>
    </message>
    <message>
        <source>CAS could not be reached. Check the profile&apos;s URL and the network of the machine running CAS Console.</source>
        <translation>CAS n’a pas pu être joint. Vérifiez l’URL du profil et le réseau de la machine où tourne CAS Console.</translation>
    </message>
    <message>
        <source>Use GET.</source>
        <translation>Utilisez GET.</translation>
    </message>
    <message>
        <source>Not found: the token service answers GET /token?session=NAME.</source>
        <translation>Introuvable : le service de jetons répond à GET /token?session=NOM.</translation>
    </message>
    <message>
        <source>This origin may not fetch tokens. Start the service with --allow-origin for it.</source>
        <translation>Cette origine ne peut pas obtenir de jetons. Démarrez le service avec --allow-origin pour elle.</translation>
    </message>
    <message>
        <source>Use GET /token?session=NAME.</source>
        <translation>Utilisez GET /token?session=NOM.</translation>
    </message>
    <message>
        <source>An access code is needed: send the header &quot;Authorization: Bearer CODE&quot; with the code shown by CAS Console.</source>
        <translation>Un code d’accès est nécessaire : envoyez l’en-tête « Authorization: Bearer CODE » avec le code affiché par CAS Console.</translation>
    </message>
    <message>
        <source>The session name must be 1 to 64 letters, digits or - _ . : @ characters.</source>
        <translation>Le nom de session doit compter de 1 à 64 lettres, chiffres ou caractères - _ . : @.</translation>
    </message>
    <message>
        <source>The person at CAS Console declined to hand out a token.</source>
        <translation>La personne devant CAS Console a refusé de remettre un jeton.</translation>
    </message>
    <message>
        <source>Too many sessions: end some in CAS Console, or use fewer session names.</source>
        <translation>Trop de sessions : terminez-en quelques-unes dans CAS Console, ou utilisez moins de noms de session.</translation>
    </message>
    <message>
        <source>CAS sent something that is not a token.</source>
        <translation>CAS a envoyé quelque chose qui n’est pas un jeton.</translation>
    </message>
    <message>
        <source>CAS sent a token that has already expired. Check the clocks of this machine and of CAS.</source>
        <translation>CAS a envoyé un jeton déjà expiré. Vérifiez les horloges de cette machine et de CAS.</translation>
    </message>
    <message>
        <source>Serving tokens on %1 needs an access code: any device on that network could otherwise get tokens. Give an access code, or bind to 127.0.0.1.</source>
        <translation>Servir des jetons sur %1 demande un code d’accès : sinon, tout appareil de ce réseau pourrait obtenir des jetons. Donnez un code d’accès, ou liez à 127.0.0.1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an origin: write it as scheme://host[:port], for example http://192.168.1.20:8080.</source>
        <translation>« %1 » n’est pas une origine : écrivez-la sous la forme schéma://hôte[:port], par exemple http://192.168.1.20:8080.</translation>
    </message>
    <message>
        <source>The token service could not listen on %1 port %2: %3</source>
        <translation>Le service de jetons n’a pas pu écouter sur %1 port %2 : %3</translation>
    </message>
    <message>
        <source>The session was ended at CAS Console.</source>
        <translation>La session a été terminée dans CAS Console.</translation>
    </message>
</context>
<context>
    <name>TokenView</name>
    <message>
        <source>No token</source>
        <translation>Pas de jeton</translation>
    </message>
    <message>
        <source>Token expiry</source>
        <translation>Expiration du jeton</translation>
    </message>
    <message>
        <source>Token summary</source>
        <translation>Résumé du jeton</translation>
    </message>
    <message>
        <source>&amp;Encoded token</source>
        <translation>&amp;Jeton encodé</translation>
    </message>
    <message>
        <source>Encoded token</source>
        <translation>Jeton encodé</translation>
    </message>
    <message>
        <source>The token as received: header, payload and signature separated by dots</source>
        <translation>Le jeton tel que reçu : en-tête, charge utile et signature séparés par des points</translation>
    </message>
    <message>
        <source>Copy the whole token; it is marked concealed and cleared from the clipboard after a while</source>
        <translation>Copier tout le jeton ; il est marqué confidentiel et effacé du presse-papiers après un moment</translation>
    </message>
    <message>
        <source>Copy the header JSON exactly as the token carries it</source>
        <translation>Copier le JSON de l’en-tête exactement tel que le jeton le porte</translation>
    </message>
    <message>
        <source>Copy the payload JSON exactly as the token carries it</source>
        <translation>Copier le JSON de la charge utile exactement tel que le jeton le porte</translation>
    </message>
    <message>
        <source>Presentation mode hides the token; show it on screen</source>
        <translation>Le mode présentation masque le jeton ; l’afficher à l’écran</translation>
    </message>
    <message>
        <source>No token yet. Press %1 to get one, or paste a token (%2) to decode it.</source>
        <translation>Pas encore de jeton. Appuyez sur %1 pour en obtenir un, ou collez un jeton (%2) pour le décoder.</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Jeton</translation>
    </message>
    <message>
        <source>Header JSON</source>
        <translation>JSON de l’en-tête</translation>
    </message>
    <message>
        <source>Payload JSON</source>
        <translation>JSON de la charge utile</translation>
    </message>
    <message>
        <source>Hidden in presentation mode: press Reveal token to show it.</source>
        <translation>Masqué en mode présentation : appuyez sur Révéler le jeton pour l’afficher.</translation>
    </message>
    <message>
        <source>%1 characters are not shown; Copy token copies the whole token.</source>
        <translation>%1 caractères ne sont pas affichés ; Copier le jeton copie le jeton entier.</translation>
    </message>
    <message>
        <source>no alg</source>
        <translation>pas d’alg</translation>
    </message>
    <message>
        <source>kid %1</source>
        <translation>kid %1</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 octets</translation>
    </message>
    <message>
        <source>Copy token</source>
        <translation>Copier le jeton</translation>
    </message>
    <message>
        <source>Copy header</source>
        <translation>Copier l’en-tête</translation>
    </message>
    <message>
        <source>Copy payload</source>
        <translation>Copier la charge utile</translation>
    </message>
    <message>
        <source>Reveal to&amp;ken</source>
        <translation>Ré&amp;véler le jeton</translation>
    </message>
</context>
<context>
    <name>VerifyView</name>
    <message>
        <source>Verify signature</source>
        <translation>Vérifier la signature</translation>
    </message>
    <message>
        <source>Key typ&amp;e:</source>
        <translation>T&amp;ype de clé :</translation>
    </message>
    <message>
        <source>Key type</source>
        <translation>Type de clé</translation>
    </message>
    <message>
        <source>Shared secret</source>
        <translation>Secret partagé</translation>
    </message>
    <message>
        <source>Key te&amp;xt:</source>
        <translation>Te&amp;xte de la clé :</translation>
    </message>
    <message>
        <source>Verification key</source>
        <translation>Clé de vérification</translation>
    </message>
    <message>
        <source>Read a PEM, certificate, JWK or JWKS file into the key text</source>
        <translation>Lire un fichier PEM, certificat, JWK ou JWKS dans le texte de la clé</translation>
    </message>
    <message>
        <source>L&amp;oad key file…</source>
        <translation>Char&amp;ger un fichier de clé…</translation>
    </message>
    <message>
        <source>Verification result</source>
        <translation>Résultat de la vérification</translation>
    </message>
    <message>
        <source>Shared secret (text)</source>
        <translation>Secret partagé (texte)</translation>
    </message>
    <message>
        <source>Shared secret (base64)</source>
        <translation>Secret partagé (base64)</translation>
    </message>
    <message>
        <source>Public key: PEM, certificate, JWK or JWKS</source>
        <translation>Clé publique : PEM, certificat, JWK ou JWKS</translation>
    </message>
    <message>
        <source>HS256/384/512 tokens are signed with a shared secret; RS, PS, ES and EdDSA tokens with a private key, verified here with its public key</source>
        <translation>Les jetons HS256/384/512 sont signés avec un secret partagé ; les jetons RS, PS, ES et EdDSA avec une clé privée, vérifiés ici avec sa clé publique</translation>
    </message>
    <message>
        <source>Paste the public key: a PEM key (-----BEGIN PUBLIC KEY-----), a PEM certificate, a JWK ({&quot;kty&quot;: …}, also &quot;oct&quot; for a shared secret) or a JWKS ({&quot;keys&quot;: […]}, the token&apos;s kid picks the key).</source>
        <translation>Collez la clé publique : une clé PEM (-----BEGIN PUBLIC KEY-----), un certificat PEM, une JWK ({&quot;kty&quot;: …}, aussi « oct » pour un secret partagé) ou un JWKS ({&quot;keys&quot;: […]}, le kid du jeton choisit la clé).</translation>
    </message>
    <message>
        <source>Check the token&apos;s signature with this key (%1)</source>
        <translation>Vérifier la signature du jeton avec cette clé (%1)</translation>
    </message>
    <message>
        <source>Load Verification Key</source>
        <translation>Charger une clé de vérification</translation>
    </message>
    <message>
        <source>Keys (*.pem *.crt *.cer *.pub *.key *.jwk *.jwks *.json);;All files (*)</source>
        <translation>Clés (*.pem *.crt *.cer *.pub *.key *.jwk *.jwks *.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>No token to verify. Fetch or paste a token first.</source>
        <translation>Aucun jeton à vérifier. Obtenez ou collez d’abord un jeton.</translation>
    </message>
    <message>
        <source>Token signed with an unknown algorithm (no &quot;alg&quot;)</source>
        <translation>Jeton signé avec un algorithme inconnu (pas d’« alg »)</translation>
    </message>
    <message>
        <source>Token signed with %1</source>
        <translation>Jeton signé avec %1</translation>
    </message>
    <message>
        <source>(kid %1)</source>
        <translation>(kid %1)</translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation>Impossible d’ouvrir %1 : %2</translation>
    </message>
    <message>
        <source>%1 is too large to be a key file.</source>
        <translation>%1 est trop grand pour être un fichier de clé.</translation>
    </message>
    <message>
        <source>%1 is not a text file. A binary (DER) key can be converted with &quot;openssl pkey -pubin -inform DER -in key.der -out key.pem&quot;.</source>
        <translation>%1 n’est pas un fichier texte. Une clé binaire (DER) se convertit avec « openssl pkey -pubin -inform DER -in key.der -out key.pem ».</translation>
    </message>
    <message numerus="yes">
        <source>Loaded %1 (%n byte(s)).</source>
        <translation>
            <numerusform>%1 chargé (%n octet).</numerusform>
            <numerusform>%1 chargé (%n octets).</numerusform>
        </translation>
    </message>
    <message>
        <source>The shared secret, base64 or base64url encoded</source>
        <translation>Le secret partagé, encodé en base64 ou base64url</translation>
    </message>
    <message>
        <source>The shared secret the token was signed with</source>
        <translation>Le secret partagé avec lequel le jeton a été signé</translation>
    </message>
    <message>
        <source>— Not checked</source>
        <translation>— Non vérifié</translation>
    </message>
    <message>
        <source>Press Verify to check the signature with this key.</source>
        <translation>Appuyez sur Vérifier pour contrôler la signature avec cette clé.</translation>
    </message>
    <message>
        <source>Enter the key the token was signed with and press Verify.</source>
        <translation>Saisissez la clé avec laquelle le jeton a été signé et appuyez sur Vérifier.</translation>
    </message>
    <message>
        <source>✔ Verified</source>
        <translation>✔ Vérifié</translation>
    </message>
    <message>
        <source>✘ Not verified</source>
        <translation>✘ Non vérifié</translation>
    </message>
    <message>
        <source>Key: %1</source>
        <translation>Clé : %1</translation>
    </message>
    <message>
        <source>Show the secret</source>
        <translation>Afficher le secret</translation>
    </message>
    <message>
        <source>Hide the secret</source>
        <translation>Masquer le secret</translation>
    </message>
    <message>
        <source>The demo CAS signs its tokens with a public HS256 secret; this fills it in and verifies, to show a verification that succeeds</source>
        <translation>Le CAS de démonstration signe ses jetons avec un secret HS256 public ; ceci le remplit et vérifie, pour montrer une vérification qui réussit</translation>
    </message>
    <message>
        <source>Choose “Public key: PEM, certificate, JWK or JWKS” above and paste it in the Key field.</source>
        <translation>Choisissez « Clé publique : PEM, certificat, JWK ou JWKS » ci-dessus et collez-la dans le champ Clé.</translation>
    </message>
    <message>
        <source>Se&amp;cret:</source>
        <translation>Secret :</translation>
    </message>
    <message>
        <source>Use the &amp;demo CAS&apos;s signing secret</source>
        <translation>Utiliser le secret de signature de la démo</translation>
    </message>
    <message>
        <source>Ver&amp;ify</source>
        <translation>&amp;Vérifier</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Developer console for CAS tokens</source>
        <translation>Console de développement pour les jetons CAS</translation>
    </message>
    <message>
        <source>Start the embedded demo CAS and select its profile.</source>
        <translation>Démarrer le CAS de démonstration intégré et sélectionner son profil.</translation>
    </message>
</context>
</TS>
