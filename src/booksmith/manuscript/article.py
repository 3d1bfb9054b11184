"""Stage 2c: one article (a copied web page) → one chapter, its metadata in the chapter's front matter.

The article is read (`sources`), its lines told apart (`clean`, with the editor's `drop` and
`keep` from book.toml), its story parsed into blocks (`parse`). What the page says about itself
becomes the chapter's title, kicker, deck and credit; book.toml's values win over the page's.
Every letter of the file is accounted for: kept in the story, taken as metadata, or dropped by
a named rule, and a line's label cut off it is counted too (a bug check).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path

from ..config.settings import Settings
from ..errors import BooksmithError, ConfigError, SourceError, display_path, note, raise_all, warn
from ..model import (
    Block,
    Chapter,
    Credit,
    Figure,
    Heading,
    NoteRef,
    Taken,
    block_texts,
    chapter_id,
    every_inline,
    letters,
)
from .clean import Cleaned, clean, kept, matching_lines
from .furniture.page import META_KINDS
from .parse import TextLostError, parse_article, sentences

TITLE_WORDS = 8


def article_chapter(settings: Settings, index: int) -> Chapter:
    """Read, clean and parse one article into a chapter (no files written)."""
    entry = settings.config.chapters[index]
    path = settings.root / entry.source
    source = settings.read_chapter_source(entry)
    cleaned = clean(source.lines, entry.drop, entry.keep)
    _check_nothing_lost(source.lines, cleaned, path)
    _say_what_was_done(settings, index, cleaned, path)
    if not cleaned.groups:
        raise SourceError(f"no article text ({_why_empty(source.lines, cleaned)})", path)
    try:
        blocks = parse_article(cleaned.groups, entry.source, cleaned.figures)
    except BooksmithError as err:
        err.path = display_path(path)
        raise
    blocks = attach_images(settings, index, blocks)
    headline = cleaned.meta.headline
    if entry.title:
        title = entry.title
    elif headline:
        title = headline
        note(f'titled by its headline "{headline}"', path)
    else:
        title, blocks = chapter_title(settings, index, blocks)
    return Chapter(
        chapter_id(index),
        title,
        entry.source,
        blocks,
        _credit(settings, index, cleaned, path, title),
        cleaned.drops,
        entry.role,
        kicker=cleaned.meta.kicker,
        deck=cleaned.meta.deck,
        taken=tuple(Taken(kind, n) for n, kind in sorted(cleaned.kinds.items()) if kind in META_KINDS),
    )


def _credit(settings: Settings, index: int, cleaned: Cleaned, path: Path, title: str) -> Credit:
    """The chapter's credit: book.toml's values, else what the page says (its bylines, date, agency)."""
    entry = settings.config.chapters[index]
    found = cleaned.meta
    publisher = entry.publisher or found.publisher
    if entry.publisher is None and found.publisher:
        note(f"publisher '{found.publisher}' taken from its {found.publisher_from}", path)
    photos = tuple(line.text for line in cleaned.page.lines if cleaned.kinds.get(line.number) == "photo-credit")
    return Credit(
        publisher=publisher,
        author=entry.author or (" and ".join(found.people) if found.people else None),
        url=entry.url,
        date=entry.date or found.date,
        headline=found.headline if found.headline and found.headline != title else None,
        lines=found.credits,
        photos=tuple(dict.fromkeys(photos)),
    )


def _say_what_was_done(settings: Settings, index: int, cleaned: Cleaned, path: Path) -> None:
    """Each drop, by its rule; each editor's entry that found no line, as a warning at its book.toml line."""
    for drop in cleaned.drops:
        note(f"dropped {drop.count} line{'s' * (drop.count > 1)} ({drop.rule})", path, drop.first_line)
    entry = settings.config.chapters[index]
    for word, position in cleaned.unmatched:
        value = (entry.drop if word == "drop" else entry.keep)[position]
        line = settings.line_of("chapters", index, word)
        warn(f"{word} entry {value!r} matches no line of {entry.source}", settings.path, line)


def _why_empty(lines: tuple[str, ...], cleaned: Cleaned) -> str:
    if cleaned.drops:
        rules = sorted({drop.rule for drop in cleaned.drops})
        return f"nothing is left after removing web litter: {', '.join(rules)}"
    return "the file holds only white space" if any(lines) else "the file is empty"


def _check_nothing_lost(lines: tuple[str, ...], cleaned: Cleaned, path: Path) -> None:
    """A bug check: every source line is kept (whole, or but for a label cut off it), taken as the
    chapter's metadata, or dropped by a named rule; none lost, none changed."""
    kept_text = {line.number: line.text for group in cleaned.groups for line in group}
    for number, text in enumerate(lines, start=1):
        if not text.strip():
            continue
        kind = cleaned.kinds.get(number, "story")
        if not kept(kind):
            continue  # named: a metadata kind or a rule's, reported with the drops or in the front matter
        cut = cleaned.page.cuts.get(number)
        accounted = (cut.before if cut else "") + kept_text.get(number, "") + (cut.after if cut else "")
        if letters(text) != letters(accounted):
            message = "internal error: cleaning lost text (a bug in booksmith; please report it)"
            raise TextLostError(message, path, number)


@dataclass(frozen=True)
class Doubtful:
    """A line the furniture rules kept although it looks like furniture: for the editor to decide."""

    line: int
    kind: str
    why: str
    text: str


def doubtful_lines(settings: Settings, index: int) -> list[Doubtful]:
    """The kept lines of an article that look like furniture, unless the editor has ruled on them
    (`keep` or `drop` in book.toml). A chapter in Markdown, or a file that does not read, has none."""
    entry = settings.config.chapters[index]
    if not entry.source.lower().endswith(".txt"):
        return []
    try:
        lines = settings.read_chapter_source(entry).lines
    except BooksmithError:
        return []  # reported by the assembly already
    cleaned = clean(lines, entry.drop, entry.keep)
    ruled = {n for value in (*entry.drop, *entry.keep) for n in matching_lines(value, lines)}
    return [
        Doubtful(doubt.line, doubt.kind, doubt.why, " ".join(lines[doubt.line - 1].split())[:60])
        for doubt in cleaned.page.doubts
        if doubt.line not in ruled and kept(cleaned.kinds.get(doubt.line, "story"))
    ]


def chapter_title(settings: Settings, index: int, blocks: tuple[Block, ...]) -> tuple[str, tuple[Block, ...]]:
    """The chapter's title when neither book.toml nor the page gives one: its first heading, else its
    first words."""
    entry = settings.config.chapters[index]
    if entry.title:
        return entry.title, blocks
    line = settings.line_of("chapters", index)
    first = blocks[0]
    if isinstance(first, Heading) and len(blocks) > 1:
        if any(isinstance(inline, NoteRef) for inline in every_inline(first.content)):
            raise SourceError(
                "the chapter's first heading becomes its title, which cannot call a note: "
                "move the call, or give the chapter a title in book.toml",
                settings.root / first.origin.path,
                first.origin.line,
            )
        warn(f'chapter {index + 1} has no title; using its headline "{first.text}"', settings.path, line)
        return first.text, blocks[1:]
    title = derive_title(first.caption if isinstance(first, Figure) else " ".join(block_texts(first)))
    warn(f'chapter {index + 1} has no title; using "{title}" from its first sentence', settings.path, line)
    return title, blocks


def derive_title(text: str) -> str:
    sentence = sentences(text)[0] if text.strip() else "Untitled"
    words = sentence.rstrip(".!?").split()
    if len(words) <= TITLE_WORDS:
        return " ".join(words)
    return " ".join(words[:TITLE_WORDS]).rstrip(",;:") + "…"


def attach_images(settings: Settings, index: int, blocks: tuple[Block, ...]) -> tuple[Block, ...]:
    """Give a photo's image file to the figure whose label (or caption) book.toml names."""
    wanted = settings.config.chapters[index].figures
    if not wanted:
        return blocks
    result = list(blocks)
    errors: list[BooksmithError] = []
    for f_index, figure_entry in enumerate(wanted):
        spot = next(
            (
                i
                for i, b in enumerate(result)
                if isinstance(b, Figure) and figure_entry.label in (b.label, b.caption[: len(figure_entry.label)])
            ),
            None,
        )
        if spot is None:
            line = settings.line_of("chapters", index, "figures", f_index, "label")
            errors.append(
                ConfigError(f"no photo caption labelled '{figure_entry.label}' in this chapter", settings.path, line)
            )
            continue
        figure = result[spot]
        assert isinstance(figure, Figure)
        result[spot] = replace(figure, image=figure_entry.image)
    raise_all(errors)
    return tuple(result)
