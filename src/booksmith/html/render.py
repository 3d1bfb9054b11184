"""Stage 5: the typeset book → HTML, through Jinja2 templates a designer can edit.

Autoescaping is on for every template and nothing from an article is ever marked
safe: article text reaches the page as text. The print edition is one HTML
document for WeasyPrint; the ebook is one XHTML document per part.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
import hashlib
from pathlib import Path
from typing import Any

import jinja2
from markupsafe import Markup, escape

from .. import __version__
from ..errors import OutputError
from ..model import Book, Chapter
from ..output import write_bytes_atomic
from ..typeset.hyphens import hyphenate
from ..typeset.scripts import language_runs

TEMPLATES = Path(__file__).parent / "templates"
MONTHS = tuple(dt.date(2000, month, 1).strftime("%B") for month in range(1, 13))  # C locale: English


def long_date(value: dt.date | None) -> str:
    return f"{value.day} {MONTHS[value.month - 1]} {value.year}" if value else ""


COMPILED_TEMPLATES = "compiled-templates"  # in the build folder: see CompiledTemplates


@functools.cache
def environment(compiled: Path | None = None) -> jinja2.Environment:
    """The templates; with `compiled` (a folder under build/), compiled once and kept there."""
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATES),
        autoescape=True,  # for .xhtml and .j2 alike: every template escapes
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    if compiled is not None:
        env.bytecode_cache = CompiledTemplates(compiled, _compiler_settings(env))
    env.filters["long_date"] = long_date
    env.filters["hy"] = _hyphenate_filter
    env.globals["chapter_number"] = chapter_number
    env.globals["version"] = __version__
    return env


@jinja2.pass_context
def _hyphenate_filter(context: jinja2.runtime.Context, text: str | None) -> str:
    """Soft hyphens for e-readers that do not hyphenate; the PDF hyphenates in CSS.

    With `mark_languages` (the ebook), a passage in another script is also wrapped in a
    span that names its language; the text itself is escaped here, never trusted.
    """
    soft = bool(context.get("soft_hyphens"))
    if not text or not (soft or context.get("mark_languages")):
        return text or ""  # the print edition (macros imported without context land here too)
    language = context["book"].meta.language
    if not context.get("mark_languages"):
        return hyphenate(text, language)
    return Markup("").join(_passage(run, tag, language, soft) for run, tag in language_runs(text, language))


def _passage(text: str, tag: str | None, language: str, soft: bool) -> Markup:
    if tag is None:
        return escape(hyphenate(text, language) if soft else text)
    return Markup('<span lang="{0}" xml:lang="{0}">{1}</span>').format(tag, text)


def chapter_number(book: Book, chapter: Chapter) -> int:
    """The number a chapter's opener shows, the same in both editions: forewords are not counted."""
    # Found by identity: `index` would compare the chapters before it field by field, for every chapter.
    index = next((i for i, c in enumerate(book.chapters) if c is chapter), None)
    if index is None:
        index = book.chapters.index(chapter)  # an equal copy of one of the book's chapters
    return sum(c.role == "chapter" for c in book.chapters[: index + 1])


def contributors_line(book: Book) -> str:
    names = [c.name for c in book.meta.contributors]
    if not names:
        return ""
    role = "Edited by" if all(c.role == "editor" for c in book.meta.contributors) else "By"
    joined = names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]
    return f"{role} {joined}"


def render(template: str, book: Book, compiled: Path | None = None, **context: Any) -> str:
    return (
        environment(compiled)
        .get_template(template)
        .render(book=book, meta=book.meta, credits_line=contributors_line(book), **context)
    )


def print_html(book: Book, cover_image: str | None = None, compiled: Path | None = None) -> str:
    """The whole print edition as one HTML document; `cover_image` is relative to the manuscript."""
    return render("print/book.html.j2", book, compiled, soft_hyphens=False, cover_image=cover_image)


class CompiledTemplates(jinja2.BytecodeCache):
    """Compiled templates kept in the build folder, so a build need not compile them again.

    An entry is found by the template's name and file, Jinja's version and the syntax settings;
    Jinja itself checks that it was compiled from the template's present text. It is written whole
    or not at all, carries a digest of itself, and one that is unreadable or does not match its
    digest counts as missing: the template is compiled afresh. A folder that cannot be written
    only makes the next build compile again.
    """

    def __init__(self, folder: Path, settings: str) -> None:
        self.folder = folder
        self.settings = settings  # the environment's, as _compiler_settings describes them

    def get_cache_key(self, name: str, filename: str | None = None) -> str:
        made_by = f"{jinja2.__version__}\n{self.settings}\n{name}\n{filename}"
        return f"{name.replace('/', '-')}.{hashlib.sha256(made_by.encode()).hexdigest()}"  # readable, and unique

    def load_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        try:
            data = (self.folder / bucket.key).read_bytes()
        except OSError:
            return
        digest, code = data[:DIGEST_SIZE], data[DIGEST_SIZE:]
        if hashlib.sha256(code).digest() != digest:
            return
        try:
            bucket.bytecode_from_string(code)
        except Exception:  # an entry from another Python, say: compile afresh
            bucket.reset()

    def dump_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        code = bucket.bytecode_to_string()
        with contextlib.suppress(OutputError):  # the build goes on; the next one compiles the template again
            write_bytes_atomic(self.folder / bucket.key, hashlib.sha256(code).digest() + code)


DIGEST_SIZE = hashlib.sha256().digest_size
_COMPILER_SETTINGS = (
    *("block_start_string", "block_end_string", "variable_start_string", "variable_end_string"),
    *("comment_start_string", "comment_end_string", "line_statement_prefix", "line_comment_prefix"),
    *("trim_blocks", "lstrip_blocks", "newline_sequence", "keep_trailing_newline"),
    *("autoescape", "optimized", "is_async", "finalize"),
)


def _compiler_settings(env: jinja2.Environment) -> str:
    """Everything of an environment's that goes into its templates' compiled code."""
    return repr([getattr(env, name) for name in _COMPILER_SETTINGS] + sorted(env.extensions))
