"""`booksmith preview`: page pictures and a sheet of spreads that shows the booklet as a reader holds it."""

from __future__ import annotations

import re
import shutil

import pytest
from PIL import Image

from booksmith.cli import preview
from booksmith.cli.main import main
from booksmith.cli.preview import compose_sheet, make_preview, spreads
from support import SEED_MANUSCRIPT, run, tool

COLOURS = [(200, 30, 30), (30, 160, 30), (30, 30, 200), (220, 200, 20), (20, 200, 200)]


@pytest.mark.parametrize(
    ("pages", "expected"),
    [
        (1, [(None, 1)]),
        (2, [(None, 1), (2, None)]),
        (3, [(None, 1), (2, 3)]),
        (8, [(None, 1), (2, 3), (4, 5), (6, 7), (8, None)]),
        (9, [(None, 1), (2, 3), (4, 5), (6, 7), (8, 9)]),
    ],
)
def test_spreads_are_the_pages_as_a_booklet_opens(pages, expected):
    assert spreads(pages) == expected


def test_the_sheet_puts_the_cover_on_the_right_and_pairs_the_rest(tmp_path):
    pages = []
    for number, colour in enumerate(COLOURS[:4], start=1):
        path = tmp_path / f"page-{number}.png"
        Image.new("RGB", (100, 141), colour).save(path)
        pages.append(path)
    sheet_path = tmp_path / "spreads.png"
    compose_sheet(pages, sheet_path, thumb_height=141)
    sheet = Image.open(sheet_path).convert("RGB")
    m, gap, w, h = preview.MARGIN, preview.GAP, 100, 141
    # Three spreads (1 | 2–3 | 4), two a row: the cover, then 2–3 beside it, then 4 alone below.
    assert sheet.size == (2 * m + 2 * 2 * w + gap, 2 * m + 2 * (h + gap) - gap + gap // 2)

    def at(x: int, y: int) -> tuple[int, int, int]:
        return sheet.getpixel((x, y))  # type: ignore[return-value]

    middle = m + h // 2
    assert at(m + w // 2, middle) == preview.BACKGROUND  # nothing left of the cover
    assert at(m + w + w // 2, middle) == COLOURS[0]  # the cover, a right-hand page
    second = m + 2 * w + gap
    assert at(second + w // 2, middle) == COLOURS[1]
    assert at(second + w + w // 2, middle) == COLOURS[2]
    below = m + h + gap + h // 2
    assert at(m + w // 2, below) == COLOURS[3]  # an even last page: a left-hand page alone
    assert at(m + w + w // 2, below) == preview.BACKGROUND


@pytest.mark.e2e
def test_preview_of_the_seed_booklet(seed_build, tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    shutil.copytree(seed_build.out, tmp_path / "dist", ignore=shutil.ignore_patterns("preview"))
    stale = tmp_path / "dist" / "preview" / "page-99.png"
    stale.parent.mkdir()
    Image.new("RGB", (10, 10)).save(stale)
    assert main(["preview", str(SEED_MANUSCRIPT), "--no-build", "--dpi", "40"]) == 0
    pages = sorted((tmp_path / "dist" / "preview").glob("page-*.png"))
    count = seed_build.result.pages
    assert count is not None and len(pages) == count
    assert not stale.exists()
    first = Image.open(pages[0])
    assert abs(first.width / first.height - 148 / 210) < 0.01  # A5 pages
    sheet = Image.open(tmp_path / "dist" / "preview" / "spreads.png")
    assert sheet.width > sheet.height / 2  # spreads side by side, not a strip of pages
    assert capsys.readouterr().err == (
        f"preview: {count} pages in dist/preview/, the spreads in dist/preview/spreads.png\n"
    )
    info = run(tool("pdfinfo"), tmp_path / "dist" / "booklet.pdf").stdout
    assert re.search(rf"^Pages:\s+{count}$", info, re.MULTILINE)  # every page, by poppler's count too


def test_no_pdf_to_preview_is_a_clear_error(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    assert main(["preview", str(SEED_MANUSCRIPT), "--no-build"]) == 4
    assert capsys.readouterr().err == "dist/booklet.pdf: no PDF to preview (run `booksmith build --pdf` first)\n"


@pytest.mark.e2e
def test_a_missing_pdftoppm_is_named(seed_build, tmp_path, monkeypatch):
    monkeypatch.setenv("PATH", str(tmp_path))  # a PATH with no poppler on it
    with pytest.raises(Exception, match=r"'pdftoppm' is not installed; preview needs it") as error:
        make_preview(seed_build.pdf, tmp_path)
    assert "poppler-utils" in str(error.value)
