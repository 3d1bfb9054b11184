"""The command line as a person meets it: help, exit codes, one-line errors, progress only on a terminal."""

from __future__ import annotations

import os
import pty
import re
import subprocess
import sys
from pathlib import Path

import pytest

from booksmith.cli import arguments
from booksmith.cli.main import main
from booksmith.cli.new import new_book

COMMANDS = ["new", "build", "check", "preview", "watch", "assemble"]
ARTICLE = "Fans cleaned the stadium after the match.\n\nThe players left a note in Russian.\n"
EXIT_MEANINGS = [
    ("2", "book.toml"),
    ("3", "article"),
    ("4", "laying out"),
    ("5", "output folder"),
    ("64", "command line"),
    ("70", "bug"),
    ("130", "interrupted"),
]
COLOUR = re.compile(r"\x1b\[(?:\d+;)*(?:3[0-9]|9[0-7])(?:;\d+)*m")  # an SGR colour, not bold or a cursor move


def make_book(root: Path, name: str = "book", text: str = ARTICLE) -> Path:
    article = root / "story.txt"
    article.write_text(text, encoding="utf-8")
    return new_book(root / name, [article]).config.parent


def booksmith(*args: str, cwd: Path, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """The installed command, its output piped (not a terminal)."""
    return subprocess.run(
        [sys.executable, "-m", "booksmith", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        check=False,
        env={**os.environ, **(env or {})},
    )


def on_a_terminal(*args: str, cwd: Path, env: dict[str, str]) -> tuple[int, str]:
    """Run booksmith with stderr on a pseudo-terminal; returns its exit code and what the terminal showed."""
    main_fd, terminal_fd = pty.openpty()
    process = subprocess.Popen(
        [sys.executable, "-m", "booksmith", *args],
        cwd=cwd,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=terminal_fd,
        env={**os.environ, "TERM": "xterm-256color", "COLUMNS": "100", **env},
    )
    os.close(terminal_fd)
    shown = b""
    while True:
        try:
            chunk = os.read(main_fd, 65536)
        except OSError:  # the terminal closed: the process is done with it
            break
        if not chunk:
            break
        shown += chunk
    os.close(main_fd)
    return process.wait(timeout=120), shown.decode("utf-8", "replace")


# --- help ----------------------------------------------------------------------------------------


def test_help_lists_every_command_and_the_exit_codes(capsys):
    with pytest.raises(SystemExit) as exit_:
        main(["--help"])
    assert exit_.value.code == 0
    text = capsys.readouterr().out
    for command in COMMANDS:
        assert re.search(rf"^\s+{command}\s+\S", text, re.MULTILINE), command
    for code, meaning in EXIT_MEANINGS:
        assert re.search(rf"^\s+{code}\s+.*{meaning}", text, re.MULTILINE), code


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_has_complete_help(command, capsys):
    with pytest.raises(SystemExit) as exit_:
        main([command, "--help"])
    assert exit_.value.code == 0
    text = capsys.readouterr().out
    assert f"usage: booksmith {command}" in text
    assert "exit codes:" in text
    options = re.findall(r"^  (-\S+(?:, -\S+)?(?: [A-Z_]+)?)(.*)$", text, re.MULTILINE)
    assert options
    undocumented = [flag for flag, rest in options if not rest.strip()]
    # argparse puts a long flag's help on the next line; it must be there.
    for flag in undocumented:
        following = text.split(flag, 1)[1].splitlines()[1]
        assert following.startswith(" " * 10) and following.strip(), f"{command} {flag} has no help"


def test_help_does_not_import_weasyprint_or_rich():
    probe = (
        "import sys\nfrom booksmith.cli.main import main\ntry:\n    main(['--help'])\nexcept SystemExit:\n    pass\n"
        "print(sorted(m for m in ('weasyprint', 'rich', 'PIL', 'jinja2', 'msgspec') if m in sys.modules))"
    )
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert result.stdout.strip().splitlines()[-1] == "[]"


def test_a_wrong_command_line_is_a_usage_error(capsys):
    with pytest.raises(SystemExit) as exit_:
        main(["bild"])
    assert exit_.value.code == arguments.EXIT_USAGE == 64
    err = capsys.readouterr().err
    assert err.startswith("usage: booksmith")
    assert "booksmith: error: argument COMMAND: invalid choice: 'bild'" in err


def test_common_options_go_before_or_after_the_command(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    assert main(["check", "nowhere", "--quiet"]) == 2
    assert main(["-q", "check", "nowhere"]) == 2
    assert capsys.readouterr().err == "nowhere: manuscript folder not found\n" * 2


# --- errors and exit codes -----------------------------------------------------------------------


def test_a_missing_book_toml_says_how_to_start_one(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "empty").mkdir()
    assert main(["build", "empty"]) == 2
    assert capsys.readouterr().err == "empty: no book.toml here (`booksmith new DIR` starts a book)\n"


def test_a_config_error_is_one_line_with_its_place(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    book = make_book(tmp_path)
    toml = book / "book.toml"
    toml.write_text(toml.read_text(encoding="utf-8").replace("articles/story.txt", "articles/gone.txt"))
    line = toml.read_text(encoding="utf-8").splitlines().index('source = "articles/gone.txt"') + 1
    assert main(["build", "book", "--epub"]) == 2
    err = capsys.readouterr().err
    assert err == f"book/book.toml:{line}: chapter file not found: articles/gone.txt\n"
    assert "Traceback" not in err


def test_a_source_error_exits_3_naming_the_file(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    book = make_book(tmp_path)
    (book / "articles" / "story.txt").write_bytes(b"")
    assert main(["build", "book", "--epub"]) == 3
    err = capsys.readouterr().err
    assert err.startswith("book/articles/story.txt: no article text")
    assert err.count("\n") == 1
    assert not (tmp_path / "dist").exists()


def test_a_bug_is_one_line_without_a_traceback_unless_debug(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)

    def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("a bug")

    monkeypatch.setattr("booksmith.cli.new.new_book", broken)
    assert main(["new", "book", "a.txt"]) == 70
    err = capsys.readouterr().err
    assert err == "booksmith: internal error (a bug in booksmith); run again with --debug for details\n"
    with pytest.raises(RuntimeError, match="a bug"):
        main(["--debug", "new", "book", "a.txt"])


def test_an_interruption_exits_130_and_says_outputs_are_unchanged(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)

    def interrupted(*args: object, **kwargs: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr("booksmith.cli.new.new_book", interrupted)
    assert main(["new", "book", "a.txt"]) == 130
    assert capsys.readouterr().err == "booksmith: interrupted; earlier outputs are unchanged\n"


# --- progress and the summary --------------------------------------------------------------------


@pytest.mark.e2e
def test_piped_output_has_no_animation_and_ends_with_the_summary(tmp_path):
    make_book(tmp_path)
    result = booksmith("build", "book", "--epub", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "\x1b" not in result.stderr
    assert "packaging the EPUB" not in result.stderr
    assert result.stdout == ""
    last = result.stderr.splitlines()[-1]
    assert re.fullmatch(r"built 1 chapter, 1[0-9] words in \d+\.\d s: dist/booklet\.epub \(\d+ kB\)", last), last


@pytest.mark.e2e
def test_timings_are_stage_lines_on_stderr(tmp_path):
    make_book(tmp_path)
    result = booksmith("build", "book", "--epub", "--timings", "--quiet", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    lines = result.stderr.splitlines()
    stages = [line.split(":")[0] for line in lines]
    # In the order they start: the libraries load while the articles are cleaned.
    assert stages[:3] == ["assemble", "libraries", "typeset"] and "epub" in stages
    assert all(re.fullmatch(r"[a-z_]+: \d+\.\d{3} s", line) for line in lines), lines


def test_a_stage_timed_inside_another_counts_for_itself_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    from booksmith import pipeline

    clock = iter([10.0, 12.0, 17.0])  # assemble starts, libraries start, libraries end: assemble ends at 20.0
    monkeypatch.setattr(pipeline.time, "perf_counter", lambda: next(clock, 20.0))
    started: list[str] = []
    result = pipeline.BuildResult(on_stage=started.append)
    with result.timed("assemble"), result.timed("libraries"):
        pass
    assert result.timings == {"assemble": 5.0, "libraries": 5.0}  # 10 s in all; listed as they started
    assert list(result.timings) == ["assemble", "libraries"]
    assert started == ["assemble", "libraries", "assemble"]  # the display goes back to the outer stage


@pytest.mark.e2e
def test_quiet_prints_nothing_on_success(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    make_book(tmp_path)
    assert main(["build", "book", "--epub", "--quiet"]) == 0
    assert capsys.readouterr().err == ""


def make_untitled_book(tmp_path):
    """A book whose one chapter has no title, so the build warns (and the warning can be coloured)."""
    make_book(tmp_path, text="A story without a title of its own, told in one line only.\n\nIt ends.\n")
    toml = tmp_path / "book" / "book.toml"
    toml.write_text(re.sub(r"\ntitle = .*guessed.*\n", "\n", toml.read_text(encoding="utf-8")), encoding="utf-8")


@pytest.mark.e2e
def test_a_terminal_shows_the_progress_line_in_colour(tmp_path):
    make_untitled_book(tmp_path)
    code, shown = on_a_terminal("build", "book", "--epub", cwd=tmp_path, env={"NO_COLOR": ""})
    assert code == 0, shown
    assert "\x1b[?25l" in shown  # the live line hides the cursor while it runs
    assert "reading book.toml" in shown
    assert re.search(r"\x1b\[33m.*warning: chapter 1 has no title", shown)  # warnings in yellow
    assert "built 1 chapter" in shown


@pytest.mark.e2e
def test_no_color_turns_the_colour_off(tmp_path):
    make_untitled_book(tmp_path)
    code, shown = on_a_terminal("build", "book", "--epub", cwd=tmp_path, env={"NO_COLOR": "1"})
    assert code == 0, shown
    assert "warning: chapter 1 has no title" in shown
    assert COLOUR.search(shown) is None, repr(shown[:400])
