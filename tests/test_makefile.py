"""The Makefile rebuilds the booklet when, and only when, a file the book is made of changed.

`make -q` answers without running anything, so these tests lay out no book: the outputs are
stand-ins dated after every input, and one input at a time is dated after them.
"""

from __future__ import annotations

import os
import subprocess
import time
from pathlib import Path

import pytest

from support import ROOT

BOOK_TOML = """\
[book]
title = "Tracked"

[[chapters]]
source = "articles/a.txt"

[[chapters]]
source = "chapters/b.md"

[[chapters]]
source = "articles/my story: part 2.txt"

[[chapters.figures]]
label = "Fans"
image = "photos/fans.jpg"
"""
# An article whose name has a space, a photo only the Markdown chapter names, a font only book.css names.
INPUTS = ("book.toml", "articles/a.txt", "chapters/b.md", "photos/fans.jpg", "articles/my story: part 2.txt",
          "chapters/images/bench.jpg", "styles/book.css", "styles/fonts/Title.otf")  # fmt: skip


def make_q(manuscript: Path, out: Path, target: str = "pdf") -> int:
    venv = ROOT / ".venv"
    stamps = [f"-o{venv / '.runtime-installed'}", f"-o{venv / '.system-checked'}"]  # never reinstall
    command = ["make", "-C", str(ROOT), "-q", *stamps, target, f"VENV={venv}", f"MANUSCRIPT={manuscript}", f"OUT={out}"]
    return subprocess.run([*command, f"BUILD={out.parent / 'build'}"], capture_output=True, check=False).returncode


@pytest.fixture
def book(tmp_path: Path) -> tuple[Path, Path]:
    manuscript, out = tmp_path / "book", tmp_path / "dist"
    for relative in INPUTS:
        (manuscript / relative).parent.mkdir(parents=True, exist_ok=True)
        (manuscript / relative).write_text(BOOK_TOML if relative == "book.toml" else "x\n", encoding="utf-8")
    out.mkdir()
    later = time.time() + 100
    for name in ("booklet.pdf", "booklet-imposed.pdf"):
        (out / name).write_bytes(b"%PDF stand-in\n")
        os.utime(out / name, (later, later))
    return manuscript, out


def test_nothing_changed_is_up_to_date(book):
    assert make_q(*book) == 0


@pytest.mark.parametrize("changed", INPUTS)
def test_a_changed_article_chapter_image_or_book_toml_rebuilds(book, changed):
    manuscript, out = book
    later = time.time() + 200
    os.utime(manuscript / changed, (later, later))
    assert make_q(manuscript, out) == 1


def test_outputs_and_hidden_files_inside_the_manuscript_are_not_inputs(book):
    manuscript, out = book
    later = time.time() + 200
    for relative in (".notes.txt", "articles/a.txt~", "build/chapters/articles/a.md"):
        (manuscript / relative).parent.mkdir(parents=True, exist_ok=True)
        (manuscript / relative).write_text("x\n", encoding="utf-8")
        os.utime(manuscript / relative, (later, later))
    venv = ROOT / ".venv"
    stamps = [f"-o{venv / '.runtime-installed'}", f"-o{venv / '.system-checked'}"]
    command = ["make", "-C", str(ROOT), "-q", *stamps, "pdf", f"VENV={venv}", f"MANUSCRIPT={manuscript}", f"OUT={out}"]
    assert subprocess.run([*command, f"BUILD={manuscript / 'build'}"], capture_output=True).returncode == 0


def test_a_name_make_cannot_write_rebuilds_every_time(book):
    manuscript, out = book
    (manuscript / "articles" / "price $5.txt").write_text("x\n", encoding="utf-8")
    os.utime(manuscript / "articles" / "price $5.txt", (0, 0))  # older than every output, yet
    assert make_q(manuscript, out) == 1
