"""The build: every stage, in order. This is the only module that knows the order.

book.toml ─config─▶ Settings ─assemble─▶ chapters (build/chapters/*.md)
  ─typeset─▶ Book ─html─▶ print HTML ─pdf─▶ dist/booklet.pdf (and booklet-shop.pdf) ─impose─▶ booklet-imposed.pdf
                       └─▶ XHTML pages ─epub─▶ dist/booklet.epub
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from . import config, interrupts
from .config.settings import Settings
from .errors import BooksmithError, ConfigError, RenderError
from .model import Book, BookMeta, Contributor, Figure, block_texts
from .output import outputs_together

if TYPE_CHECKING:
    from .pdf.finishing import Finishing
    from .pdf.pagemap import PageStart

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
    if own.is_file() and config.resolve_inside(manuscript, "styles/book.css") is None:
        raise RenderError("is a link to a file outside the manuscript folder", own, hint="copy the file in instead")
    return paths + ([own] if own.is_file() else [])


COVER_IMAGES = ("cover.jpg", "cover.jpeg", "cover.png")  # next to book.toml, like styles/book.css


def cover_image(manuscript: Path) -> str | None:
    """The photo for the print cover, when the manuscript has one (found by its name)."""
    return next((name for name in COVER_IMAGES if (manuscript / name).is_file()), None)


def print_style_paths(styles: Path, settings: Settings) -> list[Path]:
    """The print layers: print.css, then its trim size's margins and type (print-B5.css …), then the book's."""
    paths = style_paths(styles, settings.root, "print")
    size = styles / f"print-{settings.config.print.page_size}.css"
    return [*paths[:2], size, *paths[2:]] if size.is_file() else paths


@dataclass(frozen=True)
class BuildOptions:
    manuscript: Path
    out: Path
    build: Path
    formats: tuple[str, ...] = FORMATS
    print_variant: str | None = None  # "shop" adds dist/booklet-shop.pdf; None: book.toml's [print] variant
    booklet: bool = False  # also impose the PDF for home duplex printing (dist/booklet-imposed.pdf)
    jobs: int = 1  # 2 or more: the PDF laid out in that many processes when the pages are sure to be the same


PRINT_VARIANTS = ("home", "shop")
PDF_NAMES = {"home": "booklet.pdf", "shop": "booklet-shop.pdf"}
IMPOSED_NAME = "booklet-imposed.pdf"


@dataclass
class BuildResult:
    outputs: list[Path] = field(default_factory=list)
    pages: int | None = None
    chapters: int = 0
    words: int = 0
    timings: dict[str, float] = field(default_factory=dict)
    weasyprint_messages: list[str] = field(default_factory=list)  # all of them, harmless ones too
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
    # Imported once book.toml has passed: a config error answers without loading the stages.
    from .manuscript.assemble import assemble_book
    from .typeset.typography import typeset_book

    with result.timed("assemble"):
        chapters = assemble_book(settings, build_dir)
    with result.timed("typeset"):
        return typeset_book(Book(book_meta(settings), chapters))


def build(options: BuildOptions, on_stage: StageHook | None = None) -> BuildResult:
    unknown = set(options.formats) - set(FORMATS)
    if unknown:
        raise ConfigError(f"unknown output format: {', '.join(sorted(unknown))}")
    if options.print_variant not in (None, *PRINT_VARIANTS):
        raise ConfigError(f"unknown print variant: {options.print_variant} (home or shop)")
    result = BuildResult(on_stage=on_stage)
    settings = config.load(options.manuscript)  # fails before any work is done
    book = load_book(settings, options.build, result)
    result.chapters = len(book.chapters)
    result.words = count_words(book)
    styles = styles_dir()
    with result.timed("libraries"):
        interrupts.load(*_libraries(options))
    page_starts: tuple[PageStart, ...] | None = None  # the print layout's page map, once it is known
    with outputs_together(options.out) as written:  # a failure half way leaves every earlier output as it was
        if "pdf" in options.formats or options.booklet:
            shop = (options.print_variant or settings.config.print.variant) == "shop"
            variants = ("home", "shop") if shop else ("home",)
            editions = {options.out / PDF_NAMES[variant]: _finishing(settings, variant) for variant in variants}
            result.pages, page_starts = _build_pdf(
                book, settings, styles, editions, result, options.build, options.jobs
            )
            result.outputs.extend(editions)
            if options.booklet:
                _impose(written.latest(options.out / PDF_NAMES["home"]), options.out / IMPOSED_NAME, settings, result)
        if "epub" in options.formats:
            if page_starts is None:  # no PDF in this run: the saved page map, or a layout now
                page_starts = _print_page_starts(book, settings, styles, options.build, result)
            _build_epub(book, settings, styles, options.out / "booklet.epub", result, page_starts, options.build)
            result.outputs.append(options.out / "booklet.epub")
    return result


def _libraries(options: BuildOptions) -> list[str]:
    """The stages with native libraries beneath, imported with Ctrl-C held (see `interrupts`)."""
    wants_pdf = "pdf" in options.formats or options.booklet
    pdf = ["weasyprint"] if wants_pdf else []
    parts = ["booksmith.pdf.parts", "booksmith.pdf.join"] if wants_pdf and options.jobs > 1 else []  # pikepdf too
    booklet = ["booksmith.pdf.impose"] if options.booklet else []  # pikepdf: imposing needs it
    epub = ["booksmith.epub.package", "booksmith.epub.cover"] if "epub" in options.formats else []
    return ["booksmith.pdf.layout", *pdf, *parts, *booklet, *epub]  # an EPUB may lay the print out too


def count_words(book: Book) -> int:
    """The words a reader reads: every block's text, captions and credits included."""
    blocks = (block for chapter in book.chapters for block in chapter.blocks)
    return sum(len(text.split()) for block in blocks for text in block_texts(block))


def _build_pdf(
    book: Book,
    settings: Settings,
    styles: Path,
    editions: dict[Path, Finishing],
    result: BuildResult,
    build_dir: Path,
    jobs: int = 1,
) -> tuple[int, tuple[PageStart, ...]]:
    """Lay the book out once and write every print edition; returns the page count and page map."""
    from .html.render import COMPILED_TEMPLATES, print_html
    from .pdf.glyphs import warn_uncovered
    from .pdf.layout import write_document

    with result.timed("glyphs"):  # a character no font has would print as an empty box
        warn_uncovered(book, settings, [styles, settings.root / "styles"])
    with result.timed("html"):
        html = print_html(book, cover_image(settings.root), build_dir / COMPILED_TEMPLATES)
    bleed_mm = max(finishing.bleed_mm for finishing in editions.values())  # one layout serves every edition
    if jobs > 1:
        joined = _build_pdf_in_parts(html, book, settings, styles, bleed_mm, editions, result, build_dir, jobs)
        if joined is not None:
            return joined
    with result.timed("layout"):
        document = _lay_out_print(html, settings, styles, bleed_mm, result.weasyprint_messages)
    with result.timed("pagemap"):  # saved for the EPUB's page list, so the book is laid out once
        starts = _save_page_map(document, _layout_key(html, book, settings, styles), build_dir)
    pages = len(document.pages)
    with result.timed("write"):
        write_document(document, editions, result.weasyprint_messages)
    return pages, starts


def _build_pdf_in_parts(
    html: str,
    book: Book,
    settings: Settings,
    styles: Path,
    bleed_mm: float,
    editions: dict[Path, Finishing],
    result: BuildResult,
    build_dir: Path,
    jobs: int,
) -> tuple[int, tuple[PageStart, ...]] | None:
    """The PDF laid out in `jobs` processes and joined (see `pdfparts`), or None, said why, when the
    joined file could differ from the one-process file: then the caller lays it out in one process."""
    import tempfile

    from .errors import note
    from .pdf import join as pdfjoin
    from .pdf import pagemap
    from .pdf import parts as pdfparts

    setup = _print_setup(settings, styles)
    layout = pdfparts.Layout(
        setup["base"],
        tuple(setup["styles"]),
        setup["page_size"],
        tuple(setup["allowed"]),
        tuple(setup["margins_mm"].items()),
        bleed_mm,
    )
    try:
        if layout.styles[-1].name == "book.css":  # its rules could make a chapter's pages depend on where it starts
            raise pdfparts.NotParallel("the book has its own styles/book.css")
        with tempfile.TemporaryDirectory(dir=build_dir, prefix="parts-") as work:
            with result.timed("layout"):
                parts = pdfparts.lay_out_in_parts(html, layout, jobs, Path(work))
            with result.timed("write"):
                for target, finishing in editions.items():  # a join each, as each is a write of its own
                    padding = pdfjoin.join(parts, finishing, target)
    except pdfparts.NotParallel as why:
        note(f"--jobs {jobs}: laid out in one process: {why}")
        return None
    pdfparts.say(parts.messages)  # once each, and only for the joined book (a fallback says its own)
    result.weasyprint_messages.extend(parts.messages)
    pages = parts.starts[-1] + parts.body[-1].pages + padding
    with result.timed("pagemap"):
        starts = pdfparts.book_page_map(parts, padding)
        pagemap.save(starts, pages, _layout_key(html, book, settings, styles), build_dir / PAGE_MAP)
    return pages, starts


def _lay_out_print(
    html: str, settings: Settings, styles: Path, bleed_mm: float = 0.0, messages: list[str] | None = None
) -> Any:
    from .pdf.layout import lay_out, pad_for_binding

    document = lay_out(html, **_print_setup(settings, styles), bleed_mm=bleed_mm, messages=messages)
    return pad_for_binding(document)


def _print_setup(settings: Settings, styles: Path) -> dict[str, Any]:
    """What `pdf.lay_out` is given for the print edition besides the HTML, the bleed and the messages."""
    page = settings.config.print
    return {
        "base": settings.root,
        "styles": print_style_paths(styles, settings),
        "page_size": page.page_size,
        "allowed": [settings.root, styles, PACKAGE_DIR],
        "margins_mm": page.margins_mm.given(),
    }


def _finishing(settings: Settings, variant: str) -> Finishing:
    from .pdf.finishing import Finishing

    if variant == "home":
        return Finishing()
    shop = settings.config.print
    return Finishing(bleed_mm=shop.bleed_mm, crop_marks=shop.crop_marks)


def _impose(pdf: Path, target: Path, settings: Settings, result: BuildResult) -> None:
    from .pdf.impose import impose

    with result.timed("impose"):
        impose(pdf, target, page_size=settings.config.print.page_size, creep_mm=settings.config.print.creep_mm)
    result.outputs.append(target)


def _build_epub(
    book: Book,
    settings: Settings,
    styles: Path,
    target: Path,
    result: BuildResult,
    page_starts: tuple[PageStart, ...],
    build_dir: Path,
) -> None:
    from .epub.cover import cover_png, team_blue
    from .epub.package import Edition, ebook_css, write_epub
    from .epub.stylesheets import check_ebook_stylesheets
    from .html.render import COMPILED_TEMPLATES, contributors_line

    with result.timed("epub"):
        ebook = settings.config.ebook
        meta = book.meta
        blue = team_blue(style_paths(styles, settings.root, "print"))
        cover = cover_png(meta.title, meta.subtitle, contributors_line(book), styles / "fonts", blue)
        edition = Edition(
            css=ebook_css(check_ebook_stylesheets(style_paths(styles, settings.root, "ebook"))),
            cover_png=cover,
            manuscript=settings.root,
            hyphenate=ebook.hyphenate,
            page_starts=page_starts,
            print_source=ebook.print_source,
            accessibility_summary=ebook.accessibility_summary,
            compiled_templates=build_dir / COMPILED_TEMPLATES,
        )
        write_epub(book, edition, target)


# --- the print layout's page map, shared by the PDF and the EPUB ---------------------------------

PAGE_MAP = "pagemap.json"


def _print_page_starts(
    book: Book, settings: Settings, styles: Path, build_dir: Path, result: BuildResult
) -> tuple[PageStart, ...]:
    """Where the printed pages begin: as the PDF build saved it, or laid out now (and saved)."""
    from .html.render import COMPILED_TEMPLATES, print_html
    from .pdf import pagemap

    with result.timed("html"):  # the print HTML again: the saved page map is keyed by it
        html = print_html(book, cover_image(settings.root), build_dir / COMPILED_TEMPLATES)
    key = _layout_key(html, book, settings, styles)
    saved = pagemap.load(key, build_dir / PAGE_MAP)
    if saved is not None:
        return saved
    with result.timed("layout"):
        document = _lay_out_print(html, settings, styles, messages=result.weasyprint_messages)
    with result.timed("pagemap"):
        return _save_page_map(document, key, build_dir)


def _save_page_map(document: Any, key: str, build_dir: Path) -> tuple[PageStart, ...]:
    from .pdf import pagemap

    starts = pagemap.page_map(document)
    pagemap.save(starts, len(document.pages), key, build_dir / PAGE_MAP)
    return starts


def _layout_key(html: str, book: Book, settings: Settings, styles: Path) -> str:
    from .pdf.pagemap import layout_key

    images = [settings.root / b.image for c in book.chapters for b in c.blocks if isinstance(b, Figure) and b.image]
    page = settings.config.print
    setup = f"{page.page_size} {sorted(page.margins_mm.given().items())}"  # both change where pages break
    return layout_key(html, print_style_paths(styles, settings), setup, images)
