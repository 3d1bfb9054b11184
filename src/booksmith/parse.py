"""Stage 3b: cleaned paragraph groups of an article → typed blocks.

What a copied news article holds, and what becomes of it:
- paragraphs, hard-wrapped or not → Paragraph (wrapped lines joined);
- a quoted post: `X tweeted, "…"` or `"…" X said, tweeting …` → the lead-in stays
  a paragraph (or the rest becomes the attribution) and the quote a Quotation;
- a multi-line quoted message → Quotation keeping its line breaks;
- a photo label followed by a caption ending in `Photo: …` → Figure;
- short title-like lines → Heading; bullet or numbered lines → ListBlock.
Every word of the input ends up in exactly one block, in order.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from .clean import Group, Line
from .model import Block, Figure, Heading, ListBlock, Origin, Paragraph, Quotation

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


def parse_article(groups: Sequence[Group], path: str) -> tuple[Block, ...]:
    blocks: list[Block] = []
    for group in groups:
        blocks.extend(_blocks(group, path))
    return tuple(blocks)


def _blocks(group: Group, path: str) -> Iterator[Block]:
    origin = Origin(path, group[0].number)
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
        ordered = _LIST_ITEM.match(group[0].text).group("number") is not None  # type: ignore[union-attr]
        yield ListBlock(items, ordered, origin)
        return
    if len(group) > 1 and _is_quoted_message(group):
        lines = tuple(line.text for line in group)
        yield Quotation(_strip_outer_quotes(lines), None, origin)
        return
    text = " ".join(line.text for line in group)
    if _is_heading(text):
        yield Heading(text, 2, origin)
        return
    yield from _post(text, origin) or [Paragraph(text, origin)]


# --- figures ----------------------------------------------------------------------------------


def _figure_start(group: Group) -> int | None:
    """Index of the first line of a photo caption block (its label, if it has one)."""
    for index, line in enumerate(group):
        if _CREDIT.match(line.text) and _CREDIT.match(line.text).group("caption"):  # type: ignore[union-attr]
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


def _list_items(group: Group) -> tuple[str, ...] | None:
    matches = [_LIST_ITEM.match(line.text) for line in group]
    if len(group) < 2 or not all(matches):
        return None
    return tuple(m.group("text") for m in matches if m)


def _is_heading(text: str) -> bool:
    return (
        len(text.split()) <= 10
        and len(text) <= 80
        and text[0].isupper()
        and not re.search(r"[.!?,;:\"”'’)]$", text)
        and not _SENTENCE_END.search(text)
    )


def _is_quoted_message(group: Group) -> bool:
    """Lines inside one pair of quotes, each its own line: a message as it was posted."""
    first, last = group[0].text, group[-1].text
    return first[0] in OPEN_QUOTES and last[-1] in CLOSE_QUOTES and _balanced(group)


def _balanced(group: Group) -> bool:
    """The first quote mark opens the whole message and the last closes it."""
    text = "\n".join(line.text for line in group)
    inner = text[1:-1]
    straight = inner.count('"')
    return straight % 2 == 0 and inner.count("“") == inner.count("”")


def _strip_outer_quotes(lines: tuple[str, ...]) -> tuple[str, ...]:
    first = lines[0][1:].lstrip()
    last = lines[-1][:-1].rstrip()
    if len(lines) == 1:
        return (lines[0][1:-1].strip(),)
    return (first, *lines[1:-1], last)


# --- quoted posts inside a paragraph ----------------------------------------------------------

_LEAD_QUOTE = re.compile(r"^(?P<lead>.*\S[,:])\s+[\"“](?P<quote>[^\"“”]*\S)[\"”]$")
_QUOTE_FIRST = re.compile(r"^[\"“](?P<quote>[^\"“”]*\S)[\"”]\s+(?P<rest>[a-z@].*)$")


def _post(text: str, origin: Origin) -> list[Block] | None:
    """Split a paragraph that quotes a post into lead-in/attribution and quotation."""
    if match := _LEAD_QUOTE.match(text):
        lead, quote = match.group("lead"), match.group("quote")
        if (_POST_MARKER.search(lead) and _SPEECH.search(lead)) or "@" in lead:
            return [Paragraph(lead, origin), Quotation((quote,), None, origin)]
    if match := _QUOTE_FIRST.match(text):
        quote, rest = match.group("quote"), match.group("rest")
        end = _SENTENCE_END.search(rest)
        attribution, after = (rest[: end.end()], rest[end.end() :].strip()) if end else (rest, "")
        if _POST_MARKER.search(attribution) and _SPEECH.search(attribution):
            blocks: list[Block] = [Quotation((quote,), attribution, origin)]
            if after:
                blocks.append(Paragraph(after, origin))
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


__all__ = ["Line", "parse_article", "sentences"]
