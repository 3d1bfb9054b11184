"""After the story's last paragraph: agency trailers (kept as a credit line), the footer and what
follows it, widgets in another script, and the blocks of furniture there, which take the short lines
around them. What is left and looks like furniture is kept, as a doubt (line, kind, why).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from . import boxes, lexicon, meta, rules
from .kinds import META_KINDS as META_KINDS
from .kinds import STORY as STORY
from .kinds import is_furniture
from .shape import Line


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
        if meta.is_trailer(line) or (index <= last + 2 and meta.byline(line, False)):
            kinds[line.number] = "credit"
        elif line.number in foreign and not lines[index - 1].text.endswith((":", "：")):  # not a quoted post
            kinds[line.number] = "foreign-widget"
        elif rules.consent_banner(line):
            kinds[line.number] = "cookie"  # the consent banner at the page's foot, in whatever language
        elif rules.ad_blocker_plea(line):
            kinds[line.number] = "ad"  # "We urge you to turn off your ad blocker …"
        elif rules.land_acknowledgement(line) or rules.site_statement(line):
            kinds[line.number] = "footer"  # "We acknowledge Aboriginal …", "X is a member of the Press Council …"
        elif _HASHTAG_ROW.match(line.text):
            kinds[line.number] = "tags"  # "#ЧМ-2018  #Мексика  #болельщики"; a quoted post's hashtags come before
        elif (_PROMO.search(line.text) and line.size <= 30) or rules.channel_plug(line):
            kinds[line.number] = "network"  # "Track Latest News Live on SamacharLive.com …", "Watch … on the X Player"
        elif footer_from is not None or line.separated:
            kinds[line.number] = "footer"
    _author_box(lines, last + 1, kinds)
    _labelled_lists(lines, last + 1, kinds)
    _word_lists(lines, last + 1, kinds)
    furniture_from = next((i for i in range(last + 1, len(lines)) if kinds.get(lines[i].number) in _BLOCKS), None)
    if furniture_from is not None:
        _spread(lines, furniture_from, kinds)
        _runs_among_furniture(lines, last + 1, kinds)
    for index in range(last + 1, len(lines)):
        if _printed_again_with_credit(lines, index, kinds):
            del kinds[lines[index].number]  # a gallery's caption (its copy with the credit follows): the story's
    for index in range(last + 1, len(lines)):
        line = lines[index]
        if line.number in kinds:
            continue
        if line.prose:
            doubts.append((line.number, "footer", "a sentence after the story's end, among the page's furniture"))
        elif line.title_like and _among_furniture(lines, index, kinds):
            doubts.append((line.number, "related", "a headline-shaped line among the furniture after the story"))
    return doubts


def _printed_again_with_credit(lines: Sequence[Line], index: int, kinds: dict[int, str]) -> bool:
    """A taken line whose next line is its copy with the photo's credit glued on (`caption-copy`)."""
    line, after = lines[index], lines[index + 1] if index + 1 < len(lines) else None
    return (
        line.number in kinds
        and after is not None
        and kinds.get(after.number) == "caption-copy"
        and after.text.startswith(line.text)
    )


def _story_end(lines: Sequence[Line], kinds: dict[int, str], foreign: dict[int, str]) -> int | None:
    """The index of the story's last paragraph: the last line of prose in the page's own script, unless it
    stands among the page's closing furniture (a footer's "All quotes delayed …" under its links)."""
    prose = [i for i, line in enumerate(lines) if line.prose and kinds.get(line.number, STORY) == STORY]
    prose = [i for i in prose if lines[i].number not in foreign]  # a match's entries, held as the story's, count
    while prose and (
        _in_closing_furniture(lines, prose[-1], kinds)
        or _cut_off_by_furniture(lines, prose, kinds)
        or meta.credits_the_story(lines[prose[-1]])  # "Lena Marsh contributed reporting from Toronto."
        or rules.channel_plug(lines[prose[-1]])  # "Watch Belgium v Japan on Monday on RNÉ2 and the RNÉ Player, …"
        or rules.consent_banner(lines[prose[-1]])  # the consent banner at the page's foot
        or rules.ad_blocker_plea(lines[prose[-1]])
    ):
        prose.pop()
    return prose[-1] if prose else None


# Furniture a story carries between its paragraphs: it never means the story is over.
_IN_THE_STORY = ("ad", "ad-note", "caption-copy", "gallery-counter", "embed-label", "script-notice", "loading")


def _cut_off_by_furniture(lines: Sequence[Line], prose: list[int], kinds: dict[int, str]) -> bool:
    """Whether the last sentence stands apart from the story's paragraphs, with furniture between (a thread's
    rules under its header, a newsletter's pitch after the share row): the page's, not the story's end.
    A story's last paragraph follows the one before it, with an ad between at most (its label and its note
    are no block of the page's, two lines), or a list of its own with no furniture in it."""
    if len(prose) < 2:
        return False
    between = [lines[i] for i in range(prose[-2] + 1, prose[-1]) if not _own_data(lines, i, kinds)]
    furniture = [kind for line in between if is_furniture(kind := kinds.get(line.number))]
    blocks = sum(kind not in _IN_THE_STORY for kind in furniture)
    return blocks >= 2 or len(furniture) >= 3 or (blocks >= 1 and len(between) >= 5)


def _in_closing_furniture(lines: Sequence[Line], index: int, kinds: dict[int, str]) -> bool:
    """Whether the line stands under the page's footer: its links, or its copyright line with the site's small
    print under it in sentences, one a line ("Reproduction is allowed only with a link to …")."""
    small_print = 0
    for before in range(index - 1, max(index - 9, -1), -1):
        line = lines[before]
        kind = kinds.get(line.number)
        if kind == "footer" and small_print and not _COPYRIGHT.search(line.text):
            return False  # under a footer's link, a sentence may be the story's yet; under its © line, never
        if kind == "footer" or (kind in (None, "nav", "newsletter") and _link_row(line)):
            return True
        if kind is None and line.prose and line.number == lines[before + 1].number - 1 and small_print < 2:
            small_print += 1  # the small print's lines run on, with no blank line between them
            continue
        if kind is not None or line.prose:
            return False
    return False


_COPYRIGHT = re.compile(r"©|\(c\)|copyright|all rights reserved", re.IGNORECASE)


def _link_row(line: Line) -> bool:
    """A footer's row of links: three items or more, set apart by separators."""
    return line.separated and len(lexicon.items(line.raw or line.text)) >= 3 and not re.search(r"\d", line.text)


_YEAR = re.compile(r"\b(?:19|20)\d\d\b")  # "World Cup 2018": a year is a topic's word, not a result's number
# Furniture that, once it starts after the story, means the story is over.
_BLOCKS = ("related", "read-more", "comments", "footer", "tags", "newsletter", "share", "nav", "network", "paywall")


# Blocks whose own lines are sentences: a comment between two of a thread's lines is the thread's.
_HOLDS_SENTENCES = ("comments", "newsletter", "footer", "cookie", "paywall")


def _spread(lines: Sequence[Line], start: int, kinds: dict[int, str]) -> None:
    """From `start` on, a short line next to furniture, or a line between two furniture lines (a sentence
    only between two lines of one thread or notice), takes its neighbour's kind, until nothing more
    changes. A line with a number or that introduces a list is not short furniture: it is a story's
    result or date; nor is a bulleted item; and a subhead over a paragraph is the story's."""
    changed = True
    while changed:
        changed = False
        for index in range(start, len(lines)):
            line = lines[index]
            if line.number in kinds or line.text.endswith((":", "：")) or _heads_a_paragraph(lines, index, kinds):
                continue
            before = kinds.get(lines[index - 1].number) if index else None
            after = kinds.get(lines[index + 1].number) if index + 1 < len(lines) else None
            near = [kind for kind in (before, after) if is_furniture(kind)]
            digits = _YEAR.sub("", line.text) if "tags" in near else line.text  # "World Cup 2018"
            short = line.size <= 4 and not line.ends_sentence and not re.search(r"\d", digits)
            short = short and not _BULLET.match(line.text)  # an item the story's writer typed ("- Haeundae Beach")
            inside = len(near) == 2 and (not line.prose or (near[0] == near[1] and near[0] in _HOLDS_SENTENCES))
            if near and (short or inside):
                kinds[line.number] = "tags" if near[0] == "tags" else near[0]
                changed = True


_HASHTAG_ROW = re.compile(r"^#[\w-]+(?:\s+#[\w-]+){2,}$")
# After the story, a call to go somewhere with the place's web address: the network's plug, not a sentence of news.
_PROMO = re.compile(
    r"^(?:listen|track|get|download|follow|watch|read|subscribe|check out|click|visit|join|sign up|stay)\b.*"
    r"\b[\w-]+\.(?:com|net|org|in|tv|app|io|co\.\w\w|com\.\w\w)\b",
    re.IGNORECASE,
)


def _word_lists(lines: Sequence[Line], start: int, kinds: dict[int, str]) -> None:
    """After the story, three or more names or phrases one a line, with nothing that introduces them (no
    line ending in ':' above them): the page's topics ("Mundial 2018", "Andrés Iniesta", "Rússia"), in any
    language. A story's own closing list is introduced (by a line ending in ':' or a subhead set with a
    symbol, "◇ 주요 장소"), is typed with list bullets, or holds its results' numbers."""
    for index, end in list(boxes.runs(lines[start:], kinds, _topic_shaped)):
        index, end = index + start, end + start
        above = lines[index - 1] if index > 0 else None  # a tags header ("Arquivado en:") is furniture, no intro
        introduced = above is not None and above.number not in kinds and _introduces_a_list(above.text)
        bulleted = bool(_BULLET.match(lines[index].text))  # a signature may follow the story's list in the run
        if end - index >= 3 and not introduced and not bulleted:
            kinds.update({line.number: "tags" for line in lines[index:end]})


_BULLET = re.compile(r"^[-–•*]\s+\S")  # "- 서울 종로구 광화문광장": an item a writer typed, not a site's tag
_SUBHEAD_SYMBOLS = "◇◆■□▶▷●○▲△★☆※"


# The header of the box about the story's writer, after the story: "About the author", "この記事を書いた人".
_AUTHOR_BOX = re.compile(rf"(?i)^(?:{lexicon.AUTHOR_NOTE_LABEL})\s*[:：]?$")


def _author_box(lines: Sequence[Line], start: int, kinds: dict[int, str]) -> None:
    """After the story, the box about its writer: its header and the line right under it (the name, the role, the
    beat), a credit as an author's note is."""
    for index in range(start, len(lines) - 1):
        header, under = lines[index], lines[index + 1]
        if header.number in kinds or header.size > 6 or not _AUTHOR_BOX.match(header.text):
            continue
        kinds[header.number] = "credit"
        if under.number == header.number + 1 and under.number not in kinds and under.size <= 30 and not under.prose:
            kinds[under.number] = "credit"


def _introduces_a_list(text: str) -> bool:
    return text.endswith((":", "：")) or text[:1] in _SUBHEAD_SYMBOLS


def _topic_shaped(line: Line) -> bool:
    text = _YEAR.sub("", line.text)  # "World Cup 2018" is a topic; "Japan 2 Colombia 1" no
    return (
        line.size <= 4
        and not line.ends_sentence
        and not line.text.endswith((":", "：", ","))
        and not re.search(r"\d", text)
    )


def _labelled_lists(lines: Sequence[Line], start: int, kinds: dict[int, str]) -> None:
    """After the story, a short label, then two or more headlines, then the page's furniture or its end: a
    list of other stories under a header booksmith has no word for ("Et pot interessar", "এই বিভাগের আরও
    খবর"). Headlines are lines of several words that end without a full stop; a story's closing results
    are short, and its sentences end. Read from the page's end, so a list may end where the next begins;
    four headlines or more make a list wherever they end."""
    for index in range(len(lines) - 3, start - 1, -1):
        label = lines[index]
        known = kinds.get(label.number) in ("related", "read-more", "network")  # a header the lexicon knows
        if not known and (label.number in kinds or not _list_label(label)):
            continue
        end = index + 1
        while (
            end < min(len(lines), index + _LONGEST_LIST) and lines[end].number not in kinds and _other_story(lines[end])
        ):
            end += 1
        if any(_wrapped(lines, j) for j in range(index, end)):
            continue  # a hard-wrapped paragraph (a copied PDF's), not headlines one a line
        numbered = all(re.search(r"\d", line.text) for line in lines[index + 1 : end])  # a story's results
        long_list = end - index >= 5  # four headlines or more need no furniture under them to be a list
        if end - index >= 3 and not numbered and (long_list or _furniture_at(lines, end, kinds)):
            for line in lines[index:end]:
                kinds.setdefault(line.number, "related")


def _wrapped(lines: Sequence[Line], index: int) -> bool:
    """Whether the line's sentence goes on in the next line (right under it, starting in lower case)."""
    line, after = lines[index], lines[index + 1] if index + 1 < len(lines) else None
    return line.text[:1].islower() or (
        after is not None and after.number == line.number + 1 and after.text[:1].islower()
    )


_LONGEST_LIST = 40  # headlines under one label: a longer run is read as lists of 40, and the page stays linear


def _list_label(line: Line) -> bool:
    """A list's header; one that ends in ':' introduces the story's own list ("Their story in dates:")."""
    return line.size <= 6 and not line.prose and not line.ends_sentence and not line.text.endswith((":", "："))


def _other_story(line: Line) -> bool:
    """A headline: several words, no full stop (a question may end one), few numbers (a fact box's lines
    are scores and dates)."""
    asks = line.text.rstrip("'\"”’»").endswith(("?", "？", "!")) and line.size <= 16
    if not 4 <= line.size <= 25 or line.text.endswith((":", "：", ".", "。")):
        return False
    if (line.prose or line.ends_sentence) and not asks:
        return False
    return len(re.findall(r"\d", _YEAR.sub("", line.text))) <= 2


def _heads_a_paragraph(lines: Sequence[Line], index: int, kinds: dict[int, str]) -> bool:
    """A subhead: a short line with a paragraph of the story's right under it, or two or more of its rows of
    numbers ("Group H, final standings" over "1. Colombia 6")."""
    after = lines[index + 1] if index + 1 < len(lines) else None
    if after is None or after.number in kinds or lines[index].prose:
        return False
    return after.prose or _heads_data(lines, index, kinds)


def _data_row(line: Line, kinds: dict[int, str]) -> bool:
    """A row of the story's own data no rule took: a short line with a number in it (a standing, a result)."""
    return line.number not in kinds and line.size <= 12 and not line.prose and bool(re.search(r"\d", line.text))


def _heads_data(lines: Sequence[Line], index: int, kinds: dict[int, str]) -> bool:
    """A short line set right on top of two or more rows of numbers, in one block: the data's subhead."""
    line, under = lines[index], lines[index + 1 : index + 3]
    if line.size > 8 or line.ends_sentence or len(under) < 2:
        return False
    in_block = all(row.number == line.number + 1 + i for i, row in enumerate(under))
    return in_block and all(_data_row(row, kinds) for row in under)


def _own_data(lines: Sequence[Line], index: int, kinds: dict[int, str]) -> bool:
    """A row of the story's own data, or the short subhead right over its rows: no furniture of the page's."""
    line = lines[index]
    return _data_row(line, kinds) or (line.number not in kinds and _heads_data(lines, index, kinds))


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


_AT_THE_MINUTE = re.compile(r"^\d{1,3}(?:\+\d{1,2})?\s?['’′]\s")


def _headline_shaped(line: Line) -> bool:
    """A line of a list of other stories; a match's event at its minute ("58' Griezmann penalty") is none."""
    if _AT_THE_MINUTE.match(line.text):
        return False
    return not line.prose and not line.text.endswith((":", "：")) and (line.title_like or line.size <= 3)


def _furniture_at(lines: Sequence[Line], index: int, kinds: dict[int, str]) -> bool:
    if index >= len(lines):
        return True
    return is_furniture(kinds.get(lines[index].number))


def _among_furniture(lines: Sequence[Line], index: int, kinds: dict[int, str]) -> bool:
    """Whether the lines on both sides are furniture already (or the page ends)."""
    before = kinds.get(lines[index - 1].number) if index else "end"
    after = kinds.get(lines[index + 1].number) if index + 1 < len(lines) else "end"
    return is_furniture(before) and is_furniture(after)
