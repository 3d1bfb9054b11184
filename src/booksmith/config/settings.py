"""Stage 1: book.toml → validated settings.

The file is parsed, checked against the schema (`schema`) and for the files it names, and
every problem is reported at once, each as `book.toml:LINE: message`, like a compiler:
msgspec stops at the first problem, so `problems` walks the structs field by field, and
`keylines` finds the line each key is written on.
"""

from __future__ import annotations

import datetime as dt
import difflib
import os
import stat
import uuid
from pathlib import Path
from typing import Any

import msgspec

from ..errors import BooksmithError, ConfigError, raise_all
from ..manuscript.images import image_problem
from ..manuscript.sources import SourceText, read_regular, read_source
from .keylines import line_for, locate_keys
from .problems import SchemaProblem, problems
from .schema import LAST_EPOCH, LAST_YEAR, BookConfig, ChapterEntry
from .tomltext import TomlProblem, parse_toml, string_problems

CONFIG_NAME = "book.toml"
MAX_CONFIG_BYTES = 256 * 1024  # a book.toml of 200 chapters is about 20 KiB; anything near this is not one
__all__ = ["CONFIG_NAME", "BookConfig", "ChapterEntry", "Settings", "load", "locate_keys", "resolve_inside"]


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
        return line_for(self._lines, key)

    @property
    def max_article_bytes(self) -> int:
        return self.config.build.max_article_kib * 1024

    def read_chapter_source(self, entry: ChapterEntry) -> SourceText:
        """A chapter's source file as text, under the book's limits (`[build]` max_article_kib and _lines)."""
        lines = self.config.build.max_article_lines
        return read_source(self.root / entry.source, entry.encoding, self.max_article_bytes, lines)

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
    if not path.exists() and not path.is_symlink():
        raise ConfigError(f"no {CONFIG_NAME} here", path=root, hint="`booksmith new DIR` starts a book")
    raw = read_regular(path, MAX_CONFIG_BYTES, ConfigError)
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        raise ConfigError(f"not UTF-8 (byte {err.object[err.start]:#04x})", path=path) from None
    data = _parse_toml(text, path)
    lines = locate_keys(text)
    text_errors = _string_errors(data, path, lines)
    # a file name with a control character in it is not looked up
    errors = _epoch_errors() + text_errors + ([] if text_errors else _file_errors(root, data, lines))
    errors += [_schema_error(problem, path, lines) for problem in problems(data, BookConfig)]
    raise_all(sorted(errors, key=lambda e: e.line or 0))
    return Settings(root, msgspec.convert(data, BookConfig), lines)


def _parse_toml(text: str, path: Path) -> dict[str, Any]:
    try:
        return parse_toml(text)
    except TomlProblem as problem:
        raise ConfigError(problem.message, path, problem.line, problem.col) from None


def _string_errors(data: dict[str, Any], path: Path, lines: dict[tuple[Any, ...], int]) -> list[BooksmithError]:
    """Every string in book.toml under the article rules: a title goes where article text goes."""
    return [ConfigError(f"'{_dotted(loc)}': {what}", path, line_for(lines, loc)) for loc, what in string_problems(data)]


def _epoch_errors() -> list[BooksmithError]:
    """SOURCE_DATE_EPOCH, when set, dates the book that has no date: a whole number of seconds in range."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if epoch is None or (epoch.isascii() and epoch.isdigit() and int(epoch) <= LAST_EPOCH):
        return []
    shown = epoch if epoch.isprintable() and len(epoch) <= 40 else repr(epoch[:40])
    message = f"SOURCE_DATE_EPOCH is '{shown}', not a whole number of seconds since 1970 up to {LAST_EPOCH}"
    return [ConfigError(message, hint=f"the end of {LAST_YEAR}, the last year an EPUB's files can be dated")]


def _schema_error(problem: SchemaProblem, path: Path, lines: dict[tuple[Any, ...], int]) -> ConfigError:
    where = _dotted(problem.loc)
    line = line_for(lines, problem.loc)
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
        line = line_for(lines, ("chapters", index, "source"))
        resolved = resolve_inside(root, source)
        if resolved is None:
            errors.append(ConfigError(f"'{source}' is outside the manuscript folder", path, line))
            continue
        kind = _file_kind(resolved)
        if kind not in ("file", "missing"):
            errors.append(ConfigError(f"'{source}' {kind}", path, line))
        elif kind == "missing":
            errors.append(ConfigError(f"chapter file not found: {source}", path, line))
        elif resolved.suffix.lower() not in (".txt", ".md", ".html", ".htm"):
            errors.append(
                ConfigError(f"'{source}': a chapter is a .txt article, a .md text or a saved .html page", path, line)
            )
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
            f_line = line_for(lines, ("chapters", index, "figures", f_index, "image"))
            kind = "is outside the manuscript folder" if target is None else _file_kind(target)
            if kind != "file":
                errors.append(
                    ConfigError(f"image '{image}' {'not found' if kind == 'missing' else kind}", path, f_line)
                )
            elif target is not None and (refused := image_problem(target, image, ConfigError, path, f_line)):
                errors.append(refused)
    return errors


def _file_kind(path: Path) -> str:
    """ "file", "missing", or what keeps `path` from being read, as words that follow its name."""
    try:
        mode = path.stat().st_mode
    except FileNotFoundError:
        return "missing"
    except OSError as err:  # a name longer than the file system allows, a folder that cannot be entered
        return f"cannot be read: {err.strerror}"
    return "file" if stat.S_ISREG(mode) else "is not a file (a folder, a FIFO or a device)"


def resolve_inside(root: Path, relative: str) -> Path | None:
    """`root/relative` with links resolved, or None when it leaves `root`."""
    try:
        base = root.resolve()
        target = (base / relative).resolve()
    except (OSError, ValueError, RuntimeError):  # a NUL in the name, a symlink loop: not a usable path
        return None
    return target if target.is_relative_to(base) else None
