"""The ebook's cover image is the print cover: page 1 of the print layout, rasterised by PDFium.

A designer changes one design (print.css, the print template, a cover photo) and both covers
change with it."""

from __future__ import annotations

import io
import shutil
from pathlib import Path

import pytest
from PIL import Image, ImageChops, ImageStat

from booksmith.pipeline import BuildOptions, build
from epub_reading import Unpacked
from support import FIXTURES, run, tool

pytestmark = pytest.mark.e2e


@pytest.fixture(scope="module")
def redesigned(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The fixture book with its own blue (styles/book.css) and a cover photo, built once."""
    work = tmp_path_factory.mktemp("cover")
    book = work / "book"
    shutil.copytree(FIXTURES / "books" / "ebook_edition", book)
    (book / "styles").mkdir(exist_ok=True)
    (book / "styles" / "book.css").write_text(":root { --team-blue: #8a1c1c; }\n", encoding="utf-8")
    Image.new("RGB", (600, 400), (40, 160, 60)).save(book / "cover.jpg", quality=95)
    build(BuildOptions(book, work / "dist", work / "build"))
    return work / "dist"


def epub_cover(epub: Path) -> Image.Image:
    book = Unpacked(epub)
    item = book.item_with("cover-image")
    return Image.open(io.BytesIO(book.files["EPUB/" + item.get("href")])).convert("RGB")


def pdf_cover(pdf: Path, work: Path, size: tuple[int, int]) -> Image.Image:
    """Page 1 of the PDF as poppler draws it, at the EPUB cover's size."""
    run(tool("pdftoppm"), "-png", "-f", "1", "-l", "1", "-scale-to-x", size[0], "-scale-to-y", size[1], pdf, work / "p")
    return Image.open(next(work.glob("p*.png"))).convert("RGB")


def test_the_epub_cover_is_page_one_of_the_print_edition(redesigned: Path, tmp_path: Path) -> None:
    cover = epub_cover(redesigned / "booklet.epub")
    assert cover.size == (1480, 2100)  # A5 at 10 px/mm, cropped to the trim
    printed = pdf_cover(redesigned / "booklet.pdf", tmp_path, cover.size)
    # Two rasterisers (PDFium, poppler) differ only in their anti-aliasing at the edges of type.
    difference = ImageStat.Stat(ImageChops.difference(cover, printed).convert("L"))
    assert difference.mean[0] < 2.0


def test_the_book_s_own_design_changes_the_epub_cover_too(redesigned: Path) -> None:
    cover = epub_cover(redesigned / "booklet.epub")
    assert cover.getpixel((5, 5)) == (0x8A, 0x1C, 0x1C)  # book.css's blue, not print.css's
    green = [cover.getpixel((x, y)) for x in range(0, 1480, 20) for y in range(1050, 2100, 20)]
    assert (40, 160, 60) in green or any(abs(g - 160) < 6 and r < 50 and b < 70 for r, g, b in green)  # the photo


def test_the_cover_is_the_same_bytes_every_build(redesigned: Path, tmp_path: Path) -> None:
    book = redesigned.parent / "book"
    build(BuildOptions(book, tmp_path / "dist", tmp_path / "build", ("epub",)))
    assert (tmp_path / "dist" / "booklet.epub").read_bytes() == (redesigned / "booklet.epub").read_bytes()


def test_an_epub_built_after_the_pdf_alone_has_the_same_cover(redesigned: Path, tmp_path: Path) -> None:
    """`make pdf`, then `make epub`: the PDF's build keeps the cover page, the EPUB's draws it from there."""
    book = redesigned.parent / "book"
    build(BuildOptions(book, tmp_path / "dist", tmp_path / "build", ("pdf",)))
    build(BuildOptions(book, tmp_path / "dist", tmp_path / "build", ("epub",)))
    assert (tmp_path / "dist" / "booklet.epub").read_bytes() == (redesigned / "booklet.epub").read_bytes()
