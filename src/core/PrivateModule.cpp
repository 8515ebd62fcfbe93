#include "core/PrivateModule.h"

#include <QFile>
#include <QFileInfo>

#ifdef Q_OS_UNIX
#include <dlfcn.h>
#endif

namespace
{
const char Anchor = 0; // any object of core: dladdr names the file it was loaded from
}

namespace PrivateModule
{
void* open(const char* fileName, QString* error)
{
#ifdef Q_OS_UNIX
    Dl_info info {};
    QString path = QString::fromLocal8Bit(fileName);
    if (dladdr(&Anchor, &info) != 0 && info.dli_fname) {
        path = QFileInfo(QString::fromLocal8Bit(info.dli_fname)).absolutePath() + QLatin1Char('/') + path;
    }
    // RTLD_LAZY, as when a program starts: the libraries a module brings that are not linked for
    // immediate binding (Kerberos under Qt Network, 1,200 functions) bind a function when it is
    // first called, not all at load; ours, Qt's and OpenSSL's are linked with -z now and bind at
    // load whatever is asked. RTLD_NOW made `token` 0.5 ms slower than the same libraries linked
    // into the program (bench/RESULTS.md, sixth round).
    void* module = dlopen(QFile::encodeName(path).constData(), RTLD_LAZY | RTLD_LOCAL);
    if (!module && error) {
        *error = QString::fromLocal8Bit(dlerror());
    }
    return module;
#else
    Q_UNUSED(fileName)
    if (error) {
        *error = QStringLiteral("no modules on this platform");
    }
    return nullptr;
#endif
}

void* entry(const char* fileName, const char* symbol, QString* error)
{
    void* module = open(fileName, error);
    if (!module) {
        return nullptr;
    }
#ifdef Q_OS_UNIX
    void* function = dlsym(module, symbol);
    if (!function && error) {
        *error = QString::fromLocal8Bit(dlerror());
    }
    return function;
#else
    Q_UNUSED(symbol)
    return nullptr;
#endif
}
} // namespace PrivateModule
