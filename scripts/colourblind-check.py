#!/usr/bin/env python3
"""Do the diagram's fail and warning colours stay apart for colour-blind readers?

    python3 scripts/colourblind-check.py SCREENSHOT.png [...] [--dark] [--fail RRGGBB] [--warn RRGGBB]
                                         [--threshold DE] [--out DIR]

For each screenshot: finds the pixels drawn in the fail and in the warning colour (the light
palette's by default, or the dark one's with --dark: ui/style/verdictstyle.cpp), simulates deuteranopia, protanopia and tritanopia on the
whole picture with the matrices of Machado, Oliveira and Fernandes (2009, "A physiologically-based
model for simulation of color vision deficiency", IEEE TVCG 15(6); severity 1.0, applied to linear
RGB), and prints the CIEDE2000 and CIE76 distances between the two simulated colours and from each
to the background. Exit 1 when a distance between fail and warning is below the threshold (default
20 CIEDE2000 units: "clearly different at a glance"; 2.3 is a just-noticeable difference), or when
a colour is not in the picture. --out DIR writes the simulated pictures, to look at.

Needs numpy and PIL (Debian: python3-numpy python3-pil; scripts/dev.sh installs them).
"""
import argparse
import os
import sys

import numpy as np
from PIL import Image

MACHADO_2009 = {
    "deuteranopia": np.array([[0.367322, 0.860646, -0.227968],
                              [0.280085, 0.672501, 0.047413],
                              [-0.011820, 0.042940, 0.968881]]),
    "protanopia": np.array([[0.152286, 1.052583, -0.204868],
                            [0.114503, 0.786281, 0.099216],
                            [-0.003882, -0.048116, 1.051998]]),
    "tritanopia": np.array([[1.255528, -0.076749, -0.178779],
                            [-0.078411, 0.930809, 0.147602],
                            [0.004733, 0.691367, 0.303900]]),
}


def to_linear(srgb):
    c = srgb / 255.0
    return np.where(c <= 0.04045, c / 12.92, ((c + 0.055) / 1.055) ** 2.4)


def to_srgb(linear):
    c = np.clip(linear, 0.0, 1.0)
    return np.where(c <= 0.0031308, c * 12.92, 1.055 * c ** (1 / 2.4) - 0.055) * 255.0


def simulate(rgb, matrix):
    """rgb: (..., 3) sRGB 0-255 -> simulated sRGB 0-255."""
    return to_srgb(to_linear(rgb.astype(float)) @ matrix.T)


def to_lab(rgb):
    lin = to_linear(np.asarray(rgb, dtype=float))
    m = np.array([[0.4124564, 0.3575761, 0.1804375],
                  [0.2126729, 0.7151522, 0.0721750],
                  [0.0193339, 0.1191920, 0.9503041]])
    xyz = lin @ m.T / np.array([0.95047, 1.0, 1.08883])  # D65 white
    f = np.where(xyz > (6 / 29) ** 3, np.cbrt(xyz), xyz / (3 * (6 / 29) ** 2) + 4 / 29)
    return np.stack([116 * f[..., 1] - 16, 500 * (f[..., 0] - f[..., 1]), 200 * (f[..., 1] - f[..., 2])], -1)


def cie76(lab1, lab2):
    return float(np.linalg.norm(np.asarray(lab1) - np.asarray(lab2)))


def ciede2000(lab1, lab2):
    """Sharma, Wu and Dalal (2005) formulation, kL = kC = kH = 1."""
    L1, a1, b1 = lab1
    L2, a2, b2 = lab2
    C1, C2 = np.hypot(a1, b1), np.hypot(a2, b2)
    Cm = (C1 + C2) / 2
    G = 0.5 * (1 - np.sqrt(Cm ** 7 / (Cm ** 7 + 25.0 ** 7)))
    a1p, a2p = (1 + G) * a1, (1 + G) * a2
    C1p, C2p = np.hypot(a1p, b1), np.hypot(a2p, b2)
    h1p = np.degrees(np.arctan2(b1, a1p)) % 360
    h2p = np.degrees(np.arctan2(b2, a2p)) % 360
    dLp = L2 - L1
    dCp = C2p - C1p
    if C1p * C2p == 0:
        dhp = 0.0
    elif abs(h2p - h1p) <= 180:
        dhp = h2p - h1p
    elif h2p - h1p > 180:
        dhp = h2p - h1p - 360
    else:
        dhp = h2p - h1p + 360
    dHp = 2 * np.sqrt(C1p * C2p) * np.sin(np.radians(dhp / 2))
    Lpm = (L1 + L2) / 2
    Cpm = (C1p + C2p) / 2
    if C1p * C2p == 0:
        hpm = h1p + h2p
    elif abs(h1p - h2p) <= 180:
        hpm = (h1p + h2p) / 2
    elif h1p + h2p < 360:
        hpm = (h1p + h2p + 360) / 2
    else:
        hpm = (h1p + h2p - 360) / 2
    T = (1 - 0.17 * np.cos(np.radians(hpm - 30)) + 0.24 * np.cos(np.radians(2 * hpm))
         + 0.32 * np.cos(np.radians(3 * hpm + 6)) - 0.20 * np.cos(np.radians(4 * hpm - 63)))
    dtheta = 30 * np.exp(-(((hpm - 275) / 25) ** 2))
    Rc = 2 * np.sqrt(Cpm ** 7 / (Cpm ** 7 + 25.0 ** 7))
    Sl = 1 + 0.015 * (Lpm - 50) ** 2 / np.sqrt(20 + (Lpm - 50) ** 2)
    Sc = 1 + 0.045 * Cpm
    Sh = 1 + 0.015 * Cpm * T
    Rt = -np.sin(np.radians(2 * dtheta)) * Rc
    return float(np.sqrt((dLp / Sl) ** 2 + (dCp / Sc) ** 2 + (dHp / Sh) ** 2
                         + Rt * (dCp / Sc) * (dHp / Sh)))


def parse_hex(text):
    text = text.lstrip("#")
    return np.array([int(text[i:i + 2], 16) for i in (0, 2, 4)], dtype=float)


def hexof(rgb):
    return "#" + "".join(f"{int(round(min(max(v, 0), 255))):02x}" for v in rgb)


def check(path, fail, warn, threshold, out):
    pixels = np.asarray(Image.open(path).convert("RGB")).astype(int)
    flat = pixels.reshape(-1, 3)
    colours, counts = np.unique(flat, axis=0, return_counts=True)
    background = colours[np.argmax(counts)].astype(float)
    # the lines and badges are drawn in exactly these colours; antialiased edges are left out
    fail_mask = np.all(np.abs(flat - fail) <= 3, axis=1)
    warn_mask = np.all(np.abs(flat - warn) <= 3, axis=1)
    print(f"{path}: {pixels.shape[1]}x{pixels.shape[0]}, background {hexof(background)}, "
          f"fail {hexof(fail)} on {fail_mask.sum()} px, warning {hexof(warn)} on {warn_mask.sum()} px")
    if fail_mask.sum() == 0 or warn_mask.sum() == 0:
        print("  FAIL: the picture lacks the fail or the warning colour")
        return False
    ok = True
    print(f"  {'vision':<13} {'fail':>8} {'warning':>8} {'dE00 f/w':>9} {'dE76 f/w':>9} "
          f"{'dE00 f/bg':>10} {'dE00 w/bg':>10}")
    for name, matrix in [("normal", np.eye(3))] + list(MACHADO_2009.items()):
        sim = simulate(flat.reshape(pixels.shape), matrix).reshape(-1, 3)
        f = sim[fail_mask].mean(axis=0)
        w = sim[warn_mask].mean(axis=0)
        bg = simulate(background, matrix)
        lf, lw, lb = to_lab(f), to_lab(w), to_lab(bg)
        d00 = ciede2000(lf, lw)
        mark = "" if d00 >= threshold else "  <- below the threshold"
        ok = ok and d00 >= threshold
        print(f"  {name:<13} {hexof(f):>8} {hexof(w):>8} {d00:9.1f} {cie76(lf, lw):9.1f} "
              f"{ciede2000(lf, lb):10.1f} {ciede2000(lw, lb):10.1f}{mark}")
        if out and name != "normal":
            os.makedirs(out, exist_ok=True)
            base = os.path.splitext(os.path.basename(path))[0]
            Image.fromarray(np.clip(np.round(sim.reshape(pixels.shape)), 0, 255).astype(np.uint8)).save(
                os.path.join(out, f"{base}-{name}.png"))
    return ok


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("screenshots", nargs="+")
    parser.add_argument("--fail", help="the fail colour (default: the palette's)")
    parser.add_argument("--warn", help="the warning colour (default: the palette's)")
    parser.add_argument("--dark", action="store_true", help="the dark palette's colours (PORTCHECK_PALETTE=dark)")
    parser.add_argument("--threshold", type=float, default=20.0, help="least CIEDE2000 distance")
    parser.add_argument("--out", help="write the simulated pictures here")
    args = parser.parse_args()
    fail = args.fail or ("ff4f6a" if args.dark else "a50026")
    warn = args.warn or ("ffd23f" if args.dark else "b87d00")
    ok = True
    for path in args.screenshots:
        ok = check(path, parse_hex(fail), parse_hex(warn), args.threshold, args.out) and ok
    print("distinguishable" if ok else "NOT distinguishable enough")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
