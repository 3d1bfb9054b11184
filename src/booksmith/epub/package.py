"""Stage 6b: the typeset book → EPUB 3, with ebooklib.

ebooklib does the packaging (manifest, spine, NCX); every XHTML page, the navigation
document included, comes from our templates. Its known traps are worked around on
purpose, each pinned by a test (tests/test_epub_traps.py):
- `write_epub` swallows write errors unless told to raise: we drive the writer
  ourselves, so nothing is swallowed;
- its automatic page list mistakes every `epub:type` element for a page: off, and the
  page list is ours, from the print layout (pagemap.py, pagebreaks.py);
- its EpubHtml rebuilds our XHTML and drops body attributes and head links, and its
  navigation document has no hidden landmarks: pages hand over their bytes as rendered;
- its generated cover page is non-linear and unlinked (EPUBCheck 5: OPF-096): ours is
  linear, first in the spine, and linked from the landmarks;
- the spine always names an NCX: we always include one (with the page list, for
  older readers);
- `<package>` gets no `xml:lang`: the writer adds it;
- several creators would share one id: each gets its own (epubmeta.py);
- the identifier is random and `dcterms:modified` and the zip's timestamps are the
  build's: all three come from the book, so the same manuscript gives the same bytes.
"""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ebooklib import epub
from lxml import etree

from ..html.render import render
from ..model import Book, PageStart
from ..output import write_bytes_atomic
from .images import COVER_IMAGE, figure_images
from .metadata import Features, describe, print_source
from .pagebreaks import PageTarget, mark_page_breaks

STYLESHEET = "style/book.css"
XHTML = "application/xhtml+xml"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
NCX = "{http://www.daisy.org/z3986/2005/ncx/}"


@dataclass(frozen=True)
class Edition:
    """What the ebook is made of besides the book's text."""

    css: str
    cover_png: bytes
    manuscript: Path  # figure images are read from here
    hyphenate: bool = True
    page_starts: tuple[PageStart, ...] = ()  # where the print edition's pages begin
    print_source: str | None = None
    accessibility_summary: str | None = None


class _Page(epub.EpubHtml):  # type: ignore[misc]
    """An XHTML page whose content is written exactly as our template rendered it."""

    def __init__(self, uid: str, file_name: str, title: str, xhtml: str) -> None:
        super().__init__(uid=uid, file_name=file_name, title=title)
        self.media_type = XHTML  # given, as for every item: ebooklib's guess reads the system's MIME tables (15 ms)
        self.xhtml = xhtml.encode("utf-8")

    def get_content(self, default: bytes | None = None) -> bytes:
        return self.xhtml


class _Nav(epub.EpubNav):  # type: ignore[misc]
    """The navigation document (toc, landmarks, page list), rendered from our template."""

    def __init__(self, xhtml: str) -> None:
        super().__init__(uid="nav", file_name="nav.xhtml", title="Contents")
        self.xhtml = xhtml.encode("utf-8")

    def get_content(self, default: bytes | None = None) -> bytes:
        return self.xhtml


class _Writer(epub.EpubWriter):  # type: ignore[misc]
    """ebooklib's writer with our navigation document, a page list in the NCX and `xml:lang`."""

    def __init__(self, out: io.BytesIO, package: epub.EpubBook, options: dict[str, Any], pages: list[PageTarget]):
        super().__init__(out, package, options)
        self.page_targets = pages

    def _get_nav(self, item: _Nav) -> bytes:
        return item.get_content()

    def _write_opf_file(self, root: etree._Element) -> None:
        root.set(XML_LANG, self.book.language)
        super()._write_opf_file(root)

    def _get_ncx(self) -> bytes:
        root = etree.fromstring(super()._get_ncx(), etree.XMLParser(remove_blank_text=True))
        heads = {meta.get("name"): meta for meta in root.iter(f"{NCX}meta")}
        heads["dtb:depth"].set("content", "1")
        if self.page_targets:
            labels = [int(target.label) for target in self.page_targets]
            heads["dtb:totalPageCount"].set("content", str(len(labels)))
            heads["dtb:maxPageNumber"].set("content", str(max(labels)))
            root.append(_ncx_page_list(self.page_targets))
        return bytes(etree.tostring(root, encoding="utf-8", xml_declaration=True, pretty_print=True))


def epub_bytes(book: Book, edition: Edition) -> bytes:
    package, pages = _package(book, edition)
    buffer = io.BytesIO()
    options = {"epub3_pages": False, "epub3_landmark": False, "raise_exceptions": True, "mtime": _midnight(book)}
    options["compresslevel"] = 0  # stored as it is: _deterministic_zip compresses each file, once
    writer = _Writer(buffer, package, options, pages)
    writer.process()
    writer.write()
    return _deterministic_zip(buffer.getvalue(), book.meta.date)


def write_epub(book: Book, edition: Edition, target: Path) -> None:
    write_bytes_atomic(target, epub_bytes(book, edition))


def _package(book: Book, edition: Edition) -> tuple[epub.EpubBook, list[PageTarget]]:
    book, images = figure_images(book, edition.manuscript)
    package = epub.EpubBook()
    package.add_item(epub.EpubItem(uid="style", file_name=STYLESHEET, media_type="text/css", content=edition.css))
    cover = epub.EpubCover(uid="cover-image", file_name=COVER_IMAGE)
    cover.content = edition.cover_png
    cover.media_type = "image/png"
    package.add_item(cover)
    for image in images:
        package.add_item(image)

    context: dict[str, Any] = {"edition": "epub", "soft_hyphens": edition.hyphenate, "mark_languages": True}
    texts = {f"{c.id}.xhtml": render("epub/chapter.xhtml.j2", book, chapter=c, **context) for c in book.chapters}
    texts["sources.xhtml"] = render("epub/sources.xhtml.j2", book, **context)
    texts, page_list = mark_page_breaks(texts, edition.page_starts)
    front = [
        _Page("cover", "cover.xhtml", "Cover", _cover_xhtml(book)),
        _Page("titlepage", "titlepage.xhtml", book.meta.title, render("epub/titlepage.xhtml.j2", book, **context)),
    ]
    chapters = [
        _Page(chapter.id, f"{chapter.id}.xhtml", chapter.title, texts[f"{chapter.id}.xhtml"])
        for chapter in book.chapters
    ]
    back = [
        _Page("sources", "sources.xhtml", "Sources and credits", texts["sources.xhtml"]),
        _Page("colophon", "colophon.xhtml", "Colophon", render("epub/colophon.xhtml.j2", book, **context)),
    ]
    nav = _Nav(_nav_xhtml(book, chapters, back, page_list))
    for page in [*front, *chapters, *back, nav]:
        package.add_item(page)
    package.add_item(epub.EpubNcx())
    package.toc = [epub.Link(page.file_name, page.title, page.id) for page in [*chapters, *back]]
    package.spine = [*front, nav, *chapters, *back]
    package.guide = [
        {"type": "cover", "href": "cover.xhtml", "title": "Cover"},
        {"type": "title-page", "href": "titlepage.xhtml", "title": "Title page"},
        {"type": "toc", "href": "nav.xhtml", "title": "Contents"},
        {"type": "text", "href": _first_chapter(book), "title": "Start"},
    ]
    package.add_metadata(None, "meta", "", {"name": "cover", "content": cover.id})  # Kindle finds the cover so
    source = print_source(book, edition.print_source)
    describe(package, book, Features(bool(images), bool(page_list), source), edition.accessibility_summary)
    return package, page_list


def _cover_xhtml(book: Book) -> str:
    meta = book.meta
    described = ". ".join(part for part in (meta.title, meta.subtitle) if part)
    return render("epub/cover.xhtml.j2", book, cover_href=COVER_IMAGE, cover_alt=f"Cover: {described}")


def _first_chapter(book: Book) -> str:
    chapter = next((c for c in book.chapters if c.role == "chapter"), book.chapters[0])
    return f"{chapter.id}.xhtml"


def _nav_xhtml(book: Book, chapters: list[_Page], back: list[_Page], page_list: list[PageTarget]) -> str:
    contents = [{"href": page.file_name, "title": page.title} for page in [*chapters, *back]]
    landmarks = [
        {"type": "cover", "href": "cover.xhtml", "title": "Cover"},
        {"type": "titlepage", "href": "titlepage.xhtml", "title": "Title page"},
        {"type": "toc", "href": "nav.xhtml#toc", "title": "Contents"},
        {"type": "bodymatter", "href": _first_chapter(book), "title": "Start of the book"},
        {"type": "backmatter", "href": "sources.xhtml", "title": "Sources and credits"},
    ]
    return render("epub/nav.xhtml.j2", book, contents=contents, landmarks=landmarks, page_list=page_list)


def _ncx_page_list(targets: list[PageTarget]) -> etree._Element:
    page_list = etree.Element(f"{NCX}pageList")
    etree.SubElement(etree.SubElement(page_list, f"{NCX}navLabel"), f"{NCX}text").text = "Pages"
    for target in targets:
        entry = etree.SubElement(page_list, f"{NCX}pageTarget", id=target.anchor, type="normal", value=target.label)
        etree.SubElement(etree.SubElement(entry, f"{NCX}navLabel"), f"{NCX}text").text = target.label
        etree.SubElement(entry, f"{NCX}content", src=f"{target.file_name}#{target.anchor}")
    return page_list


def _midnight(book: Book) -> dt.datetime:
    date = book.meta.date
    return dt.datetime(date.year, date.month, date.day, tzinfo=dt.UTC)


def _deterministic_zip(data: bytes, date: dt.date) -> bytes:
    """Repack with `mimetype` first and stored, fixed timestamps and a fixed order."""
    stamp = (max(date.year, 1980), date.month, date.day, 0, 0, 0)
    source = zipfile.ZipFile(io.BytesIO(data))
    names = sorted(source.namelist(), key=lambda n: (n != "mimetype", n != "META-INF/container.xml", n))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as target:
        for name in names:
            info = zipfile.ZipInfo(name, date_time=stamp)
            info.compress_type = zipfile.ZIP_STORED if name == "mimetype" else zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            info.create_system = 3
            target.writestr(info, source.read(name), compresslevel=9 if name != "mimetype" else None)
    return out.getvalue()
