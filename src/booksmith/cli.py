"""The command line: parse arguments, run the pipeline, print errors as one line each.

No logic lives here. Expected failures (BooksmithError) print `path:line: message`
and exit with their kind's code; anything else is a bug and shows a traceback
only with --debug.
"""

from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path

from . import __version__
from .errors import BooksmithError

EXIT_BUG = 70
EXIT_INTERRUPTED = 130


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="booksmith",
        description="Turn news articles into a print-ready booklet (PDF) and an EPUB 3.",
    )
    parser.add_argument("--version", action="version", version=f"booksmith {__version__}")
    parser.add_argument("--debug", action="store_true", help="show a traceback for unexpected errors")
    parser.add_argument("-q", "--quiet", action="store_true", help="print errors only")
    parser.add_argument("-v", "--verbose", action="store_true", help="print more detail")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)

    build = commands.add_parser("build", help="build the PDF and/or the EPUB into the output folder")
    build.add_argument(
        "manuscript", nargs="?", default="manuscript", type=Path, help="manuscript folder (default: manuscript)"
    )
    build.add_argument("--pdf", action="store_true", help="build the PDF (default: both)")
    build.add_argument("--epub", action="store_true", help="build the EPUB (default: both)")
    build.add_argument("--out", default=Path("dist"), type=Path, help="output folder (default: dist)")
    build.add_argument("--build-dir", default=Path("build"), type=Path, help="intermediate files (default: build)")
    build.add_argument("--timings", action="store_true", help="print the time each stage took")

    assemble = commands.add_parser("assemble", help="assemble the chapter files under build/chapters only")
    assemble.add_argument("manuscript", nargs="?", default="manuscript", type=Path, help="manuscript folder")
    assemble.add_argument("--build-dir", default=Path("build"), type=Path, help="intermediate files (default: build)")
    assemble.add_argument(
        "--only", action="append", metavar="SOURCE", help="only this chapter's source (as book.toml writes it)"
    )
    return parser


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    _configure_logging(args)
    try:
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


def _run(args: argparse.Namespace) -> int:
    from . import pipeline

    if args.command == "assemble":
        from .assemble import assemble_book
        from .config import load

        chapters = assemble_book(load(args.manuscript), args.build_dir, only=args.only)
        logging.getLogger("booksmith").debug(
            "assembled %d chapters into %s", len(chapters), args.build_dir / "chapters"
        )
        return 0
    formats = tuple(f for f in pipeline.FORMATS if getattr(args, f)) or pipeline.FORMATS
    options = pipeline.BuildOptions(args.manuscript, args.out, args.build_dir, formats)
    result = pipeline.build(options)
    log = logging.getLogger("booksmith")
    for path in result.outputs:
        log.info("wrote %s", path)
    if args.timings:
        for stage, seconds in result.timings.items():
            print(f"{stage}: {seconds:.3f} s", file=sys.stderr)
    return 0


def _configure_logging(args: argparse.Namespace) -> None:
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("%(message)s"))
    log = logging.getLogger("booksmith")
    log.handlers[:] = [handler]
    log.propagate = False
    log.setLevel(logging.WARNING if args.quiet else logging.DEBUG if args.verbose else logging.INFO)
