"""The chapter file: Markdown with TOML front matter, written and read back.

Assembled articles are written to `build/chapters/` in this form so an editor can
read exactly what the pipeline made of each source; the later stages read them
back with the same reader that reads chapters authored directly in Markdown.

Hand-written chapters are CommonMark with GFM tables and footnotes. Inline markup
(emphasis, strong, code, links, hard breaks, note calls) is written back as Markdown,
so a chapter file reads back as the very chapter it was written from.

Conventions beyond CommonMark (all plain Markdown a person can write by hand):
- a blockquote whose last paragraph starts with "— " has that paragraph as its
  attribution; line breaks inside a quotation are hard breaks (`\\` at line end);
- `::: figure` … `:::` holds a photo: an optional image, a **label**, the caption,
  and the credit in *emphasis*;
- a paragraph `Table: …` right after a table is its caption (pandoc's way);
- headings may be at any depth: the chapter's title is its only `h1`, its highest
  headings become `h2`, and no level is skipped.
Article text is escaped on the way out, so `<script>` or `*` in an article comes
back as those characters and never as markup. Raw HTML is text too.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from typing import Any, Literal

import tomli_w
from markdown_it import MarkdownIt
from markdown_it.token import Token
from mdit_py_plugins.container import container_plugin
from mdit_py_plugins.footnote import footnote_plugin

from ..config.tomltext import TomlProblem, parse_toml
from ..errors import SourceError
from ..model import (
    Block,
    Chapter,
    Code,
    Credit,
    Drop,
    Emphasis,
    Figure,
    Heading,
    Inline,
    Inlines,
    LineBreak,
    Link,
    ListBlock,
    Note,
    NoteRef,
    Origin,
    Paragraph,
    Quotation,
    Span,
    Strong,
    Table,
    Taken,
    Text,
    every_inline,
    plain,
)
from .links import link_problem, link_target

FENCE = "+++"
ATTRIBUTION_MARK = "— "
CAPTION_MARK = "Table: "

_ANYWHERE = re.compile(r"([\\`*_\[\]<>#&|~])")
_LINE_START = re.compile(r"^([-+=:>]|\d+(?=[.)]))")


def escape(text: str) -> str:
    """Make `text` read back from Markdown as exactly itself."""
    text = _ANYWHERE.sub(r"\\\1", text)
    text = _LINE_START.sub(lambda m: m.group(1) + "\\" if m.group(1)[0].isdigit() else "\\" + m.group(1), text)
    return text


# --- writing ----------------------------------------------------------------------------------


def write_chapter(chapter: Chapter, fingerprint: str) -> str:
    front: dict[str, Any] = {"title": chapter.title, "source": chapter.source, "role": chapter.role}
    if chapter.kicker:
        front["kicker"] = chapter.kicker
    if chapter.deck:
        front["deck"] = list(chapter.deck)
    credit = {k: list(v) if isinstance(v, tuple) else v for k, v in vars(chapter.credit).items() if v not in (None, ())}
    if credit:
        front["credit"] = credit
    body = "\n\n".join(
        [
            _block_markdown(block, _follows_list(chapter.blocks, i), _follows_table(chapter.blocks, i))
            for i, block in enumerate(chapter.blocks)
        ]
        + [_note_markdown(note) for note in chapter.notes]
    )
    front["fingerprint"] = fingerprint
    front["body_digest"] = body_digest(f"\n{body}\n")  # the body as split_front_matter gives it back
    front["block_lines"] = [block.origin.line for block in chapter.blocks]
    if chapter.notes:
        front["note_lines"] = [note.origin.line for note in chapter.notes]
    if chapter.drops:
        front["dropped"] = [vars(drop) for drop in chapter.drops]
    if chapter.taken:
        front["taken"] = [vars(taken) for taken in chapter.taken]
    return f"{FENCE}\n{tomli_w.dumps(front)}{FENCE}\n\n{body}\n"


def body_digest(body: str) -> str:
    """What a chapter file's body must hash to: a cut-short or damaged file is then made again."""
    return "sha256:" + hashlib.sha256(body.encode("utf-8")).hexdigest()


def _follows_list(blocks: Sequence[Block], index: int) -> bool:
    """Whether the list at `index` comes right after another list (Markdown would merge the two)."""
    run = 0
    while index - run > 0 and isinstance(blocks[index - run - 1], ListBlock):
        run += 1
    return run % 2 == 1


def _follows_table(blocks: Sequence[Block], index: int) -> bool:
    return index > 0 and isinstance(blocks[index - 1], Table)


def _block_markdown(block: Block, alternate: bool = False, after_table: bool = False) -> str:
    match block:
        case Paragraph(content=content):
            text = inline_markdown(content)
            # A paragraph "Table: …" after a table would read back as the table's caption.
            return "Table\\:" + text[len("Table:") :] if after_table and text.startswith("Table:") else text
        case Heading(content=content, level=level):
            return "#" * level + " " + inline_markdown(content)
        case Quotation(lines=lines, attribution=attribution):
            quote = "\\\n".join("> " + inline_markdown(line) for line in lines)
            return quote + (f"\n>\n> {ATTRIBUTION_MARK}{escape(attribution)}" if attribution else "")
        case Figure():
            parts = [f"![{escape(block.label or block.caption)}]({_destination(block.image)})"] if block.image else []
            parts += [f"**{escape(block.label)}**"] if block.label else []
            parts += [escape(block.caption)]
            parts += [f"*{escape(block.credit)}*"] if block.credit else []
            return "::: figure\n" + "\n\n".join(parts) + "\n:::"
        case ListBlock(items=items, ordered=ordered):
            # A list right after another takes the other marker, or Markdown would merge the two.
            bullet, delimiter = ("*", ")") if alternate else ("-", ".")
            marks = (f"{n}{delimiter}" for n in range(1, len(items) + 1)) if ordered else (bullet for _ in items)
            return "\n".join(f"{mark} {inline_markdown(item)}" for mark, item in zip(marks, items, strict=True))
        case Table():
            return _table_markdown(block)
    raise TypeError(block)


def _table_markdown(table: Table) -> str:
    def row(cells: Sequence[Inlines]) -> str:
        # A bare `|` (in code) would split the cell: GFM reads `\|` as `|` even inside code.
        return "| " + " | ".join(re.sub(r"(?<!\\)\|", r"\\|", inline_markdown(cell)) or " " for cell in cells) + " |"

    rules = {None: "---", "left": ":--", "center": ":-:", "right": "--:"}
    lines = [row(table.head), "| " + " | ".join(rules[align] for align in table.align) + " |"]
    lines += [row(cells) for cells in table.rows]
    caption = f"\n\n{CAPTION_MARK}{escape(table.caption)}" if table.caption else ""
    return "\n".join(lines) + caption


def _note_markdown(note: Note) -> str:
    paragraphs = [inline_markdown(paragraph) for paragraph in note.paragraphs]
    return f"[^{note.number}]: " + "\n\n".join(
        ("    " + p.replace("\n", "\n    ")) if i else p for i, p in enumerate(paragraphs)
    )


def inline_markdown(inlines: Inlines, inside: str = "") -> str:
    """Inlines as Markdown that reads back as the same inlines; `inside` is the mark they sit in."""
    out = ""
    for index, inline in enumerate(inlines):
        edge = index in (0, len(inlines) - 1)
        written = _inline_markdown(inline, underscore=edge and inside in ("emphasis", "strong"))
        if written.startswith("[") and out.endswith("!") and not out.endswith("\\!"):
            out = out[:-1] + "\\!"  # "Yes![…](…)" would read back as an image
        out += written
    return out


# CommonMark's autolinks: only these read back as a link whose text is the address.
_URI_AUTOLINK = re.compile(r"[A-Za-z][A-Za-z0-9+.-]{1,31}:[^<>\x00-\x20]*")
_EMAIL_AUTOLINK = re.compile(
    r"[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?"
    r"(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*"
)


def _inline_markdown(inline: Inline, underscore: bool = False) -> str:
    match inline:
        case Text(text=text):
            return escape(text)
        case Code(text=text):
            return _code_markdown(text)
        case LineBreak():
            return "\\\n"
        case NoteRef(number=number):
            return f"[^{number}]"
        case Emphasis(content=content):
            # At the edge of another mark, `_`: `**_a_**` is strong emphasis, `***a***` would be read the other way.
            mark = "_" if underscore else "*"
            return mark + inline_markdown(content, "emphasis") + mark
        case Strong(content=content):
            return "**" + inline_markdown(content, "strong") + "**"
        case Link(content=content, url=url):
            address = url.removeprefix("mailto:")
            autolink = _EMAIL_AUTOLINK if url.startswith("mailto:") else _URI_AUTOLINK
            if content == (Text(address),) and autolink.fullmatch(address):
                return f"<{address}>"  # an autolink: the address is its own text
            return f"[{inline_markdown(content)}]({_destination(url)})"
        case Span(content=content):
            return inline_markdown(content)  # the language is found again from the script
    raise TypeError(inline)


def _code_markdown(text: str) -> str:
    fence = "`" * (1 + max((len(run) for run in re.findall("`+", text)), default=0))
    padded = text[:1] == "`" or text[-1:] == "`" or (text[:1] == text[-1:] == " " and text.strip())
    pad = " " if padded else ""
    return f"{fence}{pad}{text}{pad}{fence}"


def _destination(path: str) -> str:
    """A link destination that reads back as `path`, spaces and brackets included."""
    return "<" + re.sub(r"([\\<>&])", r"\\\1", path) + ">"


# --- reading ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class ChapterFile:
    front: dict[str, Any]
    blocks: tuple[Block, ...]
    notes: tuple[Note, ...] = ()


def split_front_matter(text: str, path: str) -> tuple[dict[str, Any], str, int]:
    """Front matter, body, and the number of lines the front matter took."""
    if not text.startswith(FENCE + "\n"):
        return {}, text, 0
    end = text.find(f"\n{FENCE}\n", len(FENCE))
    if end < 0:
        raise SourceError("front matter opened with +++ is never closed", path, 1)
    try:
        front = parse_toml(text[len(FENCE) + 1 : end + 1])
    except TomlProblem as problem:
        line = 1 + (problem.line or 0)  # the front matter starts on the line after the fence
        raise SourceError(
            f"front matter: {problem.message}", path, line, problem.col if problem.line else None
        ) from None
    skipped = text.count("\n", 0, end + len(FENCE) + 2)
    return front, text[end + len(FENCE) + 2 :], skipped


def read_markdown(text: str, path: str) -> ChapterFile:
    """Parse a hand-written chapter into blocks; their origins are lines of `path` itself. Its front
    matter is read for its title only: it can never make the build read another file."""
    front, body, offset = split_front_matter(text, path)
    reader = _Reader(path, offset)
    blocks, notes = reader.read(body)
    return ChapterFile(front, with_heading_levels(blocks), notes)


def _refuse_too_deep(tokens: Sequence[Token], path: str, offset: int) -> None:
    """markdown-it stops reading at its nesting limit and drops the rest of the block without a word;
    booksmith says so instead, so no text is lost in silence."""
    line = 1
    for token in tokens:
        if token.map:
            line = token.map[0] + 1 + offset
        if token.level >= MAX_NESTING - 1:
            raise SourceError("quotations or lists nested deeper than booksmith reads (about 20 levels)", path, line)


def read_chapter_file(text: str, path: str, source: str) -> ChapterFile:
    """Parse an assembled chapter file, whose blocks came from the article `source` (book.toml's name
    for it, never the file's own say): each block's origin is its line there. A file whose body does
    not hash to its digest, or whose blocks are not the ones it lists, raises ValueError."""
    front, body, offset = split_front_matter(text, path)
    if front.get("body_digest") != body_digest(body):
        raise ValueError("the chapter file's body is not the one it was written with")
    blocks, notes = _Reader(path, offset).read(body)
    lines, note_lines = front.get("block_lines"), front.get("note_lines", [])
    for listed, read in ((lines, blocks), (note_lines, notes)):
        if not isinstance(listed, list) or len(listed) != len(read) or not all(isinstance(n, int) for n in listed):
            raise ValueError("the chapter file's blocks are not the ones it lists")
    assert isinstance(lines, list) and isinstance(note_lines, list)
    return ChapterFile(
        front,
        tuple(replace(b, origin=Origin(source, n)) for b, n in zip(blocks, lines, strict=True)),
        tuple(replace(note, origin=Origin(source, n)) for note, n in zip(notes, note_lines, strict=True)),
    )


def chapter_from_file(file: ChapterFile, chapter_id: str, source: str) -> Chapter:
    front = file.front
    credit = dict(front.get("credit", {}))
    for key in ("lines", "photos"):
        if key in credit:
            credit[key] = tuple(str(text) for text in credit[key])
    return Chapter(
        id=chapter_id,
        title=str(front["title"]),
        source=source,
        blocks=file.blocks,
        credit=Credit(**credit),
        drops=tuple(Drop(**drop) for drop in front.get("dropped", [])),
        role=front.get("role", "chapter"),
        kicker=front.get("kicker"),
        deck=tuple(str(text) for text in front.get("deck", ())),
        taken=tuple(Taken(**taken) for taken in front.get("taken", [])),
        notes=file.notes,
    )


def with_heading_levels(blocks: tuple[Block, ...]) -> tuple[Block, ...]:
    """Headings at the levels a chapter prints them: its highest at 2 (the title is the only 1), and
    each at most one below the heading before it, so no level is ever skipped."""
    levels = [block.level for block in blocks if isinstance(block, Heading)]
    if not levels:
        return blocks
    top, previous, out = min(levels), 1, []
    for block in blocks:
        if isinstance(block, Heading):
            previous = min(block.level - top + 2, previous + 1, 6)
            block = replace(block, level=previous)
        out.append(block)
    return tuple(out)


_MD: MarkdownIt | None = None
# markdown-it's token levels: a quotation takes one, a list level about two; markdown-it would drop what lies deeper
MAX_NESTING = 48
MAX_MARKS = 16  # emphasis inside strong inside emphasis …: deeper than any writer means
_LINK_SYNTAX = re.compile(r"(?<!\\)\]\(<?(?:https?:|mailto:)", re.IGNORECASE)


def _markdown() -> MarkdownIt:
    global _MD
    if _MD is None:
        # Raw HTML is off: in a book's text, `<b>` is four characters, never a tag.
        md = MarkdownIt("commonmark", {"maxNesting": MAX_NESTING}).enable("table")
        md.use(container_plugin, "figure").disable(["html_inline", "html_block"])
        # Footnotes stay where they are written (so they keep their lines), and a call to a note that is
        # never written is still read as a call, so the reader can say so rather than print `[^9]`.
        md.use(footnote_plugin, inline=False, move_to_end=False, always_match_refs=True)
        md.normalizeLink = lambda url: url  # type: ignore[method-assign]  # a path stays as written: no %-encoding
        md.normalizeLinkText = lambda link: link  # type: ignore[method-assign]
        md.validateLink = lambda url: True  # type: ignore[method-assign]  # booksmith refuses bad links itself, aloud
        _MD = md
    return _MD


class _Reader:
    def __init__(self, path: str, offset: int) -> None:
        self.path = path
        self.offset = offset
        self.lines: list[str] = []  # the body's lines, to read a table row as written
        self.notes: dict[str, Note] = {}  # by label
        self.calls: dict[str, tuple[int, int]] = {}  # note label → the line it is called on, and its number

    def read(self, body: str) -> tuple[tuple[Block, ...], tuple[Note, ...]]:
        self.lines = body.split("\n")
        env: dict[str, Any] = {}
        tokens = _markdown().parse(body, env)
        _refuse_too_deep(tokens, self.path, self.offset)
        blocks = tuple(self.blocks(tokens))
        for label, (line, _) in self.calls.items():
            if label not in self.notes:
                raise SourceError(
                    f"the note [^{label}] is called but never written: add a line `[^{label}]: …`", self.path, line
                )
        for label, note in self.notes.items():
            if label not in self.calls:
                raise SourceError(
                    f"the note [^{label}] is never called: call it with [^{label}] in the text",
                    self.path,
                    note.origin.line,
                )
        notes = (replace(note, number=self.calls[label][1]) for label, note in self.notes.items())
        return blocks, tuple(sorted(notes, key=lambda note: note.number))

    def origin(self, token: Token) -> Origin:
        return Origin(self.path, (token.map[0] if token.map else 0) + 1 + self.offset)

    def blocks(self, tokens: Sequence[Token]) -> Iterator[Block]:
        i = 0
        while i < len(tokens):
            token = tokens[i]
            end = _closing(tokens, i)
            inner = tokens[i + 1 : end]
            origin = self.origin(token)
            if token.type == "paragraph_open":
                image = _image(inner[0])
                if image:
                    yield Figure(_text(inner[0]), None, None, image, origin)
                else:
                    yield Paragraph(self.inlines(inner[0], origin), origin)
            elif token.type == "heading_open":
                content = self.inlines(inner[0], origin)
                if not _text(inner[0]).strip():  # it would be an empty title in the contents and the EPUB's nav
                    raise SourceError("a heading with no text", self.path, origin.line)
                yield Heading(content, int(token.tag[1]), origin)
            elif token.type in ("blockquote_open", "bullet_list_open", "ordered_list_open"):
                self.refuse_nested(inner, "a quotation" if token.type == "blockquote_open" else "a list")
                yield self.quotation(inner, origin) if token.type == "blockquote_open" else self.listing(token, inner)
            elif token.type == "container_figure_open":
                yield _figure(inner, origin)
            elif token.type == "table_open":
                end, caption = self.caption(tokens, end)
                yield self.table(inner, caption, origin)
            elif token.type == "footnote_reference_open":
                self.note(token, inner, origin)
            elif token.type == "hr":
                pass  # a scene break carries no text
            else:
                raise SourceError(f"unsupported Markdown ({token.type.removesuffix('_open')})", self.path, origin.line)
            i = end + 1

    def inlines(self, inline: Token, origin: Origin) -> Inlines:
        """The inline tokens of a paragraph, heading or item as the model's inlines."""
        stack: list[tuple[str, str, list[Inline]]] = [("", "", [])]
        for child in inline.children or []:
            out = stack[-1][2]
            match child.type:
                case "text" | "html_inline":
                    out.append(Text(child.content))
                case "image":  # an image inside a line of text: its words
                    out.append(Text(child.content))
                case "softbreak":
                    out.append(Text(" "))
                case "hardbreak":
                    out.append(LineBreak())
                case "code_inline":
                    out.append(Code(child.content))
                case "footnote_ref":
                    out.append(self.call(child, origin))
                case "em_open" | "strong_open":
                    if len(stack) > MAX_MARKS:
                        raise SourceError(f"marks nested more than {MAX_MARKS} deep", self.path, origin.line)
                    stack.append((child.type, "", []))
                case "link_open":
                    url = str(child.attrs.get("href", ""))
                    if problem := link_problem(url):
                        raise SourceError(problem, self.path, origin.line)
                    stack.append((child.type, link_target(url), []))
                case "em_close" | "strong_close" | "link_close":
                    kind, url, content = stack.pop()
                    made = _merged(content)
                    marks = {"em_open": Emphasis, "strong_open": Strong}
                    stack[-1][2].append(marks[kind](made) if kind in marks else Link(made, url))
                case _:
                    raise SourceError(f"unsupported Markdown ({child.type})", self.path, origin.line)
        links = sum(child.type == "link_open" for child in inline.children or [])
        if len(_LINK_SYNTAX.findall(inline.content)) > links:  # `[a[^1]](https://…)` makes no link
            raise SourceError(
                "a link here is not read as one (a note's call inside a link's text?); its Markdown would print",
                self.path,
                origin.line,
            )
        return _merged(stack[0][2])

    def call(self, token: Token, origin: Origin) -> NoteRef:
        label = str(token.meta["label"])
        if label in self.calls:
            raise SourceError(
                f"the note [^{label}] is called a second time (first on line {self.calls[label][0]}): "
                "a note is called once; write a second note",
                self.path,
                origin.line,
            )
        number = len(self.calls) + 1  # notes are numbered in the order they are called
        self.calls[label] = (origin.line, number)
        return NoteRef(number)

    def note(self, token: Token, inner: Sequence[Token], origin: Origin) -> None:
        label = str(token.meta["label"])
        calls_before = dict(self.calls)
        paragraphs = []
        for index, child in enumerate(inner):
            if child.type == "inline":
                paragraphs.append(self.inlines(child, self.origin(inner[index - 1])))
            elif child.type not in ("paragraph_open", "paragraph_close"):
                raise SourceError("a note holds paragraphs of text only", self.path, self.origin(child).line)
        if self.calls != calls_before:
            raise SourceError("a note cannot call another note", self.path, origin.line)
        if not any(paragraphs):
            raise SourceError(f"the note [^{label}] has no text", self.path, origin.line)
        if label in self.notes:
            raise SourceError(f"the note [^{label}] is written twice", self.path, origin.line)
        self.notes[label] = Note(0, tuple(paragraphs), origin)

    def refuse_nested(self, inner: Sequence[Token], where: str) -> None:
        """A note's text or a table inside a quotation or a list would be read as its lines: refused aloud."""
        for token in inner:
            if token.type in ("footnote_reference_open", "table_open"):
                what = "a note's text" if token.type == "footnote_reference_open" else "a table"
                raise SourceError(
                    f"{what} cannot sit inside {where}: write it at the top level", self.path, self.origin(token).line
                )

    def listing(self, token: Token, inner: Sequence[Token]) -> ListBlock:
        origin = self.origin(token)
        items = tuple(self.inlines(t, origin) for t in inner if t.type == "inline")
        return ListBlock(items, token.type == "ordered_list_open", origin)

    def quotation(self, inner: Sequence[Token], origin: Origin) -> Quotation:
        paragraphs = [self.inlines(t, origin) for t in inner if t.type == "inline"]
        attribution = None
        if len(paragraphs) > 1 and plain(paragraphs[-1]).startswith(ATTRIBUTION_MARK):
            if any(isinstance(i, NoteRef | Link) for i in every_inline(paragraphs[-1])):
                raise SourceError(_PLAIN_ONLY.format(what="a quotation's attribution"), self.path, origin.line)
            attribution = plain(paragraphs.pop())[len(ATTRIBUTION_MARK) :]
        lines = tuple(line for paragraph in paragraphs for line in _split_at_breaks(paragraph))
        return Quotation(lines, attribution, origin)

    def table(self, inner: Sequence[Token], caption: str | None, origin: Origin) -> Table:
        rows: list[tuple[Inlines, ...]] = []
        align: list[Literal["left", "center", "right"] | None] = []
        cells: list[Inlines] = []
        for token in inner:
            if token.type in ("th_open", "td_open") and not rows:
                style = str(token.attrs.get("style", ""))
                side = style.removeprefix("text-align:")
                align.append(side if side in ("left", "center", "right") else None)  # type: ignore[arg-type]
            elif token.type == "inline":
                cells.append(self.inlines(token, origin))
            elif token.type == "tr_open" and rows and token.map:
                self.refuse_lost_cells(token.map[0], len(align))
            elif token.type == "tr_close":
                rows.append(tuple(cells))
                cells = []
        return Table(rows[0], tuple(rows[1:]), tuple(align), caption, origin)

    def refuse_lost_cells(self, index: int, columns: int) -> None:
        """GFM drops the cells of a row past its header's: booksmith says so rather than lose their text."""
        line = self.lines[index].strip().removeprefix("|")
        line = line[:-1] if line.endswith("|") and not line.endswith("\\|") else line
        cells = len(re.split(r"(?<!\\)\|", line))
        if cells > columns:
            raise SourceError(
                f"this table row has {cells} cells and its header {columns}: the rest would be lost "
                "(write \\| for a | inside a cell)",
                self.path,
                index + 1 + self.offset,
            )

    def caption(self, tokens: Sequence[Token], table_end: int) -> tuple[int, str | None]:
        """A `Table: …` paragraph right after the table is its caption: where reading goes on, and the caption."""
        after = table_end + 1
        if after + 2 < len(tokens) + 0 and tokens[after].type == "paragraph_open":
            inline = tokens[after + 1]
            if inline.content.startswith(CAPTION_MARK):
                _refuse_marks(inline, "a table's caption", self.path, self.origin(tokens[after]).line)
                return _closing(tokens, after), _text(inline).removeprefix(CAPTION_MARK.strip()).strip()
        return table_end, None


def _merged(inlines: Sequence[Inline]) -> Inlines:
    """The one shape of inlines every reader and writer agrees on: adjacent texts, codes or marks of one
    kind as one (`*a**b*` is how Markdown would have to write two emphases side by side), strong inside
    strong as one strong, and no empty text."""
    out: list[Inline] = []
    for inline in inlines:
        if isinstance(inline, Strong) and len(inline.content) == 1 and isinstance(inline.content[0], Strong):
            inline = inline.content[0]
        if isinstance(inline, Text) and not inline.text:
            continue
        previous = out[-1] if out else None
        if isinstance(inline, Text | Code) and type(previous) is type(inline):
            out[-1] = type(inline)(previous.text + inline.text)
        elif isinstance(inline, Emphasis | Strong) and type(previous) is type(inline):
            out[-1] = type(inline)(_merged((*previous.content, *inline.content)))
        else:
            out.append(inline)
    return tuple(out)


def _split_at_breaks(inlines: Inlines) -> list[Inlines]:
    lines: list[list[Inline]] = [[]]
    for inline in inlines:
        if isinstance(inline, LineBreak):
            lines.append([])
        else:
            lines[-1].append(inline)
    return [_merged(line) for line in lines]


def _closing(tokens: Sequence[Token], start: int) -> int:
    """Index of the token that closes the one at `start` (itself if it stands alone)."""
    if tokens[start].nesting != 1:
        return start
    depth = 0
    for index in range(start, len(tokens)):
        depth += tokens[index].nesting
        if depth == 0:
            return index
    return len(tokens) - 1


def _text(inline: Token, hard_break: str = " ") -> str:
    parts = []
    for child in inline.children or []:
        if child.type in ("text", "code_inline"):
            parts.append(child.content)
        elif child.type == "softbreak":
            parts.append(" ")
        elif child.type == "hardbreak":
            parts.append(hard_break)
        elif child.type == "image":
            parts.append(child.content)
    return "".join(parts)


def _image(inline: Token) -> str | None:
    children = [c for c in inline.children or [] if not (c.type == "text" and not c.content.strip())]
    if len(children) == 1 and children[0].type == "image":
        return str(children[0].attrs.get("src", ""))
    return None


_PLAIN_ONLY = "{what} is plain text: a note's call or a link cannot go in it"


def _refuse_marks(inline: Token, what: str, path: str, line: int) -> None:
    """Text printed plain (an attribution, a caption) may not hold a note's call or a link: either would be lost."""
    if any(child.type in ("footnote_ref", "link_open") for child in inline.children or []):
        raise SourceError(_PLAIN_ONLY.format(what=what), path, line)


def _figure(inner: Sequence[Token], origin: Origin) -> Figure:
    label = credit = image = None
    caption: list[str] = []
    for token in inner:
        if token.type != "inline":
            continue
        _refuse_marks(token, "a photo's label, caption and credit", origin.path, origin.line)
        kinds = {c.type for c in token.children or [] if c.type != "text" or c.content.strip()}
        if _image(token):
            image = _image(token)
        elif kinds <= {"strong_open", "text", "strong_close"} and "strong_open" in kinds and label is None:
            label = _text(token)
        elif kinds <= {"em_open", "text", "em_close"} and "em_open" in kinds:
            credit = _text(token)
        else:
            caption.append(_text(token))
    return Figure(" ".join(caption), credit, label, image, origin)
