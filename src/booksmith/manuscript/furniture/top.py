"""The top of a copied page: the headline, and what stands around it.

The story's opening is anchored by its first paragraph (and the byline or date just above it);
the headline is the title-shaped line above that opening which is long and close to it. Above
the headline stand the kicker and the site's header (menus, breadcrumbs, the date widget);
between it and the first paragraph, the deck, the bylines and the dates.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from . import blocks, lexicon, meta, rules
from .shape import UNPUNCTUATED, Line


def headline(lines: Sequence[Line], kinds: dict[int, str], group_of: dict[int, int]) -> int | None:
    """The index of the headline, above the story's first paragraph (a paragraph with no headline
    above it, a blog's tagline, say, does not count as the first)."""
    limit = min(len(lines), max(16, len(lines) * 2 // 3))
    # A headline that asks is no first paragraph, though it ends like a sentence.
    firsts = (
        i
        for i in range(limit)
        if _story_prose(lines[i], kinds)
        and not _asks(lines[i])
        and not _exclaims(lines[i])
        and not (_two_clauses(lines[i]) and _credit_under(lines, i, kinds))
    )
    for tried, first in enumerate(firsts):
        found = _headline_above(lines, first, kinds, group_of)
        if found is None and tried < 2:
            continue
        if found is not None and tried and sum(1 for line in lines[:found] if line.number in kinds) < 2:
            return None  # a paragraph above it, and no site's header: a story's subhead, not a headline
        if found is not None and tried and any(kinds.get(line.number) in _AFTER_A_STORY for line in lines[:found]):
            return None  # below a comment thread or a footer: a comment's signature, not the headline
        return found
    return None


_AFTER_A_STORY = ("comments", "footer", "comment-disclaimer")


def _headline_above(lines: Sequence[Line], first: int, kinds: dict[int, str], group_of: dict[int, int]) -> int | None:
    """The story's opening is the paragraph at `first`, or, when bylines or dates stand in the few lines
    above it, the first of them. The headline is the title-shaped line above the opening (or just after
    its date) that is long and close to it (bylines, dates and furniture between do not count as
    distance): a kicker is short, a menu item far above, a caption below the byline. Of two candidates
    in a row, the first is the headline and the second its deck."""
    credited = [
        i
        for i in range(_back(lines, first, 14, kinds), first)
        if lines[i].number not in kinds and _credits(lines[i], True) and not meta.is_weekday_date(lines[i])
    ]
    credited = [i for i in credited if not _header_between(lines, i, first, kinds)]  # the site's name, say
    opening = first
    if credited:
        opening = credited[-1]
        while opening - 1 in credited or (opening - 2 in credited and lines[opening - 1].size <= 3):
            opening -= 1 if opening - 1 in credited else 2  # a label between them ("Live Reporting") is theirs

    def shaped(window: Sequence[int]) -> list[int]:
        return [
            i
            for i in window
            if _headline_shaped(lines[i], kinds)
            and not _credited_photo(lines[i])
            and not _runs_on(lines, i, group_of)
            and not (i and _runs_on(lines, i - 1, group_of))  # the rest of a wrapped line
        ]

    candidates = shaped(range(_back(lines, opening, 12, kinds), opening))
    if credited:  # below the credits, never a line of the first paragraph (a hard-wrapped one's first line)
        candidates += [
            i
            for i in shaped(range(opening + 1, min(opening + 3, first)))
            if not _opens(lines, i, first, kinds, group_of) and not _by_a_photo(lines, i, kinds)
        ]  # under the time stamp, a line over a photo's credit is the lead photo's caption
        if not any(lines[i].size >= 5 for i in candidates):  # the credits printed first, the headline after
            candidates += shaped([i for i in range(opening + 1, first) if lines[i].number not in kinds][:2])
    candidates = [i for i in candidates if not _printed_again_below(lines, i, opening)]
    if not candidates:
        return None

    def distance(i: int) -> int:
        between = lines[min(i, opening) + 1 : max(i, opening)]
        return sum(1 for line in between if line.number not in kinds and not _credits(line))

    best: int = max(candidates, key=lambda i: (min(lines[i].size, 30) - 2 * distance(i), -i))
    while (upper := _line_above(lines, best, candidates)) is not None:
        short = lines[upper].size < (3 if _quoted(lines[upper]) else 5)  # “아직 한 경기가 남았다”: a quote, short
        if short and _title_over_subtitle(lines, upper, best, kinds):
            best = upper
            break
        if short or _kicker_over(lines, upper, best, kinds):
            break
        best = upper
    return best


def _title_over_subtitle(lines: Sequence[Line], upper: int, index: int, kinds: dict[int, str]) -> bool:
    """A post's short title over its long subtitle, the byline right under them ("Fourteen seconds in Rostov" / "On
    Japan, Belgium, and the counter-attack that …" / the writer): a phrase in running words, not a kicker. A kicker is
    a label (capitals, a year, a name in title case, the section the menu names) or stands over a headline that
    has a deck of its own."""
    title, subtitle = lines[upper], lines[index]
    under = lines[index + 1] if index + 1 < len(lines) else None
    if under is None or under.number != subtitle.number + 1 or not _credits(under):
        return False  # a deck under the long line: the short one is its kicker
    words = title.text.split()
    running = sum(1 for word in words[1:] if word[:1].islower() and len(word) >= 4)  # "seconds", not "in"
    return (
        len(words) >= 4
        and running >= 1
        and not title.upper
        and not re.search(r"\d", title.text)
        and subtitle.size >= 3 * title.size
        and not _names_the_section(lines, upper, kinds)
    )


def _printed_again_below(lines: Sequence[Line], index: int, opening: int) -> bool:
    """The headline as the site's header prints it too, above the headline itself: the lower copy is the one."""
    return any(other.text == lines[index].text for other in lines[index + 1 : opening])


def _quoted(line: Line) -> bool:
    """A line in quotation marks: a headline that quotes someone, however short (a kicker never is one)."""
    return line.text[:1] in '“"「『‘«„' and line.text.rstrip()[-1:] in '”"」』’»“'


def _line_above(lines: Sequence[Line], index: int, candidates: list[int]) -> int | None:
    """The candidate right above, or above the lead photo's caption set between a headline and its deck."""
    if index - 1 in candidates:
        return index - 1
    if index - 2 in candidates and _credited_photo(lines[index - 1]):
        return index - 2
    return None


def _header_between(lines: Sequence[Line], above: int, below: int, kinds: dict[int, str]) -> bool:
    """Whether a breadcrumb or a menu row stands between the lines: the upper one is in the site's header."""
    return any(
        (line.number not in kinds or _two_spaced_menu(line, kinds))
        and (_CRUMBS.search(line.text) or line.separated or len(lexicon.items(line.raw or line.text)) >= 4)
        and not _credits(line)
        for line in lines[above + 1 : below]
    )


def _two_spaced_menu(line: Line, kinds: dict[int, str]) -> bool:
    """A menu's row copied with two spaces between its items, which the menu rule took ("Home  World  Sport")."""
    return kinds.get(line.number) == "nav" and not line.separated and rules.spaced_row(line)


def _kicker_over(lines: Sequence[Line], upper: int, index: int, kinds: dict[int, str]) -> bool:
    """Whether the line above the headline is its kicker, not the headline over its deck: it names the
    section, or it is a dense script's short label over a line twice its length (such pages have no deck),
    or a paragraph with the byline under it follows the line: that paragraph is the deck."""
    above, line = lines[upper], lines[index]
    dense_label = above.dense and not _quoted(above) and above.size * 2 <= line.size
    if _names_the_section(lines, upper, kinds) or dense_label:
        return True
    below = lines[index + 1] if index + 1 < len(lines) else None  # the deck already, its byline under it
    return (
        below is not None and below.number == line.number + 1 and below.prose and _credit_under(lines, index + 1, kinds)
    )


def _names_the_section(lines: Sequence[Line], index: int, kinds: dict[int, str]) -> bool:
    """A kicker that names the page's section, as the menu or the breadcrumb above it does ("Football -
    Coupe du monde 2018" under "Accueil > Sports > Football > Coupe du monde 2018"): every word of it is
    a word of the site's header."""
    header = {
        word
        for line in lines[:index]
        if line.number in kinds or line.separated or _BREADCRUMB.search(line.text)
        for word in _words(line.text)
    }
    words = _words(lines[index].text)
    return bool(words) and words <= header


def _words(text: str) -> set[str]:
    return set(re.findall(r"\w+", text.casefold()))


def _back(lines: Sequence[Line], index: int, count: int, kinds: dict[int, str]) -> int:
    """Where `count` lines no rule took end, going up from `index`: a share block of twenty buttons between
    the byline and the story is no distance."""
    untaken = 0
    start = index
    while start > 0 and untaken < count:
        start -= 1
        untaken += lines[start].number not in kinds
    return start


def _opens(lines: Sequence[Line], i: int, first: int, kinds: dict[int, str], group_of: dict[int, int]) -> bool:
    """Whether the line is the first of the paragraph at `first`, wrapped: nothing between them but its lines."""
    group = group_of[lines[first].number]
    return all(lines[j].number not in kinds and group_of[lines[j].number] == group for j in range(i, first))


def _runs_on(lines: Sequence[Line], i: int, group_of: dict[int, int]) -> bool:
    """Whether the line's sentence goes on into the next line of its paragraph (a hard-wrapped paragraph's
    first line is title-shaped too)."""
    if i + 1 >= len(lines) or group_of[lines[i + 1].number] != group_of[lines[i].number]:
        return False
    following = lines[i + 1]
    if _credits(following, True):
        return False  # "by Daniel Orr" under the headline starts in lower case, and is no sentence's rest
    return following.text[:1].islower() or bool(_DANGLING.search(lines[i].text))


# A line that stops on one of these words was cut by a line break, not finished: no headline ends so.
_DANGLING = re.compile(
    r"\b(?:the|a|an|of|to|in|on|for|and|or|but|with|at|by|from|as|that|which|who|is|was|were|are|be|has|have|had|"
    r"der|die|das|und|von|mit|el|la|los|las|de|del|y|en|le|les|des|et|du|il|di|e|che)$"
)  # in lower case: a line that ends "Gruppe E" names a group, it is not cut off after "e" (and)


def _credits(line: Line, strict: bool = False) -> bool:
    """A byline or a date; `strict`: not a bare name, which a menu item can look like."""
    if meta.is_date_line(line):
        return True
    found = meta.byline(line, near_headline=True)
    if found is None:
        return False
    said = bool(re.match(r"(?i)(?:by|written by|von|por|par)\s", line.text))  # "By …" is no menu item
    return not strict or said or found.publisher is not None or not meta.bare_name(line.text)


def _story_prose(line: Line, kinds: dict[int, str]) -> bool:
    """A line of running text no rule took, and no photo's caption (which ends on its credit): the story's
    first paragraph is never a caption, so the label above a caption is never taken for the headline."""
    return line.prose and line.number not in kinds and not rules.caption(line)


def _prose_follows(lines: Sequence[Line], index: int, kinds: dict[int, str]) -> bool:
    return any(_story_prose(line, kinds) for line in lines[index + 1 : index + 16])


_CRUMBS = re.compile(r"\s[›>＞»/]\s|＞")  # "Accueil > Sports > Football"
_BREADCRUMB = re.compile(r"\s[›>＞»/]\s|＞|^(?:this article is more than|from the section)\b", re.IGNORECASE)


def _headline_shaped(line: Line, kinds: dict[int, str]) -> bool:
    if kinds.get(line.number) not in (None, "nav") or not line.title_like or line.size < 3:
        return False
    if kinds.get(line.number) == "nav" and (line.size < 5 or rules.spaced_row(line) or rules.on_air(line)):
        return False  # a menu's row, its items two spaces apart, or the channel's banner is no headline
    if (line.upper and line.size < 5) or _BREADCRUMB.search(line.text) or _credits(line):
        return False
    if line.prose and not _asks(line) and not _exclaims(line) and not _two_clauses(line):
        return False
    if rules.caption(line):
        return False
    return not blocks.is_related_header(line)


def _asks(line: Line) -> bool:
    """A headline that asks ("… wordt dat de tegenstander van de Rode Duivels?"): one question, no sentence
    before it, not a paragraph's length."""
    return line.text.endswith(("?", "？")) and line.size <= 25 and not re.search(r"[.!?。！？]\s", line.text[:-1])


def _two_clauses(line: Line) -> bool:
    """A headline or a deck of two clauses parted by a full stop, with none at its end ("Giappone-Polonia, le pagelle:
    Bednarek da 7, Hasebe entra e ferma il tempo. Kawashima si riscatta"): it reads as prose, but a paragraph ends on
    its full stop."""
    return (
        line.prose
        and not line.ends_sentence
        and line.size <= 30
        and line.sentences <= 2
        and not line.separated
        and line.text[-1:].isalnum()
    )


def _exclaims(line: Line) -> bool:
    """A dense script's headline whose clauses an exclamation or a question parts ("本田が日本人初3大会連続弾！2度
    追いつきセネガルとドロー"): no full stop in it, none at its end, a headline's length."""
    if line.script in UNPUNCTUATED:
        return False  # Thai ends no sentence on a mark: its paragraph would pass for a headline that exclaims
    return line.dense and not line.ends_sentence and "。" not in line.text and line.size <= 30


def header(lines: Sequence[Line], head: int, kinds: dict[int, str]) -> list[tuple[int, str, str]]:
    """The headline, the kicker right above it, and the site's header above that: its lines that are not
    sentences are its furniture; a sentence there is kept, as a doubt (line, kind, why)."""
    doubts: list[tuple[int, str, str]] = []
    kinds[lines[head].number] = "headline"
    above = _over_the_headline(lines, head, kinds)
    kicker = above is not None and kinds.get(above.number, "page-header") == "page-header" and _kicker_shaped(above)
    kicker = kicker or (above is not None and _live_badge_on(above, lines[head], kinds))
    if above is not None and kicker and not _ends_a_menu(lines, lines.index(above), head):
        kinds[above.number] = "kicker"  # a section's label the header prints too ("WORLD CUP") is no running head
    for line in lines[:head]:
        if line.number in kinds:
            continue
        if rules.consent_banner(line):
            kinds[line.number] = "cookie"  # the site's consent banner, in whatever language, speaks of cookies
            continue
        if meta.is_date_line(line):  # the article's own time stamp, or the site's today's date
            kinds[line.number] = "date-widget" if meta.is_weekday_date(line) else "date"
        elif line.prose or _a_sentence(line):
            doubts.append((line.number, "nav", "a sentence above the headline, among the site's header"))
        else:
            kinds[line.number] = "nav"
    return doubts


def _live_badge_on(above: Line, headline: Line, kinds: dict[int, str]) -> bool:
    """A live page's badge set right on its headline ("LIVE" / "Colombia 1 Japan 2 LIVE RESULT: …"): a menu's word,
    which the menu rule took, but the kicker there. A menu's last item stands apart from the headline."""
    on_it = above.number == headline.number - 1
    return kinds.get(above.number) == "nav" and on_it and bool(lexicon.LIVE_BADGE.match(above.text))


def _ends_a_menu(lines: Sequence[Line], index: int, head: int) -> bool:
    """Whether the line closes a block of three lines or more, a blank line between it and the headline: the last
    item of a menu set one a line ("Report" / "Live Text" / "Line-ups" / "Match Stats"). A kicker sits with its
    headline, or alone."""
    line = lines[index]
    apart = lines[head].number > line.number + 1
    return apart and index >= 2 and lines[index - 2].number == line.number - 2


def _over_the_headline(lines: Sequence[Line], head: int, kinds: dict[int, str]) -> Line | None:
    """The line right above the headline, past a paid story's badge set between them ("World Cup 2018" /
    "Premium" / the headline): the kicker's place."""
    index = head - 1
    badge = index > 0 and kinds.get(lines[index].number) == "paywall" and lines[index].size <= 3
    if badge and lines[index - 1].number == lines[index].number - 1:
        index -= 1
    return lines[index] if index >= 0 else None


def _a_sentence(line: Line) -> bool:
    """A short sentence, finished: a menu, a breadcrumb or a date widget never ends on a full stop."""
    return line.size >= 4 and line.text[:1].isupper() and line.text.rstrip().endswith((".", "!", "。", "！"))


def late_bylines(body: Sequence[Line], kinds: dict[int, str]) -> dict[int, str]:
    """A byline some templates set after the story's first paragraph or its lead photo, within the body's
    first lines: a labelled one ("Text: Lukas Hinterberger / Fotos: …") or a name with its role ("Jonas
    Ekdahl, sportkorrespondent"), and the role or city line right under it. A bare name there stays."""
    found: dict[int, str] = {}
    for index, line in enumerate(body[:8]):
        if line.number in kinds or line.prose or meta.is_trailer(line) or meta.is_date_line(line):
            continue  # "Reporting by …; Editing by …" is the agency's trailer, a credit
        if not meta.plain_byline(line):
            continue
        found[line.number] = "byline"
        if index + 1 >= len(body):
            continue
        under = body[index + 1]
        beside = under.number == line.number + 1 and under.number not in kinds
        if beside and under.size <= 3 and (meta.byline(under, True) or re.fullmatch(r"[^\W\d_][\w'’ -]*", under.text)):
            found[under.number] = "byline"  # "Jekaterinburg": where the writer filed from
    return found


def _byline_taken_for_furniture(line: Line, kinds: dict[int, str]) -> bool:
    """Under the headline, a byline a furniture rule took: "Posted by Gaz Whitmore on 18 June 2018" (an
    embed's label elsewhere), or a writer's e-mail address in a page of another script (a foreign widget
    elsewhere; a menu row in Latin letters under a Korean headline stays one)."""
    kind = kinds.get(line.number)
    if kind == "embed-label":
        return meta.byline(line, near_headline=True) is not None
    if kind == "foreign-widget":
        return bool(re.fullmatch(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+", line.text)) or meta.plain_byline(line)
    return False


def _under_a_byline(lines: Sequence[Line], index: int, kinds: dict[int, str]) -> bool:
    """Right under a byline, in its block: "Reporter, CNB Toronto" under "Marta Kovačević · CNB Sports", or
    under the writer's follow button set after the name ("Arjun Menon" / "FOLLOW" / "Feature Writer")."""
    number = lines[index].number
    for above in reversed(lines[max(0, index - 3) : index]):
        if above.number != number - 1:
            return False  # a blank line between: another block
        if kinds.get(above.number) == "byline":
            return True
        if kinds.get(above.number) != "share":
            return False
        number = above.number
    return False


def _said_again(lines: Sequence[Line], index: int) -> bool:
    """Whether another line of the page says the same: a menu's item or a topic, which a page prints twice."""
    return any(other.text == lines[index].text for other in lines if other.number != lines[index].number)


def _deck_shaped(line: Line) -> bool:
    """A standfirst: a sentence's length, set as a title (no full stop, no colon), not a list's line. A Korean
    word is a noun with its particles: five of them say what eight English words do."""
    text = line.text.rstrip()
    shortest = 5 if line.script == "HANGUL" else 8
    return (
        shortest <= line.size <= 45 and line.title_like and not text.endswith((".", ":", "：", "。")) and not line.upper
    )


def _deck_may_go_on(lines: Sequence[Line], head: int, index: int, kinds: dict[int, str]) -> bool:
    """Whether a deck may stand at `index`: only furniture above it, up to the headline, and no deck, unless the
    standfirst is a list of points, each bulleted ("• Kane scores twice …" / "• Sassi penalty …"), or a second
    sub-headline right under the first with the byline under both ("김영권·손흥민 …" / "스웨덴, …" / "박준호 기자")."""
    above = lines[head + 1 : index]
    if not all(other.number in kinds for other in above):
        return False
    decks = [other for other in above if kinds[other.number] == "deck"]
    if not decks:
        return True
    if _DECK_BULLET.match(lines[index].text) and all(_DECK_BULLET.match(other.text) for other in decks):
        return True
    return decks[-1].number == lines[index].number - 1 and _credit_under(lines, index, kinds)


_DECK_BULLET = re.compile(r"^[•●▪■◆►▶–—-]\s+\S")


def _credit_under(lines: Sequence[Line], index: int, kinds: dict[int, str]) -> bool:
    """Whether a byline or a time stamp follows within two lines, past the lead photo's caption and credit."""
    following = [
        other
        for j, other in enumerate(lines[index + 1 : index + 6], start=index + 1)
        if not (_by_a_photo(lines, j, kinds) and other.prose) and kinds.get(other.number) != "photo-credit"
    ]
    return any(meta.is_stamp(o) or meta.byline(o, True) for o in following[:2])


def _credited_photo(line: Line) -> bool:
    """A caption by its own credit: "… (AFP)", "© …", "…（撮影・森田悠）"."""
    return bool(
        rules.caption(line)
        or "©" in line.text
        or re.search(r"\((?:afp|ap|reuters|kyodo|efe|dpa|epa)\)$", line.text, re.I)
        or _PHOTOGRAPHER.search(line.text)
    )


_PHOTOGRAPHER = re.compile(r"[（(](?:撮影|写真|사진|摄影|攝影|foto|photo)\s*[・:：=＝]\s*[^）)]{1,20}[）)]$", re.I)


def _by_a_photo(lines: Sequence[Line], index: int, kinds: dict[int, str]) -> bool:
    """Whether the line is a photo's caption: it carries a credit, or a gallery's counter or a credit is next to it."""
    line = lines[index]
    if _credited_photo(line):
        return True
    near = [lines[j] for j in (index - 1, index + 1) if 0 <= j < len(lines)]
    return any(
        kinds.get(other.number) in ("gallery-counter", "photo-credit") or rules.photo_credit(other) for other in near
    )


def _photographer_under_caption(lines: Sequence[Line], index: int, kinds: dict[int, str]) -> bool:
    """A name in capitals closing the lead photo's block, under its caption: the photographer's credit, as papers
    set it under the byline ("Cristiano Ronaldo à saída do relvado" / "RITA AMARAL"). The writer's name in capitals
    stands under the headline or the deck, which are taken."""
    line, above = lines[index], lines[index - 1]
    after = lines[index + 1] if index + 1 < len(lines) else None
    if not line.upper or not meta.bare_name(line.text) or (after is not None and after.number == line.number + 1):
        return False
    return above.number == line.number - 1 and above.number not in kinds and above.size >= 4 and not above.upper


def _key_points(lines: Sequence[Line], index: int, kinds: dict[int, str]) -> list[int]:
    """A standfirst set as a box under the headline: its label ("Key points:", "L'essentiel") and two to six points
    one a line, the box's block to its end. The label alone, or over a paragraph, is the story's subhead; a longer
    block is a list."""
    label = lines[index]
    if not lexicon.KEY_POINTS.match(label.text):
        return []
    block = [label]
    for line in lines[index + 1 : index + 8]:  # a seventh point, in the block, makes it no box
        if line.number != block[-1].number + 1:
            break
        block.append(line)
    points = block[1:]
    if not 2 <= len(points) <= 6 or any(point.number in kinds or point.size > 40 for point in points):
        return []
    return [line.number for line in block]


def _heads_a_list(lines: Sequence[Line], index: int, kinds: dict[int, str]) -> bool:
    """A list's header between the headline and the story, another story's headline right under it: the
    opening ends there. A link by the byline ("More articles by this author") has the time stamp under it."""
    line, under = lines[index], lines[index + 1] if index + 1 < len(lines) else None
    if under is None or under.number != line.number + 1 or under.number in kinds or not under.title_like:
        return False
    if under.prose or meta.is_date_line(under) or meta.byline(under, near_headline=True):
        return False
    return blocks.is_related_header(line)


def _kicker_shaped(line: Line) -> bool:
    if line.size > 8 or line.separated or line.ends_sentence or meta.is_date_line(line):
        return False
    return not _BREADCRUMB.search(line.text) and not re.search(r"\S\s*[/＞>]\s*\S", line.text)


def opening(lines: Sequence[Line], head: int, kinds: dict[int, str]) -> int:
    """The lines between the headline and the story's first paragraph: deck, byline, dates. Returns
    the index the body starts at."""
    index = head + 1
    deck_open = True
    while index < len(lines) and index <= head + 14:
        line = lines[index]
        if _byline_taken_for_furniture(line, kinds):
            kinds[line.number] = "byline"
        if line.number in kinds:
            index += 1
            continue
        if box := _key_points(lines, index, kinds):
            kinds.update(dict.fromkeys(box, "deck"))  # "Key points:" and its points, the standfirst as a box
            index += len(box)
            continue
        if _heads_a_list(lines, index, kinds):
            break  # "Quick Links" over other pages' headlines: the body's blocks take it, and its list
        if meta.is_date_line(line):
            kinds[line.number] = "date"
            deck_open = False
        elif not deck_open and _photographer_under_caption(lines, index, kinds):
            kinds[line.number] = "photo-credit"  # "RITA AMARAL" under the lead photo's caption
        elif meta.byline(line, near_headline=index <= head + 4 or _under_a_byline(lines, index, kinds)):
            kinds[line.number] = "byline"  # a bare name only right under the headline, a role under its byline
            deck_open = False
        elif index <= head + 4 and meta.caseless_byline(line):
            kinds[line.number] = "byline"  # "अंकित त्रिपाठी, नई दिल्ली" under the headline or its deck
            deck_open = False
        elif _BREADCRUMB.search(line.text) and line.size <= 10 and not line.prose:
            kinds[line.number] = "nav"  # "From the section World Cup", "Sport > Football" under the headline
        elif _under_a_byline(lines, index, kinds) and meta.filed_from(line) and not _said_again(lines, index):
            kinds[line.number] = "byline"  # "Moscú", "Kazan (RUS)", "The Canadian Press" under the writer's name
        elif (
            deck_open
            and _deck_shaped(line)
            and not _by_a_photo(lines, index, kinds)
            and _deck_may_go_on(lines, head, index, kinds)
        ):
            kinds[line.number] = "deck"  # a standfirst with no full stop, right under the headline
        elif line.prose and _by_a_photo(lines, index, kinds) and _credit_under(lines, index, kinds):
            pass  # the lead photo's caption, with the byline under it: the story has not begun
        elif line.prose:
            # A deck stands right under the headline, and the byline or date right under it: a paragraph
            # with anything else above it, or no credit below, is the story's first.
            above = lines[head + 1 : index]
            right_under = all(other.number in kinds and kinds[other.number] != "deck" for other in above)
            credited = _credit_under(lines, index, kinds)
            if not (deck_open and right_under and credited and line.size <= 60):
                break
            kinds[line.number] = "deck"
        index += 1
    return index
