"""`booksmith new`: a manuscript folder that builds as it is, and never overwrites an editor's work."""

from __future__ import annotations

import tomllib

import pytest

from booksmith import config
from booksmith.cli.main import main
from booksmith.cli.new import book_toml, guess_chapter, new_book, title_from_folder
from support import FIXTURES, SEED_MANUSCRIPT, run, tool

SEED_ARTICLES = sorted((SEED_MANUSCRIPT / "articles").glob("*.txt"))
HEADLINED = "Spotless to the Last\n\nJapan's fans cleaned the stadium after the match.\n\nThe players did too.\n"
PLAIN = 'Fans cleaned the stadium after the "final" match.\n\nThe players left a note.\n'


@pytest.mark.e2e
def test_a_book_made_from_the_seed_articles_builds_without_edits(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    assert main(["new", "keepsake", *map(str, SEED_ARTICLES)]) == 0
    settings = config.load(tmp_path / "keepsake")
    assert [c.source for c in settings.config.chapters] == [f"articles/{p.name}" for p in SEED_ARTICLES]
    assert settings.config.book.title == "Keepsake"
    assert main(["build", "keepsake"]) == 0  # as a person would, with no edit in between
    assert run(tool("qpdf"), "--check", tmp_path / "dist" / "booklet.pdf").returncode == 0
    assert (tmp_path / "dist" / "booklet.epub").stat().st_size > 0
    summary = capsys.readouterr().err.splitlines()[-1]
    assert summary.startswith("built ") and ", 2 chapters, " in summary
    for article in SEED_ARTICLES:  # copied, byte for byte
        assert (tmp_path / "keepsake" / "articles" / article.name).read_bytes() == article.read_bytes()


def test_the_seed_articles_titles_are_guessed_from_their_first_sentences():
    guesses = [guess_chapter(path, f"articles/{path.name}") for path in SEED_ARTICLES]
    assert [g.title for g in guesses] == [
        "As Japan's Samurai Blue headed home from Russia…",
        "Japan came close to pulling off one of…",
    ]
    assert guesses[1].publisher is not None and guesses[1].publisher.startswith("Onmanorama")


def test_an_articles_own_headline_titles_it_and_is_not_repeated(tmp_path):
    article = tmp_path / "spotless.txt"
    article.write_text(HEADLINED, encoding="utf-8")
    made = new_book(tmp_path / "book", [article])
    text = made.config.read_text(encoding="utf-8")
    # A title in book.toml would print the headline twice (as the title and as a heading).
    assert '# title = "Spotless to the Last"' in text
    assert tomllib.loads(text)["chapters"][0] == {"source": "articles/spotless.txt"}


def test_titles_with_quotes_are_written_as_valid_toml(tmp_path):
    article = tmp_path / "final.txt"
    article.write_text(PLAIN, encoding="utf-8")
    made = new_book(tmp_path / "book", [article], title='The "Samurai Blue" book')
    data = tomllib.loads(made.config.read_text(encoding="utf-8"))
    assert data["book"]["title"] == 'The "Samurai Blue" book'
    assert data["chapters"][0]["title"] == 'Fans cleaned the stadium after the "final" match'


def test_every_chapter_keeps_the_order_given(tmp_path):
    names = ["c.txt", "a.txt", "b.txt"]
    for name in names:
        (tmp_path / name).write_text(f"Story {name} begins here.\n\nIt goes on.\n", encoding="utf-8")
    made = new_book(tmp_path / "book", [tmp_path / name for name in names])
    assert [c.source for c in made.chapters] == [f"articles/{name}" for name in names]


def test_an_existing_book_toml_is_never_overwritten(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.txt").write_text(PLAIN, encoding="utf-8")
    (tmp_path / "book").mkdir()
    (tmp_path / "book" / "book.toml").write_text("# the editor's own\n", encoding="utf-8")
    assert main(["new", "book", "a.txt"]) == 2
    assert capsys.readouterr().err == (
        "book/book.toml: already exists; booksmith new never overwrites it"
        " (add [[chapters]] entries to it by hand, or choose a new folder)\n"
    )
    assert (tmp_path / "book" / "book.toml").read_text(encoding="utf-8") == "# the editor's own\n"
    assert not (tmp_path / "book" / "articles").exists()


def test_an_article_with_other_text_is_never_overwritten_and_nothing_is_written(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.txt").write_text(PLAIN, encoding="utf-8")
    (tmp_path / "b.txt").write_text(HEADLINED, encoding="utf-8")
    (tmp_path / "book" / "articles").mkdir(parents=True)
    (tmp_path / "book" / "articles" / "b.txt").write_text("The editor's corrected text.\n", encoding="utf-8")
    assert main(["new", "book", "a.txt", "b.txt"]) == 3
    assert capsys.readouterr().err == (
        "book/articles/b.txt: already exists with other text; booksmith new never overwrites it\n"
    )
    assert (tmp_path / "book" / "articles" / "b.txt").read_text(encoding="utf-8") == "The editor's corrected text.\n"
    assert not (tmp_path / "book" / "articles" / "a.txt").exists()
    assert not (tmp_path / "book" / "book.toml").exists()


def test_rerunning_with_the_same_articles_reuses_them(tmp_path):
    article = tmp_path / "a.txt"
    article.write_text(PLAIN, encoding="utf-8")
    (tmp_path / "book" / "articles").mkdir(parents=True)
    (tmp_path / "book" / "articles" / "a.txt").write_text(PLAIN, encoding="utf-8")
    made = new_book(tmp_path / "book", [article])
    assert made.copied == ()
    assert [c.source for c in made.chapters] == ["articles/a.txt"]


def test_with_no_articles_named_it_lists_those_already_in_the_folder(tmp_path):
    articles = tmp_path / "book" / "articles"
    articles.mkdir(parents=True)
    for name in ("02-second.txt", "01-first.txt", "notes.odt"):
        (articles / name).write_text(PLAIN, encoding="utf-8")
    made = new_book(tmp_path / "book", [])
    assert [c.source for c in made.chapters] == ["articles/01-first.txt", "articles/02-second.txt"]
    config.load(tmp_path / "book")  # valid as written


def test_missing_and_unsuitable_articles_are_reported_together(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "photo.jpg").write_bytes(b"\xff\xd8")
    assert main(["new", "book", "missing.txt", "photo.jpg"]) == 3
    assert capsys.readouterr().err == (
        "missing.txt: article not found\nphoto.jpg: a chapter is a .txt article, a .md text or a saved .html page\n"
    )
    assert not (tmp_path / "book").exists()


def test_no_articles_at_all_is_a_clear_error(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    assert main(["new", "book"]) == 2
    assert capsys.readouterr().err == (
        "book: no articles to start the book with"
        " (name them: booksmith new book ARTICLE.txt …, or put .txt files in book/articles/)\n"
    )


@pytest.mark.parametrize(
    ("folder", "title"),
    [("samurai-blue", "Samurai Blue"), ("world_cup_2018", "World Cup 2018"), ("keepsake", "Keepsake")],
)
def test_the_book_title_comes_from_the_folder_name(tmp_path, folder, title):
    assert title_from_folder(tmp_path / folder) == title


def test_the_written_book_toml_is_commented_and_valid():
    text = book_toml("Keepsake", ())
    assert text.count("\n# ") > 10  # every optional key is shown, commented out
    data = tomllib.loads(text + '[[chapters]]\nsource = "articles/a.txt"\n')
    assert data["book"] == {"title": "Keepsake", "language": "en"}
    assert data["print"] == {"page_size": "A5"}


def test_a_saved_page_starts_a_book_with_its_images_and_its_own_headline(tmp_path):
    pages = FIXTURES / "books" / "saved_pages" / "pages"
    made = new_book(tmp_path / "book", [pages / "broadsheet.html", pages / "blog.html"])
    folder = tmp_path / "book" / "articles"
    assert sorted(p.name for p in (folder / "broadsheet_files").iterdir()) == ["room.png", "site.css", "stands.jpg"]
    broadsheet, blog = made.chapters
    assert (broadsheet.headline, broadsheet.publisher, broadsheet.author, broadsheet.date) == (
        "Japan's fans tidy Yekaterinburg after Senegal draw",
        "The Northern Ledger",
        "Harriet Fell",
        "2018-06-25",
    )
    assert blog.headline == "Ten days in Russia with the Samurai Blue" and not (folder / "blog_files").exists()
