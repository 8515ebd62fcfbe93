#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

/// A span of the formatted text, for syntax highlighting.
struct JsonSpan
{
    enum class Kind { Punctuation, Key, String, Number, Literal };
    Kind kind;
    int start; ///< offset in JsonFormatResult::pretty (QString index)
    int length;
};

/// One member of the top-level object, in document order, value as carried.
struct JsonMember
{
    enum class Type { String, Number, Bool, Null, Object, Array };
    QString key; ///< decoded key text
    Type type;
    QString rawValue; ///< the value's exact source text (number literals untouched, strings with quotes and escapes)
    QString stringValue; ///< decoded text when type == String
};

struct JsonFormatResult
{
    bool ok = false;
    QString pretty; ///< indented text, every literal as carried; hidden characters in strings as \u escapes (SafeText)
    QString error; ///< what is wrong, when !ok ("unexpected ',' at offset 12")
    int errorOffset = -1; ///< byte offset of the error in the input
    QStringList duplicateKeys; ///< keys that occur more than once in the same object ("a", "b.c")
    QList<JsonSpan> spans; ///< highlighting spans over pretty
    QList<JsonMember> topLevel; ///< members of the top-level object in order (empty if not an object)
    bool isObject = false; ///< the top-level value is an object
};

/// Pretty-prints raw JSON text without ever converting it to QJsonValue, so key order,
/// number literals (big integers stay exact) and string escapes are shown as the token carries them.
class JsonFormatter
{
    Q_DECLARE_TR_FUNCTIONS(JsonFormatter)

public:
    /// indent <= 0 gives compact single-line output.
    static JsonFormatResult format(const QByteArray& utf8, int indent = 2);

    /// Byte offset of the first byte that is not well-formed UTF-8 (overlongs, surrogates and
    /// code points above U+10FFFF included), or -1 when all of it is.
    static int firstInvalidUtf8(const QByteArray& bytes);

    /// Deeper input is rejected so hostile text cannot exhaust the stack.
    static constexpr int MaxDepth = 512;
};
