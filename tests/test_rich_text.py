"""Rich text: emphasis, strong, code, links, line breaks, notes, tables and heading levels, from the
Markdown a person writes (and the addresses an article prints) to the model's inlines."""

from __future__ import annotations

import itertools
import logging
import re
import subprocess
import sys
import zipfile
from pathlib import Path

import pikepdf
import pytest

from booksmith import config
from booksmith.errors import SourceError
from booksmith.html.render import print_html
from booksmith.manuscript.assemble import assemble_book
from booksmith.manuscript.chapterfile import read_markdown
from booksmith.manuscript.links import link_problem, link_target, linkify
from booksmith.model import (
    Book,
    Code,
    Emphasis,
    Heading,
    LineBreak,
    Link,
    Note,
    NoteRef,
    Origin,
    Paragraph,
    Strong,
    Table,
    Text,
    block_texts,
    letters,
    note_texts,
    plain,
)
from booksmith.pipeline import BuildOptions, book_meta, build
from booksmith.typeset.typography import typeset_book, typeset_inlines
from support import FIXTURES, epub_documents, epubcheck, pdf_text, run, tool, xhtml_text
from support import letters as support_letters


def blocks(markdown: str):
    return read_markdown(markdown, "a.md").blocks


def notes(markdown: str):
    return read_markdown(markdown, "a.md").notes


# --- inlines from Markdown ----------------------------------------------------------------------


def test_emphasis_strong_code_and_a_link_become_inlines():
    (paragraph,) = blocks("*two* reports from **July 2018**, `www.x.org` and [the page](https://x.org/a).\n")
    assert paragraph == Paragraph(
        (
            Emphasis((Text("two"),)),
            Text(" reports from "),
            Strong((Text("July 2018"),)),
            Text(", "),
            Code("www.x.org"),
            Text(" and "),
            Link((Text("the page"),), "https://x.org/a"),
            Text("."),
        ),
        Origin("a.md", 1),
    )
    assert paragraph.text == "two reports from July 2018, www.x.org and the page."


def test_nested_marks_and_a_hard_line_break():
    (paragraph,) = blocks("A ***very* strong** word\\\nand a new line.\n")
    assert paragraph.content == (
        Text("A "),
        Strong((Emphasis((Text("very"),)), Text(" strong"))),
        Text(" word"),
        LineBreak(),
        Text("and a new line."),
    )


def test_autolinks_keep_their_address_as_text():
    (paragraph,) = blocks("See <https://x.org/a_b> or write to <ed@x.org>.\n")
    assert paragraph.content == (
        Text("See "),
        Link((Text("https://x.org/a_b"),), "https://x.org/a_b"),
        Text(" or write to "),
        Link((Text("ed@x.org"),), "mailto:ed@x.org"),
        Text("."),
    )


def test_a_link_address_outside_ascii_is_percent_encoded_and_its_text_kept():
    (paragraph,) = blocks("[Zürich](<https://de.example.org/wiki/Zürich>)\n")
    assert paragraph.content == (Link((Text("Zürich"),), "https://de.example.org/wiki/Z%C3%BCrich"),)


@pytest.mark.parametrize(
    ("markdown", "message"),
    [
        ("[x](javascript:alert(1))", r"links to 'javascript:' addresses are not allowed"),
        ("[x](file:///etc/passwd)", r"links to 'file:' addresses are not allowed"),
        ("[x](../other/chapter.md)", r"is not a web or e-mail address"),
        ("[x](#somewhere)", r"is not a web or e-mail address"),
        ("<ftp://x.org/file>", r"links to 'ftp:' addresses are not allowed"),
        ("[x](https:///nohost)", r"names no host"),
        ("[x](mailto:nobody)", r"names no e-mail address"),
    ],
)
def test_a_link_to_anything_but_the_web_or_e_mail_is_an_error_at_its_line(markdown, message):
    with pytest.raises(SourceError, match=rf"^a\.md:3: .*{message}"):
        blocks(f"First.\n\n{markdown} and more.\n")


def test_raw_html_and_markdown_that_means_nothing_stay_text():
    (paragraph,) = blocks("<b>bold</b> and ~~struck~~ and a lone * star.\n")
    assert paragraph.content == (Text("<b>bold</b> and ~~struck~~ and a lone * star."),)


# --- notes ----------------------------------------------------------------------------------------

NOTES = """Results as published.[^r] A second claim.[^two]

More text.

[^two]: The second note, written first.

[^r]: Results as published by the organisers.

    A second paragraph of the note.
"""


def test_notes_are_numbered_in_the_order_they_are_called_and_keep_their_lines():
    (first, second) = blocks(NOTES)
    assert first.content == (Text("Results as published."), NoteRef(1), Text(" A second claim."), NoteRef(2))
    assert second == Paragraph((Text("More text."),), Origin("a.md", 3))
    assert notes(NOTES) == (
        Note(
            1,
            ((Text("Results as published by the organisers."),), (Text("A second paragraph of the note."),)),
            Origin("a.md", 7),
        ),
        Note(2, ((Text("The second note, written first."),),), Origin("a.md", 5)),
    )
    assert plain(first.content) == "Results as published.1 A second claim.2"  # both editions print the numbers


@pytest.mark.parametrize(
    ("markdown", "message"),
    [
        ("Text.[^a]\n\nMore.", r"a\.md:1: the note \[\^a\] is called but never written"),
        ("Text.\n\n[^a]: A note.", r"a\.md:3: the note \[\^a\] is never called"),
        ("Text.[^a] Again.[^a]\n\n[^a]: A note.", r"a\.md:1: the note \[\^a\] is called a second time"),
        ("Text.[^a]\n\n[^a]: A note.\n\n    - a list in it", r"a\.md:5: a note holds paragraphs of text only"),
        ("Text.[^a]\n\n[^a]: A note.[^b]\n\n[^b]: B.", r"a\.md:3: a note cannot call another note"),
    ],
)
def test_a_note_that_cannot_be_printed_as_written_is_an_error(markdown, message):
    with pytest.raises(SourceError, match=rf"^{message}"):
        read_markdown(markdown + "\n", "a.md")


# --- tables ---------------------------------------------------------------------------------------

TABLE = """| Match | Score |
| :---- | ----: |
| Japan v *Senegal* | 2–2 |
| Japan v Poland | 0–1 |

Table: Japan's group matches.

After the table.
"""


def test_a_table_with_alignment_and_a_caption():
    table, after = blocks(TABLE)
    assert table == Table(
        head=((Text("Match"),), (Text("Score"),)),
        rows=(
            ((Text("Japan v "), Emphasis((Text("Senegal"),))), (Text("2–2"),)),
            ((Text("Japan v Poland"),), (Text("0–1"),)),
        ),
        align=("left", "right"),
        caption="Japan's group matches.",
        origin=Origin("a.md", 1),
    )
    assert after == Paragraph((Text("After the table."),), Origin("a.md", 8))
    assert block_texts(table)[0] == "Japan's group matches."


# --- headings -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("marks", "levels"),
    [
        (["#", "##", "###"], [2, 3, 4]),  # the title is the only h1: the rest move down one
        (["##", "####", "###"], [2, 3, 3]),  # a skipped level closes up
        (["###", "###"], [2, 2]),
        (["##", "###", "####", "#####", "######", "##"], [2, 3, 4, 5, 6, 2]),
    ],
)
def test_headings_at_any_depth_never_skip_a_level(marks, levels):
    markdown = "\n\n".join(f"{mark} Heading {n}\n\nText." for n, mark in enumerate(marks))
    assert [b.level for b in blocks(markdown) if isinstance(b, Heading)] == levels


# --- addresses in articles ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "links"),
    [
        ("Standings at https://x.org/group-h.", [("https://x.org/group-h", "https://x.org/group-h")]),
        ("(see https://en.x.org/wiki/Fair_play_(football))", [("https://en.x.org/wiki/Fair_play_(football)",) * 2]),
        (
            "Write to desk@x.org, or visit www.x.org!",
            [("desk@x.org", "mailto:desk@x.org"), ("www.x.org", "https://www.x.org")],
        ),
        ("“https://x.org/q?a=1&b=2”", [("https://x.org/q?a=1&b=2",) * 2]),
        ("No link in a@b, @handle, 3.5, e.g. or example.org", []),
    ],
)
def test_bare_addresses_in_article_text_become_links_and_the_text_is_unchanged(text, links):
    inlines = linkify(text)
    assert plain(inlines) == text
    assert [(plain(i.content), i.url) for i in inlines if isinstance(i, Link)] == links


def test_a_hostile_line_of_address_characters_keeps_every_letter():
    line = "https://" + "a." * 20_000 + " www." + "b-" * 20_000 + "@" * 5_000 + " x@" + "c." * 9_000
    assert letters(plain(linkify(line))) == letters(line)


@pytest.mark.parametrize("url", ["https://x.org", "http://x.org/a?b#c", "mailto:a@x.org"])
def test_web_and_mail_links_are_allowed(url):
    assert link_problem(url) is None


def test_link_problems_never_echo_a_control_character():
    problem = link_problem("https://x.org/\x1b[31m")
    assert problem is not None and re.search(r"spaces or control characters", problem)


# --- what review found -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("markdown", "message"),
    [
        ("> A quote.\n>\n> — Ada Lovelace[^a]\n\n[^a]: A note.", r"a quotation's attribution is plain text"),
        ("| a |\n| - |\n| b |\n\nTable: Scores[^a]\n\n[^a]: A note.", r"a table's caption is plain text"),
        ("| a | b |\n| - | - |\n| 1 | 2 | 3 | 4 |", r"this table row has 4 cells and its header 2"),
        ("| a |\n| - |\n| `x|y` |", r"this table row has 2 cells and its header 1"),
        ("- an item\n\n  [^x]: A note in a list.", r"a note's text cannot sit inside a list"),
        ("> quoted\n>\n> | a |\n> | - |\n> | b |", r"a table cannot sit inside a quotation"),
        ("a [link[^1]](http://e.com)\n\n[^1]: A note.", r"a link here is not read as one"),
        ("x\n\n" + "**" * 30 + "deep" + "**" * 30, r"marks nested more than 16 deep"),
        ("Text.[^1]\n\n[^1]:", r"the note \[\^1\] has no text"),
        ("[x](https://[oops/)", r"the link “https://\[oops/” is not a well-formed address"),
        ("[x](https://x.org:99999/)", r"the link “https://x\.org:99999/” is not a well-formed address"),
    ],
)
def test_what_would_be_lost_or_printed_raw_is_an_error_at_its_line(markdown, message):
    with pytest.raises(SourceError, match=rf"^a\.md:\d+: {message}"):
        read_markdown(markdown + "\n", "a.md")


def test_an_article_address_that_is_no_address_stays_text():
    for text in ["The page at https://[oops was gone.", "Mail foo@ex-.com or user.@x.org today."]:
        assert linkify(text) == (Text(text),)


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("詳細はhttps://example.jp/aを参照", "https://example.jp/a"),
        ("（https://example.jp/）を参照", "https://example.jp/"),
        ("«https://exemple.fr/page»", "https://exemple.fr/page"),
        ("https://example.com/path—next", "https://example.com/path"),
        ("HTTPS://X.ORG/A and more", "HTTPS://X.ORG/A"),
    ],
)
def test_an_address_ends_where_the_prose_around_it_goes_on(text, address):
    (link,) = [inline for inline in linkify(text) if isinstance(inline, Link)]
    assert plain(link.content) == address and plain(linkify(text)) == text


@pytest.mark.parametrize(
    ("url", "target"),
    [
        ("https://x.org/a|b", "https://x.org/a%7Cb"),
        ("https://x.org/{c}^d", "https://x.org/%7Bc%7D%5Ed"),
        ("https://x.org/#a#b", "https://x.org/#a%23b"),
        ("https://x.org/%zz", "https://x.org/%25zz"),
        ("https://x.org/%C3%BC?q=a b", "https://x.org/%C3%BC?q=a%20b"),
    ],
)
def test_link_addresses_are_written_as_every_reader_takes_them(url, target):
    assert link_target(url) == target and link_target(target) == target  # and once is enough


def test_a_chapter_whose_first_heading_is_its_title_keeps_its_levels_and_its_notes(tmp_path):
    (tmp_path / "book.toml").write_text('[book]\ntitle = "T"\n\n[[chapters]]\nsource = "a.md"\n', encoding="utf-8")
    (tmp_path / "a.md").write_text("# The Title\n\n## A section\n\nText.\n\n### A part of it\n\nMore.\n")
    (chapter,) = assemble_book(config.load(tmp_path), tmp_path / "build")
    assert chapter.title == "The Title"
    assert [b.level for b in chapter.blocks if isinstance(b, Heading)] == [2, 3]
    (tmp_path / "a.md").write_text("# The Title[^a]\n\nText.\n\n[^a]: A note.\n")
    with pytest.raises(SourceError, match=r"a\.md:1: the chapter's first heading becomes its title, which cannot call"):
        assemble_book(config.load(tmp_path), tmp_path / "build")


def test_quote_marks_around_marked_words_open_and_close_in_the_book_s_language():
    words = (Text("'"), Emphasis((Text("Danke"),)), Text("', and \""), Strong((Text("Arigato"),)), Text('"'))
    assert plain(typeset_inlines(words, "de")) == "‚Danke‘, and „Arigato“"
    assert plain(typeset_inlines(words, "en")) == "‘Danke’, and “Arigato”"


# --- both editions, built for real ------------------------------------------------------------------

RICH_BOOK = FIXTURES / "books" / "rich_text"
XHTML = "{http://www.w3.org/1999/xhtml}"
EPUB_TYPE = "{http://www.idpf.org/2007/ops}type"


@pytest.fixture(scope="module")
def rich_book(tmp_path_factory: pytest.TempPathFactory) -> Path:
    logging.getLogger("booksmith").setLevel(logging.WARNING)
    work = tmp_path_factory.mktemp("rich-text")
    build(BuildOptions(RICH_BOOK, work / "dist", work / "build", ("pdf", "epub")))
    return work / "dist"


@pytest.mark.e2e
def test_the_rich_text_book_passes_epubcheck_and_qpdf(rich_book):
    result = epubcheck(rich_book / "booklet.epub")
    assert "Messages: 0 fatals / 0 errors / 0 warnings" in result.stdout, result.stdout + result.stderr
    assert run(tool("qpdf"), "--check", rich_book / "booklet.pdf").returncode == 0


@pytest.mark.e2e
def test_no_markdown_syntax_is_printed_and_every_word_is(rich_book):
    pages = pdf_text(rich_book / "booklet.pdf")
    epub = "".join(xhtml_text(root) for root in epub_documents(rich_book / "booklet.epub").values())
    for text in (pages, epub):
        assert not re.search(r"\[\^|\*\*|\]\(|\]:|^\|", text, re.MULTILINE)
    foreword = read_markdown((RICH_BOOK / "foreword.md").read_text(encoding="utf-8"), "foreword.md")
    printed, shown = support_letters(pages), support_letters(epub)
    for block in foreword.blocks:
        for text in block_texts(block):
            assert support_letters(text) in printed and support_letters(text) in shown, text
    for note in foreword.notes:
        for text in note_texts(note):
            assert support_letters(text) in printed and support_letters(text) in shown, text


@pytest.mark.e2e
def test_notes_sit_at_the_foot_of_the_page_that_calls_them(rich_book):
    pages = run(tool("pdftotext"), "-layout", rich_book / "booklet.pdf", "-").stdout.split("\f")
    (page,) = [p for p in pages if "printed them" in p]
    body = " ".join(page.split())
    # The call stays in its sentence; the note comes after the page's text, under it.
    assert "printed them.1 Where a report" in body
    assert body.index("1 Both reports are reprinted") > body.index("explains a word")
    assert body.index("2 Like this one.") > body.index("explains a word")


@pytest.mark.e2e
def test_links_are_link_annotations_and_tagged_and_headings_and_tables_are_tagged(rich_book):
    pdf = pikepdf.open(rich_book / "booklet.pdf")
    uris = {
        str(annotation.A.URI)
        for page in pdf.pages
        for annotation in page.get("/Annots", [])
        if annotation.get("/Subtype") == "/Link" and "/A" in annotation and "/URI" in annotation.A
    }
    assert {"https://www.example.org/results", "mailto:editors@example.org", "mailto:desk@example.org"} <= uris
    assert "https://www.example.org/standings/group-h" in uris  # a bare address in the article
    tags = _structure_tags(pdf)
    assert tags.count("/Link") >= len(uris)
    assert {"/Table", "/THead", "/TH", "/TD", "/Caption"} <= set(tags)
    headings = [int(tag[2]) for tag in tags if re.fullmatch(r"/H[1-6]", tag)]
    assert {2, 3, 4} <= set(headings)
    assert all(b <= a + 1 for a, b in itertools.pairwise(headings))  # no level is skipped


@pytest.mark.e2e
def test_print_links_look_like_text(rich_book, tmp_path):
    settings = config.load(RICH_BOOK)
    html = print_html(typeset_book(Book(book_meta(settings), assemble_book(settings, tmp_path / "build"))))
    css = (Path(__file__).parents[1] / "styles" / "common.css").read_text(encoding="utf-8")
    assert re.search(r"^a \{ color: inherit; text-decoration: none; \}", css, re.MULTILINE)
    assert '<a href="https://www.example.org/results">the organisers’ results page</a>' in html
    # A link whose text hides its address is listed after its chapter; one that shows it is not.
    listed = re.findall(r'<p class="chapter-link">(.*?): <span class="url">(.*?)</span></p>', html)
    assert listed == [("the organisers’ results page", "https://www.example.org/results")]


@pytest.mark.e2e
def test_notes_in_the_epub_are_pop_up_footnotes_linked_both_ways(rich_book):
    foreword = epub_documents(rich_book / "booklet.epub")["EPUB/chapter-01.xhtml"]
    calls = [a for a in foreword.iter(f"{XHTML}a") if a.get(EPUB_TYPE) == "noteref"]
    assert [a.text for a in calls] == ["1", "2"]
    for call in calls:
        assert call.get("role") == "doc-noteref"
        (aside,) = [e for e in foreword.iter(f"{XHTML}aside") if e.get("id") == call.get("href")[1:]]
        assert aside.get(EPUB_TYPE) == "footnote" and aside.get("role") == "doc-footnote"
        back = aside.find(f".//{XHTML}a[@role='doc-backlink']")
        assert back is not None and back.get("href") == "#" + call.get("id")
    headings = [
        e.tag.removeprefix(XHTML) for e in foreword.iter() if re.fullmatch(r"h[1-6]", str(e.tag).removeprefix(XHTML))
    ]
    assert headings == ["h1", "h2", "h3", "h4"]
    (table,) = foreword.iter(f"{XHTML}table")
    assert [th.get("scope") for th in table.iter(f"{XHTML}th")] == ["col"] * 3
    assert table.find(f"{XHTML}caption") is not None


@pytest.mark.e2e
def test_calibre_keeps_the_notes_linked_both_ways(rich_book, tmp_path):
    """Kindle readers get the book through Calibre's conversion: its parser must keep both links."""
    target = tmp_path / "booklet.htmlz"
    result = subprocess.run(
        [tool("ebook-convert"), str(rich_book / "booklet.epub"), str(target)],
        capture_output=True,
        text=True,
        check=False,
        env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin", "HOME": str(tmp_path)},
    )
    assert result.returncode == 0, result.stdout + result.stderr
    with zipfile.ZipFile(target) as archive:
        html = archive.read("index.html").decode("utf-8")
    ids = set(re.findall(r'id="([^"]+)"', html))
    calls = re.findall(r'<a class="note-call"[^>]* id="([^"]+)" href="#([^"]+)"', html)  # Calibre renames the ids
    backs = re.findall(r'<a class="note-back" href="#([^"]+)"', html)
    assert len(calls) == 2 and all(note in ids for _, note in calls)
    assert backs == [call for call, _ in calls]


@pytest.mark.e2e
def test_passages_in_other_scripts_carry_their_language_in_the_pdf_structure(tmp_path):
    logging.getLogger("booksmith").setLevel(logging.WARNING)
    build(BuildOptions(FIXTURES / "books" / "other_scripts", tmp_path / "dist", tmp_path / "build", ("pdf",)))
    pdf = pikepdf.open(tmp_path / "dist" / "booklet.pdf")
    languages = {language for tag, language in _structure_languages(pdf) if tag == "/Span"}
    assert {"ja", "th"} <= languages
    assert str(pdf.Root.Lang) == "en"


def _structure_elements(pdf: pikepdf.Pdf):
    seen: set[tuple[int, int]] = set()
    stack = [pdf.Root.StructTreeRoot]
    while stack:
        element = stack.pop()
        if not isinstance(element, pikepdf.Dictionary) or element.objgen in seen:
            continue
        if element.objgen != (0, 0):
            seen.add(element.objgen)
        if "/S" in element:
            yield element
        kids = element.get("/K")
        stack.extend(reversed(list(kids)) if isinstance(kids, pikepdf.Array) else [kids] if kids is not None else [])


def _structure_tags(pdf: pikepdf.Pdf) -> list[str]:
    return [str(element.S) for element in _structure_elements(pdf)]


def _structure_languages(pdf: pikepdf.Pdf) -> list[tuple[str, str]]:
    return [(str(e.S), str(e.Lang)) for e in _structure_elements(pdf) if "/Lang" in e]


def _build(book: Path, work: Path) -> subprocess.CompletedProcess[str]:
    return run(sys.executable, "-m", "booksmith", "build", book, "--out", work / "dist", "--build-dir", work / "b")


def _book_with_foreword(folder: Path, foreword: str) -> Path:
    folder.mkdir()
    (folder / "book.toml").write_text(
        '[book]\ntitle = "Notes"\ndate = 2021-06-01\n\n[[chapters]]\nsource = "foreword.md"\ntitle = "F"\n',
        encoding="utf-8",
    )
    (folder / "foreword.md").write_text(foreword, encoding="utf-8")
    return folder


@pytest.mark.e2e
def test_a_paragraph_that_runs_over_a_page_with_its_notes_below_builds(tmp_path):
    paragraph = " ".join(["The supporters stayed behind after the whistle and tidied the stand row by row."] * 60)
    book = _book_with_foreword(tmp_path / "book", f"Short.[^a]\n\n{paragraph}[^b]\n\n[^a]: One.\n\n[^b]: Two.\n")
    result = run(
        sys.executable, "-m", "booksmith", "build", book, "--out", tmp_path / "dist", "--build-dir", tmp_path / "b"
    )
    assert result.returncode == 0, result.stderr


@pytest.mark.e2e
def test_a_note_too_long_for_the_foot_of_a_page_is_an_error_and_dist_is_kept(tmp_path):
    note = " ".join(["This note goes on and on about the tidy stands of the tournament."] * 60)
    book = _book_with_foreword(tmp_path / "book", f"Short.[^a]\n\nMore.\n\n[^a]: {note}\n")
    (tmp_path / "dist").mkdir()
    (tmp_path / "dist" / "booklet.pdf").write_bytes(b"the previous good build")
    result = run(
        sys.executable, "-m", "booksmith", "build", book, "--out", tmp_path / "dist", "--build-dir", tmp_path / "b"
    )
    assert result.returncode == 4 and "Traceback" not in result.stderr
    assert re.search(r"foreword\.md:5: the print layout does not show this text: “This note goes on", result.stderr)
    assert "a note must fit at the foot of a page" in result.stderr
    assert (tmp_path / "dist" / "booklet.pdf").read_bytes() == b"the previous good build"
