"""Copy a copy editor would pass: the credits line and the one-line title the colophons print."""

from __future__ import annotations

import datetime as dt

import pytest

from booksmith.html.render import contributors_line, full_title
from booksmith.model import Book, BookMeta, Contributor


def book(language: str, *names: str, role: str = "editor") -> Book:
    people = tuple(Contributor(name, role) for name in names)
    return Book(BookMeta("T", language, "urn:x", dt.date(2018, 7, 5), contributors=people), ())


@pytest.mark.parametrize(
    ("language", "names", "line"),
    [
        ("en", ["The booksmith editors"], "Edited by the booksmith editors"),
        ("en-GB", ["Ada Fixture", "The Sports Desk"], "Edited by Ada Fixture and the Sports Desk"),
        ("en", ["Theodora Moss"], "Edited by Theodora Moss"),  # a name that merely starts with "The"
        ("de", ["The booksmith editors"], "Edited by The booksmith editors"),  # another language's rules
    ],
)
def test_a_name_that_starts_with_its_article_reads_as_a_phrase(language, names, line):
    assert contributors_line(book(language, *names)) == line


@pytest.mark.parametrize(
    ("subtitle", "line"),
    [
        (None, "Samurai Blue 2018"),
        ("A keepsake", "Samurai Blue 2018: A keepsake"),
        ("Japan in Russia: a keepsake", "Samurai Blue 2018 — Japan in Russia: a keepsake"),  # never two colons
    ],
)
def test_title_and_subtitle_on_one_line_never_take_two_colons(subtitle, line):
    assert full_title("Samurai Blue 2018", subtitle) == line
