"""Photo captions and their credits: the credit at the end of a caption's line, a credit on a line of its
own, and the lines that are a caption by where the page sets them. Many languages; word lists in `lexicon`.

A caption ends on its credit: in brackets ("(Reuters: Carl Recine)", "（图片来源：视觉中国）"), after a
copyright sign ("… © AFP"), after the word for a photo or a clip ("Kuva: Lehtikuva", "ছবি: রয়টার্স"),
or as a photographer's name in capitals after the last sentence ("… à Kazan. FRANCK FIFE/AFP"). A
story's sentence ends on its full stop, or on a bracket that says something else ("(3-4 on
penalties)"): a credit's words are a name's, an agency's or a photo word's, never a sentence's. A news
agency's name alone ("… (AFP)") or a name in capitals alone also closes a story's last paragraph, as its
trailer or its writer's signature: those make a caption only where the story goes on below.

A caption with no credit is one only by where it stands: right under a gallery's counter or a photo's
label, by a player's notice, under its credit's line, or printed again right under it with its credit
glued on. A name right under a caption is its credit; alone, the same words are a byline's.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from . import lexicon
from .kinds import STORY
from .lexicon import normalise
from .shape import Line

_AGENCY = lexicon.alternation(lexicon.PHOTO_AGENCIES)
_WORD = lexicon.CREDIT_WORDS
_AGENCY_ONLY = re.compile(rf"(?:{_AGENCY})", re.IGNORECASE)
_PICTURE_AGENCY = re.compile(lexicon.alternation(lexicon.PICTURE_AGENCIES), re.IGNORECASE)
# Where a credit after the caption's text begins: after its last sentence, or a dash, a bar or a slash.
_AFTER_SENTENCE = r"(?<=[.!?…。।؟\"”»’)）])\s+"
_AFTER_MARK = r"\s+(?:[-–—|]|/{1,2})\s*"

_BRACKETED = re.compile(r"\s*[(（\[]\s*(?P<inside>[^()（）\[\]]{2,60}?)\s*[)）\]]$")  # "(AFP)." closes a sentence
_COPYRIGHT = re.compile(r"\s*[©ⓒ]\s*(?P<name>[^©ⓒ]{2,60})$")
_LABELLED = re.compile(
    rf"(?:{_AFTER_SENTENCE}|{_AFTER_MARK}|\s+(?-i:(?=[A-ZÀ-Þ]))(?=\w+\s*:))"
    rf"(?P<word>(?-i:[A-Z]{{2,5}}\s+)?(?:{_WORD}))(?!\w)(?P<sep>\s*[:：=＝|/／]\s*|\s+by\s+|\s+)(?P<name>\S.{{0,70}})$",
    re.IGNORECASE,
)  # after a mere space, a capitalised word and its colon: "… stoppage time Credit: Reuters"; "ST PHOTO: …"
_CAPS = r"[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’.-]+"
# "… este lunes. MARC CASAS", "… à Kazan. FRANCK FIFE/AFP", "… le 12 juillet. FRANCK MOREL / AFP"
_CAPITALS = re.compile(rf"{_AFTER_SENTENCE}(?P<name>{_CAPS}(?:\s+{_CAPS}){{0,3}})(?:\s*/\s*(?P<agency>{_CAPS}))?$")
# "… lascia il campo. Afp", "… le 15 juillet 2018 - AFP / Pascal Verdier", "… JAXA/Handout via REUTERS"
_AGENCY_AFTER = re.compile(
    rf"(?:{_AFTER_SENTENCE}|\s+[-–—|]\s+)(?P<credit>(?:[\w.-]+/[\w.-]+\s+via\s+)?(?:{_AGENCY}))"
    rf"(?:\s*/\s*(?P<name>[^/]{{2,40}}))?\.?$",
    re.IGNORECASE,
)
# "… at the Mordovia Arena. Kenji Arata/Getty Images": the photographer, then the agency.
_NAME_SLASH_AGENCY = re.compile(
    rf"{_AFTER_SENTENCE}(?P<credit>[A-ZÀ-Þ][\w'’-]+(?:\s[A-ZÀ-Þ][\w'’-]+){{1,3}}\s*/\s*(?:{_AGENCY})"
    rf"(?:\s*/\s*(?:{_AGENCY}))?)$",
    re.IGNORECASE,
)
# A Korean paper's "장소=출처" after the caption's sentence: "… 환호하고 있다. 카잔=연합뉴스", "… /사진=한결일보 DB".
_PLACE_EQUALS = re.compile(
    r"(?<=[.])\s+(?P<credit>/?\s*[가-힣]+(?:\([가-힣]+\))?\s*(?:\|\s*)?(?:사진\s*)?=\s*[^=]{1,30})$"
)

# Inside brackets, a credit is an agency, a photo word and a name, a name with an agency, or an outlet's photo.
_WORD_THEN_NAME = re.compile(rf"^(?:{_WORD})(?!\w)(?P<sep>\s*[:：・=＝/／|]\s*|\s+)(?P<name>\S.*)$", re.IGNORECASE)
_NAME = r"[^\W\d_][\w.'’-]*(?:\s+[\w.'’-]+){0,4}"
_WITH_AGENCY = re.compile(rf"^(?:{_NAME}\s*[/:,]\s*)?(?:{_AGENCY})(?:\s*[/:,]\s*{_NAME})?$", re.IGNORECASE)
_PERSON_SLASH_OUTLET = re.compile(  # "Mira Santos/MBC"
    r"^[A-ZÀ-Þ][\w'’-]+(?:\s[A-ZÀ-Þ][\w'’-]+){1,3}\s*/\s*[A-Z][\w.&-]*(?:\s[A-Z][\w.&-]*){0,3}$"
)
# "(AIFF Photo)", "AFP PHOTO", "(AP Photo/Alan Reyes)": an agency's or an outlet's short name, then the word
# ("Buy Photo" and "GALERIE FOTO" are buttons).
_OUTLET_PHOTO = re.compile(rf"^(?:(?-i:[A-Z]{{2,6}})|{_AGENCY})\s(?:photo|foto)(?:\s*/\s*{_NAME})?$", re.IGNORECASE)
_PHOTOGRAPHER_MARK = re.compile(r"^\S{2,10}(?:攝|摄|撮影)$")  # "（梁家俊攝）"
# A Japanese caption's place, then its photographer: "…＝19日、ロシア・サランスク、山中健太撮影".
_PHOTOGRAPHER_AT_END = re.compile(r"[、，,＝=]\s*(?P<credit>[^、，,＝=\s]{2,12}(?:撮影|攝|摄))$")


def credit_start(text: str, weak: bool = True) -> int | None:
    """Where the photo's credit at the end of a caption begins (None: the text ends on no credit): the earliest
    start any shape finds ("… 카잔(러시아) | 사진=박선우 기자" credits the place too). With `weak` False, the shapes
    a story's last paragraph may end on too are left out: a news agency's name alone ("… ha detto. (Afp)", its
    trailer glued on) and a name in capitals alone (the writer's, signing); those are a credit only where a
    caption stands (`placed_captions`)."""
    shapes = _SHAPES + (_WEAK_SHAPES if weak else ())
    starts = [start for shape in shapes if (start := shape(text)) is not None and caption_before(text[:start])]
    return min(starts, default=None)


def _photographer_at_end(text: str) -> int | None:
    match = _PHOTOGRAPHER_AT_END.search(text)
    return match.start("credit") if match else None


def _bracketed(text: str) -> int | None:
    match = _BRACKETED.search(text)
    if match is None or _news_agency(match.group("inside")):
        return None
    return match.start() if credits_inside(match.group("inside")) else None


def _wire_in_brackets(text: str) -> int | None:
    match = _BRACKETED.search(text)
    return match.start() if match and _news_agency(match.group("inside")) else None


def _news_agency(name: str) -> bool:
    """A news agency's name alone ("AFP", "رويترز"), which signs a story as often as a photo; a picture agency's
    ("Getty Images") signs only photos."""
    name = name.strip()
    return bool(_AGENCY_ONLY.fullmatch(name)) and not _PICTURE_AGENCY.fullmatch(name)


def credits_inside(inside: str) -> bool:
    """Whether the words in brackets are a credit: "Getty Images", "Reuters: Carl Recine", "Fotoğraf: AA",
    "AIFF Photo", "Mira Santos/MBC", "撮影・上田翔太", "梁家俊攝"; not "3-4 on penalties" nor "BRA"."""
    inside = inside.strip()
    if _AGENCY_ONLY.fullmatch(inside) or _WITH_AGENCY.match(inside):
        return True
    if match := _WORD_THEN_NAME.match(inside):  # in brackets, the word and its colon say enough
        spaced = not match.group("sep").strip()
        return _named(match.group("name"), spaced) if spaced else _short(match.group("name"))
    return bool(_PERSON_SLASH_OUTLET.match(inside) or _OUTLET_PHOTO.match(inside) or _PHOTOGRAPHER_MARK.match(inside))


def _copyright(text: str) -> int | None:
    match = _COPYRIGHT.search(text)
    return match.start() if match and _named(match.group("name")) and not re.search(r"\d{4}", match.group()) else None


def _labelled(text: str) -> int | None:
    match = _LABELLED.search(text)
    if match is None or not _named(match.group("name"), spaced=not match.group("sep").strip()):
        return None
    return match.start()


def _capitals(text: str) -> int | None:
    """A photographer in capitals with the agency: "… samedi à Kazan. FRANCK FIFE/AFP"."""
    match = _CAPITALS.search(text)
    return match.start() if match and match.group("agency") else None


def _capitals_alone(text: str) -> int | None:
    """A name in capitals alone, two words or more: "… este lunes. MARC CASAS" (one word in capitals is as often a
    sentence's last, "… the USA")."""
    match = _CAPITALS.search(text)
    return match.start() if match and not match.group("agency") and len(match.group("name").split()) >= 2 else None


def _agency_after(text: str) -> int | None:
    """An agency with its photographer, or a picture agency: "… le 15 juillet 2018 - AFP / Pascal Verdier",
    "… Neuer. Getty Images"."""
    match = _AGENCY_AFTER.search(text)
    if match is None or (match.group("name") and not _named(match.group("name"))):
        return None
    return None if not match.group("name") and _news_agency(match.group("credit")) else match.start()


def _wire_after(text: str) -> int | None:
    """A news agency's name alone after the last sentence: "… lascia il campo. Afp", "… on Monday. | KYODO"."""
    match = _AGENCY_AFTER.search(text)
    if match is None or match.group("name") or not _news_agency(match.group("credit")):
        return None
    return match.start()


def _name_slash_agency(text: str) -> int | None:
    match = _NAME_SLASH_AGENCY.search(text)
    return match.start() if match else None


def _place_equals(text: str) -> int | None:
    match = _PLACE_EQUALS.search(text)
    return match.start() if match else None


_SHAPES = (
    _bracketed, _copyright, _labelled, _capitals, _agency_after, _name_slash_agency, _place_equals,
    _photographer_at_end,
)  # fmt: skip
_WEAK_SHAPES = (_wire_in_brackets, _wire_after, _capitals_alone)


def _named(name: str, spaced: bool = False) -> bool:
    """Whether the words are a credit's name ("Anna Korhonen / Kaiku", "«Спорт-Курьер»", "رويترز"), not a
    sentence: a few words, no sentence inside, each capitalised but a name's particles. After a photo word
    and a mere space ("Photo Le CdS"), the name must begin with a capital."""
    name = name.strip().removesuffix(".")
    if re.search(r"[.!?。]\s", name) or name.endswith((",", ";", ":", "!", "?")):
        return False
    words = [word.strip("«»\"“”'‘’()") for word in re.split(r"[\s/|–—-]+", name)]
    words = [word for word in words if word]
    if not words or len(words) > 8:
        return False
    cased = [word for word in words if word[0].lower() != word[0].upper()]
    if not cased and len(words) > 4 and not _AGENCY_ONLY.fullmatch(name):
        return False  # in a script without capitals, a credit's name is short; a gallery's title runs on
    if spaced and not (cased and cased[0][0].isupper()) and not _AGENCY_ONLY.fullmatch(name):
        return False  # after a mere space, only a capital tells a name (a script without capitals: an agency)
    return all(word[0].isupper() or word.casefold() in lexicon.NAME_PARTICLES for word in cased)


def _short(name: str) -> bool:
    """A few words and no sentence in them ("Renzo Salazar / Enviado especial")."""
    return len(name.split()) <= 8 and not re.search(r"[.!?。]\s", name)


def caption_before(text: str) -> bool:
    """Enough of a caption before the credit: three words, or six characters of a script without spaces, with
    a letter in small type in a script that has them (a line in capitals is a heading's, not a caption's); no
    row of a menu's items ("News | Sport | Video | Travel")."""
    text = text.strip(" -–—|/")
    if " | " in text:
        return False
    dense = sum(1 for char in text if "\u3040" <= char <= "\u9fff" or "\uac00" <= char <= "\ud7af")
    if len(text.split()) < 3 and dense < 6:
        return False
    letters = [char for char in text if char.isalpha()]
    cased = [char for char in letters if char.lower() != char.upper()]
    return len(cased) * 2 < len(letters) or any(char.islower() for char in cased)


# --- credits on a line of their own -------------------------------------------------------------

_SLASHED_WITH_AGENCY = re.compile(rf"^(?:[\w.'’ -]{{2,30}}/)*(?:{_AGENCY})(?:/[\w.'’ -]{{2,30}})+$", re.IGNORECASE)


def credit_line(text: str) -> bool:
    """A photo's credit alone on its line, whatever stands around it: "Kuva: Lehtikuva", "ST PHOTO: GAVIN FOO",
    "(foto Giulia Lucarelli)", "AFP PHOTO", "APA/AFP/Mladen Antonov"."""
    text = text.strip()
    if bracketed := re.fullmatch(r"[(（\[]\s*([^()（）\[\]]{2,60}?)\s*[)）\]]", text):
        inside = bracketed.group(1).strip()  # "(Bild: APA)"; alone, "(AFP)" and "(Kveldsnytt/NTB)" sign the story
        return not _WITH_AGENCY.match(inside) and credits_inside(inside)
    if match := _CREDIT_LINE.match(text):
        if lexicon.GALLERY_WORD.match(match.group("name")):
            return False  # "Foto Galeri", "Photo Galleries": a gallery's link
        return _named(match.group("name"), spaced=not match.group("sep").strip())
    return bool(_OUTLET_PHOTO.match(text) or _SLASHED_WITH_AGENCY.match(text))


_CREDIT_LINE = re.compile(
    rf"^(?P<word>(?-i:[A-Z]{{2,5}}\s+(?=\w+\s*:))?(?:{_WORD}))(?!\w)(?P<sep>\s*[:：=＝|/／]\s*|\s+by\s+|\s+)"
    rf"(?P<name>\S.{{0,60}})$",
    re.IGNORECASE,
)  # an outlet's short name before the word only with a colon after it: "ST PHOTO: GAVIN FOO"
# Names that are a photo's credit only right under its caption; alone, the same words are a byline or a source.
_NAME_WORDS = r"[^\W\d_][\w.'’&/-]*(?:\s+[^\W\d_][\w.'’&/-]*){0,4}"
_PLACED_CREDIT = re.compile(
    rf"^(?:{_AGENCY})$|^[(（]\s*(?:{_AGENCY})\s*[)）]$|"  # "Reuters", "(رويترز)", "（ロイター）"
    rf"^{_NAME_WORDS}\s*[(（]\s*(?:{_AGENCY})\s*[)）]$|"  # "Dmitri Sorokin (Reuters)"
    rf"^{_NAME_WORDS}\s*/\s*{_NAME_WORDS}$|"  # "Ouest-Matin / Thomas Bréhier", "HANA PETROV/THE NORTHERN LEDGER"
    rf"^{_NAME_WORDS}\s+for\s+{_NAME_WORDS}$|"  # "Lorenzo Brandt for The Eastern Standard"
    rf"^{_NAME_WORDS},\s+{_NAME_WORDS}$|"  # "Dana Whitfield, USA DAILY Sports"
    rf"^[©ⓒ]\s*{_NAME_WORDS}(?:\s*[,/]\s*{_NAME_WORDS})?$|"  # "© Belga", "© Kirill Sokolov, AFP", "ⓒ 스포츠한빛"
    r"^/\s*[가-힣()]+\s*=\s*\S.{1,40}$|"  # "/ 로스토프나도누(러시아)=박성민 기자 photo@…": the place, the photographer
    rf"^(?:{_WORD})(?!\w)\s*\S.{{0,40}}$|"  # "Pic Twitter"
    rf"^(?:{lexicon.SOURCE_LABEL})\s*:\s*\S.{{0,60}}$",  # "Source: AFRC Technical Study Group", under a chart
    re.IGNORECASE,
)
_EMAIL = re.compile(r"^[\w.+-]+@[\w-]+(?:\.[\w-]+)+$")
_DAY_STAMP = re.compile(r"\s(?:19|20)\d\d\.\d{1,2}\.\d{1,2}\.?$")  # "… 환호하고 있다. 2018.6.27"


def placed_credit(text: str) -> bool:
    """A credit by its shape, right under a caption: an agency, a name and an agency, a name and an outlet."""
    text = text.strip()
    if bracketed := re.fullmatch(r"[(（]\s*([^()（）]{2,60}?)\s*[)）]", text):
        return credits_inside(bracketed.group(1))  # "(Alexander Hassenstein / Getty Images)"
    if not _PLACED_CREDIT.match(text) or len(text.split()) > 8 or re.search(r"\b(?:19|20)\d\d\b", text):
        return False  # "© 2018 …" is a site's copyright line
    if text.startswith("/"):
        return True
    name = re.sub(rf"^(?:{lexicon.SOURCE_LABEL})\s*:|^[©ⓒ]", "", text, flags=re.I)
    return _named(name) and not lexicon.FOOTER.search(name)


# --- captions by where they stand ---------------------------------------------------------------

PLAYER_KINDS = ("script-notice", "loading")  # a player's notice and its "loading" line
_COUNTER = re.compile(r"\d{1,3}\s*(?:/|／|of|di|de|von|van|sur|из|z|av)\s*\d{1,3}$", re.IGNORECASE)
_QUOTATION = tuple("\"“”„«»‘’'‚「『—–-")


def caption_sized(line: Line) -> bool:
    """A caption's length: three words to two sentences of forty; no quotation (the story's, as is a line that
    introduces what follows)."""
    if line.size > 40 or line.sentences > 2 or line.text.endswith((":", "：", ",", ";")):
        return False
    return not line.text.startswith(_QUOTATION) and (line.size >= 3 or (line.dense and len(line.text) >= 6))


def placed_captions(lines: Sequence[Line], kinds: Mapping[int, str]) -> dict[int, str]:
    """The story's lines that stand where a page sets a caption (see the module's notes), each as a caption."""
    found: dict[int, str] = {}
    for index, line in enumerate(lines):
        above, below = _touching(lines, index, -1), _touching(lines, index, 1)
        if lexicon.PHOTO_LABEL.match(line.text) and below is not None and kinds.get(line.number, STORY) == STORY:
            found[line.number] = "gallery-counter"  # the photo's label, over its caption
            continue
        if kinds.get(line.number) == "photo-credit" and _titled_clip(line) and not _kept(above, kinds):
            if not _in_a_list(above, below, kinds):
                found[line.number] = "caption"  # "Video: Die Höhepunkte …" alone: the clip's title, no one's credit
            continue
        if kinds.get(line.number, STORY) != STORY or not caption_sized(line):
            continue
        if _in_the_story_s_text(line, above, kinds) or _in_the_story_s_text(line, below, kinds):
            continue  # a line of a paragraph: the story's, whatever stands next to the paragraph
        copy = copy_with_credit(lines, index, kinds)
        if (
            _under_a_counter(above, kinds)
            or (_by_a_player(line, above, below, kinds) and not in_a_rail(lines, index))
            or _under_a_photo_label(above)
            or _under_its_credit(lines, index, kinds)
            or copy is not None
            or (credit_start(line.text) is not None and story_goes_on(lines, index, kinds))
            or lexicon.NUMBERED_FIGURE.match(line.text)
            or (_titled_clip(line) and not _in_a_list(above, below, kinds))
        ):
            found[line.number] = "caption"
        if copy is not None and kinds.get(copy[0], STORY) == STORY:
            found[copy[0]] = "caption-copy"  # printed once, with the credit the copy adds
    return found


def _in_a_list(above: Line | None, below: Line | None, kinds: Mapping[int, str]) -> bool:
    """Next to a list of links (other stories, other clips): an entry of it, not this story's clip."""
    return any(other is not None and kinds.get(other.number) in _LISTS for other in (above, below))


_LISTS = ("related", "read-more", "more-coverage", "nav", "network", "comments", "comment-disclaimer")


def _touching(lines: Sequence[Line], index: int, step: int) -> Line | None:
    """The line right above (step -1) or below (+1), with no blank line between; None if there is none."""
    j = index + step
    return lines[j] if 0 <= j < len(lines) and abs(lines[j].number - lines[index].number) == 1 else None


def _in_the_story_s_text(line: Line, other: Line | None, kinds: Mapping[int, str]) -> bool:
    """Whether the line next to it is the story's running text, with it in one paragraph: a longer line no rule
    took, not this caption printed again, nor its credit."""
    if other is None or kinds.get(other.number, STORY) != STORY:
        return False
    if copy_credit(line.text, other.text) is not None or credit_line(other.text) or placed_credit(other.text):
        return False
    return other.prose or other.size > 12


def _under_a_counter(above: Line | None, kinds: Mapping[int, str]) -> bool:
    return above is not None and kinds.get(above.number) == "gallery-counter" and bool(_COUNTER.search(above.text))


def _by_a_player(line: Line, above: Line | None, below: Line | None, kinds: Mapping[int, str]) -> bool:
    """A clip's title, right by its player's notice: a few words, no row of buttons; a paragraph about the video
    runs longer. Under "Up next" stands the next clip's title, another story's."""
    if line.size > 25 or line.separated or (above is not None and lexicon.NEXT_CLIP.match(above.text)):
        return False
    return any(other is not None and kinds.get(other.number) in PLAYER_KINDS for other in (above, below))


def in_a_rail(lines: Sequence[Line], index: int) -> bool:
    """Whether the block of lines around it holds two running times or more: a rail of clips, each another
    story's ("Now Playing" over the first, "Up Next" over the next); one clip's block holds one."""
    start = end = index
    while start > 0 and lines[start].number - lines[start - 1].number == 1:
        start -= 1
    while end + 1 < len(lines) and lines[end + 1].number - lines[end].number == 1:
        end += 1
    return sum(1 for line in lines[start : end + 1] if RUNNING_TIME.match(line.text)) >= 2


RUNNING_TIME = re.compile(r"^\(?(?:\d{1,2}:)?[0-5]?\d:[0-5]\d\)?$")


def _under_a_photo_label(above: Line | None) -> bool:
    return above is not None and bool(lexicon.PHOTO_LABEL.match(above.text))


def _under_its_credit(lines: Sequence[Line], index: int, kinds: Mapping[int, str]) -> bool:
    """Right under a credit's line set apart from what stands above it ("Фото Reuters" / the caption)."""
    above = _touching(lines, index, -1)
    if above is None or kinds.get(above.number) != "photo-credit":
        return False
    over = _touching(lines, index - 1, -1)
    return over is None or kinds.get(over.number, STORY) != STORY


def _titled_clip(line: Line) -> bool:
    """A clip's or a gallery's caption by its label: "Video: …", "视频：…", "VIDEO - …", "WATCH: …", "Photos: The
    fans of Russia 2018"; "Video: RDK Sporten" and "Photo: Anna Korhonen" are a credit."""
    if line.size > 25 or line.text.endswith(("?", "？")):
        return False  # a question is a link's, to another story
    if clip := lexicon.VIDEO_LABEL.match(line.text):  # a clip's credit is a name of a word or two
        return len(re.findall(r"\w+", line.text[clip.end() :])) >= 3 or line.dense
    photo = _CREDIT_LINE.match(line.text)
    if photo is None or not photo.group("sep").strip():
        return False  # "Video of the goal was shared …": a sentence, its first word no label
    return len(photo.group("name").split()) >= 3 and not _named(photo.group("name"))


def _kept(line: Line | None, kinds: Mapping[int, str]) -> bool:
    return line is not None and kinds.get(line.number, STORY) in (STORY, "caption")


def placed_credits(lines: Sequence[Line], kinds: Mapping[int, str]) -> dict[int, str]:
    """Credits by their shape right under a caption ("Dmitri Sorokin (Reuters)", "(رويترز)"), and the caption
    over each: a line of a caption's length standing apart, with the story going on below the credit."""
    found: dict[int, str] = {}
    for index, line in enumerate(lines):
        if kinds.get(line.number, STORY) not in _CREDIT_KINDS or not _credits(lines, index):
            continue
        if kinds.get(line.number) == "footer" and not line.text.startswith(("©", "ⓒ")):
            continue  # a footer's line is a photo's credit only by its sign, right under a caption
        above = _touching(lines, index, -1)
        if above is None or not _kept(above, kinds):
            continue
        if kinds.get(above.number) == "caption":
            found[line.number] = "photo-credit"
        elif _stands_as_a_caption(lines, index - 1, kinds) and story_goes_on(lines, index, kinds):
            found[line.number], found[above.number] = "photo-credit", "caption"
    return found


# a trailer's, a copyright line's ("© Belga") or a gallery's copy's shape (its photographer again), in a caption's place
_CREDIT_KINDS = (STORY, "credit", "footer", "caption-copy")


def caption_control(text: str) -> bool:
    """A gallery's button for its captions ("hide caption", "toggle caption"), set between a caption and its credit."""
    label = normalise(text)
    return "caption" in label and label in lexicon.PLAYER


def _stands_as_a_caption(lines: Sequence[Line], index: int, kinds: Mapping[int, str]) -> bool:
    """A caption's length, set apart above by a blank line or the page's furniture (a list of headlines, one a line,
    would pass for captions and their credits)."""
    over = _touching(lines, index, -1)
    return caption_sized(lines[index]) and (over is None or kinds.get(over.number, STORY) not in (STORY, "caption"))


def _credits(lines: Sequence[Line], index: int) -> bool:
    """A credit's line by its shape, or a Korean agency's photographer by his address under the caption's day."""
    line = lines[index]
    if placed_credit(line.text):
        return True
    return bool(_EMAIL.match(line.text)) and index > 0 and bool(_DAY_STAMP.search(lines[index - 1].text))


def story_goes_on(lines: Sequence[Line], index: int, kinds: Mapping[int, str]) -> bool:
    """Whether the story's text follows soon below (its bylines may come first): a caption stands in the story,
    a trailer after its last paragraph."""
    return any(kinds.get(line.number, STORY) == STORY and line.prose for line in lines[index + 1 : index + 8])


def copy_with_credit(lines: Sequence[Line], index: int, kinds: Mapping[int, str]) -> tuple[int, str] | None:
    """The caption printed again right under it (a gallery's counter between), with its credit glued on
    ("… took the net with itGetty Images"): the copy's line and the credit."""
    for j in range(index + 1, min(index + 3, len(lines))):
        other = lines[j]
        if other.number - lines[j - 1].number != 1:
            return None
        if (credit := copy_credit(lines[index].text, other.text)) is not None:
            return other.number, credit
        if kinds.get(other.number) != "gallery-counter":
            return None
    return None


def copy_credit(caption: str, copy: str) -> str | None:
    """The credit a copy of the caption adds to its text ("Foto: EFE", "Afp", "Getty Images"), or None."""
    if len(normalise(caption)) < 20 or not copy.startswith(caption):
        return None
    credit = copy[len(caption) :].strip(" -–—|/")
    if not credit:
        return None
    return credit if _AGENCY_ONLY.fullmatch(credit) or credit_line(credit) or _named(credit) else None
