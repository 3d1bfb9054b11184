"""A copied web page, line by line: the story, what it says about itself, and its furniture.

1. Every line a rule of `rules` recognises by itself is furniture of that rule's kind.
2. The headline is found: a title-shaped line that a byline, a date or the story's first
   paragraph follows. What stands before it is the site's header (menus, breadcrumbs, the date
   widget), and the short line right above it is the kicker.
3. After the headline come the story's own lines (deck, byline, dates, the photo), until the
   first paragraph; then the body, where block rules (`blocks`) take lists of other stories,
   comment threads, galleries and newsletter boxes.
4. After the story's last paragraph: agency trailers (kept as a credit line), and the page's
   tail, which takes only what looks like furniture.
Every line no rule takes is story. A line that looks like furniture but that no rule can take
with confidence is kept and noted as a doubt, for `booksmith check` to list.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from . import blocks, boxes, captions, lexicon, meta, rules, tail, threads, top
from .lexicon import normalise
from .shape import Line
from .tail import META_KINDS as META_KINDS
from .tail import STORY as STORY

# Every kind of furniture a rule can drop (the block rules' and the page's own besides `rules.RULES`).
FURNITURE_KINDS = (
    *(name for name in rules.RULES if name not in META_KINDS),
    "related", "read-more", "comments", "caption-copy", "newsletter", "nav", "date-widget", "footer", "foreign-widget",
    "page-header", "stats", "poll", "repeated", "pull-quote", "match-centre", "stock-quote", "player",
)  # fmt: skip


@dataclass(frozen=True)
class Doubt:
    line: int
    kind: str  # the furniture it looks like
    why: str


@dataclass(frozen=True)
class Cut:
    """A label cut off a story line: the text before and after what is kept."""

    before: str
    after: str
    rule: str


@dataclass(frozen=True)
class PageMeta:
    headline: str | None = None
    kicker: str | None = None
    deck: tuple[str, ...] = ()
    people: tuple[str, ...] = ()
    publisher: str | None = None
    publisher_from: str | None = None  # the line that named it: "byline", "dateline", "comment disclaimer" …
    date: dt.date | None = None
    credits: tuple[str, ...] = ()  # agency and editing trailers, kept as a credit line
    photo_credits: tuple[str, ...] = ()


@dataclass(frozen=True)
class Page:
    lines: tuple[Line, ...]  # every non-blank line of the file
    kinds: dict[int, str]  # line number → "story", a metadata kind or a furniture kind
    cuts: dict[int, Cut] = field(default_factory=dict)
    doubts: tuple[Doubt, ...] = ()
    meta: PageMeta = PageMeta()

    def kind(self, number: int) -> str:
        return self.kinds.get(number, STORY)


def read_page(texts: Sequence[str]) -> Page:
    lines = tuple(Line(n, " ".join(t.split()), t.strip()) for n, t in enumerate(texts, start=1) if t.strip())
    group_of = _paragraphs(texts)
    kinds: dict[int, str] = {}
    cuts: dict[int, Cut] = {}
    for line in lines:
        if (found := _intrinsic(line)) is not None:
            kinds[line.number] = found
    for number, kind in boxes.boxes(lines, kinds, group_of).items():  # a banner's buttons, its small print
        kinds.setdefault(number, kind)
    kinds.update(boxes.widgets(lines, kinds, group_of))  # a match centre's box, before its data is held as the story's
    kinds.update(boxes.network_names(lines, kinds))
    kinds.update(_running_heads(lines, kinds))
    kinds.update(_player_timers(lines, kinds))
    kinds.update(_video_rails(lines, kinds, group_of))
    kinds.update(_entry_index(lines, kinds))
    kinds.update(boxes.stats_tables(lines, kinds))
    pinned = _match_data(lines, kinds, group_of)  # a line-up's names in Latin letters on a Japanese page too
    kinds.update(pinned)  # held as the story's until the tail is read: no headline, menu or list of them
    foreign = _foreign_lines(lines, kinds)
    kinds.update(foreign)  # a widget in another script is no story's first paragraph
    kinds.update(_consent_banner_on_top(lines, kinds))
    head = top.headline(lines, kinds, group_of)
    for line in lines[:head] if head is not None else ():
        if pinned.pop(line.number, None):
            del kinds[line.number]  # above the headline, a match centre's scoreboard is the site's header
    doubts: list[Doubt] = []
    if head is not None:
        doubts += [Doubt(n, kind, why) for n, kind, why in top.header(lines, head, kinds)]
        body_start = top.opening(lines, head, kinds)
    else:
        body_start = 0
    kinds.update(repeated_labels(lines, kinds))  # after the headline's own lines: a kicker printed again is a kicker
    body = lines[body_start:]
    for line in body:  # in the body, a line in another script may be the story's (a quoted post): the tail decides
        if foreign.get(line.number) == kinds.get(line.number) == "foreign-widget":
            del kinds[line.number]
    if head is not None:
        kinds.update(top.late_bylines(body, kinds))
    _blocks(body, kinds, group_of, lines[head + 1 : body_start] if head is not None else ())
    doubts += [Doubt(n, kind, why) for n, kind, why in tail.after_story(lines, kinds, foreign)]
    for number in pinned:
        del kinds[number]  # the match's data is the story's again: no rule below takes it
    for number in _subheads_over_results(body, kinds):
        del kinds[number]  # "Key moments" over the story's own list of goals: its subhead, not a menu item
    for number in _subheads_over_sentences(body, kinds):
        del kinds[number]  # "UP NEXT" over the wire story's own "Germany: Plays Sweden on Saturday."
    for line in body if head is not None else ():  # a page with a headline, its stamps set as metadata
        if line.number not in kinds and _UPDATE_STAMP.match(line.text) and meta.is_date_line(line):
            kinds[line.number] = "date"  # "Updated at 21.05 BST" under a live page's entry
    for line in lines:
        if kinds.get(line.number, STORY) != STORY:
            continue
        if label := rules.caption_label(line):
            kinds[line.number] = "caption"
            cuts[line.number] = Cut(label, "", "caption-label")
        elif rules.caption(line):
            kinds[line.number] = "caption"
        elif pieces := rules.glued(line.text):
            before, _, after = pieces
            cuts[line.number] = Cut(before, after, "ad")
    kinds.update(captions.placed_captions(lines, kinds))  # by where they stand: under a gallery's counter …
    kinds.update(captions.placed_credits(lines, kinds))  # a name right under a caption is its credit
    return Page(lines, kinds, cuts, tuple(doubts), page_meta(lines, kinds))


def _intrinsic(line: Line) -> str | None:
    found = next((name for name, rule in rules.RULES.items() if rule(line)), None)
    if found is None and line.dense and lexicon.has_traditional(line.text):  # "廣告" as the lexicons spell it
        folded = Line(line.number, lexicon.simplified(line.text), lexicon.simplified(line.raw or line.text))
        found = next((name for name, rule in rules.RULES.items() if rule(folded)), None)
    return found


# --- the body and the tail ----------------------------------------------------------------------


def _paragraphs(texts: Sequence[str]) -> dict[int, int]:
    """Line number → the number of its paragraph (a run of non-blank lines)."""
    group, found, blank = 0, {}, True
    for number, text in enumerate(texts, start=1):
        if not text.strip():
            blank = True
            continue
        group += blank
        blank = False
        found[number] = group
    return found


def _blocks(body: Sequence[Line], kinds: dict[int, str], group_of: dict[int, int], lead: Sequence[Line]) -> None:
    """The blocks of furniture in the body; `lead`, the lines between the headline and the body (the lead
    photo's caption, which a gallery in the body prints again)."""

    def story_prose(number: int) -> bool:
        line = next((other for other in body if other.number == number), None)
        return line is not None and line.prose and number not in kinds

    for number, kind in threads.comment_threads(body, kinds, group_of).items():
        _take(kinds, number, kind)
    for number, kind in threads.headerless_threads(body, kinds).items():
        _take(kinds, number, kind)
    for number, kind in threads.repeated_frames(body, kinds).items():
        _take(kinds, number, kind)
    for number, kind in threads.house_rules(body, kinds, group_of).items():
        _take(kinds, number, kind)
    for number, kind in threads.section_notes(body, kinds, group_of).items():
        _take(kinds, number, kind)
    for number, kind in blocks.related_lists(body, kinds, story_prose, group_of).items():
        _take(kinds, number, kind)
    for number, kind in blocks.links_under_a_label(body, kinds, group_of).items():
        _take(kinds, number, kind)
    for number, kind in blocks.gallery_copies(body, kinds, lead).items():
        _take(kinds, number, kind)
    for number, kind in blocks.pull_quotes(body, kinds, group_of).items():
        _take(kinds, number, kind)
    for number, kind in boxes.sponsored_rails(body, kinds, group_of).items():
        _take(kinds, number, kind)
    for number, kind in blocks.tag_lists(body, kinds, group_of).items():
        _take(kinds, number, kind)
    for number, kind in boxes.polls(body, kinds, group_of).items():
        _take(kinds, number, kind)
    for number, kind in boxes.reaction_tallies(body, kinds).items():
        _take(kinds, number, kind)
    for number, kind in blocks.lone_headers(body, kinds).items():
        _take(kinds, number, kind)


def _match_data(lines: Sequence[Line], kinds: dict[int, str], group_of: dict[int, int]) -> dict[int, str]:
    """A match's own data no rule took, two lines of it or more in a paragraph (its scorers, its events at
    their minutes, its line-ups, its venue and referee): the story's, however much a menu's row, a headline
    or a list of other stories it looks like. One such line alone is as often a widget's ("Attendance: 42,873"
    under a game's information box)."""
    found = [line.number for line in lines if line.number not in kinds and rules.match_data(line)]
    per_paragraph = Counter(group_of[number] for number in found)
    return {number: STORY for number in found if per_paragraph[group_of[number]] >= 2}


def _subheads_over_results(body: Sequence[Line], kinds: dict[int, str]) -> list[int]:
    """A short menu-word line set right on top of two or more of the story's lines with numbers (a match's
    goals, a list of dates): the list's own subhead, though a live blog's menu uses the same words; and a
    short label taken for a list's header or a repeated tab over a match's own data ("Line-ups" over its rows)."""
    found = []
    for index, line in enumerate(body[:-2]):
        under = list(itertools.takewhile(lambda other: other.number not in kinds, body[index + 1 :]))
        run = [other for i, other in enumerate(under) if other.number == line.number + 1 + i]
        numbered = len(run) >= 2 and all(re.search(r"\d", other.text) or rules.match_data(other) for other in run)
        match_rows = len(run) >= 2 and all(rules.match_data(other) for other in run)
        label = kinds.get(line.number) in ("related", "repeated") and match_rows
        if line.size <= 4 and ((kinds.get(line.number) == "nav" and numbered) or label):
            found.append(line.number)
    return found


def _subheads_over_sentences(body: Sequence[Line], kinds: dict[int, str]) -> list[int]:
    """A player's short label ("Up next") right on top of two or more of the story's lines, each a sentence: a
    wire story's own subhead. Under a player, "Up next" heads the next video's title, which ends on no full stop."""
    found = []
    for index, line in enumerate(body[:-2]):
        if kinds.get(line.number) != "script-notice" or line.size > 3 or line.ends_sentence:
            continue
        under = list(itertools.takewhile(lambda other: other.number not in kinds, body[index + 1 :]))
        run = [other for i, other in enumerate(under) if other.number == line.number + 1 + i]
        if len(run) >= 2 and all(other.ends_sentence for other in run):
            found.append(line.number)
    return found


def _take(kinds: dict[int, str], number: int, kind: str) -> None:
    """A block's kind for a line no rule took, or one taken only for being repeated (a thread's buttons
    are the thread's)."""
    if kinds.get(number, "repeated") == "repeated":
        kinds[number] = kind


_PLAYER_BUTTONS = {
    "close",
    "fermer",
    "cerrar",
    "fechar",
    "chiudi",
    "schließen",
    "sluiten",
    "stäng",
    "zamknij",
    "閉じる",
    "닫기",
}
_TIMER = re.compile(r"^(?:\d{1,2}:)?\d{1,2}:\d{2}$|^\((?:\d{1,2}:)?\d{1,2}:\d{2}\)$")  # "02:31", "(1:48)"


def _player_timers(lines: Sequence[Line], kinds: dict[int, str]) -> dict[int, str]:
    """A video's running time ("02:31") or its one button ("Fermer") right next to its player's notice, and the
    video's title or blurb set between the notice and its time ("Autoplay is on." / "X breaks down how …" /
    "(1:48)"), in a rail of videos each title over its time ("Now Playing" / title / "01:42" / "Up Next" / title /
    "02:05"). Alone, a time is a live blog's entry, and "Close" may be a sentence's word."""
    found: dict[int, str] = {}
    for index, line in enumerate(lines):
        if line.number in kinds or not (_TIMER.match(line.text) or line.text.casefold() in _PLAYER_BUTTONS):
            continue
        around = [lines[j].number for j in (index - 1, index + 1) if 0 <= j < len(lines)]
        around = [number for number in around if abs(number - line.number) == 1]  # no blank line between
        by_a_notice = any(kinds.get(number) in captions.PLAYER_KINDS for number in around)
        under_a_clip = bool(_TIMER.match(line.text)) and _under_a_clip_title(lines, index)
        in_a_rail = captions.in_a_rail(lines, index)
        under_a_clip = under_a_clip and not in_a_rail  # a rail of them is `_video_rails`' to take
        # by the player's own notice, the line above is the video's caption, unless the block is a rail of videos
        blurb = bool(_TIMER.match(line.text)) and (not by_a_notice or in_a_rail)
        blurb_lines = _blurb_above(lines, index, kinds, found) if blurb else []
        if blurb_lines or by_a_notice or under_a_clip:
            found[line.number] = "script-notice"
            found.update({number: "embed-label" for number in blurb_lines if number not in kinds})
    return found


def _under_a_clip_title(lines: Sequence[Line], index: int) -> bool:
    """A running time right under a clip's labelled title ("WATCH: …" / "01:42"): the clip's card. A live blog's
    time stands over its entry, not under a title."""
    above = lines[index - 1] if index else None
    return above is not None and above.number == lines[index].number - 1 and bool(lexicon.VIDEO_LABEL.match(above.text))


def _video_rails(lines: Sequence[Line], kinds: dict[int, str], group_of: dict[int, int]) -> dict[int, str]:
    """A rail of videos: a block of two or more titles, each with its running time on the line under it
    ("Watch: the winner from every angle" / "0:58"), nothing else in the block. A live blog sets its time
    above its entry, so its block opens on a time; a schedule's times are on the hour or the half hour."""
    found: dict[int, str] = {}
    for _, block in itertools.groupby(lines, key=lambda line: group_of[line.number]):
        rows = list(block)
        if len(rows) < 4 or len(rows) % 2 or any(line.number in kinds for line in rows):
            continue
        titles, times = rows[0::2], rows[1::2]
        if not all(captions.RUNNING_TIME.match(line.text) for line in times):
            continue
        if all(line.text.endswith((":00", ":30")) for line in times):
            continue  # kick-off times, a programme's: no video runs so round
        if all(line.title_like and not line.prose and not _TIMER.match(line.text) for line in titles):
            found.update(dict.fromkeys((line.number for line in rows), "related"))
    return found


def _blurb_above(lines: Sequence[Line], index: int, kinds: dict[int, str], timers: dict[int, str]) -> list[int]:
    """The one or two lines right above a running time, under the player's notice, in one block: the video's
    title and blurb. A story's paragraph is never set between a player's notice and its time. In a rail of videos
    the previous video's time (one of `timers`) stands over the next one's title, a title of one line."""
    for size in (1, 2):
        if index - size - 1 < 0:
            return []
        run = lines[index - size - 1 : index]
        in_block = all(b.number == a.number + 1 for a, b in itertools.pairwise(run))
        blurb = run[1:]
        under_player = kinds.get(run[0].number) in captions.PLAYER_KINDS and all(
            line.number not in kinds for line in blurb
        )
        title = size == 1 and blurb[0].title_like and not blurb[0].prose  # the rail's next video
        under_time = run[0].number in timers and title and kinds.get(blurb[0].number) not in (*META_KINDS, STORY)
        if in_block and (under_player or under_time):
            return [line.number for line in blurb]
    return []


def _entry_index(lines: Sequence[Line], kinds: dict[int, str]) -> dict[int, str]:
    """A live page's index of its key events ("21:02 Full-time reaction"): the page prints each again below,
    its time on one line and its heading on the next, as the entry itself. The index is the page's menu."""
    found = {}
    for index, line in enumerate(lines):
        if line.number in kinds or not (match := _INDEXED_ENTRY.match(line.text)):
            continue
        time, heading = match.groups()
        if any(a.text == time and b.text == heading for a, b in itertools.pairwise(lines[index + 1 :])):
            found[line.number] = "nav"
    return found


_INDEXED_ENTRY = re.compile(r"^(\d{1,2}[:.]\d{2})\s+(\S.{2,})$")
_UPDATE_STAMP = re.compile(
    r"^(?:updated|last updated|posted|published|aktualisiert|actualizado|mis à jour|aggiornato|atualizado|"
    r"bijgewerkt|обновлено|uppdaterad)\b",
    re.IGNORECASE,
)


def _running_heads(lines: Sequence[Line], kinds: dict[int, str]) -> dict[int, str]:
    """A copied document's running head: a row ("REVIEW | Issue 26 | 5 July 2018") or a line in capitals
    printed again on every page. A story does not repeat a line of its own word for word."""

    def key(index: int) -> str | None:
        line = lines[index]
        if line.number in kinds or line.prose or not (line.separated or line.upper) or line.size > 15:
            return None
        if blocks.is_related_header(line) or threads.is_comment_header(line):  # "TE PUEDE INTERESAR" twice
            return None
        return normalise(line.text)

    return dict.fromkeys(_printed_again(lines, key), "page-header")


def _printed_again(lines: Sequence[Line], key: Callable[[int], str | None]) -> list[int]:
    """The numbers of the lines whose key (None: the line does not count) two lines or more share."""
    seen: dict[str, list[int]] = {}
    for index, line in enumerate(lines):
        if (found := key(index)) is not None:
            seen.setdefault(found, []).append(line.number)
    return [number for numbers in seen.values() if len(numbers) >= 2 for number in numbers]


_POSTED_BY = re.compile(r"^[—–-]|@\w|\bpic\.twitter\.com\b")  # an embedded post's attribution: the story's


def repeated_labels(lines: Sequence[Line], kinds: dict[int, str]) -> dict[int, str]:
    """A short line the page prints two or more times, its counts aside ("Reply · Like (14)" under every
    comment, "Advertisement" in every gap, "Share" above and below the story): a button or a label of the
    page's, in whatever language. A story does not say a short line twice; a live blog's times and dated
    entries, an interview's speakers and an embedded post's attribution ("— Name (@handle) July 3, 2018")
    repeat by their nature and stay."""

    def heads(index: int) -> bool:
        """It heads the paragraph under it: an interview's speaker, a subhead (over a match's own data too)."""
        line, after = lines[index], lines[index + 1] if index + 1 < len(lines) else None
        return after is not None and after.number == line.number + 1 and (after.prose or rules.match_data(after))

    def key(index: int) -> str | None:
        line = lines[index]
        if line.number in kinds or line.prose or line.size > 8 or (line.ends_sentence and line.size > 4):
            return None
        if _POSTED_BY.search(line.text) or sum(char.isalpha() for char in line.text) < 2:
            return None  # a time, a score, a count alone: a live blog's entries carry one each
        if meta.is_date_line(line) or meta.bare_name(line.text):
            return None  # a live blog's dated entries, an interview's speakers
        return threads.label_key(line.text)

    # a subhead is kept, though it counts as a copy: a match centre's tab ("Line-ups") over the section it opens
    subheads = {lines[index].number for index in range(len(lines)) if heads(index)}
    return dict.fromkeys((n for n in _printed_again(lines, key) if n not in subheads), "repeated")


def _consent_banner_on_top(lines: Sequence[Line], kinds: dict[int, str]) -> dict[int, str]:
    """The page's first sentence, about cookies, with buttons or the site's menu under it: its consent
    banner, in whatever language ("Ova stranica koristi kolačiće …"), and no story's first paragraph. A
    story that opens on cookies goes on in sentences."""
    found = {}
    for index, line in enumerate(lines[:3]):
        after = lines[index + 1] if index + 1 < len(lines) else None
        if line.number in kinds or not rules.consent_banner(line):
            continue
        if after is not None and (after.number in kinds or not after.prose):
            found[line.number] = "cookie"
    return found


def _foreign_lines(lines: Sequence[Line], kinds: dict[int, str]) -> dict[int, str]:
    """Lines in another writing system than most of the page's text: a portal's widgets around a story
    in another language ("この記事は英語で配信されています。" over an English wire)."""
    weight: dict[str, int] = {}
    for line in lines:
        if line.script is not None:
            weight[line.script] = weight.get(line.script, 0) + line.letters
    total = sum(weight.values())
    if not total:
        return {}
    main = max(weight, key=weight.__getitem__)
    if weight[main] < 0.7 * total:
        return {}  # a page in two scripts: no line is foreign to it
    return {
        line.number: "foreign-widget"
        for line in lines
        if line.number not in kinds and line.script not in (None, main) and line.letters >= 4
    }


# --- what the page says about itself ------------------------------------------------------------


def _as_set(line: Line) -> str:
    """A headline as the page sets it: runs of spaces made one, but a Japanese or Chinese headline's wide
    space between its clauses ("日本、逆転負け　８強ならず") kept, as print and the e-reader should show it."""
    return re.sub(r"[^\S\u3000]+", " ", line.raw or line.text).strip()


def page_meta(lines: Sequence[Line], kinds: dict[int, str]) -> PageMeta:
    """What the lines of these kinds say: the headline's text, the bylines' people, the first date …"""
    of = {kind: [line for line in lines if kinds.get(line.number) == kind] for kind in (*META_KINDS, "footer")}
    of["comment-disclaimer"] = [line for line in lines if kinds.get(line.number) == "comment-disclaimer"]
    people: list[str] = []
    publisher = None
    for line in of["byline"]:
        found = meta.byline(line, near_headline=True) or meta.filed_from(line) or meta.caseless_byline(line)
        if found:
            people += found.people
            publisher = publisher or found.publisher
    if (
        not people
    ):  # signed at the story's end ("（取材・文＝田村健一）", "Kadri Saar, reporter"): the credit names them
        for line in of["credit"]:
            if (found := meta.byline(line, near_headline=False)) and not meta.contributed(line.text):
                people += found.people
    story = [line for line in lines if kinds.get(line.number, STORY) == STORY]
    if not people:  # "【エカテリンブルク（ロシア）24日＝山本健太】…": the first paragraph's dateline names its writer
        people += [name for line in story[:3] if (name := meta.dateline_writer(line.text))][:1]
    masthead = {line.text.casefold(): line.text for line in lines if kinds.get(line.number) in ("nav", "footer")}
    outlets = [masthead[person.casefold()] for person in people if person.casefold() in masthead]
    people = [person for person in people if person.casefold() not in masthead]  # "Por Camila Furtado, Gol Total"
    publisher = _as_the_header_prints(publisher, masthead) or next(iter(outlets), None)
    said_by = "byline" if publisher else None
    for where, found_in in (
        ("dateline", (meta.dateline_agency(line.text) for line in story[:3])),
        ("credit line", (meta.agency_in(line.text) for line in of["credit"] if not meta.contributed(line.text))),
        ("content provider line", (_provider(line.text) for line in lines if kinds.get(line.number, STORY) != STORY)),
        ("masthead", (name for name in (_masthead(lines, kinds),))),
        ("comment disclaimer", (meta.on_behalf_of(line.text) for line in of["comment-disclaimer"])),
        ("copyright line", (_copyright_holder(line.text) for line in of["footer"])),
    ):
        if publisher is None and (publisher := next((name for name in found_in if name), None)):
            said_by = where
    dates = [d for line in of["date"] if (d := meta.find_date(line.text))]
    dates = dates or [d for line in of["byline"] if (d := meta.find_date(line.text))]  # "By X  Jun 17, 2018"
    if not dates and any(meta.TODAY_AT.fullmatch(line.text) for line in of["date"]):
        widgets = [line for line in lines if kinds.get(line.number) == "date-widget"]
        dates = [d for line in widgets if (d := meta.find_date(line.text))]
    return PageMeta(
        headline=_as_set(of["headline"][0]) if of["headline"] else None,
        kicker=of["kicker"][0].text if of["kicker"] else None,
        deck=tuple(line.text for line in of["deck"]),
        people=meta.people_of(people),
        publisher=publisher,
        publisher_from=said_by,
        date=min(dates) if dates else None,
        credits=tuple(line.text for line in of["credit"]),
        photo_credits=tuple(dict.fromkeys(line.text for line in of["photo-credit"])),
    )


def _as_the_header_prints(outlet: str | None, masthead: dict[str, str]) -> str | None:
    """A byline's outlet by its web address ("TSG.ca Staff") as the site's header names it ("TSG"), when it does."""
    if outlet is None:
        return None
    bare = _WEB_ENDING.sub("", outlet).casefold()
    return masthead.get(bare, outlet) if bare != outlet.casefold() else outlet


_WEB_ENDING = re.compile(r"\.(?:com|net|org|co\.uk|co|ca|ie|de|at|ch|fr|es|it|pl|in|com\.\w\w|\w\w)$", re.IGNORECASE)


def _masthead(lines: Sequence[Line], kinds: dict[int, str]) -> str | None:
    """The site's name as its header prints it ("The Courant", "日輪スポーツ"): of the page's first lines, the first
    that no rule takes by its words and that the page names again below the headline, in its footer, trailers or
    boxes ("© Courant Media Group Limited", "… is The Courant's Chief Sports Writer"). The copyright line names
    the company; the masthead is the site the reader knows. A menu's item is not named again."""
    head = next((i for i, line in enumerate(lines) if kinds.get(line.number) == "headline"), None)
    if head is None:
        return None
    below = [line.text for line in lines[head + 1 :] if kinds.get(line.number) in _NAMES_THE_SITE]
    addresses = " ".join(line.text for line in lines[head + 1 :] if _ADDRESS.search(line.text)).casefold()
    for line in [line for line in lines[: min(head, 6)] if _masthead_shaped(line, kinds)][:3]:  # the page's top
        if any(_names(text, line.text) for text in below) or _in_an_address(addresses, line.text):
            return line.text
    return None


# A portal's line naming the site whose story it carries: "© Provided by The Kanto Times".
_PROVIDED = re.compile(
    r"^(?:©\s*)?(?:provided by|content (?:provided )?by|contenido (?:provisto|proporcionado) por|fourni par|"
    r"bereitgestellt von|zur verfügung gestellt von|fornito da|fornecido por)\s+(?P<name>[^.|·©]{2,60}?)\s*$",
    re.IGNORECASE,
)


def _provider(text: str) -> str | None:
    match = _PROVIDED.match(text)
    return match.group("name") if match else None


def _masthead_shaped(line: Line, kinds: dict[int, str]) -> bool:
    """A line of the site's header that no rule takes by its words, a name's length: no menu word, no date."""
    if kinds.get(line.number) not in ("nav", "page-header", "repeated") or _intrinsic(line) is not None:
        return False
    if line.size > 5 or line.separated or line.ends_sentence or " / " in line.text:  # "Login / Register"
        return False
    return not meta.is_date_line(line)


# Where a page names itself below the headline: its footer, its boxes, its trailers and bylines.
_NAMES_THE_SITE = ("footer", "newsletter", "comment-disclaimer", "credit", "byline", "paywall", "cookie", "network")
_ARTICLE_WORDS = {"the", "el", "la", "le", "les", "il", "lo", "der", "die", "das", "de", "o", "a", "los", "las", "l"}


_ADDRESS = re.compile(r"@[\w-]+\.|\bwww\.|https?://")


def _in_an_address(addresses: str, name: str) -> bool:
    """Whether the page's web or e-mail addresses run the name's words together ("tips@dailybeacon.co.uk" names
    "The Daily Beacon"): the site's own address, wherever the page prints it."""
    words = [word for word in re.findall(r"\w+", name.casefold()) if word not in _ARTICLE_WORDS]
    return len(words) >= 2 and bool(re.search(rf"[@./]{''.join(words)}\.[a-z]{{2,}}", addresses))


def _names(text: str, name: str) -> bool:
    """Whether the text names the site: every word of its name but an article ("The Courant" in "Courant
    Media Group"), or the whole name in a script written without spaces ("日輪スポーツ" in "日輪スポーツ新聞社")."""
    words = [word for word in re.findall(r"\w+", name.casefold()) if word not in _ARTICLE_WORDS]
    if not words:
        return False
    if len(words) == 1 and name.casefold() in text.casefold() and not name.isascii():
        return True
    return set(words) <= set(re.findall(r"\w+", text.casefold()))


_HOLDER = re.compile(
    r"(?:(?:©|\(c\)|copyright)\s*:?\s*)+(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*)?(?:©\s*)?(?P<name>[^.|·©]{2,60}?)"
    r"\s*(?:\.|,|\||·|\s[-–—]\s|all rights|todos|tous|alle rechte|tutti i diritti|wszelkie|wszystkie|$)",
    re.I,
)
# What follows a holder's name on a copyright line ("– Alle Rechte vorbehalten", "2018", "- règles d'utilisation").
_AFTER_HOLDER = re.compile(r"\s+[-–—]\s+.*$|\s+(?:19|20)\d\d\b.*$|^(?:provided by|powered by|copyright)\s+", re.I)
_COMPANY = re.compile(
    # the Austrian and Polish forms spelled with their points: "Verlagsgesellschaft m.b.H.", "Okno sp. z o.o."
    r"\b(?:(?:ges\.\s?)?m\.\s?b\.\s?h|sp\.\s?z\s?o\.\s?o|"
    r"ltd|limited|gmbh|mbh|ag|s\.?\s?l|s\.?\s?a|s\.?r\.?l|s\.?p\.?a|sas|sarl|inc|llc|plc|pty|zrt|kft|oyj?|ab|"
    r"a/s|asa|bv|nv|co\.?,? ?ltd|corp|corporation|company|publishers|verlagsgesellschaft|verlag|sportverlag)\b\.?",
    re.I,
)
# A rights notice is no one's name ("© RIPRODUZIONE RISERVATA", "© Tous droits réservés").
_RIGHTS = re.compile(
    r"^(?:riproduzione riservata|all rights reserved|tous droits réservés|alle rechte vorbehalten|"
    r"todos los derechos reservados|todos os direitos reservados|alla rättigheter förbehållna)$",
    re.I,
)


# "… which is copyright and cannot be reproduced": the word said of the material, no holder after it.
_NO_HOLDER = re.compile(r"^(?:and|or|but|which|that|cannot|may|und|oder|et|ou)\b", re.I)


def _copyright_holder(text: str) -> str | None:
    match = _HOLDER.search(_COMPANY.sub("", unicodedata.normalize("NFKC", text)))  # "S.L." ends no name
    if not match:
        return None
    name = match.group("name").strip()
    if _RIGHTS.match(name) or _NO_HOLDER.match(name):
        return None
    name = _AFTER_HOLDER.sub("", name)
    name = re.split(r"\s+(?:or|and|et|y|und)\s+(?:its|their|ses|sus|seine)\b", name)[0]
    name = re.sub(r"(?:\s*&\s*co\.?(?:\s*kg)?|\s+kg)\s*$", "", name, flags=re.I)
    name = normalise(name) and " ".join(name.split()).strip(" ,-&–")
    return name if re.search(r"[^\W\d_]", name) else None  # "Kveldsnytt AS © 2018": a year is no one's name
