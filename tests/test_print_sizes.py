"""Every trim size book.toml offers keeps the typography targets, and a cover photo joins the cover.

The ebook fixture book (a foreword and a long article) is built once per trim size. Its body
text is judged from the PDF's structure: the page size from pikepdf, the type size and the
leading from the text operators of the page content (size × scale, baseline to baseline), the
characters a line from pdftotext's full-width lines. Never pixels.
"""

from __future__ import annotations

import itertools
import re
import shutil
from collections import Counter
from dataclasses import dataclass
from html import unescape
from pathlib import Path

import pikepdf
import pytest

from booksmith.pdf.finishing import POINTS_PER_MM
from booksmith.pdf.layout import is_harmless
from booksmith.pipeline import BuildOptions, build
from support import FIXTURES, SEED_MANUSCRIPT, run, tool

pytestmark = pytest.mark.e2e  # every test here builds a real PDF or EPUB

LONG_BOOK = FIXTURES / "books" / "ebook_edition"
TRIM_POINTS = {
    "A5": (148 * POINTS_PER_MM, 210 * POINTS_PER_MM),
    "B5": (176 * POINTS_PER_MM, 250 * POINTS_PER_MM),
    "6x9in": (6 * 72.0, 9 * 72.0),
    "Letter": (8.5 * 72.0, 11 * 72.0),
}


@dataclass
class SizedBuild:
    size: str
    pdf: Path
    messages: list[str]


@pytest.fixture(scope="module", params=list(TRIM_POINTS))
def sized(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> SizedBuild:
    size = request.param
    manuscript = tmp_path_factory.mktemp(f"size-{size}") / "book"
    shutil.copytree(LONG_BOOK, manuscript)
    toml = manuscript / "book.toml"
    toml.write_text(toml.read_text(encoding="utf-8") + f'\n[print]\npage_size = "{size}"\n', encoding="utf-8")
    result = build(BuildOptions(manuscript, manuscript / "dist", manuscript / "build", ("pdf",)))
    return SizedBuild(size, manuscript / "dist" / "booklet.pdf", result.weasyprint_messages)


@dataclass(frozen=True)
class TextRun:
    size_pt: float
    baseline_pt: float
    glyphs: int


def text_runs(page: pikepdf.Page) -> list[TextRun]:
    """Each text-showing operator's type size and baseline, with the page's scaling applied.

    Follows the graphics state's scale (q, Q, cm) and the text matrix (Tm); WeasyPrint neither
    rotates nor skews text, so one scale factor per axis is all there is to track.
    """
    runs: list[TextRun] = []
    scale, stack = (1.0, 1.0, 0.0), []  # x scale, y scale, y offset
    text_scale, text_y, font_size = 1.0, 0.0, 0.0
    for operands, operator in pikepdf.parse_content_stream(page):
        op = str(operator)
        if op == "q":
            stack.append(scale)
        elif op == "Q":
            scale = stack.pop()
        elif op == "cm":
            a, _, _, d, _, f = (float(value) for value in operands)
            scale = (scale[0] * a, scale[1] * d, scale[2] + scale[1] * f)
        elif op == "Tm":
            text_scale, text_y = abs(float(operands[3])), float(operands[5])
        elif op == "Tf":
            font_size = float(operands[1])
        elif op in ("TJ", "Tj"):
            strings = operands[0] if op == "TJ" else [operands[0]]
            glyphs = sum(len(bytes(item)) // 2 for item in strings if isinstance(item, pikepdf.String))
            size = font_size * text_scale * abs(scale[0])
            runs.append(TextRun(round(size, 2), round(abs(scale[2] + scale[1] * text_y), 2), glyphs))
    return runs


def body_type(pdf: Path) -> tuple[float, float]:
    """The body's type size and leading in points: the size most glyphs are set in, and the most
    common distance between successive baselines of that size."""
    sizes: Counter[float] = Counter()
    with pikepdf.open(pdf) as document:
        pages = [text_runs(page) for page in document.pages]
    for runs in pages:
        for text in runs:
            sizes[text.size_pt] += text.glyphs
    body = sizes.most_common(1)[0][0]
    steps: Counter[float] = Counter()
    for runs in pages:
        lines = sorted({text.baseline_pt for text in runs if text.size_pt == body})
        steps.update(round(b - a, 1) for a, b in itertools.pairwise(lines))
    return body, steps.most_common(1)[0][0]


def full_line_lengths(pdf: Path) -> list[int]:
    """Characters in each line that spans the page's full measure (justified body lines)."""
    layout = run(tool("pdftotext"), "-bbox-layout", "-enc", "UTF-8", pdf, "-").stdout
    lengths = []
    for page in layout.split("<page ")[1:]:
        lines = []
        for match in re.finditer(r'<line xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)"[^>]*>(.*?)</line>', page, re.S):
            words = [unescape(word) for word in re.findall(r">([^<]+)</word>", match.group(3))]
            lines.append((float(match.group(2)) - float(match.group(1)), " ".join(words)))
        if lines:
            measure = max(width for width, _ in lines)
            lengths += [len(text.rstrip("-")) for width, text in lines if width > 0.985 * measure and len(text) > 30]
    return sorted(lengths)


def test_every_page_is_the_trim_size_book_toml_chose(sized):
    with pikepdf.open(sized.pdf) as pdf:
        for page in pdf.pages:
            assert [float(v) for v in page.mediabox] == pytest.approx([0, 0, *TRIM_POINTS[sized.size]], abs=0.01)


def test_body_type_is_10_to_11_5_pt_with_125_to_145_percent_leading(sized):
    size, leading = body_type(sized.pdf)
    assert 10 <= size <= 11.5, size
    assert 1.25 <= leading / size <= 1.45, (size, leading)


def test_body_lines_hold_55_to_75_characters_at_every_trim_size(sized):
    lengths = full_line_lengths(sized.pdf)
    assert len(lengths) >= 20, lengths
    median = lengths[len(lengths) // 2]
    assert 55 <= median <= 75, (sized.size, median, lengths)


def test_no_trim_size_makes_weasyprint_complain(sized):
    assert [m for m in sized.messages if not is_harmless(m)] == []


# --- a cover photo ---------------------------------------------------------------------------


@pytest.fixture(scope="module")
def with_cover_photo(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[str]]:
    manuscript = tmp_path_factory.mktemp("cover-photo") / "book"
    shutil.copytree(SEED_MANUSCRIPT, manuscript, ignore=shutil.ignore_patterns("build", "dist"))
    shutil.copy(LONG_BOOK / "images" / "blue-bags.png", manuscript / "cover.png")
    result = build(BuildOptions(manuscript, manuscript / "dist", manuscript / "build", ("pdf",), "shop"))
    return manuscript / "dist", result.weasyprint_messages


def images_on(pdf: Path) -> dict[int, int]:
    """Page number → how many images pdfimages finds drawn there."""
    listing = run(tool("pdfimages"), "-list", pdf).stdout.splitlines()[2:]
    return dict(Counter(int(row.split()[0]) for row in listing))


def test_a_cover_photo_beside_book_toml_is_on_the_front_cover_only(with_cover_photo, seed_build):
    dist, messages = with_cover_photo
    for name in ("booklet.pdf", "booklet-shop.pdf"):
        assert images_on(dist / name) == {1: 1}, name
    assert images_on(seed_build.pdf) == {}, "without a cover photo the cover is type and colour only"
    assert [m for m in messages if not is_harmless(m)] == [], "a decorative background needs no alt text"


def test_the_cover_photo_leaves_the_pages_as_they_were(with_cover_photo, seed_build):
    dist, _ = with_cover_photo
    texts = run(tool("pdftotext"), "-enc", "UTF-8", dist / "booklet.pdf", "-").stdout
    seed = run(tool("pdftotext"), "-enc", "UTF-8", seed_build.pdf, "-").stdout
    assert texts == seed
