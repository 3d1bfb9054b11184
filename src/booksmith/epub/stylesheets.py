"""What a stylesheet refers to: the check that keeps the EPUB's stylesheet self-contained.

The print layout fetches through pdf's restricted fetcher, which refuses anything
outside the book, but only what the layout uses (a rule for `@media screen` or for a
class nothing has is never fetched). The EPUB's stylesheet is copied into the book as
written, and a reading system would load whatever it names. So every URL in it must be
a `data:` URL or a file inside the EPUB. tinycss2 (WeasyPrint's CSS parser) reads the
tokens, so comments and escapes (`u\\72l(…)`) cannot hide a URL.
"""

from __future__ import annotations

import posixpath
import re
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from ..errors import RenderError

URL_FUNCTIONS = {"url", "src", "image", "image-set", "-webkit-image-set", "cross-fade"}  # take URLs as strings


def references(css: str) -> Iterator[tuple[int, str]]:
    """(line, URL) for every URL the stylesheet names: url(), @import, image-set() strings."""
    import tinycss2

    yield from _walk(tinycss2.parse_stylesheet(css, skip_comments=True, skip_whitespace=True))


def _walk(tokens: Iterable[Any]) -> Iterator[tuple[int, str]]:
    for token in tokens:
        kind = token.type
        if kind == "url":
            yield token.source_line, token.value
        elif kind == "function":
            if token.lower_name in URL_FUNCTIONS:
                yield from ((t.source_line, t.value) for t in token.arguments if t.type == "string")
            yield from _walk(token.arguments)
        elif kind in ("() block", "[] block", "{} block"):
            yield from _walk(token.content)
        elif kind == "at-rule":
            if token.lower_at_keyword == "namespace":  # a name, never fetched
                continue
            if token.lower_at_keyword == "import":
                yield from ((t.source_line, t.value) for t in token.prelude if t.type == "string")
            yield from _walk([*token.prelude, *(token.content or ())])
        elif kind == "qualified-rule":
            yield from _walk([*token.prelude, *token.content])


SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.\-]*:")
INSIDE = "EPUB/style"  # where the stylesheet lives in the EPUB; a relative URL is read from there
# What a `data:` URL in the EPUB's stylesheet may hold: pictures and fonts. Not CSS (a `data:text/css`
# import can import from the network in turn) and not SVG (a drawing can refer to other files).
DATA_TYPES = re.compile(
    r"^data:(image/(png|jpeg|gif|webp)|font/[a-z0-9.+-]+|application/(font-woff2?|x-font-(ttf|otf)|vnd\.ms-opentype))[;,]",
    re.IGNORECASE,
)


def stays_in_the_epub(url: str) -> bool:
    """A fragment, a data: URL or a relative path that does not climb out of the package."""
    if url.startswith(("data:", "#")):
        return True
    if SCHEME.match(url) or url.startswith(("/", "\\")):
        return False
    return not posixpath.normpath(posixpath.join(INSIDE, url)).startswith("..")


def the_stylesheet_may_load(url: str) -> bool:
    """A fragment, or a picture or font written into the stylesheet itself. The EPUB carries its
    stylesheet alone, so a relative URL would name a file that is not in the package."""
    return url.startswith("#") or bool(DATA_TYPES.match(url.strip()))


def check_ebook_stylesheets(stylesheets: dict[Path, str]) -> None:
    """Refuse a stylesheet (path → its text) that names a resource outside the EPUB."""
    for path, css in stylesheets.items():
        for line, url in references(css):
            if not the_stylesheet_may_load(url):
                shown = url if len(url) <= 60 else url[:57] + "..."
                message = f"the ebook's stylesheet may not load '{shown}': an EPUB holds only its own files"
                raise RenderError(message, path, line, hint="use a data: URL of a picture or a font, or leave it out")
