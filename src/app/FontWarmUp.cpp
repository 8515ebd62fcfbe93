#include "app/FontWarmUp.h"

#include <QtGlobal>

#if defined(Q_OS_LINUX)
#include <dlfcn.h>

#include <thread>
#endif

void FontWarmUp::start()
{
#if defined(Q_OS_LINUX)
    // Opened here, before the thread (Qt Gui has loaded it already; this takes a reference): the
    // thread never waits for the loader's lock, which QApplication holds while it loads its
    // platform plugin.
    void* fontconfig = dlopen("libfontconfig.so.1", RTLD_NOW | RTLD_LOCAL);
    auto* init = fontconfig ? reinterpret_cast<int (*)()>(dlsym(fontconfig, "FcInit")) : nullptr;
    if (init) {
        // FcInit is thread-safe: whichever thread finishes first installs its configuration, the
        // other's is dropped. The thread is not joined: at exit fontconfig has nothing to clean up.
        std::thread([init] {
            init();
        }).detach();
    }
#endif
}
