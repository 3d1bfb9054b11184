"""`booksmith watch`: a change rebuilds what it touches; a broken file is reported and the watch goes on."""

from __future__ import annotations

import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest

from booksmith import pipeline
from booksmith.cli.new import new_book
from booksmith.cli.watch import Watched, changed_files, watch
from booksmith.pipeline import BuildOptions

ARTICLE = "Fans cleaned the stadium after the match.\n\nThe players left a note in Russian.\n"


def make_book(tmp_path: Path) -> Path:
    (tmp_path / "story.txt").write_text(ARTICLE, encoding="utf-8")
    return new_book(tmp_path / "book", [tmp_path / "story.txt"]).config.parent


def epub_text(epub: Path) -> str:
    with zipfile.ZipFile(epub) as archive:
        text = "".join(archive.read(name).decode() for name in archive.namelist() if name.endswith(".xhtml"))
    return text.replace("\u00ad", "")  # the EPUB's soft hyphens


@pytest.mark.e2e
def test_watch_rebuilds_on_each_change_and_survives_a_broken_config(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    book = make_book(tmp_path)
    toml = book / "book.toml"
    good_toml = toml.read_text(encoding="utf-8")
    article = book / "articles" / "story.txt"
    # Each build makes the next edit, as an editor saving a file while the watch runs.
    # The outputs live inside the manuscript folder here: writing them must not count as a change.
    edits: list[Callable[[], object]] = [
        lambda: article.write_text(ARTICLE + "\nA paragraph added while watching.\n", encoding="utf-8"),
        lambda: toml.write_text("[book\n", encoding="utf-8"),
        lambda: toml.write_text(good_toml.replace('title = "Book"', 'title = "Mended"'), encoding="utf-8"),
    ]
    builds: list[tuple[str, ...]] = []

    def build(options: BuildOptions) -> object:
        builds.append(options.formats)
        try:
            return pipeline.build(options)
        finally:
            if edits:
                edits.pop(0)()

    options = BuildOptions(book, book / "dist", book / "build", ("epub",))
    assert watch(options, build, interval=0.02, max_rebuilds=3) == 0
    assert builds == [("epub",)] * 4  # the first build, then one per change: no more
    err = capsys.readouterr().err
    assert "book/book.toml:1:" in err and "invalid TOML" in err  # reported, and the watch went on
    text = epub_text(book / "dist" / "booklet.epub")
    assert "A paragraph added while watching." in text
    assert "Mended" in text


@pytest.fixture
def watched(tmp_path) -> Watched:
    for folder in ("book", "styles", "templates/print", "templates/epub", "book/dist", "book/build/chapters"):
        (tmp_path / folder).mkdir(parents=True)
    outputs = (tmp_path / "book" / "dist", tmp_path / "book" / "build")
    return Watched(tmp_path / "book", tmp_path / "styles", tmp_path / "templates", outputs)


@pytest.mark.parametrize(
    ("changed", "rebuilt"),
    [
        (["styles/ebook.css"], ("epub",)),
        (["templates/epub/chapter.xhtml.j2"], ("epub",)),
        (["styles/ebook.css", "templates/epub/nav.xhtml.j2"], ("epub",)),
        # The EPUB's page list follows the printed pages: a print change rebuilds both.
        (["styles/print.css"], ("pdf", "epub")),
        (["styles/fonts/Serif.otf"], ("pdf", "epub")),
        (["templates/print/book.html.j2"], ("pdf", "epub")),
        (["styles/common.css"], ("pdf", "epub")),
        (["templates/blocks.html.j2"], ("pdf", "epub")),
        (["book/book.toml"], ("pdf", "epub")),
        (["book/articles/one.txt"], ("pdf", "epub")),
        (["book/styles/book.css"], ("pdf", "epub")),
        (["styles/print.css", "styles/ebook.css"], ("pdf", "epub")),
    ],
)
def test_a_change_rebuilds_only_the_editions_it_touches(watched, tmp_path, changed, rebuilt):
    assert watched.editions({tmp_path / path for path in changed}, ("pdf", "epub")) == rebuilt


def test_only_the_wanted_editions_are_rebuilt(watched, tmp_path):
    assert watched.editions({tmp_path / "styles" / "common.css"}, ("epub",)) == ("epub",)
    assert watched.editions({tmp_path / "styles" / "ebook.css"}, ("pdf",)) == ()


def test_outputs_hidden_files_and_editor_backups_are_not_watched(watched, tmp_path):
    book = tmp_path / "book"
    for name in (
        "book.toml",
        "dist/booklet.pdf",
        "build/chapters/one.md",
        ".book.toml.swp",
        "book.toml~",
        "#book.toml#",
        ".x.pdf.tmp",
    ):
        (book / name).write_text("x", encoding="utf-8")
    assert set(watched.snapshot()) == {book / "book.toml"}


def test_changed_files_sees_edits_additions_and_removals(tmp_path):
    a, b, c = (tmp_path / name for name in "abc")
    before = {a: (1, 10), b: (1, 10)}
    after = {a: (2, 10), c: (1, 1)}
    assert changed_files(before, after) == {a, b, c}
    assert changed_files(before, dict(before)) == set()
