"""Stage 2: read a source file into clean, numbered lines of Unicode text.

Articles arrive from whatever editor the person had: UTF-8 with or without a BOM,
CRLF line ends, sometimes Windows-1252. The text that leaves this module is NFC,
has only `\\n` line ends, and holds no character XML forbids. Nothing is guessed
silently: a non-UTF-8 decoding is a warning that names the encoding, and bytes
that cannot be decoded are an error that names file, line, column and byte.
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from .errors import SourceError, warn

MAX_SOURCE_BYTES = 8 * 1024 * 1024

# A well-formed UTF-8 sequence of two to four bytes: text that has any of these
# and still fails to decode is damaged UTF-8, not another encoding.
_UTF8_MULTIBYTE = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")
# Characters XML 1.0 forbids, plus C1 controls (a sign of text decoded wrongly upstream).
_FORBIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufffe\uffff\ufffd]")
# Invisible characters that carry no text: removed (with a warning).
_INVISIBLE = re.compile("[\u00ad\u200b\u2060\ufeff]")


@dataclass(frozen=True)
class SourceText:
    path: Path
    lines: tuple[str, ...]  # line N of the file is lines[N - 1]
    encoding: str
    raw: bytes


def read_source(path: Path, encoding: str | None = None) -> SourceText:
    """Read `path` into lines, or raise a SourceError that points at the problem."""
    try:
        raw = path.read_bytes()
    except OSError as err:
        raise SourceError(f"cannot read: {err.strerror}", path=path) from None
    if len(raw) > MAX_SOURCE_BYTES:
        raise SourceError(
            f"file is {len(raw) / 2**20:.1f} MiB; the limit is {MAX_SOURCE_BYTES // 2**20} MiB",
            path=path,
            hint="split the article into several chapters",
        )
    text, used = decode(raw, path, encoding)
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n").replace("\u2029", "\n\n")
    text = unicodedata.normalize("NFC", text)
    _refuse_forbidden(text, path)
    text = _remove_invisible(text, path)
    text = text.replace("\t", " ")
    return SourceText(path, tuple(text.split("\n")), used, raw)


def decode(raw: bytes, path: Path, encoding: str | None = None) -> tuple[str, str]:
    if encoding:
        return _decode_declared(raw, path, encoding), encoding
    if raw.startswith(codecs.BOM_UTF8):
        return _decode_utf8(raw[len(codecs.BOM_UTF8) :], path), "utf-8"
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        text = _decode_declared(raw, path, "utf-16")
        warn("decoded as UTF-16 (byte order mark)", path)
        return text, "utf-16"
    try:
        return raw.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    if _UTF8_MULTIBYTE.search(raw):
        return _decode_utf8(raw, path), "utf-8"  # raises at the damaged byte
    try:
        text = raw.decode("cp1252")
    except UnicodeDecodeError as err:
        raise _byte_error(raw, err, path, "neither UTF-8 nor Windows-1252") from None
    warn("not UTF-8; decoded as Windows-1252 (set `encoding` in book.toml to choose another)", path)
    return text, "cp1252"


def _decode_utf8(raw: bytes, path: Path) -> str:
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as err:
        raise _byte_error(raw, err, path, "invalid UTF-8") from None


def _decode_declared(raw: bytes, path: Path, encoding: str) -> str:
    try:
        codecs.lookup(encoding)
    except LookupError:
        raise SourceError(f"unknown encoding '{encoding}'", path=path) from None
    try:
        text = raw.decode(encoding)
    except UnicodeDecodeError as err:
        raise _byte_error(raw, err, path, f"invalid {encoding}") from None
    return text.removeprefix("\ufeff")


def _byte_error(raw: bytes, err: UnicodeDecodeError, path: Path, what: str) -> SourceError:
    """Point at the first undecodable byte as `file:line:col`."""
    before = raw[: err.start]
    line = before.count(b"\n") + 1
    line_start = before.rfind(b"\n") + 1
    col = len(raw[line_start : err.start].decode("utf-8", errors="replace")) + 1
    return SourceError(f"{what}: cannot decode byte {raw[err.start]:#04x}", path, line, col)


def _refuse_forbidden(text: str, path: Path) -> None:
    match = _FORBIDDEN.search(text)
    if match is None:
        return
    line = text.count("\n", 0, match.start()) + 1
    col = match.start() - (text.rfind("\n", 0, match.start()) + 1) + 1
    char = match.group()
    what = "replacement character U+FFFD (the text was damaged before it got here)"
    if char != "\ufffd":
        what = f"control character U+{ord(char):04X} is not allowed in a book"
    raise SourceError(what, path, line, col)


def _remove_invisible(text: str, path: Path) -> str:
    found = _INVISIBLE.findall(text)
    if found:
        names = sorted({unicodedata.name(c, f"U+{ord(c):04X}").lower() for c in found})
        warn(f"removed {len(found)} invisible character(s): {', '.join(names)}", path)
    return _INVISIBLE.sub("", text)
