"""Where a book's design comes from: the core stylesheets in layers, the book's own, its cover photo.

The layers in cascade order (a designer edits these files, not Python): `common.css`, the
edition's (`print.css` or `ebook.css`), for print the trim size's (`print-B5.css` …), then
the book's own `styles/book.css`. The core ones live in the installed package (or the source
tree's `styles/`); the book's own and its cover photo sit beside its book.toml.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from ..errors import BooksmithError, RenderError
from ..manuscript.sources import byte_error, read_regular
from .settings import Settings, resolve_inside

PACKAGE_DIR = Path(__file__).parents[1]  # booksmith/: what the print layout's URL fetcher may read
COVER_IMAGES = ("cover.jpg", "cover.jpeg", "cover.png")  # next to book.toml, like styles/book.css
FONT_SUFFIXES = (".otf", ".ttf", ".ttc", ".woff", ".woff2")
MAX_STYLESHEET_BYTES = 1024 * 1024  # booksmith's own layers together are 30 KiB


def read_stylesheet(path: Path) -> str:
    """A stylesheet's text: a regular file of UTF-8 (CSS's own default), or an error at the undecodable byte."""
    raw = read_regular(path, MAX_STYLESHEET_BYTES, RenderError)
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        raise byte_error(raw, err, path, "not UTF-8", RenderError) from None


def styles_dir() -> Path:
    """The core stylesheets: inside the installed package, or the source tree's `styles/`."""
    for candidate in (PACKAGE_DIR / "styles", PACKAGE_DIR.parents[1] / "styles"):
        if (candidate / "common.css").is_file():
            return candidate
    raise BooksmithError("booksmith's stylesheets are missing (reinstall booksmith)")


def style_paths(styles: Path, manuscript: Path, edition: str) -> list[Path]:
    """The CSS layers in cascade order: core, the edition's, then the book's own."""
    paths = [styles / "common.css", styles / f"{edition}.css"]
    own = manuscript / "styles" / "book.css"
    if own.is_file() and resolve_inside(manuscript, "styles/book.css") is None:
        raise RenderError("is a link to a file outside the manuscript folder", own, hint="copy the file in instead")
    return paths + ([own] if own.is_file() else [])


def print_style_paths(styles: Path, settings: Settings) -> list[Path]:
    """The print layers: print.css, then its trim size's margins and type (print-B5.css …), then the book's."""
    paths = style_paths(styles, settings.root, "print")
    size = styles / f"print-{settings.config.print.page_size}.css"
    return [*paths[:2], size, *paths[2:]] if size.is_file() else paths


def cover_image(manuscript: Path) -> str | None:
    """The photo for the print cover, when the manuscript has one (found by its name)."""
    return next((name for name in COVER_IMAGES if (manuscript / name).is_file()), None)


def font_files(folders: Iterable[Path]) -> list[Path]:
    """The font files in the design's folders (styles/ and its fonts/), in a stable order: regular files
    only, none reached through a link out of its folder (links to folders are not followed), so neither a
    FIFO named `x.ttf` nor a link to a file elsewhere on the disk is ever opened."""
    found: list[Path] = []
    for folder in dict.fromkeys(folders):
        base = folder.resolve()
        for parent, folder_names, names in os.walk(folder):
            folder_names.sort()
            for name in sorted(names):
                path = Path(parent) / name
                if path.suffix.lower() in FONT_SUFFIXES and _regular_inside(path, base):
                    found.append(path)
    return found


def _regular_inside(path: Path, base: Path) -> bool:
    try:
        return path.resolve().is_relative_to(base) and stat.S_ISREG(path.stat().st_mode)
    except (OSError, RuntimeError):
        return False


def custom_properties(css: str) -> dict[str, tuple[int, list[Any]]]:
    """`--name` → (line, value tokens) for each custom property the stylesheet declares (the last wins)."""
    import tinycss2

    found: dict[str, tuple[int, list[Any]]] = {}
    for rule in tinycss2.parse_stylesheet(css, skip_comments=True, skip_whitespace=True):
        if rule.type != "qualified-rule":
            continue
        for declaration in tinycss2.parse_declaration_list(rule.content, skip_comments=True, skip_whitespace=True):
            if declaration.type == "declaration" and declaration.name.startswith("--"):
                found[declaration.name] = (declaration.source_line, declaration.value)
    return found


def check_design_tokens(core: Iterable[str], own: str, own_path: Path) -> None:
    """A colour the design declares (`--team-blue`) and the book's stylesheet sets must still be a colour:
    an invalid one makes every `var()` of it fall back to nothing, and the cover prints blank."""
    import tinycss2
    from tinycss2.color3 import parse_color

    def colour(tokens: list[Any]) -> bool:
        solid = [token for token in tokens if token.type not in ("whitespace", "comment")]
        return len(solid) == 1 and parse_color(solid[0]) is not None

    design = {name: tokens for css in core for name, (_, tokens) in custom_properties(css).items()}
    for name, (line, tokens) in custom_properties(own).items():
        if name in design and colour(design[name]) and not colour(tokens):
            value = tinycss2.serialize(tokens).strip()
            raise RenderError(
                f"'{name}: {value}' is not a colour, and the design uses {name} as one",
                own_path,
                line,
                hint="write it as #1c3f8a, rgb(28, 63, 138) or a colour's name",
            )
