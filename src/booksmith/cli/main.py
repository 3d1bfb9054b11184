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
from dataclasses import replace
from typing import Any

from ..errors import BooksmithError
from ..interrupts import Stopped, stop_signals_raise
from .arguments import parser

EXIT_BUG = 70
EXIT_INTERRUPTED = 130
log = logging.getLogger("booksmith")


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    for flag in ("debug", "quiet", "verbose"):
        setattr(args, flag, getattr(args, flag, False))
    try:
        with stop_signals_raise():
            _configure_output(args)
            return _run(args)
    except BooksmithError as err:
        print(err, file=sys.stderr)
        return err.exit_code
    except Stopped as stop:
        print(f"booksmith: stopped by {stop.name}; earlier outputs are unchanged", file=sys.stderr)
        return 128 + stop.number
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
        "serve": _serve,
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
    jobs, whole = getattr(args, "jobs", None), getattr(args, "whole", False)
    return BuildOptions(
        args.manuscript,
        args.out,
        args.build_dir,
        wanted,
        print_variant=variant,
        booklet=booklet,
        jobs=jobs,
        whole=whole,
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


def _serve(args: argparse.Namespace) -> int:
    from .serve import serve

    def build(options: Any) -> None:
        _build_with_progress(options, args)

    options = _build_options(args)
    if options.jobs is None:  # the server's threads run on: a fork could copy a lock one of them holds
        options = replace(options, jobs=1)
    return serve(options, build, host=args.host, port=args.port, debug=args.debug)


def _assemble(args: argparse.Namespace) -> int:
    from ..pipeline import assemble

    chapters = assemble(args.manuscript, args.build_dir, only=args.only)
    log.debug("assembled %d chapters into %s", len(chapters), args.build_dir / "chapters")
    return 0
