"""Page markers placed in the ebook's XHTML from the print layout's page map (no layout here)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from lxml import etree

from booksmith.epub.pagebreaks import mark_page_breaks
from booksmith.model import PageStart, letters
from support import words

PAGE = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops" lang="en" xml:lang="en">
<head><meta charset="utf-8" /><title>t</title><link rel="stylesheet" type="text/css" href="style/book.css" /></head>
<body epub:type="bodymatter">
<section id="c" epub:type="chapter"><h1 id="c-title">A Chapter</h1>
<p id="c-1">Fans stayed be\u00adhind to tidy the stands, “quietly and well” and then <span lang="ja" \
xml:lang="ja">ありがとう</span> left.</p>
<ul id="c-2"><li>One item</li></ul>
</section>
</body>
</html>
"""


def _mark(*starts: PageStart) -> str:
    pages, _ = mark_page_breaks({"c.xhtml": PAGE}, starts)
    return pages["c.xhtml"]


def _before_marker(xhtml: str, page: int) -> tuple[str, str]:
    """The text just before and after page `page`'s marker, within its paragraph."""
    head, tail = xhtml.split(f'id="page-{page}" aria-label="{page}"/>')
    return head.rsplit("<span", 1)[0][-12:], tail[:12]


def test_a_page_that_begins_with_a_block_is_marked_inside_it_before_its_first_word():
    xhtml = _mark(PageStart(3, "c", 0, "achapterfans"), PageStart(4, "c-2", 0, "oneitem"))
    assert '<h1 id="c-title"><span epub:type="pagebreak" role="doc-pagebreak" id="page-3" aria-label="3"/>A' in xhtml
    assert '<ul id="c-2"><li><span epub:type="pagebreak"' in xhtml  # in the item, never a child of <ul>


def test_a_marker_never_stands_between_two_blocks():
    """`figure + p` (no indent after a quotation) must still match with the page marked at the paragraph."""
    xhtml = _mark(PageStart(4, "c-2", 0, "oneitem"))
    tree = etree.fromstring(xhtml.encode("utf-8"))
    section = tree.find(".//{http://www.w3.org/1999/xhtml}section")
    assert [etree.QName(child).localname for child in section] == ["h1", "p", "ul"]


def test_a_page_that_begins_between_words_is_marked_there():
    # "Fans stayed " is 10 letters: the page begins with "behind".
    before, after = _before_marker(_mark(PageStart(5, "c-1", 10, "behindtotidy")), 5)
    assert before.endswith("stayed ") and after.startswith("be\u00adhind")


def test_a_page_that_begins_inside_a_hyphenated_word_is_marked_at_the_next_word():
    # "Fans stayed be" is 12 letters: print broke "be-hind" across the pages.
    before, after = _before_marker(_mark(PageStart(5, "c-1", 12, "hindtotidy")), 5)
    assert before.endswith("hind ") and after.startswith("to tidy")


def test_opening_punctuation_stays_with_its_page():
    # "…the stands, “quietly": the page begins at the quotation mark, not after it.
    offset = len("Fansstayedbehindtotidythestands")
    before, after = _before_marker(_mark(PageStart(6, "c-1", offset, "quietlyandwell")), 6)
    assert before.endswith("stands, ") and after.startswith("“quietly")


def test_japanese_text_breaks_between_characters():
    offset = len("Fansstayedbehindtotidythestandsquietlyandwellandthenあり")
    xhtml = _mark(PageStart(7, "c-1", offset, "がとうleft"))
    assert 'あり<span epub:type="pagebreak"' in xhtml and 'aria-label="7"/>がとう' in xhtml


def test_a_place_whose_letters_differ_is_searched_for_near_the_offset():
    _, after = _before_marker(_mark(PageStart(8, "c-1", 3, "behindtotidy")), 8)
    assert after.startswith("be\u00adhind")


def test_a_place_that_is_not_in_the_ebook_gets_no_marker():
    pages, targets = mark_page_breaks(
        {"c.xhtml": PAGE}, [PageStart(9, "c-1", 10, "nothinglikethis"), PageStart(10, "x", 0, "")]
    )
    assert targets == [] and pages["c.xhtml"] == PAGE  # untouched, byte for byte


def test_the_page_list_is_in_page_order_with_anchors():
    _, targets = mark_page_breaks({"c.xhtml": PAGE}, [PageStart(3, "c", 0, "achapter"), PageStart(4, "c-2", 0, "one")])
    assert [(t.label, t.file_name, t.anchor) for t in targets] == [
        ("3", "c.xhtml", "page-3"),
        ("4", "c.xhtml", "page-4"),
    ]


def test_marked_pages_stay_well_formed_xhtml_with_their_head_and_body():
    root = etree.fromstring(_mark(PageStart(5, "c-1", 10, "behind")).encode())
    assert root.find("{http://www.w3.org/1999/xhtml}head/{http://www.w3.org/1999/xhtml}link").get("href")
    assert root.find("{http://www.w3.org/1999/xhtml}body").get("{http://www.idpf.org/2007/ops}type") == "bodymatter"


def _book(text: str):
    import datetime as dt

    from booksmith.model import Book, BookMeta, Chapter, Origin, Paragraph

    meta = BookMeta("T", "en", "urn:x", dt.date(2018, 7, 5))
    paragraph = Paragraph(words(text), Origin("a.txt", 1))
    return Book(meta, (Chapter("chapter-01", "One", "a.txt", (paragraph,)),))


def _one_page_pdf() -> bytes:
    import io

    import pikepdf

    out = io.BytesIO()
    with pikepdf.new() as document:
        document.add_blank_page(page_size=(420, 595))
        document.save(out)
    return out.getvalue()


def test_a_saved_cover_pdfium_cannot_draw_is_not_used(tmp_path: Path):
    """The kept cover page and its digest agree, but it is no PDF: the book is laid out again, no traceback."""
    import hashlib
    import json

    from booksmith.pdf.layout import PrintSetup
    from booksmith.pdf.printlayout import COVER, PAGE_MAP, PrintLayout, layout_key, save, saved

    css = tmp_path / "print.css"
    css.write_text("p { margin: 0 }")
    key = layout_key(_book("x"), PrintSetup(tmp_path, (css,), "A5", (tmp_path,)), None)
    save(PrintLayout(11, (PageStart(7, "chapter-01", 0, "chapter"),), _one_page_pdf()), key, tmp_path)
    assert saved(key, tmp_path, _book("x")) is not None
    (tmp_path / COVER).write_bytes(b"%PDF-1.7 not a page in it")
    data = json.loads((tmp_path / PAGE_MAP).read_text())
    data["cover"] = hashlib.sha256(b"%PDF-1.7 not a page in it").hexdigest()
    (tmp_path / PAGE_MAP).write_text(json.dumps(data))
    assert saved(key, tmp_path, _book("x")) is None


def test_the_saved_page_map_is_used_only_for_the_same_layout(tmp_path: Path):
    """Keyed by what the print HTML and its layout are made from: the book, the styles, the page setup."""
    from booksmith.pdf.layout import PrintSetup
    from booksmith.pdf.printlayout import COVER, PrintLayout, layout_key, save, saved

    css = tmp_path / "print.css"
    css.write_text("p { margin: 0 }")
    setup = PrintSetup(tmp_path, (css,), "A5", (tmp_path,))
    key = layout_key(_book("x"), setup, None)
    layout = PrintLayout(11, (PageStart(7, "chapter-01", 0, "chapter"),), _one_page_pdf())
    save(layout, key, tmp_path)
    assert saved(key, tmp_path, _book("x")) == layout
    assert layout_key(_book("y"), setup, None) != key  # the text
    assert layout_key(_book("x"), PrintSetup(tmp_path, (css,), "B5", (tmp_path,)), None) != key
    assert layout_key(_book("x"), PrintSetup(tmp_path, (css,), "A5", (tmp_path,), (("top", 9.0),)), None) != key
    assert layout_key(_book("x"), PrintSetup(tmp_path, (css,), "A5", (tmp_path,), bleed_mm=3), None) == key
    cover = tmp_path / "cover.jpg"
    cover.write_bytes(b"one")
    with_cover = layout_key(_book("x"), setup, cover)
    cover.write_bytes(b"two")
    assert len({key, with_cover, layout_key(_book("x"), setup, cover)}) == 3
    css.write_text("p { margin: 1em }")
    restyled = layout_key(_book("x"), setup, None)
    assert saved(restyled, tmp_path, _book("x")) is None
    (tmp_path / "fonts").mkdir()
    (tmp_path / "fonts" / "own.otf").write_bytes(b"a font")  # beside the stylesheets: @font-face names it
    assert layout_key(_book("x"), setup, None) != restyled
    (tmp_path / COVER).write_bytes(b"another build's cover")
    assert saved(key, tmp_path, _book("x")) is None
    assert saved(key, tmp_path / "missing", _book("x")) is None


def test_a_saved_page_map_with_pages_the_book_cannot_fill_or_places_it_lacks_is_not_used(tmp_path: Path):
    """A map edited in build/ ("page 700" of a one-paragraph book, a page that begins at an id the book has
    not) does not hold together: the book is laid out again."""
    from booksmith.pdf.layout import PrintSetup
    from booksmith.pdf.printlayout import PrintLayout, layout_key, most_pages, save, saved

    css = tmp_path / "print.css"
    css.write_text("p { margin: 0 }")
    book = _book("x")
    key = layout_key(book, PrintSetup(tmp_path, (css,), "A5", (tmp_path,)), None)
    cover = _one_page_pdf()
    good = PrintLayout(11, (PageStart(7, "chapter-01", 0, "chapter"), PageStart(8, "chapter-01-1", 0, "x")), cover)
    save(good, key, tmp_path)
    assert saved(key, tmp_path, book) == good
    for tampered in (
        PrintLayout(700, (PageStart(7, "chapter-01", 0, "chapter"), PageStart(700, "chapter-01-1", 0, "x")), cover),
        PrintLayout(11, (PageStart(7, "chapter-01", 0, "chapter"), PageStart(8, "chapter-09-1", 0, "x")), cover),
    ):
        save(tampered, key, tmp_path)
        assert saved(key, tmp_path, book) is None
    assert 11 < most_pages(book) < 700


def test_several_pages_in_one_element_are_each_marked_where_they_begin():
    # A long book's sources page is one element over dozens of printed pages.
    starts = [PageStart(11, "c-1", 10, "behindtotidy"), PageStart(12, "c-1", 18, "tidythestands")]
    starts.append(PageStart(13, "c-1", len("Fansstayedbehindtotidythestandsquietlyand"), "wellandthen"))
    xhtml, targets = mark_page_breaks({"c.xhtml": PAGE}, starts)
    assert [t.label for t in targets] == ["11", "12", "13"]
    assert _before_marker(xhtml["c.xhtml"], 11)[1].startswith("be\u00adhind")
    assert _before_marker(xhtml["c.xhtml"], 12)[1].startswith("tidy the")
    assert _before_marker(xhtml["c.xhtml"], 13)[1].startswith("well”")
    assert etree.fromstring(xhtml["c.xhtml"].encode()) is not None


def test_a_place_past_the_end_of_its_element_gets_no_marker_instead_of_failing():
    # "ß" compares as "ss": the search can find a place one letter past the element's last letter.
    page = PAGE.replace("One item", "die Straße x")
    pages, targets = mark_page_breaks({"c.xhtml": page}, [PageStart(9, "c-2", 9, "x")])
    assert targets == [] and pages["c.xhtml"] == page


def test_the_page_map_key_changes_with_weasyprints_release():
    from importlib.metadata import version

    from booksmith.pdf.printlayout import release_bytes

    assert version("weasyprint").encode() in release_bytes("weasyprint")
    assert version("jinja2").encode() in release_bytes("jinja2")  # its __init__.py: VERSION = __version__ = '70.0'


@pytest.mark.e2e
def test_a_table_over_several_pages_is_marked_at_its_rows_not_at_its_repeated_header(tmp_path: Path):
    """The print repeats a long table's header on each page it goes on to; the EPUB has the header once, so
    each continuation page begins at its first row, its letters counted as if the header came once."""
    from booksmith.pdf.layout import PrintSetup, lay_out
    from booksmith.pdf.pagemap import page_map

    rows = "".join(f"<tr><td>Match {n}</td><td>Team {n} against Team {n + 1}</td></tr>" for n in range(1, 120))
    html = (
        '<html lang="en"><head><title>T</title><style>thead { display: table-header-group }</style></head><body>'
        f'<table id="t"><thead><tr><th>Match</th><th>Teams</th></tr></thead><tbody>{rows}</tbody></table>'
        "</body></html>"
    )
    document = lay_out(html, PrintSetup(tmp_path, (), "A5", (tmp_path,)))
    starts = page_map(document)
    assert len(document.pages) >= 3 and len(starts) == len(document.pages)
    table_text = letters("MatchTeams" + "".join(f"Match {n}Team {n} against Team {n + 1}" for n in range(1, 120)))
    assert starts[0].letters == 0 and starts[0].snippet.startswith("MatchTeamsMatch1")
    for start in starts[1:]:
        assert re.match(r"Match\d+Team\d+", start.snippet), start  # a row, not the header again
        assert table_text[start.letters :].startswith(start.snippet)  # at that row in the EPUB's one table
