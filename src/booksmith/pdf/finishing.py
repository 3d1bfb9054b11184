"""Stage 6b: the file a printer takes, finished on WeasyPrint's PDF objects before they are written.

WeasyPrint lays out and tags the pages; what it leaves undone is done here, in the finisher
`write_pdf` calls with its pydyf `PDF` just before serialising it (no second parse, no pikepdf):
- page labels that say what the folios print (a viewer's "page 7" is the page printed 7);
- for a print shop, exact trim and bleed boxes and crop marks in a slug outside the bleed
  (WeasyPrint's own `marks: crop` draws them inside the bleed, where a blade that drifts
  would print them on the page);
- a byte-identical file for the same input: the /ID is a hash of the content (pydyf's
  `identifier=True`, asked for by `pdf.write_document`), no clock is read.
"""

from __future__ import annotations

import io
import zlib
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import pydyf

if TYPE_CHECKING:
    import pikepdf

POINTS_PER_MM = 72 / 25.4
MARK_MIN_OFFSET_MM = 3.0  # crop marks begin at least this far outside the trim, and never inside the bleed
MARK_LENGTH_MM = 6.0
SLUG_EDGE_MM = 1.0  # paper kept beyond the marks' outer ends
MARK_WIDTH_PT = 0.25  # a hairline, as print shops expect
REGISTRATION = "/BooksmithRegistration"  # a colour space name of our own, so it never collides
_REGISTRATION_KEY = REGISTRATION.removeprefix("/")  # pydyf adds the slash to a dictionary's keys

PdfObjects = Any  # a pydyf.PDF, as WeasyPrint hands it to the finisher (pydyf has no type hints)


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


def finish(pdf: PdfObjects, finishing: Finishing) -> None:
    """Labels, boxes and marks added to WeasyPrint's PDF objects; WeasyPrint writes them next."""
    label_pages(pdf)
    for page in pages(pdf):
        set_print_boxes(page, finishing)
        if finishing.crop_marks:
            draw_crop_marks(pdf, page, finishing)
    compress_once(pdf)


def pages(pdf: PdfObjects) -> list[Any]:
    """The page dictionaries in order: pydyf keeps one flat page tree, its Kids as `n 0 R` triples."""
    return [pdf.objects[number] for number in pdf.pages["Kids"][::3]]


def label_pages(pdf: PdfObjects) -> None:
    """Arabic labels from 1 on the cover: the design prints counter(page), which starts there too."""
    labels = pydyf.Dictionary({"Nums": pydyf.Array([0, pydyf.Dictionary({"S": "/D"})])})
    pdf.add_object(labels)
    pdf.catalog["PageLabels"] = labels.reference


def set_print_boxes(page: Any, finishing: Finishing) -> None:
    """TrimBox is the page as WeasyPrint laid it out; BleedBox and MediaBox grow around it exactly."""
    left, bottom, right, top = _trim(page)
    page["TrimBox"] = pydyf.Array([left, bottom, right, top])
    page["BleedBox"] = _grown(left, bottom, right, top, finishing.bleed_mm)
    page["MediaBox"] = _grown(left, bottom, right, top, finishing.slug_mm())
    for stale in ("CropBox", "ArtBox"):
        page.pop(stale, None)


def draw_crop_marks(pdf: PdfObjects, page: Any, finishing: Finishing) -> None:
    """Two hairlines at each corner, on the trim lines, from the mark offset outwards.

    They are drawn in the registration colour (every separation), marked as a page artifact so
    the tagged structure ignores them, after the page's own content, which is wrapped in q … Q
    so its graphics state cannot leak into the marks.
    """
    resources = _resolved(pdf, page["Resources"])  # WeasyPrint's pages share one dictionary
    if "ColorSpace" not in resources:
        resources["ColorSpace"] = pydyf.Dictionary()
    colour_spaces = _resolved(pdf, resources["ColorSpace"])
    if _REGISTRATION_KEY not in colour_spaces:
        colour_spaces[_REGISTRATION_KEY] = _registration_colour(pdf)
    content = _resolved(pdf, page["Contents"])
    content.stream.insert(0, b"q")
    content.stream.append(b"Q\n" + _marks_stream(_trim(page), finishing))


def compress_once(pdf: PdfObjects) -> None:
    """Compress every stream now, once, as pydyf would: it compresses on each read of a stream's
    data, and the content-hash /ID reads every object a second time, which doubled the cost."""
    for item in pdf.objects:
        if isinstance(item, pydyf.Stream) and item.compress:
            raw = b"\n".join(pydyf._to_bytes(part) for part in item.stream)  # pydyf's own joining
            compressor = zlib.compressobj(level=9)  # pydyf's level: the same bytes it would write
            item.stream = [compressor.compress(raw) + compressor.flush()]
            item.extra["Filter"] = "/FlateDecode"
            item.compress = False


def save_reproducibly(pdf: pikepdf.Pdf) -> bytes:
    """A file made with pikepdf (the imposed booklet), saved with the /ID a hash of its content."""
    out = io.BytesIO()
    # fix_metadata_version off: the XMP stays exactly as written.
    pdf.save(out, deterministic_id=True, fix_metadata_version=False, compress_streams=True)
    return out.getvalue()


def _resolved(pdf: PdfObjects, value: Any) -> Any:
    """The object a reference (`b"12 0 R"`, as pydyf spells them) points to; a direct object as it is."""
    if isinstance(value, bytes) and value.endswith(b" R"):
        return pdf.objects[int(value.split()[0])]
    return value


def _trim(page: Any) -> tuple[float, float, float, float]:
    box = page.get("TrimBox", page["MediaBox"])  # WeasyPrint's TrimBox is the CSS page box
    left, bottom, right, top = (float(value) for value in box)
    return left, bottom, right, top


def _grown(left: float, bottom: float, right: float, top: float, mm: float) -> Any:
    grow = mm * POINTS_PER_MM
    return pydyf.Array([_round(left - grow), _round(bottom - grow), _round(right + grow), _round(top + grow)])


def _round(value: float) -> float:
    return round(value, 4)


def _registration_colour(pdf: PdfObjects) -> Any:
    """Separation /All: a mark that prints on every plate, the press's registration colour."""
    tint = pydyf.Dictionary(
        {
            "FunctionType": 2,
            "Domain": pydyf.Array([0, 1]),
            "C0": pydyf.Array([0, 0, 0, 0]),
            "C1": pydyf.Array([1, 1, 1, 1]),
            "N": 1,
        }
    )
    pdf.add_object(tint)
    return pydyf.Array(["/Separation", "/All", "/DeviceCMYK", tint.reference])


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
