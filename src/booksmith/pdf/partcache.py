"""The laid-out parts kept between builds (`build/parts/`), so an edit lays out only what it changed.

A part's layout (`parts.lay_out_part`: its PDF, its pages, folios, anchors, page map, photos and
WeasyPrint's messages) depends on nothing but its HTML, the extra rules it is given (the running
title, the contents page's filled-in numbers), and the layout's context: the stylesheets, the fonts
beside them, the page setup with its bleed, the images the part shows, and the code that lays it out
(booksmith's and WeasyPrint's). Each is a digest in the part's key; an entry is its PDF and a JSON
record of the rest, with the PDF's digest. An entry is a cache: read as regular files only, never
through a link, and used only when it holds together (the digest, the fields' types); anything else
is laid out again. Entries this build did not use are removed when it is done.
"""

from __future__ import annotations

import hashlib
import html as html_text
import json
import re
from dataclasses import asdict
from pathlib import Path
from typing import Any

from .. import __version__
from ..config.styles import font_files
from ..errors import BooksmithError
from ..model import PageStart
from ..output import write_bytes_atomic, write_text_atomic
from .layout import PrintSetup
from .photos import PrintedPhoto
from .printlayout import key_bytes, release_bytes

FORMAT = 1
MAX_PART_BYTES = 512 * 1024 * 1024
MAX_RECORD_BYTES = 64 * 1024 * 1024
# What a part shows from a file: an image's `src`, or a `url(…)` in a style attribute (the cover photo).
_SOURCE = re.compile(r'\bsrc="([^"]+)"|url\(\s*(?:&#39;|&quot;|[\'"])?([^\'")&]+)(?:&#39;|&quot;|[\'"])?\s*\)')
_CODE = ("layout.py", "parts.py", "write.py", "structure.py", "pagemap.py", "photos.py", "finishing.py")


def context_key(setup: PrintSetup) -> str:
    """What every part's layout is made from besides its own HTML and rules."""
    digest = hashlib.sha256(f"{FORMAT}\n{__version__}\n{setup.key()}\n{setup.bleed_mm!r}\n".encode())
    digest.update(release_bytes("weasyprint") + release_bytes("pydyf"))
    here = Path(__file__).parent
    for path in [*(here / name for name in _CODE), *setup.styles, *font_files(path.parent for path in setup.styles)]:
        digest.update(str(path.name).encode() + b"\n" + key_bytes(path) + b"\n")
    digest.update(_system_fonts())
    return digest.hexdigest()


def _system_fonts() -> bytes:
    """The system's fonts as fontconfig last listed them (a script the design's fonts lack falls back to one):
    its cache files' names, sizes and times, which `fc-cache` rewrites when fonts are installed or removed."""
    found = []
    for folder in (Path("/var/cache/fontconfig"), Path.home() / ".cache" / "fontconfig"):
        try:
            entries = sorted(folder.iterdir())
        except OSError:
            continue
        for entry in entries:
            try:
                status = entry.stat()
            except OSError:
                continue
            found.append(f"{entry}\t{status.st_size}\t{status.st_mtime_ns}")
    return "\n".join(found).encode()


class PartCache:
    """The entries in `folder` (None: no cache, every part is laid out) for one build's context."""

    def __init__(self, folder: Path | None, setup: PrintSetup) -> None:
        self.folder = folder
        self.setup = setup
        self.context = context_key(setup) if folder is not None else ""
        self.used: set[str] = set()
        self.reused = 0
        self.laid_out = 0

    def key(self, html: str, extra_css: str, pages: int | None = None) -> str:
        """The part's key: the context, its HTML and rules, the pages it must fill, the images it shows."""
        digest = hashlib.sha256(f"{self.context}\n{pages!r}\n".encode())
        for text in (html, extra_css):
            digest.update(hashlib.sha256(text.encode("utf-8")).digest())
        for source in sorted({a or b for a, b in _SOURCE.findall(html)}):
            path = self._local(html_text.unescape(source))
            digest.update(source.encode() + b"\n" + (key_bytes(path) if path else b"(not a file)") + b"\n")
        return digest.hexdigest()

    def get(self, key: str, target: Path) -> Any:
        """The part as it was laid out, its PDF copied to `target`; None when there is none that holds."""
        from .parts import Part

        if self.folder is None:
            return None
        from ..manuscript.sources import read_regular

        try:
            record = json.loads(read_regular(self.folder / f"{key}.json", MAX_RECORD_BYTES, follow_links=False))
            pdf = read_regular(self.folder / f"{key}.pdf", MAX_PART_BYTES, follow_links=False)
            if record.get("format") != FORMAT or hashlib.sha256(pdf).hexdigest() != record["pdf"]:
                return None
            part = Part(
                path=target,
                pages=_int(record["pages"]),
                folios=tuple(_bool(value) for value in record["folios"]),
                anchors={_str(name): _int(page) for name, page in record["anchors"].items()},
                starts=tuple(PageStart(**start) for start in record["starts"]),
                messages=tuple(_str(message) for message in record["messages"]),
                photos=tuple(PrintedPhoto(**photo) for photo in record["photos"]),
            )
            if len(part.folios) != part.pages or not all(
                type(s.page) is int and type(s.letters) is int and isinstance(s.target, str) for s in part.starts
            ):
                return None
        except (BooksmithError, ValueError, TypeError, KeyError, AttributeError):
            return None
        write_bytes_atomic(target, pdf)
        self.used.add(key)
        self.reused += 1
        return part

    def put(self, key: str, part: Any) -> None:
        """Keep a part just laid out (its PDF is at `part.path`)."""
        self.laid_out += 1
        if self.folder is None:
            return
        pdf = part.path.read_bytes()
        record = {
            "format": FORMAT,
            "pdf": hashlib.sha256(pdf).hexdigest(),
            "pages": part.pages,
            "folios": list(part.folios),
            "anchors": part.anchors,
            "starts": [asdict(start) for start in part.starts],
            "messages": list(part.messages),
            "photos": [asdict(photo) for photo in part.photos],
        }
        self.folder.mkdir(parents=True, exist_ok=True)
        write_bytes_atomic(self.folder / f"{key}.pdf", pdf)
        write_text_atomic(self.folder / f"{key}.json", json.dumps(record, ensure_ascii=False) + "\n")
        self.used.add(key)

    def prune(self) -> None:
        """Remove the entries this build did not use: the cache holds one book's parts, not every version's."""
        if self.folder is None or not self.folder.is_dir():
            return
        for entry in self.folder.iterdir():
            if entry.suffix in (".pdf", ".json") and entry.stem not in self.used and entry.is_file():
                entry.unlink(missing_ok=True)

    def _local(self, source: str) -> Path | None:
        """An image's file, when the part names one of the book's own (`file:` URL or a relative path)."""
        from urllib.parse import unquote, urlsplit

        parts = urlsplit(source)
        if parts.scheme == "file" and not parts.netloc:
            path = Path(unquote(parts.path))
        elif parts.scheme == "" and not source.startswith("#"):
            path = self.setup.base / unquote(parts.path)
        else:
            return None
        # Only what the layout itself may read (its fetcher refuses the rest): nothing outside the book.
        resolved = path.resolve()
        return path if any(resolved.is_relative_to(root.resolve()) for root in self.setup.allowed) else None


def _int(value: Any) -> int:
    if type(value) is not int:
        raise TypeError("not a whole number")
    return value


def _bool(value: Any) -> bool:
    if type(value) is not bool:
        raise TypeError("not true or false")
    return value


def _str(value: Any) -> str:
    if not isinstance(value, str):
        raise TypeError("not text")
    return value
