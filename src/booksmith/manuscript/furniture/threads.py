"""Reader-comment threads: a header ("Comments (245)", "Komentarze", "评论"), then entries (who and when,
the comment, its buttons) to the thread's end; and threads whose header the page did not print, found by
two signed entries with a comment between them. A story's own list of times or fixtures is no thread.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Mapping, Sequence

from . import lexicon, meta
from .blocks import Taken, is_related_header
from .lexicon import normalise
from .meta import MONTH_WORDS as _MONTH_WORDS
from .meta import RELATIVE_TIME as _RELATIVE_TIME
from .meta import find_date
from .shape import Line

_COMMENT_HEADER = re.compile(
    r"^(?:\(?\d[\d.,]*\s*[km]?\)?\s*)?(?:reader )?(?:comments?|kommentare|comentarios|commentaires|commenti|"
    r"comentários|"
    r"コメント|댓글|responses?|reactions|التعليقات|تعليقات|комментарии|комментариев|коментарі|komentarze|komentarzy|"
    r"komentar|yorumlar|yorum|评论|評論|热门评论|最新评论|网友评论|热评|reacties|reactie|kommentarer|bình luận|ý kiến|"
    r"σχόλια|komentáře|diskuse|टिप्पणियाँ|कमेंट्स?|ความคิดเห็น|תגובות|коментарі|kommentit|hozzászólások|comentarii|"
    r"discussion|forum|postings?|نظرات|دیدگاه‌ها|دیدگاه ها|keskustelu|טוקבקים|talkbacks?|"
    r"(?:top|latest|newest|all) comments|kommentare zum artikel|"
    r"komentari|komentara|коментари|коментара|komentáre|komentárov|diskusia|diskusija|komentarji|коментари|"
    r"comentaris|comentari|komen|ulasan|maoni|মন্তব্য|মতামত|komentarai|komentāri|kommentaarid|athugasemdir|"
    r"komente|mga komento|opmerkings|kommentaar|تبصرے|கருத்துகள்|வாசகர் கருத்து|iruzkinak|iruzkin|"
    r"leserkommentare|(?:vos |les )?réactions|vos commentaires|commentez|réagissez|commenta|kommentieren|comenta|"
    r"comente|diskutieren sie mit|zum forum|\d[\d.]* beiträge)"
    r"(?:\s*[(\[]?\s*\d[\d.,]*\s*[km]?\s*[)\]]?(?:\s*(?:รายการ|ข้อความ|件|개|条|则))?)?$|"
    r"^(?:ver|leer|voir|lire|vedi|ver os|zobacz|pokaż|показать|bekijk|visa|lihat|xem) (?:los |las |les |tous les |"
    r"todos os |wszystkie |все |alle |alla |semua |tất cả )?(?:\d[\d.,]* )?(?:comentarios|commentaires|commenti|"
    r"comentários|komentarze|komentarzy|комментари\w*|reacties|kommentarer|komentar|bình luận)(?: \(?\d[\d.,]*\)?)?$|"
    r"^join the discussion…$|^(?:dodaj komentarz|yorum yazın\.*|yorum yap|написать комментарий|添加评论|发表评论|"
    r"tulis komentar|viết bình luận|schrijf een reactie|skriv en kommentar|deja tu comentario|laisser un commentaire|"
    r"lascia un commento|deixe seu comentário|kommentar schreiben)$|"
    r"^(?:view|show|load|read|see) (?:all )?(?:\d+ )?comments?(?: \d+)?$|^leave a (?:reply|comment)$|"
    r"^what are your thoughts\??$|^réagir(?: \d+)?$|^reagir$|^commenter$|^kommentieren$|"
    # "Réagir à cet article", "Comment on this story", "Kommentieren Sie diesen Artikel"
    r"^(?:réagir|réagissez|commentez|commenter|comment|react|kommentieren sie|comenta|comentá|comente|commenta|"
    r"kommentera|reageer|reagera|kommenter|kommentér) (?:à |on |to |op |på )?(?:cet article|cette nouvelle|"
    r"this (?:article|story)|diesen artikel|esta (?:nota|noticia)|questo articolo|este artigo|artikeln|dit artikel|"
    r"artikkelen|artiklen)$|"
    r"^join the (?:discussion|conversation)$|"
    r"^share what you think$|^comments? \(\d+\)$|^add (?:your )?comment$|^start the conversation$|"
    r"^\d+ (?:thoughts|responses|comments|replies|reactions) (?:on|to)\b|^コメント\s*\d+\s*件$|^\d+\s*件のコメント$|"
    r"^(?:sign in|log in|register) (?:or create your .{1,30} account )?to (?:join the discussion|comment)",
    re.IGNORECASE,
)
_ACTIONS = re.compile(
    r"^(?:reply|replies|\d+ replies|like|likes|dislike|report|share|click to rate|recommend(?: \d+)?|"
    r"up ?vote|down ?vote|"
    r"flag|permalink|load more(?:\.\.\.)?|show \d+|threads? collapsed|order by \w+|sort by \w+|antworten|melden|"
    r"responder|denunciar|répondre|signaler|rispondi|segnala|返信|違反報告|답글|신고|رد|odpowiedz|zgłoś|yanıtla|"
    r"cevapla|şikayet et|beğen|ответить|пожаловаться|回复|支持|反对|举报|balas|laporkan|svara|anmäl|reageer|"
    r"beantwoorden|trả lời|báo cáo|좋아요|공감|비공감|recommend|upvote|pokaż więcej|daha fazla yorum|"
    r"показать ещё|показать еще|加载更多|查看更多评论|muat lebih banyak|xem thêm bình luận|meer reacties|απάντηση|"
    r"odpovědět|जवाब दें|ตอบกลับ|השב|відповісти|svar|vastaa|válasz|răspunde)(?!\w)|"
    r"^[▲▼↑↓👍👎+\-]?\s*\d{1,5}$|^\+\d{1,5}\s*/?\s*[-−–]\d{1,5}$|^sort by \w+$|^(?:najpopularniejsze|najnowsze)\b",
    re.IGNORECASE,
)
_SAYS = re.compile(r"^.{2,40}\s+(?:says|said|wrote|writes):?$|^.{2,40} on .{3,30}\d{4}.{0,20}$", re.IGNORECASE)


def comment_threads(lines: Sequence[Line], taken: Mapping[int, str], group_of: Mapping[int, int]) -> Taken:
    """A thread: its header, then entries (a name-and-time line, the comment, its buttons) to the
    thread's end (the next block of another kind, or the page's). A header with no entries after it
    is a link to the thread: only it is taken."""
    found: Taken = {}
    index = 0
    while index < len(lines):
        line = lines[index]
        if line.number in found or not (is_comment_header(line) or is_comment_prompt(line)):
            index += 1
            continue
        found[line.number] = "comments"
        if not _entries_follow(lines, index, taken, group_of):
            index += 1
            continue
        end = _thread_end(lines, index + 1, taken)
        for j in range(index + 1, end):
            found.setdefault(lines[j].number, "comments")
        index = end
    return found


_LONG_COMMENT_HEADER = re.compile(
    r"^\d+ (?:thoughts|responses|comments|replies|reactions) (?:on|to)\b|^(?:sign in|log in|register)\b", re.I
)


def headerless_threads(lines: Sequence[Line], taken: Mapping[int, str]) -> Taken:
    """A thread whose header the page did not print (or booksmith did not know): two comments' frames
    with a name and a time ("PaulT, Swansea, 2 hours ago", "Anonymous 6 July 2018 at 07:12") a few
    lines apart. A live blog's entries carry a time but no name, and stay the story's."""
    found: Taken = {}
    marks = [i for i, line in enumerate(lines) if line.number not in taken and _signed(line)]
    for first, second in itertools.pairwise(marks):
        if lines[first].number in found or second - first > 5:
            continue
        if not any(not _entry_mark(line) and line.size >= 3 for line in lines[first + 1 : second]):
            continue  # no comment between the two frames: a story's list of fixtures, each with its time
        end = _thread_end(lines, first, taken)
        for j in range(first, max(end, second + 1)):
            found.setdefault(lines[j].number, "comments")
    found.update({n: kind for n, kind in _two_line_frames(lines, taken).items() if n not in found})
    return found


_HOUSE_RULES_OPEN = re.compile(r"^welcome to the (?:discussion|conversation)\W*$", re.I)
_HOUSE_RULE = re.compile(
    r"(?i)\b(?:obscene|vulgar|threat|abusive|racis|harass|insult|respect|report|caps lock|offensive)"
)


_COUNT = re.compile(r"\(\s*\d[\d.,]*\s*[km]?\s*\)")  # "Like (14)": the count a button shows


def label_key(text: str) -> str:
    """What two prints of one button or label share: its words, its count aside ("Reply · Like (14)")."""
    return normalise(_COUNT.sub("(0)", text))


def is_closed_notice(line: Line) -> bool:
    """ "Commenting is now closed for this story.": a thread's end, in the site's words."""
    return line.size <= 14 and bool(_CLOSED.match(line.text))


_CLOSED = re.compile(
    r"^(?:commenting (?:is|has) (?:now )?closed|comments (?:are|have been) (?:now )?closed|"
    r"comments (?:on|for) this (?:story|article) (?:are|have been) closed|"
    r"los comentarios (?:están|han sido) cerrados|les commentaires sont (?:désormais )?fermés|"
    r"die kommentarfunktion (?:ist|wurde) (?:geschlossen|deaktiviert)|i commenti sono chiusi|"
    r"os comentários (?:estão|foram) encerrados|reacties zijn gesloten|kommentarerna är stängda)",
    re.IGNORECASE,
)


def section_notes(lines: Sequence[Line], taken: Mapping[int, str], group_of: Mapping[int, int]) -> Taken:
    """The comment section's own small print, set between its header ("Comments") and its end ("Commenting
    is now closed…", a prompt to sign in) in one block: the section's, however it is worded."""
    found: Taken = {}
    for index, line in enumerate(lines):
        if taken.get(line.number) != "comments" or not is_comment_header(line):
            continue
        block = _rest_of_block(lines, index, group_of)
        ends = [i for i, other in enumerate(block) if taken.get(other.number) == "comments"]
        for other in block[: ends[-1]] if ends else ():
            if other.number not in taken:
                found[other.number] = "comment-disclaimer"
    return found


def _rest_of_block(lines: Sequence[Line], index: int, group_of: Mapping[int, int]) -> list[Line]:
    """The lines after `index` in its block (its run of lines with no blank line between)."""
    group = group_of.get(lines[index].number)
    return list(itertools.takewhile(lambda other: group_of.get(other.number) == group, lines[index + 1 :]))


def house_rules(lines: Sequence[Line], taken: Mapping[int, str], group_of: Mapping[int, int]) -> Taken:
    """The comment section's rules under their welcome ("Welcome to the discussion." / "Keep it Clean.
    Please avoid …" / "Be Nice. …"), the block a whole line each, as many US local papers' sites print it:
    the welcome and the rest of its block."""
    found: Taken = {}
    for index, line in enumerate(lines):
        if line.number in taken or not _HOUSE_RULES_OPEN.match(line.text):
            continue
        group = group_of.get(line.number)
        block = [other for other in lines[index : index + 12] if group_of.get(other.number) == group]
        if sum(bool(_HOUSE_RULE.search(other.text)) for other in block) < 2:
            continue  # a welcome with no rules under it
        found.update({other.number: "comment-disclaimer" for other in block if other.number not in taken})
    return found


def repeated_frames(lines: Sequence[Line], taken: Mapping[int, str]) -> Taken:
    """A thread in words booksmith does not know: the same short line (a comment's buttons, "Respon ·
    M'agrada (14)") under each of two or more comments, each entry opening with its writer's name. A live
    blog's entries open with a time, not a name, and stay the story's however alike their buttons."""
    rows: dict[str, list[int]] = {}
    for index, line in enumerate(lines):
        if taken.get(line.number) == "repeated":
            rows.setdefault(label_key(line.text), []).append(index)
    found: Taken = {}
    for indices in rows.values():
        for first, second in itertools.pairwise(indices):
            entry = lines[first + 1 : second]
            if not 2 <= len(entry) <= 8 or not _opens_an_entry(entry, taken):
                continue
            span = len(entry) + 1
            earlier = lines[max(first - span + 1, 0) : first]  # the entry above the first row, shaped alike
            if first - span + 1 >= 0 and _opens_an_entry(earlier, taken):
                entry = [*earlier, *entry]
            thread = (*entry, lines[first], lines[second])  # the buttons are the thread's
            found.update(
                {line.number: "comments" for line in thread if taken.get(line.number, "repeated") == "repeated"}
            )
    return found


def _opens_an_entry(entry: Sequence[Line], taken: Mapping[int, str]) -> bool:
    """A comment: its writer's name first, then a line of a few words or more (the comment), none taken."""
    if any(line.number in taken and taken[line.number] != "repeated" for line in entry):
        return False
    return _name_shaped(entry[0]) and any(line.size >= 3 and not _name_shaped(line) for line in entry[1:])


def _two_line_frames(lines: Sequence[Line], taken: Mapping[int, str]) -> Taken:
    """Comments signed on two lines: the writer's name, then when ("Juliana Prado" / "há 2 horas"). Two such
    frames of one kind (both times relative, or both dates) with a sentence between them make a thread; a
    story's list of fixtures has a venue between its dates, not a sentence."""
    found: Taken = {}
    frames = [
        i
        for i in range(len(lines) - 1)
        if lines[i].number not in taken and _name_shaped(lines[i]) and _when(lines[i + 1])
    ]
    for first, second in itertools.pairwise(frames):
        if lines[first].number in found or second - first > 8:
            continue
        if _when(lines[first + 1]) != _when(lines[second + 1]):
            continue
        if not any(line.prose and not _entry_mark(line) for line in lines[first + 2 : second]):
            continue
        end = _thread_end(lines, first + 2, taken)
        for j in range(first, max(end, second + 2)):
            found.setdefault(lines[j].number, "comments")
    return found


def _name_shaped(line: Line) -> bool:
    """A commenter's name or handle ("Peter K. aus Hargesheim", "Dragão_Invicto", "Marcos Vinícius R.")."""
    if line.size > 5 or line.prose or _entry_mark(line) or not re.search(r"[^\W\d_]", line.text):
        return False
    if line.ends_sentence and not re.search(r"(?:^|\s)\w\.$", line.text):
        return False
    return not re.search(r"(?i)\s(?:vs?\.?|gegen|contra|contre|[-–—:])\s|[:|]", line.text)


def _when(line: Line) -> str | None:
    """'relative' ("há 2 horas", "3 hours ago") or 'dated' ("28.06.2018, 19:12 Uhr") for a comment's time line."""
    if line.size > 8 or _ACTIONS.match(line.text):
        return None
    if _RELATIVE_TIME.search(line.text):
        return "relative"
    if find_date(line.text) and re.search(r"\d{1,2}[:.h]\d{2}\b", line.text) and meta.is_date_line(line):
        return "dated"
    return None


_TIME_WORDS = re.compile(
    r"(?i)\b(?:at|am|pm|bst|cet|cest|gmt|utc|ist|jst|et|on|um|uhr|le|à|el|a las)\b|[\d:/.,·|()\-–—]+"
)


def _signed(line: Line) -> bool:
    """A comment's frame with its writer's name: a time or date, and words that are not part of it."""
    if line.size > 12 or line.ends_sentence or not _entry_mark(line, strict=True) or _ACTIONS.match(line.text):
        return False
    rest = _RELATIVE_TIME.sub(" ", line.text)
    rest = _TIME_WORDS.sub(" ", rest)
    rest = meta.STAMP_WORDS.sub(" ", rest)  # "Aangepast vrijdag 6 juli 2018, 23:31" is a time stamp, unsigned
    if find_date(line.text):
        for month in re.findall(r"[^\W\d_]+", rest):
            if month.lower().rstrip(".") in _MONTH_WORDS:
                rest = rest.replace(month, " ")
    return bool(re.search(r"[^\W\d_]{2,}", rest))


def _entries_follow(lines: Sequence[Line], index: int, taken: Mapping[int, str], group_of: Mapping[int, int]) -> bool:
    """Whether a comment's frame (who and when, its buttons) comes within a few lines of the header, before
    any paragraph: a header with a paragraph right after it was a link to the thread, not the thread. In the
    header's own block one comment may come before its buttons (a name, the comment, "J'aime · Répondre")."""
    prose = 0
    for line in lines[index + 1 : index + 9]:
        if _entry_mark(line):
            return True
        if line.prose and line.number not in taken:
            prose += 1
            if prose == 2 or group_of.get(line.number) != group_of.get(lines[index].number):
                return False
    return False


def is_comment_header(line: Line) -> bool:
    text = line.text if line.dense else normalise(line.text)
    if _LONG_COMMENT_HEADER.match(line.text):
        return line.size <= 30 and bool(_COMMENT_HEADER.match(text) or _COMMENT_HEADER.match(line.text))
    return line.size <= 6 and bool(_COMMENT_HEADER.match(text))


def is_comment_prompt(line: Line) -> bool:
    """The comment section's own prompt: to sign in, or to write ("Logga in för att kommentera", "Escreva seu
    comentário", "أضف تعليقك", "Ajouter un commentaire..."). A story's sentence about comments reads on."""
    if line.size > 14 or line.sentences > 2:
        return False
    text = lexicon.fold_marks(line.text)
    if not lexicon.COMMENT_WORD.search(text):
        return False
    if not line.ends_sentence or text.endswith(("...", "…")):
        return line.size <= 10 and bool(lexicon.COMMENT_PROMPT.search(text))
    return bool(lexicon.SIGN_IN.search(text))  # "Para comentar debe estar registrado. Iniciar sesión"


def _action_row(line: Line) -> bool:
    """A comment's buttons on one line: "J'aime · Répondre · 21 · 1 j", "Svara   Gilla (41)   Rapportera"."""
    found = lexicon.items(line.raw or line.text)
    if len(found) < 2:
        return False

    def button(item: str) -> bool:
        item = re.sub(r"\s*[(\[]?\d[\d.,]*\s*[km]?[)\]]?$", "", item).strip()
        return not item or item in _BUTTON_WORDS or bool(_ACTIONS.match(item)) or bool(_SHORT_AGO.match(item))

    return all(button(item) for item in found)


# Buttons under a comment that `_ACTIONS` does not already know (its like and send buttons, a form's fields).
_BUTTON_WORDS = {
    "j'aime", "j’aime", "gefällt mir", "me gusta", "mi piace", "curtir", "gosto", "gilla", "gillar", "lik", "liker",
    "synes godt om", "tykkää", "tetszik", "îmi place", "μου αρέσει", "אהבתי", "thích", "suka", "нравится",
    "подобається", "lubię to", "beğendim", "いいね", "赞", "点赞", "إعجاب", "پسندیدم", "पसंद", "ถูกใจ", "rapportera",
    "partager", "teilen", "compartir", "condividi", "إبلاغ عن إساءة", "إبلاغ", "ردود", "abuse", "edit", "delete",
    "پاسخ", "ชอบ", "gửi", "ارسال", "ส่ง", "إرسال", "send", "submit", "post comment", "lähetä", "apreciază", "הגב",
    "לא אהבתי", "name", "name *", "email", "email *", "website", "نام", "ایمیل", "ชื่อ", "tên", "e-mail *", "nome",
    "nombre", "nom",
}  # fmt: skip
_SHORT_AGO = re.compile(
    r"^\d{1,3}\s?(?:s|m|min|h|t|j|d|g|w|sem|std|tim|u|ч|год|дн|시간|분|일|時間|分|日|ชม|นาที|giờ|phút)\.?(?: trước)?$"
)


def _entry_mark(line: Line, strict: bool = False) -> bool:
    """A line of a comment's frame: who and when, or its buttons. `strict`: a time a story's own list could
    hold too ("Tue 19 June 15:00 vs Colombia") counts only under a thread's header."""
    if line.size > 14:
        return False
    if _RELATIVE_TIME.search(line.text) or _ACTIONS.match(line.text) or _SAYS.match(line.text):
        return True
    if _action_row(line) or normalise(line.text) in _BUTTON_WORDS:
        return True
    if line.size <= 4 and find_date(line.text) and not re.search(r"[^\W\d_]{2,}", _MONTHS_OUT.sub(" ", line.text)):
        return True  # a date alone under a writer's name ("Jul 4, 2018")
    if _STAMP.search(line.text) and line.size <= 10:
        return True
    day_month = _DAY_MONTH_TIME.search(line.text)
    if not strict and day_month and day_month.group(1).lower().rstrip(".") in _MONTH_WORDS and line.size <= 10:
        return True  # "7/3(火) 8:32", "2018/6/19 23:58": a date without a year, and a time
    return find_date(line.text) is not None and bool(re.search(r"\d{1,2}[:.]\d{2}", line.text)) and line.size <= 10


_MONTHS_OUT = re.compile(r"(?i)\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?|\b(?:at|on|am|pm)\b")
_DAY_MONTH_TIME = re.compile(r"\b\d{1,2}\.?\s+([^\W\d_]+)\.?,?\s+(?:в\s+|at\s+|um\s+|à\s+)?\d{1,2}[:.]\d{2}\b")
_STAMP = re.compile(
    r"(?:\d{4}[/.-])?\d{1,2}[/.-]\d{1,2}(?:\s*\(\w{1,3}\))?\.?\s+\d{1,2}:\d{2}\b|"
    r"^\d{1,2}:\d{2}\s*[-–]\s*\d{4}/\d{1,2}/\d{1,2}$"  # "۰۱:۴۰ - ۱۳۹۷/۰۴/۰۵": a time, then a (Solar Hijri) date
)


def _thread_end(lines: Sequence[Line], start: int, taken: Mapping[int, str]) -> int:
    """Where the thread stops: a later block of another kind, three paragraphs with no comment's frame
    between them (the story again), or the page's end."""
    run = 0
    for j in range(start, len(lines)):
        line = lines[j]
        kind = taken.get(line.number)
        if kind in ("footer", "related", "newsletter", "tags") or is_related_header(line):
            return j
        if lexicon.FOOTER.search(line.text) and not line.prose:
            return j
        run = 0 if _entry_mark(line) else run + (1 if line.prose else 0)
        if run >= 3:
            return j - 2
    return len(lines)
