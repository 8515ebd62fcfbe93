#include "core/JsonFormatter.h"
#include "core/SafeText.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTest>

namespace
{
// QString::fromUcs4 and fromUtf16 would drop a leading BOM.
QString fromUcs4(char32_t c)
{
    if (QChar::requiresSurrogates(c))
        return QString(QChar(QChar::highSurrogate(c))) + QChar(QChar::lowSurrogate(c));
    return QString(QChar(char16_t(c)));
}

QString firstHidden(const QString& text, SafeText::Lines lines)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (lines == SafeText::Lines::Multi && (c == QLatin1Char('\n') || c == QLatin1Char('\t')))
            continue;
        char32_t code = c.unicode();
        if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            code = QChar::surrogateToUcs4(c, text.at(i + 1));
            ++i;
        }
        if (SafeText::isHidden(code))
            return QStringLiteral("U+%1 at %2").arg(QString::number(code, 16)).arg(i);
    }
    return {};
}

// The rules a code point at a time, written as SafeText applied them before it copied the text
// between replacements in runs: the oracle for differential tests.
QString referenceHex(char32_t c, int width)
{
    return QString::number(c, 16).rightJustified(width, QLatin1Char('0'));
}

// The code point at index i (an unpaired surrogate alone) and how many UTF-16 units it takes.
char32_t codePointAt(const QString& text, qsizetype i, qsizetype* width)
{
    *width = 1;
    if (text.at(i).isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
        *width = 2;
        return QChar::surrogateToUcs4(text.at(i), text.at(i + 1));
    }
    return text.at(i).unicode();
}

QString referenceVisible(const QString& text, SafeText::Lines lines)
{
    QString out;
    for (qsizetype i = 0; i < text.size();) {
        qsizetype width = 1;
        const char32_t c = codePointAt(text, i, &width);
        const qsizetype index = i;
        i += width;
        if (!SafeText::isHidden(c)) {
            out += text.mid(index, width);
        } else if (lines == SafeText::Lines::Multi && (c == '\n' || c == '\t')) {
            out += QChar(char16_t(c));
        } else if (lines == SafeText::Lines::Multi && c == '\r' && index + 1 < text.size() && text.at(index + 1) == QLatin1Char('\n')) {
            continue;
        } else if (c == '\n') {
            out += QLatin1String("\\n");
        } else if (c == '\t') {
            out += QLatin1String("\\t");
        } else if (c == '\r') {
            out += QLatin1String("\\r");
        } else if (c < 0x20 || c == 0x7F) {
            out += QLatin1String("\\x") + referenceHex(c, 2);
        } else if (c <= 0xFFFF) {
            out += QLatin1String("\\u") + referenceHex(c, 4);
        } else {
            out += QLatin1String("\\u{") + referenceHex(c, 1) + QLatin1Char('}');
        }
    }
    return out;
}

QString referenceJsonVisible(const QString& json)
{
    QString out;
    for (qsizetype i = 0; i < json.size();) {
        qsizetype width = 1;
        const char32_t c = codePointAt(json, i, &width);
        if (!SafeText::isHidden(c) || c == '\n' || c == '\t' || c == '\r') {
            out += json.mid(i, width);
        } else {
            for (qsizetype k = i; k < i + width; ++k)
                out += QLatin1String("\\u") + referenceHex(json.at(k).unicode(), 4);
        }
        i += width;
    }
    return out;
}
} // namespace

class TestSafeText : public QObject
{
    Q_OBJECT

private slots:
    void visible_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("multi");
        QTest::addColumn<QString>("shown");

        const auto row = [](const char* name, const QString& text, bool multi, const QString& shown) {
            QTest::newRow(name) << text << multi << shown;
        };
        const auto s = [](const char* latin1) {
            return QString::fromLatin1(latin1);
        };
        const auto u = [](const char16_t* utf16) {
            return QString::fromUtf16(utf16);
        };

        // Kept as they are.
        row("empty", QString(), false, QString());
        row("ascii", s("CAS answered HTTP 500"), false, s("CAS answered HTTP 500"));
        row("backslash kept", s("C:\\temp\\x1b"), false, s("C:\\temp\\x1b"));
        row("latin accents", u(u"café"), false, u(u"café"));
        row("no-break space", u(u"a\u00a0b"), false, u(u"a\u00a0b"));
        row("cjk", u(u"日本語"), false, u(u"日本語"));
        row("emoji above U+FFFF", u(u"ok \U0001F600"), false, u(u"ok \U0001F600"));
        row("arabic letters (right to left, no control)", u(u"\u0645\u0631\u062d\u0628\u0627"), false,
            u(u"\u0645\u0631\u062d\u0628\u0627"));
        row("variation selector", u(u"\u2764\ufe0f"), false, u(u"\u2764\ufe0f"));

        // C0, DEL: terminal sequences.
        row("ESC CSI clear screen", s("\x1b[2J\x1b[Hfake"), false, s("\\x1b[2J\\x1b[Hfake"));
        row("OSC 52 clipboard write", s("\x1b]52;c;Y3VybCBldmls\x07"), false, s("\\x1b]52;c;Y3VybCBldmls\\x07"));
        row("OSC window title with ST", s("\x1b]0;pwned\x1b\\"), false, s("\\x1b]0;pwned\\x1b\\"));
        row("NUL", QString(QChar(0)) + s("x"), false, s("\\x00x"));
        row("BEL", s("\x07"), false, s("\\x07"));
        row("backspace overwrite", s("ok\x08\x08no"), false, s("ok\\x08\\x08no"));
        row("DEL", s("a\x7f"), false, s("a\\x7f"));
        row("unit separator", s("\x1f"), false, s("\\x1f"));
        row("newline on one line", s("a\nb"), false, s("a\\nb"));
        row("newline on several lines", s("a\nb"), true, s("a\nb"));
        row("tab on one line", s("a\tb"), false, s("a\\tb"));
        row("tab on several lines", s("a\tb"), true, s("a\tb"));
        row("lone CR on one line", s("100%\rdone"), false, s("100%\\rdone"));
        row("lone CR on several lines", s("100%\rdone"), true, s("100%\\rdone"));
        row("CR at the end", s("a\r"), true, s("a\\r"));
        row("CR LF on one line", s("a\r\nb"), false, s("a\\r\\nb"));
        row("CR LF on several lines", s("a\r\nb"), true, s("a\nb"));
        row("CR CR LF on several lines", s("a\r\r\nb"), true, s("a\\r\nb"));
        row("ESC on several lines", s("l1\n\x1b[31ml2"), true, s("l1\n\\x1b[31ml2"));

        // C1 controls (8-bit CSI, NEL...).
        row("C1 CSI", u(u"\u009b2J"), false, s("\\u009b2J"));
        row("C1 NEL", u(u"a\u0085b"), true, s("a\\u0085b"));
        row("C1 OSC", u(u"\u009d0;t\u009c"), false, s("\\u009d0;t\\u009c"));
        row("C1 first", u(u"\u0080"), false, s("\\u0080"));

        // Bidi controls.
        row("RLO login.exe spoof", u(u"\u202eexe.nigol"), false, s("\\u202eexe.nigol"));
        row("LRE", u(u"\u202a"), false, s("\\u202a"));
        row("RLE", u(u"\u202b"), false, s("\\u202b"));
        row("PDF", u(u"\u202c"), false, s("\\u202c"));
        row("LRO", u(u"\u202d"), false, s("\\u202d"));
        row("LRI", u(u"\u2066"), false, s("\\u2066"));
        row("RLI", u(u"\u2067"), false, s("\\u2067"));
        row("FSI", u(u"\u2068"), false, s("\\u2068"));
        row("PDI", u(u"\u2069"), true, s("\\u2069"));
        row("LRM", u(u"\u200e"), false, s("\\u200e"));
        row("RLM", u(u"\u200f"), false, s("\\u200f"));
        row("ALM", u(u"\u061c"), false, s("\\u061c"));
        row("trojan source", u(u"admin\u2067\u2066 // ok\u2069\u2069"), true, s("admin\\u2067\\u2066 // ok\\u2069\\u2069"));

        // Invisible characters that make two strings look alike.
        row("zero-width space", u(u"ad\u200bmin"), false, s("ad\\u200bmin"));
        row("ZWNJ", u(u"\u200c"), false, s("\\u200c"));
        row("ZWJ (in an emoji sequence too)", u(u"\U0001F468\u200d\U0001F469"), false, u(u"\U0001F468") + s("\\u200d") + u(u"\U0001F469"));
        row("word joiner", u(u"\u2060"), false, s("\\u2060"));
        row("invisible times", u(u"\u2062"), false, s("\\u2062"));
        row("BOM", QString(QChar(0xfeff)) + s("kid"), false, s("\\ufeffkid"));
        row("soft hyphen", u(u"pay\u00adpal"), false, s("pay\\u00adpal"));
        row("Mongolian vowel separator", u(u"\u180e"), false, s("\\u180e"));
        row("interlinear annotation", u(u"\ufff9"), false, s("\\ufff9"));
        row("Hangul filler", u(u"\u3164"), false, s("\\u3164"));
        row("Hangul choseong filler", u(u"\u115f\u1160"), false, s("\\u115f\\u1160"));
        row("halfwidth Hangul filler", u(u"\uffa0"), false, s("\\uffa0"));
        row("tag characters (hidden ASCII)", u(u"ok\U000E0041\U000E007F"), false, s("ok\\u{e0041}\\u{e007f}"));
        row("language tag", u(u"\U000E0001"), false, s("\\u{e0001}"));

        // Line and paragraph separators.
        row("LS on one line", u(u"a\u2028b"), false, s("a\\u2028b"));
        row("LS on several lines", u(u"a\u2028b"), true, s("a\\u2028b"));
        row("PS", u(u"a\u2029b"), true, s("a\\u2029b"));

        // Broken UTF-16 (from lossy conversions).
        row("lone high surrogate", QString(QChar(0xd800)) + s("x"), false, s("\\ud800x"));
        row("lone low surrogate", QString(QChar(0xdc00)), false, s("\\udc00"));
        row("swapped surrogates", QString(QChar(0xdc00)) + QChar(0xd800), false, s("\\udc00\\ud800"));
    }

    void visible()
    {
        QFETCH(QString, text);
        QFETCH(bool, multi);
        QFETCH(QString, shown);
        const SafeText::Lines lines = multi ? SafeText::Lines::Multi : SafeText::Lines::Single;
        QCOMPARE(SafeText::visible(text, lines), shown);
        // Shown once is shown for good: escaping again changes nothing.
        QCOMPARE(SafeText::visible(shown, lines), shown);
        // The byte overload agrees wherever the text survives UTF-8 (unpaired surrogates do not).
        if (QString::fromUtf8(text.toUtf8()) == text)
            QCOMPARE(SafeText::visible(text.toUtf8(), lines), shown);
    }

    void visibleBytes_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<bool>("multi");
        QTest::addColumn<QString>("shown");
        const auto s = [](const char* latin1) {
            return QString::fromLatin1(latin1);
        };
        QTest::newRow("ascii") << QByteArray("plain text") << false << s("plain text");
        QTest::newRow("utf-8") << QByteArray("caf\xc3\xa9") << false << QString::fromUtf8("caf\xc3\xa9");
        QTest::newRow("8-bit CSI byte") << QByteArray("\x9b"
                                                      "2J")
                                        << false << s("\\x9b2J");
        QTest::newRow("latin-1 byte") << QByteArray("caf\xe9") << false << s("caf\\xe9");
        QTest::newRow("truncated sequence at the end") << QByteArray("ok\xc3") << false << s("ok\\xc3");
        QTest::newRow("truncated 3-byte sequence") << QByteArray("\xe2\x80") << false << s("\\xe2\\x80");
        QTest::newRow("overlong slash") << QByteArray("\xc0\xaf") << false << s("\\xc0\\xaf");
        QTest::newRow("overlong 3-byte") << QByteArray("\xe0\x80\xaf") << false << s("\\xe0\\x80\\xaf");
        QTest::newRow("encoded surrogate") << QByteArray("\xed\xa0\x80") << false << s("\\xed\\xa0\\x80");
        QTest::newRow("above U+10FFFF") << QByteArray("\xf4\x90\x80\x80") << false << s("\\xf4\\x90\\x80\\x80");
        QTest::newRow("stray continuation byte") << QByteArray("a\x80z") << false << s("a\\x80z");
        QTest::newRow("0xff") << QByteArray("\xff\xfe") << false << s("\\xff\\xfe");
        QTest::newRow("ESC") << QByteArray("\x1b[2J") << false << s("\\x1b[2J");
        QTest::newRow("encoded RLO") << QByteArray("\xe2\x80\xae"
                                                   "exe.nigol")
                                     << false << s("\\u202eexe.nigol");
        QTest::newRow("BOM at the start") << QByteArray("\xef\xbb\xbfkid") << false << s("\\ufeffkid");
        QTest::newRow("encoded C1 CSI") << QByteArray("\xc2\x9b") << false << s("\\u009b");
        QTest::newRow("encoded tag") << QByteArray("\xf3\xa0\x81\x81") << false << s("\\u{e0041}");
        QTest::newRow("CR LF on several lines") << QByteArray("a\r\nb") << true << s("a\nb");
        QTest::newRow("CR, bad byte, LF") << QByteArray("a\r\xff\nb") << true << s("a\\r\\xff\nb");
        QTest::newRow("bad byte between ESCs") << QByteArray("\x1b\xff\x1b") << true << s("\\x1b\\xff\\x1b");
        QTest::newRow("NUL inside") << QByteArray("a\0b", 3) << false << s("a\\x00b");
    }

    void visibleBytes()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(bool, multi);
        QFETCH(QString, shown);
        QCOMPARE(SafeText::visible(bytes, multi ? SafeText::Lines::Multi : SafeText::Lines::Single), shown);
    }

    // Every code point, alone and between letters: what comes out holds nothing hidden, and a
    // code point is either kept as it is or escaped.
    void everyCodePoint()
    {
        int escaped = 0;
        for (char32_t c = 0; c <= 0x10FFFF; ++c) {
            const QString text = QLatin1Char('a') + fromUcs4(c) + QLatin1Char('z');
            for (const SafeText::Lines lines : {SafeText::Lines::Single, SafeText::Lines::Multi}) {
                const QString shown = SafeText::visible(text, lines);
                const QString problem = firstHidden(shown, lines);
                if (!problem.isEmpty())
                    QFAIL(qPrintable(QStringLiteral("U+%1 gave %2").arg(QString::number(c, 16), problem)));
                const bool kept = shown == text;
                if (kept == SafeText::isHidden(c) && !(lines == SafeText::Lines::Multi && (c == '\n' || c == '\t')))
                    QFAIL(qPrintable(QStringLiteral("U+%1 kept=%2 but isHidden=%3").arg(QString::number(c, 16)).arg(kept).arg(!kept)));
            }
            escaped += SafeText::isHidden(c) ? 1 : 0;
        }
        // C0 + DEL + C1 (65), surrogates (2048), and the format characters and separators.
        QVERIFY2(escaped > 65 + 2048 + 150, qPrintable(QString::number(escaped)));
    }

    void isHidden_data()
    {
        QTest::addColumn<uint>("codePoint");
        QTest::addColumn<bool>("hidden");
        QTest::newRow("space") << 0x20u << false;
        QTest::newRow("tilde") << 0x7eu << false;
        QTest::newRow("newline") << 0x0au << true;
        QTest::newRow("DEL") << 0x7fu << true;
        QTest::newRow("last C1") << 0x9fu << true;
        QTest::newRow("no-break space") << 0xa0u << false;
        QTest::newRow("e acute") << 0xe9u << false;
        QTest::newRow("RLO") << 0x202eu << true;
        QTest::newRow("en dash") << 0x2013u << false;
        QTest::newRow("replacement character") << 0xfffdu << false;
        QTest::newRow("private use") << 0xe000u << false;
        QTest::newRow("emoji") << 0x1f600u << false;
        QTest::newRow("cancel tag") << 0xe007fu << true;
    }

    void isHidden()
    {
        QFETCH(uint, codePoint);
        QFETCH(bool, hidden);
        QCOMPARE(SafeText::isHidden(char32_t(codePoint)), hidden);
    }

    void jsonVisible_data()
    {
        QTest::addColumn<QString>("json");
        QTest::addColumn<QString>("shown");
        const auto s = [](const char* latin1) {
            return QString::fromLatin1(latin1);
        };
        const auto u = [](const char16_t* utf16) {
            return QString::fromUtf16(utf16);
        };
        QTest::newRow("plain") << s("{\"a\":1}") << s("{\"a\":1}");
        QTest::newRow("whitespace kept") << s("{\n\t\"a\": 1\r\n}") << s("{\n\t\"a\": 1\r\n}");
        QTest::newRow("RLO in a value") << u(u"{\"file\":\"\u202eexe.nigol\"}") << s("{\"file\":\"\\u202eexe.nigol\"}");
        QTest::newRow("RLO in a key") << u(u"{\"\u202ek\":0}") << s("{\"\\u202ek\":0}");
        QTest::newRow("DEL") << s("[\"\x7f\"]") << s("[\"\\u007f\"]");
        QTest::newRow("C1 CSI") << u(u"[\"\u009b\"]") << s("[\"\\u009b\"]");
        QTest::newRow("zero-width space") << u(u"[\"a\u200bb\"]") << s("[\"a\\u200bb\"]");
        QTest::newRow("line separator") << u(u"[\"\u2028\"]") << s("[\"\\u2028\"]");
        QTest::newRow("tag as surrogate pair") << u(u"[\"\U000E0041\"]") << s("[\"\\udb40\\udc41\"]");
        QTest::newRow("emoji kept") << u(u"[\"\U0001F600\"]") << u(u"[\"\U0001F600\"]");
        QTest::newRow("escapes already there kept") << s("[\"\\u001b\\n\"]") << s("[\"\\u001b\\n\"]");
    }

    void jsonVisible()
    {
        QFETCH(QString, json);
        QFETCH(QString, shown);
        QCOMPARE(SafeText::jsonVisible(json), shown);
        // The same JSON value.
        QJsonParseError error;
        const QJsonDocument before = QJsonDocument::fromJson(json.toUtf8(), &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(QJsonDocument::fromJson(shown.toUtf8()), before);
    }

    // Random mixes of plain runs, hidden code points, line breaks, visible non-ASCII text and
    // surrogates, paired and not: the same text as the rules applied a code point at a time.
    void agreesWithACodePointAtATime()
    {
        const QList<QString> pieces {QStringLiteral("plain"),
                                     QStringLiteral("a"),
                                     QStringLiteral(" "),
                                     QStringLiteral("\\"),
                                     QStringLiteral("\n"),
                                     QStringLiteral("\t"),
                                     QStringLiteral("\r"),
                                     QStringLiteral("\r\n"),
                                     QStringLiteral("\x1b[2J"),
                                     QStringLiteral("\x7f"),
                                     QString::fromUtf16(u"\u0085"),
                                     QString::fromUtf16(u"\u009b"),
                                     QString::fromUtf16(u"\u00a0"),
                                     QString::fromUtf16(u"caf\u00e9"),
                                     QString::fromUtf16(u"\u200b"),
                                     QString::fromUtf16(u"\u202e"),
                                     QString::fromUtf16(u"\u2028"),
                                     QString::fromUtf16(u"\ufeff"),
                                     QString::fromUtf16(u"\u3164"),
                                     QString::fromUtf16(u"\U0001F600"),
                                     QString::fromUtf16(u"\U000E0041"),
                                     QString(QChar(char16_t(0xD800))),
                                     QString(QChar(char16_t(0xDC00))),
                                     QString(200, QLatin1Char('x'))};
        QRandomGenerator random(3);
        for (int round = 0; round < 5000; ++round) {
            QString text;
            for (int n = random.bounded(12); n > 0; --n)
                text += pieces.at(random.bounded(int(pieces.size())));
            QCOMPARE(SafeText::visible(text, SafeText::Lines::Single), referenceVisible(text, SafeText::Lines::Single));
            QCOMPARE(SafeText::visible(text, SafeText::Lines::Multi), referenceVisible(text, SafeText::Lines::Multi));
            QCOMPARE(SafeText::jsonVisible(text), referenceJsonVisible(text));
        }
    }

    // Text with nothing to replace comes back as it is, not copied: a decoded 1 MiB payload goes
    // through jsonVisible string by string.
    void nothingHiddenIsNotCopied()
    {
        const QString text = QString::fromUtf16(u"caf\u00e9 \U0001F600 ") + QString(1000, QLatin1Char('x'));
        QCOMPARE(SafeText::visible(text).constData(), text.constData());
        const QString lines = QStringLiteral("two\nlines\twith a tab");
        QCOMPARE(SafeText::visible(lines, SafeText::Lines::Multi).constData(), lines.constData());
        const QString json = QStringLiteral("{\n\t\"a\": 1\r\n}");
        QCOMPARE(SafeText::jsonVisible(json).constData(), json.constData());
    }

    // Qt's JSON writer escapes C0 controls itself; with jsonVisible nothing hidden is left.
    void jsonWriterOutputIsSafe()
    {
        const QString hostile = QStringLiteral("\x1b]52;c;eA==\x07") + QString::fromUtf16(u"\u202e\u009b\u200b\u2028\x7f");
        const QString json = QString::fromUtf8(QJsonDocument(QJsonObject {{hostile, hostile}}).toJson(QJsonDocument::Compact));
        const QString shown = SafeText::jsonVisible(json);
        QVERIFY2(firstHidden(shown, SafeText::Lines::Single).isEmpty(), qPrintable(shown));
        QCOMPARE(QJsonDocument::fromJson(shown.toUtf8()).object().value(hostile).toString(), hostile);
    }

    // The decoded views and `decode` show the formatter's text: a hidden character in a string
    // or a key comes out as its JSON escape, and the highlighting spans still cover it.
    void formatterShowsHiddenAsEscapes()
    {
        const QByteArray json = "{\"\xe2\x80\xae"
                                "k\":\"\xe2\x80\xae"
                                "exe.nigol\",\"n\":\"\x7f\"}";
        const JsonFormatResult result = JsonFormatter::format(json);
        QVERIFY(result.ok);
        QVERIFY2(result.pretty.contains(QLatin1String("\"\\u202ek\": \"\\u202eexe.nigol\"")), qPrintable(result.pretty));
        QVERIFY(result.pretty.contains(QLatin1String("\"\\u007f\"")));
        QVERIFY(firstHidden(result.pretty, SafeText::Lines::Multi).isEmpty());
        QCOMPARE(QJsonDocument::fromJson(result.pretty.toUtf8()), QJsonDocument::fromJson(json));
        bool coveredValue = false;
        for (const JsonSpan& span : result.spans) {
            if (span.kind == JsonSpan::Kind::String && result.pretty.mid(span.start, span.length) == QLatin1String("\"\\u202eexe.nigol\""))
                coveredValue = true;
        }
        QVERIFY(coveredValue);
        // The members keep the decoded text; views make it visible when they show it.
        QCOMPARE(result.topLevel.value(0).key, QString::fromUtf16(u"\u202ek"));
    }
};

QTEST_GUILESS_MAIN(TestSafeText)
#include "tst_safetext.moc"
