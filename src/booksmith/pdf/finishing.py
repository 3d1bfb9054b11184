"""The finishing plan: what the print file must be beyond WeasyPrint's pages, as plain data.

Computed once here and applied by each writer: `write` to WeasyPrint's pydyf objects (the
one-process file), `join` to pikepdf's (a --jobs file), so both files get the same:
- page labels that say what the folios print (a viewer's "page 7" is the page printed 7);
- for a print shop, exact trim and bleed boxes and crop marks in a slug outside the bleed
  (WeasyPrint's own `marks: crop` draws them inside the bleed, where a blade that drifts
  would print them on the page), drawn in the registration colour;
- blank pages before the back cover, so a folded booklet has whole sheets.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

POINTS_PER_MM = 72 / 25.4
MARK_MIN_OFFSET_MM = 3.0  # crop marks begin at least this far outside the trim, and never inside the bleed
MARK_LENGTH_MM = 6.0
SLUG_EDGE_MM = 1.0  # paper kept beyond the marks' outer ends
MARK_WIDTH_PT = 0.25  # a hairline, as print shops expect
BINDING_MULTIPLE = 4  # a saddle-stitched booklet's sheets hold four pages each
REGISTRATION = "/BooksmithRegistration"  # a colour space name of our own, so it never collides
# Separation /All: a mark that prints on every plate, the press's registration colour; its tint
# transform (a type 2 function) goes from no ink to every ink.
REGISTRATION_SPACE = ("Separation", "All", "DeviceCMYK")
REGISTRATION_TINT: dict[str, Any] = {
    "FunctionType": 2,
    "Domain": [0, 1],
    "C0": [0, 0, 0, 0],
    "C1": [1, 1, 1, 1],
    "N": 1,
}
# Arabic labels from 1 on the cover: the design prints counter(page), which starts there too.
PAGE_LABELS: dict[str, Any] = {"Nums": [0, {"S": "D"}]}  # names without their slash; each writer adds its own

Box = tuple[float, float, float, float]  # left, bottom, right, top, in points


@dataclass(frozen=True)
class Finishing:
    """An edition's finishing: zero bleed and no marks is the home edition.

    One layout (with the shop's bleed, when there is a shop edition) serves both files: the home
    file's boxes are all the trim box, so whatever was painted into the bleed lies off its pages.
    """

    bleed_mm: float = 0.0
    crop_marks: bool = False

    def mark_offset_mm(self) -> float:
        return max(self.bleed_mm, MARK_MIN_OFFSET_MM)

    def slug_mm(self) -> float:
        """How far the sheet (MediaBox) reaches beyond the trim on each side."""
        if not self.crop_marks:
            return self.bleed_mm
        return self.mark_offset_mm() + MARK_LENGTH_MM + SLUG_EDGE_MM

    def page(self, trim: Box) -> PagePlan:
        """What one page, whose trim is `trim` (WeasyPrint's page box), becomes."""
        return PagePlan(
            trim_box=trim,
            bleed_box=_grown(trim, self.bleed_mm),
            media_box=_grown(trim, self.slug_mm()),
            marks=marks_stream(trim, self) if self.crop_marks else None,
        )


@dataclass(frozen=True)
class PagePlan:
    trim_box: Box
    bleed_box: Box
    media_box: Box
    # Content-stream operators drawn after the page's own content (which the writer wraps in q … Q,
    # so its graphics state cannot leak into them), using the REGISTRATION colour space; or None.
    marks: bytes | None


def binding_padding(pages: int) -> int:
    """The blank pages a booklet of `pages` needs before its back cover to fill whole sheets."""
    return -pages % BINDING_MULTIPLE


def marks_stream(trim: Box, finishing: Finishing) -> bytes:
    """Two hairlines at each corner, on the trim lines, from the mark offset outwards, marked as a page
    artifact so the tagged structure ignores them."""
    left, bottom, right, top = trim
    near = finishing.mark_offset_mm() * POINTS_PER_MM
    far = near + MARK_LENGTH_MM * POINTS_PER_MM
    segments = []
    for x, outward_x in ((left, -1), (right, 1)):
        for y, outward_y in ((bottom, -1), (top, 1)):
            segments.append(((x + outward_x * near, y), (x + outward_x * far, y)))  # along the horizontal trim line
            segments.append(((x, y + outward_y * near), (x, y + outward_y * far)))  # along the vertical trim line
    path = "".join(f"{x1:.3f} {y1:.3f} m {x2:.3f} {y2:.3f} l S\n" for (x1, y1), (x2, y2) in segments)
    operators = f"/Artifact <</Type /Page>> BDC\nq\n{MARK_WIDTH_PT} w 0 J\n{REGISTRATION} CS 1 SCN\n{path}Q\nEMC\n"
    return operators.encode("ascii")


def _grown(box: Box, mm: float) -> Box:
    grow = mm * POINTS_PER_MM
    left, bottom, right, top = box
    return (_round(left - grow), _round(bottom - grow), _round(right + grow), _round(top + grow))


def _round(value: float) -> float:
    return round(value, 4)


# WeasyPrint 70's PDF/UA-1 variant tags the PDF and writes its XMP metadata, and claims conformance with
# PDF/UA-1 in that XMP. The claim does not hold (a paragraph that runs over a page is two structure
# elements, the structure follows pages rather than chapters, running heads and folios are tagged as
# content), so booksmith keeps the tags and the metadata and takes the claim out.
_CONFORMANCE_CLAIM = re.compile(rb'<rdf:Description rdf:about="" pdfuaid:part="1"\s*/>')


def without_conformance_claim(xmp: bytes) -> bytes:
    """The XMP metadata without its `pdfuaid:part` claim (and the namespace only that claim used)."""
    xmp = _CONFORMANCE_CLAIM.sub(b"", xmp)
    return xmp.replace(b' xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/"', b"")
