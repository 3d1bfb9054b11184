"""TOML text as booksmith reads it: book.toml and a chapter file's front matter.

Two rules on top of the TOML grammar. Nesting is bounded before the text is parsed (tomllib
recurses once per level, so a few hundred brackets would end in a RecursionError, and a book
needs four levels at most). And every string, key or value, is held to the rules of article
text (`sources.forbidden_character`): a control character in a title would otherwise reach the
EPUB's XML and the PDF's metadata, where it fails, or a terminal, where it acts.
"""

from __future__ import annotations

import tomllib
from collections.abc import Iterator
from typing import Any

from ..manuscript.sources import forbidden_character

MAX_NESTING = 16  # arrays and inline tables inside each other; book.toml's deepest is 3 (chapters → figures → table)


class TomlProblem(Exception):
    """What is wrong, and the line it is on when known (tomllib's errors carry one)."""

    def __init__(self, message: str, line: int | None = None, col: int | None = None) -> None:
        super().__init__(message)
        self.message, self.line, self.col = message, line, col


def parse_toml(text: str) -> dict[str, Any]:
    """The document, or a TomlProblem: too deeply nested (checked first), or not TOML."""
    depth, line = deepest_nesting(text)
    if depth > MAX_NESTING:
        raise TomlProblem(f"arrays and tables nested {depth} deep; booksmith reads at most {MAX_NESTING}", line)
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as err:
        raise _located(str(err)) from None


def _located(message: str) -> TomlProblem:
    head, sep, where = message.rpartition(" (at line ")
    if not sep or not where.endswith(")"):
        return TomlProblem(f"invalid TOML: {_lower_first(message)}")
    line, _, col = where[:-1].partition(", column ")
    return TomlProblem(f"invalid TOML: {_lower_first(head.strip())}", int(line), int(col) if col else None)


def _lower_first(text: str) -> str:
    return text[:1].lower() + text[1:]


def deepest_nesting(text: str) -> tuple[int, int]:
    """The deepest nesting of `[` and `{` outside strings and comments, and the line it is reached on.

    A scan, not a parse: it only has to count brackets as TOML sees them (a table header's
    brackets open and close on one line), and a text it misreads is still parsed by tomllib."""
    depth = deepest = 0
    line = deepest_line = 1
    i, end = 0, len(text)
    while i < end:
        char = text[i]
        if char == "\n":
            line += 1
        elif char == "#":
            newline = text.find("\n", i)
            i = end if newline < 0 else newline
            continue
        elif char in "\"'":
            close = _string_end(text, i)
            line += text.count("\n", i, close)
            i = close
            continue
        elif char in "[{":
            depth += 1
            if depth > deepest:
                deepest, deepest_line = depth, line
        elif char in "]}":
            depth = max(depth - 1, 0)
        i += 1
    return deepest, deepest_line


def _string_end(text: str, start: int) -> int:
    """The index just past the string that opens at `start` (basic or literal, one line or three quotes)."""
    quote = text[start]
    delimiter = quote * 3 if text.startswith(quote * 3, start) else quote
    i = start + len(delimiter)
    while i < len(text):
        if quote == '"' and text[i] == "\\":
            i += 2
            continue
        if text.startswith(delimiter, i):
            i += len(delimiter)
            while len(delimiter) == 3 and i < len(text) and text[i] == quote:  # """a"""" ends in a quote
                i += 1
            return i
        if text[i] == "\n" and len(delimiter) == 1:
            return i  # an unclosed string: tomllib reports it
        i += 1
    return len(text)


def string_problems(data: Any, loc: tuple[str | int, ...] = ()) -> Iterator[tuple[tuple[str | int, ...], str]]:
    """(where, what) for every key or string value holding a character no book may."""
    if isinstance(data, dict):
        for key, value in data.items():
            if found := forbidden_character(key):
                yield (*loc, key), f"in its name: {found[1]}"
            yield from string_problems(value, (*loc, key))
    elif isinstance(data, list):
        for index, value in enumerate(data):
            yield from string_problems(value, (*loc, index))
    elif isinstance(data, str) and (found := forbidden_character(data)):
        yield loc, found[1]
