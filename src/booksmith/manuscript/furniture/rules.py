"""Furniture a line shows by itself: its words and its shape, wherever it sits.

Each rule is named for the kind it takes and looks at one line. A rule that could meet a
sentence of the story (a cookie notice, a newsletter prompt) takes only a line that is not
prose or that speaks to the reader as an interface does; a story's sentence that merely
mentions sharing, comments or advertising is never a label. `glued` finds a label stuck to a
paragraph with no line break ("AdvertisementThe coach said …").
"""

from __future__ import annotations

import re
from collections.abc import Callable

from . import captions, lexicon, threads
from .lexicon import made_of, normalise
from .meta import is_weekday_date
from .shape import Line

Rule = Callable[[Line], bool]

_IMPERATIVE = re.compile(
    r"^(?:sign up|subscribe|get (?:the|our)|receive|enter your|join|register|download|click|tap|follow|"
    r"regístrate|suscríbete|recibe|apúntate|inscrivez|abonnez|iscriviti|melden sie sich|jetzt|s['’]inscrire|"
    r"je m['’]inscris|inscreva-se|cadastre-se|abonneer|schrijf je in|подпишитесь|zapisz się|abone ol|"
    r"prenumerera|daftar|đăng ký|ontvang|recevez|reciba)",
    re.IGNORECASE,
)
# Phrases of a site's legal note on reader comments. A story that mentions comments, moderators or
# responsibility uses at most one of the common ones, so two are needed; the strong ones only a note uses.
_DISCLAIMER = re.compile(
    r"not on behalf of|sole (?:ownership|responsibility)|(?:are|is) (?:solely )?responsible for|"
    r"do(?:es)? not (?:necessarily )?reflect|views expressed|respectful|punishable offen|terms of (?:use|service)|"
    r"comments? (?:are|is) (?:moderated|pre-moderated)|reserves? the right to|responsabilidad de sus autores|"
    r"se reserva el derecho|se réserve le droit|si riserva (?:il diritto|di)|behält sich vor|reserva-se o direito|"
    r"views of (?:the |our )?readers|not (?:necessarily )?those of|responsabilidade (?:exclusiva )?de seus autores|"
    r"não representam|n'engagent que|non rappresentano|geben nicht (?:unbedingt )?die meinung|"
    r"verantwoordelijkheid van|мнение редакции|не несет ответственности|nie ponosi odpowiedzialności|"
    r"sorumluluğu (?:yazarına|kullanıcıya)|sorumlu değildir|ansvarar inte|tanggung jawab (?:pengirim|penulis)|"
    r"không đại diện|仅代表(?:网友)?个人观点|不代表本(?:站|网)|와 무관|تعبر عن آراء أصحابها|لا تعبر بالضرورة|"
    r"لا تعبر عن رأي|عن رأي أصحابها|nicht notwendigerweise|die meinung der redaktion|no se hace responsable|"
    r"no (?:necesariamente )?reflejan|não se responsabiliza|são da (?:exclusiva )?responsabilidade|sono moderati|"
    r"la responsabilit[àa] (?:dei|è degli?)|운영정책|삭제될 수|förhandsgranskar|bryter mot (?:våra )?regler|"
    r"tas bort|yasalara aykırı|hakaret|küfür|भाषा की मर्यादा|अभद्र|हटा दी जाएगी|gelöscht|"
    r"verstoßen|eliminar mensagens|violem as regras|les propos|modérés?|seront supprimés|"
    r"will be (?:removed|deleted)|may be (?:removed|deleted)|respect(?:ful|ez|en)|nuestras normas|las normas|"
    r"regole della community|regras de participação|netikett|n[eé]tiquette|huisregels|huis ?regels|منتشر نخواهد شد|"
    r"منتشر خواهد شد|پس از تأیید|توهین|tarkastetaan ennen julkaisua|keskustelun sääntöjä|civil (?:space|discussion)|"
    r"comments? (?:are|is) reviewed|comment community|community guidelines|moderoidaan|moderálj|"
    r"שומרת לעצמה|אינה אחראית|не несе відповідальності|nu răspunde|regulamentul|"
    # ca, hr/sr, sk/cs, sl, bg, ms/id, sw, bn, lt, lv, et
    r"responsabilitat dels seus autors|ens reservem el dret|stavovi (?:njihovih )?autora|zadržava(?:mo)? pravo|"
    r"ставови (?:њихових )?аутора|задржава(?:мо)? право|diskusia je moderovaná|porušujú pravidlá|budú odstránené|"
    r"pridržuje(?:mo)? pravico|запазва(?:ме)? правото|не отразяват|pandangan pembaca|tidak mewakili|"
    r"erantzukizuna egileena|responsabilidade dos seus autores|வாசகர்களின் கருத்துக்கள்|"
    r"si msimamo|ni ya wasomaji|মন্তব্য তাঁর নিজস্ব|দায় (?:[^ ]+ )?নয়|pasilieka teisę|patur tiesības|jätab endale õiguse",
    re.IGNORECASE,
)
_STRONG_DISCLAIMER = re.compile(
    r"required fields are marked|will not be published|n[eé]tiquette|house rules|community (?:guidelines|standards)|"
    r"charte de (?:modération|participation|bonne conduite)|have not been moderated|by posting your comment|"
    r"見解ではありません|ログインが必要|"
    r"comment policy|exclusiva responsabilidad|jadilah yang pertama|berhak menghapus|로그인 후 댓글|"
    r"zgodnie z regulaminem|yorum yazabilmek için|be the first to comment|no comments yet|soyez le premier à|"
    r"sé el primero en|sei il primo a|seja o primeiro a|schreiben sie den ersten|wees de eerste|"
    r"оставьте первый комментарий|最初のコメント|첫 댓글|belum ada komentar",
    re.IGNORECASE,
)
_PHOTO_CREDIT = re.compile(
    r"^(?:image source,|image:|credit:|photo(?:graph)?s?:|foto(?:s)?:|picture:|bild:|写真[:：]|photo by\s|fot\.|fot:|"
    r"imagem:|zdjęcie:|kuva:|fotó:|снимка:|фото:|ছবি:|படம்:|تصویر:|تصوير:|صورة:|图片[:：]|사진\s*=|תמונה:|צילום:|ภาพ\s?:|εικόνα:|video:|"
    r"fotoğraf:|image copyright|picture copyright|(?:photo|image) credits?:?|图片来源[:：]|图源[:：]|写真提供[:：]|"
    r"사진 출처\s*[:：]?)"
    r"\s*\S.{0,60}$|"
    # "Фото Reuters", "Foto AFP / Jan Kowalski": the word, then an agency
    r"^(?:фото|foto|photo|fotó|zdjęcie)\s+(?:reuters|afp|ap|epa|efe|dpa|pap|ansa|tass|тасс|риа новости|ria novosti|"
    r"getty images|imago|anadolu|aa|xinhua|kyodo|shutterstock)(?:\s*/\s*[\w .'’-]{2,40})?$|"
    r"^(?:getty images|imago|shutterstock|alamy)(?:\s*(?:/|via)\s*[\w .]+)?$|"
    r"^\(?[\w .'-]{2,40}/(?:afp|reuters|getty images|ap|epa)(?:/getty images)?\)?$|"
    r"^©\s*[\w .,'/-]{2,60}$|^\([\w ]{2,20} photo\)$|"
    r"(?-i:^(?:PHOTO|FOTO|PHOTOGRAPHIE)\s+[A-ZÀ-Ý][A-ZÀ-Ý .,'’/-]{3,80}$)|"  # "PHOTO CHANTAL POIRIER, LE COURRIER"
    # "Fotografia Rita Amaral": the word, then the photographer's name, as Latin-language papers set it
    r"(?-i:^(?:Fotografia|Fotografía|Fotografie|Photographie|Fotos?|Fotó|Kuva)\s+[A-ZÀ-Ý][\w'’.-]+"
    r"(?:\s+(?:de|da|do|dos|das|del|van|von|der|di|du|le|la|[A-ZÀ-Ý][\w'’.-]+)){1,3}$)|"
    # the credit in brackets with its word, in any script: "(Bild: APA)", "（撮影・山田太郎）", "（图片来源：东方IC）"
    r"^[（(]\s*(?:bild|foto|fotos|photo|image|kuva|zdjęcie|撮影|写真|图片来源|图片|图源|摄影|사진|사진 출처)\s*"
    r"[・:：＝=]\s*[^（）()]{2,40}[）)]$|"
    r"^(?:afp|reuters|ap|epa|efe|dpa|getty images|anadolu)\s*/\s*[\w .'’-]{2,40}$",  # "REUTERS/Kai Pfaffenbach"
    re.IGNORECASE,
)
# An agency's name alone is a photo's credit only right under a caption (clean joins them); elsewhere it
# is a menu's item or a list's source.
AGENCY_ALONE = re.compile(f"^(?:{lexicon.alternation(lexicon.WIRE_AGENCIES)})$", re.IGNORECASE)


def skip_link(line: Line) -> bool:
    return line.size <= 8 and bool(lexicon.SKIP_LINK.match(line.text))


def share(line: Line) -> bool:
    if _SHARE_MENU.match(line.text) or _spoken_buttons(line):
        return True
    if line.size > 14 or line.prose:
        return False
    if made_of(line.raw or line.text, lexicon.SHARE):
        return True
    unglued = _unglued(line.text)  # "FacebookTwitterPinterestEmail": buttons copied with no space
    if unglued != line.text and made_of(unglued, lexicon.SHARE):
        return True
    if _phrases_of(normalise(line.text), lexicon.SHARE):
        return True  # "Share All sharing options": a button and the menu's label, run together
    row = re.sub(r"(?i)[\s|·•]+comments?$", "", line.raw or line.text)  # the row's last button, to the comments
    if row != (line.raw or line.text) and len(row.split()) >= 2 and made_of(row, lexicon.SHARE):
        return True  # "Facebook Twitter Email Comments"
    # "Follow us on Google News", "Urmărește Arena Zilei pe Google News", "کانال تلگرام … را دنبال کنید"
    return line.size <= 12 and bool(_FOLLOW.search(line.text)) and bool(_NETWORK.search(line.text))


def _spoken_buttons(line: Line) -> bool:
    """Share buttons copied with the words a screen reader says for each: "Click to share on Facebook (Opens in new
    window)   Click to share on Twitter (Opens in new window)", a row or one a line. A sentence that tells the reader
    to click ("Click to print the ticket.") says so once, with no note of a window."""
    raw = line.raw or line.text
    if line.prose:
        return False  # a paragraph is not searched
    window = lexicon.NEW_WINDOW.search(raw)
    if not window and not lexicon.CLICK_TO.match(line.text):
        return False  # most lines end here
    parts = lexicon.ROW_GAP.split(raw)
    buttons = [lexicon.CLICK_TO.sub("", lexicon.NEW_WINDOW.sub(" ", part)).strip() for part in parts]
    buttons = [button for button in buttons if button]
    return (len(buttons) >= 2 or bool(window)) and all(_share_button(button) for button in buttons)


def _share_button(text: str) -> bool:
    """A share button's own words, the screen reader's aside: "share on Facebook", "email a link to a friend"."""
    words = normalise(text).split()
    return made_of(text, lexicon.SHARE) or (len(words) <= 7 and bool(set(words) & _SHARE_VERBS))


_SHARE_VERBS = {
    "share", "email", "print", "tweet", "pin", "partager", "compartir", "condividere", "teilen", "delen", "dela",
}  # fmt: skip


def _phrases_of(text: str, phrases: set[str]) -> bool:
    """Whether the words are the lexicon's phrases one after another, none left over ("share" + "all sharing
    options")."""
    words = text.split()
    if not all(word in _PHRASE_WORDS for word in words):
        return False  # a word no phrase holds: most lines end here, unsearched
    ends = {0}  # the word counts a run of whole phrases can end at
    for end in range(1, len(words) + 1):
        if any(start in ends and " ".join(words[start:end]) in phrases for start in range(max(0, end - 8), end)):
            ends.add(end)
    return len(words) >= 2 and len(words) in ends


_PHRASE_WORDS = frozenset(word for phrase in lexicon.SHARE for word in phrase.split())
_SHARE_MENU = re.compile(r"^(?:share )?all sharing options(?: for)?\s*:", re.IGNORECASE)
_GLUED_WORDS = re.compile(r"(?<=[a-z])(?=[A-Z])")
_ONE_WORD = {"Whats App": "WhatsApp", "Linked In": "LinkedIn", "You Tube": "YouTube", "Tik Tok": "TikTok"}


def _unglued(text: str) -> str:
    """Words copied with no space between them, parted where a capital follows a small letter (brands kept)."""
    parted = _GLUED_WORDS.sub(" ", text)
    for split, word in _ONE_WORD.items():
        parted = parted.replace(split, word)
    return parted


# Whole words ("Volgograd" is no "volg", "lifeline" no LINE), but for stems a verb's endings follow.
_FOLLOW = re.compile(
    r"(?:^|\s)(?:(?:follow|like|join|folgen|folge|sigue|síguenos|suivez|segui|seguici|siga|volg|följ|følg|seuraa|"
    r"sledujte|obserwuj|takip|kövess|стежте|theo dõi|ikuti|polub|polubcie|aimez|curta|curtam|tykkää|beğen|beğenin|"
    r"вподобайте)(?!\w)|ακολουθ|urmăr|підпиш|подпиш|ติดตาม|เพิ่มเพื่อน)|"
    r"دنبال کنید|הצטרפו|עקבו|تابعونا|تابعوا",
    re.IGNORECASE,
)
_NETWORK = re.compile(
    r"google news|facebook|twitter|instagram|telegram|whatsapp|youtube|tiktok|zalo|viber|"
    r"تلگرام|اینستاگرام|טלגרם|פייסבוק|تيليجرام|فيسبوك|телеграм|фейсбук|ไลน์|(?-i:\bLine\b|(?<![A-Za-z])LINE(?![A-Za-z]))",
    re.IGNORECASE,
)


def nav(line: Line) -> bool:
    """A menu: section names and account links, on one line or one per line; a search box's hint ("Search
    news, videos..."); a pager ("Page 1 2 Next"); a broadcaster's banner of what is on air."""
    if line.prose or line.size > 40 or (line.size > 30 and not spaced_row(line)):
        return False  # a menu bar copied whole, its items two spaces apart, runs longer
    if on_air(line):
        return True
    if made_of(line.raw or line.text, lexicon.NAV, allow_counts=False):
        return True
    if line.size <= 8 and (_SEARCH_HINT.match(line.text) or (_PAGER.match(line.text) and _PAGE_WORD.search(line.text))):
        return True  # a pager has its word or its button: "1 2 3" alone may be the story's count
    items = lexicon.items(line.raw or line.text)
    row = len(items) >= 4 and (line.separated or spaced_row(line)) and all(len(item.split()) <= 4 for item in items)
    return row and not table_row(items)


def on_air(line: Line) -> bool:
    """A broadcaster's banner of the programme on air ("Live Now: KRVT 8 News at Noon", "En vivo: Noticiero 8"): a
    label and a name, no sentence. A live story's headline says what happens ("Live: Japan v Colombia")."""
    return line.size <= 12 and not line.ends_sentence and bool(lexicon.ON_AIR.match(line.text))


def spaced_row(line: Line) -> bool:
    """Four items or more parted by two spaces each, none a sentence's end ("Home  World  Sport  Tennis"): a
    menu copied from its bar. A paragraph's double space follows a full stop."""
    raw = line.raw or line.text
    if "  " not in raw:
        return False  # most lines end here
    gaps = len(_DOUBLE_SPACE.findall(raw))
    return gaps >= 3 and gaps >= len(lexicon.items(raw)) - 1 and not _SENTENCE_GAP.search(raw)


_DOUBLE_SPACE = re.compile(r"(?<=\S)[^\S\u3000]{2,}(?=\S)")
_SENTENCE_GAP = re.compile(r"[.!?。:;,][^\S\u3000]{2,}")
# A search box's hint: "Search news, videos, photos...", "Cari berita, video, foto...", "Rechercher un article…".
_SEARCH_HINT = re.compile(
    r"^(?:search|cari|buscar|busca|rechercher|suchen|cerca|pesquisar|zoeken|sök|søk|hae|szukaj|ara|tìm kiếm|"
    r"поиск|пошук|шукати|искать|搜索|検索|검색|ค้นหา|חיפוש|بحث|جستجو)\b.{0,40}(?:\.\.\.|…)$|"
    r"^(?:search|cari|buscar|rechercher|suchen|cerca|tìm kiếm|поиск|пошук|ค้นหา|חיפוש)\s+(?:news|berita|noticias|"
    r"actualités|nachrichten|notizie|tin tức|новин\w*|ข่าว|חדשות)$",
    re.IGNORECASE,
)
_PAGE_WORD = re.compile(r"[^\W\d_]|[«‹<»›>]")
# A pager under a story split over pages: its numbers and its buttons ("Halaman 1 2 Selanjutnya", "« 1 2 3 »").
_PAGER = re.compile(
    r"^(?:(?:page|pages|halaman|página|pagina|seite|trang|страница|сторінка|strona|sayfa|sida|side|sivu)\s*:?\s+)?"
    r"(?:(?:[«‹<]|prev(?:ious)?|sebelumnya|anterior|précédente?|zurück|precedente|trước|назад|poprzednia|önceki)\s+)?"
    r"\d{1,3}(?:\s+\d{1,3})+(?:\s+(?:[»›>]|next|selanjutnya|berikutnya|siguiente|próxima|suivante?|weiter|"
    r"successiva|tiếp|sau|далі|далее|następna|sonraki|nästa|neste|seuraava))?$",
    re.IGNORECASE,
)


def table_row(items: list[str]) -> bool:
    """A row of a table: most of its cells hold a number (a match's day and score, a date, a figure). A menu's
    items are words; a year is a section's name ("World Cup 2018")."""
    numbered = [item for item in items if re.search(r"\d", _YEAR.sub("", item))]
    return len(numbered) * 2 > len(items)


_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")


# An advertiser's copy: a call to act on its own at its end ("… 18+. Register now."), and an offer or the small
# print a regulated ad carries. A story's "organisers urged fans to book now" has no break before the call.
_CALL_TO_ACT = re.compile(
    r"(?:^|[.!?|·»–—-]\s*)(?:book|shop|apply|register|sign up|order|buy|bet|join|claim|"
    r"get (?:it|yours|started|the offer)|learn more|"
    r"sprawdź(?: ofertę)?|zamów|kup|jetzt (?:kaufen|buchen|bestellen)|compra(?:r)? ya|réservez|commandez|"
    r"prenota|acquista|şimdi al|köp nu|beli sekarang)(?: now| today| here)?\s*(?:[!.»›>]+|$)",
    re.IGNORECASE,
)
_OFFER = re.compile(
    r"[£$€₦¥₹]\s?\d|\d\s?(?:zł|kr|€|%|lei|ft)|\b18\+|t&cs? apply|(?:bet|gamble) responsibly|odds\b", re.I
)


def ad_copy(line: Line) -> bool:
    return line.size <= 25 and bool(_CALL_TO_ACT.search(line.text)) and bool(_OFFER.search(line.text))


def advertisement(line: Line) -> bool:
    text = normalise(line.text)
    if line.size <= 30 and not line.ends_sentence and _PAID_LABEL.match(line.text):
        return True  # "Partner content: How a Nairobi startup …": a paid story's headline under its label
    if line.size <= 5 and _AD_SLOT.search(text) and _AD_SLOT.sub("", text).strip() in lexicon.AD:
        return True  # "Advertisement 728x90", "พื้นที่โฆษณา 300x250": the slot's label and its size
    return line.size <= 5 and (
        text in lexicon.AD or bool(lexicon.AD_NOTE.match(line.text)) or bool(lexicon.SPONSORED_BY.match(text))
    )


_AD_SLOT = re.compile(r"\b\d{2,4}\s?[x×]\s?\d{2,4}\b")  # an ad's size in pixels, as its empty slot shows it
_AD_BLOCKER = re.compile(
    r"\bad ?-?blockers?\b.{0,60}\b(?:turn off|disable|whitelist|allow|pause)|\b(?:turn off|disable|whitelist|pause)\b"
    r".{0,40}\bad ?-?blockers?\b|\badblocking instructions\b",
    re.IGNORECASE,
)


def ad_blocker_plea(line: Line) -> bool:
    """The site's plea for its ads, after the story; a story's sentence about ad blockers is inside it."""
    text = line.text
    if line.size > 40 or not _AD_BLOCKER.search(text) or not _TO_THE_READER.search(text):
        return False
    return not re.search(r"^[\"“‘']|\b(?:said|says|told|tells|according to)\b", text, re.I)  # no one quoted


_TO_THE_READER = re.compile(r"(?i)\b(?:you|your|we|us|our)\b")  # the site speaking, not a story telling


_PAID_LABEL = re.compile(
    r"^(?:partner|sponsored|promoted|paid|advertiser|branded) (?:content|post|story|feature)\s*[:|–—-]\s*\S", re.I
)


def ad_note(line: Line) -> bool:
    return line.size <= 12 and bool(lexicon.AD_NOTE.match(line.text))


# A consent banner in any language names its cookies (the word is borrowed nearly everywhere, or is one of
# these) and what they are for: the site, its visitors' data, their consent.
_COOKIE_NOUN = re.compile(
    r"\bcookie|\bkakor\b|galetes|kolačić|колачић|piškot|бисквитк|কুকি|\bkuki\b|vidakuzi|slapuk|sīkdatn|küpsis|"
    r"குக்கீ|کوکی|कुकी|కుకీ|koekies|vafrakök|ქუქი|թխուկ|çərəz|çerez|evästei|sütik|informasjonskapsl|ciasteczk|"
    r"クッキー|쿠키|עוגיות|คุกกี้|ملفات تعريف الارتباط",
    re.IGNORECASE,
)
_COOKIE_PURPOSE = re.compile(
    r"site|web|page|navig|brows|visit|experi|consent|privacy|personal data|partner|gdpr|rgpd|dsgvo|rodo|zgod|"
    r"servei|servic|publicit|advertis|stranic|stránk|spletn|iskust|izkuš|korisni|uporabni|"
    r"danych|datos|données|dati|dados|daten|privac|privat|súhlas|souhlas|suglas|pristaj|sutik|piekr|nõus|hozzájár|"
    r"kabul|setuju|kubali|сайт|согла|дан|ιστο|συγκατ|ওয়েব|இணைய|ویب|वेब|サイト|사이트|אתר|เว็บ|موقع",
    re.IGNORECASE,
)


def consent_banner(line: Line) -> bool:
    """A sentence of a consent banner, in whatever language: it names cookies and what they are for. A
    story's sentence about biscuits names no site and asks no consent."""
    return line.prose and bool(_COOKIE_NOUN.search(line.text)) and bool(_COOKIE_PURPOSE.search(line.text))


def cookie(line: Line) -> bool:
    """A consent banner: the site (we, this site …) speaking of cookies or privacy. Its buttons go with it
    (see `boxes.boxes`); a footer's "Cookies" link is the footer's."""
    if line.size > LONGEST_NOTICE:
        return False
    first = lexicon.items(line.raw or line.text)[:1] if line.separated else []  # its buttons may follow
    text = first[0] if first else line.text
    if lexicon.PRIVACY_TITLE.match(normalise(line.text)):
        return True
    if len(text.split()) < 5 and not line.dense:
        return False
    return (
        bool(_COOKIE_SPEAKER.search(text))
        and bool(
            re.search(
                r"cookie|consent|datenschutz|privacy|privacidad|privacidade|confidentialité|prywatn|çerez|kişisel veri|"
                r"कुकीज़|คุกกี้|עוגיות|informasjonskapsler|evästeitä|sütik|"
                r"プライバシー|개인정보|隐私",
                text,
                re.I,
            )
        )
        and bool(_CONSENT.search(line.text))
    )


# What only a banner says: it asks for consent, or points to its settings ("Manage settings | Accept all").
_CONSENT = re.compile(
    r"accept|agree|consent|by (?:continuing|using|browsing|clicking)|"
    r"continue (?:to use|browsing|using)|manage|settings|"
    r"preferences|(?:cookie|privacy) (?:policy|notice)|learn more|more info|personalis|personaliz|our partners|"
    r"technolog|statisti|statysty|analy[st]|analiz|reklam|advertis|werb|publicit|pubblicit|"
    r"\bok\b|got it|(?:read|lees|läs) (?:more|meer|mer) (?:about|over|om) cookies|mehr erfahren|en savoir plus|"
    r"más información|saiba mais|per saperne di più|подробнее|dowiedz się|daha fazla bilgi|akzeptier|"
    r"zustimm|stimmen sie|einverstanden|weitersurf|einstellungen|acept|navegando|continuar|"
    r"configura|accett|continuando|en poursuivant|paramètres|akkoord|accepteren|instellingen|соглас|продолжая|"
    r"настройк|zgod|akceptuj|ustawienia|kabul|ayarlar|godkänn|acceptera|inställningar|setuju|pengaturan|đồng ý|"
    r"αποδοχή|souhlasím|přijmout|स्वीकार|ยอมรับ|אישור|прийняти|accepter|godta|hyväksy|aceitar|elfogad|"
    r"cài đặt|同意|设置|設定|동의|설정|موافق|إعدادات|kişisel verileriniz|çerez politika|zaakceptuj|przejdź do serwisu",
    re.IGNORECASE,
)


# Who speaks in a consent banner: the site or its owner ("we", "this site", "X uses cookies").
_COOKIE_SPEAKER = re.compile(
    r"\b(?:we|our partners|this (?:site|website)|nous|wir|wykorzystujemy|stosujemy|sitemizde|kullanmaktayız|"
    r"χρησιμοποιούμε|používáme|tento web|हम कुकीज़|เราใช้คุกกี้|אנו משתמשים|ми використовуємо|"
    r"bruger vi|bruker vi|käytämme evästeitä|utilizamos|sütiket .{0,30}használ|folosim cookie|"
    r"nous utilisons|usiamo|vi bruger|vi bruker|käytämme|χρησιμοποιούμε|používáme|folosim|"
    r"ми використовуємо|diese (?:website|seite|webseite)|utilizamos|usamos|"
    r"questo sito|utilizziamo|este (?:sitio|site)|ce site|wij|deze (?:website|site)|мы|этот сайт|używamy|ta strona|"
    r"kullanıyoruz|bu (?:site|web sitesi)|vi använder|kami|chúng tôi)\b|当サイト|本网站|我们|당사|이 사이트|"
    r"\b(?:uses?|using|verwendet|verwenden|nutzt|nutzen|utilise|utilisons|utiliza|usa|utilizza|gebruikt|gebruiken|"
    r"использует|используем|kullanır|använder|używa|menggunakan|sử dụng)\s+(?:\w+\s+){0,3}cookie",
    re.IGNORECASE,
)


_NEWSLETTER_NOUN = re.compile(
    r"newsletter|inbox|mailbox|e-?mail|updates|alerts|boletín|correo|lettre|abonnieren|購読|メルマガ|뉴스레터|النشرة|"
    r"new posts",
    re.IGNORECASE,
)


_CHANNEL_ASK = re.compile(
    r"t\.me/|\+\d{2}|(?:^|[\s:📲✈️])(?:join\b|sumate|súmate|únete|unite\b|recib[ií]|suscr[ií]b|abonnez|rejoignez|"
    r"iscriviti|entra|participe|inscreva|agendá|agrega|añad|scrivici|schreib uns|подписывайтесь|подпишитесь|"
    r"підписуйтесь|підпишіться|abonniert|folgt uns)",
    re.IGNORECASE,
)


# A consent banner's or a comment section's small print runs to 65 words in the corpus; a longer line is a
# paragraph, and is not searched for their words (the searches of long lines were most of the cleaning's time).
LONGEST_NOTICE = 120


def newsletter(line: Line) -> bool:
    """A newsletter prompt: its words, as a label, or a sentence that asks the reader to sign up for one;
    its e-mail field ("Din e-postadress"); a messaging channel's pitch ("Sumate a nuestro canal de Telegram")."""
    if line.size > 30:
        return False  # no prompt is longer; and the word lists are slow to search a long paragraph for
    if line.size <= 6 and lexicon.EMAIL_FIELD.match(line.text.strip()):
        return True
    if line.sentences <= 3 and len({m.group().casefold() for m in lexicon.NEWSLETTER_PITCH.finditer(line.text)}) >= 2:
        return True  # "X is a reader-supported publication. To receive new posts and support my work, …"
    if line.size <= 30 and line.sentences <= 2 and lexicon.CHANNEL_PROMO.search(line.text):
        return not line.prose or bool(_CHANNEL_ASK.search(line.text))  # "fans joined the Telegram channel" is story
    if not lexicon.NEWSLETTER.search(line.text):
        return False
    if not line.ends_sentence and not line.prose and line.size <= 14:
        return True
    parts = [part.strip() for part in re.split(r"(?<=[.!?])\s+", line.text)]
    if len(parts) >= 2 and len(parts[-1].split()) <= 2 and _IMPERATIVE.match(parts[-1]) and line.size <= 30:
        return True  # the box's pitch and its button: "Chaque lundi, l'essentiel du sport. S'inscrire"
    asks = any(_IMPERATIVE.match(part) for part in parts)
    return asks and bool(_NEWSLETTER_NOUN.search(line.text)) and line.size <= 30


def paywall(line: Line) -> bool:
    if line.size <= 3 and normalise(line.text) in _PAID_OR_BUTTON:
        return True  # the badge of a story for subscribers, by its headline; a lone button
    if line.size <= 12 and not line.prose and lexicon.SUBSCRIPTION_OFFER.match(line.text):
        return True  # "Subscribe for just 99¢"; "Subscribe for $5 a month, the club told its fans." is a sentence
    if line.size <= 14 and not line.prose and lexicon.SUBSCRIPTION_PRICE.search(line.text):
        return True  # "1 Monat für 0,99 €, danach 9,90 € im Monat": the wall's price, no sentence of the story
    if line.size <= 10 and not line.prose and not line.text.endswith(".") and lexicon.PAYWALL_PROMPT.search(line.text):
        return True  # "Jederzeit monatlich kündbar", "Bereits Abonnent? Hier anmelden"
    return line.size <= (32 if line.dense else 25) and bool(lexicon.PAYWALL.search(line.text))


_PAID_OR_BUTTON = frozenset(lexicon.PAID_BADGE) | {
    "subscribe", "subscribe →", "support the", "contribute →", "subscribe now", "abonneer",
}  # fmt: skip


def script_notice(line: Line) -> bool:
    """A media player's notices and controls ("This video requires JavaScript", "Play", "0:48")."""
    if video_box(line):
        return True
    if line.size > 24:
        return False  # the longest notice below; a paragraph is not searched
    short = line.sentences <= 1 or (line.sentences == 2 and line.size <= 12)  # "This video cannot be played. Retry."
    if line.size <= 16 and short and bool(lexicon.SCRIPT_NOTICE.search(line.text)):
        return True
    if line.size <= 24 and line.sentences <= 2 and bool(lexicon.SCRIPT_NOTICE_STRONG.search(line.text)):
        return True
    if line.size > 8 or line.ends_sentence:
        return False
    if _PLAYER_CLOCK.match(line.text) or _PLAYBACK_SPEED.match(line.text) or lexicon.DURATION.match(line.text):
        return True  # "0:00 / 4:36" (elapsed of total), "1x", "Duration 1:58": a player's; a live blog's stand alone
    tokens = [item for item in lexicon.items(line.raw or line.text) if item]
    if _control_and_length(tokens):
        return True  # "Listen · 18 min": the audio's button and how long it runs
    if len(tokens) == 1 and tokens[0] in _EVERYDAY_CONTROLS:
        return False  # "Pause" alone is a live ticker's half-time entry as often as a player's button
    timer = re.compile(r"^(?:\d{1,2}:)?\d{1,2}:\d{2}(?: / (?:\d{1,2}:)?\d{1,2}:\d{2})?$")
    return (
        bool(tokens)
        and all(item in lexicon.PLAYER or timer.match(item) for item in tokens)
        and any(item not in _WEAK_CONTROLS for item in tokens)
    )


def video_box(line: Line) -> bool:
    """A video's box copied as one line: its label or its play button, the clip's title, its running time last
    ("VIDEO   ▶   Giappone, dieci minuti di melina   1:46", "فيديو ▶ ملخص المباراة 02:14"). A story's sentence about
    a video ends on its full stop, and has no button in it."""
    raw = line.raw or line.text
    if not line.text[-1:].isdigit() or line.size > 30 or not _RUNNING_TIME_AT_END.search(line.text):
        return False  # most lines end here
    return bool(_PLAY_BUTTON.search(raw) or lexicon.VIDEO_LABEL.match(raw))


def _control_and_length(tokens: list[str]) -> bool:
    """A player's buttons and the clip's length in minutes ("Listen · 18 min", "Écouter · 5 min"): a live blog's
    "Live · 5 min" has no button of a player's own."""
    lengths = [token for token in tokens if _LENGTH.match(token)]
    controls = [token for token in tokens if token not in lengths]
    return (
        bool(lengths and controls)
        and all(token in lexicon.PLAYER for token in controls)
        and any(token not in _WEAK_CONTROLS for token in controls)
    )


_RUNNING_TIME_AT_END = re.compile(r"(?:^|\s)(?:\d{1,2}:)?\d{1,2}:\d{2}(?:\s*/\s*(?:\d{1,2}:)?\d{1,2}:\d{2})?$")
_PLAY_BUTTON = re.compile(r"[▶►▷⏵]")
_LENGTH = re.compile(r"^\d{1,3}\s?(?:min|mins|minutes?|minuten|minutos|minuti|minut|мин|분|分)\.?$")
_WEAK_CONTROLS = ("live", "watch", "video", "videos")
_PLAYER_CLOCK = re.compile(r"^(?:\d{1,2}:)?\d{1,2}:\d{2}\s*/\s*(?:\d{1,2}:)?\d{1,2}:\d{2}$")
_PLAYBACK_SPEED = re.compile(r"^[0-2](?:[.,]\d{1,2})?\s?[x×]$")
_EVERYDAY_CONTROLS = {
    "pause", "pausa", "close", "cancel", "skip", "live", "listen", "audio", "settings", "auto", "speed", "escuchar",
    "ouvir", "luister", "lyssna", "lytt", "lyt", "kuuntele", "posłuchaj", "dinle", "слушать", "послушать",
}  # fmt: skip


def text_size(line: Line) -> bool:
    if _TEXT_SIZE_ROW.match(line.text):
        return True
    return line.size <= 8 and bool(lexicon.TEXT_SIZE.match(line.text.strip()))


_TEXT_SIZE_ROW = re.compile(
    r"^(?:(?:normal|default|small(?:er)?|large(?:r)?|very large|bigger)\s+text size\s*){2,}$", re.IGNORECASE
)


def network(line: Line) -> bool:
    """The site's network and its cross-promotion: an app's or a streaming service's pitch, a blog network's bar."""
    return app_promo(line) or stream_promo(line) or network_bar(line)


def stream_promo(line: Line) -> bool:
    """A streaming service's pitch: "Watch on X: stream every match live and on demand. Start your free trial >".
    It opens on where to watch and sells an offer; a story's sentence about a broadcast sells nothing."""
    if line.size > 40 or not lexicon.STREAM_PROMO.match(line.text):
        return False
    return bool(lexicon.STREAM_OFFER.search(line.text))


def network_bar(line: Line) -> bool:
    """A blog network's bar over its site's header: its link to every site of it ("All 318 team sites") and the site's
    own tagline ("La Ola Verde, a Mexico national team community"); `boxes.network_names` takes the name over them."""
    if line.size > 12 or line.ends_sentence:
        return False
    return bool(lexicon.NETWORK_SITES.match(line.text) or lexicon.SITE_TAGLINE.match(line.text))


def app_promo(line: Line) -> bool:
    if line.size <= 24 and line.sentences <= 2 and _CLICK_HERE.search(line.text):
        return True  # "Get live score updates of … on Sixer Sports. Click here."
    return line.size <= 16 and not line.sentences > 1 and bool(lexicon.APP_PROMO.search(line.text))


# A line that ends by telling the reader to click: a link's promise, in no story's words.
_CLICK_HERE = re.compile(
    r"[.!]\s*(?:click|tap) here\.?$|\bcliquez ici\.?$|\bclique aqui\.?$|\bhaz clic aquí\.?$|\bklicken sie hier\.?$",
    re.IGNORECASE,
)


def loading(line: Line) -> bool:
    return line.size <= 6 and bool(lexicon.LOADING.match(line.text.strip()))


def embed_label(line: Line) -> bool:
    if _EMBED_CODE.match(line.text):
        return True  # a player's "Embed" box copied with its code: markup, not a sentence of the story
    return line.size <= 25 and bool(lexicon.EMBED_LABEL.match(line.text))


# The element alone, empty: "<iframe src=… width=…></iframe>". A sentence that quotes markup goes on after it.
_EMBED_CODE = re.compile(r"^<(iframe|embed|object|video|audio)\b[^<>]*>(?:\s*</\1>)?$", re.I)


def gallery_counter(line: Line) -> bool:
    if line.size <= 25 and not line.ends_sentence and lexicon.GALLERY_LINK.search(line.text):
        return True  # "Ver galería: las imágenes de la derrota (24 fotos)", "写真を見る（4枚）": the gallery's link
    return line.size <= 6 and bool(lexicon.GALLERY_COUNTER.match(line.text.strip()))


def comment_disclaimer(line: Line) -> bool:
    if line.size > LONGEST_NOTICE:
        return False
    text = lexicon.fold_marks(line.text)
    if not (lexicon.COMMENT_WORD.search(text) or re.search(r"\bpost|e-?mail", text, re.I)):
        return False
    phrases = {m.group().lower() for m in _DISCLAIMER.finditer(text)}
    return len(phrases) >= 2 or bool(_STRONG_DISCLAIMER.search(text))


def footer(line: Line) -> bool:
    if _CREDITED_PHOTO.match(line.text):
        return False  # the photo's credit (photo_credit takes it)
    if line.prose and not re.search(r"©|copyright|all rights reserved", line.text, re.I):
        return False
    return line.size <= 40 and bool(lexicon.FOOTER.search(line.text))


_CREDITED_PHOTO = re.compile(r"^©\s*(?:foto|photo|fotó|zdjęcie|bild|imagen|image)\b", re.I)


def land_acknowledgement(line: Line) -> bool:
    """The site's acknowledgement of the land's first peoples, in its own voice ("We acknowledge …"): a footer's
    line, whose sentences a story would quote ("“We acknowledge the traditional owners,” the minister said")."""
    return line.size <= 60 and line.sentences <= 3 and bool(lexicon.LAND_ACKNOWLEDGEMENT.match(line.text))


def site_statement(line: Line) -> bool:
    """The site's sentences about itself at its foot ("X.ie is the website of …", "X is a member of the Press
    Council of …"): read only after the story, where no paragraph of it stands."""
    return line.size <= 60 and line.sentences <= 3 and bool(lexicon.SITE_STATEMENT.search(line.text))


def channel_plug(line: Line) -> bool:
    """After the story, the network's plug for its channels ("Watch Belgium v Japan on Monday on RNÉ2 and the RNÉ
    Player, …"; "Stream every match live on X. Subscribe now"): a call to watch or listen, no quotation."""
    return line.size <= 45 and line.sentences <= 2 and bool(lexicon.CHANNEL_PLUG.match(line.text))


def tags(line: Line) -> bool:
    return line.size <= 30 and not line.prose and bool(lexicon.TAGS.match(line.text))


def counter(line: Line) -> bool:
    """A reading time, a share or view count: '3 MIN READ', '1.4k', '245', 'Views: 4,812', 'เข้าชม 12,845 ครั้ง'."""
    if line.size <= 6 and _VIEWS.match(line.text):
        return True
    return line.size <= 4 and bool(lexicon.COUNTER.match(normalise(line.text))) and not line.text.strip().isdigit()


# How many times the page was read, with its word on either side of the number: "Переглядів: 4812", "1,204 views".
_VIEW_WORDS = (
    r"views?|page ?views|reads|aufrufe|gelesen|vues|lectures|visualizaciones|visitas|lecturas|visualizzazioni|letture|"
    r"visualizações|weergaven|visningar|visninger|näyttökertoja|luettu|wyświetle\w*|odsłon\w*|просмотр\w*|"
    r"перегляд\w*|zobrazení|megtekintés|vizualizări|görüntülenme|okunma|προβολές|צפיות|بازدید|مشاهدات|"
    r"lượt xem|dilihat|dibaca|เข้าชม|อ่าน|閲覧数?|阅读|閱讀|浏览|瀏覽|조회수?"
)
_VIEWS = re.compile(
    rf"^(?:{_VIEW_WORDS})\s*[:：]?\s*\d[\d.,\s]*(?:\s*(?:times|mal|fois|veces|volte|vezes|раз\w*|kali|lần|ครั้ง|次|회))?$|"
    rf"^\d[\d.,\s]*[kmкм]?\s*(?:{_VIEW_WORDS})$",
    re.IGNORECASE,
)


def comment_link(line: Line) -> bool:
    """A link to the comments ("View comments", "Comments (356)") or the section's prompt ("Logga in för att
    kommentera", "Ajouter un commentaire..."); `threads` takes the thread itself."""
    return threads.is_comment_header(line) or threads.is_comment_prompt(line) or threads.is_closed_notice(line)


def controls(line: Line) -> bool:
    """A live blog's, a thread's or a quiz's buttons: "Ticker aktualisieren", "Trier par   Les plus anciens"."""
    if line.size > 8 or (line.ends_sentence and not line.text.endswith("!")):
        return False
    return normalise(line.text).rstrip(" !") in lexicon.CONTROLS or bool(lexicon.SORT_CONTROL.match(line.text))


def expander(line: Line) -> bool:
    return line.size <= 8 and bool(lexicon.EXPANDER.match(line.text.strip()))


def boilerplate(line: Line) -> bool:
    return line.size <= 30 and bool(lexicon.BOILERPLATE.match(line.text.strip()))


def page_header(line: Line) -> bool:
    """A document's page numbers, as a copied PDF keeps them: "Page 3 of 8", "- 3 -", "3 / 8"."""
    return line.size <= 12 and bool(
        re.search(
            r"(?i)^(?:.{0,60}\s)?(?:page|seite|página|pagina|p\.)\s*\d{1,4}\s*(?:of|/|von|de|di|sur)\s*\d{1,4}$|^[-–—]\s*\d{1,4}\s*[-–—]$",
            line.text.strip(),
        )
    )


def rule_line(line: Line) -> bool:
    """A separator a page draws with characters: "___", "* * *" is a story's scene break, and stays."""
    return bool(re.fullmatch(r"[_=~]{3,}|-{4,}", line.text.strip()))


def weather(line: Line) -> bool:
    """The site's weather widget: temperatures and a forecast, no sentence."""
    return line.size <= 12 and not line.prose and bool(lexicon.WEATHER.search(line.text))


def date_widget(line: Line) -> bool:
    return is_weekday_date(line)


_CAPTION_CREDIT = re.compile(
    r"(?:[(\[]?\b(?:photo(?:graph)?|picture|image|foto|bild|credit)s?\s*(?:by|:)\s*[^()\[\]]{2,60}[)\]]?\.?|"
    r"\((?:ap|afp|reuters|epa|efe|kyodo) photo(?:/[^)]{2,40})?\)|\b(?:REUTERS|AFP|AP|EPA|EFE)/[A-Z][\w .'-]{2,40}|"
    r"\b(?:getty images|afp via getty images|shutterstock|alamy|pa wire|pa images)\.?|写真[:：][^。]{2,30}|撮影|"
    r"[(（](?:ภาพ|צילום|фото|foto|photo|kuva|bild)\s*[:：]\s*[^()（）]{2,40}[)）])\s*$",
    re.IGNORECASE,
)


def caption(line: Line) -> bool:
    """A photo's caption: text that ends with the photo's credit ("… in Kazan. Photo: AFP", "REUTERS/Name")."""
    if _WORDS_AND_PICTURES.match(line.text):
        return False  # "Text: Lukas Hinterberger / Fotos: Martina Pfeifer": the byline, which credits the photos too
    labelled = line.text.lower().startswith(("photo", "foto")) or captions.credit_line(line.text)
    if labelled:
        return False  # the credit's own line ("ST PHOTO: GAVIN FOO"): photo_credit takes it
    match = _CAPTION_CREDIT.search(line.text)
    if line.size >= 4 and match and captions.caption_before(line.text[: match.start()]):
        return True  # a credit's word and its colon, after three words of caption at least ("In pictures: …" is a link)
    if line.size > LONGEST_CAPTION or line.sentences > 3:
        return False
    return captions.credit_start(line.text, weak=False) is not None


LONGEST_CAPTION = 70  # words: a paragraph of the story that closes on a bracket runs longer


_WORDS_AND_PICTURES = re.compile(r"^(?:text|texto|texte|tekst|words|story|reportage)\s*:", re.IGNORECASE)
_CAPTION_LABEL = re.compile(
    r"^(?:(?:image|media|video|photo) caption\s*[,:：]?\s*|(?:caption|photo|foto|picture|写真説明)\s*[,:：]\s*)(?=\S)",
    re.IGNORECASE,
)  # "Image caption, …", "Media caption Gareth Southgate on …": a two-word label needs no comma


def caption_label(line: Line) -> str | None:
    """The label before a caption ("Image caption, …", "PHOTO: …"), when a caption follows it."""
    match = _CAPTION_LABEL.match(line.text)
    return match.group() if match and line.size >= 6 else None


def caption_credit(text: str) -> tuple[str, str | None]:
    """A caption's text and the credit at its end, split where the credit begins."""
    match = _CAPTION_CREDIT.search(text)
    starts = [start for start in (match.start() if match else None, captions.credit_start(text)) if start]
    if not starts:
        return text, None
    start = min(starts)  # "… on Wednesday. Image Credit: Reuters": the credit from its first word
    # the mark that set the credit apart belongs to neither ("… na Arena Kazan — Foto: …")
    return text[:start].rstrip(" -–—|/、，"), text[start:].strip(" -–—|/")


def photo_credit(line: Line) -> bool:
    if _AGENCY_TRAILER.match(line.text.strip()):
        return False  # "(ats/afp)": the agencies credited after the story, not a photo's
    if line.size > 10 or line.prose:
        return False
    return bool(_PHOTO_CREDIT.match(line.text.strip())) or captions.credit_line(line.text)


_AGENCY_TRAILER = re.compile(r"^\([a-z]{2,5}(?:\s*/\s*[a-z]{2,5})+\)$")


# In the order they are tried: the first that takes a line names its kind.
RULES: dict[str, Rule] = {
    "skip-link": skip_link,
    "ad-note": ad_note,
    "ad": advertisement,
    "ad-copy": ad_copy,
    "share": share,
    "embed-label": embed_label,
    "gallery-counter": gallery_counter,
    "script-notice": script_notice,
    "loading": loading,
    "text-size": text_size,
    "network": network,
    "comment-disclaimer": comment_disclaimer,
    "comments": comment_link,
    "controls": controls,
    "cookie": cookie,
    "paywall": paywall,
    "newsletter": newsletter,
    "tags": tags,
    "footer": footer,
    "counter": counter,
    "weather": weather,
    "read-more": expander,
    "boilerplate": boilerplate,
    "rule": rule_line,
    "page-header": page_header,
    "photo-credit": photo_credit,
    "nav": nav,
}

# A label stuck to a paragraph by a missing line break: at its start before a capital, or at its end.
_GLUED_START = re.compile(
    r"^(?:(?P<label>ADVERTISEMENT|Advertisement|Anzeige|ANZEIGE|Publicidad|PUBLICIDAD|Publicité|PUBLICITÉ|Pubblicità|"
    r"Publicidade|Sponsored)(?=[A-ZÀ-ÖØ-Þ\"“‘])|(?P<wide>広告|광고|PR|إعلان)[\s\u3000]*(?=[\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af\u0600-\u06ff「（]))"
)
_GLUED_END = re.compile(
    r"(?<=[.!?。！？\"”’])\s*(?P<label>ADVERTISEMENT|Advertisement|Anzeige|Publicidad|Publicité|Pubblicità|Publicidade|"
    r"広告|광고|Continue reading the main story)$"
)


def glued(text: str) -> tuple[str, str, str] | None:
    """(label before, the text, label after) when an ad label is glued to a line of text; else None."""
    if match := _GLUED_START.match(text):
        return match.group(), text[match.end() :], ""
    if match := _GLUED_END.search(text):
        return "", text[: match.start()].rstrip(), match.group("label")
    return None


# A match's own data, in any language, is the story's (a live page's score block, its scorers, its ticker): an
# event at its minute ("58' Griezmann", "前半6分　香川", "후반 23분 …"), a phase of play ("試合終了", "Full-time"),
# its line-up, and the match's facts (venue, crowd, referee, kick-off, its figures). A score alone is no sign: a
# site's ticker of other matches' scores is its furniture.
_MATCH_MINUTE = re.compile(
    r"^(?:\d{1,3}(?:\+\d{1,2})?\s?['’′]|(?:延長)?(?:前半|後半)\s?\d{1,3}(?:\+\d{1,2})?分|"
    r"(?:전반|후반)\s?\d{1,3}(?:\+\d{1,2})?분|(?:上|下)半場?\s?(?:第\s?)?\d{1,3}(?:\+\d{1,2})?分鐘?|第\d{1,3}分鐘)(?:[\s、,]|$)"
)
_MATCH_PHASE = re.compile(
    r"^(?:試合(?:終了|開始)|(?:前半|後半|延長前半|延長後半)(?:終了|開始)|ハーフタイム|"
    r"경기 종료|전반 종료|후반 시작|完場|半場|full[- ]time|half[- ]time|kick[- ]off|abpfiff|anpfiff|"
    r"coup d'envoi|fin du match|mi-temps|final del partido)"
    r"(?:\s|[:：!！])\s*\S",
    re.IGNORECASE,
)  # with what happened: a phase alone ("Full time") is as often a scoreboard's, in the site's header
_MATCH_FACT = re.compile(
    r"^(?:会場|観衆|主審|入場者数|venue|attendance|referee|crowd|zuschauer|schiedsrichter|spectateurs|arbitre|"
    r"árbitro|estadio|asistencia|scheidsrechter|toeschouwers|domare|publik|주심|관중|경기장|觀眾|入場人數|主球證|球證|"
    r"الحكم|الملعب|"
    # its figures: "Possession: Brazil 57%, Belgium 43%", "Shots on target: …"
    r"possession|shots(?: on target)?|corners|fouls|ballbesitz|schüsse|ecken|tirs(?: cadrés)?|"
    r"posesión|remates|disparos|córners|balbezit|schoten|bollinnehav|skott|ボール支配率|シュート|점유율|슈팅|"
    r"控球率|射門|射门)\s?[:：]\s?\S",
    re.IGNORECASE,
)
# A line-up's row: a position's code and the players ("GK 川島 永嗣", "DF Arias, Mina …"), the coach, the formation.
_LINE_UP = re.compile(r"^(?:GK|DF|MF|FW|監督|감독|主教練|主教练)\s\S")
_FORMATION = re.compile(r"[(（]\d-\d-\d(?:-\d)?[)）]$")
_KICKOFF = re.compile(r"キックオフ|kick-?off\b|anstoß|coup d'envoi|킥오프|開球", re.IGNORECASE)


def match_data(line: Line) -> bool:
    """A line of a match's own data: no menu's item, no other story's headline, no stamp of the article's."""
    if line.size > 40:
        return False
    if _MATCH_MINUTE.match(line.text) or _MATCH_PHASE.match(line.text):
        return True
    if _LINE_UP.match(line.text) or _FORMATION.search(line.text):
        return True
    if line.size > 20:
        return False
    kickoff = bool(_KICKOFF.search(line.text)) and bool(re.search(r"\d{1,2}[:.]\d{2}", line.text))
    return kickoff or (line.size <= 12 and bool(_MATCH_FACT.match(line.text)))
