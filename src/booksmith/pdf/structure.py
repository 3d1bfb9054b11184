"""The tagged PDF's structure made to say what the book is, where WeasyPrint 70 says less or other.

Two changes, made while booksmith writes, by wrapping WeasyPrint's tree builder
(`tags._build_box_tree`, a generator that yields each box's structure element once it is made)
and its marked-content writer (`Stream.marked`); everything else is drawn and tagged as WeasyPrint
does it:

- **Languages.** WeasyPrint gives a language only to the whole document (the catalog's /Lang): a
  `<span lang="ja">` becomes a /Span element without one, so a screen reader reads the Japanese
  with English rules. Each span with a `lang` of its own gives it to its element (ISO 32000-1, 14.9.2).
- **Page furniture.** WeasyPrint marks the running heads and folios (the margin boxes) with
  marked-content ids and gives them elements it never links into the tree: content that is tagged
  and belongs to no part of the document. PDF/UA-1 (7.8) wants page furniture to be an artifact, so
  their boxes are drawn as `/Artifact <</Type /Pagination>>`, with no id, and the tree builder
  passes over the margin boxes.
"""

from __future__ import annotations

import inspect
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any


@contextmanager
def tagged_as_the_book(document: Any) -> Iterator[None]:
    """While the block writes `document`: spans keep their language, margin boxes are artifacts."""
    import pydyf
    from weasyprint.formatting_structure import boxes
    from weasyprint.pdf import stream as streams
    from weasyprint.pdf import tags

    original_tree = getattr(tags, "_build_box_tree", None)
    original_marked = getattr(streams.Stream, "marked", None)
    if original_tree is None or original_marked is None or not inspect.isgeneratorfunction(original_tree):
        yield  # another WeasyPrint: leave it alone
        return
    in_margins = {id(box) for page in document.pages for box in _margin_descendants(page._page_box, boxes)}
    pagination = pydyf.Dictionary({"Type": "/Pagination"})

    def build(box: Any, *rest: Any) -> Iterator[Any]:
        if isinstance(box, boxes.MarginBox):
            return  # drawn as an artifact: nothing of it has an id to map
        language = _own_language(box)
        for element in original_tree(box, *rest):  # its recursion comes back through `build`
            if language and element.get("S") == "/Span":
                element["Lang"] = pydyf.String(language)
            yield element

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

    tags._build_box_tree = build
    streams.Stream.marked = marked
    try:
        yield
    finally:
        tags._build_box_tree = original_tree
        streams.Stream.marked = original_marked


def _own_language(box: Any) -> str | None:
    element = getattr(box, "element", None)
    if element is None or getattr(box, "element_tag", None) != "span":
        return None
    language = element.get("lang")
    return str(language) if language else None


def _margin_descendants(page_box: Any, boxes: Any) -> Iterator[Any]:
    for child in page_box.children:
        if isinstance(child, boxes.MarginBox):
            yield from _descendants(child)


def _descendants(box: Any) -> Iterator[Any]:
    yield box
    for child in getattr(box, "children", ()):
        yield from _descendants(child)
