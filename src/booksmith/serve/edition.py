"""What the preview shows: the last good build's PDF and EPUB, read from the output folder.

An `Edition` holds the two files' bytes, read once when a build succeeds (or at start, from an
earlier build): a rebuild that replaces them, or fails half way, never changes what an open page
is looking at. Pages are drawn by PDFium (pypdfium2, already the EPUB cover's rasteriser) when the
browser asks for them, one at a time, and kept; the EPUB is served from its own zip, member by member,
so the e-reader view reads exactly the package a reading system would.
"""

from __future__ import annotations

import ctypes
import io
import mimetypes
import posixpath
import threading
import zipfile
from collections import OrderedDict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from lxml import etree

from ..manuscript.sources import read_regular

PDF_NAME, EPUB_NAME = "booklet.pdf", "booklet.epub"
MAX_BOOK_BYTES = 512 * 1024 * 1024  # far past any booklet: a bound, not a limit anyone meets
PAGE_SCALE = 1.5  # 108 dpi: an A5 page 890 pixels high, sharp on a laptop's screen at a readable size
KEPT_PAGES = 400  # drawn pages kept in memory (about 50 kB each)
_OPF = "{http://www.idpf.org/2007/opf}"
_XHTML = "{http://www.w3.org/1999/xhtml}"
_CONTAINER = "{urn:oasis:names:tc:opendocument:xmlns:container}"
_TYPES = {".xhtml": "application/xhtml+xml", ".css": "text/css", ".ncx": "application/x-dtbncx+xml",
          ".opf": "application/oebps-package+xml", ".otf": "font/otf", ".ttf": "font/ttf", ".woff2": "font/woff2",
          ".svg": "image/svg+xml"}  # fmt: skip


@dataclass(frozen=True)
class Chapter:
    """A bookmark of the PDF: where a chapter (or the sources page) begins."""

    title: str
    page: int  # 1-based


@dataclass(frozen=True)
class Document:
    """One document of the EPUB's reading order."""

    title: str
    href: str  # inside the zip, e.g. EPUB/chapter-01.xhtml


@dataclass
class Edition:
    generation: int
    title: str
    pdf: bytes | None
    epub: bytes | None
    labels: tuple[str, ...] = ()  # each page's printed number, as the PDF's page labels say
    page_size: tuple[float, float] = (420.0, 595.0)  # points
    chapters: tuple[Chapter, ...] = ()
    documents: tuple[Document, ...] = ()
    _drawn: OrderedDict[tuple[int, float], bytes] = field(default_factory=OrderedDict, repr=False)
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)  # PDFium is not thread-safe
    _pdf_document: Any = field(default=None, repr=False)
    _package: zipfile.ZipFile | None = field(default=None, repr=False)  # the EPUB, its directory read once

    @property
    def pages(self) -> int:
        return len(self.labels)

    def page_png(self, number: int, scale: float = PAGE_SCALE) -> bytes | None:
        """Page `number` (1-based) as a PNG, or None when the PDF has no such page."""
        if self.pdf is None or not 1 <= number <= self.pages:
            return None
        with self._lock:
            key = (number, scale)
            if key in self._drawn:
                self._drawn.move_to_end(key)
                return self._drawn[key]
            page = self._opened()[number - 1]
            try:
                image = page.render(scale=scale).to_pil()
            finally:
                page.close()
            out = io.BytesIO()
            image.save(out, format="PNG", compress_level=1)  # fast: it goes over loopback
            self._drawn[key] = out.getvalue()
            while len(self._drawn) > KEPT_PAGES:
                self._drawn.popitem(last=False)
            return self._drawn[key]

    def epub_member(self, name: str) -> tuple[bytes, str] | None:
        """A file of the EPUB package and its media type, or None when the package has no such member."""
        if self.epub is None:
            return None
        with self._lock:  # a ZipFile reads through one shared file position
            if self._package is None:
                self._package = zipfile.ZipFile(io.BytesIO(self.epub))
            if name.endswith("/"):
                return None  # a folder of the package
            try:
                data = self._package.read(name)
            except KeyError:
                return None
        suffix = posixpath.splitext(name)[1].lower()
        return data, _TYPES.get(suffix) or mimetypes.guess_type(name)[0] or "application/octet-stream"

    def close(self) -> None:
        with self._lock:
            if self._pdf_document is not None:
                self._pdf_document.close()
                self._pdf_document = None
            if self._package is not None:
                self._package.close()
                self._package = None

    def _opened(self) -> Any:
        if self._pdf_document is None:
            import pypdfium2

            self._pdf_document = pypdfium2.PdfDocument(self.pdf)
        return self._pdf_document

    def summary(self) -> dict[str, Any]:
        """What the page needs to lay the preview out (`/state.json`)."""
        return {
            "generation": self.generation,
            "title": self.title,
            "pages": [{"number": n, "label": label} for n, label in enumerate(self.labels, start=1)],
            "page_size": list(self.page_size),
            "chapters": [{"title": c.title, "page": c.page} for c in self.chapters],
            "documents": [{"title": d.title, "href": d.href} for d in self.documents],
        }


def read_edition(out: Path, generation: int) -> Edition | None:
    """The outputs in `out` as the preview shows them, or None when there are none yet. A file that is
    there but unreadable counts as absent: the preview shows what it can."""
    pdf = _read(out / PDF_NAME)
    epub = _read(out / EPUB_NAME)
    if pdf is None and epub is None:
        return None
    edition = Edition(generation, "", pdf, epub)
    if pdf is not None:
        _read_pdf(edition)
    if epub is not None:
        _read_epub(edition)
    return edition


def _read(path: Path) -> bytes | None:
    try:
        return read_regular(path, MAX_BOOK_BYTES, follow_links=False)
    except Exception:  # absent, a folder, a link, unreadable: nothing to show from it
        return None


def _read_pdf(edition: Edition) -> None:
    import pypdfium2
    import pypdfium2.raw as pdfium

    with edition._lock:
        try:
            document = edition._opened()
            edition.labels = tuple(_label(pdfium, document, i) for i in range(len(document)))
            if len(document):
                width, height = document.get_page_size(0)
                edition.page_size = (float(width), float(height))
            chapters = []
            for bookmark in document.get_toc():
                destination = bookmark.get_dest()
                if destination is not None and bookmark.level == 0:
                    chapters.append(Chapter(bookmark.get_title(), destination.get_index() + 1))
            edition.chapters = tuple(chapters)
            edition.title = edition.title or (document.get_metadata_value("Title") or "")
        except pypdfium2.PdfiumError:
            edition.pdf, edition.labels = None, ()


def _label(pdfium: Any, document: Any, index: int) -> str:
    size = pdfium.FPDF_GetPageLabel(document.raw, index, None, 0)
    if size <= 2:
        return str(index + 1)
    buffer = ctypes.create_string_buffer(size)
    pdfium.FPDF_GetPageLabel(document.raw, index, buffer, size)
    return buffer.raw[: size - 2].decode("utf-16-le") or str(index + 1)


def _read_epub(edition: Edition) -> None:
    """The reading order from the package document's spine, each document titled as the contents name it."""
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)
    try:
        with zipfile.ZipFile(io.BytesIO(edition.epub or b"")) as package:
            container = etree.fromstring(package.read("META-INF/container.xml"), parser)
            opf_path = container.find(f".//{_CONTAINER}rootfile").get("full-path")
            opf = etree.fromstring(package.read(opf_path), parser)
            base = posixpath.dirname(opf_path)
            items = {item.get("id"): item for item in opf.iter(f"{_OPF}item")}
            nav = next((i for i in items.values() if "nav" in (i.get("properties") or "").split()), None)
            titles = _contents_titles(package, posixpath.join(base, nav.get("href")), parser) if nav is not None else {}
            documents = []
            for ref in opf.iter(f"{_OPF}itemref"):
                item = items.get(ref.get("idref"))
                if item is None:
                    continue
                href = posixpath.normpath(posixpath.join(base, item.get("href")))
                documents.append(Document(titles.get(href) or _own_title(package, href, parser), href))
            edition.documents = tuple(documents)
            title = opf.find(".//{http://purl.org/dc/elements/1.1/}title")
            if title is not None and title.text:
                edition.title = title.text
    except (KeyError, AttributeError, TypeError, zipfile.BadZipFile, etree.XMLSyntaxError):
        edition.documents = ()


def _contents_titles(package: zipfile.ZipFile, nav_path: str, parser: Any) -> dict[str, str]:
    nav = etree.fromstring(package.read(nav_path), parser)
    base = posixpath.dirname(nav_path)
    titles: dict[str, str] = {}
    for link in nav.iter(f"{_XHTML}a"):
        href = (link.get("href") or "").split("#")[0]
        if href:
            titles.setdefault(posixpath.normpath(posixpath.join(base, href)), "".join(link.itertext()).strip())
    return titles


def _own_title(package: zipfile.ZipFile, href: str, parser: Any) -> str:
    try:
        title = etree.fromstring(package.read(href), parser).find(f".//{_XHTML}title")
    except (KeyError, etree.XMLSyntaxError):
        return posixpath.basename(href)
    return "".join(title.itertext()).strip() if title is not None else posixpath.basename(href)
