"""Passages written in another script than the book's, and the language each is known to be in.

An English article about Japan quotes 「がんばれ」 or a Thai post: the ebook marks such a
passage with `lang`, so a screen reader switches voice and a reading system picks the
right glyphs. The language is known only as far as the script tells it: kana is Japanese,
Hangul Korean, Thai Thai, Greek Greek; Arabic script is Persian when it has Persian's own
letters (پ چ ژ گ), Urdu with Urdu's (ٹ ڈ ڑ ں ے), else Arabic; Hebrew script is Hebrew, or
Yiddish with its ligatures. Han characters alone or Cyrillic could be several languages, so
those are marked with the script only (`und-Hani`: language undetermined). Passages in the
book's own script (French words in an English book) are left unmarked. Arabic and Hebrew
passages read right to left: `direction` says which way a tag, or a block's text, runs.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterator

# Unicode blocks → the script family a passage belongs to.
_BLOCKS: tuple[tuple[int, int, str], ...] = (
    (0x0370, 0x03FF, "greek"),
    (0x1F00, 0x1FFF, "greek"),
    (0x0400, 0x052F, "cyrillic"),
    (0x0590, 0x05FF, "hebrew"),
    (0x0600, 0x06FF, "arabic"),
    (0x0750, 0x077F, "arabic"),
    (0x0E00, 0x0E7F, "thai"),
    (0x1100, 0x11FF, "hangul"),
    (0x3000, 0x303F, "cjk-punctuation"),
    (0x3040, 0x30FF, "kana"),
    (0x31F0, 0x31FF, "kana"),
    (0x3130, 0x318F, "hangul"),
    (0x3400, 0x4DBF, "han"),
    (0x4E00, 0x9FFF, "han"),
    (0xAC00, 0xD7AF, "hangul"),
    (0xF900, 0xFAFF, "han"),
    (0xFF01, 0xFF60, "cjk-punctuation"),  # full-width forms
    (0xFF61, 0xFF9F, "kana"),  # half-width katakana
)
_FAMILY = {"kana": "cjk", "han": "cjk", "hangul": "cjk", "cjk-punctuation": "cjk"}
_SCRIPT_ONLY = {"han": "und-Hani", "cyrillic": "und-Cyrl", "arabic": "und-Arab", "hebrew": "und-Hebr"}
_URDU_LETTERS = set("ٹڈڑںےۓہھ")
_PERSIAN_LETTERS = set("پچژگکی")
_YIDDISH_LIGATURES = set("װױײ")
RIGHT_TO_LEFT = {"ar", "fa", "ur", "he", "yi", "ps", "sd", "ug", "dv"}
# The script family of a book's own language: its passages need no mark.
_HOME = {
    "ja": "cjk",
    "zh": "cjk",
    "ko": "cjk",
    "th": "thai",
    "el": "greek",
    "ru": "cyrillic",
    "uk": "cyrillic",
    "bg": "cyrillic",
    "sr": "cyrillic",
    "ar": "arabic",
    "fa": "arabic",
    "ur": "arabic",
    "he": "hebrew",
    "yi": "hebrew",
}


@functools.cache
def _in_a_block() -> re.Pattern[str]:
    """Any letter of those blocks: the rest of a text (Latin, digits, punctuation) is skipped in one search.

    Compiled when the ebook first needs it, not on import: its wide ranges take re milliseconds."""
    return re.compile("[" + "".join(f"{chr(first)}-{chr(last)}" for first, last, _ in _BLOCKS) + "]")


def script_of(char: str) -> str | None:
    """The script of a letter outside the Latin alphabet, or None (Latin, digits, spaces, punctuation)."""
    code = ord(char)
    for first, last, script in _BLOCKS:
        if first <= code <= last:
            if script == "greek" and not char.isalpha():
                return None
            return script
    return None


def _family(script: str | None) -> str | None:
    return _FAMILY.get(script, script) if script else None


def language_runs(text: str, book_language: str) -> Iterator[tuple[str, str | None]]:
    """Split `text` into (passage, language tag or None for the book's own language)."""
    home = _HOME.get(book_language.split("-")[0].lower(), "latin")
    start = 0
    for first, last, tag in _foreign_passages(text, home):
        if first > start:
            yield text[start:first], None
        yield text[first:last], tag
        start = last
    if start < len(text):
        yield text[start:], None


def _foreign_passages(text: str, home: str) -> Iterator[tuple[int, int, str | None]]:
    """(start, end, tag) of each maximal passage in one foreign script family."""
    i = 0
    while (candidate := _in_a_block().search(text, i)) is not None:
        i = candidate.start()
        family = _family(script_of(text[i]))
        if family is None or family == home:
            i += 1
            continue
        end = i + 1
        j = end
        while j < len(text):
            next_family = _family(script_of(text[j]))
            if next_family == family:
                end = j = j + 1
            elif next_family is None and _joins(text[j]):
                j += 1  # spaces and marks inside a passage belong to it, if it goes on
            else:
                break
        tag = _tag(text[i:end], family)
        if tag is not None:
            yield i, end, tag
        i = end


def _joins(char: str) -> bool:
    return char == " " or unicodedata.category(char) in ("Mn", "Mc", "Pd")


def _tag(passage: str, family: str) -> str | None:
    scripts = {script_of(char) for char in passage} - {None}
    if family == "cjk":
        if "kana" in scripts:
            return "ja"
        if "hangul" in scripts:
            return "ko"
        return "und-Hani" if "han" in scripts else None  # punctuation alone is nobody's
    if family == "greek":
        return "el" if sum(char.isalpha() for char in passage) > 1 else None  # a lone π is a symbol
    if family == "thai":
        return "th"
    if family == "arabic":
        letters = set(passage)
        return "ur" if letters & _URDU_LETTERS else "fa" if letters & _PERSIAN_LETTERS else "ar"
    if family == "hebrew":
        return "yi" if set(passage) & _YIDDISH_LIGATURES else "he"
    return _SCRIPT_ONLY.get(family)


def direction(language: str) -> str:
    """ "rtl" for a language (or script tag) written right to left, else "ltr"."""
    primary = language.split("-")[0].lower()
    return "rtl" if primary in RIGHT_TO_LEFT or language in ("und-Arab", "und-Hebr") else "ltr"


def text_direction(text: str) -> str | None:
    """The direction most of `text`'s letters run in, or None if none has a direction. Not the first
    strong letter (the bidirectional algorithm's rule): an Arabic paragraph that opens on "FIFA" or a
    quoted English word is still an Arabic paragraph, aligned and indented from the right."""
    left = right = 0
    for char in text:
        kind = unicodedata.bidirectional(char)
        left += kind == "L"
        right += kind in ("R", "AL")
    if not left and not right:
        return None
    return "rtl" if right > left else "ltr"
