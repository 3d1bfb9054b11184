"""Stage 5: the typeset book → HTML, through Jinja2 templates a designer can edit.

Autoescaping is on for every template and nothing from an article is ever marked
safe: article text reaches the page as text. The print edition is one HTML
document for WeasyPrint; the ebook is one XHTML document per part.
"""

from __future__ import annotations

import datetime as dt
import functools
from pathlib import Path
from typing import Any

import jinja2

from . import __version__
from .model import Book
from .typeset import hyphenate

TEMPLATES = Path(__file__).parent / "templates"
MONTHS = tuple(dt.date(2000, month, 1).strftime("%B") for month in range(1, 13))  # C locale: English


def long_date(value: dt.date | None) -> str:
    return f"{value.day} {MONTHS[value.month - 1]} {value.year}" if value else ""


@functools.cache
def environment() -> jinja2.Environment:
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
    env.globals["version"] = __version__
    return env


@jinja2.pass_context
def _hyphenate_filter(context: jinja2.runtime.Context, text: str | None) -> str:
    """Soft hyphens for e-readers that do not hyphenate; the PDF hyphenates in CSS."""
    if not text or not context.get("soft_hyphens"):
        return text or ""
    return hyphenate(text, context["book"].meta.language)


def contributors_line(book: Book) -> str:
    names = [c.name for c in book.meta.contributors]
    if not names:
        return ""
    role = "Edited by" if all(c.role == "editor" for c in book.meta.contributors) else "By"
    joined = names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]
    return f"{role} {joined}"


def render(template: str, book: Book, **context: Any) -> str:
    return (
        environment()
        .get_template(template)
        .render(book=book, meta=book.meta, credits_line=contributors_line(book), **context)
    )


def print_html(book: Book) -> str:
    """The whole print edition as one HTML document."""
    return render("print/book.html.j2", book, soft_hyphens=False)
