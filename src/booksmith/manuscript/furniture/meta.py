"""The lines that say who wrote a story, for whom and when: bylines, dates, agency trailers.

A book prints these where a book does (the chapter's opener, the sources page, the EPUB's
metadata), not as paragraphs. Each recogniser takes one line and says what it is, with the
names and date it holds; the page decides, by where the line sits, whether to take it.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

from . import lexicon
from .shape import Line

# A capital of the Latin, Greek or Cyrillic alphabets ("Šime", "Łukasz", "Νίκος", "Николай") opens a name.
_CAPITAL = "A-ZÀ-ÖØ-Þ" + "".join(sorted({c for c in map(chr, range(0x100, 0x530)) if c.isupper()}))
_NAME = rf"[{_CAPITAL}][\w'’.-]*(?:\s+(?:de|da|del|van|von|der|di|le|la|al|bin|el|[{_CAPITAL}][\w'’.-]*))*"
_NAMES = rf"{_NAME}(?:\s*(?:,|and|&|und|y|et|e|og|och|ja|i|și|és|dan|ve)\s+{_NAME})*"
_BY = re.compile(
    rf"^(?i:by|written by|text by|words by|story by|reporting by|posted by|edited by|photos? by|von|eine analyse von|"
    rf"ein kommentar von|por|par|door|bewerkt door|geschreven door|av|af|oleh|przez|tekst|текст|haber|autor|автор|аутор|avtor|autorius|autors|penulis|"
    rf"wartawan|escrito por|écrit par|yazan|كتب|بقلم|"
    rf"di|de|dal nostro inviato|dalla nostra inviata|texto|testo|texte?\s*:?)\s*:?\s+(?P<names>{_NAMES})"
    rf"(?P<rest>.*)$"
)
AGENCIES = {
    "reuters": "Reuters", "afp": "AFP", "ap": "Associated Press", "associated press": "Associated Press",
    "kyodo": "Kyodo News", "kyodo news": "Kyodo News", "jiji": "Jiji Press", "jiji press": "Jiji Press",
    "efe": "EFE", "dpa": "dpa", "ansa": "ANSA", "xinhua": "Xinhua", "yonhap": "Yonhap", "pti": "PTI", "ians": "IANS",
    "ani": "ANI", "aap": "AAP", "bloomberg": "Bloomberg", "tass": "TASS", "sid": "SID", "europa press": "Europa Press",
    "agence france-presse": "AFP", "agence france presse": "AFP", "news wires": None, "agencies": None, "staff and agencies": None, "agenturen": None, "agencias": None,
}  # fmt: skip
_AGENCY = re.compile(rf"\b({lexicon.alternation(AGENCIES)})\b", re.IGNORECASE)
# The wires a site's desk writes with ("— Sport365 with AFP"): the agencies above, and others by their short names.
_WIRES = lexicon.alternation({*AGENCIES, "apa", "sda", "ats", "pap", "ctk", "čtk", "mti", "anp", "belga", "ntb", "pa"})
_ROLE = re.compile(
    r"^(?:(?:chief|senior|staff|football|sports?|political|foreign|deputy|associate|contributing|special|features?|"
    r"lead|principal|freelance|assistant|managing|digital|news|investigative|national|international|cricket)\s+)*"
    r"(?:writer|reporter|correspondent|editor|columnist|analyst|contributor)\b|"
    r"^(?:enviad[oa]|envoyée?|inviat[oa]|correspondente?) (?:especial|spéciale?|speciale)\b|"
    r"\b(?:senior writer|staff writer|football writer|correspondent)$|"
    r"^(?:(?:door|von|par|por|di|da|de|by)\s+)?(?:onze|uw|unser|notre|nuestro|nostro|nosso|our) (?:redacteur|redacteuren|redakteur|redactie|redaktion|rédaction|redacción|redazione|redação)\b",
    re.IGNORECASE,
)
_DATELINE = re.compile(r"^[A-ZÀ-Þ][A-ZÀ-Þ .'-]{2,40}(?:,\s*[A-Z][\w .]+)?\s*\((?P<agency>[A-Za-z ]{2,20})\)\s*[-–—]")
_TRAILER = re.compile(
    r"^\(?(?:reporting by|additional reporting by|writing by|editing by|compiled by|contributed reporting|"
    r"with reporting by|mit material von|con información de|avec|© ?)[^)]*\)?$|"
    r"^\((?:afp|ap|reuters|efe|dpa|ansa|kyodo|sid)\)$|^[–—]\s*(?:agence|agencia|agenzia|agentur|agency)\s+\S.{0,40}$|^(?:==|—|–|-)\s*(?:with\s+)?(?:kyodo|jiji|afp|reuters|aap|ap|pa|efe|dpa|ansa|anp|belga|agencies|wires)\b|"
    r"^[a-z]{2,4}(?:-[a-z]{2,4})*/[a-z]{2,4}(?:/[a-z]{2,4})*$|^[a-z]{1,4}/(?:agenturen|agencias|agences|dpa|afp|sid)$|"
    r"contributed reporting from |^a version of this article appears in print|^（[^）]{2,8}）$|^\([^)]{2,8}\)$|"
    r"\bcontributed (?:reporting|to this (?:report|story|article))\b|"
    r"^\([A-Z][\w.-]{1,20}(?:\s*/\s*[A-Z][\w.-]{1,20})+\)$|"  # "(Kveldsnytt/NTB)": the site's and the agency's names
    # "(APA, red, 24.6.2018)", "(dpa/sid, 12.3.)": agencies' and editors' short signs, maybe with the day
    # (codes in capitals or signs in small letters: "(Japan, Senegal)" names teams)
    r"(?-i:^\((?:[A-ZÄÖÜ]{2,8}|[a-zäöü]{2,6})(?:\s*[,/;]\s*(?:[A-ZÄÖÜ]{2,8}|[a-zäöü]{2,6}))+"
    r"(?:\s*,\s*\d{1,2}\.\s?\d{1,2}\.(?:\s?\d{2,4})?)?\)$)|"
    # "- Sport365 with AFP", "— Staff and agencies": the site's desk and the agency it wrote with
    rf"^[–—-]\s*[\w.&'’ ]{{2,40}}?\s+(?:with|and|avec|mit|con|com|met|med|z|dan|ile)\s+(?:{_WIRES})$|"
    r"^\(with (?:inputs from [\w ,&.-]{2,40}|[\w ,&.-]{2,40} inputs?)\)$|"  # "(With AFP inputs)"
    r"^contributing\s*:|^sumber\s*:|"
    # "— With inputs from agencies", "With files from The Associated Press.", "— Con información de agencias"
    # A dash or a bracket sets the desk's note apart: "With files from the archive, …" may open a sentence.
    r"^[–—-]?\s*with (?:additional )?reports? from\b|^with files from\b|"
    r"^(?:[–—-]\s*|\()(?:with (?:additional )?(?:reporting|inputs?|files|material) from|"
    r"con (?:información|informaciones|material) de|com informações d[aoe]s?|mit material (?:von|der)|"
    r"avec (?:les )?agences|con (?:informazioni|fonti) d)\b|"
    # "Source: STA, Reuters", "Toimetaja: Mart Kask": the sources and the editor, named after the story
    r"^(?:sources?|fuentes?|fontes?|quelle|bron|vir|viri|izvor|извор|източник|šaltinis|avots|allikas|kilde|källa|lähde|"
    r"źródło|zdroj|kaynak|iturria|fonte|المصدر|منبع|מקור|ذریعہ|editor|editing|toimetaja|toimittaja|urednik|"
    r"уредник|редактор|redaktor|redaktør|redaktör|rédaction|redacción|redazione|edición|editado por|"
    r"mhariri|patnugot|责任编辑|責任編輯|编辑|編輯|来源|來源|출처|편집)\s*[:：]\s*\S.{0,80}$",
    re.IGNORECASE,
)
# The note with its label on one line: "Sobre la firma: Julián Barreiro. Periodista de Deportes. Cubre …".
_AUTHOR_NOTE = re.compile(rf"^(?:{lexicon.AUTHOR_NOTE_LABEL})\s*[:：]\s*\S", re.IGNORECASE)
# The author's note under a story: "Jane Doe is a senior writer for The Courier …", "… covers soccer for …".
_BIO = re.compile(
    r"^(?:[A-Z][\w'’.-]+ ){1,3}[A-Z][\w'’.-]+ is (?:a|an|the)(?: [\w-]+){0,4} (?:writer|reporter|correspondent|"
    r"editor|columnist|analyst|journalist|contributor|producer|photographer|critic|author) (?:for|at|with) [A-Z]|"
    r"^(?:[A-Z][\w'’.-]+ ){1,3}[A-Z][\w'’.-]+ is (?:the )?(?:[A-Z][\w.&-]* ){0,3}[A-Z][\w.&-]*['’]s (?:[\w-]+ ){0,3}"
    r"(?i:writer|reporter|correspondent|editor|columnist|analyst|journalist|photographer|critic)\b|"  # "… is The Courant's Chief Sports Writer"
    r"^(?:[A-Z][\w'’.-]+ ){1,3}[A-Z][\w'’.-]+ (?:covers|writes about|reports on) .{3,80}\b(?:for|at) [A-Z]|"
    r"^(?:[A-Z][\w'’.-]+ ){1,3}[A-Z][\w'’.-]+ is an? (?:[\w-]+ ){0,2}(?:writer|reporter|journalist|photographer|"
    r"editor) (?:based|living) in [A-Z]|"
    r"^(?:[A-Z][\w'’.-]+ ){1,3}[A-Z][\w'’.-]+ (?:é|es|est|ist|è) (?:jornalista|repórter|colunista|periodista|"
    r"journaliste|journalist|giornalista|reporter)\b|"
    r"^(?:[A-Z][\w'’.-]+ ){1,3}[A-Z][\w'’.-]+ (?:è|é|es|est|ist) (?:la |il |lo |el |le |la |der |die |o |a )?"
    r"(?:corrispondente|inviat[oa]|correspondant[e]?|corresponsal|korrespondent(?:in)?|correspondente)\b|"
    r"^(?:[A-Z][\w'’.-]+ )?(?:football|sports?|soccer) (?:analyst|writer|reporter|journalist) (?:in|at|for|based in) "
)

_MONTHS = {
    # en, de, es, fr, it, pt: full names and common abbreviations
    **dict.fromkeys(["january", "jan", "januar", "jänner", "enero", "ene", "janvier", "janv", "gennaio", "gen", "janeiro"], 1),
    **dict.fromkeys(["february", "feb", "februar", "febrero", "février", "févr", "fevrier", "febbraio", "fevereiro", "fev"], 2),
    **dict.fromkeys(["march", "mar", "märz", "marzo", "mars", "março", "marco"], 3),
    **dict.fromkeys(["april", "apr", "abril", "abr", "avril", "avr", "aprile"], 4),
    **dict.fromkeys(["may", "mai", "mayo", "maggio", "maio"], 5),
    **dict.fromkeys(["june", "jun", "juni", "junio", "juin", "giugno", "junho"], 6),
    **dict.fromkeys(["july", "jul", "juli", "julio", "juillet", "juil", "luglio", "lug", "julho"], 7),
    **dict.fromkeys(["august", "aug", "agosto", "ago", "août", "aout"], 8),
    **dict.fromkeys(["september", "sep", "sept", "septiembre", "septembre", "settembre", "set", "setembro"], 9),
    **dict.fromkeys(["october", "oct", "oktober", "okt", "octubre", "octobre", "ottobre", "ott", "outubro", "out"], 10),
    **dict.fromkeys(["november", "nov", "noviembre", "novembre", "novembro"], 11),
    **dict.fromkeys(["december", "dec", "dezember", "dez", "diciembre", "dic", "décembre", "déc", "dicembre", "dezembro"], 12),
    # nl, pl, sv, tr, id, ru; June and July in cs, uk, el, ro, hu, hi (their other months are still to write)
    **dict.fromkeys(["června", "červen", "червня", "червень", "ιουνίου", "ιούνιος", "iunie", "június", "जून"], 6),
    **dict.fromkeys(["července", "červenec", "липня", "липень", "ιουλίου", "ιούλιος", "iulie", "július", "जुलाई"], 7),
    **dict.fromkeys(["desember"], 12),
    **dict.fromkeys(["marts"], 3),
    **dict.fromkeys(["jan.", "januari", "ocak", "styczeń", "stycznia", "январь", "января"], 1),
    **dict.fromkeys(["februari", "lutego", "luty", "pebruari", "şubat", "февраль", "февраля"], 2),
    **dict.fromkeys(["maart", "marca", "maret", "mars", "mart", "marzec", "март", "марта"], 3),
    **dict.fromkeys(["kwiecień", "kwietnia", "nisan", "апрель", "апреля"], 4),
    **dict.fromkeys(["maj", "maja", "mayıs", "mei", "май", "мая"], 5),
    **dict.fromkeys(["czerwca", "czerwiec", "haziran", "juni", "июнь", "июня"], 6),
    **dict.fromkeys(["lipca", "lipiec", "temmuz", "июль", "июля"], 7),
    **dict.fromkeys(["agustus", "augusti", "augustus", "ağustos", "sierpień", "sierpnia", "август", "августа"], 8),
    **dict.fromkeys(["eylül", "wrzesień", "września", "сентябрь", "сентября"], 9),
    **dict.fromkeys(["ekim", "oktober", "październik", "października", "октябрь", "октября"], 10),
    **dict.fromkeys(["kasım", "listopad", "listopada", "nopember", "ноябрь", "ноября"], 11),
    **dict.fromkeys(["aralık", "desember", "grudnia", "grudzień", "декабрь", "декабря"], 12),
    # ca, hr, sr (Latin and Cyrillic), sk, cs, sl, bg, mk, uk, el, ro, hu, lt, lv, et, is, sq, fi, da, ms, tl, sw,
    # af, az; bn, hi, ta, ur, ar, fa, he. Croatian "listopad" (October) is left out: in Polish and Czech it is November.
    **dict.fromkeys(["gener", "siječanj", "siječnja", "januara", "јануар", "јануара", "január", "januára", "leden",
                     "ledna", "januarja", "януари", "јануари", "січень", "січня", "ιανουαρίου", "ιανουάριος", "ianuarie",
                     "sausio", "janvāris", "janvārī", "jaanuar", "janúar", "janar", "tammikuuta",
                     "januarie", "yanvar", "জানুয়ারি", "जनवरी", "ஜனவரி", "جنوری", "يناير", "كانون الثاني", "ژانویه",
                     "ינואר", "בינואר"], 1),
    **dict.fromkeys(["febrer", "veljača", "veljače", "februara", "фебруар", "фебруара", "február", "februára", "únor",
                     "února", "februarja", "февруари", "лютий", "лютого", "φεβρουαρίου", "φεβρουάριος", "februarie",
                     "vasario", "februāris", "februārī", "veebruar", "febrúar", "shkurt", "helmikuuta", "pebrero",
                     "februarie", "fevral", "ফেব্রুয়ারি", "फ़रवरी", "फरवरी", "பிப்ரவரி", "فروری", "فبراير", "شباط",
                     "فوریه", "פברואר", "בפברואר"], 2),
    **dict.fromkeys(["març", "ožujak", "ožujka", "марта", "март", "marec", "marca", "březen", "března", "березень",
                     "березня", "μαρτίου", "μάρτιος", "martie", "március", "kovo", "marts", "märts", "mac", "marso",
                     "machi", "maart", "মার্চ", "मार्च", "மார்ச்", "مارچ", "آذار", "מרץ", "במרץ"], 3),
    **dict.fromkeys(["travanj", "travnja", "aprila", "април", "априла", "apríl", "apríla", "duben", "dubna", "квітень",
                     "квітня", "απριλίου", "απρίλιος", "aprilie", "április", "balandžio", "aprīlis", "aprīlī", "aprill",
                     "prill", "huhtikuuta", "aprili", "aprel", "এপ্রিল", "अप्रैल", "ஏப்ரல்", "اپریل", "أبريل", "ابريل",
                     "نيسان", "آوریل", "אפריל", "באפריל"], 4),
    **dict.fromkeys(["maig", "svibanj", "svibnja", "мај", "маја", "máj", "mája", "květen", "května", "травень",
                     "травня", "μαΐου", "μάιος", "mai", "május", "gegužės", "maijs", "maijā", "maí", "toukokuuta", "mayo",
                     "মে", "मई", "மே", "مئی", "مايو", "أيار", "מאי", "במאי"], 5),
    **dict.fromkeys(["juny", "lipanj", "lipnja", "juna", "јун", "јуна", "jún", "júna", "junij", "junija", "юни", "јуни",
                     "birželio", "jūnijs", "jūnijā", "juuni", "júní", "qershor", "kesäkuuta", "hunyo", "junie", "iyun",
                     "জুন", "ஜூன்", "جون", "يونيو", "حزيران", "ژوئن", "יוני", "ביוני"], 6),
    **dict.fromkeys(["juliol", "srpanj", "srpnja", "jula", "јул", "јула", "júl", "júla", "julij", "julija", "юли", "јули",
                     "liepos", "jūlijs", "jūlijā", "juuli", "júlí", "korrik", "heinäkuuta", "julai", "hulyo", "julie",
                     "iyul", "জুলাই", "ஜூலை", "جولائی", "يوليو", "تموز", "ژوئیه", "יולי", "ביולי"], 7),
    **dict.fromkeys(["agost", "kolovoz", "kolovoza", "avgust", "avgusta", "август", "augusta", "srpen", "srpna",
                     "серпень", "серпня", "αυγούστου", "αύγουστος", "augusztus", "rugpjūčio", "augusts", "augustā",
                     "ágúst", "gusht", "elokuuta", "ogos", "agosti", "augustus", "avqust", "আগস্ট", "अगस्त", "ஆகஸ்ட்",
                     "اگست", "أغسطس", "آب", "اوت", "אוגוסט", "באוגוסט"], 8),
    **dict.fromkeys(["setembre", "rujan", "rujna", "septembar", "septembra", "септембар", "септембра", "září",
                     "septembrie", "septembri", "септември", "вересень", "вересня", "σεπτεμβρίου", "σεπτέμβριος",
                     "szeptember", "rugsėjo", "septembris", "septembrī", "shtator", "syyskuuta", "setyembre",
                     "septemba", "sentyabr", "সেপ্টেম্বর", "सितंबर", "सितम्बर", "செப்டம்பர்", "ستمبر", "سبتمبر", "أيلول",
                     "سپتامبر", "ספטמבר", "בספטמבר"], 9),
    **dict.fromkeys(["octubre", "oktobar", "oktobra", "октобар", "октобра", "október", "októbra", "říjen", "října",
                     "oktobra", "октомври", "жовтень", "жовтня", "οκτωβρίου", "οκτώβριος", "octombrie", "spalio",
                     "oktobris", "oktobrī", "oktoober", "tetor", "lokakuuta", "oktoba", "oktyabr", "অক্টোবর", "अक्टूबर",
                     "அக்டோபர்", "اکتوبر", "أكتوبر", "تشرين الأول", "اکتبر", "אוקטובר", "באוקטובר"], 10),
    **dict.fromkeys(["novembre", "studeni", "studenoga", "studenog", "novembar", "novembra", "новембар", "новембра",
                     "listopadu", "ноември", "листопад", "листопада", "νοεμβρίου", "νοέμβριος", "noiembrie",
                     "lapkričio", "novembris", "novembrī", "nóvember", "nëntor", "marraskuuta", "nobyembre", "novemba",
                     "noyabr", "নভেম্বর", "नवंबर", "नवम्बर", "நவம்பர்", "نومبر", "نوفمبر", "تشرين الثاني", "نوامبر",
                     "נובמבר", "בנובמבר"], 11),
    **dict.fromkeys(["desembre", "prosinac", "prosinca", "decembar", "decembra", "децембар", "децембра", "prosinec",
                     "prosince", "декември", "грудень", "грудня", "δεκεμβρίου", "δεκέμβριος", "decembrie", "gruodžio",
                     "decembris", "decembrī", "detsember", "dhjetor", "joulukuuta", "disember", "disyembre", "desemba",
                     "dekabr", "ডিসেম্বর", "दिसंबर", "दिसम्बर", "டிசம்பர்", "دسمبر", "ديسمبر", "كانون الأول", "دسامبر",
                     "דצמבר", "בדצמבר"], 12),
    # th: the months' names and their abbreviations ("19 มิ.ย. 2561"); the year is the Buddhist era's
    **dict.fromkeys(["มกราคม", "ม.ค"], 1), **dict.fromkeys(["กุมภาพันธ์", "ก.พ"], 2), **dict.fromkeys(["มีนาคม", "มี.ค"], 3),
    **dict.fromkeys(["เมษายน", "เม.ย"], 4), **dict.fromkeys(["พฤษภาคม", "พ.ค"], 5), **dict.fromkeys(["มิถุนายน", "มิ.ย"], 6),
    **dict.fromkeys(["กรกฎาคม", "ก.ค"], 7), **dict.fromkeys(["สิงหาคม", "ส.ค"], 8), **dict.fromkeys(["กันยายน", "ก.ย"], 9),
    **dict.fromkeys(["ตุลาคม", "ต.ค"], 10), **dict.fromkeys(["พฤศจิกายน", "พ.ย"], 11), **dict.fromkeys(["ธันวาคม", "ธ.ค"], 12),
}  # fmt: skip
MONTH_WORDS = frozenset(_MONTHS)
_MONTH = rf"(?P<month>{lexicon.alternation(_MONTHS)})\.?"
_DATE_FORMS = [
    re.compile(
        rf"\b(?P<day>\d{{1,2}})(?:st|nd|rd|th|er|º|\.)?\s+(?:de\s+)?{_MONTH}\s*[,،]?\s+(?:de\s+)?(?P<year>(?:19|20)\d\d)\b",
        re.I,
    ),
    re.compile(rf"\b{_MONTH}\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s*[,،]?\s+(?P<year>(?:19|20)\d\d)\b", re.I),
    re.compile(r"\b(?P<year>(?:19|20)\d\d)[-/.](?P<month>\d{1,2})[-/.](?P<day>\d{1,2})\b"),
    re.compile(r"\b(?P<day>\d{1,2})(?P<sep>[./-])(?P<month>\d{1,2})(?P=sep)(?P<year>(?:19|20)\d\d|\d\d)\b"),
    re.compile(r"\b(?P<day>\d{1,2})\.\s(?P<month>\d{1,2})\.\s(?P<year>(?:19|20)\d\d)\b"),  # Czech "1. 7. 2018"
    re.compile(r"(?P<year>(?:19|20)\d\d)\s*[年년]\s*(?P<month>\d{1,2})\s*[月월]\s*(?P<day>\d{1,2})\s*[日일]"),
    # The year first: Hungarian "2018. július 11.", Lithuanian "2018 m. liepos 11 d."
    re.compile(rf"\b(?P<year>(?:19|20)\d\d)\.?\s+(?:m\.\s+)?{_MONTH}\s+(?P<day>\d{{1,2}})\b", re.I),
    # A Thai date, its year of the Buddhist era: "19 มิถุนายน พ.ศ. 2561", "19 มิ.ย. 61"
    re.compile(rf"(?<!\d)(?P<day>\d{{1,2}})\s+{_MONTH}\s+(?:พ\.\s?ศ\.\s*)?(?P<year>25\d\d|[5-6]\d)(?!\d)"),
]
_BUDDHIST_ERA = 543
_TIME = re.compile(
    r"\b\d{1,2}[:.h]\d{2}\b|\b\d{1,2}\s*(?:am|pm|a\.m\.|p\.m\.)|\d+\s*(?:hours?|minutes?|mins?|days?)\s+ago|時\d*分?",
    re.I,
)
_DATE_WORDS = re.compile(
    r"published|updated|last (?:modified|updated)|first published|posted|issued|modified|online|modifié|modificado|"
    r"modificato|"
    r"aktualisiert|veröffentlicht|publiziert|actualizado|publicado|publié|mis à jour|aggiornato|pubblicato|atualizado|"
    r"配信|更新|公開|입력|수정|نشر|تحديث|uhr|ago|aangepast|bijgewerkt|gepubliceerd|обновлено|опубликовано|"
    r"zaktualizowano|opublikowano|aktualizacja|güncelleme|güncellendi|yayınlanma|uppdaterad|publicerad|diperbarui|"
    r"dipublikasikan|cập nhật|发布|更新时间|發布|송고|first posted|last posted",
    re.IGNORECASE,
)
_WEEKDAY = re.compile(
    r"\b(?:mon|tue|wed|thu|fri|sat|sun)(?:day|sday|nesday|rsday|urday)?\b|\b(?:montag|dienstag|mittwoch|donnerstag|"
    r"freitag|samstag|sonntag|lunes|martes|miércoles|jueves|viernes|sábado|domingo|lundi|mardi|mercredi|jeudi|"
    r"vendredi|samedi|dimanche|lunedì|martedì|mercoledì|giovedì|venerdì|sabato|domenica|maandag|dinsdag|woensdag|"
    r"donderdag|vrijdag|zaterdag|zondag|måndag|tisdag|onsdag|torsdag|fredag|lördag|söndag|poniedziałek|wtorek|środa|"
    r"czwartek|piątek|sobota|niedziela|pazartesi|salı|çarşamba|perşembe|cuma|cumartesi|pazar|senin|selasa|rabu|kamis|"
    r"jumat|sabtu|minggu|понедельник|вторник|среда|четверг|пятница|суббота|воскресенье|segunda-feira|terça-feira|"
    r"quarta-feira|quinta-feira|sexta-feira|δευτέρα|τρίτη|τετάρτη|πέμπτη|παρασκευή|σάββατο|κυριακή|luni|marți|"
    r"miercuri|joi|vineri|sâmbătă|duminică|hétfő|kedd|szerda|csütörtök|péntek|szombat|vasárnap|понеділок|вівторок|"
    r"середа|четвер|п'ятниця|п’ятниця|субота|неділя|maanantai|tiistai|keskiviikko|torstai|perjantai|lauantai|"
    r"sunnuntai|mandag|tirsdag|onsdag|torsdag|fredag|lørdag|søndag|pondělí|úterý|středa|čtvrtek|pátek|neděle|"
    r"thứ (?:hai|ba|tư|năm|sáu|bảy)|chủ nhật|"
    # ca, hr/bs/sr, sk, sl, bg, lt, lv, et, is, ms, sw, tl, bn, hi, ar, ur
    r"dilluns|dimarts|dimecres|dijous|divendres|dissabte|diumenge|ponedjeljak|ponedeljak|utorak|srijeda|sreda|"
    r"četvrtak|petak|subota|nedjelja|nedelja|понедељак|уторак|среда|четвртак|петак|субота|недеља|pondelok|utorok|"
    r"streda|štvrtok|piatok|nedeľa|ponedeljek|torek|četrtek|petek|понеделник|сряда|четвъртък|петък|събота|неделя|"
    r"pirmadienis|antradienis|trečiadienis|ketvirtadienis|penktadienis|šeštadienis|sekmadienis|pirmdiena|otrdiena|"
    r"trešdiena|ceturtdiena|piektdiena|sestdiena|svētdiena|esmaspäev|teisipäev|kolmapäev|neljapäev|reede|laupäev|"
    r"pühapäev|mánudagur|þriðjudagur|miðvikudagur|fimmtudagur|föstudagur|laugardagur|sunnudagur|isnin|khamis|"
    r"jumaat|ahad|jumatatu|jumanne|jumatano|alhamisi|ijumaa|jumamosi|jumapili|miyerkules|huwebes|biyernes|sabado|"
    r"linggo|সোমবার|মঙ্গলবার|বুধবার|বৃহস্পতিবার|শুক্রবার|শনিবার|রবিবার|सोमवार|मंगलवार|बुधवार|गुरुवार|शुक्रवार|शनिवार|"
    r"रविवार|الاثنين|الإثنين|الثلاثاء|الأربعاء|الخميس|الجمعة|السبت|الأحد|منگل|بدھ|جمعرات|جمعہ|ہفتہ|اتوار)\b|\b(?:יום [א-ו]'?|שבת)(?=[\s,])|"
    r"(?:วัน(?:จันทร์|อังคาร|พุธ|พฤหัสบดี|ศุกร์|เสาร์|อาทิตย์))|"
    r"(?:شنبه|یکشنبه|دوشنبه|سه‌شنبه|چهارشنبه|پنجشنبه|جمعه)|[（(][月火水木金土日월화수목금토일][）)]|星期[一二三四五六日天]|周[一二三四五六日]|"
    r"[月火水木金土日]曜日|[월화수목금토일]요일",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Byline:
    people: tuple[str, ...]  # the persons named, without "By"
    publisher: str | None  # an agency or outlet the line names ("for CourierOnline", "Associated Press")


_ASCII_DIGITS = {code: str(unicodedata.digit(chr(code))) for code in range(0x660, 0x1100) if chr(code).isdecimal()}


def find_date(text: str) -> dt.date | None:
    """The first whole date in `text` (numbers, month names in six languages, 2018年6月20日)."""
    text = unicodedata.normalize("NFKC", text).translate(_ASCII_DIGITS)  # "৩০ জুন ২০১৮", "۲۰ ژوئن ۲۰۱۸"
    for form in _DATE_FORMS:
        for match in form.finditer(text):
            month = match.group("month")
            number = int(month) if month.isdigit() else _MONTHS.get(month.lower().rstrip("."))
            year = int(match.group("year"))
            if year < 100 and not month.isdigit() and "\u0e00" <= month[:1] <= "\u0e7f":
                year += 2500  # a Thai month's short year, of the Buddhist era: "61" is 2561
            year -= _BUDDHIST_ERA if year >= 2400 else 0  # "2561" is 2018
            year += 2000 if year < 100 else 0
            try:
                return dt.date(year, number or 0, int(match.group("day")))
            except (ValueError, TypeError):
                continue
    return None


def is_date_line(line: Line) -> bool:
    """A time stamp: a date (or a time and a date word) and little else; a byline with its date is a byline."""
    if line.size > 22 or _dated_byline(line):
        return False  # a paragraph is not searched for a stamp's shapes
    if _stamps_in_a_row(line):
        return True  # "Published 6:02 p.m. ET June 28, 2018 | Updated 9:15 p.m. ET June 28, 2018"
    if (line.size > 16 and not _DATE_WORDS.search(line.text)) or (line.prose and line.size > 10):
        return False  # "Publié le 14 juillet 2018 à 11h02 - Mis à jour le 14 juillet 2018 à 15h40" is long
    if find_date(line.text) is not None:
        words = re.sub(r"[\d:/.,|()\[\]-]+", " ", line.text).split()
        return len(words) <= (12 if _DATE_WORDS.search(line.text) else 10)  # "Publié le … - Mis à jour le …"
    if line.size <= 8 and RELATIVE_TIME.search(line.text) and _DATE_WORDS.search(line.text):
        return True  # "Mis à jour il y a 2 heures", "Updated 3 hours ago"
    if TODAY_AT.fullmatch(line.text):
        return True  # "Dzisiaj, 14:20": the page's day, dated by the site's date line
    compact = re.fullmatch(r"\[?\s*\d{1,2}/\d{1,2}\s*[（(][月火水木金土日][）)]\s*\d{1,2}:\d{2}\s*\S*\]?", line.text)
    return bool(compact) or (bool(_TIME.search(line.text)) and bool(_DATE_WORDS.search(line.text)) and line.size <= 8)


def _stamps_in_a_row(line: Line) -> bool:
    """Two time stamps set apart by a bar or a full stop, each with its word ("Published … | Updated …", "Publié
    le … à 22:41. Modifié le …"): "p.m." and the full stop read as a sentence's end, so the whole line would
    pass for prose."""
    parts = re.split(r"\s+[|·]\s+", line.text)
    if len(parts) == 2 and all(_DATE_WORDS.search(part) and is_date_line(Line(line.number, part)) for part in parts):
        return True
    sentences = re.split(r"(?<=\.)\s+(?=[^\W\d_])", line.text)  # each opens on its word: no story's sentence
    return len(sentences) == 2 and all(
        _DATE_WORDS.match(part) and find_date(part) and is_date_line(Line(line.number, part)) for part in sentences
    )


# "Today, 14:20", "Heute, 09:15 Uhr", "Dzisiaj, 14:20": a time stamp of the day the page was read.
TODAY_AT = re.compile(
    r"(?i)(?:today|heute|hoy|aujourd['’]hui|oggi|hoje|vandaag|dzisiaj|dziś|сегодня|bugün|idag|i dag|dnes|tänään)"
    r"\s*,?\s*(?:at|um|à|alle|às|om|o|в|kl\.?|klo)?\s*\d{1,2}[:.h]\d{2}(?:\s*(?:uhr|h))?"
)


def _dated_byline(line: Line) -> bool:
    """ "By Daniel Ferreira  Jun 17, 2018, 5:12pm EDT": a byline, its time stamp set apart by spaces;
    "Rafael Teixeira22/06/2018 - 15h48": a name with the date glued on."""
    text = _GLUED_HANDLE.sub("  ", (line.raw or line.text).strip())  # "By Marcus Delgado@mdelgado Jun 14, 2018"
    glued = _GLUED_DATE.search(text)
    if glued and _looks_like_name(text[: glued.start()]):
        return True
    if (placed := _PLACE_NAME.fullmatch(" ".join(text.split()))) and placed.group("when"):
        return find_date(placed.group("when")) is not None  # "ロストフナドヌー＝松浦健太郎 2018年7月3日05時30分"
    first, *rest = re.split(r"\s{2,}", text)
    return bool(rest) and bool(_BY.match(first))


def is_stamp(line: Line) -> bool:
    """A publication time stamp: a date with a time of day or a word such as "Published", "Updated"."""
    return is_date_line(line) and bool(_TIME.search(line.text) or _DATE_WORDS.search(line.text))


RELATIVE_TIME = re.compile(
    r"\b\d+\s*(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?|[smhd])\s+ago\b|"
    r"\bhace\s+\d+|\bil y a\s+\d+|\bvor\s+\d+\s+(?:minuten|stunden|tagen)|"
    r"\b\d+\s*(?:分|時間|日)前|\d+\s*(?:분|시간|일)\s*전|"
    r"\bmanche ore fa|\b\d+ ore fa|\bjust now\b|\byesterday\b|"
    r"\bhá\s+\d+\s+(?:segundos?|minutos?|horas?|dias?|semanas?)|\b\d+\s+(?:घंटा|घंटे|मिनट|दिन|सेकंड)\s+पहले|"
    r"\bpřed\s+\d+\s+(?:minutami|minutou|hodinami|hodinou|dny|dnem)|\b\d+\s+(?:timer?|minutter?|dage?|døgn)\s+siden|"
    r"\b\d+\s+(?:час\w*|минут\w*|дн\w*|день)\s+назад|\b\d+\s+(?:uur|minuten|dagen)\s+geleden|"
    r"\b\d+\s+(?:godz\w*|minut\w*|dni|dzień)\s+temu|\b\d+\s+(?:saat|dakika|gün)\s+önce|"
    r"\b\d+\s+(?:timmar?|tim|minuter|min|dagar)\s+sedan|منذ\s+(?:ساعة|ساعتين|دقيقة|دقيقتين|يوم|يومين|أسبوع)|"
    r"\b(?:an?|one) (?:hour|minute|day|week) ago\b|\bvor (?:einer|einem) (?:stunde|minute|tag)\b|\b\d+\s+(?:tuntia|minuuttia|päivää)\s+sitten|"
    r"\bacum\s+\d+\s+(?:ore|minute|zile)|\b\d+\s+(?:giờ|phút|ngày)\s+trước|\d+\s*(?:小时|分钟|天)前|"
    r"منذ\s+\d+|\b\d+\s+(?:jam|menit|hari)\s+(?:yang\s+)?lalu|πριν\s+(?:από\s+)?\d+|לפני\s+\d+|"
    r"\d+\s*(?:ชั่วโมง|นาที|วัน)ที่แล้ว|\b\d+\s+(?:órája|perce|napja)|"
    # ca, hr/sr/sl, sk, bg, ms, sw, tl, lt, lv, et, bn
    r"\bfa\s+\d+\s+(?:segons?|minuts?|hores|hora|dies|dia)\b|\bprije\s+\d+|\bпре\s+\d+|\bpre\s+\d+\s+(?:min|sat|dan)|"
    r"\bpred\s+\d+\s+(?:minút|minútami|hodinami|hodinou|dňami|dňom|urami|uro|dnevi|dnem)|\bпреди\s+\d+|"
    r"\b\d+\s+(?:minit|jam|hari)\s+(?:yang\s+)?lalu|\b\d+\s+(?:minit|jam|hari)\s+yang\s+lepas|"
    r"\bdakika\s+\d+\s+zilizopita|\bsaa\s+\d+\s+zilizopita|\b\d+\s+(?:oras|minuto|araw)\s+ang\s+nakalipas|"
    r"\bprieš\s+\d+|\bpirms\s+\d+|\b\d+\s+(?:tundi|minutit|päeva)\s+tagasi|\d+\s*(?:ঘণ্টা|মিনিট|দিন)\s+আগে",
    re.IGNORECASE,
)
# Words a time stamp holds besides its date: "Updated", "Aangepast", a weekday.
STAMP_WORDS = re.compile(rf"(?:{_DATE_WORDS.pattern})|(?:{_WEEKDAY.pattern})", re.IGNORECASE)


def is_weekday_date(line: Line) -> bool:
    """The site's today's-date widget: a weekday and a date, nothing else."""
    return is_date_line(line) and bool(_WEEKDAY.search(line.text)) and not _TIME.search(line.text)


# "By Daniel Ferreira@dferreira_jbj", a writer's handle glued on (an e-mail address goes on with a domain);
# "Ella Whitcombe (now) and Tom Ashdown (earlier)", a live page's writers by shift.
_GLUED_HANDLE = re.compile(r"(?<=[^\W\d_])@\w{2,30}(?![\w.-])")
_GLUED_DATE = re.compile(r"(?<=[^\W\d_])(?=\d{1,2}[/.]\d{1,2}[/.]\d{2,4}\b)")
_LIVE_SHIFT = re.compile(r"\s*\((?:now|earlier|later|until \S+|from \S+)\)", re.IGNORECASE)


def byline(line: Line, near_headline: bool) -> Byline | None:
    """The people (and outlet) a byline names. A bare name, a role or an agency counts only next to the
    headline, where nothing else would stand on a line of its own."""
    text = _LIVE_SHIFT.sub("", _GLUED_HANDLE.sub("  ", line.raw or line.text).strip())  # the handle parts like a gap
    text = _GLUED_DATE.sub("  ", text, count=1)  # "Rafael Teixeira22/06/2018 - 15h48": the date set apart
    first, *rest = re.split(r"\s{2,}", text)
    text = first if rest and find_date(rest[0]) else " ".join(text.split())  # its time stamp set apart
    filed = _PLACE_NAME.fullmatch(text)
    dated = filed is not None and bool(filed.group("when")) and find_date(filed.group("when")) is not None
    if (line.size > 14 and not dated) or line.prose:
        return None
    if _DESK.fullmatch(text):
        return Byline((), None)  # "Haber Merkezi", "Redacción": the newsroom signs, no person
    if match := _BY.match(text):
        people = _people(match.group("names"))
        if people:
            return Byline(people, _outlet(match.group("rest")) or agency_in(text))
    if "|" in text or "｜" in text or " · " in text or (near_headline and re.search(r"\s[-–—]\s", text)):
        # "Rohan Desai | TNN | Updated …", "Javier Montoro | Moscú", "Dimas Prasetyo - WartaBola"
        first, *rest = re.split(r"\s*[|｜]\s*|\s[-–—·]\s", text)
        if _looks_like_name(first):
            outlet = rest[0].strip() if rest and not find_date(rest[0]) and len(rest[0].split()) <= 4 else None
            return Byline((first,), agency_in(text) or (outlet if "|" not in text else None))
    if m := _CASELESS_BYLINE.match(text):  # "लेखक: अमित वर्मा": a script with no capitals to find a name by
        return Byline((m.group("names"),), None)
    if m := _CJK_BYLINE.match(text):  # "박민수 기자", "记者 王磊 发自莫斯科", "山中健太記者"
        return Byline((next(name for name in m.groupdict().values() if name),), None)
    if near_headline and re.fullmatch(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+|@\w{2,30}", text):
        return Byline((), None)  # the writer's e-mail address under the headline
    if not near_headline:
        return None
    if (agency := agency_in(text)) is not None and len(text.split()) <= 6 and not line.ends_sentence:
        people = tuple(p for p in _people(_AGENCY.sub("", text)) if _looks_like_name(p))
        return Byline(people, agency)
    if re.fullmatch(r"(?:staff and agencies|text by:? news wires|news wires|agencies|staff)", text, re.I):
        return Byline((), None)
    if staff := re.fullmatch(
        r"(?P<outlet>(?:[A-Z][\w.&'’-]*\s+){1,4})(?i:staff)", text
    ):  # "Agence Horizon Presse staff"
        return Byline((), agency_in(text) or staff.group("outlet").strip())
    if _ROLE.search(text) and line.size <= 8:
        return _name_and_where(text) or Byline((), None)  # "Dale Whitcombe, Senior Writer": the role's person
    placed = re.fullmatch(rf"(?P<name>{_NAME}),?\s+(?:in|at|from|en|em|à|a|aus|in der|at the|desde|da|de)\s+.+", text)
    if placed and _looks_like_name(placed.group("name")) and line.size <= 8:
        return Byline((placed.group("name"),), None)
    if filed and (dated or not filed.group("when")):
        return Byline((filed.group("name"),), None)  # サランスク＝山中健太, its time stamp after it or not
    if all(_looks_like_name(part) for part in re.split(r",\s*|\s+and\s+|\s*&\s*", text)):
        return Byline(tuple(re.split(r",\s*|\s+and\s+|\s*&\s*", text)), None)
    return _name_and_where(text)


def caseless_byline(line: Line) -> Byline | None:
    """Under the headline, in a script with no capitals to tell a name by (Arabic, Devanagari, Bengali …), a short
    line of two parts: the writer, then the city or the role, after a comma ("अंकित त्रिपाठी, नई दिल्ली"); or the city,
    then the writer, after a dash ("موسكو - يوسف العلمي"), where a site names itself too ("أبوظبي - الأفق نيوز": the page
    takes its own name for the publisher). A desk or an agency there signs for no one."""
    if line.script not in _CASELESS_SCRIPTS or line.size > 7 or line.ends_sentence or re.search(r"\d", line.text):
        return None
    match = _SIGNATURE_COMMA.fullmatch(line.text) or _SIGNATURE_DASH.fullmatch(line.text)
    if match is None:
        return None
    name, place = match.group("name").strip(), match.group("place").strip()
    if _CASELESS_DESK.search(line.text) or not 1 <= len(name.split()) <= 3 or len(place.split()) > 3:
        return Byline((), None)
    return Byline((name,), None)


_CASELESS_SCRIPTS = (
    "ARABIC", "DEVANAGARI", "BENGALI", "GURMUKHI", "GUJARATI", "TAMIL", "TELUGU", "KANNADA", "MALAYALAM",
)  # fmt: skip
_SIGNATURE_COMMA = re.compile(r"(?P<name>[^\W\d_][^,،:\-–—]{1,40}?)\s*[,،]\s*(?P<place>[^\W\d_][^,،:\-–—]{0,30})")
_SIGNATURE_DASH = re.compile(r"(?P<place>[^\W\d_][^,،:\-–—]{0,30}?)\s[-–—]\s(?P<name>[^\W\d_][^,،:\-–—]{1,40})")
# A desk, an agency or a bureau signing a caseless byline: "ब्यूरो", "एजेंसी", "वार्ता", "وكالات", "مكتب".
_CASELESS_DESK = re.compile(r"ब्यूरो|डेस्क|एजेंसी|एजेंसियां|भाषा|वार्ता|पीटीआई|आईएएनएस|وكالات|وكالة|مكتب|محرر|ডেস্ক|সংবাদদাতা")


# A Japanese paper's byline: where the writer filed from, then the name ("サランスク＝山中健太"), its time stamp after.
_PLACE_NAME = re.compile(r"(?:[^＝=\s]{1,12})[＝=](?P<name>[^\s\d]{2,8})(?:\s+(?P<when>\d.{4,30}))?")


def plain_byline(line: Line) -> bool:
    """A byline no sentence or headline could be: one with its label ("By …", "Text: …", "撰文：…", "लेखक: …")
    that names people, or a name with its role after a comma ("Jonas Ekdahl, sportkorrespondent")."""
    text = line.text.strip()
    if line.size > 14:
        return False
    if _CASELESS_BYLINE.match(text) or _CJK_BYLINE.match(text):
        return True
    if (match := _BY.match(text)) and _people(match.group("names")):
        return True
    name, *after = (part.strip() for part in text.split(","))
    roles = [part for part in after if _ROLE.search(part) or _COMPOUND_ROLE_WORD.fullmatch(part)]
    return bool(after) and len(roles) == len(after) and _looks_like_name(name)


# A newsroom's signature in place of a writer's name: "Haber Merkezi", "Spor Servisi", "Redacción", "编辑部".
_DESK = re.compile(
    r"(?i)(?:(?:por|par|by|von|door|di)\s*[:：]\s*)?"  # "Por: Redacción Deportes": the desk under a byline's label
    r"(?:haber merkezi|spor servisi|dış haberler servisi|news ?desk|sports? desk|web desk|online desk|"
    r"(?:la |da )?reda(?:cción|ção|zione|ktion|kcja|ctie|ksi)(?: (?:deportes|deportiva|esportes|sport|sportowa))?|"
    r"(?:la )?rédaction(?: sport| des sports)?|редакция|toimitus|編集部|编辑部|편집국)"
)


def filed_from(line: Line) -> Byline | None:
    """Under a byline, the place its writer filed from or the outlet they write for, alone on its line ("Moscú",
    "Kazan (RUS)", "The Canadian Press"): a proper name of a few words; the outlet is the publisher."""
    if line.size > 4 or line.ends_sentence or not _PROPER_NAME.fullmatch(line.text):
        return None
    return Byline((), line.text if _OUTLET_WORD.search(line.text) else None)


_PROPER_NAME = re.compile(rf"[{_CAPITAL}][^\W\d_][\w'’.-]*(?:\s+[{_CAPITAL}][\w'’.-]*){{0,3}}(?:\s*\([A-Z]{{2,3}}\))?")
# The words an outlet's name holds ("The Canadian Press", "Gazeta Sportowa", "Radio Sport"): a city's name has none.
_OUTLET_WORD = re.compile(
    r"(?i)\b(?:press|news|times|post|herald|tribune|gazette|journal|daily|chronicle|courier|media|agency|network|"
    r"radio|tv|presse|prensa|imprensa|zeitung|nachrichten|noticias|notícias|giornale|gazzetta|gazeta|dziennik|"
    r"haber(?:ler)?|новости|газета|агентство)\b"
)


def _name_and_where(text: str) -> Byline | None:
    """A name, then its role, its outlet or the city it wrote from, after commas, under a headline:
    "Tom Haddad, Sport reporter", "Beat Niederhauser, Moskau", "Élodie Vasseur, Agence France-Presse, Moscou"."""
    name, *after = (part.strip() for part in text.split(","))
    if not 1 <= len(after) <= 2 or not _looks_like_name(name) or not all(map(_role_or_place, after)):
        return None
    outlets = [part for part in after[:-1] if not _ROLE.search(part)] if len(after) == 2 else []
    return Byline((name,), agency_in(text) or (outlets[0] if outlets else None))


def _role_or_place(part: str) -> bool:
    """A role ("Sport reporter") or a proper name of up to four words (an outlet, a city); an outlet's name may
    end in digits ("Sport24"), a date's number stands alone ("June 19")."""
    if _ROLE.search(part) or re.fullmatch(r"(?i)(?:\w+\s+)?(?:reporter|writer|editor|correspondent|columnist)", part):
        return True
    if _COMPOUND_ROLE_WORD.fullmatch(part) or _WROTE_FROM.fullmatch(part):
        return True  # "sportkorrespondent", "in Samara"
    words = part.split()
    return (
        1 <= len(words) <= 4
        and not re.search(r"\b\d", part)
        and all(w[:1].isupper() or w in _CONNECTORS for w in words)
    )


_COMPOUND_ROLE_WORD = re.compile(
    r"(?i)\w*(?:reporter|korrespondent|correspondent|redaktör|redakteur|journalist|krönikör|skribent|toimittaja)"
)
_WROTE_FROM = re.compile(
    r"(?:in|at|from|en|à|a|aus|em|da|desde|dans|i|w)\s+[^\W\d_][\w'’.-]*(?:\s+[^\W\d_][\w'’.-]*){0,2}"
)
_CONNECTORS = {"de", "du", "des", "la", "le", "di", "del", "van", "von", "am", "an", "der", "of", "the"}


_CASELESS_BYLINE = re.compile(
    r"^(?:लेखक|लेखिका|रिपोर्ट|संवाददाता|লেখক|প্রতিবেদক|எழுதியவர்|ผู้เขียน|โดย|ລາຍງານ|كتب|كتبت|بقلم|تقرير|إعداد)"
    r"(?:\s*[:：]\s*|(?<=โดย)\s+)(?P<names>\S+(?:\s+\S+){0,3})$"
)
_CJK_BYLINE = re.compile(
    r"^(?:(?:来源|來源)[:：]\s*\S{2,12}\s+)?(?:作者|记者|記者|撰文|撰稿)(?:及攝影|及摄影)?[:：]\s*"
    r"(?P<f>[\u4e00-\u9fff]{2,4})$|"  # "来源：X 作者：Y"
    r"^(?:(?:[가-힣]{2,10}(?:\([가-힣]{2,6}\))?\s*=\s*)?(?P<a>[가-힣]{2,4})\s*(?:기자|특파원)\b.{0,40}|"  # "카잔=김도윤 기자 kim@…"
    r"(?:文\s*[/／]\s*)?(?:记者|記者|特派记者|特派記者)\s*(?P<b>[\u4e00-\u9fff]{2,4})(?:\s*[/／\s].{0,12})?|"
    r"(?P<c>[\u4e00-\u9fff\u3040-\u30ff]{2,6})\s*(?:記者|特派員|通信員)|"
    r"[（(](?:取材・)?(?:文|写真)(?:・写真)?\s*[＝=]\s*(?P<d>[\u4e00-\u9fff\u3040-\u30ff]{2,6})[）)]|"
    r"[（(][\u30a0-\u30ff\u4e00-\u9fff]{2,12}[＝=](?P<e>[\u4e00-\u9fff\u3040-\u30ff]{2,6}(?:、[\u4e00-\u9fff\u3040-\u30ff]{2,6})*)[）)]|"  # "（取材・文＝田村健一）"
    # the bureau or desk, then its writer: "熊谷支局　山岸真", "運動部　田中一郎"
    r"[\u4e00-\u9fff\u30a0-\u30ff]{1,10}(?:支局|総局|支社|通信部|報道部|運動部|社会部|政治部|経済部|編集委員)[\s\u3000]+"
    r"(?P<g>[\u4e00-\u9fff\u3040-\u30ff]{2,6}))$"
)


def bare_name(text: str) -> bool:
    """Only a name or two, with nothing that says it is a byline."""
    return all(_looks_like_name(part) for part in re.split(r",\s*|\s+and\s+|\s*&\s*", text.strip()))


_CONTRIBUTED = re.compile(
    r"\bcontribut(?:ed|ing)\b|\bwith (?:additional )?reports? from\b|^[–—-]\s*with (?:inputs?|files) from\b|"
    r"\badditional reporting\b|"
    # "(mit dpa)", "— with AAP", "(avec AFP)", "— Sport365 with AFP": the site's writer, with an agency's help
    rf"^[–—-]\s*[\w.&'’ ]{{2,40}}?\s+(?:with|avec|mit|con|com|met|med)\s+(?:{_WIRES})$|"
    r"^[(\[–—-]*\s*(?:mit|with|avec|con|com|met|med)\s+(?:material (?:von|der)\s+)?[\w/ &-]{2,30}[)\]]?$",
    re.I,
)


def contributed(text: str) -> bool:
    """A contributor's line ("The Associated Press contributed to this report."): it names a helper, not the publisher."""
    return bool(_CONTRIBUTED.search(text))


def credits_the_story(line: Line) -> bool:
    """A sentence after the story that credits it, not one of it: a contributor's line or the author's note
    ("… contributed to this report.", "X is a senior writer for Y."). Other trailers are no sentences."""
    text = line.text.strip()
    if _AUTHOR_NOTE.match(text):
        return line.size <= 60  # the label says what it is, however many sentences follow it
    if line.sentences > 2:
        return False
    return contributed(text) or bool(_BIO.search(text) or _IN_PRINT.match(text))


_IN_PRINT = re.compile(r"a version of this article appear(?:s|ed) in print\b", re.I)


def is_trailer(line: Line) -> bool:
    """An agency or editing trailer after the story: "Reporting by …; Editing by …", "(AFP)", "==Kyodo",
    "The Associated Press contributed to this report.", or the author's note ("X is a reporter for Y.")."""
    text = line.text.strip()
    if _AUTHOR_NOTE.match(text):
        return line.size <= 60
    return line.size <= 30 and bool(_TRAILER.search(text) or (line.sentences <= 2 and _BIO.search(text)))


def dateline_writer(text: str) -> str | None:
    """The reporter a Japanese paper's dateline names, in its brackets at the first paragraph's start:
    "【エカテリンブルク（ロシア）24日＝山本健太】日本は …" → 山本健太."""
    match = _WRITER_DATELINE.match(text) or _WIRE_DATELINE.match(text)
    return match.group("name") if match else None


_WRITER_DATELINE = re.compile(r"^[【〔\[][^】〕\]＝=]{1,30}[＝=](?P<name>[一-鿿぀-ヿ]{2,6})[】〕\]]")
# A Chinese paper's: the outlet and the day's "讯", then its reporter in brackets: "星河体育7月8日讯（特派记者 周睿 发自索契）".
_WIRE_DATELINE = re.compile(
    r"^[^（(。]{2,24}[讯訊]\s*[（(](?:本报|本網|本网|特派|驻\S{1,6})?(?:记者|記者)\s*(?P<name>[一-鿿]{2,4})(?=[\s）)、发發])"
)


def dateline_agency(text: str) -> str | None:
    """The agency a dateline credits: "TOKYO (Reuters) - …" → Reuters."""
    match = _DATELINE.match(text)
    return agency_in(match.group("agency")) if match else None


# A site's legal note names it: "… are not on behalf of Onmanorama."
_ON_BEHALF = re.compile(r"not on behalf of ([A-Z][\w&'’-]*(?:\.\w[\w&'’-]*)*(?: [A-Z][\w&'’-]*(?:\.\w[\w&'’-]*)*)*)")


def on_behalf_of(text: str) -> str | None:
    match = _ON_BEHALF.search(text)
    return match.group(1) if match else None


def _people(names: str) -> tuple[str, ...]:
    names = re.split(r"\s+(?i:for|für|para|pour|per)\s+", names.strip())[0]  # "KATIE HOLLOWAY FOR COURIERONLINE"
    parts = re.split(r"\s*(?:,|\band\b|&|\b(?:und|y|et|e|og|och|ja|i|și|és|dan|ve)\b)\s*", names)
    found = (_titled(_AGENCY.sub("", part).strip()) for part in parts if part and _AGENCY.fullmatch(part) is None)
    found = (person for person in found if person.title() not in _ARTICLES)  # "The" of "The Associated Press"
    return tuple(person for person in found if person and not _ROLE.search(person) and not _NOT_A_NAME.search(person))


# Words a bare "name" under a headline is not made of: a live page's label, a comments link, a desk.
_NOT_A_NAME = re.compile(
    r"(?i)\b(?:reporting|comments?|live|news|desk|staff|team|redaktion|sportredaktion|redacción|rédaction|redazione|"
    r"group|media|press|online|updates|blog|share|tweet|email|follow|scores)\b"
)
# A role written as one word after the name: "Johan Ekberg Sportreporter", "Anna Berg Nyhetsreporter".
_COMPOUND_ROLE = re.compile(
    r"(?<=\S)\s+\w+(?:reporter|redaktör|redakteur|krönikör|reportteri|toimittaja|skribent)$", re.I
)
_ROLE_AT_END = re.compile(r"(?i)\b(?:writer|reporter|correspondent|editor|columnist|analyst|photographer)$")


def people_of(names: Sequence[str]) -> tuple[str, ...]:
    """The persons among what bylines named: in their own case (MAYA BRENNAN → Maya Brennan), without the
    outlet ("The Northern Ledger"), a role ("Local Democracy Reporter") or a share row read as a name; a
    single word beside full names is the dateline's city ("Reto Brunner, Kaliningrad")."""
    found: list[str] = []
    for name in names:
        for part in re.split(r"\s{2,}", name.strip()):  # "PETER HALVORSEN  Sports Writer"
            person = _titled(_COMPOUND_ROLE.sub("", part.strip(" ,;")))
            if not person or _ROLE.search(person) or _ROLE_AT_END.search(person) or _NOT_A_NAME.search(person):
                continue
            if person.lower().startswith("the ") or lexicon.made_of(person, lexicon.SHARE):
                continue
            if person not in found:
                found.append(person)
    if any(len(person.split()) >= 2 for person in found):
        found = [person for person in found if len(person.split()) >= 2 or not person[:1].isupper()]
    return tuple(found)


def _titled(name: str) -> str:
    return name.title() if name.isupper() else name


_ARTICLES = {
    "The",
    "A",
    "An",
    "Der",
    "Die",
    "Das",
    "Ein",
    "Eine",
    "Het",
    "De",
    "Een",
    "Les",
    "Los",
    "Las",
    "Il",
    "Lo",
    "Gli",
}


def _looks_like_name(text: str) -> bool:
    words = _SURNAME_PARTICLES.sub(" ", f" {text} ").split()  # "Bas van Rijswijk": the particle in small letters
    if not 2 <= len(words) <= 4 or text.endswith((".", ":")) or _NOT_A_NAME.search(text):
        return False
    if words[0] in _ARTICLES:
        return False  # "The Loudest Quiet Country", "Die Mannschaft": a title, no person
    return all(
        word[:1].isupper() and word.replace("-", "").replace("'", "").replace(".", "").isalpha() for word in words
    )


# The particles of Dutch and German surnames, between a first name and the rest ("Bas van Rijswijk", "Kees de
# Boer" is too like "Coupe de France" to count); a title's small words are not among them.
_SURNAME_PARTICLES = re.compile(
    r"(?<=\S)\s+(?:van|von)(?:\s+(?:der|den|de|dem))?\s+(?=[A-Z])|(?<=\S)\s+(?:ter|ten|vom|zu)\s+(?=[A-Z])"
)


def _outlet(rest: str) -> str | None:
    match = re.search(r"\b(?:for|für|para|pour|per)\s+(?P<outlet>[A-Z][\w.&' -]+)", rest, re.IGNORECASE)
    if match:
        outlet = match.group("outlet").strip()
        return outlet if not outlet.isupper() else _case_outlet(outlet)
    return agency_in(rest)


def _case_outlet(name: str) -> str:
    """COURIERONLINE → CourierOnline is beyond us; keep the capitals but for ordinary words."""
    return name


def agency_in(text: str) -> str | None:
    match = _AGENCY.search(text)
    return AGENCIES.get(match.group(1).lower()) if match else None
