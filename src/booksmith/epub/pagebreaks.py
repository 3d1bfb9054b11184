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
import re
from bisect import bisect_right
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from itertools import accumulate, islice

from lxml import etree

from ..model import PageStart
from ..typeset.scripts import script_of

EPUB_TYPE = "{http://www.idpf.org/2007/ops}type"
XHTML_SPAN = "{http://www.w3.org/1999/xhtml}span"
SOFT_HYPHEN = "\u00ad"
UNSPACED = {"kana", "han", "thai"}
MIN_MATCH = 8  # letters: fewer could match by chance when the place is searched for
_LETTER = re.compile(r"[^\W_]")  # what str.isalnum() accepts: a letter or a digit of any script


@dataclass(frozen=True)
class PageTarget:
    """An entry of the page list: page `label` begins at `file_name#anchor`."""

    label: str
    file_name: str
    anchor: str


def mark_page_breaks(pages: dict[str, str], starts: Sequence[PageStart]) -> tuple[dict[str, str], list[PageTarget]]:
    """`pages` (file name → XHTML) with a marker where each printed page begins, and the page list."""
    trees = {name: etree.fromstring(xhtml.encode("utf-8")).getroottree() for name, xhtml in pages.items()}
    where = _elements_by_id(trees)
    targets: list[PageTarget] = []
    changed: set[str] = set()
    place: _Place | None = None
    for start in starts:
        name, element = where.get(start.target, (None, None))
        if name is None or element is None:
            _no_place(start)
            continue
        # Pages that begin in the same element one after another (the sources page of a long book is
        # one element over dozens of pages) share its text, so each page costs its own letters only.
        if place is None or place.element is not element:
            place = _Place(element)
        if not place.mark(start):
            _no_place(start)
            continue
        targets.append(PageTarget(str(start.page), name, f"page-{start.page}"))
        changed.add(name)
    marked = {name: _serialise(trees[name]) if name in changed else xhtml for name, xhtml in pages.items()}
    return marked, targets


def _no_place(start: PageStart) -> None:
    logging.getLogger("booksmith").debug("page %d: no place for its marker in the ebook", start.page)


def _elements_by_id(trees: dict[str, etree._ElementTree]) -> dict[str, tuple[str, etree._Element]]:
    """Each id's page and element, found once (not searched for again at every page)."""
    where: dict[str, tuple[str, etree._Element]] = {}
    for name, tree in trees.items():
        first: dict[str, etree._Element] = {}
        for element in tree.iter():
            element_id = element.get("id")
            if element_id:
                first.setdefault(element_id, element)  # the first in its page, if an id repeats
        where.update((element_id, (name, element)) for element_id, element in first.items())
    return where


class _Place:
    """An element's text, and its text nodes as markers are put in it.

    A marker adds no text: it splits a text node in two. The nodes are kept as the walk in
    `_segments` would find them again (empty ones dropped), so they need not be walked again.
    """

    def __init__(self, element: etree._Element) -> None:
        self.element = element
        self.segments = list(_segments(element))
        self.text = "".join(_value(owner, kind) for owner, kind in self.segments)
        self.letters = _Letters(self.text)

    def mark(self, start: PageStart) -> bool:
        offset = _verified_offset(self.letters, start)
        if offset is None or offset > max(len(self.letters.at) - 1, 0):  # past the end: ß counted as ss
            return False
        marker = _marker(start.page)
        if offset == 0 and not self.segments:
            self.element.addprevious(marker)  # a block without text (a lone image): mark it just before
        elif offset == 0:
            # The page begins with this block: mark it inside, before its first word. A marker between two
            # blocks would change which CSS rules apply to the second (`figure + p` sets no indent).
            self._insert(len(self.text) - len(self.text.lstrip()), marker)
        else:
            self._insert(_word_start(self.text, self.letters.at[offset]), marker)
        return True

    def _insert(self, at: int, marker: etree._Element) -> None:
        """Put `marker` at character `at` of the text: in the text node that holds it, or after the last."""
        ends = list(accumulate(len(_value(owner, kind)) for owner, kind in self.segments))
        index = min(bisect_right(ends, at), len(self.segments) - 1)
        owner, kind = self.segments[index]
        value = _value(owner, kind)
        cut = at - (ends[index] - len(value))
        marker.tail = value[cut:]
        if kind == "text":
            owner.text = value[:cut]
            owner.insert(0, marker)
        else:
            owner.tail = value[:cut]
            owner.addnext(marker)
        pieces = [(owner, kind)] if cut else []
        self.segments[index : index + 1] = pieces + ([(marker, "tail")] if marker.tail else [])


def _value(owner: etree._Element, kind: str) -> str:
    return (owner.text if kind == "text" else owner.tail) or ""


class _Letters:
    """The letters of a text (letters and digits of any script), found only as far as they are needed."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.at: list[int] = []  # where the letters found so far are in the text
        self.comparable = ""  # those letters, as _comparable makes them
        self._rest: Iterator[re.Match[str]] | None = _LETTER.finditer(text)

    def find(self, count: int | None = None) -> None:
        """Find the first `count` letters (None: all of them), if they have not been found yet."""
        if self._rest is None or (count is not None and len(self.at) >= count):
            return
        wanted = None if count is None else count - len(self.at)
        found = [match.start() for match in islice(self._rest, wanted)]
        if wanted is None or len(found) < wanted:
            self._rest = None  # the text's end
        self.at += found
        self.comparable += _comparable("".join(self.text[i] for i in found))


def _verified_offset(letters: _Letters, start: PageStart) -> int | None:
    """The letter offset, checked against the page's first letters, or searched for if it is off."""
    snippet = _comparable(start.snippet)
    # Usually the offset is right: only the letters up to the end of the snippet are looked at, so
    # a page that begins with a whole chapter costs as little as one that begins with a paragraph.
    letters.find(start.letters + len(snippet))
    if start.letters < len(letters.comparable) and _fits(letters.comparable, start.letters, snippet):
        return start.letters
    if start.letters == 0 and not snippet:
        return 0  # the page begins with an image
    letters.find()
    found = _matches(letters.comparable, snippet)
    return min(found, key=lambda at: abs(at - start.letters)) if found else None


def _fits(letters: str, at: int, snippet: str) -> bool:
    rest = letters[at : at + len(snippet)]
    return bool(rest) and snippet.startswith(rest)


def _matches(letters: str, snippet: str) -> list[int]:
    """Every place where `snippet` is, in order; and near the end, where as much of it as is left is
    (at least MIN_MATCH letters of it, or all): the print page may run on into the next element."""
    if not snippet:
        return []
    found = []
    at = letters.find(snippet)
    while at != -1:
        found.append(at)
        at = letters.find(snippet, at + 1)
    cut_off = range(max(len(letters) - len(snippet) + 1, 0), len(letters) - min(MIN_MATCH, len(snippet)) + 1)
    return found + [at for at in cut_off if _fits(letters, at, snippet)]


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


def _marker(page: int) -> etree._Element:
    marker = etree.Element(XHTML_SPAN, nsmap=None)
    marker.set(EPUB_TYPE, "pagebreak")
    marker.set("role", "doc-pagebreak")
    marker.set("id", f"page-{page}")
    marker.set("aria-label", str(page))
    return marker


def _serialise(tree: etree._ElementTree) -> str:
    return bytes(etree.tostring(tree, encoding="utf-8", xml_declaration=True)).decode("utf-8")
