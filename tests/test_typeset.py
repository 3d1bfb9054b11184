"""typeset: punctuation as a typesetter sets it; letters and digits never change."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from booksmith.model import Book, BookMeta, Chapter, Figure, Heading, ListBlock, Origin, Paragraph, Quotation, letters
from booksmith.typeset.hyphens import SOFT_HYPHEN, hyphenate
from booksmith.typeset.typography import _LITERAL, _LITERAL_MARKS, _RULES, NBSP, typeset_book, typeset_text
from support import lines_of, words


@pytest.mark.parametrize(
    ("typed", "set_"),
    [
        ('He said "thank you" to fans.', "He said “thank you” to fans."),
        ("It's the players' coach in the '90s.", "It’s the players’ coach in the ’90s."),
        ("a small, discreet 'Thank You' note", "a small, discreet ‘Thank You’ note"),
        ("\"Makoto's 'captain' speech,\" he said.", "“Makoto’s ‘captain’ speech,” he said."),
        ('("Arigato!")', "(“Arigato!”)"),
        ("Japan lost 3-2 to Belgium; pages 10-12.", "Japan lost 3–2 to Belgium; pages 10–12."),
        ("round-of-16 game on 2018-07-02", "round-of-16 game on 2018-07-02"),
        ("farewell - a small note", "farewell—a small note"),
        ("farewell -- a small note", "farewell—a small note"),
        ("a well-known fact", "a well-known fact"),
        ("Wait... what. . .", "Wait… what…"),
        ("Mr. Nishino ran 5 km at 6 pm.", f"Mr.{NBSP}Nishino ran 5{NBSP}km at 6{NBSP}pm."),
    ],
)
def test_english_typography(typed, set_):
    assert typeset_text(typed) == set_


@pytest.mark.parametrize(
    ("language", "set_"),
    [("de", "Er sagte „danke“ und ‚tschüss‘."), ("fr", "Er sagte «danke» und ‹tschüss›."), ("en-GB", None)],
)
def test_quotes_follow_the_language(language, set_):
    typed = "Er sagte \"danke\" und 'tschüss'."
    assert typeset_text(typed, language) == (set_ or "Er sagte “danke” und ‘tschüss’.")


@pytest.mark.parametrize(
    "literal",
    [
        '<img src=x onerror="alert(1)">',
        "<script>alert('boo')</script>",
        "<!-- not -- a comment -->",
        "{{ 7*7 }}",
        "{% for x in 'ab' %}",
        'http://example.com/a--b?q="x"',
        "www.example.com/2018-07",
        "fans@example.co.jp",
    ],
)
def test_code_in_the_text_is_left_exactly_as_typed(literal):
    assert typeset_text(f'He wrote {literal} and "left".') == f"He wrote {literal} and “left”."


# Whole literals of every kind, and pieces of them to make odd ones from.
LITERAL_TOKENS = ["fans@example.co.jp", "http://x.jp/a--b", "ftp://f", "www.fifa.com", "<b>", "</p>", "<!-- c -->"]
LITERAL_TOKENS += ["{{ x }}", "{% if %}", "<script>x</script>", "<style >", "a", ".", "-", "_", "+", "@", ":", "//"]
LITERAL_TOKENS += ["<", ">", "!", "{", "}", "%", "www", "http", " ", "\n"]
LITERAL_TEXT = st.lists(st.sampled_from(LITERAL_TOKENS), max_size=16).map("".join)


@settings(max_examples=500, deadline=None)
@given(LITERAL_TEXT)
def test_text_without_a_literal_mark_holds_no_literal(text):
    # typeset_text looks for literals only in text with one of these marks in it.
    for literal in _LITERAL.finditer(text):
        assert any(mark in literal.group() for mark in _LITERAL_MARKS), literal.group()


RULE_TOKENS = ["-", "--", "---", "3", "12", ".", "..", "x", "Ab", "km", "%", "a.m.", "(", "–"]
RULE_TOKENS += ["No.", "Mr.", "Mrs.", "Ms.", "Dr.", "St.", "Mt.", "p.", "pp."]
RULE_TEXT = st.lists(
    st.tuples(st.sampled_from(RULE_TOKENS), st.sampled_from(["", " ", "\u00a0", "\t"])), max_size=12
).map(lambda pairs: "".join(token + space for token, space in pairs))


@settings(max_examples=1000, deadline=None)
@given(RULE_TEXT)
def test_every_text_a_rule_matches_passes_its_quick_test(text):
    for pattern, _, may_match in _RULES:
        assert not pattern.search(text) or may_match(text), (pattern.pattern, text)


def test_markdown_looking_text_is_prose_to_typography():
    assert typeset_text("# not a heading - really") == "# not a heading—really"


PROSE = st.lists(
    st.sampled_from([*"aZé日09 '\"-.,;:!?()[]{}<>/@&%—–…", "\u00a0", "\n", "km", "Mr", "No", "pp", "http://", "{{"]),
    max_size=60,
).map("".join)


@settings(max_examples=300, deadline=None)
@given(PROSE, st.sampled_from(["en", "de", "fr", "ja", "es", "xx"]))
def test_typeset_never_changes_a_letter_or_a_digit(text, language):
    assert letters(typeset_text(text, language)) == letters(text)


@settings(max_examples=100, deadline=None)
@given(PROSE)
def test_soft_hyphens_are_all_hyphenation_adds(text):
    hyphenated = hyphenate(text, "en")
    assert hyphenated.replace(SOFT_HYPHEN, "") == text


def test_hyphenation_breaks_long_words_but_not_handles_or_capitalised_inner_words():
    assert SOFT_HYPHEN in hyphenate("extraordinary", "en")
    assert hyphenate("@samuraiblue McDonaldson", "en") == "@samuraiblue McDonaldson"
    assert hyphenate("extraordinary", "tlh") == "extraordinary"  # no dictionary: left whole
    # An e-mail address is copied by readers: no soft hyphen on either side of its @.
    assert hyphenate("write to editors@example.org", "en") == "write to editors@example.org"


def test_every_string_of_the_book_is_typeset():
    here = Origin("a.txt", 1)
    chapter = Chapter(
        "chapter-01",
        "Japan's 'farewell'",
        "a.txt",
        (
            Paragraph(words('"Hi"'), here),
            Heading(words("3-2"), 2, here),
            Quotation(lines_of(('"a"', "b...")), "X - Y", here),
            Figure("It's", "Photo: AP", "'Label'", None, here),
            ListBlock(lines_of(("1-0", "'x'")), False, here),
        ),
    )
    meta = BookMeta("Japan's Cup", "en", "urn:x", dt.date(2018, 7, 5), subtitle="A - B")
    book = typeset_book(Book(meta, (chapter,)))
    assert (book.meta.title, book.meta.subtitle) == ("Japan’s Cup", "A—B")
    (typeset,) = book.chapters
    assert typeset.title == "Japan’s ‘farewell’"
    paragraph, heading, quotation, figure, listing = typeset.blocks
    assert paragraph.text == "“Hi”"
    assert heading.text == "3–2"
    assert (quotation.lines, quotation.attribution) == (lines_of(("“a”", "b…")), "X—Y")
    assert (figure.caption, figure.label, figure.credit) == ("It’s", "‘Label’", "Photo: AP")
    assert listing.items == lines_of(("1–0", "‘x’"))


# --- runaway runs: a break opportunity every few dozen characters, punctuation too ---------------

ZWSP = "\u200b"


@pytest.mark.parametrize("run", ["=" * 1000, "!?" * 500, "ab" * 500, "-" * 1000, "*" * 1000, "~_~" * 300])
def test_a_runaway_run_gets_break_opportunities_and_keeps_its_characters(run):
    set_ = typeset_text(f"The score line read {run} and then it ended.", "en")
    longest = max(len(piece) for piece in set_.replace(ZWSP, " ").split())
    assert longest <= 60  # each piece fits a line, so the layout never searches a 1,000-character box
    assert letters(set_) == letters(f"The score line read {run} and then it ended.")


def test_runaway_breaks_never_split_a_letter_from_its_accent_nor_an_emoji_sequence():
    accented = "e\u0301" * 300  # e and a combining acute, 600 code points
    family = "\U0001f468\u200d\U0001f469\u200d\U0001f467" * 60  # ZWJ sequences
    flags = "\u2764\ufe0f" * 300  # a heart and its emoji presentation selector
    for run in (accented, family, flags):
        set_ = typeset_text(f"A run {run} here.", "en")
        for index, char in enumerate(set_):
            if char == ZWSP:
                assert set_[index + 1] not in "\u0301\u200d\ufe0f" and set_[index - 1] != "\u200d", (run[:4], index)


def test_names_are_never_hyphenated_in_the_ebook_but_german_nouns_are():
    assert hyphenate("Hayashi and Thailand celebrated extraordinarily", "en").split()[:3] == [
        "Hayashi",
        "and",
        "Thailand",
    ]
    assert SOFT_HYPHEN in hyphenate("extraordinarily", "en")
    assert SOFT_HYPHEN in hyphenate("Weltmeisterschaft", "de")  # a noun, capitalised as German writes it
    assert hyphenate("McDonaldson", "de") == "McDonaldson"
