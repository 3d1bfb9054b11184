"""Errors and warnings that are part of booksmith's interface.

Every expected failure is a `BooksmithError` that knows where it happened
(`path`, `line`, `col`) and prints as one compiler-style line. Each kind has a
fixed exit code, so scripts and tests can tell a bad config from a bad article.
Anything else that escapes is a bug and gets a traceback only with `--debug`.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from pathlib import Path

log = logging.getLogger("booksmith")
# What a terminal would act on rather than show: C0 and C1 controls (ESC starts a colour or a
# cursor move; a line end in a value would forge a second error line) and the bidirectional
# overrides that reorder a line. Shown as \uXXXX instead; an error is always one line.
_UNSHOWABLE = re.compile("[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def showable(text: str) -> str:
    """`text` safe to print on a terminal: what would act on it is written as an escape."""
    return _UNSHOWABLE.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


@dataclass(frozen=True)
class Location:
    path: str
    line: int | None = None
    col: int | None = None

    def __str__(self) -> str:
        parts = [self.path]
        if self.line is not None:
            parts.append(str(self.line))
            if self.col is not None:
                parts.append(str(self.col))
        return ":".join(parts)


def display_path(path: Path | str) -> str:
    """A path as the user would type it: relative to the working folder when inside it."""
    path = Path(path)
    try:
        return str(path.resolve().relative_to(Path.cwd().resolve()))
    except ValueError:
        return str(path)


class BooksmithError(Exception):
    """An expected failure: printed as `path:line:col: message` and an exit code."""

    exit_code = 1

    def __init__(
        self,
        message: str,
        path: Path | str | None = None,
        line: int | None = None,
        col: int | None = None,
        hint: str | None = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.path = display_path(path) if path is not None else None
        self.line = line
        self.col = col
        self.hint = hint

    def __str__(self) -> str:
        text = self.message
        if self.path is not None:
            text = f"{Location(self.path, self.line, self.col)}: {text}"
        if self.hint:
            text = f"{text} ({self.hint})"
        return showable(text)


class ConfigError(BooksmithError):
    """book.toml is unreadable, invalid or names files that are not there."""

    exit_code = 2


class SourceError(BooksmithError):
    """An article or chapter file cannot be read or makes no chapter."""

    exit_code = 3


class RenderError(BooksmithError):
    """Laying out or packaging the book failed (PDF or EPUB)."""

    exit_code = 4


class OutputError(BooksmithError):
    """The output folder cannot be written."""

    exit_code = 5


class ErrorGroup(BooksmithError):
    """Several errors found in one pass, reported together (config, sources)."""

    def __init__(self, errors: list[BooksmithError]) -> None:
        super().__init__("; ".join(str(e) for e in errors))
        self.errors = errors
        self.exit_code = errors[0].exit_code

    def __str__(self) -> str:
        return "\n".join(str(e) for e in self.errors)


def raise_all(errors: list[BooksmithError]) -> None:
    """Raise the collected errors: one alone, several as a group."""
    if len(errors) == 1:
        raise errors[0]
    if errors:
        raise ErrorGroup(errors)


def _where(path: Path | str | None, line: int | None) -> str:
    return f"{Location(display_path(path), line)}: " if path is not None else ""


def warn(message: str, path: Path | str | None = None, line: int | None = None) -> None:
    """A finding that does not stop the build, in the same shape as an error."""
    log.warning("%s", showable(f"{_where(path, line)}warning: {message}"))


def note(message: str, path: Path | str | None = None, line: int | None = None) -> None:
    """Information the editor should see (what the cleaner dropped, for example)."""
    log.info("%s", showable(f"{_where(path, line)}{message}"))
