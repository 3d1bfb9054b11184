"""`build` keeps each chapter's layout in `build/parts/` (`pdf/partcache.py`), and the join its merged fonts
in `build/parts/fonts/` (`pdf/sharedfonts.py`): after an edit only the chapters whose inputs changed are laid
out again, and the file is the same, byte for byte, as a clean build of the edited book. Each way of changing
a book is tried on a copy of one built book: the edited book built with the kept parts must equal it built
into an empty build folder. A change of the styles, the fonts, an image or the margins changes the parts'
keys (the last test), as the page size does here."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from booksmith.pdf.layout import PrintSetup
from booksmith.pdf.partcache import PartCache, context_key
from support import ROOT

sys.path.insert(0, str(ROOT / "bench"))
from manuscripts import write_manuscript

KEPT = re.compile(r"layout: (\d+) of (\d+) parts laid out, the rest kept from ")


def build(manuscript: Path, build_dir: Path, out: Path) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "booksmith", "build", str(manuscript), "--pdf"]  # as `make pdf`: --jobs auto
    done = subprocess.run(
        [*command, "--out", str(out), "--build-dir", str(build_dir)], capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stderr
    assert "laid out in one process" not in done.stderr, done.stderr
    return done


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A 6-chapter book (about 28 pages), built once: its build folder holds the parts and the merged fonts."""
    work = tmp_path_factory.mktemp("kept")
    assert write_manuscript(work / "book", 28) >= 5
    build(work / "book", work / "build", work / "dist")
    assert len(list((work / "build" / "parts").glob("*.pdf"))) >= 8  # each chapter, the front matter twice, …
    assert len(list((work / "build" / "parts" / "fonts").glob("*.font"))) >= 3  # a program for each font
    return work


def _article(book: Path, number: int = 2) -> Path:
    return sorted((book / "articles").glob("*.txt"))[number]


def _edit_a_word(book: Path) -> None:
    path = _article(book)
    path.write_text(path.read_text().replace(" the ", " the very ", 1))


def _add_a_page(book: Path) -> None:
    path = _article(book)
    text = path.read_text()
    paragraphs = [p for p in text.split("\n\n") if len(p) > 200]
    path.write_text(text + "\n\n" + "\n\n".join(paragraphs * 3) + "\n")  # more than the padding to a sheet


def _remove_a_page(book: Path) -> None:
    path = _article(book)
    paragraphs = path.read_text().split("\n\n")
    path.write_text("\n\n".join(paragraphs[: max(3, len(paragraphs) // 3)]) + "\n")


def _move_a_chapter(book: Path) -> None:
    toml = (book / "book.toml").read_text()
    head, *entries = toml.split("[[chapters]]")
    entries[1], entries[3] = entries[3], entries[1]
    (book / "book.toml").write_text("[[chapters]]".join([head, *entries]))


def _change_the_page_size(book: Path) -> None:
    toml = book / "book.toml"
    toml.write_text(toml.read_text().replace('page_size = "A5"', 'page_size = "B5"'))


CHANGES: dict[str, tuple[Callable[[Path], None], bool, int]] = {
    # the change → whether most parts are kept, and how the book's page count moves (-1, 0, 1)
    "a word of one article": (_edit_a_word, True, 0),
    "an article that grows by pages": (_add_a_page, True, 1),
    "an article that shrinks by pages": (_remove_a_page, True, -1),
    "a chapter moved": (_move_a_chapter, True, 0),
    "the page size": (_change_the_page_size, False, -1),
}


def _pages(pdf: Path) -> int:
    import pikepdf

    with pikepdf.open(pdf) as document:
        return len(document.pages)


@pytest.mark.e2e
@pytest.mark.parametrize("change", list(CHANGES))
def test_an_edited_book_built_with_its_kept_parts_is_its_clean_build(built: Path, tmp_path: Path, change: str) -> None:
    edit, most_kept, pages = CHANGES[change]
    shutil.copytree(built / "book", tmp_path / "book")
    shutil.copytree(built / "build", tmp_path / "build")
    edit(tmp_path / "book")
    again = build(tmp_path / "book", tmp_path / "build", tmp_path / "again")
    clean = build(tmp_path / "book", tmp_path / "clean-build", tmp_path / "clean")
    assert KEPT.search(clean.stderr) is None  # nothing to keep in an empty build folder
    kept = KEPT.search(again.stderr)
    if most_kept:
        assert kept is not None, again.stderr
        laid_out, parts = map(int, kept.groups())
        assert 1 <= laid_out < parts, again.stderr  # the chapter, and what depends on where its pages fall
    else:
        assert kept is None or int(kept.group(1)) > int(kept.group(2)) // 2, again.stderr
    assert (tmp_path / "again" / "booklet.pdf").read_bytes() == (tmp_path / "clean" / "booklet.pdf").read_bytes()
    before, after = _pages(built / "dist" / "booklet.pdf"), _pages(tmp_path / "again" / "booklet.pdf")
    assert (after > before) - (after < before) == pages, (before, after)  # pages padded to whole sheets
    # The kept parts are this build's: the last version's are gone.
    for folder in ("parts", "parts/fonts"):
        names = {path.name for path in (tmp_path / "build" / folder).iterdir()}
        assert names == {path.name for path in (tmp_path / "clean-build" / folder).iterdir()}


@pytest.mark.e2e
def test_damaged_kept_parts_are_laid_out_again(built: Path, tmp_path: Path) -> None:
    """Five entries damaged five ways in one build folder: those five parts alone are laid out again; two
    damaged merged fonts are merged again."""
    shutil.copytree(built / "book", tmp_path / "book")
    shutil.copytree(built / "build", tmp_path / "build")
    cut_font, linked_font, good_font = sorted((tmp_path / "build" / "parts" / "fonts").glob("*.font"))[:3]
    cut_font.write_bytes(cut_font.read_bytes()[:-1])  # its digest no longer matches the program
    linked_font.unlink()
    linked_font.symlink_to(good_font)
    parts = sorted((tmp_path / "build" / "parts").glob("*.pdf"), key=lambda path: path.stat().st_size)
    truncated, emptied, swapped, linked, misrecorded, other = parts[-6:]
    truncated.write_bytes(truncated.read_bytes()[: truncated.stat().st_size // 2])
    emptied.write_bytes(b"")
    swapped.write_bytes(other.read_bytes())  # another part's file: its digest is not the record's
    linked.unlink()
    linked.symlink_to(other)  # a link is never followed, even to a good entry
    misrecorded.with_suffix(".json").write_text('{"format": 1, "pdf": 7, "pages": "many"}')
    again = build(tmp_path / "book", tmp_path / "build", tmp_path / "again")
    kept = KEPT.search(again.stderr)
    assert kept is not None and int(kept.group(1)) == 5, again.stderr
    assert (tmp_path / "again" / "booklet.pdf").read_bytes() == (built / "dist" / "booklet.pdf").read_bytes()
    assert not linked.is_symlink() and linked.is_file()  # laid out again and kept as a file of its own
    assert not linked_font.is_symlink() and linked_font.read_bytes() != good_font.read_bytes()
    assert cut_font.read_bytes() == (built / "build" / "parts" / "fonts" / cut_font.name).read_bytes()


def _setup(styles: Path, base: Path) -> PrintSetup:
    return PrintSetup(base=base, styles=(styles / "print.css",), page_size="A5", allowed=(base, styles))


def test_a_part_s_key_changes_with_its_styles_fonts_images_and_page(tmp_path: Path) -> None:
    styles, base = tmp_path / "styles", tmp_path / "book"
    (styles / "fonts").mkdir(parents=True)
    (base / "photos").mkdir(parents=True)
    (styles / "print.css").write_text("p { margin: 0 }")
    (styles / "fonts" / "Body.otf").write_bytes(b"OTTO one")
    (base / "photos" / "a.jpg").write_bytes(b"one")
    html = '<p>Kazan</p><img src="photos/a.jpg">'
    setup = _setup(styles, base)
    key = PartCache(tmp_path / "parts", setup).key(html, "")
    assert PartCache(tmp_path / "parts", setup).key(html, "") == key  # the same inputs, the same key
    assert PartCache(tmp_path / "parts", setup).key(html + " ", "") != key
    assert PartCache(tmp_path / "parts", setup).key(html, "body { }") != key
    assert PartCache(tmp_path / "parts", setup).key(html, "", pages=4) != key
    (base / "photos" / "a.jpg").write_bytes(b"two")  # the image the part shows
    assert PartCache(tmp_path / "parts", setup).key(html, "") != key
    cover = """<div class="cover-photo" style="background-image: url('cover.jpg')"></div>"""
    (base / "cover.jpg").write_bytes(b"one")
    key = PartCache(tmp_path / "parts", setup).key(cover, "")
    (base / "cover.jpg").write_bytes(b"two")  # the cover photo, shown by a style attribute
    assert PartCache(tmp_path / "parts", setup).key(cover, "") != key
    outside = tmp_path / "elsewhere.jpg"  # a file outside the book is never read, not even for a key
    outside.write_bytes(b"one")
    named = f'<img src="{outside.as_uri()}">'
    key = PartCache(tmp_path / "parts", setup).key(named, "")
    outside.write_bytes(b"two")
    assert PartCache(tmp_path / "parts", setup).key(named, "") == key
    before = context_key(setup)
    (styles / "fonts" / "Body.otf").write_bytes(b"OTTO two")
    assert context_key(setup) != before
    before = context_key(setup)
    (styles / "print.css").write_text("p { margin: 1pt }")
    assert context_key(setup) != before
    for changed in (
        PrintSetup(base=base, styles=setup.styles, page_size="B5", allowed=setup.allowed),
        PrintSetup(base=base, styles=setup.styles, page_size="A5", allowed=setup.allowed, bleed_mm=3.0),
        PrintSetup(base=base, styles=setup.styles, page_size="A5", allowed=setup.allowed, margins_mm=(("top", 9.0),)),
    ):
        assert context_key(changed) != context_key(setup)
