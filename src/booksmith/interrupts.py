"""Ctrl-C held back while the native libraries load.

pikepdf's C++ extension (nanobind) aborts the whole process, with a C++ error and a
traceback, when a KeyboardInterrupt arrives while it builds its enums on import. So a
build imports its libraries first with Ctrl-C held; a key pressed meanwhile stops the
build the ordinary way as soon as they are in (exit 130, earlier outputs unchanged).
"""

from __future__ import annotations

import importlib
import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def held() -> Iterator[None]:
    """Ctrl-C during the block raises KeyboardInterrupt when the block is done, not inside it."""
    normal = threading.current_thread() is threading.main_thread()
    if not normal or signal.getsignal(signal.SIGINT) is not signal.default_int_handler:
        yield  # a thread, or Ctrl-C already handled (or ignored) by someone else: leave it alone
        return
    pressed: list[int] = []
    signal.signal(signal.SIGINT, lambda number, frame: pressed.append(number))
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, signal.default_int_handler)
    if pressed:
        raise KeyboardInterrupt


def load(*modules: str) -> None:
    """Import `modules` with Ctrl-C held."""
    with held():
        for name in modules:
            importlib.import_module(name)
