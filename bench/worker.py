"""One measured build, run by bench/run.py in a fresh Python process; prints its figures as JSON.

    worker.py booksmith MANUSCRIPT OUT BUILD FORMATS [JOBS]  the real pipeline (pipeline.build)
    worker.py weasyprint HTML PDF BASE VARIANT CSS...    bare WeasyPrint on the same HTML and stylesheets
    worker.py html MANUSCRIPT BUILD HTML                 write the print HTML (not measured)

Time: perf_counter from the first line of this script, so both modes pay for their own
imports (booksmith's `import weasyprint` is inside its layout stage) and neither pays for
the interpreter's start, which is the same for both.

Memory: the kernel's high-water mark of this process's resident set (VmHWM in
/proc/self/status). Before each stage the mark is reset (writing 5 to /proc/self/clear_refs),
so a stage's peak is the most memory the process held while that stage ran, including what
earlier stages still hold. getrusage's ru_maxrss is not used: a process started with vfork
inherits its parent's high-water mark, and it cannot be reset. tracemalloc is not used
either: it sees only Python's own allocations (not Pango's, HarfBuzz's or the fonts') and
slows WeasyPrint down several times.
"""

from __future__ import annotations

import time

STARTED = time.perf_counter()

import json  # noqa: E402  (the clock starts before any import)
import sys  # noqa: E402
from collections.abc import Callable  # noqa: E402
from pathlib import Path  # noqa: E402
from typing import Any  # noqa: E402

MIB = 1024 * 1024


class Memory:
    """Peak resident memory per stage, from the kernel's resettable high-water mark."""

    def __init__(self) -> None:
        self.resettable = _reset_peak()
        self.peaks: dict[str, float] = {}

    def close(self, stage: str) -> None:
        """Record the peak since the last reset as `stage`'s, and start measuring afresh."""
        self.peaks[stage] = max(self.peaks.get(stage, 0.0), _peak_mib())
        self.resettable = _reset_peak()

    def overall(self) -> float:
        return max([*self.peaks.values(), _peak_mib()])


def _peak_mib() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) * 1024 / MIB
    import resource  # not Linux: the whole process's peak, in kilobytes on Linux and bytes on macOS

    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return float(peak) / (MIB if sys.platform == "darwin" else 1024)


def _reset_peak() -> bool:
    try:
        Path("/proc/self/clear_refs").write_text("5")
        return True
    except OSError:
        return False


def run_booksmith(manuscript: str, out: str, build_dir: str, formats: str, jobs: str = "auto") -> dict[str, Any]:
    memory = Memory()
    ended: dict[str, float] = {}  # each stage's end, seconds since this script's first line
    current = ["start"]  # "start": imports and book.toml, before the first stage

    def on_stage(stage: str) -> None:  # called as each stage starts: the previous one has ended
        memory.close(current[0])
        ended[current[0]] = time.perf_counter() - STARTED
        current[0] = stage

    import dataclasses
    import inspect

    from booksmith import pipeline

    options = pipeline.BuildOptions(Path(manuscript), Path(out), Path(build_dir), tuple(formats.split(",")))
    if jobs == "whole":  # `build --whole`: the book laid out in one pass, not chapter by chapter
        options = dataclasses.replace(options, whole=True)
    elif jobs != "auto":  # `build --jobs N`: the chapters laid out by N forked workers (src/booksmith/pdf/parts.py)
        options = dataclasses.replace(options, jobs=int(jobs))
    if "on_stage" in inspect.signature(pipeline.build).parameters:
        result = pipeline.build(options, on_stage=on_stage)
    else:  # an older pipeline without the stage hook: whole-build figures only
        result = pipeline.build(options)
    total = time.perf_counter() - STARTED
    on_stage("end")
    return {
        "mode": "booksmith",
        "pages": result.pages,
        "chapters": result.chapters,
        "stages": {name: {"seconds": seconds} for name, seconds in result.timings.items()},
        "peaks_mib": {stage: peak for stage, peak in memory.peaks.items() if stage != "start"},
        "startup_seconds": ended["start"] if "assemble" in ended else None,
        "startup_peak_mib": memory.peaks["start"],
        "total_seconds": total,  # from this script's first line to the outputs written
        "cpu_seconds": time.process_time(),  # this process's CPU time: steadier than wall time on a busy machine
        "peak_mib": memory.overall(),
        "per_stage_memory": memory.resettable and "assemble" in ended,
    }


def run_weasyprint(html_path: str, pdf_path: str, base: str, variant: str, *css: str) -> dict[str, Any]:
    """WeasyPrint alone, on booksmith's HTML and stylesheets, writing the same kind of PDF (`variant`, or "-")."""
    memory = Memory()
    stages: dict[str, float] = {}
    clock = time.perf_counter()

    def lap(stage: str) -> None:
        nonlocal clock
        now = time.perf_counter()
        stages[stage] = now - clock
        clock = now
        memory.close(stage)

    import weasyprint
    from weasyprint.text.fonts import FontConfiguration

    lap("import")
    fonts = FontConfiguration()
    sheets = [weasyprint.CSS(filename=path, font_config=fonts) for path in css]
    html = Path(html_path).read_text(encoding="utf-8")
    document = weasyprint.HTML(string=html, base_url=base).render(stylesheets=sheets, font_config=fonts)
    lap("layout")
    document.write_pdf(pdf_path, **({"pdf_variant": variant} if variant != "-" else {}))
    lap("write")
    total = time.perf_counter() - STARTED
    return {
        "mode": "weasyprint",
        "pages": len(document.pages),
        "stages": {name: {"seconds": seconds} for name, seconds in stages.items()},
        "peaks_mib": memory.peaks,
        "total_seconds": total,
        "cpu_seconds": time.process_time(),
        "peak_mib": memory.overall(),
        "per_stage_memory": memory.resettable,
    }


def write_print_html(manuscript: str, build_dir: str, html_path: str) -> dict[str, Any]:
    """The print HTML booksmith hands to WeasyPrint, and the stylesheets, for the bare run."""
    from booksmith import config, pipeline
    from booksmith.config.styles import style_paths, styles_dir
    from booksmith.html.render import print_html
    from booksmith.pdf import layout as pdf
    from booksmith.pdf.layout import PAGE_SIZES

    settings = config.load(Path(manuscript))
    book = pipeline.load_book(settings, Path(build_dir), pipeline.BuildResult())
    Path(html_path).write_text(print_html(book), encoding="utf-8")
    page_css = Path(html_path).with_suffix(".page.css")
    page_css.write_text(f"@page {{ size: {PAGE_SIZES[settings.config.print.page_size]}; }}\n", encoding="utf-8")
    styles = style_paths(styles_dir(), settings.root, "print")
    variant = getattr(pdf, "PDF_VARIANT", None) or "-"  # a tagged PDF (PDF/UA) costs WeasyPrint a lot more to write
    return {
        "mode": "html",
        "css": [str(p) for p in [*styles, page_css]],
        "base": f"{settings.root}/",
        "variant": variant,
    }


MODES: dict[str, Callable[..., dict[str, Any]]] = {
    "booksmith": run_booksmith,
    "weasyprint": run_weasyprint,
    "html": write_print_html,
}


def main(argv: list[str]) -> int:
    mode, *args = argv
    figures = MODES[mode](*args)
    print(json.dumps(figures))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
