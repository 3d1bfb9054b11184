"""The build: every stage, in order. This is the only module that knows the order.

book.toml ─config─▶ Settings ─manuscript─▶ chapters (build/chapters/*.md) ─typeset─▶ Book
  ─html─▶ print HTML ─pdf─▶ PrintLayout ─▶ dist/booklet.pdf (booklet-shop.pdf) ─impose─▶ booklet-imposed.pdf
  Book + PrintLayout's page map ─html, epub─▶ dist/booklet.epub
"""

from __future__ import annotations

import datetime as dt
import os
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from . import config, interrupts
from .config import Settings
from .config.styles import PACKAGE_DIR, cover_image, print_style_paths, style_paths, styles_dir
from .errors import ConfigError, log, note
from .model import Book, BookMeta, Chapter, Contributor, block_texts
from .output import outputs_together

if TYPE_CHECKING:
    from .pdf.finishing import Finishing
    from .pdf.layout import PrintSetup
    from .pdf.printlayout import PrintLayout

FORMATS = ("pdf", "epub")
StageHook = Callable[[str], None]  # told each stage's name as it starts (the progress display)


@dataclass(frozen=True)
class BuildOptions:
    manuscript: Path
    out: Path
    build: Path
    formats: tuple[str, ...] = FORMATS
    print_variant: str | None = None  # "shop" adds dist/booklet-shop.pdf; None: book.toml's [print] variant
    booklet: bool = False  # also impose the PDF for home duplex printing (dist/booklet-imposed.pdf)
    jobs: int | None = None  # the processes cleaning articles and laying out the PDF's parts; None: one a core
    whole: bool = False  # the PDF laid out in one pass, not by chapter (no parts kept): the parts' reference


PRINT_VARIANTS = ("home", "shop")
PDF_NAMES = {"home": "booklet.pdf", "shop": "booklet-shop.pdf"}
IMPOSED_NAME = "booklet-imposed.pdf"


@dataclass
class BuildResult:
    outputs: list[Path] = field(default_factory=list)
    pages: int | None = None
    chapters: int = 0
    words: int = 0
    timings: dict[str, float] = field(default_factory=dict)  # by stage, in the order they start
    weasyprint_messages: list[str] = field(default_factory=list)  # all of them, harmless ones too
    on_stage: StageHook | None = field(default=None, repr=False, compare=False)
    _open: list[tuple[str, list[float]]] = field(default_factory=list, repr=False, compare=False)

    @contextmanager
    def timed(self, stage: str) -> Iterator[None]:
        """The block's time, added to the stage's; a stage timed inside another (the libraries, loaded while the
        articles are cleaned) counts for itself alone, so the stages add up to the build."""
        if self.on_stage is not None:
            self.on_stage(stage)
        self.timings.setdefault(stage, 0.0)
        inner = [0.0]
        self._open.append((stage, inner))
        start = time.perf_counter()
        try:
            yield
        finally:
            elapsed = time.perf_counter() - start
            self._open.pop()
            self.timings[stage] += elapsed - inner[0]
            if self._open:
                self._open[-1][1][0] += elapsed
                if self.on_stage is not None:
                    self.on_stage(self._open[-1][0])  # back to the stage it ran inside


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


def load_book(
    settings: Settings,
    build_dir: Path,
    result: BuildResult,
    jobs: int | None = 1,
    meanwhile: Callable[[], None] | None = None,
) -> Book:
    """The book's chapters, assembled and typeset; `meanwhile` is done while workers clean the stale articles."""
    # Imported once book.toml has passed: a config error answers without loading the stages.
    from .manuscript.assemble import assemble_book
    from .typeset.typography import typeset_book

    with result.timed("assemble"):
        chapters = assemble_book(settings, build_dir, jobs=jobs, meanwhile=meanwhile)
    with result.timed("typeset"):
        return typeset_book(Book(book_meta(settings), chapters))


def check_stylesheets(settings: Settings, formats: tuple[str, ...] = FORMATS) -> str:
    """The book's stylesheets as both editions will read them: UTF-8, and for the EPUB nothing it cannot carry.
    Gives the EPUB's stylesheet as it was checked, so the EPUB carries what was checked and nothing edited since."""
    from .config.styles import check_design_tokens, read_stylesheet
    from .epub.stylesheets import check_ebook_stylesheets

    print_paths = print_style_paths(styles_dir(), settings)
    ebook_paths = style_paths(styles_dir(), settings.root, "ebook")
    texts = {path: read_stylesheet(path) for path in dict.fromkeys([*print_paths, *ebook_paths])}  # each read once
    if print_paths[-1].name == "book.css":
        check_design_tokens((texts[path] for path in print_paths[:-1]), texts[print_paths[-1]], print_paths[-1])
    if "epub" in formats:
        check_ebook_stylesheets({path: texts[path] for path in ebook_paths})
    return "\n".join(texts[path] for path in ebook_paths)


def build(options: BuildOptions, on_stage: StageHook | None = None) -> BuildResult:
    unknown = set(options.formats) - set(FORMATS)
    if unknown:
        raise ConfigError(f"unknown output format: {', '.join(sorted(unknown))}")
    if options.print_variant not in (None, *PRINT_VARIANTS):
        raise ConfigError(f"unknown print variant: {options.print_variant} (home or shop)")
    result = BuildResult(on_stage=on_stage)
    settings = config.load(options.manuscript)  # fails before any work is done
    ebook_css = check_stylesheets(settings, options.formats)
    with (
        _reproducible_environment(settings),
        _build_folder(options.build) as scratch,  # this build's alone; a killed build's leftovers removed
    ):
        libraries = _libraries(options, _may_lay_out_in_parts(settings, options))
        book = load_book(settings, options.build, result, options.jobs, meanwhile=lambda: _load(libraries, result))
        result.chapters = len(book.chapters)
        result.words = count_words(book)
        editions = _editions(settings, options)
        # The output folder is this build's alone too; a failure half way leaves every earlier output as it was.
        with _output_folder(options), outputs_together(options.out) as written:
            layout = _print_layout(book, settings, options, editions, result, scratch)
            if editions:
                layout = _write_pdf(layout, editions, result)
                result.pages = layout.pages
                result.outputs.extend(editions)
                if options.booklet:
                    home = written.latest(options.out / PDF_NAMES["home"])
                    covers = _light_covers(book, settings, scratch, result) if _light(settings) else None
                    _impose(home, options.out / IMPOSED_NAME, settings, result, covers)
            if "epub" in options.formats:
                _build_epub(book, settings, ebook_css, options.out / "booklet.epub", result, layout)
                result.outputs.append(options.out / "booklet.epub")
    return result


def assemble(manuscript: Path, build_dir: Path, only: list[str] | None = None) -> tuple[Chapter, ...]:
    """Only the chapter files (`booksmith assemble`, `make manuscript`), with the build folder locked."""
    settings = config.load(manuscript)
    with _build_folder(build_dir):
        from .manuscript.assemble import assemble_book

        return assemble_book(settings, build_dir, only)


@contextmanager
def _reproducible_environment(settings: Settings) -> Iterator[None]:
    """What the libraries read from the environment, fixed for the build (and its `--jobs` workers), so
    that a book gives the same bytes on every machine and in every locale: fontTools dates the fonts it
    subsets (the colour emoji's) by SOURCE_DATE_EPOCH or else the clock, so the book's date stands in
    for it; Pango sets Han text whose language is undetermined (`und-Hani`) in the Japanese or Chinese
    glyph forms of the reader's PANGO_LANGUAGE or LANGUAGE, so the preference is the same everywhere."""
    midnight = dt.datetime.combine(settings.date(), dt.time(), dt.UTC)
    fixed = {"SOURCE_DATE_EPOCH": os.environ.get("SOURCE_DATE_EPOCH") or str(int(midnight.timestamp())),
             "PANGO_LANGUAGE": "en"}  # fmt: skip
    saved = {name: os.environ.get(name) for name in fixed}
    os.environ.update(fixed)
    try:
        yield
    finally:
        for name, value in saved.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value


@contextmanager
def _build_folder(build_dir: Path) -> Iterator[Path]:
    """The build folder locked for this build (a second build of it waits), what killed builds left
    in it removed, and a scratch folder of this build's own in it, removed at the end."""
    from .output import locked, remove_leftovers, scratch

    with locked(build_dir):
        remove_leftovers(build_dir, build_folder=True)
        with scratch(build_dir) as work:
            yield work


@contextmanager
def _output_folder(options: BuildOptions) -> Iterator[None]:
    """The output folder locked for this build, so two builds never leave one's PDF beside the other's EPUB."""
    from .output import locked, remove_leftovers

    if options.out.resolve() == options.build.resolve():
        yield  # locked already
        return
    with locked(options.out):
        remove_leftovers(options.out)
        yield


def _editions(settings: Settings, options: BuildOptions) -> dict[Path, Finishing]:
    """The print files this build writes, each with its finishing (none when no PDF is wanted)."""
    if "pdf" not in options.formats and not options.booklet:
        return {}
    from .pdf.finishing import Finishing

    shop = (options.print_variant or settings.config.print.variant) == "shop"
    page = settings.config.print
    editions = {options.out / PDF_NAMES["home"]: Finishing()}
    if shop:
        editions[options.out / PDF_NAMES["shop"]] = Finishing(bleed_mm=page.bleed_mm, crop_marks=page.crop_marks)
    return editions


def _may_lay_out_in_parts(settings: Settings, options: BuildOptions) -> bool:
    """Whether the PDF may be laid out chapter by chapter (`_lay_out` has the last word): then the join and
    pikepdf (10 MiB) are loaded before the build, else not at all."""
    from .pdf.parts import MIN_CHAPTERS

    own_css = _has_book_css(print_style_paths(styles_dir(), settings))
    return not options.whole and len(settings.config.chapters) >= MIN_CHAPTERS and not own_css


def _load(libraries: list[str], result: BuildResult) -> None:
    """The stages' native libraries, loaded while the stale articles are cleaned (`load_book`)."""
    with result.timed("libraries"):
        interrupts.load(*libraries)


def _has_book_css(styles: Sequence[Path]) -> bool:
    """The book's own styles/book.css, last of the layers: its rules could make a chapter's pages depend on
    where it starts, so such a book is laid out in one pass."""
    return bool(styles) and styles[-1].name == "book.css"


def _libraries(options: BuildOptions, in_parts: bool = True) -> list[str]:
    """The stages with native libraries beneath, imported with Ctrl-C held (see `interrupts`)."""
    wants_pdf = "pdf" in options.formats or options.booklet
    pdf = ["weasyprint"] if wants_pdf else []
    parts = ["booksmith.pdf.parts", "booksmith.pdf.join"] if wants_pdf and in_parts else []  # pikepdf too
    booklet = ["booksmith.pdf.impose"] if options.booklet else []  # pikepdf: imposing needs it
    epub = ["booksmith.epub.package", "pypdfium2"] if "epub" in options.formats else []  # PDFium draws its cover
    return ["booksmith.pdf.layout", *pdf, *parts, *booklet, *epub]  # an EPUB may lay the print out too


def count_words(book: Book) -> int:
    """The words a reader reads: every block's text, captions and credits included."""
    blocks = (block for chapter in book.chapters for block in chapter.blocks)
    return sum(len(text.split()) for block in blocks for text in block_texts(block))


def print_setup(settings: Settings, bleed_mm: float = 0.0, work: Path | None = None) -> PrintSetup:
    """How the print edition is laid out, from book.toml: made once, for the whole book and every part."""
    from .pdf.layout import PrintSetup

    page = settings.config.print
    styles = styles_dir()
    return PrintSetup(
        base=settings.root,
        styles=tuple(print_style_paths(styles, settings)),
        page_size=page.page_size,
        allowed=(settings.root, styles, PACKAGE_DIR),
        margins_mm=tuple(page.margins_mm.given().items()),
        bleed_mm=bleed_mm,
        work=work,
    )


def _print_layout(
    book: Book,
    settings: Settings,
    options: BuildOptions,
    editions: dict[Path, Finishing],
    result: BuildResult,
    scratch: Path,
) -> PrintLayout:
    """The print edition laid out once for every edition (with a shop's bleed, when there is one), or,
    for an EPUB alone, the page map of the same layout as an earlier build saved it."""
    from .pdf import printlayout

    bleed_mm = max((finishing.bleed_mm for finishing in editions.values()), default=0.0)
    setup = print_setup(settings, bleed_mm, scratch)
    cover = cover_image(settings.root)
    key = printlayout.layout_key(book, setup, settings.root / cover if cover else None)
    if not editions and (saved := printlayout.saved(key, options.build, book)) is not None:
        return saved
    from .html.render import print_html

    if editions:
        from .pdf.glyphs import warn_uncovered

        with result.timed("glyphs"):  # a character no font has would print as an empty box
            warn_uncovered(book, settings, [styles_dir(), settings.root / "styles"])
    with result.timed("html"):
        from .manuscript.images import for_print

        # what the layout reads: quoted paths, each SVG as its cleaned drawing
        html = print_html(for_print(book, settings.root), cover)
    layout = _lay_out(html, setup, options, scratch, result) if editions else None
    if layout is None:
        with result.timed("layout"):
            layout = printlayout.lay_out_book(html, setup, result.weasyprint_messages)
    if layout.document is not None:  # a parallel layout has the core styles alone: a book.css keeps it in one
        from .pdf.storytext import check_story_printed

        with result.timed("storytext"):
            check_story_printed(book, layout.document, settings.root)
    if editions:
        from .pdf.photos import warn_soft_photos

        warn_soft_photos(book, layout.photos, settings.root)
    with result.timed("pagemap"):  # saved for an EPUB built later, so the book is laid out once
        printlayout.save(layout, key, options.build)
    return layout


def _lay_out(html: str, setup: PrintSetup, options: BuildOptions, scratch: Path, result: BuildResult) -> PrintLayout:
    """The layout for the PDF: chapter by chapter (`pdf.parts`), each part kept in the build folder so the
    next build lays out only what changed, in as many processes as `jobs` allows; in one pass when the
    parts cannot promise the one-pass pages (a book.css, fewer than four chapters) or `whole` asks for it.
    Which of the two a book takes depends on the book alone, never on the machine: the same bytes."""
    from .pdf import printlayout

    if not options.whole:
        from .pdf.parts import NotParallel

        try:
            if _has_book_css(setup.styles):
                raise NotParallel("the book has its own styles/book.css")
            with result.timed("layout"):
                layout = printlayout.lay_out_book_in_parts(
                    html, setup, options.jobs, scratch / "parts", options.build / "parts"
                )
            result.weasyprint_messages.extend(layout.parts.messages if layout.parts else ())
            return layout
        except NotParallel as why:
            _laid_out_whole(options.jobs, why)
    with result.timed("layout"):
        return printlayout.lay_out_book(html, setup, result.weasyprint_messages)


def _laid_out_whole(jobs: int | None, why: Exception) -> None:
    """Said when `--jobs` asked for processes the book cannot use; otherwise only with --verbose."""
    if jobs is not None and jobs > 1:
        note(f"--jobs {jobs}: laid out in one process: {why}")
    else:
        log.debug("layout: in one pass: %s", why)


def _write_pdf(layout: PrintLayout, editions: dict[Path, Finishing], result: BuildResult) -> PrintLayout:
    """Every print edition from the one layout; a parallel layout that cannot be joined is laid out again."""
    from .pdf.parts import NotParallel

    try:
        with result.timed("write"):
            layout.write(editions, result.weasyprint_messages)
        return layout
    except NotParallel as why:  # a part pikepdf cannot read: a bug, or a damaged file in build/
        note(f"layout: the parts could not be joined, so the book was laid out in one pass: {why}")
    with result.timed("layout"):
        layout = layout.in_one_process(result.weasyprint_messages)
    with result.timed("write"):
        layout.write(editions, result.weasyprint_messages)
    return layout


def _impose(pdf: Path, target: Path, settings: Settings, result: BuildResult, covers: Path | None) -> None:
    from .pdf.impose import impose

    page = settings.config.print
    with result.timed("impose"):
        impose(pdf, target, page_size=page.page_size, creep_mm=page.creep_mm, covers=covers)
    result.outputs.append(target)


def _light(settings: Settings) -> bool:
    return settings.config.print.home_cover == "light"


def _light_covers(book: Book, settings: Settings, scratch: Path, result: BuildResult) -> Path:
    """The two covers set light, for the booklet imposed for a home printer: a layout of two pages."""
    from .html.render import light_covers_html
    from .pdf.layout import lay_out

    target = scratch / "light-covers.pdf"
    with result.timed("impose"):
        html = light_covers_html(book, cover_image(settings.root))  # the covers show no chapter, no figure
        lay_out(html, print_setup(settings, 0.0, scratch), result.weasyprint_messages).write_pdf(target)
    return target


def _build_epub(
    book: Book, settings: Settings, css: str, target: Path, result: BuildResult, layout: PrintLayout
) -> None:
    from .epub.package import Edition, write_epub

    with result.timed("epub"):
        ebook = settings.config.ebook
        edition = Edition(
            css=css,  # as check_stylesheets read and checked it when the build began
            cover_png=layout.cover_png,  # the print cover, as the print layout drew it
            manuscript=settings.root,
            hyphenate=ebook.hyphenate,
            page_starts=layout.page_starts,
            print_source=ebook.print_source,
            accessibility_summary=ebook.accessibility_summary,
        )
        write_epub(book, edition, target)
