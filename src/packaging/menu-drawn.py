#!/usr/bin/env python3
"""Waits until a window's top-left 300x40 pixels hold more than 8 colours (the explorer's menu bar is drawn; the
loading message's background there is plain) and prints the milliseconds since START_MS.

    usage: menu-drawn.py WINDOW_ID START_MS [TIMEOUT_MS]      (exit 0: drawn; 1: timed out or the window went)

measure-startup.sh's ready probe. It reads the pixels with one XGetImage call every 10 ms through libX11 (ctypes, no
third-party module): about 1 ms of CPU a poll, where running ImageMagick's `import` for each poll took ~140 ms of CPU
and ~200 ms of wall time, slowed the app it watched on a 2-core machine and saw a frame up to a poll late.
"""
import ctypes
import ctypes.util
import sys
import time


class XImage(ctypes.Structure):
    # The leading fields of Xlib's XImage (X11/Xlib.h); nothing after bits_per_pixel is read.
    _fields_ = [("width", ctypes.c_int), ("height", ctypes.c_int), ("xoffset", ctypes.c_int),
                ("format", ctypes.c_int), ("data", ctypes.c_void_p), ("byte_order", ctypes.c_int),
                ("bitmap_unit", ctypes.c_int), ("bitmap_bit_order", ctypes.c_int), ("bitmap_pad", ctypes.c_int),
                ("depth", ctypes.c_int), ("bytes_per_line", ctypes.c_int), ("bits_per_pixel", ctypes.c_int)]


def now_ms():
    return time.time_ns() // 1_000_000


def main():
    window, start = int(sys.argv[1], 0), int(sys.argv[2])
    timeout = int(sys.argv[3]) if len(sys.argv) > 3 else 60000
    x = ctypes.CDLL(ctypes.util.find_library("X11") or "libX11.so.6")
    x.XOpenDisplay.restype = ctypes.c_void_p
    x.XOpenDisplay.argtypes = [ctypes.c_char_p]
    x.XGetImage.restype = ctypes.POINTER(XImage)
    x.XGetImage.argtypes = [ctypes.c_void_p, ctypes.c_ulong, ctypes.c_int, ctypes.c_int, ctypes.c_uint,
                            ctypes.c_uint, ctypes.c_ulong, ctypes.c_int]
    x.XFree.argtypes = [ctypes.c_void_p]
    # A window not yet mapped or already gone makes XGetImage fail with BadMatch: ignore it and poll again,
    # instead of Xlib's default handler, which exits.
    handler_type = ctypes.CFUNCTYPE(ctypes.c_int, ctypes.c_void_p, ctypes.c_void_p)
    ignore = handler_type(lambda display, event: 0)
    x.XSetErrorHandler(ignore)
    display = x.XOpenDisplay(None)
    if not display:
        print("menu-drawn: cannot open the display", file=sys.stderr)
        return 1
    all_planes, z_pixmap = 0xFFFFFFFFFFFFFFFF, 2
    while now_ms() - start < timeout:
        image = x.XGetImage(display, window, 0, 0, 300, 40, all_planes, z_pixmap)
        if image:
            im = image.contents
            if im.bits_per_pixel == 32:
                rows = ctypes.string_at(im.data, im.bytes_per_line * im.height)
                colours = set()
                for y in range(im.height):
                    line = memoryview(rows)[y * im.bytes_per_line:y * im.bytes_per_line + 4 * im.width].cast("I")
                    colours.update(line)
                    if len(colours) > 8:
                        break
                drawn = len(colours) > 8
            else:
                drawn = False
            x.XFree(im.data)
            x.XFree(image)
            if drawn:
                print(now_ms() - start)
                return 0
        time.sleep(0.01)
    return 1


if __name__ == "__main__":
    sys.exit(main())
