"""The saved-pages corpus (tests/fixtures/saved/): each page made a chapter, and what it got right.

Shared by tests/test_saved_pages.py and bench/saved.py (`make corpus` prints it).
"""

from __future__ import annotations

import shutil
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from booksmith import config
from booksmith.manuscript.assemble import assemble_book
from booksmith.model import Chapter, Figure, block_texts

SAVED = Path(__file__).parent / "fixtures" / "saved"


def cases() -> list[Path]:
    return sorted(SAVED.glob("*.html"))


@dataclass
class Outcome:
    slug: str
    expected: dict
    chapter: Chapter
    story_missing: list[str] = field(default_factory=list)
    captions_missing: list[str] = field(default_factory=list)
    furniture_left: list[str] = field(default_factory=list)
    images: int = 0
    wrong_meta: list[str] = field(default_factory=list)


def _flat(text: str) -> str:
    return " ".join(text.replace("\u00a0", " ").split())


def one_page_book(page: Path, book: Path) -> Path:
    """A manuscript in `book` whose one chapter is the saved `page`, with its `_files/` folder."""
    (book / "pages").mkdir(parents=True)
    shutil.copy(page, book / "pages" / page.name)
    files = page.with_name(page.stem + "_files")
    if files.is_dir():
        shutil.copytree(files, book / "pages" / files.name)
    (book / "book.toml").write_text(
        f'[book]\ntitle = "Corpus"\ndate = 2018-07-05\n\n[[chapters]]\nsource = "pages/{page.name}"\n', encoding="utf-8"
    )
    return book


def outcome(page: Path, work: Path) -> Outcome:
    """Make `page` (with its `_files/`) the one chapter of a book in `work`, and compare with its expectation."""
    expected = tomllib.loads(page.with_suffix(".expect.toml").read_text(encoding="utf-8"))
    book = one_page_book(page, work / page.stem)
    (chapter,) = assemble_book(config.load(book), book / "build")
    text = _flat(" ".join(t for block in chapter.blocks for t in block_texts(block)))
    result = Outcome(page.stem, expected, chapter)
    result.story_missing = [s for s in expected.get("story", []) if _flat(s) not in text]
    captions = [_flat(b.caption) for b in chapter.blocks if isinstance(b, Figure)]
    result.captions_missing = [c for c in expected.get("captions", []) if not any(_flat(c) in got for got in captions)]
    result.furniture_left = [f for f in expected.get("furniture", []) if _flat(f) in text]
    result.images = sum(1 for b in chapter.blocks if isinstance(b, Figure) and b.image)
    credit = chapter.credit
    got = {"title": credit.headline or chapter.title, "author": credit.author, "publisher": credit.publisher}
    got["date"] = credit.date
    for key in ("title", "author", "publisher", "date"):
        if key in expected and got[key] != expected[key]:
            result.wrong_meta.append(f"{key}: {got[key]!r}, expected {expected[key]!r}")
    return result
