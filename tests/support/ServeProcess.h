#pragma once

#include <QProcess>
#include <QUrl>

/// The real `cas-console serve` binary (from CAS_CONSOLE_BIN) in a child process: started with
/// arguments and stdin, its URL read from the first stdout line, its stderr log collected.
/// Waiting spins the event loop, so servers in the test process keep answering.
class ServeProcess
{
public:
    ServeProcess();
    ~ServeProcess();

    static QString binary(); ///< CAS_CONSOLE_BIN

    void setEnvironment(const QProcessEnvironment& environment);
    /// Starts it and waits for "URL: …" on stdout (or the exit). False when no URL came.
    bool start(const QStringList& args, const QByteArray& input = {}, int waitMs = 20000);
    QUrl url() const
    {
        return m_url;
    }
    QByteArray firstLine() const
    {
        return m_firstLine;
    }
    QByteArray readStderr(); ///< everything so far
    QByteArray readStdout(); ///< everything after the first line so far
    qint64 pid() const;
    /// Sends the signal and waits for the exit; the exit code, or -2 after a crash or timeout.
    int signalAndWait(int signal, int waitMs = 20000);
    /// Waits for an exit without signalling (usage errors); the exit code, or -2.
    int waitForExit(int waitMs = 20000);

private:
    QProcess m_process;
    QUrl m_url;
    QByteArray m_firstLine;
    QByteArray m_err;
    QByteArray m_out;
};
