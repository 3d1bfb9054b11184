"""Stage 3b: cleaned paragraph groups of an article → typed blocks.

What a copied news article holds, and what becomes of it:
- paragraphs, hard-wrapped or not → Paragraph (wrapped lines joined);
- a quoted post: `X tweeted, "…"` or `"…" X said, tweeting …` → the lead-in stays
  a paragraph (or the rest becomes the attribution) and the quote a Quotation;
- a multi-line quoted message (each line ending a sentence, or short) → Quotation
  keeping its line breaks; a hard-wrapped quoted paragraph is joined instead;
- a photo label followed by a caption ending in `Photo: …` → Figure;
- short title-like lines → Heading; bullet lines, or lines numbered 1., 2., 3. … →
  ListBlock (other numbering stays text, a paragraph per line, so no number is lost).
Bylines ("By Jane Doe"), datelines ("TOKYO (Reuters) -"), agency and date lines
are kept as text (paragraphs; a byline stays a line of its own even when copied
right under the headline), never headings and never dropped: only the named
rules in clean.py drop anything. A short line that ends the article is text too,
since a heading there would head nothing.

Every letter and digit of the input ends up in exactly one block, in order; this
is checked for every paragraph group, and a failure is a bug (`TextLostError`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping, Sequence

from ..errors import BooksmithError
from ..model import Block, Figure, Heading, ListBlock, Origin, Paragraph, Quotation, block_letters, letters
from .clean import Figure as Caption
from .clean import Group, Line
from .links import linkify

OPEN_QUOTES = '"“'
CLOSE_QUOTES = '"”'
# A caption ends with a photo credit: "… Belgium. Photo: Twitter" or "… (Photo: AP)".
_CREDIT = re.compile(
    r"^(?P<caption>.*?(?:[.!?\"”’]|(?=\s*[(\[])))\s*[(\[]?"
    r"(?P<credit>(?:Photo credit|Photograph|Photo|Picture|Image)s?\s*:\s*[A-Z@][^()\[\].!?]{0,60})[)\]]?\.?$",
    re.IGNORECASE,
)
_LIST_ITEM = re.compile(r"^(?:(?P<bullet>[-*•·–])|(?P<number>\d{1,3})[.)])\s+(?P<text>\S.*)$")
_POST_MARKER = re.compile(
    r"@\w|\b(tweet(ed|ing|s)?|twitter|instagram|facebook|weibo|post(ed|ing)?|wrote|"
    r"comment(ed|ing)?|messag(e|ed))\b",
    re.IGNORECASE,
)
_SPEECH = re.compile(r"\b(said|says|tweeted|wrote|posted|commented|added|replied|saying)\b")
# A sentence ends at . ! or ? (and any closing quotes) before a space and a capital.
_SENTENCE_END = re.compile(r"[.!?][\"”’')]*(?=\s+[\"“‘(]?[A-Z0-9])")
# Lines that look short and title-like but are a byline, dateline, time stamp or agency credit.
_NOT_A_HEADING = re.compile(
    r"^(by|from|reporting by|written by|text by|photos? by|edited by|updated|published|posted|"
    r"last updated|first published)\b|\b\d{1,2}:\d{2}\b|\b(1[89]|20)\d\d\b|@|://|[-–—]$|"
    r"^(reuters|afp|ap|associated press|kyodo( news)?|jiji( press)?|bloomberg|xinhua|yonhap|"
    r"pti|ians|ani|dpa|efe|aap|agencies|staff reporter)$",
    re.IGNORECASE,
)


# "By Jane Doe", "By Jane Doe and John Roe, Reuters": a line of its own, never joined to its neighbours.
_BYLINE = re.compile(r"^(?:By|Written by|Text by|Words by)(?:,? (?:and |in )?[A-Z][\w.'’-]*){1,6}$")


class TextLostError(BooksmithError):
    """A bug check: a block lost or invented letters of the article. Never expected."""

    exit_code = 70


def parse_article(
    groups: Sequence[Group], path: str, captions: Mapping[int, Caption] | None = None
) -> tuple[Block, ...]:
    """Blocks from the cleaned groups; `captions` are the ones the cleaner set apart, by their first line."""
    blocks: list[Block] = []
    for index, group in enumerate(groups):
        caption = (captions or {}).get(group[0].number)
        if caption is not None:
            credit = unbracketed(caption.credit) if caption.credit else caption.credit
            made: list[Block] = [Figure(caption.caption, credit, caption.label, None, Origin(path, group[0].number))]
        else:
            made = list(_blocks(group, path))
        if index == len(groups) - 1 and isinstance(made[-1], Heading):
            made[-1] = Paragraph(made[-1].content, made[-1].origin)  # a heading at the end heads nothing
        _check_nothing_lost(group, made, path)
        blocks.extend(made)
    return tuple(blocks)


_BRACKETS = {"(": ")", "（": "）", "[": "]", "［": "］"}


def unbracketed(credit: str) -> str:
    """A credit the page set in brackets after its caption ("(Reuters: Carl Recine)", "（图片来源：视觉中国）") as
    the figure prints a credit: on a line of its own, the brackets no longer needed."""
    inner = credit[1:-1].strip()
    closing = _BRACKETS.get(credit[:1])
    if closing is None or not credit.endswith(closing) or not inner or any(b in inner for b in (*_BRACKETS, closing)):
        return credit
    return inner


def _check_nothing_lost(group: Group, blocks: Sequence[Block], path: str) -> None:
    if letters("".join(line.text for line in group)) != "".join(block_letters(b) for b in blocks):
        raise TextLostError(
            "internal error: parsing this paragraph lost or changed text (a bug in booksmith; please report it)",
            path,
            group[0].number,
        )


def _blocks(group: Group, path: str) -> Iterator[Block]:
    origin = Origin(path, group[0].number)
    byline = next((i for i, line in enumerate(group) if _is_byline(group, i)), None)
    if byline is not None and len(group) > 1:  # a headline and its byline, copied without a blank line
        if byline:
            yield from _blocks(group[:byline], path)
        yield Paragraph(linkify(group[byline].text), Origin(path, group[byline].number))
        if byline + 1 < len(group):
            yield from _blocks(group[byline + 1 :], path)
        return
    figure_at = _figure_start(group)
    if figure_at is not None:
        if figure_at:
            yield from _blocks(group[:figure_at], path)
        label, caption_end = _figure(group, figure_at)
        yield _make_figure(group, figure_at, label, path)
        if caption_end < len(group):
            yield from _blocks(group[caption_end:], path)
        return
    if (items := _list_items(group)) is not None:
        yield ListBlock(tuple(linkify(item) for item in items[0]), items[1], origin)
        return
    if len(group) > 1 and all(_LIST_ITEM.match(line.text) for line in group):
        yield from (
            Paragraph(linkify(line.text), Origin(path, line.number)) for line in group
        )  # `3. …` `4. …`: as typed
        return
    if len(group) > 1 and _is_quoted_message(group):
        yield Quotation(tuple(map(linkify, _strip_outer_quotes(tuple(line.text for line in group)))), None, origin)
        return
    if len(group) > 2 and group[0].text[-1] in ":," and _is_quoted_message(group[1:]):
        yield Paragraph(linkify(group[0].text), origin)  # `Nagatomo wrote:` then the message
        yield from _blocks(group[1:], path)
        return
    if len(group) > 2 and group[0].text.endswith((":", "：")) and _one_item_a_line(group[1:]):
        yield Paragraph(linkify(group[0].text), origin)  # "The result in full:" and the results, a line each
        yield ListBlock(tuple(linkify(line.text) for line in group[1:]), False, Origin(path, group[1].number))
        return
    if (paragraphs := _unwrapped_paragraphs(group)) is not None:
        for paragraph in paragraphs:
            yield from _blocks(paragraph, path)
        return
    text = " ".join(line.text for line in group)
    if _is_heading(text):
        yield Heading(linkify(text), 2, origin)
        return
    yield from _post(text, origin) or [Paragraph(linkify(text), origin)]


UNWRAPPED = 100  # characters: longer than the 60–80 a hard-wrapped paste's lines run to
_PARAGRAPH_END = re.compile(r"[.!?…][\"”’»)]*$")


def _unwrapped_paragraphs(group: Group) -> list[Group] | None:
    """The paragraphs of a page copied a paragraph a line, with no blank line between: it has a line longer than
    any editor wraps at, and each line of it that ends a sentence ends its paragraph. None: one paragraph
    (hard-wrapped, or a line alone)."""
    if len(group) < 2 or all(len(line.text) <= UNWRAPPED for line in group):
        return None
    paragraphs: list[Group] = []
    start = 0
    for index, line in enumerate(group):
        if index == len(group) - 1 or _PARAGRAPH_END.search(line.text):
            paragraphs.append(group[start : index + 1])
            start = index + 1
    return paragraphs if len(paragraphs) > 1 else None


def _one_item_a_line(lines: Group) -> bool:
    """Short lines, each complete: a list typed without marks (results, standings, dates), not a
    hard-wrapped paragraph (whose lines run on: the next starts in lower case, or ends mid-phrase)."""
    if any(len(line.text) > 70 or line.text.endswith((",", ";")) for line in lines):
        return False
    return not any(line.text[:1].islower() for line in lines[1:])


def _is_byline(group: Group, index: int) -> bool:
    """A byline line, not the start of a wrapped sentence ("By Monday the team / had flown home")."""
    following = group[index + 1].text if index + 1 < len(group) else ""
    return bool(_BYLINE.match(group[index].text)) and not following[:1].islower()


# --- figures ----------------------------------------------------------------------------------


def _figure_start(group: Group) -> int | None:
    """Index of the first line of a photo caption block (its label, if it has one)."""
    for index, line in enumerate(group):
        match = _CREDIT.match(line.text)
        if match and match.group("caption"):
            has_label = index > 0 and _is_label(group[index - 1].text)
            return index - 1 if has_label else index
    return None


def _figure(group: Group, start: int) -> tuple[str | None, int]:
    if _CREDIT.match(group[start].text):
        return None, start + 1
    return group[start].text, start + 2


def _make_figure(group: Group, start: int, label: str | None, path: str) -> Figure:
    caption_line = group[start + (1 if label else 0)]
    match = _CREDIT.match(caption_line.text)
    assert match is not None
    return Figure(
        caption=match.group("caption"),
        credit=match.group("credit"),
        label=label,
        image=None,
        origin=Origin(path, group[start].number),
    )


def _is_label(text: str) -> bool:
    return len(text.split()) <= 10 and not re.search(r"[.!?,;:\"”]$", text)


# --- lists, headings, quoted messages ---------------------------------------------------------


def _list_items(group: Group) -> tuple[tuple[str, ...], bool] | None:
    """A list's items (lines that do not start an item continue the one before) and whether
    it is numbered. Numbers must run 1, 2, 3 …: the printed list renumbers, so any other
    numbering stays text rather than lose its numbers."""
    first = _LIST_ITEM.match(group[0].text)
    if first is None:
        return None
    ordered = first.group("number") is not None
    items: list[str] = []
    for line in group:
        match = _LIST_ITEM.match(line.text)
        if match and (match.group("number") is not None) == ordered:
            if ordered and int(match.group("number")) != len(items) + 1:
                return None
            items.append(match.group("text"))
        else:
            items[-1] += " " + line.text
    return (tuple(items), ordered) if len(items) >= 2 else None


def _is_heading(text: str) -> bool:
    return (
        len(text.split()) <= 10
        and len(text) <= 80
        and text[0].isupper()
        and not re.search(r"[.!?,;:\"”'’)]$", text)
        and not _SENTENCE_END.search(text)
        and not _NOT_A_HEADING.search(text)
    )


def _is_quoted_message(group: Group) -> bool:
    """Lines inside one pair of quotes, each its own line: a message as it was posted
    (not a quoted paragraph that was merely hard-wrapped)."""
    first, last = group[0].text, group[-1].text
    if not (first[0] in OPEN_QUOTES and last[-1] in CLOSE_QUOTES and _balanced(group)) or _hard_wrapped(group):
        return False
    return bool(_strip_outer_quotes(tuple(line.text for line in group)))  # quote marks alone quote nothing


def _hard_wrapped(group: Group) -> bool:
    """A long line that stops mid-sentence was wrapped by an editor, not broken by its author."""
    return any(len(line.text) >= 45 and not re.search(r"[.!?…:;)\"”’]$", line.text) for line in group[:-1])


def _balanced(group: Group) -> bool:
    """The first quote mark opens the whole message and the last closes it."""
    text = "\n".join(line.text for line in group)
    inner = text[1:-1]
    straight = inner.count('"')
    return straight % 2 == 0 and inner.count("“") == inner.count("”")


def _strip_outer_quotes(lines: tuple[str, ...]) -> tuple[str, ...]:
    """The message's lines without its quote marks, and without the marks' own lines when they stood alone."""
    if len(lines) == 1:
        stripped: tuple[str, ...] = (lines[0][1:-1].strip(),)
    else:
        stripped = (lines[0][1:].lstrip(), *lines[1:-1], lines[-1][:-1].rstrip())
    start = next((i for i, line in enumerate(stripped) if line), len(stripped))
    end = max((i + 1 for i, line in enumerate(stripped) if line), default=start)
    return stripped[start:end]


# --- quoted posts inside a paragraph ----------------------------------------------------------

_LEAD_QUOTE = re.compile(r"^(?P<lead>.*\S[,:])\s+[\"“](?P<quote>[^\"“”]*\S)[\"”]$")
_QUOTE_FIRST = re.compile(r"^[\"“](?P<quote>[^\"“”]*\S)[\"”]\s+(?P<rest>[a-z@].*)$")


def _post(text: str, origin: Origin) -> list[Block] | None:
    """Split a paragraph that quotes a post into lead-in/attribution and quotation."""
    if match := _LEAD_QUOTE.match(text):
        lead, quote = match.group("lead"), match.group("quote").strip()
        if (_POST_MARKER.search(lead) and _SPEECH.search(lead)) or "@" in lead:
            return [Paragraph(linkify(lead), origin), Quotation((linkify(quote),), None, origin)]
    if match := _QUOTE_FIRST.match(text):
        quote, rest = match.group("quote").strip(), match.group("rest")
        end = _SENTENCE_END.search(rest)
        attribution, after = (rest[: end.end()], rest[end.end() :].strip()) if end else (rest, "")
        if _POST_MARKER.search(attribution) and _SPEECH.search(attribution):
            blocks: list[Block] = [Quotation((linkify(quote),), attribution, origin)]
            if after:
                blocks.append(Paragraph(linkify(after), origin))
            return blocks
    return None


def sentences(text: str) -> list[str]:
    """Split prose into sentences (for checks that every sentence survived)."""
    parts, start = [], 0
    for match in _SENTENCE_END.finditer(text):
        parts.append(text[start : match.end()].strip())
        start = match.end()
    parts.append(text[start:].strip())
    return [part for part in parts if part]


__all__ = ["Line", "TextLostError", "parse_article", "sentences"]
