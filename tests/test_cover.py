"""The ebook's cover image: drawn as a coverage mask and saved with a palette of white-over-blue
blends, it must have exactly the pixels of the same cover drawn in white on a blue RGB image."""

from __future__ import annotations

import io

import pytest
from PIL import Image, ImageChops, ImageDraw

from booksmith.epub.cover import DEFAULT_BLUE, HEIGHT, WIDTH, cover_png, draw_cover
from support import ROOT

FONTS = ROOT / "styles" / "fonts"
TEXTS = [
    ("Samurai Blue: Japan at the 2018 World Cup, a title long enough to wrap", "Two articles", "Edited by A and B"),
    ("Ÿ “Quotes” — AVAWAV", None, "By Someone Very Long-Named, Another, A Third and a Fourth Person"),
    ("T", "", ""),
]


@pytest.mark.parametrize("blue", [DEFAULT_BLUE, "#c03", "#ffffff"])
@pytest.mark.parametrize("texts", TEXTS)
def test_the_cover_has_the_pixels_of_white_drawn_on_the_blue(texts, blue):
    png = Image.open(io.BytesIO(cover_png(*texts, FONTS, blue)))
    expected = Image.new("RGB", (WIDTH, HEIGHT), blue)
    draw_cover(ImageDraw.Draw(expected), "white", texts, FONTS)
    assert (png.format, png.mode, png.size) == ("PNG", "P", (WIDTH, HEIGHT))
    assert ImageChops.difference(png.convert("RGB"), expected).getbbox() is None


def test_the_same_cover_gives_the_same_bytes():
    assert cover_png(*TEXTS[0], FONTS) == cover_png(*TEXTS[0], FONTS)
