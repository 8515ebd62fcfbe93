#include "core/JwsBase64.h"

#include <QRandomGenerator>
#include <QTest>

#include <algorithm>

// The strict decoders that token parts, JWK members and pasted secrets go through: each byte
// string has exactly one accepted encoding, and anything else is refused. Checked row by row,
// against Qt's encoder, and against a plain one-character-at-a-time decoder of the same rules.
class TestJwsBase64 : public QObject
{
    Q_OBJECT

private slots:
    void strictUrl_data();
    void strictUrl();
    void everyEncodingDecodesBack();
    void agreesWithACharacterAtATime();
    void strayBitsIgnored_data();
    void strayBitsIgnored();
    void ignoringStrayBitsAgreesWithQt();
    void secrets_data();
    void secrets();
};

namespace
{
/// The same rules a character at a time: the decoder before it took four at a time.
std::optional<QByteArray> referenceDecode(const QByteArray& text, bool urlAlphabet)
{
    if (text.size() % 4 == 1)
        return std::nullopt;
    const QByteArray alphabet = urlAlphabet ? QByteArrayLiteral("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_")
                                            : QByteArrayLiteral("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/");
    QByteArray out;
    quint32 buffer = 0;
    int bits = 0;
    for (const char c : text) {
        const qsizetype value = alphabet.indexOf(c);
        if (value < 0)
            return std::nullopt;
        buffer = (buffer << 6) | quint32(value);
        bits += 6;
        if (bits >= 8) {
            bits -= 8;
            out.append(char((buffer >> bits) & 0xFF));
        }
    }
    if (bits > 0 && (buffer & ((1u << bits) - 1)) != 0)
        return std::nullopt;
    return out;
}

/// The current data row (text, accepted, bytes) through one decoder.
void checkRow(std::optional<QByteArray> (*decode)(const QByteArray&))
{
    QFETCH(QByteArray, text);
    QFETCH(bool, accepted);
    QFETCH(QByteArray, bytes);
    QCOMPARE(decode(text), accepted ? std::optional<QByteArray>(bytes) : std::nullopt);
}

QByteArray randomBytes(QRandomGenerator& random, int size)
{
    QByteArray bytes(size, Qt::Uninitialized);
    for (char& byte : bytes) {
        byte = char(random.bounded(256));
    }
    return bytes;
}
} // namespace

void TestJwsBase64::strictUrl_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<bool>("accepted");
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("empty") << QByteArray() << true << QByteArray();
    QTest::newRow("one byte") << QByteArray("YQ") << true << QByteArray("a");
    QTest::newRow("two bytes") << QByteArray("YWI") << true << QByteArray("ab");
    QTest::newRow("three bytes") << QByteArray("YWJj") << true << QByteArray("abc");
    QTest::newRow("four bytes") << QByteArray("YWJjZA") << true << QByteArray("abcd");
    QTest::newRow("url alphabet") << QByteArray("-_8") << true << QByteArray("\xfb\xff", 2);
    QTest::newRow("all bits") << QByteArray("____") << true << QByteArray("\xff\xff\xff", 3);
    QTest::newRow("zeros") << QByteArray("AAAA") << true << QByteArray(3, '\0');
    QTest::newRow("one character left") << QByteArray("YWJjZ") << false << QByteArray();
    QTest::newRow("single character") << QByteArray("Y") << false << QByteArray();
    QTest::newRow("padding") << QByteArray("YQ==") << false << QByteArray();
    QTest::newRow("standard alphabet +") << QByteArray("+_8") << false << QByteArray();
    QTest::newRow("standard alphabet /") << QByteArray("YW/j") << false << QByteArray();
    QTest::newRow("space") << QByteArray("YW Jj") << false << QByteArray();
    QTest::newRow("newline at the end") << QByteArray("YWJj\n") << false << QByteArray();
    QTest::newRow("NUL") << QByteArray("YW\0j", 4) << false << QByteArray();
    QTest::newRow("high byte") << QByteArray("YW\xe9j") << false << QByteArray();
    QTest::newRow("bad character in the tail") << QByteArray("YWJjY.") << false << QByteArray();
    QTest::newRow("bad third character in the tail") << QByteArray("YWJjYW.") << false << QByteArray();
    QTest::newRow("stray bits after one byte") << QByteArray("YW") << false << QByteArray();
    QTest::newRow("lowest stray bit after one byte") << QByteArray("YR") << false << QByteArray();
    QTest::newRow("highest stray bit after one byte") << QByteArray("YI") << false << QByteArray();
    QTest::newRow("stray bits after two bytes") << QByteArray("YWK") << false << QByteArray();
    QTest::newRow("lowest stray bit after two bytes") << QByteArray("YWJ") << false << QByteArray();
    QTest::newRow("highest stray bit after two bytes") << QByteArray("YWC") << false << QByteArray();
    QTest::newRow("stray bits in a later tail") << QByteArray("YWJjYWK") << false << QByteArray();
}

void TestJwsBase64::strictUrl()
{
    checkRow(JwsBase64::decodeUrlStrict);
}

void TestJwsBase64::everyEncodingDecodesBack()
{
    QRandomGenerator random(1);
    for (int size = 0; size < 64; ++size) {
        for (int round = 0; round < 20; ++round) {
            const QByteArray bytes = randomBytes(random, size);
            const QByteArray text = JwsBase64::encodeUrl(bytes);
            QCOMPARE(text, bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
            QCOMPARE(JwsBase64::decodeUrlStrict(text), std::optional<QByteArray>(bytes));
        }
    }
    const QByteArray large = randomBytes(random, 1 << 20); // a 1 MiB token's size
    QCOMPARE(JwsBase64::decodeUrlStrict(JwsBase64::encodeUrl(large)), std::optional<QByteArray>(large));
}

void TestJwsBase64::agreesWithACharacterAtATime()
{
    // Texts near valid ones: a character changed to any byte, one dropped, one added.
    QRandomGenerator random(2);
    const QByteArray characters = QByteArrayLiteral("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_+/=. \n\xe9");
    for (int round = 0; round < 4000; ++round) {
        QByteArray text = JwsBase64::encodeUrl(randomBytes(random, random.bounded(12)));
        switch (random.bounded(3)) {
        case 0:
            if (!text.isEmpty())
                text[random.bounded(int(text.size()))] = characters.at(random.bounded(int(characters.size())));
            break;
        case 1:
            if (!text.isEmpty())
                text.remove(random.bounded(int(text.size())), 1);
            break;
        default:
            text.insert(random.bounded(int(text.size()) + 1), characters.at(random.bounded(int(characters.size()))));
            break;
        }
        QCOMPARE(JwsBase64::decodeUrlStrict(text), referenceDecode(text, true));
    }
    // Every two- and three-character text over the whole alphabet and a few strangers.
    for (const char a : characters) {
        for (const char b : characters) {
            const QByteArray two {a, b};
            QCOMPARE(JwsBase64::decodeUrlStrict(two), referenceDecode(two, true));
            for (const char c : QByteArrayLiteral("AQgw_-+=")) {
                const QByteArray three = two + c;
                QCOMPARE(JwsBase64::decodeUrlStrict(three), referenceDecode(three, true));
            }
        }
    }
}

void TestJwsBase64::strayBitsIgnored_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<bool>("accepted");
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("canonical") << QByteArray("YWI") << true << QByteArray("ab");
    QTest::newRow("stray bits after one byte") << QByteArray("YW") << true << QByteArray("a");
    QTest::newRow("lowest stray bit after one byte") << QByteArray("YR") << true << QByteArray("a");
    QTest::newRow("stray bits after two bytes") << QByteArray("YWK") << true << QByteArray("ab");
    QTest::newRow("stray bits in a later tail") << QByteArray("YWJjYWK") << true << QByteArray("abcab");
    QTest::newRow("one character left") << QByteArray("YWJjZ") << false << QByteArray();
    QTest::newRow("padding") << QByteArray("YQ==") << false << QByteArray();
    QTest::newRow("standard alphabet") << QByteArray("YW/j") << false << QByteArray();
    QTest::newRow("bad character in the tail") << QByteArray("YWJjY.") << false << QByteArray();
}

void TestJwsBase64::strayBitsIgnored()
{
    checkRow(JwsBase64::decodeUrlIgnoringStrayBits);
}

// What token parts went through before: text of the alphabet only, of a length base64url can
// have, decoded by Qt; anything else refused.
void TestJwsBase64::ignoringStrayBitsAgreesWithQt()
{
    QRandomGenerator random(4);
    const QByteArray alphabet = QByteArrayLiteral("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_");
    const QByteArray strangers = QByteArrayLiteral("+/=. \n\xe9?");
    for (int round = 0; round < 20000; ++round) {
        QByteArray text(random.bounded(14), Qt::Uninitialized);
        for (char& c : text)
            c = alphabet.at(random.bounded(int(alphabet.size())));
        if (!text.isEmpty() && random.bounded(4) == 0)
            text[random.bounded(int(text.size()))] = strangers.at(random.bounded(int(strangers.size())));
        const bool inAlphabet = std::all_of(text.cbegin(), text.cend(), [&](char c) {
            return alphabet.contains(c);
        });
        std::optional<QByteArray> expected;
        if (inAlphabet && text.size() % 4 != 1) {
            const auto qt = QByteArray::fromBase64Encoding(
                text, QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals | QByteArray::AbortOnBase64DecodingErrors);
            QVERIFY(qt);
            expected = *qt;
        }
        QCOMPARE(JwsBase64::decodeUrlIgnoringStrayBits(text), expected);
    }
}

void TestJwsBase64::secrets_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<bool>("accepted");
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("standard, padded") << QByteArray("+/8=") << true << QByteArray("\xfb\xff", 2);
    QTest::newRow("standard, unpadded") << QByteArray("+/8") << true << QByteArray("\xfb\xff", 2);
    QTest::newRow("url, padded") << QByteArray("-_8=") << true << QByteArray("\xfb\xff", 2);
    QTest::newRow("two padding characters") << QByteArray("YQ==") << true << QByteArray("a");
    QTest::newRow("surrounding whitespace") << QByteArray("  YWJj\n") << true << QByteArray("abc");
    QTest::newRow("mixed alphabets") << QByteArray("+_8") << false << QByteArray();
    QTest::newRow("padding where none fits") << QByteArray("YWJj=") << false << QByteArray();
    QTest::newRow("two padding characters where one fits") << QByteArray("YWI==") << false << QByteArray();
    QTest::newRow("stray bits") << QByteArray("YR==") << false << QByteArray();
}

void TestJwsBase64::secrets()
{
    checkRow(JwsBase64::decodeSecret);
}

QTEST_APPLESS_MAIN(TestJwsBase64)
#include "tst_jwsbase64.moc"
