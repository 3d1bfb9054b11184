"""Forked worker processes, for the stages that do the same work for many chapters: cleaning the articles
(`manuscript.assemble`) and laying the chapters out (`pdf.parts`).

A worker leaves Ctrl-C to the parent and dies with it; a pool of one is this process itself, so a
machine with one core, or a platform that cannot fork, runs the same code in the same order.
"""

from __future__ import annotations

import multiprocessing
import os
import signal
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from contextlib import contextmanager
from typing import Any, TypeVar

PR_SET_PDEATHSIG = 1  # from <linux/prctl.h>
T = TypeVar("T")


class InThisProcess:
    """The pool of one worker: each piece of work done here, when it is asked for (no fork, nothing to stop)."""

    def submit(self, work: Callable[..., T], *args: Any) -> Future[T]:
        done: Future[T] = Future()
        done.set_result(work(*args))
        return done


@contextmanager
def worker_pool(workers: int, alongside: bool = False) -> Iterator[ProcessPoolExecutor | InThisProcess]:
    """Forked workers that leave Ctrl-C to the parent; when the parent is interrupted or fails, they are
    stopped at once (their work is no longer wanted): no worker's traceback, no worker left running.
    One worker, or a platform that cannot fork: the work is done in this process, one piece after another;
    `alongside` (the parent works meanwhile, on another core): even one worker is forked."""
    if workers < (1 if alongside else 2) or "fork" not in multiprocessing.get_all_start_methods():
        yield InThisProcess()
        return
    context = multiprocessing.get_context("fork")
    pool = ProcessPoolExecutor(workers, mp_context=context, initializer=_live_only_with, initargs=(os.getpid(),))
    try:
        yield pool
    except BaseException:
        for process in list((pool._processes or {}).values()):
            process.terminate()
        # Quick now: the pool's own thread finds its workers gone and reaps them (a join of ours would race it).
        pool.shutdown(wait=True, cancel_futures=True)
        raise
    pool.shutdown()


def _live_only_with(parent: int) -> None:
    """A worker leaves Ctrl-C and SIGTERM to the parent (the terminal sends Ctrl-C to the workers too),
    and dies with it: however the parent ends, SIGKILL included, no worker works for nobody."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    _die_with_the_parent()
    if os.getppid() != parent:  # the parent ended before the line above took effect
        os._exit(1)


def _die_with_the_parent() -> None:
    """Linux's PR_SET_PDEATHSIG: the kernel sends this process SIGKILL when its parent ends."""
    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
    except (OSError, AttributeError):
        pass  # not Linux: the parent's own handlers still stop the workers when it can


def worker_count(jobs: int | None, runs: int) -> int:
    """No more workers than pieces of work or cores: a forking pool starts them all at once (Python 3.11).
    None: a worker for each core this process may run on. Measured (`make bench`): two workers on two
    cores beat one at 108 and 424 pages, idle and with the other core busy, so the load is not asked."""
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1
    return max(1, min(cores if jobs is None else jobs, runs, cores))
