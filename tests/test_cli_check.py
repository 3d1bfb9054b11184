"""`booksmith check`: every problem as `path:line: message`, nothing written, the real validators for dist/."""

from __future__ import annotations

import shutil
import zipfile
from pathlib import Path

import pytest

from booksmith.cli.check import parse_epubcheck
from booksmith.cli.main import main
from booksmith.cli.new import new_book
from support import SEED_MANUSCRIPT

ARTICLE = "Fans cleaned the stadium after the match.\n\nThe players left a note in Russian.\n"


@pytest.fixture
def book(tmp_path, monkeypatch) -> Path:
    monkeypatch.chdir(tmp_path)
    article = tmp_path / "story.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    return new_book(tmp_path / "book", [article]).config.parent


def files_under(folder: Path) -> set[Path]:
    return set(folder.rglob("*"))


def test_a_sound_manuscript_passes_and_nothing_is_written(book, tmp_path, capsys):
    before = files_under(tmp_path)
    assert main(["check", "book"]) == 0
    assert capsys.readouterr().err == "check: no problems found in book (1 chapter)\n"
    assert files_under(tmp_path) == before  # no build/, no dist/


def test_every_config_problem_is_listed_with_its_line(book, capsys):
    toml = book / "book.toml"
    text = toml.read_text(encoding="utf-8").replace('page_size = "A5"', 'page_size = "A4"')
    toml.write_text(text + '\n[[chapters]]\nsource = "articles/gone.txt"\n', encoding="utf-8")
    lines = toml.read_text(encoding="utf-8").splitlines()
    size_line = next(n for n, line in enumerate(lines, 1) if line.startswith("page_size"))
    gone_line = lines.index('source = "articles/gone.txt"') + 1
    assert main(["check", "book"]) == 2
    err = capsys.readouterr().err.splitlines()
    assert err[0].startswith(f"book/book.toml:{size_line}: 'print.page_size': ")
    assert err[1] == f"book/book.toml:{gone_line}: chapter file not found: articles/gone.txt"
    assert err[2] == "check: 2 errors and 0 warnings in book (0 chapters)"


def test_source_problems_exit_3_and_every_chapter_is_read(book, capsys):
    (book / "articles" / "story.txt").write_bytes(b"Fans \x00 cleaned up.\n")
    (book / "articles" / "empty.txt").write_text("", encoding="utf-8")
    with (book / "book.toml").open("a", encoding="utf-8") as toml:
        toml.write('\n[[chapters]]\nsource = "articles/empty.txt"\ntitle = "Empty"\n')
    assert main(["check", "book"]) == 3
    err = capsys.readouterr().err.splitlines()
    assert [line.split(":")[0] for line in err[:2]] == ["book/articles/story.txt", "book/articles/empty.txt"]
    assert err[-1] == "check: 2 errors and 0 warnings in book (2 chapters)"


def test_a_warning_is_a_finding(book, capsys):
    (book / "articles" / "forgotten.txt").write_text(ARTICLE, encoding="utf-8")
    assert main(["check", "book"]) == 1
    assert capsys.readouterr().err == (
        "book/articles/forgotten.txt: warning: not a chapter: book.toml does not list it\n"
        "check: 0 errors and 1 warning in book (1 chapter)\n"
    )


def test_notes_show_only_when_verbose(book, capsys):
    (book / "articles" / "story.txt").write_text(ARTICLE + "\nRead more World Cup News\n", encoding="utf-8")
    assert main(["check", "book"]) == 0
    assert "dropped" not in capsys.readouterr().err
    assert main(["check", "book", "--verbose"]) == 0
    assert "book/articles/story.txt:5: dropped 1 line (read-more)" in capsys.readouterr().err


def test_outputs_not_built_yet_are_findings(book, capsys):
    assert main(["check", "book", "--outputs"]) == 4
    assert capsys.readouterr().err == (
        "dist/booklet.pdf: not built yet (run `booksmith build` first)\n"
        "dist/booklet.epub: not built yet (run `booksmith build` first)\n"
        "check: 2 errors and 0 warnings in book (1 chapter) and dist\n"
    )


@pytest.mark.e2e
def test_outputs_are_judged_by_the_real_validators(seed_build, tmp_path, monkeypatch, capsys):
    """The seed PDF (sound) and its EPUB with one element XHTML does not have, judged by qpdf, pdffonts and
    EPUBCheck (one run: it is slow): the one problem, and only it, comes back as `file:line: message`."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "dist").mkdir()
    shutil.copy(seed_build.pdf, tmp_path / "dist" / "booklet.pdf")
    shutil.copy(seed_build.epub, tmp_path / "dist" / "booklet.epub")
    line = _break_chapter(tmp_path / "dist" / "booklet.epub")
    assert main(["check", str(SEED_MANUSCRIPT), "--outputs"]) == 4
    err = capsys.readouterr().err.splitlines()
    assert len(err) == 2, err
    assert err[0].startswith(f"dist/booklet.epub/EPUB/chapter-01.xhtml:{line}: error: ")
    assert 'element "bogus" not allowed here' in err[0]
    assert err[0].endswith("(RSC-005)")
    assert err[1].startswith("check: 1 error and 0 warnings in ")


def _break_chapter(epub: Path) -> int:
    """Put an element XHTML does not have into chapter 1, right after <body>; returns its line."""
    with zipfile.ZipFile(epub) as archive:
        items = [(item, archive.read(item)) for item in archive.infolist()]
    with zipfile.ZipFile(epub, "w") as archive:
        for item, data in items:
            if item.filename == "EPUB/chapter-01.xhtml":
                text = data.decode("utf-8")
                start = text.index("<body")
                end = text.index(">", start) + 1
                line = text[:end].count("\n") + 1
                data = (text[:end] + "<bogus/>" + text[end:]).encode("utf-8")
            archive.writestr(item, data)
    return line


def test_epubcheck_json_without_a_line_names_the_file():
    report = {
        "messages": [
            {"ID": "PKG-010", "severity": "WARNING", "message": "Filename contains spaces", "locations": []},
            {"ID": "ACC-001", "severity": "INFO", "message": "advice", "locations": []},
            {
                "ID": "RSC-005",
                "severity": "ERROR",
                "message": "Error while parsing file",
                "locations": [{"path": "EPUB/a.xhtml", "line": 3, "column": 9}, {"path": "EPUB/b.xhtml", "line": -1}],
            },
        ]
    }
    found = [str(error) for error in parse_epubcheck(report, Path("dist/booklet.epub"))]
    assert found == [
        "dist/booklet.epub: warning: Filename contains spaces (PKG-010)",
        "dist/booklet.epub/EPUB/a.xhtml:3: error: Error while parsing file (RSC-005)",
        "dist/booklet.epub/EPUB/b.xhtml: error: Error while parsing file (RSC-005)",
    ]


def test_the_editor_s_drop_and_keep_entries_that_find_no_line_are_warnings_at_their_line(book, capsys):
    toml = book / "book.toml"
    text = toml.read_text(encoding="utf-8")
    text = text.replace(
        'source = "articles/story.txt"\n', 'source = "articles/story.txt"\ndrop = ["Win tickets!", 2]\nkeep = [3]\n'
    )
    toml.write_text(text, encoding="utf-8")
    line = text.splitlines().index('drop = ["Win tickets!", 2]') + 1
    assert main(["check", "book"]) == 1
    assert capsys.readouterr().err.splitlines() == [
        f"book/book.toml:{line}: warning: drop entry 'Win tickets!' matches no line of articles/story.txt",
        f"book/book.toml:{line}: warning: drop entry 2 matches no line of articles/story.txt",
        "check: 0 errors and 2 warnings in book (1 chapter)",
    ]


def test_a_line_that_only_may_be_furniture_is_listed_for_the_editor(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    page = tmp_path / "page.txt"
    lines = ["Skip to main content", "Home | News | Sport | Business | Culture"]
    lines += ["Our town's news, told by its neighbours since 1999.", ""]
    lines += ["Fans tidy the stands again after Belgium's late winner in Rostov", "By Jane Doe", ""]
    lines += ["Japan's supporters stayed behind to tidy the stand long after the final whistle had gone.", ""]
    lines += ["The stewards thanked them as they left, and the club posted a photo of the spotless stand."]
    page.write_text("\n".join(lines) + "\n", encoding="utf-8")
    new_book(tmp_path / "book", [page])
    assert main(["check", "book"]) == 1
    assert capsys.readouterr().err.splitlines()[0] == (
        "book/articles/page.txt:3: warning: kept, though it may be furniture (nav): "
        "“Our town's news, told by its neighbours since 1999.”, a sentence above the headline, among the site's "
        "header; to drop it, add 3 to this chapter's drop list"
    )
