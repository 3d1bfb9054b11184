"""Running heads and folios as pagination artifacts, not as orphaned text, in the tagged PDF.

WeasyPrint 70 marks the text of the page's margin boxes (the running heads, the folios) with
marked-content ids and gives each a structure element that it never links into the tree: a screen
reader never meets them, but a checker finds content that is tagged and belongs to no part of the
document. PDF/UA-1 (7.8) wants page furniture to be an artifact: content that is not the book's
text. While booksmith writes, the boxes inside margin boxes are drawn as `/Artifact <</Type
/Pagination>>` marked content, with no id, and the tree builder passes over the margin boxes.
Everything else is drawn and tagged as WeasyPrint does it.
"""

from __future__ import annotations

import inspect
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any


@contextmanager
def margins_as_artifacts(document: Any) -> Iterator[None]:
    """While the block writes `document`, its margin boxes' content is pagination artifacts."""
    import pydyf
    from weasyprint.formatting_structure import boxes
    from weasyprint.pdf import stream as streams
    from weasyprint.pdf import tags

    original_marked = getattr(streams.Stream, "marked", None)
    original_tree = getattr(tags, "_build_box_tree", None)
    if original_marked is None or original_tree is None or not inspect.isgeneratorfunction(original_tree):
        yield  # another WeasyPrint: leave it alone
        return
    in_margins = {id(box) for page in document.pages for box in _margin_descendants(page._page_box, boxes)}
    pagination = pydyf.Dictionary({"Type": "/Pagination"})

    @contextmanager
    def marked(self: Any, box: Any, tag: str) -> Iterator[None]:
        if id(box) not in in_margins or self._tags is None:
            with original_marked(self, box, tag):
                yield
            return
        pydyf.Stream.begin_marked_content(self, "Artifact", pagination)
        try:
            yield
        finally:
            pydyf.Stream.end_marked_content(self)

    def build(box: Any, *rest: Any) -> Iterator[Any]:
        if isinstance(box, boxes.MarginBox):
            return  # nothing of it was given an id: nothing to map
        yield from original_tree(box, *rest)

    streams.Stream.marked = marked
    tags._build_box_tree = build
    try:
        yield
    finally:
        streams.Stream.marked = original_marked
        tags._build_box_tree = original_tree


def _margin_descendants(page_box: Any, boxes: Any) -> Iterator[Any]:
    for child in page_box.children:
        if isinstance(child, boxes.MarginBox):
            yield from _descendants(child)


def _descendants(box: Any) -> Iterator[Any]:
    yield box
    for child in getattr(box, "children", ()):
        yield from _descendants(child)
