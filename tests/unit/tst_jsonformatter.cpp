#include "core/JsonFormatter.h"

#include <QTest>

#include <iterator>

namespace
{
QByteArray nested(int depth, const QByteArray& open, const QByteArray& close, const QByteArray& inner = "1")
{
    QByteArray text;
    text.reserve(depth * (open.size() + close.size()) + inner.size());
    for (int i = 0; i < depth; ++i)
        text += open;
    text += inner;
    for (int i = 0; i < depth; ++i)
        text += close;
    return text;
}

QString spanText(const JsonFormatResult& result, const JsonSpan& span)
{
    return result.pretty.mid(span.start, span.length);
}
} // namespace

class TestJsonFormatter : public QObject
{
    Q_OBJECT

private slots:
    void pretty_data();
    void pretty();
    void errors_data();
    void errors();
    void duplicateKeys_data();
    void duplicateKeys();
    void topLevelMembers();
    void byteOrderMarksAreContent();
    void topLevelOnlyForObjects_data();
    void topLevelOnlyForObjects();
    void spansInDocumentOrder();
    void spansUseQStringIndices();
    void nestingLimit_data();
    void nestingLimit();
    void largeInput();
    void firstInvalidUtf8_data();
    void firstInvalidUtf8();
};

void TestJsonFormatter::pretty_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<int>("indent");
    QTest::addColumn<QString>("expected");

    QTest::newRow("flat object") << QByteArray(R"({"a":1,"b":"x"})") << 2 << QStringLiteral("{\n  \"a\": 1,\n  \"b\": \"x\"\n}");
    QTest::newRow("key order kept") << QByteArray(R"({"z":1,"a":2,"m":3})") << 2
                                    << QStringLiteral("{\n  \"z\": 1,\n  \"a\": 2,\n  \"m\": 3\n}");
    QTest::newRow("big integer exact") << QByteArray(R"({"n":12345678901234567890})") << 2
                                       << QStringLiteral("{\n  \"n\": 12345678901234567890\n}");
    QTest::newRow("number literals verbatim") << QByteArray("[1.0e5,-0.0,1E+2,0.10,-7]") << 2
                                              << QStringLiteral("[\n  1.0e5,\n  -0.0,\n  1E+2,\n  0.10,\n  -7\n]");
    QTest::newRow("escapes verbatim") << QByteArray(R"({"s":"caf\u00e9 \"q\" \/ \n\t\\"})") << 2 << QStringLiteral(R"({
  "s": "caf\u00e9 \"q\" \/ \n\t\\"
})");
    QTest::newRow("raw utf-8 kept") << QByteArray("{\"s\":\"Zo\xc3\xab \xe6\x97\xa5\xe6\x9c\xac \xf0\x9f\x98\x80\"}") << 2
                                    << QString::fromUtf8("{\n  \"s\": \"Zo\xc3\xab \xe6\x97\xa5\xe6\x9c\xac \xf0\x9f\x98\x80\"\n}");
    QTest::newRow("empty containers") << QByteArray(R"({"o":{},"a":[ ],"b":{ } })") << 2
                                      << QStringLiteral("{\n  \"o\": {},\n  \"a\": [],\n  \"b\": {}\n}");
    QTest::newRow("empty object") << QByteArray("{}") << 2 << QStringLiteral("{}");
    QTest::newRow("empty array") << QByteArray(" [\n] ") << 2 << QStringLiteral("[]");
    QTest::newRow("nested") << QByteArray(R"({"a":{"b":[1,{"c":null}]},"t":true,"f":false})") << 2
                            << QStringLiteral("{\n  \"a\": {\n    \"b\": [\n      1,\n      {\n        \"c\": null\n"
                                              "      }\n    ]\n  },\n  \"t\": true,\n  \"f\": false\n}");
    QTest::newRow("input whitespace dropped") << QByteArray(" \r\n{\n\"a\" :\t1 ,\"b\":[ 2 ] }\n ") << 2
                                              << QStringLiteral("{\n  \"a\": 1,\n  \"b\": [\n    2\n  ]\n}");
    QTest::newRow("whitespace inside strings kept") << QByteArray(R"(["  a  b  "])") << 2 << QStringLiteral("[\n  \"  a  b  \"\n]");
    QTest::newRow("indent 4") << QByteArray(R"({"a":[1]})") << 4 << QStringLiteral("{\n    \"a\": [\n        1\n    ]\n}");
    QTest::newRow("indent 0 is compact") << QByteArray(" {\"a\" : [1, 2], \"b\" : {\"c\" : \"d\"}} ") << 0
                                         << QStringLiteral(R"({"a":[1,2],"b":{"c":"d"}})");
    QTest::newRow("top-level string") << QByteArray(R"( "x" )") << 2 << QStringLiteral("\"x\"");
    QTest::newRow("top-level number") << QByteArray("42") << 2 << QStringLiteral("42");
    QTest::newRow("top-level literal") << QByteArray("null") << 2 << QStringLiteral("null");
}

void TestJsonFormatter::pretty()
{
    QFETCH(QByteArray, input);
    QFETCH(int, indent);
    QFETCH(QString, expected);

    const JsonFormatResult result = JsonFormatter::format(input, indent);
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(result.pretty, expected);
    QVERIFY(result.error.isEmpty());
    QCOMPARE(result.errorOffset, -1);
    QVERIFY(result.duplicateKeys.isEmpty());
}

void TestJsonFormatter::errors_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<int>("offset");
    QTest::addColumn<QString>("what");

    QTest::newRow("empty") << QByteArray() << 0 << QStringLiteral("empty input");
    QTest::newRow("only whitespace") << QByteArray(" \n ") << 3 << QStringLiteral("empty input");
    QTest::newRow("trailing comma in object") << QByteArray(R"({"a":1,})") << 7 << QStringLiteral("expected a string key, found '}'");
    QTest::newRow("trailing comma in array") << QByteArray("[1,]") << 3 << QStringLiteral("unexpected ']'");
    QTest::newRow("leading comma") << QByteArray("[,1]") << 1 << QStringLiteral("unexpected ','");
    QTest::newRow("missing colon") << QByteArray(R"({"a" 1})") << 5 << QStringLiteral("expected ':' after the key, found '1'");
    QTest::newRow("missing comma in object") << QByteArray(R"({"a":1 "b":2})") << 7
                                             << QStringLiteral("expected ',' or '}' in an object, found '\"'");
    QTest::newRow("missing comma in array") << QByteArray("[1 2]") << 3 << QStringLiteral("expected ',' or ']' in an array, found '2'");
    QTest::newRow("number key") << QByteArray("{1:2}") << 1 << QStringLiteral("expected a string key, found '1'");
    QTest::newRow("single quotes") << QByteArray("{'a':1}") << 1 << QStringLiteral("expected a string key, found '''");
    QTest::newRow("trailing garbage") << QByteArray(R"({"a":1}x)") << 7 << QStringLiteral("trailing characters after the JSON value ('x')");
    QTest::newRow("second value") << QByteArray(R"({"a":1} {})") << 8 << QStringLiteral("trailing characters after the JSON value ('{')");
    QTest::newRow("trailing nul") << QByteArray("{}\0", 3) << 2 << QStringLiteral("trailing characters after the JSON value (byte 0x00)");
    QTest::newRow("unterminated object") << QByteArray(R"({"a":1)") << 6 << QStringLiteral("unexpected end of input");
    QTest::newRow("unterminated array") << QByteArray("[1,") << 3 << QStringLiteral("unexpected end of input");
    QTest::newRow("unterminated string") << QByteArray(R"({"a":"abc)") << 9
                                         << QStringLiteral("unexpected end of input in the string starting at offset 5");
    QTest::newRow("backslash at end") << QByteArray(R"(["a\)") << 4
                                      << QStringLiteral("unexpected end of input in the string starting at offset 1");
    QTest::newRow("leading zero") << QByteArray(R"({"a":01})") << 6 << QStringLiteral("invalid number: leading zero");
    QTest::newRow("dot without digits") << QByteArray("[1.]") << 3
                                        << QStringLiteral("invalid number: expected a digit after '.', found ']'");
    QTest::newRow("empty exponent") << QByteArray("[1e]") << 3
                                    << QStringLiteral("invalid number: expected a digit in the exponent, found ']'");
    QTest::newRow("lone minus") << QByteArray("[-]") << 2 << QStringLiteral("invalid number: expected a digit, found ']'");
    QTest::newRow("plus sign") << QByteArray("[+1]") << 1 << QStringLiteral("unexpected '+'");
    QTest::newRow("NaN") << QByteArray("[NaN]") << 1 << QStringLiteral("unexpected 'N'");
    QTest::newRow("bad literal") << QByteArray("[tru]") << 1 << QStringLiteral("invalid literal (expected true, false or null)");
    QTest::newRow("capital literal") << QByteArray("True") << 0 << QStringLiteral("unexpected 'T'");
    QTest::newRow("bad escape") << QByteArray(R"(["\x"])") << 2 << QStringLiteral("invalid escape: 'x' after a backslash");
    QTest::newRow("short unicode escape") << QByteArray(R"(["\u12G4"])") << 2
                                          << QStringLiteral("invalid \\u escape (needs four hex digits)");
    QTest::newRow("raw tab in string") << QByteArray("[\"a\tb\"]") << 3
                                       << QStringLiteral("control character 0x09 in a string (must be escaped)");
    QTest::newRow("raw newline in string") << QByteArray("[\"a\nb\"]") << 3
                                           << QStringLiteral("control character 0x0a in a string (must be escaped)");
    QTest::newRow("latin-1 byte") << QByteArray("[\"caf\xe9\"]") << 5 << QStringLiteral("invalid UTF-8 byte 0xe9 in a string");
    QTest::newRow("overlong slash") << QByteArray("[\"\xc0\xaf\"]") << 2 << QStringLiteral("invalid UTF-8 byte 0xc0 in a string");
    QTest::newRow("encoded surrogate") << QByteArray("[\"\xed\xa0\x80\"]") << 2 << QStringLiteral("invalid UTF-8 byte 0xed in a string");
    QTest::newRow("truncated sequence") << QByteArray("[\"\xe6\x97\"]") << 2 << QStringLiteral("invalid UTF-8 byte 0xe6 in a string");
    QTest::newRow("above U+10FFFF") << QByteArray("[\"\xf4\x90\x80\x80\"]") << 2 << QStringLiteral("invalid UTF-8 byte 0xf4 in a string");
    QTest::newRow("non-ascii outside string") << QByteArray("[\xc3\xa9]") << 1 << QStringLiteral("unexpected byte 0xc3");
    QTest::newRow("byte order mark") << QByteArray("\xef\xbb\xbf{}") << 0 << QStringLiteral("unexpected byte 0xef");
}

void TestJsonFormatter::errors()
{
    QFETCH(QByteArray, input);
    QFETCH(int, offset);
    QFETCH(QString, what);

    const JsonFormatResult result = JsonFormatter::format(input);
    QVERIFY(!result.ok);
    QCOMPARE(result.errorOffset, offset);
    QCOMPARE(result.error, QStringLiteral("%1 at offset %2").arg(what).arg(offset));
    QVERIFY(result.pretty.isEmpty());
    QVERIFY(result.spans.isEmpty());
    QVERIFY(result.topLevel.isEmpty());
    QVERIFY(!result.isObject);
}

void TestJsonFormatter::duplicateKeys_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QStringList>("duplicates");

    QTest::newRow("none") << QByteArray(R"({"a":1,"b":2})") << QStringList();
    QTest::newRow("top level") << QByteArray(R"({"a":1,"b":2,"a":3})") << QStringList {QStringLiteral("a")};
    QTest::newRow("reported once") << QByteArray(R"({"a":1,"a":2,"a":3})") << QStringList {QStringLiteral("a")};
    QTest::newRow("two keys in order") << QByteArray(R"({"b":1,"a":1,"a":2,"b":2})")
                                       << QStringList {QStringLiteral("a"), QStringLiteral("b")};
    QTest::newRow("nested") << QByteArray(R"({"outer":{"inner":1,"inner":2}})") << QStringList {QStringLiteral("outer.inner")};
    QTest::newRow("same key in different objects") << QByteArray(R"({"a":1,"b":{"a":2},"c":[{"a":3},{"a":4}]})") << QStringList();
    QTest::newRow("inside array") << QByteArray(R"({"l":[0,{"x":1,"x":2}]})") << QStringList {QStringLiteral("l[1].x")};
    QTest::newRow("top-level array") << QByteArray(R"([{"x":1,"x":2}])") << QStringList {QStringLiteral("[0].x")};
    QTest::newRow("escaped spelling of the same key") << QByteArray("{\"\xc3\xa9\":1,\"\\u00e9\":2}") << QStringList {QString(QChar(0xe9))};
    QTest::newRow("case differs is not duplicate") << QByteArray(R"({"exp":1,"EXP":2})") << QStringList();
    QTest::newRow("both levels") << QByteArray(R"({"a":{"b":1,"b":1},"a":2})") << QStringList {QStringLiteral("a.b"), QStringLiteral("a")};
    // Objects with many keys: small objects and large ones are checked the same way.
    const auto keys = [](int count, const QList<int>& again) -> QByteArray {
        QByteArray json = "{";
        for (int i = 0; i < count; ++i) {
            json += "\"k" + QByteArray::number(i) + "\":" + QByteArray::number(i) + ",";
        }
        for (const int i : again) {
            json += "\"k" + QByteArray::number(i) + "\":0,";
        }
        json.chop(1);
        return json + "}";
    };
    QTest::newRow("many keys, none repeated") << keys(40, {}) << QStringList();
    QTest::newRow("many keys, an early and a late one repeated")
        << keys(40, {3, 30, 3}) << QStringList {QStringLiteral("k3"), QStringLiteral("k30")};
    for (const int count : {15, 16, 17}) {
        QTest::addRow("the key after %d repeats the first", count) << keys(count, {0}) << QStringList {QStringLiteral("k0")};
        QTest::addRow("the key after %d repeats the last", count)
            << keys(count, {count - 1}) << QStringList {QStringLiteral("k%1").arg(count - 1)};
    }
}

void TestJsonFormatter::duplicateKeys()
{
    QFETCH(QByteArray, input);
    QFETCH(QStringList, duplicates);

    const JsonFormatResult result = JsonFormatter::format(input);
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(result.duplicateKeys, duplicates);
    // Every occurrence is still shown.
    QCOMPARE(JsonFormatter::format(input, 0).pretty, QString::fromUtf8(input));
}

// A byte order mark inside a string is a character like any other (QString::fromUtf8 would drop
// one at the start of what it converts): "\ufeffkid" is not the key or value "kid".
void TestJsonFormatter::byteOrderMarksAreContent()
{
    const QByteArray input = "{\"\xef\xbb\xbfk\":\"\xef\xbb\xbfkid\",\"k\":\"a\\n\xef\xbb\xbf"
                             "b\"}";
    const JsonFormatResult result = JsonFormatter::format(input);
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(result.topLevel.size(), qsizetype(2));
    const QChar bom(0xFEFF); // QString::fromUtf16 would drop it too
    QCOMPARE(result.topLevel.at(0).key, bom + QStringLiteral("k"));
    QCOMPARE(result.topLevel.at(0).stringValue, bom + QStringLiteral("kid"));
    QCOMPARE(result.topLevel.at(1).key, QStringLiteral("k"));
    QCOMPARE(result.topLevel.at(1).stringValue, QStringLiteral("a\n") + bom + QStringLiteral("b"));
    // Different keys, so not duplicates.
    QVERIFY(result.duplicateKeys.isEmpty());
    QVERIFY2(result.pretty.contains(QLatin1String("\"\\ufeffk\": \"\\ufeffkid\"")), qPrintable(result.pretty));
}

void TestJsonFormatter::topLevelMembers()
{
    const QByteArray input = R"({"s":"caf\u00e9\n","n":12345678901234567890,"f":1.0e5,"t":true,"b":false,)"
                             R"("z":null,"o":{"k": [1, 2]},"a":[ ],"s":"again"})";
    const JsonFormatResult result = JsonFormatter::format(input);
    QVERIFY2(result.ok, qPrintable(result.error));
    QVERIFY(result.isObject);

    struct Expected
    {
        const char* key;
        JsonMember::Type type;
        const char* raw;
    };
    const Expected expected[] = {
        {"s", JsonMember::Type::String, R"("caf\u00e9\n")"},
        {"n", JsonMember::Type::Number, "12345678901234567890"},
        {"f", JsonMember::Type::Number, "1.0e5"},
        {"t", JsonMember::Type::Bool, "true"},
        {"b", JsonMember::Type::Bool, "false"},
        {"z", JsonMember::Type::Null, "null"},
        {"o", JsonMember::Type::Object, R"({"k": [1, 2]})"},
        {"a", JsonMember::Type::Array, "[ ]"},
        {"s", JsonMember::Type::String, R"("again")"},
    };
    QCOMPARE(result.topLevel.size(), qsizetype(std::size(expected)));
    for (int i = 0; i < result.topLevel.size(); ++i) {
        const JsonMember& member = result.topLevel.at(i);
        QCOMPARE(member.key, QLatin1String(expected[i].key));
        QCOMPARE(int(member.type), int(expected[i].type));
        QCOMPARE(member.rawValue, QLatin1String(expected[i].raw));
    }
    QCOMPARE(result.topLevel.at(0).stringValue, QString(QStringLiteral("caf") + QChar(0xe9) + QLatin1Char('\n')));
    QCOMPARE(result.topLevel.at(8).stringValue, QStringLiteral("again"));
    QVERIFY(result.topLevel.at(1).stringValue.isEmpty());
    QCOMPARE(result.duplicateKeys, QStringList {QStringLiteral("s")});

    // Escapes decode: surrogate pairs, all short escapes, raw UTF-8 alongside.
    const JsonFormatResult escapes = JsonFormatter::format("{\"k\\u0041\":\"\\ud83d\\ude00 \\\"\\\\\\/\\b\\f\\n\\r\\t \xe6\x97\xa5\"}");
    QVERIFY2(escapes.ok, qPrintable(escapes.error));
    QCOMPARE(escapes.topLevel.size(), 1);
    QCOMPARE(escapes.topLevel.at(0).key, QStringLiteral("kA"));
    QCOMPARE(escapes.topLevel.at(0).stringValue, QString::fromUtf8("\xf0\x9f\x98\x80 \"\\/\b\f\n\r\t \xe6\x97\xa5"));
}

void TestJsonFormatter::topLevelOnlyForObjects_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<bool>("isObject");
    QTest::addColumn<int>("members");

    QTest::newRow("object") << QByteArray(R"({"a":{"b":1}})") << true << 1;
    QTest::newRow("empty object") << QByteArray(" {} ") << true << 0;
    QTest::newRow("array of objects") << QByteArray(R"([{"a":1}])") << false << 0;
    QTest::newRow("string") << QByteArray(R"("{\"a\":1}")") << false << 0;
    QTest::newRow("number") << QByteArray("1") << false << 0;
}

void TestJsonFormatter::topLevelOnlyForObjects()
{
    QFETCH(QByteArray, input);
    QFETCH(bool, isObject);
    QFETCH(int, members);

    const JsonFormatResult result = JsonFormatter::format(input);
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(result.isObject, isObject);
    QCOMPARE(result.topLevel.size(), members);
}

void TestJsonFormatter::spansInDocumentOrder()
{
    const JsonFormatResult result = JsonFormatter::format(R"({"k":"v","n":-1.5e3,"b":true,"l":[null]})");
    QVERIFY2(result.ok, qPrintable(result.error));

    using K = JsonSpan::Kind;
    const QList<QPair<K, QString>> expected = {
        {K::Punctuation, QStringLiteral("{")}, {K::Key, QStringLiteral("\"k\"")},     {K::Punctuation, QStringLiteral(":")},
        {K::String, QStringLiteral("\"v\"")},  {K::Punctuation, QStringLiteral(",")}, {K::Key, QStringLiteral("\"n\"")},
        {K::Punctuation, QStringLiteral(":")}, {K::Number, QStringLiteral("-1.5e3")}, {K::Punctuation, QStringLiteral(",")},
        {K::Key, QStringLiteral("\"b\"")},     {K::Punctuation, QStringLiteral(":")}, {K::Literal, QStringLiteral("true")},
        {K::Punctuation, QStringLiteral(",")}, {K::Key, QStringLiteral("\"l\"")},     {K::Punctuation, QStringLiteral(":")},
        {K::Punctuation, QStringLiteral("[")}, {K::Literal, QStringLiteral("null")},  {K::Punctuation, QStringLiteral("]")},
        {K::Punctuation, QStringLiteral("}")},
    };
    QCOMPARE(result.spans.size(), expected.size());
    int previousEnd = 0;
    for (int i = 0; i < result.spans.size(); ++i) {
        const JsonSpan& span = result.spans.at(i);
        QCOMPARE(int(span.kind), int(expected.at(i).first));
        QCOMPARE(spanText(result, span), expected.at(i).second);
        QVERIFY(span.start >= previousEnd);
        previousEnd = span.start + span.length;
    }
    // Everything outside the spans is layout whitespace.
    QString rest = result.pretty;
    for (qsizetype i = result.spans.size() - 1; i >= 0; --i)
        rest.remove(result.spans.at(i).start, result.spans.at(i).length);
    QVERIFY(rest.trimmed().isEmpty());
}

void TestJsonFormatter::spansUseQStringIndices()
{
    // Multi-byte UTF-8 and a surrogate pair before later spans: offsets must count QChars, not bytes.
    const JsonFormatResult result = JsonFormatter::format("{\"\xc3\xa9\xf0\x9f\x98\x80\":\"\xe6\x97\xa5\xe6\x9c\xac\",\"x\":1}");
    QVERIFY2(result.ok, qPrintable(result.error));
    QStringList keys;
    QStringList values;
    for (const JsonSpan& span : result.spans) {
        if (span.kind == JsonSpan::Kind::Key)
            keys << spanText(result, span);
        else if (span.kind != JsonSpan::Kind::Punctuation)
            values << spanText(result, span);
    }
    QCOMPARE(keys, (QStringList {QString::fromUtf8("\"\xc3\xa9\xf0\x9f\x98\x80\""), QStringLiteral("\"x\"")}));
    QCOMPARE(values, (QStringList {QString::fromUtf8("\"\xe6\x97\xa5\xe6\x9c\xac\""), QStringLiteral("1")}));
}

void TestJsonFormatter::nestingLimit_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<int>("offset");

    const int limit = JsonFormatter::MaxDepth;
    QCOMPARE(limit, 512);
    QTest::newRow("arrays at the limit") << nested(limit, "[", "]") << true << -1;
    QTest::newRow("arrays over the limit") << nested(limit + 1, "[", "]") << false << limit;
    QTest::newRow("objects at the limit") << nested(limit, "{\"a\":", "}") << true << -1;
    QTest::newRow("objects over the limit") << nested(limit + 1, "{\"a\":", "}") << false << limit * 5;
    QTest::newRow("hostile open brackets") << QByteArray(1 << 20, '[') << false << limit;
}

void TestJsonFormatter::nestingLimit()
{
    QFETCH(QByteArray, input);
    QFETCH(bool, ok);
    QFETCH(int, offset);

    const JsonFormatResult result = JsonFormatter::format(input);
    QCOMPARE(result.ok, ok);
    QCOMPARE(result.errorOffset, offset);
    if (!ok)
        QCOMPARE(result.error, QStringLiteral("nesting deeper than 512 levels at offset %1").arg(offset));
}

void TestJsonFormatter::largeInput()
{
    // About 1 MiB of objects, and a 1 MiB string: both must format completely.
    QByteArray many = "[";
    int count = 0;
    while (many.size() < (1 << 20)) {
        if (count > 0)
            many += ',';
        many += R"({"id":)" + QByteArray::number(count) + R"(,"name":"item \u00e9","big":98765432109876543210})";
        ++count;
    }
    many += ']';
    const JsonFormatResult list = JsonFormatter::format(many);
    QVERIFY2(list.ok, qPrintable(list.error));
    // Per item: { key : value , key : value , key : value } and a separating comma; and the outer [ ].
    QCOMPARE(list.spans.size(), count * 14 - 1 + 2);
    QVERIFY(list.pretty.contains(QStringLiteral("\"id\": %1,").arg(count - 1)));
    QCOMPARE(list.pretty.count(QStringLiteral("98765432109876543210")), count);

    const QByteArray longString = '"' + QByteArray(1 << 20, 'x') + '"';
    const JsonFormatResult single = JsonFormatter::format(longString);
    QVERIFY(single.ok);
    QCOMPARE(single.pretty.size(), (1 << 20) + 2);
    QCOMPARE(single.spans.size(), 1);
}

void TestJsonFormatter::firstInvalidUtf8_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("offset");

    QTest::newRow("empty") << QByteArray() << -1;
    QTest::newRow("ascii") << QByteArray("{\"a\":1}") << -1;
    QTest::newRow("two to four byte sequences") << QByteArray("\xc3\xa9\xe6\x97\xa5\xf0\x9f\x98\x80\xef\xbf\xbf") << -1;
    QTest::newRow("latin-1") << QByteArray("caf\xe9") << 3;
    QTest::newRow("continuation first") << QByteArray("a\x80") << 1;
    QTest::newRow("overlong two byte") << QByteArray("\xc1\xbf") << 0;
    QTest::newRow("overlong three byte") << QByteArray("ab\xe0\x80\xaf") << 2;
    QTest::newRow("surrogate") << QByteArray("\xed\xb0\x80") << 0;
    QTest::newRow("above U+10FFFF") << QByteArray("\xf4\x90\x80\x80") << 0;
    QTest::newRow("truncated at end") << QByteArray("ok\xf0\x9f\x98") << 2;
    QTest::newRow("0xff") << QByteArray("\xff") << 0;
}

void TestJsonFormatter::firstInvalidUtf8()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, offset);
    QCOMPARE(JsonFormatter::firstInvalidUtf8(bytes), offset);
}

QTEST_APPLESS_MAIN(TestJsonFormatter)
#include "tst_jsonformatter.moc"
