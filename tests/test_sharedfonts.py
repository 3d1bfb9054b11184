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

from booksmith.pdf import sharedfonts
from booksmith.pdf.sharedfonts import MergedFonts, share_font_subsets
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


def _joined(parts: list[Path], target: Path, share: bool, kept: MergedFonts | None = None) -> Path:
    with pikepdf.open(parts[0]) as book:
        opened = [pikepdf.open(part) for part in parts[1:]]
        for other in opened:
            book.pages.extend(other.pages)
        if share:
            assert share_font_subsets(book, kept) == 2  # Linux Libertine and DejaVu Sans Mono
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


def test_a_merge_reads_again_only_the_subsets_it_did_not_keep(
    joined: tuple[Path, Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """What each CFF subset drew is kept beside the merged fonts: after an edit (a part with new glyphs) only
    the new part's subset is read, and the merge is the bytes of one that read every subset; an entry whose
    digest fails is read again, and the entries of subsets no longer joined are pruned."""
    first, second = sorted(joined[0].parent.glob("part-*.pdf"))
    edited = _part("Vexed jockeys quizzed the bright pawnbroker: 1986, 2002, 2018!", "print(42)", tmp_path / "e.pdf")
    kept = MergedFonts(tmp_path / "fonts")
    _joined([first, second], tmp_path / "before.pdf", share=True, kept=kept)
    before = sorted((tmp_path / "fonts").glob("*.glyphs"))
    assert len(before) == 2  # Linux Libertine's two subsets (CFF); DejaVu's TrueType ones are read each merge

    reads: list[set[int]] = []  # the subsets whose drawn glyphs were read from their charstrings, not kept
    read_subset = sharedfonts._drawn_from
    monkeypatch.setattr(sharedfonts, "_drawn_from", lambda font, used: reads.append(used) or read_subset(font, used))
    kept = MergedFonts(tmp_path / "fonts")
    after = _joined([first, edited], tmp_path / "after.pdf", share=True, kept=kept)
    kept.prune()
    assert len(reads) == 1  # the edited part's subset; the first part's came from what was kept
    assert after.read_bytes() == _joined([first, edited], tmp_path / "read.pdf", share=True).read_bytes()
    now = sorted((tmp_path / "fonts").glob("*.glyphs"))
    assert len(now) == 2 and len(set(now) & set(before)) == 1  # the second part's entry went with it

    for entry in now:  # damaged: the digest no longer matches the glyphs
        entry.write_bytes(entry.read_bytes() + b" ")
    for font in (tmp_path / "fonts").glob("*.font"):
        font.unlink()
    reads.clear()
    again = _joined([first, edited], tmp_path / "again.pdf", share=True, kept=MergedFonts(tmp_path / "fonts"))
    assert len(reads) == 2 and again.read_bytes() == after.read_bytes()
