"""Golden files: what the pipeline made of each fixture book, as an editor would review it.

- `tests/golden/<book>/chapters/**.md`: the assembled chapter files (build/chapters/), with
  the fingerprint masked (it hashes booksmith's own code, so it changes with every edit);
- `tests/golden/<book>/typeset/*.json`: the typeset model, one file per chapter, with
  invisible characters (no-break spaces, break opportunities) written as escapes.

`make golden` (BOOKSMITH_GOLDEN=rewrite) rewrites them; read the diff before committing.
"""

from __future__ import annotations

import dataclasses
import json
import logging
import os
import re
import unicodedata
from pathlib import Path
from typing import Any

import pytest

from booksmith import config
from booksmith.manuscript.assemble import assemble_book
from booksmith.model import Book, Chapter
from booksmith.pipeline import book_meta
from booksmith.typeset.typography import typeset_book
from support import FIXTURES, SEED_MANUSCRIPT

GOLDEN = Path(__file__).parent / "golden"
REWRITE = os.environ.get("BOOKSMITH_GOLDEN") == "rewrite"
BOOKS = {"seed": SEED_MANUSCRIPT, "hostile_text": FIXTURES / "books" / "hostile_text"}
FINGERPRINT = re.compile(r'^fingerprint = "sha256:[0-9a-f]{64}"$', re.MULTILINE)


def masked(chapter_file: str) -> str:
    return FINGERPRINT.sub('fingerprint = "sha256:(masked: it changes with booksmith\'s code)"', chapter_file)


def visible(text: str) -> str:
    """JSON whose invisible characters (no-break space, zero-width space, …) show as escapes."""
    return "".join(
        f"\\u{ord(c):04x}" if c not in " \u200d" and unicodedata.category(c) in ("Zs", "Cf") else c for c in text
    )


def model_json(chapter: Chapter) -> str:
    def plain(value: Any) -> Any:
        if isinstance(value, dict):
            origin = value.pop("origin", None)
            out = {k: plain(v) for k, v in value.items() if v not in (None, (), [])}
            if origin is None:
                return out
            return {"kind": out.pop("kind"), "at": f"{origin['path']}:{origin['line']}", **out}
        if isinstance(value, list | tuple):
            return [plain(v) for v in value]
        return value.isoformat() if hasattr(value, "isoformat") else value

    return visible(json.dumps(plain(dataclasses.asdict(chapter)), ensure_ascii=False, indent=2)) + "\n"


def rendered(name: str, tmp_path: Path) -> dict[str, str]:
    """Every golden file of one book: relative path → text."""
    log = logging.getLogger("booksmith")
    level = log.level
    log.setLevel(logging.ERROR)  # the notes and warnings are pinned elsewhere
    try:
        settings = config.load(BOOKS[name])
        chapters = assemble_book(settings, tmp_path / "build")
    finally:
        log.setLevel(level)
    files = {
        f"chapters/{path.relative_to(tmp_path / 'build' / 'chapters')}": masked(path.read_text(encoding="utf-8"))
        for path in sorted((tmp_path / "build" / "chapters").rglob("*.md"))
    }
    book = typeset_book(Book(book_meta(settings), chapters))
    files.update({f"typeset/{chapter.id}.json": model_json(chapter) for chapter in book.chapters})
    return files


@pytest.mark.parametrize("name", sorted(BOOKS))
def test_golden(name, tmp_path):
    actual = rendered(name, tmp_path)
    folder = GOLDEN / name
    if REWRITE:
        for stale in folder.rglob("*") if folder.exists() else ():
            if stale.is_file() and str(stale.relative_to(folder)) not in actual:
                stale.unlink()
        for relative, text in actual.items():
            (folder / relative).parent.mkdir(parents=True, exist_ok=True)
            (folder / relative).write_text(text, encoding="utf-8")
        return
    expected = sorted(str(p.relative_to(folder)) for p in folder.rglob("*") if p.is_file())
    assert sorted(actual) == expected, "the set of golden files changed: run `make golden` and review the diff"
    for relative, text in actual.items():
        assert text == (folder / relative).read_text(encoding="utf-8"), f"{name}/{relative} differs: run `make golden`"
