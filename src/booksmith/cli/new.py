"""`booksmith new`: start a manuscript folder that builds as it is.

The articles are copied into `DIR/articles/` in the order given, and a commented
`book.toml` lists them, each with a title guessed from its text: its own headline
when it has one, else its first sentence. Nothing an editor made is ever
overwritten: an existing book.toml, or an article of the same name with other
text, stops the command before it writes anything.
"""

from __future__ import annotations

import json
import os
import shutil
from dataclasses import dataclass
from pathlib import Path

from ..config.settings import CONFIG_NAME
from ..errors import BooksmithError, ConfigError, SourceError, note, raise_all
from ..manuscript.article import derive_title
from ..manuscript.clean import clean
from ..manuscript.parse import parse_article
from ..manuscript.savedpage import SUFFIXES as SAVED_PAGE_SUFFIXES
from ..manuscript.sources import read_source
from ..manuscript.webpage import page_facts
from ..model import Heading, Paragraph

ARTICLES = "articles"
CHAPTER_SUFFIXES = (".txt", ".md", ".html", ".htm")


@dataclass(frozen=True)
class ChapterGuess:
    source: str  # relative to the manuscript folder, as book.toml writes it
    title: str | None  # None: the article's own headline becomes the title
    headline: str | None
    publisher: str | None
    author: str | None = None  # what the page's byline says
    date: str | None = None  # the page's date, ISO


@dataclass(frozen=True)
class NewBook:
    config: Path
    copied: tuple[Path, ...]
    chapters: tuple[ChapterGuess, ...]


def new_book(folder: Path, articles: list[Path], title: str | None = None) -> NewBook:
    """Make `folder` a manuscript of `articles` (or of what `folder/articles/` already holds)."""
    config = folder / CONFIG_NAME
    if config.exists():
        raise ConfigError(
            "already exists; booksmith new never overwrites it",
            config,
            hint="add [[chapters]] entries to it by hand, or choose a new folder",
        )
    sources = articles or _articles_already_there(folder)
    if not sources:
        raise ConfigError(
            "no articles to start the book with",
            folder,
            hint=f"name them: booksmith new {folder} ARTICLE.txt …, or put .txt files in {folder / ARTICLES}/",
        )
    plan = _plan_copies(folder, sources)
    guesses = tuple(guess_chapter(source, target.relative_to(folder).as_posix()) for source, target in plan)
    copied = []
    for source, target in plan:
        if not target.exists():
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(source, target)
            copied.append(target)
        copied += _copy_saved_folder(source, target)
    folder.mkdir(parents=True, exist_ok=True)
    with config.open("x", encoding="utf-8") as file:  # "x": never replace a file made meanwhile
        file.write(book_toml(title or title_from_folder(folder), guesses))
    return NewBook(config, tuple(copied), guesses)


def _articles_already_there(folder: Path) -> list[Path]:
    found = (folder / ARTICLES).glob("*") if (folder / ARTICLES).is_dir() else ()
    return sorted(path for path in found if path.suffix.lower() in CHAPTER_SUFFIXES and path.is_file())


def _plan_copies(folder: Path, sources: list[Path]) -> list[tuple[Path, Path]]:
    """Where each article goes; every problem reported at once, before anything is written."""
    errors: list[BooksmithError] = []
    plan: list[tuple[Path, Path]] = []
    taken: dict[Path, Path] = {}
    for source in sources:
        target = folder / ARTICLES / source.name
        if not source.is_file():
            errors.append(SourceError("article not found", source))
        elif source.suffix.lower() not in CHAPTER_SUFFIXES:
            errors.append(SourceError("a chapter is a .txt article, a .md text or a saved .html page", source))
        elif target in taken:
            errors.append(SourceError(f"another article is also called {source.name}", source, hint="rename one"))
        elif target.exists() and not _same_file(source, target):
            if target.read_bytes() != source.read_bytes():
                errors.append(SourceError("already exists with other text; booksmith new never overwrites it", target))
            else:
                note("already in place", target)
        taken[target] = source
        plan.append((source, target))
    raise_all(errors)
    return plan


def _copy_saved_folder(source: Path, target: Path) -> list[Path]:
    """A saved page's `Name_files/` folder (its images) goes with it: regular files only, never through a
    link, and never over a file already there."""
    folder = source.with_name(source.stem + "_files")
    if source.suffix.lower() not in SAVED_PAGE_SUFFIXES or not folder.is_dir() or folder.is_symlink():
        return []
    copied = []
    into = target.with_name(target.stem + "_files")
    for path in sorted(folder.rglob("*")):
        if path.is_symlink() or not path.is_file():
            continue
        destination = into / path.relative_to(folder)
        if _a_link_on_the_way(target.parent, destination) or os.path.lexists(destination):
            continue  # never written through a link, never over a file (a dangling link included)
        destination.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(path, destination)
        copied.append(destination)
    return copied


def _a_link_on_the_way(base: Path, destination: Path) -> bool:
    """Whether a folder between `base` and `destination` is a link (it would take the copy elsewhere)."""
    here = base
    for part in destination.relative_to(base).parts[:-1]:
        here = here / part
        if here.is_symlink():
            return True
    return False


def _same_file(one: Path, other: Path) -> bool:
    return one.resolve() == other.resolve()


def guess_chapter(path: Path, source: str) -> ChapterGuess:
    """What the text says about itself: its headline (or first sentence) and its publisher."""
    if path.suffix.lower() in SAVED_PAGE_SUFFIXES:
        facts = page_facts(path)
        return ChapterGuess(source, None, facts.title, facts.site, facts.author, facts.date)
    lines = read_source(path).lines
    if path.suffix.lower() == ".md":
        return ChapterGuess(source, None, None, None)  # a hand-written chapter titles itself
    cleaned = clean(lines)
    found = cleaned.meta
    author = " and ".join(found.people) if found.people else None
    date = found.date.isoformat() if found.date else None
    if found.headline:  # the page's own headline, whatever its length
        return ChapterGuess(source, None, found.headline, found.publisher, author, date)
    blocks = parse_article(cleaned.groups, source, cleaned.figures)
    first = blocks[0] if blocks else None
    if isinstance(first, Heading) and len(blocks) > 1:
        return ChapterGuess(source, None, first.text, found.publisher, author, date)
    text = first.text if isinstance(first, Paragraph) else ""
    return ChapterGuess(source, derive_title(text) if text else None, None, found.publisher, author, date)


def title_from_folder(folder: Path) -> str:
    words = folder.resolve().name.replace("_", " ").replace("-", " ").split()
    return " ".join(word[:1].upper() + word[1:] for word in words) or "My Booklet"


def toml_string(text: str) -> str:
    # A JSON string is a valid TOML basic string: the same quotes and escapes.
    return json.dumps(text, ensure_ascii=False)


def book_toml(title: str, chapters: tuple[ChapterGuess, ...]) -> str:
    entries = "\n".join(_chapter_entry(chapter) for chapter in chapters)
    return _TEMPLATE.format(title=toml_string(title)) + entries


def _chapter_entry(chapter: ChapterGuess) -> str:
    lines = ["[[chapters]]", f"source = {toml_string(chapter.source)}"]
    if chapter.headline is not None:
        lines.append(f"# title = {toml_string(chapter.headline)}   # today the article's own headline is the title")
    elif chapter.title is not None:
        lines.append(f"title = {toml_string(chapter.title)}   # guessed from its first sentence: edit me")
    if chapter.publisher is not None:
        lines.append(f"publisher = {toml_string(chapter.publisher)}   # named by the page: check it")
    else:
        lines.append('# publisher = "…"   # who first published it, for the credits')
    if chapter.author is not None:
        lines.append(f"# author = {toml_string(chapter.author)}   # from its byline, used as it is")
    else:
        lines.append('# author = "…"')
    if chapter.date is not None:
        lines.append(f"# date = {chapter.date}   # from the page, used as it is")
    lines.append('# url = "https://…"   # where it was first published')
    return "\n".join(lines) + "\n"


_TEMPLATE = """\
# This book was started by `booksmith new`. Build it with `booksmith build` (PDF and EPUB into dist/).
# Lines starting with # are notes; remove the # in front of a key to use it.
# Every key is described in booksmith's README, under "book.toml reference".

[book]
title = {title}   # on the cover, the title page and in the EPUB's metadata
# subtitle = "A keepsake from the news"
language = "en"   # a BCP 47 tag ("en", "en-GB", "ja"): quotation marks and hyphenation follow it
# editors = ["Your Name"]   # or [{{ name = "Your Name", role = "compiler" }}]
# publisher = "Your club or press"
# date = 2024-05-01   # the publication date (without it: the day of the build)
# edition = "First edition"
# rights = "Articles © their publishers; reprinted for private, non-commercial use."
# description = "One or two sentences about the booklet, for the EPUB."
# identifier = "urn:isbn:…"   # without it: a stable id made from the title

[print]
page_size = "A5"   # A5, B5, 6x9in or Letter

[ebook]
hyphenate = false   # true: soft hyphens in the EPUB, for readers that do not hyphenate (names never broken)

# The chapters, in book order: each names its article file.
# A photo file for a caption: [[chapters.figures]] with label = "the caption's label" and image = "images/x.jpg".

"""
