#!/usr/bin/env python3
"""Renders resources/icons/cas-console.svg to the hicolor PNG sizes committed in this folder.

Run it by hand after changing the SVG. It calls librsvg and cairo through ctypes so it needs only
the runtime libraries (librsvg2-2, libcairo2), not rsvg-convert or any -dev package. If
rsvg-convert is installed, `rsvg-convert -w N -h N -o N.png cas-console.svg` gives the same result.
The Windows icon is made from these renders with ImageMagick:
    convert 16x16.png 32x32.png 48x48.png 256x256.png ../windows/cas-console.ico
"""
import ctypes
import ctypes.util
import pathlib
import sys

SIZES = (16, 32, 48, 64, 128, 256, 512)


class RsvgRectangle(ctypes.Structure):
    _fields_ = [("x", ctypes.c_double), ("y", ctypes.c_double),
                ("width", ctypes.c_double), ("height", ctypes.c_double)]


def load(name, soname):
    path = ctypes.util.find_library(name) or soname
    return ctypes.CDLL(path)


def main():
    here = pathlib.Path(__file__).resolve().parent
    svg = here.parent.parent / "resources" / "icons" / "cas-console.svg"
    rsvg = load("rsvg-2", "librsvg-2.so.2")
    cairo = load("cairo", "libcairo.so.2")
    rsvg.rsvg_handle_new_from_file.restype = ctypes.c_void_p
    rsvg.rsvg_handle_new_from_file.argtypes = [ctypes.c_char_p, ctypes.c_void_p]
    rsvg.rsvg_handle_render_document.restype = ctypes.c_int
    rsvg.rsvg_handle_render_document.argtypes = [ctypes.c_void_p, ctypes.c_void_p,
                                                 ctypes.POINTER(RsvgRectangle), ctypes.c_void_p]
    cairo.cairo_image_surface_create.restype = ctypes.c_void_p
    cairo.cairo_create.restype = ctypes.c_void_p
    cairo.cairo_create.argtypes = [ctypes.c_void_p]
    cairo.cairo_destroy.argtypes = [ctypes.c_void_p]
    cairo.cairo_surface_write_to_png.argtypes = [ctypes.c_void_p, ctypes.c_char_p]
    cairo.cairo_surface_destroy.argtypes = [ctypes.c_void_p]
    gobject = load("gobject-2.0", "libgobject-2.0.so.0")
    gobject.g_object_unref.argtypes = [ctypes.c_void_p]

    handle = rsvg.rsvg_handle_new_from_file(str(svg).encode(), None)
    if not handle:
        sys.exit(f"cannot load {svg}")
    CAIRO_FORMAT_ARGB32 = 0
    for size in SIZES:
        surface = cairo.cairo_image_surface_create(CAIRO_FORMAT_ARGB32, size, size)
        cr = cairo.cairo_create(surface)
        viewport = RsvgRectangle(0, 0, size, size)
        if not rsvg.rsvg_handle_render_document(handle, cr, ctypes.byref(viewport), None):
            sys.exit(f"cannot render {svg} at {size}px")
        out = here / f"{size}x{size}.png"
        if cairo.cairo_surface_write_to_png(surface, str(out).encode()) != 0:
            sys.exit(f"cannot write {out}")
        cairo.cairo_destroy(cr)
        cairo.cairo_surface_destroy(surface)
        print(out)
    gobject.g_object_unref(handle)


if __name__ == "__main__":
    main()
