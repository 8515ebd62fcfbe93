#include "CliProcess.h"

#include <QEventLoop>
#include <QRegularExpression>
#include <QTimer>
#include <QTest>

namespace CliProcess
{
Run run(const QString& bin, const QStringList& args, const QByteArray& input, const QProcessEnvironment& env)
{
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(bin, args);
    if (!process.waitForStarted()) {
        return {};
    }
    process.write(input);
    process.closeWriteChannel();
    // An event loop, not waitForFinished(): a test server in this process must keep answering.
    QEventLoop loop;
    QTimer::singleShot(60000, &loop, &QEventLoop::quit);
    QObject::connect(&process, &QProcess::finished, &loop, &QEventLoop::quit);
    if (process.state() != QProcess::NotRunning) {
        loop.exec();
    }
    if (process.state() != QProcess::NotRunning) {
        process.kill();
        process.waitForFinished();
        return {};
    }
    Run result;
    result.code = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

QString startDemo(QProcess& process, const QString& bin, const QString& caFile, const QProcessEnvironment& env)
{
    process.setProcessEnvironment(env);
    process.start(bin, {QStringLiteral("demo-server"), QStringLiteral("--tls"), QStringLiteral("--cert-out"), caFile});
    if (!process.waitForStarted()) {
        return QString();
    }
    QByteArray banner;
    const bool up = QTest::qWaitFor(
        [&]() {
            banner += process.readAllStandardOutput();
            return banner.contains("CA file:");
        },
        20000);
    const QRegularExpressionMatch url = QRegularExpression(QStringLiteral("URL: (\\S+)")).match(QString::fromUtf8(banner));
    return up && url.hasMatch() ? url.captured(1) : QString();
}
} // namespace CliProcess
