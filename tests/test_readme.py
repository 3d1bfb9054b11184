"""README.md documents every book.toml key the schema accepts, so the two cannot drift apart.

Keys are read from `booksmith.config.BookConfig`, recursively. The README may document
them anywhere and in any layout (a table, a list, prose), as long as each is named by
its dotted path: `book.title`, `chapters.figures.image`, `book.editors.role`. A table
may also be named by its TOML header: `[book]`, `[[chapters]]`.
"""

from __future__ import annotations

import re
import types
import typing
from collections.abc import Iterator
from pathlib import Path

import msgspec

from booksmith.config import BookConfig

README = Path(__file__).resolve().parents[1] / "README.md"


def nested_models(annotation: object) -> Iterator[type[msgspec.Struct]]:
    """The structs inside a field's type: `list[ChapterEntry]`, `list[str | Person]`, `Section | None`."""
    if isinstance(annotation, type) and issubclass(annotation, msgspec.Struct):
        yield annotation
    if isinstance(annotation, types.UnionType) or typing.get_origin(annotation) is not None:
        for argument in typing.get_args(annotation):
            yield from nested_models(argument)


def schema_keys(model: type[msgspec.Struct], prefix: str = "") -> Iterator[str]:
    for field in msgspec.structs.fields(model):
        key = f"{prefix}{field.encode_name}"
        yield key
        for nested in nested_models(field.type):
            yield from schema_keys(nested, f"{key}.")


def is_named(key: str, text: str) -> bool:
    name = re.escape(key)
    if re.search(rf"\[\[?{name}\]\]?|`{name}`", text):  # a TOML header, or the key as code
        return True
    # A dotted path names itself anywhere; a single word ("print") only as a header or as code.
    return "." in key and re.search(rf"(?<![\w.]){name}(?![\w])", text) is not None


def test_the_schema_reader_finds_nested_keys():
    keys = list(schema_keys(BookConfig))
    for key in ("book.title", "book.editors.name", "print.page_size", "chapters.source", "chapters.figures.image"):
        assert key in keys


def test_a_table_is_named_by_its_header_or_as_code_not_by_a_word_in_prose():
    assert not is_named("print", "a print-ready booklet")
    assert is_named("print", "[print]\npage_size = ...")
    assert is_named("chapters", "each `[[chapters]]` entry")
    assert is_named("chapters.figures.image", "| `chapters.figures.image` | a photo |")
    assert not is_named("book.title", "the `book.titles` key")


def test_readme_names_every_book_toml_key():
    text = README.read_text(encoding="utf-8")
    missing = [key for key in schema_keys(BookConfig) if not is_named(key, text)]
    assert missing == [], "README.md does not document these book.toml keys: " + ", ".join(missing)
