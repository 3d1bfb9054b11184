"""The photos an editor gave the book, as files inside the EPUB.

A figure's `image` is a path in the manuscript folder (`photos/fans 2.jpg`); inside the
EPUB it becomes `images/<chapter id>-<n>.<ext>`: a name that is safe in any URL and in
any zip tool, whatever the editor called the file, with the ending and media type of its
real format (`manuscript.images` decides what a figure may be: rasters readers must show
as they are, other rasters as PNG, an SVG cleaned down to its drawing).
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

from ebooklib import epub

from ..errors import SourceError, warn
from ..manuscript.images import ImageRefused, examine
from ..model import Book, Chapter, Figure

COVER_IMAGE = "images/cover.png"
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
    """The image as the EPUB carries it: named and declared by its real format (a PNG saved as `.jpg` is a
    PNG), converted when readers need it, an SVG with only its drawing."""
    try:
        picture = examine(path)
    except ImageRefused as why:
        raise SourceError(f"image '{figure.image}' {why}", *_where(figure)) from None
    name = f"images/{chapter.id}-{number}{picture.suffix}"
    return epub.EpubImage(uid=f"image-{number}", file_name=name, media_type=picture.media_type, content=picture.data)


def _where(figure: Figure) -> tuple[str, int]:
    return figure.origin.path, figure.origin.line
