"""The book.toml schema: strict msgspec structs, one per table.

Unknown keys are errors, so a typo never passes silently; `problems` walks these structs so
that every problem is reported at once. msgspec, not pydantic, because the schema is checked
on every build and every `booksmith check`: msgspec imports in ~5 ms and ~2 MiB, pydantic in
~140 ms and ~16 MiB, which alone made a 16-page build 10 % slower than WeasyPrint by itself.
"""

from __future__ import annotations

import codecs
import datetime as dt
import re
import unicodedata
from typing import Annotated, Any, Literal

import msgspec
from msgspec import Meta, Struct

from ..manuscript.sources import DEFAULT_MAX_BYTES, DEFAULT_MAX_LINES
from .problems import Check

LANGUAGE_TAG = re.compile(r"^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$")


# An EPUB is a zip file, and a zip file dates its members in years 1980 to 2107; `dcterms:modified`
# needs four digits. A book's dates (and SOURCE_DATE_EPOCH) stay in the years both can write.
FIRST_YEAR, LAST_YEAR = 1000, 2107
LAST_EPOCH = int(dt.datetime(LAST_YEAR, 12, 31, 23, 59, 59, tzinfo=dt.UTC).timestamp())


def _toml_date(value: Any) -> None:
    """A date as TOML writes it (2018-07-05) or as a quoted ISO date; not a number or a time."""
    if isinstance(value, dt.datetime):
        raise ValueError("a date has no time of day: write it as 2018-07-05")
    if isinstance(value, str):
        try:
            value = dt.date.fromisoformat(value)
        except ValueError:
            raise ValueError(f"'{value}' is not a date such as 2018-07-05") from None
    if not isinstance(value, dt.date):
        raise ValueError("a date is written as 2018-07-05")
    if not FIRST_YEAR <= value.year <= LAST_YEAR:
        raise ValueError(f"{value.isoformat()} is not between the years {FIRST_YEAR} and {LAST_YEAR}")


def _visible(value: Any) -> None:
    """A title or a name is seen: blank space and invisible characters alone are no title."""
    if isinstance(value, str) and value and not any(unicodedata.category(c)[0] in "LMNPS" for c in value):
        raise ValueError("has no visible characters")


def _text_encoding(value: Any) -> None:
    if not isinstance(value, str):
        return
    try:
        info = codecs.lookup(value)
    except LookupError:
        raise ValueError(f"unknown encoding '{value}'") from None
    if not getattr(info, "_is_text_encoding", True):  # rot13, base64, zlib: codecs from bytes to bytes or str to str
        raise ValueError(f"'{value}' is not a text encoding (such as 'utf-8', 'cp1252' or 'shift_jis')")


def _bcp47(value: Any) -> None:
    if isinstance(value, str) and not LANGUAGE_TAG.match(value):
        raise ValueError(f"'{value}' is not a BCP 47 language tag such as 'en' or 'en-GB'")


TomlDate = Annotated[dt.date, Check(_toml_date)]
Text = Annotated[str, Meta(min_length=1)]
Visible = Annotated[str, Meta(min_length=1), Check(_visible)]  # printed as a title or a name
Millimetres = Annotated[float, Meta(ge=0, le=60)]


class Strict(Struct, forbid_unknown_fields=True, frozen=True):
    """Unknown keys are errors; settings never change once read (mypy needs `frozen` on each subclass)."""


class Person(Strict, frozen=True):
    name: Visible
    role: Literal["editor", "author", "compiler", "translator", "photographer", "designer"] = "editor"


class BookSection(Strict, frozen=True):
    title: Visible
    subtitle: Visible | None = None
    language: Annotated[str, Check(_bcp47)] = "en"
    editors: list[Visible | Person] = []
    publisher: Visible | None = None
    date: TomlDate | None = None
    identifier: str | None = None
    rights: str | None = None
    description: str | None = None
    edition: str | None = None


class PrintMargins(Strict, frozen=True):
    """Page margins in millimetres; one left out keeps the design's (styles/print.css)."""

    top: Millimetres | None = None
    bottom: Millimetres | None = None
    inner: Millimetres | None = None  # the spine side
    outer: Millimetres | None = None  # the fore-edge side

    def given(self) -> dict[str, float]:
        return {side: value for side, value in msgspec.structs.asdict(self).items() if value is not None}


class PrintSection(Strict, frozen=True):
    page_size: Literal["A5", "B5", "6x9in", "Letter"] = "A5"
    margins_mm: PrintMargins = PrintMargins()
    # "home": the trim size exactly (dist/booklet.pdf); "shop": bleed, trim and bleed boxes, crop marks
    # in a slug outside the bleed (dist/booklet-shop.pdf), for a print shop's press.
    variant: Literal["home", "shop"] = "home"
    bleed_mm: Annotated[float, Meta(ge=0, le=10)] = 3.0  # shop variant: printed beyond each trim edge
    crop_marks: bool = True  # shop variant: marks where to cut, drawn outside the bleed
    # `make booklet`: inner sheets' pages move this far toward the fold (the innermost sheet the
    # full amount), so the fore-edge margins stay even once the folded stack is trimmed.
    creep_mm: Annotated[float, Meta(ge=0, le=5)] = 0.0
    # `make booklet`: "light" sets the covers on white with the design in blue for a home printer (no
    # white frame round a blue page, no cartridge spent on it); "full" keeps the full-bleed blue.
    home_cover: Literal["light", "full"] = "light"


class EbookSection(Strict, frozen=True):
    # Soft hyphens, for e-readers that do not hyphenate themselves. Off by default: most reading systems
    # hyphenate now, and soft hyphens stay in what a reader copies, searches for or hears read aloud.
    hyphenate: bool = False
    print_source: str | None = None  # the print edition the page list follows, e.g. "urn:isbn:…"
    accessibility_summary: str | None = None  # replaces the summary booksmith writes


class BuildSection(Strict, frozen=True):
    # An article larger than this is refused before it is read: a news article is 5–50 KiB,
    # and a runaway file (a log, a whole site) must not hang the build or exhaust memory.
    max_article_kib: Annotated[int, Meta(gt=0, le=64 * 1024)] = DEFAULT_MAX_BYTES // 1024
    # Lines per article (or chapter file): work grows with lines, whatever their length.
    max_article_lines: Annotated[int, Meta(gt=0, le=1_000_000)] = DEFAULT_MAX_LINES


class FigureEntry(Strict, frozen=True):
    label: Visible  # the photo label or the caption's first words
    image: Text


class ChapterEntry(Strict, frozen=True):
    source: Text
    title: Visible | None = None
    role: Literal["chapter", "foreword", "afterword"] = "chapter"
    publisher: Visible | None = None
    author: Visible | None = None
    url: str | None = None
    date: TomlDate | None = None
    encoding: Annotated[str, Check(_text_encoding)] | None = None
    figures: list[FigureEntry] = []
    # The editor's word on the page's furniture: a line's text (white space not counted), its number,
    # or a range of numbers ("41-47"). `drop` removes lines the rules keep; `keep` keeps lines they drop.
    drop: list[Annotated[str, Meta(min_length=1)] | Annotated[int, Meta(ge=1)]] = []
    keep: list[Annotated[str, Meta(min_length=1)] | Annotated[int, Meta(ge=1)]] = []


class BookConfig(Strict, frozen=True, kw_only=True):  # kw_only: the keys in the order book.toml has them
    book: BookSection
    print: PrintSection = PrintSection()
    ebook: EbookSection = EbookSection()
    build: BuildSection = BuildSection()
    chapters: Annotated[list[ChapterEntry], Meta(min_length=1)]
