"""The photos an editor gave the book, as files inside the EPUB.

A figure's `image` is a path in the manuscript folder (`photos/fans 2.jpg`); inside the
EPUB it becomes `images/<chapter id>-<n>.<ext>`: a name that is safe in any URL and in
any zip tool, whatever the editor called the file. Formats EPUB readers must support
(JPEG, PNG, GIF, WebP, SVG) are copied as they are; anything else Pillow can read is
converted to PNG, so no reader meets a picture it cannot show.
"""

from __future__ import annotations

import dataclasses
import io
from pathlib import Path

from ebooklib import epub

from ..errors import SourceError, warn
from ..model import Book, Chapter, Figure

COVER_IMAGE = "images/cover.png"
CORE_TYPES = {
    ".jpg": "image/jpeg",
    ".jpeg": "image/jpeg",
    ".png": "image/png",
    ".gif": "image/gif",
    ".webp": "image/webp",
    ".svg": "image/svg+xml",
}
FALLBACK_ALT = "Photograph"


def figure_images(book: Book, manuscript: Path) -> tuple[Book, list[epub.EpubImage]]:
    """The book with each figure's image renamed to its place in the EPUB, and those image items."""
    items: list[epub.EpubImage] = []
    chapters = []
    for chapter in book.chapters:
        blocks = []
        for block in chapter.blocks:
            if isinstance(block, Figure) and block.image:
                item = _image_item(chapter, len(items) + 1, manuscript / block.image, block)
                items.append(item)
                block = dataclasses.replace(block, image=item.file_name, label=block.label or _alt(block))
            blocks.append(block)
        chapters.append(dataclasses.replace(chapter, blocks=tuple(blocks)))
    return dataclasses.replace(book, chapters=tuple(chapters)), items


def _alt(figure: Figure) -> str | None:
    """A figure with no label and no caption still needs an alt text (Kindle refuses an empty one)."""
    if figure.caption.strip():
        return None
    warn(f"a photo without a caption: its text alternative is only '{FALLBACK_ALT}'", *_where(figure))
    return FALLBACK_ALT


def _image_item(chapter: Chapter, number: int, path: Path, figure: Figure) -> epub.EpubImage:
    try:
        data = path.read_bytes()
    except OSError as err:
        raise SourceError(f"cannot read image {figure.image}: {err.strerror}", *_where(figure)) from None
    suffix = path.suffix.lower()
    if suffix not in CORE_TYPES:
        data, suffix = _as_png(data, figure), ".png"
    name = f"images/{chapter.id}-{number}{suffix}"
    return epub.EpubImage(uid=f"image-{number}", file_name=name, media_type=CORE_TYPES[suffix], content=data)


def _as_png(data: bytes, figure: Figure) -> bytes:
    from PIL import Image, UnidentifiedImageError

    try:
        with Image.open(io.BytesIO(data)) as image:
            out = io.BytesIO()
            image.save(out, format="PNG")
            return out.getvalue()
    except (UnidentifiedImageError, OSError):
        raise SourceError(f"{figure.image} is not an image format booksmith can read", *_where(figure)) from None


def _where(figure: Figure) -> tuple[str, int]:
    return figure.origin.path, figure.origin.line
