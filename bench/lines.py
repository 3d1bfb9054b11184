"""Loose lines and hyphen ladders in the print edition, measured on the laid-out pages of the fixture books.

A justified line's word spaces stretch to fill the measure; WeasyPrint breaks lines one at a time
(greedily), so some stretch far. For each book: how many lines stretch their spaces past twice a
normal space (a typesetter's "loose" line), the loosest, how many lines end in a hyphen, and how
many runs of three or more hyphenated lines in a row ("ladders").

    .venv/bin/python bench/lines.py [MANUSCRIPT …]
"""

from __future__ import annotations

import logging
import sys
import tempfile
from pathlib import Path
from typing import Any

from booksmith import config
from booksmith.config.styles import cover_image
from booksmith.html.render import print_html
from booksmith.manuscript.images import for_print
from booksmith.pdf.printlayout import lay_out_book
from booksmith.pipeline import BuildResult, load_book, print_setup

ROOT = Path(__file__).resolve().parents[1]
BOOKS = [
    ROOT / "manuscript",
    *(ROOT / "tests" / "fixtures" / "books" / name for name in ("hard_pages", "ebook_edition")),
]
SPACE_EM = 0.25  # a normal word space, in em (Linux Libertine's is 0.25 em)
HYPHENS = ("\u2010", "-", "\u00ad")


def measure(manuscript: Path, work: Path) -> dict[str, Any]:
    from weasyprint.formatting_structure import boxes

    settings = config.load(manuscript)
    book = load_book(settings, work / "build", BuildResult())
    html = print_html(for_print(book, settings.root), cover_image(settings.root))
    document = lay_out_book(html, print_setup(settings, 0.0, work / "scratch"), []).document
    stretch: list[float] = []
    hyphenated = ladders = run = lines = 0
    for page in document.pages:
        for line in _lines(page._page_box, boxes):
            texts = [box for box in line.descendants() if isinstance(box, boxes.TextBox)]
            if not texts:
                continue
            lines += 1
            extra = max(getattr(box, "justification_spacing", 0) or 0 for box in texts)
            if extra:
                space = texts[0].style["font_size"] * SPACE_EM
                stretch.append((space + extra) / space)
            if "".join(box.text for box in texts).rstrip().endswith(HYPHENS):
                hyphenated += 1
                run += 1
                ladders += run == 3
            else:
                run = 0
    stretch.sort()
    return {
        "lines": lines,
        "loose": sum(ratio > 2 for ratio in stretch),
        "loosest": stretch[-1] if stretch else 1.0,
        "hyphenated": hyphenated,
        "ladders": ladders,
    }


def _lines(box: Any, boxes: Any) -> Any:
    if isinstance(box, boxes.LineBox):
        yield box
        return
    for child in getattr(box, "children", ()) or ():
        yield from _lines(child, boxes)


def main() -> None:
    logging.getLogger("booksmith").setLevel(logging.ERROR)
    books = [Path(arg) for arg in sys.argv[1:]] or BOOKS
    print(f"{'book':16} {'lines':>6} {'loose':>6} {'loosest':>8} {'hyphens':>8} {'ladders':>8}")
    for manuscript in books:
        with tempfile.TemporaryDirectory() as work:
            found = measure(manuscript, Path(work))
        print(
            f"{manuscript.name:16} {found['lines']:6} {found['loose']:6} {found['loosest']:7.2f}x "
            f"{found['hyphenated']:8} {found['ladders']:8}"
        )


if __name__ == "__main__":
    main()
