"""Where each printed page begins, read from the print layout: the ebook's page list.

The print HTML and the EPUB give every block the same id (`chapter-01-7`). For each
page of the laid-out booklet this finds the first text (or image) on it, the nearest
element with an id around it, and how many letters of that element's text came
before, on earlier pages. The EPUB stage puts its page marker there. Letters (not
characters) are counted, so soft hyphens, the hyphens of line breaks, spaces and
letter case, which differ between the editions, do not shift the place.

`page_map` is pure (a laid-out Document in, a tuple out); `printlayout` keeps it in the
build folder, so `make pdf epub` lays the book out once.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from ..model import PageStart, letters

SNIPPET_LETTERS = 24
FORMAT = 3  # bump when the walk's rules or the saved layout's shape change


def page_map(document: Any) -> tuple[PageStart, ...]:
    """The start of every page whose first content lies inside an element with an id."""
    seen: dict[str, int] = {}  # letters so far in each element with an id
    starts: list[PageStart] = []
    tables: set[Any] = set()  # the table elements begun on earlier pages: their headers there are repeats
    for number, page in enumerate(document.pages, start=1):
        first: tuple[str, int] | None = None
        snippet = ""
        on_this_page: set[Any] = set()
        for ids, text in _contents(page._page_box, (), tables, on_this_page):
            if first is None and ids:
                first = (ids[-1], seen.get(ids[-1], 0))
            if first is not None and len(snippet) < SNIPPET_LETTERS:
                snippet += letters(text)
            for element_id in ids:
                seen[element_id] = seen.get(element_id, 0) + len(letters(text))
        if first is not None:
            starts.append(PageStart(number, first[0], first[1], snippet[:SNIPPET_LETTERS]))
        tables |= on_this_page
    return tuple(starts)


def not_the_books_text(box: Any) -> bool:
    """A running head or folio (a margin box) or generated text (`li::marker`, `a::after`): not the book's text."""
    from weasyprint.formatting_structure import boxes

    return isinstance(box, boxes.MarginBox) or "::" in (getattr(box, "element_tag", "") or "")


def _contents(
    box: Any, ids: tuple[str, ...], earlier_tables: set[Any], tables: set[Any]
) -> Iterator[tuple[tuple[str, ...], str]]:
    """(ids of the enclosing elements, text) for each text and image box, in reading order.

    Running heads and folios (margin boxes) and generated text (list markers, leaders:
    `li::marker`, `a::after`) are not the book's text and are skipped, and so is a table's
    header where the table goes on from an earlier page: the print repeats it, the EPUB has it
    once. An image yields no text but may be the first thing on its page.
    """
    from weasyprint.formatting_structure import boxes

    if not_the_books_text(box):
        return
    continued = False
    if isinstance(box, boxes.TableBox):
        continued = box.element in earlier_tables
        tables.add(box.element)
    element = getattr(box, "element", None)
    element_id = element.get("id") if element is not None and hasattr(element, "get") else None
    if element_id and (not ids or ids[-1] != element_id):
        ids = (*ids, element_id)
    if isinstance(box, boxes.TextBox):
        yield ids, box.text
    elif isinstance(box, boxes.ReplacedBox):
        yield ids, ""
    for child in getattr(box, "children", ()) or ():
        if continued and isinstance(child, boxes.TableRowGroupBox) and child.is_header:
            continue  # the header again, over the rest of the table
        yield from _contents(child, ids, earlier_tables, tables)
