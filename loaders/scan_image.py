"""Scan images made ready for OCR: straightened (deskew) and cleaned, within a bounded size.

The skew is found by projection profiles: rotated by the right angle, a page's text lines make the
row sums of dark pixels peak and drop most sharply. Measured on a small copy, applied to the page.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import numpy as np
from PIL import Image, ImageFilter, ImageOps

MAX_PIXELS = 120_000_000  # ~ A3 at 600 dpi; a 20000×20000 image is refused before it is decoded
MAX_SKEW = 5.0  # degrees searched either way; a page turned further is rotated, not skewed


class ImageTooLarge(Exception):
    """A page image over MAX_PIXELS: refused before decoding."""


@dataclass(frozen=True)
class Cleaned:
    path: Path
    width: int
    height: int
    skew: float  # degrees the page was turned back
    note: str | None = None


def clean_page(path: Path) -> Cleaned:
    """Straighten and clean a page image in place (grey, PGM); returns its size and the skew undone."""
    Image.MAX_IMAGE_PIXELS = None  # our bound, from the header, before decoding
    with Image.open(path) as img:
        if img.width * img.height > MAX_PIXELS:
            raise ImageTooLarge(f"image of {img.width}×{img.height} pixels, more than {MAX_PIXELS:,}")
        grey = img.convert("L")
    # auto-contrast lifts a grey, faded scan; a 3×3 median removes speckle noise without eating strokes
    grey = ImageOps.autocontrast(grey, cutoff=1).filter(ImageFilter.MedianFilter(3))
    angle = skew_angle(grey)
    note = None
    if abs(angle) >= 0.1:
        grey = grey.rotate(angle, resample=Image.Resampling.BICUBIC, expand=False, fillcolor=255)
        if abs(angle) > 2:
            note = f"page straightened by {angle:.1f}°"
    out = path.with_name(path.stem + "-clean.pgm")
    grey.save(out)
    return Cleaned(out, grey.width, grey.height, angle, note)


def skew_angle(grey: Image.Image) -> float:
    """The angle (degrees, counter-clockwise) that makes the text lines level."""
    small = grey.copy()
    small.thumbnail((900, 900))
    ink = ImageOps.invert(small).point(lambda v: 255 if v > 96 else 0)

    def sharpness(angle: float) -> float:
        rows = np.asarray(ink.rotate(angle, resample=Image.Resampling.NEAREST), dtype=np.float32).sum(axis=1)
        return float(np.square(np.diff(rows)).sum())

    best = max(np.arange(-MAX_SKEW, MAX_SKEW + 0.01, 0.5), key=sharpness)
    fine = max(np.arange(best - 0.5, best + 0.51, 0.1), key=sharpness)
    return round(float(fine), 1)
