"""What a figure's image may be, decided from its bytes, never from its name.

A photo is JPEG, PNG, GIF or WebP (what every EPUB reader must show), sniffed from its first bytes; another
format Pillow reads (TIFF, BMP …) is converted to PNG. Its size in pixels is read from its header and bounded
before anything decodes it, so a small file that unpacks into gigabytes never does. An SVG is XML that can
read files, fetch from the network, run scripts and expand entities without end: one with a DOCTYPE is
refused, and the rest goes through an allowlist that keeps the drawing (shapes, paths, text, gradients,
in-drawing references) and drops everything else, with a warning that says what went.
"""

from __future__ import annotations

import base64
import dataclasses
import functools
import io
import re
import urllib.parse
import warnings
from dataclasses import dataclass
from pathlib import Path

from ..errors import BooksmithError, SourceError, warn
from ..model import Book, Figure
from .sources import read_regular

MAX_IMAGE_BYTES = 40 * 1024 * 1024
MAX_PIXELS = 60_000_000  # a 600 dpi photo over a whole A4 page is 35 million
RASTER_TYPES = {"jpeg": ("image/jpeg", ".jpg"), "png": ("image/png", ".png"), "gif": ("image/gif", ".gif"),
                "webp": ("image/webp", ".webp")}  # fmt: skip
SVG_TYPE = ("image/svg+xml", ".svg")


class ImageRefused(Exception):
    """Why an image cannot go into the book: the caller says where it was named."""


@dataclass(frozen=True)
class Picture:
    media_type: str
    suffix: str  # the file name's ending inside the EPUB, from the real format
    data: bytes  # as the book carries it: a converted raster, a cleaned SVG
    dropped: tuple[str, ...] = ()  # what the SVG cleaner took out, for a warning


def examine(path: Path) -> Picture:
    """The image at `path` as the book may carry it, or ImageRefused saying why not. The check, the EPUB and
    the print layout all ask: each file is read and judged once a build, while it stays the same file."""
    try:
        status = path.stat()
    except OSError as err:
        raise ImageRefused(f"cannot read: {err.strerror}") from None
    return _examined(path, status.st_ino, status.st_size, status.st_mtime_ns)


@functools.lru_cache(maxsize=8)
def _examined(path: Path, inode: int, size: int, mtime_ns: int) -> Picture:  # the file's identity is the key
    try:
        data = read_regular(path, MAX_IMAGE_BYTES, SourceError, follow_links=True)
    except SourceError as err:
        raise ImageRefused(err.message) from None
    kind = sniff(data)
    if kind in RASTER_TYPES:
        _check_raster(data)
        media_type, suffix = RASTER_TYPES[kind]
        return Picture(media_type, suffix, data)
    if kind == "svg":
        cleaned, dropped = clean_svg(data)
        return Picture(*SVG_TYPE, cleaned, dropped)
    return Picture("image/png", ".png", _as_png(data))


def sniff(data: bytes) -> str | None:
    """The format the bytes are in: 'jpeg', 'png', 'gif', 'webp', 'svg', or None."""
    if data.startswith(b"\xff\xd8\xff"):
        return "jpeg"
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        return "png"
    if data[:6] in (b"GIF87a", b"GIF89a"):
        return "gif"
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "webp"
    head = data[:2048].lstrip(b"\xef\xbb\xbf \t\r\n")
    if head.startswith(b"<") and re.search(rb"<svg[\s>]", head):
        return "svg"
    return None


def image_problem(
    target: Path, name: str, error: type[BooksmithError], path: Path | str, line: int | None
) -> BooksmithError | None:
    """Why the image named `name` (at `path:line`) cannot go into the book, as an `error`; the parts an SVG
    was cleaned of are a warning there."""
    try:
        picture = examine(target)
    except ImageRefused as why:
        return error(f"image '{name}' {why}", path, line)
    if picture.dropped:
        warn(f"image '{name}': left out of the book what an SVG in it may not hold: {', '.join(picture.dropped)}",
             path, line)  # fmt: skip
    return None


def data_url(picture: Picture) -> str:
    return f"data:{picture.media_type};base64,{base64.b64encode(picture.data).decode('ascii')}"


# --- rasters ---------------------------------------------------------------------------------------


def _opened(data: bytes):  # type: ignore[no-untyped-def]
    from PIL import Image, UnidentifiedImageError

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            image = Image.open(io.BytesIO(data))  # reads the header only
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        raise ImageRefused(f"is over {MAX_PIXELS // 1_000_000} million pixels: scale it down") from None
    except (UnidentifiedImageError, OSError, ValueError):
        raise ImageRefused("is not an image (its bytes are not JPEG, PNG, GIF, WebP, SVG or another format "
                           "Pillow reads)") from None  # fmt: skip
    width, height = image.size
    if width * height > MAX_PIXELS:
        image.close()
        raise ImageRefused(
            f"is {width:,} × {height:,} pixels; the limit is {MAX_PIXELS // 1_000_000} million: scale it down"
        )
    return image


def _check_raster(data: bytes) -> None:
    image = _opened(data)
    try:
        image.verify()  # a truncated or corrupt file is refused here, not half-drawn in the PDF
    except Exception:  # Pillow raises many kinds for a broken file
        raise ImageRefused("is damaged (truncated or corrupt): export it again") from None
    finally:
        image.close()


def _as_png(data: bytes) -> bytes:
    image = _opened(data)
    try:
        out = io.BytesIO()
        image.save(out, format="PNG")
        return out.getvalue()
    except Exception:
        raise ImageRefused("is damaged, or in a format booksmith cannot convert: export it as PNG or JPEG") from None
    finally:
        image.close()


# --- SVG ---------------------------------------------------------------------------------------------

_SVG = "http://www.w3.org/2000/svg"
_XLINK = "http://www.w3.org/1999/xlink"
_XML = "http://www.w3.org/XML/1998/namespace"
_DRAWING = {
    "svg", "g", "defs", "symbol", "use", "path", "rect", "circle", "ellipse", "line", "polyline", "polygon",
    "text", "tspan", "textPath", "title", "desc", "linearGradient", "radialGradient", "stop", "clipPath", "mask",
    "pattern", "marker", "image", "style", "filter", "feGaussianBlur", "feOffset", "feBlend", "feColorMatrix",
    "feMerge", "feMergeNode", "feFlood", "feComposite", "switch",
}  # fmt: skip
_REFERENCE_ATTRIBUTES = {"href", f"{{{_XLINK}}}href"}
_OUTSIDE_URL = re.compile(r"url\(\s*['\"]?\s*(?!#)", re.IGNORECASE)  # url(#grad) stays inside the drawing
_INLINE_RASTER = re.compile(r"^data:image/(?:png|jpeg|gif|webp);base64,[A-Za-z0-9+/=\s]*$")


def clean_svg(data: bytes) -> tuple[bytes, tuple[str, ...]]:
    """The SVG with only its drawing left, and what was dropped ("a script", "a reference to https://…")."""
    from lxml import etree

    if re.search(rb"<!DOCTYPE|<!ENTITY", data, re.IGNORECASE):
        raise ImageRefused("is an SVG with a DOCTYPE or entities, which can read files or grow without end: "
                           "save it again as plain SVG, or export it as PNG")  # fmt: skip
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False,
                             remove_comments=True, remove_pis=True)  # fmt: skip
    try:
        root = etree.fromstring(data, parser)
    except etree.XMLSyntaxError as err:
        raise ImageRefused(f"is not well-formed SVG ({err.msg})") from None
    if root.tag != f"{{{_SVG}}}svg":
        raise ImageRefused("is XML, but not an SVG drawing (its root is not <svg> in the SVG namespace)")
    dropped: list[str] = []
    _clean(root, dropped)
    return etree.tostring(root, xml_declaration=True, encoding="utf-8"), tuple(dict.fromkeys(dropped))


def _clean(element, dropped: list[str]) -> None:  # type: ignore[no-untyped-def]
    for child in list(element):
        name = _local(child.tag) if isinstance(child.tag, str) else None
        namespace = child.tag[1:].split("}")[0] if isinstance(child.tag, str) and child.tag.startswith("{") else ""
        if name is None or namespace != _SVG or name not in _DRAWING:
            dropped.append(f"<{name or 'node'}>" if namespace == _SVG or not namespace else f"<{name}> of {namespace}")
            element.remove(child)
            continue
        if name == "style" and (_OUTSIDE_URL.search(child.text or "") or "@import" in (child.text or "")):
            dropped.append("a <style> that reaches outside the drawing")
            element.remove(child)
            continue
        _clean(child, dropped)
    for attribute, value in list(element.attrib.items()):
        local = _local(attribute)
        outside_namespace = attribute.startswith("{") and not attribute.startswith((f"{{{_XLINK}}}", f"{{{_XML}}}"))
        if local.lower().startswith("on") or outside_namespace:
            dropped.append(f"the {local} attribute")
            del element.attrib[attribute]
        elif attribute in _REFERENCE_ATTRIBUTES and not _inside(value, _local(element.tag)):
            dropped.append(f"a reference to {value[:60]}")
            del element.attrib[attribute]
        elif _OUTSIDE_URL.search(value) or "@import" in value or "expression(" in value.lower():
            dropped.append(f"a url() in {local}")
            del element.attrib[attribute]


def _inside(reference: str, element: str) -> bool:
    """A reference the drawing may keep: to a part of itself, or a photo embedded in an <image>."""
    return reference.startswith("#") or (element == "image" and bool(_INLINE_RASTER.match(reference)))


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def for_print(book: Book, root: Path) -> Book:
    """The book with each figure's image as the print layout reads it: a URL-quoted path (a name with `#`,
    `?` or `%` is a file, not a fragment), an SVG as its cleaned drawing, so both editions show the same."""
    chapters = []
    for chapter in book.chapters:
        blocks = tuple(
            dataclasses.replace(block, image=_print_source(block, root))
            if isinstance(block, Figure) and block.image
            else block
            for block in chapter.blocks
        )
        chapters.append(dataclasses.replace(chapter, blocks=blocks))
    return dataclasses.replace(book, chapters=tuple(chapters))


def _print_source(figure: Figure, root: Path) -> str:
    image = figure.image or ""
    try:
        picture = examine(root / image)
    except ImageRefused as why:  # changed on disk since the book was checked
        raise SourceError(f"image '{image}' {why}", figure.origin.path, figure.origin.line) from None
    return data_url(picture) if picture.media_type == SVG_TYPE[0] else urllib.parse.quote(image)
