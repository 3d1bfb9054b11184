"""Concurrency and repeatability: `make -j4` gives the files a serial make gives, and builds running at
the same time (of different books, even sharing the default build folder) each make their own book.

Every output is written to a temporary file and renamed, so two processes writing the same chapter
file or page map never leave a torn one. A chapter file is used only when its fingerprint matches
this book's source, and the page map only when its key (a digest of the print HTML, the stylesheets
and the images) matches this book's layout: what another book left in the folder is redone, never used.
"""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from lxml import etree

from booksmith.cli.new import new_book
from booksmith.pipeline import BuildOptions, build
from support import FIXTURES, ROOT, SEED_MANUSCRIPT, letters, pdf_text, run, tool

EPOCH = {"SOURCE_DATE_EPOCH": "1530748800"}  # 2018-07-05: every run stamps the same dates
OUTPUTS = ("booklet.pdf", "booklet.epub", "booklet-imposed.pdf")
DC_TITLE = "{http://purl.org/dc/elements/1.1/}title"


def make(*targets: str, out: Path, build: Path, jobs: int = 1) -> subprocess.CompletedProcess[str]:
    venv = ROOT / ".venv"
    stamps = [f"-o{venv / '.runtime-installed'}", f"-o{venv / '.system-checked'}"]  # never reinstall
    return subprocess.run(
        ["make", "-C", str(ROOT), "--no-print-directory", f"-j{jobs}", *stamps, *targets,
         f"VENV={venv}", f"OUT={out}", f"BUILD={build}"],
        capture_output=True, text=True, check=False, env={**os.environ, **EPOCH},
    )  # fmt: skip


def booksmith(*args: str | Path, cwd: Path) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "booksmith", "-q", "build", *map(str, args)],
        cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env={**os.environ, **EPOCH},
    )  # fmt: skip


def finish(process: subprocess.Popen[str]) -> None:
    _, err = process.communicate(timeout=300)
    assert process.returncode == 0, err


def epub_title(epub: Path) -> str:
    with zipfile.ZipFile(epub) as archive:
        package = etree.fromstring(archive.read("EPUB/content.opf"))
    return "".join(next(package.iter(DC_TITLE)).itertext())


def epub_letters(epub: Path) -> str:
    with zipfile.ZipFile(epub) as archive:
        return letters(b"".join(archive.read(n) for n in archive.namelist() if n.endswith(".xhtml")).decode())


def temporaries(folder: Path) -> list[Path]:
    return [path for path in folder.rglob("*.tmp")]


@pytest.mark.e2e
def test_make_j4_gives_the_same_files_as_a_serial_make(tmp_path):
    """The three book targets run at once (each lays the book out: wasted work, not a fault)."""
    parallel = make("pdf", "epub", "booklet", out=tmp_path / "a" / "dist", build=tmp_path / "a" / "build", jobs=4)
    assert parallel.returncode == 0, parallel.stderr
    serial = make("pdf", "epub", "booklet", out=tmp_path / "b" / "dist", build=tmp_path / "b" / "build")
    assert serial.returncode == 0, serial.stderr
    for name in OUTPUTS:
        assert (tmp_path / "a" / "dist" / name).read_bytes() == (tmp_path / "b" / "dist" / name).read_bytes(), name
    assert sorted(p.name for p in (tmp_path / "a" / "dist").iterdir()) == sorted(OUTPUTS)
    assert temporaries(tmp_path) == []


@pytest.mark.e2e
def test_two_books_built_at_once_into_different_folders_each_get_their_own(tmp_path):
    books = {"Samurai Blue 2018": SEED_MANUSCRIPT, "Thank You, Russia": FIXTURES / "books" / "other_scripts"}
    running = {
        title: booksmith(manuscript, "--out", tmp_path / str(n) / "dist", "--build-dir", tmp_path / str(n) / "build",
                         cwd=tmp_path)
        for n, (title, manuscript) in enumerate(books.items())
    }  # fmt: skip
    for process in running.values():
        finish(process)
    for n, title in enumerate(books):
        other = next(t for t in books if t != title)
        dist = tmp_path / str(n) / "dist"
        text = letters(pdf_text(dist / "booklet.pdf"))
        assert letters(title) in text and letters(other) not in text
        assert epub_title(dist / "booklet.epub") == title
        check = run(tool("qpdf"), "--check", dist / "booklet.pdf")
        assert check.returncode == 0, check.stdout + check.stderr
    assert temporaries(tmp_path) == []


def small_book(root: Path, title: str, sentence: str) -> Path:
    """A book whose one article is `articles/story.txt`, the same name as in every other small book."""
    (root / title).mkdir()
    article = root / title / "story.txt"
    article.write_text(f"{sentence}\n\nThe team flew home the next day.\n", encoding="utf-8")
    return new_book(root / title / "book", [article], title).config.parent


@pytest.mark.e2e
def test_two_books_sharing_the_default_build_folder_never_get_each_others_text(tmp_path, monkeypatch):
    """Both write build/chapters/articles/story.md and build/pagemap.json, at once and then in turn."""
    one = small_book(tmp_path, "Rostov", "Japan led Belgium two goals to nil in Rostov.")
    two = small_book(tmp_path, "Volgograd", "Japan beat Colombia in Saransk and drew with Senegal.")
    at_once = [booksmith(book, "--out", f"dist-{book.parent.name}", cwd=tmp_path) for book in (one, two)]
    for process in at_once:
        finish(process)
    for name, mine, theirs in (("Rostov", "Rostov", "Saransk"), ("Volgograd", "Saransk", "Rostov")):
        dist = tmp_path / f"dist-{name}"
        for text in (epub_letters(dist / "booklet.epub"), letters(pdf_text(dist / "booklet.pdf"))):
            assert letters(mine) in text and letters(theirs) not in text
    # In turn: the second book leaves its chapter file and page map; the first finds them and redoes both.
    monkeypatch.setenv("SOURCE_DATE_EPOCH", EPOCH["SOURCE_DATE_EPOCH"])
    shared = tmp_path / "build"  # what the default `--build-dir build` was, from tmp_path
    build(BuildOptions(two, tmp_path / "dist-again", shared, ("pdf",)))
    build(BuildOptions(one, tmp_path / "dist-again", shared, ("epub",)))
    again = (tmp_path / "dist-again" / "booklet.epub").read_bytes()
    assert again == (tmp_path / "dist-Rostov" / "booklet.epub").read_bytes()
    assert temporaries(tmp_path) == []
