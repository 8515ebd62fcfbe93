#include "cli/TerminationSignals.h"

#include <QCoreApplication>
#include <QSocketNotifier>

#include <csignal>
#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace
{
#ifdef Q_OS_UNIX
int s_signalPipe[2] = {-1, -1};

void onTerminationSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(s_signalPipe[1], &byte, 1);
}
#else
void onTerminationSignal(int)
{
    QMetaObject::invokeMethod(QCoreApplication::instance(), &QCoreApplication::quit, Qt::QueuedConnection);
}
#endif
} // namespace

int TerminationSignals::execUntilTerminated()
{
#ifdef Q_OS_UNIX
    if (s_signalPipe[0] < 0 && ::pipe(s_signalPipe) != 0) {
        return -1;
    }
    QSocketNotifier notifier(s_signalPipe[0], QSocketNotifier::Read);
    QObject::connect(&notifier, &QSocketNotifier::activated, QCoreApplication::instance(), &QCoreApplication::quit);
#endif
    std::signal(SIGINT, onTerminationSignal);
    std::signal(SIGTERM, onTerminationSignal);
    return QCoreApplication::exec();
}
