"""The benchmark's tables, from the figures bench/run.py collected (medians of the runs)."""

from __future__ import annotations

import statistics
from collections.abc import Callable
from typing import Any

KNOWN_STAGES = ("assemble", "typeset", "html", "layout", "write", "pagemap", "epub")
TIME_TARGET = 1.10  # the whole PDF build against bare WeasyPrint on the same HTML
MEMORY_TARGET = 1.2


def median(values: list[float | None]) -> float | None:
    present = [value for value in values if value is not None]
    return statistics.median(present) if present else None


def stage_names(runs: list[dict[str, Any]]) -> list[str]:
    seen = {name for run in runs for name in run["stages"]}
    return [s for s in KNOWN_STAGES if s in seen] + sorted(seen - set(KNOWN_STAGES))


def _ratio(a: float | None, b: float | None) -> float | None:
    return a / b if a and b else None


def summary(size: dict[str, Any]) -> dict[str, Any]:
    """One size's medians: seconds and peak MiB per stage, the whole builds, bare WeasyPrint, the ratios."""
    ours, bare, epub = size["booksmith"], size["weasyprint"], size["epub"]
    pages = ours[0]["pages"]
    pdf = median([run["total_seconds"] for run in ours])
    bare_seconds = median([run["total_seconds"] for run in bare])
    peak = median([run["peak_mib"] for run in ours])
    bare_peak = median([run["peak_mib"] for run in bare])
    # Each booksmith run is compared with the bare run right after it, which met the same machine.
    pairs = list(zip(ours, bare, strict=True))
    return {
        "pages": pages,
        "bare_pages": bare[0]["pages"],
        "chapters": size["chapters"],
        "startup_seconds": median([run["startup_seconds"] for run in ours]),
        "startup_peak_mib": median([run["startup_peak_mib"] for run in ours]),
        "seconds": {s: median([run["stages"].get(s, {}).get("seconds") for run in ours]) for s in stage_names(ours)},
        "peaks_mib": {s: median([run["peaks_mib"].get(s) for run in ours]) for s in stage_names(ours)},
        "pdf_seconds": pdf,
        "pages_per_second": pages / pdf if pdf and pages else None,
        "bare_seconds": bare_seconds,
        "bare_stages": {s: median([run["stages"][s]["seconds"] for run in bare]) for s in bare[0]["stages"]},
        "time_ratio": median([_ratio(a["total_seconds"], b["total_seconds"]) for a, b in pairs]),
        "cpu_ratio": median([_ratio(a.get("cpu_seconds"), b.get("cpu_seconds")) for a, b in pairs]),
        "peak_mib": peak,
        "bare_peak_mib": bare_peak,
        "memory_ratio": median([_ratio(a["peak_mib"], b["peak_mib"]) for a, b in pairs]),
        "epub_stages": {
            s: median([run["stages"].get(s, {}).get("seconds") for run in epub]) for s in stage_names(epub)
        },
        "epub_wall_seconds": median([run["wall_seconds"] for run in epub]),
        "epub_peak_mib": median([run["peak_mib"] for run in epub]),
        "pandoc_seconds": median(size["pandoc_seconds"] or []),
        "whole_seconds": median([run["total_seconds"] for run in size.get("whole") or []]),
        "parallel_check": size.get("parallel_check"),
        "edit_seconds": median([run["total_seconds"] for run in size.get("edit") or []]),
        "edit_ratio": _paired(ours, size.get("edit") or [], lambda clean, edit: _ratio(edit, clean)),
        "whole_ratio": _paired(ours, size.get("whole") or [], _ratio),
    }


def _paired(
    ours: list[dict[str, Any]], others: list[dict[str, Any]], ratio: Callable[[float, float], float | None]
) -> float | None:
    """The median ratio of each clean run to the run of another kind made beside it."""
    pairs = zip(ours, others, strict=False)
    return median([ratio(one["total_seconds"], other["total_seconds"]) for one, other in pairs])


def _cell(value: float | None, digits: int = 2) -> str:
    return "–" if value is None else f"{value:.{digits}f}"


def _table(header: list[str], rows: list[list[str]]) -> str:
    widths = [max(len(row[i]) for row in [header, *rows]) for i in range(len(header))]
    lines = [
        "| " + " | ".join(cell.rjust(width) for cell, width in zip(row, widths, strict=True)) + " |"
        for row in [header, *rows]
    ]
    lines.insert(1, "|" + "|".join("-" * (width + 1) + ":" for width in widths) + "|")
    return "\n".join(lines)


def _stages(summaries: list[dict[str, Any]], key: str) -> list[str]:
    seen = {stage for row in summaries for stage in row[key]}
    return [s for s in KNOWN_STAGES if s in seen] + sorted(seen - set(KNOWN_STAGES))


def time_table(summaries: list[dict[str, Any]]) -> str:
    stages = _stages(summaries, "seconds")
    header = ["pages", "chapters", "start", *stages, "PDF", "pages/s", "bare WP", "× bare", "× CPU"]
    rows = [
        [str(row["pages"]), str(row["chapters"]), _cell(row["startup_seconds"]),
         *[_cell(row["seconds"].get(s)) for s in stages],
         _cell(row["pdf_seconds"]), _cell(row["pages_per_second"], 1), _cell(row["bare_seconds"]),
         _cell(row["time_ratio"]), _cell(row.get("cpu_ratio"))]
        for row in summaries
    ]  # fmt: skip
    return _table(header, rows)


def memory_table(summaries: list[dict[str, Any]]) -> str:
    stages = _stages(summaries, "peaks_mib")
    header = ["pages", "start", *stages, "PDF build", "bare WP", "× bare"]
    rows = [
        [str(row["pages"]), _cell(row["startup_peak_mib"], 0), *[_cell(row["peaks_mib"].get(s), 0) for s in stages],
         _cell(row["peak_mib"], 0), _cell(row["bare_peak_mib"], 0), _cell(row["memory_ratio"])]
        for row in summaries
    ]  # fmt: skip
    return _table(header, rows)


def epub_table(summaries: list[dict[str, Any]]) -> str:
    stages = _stages(summaries, "epub_stages")
    header = ["pages", "chapters", *stages, "booksmith --epub", "peak MiB", "pandoc", "× pandoc"]
    rows = [
        [str(row["pages"]), str(row["chapters"]), *[_cell(row["epub_stages"].get(s)) for s in stages],
         _cell(row["epub_wall_seconds"]), _cell(row["epub_peak_mib"], 0), _cell(row["pandoc_seconds"]),
         _cell(_ratio(row["epub_wall_seconds"], row["pandoc_seconds"]))]
        for row in summaries
    ]  # fmt: skip
    return _table(header, rows)


def rebuild_table(summaries: list[dict[str, Any]]) -> str:
    """The clean build, the build after a one-word edit (from the kept parts), and the one-pass build."""
    header = ["pages", "clean", "one word edited", "× clean", "one pass (--whole)", "clean × one pass", "PDF size ×"]
    header.append("same pages, text, outline, links, tags")
    rows = []
    for row in summaries:
        check = row["parallel_check"] or {}
        verdict = "yes" if check.get("same") else f"no: {_differences(check)}" if check else "–"
        size = _ratio(check["bytes"][1], check["bytes"][0]) if "bytes" in check else None
        cells = [
            _cell(row["pdf_seconds"]),
            _cell(row["edit_seconds"]),
            _cell(row["edit_ratio"]),
            _cell(row["whole_seconds"]),
            _cell(row["whole_ratio"]),
            _cell(size),
        ]
        rows.append([str(row["pages"]), *cells, verdict])
    return _table(header, rows)


def _differences(check: dict[str, Any]) -> str:
    found = []
    if check["pages"][0] != check["pages"][1]:
        found.append(f"{check['pages'][1]} pages, not {check['pages'][0]}")
    if check["pages_with_other_text"]:
        found.append(f"text differs on {len(check['pages_with_other_text'])} pages")
    found += [] if check["same_outline"] else ["outline differs"]
    found += [] if check["same_links"] else ["links differ"]
    found += [] if check.get("same_tags", True) else ["tags differ"]
    found += [] if check.get("qpdf_check", "clean") == "clean" else ["qpdf --check complains"]
    return ", ".join(found)


def scaling_line(summaries: list[dict[str, Any]]) -> str:
    """Milliseconds per page of each stage, the smallest book of 100 pages or more against the largest."""
    big = [row for row in summaries if row["pages"] >= 90]
    if len(big) < 2:
        return ""
    low, high = big[0], big[-1]
    parts = []
    for stage in [*low["seconds"], "PDF"]:
        a = low["pdf_seconds"] if stage == "PDF" else low["seconds"].get(stage)
        b = high["pdf_seconds"] if stage == "PDF" else high["seconds"].get(stage)
        if a and b:
            parts.append(f"{stage} {1000 * a / low['pages']:.1f} → {1000 * b / high['pages']:.1f}")
    return f"ms per page, {low['pages']} → {high['pages']} pages: " + ", ".join(parts)


def print_report(figures: dict[str, Any]) -> None:
    meta = figures["meta"]
    summaries = figures["summary"]
    runs = "/".join(sorted({str(len(size["booksmith"])) for size in figures["sizes"]}, reverse=True))
    print(
        f"\nbooksmith {meta['commit']} · WeasyPrint {meta['weasyprint']} · Python {meta['python']} · "
        f"{meta['cpus']} CPUs, load {meta['load_average']:.1f} · medians of {runs} runs\n"
    )
    print("PDF build, seconds. start: imports and book.toml; PDF: all of it, first line to file written;")
    print("× bare: median of each run against the bare WeasyPrint run beside it (× CPU: in CPU time)\n")
    print(time_table(summaries))
    print("\nPeak resident memory, MiB, while each stage ran\n")
    print(memory_table(summaries))
    if line := scaling_line(summaries):
        print(f"\n{line}")
    for row in summaries:
        if (row["time_ratio"] or 0) > TIME_TARGET or (row["memory_ratio"] or 0) > MEMORY_TARGET:
            ratios = f"×{_cell(row['time_ratio'])} time, ×{_cell(row['memory_ratio'])} memory"
            print(f"over target (×{TIME_TARGET} time, ×{MEMORY_TARGET} memory) at {row['pages']} pages: {ratios}")
    print("\nEPUB after the PDF (chapters assembled, layout known), seconds; pandoc on the same chapter files\n")
    print(epub_table(summaries))
    if extras := figures.get("extras"):
        from extras import describe

        print("\n" + describe(extras))
    if worst := figures.get("worst"):
        import worst as worst_inputs

        print("\n" + worst_inputs.describe(worst))
    if any(row["edit_seconds"] for row in summaries):
        print("\nThe build after one word of the middle article is edited (from the kept parts), and the book")
        print("laid out in one pass (`--whole`), against the clean build, seconds\n")
        print(rebuild_table(summaries))
    if meta.get("code_changed"):
        print("\nbooksmith's code or styles changed while the bench ran: these figures mix versions")
    print(f"\n(bench took {meta['bench_seconds']:.0f} s; figures in bench/results/latest.json)")
