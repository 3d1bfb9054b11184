"""What a person sees while booksmith works: log lines, a progress line, a summary.

On a terminal the slow steps show as one spinner line naming the step ("laying out
pages"), with log lines printed above it and colour unless NO_COLOR is set. When
stderr is a pipe or a file there is no animation and no colour: only the same log
lines (notes, warnings, errors) and the summary, so a log file reads cleanly.
`rich` is imported here only, and only for a terminal: `booksmith --help` stays fast.
"""

from __future__ import annotations

import logging
import os
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TextIO

from ..errors import display_path

log = logging.getLogger("booksmith")

# What each pipeline stage is called on screen.
STAGE_LABELS = {
    "assemble": "assembling chapters",
    "typeset": "setting the type",
    "html": "composing the pages",
    "layout": "laying out pages",
    "write": "writing the PDF",
    "pagemap": "noting where each printed page begins",
    "epub": "packaging the EPUB",
}


@dataclass(frozen=True)
class Display:
    """How to talk to this person: animated (a terminal) or plain (a pipe), and how much."""

    animated: bool
    level: int  # the logging level shown


def choose_display(quiet: bool, verbose: bool, stream: TextIO | None = None) -> Display:
    stream = stream or sys.stderr
    level = logging.WARNING if quiet else logging.DEBUG if verbose else logging.INFO
    animated = not quiet and _is_terminal(stream) and os.environ.get("TERM") != "dumb"
    return Display(animated, level)


def _is_terminal(stream: TextIO) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False


def configure_logging(display: Display) -> None:
    """Send booksmith's log lines to stderr: through rich on a terminal, plainly otherwise."""
    handler: logging.Handler = _ConsoleHandler(_console()) if display.animated else logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("%(message)s"))
    log.handlers[:] = [handler]
    log.propagate = False
    log.setLevel(display.level)


@contextmanager
def stage_display(display: Display) -> Iterator[Any]:
    """A hook for `pipeline.build(on_stage=…)`: a spinner line naming the current step."""
    if not display.animated:
        yield None
        return
    from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    columns = (SpinnerColumn(), TextColumn("{task.description}"), TimeElapsedColumn())
    with Progress(*columns, console=_console(), transient=True) as progress:
        task = progress.add_task("reading book.toml", total=None)

        def on_stage(stage: str) -> None:
            progress.update(task, description=STAGE_LABELS.get(stage, stage))

        yield on_stage


def summary(pages: int | None, chapters: int, words: int, seconds: float, outputs: list[Path]) -> str:
    """The one line a build ends with: what was made, how big, how long it took."""
    counts = [plural(pages, "page")] if pages is not None else []
    counts += [plural(chapters, "chapter"), plural(words, "word")]
    files = ", ".join(f"{display_path(path)} ({file_size(path)})" for path in outputs)
    return f"built {', '.join(counts)} in {seconds:.1f} s: {files}"


def plural(count: int, noun: str) -> str:
    return f"{count:,} {noun}{'' if count == 1 else 's'}"


def file_size(path: Path) -> str:
    try:
        size = path.stat().st_size
    except OSError:
        return "missing"
    if size < 1000:
        return f"{size} B"
    if size < 1_000_000:
        return f"{size / 1000:.0f} kB"
    return f"{size / 1_000_000:.1f} MB"


class Stopwatch:
    def __init__(self) -> None:
        self.start = time.perf_counter()

    def seconds(self) -> float:
        return time.perf_counter() - self.start


_CONSOLE: Any = None


def _console() -> Any:
    """One rich console on stderr, shared by the log handler and the spinner (so lines print above it)."""
    global _CONSOLE
    if _CONSOLE is None:
        from rich.console import Console

        _CONSOLE = Console(stderr=True, highlight=False)  # rich honours NO_COLOR itself
    return _CONSOLE


_LEVEL_STYLES = {logging.DEBUG: "dim", logging.WARNING: "yellow", logging.ERROR: "bold red"}


class _ConsoleHandler(logging.Handler):
    def __init__(self, console: Any) -> None:
        super().__init__()
        self.console = console

    def emit(self, record: logging.LogRecord) -> None:
        from rich.text import Text

        style = _LEVEL_STYLES.get(record.levelno, "")
        self.console.print(Text(self.format(record), style=style), soft_wrap=True)
