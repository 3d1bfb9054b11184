"""The print layout in parallel (`build --jobs N`): the book cut into parts, each laid out in a forked worker.

Chapters open on right-hand pages, so a run of whole chapters lays out the same wherever it
starts; what depends on the start is printed by the page (folios) or points across runs (the
contents page, the sources page's links, the outline). So:
1. the print HTML is cut into the front matter, one run for each chapter and the back matter
   (the sources page and the back cover);
2. forked workers lay out the runs and write each as a PDF, its folios taken off and noted page
   by page, with its anchors' pages and its part of the page map;
3. meanwhile the parent lays out the front matter once to count its pages; when the runs' page
   counts are in, the back matter is laid out with its links' page numbers filled in, then the
   front matter with the real contents numbers, and the folios of the body's pages on sheets of
   SHEET_PAGES pages each, laid out side by side (a book's folios were a tenth of its layout, in one);
4. `pdfjoin` joins the parts into the book.
Every part is kept in the build folder (`partcache`): the next build lays out only the parts whose
inputs changed. `lay_out_in_parts` raises NotParallel (saying why) when it cannot promise the
one-process pages.
"""

from __future__ import annotations

import html as html_text
import logging
import re
from collections.abc import Callable, Iterator
from concurrent.futures import Future
from contextlib import contextmanager
from dataclasses import dataclass, replace
from functools import lru_cache, partial
from pathlib import Path
from typing import Any

from ..config.styles import read_stylesheet
from ..model import PageStart
from ..workers import worker_count, worker_pool
from .layout import PDF_VARIANT, PrintSetup, lay_out
from .pagemap import page_map
from .partcache import PartCache
from .photos import PrintedPhoto, printed_photos

MIN_CHAPTERS = 4  # fewer, and the parts cost more than they save
SHEET_PAGES = 64  # folios a sheet: even, so each sheet's first page is a right-hand page as in the book
_CHAPTER = re.compile(r'<section class="chapter[^"]*"')
_BACK = re.compile(r'<section class="sources[^"]*"')
_LINK = re.compile(r'<a href="#([^"]+)"')
_TITLE = re.compile(r'<h1 class="cover-title">(.*?)</h1>', re.S)
_TARGET_COUNTER = re.compile(r"target-counter\(\s*attr\(\s*href\s*\)\s*,\s*page\s*\)")


class NotParallel(Exception):
    """The parallel layout cannot promise the one-process pages; the message says why."""


def render(setup: PrintSetup, html: str, extra_css: str, messages: list[str]) -> Any:
    """The pages; WeasyPrint's messages only added to `messages`: the parent says them once (`say`)."""
    with _unsaid():
        return lay_out(html, setup, messages, extra_css)


@dataclass(frozen=True)
class Part:
    """One laid-out part, as a worker reports it: its file, and what the join needs to know of it."""

    path: Path
    pages: int
    folios: tuple[bool, ...]  # whether each page carries a folio (taken off; stamped on by the join)
    anchors: dict[str, int]  # each anchor's first page in the part (0-based)
    starts: tuple[PageStart, ...]  # the part's page map, numbered from its first page
    messages: tuple[str, ...]
    photos: tuple[PrintedPhoto, ...] = ()  # how sharp each of its photos prints


@dataclass(frozen=True)
class Parts:
    """The laid-out book: the front matter, the runs and the back matter (last), where each begins."""

    front: Part
    body: tuple[Part, ...]
    starts: tuple[int, ...]  # each body part's first page in the book (0-based)
    sheets: tuple[Path, ...]  # the folios of every page from the first body part's first page on,
    sheet_pages: int  # this many a sheet (SHEET_PAGES when they were laid out)
    stand_ins: frozenset[str]  # the empty anchors the front and back matter were given
    messages: tuple[str, ...] = ()  # WeasyPrint's, each once (the front matter is laid out twice)
    kept: Path | None = None  # the build folder's `parts/`: the join keeps its merged fonts there too
    jobs: int | None = 1  # the layout's workers (None: one a core): the join merges the fonts with as many

    def photos(self) -> tuple[PrintedPhoto, ...]:
        return tuple(photo for part in (self.front, *self.body) for photo in part.photos)

    def pages(self) -> int:
        """The book's pages before the padding for binding: up to the back cover, the last."""
        return self.starts[-1] + self.body[-1].pages


def split_book(html: str, runs: int) -> tuple[str, str, list[str], str, str]:
    """(head, front matter, runs of chapter sections, back matter, tail) of the print HTML."""
    body = html.index("<body>") + len("<body>")
    starts = [match.start() for match in _CHAPTER.finditer(html)]
    back = _BACK.search(html, starts[-1]) if starts else None
    if len(starts) < MIN_CHAPTERS or back is None or not _TITLE.search(html):
        raise NotParallel(f"fewer than {MIN_CHAPTERS} chapters")
    end = html.rindex("</body>")
    sections = [html[a:b] for a, b in zip(starts, [*starts[1:], back.start()], strict=True)]
    total = sum(map(len, sections))
    chunks: list[list[str]] = [[]]
    for section in sections:
        if sum(map(len, chunks[-1])) >= total / runs and len(chunks) < runs:
            chunks.append([])
        chunks[-1].append(section)
    return (
        html[:body],
        html[body : starts[0]],
        ["".join(chunk) for chunk in chunks],
        html[back.start() : end],
        html[end:],
    )


def split_by_chapter(html: str) -> tuple[str, str, list[str], str, str]:
    """As `split_book`, one chapter a run: a run's HTML changes only when its chapter does, so the runs of
    an earlier build are kept (`partcache`) whatever else was edited."""
    head, front, _, back, tail = split_book(html, 1)
    starts = [match.start() for match in _CHAPTER.finditer(html)]
    end = _BACK.search(html, starts[-1]).start()  # type: ignore[union-attr]  # split_book found it
    return head, front, [html[a:b] for a, b in zip(starts, [*starts[1:], end], strict=True)], back, tail


def with_anchors(part: str, names: list[str]) -> str:
    """The part with empty elements for the link targets it lacks, so WeasyPrint keeps those links."""
    spans = "".join(f'<span id="{name}"></span>' for name in names)
    heading = re.search(r"</h[1-6]>", part)
    return part[: heading.start()] + spans + part[heading.start() :] if heading else spans + part


def reference_rules(styles: tuple[Path, ...], numbers: dict[str, int]) -> str:
    """The stylesheets' `target-counter(attr(href), page)` rules again, one per link, with the number filled in."""
    rules = []
    for path in styles:
        for element, pseudo, value in _page_reference_rules(read_stylesheet(path)):
            for name, number in numbers.items():
                filled = _TARGET_COUNTER.sub(f'"{number}"', value)
                rules.append(f'{element}[href="#{name}"]{pseudo} {{ content: {filled}; }}')
    return "\n".join(rules)


@lru_cache(maxsize=16)
def _page_reference_rules(stylesheet: str) -> tuple[tuple[str, str, str], ...]:
    """Each (element, pseudo-element, content) of a stylesheet's rules that print a link's page number: parsed
    once a process for the three sets of rules a layout fills in (the draft's, the back matter's, the front's)."""
    import tinycss2

    found = []
    for rule in tinycss2.parse_stylesheet(stylesheet, True, True):
        if rule.type != "qualified-rule":
            continue
        for declaration in tinycss2.parse_declaration_list(rule.content, True, True):
            if declaration.type != "declaration" or declaration.lower_name != "content":
                continue
            value = tinycss2.serialize(declaration.value)
            if not _TARGET_COUNTER.search(value):
                continue
            for selector in tinycss2.serialize(rule.prelude).split(","):
                element, _, pseudo = selector.strip().partition("::")
                found.append((element, f"::{pseudo}" if pseudo else "", value))
    return tuple(found)


def lay_out_part(setup: PrintSetup, html: str, extra_css: str, target: Path, pages: int | None = None) -> Part:
    """One part → its PDF without folios; which of its pages carry one; its anchors and page map.

    Runs in a forked worker: `pdf.lay_out` gives it the restricted URL fetcher and collects its messages."""
    from .write import write_part

    messages: list[str] = []
    document = render(setup, html, extra_css, messages)
    if pages is not None and len(document.pages) != pages:
        raise NotParallel("the contents page changed length with the real page numbers")
    folios: list[bool] = []
    anchors: dict[str, int] = {}
    for index, page in enumerate(document.pages):
        boxes = page._page_box.children
        folio = [box for box in boxes if getattr(box, "at_keyword", None) == "@bottom-center" and box.is_generated]
        folios.append(bool(folio))
        page._page_box.children = [box for box in boxes if all(box is not f for f in folio)]
        anchors.update((name, index) for name in page.anchors if name not in anchors)
    starts = page_map(document)
    write_part(document, target, messages, pdf_variant=PDF_VARIANT, uncompressed_pdf=False)
    photos = printed_photos(document)
    return Part(target, len(document.pages), tuple(folios), anchors, starts, tuple(messages), photos)


def folio_sheet(setup: PrintSetup, folios: tuple[bool, ...], first: int, target: Path) -> Path:
    """Pages blank but for their folios, numbered from `first` as in the whole book."""
    pages = "".join(f'<div class="{"folio" if folio else "none"}"></div>' for folio in folios)
    sheet_css = (
        f"@page :first {{ counter-reset: page {first}; }}\n"  # set after the first increment
        "div { break-before: page; height: 1px; } div:first-child { break-before: auto; }\n"
        "div.none { page: none; } @page none { @bottom-center { content: none; } }\n"
        "@page :left { @top-center { content: none; } } @page :right { @top-center { content: none; } }\n"
    )
    from .write import write_part

    messages: list[str] = []  # the parts' own stylesheets: any message is one a part has already given
    document = render(setup, f"<!DOCTYPE html><html><body>{pages}</body></html>", sheet_css, messages)
    write_part(document, target, messages)  # untagged: a folio is stamped on as an artifact
    return target


def lay_out_in_parts(html: str, setup: PrintSetup, jobs: int | None, work: Path, kept: Path | None = None) -> Parts:
    """The book laid out part by part, as parts for `pdfjoin.join`, by up to `jobs` forked workers (None:
    one a core) or, with one, in this process; NotParallel when the parts cannot promise the one-pass pages.
    With `kept` (the build folder's `parts/`), a part laid out by an earlier build from the same inputs is
    taken from there instead (`partcache`), and the parts laid out now are kept there."""
    head, front, chunks, back, tail = split_by_chapter(html)
    title = html_text.unescape(_TITLE.search(html).group(1))  # type: ignore[union-attr]  # checked by split_book
    quoted = title.replace("\\", "\\\\").replace('"', '\\"').replace("\n", " ")
    running = f'body {{ string-set: book-title "{quoted}"; }}'  # the cover sets it in the whole book
    work.mkdir(parents=True, exist_ok=True)
    front_links, back_links = _LINK.findall(front), _LINK.findall(back)
    front_html = head + with_anchors(front, front_links) + tail
    back_html = head + with_anchors(back, back_links) + tail
    cache = PartCache(kept, setup)
    workers = worker_count(jobs, len(chunks))
    with worker_pool(workers) as pool:

        def part(part_html: str, rules: str, target: Path, pages: int | None = None) -> _Pending:
            lay_out = partial(pool.submit, lay_out_part, setup, part_html, rules, target, pages)
            return _Pending(cache, cache.key(part_html, rules, pages), target, lay_out)

        runs = [part(head + chunk + tail, running, work / f"run-{i}.pdf") for i, chunk in enumerate(chunks)]
        draft_rules = reference_rules(setup.styles, dict.fromkeys(front_links, 999))
        # The front matter laid out to count its pages: here, while the workers lay out the runs.
        draft_lay_out = partial(lay_out_part, setup, front_html, draft_rules, work / "draft.pdf")
        draft = _Pending(cache, cache.key(front_html, draft_rules), work / "draft.pdf", draft_lay_out)
        front_pages = draft.result().pages
        body = [run.result() for run in runs]
        where = _anchor_pages(front_pages, body)
        back_rules = running + "\n" + reference_rules(setup.styles, {name: where[name] + 1 for name in back_links})
        body.append(part(back_html, back_rules, work / "back.pdf").result())
        starts = _page_starts(front_pages, body)
        where = _anchor_pages(front_pages, body)
        front_rules = reference_rules(setup.styles, {name: where[name] + 1 for name in front_links})
        front_job = part(front_html, front_rules, work / "front.pdf", front_pages)
        folios, first = _body_folios(body, starts), starts[0] + 1  # each sheet kept as a part of its own
        sheet_jobs = []
        for at in range(0, len(folios), SHEET_PAGES):
            chunk, target = folios[at : at + SHEET_PAGES], work / f"folios-{at // SHEET_PAGES}.pdf"
            sheet_lay_out = partial(pool.submit, _folio_part, setup, chunk, first + at, target)
            key = cache.key(f"folios {chunk!r} from {first + at}", "folio sheet")
            sheet_jobs.append(_Pending(cache, key, target, sheet_lay_out))
        front_part = front_job.result()
        sheets = tuple(job.result().path for job in sheet_jobs)
    cache.prune()
    if cache.reused:
        from ..errors import note

        note(f"layout: {cache.laid_out} of {cache.laid_out + cache.reused} parts laid out, the rest kept from {kept}")
    messages = [*draft.result().messages, *front_part.messages, *(m for piece in body for m in piece.messages)]
    return Parts(
        front_part,
        tuple(body),
        tuple(starts),
        sheets,
        SHEET_PAGES,
        frozenset(front_links + back_links),
        tuple(dict.fromkeys(messages)),
        kept,
        jobs,
    )


def _body_folios(body: list[Part], starts: list[int]) -> tuple[bool, ...]:
    """Whether each page from the first body part's first page to the last page carries a folio (the blank
    versos between parts do not): the folio sheets' pages, laid out once."""
    folios = [False] * (starts[-1] + body[-1].pages - starts[0])
    for piece, start in zip(body, starts, strict=True):
        folios[start - starts[0] : start - starts[0] + piece.pages] = piece.folios
    return tuple(folios)


class _Pending:
    """A part taken from the cache, or laid out (by a worker when `lay_out` returns a Future, else here) and
    kept in the cache when it is done."""

    def __init__(self, cache: PartCache, key: str, target: Path, lay_out: Callable[[], Future[Part] | Part]):
        self.cache, self.key = cache, key
        self.part: Part | None = cache.get(key, target)
        self.future: Future[Part] | None = None
        if self.part is None:
            laid = lay_out()
            if isinstance(laid, Future):
                self.future = laid
            else:
                self.part = laid
                cache.put(key, laid)

    def result(self) -> Part:
        if self.part is None:
            assert self.future is not None
            self.part = self.future.result()
            self.cache.put(self.key, self.part)
        return self.part


def _folio_part(setup: PrintSetup, folios: tuple[bool, ...], first: int, target: Path) -> Part:
    return Part(folio_sheet(setup, folios, first, target), len(folios), folios, {}, (), ())


def say(messages: tuple[str, ...]) -> None:
    """WeasyPrint's messages as the one-process build says them: the harmless at debug level, the rest as warnings."""
    from ..errors import warn
    from .layout import is_harmless, log

    for message in messages:
        if is_harmless(message):
            log.debug("weasyprint: %s", message)
        else:
            warn(f"weasyprint: {message}")


@contextmanager
def _unsaid() -> Iterator[None]:
    """booksmith's log silenced: `pdf.lay_out` says WeasyPrint's messages as well as collecting them."""
    logger = logging.getLogger("booksmith")
    was = logger.disabled
    logger.disabled = True
    try:
        yield
    finally:
        logger.disabled = was


def _anchor_pages(front_pages: int, parts: list[Part]) -> dict[str, int]:
    """Each anchor's page in the whole book (0-based), from the parts laid out so far."""
    where: dict[str, int] = {}
    for part, start in zip(parts, _page_starts(front_pages, parts), strict=True):
        for name, index in part.anchors.items():
            where.setdefault(name, start + index)  # the back matter's stand-ins come after the real anchors
    return where


def _page_starts(front_pages: int, parts: list[Part]) -> list[int]:
    """Each part's first page (0-based, always a right-hand page: a blank verso may come first)."""
    starts: list[int] = []
    page = front_pages
    for part in parts:
        page += page % 2
        starts.append(page)
        page += part.pages
    return starts


def book_page_map(parts: Parts, padding: int) -> tuple[PageStart, ...]:
    """The whole book's page map from the parts' (the back cover, the last page, after the padding)."""
    found = list(parts.front.starts)
    last = parts.pages()  # 1-based number of the back matter's last page
    for part, start in zip(parts.body, parts.starts, strict=True):
        for entry in part.starts:
            number = entry.page + start
            found.append(replace(entry, page=number + padding if number == last else number))
    return tuple(found)
