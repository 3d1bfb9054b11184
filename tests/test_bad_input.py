"""Bad input, end to end: every case under tests/errors/ through the real command line, and a
fixture book of hostile text (markup, other scripts, extremes) through the real PDF and EPUB build.

An error case is a folder: the bad input (usually `manuscript/`), `expected.txt` with the exact
stderr, `exit_code`, and optionally `args` (default: `build manuscript`). Each runs with a
pre-existing output folder that must be byte-identical afterwards.
"""

from __future__ import annotations

import hashlib
import logging
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from lxml import etree, html

from booksmith import config
from booksmith.html.render import print_html
from booksmith.manuscript.sources import read_source
from booksmith.pipeline import BuildOptions, BuildResult, build, load_book
from booksmith.typeset.typography import typeset_text
from support import FIXTURES, epub_documents, epubcheck, letters, pdf_text, run, tool, xhtml_text

ERRORS = Path(__file__).parent / "errors"
CASES = sorted(path.name for path in ERRORS.iterdir() if path.is_dir())
# Cases whose fault only the laid-out pages show: they lay the book out, so they run in the full tier.
LAID_OUT = {"stylesheet_hides_the_story"}
HOSTILE = FIXTURES / "books" / "hostile_text"
XHTML = "{http://www.w3.org/1999/xhtml}"
INVISIBLE = dict.fromkeys(map(ord, "\u00ad\u200b"))  # soft hyphens and break opportunities the book adds


def tree_digest(folder: Path) -> dict[str, str]:
    return {
        str(path.relative_to(folder)): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }


@pytest.mark.parametrize("name", [pytest.param(n, marks=pytest.mark.e2e) if n in LAID_OUT else n for n in CASES])
def test_error_case(name, tmp_path):
    folder = ERRORS / name
    dist = tmp_path / "dist"
    dist.mkdir()
    (dist / "booklet.pdf").write_bytes(b"%PDF-1.7 an earlier build\n")
    (dist / "booklet.epub").write_bytes(b"PK an earlier build\n")
    before = tree_digest(dist)
    args_file = folder / "args"
    args = args_file.read_text().split() if args_file.exists() else ["build", "manuscript"]
    args += ["--build-dir", str(tmp_path / "build")] + (["--out", str(dist)] if args[0] == "build" else [])
    result = run_case(folder, args)
    assert "Traceback" not in result.stderr + result.stdout
    assert result.stderr == (folder / "expected.txt").read_text(encoding="utf-8")
    assert result.returncode == int((folder / "exit_code").read_text())
    assert tree_digest(dist) == before


def run_case(folder: Path, args: list[str]) -> subprocess.CompletedProcess[str]:
    """The command line in the case's folder; its `environment` file (KEY=VALUE lines) adds to the environment."""
    env = {**os.environ, "PYTHONWARNINGS": "ignore"}
    extra = folder / "environment"
    if extra.exists():
        env.update(line.split("=", 1) for line in extra.read_text(encoding="utf-8").splitlines() if line)
    return subprocess.run(
        [sys.executable, "-m", "booksmith", *args], cwd=folder, capture_output=True, text=True, env=env, check=False
    )


NOT_AN_ERROR = re.compile(r": warning: |: dropped \d+ lines? \(")  # a build's warnings and notes, not what stops it
BUILD_ONLY = {4, 5}  # a layout or an output folder's failure: only a build can meet it
CHECKED = [
    name
    for name in CASES
    if not (ERRORS / name / "args").exists() and int((ERRORS / name / "exit_code").read_text()) not in BUILD_ONLY
]


@pytest.mark.parametrize("name", CHECKED)
def test_check_finds_what_the_build_fails_on(name, tmp_path):
    """`booksmith check` reports the very errors a build stops at, with the build's exit code."""
    folder = ERRORS / name
    result = run_case(folder, ["check", "manuscript"])
    assert "Traceback" not in result.stderr + result.stdout
    expected = (folder / "expected.txt").read_text(encoding="utf-8").splitlines()
    errors = [line for line in expected if not NOT_AN_ERROR.search(line)]
    found = result.stderr.splitlines()
    assert [line for line in errors if line not in found] == []
    assert result.returncode == int((folder / "exit_code").read_text())


# --- the hostile fixture book, built once -----------------------------------------------------


class HostileBuild:
    def __init__(self, out: Path, build_dir: Path) -> None:
        self.pdf = out / "booklet.pdf"
        self.epub = out / "booklet.epub"
        settings = config.load(HOSTILE)
        self.book = load_book(settings, build_dir, BuildResult())
        self.sources = {c.source: read_source(HOSTILE / c.source).lines for c in settings.config.chapters}


@pytest.fixture(scope="module")
def hostile(tmp_path_factory: pytest.TempPathFactory) -> HostileBuild:
    work = tmp_path_factory.mktemp("hostile")
    log = logging.getLogger("booksmith")
    level = log.level
    log.setLevel(logging.WARNING)
    try:
        build(BuildOptions(HOSTILE, work / "dist", work / "build"))
        return HostileBuild(work / "dist", work / "build")
    finally:
        log.setLevel(level)


def article_lines(hostile: HostileBuild, name: str) -> list[str]:
    return [line for line in hostile.sources[f"articles/{name}"] if line.strip()]


def chapter_xhtml(hostile: HostileBuild, number: int) -> etree._Element:
    return epub_documents(hostile.epub)[f"EPUB/chapter-{number:02d}.xhtml"]


def paragraph_texts(root: etree._Element, tag: str = f"{XHTML}p") -> list[str]:
    section = next(root.iter(f"{XHTML}section"))
    return ["".join(p.itertext()).translate(INVISIBLE) for p in section.iter(tag) if p.get("id")]


MARKUP = [
    '<script>alert("boo")</script>',
    '<img src=x onerror="alert(1)">',
    "Fish &amp; chips &lt;b&gt; cost £5 &copy; 2018.",
    "{{ 7*7 }} and {% for x in y %}{{ x }}{% endfor %} and ${HOME} and \\(x\\).",
    "# not a heading",
    "* not a list",
    "> not a quote",
    "1. not a list",
    "+++",
    "<!-- not a comment -->",
    "[not a link](http://example.com) and ![not an image](x.png) and *not emphasis* and `not code`",
    "_not_ __strong__ and a|b|c and ~~gone~~ and \\\\ backslashes \\\\.",
]


@pytest.mark.e2e
def test_markup_is_text_in_the_epub_character_for_character(hostile):
    expected = [typeset_text(line) for line in article_lines(hostile, "markup_is_text.txt")]
    assert paragraph_texts(chapter_xhtml(hostile, 2)) == expected
    text = "\n".join(expected)
    assert all(markup in text for markup in MARKUP)


@pytest.mark.e2e
def test_markup_is_text_in_the_print_html(hostile):
    page = html.fromstring(print_html(hostile.book))
    assert page.xpath("//script") == []
    paragraphs = [
        "".join(p.itertext()).translate(INVISIBLE) for p in page.xpath("//p[starts-with(@id, 'chapter-02-')]")
    ]
    assert paragraphs == [typeset_text(line) for line in article_lines(hostile, "markup_is_text.txt")]
    (title,) = page.xpath("//section[@id='chapter-02']//h1")
    assert title.text_content() == "<b>Markup</b> is text & stays text" and len(title) == 0


@pytest.mark.e2e
def test_markup_is_text_in_the_pdf(hostile):
    def squeeze(text: str) -> str:  # PDF text: line breaks, justification and hyphenation vary
        return re.sub(r"[\s\u00ad\u200b-]+", "", text)

    text = squeeze(pdf_text(hostile.pdf))
    missing = [markup for markup in MARKUP if squeeze(markup) not in text]
    assert missing == []
    assert squeeze("<b>Markup</b> is text & stays text") in text
    assert squeeze("<script>alert(1)</script>") in text  # the editor's "name" on the title page


@pytest.mark.e2e
def test_nothing_from_the_text_becomes_a_script_a_handler_or_an_external_resource(hostile):
    for name, root in epub_documents(hostile.epub).items():
        for element in root.iter():
            if not isinstance(element.tag, str):
                continue
            assert etree.QName(element).localname not in ("script", "iframe", "object", "embed"), name
            for attribute, value in element.attrib.items():
                assert not etree.QName(attribute).localname.lower().startswith("on"), (name, attribute)
                if etree.QName(attribute).localname in ("src", "href"):
                    # A link a reader may follow (the article's bare addresses are links) goes to the web or
                    # to e-mail only; nothing else may name anything outside the book.
                    if etree.QName(element).localname == "a" and re.match(r"(https?://|mailto:)", value):
                        continue
                    assert "://" not in value and ":" not in value.split("/")[0], (name, value)


@pytest.mark.e2e
def test_other_scripts_emoji_and_combining_accents_reach_the_epub_unchanged(hostile):
    expected = [typeset_text(line) for line in article_lines(hostile, "scripts_emoji_cjk_rtl.txt")]
    assert paragraph_texts(chapter_xhtml(hostile, 3)) == expected


@pytest.mark.e2e
def test_cjk_and_accented_text_reach_the_pdf(hostile):
    text = letters(pdf_text(hostile.pdf))
    for words in ["サムライブルー", "ありがとう", "谢谢日本队", "고맙습니다", "Ngũyễn", "ขอบคุณ"]:
        assert letters(words) in text, words


@pytest.mark.e2e
def test_the_long_paragraph_and_the_long_word_keep_every_letter(hostile):
    lines = article_lines(hostile, "extremes.txt")
    assert len(lines[1]) == 20_005 and len(lines[3]) == 5_000
    epub = letters("".join(xhtml_text(root) for root in epub_documents(hostile.epub).values()))
    pdf = letters(pdf_text(hostile.pdf, ["Extremes", hostile.book.meta.title]))
    for line in lines:
        assert letters(line) in epub
    for line in lines[:4]:  # the 190-digit number is test_no_word_runs_off_the_text_block's
        assert letters(line) in pdf


@pytest.mark.e2e
def test_the_long_word_wraps_inside_the_text_block(hostile):
    """No word on any page reaches further right than the justified lines of the long paragraph."""
    result = run(tool("pdftotext"), "-bbox", hostile.pdf, "-")
    assert result.returncode == 0, result.stderr
    words = re.findall(
        r'<word xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)" yMax="[\d.]+">([^<]*)</word>', result.stdout
    )
    right_margin = max(float(x_max) for _, x_max, word in words if word == "paragraph")
    long_word_pieces = [(float(x_min), float(x_max)) for x_min, x_max, word in words if "ThankYouJapan" in word]
    assert len(long_word_pieces) > 40  # it was broken into many lines
    assert all(x_max <= right_margin + 1 for _, x_max in long_word_pieces)


@pytest.mark.e2e
def test_no_word_runs_off_the_text_block(hostile):
    """A 190-digit number is too short for typeset's runaway rule and has no hyphenation point:
    without `overflow-wrap` it runs past the page edge, and its last digits are lost from the PDF."""
    result = run(tool("pdftotext"), "-bbox", hostile.pdf, "-")
    words = re.findall(r'<word xMin="[\d.]+" yMin="[\d.]+" xMax="([\d.]+)" yMax="[\d.]+">([^<]*)</word>', result.stdout)
    right_margin = max(float(x_max) for x_max, word in words if word == "paragraph")
    assert [word for x_max, word in words if float(x_max) > right_margin + 1] == []
    assert letters("1234567890" * 19) in letters(pdf_text(hostile.pdf))


@pytest.mark.e2e
def test_the_hostile_epub_passes_epubcheck(hostile):
    result = epubcheck(hostile.epub)
    assert result.returncode == 0, result.stdout + result.stderr


def test_a_huge_article_is_refused_at_once_without_being_read(tmp_path):
    """A 5 GiB file (sparse: nothing is written) against the default 1 MiB limit, through the CLI."""
    manuscript = tmp_path / "manuscript"
    (manuscript / "articles").mkdir(parents=True)
    (manuscript / "book.toml").write_text(
        '[book]\ntitle = "Big"\n\n[[chapters]]\nsource = "articles/huge.txt"\ntitle = "Huge"\n', encoding="utf-8"
    )
    with open(manuscript / "articles" / "huge.txt", "wb") as huge:
        huge.truncate(5 * 2**30)
    result = subprocess.run(
        [sys.executable, "-m", "booksmith", "build", "manuscript", "--out", "dist", "--build-dir", "build"],
        cwd=tmp_path, capture_output=True, text=True, check=False, timeout=60,
    )  # fmt: skip
    assert result.stderr == (
        "manuscript/articles/huge.txt: file is 5,242,880 KiB; the limit is 1,024 KiB "
        "(split it into several chapters, or raise [build] max_article_kib in book.toml)\n"
    )
    assert result.returncode == 3
    assert not (tmp_path / "dist").exists()
