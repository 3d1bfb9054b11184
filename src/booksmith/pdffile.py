"""Stage 6b: WeasyPrint's PDF → the file a printer takes, with pikepdf.

WeasyPrint lays out and tags the pages; what it leaves undone is done here:
- page labels that say what the folios print (a viewer's "page 7" is the page printed 7);
- for a print shop, exact trim and bleed boxes and crop marks in a slug outside the bleed
  (WeasyPrint's own `marks: crop` draws them inside the bleed, where a blade that drifts
  would print them on the page);
- a byte-identical file for the same input: the /ID is a hash of the content, no clock is read.
"""

from __future__ import annotations

import io
from dataclasses import dataclass

import pikepdf
from pikepdf import Array, Dictionary, Name

POINTS_PER_MM = 72 / 25.4
MARK_MIN_OFFSET_MM = 3.0  # crop marks begin at least this far outside the trim, and never inside the bleed
MARK_LENGTH_MM = 6.0
SLUG_EDGE_MM = 1.0  # paper kept beyond the marks' outer ends
MARK_WIDTH_PT = 0.25  # a hairline, as print shops expect
REGISTRATION = Name("/BooksmithRegistration")  # a colour space name of our own, so it never collides


@dataclass(frozen=True)
class Finishing:
    """What the file must be beyond WeasyPrint's pages: zero bleed and no marks is the home edition.

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


def finish(data: bytes, finishing: Finishing) -> bytes:
    """The finished file: labels, boxes and marks added to WeasyPrint's PDF, saved reproducibly."""
    with pikepdf.open(io.BytesIO(data)) as pdf:
        label_pages(pdf)
        for page in pdf.pages:
            set_print_boxes(page, finishing)
            if finishing.crop_marks:
                draw_crop_marks(pdf, page, finishing)
        return save_reproducibly(pdf)


def label_pages(pdf: pikepdf.Pdf) -> None:
    """Arabic labels from 1 on the cover: the design prints counter(page), which starts there too."""
    labels = Dictionary(Nums=Array([0, Dictionary(S=Name.D)]))
    pdf.Root.PageLabels = pdf.make_indirect(labels)


def set_print_boxes(page: pikepdf.Page, finishing: Finishing) -> None:
    """TrimBox is the page as WeasyPrint laid it out; BleedBox and MediaBox grow around it exactly."""
    left, bottom, right, top = _trim(page)
    page.obj.TrimBox = Array([left, bottom, right, top])
    page.obj.BleedBox = _grown(left, bottom, right, top, finishing.bleed_mm)
    page.obj.MediaBox = _grown(left, bottom, right, top, finishing.slug_mm())
    for stale in ("/CropBox", "/ArtBox"):
        if stale in page.obj:
            del page.obj[stale]


def draw_crop_marks(pdf: pikepdf.Pdf, page: pikepdf.Page, finishing: Finishing) -> None:
    """Two hairlines at each corner, on the trim lines, from the mark offset outwards.

    They are drawn in the registration colour (every separation), marked as a page artifact so
    the tagged structure ignores them, after the page's own content, which is wrapped in q … Q
    so its graphics state cannot leak into the marks.
    """
    resources = page.obj.Resources
    if "/ColorSpace" not in resources:
        resources.ColorSpace = Dictionary()
    if REGISTRATION not in resources.ColorSpace:
        resources.ColorSpace[REGISTRATION] = _registration_colour(pdf)
    page.contents_add(pdf.make_stream(b"q\n"), prepend=True)
    page.contents_add(pdf.make_stream(b"Q\n" + _marks_stream(_trim(page), finishing)))


def save_reproducibly(pdf: pikepdf.Pdf) -> bytes:
    out = io.BytesIO()
    # deterministic_id: the /ID is a hash of the content, so the same book gives the same bytes;
    # fix_metadata_version off: WeasyPrint's XMP stays exactly as written.
    pdf.save(out, deterministic_id=True, fix_metadata_version=False, compress_streams=True)
    return out.getvalue()


def _trim(page: pikepdf.Page) -> tuple[float, float, float, float]:
    box = page.trimbox  # WeasyPrint's TrimBox is the CSS page box; the MediaBox when there is none
    left, bottom, right, top = (float(value) for value in box)
    return left, bottom, right, top


def _grown(left: float, bottom: float, right: float, top: float, mm: float) -> Array:
    grow = mm * POINTS_PER_MM
    return Array([_round(left - grow), _round(bottom - grow), _round(right + grow), _round(top + grow)])


def _round(value: float) -> float:
    return round(value, 4)


def _registration_colour(pdf: pikepdf.Pdf) -> Array:
    """Separation /All: a mark that prints on every plate, the press's registration colour."""
    tint = Dictionary(FunctionType=2, Domain=Array([0, 1]), C0=Array([0, 0, 0, 0]), C1=Array([1, 1, 1, 1]), N=1)
    return Array([Name.Separation, Name.All, Name.DeviceCMYK, pdf.make_indirect(tint)])


def _marks_stream(trim: tuple[float, float, float, float], finishing: Finishing) -> bytes:
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
