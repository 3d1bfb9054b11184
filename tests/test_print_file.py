"""The PDF as a file: metadata, outline, page labels, tags, boxes, crop marks, reproducibility.

The home edition is the session's seed build; the print-shop edition is built twice here
(once through the CLI, once through the pipeline) into two folders, which must be
byte-identical. Everything else is judged by text and structure: pdfinfo, qpdf, pdffonts,
pdftotext and pikepdf, never by pixels.
"""

from __future__ import annotations

import hashlib
import logging
import os
import re
import subprocess
import sys
import time
from pathlib import Path

import pikepdf
import pytest

from booksmith import config
from booksmith.cli.main import main
from booksmith.errors import BooksmithError
from booksmith.pdf.finishing import MARK_MIN_OFFSET_MM, POINTS_PER_MM, REGISTRATION, Finishing
from booksmith.pdf.layout import PrintSetup, is_harmless, lay_out
from booksmith.pdf.write import write_document
from booksmith.pipeline import BuildOptions, build
from support import SEED_MANUSCRIPT, letters, run, structure_elements, tagging_faults, tool

A5 = (148 * POINTS_PER_MM, 210 * POINTS_PER_MM)
BLEED = 3 * POINTS_PER_MM
EPOCH = "1530748800"  # 2018-07-05
NAMES = ("booklet.pdf", "booklet-shop.pdf", "booklet-imposed.pdf")
SEED = config.load(SEED_MANUSCRIPT).config


class ShopBuilds:
    def __init__(self, root: Path) -> None:
        self.by_cli = root / "cli"
        self.by_pipeline = root / "pipeline"
        self.messages: list[str] = []

    @property
    def shop(self) -> Path:
        return self.by_cli / "booklet-shop.pdf"


@pytest.fixture(scope="module")
def shop_builds(tmp_path_factory: pytest.TempPathFactory) -> ShopBuilds:
    """The seed book with `--print shop --booklet`, built twice with the same SOURCE_DATE_EPOCH."""
    builds = ShopBuilds(tmp_path_factory.mktemp("shop"))
    log = logging.getLogger("booksmith")
    saved = (log.handlers[:], log.propagate, log.level, os.environ.get("SOURCE_DATE_EPOCH"))
    os.environ["SOURCE_DATE_EPOCH"] = EPOCH
    try:
        args = ["build", str(SEED_MANUSCRIPT), "--pdf", "--print", "shop", "--booklet", "-q"]
        assert main([*args, "--out", str(builds.by_cli), "--build-dir", str(builds.by_cli / "build")]) == 0
        options = BuildOptions(
            SEED_MANUSCRIPT, builds.by_pipeline, builds.by_pipeline / "build", ("pdf",), "shop", booklet=True
        )
        builds.messages = build(options).weasyprint_messages
    finally:
        log.handlers[:], log.propagate, log.level, epoch = saved
        if epoch is None:
            os.environ.pop("SOURCE_DATE_EPOCH", None)
        else:
            os.environ["SOURCE_DATE_EPOCH"] = epoch
    return builds


def boxes(pdf: Path) -> list[dict[str, list[float]]]:
    with pikepdf.open(pdf) as document:
        return [
            {name: [float(v) for v in page.obj[f"/{name}"]] for name in ("MediaBox", "TrimBox", "BleedBox")}
            for page in document.pages
        ]


def pdfinfo(pdf: Path) -> dict[str, str]:
    result = run(tool("pdfinfo"), pdf)
    assert result.returncode == 0, result.stderr
    return dict(re.match(r"([^:]+):\s*(.*)", line).groups() for line in result.stdout.splitlines())  # type: ignore[union-attr]


def page_texts(pdf: Path) -> list[str]:
    result = run(tool("pdftotext"), "-enc", "UTF-8", pdf, "-")
    return result.stdout.split("\f")[:-1]


# --- both editions: a clean file ------------------------------------------------------------


@pytest.mark.e2e
def test_the_shop_and_imposed_files_pass_qpdf_check(shop_builds):
    for name in NAMES:
        result = run(tool("qpdf"), "--check", shop_builds.by_cli / name)
        assert result.returncode == 0, name + result.stdout + result.stderr


@pytest.mark.e2e
def test_every_font_in_the_shop_edition_is_embedded_and_subset(shop_builds):
    rows = run(tool("pdffonts"), shop_builds.shop).stdout.splitlines()[2:]
    assert rows
    for row in rows:
        assert row.split()[-5:-3] == ["yes", "yes"], row


@pytest.mark.e2e
def test_two_builds_with_the_same_source_date_epoch_are_byte_identical(shop_builds):
    for name in NAMES:
        first, second = shop_builds.by_cli / name, shop_builds.by_pipeline / name
        assert first.read_bytes() == second.read_bytes(), name


@pytest.mark.e2e
def test_each_edition_is_identified_by_a_hash_of_its_content(shop_builds):
    """The trailer's /ID, which print workflows use to tell files apart, is reproducible: no clock, no random."""
    ids = {}
    for name in NAMES[:2]:
        with pikepdf.open(shop_builds.by_cli / name) as pdf:
            ids[name] = tuple(bytes(part) for part in pdf.trailer.ID)
    assert all(len(part) == 32 for parts in ids.values() for part in parts), ids  # an MD5, in hex
    assert ids["booklet.pdf"] != ids["booklet-shop.pdf"]


@pytest.mark.e2e
def test_the_print_files_are_finished_without_pikepdf(tmp_path):
    """Labels, boxes and marks are added inside WeasyPrint's write: pikepdf (~10 MiB) loads only to impose."""
    book = write_book(tmp_path / "book", 'variant = "shop"')
    code = (
        "import sys; from pathlib import Path; from booksmith.pipeline import BuildOptions, build; "
        "build(BuildOptions(*map(Path, sys.argv[1:]), ('pdf',))); "
        "print(*(name for name in ('weasyprint', 'pikepdf') if name in sys.modules))"
    )
    result = run(sys.executable, "-c", code, book, tmp_path / "dist", tmp_path / "build")
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["weasyprint"]
    assert sorted(path.name for path in (tmp_path / "dist").iterdir()) == ["booklet-shop.pdf", "booklet.pdf"]


@pytest.mark.e2e
def test_the_home_edition_from_a_shop_build_is_the_seed_booklet_page_for_page(shop_builds, seed_build):
    """One layout with bleed serves both files; the home one's pages are the trim, as in a home build."""
    assert page_texts(shop_builds.by_cli / "booklet.pdf") == page_texts(seed_build.pdf)
    assert boxes(shop_builds.by_cli / "booklet.pdf") == boxes(seed_build.pdf)


@pytest.mark.e2e
def test_no_unexpected_weasyprint_messages(seed_build, shop_builds):
    unexpected = [m for m in [*seed_build.result.weasyprint_messages, *shop_builds.messages] if not is_harmless(m)]
    assert unexpected == []


def test_the_allow_list_lets_only_known_harmless_messages_pass():
    assert is_harmless('Using fontTools instead of HarfBuzz-Subset for font "Book Serif". This will be unsupported')
    assert not is_harmless("Failed to load image at 'file:///x/photo.jpg'")
    assert not is_harmless('.notdef glyph rendered for Unicode string unsupported by fonts: "" (U+F064)')


# --- the home edition: the trim size, labels, outline, metadata, tags --------------------------


@pytest.mark.e2e
def test_every_home_page_is_exactly_the_trim_size(seed_build):
    for page in boxes(seed_build.pdf):
        for box in page.values():
            assert box[0] == box[1] == 0
            assert box[2:] == pytest.approx(A5, abs=0.01)


@pytest.mark.e2e
def test_page_labels_are_the_printed_folios(seed_build):
    with pikepdf.open(seed_build.pdf) as pdf:
        labels = [page.label for page in pdf.pages]
    assert labels == [str(n) for n in range(1, len(labels) + 1)]
    folios = {}
    for number, text in enumerate(page_texts(seed_build.pdf), start=1):
        lines = [line.strip() for line in text.splitlines() if line.strip()]
        if lines and re.fullmatch(r"\d{1,3}", lines[-1]):
            folios[number] = lines[-1]
    assert len(folios) >= 2, "the body pages print their numbers"
    assert all(labels[number - 1] == folio for number, folio in folios.items()), folios


@pytest.mark.e2e
def test_the_outline_is_the_chapters_and_the_sources_page_and_nothing_else(seed_build):
    assert [title for title, _ in outline(seed_build.pdf)] == [
        *(chapter.title for chapter in SEED.chapters),
        "Sources and credits",
    ]


@pytest.mark.e2e
def test_each_chapter_bookmark_opens_the_page_with_its_title(seed_build):
    texts = page_texts(seed_build.pdf)
    entries = dict(outline(seed_build.pdf))
    for title in [*(chapter.title for chapter in SEED.chapters), "Sources and credits"]:
        assert title in entries, title
        assert letters(title) in letters(texts[entries[title] - 1]), title


def outline(pdf: Path) -> list[tuple[str, int]]:
    with pikepdf.open(pdf) as document, document.open_outline() as tree:
        pages = [page.obj.objgen for page in document.pages]
        return [(str(item.title), pages.index(item.destination[0].objgen) + 1) for item in tree.root]


@pytest.mark.e2e
def test_metadata_names_the_book(seed_build):
    book = SEED.book
    info = pdfinfo(seed_build.pdf)
    assert info["Title"] == book.title
    assert info["Author"] == ", ".join(e if isinstance(e, str) else e.name for e in book.editors)
    assert info["Subject"] == book.description
    assert info["CreationDate"].endswith("2018 UTC") and "Jul  5" in info["CreationDate"]
    assert info["Tagged"] == "yes"
    with pikepdf.open(seed_build.pdf) as pdf:
        assert str(pdf.Root.Lang) == book.language
        xmp = pdf.Root.Metadata.read_bytes().decode()
    assert f'<rdf:li xml:lang="x-default">{book.title}</rdf:li>' in xmp
    # Tagged, but no claim of PDF/UA-1: its structure follows pages, not the book (README, "The print edition").
    assert "pdfuaid" not in xmp


@pytest.mark.e2e
def test_the_pdf_is_tagged_with_a_structure_tree(seed_build):
    with pikepdf.open(seed_build.pdf) as pdf:
        assert bool(pdf.Root.MarkInfo.Marked) is True
        assert bool(pdf.Root.ViewerPreferences.DisplayDocTitle) is True
        kinds = {str(element.S) for element in structure_elements(pdf)}
    assert {"/Document", "/H1", "/P", "/BlockQuote"} <= kinds


@pytest.mark.e2e
def test_running_heads_and_folios_are_pagination_artifacts_and_nothing_is_orphaned(seed_build):
    untagged, orphans, paginated = tagging_faults(seed_build.pdf)
    assert untagged == 0  # every piece of text is the book's (tagged) or page furniture (an artifact)
    assert orphans == 0  # no content is mapped to a structure element outside the tree
    with pikepdf.open(seed_build.pdf) as pdf:
        pages = len(pdf.pages)
    with_folio = 0
    for number in range(1, pages + 1):
        text = run(tool("pdftotext"), "-f", str(number), "-l", str(number), seed_build.pdf, "-").stdout.split()
        with_folio += bool(text) and text[-1] == str(number)
    assert with_folio >= 2 and paginated == with_folio  # each page with a folio (and a running head), no other


# --- the print-shop edition: boxes and crop marks ----------------------------------------------


@pytest.mark.e2e
def test_shop_pages_have_an_exact_trim_box_and_a_3mm_bleed_box(shop_builds, seed_build):
    pages = boxes(shop_builds.shop)
    assert len(pages) == len(boxes(seed_build.pdf))
    for page in pages:
        assert page["TrimBox"] == pytest.approx([0, 0, *A5], abs=0.01)
        assert page["BleedBox"] == pytest.approx([-BLEED, -BLEED, A5[0] + BLEED, A5[1] + BLEED], abs=0.01)
        slug = -page["MediaBox"][0]
        assert slug >= BLEED + 6 * POINTS_PER_MM, "room for the marks outside the bleed"
        assert page["MediaBox"] == pytest.approx([-slug, -slug, A5[0] + slug, A5[1] + slug], abs=0.01)


@pytest.mark.e2e
def test_crop_marks_lie_on_the_trim_lines_outside_the_bleed(shop_builds):
    with pikepdf.open(shop_builds.shop) as pdf:
        for page in pdf.pages:
            segments = crop_mark_segments(page)
            assert len(segments) == 8, "two marks at each corner"
            for (x1, y1), (x2, y2) in segments:
                if y1 == y2:  # a horizontal mark continues a horizontal trim line
                    assert y1 == pytest.approx(0, abs=0.01) or y1 == pytest.approx(A5[1], abs=0.01)
                    assert min(abs(x1 - edge) for edge in (0, A5[0])) >= MARK_MIN_OFFSET_MM * POINTS_PER_MM - 0.01
                    assert all(x < -BLEED + 0.01 or x > A5[0] + BLEED - 0.01 for x in (x1, x2))
                else:
                    assert x1 == x2
                    assert x1 == pytest.approx(0, abs=0.01) or x1 == pytest.approx(A5[0], abs=0.01)
                    assert all(y < -BLEED + 0.01 or y > A5[1] + BLEED - 0.01 for y in (y1, y2))


def crop_mark_segments(page: pikepdf.Page) -> list[tuple[tuple[float, float], tuple[float, float]]]:
    """The lines drawn in the registration colour (the only thing booksmith draws in it)."""
    segments, start, registration = [], (0.0, 0.0), False
    for operands, operator in pikepdf.parse_content_stream(page):
        op = str(operator)
        if op == "CS":
            registration = operands[0] == REGISTRATION
        elif registration and op == "m":
            start = (float(operands[0]), float(operands[1]))
        elif registration and op == "l":
            segments.append((start, (float(operands[0]), float(operands[1]))))
    return segments


@pytest.mark.e2e
def test_a_home_build_writes_no_shop_file(seed_build):
    assert not (seed_build.out / "booklet-shop.pdf").exists()
    assert not (seed_build.out / "booklet-imposed.pdf").exists()


# --- book.toml's margins ---------------------------------------------------------------------


@pytest.mark.e2e
def test_book_toml_margins_win_over_the_design_with_inner_and_outer_mirrored(tmp_path):
    design = tmp_path / "design.css"
    design.write_text("@page { margin: 10mm } @page :left, :right { margin-left: 10mm }\nbody, p { margin: 0 }")
    html = "<html lang=\"en\"><p>Recto</p><p style='break-before: page'>Verso</p></html>"
    margins = (("top", 20.0), ("inner", 25.0), ("outer", 12.0))
    document = lay_out(html, PrintSetup(tmp_path, (design,), "A5", (tmp_path,), margins))
    write_document(document, {tmp_path / "margins.pdf": Finishing()})
    words = word_boxes(tmp_path / "margins.pdf")
    assert words["Recto"][0] == pytest.approx(25 * POINTS_PER_MM, abs=1)  # a right-hand page: the spine on the left
    assert words["Verso"][0] == pytest.approx(12 * POINTS_PER_MM, abs=1)  # a left-hand page: the fore-edge on the left
    assert 20 * POINTS_PER_MM - 1 <= words["Recto"][1] <= 22 * POINTS_PER_MM


def word_boxes(pdf: Path) -> dict[str, tuple[float, float]]:
    """Each word's top-left corner in points, from the top left of its page."""
    html = run(tool("pdftotext"), "-bbox", pdf, "-").stdout
    found = re.findall(r'<word xMin="([\d.]+)" yMin="([\d.]+)"[^>]*>([^<]+)</word>', html)
    return {word: (float(x), float(y)) for x, y, word in found}


def write_book(folder: Path, print_table: str) -> Path:
    (folder / "articles").mkdir(parents=True)
    (folder / "articles" / "a.txt").write_text("A story.\n", encoding="utf-8")
    toml = f'[book]\ntitle = "T"\n\n[print]\n{print_table}\n\n[[chapters]]\nsource = "articles/a.txt"\n'
    (folder / "book.toml").write_text(toml, encoding="utf-8")
    return folder


def test_the_print_keys_load_with_their_defaults(tmp_path):
    shop = config.load(write_book(tmp_path, 'variant = "shop"\nmargins_mm = { inner = 22 }')).config.print
    assert (shop.variant, shop.bleed_mm, shop.crop_marks, shop.creep_mm) == ("shop", 3.0, True, 0.0)
    assert shop.margins_mm.given() == {"inner": 22.0}


def test_a_wrong_print_key_is_named_with_its_line(tmp_path):
    with pytest.raises(BooksmithError) as caught:
        config.load(write_book(tmp_path, 'variant = "press"\nbleed_mm = 30'))
    assert caught.value.exit_code == 2
    message = str(caught.value)
    assert "book.toml:5: 'print.variant': 'press' is not one of: home, shop" in message
    assert "book.toml:6: 'print.bleed_mm': must be at most 10" in message


@pytest.mark.e2e
def test_a_book_with_han_and_emoji_gives_the_same_bytes_in_every_locale(tmp_path):
    """Without SOURCE_DATE_EPOCH, at a different hour, folder and language: the emoji font fontTools subsets
    is dated by the book, and Han text of undetermined language gets the same glyph forms under any
    LANGUAGE or PANGO_LANGUAGE (Japanese and Chinese forms differ)."""
    book = Path(__file__).parent / "fixtures" / "books" / "other_scripts"
    assert "日本代表" in (book / "articles" / "thank_you_notes.txt").read_text(encoding="utf-8")
    digests = set()
    for number, language in enumerate(({"LANGUAGE": "ja"}, {"LANGUAGE": "zh_TW", "PANGO_LANGUAGE": "zh-cn"})):
        env = {k: v for k, v in os.environ.items() if k not in ("SOURCE_DATE_EPOCH", "LANGUAGE", "PANGO_LANGUAGE")}
        out = tmp_path / f"build-{number}"
        command = [sys.executable, "-m", "booksmith", "build", str(book), "--pdf", "-q"]
        command += ["--out", str(out / "dist"), "--build-dir", str(out / "build")]
        result = subprocess.run(command, env={**env, **language}, capture_output=True, text=True, check=False)
        assert result.returncode == 0, result.stderr
        digests.add(hashlib.sha256((out / "dist" / "booklet.pdf").read_bytes()).hexdigest())
        time.sleep(1.1)  # a clock that reached the font's head table would differ now
    assert len(digests) == 1
