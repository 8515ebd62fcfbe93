#include "gui/FontWarmUp.h"

#ifdef CASCONSOLE_HAVE_FONTCONFIG
#include <fontconfig/fontconfig.h>

#include <thread>
#endif

void FontWarmUp::start()
{
#ifdef CASCONSOLE_HAVE_FONTCONFIG
    // FcInit is thread-safe: whichever thread finishes first installs its configuration, the
    // other's is dropped. The thread is not joined: at exit fontconfig has nothing to clean up.
    std::thread([] {
        FcInit();
    }).detach();
#endif
}
