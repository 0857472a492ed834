"""Scan images: the skew found from the text lines and undone; a page over the pixel bound refused."""
from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image, ImageDraw

from loaders.scan_image import ImageTooLarge, clean_page, skew_angle


def lines_page(angle: float) -> Image.Image:
    """A white A4-ish page at 100 dpi with dark bars where text lines would be, turned by ``angle``."""
    page = Image.new("L", (830, 1170), 255)
    draw = ImageDraw.Draw(page)
    for y in range(120, 1050, 32):
        draw.rectangle((90, y, 740, y + 12), fill=20)
    return page.rotate(angle, resample=Image.Resampling.BICUBIC, fillcolor=255)


@pytest.mark.parametrize("angle", [0.0, 0.7, -1.5, 3.0])
def test_skew_is_found(angle: float) -> None:
    assert skew_angle(lines_page(angle)) == pytest.approx(-angle, abs=0.15)


def test_clean_page_straightens_and_keeps_size(tmp_path: Path) -> None:
    path = tmp_path / "page.pgm"
    lines_page(2.5).save(path)
    cleaned = clean_page(path)
    assert cleaned.skew == pytest.approx(-2.5, abs=0.15) and "straightened" in cleaned.note
    assert (cleaned.width, cleaned.height) == (830, 1170) and cleaned.path.exists()


def test_oversized_image_refused_from_its_header(tmp_path: Path) -> None:
    path = Path(__file__).parent / "data" / "formats" / "blank_20000x20000.png"
    with pytest.raises(ImageTooLarge, match="20000×20000"):
        clean_page(path)
