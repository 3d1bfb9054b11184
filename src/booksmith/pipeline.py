"""The build: every stage, in order. This is the only module that knows the order.

book.toml ─config─▶ Settings ─assemble─▶ chapters (build/chapters/*.md)
  ─typeset─▶ Book ─html─▶ print HTML ─pdf─▶ dist/booklet.pdf
                       └─▶ XHTML pages ─epub─▶ dist/booklet.epub
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from . import config
from .assemble import assemble_book
from .config import Settings
from .errors import BooksmithError, ConfigError
from .model import Book, BookMeta, Contributor, Figure, ListBlock, Quotation
from .typeset import typeset_book

FORMATS = ("pdf", "epub")
StageHook = Callable[[str], None]  # told each stage's name as it starts (the progress display)
PACKAGE_DIR = Path(__file__).parent


def styles_dir() -> Path:
    """The core stylesheets: inside the installed package, or the source tree's `styles/`."""
    for candidate in (PACKAGE_DIR / "styles", PACKAGE_DIR.parents[1] / "styles"):
        if (candidate / "common.css").is_file():
            return candidate
    raise BooksmithError("booksmith's stylesheets are missing (reinstall booksmith)")


def style_paths(styles: Path, manuscript: Path, edition: str) -> list[Path]:
    """The CSS layers in cascade order: core, the edition's, then the book's own."""
    paths = [styles / "common.css", styles / f"{edition}.css"]
    own = manuscript / "styles" / "book.css"
    return paths + ([own] if own.is_file() else [])


@dataclass(frozen=True)
class BuildOptions:
    manuscript: Path
    out: Path
    build: Path
    formats: tuple[str, ...] = FORMATS


@dataclass
class BuildResult:
    outputs: list[Path] = field(default_factory=list)
    pages: int | None = None
    chapters: int = 0
    words: int = 0
    timings: dict[str, float] = field(default_factory=dict)
    on_stage: StageHook | None = field(default=None, repr=False, compare=False)

    @contextmanager
    def timed(self, stage: str) -> Iterator[None]:
        if self.on_stage is not None:
            self.on_stage(stage)
        start = time.perf_counter()
        yield
        self.timings[stage] = self.timings.get(stage, 0.0) + time.perf_counter() - start


def book_meta(settings: Settings) -> BookMeta:
    book = settings.config.book
    people = tuple(Contributor(p) if isinstance(p, str) else Contributor(p.name, p.role) for p in book.editors)
    return BookMeta(
        title=book.title,
        language=book.language,
        identifier=settings.identifier(),
        date=settings.date(),
        subtitle=book.subtitle,
        contributors=people,
        publisher=book.publisher,
        rights=book.rights,
        description=book.description,
        edition=book.edition,
    )


def load_book(settings: Settings, build_dir: Path, result: BuildResult) -> Book:
    with result.timed("assemble"):
        chapters = assemble_book(settings, build_dir)
    with result.timed("typeset"):
        return typeset_book(Book(book_meta(settings), chapters))


def build(options: BuildOptions, on_stage: StageHook | None = None) -> BuildResult:
    unknown = set(options.formats) - set(FORMATS)
    if unknown:
        raise ConfigError(f"unknown output format: {', '.join(sorted(unknown))}")
    result = BuildResult(on_stage=on_stage)
    settings = config.load(options.manuscript)  # fails before any work is done
    book = load_book(settings, options.build, result)
    result.chapters = len(book.chapters)
    result.words = count_words(book)
    styles = styles_dir()
    if "pdf" in options.formats:
        result.pages = _build_pdf(book, settings, styles, options.out / "booklet.pdf", result)
        result.outputs.append(options.out / "booklet.pdf")
    if "epub" in options.formats:
        _build_epub(book, settings, styles, options.out / "booklet.epub", result)
        result.outputs.append(options.out / "booklet.epub")
    return result


def count_words(book: Book) -> int:
    """The words a reader reads: every block's text, captions included."""
    total = 0
    for chapter in book.chapters:
        for block in chapter.blocks:
            if isinstance(block, Quotation):
                parts = [*block.lines, block.attribution or ""]
            elif isinstance(block, Figure):
                parts = [block.caption]
            elif isinstance(block, ListBlock):
                parts = list(block.items)
            else:
                parts = [block.text]
            total += sum(len(part.split()) for part in parts)
    return total


def _build_pdf(book: Book, settings: Settings, styles: Path, target: Path, result: BuildResult) -> int:
    from .html import print_html
    from .pdf import lay_out, write_document

    with result.timed("html"):
        html = print_html(book)
    with result.timed("layout"):
        document = lay_out(
            html,
            base=settings.root,
            styles=style_paths(styles, settings.root, "print"),
            page_size=settings.config.print.page_size,
            allowed=[settings.root, styles, PACKAGE_DIR],
        )
    with result.timed("write"):
        write_document(document, target)
    return len(document.pages)


def _build_epub(book: Book, settings: Settings, styles: Path, target: Path, result: BuildResult) -> None:
    from .epub import ebook_css, write_epub

    with result.timed("epub"):
        css = ebook_css(style_paths(styles, settings.root, "ebook"))
        write_epub(book, target, css, hyphenate=settings.config.ebook.hyphenate)
