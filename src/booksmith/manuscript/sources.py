"""Stage 2: read a source file into clean, numbered lines of Unicode text.

Articles arrive from whatever editor the person had: UTF-8 with or without a BOM,
CRLF or CR line ends, sometimes Windows-1252 or UTF-16. The text that leaves this
module is NFC, has only `\\n` line ends, and holds no character XML forbids.
Nothing is guessed silently:
- a non-UTF-8 decoding is a warning that names the encoding;
- bytes that cannot be decoded are an error naming file, line, column and byte;
- control characters (NUL and the like, C1 controls, U+FFFD) are an error naming
  file, line and column: they mean the file is binary or was damaged upstream;
- invisible characters that carry no text (soft hyphen, zero-width space, word
  joiner, stray BOM) are removed with a warning naming file and first line. ZWJ
  and ZWNJ stay: emoji sequences and Persian or Indic words need them;
- line and paragraph separators (U+2028, U+2029, vertical tab, form feed) are the
  line and paragraph breaks they stand for.
"""

from __future__ import annotations

import codecs
import errno
import os
import re
import stat
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from ..errors import BooksmithError, SourceError, warn

DEFAULT_MAX_BYTES = 1024 * 1024  # book.toml's [build] max_article_kib changes it
# A long feature is a few hundred lines; past this the cleaner's and the layout's work, not the
# story, is what grows (1 MiB of one-line paragraphs took minutes and gigabytes to lay out).
DEFAULT_MAX_LINES = 10_000  # [build] max_article_lines

# A well-formed UTF-8 sequence of two to four bytes: text that has any of these
# and still fails to decode is damaged UTF-8, not another encoding.
_UTF8_MULTIBYTE = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")
# Characters XML 1.0 forbids, C1 controls (a sign of text decoded wrongly upstream) and the
# noncharacters (U+FDD0–U+FDEF, the last two of every plane), which no text may carry.
_NONCHARACTERS = "\ufdd0-\ufdef" + "".join(chr(p << 16 | 0xFFFE) + chr(p << 16 | 0xFFFF) for p in range(17))
_FORBIDDEN = re.compile(f"[\x00-\x08\x0e-\x1f\x7f-\x9f\ufffd{_NONCHARACTERS}]")
# Invisible characters that carry no text: removed (with a warning).
_INVISIBLE = re.compile("[\u00ad\u200b\u2060\ufeff]")
_BREAKS = {"\r\n": "\n", "\r": "\n", "\u2028": "\n", "\x0b": "\n", "\u2029": "\n\n", "\x0c": "\n\n"}
_BREAK = re.compile("|".join(map(re.escape, _BREAKS)))
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),  # before UTF-16: its BOM starts like UTF-16 LE's
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


@dataclass(frozen=True)
class SourceText:
    path: Path
    lines: tuple[str, ...]  # line N of the file is lines[N - 1]
    encoding: str
    raw: bytes


def read_source(
    path: Path, encoding: str | None = None, max_bytes: int = DEFAULT_MAX_BYTES, max_lines: int = DEFAULT_MAX_LINES
) -> SourceText:
    """Read `path` into lines, or raise a SourceError that points at the problem."""
    raw = read_bytes(path, max_bytes)
    text, used = decode(raw, path, encoding)
    lines = tuple(normalise(text, path).split("\n"))
    count = len(lines) - (lines[-1] == "")  # the last line's end opens no line
    if count > max_lines:
        hint = "split it into several chapters, or raise [build] max_article_lines in book.toml"
        raise SourceError(f"{count:,} lines; the limit is {max_lines:,}", path, max_lines + 1, hint=hint)
    return SourceText(path, lines, used, raw)


def read_bytes(path: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> bytes:
    """An article's bytes; a file over the limit is refused before it is read."""
    hint = "split it into several chapters, or raise [build] max_article_kib in book.toml"
    return read_regular(path, max_bytes, SourceError, hint)


def read_regular(
    path: Path,
    max_bytes: int,
    error: type[BooksmithError] = SourceError,
    hint: str | None = None,
    follow_links: bool = True,
) -> bytes:
    """The bytes of a regular file no larger than `max_bytes`, or `error` saying why not.

    Opened without blocking and checked on the open file, so a FIFO, a device or a folder in
    its place is refused at once (reading one would wait forever or never end), and a file
    that grows after the check is still read no further than the limit. `follow_links=False`
    refuses a symbolic link too: for caches, which booksmith writes itself and never as links.
    """
    flags = os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0) | (0 if follow_links else os.O_NOFOLLOW)
    try:
        handle = os.open(path, flags)
    except OSError as err:
        if err.errno == errno.ELOOP:
            raise error("is a symbolic link, which is not allowed here", path=path) from None
        raise error(f"cannot read: {err.strerror}", path=path) from None
    status = os.fstat(handle)
    if not stat.S_ISREG(status.st_mode):
        os.close(handle)
        kind = "a folder" if stat.S_ISDIR(status.st_mode) else "a FIFO, a socket or a device"
        raise error(f"is {kind}, not a file", path=path)
    with os.fdopen(handle, "rb") as file:
        if status.st_size > max_bytes:
            raise error(f"file is {_kib(status.st_size)} KiB; the limit is {_kib(max_bytes)} KiB", path=path, hint=hint)
        try:
            data = file.read(max_bytes + 1)
        except OSError as err:
            raise error(f"cannot read: {err.strerror}", path=path) from None
    if len(data) > max_bytes:
        raise error(f"file grew past the limit of {_kib(max_bytes)} KiB while it was read", path=path, hint=hint)
    return data


def _kib(size: int) -> str:
    return f"{-(-size // 1024):,}"


def normalise(text: str, path: Path) -> str:
    """One kind of line end, NFC, no forbidden or invisible characters, spaces for tabs."""
    text = _BREAK.sub(lambda m: _BREAKS[m.group()], text)
    text = unicodedata.normalize("NFC", text)
    _refuse_forbidden(text, path)
    text = _remove_invisible(text, path)
    return text.replace("\t", " ")


def decode(raw: bytes, path: Path, encoding: str | None = None) -> tuple[str, str]:
    if encoding:
        return _decode_declared(raw, path, encoding), encoding
    if raw.startswith(codecs.BOM_UTF8):
        return _decode_utf8(raw[len(codecs.BOM_UTF8) :], path), "utf-8"
    for bom, name in _BOMS:
        if raw.startswith(bom):
            text = _decode_declared(raw, path, name)
            warn(f"decoded as {name.upper()} (byte order mark)", path)
            return text, name
    try:
        return raw.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    if _UTF8_MULTIBYTE.search(raw):
        return _decode_utf8(raw, path), "utf-8"  # raises at the damaged byte
    try:
        text = raw.decode("cp1252")
    except UnicodeDecodeError as err:
        raise byte_error(raw, err, path, "neither UTF-8 nor Windows-1252") from None
    warn("not UTF-8; decoded as Windows-1252 (set `encoding` in book.toml to choose another)", path)
    return text, "cp1252"


def _decode_utf8(raw: bytes, path: Path) -> str:
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as err:
        raise byte_error(raw, err, path, "invalid UTF-8") from None


def _decode_declared(raw: bytes, path: Path, encoding: str) -> str:
    try:
        codecs.lookup(encoding)
    except LookupError:
        raise SourceError(f"unknown encoding '{encoding}'", path=path) from None
    try:
        text = raw.decode(encoding)
    except UnicodeDecodeError as err:
        raise byte_error(raw, err, path, f"invalid {encoding}") from None
    return text.removeprefix("\ufeff")


def byte_error(
    raw: bytes, err: UnicodeDecodeError, path: Path, what: str, error: type[BooksmithError] = SourceError
) -> BooksmithError:
    """Point at the first undecodable byte as `file:line:col`."""
    before = raw[: err.start]
    line = before.count(b"\n") + 1
    line_start = before.rfind(b"\n") + 1
    col = len(raw[line_start : err.start].decode("utf-8", errors="replace")) + 1
    return error(f"{what}: cannot decode byte {raw[err.start]:#04x}", path, line, col)


def forbidden_character(text: str) -> tuple[int, str] | None:
    """Where `text` holds a character no book may (its index), and what it is; None when it holds none.
    The same rule for articles, hand-written chapters and every string in book.toml."""
    match = _FORBIDDEN.search(text)
    if match is None:
        return None
    char = match.group()
    if char == "\ufffd":
        return match.start(), "replacement character U+FFFD (the text was damaged before it got here)"
    kind = "control character" if unicodedata.category(char) == "Cc" else "noncharacter"
    return match.start(), f"{kind} U+{ord(char):04X} is not allowed in a book"


def _refuse_forbidden(text: str, path: Path) -> None:
    found = forbidden_character(text)
    if found is None:
        return
    index, what = found
    line, col = _position(text, index)
    hint = (
        "a binary file, or UTF-16 without a byte order mark? set `encoding` in book.toml"
        if text[index] == "\x00"
        else None
    )
    raise SourceError(what, path, line, col, hint=hint)


def _remove_invisible(text: str, path: Path) -> str:
    first = _INVISIBLE.search(text)
    if first is None:
        return text
    found = _INVISIBLE.findall(text)
    names = sorted({unicodedata.name(c, f"U+{ord(c):04X}").lower() for c in found})
    line, _ = _position(text, first.start())
    warn(f"removed {len(found)} invisible character{'s' * (len(found) > 1)}: {', '.join(names)}", path, line)
    return _INVISIBLE.sub("", text)


def _position(text: str, index: int) -> tuple[int, int]:
    """1-based line and column of `text[index]`."""
    line = text.count("\n", 0, index) + 1
    return line, index - (text.rfind("\n", 0, index) + 1) + 1
