"""The print layout as a stage: the book's pages laid out once and handed to both writers.

A `PrintLayout` is the print HTML laid out with a `PrintSetup`: the laid-out pages (one
WeasyPrint Document, or the parallel layout's parts), their count and the page map. The PDF
writer writes its pages; the EPUB's page list follows its page map. The page map is saved
under the build folder, keyed by everything the print HTML and its layout are made from
(the typeset book, the templates, the styles and fonts, the images, the page setup, the
versions of booksmith, Jinja and WeasyPrint), so an EPUB built alone reuses it without
laying the book out or rendering the print HTML again. The layout's first page, the cover,
is kept beside it as PDF (`coverimage`): drawn as a picture, it is the EPUB's cover image, drawn
only by a build that writes an EPUB (a PDF alone never needs the picture, the largest thing
a small book's build held in memory).
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
from dataclasses import asdict, dataclass
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .. import __version__
from ..config.styles import font_files
from ..errors import BooksmithError
from ..model import Book, Chapter, Figure, PageStart, block_letters
from ..output import write_bytes_atomic, write_text_atomic
from . import pagemap
from .finishing import Finishing, binding_padding
from .layout import PrintSetup, lay_out, pad_for_binding
from .photos import PrintedPhoto, printed_photos

if TYPE_CHECKING:
    from .parts import Parts

PAGE_MAP = "pagemap.json"  # in the build folder: the saved layout's page count and page map
MAX_PAGE_MAP_BYTES = 64 * 1024 * 1024  # a 1,000-page book's map is about 150 kB
MAX_INPUT_BYTES = 256 * 1024 * 1024  # a stylesheet, font or photo of a book is far smaller
COVER = "cover.pdf"  # beside it: the layout's first page, to draw as the EPUB's cover
_TEMPLATES = Path(__file__).parents[1] / "html" / "templates"


@dataclass(frozen=True)
class PrintLayout:
    """The print edition laid out; a layout read back from the build folder has only its page map."""

    pages: int
    page_starts: tuple[PageStart, ...]
    cover_pdf: bytes  # a PDF whose first page is the layout's first page, the cover
    html: str | None = None  # what was laid out, and with what: to lay it out again in one process
    setup: PrintSetup | None = None
    document: Any = None  # the one-process layout: a WeasyPrint Document, padded for binding
    parts: Parts | None = None  # or the parallel layout's parts (`parts`, joined by `join`)
    photos: tuple[PrintedPhoto, ...] = ()  # how sharp each photo prints (`photos`)

    @cached_property
    def cover_png(self) -> bytes:
        """The cover as the EPUB's cover image, drawn the first time it is asked for."""
        from .coverimage import cover_from_pdf

        return cover_from_pdf(self.cover_pdf)

    def write(self, editions: dict[Path, Finishing], messages: list[str]) -> None:
        """Each edition's finished PDF. A parallel layout whose parts cannot be joined raises NotParallel."""
        if self.document is not None:
            from .write import write_document

            write_document(self.document, editions, messages)
        elif self.parts is not None:
            from . import join

            for target, finishing in editions.items():  # a join each, as each is a write of its own
                join.join(self.parts, finishing, target)
        else:
            raise ValueError("a page map read back from the build folder has no pages to write")

    def in_one_process(self, messages: list[str]) -> PrintLayout:
        """The same HTML laid out again in one process (when a parallel layout could not be joined)."""
        assert self.html is not None and self.setup is not None
        return lay_out_book(self.html, self.setup, messages)


def lay_out_book(html: str, setup: PrintSetup, messages: list[str]) -> PrintLayout:
    """The book laid out in this process, padded to whole sheets."""
    from .coverimage import cover_page

    document = pad_for_binding(lay_out(html, setup, messages))
    cover = cover_page(document)
    starts, photos = pagemap.page_map(document), printed_photos(document)
    return PrintLayout(len(document.pages), starts, cover, html, setup, document=document, photos=photos)


def lay_out_book_in_parts(
    html: str, setup: PrintSetup, jobs: int | None, work: Path, kept: Path | None = None
) -> PrintLayout:
    """The book laid out part by part, by up to `jobs` forked workers (see `parts`); NotParallel when that
    cannot promise the one-pass pages. The parts' files live in `work` until the layout is written; with `kept`, the
    parts an earlier build laid out from the same inputs are taken from there (`partcache`)."""
    from .parts import book_page_map, lay_out_in_parts, say

    parts = lay_out_in_parts(html, setup, jobs, work, kept)
    say(parts.messages)  # once each, and only for the laid-out book
    padding = binding_padding(parts.pages())
    starts = book_page_map(parts, padding)
    cover = parts.front.path.read_bytes()  # the front matter's part: the cover is its first page
    return PrintLayout(parts.pages() + padding, starts, cover, html, setup, parts=parts, photos=parts.photos())


def save(layout: PrintLayout, key: str, build_dir: Path) -> None:
    """The layout's page count, page map and cover kept in the build folder, for an EPUB built later."""
    write_bytes_atomic(build_dir / COVER, layout.cover_pdf)
    data = {
        "key": key,
        "pages": layout.pages,
        "cover": hashlib.sha256(layout.cover_pdf).hexdigest(),
        "starts": [asdict(start) for start in layout.page_starts],
    }
    write_text_atomic(build_dir / PAGE_MAP, json.dumps(data, ensure_ascii=False, indent=1) + "\n")


def saved(key: str, build_dir: Path, book: Book) -> PrintLayout | None:
    """What an earlier build kept of a layout made from the same inputs (no pages to write), or None.

    Kept in build/, a cache: read only as regular files (never through a link), and used only when it
    holds together (a cover of the digest it names, page numbers in order within the book, no more pages
    than the book could fill, every page beginning at a place the book has)."""
    from ..manuscript.sources import read_regular

    try:
        data = json.loads(read_regular(build_dir / PAGE_MAP, MAX_PAGE_MAP_BYTES, follow_links=False))
        if data.get("key") != key:
            return None
        cover = read_regular(build_dir / COVER, MAX_INPUT_BYTES, follow_links=False)
        if hashlib.sha256(cover).hexdigest() != data["cover"]:
            return None  # another build's cover, or a damaged one
        pages = data["pages"]
        starts = tuple(PageStart(**start) for start in data["starts"])
    except (BooksmithError, ValueError, TypeError, KeyError, AttributeError):
        return None
    numbers = [start.page for start in starts]
    fields_fit = all(
        isinstance(s.target, str) and isinstance(s.snippet, str) and type(s.letters) is int for s in starts
    )
    if (
        type(pages) is not int
        or not fields_fit
        or numbers != sorted(set(numbers))
        or not set(numbers) <= set(range(1, pages + 1))
        or pages > most_pages(book)
        or not {start.target for start in starts} <= _places(book)
    ):
        return None
    layout = PrintLayout(pages=pages, page_starts=starts, cover_pdf=cover)
    try:  # drawn now (an EPUB build is what reads a saved layout): a cover PDFium cannot draw is no layout
        drawn = bool(layout.cover_png)
    except (RuntimeError, IndexError, ValueError, OSError):  # pypdfium2's PdfiumError is a RuntimeError
        drawn = False
    return layout if drawn else None


def most_pages(book: Book) -> int:
    """More pages than the book could fill: front and back matter, and for each chapter an opener and a
    blank page, two pages for each block (a photo, a short line of a list) and one for every 300 of its
    letters, where a page of text holds some 2,000: a generous bound, for a map that claims more."""

    def chapter_pages(chapter: Chapter) -> int:
        text = sum(len(block_letters(block)) for block in chapter.blocks)
        return 6 + 2 * len(chapter.blocks) + text // 300

    return 24 + sum(chapter_pages(chapter) for chapter in book.chapters)


def _places(book: Book) -> set[str]:
    """The ids a page of the print edition can begin at: the sources page, each chapter and its blocks."""
    places = {"sources"}
    for chapter in book.chapters:
        places.add(chapter.id)
        places.update(block_id for block_id, _ in chapter.block_ids())
    return places


def layout_key(book: Book, setup: PrintSetup, cover_image: Path | None) -> str:
    """A digest of everything the print layout is made from that can change between builds."""
    digest = hashlib.sha256(f"{pagemap.FORMAT}\n{setup.key()}\n{__version__}\n".encode())
    digest.update(release_bytes("weasyprint") + release_bytes("jinja2"))
    digest.update(repr(book).encode("utf-8"))  # the typeset book: the print HTML is made from it
    images = [setup.base / b.image for c in book.chapters for b in c.blocks if isinstance(b, Figure) and b.image]
    templates = sorted(_TEMPLATES.rglob("*.j2"))
    for path in [
        *templates,
        *setup.styles,
        *font_files(path.parent for path in setup.styles),
        *images,
        *filter(None, [cover_image]),
    ]:
        digest.update(str(path.name).encode() + b"\n")
        digest.update(path.read_bytes() if path.is_file() else b"(missing)")
    return digest.hexdigest()


def key_bytes(path: Path) -> bytes:
    """A file's bytes for the key; what is not a regular file, or is too large to be one of a book's, is
    named instead (the layout then reports it, or the checks before it have)."""
    from ..manuscript.sources import read_regular

    try:
        return read_regular(path, MAX_INPUT_BYTES)
    except BooksmithError as err:
        return f"(not read: {err.message})".encode()


def release_bytes(package: str) -> bytes:
    """A package's `__init__.py`, where its version is written, found without importing it (WeasyPrint
    is the slow import) or importlib.metadata (a slow import too, for an EPUB that needs no layout)."""
    spec = importlib.util.find_spec(package)
    try:
        return Path(spec.origin).read_bytes() if spec is not None and spec.origin else b"(none)"
    except OSError:
        return b"(unreadable)"
