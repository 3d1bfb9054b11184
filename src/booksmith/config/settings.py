"""Stage 1: book.toml → validated settings.

The schema is a set of strict msgspec structs: unknown keys are errors, so a typo never
passes silently. msgspec, not pydantic, because the schema is checked on every build and
every `booksmith check`: msgspec imports in ~5 ms and ~2 MiB, pydantic in ~140 ms and
~16 MiB, which alone made a 16-page build 10 % slower than WeasyPrint by itself.
msgspec stops at the first problem, so `configschema` walks the structs field by field
and every problem is reported at once, each as `book.toml:LINE: message`, like a compiler.
"""

from __future__ import annotations

import datetime as dt
import difflib
import os
import re
import tomllib
import uuid
from pathlib import Path
from typing import Annotated, Any, Literal

import msgspec
from msgspec import Meta, Struct

from ..errors import BooksmithError, ConfigError, raise_all
from ..manuscript.sources import DEFAULT_MAX_BYTES
from .problems import Check, SchemaProblem, problems

CONFIG_NAME = "book.toml"
LANGUAGE_TAG = re.compile(r"^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$")


def _toml_date(value: Any) -> None:
    """A date as TOML writes it (2018-07-05) or as a quoted ISO date; not a number or a time."""
    if isinstance(value, dt.datetime):
        raise ValueError("a date has no time of day: write it as 2018-07-05")
    if isinstance(value, dt.date):
        return
    if isinstance(value, str):
        try:
            dt.date.fromisoformat(value)
        except ValueError:
            raise ValueError(f"'{value}' is not a date such as 2018-07-05") from None
        return
    raise ValueError("a date is written as 2018-07-05")


def _bcp47(value: Any) -> None:
    if isinstance(value, str) and not LANGUAGE_TAG.match(value):
        raise ValueError(f"'{value}' is not a BCP 47 language tag such as 'en' or 'en-GB'")


TomlDate = Annotated[dt.date, Check(_toml_date)]
Text = Annotated[str, Meta(min_length=1)]
Millimetres = Annotated[float, Meta(ge=0, le=60)]


class Strict(Struct, forbid_unknown_fields=True, frozen=True):
    """Unknown keys are errors; settings never change once read (mypy needs `frozen` on each subclass)."""


class Person(Strict, frozen=True):
    name: Text
    role: Literal["editor", "author", "compiler", "translator", "photographer", "designer"] = "editor"


class BookSection(Strict, frozen=True):
    title: Text
    subtitle: str | None = None
    language: Annotated[str, Check(_bcp47)] = "en"
    editors: list[str | Person] = []
    publisher: str | None = None
    date: TomlDate | None = None
    identifier: str | None = None
    rights: str | None = None
    description: str | None = None
    edition: str | None = None


class PrintMargins(Strict, frozen=True):
    """Page margins in millimetres; one left out keeps the design's (styles/print.css)."""

    top: Millimetres | None = None
    bottom: Millimetres | None = None
    inner: Millimetres | None = None  # the spine side
    outer: Millimetres | None = None  # the fore-edge side

    def given(self) -> dict[str, float]:
        return {side: value for side, value in msgspec.structs.asdict(self).items() if value is not None}


class PrintSection(Strict, frozen=True):
    page_size: Literal["A5", "B5", "6x9in", "Letter"] = "A5"
    margins_mm: PrintMargins = PrintMargins()
    # "home": the trim size exactly (dist/booklet.pdf); "shop": bleed, trim and bleed boxes, crop marks
    # in a slug outside the bleed (dist/booklet-shop.pdf), for a print shop's press.
    variant: Literal["home", "shop"] = "home"
    bleed_mm: Annotated[float, Meta(ge=0, le=10)] = 3.0  # shop variant: printed beyond each trim edge
    crop_marks: bool = True  # shop variant: marks where to cut, drawn outside the bleed
    # `make booklet`: inner sheets' pages move this far toward the fold (the innermost sheet the
    # full amount), so the fore-edge margins stay even once the folded stack is trimmed.
    creep_mm: Annotated[float, Meta(ge=0, le=5)] = 0.0


class EbookSection(Strict, frozen=True):
    hyphenate: bool = True  # soft hyphens, for e-readers that do not hyphenate themselves
    print_source: str | None = None  # the print edition the page list follows, e.g. "urn:isbn:…"
    accessibility_summary: str | None = None  # replaces the summary booksmith writes


class BuildSection(Strict, frozen=True):
    # An article larger than this is refused before it is read: a news article is 5–50 KiB,
    # and a runaway file (a log, a whole site) must not hang the build or exhaust memory.
    max_article_kib: Annotated[int, Meta(gt=0, le=64 * 1024)] = DEFAULT_MAX_BYTES // 1024


class FigureEntry(Strict, frozen=True):
    label: Text  # the photo label or the caption's first words
    image: Text


class ChapterEntry(Strict, frozen=True):
    source: Text
    title: str | None = None
    role: Literal["chapter", "foreword", "afterword"] = "chapter"
    publisher: str | None = None
    author: str | None = None
    url: str | None = None
    date: TomlDate | None = None
    encoding: str | None = None
    figures: list[FigureEntry] = []


class BookConfig(Strict, frozen=True, kw_only=True):  # kw_only: the keys in the order book.toml has them
    book: BookSection
    print: PrintSection = PrintSection()
    ebook: EbookSection = EbookSection()
    build: BuildSection = BuildSection()
    chapters: Annotated[list[ChapterEntry], Meta(min_length=1)]


class Settings:
    """A validated book.toml and the folder it lives in."""

    def __init__(self, root: Path, config: BookConfig, lines: dict[tuple[Any, ...], int]):
        self.root = root
        self.config = config
        self._lines = lines

    @property
    def path(self) -> Path:
        return self.root / CONFIG_NAME

    def line_of(self, *key: Any) -> int | None:
        return _line_for(self._lines, key)

    @property
    def max_article_bytes(self) -> int:
        return self.config.build.max_article_kib * 1024

    def identifier(self) -> str:
        book = self.config.book
        if book.identifier:
            return book.identifier
        # Deterministic, so two builds of the same manuscript are byte-identical.
        seed = "\n".join([book.title, book.subtitle or "", book.language])
        return f"urn:uuid:{uuid.uuid5(uuid.NAMESPACE_URL, 'booksmith:' + seed)}"

    def date(self) -> dt.date:
        if self.config.book.date:
            return self.config.book.date
        epoch = os.environ.get("SOURCE_DATE_EPOCH")
        stamp = dt.datetime.fromtimestamp(int(epoch), dt.UTC) if epoch else dt.datetime.now(dt.UTC)
        return stamp.date()


def load(root: Path) -> Settings:
    """Read and validate `root/book.toml`, or raise every problem found at once."""
    if not root.is_dir():
        raise ConfigError("manuscript folder not found", path=root)
    path = root / CONFIG_NAME
    try:
        text = path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise ConfigError(f"no {CONFIG_NAME} here", path=root, hint="`booksmith new DIR` starts a book") from None
    except UnicodeDecodeError as err:
        raise ConfigError(f"not UTF-8 (byte {err.object[err.start]:#04x})", path=path) from None
    data = _parse_toml(text, path)
    lines = locate_keys(text)
    errors = _file_errors(root, data, lines)
    errors += [_schema_error(problem, path, lines) for problem in problems(data, BookConfig)]
    raise_all(sorted(errors, key=lambda e: e.line or 0))
    return Settings(root, msgspec.convert(data, BookConfig), lines)


def _parse_toml(text: str, path: Path) -> dict[str, Any]:
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as err:
        message = str(err)
        where = re.search(r"\(at line (\d+), column (\d+)\)$", message)
        if where is None:
            raise ConfigError(f"invalid TOML: {message}", path=path) from None
        reason = message[: where.start()].strip()
        raise ConfigError(
            f"invalid TOML: {reason[0].lower()}{reason[1:]}",
            path=path,
            line=int(where.group(1)),
            col=int(where.group(2)),
        ) from None


def _schema_error(problem: SchemaProblem, path: Path, lines: dict[tuple[Any, ...], int]) -> ConfigError:
    where = _dotted(problem.loc)
    line = _line_for(lines, problem.loc)
    if problem.kind == "unknown":
        close = difflib.get_close_matches(str(problem.loc[-1]), problem.allowed, n=1)
        hint = f"did you mean '{close[0]}'?" if close else "allowed: " + ", ".join(problem.allowed)
        return ConfigError(f"unknown key '{where}'", path, line, hint=hint)
    if problem.kind == "missing":
        return ConfigError(f"missing key '{where}'", path, line)
    return ConfigError(f"'{where}': {problem.message}", path, line)


def _dotted(loc: tuple[Any, ...]) -> str:
    out = ""
    for part in loc:
        out += f"[{part + 1}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out


def _file_errors(root: Path, data: dict[str, Any], lines: dict[tuple[Any, ...], int]) -> list[BooksmithError]:
    """Chapters must name readable files inside the manuscript, each once (checked on the raw
    TOML, so these are reported together with any schema errors)."""
    path = root / CONFIG_NAME
    errors: list[BooksmithError] = []
    seen: dict[Path, int] = {}
    chapters = data.get("chapters")
    for index, chapter in enumerate(chapters if isinstance(chapters, list) else []):
        source = chapter.get("source") if isinstance(chapter, dict) else None
        if not isinstance(source, str) or not source:
            continue  # the schema reports it
        line = _line_for(lines, ("chapters", index, "source"))
        resolved = resolve_inside(root, source)
        if resolved is None:
            errors.append(ConfigError(f"'{source}' is outside the manuscript folder", path, line))
            continue
        if not resolved.is_file():
            errors.append(ConfigError(f"chapter file not found: {source}", path, line))
        elif resolved.suffix.lower() not in (".txt", ".md"):
            errors.append(ConfigError(f"'{source}': a chapter is a .txt article or a .md text", path, line))
        if resolved in seen:
            errors.append(
                ConfigError(f"duplicate chapter: {source} (already chapter {seen[resolved] + 1})", path, line)
            )
        seen.setdefault(resolved, index)
        figures = chapter.get("figures", [])
        for f_index, figure in enumerate(figures if isinstance(figures, list) else []):
            image = figure.get("image") if isinstance(figure, dict) else None
            if not isinstance(image, str):
                continue
            target = resolve_inside(root, image)
            f_line = _line_for(lines, ("chapters", index, "figures", f_index, "image"))
            if target is None or not target.is_file():
                problem = "is outside the manuscript folder" if target is None else "not found"
                errors.append(ConfigError(f"image '{image}' {problem}", path, f_line))
    return errors


def resolve_inside(root: Path, relative: str) -> Path | None:
    """`root/relative` with links resolved, or None when it leaves `root`."""
    try:
        base = root.resolve()
        target = (base / relative).resolve()
    except (OSError, ValueError, RuntimeError):  # a NUL in the name, a symlink loop: not a usable path
        return None
    return target if target.is_relative_to(base) else None


# --- where each key is written -----------------------------------------------------------------

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


def _line_for(lines: dict[tuple[Any, ...], int], key: tuple[Any, ...]) -> int | None:
    """The line of `key`, or of the nearest table above it that is written down."""
    for end in range(len(key), -1, -1):
        if key[:end] in lines:
            return lines[key[:end]]
    return None
