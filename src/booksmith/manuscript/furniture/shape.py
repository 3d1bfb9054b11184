"""What a line looks like, whatever its language: prose, a title, a label, a row of links.

Scripts without spaces between words (Japanese, Chinese, Thai) are measured in characters, the
others in words, so "a long line" means the same on a Japanese page and an English one.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cached_property, lru_cache

_DENSE = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u0e00-\u0e7f]")  # kana, Han, Thai
# Full stops of other scripts too: the Devanagari danda, the Arabic and Urdu marks, the Armenian, Ethiopic
# and Burmese stops (a line of Hindi ends on "।", never on ".").
_THAI = re.compile(r"[\u0e01-\u0e30\u0e32\u0e33\u0e40-\u0e46\u0e4f-\u0e5b]")  # its letters, not its marks
_THAI_MARKS = re.compile(r"[\u0e31\u0e34-\u0e3a\u0e47-\u0e4e]")
_STOPS = "।॥؟۔։።။"
_SENTENCE_END = re.compile(rf"[.!?。！？…{_STOPS}]['\"”’»」』)）\]]*$")
_ABBREVIATION = r"(?<!\bvs)"  # "Mexico vs. Brazil" is one sentence
_INNER_SENTENCE = re.compile(rf"{_ABBREVIATION}[.!?][\"”’']?\s+[\"“‘'(]?[A-ZÀ-ÖØ-Þ0-9]|[。！？]\S|[{_STOPS}]\s+\S")
_SEPARATED = re.compile(r"\s[|·•‧｜]\s|[^\S\u3000]{3,}|\t")
_BARS = re.compile(r"\S\s*[|｜]\s*(?=\S)")  # "首頁｜即時｜政治": a menu's bars, spaced or not
_MENU_GAPS = re.compile(r"(?:\S+[^\S\u3000]{2,}){3}\S")
_LETTER = re.compile(r"\w", re.UNICODE)


@dataclass(frozen=True)
class Line:
    number: int  # 1-based, as the file has it
    text: str  # white space normalised
    raw: str = ""  # as the file has it: wide spaces between a menu's items are part of its shape

    @cached_property
    def dense(self) -> bool:
        """Written without spaces between words (Japanese, Chinese, Thai)."""
        letters = _LETTER.findall(self.text)
        return bool(letters) and len(_DENSE.findall(self.text)) * 2 >= len(letters)

    @cached_property
    def size(self) -> int:
        """The line's length in words, a dense script's characters counted as half a word each."""
        thai = len(_THAI.findall(self.text))  # Thai spells a word in three letters or so, its tone marks aside
        dense = len(_DENSE.findall(self.text)) - thai - len(_THAI_MARKS.findall(self.text))
        return (dense + 1) // 2 + (thai + 2) // 3 + len(_DENSE.sub(" ", self.text).split())

    @cached_property
    def ends_sentence(self) -> bool:
        return bool(_SENTENCE_END.search(self.text))

    @cached_property
    def sentences(self) -> int:
        """How many sentences end in the line (at least one if it ends like one)."""
        return len(_INNER_SENTENCE.findall(self.text)) + (1 if self.ends_sentence else 0)

    @cached_property
    def prose(self) -> bool:
        """A sentence or more of running text: a paragraph's line, not a label, a title or a link."""
        if self.separated and self._short_items:
            return False  # a row of links ("Mentions légales · Charte · Qui sommes-nous ?")
        if self.size >= 14 and (self.ends_sentence or self.sentences >= 1):
            return True
        if self.size >= 16 and self.script in UNPUNCTUATED:
            # Thai, Lao, Khmer end a sentence with a space, not a mark: a long line is a paragraph, but a menu's
            # items two spaces apart are no sentences
            return not _MENU_GAPS.search(self.raw or self.text)
        if self.size >= 8 and self.text.endswith((":", "：")):
            return True  # a sentence that introduces what follows (a list, a quotation)
        return self.size >= 9 and self.ends_sentence and not self.separated and self.text[-1] not in "…"

    @cached_property
    def _short_items(self) -> bool:
        items = [item for item in re.split(r"\s[|·•‧｜]\s|[^\S\u3000]{3,}|\t", self.raw or self.text) if item.strip()]
        return len(items) >= 3 and all(len(item.split()) <= 6 for item in items)

    @cached_property
    def separated(self) -> bool:
        """Items set apart by separators or wide spaces: a row of links or buttons. An ideographic space
        parts a Japanese headline's clauses too, so there it takes three short items."""
        raw = self.raw or self.text
        if _SEPARATED.search(raw) or len(_BARS.findall(raw)) >= 2:
            return True
        if not self.dense and re.search(r"\S\u3000+\S", raw):
            return True  # between Latin words an ideographic space is no word space: a row of buttons
        parts = [part for part in raw.split("\u3000") if part.strip()]
        return len(parts) >= 3 and sorted(len(part) for part in parts)[len(parts) // 2] <= 6

    @cached_property
    def title_like(self) -> bool:
        """A headline's shape: a few words to a long line, no full stop at the end."""
        text = self.text.rstrip()
        if not 2 <= self.size <= 40 or self.separated:
            return False
        return not text.endswith((".", ",", ";", ":")) or text.endswith("...")

    @cached_property
    def script(self) -> str | None:
        """The writing system most of the line's letters are in ("LATIN", "CJK", "HANGUL", "ARABIC" …)."""
        counts: dict[str, int] = {}
        for char in self.text:
            if char.isalpha():
                name = _script_of(char)
                counts[name] = counts.get(name, 0) + 1
        return max(counts, key=counts.__getitem__) if counts else None

    @cached_property
    def letters(self) -> int:
        return sum(1 for char in self.text if char.isalnum())

    @cached_property
    def upper(self) -> bool:
        cased = [char for char in self.text if char.isalpha() and unicodedata.category(char) in ("Lu", "Ll")]
        return len(cased) >= 3 and all(char.isupper() for char in cased)


UNPUNCTUATED = ("THAI", "LAO", "KHMER")  # scripts that end a sentence with a space, not a mark
_CJK = ("CJK", "HIRAGANA", "KATAKANA", "IDEOGRAPHIC", "FULLWIDTH", "HALFWIDTH KATAKANA")


@lru_cache(maxsize=4096)  # a page has a few hundred distinct letters, each asked for many times
def _script_of(char: str) -> str:
    name = unicodedata.name(char, "")
    if name.startswith(_CJK):
        return "CJK"  # Japanese mixes kana and kanji in one sentence: one script for this purpose
    return name.split(" ", 1)[0] or "OTHER"
