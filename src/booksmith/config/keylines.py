"""Where each key of book.toml is written: the line an error points at.

tomllib keeps no positions, so this reads the headers and `key =` lines the way a person
does. It serves error messages only, never values.
"""

from __future__ import annotations

import re
from typing import Any

_TABLE = re.compile(r"^\s*\[\s*([A-Za-z0-9_.\-\" ]+?)\s*\]\s*(#.*)?$")
_ARRAY_TABLE = re.compile(r"^\s*\[\[\s*([A-Za-z0-9_.\-\" ]+?)\s*\]\]\s*(#.*)?$")
_KEY = re.compile(r"^\s*([A-Za-z0-9_\-\".]+?)\s*=")


def locate_keys(text: str) -> dict[tuple[Any, ...], int]:
    """Map key paths such as ('chapters', 1, 'source') to the line that sets them.

    tomllib keeps no positions, so this reads the headers and `key =` lines the
    way a person does. It serves error messages only, never values.
    """
    lines: dict[tuple[Any, ...], int] = {}
    counts: dict[tuple[Any, ...], int] = {}
    table: tuple[Any, ...] = ()
    in_multiline = False
    for number, raw in enumerate(text.splitlines(), start=1):
        inside = in_multiline  # a line inside a multi-line string sets no key, whatever it looks like
        if raw.count('"""') % 2 or raw.count("'''") % 2:
            in_multiline = not in_multiline
        if inside:
            continue
        if match := _ARRAY_TABLE.match(raw):
            names = _key_parts(match.group(1))
            table = _array_item(names, table, counts)
            lines.setdefault(table, number)
            lines.setdefault(table[:-1], number)
        elif match := _TABLE.match(raw):
            table = _array_parent(_key_parts(match.group(1)), counts)
            lines.setdefault(table, number)
        elif match := _KEY.match(raw):
            lines.setdefault((*table, *_key_parts(match.group(1))), number)
    return lines


def _key_parts(dotted: str) -> tuple[str, ...]:
    return tuple(part.strip().strip('"') for part in dotted.split("."))


def _array_parent(names: tuple[str, ...], counts: dict[tuple[Any, ...], int]) -> tuple[Any, ...]:
    """Insert the current index after every array-of-tables name on the way."""
    path: tuple[Any, ...] = ()
    for name in names:
        path = (*path, name)
        if path in counts:
            path = (*path, counts[path])
    return path


def _array_item(names: tuple[str, ...], table: tuple[Any, ...], counts: dict[tuple[Any, ...], int]) -> tuple[Any, ...]:
    parent = _array_parent(names[:-1], counts)
    key = (*parent, names[-1])
    counts[key] = counts.get(key, -1) + 1
    for nested in [k for k in counts if k[: len(key)] == key and len(k) > len(key)]:
        del counts[nested]  # a new chapter starts its figures at 0 again
    return (*key, counts[key])


def line_for(lines: dict[tuple[Any, ...], int], key: tuple[Any, ...]) -> int | None:
    """The line of `key`, or of the nearest table above it that is written down."""
    for end in range(len(key), -1, -1):
        if key[:end] in lines:
            return lines[key[:end]]
    return None
