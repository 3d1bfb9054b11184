"""`booksmith watch`: rebuild when a source, a style or the config changes.

The manuscript folder, the core stylesheets and the templates are polled for
changed modification times (no extra dependency, works on every file system).
A change rebuilds only the editions it touches: `ebook.css` or an EPUB template
only the EPUB; anything else both, a print style too, because the EPUB's page list
follows the printed pages. Inside a build only stale chapter files are re-assembled. A failed build is
reported and the watch goes on, so an editor can fix the file and save again.
"""

from __future__ import annotations

import logging
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path

from ..config.styles import PACKAGE_DIR, styles_dir
from ..errors import BooksmithError, display_path
from ..inputs import book_files
from ..pipeline import BuildOptions

log = logging.getLogger("booksmith")
Snapshot = dict[Path, tuple[int, int]]  # path → (mtime in ns, size)
Build = Callable[[BuildOptions], object]
POLL_SECONDS = 0.5


@dataclass(frozen=True)
class Watched:
    manuscript: Path
    styles: Path
    templates: Path
    ignored: tuple[Path, ...]  # our own outputs, when they live inside a watched folder

    @classmethod
    def for_build(cls, options: BuildOptions) -> Watched:
        outputs = (options.out.resolve(), options.build.resolve())
        return cls(
            options.manuscript.resolve(),
            styles_dir().resolve(),
            (PACKAGE_DIR / "html" / "templates").resolve(),
            outputs,
        )

    def snapshot(self) -> Snapshot:
        files: Snapshot = {}
        for root in (self.manuscript, self.styles, self.templates):
            for path in book_files(root, self.ignored) if root.is_dir() else ():  # the files make counts too
                try:
                    stat = path.stat()
                except OSError:
                    continue  # removed while we looked
                files[path] = (stat.st_mtime_ns, stat.st_size)
        return files

    def editions(self, changed: set[Path], wanted: tuple[str, ...]) -> tuple[str, ...]:
        """The formats a change touches, among those `wanted`, in their usual order."""
        touched: set[str] = set()
        for path in changed:
            touched |= self._edition_of(path)
        return tuple(f for f in wanted if f in touched)

    def _edition_of(self, path: Path) -> set[str]:
        if path.parent == self.styles and path.name.startswith("ebook"):
            return {"epub"}
        if path.is_relative_to(self.templates) and path.relative_to(self.templates).parts[0] == "epub":
            return {"epub"}
        # The rest shapes the printed pages, and the EPUB's page list follows them: both.
        return {"pdf", "epub"}


def changed_files(before: Snapshot, after: Snapshot) -> set[Path]:
    return {path for path in before.keys() | after.keys() if before.get(path) != after.get(path)}


def watch(
    options: BuildOptions,
    build: Build,
    *,
    interval: float = POLL_SECONDS,
    max_rebuilds: int | None = None,
    debug: bool = False,
    told: Callable[[str | None], None] | None = None,
) -> int:
    """Build once, then rebuild on every change until Ctrl-C (or `max_rebuilds`, for tests); `told` hears
    each build's outcome: None, or the failure as it was printed."""
    watched = Watched.for_build(options)
    seen = watched.snapshot()
    outcome = attempt(build, options, debug)
    if told is not None:
        told(outcome)
    log.info("watching %s for changes; Ctrl-C stops", display_path(options.manuscript))
    rebuilds = 0
    try:
        while max_rebuilds is None or rebuilds < max_rebuilds:
            time.sleep(interval)
            now = watched.snapshot()
            changed = changed_files(seen, now)
            if not changed:
                continue
            now = _settled(watched, now, interval)  # an editor may save several files at once
            changed = changed_files(seen, now)
            seen = now  # taken before the build: a save during the build triggers the next one
            formats = watched.editions(changed, options.formats)
            names = ", ".join(sorted(display_path(path) for path in changed))
            log.info("changed: %s", names)
            if formats:
                outcome = attempt(build, replace(options, formats=formats), debug)
                if told is not None:
                    told(outcome)
            rebuilds += 1
    except KeyboardInterrupt:
        log.info("stopped watching")
    return 0


def _settled(watched: Watched, now: Snapshot, interval: float) -> Snapshot:
    while True:
        time.sleep(interval / 2)
        later = watched.snapshot()
        if later == now:
            return now
        now = later


def attempt(build: Build, options: BuildOptions, debug: bool) -> str | None:
    """Build, printing any failure as the build command would, and carry on: None, or what was printed."""
    try:
        build(options)
        return None
    except BooksmithError as err:
        failure = str(err)
    except Exception as err:
        if debug:
            raise
        failure = f"booksmith: internal error ({type(err).__name__}, a bug in booksmith); --debug shows it"
    print(failure, file=sys.stderr)
    return failure
