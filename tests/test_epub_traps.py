"""ebooklib's traps, each pinned: the EPUB stage must keep working around every one of them.

These package the fixture book without laying out the print edition (no page map), except
where a page map is the point; they are quick.
"""

from __future__ import annotations

import dataclasses
import shutil
import zipfile
from pathlib import Path

import pytest
from ebooklib import epub as ebooklib_epub

from booksmith import config
from booksmith.epub.package import Edition, epub_bytes, write_epub
from booksmith.errors import OutputError
from booksmith.html.render import render
from booksmith.model import Book
from booksmith.pdf.pagemap import PageStart
from booksmith.pipeline import BuildResult, load_book
from epub_reading import EPUB_TYPE, NS, Unpacked
from test_epub import FIXTURE_BOOK

pytestmark = pytest.mark.e2e  # every test here builds a real PDF or EPUB


@pytest.fixture(scope="module")
def book(tmp_path_factory: pytest.TempPathFactory) -> Book:
    return load_book(config.load(FIXTURE_BOOK), tmp_path_factory.mktemp("build"), BuildResult())


def _edition(**changes: object) -> Edition:
    edition = Edition(css="p { margin: 0; }", cover_png=_tiny_png(), manuscript=FIXTURE_BOOK)
    return dataclasses.replace(edition, **changes)  # type: ignore[arg-type]


def _tiny_png() -> bytes:
    import io

    from PIL import Image

    out = io.BytesIO()
    Image.new("RGB", (8, 12), "#1d3f8f").save(out, format="PNG")
    return out.getvalue()


def _unpacked(book: Book, tmp_path: Path, edition: Edition | None = None) -> Unpacked:
    target = tmp_path / "book.epub"
    target.write_bytes(epub_bytes(book, edition or _edition()))
    return Unpacked(target)


def test_write_errors_are_not_swallowed(book, tmp_path):
    # ebooklib's own write_epub returns False on an OSError unless told to raise ...
    package = ebooklib_epub.EpubBook()
    package.set_title("x")
    with pytest.warns(UserWarning, match="throwing exceptions"):
        assert ebooklib_epub.write_epub(str(tmp_path / "missing" / "x.epub"), package) is False
    # ... booksmith's raises, naming the place.
    (tmp_path / "a-file").write_text("not a folder")
    with pytest.raises(OutputError):
        write_epub(book, _edition(), tmp_path / "a-file" / "book.epub")


def test_no_automatic_page_list_from_epub_type_elements(book, tmp_path):
    unpacked = _unpacked(book, tmp_path)
    typed = [e for name in unpacked.xhtml_names() for e in unpacked.document(name[5:]).iter() if e.get(EPUB_TYPE)]
    assert len(typed) > 10  # sections, bodies, landmarks: all would be "pages" to ebooklib
    assert unpacked.nav_section("page-list") is None
    assert unpacked.ncx.find("ncx:pageList", NS) is None


def test_the_page_list_comes_from_the_page_map_only(book, tmp_path):
    starts = (PageStart(9, "chapter-02", 0, "chapter1thestands"), PageStart(10, "chapter-02-4", 112, "leaveaplace"))
    unpacked = _unpacked(book, tmp_path, _edition(page_starts=starts))
    assert unpacked.nav_links("page-list") == [("chapter-02.xhtml#page-9", "9"), ("chapter-02.xhtml#page-10", "10")]
    assert [t.get("value") for t in unpacked.ncx.iterfind("ncx:pageList/ncx:pageTarget", NS)] == ["9", "10"]


def test_pages_keep_the_bytes_our_templates_rendered(book, tmp_path):
    unpacked = _unpacked(book, tmp_path)
    context = {"soft_hyphens": True, "mark_languages": True}
    for name in ("titlepage", "colophon"):
        assert unpacked.files[f"EPUB/{name}.xhtml"] == render(f"epub/{name}.xhtml.j2", book, **context).encode()
    for href in unpacked.spine_hrefs():
        page = unpacked.document(href)
        assert page.find("x:body", NS).get(EPUB_TYPE) in ("frontmatter", "bodymatter", "backmatter"), href
        links = page.findall("x:head/x:link", NS)
        assert [link.get("href") for link in links] == ["style/book.css"], href


def test_each_person_has_an_id_of_their_own(book, tmp_path):
    unpacked = _unpacked(book, tmp_path)
    people = [*unpacked.dc("creator"), *unpacked.dc("contributor")]
    ids = [person.get("id") for person in people]
    assert len(people) == 3 and len(set(ids)) == 3 and None not in ids


def test_the_package_has_xml_lang(book, tmp_path):
    unpacked = _unpacked(book, tmp_path)
    assert unpacked.opf.get("{http://www.w3.org/XML/1998/namespace}lang") == "en-GB"


def test_the_cover_page_is_linear_first_and_linked(book, tmp_path):
    unpacked = _unpacked(book, tmp_path)
    first = unpacked.spine()[0]
    assert unpacked.manifest[first.get("idref")].get("href") == "cover.xhtml"
    assert all(ref.get("linear") in (None, "yes") for ref in unpacked.spine())
    assert ("cover.xhtml", "Cover") in unpacked.nav_links("landmarks")
    guide = unpacked.opf.find("opf:guide/opf:reference[@type='cover']", NS)
    assert guide is not None and guide.get("href") == "cover.xhtml"


def test_the_spine_names_an_ncx_that_exists(book, tmp_path):
    unpacked = _unpacked(book, tmp_path)
    toc = unpacked.opf.find("opf:spine", NS).get("toc")
    assert unpacked.manifest[toc].get("media-type") == "application/x-dtbncx+xml"


def test_the_same_book_gives_the_same_bytes(book, tmp_path):
    first, second = epub_bytes(book, _edition()), epub_bytes(book, _edition())
    assert first == second
    target = tmp_path / "book.epub"
    target.write_bytes(first)
    unpacked = Unpacked(target)
    (identifier,) = unpacked.dc("identifier")
    assert identifier.text == config.load(FIXTURE_BOOK).identifier()  # book.toml gives none: derived, not random
    assert identifier.text.startswith("urn:uuid:")
    assert unpacked.meta("dcterms:modified") == ["2020-02-02T00:00:00Z"]
    with zipfile.ZipFile(target) as archive:
        assert {info.date_time for info in archive.infolist()} == {(2020, 2, 2, 0, 0, 0)}


def test_soft_hyphens_follow_the_ebook_setting(book, tmp_path):
    hyphenated = _unpacked(book, tmp_path, _edition(hyphenate=True)).files["EPUB/chapter-02.xhtml"]
    (tmp_path / "plain").mkdir()
    plain = _unpacked(book, tmp_path / "plain", _edition(hyphenate=False)).files["EPUB/chapter-02.xhtml"]
    assert "\u00ad" in hyphenated.decode() and "\u00ad" not in plain.decode()
    assert plain.decode() == hyphenated.decode().replace("\u00ad", "")


def test_without_a_date_source_date_epoch_makes_the_build_reproducible(tmp_path, monkeypatch):
    manuscript = tmp_path / "book"
    shutil.copytree(FIXTURE_BOOK, manuscript)
    toml = manuscript / "book.toml"
    toml.write_text(toml.read_text(encoding="utf-8").replace("date = 2020-02-02\n", ""), encoding="utf-8")
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1530748800")  # 2018-07-05 00:00 UTC
    made = [
        epub_bytes(load_book(config.load(manuscript), tmp_path / f"build-{n}", BuildResult()), _edition())
        for n in (1, 2)
    ]
    assert made[0] == made[1]
    target = tmp_path / "book.epub"
    target.write_bytes(made[0])
    assert Unpacked(target).meta("dcterms:modified") == ["2018-07-05T00:00:00Z"]
