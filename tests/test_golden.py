"""Golden files in layers: what each stage made of each fixture book, as an editor would review it.

A failure points at the stage that changed:
- `chapters/**.md`: the assembled chapter files (build/chapters/), the fingerprint masked (it
  hashes booksmith's own code, so it changes with every edit);
- `typeset/*.json`: the typeset model, one file per chapter, invisible characters (no-break
  spaces, break opportunities) written as escapes;
- `print/book.html`: the print HTML WeasyPrint is given;
- `epub/**`: the unpacked EPUB, every text file as it is (booksmith's version masked), each
  binary file by its name (`epub/binaries.txt`);
- `pdf/facts.txt` and `pdf/text.txt`: the PDF's page count and size, metadata, page labels,
  outline and fonts (their random-looking subset tags masked), and its text page by page.

The last two layers build the books for real (marked e2e). `make golden` (BOOKSMITH_GOLDEN=rewrite)
rewrites every layer; read the diff before committing.
"""

from __future__ import annotations

import dataclasses
import json
import logging
import os
import re
import unicodedata
import zipfile
from pathlib import Path
from typing import Any

import pikepdf
import pytest

from booksmith import __version__, config
from booksmith.config.styles import cover_image
from booksmith.html.render import print_html
from booksmith.manuscript.assemble import assemble_book
from booksmith.model import Book, Chapter
from booksmith.pipeline import BuildOptions, book_meta, build
from booksmith.typeset.typography import typeset_book
from support import FIXTURES, SEED_MANUSCRIPT, run, tool

GOLDEN = Path(__file__).parent / "golden"
REWRITE = os.environ.get("BOOKSMITH_GOLDEN") == "rewrite"
BOOKS = {
    "seed": SEED_MANUSCRIPT,
    "hostile_text": FIXTURES / "books" / "hostile_text",
    "ebook_edition": FIXTURES / "books" / "ebook_edition",
    "rich_text": FIXTURES / "books" / "rich_text",
    "hard_pages": FIXTURES / "books" / "hard_pages",
    "saved_pages": FIXTURES / "books" / "saved_pages",
}
MODEL_LAYERS = ("chapters", "typeset", "print")
OUTPUT_LAYERS = ("epub", "pdf")
FINGERPRINT = re.compile(r'^fingerprint = "sha256:[0-9a-f]{64}"$', re.MULTILINE)
SUBSET_TAG = re.compile(r"^[A-Z]{6}\+", re.MULTILINE)
TEXT_SUFFIXES = (".xhtml", ".opf", ".ncx", ".css", ".xml", "mimetype")


def masked(chapter_file: str) -> str:
    return FINGERPRINT.sub('fingerprint = "sha256:(masked: it changes with booksmith\'s code)"', chapter_file)


def visible(text: str) -> str:
    """Text whose invisible characters (no-break space, zero-width space, …) show as escapes."""
    return "".join(
        f"\\u{ord(c):04x}" if c not in " \u200d\n" and unicodedata.category(c) in ("Zs", "Cf") else c for c in text
    )


def model_json(chapter: Chapter) -> str:
    """The chapter as JSON; a block's words that are one plain text are written as that string."""

    def plain(value: Any) -> Any:
        one_text = isinstance(value, list | tuple) and len(value) == 1 and isinstance(value[0], dict)
        if one_text and value[0].get("kind") == "text" and set(value[0]) == {"text", "kind"}:
            return value[0]["text"]
        if isinstance(value, dict):
            if value.get("kind") in ("text", "code"):
                return {value["kind"]: value["text"]}
            origin = value.pop("origin", None)
            out = {k: plain(v) for k, v in value.items() if v not in (None, (), [])}
            if origin is None:
                return out
            return {"kind": out.pop("kind"), "at": f"{origin['path']}:{origin['line']}", **out}
        if isinstance(value, list | tuple):
            return [plain(v) for v in value]
        return value.isoformat() if hasattr(value, "isoformat") else value

    return visible(json.dumps(plain(dataclasses.asdict(chapter)), ensure_ascii=False, indent=2)) + "\n"


def without_version(text: str) -> str:
    return text.replace(f"booksmith {__version__}", "booksmith (version masked)")


# --- the layers -------------------------------------------------------------------------------


def model_layers(name: str, tmp_path: Path) -> dict[str, str]:
    """The assembled chapters, the typeset model and the print HTML of one book: relative path → text."""
    log = logging.getLogger("booksmith")
    level = log.level
    log.setLevel(logging.ERROR)  # the notes and warnings are pinned elsewhere
    try:
        settings = config.load(BOOKS[name])
        chapters = assemble_book(settings, tmp_path / "build")
    finally:
        log.setLevel(level)
    files = {
        f"chapters/{path.relative_to(tmp_path / 'build' / 'chapters')}": masked(path.read_text(encoding="utf-8"))
        for path in sorted((tmp_path / "build" / "chapters").rglob("*.md"))
    }
    book = typeset_book(Book(book_meta(settings), chapters))
    files.update({f"typeset/{chapter.id}.json": model_json(chapter) for chapter in book.chapters})
    files["print/book.html"] = visible(without_version(print_html(book, cover_image(settings.root))))
    return files


def epub_layer(epub: Path) -> dict[str, str]:
    files: dict[str, str] = {}
    binaries: list[str] = []
    with zipfile.ZipFile(epub) as archive:
        for info in archive.infolist():
            data = archive.read(info.filename)
            if info.filename.endswith(TEXT_SUFFIXES):
                files[f"epub/{info.filename}"] = visible(without_version(data.decode("utf-8")))
            else:
                binaries.append(info.filename)
    files["epub/binaries.txt"] = "".join(f"{line}\n" for line in binaries)
    return files


def pdf_layer(pdf: Path) -> dict[str, str]:
    with pikepdf.open(pdf) as document:
        first = document.pages[0]
        facts = [
            f"pages: {len(document.pages)}",
            f"trim box: {[round(float(v), 2) for v in first.trimbox]}",
            f"media box: {[round(float(v), 2) for v in first.mediabox]}",
            f"page labels: {document.Root.get('/PageLabels') is not None}",
            f"tagged: {bool(document.Root.get('/MarkInfo', {}).get('/Marked', False))}",
            f"language: {document.Root.get('/Lang')}",
            f"title: {document.open_metadata().get('dc:title')}",
            "outline:",
        ]
        with document.open_outline() as outline:
            for item in outline.root:
                page = pikepdf.Page(item.destination[0]).index + 1 if item.destination else None
                facts.append(f"  {item.title} (page {page})")
    fonts = run(tool("pdffonts"), pdf).stdout
    facts += ["fonts:", *(f"  {line}" for line in SUBSET_TAG.sub("XXXXXX+", fonts).splitlines())]
    pages = run(tool("pdftotext"), "-layout", pdf, "-").stdout.split("\f")
    text = "".join(f"--- page {number} ---\n{page.rstrip()}\n" for number, page in enumerate(pages[:-1], start=1))
    return {
        "pdf/facts.txt": visible(without_version("\n".join(facts) + "\n")),
        "pdf/text.txt": visible(without_version(text)),
    }


# --- comparing or rewriting -------------------------------------------------------------------


def compare(name: str, actual: dict[str, str], layers: tuple[str, ...]) -> None:
    folder = GOLDEN / name
    existing = {str(p.relative_to(folder)) for layer in layers for p in (folder / layer).rglob("*") if p.is_file()}
    if REWRITE:
        for stale in existing - set(actual):
            (folder / stale).unlink()
        for relative, text in actual.items():
            (folder / relative).parent.mkdir(parents=True, exist_ok=True)
            (folder / relative).write_text(text, encoding="utf-8")
        return
    assert sorted(actual) == sorted(existing), "the set of golden files changed: run `make golden` and review the diff"
    for relative, text in actual.items():
        assert text == (folder / relative).read_text(encoding="utf-8"), f"{name}/{relative} differs: run `make golden`"


@pytest.mark.parametrize("name", sorted(BOOKS))
def test_golden_model_layers(name, tmp_path):
    compare(name, model_layers(name, tmp_path), MODEL_LAYERS)


@pytest.mark.e2e
@pytest.mark.parametrize("name", sorted(BOOKS))
def test_golden_output_layers(name, tmp_path):
    logging.getLogger("booksmith").setLevel(logging.ERROR)
    build(BuildOptions(BOOKS[name], tmp_path / "dist", tmp_path / "build"))
    actual = {**epub_layer(tmp_path / "dist" / "booklet.epub"), **pdf_layer(tmp_path / "dist" / "booklet.pdf")}
    compare(name, actual, OUTPUT_LAYERS)
