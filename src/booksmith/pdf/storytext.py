"""The promise "every sentence is in the PDF", checked on the laid-out pages rather than assumed.

A book's own `styles/book.css` can make text vanish (`display: none`, `visibility: hidden`,
a transparent colour, a font size of nothing), and a build that prints an empty booklet
"successfully" is worse than a failed one. So each block's letters must appear, in one run, among
the letters the reader can see on the pages: what `pagemap` reads (no running heads, no generated
text), less any box that is hidden, transparent or too small to read. Letters, not characters,
so hyphenation, soft hyphens, spacing and letter case (`text-transform`) do not count.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from ..errors import RenderError
from ..model import Book, Origin, block_texts, letters, note_texts
from .pagemap import not_the_books_text

MIN_READABLE_PX = 2.0  # about 1.5 pt: a font size smaller than this is no longer text a reader sees


def check_story_printed(book: Book, document: Any, manuscript: Path) -> None:
    """Raise a RenderError naming the first block or note whose text the laid-out pages do not show.

    A page's notes are read apart from its text (the foot of a page sits between the two halves of a
    paragraph that runs on to the next page), and a note must show whole there: WeasyPrint cannot
    split a note between pages, so one longer than a page's foot can hold would be cut short."""
    story: list[str] = []
    footnotes: list[str] = []
    for page in document.pages:
        _collect(page._page_box, story, footnotes, _bottom(page._page_box))
    shown, notes = (letters("".join(texts).casefold()) for texts in (story, footnotes))
    for chapter in book.chapters:
        for block in chapter.blocks:
            missing = _first_unseen(block_texts(block), shown)
            if missing is not None:
                raise _unseen(missing, block.origin, manuscript, _HIDDEN_BY_CSS)
        for note in chapter.notes:
            missing = _first_unseen(note_texts(note), notes)
            if missing is not None:
                raise _unseen(missing, note.origin, manuscript, _NOTE_TOO_LONG)


_HIDDEN_BY_CSS = "a rule in styles/book.css hides it: display, visibility, color, font-size or opacity"
_NOTE_TOO_LONG = (
    "a note must fit at the foot of a page (WeasyPrint cannot split a note between pages): shorten it or make it two"
)


def _unseen(missing: str, where: Origin, manuscript: Path, hint: str) -> RenderError:
    return RenderError(
        f"the print layout does not show this text: “{_excerpt(missing)}”",
        manuscript / where.path,
        where.line,
        hint=hint,
    )


def _first_unseen(texts: tuple[str, ...], shown: str) -> str | None:
    return next((text for text in texts if letters(text.casefold()) not in shown), None)


def _excerpt(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= 60 else text[:57].rstrip() + "…"


def _bottom(page: Any) -> float:
    """Where a page's text area ends: a note that runs past it is cut off (WeasyPrint draws it off the page)."""
    return float(page.content_box_y() + page.height)


def _collect(box: Any, story: list[str], notes: list[str], bottom: float, in_notes: bool = False) -> None:
    """The readable text under `box`, in one walk: the pages' text into `story`, what their notes' areas
    show above `bottom` into `notes`."""
    from weasyprint.formatting_structure import boxes

    if not_the_books_text(box):
        return
    in_notes = in_notes or isinstance(box, boxes.FootnoteAreaBox)
    style = getattr(box, "style", None)
    if style is not None and float(style["opacity"]) == 0:
        return  # nothing inside shows
    if isinstance(box, boxes.TextBox):
        if _readable(style) and not (in_notes and box.position_y + box.height > bottom + 1):
            (notes if in_notes else story).append(box.text)
        return
    for child in getattr(box, "children", ()) or ():
        _collect(child, story, notes, bottom, in_notes)


def _readable(style: Any) -> bool:
    if style is None:
        return True
    colour = style["color"]
    return (
        style["visibility"] == "visible" and getattr(colour, "alpha", 1) > 0 and style["font_size"] >= MIN_READABLE_PX
    )
