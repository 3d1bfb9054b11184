"""After the story's last paragraph: agency trailers (kept as a credit line), the footer and what
follows it, widgets in another script, and the blocks of furniture there, which take the short lines
around them. What is left and looks like furniture is kept, as a doubt (line, kind, why).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from . import lexicon, meta
from .shape import Line

STORY = "story"
META_KINDS = ("headline", "kicker", "deck", "byline", "date", "credit", "photo-credit")


def after_story(lines: Sequence[Line], kinds: dict[int, str], foreign: dict[int, str]) -> list[tuple[int, str, str]]:
    """After the story's last paragraph: trailers are credits; a footer line takes what follows it; a
    row of links is furniture. Once a block of furniture has begun (a list, a thread, the footer), the
    short lines around it are its own (tags one a line, a footer's links one a line) and so is a line
    set between two of its lines. Anything else is kept (a story may end with its own list, of dates or
    results), and kept as a doubt when it looks like furniture."""
    doubts: list[tuple[int, str, str]] = []
    last = _story_end(lines, kinds, foreign)
    if last is None:
        return doubts
    footer_from = None
    for index in range(last + 1, len(lines)):
        line = lines[index]
        kind = kinds.get(line.number)
        if kind == "footer" and footer_from is None:
            footer_from = index
        if kind is not None:
            continue
        if line.number in foreign and not lines[index - 1].text.endswith((":", "：")):  # not a quoted post
            kinds[line.number] = "foreign-widget"
        elif meta.is_trailer(line) or (index <= last + 2 and meta.byline(line, False)):
            kinds[line.number] = "credit"
        elif footer_from is not None or line.separated:
            kinds[line.number] = "footer"
    furniture_from = next((i for i in range(last + 1, len(lines)) if kinds.get(lines[i].number) in _BLOCKS), None)
    if furniture_from is not None:
        _spread(lines, furniture_from, kinds)
        _runs_among_furniture(lines, last + 1, kinds)
    for index in range(last + 1, len(lines)):
        line = lines[index]
        if line.number in kinds:
            continue
        if line.prose:
            doubts.append((line.number, "footer", "a sentence after the story's end, among the page's furniture"))
        elif line.title_like and _among_furniture(lines, index, kinds):
            doubts.append((line.number, "related", "a headline-shaped line among the furniture after the story"))
    return doubts


def _story_end(lines: Sequence[Line], kinds: dict[int, str], foreign: dict[int, str]) -> int | None:
    """The index of the story's last paragraph: the last line of prose in the page's own script, unless it
    stands among the page's closing furniture (a footer's "All quotes delayed …" under its links)."""
    prose = [i for i, line in enumerate(lines) if line.prose and line.number not in kinds | foreign]
    while prose and _in_closing_furniture(lines, prose[-1], kinds):
        prose.pop()
    return prose[-1] if prose else None


def _in_closing_furniture(lines: Sequence[Line], index: int, kinds: dict[int, str]) -> bool:
    for before in range(index - 1, max(index - 9, -1), -1):
        line = lines[before]
        kind = kinds.get(line.number)
        if kind == "footer" or (kind in (None, "nav", "newsletter") and _link_row(line)):
            return True
        if kind is not None or line.prose:
            return False
    return False


def _link_row(line: Line) -> bool:
    """A footer's row of links: three items or more, set apart by separators."""
    return line.separated and len(lexicon.items(line.raw or line.text)) >= 3 and not re.search(r"\d", line.text)


# Furniture that, once it starts after the story, means the story is over.
_BLOCKS = ("related", "read-more", "comments", "footer", "tags", "newsletter", "share", "nav", "network", "paywall")


def _spread(lines: Sequence[Line], start: int, kinds: dict[int, str]) -> None:
    """From `start` on, a short line next to furniture, or any line between two furniture lines, takes its
    neighbour's kind, until nothing more changes. A line with a number or that introduces a list is not
    short furniture: it is a story's result or date."""
    changed = True
    while changed:
        changed = False
        for index in range(start, len(lines)):
            line = lines[index]
            if line.number in kinds or line.text.endswith((":", "：")):
                continue
            before = kinds.get(lines[index - 1].number) if index else None
            after = kinds.get(lines[index + 1].number) if index + 1 < len(lines) else None
            near = [kind for kind in (before, after) if kind not in (None, STORY, *META_KINDS)]
            digits = re.sub(r"\b(?:19|20)\d\d\b", "", line.text) if "tags" in near else line.text  # "World Cup 2018"
            short = line.size <= 4 and not line.ends_sentence and not re.search(r"\d", digits)
            if near and (short or len(near) == 2):
                kinds[line.number] = "tags" if near[0] == "tags" else near[0]
                changed = True


def _runs_among_furniture(lines: Sequence[Line], start: int, kinds: dict[int, str]) -> None:
    """After the story, a run of headline-shaped lines with furniture on both sides (or the page's end) is a
    list of other stories whose header booksmith did not know ("Sport Top Stories", a section's name). The
    story's own closing list follows its last paragraph, so it never has furniture on both sides."""
    index = start
    while index < len(lines):
        end = index
        while end < len(lines) and lines[end].number not in kinds and _headline_shaped(lines[end]):
            end += 1
        if end > index and _furniture_at(lines, index - 1, kinds) and _furniture_at(lines, end, kinds):
            for line in lines[index:end]:
                kinds[line.number] = "related"
        index = end + 1


def _headline_shaped(line: Line) -> bool:
    return not line.prose and not line.text.endswith((":", "：")) and (line.title_like or line.size <= 3)


def _furniture_at(lines: Sequence[Line], index: int, kinds: dict[int, str]) -> bool:
    if index >= len(lines):
        return True
    return kinds.get(lines[index].number) not in (None, STORY, *META_KINDS)


def _among_furniture(lines: Sequence[Line], index: int, kinds: dict[int, str]) -> bool:
    """Whether the lines on both sides are furniture already (or the page ends)."""
    before = kinds.get(lines[index - 1].number) if index else "end"
    after = kinds.get(lines[index + 1].number) if index + 1 < len(lines) else "end"
    return before not in (None, STORY, *META_KINDS) and after not in (None, STORY, *META_KINDS)
