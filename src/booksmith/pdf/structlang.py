"""Passages in another language carry it in the PDF's structure too, as they do in the EPUB.

WeasyPrint 70 tags the PDF for PDF/UA-1 but gives a language only to the whole document (the
catalog's /Lang): a `<span lang="ja">` becomes a /Span structure element without one, so a
screen reader reads the Japanese with English rules. While booksmith writes, the structure
element made for each span with a `lang` of its own gets that language as its /Lang
(ISO 32000-1, 14.9.2). WeasyPrint builds the tree in `tags._build_box_tree`, a generator that
yields each box's element once it is made; booksmith wraps it and adds nothing else.
"""

from __future__ import annotations

import inspect
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any


@contextmanager
def languages_tagged() -> Iterator[None]:
    """While the block runs, span elements with a `lang` give it to their PDF structure elements."""
    import pydyf
    from weasyprint.pdf import tags

    original = getattr(tags, "_build_box_tree", None)
    if original is None or not inspect.isgeneratorfunction(original):
        yield  # another WeasyPrint: leave it alone
        return

    def build(box: Any, *rest: Any) -> Iterator[Any]:
        language = _own_language(box)
        for element in original(box, *rest):  # its recursion comes back through `build`
            if language and element.get("S") == "/Span":
                element["Lang"] = pydyf.String(language)
            yield element

    tags._build_box_tree = build
    try:
        yield
    finally:
        tags._build_box_tree = original


def _own_language(box: Any) -> str | None:
    element = getattr(box, "element", None)
    if element is None or getattr(box, "element_tag", None) != "span":
        return None
    language = element.get("lang")
    return str(language) if language else None
