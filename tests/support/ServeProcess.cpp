#include "ServeProcess.h"

#include <QDeadlineTimer>
#include <QFileInfo>
#include <QTest>

#include <csignal>

ServeProcess::ServeProcess()
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("CAS_API_SECRET"));
    m_process.setProcessEnvironment(environment);
}

ServeProcess::~ServeProcess()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}

QString ServeProcess::binary()
{
    return qEnvironmentVariable("CAS_CONSOLE_BIN");
}

void ServeProcess::setEnvironment(const QProcessEnvironment& environment)
{
    m_process.setProcessEnvironment(environment);
}

bool ServeProcess::start(const QStringList& args, const QByteArray& input, int waitMs)
{
    m_process.start(binary(), QStringList {QStringLiteral("serve")} + args);
    if (!m_process.waitForStarted(waitMs))
        return false;
    m_process.write(input);
    m_process.closeWriteChannel();
    QDeadlineTimer deadline(waitMs);
    while (!m_out.contains('\n') && m_process.state() == QProcess::Running && !deadline.hasExpired()) {
        QTest::qWait(10);
        m_out += m_process.readAllStandardOutput();
    }
    m_out += m_process.readAllStandardOutput();
    const int newline = m_out.indexOf('\n');
    if (newline < 0)
        return false;
    m_firstLine = m_out.left(newline);
    m_out.remove(0, newline + 1);
    if (!m_firstLine.startsWith("URL: "))
        return false;
    m_url = QUrl(QString::fromLatin1(m_firstLine.mid(5)));
    return m_url.isValid();
}

QByteArray ServeProcess::readStderr()
{
    m_err += m_process.readAllStandardError();
    return m_err;
}

QByteArray ServeProcess::readStdout()
{
    m_out += m_process.readAllStandardOutput();
    return m_out;
}

qint64 ServeProcess::pid() const
{
    return m_process.processId();
}

int ServeProcess::signalAndWait(int signal, int waitMs)
{
    if (m_process.state() == QProcess::Running)
        ::kill(static_cast<pid_t>(m_process.processId()), signal);
    return waitForExit(waitMs);
}

int ServeProcess::waitForExit(int waitMs)
{
    QDeadlineTimer deadline(waitMs);
    while (m_process.state() != QProcess::NotRunning && !deadline.hasExpired())
        QTest::qWait(10);
    readStderr();
    readStdout();
    if (m_process.state() != QProcess::NotRunning || m_process.exitStatus() != QProcess::NormalExit)
        return -2;
    return m_process.exitCode();
}
