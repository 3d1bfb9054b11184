"""The print edition's page breaks, marked in the ebook's XHTML pages.

Each `PageStart` (see pagemap.py) names an element by id and the letters of its text
that came before the page began. Here that place is found in the EPUB's copy of the
element, moved to a word boundary (a printed page may begin inside a hyphenated word),
checked against the letters the printed page begins with, and marked with

    <span epub:type="pagebreak" role="doc-pagebreak" id="page-7" aria-label="7"/>

A place that cannot be found (the editions' texts differ there) gets no marker rather
than a wrong one.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from lxml import etree

from .pagemap import PageStart
from .scripts import script_of

EPUB_TYPE = "{http://www.idpf.org/2007/ops}type"
XHTML_SPAN = "{http://www.w3.org/1999/xhtml}span"
SOFT_HYPHEN = "\u00ad"
UNSPACED = {"kana", "han", "thai"}
MIN_MATCH = 8  # letters: fewer could match by chance when the place is searched for


@dataclass(frozen=True)
class PageTarget:
    """An entry of the page list: page `label` begins at `file_name#anchor`."""

    label: str
    file_name: str
    anchor: str


def mark_page_breaks(pages: dict[str, str], starts: Sequence[PageStart]) -> tuple[dict[str, str], list[PageTarget]]:
    """`pages` (file name → XHTML) with a marker where each printed page begins, and the page list."""
    trees = {name: etree.fromstring(xhtml.encode("utf-8")).getroottree() for name, xhtml in pages.items()}
    where = {element.get("id"): name for name, tree in trees.items() for element in tree.iter() if element.get("id")}
    targets: list[PageTarget] = []
    changed: set[str] = set()
    for start in starts:
        name = where.get(start.target)
        element = trees[name].xpath("//*[@id=$id]", id=start.target)[0] if name else None
        if name is None or element is None or not _mark(element, start):
            logging.getLogger("booksmith").debug("page %d: no place for its marker in the ebook", start.page)
            continue
        targets.append(PageTarget(str(start.page), name, f"page-{start.page}"))
        changed.add(name)
    marked = {name: _serialise(trees[name]) if name in changed else xhtml for name, xhtml in pages.items()}
    return marked, targets


def _mark(element: etree._Element, start: PageStart) -> bool:
    segments = list(_segments(element))
    text = "".join(owner.text if kind == "text" else owner.tail for owner, kind in segments)
    letter_at = [i for i, char in enumerate(text) if char.isalnum()]
    offset = _verified_offset(text, letter_at, start)
    if offset is None:
        return False
    marker = _marker(start.page)
    if offset == 0:
        element.addprevious(marker)  # the page begins with this block: mark it just before
        return True
    _insert(segments, _word_start(text, letter_at[offset]), marker)
    return True


def _verified_offset(text: str, letter_at: list[int], start: PageStart) -> int | None:
    """The letter offset, checked against the page's first letters; searched for if it is off."""
    letters = _comparable("".join(text[i] for i in letter_at))
    snippet = _comparable(start.snippet)

    def fits(at: int) -> bool:
        rest = letters[at : at + len(snippet)]
        return bool(rest) and snippet.startswith(rest)

    if start.letters < len(letters) and fits(start.letters):
        return start.letters
    if start.letters == 0 and not snippet:
        return 0  # the page begins with an image
    found = [at for at in range(len(letters)) if fits(at) and len(letters) - at >= min(MIN_MATCH, len(snippet))]
    return min(found, key=lambda at: abs(at - start.letters)) if found else None


def _comparable(letters: str) -> str:
    """Letters as both editions show them: print may set capitals, and number chapters its own way."""
    return "".join("0" if char.isdigit() else char for char in letters.casefold())


def _word_start(text: str, at: int) -> int:
    """`at`, moved back over opening punctuation, or on to the next word if it is inside one."""
    while at > 0 and not text[at - 1].isspace() and not text[at - 1].isalnum():
        at -= 1
    if at == 0 or text[at - 1].isspace() or script_of(text[at]) in UNSPACED:
        return at  # Japanese, Chinese and Thai break lines between words without spaces
    while at < len(text) and not text[at].isspace():
        at += 1
    while at < len(text) and text[at].isspace():
        at += 1
    return at


def _segments(element: etree._Element) -> Iterator[tuple[etree._Element, str]]:
    """The text nodes inside `element`, in reading order, as (owner, "text" or "tail")."""
    if isinstance(element.tag, str) and element.text:
        yield element, "text"
    for child in element:
        if isinstance(child.tag, str):
            yield from _segments(child)
        if child.tail:
            yield child, "tail"


def _insert(segments: list[tuple[etree._Element, str]], at: int, marker: etree._Element) -> None:
    position = 0
    for index, (owner, kind) in enumerate(segments):
        value = owner.text if kind == "text" else owner.tail
        if at < position + len(value) or index == len(segments) - 1:
            cut = at - position
            marker.tail = value[cut:]
            if kind == "text":
                owner.text = value[:cut]
                owner.insert(0, marker)
            else:
                owner.tail = value[:cut]
                owner.addnext(marker)
            return
        position += len(value)


def _marker(page: int) -> etree._Element:
    marker = etree.Element(XHTML_SPAN, nsmap=None)
    marker.set(EPUB_TYPE, "pagebreak")
    marker.set("role", "doc-pagebreak")
    marker.set("id", f"page-{page}")
    marker.set("aria-label", str(page))
    return marker


def _serialise(tree: etree._ElementTree) -> str:
    return bytes(etree.tostring(tree, encoding="utf-8", xml_declaration=True)).decode("utf-8")
