"""Ace by DAISY, the EPUB accessibility checker, finds no violation in the books booksmith makes: the
seed booklet, the fixture books (a Markdown foreword, photos, other scripts, hostile text) and a book
of copied web pages with subheads, captions, kickers and decks."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from booksmith.cli.new import new_book
from booksmith.pipeline import BuildOptions, build
from support import FIXTURES, SEED_MANUSCRIPT, ace_violations

pytestmark = pytest.mark.e2e

PAGES = FIXTURES / "pages"
BOOKS = {
    "seed": SEED_MANUSCRIPT,
    "ebook_edition": FIXTURES / "books" / "ebook_edition",
    "hostile_text": FIXTURES / "books" / "hostile_text",
    "other_scripts": FIXTURES / "books" / "other_scripts",
    "rich_text": FIXTURES / "books" / "rich_text",
    "hard_pages": FIXTURES / "books" / "hard_pages",
    "saved_pages": FIXTURES / "books" / "saved_pages",
}
WEB_PAGES = [
    "en-broadsheet-meridian-japan-senegal",
    "ja-daily-asahi-like-fans-cleanup",
    "de-magazine-spiegel-like-loew-stays",
    "en-wire-reuters-japan-poland",
]


@pytest.mark.parametrize("name", sorted(BOOKS))
def test_ace_finds_no_violation(name: str, tmp_path: Path) -> None:
    logging.getLogger("booksmith").setLevel(logging.ERROR)
    build(BuildOptions(BOOKS[name], tmp_path / "dist", tmp_path / "build", ("epub",)))
    assert ace_violations(tmp_path / "dist" / "booklet.epub", tmp_path) == []


def test_a_book_of_copied_web_pages_has_no_violation(tmp_path: Path) -> None:
    logging.getLogger("booksmith").setLevel(logging.ERROR)
    book = new_book(tmp_path / "book", [PAGES / f"{slug}.txt" for slug in WEB_PAGES]).config.parent
    build(BuildOptions(book, tmp_path / "dist", tmp_path / "build", ("epub",)))
    assert ace_violations(tmp_path / "dist" / "booklet.epub", tmp_path) == []
