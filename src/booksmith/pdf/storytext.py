"""The promise "every sentence is in the PDF", checked on the laid-out pages rather than assumed.

A book's own `styles/book.css` can make text vanish (`display: none`, `visibility: hidden`,
a transparent colour, a font size of nothing), and a build that prints an empty booklet
"successfully" is worse than a failed one. So each block's letters must appear, in one run, among
the letters the reader can see on the pages: what `pagemap` reads (no running heads, no generated
text), less any box that is hidden, transparent or too small to read. Letters, not characters,
so hyphenation, soft hyphens, spacing and letter case (`text-transform`) do not count.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

from ..errors import RenderError
from ..model import Block, Book, block_texts, letters
from .pagemap import not_the_books_text

MIN_READABLE_PX = 2.0  # about 1.5 pt: a font size smaller than this is no longer text a reader sees


def check_story_printed(book: Book, document: Any, manuscript: Path) -> None:
    """Raise a RenderError naming the first block whose text the laid-out pages do not show."""
    shown = letters("".join(text for page in document.pages for text in _texts(page._page_box)).casefold())
    for chapter in book.chapters:
        for block in chapter.blocks:
            missing = _first_unseen(block, shown)
            if missing is not None:
                where = block.origin
                raise RenderError(
                    f"the print layout does not show this text: “{_excerpt(missing)}”",
                    manuscript / where.path if where else None,
                    where.line if where else None,
                    hint="a rule in styles/book.css hides it: display, visibility, color, font-size or opacity",
                )


def _first_unseen(block: Block, shown: str) -> str | None:
    return next((text for text in block_texts(block) if letters(text.casefold()) not in shown), None)


def _excerpt(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= 60 else text[:57].rstrip() + "…"


def _texts(box: Any) -> Iterator[str]:
    from weasyprint.formatting_structure import boxes

    if not_the_books_text(box):
        return
    style = getattr(box, "style", None)
    if style is not None and float(style["opacity"]) == 0:
        return  # nothing inside shows
    if isinstance(box, boxes.TextBox):
        if _readable(style):
            yield box.text
        return
    for child in getattr(box, "children", ()) or ():
        yield from _texts(child)


def _readable(style: Any) -> bool:
    if style is None:
        return True
    colour = style["color"]
    return (
        style["visibility"] == "visible" and getattr(colour, "alpha", 1) > 0 and style["font_size"] >= MIN_READABLE_PX
    )
