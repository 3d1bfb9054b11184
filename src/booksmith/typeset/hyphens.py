"""Soft hyphens for the EPUB, from pyphen's dictionaries, read only as far as the book needs.

pyphen parses every pattern of a dictionary when it opens one: 14,000 for English, about
a tenth of a second, as much as the rest of a small ebook. Here a dictionary is only split
into lines, each filed under its letters (a few milliseconds), and a pattern is parsed the
first time a word meets it. The hyphenation itself is pyphen's (Liang's algorithm, the same
parsing of each pattern), and tests compare the two word for word in several languages. A
dictionary with nonstandard hyphenation (Hungarian `ssz` → `sz-sz`) is left to pyphen.

The PDF is hyphenated by WeasyPrint (CSS `hyphens: auto`), through pyphen: `lend_to_pyphen` files
the same lazily read patterns in pyphen's cache of dictionaries before a layout, so a process that
lays out a chapter does not parse the whole dictionary first (0.1 s of a one-chapter layout's 0.3).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from pathlib import Path

import pyphen

SOFT_HYPHEN = "\u00ad"
LEFT = RIGHT = 3  # letters kept together at each end of a word
_WORD = re.compile(r"[^\W\d_]{6,}")  # shorter words gain nothing from a break
_DIGIT = re.compile(r"\d")  # pyphen's \d: the digits of a pattern are its values, the rest its letters
_DIGIT_OUTSIDE_ASCII = re.compile(r"[^\D0-9]")
_VALUES_AND_LETTERS = re.compile(r"(\d?)(\D?)")
_HEX = re.compile(r"\^{2}([0-9a-f]{2})")  # ^^e9: a character written as hex, as in pyphen
_IGNORED = ("%", "#", "LEFTHYPHENMIN", "RIGHTHYPHENMIN", "COMPOUNDLEFTHYPHENMIN", "COMPOUNDRIGHTHYPHENMIN")

Pattern = tuple[int, tuple[int, ...]]  # where its values start in the word, and the values


def hyphenate(text: str, language: str) -> str:
    """Insert soft hyphens where `language` allows a break (words of six letters or more).

    Handles (@name), addresses and words with a capital (names, most likely in another language) are left whole.
    """
    word_breaks = breaks(language)
    if word_breaks is None:
        return text

    def soft(match: re.Match[str]) -> str:
        start, end = match.start(), match.end()
        in_an_address = (start and text[start - 1] in "@#/.:_") or text[end : end + 1] == "@"  # …@ , @…
        return match.group() if in_an_address else word_breaks(match.group())

    return _WORD.sub(soft, text)


@functools.cache
def breaks(language: str) -> Callable[[str], str] | None:
    """word → the word with its soft hyphens, in `language`'s dictionary (None: pyphen has none)."""
    tag = language.replace("-", "_")
    name = pyphen.language_fallback(tag) or pyphen.language_fallback(tag.split("_")[0])
    if not name:
        return None
    patterns = _patterns(pyphen.LANGUAGES[name])
    inserted = patterns.inserted if patterns else _pyphen_inserted(name)
    capitalised_nouns = tag.split("_")[0].lower() in _NOUNS_CAPITALISED
    return functools.cache(lambda word: word if _a_name(word, capitalised_nouns) else inserted(word))


_NOUNS_CAPITALISED = {"de", "lb"}  # German writes every noun with a capital: only a capital inside marks a name


def _a_name(word: str, capitalised_nouns: bool = False) -> bool:
    """A capitalised word: a name (Hayashi, Thailand, McDonald) or a brand (iPhone), likely not in the
    book's language, whose patterns would break it wrongly (Hay-ashi, Thai-l-and). A sentence's first
    word is left whole too, at the cost of a break there."""
    return any(char.isupper() for char in word[1 if capitalised_nouns else 0 :])


def _pyphen_inserted(language: str) -> Callable[[str], str]:
    dictionary = pyphen.Pyphen(lang=language, left=LEFT, right=RIGHT)
    return lambda word: str(dictionary.inserted(word, hyphen=SOFT_HYPHEN))


def lend_to_pyphen(languages: set[str]) -> None:
    """Give pyphen (and WeasyPrint through it) each language's patterns read as `Patterns` reads them, in
    its cache of dictionaries, where it would parse them all the first time it opens one. A dictionary with
    nonstandard hyphenation, or one pyphen has opened already, is left to pyphen."""
    cache = getattr(pyphen, "hdcache", None)  # pyphen's own: Pyphen() takes a dictionary from it by path
    if not isinstance(cache, dict):
        return
    for language in languages:
        name = pyphen.language_fallback(language.replace("-", "_"))
        path = pyphen.LANGUAGES.get(name) if name else None
        if path is not None and path not in cache and (lent := _lendable(path)) is not None:
            cache[path] = lent


@functools.cache
def _lendable(path: Path) -> _PyphenDictionary | None:
    """A dictionary's patterns to lend (None for pyphen's own to read), once a process."""
    patterns = _patterns(path)
    return _PyphenDictionary(patterns) if patterns is not None else None


@functools.cache
def _patterns(path: Path) -> Patterns | None:
    """A dictionary read once a process, for the EPUB's soft hyphens and WeasyPrint's breaks alike."""
    return Patterns.read(path)


class _PyphenDictionary:
    """pyphen's HyphDict as `Pyphen` uses it (`positions`, each a DataInt: no nonstandard data here)."""

    def __init__(self, patterns: Patterns) -> None:
        self._patterns = patterns
        self.cache: dict[str, list[int]] = {}

    def positions(self, word: str) -> list[int]:
        word = word.lower()
        points = self.cache.get(word)
        if points is None:
            points = self.cache[word] = [pyphen.DataInt(point) for point in self._patterns.positions(word)]
        return points


class Patterns:
    """A hyphenation dictionary's patterns, each parsed when a word first needs it."""

    def __init__(self, patterns: dict[str, str | Pattern]) -> None:
        self._patterns = patterns  # letters → the pattern's text, or the pattern once parsed
        self._longest = max(map(len, patterns), default=0)

    @classmethod
    def read(cls, path: Path) -> Patterns | None:
        """The patterns of a `hyph_*.dic` file; None if it has nonstandard hyphenation (pyphen's job).

        Read as pyphen reads it: each line stripped, comments and settings skipped, ^^hex made a
        character, a pattern whose values are all 0 skipped, a later pattern replacing an earlier one.
        """
        data = path.read_bytes()
        encoding = data.split(b"\n", 1)[0].decode().strip()
        encoding = "cp1251" if encoding.lower() == "microsoft-cp1251" else encoding
        text = data.decode(encoding)
        lines = [line.strip() for line in text.split("\n")[1:]]
        lines = [line for line in lines if line and not line.startswith(_IGNORED)]
        if "^^" in text:
            lines = [_HEX.sub(_character, line) if "^^" in line else line for line in lines]
        if "/" in text and "=" in text and any("/" in line and "=" in line for line in lines):
            return None
        joined = "\n".join(lines)
        if _DIGIT_OUTSIDE_ASCII.search(joined):  # pyphen's \d reads any script's digits: the slow way
            values = [(_DIGIT.sub("", line), line) for line in lines if any(map(int, _DIGIT.findall(line)))]
            return cls(dict(values))
        # ASCII digits are single bytes in UTF-8: one pass deletes them all, leaving each line's letters.
        letters = joined.encode("utf-8").translate(None, b"0123456789").decode("utf-8").split("\n")
        # A line with a digit other than 0 lost more characters than its zeros.
        return cls(
            {key: line for key, line in zip(letters, lines, strict=True) if len(line) - line.count("0") > len(key)}
        )

    def inserted(self, word: str) -> str:
        """`word` with a soft hyphen at every break, as pyphen's `inserted` puts them."""
        right = len(word) - RIGHT
        letters = list(word)
        for position in reversed([p for p in self.positions(word) if LEFT <= p <= right]):
            letters.insert(position, SOFT_HYPHEN)
        return "".join(letters)

    def positions(self, word: str) -> list[int]:
        """Where `word` may break (pyphen's `HyphDict.positions`, Liang's algorithm)."""
        pointed = f".{word.lower()}."
        values = [0] * (len(pointed) + 1)
        patterns = self._patterns
        for i in range(len(pointed) - 1):
            for j in range(i + 1, min(i + self._longest, len(pointed)) + 1):
                pattern = patterns.get(pointed[i:j])
                if pattern is None:
                    continue
                if isinstance(pattern, str):  # its first use
                    pattern = patterns[pointed[i:j]] = _parse(pattern)
                offset, found = pattern
                span = slice(i + offset, i + offset + len(found))
                values[span] = map(max, found, values[span])
        return [i - 1 for i, value in enumerate(values) if value % 2]


def _character(match: re.Match[str]) -> str:
    return chr(int(match.group(1), 16))


def _parse(text: str) -> Pattern:
    """`.ach4` → (4, (4,)): the values between the letters, without the zeros at either end."""
    values = [int(digit or "0") for digit, _ in _VALUES_AND_LETTERS.findall(text)]
    start, end = 0, len(values)
    while not values[start]:
        start += 1
    while not values[end - 1]:
        end -= 1
    return start, tuple(values[start:end])
