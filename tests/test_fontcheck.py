"""No tofu: other scripts print with real glyphs, and a character no font has is named with its place.

tests/fixtures/books/other_scripts has Russian, Japanese and Thai text, two emoji, and one
private-use character (an icon font's share icon, as copied from a web page).
"""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from booksmith import config
from booksmith.model import Origin
from booksmith.pdf.glyphs import Coverage, Uncovered, locate, needs_no_glyph, system_coverage, uncovered, warning_text
from booksmith.pipeline import BuildOptions, BuildResult, build
from support import FIXTURES, run, tool

BOOK = FIXTURES / "books" / "other_scripts"
ARTICLE = "articles/thank_you_notes.txt"
SAMPLES = {"Cyrillic": "Спасибо, Россия", "Japanese": "ありがとう、ロシア 日本代表", "Thai": "ขอบคุณญี่ปุ่น"}
EMOJI = "⚽👏"


class ScriptsBuild:
    def __init__(self, pdf: Path, result: BuildResult, warnings: list[str]) -> None:
        self.pdf, self.result, self.warnings = pdf, result, warnings


@pytest.fixture(scope="module")
def scripts_build(tmp_path_factory: pytest.TempPathFactory) -> ScriptsBuild:
    work = tmp_path_factory.mktemp("scripts")
    records: list[logging.LogRecord] = []

    class Keep(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            records.append(record)

    log = logging.getLogger("booksmith")
    handler, level = Keep(logging.WARNING), log.level
    log.addHandler(handler)
    log.setLevel(logging.INFO)
    try:
        result = build(BuildOptions(BOOK, work / "dist", work / "build", ("pdf",)))
    finally:
        log.removeHandler(handler)
        log.setLevel(level)
    return ScriptsBuild(work / "dist" / "booklet.pdf", result, [r.getMessage() for r in records])


def pdf_fonts(pdf: Path) -> list[str]:
    return [row.split()[0] for row in run(tool("pdffonts"), pdf).stdout.splitlines()[2:]]


@pytest.mark.e2e
def test_cjk_and_thai_are_set_in_fonts_that_have_them(scripts_build):
    fonts = pdf_fonts(scripts_build.pdf)
    assert any("CJK" in font for font in fonts), fonts
    assert any("Thai" in font for font in fonts), fonts


@pytest.mark.e2e
def test_emoji_are_set_in_the_colour_emoji_font(scripts_build):
    assert any("Emoji" in font for font in pdf_fonts(scripts_build.pdf)), "install fonts-noto-color-emoji"


@pytest.mark.e2e
@pytest.mark.parametrize("script", SAMPLES)
def test_the_text_comes_back_out_of_the_pdf(scripts_build, script):
    text = run(tool("pdftotext"), "-enc", "UTF-8", scripts_build.pdf, "-").stdout
    # Every character, not the sequence: pdftotext may move a Thai tone mark to the next line.
    assert set(SAMPLES[script]) - set(text) == set()
    assert set(EMOJI) - set(text) == set()


@pytest.mark.e2e
def test_weasyprint_drew_no_empty_box_but_for_the_icon(scripts_build):
    notdef = [m for m in scripts_build.result.weasyprint_messages if ".notdef" in m]
    assert notdef and all(m.endswith("(U+F064)") for m in notdef), notdef


@pytest.mark.e2e
def test_the_build_names_the_icon_character_and_its_line(scripts_build):
    warnings = [w for w in scripts_build.warnings if "U+F064" in w and "weasyprint:" not in w]
    assert len(warnings) == 1, scripts_build.warnings
    assert f"{ARTICLE}:9: warning: U+F064 (\uf064) is a private-use character" in warnings[0]


@pytest.mark.e2e
def test_only_the_icon_is_reported(scripts_build):
    reported = [w for w in scripts_build.warnings if "U+" in w and "weasyprint:" not in w]
    assert len(reported) == 1, reported


def test_a_character_no_font_has_is_named_with_its_code_and_name():
    found = uncovered([("Well done 👏", Origin(ARTICLE, 7))], Coverage([(0x20, 0x7E)]))
    assert found == [Uncovered("👏", Origin(ARTICLE, 7), 0)]
    message = warning_text(found[0])
    assert "U+1F44F CLAPPING HANDS SIGN (👏)" in message
    assert "fonts-noto-color-emoji" in message


def test_each_character_is_reported_once_at_its_first_place():
    texts = [("a ж", Origin("a.txt", 3)), ("ж again", Origin("a.txt", 9))]
    assert uncovered(texts, Coverage([(0x20, 0x7E)])) == [Uncovered("ж", Origin("a.txt", 3), 1)]


def test_invisible_characters_need_no_glyph():
    for char in "\u00ad\u200d\u200c\ufe0f\u2009\u00a0\n":
        assert needs_no_glyph(char), hex(ord(char))
    assert not needs_no_glyph("\u0e48")  # a Thai tone mark is drawn


def test_coverage_merges_ranges():
    coverage = Coverage([(0x61, 0x7A), (0x41, 0x5A), (0x30, 0x39), (0x3A, 0x40)])
    assert (coverage.starts, coverage.ends) == ([0x30, 0x61], [0x5A, 0x7A]), "adjacent ranges join, a gap stays"
    assert "A" in coverage and "5" in coverage and "a" in coverage and "`" not in coverage


def test_the_place_is_the_line_that_holds_the_character():
    settings = config.load(BOOK)
    assert locate(settings, "ข", Origin(ARTICLE, 1)) == Origin(ARTICLE, 5)


def test_fontconfig_knows_the_installed_scripts():
    coverage = system_coverage()
    assert coverage is not None, "fc-list is missing: install fontconfig"
    for char in "Жあขﾟ":
        assert char in coverage
