#include "core/JsonFormatter.h"

#include "core/SafeText.h"

#include <QSet>
#include <QVarLengthArray>

#include <algorithm>
#include <vector>

namespace
{
int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

/// The keys of one object so far, to find its duplicates: a short list while the object is
/// small, as most are, and a hash set once it has many keys. A QSet allocates a table of 128
/// entries for its first key: for a payload of thousands of small objects, those tables cost
/// more than the rest of the parse.
class ObjectKeys
{
public:
    /// Adds a key; false if the object already has it.
    bool insert(const QString& key)
    {
        if (m_set.isEmpty()) {
            if (std::find(m_list.cbegin(), m_list.cend(), key) != m_list.cend()) {
                return false;
            }
            if (m_list.size() < ListLimit) {
                m_list.append(key);
                return true;
            }
            m_set = QSet<QString>(m_list.cbegin(), m_list.cend());
            m_list.clear();
        }
        const qsizetype before = m_set.size();
        m_set.insert(key);
        return m_set.size() != before;
    }

private:
    static constexpr qsizetype ListLimit = 16;
    QVarLengthArray<QString, ListLimit> m_list;
    QSet<QString> m_set;
};

class Scanner
{
public:
    Scanner(const QByteArray& input, int indent, JsonFormatResult& result)
        : m_data(input.constData())
        , m_size(input.size())
        , m_indent(indent)
        , m_result(result)
    { }

    bool run()
    {
        skipWhitespace();
        if (m_pos >= m_size)
            return fail(m_pos, JsonFormatter::tr("empty input"));
        m_result.isObject = m_data[m_pos] == '{';
        if (!parseValue(0))
            return false;
        skipWhitespace();
        if (m_pos < m_size)
            return fail(m_pos, JsonFormatter::tr("trailing characters after the JSON value (%1)").arg(describeByte(m_pos)));
        return true;
    }

private:
    struct PathSegment
    {
        QString key;
        qsizetype index = -1;
    };

    bool fail(qsizetype offset, const QString& what)
    {
        m_result.errorOffset = int(offset);
        m_result.error = JsonFormatter::tr("%1 at offset %2").arg(what).arg(offset);
        return false;
    }

    QString describeByte(qsizetype offset) const
    {
        if (offset >= m_size)
            return JsonFormatter::tr("end of input");
        const unsigned char c = static_cast<unsigned char>(m_data[offset]);
        if (c > 0x20 && c < 0x7F)
            return QStringLiteral("'%1'").arg(QLatin1Char(char(c)));
        return JsonFormatter::tr("byte 0x%1").arg(c, 2, 16, QLatin1Char('0'));
    }

    bool failUnexpected(qsizetype offset)
    {
        if (offset >= m_size)
            return fail(offset, JsonFormatter::tr("unexpected end of input"));
        return fail(offset, JsonFormatter::tr("unexpected %1").arg(describeByte(offset)));
    }

    void skipWhitespace()
    {
        while (m_pos < m_size) {
            const char c = m_data[m_pos];
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r')
                return;
            ++m_pos;
        }
    }

    void emitSpan(JsonSpan::Kind kind, const QString& source)
    {
        // A bidi override or zero-width character in a string is shown as its JSON escape: the
        // same value, and "\u202eexe.nigol" cannot read as "login.exe".
        const QString text = kind == JsonSpan::Kind::String || kind == JsonSpan::Kind::Key ? SafeText::jsonVisible(source) : source;
        m_result.spans.append(JsonSpan {kind, int(m_result.pretty.size()), int(text.size())});
        m_result.pretty += text;
    }

    void emitPunctuation(char c)
    {
        m_result.spans.append(JsonSpan {JsonSpan::Kind::Punctuation, int(m_result.pretty.size()), 1});
        m_result.pretty += QLatin1Char(c);
    }

    void newline(int depth)
    {
        if (m_indent <= 0)
            return;
        m_result.pretty += QLatin1Char('\n');
        m_result.pretty.resize(m_result.pretty.size() + qsizetype(depth) * m_indent, QLatin1Char(' '));
    }

    // The source of a token; it starts at a quote or a value's first byte, never at a byte order
    // mark, which QString::fromUtf8 would drop.
    QString sourceText(qsizetype start, qsizetype end) const
    {
        return QString::fromUtf8(m_data + start, end - start);
    }

    QString currentPath() const
    {
        QString path;
        for (const PathSegment& segment : m_path) {
            if (segment.index >= 0) {
                path += QStringLiteral("[%1]").arg(segment.index);
            } else {
                if (!path.isEmpty())
                    path += QLatin1Char('.');
                path += segment.key;
            }
        }
        return path;
    }

    bool parseValue(int depth)
    {
        skipWhitespace();
        if (m_pos >= m_size)
            return failUnexpected(m_pos);
        const char c = m_data[m_pos];
        if (c == '{')
            return parseObject(depth);
        if (c == '[')
            return parseArray(depth);
        if (c == '"') {
            const qsizetype start = m_pos;
            if (!scanString(nullptr))
                return false;
            emitSpan(JsonSpan::Kind::String, sourceText(start, m_pos));
            return true;
        }
        if (c == '-' || isDigit(c)) {
            const qsizetype start = m_pos;
            if (!scanNumber())
                return false;
            emitSpan(JsonSpan::Kind::Number, sourceText(start, m_pos));
            return true;
        }
        if (c == 't' || c == 'f' || c == 'n') {
            const qsizetype start = m_pos;
            if (!scanLiteral())
                return false;
            emitSpan(JsonSpan::Kind::Literal, sourceText(start, m_pos));
            return true;
        }
        return failUnexpected(m_pos);
    }

    bool enter(int depth)
    {
        if (depth >= JsonFormatter::MaxDepth)
            return fail(m_pos, JsonFormatter::tr("nesting deeper than %1 levels").arg(JsonFormatter::MaxDepth));
        return true;
    }

    bool parseObject(int depth)
    {
        if (!enter(depth))
            return false;
        emitPunctuation('{');
        ++m_pos;
        skipWhitespace();
        if (m_pos < m_size && m_data[m_pos] == '}') {
            ++m_pos;
            emitPunctuation('}');
            return true;
        }
        ObjectKeys seen;
        QSet<QString> reported;
        for (;;) {
            skipWhitespace();
            if (m_pos >= m_size || m_data[m_pos] != '"') {
                if (m_pos >= m_size)
                    return failUnexpected(m_pos);
                return fail(m_pos, JsonFormatter::tr("expected a string key, found %1").arg(describeByte(m_pos)));
            }
            newline(depth + 1);
            const qsizetype keyStart = m_pos;
            QString key;
            if (!scanString(&key))
                return false;
            emitSpan(JsonSpan::Kind::Key, sourceText(keyStart, m_pos));

            m_path.push_back(PathSegment {key, -1});
            if (!seen.insert(key) && !reported.contains(key)) {
                reported.insert(key);
                m_result.duplicateKeys.append(currentPath());
            }

            skipWhitespace();
            if (m_pos >= m_size || m_data[m_pos] != ':') {
                if (m_pos >= m_size)
                    return failUnexpected(m_pos);
                return fail(m_pos, JsonFormatter::tr("expected ':' after the key, found %1").arg(describeByte(m_pos)));
            }
            ++m_pos;
            emitPunctuation(':');
            if (m_indent > 0)
                m_result.pretty += QLatin1Char(' ');

            skipWhitespace();
            const qsizetype valueStart = m_pos;
            if (!parseValue(depth + 1))
                return false;
            if (depth == 0)
                recordTopLevel(key, valueStart, m_pos);
            m_path.pop_back();

            const Next next = afterMember(depth, '}');
            if (next != Next::More)
                return next == Next::Closed;
        }
    }

    enum class Next { More, Closed, Failed };

    // After a member of an object or an element of an array: ',' means more, closer ends it.
    Next afterMember(int depth, char closer)
    {
        skipWhitespace();
        if (m_pos >= m_size) {
            failUnexpected(m_pos);
            return Next::Failed;
        }
        if (m_data[m_pos] == ',') {
            ++m_pos;
            emitPunctuation(',');
            return Next::More;
        }
        if (m_data[m_pos] == closer) {
            ++m_pos;
            newline(depth);
            emitPunctuation(closer);
            return Next::Closed;
        }
        fail(m_pos,
             closer == '}' ? JsonFormatter::tr("expected ',' or '}' in an object, found %1").arg(describeByte(m_pos))
                           : JsonFormatter::tr("expected ',' or ']' in an array, found %1").arg(describeByte(m_pos)));
        return Next::Failed;
    }

    bool parseArray(int depth)
    {
        if (!enter(depth))
            return false;
        emitPunctuation('[');
        ++m_pos;
        skipWhitespace();
        if (m_pos < m_size && m_data[m_pos] == ']') {
            ++m_pos;
            emitPunctuation(']');
            return true;
        }
        for (qsizetype index = 0;; ++index) {
            newline(depth + 1);
            m_path.push_back(PathSegment {QString(), index});
            if (!parseValue(depth + 1))
                return false;
            m_path.pop_back();
            const Next next = afterMember(depth, ']');
            if (next != Next::More)
                return next == Next::Closed;
        }
    }

    void recordTopLevel(const QString& key, qsizetype start, qsizetype end)
    {
        JsonMember member;
        member.key = key;
        member.rawValue = sourceText(start, end);
        switch (m_data[start]) {
        case '{':
            member.type = JsonMember::Type::Object;
            break;
        case '[':
            member.type = JsonMember::Type::Array;
            break;
        case '"':
            member.type = JsonMember::Type::String;
            member.stringValue = decodeString(start, end);
            break;
        case 't':
        case 'f':
            member.type = JsonMember::Type::Bool;
            break;
        case 'n':
            member.type = JsonMember::Type::Null;
            break;
        default:
            member.type = JsonMember::Type::Number;
            break;
        }
        m_result.topLevel.append(member);
    }

    // Validates the string at m_pos and moves past its closing quote.
    bool scanString(QString* decoded)
    {
        const qsizetype start = m_pos;
        ++m_pos;
        while (m_pos < m_size) {
            const unsigned char c = static_cast<unsigned char>(m_data[m_pos]);
            if (c == '"') {
                ++m_pos;
                if (decoded)
                    *decoded = decodeString(start, m_pos);
                return true;
            }
            if (c == '\\') {
                if (m_pos + 1 >= m_size) {
                    m_pos = m_size;
                    break;
                }
                const char e = m_data[m_pos + 1];
                if (e == 'u') {
                    for (int i = 2; i < 6; ++i) {
                        if (m_pos + i >= m_size || hexValue(m_data[m_pos + i]) < 0)
                            return fail(m_pos, JsonFormatter::tr("invalid \\u escape (needs four hex digits)"));
                    }
                    m_pos += 6;
                    continue;
                }
                if (e != '"' && e != '\\' && e != '/' && e != 'b' && e != 'f' && e != 'n' && e != 'r' && e != 't')
                    return fail(m_pos, JsonFormatter::tr("invalid escape: %1 after a backslash").arg(describeByte(m_pos + 1)));
                m_pos += 2;
                continue;
            }
            if (c < 0x20)
                return fail(m_pos,
                            JsonFormatter::tr("control character 0x%1 in a string (must be escaped)").arg(c, 2, 16, QLatin1Char('0')));
            if (c < 0x80) {
                ++m_pos;
                continue;
            }
            const int length = SafeText::utf8SequenceLength(reinterpret_cast<const unsigned char*>(m_data + m_pos), m_size - m_pos);
            if (length == 0)
                return fail(m_pos, JsonFormatter::tr("invalid UTF-8 byte 0x%1 in a string").arg(c, 2, 16, QLatin1Char('0')));
            m_pos += length;
        }
        return fail(m_pos, JsonFormatter::tr("unexpected end of input in the string starting at offset %1").arg(start));
    }

    // Decodes an already validated string literal [start, end) including its quotes. A byte
    // order mark in it, after the quote or an escape, is content (SafeText::decodeUtf8).
    QString decodeString(qsizetype start, qsizetype end) const
    {
        QString out;
        qsizetype i = start + 1;
        const qsizetype last = end - 1;
        qsizetype runStart = i;
        while (i < last) {
            if (m_data[i] != '\\') {
                ++i;
                continue;
            }
            out += SafeText::decodeUtf8(m_data + runStart, i - runStart);
            const char e = m_data[i + 1];
            switch (e) {
            case 'b':
                out += QLatin1Char('\b');
                break;
            case 'f':
                out += QLatin1Char('\f');
                break;
            case 'n':
                out += QLatin1Char('\n');
                break;
            case 'r':
                out += QLatin1Char('\r');
                break;
            case 't':
                out += QLatin1Char('\t');
                break;
            case 'u': {
                char16_t code = 0;
                for (int k = 2; k < 6; ++k)
                    code = char16_t(code * 16 + hexValue(m_data[i + k]));
                out += QChar(code);
                i += 4;
                break;
            }
            default:
                out += QLatin1Char(e);
                break;
            }
            i += 2;
            runStart = i;
        }
        out += SafeText::decodeUtf8(m_data + runStart, last - runStart);
        return out;
    }

    bool scanNumber()
    {
        if (m_data[m_pos] == '-')
            ++m_pos;
        if (m_pos >= m_size || !isDigit(m_data[m_pos]))
            return fail(m_pos, JsonFormatter::tr("invalid number: expected a digit, found %1").arg(describeByte(m_pos)));
        if (m_data[m_pos] == '0') {
            ++m_pos;
            if (m_pos < m_size && isDigit(m_data[m_pos]))
                return fail(m_pos, JsonFormatter::tr("invalid number: leading zero"));
        } else {
            while (m_pos < m_size && isDigit(m_data[m_pos]))
                ++m_pos;
        }
        if (m_pos < m_size && m_data[m_pos] == '.') {
            ++m_pos;
            if (m_pos >= m_size || !isDigit(m_data[m_pos]))
                return fail(m_pos, JsonFormatter::tr("invalid number: expected a digit after '.', found %1").arg(describeByte(m_pos)));
            while (m_pos < m_size && isDigit(m_data[m_pos]))
                ++m_pos;
        }
        if (m_pos < m_size && (m_data[m_pos] == 'e' || m_data[m_pos] == 'E')) {
            ++m_pos;
            if (m_pos < m_size && (m_data[m_pos] == '+' || m_data[m_pos] == '-'))
                ++m_pos;
            if (m_pos >= m_size || !isDigit(m_data[m_pos]))
                return fail(m_pos,
                            JsonFormatter::tr("invalid number: expected a digit in the exponent, found %1").arg(describeByte(m_pos)));
            while (m_pos < m_size && isDigit(m_data[m_pos]))
                ++m_pos;
        }
        return true;
    }

    bool scanLiteral()
    {
        static const char* const literals[] = {"true", "false", "null"};
        for (const char* literal : literals) {
            const qsizetype length = qsizetype(qstrlen(literal));
            if (m_size - m_pos >= length && qstrncmp(m_data + m_pos, literal, size_t(length)) == 0) {
                m_pos += length;
                return true;
            }
        }
        return fail(m_pos, JsonFormatter::tr("invalid literal (expected true, false or null)"));
    }

    const char* m_data;
    qsizetype m_size;
    qsizetype m_pos = 0;
    int m_indent;
    JsonFormatResult& m_result;
    std::vector<PathSegment> m_path;
};
} // namespace

JsonFormatResult JsonFormatter::format(const QByteArray& utf8, int indent)
{
    JsonFormatResult result;
    Scanner scanner(utf8, indent, result);
    result.ok = scanner.run();
    if (!result.ok) {
        result.pretty.clear();
        result.spans.clear();
        result.topLevel.clear();
        result.duplicateKeys.clear();
        result.isObject = false;
    }
    return result;
}

int JsonFormatter::firstInvalidUtf8(const QByteArray& bytes)
{
    const auto* data = reinterpret_cast<const unsigned char*>(bytes.constData());
    const qsizetype size = bytes.size();
    qsizetype i = 0;
    while (i < size) {
        if (data[i] < 0x80) {
            ++i;
            continue;
        }
        const int length = SafeText::utf8SequenceLength(data + i, size - i);
        if (length == 0)
            return int(i);
        i += length;
    }
    return -1;
}
