"""`pdf/sharedfonts`: the parts' subsets of a font merged into one, drawn exactly as before.

Two small documents laid out by WeasyPrint, each with its own subsets of a CFF font (the book's
Linux Libertine) and a TrueType one (DejaVu Sans Mono), are joined page by page as `join` does;
the merged file must hold one program per font, and every page must draw the same pixels and
give the same text as the unmerged file. What cannot be shown to be one font stays apart.
"""

from __future__ import annotations

from pathlib import Path

import pikepdf
import pytest
from PIL import Image, ImageChops

from booksmith.pdf.sharedfonts import share_font_subsets
from support import ROOT, font_programs, run, tool

pytestmark = pytest.mark.e2e  # WeasyPrint lays the parts out

FONTS = ROOT / "styles" / "fonts"
PAGE = """<!DOCTYPE html><html><head><style>
@font-face {{ font-family: Book; src: url("{fonts}/LinLibertine_R.otf"); }}
body {{ font-family: Book; font-size: 14pt; }} code {{ font-family: "DejaVu Sans Mono"; }}
</style></head><body><p>{text}</p><p><code>{code}</code></p></body></html>"""
PARTS = [
    ("Japan held Belgium for an hour in Rostov, and then the night turned.", "score = 2 - 3"),
    ("Quixotic fans waved flags; zealous drummers kept the beat until dawn.", "kick_off(21:00) # Kazan"),
]


def _part(text: str, code: str, target: Path) -> Path:
    import weasyprint

    html = PAGE.format(fonts=FONTS.as_uri(), text=text, code=code)
    weasyprint.HTML(string=html, base_url=str(ROOT)).write_pdf(target)
    return target


def _joined(parts: list[Path], target: Path, share: bool) -> Path:
    with pikepdf.open(parts[0]) as book:
        opened = [pikepdf.open(part) for part in parts[1:]]
        for other in opened:
            book.pages.extend(other.pages)
        if share:
            assert share_font_subsets(book) == 2  # Linux Libertine and DejaVu Sans Mono
        book.save(target, deterministic_id=True)  # as the join saves: a hash of the content, not a random /ID
        for other in opened:
            other.close()
    return target


@pytest.fixture(scope="module")
def joined(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    work = tmp_path_factory.mktemp("sharedfonts")
    parts = [_part(text, code, work / f"part-{i}.pdf") for i, (text, code) in enumerate(PARTS)]
    return _joined(parts, work / "apart.pdf", share=False), _joined(parts, work / "shared.pdf", share=True)


def test_each_font_is_embedded_once(joined: tuple[Path, Path]) -> None:
    apart, shared = joined
    assert font_programs(apart) == sorted(["Book,", "DejaVu-Sans-Mono"] * 2)  # Book: the @font-face family
    assert font_programs(shared) == ["Book,", "DejaVu-Sans-Mono"]
    assert shared.stat().st_size < apart.stat().st_size
    assert run(tool("qpdf"), "--check", shared).returncode == 0


def test_every_page_draws_and_reads_as_before(joined: tuple[Path, Path], tmp_path: Path) -> None:
    apart, shared = joined
    assert run(tool("pdftotext"), shared, "-").stdout == run(tool("pdftotext"), apart, "-").stdout
    for name, pdf in (("apart", apart), ("shared", shared)):
        assert run(tool("pdftoppm"), "-r", "72", "-gray", pdf, tmp_path / name).returncode == 0
    pages = sorted(tmp_path.glob("apart-*.pgm"))
    assert len(pages) == 2
    for page in pages:
        with Image.open(page) as a, Image.open(tmp_path / page.name.replace("apart", "shared")) as b:
            assert ImageChops.difference(a, b).getbbox() is None, page.name


def test_the_merge_is_the_same_bytes_every_time(joined: tuple[Path, Path], tmp_path: Path) -> None:
    parts = sorted(joined[0].parent.glob("part-*.pdf"))
    assert _joined(parts, tmp_path / "again.pdf", share=True).read_bytes() == joined[1].read_bytes()


def test_a_font_that_cannot_be_shown_to_be_one_stays_apart(joined: tuple[Path, Path], tmp_path: Path) -> None:
    parts = sorted(joined[0].parent.glob("part-*.pdf"))
    with pikepdf.open(parts[0]) as book, pikepdf.open(parts[1]) as other:
        book.pages.extend(other.pages)
        fonts = [font for font in book.pages[1].obj.Resources.Font.values() if "Mono" in str(font.BaseFont)]
        fonts[0].Encoding = pikepdf.Name("/Identity-V")  # not the encoding the merge knows
        assert share_font_subsets(book) == 1  # Linux Libertine only
        book.save(tmp_path / "half.pdf")
    assert font_programs(tmp_path / "half.pdf").count("DejaVu-Sans-Mono") == 2
