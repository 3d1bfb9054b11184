"""Saved pages from sites booksmith was not shaped on (tests/fixtures/saved/, written to measure it): every
sentence of the story kept, every caption, the headline, byline, date and site right, no furniture left."""

from __future__ import annotations

import pytest

from saved_corpus import cases, outcome
from support import FIXTURES

CASES = cases()


@pytest.mark.skipif(not CASES, reason="tests/fixtures/saved/ holds no pages")
@pytest.mark.parametrize("page", CASES, ids=[page.stem for page in CASES])
def test_a_saved_page_becomes_its_story_with_its_credits(page, tmp_path):
    got = outcome(page, tmp_path)
    assert got.story_missing == []  # a story sentence is never lost
    assert got.captions_missing == []
    assert got.wrong_meta == []
    if got.expected.get("saved") == "complete" and got.expected.get("captions"):
        assert got.images >= 1  # the photos the browser saved are in the book
    assert got.furniture_left == []


@pytest.mark.e2e
@pytest.mark.skipif(len(CASES) < 2, reason="tests/fixtures/saved/ holds too few pages")
def test_the_saved_pages_make_one_valid_accessible_booklet(tmp_path):
    """All the saved pages (the corpus's and the fixture book's) as the chapters of one book: EPUBCheck 0/0,
    Ace by DAISY clean, qpdf clean, every font embedded."""
    import logging
    import shutil

    from booksmith.pipeline import BuildOptions, build
    from support import ace_violations, epubcheck, run, tool

    logging.getLogger("booksmith").setLevel(logging.ERROR)
    book = tmp_path / "book"
    (book / "pages").mkdir(parents=True)
    pages = [*CASES, *sorted((FIXTURES / "books" / "saved_pages" / "pages").glob("*.html"))]  # twelve in all
    for page in pages:
        shutil.copy(page, book / "pages" / page.name)
        files = page.with_name(page.stem + "_files")
        if files.is_dir():
            shutil.copytree(files, book / "pages" / files.name)
    chapters = "".join(f'\n[[chapters]]\nsource = "pages/{page.name}"\n' for page in pages)
    (book / "book.toml").write_text(f'[book]\ntitle = "Saved"\ndate = 2018-07-05\n{chapters}', encoding="utf-8")
    build(BuildOptions(book, tmp_path / "dist", tmp_path / "build"))
    epub, pdf = tmp_path / "dist" / "booklet.epub", tmp_path / "dist" / "booklet.pdf"
    assert "Messages: 0 fatals / 0 errors / 0 warnings" in epubcheck(epub).stdout
    assert ace_violations(epub, tmp_path) == []
    assert run(tool("qpdf"), "--check", pdf).returncode == 0
    fonts = run(tool("pdffonts"), pdf).stdout.splitlines()[2:]
    assert fonts and all(line.split()[-5] == "yes" for line in fonts)
