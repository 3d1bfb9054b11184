"""Stage 6a: print HTML → PDF, with WeasyPrint.

WeasyPrint is imported here only, when a PDF is wanted: it is the slow import.
Its URL fetcher is limited to the book's own folders, so a stylesheet or an
image can never reach the network or the rest of the disk.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from .errors import RenderError
from .output import atomic_path

PAGE_SIZES = {"A5": "A5", "B5": "B5", "6x9in": "6in 9in", "Letter": "letter"}


def lay_out(html: str, *, base: Path, styles: list[Path], page_size: str, allowed: list[Path]) -> Any:
    """Lay out the print HTML into pages (a WeasyPrint Document): the slow step."""
    import weasyprint
    from weasyprint.text.fonts import FontConfiguration
    from weasyprint.urls import FatalURLFetchingError

    fetcher = _restricted_fetcher(allowed)
    fonts = FontConfiguration()  # @font-face rules register here; WeasyPrint needs it on both calls
    with _weasyprint_messages() as messages:
        try:
            stylesheets = [
                weasyprint.CSS(filename=str(path), url_fetcher=fetcher, font_config=fonts) for path in styles
            ]
            stylesheets.append(weasyprint.CSS(string=f"@page {{ size: {PAGE_SIZES[page_size]}; }}", font_config=fonts))
            document = weasyprint.HTML(string=html, base_url=str(base) + "/", url_fetcher=fetcher).render(
                stylesheets=stylesheets, presentational_hints=False, font_config=fonts
            )
        except FatalURLFetchingError as err:
            raise RenderError(str(err)) from None
    _report(messages)
    return document


def write_document(document: Any, target: Path) -> None:
    """Write the laid-out pages as a PDF, atomically."""
    with _weasyprint_messages() as messages, atomic_path(target) as temporary:
        document.write_pdf(temporary, pdf_identifier=b"booksmith", uncompressed_pdf=False)
    _report(messages)


def _report(messages: list[str]) -> None:
    for message in messages:
        logging.getLogger("booksmith").debug("weasyprint: %s", message)


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
            if parts.scheme == "file":
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
