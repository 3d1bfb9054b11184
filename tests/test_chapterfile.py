"""chapterfile: chapters ↔ Markdown with TOML front matter; what is written reads back the same."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from booksmith.errors import SourceError
from booksmith.manuscript.chapterfile import (
    body_digest,
    chapter_from_file,
    escape,
    read_chapter_file,
    read_markdown,
    write_chapter,
)
from booksmith.model import Chapter, Credit, Drop, Figure, Heading, ListBlock, Origin, Paragraph, Quotation, block_texts

NEWLINE = "\n"
HERE = Origin("articles/a.txt", 1)

# Characters Markdown, HTML, TOML and Jinja give meaning to, plus letters, digits and other scripts.
_MARKUP = "aZ09 \\`*_{}[]()<>#+-.!|~&;:=\"'%/@$^?,"
_ALPHABET = st.sampled_from(
    [*_MARKUP, "&amp;", "&#35;", "{{", "}}", "{%", "%}", "é", "日", "ש", "🇯🇵", "\u200d", "\u00a0"]
)


def _tidy(text: str) -> str:
    return " ".join(text.split())  # as the cleaner leaves every line: no runs of white space, no ends


TEXT = st.lists(_ALPHABET, min_size=1, max_size=40).map("".join).map(_tidy).filter(bool)
BLOCK = st.one_of(
    st.builds(Paragraph, TEXT, st.just(HERE)),
    st.builds(Heading, TEXT, st.sampled_from([2, 3]), st.just(HERE)),
    st.builds(Quotation, st.lists(TEXT, min_size=1, max_size=4).map(tuple), st.none() | TEXT, st.just(HERE)),
    st.builds(Figure, TEXT, st.none() | TEXT, st.none() | TEXT, st.none() | TEXT, st.just(HERE)),
    st.builds(ListBlock, st.lists(TEXT, min_size=1, max_size=4).map(tuple), st.booleans(), st.just(HERE)),
)


def chapter(*blocks, **kwargs) -> Chapter:
    return Chapter("chapter-01", kwargs.pop("title", "A title"), "articles/a.txt", tuple(blocks), **kwargs)


def round_trip(ch: Chapter) -> Chapter:
    file = read_chapter_file(write_chapter(ch, "sha256:0"), "build/chapters/a.md", ch.source)
    return chapter_from_file(file, ch.id, ch.source)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(BLOCK, min_size=1, max_size=6), TEXT)
def test_any_chapter_reads_back_as_written(blocks, title):
    blocks = [_numbered(b, n) for n, b in enumerate(blocks, start=1)]
    ch = chapter(*blocks, title=title)
    assert round_trip(ch) == ch


def _numbered(block, n):
    """Distinct source lines, so the round trip must also keep each block's origin."""
    return replace(block, origin=Origin("articles/a.txt", n * 2))


@pytest.mark.parametrize(
    "text",
    [
        "<script>alert('x')</script>",
        '<img src=x onerror="alert(1)">',
        "Fish &amp; chips &lt;b&gt; &#35; &copy;",
        "{{ 7*7 }} {% for x in y %}{{ x }}{% endfor %}",
        "# not a heading",
        "* not a list",
        "> not a quote",
        "1. not a list",
        "1) not a list either",
        "+++",
        "---",
        "=== underline",
        ":::",
        "::: figure",
        "[a link](http://x) ![img](y.png) <http://z>",
        "*em* **strong** _u_ __uu__ `code` ~~del~~ a|b \\ \\\\",
        "    four spaces are a code block in Markdown",
        "— an attribution mark at the start",
    ],
)
def test_markup_looking_text_reads_back_as_itself(text):
    ch = chapter(Paragraph(_tidy(text), HERE), Quotation((_tidy(text), "x"), _tidy(text), Origin("articles/a.txt", 3)))
    assert round_trip(ch).blocks == ch.blocks


def test_the_file_an_editor_reads():
    ch = chapter(
        Paragraph("Fans said *thanks* & left.", Origin("articles/a.txt", 1)),
        Heading("After the match", 2, Origin("articles/a.txt", 3)),
        Quotation(("Makoto Hasebe.", "Arigato!"), "Yuto Nagatomo", Origin("articles/a.txt", 5)),
        Figure("Fans clean the stadium.", "Photo: Twitter", "Japan fans", None, Origin("articles/a.txt", 9)),
        ListBlock(("one", "two"), True, Origin("articles/a.txt", 12)),
        credit=Credit(publisher="Onmanorama", date=dt.date(2018, 7, 3)),
        drops=(Drop("read-more", 20, 20, 1),),
    )
    body = (
        "Fans said \\*thanks\\* \\& left.\n\n"
        "## After the match\n\n"
        "> Makoto Hasebe.\\\n> Arigato!\n>\n> — Yuto Nagatomo\n\n"
        "::: figure\n**Japan fans**\n\nFans clean the stadium.\n\n*Photo: Twitter*\n:::\n\n"
        "1. one\n2. two\n"
    )
    assert write_chapter(ch, "sha256:abc") == (
        "+++\n"
        'title = "A title"\n'
        'source = "articles/a.txt"\n'
        'role = "chapter"\n'
        'fingerprint = "sha256:abc"\n'
        + f'body_digest = "{body_digest(NEWLINE + body)}"\n'
        + "block_lines = [\n    1,\n    3,\n    5,\n    9,\n    12,\n]\n"
        "dropped = [\n"
        '    { rule = "read-more", first_line = 20, last_line = 20, count = 1 },\n'
        "]\n\n"
        "[credit]\n"
        'publisher = "Onmanorama"\n'
        "date = 2018-07-03\n"
        "+++\n\n" + body
    )
    assert round_trip(ch) == ch


def test_an_image_path_with_spaces_and_brackets_reads_back():
    figure = Figure("Fans.", "Photo: AP", "Japan fans", "images/fans (1) [final].jpg", HERE)
    assert round_trip(chapter(figure)).blocks == (figure,)


def test_a_hand_written_chapter_reads_with_its_own_line_numbers():
    text = "+++\ntitle = 'Foreword'\n+++\n\nWhy this book.\n\n## A heading\n\n- one\n- two\n"
    file = read_markdown(text, "foreword.md")
    assert file.front == {"title": "Foreword"}
    assert file.blocks == (
        Paragraph("Why this book.", Origin("foreword.md", 5)),
        Heading("A heading", 2, Origin("foreword.md", 7)),
        ListBlock(("one", "two"), False, Origin("foreword.md", 9)),
    )


def test_raw_html_in_a_hand_written_chapter_is_text():
    (block,) = read_markdown("<b>bold</b> <script>x()</script>\n", "a.md").blocks
    assert block == Paragraph("<b>bold</b> <script>x()</script>", Origin("a.md", 1))


def test_unclosed_front_matter_is_an_error():
    with pytest.raises(SourceError, match=r"^a\.md:1: front matter opened with \+\+\+ is never closed$"):
        read_markdown("+++\ntitle = 'x'\n\ntext\n", "a.md")


def test_bad_front_matter_is_an_error_at_its_line_in_the_file():
    with pytest.raises(SourceError, match=r"^a\.md:3:\d+: front matter: invalid TOML: "):
        read_markdown("+++\nrole = 'foreword'\ntitle = \n+++\ntext\n", "a.md")


def test_front_matter_nested_too_deep_is_refused_before_it_is_parsed():
    deep = "x = " + "[" * 400 + "]" * 400
    with pytest.raises(
        SourceError, match=r"^a\.md:2: front matter: arrays and tables nested 400 deep; booksmith reads at most 16$"
    ):
        read_markdown(f"+++\n{deep}\n+++\ntext\n", "a.md")


@pytest.mark.parametrize("depth", [8, 20])
def test_deep_quotations_and_lists_keep_every_word(depth):
    quote = ">" * depth + " the deepest words\n"
    items = "".join("  " * level + f"- item {level}\n" for level in range(depth))
    file = read_markdown(f"{quote}\n{items}", "a.md")
    texts = [text for block in file.blocks for text in block_texts(block)]
    assert "the deepest words" in texts
    assert [f"item {level}" for level in range(depth)] == [t for t in texts if t.startswith("item")]


def test_markdown_nested_past_the_limit_is_an_error_not_lost_text():
    message = r"^a\.md:3: quotations or lists nested deeper than booksmith reads \(about 20 levels\)$"
    with pytest.raises(SourceError, match=message):
        read_markdown("Intro.\n\n" + ">" * 60 + " lost words\n", "a.md")
    items = "".join("  " * level + f"- item {level}\n" for level in range(40))
    with pytest.raises(SourceError, match=message.replace(":3:", r":\d\d:")):  # the line where the limit is met
        read_markdown(f"Intro.\n\n{items}", "a.md")


@pytest.mark.parametrize("heading", ["#", "## ", "###   #"])
def test_a_heading_with_no_text_is_an_error(heading):
    with pytest.raises(SourceError, match=r"^a\.md:3: a heading with no text$"):
        read_markdown(f"Intro.\n\n{heading}\n\nMore.\n", "a.md")


def test_unsupported_markdown_is_named():
    with pytest.raises(SourceError, match=r"^a\.md:3: unsupported Markdown \(fence\)$"):
        read_markdown("text\n\n```\ncode\n```\n", "a.md")


def test_escape_leaves_plain_prose_alone():
    assert escape("Japan lost 3-2 to Belgium, and fans cheered.") == "Japan lost 3-2 to Belgium, and fans cheered."


def test_a_hand_written_chapter_s_front_matter_cannot_make_the_build_read_another_file():
    text = "+++\ntitle = 'Foreword'\nsource = '/etc/passwd'\nblock_lines = [1]\n+++\n\nWhy this book.\n"
    (block,) = read_markdown(text, "foreword.md").blocks
    assert block.origin == Origin("foreword.md", 7)  # its own line, not a line of /etc/passwd


@pytest.mark.parametrize(
    "damage",
    [
        lambda text: text[: text.rindex("Fans")],  # cut short
        lambda text: text.replace("Fans clean", "Fans cleaned"),  # the body changed
        lambda text: text.replace("block_lines = [\n    1,\n", "block_lines = [\n"),  # a block too many
    ],
)
def test_a_damaged_chapter_file_is_refused_not_read(damage):
    ch = chapter(
        Paragraph("Fans left.", Origin("articles/a.txt", 1)),
        Figure("Fans clean the stadium.", None, None, None, Origin("articles/a.txt", 3)),
    )
    text = write_chapter(ch, "sha256:0")
    with pytest.raises(ValueError):
        read_chapter_file(damage(text), "build/chapters/a.md", ch.source)
