"""Photos at print size: each prints at 150 dpi or sharper, as wide as its column allows, never stretched
past its pixels; one too small to fill its place prints smaller and the build says so at the figure's
line. What the PDF holds is read back by Poppler's `pdfimages`, not from booksmith's own figures."""

from __future__ import annotations

import pytest

from booksmith.cli.main import main
from booksmith.pdf.photos import PrintedPhoto, soft_photo_message
from support import run, tool, write_photo
from test_safety import build_args, small_book

PHOTOS = {  # label: (file, pixels)
    "In the north stand": ("stand.jpg", (2000, 1333)),  # plenty: fills the column
    "At the ticket office": ("ticket.jpg", (300, 200)),  # too few pixels to fill it
    "By the old tower": ("tower.jpg", (600, 1800)),  # tall: its page's height bounds it, not its pixels
}


def _photo_book(tmp_path, css: str | None = None):
    book = small_book(tmp_path, css)
    story = next((book / "articles").iterdir())
    text = story.read_text(encoding="utf-8")
    for label, (name, size) in PHOTOS.items():
        write_photo(book / "photos" / name, size=size)
        text += f"\n{label}\nSupporters gather {label.lower()} on the day of the match. Photo: Ken Lens\n"
    story.write_text(text, encoding="utf-8")
    with (book / "book.toml").open("a", encoding="utf-8") as toml:
        for label, (name, _) in PHOTOS.items():
            toml.write(f'[[chapters.figures]]\nlabel = "{label}"\nimage = "photos/{name}"\n')
    return book, story


def _placed_ppi(pdf) -> dict[tuple[int, int], float]:
    """Each image in the PDF by its pixel size → the resolution it is placed at (pdfimages' x-ppi)."""
    listing = run(tool("pdfimages"), "-list", pdf).stdout.splitlines()[2:]
    placed = {}
    for row in listing:
        cells = row.split()
        if cells[2] == "image":  # not an smask
            placed[(int(cells[3]), int(cells[4]))] = float(cells[12])
    return placed


def _line_of(story, text: str) -> int:
    return next(n for n, line in enumerate(story.read_text(encoding="utf-8").splitlines(), 1) if text in line)


@pytest.mark.e2e
def test_photos_print_sharp_and_only_the_one_short_of_pixels_is_named(tmp_path, capsys):
    book, story = _photo_book(tmp_path)
    assert main(build_args(book, "--pdf")) == 0
    err = capsys.readouterr().err
    placed = _placed_ppi(book.parent / "dist" / "booklet.pdf")
    assert set(placed) == {size for _, size in PHOTOS.values()}
    assert all(ppi >= 149 for ppi in placed.values()), placed  # none stretched below 150 dpi
    assert placed[(300, 200)] == pytest.approx(150, abs=1)  # printed at its own size at 150 dpi
    # The large one fills the column (an A5 column is under 5 inches: 2,000 pixels over it is over 400 dpi).
    assert 400 < placed[(2000, 1333)] < 500
    assert placed[(600, 1800)] > 300  # bounded by the page's height, not by its pixels
    warnings = [line for line in err.splitlines() if "dpi" in line]
    ticket = _line_of(story, "At the ticket office")
    assert len(warnings) == 1, err
    assert warnings[0].startswith(f"{story}:")
    assert "image 'photos/ticket.jpg' (300 × 200 pixels) prints 51 mm wide" in warnings[0]
    assert abs(int(warnings[0].split(":")[1]) - ticket) <= 1  # the label's line or the caption's under it


@pytest.mark.e2e
def test_a_style_that_stretches_a_photo_is_warned_of_at_the_dpi_it_prints(tmp_path, capsys):
    book, _ = _photo_book(tmp_path, css="figure.photo img { width: 100%; max-height: none; }")
    assert main(build_args(book, "--pdf")) == 0
    err = capsys.readouterr().err
    placed = _placed_ppi(book.parent / "dist" / "booklet.pdf")
    assert placed[(300, 200)] < 100  # the book's CSS wins: stretched over the column
    soft = [line for line in err.splitlines() if "dpi, soft on paper" in line]
    assert len(soft) == 2 and "photos/ticket.jpg" in soft[0] and "photos/tower.jpg" in soft[1], err
    assert f"prints at {placed[(300, 200)]:.0f} dpi" in soft[0]
    assert f"prints at {placed[(600, 1800)]:.0f} dpi" in soft[1]  # 600 pixels over the whole column
    assert "stand.jpg" not in err


def _photo(pixels: int, printed: float, fullest: float) -> PrintedPhoto:
    return PrintedPhoto("c-1", pixels, pixels // 2, printed_width=printed, fullest_width=fullest)


def test_a_photo_that_fills_its_place_at_150_dpi_or_nearly_says_nothing():
    assert soft_photo_message(_photo(2000, 430, 430), "a.jpg") is None
    assert soft_photo_message(_photo(640, 410, 430), "a.jpg") is None  # 142 dpi over the column: within a tenth


def test_a_photo_short_of_pixels_is_told_the_width_that_fills_its_place():
    message = soft_photo_message(_photo(300, 192, 432), "a.jpg")
    assert message == (
        "image 'a.jpg' (300 × 150 pixels) prints 51 mm wide, less than the 114 mm its place has, so that it "
        "stays at 150 dpi: a copy at least 675 pixels wide fills it"
    )


def test_a_stretched_photo_is_told_its_dpi():
    message = soft_photo_message(_photo(300, 432, 432), "a.jpg")
    assert message is not None and "prints at 67 dpi, soft on paper" in message and "675 pixels" in message
