"""The ebook edition end to end: the seed booklet and a fixture book with a Markdown foreword,
a photo file and Japanese and Thai passages, judged by EPUBCheck, pdftotext and Calibre."""

from __future__ import annotations

import io
import logging
import re
import subprocess
import zipfile
from pathlib import Path

import pytest
from lxml import etree
from PIL import Image

from booksmith import config
from booksmith.pipeline import BuildOptions, build
from epub_reading import EPUB_TYPE, NS, Unpacked
from support import FIXTURES, epubcheck, letters, run, tool, xhtml_text

pytestmark = pytest.mark.e2e  # every test here builds a real PDF or EPUB

FIXTURE_BOOK = FIXTURES / "books" / "ebook_edition"
FOLDER = "EPUB/"


class Built:
    def __init__(self, manuscript: Path, work: Path, formats: tuple[str, ...] = ("pdf", "epub")) -> None:
        self.result = build(BuildOptions(manuscript, work / "dist", work / "build", formats))
        self.pdf = work / "dist" / "booklet.pdf"
        self.epub = work / "dist" / "booklet.epub"
        self.build_dir = work / "build"


@pytest.fixture(scope="module")
def fixture_book(tmp_path_factory: pytest.TempPathFactory) -> Built:
    logging.getLogger("booksmith").setLevel(logging.WARNING)
    return Built(FIXTURE_BOOK, tmp_path_factory.mktemp("ebook-edition"))


@pytest.fixture(params=["seed", "fixture"])
def any_book(request: pytest.FixtureRequest, seed_build, fixture_book) -> tuple[Path, Path, Path]:
    """(manuscript, pdf, epub) of the seed booklet and of the fixture book."""
    from support import SEED_MANUSCRIPT

    if request.param == "seed":
        return SEED_MANUSCRIPT, seed_build.pdf, seed_build.epub
    return FIXTURE_BOOK, fixture_book.pdf, fixture_book.epub


def test_fixture_book_passes_epubcheck_without_errors_or_warnings(fixture_book):
    result = epubcheck(fixture_book.epub)
    assert "Messages: 0 fatals / 0 errors / 0 warnings" in result.stdout, result.stdout + result.stderr


def test_the_navigation_lists_every_chapter_and_the_back_matter(any_book):
    manuscript, _, epub = any_book
    titles = [c.title for c in config.load(manuscript).config.chapters]
    book = Unpacked(epub)
    toc = book.nav_links("toc")
    assert [text for _, text in toc] == [*titles, "Sources and credits", "Colophon"]
    assert all(href in book.spine_hrefs() for href, _ in toc)
    ncx_labels = [t.text for t in book.ncx.iterfind("ncx:navMap/ncx:navPoint/ncx:navLabel/ncx:text", NS)]
    assert ncx_labels == [text for _, text in toc]


def test_landmarks_name_the_cover_contents_and_start(any_book):
    book = Unpacked(any_book[2])
    landmarks = {a.get(EPUB_TYPE): a.get("href") for a in book.nav_section("landmarks").iter(f"{{{NS['x']}}}a")}
    assert landmarks["cover"] == "cover.xhtml"
    assert landmarks["toc"] == "nav.xhtml#toc"
    assert landmarks["bodymatter"] in book.spine_hrefs()
    assert book.nav_section("landmarks").get("hidden") == "hidden"


def test_the_cover_is_the_print_cover_as_an_image(fixture_book):
    book = Unpacked(fixture_book.epub)
    item = book.item_with("cover-image")
    image = Image.open(io.BytesIO(book.files[FOLDER + item.get("href")]))
    assert (image.format, image.size) == ("PNG", (1480, 2100))  # A5 at 10 px/mm
    colours = image.convert("RGB")
    assert colours.getpixel((5, 5)) == (0x1D, 0x3F, 0x8F)  # the team blue of print.css
    assert colours.getpixel((140 + 200, 600 + 10)) == (255, 255, 255)  # the white rule above the title
    cover_page = book.document("cover.xhtml")
    img = cover_page.find(".//x:img", NS)
    assert img.get("src") == item.get("href") and "Tidy Stands" in img.get("alt")
    assert [m.get("content") for m in book.opf.iterfind("opf:metadata/opf:meta[@name='cover']", NS)] == [item.get("id")]


def test_every_image_has_a_text_alternative_and_every_page_declares_utf8(any_book):
    book = Unpacked(any_book[2])
    for name in book.xhtml_names():
        raw = book.files[name]
        assert raw.startswith(b"<?xml version") and b"encoding='utf-8'" in raw[:60].replace(b'"', b"'"), name
        assert b'<meta charset="utf-8"' in raw, name
        for img in etree.fromstring(raw).iter(f"{{{NS['x']}}}img"):
            assert (img.get("alt") or "").strip(), f"{name}: {etree.tostring(img)!r}"


def test_the_photo_file_is_in_the_epub(fixture_book):
    book = Unpacked(fixture_book.epub)
    chapter = book.document("chapter-02.xhtml")
    (img,) = chapter.iter(f"{{{NS['x']}}}img")
    assert img.get("alt") == "Blue bags"
    stored = book.files[FOLDER + img.get("src")]
    assert stored == (FIXTURE_BOOK / "images" / "blue-bags.png").read_bytes()
    assert any(i.get("href") == img.get("src") and i.get("media-type") == "image/png" for i in book.manifest.values())


def test_passages_in_other_scripts_carry_their_language(fixture_book):
    book = Unpacked(fixture_book.epub)
    foreword = book.document("chapter-01.xhtml")
    spans = {
        "".join(span.itertext()): span.get("{http://www.w3.org/XML/1998/namespace}lang")
        for span in foreword.iter(f"{{{NS['x']}}}span")
        if span.get("lang")
    }
    assert spans == {"「ありがとう、ロシア」": "ja", "ขอบคุณมาก": "th"}
    assert foreword.get("lang") == "en-GB"
    assert foreword.find("x:body", NS).get(EPUB_TYPE) == "frontmatter"  # a foreword is front matter


def test_package_language_metadata_and_people(fixture_book):
    book = Unpacked(fixture_book.epub)
    assert book.opf.get("{http://www.w3.org/XML/1998/namespace}lang") == "en-GB"
    assert [e.text for e in book.dc("language")] == ["en-GB"]
    assert [e.text for e in book.dc("title")] == ["Tidy Stands", "A fixture book for the ebook edition"]
    roles = {
        person.text: book.opf.find(f"opf:metadata/opf:meta[@refines='#{person.get('id')}'][@property='role']", NS)
        for person in [*book.dc("creator"), *book.dc("contributor")]
    }
    assert {name: role.text for name, role in roles.items()} == {
        "Ada Fixture": "edt",
        "Ken Lens": "pht",
        "Tomo Words": "trl",
    }
    assert all(role.get("scheme") == "marc:relators" for role in roles.values())
    assert [e.text for e in book.dc("contributor")] == ["Ken Lens", "Tomo Words"]
    assert [e.text for e in book.dc("date")] == ["2020-02-02"]
    assert book.meta("dcterms:modified") == ["2020-02-02T00:00:00Z"]


def test_accessibility_metadata_states_what_the_book_has(any_book):
    book = Unpacked(any_book[2])
    features = set(book.meta("schema:accessibilityFeature"))
    assert {"structuralNavigation", "tableOfContents", "readingOrder", "pageNavigation"} <= features
    assert book.meta("schema:accessibilityHazard") == ["none"]
    assert "textual" in book.meta("schema:accessMode")
    assert book.meta("schema:accessModeSufficient") == ["textual"]
    assert book.meta("schema:accessibilitySummary")[0].strip()
    assert book.meta("dcterms:conformsTo") == []  # no conformance is claimed without an evaluation
    (source,) = book.dc("source")
    assert book.meta("pageBreakSource") == [source.text]
    has_photos = any(book.document(h).find(".//x:img", NS) is not None for h in book.spine_hrefs()[1:])
    assert ("alternativeText" in features) == has_photos
    assert ("visual" in book.meta("schema:accessMode")) == has_photos


def test_every_page_marker_is_in_the_page_list_and_on_that_page_of_the_pdf(any_book):
    _, pdf, epub = any_book
    book = Unpacked(epub)
    markers = book.page_markers()
    assert len(markers) >= 3
    listed = book.nav_links("page-list")
    assert listed == [(f"{href}#{span.get('id')}", span.get("aria-label")) for href, span in markers]
    assert book.nav_section("page-list").get("role") == "doc-pagelist"
    ncx_pages = [t.get("value") for t in book.ncx.iterfind("ncx:pageList/ncx:pageTarget", NS)]
    assert ncx_pages == [label for _, label in listed]
    for page, following in book.text_after_markers().items():
        start = letters(following)[:30]
        assert len(start) >= 10, (page, following)
        printed = run(tool("pdftotext"), "-enc", "UTF-8", "-f", page, "-l", page, pdf, "-").stdout
        assert start in letters(printed), f"page {page}: {following[:60]!r} is not on that page of the PDF"


def test_every_printed_page_from_the_first_chapter_on_is_in_the_page_list(any_book):
    _, pdf, epub = any_book
    marked = [int(span.get("aria-label")) for _, span in Unpacked(epub).page_markers()]
    pages = int(re.search(r"Pages:\s+(\d+)", run(tool("pdfinfo"), pdf).stdout).group(1))
    printed = run(tool("pdftotext"), "-enc", "UTF-8", pdf, "-").stdout.split("\f")[:pages]
    # The last page is the outside back cover, which the ebook does not have.
    with_text = [n for n in range(marked[0], pages) if letters(printed[n - 1])]
    assert marked == with_text  # blank pages aside, every page has its marker, in order


def test_a_page_can_begin_inside_a_paragraph(fixture_book):
    book = Unpacked(fixture_book.epub)
    inside = [span for _, span in book.page_markers() if span.getparent().tag == f"{{{NS['x']}}}p"]
    assert inside, "the fixture's long article has pages that begin mid-paragraph"
    assert any((span.getprevious() is not None or span.getparent().text) for span in inside)  # mid-paragraph
    for span in inside:
        before = (span.getprevious().tail if span.getprevious() is not None else span.getparent().text) or ""
        assert before.endswith(" ") or not before.strip(), "a marker sits between words"


def test_every_sentence_of_the_foreword_is_in_the_epub(fixture_book):
    book = Unpacked(fixture_book.epub)
    text = letters(xhtml_text(book.document("chapter-01.xhtml")))
    paragraphs = (FIXTURE_BOOK / "foreword.md").read_text(encoding="utf-8").split("\n\n")
    assert len(paragraphs) == 4
    for paragraph in paragraphs:
        assert letters(paragraph.lstrip("#")) in text


def test_the_print_edition_is_laid_out_once_per_build(fixture_book, tmp_path, monkeypatch):
    """Both editions in one run, or `make pdf epub`: one layout; an EPUB alone lays out only if no map is
    saved, and with one saved it neither lays the book out nor renders the print HTML to find it."""
    from booksmith.html import render
    from booksmith.pdf import printlayout

    calls: list[str] = []

    def counted(name, real):  # the real function, counted
        def call(*args, **kwargs):
            calls.append(name)
            return real(*args, **kwargs)

        return call

    monkeypatch.setattr(printlayout, "lay_out", counted("layout", printlayout.lay_out))
    monkeypatch.setattr(render, "print_html", counted("html", render.print_html))
    build(BuildOptions(FIXTURE_BOOK, tmp_path / "both", tmp_path / "build-both"))
    assert calls == ["html", "layout"]
    build(BuildOptions(FIXTURE_BOOK, tmp_path / "again", tmp_path / "build-both", ("epub",)))
    assert calls == ["html", "layout"]  # the map the PDF build saved is reused
    build(BuildOptions(FIXTURE_BOOK, tmp_path / "alone", tmp_path / "build-alone", ("epub",)))
    assert calls == ["html", "layout"] * 2  # nothing saved: the EPUB lays the print edition out itself, once
    assert (tmp_path / "build-alone" / "pagemap.json").is_file()
    for out in ("both", "again", "alone"):  # and every way gives the same bytes
        assert (tmp_path / out / "booklet.epub").read_bytes() == fixture_book.epub.read_bytes()


def test_the_zip_is_a_reproducible_epub_container(fixture_book):
    with zipfile.ZipFile(fixture_book.epub) as archive:
        infos = archive.infolist()
    assert infos[0].filename == "mimetype" and infos[0].compress_type == zipfile.ZIP_STORED
    assert fixture_book.epub.read_bytes()[30:58] == b"mimetypeapplication/epub+zip"
    assert {info.date_time for info in infos} == {(2020, 2, 2, 0, 0, 0)}


def test_calibre_converts_the_epub_to_azw3_without_errors(fixture_book, tmp_path):
    converter = tool("ebook-convert")
    target = tmp_path / "booklet.azw3"
    result = subprocess.run(
        [converter, str(fixture_book.epub), str(target)],
        capture_output=True,
        text=True,
        check=False,
        env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin", "HOME": str(tmp_path)},
    )
    output = result.stdout + result.stderr
    assert result.returncode == 0, output
    assert not re.search(r"\b(error|traceback)\b", output, re.IGNORECASE), output
    assert target.stat().st_size > 10_000
