"""`make booklet`: the finished pages imposed for home duplex printing, with pikepdf.

Two pages side by side on each side of a landscape sheet, in saddle-stitch order: print
both sides (flip on the short edge), fold the stack in half, staple on the fold, read.
For n pages (a multiple of 4), sheet 1 carries [n, 1] on its front and [2, n-1] on its
back, sheet 2 [n-2, 3] and [4, n-3], and so on to the centre spread.

Each page is placed as a form XObject clipped to its trim box, so a print-shop file's
bleed and crop marks stay off the sheet. Creep: in a folded stack the inner sheets stick
out at the fore-edge and lose more to the trim, so their pages move toward the fold, the
innermost sheet by the full `creep_mm`, the outermost not at all.
"""

from __future__ import annotations

import io
import logging
from dataclasses import dataclass
from pathlib import Path

import pikepdf
from pikepdf import Dictionary, Name

from ..output import write_bytes_atomic
from .finishing import POINTS_PER_MM, binding_padding

log = logging.getLogger("booksmith")

A4_LANDSCAPE = (297 * POINTS_PER_MM, 210 * POINTS_PER_MM)
LETTER_LANDSCAPE = (11 * 72.0, 8.5 * 72.0)
SHEETS = {"A5": A4_LANDSCAPE, "B5": A4_LANDSCAPE, "6x9in": LETTER_LANDSCAPE, "Letter": LETTER_LANDSCAPE}


@dataclass(frozen=True)
class Side:
    """One side of a sheet: the page on the left and on the right (1-based, after padding)."""

    left: int
    right: int
    sheet: int  # 0 is the outermost sheet


def saddle_stitch_order(pages: int) -> list[Side]:
    """The sides in printing order (front, back, next sheet's front …) for `pages`, a multiple of 4."""
    if pages <= 0 or pages % 4:
        raise ValueError(f"a saddle-stitched booklet has a multiple of 4 pages, not {pages}")
    sides = []
    for sheet in range(pages // 4):
        outer, inner = pages - 2 * sheet, 1 + 2 * sheet
        sides.append(Side(outer, inner, sheet))  # front: the last unplaced page left, the first right
        sides.append(Side(inner + 1, outer - 1, sheet))  # back: its neighbours
    return sides


def creep_shift_mm(sheet: int, sheets: int, creep_mm: float) -> float:
    """How far a sheet's pages move toward the fold: linear from 0 (outermost) to creep_mm (innermost)."""
    return creep_mm * sheet / (sheets - 1) if sheets > 1 else 0.0


def impose(
    source: Path, target: Path, *, page_size: str = "A5", creep_mm: float = 0.0, covers: Path | None = None
) -> int:
    """Write `target`: `source`'s pages imposed two up; returns the number of sheet sides. `covers`, a
    PDF whose first and last pages are the front and back covers set light (for a home printer),
    replaces the booklet's first page and its last."""
    with pikepdf.open(source) as pdf, pikepdf.new() as out:
        count = len(pdf.pages)
        padded = count + binding_padding(count)
        if padded != count:
            log.warning(
                "%s: %d pages; the booklet adds %d blank page%s at the end to make whole sheets",
                source.name,
                count,
                padded - count,
                "s" * (padded - count != 1),
            )
        forms = [out.copy_foreign(page.as_form_xobject()) for page in pdf.pages]
        if covers is not None:
            with pikepdf.open(covers) as light:  # a right-to-left book has a blank page between them
                front, back = (out.copy_foreign(page.as_form_xobject()) for page in (light.pages[0], light.pages[-1]))
            forms[0], forms[-1] = front, back
        trim = [float(value) for value in pdf.pages[0].trimbox]
        sheet = SHEETS.get(page_size, A4_LANDSCAPE)
        layout = SheetLayout(sheet, trim[2] - trim[0], trim[3] - trim[1])
        sides = saddle_stitch_order(padded)
        for side in sides:
            shift = creep_shift_mm(side.sheet, padded // 4, creep_mm) * POINTS_PER_MM
            _add_side(out, layout, forms, side, shift)
        _copy_info(pdf, out)
        write_bytes_atomic(target, save_reproducibly(out))
    return len(sides)


@dataclass(frozen=True)
class SheetLayout:
    """Where the two pages go on a sheet: meeting at its centre (the fold), centred vertically."""

    sheet: tuple[float, float]
    page_width: float
    page_height: float

    @property
    def scale(self) -> float:
        """1 when two pages fit (A5 on A4); smaller pages are never enlarged, larger ones shrink."""
        width, height = self.sheet
        return min(1.0, width / 2 / self.page_width, height / self.page_height)

    def origin(self, right_hand: bool, shift: float) -> tuple[float, float]:
        width, height = self.sheet
        fold = width / 2
        placed_width = self.page_width * self.scale
        x = fold - shift if right_hand else fold - placed_width + shift
        return x, (height - self.page_height * self.scale) / 2

    def half(self, right_hand: bool) -> tuple[float, float, float, float]:
        """The clip rectangle (x, y, w, h): a page never crosses the fold, however far it moves."""
        width, height = self.sheet
        return (width / 2 if right_hand else 0.0), 0.0, width / 2, height


def _add_side(out: pikepdf.Pdf, layout: SheetLayout, forms: list[pikepdf.Object], side: Side, shift: float) -> None:
    page = out.add_blank_page(page_size=layout.sheet)
    operators = []
    for number, right_hand in ((side.left, False), (side.right, True)):
        if number > len(forms):
            continue  # a padding page stays blank
        name = page.add_resource(forms[number - 1], Name.XObject, Name(f"/Page{number}"))  # a fixed name: reproducible
        x, y = layout.origin(right_hand, shift)
        cx, cy, cw, ch = layout.half(right_hand)
        form = forms[number - 1]
        bx, by = float(form.BBox[0]), float(form.BBox[1])
        s = layout.scale
        operators.append(
            f"q {cx:.3f} {cy:.3f} {cw:.3f} {ch:.3f} re W n "
            f"{s:.5f} 0 0 {s:.5f} {x - s * bx:.3f} {y - s * by:.3f} cm {name} Do Q\n"
        )
    page.contents_add(out.make_stream("".join(operators).encode("ascii")))


def _copy_info(source: pikepdf.Pdf, out: pikepdf.Pdf) -> None:
    """The book's title, authors and dates; no clock is read, so the file is reproducible."""
    info = Dictionary()
    for key in ("/Title", "/Author", "/Subject", "/Creator", "/Producer", "/CreationDate", "/ModDate"):
        if key in source.docinfo:
            info[key] = source.docinfo[key]
    if "/Title" in info:
        info.Title = pikepdf.String(f"{info.Title} (imposed for a folded booklet)")
    out.docinfo = out.make_indirect(info)
    if "/Lang" in source.Root:
        out.Root.Lang = source.Root.Lang
    out.Root.ViewerPreferences = Dictionary(Duplex=Name.DuplexFlipShortEdge, PrintScaling=Name("/None"))


def save_reproducibly(pdf: pikepdf.Pdf) -> bytes:
    """The imposed file, saved with the /ID a hash of its content."""
    out = io.BytesIO()
    # fix_metadata_version off: the XMP stays exactly as written.
    pdf.save(out, deterministic_id=True, fix_metadata_version=False, compress_streams=True)
    return out.getvalue()
