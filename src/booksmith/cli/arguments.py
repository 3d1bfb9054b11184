"""The command line's grammar: every command, its arguments and its help, with argparse.

Only argparse is imported here, so `booksmith --help` answers at once. A wrong command line
exits with 64 (EX_USAGE), never argparse's 2, which is book.toml's exit code.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any, NoReturn

from .. import __version__

EXIT_USAGE = 64

EXIT_CODES = """\
exit codes:
  0    success
  1    check: warnings only
  2    book.toml is missing, unreadable or invalid
  3    an article or chapter file cannot be read or makes no chapter
  4    laying out, packaging or previewing failed; check --outputs found problems in dist/
  5    the output folder cannot be written
  64   the command line is wrong (serve: the port is taken)
  70   internal error (a bug in booksmith; run again with --debug)
  130  interrupted (Ctrl-C); earlier outputs are unchanged
  143  stopped by SIGTERM (129: SIGHUP); earlier outputs are unchanged"""

DESCRIPTION = """\
Turn news articles into a print-ready booklet (PDF) and an EPUB 3.

Start with `booksmith new my-book ARTICLE.txt …`, then `booksmith build my-book`.
Errors print as `path:line: message`; progress shows on a terminal only."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        self.exit(EXIT_USAGE, f"{self.prog}: error: {message}\n")


def parser() -> argparse.ArgumentParser:
    common = _common_options()
    parser = _Parser(
        prog="booksmith",
        description=DESCRIPTION,
        epilog=EXIT_CODES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
        parents=[common],
    )
    parser.add_argument("--version", action="version", version=f"booksmith {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", required=True, parser_class=_Parser)

    def command(name: str, summary: str, details: str) -> argparse.ArgumentParser:
        return commands.add_parser(
            name,
            help=summary,
            description=f"{summary[0].upper()}{summary[1:]}.\n\n{details}",
            epilog=EXIT_CODES,
            formatter_class=argparse.RawDescriptionHelpFormatter,
            parents=[common],
        )

    _new_command(command)
    _build_command(command)
    _check_command(command)
    _preview_command(command)
    _watch_command(command)
    _serve_command(command)
    _assemble_command(command)
    return parser


def _common_options() -> _Parser:
    # SUPPRESS: the options may stand before or after the command, and neither place resets the other.
    common = _Parser(add_help=False)
    default = argparse.SUPPRESS
    common.add_argument("--debug", action="store_true", default=default, help="show a traceback for unexpected errors")
    common.add_argument(
        "-q", "--quiet", action="store_true", default=default, help="print only warnings and errors (no summary)"
    )
    common.add_argument(
        "-v", "--verbose", action="store_true", default=default, help="print more detail (WeasyPrint's notes, for one)"
    )
    return common


def _manuscript(command: argparse.ArgumentParser) -> None:
    command.add_argument(
        "manuscript",
        nargs="?",
        default=Path("manuscript"),
        type=Path,
        metavar="MANUSCRIPT",
        help="manuscript folder (default: manuscript)",
    )


def _folders(command: argparse.ArgumentParser) -> None:
    command.add_argument("--out", default=Path("dist"), type=Path, metavar="DIR", help="output folder (default: dist)")
    command.add_argument(
        "--build-dir",
        default=Path("build"),
        type=Path,
        metavar="DIR",
        help="intermediate files: the chapter files (default: build)",
    )


def _formats(command: argparse.ArgumentParser, what: str) -> None:
    command.add_argument("--pdf", action="store_true", help=f"{what} the PDF (default: both)")
    command.add_argument("--epub", action="store_true", help=f"{what} the EPUB (default: both)")


def _new_command(command: Any) -> None:
    new = command(
        "new",
        "start a book: a folder with book.toml and the articles",
        "The articles are copied into DIR/articles/ and listed in book.toml in the order given, each with a\n"
        "title guessed from its text. With no ARTICLE, the files already in DIR/articles/ are used.\n"
        "Nothing is ever overwritten: an existing book.toml, or an article of the same name with\n"
        "other text, stops the command before it writes anything.",
    )
    new.add_argument("folder", metavar="DIR", type=Path, help="the manuscript folder to make")
    new.add_argument("articles", metavar="ARTICLE", nargs="*", type=Path, help="article files (.txt) in book order")
    new.add_argument("--title", help="the book's title (default: from the folder's name)")


def _build_command(command: Any) -> None:
    build = command(
        "build",
        "build the PDF and/or the EPUB into the output folder",
        "Writes dist/booklet.pdf and dist/booklet.epub, and the readable chapter files under\n"
        "build/chapters/ (only the stale ones are redone). A failed build leaves earlier outputs as they were.",
    )
    _manuscript(build)
    _formats(build, "build")
    _folders(build)
    build.add_argument(
        "--timings", action="store_true", help="print the time each stage took, as `stage: 1.234 s` lines"
    )
    build.add_argument(
        "--print",
        choices=("home", "shop"),
        help="shop: also dist/booklet-shop.pdf, with bleed and crop marks (default: book.toml's [print] variant)",
    )
    build.add_argument(
        "--booklet", action="store_true", help="also dist/booklet-imposed.pdf: the pages imposed for duplex printing"
    )
    _jobs(build)
    build.add_argument(
        "--whole",
        action="store_true",
        help="lay the PDF out in one pass, not chapter by chapter: nothing kept for the next build "
        "(the reference the chapter layout is checked against)",
    )


def _jobs(command: Any, default: str = "auto, one a core") -> None:
    command.add_argument(
        "--jobs",
        type=_job_count,
        default=None,
        metavar="N",
        help=f"clean the articles and lay the PDF's chapters out in up to N processes (default: {default}); "
        "the same files for any N",
    )


def _job_count(text: str) -> int | None:
    if text == "auto":
        return None
    if not text.isdigit() or int(text) < 1:
        raise argparse.ArgumentTypeError(f"not a number of processes (or auto): {text}")
    return int(text)


MIN_DPI, MAX_DPI = 10, 1200  # a thumbnail to a print proof; an A5 page at 1200 dpi is already 7,000 × 9,900 pixels


def _dpi(text: str) -> int:
    if not text.isdigit() or not MIN_DPI <= int(text) <= MAX_DPI:
        raise argparse.ArgumentTypeError(f"not a resolution from {MIN_DPI} to {MAX_DPI} dpi: {text}")
    return int(text)


def _check_command(command: Any) -> None:
    check = command(
        "check",
        "find problems in book.toml and the articles, without building",
        "Every finding prints as `path:line: message`. Warnings count as findings (exit code 1).\n"
        "With --outputs, the books in the output folder are also checked: the EPUB with EPUBCheck\n"
        "(needs Java), the PDF with `qpdf --check` and `pdffonts`.",
    )
    _manuscript(check)
    check.add_argument("--outputs", action="store_true", help="also check dist/booklet.pdf and dist/booklet.epub")
    check.add_argument(
        "--out", default=Path("dist"), type=Path, metavar="DIR", help="output folder to check (default: dist)"
    )


def _preview_command(command: Any) -> None:
    preview = command(
        "preview",
        "pictures of the pages and of the spreads, in dist/preview/",
        "Builds the PDF (unless --no-build), then writes dist/preview/page-NN.png and\n"
        "dist/preview/spreads.png: the booklet as a reader holds it, the cover alone, then 2–3, 4–5 …\n"
        "Needs pdftoppm (Debian package poppler-utils).",
    )
    _manuscript(preview)
    _folders(preview)
    preview.add_argument("--no-build", action="store_true", help="use the PDF already in the output folder")
    preview.add_argument(
        "--dpi", type=_dpi, default=96, help=f"resolution of the page pictures, {MIN_DPI}–{MAX_DPI} (default: 96)"
    )


def _watch_command(command: Any) -> None:
    watch = command(
        "watch",
        "rebuild whenever an article, a style or book.toml changes",
        "Polls the manuscript folder, the stylesheets and the templates. A change to ebook.css or an\n"
        "EPUB template rebuilds only the EPUB; unchanged articles are never re-assembled. Errors are\n"
        "reported and the watch goes on. Ctrl-C stops it.",
    )
    _manuscript(watch)
    _formats(watch, "watch")
    _folders(watch)
    watch.add_argument("--preview", action="store_true", help="also refresh dist/preview/ after each PDF build")
    watch.add_argument("--interval", type=float, default=0.5, help="seconds between looks (default: 0.5)")
    watch.add_argument("--max-rebuilds", type=int, metavar="N", help="stop after N rebuilds (for scripts and tests)")
    _jobs(watch)


def _serve_command(command: Any) -> None:
    serve = command(
        "serve",
        "build, then show the book in a browser and refresh it on every save",
        "Serves the print edition as spreads and the EPUB's chapters as an e-reader shows them on\n"
        "http://127.0.0.1:PORT/ (it opens nothing: open the address it prints). Every save of an article,\n"
        "book.toml, a style or an image rebuilds the book and refreshes the open page in place; a failed\n"
        "build shows its messages in the page above the last good pages. Ctrl-C stops it.",
    )
    _manuscript(serve)
    _folders(serve)
    serve.add_argument(
        "--port", type=_port, default=8000, help="the port to listen on (default: 8000; 0: any free one)"
    )
    serve.add_argument(
        "--host", help="the address to listen on (default: 127.0.0.1, this machine only; another shares the book)"
    )
    _jobs(serve, "1: in the server's process")


def _port(text: str) -> int:
    if not text.isdigit() or int(text) > 65535:
        raise argparse.ArgumentTypeError(f"not a port from 0 to 65535: {text}")
    return int(text)


def _assemble_command(command: Any) -> None:
    assemble = command(
        "assemble",
        "assemble the chapter files under build/chapters only",
        "Each article becomes build/chapters/<article>.md: Markdown with TOML front matter, the\n"
        "intermediate an editor can read. `make manuscript` calls this, one article at a time.",
    )
    _manuscript(assemble)
    assemble.add_argument(
        "--build-dir", default=Path("build"), type=Path, metavar="DIR", help="intermediate files (default: build)"
    )
    assemble.add_argument(
        "--only", action="append", metavar="SOURCE", help="only this chapter's source (as book.toml writes it)"
    )
