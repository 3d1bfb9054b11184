"""`make booklet`: the seed booklet's pages imposed two up on A4 landscape, in saddle-stitch order.

The order is checked by text: each half of each sheet side must read exactly like the
page of the booklet that belongs there (its folio and running head included).
"""

from __future__ import annotations

import logging
from pathlib import Path

import pikepdf
import pytest

from booksmith.pdf.finishing import POINTS_PER_MM
from booksmith.pdf.impose import (
    A4_LANDSCAPE,
    LETTER_LANDSCAPE,
    SheetLayout,
    Side,
    creep_shift_mm,
    impose,
    saddle_stitch_order,
)
from support import letters, run, tool


@pytest.fixture(scope="module")
def imposed(seed_build, tmp_path_factory: pytest.TempPathFactory) -> Path:
    target = tmp_path_factory.mktemp("booklet") / "booklet-imposed.pdf"
    impose(seed_build.pdf, target)
    return target


def page_count(pdf: Path) -> int:
    with pikepdf.open(pdf) as document:
        return len(document.pages)


def text_of(pdf: Path, page: int, box: tuple[float, float, float, float] | None = None) -> str:
    """A page's letters, or those inside box (x, y, w, h in points from the top left)."""
    crop: list[str] = []
    if box is not None:
        x, y, w, h = (str(round(value)) for value in box)
        crop = ["-x", x, "-y", y, "-W", w, "-H", h]
    result = run(tool("pdftotext"), "-r", "72", "-f", str(page), "-l", str(page), *crop, "-enc", "UTF-8", pdf, "-")
    assert result.returncode == 0, result.stderr
    return letters(result.stdout)


def test_saddle_stitch_order_for_twelve_pages():
    assert saddle_stitch_order(12) == [
        Side(12, 1, 0),
        Side(2, 11, 0),
        Side(10, 3, 1),
        Side(4, 9, 1),
        Side(8, 5, 2),
        Side(6, 7, 2),
    ]


@pytest.mark.parametrize("pages", [4, 8, 16, 40])
def test_every_page_is_placed_once_and_facing_pages_add_up(pages):
    sides = saddle_stitch_order(pages)
    assert len(sides) == pages // 2
    assert sorted(n for side in sides for n in (side.left, side.right)) == list(range(1, pages + 1))
    assert all(side.left + side.right == pages + 1 for side in sides), "pages on one side mirror across the fold"


@pytest.mark.parametrize("pages", [0, 6, 13])
def test_only_whole_sheets_can_be_imposed(pages):
    with pytest.raises(ValueError):
        saddle_stitch_order(pages)


def test_creep_grows_from_the_outer_sheet_to_the_centre():
    assert [creep_shift_mm(sheet, 5, 0.8) for sheet in range(5)] == pytest.approx([0, 0.2, 0.4, 0.6, 0.8])
    assert creep_shift_mm(0, 1, 0.8) == 0


@pytest.mark.e2e
def test_the_imposed_booklet_is_a4_landscape_with_half_as_many_pages(seed_build, imposed):
    assert page_count(imposed) == page_count(seed_build.pdf) // 2
    with pikepdf.open(imposed) as pdf:
        for page in pdf.pages:
            assert [float(v) for v in page.mediabox] == pytest.approx([0, 0, *A4_LANDSCAPE], abs=0.01)


@pytest.mark.e2e
def test_each_half_sheet_reads_as_the_page_saddle_stitching_puts_there(seed_build, imposed):
    width, height = A4_LANDSCAPE
    pages = page_count(seed_build.pdf)
    assert pages % 4 == 0, "the design pads the booklet to whole sheets"
    for number, side in enumerate(saddle_stitch_order(pages), start=1):
        left = text_of(imposed, number, (0, 0, width / 2, height))
        right = text_of(imposed, number, (width / 2, 0, width / 2, height))
        assert (left, right) == (text_of(seed_build.pdf, side.left), text_of(seed_build.pdf, side.right)), side


def test_a5_pages_are_placed_at_full_size_meeting_at_the_fold():
    layout = SheetLayout(A4_LANDSCAPE, 148 * POINTS_PER_MM, 210 * POINTS_PER_MM)
    assert layout.scale == 1
    assert layout.origin(right_hand=True, shift=0)[0] == pytest.approx(A4_LANDSCAPE[0] / 2)
    assert layout.origin(right_hand=False, shift=0)[0] + 148 * POINTS_PER_MM == pytest.approx(A4_LANDSCAPE[0] / 2)


def test_letter_pages_shrink_to_fit_a_letter_sheet():
    assert SheetLayout(LETTER_LANDSCAPE, 612, 792).scale == pytest.approx(396 / 612)


@pytest.mark.e2e
def test_creep_moves_the_inner_sheets_pages_toward_the_fold(seed_build, tmp_path):
    plain, crept = tmp_path / "plain.pdf", tmp_path / "crept.pdf"
    impose(seed_build.pdf, plain)
    impose(seed_build.pdf, crept, creep_mm=1.0)
    innermost = page_count(plain) - 1  # the last sheet's back: the centre spread
    plain_left, plain_right = placements(plain, innermost)
    crept_left, crept_right = placements(crept, innermost)
    assert crept_left - plain_left == pytest.approx(POINTS_PER_MM, abs=0.01)  # the left page moves right
    assert plain_right - crept_right == pytest.approx(POINTS_PER_MM, abs=0.01)  # the right page moves left
    assert placements(plain, 0) == placements(crept, 0), "the outermost sheet does not move"


def placements(pdf: Path, index: int) -> tuple[float, float]:
    """The x translation of the left and the right page on one sheet side."""
    with pikepdf.open(pdf) as document:
        moves = [
            float(operands[4])
            for operands, operator in pikepdf.parse_content_stream(document.pages[index])
            if str(operator) == "cm"
        ]
    assert len(moves) == 2
    return moves[0], moves[1]


@pytest.mark.e2e
def test_a_page_count_short_of_whole_sheets_is_padded_with_blanks_and_a_warning(seed_build, tmp_path, caplog):
    six = tmp_path / "six.pdf"
    with pikepdf.open(seed_build.pdf) as pdf:
        del pdf.pages[6:]
        pdf.save(six)
    with caplog.at_level(logging.WARNING, logger="booksmith"):
        assert impose(six, tmp_path / "imposed.pdf") == 4
    assert "six.pdf: 6 pages; the booklet adds 2 blank pages at the end" in caplog.text
    assert text_of(tmp_path / "imposed.pdf", 1, (0, 0, A4_LANDSCAPE[0] / 2, A4_LANDSCAPE[1])) == ""  # page 8


@pytest.mark.e2e
def test_imposing_twice_gives_the_same_bytes(seed_build, imposed, tmp_path):
    again = tmp_path / "again.pdf"
    impose(seed_build.pdf, again)
    assert again.read_bytes() == imposed.read_bytes()


@pytest.mark.e2e
def test_the_imposed_file_passes_qpdf_check(imposed):
    result = run(tool("qpdf"), "--check", imposed)
    assert result.returncode == 0, result.stdout + result.stderr


def _blue_share(pdf: Path, page: int, work: Path) -> float:
    """How much of a sheet side is the team's blue (a dark, saturated blue), from a rendering."""
    from PIL import Image

    prefix = work / f"side-{page}"
    run(tool("pdftoppm"), "-png", "-r", "20", "-f", str(page), "-l", str(page), "-singlefile", pdf, prefix)
    with Image.open(f"{prefix}.png") as image:
        rgb = image.convert("RGB")
        pixels = [rgb.getpixel((x, y)) for y in range(rgb.height) for x in range(rgb.width)]
    return sum(1 for r, g, b in pixels if b > 100 and r < 80 and g < 100) / len(pixels)


@pytest.mark.e2e
def test_the_booklet_for_a_home_printer_has_light_covers_and_the_print_file_keeps_its_blue(tmp_path):
    from booksmith.pipeline import BuildOptions, build
    from support import SEED_MANUSCRIPT

    logging.getLogger("booksmith").setLevel(logging.ERROR)
    build(BuildOptions(SEED_MANUSCRIPT, tmp_path / "dist", tmp_path / "build", ("pdf",), booklet=True))
    imposed = tmp_path / "dist" / "booklet-imposed.pdf"
    assert _blue_share(tmp_path / "dist" / "booklet.pdf", 1, tmp_path) > 0.9  # the cover: blue to its edges
    assert _blue_share(imposed, 1, tmp_path) < 0.05  # sheet 1's front: the back and front covers, light
    front = text_of(imposed, 1, (A4_LANDSCAPE[0] / 2, 0, A4_LANDSCAPE[0] / 2, A4_LANDSCAPE[1]))
    assert front == text_of(tmp_path / "dist" / "booklet.pdf", 1)  # the same words, set light
