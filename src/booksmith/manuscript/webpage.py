"""Stage 2d: a saved web page (`Name.html`, with its `Name_files/` folder or without) → one chapter.

The article is found in the page by trafilatura, the benchmark leader among main-text extractors,
which keeps its structure: headings, paragraphs, lists, quotations, tables, emphasis, links and
images. What it says about itself (headline, author, date, site, canonical address) comes from
the page's `<meta>`, Open Graph and JSON-LD, read by trafilatura too; book.toml's values win.
Then the same named furniture rules that read a text paste read the extracted blocks, a line
each, so what the extractor leaves of a site's litter is dropped and reported as for a paste.

Nothing is fetched: an image is the file the browser saved beside the page, inside the
manuscript, or it is not in the book (the figure keeps its caption, and the build says so).
Scripts, frames, forms and event handlers never reach the model: it holds text.
"""

from __future__ import annotations

import posixpath
import re
import urllib.parse
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..config.settings import Settings, resolve_inside
from ..errors import SourceError, note, warn
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
    Origin,
    Paragraph,
    Quotation,
    Strong,
    Table,
    Text,
    block_texts,
    letters,
    plain,
)
from .chapterfile import _merged, _split_at_breaks, with_heading_levels
from .clean import clean, dropped
from .links import link_problem, link_target, linkify
from .savedpage import SAVED_PAGE_FACTOR, saved_images_folder
from .sources import DEFAULT_MAX_BYTES, read_bytes

# Fewer letters than this once the furniture is gone (about 25 words, or a few sentences of Japanese), and
# the page held a notice, not a story. Letters, not words: Japanese and Chinese put no spaces between words.
MIN_ARTICLE_LETTERS = 120
# A caption that ends with its credit: "… after the match. Photo: Fixture Pictures"
_CREDIT = re.compile(
    r"^(?P<caption>.*?[.!?\"”’)。])\s*"
    r"(?P<credit>(?:Photo|Picture|Image|Foto|Photograph|写真|撮影|사진|图)s?\s*[:：]\s*\S.{0,60}|©\s?\S.{0,60})$"
)


@dataclass(frozen=True)
class _Extracted:
    blocks: list[Block]
    title: str | None
    author: str | None
    date: Any
    site: str | None
    url: str | None


def webpage_chapter(settings: Settings, index: int, chapter_id: str) -> Chapter:
    """Find the article in a saved page and make it a chapter (no files written)."""
    entry = settings.config.chapters[index]
    path = settings.root / entry.source
    raw = read_bytes(path, SAVED_PAGE_FACTOR * settings.max_article_bytes)
    html = _decoded(raw, path)
    found = _extract(html, settings, entry.source, path)
    blocks, drops = _without_furniture(found.blocks, entry.source)
    if sum(len(letters(text)) for block in blocks for text in block_texts(block)) < MIN_ARTICLE_LETTERS:
        raise SourceError("no article found in this page (a sign-in wall, a cookie notice or an index page?)", path)
    blocks = with_heading_levels(tuple(_without_headline(blocks, found.title)))
    blocks = attach_images(settings, index, blocks)  # [[chapters.figures]]: a photo for an HTML-only save
    for drop in drops:
        note(f"dropped {drop.count} line{'s' * (drop.count != 1)} ({drop.rule})", path, drop.first_line)
    title = entry.title or found.title or plain_title(blocks)
    credit = Credit(
        publisher=entry.publisher or found.site,
        author=entry.author or found.author,
        url=entry.url or found.url,
        date=entry.date or found.date,
        headline=found.title if found.title and found.title != title else None,
    )
    return Chapter(chapter_id, title, entry.source, blocks, credit, drops, entry.role)


@dataclass(frozen=True)
class PageFacts:
    title: str | None
    author: str | None
    date: str | None  # ISO
    site: str | None


def page_facts(path: Path) -> PageFacts:
    """What a saved page says about itself (for `booksmith new`): headline, author, date, site."""
    import trafilatura

    html = _decoded(read_bytes(path, SAVED_PAGE_FACTOR * DEFAULT_MAX_BYTES), path)
    found: Any = trafilatura.extract_metadata(html)
    if found is None:
        return PageFacts(None, None, None, None)
    date = _date(found.date)
    return PageFacts(
        _clean(found.title), _clean(found.author), date.isoformat() if date else None, _clean(found.sitename)
    )


def attach_images(settings: Settings, index: int, blocks: tuple[Block, ...]) -> tuple[Block, ...]:
    from .article import attach_images as attach

    return attach(settings, index, blocks)


def plain_title(blocks: tuple[Block, ...]) -> str:
    from .article import derive_title

    return derive_title(" ".join(block_texts(blocks[0])))


def _decoded(raw: bytes, path: Path) -> str:
    """The page as text, as a browser decodes it: a byte-order mark, else the declared charset (by the
    labels browsers know, so `iso-8859-1` is Windows-1252 and `windows-874` Thai), else UTF-8, else
    Windows-1252. A byte the encoding has no character for becomes U+FFFD, never a crash."""
    import webencodings  # WeasyPrint's own (through tinycss2): the WHATWG encoding labels

    for mark, name in ((b"\xef\xbb\xbf", "utf-8"), (b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be")):
        if raw.startswith(mark):
            text = raw[len(mark) :].decode(name, "replace")
            break
    else:
        head = raw[:4096].decode("ascii", "replace")
        declared = re.search(r"""<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)""", head, re.IGNORECASE)
        known = webencodings.lookup(declared.group(1)) if declared else None
        if known is not None and known.name not in ("utf-16le", "utf-16be", "replacement"):
            text = raw.decode(known.codec_info.name, "replace")
        else:
            try:
                text = raw.decode("utf-8")
            except UnicodeDecodeError:
                text = raw.decode("cp1252", "replace")
    if not re.search(r"<(?:html|body|p|article|div)\b", text[:200_000], re.IGNORECASE):
        raise SourceError("not a web page: no HTML in it (save the page as “Web Page, complete”)", path)
    return text


def _extract(html: str, settings: Settings, source: str, path: Path) -> _Extracted:
    import trafilatura  # the slow import: only a book with saved pages pays it

    document: Any = trafilatura.bare_extraction(
        html,
        include_formatting=True,
        include_links=True,
        include_images=True,
        include_tables=True,
        include_comments=False,
        with_metadata=True,
        favor_recall=True,
        deduplicate=False,
    )
    if document is None or document.body is None or not len(document.body):
        raise SourceError("no article found in this page (a sign-in wall, a cookie notice or an index page?)", path)
    tree = _parsed(html)  # the page as lxml reads it: its headline, its figures, a byline printed as text
    reader = _BodyReader(html, tree, settings, source, path)
    title = _printed_headline(tree, _clean(document.title))
    blocks = reader.with_left_out_figures(list(reader.blocks(document.body)), title)
    date = _date(document.date)
    url = document.url if document.url and link_problem(document.url) is None else None
    author = _person(_clean(document.author)) or _byline_under_headline(tree, title)
    return _Extracted(blocks, title, author, date, _clean(document.sitename), url)


def _parsed(html: str) -> Any:
    from lxml import html as lxml_html

    try:
        return lxml_html.document_fromstring(html)
    except (ValueError, TypeError, Exception):  # an unparsable page: trafilatura's reading will do
        return None


_LEAF_TAGS = {"p", "span", "address", "div", "a", "time", "li", "small", "strong", "em", "b"}


def _byline_under_headline(tree: Any, title: str | None) -> str | None:
    """The byline a page prints only as text ("Par Claire Vasseur" under the headline, no author in its
    metadata), read by the furniture rules' byline reader from the short lines after the `<h1>`."""
    from .furniture import meta
    from .furniture.shape import Line

    headline = _headline_element(tree, title)
    if headline is None or headline.getparent() is None:
        return None
    seen = 0
    for element in headline.itersiblings():
        for leaf in [element, *element.iterdescendants()]:
            if not isinstance(leaf.tag, str) or leaf.tag not in _LEAF_TAGS:
                continue
            if any(isinstance(c.tag, str) and c.tag in ("p", "div", "li") for c in leaf):
                continue  # a container: its own lines are read one by one
            text = " ".join(leaf.text_content().split())
            if not text or len(text.split()) > 12:
                continue
            seen += 1
            found = meta.byline(Line(seen, text, text), near_headline=True)
            if found is not None and found.people:
                return " and ".join(found.people)
            if seen >= 12:
                return None
    return None


def _words(text: str) -> str:
    return " ".join(text.split())


def _headline_element(tree: Any, title: str | None) -> Any:
    if tree is None or not title:
        return None
    return next((h1 for h1 in tree.iter("h1") if _words(h1.text_content()) == _words(title)), None)


def _printed_headline(tree: Any, title: str | None) -> str | None:
    """The headline as the page's `<h1>` prints it: the title trafilatura found, with its white space as
    printed (an ideographic space in a Japanese headline), or the `<h1>` that goes on past it (an Open
    Graph title cut short)."""
    if tree is None or title is None:
        return title
    printed = [_clean(h1.text_content()) for h1 in tree.iter("h1")]
    same = next((text for text in printed if text and _words(text) == _words(title)), None)
    longer = next((text for text in printed if text and _words(text).startswith(_words(title) + " ")), None)
    return same or longer or title


def _clean(value: str | None) -> str | None:
    """A metadata string with its runs of white space as one space (an ideographic space is a character
    of a Japanese headline, and stays)."""
    value = re.sub(r"[ \t\r\n\f\v]+", " ", value or "").strip()
    return value or None


# A byline's role or place after the name: "佐伯 拓海 記者（エカテリンブルク）", "Kim Doyun 기자", "Jane Doe (Moscow)".
_ROLE_AFTER = re.compile(r"\s*(?:[（(].*|(?:記者|特派員|編集委員|기자|특파원|记者|記者)\s*)$")


def _person(author: str | None) -> str | None:
    """The people a page's author field names, without the role or place some sites write after them."""
    if author is None:
        return None
    person = author
    while (shorter := _ROLE_AFTER.sub("", person)) != person:  # "… 記者（エカテリンブルク）": both go
        person = shorter
    people = [name.strip() for name in re.split(r"\s*;\s*", person) if name.strip()]  # "A; B", as sites list them
    joined = people[0] if len(people) == 1 else ", ".join(people[:-1]) + " and " + people[-1] if people else ""
    return _clean(joined) or author


def _date(value: str | None) -> Any:
    import datetime as dt

    try:
        return dt.date.fromisoformat(value[:10]) if value else None
    except ValueError:
        return None


def _without_headline(blocks: tuple[Block, ...], title: str | None) -> Iterator[Block]:
    """The page's headline is the chapter's title, not its first heading."""
    for index, block in enumerate(blocks):
        if index == 0 and isinstance(block, Heading) and title and block.text.strip() == title.strip():
            continue
        yield block


def _without_furniture(blocks: list[Block], source: str) -> tuple[tuple[Block, ...], tuple[Drop, ...]]:
    """The named furniture rules read the extracted blocks as a paste of them, a line each: what the
    extractor kept of a site's litter (a share row, a "Most read" list) is dropped and reported."""
    lines: list[str] = []
    for block in blocks:
        lines += [" ".join(" ".join(block_texts(block)).split()), ""]
    cleaned = clean(lines)
    kept: list[Block] = []
    drops: list[Drop] = []
    for index, block in enumerate(blocks):
        kind = cleaned.kinds.get(2 * index + 1)
        if kind is not None and dropped(kind) and not isinstance(block, Figure | Table):
            line = block.origin.line
            drops.append(Drop(kind, line, line, 1))
            continue
        kept.append(block)
    return tuple(kept), tuple(drops)


class _BodyReader:
    """trafilatura's XML (`head`, `p`, `list`/`item`, `quote`, `table`/`row`/`cell`, `graphic`, `hi`,
    `ref`, `lb`, `code`) → the model's blocks and inlines."""

    def __init__(self, html: str, tree: Any, settings: Settings, source: str, path: Path) -> None:
        self.html = html
        self.settings = settings
        self.source = source
        self.path = path
        self.body = max(html.lower().find("<body"), 0)  # the <head> repeats the story in its metadata
        # The page with every tag blanked out, line ends kept: "The <em>2-2 draw</em>" is found as printed.
        self.visible = re.sub(r"<[^>]*>", lambda tag: re.sub(r"[^\n]", " ", tag.group()), html)
        self.last = self.body
        self.figures = _page_figures(tree, path)
        self.kept_sources: list[str] = []  # the images trafilatura kept, as their pages name them
        self.pending: list[Figure] = []  # photos found inside a paragraph, set after it
        self.saved_folder = resolve_inside(settings.root, saved_images_folder(source))  # its photos' only place
        self.captions = {figure.src: figure.caption for figure in self.figures}

    def origin(self, text: str) -> Origin:
        """Where the block's words stand in the page's HTML (the first line that holds its first words)."""
        words = text.split()[:4]
        if not words:
            return Origin(self.source, 1)
        pattern = re.compile(r"\s+".join(map(re.escape, words)))
        # Blocks come in page order: look on from the last one found first, then from the body's start.
        found = pattern.search(self.visible, self.last) or pattern.search(self.visible, self.body)
        if found is None:
            return Origin(self.source, 1)
        self.last = found.start()
        return Origin(self.source, self.html.count("\n", 0, found.start()) + 1)

    def blocks(self, body: Any) -> Iterator[Block]:
        for element in body:
            tag = element.tag
            if tag == "head":
                content = self.inlines(element)
                if plain(content).strip():
                    rend = re.fullmatch(r"h([1-6])", element.get("rend") or "")
                    level = int(rend.group(1)) if rend else 2
                    yield Heading(content, level, self.origin(plain(content)))
            elif tag == "p":
                content = self.inlines(element)
                if plain(content).strip():
                    yield Paragraph(content, self.origin(plain(content)))
                yield from self.take_pending()  # a photo set inside the paragraph (WordPress, Medium) follows it
            elif tag == "code":  # a code block: its text, character for character
                text = element.text_content() if hasattr(element, "text_content") else "".join(element.itertext())
                if text.strip():
                    yield Paragraph((Code(" ".join(text.split())),), self.origin(text))
            elif tag == "list":
                items = tuple(self.inlines(item) for item in element if item.tag == "item")
                items = tuple(item for item in items if plain(item).strip())
                if items:
                    yield ListBlock(items, element.get("rend") == "ol", self.origin(plain(items[0])))
            elif tag == "quote":
                lines = tuple(line for line in self.quote_lines(element) if plain(line).strip())
                if lines:
                    yield Quotation(lines, None, self.origin(plain(lines[0])))
            elif tag == "table":
                table = self.table(element)
                if table is not None:
                    yield table
            elif tag == "graphic":
                self.kept_sources.append(element.get("src") or "")
                figure = self.figure(element)
                if figure is not None:
                    yield figure
            elif len(element):
                yield from self.blocks(element)  # a wrapper trafilatura kept (div, section)
            yield from self.take_pending()

    def quote_lines(self, element: Any) -> Iterator[Inlines]:
        """A quotation's paragraphs, a line each; one written without paragraphs is one line, its marks kept."""
        if not any(child.tag in ("p", "list", "quote") for child in element):
            yield from (_trimmed(line) for line in _split_at_breaks(self.inlines(element)) if plain(line).strip())
            return
        if element.text and element.text.strip():
            yield linkify(" ".join(element.text.split()))
        for child in element:
            if child.tag != "lb":
                yield self.inlines(child)
            if child.tail and child.tail.strip():
                yield linkify(" ".join(child.tail.split()))

    def table(self, element: Any) -> Table | None:
        rows = [[self.inlines(cell) for cell in row if cell.tag == "cell"] for row in element if row.tag == "row"]
        rows = [row for row in rows if row]
        if not rows:
            return None
        width = max(len(row) for row in rows)
        rows = [row + [()] * (width - len(row)) for row in rows]
        head, *body = (tuple(row) for row in rows)
        return Table(head, tuple(body), (None,) * width, None, self.origin(plain(head[0]) or plain(rows[0][0])))

    def figure(self, element: Any) -> Figure | None:
        src = (element.get("src") or "").strip()
        caption = self.captions.get(_same_src(src)) or _clean(element.get("title")) or _clean(element.get("alt")) or ""
        return self.made_figure(src, caption, self.origin(caption or src))

    def made_figure(self, src: str, caption: str, origin: Origin) -> Figure | None:
        credit = None
        if match := _CREDIT.match(caption):
            caption, credit = match.group("caption"), match.group("credit")
        image = self.saved_image(src)
        if not caption and image is None:
            return None
        return Figure(caption or "Photo", credit, None, image, origin)

    def with_left_out_figures(self, blocks: list[Block], title: str | None) -> list[Block]:
        """The article's captioned photos trafilatura left out, put back where the page has them: between
        the headline (or the first block) and the last block, after the block the page prints before it."""
        if not blocks:
            return blocks
        kept = {_same_src(src) for src in self.kept_sources}
        start = self.headline_line(title) or blocks[0].origin.line
        end = max(block.origin.line for block in blocks)
        out = list(blocks)
        for figure in self.figures:
            if figure.src in kept or not start <= figure.line <= end:
                continue
            made = self.made_figure(figure.src, figure.caption, Origin(self.source, figure.line))
            if made is None:
                continue
            at = next((i for i, block in enumerate(out) if block.origin.line > figure.line), len(out))
            out.insert(at, made)
        return out

    def headline_line(self, title: str | None) -> int | None:
        body = self.html.find("<body")
        at = self.html.find(title, max(body, 0)) if title else -1
        return self.html.count("\n", 0, at) + 1 if at >= 0 else None

    def saved_image(self, src: str) -> str | None:
        """The image as a path in the manuscript, if the browser saved it beside the page; else None, said."""
        if not src:
            return None
        if re.match(r"(?i)^(?:https?:)?//", src):
            warn(f'image not saved with the page: {src}; save the page as "Web Page, complete"', self.path)
            return None
        name = urllib.parse.unquote(src.split("#")[0].split("?")[0])
        if re.match(r"(?i)^[a-z][a-z0-9+.-]*:", name) or name.startswith("/"):
            warn(f"image refused: {src} is not a file saved beside the page", self.path)
            return None
        relative = (Path(self.source).parent / name).as_posix()
        target = resolve_inside(self.settings.root, relative)
        folder = self.saved_folder
        if target is None or folder is None or not target.is_relative_to(folder):
            warn(f"image refused: {src} is not a file saved with the page in its _files folder", self.path)
            return None
        if not target.is_file():
            warn(f"image {src} was not saved with the page; the figure keeps its caption", self.path)
            return None
        return target.relative_to(self.settings.root.resolve()).as_posix()

    def inlines(self, element: Any) -> Inlines:
        out: list[Inline] = []
        if element.text:
            out += linkify(_spaced(element.text))
        for child in element:
            if child.tag in _BLOCKISH:
                out.append(Text(" "))  # "Alpha" and a nested list's "Nested one" are two words, not one
            out += self.inline(child)
            if child.tail:
                out += linkify(_spaced(child.tail))
        return _trimmed(_merged(out))

    def take_pending(self) -> list[Figure]:
        pending, self.pending = self.pending, []
        return pending

    def inline(self, child: Any) -> list[Inline]:
        if child.tag == "graphic":
            if (figure := self.figure(child)) is not None:
                self.kept_sources.append(child.get("src") or "")
                self.pending.append(figure)
            return []
        content = self.inlines(child) if child.tag != "lb" else ()
        rend = child.get("rend") or ""
        if child.tag == "lb":
            return [LineBreak()]
        if child.tag == "hi" and "#i" in rend:
            return [Emphasis(content)] if content else []
        if child.tag == "hi" and "#b" in rend:
            return [Strong(content)] if content else []
        if child.tag == "code" or (child.tag == "hi" and "#t" in rend):
            return [Code(plain(content))] if content else []
        if child.tag == "ref":
            target = child.get("target") or ""
            if content and link_problem(target) is None:
                return [Link(content, link_target(target))]
            return list(content)
        return list(content)


_BLOCKISH = {"p", "list", "item", "quote", "table", "row", "cell", "head"}


def _spaced(text: str) -> str:
    """White space as a browser shows it: runs are one space."""
    return re.sub(r"\s+", " ", text)


def _trimmed(inlines: Inlines) -> Inlines:
    """No space at either end of a block's words."""
    out = list(inlines)
    if out and isinstance(out[0], Text):
        out[0] = Text(out[0].text.lstrip())
    if out and isinstance(out[-1], Text):
        out[-1] = Text(out[-1].text.rstrip())
    return tuple(inline for inline in out if not (isinstance(inline, Text) and not inline.text))


@dataclass(frozen=True)
class _PageFigure:
    src: str
    caption: str
    line: int  # of the <figure> in the page's HTML


def _page_figures(tree: Any, path: Path) -> list[_PageFigure]:
    """The page's `<figure>`s that hold an image and a `<figcaption>`, in page order: trafilatura keeps an
    image without its caption, and drops some figures (a lead photo above the text) altogether."""
    if tree is None:
        return []
    for image in tree.iter("img"):
        src = (image.get("src") or "").strip()
        if re.match(r"(?i)^(?:file:|/|[a-z]:\\)", src) or ".." in src.split("/"):
            warn(f"image refused: {src} is not a file saved beside the page", path)
    found = []
    for figure in tree.iter("figure"):
        if _in_furniture(figure):
            continue
        image = next(figure.iter("img"), None)
        caption = next(figure.iter("figcaption"), None)
        if image is not None and caption is not None and image.get("src"):
            text = " ".join(caption.text_content().split())
            if text:
                found.append(_PageFigure(_same_src(image.get("src")), text, figure.sourceline or 1))
    return found


# A class name (one of an element's, split at spaces) that marks a box of furniture: "related-links",
# "ad", "ad-slot", "promo", "most-read", "sidebar" … and not "lead-image" or "header".
_FURNITURE_CLASS = re.compile(
    r"^(?:ads?|ad[-_].*|.*[-_]ads?)$|related|promo|advert|sponsor|most[-_]|recommend|teaser|sidebar|outbrain|taboola"
)


def _in_furniture(element: Any) -> bool:
    """A figure in an aside, a menu, a footer, or a box whose class says related, promo, ad, most read …"""
    for ancestor in (element, *element.iterancestors()):
        classes = (ancestor.get("class") or "").lower().split()
        if ancestor.tag in ("aside", "nav", "footer") or any(_FURNITURE_CLASS.search(name) for name in classes):
            return True
    return False


def _same_src(src: str) -> str:
    """An image's address as written, `./` and doubled slashes aside, to match the one trafilatura gives."""
    return posixpath.normpath(src.strip()) if src.strip() and "://" not in src else src.strip()
