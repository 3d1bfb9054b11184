"""Saved web pages as sources (`Name.html` with or without `Name_files/`): the article, its photos and
its credits, found in the page itself, and nothing fetched."""

from __future__ import annotations

import logging
import shutil
import socket
from pathlib import Path

import pytest

from booksmith import config
from booksmith.errors import BooksmithError, SourceError
from booksmith.manuscript.assemble import assemble_book
from booksmith.model import Figure, Heading, block_texts
from booksmith.pipeline import BuildOptions, build
from support import FIXTURES, epub_documents, epubcheck, run, tool, xhtml_text

SAVED = FIXTURES / "books" / "saved_pages"


@pytest.fixture
def book(tmp_path: Path) -> Path:
    shutil.copytree(SAVED, tmp_path / "book")
    return tmp_path / "book"


def chapters(folder: Path):
    return assemble_book(config.load(folder), folder / "build")


def test_the_page_says_its_headline_author_date_site_and_address(book):
    broadsheet, blog = chapters(book)
    assert broadsheet.title == "Japan's fans tidy Yekaterinburg after Senegal draw"  # not the <title>
    credit = broadsheet.credit
    assert (credit.author, credit.publisher, str(credit.date)) == ("Harriet Fell", "The Northern Ledger", "2018-06-25")
    assert credit.url == "https://www.northernledger.example/sport/2018/jun/25/japan-fans-yekaterinburg"
    assert (blog.title, blog.credit.author, blog.credit.publisher) == (
        "Ten days in Russia with the Samurai Blue",
        "Tom Fixture",
        "Kicking Back",
    )


def test_book_toml_values_win_over_the_page_s(book):
    toml = (book / "book.toml").read_text(encoding="utf-8")
    toml = toml.replace(
        'source = "pages/broadsheet.html"\n', 'source = "pages/broadsheet.html"\ntitle = "Spotless"\nauthor = "H. F."\n'
    )
    (book / "book.toml").write_text(toml, encoding="utf-8")
    broadsheet, _ = chapters(book)
    assert (broadsheet.title, broadsheet.credit.author, broadsheet.credit.headline) == (
        "Spotless",
        "H. F.",
        "Japan's fans tidy Yekaterinburg after Senegal draw",
    )


def test_the_story_keeps_its_structure_and_marks_and_loses_the_page_s_furniture(book):
    broadsheet, blog = chapters(book)
    text = "\n".join(t for b in broadsheet.blocks for t in block_texts(b))
    assert "For the second time in a week" in text and "Japan play Poland in Volgograd on Thursday" in text
    for litter in (
        "Skip to main content",
        "Share on Facebook",
        "Most viewed",
        "Comments (214)",
        "Advertisement",
        "Sign up to the Football Daily",
        "© 2018",
        "track()",
        "Sign in",
    ):
        assert litter not in text, litter
    assert [b.text for b in broadsheet.blocks if isinstance(b, Heading)] == ["A lesson from school"]
    kinds = {b.kind for b in blog.blocks}
    assert {"paragraph", "heading", "list", "quotation", "figure"} <= kinds
    marks = {inline.kind for b in broadsheet.blocks if b.kind == "paragraph" for inline in b.content}
    assert {"emphasis", "strong", "link"} <= marks


def test_photos_come_from_the_saved_folder_with_their_captions_and_credits(book):
    broadsheet, _ = chapters(book)
    figures = [b for b in broadsheet.blocks if isinstance(b, Figure)]
    assert [(f.image, f.credit) for f in figures] == [
        ("pages/broadsheet_files/stands.jpg", "Photo: Fixture Pictures"),
        ("pages/broadsheet_files/room.png", "Photo: Fixture Pictures"),
    ]
    assert figures[0].caption == "Japan supporters collect rubbish in the stands after the 2-2 draw with Senegal."


def test_a_photo_left_on_the_web_is_said_and_its_caption_kept(book, caplog):
    caplog.set_level(logging.WARNING, logger="booksmith")
    _, blog = chapters(book)
    (figure,) = [b for b in blog.blocks if isinstance(b, Figure)]
    assert figure.image is None and figure.caption == "Outside the Rostov Arena before the Belgium match."
    assert "image not saved with the page: https://cdn.kickingback.example/images/rostov-fans.jpg" in caplog.text


@pytest.mark.parametrize("src", ["../../outside.jpg", "/etc/passwd", "file:///etc/passwd", "broadsheet_files/none.jpg"])
def test_an_image_outside_the_saved_folder_or_missing_is_refused_and_named(book, caplog, src):
    (book.parent / "outside.jpg").write_bytes((book / "pages" / "broadsheet_files" / "stands.jpg").read_bytes())
    page = book / "pages" / "broadsheet.html"
    page.write_text(page.read_text(encoding="utf-8").replace("broadsheet_files/stands.jpg", src), encoding="utf-8")
    caplog.set_level(logging.WARNING, logger="booksmith")
    broadsheet, _ = chapters(book)
    images = [b.image for b in broadsheet.blocks if isinstance(b, Figure)]
    assert images in ([None, "pages/broadsheet_files/room.png"], ["pages/broadsheet_files/room.png"])
    assert src in caplog.text  # named, whether the extractor kept the figure (its caption then kept) or not


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("just some words, no markup at all", r"not a web page: no HTML in it"),
        (
            "<html><body><div class='consent'><p>We use cookies and similar technologies to improve your experience"
            " and to show you personalised advertising.</p><button>Accept all</button><button>Manage preferences"
            "</button></div><nav><a href='/'>Home</a></nav></body></html>",
            r"no article",
        ),
    ],
)
def test_a_page_that_is_no_page_or_holds_no_article_is_an_error_naming_it(book, content, message):
    (book / "pages" / "blog.html").write_text(content, encoding="utf-8")
    with pytest.raises(SourceError, match=rf"pages/blog\.html: {message}"):
        chapters(book)


def test_no_socket_is_opened(book, monkeypatch):
    def refuse(*args, **kwargs):
        raise AssertionError("a socket was opened")

    monkeypatch.setattr(socket, "socket", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    assert len(chapters(book)) == 2


@pytest.mark.e2e
def test_a_book_of_saved_pages_builds_valid_editions_with_their_photos(tmp_path):
    logging.getLogger("booksmith").setLevel(logging.ERROR)
    build(BuildOptions(SAVED, tmp_path / "dist", tmp_path / "build"))
    epub = tmp_path / "dist" / "booklet.epub"
    assert "Messages: 0 fatals / 0 errors / 0 warnings" in epubcheck(epub).stdout
    assert run(tool("qpdf"), "--check", tmp_path / "dist" / "booklet.pdf").returncode == 0
    documents = epub_documents(epub)
    text = "".join(xhtml_text(root) for root in documents.values())
    assert "Japan supporters collect rubbish in the stands" in text and "Most viewed" not in text
    images = [e for root in documents.values() for e in root.iter("{http://www.w3.org/1999/xhtml}img")]
    assert sum(1 for image in images if "chapter-01" in (image.get("src") or "")) == 2
    fonts = run(tool("pdffonts"), tmp_path / "dist" / "booklet.pdf").stdout
    assert all(line.split()[-5] == "yes" for line in fonts.splitlines()[2:])  # every font embedded


# --- what review found ----------------------------------------------------------------------------

STORY = " ".join(["Japanese supporters stayed behind after the whistle and tidied the stand row by row."] * 3)


def _page(book: Path, body: str, head: str = '<meta charset="utf-8">', encoding: str = "utf-8") -> None:
    html = f"<!DOCTYPE html><html><head>{head}<title>T</title></head><body><article><h1>A headline here</h1>{body}"
    (book / "pages" / "blog.html").write_bytes((html + "</article></body></html>").encode(encoding, "replace"))


def _blog(book: Path):
    return chapters(book)[1]


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        (f"<p>{STORY} It is “fine”.</p>".encode() + b"\xff", "It is “fine”."),  # a stray byte: U+FFFD, no crash
        (f"<p>{STORY} It is “fine”.</p>".encode("cp1252"), "It is “fine”."),  # iso-8859-1 is Windows-1252
    ],
)
def test_a_page_decodes_as_a_browser_would_and_never_crashes(book, raw, expected):
    head = b'<meta charset="iso-8859-1">' if b"\x93" in raw else b'<meta charset="utf-8">'
    html = b"<!DOCTYPE html><html><head>" + head + b"<title>T</title></head><body><article><h1>A headline</h1>"
    (book / "pages" / "blog.html").write_bytes(html + raw + b"</article></body></html>")
    text = " ".join(t for b in _blog(book).blocks for t in block_texts(b))
    assert expected in text


def test_a_utf16_page_with_its_byte_order_mark_is_read(book):
    _page(book, f"<p>{STORY}</p>")
    page = book / "pages" / "blog.html"
    page.write_bytes("\ufeff".encode("utf-16-le") + page.read_text(encoding="utf-8").encode("utf-16-le"))
    assert STORY[:40] in _blog(book).blocks[0].text


def test_a_photo_set_inside_a_paragraph_is_a_figure_after_it(book):
    (book / "pages" / "blog_files").mkdir()
    shutil.copy(book / "pages" / "broadsheet_files" / "room.png", book / "pages" / "blog_files" / "room.png")
    _page(book, f'<p>{STORY}</p><p><img src="blog_files/room.png" alt="The dressing room, swept"></p><p>{STORY}</p>')
    figures = [b for b in _blog(book).blocks if isinstance(b, Figure)]
    assert [(f.image, f.caption) for f in figures] == [("pages/blog_files/room.png", "The dressing room, swept")]


def test_a_quotation_without_paragraphs_is_one_line_with_its_marks_and_nested_lists_keep_their_spaces(book):
    _page(
        book,
        f"<p>{STORY}</p><blockquote>He said <em>no</em> to the offer, and walked out.</blockquote>"
        "<ul><li>Alpha<ul><li>Nested one</li></ul></li><li>Beta</li></ul>",
    )
    blocks = _blog(book).blocks
    (quote,) = [b for b in blocks if b.kind == "quotation"]
    assert len(quote.lines) == 1 and any(i.kind == "emphasis" for i in quote.lines[0])
    listing = next(b for b in blocks if b.kind == "list")
    assert "Alpha Nested one" in " ".join(block_texts(listing))


def test_a_saved_page_s_photos_come_only_from_its_own_folder(book, caplog):
    (book / "images").mkdir()
    shutil.copy(book / "pages" / "broadsheet_files" / "room.png", book / "images" / "x.png")
    _page(book, f'<p>{STORY}</p><figure><img src="../images/x.png"><figcaption>A caption.</figcaption></figure>')
    caplog.set_level(logging.WARNING, logger="booksmith")
    figures = [b for b in _blog(book).blocks if isinstance(b, Figure)]
    assert all(f.image is None for f in figures) and "../images/x.png" in caplog.text


def test_a_photo_added_to_the_saved_folder_makes_the_chapter_again(book):
    (book / "pages" / "broadsheet_files" / "stands.jpg").rename(book / "stands.jpg")
    first, _ = chapters(book)
    assert next(b.image for b in first.blocks if isinstance(b, Figure)) is None
    (book / "stands.jpg").rename(book / "pages" / "broadsheet_files" / "stands.jpg")
    again, _ = chapters(book)
    assert next(b.image for b in again.blocks if isinstance(b, Figure)) == "pages/broadsheet_files/stands.jpg"


def test_an_arabic_paragraph_that_opens_on_a_latin_name_runs_right_to_left():
    from booksmith.typeset.scripts import text_direction

    assert text_direction("FIFA قالت إن المشجعين اليابانيين نظفوا المدرجات بعد المباراة") == "rtl"
    assert text_direction("Japan's fans wrote شكرا on a card") == "ltr"


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        # each source of metadata alone: <meta> tags, Open Graph, JSON-LD
        (
            '<meta name="author" content="Rui Fixture"><meta name="date" content="2018-06-21">',
            {"author": "Rui Fixture", "date": "2018-06-21"},
        ),
        (
            '<meta property="og:site_name" content="The Fixture Herald">'
            '<meta property="og:title" content="Fans sweep the stand in Samara">'
            '<meta property="article:published_time" content="2018-06-22T10:00:00Z">',
            {"publisher": "The Fixture Herald", "date": "2018-06-22"},
        ),
        (
            '<script type="application/ld+json">{"@context": "https://schema.org", "@type": "NewsArticle",'
            ' "headline": "Fans sweep the stand in Samara", "datePublished": "2018-06-23",'
            ' "author": {"@type": "Person", "name": "Ines Fixture"},'
            ' "publisher": {"@type": "Organization", "name": "Fixture Sport Daily"}}</script>',
            {"author": "Ines Fixture", "date": "2018-06-23", "publisher": "Fixture Sport Daily"},
        ),
        ('<link rel="canonical" href="https://www.fixture.example/a/1">', {"url": "https://www.fixture.example/a/1"}),
    ],
)
def test_each_source_of_a_page_s_metadata_is_read(book, head, expected):
    _page(book, f"<p>{STORY}</p><p>{STORY}</p>", head='<meta charset="utf-8">' + head)
    credit = _blog(book).credit
    got = {"author": credit.author, "publisher": credit.publisher, "url": credit.url, "date": str(credit.date)}
    assert {key: got[key] for key in expected} == expected


def test_scripts_frames_forms_and_handlers_never_reach_the_book(book):
    _page(
        book,
        f'<p onclick="steal()">{STORY}</p><script>alert("x")</script><iframe src="https://ads.example/"></iframe>'
        '<form action="/s"><input name="q" value="search me"></form><p>Last paragraph of the story.</p>',
    )
    text = " ".join(t for b in _blog(book).blocks for t in block_texts(b))
    assert "alert" not in text and "steal" not in text and "search me" not in text
    assert "Last paragraph of the story." in text


def test_a_saved_svg_with_entities_is_refused_naming_the_page_and_the_image(book):
    svg = '<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY x "boom">]><svg xmlns="http://www.w3.org/2000/svg">&x;</svg>'
    (book / "pages" / "broadsheet_files" / "room.png").unlink()
    (book / "pages" / "broadsheet_files" / "room.svg").write_text(svg, encoding="utf-8")
    page = book / "pages" / "broadsheet.html"
    page.write_text(page.read_text(encoding="utf-8").replace("room.png", "room.svg"), encoding="utf-8")
    with pytest.raises(BooksmithError, match=r"pages/broadsheet\.html.*room\.svg"):
        chapters(book)
