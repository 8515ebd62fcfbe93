// FontWarmUp loads fontconfig itself and starts its set-up on a thread of its own: the
// program that calls it (cas-console, on the window's path) does not link fontconfig.
#include "app/FontWarmUp.h"

#include <QDir>
#include <QTest>

#include <dlfcn.h>

class TestFontWarmUp : public QObject
{
    Q_OBJECT

private:
    static bool fontconfigLoaded()
    {
        void* handle = dlopen("libfontconfig.so.1", RTLD_NOW | RTLD_NOLOAD);
        if (handle) {
            dlclose(handle); // RTLD_NOLOAD still counts a reference
        }
        return handle != nullptr;
    }

    static int threads()
    {
        return int(QDir(QStringLiteral("/proc/self/task")).entryList(QDir::Dirs | QDir::NoDotAndDotDot).size());
    }

private slots:
    void loadsFontconfigOnAThread()
    {
        // This test links neither Qt Gui nor fontconfig: nothing else loads it.
        QVERIFY2(!fontconfigLoaded(), "fontconfig is already loaded: the test cannot tell what FontWarmUp does");
        const int before = threads();
        FontWarmUp::start();
        QTRY_VERIFY_WITH_TIMEOUT(fontconfigLoaded(), 10000);
        // The set-up's thread ends on its own (it is never joined). Waited for here, so that the
        // process does not end in the middle of fontconfig's set-up (LeakSanitizer would report
        // what that thread had allocated so far).
        QTRY_COMPARE_WITH_TIMEOUT(threads(), before, 10000);
    }
};

QTEST_GUILESS_MAIN(TestFontWarmUp)
#include "tst_fontwarmup.moc"
