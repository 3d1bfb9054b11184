"""The one-process print file: WeasyPrint's write, with the finishing plan applied on its way out.

WeasyPrint lays out and tags the pages; the finisher `write_pdf` calls with its pydyf `PDF`
just before serialising it applies the plan in `finishing` (no second parse, no pikepdf),
and the file streams straight into its target. The same input gives the same bytes: the
/ID is a hash of the content (`pdf_identifier=True`), no clock is read.
"""

from __future__ import annotations

import gc
import zlib
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pydyf

from ..output import atomic_path
from .finishing import (
    PAGE_LABELS,
    REGISTRATION,
    REGISTRATION_SPACE,
    REGISTRATION_TINT,
    Finishing,
    without_conformance_claim,
)
from .glypharrays import glyph_arrays_declared_once
from .layout import PDF_VARIANT, report, weasyprint_messages
from .pagerefs import page_references_remembered
from .structure import tagged_as_the_book

PdfObjects = Any  # a pydyf.PDF, as WeasyPrint hands it to the finisher (pydyf has no type hints)
_REGISTRATION_KEY = REGISTRATION.removeprefix("/")  # pydyf adds the slash to a dictionary's keys


def write_document(document: Any, editions: dict[Path, Finishing], messages: list[str] | None = None) -> None:
    """Write each edition's finished PDF from the laid-out pages, straight into its file, atomically.

    Each edition is a write of its own (WeasyPrint paints the pages again, a write's cost): the
    finishing is done on the PDF objects of one write, which pydyf cannot serialise twice.
    """
    # The layout leaves a tenth of its memory in reference cycles (styles, discarded boxes), which
    # Python frees only at a full collection, often not before the write; collected now, the write
    # reuses that memory instead of growing the heap (peak -10 % at 100 pages, -16 % at 400).
    gc.collect()
    said: set[str] = set()
    for target, finishing in editions.items():
        with (
            weasyprint_messages() as found,
            page_references_remembered(),  # WeasyPrint's tagging would be quadratic in pages (pagerefs)
            glyph_arrays_declared_once(),  # cffi would parse a declaration for each font's subset (glypharrays)
            tagged_as_the_book(document),  # passages keep their language, running heads and folios are artifacts
            atomic_path(target) as temporary,
            temporary.open("wb") as file,
        ):
            document.write_pdf(
                file,
                pdf_variant=PDF_VARIANT,
                pdf_identifier=True,  # a hash of the content: the same book, the same bytes
                uncompressed_pdf=False,
                finisher=_finisher(finishing),
            )
        report([message for message in found if message not in said], messages)  # the same pages say the same
        said.update(found)


def write_part(document: Any, target: Path, messages: list[str], **options: Any) -> None:
    """A part of the parallel layout (`parts`) written as `write_document` writes the book: tagged in
    linear time (`pagerefs`), WeasyPrint's messages added to `messages`, not said (the parent says them once)."""
    with (
        weasyprint_messages() as found,
        page_references_remembered(),
        glyph_arrays_declared_once(),
        tagged_as_the_book(document),
    ):
        document.write_pdf(target, **options)
    messages.extend(found)


def _finisher(finishing: Finishing) -> Callable[[Any, Any], None]:
    """What WeasyPrint calls with its PDF objects (pydyf's), just before it writes them."""
    return lambda _document, pdf: finish(pdf, finishing)


def finish(pdf: PdfObjects, finishing: Finishing) -> None:
    """The finishing plan applied to WeasyPrint's PDF objects; WeasyPrint writes them next."""
    labels = _pydyf(PAGE_LABELS)
    pdf.add_object(labels)
    pdf.catalog["PageLabels"] = labels.reference
    for page in pages(pdf):
        plan = finishing.page(_trim(page))
        page["TrimBox"] = pydyf.Array(plan.trim_box)
        page["BleedBox"] = pydyf.Array(plan.bleed_box)
        page["MediaBox"] = pydyf.Array(plan.media_box)
        for stale in ("CropBox", "ArtBox"):
            page.pop(stale, None)
        if plan.marks is not None:
            _draw_after_content(pdf, page, plan.marks)
    if "Metadata" in pdf.catalog:
        metadata = _resolved(pdf, pdf.catalog["Metadata"])
        xmp = without_conformance_claim(b"".join(pydyf._to_bytes(part) for part in metadata.stream))
        metadata.stream = [xmp]
    compress_once(pdf)


def pages(pdf: PdfObjects) -> list[Any]:
    """The page dictionaries in order: pydyf keeps one flat page tree, its Kids as `n 0 R` triples."""
    return [pdf.objects[number] for number in pdf.pages["Kids"][::3]]


def _draw_after_content(pdf: PdfObjects, page: Any, marks: bytes) -> None:
    """The marks after the page's own content, which is wrapped in q … Q so its graphics state cannot leak."""
    resources = _resolved(pdf, page["Resources"])  # WeasyPrint's pages share one dictionary
    if "ColorSpace" not in resources:
        resources["ColorSpace"] = pydyf.Dictionary()
    colour_spaces = _resolved(pdf, resources["ColorSpace"])
    if _REGISTRATION_KEY not in colour_spaces:
        tint = _pydyf(REGISTRATION_TINT)
        pdf.add_object(tint)
        colour_spaces[_REGISTRATION_KEY] = pydyf.Array([*(f"/{name}" for name in REGISTRATION_SPACE), tint.reference])
    content = _resolved(pdf, page["Contents"])
    content.stream.insert(0, b"q")
    content.stream.append(b"Q\n" + marks)


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


def _pydyf(value: Any) -> Any:
    """The plan's plain data as pydyf objects: a str is a name."""
    if isinstance(value, dict):
        return pydyf.Dictionary({key: _pydyf(item) for key, item in value.items()})
    if isinstance(value, list):
        return pydyf.Array([_pydyf(item) for item in value])
    return f"/{value}" if isinstance(value, str) else value


def _resolved(pdf: PdfObjects, value: Any) -> Any:
    """The object a reference (`b"12 0 R"`, as pydyf spells them) points to; a direct object as it is."""
    if isinstance(value, bytes) and value.endswith(b" R"):
        return pdf.objects[int(value.split()[0])]
    return value


def _trim(page: Any) -> tuple[float, float, float, float]:
    box = page.get("TrimBox", page["MediaBox"])  # WeasyPrint's TrimBox is the CSS page box
    left, bottom, right, top = (float(value) for value in box)
    return left, bottom, right, top
