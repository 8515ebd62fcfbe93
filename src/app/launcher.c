/* The cas-console executable on Linux: it links only libc and loads the program itself, the
 * module libcasconsole_program.so (app/ProgramMain.cpp), with dlopen.
 *
 * Why: a library loaded later with dlopen looks up each symbol it binds first in the global scope,
 * that is in the executable and everything the executable links, and only then among its own
 * dependencies. When the executable linked core and Qt Core (and with them ICU, GLib, PCRE...),
 * each of the about 14,000 symbols that Qt Widgets, Qt Gui, the window module and the platform
 * plugin bind when the window opens was first looked for in some twenty libraries that cannot
 * have it. With this launcher the global scope is the launcher, libc and the loader: 3 M fewer
 * instructions before the window's first frame, 0.3-0.8 ms (bench/RESULTS.md, seventh round).
 *
 * Unlike RTLD_DEEPBIND, which gives the same saving, this keeps the usual order for everything:
 * a library in LD_PRELOAD (an allocator, a sanitizer) still comes first for every library. */
#include <dlfcn.h>
#include <limits.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

/* The loader's message names files: shown as text, never as terminal control sequences. */
static void printLiterally(const char* text)
{
    for (const unsigned char* c = (const unsigned char*)text; *c; ++c) {
        fputc(*c < 0x20 || *c == 0x7f ? '?' : *c, stderr);
    }
}

/* The program beside the executable's real path: in the package's private directory once
 * installed, else in the same directory (the build tree). By full path, because the loader reads
 * a RUNPATH of whoever calls dlopen, and under AddressSanitizer that is its runtime, not this
 * program. Where the executable's path is unknown, the RUNPATH is the way. */
static void* openProgram(void)
{
    /* RTLD_LAZY: ours and Qt's libraries are linked with -z now and bind at load anyway; the
     * others bind each function when it is first called (core/PrivateModule.cpp). */
    const int flags = RTLD_LAZY | RTLD_LOCAL;
    char exe[PATH_MAX];
    const ssize_t length = readlink("/proc/self/exe", exe, sizeof exe - 1);
    if (length > 0) {
        exe[length] = '\0';
        char* slash = strrchr(exe, '/');
        if (slash) {
            *slash = '\0';
            const char* const places[] = {"/" CASCONSOLE_PROGRAM_DIR_FROM_BIN "/", "/"};
            for (size_t i = 0; i < sizeof places / sizeof *places; ++i) {
                char path[PATH_MAX];
                const int written = snprintf(path, sizeof path, "%s%s%s", exe, places[i], CASCONSOLE_PROGRAM_MODULE);
                if (written > 0 && (size_t)written < sizeof path && access(path, F_OK) == 0) {
                    return dlopen(path, flags);
                }
            }
        }
    }
    return dlopen(CASCONSOLE_PROGRAM_MODULE, flags);
}

int main(int argc, char* argv[])
{
    void* program = openProgram();
    void* entry = program ? dlsym(program, "casconsole_main") : NULL;
    if (!entry) {
        const char* why = dlerror();
        fputs("cas-console: cannot load its program library " CASCONSOLE_PROGRAM_MODULE ": ", stderr);
        printLiterally(why ? why : "casconsole_main not found");
        fputs("\nThe installation is incomplete. Reinstall cas-console.\n", stderr);
        return 1;
    }
    int (*programMain)(int, char**) = NULL;
    *(void**)&programMain = entry; /* POSIX's way from an object pointer to a function pointer */
    return programMain(argc, argv);
}
