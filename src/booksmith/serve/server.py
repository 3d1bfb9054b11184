"""The preview's web server: the page, the pages as pictures, the EPUB's files, and the news of each build.

Python's own threading HTTP server is enough for one editor's browser on loopback; each build's outcome
reaches the open page as a server-sent event (`/events`), one long response the browser keeps open and
reopens by itself, so the page never polls. The server reads only the last good edition it was handed
(`edition`) and its own site files: no path from a request is ever opened on disk.
"""

from __future__ import annotations

import contextlib
import json
import re
import threading
import time
from dataclasses import dataclass, field
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

from .edition import Edition

SITE = Path(__file__).parent / "site"  # the page, its styles and its script: a designer may edit them
SITE_FILES = {"index.html": "text/html; charset=utf-8", "preview.css": "text/css; charset=utf-8",
              "preview.js": "text/javascript; charset=utf-8"}  # fmt: skip
KEEP_ALIVE_SECONDS = 15  # a comment on the event stream, so a closed tab's connection is noticed and let go
_PAGE = re.compile(r"^/page/(\d{1,5})\.png$")


@dataclass
class Preview:
    """What the page shows, shared by the build loop (which changes it) and the request threads (which read it).
    `build` counts the builds' outcomes: it moves on a failure too, so the page learns of it."""

    edition: Edition | None = None
    failure: str | None = None
    building: bool = False
    build: int = 0
    closing: bool = False
    _changed: threading.Condition = field(default_factory=threading.Condition, repr=False)

    def started_building(self) -> None:
        with self._changed:
            self.building = True
            self.build += 1
            self._changed.notify_all()

    def built(self, edition: Edition | None, failure: str | None) -> None:
        """A build's outcome: the new edition (None: keep the last good one) and the failure's text, if any."""
        with self._changed:
            replaced = self.edition if edition is not None else None
            if edition is not None:
                self.edition = edition
            self.failure, self.building = failure, False
            self.build += 1
            self._changed.notify_all()
        if replaced is not None and replaced is not edition:
            replaced.close()  # PDFium's copy of the old PDF; a page asked of it late is drawn from a fresh one

    def close(self) -> None:
        with self._changed:
            self.closing = True
            self._changed.notify_all()

    def wait_for_news(self, seen: int, timeout: float) -> int:
        """The build count once it passes `seen` (or after `timeout`, or when the server closes)."""
        with self._changed:
            self._changed.wait_for(lambda: self.build != seen or self.closing, timeout)
            return self.build

    def state(self) -> dict[str, Any]:
        with self._changed:
            edition = self.edition
            return {
                "build": self.build,
                "building": self.building,
                "failure": self.failure,
                "edition": edition.summary() if edition is not None else None,
            }


class PreviewServer(ThreadingHTTPServer):
    daemon_threads = True  # an open event stream never holds up the exit
    allow_reuse_address = True

    def __init__(self, host: str, port: int, preview: Preview, any_host: bool) -> None:
        self.preview = preview
        self.any_host = any_host  # --host was given: requests may name this machine any way
        super().__init__((host, port), _Handler)

    @property
    def address(self) -> str:
        host, port = self.server_address[:2]
        name = host.decode() if isinstance(host, bytes) else str(host)
        shown = f"[{name}]" if ":" in name else name
        return f"http://{shown}:{port}/"

    def serve_in_background(self) -> threading.Thread:
        thread = threading.Thread(target=self.serve_forever, kwargs={"poll_interval": 0.2}, daemon=True)
        thread.start()
        return thread

    def stop(self) -> None:
        self.preview.close()
        self.shutdown()
        self.server_close()


class _Handler(BaseHTTPRequestHandler):
    server: PreviewServer
    protocol_version = "HTTP/1.0"  # one request a connection; the event stream ends with its connection

    def do_GET(self) -> None:
        if not self._host_allowed():
            return self._send(HTTPStatus.FORBIDDEN, b"not this server's name\n", "text/plain")
        path = unquote(urlsplit(self.path).path)
        preview = self.server.preview
        if path in ("/", "/index.html"):
            return self._site("index.html")
        if path.startswith("/site/") and path[6:] in SITE_FILES:
            return self._site(path[6:])
        if path == "/state.json":
            body = json.dumps(preview.state(), ensure_ascii=False).encode("utf-8")
            return self._send(HTTPStatus.OK, body, "application/json; charset=utf-8")
        if path == "/events":
            return self._events()
        edition = preview.edition
        if (match := _PAGE.match(path)) and edition is not None:
            png = edition.page_png(int(match.group(1)))
            if png is not None:
                return self._send(HTTPStatus.OK, png, "image/png", tag=f"{edition.generation}")
        if path.startswith("/epub/") and edition is not None:
            found = edition.epub_member(path[6:])
            if found is not None:
                return self._send(HTTPStatus.OK, found[0], found[1], tag=f"{edition.generation}")
        return self._send(HTTPStatus.NOT_FOUND, b"not found\n", "text/plain")

    def _host_allowed(self) -> bool:
        """On loopback, only a request that names loopback: a web page elsewhere cannot read the book by
        pointing a name of its own at 127.0.0.1 (DNS rebinding)."""
        if self.server.any_host:
            return True
        host = (self.headers.get("Host") or "").lower()
        name = host.rsplit(":", 1)[0] if not host.endswith("]") else host
        return name in ("127.0.0.1", "localhost", "[::1]")

    def _site(self, name: str) -> None:
        self._send(HTTPStatus.OK, (SITE / name).read_bytes(), SITE_FILES[name])

    def _send(self, status: HTTPStatus, body: bytes, media_type: str, tag: str | None = None) -> None:
        etag = f'"{tag}"' if tag else None
        if etag is not None and self.headers.get("If-None-Match") == etag:
            self.send_response(HTTPStatus.NOT_MODIFIED)
            self.send_header("ETag", etag)
            self.end_headers()
            return
        self.send_response(status)
        self.send_header("Content-Type", media_type)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "no-cache")  # asked again each time; an unchanged one is a 304
        self.send_header("X-Content-Type-Options", "nosniff")
        if etag is not None:
            self.send_header("ETag", etag)
        self.end_headers()
        with contextlib.suppress(BrokenPipeError, ConnectionResetError):  # the tab closed or reloaded mid-answer
            self.wfile.write(body)

    def _events(self) -> None:
        """The build count now, then again each time it moves, until the browser or the server goes."""
        preview = self.server.preview
        self.send_response(HTTPStatus.OK)
        self.send_header("Content-Type", "text/event-stream; charset=utf-8")
        self.send_header("Cache-Control", "no-cache")
        self.end_headers()
        seen = -1
        try:
            while not preview.closing:
                now = preview.build if seen == -1 else preview.wait_for_news(seen, KEEP_ALIVE_SECONDS)
                if preview.closing:
                    break
                if now != seen:
                    payload = json.dumps({"build": now, "at": time.time()})
                    self.wfile.write(f"event: build\ndata: {payload}\n\n".encode())
                    seen = now
                else:
                    self.wfile.write(b": still here\n\n")
                self.wfile.flush()
        except (BrokenPipeError, ConnectionResetError, OSError):
            return

    def log_message(self, format: str, *args: Any) -> None:
        pass  # one line per picture would bury the build's messages
