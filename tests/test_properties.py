"""Properties over random articles: the assembler either stops with a clean BooksmithError, or it
keeps every letter of the story (all but the lines a named rule dropped), in order, through the
chapter file and into well-formed XHTML and print HTML."""

from __future__ import annotations

import logging
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st
from lxml import etree
from lxml import html as lxml_html

from booksmith import config
from booksmith.errors import BooksmithError
from booksmith.html.render import print_html, render
from booksmith.manuscript.assemble import assemble_book
from booksmith.manuscript.clean import EDITOR
from booksmith.manuscript.furniture.page import FURNITURE_KINDS
from booksmith.manuscript.parse import TextLostError
from booksmith.manuscript.sources import read_source
from booksmith.model import Block, Book, Chapter, ListBlock, block_letters, block_texts, letters
from booksmith.pipeline import book_meta
from booksmith.typeset.typography import typeset_book

WORDS = ["Japan", "fans", "the", "stadium", "Belgium", "3-2", "said", "tweeted", "@samurai", "Honda", "l'équipe"]
WORDS += ["東京", "شكرا", "🇯🇵", "Zu\u0308rich", "it's", "--", "...", "&amp;", "<b>", "{{", "%}", "*", "_", "#", "\\"]
PUNCTUATION = ["", ".", "!", "?", ",", ":", '"', "”", ")", "…"]

# Any printable character (controls are refused by design, so they come only rarely, below).
word = st.sampled_from(WORDS) | st.text(st.characters(codec="utf-8", exclude_categories=["Cs", "Cc"]), max_size=6)
sentence = st.builds(
    lambda words, end: " ".join(words) + end, st.lists(word, min_size=1, max_size=12), st.sampled_from(PUNCTUATION)
)
line = st.one_of(
    sentence,
    sentence.map(lambda s: f'"{s}" fan @x said, tweeting.'),
    sentence.map(lambda s: f'Honda (@k) tweeted, "{s}"'),
    sentence.map(lambda s: f"{s} Photo: Twitter"),
    sentence.map(lambda s: f"- {s}"),
    st.integers(1, 4).map(lambda n: f"{n}. item"),
    st.sampled_from(["Related stories:", "Read more World Cup News", "Advertisement", "Share · Tweet · Email"]),
    st.sampled_from(["Japan fans", "By Jane Doe", "TOKYO (Reuters) -", "# not a heading", "> quote", "+++", "---"]),
    st.just(""),
    st.just(""),
)
rare_damage = st.sampled_from(["" for _ in range(20)] + ["\x00", "\x1b[1m", "\ufffd", "\x85", "\u00ad"])
article = st.builds(
    lambda lines, newline, bom, damage: ("\ufeff" if bom else "") + newline.join(lines) + damage,
    st.lists(line, min_size=0, max_size=25),
    st.sampled_from(["\n", "\r\n", "\r", "\n\n", "\u2028", "\u2029"]),
    st.booleans(),
    rare_damage,
)


@pytest.fixture(scope="module")
def manuscript() -> Iterator[Path]:
    root = Path(tempfile.mkdtemp(prefix="booksmith-properties-"))
    (root / "articles").mkdir()
    (root / "book.toml").write_text(
        '[book]\ntitle = "Random"\n\n[[chapters]]\nsource = "articles/a.txt"\ntitle = "Random"\n', encoding="utf-8"
    )
    log = logging.getLogger("booksmith")
    level = log.level
    log.setLevel(logging.ERROR)
    yield root
    log.setLevel(level)
    shutil.rmtree(root)


def printed_letters(block: Block) -> str:
    """Letters a block shows as text (an ordered list's numbers come from the list itself)."""
    if isinstance(block, ListBlock):
        return "".join(letters(text) for text in block_texts(block))
    return block_letters(block)


def kept_source_letters(path: Path, chapter: Chapter) -> str:
    lines = read_source(path).lines
    dropped = {n for drop in chapter.drops for n in range(drop.first_line, drop.last_line + 1)}
    dropped |= {taken.line for taken in chapter.taken}  # in the front matter: the chapter's credit
    return "".join(letters(text) for number, text in enumerate(lines, start=1) if number not in dropped)


def text_by_block(root: etree._Element, chapter: Chapter) -> list[str]:
    ids = {f"{chapter.id}-{n}" for n in range(1, len(chapter.blocks) + 1)}
    return ["".join(e.itertext()) for e in root.iter() if isinstance(e.tag, str) and e.get("id") in ids]


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(article)
def test_an_article_is_refused_cleanly_or_kept_whole(manuscript, text):
    path = manuscript / "articles" / "a.txt"
    path.write_bytes(text.encode("utf-8"))
    build = manuscript / "build"
    shutil.rmtree(build, ignore_errors=True)
    book_settings = config.load(manuscript)
    try:
        (chapter,) = assemble_book(book_settings, build)
    except TextLostError:
        raise
    except BooksmithError as err:
        event("refused: " + str(err).split(": ", 1)[-1][:40])
        assert all(line.startswith(f"{path}:") for line in str(err).splitlines()), str(err)  # located
        return

    event(f"built: {sorted({type(b).__name__ for b in chapter.blocks})}, drops: {len(chapter.drops) > 0}")
    # Every letter of every line no rule dropped and the front matter did not take, in order; drops only
    # by named rules.
    assert "".join(block_letters(b) for b in chapter.blocks) == kept_source_letters(path, chapter)
    assert {drop.rule for drop in chapter.drops} <= {*FURNITURE_KINDS, EDITOR}
    # The chapter file reads back as the same chapter.
    (again,) = assemble_book(book_settings, build)
    assert again.blocks == chapter.blocks and again.drops == chapter.drops

    book = typeset_book(Book(book_meta(book_settings), (chapter,)))
    (typeset,) = book.chapters
    expected = [printed_letters(block) for block in typeset.blocks]
    xhtml = render("epub/chapter.xhtml.j2", book, chapter=typeset, soft_hyphens=True, mark_languages=True)
    root = etree.fromstring(xhtml.encode("utf-8"))  # well-formed XML, or this raises
    assert [letters(t) for t in text_by_block(root, typeset)] == expected
    page = lxml_html.fromstring(print_html(book))
    assert [letters(t) for t in text_by_block(page, typeset)] == expected


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=400) | article.map(lambda t: t.encode("utf-8")).map(lambda b: b[: len(b) // 2]))
def test_any_bytes_are_read_or_refused_with_a_located_error(manuscript, data):
    """Arbitrary bytes, and UTF-8 cut in the middle of a character: never a crash, never U+FFFD."""
    path = manuscript / "articles" / "a.txt"
    path.write_bytes(data)
    shutil.rmtree(manuscript / "build", ignore_errors=True)
    try:
        (chapter,) = assemble_book(config.load(manuscript), manuscript / "build")
    except TextLostError:
        raise
    except BooksmithError as err:
        event("refused: " + str(err).split(": ", 1)[-1][:30])
        return
    event("built")
    assert "\ufffd" not in repr(chapter)
    assert "".join(block_letters(b) for b in chapter.blocks) == kept_source_letters(path, chapter)
