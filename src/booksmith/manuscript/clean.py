"""Stage 2b: an article's lines → its story in paragraphs, the page's furniture dropped by named rules.

The recogniser (`furniture`) says what each line of the copied page is: story, metadata
(headline, byline, date …) or furniture of a named kind. This module puts the editor's word
from book.toml on top (`drop`, `keep`: a line's text or its numbers), gathers the story's lines
into the paragraphs the page had (furniture taken out of them, a caption on its own), and records
every drop under its rule's name, so the build reports it and an editor can check it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from ..model import Drop
from .furniture.captions import caption_control, caption_sized, copy_with_credit, story_goes_on
from .furniture.page import META_KINDS, STORY, Page, PageMeta, page_meta, read_page
from .furniture.rules import AGENCY_ALONE, caption_credit

KEPT = (STORY, "caption")  # kinds whose lines stay in the story
EDITOR = "editor"  # the rule name of a drop the editor asked for


@dataclass(frozen=True)
class Line:
    number: int
    text: str


Group = tuple[Line, ...]  # a run of non-blank lines: a paragraph as the page had it


@dataclass(frozen=True)
class Figure:
    """A caption the page set apart, and its credit: on the caption's own line, or on a line of its own
    right above or below it (`credit_line`)."""

    caption: str
    credit: str | None
    credit_line: int | None = None
    label: str | None = None  # a short label line right above the caption, in its paragraph ("Japan fans")
    label_line: int | None = None


@dataclass(frozen=True)
class Cleaned:
    groups: tuple[Group, ...]
    drops: tuple[Drop, ...]
    page: Page
    kinds: dict[int, str]  # the page's kinds with the editor's word applied
    figures: dict[int, Figure]  # first line of a caption's group → what it holds
    meta: PageMeta  # what the page says about itself, from the lines taken as its metadata
    unmatched: tuple[tuple[str, int], ...] = ()  # ("drop" or "keep", index) of entries that found no line


def clean(lines: Sequence[str], drop: Sequence[str | int] = (), keep: Sequence[str | int] = ()) -> Cleaned:
    """The story of `lines`, with the furniture the rules and the editor name dropped."""
    page = read_page(lines)
    kinds = dict(page.kinds)
    unmatched: list[tuple[str, int]] = []
    for word, entries in (("keep", keep), ("drop", drop)):
        for index, entry in enumerate(entries):
            numbers = matching_lines(entry, lines)
            if not numbers:
                unmatched.append((word, index))
            for number in numbers:
                if word == "keep":
                    kinds.pop(number, None)
                else:
                    kinds[number] = EDITOR
    figures = _figures(page, kinds)
    groups = _groups(lines, page, kinds, figures)
    meta = page_meta(page.lines, kinds)
    by_group = {figure.label_line or number: figure for number, figure in figures.items()}  # its group's first line
    return Cleaned(groups, _drops(lines, kinds), page, kinds, by_group, meta, tuple(unmatched))


def matching_lines(entry: str | int, lines: Sequence[str]) -> list[int]:
    """The non-blank lines an editor's entry names: a number, a range "41-47", or a line's text (white
    space not counted)."""
    if isinstance(entry, int):
        numbers = [entry]
    elif match := re.fullmatch(r"\s*(\d+)\s*-\s*(\d+)\s*", entry):
        numbers = list(range(int(match.group(1)), int(match.group(2)) + 1))
    else:
        wanted = " ".join(entry.split())
        return [n for n, text in enumerate(lines, start=1) if wanted and " ".join(text.split()) == wanted]
    return [n for n in numbers if 1 <= n <= len(lines) and lines[n - 1].strip()]


def kept(kind: str) -> bool:
    return kind in KEPT


def dropped(kind: str) -> bool:
    return kind not in KEPT and kind not in META_KINDS


def _figures(page: Page, kinds: dict[int, str]) -> dict[int, Figure]:
    """Captions the recogniser found, each with its credit, by the caption's line; a photo's credit on a
    line of its own joins the caption right above it as one figure, or the one right under it when it stands
    over its caption apart from the paragraph above."""
    figures: dict[int, Figure] = {}
    text = {line.number: _shown(page, line.number, line.text) for line in page.lines}
    order = [line.number for line in page.lines]
    for position, number in enumerate(order):
        above = order[position - 1] if position else None  # right above it, no blank line between
        alone = AGENCY_ALONE.match(text[number]) and above == number - 1 and kinds.get(above, STORY) in KEPT
        if kinds.get(number) != "photo-credit" and not alone:
            continue
        used = {figure.credit_line for figure in figures.values()} | set(figures)  # each photo has one credit
        caption = _credited_caption(page, order, position, kinds, text)
        if caption is not None and caption not in used and number not in used:
            kinds[caption] = kinds[number] = "caption"  # the credit stays with its caption, in the story
            figures[caption] = Figure(text[caption], text[number].lstrip("/| "), number)  # "/ 카잔=…": no mark
    credit_lines = {figure.credit_line for figure in figures.values()}
    for position, number in enumerate(order):
        if kinds.get(number) == "caption" and number not in figures and number not in credit_lines:
            figures[number] = _figure_of(page, position, kinds, text)
    return {number: _labelled(figure, number, page, kinds) for number, figure in figures.items()}


def _credited_caption(
    page: Page, order: list[int], position: int, kinds: dict[int, str], text: dict[int, str]
) -> int | None:
    """The caption a credit's line belongs to: the one right under it when the credit stands over it apart from
    the paragraph above (and the caption has no credit of its own), else the line above it: right above, or past
    a blank line when that line stands alone, a caption's length (a paragraph of the story is no caption). `order`
    is the page's line numbers, in order."""
    number = order[position]
    above = order[position - 1] if position else None
    below = order[position + 1] if position + 1 < len(order) else None
    if below == number + 1 and kinds.get(below) == "caption" and above != number - 1:
        own = caption_credit(text[below])[1] is not None or kinds.get(below + 1) == "photo-credit"
        return None if own else below
    while position >= 2 and above == number - 1 and caption_control(page.lines[position - 1].text):
        position -= 1  # "hide caption" / "toggle caption" between a caption and its credit: the gallery's buttons
        above, number = order[position - 1], order[position]
    if above is None or kinds.get(above, STORY) not in KEPT:
        return None
    if above == number - 1 or kinds.get(above) == "caption":
        return above
    # past a blank line: a line standing alone, a caption's length, with the story going on below the credit (a
    # trailer after the story's last paragraph signs the story)
    line = page.lines[position - 1]
    over = page.lines[position - 2] if position >= 2 else None
    apart = over is None or over.number != above - 1 or kinds.get(over.number, STORY) not in KEPT
    return above if apart and caption_sized(line) and story_goes_on(page.lines, position, kinds) else None


def _figure_of(page: Page, position: int, kinds: dict[int, str], text: dict[int, str]) -> Figure:
    """A caption's figure: its credit at the end of its line, or the one its copy under it adds."""
    number = page.lines[position].number
    caption, credit = caption_credit(text[number])
    if credit is None and (copy := copy_with_credit(page.lines, position, kinds)) is not None:
        return Figure(caption, copy[1], copy[0])
    return Figure(caption, credit)


def _labelled(figure: Figure, number: int, page: Page, kinds: dict[int, str]) -> Figure:
    """The figure with the short label line right above its caption in the same paragraph, if it has one."""
    above = number - 1
    line = next((other for other in page.lines if other.number == above), None)
    if line is None or kinds.get(above, STORY) != STORY or line.size > 10 or line.ends_sentence:
        return figure
    if line.text.endswith((",", ";", ":")) or above == figure.credit_line:
        return figure
    if line.text.startswith(("—", "–", "-")) or "@" in line.text:
        return figure  # "— Name (@handle) July 11, 2018": an embedded post's attribution, the story's
    kinds[above] = "caption"
    return replace(figure, label=line.text, label_line=above)


def _shown(page: Page, number: int, text: str) -> str:
    """A line's text as the story keeps it: any label glued to it cut off."""
    cut = page.cuts.get(number)
    return text[len(cut.before) : len(text) - len(cut.after)].strip() if cut else text


def _groups(lines: Sequence[str], page: Page, kinds: dict[int, str], figures: dict[int, Figure]) -> tuple[Group, ...]:
    """The story's lines in the page's paragraphs; a caption (and its credit's line) is a paragraph of its own."""
    groups: list[Group] = []
    current: list[Line] = []
    credit_lines = {figure.credit_line for figure in figures.values() if figure.credit_line is not None}
    credit_lines |= {figure.label_line for figure in figures.values() if figure.label_line is not None}
    for number, raw in enumerate(lines, start=1):
        text = " ".join(raw.split())
        if not text or not kept(kinds.get(number, STORY)) or number in credit_lines:
            if not text and current:
                groups.append(tuple(current))
                current = []
            continue
        text = _shown(page, number, text)
        if current and _starts_a_paragraph(raw, current[-1].text):
            groups.append(tuple(current))
            current = []
        if (figure := figures.get(number)) is not None:
            if current:
                groups.append(tuple(current))
                current = []
            parts = [Line(figure.label_line, figure.label or "")] if figure.label_line else []
            parts.append(Line(number, text))
            if figure.credit_line:
                parts.append(Line(figure.credit_line, figure.credit or ""))
            groups.append(tuple(parts))
            continue
        current.append(Line(number, text))
    if current:
        groups.append(tuple(current))
    return tuple(groups)


def _starts_a_paragraph(raw: str, previous: str) -> bool:
    """Japanese and Chinese pages set their paragraphs apart by an indent (an ideographic space), not a
    blank line; and a line after one that ends a sentence in a dense script is a paragraph of its own."""
    if raw.startswith("\u3000") and raw.strip():
        return True
    return previous.endswith(("。", "」", "！", "？", "』")) and bool(
        re.match(r"[\u3040-\u30ff\u4e00-\u9fff「『（]", raw.strip())
    )


def _drops(lines: Sequence[str], kinds: dict[int, str]) -> tuple[Drop, ...]:
    """Each run of lines one rule dropped (blank lines between do not end a run)."""
    drops: list[Drop] = []
    run: list[int] = []
    rule = None
    for number, text in enumerate(lines, start=1):
        if not text.strip():
            continue
        kind = kinds.get(number, STORY)
        if dropped(kind) and kind == rule:
            run.append(number)
            continue
        if run and rule is not None:
            drops.append(Drop(rule, run[0], run[-1], len(run)))
        run, rule = ([number], kind) if dropped(kind) else ([], None)
    if run and rule is not None:
        drops.append(Drop(rule, run[0], run[-1], len(run)))
    return tuple(drops)
