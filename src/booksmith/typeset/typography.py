"""Stage 4: typography on the book's text: quotes, dashes, ellipses, spaces.

The chapter files keep the article's own characters (straight quotes, hyphens);
this stage turns them into what a typesetter would set, for every string of the
book (titles, paragraphs, quotations, captions), in one place. It changes
punctuation only, never a letter or a digit, and it leaves text that is code
rather than prose (tags, template braces, URLs, e-mail addresses) exactly as it
was, since a reader may need those character for character. A runaway "word"
of hundreds of characters gets invisible break opportunities (U+200B) so it wraps
inside the text block. Soft hyphens for the EPUB are added later, as the ebook's
pages are written (hyphens.py); the PDF hyphenates in WeasyPrint (CSS).
"""

from __future__ import annotations

import dataclasses
import functools
import re
import unicodedata
from collections.abc import Callable
from typing import Any

from ..model import (
    Book,
    Chapter,
    Emphasis,
    Figure,
    Heading,
    Inline,
    Inlines,
    Link,
    ListBlock,
    Paragraph,
    Quotation,
    Span,
    Strong,
    Table,
    Text,
    plain,
)

# Opening double, closing double, opening single, closing single.
QUOTES = {
    "en": "“”‘’",
    "de": "„“‚‘",
    "fr": "«»‹›",
    "ja": "「」『』",
    "nl": "“”‘’",
    "es": "«»“”",
    "it": "«»“”",
    "pt": "“”‘’",
}
_OPENS_BEFORE = set(" \u00a0\n([{<—–-/“‘«„‚")
NBSP = "\u00a0"

# Each rule: the pattern, its replacement, and a quick test that every text it matches passes
# (so most paragraphs skip the slower pattern; tests check the tests against the patterns).
_RULES: tuple[tuple[re.Pattern[str], str, Callable[[str], object]], ...] = (
    (  # dashes typed as hyphens
        re.compile(r"\s*---?\s*|(?<=\S) - (?=\S)"),
        "—",
        lambda text: "--" in text or " - " in text,
    ),
    (  # scores and ranges: 3–2
        re.compile(r"(?<![\w.,–-])(\d+)-(\d+)(?![\w-])"),
        r"\1–\2",
        re.compile(r"\d-\d").search,
    ),
    (re.compile(r"\.\s?\.\s?\."), "…", lambda text: "." in text),
    (
        re.compile(r"\b(No|Mr|Mrs|Ms|Dr|St|Mt|p|pp)\. (?=\w)"),
        rf"\1.{NBSP}",
        lambda text: any(abbreviated in text for abbreviated in ("No. ", "Mr", "Ms. ", "Dr. ", "St. ", "Mt. ", "p. ")),
    ),
    (
        re.compile(r"(\d) (%|km|kg|cm|mm|m|g|am|pm|a\.m\.|p\.m\.)(?!\w)"),
        rf"\1{NBSP}\2",
        lambda text: " " in text,
    ),
)


def quote_marks(language: str) -> str:
    return QUOTES.get(language.split("-")[0].lower(), QUOTES["en"])


# Text that is code, not prose: typography would change what the reader must type or read
# literally (`<img onerror="x">`, `{{ a }}`, a URL with `--` in it), so it is left exactly as is.
# Every pattern is bounded or anchored so a hostile 20,000-character line still takes linear time.
_LITERAL = re.compile(
    r"<(?:script|style)\b[^<>]*>[^<]{0,200}</(?:script|style)\s*>|<[!/?]?[A-Za-z][^<>\n]*>|<!--[^<>]*-->"  # tags
    r"|\{\{[^{}]{0,200}\}\}|\{%[^{}]{0,200}%\}"  # template braces
    r"|\b(?:https?|ftp)://\S+|\bwww\.[\w-]+(?:\.[\w-]+)+\S*|(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+"  # addresses
)


# Every kind of literal above has one of these in it: prose without them skips the long pattern.
_LITERAL_MARKS = ("<", "{", "@", "://", "www.")


def typeset_text(
    text: str, language: str = "en", before: str = "", after: str = "", quotes: list[bool] | None = None
) -> str:
    """`text` typeset; `before` and `after` are the characters printed around it (inlines set as one
    text), and `quotes` carries whether a single quote is open from one inline to the next."""
    marks = quote_marks(language)
    quotes = [False] if quotes is None else quotes
    out: list[str] = []
    start = 0
    for literal in _LITERAL.finditer(text) if any(mark in text for mark in _LITERAL_MARKS) else ():
        around = (text[start - 1 : start] or before, literal.group()[:1])
        out += [_typeset_prose(text[start : literal.start()], marks, *around, quotes), literal.group()]
        start = literal.end()
    out.append(_typeset_prose(text[start:], marks, text[start - 1 : start] or before, after, quotes))
    return _break_runaways("".join(out))


def typeset_inlines(inlines: Inlines, language: str, before: str = "", after: str = "") -> Inlines:
    """Inlines typeset as one run of text: a quote mark before an emphasised word opens and one after
    it closes, and code and link addresses are left exactly as they are."""
    return _typeset_run(inlines, language, before, after, [False])


def _typeset_run(inlines: Inlines, language: str, before: str, after: str, quotes: list[bool]) -> Inlines:
    out: list[Inline] = []
    for index, inline in enumerate(inlines):
        following = plain(inlines[index + 1 : index + 2])[:1] or after
        match inline:
            case Text(text=text):
                inline = Text(typeset_text(text, language, before, following, quotes))
            case Emphasis(content=content) | Strong(content=content) | Link(content=content) | Span(content=content):
                inline = dataclasses.replace(inline, content=_typeset_run(content, language, before, following, quotes))
        out.append(inline)
        before = plain((inline,))[-1:] or before
    return tuple(out)


# A "word" this long is data, not prose (a hash, a mangled URL, a paste gone wrong). With no place
# to break it runs off the page, and WeasyPrint's hyphenation takes time that grows with the cube
# of its length (50 s for 5,000 characters). An invisible break opportunity every few dozen
# characters makes it wrap, cheaply, in print and on e-readers alike.
ZWSP = "\u200b"
RUNAWAY_LENGTH = 200
_RUNAWAY = re.compile(rf"[^\s{ZWSP}]{{{RUNAWAY_LENGTH},}}")
_RUNAWAY_STEP = 40


@functools.cache
def _breaks_anywhere() -> re.Pattern[str]:
    """Scripts written without spaces break between characters already: their long runs are prose.

    Compiled at the first runaway, not on import: its wide ranges take re milliseconds."""
    return re.compile("[\u0e00-\u0fff\u1000-\u109f\u1780-\u17ff\u3000-\u9fff\uac00-\ud7af\uf900-\ufaff]")


def _break_runaways(text: str) -> str:
    return _RUNAWAY.sub(_with_break_opportunities, text) if len(text) >= RUNAWAY_LENGTH else text


def _with_break_opportunities(match: re.Match[str]) -> str:
    token = match.group()
    if _breaks_anywhere().search(token):
        return token
    out, since = [], 0
    for index, char in enumerate(token):
        # Before any character, letters and runs of punctuation alike ("=====", "!?!?"), but never
        # between a letter and its accent, nor inside an emoji sequence.
        if since >= _RUNAWAY_STEP and _may_break_before(char) and token[index - 1] != "\u200d":
            out.append(ZWSP)
            since = 0
        out.append(char)
        since += 1
    return "".join(out)


def _may_break_before(char: str) -> bool:
    """Not a combining mark, a joiner or a variation selector: those belong to the character before."""
    return unicodedata.category(char) not in ("Mn", "Mc", "Me", "Cf") and not "\ufe00" <= char <= "\ufe0f"


def _typeset_prose(text: str, marks: str, before: str, after: str = "", quotes: list[bool] | None = None) -> str:
    for pattern, replacement, may_match in _RULES:
        if may_match(text):
            text = pattern.sub(replacement, text)
    return _curl_quotes(text, marks, before or " ", after or " ", [False] if quotes is None else quotes)


_QUOTE = re.compile("[\"']")


def _curl_quotes(
    text: str, marks: str, before_text: str = " ", after_text: str = " ", quotes: list[bool] | None = None
) -> str:
    open_double, close_double, open_single, close_single = tuple(marks)
    out = []
    quotes = [False] if quotes is None else quotes  # a single quote was opened and not yet closed: 'Thank You'
    single_open = quotes[0]
    done = 0
    for quote in _QUOTE.finditer(text):  # only the quote marks change: the text between is copied whole
        i, char = quote.start(), quote.group()
        out.append(text[done:i])
        done = i + 1
        before = text[i - 1] if i else before_text
        after = text[i + 1] if i + 1 < len(text) else after_text
        opens = before in _OPENS_BEFORE
        if char == '"':
            out.append(open_double if opens else close_double)
        elif opens and re.match(r"\d\ds\b", text[i + 1 : i + 4]):
            out.append("’")  # '90s
        elif opens and not after.isspace():
            out.append(open_single)
            single_open = True
        elif before.isalnum() and after.isalnum():
            out.append("’")  # it's, don't
        elif single_open:
            out.append(close_single)
            single_open = False
        else:
            out.append("’")  # the players' coach
    out.append(text[done:])
    quotes[0] = single_open
    return "".join(out)


def typeset_book(book: Book) -> Book:
    """The same book with every text string typeset for its language."""
    language = book.meta.language

    def setting(value: str | None) -> str | None:
        return typeset_text(value, language) if value else value

    meta = dataclasses.replace(
        book.meta, title=typeset_text(book.meta.title, language), subtitle=setting(book.meta.subtitle)
    )
    chapters = tuple(_typeset_chapter(chapter, setting, language) for chapter in book.chapters)
    return dataclasses.replace(book, meta=meta, chapters=chapters)


def _typeset_chapter(chapter: Chapter, setting: Any, language: str) -> Chapter:
    def words(inlines: Inlines) -> Inlines:
        return typeset_inlines(inlines, language)

    blocks = []
    for block in chapter.blocks:
        match block:
            case Paragraph() | Heading():
                block = dataclasses.replace(block, content=words(block.content))
            case Quotation():
                lines = tuple(words(line) for line in block.lines)
                block = dataclasses.replace(block, lines=lines, attribution=setting(block.attribution))
            case Figure():
                block = dataclasses.replace(block, caption=setting(block.caption), label=setting(block.label))
            case ListBlock():
                block = dataclasses.replace(block, items=tuple(words(item) for item in block.items))
            case Table():
                head, rows = tuple(map(words, block.head)), tuple(tuple(map(words, row)) for row in block.rows)
                block = dataclasses.replace(block, head=head, rows=rows, caption=setting(block.caption))
        blocks.append(block)
    notes = tuple(dataclasses.replace(note, paragraphs=tuple(map(words, note.paragraphs))) for note in chapter.notes)
    return dataclasses.replace(
        chapter,
        title=setting(chapter.title),
        blocks=tuple(blocks),
        kicker=setting(chapter.kicker),
        deck=tuple(setting(text) for text in chapter.deck),
        notes=notes,
    )
