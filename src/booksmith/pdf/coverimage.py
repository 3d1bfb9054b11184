"""The print cover as a picture: page 1 of the print layout, rasterised, is the EPUB's cover image.

The cover is designed once, in `print.css` and the print template: whatever a designer
changes there (the blue, the type, a cover photo) the ebook's cover shows too. The page is
written as a one-page PDF and rendered by PDFium (pypdfium2, which ships its own PDFium in
its wheels), cropped to the trim (a shop layout's bleed is not part of the cover), at
10 pixels a millimetre (an A5 cover is 1480 × 2100). PDFium renders the same bytes on every
machine for the same file, and the PNG is written without a clock, so builds stay byte-identical.
"""

from __future__ import annotations

import io
from typing import Any

PX_PER_MM = 10
PX_PER_POINT = PX_PER_MM * 25.4 / 72


def cover_page(document: Any) -> bytes:
    """A laid-out WeasyPrint Document's first page, the cover, as a one-page PDF (`cover_from_pdf` draws it)."""
    from .glypharrays import glyph_arrays_declared_once

    with glyph_arrays_declared_once():
        return bytes(document.copy([document.pages[0]]).write_pdf())


def cover_from_pdf(pdf: bytes) -> bytes:
    """The first page of a PDF, cropped to its trim box, as the cover PNG."""
    import pypdfium2

    document = pypdfium2.PdfDocument(pdf)
    try:
        image = _trim_rendered(document[0])
    finally:
        document.close()
    out = io.BytesIO()
    _exact_palette(image).save(out, format="PNG")
    return out.getvalue()


def _trim_rendered(page: Any) -> Any:
    """The page inside its trim box as an RGB picture. PDFium draws into RGBX, which PIL reads in place,
    so the picture is made once, not three times (a cover is 12 MiB; the copies were most of a small
    book's peak memory)."""
    left, bottom, right, top = page.get_trimbox()
    media_left, media_bottom, media_right, media_top = page.get_mediabox()
    crop = (left - media_left, bottom - media_bottom, media_right - right, media_top - top)
    width = round((right - left) * PX_PER_POINT)
    bitmap = page.render(
        scale=width / (right - left), crop=crop, draw_annots=False, rev_byteorder=True, prefer_bgrx=True
    )
    return bitmap.to_pil().convert("RGB")


def _exact_palette(image: Any) -> Any:
    """A type-only cover (white blended over one colour) has a few hundred colours at most: as a palette
    image, when that keeps every pixel exactly, it takes half the bytes. A photo's cover stays RGB."""
    from PIL import Image

    if image.getcolors(256) is None:
        return image
    palette = image.quantize(colors=256, method=Image.Quantize.MAXCOVERAGE, dither=Image.Dither.NONE)
    return palette if _same_pixels(palette, image) else image


def _same_pixels(palette: Any, image: Any, band: int = 128) -> bool:
    """Whether the palette image shows every pixel of the RGB one, compared a band of rows at a time
    (a whole RGB copy of the palette image, and their difference, would be two more covers in memory)."""
    from PIL import ImageChops

    width, height = image.size
    for top in range(0, height, band):
        box = (0, top, width, min(top + band, height))
        if ImageChops.difference(palette.crop(box).convert("RGB"), image.crop(box)).getbbox() is not None:
            return False
    return True
