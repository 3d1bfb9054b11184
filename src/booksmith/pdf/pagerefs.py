"""A workaround for a quadratic step in WeasyPrint 70's tagged PDF output.

Its tagging code (weasyprint/pdf/tags.py) asks pydyf for `pdf.page_references[n]` once per
structure element, and pydyf's property builds the tuple of every page's reference on each
call: elements × pages. At 400 pages that is a quarter of the write (6.8 s → 5.1 s without it),
and it grows with the square of the length. While booksmith writes, the tuple is remembered
until a page is added (pydyf only appends pages); the bytes written are the same.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

MEMO = "_booksmith_page_references"


@contextmanager
def page_references_remembered() -> Iterator[None]:
    """pydyf's `PDF.page_references`, computed once per page count while the block runs."""
    import pydyf

    original = pydyf.PDF.__dict__.get("page_references")
    if not isinstance(original, property) or original.fget is None:
        yield  # another pydyf: leave it alone
        return
    compute = original.fget

    def remembered(pdf: Any) -> Any:
        count = len(pdf.pages["Kids"])
        memo = pdf.__dict__.get(MEMO)
        if memo is None or memo[0] != count:
            memo = (count, compute(pdf))
            pdf.__dict__[MEMO] = memo
        return memo[1]

    pydyf.PDF.page_references = property(remembered)
    try:
        yield
    finally:
        pydyf.PDF.page_references = original
