#include "core/Loopback.h"

#include <QHostAddress>
#include <QRandomGenerator>
#include <QTest>

namespace
{
// The rule Loopback::isHost replaced, when core still linked Qt Network.
bool oldIsHost(const QString& host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

// The only inputs on which the two may disagree, and why; empty when they must agree.
QString intentionalDifference(const QString& host)
{
    // QHostAddress stopped at a NUL ("127.0.0.1\0.example.com" was 127.0.0.1); isHost refuses NULs.
    if (host.contains(QChar(0)))
        return QStringLiteral("NUL");
    return {};
}

QString printable(const QString& text)
{
    QString shown;
    for (const QChar c : text) {
        if (c.unicode() >= 0x20 && c.unicode() < 0x7f)
            shown += c;
        else
            shown += QStringLiteral("\\u%1").arg(int(c.unicode()), 4, 16, QLatin1Char('0'));
    }
    return QLatin1Char('"') + shown + QLatin1Char('"');
}

QString yesNo(bool value)
{
    return value ? QStringLiteral("true") : QStringLiteral("false");
}

class Generator
{
public:
    QStringList inputs()
    {
        QStringList all;
        for (int i = 0; i < 3000; ++i)
            all << ipv4();
        for (int i = 0; i < 3000; ++i)
            all << ipv6();
        for (int i = 0; i < 2000; ++i)
            all << junk();
        const QStringList seeds {
            QStringLiteral("127.0.0.1"),        QStringLiteral("127.1"),  QStringLiteral("0x7f.0.0.1"), QStringLiteral("::1"),
            QStringLiteral("::ffff:127.0.0.1"), QStringLiteral("::1%lo"), QStringLiteral("localhost")};
        for (const QString& seed : seeds)
            all << mutations(seed);
        return all;
    }

private:
    int below(int n)
    {
        return int(m_random.bounded(n));
    }

    template<typename T>
    T pick(std::initializer_list<T> values)
    {
        return *(values.begin() + below(int(values.size())));
    }

    // One inet_aton number in the notations QHostAddress read: decimal, octal, hex, padded, signed, spaced.
    QString number(quint64 value)
    {
        switch (below(9)) {
        case 0:
            return QStringLiteral("0x") + QString::number(value, 16);
        case 1:
            return QStringLiteral("0X") + QString::number(value, 16).toUpper();
        case 2:
            return QLatin1Char('0') + QString::number(value, 8);
        case 3:
            return QStringLiteral("000") + QString::number(value);
        case 4:
            return QLatin1Char('+') + QString::number(value);
        case 5:
            return QLatin1Char(' ') + QString::number(value);
        default:
            return QString::number(value);
        }
    }

    QString ipv4()
    {
        const quint32 first = pick<quint32>({127, 127, 127, 126, 128, 0, 255, 10});
        const quint32 address = (first << 24) | (m_random.generate() & (below(2) ? 0xffffffu : 0x0000ffu));
        QList<quint64> parts;
        switch (below(4)) {
        case 0:
            parts = {address};
            break;
        case 1:
            parts = {address >> 24, address & 0xffffff};
            break;
        case 2:
            parts = {address >> 24, (address >> 16) & 0xff, address & 0xffff};
            break;
        default:
            parts = {address >> 24, (address >> 16) & 0xff, (address >> 8) & 0xff, address & 0xff};
            break;
        }
        if (below(8) == 0)
            parts[below(int(parts.size()))] += pick<quint64>({256, 0x10000, 0x1000000, 0x100000000});
        QStringList texts;
        for (const quint64 part : parts)
            texts << (below(3) ? QString::number(part) : number(part));
        if (below(10) == 0)
            texts << QString::number(below(300));
        return decorate(texts.join(QLatin1Char('.')), false);
    }

    QString ipv6()
    {
        QByteArray bytes(16, '\0');
        switch (below(8)) {
        case 0:
        case 1:
            bytes[15] = 1; // ::1
            break;
        case 2:
        case 3:
            bytes[10] = bytes[11] = char(0xff);
            bytes[12] = char(pick<int>({127, 127, 126, 128, 0}));
            bytes[13] = char(below(256));
            bytes[14] = char(below(2) ? below(256) : 0);
            bytes[15] = char(below(256));
            break;
        case 4:
            bytes[12] = 127; // ::127.x.y.z (IPv4-compatible, not loopback)
            bytes[15] = char(below(256));
            break;
        case 5:
            bytes[below(16)] = char(1 << below(8)); // one bit away from ::
            break;
        case 6:
            bytes[15] = 1;
            bytes[below(15)] = char(1 + below(255)); // ::1 with a stray bit
            break;
        default:
            for (char& b : bytes)
                b = char(below(256));
            break;
        }

        QStringList groups;
        for (int i = 0; i < 16; i += 2) {
            const int value = (quint8(bytes[i]) << 8) | quint8(bytes[i + 1]);
            QString group = QString::number(value, 16);
            switch (below(12)) {
            case 0:
                group = group.rightJustified(4, QLatin1Char('0'));
                break;
            case 1:
                group = group.rightJustified(5, QLatin1Char('0'));
                break;
            case 2:
                group = group.toUpper();
                break;
            case 3:
                group = QStringLiteral("0x") + group;
                break;
            case 4:
                group = QLatin1Char(pick<char>({'+', ' ', '-'})) + group;
                break;
            default:
                break;
            }
            groups << group;
        }
        // The last 32 bits written as a dotted quad now and then, in any of the IPv4 notations.
        if (below(3) == 0) {
            groups.removeLast();
            groups.removeLast();
            QStringList quad;
            for (int i = 12; i < 16; ++i)
                quad << (below(4) ? QString::number(quint8(bytes[i])) : number(quint8(bytes[i])));
            groups << quad.join(QLatin1Char('.'));
        }
        // Some run of zero groups (not always the longest, sometimes a lone one) as "::".
        QList<int> zeroes;
        for (int i = 0; i < groups.size(); ++i) {
            bool ok = false;
            if (groups.at(i).toInt(&ok, 16) == 0 && ok)
                zeroes << i;
        }
        QString text = groups.join(QLatin1Char(':'));
        if (!zeroes.isEmpty() && below(4)) {
            const int start = zeroes.at(below(int(zeroes.size())));
            int end = start;
            while (end + 1 < groups.size() && zeroes.contains(end + 1) && below(8))
                ++end;
            text = groups.mid(0, start).join(QLatin1Char(':')) + QStringLiteral("::") + groups.mid(end + 1).join(QLatin1Char(':'));
        }
        text += QLatin1String(pick<const char*>({"", "", "", "%lo", "%", "%eth0", "%25x", "%%", "% x", "%1", "%[", "%.example.com"}));
        if (below(8) == 0)
            text = QLatin1Char('[') + text + QLatin1Char(']');
        return decorate(text, true);
    }

    // Whitespace, trailing dots and other wrappings around an address.
    QString decorate(QString text, bool ipv6)
    {
        switch (below(16)) {
        case 0:
            return QLatin1Char(' ') + text;
        case 1:
            return text + QStringLiteral("\t\n");
        case 2:
            return QChar(0x00a0) + text + QChar(0x3000);
        case 3:
            return text + QLatin1Char('.');
        case 4:
            return ipv6 ? text + QStringLiteral(":80") : text + QStringLiteral(":8080");
        case 5:
            text.insert(below(int(text.size()) + 1), QLatin1String(pick<const char*>({" ", "  ", "\t", "\r\n", "/", "@", "#"})));
            return text;
        case 6:
            return text.toUpper();
        default:
            return text;
        }
    }

    QString junk()
    {
        const QString alphabet = QStringLiteral("0127fFxX.:%[]+- \t1");
        QString text;
        const int length = below(20);
        for (int i = 0; i < length; ++i)
            text += alphabet.at(below(int(alphabet.size())));
        return text;
    }

    // Every single-character insertion, replacement and deletion, from ASCII, NUL and some Unicode
    // spaces, digits and letters that case-fold or normalise to ASCII.
    static QStringList mutations(const QString& seed)
    {
        QList<QChar> characters;
        for (char16_t c = 0; c < 0x80; ++c)
            characters << QChar(c);
        for (const char16_t c : {0x00a0, 0x0085, 0x2000, 0x2028, 0x3000, 0xfeff, 0xff11, 0xff0e, 0x0661, 0x00b9, 0x2070, 0x017f, 0x212a,
                                 0x0130, 0x0131, 0xff1a, 0xfe55, 0x2024})
            characters << QChar(c);
        QStringList all;
        for (qsizetype at = 0; at <= seed.size(); ++at) {
            for (const QChar c : characters) {
                all << QString(seed).insert(at, c);
                if (at < seed.size())
                    all << QString(seed).replace(at, 1, c);
            }
            if (at < seed.size())
                all << QString(seed).remove(at, 1);
        }
        return all;
    }

    QRandomGenerator m_random {20240611};
};
} // namespace

class TestLoopback : public QObject
{
    Q_OBJECT

private slots:
    void isHost_data()
    {
        QTest::addColumn<QString>("host");
        QTest::addColumn<bool>("loopback");

        const auto row = [](const char* name, const QString& host, bool loopback) {
            QTest::newRow(name) << host << loopback;
        };
        const auto s = [](const char* latin1) {
            return QString::fromLatin1(latin1);
        };

        // Loopback, as QHostAddress saw it.
        row("localhost", s("localhost"), true);
        row("LOCALHOST", s("LOCALHOST"), true);
        row("LocalHost", s("LocalHost"), true);
        row("localhost, long s folds to s", QString::fromUtf16(u"localho\u017Ft"), true);
        row("127.0.0.1", s("127.0.0.1"), true);
        row("127.1.2.3", s("127.1.2.3"), true);
        row("127.255.255.255", s("127.255.255.255"), true);
        row("127.0.0.0", s("127.0.0.0"), true);
        row("127.1", s("127.1"), true);
        row("127.0.1", s("127.0.1"), true);
        row("hex", s("0x7f.0.0.1"), true);
        row("HEX", s("0X7F.0.0.1"), true);
        row("octal", s("0177.0.0.1"), true);
        row("one number", s("2130706433"), true);
        row("one hex number", s("0x7f000001"), true);
        row("one octal number", s("017700000001"), true);
        row("leading zeros", s("127.00000000000000000000000000000000000001"), true);
        row("leading space", s(" 127.0.0.1"), true);
        row("trailing newline", s("127.0.0.1\n"), true);
        row("no-break space", QString::fromUtf16(u"\u00A0127.0.0.1"), true);
        row("space inside", s("127. 0.0.1"), true);
        row("tab inside", s("127.\t0.0.1"), true);
        row("plus sign", s("+127.0.0.1"), true);
        row("plus sign inside", s("127.+0.0.1"), true);
        row("::1", s("::1"), true);
        row("0:0:0:0:0:0:0:1", s("0:0:0:0:0:0:0:1"), true);
        row("0000::1", s("0000::1"), true);
        row("::0:1", s("::0:1"), true);
        row("::0.0.0.1", s("::0.0.0.1"), true);
        row("::0x1", s("::0x1"), true);
        row(":: 1", s(":: 1"), true);
        row("::+1", s("::+1"), true);
        row("mapped", s("::ffff:127.0.0.1"), true);
        row("MAPPED", s("::FFFF:127.0.0.1"), true);
        row("mapped in hex", s("::ffff:7f00:1"), true);
        row("mapped in full", s("0:0:0:0:0:ffff:127.0.0.1"), true);
        row("mapped, plus sign", s("::ffff:+127.0.0.1"), true);
        row("zone", s("::1%lo"), true);
        row("empty zone", s("::1%"), true);
        row("zone with space", s("::1%a b"), true);
        row("mapped with zone", s("::ffff:127.0.0.1%25x"), true);

        // Not loopback, as QHostAddress saw it.
        row("empty", QString(), false);
        row("blank", s("   "), false);
        row("localhost.", s("localhost."), false);
        row(" localhost", s(" localhost"), false);
        row("localhost.localdomain", s("localhost.localdomain"), false);
        row("127.0.0.1.", s("127.0.0.1."), false);
        row("127.0.0.1:80", s("127.0.0.1:80"), false);
        row("127.0.0.256", s("127.0.0.256"), false);
        row("127.0.0.08, bad octal", s("127.0.0.08"), false);
        row("127.0.0.0x, bad hex", s("127.0.0.0x"), false);
        row("127.0.0.1.1", s("127.0.0.1.1"), false);
        row("127..0.1", s("127..0.1"), false);
        row("127.0.0.1 with zone", s("127.0.0.1%lo"), false);
        row("-127.0.0.1", s("-127.0.0.1"), false);
        row("128.0.0.1", s("128.0.0.1"), false);
        row("126.255.255.255", s("126.255.255.255"), false);
        row("0.0.0.0", s("0.0.0.0"), false);
        row("127.example.com", s("127.example.com"), false);
        row("127.0.0.1.nip.io", s("127.0.0.1.nip.io"), false);
        row("full-width digits", QString::fromUtf16(u"\uFF11\uFF12\uFF17.0.0.1"), false);
        row("percent-encoded", s("%31%32%37.0.0.1"), false);
        row("[::1]", s("[::1]"), false);
        row("[127.0.0.1]", s("[127.0.0.1]"), false);
        row("::", s("::"), false);
        row("::2", s("::2"), false);
        row("1::", s("1::"), false);
        row("::1:", s("::1:"), false);
        row("00000::1", s("00000::1"), false);
        row("compatible", s("::127.0.0.1"), false);
        row("mapped 0.0.0.0", s("::ffff:0.0.0.0"), false);
        row("mapped 128.0.0.1", s("::ffff:128.0.0.1"), false);
        row("mapped octal", s("::ffff:0177.0.0.1"), false);
        row("mapped short", s("::ffff:127.1"), false);
        row("mapped leading zero", s("::ffff:127.0.0.01"), false);
        row("double zone", s("::1%%"), false);
        row("fe80::1", s("fe80::1"), false);
        row("IPvFuture", s("v1.x"), false);

        // Deliberately different: QHostAddress stopped reading at a NUL and answered true.
        row("NUL after IPv4", QStringLiteral("127.0.0.1") + QChar(0) + QStringLiteral(".example.com"), false);
        row("NUL after IPv6", QStringLiteral("::1") + QChar(0), false);
        row("NUL in zone", QStringLiteral("::1%x") + QChar(0) + QStringLiteral("y"), false);
    }

    void isHost()
    {
        QFETCH(QString, host);
        QFETCH(bool, loopback);
        QCOMPARE(Loopback::isHost(host), loopback);
        if (intentionalDifference(host).isEmpty())
            QCOMPARE(oldIsHost(host), loopback); // the table states what QHostAddress answered
    }

    // Thousands of generated addresses, near-addresses and junk: isHost answers as QHostAddress did,
    // except on the inputs intentionalDifference() names, where it may only be stricter.
    void matchesQHostAddress()
    {
        const QStringList inputs = Generator().inputs();
        QStringList mismatches;
        int loopbacks = 0;
        int intended = 0;
        for (const QString& input : inputs) {
            const bool now = Loopback::isHost(input);
            const bool before = oldIsHost(input);
            loopbacks += now ? 1 : 0;
            if (now == before)
                continue;
            if (!intentionalDifference(input).isEmpty() && !now) {
                ++intended;
                continue;
            }
            if (mismatches.size() < 20)
                mismatches << QStringLiteral("%1: isHost %2, QHostAddress %3").arg(printable(input), yesNo(now), yesNo(before));
            else if (mismatches.size() == 20)
                mismatches << QStringLiteral("...");
        }
        QVERIFY2(mismatches.isEmpty(), qPrintable(mismatches.join(QLatin1Char('\n'))));
        // The generator reaches both answers and the one known difference, so agreement means something.
        QVERIFY2(inputs.size() > 20000, qPrintable(QString::number(inputs.size())));
        QVERIFY2(loopbacks > 2000, qPrintable(QString::number(loopbacks)));
        QVERIFY2(inputs.size() - loopbacks > 10000, qPrintable(QString::number(inputs.size() - loopbacks)));
        QVERIFY(intended > 0);
    }
};

QTEST_APPLESS_MAIN(TestLoopback)
#include "tst_loopback.moc"
