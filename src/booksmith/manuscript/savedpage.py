"""A saved web page's place in the manuscript (`Name.html` and its `Name_files/` folder), known without
reading it: what the build needs to tell whether the page's chapter file is up to date. Kept apart from
`webpage`, which reads pages, so a build whose pages are all up to date never loads the furniture rules."""

from __future__ import annotations

import hashlib
from pathlib import Path

from ..config.settings import resolve_inside

SUFFIXES = (".html", ".htm")
SAVED_PAGE_FACTOR = 8  # a saved page holds its scripts and menus too: eight times an article's size limit


def is_saved_page(source: str) -> bool:
    return source.lower().endswith(SUFFIXES)


def saved_images_folder(source: str) -> str:
    """Where a browser saves a page's images: `Name_files/` beside `Name.html`."""
    return str(Path(source).with_suffix("")) + "_files"


def saved_files_digest(root: Path, source: str) -> bytes:
    """What a saved page's folder holds (names, sizes, times), so its chapter file is made again when a
    photo is added, replaced or removed."""
    folder = resolve_inside(root, saved_images_folder(source))
    digest = hashlib.sha256()
    if folder is not None and folder.is_dir():
        for path in sorted(folder.rglob("*"))[:10_000]:
            if path.is_file() and not path.is_symlink():
                stat = path.stat()
                digest.update(f"{path.relative_to(folder)}\0{stat.st_size}\0{stat.st_mtime_ns}\n".encode())
    return digest.digest()
