"""Passages in another script are found and tagged with the language the script tells."""

from __future__ import annotations

import pytest

from booksmith.typeset.scripts import language_runs


@pytest.mark.parametrize(
    ("text", "book", "expected"),
    [
        (
            "He said 「がんばれ、日本！」 and left.",
            "en",
            [("He said ", None), ("「がんばれ、日本！」", "ja"), (" and left.", None)],
        ),
        ("Posted สู้ๆ นะ in Thai", "en", [("Posted ", None), ("สู้ๆ นะ", "th"), (" in Thai", None)]),
        ("The 日本代表 squad", "en", [("The ", None), ("日本代表", "und-Hani"), (" squad", None)]),
        ("고맙습니다 Korea", "en-GB", [("고맙습니다", "ko"), (" Korea", None)]),
        ("Спасибо, Russia", "en", [("Спасибо", "und-Cyrl"), (", Russia", None)]),
        ("Ευχαριστώ πολύ!", "en", [("Ευχαριστώ πολύ", "el"), ("!", None)]),
        ("π is about 3.14", "en", [("π is about 3.14", None)]),
        ("日本語とEnglishとไทย", "ja", [("日本語とEnglishと", None), ("ไทย", "th")]),
        ("Nothing foreign here, merci.", "en", [("Nothing foreign here, merci.", None)]),
        (
            "“Thank you” — 「ありがとう」… he wrote",
            "en",
            [("“Thank you” — ", None), ("「ありがとう」", "ja"), ("… he wrote", None)],
        ),
    ],
)
def test_language_runs(text, book, expected):
    runs = list(language_runs(text, book))
    assert runs == expected
    assert "".join(run for run, _ in runs) == text
