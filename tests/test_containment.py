"""The book reads and writes only inside itself (issue 17's first class of faults).

Every path booksmith derives is resolved and refused when it leaves the manuscript or the build
folder; only regular files are read (a FIFO or a device would block or never end); a chapter's
front matter cannot make the build read another file; workers end with their parent; what a killed
build leaves behind is removed by the next; WeasyPrint's font copies stay in the build's scratch.
Each case runs the real command, and checks the exact message, the exit code and what was touched.
"""

from __future__ import annotations

import hashlib
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from booksmith.cli.main import main
from booksmith.config.styles import font_files
from booksmith.output import locked, remove_leftovers
from support import ROOT

STORY = "Fans cleaned the stadium after the match.\n\nThe players left a note in Russian.\n"


def manuscript(root: Path, chapters: str, **files: str) -> Path:
    """A book folder with `book.toml` listing `chapters` and the given files (a__txt → a.txt)."""
    book = root / "book"
    book.mkdir(parents=True, exist_ok=True)
    (book / "book.toml").write_text(f'[book]\ntitle = "T"\ndate = 2018-07-05\n\n{chapters}', encoding="utf-8")
    for name, text in files.items():
        path = book / name.replace("__", ".").replace("_SLASH_", "/")
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return book


def tree(folder: Path) -> dict[str, str]:
    """Every file under `folder` (links as their target), hashed: what a test compares before and after."""
    if not folder.exists():
        return {}
    found = {}
    for path in sorted(folder.rglob("*")):
        relative = str(path.relative_to(folder))
        if path.is_symlink():
            found[relative] = f"link to {os.readlink(path)}"
        elif path.is_file():
            found[relative] = hashlib.sha256(path.read_bytes()).hexdigest()
    return found


def booksmith(*args: str | Path, cwd: Path, timeout: float = 60) -> subprocess.CompletedProcess[str]:
    """The real command in a process of its own (a case that could hang must not hang the tests)."""
    command = [sys.executable, "-m", "booksmith", *map(str, args)]
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    return subprocess.run(command, cwd=cwd, capture_output=True, text=True, timeout=timeout, env=env, check=False)


# --- paths derived from book.toml's names ------------------------------------------------------


def test_a_source_through_a_link_and_dot_dots_gives_a_chapter_file_inside_the_build_folder(tmp_path, capsys):
    book = manuscript(
        tmp_path, '[[chapters]]\nsource = "lnk/../../../articles/a.txt"\ntitle = "A"\n', articles_SLASH_a__txt=STORY
    )
    (book / "deep" / "one" / "two").mkdir(parents=True)
    (book / "lnk").symlink_to(book / "deep" / "one" / "two")  # lnk/../../.. is the manuscript itself
    outside = tree(tmp_path)
    assert main(["-q", "assemble", str(book), "--build-dir", str(tmp_path / "build")]) == 0, capsys.readouterr().err
    made = set(tree(tmp_path)) - set(outside)
    assert made == {"build/chapters/articles/a.md"}  # named from the resolved source, and nothing else anywhere


def test_a_link_in_the_build_folder_cannot_lead_a_write_out_of_it(tmp_path, capsys):
    book = manuscript(tmp_path, '[[chapters]]\nsource = "articles/a.txt"\ntitle = "A"\n', articles_SLASH_a__txt=STORY)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (tmp_path / "build" / "chapters").mkdir(parents=True)
    (tmp_path / "build" / "chapters" / "articles").symlink_to(elsewhere)
    assert main(["-q", "assemble", str(book), "--build-dir", str(tmp_path / "build")]) == 5
    target = tmp_path / "build" / "chapters" / "articles" / "a.md"
    assert (
        capsys.readouterr().err == f"{target}: leads out of {tmp_path / 'build'} (a link, or '..' in a name): refused\n"
    )
    assert list(elsewhere.iterdir()) == []


def test_check_writes_nothing_anywhere(tmp_path, capsys, monkeypatch):
    book = manuscript(tmp_path, '[[chapters]]\nsource = "articles/a.txt"\ntitle = "A"\n', articles_SLASH_a__txt=STORY)
    temporary = tmp_path / "tmp"
    temporary.mkdir()
    monkeypatch.setenv("TMPDIR", str(temporary))
    monkeypatch.setattr("tempfile.tempdir", None)
    before = tree(tmp_path)
    assert main(["check", str(book)]) == 0, capsys.readouterr().err
    assert tree(tmp_path) == before and list(temporary.iterdir()) == []


def test_a_hand_written_chapter_cannot_redirect_reads_through_its_front_matter(tmp_path, capsys):
    secret = tmp_path / "secret.txt"
    secret.write_text("\ue000 a line of a file outside the book\n", encoding="utf-8")
    front = f'+++\ntitle = "Foreword"\nsource = "{secret}"\nblock_lines = [1]\n+++\n\n'
    book = manuscript(
        tmp_path, '[[chapters]]\nsource = "foreword.md"\n', foreword__md=front + "A private-use icon: \ue000.\n"
    )
    assert main(["check", str(book)]) == 0
    assert main(["-q", "assemble", str(book), "--build-dir", str(tmp_path / "build")]) == 0
    from booksmith import config
    from booksmith.pdf.glyphs import _source_lines

    settings = config.load(book)
    assert _source_lines(settings, str(secret)) == ()  # not a chapter of the book: never opened
    assert "secret" not in capsys.readouterr().err


# --- only regular files --------------------------------------------------------------------------


def test_a_fifo_as_book_toml_is_refused_at_once(tmp_path):
    book = tmp_path / "book"
    book.mkdir()
    os.mkfifo(book / "book.toml")
    result = booksmith("check", book, cwd=tmp_path, timeout=20)
    refused = "book/book.toml: is a FIFO, a socket or a device, not a file\n"
    assert (result.returncode, result.stderr) == (2, refused + "check: 1 error and 0 warnings in book (0 chapters)\n")


def test_a_folder_as_book_toml_is_a_config_error(tmp_path, capsys):
    book = tmp_path / "book"
    (book / "book.toml").mkdir(parents=True)
    assert main(["-q", "assemble", str(book), "--build-dir", str(tmp_path / "build")]) == 2
    assert capsys.readouterr().err == f"{book / 'book.toml'}: is a folder, not a file\n"


def test_a_fifo_as_an_article_is_refused_at_once(tmp_path):
    book = manuscript(tmp_path, '[[chapters]]\nsource = "articles/a.txt"\ntitle = "A"\n')
    (book / "articles").mkdir()
    os.mkfifo(book / "articles" / "a.txt")
    result = booksmith("-q", "assemble", book, "--build-dir", tmp_path / "build", cwd=tmp_path, timeout=20)
    refused = "book/book.toml:6: 'articles/a.txt' is not a file (a folder, a FIFO or a device)\n"
    assert (result.returncode, result.stderr) == (2, refused)


def test_font_files_are_regular_files_inside_their_folder(tmp_path):
    styles = tmp_path / "book" / "styles"
    (styles / "fonts").mkdir(parents=True)
    (styles / "fonts" / "own.otf").write_bytes(b"OTTO")
    os.mkfifo(styles / "fonts" / "blocks.ttf")
    (tmp_path / "outside.otf").write_bytes(b"OTTO")
    (styles / "fonts" / "linked.otf").symlink_to(tmp_path / "outside.otf")
    (styles / "fonts" / "inside-link.otf").symlink_to(styles / "fonts" / "own.otf")
    (styles / "loop").symlink_to(styles)  # a link to a folder is not followed
    assert font_files([styles]) == [styles / "fonts" / "inside-link.otf", styles / "fonts" / "own.otf"]


# --- what builds leave behind, and who holds a folder ---------------------------------------------


def test_what_a_killed_build_left_is_removed_and_nothing_else(tmp_path):
    build = tmp_path / "build"
    (build / "chapters" / "articles").mkdir(parents=True)
    (build / "scratch-k2j3h4").mkdir()
    (build / "parts-abcd1234").mkdir()
    (build / "chapters" / "articles" / ".a.md.x8k2mz0q.tmp").write_text("half")
    (build / "chapters" / "articles" / "a.md").write_text("kept")
    (build / ".pagemap.json.abcdefgh.tmp").write_text("half")
    (build / "notes-parts-of-speech.txt").write_text("kept")
    out = tmp_path / "dist"
    (out / "parts-of-my-own").mkdir(parents=True)
    (out / ".booklet.pdf.a1b2c3d4.tmp").write_text("half")
    (out / "booklet.pdf").write_text("kept")
    remove_leftovers(build, build_folder=True)
    remove_leftovers(out)
    assert sorted(tree(tmp_path)) == [
        "build/chapters/articles/a.md",
        "build/notes-parts-of-speech.txt",
        "dist/booklet.pdf",
    ]
    assert (out / "parts-of-my-own").is_dir()  # the output folder's own folders are never touched


def test_a_second_build_of_the_same_folder_waits_for_the_first(tmp_path):
    book = manuscript(tmp_path, '[[chapters]]\nsource = "articles/a.txt"\ntitle = "A"\n', articles_SLASH_a__txt=STORY)
    build = tmp_path / "build"
    with locked(build):
        command = [sys.executable, "-m", "booksmith", "assemble", str(book), "--build-dir", str(build)]
        env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
        waiting = subprocess.Popen(command, stderr=subprocess.PIPE, text=True, env=env)
        time.sleep(1.5)
        assert waiting.poll() is None  # held
        assert not (build / "chapters").exists()
    assert waiting.wait(timeout=30) == 0
    assert f"waiting for another booksmith build using {build} to finish" in waiting.stderr.read()
    assert (build / "chapters" / "articles" / "a.md").is_file()


def test_a_folder_made_for_the_lock_is_removed_when_nothing_was_written(tmp_path):
    with locked(tmp_path / "dist"):
        pass
    assert not (tmp_path / "dist").exists()


# --- builds for real ------------------------------------------------------------------------------


def long_book(root: Path, chapters: int = 6) -> Path:
    paragraph = "The fans stayed to tidy the stands, and the players left a note of thanks. " * 12
    entries = "".join(f'[[chapters]]\nsource = "articles/c{n}.txt"\ntitle = "Chapter {n}"\n\n' for n in range(chapters))
    files = {f"articles_SLASH_c{n}__txt": "\n\n".join([paragraph] * 20) for n in range(chapters)}
    return manuscript(root, entries, **files)


def children(pid: int) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[1]) == pid:
                found.append(int(entry.name))
    return found


def alive(pid: int) -> bool:
    try:
        state = (Path("/proc") / str(pid) / "stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


@pytest.mark.e2e
@pytest.mark.parametrize("stage", ["cleaning", "layout"])
@pytest.mark.parametrize("stop", [signal.SIGKILL, signal.SIGTERM])
def test_jobs_workers_end_with_their_parent_however_it_ends(tmp_path, stop, stage):
    """The workers that clean the articles, or (the articles assembled already) those that lay them out."""
    book = long_book(tmp_path)
    if stage == "layout":
        assert main(["-q", "assemble", str(book), "--build-dir", str(tmp_path / "build")]) == 0
    command = [sys.executable, "-m", "booksmith", "-q", "build", str(book), "--pdf", "--jobs", "2"]
    command += ["--out", str(tmp_path / "dist"), "--build-dir", str(tmp_path / "build")]
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    parent = subprocess.Popen(command, stderr=subprocess.PIPE, text=True, env=env)
    deadline = time.monotonic() + 60
    while len(workers := children(parent.pid)) < 2 and time.monotonic() < deadline:
        time.sleep(0.05)
    assert len(workers) >= 2, "the build never started its workers"
    parent.send_signal(stop)
    parent.wait(timeout=30)
    deadline = time.monotonic() + 10
    while any(alive(pid) for pid in workers) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not any(alive(pid) for pid in workers)
    if stop == signal.SIGTERM:
        assert parent.returncode == 128 + signal.SIGTERM
        assert parent.stderr.read() == "booksmith: stopped by SIGTERM; earlier outputs are unchanged\n"
        assert not _leftovers(tmp_path / "build")
    else:  # nothing can clean up after SIGKILL: the next build does
        assert main(["-q", "assemble", str(book), "--build-dir", str(tmp_path / "build")]) == 0
        assert not _leftovers(tmp_path / "build")


def _leftovers(build: Path) -> list[Path]:
    """A build's scratch and parts folders left behind (none when it stopped before making its build folder)."""
    return [p for p in build.iterdir() if p.name.startswith(("scratch-", "parts-"))] if build.exists() else []


@pytest.mark.e2e
def test_weasyprint_copies_its_fonts_into_the_build_not_the_system_s_temporary_folder(tmp_path):
    book = manuscript(tmp_path, '[[chapters]]\nsource = "articles/a.txt"\ntitle = "A"\n', articles_SLASH_a__txt=STORY)
    temporary = tmp_path / "tmp"
    temporary.mkdir()
    command = [sys.executable, "-m", "booksmith", "-q", "build", str(book), "--out", str(tmp_path / "dist")]
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src"), "TMPDIR": str(temporary)}
    result = subprocess.run([*command, "--build-dir", str(tmp_path / "build")], env=env, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert list(temporary.iterdir()) == []
    assert [p.name for p in (tmp_path / "build").iterdir()] and not any(
        p.name.startswith("scratch-") for p in (tmp_path / "build").iterdir()
    )
