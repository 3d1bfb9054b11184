"""Soft hyphens read lazily from pyphen's dictionaries must be pyphen's, pattern for pattern and
word for word: the ebook's text may not change because its dictionary is read faster."""

from __future__ import annotations

import random
import re
from pathlib import Path

import pyphen
import pytest

from booksmith.typeset.hyphens import LEFT, RIGHT, SOFT_HYPHEN, Patterns, _parse, breaks, hyphenate
from support import SEED_MANUSCRIPT

# English (both), French, Dutch, Russian, Greek, and Afrikaans (a pattern written as ^^hex).
LANGUAGES = ["en_GB", "en_US", "fr", "nl_NL", "ru_RU", "el_GR", "af_ZA"]


def _pyphen(path: Path) -> pyphen.Pyphen:
    return pyphen.Pyphen(filename=path, left=LEFT, right=RIGHT, cache=False)


def _words(reference: pyphen.Pyphen) -> set[str]:
    """The seed book's words, and made-up words glued from the dictionary's own patterns."""
    words = set(re.findall(r"[^\W\d_]{6,}", " ".join(p.read_text() for p in SEED_MANUSCRIPT.rglob("*.txt"))))
    pieces = [letters.strip(".") for letters in reference.hd.patterns]
    rng = random.Random(6)
    words |= {"".join(rng.choices(pieces, k=rng.randint(2, 5))) for _ in range(1500)}
    return {word for word in words if len(word) >= 6} | {word.capitalize() for word in list(words)[:200]}


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_patterns_and_the_breaks_are_pyphens(language):
    path = pyphen.LANGUAGES[language]
    patterns, reference = Patterns.read(path), _pyphen(path)
    assert patterns is not None
    for word in _words(reference):
        assert patterns.inserted(word) == reference.inserted(word, hyphen=SOFT_HYPHEN), word
    parsed = {letters: _parse(text) if isinstance(text, str) else text for letters, text in patterns._patterns.items()}
    assert parsed == reference.hd.patterns


def test_a_dictionary_with_nonstandard_breaks_is_left_to_pyphen():
    assert Patterns.read(pyphen.LANGUAGES["hu_HU"]) is None
    word = "asszonnyal"  # ssz → sz-sz: a letter is added at the break
    reference = pyphen.Pyphen(lang="hu_HU", left=LEFT, right=RIGHT)
    assert hyphenate(word, "hu") == reference.inserted(word, hyphen=SOFT_HYPHEN) != word


def test_hex_characters_digits_of_other_scripts_and_zero_patterns_read_as_pyphen_reads_them(tmp_path):
    dictionary = tmp_path / "hyph_xx.dic"
    lines = ["UTF-8", "% a comment 1a2", "LEFTHYPHENMIN 1", "  .ab1c  ", "b^^e92t", "c1d", "c0d", "e٣f", "g٠h", "1i0"]
    dictionary.write_text("\n".join(lines), encoding="utf-8")
    patterns, reference = Patterns.read(dictionary), _pyphen(dictionary)
    assert patterns is not None
    parsed = {letters: _parse(text) if isinstance(text, str) else text for letters, text in patterns._patterns.items()}
    assert parsed == reference.hd.patterns
    assert set(parsed) == {".abc", "bét", "cd", "ef", "i"}  # c0d and g٠h are zeros only: skipped, c1d kept
    for word in ("abcdefghi", "bétcdcdcd", "ieféféfcd"):
        assert patterns.inserted(word) == reference.inserted(word, hyphen=SOFT_HYPHEN)


def test_a_language_is_found_as_pyphen_finds_it():
    assert breaks("en-GB") is breaks("en-GB")  # read once per language
    assert hyphenate("extraordinary", "pt-BR") == _pyphen(pyphen.LANGUAGES["pt_BR"]).inserted(
        "extraordinary", hyphen=SOFT_HYPHEN
    )
    assert breaks("tlh") is None and hyphenate("extraordinary", "tlh") == "extraordinary"


def test_the_dictionaries_lent_to_pyphen_break_as_its_own(monkeypatch):
    """WeasyPrint hyphenates the PDF through pyphen.Pyphen: with the lazily read patterns in pyphen's cache,
    every break it is offered is the one pyphen's own dictionary offers, at WeasyPrint's limits."""
    from booksmith.typeset.hyphens import lend_to_pyphen

    monkeypatch.setattr(pyphen, "hdcache", {})  # this test's cache alone
    lend_to_pyphen({"en-GB", "fr", "hu", "tlh"})
    assert pyphen.LANGUAGES["en_GB"] in pyphen.hdcache and pyphen.LANGUAGES["fr"] in pyphen.hdcache
    assert not pyphen.hdcache.get(pyphen.LANGUAGES["hu_HU"])  # nonstandard breaks: pyphen reads its own
    for language in ("en_GB", "fr"):
        lent = pyphen.Pyphen(lang=language, left=2, right=3)
        reference = pyphen.Pyphen(filename=pyphen.LANGUAGES[language], left=2, right=3, cache=False)
        assert not isinstance(lent.hd, pyphen.HyphDict)
        for word in _words(reference):
            assert list(lent.iterate(word)) == list(reference.iterate(word)), word
    seen = pyphen.hdcache[pyphen.LANGUAGES["fr"]]
    lend_to_pyphen({"fr"})
    assert pyphen.hdcache[pyphen.LANGUAGES["fr"]] is seen  # lent once a process
