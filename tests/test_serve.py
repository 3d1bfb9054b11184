"""`booksmith serve`: the book in a real browser (Playwright driving Debian's Chromium), refreshed by the
server's events when an article is saved, a failed build's message shown above the last good pages,
loopback only by default, and a clean stop on Ctrl-C. The routes and the edition reader are pinned too."""

from __future__ import annotations

import json
import os
import re
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from booksmith.cli.main import main
from booksmith.serve.edition import Edition, read_edition
from booksmith.serve.server import Preview, PreviewServer
from support import CHROMIUM, run, tool
from test_safety import small_book

ADDRESS = re.compile(r"the preview is at (http://[^/\s]+:(\d+)/)")


# --- the routes, on a server with no book yet ------------------------------------------------------


@pytest.fixture
def bare_server():
    preview = Preview()
    preview.built(Edition(1, "A book", None, None), None)
    server = PreviewServer("127.0.0.1", 0, preview, any_host=False)
    server.serve_in_background()
    yield server
    server.stop()


def _get(url: str, host: str | None = None, tag: str | None = None) -> tuple[int, bytes, dict[str, str]]:
    request = urllib.request.Request(url, headers={k: v for k, v in (("Host", host), ("If-None-Match", tag)) if v})
    try:
        with urllib.request.urlopen(request, timeout=5) as answer:
            return answer.status, answer.read(), dict(answer.headers)
    except urllib.error.HTTPError as err:
        return err.code, err.read(), dict(err.headers)


def test_the_page_and_its_files_are_served_and_nothing_else(bare_server):
    base = bare_server.address
    status, body, headers = _get(base)
    assert (
        status == 200 and b'<script src="/site/preview.js">' in body and headers["Content-Type"].startswith("text/html")
    )
    assert _get(base + "site/preview.css")[0] == 200
    for path in ("site/../server.py", "site/edition.py", "epub/../../etc/passwd", "page/1.png", "page/0.png", "x"):
        assert _get(base + path)[0] == 404, path
    state = json.loads(_get(base + "state.json")[1])
    assert state["edition"]["title"] == "A book" and state["failure"] is None


def test_a_request_that_names_another_host_is_refused(bare_server):
    port = bare_server.server_address[1]
    assert _get(bare_server.address, host=f"rebound.example:{port}")[0] == 403  # DNS rebinding
    assert _get(bare_server.address, host=f"localhost:{port}")[0] == 200


def test_the_event_stream_says_the_build_now_and_then_the_latest(bare_server):
    preview = bare_server.preview
    stream = urllib.request.urlopen(bare_server.address + "events", timeout=5)
    assert stream.headers["Content-Type"].startswith("text/event-stream")
    events = []

    def read() -> None:
        for raw in stream:
            if raw.startswith(b"data:"):
                events.append(json.loads(raw[5:])["build"])
            if events and events[-1] == 3:
                return

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    time.sleep(0.3)
    preview.started_building()
    preview.built(None, "story.txt:3: a failure")
    reader.join(5)
    assert events[0] == 1 and events[-1] == 3  # news that comes fast is told once, as the latest
    assert preview.state()["failure"] == "story.txt:3: a failure" and preview.state()["edition"]["title"] == "A book"


def test_a_taken_port_is_said_before_any_build(tmp_path, capsys):
    book = small_book(tmp_path)
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        code = main(
            ["serve", str(book), "--port", str(port), "--out", str(tmp_path / "d"), "--build-dir", str(tmp_path / "b")]
        )
    assert code == 64
    assert (
        f"cannot listen on 127.0.0.1:{port}: Address already in use (--port N chooses another"
        in capsys.readouterr().err
    )
    assert not (tmp_path / "d").exists()


@pytest.mark.e2e
def test_the_edition_is_read_from_the_built_files(seed_build):
    edition = read_edition(seed_build.out, 7)
    assert edition is not None and edition.generation == 7
    pages = int(re.search(r"Pages:\s+(\d+)", run(tool("pdfinfo"), seed_build.pdf).stdout).group(1))
    assert edition.pages == pages
    assert [c.page for c in edition.chapters] == sorted(c.page for c in edition.chapters)
    assert edition.chapters[-1].title == "Sources and credits"
    hrefs = [d.href for d in edition.documents]
    assert hrefs[0].endswith("cover.xhtml") and any(h.endswith("chapter-01.xhtml") for h in hrefs)
    png = edition.page_png(1)
    assert png is not None and png.startswith(b"\x89PNG") and edition.page_png(pages + 1) is None
    found = edition.epub_member(hrefs[1])
    assert found is not None and found[1] == "application/xhtml+xml"


# --- in a real browser --------------------------------------------------------------------------------


class Served:
    """`booksmith serve` in its own process, as an editor runs it."""

    def __init__(self, book: Path, *extra: str) -> None:
        self.out, self.build = book.parent / "dist", book.parent / "b"
        command = [sys.executable, "-m", "booksmith", "serve", str(book), "--port", "0", "--out", str(self.out),
                   "--build-dir", str(self.build), *extra]  # fmt: skip
        self.process = subprocess.Popen(command, stderr=subprocess.PIPE, text=True, encoding="utf-8")
        self.lines: list[str] = []
        self.reader = threading.Thread(target=self._read, daemon=True)
        self.reader.start()
        self.address, self.port = self._wait_for_address()

    def _read(self) -> None:
        assert self.process.stderr is not None
        for line in self.process.stderr:
            self.lines.append(line.rstrip("\n"))

    def _wait_for_address(self) -> tuple[str, int]:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            for line in self.lines:
                if match := ADDRESS.search(line):
                    return match.group(1), int(match.group(2))
            time.sleep(0.05)
        raise AssertionError("no address printed: " + "\n".join(self.lines))

    def wait_for(self, text: str) -> None:
        deadline = time.monotonic() + 60
        while not any(text in line for line in self.lines):
            assert time.monotonic() < deadline, "\n".join(self.lines)
            time.sleep(0.05)

    def leftovers(self) -> list[Path]:
        """Temporary files of a build or of the server, where they would be left."""
        return [p for p in (*self.out.rglob("*"), *self.build.rglob("*")) if p.name.startswith((".", "tmp"))]

    def stop(self) -> int:
        self.process.send_signal(signal.SIGINT)  # Ctrl-C
        code = self.process.wait(30)
        self.reader.join(5)
        return code


def _listening_addresses(port: int) -> set[str]:
    """The local addresses of the sockets listening on `port`, from the kernel's own table."""
    found = set()
    for table, width in (("/proc/net/tcp", 8), ("/proc/net/tcp6", 32)):
        if not os.path.exists(table):
            continue
        for row in Path(table).read_text().splitlines()[1:]:
            local, state = row.split()[1], row.split()[3]
            address, hex_port = local.split(":")
            if int(hex_port, 16) == port and state == "0A":  # LISTEN
                found.add(address if len(address) == width else "?")
    return found


@pytest.fixture
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=["--no-sandbox"])
        yield launched
        launched.close()


@pytest.mark.e2e
def test_a_saved_article_reaches_the_open_page_and_a_bad_save_shows_its_error(tmp_path, browser):
    book = small_book(tmp_path)
    story = next((book / "articles").iterdir())
    served = Served(book)
    try:
        assert _listening_addresses(served.port) == {"0100007F"}  # 127.0.0.1, and nothing else
        page = browser.new_page(viewport={"width": 1200, "height": 800})
        page.goto(served.address)
        page.wait_for_selector("#page-1 img")
        first = page.get_attribute("body", "data-edition")
        assert page.evaluate("document.querySelector('#page-1 img').naturalWidth") > 0  # drawn, not a broken image
        pages_before = page.locator(".page[data-page]").count()

        story.write_text(story.read_text(encoding="utf-8") + "\nThe groundsman thanked them by name.\n", "utf-8")
        page.wait_for_function(f"document.body.dataset.edition !== '{first}'", timeout=60_000)
        page.click("#show-ebook")
        documents = json.loads(_get(served.address + "state.json")[1])["edition"]["documents"]
        chapter = next(i for i, d in enumerate(documents) if d["href"].endswith("chapter-01.xhtml"))
        page.select_option("#jump", str(chapter))
        frame = page.frame_locator("#reader")
        frame.locator("text=The groundsman thanked them by name.").wait_for(timeout=10_000)
        assert page.locator(".page[data-page]").count() == pages_before  # the print view was redrawn in place

        toml = book / "book.toml"
        good = toml.read_text(encoding="utf-8")
        toml.write_text(good.replace('title = "', 'title = 3 #"', 1), encoding="utf-8")
        page.wait_for_selector("#failure:not([hidden])", timeout=60_000)
        shown = page.inner_text("#failure-text")
        assert "book.toml:" in shown
        assert all(line in served.lines for line in shown.splitlines())  # word for word what the terminal printed
        assert page.locator(".page[data-page]").count() == pages_before  # the last good pages stay
        toml.write_text(good, encoding="utf-8")
        page.wait_for_selector("#failure", state="hidden", timeout=60_000)
    finally:
        code = served.stop()
    assert code == 0, "\n".join(served.lines)
    assert _listening_addresses(served.port) == set()
    assert served.leftovers() == []


@pytest.mark.e2e
def test_another_host_is_served_with_a_warning(tmp_path):
    book = small_book(tmp_path)
    served = Served(book, "--host", "0.0.0.0")
    try:
        assert _listening_addresses(served.port) == {"00000000"}
        assert any("warning: serving on 0.0.0.0: anyone who can reach this machine" in line for line in served.lines)
        served.wait_for("watching")
    finally:
        assert served.stop() == 0


@pytest.mark.e2e
def test_ctrl_c_during_the_first_build_stops_it_and_leaves_nothing_behind(tmp_path):
    served = Served(small_book(tmp_path))  # the address is printed before the first build begins
    assert served.stop() == 130
    assert any("interrupted; earlier outputs are unchanged" in line for line in served.lines)
    assert served.leftovers() == []
    assert _listening_addresses(served.port) == set()
