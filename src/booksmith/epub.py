"""Stage 6b: the typeset book → EPUB 3, with ebooklib.

ebooklib does the packaging (manifest, spine, navigation document, NCX); the
XHTML of each page comes from our templates untouched. Its known traps are
worked around on purpose, each pinned by a test:
- `write_epub` swallows errors unless told to raise;
- its automatic page list mistakes every `epub:type` element for a page: off;
- its EpubHtml rebuilds our XHTML and drops body attributes and head links:
  pages here hand over their bytes as rendered;
- several creators would share one id: each gets its own;
- `dcterms:modified` and zip timestamps are the build's: both come from the
  book's date, so the same manuscript gives a byte-identical file.
"""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from pathlib import Path

from ebooklib import epub

from .html import environment, render
from .model import Book, Chapter
from .output import write_bytes_atomic

STYLESHEET = "style/book.css"


class _Page(epub.EpubHtml):  # type: ignore[misc]
    """An XHTML page whose content is written exactly as our template rendered it."""

    def __init__(self, uid: str, file_name: str, title: str, xhtml: str) -> None:
        super().__init__(uid=uid, file_name=file_name, title=title)
        self.xhtml = xhtml.encode("utf-8")

    def get_content(self, default: bytes | None = None) -> bytes:
        return self.xhtml


def epub_bytes(book: Book, css: str, *, hyphenate: bool) -> bytes:
    package = _package(book, css, hyphenate)
    buffer = io.BytesIO()
    options = {"epub3_pages": False, "raise_exceptions": True, "mtime": _midnight(book.meta.date)}
    epub.write_epub(buffer, package, options)
    return _deterministic_zip(buffer.getvalue(), book.meta.date)


def write_epub(book: Book, target: Path, css: str, *, hyphenate: bool) -> None:
    write_bytes_atomic(target, epub_bytes(book, css, hyphenate=hyphenate))


def _package(book: Book, css: str, hyphenate: bool) -> epub.EpubBook:
    meta = book.meta
    package = epub.EpubBook()
    package.set_identifier(meta.identifier)
    package.set_title(meta.title)
    package.set_language(meta.language)
    for index, person in enumerate(meta.contributors):
        package.add_author(person.name, role=_MARC_ROLES.get(person.role, "edt"), uid=f"creator-{index + 1}")
    for name, value in (
        ("publisher", meta.publisher),
        ("rights", meta.rights),
        ("description", meta.description),
        ("date", meta.date.isoformat()),
    ):
        if value:
            package.add_metadata("DC", name, value)

    style = epub.EpubItem(uid="style", file_name=STYLESHEET, media_type="text/css", content=css.encode("utf-8"))
    package.add_item(style)
    context = {"soft_hyphens": hyphenate}
    pages = [_Page("titlepage", "titlepage.xhtml", meta.title, render("epub/titlepage.xhtml.j2", book, **context))]
    chapter_pages = [
        _Page(chapter.id, f"{chapter.id}.xhtml", chapter.title, _chapter_xhtml(book, chapter, number, context))
        for number, chapter in enumerate(book.chapters, start=1)
    ]
    pages += chapter_pages
    sources = _Page("sources", "sources.xhtml", "Sources and credits", render("epub/sources.xhtml.j2", book, **context))
    colophon = _Page("colophon", "colophon.xhtml", "Colophon", render("epub/colophon.xhtml.j2", book, **context))
    pages += [sources, colophon]
    for page in pages:
        package.add_item(page)

    package.toc = [epub.Link(page.file_name, page.title, page.id) for page in [*chapter_pages, sources, colophon]]
    nav = epub.EpubNav(title="Contents")
    nav.add_link(href=STYLESHEET, rel="stylesheet", type="text/css")
    package.add_item(nav)
    package.add_item(epub.EpubNcx())
    package.spine = [pages[0], nav, *pages[1:]]
    package.guide = [
        {"type": "toc", "href": "nav.xhtml", "title": "Contents"},
        {"type": "text", "href": chapter_pages[0].file_name, "title": chapter_pages[0].title},
    ]
    return package


def _chapter_xhtml(book: Book, chapter: Chapter, number: int, context: dict[str, bool]) -> str:
    return render("epub/chapter.xhtml.j2", book, chapter=chapter, number=number, **context)


_MARC_ROLES = {
    "editor": "edt",
    "author": "aut",
    "compiler": "com",
    "translator": "trl",
    "photographer": "pht",
    "designer": "dsr",
}


def _midnight(date: dt.date) -> dt.datetime:
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


def ebook_css(paths: list[Path]) -> str:
    return "\n".join(path.read_text(encoding="utf-8") for path in paths)


__all__ = ["ebook_css", "environment", "epub_bytes", "write_epub"]
