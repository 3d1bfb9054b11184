"""config: book.toml → Settings; every fault reported at once as `book.toml:LINE: message`."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from booksmith import config
from booksmith.errors import BooksmithError, ConfigError, ErrorGroup

GOOD = """\
[book]
title = "Samurai Blue"

[[chapters]]
source = "articles/a.txt"
"""


@pytest.fixture
def book(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A manuscript folder with one article, as the working folder (so paths print as the user typed them)."""
    (tmp_path / "articles").mkdir()
    (tmp_path / "articles" / "a.txt").write_text("Text.\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def problems(root: Path, toml: str) -> list[str]:
    (root / "book.toml").write_text(toml, encoding="utf-8")
    with pytest.raises(BooksmithError) as caught:  # one ConfigError, or an ErrorGroup of them
        config.load(Path("."))
    assert caught.value.exit_code == 2
    return str(caught.value).splitlines()


def test_a_good_book_loads_with_defaults(book):
    (book / "book.toml").write_text(GOOD, encoding="utf-8")
    settings = config.load(Path("."))
    assert settings.config.book.title == "Samurai Blue"
    assert settings.config.book.language == "en"
    assert settings.config.chapters[0].source == "articles/a.txt"
    assert settings.max_article_bytes == 1024 * 1024
    assert settings.line_of("chapters", 0, "source") == 5


def test_identifier_is_stable_and_date_follows_source_date_epoch(book, monkeypatch):
    (book / "book.toml").write_text(GOOD, encoding="utf-8")
    settings = config.load(Path("."))
    assert settings.identifier() == config.load(Path(".")).identifier()
    assert settings.identifier().startswith("urn:uuid:")
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1530748800")
    assert settings.date().isoformat() == "2018-07-05"


def test_toml_syntax_error_names_line_and_column(book):
    assert problems(book, '[book]\ntitle = "x"\n\n[[chapters]]\nsource = "a.txt\n') == [
        "book.toml:5:16: invalid TOML: illegal character '\\n'"
    ]


def test_unknown_key_suggests_the_key_meant(book):
    assert problems(book, GOOD.replace('title = "Samurai Blue"', 'title = "S"\nsubtitel = "x"')) == [
        "book.toml:3: unknown key 'book.subtitel' (did you mean 'subtitle'?)"
    ]


def test_unknown_key_with_nothing_close_lists_the_allowed_keys(book):
    assert problems(book, GOOD + "zzz = 1\n") == [
        "book.toml:6: unknown key 'chapters[1].zzz' "
        "(allowed: source, title, role, publisher, author, url, date, encoding, figures, drop, keep)"
    ]


def test_unknown_table(book):
    assert problems(book, GOOD + "\n[prnt]\npage_size = 'A5'\n") == [
        "book.toml:7: unknown key 'prnt' (did you mean 'print'?)"
    ]


def test_wrong_types(book):
    toml = GOOD.replace('title = "Samurai Blue"', 'title = 2018\nlanguage = "english"\ndate = "yesterday"')
    toml += "\n[build]\nmax_article_kib = 'big'\n"
    assert problems(book, toml) == [
        "book.toml:2: 'book.title': expected a string, got an integer",
        "book.toml:3: 'book.language': 'english' is not a BCP 47 language tag such as 'en' or 'en-GB'",
        "book.toml:4: 'book.date': 'yesterday' is not a date such as 2018-07-05",
        "book.toml:10: 'build.max_article_kib': expected an integer, got a string",
    ]


def test_every_bad_value_in_one_table_is_reported_not_just_the_first(book):
    toml = GOOD.replace("[[chapters]]", '[print]\npage_size = "A4"\nbleed_mm = 12\ncrop_marks = "yes"\n\n[[chapters]]')
    toml += "\n[print.margins_mm]\ntop = -1\nouter = 61\n"
    assert problems(book, toml) == [
        "book.toml:5: 'print.page_size': 'A4' is not one of: A5, B5, 6x9in, Letter",
        "book.toml:6: 'print.bleed_mm': must be at most 10",
        "book.toml:7: 'print.crop_marks': expected true or false, got a string",
        "book.toml:13: 'print.margins_mm.top': must be at least 0",
        "book.toml:14: 'print.margins_mm.outer': must be at most 60",
    ]


def test_problems_inside_lists_of_tables_are_found_entry_by_entry(book):
    toml = GOOD.replace('title = "Samurai Blue"', 'title = "S"\neditors = ["Ann", { name = "", role = "boss" }, 3]')
    toml += 'role = "epilogue"\n\n[[chapters.figures]]\nlabel = "Fans"\n'
    assert problems(book, toml) == [
        "book.toml:3: 'book.editors[2].name': must not be empty",
        "book.toml:3: 'book.editors[2].role': 'boss' is not one of: editor, author, compiler, translator, "
        "photographer, designer",
        "book.toml:3: 'book.editors[3]': expected a string or a table, got an integer",
        "book.toml:7: 'chapters[1].role': 'epilogue' is not one of: chapter, foreword, afterword",
        "book.toml:9: missing key 'chapters[1].figures[1].image'",
    ]


def test_a_table_where_a_value_belongs_and_an_empty_chapter_list(book):
    assert problems(book, '[book]\ntitle = { text = "S" }\nchapters = []\n') == [
        "book.toml: missing key 'chapters'",
        "book.toml:2: 'book.title': expected a string, got a table",
        "book.toml:3: unknown key 'book.chapters' (allowed: title, subtitle, language, editors, publisher, date, "
        "identifier, rights, description, edition)",
    ]
    assert problems(book, 'chapters = []\n[book]\ntitle = "S"\n') == ["book.toml:1: 'chapters': needs at least 1 entry"]


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("2018", "a date is written as 2018-07-05"),
        ("2018-07-05T10:00:00", "a date has no time of day: write it as 2018-07-05"),
        ('"5 July"', "'5 July' is not a date such as 2018-07-05"),
    ],
)
def test_dates_are_dates(book, value, message):
    assert problems(book, GOOD + f"date = {value}\n") == [f"book.toml:6: 'chapters[1].date': {message}"]


def test_a_quoted_iso_date_is_a_date(book):
    (book / "book.toml").write_text(GOOD + 'date = "2018-07-03"\n', encoding="utf-8")
    assert config.load(Path(".")).config.chapters[0].date.isoformat() == "2018-07-03"


def test_size_limit_must_be_positive(book):
    assert problems(book, GOOD + "\n[build]\nmax_article_kib = 0\n") == [
        "book.toml:8: 'build.max_article_kib': must be at least 1"
    ]


def test_size_limit_is_read(book):
    (book / "book.toml").write_text(GOOD + "\n[build]\nmax_article_kib = 64\n", encoding="utf-8")
    assert config.load(Path(".")).max_article_bytes == 64 * 1024


def test_missing_title_and_no_chapters(book):
    assert problems(book, '[book]\nlanguage = "en"\n') == [
        "book.toml: missing key 'chapters'",
        "book.toml:1: missing key 'book.title'",
    ]


def test_missing_and_duplicate_chapters(book):
    toml = GOOD + '\n[[chapters]]\nsource = "articles/gone.txt"\n\n[[chapters]]\nsource = "articles/./a.txt"\n'
    assert problems(book, toml) == [
        "book.toml:8: chapter file not found: articles/gone.txt",
        "book.toml:11: duplicate chapter: articles/./a.txt (already chapter 1)",
    ]


def test_a_chapter_must_be_text_or_markdown(book):
    (book / "articles" / "photo.jpg").write_bytes(b"\xff\xd8")
    assert problems(book, GOOD.replace("a.txt", "photo.jpg")) == [
        "book.toml:5: 'articles/photo.jpg': a chapter is a .txt article, a .md text or a saved .html page"
    ]


@pytest.mark.parametrize("source", ["../outside.txt", "/etc/passwd", "articles/../../outside.txt"])
def test_a_chapter_outside_the_manuscript_is_refused(book, source):
    assert problems(book, GOOD.replace("articles/a.txt", source)) == [
        f"book.toml:5: '{source}' is outside the manuscript folder"
    ]


def test_a_symlink_that_leaves_the_manuscript_is_refused(book, tmp_path_factory):
    outside = tmp_path_factory.mktemp("elsewhere") / "secret.txt"
    outside.write_text("secret\n", encoding="utf-8")
    os.symlink(outside, book / "articles" / "link.txt")
    assert problems(book, GOOD.replace("a.txt", "link.txt")) == [
        "book.toml:5: 'articles/link.txt' is outside the manuscript folder"
    ]


def test_figure_images_must_exist_inside_the_manuscript(book):
    toml = GOOD + (
        '\n[[chapters.figures]]\nlabel = "Japan fans"\nimage = "images/none.jpg"\n'
        '\n[[chapters.figures]]\nlabel = "Japan fan"\nimage = "../../etc/passwd"\n'
    )
    assert problems(book, toml) == [
        "book.toml:9: image 'images/none.jpg' not found",
        "book.toml:13: image '../../etc/passwd' is outside the manuscript folder",
    ]


def test_every_fault_is_reported_at_once_sorted_by_line(book):
    toml = """\
[book]
titel = "Samurai Blue"
language = "english"

[[chapters]]
source = "articles/a.txt"

[[chapters]]
source = "articles/missing.txt"
titl = "x"

[[chapters]]
source = "articles/a.txt"
"""
    assert problems(book, toml) == [
        "book.toml:1: missing key 'book.title'",
        "book.toml:2: unknown key 'book.titel' (did you mean 'title'?)",
        "book.toml:3: 'book.language': 'english' is not a BCP 47 language tag such as 'en' or 'en-GB'",
        "book.toml:9: chapter file not found: articles/missing.txt",
        "book.toml:10: unknown key 'chapters[2].titl' (did you mean 'title'?)",
        "book.toml:13: duplicate chapter: articles/a.txt (already chapter 1)",
    ]


def test_several_faults_are_one_error_group(book):
    (book / "book.toml").write_text(GOOD + "a = 1\nb = 2\n", encoding="utf-8")
    with pytest.raises(ErrorGroup) as caught:
        config.load(Path("."))
    assert len(caught.value.errors) == 2


def test_the_manuscript_folder_must_exist(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    with pytest.raises(ConfigError, match=r"^nowhere: manuscript folder not found$"):
        config.load(Path("nowhere"))


def test_the_manuscript_needs_a_book_toml(book):
    with pytest.raises(ConfigError, match=r"^\.: no book\.toml here \(`booksmith new DIR` starts a book\)$"):
        config.load(Path("."))


def test_book_toml_must_be_utf8(book):
    (book / "book.toml").write_bytes(GOOD.replace("Samurai", "Caf\xe9").encode("latin-1"))
    with pytest.raises(ConfigError, match=r"^book\.toml: not UTF-8 \(byte 0xe9\)$"):
        config.load(Path("."))


def test_key_lines_are_found_in_arrays_of_tables_and_after_multiline_strings():
    text = '[book]\ndescription = """\nkey = "not a key"\n"""\n\n[[chapters]]\nsource = "a"\n\n'
    text += '[[chapters]]\nsource = "b"\n[[chapters.figures]]\nlabel = "x"\n'
    lines = config.locate_keys(text)
    assert lines[("book", "description")] == 2
    assert ("book", "key") not in lines
    assert lines[("chapters", 1, "source")] == 10
    assert lines[("chapters", 1, "figures", 0, "label")] == 12
