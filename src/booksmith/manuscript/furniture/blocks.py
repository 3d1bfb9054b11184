"""Furniture that comes as a list: other stories under their header, a gallery's repeated captions, topics
one a line (boxes with buttons are `boxes`, reader-comment threads are `threads`).

Each finder takes the page's lines and the roles decided so far and returns the lines it takes,
by number, with the kind. A block is only ever taken from its header on, and it ends where its
shape ends (a paragraph of prose ends a list of headlines), so a story's own subhead or list is
never swallowed by the block before it.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Mapping, Sequence

from . import lexicon
from .captions import copy_credit
from .kinds import is_furniture
from .lexicon import normalise
from .meta import MONTH_WORDS, RELATIVE_TIME, bare_name, find_date, is_date_line
from .shape import Line

Taken = dict[int, str]  # line number → kind

_NUMBERED = re.compile(r"^(?:\d{1,2}[.)]?\s+|[①-⑳]\s*)\S")
_READ_MORE = re.compile(r"^(?:read more|continue reading|read the full)\b", re.IGNORECASE)
_PAGING = {"previous", "next", "prev", "more", "show more", "see all", "view all", "←", "→", "older", "newer"}
_IN_CATEGORY = re.compile(r'^in ["“].+["”]$', re.IGNORECASE)


def is_related_header(line: Line) -> bool:
    if line.size > 7 or line.ends_sentence:
        return False
    text = normalise(line.text)
    text = re.sub(r"\s*(?:\.\.\.|…|\.)+$", "", text)
    if text in lexicon.RELATED or text in ("read more", "more", "watch", "see more", "más", "mehr", "plus"):
        return True  # the words, or a bare label over the other stories' headlines ("READ MORE")
    if any(text.startswith(header + " ") for header in _OPEN_HEADERS):
        return True  # "Most read in News", "Lo más visto en …", "More from Reuters"
    if any(text.endswith(" " + header) for header in _CLOSING_HEADERS):
        return True  # "한결일보 주요 뉴스": the site's name, then the list's
    if (label := lexicon.RELATED_PREFIX.match(line.text)) and not line.text[label.end() :].strip(" :|›»>→–—"):
        return True  # the label of a single link, alone on its line ("Related Article"): the link is below
    if lexicon.RELATED_LABEL.match(line.text):
        return True  # "LEE TAMBIÉN", "Also read:" over the link
    return bool(
        re.match(
            r"^(?:(?:read )?more (?:from|on|in|stories from|about)|most read in|around|also on|elsewhere on|"
            r"recommended (?:from|by)|see all from|more news from)\b",
            text,
        )
    )


def related_lists(
    lines: Sequence[Line], taken: Mapping[int, str], is_story_prose: Callable[[int], bool], group_of: Mapping[int, int]
) -> Taken:
    """A list of other stories under its header ("Most read", "関連記事", "Te puede interesar"), and single
    labelled ones ("Read more: …", "Lire aussi | …"). The list is the rest of the header's paragraph and
    the paragraphs after it that hold nothing but entries; it never takes a line that stands alone above
    a paragraph of the story (that is the story's subhead)."""
    found: Taken = {}
    for index, line in enumerate(lines):
        # A header the lexicon took already ("RELATED NEWS", "Читайте также") still takes its entries.
        if line.number in found or taken.get(line.number, "related") not in ("related", "repeated"):
            continue
        if line.number in taken and not is_related_header(line):
            continue
        if not is_related_header(line):
            if labelled_link(line) or here_link(line):
                found[line.number] = "read-more" if _READ_MORE.match(line.text) else "related"
            continue
        if (teaser := _teaser_over(lines, index, taken, group_of)) is not None:
            found[line.number] = "read-more"  # the teaser's button, under its headline: it heads no list
            if teaser.number not in taken:
                found[teaser.number] = "related"
            continue
        entries: Taken = {}
        for j in range(index + 1, len(lines)):
            entry = lines[j]
            kind = taken.get(entry.number)
            if kind is not None:
                if kind in _ENDS_A_LIST:
                    break
                continue  # a date, a source, an ad between the entries
            if is_related_header(entry):
                break  # the next list: the loop finds it
            new_paragraph = group_of[entry.number] != group_of[lines[j - 1].number]
            if not _list_entry(entry):
                break
            if new_paragraph and not _all_entries(lines, j, taken, group_of):
                break
            if _paragraph_size(lines, j, group_of) == 1 and _heads_a_paragraph(lines, j, is_story_prose):
                break  # alone above a paragraph of the story: its subhead, not the list's last entry
            if _heads_a_story_list(lines, j, taken):
                break  # "Player ratings (out of 10)" over "Name – 4" rows: the story's own list and its title
            entries[entry.number] = "read-more" if _READ_MORE.match(entry.text) else "related"
        if entries:  # a header with no entries under it is the story's own line ("Latest", say)
            found[line.number] = "related"
            found.update(entries)
    return found


_OPEN_HEADERS = (
    "most read", "most popular", "lo más visto", "lo más leído", "more from", "latest from", "top stories",
    "ランキング",
    "ranking", "most viewed", "most shared", "most commented", "mer från", "mehr aus", "mehr von", "plus de",
    "más de", "altro da", "meer over", "więcej z", "еще из",
    "ещё из", "daha fazla", "lebih banyak", "thêm từ", "更多", "인기", "많이 본", "más noticias de", "les plus lus",
    "mest lästa i", "nejčtenější z", "další zprávy z", "mest læste i", "mest lest i", "luetuimmat",
    "i più letti di", "as mais lidas", "mais lidas de", "en çok okunan", "cele mai citite", "legolvasottabb",
    "עוד", "siste nytt fra", "mer fra", "lisää aiheesta", "ще з", "більше з", "بیشتر از",
    "next up in", "up next in", "more in", "als nächstes in", "a continuación en", "à suivre dans", "a seguir em",
)  # fmt: skip
_CLOSING_HEADERS = (
    "주요 뉴스", "주요뉴스", "많이 본 뉴스", "인기 기사", "의 다른 기사", "ニュース一覧", "の関連記事", "热门新闻",
)  # fmt: skip
_ENDS_A_LIST = ("comments", "footer", "newsletter", "headline", "byline", "deck", "kicker")


def _all_entries(lines: Sequence[Line], j: int, taken: Mapping[int, str], group_of: Mapping[int, int]) -> bool:
    """Whether the paragraph that starts at `j` holds nothing but list entries (and furniture)."""
    group = group_of[lines[j].number]
    members = [line for line in lines[j:] if group_of[line.number] == group]
    return all(line.number in taken or _list_entry(line) for line in members)


def labelled_link(line: Line) -> bool:
    """A single other story under a label: "Read more: …", "Also read › …", "Lire aussi | …". A sentence that
    starts with the same words ("Read more books, the coach said.") has no mark after them and reads on."""
    match = lexicon.RELATED_PREFIX.match(line.text)
    strong = bool(_STRONG_LABEL.match(line.text))  # "Leggi anche Mondiali, la Croazia …": no sentence starts so
    if match is None or (line.prose and not (strong and not line.text.endswith("."))) or line.size > 30:
        return False
    label = re.match(r"^\S+(?:\s+\S+)?(?:\s+\S+)?", line.text)
    after = line.text[match.end() - 1 :]
    marked = bool(re.match(r"^\S+(?:\s+\S+){0,2}\s*[:：|｜›»>→–—]", line.text))
    marked = marked or line.text.startswith(("【", "「", "[", "▶", "►"))
    sentence = "," in line.text and line.ends_sentence  # "Related: the fans' clean-up, praised by FIFA."
    return (marked and not sentence) or (
        label is not None and ("," not in line.text or strong) and not line.ends_sentence and bool(after)
    )


def here_link(line: Line) -> bool:
    """A link that ends by pointing at itself ("熱戦フォト特集はこちら", "… 바로가기", "… click here"): no sentence
    ends so, and a story's line that says "here" ends on its full stop."""
    return line.size <= 30 and not line.ends_sentence and bool(_HERE.search(line.text))


_HERE = re.compile(
    r"(?:はこちら|こちらから|바로가기|点击(?:这里|此处|查看)|點擊(?:這裡|查看)|click here|cliquez ici|clique aqui|"
    r"haz clic aquí|klicken sie hier|clicca qui|klik hier|kliknij tutaj)\s*[>›»≫▶]*$",
    re.IGNORECASE,
)


_STRONG_LABEL = re.compile(
    r"^(?:read more:|guarda anche|"
    r"leggi anche|lire aussi|à lire aussi|lees ook|läs också|läs även|czytaj (?:też|także)|zobacz (?:też|także)|"
    r"baca juga|tonton juga|читайте также|lesen sie auch|leia também|veja também|lee también|lea también|"
    r"te puede interesar|le puede interesar|les puede interesar|"
    r"also read|read also|関連記事|관련기사|اقرأ أيضا|citește și|lue myös|קראו עוד|קראו גם)"
    r"(?:\s*[:：|｜]\s*|\s)",
    re.IGNORECASE,
)


def _paragraph_size(lines: Sequence[Line], j: int, group_of: Mapping[int, int]) -> int:
    return sum(1 for line in lines if group_of[line.number] == group_of[lines[j].number])


def _teaser_over(
    lines: Sequence[Line], index: int, taken: Mapping[int, str], group_of: Mapping[int, int]
) -> Line | None:
    """The headline a read-on button closes ("Krychowiak: To moja wina" / "Czytaj więcej"): a block of the two, the
    button last. Such a box is one link; what follows it is the page's next block, no entry of a list."""
    line = lines[index]
    if index == 0 or line.size > 3:
        return None
    above = lines[index - 1]
    block = [other for other in lines if group_of[other.number] == group_of[line.number]]
    if [other.number for other in block] != [above.number, line.number]:
        return None
    if taken.get(above.number) in ("related", "read-more"):
        return above  # "ZOBACZ TEŻ: …" / "Czytaj więcej": a labelled link and its button
    return above if above.number not in taken and above.title_like and not above.prose and above.size >= 4 else None


# A row of a story's own list: a name and its number (a rating, a score, a tally): "Wojciech Szczęsny – 4",
# "For: 31", "France 7". A list of other stories holds headlines, never such a row.
_SCORED_ROW = re.compile(r"^[^\d|]{2,40}?(?:\s*[–—:-]\s*|\s+)\(?\d{1,3}(?:[.,]\d{1,2})?(?:\s*/\s*10)?\)?$")


def story_row(line: Line) -> bool:
    """Whether the line is a row of the story's own list of names and numbers (no date: "June 4" is a list's)."""
    return line.size <= 8 and bool(_SCORED_ROW.match(line.text)) and find_date(line.text) is None and not _dated(line)


def _dated(line: Line) -> bool:
    return any(word.lower().rstrip(".") in MONTH_WORDS for word in re.findall(r"[^\W\d_]+", line.text))


def _heads_a_story_list(lines: Sequence[Line], j: int, taken: Mapping[int, str]) -> bool:
    """Whether the two lines under `j` are rows of the story's own list (past a blank line)."""
    rows = lines[j + 1 : j + 3]
    return len(rows) == 2 and all(row.number not in taken and story_row(row) for row in rows)


def _list_entry(line: Line) -> bool:
    """An entry of a list of stories: a headline, its number, its date, source or reading time; never a row of
    the story's own list of names and numbers."""
    if story_row(line):
        return False
    text = normalise(line.text)
    if text in _PAGING or lexicon.COUNTER.match(text) or _IN_CATEGORY.match(line.text):
        return True
    if (
        is_date_line(line)
        or (find_date(line.text) and line.size <= 6)
        or (RELATIVE_TIME.search(line.text) and line.size <= 5)
    ):
        return True
    if re.fullmatch(r"\d{1,3}", text) or re.search(r"\d+\s*min(?:ute)?s? read", text):
        return True
    if line.text.rstrip().endswith(("...", "…")) and line.size <= 30:
        return True
    if _NUMBERED.match(line.text) and line.size <= 30:
        return True
    if line.text.endswith(("?", "？")) and line.sentences == 1 and line.size <= 20:
        return True  # a headline that asks ("Power rankings: who is rising?")
    if line.dense and line.size <= 25 and line.sentences <= 2:
        return True  # a Japanese or Chinese headline may hold a 。 ("…の理由。本人が語る")
    return not line.prose and line.size <= 26 and not line.text.endswith((":", "："))


def _heads_a_paragraph(lines: Sequence[Line], j: int, is_story_prose: Callable[[int], bool]) -> bool:
    return j + 1 < len(lines) and is_story_prose(lines[j + 1].number)


def links_under_a_label(lines: Sequence[Line], taken: Mapping[int, str], group_of: Mapping[int, int]) -> Taken:
    """A read-on button set over another story's headline ("Seguí leyendo" / "La carta de Cavani …"), the two
    a block of their own: the headline is the link's. A story's paragraph (prose) under the button is its rest."""
    found: Taken = {}
    for label, link in itertools.pairwise(lines):
        if taken.get(label.number) not in ("read-more", "related") or link.number in taken:
            continue
        block = [line for line in lines if group_of[line.number] == group_of[label.number]]
        if [line.number for line in block] != [label.number, link.number]:
            continue
        if link.title_like and not link.prose and link.size >= 4:
            found[link.number] = "related"
    return found


def gallery_copies(lines: Sequence[Line], taken: Mapping[int, str], lead: Sequence[Line] = ()) -> Taken:
    """A caption a gallery prints again, often with its credit glued on: the later copy is taken. `lead`: the
    lines between the headline and the body (the lead photo's caption), whose copy counts in a gallery only."""
    found: Taken = {}
    seen: list[tuple[str, int]] = [
        (key, line.number) for line in lead if line.number not in taken and len(key := normalise(line.text)) >= 25
    ]
    lead_numbers = {number for _, number in seen}
    text_of = {other.number: other.text for other in (*lead, *lines)}
    for index, line in enumerate(lines):
        key = normalise(line.text)
        if line.number not in taken and len(key) >= 25:
            earlier = next((number for text, number in seen if key.startswith(text) or text.startswith(key)), None)
            in_gallery = _near(lines, index, taken, "gallery-counter")
            copied = earlier is not None and (in_gallery or _longer_copy(key, earlier, seen, lead_numbers))
            if earlier is not None and copied and _adds_no_words_of_its_own(line.text, text_of[earlier]):
                found[line.number] = "caption-copy"
                continue
        if line.number not in taken and len(key) >= 25:
            seen.append((key, line.number))
    return found


def _adds_no_words_of_its_own(copy: str, caption: str) -> bool:
    """Whether a copy of a caption adds no more than a credit ("…91.Foto: EFE"): a line of the story that begins
    as a caption does goes on in words of its own ("… in St Petersburg, said the coach."), and stays."""
    if not copy.startswith(caption) or len(copy) <= len(caption):
        return True  # the same words, spelt or spaced another way, or fewer of them
    return copy_credit(caption, copy) is not None


def _longer_copy(key: str, earlier: int, seen: list[tuple[str, int]], lead: set[int]) -> bool:
    """Whether the line is the body's caption printed again with more (its credit): the lead photo's caption
    is copied only by a gallery, and a paragraph may begin as the deck above it did."""
    return earlier not in lead and len(key) > len(next(text for text, number in seen if number == earlier))


def _near(lines: Sequence[Line], index: int, taken: Mapping[int, str], kind: str) -> bool:
    return any(taken.get(lines[j].number) == kind for j in range(max(0, index - 1), min(len(lines), index + 2)))


def pull_quotes(lines: Sequence[Line], taken: Mapping[int, str], group_of: Mapping[int, int]) -> Taken:
    """A pull quote: a quotation the page prints again in large type, as a paragraph of its own (its speaker's
    name and role under it, "Fernando Santos, seleccionador nacional"), which one of the story's paragraphs gives
    with more around it, above or further below. A quotation the story gives once is the story's, and so is one
    right over the paragraph that gives it: that is the section's subhead (« Il était déjà comme ça à huit ans »)."""
    found: Taken = {}
    for index, line in enumerate(lines):
        quote = _QUOTATION.match(line.text)
        if line.number in taken or quote is None or len((words := _words_of(quote.group("words"))).split()) < 8:
            continue  # a word or two in quotation marks may well be said twice
        block = [other for other in lines if group_of[other.number] == group_of[line.number]]
        speaker = block[1] if len(block) == 2 and block[0] is line and _speaker(block[1], taken) else None
        if len(block) != (2 if speaker else 1):
            continue  # a paragraph that opens on a quotation and goes on is the story's
        under = next((other for other in lines[index + len(block) :] if other.number not in taken), None)
        sources = [other for other in lines if other is not line and _gives(other, words)]
        if sources and under not in sources:
            found[line.number] = "pull-quote"
            found.update({speaker.number: "pull-quote"} if speaker else {})
    return found


def _gives(line: Line, words: str) -> bool:
    """Whether the line gives the quotation's words, with more around them (its speaker, the sentence it is in)."""
    more = _words_of(line.text)
    return words in more and more != words


# A line that is a quotation and nothing more, in the marks of any language: “…”, «…», „…“, 「…」.
_QUOTATION = re.compile(r"^[“\"«„‘‚「『]\s*(?P<words>[^“”\"«»„]+?)\s*[”\"»“’‘」』]$")


def _words_of(text: str) -> str:
    """The text's words alone, in lower case: a quotation as a paragraph and as its pull quote give it alike."""
    return " ".join(re.findall(r"\w+", text.casefold()))


def _speaker(line: Line, taken: Mapping[int, str]) -> bool:
    """A pull quote's attribution: a name, then maybe a role after a comma ("— Fernando Santos, seleccionador")."""
    name = re.split(r",\s*", line.text.lstrip("—–- "))[0]
    return line.number not in taken and line.size <= 10 and not line.ends_sentence and bare_name(name)


def tag_lists(lines: Sequence[Line], taken: Mapping[int, str], group_of: Mapping[int, int]) -> Taken:
    """Topics one a line under their header ("Temas relacionados", "Ämnen i artikeln"), to the paragraph's end."""
    found: Taken = {}
    for index, line in enumerate(lines):
        if taken.get(line.number) != "tags" or line.size > 4:
            continue
        for entry in lines[index + 1 :]:
            if group_of[entry.number] != group_of[line.number] or entry.number in taken:
                break
            if entry.size > 5 or entry.ends_sentence or entry.text.endswith((":", "：")):
                break
            found[entry.number] = "tags"
    return found


def lone_headers(body: Sequence[Line], kinds: Mapping[int, str]) -> Taken:
    """A list's header ("Read more", "Related Articles") with furniture, or another header, right under it:
    the label of links the page left out. A header over the story's own lines is not taken here."""
    found: Taken = {}
    for line, after in itertools.pairwise(body):
        if line.number in kinds or not is_related_header(line):
            continue
        if is_furniture(kinds.get(after.number)) or is_related_header(after):
            found[line.number] = "read-more"
    return found
