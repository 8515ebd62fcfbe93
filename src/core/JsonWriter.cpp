#include "core/JsonWriter.h"

#include "core/JsonFormatter.h"

#include <QJsonArray>
#include <QJsonDocument>

JsonWriter& JsonWriter::set(const QString& name, const QByteArray& encoded)
{
    for (auto& member : m_members) {
        if (member.first == name) {
            member.second = encoded;
            return *this;
        }
    }
    m_members.append({name, encoded});
    return *this;
}

QByteArray JsonWriter::quoted(const QString& text)
{
    // A one-element array is the simplest way to reuse Qt's string escaping.
    const QByteArray array = QJsonDocument(QJsonArray {text}).toJson(QJsonDocument::Compact);
    return array.mid(1, array.size() - 2);
}

JsonWriter& JsonWriter::add(const QString& name, const QString& value)
{
    return set(name, quoted(value));
}

JsonWriter& JsonWriter::add(const QString& name, const char* value)
{
    return set(name, quoted(QString::fromUtf8(value)));
}

JsonWriter& JsonWriter::add(const QString& name, qint64 value)
{
    return set(name, QByteArray::number(value));
}

JsonWriter& JsonWriter::add(const QString& name, int value)
{
    return set(name, QByteArray::number(value));
}

JsonWriter& JsonWriter::add(const QString& name, bool value)
{
    return set(name, value ? QByteArrayLiteral("true") : QByteArrayLiteral("false"));
}

JsonWriter& JsonWriter::add(const QString& name, const QStringList& values)
{
    return set(name, QJsonDocument(QJsonArray::fromStringList(values)).toJson(QJsonDocument::Compact));
}

JsonWriter& JsonWriter::addNull(const QString& name)
{
    return set(name, QByteArrayLiteral("null"));
}

JsonWriter& JsonWriter::addObject(const QString& name, const JsonWriter& object)
{
    return set(name, object.object());
}

bool JsonWriter::addRaw(const QString& name, const QByteArray& json)
{
    const JsonFormatResult formatted = JsonFormatter::format(json, 0);
    if (!formatted.ok)
        return false;
    set(name, formatted.pretty.toUtf8());
    return true;
}

bool JsonWriter::contains(const QString& name) const
{
    for (const auto& member : m_members) {
        if (member.first == name)
            return true;
    }
    return false;
}

QByteArray JsonWriter::object() const
{
    QByteArray text = "{";
    for (const auto& member : m_members) {
        if (text.size() > 1)
            text += ',';
        text += quoted(member.first) + ':' + member.second;
    }
    return text + '}';
}

QByteArray JsonWriter::toJson() const
{
    return object() + '\n';
}
