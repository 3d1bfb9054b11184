"""assemble: sources → chapters through the chapter files, redone only when stale."""

from __future__ import annotations

import logging
import os
import re
from pathlib import Path

import pytest

from booksmith import config, workers
from booksmith.errors import BooksmithError, SourceError
from booksmith.manuscript import article, assemble
from booksmith.manuscript.article import derive_title
from booksmith.manuscript.assemble import assemble_book
from booksmith.model import Figure, Paragraph
from support import FIXTURES, write_photo

ARTICLES = FIXTURES / "articles"
STORY = "Japan lost 3-2 to Belgium in the round of 16.\n\nThe fans cleaned the stadium.\n"


@pytest.fixture
def book(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture):
    """Write a manuscript (book.toml body after [book], articles by name) and return a loader."""
    caplog.set_level(logging.WARNING, logger="booksmith")  # whatever level an earlier test left
    monkeypatch.chdir(tmp_path)
    (tmp_path / "articles").mkdir()

    def make(chapters: str, **articles: str | bytes):
        (tmp_path / "book.toml").write_text(f'[book]\ntitle = "Test"\n\n{chapters}', encoding="utf-8")
        for name, text in articles.items():
            data = text.encode() if isinstance(text, str) else text
            (tmp_path / "articles" / name.replace("__", ".")).write_bytes(data)
        return config.load(Path("."))

    return make


def chapter_entry(source: str, extra: str = "") -> str:
    return f'[[chapters]]\nsource = "articles/{source}"\n{extra}\n'


def test_title_from_book_toml_needs_no_warning(book, caplog):
    settings = book(chapter_entry("a.txt", 'title = "Farewell"'), a__txt=STORY)
    (chapter,) = assemble_book(settings, Path("build"))
    assert chapter.title == "Farewell"
    assert chapter.id == "chapter-01"
    assert "warning" not in caplog.text


def test_a_missing_title_is_derived_from_the_first_sentence_with_a_warning(book, caplog):
    settings = book(chapter_entry("a.txt"), a__txt=STORY)
    (chapter,) = assemble_book(settings, Path("build"))
    assert chapter.title == "Japan lost 3-2 to Belgium in the round…"
    assert (
        'book.toml:4: warning: chapter 1 has no title; using "Japan lost 3-2 to Belgium in the round…"' in caplog.text
    )


def test_a_missing_title_is_the_articles_own_headline(book, caplog):
    settings = book(chapter_entry("a.txt"), a__txt="Japan Says Goodbye\n\n" + STORY)
    (chapter,) = assemble_book(settings, Path("build"))
    assert chapter.title == "Japan Says Goodbye"
    assert isinstance(chapter.blocks[0], Paragraph)  # the headline is not repeated as a heading
    assert 'using its headline "Japan Says Goodbye"' in caplog.text


def test_derive_title():
    assert derive_title("Short one. Then more.") == "Short one"
    assert (
        derive_title("one two three four five six seven eight nine ten") == "one two three four five six seven eight…"
    )


def test_the_publisher_is_taken_from_the_comment_disclaimer(book, caplog):
    caplog.set_level(logging.INFO, logger="booksmith")
    text = (ARTICLES / "comment_disclaimer_names_publisher.txt").read_text(encoding="utf-8")
    settings = book(chapter_entry("a.txt", 'title = "T"'), a__txt=text)
    (chapter,) = assemble_book(settings, Path("build"))
    assert chapter.credit.publisher == "Onmanorama"
    assert "articles/a.txt: publisher 'Onmanorama' taken from its comment disclaimer" in caplog.text
    assert "articles/a.txt:3: dropped 1 line (comment-disclaimer)" in caplog.text


def test_book_toml_names_the_publisher_first(book):
    text = (ARTICLES / "comment_disclaimer_names_publisher.txt").read_text(encoding="utf-8")
    settings = book(chapter_entry("a.txt", 'title = "T"\npublisher = "Malayala Manorama"'), a__txt=text)
    assert assemble_book(settings, Path("build"))[0].credit.publisher == "Malayala Manorama"


def test_an_image_is_attached_to_the_figure_book_toml_names(book, tmp_path):
    (tmp_path / "images").mkdir()
    write_photo(tmp_path / "images" / "fans.jpg")
    figures = '[[chapters.figures]]\nlabel = "Japan fans"\nimage = "images/fans.jpg"\n'
    text = (ARTICLES / "photo_label_and_caption.txt").read_text(encoding="utf-8")
    settings = book(chapter_entry("a.txt", 'title = "T"\n' + figures), a__txt=text)
    (chapter,) = assemble_book(settings, Path("build"))
    figure = chapter.blocks[1]
    assert isinstance(figure, Figure)
    assert (figure.label, figure.image) == ("Japan fans", "images/fans.jpg")
    # and the chapter file keeps it
    assert "![Japan fans](<images/fans.jpg>)" in (tmp_path / "build/chapters/articles/a.md").read_text()


def test_an_image_can_be_attached_by_the_captions_first_words(book, tmp_path):
    write_photo(tmp_path / "note.jpg")
    figures = '[[chapters.figures]]\nlabel = "The Japanese team left"\nimage = "note.jpg"\n'
    text = (ARTICLES / "caption_without_label.txt").read_text(encoding="utf-8")
    settings = book(chapter_entry("a.txt", 'title = "T"\n' + figures), a__txt=text)
    assert assemble_book(settings, Path("build"))[0].blocks[1].image == "note.jpg"


def test_an_image_for_a_caption_that_is_not_there_is_an_error(book, tmp_path):
    write_photo(tmp_path / "x.jpg")
    figures = '[[chapters.figures]]\nlabel = "Nobody"\nimage = "x.jpg"\n'
    settings = book(chapter_entry("a.txt", 'title = "T"\n' + figures), a__txt=STORY)
    with pytest.raises(BooksmithError, match=r"^book\.toml:8: no photo caption labelled 'Nobody' in this chapter$"):
        assemble_book(settings, Path("build"))


def test_an_unchanged_source_is_not_reassembled_and_a_changed_one_is(book, tmp_path, monkeypatch):
    settings = book(
        chapter_entry("a.txt", 'title = "A"') + chapter_entry("b.txt", 'title = "B"'), a__txt=STORY, b__txt=STORY
    )
    assemble_book(settings, Path("build"))
    (tmp_path / "articles" / "b.txt").write_text(STORY + "\nOne more line.\n", encoding="utf-8")
    made: list[int] = []
    real = article.article_chapter  # looked up by assemble when an article is made, not when it is imported
    monkeypatch.setattr(article, "article_chapter", lambda settings, index: made.append(index) or real(settings, index))

    a, b = assemble_book(settings, Path("build"))
    assert made == [1]  # only the changed article is made again; the other is read back from its file
    assert a.blocks[1].text == "The fans cleaned the stadium." and a.blocks[1].origin.path == "articles/a.txt"
    assert b.blocks[-1].text == "One more line."
    assert "One more line." in (tmp_path / "build/chapters/articles/b.md").read_text()


@pytest.mark.parametrize("jobs", [None, 1])
def test_an_edited_article_is_cleaned_by_a_worker_while_the_build_works_meanwhile(book, tmp_path, monkeypatch, jobs):
    """The build loads its layout libraries `meanwhile`: an edit's one stale article is then made by a forked
    worker on the other core (`--jobs 1`: here, one after the other); either way `meanwhile` runs once, and
    the chapter is the one this process makes."""
    monkeypatch.setattr(workers.os, "sched_getaffinity", lambda _: {0, 1})  # two cores, whatever the machine
    settings = book(
        chapter_entry("a.txt", 'title = "A"') + chapter_entry("b.txt", 'title = "B"'), a__txt=STORY, b__txt=STORY
    )
    assemble_book(settings, Path("build"))
    (tmp_path / "articles" / "b.txt").write_text(STORY + "\nOne more line.\n", encoding="utf-8")
    real = assemble._source_chapter

    def made(settings: config.Settings, index: int) -> assemble.Chapter:  # in the worker, if there is one
        (tmp_path / f"made-{index}.pid").write_text(str(os.getpid()))
        return real(settings, index)

    monkeypatch.setattr(assemble, "_source_chapter", made)
    meanwhile: list[int] = []
    chapters = assemble_book(settings, Path("build"), jobs=jobs, meanwhile=lambda: meanwhile.append(os.getpid()))
    assert meanwhile == [os.getpid()]
    assert sorted(path.name for path in tmp_path.glob("made-*.pid")) == ["made-1.pid"]  # the edited article alone
    assert ((tmp_path / "made-1.pid").read_text() != str(os.getpid())) == (jobs is None)
    assert chapters == assemble_book(settings, Path("elsewhere"))  # made here, from nothing

    meanwhile.clear()
    assemble_book(settings, Path("build"), jobs=jobs, meanwhile=lambda: meanwhile.append(os.getpid()))
    assert meanwhile == [os.getpid()]  # nothing stale: done all the same

    for name in ("a.txt", "b.txt"):  # a few stale articles: one worker makes them all, this process works meanwhile
        (tmp_path / "articles" / name).write_text(STORY + "\nEdited again.\n", encoding="utf-8")
    for pid in tmp_path.glob("made-*.pid"):
        pid.unlink()
    assemble_book(settings, Path("build"), jobs=jobs, meanwhile=lambda: None)
    makers = {(tmp_path / f"made-{index}.pid").read_text() for index in (0, 1)}
    assert len(makers) == 1 and (makers != {str(os.getpid())}) == (jobs is None)


@pytest.mark.parametrize(
    "damage",
    [
        lambda text: text.replace("The fans cleaned", "The fans (edited) cleaned"),  # edited by hand
        lambda text: text[: len(text) // 2],  # cut short
        lambda text: text.replace('source = "articles/a.txt"', 'source = "/etc/passwd"'),  # names another file
        lambda text: "\x00" * len(text),  # garbage
    ],
)
def test_a_damaged_chapter_file_is_made_again_from_its_article(book, tmp_path, damage):
    settings = book(chapter_entry("a.txt", 'title = "A"'), a__txt=STORY)
    (expected,) = assemble_book(settings, Path("build"))
    path = tmp_path / "build/chapters/articles/a.md"
    written = path.read_text()
    path.write_text(damage(written), encoding="utf-8")
    assert assemble_book(settings, Path("build")) == (expected,)
    assert path.read_text() == written


def test_a_cached_figure_names_only_an_image_book_toml_attaches(book, tmp_path):
    story = "The fans left.\n\nJapan fans\nFans clean the stadium. Photo: Twitter\n"
    settings = book(chapter_entry("a.txt", 'title = "A"'), a__txt=story)
    assemble_book(settings, Path("build"))
    path = tmp_path / "build/chapters/articles/a.md"
    text = path.read_text()
    tampered = text.replace("::: figure\n", "::: figure\n![x](</etc/passwd>)\n\n")
    front, body = tampered.split("+++\n\n", 1)
    from booksmith.manuscript.chapterfile import body_digest

    digest = re.search(r'body_digest = "([^"]+)"', front).group(1)
    path.write_text(tampered.replace(digest, body_digest("\n" + body)))  # a consistent, forged file
    (chapter,) = assemble_book(settings, Path("build"))
    assert all(getattr(block, "image", None) is None for block in chapter.blocks)


def test_a_chapter_file_that_is_a_link_is_not_followed(book, tmp_path):
    settings = book(chapter_entry("a.txt", 'title = "A"'), a__txt=STORY)
    assemble_book(settings, Path("build"))
    path = tmp_path / "build/chapters/articles/a.md"
    outside = tmp_path / "elsewhere.md"
    outside.write_text(path.read_text().replace("The fans cleaned", "Outside text"))
    path.unlink()
    path.symlink_to(outside)
    (chapter,) = assemble_book(settings, Path("build"))
    assert "Outside text" not in str(chapter.blocks)
    assert not path.is_symlink() and "Outside text" in outside.read_text()  # replaced, the other file untouched


def test_a_changed_book_toml_entry_makes_its_chapter_stale(book, tmp_path):
    assemble_book(book(chapter_entry("a.txt", 'title = "A"'), a__txt=STORY), Path("build"))
    settings = book(chapter_entry("a.txt", 'title = "Another title"'))
    assert assemble_book(settings, Path("build"))[0].title == "Another title"
    assert 'title = "Another title"' in (tmp_path / "build/chapters/articles/a.md").read_text()


def test_only_the_named_chapters_are_assembled(book, tmp_path):
    settings = book(
        chapter_entry("a.txt", 'title = "A"') + chapter_entry("b.txt", 'title = "B"'), a__txt=STORY, b__txt=STORY
    )
    (chapter,) = assemble_book(settings, Path("build"), only=["articles/b.txt"])
    assert chapter.title == "B"
    assert not (tmp_path / "build/chapters/articles/a.md").exists()
    with pytest.raises(BooksmithError, match=r"^book\.toml: 'articles/c\.txt' is not a chapter in book\.toml$"):
        assemble_book(settings, Path("build"), only=["articles/c.txt"])


def test_a_fresh_chapter_file_asked_for_by_name_is_dated_now_so_make_stops_asking(book, tmp_path):
    """make reruns a chapter's rule when book.toml or the code is newer; a fresh file must then look remade."""
    settings = book(chapter_entry("a.txt", 'title = "A"'), a__txt=STORY)
    assemble_book(settings, Path("build"))
    chapter_file, source = tmp_path / "build/chapters/articles/a.md", tmp_path / "articles/a.txt"
    os.utime(source, (1_000_000_000, 1_000_000_000))
    os.utime(chapter_file, (1_000_000_010, 1_000_000_010))  # newer than its source, older than book.toml

    assemble_book(settings, Path("build"))  # a whole build leaves the dates alone (the EPUB stays fresh)
    assert chapter_file.stat().st_mtime == 1_000_000_010
    assemble_book(settings, Path("build"), only=["articles/a.txt"])
    assert chapter_file.stat().st_mtime > (tmp_path / "book.toml").stat().st_mtime - 1


@pytest.mark.parametrize(
    ("fixture", "why"),
    [
        ("empty.txt", "the file is empty"),
        ("bom_only.txt", "the file is empty"),
        ("whitespace_only_unicode_spaces.txt", "the file holds only white space"),
        ("only_web_litter.txt", "nothing is left after removing web litter: read-more, related"),
    ],
)
def test_an_article_with_no_text_is_an_error(book, fixture, why):
    settings = book(chapter_entry("a.txt", 'title = "T"'), a__txt=(ARTICLES / fixture).read_bytes())
    with pytest.raises(SourceError) as caught:
        assemble_book(settings, Path("build"))
    assert str(caught.value) == f"articles/a.txt: no article text ({why})"


def test_source_errors_of_every_chapter_are_reported_together(book):
    chapters = "".join(chapter_entry(name, 'title = "T"') for name in ("a.txt", "b.txt", "c.txt"))
    settings = book(chapters, a__txt="", b__txt=STORY, c__txt=b"bad \x00 byte\n")
    with pytest.raises(BooksmithError) as caught:
        assemble_book(settings, Path("build"))
    assert str(caught.value).splitlines() == [
        "articles/a.txt: no article text (the file is empty)",
        "articles/c.txt:1:5: control character U+0000 is not allowed in a book "
        "(a binary file, or UTF-16 without a byte order mark? set `encoding` in book.toml)",
    ]
    assert caught.value.exit_code == 3


def test_the_size_limit_comes_from_book_toml(book):
    settings = book("[build]\nmax_article_kib = 1\n\n" + chapter_entry("a.txt", 'title = "T"'), a__txt="word " * 300)
    with pytest.raises(SourceError, match=r"^articles/a\.txt: file is 2 KiB; the limit is 1 KiB"):
        assemble_book(settings, Path("build"))


def test_a_declared_encoding_is_used(book):
    settings = book(chapter_entry("a.txt", 'title = "T"\nencoding = "cp1251"'), a__txt="Спасибо!\n".encode("cp1251"))
    assert assemble_book(settings, Path("build"))[0].blocks[0].text == "Спасибо!"


def test_a_hand_written_markdown_chapter(book, tmp_path):
    (tmp_path / "foreword.md").write_text("+++\ntitle = 'Foreword'\n+++\n\nWhy *this* book.\n", encoding="utf-8")
    settings = book('[[chapters]]\nsource = "foreword.md"\nrole = "foreword"\n')
    (chapter,) = assemble_book(settings, Path("build"))
    assert (chapter.title, chapter.role, chapter.blocks[0].text) == ("Foreword", "foreword", "Why this book.")
    assert not (tmp_path / "build").exists()  # nothing to assemble: the file is its own chapter file


@pytest.mark.parametrize(
    ("image", "problem"),
    [
        ("missing.jpg", "not found"),
        ("../../etc/passwd", "is not a file inside the manuscript folder"),
        ("/etc/passwd", "is not a file inside the manuscript folder"),
        ("http://example.com/x.jpg", "is not a file inside the manuscript folder"),
    ],
)
def test_an_image_in_a_hand_written_chapter_must_be_inside_the_manuscript(book, tmp_path, image, problem):
    (tmp_path / "foreword.md").write_text(f"Why.\n\n![Fans](<{image}>)\n", encoding="utf-8")
    settings = book('[[chapters]]\nsource = "foreword.md"\ntitle = "F"\n')
    with pytest.raises(SourceError) as caught:
        assemble_book(settings, Path("build"))
    assert str(caught.value) == f"foreword.md:3: image '{image}' {problem}"


def test_a_file_url_image_in_a_hand_written_chapter_is_refused_at_its_line(book, tmp_path):
    # Nothing is fetched: a `file:` image names no file of the book, and the editor is told where.
    (tmp_path / "foreword.md").write_text("Why.\n\n![Fans](file:///etc/passwd)\n", encoding="utf-8")
    settings = book('[[chapters]]\nsource = "foreword.md"\ntitle = "F"\n')
    with pytest.raises(
        SourceError, match=r"foreword\.md:3: image 'file:///etc/passwd' is not a file inside the manuscript"
    ):
        assemble_book(settings, Path("build"))


def test_the_fingerprint_covers_the_whole_manuscript_stage_and_the_model():
    """A chapter file is stale when any code that made it changed, a module added later included."""
    from booksmith.manuscript import assemble

    package = Path(assemble.__file__).parents[1]
    covered = {path.relative_to(package).as_posix() for path in assemble.assembly_code()}
    stage = {f"manuscript/{path.name}" for path in (package / "manuscript").glob("*.py")}
    assert stage | {"model.py", "config/settings.py", "config/problems.py"} <= covered


LITTERED = (
    "Skip to main content\n\nJapan lost 3-2 to Belgium in the round of 16.\n\nShare on Facebook\n\n"
    "The fans cleaned the stadium.\n\nMost read\n\nThe other match\n\nAnother story\n"
)


def test_many_stale_articles_are_cleaned_by_workers_with_the_same_chapters_and_notes(
    book, tmp_path, caplog, monkeypatch
):
    """Six articles to clean: forked workers make them, and the chapters, their files and the notes (said in
    book order, by the parent) are those one process makes; so is the error an empty article is."""
    entries = "".join(chapter_entry(f"{n}.txt") for n in range(6)) + chapter_entry("empty.txt")
    articles = {f"{n}__txt": LITTERED.replace("16", str(16 + n)) for n in range(6)}
    settings = book(entries, empty__txt="\n\n", **articles)
    caplog.set_level(logging.INFO, logger="booksmith")
    monkeypatch.setattr(os, "sched_getaffinity", lambda _: {0, 1}, raising=False)  # two cores, on any machine
    by_workers: list[int] = []
    real = assemble._made_by_workers
    monkeypatch.setattr(
        assemble, "_made_by_workers", lambda *args: (made := real(*args), by_workers.append(len(made)))[0]
    )
    found = {}
    for jobs in (1, 2):
        caplog.clear()
        with pytest.raises(SourceError) as failed:
            assemble_book(settings, tmp_path / f"build-{jobs}", jobs=jobs)
        notes = [record.getMessage() for record in caplog.records]
        files = {path.name: path.read_text() for path in (tmp_path / f"build-{jobs}" / "chapters").rglob("*.md")}
        found[jobs] = (str(failed.value), notes, files)
    assert by_workers == [0, 6]  # one process, then six chapters made by workers (the empty one fails here)
    assert found[2] == found[1]
    assert len(found[1][2]) == 6 and any("dropped" in note for note in found[1][1])
    assert [note for note in found[1][1] if "0.txt" in note] != []  # said for the first article …
    first = next(i for i, note in enumerate(found[2][1]) if "/0.txt" in note)
    last = next(i for i, note in enumerate(found[2][1]) if "/5.txt" in note)
    assert first < last  # … before the last, as the articles come in the book


def test_a_few_stale_articles_are_cleaned_here_without_workers(book, tmp_path, monkeypatch):
    settings = book("".join(chapter_entry(f"{n}.txt") for n in range(3)), **{f"{n}__txt": STORY for n in range(3)})
    monkeypatch.setattr(assemble, "_made_in_worker", lambda index: pytest.fail("no worker for three articles"))
    assert len(assemble_book(settings, tmp_path / "build", jobs=2)) == 3
