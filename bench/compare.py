"""Compare two benchmark results, size by size: did a commit make booksmith faster or leaner?

    bench/compare.py bench/results/OLD.json bench/results/latest.json

Ratios to bare WeasyPrint are the figures to trust across machines and busy moments:
both sides of a ratio met the same machine in the same minute.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from report import _cell, _table

FIGURES = (
    ("PDF s", "pdf_seconds", 2),
    ("× bare", "time_ratio", 2),
    ("peak MiB", "peak_mib", 0),
    ("× bare mem", "memory_ratio", 2),
    ("EPUB s", "epub_wall_seconds", 2),
)


def _change(old: float | None, new: float | None) -> str:
    return f"{100 * (new - old) / old:+.0f} %" if old and new else "–"


def compare(old: dict[str, Any], new: dict[str, Any]) -> str:
    before = {row["pages"]: row for row in old["summary"]}
    header = ["pages"] + [f"{label} {when}" for label, _, _ in FIGURES for when in ("old", "new", "Δ")]
    rows = []
    for row in new["summary"]:
        # Generated books keep their page count unless the layout changed; match the nearest otherwise.
        match = before.get(row["pages"]) or min(before.values(), key=lambda r: abs(r["pages"] - row["pages"]))
        cells = [f"{match['pages']}→{row['pages']}" if match["pages"] != row["pages"] else str(row["pages"])]
        for _, key, digits in FIGURES:
            cells += [_cell(match.get(key), digits), _cell(row.get(key), digits), _change(match.get(key), row.get(key))]
        rows.append(cells)
    title = f"{old['meta']['commit']} ({old['meta']['date']}) → {new['meta']['commit']} ({new['meta']['date']})"
    return title + "\n\n" + _table(header, rows)


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(__doc__, file=sys.stderr)
        return 64
    old, new = (json.loads(Path(path).read_text(encoding="utf-8")) for path in argv)
    print(compare(old, new))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
