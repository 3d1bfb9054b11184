"""Stage 5: the typeset book → HTML, through Jinja2 templates a designer can edit.

Autoescaping is on for every template and nothing from an article is ever marked
safe: article text reaches the page as text. The print edition is one HTML
document for WeasyPrint; the ebook is one XHTML document per part.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
import urllib.parse
from pathlib import Path
from typing import Any

import jinja2
from markupsafe import Markup, escape

from .. import __version__
from ..model import Block, Book, Chapter, block_inlines, block_texts, links_in, plain
from ..typeset.hyphens import hyphenate
from ..typeset.scripts import direction, language_runs, text_direction

TEMPLATES = Path(__file__).parent / "templates"
MONTHS = tuple(dt.date(2000, month, 1).strftime("%B") for month in range(1, 13))  # C locale: English


def long_date(value: dt.date | None) -> str:
    return f"{value.day} {MONTHS[value.month - 1]} {value.year}" if value else ""


@functools.cache
def environment() -> jinja2.Environment:
    """The templates, compiled once a process. Never kept in build/: compiled code read back from a file
    is code anyone who can write that file could have written, and compiling them all costs 0.04 s."""
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATES),
        autoescape=True,  # for .xhtml and .j2 alike: every template escapes
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters["long_date"] = long_date
    env.filters["hy"] = _hyphenate_filter
    env.globals["chapter_number"] = chapter_number
    env.globals["addressed_links"] = addressed_links
    env.globals["full_title"] = full_title
    env.globals["is_long"] = is_long
    env.globals["block_direction"] = block_direction
    env.globals["direction"] = direction
    env.globals["version"] = __version__
    return env


@jinja2.pass_context
def _hyphenate_filter(context: jinja2.runtime.Context, text: str | None) -> str:
    """Soft hyphens for e-readers that do not hyphenate; the PDF hyphenates in CSS.

    With `mark_languages` (both editions), a passage in another script is also wrapped in a
    span that names its language; the text itself is escaped here, never trusted.
    """
    soft = bool(context.get("soft_hyphens"))
    if not text or not (soft or context.get("mark_languages")):
        return text or ""  # the print edition (macros imported without context land here too)
    language = context["book"].meta.language
    if not context.get("mark_languages"):
        return hyphenate(text, language)
    xhtml = context.get("edition") == "epub"
    return Markup("").join(_passage(run, tag, language, soft, xhtml) for run, tag in language_runs(text, language))


def _passage(text: str, tag: str | None, language: str, soft: bool, xhtml: bool) -> Markup:
    if tag is None:
        return escape(hyphenate(text, language) if soft else text)
    way = Markup(' dir="rtl"') if direction(tag) == "rtl" and direction(language) == "ltr" else Markup("")
    if xhtml:  # XHTML wants the language twice: `lang` for HTML readers, `xml:lang` for XML ones
        return Markup('<span lang="{0}" xml:lang="{0}"{1}>{2}</span>').format(tag, way, text)
    return Markup('<span lang="{0}"{1}>{2}</span>').format(tag, way, text)


def block_direction(block: Block, language: str) -> str | None:
    """`dir` for a block whose text runs against the book's direction (an Arabic paragraph in an
    English book), so it is aligned and indented from its own side; None when it runs with it."""
    found = text_direction(" ".join(block_texts(block)))
    return found if found is not None and found != direction(language) else None


def chapter_number(book: Book, chapter: Chapter) -> int:
    """The number a chapter's opener shows, the same in both editions: forewords are not counted."""
    # Found by identity: `index` would compare the chapters before it field by field, for every chapter.
    index = next((i for i, c in enumerate(book.chapters) if c is chapter), None)
    if index is None:
        index = book.chapters.index(chapter)  # an equal copy of one of the book's chapters
    return sum(c.role == "chapter" for c in book.chapters[: index + 1])


def addressed_links(chapter: Chapter) -> list[tuple[str, str]]:
    """The chapter's links whose text does not show their address, each once, in reading order: the
    print edition lists them after the chapter, since paper cannot be clicked."""
    found: dict[str, str] = {}
    texts = [inlines for block in chapter.blocks for inlines in block_inlines(block)]
    texts += [paragraph for note in chapter.notes for paragraph in note.paragraphs]
    for inlines in texts:
        for link in links_in(inlines):
            shown = plain(link.content).strip()
            if link.url not in found and _bare(shown) != _bare(urllib.parse.unquote(link.url)):
                found[link.url] = shown
    return [(shown, urllib.parse.unquote(url)) for url, shown in found.items()]


def _bare(address: str) -> str:
    """An address as a reader would type it: no scheme, no closing slash."""
    return re.sub(r"^(?:https?://|mailto:)", "", address, flags=re.IGNORECASE).rstrip("/")


def contributors_line(book: Book) -> str:
    names = [_in_a_phrase(c.name, book.meta.language) for c in book.meta.contributors]
    if not names:
        return ""
    role = "Edited by" if all(c.role == "editor" for c in book.meta.contributors) else "By"
    joined = names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]
    return f"{role} {joined}"


def _in_a_phrase(name: str, language: str) -> str:
    """A name as it reads after "Edited by": an English name that starts with its article takes a
    small "the" there ("Edited by the booksmith editors"), as a copy editor would set it."""
    if language.lower().startswith("en") and re.match(r"The \S", name):
        return "t" + name[1:]
    return name


# About half an A5 page of quotation (some 14 lines of 55 characters): longer, it may break across pages.
LONG_BLOCK_CHARACTERS = 750


def is_long(block: Block) -> bool:
    """Whether a block is long enough that keeping it on one page would leave a page half empty."""
    return sum(len(text) for text in block_texts(block)) > LONG_BLOCK_CHARACTERS


def full_title(title: str, subtitle: str | None) -> str:
    """Title and subtitle on one line: a colon between them, or a dash when the subtitle has its own colon."""
    if not subtitle:
        return title
    return f"{title} — {subtitle}" if ":" in subtitle else f"{title}: {subtitle}"


def render(template: str, book: Book, **context: Any) -> str:
    return (
        environment()
        .get_template(template)
        .render(book=book, meta=book.meta, credits_line=contributors_line(book), **context)
    )


def light_covers_html(book: Book, cover_image: str | None = None) -> str:
    """The front and back covers alone, light (white paper, the design in blue), for the home-imposed booklet."""
    return print_html(book, cover_image, covers_only=True)


def print_html(book: Book, cover_image: str | None = None, covers_only: bool = False) -> str:
    """The whole print edition as one HTML document (or its covers alone); `cover_image` is relative to the
    manuscript."""
    return render(
        "print/book.html.j2",
        book,
        edition="print",
        soft_hyphens=False,
        mark_languages=True,
        cover_image=cover_image,
        covers_only=covers_only,
    )
