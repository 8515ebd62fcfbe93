// Start-up probe: starts a program and measures, from just before fork(), when its first
// top-level window is mapped and when it is first painted, then (optionally, after an idle
// time) its resident memory. Works the same for any X client, so the floor and the app are
// measured identically, from outside, with no hook in the app.
//
// Painted: the X server must run with a black root (Xvfb -br). A Qt window has no background
// pixmap, so until the program draws, its pixels are the black root beneath; the first
// backing-store flush draws the whole window at once. The probe reads one row across the
// middle of the window (GetImage) every 0.5 ms and records when any pixel is not black.
//
// Usage: bench_startup_probe [--idle-ms N] [--timeout-ms N] -- PROGRAM [ARGS...]
// Prints one line: mapped_ms=X painted_ms=Y rss_kb=R pss_kb=P (memory only with --idle-ms).
#include <xcb/xcb.h>

#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <fcntl.h>
#include <poll.h>
#include <string>
#include <sys/wait.h>
#include <unistd.h>

namespace
{
double nowMs()
{
    timespec ts {};
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec * 1000.0 + ts.tv_nsec / 1e6;
}

void sleepMs(double ms)
{
    timespec ts {static_cast<time_t>(ms / 1000), static_cast<long>((ms - static_cast<long>(ms / 1000) * 1000) * 1e6)};
    nanosleep(&ts, nullptr);
}

bool rowPainted(xcb_connection_t* c, xcb_window_t w)
{
    xcb_get_geometry_reply_t* geo = xcb_get_geometry_reply(c, xcb_get_geometry(c, w), nullptr);
    if (!geo) {
        return false;
    }
    const uint16_t width = geo->width;
    const int16_t y = static_cast<int16_t>(geo->height / 2);
    free(geo);
    xcb_get_image_reply_t* img =
        xcb_get_image_reply(c, xcb_get_image(c, XCB_IMAGE_FORMAT_Z_PIXMAP, w, 0, y, width, 1, 0x00ffffff), nullptr);
    if (!img) {
        return false;
    }
    const uint8_t* data = xcb_get_image_data(img);
    const int len = xcb_get_image_data_length(img);
    bool any = false;
    for (int i = 0; i < len && !any; ++i) {
        any = data[i] != 0;
    }
    free(img);
    return any;
}

long smapsField(pid_t pid, const char* field)
{
    char path[64];
    std::snprintf(path, sizeof path, "/proc/%d/smaps_rollup", static_cast<int>(pid));
    FILE* f = std::fopen(path, "r");
    if (!f) {
        return -1;
    }
    char line[256];
    long value = -1;
    const size_t n = std::strlen(field);
    while (std::fgets(line, sizeof line, f)) {
        if (std::strncmp(line, field, n) == 0 && line[n] == ':') {
            value = std::strtol(line + n + 1, nullptr, 10);
            break;
        }
    }
    std::fclose(f);
    return value;
}
} // namespace

int main(int argc, char* argv[])
{
    int idleMs = -1;
    int timeoutMs = 20000;
    int i = 1;
    for (; i < argc; ++i) {
        if (!std::strcmp(argv[i], "--idle-ms") && i + 1 < argc) {
            idleMs = std::atoi(argv[++i]);
        } else if (!std::strcmp(argv[i], "--timeout-ms") && i + 1 < argc) {
            timeoutMs = std::atoi(argv[++i]);
        } else if (!std::strcmp(argv[i], "--")) {
            ++i;
            break;
        } else {
            break;
        }
    }
    if (i >= argc) {
        std::fprintf(stderr, "usage: %s [--idle-ms N] [--timeout-ms N] -- PROGRAM [ARGS...]\n", argv[0]);
        return 2;
    }

    xcb_connection_t* c = xcb_connect(nullptr, nullptr);
    if (xcb_connection_has_error(c)) {
        std::fprintf(stderr, "cannot connect to the X server (DISPLAY)\n");
        return 2;
    }
    const xcb_window_t root = xcb_setup_roots_iterator(xcb_get_setup(c)).data->root;
    const uint32_t mask = XCB_EVENT_MASK_SUBSTRUCTURE_NOTIFY;
    xcb_change_window_attributes(c, root, XCB_CW_EVENT_MASK, &mask);
    free(xcb_get_input_focus_reply(c, xcb_get_input_focus(c), nullptr)); // the mask is in effect

    const double t0 = nowMs();
    const pid_t pid = fork();
    if (pid == 0) {
        const int devnull = open("/dev/null", O_WRONLY);
        dup2(devnull, STDOUT_FILENO);
        dup2(devnull, STDERR_FILENO);
        execvp(argv[i], argv + i);
        _exit(127);
    }

    xcb_window_t window = XCB_NONE;
    double mapped = -1;
    double painted = -1;
    const int fd = xcb_get_file_descriptor(c);
    while (window == XCB_NONE && nowMs() - t0 < timeoutMs) {
        pollfd p {fd, POLLIN, 0};
        poll(&p, 1, 50);
        while (xcb_generic_event_t* ev = xcb_poll_for_event(c)) {
            if ((ev->response_type & ~0x80) == XCB_MAP_NOTIFY && window == XCB_NONE) {
                auto* map = reinterpret_cast<xcb_map_notify_event_t*>(ev);
                if (map->event == root && !map->override_redirect) {
                    window = map->window;
                    mapped = nowMs() - t0;
                }
            }
            free(ev);
        }
        if (waitpid(pid, nullptr, WNOHANG) == pid) {
            std::fprintf(stderr, "the program exited before mapping a window\n");
            return 1;
        }
    }
    while (window != XCB_NONE && nowMs() - t0 < timeoutMs) {
        if (rowPainted(c, window)) {
            painted = nowMs() - t0;
            break;
        }
        sleepMs(0.5);
    }

    long rss = -1;
    long pss = -1;
    if (painted >= 0 && idleMs >= 0) {
        sleepMs(idleMs);
        rss = smapsField(pid, "Rss");
        pss = smapsField(pid, "Pss");
    }
    kill(pid, SIGTERM);
    const double killedAt = nowMs();
    while (waitpid(pid, nullptr, WNOHANG) != pid) {
        if (nowMs() - killedAt > 3000) {
            kill(pid, SIGKILL);
            waitpid(pid, nullptr, 0);
            break;
        }
        sleepMs(5);
    }
    xcb_disconnect(c);
    if (painted < 0) {
        std::fprintf(stderr, "timed out: mapped_ms=%.1f\n", mapped);
        return 1;
    }
    std::printf("mapped_ms=%.1f painted_ms=%.1f rss_kb=%ld pss_kb=%ld\n", mapped, painted, rss, pss);
    return 0;
}
