"""Writing into the output folders without ever leaving a half-made file.

Every output is written to a temporary file beside its target and renamed over
it only when complete: a failed or interrupted build leaves the previous file
byte-identical. Inside `outputs_together(dist)`, the finished files for `dist`
wait as temporaries and are renamed only when the whole build has succeeded, so
a full disk while writing the EPUB does not leave a new PDF beside an old EPUB.
"""

from __future__ import annotations

import contextlib
import fcntl
import os
import re
import shutil
import tempfile
from collections.abc import Iterator
from contextvars import ContextVar
from pathlib import Path

from .errors import OutputError, display_path, note


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


def within(folder: Path, target: Path) -> Path:
    """`target` if it lies inside `folder` once every link on its way is resolved; else an OutputError.

    For the paths booksmith derives itself (a chapter file from its source's name, a cache entry):
    a link inside the build folder (`build/chapters/articles -> /etc`) must not lead a read or a
    write out of it. Only the folders on the way that exist are resolved; what follows them is made
    by booksmith as plain folders. The file itself is never followed: a write replaces a link in
    its place, and caches are read with links refused.
    """
    if ".." in target.relative_to(folder).parts:
        raise OutputError(f"leads out of {folder} (a link, or '..' in a name): refused", path=target)
    existing = target.parent  # the file itself may be a link: it is replaced, never followed
    while not os.path.lexists(existing) and existing != folder:
        existing = existing.parent
    if os.path.lexists(existing) and not existing.resolve().is_relative_to(folder.resolve()):
        raise OutputError(f"leads out of {folder} (a link, or '..' in a name): refused", path=target)
    return target


# What `atomic_path` names its temporaries, and `scratch` its folders: what a build killed outright
# (SIGKILL, a power cut) leaves behind, for the next build of the same folder to remove.
_TEMPORARY = re.compile(r"^\..+\.[A-Za-z0-9_]{8}\.tmp$")
SCRATCH_PREFIXES = ("scratch-", "parts-")


@contextlib.contextmanager
def locked(folder: Path) -> Iterator[None]:
    """`folder` to this build alone while the block runs: a second build of it waits, saying so.

    The lock is the kernel's (flock on the folder itself), so it ends with the process however it
    ends, and no lock file is left behind. A folder made for the lock and still empty at the end (the
    build failed before writing) is removed again, so a failed build leaves no trace."""
    made = not folder.exists()
    handle = _locked_handle(folder)
    try:
        yield
    finally:
        if made:
            with contextlib.suppress(OSError):
                folder.rmdir()  # only if empty; a build waiting for it then finds it gone and makes its own
        os.close(handle)  # the lock goes with the descriptor


def _locked_handle(folder: Path) -> int:
    flags = os.O_RDONLY | getattr(os, "O_DIRECTORY", 0) | getattr(os, "O_CLOEXEC", 0)
    waited = False
    while True:
        try:
            folder.mkdir(parents=True, exist_ok=True)
            handle = os.open(folder, flags)
        except OSError as err:
            raise OutputError(f"cannot write here: {err.strerror}", path=folder) from None
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            if not waited:
                note(f"waiting for another booksmith build using {display_path(folder)} to finish")
                waited = True
            fcntl.flock(handle, fcntl.LOCK_EX)
        with contextlib.suppress(OSError):
            if os.stat(folder).st_ino == os.fstat(handle).st_ino:
                return handle  # still the folder at that path: the other build did not remove it
        os.close(handle)


def remove_leftovers(folder: Path, *, build_folder: bool = False) -> None:
    """What builds killed outright (SIGKILL, a power cut) left in `folder`, removed by the next build that
    holds its lock: `atomic_path`'s temporaries beside their targets and, in the build folder, its
    scratch folders and the temporaries of the chapter files. Nothing else is touched."""
    places = [folder]
    if build_folder:
        places += [Path(parent) for parent, _, _ in os.walk(folder / "chapters")]
    for place in places:
        try:
            entries = list(os.scandir(place))
        except OSError:
            continue
        for entry in entries:
            if entry.is_file(follow_symlinks=False) and _TEMPORARY.match(entry.name):
                with contextlib.suppress(OSError):
                    os.unlink(entry.path)
            elif build_folder and place == folder and entry.name.startswith(SCRATCH_PREFIXES) and entry.is_dir():
                shutil.rmtree(entry.path, ignore_errors=True)


@contextlib.contextmanager
def scratch(folder: Path) -> Iterator[Path]:
    """A folder of the build's own under `folder` (the build folder) for what it makes and throws away:
    a --jobs layout's parts, the fonts WeasyPrint copies. Removed when the block ends."""
    with tempfile.TemporaryDirectory(dir=folder, prefix=SCRATCH_PREFIXES[0]) as name:
        yield Path(name)


def write_bytes_atomic(target: Path, data: bytes) -> None:
    with atomic_path(target) as temporary:
        temporary.write_bytes(data)


def write_text_atomic(target: Path, text: str) -> None:
    write_bytes_atomic(target, text.encode("utf-8"))
