"""A workaround for a slow step in WeasyPrint 70's font subsetting.

For each font it embeds, WeasyPrint hands HarfBuzz its glyph numbers in arrays it asks cffi
for as `hb_codepoint_t[N]`, N being that font's count (weasyprint/pdf/fonts.py). cffi parses
each declaration it has not seen, with pycparser and every type WeasyPrint declared: 5 ms a
parse, and almost every array has a new N. A one-pass book pays for some twenty, a book laid
out in parts for a few each part (a fifth of the writes at 108 pages). While booksmith writes,
an array whose items come with it is asked for as `hb_codepoint_t[]`, declared once: cffi
makes the same array, of as many items, so the bytes written are the same.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

_SIZED = re.compile(r"([A-Za-z_]\w*)\[(\d+)\]\Z")  # `hb_codepoint_t[19]`


@contextmanager
def glyph_arrays_declared_once() -> Iterator[None]:
    """WeasyPrint's cffi `new` asked for `T[]` instead of `T[N]` when it passes N items, while the block runs."""
    from weasyprint.text.ffi import ffi

    if "new" in vars(ffi):  # inside such a block already
        yield
        return
    new = ffi.new

    def declared_once(cdecl: Any, init: Any = None) -> Any:
        if isinstance(cdecl, str) and isinstance(init, (list, tuple)):
            sized = _SIZED.match(cdecl)
            if sized and int(sized[2]) == len(init):
                cdecl = f"{sized[1]}[]"
        return new(cdecl, init)

    ffi.new = declared_once
    try:
        yield
    finally:
        del ffi.new
