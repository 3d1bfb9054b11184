"""Ctrl-C, SIGTERM and SIGHUP: a build stops the ordinary way, and never while a native library loads.

A stop signal becomes an exception (KeyboardInterrupt for Ctrl-C, `Stopped` for SIGTERM and SIGHUP,
a KeyboardInterrupt too), so every `finally` runs: temporaries are removed, workers ended, earlier
outputs left as they were, and the command exits 130, 143 or 129.

pikepdf's C++ extension (nanobind) aborts the whole process, with a C++ error and a traceback,
when an exception arrives while it builds its enums on import. So a build imports its libraries
first with the signals held; one that arrives meanwhile stops the build as soon as they are in.
"""

from __future__ import annotations

import importlib
import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from types import FrameType

STOP_SIGNALS = (signal.SIGTERM, signal.SIGHUP)


class Stopped(KeyboardInterrupt):
    """SIGTERM or SIGHUP: the build stops as for Ctrl-C; `number` is the signal's."""

    def __init__(self, number: int) -> None:
        super().__init__(number)
        self.number = number

    @property
    def name(self) -> str:
        return signal.Signals(self.number).name


def _raise_stopped(number: int, frame: FrameType | None) -> None:
    raise Stopped(number)


@contextmanager
def stop_signals_raise() -> Iterator[None]:
    """SIGTERM and SIGHUP raise `Stopped` while the block runs (the CLI's whole command)."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    saved = {number: signal.signal(number, _raise_stopped) for number in STOP_SIGNALS}
    try:
        yield
    finally:
        for number, handler in saved.items():
            signal.signal(number, handler)


@contextmanager
def held() -> Iterator[None]:
    """A stop signal during the block raises when the block is done, not inside it."""
    if threading.current_thread() is not threading.main_thread():
        yield  # a thread: signals are the main thread's to handle
        return
    ours = {signal.SIGINT: signal.default_int_handler} | dict.fromkeys(STOP_SIGNALS, _raise_stopped)
    held_numbers = [number for number, handler in ours.items() if signal.getsignal(number) is handler]
    pressed: list[int] = []
    saved = {number: signal.signal(number, lambda n, frame: pressed.append(n)) for number in held_numbers}
    try:
        yield
    finally:
        for number, handler in saved.items():
            signal.signal(number, handler)
    if pressed:
        raise KeyboardInterrupt if pressed[0] == signal.SIGINT else Stopped(pressed[0])


def load(*modules: str) -> None:
    """Import `modules` with the stop signals held."""
    with held():
        for name in modules:
            importlib.import_module(name)
