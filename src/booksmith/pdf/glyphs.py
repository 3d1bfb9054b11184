"""Glyph coverage: warn, naming the character and where it is, when no font can print it.

WeasyPrint (through Pango and fontconfig) falls back from the book's typeface to any
installed font that has a character; when none has it, the page shows an empty box
("tofu"). So a character is covered when the book's own fonts or any font fontconfig
lists has it. A private-use character (an icon font's code point, copied from a web page)
is never covered: whatever glyph a font keeps there is not the icon the page showed.
The book's fonts are read first, with fontTools (~0.05 s); only characters
they lack are looked up in fontconfig's charsets, all fonts in one `fc-list` call
(~0.15 s with CJK fonts installed). Both are read once per process.
"""

from __future__ import annotations

import bisect
import functools
import shutil
import subprocess
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from ..config.settings import CONFIG_NAME, Settings
from ..config.styles import font_files
from ..errors import warn
from ..model import Book, Origin, block_texts

VARIATION_SELECTORS = (range(0xFE00, 0xFE10), range(0xE0100, 0xE01F0))


@dataclass(frozen=True)
class Uncovered:
    char: str
    where: Origin
    more: int  # further places that use it

    @property
    def private_use(self) -> bool:
        return unicodedata.category(self.char) == "Co"

    def describe(self) -> str:
        code = f"U+{ord(self.char):04X}"
        name = unicodedata.name(self.char, "")
        return f"{code} {name} ({self.char})" if name else f"{code} ({self.char})"


class Coverage:
    """The code points some font has, as sorted, merged [start, end] ranges."""

    def __init__(self, ranges: Iterable[tuple[int, int]]) -> None:
        merged: list[list[int]] = []
        for start, end in sorted(ranges):
            if merged and start <= merged[-1][1] + 1:
                merged[-1][1] = max(merged[-1][1], end)
            else:
                merged.append([start, end])
        self.starts = [start for start, _ in merged]
        self.ends = [end for _, end in merged]

    def __contains__(self, char: str) -> bool:
        index = bisect.bisect_right(self.starts, ord(char)) - 1
        return index >= 0 and ord(char) <= self.ends[index]


def warn_uncovered(book: Book, settings: Settings, font_dirs: list[Path]) -> list[Uncovered]:
    """Warn once for each character no font has, at its first place; return them (for tests)."""
    found = uncovered(book_texts(book, settings), book_coverage(tuple(font_files(font_dirs))))
    if found:  # the book's own fonts lack some: does any installed font have them?
        system = system_coverage()
        if system is None:
            warn("glyph coverage not checked: fc-list is missing (Debian package fontconfig)")
            return []
        found = [item for item in found if item.private_use or item.char not in system]
    for item in found:
        place = locate(settings, item.char, item.where)
        warn(warning_text(item), settings.root / place.path, place.line)
    return found


def uncovered(texts: Iterable[tuple[str, Origin]], coverage: Coverage) -> list[Uncovered]:
    first: dict[str, Origin] = {}
    counts: dict[str, int] = {}
    for text, origin in texts:
        for char in set(text):
            if needs_no_glyph(char) or (char in coverage and unicodedata.category(char) != "Co"):
                continue
            first.setdefault(char, origin)
            counts[char] = counts.get(char, 0) + 1
    return [Uncovered(char, first[char], counts[char] - 1) for char in sorted(first, key=ord)]


def book_texts(book: Book, settings: Settings) -> Iterator[tuple[str, Origin]]:
    """Every text the print edition sets, with where it was written."""
    meta = book.meta
    for key in ("title", "subtitle", "publisher", "rights", "description", "edition"):
        value = getattr(meta, key)
        if value:
            yield value, Origin(CONFIG_NAME, settings.line_of("book", key) or 1)
    for person in meta.contributors:
        yield person.name, Origin(CONFIG_NAME, settings.line_of("book", "editors") or 1)
    for chapter in book.chapters:
        yield chapter.title, Origin(chapter.source, 1)
        credit = chapter.credit
        fields = (credit.publisher, credit.author, credit.url, credit.headline, chapter.kicker)
        texts = [*fields, *chapter.deck, *credit.lines, *credit.photos]
        yield "\n".join(filter(None, texts)), Origin(chapter.source, 1)
        for block in chapter.blocks:
            yield "\n".join(block_texts(block)), block.origin


def locate(settings: Settings, char: str, where: Origin) -> Origin:
    """The line that holds `char`: a block remembers its first line, the character may be further on."""
    if where.path == CONFIG_NAME:
        return where
    lines = _source_lines(settings, where.path)
    for number in range(where.line, len(lines) + 1):
        if char in lines[number - 1]:
            return Origin(where.path, number)
    return where


@functools.cache
def book_coverage(book_fonts: tuple[Path, ...]) -> Coverage:
    """What the book's own fonts (styles/fonts, the manuscript's styles/) cover."""
    return Coverage((code, code) for path in book_fonts for code in _cmap(path))


@functools.cache
def system_coverage() -> Coverage | None:
    """What the fonts fontconfig lists cover, all of them; None without fc-list."""
    fc_list = shutil.which("fc-list")
    if fc_list is None:
        return None
    listing = subprocess.run([fc_list, "--format", "%{charset}\n"], capture_output=True, text=True, check=False)
    return Coverage(_charset_ranges(listing.stdout))


def _charset_ranges(listing: str) -> Iterator[tuple[int, int]]:
    """fontconfig's charsets, e.g. `20-7e a0-17f 192`, one font a line."""
    for item in listing.split():
        start, _, end = item.partition("-")
        try:
            yield int(start, 16), int(end or start, 16)
        except ValueError:
            continue


def _cmap(path: Path) -> Iterable[int]:
    from fontTools.ttLib import TTFont, TTLibError

    try:
        with TTFont(path, lazy=True, fontNumber=0) as font:
            return list(font.getBestCmap() or {})
    except (TTLibError, OSError):
        return []  # a font WeasyPrint cannot read either: it reports that itself


def needs_no_glyph(char: str) -> bool:
    """Spaces, controls, format characters (soft hyphen, joiners, bidi marks) and variation selectors."""
    if char.isspace() or unicodedata.category(char) in ("Cc", "Cf", "Zs", "Zl", "Zp"):
        return True
    return any(ord(char) in selectors for selectors in VARIATION_SELECTORS)


def warning_text(item: Uncovered) -> str:
    more = f" (and {item.more} more place{'s' * (item.more != 1)})" if item.more else ""
    if item.private_use:
        return (
            f"{item.describe()} is a private-use character: it meant an icon only in the web page's own font{more}; "
            "delete it or write what it meant"
        )
    return f"no installed font has {item.describe()}: it would print as an empty box{more}; {_hint(item.char)}"


def _hint(char: str) -> str:
    code = ord(char)
    if code >= 0x1F000 or 0x2600 <= code <= 0x27BF:
        return "for emoji: install fonts-noto-color-emoji"
    return "install a font that has it, or write the character another way"


def _source_lines(settings: Settings, relative: str) -> tuple[str, ...]:
    """The lines of one of the book's chapter sources (never of another file a block's origin might name)."""
    from ..errors import BooksmithError

    entry = next((c for c in settings.config.chapters if c.source == relative), None)
    if entry is None:
        return ()
    try:
        return settings.read_chapter_source(entry).lines
    except BooksmithError:
        return ()
