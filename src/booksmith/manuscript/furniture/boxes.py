"""Furniture that comes in a box: a newsletter, consent or subscription box with its buttons, fields and
pitch; a reader poll; a rail of paid links; a match-centre's statistics. Each finder takes the page's lines
and the roles decided so far and returns the lines it takes, by number, with the kind.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Iterator, Mapping, Sequence

from . import lexicon
from .blocks import Taken
from .lexicon import normalise
from .shape import Line

BOXED = ("newsletter", "cookie", "paywall")  # furniture that comes in a box with buttons and small print


def boxes(lines: Sequence[Line], taken: Mapping[int, str], group_of: Mapping[int, int]) -> Taken:
    """A newsletter, consent or subscription box: around its prompt, in the same paragraph, its buttons,
    fields and small print ("Sign up", "Enter your email", "Accept", "Got it", "Already a subscriber?")."""
    found: Taken = {}
    for index, line in enumerate(lines):
        kind = taken.get(line.number)
        if kind not in BOXED:
            continue
        for step in (-1, 1):
            j = index + step
            while 0 <= j < len(lines) and abs(j - index) <= 4 and group_of[lines[j].number] == group_of[line.number]:
                other = lines[j]
                if other.number in taken or other.number in found:
                    j += step
                    continue
                pitch = kind == "newsletter" and other.size <= 30 and bool(lexicon.NEWSLETTER.search(other.text))
                if not ((other.size <= 5 and not other.title_like) or _box_word(other) or _box_text(other) or pitch):
                    break
                found[other.number] = kind
                j += step
    found.update(_box_pitches(lines, {**taken, **found}, group_of))
    return found


def _box_pitches(lines: Sequence[Line], taken: Mapping[int, str], group_of: Mapping[int, int]) -> Taken:
    """A box's pitch between its header and its field ("Der Sport-Newsletter" / "Jeden Abend die wichtigsten
    Resultate …" / "E-Mail-Adresse eingeben"): a line or two, in one block, with the box on both sides."""
    found: Taken = {}
    for index, line in enumerate(lines):
        if line.number in taken or line.size > 30 or index == 0:
            continue
        before, after = lines[index - 1], lines[index + 1 : index + 3]
        kind = taken.get(before.number)
        if kind not in BOXED or group_of[before.number] != group_of[line.number]:
            continue
        if any(taken.get(other.number) == kind and group_of[other.number] == group_of[line.number] for other in after):
            found[line.number] = kind
            if after and after[0].number not in taken:
                found[after[0].number] = kind
    return found


def _box_text(line: Line) -> bool:
    """Small print of a box: prices, log-in prompts, consent words."""
    return line.size <= 20 and bool(
        re.search(
            r"[€$£¥]\s?\d|\d\s?[€$£¥円]|already (?:a |have )|log ?in|sign ?in|anmelden|abonn|suscri|"
            r"ログイン|会員|登録|accept|agree|consent|learn more|got it|manage|aceptar|accetta|einverstanden",
            line.text,
            re.IGNORECASE,
        )
    )


def _box_word(line: Line) -> bool:
    text = normalise(line.text)
    buttons = {"sign up", "subscribe", "submit", "invalid email", "enter email", "email address", "email", "go"}
    return (
        text in buttons
        or text in lexicon.SIGNUP_BUTTON
        or bool(re.search(r"privacy|t&c|terms|unsubscribe|consent|inbox|newsletter", text))
    )


# A statistics widget's row: a label and two teams' figures ("Possession 33% | 67%", "Corners 3 | 8").
_STAT_ROW = re.compile(
    r"^[^\d|]{2,30}?\s+(?:\d{1,3}(?:[.,]\d)?%?\s*[|·]\s*\d{1,3}(?:[.,]\d)?%?|\d{1,3}(?:[.,]\d)?%\s*[–-]?\s*\d{1,3}(?:[.,]\d)?%)$"
)  # a score's "1–1" is no figure pair: a shoot-out's kicks are the story's
_STATS_HEADER = re.compile(
    r"^(?:match (?:stats|statistics|facts)|stats|statistics|key stats|team stats|estadísticas(?: del partido)?|"
    r"statistiques(?: du match)?|statistiche(?: della partita)?|statistik(?:en)?|spielstatistik|статистика(?: матча)?|"
    r"statystyki(?: meczu)?|maç istatistikleri|istatistikler|estatísticas|statistieken|matchstatistik|"
    r"statistik pertandingan|thống kê(?: trận đấu)?|技术统计|"
    r"比赛数据|スタッツ|試合データ|경기 기록|إحصائيات المباراة)$",
    re.IGNORECASE,
)


def stats_tables(lines: Sequence[Line], taken: Mapping[int, str]) -> Taken:
    """A match-centre's statistics box: three rows or more of a label and two figures, with its header
    and the teams' names over them. A story gives its figures in sentences."""
    found: Taken = {}
    for index, end in runs(lines, taken, lambda line: bool(_STAT_ROW.match(line.text))):
        if end - index < 3:
            continue
        start = index
        while (
            start > 0
            and index - start < 2
            and lines[start - 1].number not in taken
            and (_STATS_HEADER.match(normalise(lines[start - 1].text)) or _teams_row(lines[start - 1]))
        ):
            start -= 1
        found |= {line.number: "stats" for line in lines[start:end]}
    return found


def runs(lines: Sequence[Line], taken: Mapping[int, str], fits: Callable[[Line], bool]) -> Iterator[tuple[int, int]]:
    """(start, end) of each longest run of lines no rule took that `fits`."""
    index = 0
    while index < len(lines):
        end = index
        while end < len(lines) and lines[end].number not in taken and fits(lines[end]):
            end += 1
        if end > index:
            yield index, end
        index = end + 1


def _teams_row(line: Line) -> bool:
    parts = [part.strip() for part in re.split(r"\s+[|·–-]\s+|\s+vs?\.?\s+", line.text)]
    return len(parts) == 2 and all(part and len(part.split()) <= 3 and not re.search(r"\d", part) for part in parts)


_RAIL_HEADERS = {
    "sponsored stories", "promoted stories", "sponsored content", "sponsored links", "sponsored headlines",
    "paid content", "partner content", "paid post", "contenus sponsorisés", "contenido patrocinado",
    "contenuti sponsorizzati", "conteúdo patrocinado", "gesponsert", "anzeigen", "スポンサーリンク", "推广", "赞助",
    "sponsorlu içerik", "प्रायोजित", "प्रायोजित सामग्री", "sponsrat", "sponsrat innehåll", "annonsørinnhold",
    "kaupallinen yhteistyö", "szponzorált tartalom", "conținut sponsorizat", "χορηγούμενο περιεχόμενο", "תוכן ממומן",
    "محتوى مدفوع", "محتوى برعاية", "nội dung được tài trợ", "konten bersponsor", "gesponsorde inhoud", "赞助内容",
    "sponsoreret indhold", "sponzorovaný obsah", "treść sponsorowana", "contenido de marca", "conteúdo de marca",
} | lexicon.PARTNER_RAILS  # fmt: skip


def sponsored_rails(lines: Sequence[Line], taken: Mapping[int, str], group_of: Mapping[int, int]) -> Taken:
    """A rail of paid links under its header ("Sponsored stories", "Contenus sponsorisés par Outbrain"): the
    header's paragraph, line by line, while the lines are headlines, not sentences."""
    found: Taken = {}
    for index, line in enumerate(lines):
        text = normalise(line.text)
        if taken.get(line.number) != "ad" or not (text in _RAIL_HEADERS or lexicon.SPONSORED_BY.match(text)):
            continue
        for entry in lines[index + 1 : index + 7]:
            if group_of[entry.number] != group_of[line.number] or entry.number in taken:
                break
            if entry.prose and (entry.size > 25 or not _AD_COPY.search(entry.text)):
                break  # a rail's links are headlines; a sentence is one only when it sells
            found[entry.number] = "ad"
    return found


# What a paid link's copy says ("Jogue com responsabilidade. 18+", "Registe-se já!", "Click here").
_AD_COPY = re.compile(
    r"18\+|responsabl|responsabilidad|responsabilidade|responsabilmente|verantwortungsvoll|bet responsibly|"
    r"apuestas?|apostas?|scommess|wetten|bahis|€|\$|£|%|!\s*$|\bgratis\b|\bfree\b|kostenlos|grátis|ücretsiz|"
    r"click|klick|haz clic|clique|clicca|tıkla|registe|regístrate|cadastre|anmelden",
    re.IGNORECASE,
)


def polls(lines: Sequence[Line], taken: Mapping[int, str], group_of: Mapping[int, int]) -> Taken:
    """A reader poll: its header ("Umfrage", "SONDAGEM", "QUIZ: …"), the question and the options, to its
    button ("Abstimmen", "Votar | Ver resultados") or its count of votes, within the header's paragraph.
    Without a button or a count it is no poll: the story's own subhead ("Vote") and list stay."""
    found: Taken = {}
    for index, line in enumerate(lines):
        if line.number in taken or line.number in found:
            continue
        if poll_in_a_row(line):
            found[line.number] = "poll"
            continue
        if (end := _unlabelled_poll(lines, index, taken, group_of)) is not None:
            found.update(dict.fromkeys((entry.number for entry in lines[index : end + 1]), "poll"))
            continue
        if not _poll_header(line):
            continue
        end = None
        for j in range(index + 1, min(len(lines), index + 12)):
            entry = lines[j]
            if group_of[entry.number] != group_of[line.number] or (entry.size > 20 and entry.number not in taken):
                break
            if lexicon.VOTE_BUTTON.match(entry.text) or taken.get(entry.number) == "controls":
                end = j
        if end is None:
            continue
        while end + 1 < len(lines) and group_of[lines[end + 1].number] == group_of[line.number]:
            if not lexicon.VOTE_BUTTON.match(lines[end + 1].text):
                break
            end += 1  # the count of votes under the buttons
        for entry in lines[index : end + 1]:
            found.setdefault(entry.number, "poll")
    return found


def poll_in_a_row(line: Line) -> bool:
    """A reader poll copied as one row, its parts set apart by wide spaces: its label or its question, two answers or
    more, and its button last ("POLL: Can Japan get out of Group H?   Yes   No   Vote   View results"). A story's
    sentence about a poll is one sentence, with no button after it."""
    raw = line.raw or line.text
    if "  " not in raw and "\t" not in raw:
        return False  # most lines end here
    parts = [part.strip() for part in lexicon.ROW_GAP.split(raw) if part.strip()]
    buttons = list(itertools.takewhile(lambda part: bool(lexicon.VOTE_BUTTON.match(part)), reversed(parts[1:])))
    answers = parts[1 : len(parts) - len(buttons)]
    question = parts[0].endswith(("?", "？")) and len(parts[0].split()) <= 20
    asked = question or _poll_header(Line(line.number, parts[0]))
    return bool(buttons) and asked and len(answers) >= 2 and all(len(answer.split()) <= 6 for answer in answers)


def _unlabelled_poll(
    lines: Sequence[Line], index: int, taken: Mapping[int, str], group_of: Mapping[int, int]
) -> int | None:
    """A poll the page printed with no header: its question to the reader, two to six answers one a line, and its
    count of votes or its button, the four in one block ("Was it fair?" / "Yes, …" / "No, …" / "1,214 votes so
    far"); the index of its last line. A story's question is followed by its answer in sentences, not by a count."""
    question = lines[index]
    if not question.text.endswith(("?", "？")) or question.size > 20 or question.sentences > 1:
        return None
    block = [line for line in lines[index + 1 : index + 10] if group_of[line.number] == group_of[question.number]]
    answers = list(itertools.takewhile(lambda line: _poll_answer(line, taken), block))
    counts = list(itertools.takewhile(lambda line: bool(lexicon.VOTE_BUTTON.match(line.text)), block[len(answers) :]))
    if not 2 <= len(answers) <= 6 or not counts:
        return None
    return index + len(answers) + len(counts)


def _poll_answer(line: Line, taken: Mapping[int, str]) -> bool:
    """An answer a reader may vote for: short, untaken, no count of votes and no question of its own."""
    if line.number in taken or line.size > 12 or line.text.endswith(("?", "？")):
        return False
    return not lexicon.VOTE_BUTTON.match(line.text)


def _poll_header(line: Line) -> bool:
    match = lexicon.POLL_HEADER.match(line.text)
    if match is None:
        return False
    rest = line.text[match.end() :]
    return not rest or (line.text[match.end() - 1] in ":!" and line.size <= 20)  # "QUIZ: How well do you know …?"


_TALLY = re.compile(r"^\D{1,25}?\s\d{1,3}(?:[.,]\d{1,2})?\s?%$")  # "Happy 38.2%", "Don't Care 4.9%"


def reaction_tallies(body: Sequence[Line], kinds: Mapping[int, str]) -> Taken:
    """Four or more lines in a row of a word and its share ("Happy 38.2%", "Sad 27.5%" …) under the widget's
    question to the reader ("How does this make you feel?"): its tally. A story's figures come under its own
    sentence."""
    found: Taken = {}
    for index, end in runs(body, kinds, lambda line: bool(_TALLY.match(line.text))):
        above = body[index - 1] if index else None
        asked = above is not None and above.number not in kinds and above.text.endswith("?") and above.size <= 10
        if end - index < 4 or not asked:
            continue  # an election's figures under "The latest figures:" are the story's
        found |= {line.number: "poll" for line in body[index - 1 : end]}  # the question too
    return found


# A widget set as a paragraph of short lines, by the kind it is and the lines that mark it, with how many it needs.
_WIDGETS = (
    ("match-centre", lexicon.MATCH_CENTRE, 1),
    ("stock-quote", lexicon.STOCK_QUOTE, 2),  # a ticker alone may be a story's aside
    ("player", lexicon.MEDIA_CARD, 1),
)
_WIDGET_LINES = 8  # a widget is a small box; a longer run of short lines is a list of the story's


def widgets(lines: Sequence[Line], taken: Mapping[int, str], group_of: Mapping[int, int]) -> Taken:
    """A widget's box, one paragraph of short lines with no sentence: a match centre (its header or button over the
    teams, the score and the scorers), a stock quote (its ticker, price, ratios, delay note), a media player's
    card (its title, its availability, its download). Its lines are taken before the match's own data is held as
    the story's; a paragraph with one sentence in it is the story's, whatever it names."""
    found: Taken = {}
    for paragraph in _paragraphs_of(lines, group_of):
        if len(paragraph) < 2 or len(paragraph) > _WIDGET_LINES or any(_widget_prose(line) for line in paragraph):
            continue
        for kind, marker, needed in _WIDGETS:
            if sum(bool(marker.search(line.text)) for line in paragraph) >= needed:
                found.update({line.number: kind for line in paragraph if line.number not in taken})
                break
    return found


def _widget_prose(line: Line) -> bool:
    return line.prose or line.size > 16 or (line.size > 6 and line.ends_sentence)


def _paragraphs_of(lines: Sequence[Line], group_of: Mapping[int, int]) -> Iterator[list[Line]]:
    for _, paragraph in itertools.groupby(lines, key=lambda line: group_of[line.number]):
        yield list(paragraph)


def network_names(lines: Sequence[Line], taken: Mapping[int, str]) -> Taken:
    """A network's name ("Fanhub Network") right over its bar's links: the bar's. Alone, a short title ending on
    "Network" is as often a story's subhead."""
    found: Taken = {}
    for line, under in itertools.pairwise(lines):
        name = line.size <= 3 and line.title_like and bool(lexicon.NETWORK_NAME.search(line.text))
        if name and line.number not in taken and taken.get(under.number) == "network":
            found[line.number] = "network"
    return found
