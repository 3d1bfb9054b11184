"""What an editor waits for besides a full build: start-up, `make pdf` with nothing or one article changed."""

from __future__ import annotations

import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]


def wall(command: list[str], *, expect_ok: bool = True, **options: Any) -> float:
    start = time.perf_counter()
    done = subprocess.run(command, capture_output=True, text=True, check=False, **options)
    seconds = time.perf_counter() - start
    if (done.returncode == 0) != expect_ok:
        raise SystemExit(f"bench: {' '.join(command)} exited {done.returncode}:\n{done.stderr[-2000:]}")
    return seconds


def best_of(runs: int, command: list[str], **options: Any) -> float:
    """The median wall time of `runs` runs (start-up times are short: noise is the enemy)."""
    return statistics.median(wall(command, **options) for _ in range(runs))


def measure(book: Path, runs: int) -> dict[str, Any]:
    python = sys.executable
    bare_python = best_of(runs, [python, "-c", "pass"])
    figures: dict[str, Any] = {
        "book": book.name,
        "python_start_seconds": bare_python,
        "import_weasyprint_seconds": best_of(runs, [python, "-c", "import weasyprint"]) - bare_python,
        "import_pipeline_seconds": best_of(runs, [python, "-c", "import booksmith.pipeline"]) - bare_python,
        "help_seconds": best_of(runs, [python, "-m", "booksmith", "--help"]),
        "config_error_seconds": config_error_time(book, runs),
    }
    figures.update(make_times(book, runs))
    return figures


def config_error_time(book: Path, runs: int) -> float:
    """`booksmith build` on a book.toml with a misspelt key: the error must come at once."""
    broken = book.parent / f"{book.name}-broken"
    shutil.rmtree(broken, ignore_errors=True)
    broken.mkdir()
    text = (book / "book.toml").read_text(encoding="utf-8").replace("[print]\n", "[print]\npage_sise = 'A5'\n")
    (broken / "book.toml").write_text(text, encoding="utf-8")
    (broken / "articles").symlink_to(book / "articles")
    command = [sys.executable, "-m", "booksmith", "build", str(broken), "--out", str(broken / "dist")]
    return statistics.median(wall(command, expect_ok=False) for _ in range(runs))


def make_times(book: Path, runs: int) -> dict[str, Any]:
    """`make pdf` as an editor runs it: first, with nothing changed, and after one article changed.

    Other people may edit booksmith's code while this runs, and make rightly rebuilds then:
    each timing starts from a tree `make -q` calls up to date, and the commands make ran are kept.
    """
    out, build = book / "make-dist", book / "make-build"
    shutil.rmtree(out, ignore_errors=True)
    shutil.rmtree(build, ignore_errors=True)
    make = [
        "make",
        "--no-print-directory",
        "-C",
        str(REPO),
        "pdf",
        f"MANUSCRIPT={book}",
        f"OUT={out}",
        f"BUILD={build}",
    ]
    first, _ = _make(make)
    noops = []
    for _ in range(runs):
        _settle(make)
        noops.append(_make(make)[0])
    articles = sorted((book / "articles").glob("*.txt"))
    changed = articles[len(articles) // 2]
    _settle(make)
    before = _mtimes(build / "chapters")
    original = changed.read_text(encoding="utf-8")
    changed.write_text(original.replace("\n\n", "\n\nAn editor added this sentence.\n\n", 1), encoding="utf-8")
    try:
        one_article, commands = _make(make)
    finally:
        changed.write_text(original, encoding="utf-8")
    after = _mtimes(build / "chapters")
    return {
        "make_first_seconds": first,
        "make_noop_seconds": statistics.median(noops),
        "make_one_article_seconds": one_article,
        "make_one_article_commands": commands,
        "chapter_files_rewritten": sorted(path for path, mtime in after.items() if before.get(path) != mtime),
        "chapter_files": len(after),
    }


def _make(command: list[str]) -> tuple[float, list[str]]:
    """Wall time of a make run, and the booksmith commands it ran."""
    start = time.perf_counter()
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    seconds = time.perf_counter() - start
    if done.returncode != 0:
        raise SystemExit(f"bench: {' '.join(command)} exited {done.returncode}:\n{done.stderr[-2000:]}")
    ran = [" ".join(line.split()[1:3]) for line in done.stdout.splitlines() if "booksmith " in line]
    return seconds, ran


def _settle(make: list[str]) -> None:
    """Rebuild until make calls the outputs up to date (someone may be editing the code)."""
    for _ in range(3):
        if subprocess.run([*make, "-q"], capture_output=True, check=False).returncode == 0:
            return
        _make(make)


def _mtimes(folder: Path) -> dict[str, int]:
    return {str(path.relative_to(folder)): path.stat().st_mtime_ns for path in folder.rglob("*.md")}


def describe(figures: dict[str, Any]) -> str:
    rewritten = figures["chapter_files_rewritten"]
    commands = figures["make_one_article_commands"]
    return "\n".join([
        f"Start-up and rebuilds ({figures['book']}), seconds:",
        f"  import weasyprint             {figures['import_weasyprint_seconds']:.2f}",
        f"  import booksmith.pipeline     {figures['import_pipeline_seconds']:.2f}",
        f"  booksmith --help              {figures['help_seconds']:.2f}",
        f"  config error (misspelt key)   {figures['config_error_seconds']:.2f}",
        f"  make pdf, first               {figures['make_first_seconds']:.2f}",
        f"  make pdf, nothing changed     {figures['make_noop_seconds']:.2f}",
        f"  make pdf, one article edited  {figures['make_one_article_seconds']:.2f}"
        f"  ({len(rewritten)} of {figures['chapter_files']} chapter files rewritten; make ran: {', '.join(commands)})",
    ])  # fmt: skip
