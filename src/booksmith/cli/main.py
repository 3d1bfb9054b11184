"""The command line: parse arguments, call the modules that do the work, print errors as one line each.

No logic lives here. Expected failures (BooksmithError) print `path:line: message`
and exit with their kind's code; anything else is a bug and shows a traceback
only with --debug. Only argparse and the error types are imported before a command
runs, so `booksmith --help` answers at once (no WeasyPrint, no rich).
"""

from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path
from typing import Any, NoReturn

from .. import __version__
from ..errors import BooksmithError

EXIT_USAGE = 64
EXIT_BUG = 70
EXIT_INTERRUPTED = 130
log = logging.getLogger("booksmith")

EXIT_CODES = """\
exit codes:
  0    success
  1    check: warnings only
  2    book.toml is missing, unreadable or invalid
  3    an article or chapter file cannot be read or makes no chapter
  4    laying out, packaging or previewing failed; check --outputs found problems in dist/
  5    the output folder cannot be written
  64   the command line is wrong
  70   internal error (a bug in booksmith; run again with --debug)
  130  interrupted (Ctrl-C); earlier outputs are unchanged"""

DESCRIPTION = """\
Turn news articles into a print-ready booklet (PDF) and an EPUB 3.

Start with `booksmith new my-book ARTICLE.txt …`, then `booksmith build my-book`.
Errors print as `path:line: message`; progress shows on a terminal only."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        self.exit(EXIT_USAGE, f"{self.prog}: error: {message}\n")


def _parser() -> argparse.ArgumentParser:
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


def _jobs(command: Any) -> None:
    command.add_argument(
        "--jobs",
        type=_job_count,
        default=1,
        metavar="N",
        help="lay the PDF out in N processes, joined into the same pages (default: 1; a book of 4 chapters or more)",
    )


def _job_count(text: str) -> int:
    if not text.isdigit() or int(text) < 1:
        raise argparse.ArgumentTypeError(f"not a number of processes: {text}")
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
    preview.add_argument("--dpi", type=int, default=96, help="resolution of the page pictures (default: 96)")


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


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    for flag in ("debug", "quiet", "verbose"):
        setattr(args, flag, getattr(args, flag, False))
    try:
        _configure_output(args)
        return _run(args)
    except BooksmithError as err:
        print(err, file=sys.stderr)
        return err.exit_code
    except KeyboardInterrupt:
        print("booksmith: interrupted; earlier outputs are unchanged", file=sys.stderr)
        return EXIT_INTERRUPTED
    except Exception:
        if args.debug:
            raise
        print(
            "booksmith: internal error (a bug in booksmith); run again with --debug for details",
            file=sys.stderr,
        )
        return EXIT_BUG


def _configure_output(args: argparse.Namespace) -> None:
    from dataclasses import replace

    from .progress import choose_display, configure_logging

    display = choose_display(args.quiet, args.verbose)
    if args.command == "check" and not args.verbose:
        display = replace(display, animated=False, level=logging.WARNING)  # findings only
    args.display = display
    configure_logging(display)


def _run(args: argparse.Namespace) -> int:
    handler = {
        "new": _new,
        "build": _build,
        "check": _check,
        "preview": _preview,
        "watch": _watch,
        "assemble": _assemble,
    }[args.command]
    return handler(args)


def _new(args: argparse.Namespace) -> int:
    from ..errors import display_path
    from .new import new_book

    made = new_book(args.folder, args.articles, args.title)
    for number, chapter in enumerate(made.chapters, start=1):
        if chapter.headline is not None:
            log.info('chapter %d: %s, titled by its headline "%s"', number, chapter.source, chapter.headline)
        elif chapter.title is not None:
            log.info('chapter %d: %s, title guessed: "%s"', number, chapter.source, chapter.title)
        else:
            log.info("chapter %d: %s", number, chapter.source)
    folder = display_path(args.folder)
    config = display_path(made.config)
    log.info(
        "started %s with %d chapters; edit %s, then: booksmith build %s", folder, len(made.chapters), config, folder
    )
    return 0


def _build_options(args: argparse.Namespace, formats: tuple[str, ...] | None = None) -> Any:
    from ..pipeline import FORMATS, BuildOptions

    wanted = formats or tuple(f for f in FORMATS if getattr(args, f, False)) or FORMATS
    variant, booklet = getattr(args, "print", None), getattr(args, "booklet", False)  # build's own flags
    jobs = getattr(args, "jobs", 1)
    return BuildOptions(
        args.manuscript, args.out, args.build_dir, wanted, print_variant=variant, booklet=booklet, jobs=jobs
    )


def _build(args: argparse.Namespace) -> int:
    _build_with_progress(_build_options(args), args)
    return 0


def _build_with_progress(options: Any, args: argparse.Namespace) -> Any:
    """One build, with the spinner on a terminal, `--timings` lines and the summary line."""
    from .. import pipeline
    from .progress import Stopwatch, stage_display, summary

    clock = Stopwatch()
    with stage_display(args.display) as on_stage:
        result = pipeline.build(options, on_stage=on_stage)
    if getattr(args, "timings", False):
        for stage, seconds in result.timings.items():
            print(f"{stage}: {seconds:.3f} s", file=sys.stderr)
    log.info("%s", summary(result.pages, result.chapters, result.words, clock.seconds(), result.outputs))
    return result


def _check(args: argparse.Namespace) -> int:
    from ..errors import display_path
    from .check import Findings, check_manuscript, check_outputs

    findings = Findings()
    chapters = check_manuscript(args.manuscript, findings)
    what = f"{display_path(args.manuscript)} ({chapters} chapter{'s' * (chapters != 1)})"
    if args.outputs:
        check_outputs(args.out, findings)
        what += f" and {display_path(args.out)}"
    if not args.quiet:
        print(findings.summary(what), file=sys.stderr)
    return findings.exit_code()


def _preview(args: argparse.Namespace) -> int:
    from ..errors import display_path
    from .preview import make_preview

    if not args.no_build:
        _build_with_progress(_build_options(args, ("pdf",)), args)
    pages, sheet = make_preview(args.out / "booklet.pdf", args.out, args.dpi)
    log.info("preview: %d pages in %s/, the spreads in %s", len(pages), display_path(sheet.parent), display_path(sheet))
    return 0


def _watch(args: argparse.Namespace) -> int:
    from .watch import watch

    def build(options: Any) -> None:
        result = _build_with_progress(options, args)
        if args.preview and result.pages is not None:
            from ..errors import display_path
            from .preview import make_preview

            _, sheet = make_preview(options.out / "booklet.pdf", options.out)
            log.info("preview refreshed: %s", display_path(sheet))

    options = _build_options(args)
    return watch(options, build, interval=args.interval, max_rebuilds=args.max_rebuilds, debug=args.debug)


def _assemble(args: argparse.Namespace) -> int:
    from ..config.settings import load
    from ..manuscript.assemble import assemble_book

    chapters = assemble_book(load(args.manuscript), args.build_dir, only=args.only)
    log.debug("assembled %d chapters into %s", len(chapters), args.build_dir / "chapters")
    return 0
