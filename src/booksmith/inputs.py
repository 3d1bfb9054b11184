"""The files a book is made of, as `booksmith watch` and `make` see them: every file of the manuscript
folder (articles, chapters, their images, book.toml, styles, fonts, the cover) but hidden files, editor
back-ups and booksmith's own outputs when they live inside it.

The whole folder, not the files book.toml names: a Markdown chapter's images and a book's fonts are
named elsewhere, and a file counted that the book does not use costs a rebuild, never a stale book.

Standard library only: the Makefile runs this file with the system Python, before the virtual
environment exists, to list a book's prerequisites:

    python3 src/booksmith/inputs.py MANUSCRIPT OUT BUILD
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from pathlib import Path

# Characters a make prerequisite cannot hold even escaped (a variable, a recipe, an assignment, an
# order-only bar, a wildcard); a book with such a file name is always rebuilt (the FORCE target).
_NOT_FOR_MAKE = frozenset("$\\;=|*?[]")


def counts(path: Path, ignored: tuple[Path, ...] = ()) -> bool:
    """Whether `path` is one of the book's files: not hidden, no editor back-up, none of our outputs."""
    name = path.name
    if name.startswith((".", "#")) or name.endswith(("~", ".swp", ".tmp")):
        return False  # hidden, editor back-ups and our own atomic-write temporaries
    if any(path.is_relative_to(folder) for folder in ignored):
        return False
    return path.is_file()


def book_files(root: Path, ignored: tuple[Path, ...] = ()) -> Iterator[Path]:
    """Every file of the folder `root` that counts, in a stable order, as a path under `root` as given;
    `ignored` are resolved folders."""
    resolved = root.resolve()
    for folder, subfolders, names in os.walk(resolved):
        subfolders[:] = sorted(s for s in subfolders if not s.startswith("."))
        for name in sorted(names):
            if counts(path := Path(folder, name), ignored):
                yield root / path.relative_to(resolved)


def make_word(path: Path) -> str | None:
    """`path` as one word of a make prerequisite list (spaces and colons escaped), or None if make cannot say it."""
    text = str(path)
    if any(c in _NOT_FOR_MAKE or (c.isspace() and c != " ") or not c.isprintable() for c in text):
        return None
    return text.replace(" ", "\\ ").replace(":", "\\:")


def make_prerequisites(manuscript: Path, ignored: tuple[Path, ...]) -> str:
    words = [make_word(path) for path in book_files(manuscript, ignored)]
    return " ".join([word for word in words if word is not None] + (["FORCE"] if None in words else []))


def main(argv: list[str]) -> int:
    if len(argv) != 3:
        print("usage: inputs.py MANUSCRIPT OUT BUILD", file=sys.stderr)
        return 64
    manuscript, *outputs = (Path(arg) for arg in argv)
    print(make_prerequisites(manuscript, tuple(path.resolve() for path in outputs)))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
