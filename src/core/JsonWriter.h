#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

/// Writes one JSON object, members in the order added, each name at most once (adding a name
/// again replaces its value). Strings are escaped as JSON requires; raw JSON text is taken only
/// after JsonFormatter has read it as well-formed, and then written as JsonFormatter prints it,
/// so nothing from outside can add members or break the object.
class JsonWriter
{
public:
    JsonWriter& add(const QString& name, const QString& value);
    JsonWriter& add(const QString& name, const char* value);
    JsonWriter& add(const QString& name, qint64 value);
    JsonWriter& add(const QString& name, int value);
    JsonWriter& add(const QString& name, bool value);
    JsonWriter& add(const QString& name, const QStringList& values);
    JsonWriter& addNull(const QString& name);
    JsonWriter& addObject(const QString& name, const JsonWriter& object);
    /// Well-formed JSON text (any value); false, and nothing added, when it is not.
    bool addRaw(const QString& name, const QByteArray& json);

    bool contains(const QString& name) const;
    /// The object on one line, with a trailing newline.
    QByteArray toJson() const;

    static QByteArray quoted(const QString& text);

private:
    JsonWriter& set(const QString& name, const QByteArray& encoded);
    QByteArray object() const;

    QList<QPair<QString, QByteArray>> m_members;
};
