"""The book model: small, immutable, passed from stage to stage.

Text here is never HTML. A block's words are inlines, typed like pandoc's (text,
emphasis, strong, code, a link, a line break, a note's call, a span in another
language); they become markup only inside the Jinja2 templates, where autoescaping
is on. Every stage that reads a block's words as plain text reads them through
`block_texts`. Every block remembers the file and line it came from, so a late
stage can still point at `articles/004.txt:17`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Literal, TypeAlias


@dataclass(frozen=True)
class Origin:
    path: str  # relative to the manuscript folder
    line: int

    def __str__(self) -> str:
        return f"{self.path}:{self.line}"


# --- inlines: the words of a block ----------------------------------------------------------


@dataclass(frozen=True)
class Text:
    text: str
    kind: Literal["text"] = "text"


@dataclass(frozen=True)
class Code:
    """Text a reader must read character for character: typography never touches it."""

    text: str
    kind: Literal["code"] = "code"


@dataclass(frozen=True)
class LineBreak:
    kind: Literal["break"] = "break"


@dataclass(frozen=True)
class NoteRef:
    """Where a note is called: `number` is the note's, counted from 1 in its chapter."""

    number: int
    kind: Literal["noteref"] = "noteref"


@dataclass(frozen=True)
class Emphasis:
    content: Inlines
    kind: Literal["emphasis"] = "emphasis"


@dataclass(frozen=True)
class Strong:
    content: Inlines
    kind: Literal["strong"] = "strong"


@dataclass(frozen=True)
class Link:
    content: Inlines
    url: str  # http, https or mailto only: the readers check it (sources never link into a file system)
    kind: Literal["link"] = "link"


@dataclass(frozen=True)
class Span:
    """A passage in another language than the book's, e.g. `ja` or `th`."""

    content: Inlines
    language: str
    kind: Literal["span"] = "span"


Inline: TypeAlias = "Text | Code | LineBreak | NoteRef | Emphasis | Strong | Link | Span"
Inlines: TypeAlias = "tuple[Inline, ...]"


def text_inlines(text: str) -> Inlines:
    """Plain text as inlines."""
    return (Text(text),) if text else ()


def plain(inlines: Inlines) -> str:
    """The text inlines print, as one string: a note's call prints its number, a line break a line end."""
    parts: list[str] = []
    for inline in inlines:
        match inline:
            case Text(text=text) | Code(text=text):
                parts.append(text)
            case LineBreak():
                parts.append("\n")
            case NoteRef(number=number):
                parts.append(str(number))
            case Emphasis(content=content) | Strong(content=content) | Link(content=content) | Span(content=content):
                parts.append(plain(content))
    return "".join(parts)


# --- blocks ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Paragraph:
    content: Inlines
    origin: Origin
    kind: Literal["paragraph"] = "paragraph"

    @property
    def text(self) -> str:
        return plain(self.content)


@dataclass(frozen=True)
class Heading:
    content: Inlines
    level: int  # 2 to 6: level 1 is the chapter title, and no level is skipped
    origin: Origin
    kind: Literal["heading"] = "heading"

    @property
    def text(self) -> str:
        return plain(self.content)


@dataclass(frozen=True)
class Quotation:
    """A quoted post or message, set apart; `lines` keeps its line breaks."""

    lines: tuple[Inlines, ...]
    attribution: str | None
    origin: Origin
    kind: Literal["quotation"] = "quotation"


@dataclass(frozen=True)
class Figure:
    """A photo's caption and credit; `image` is set only when the editor supplies one."""

    caption: str
    credit: str | None  # the credit as printed, e.g. "Photo: Twitter"
    label: str | None  # the short label the web page showed above the caption
    image: str | None  # path relative to the manuscript folder
    origin: Origin
    kind: Literal["figure"] = "figure"


@dataclass(frozen=True)
class ListBlock:
    items: tuple[Inlines, ...]
    ordered: bool
    origin: Origin
    kind: Literal["list"] = "list"


@dataclass(frozen=True)
class Table:
    """A table: a header row and body rows of cells, each cell's words inlines."""

    head: tuple[Inlines, ...]
    rows: tuple[tuple[Inlines, ...], ...]
    align: tuple[Literal["left", "center", "right"] | None, ...]  # per column, as the Markdown's colons say
    caption: str | None
    origin: Origin
    kind: Literal["table"] = "table"


Block = Paragraph | Heading | Quotation | Figure | ListBlock | Table


@dataclass(frozen=True)
class Note:
    """A footnote: its number in the chapter, and its paragraphs."""

    number: int
    paragraphs: tuple[Inlines, ...]
    origin: Origin
    kind: Literal["note"] = "note"


def block_texts(block: Block) -> tuple[str, ...]:
    """The texts a block prints, in reading order: every stage that reads a block's words reads them here.

    A figure's label, caption and credit; a quotation's lines and attribution; a list's items
    (without the numbers an ordered list prints: `block_letters` adds those)."""
    match block:
        case Paragraph(content=content) | Heading(content=content):
            return (plain(content),)
        case Quotation(lines=lines, attribution=attribution):
            texts = tuple(plain(line) for line in lines)
            return (*texts, attribution) if attribution else texts
        case Figure(label=label, caption=caption, credit=credit):
            return tuple(part for part in (label, caption, credit) if part)
        case ListBlock(items=items):
            return tuple(plain(item) for item in items)
        case Table(head=head, rows=rows, caption=caption):
            cells = tuple(plain(cell) for row in (head, *rows) for cell in row)
            return (caption, *cells) if caption else cells
    raise TypeError(block)


def block_inlines(block: Block) -> tuple[Inlines, ...]:
    """Every run of inlines a block holds (a figure's words are plain text, and hold none)."""
    match block:
        case Paragraph(content=content) | Heading(content=content):
            return (content,)
        case Quotation(lines=lines):
            return lines
        case ListBlock(items=items):
            return items
        case Table(head=head, rows=rows):
            return (*head, *(cell for row in rows for cell in row))
    return ()


def every_inline(inlines: Inlines) -> Iterator[Inline]:
    """Each inline, and each inside emphasis, strong, a link or a span, in reading order."""
    for inline in inlines:
        yield inline
        if isinstance(inline, Emphasis | Strong | Link | Span):
            yield from every_inline(inline.content)


def links_in(inlines: Inlines) -> list[Link]:
    """The links among `inlines`, however deep in emphasis they sit."""
    return [inline for inline in every_inline(inlines) if isinstance(inline, Link)]


def note_texts(note: Note) -> tuple[str, ...]:
    return tuple(plain(paragraph) for paragraph in note.paragraphs)


def letters(text: str) -> str:
    """The letters and digits of `text`: what no stage may lose, add or reorder, and what page markers count."""
    return "".join(char for char in text if char.isalnum())


def block_letters(block: Block) -> str:
    """The letters a block prints, in order (an ordered list prints its numbers)."""
    if isinstance(block, ListBlock) and block.ordered:
        return "".join(str(n) + letters(plain(item)) for n, item in enumerate(block.items, start=1))
    return "".join(letters(text) for text in block_texts(block))


@dataclass(frozen=True)
class Drop:
    """Web litter the cleaner removed, by a named rule, so the build can report it."""

    rule: str
    first_line: int
    last_line: int
    count: int  # non-blank lines dropped


@dataclass(frozen=True)
class Taken:
    """A line of the page taken into the chapter's front matter (its headline, a byline, a date)."""

    kind: str  # a metadata kind: headline, kicker, deck, byline, date, credit, photo-credit
    line: int


@dataclass(frozen=True)
class Credit:
    """Where a chapter came from, as the sources page and the opener print it."""

    publisher: str | None = None
    author: str | None = None
    url: str | None = None
    date: dt.date | None = None
    headline: str | None = None  # the article's own headline, when book.toml titles the chapter otherwise
    lines: tuple[str, ...] = ()  # the article's own credit lines: "Reporting by …; Editing by …", "(AFP)"
    photos: tuple[str, ...] = ()  # photo credits the page printed on lines of their own

    def is_empty(self) -> bool:
        return not (
            self.publisher or self.author or self.url or self.date or self.lines or self.photos or self.headline
        )


@dataclass(frozen=True)
class Chapter:
    id: str  # stable, XML-safe: used for file names and anchors
    title: str
    source: str  # relative to the manuscript folder
    blocks: tuple[Block, ...]
    credit: Credit = field(default_factory=Credit)
    drops: tuple[Drop, ...] = ()
    role: Literal["chapter", "foreword", "afterword"] = "chapter"
    kicker: str | None = None  # the short label above the headline ("World Cup 2018")
    deck: tuple[str, ...] = ()  # the standfirst under the headline, printed as one
    taken: tuple[Taken, ...] = ()  # the page's lines its metadata came from
    notes: tuple[Note, ...] = ()  # footnotes, numbered from 1 in the order they are called

    def block_ids(self) -> Iterator[tuple[str, Block]]:
        """Each block with the id it has in both editions (`chapter-01-7`, counted from 1), as the templates
        write it (`blocks.html.j2`) and the page map finds it."""
        for index, block in enumerate(self.blocks, start=1):
            yield f"{self.id}-{index}", block

    def photo_credits(self) -> tuple[str, ...]:
        seen: dict[str, None] = dict.fromkeys(self.credit.photos)
        for block in self.blocks:
            if isinstance(block, Figure) and block.credit:
                seen.setdefault(block.credit, None)
        return tuple(seen)


def chapter_id(index: int) -> str:
    """The id of book.toml's chapter at `index` (from 0): `chapter-01`, …"""
    return f"chapter-{index + 1:02d}"


@dataclass(frozen=True)
class Contributor:
    name: str
    role: str = "editor"  # a MARC relator term's name: editor, author, compiler …


@dataclass(frozen=True)
class BookMeta:
    title: str
    language: str
    identifier: str
    date: dt.date
    subtitle: str | None = None
    contributors: tuple[Contributor, ...] = ()
    publisher: str | None = None
    rights: str | None = None
    description: str | None = None
    edition: str | None = None


@dataclass(frozen=True)
class Book:
    meta: BookMeta
    chapters: tuple[Chapter, ...]


@dataclass(frozen=True)
class PageStart:
    """Where a printed page begins, as the print layout found it: what the EPUB's page list marks."""

    page: int  # the printed page number (pages are numbered from the cover, as the folios are)
    target: str  # id of the element the page begins in
    letters: int  # letters of that element's text on earlier pages
    snippet: str  # the first letters on the page, to check the place in the ebook
