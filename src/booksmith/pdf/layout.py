"""Stage 6a: print HTML → PDF, with WeasyPrint.

WeasyPrint is imported here only, when a PDF is wanted: it is the slow import.
Its URL fetcher is limited to the book's own folders, so a stylesheet or an
image can never reach the network or the rest of the disk.

The PDF is tagged PDF/UA-1 (a structure tree, /Lang, the title shown) and finished by
`pdffile` (page labels, print boxes, crop marks) inside WeasyPrint's own write, which
streams it to the target with a content-hash /ID. WeasyPrint's log messages are
collected: the known harmless ones stay at debug level, any other is a warning.
"""

from __future__ import annotations

import gc
import logging
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from ..errors import RenderError, warn
from ..output import atomic_path
from .finishing import Finishing, finish
from .pagerefs import page_references_remembered

PAGE_SIZES = {"A5": "A5", "B5": "B5", "6x9in": "6in 9in", "Letter": "letter"}
PDF_VARIANT = "pdf/ua-1"  # tagged, with the XMP title and language PDF/UA asks for
log = logging.getLogger("booksmith")

# Messages WeasyPrint may print that say nothing about the book. Anything else is a warning,
# and fails the tests: a missing image, an unknown CSS property, a font that would not load.
HARMLESS = (
    # Systems without libharfbuzz-subset: fonts are still subset, by fontTools.
    re.compile(r"^Using fontTools instead of HarfBuzz-Subset for font "),
)


def is_harmless(message: str) -> bool:
    return any(pattern.search(message) for pattern in HARMLESS)


def lay_out(
    html: str,
    *,
    base: Path,
    styles: list[Path],
    page_size: str,
    allowed: list[Path],
    bleed_mm: float = 0.0,
    margins_mm: dict[str, float] | None = None,
    messages: list[str] | None = None,
    extra_css: str = "",
) -> Any:
    """Lay out the print HTML into pages (a WeasyPrint Document): the slow step.

    With a bleed, every page reaches `bleed_mm` beyond its trim; page backgrounds fill it.
    `margins_mm` (top, bottom, inner, outer) override the design's margins, from book.toml.
    WeasyPrint's messages are logged and, when `messages` is given, added to it.
    `extra_css` comes last (the parallel layout's filled-in page numbers and folio sheets).
    """
    import weasyprint
    from weasyprint.text.fonts import FontConfiguration
    from weasyprint.urls import FatalURLFetchingError

    fetcher = _restricted_fetcher(allowed)
    fonts = FontConfiguration()  # @font-face rules register here; WeasyPrint needs it on both calls
    with _weasyprint_messages() as found:
        try:
            stylesheets = [
                weasyprint.CSS(filename=str(path), url_fetcher=fetcher, font_config=fonts) for path in styles
            ]
            stylesheets.append(
                weasyprint.CSS(string=_page_css(page_size, bleed_mm, margins_mm or {}), font_config=fonts)
            )
            if extra_css:
                stylesheets.append(weasyprint.CSS(string=extra_css, font_config=fonts))
            document = weasyprint.HTML(string=html, base_url=str(base) + "/", url_fetcher=fetcher).render(
                stylesheets=stylesheets, presentational_hints=False, font_config=fonts
            )
        except FatalURLFetchingError as err:
            raise RenderError(str(err)) from None
    _report(found, messages)
    return document


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
            _weasyprint_messages() as found,
            page_references_remembered(),  # WeasyPrint's tagging would be quadratic in pages (pagerefs)
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
        _report([message for message in found if message not in said], messages)  # the same pages say the same
        said.update(found)


def write_part(document: Any, target: Path, messages: list[str], **options: Any) -> None:
    """A part of the parallel layout (`pdfparts`) written as `write_document` writes the book: tagged in
    linear time (`pagerefs`), WeasyPrint's messages added to `messages`, not said (the parent says them once)."""
    with _weasyprint_messages() as found, page_references_remembered():
        document.write_pdf(target, **options)
    messages.extend(found)


def _finisher(finishing: Finishing) -> Callable[[Any, Any], None]:
    """What WeasyPrint calls with its PDF objects (pydyf's), just before it writes them."""
    return lambda _document, pdf: finish(pdf, finishing)


def _page_css(page_size: str, bleed_mm: float, margins: dict[str, float]) -> str:
    """The page rules book.toml sets, after the stylesheets: they win over the design's."""
    # No `marks`: WeasyPrint would draw them inside the bleed; pdffile draws them outside it.
    bleed = f" bleed: {bleed_mm:g}mm; marks: none;" if bleed_mm > 0 else ""
    css = f"@page {{ size: {PAGE_SIZES[page_size]};{bleed}{_declarations(margins, top='top', bottom='bottom')} }}"
    # A right-hand page has the spine on its left; the cover's own `margin: 0` (a named page) still wins.
    for side, declarations in (
        (":left", _declarations(margins, outer="left", inner="right")),
        (":right", _declarations(margins, inner="left", outer="right")),
    ):
        css += f"\n@page {side} {{{declarations} }}" if declarations else ""
    return css


def _declarations(margins: dict[str, float], **sides: str) -> str:
    return "".join(f" margin-{side}: {margins[key]:g}mm;" for key, side in sides.items() if key in margins)


def _report(found: list[str], messages: list[str] | None) -> None:
    for message in found:
        if is_harmless(message):
            log.debug("weasyprint: %s", message)
        else:
            warn(f"weasyprint: {message}")
    if messages is not None:
        messages.extend(found)


def _restricted_fetcher(allowed: list[Path]):  # type: ignore[no-untyped-def]
    """A URL fetcher that reads files under `allowed` (and data: URLs) and refuses the rest."""
    from urllib.parse import unquote, urlsplit

    from weasyprint.urls import FatalURLFetchingError, URLFetcher

    roots = [path.resolve() for path in allowed]

    class BookFetcher(URLFetcher):  # type: ignore[misc]
        def fetch(self, url: str, headers=None):  # type: ignore[no-untyped-def]
            parts = urlsplit(url)
            if parts.scheme == "data":
                return super().fetch(url, headers)
            # Only a host-less file: URL; for `file://host/…` urllib would first look the host up (DNS).
            if parts.scheme == "file" and not parts.netloc:
                path = Path(unquote(parts.path)).resolve()
                if any(path.is_relative_to(root) for root in roots):
                    return super().fetch(url, headers)
            raise FatalURLFetchingError(f"refused to fetch {url}: a book reads only its own files")

    return BookFetcher(allowed_protocols={"file", "data"}, fail_on_errors=True)


class _weasyprint_messages:
    """Collect WeasyPrint's log messages instead of letting them reach the terminal."""

    def __enter__(self) -> list[str]:
        self.messages: list[str] = []
        self.logger = logging.getLogger("weasyprint")
        self.handler = _ListHandler(self.messages)
        self.logger.addHandler(self.handler)
        self.propagate = self.logger.propagate
        self.logger.propagate = False
        return self.messages

    def __exit__(self, *exc: object) -> None:
        self.logger.removeHandler(self.handler)
        self.logger.propagate = self.propagate


class _ListHandler(logging.Handler):
    def __init__(self, messages: list[str]) -> None:
        super().__init__(logging.WARNING)
        self.messages = messages

    def emit(self, record: logging.LogRecord) -> None:
        self.messages.append(record.getMessage())


def pad_for_binding(document: Any, multiple: int = 4) -> Any:
    """Blank pages before the back cover (the last page) so a folded booklet has whole sheets."""
    missing = -len(document.pages) % multiple
    if not missing:
        return document
    import weasyprint

    first = document.pages[0]
    blank_css = weasyprint.CSS(string=f"@page {{ size: {first.width}px {first.height}px; margin: 0 }}")
    blank = weasyprint.HTML(string="<html><body></body></html>").render(stylesheets=[blank_css]).pages[0]
    pages = [*document.pages[:-1], *[blank] * missing, document.pages[-1]]
    return document.copy(pages)
