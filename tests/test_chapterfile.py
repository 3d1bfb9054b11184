"""chapterfile: chapters ↔ Markdown with TOML front matter; what is written reads back the same."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from booksmith.errors import SourceError
from booksmith.manuscript.chapterfile import (
    _merged,
    body_digest,
    chapter_from_file,
    escape,
    read_chapter_file,
    read_markdown,
    write_chapter,
)
from booksmith.model import (
    Chapter,
    Code,
    Credit,
    Drop,
    Emphasis,
    Figure,
    Heading,
    LineBreak,
    Link,
    ListBlock,
    Origin,
    Paragraph,
    Quotation,
    Strong,
    Table,
    Text,
    block_texts,
)
from support import lines_of, words

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
# Text that marks can wrap: Markdown's emphasis opens only before, and closes only after, a non-space,
# so a word at each end (as every emphasis that Markdown itself read has).
WORD = st.from_regex(r"[a-zé日][a-z0-9é日ש]{0,6}", fullmatch=True)
BOUNDED = st.builds(lambda a, middle, b: f"{a}{middle}{b}", WORD, st.just("") | TEXT.map(lambda t: f" {t} "), WORD)
CODE = st.text(st.sampled_from("a `*_<>[]\\|&é"), min_size=1, max_size=12).filter(lambda t: t.strip())
URL = st.sampled_from(
    ["https://example.org/", "http://x.test/a_b*c?d=1&e=2#f", "https://x.test/(paren)", "mailto:ada@example.org"]
)


SPACE = Text(" ")


def _spaced(parts: list, separator: Text | LineBreak = SPACE) -> tuple:
    out: list = []
    for part in parts:
        out += [separator, *part] if out else list(part)
    return _merged(out)


def _bounded(inner: st.SearchStrategy) -> st.SearchStrategy:
    """A marked-up run's content: it starts and ends with a word, with more words or marks between."""
    content = st.lists(inner, min_size=1, max_size=3).map(_spaced)
    return st.tuples(BOUNDED.map(Text), content, BOUNDED.map(Text)).map(lambda t: _spaced([(t[0],), t[1], (t[2],)]))


def _marked(inner: st.SearchStrategy) -> st.SearchStrategy:
    return st.one_of(_bounded(inner).map(lambda c: (Emphasis(c),)), _bounded(inner).map(lambda c: (Strong(c),)))


PLAIN = TEXT.map(lambda t: (Text(t),))
LEAF = st.one_of(PLAIN, CODE.map(lambda t: (Code(t),)))
LINKLESS = st.recursive(LEAF, _marked, max_leaves=4)
LINK = st.builds(lambda c, url: (Link(c, url),), _bounded(LINKLESS), URL)  # a link never holds another
AUTOLINK = URL.map(lambda url: (Link((Text(url.removeprefix("mailto:")),), url),))  # an address as its own text
RUN = st.one_of(LINKLESS, LINK, AUTOLINK, _marked(LINK))
INLINES = st.lists(RUN, min_size=1, max_size=4).map(_spaced)
BROKEN = st.lists(RUN, min_size=2, max_size=4).map(lambda parts: _spaced(parts, LineBreak()))  # hard line breaks
CELL = st.lists(st.one_of(PLAIN, _marked(PLAIN)), min_size=1, max_size=2).map(_spaced)


def _table(columns: int) -> st.SearchStrategy:
    row = st.lists(CELL, min_size=columns, max_size=columns).map(tuple)
    return st.builds(
        Table,
        row,
        st.lists(row, min_size=0, max_size=3).map(tuple),
        st.lists(st.sampled_from([None, "left", "center", "right"]), min_size=columns, max_size=columns).map(tuple),
        st.none() | TEXT,
        st.just(HERE),
    )


BLOCK = st.one_of(
    st.builds(Paragraph, INLINES | BROKEN, st.just(HERE)),
    st.builds(Heading, INLINES, st.sampled_from([2, 3]), st.just(HERE)),
    st.builds(Quotation, st.lists(INLINES, min_size=1, max_size=4).map(tuple), st.none() | TEXT, st.just(HERE)),
    st.builds(Figure, TEXT, st.none() | TEXT, st.none() | TEXT, st.none() | TEXT, st.just(HERE)),
    st.builds(ListBlock, st.lists(INLINES, min_size=1, max_size=4).map(tuple), st.booleans(), st.just(HERE)),
    st.integers(1, 3).flatmap(_table),
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
    ch = chapter(
        Paragraph(words(_tidy(text)), HERE),
        Quotation(lines_of((_tidy(text), "x")), _tidy(text), Origin("articles/a.txt", 3)),
    )
    assert round_trip(ch).blocks == ch.blocks


def test_the_file_an_editor_reads():
    ch = chapter(
        Paragraph(words("Fans said *thanks* & left."), Origin("articles/a.txt", 1)),
        Heading(words("After the match"), 2, Origin("articles/a.txt", 3)),
        Quotation(lines_of(("Makoto Hasebe.", "Arigato!")), "Yuto Nagatomo", Origin("articles/a.txt", 5)),
        Figure("Fans clean the stadium.", "Photo: Twitter", "Japan fans", None, Origin("articles/a.txt", 9)),
        ListBlock(lines_of(("one", "two")), True, Origin("articles/a.txt", 12)),
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
        Paragraph(words("Why this book."), Origin("foreword.md", 5)),
        Heading(words("A heading"), 2, Origin("foreword.md", 7)),
        ListBlock(lines_of(("one", "two")), False, Origin("foreword.md", 9)),
    )


def test_raw_html_in_a_hand_written_chapter_is_text():
    (block,) = read_markdown("<b>bold</b> <script>x()</script>\n", "a.md").blocks
    assert block == Paragraph(words("<b>bold</b> <script>x()</script>"), Origin("a.md", 1))


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
        Paragraph(words("Fans left."), Origin("articles/a.txt", 1)),
        Figure("Fans clean the stadium.", None, None, None, Origin("articles/a.txt", 3)),
    )
    text = write_chapter(ch, "sha256:0")
    with pytest.raises(ValueError):
        read_chapter_file(damage(text), "build/chapters/a.md", ch.source)


@pytest.mark.parametrize(
    "content",
    [
        (Text("Yes!"), Link((Text("www.example.org"),), "https://www.example.org")),  # not an image
        (Text("Mail "), Link((Text("foo@ex-.com"),), "mailto:foo@ex-.com")),  # no autolink CommonMark reads
        (Strong((Emphasis((Text("a"),)),)),),
        (Emphasis((Emphasis((Text("a"),)),)),),
        (Strong((Text("x "), Emphasis((Text("a"),)))),),
        (Emphasis((Strong((Text("a"),)), Text(" b"))),),
        (Text("a "), Link((Text("b"),), "https://x.org/a%7Cb"), Text(" c")),
    ],
)
def test_marks_review_found_hard_to_write_read_back_as_written(content):
    ch = chapter(Paragraph(content, HERE))
    assert round_trip(ch) == ch


def test_two_marks_of_a_kind_side_by_side_are_one():
    assert _merged((Emphasis((Text("a"),)), Emphasis((Text("b"),)), Code("c"), Code("d"))) == (
        Emphasis((Text("ab"),)),
        Code("cd"),
    )
