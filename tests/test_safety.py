"""Nothing escapes: the build never touches the network or a file outside the book, and the EPUB
carries no script, no event handler and no reference to anything outside itself.

The fetcher cases run the real command in-process with every socket call made to fail the test, so
a refusal that came only after a connection attempt would not pass.
"""

from __future__ import annotations

import shutil
import socket
import zipfile
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from lxml import etree

from booksmith.cli.main import main
from booksmith.cli.new import new_book
from booksmith.epub.stylesheets import references, stays_in_the_epub, the_stylesheet_may_load
from booksmith.pdf.layout import PrintSetup, lay_out
from booksmith.pipeline import BuildOptions, build
from support import FIXTURES

ARTICLE = "Fans cleaned the stadium after the match.\n\nThe players left a note in Russian.\n"
REFUSED = "refused to fetch {url}: a book reads only its own files\n"


@pytest.fixture
def no_network(monkeypatch) -> list[str]:
    """Every way to the network fails the test (and is recorded, in case WeasyPrint swallowed the error)."""
    attempts: list[str] = []

    def refuse(name: str):  # type: ignore[no-untyped-def]
        def call(*args, **kwargs):  # type: ignore[no-untyped-def]
            attempts.append(f"{name}{args[1:] if name.startswith('socket.') else args}")
            raise AssertionError(f"network access attempted: {name}")

        return call

    for name in ("connect", "connect_ex", "sendto"):
        monkeypatch.setattr(socket.socket, name, refuse(f"socket.{name}"))
    for name in ("getaddrinfo", "gethostbyname", "gethostbyname_ex", "create_connection"):
        monkeypatch.setattr(socket, name, refuse(name))
    with pytest.raises(AssertionError, match="network access attempted"):  # the guard itself works
        socket.create_connection(("example.com", 80))
    attempts.clear()
    return attempts


def small_book(root: Path, css: str | None = None) -> Path:
    article = root / "story.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    book = new_book(root / "book", [article]).config.parent
    if css is not None:
        (book / "styles").mkdir()
        (book / "styles" / "book.css").write_text(css, encoding="utf-8")
    return book


def build_args(book: Path, *formats: str) -> list[str]:
    return [
        "-q",
        "build",
        str(book),
        *formats,
        "--out",
        str(book.parent / "dist"),
        "--build-dir",
        str(book.parent / "b"),
    ]


# --- WeasyPrint's URL fetcher -------------------------------------------------------------------

FETCHED = {
    "import_over_http": ("@import url(http://example.com/x.css);", "http://example.com/x.css"),
    "background_over_https": ("body { background: url(https://example.com/bg.png) }", "https://example.com/bg.png"),
    "font_over_http": (
        '@font-face { font-family: "X"; src: url(http://example.com/f.woff) } body { font-family: "X" }',
        "http://example.com/f.woff",
    ),
    "file_url_outside": ("body { background: url(file:///etc/passwd) }", "file:///etc/passwd"),
    "relative_path_out_of_the_manuscript": ("body { background: url(../../outside.png) }", "file://{root}/outside.png"),
    # A file inside the book, but by way of a host: urllib would look the host up first.
    "file_url_with_a_host": (
        "body { background: url(file://example.com{root}/book/story.png) }",
        "file://example.com{root}/book/story.png",
    ),
}


@pytest.mark.e2e
@pytest.mark.parametrize("case", FETCHED)
def test_the_print_layout_refuses_urls_outside_the_book_before_any_network_access(case, tmp_path, no_network, capsys):
    css, url = (text.replace("{root}", str(tmp_path)) for text in FETCHED[case])
    (tmp_path / "outside.png").write_bytes(b"\x89PNG\r\n\x1a\n")  # a file there to be read, were it allowed
    book = small_book(tmp_path, css)
    assert main(build_args(book, "--pdf")) == 4
    assert capsys.readouterr().err == REFUSED.format(url=url)
    assert no_network == []
    assert not (tmp_path / "dist").exists()


@pytest.mark.e2e
def test_the_epub_stylesheet_may_name_nothing_outside_the_epub(tmp_path, no_network, capsys):
    """Rules the print layout never uses are never fetched there; in the EPUB a reader would load them."""
    css = "/* print never shows this */\n@media screen { body { background: url(https://example.com/t.png) } }\n"
    book = small_book(tmp_path, css)
    assert main(build_args(book)) == 4
    assert capsys.readouterr().err == (
        f"{book / 'styles' / 'book.css'}:2: the ebook's stylesheet may not load 'https://example.com/t.png': "
        "an EPUB holds only its own files (use a data: URL of a picture or a font, or leave it out)\n"
    )
    assert no_network == []
    assert not (tmp_path / "dist").exists()  # nor the PDF, finished first: the two stay a pair


@pytest.mark.e2e
def test_a_data_url_in_the_book_stylesheet_is_fine(tmp_path, no_network, capsys):
    book = small_book(tmp_path, ".nothing { background: url(data:image/png;base64,iVBORw0KGgo=) }\n")
    assert main(build_args(book, "--epub")) == 0, capsys.readouterr().err
    with zipfile.ZipFile(tmp_path / "dist" / "booklet.epub") as epub:
        assert b"data:image/png" in epub.read("EPUB/style/book.css")


@pytest.mark.parametrize(
    ("css", "found"),
    [
        ("a { b: url( 'x.png' ) }", [(1, "x.png")]),
        ("/* url(http://a/) */\n.x { background: u\\72l(https://e.com/t.png) }", [(2, "https://e.com/t.png")]),
        ('@import "https://e.com/a.css" screen;', [(1, "https://e.com/a.css")]),
        ('.x { background-image: image-set("//e.com/t.png" 1x) }', [(1, "//e.com/t.png")]),
        ('@namespace svg url(http://www.w3.org/2000/svg); .x { content: "http://e.com" }', []),
        ("@media print { @page { background: url(#frag) } }", [(1, "#frag")]),
    ],
)
def test_the_stylesheet_check_finds_every_url_however_it_is_written(css, found):
    assert list(references(css)) == found


@pytest.mark.parametrize(
    ("url", "inside"),
    [
        ("data:image/png;base64,AAAA", True),
        ("images/cover.png", True),
        ("../chapter-01.xhtml", True),
        ("http://e.com/x.png", False),
        ("//e.com/x.png", False),
        ("file:///etc/passwd", False),
        ("/etc/passwd", False),
        ("../../../x", False),
    ],
)
def test_what_stays_in_the_epub(url, inside):
    assert stays_in_the_epub(url) is inside


# --- links that point out of the manuscript ------------------------------------------------------


def toml_line(book: Path, text: str) -> int:
    lines = (book / "book.toml").read_text(encoding="utf-8").splitlines()
    return next(number for number, line in enumerate(lines, start=1) if text in line)


def test_an_article_linked_from_outside_is_refused(tmp_path, capsys):
    book = small_book(tmp_path)
    (tmp_path / "secret.txt").write_text("A secret kept outside the book.\n", encoding="utf-8")
    story = next((book / "articles").iterdir())
    story.unlink()
    story.symlink_to(tmp_path / "secret.txt")
    assert main(build_args(book)) == 2
    line = toml_line(book, f'source = "articles/{story.name}"')
    message = f"'articles/{story.name}' is outside the manuscript folder"
    assert capsys.readouterr().err == f"{book / 'book.toml'}:{line}: {message}\n"


def test_an_articles_folder_linked_from_outside_is_refused(tmp_path, capsys):
    book = small_book(tmp_path)
    (book / "articles").rename(tmp_path / "elsewhere")
    (book / "articles").symlink_to(tmp_path / "elsewhere", target_is_directory=True)
    assert main(build_args(book)) == 2
    assert "is outside the manuscript folder" in capsys.readouterr().err


def test_a_photo_linked_from_outside_is_refused(tmp_path, capsys):
    book = small_book(tmp_path)
    (tmp_path / "private.jpg").write_bytes(b"\xff\xd8\xff\xe0 not for the book")
    (book / "photos").mkdir()
    (book / "photos" / "fans.jpg").symlink_to(tmp_path / "private.jpg")
    with (book / "book.toml").open("a", encoding="utf-8") as toml:
        toml.write('[[chapters.figures]]\nlabel = "Fans"\nimage = "photos/fans.jpg"\n')
    assert main(build_args(book)) == 2
    line = toml_line(book, 'image = "photos/fans.jpg"')
    message = "image 'photos/fans.jpg' is outside the manuscript folder"
    assert capsys.readouterr().err == f"{book / 'book.toml'}:{line}: {message}\n"


def test_a_photo_linked_from_outside_in_a_markdown_chapter_is_refused(tmp_path, capsys):
    book = small_book(tmp_path)
    (tmp_path / "private.jpg").write_bytes(b"\xff\xd8\xff\xe0 not for the book")
    (book / "photos").mkdir()
    (book / "photos" / "fans.jpg").symlink_to(tmp_path / "private.jpg")
    (book / "foreword.md").write_text("Why.\n\n![Fans](photos/fans.jpg)\n", encoding="utf-8")
    with (book / "book.toml").open("a", encoding="utf-8") as toml:
        toml.write('\n[[chapters]]\nsource = "foreword.md"\ntitle = "Foreword"\n')
    assert main(build_args(book)) == 3
    message = "image 'photos/fans.jpg' is not a file inside the manuscript folder"
    assert capsys.readouterr().err == f"{book / 'foreword.md'}:3: {message}\n"


def test_a_book_stylesheet_linked_from_outside_is_refused(tmp_path, capsys):
    book = small_book(tmp_path)
    (tmp_path / "site.css").write_text("body { color: red }\n", encoding="utf-8")
    (book / "styles").mkdir()
    (book / "styles" / "book.css").symlink_to(tmp_path / "site.css")
    assert main(build_args(book, "--epub")) == 4
    message = "is a link to a file outside the manuscript folder (copy the file in instead)"
    assert capsys.readouterr().err == f"{book / 'styles' / 'book.css'}: {message}\n"


def test_a_font_linked_from_outside_is_refused(tmp_path, no_network, capsys):
    from booksmith.pipeline import styles_dir

    book = small_book(
        tmp_path, '@font-face { font-family: "Own"; src: url(fonts/own.otf) } body { font-family: "Own" }'
    )
    (tmp_path / "outside").mkdir()
    shutil.copy(styles_dir() / "fonts" / "LinLibertine_R.otf", tmp_path / "outside" / "own.otf")
    (book / "styles" / "fonts").mkdir()
    (book / "styles" / "fonts" / "own.otf").symlink_to(tmp_path / "outside" / "own.otf")
    assert main(build_args(book, "--pdf")) == 4
    url = f"file://{book / 'styles' / 'fonts' / 'own.otf'}"
    assert capsys.readouterr().err == REFUSED.format(url=url)


# --- the EPUB holds nothing active and nothing from outside --------------------------------------

XML_SUFFIXES = (".xhtml", ".html", ".opf", ".ncx", ".xml", ".svg")
ACTIVE_ELEMENTS = {"script", "iframe", "frame", "frameset", "object", "embed", "applet", "form", "base", "noscript"}
LOADING_ATTRIBUTES = {"src", "srcset", "poster", "data", "href", "background", "longdesc"}


@pytest.fixture(scope="module")
def hostile_epub(tmp_path_factory: pytest.TempPathFactory) -> Path:
    work = tmp_path_factory.mktemp("hostile-epub")
    build(BuildOptions(FIXTURES / "books" / "hostile_text", work / "dist", work / "build", formats=("epub",)))
    return work / "dist" / "booklet.epub"


def outside_references(epub: Path) -> list[str]:
    """Every script, handler, javascript: URL or reference to a resource outside the EPUB, in any file."""
    found: list[str] = []
    with zipfile.ZipFile(epub) as archive:
        for name in archive.namelist():
            data = archive.read(name)
            if name.endswith(".css"):
                found += [
                    f"{name}:{line}: {url}"
                    for line, url in references(data.decode())
                    if not the_stylesheet_may_load(url)
                ]
            elif name.endswith(XML_SUFFIXES):
                found += _xml_problems(name, etree.fromstring(data))
            elif name != "mimetype" and not name.endswith((".png", ".jpg", ".jpeg", ".gif", ".webp")):
                found.append(f"{name}: a file of a kind this test does not know")
    return found


def _xml_problems(name: str, root: etree._Element) -> list[str]:
    found = []
    for element in root.iter():
        if not isinstance(element.tag, str):
            continue
        tag = etree.QName(element).localname
        if tag in ACTIVE_ELEMENTS:
            found.append(f"{name}: <{tag}>")
        for attribute, value in element.attrib.items():
            local = etree.QName(attribute).localname.lower()
            if local.startswith("on"):
                found.append(f"{name}: <{tag} {local}=…>")
            scripted = value.strip().lower().startswith(("javascript:", "vbscript:"))
            hyperlink = tag == "a" and urlsplit(value).scheme in ("http", "https", "mailto")  # the reader follows it
            if scripted or (local in LOADING_ATTRIBUTES and not hyperlink and not stays_in_the_epub(value)):
                found.append(f"{name}: <{tag} {local}={value!r}>")
        if tag == "item" and "remote-resources" in (element.get("properties") or ""):
            found.append(f"{name}: a manifest item with remote resources")
    return found


@pytest.mark.e2e
def test_the_seed_epub_holds_no_script_handler_or_outside_reference(seed_build):
    assert outside_references(seed_build.epub) == []


@pytest.mark.e2e
def test_the_hostile_epub_holds_no_script_handler_or_outside_reference(hostile_epub):
    """Its articles are full of <script>, onerror= and links: all of it is text."""
    assert outside_references(hostile_epub) == []
    with zipfile.ZipFile(hostile_epub) as archive:
        text = b"".join(archive.read(name) for name in archive.namelist() if name.endswith(".xhtml"))
    assert b"&lt;script&gt;" in text and b"onerror" in text  # the markup is there, escaped


def test_the_epub_check_finds_what_it_looks_for(tmp_path):
    """The check above can fail: an EPUB with each kind of problem is caught."""
    bad = tmp_path / "bad.epub"
    with zipfile.ZipFile(bad, "w") as archive:
        archive.writestr("mimetype", "application/epub+zip")
        archive.writestr(
            "EPUB/a.xhtml",
            '<html xmlns="http://www.w3.org/1999/xhtml"><head><link rel="stylesheet" href="http://e.com/s.css"/>'
            '</head><body onload="x()"><script>x()</script><img src="https://e.com/p.png" alt=""/>'
            '<a href="javascript:x()">x</a><a href="https://example.com/">a link</a></body></html>',
        )
        archive.writestr("EPUB/style/book.css", "body { background: url(https://e.com/t.png) }")
    assert outside_references(bad) == [
        "EPUB/a.xhtml: <link href='http://e.com/s.css'>",
        "EPUB/a.xhtml: <body onload=…>",
        "EPUB/a.xhtml: <script>",
        "EPUB/a.xhtml: <img src='https://e.com/p.png'>",
        "EPUB/a.xhtml: <a href='javascript:x()'>",
        "EPUB/style/book.css:1: https://e.com/t.png",
    ]


# --- WeasyPrint's presentational hints ------------------------------------------------------------


@pytest.mark.e2e
def test_presentational_html_attributes_have_no_effect_on_the_print_layout(tmp_path):
    """`align` and `bgcolor` would act with presentational hints on (checked with WeasyPrint itself)."""
    import weasyprint

    html = (
        '<html><body><p id="hint" align="right">Right?</p>'
        '<table><tr><td id="cell" bgcolor="#ff0000">Red?</td></tr></table></body></html>'
    )

    def styles(document) -> dict[str, tuple[str, float]]:  # type: ignore[no-untyped-def]
        found = {}
        boxes = [document.pages[0]._page_box]
        while boxes:
            box = boxes.pop()
            element = getattr(box, "element", None)
            if element is not None and element.get("id") and type(box).__name__ in ("BlockBox", "TableCellBox"):
                found[element.get("id")] = (box.style["text_align_all"], box.style["background_color"].alpha)
            boxes.extend(getattr(box, "children", None) or [])
        return found

    hinted = weasyprint.HTML(string=html).render(presentational_hints=True)
    assert styles(hinted) == {"hint": ("right", 0.0), "cell": ("start", 1.0)}
    ours = lay_out(html, PrintSetup(tmp_path, (), "A5", (tmp_path,)))
    assert styles(ours) == {"hint": ("start", 0.0), "cell": ("start", 0.0)}
