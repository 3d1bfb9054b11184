"""The chapter file: Markdown with TOML front matter, written and read back.

Assembled articles are written to `build/chapters/` in this form so an editor can
read exactly what the pipeline made of each source; the later stages read them
back with the same reader that reads chapters authored directly in Markdown.

Conventions beyond CommonMark (all plain Markdown a person can write by hand):
- a blockquote whose last paragraph starts with "— " has that paragraph as its
  attribution; line breaks inside a quotation are hard breaks (`\\` at line end);
- `::: figure` … `:::` holds a photo: an optional image, a **label**, the caption,
  and the credit in *emphasis*.
Article text is escaped on the way out, so `<script>` or `*` in an article comes
back as those characters and never as markup.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from typing import Any

import tomli_w
from markdown_it import MarkdownIt
from markdown_it.token import Token
from mdit_py_plugins.container import container_plugin

from ..config.tomltext import TomlProblem, parse_toml
from ..errors import SourceError
from ..model import Block, Chapter, Credit, Drop, Figure, Heading, ListBlock, Origin, Paragraph, Quotation, Taken

FENCE = "+++"
ATTRIBUTION_MARK = "— "

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
        _block_markdown(block, _follows_list(chapter.blocks, i)) for i, block in enumerate(chapter.blocks)
    )
    front["fingerprint"] = fingerprint
    front["body_digest"] = body_digest(f"\n{body}\n")  # the body as split_front_matter gives it back
    front["block_lines"] = [block.origin.line for block in chapter.blocks]
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


def _block_markdown(block: Block, alternate: bool = False) -> str:
    match block:
        case Paragraph(text=text):
            return escape(text)
        case Heading(text=text, level=level):
            return "#" * level + " " + escape(text)
        case Quotation(lines=lines, attribution=attribution):
            quote = "\\\n".join("> " + escape(line) for line in lines)
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
            return "\n".join(f"{mark} {escape(item)}" for mark, item in zip(marks, items, strict=True))
    raise TypeError(block)


def _destination(path: str) -> str:
    """A link destination that reads back as `path`, spaces and brackets included."""
    return "<" + re.sub(r"([\\<>&])", r"\\\1", path) + ">"


# --- reading ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class ChapterFile:
    front: dict[str, Any]
    blocks: tuple[Block, ...]


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
    tokens = _markdown().parse(body)
    _refuse_too_deep(tokens, path, offset)
    return ChapterFile(front, tuple(_Reader(path, offset).blocks(tokens)))


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
    blocks = tuple(_Reader(path, offset).blocks(_markdown().parse(body)))
    lines = front.get("block_lines")
    if not isinstance(lines, list) or len(lines) != len(blocks) or not all(isinstance(n, int) for n in lines):
        raise ValueError("the chapter file's blocks are not the ones it lists")
    return ChapterFile(front, tuple(replace(b, origin=Origin(source, n)) for b, n in zip(blocks, lines, strict=True)))


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
    )


_MD: MarkdownIt | None = None
# markdown-it's token levels: a quotation takes one, a list level about two; markdown-it would drop what lies deeper
MAX_NESTING = 48


def _markdown() -> MarkdownIt:
    global _MD
    if _MD is None:
        # Raw HTML is off: in a book's text, `<b>` is four characters, never a tag.
        _MD = MarkdownIt("commonmark", {"maxNesting": MAX_NESTING})
        _MD.use(container_plugin, "figure").disable(["html_inline", "html_block"])
        _MD.normalizeLink = lambda url: url  # type: ignore[method-assign]  # a path stays as written: no %-encoding
    return _MD


class _Reader:
    def __init__(self, path: str, offset: int) -> None:
        self.path = path
        self.offset = offset

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
                    yield Paragraph(_text(inner[0]), origin)
            elif token.type == "heading_open":
                if not _text(inner[0]).strip():  # it would be an empty title in the contents and the EPUB's nav
                    raise SourceError("a heading with no text", self.path, origin.line)
                yield Heading(_text(inner[0]), max(2, min(int(token.tag[1]), 3)), origin)
            elif token.type == "blockquote_open":
                yield _quotation(inner, origin)
            elif token.type == "container_figure_open":
                yield _figure(inner, origin)
            elif token.type in ("bullet_list_open", "ordered_list_open"):
                items = tuple(_text(t) for t in inner if t.type == "inline")
                yield ListBlock(items, token.type == "ordered_list_open", origin)
            elif token.type == "hr":
                pass  # a scene break carries no text
            else:
                raise SourceError(f"unsupported Markdown ({token.type.removesuffix('_open')})", self.path, origin.line)
            i = end + 1


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


def _quotation(inner: Sequence[Token], origin: Origin) -> Quotation:
    texts = [_text(t, hard_break="\n") for t in inner if t.type == "inline"]
    attribution = None
    if len(texts) > 1 and texts[-1].startswith(ATTRIBUTION_MARK):
        attribution = texts.pop()[len(ATTRIBUTION_MARK) :]
    lines = tuple(line for text in texts for line in text.split("\n"))
    return Quotation(lines, attribution, origin)


def _figure(inner: Sequence[Token], origin: Origin) -> Figure:
    label = credit = image = None
    caption: list[str] = []
    for token in inner:
        if token.type != "inline":
            continue
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
