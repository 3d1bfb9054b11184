"""The live preview's delay: from saving an article to the refreshed pages in the browser.

    .venv/bin/python bench/serve.py             # a 100-page book, three edits
    bench/serve.py --pages 400 --edits 5

`booksmith serve` runs as an editor runs it; Chromium (Playwright, Debian's build) shows the page. Each
edit appends a sentence to one article; the clock starts just before the file is written and stops when
the page has redrawn itself with the new edition and the page at the top of the window has loaded its
new picture. The build's own time (its summary line) is shown beside it. For reading, never asserting.
"""

from __future__ import annotations

import argparse
import re
import shutil
import signal
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path

BENCH = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH))

from manuscripts import write_manuscript  # noqa: E402

WORK = BENCH / "results" / "serve"
CHROMIUM = "/usr/bin/chromium"
ADDRESS = re.compile(r"the preview is at (http://\S+/)")
BUILT = re.compile(r"^built (\d+) pages.* in ([\d.]+) s")


def main(argv: list[str] | None = None) -> int:
    options = _parser().parse_args(argv)
    shutil.rmtree(WORK, ignore_errors=True)
    book = WORK / "book"
    write_manuscript(book, options.pages)
    lines: list[str] = []
    command = [sys.executable, "-m", "booksmith", "serve", str(book), "--port", "0",
               "--out", str(WORK / "dist"), "--build-dir", str(WORK / "build")]  # fmt: skip
    server = subprocess.Popen(command, stderr=subprocess.PIPE, text=True)
    threading.Thread(target=lambda: lines.extend(line.rstrip() for line in server.stderr or ()), daemon=True).start()
    try:
        address = _wait(lambda: next((m.group(1) for line in lines if (m := ADDRESS.search(line))), None))
        delays = _measure(address, book, options.edits, lines)
    finally:
        server.send_signal(signal.SIGINT)
        server.wait(60)
    builds = [float(m.group(2)) for line in lines if (m := BUILT.match(line))]
    pages = next((int(m.group(1)) for line in lines if (m := BUILT.match(line))), 0)
    print(f"booksmith serve, {pages} pages, {options.edits} one-article edits (median):")
    print(f"  save → refreshed page in the browser: {statistics.median(delays):.2f} s "
          f"(each: {', '.join(f'{d:.2f}' for d in delays)})")  # fmt: skip
    if len(builds) > 1:
        print(
            f"  of which the rebuild: {statistics.median(builds[1:]):.2f} s (the first, clean build: {builds[0]:.2f} s)"
        )
    return 0


def _measure(address: str, book: Path, edits: int, lines: list[str]) -> list[float]:
    from playwright.sync_api import sync_playwright

    delays = []
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=["--no-sandbox"])
        page = browser.new_page(viewport={"width": 1400, "height": 900})
        page.goto(address)
        page.wait_for_function(
            "document.body.dataset.edition && !document.querySelector('#status').textContent.includes('Rebuilding')",
            timeout=300_000,
        )
        page.evaluate("document.getElementById('page-7')?.scrollIntoView()")
        article = sorted((book / "articles").iterdir())[1]
        for n in range(edits):
            shown = page.get_attribute("body", "data-edition")
            text = article.read_text(encoding="utf-8")
            start = time.perf_counter()
            article.write_text(text + f"\nA late note, number {n + 1}, was added to the story.\n", encoding="utf-8")
            page.wait_for_function(
                f"""document.body.dataset.edition !== '{shown}' && (() => {{
                    const top = [...document.querySelectorAll('.page[data-page] img')]
                        .find((img) => img.getBoundingClientRect().bottom > 60);
                    const fresh = top && top.src.includes('e=' + document.body.dataset.edition);
                    return fresh && top.complete && top.naturalWidth > 0;
                }})()""",
                timeout=300_000,
                polling="raf",
            )
            delays.append(time.perf_counter() - start)
            time.sleep(0.5)
        browser.close()
    return delays


def _wait(found, seconds: float = 120):  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if (value := found()) is not None:
            return value
        time.sleep(0.05)
    raise SystemExit("booksmith serve printed no address")


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--pages", type=int, default=100, help="the book's size (default: 100)")
    parser.add_argument("--edits", type=int, default=3, help="how many edits to time (default: 3)")
    return parser


if __name__ == "__main__":
    sys.exit(main())
