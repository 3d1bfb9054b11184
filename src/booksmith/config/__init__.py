"""Stage 1, config: `book.toml` → `Settings`.

Takes the manuscript folder; gives a validated, frozen `Settings` (the book's metadata, the
print and ebook options, the chapter list with the line each key is written on), or raises
every problem at once as `book.toml:LINE: message`. `settings` reads and checks the file,
`problems` walks the msgspec schema so that no problem hides behind another.
"""

from .settings import CONFIG_NAME, BookConfig, ChapterEntry, Settings, load, locate_keys, resolve_inside

__all__ = ["CONFIG_NAME", "BookConfig", "ChapterEntry", "Settings", "load", "locate_keys", "resolve_inside"]
