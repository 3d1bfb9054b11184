"""sources: bytes → NFC lines. Each fixture file under fixtures/articles/ tests one behaviour."""

from __future__ import annotations

import codecs
import logging
import unicodedata
from pathlib import Path

import pytest

from booksmith.errors import SourceError
from booksmith.manuscript.sources import read_source
from support import FIXTURES, ROOT

ARTICLES = FIXTURES / "articles"


@pytest.fixture(autouse=True)
def _from_the_project_folder(monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.WARNING, logger="booksmith")  # whatever level an earlier test left
    monkeypatch.chdir(ROOT)  # messages name files as the user sees them: tests/fixtures/…


def read(name: str, **kwargs: object) -> tuple[str, ...]:
    return read_source(ARTICLES / name, **kwargs).lines  # type: ignore[arg-type]


def refusal(name: str) -> str:
    with pytest.raises(SourceError) as caught:
        read_source(ARTICLES / name)
    return str(caught.value)


def test_plain_utf8_reads_without_warnings(tmp_path, caplog):
    path = tmp_path / "a.txt"
    path.write_bytes("Japan’s fans — “Arigato!”\nline two\n".encode())
    source = read_source(path)
    assert source.lines == ("Japan’s fans — “Arigato!”", "line two", "")
    assert source.encoding == "utf-8"
    assert caplog.records == []


def test_utf8_with_bom_and_crlf(caplog):
    lines = read("utf8_with_bom_crlf.txt")
    assert lines[0] == "Japan’s fans cleaned the stadium."  # no BOM, no \r
    assert lines[2] == "The players thanked everyone — “Arigato!”"
    assert not any("\r" in line or "\ufeff" in line for line in lines)
    assert caplog.records == []


def test_cr_line_ends_are_line_ends():
    assert read("cr_line_ends.txt")[:3] == ("First paragraph, saved by an old Mac editor.", "", "Second paragraph.")


def test_windows_1252_is_decoded_with_a_warning(caplog):
    with caplog.at_level(logging.WARNING, logger="booksmith"):
        lines = read("cp1252_smart_quotes.txt")
    assert lines[0] == "The coach said “we gave everything” – and the café stayed open…"
    assert [r.getMessage() for r in caplog.records] == [
        "tests/fixtures/articles/cp1252_smart_quotes.txt: warning: not UTF-8; decoded as Windows-1252 "
        "(set `encoding` in book.toml to choose another)"
    ]


def test_latin1_text_is_decoded_without_mojibake():
    assert read("latin1_accents.txt")[0] == "Genève and Zürich fans cheered for Japan."


def test_one_stray_byte_in_utf8_is_refused_at_its_place():
    # The file has real UTF-8 (café) and one Latin-1 é: damaged, so never guessed.
    assert refusal("utf8_one_stray_byte.txt") == (
        "tests/fixtures/articles/utf8_one_stray_byte.txt:3:25: invalid UTF-8: cannot decode byte 0xe9"
    )


def test_bytes_that_are_neither_utf8_nor_cp1252_are_refused():
    assert refusal("not_utf8_nor_cp1252.txt") == (
        "tests/fixtures/articles/not_utf8_nor_cp1252.txt:1:13: neither UTF-8 nor Windows-1252: cannot decode byte 0x81"
    )


def test_a_declared_encoding_is_used(tmp_path, caplog):
    path = tmp_path / "koi8.txt"
    path.write_bytes("Спасибо, Япония!\n".encode("koi8-r"))
    assert read_source(path, encoding="koi8-r").lines[0] == "Спасибо, Япония!"
    assert caplog.records == []


def test_a_declared_encoding_that_does_not_fit_is_refused(tmp_path):
    path = tmp_path / "a.txt"
    path.write_bytes("ok\ncafé\n".encode())
    with pytest.raises(SourceError, match=r"a\.txt:2:4: invalid ascii: cannot decode byte 0xc3$"):
        read_source(path, encoding="ascii")


def test_an_unknown_declared_encoding_is_refused(tmp_path):
    path = tmp_path / "a.txt"
    path.write_bytes(b"ok\n")
    with pytest.raises(SourceError, match=r"unknown encoding 'klingon'"):
        read_source(path, encoding="klingon")


def test_utf16_with_bom_is_decoded_with_a_warning(caplog):
    lines = read("utf16_with_bom.txt")
    assert lines[:3] == ("Fans in Samara cheered.", "", "Tökyo celebrated too.")
    assert "decoded as UTF-16 (byte order mark)" in caplog.text


def test_utf32_with_bom_is_not_mistaken_for_utf16(tmp_path, caplog):
    path = tmp_path / "a.txt"
    path.write_bytes("Fans in Kazan.\n".encode("utf-32"))
    assert read_source(path).lines[0] == "Fans in Kazan."
    assert "decoded as UTF-32" in caplog.text


def test_nul_is_refused_with_file_line_col_and_a_hint():
    assert refusal("nul_byte.txt") == (
        "tests/fixtures/articles/nul_byte.txt:3:11: control character U+0000 is not allowed in a book "
        "(a binary file, or UTF-16 without a byte order mark? set `encoding` in book.toml)"
    )


def test_utf16_without_bom_is_refused_not_misread(tmp_path):
    path = tmp_path / "a.txt"
    path.write_bytes("Fans\n".encode("utf-16-le"))
    with pytest.raises(SourceError, match=r"a\.txt:1:2: control character U\+0000"):
        read_source(path)


def test_control_characters_are_refused():
    assert refusal("control_character.txt") == (
        "tests/fixtures/articles/control_character.txt:3:7: control character U+001B is not allowed in a book"
    )


@pytest.mark.parametrize("char", ["\x01", "\x08", "\x7f", "\x85", "\x9f"])
def test_every_character_xml_forbids_is_refused(tmp_path, char):
    path = tmp_path / "a.txt"
    path.write_text(f"ab{char}c\n", encoding="utf-8")
    with pytest.raises(SourceError, match=rf"a\.txt:1:3: control character U\+{ord(char):04X}"):
        read_source(path)


@pytest.mark.parametrize("char", ["\ufffe", "\uffff", "\ufdd0", "\ufdef", "\U0001fffe", "\U0010ffff"])
def test_noncharacters_are_refused(tmp_path, char):
    path = tmp_path / "a.txt"
    path.write_text(f"ab{char}c\n", encoding="utf-8")
    with pytest.raises(SourceError, match=rf"a\.txt:1:3: noncharacter U\+{ord(char):04X} is not allowed in a book$"):
        read_source(path)


@pytest.mark.parametrize("char", ["\ufdcf", "\ufdf0", "\U0001fffd", "\U00020000"])
def test_characters_beside_the_noncharacters_are_text(tmp_path, char):
    path = tmp_path / "a.txt"
    path.write_text(f"ab{char}c\n", encoding="utf-8")
    assert read_source(path).lines[0] == f"ab{char}c"


def test_the_replacement_character_is_refused():
    assert refusal("replacement_character.txt").endswith(
        "replacement_character.txt:1:6: replacement character U+FFFD (the text was damaged before it got here)"
    )


def test_invisible_characters_are_removed_with_a_warning_naming_the_line(caplog):
    lines = read("invisible_characters.txt")
    assert lines[0] == "Extraordinary scenes in Volgograd."
    assert caplog.messages == [
        "tests/fixtures/articles/invisible_characters.txt:1: warning: removed 3 invisible characters: "
        "soft hyphen, word joiner, zero width space"
    ]


def test_joiners_that_carry_meaning_stay():
    # ZWJ builds the family emoji; ZWNJ is part of Persian spelling.
    assert "\U0001f468\u200d\U0001f469\u200d\U0001f467" in read("invisible_characters.txt")[2]
    assert "\u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645" in read("invisible_characters.txt")[2]


def test_a_bom_inside_the_text_is_removed(tmp_path):
    path = tmp_path / "a.txt"
    path.write_bytes(codecs.BOM_UTF8 + b"one\n" + codecs.BOM_UTF8 + b"two\n")
    assert read_source(path).lines[:2] == ("one", "two")


def test_unicode_line_and_paragraph_separators_break_lines():
    assert read("unicode_line_separators.txt")[:4] == (
        "First line of a post",
        "second line.",
        "",
        "A new paragraph.",
    )


def test_vertical_tab_and_form_feed_break_lines():
    assert read("vertical_tab_and_form_feed.txt")[:4] == ("A line", "the next line.", "", "Another paragraph.")


def test_text_is_nfc():
    line = read("decomposed_accents_nfc.txt")[0]
    assert line == "Pelé and Nishinō watched."
    assert unicodedata.is_normalized("NFC", line)
    assert "\u0301" not in line


def test_tabs_become_spaces(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("a\tb\n", encoding="utf-8")
    assert read_source(path).lines[0] == "a b"


def test_a_file_over_the_limit_is_refused_before_reading(tmp_path):
    path = tmp_path / "big.txt"
    path.write_bytes(b"x" * (3 * 1024 + 1))
    with pytest.raises(SourceError) as caught:
        read_source(path, max_bytes=3 * 1024)
    assert str(caught.value).endswith(
        "big.txt: file is 4 KiB; the limit is 3 KiB "
        "(split it into several chapters, or raise [build] max_article_kib in book.toml)"
    )


def test_a_file_at_the_limit_is_read(tmp_path):
    path = tmp_path / "big.txt"
    path.write_bytes(b"x" * 1024)
    assert read_source(path, max_bytes=1024).lines == ("x" * 1024,)


def test_an_unreadable_path_is_a_source_error(tmp_path):
    with pytest.raises(SourceError, match="cannot read: No such file or directory"):
        read_source(tmp_path / "missing.txt")
    with pytest.raises(SourceError, match="is a folder, not a file"):
        read_source(Path(tmp_path))
