"""The print HTML laid out into pages, with WeasyPrint: the slow step.

WeasyPrint is imported here only, when a layout is wanted: it is the slow import. Its URL
fetcher is limited to the book's own folders, so a stylesheet or an image can never reach
the network or the rest of the disk. `PrintSetup` is everything the layout is given besides
the HTML, made once from book.toml; `write` writes the pages as the finished file.
WeasyPrint's log messages are collected: the known harmless ones stay at debug level, any
other is a warning.
"""

from __future__ import annotations

import atexit
import hashlib
import logging
import re
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..errors import RenderError, warn
from .finishing import binding_padding

PAGE_SIZES = {"A5": "A5", "B5": "B5", "6x9in": "6in 9in", "Letter": "letter"}
PDF_VARIANT = "pdf/ua-1"  # tagged, with XMP metadata; finishing takes out its claim of PDF/UA-1 conformance
log = logging.getLogger("booksmith")

# Messages WeasyPrint may print that say nothing about the book. Anything else is a warning,
# and fails the tests: a missing image, an unknown CSS property, a font that would not load.
HARMLESS = (
    # Systems without libharfbuzz-subset: fonts are still subset, by fontTools.
    re.compile(r"^Using fontTools instead of HarfBuzz-Subset for font "),
)


def is_harmless(message: str) -> bool:
    return any(pattern.search(message) for pattern in HARMLESS)


@dataclass(frozen=True)
class PrintSetup:
    """Everything a print layout is given besides its HTML: the same for the whole book and every part."""

    base: Path  # the manuscript folder: relative image paths start here
    styles: tuple[Path, ...]  # the CSS layers, in cascade order
    page_size: str  # a key of PAGE_SIZES
    allowed: tuple[Path, ...]  # the folders the URL fetcher may read
    margins_mm: tuple[tuple[str, float], ...] = ()  # book.toml's margins (top, bottom, inner, outer)
    bleed_mm: float = 0.0  # a shop edition's: one layout serves every edition
    work: Path | None = None  # the build's scratch folder: WeasyPrint copies @font-face fonts there

    def key(self) -> str:
        """What of the setup changes where pages break (the bleed does not: it lies outside the trim)."""
        return f"{self.page_size} {sorted(self.margins_mm)}"


_LANGUAGE = re.compile(r'\blang="([^"]+)"')


def lay_out(html: str, setup: PrintSetup, messages: list[str] | None = None, extra_css: str = "") -> Any:
    """Lay out the print HTML into pages (a WeasyPrint Document).

    With a bleed, every page reaches `bleed_mm` beyond its trim; page backgrounds fill it.
    WeasyPrint's messages are logged and, when `messages` is given, added to it.
    `extra_css` comes last (the parallel layout's filled-in page numbers and folio sheets).
    """
    import weasyprint
    from weasyprint.urls import FatalURLFetchingError

    from ..typeset.hyphens import lend_to_pyphen

    lend_to_pyphen(set(_LANGUAGE.findall(html)))  # the languages WeasyPrint may hyphenate in
    fetcher = _restricted_fetcher(list(setup.allowed))
    with weasyprint_messages() as found:
        try:
            fonts, parsed = _parsed_stylesheets(setup, fetcher)
            stylesheets = list(parsed)
            if extra_css:
                stylesheets.append(weasyprint.CSS(string=extra_css, font_config=fonts))
            document = weasyprint.HTML(string=html, base_url=str(setup.base) + "/", url_fetcher=fetcher).render(
                stylesheets=stylesheets, presentational_hints=False, font_config=fonts
            )
        except FatalURLFetchingError as err:
            raise RenderError(str(err)) from None
    report(found, messages)
    return document


# The stylesheets parsed once per process for the setup they were parsed for (the parts of one book are
# laid out many to a process: parsing them and registering the fonts cost 0.09 s a layout). Keyed by the
# files' bytes, so a build after an edit (`serve`, `watch`) parses them again; only the last is kept.
_PARSED: dict[tuple[Any, ...], tuple[Any, tuple[Any, ...]]] = {}
atexit.register(_PARSED.clear)  # before the interpreter takes its modules apart: WeasyPrint's cleanup needs them


def _parsed_stylesheets(setup: PrintSetup, fetcher: Any) -> tuple[Any, tuple[Any, ...]]:
    """The font configuration (@font-face rules register there) and the setup's stylesheets, page rules last."""
    import weasyprint

    page_css = _page_css(setup.page_size, setup.bleed_mm, dict(setup.margins_mm))
    files = tuple((str(path), hashlib.sha256(path.read_bytes()).digest()) for path in setup.styles)
    key = (files, page_css, setup.work, setup.allowed)
    if key not in _PARSED:
        fonts = _font_configuration(setup.work)
        parsed = [weasyprint.CSS(filename=str(path), url_fetcher=fetcher, font_config=fonts) for path in setup.styles]
        parsed.append(weasyprint.CSS(string=page_css, font_config=fonts))
        _PARSED.clear()
        _PARSED[key] = (fonts, tuple(parsed))
    return _PARSED[key]


def _font_configuration(work: Path | None) -> Any:
    """WeasyPrint's font configuration, copying the @font-face fonts into the build's scratch folder:
    its own choice, a `weasyprint-*` folder in the system's temporary folder, is removed only when the
    configuration is collected, which at the end of a process it often is not (one left per build)."""
    from weasyprint.text.fonts import FontConfiguration

    fonts = FontConfiguration()
    if work is not None and hasattr(fonts, "_folder"):
        work.mkdir(parents=True, exist_ok=True)
        fonts._folder = Path(tempfile.mkdtemp(prefix="fonts-", dir=work))  # WeasyPrint 70's attribute
    return fonts


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


def report(found: list[str], messages: list[str] | None) -> None:
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
                    if path.exists() and not path.is_file():  # a FIFO or a device would block the layout
                        raise FatalURLFetchingError(f"refused to fetch {url}: not a regular file")
                    return super().fetch(url, headers)
            raise FatalURLFetchingError(f"refused to fetch {url}: a book reads only its own files")

    return BookFetcher(allowed_protocols={"file", "data"}, fail_on_errors=True)


class weasyprint_messages:
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


def pad_for_binding(document: Any) -> Any:
    """Blank pages before the back cover (the last page) so a folded booklet has whole sheets."""
    missing = binding_padding(len(document.pages))
    if not missing:
        return document
    import weasyprint

    first = document.pages[0]
    blank_css = weasyprint.CSS(string=f"@page {{ size: {first.width}px {first.height}px; margin: 0 }}")
    blank = weasyprint.HTML(string="<html><body></body></html>").render(stylesheets=[blank_css]).pages[0]
    pages = [*document.pages[:-1], *[blank] * missing, document.pages[-1]]
    return document.copy(pages)
