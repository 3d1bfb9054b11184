"""Reading a built EPUB the way the tests need it: package, navigation, documents, page markers."""

from __future__ import annotations

import zipfile
from pathlib import Path

from lxml import etree

NS = {
    "opf": "http://www.idpf.org/2007/opf",
    "dc": "http://purl.org/dc/elements/1.1/",
    "x": "http://www.w3.org/1999/xhtml",
    "epub": "http://www.idpf.org/2007/ops",
    "ncx": "http://www.daisy.org/z3986/2005/ncx/",
}
EPUB_TYPE = f"{{{NS['epub']}}}type"
FOLDER = "EPUB/"


class Unpacked:
    def __init__(self, path: Path) -> None:
        with zipfile.ZipFile(path) as archive:
            self.infos = archive.infolist()
            self.files = {info.filename: archive.read(info.filename) for info in self.infos}
        self.opf = etree.fromstring(self.files[FOLDER + "content.opf"])
        self.manifest = {item.get("id"): item for item in self.opf.iterfind("opf:manifest/opf:item", NS)}
        self.nav = self.document(self.item_with("nav").get("href"))
        ncx_id = self.opf.find("opf:spine", NS).get("toc")
        self.ncx = etree.fromstring(self.files[FOLDER + self.manifest[ncx_id].get("href")])

    def item_with(self, prop: str) -> etree._Element:
        (item,) = [i for i in self.manifest.values() if prop in (i.get("properties") or "").split()]
        return item

    def document(self, href: str) -> etree._Element:
        return etree.fromstring(self.files[FOLDER + href])

    def spine(self) -> list[etree._Element]:
        return list(self.opf.iterfind("opf:spine/opf:itemref", NS))

    def spine_hrefs(self) -> list[str]:
        return [self.manifest[ref.get("idref")].get("href") for ref in self.spine()]

    def xhtml_names(self) -> list[str]:
        return [name for name in self.files if name.endswith(".xhtml")]

    def meta(self, prop: str) -> list[str]:
        return [m.text or "" for m in self.opf.iterfind(f"opf:metadata/opf:meta[@property='{prop}']", NS)]

    def dc(self, name: str) -> list[etree._Element]:
        return list(self.opf.iterfind(f"opf:metadata/dc:{name}", NS))

    def nav_section(self, kind: str) -> etree._Element | None:
        found = [nav for nav in self.nav.iter(f"{{{NS['x']}}}nav") if nav.get(EPUB_TYPE) == kind]
        return found[0] if found else None

    def nav_links(self, kind: str) -> list[tuple[str, str]]:
        """(href, text) of each link in the navigation document's `kind` nav (toc, landmarks, page-list)."""
        nav = self.nav_section(kind)
        if nav is None:
            return []
        return [(a.get("href"), "".join(a.itertext()).strip()) for a in nav.iter(f"{{{NS['x']}}}a")]

    def page_markers(self) -> list[tuple[str, etree._Element]]:
        return [
            (href, span)
            for href in self.spine_hrefs()
            for span in self.document(href).iter(f"{{{NS['x']}}}span")
            if span.get(EPUB_TYPE) == "pagebreak"
        ]

    def text_after_markers(self) -> dict[int, str]:
        """For each page marker, the text that follows it in its document, up to the next marker."""
        following: dict[int, str] = {}
        for href in self.spine_hrefs():
            current: int | None = None
            for kind, value in _stream(self.document(href).find("x:body", NS)):
                if kind == "marker":
                    current = int(value)
                    following[current] = ""
                elif current is not None:
                    following[current] += value
        return following


def _stream(element: etree._Element):  # type: ignore[no-untyped-def]
    """("marker", page) and ("text", text) in document order."""
    if element.get(EPUB_TYPE) == "pagebreak":
        yield "marker", element.get("aria-label")
    if element.text:
        yield "text", element.text
    for child in element:
        if isinstance(child.tag, str):
            yield from _stream(child)
        if child.tail:
            yield "text", child.tail
