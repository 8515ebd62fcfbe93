#include "KeyringItems.h"

#include <QProcess>

namespace KeyringItems
{
QStringList users(const QString& service, const QString& user)
{
    QProcess tool;
    tool.start(QStringLiteral("secret-tool"),
               {QStringLiteral("search"), QStringLiteral("--all"), QStringLiteral("server"), service, QStringLiteral("user"), user});
    if (!tool.waitForFinished(60000)) {
        return {QStringLiteral("<secret-tool did not finish>")};
    }
    // Only the attribute lines are kept: the listing also holds the secret. For a locked item
    // secret-tool prints the attributes on stderr, after its complaint.
    QStringList users;
    const QString listing = QString::fromUtf8(tool.readAllStandardOutput() + '\n' + tool.readAllStandardError());
    for (const QString& line : listing.split(QLatin1Char('\n'))) {
        if (line.startsWith(QLatin1String("attribute.user = "))) {
            users << line.mid(int(qstrlen("attribute.user = ")));
        }
    }
    return users;
}
} // namespace KeyringItems
