#pragma once

#include <QByteArray>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

/// What one run of the real cas-console binary gave.
struct CliRun
{
    int code = -1; ///< exit code; -2 when it crashed, -1 when it did not start or timed out
    QByteArray out;
    QByteArray err;

    /// Runs program with args and input on stdin while this thread's event loop keeps turning,
    /// so servers living in the test process (MisbehavingServer) can answer it.
    static CliRun served(const QString& program, const QStringList& args, const QByteArray& input, const QProcessEnvironment& env);
};
