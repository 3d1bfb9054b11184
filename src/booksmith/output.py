"""Writing into the output folders without ever leaving a half-made file.

Every output is written to a temporary file beside its target and renamed over
it only when complete: a failed or interrupted build leaves the previous file
byte-identical. Inside `outputs_together(dist)`, the finished files for `dist`
wait as temporaries and are renamed only when the whole build has succeeded, so
a full disk while writing the EPUB does not leave a new PDF beside an old EPUB.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from contextvars import ContextVar
from pathlib import Path

from .errors import OutputError


class Pending:
    """Finished outputs for one folder, not yet renamed over their targets."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder.resolve()
        self.files: dict[Path, Path] = {}  # target → its finished temporary

    def holds(self, target: Path) -> bool:
        return target.parent.resolve() == self.folder

    def latest(self, target: Path) -> Path:
        """Where `target`'s newest bytes are: its temporary while it waits, else the target."""
        return self.files.get(target, target)

    def keep(self, temporary: Path, target: Path) -> None:
        if (earlier := self.files.get(target)) is not None:
            earlier.unlink(missing_ok=True)
        self.files[target] = temporary

    def rename_all(self) -> None:
        while self.files:
            target, temporary = next(iter(self.files.items()))
            try:
                os.replace(temporary, target)
            except OSError as err:
                raise OutputError(f"cannot write: {err.strerror}", path=target) from None
            del self.files[target]

    def discard(self) -> None:
        for temporary in self.files.values():
            temporary.unlink(missing_ok=True)
        self.files.clear()


_pending: ContextVar[Pending | None] = ContextVar("booksmith_pending_outputs", default=None)


@contextlib.contextmanager
def outputs_together(folder: Path) -> Iterator[Pending]:
    """The files written into `folder` in this block replace their targets at its end, if it succeeds."""
    pending = Pending(folder)
    token = _pending.set(pending)
    try:
        yield pending
        pending.rename_all()
    finally:
        _pending.reset(token)
        pending.discard()  # failed or interrupted: the new files go, the old ones stay


@contextlib.contextmanager
def atomic_path(target: Path) -> Iterator[Path]:
    """A temporary path to write; it replaces `target` only if the block succeeds."""
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        handle, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    except OSError as err:
        raise OutputError(f"cannot write here: {err.strerror}", path=target.parent) from None
    os.close(handle)
    temporary = Path(name)
    pending = _pending.get()
    try:
        yield temporary
        os.chmod(temporary, 0o644)
        if pending is not None and pending.holds(target):
            pending.keep(temporary, target)  # renamed with the build's other outputs
        else:
            os.replace(temporary, target)
    except OSError as err:
        raise OutputError(f"cannot write: {err.strerror}", path=target) from None
    finally:
        if pending is None or pending.latest(target) != temporary:
            temporary.unlink(missing_ok=True)


def write_bytes_atomic(target: Path, data: bytes) -> None:
    with atomic_path(target) as temporary:
        temporary.write_bytes(data)


def write_text_atomic(target: Path, text: str) -> None:
    write_bytes_atomic(target, text.encode("utf-8"))
