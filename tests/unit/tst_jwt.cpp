#include "ManualClock.h"
#include "core/Jwt.h"
#include "TestSupport.h"

#include <QTest>
#include <QTimeZone>

#include <limits>

namespace
{
QString b64(const QByteArray& bytes)
{
    return QString::fromLatin1(base64Url(bytes));
}

QString b64Padded(const QByteArray& bytes)
{
    return QString::fromLatin1(bytes.toBase64(QByteArray::Base64UrlEncoding));
}

const QByteArray casHeader = R"({"typ":"JWT","alg":"HS256"})";
const QByteArray casPayload = R"({"rid":"e01dbe4589354be7977984fe66211808","unct":"b6064aef5de545fb835","exp":1700000000})";

QString casToken()
{
    return makeToken(casHeader, casPayload);
}

const QDateTime fixedNow = QDateTime(QDate(2026, 1, 1), QTime(0, 0), QTimeZone::utc());

QByteArray payloadWith(const QByteArray& members)
{
    return "{" + members + "}";
}

QByteArray at(qint64 offset)
{
    return QByteArray::number(fixedNow.toSecsSinceEpoch() + offset);
}
} // namespace

Q_DECLARE_METATYPE(JwtDecodeError::Kind)
Q_DECLARE_METATYPE(JwtDecodeError::Part)
Q_DECLARE_METATYPE(Jwt::Expiry)

class TestJwt : public QObject
{
    Q_OBJECT

private slots:
    void pasteForms_data();
    void pasteForms();
    void malformed_data();
    void malformed();
    void encryptedTokenShowsHeader();
    void emptySignatureDecodes();
    void nonCanonicalBase64IsAWarning();
    void accessorsCarryTheBytes();
    void casExampleClaims();
    void duplicateKeysWarn_data();
    void duplicateKeysWarn();
    void duplicateWarningsAreCapped();
    void bigIntegersStayExact();
    void unicodeAndEscapes();
    void keyOrderKept();
    void numericClaim_data();
    void numericClaim();
    void stringClaim_data();
    void stringClaim();
    void timeClaims();
    void describeRelative_data();
    void describeRelative();
    void describeRelativeExtremes();
    void expiry_data();
    void expiry();
    void expiryFollowsTheClock();
    void claimDescription_data();
    void claimDescription();
};

void TestJwt::pasteForms_data()
{
    QTest::addColumn<QString>("pasted");
    QTest::addColumn<bool>("internalWhitespace");

    const QString token = casToken();
    const QString broken = token.left(20) + QLatin1Char('\n') + token.mid(20, 30) + QStringLiteral("\r\n") + token.mid(50);

    QTest::newRow("as is") << token << false;
    QTest::newRow("surrounding whitespace") << QStringLiteral(" \n\t") + token + QStringLiteral(" \r\n") << false;
    QTest::newRow("Bearer prefix") << QStringLiteral("Bearer ") + token << false;
    QTest::newRow("bearer lower case") << QStringLiteral("bearer ") + token << false;
    QTest::newRow("BEARER with tab and spaces") << QStringLiteral("BEARER\t  ") + token << false;
    QTest::newRow("Authorization header line") << QStringLiteral("Authorization: Bearer ") + token << false;
    QTest::newRow("CAS response") << QStringLiteral(R"({"token":"%1"})").arg(token) << false;
    QTest::newRow("CAS response pretty") << QStringLiteral("{\n    \"token\": \"%1\"\n}\n").arg(token) << false;
    QTest::newRow("CAS response with other members") << QStringLiteral(R"({"ttl":3600,"token":"%1","x":[1]})").arg(token) << false;
    QTest::newRow("CAS response with padded token") << QStringLiteral(R"({"token":"  %1 "})").arg(token) << false;
    QTest::newRow("double quotes") << QStringLiteral("\"%1\"").arg(token) << false;
    QTest::newRow("single quotes") << QStringLiteral("'%1'").arg(token) << false;
    QTest::newRow("quotes and whitespace") << QStringLiteral("  \" %1 \"\n").arg(token) << false;
    QTest::newRow("typographic double quotes") << QChar(0x201C) + token + QChar(0x201D) << false;
    QTest::newRow("typographic single quotes") << QChar(0x2018) + token + QChar(0x2019) << false;
    QTest::newRow("backticks") << QStringLiteral("`%1`").arg(token) << false;
    QTest::newRow("byte order mark and zero-width space around") << QChar(0xFEFF) + token + QChar(0x200B) << false;
    QTest::newRow("zero-width space inside") << token.left(30) + QChar(0x200B) + token.mid(30) << true;
    QTest::newRow("one line of a pretty CAS response") << QStringLiteral("  \"token\": \"%1\",\n").arg(token) << false;
    QTest::newRow("Bearer inside quotes") << QStringLiteral("\"Bearer %1\"").arg(token) << false;
    QTest::newRow("line breaks inside") << broken << true;
    QTest::newRow("spaces inside") << token.left(10) + QStringLiteral("  ") + token.mid(10) << true;
    QTest::newRow("invisible characters at both ends of a part and between") << token.left(1) + QChar(0x200D) + token.mid(1, 20)
            + QChar(0x2060) + QChar(0x2060) + token.mid(21, token.size() - 22) + QChar(0xFEFF)
            + token.right(1) << true;
    QTest::newRow("wrapped at 64 columns") << [&token] {
        QString wrapped;
        for (int i = 0; i < token.size(); i += 64)
            wrapped += token.mid(i, 64) + QLatin1Char('\n');
        return wrapped;
    }() << true;
    QTest::newRow("Bearer, quotes and line breaks") << QStringLiteral("Bearer \"%1\"").arg(broken) << true;
    QTest::newRow("pretty CAS response, escaped line break in token")
        << QStringLiteral("{\n  \"token\": \"%1\\n%2\"\n}").arg(token.left(30), token.mid(30)) << true;
}

void TestJwt::pasteForms()
{
    QFETCH(QString, pasted);
    QFETCH(bool, internalWhitespace);

    const Jwt jwt = Jwt::parse(pasted);
    QVERIFY2(jwt.isValid(), qPrintable(jwt.error().message));
    QCOMPARE(int(jwt.error().kind), int(JwtDecodeError::Kind::None));
    QCOMPARE(jwt.compact(), casToken());
    QCOMPARE(jwt.hadInternalWhitespace(), internalWhitespace);
    const bool warned =
        jwt.warnings().contains(QStringLiteral("The token had line breaks, spaces or invisible characters inside; they were removed."));
    QCOMPARE(warned, internalWhitespace);
    QCOMPARE(jwt.warnings().size(), internalWhitespace ? 1 : 0);
    QCOMPARE(jwt.headerJson(), casHeader);
    QCOMPARE(jwt.payloadJson(), casPayload);
    QCOMPARE(jwt.algorithm(), QStringLiteral("HS256"));
}

void TestJwt::malformed_data()
{
    QTest::addColumn<QString>("pasted");
    QTest::addColumn<JwtDecodeError::Kind>("kind");
    QTest::addColumn<JwtDecodeError::Part>("part");
    QTest::addColumn<QStringList>("mentions");

    using K = JwtDecodeError::Kind;
    using P = JwtDecodeError::Part;
    const QString h = b64(casHeader);
    const QString p = b64(casPayload);
    const QString s = b64("sig");
    auto join = [](const QString& a, const QString& b, const QString& c) -> QString {
        return a + QLatin1Char('.') + b + QLatin1Char('.') + c;
    };
    QString cutPayload = p;
    while (cutPayload.size() % 4 != 1)
        cutPayload.chop(1);

    QTest::newRow("empty") << QString() << K::Empty << P::None << QStringList {QStringLiteral("no token")};
    QTest::newRow("whitespace only") << QStringLiteral(" \n\t ") << K::Empty << P::None << QStringList();
    QTest::newRow("empty quotes") << QStringLiteral("\"\"") << K::Empty << P::None << QStringList();
    QTest::newRow("Bearer alone") << QStringLiteral("Bearer ") << K::Empty << P::None << QStringList();
    QTest::newRow("CAS response with empty token") << QStringLiteral(R"({"token":""})") << K::Empty << P::None << QStringList();
    QTest::newRow("one part") << QStringLiteral("abcdef") << K::NotCompact << P::None
                              << QStringList {QStringLiteral("no '.'"), QStringLiteral("header.payload.signature")};
    QTest::newRow("two parts") << h + QLatin1Char('.') + p << K::NotCompact << P::None
                               << QStringList {QStringLiteral("2 dot-separated parts"), QStringLiteral("has 3")};
    QTest::newRow("four parts") << join(h, p, s) + QStringLiteral(".abc") << K::NotCompact << P::None
                                << QStringList {QStringLiteral("4 dot-separated parts")};
    QTest::newRow("six parts") << QStringLiteral("a.b.c.d.e.f") << K::NotCompact << P::None
                               << QStringList {QStringLiteral("6 dot-separated parts")};
    QTest::newRow("five parts is JWE") << join(h, p, s) + QStringLiteral(".aa.bb") << K::Encrypted << P::None
                                       << QStringList {QStringLiteral("JWE (encrypted)"), QStringLiteral("recipient's key")};
    QTest::newRow("JSON without token") << QStringLiteral(R"({"error":"denied"})") << K::NotCompact << P::None
                                        << QStringList {QStringLiteral("no \"token\" string")};
    QTest::newRow("JSON token not a string") << QStringLiteral(R"({"token":42})") << K::NotCompact << P::None
                                             << QStringList {QStringLiteral("no \"token\" string")};
    QTest::newRow("token line that is not JSON")
        << QStringLiteral("\"token\": nope") << K::NotCompact << P::None << QStringList {QStringLiteral("no '.'")};
    QTest::newRow("mismatched quotes") << QStringLiteral("\"%1'").arg(join(h, p, s)) << K::BadBase64 << P::Header
                                       << QStringList {QStringLiteral("'\"' at offset 0")};
    QTest::newRow("broken JSON") << QStringLiteral(R"({"token": "abc)") << K::NotCompact << P::None
                                 << QStringList {QStringLiteral("looks like JSON but is not valid"), QStringLiteral("offset")};

    QTest::newRow("header padding") << join(b64Padded(R"({"alg":"none"})"), p, s) << K::BadBase64 << P::Header
                                    << QStringList {QStringLiteral("header part"), QStringLiteral("'=' padding")};
    QTest::newRow("payload padding") << join(h, b64Padded(R"({"a":"bc"})"), s) << K::BadBase64 << P::Payload
                                     << QStringList {QStringLiteral("payload part"), QStringLiteral("'=' padding")};
    QTest::newRow("signature padding") << join(h, p, b64Padded("x")) << K::BadBase64 << P::Signature
                                       << QStringList {QStringLiteral("signature part"), QStringLiteral("'=' padding")};
    QTest::newRow("equals in the middle") << join(h, p, QStringLiteral("ab=c")) << K::BadBase64 << P::Signature
                                          << QStringList {QStringLiteral("'=' at offset 2")};
    QTest::newRow("invalid character") << join(h, p.left(5) + QLatin1Char('*') + p.mid(6), s) << K::BadBase64 << P::Payload
                                       << QStringList {QStringLiteral("payload part"), QStringLiteral("'*' at offset 5")};
    QTest::newRow("standard base64 plus") << join(QLatin1Char('+') + h.mid(1), p, s) << K::BadBase64 << P::Header
                                          << QStringList {QStringLiteral("'+' at offset 0"), QStringLiteral("standard base64")};
    QTest::newRow("standard base64 slash") << join(h, p, QStringLiteral("ab/c")) << K::BadBase64 << P::Signature
                                           << QStringList {QStringLiteral("'/' at offset 2"), QStringLiteral("standard base64")};
    QTest::newRow("non-ascii character") << join(h, p.left(3) + QChar(0xe9) + p.mid(3), s) << K::BadBase64 << P::Payload
                                         << QStringList {QString(QStringLiteral("'") + QChar(0xe9) + QStringLiteral("' at offset 3"))};
    // Beyond Latin-1 (the table decoder reads Latin-1; such a character must still be named).
    QTest::newRow("character beyond latin-1") << join(h, p.left(4) + QChar(0x141) + p.mid(4), s) << K::BadBase64 << P::Payload
                                              << QStringList {
                                                     QString(QStringLiteral("'") + QChar(0x141) + QStringLiteral("' at offset 4"))};
    QTest::newRow("question mark") << join(h, p.left(4) + QLatin1Char('?') + p.mid(4), s) << K::BadBase64 << P::Payload
                                   << QStringList {QStringLiteral("'?' at offset 4")};
    QTest::newRow("impossible length") << join(h, cutPayload, s) << K::BadBase64 << P::Payload
                                       << QStringList {QStringLiteral("%1 characters").arg(cutPayload.size()), QStringLiteral("cut off")};

    QTest::newRow("header not JSON") << join(b64("not json"), p, s) << K::BadJson << P::Header
                                     << QStringList {QStringLiteral("header is not valid JSON"),
                                                     QStringLiteral("invalid literal (expected true, false or null) at offset 0")};
    QTest::newRow("payload trailing comma") << join(h, b64(R"({"a":1,})"), s) << K::BadJson << P::Payload
                                            << QStringList {QStringLiteral("payload is not valid JSON"), QStringLiteral("at offset 7")};
    QTest::newRow("payload trailing garbage") << join(h, b64(R"({"a":1}x)"), s) << K::BadJson << P::Payload
                                              << QStringList {QStringLiteral("trailing characters")};
    QTest::newRow("payload is an array") << join(h, b64("[1,2]"), s) << K::BadJson << P::Payload
                                         << QStringList {QStringLiteral("payload is JSON but not an object")};
    QTest::newRow("header is a string") << join(b64(R"("HS256")"), p, s) << K::BadJson << P::Header
                                        << QStringList {QStringLiteral("header is JSON but not an object")};
    QTest::newRow("empty header part") << join(QString(), p, s) << K::BadJson << P::Header << QStringList {QStringLiteral("empty input")};
    QTest::newRow("empty payload part") << join(h, QString(), s) << K::BadJson << P::Payload
                                        << QStringList {QStringLiteral("payload"), QStringLiteral("empty input")};
    QTest::newRow("header not UTF-8") << join(b64("{\"alg\":\"\xff\"}"), p, s) << K::BadUtf8 << P::Header
                                      << QStringList {QStringLiteral("header is not UTF-8"), QStringLiteral("0xff at offset 8")};
    QTest::newRow("payload Latin-1") << join(h, b64("{\"name\":\"Zo\xeb\"}"), s) << K::BadUtf8 << P::Payload
                                     << QStringList {QStringLiteral("payload is not UTF-8"), QStringLiteral("0xeb at offset 11")};
}

void TestJwt::malformed()
{
    QFETCH(QString, pasted);
    QFETCH(JwtDecodeError::Kind, kind);
    QFETCH(JwtDecodeError::Part, part);
    QFETCH(QStringList, mentions);

    const Jwt jwt = Jwt::parse(pasted);
    QVERIFY(!jwt.isValid());
    QCOMPARE(int(jwt.error().kind), int(kind));
    QCOMPARE(int(jwt.error().part), int(part));
    QVERIFY(!jwt.error().message.isEmpty());
    for (const QString& mention : mentions)
        QVERIFY2(jwt.error().message.contains(mention), qPrintable(jwt.error().message));
    QVERIFY(jwt.signingInput().isEmpty());
    if (part == JwtDecodeError::Part::Signature) {
        // What decoded before the bad part is still there to show.
        QVERIFY(jwt.payload().ok);
        QCOMPARE(jwt.stringClaim(QStringLiteral("rid")), QStringLiteral("e01dbe4589354be7977984fe66211808"));
    } else {
        QVERIFY(!jwt.payload().ok);
        QVERIFY(jwt.timeClaims().isEmpty());
        QCOMPARE(int(jwt.expiry(fixedNow)), int(Jwt::Expiry::NoExpiry));
    }
}

void TestJwt::encryptedTokenShowsHeader()
{
    const QString jwe =
        b64(R"({"alg":"RSA-OAEP","enc":"A256GCM","kid":"k1"})")
        + QStringLiteral(
            ".OKOawDo13gRp2ojaHV7LFpZcgV7T6DVZKTyKOMTYUmKoTCVJRgckCL9kiMT03JGe.48V1_ALb6US04U3b.5eym8T.XFBoMYUZodetZdvTiFvSkQ");
    const Jwt jwt = Jwt::parse(QStringLiteral("Bearer ") + jwe);
    QCOMPARE(int(jwt.error().kind), int(JwtDecodeError::Kind::Encrypted));
    QVERIFY(!jwt.isValid());
    QCOMPARE(jwt.compact(), jwe);
    QCOMPARE(jwt.algorithm(), QStringLiteral("RSA-OAEP"));
    QCOMPARE(jwt.keyId(), QStringLiteral("k1"));
    QVERIFY(jwt.payloadJson().isEmpty());
    QVERIFY(jwt.payload().topLevel.isEmpty());
}

void TestJwt::emptySignatureDecodes()
{
    const QString token = b64(R"({"alg":"none"})") + QLatin1Char('.') + b64(R"({"sub":"x"})") + QLatin1Char('.');
    const Jwt jwt = Jwt::parse(token);
    QVERIFY2(jwt.isValid(), qPrintable(jwt.error().message));
    QCOMPARE(jwt.algorithm(), QStringLiteral("none"));
    QVERIFY(jwt.signature().isEmpty());
    QVERIFY(jwt.signaturePart().isEmpty());
    QCOMPARE(jwt.compact(), token);
    QCOMPARE(jwt.warnings().size(), 1);
    QVERIFY(jwt.warnings().at(0).contains(QStringLiteral("signature part is empty")));
}

void TestJwt::nonCanonicalBase64IsAWarning()
{
    // "YQ" is 'a'; "YR" carries the same byte with a non-zero unused bit.
    const Jwt jwt = Jwt::parse(b64(casHeader) + QLatin1Char('.') + b64(casPayload) + QStringLiteral(".YR"));
    QVERIFY2(jwt.isValid(), qPrintable(jwt.error().message));
    QCOMPARE(jwt.signature(), QByteArray("a"));
    QCOMPARE(jwt.warnings().size(), 1);
    QVERIFY(jwt.warnings().at(0).contains(QStringLiteral("signature part has non-zero unused bits")));

    const Jwt canonical = Jwt::parse(b64(casHeader) + QLatin1Char('.') + b64(casPayload) + QStringLiteral(".YQ"));
    QVERIFY(canonical.warnings().isEmpty());
}

void TestJwt::accessorsCarryTheBytes()
{
    const QByteArray header = "{ \"alg\" : \"ES256\",\n \"kid\":\"key-1\" }";
    const QByteArray payload = "{\"sub\":\"me\"}";
    const QByteArray signature("\x00\xff\x10 binary", 10);
    const QString token = makeToken(header, payload, signature);
    const Jwt jwt = Jwt::parse(QStringLiteral("  ") + token);
    QVERIFY2(jwt.isValid(), qPrintable(jwt.error().message));
    QCOMPARE(jwt.headerPart(), b64(header));
    QCOMPARE(jwt.payloadPart(), b64(payload));
    QCOMPARE(jwt.signaturePart(), b64(signature));
    QCOMPARE(jwt.headerJson(), header);
    QCOMPARE(jwt.payloadJson(), payload);
    QCOMPARE(jwt.signature(), signature);
    QCOMPARE(jwt.signingInput(), (b64(header) + QLatin1Char('.') + b64(payload)).toLatin1());
    QCOMPARE(jwt.algorithm(), QStringLiteral("ES256"));
    QCOMPARE(jwt.keyId(), QStringLiteral("key-1"));
    QCOMPARE(jwt.header().pretty, QStringLiteral("{\n  \"alg\": \"ES256\",\n  \"kid\": \"key-1\"\n}"));

    const Jwt numericAlg = Jwt::parse(makeToken(R"({"alg":256,"kid":null})", payload));
    QVERIFY(numericAlg.isValid());
    QVERIFY(numericAlg.algorithm().isEmpty());
    QVERIFY(numericAlg.keyId().isEmpty());
}

void TestJwt::casExampleClaims()
{
    const Jwt jwt = Jwt::parse(casToken());
    QVERIFY(jwt.isValid());
    QVERIFY(jwt.warnings().isEmpty());
    QCOMPARE(jwt.header().topLevel.size(), 2);
    QCOMPARE(jwt.header().topLevel.at(0).key, QStringLiteral("typ"));
    QCOMPARE(jwt.stringClaim(QStringLiteral("rid")), QStringLiteral("e01dbe4589354be7977984fe66211808"));
    QCOMPARE(jwt.stringClaim(QStringLiteral("unct")), QStringLiteral("b6064aef5de545fb835"));
    QCOMPARE(jwt.numericClaim(QStringLiteral("exp")), std::optional<qint64>(1700000000));
}

void TestJwt::duplicateKeysWarn_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<QByteArray>("payload");
    QTest::addColumn<QStringList>("mentions");

    QTest::newRow("payload exp") << casHeader << QByteArray(R"({"exp":1,"sub":"a","exp":2})")
                                 << QStringList {QStringLiteral("payload has duplicate key \"exp\"")};
    QTest::newRow("header alg") << QByteArray(R"({"alg":"HS256","alg":"none"})") << QByteArray("{}")
                                << QStringList {QStringLiteral("header has duplicate key \"alg\"")};
    QTest::newRow("nested") << casHeader << QByteArray(R"({"ctx":{"role":"a","role":"b"}})")
                            << QStringList {QStringLiteral("payload has duplicate key \"ctx.role\"")};
    QTest::newRow("both parts") << QByteArray(R"({"typ":"JWT","typ":"JWT"})") << QByteArray(R"({"a":1,"a":1,"b":1,"b":1})")
                                << QStringList {QStringLiteral("header has duplicate key \"typ\""),
                                                QStringLiteral("payload has duplicate key \"a\""),
                                                QStringLiteral("payload has duplicate key \"b\"")};
}

void TestJwt::duplicateKeysWarn()
{
    QFETCH(QByteArray, header);
    QFETCH(QByteArray, payload);
    QFETCH(QStringList, mentions);

    const Jwt jwt = Jwt::parse(makeToken(header, payload));
    QVERIFY2(jwt.isValid(), qPrintable(jwt.error().message));
    QCOMPARE(jwt.warnings().size(), mentions.size());
    for (int i = 0; i < mentions.size(); ++i)
        QVERIFY2(jwt.warnings().at(i).contains(mentions.at(i)), qPrintable(jwt.warnings().at(i)));
}

void TestJwt::duplicateWarningsAreCapped()
{
    QByteArray payload = "{";
    for (int i = 0; i < 25; ++i)
        payload += "\"k" + QByteArray::number(i) + "\":1,\"k" + QByteArray::number(i) + "\":2,";
    payload += "\"exp\":1}";
    const Jwt jwt = Jwt::parse(makeToken(casHeader, payload));
    QVERIFY(jwt.isValid());
    QCOMPARE(jwt.payload().duplicateKeys.size(), 25);
    QCOMPARE(jwt.warnings().size(), 11);
    QVERIFY(jwt.warnings().at(9).contains(QStringLiteral("\"k9\"")));
    QCOMPARE(jwt.warnings().at(10), QStringLiteral("The payload has 15 more duplicate keys."));
}

void TestJwt::bigIntegersStayExact()
{
    const QByteArray payload = R"({"big":12345678901234567890,"neg":-98765432109876543210,"exp":1700000000})";
    const Jwt jwt = Jwt::parse(makeToken(casHeader, payload));
    QVERIFY(jwt.isValid());
    QCOMPARE(jwt.payloadJson(), payload);
    QVERIFY(jwt.payload().pretty.contains(QStringLiteral("\"big\": 12345678901234567890,")));
    QVERIFY(jwt.payload().pretty.contains(QStringLiteral("\"neg\": -98765432109876543210,")));
    QCOMPARE(jwt.payload().topLevel.at(0).rawValue, QStringLiteral("12345678901234567890"));
    QCOMPARE(jwt.numericClaim(QStringLiteral("big")), std::nullopt);
    QCOMPARE(jwt.numericClaim(QStringLiteral("exp")), std::optional<qint64>(1700000000));
}

void TestJwt::unicodeAndEscapes()
{
    const QByteArray payload = "{\"name\":\"Zo\xc3\xab \xe6\x97\xa5\xe6\x9c\xac \xf0\x9f\x98\x80\",\"esc\":\"caf\\u00e9\","
                               "\"pair\":\"\\ud83d\\ude00\",\"quote\":\"say \\\"hi\\\"\"}";
    const Jwt jwt = Jwt::parse(makeToken(casHeader, payload));
    QVERIFY2(jwt.isValid(), qPrintable(jwt.error().message));
    const QString name = QString::fromUtf8("Zo\xc3\xab \xe6\x97\xa5\xe6\x9c\xac \xf0\x9f\x98\x80");
    QCOMPARE(jwt.stringClaim(QStringLiteral("name")), name);
    QCOMPARE(jwt.stringClaim(QStringLiteral("esc")), QString(QStringLiteral("caf") + QChar(0xe9)));
    QCOMPARE(jwt.stringClaim(QStringLiteral("pair")), QString::fromUtf8("\xf0\x9f\x98\x80"));
    QCOMPARE(jwt.stringClaim(QStringLiteral("quote")), QStringLiteral("say \"hi\""));
    // The display keeps what the token carries: raw UTF-8 as text, escapes as escapes.
    QVERIFY(jwt.payload().pretty.contains(name));
    QVERIFY(jwt.payload().pretty.contains(QStringLiteral(R"("caf\u00e9")")));
    QVERIFY(jwt.payload().pretty.contains(QStringLiteral(R"("\ud83d\ude00")")));
    QVERIFY(jwt.payload().pretty.contains(QStringLiteral(R"("say \"hi\"")")));
}

void TestJwt::keyOrderKept()
{
    const Jwt jwt = Jwt::parse(makeToken(R"({"typ":"JWT","kid":"b","alg":"HS256"})", R"({"z":1,"a":2,"m":{"y":1,"b":2}})"));
    QVERIFY(jwt.isValid());
    QStringList keys;
    for (const JsonMember& member : jwt.payload().topLevel)
        keys << member.key;
    QCOMPARE(keys, (QStringList {QStringLiteral("z"), QStringLiteral("a"), QStringLiteral("m")}));
    QCOMPARE(jwt.payload().pretty, QStringLiteral("{\n  \"z\": 1,\n  \"a\": 2,\n  \"m\": {\n    \"y\": 1,\n    \"b\": 2\n  }\n}"));
    QCOMPARE(jwt.header().topLevel.at(0).key, QStringLiteral("typ"));
    QCOMPARE(jwt.header().topLevel.at(2).key, QStringLiteral("alg"));
}

void TestJwt::numericClaim_data()
{
    QTest::addColumn<QByteArray>("literal");
    QTest::addColumn<bool>("present");
    QTest::addColumn<qint64>("value");

    QTest::newRow("integer") << QByteArray("1700000000") << true << qint64(1700000000);
    QTest::newRow("zero") << QByteArray("0") << true << qint64(0);
    QTest::newRow("negative") << QByteArray("-5") << true << qint64(-5);
    QTest::newRow("qint64 max") << QByteArray("9223372036854775807") << true << std::numeric_limits<qint64>::max();
    QTest::newRow("qint64 min") << QByteArray("-9223372036854775808") << true << std::numeric_limits<qint64>::min();
    QTest::newRow("above qint64") << QByteArray("9223372036854775808") << false << qint64(0);
    QTest::newRow("below qint64") << QByteArray("-9223372036854775809") << false << qint64(0);
    QTest::newRow("exponent") << QByteArray("1.7e9") << false << qint64(0);
    QTest::newRow("integral exponent") << QByteArray("17e8") << false << qint64(0);
    QTest::newRow("trailing .0") << QByteArray("1700000000.0") << false << qint64(0);
    QTest::newRow("fraction") << QByteArray("1.5") << false << qint64(0);
    QTest::newRow("string of digits") << QByteArray("\"123\"") << false << qint64(0);
    QTest::newRow("true") << QByteArray("true") << false << qint64(0);
    QTest::newRow("null") << QByteArray("null") << false << qint64(0);
    QTest::newRow("array") << QByteArray("[1]") << false << qint64(0);
    QTest::newRow("object") << QByteArray("{\"n\":1}") << false << qint64(0);
}

void TestJwt::numericClaim()
{
    QFETCH(QByteArray, literal);
    QFETCH(bool, present);
    QFETCH(qint64, value);

    const Jwt jwt = Jwt::parse(makeToken(casHeader, "{\"n\":" + literal + ",\"exp\":" + literal + "}"));
    QVERIFY2(jwt.isValid(), qPrintable(jwt.error().message));
    const std::optional<qint64> n = jwt.numericClaim(QStringLiteral("n"));
    QCOMPARE(n.has_value(), present);
    if (present)
        QCOMPARE(*n, value);
    QCOMPARE(jwt.numericClaim(QStringLiteral("absent")), std::nullopt);
    // A time claim that is not an integer is shown but not interpreted, and says so.
    QCOMPARE(jwt.timeClaims().size(), present ? 1 : 0);
    QCOMPARE(jwt.warnings().size(), present ? 0 : 1);
    if (!present) {
        QVERIFY(jwt.warnings().at(0).contains(QStringLiteral("\"exp\" is %1, not an integer").arg(QString::fromUtf8(literal))));
        QCOMPARE(int(jwt.expiry(fixedNow)), int(Jwt::Expiry::NoExpiry));
    }
}

void TestJwt::stringClaim_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("present");
    QTest::addColumn<QString>("value");

    QTest::newRow("string") << QStringLiteral("sub") << true << QStringLiteral("user-1");
    QTest::newRow("empty string") << QStringLiteral("empty") << true << QString();
    QTest::newRow("escaped") << QStringLiteral("path") << true << QStringLiteral("a/b\tc");
    QTest::newRow("number") << QStringLiteral("exp") << false << QString();
    QTest::newRow("array") << QStringLiteral("aud") << false << QString();
    QTest::newRow("absent") << QStringLiteral("iss") << false << QString();
    QTest::newRow("case sensitive") << QStringLiteral("SUB") << false << QString();
    QTest::newRow("duplicate reads the last") << QStringLiteral("dup") << true << QStringLiteral("second");
}

void TestJwt::stringClaim()
{
    QFETCH(QString, name);
    QFETCH(bool, present);
    QFETCH(QString, value);

    const Jwt jwt = Jwt::parse(makeToken(casHeader,
                                         R"({"sub":"user-1","empty":"","path":"a\/b\tc","exp":1,)"
                                         R"("aud":["a","b"],"dup":"first","dup":"second"})"));
    QVERIFY(jwt.isValid());
    const std::optional<QString> claim = jwt.stringClaim(name);
    QCOMPARE(claim.has_value(), present);
    if (present)
        QCOMPARE(*claim, value);
}

void TestJwt::timeClaims()
{
    const Jwt jwt = Jwt::parse(makeToken(casHeader, R"({"iat":1000,"sub":"x","nbf":1500,"exp":2000})"));
    QVERIFY(jwt.isValid());
    const QList<JwtTimeClaim> claims = jwt.timeClaims();
    QCOMPARE(claims.size(), 3);
    QCOMPARE(claims.at(0).name, QStringLiteral("exp"));
    QCOMPARE(claims.at(0).seconds, 2000);
    QCOMPARE(claims.at(1).name, QStringLiteral("nbf"));
    QCOMPARE(claims.at(1).seconds, 1500);
    QCOMPARE(claims.at(2).name, QStringLiteral("iat"));
    QCOMPARE(claims.at(2).seconds, 1000);
    QCOMPARE(claims.at(0).utc(), QDateTime(QDate(1970, 1, 1), QTime(0, 33, 20), QTimeZone::utc()));
    QCOMPARE(claims.at(0).utc().timeSpec(), Qt::UTC);

    const Jwt partial = Jwt::parse(makeToken(casHeader, R"({"exp":"2000","iat":1000})"));
    QCOMPARE(partial.timeClaims().size(), 1);
    QCOMPARE(partial.timeClaims().at(0).name, QStringLiteral("iat"));
}

void TestJwt::describeRelative_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<qint64>("offset");
    QTest::addColumn<QString>("expected");

    const QString exp = QStringLiteral("exp");
    const QString iat = QStringLiteral("iat");
    const QString nbf = QStringLiteral("nbf");
    QTest::newRow("exp +1 s") << exp << qint64(1) << QStringLiteral("expires in 1 s");
    QTest::newRow("exp +59 s") << exp << qint64(59) << QStringLiteral("expires in 59 s");
    QTest::newRow("exp +60 s") << exp << qint64(60) << QStringLiteral("expires in 1 min");
    QTest::newRow("exp +119 s") << exp << qint64(119) << QStringLiteral("expires in 1 min");
    QTest::newRow("exp +3599 s") << exp << qint64(3599) << QStringLiteral("expires in 59 min");
    QTest::newRow("exp +3600 s") << exp << qint64(3600) << QStringLiteral("expires in 1 h");
    QTest::newRow("exp +86399 s") << exp << qint64(86399) << QStringLiteral("expires in 23 h");
    QTest::newRow("exp +86400 s") << exp << qint64(86400) << QStringLiteral("expires in 1 day");
    QTest::newRow("exp +400 days") << exp << qint64(400) * 86400 << QStringLiteral("expires in 400 days");
    QTest::newRow("exp now") << exp << qint64(0) << QStringLiteral("expired just now");
    QTest::newRow("exp -1 s") << exp << qint64(-1) << QStringLiteral("expired 1 s ago");
    QTest::newRow("exp -2 h") << exp << qint64(-7200) << QStringLiteral("expired 2 h ago");
    QTest::newRow("exp -2 h 59 min") << exp << qint64(-10799) << QStringLiteral("expired 2 h ago");
    QTest::newRow("exp -172800 s") << exp << qint64(-172800) << QStringLiteral("expired 2 days ago");
    QTest::newRow("iat -3 min") << iat << qint64(-180) << QStringLiteral("issued 3 min ago");
    QTest::newRow("iat now") << iat << qint64(0) << QStringLiteral("issued just now");
    QTest::newRow("iat in the future") << iat << qint64(300) << QStringLiteral("issued in 5 min (in the future)");
    QTest::newRow("nbf +5 min") << nbf << qint64(300) << QStringLiteral("valid from in 5 min");
    QTest::newRow("nbf now") << nbf << qint64(0) << QStringLiteral("valid since just now");
    QTest::newRow("nbf -2 days") << nbf << qint64(-2 * 86400 - 5) << QStringLiteral("valid since 2 days ago");
    QTest::newRow("other past") << QStringLiteral("auth_time") << qint64(-60) << QStringLiteral("1 min ago");
    QTest::newRow("other future") << QStringLiteral("auth_time") << qint64(7200) << QStringLiteral("in 2 h");
    QTest::newRow("other now") << QStringLiteral("auth_time") << qint64(0) << QStringLiteral("now");
}

void TestJwt::describeRelative()
{
    QFETCH(QString, name);
    QFETCH(qint64, offset);
    QFETCH(QString, expected);

    const JwtTimeClaim claim {name, fixedNow.toSecsSinceEpoch() + offset};
    QCOMPARE(claim.describeRelative(fixedNow), expected);
}

void TestJwt::describeRelativeExtremes()
{
    const qint64 days = std::numeric_limits<qint64>::max() / 86400;
    QCOMPARE((JwtTimeClaim {QStringLiteral("exp"), std::numeric_limits<qint64>::min()}.describeRelative(fixedNow)),
             QStringLiteral("expired %1 days ago").arg(days));
    QVERIFY((JwtTimeClaim {QStringLiteral("exp"), std::numeric_limits<qint64>::max()}.describeRelative(fixedNow))
                .startsWith(QStringLiteral("expires in ")));
}

void TestJwt::expiry_data()
{
    QTest::addColumn<QByteArray>("payload");
    QTest::addColumn<qint64>("soon");
    QTest::addColumn<Jwt::Expiry>("expected");

    using E = Jwt::Expiry;
    QTest::newRow("no exp") << payloadWith(R"("sub":"x")") << qint64(300) << E::NoExpiry;
    QTest::newRow("exp not a number") << payloadWith(R"("exp":")" + at(-10) + "\"") << qint64(300) << E::NoExpiry;
    QTest::newRow("valid") << payloadWith("\"exp\":" + at(3600)) << qint64(300) << E::Valid;
    QTest::newRow("just outside soon") << payloadWith("\"exp\":" + at(301)) << qint64(300) << E::Valid;
    QTest::newRow("soon boundary") << payloadWith("\"exp\":" + at(300)) << qint64(300) << E::ExpiresSoon;
    QTest::newRow("one second left") << payloadWith("\"exp\":" + at(1)) << qint64(300) << E::ExpiresSoon;
    QTest::newRow("soon disabled") << payloadWith("\"exp\":" + at(1)) << qint64(0) << E::Valid;
    QTest::newRow("exp equals now") << payloadWith("\"exp\":" + at(0)) << qint64(300) << E::Expired;
    QTest::newRow("expired") << payloadWith("\"exp\":" + at(-1)) << qint64(300) << E::Expired;
    QTest::newRow("nbf in future") << payloadWith("\"nbf\":" + at(10) + ",\"exp\":" + at(3600)) << qint64(300) << E::NotYetValid;
    QTest::newRow("nbf now") << payloadWith("\"nbf\":" + at(0) + ",\"exp\":" + at(3600)) << qint64(300) << E::Valid;
    QTest::newRow("nbf in future without exp") << payloadWith("\"nbf\":" + at(10)) << qint64(300) << E::NotYetValid;
    QTest::newRow("nbf past without exp") << payloadWith("\"nbf\":" + at(-10)) << qint64(300) << E::NoExpiry;
    QTest::newRow("expired wins over nbf") << payloadWith("\"nbf\":" + at(10) + ",\"exp\":" + at(-10)) << qint64(300) << E::Expired;
    QTest::newRow("far future exp") << payloadWith(R"("exp":9223372036854775807)") << qint64(300) << E::Valid;
}

void TestJwt::expiry()
{
    QFETCH(QByteArray, payload);
    QFETCH(qint64, soon);
    QFETCH(Jwt::Expiry, expected);

    const Jwt jwt = Jwt::parse(makeToken(casHeader, payload));
    QVERIFY2(jwt.isValid(), qPrintable(jwt.error().message));
    QCOMPARE(int(jwt.expiry(fixedNow, soon)), int(expected));
}

void TestJwt::expiryFollowsTheClock()
{
    ManualClock clock(fixedNow);
    Clock::setInstance(&clock);
    const Jwt jwt = Jwt::parse(makeToken(casHeader, payloadWith("\"exp\":" + at(3600))));
    QCOMPARE(int(jwt.expiry(Clock::now())), int(Jwt::Expiry::Valid));
    QCOMPARE(jwt.timeClaims().at(0).describeRelative(Clock::now()), QStringLiteral("expires in 1 h"));
    clock.advanceSeconds(3300);
    QCOMPARE(int(jwt.expiry(Clock::now())), int(Jwt::Expiry::ExpiresSoon));
    QCOMPARE(jwt.timeClaims().at(0).describeRelative(Clock::now()), QStringLiteral("expires in 5 min"));
    clock.advanceSeconds(300);
    QCOMPARE(int(jwt.expiry(Clock::now())), int(Jwt::Expiry::Expired));
    QCOMPARE(jwt.timeClaims().at(0).describeRelative(Clock::now()), QStringLiteral("expired just now"));
    Clock::setInstance(nullptr);
}

void TestJwt::claimDescription_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("mentions");

    QTest::newRow("iss") << QStringLiteral("iss") << QStringLiteral("Issuer");
    QTest::newRow("sub") << QStringLiteral("sub") << QStringLiteral("Subject");
    QTest::newRow("aud") << QStringLiteral("aud") << QStringLiteral("Audience");
    QTest::newRow("exp") << QStringLiteral("exp") << QStringLiteral("Expiration");
    QTest::newRow("nbf") << QStringLiteral("nbf") << QStringLiteral("Not before");
    QTest::newRow("iat") << QStringLiteral("iat") << QStringLiteral("Issued at");
    QTest::newRow("jti") << QStringLiteral("jti") << QStringLiteral("JWT ID");
    QTest::newRow("alg") << QStringLiteral("alg") << QStringLiteral("Algorithm");
    QTest::newRow("typ") << QStringLiteral("typ") << QStringLiteral("type");
    QTest::newRow("kid") << QStringLiteral("kid") << QStringLiteral("Key ID");
    QTest::newRow("cty") << QStringLiteral("cty") << QStringLiteral("Content type");
    QTest::newRow("crit") << QStringLiteral("crit") << QStringLiteral("must understand");
    QTest::newRow("jku") << QStringLiteral("jku") << QStringLiteral("never fetched");
    QTest::newRow("x5u") << QStringLiteral("x5u") << QStringLiteral("never fetched");
    QTest::newRow("jwk") << QStringLiteral("jwk") << QStringLiteral("not trusted");
    QTest::newRow("rid undocumented") << QStringLiteral("rid") << QString();
    QTest::newRow("unct undocumented") << QStringLiteral("unct") << QString();
    QTest::newRow("unknown") << QStringLiteral("foo") << QString();
    QTest::newRow("case sensitive") << QStringLiteral("EXP") << QString();
    QTest::newRow("empty") << QString() << QString();
}

void TestJwt::claimDescription()
{
    QFETCH(QString, name);
    QFETCH(QString, mentions);

    const QString description = Jwt::claimDescription(name);
    if (mentions.isEmpty())
        QVERIFY(description.isEmpty());
    else
        QVERIFY2(description.contains(mentions), qPrintable(description));
}

QTEST_APPLESS_MAIN(TestJwt)
#include "tst_jwt.moc"
