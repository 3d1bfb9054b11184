"""Every problem in a TOML document against a tree of msgspec structs, in one pass.

msgspec validates fast but stops at the first problem; a writer fixing book.toml wants
them all, like a compiler's error list. So the structs are walked field by field: an
unknown key, a missing key or a wrong value is noted and the walk goes on. msgspec
still judges every single value (its types and `Meta` bounds), so the rules live in
the struct definitions alone. Messages speak TOML ("an array", "a table"), not Python.
"""

from __future__ import annotations

import re
import types
import typing
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import msgspec

Location = tuple[str | int, ...]


@dataclass(frozen=True)
class Check:
    """A rule msgspec cannot state, on the value as written: raises ValueError with the message."""

    rule: Callable[[Any], None]


@dataclass(frozen=True)
class SchemaProblem:
    loc: Location
    kind: str  # "unknown", "missing" or "value"
    message: str = ""
    allowed: tuple[str, ...] = ()  # for an unknown key: the keys its table takes


def problems(data: dict[str, Any], schema: type[msgspec.Struct]) -> list[SchemaProblem]:
    """Every problem in `data` (a parsed TOML document) against `schema`; [] when it converts."""
    return _table_problems(data, schema, ())


def _table_problems(data: dict[str, Any], schema: type[msgspec.Struct], loc: Location) -> list[SchemaProblem]:
    fields = {field.encode_name: field for field in msgspec.structs.fields(schema)}
    found = [SchemaProblem((*loc, key), "unknown", allowed=tuple(fields)) for key in data if key not in fields]
    for name, field in fields.items():
        if name in data:
            found += _value_problems(data[name], field.type, (*loc, name))
        elif field.required:
            found.append(SchemaProblem((*loc, name), "missing"))
    return found


def _value_problems(value: Any, annotation: Any, loc: Location) -> list[SchemaProblem]:
    for check in _checks(annotation):
        try:
            check.rule(value)
        except ValueError as err:
            return [SchemaProblem(loc, "value", str(err))]
    struct = _struct_in(annotation)
    if struct is not None and isinstance(value, dict):
        return _table_problems(value, struct, loc)
    item = _list_item(annotation)
    if item is not None and _struct_in(item) is not None and isinstance(value, list):
        found = [
            problem for index, entry in enumerate(value) for problem in _value_problems(entry, item, (*loc, index))
        ]
        if found:  # the list's own bounds (at least one chapter) are checked once its entries pass
            return found
    try:
        msgspec.convert(value, annotation)
    except msgspec.ValidationError as err:
        return [SchemaProblem(loc, "value", _in_toml_words(str(err), annotation))]
    return []


def _parts(annotation: Any) -> list[Any]:
    """The types a field may take: `X | None` and `Annotated[X, …]` unwrapped."""
    if typing.get_origin(annotation) is typing.Annotated:
        return _parts(typing.get_args(annotation)[0])
    if isinstance(annotation, types.UnionType) or typing.get_origin(annotation) is typing.Union:
        return [part for arg in typing.get_args(annotation) for part in _parts(arg)]
    return [annotation]


def _checks(annotation: Any) -> list[Check]:
    if typing.get_origin(annotation) is typing.Annotated:
        return [meta for meta in annotation.__metadata__ if isinstance(meta, Check)]
    if isinstance(annotation, types.UnionType) or typing.get_origin(annotation) is typing.Union:
        return [check for arg in typing.get_args(annotation) for check in _checks(arg)]
    return []


def _struct_in(annotation: Any) -> type[msgspec.Struct] | None:
    return next((p for p in _parts(annotation) if isinstance(p, type) and issubclass(p, msgspec.Struct)), None)


def _list_item(annotation: Any) -> Any:
    return next((typing.get_args(p)[0] for p in _parts(annotation) if typing.get_origin(p) is list), None)


# --- msgspec's messages, in the words of TOML ----------------------------------------------------

TOML_NAMES = {
    "str": "a string",
    "int": "an integer",
    "float": "a number",
    "bool": "true or false",
    "array": "an array",
    "object": "a table",
    "date": "a date",
    "datetime": "a date and time",
    "time": "a time",
}
_TYPE = re.compile(r"`([^`]+)`")
_BOUND = re.compile(r"^Expected `([^`]+)` (<=|>=|<|>) (\S+)$")
_LENGTH = re.compile(r"^Expected `([^`]+)` of length >= (\d+)$")
_WRONG_TYPE = re.compile(r"^Expected `([^`]+)`, got `([^`]+)`$")
BOUND_WORDS = {"<=": "at most", ">=": "at least", "<": "less than", ">": "greater than"}


def _in_toml_words(message: str, annotation: Any) -> str:
    message = message.split(" - at `", 1)[0]  # the location is ours to write
    if match := _WRONG_TYPE.match(message):
        return f"expected {_type_words(match.group(1))}, got {_type_words(match.group(2))}"
    if match := _BOUND.match(message):
        return f"must be {BOUND_WORDS[match.group(2)]} {_number(match.group(3))}"
    if match := _LENGTH.match(message):
        if match.group(1) == "str":
            return "must not be empty"
        count = int(match.group(2))
        return f"needs at least {count} entr{'y' if count == 1 else 'ies'}"
    if message.startswith("Invalid enum value"):
        choices = [str(arg) for part in _parts(annotation) for arg in typing.get_args(part)]
        return f"{message.removeprefix('Invalid enum value ')} is not one of: {', '.join(choices)}"
    return message[0].lower() + message[1:]


def _type_words(names: str) -> str:
    words = [TOML_NAMES.get(name, name) for name in names.split(" | ") if name != "null"]
    return " or ".join(words)


def _number(text: str) -> str:
    return f"{float(text):g}"
