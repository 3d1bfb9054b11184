"""The inputs that cost the most for their size, each a one-article book built to PDF: time and peak memory.

    .venv/bin/python bench/worst.py        # also part of `make bench` (unless --no-extras)

A run of punctuation, a word of 100,000 letters, an article at the line limit (one-line
paragraphs) and one at the byte limit (one paragraph of words). The limits that bound them are
documented in the README (`[build] max_article_kib`, `max_article_lines`); this shows what they cost.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

BENCH = Path(__file__).resolve().parent
BOOKS = BENCH / "results" / "books"
# booksmith's command line, then its own peak memory (KiB) as the last line of stderr
MEASURED = (
    "import resource, sys\n"
    "from booksmith.cli.main import main\n"
    "code = main(sys.argv[1:])\n"
    "print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, file=sys.stderr)\n"
    "sys.exit(code)\n"
)
LEAD = "The fans stayed behind after the match and cleaned the stands.\n\n"


def _inputs() -> dict[str, str]:
    words = "Japan fans cleaned the stands after the match and the players left a note of thanks in Russian "
    return {
        "a run of 100,000 '='": LEAD + "The score line read " + "=" * 100_000 + " and then it ended.\n",
        "a run of 100,000 '!?'": LEAD + "Cheers " + "!?" * 50_000 + " for Japan.\n",
        "a word of 100,000 letters": LEAD + "A word " + "ab" * 50_000 + " ended.\n",
        "10,000 one-line paragraphs (the line limit)": LEAD + "".join(f"Fans {n} cheered.\n\n" for n in range(4_999)),
        "1 MiB in one paragraph (the byte limit)": LEAD + (words * 11_000)[: 1024 * 1024 - 200].rstrip() + ".\n",
    }


def _book(folder: Path, text: str) -> Path:
    shutil.rmtree(folder, ignore_errors=True)
    (folder / "articles").mkdir(parents=True)
    (folder / "articles" / "a.txt").write_text(text, encoding="utf-8")
    toml = '[book]\ntitle = "Worst cases"\n\n[[chapters]]\nsource = "articles/a.txt"\ntitle = "A hard article"\n'
    (folder / "book.toml").write_text(toml, encoding="utf-8")
    return folder


def measure() -> list[dict[str, Any]]:
    rows = []
    for index, (name, text) in enumerate(_inputs().items()):
        book = _book(BOOKS / f"worst-{index}", text)
        command = [sys.executable, "-c", MEASURED, "-q", "build", str(book), "--pdf"]
        command += ["--out", str(book / "dist"), "--build-dir", str(book / "build")]
        start = time.perf_counter()
        done = subprocess.run(command, capture_output=True, text=True, check=False)
        seconds = time.perf_counter() - start
        peak_kib = int(done.stderr.strip().splitlines()[-1])
        rows.append({
            "input": name,
            "bytes": len(text.encode("utf-8")),
            "seconds": seconds,
            "peak_mib": peak_kib / 1024,
            "exit": done.returncode,
        })  # fmt: skip
    return rows


def describe(rows: list[dict[str, Any]]) -> str:
    lines = ["Worst inputs for their size (one article, PDF), seconds and peak memory:"]
    for row in rows:
        size = f"{row['bytes'] / 1024:>7.0f} KiB"
        lines.append(
            f"  {row['input']:<46} {size}  {row['seconds']:>6.1f} s  {row['peak_mib']:>5.0f} MiB  exit {row['exit']}"
        )
    return "\n".join(lines)


if __name__ == "__main__":
    figures = measure()
    print(describe(figures))
    print(json.dumps(figures))
