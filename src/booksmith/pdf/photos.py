"""Photos at print size: how sharp each one prints, read from the laid-out pages.

The print styles give a photo `image-resolution: 150dpi`, so WeasyPrint sizes it at 150 dots to the
inch up to the column's width (and a share of the page's height): a photo is never stretched past what
its pixels hold, and one with too few prints smaller, not blurred. That is decided by the layout, and a
book's own CSS can change it, so the warning is read from the laid-out boxes, not guessed beforehand:
a photo that prints below 150 dpi, or prints smaller than its place for want of pixels, is named with
the size of copy that would fill it.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..errors import warn
from ..model import Book, Figure

PRINT_DPI = 150  # the least a photo should print at; a print shop asks 300, a home printer shows little past 150
_SLACK = 0.9  # "about 150": a photo that prints within a tenth of its place is not worth a warning
_CSS_PX_PER_INCH = 96
_MM_PER_INCH = 25.4


@dataclass(frozen=True)
class PrintedPhoto:
    """One photo as laid out: its pixels, the width it prints at and the widest it could print at
    (its column, or less when the page's height bounds a tall photo), in CSS pixels."""

    figure_id: str
    pixels_wide: int
    pixels_high: int
    printed_width: float
    fullest_width: float

    @property
    def printed_dpi(self) -> float:
        return self.pixels_wide / (self.printed_width / _CSS_PX_PER_INCH)

    @property
    def dpi_at_fullest(self) -> float:
        return self.pixels_wide / (self.fullest_width / _CSS_PX_PER_INCH)


def printed_photos(document: Any) -> tuple[PrintedPhoto, ...]:
    """Every raster photo of the laid-out book (an SVG is drawn, not pixels, and prints sharp at any size)."""
    found: list[PrintedPhoto] = []
    for page in document.pages:
        found.extend(_photos_in(page._page_box, None))
    return tuple(found)


def _photos_in(box: Any, figure: Any) -> Iterator[PrintedPhoto]:
    if getattr(box, "element_tag", None) == "figure":
        figure = box
    image = getattr(box, "replacement", None)
    if image is not None and figure is not None and getattr(image, "width", None):
        yield _measured(box, figure, image)
    for child in getattr(box, "children", ()):
        yield from _photos_in(child, figure)


def _measured(box: Any, figure: Any, image: Any) -> PrintedPhoto:
    fullest = figure.width
    most_high = box.max_height
    if most_high not in (None, float("inf")) and image.height:
        fullest = min(fullest, most_high * image.width / image.height)
    return PrintedPhoto(
        figure_id=figure.element.get("id", ""),
        pixels_wide=int(image.width),
        pixels_high=int(image.height),
        printed_width=float(box.width),
        fullest_width=float(max(fullest, box.width)),
    )


def warn_soft_photos(book: Book, photos: tuple[PrintedPhoto, ...], manuscript: Path) -> None:
    """A warning, at the figure's source line, for each photo that prints below about 150 dpi or prints
    smaller than its place because it has too few pixels to fill it."""
    figures = {
        block_id: block
        for chapter in book.chapters
        for block_id, block in chapter.block_ids()
        if isinstance(block, Figure)
    }
    said: set[str] = set()
    for photo in photos:
        figure = figures.get(photo.figure_id)
        if figure is None or figure.image is None or photo.figure_id in said:
            continue
        said.add(photo.figure_id)  # a figure split over two pages is one photo
        message = soft_photo_message(photo, figure.image)
        if message:
            warn(message, manuscript / figure.origin.path, figure.origin.line)


def soft_photo_message(photo: PrintedPhoto, name: str) -> str | None:
    """What to say of a photo, or None when it prints sharp at the fullest size its place allows."""
    if photo.dpi_at_fullest >= PRINT_DPI * _SLACK:
        return None
    wanted = round(photo.fullest_width / _CSS_PX_PER_INCH * PRINT_DPI)
    size = f"{photo.pixels_wide:,} × {photo.pixels_high:,} pixels"
    if photo.printed_dpi < PRINT_DPI * _SLACK:
        return (
            f"image '{name}' ({size}) prints at {photo.printed_dpi:.0f} dpi, soft on paper (150 dpi is the least "
            f"for print): use a copy at least {wanted:,} pixels wide"
        )
    return (
        f"image '{name}' ({size}) prints {_mm(photo.printed_width)} mm wide, less than the "
        f"{_mm(photo.fullest_width)} mm its place has, so that it stays at 150 dpi: a copy at least "
        f"{wanted:,} pixels wide fills it"
    )


def _mm(css_px: float) -> int:
    return round(css_px / _CSS_PX_PER_INCH * _MM_PER_INCH)
