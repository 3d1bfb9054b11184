"""The print design as a reader checks it, page by page, from the PDF's text (pdftotext):
contents page numbers, openers on right-hand pages, running heads and folios where the design
puts them, blank pages blank, whole sheets, and a measure of 55–75 characters a line.

Two books: the seed booklet, and the ebook fixture book (a foreword and an article long enough
to run over several pages, so right-hand pages carry the chapter's running head).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import pikepdf
import pytest

from booksmith import config
from booksmith.pipeline import BuildOptions, build
from support import FIXTURES, SEED_MANUSCRIPT, letters, run, tool

pytestmark = pytest.mark.e2e  # every test here builds a real PDF or EPUB

LONG_BOOK = FIXTURES / "books" / "ebook_edition"


@dataclass
class PrintedBook:
    manuscript: Path
    pdf: Path

    @property
    def pages(self) -> list[list[str]]:
        """Each page's non-empty lines, in reading order."""
        text = run(tool("pdftotext"), "-enc", "UTF-8", self.pdf, "-").stdout
        return [[line.strip() for line in page.splitlines() if line.strip()] for page in text.split("\f")[:-1]]

    @property
    def settings(self) -> config.BookConfig:
        return config.load(self.manuscript).config


@pytest.fixture(scope="module")
def long_book(tmp_path_factory: pytest.TempPathFactory) -> PrintedBook:
    out = tmp_path_factory.mktemp("long-book")
    build(BuildOptions(LONG_BOOK, out / "dist", out / "build", ("pdf",)))
    return PrintedBook(LONG_BOOK, out / "dist" / "booklet.pdf")


@pytest.fixture(params=["seed", "long"])
def book(request: pytest.FixtureRequest, seed_build, long_book) -> PrintedBook:
    return PrintedBook(SEED_MANUSCRIPT, seed_build.pdf) if request.param == "seed" else long_book


def _contents(book: PrintedBook) -> dict[str, int]:
    """Title → page number, as the contents page prints them (with leaders between)."""
    contents = next(page for page in book.pages if page and page[0] == "Contents")
    entries = {}
    for line in contents[1:]:
        match = re.fullmatch(r"(.+?)[\s.]*?(\d+)", line)
        assert match, line
        entries[match.group(1).rstrip(" .")] = int(match.group(2))
    return entries


def _opener_page(book: PrintedBook, title: str) -> int:
    """The page whose text starts with the chapter's title (after 'Chapter N')."""
    for number, lines in enumerate(book.pages, start=1):
        head = [line for line in lines[:2] if not re.fullmatch(r"chapter \d+", line, re.IGNORECASE)]
        if head and letters(head[0]) == letters(title):
            return number
    raise AssertionError(f"no page opens with {title!r}")


def test_the_contents_lists_every_chapter_at_the_page_where_it_opens_on_a_right_hand_page(book):
    titles = [chapter.title for chapter in book.settings.chapters] + ["Sources and credits"]
    entries = _contents(book)
    assert [letters(title) for title in entries] == [letters(title) for title in titles]
    for title, printed in entries.items():
        assert _opener_page(book, title) == printed, title
        assert printed % 2 == 1, f"{title} opens on page {printed}, a left-hand page"


def test_openers_covers_and_blank_pages_carry_no_running_head_or_folio(book):
    openers = set(_contents(book).values())
    pages = book.pages
    for number in openers:
        assert not re.fullmatch(r"\d+", pages[number - 1][-1]), f"page {number} is an opener and has a folio"
    blank = [n for n, lines in enumerate(pages, start=1) if not lines]
    assert blank, "the design has blank pages (the versos before openers)"
    assert pages[0][0] == book.settings.book.title  # the cover: title first, no running head
    assert not re.fullmatch(r"\d+", pages[-1][-1])  # the back cover


PAINTING = {"f", "F", "f*", "B", "B*", "b", "b*", "S", "s", "sh", "Do", "TJ", "Tj", "'", '"', "BI"}


def test_blank_pages_are_truly_blank(book):
    """A page without text draws nothing at all: no rule, no panel, no image, no invisible text."""
    blank = [n for n, lines in enumerate(book.pages) if not lines]
    assert blank
    with pikepdf.open(book.pdf) as pdf:
        for index in blank:
            drawn = {str(op) for _, op in pikepdf.parse_content_stream(pdf.pages[index])} & PAINTING
            assert drawn == set(), f"page {index + 1} draws {drawn}"


def test_body_pages_have_the_book_title_on_the_left_the_chapter_on_the_right_and_a_folio(book):
    openers = sorted(_contents(book).values())
    chapters = {page: title for title, page in _contents(book).items()}
    body_pages = 0
    current = None
    for number, lines in enumerate(book.pages, start=1):
        current = chapters.get(number, current)
        if current is None or number in chapters or not lines or number == len(book.pages):
            continue
        if number > openers[-1]:
            break  # the sources page runs to its end; pages after it are blank or the back cover
        body_pages += 1
        expected_head = book.settings.book.title if number % 2 == 0 else current
        assert letters(lines[0]) == letters(expected_head), f"page {number}: running head {lines[0]!r}"
        assert lines[-1] == str(number), f"page {number}: folio {lines[-1]!r}"
    assert body_pages >= 2


def test_the_long_book_has_right_hand_pages_with_the_chapter_title_as_running_head(long_book):
    article_title = long_book.settings.chapters[1].title
    heads = [lines[0] for n, lines in enumerate(long_book.pages, start=1) if n % 2 == 1 and lines]
    assert article_title in heads


def test_the_booklet_is_whole_sheets_with_the_back_cover_last(book):
    pages = book.pages
    assert len(pages) % 4 == 0
    description = book.settings.book.description
    assert letters(book.settings.book.title) in letters(" ".join(pages[-1]))
    if description:
        assert letters(description) in letters(" ".join(pages[-1]))


def test_a_short_book_is_padded_with_blank_pages_before_the_back_cover(tmp_path):
    manuscript = tmp_path / "one-chapter"
    (manuscript / "articles").mkdir(parents=True)
    seed_article = next(SEED_MANUSCRIPT.glob("articles/000_*.txt"))
    (manuscript / "articles" / seed_article.name).write_bytes(seed_article.read_bytes())
    (manuscript / "book.toml").write_text(
        f'[book]\ntitle = "One Chapter"\ndescription = "A short book."\n\n'
        f'[[chapters]]\nsource = "articles/{seed_article.name}"\ntitle = "Hearts Won"\n',
        encoding="utf-8",
    )
    build(BuildOptions(manuscript, tmp_path / "dist", tmp_path / "build", ("pdf",)))
    printed = PrintedBook(manuscript, tmp_path / "dist" / "booklet.pdf")
    pages = printed.pages
    assert len(pages) % 4 == 0
    sources = _contents(printed)["Sources and credits"]
    assert len(pages) - sources >= 2, "the blanks go between the sources page and the back cover"
    assert all(not lines for lines in pages[sources:-1])
    assert "A short book." in " ".join(pages[-1])


def test_body_lines_hold_55_to_75_characters(seed_build):
    """The measure, read off the first chapter's full lines (justified lines, hyphens dropped)."""
    text = run(tool("pdftotext"), "-enc", "UTF-8", "-f", "8", "-l", "8", seed_build.pdf, "-").stdout
    lines = [line.strip() for line in text.splitlines() if len(line.strip()) > 40]
    lengths = sorted(len(line.rstrip("-")) for line in lines)
    assert len(lengths) >= 8
    median = lengths[len(lengths) // 2]
    assert 55 <= median <= 75, lengths
