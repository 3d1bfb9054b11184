"""Typesetting that holds up on hard articles (tests/fixtures/books/hard_pages: a posted letter longer
than half a page, a run of captions, right-to-left and CJK passages, a 2,500-word feature with
subheads), looked at in the real PDF and EPUB."""

from __future__ import annotations

import itertools
import logging
import re
from pathlib import Path

import pikepdf
import pytest

from booksmith import config
from booksmith.html.render import LONG_BLOCK_CHARACTERS, print_html
from booksmith.manuscript.assemble import assemble_book
from booksmith.model import Book, Quotation, block_texts
from booksmith.pipeline import BuildOptions, book_meta, build
from booksmith.typeset.typography import typeset_book
from support import FIXTURES, SEED_MANUSCRIPT, epub_documents, epubcheck, letters, run, tool

pytestmark = pytest.mark.e2e

HARD = FIXTURES / "books" / "hard_pages"
MM = 72 / 25.4
XHTML = "{http://www.w3.org/1999/xhtml}"


@pytest.fixture(scope="module", params=["hard", "seed"])
def built(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    logging.getLogger("booksmith").setLevel(logging.ERROR)
    manuscript = HARD if request.param == "hard" else SEED_MANUSCRIPT
    work = tmp_path_factory.mktemp(request.param)
    build(BuildOptions(manuscript, work / "dist", work / "build"))
    return manuscript, work / "dist"


def _pages_text(pdf: Path) -> list[str]:
    return run(tool("pdftotext"), pdf, "-").stdout.split("\f")


def _lowest_line(pdf: Path) -> list[float | None]:
    """Per page, how far down the text block its last line of text reaches (0 top, 1 bottom); None: no text."""
    with pikepdf.open(pdf) as book:
        height = float(book.pages[0].MediaBox[3])
    top, bottom = 17 * MM, height - 19 * MM  # print.css's A5 margins: the folio sits below `bottom`
    bboxes = run(tool("pdftotext"), "-bbox", pdf, "-").stdout
    reach: list[float | None] = []
    for page in re.findall(r"<page [^>]*>(.*?)</page>", bboxes, re.S):
        ys = [float(y) for y in re.findall(r'<word xMin="[^"]+" yMin="[^"]+" xMax="[^"]+" yMax="([^"]+)"', page)]
        body = [y for y in ys if top < y <= bottom + 1]
        reach.append((max(body) - top) / (bottom - top) if body else None)
    return reach


def _chapter_pages(pdf: Path) -> list[range]:
    """The pages (0-based) of each chapter, from the PDF's bookmarks (the last is the sources page)."""
    with pikepdf.open(pdf) as book, book.open_outline() as outline:
        starts = [book.pages.index(pikepdf.Page(item.destination[0])) for item in outline.root]
    return [range(a, b) for a, b in itertools.pairwise(starts)]


def test_no_page_inside_a_chapter_is_more_than_a_third_empty(built):
    _, dist = built
    reach = _lowest_line(dist / "booklet.pdf")
    for chapter in _chapter_pages(dist / "booklet.pdf"):
        filled = [page for page in chapter if reach[page] is not None]
        for page in filled[:-1]:  # a chapter's last page, and the blank versos before openers, may be short
            assert reach[page] >= 2 / 3, f"page {page + 1} is filled to {reach[page]:.0%} only"


def test_a_short_quotation_is_never_split_and_a_long_one_may_be(built, tmp_path):
    manuscript, dist = built
    settings = config.load(manuscript)
    book = typeset_book(Book(book_meta(settings), assemble_book(settings, tmp_path / "build")))
    pages = [letters(page) for page in _pages_text(dist / "booklet.pdf")]
    quotations = [b for chapter in book.chapters for b in chapter.blocks if isinstance(b, Quotation)]
    assert quotations
    for quotation in quotations:
        text = letters("".join(block_texts(quotation)))
        whole = any(text in page for page in pages)
        if sum(len(t) for t in block_texts(quotation)) <= LONG_BLOCK_CHARACTERS:
            assert whole, f"a short quotation is split across pages: {text[:40]}"
    if manuscript == HARD:
        (letter,) = [q for q in quotations if sum(len(t) for t in block_texts(q)) > LONG_BLOCK_CHARACTERS]
        html = print_html(book)
        assert html.count('class="quotation long"') == 1  # the letter may break; short ones keep together
        assert not any(letters("".join(block_texts(letter))) in page for page in pages)  # and it does


def test_right_to_left_paragraphs_and_passages_say_so_in_both_editions(tmp_path):
    logging.getLogger("booksmith").setLevel(logging.ERROR)
    build(BuildOptions(HARD, tmp_path / "dist", tmp_path / "build"))
    documents = epub_documents(tmp_path / "dist" / "booklet.epub")
    voices = documents["EPUB/chapter-03.xhtml"]
    directions = {p.get("dir") for p in voices.iter(f"{XHTML}p") if re.search("[\u0590-\u06ff]", "".join(p.itertext()))}
    assert "rtl" in directions  # the paragraphs written in Arabic and Hebrew
    spans = {(s.get("lang"), s.get("dir")) for s in voices.iter(f"{XHTML}span") if s.get("lang")}
    assert {("ar", "rtl"), ("he", "rtl"), ("fa", "rtl"), ("ja", None), ("ko", None)} <= spans
    fonts = run(tool("pdffonts"), tmp_path / "dist" / "booklet.pdf").stdout
    assert "Noto-Naskh-Arabic" in fonts  # not a fallback face (Linux Libertine has Hebrew of its own)
    assert "Messages: 0 fatals / 0 errors / 0 warnings" in epubcheck(tmp_path / "dist" / "booklet.epub").stdout
