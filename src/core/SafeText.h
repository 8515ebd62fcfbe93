#pragma once

#include <QByteArray>
#include <QString>

/// Text from outside (a server's reply, a token, a key file, the clipboard) made safe to show.
///
/// A terminal acts on control characters: ESC starts sequences that move the cursor, clear the
/// screen, set the window title or write the clipboard (OSC 52). Bidi controls make text read in
/// another order than it is stored ("\u202eexe.nigol" reads "login.exe"), and zero-width
/// characters make two different strings look the same. Every such character is replaced by a
/// visible escape, so what is shown is what was sent:
///   - C0 controls and DEL as \x1b, \x7f (\n, \t, \r by name); newline and tab are kept where the
///     text is shown on several lines, and CR LF there becomes a plain line break;
///   - C1 controls (U+0080-U+009F), every Unicode format character (bidi embeddings, overrides,
///     isolates and marks, zero-width space and joiners, word joiner, BOM, soft hyphen, tag
///     characters), the line and paragraph separators U+2028/U+2029, the Hangul fillers that
///     render as blank letters, and unpaired surrogates as \u202e, or \u{e0041} above U+FFFF;
///   - bytes that are not well-formed UTF-8 as \x9b.
/// A backslash is left as it is, so the result is for people, not for parsing it back: the exact
/// bytes are in the --json output and in the window's copy actions.
namespace SafeText
{
enum class Lines {
    Single, ///< a line break is escaped too (\n): the text stays on one line
    Multi, ///< newline and tab are kept
};

/// True if the code point acts or hides instead of being seen (the set described above,
/// newline and tab included).
bool isHidden(char32_t codePoint);

QString visible(const QString& text, Lines lines = Lines::Single);
/// The same for bytes meant to be UTF-8; a byte that is not part of well-formed UTF-8 is \xNN.
QString visible(const QByteArray& utf8, Lines lines = Lines::Single);

/// JSON text with every hidden character written as a JSON \u escape (a surrogate pair above
/// U+FFFF): the same JSON value, safe to print. JSON whitespace (space, tab, CR, LF) is kept;
/// valid JSON has hidden characters only inside its strings.
QString jsonVisible(const QString& json);

/// UTF-8 to text, each byte order mark kept as the character it is: QString::fromUtf8 drops one
/// at the start, so "\xEF\xBB\xBFkid" would come out as "kid", which it is not.
QString decodeUtf8(const char* data, qsizetype size);

/// Length of the well-formed UTF-8 sequence that starts at p with a byte >= 0x80 (overlongs,
/// surrogates and code points above U+10FFFF refused), or 0 if there is none.
int utf8SequenceLength(const unsigned char* p, qsizetype available);
} // namespace SafeText
