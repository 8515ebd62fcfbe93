#include "core/Bootstrap.h"

#include <QUrl>
#include <QtGlobal>

#ifdef Q_OS_UNIX
#include <sys/resource.h>
#endif
#ifdef Q_OS_LINUX
#include <sys/prctl.h>
#endif

namespace Bootstrap
{
void disableCoreDumps()
{
#ifdef Q_OS_UNIX
    const rlimit none {0, 0};
    setrlimit(RLIMIT_CORE, &none);
#endif
#ifdef Q_OS_LINUX
    prctl(PR_SET_DUMPABLE, 0);
#endif
}

void showHostNamesAsAscii()
{
    // An empty list, not no list: with none set, QUrl uses its built-in one.
    QUrl::setIdnWhitelist({});
}
} // namespace Bootstrap
