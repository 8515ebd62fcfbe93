#pragma once

#include <QByteArray>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

/// The built cas-console (CAS_CONSOLE_BIN) run as a person or a script would: arguments, stdin,
/// environment; and its demo CAS in the background.
namespace CliProcess
{
struct Run
{
    int code = -1; ///< -2 when it crashed, -1 when it did not start or finish
    QByteArray out;
    QByteArray err;
};

/// Runs the event loop while it waits, so servers in the test process keep answering.
Run run(const QString& bin, const QStringList& args, const QByteArray& input, const QProcessEnvironment& env);

/// Starts `cas-console demo-server --tls --cert-out caFile` in process and waits for its banner.
/// Returns the demo's URL, or an empty string when it did not come up.
QString startDemo(QProcess& process, const QString& bin, const QString& caFile, const QProcessEnvironment& env);
} // namespace CliProcess
