"""booksmith's benchmark: generated books of 16 to 1,000 pages, built and timed stage by stage.

    make bench                       # or: .venv/bin/python bench/run.py
    bench/run.py --quick             # 16 and 100 pages, one run each: a minute or so
    bench/run.py --sizes 400 --runs 5
    bench/run.py --parallel          # `build --whole` (one pass) at every size (by default at 100 and 400 pages
                                     # only), checked against the chapter-by-chapter PDF by bench/parallel.py

Every measured build runs in a fresh Python process (bench/worker.py), with a fresh build
folder, alternating with bare WeasyPrint rendering the same HTML, so both meet the same
machine. The table shows medians (of 3 runs, 2 for the 1,000-page book, unless --runs says);
every run's figures go to bench/results/latest.json
(and a copy named after the date and commit) so that two commits can be compared.
The figures are for reading, never for asserting: tests do not time anything.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

BENCH = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH))

from manuscripts import write_manuscript  # noqa: E402
from report import print_report, summary  # noqa: E402

RESULTS = BENCH / "results"
BOOKS = RESULTS / "books"
WORKER = BENCH / "worker.py"
PARALLEL = BENCH / "parallel.py"
SIZES = (16, 100, 400, 1000)
LONG_BOOK = 1000


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    sizes = (16, 100) if args.quick and not args.sizes else tuple(args.sizes or SIZES)
    runs = args.runs or (1 if args.quick else 3)
    started = time.perf_counter()
    figures: dict[str, Any] = {"meta": _meta(runs), "sizes": []}
    code = code_digest()
    for pages in sizes:
        # The 1,000-page book takes two minutes a run: by default it runs once less, to keep `make bench` short.
        runs_here = runs if args.runs or pages < LONG_BOOK else max(1, runs - 1)
        print(f"bench: {pages} pages, {runs_here} run{'s' * (runs_here > 1)} …", file=sys.stderr, flush=True)
        # The one-pass layout beside the default at the sizes issue 15 is measured at; `--parallel` for every size.
        parallel = args.parallel or pages in (100, 400)
        figures["sizes"].append(measure_size(pages, runs_here, parallel=parallel))
    if not args.no_extras:
        import extras

        print("bench: start-up, no-op and one-article rebuild times …", file=sys.stderr, flush=True)
        figures["extras"] = extras.measure(_book(min(sizes, key=lambda s: abs(s - 100))), runs=max(runs, 3))
        import worst

        print("bench: the worst inputs for their size …", file=sys.stderr, flush=True)
        figures["worst"] = worst.measure()
    figures["meta"]["code_changed"] = code != code_digest()  # someone edited booksmith while it ran
    figures["summary"] = [summary(size) for size in figures["sizes"]]
    figures["meta"]["bench_seconds"] = time.perf_counter() - started
    _save(figures)
    print_report(figures)
    return 0


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="bench/run.py", description="Time booksmith against bare WeasyPrint.")
    parser.add_argument("--sizes", type=lambda text: [int(s) for s in text.split(",")], help="pages, e.g. 16,100")
    parser.add_argument("--runs", type=int, help="measured runs per size; the table shows medians (default 3)")
    parser.add_argument("--quick", action="store_true", help="16 and 100 pages, one run each")
    parser.add_argument("--no-extras", action="store_true", help="skip the start-up and rebuild timings")
    parser.add_argument("--parallel", action="store_true", help="also time `build --whole` (one pass) at every size")
    return parser


def _book(pages: int) -> Path:
    return BOOKS / f"pages-{pages:04d}"


def measure_size(pages: int, runs: int, parallel: bool = False) -> dict[str, Any]:
    """`runs` cold PDF builds (the default: chapter by chapter, a worker a core), each followed by bare
    WeasyPrint on the same HTML, the EPUB build and the build after one word is edited (from the kept parts);
    with `parallel`, also by `booksmith build --whole` (the book in one pass), checked against the default PDF."""
    book = _book(pages)
    chapters = write_manuscript(book, pages)
    prepared = worker("html", book, book / "build-html", book / "print.html")
    pdf_runs, bare_runs, epub_runs, parallel_runs, edit_runs = [], [], [], [], []
    for run in range(runs):
        for folder in (book / "build", book / "dist"):
            shutil.rmtree(folder, ignore_errors=True)  # every measured PDF build starts cold
        pdf_runs.append(worker("booksmith", book, book / "dist", book / "build", "pdf"))
        bare = book / f"bare-{run}.pdf"
        variant = prepared.get("variant", "-")
        bare_runs.append(worker("weasyprint", book / "print.html", bare, prepared["base"], variant, *prepared["css"]))
        # The EPUB as `booksmith build --epub` runs after the PDF: chapters assembled, layout known.
        epub_runs.append(worker("booksmith", book, book / "dist", book / "build", "epub"))
        # A word of one article changed, then built again with the parts the build kept (build/parts/).
        with _one_word_edited(book):  # into its own folder: dist/ is checked against the one-pass PDF
            edit_runs.append(worker("booksmith", book, book / "dist-edit", book / "build", "pdf"))
        if parallel:
            for folder in (book / "build-whole", book / "dist-whole"):
                shutil.rmtree(folder, ignore_errors=True)
            parallel_runs.append(worker("booksmith", book, book / "dist-whole", book / "build-whole", "pdf", "whole"))
    return {
        "target_pages": pages,
        "chapters": chapters,
        "booksmith": pdf_runs,
        "weasyprint": bare_runs,
        "epub": epub_runs,
        "pandoc_seconds": pandoc_times(book, runs),
        "whole": parallel_runs,
        "edit": edit_runs,
        "parallel_check": script(PARALLEL, "check", *_whole_and_parts(book)) if parallel else None,
    }


@contextmanager
def _one_word_edited(book: Path) -> Iterator[None]:
    """The middle article with one word more, for as long as the build runs (the page count stays)."""
    article = sorted((book / "articles").glob("*.txt"))[len(list((book / "articles").glob("*.txt"))) // 2]
    text = article.read_text(encoding="utf-8")
    article.write_text(text.replace(" the ", " the very ", 1), encoding="utf-8")
    try:
        yield
    finally:
        article.write_text(text, encoding="utf-8")


def _whole_and_parts(book: Path) -> tuple[Path, Path]:
    """The last one-pass PDF (`--whole`, the reference) and the last default PDF of a book."""
    return book / "dist-whole" / "booklet.pdf", book / "dist" / "booklet.pdf"


def worker(mode: str, *args: str | Path) -> dict[str, Any]:
    return script(WORKER, mode, *args)


def script(path: Path, mode: str, *args: str | Path) -> dict[str, Any]:
    """Run a bench script in a fresh interpreter; its last line of output is its figures."""
    command = [sys.executable, str(path), mode, *[str(arg) for arg in args]]
    start = time.perf_counter()
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    wall = time.perf_counter() - start
    if done.returncode != 0:
        raise SystemExit(f"bench: {mode} run failed:\n{done.stderr[-3000:]}")
    figures: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    figures["wall_seconds"] = wall  # as the parent saw it: the interpreter's start included
    return figures


def timed(command: list[str], **options: Any) -> float:
    """Wall time of a command; it must succeed."""
    start = time.perf_counter()
    done = subprocess.run(command, capture_output=True, text=True, check=False, **options)
    seconds = time.perf_counter() - start
    if done.returncode != 0:
        raise SystemExit(f"bench: {' '.join(command)} failed:\n{done.stderr[-3000:]}")
    return seconds


def pandoc_times(book: Path, runs: int) -> list[float] | None:
    """pandoc making an EPUB of the same chapters (the assembled Markdown, one file per chapter)."""
    pandoc = shutil.which("pandoc")
    if pandoc is None:
        return None
    sources = pandoc_sources(book)
    css = next(BENCH.parent.glob("styles/ebook.css"), None)
    command = [pandoc, "-f", "markdown", "-t", "epub3", "-o", str(book / "pandoc.epub"), "--epub-chapter-level=1"]
    command += ["--metadata", "title=Benchmark", "--metadata", "lang=en"]
    command += [f"--css={css}"] if css else []
    return [timed([*command, *map(str, sources)]) for _ in range(runs)]


def pandoc_sources(book: Path) -> list[Path]:
    """The chapter files with their TOML front matter swapped for a `# Title` line pandoc reads."""
    import tomllib

    folder = book / "pandoc"
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir()
    paths = []
    for index, chapter in enumerate(sorted((book / "build" / "chapters").rglob("*.md"))):
        _, front, body = chapter.read_text(encoding="utf-8").split("+++\n", 2)
        title = tomllib.loads(front).get("title", chapter.stem)
        path = folder / f"{index:04d}.md"
        path.write_text(f"# {title}\n\n{body}", encoding="utf-8")
        paths.append(path)
    return paths


def code_digest() -> str:
    """booksmith's code, templates and styles as they are now: a change mid-run mixes versions."""
    import hashlib

    digest = hashlib.sha256()
    for path in sorted([*(BENCH.parent / "src").rglob("*"), *(BENCH.parent / "styles").rglob("*.css")]):
        if path.is_file() and "__pycache__" not in path.parts:
            digest.update(str(path).encode() + path.read_bytes())
    return digest.hexdigest()


def _meta(runs: int) -> dict[str, Any]:
    from importlib.metadata import version

    def git(*args: str) -> str:
        done = subprocess.run(["git", *args], cwd=BENCH.parent, capture_output=True, text=True, check=False)
        return done.stdout.strip()

    return {
        "date": dt.datetime.now().isoformat(timespec="seconds"),
        "commit": git("rev-parse", "--short", "HEAD") + ("-dirty" if git("status", "--porcelain", "src") else ""),
        "python": platform.python_version(),
        "weasyprint": version("weasyprint"),
        "cpus": os.cpu_count(),
        "load_average": os.getloadavg()[0],
        "runs": runs,
    }


def _save(figures: dict[str, Any]) -> None:
    RESULTS.mkdir(exist_ok=True)
    text = json.dumps(figures, indent=1)
    (RESULTS / "latest.json").write_text(text, encoding="utf-8")
    stamp = figures["meta"]["date"].replace(":", "")[:15]
    (RESULTS / f"{stamp}-{figures['meta']['commit']}.json").write_text(text, encoding="utf-8")


if __name__ == "__main__":
    sys.exit(main())
