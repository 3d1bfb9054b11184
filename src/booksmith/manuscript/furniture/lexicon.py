"""The words web pages use for their furniture, by kind, in the languages news is read in.

These are interface labels (button captions, section names, notices), never article prose: a
rule matches a line made of them, or one that starts with a label, and checks the line's shape
too (short, no sentence, in the right place). Written in lower case, compared after
`normalise`; a phrase may hold several words. Every list mixes languages on purpose: a page's
widgets are often in another language than its article (an English wire on a Japanese portal).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

# Share and follow buttons, and the words around them ("Share on Facebook", "Compartir en Twitter").
SHARE = {
    "social sharing", "share this page", "copy this link", "all sharing options", "these are external links and will open in a new window",
    "share", "shares", "shared", "share this", "share this article", "share this story", "share this post",
    "share article", "share on", "share via", "share by email", "more sharing options", "share or comment on this article",
    "tweet", "tweets", "retweet", "email", "e-mail", "mail", "email this", "print", "print this", "save", "saved",
    "copy link", "copy", "link", "click to copy", "pin", "pin it", "like", "likes", "follow", "follow us", "follow us on",
    "facebook", "twitter", "x", "whatsapp", "wykop", "comparte esta noticia", "artikel drucken", "drucken",
    "imprimir", "imprimer", "stampa", "print article", "linkedin", "pinterest", "reddit", "telegram", "messenger",
    "facebook messenger",
    "line", "flipboard", "tumblr", "vk", "weibo", "wechat", "kakaotalk", "instagram", "youtube", "tiktok", "snapchat",
    "f", "t", "in", "p", "g+", "blogthis!", "blogthis", "share to twitter", "share to facebook", "share to pinterest",
    "like us on facebook", "follow us on twitter", "sms", "send", "bookmark", "bookmarks", "add to bookmarks",
    # de
    "teilen", "artikel teilen", "twittern", "mailen", "versenden", "merken", "per mail", "e-mail senden",
    # es / pt
    "compartir", "compartir en", "compartir en facebook", "compartir en twitter", "compartir en whatsapp",
    "enviar", "enviar por email", "enviar por correo", "guardar", "comentar", "compartilhe", "compartilhar",
    # fr / it
    "partager", "partager sur", "partager sur facebook", "partager sur twitter", "partager sur linkedin",
    "envoyer", "envoyer par e-mail", "envoyer par mail", "sauvegarder", "ajouter à vos sélections",
    "condividi", "condividi su facebook", "invia",
    # ja / ko / zh / ar / ru
    "シェア", "ツイート", "共有", "この記事を共有", "この記事をシェアする", "この記事をシェア", "b!", "ブックマーク", "はてなブックマーク", "はてブ",
    "lineで送る", "印刷", "列印", "保存", "공유", "공유하기", "페이스북", "트위터", "카카오톡", "인쇄", "스크랩", "분享", "分享", "转发",
    "شارك", "مشاركة", "طباعة", "поделиться", "твитнуть",
    # more networks, and the verbs around them
    "threads", "bluesky", "mastodon", "viber", "naver", "band", "kakao", "kakaostory", "hatena", "mixi", "xing", "vkontakte",
    "odnoklassniki", "qq", "douban", "skype", "gmail", "outlook", "copy url", "copy the link", "link copied",
    "share via email", "share via whatsapp", "send by email", "email to a friend", "send to a friend", "gift this article",
    "partilhar", "compartilhar no facebook", "compartilhar no twitter", "enviar por whatsapp", "condividi su twitter",
    "teilen auf facebook", "bei facebook teilen", "bei twitter teilen", "per e-mail teilen", "公유", "共享",
    # nl / ru / pl / tr / sv / id / vi / zh, and more of ar / ko / ja / es / fr / de / it / pt
    "delen", "deel", "deel dit artikel", "delen via", "deel op facebook", "deel via whatsapp", "kopieer link", "link kopiëren",
    "opslaan", "printen", "поделиться в", "вконтакте", "телеграм", "скопировать ссылку", "копировать ссылку", "отправить",
    "распечатать", "сохранить", "в закладки", "фейсбук", "твиттер", "udostępnij", "udostępnij na facebooku", "skopiuj link",
    "kopiuj link", "wyślij", "drukuj", "zapisz", "paylaş", "facebook'ta paylaş", "twitter'da paylaş", "whatsapp'ta paylaş",
    "linki kopyala", "bağlantıyı kopyala", "yazdır", "kaydet", "e-posta", "gönder", "dela", "dela artikeln", "dela på facebook",
    "kopiera länk", "kopiera länken", "skriv ut", "spara", "mejla", "e-post", "skicka", "bagikan", "bagikan artikel",
    "salin tautan", "salin link", "cetak", "simpan", "chia sẻ", "chia sẻ bài viết", "sao chép liên kết", "in bài",
    "微信", "微博", "新浪微博", "qq空间", "qq好友", "分享到", "分享到微信", "分享到微博", "复制链接", "打印", "收藏",
    "فيسبوك", "فيس بوك", "تويتر", "واتساب", "واتس اب", "البريد الإلكتروني", "انستغرام", "تيليجرام", "نسخ الرابط",
    "카카오스토리", "url 복사", "링크 복사", "네이버 밴드", "이메일", "페이스북 공유", "트위터 공유", "x(旧twitter)",
    "facebookでシェア", "xでポスト", "リンクをコピー", "urlをコピー", "メール", "ポスト", "compartilhar no whatsapp",
    "compartilhe no facebook", "compartilhe no twitter", "enviar por e-mail", "copiar link", "salvar", "partilhar no facebook",
    "compartir en linkedin", "copiar enlace", "twittear", "tuitear", "copier le lien", "partager par e-mail",
    "partager sur whatsapp", "tweeter", "envoyer à un ami", "link kopieren", "auf facebook teilen", "auf twitter teilen",
    "per whatsapp teilen", "artikel versenden", "condividi su whatsapp", "copia link", "condividi su linkedin", "salva",
    "share full article", "email this story", "share this story:", "kindly share this story", "deel artikel",
    "enviar por mail", "tweetnij", "skomentuj", "yorum yaz", "följ", "url telah disalin", "одноклассники",
    "recommend", "gift article", "gift this story", "tweet this", "love", "haha", "wow", "sad", "angry",
    "좋아요", "훈훈해요", "슬퍼요", "화나요", "후속기사 원해요", "최고예요", "놀랐어요", "いいね!", "いいね！",
    "参考になった", "me gusta", "me encanta", "j'aime", "gefällt mir", "mi piace", "curtir", "lubię to", "beğen",
    "нравится", "suka", "thích", "赞", "点赞", "分享至", "more", "more options", "invia per email", "share on facebook", "share on twitter", "share on whatsapp", "share on linkedin", "post", "repost",
    # el / cs / hi / th / he / uk / da / no / fi / pt-PT / hu / ro
    "κοινοποίηση", "μοιραστείτε", "sdílet", "शेयर करें", "साझा करें", "शेयर", "แชร์", "שתפו", "שתף", "поділитися",
    "del", "del artikel", "del artiklen", "del artikkel", "tweetnout", "poslat e-mailem", "poslat emailem",
    "partilhe", "partilhe este artigo", "partilhe no facebook", "correo", "推特", "复制连结", "复制网址", "फेसबुक", "ट्विटर",
    "jaa artikkeli", "del artikkelen", "kopier lenke", "kopioi linkki", "kopier link", "εκτύπωση", "αποστολή",
    "اشتراک‌گذاری", "اشتراک گذاری", "تلگرام", "واتس‌اپ", "واتساپ", "توییتر", "فیس‌بوک", "فیسبوک", "لینک کوتاه", "چاپ",
    "ارسال", "کپی لینک", "שתפו בפייסבוק", "שתפו בוואטסאפ", "טוויטר", "פייסבוק", "וואטסאפ", "שלחו לחבר", "הדפסה",
    "העתקת קישור", "แชร์ผ่าน facebook", "แชร์ผ่าน line", "แชร์ผ่าน twitter", "คัดลอกลิงก์", "แชร์ข่าวนี้",
    "แชร์ข่าวนี้ทาง line", "พิมพ์", "zalo", "trimite pe whatsapp", "trimite pe facebook", "distribuie pe facebook",
    "copiază link", "tetszik", "megosztom", "küldés", "link másolása", "nyomtatás", "поширити", "надіслати",
    "копіювати посилання", "друк", "del på twitter", "tulosta artikkeli", "jaa twitterissä", "jaa whatsappissa",
    "व्हाट्सएप", "ईमेल", "लिंक कॉपी करें", "teilen sie diesen artikel", "comparte", "comparte esta nota", "del på facebook", "jaa", "jaa facebookissa", "megosztás", "distribuie", "trimite", "tisk", "vytisknout", "tulosta", "print artikel",
    # ca
    "comparteix", "comparteix-ho", "comparteix l'article", "compartir a facebook", "compartir a twitter",
    "compartir a whatsapp", "comparteix a facebook", "comparteix a twitter", "envia", "envia per correu", "enviar per correu",
    "correu electrònic", "copia l'enllaç", "copiar l'enllaç", "enllaç copiat", "imprimeix", "segueix-nos",
    "m'agrada",
    # hr / bs / sr (Latin and Cyrillic)
    "podijeli", "podijelite", "podijeli članak", "podijelite članak", "podijeli na facebooku", "podijeli na twitteru",
    "podeli", "podelite", "podeli članak", "podelite članak", "podeli na fejsbuku", "pošalji", "pošalji e-mailom",
    "pošalji mailom", "pošalji prijatelju", "ispiši", "isprintaj", "printaj", "štampaj", "kopiraj link", "kopiraj poveznicu",
    "link je kopiran", "spremi", "sačuvaj", "pratite nas", "pratite nas na društvenim mrežama", "sviđa mi se", "e-pošta",
    "подели", "поделите", "подели чланак", "поделите чланак", "подели на фејсбуку", "пошаљи", "пошаљи мејлом",
    "штампај", "одштампај", "копирај линк", "сачувај", "пратите нас", "пратите нас на друштвеним мрежама", "свиђа ми се",
    "фејсбук", "твитер", "имејл", "е-пошта",
    # sk / sl
    "zdieľať", "zdieľajte", "zdieľať článok", "zdieľajte článok", "zdieľať na facebooku", "kopírovať odkaz",
    "skopírovať odkaz", "odkaz skopírovaný", "poslať e-mailom", "poslať emailom", "vytlačiť", "tlačiť", "uložiť",
    "sledujte nás", "páči sa mi to", "deli", "delite", "deli članek", "delite članek", "deli na facebooku",
    "kopiraj povezavo", "povezava kopirana", "natisni", "pošlji", "pošlji po e-pošti", "shrani", "sledite nam",
    "všeč mi je",
    # bg / mk
    "сподели", "споделете", "споделяне", "сподели статията", "сподели във facebook", "сподели в facebook", "изпрати",
    "изпрати по имейл", "принтирай", "отпечатай", "печат", "копирай линка", "копирай линк", "запази", "последвайте ни",
    "харесай", "харесвам", "споделување", "сподели на facebook", "испечати", "печати", "испрати", "зачувај", "следете не",
    "следете нè",
    # bn / ta / ur / mr / te
    "শেয়ার", "শেয়ার করুন", "ফেসবুক", "টুইটার", "হোয়াটসঅ্যাপ", "মেসেঞ্জার", "ইমেইল", "ই-মেইল", "প্রিন্ট",
    "প্রিন্ট করুন", "লিংক কপি করুন", "লিঙ্ক কপি করুন", "কপি লিংক", "সংরক্ষণ", "অনুসরণ করুন", "পছন্দ", "লাইক",
    "பகிர்", "பகிரவும்", "பகிர்க", "பகிர்ந்து கொள்ளுங்கள்", "அச்சிடு", "அச்சிட", "இணைப்பை நகலெடு", "ஃபேஸ்புக்",
    "ட்விட்டர்", "வாட்ஸ்அப்", "மின்னஞ்சல்", "شیئر", "شیئر کریں", "شئیر کریں", "پرنٹ", "پرنٹ کریں", "فیس بک", "ٹوئٹر",
    "ٹویٹر", "واٹس ایپ", "ای میل", "لنک کاپی کریں", "शेअर", "शेअर करा", "प्रिंट", "प्रिंट करा", "लिंक कॉपी करा",
    "व्हॉट्सअ‍ॅप", "షేర్", "షేర్ చేయండి", "ప్రింట్", "లింక్ కాపీ చేయండి", "ఫేస్‌బుక్", "ట్విట్టర్", "వాట్సాప్",
    # ms / id / tl / sw
    "kongsi", "kongsikan", "kongsi artikel ini", "kongsi berita ini", "kongsi di facebook", "kongsi di twitter",
    "kongsi di whatsapp", "salin pautan", "pautan disalin", "e-mel", "emel", "ikuti kami", "bagikan artikel ini",
    "bagikan berita ini", "bagikan ke facebook", "bagikan ke twitter", "bagikan ke whatsapp", "salin url", "ibahagi",
    "ibahagi ito", "i-share", "kopyahin ang link", "i-print", "i-save", "sundan kami", "shiriki", "shiriki habari hii",
    "shiriki makala hii", "barua pepe", "nakili kiungo", "tufuate", "tuma kwa barua pepe",
    # lt / lv / et
    "dalintis", "pasidalinti", "pasidalinkite", "pasidalink", "dalintis facebook", "spausdinti", "kopijuoti nuorodą",
    "nuoroda nukopijuota", "siųsti", "siųsti el. paštu", "el. paštas", "sekite mus", "patinka", "išsaugoti", "dalīties",
    "kopīgot", "dalīties facebook", "drukāt", "kopēt saiti", "nosūtīt", "e-pasts", "sekojiet mums", "patīk", "saglabāt",
    "jaga", "jaga artiklit", "jaga facebookis", "prindi", "kopeeri link", "saada", "saada e-postiga", "jälgi meid",
    "meeldib", "salvesta",
    # af / is / sq
    "deel hierdie artikel", "kopieer skakel", "e-pos", "volg ons", "stuur", "deila", "deila á facebook",
    "deila grein", "prenta", "afrita hlekk", "senda", "senda í tölvupósti", "tölvupóstur", "fylgdu okkur", "líkar við",
    "shpërndaje", "shpërndaj", "shpërndaje në facebook", "printo", "kopjo linkun", "kopjo lidhjen", "dërgo",
    "dërgo me email", "na ndiqni", "pëlqej", "ruaj",
    # ka / hy / az / kk
    "გაზიარება", "გააზიარე", "ბეჭდვა", "ბმულის კოპირება", "ლინკის კოპირება", "გაგზავნა", "გამოგვყევით", "მოწონება",
    "կիսվել", "տարածել", "տպել", "պատճենել հղումը", "ուղարկել", "հետեւեք մեզ", "հավանել", "çap et", "göndər",
    "bizi izləyin", "бөлісу", "басып шығару", "сілтемені көшіру", "жіберу", "бізді бақылаңыз", "ұнайды",
    # da / nb / fi / hu / ro / cs / el / uk / he / fa / hi / th / vi / ja / ko / zh / pt / it / nl / pl / tr / sv
    "del på linkedin", "del via e-mail", "del via email", "del på e-post", "send e-post", "skriv ut artikkelen",
    "lähetä sähköpostilla", "jaa linkedinissä", "küldés e-mailben", "megosztás facebookon",
    "copiază linkul", "trimite pe email", "sdílet na facebooku", "zkopírovat odkaz", "kopírovat odkaz", "sdílet článek",
    "αντιγραφή συνδέσμου", "κοινοποίηση στο facebook", "μοιραστείτε το άρθρο", "поділитися у facebook", "роздрукувати",
    "שתפו במייל", "اشتراک در تلگرام", "ارسال به دوستان", "แชร์บทความนี้",
    "chia sẻ facebook", "gửi email", "lưu bài", "記事を保存", "공유하기 닫기", "分享到微信朋友圈", "分享到qq空间",
    "compartilhe este artigo", "partilhar no twitter", "partilhar no whatsapp", "condividi l'articolo",
    "condividi su x", "deel via e-mail", "deel op x", "udostępnij artykuł", "udostępnij na twitterze",
    "makaleyi paylaş", "haberi paylaş", "dela via e-post", "dela på x", "del på x", "kopier lenken",
    "kopiér link",
    # a share row's label and its read-later networks ("Connect", "Pocket", "Google+" as the paste keeps it)
    "connect", "pocket", "google", "google plus", "instapaper", "evernote", "フォロー", "フォローする",
    # he / th: the verbal nouns on the buttons ("Sharing on Facebook", "Sending by mail", "Forward via LINE")
    "שיתוף", "שיתוף בפייסבוק", "שיתוף בוואטסאפ", "שיתוף בטוויטר", "ציוץ", "שליחה במייל", "שליחה לחבר", "ทวีต",
    "ส่งต่อ", "ส่งต่อทาง line", "ส่งต่อทาง facebook", "ส่งอีเมล",
    # the network renamed, as its button says so ("X (formerly Twitter)"; brackets are separators to `normalise`)
    "x formerly twitter", "x formerly known as twitter", "x ehemals twitter", "x früher twitter", "x vormals twitter",
    "x anciennement twitter", "x ex twitter", "x ex-twitter", "x antes twitter", "x anteriormente twitter",
    "x antigo twitter", "x già twitter", "x voorheen twitter", "x vroeger twitter", "x tidigare twitter",
    "x dawniej twitter", "x wcześniej twitter", "x eski twitter", "x önceki adıyla twitter", "x бывший twitter",
    "x ранее twitter", "x 旧twitter", "x 旧ツイッター", "x 原twitter", "x 前twitter", "x 구 트위터", "x 옛 트위터",
}  # fmt: skip

# A wall's short lines, which a story's sentence may say too: its offer to read on with the paid edition ("Lesen
# Sie jetzt weiter mit RWZ+"), its terms of cancelling ("Jederzeit monatlich kündbar"), its login for those who pay
# already ("Bereits Abonnent? Hier anmelden"). A label, not a sentence ("Cancel any time, the club told its fans").
PAYWALL_PROMPT = re.compile(
    r"^lesen sie (?:jetzt |hier |gleich )?weiter mit\b|^jetzt weiterlesen mit\b|^continue reading with\b|"
    r"^continuez (?:à lire|votre lecture|la lecture) avec\b|^(?:sigue|seguí|continúa) leyendo con\b|"
    r"^continua a leggere con\b|^continue (?:lendo|a ler) com\b|^läs vidare med\b|^czytaj dalej z\b|"
    r"jederzeit (?:\w+ )?kündbar|monatlich kündbar|cancel (?:at )?any ?time\b|résiliable à tout moment|"
    r"cancela cuando quieras|cancelable en cualquier momento|disdici quando vuoi|cancele quando quiser|"
    r"(?:maandelijks|altijd) opzegbaar|säg upp när (?:du vill|som helst)|ingen bindningstid|"
    r"anuluj w dowolnym momencie|istediğin zaman iptal|いつでも解約|^(?:bereits|schon) abonnent(?:in)?\b|"
    r"^already subscribed\b",
    re.IGNORECASE,
)

# The label of a standfirst set as a box of points under the headline ("Key points:", "Das Wichtigste in Kürze").
KEY_POINTS = re.compile(
    r"^(?:key (?:points|facts|takeaways)|the key points|main points|at a glance|in brief|in short|quick read|"
    r"what you need to know|das wichtigste(?: in kürze| im überblick)?|in kürze|auf einen blick|l['’]essentiel|"
    r"ce qu['’]il faut retenir|en bref|les points clés|points clés|lo (?:más )?importante|las claves|claves|"
    r"en resumen|puntos clave|in breve|i punti chiave|punti chiave|em resumo|pontos-chave|os pontos principais|"
    r"in het kort|kort samengevat|de belangrijkste punten|kortfattat|i korthet|det viktigaste|kort fortalt|"
    r"i korte træk|najważniejsze|w skrócie|kısaca|öne çıkanlar|коротко|основное|要点|この記事のポイント|ポイント|"
    r"핵심 요약|세 줄 요약)\s*[:：]?$",
    re.IGNORECASE,
)

# A subscription's price for its period: "9,90 € im Monat", "$1.99/week", "1 Monat für 0,99 €", "3 mois pour 1 €".
# A price of two digits at most: "£200,000 a week" is a player's wage, in a story's fact box.
_PERIODS = (
    r"monat|monate|month|months|mo|mois|mes|meses|mese|mesi|mês|maand|maanden|månad|månader|måned|måneder|"
    r"miesiąc|miesiące|ay|месяц|месяца|woche|wochen|week|weeks|semaine|semaines|semana|semanas|settimana|"
    r"settimane|vecka|veckor|uge|uger|uke|uker|tydzień|jahr|year|an|année|año|anno|ano|jaar|år|rok"
)
_PRICE = r"\d{1,2}(?:[.,]\d{2})?(?![\d.,]*\d)"
SUBSCRIPTION_PRICE = re.compile(
    rf"(?:[€$£]\s?{_PRICE}|(?<![\d.,]){_PRICE}\s?(?:€|\$|£|kr|zł|chf|euros?))\s*(?:/|im|pro|per|par|al|por|ao|a|en|i|w|le)\s*"
    rf"(?:{_PERIODS})\b|"
    rf"\b\d{{1,2}}\s+(?:{_PERIODS})\s+(?:für|for|pour|por|per|voor|för|za|til)\s+(?:nur |just |only |seulement |solo |"
    rf"apenas |tylko )?(?:[€$£]\s?)?\d",
    re.IGNORECASE,
)

# A subscription's offer and its price: "Subscribe for just 99¢", "Abonnez-vous pour 1 €", "Assine por R$ 1,90".
SUBSCRIPTION_OFFER = re.compile(
    r"^(?:subscribe|abonnez-vous|suscr[ií]bete|assine|abbonati|abonneer|abonnieren sie|zaprenumeruj|abone ol)"
    r"(?: now| today| ya| já| ora| jetzt)? (?:for|pour|por|per|voor|für|za) (?:just |only |seulement |solo |"
    r"apenas |nur |tylko )?(?:[$€£]|r\$)?\s?\d[\d.,]*\s?(?:¢|p\b|€|zł|kr)?",
    re.IGNORECASE,
)

# A page's text-size and reading controls ("A- A+", "文字サイズ　小　中　大", "글자크기 조정").
TEXT_SIZE = re.compile(
    r"^(?:a\s*[-−–]\s*a\s*\+|a\s*\+\s*a\s*[-−–]|a\s*a\s*a|文字サイズ.{0,12}|文字の大きさ.{0,12}|글자\s?크기.{0,8}|"
    r"(?:font|text) size.{0,12}|taille du texte|schriftgröße.{0,12}|tamaño de (?:letra|texto|fuente)|tamanho da fonte|"
    r"размер шрифта|rozmiar czcionki|yazı boyutu|textstorlek|ukuran (?:teks|huruf)|cỡ chữ|字号.{0,8}|字级.{0,12}|字体大小.{0,8}|"
    r"listen to (?:this )?(?:article|story)(?: \d+ min)?|escuchar (?:este )?artículo|écouter (?:cet )?article|"
    r"artikel (?:anhören|vorlesen)|ascolta (?:l'articolo|questo articolo)|音声で聞く|기사 듣기|본문\s?듣기.{0,8})$",
    re.IGNORECASE,
)

# A site's app and its stores ("Download on the App Store", "Get it on Google Play").
APP_PROMO = re.compile(
    r"app store|google play|download (?:the|our) .{0,30}app\b|get (?:it|the app) on|take .{1,30} with you$|"
    r"scarica l['’]app|télécharge[zr]? l['’]appli|descarg(?:a|á) (?:la|nuestra) app|baixe o app|app herunterladen|"
    r"download de app|pobierz aplikację|uygulamayı indir|ladda ner appen|unduh aplikasi|tải ứng dụng|下载客户端|下载app|app下载|用app看|"
    r"アプリをダウンロード|앱 다운로드|حمل التطبيق",
    re.IGNORECASE,
)
# A consent banner's title at the top of the page ("We care about your privacy").
PRIVACY_TITLE = re.compile(
    r"^(?:we (?:care about|value) your privacy|your privacy(?: matters| choices| settings)?|dbamy o twoją prywatność|"
    r"twoja prywatność|ihre privatsphäre|datenschutzeinstellungen|votre vie privée|su privacidad|a sua privacidade|"
    r"la tua privacy|uw privacy|din integritet|gizliliğiniz|ваша конфиденциальность|プライバシー設定|개인정보 보호|"
    r"privacy settings|cookie settings|cookie-einstellungen|paramètres des cookies|"
    r"la (?:teva|vostra) privacitat|configuració de (?:les )?galetes|vaša privatnost|ваша приватност|vaše súkromie|"
    r"vaša zasebnost|вашата поверителност|вашата приватност|privasi anda|faragha yako|jūsų privatumas|jūsu privātums|"
    r"teie privaatsus|u privaatheid|friðhelgi þín|privatësia juaj|თქვენი კონფიდენციალურობა|ձեր գաղտնիությունը|"
    r"məxfiliyiniz|postavke kolačića|podešavanja kolačića|podešavanje kolačića|nastavenia cookies|nastavitve piškotkov|"
    r"настройки на бисквитките|tetapan kuki|slapukų nustatymai|sīkdatņu iestatījumi|küpsiste seaded|"
    r"ochrana vašeho soukromí|vaše soukromí|prywatność|twoja prywatność|az ön adatainak védelme|confidențialitatea dvs|"
    r"το απόρρητό σας|ваша конфіденційність|quyền riêng tư của bạn|ความเป็นส่วนตัวของคุณ|הפרטיות שלך|حریم خصوصی شما|"
    r"आपकी गोपनीयता|yksityisyytesi|dit privatliv|ditt personvern)$",
    re.IGNORECASE,
)

# A media player's controls and notices, one a line or a row.
PLAYER = {
    "playlist", "download", "embed", "transcript", "hide caption", "toggle caption",
    "play", "pause", "mute", "unmute", "replay", "fullscreen", "full screen", "exit fullscreen", "close", "captions",
    "subtitles", "settings", "hd", "auto", "autoplay", "skip ad", "now playing", "up next", "cast", "watch", "watch video",
    "play video", "watch now", "video", "videos", "duration", "live", "volume", "speed", "quality", "picture-in-picture",
    "reproducir", "pausa", "lecture", "riproduci", "abspielen", "再生", "一時停止", "動画", "재생", "동영상", "تشغيل",
    "cancel", "next video", "previous video", "skip", "seek", "mute sound", "unmute sound", "picture in picture",
    "afspelen", "воспроизвести", "видео", "odtwórz", "oynat", "spela upp", "phát", "播放", "视频", "listen",
    "listen to this article", "audio", "play audio", "reproduzir", "assistir", "ver vídeo", "ascolta", "écouter", "anhören",
    "escuchar", "ouvir", "luister", "lyssna", "lytt", "lyt", "kuuntele", "posłuchaj", "dinle", "слушать", "послушать",
    "聴く", "듣기", "استمع",
}  # fmt: skip
# A clip's running time with its word, as a player prints it under the title: "Duration 1:58", "Durée : 2:31".
DURATION = re.compile(
    r"^(?:duration|length|running time|durée|dauer|länge|duración|duração|durata|lengte|längd|varighed|varighet|kesto|"
    r"czas trwania|длительность|продолжительность|süre|再生時間|時間|재생시간)\s*[:：]?\s*(?:\d{1,2}:)?\d{1,2}:\d{2}$",
    re.IGNORECASE,
)
# The label of a video's box, set before the clip's title ("VIDEO ▶ …", "فيديو", "वीडियो"), apart from it.
VIDEO_LABEL = re.compile(
    r"^(?:videos?|vídeos?|vidéos?|wideo|videó|βίντεο|видео|відео|فيديو|ویدیو|ویڈیو|וידאו|वीडियो|ভিডিও|วิดีโอ|"
    r"動画|视频|視頻|영상|동영상|watch)(?:\s*[:：|·▶►▷]|\s+[-–—]\s|\s{2,}|\u3000)",
    re.IGNORECASE,
)
# A link's note for screen readers, copied with its button: "(Opens in new window)", "(Wird in neuem Fenster geöffnet)".
NEW_WINDOW = re.compile(
    r"\(?\s*(?:opens in (?:a )?new (?:window|tab)|wird in neuem fenster geöffnet|öffnet (?:sich )?in (?:einem )?neuen "
    r"(?:fenster|tab)|s['’]ouvre dans une nouvelle (?:fenêtre|onglet)|ouvre dans une nouvelle fenêtre|"
    r"se abre en una (?:nueva )?ventana(?: nueva)?|si apre in una nuova (?:finestra|scheda)|abre em (?:uma )?nova "
    r"(?:janela|aba)|wordt in een nieuw venster geopend|opent in (?:een )?nieuw venster|öppnas i (?:ett )?nytt fönster|"
    r"åbner i et nyt vindue|åpnes i et nytt vindu|otwiera się w nowym oknie|yeni (?:pencerede|sekmede) açılır|"
    r"откроется в новом окне|新しいウィンドウで開きます|새 창에서 열림|在新窗口中打开)\s*\)?",
    re.IGNORECASE,
)
# A share button's words before its network, as the screen reader has them: "Click to share on Facebook".
CLICK_TO = re.compile(
    r"^(?:(?:click|tap)(?: here)? to|cliquez pour|cliquer pour|haz clic para|haga clic para|fai clic per|clicca per|"
    r"clique para|klik om te|klicken,? um|klick,? um|kliknij,? aby|tıklayın|нажмите,? чтобы)\s+",
    re.IGNORECASE,
)
# A live page's badge over its headline: "LIVE", "EN DIRECT", "Liveticker", "مباشر".
LIVE_BADGE = re.compile(
    r"^(?:live|live blog|liveblog|live updates|live ticker|liveticker|live-ticker|live-blog|en direct|en vivo|en directo|"
    r"directo|ao vivo|in diretta|diretta|na żywo|relacja na żywo|canlı|canlı anlatım|прямой эфир|"
    r"онлайн|трансляция|наживо|ライブ|速報中|直播|图文直播|라이브|생중계|مباشر|بث مباشر|लाइव|ถ่ายทอดสด|"
    r"trực tiếp|langsung|direkte|direkt|suora|élő|în direct|ζωντανά|živě|naživo|בשידור חי)$",
    re.IGNORECASE,
)

# A header's menus, account links and the like ("Home | News | Sport", "Sign in", "Menü").
NAV = {
    "home", "homepage", "news", "sport", "sports", "football", "soccer", "business", "politics", "world", "uk", "us",
    "u.s.", "opinion", "comment", "culture", "lifestyle", "life", "tech", "technology", "science", "health", "travel",
    "money", "finance", "markets", "entertainment", "showbiz", "video", "videos", "tv", "radio", "podcasts", "audio",
    "photos", "weather", "local", "national", "international", "more", "more...", "menu", "search", "login", "log in",
    "log out", "sign in", "sign up", "register", "account", "your account", "my account", "subscribe", "subscriptions",
    "newsletters", "live", "latest", "today's paper", "e-paper", "epaper", "jobs", "events", "shop", "tickets",
    "community", "features", "cricket", "tennis", "golf", "rugby", "f1", "formula 1", "nfl", "nba", "mlb", "nhl",
    "boxing", "racing", "scores", "fixtures", "results", "tables", "teams", "transfers", "show more", "more menu",
    "contact", "about", "about us", "archives", "archive", "blog archive", "categories", "meta", "entries rss",
    "comments rss", "rss", "open in app", "write", "search for:", "post navigation", "newer post", "older post",
    "older posts", "newer posts", "back to home", "sections", "all sections", "edition", "editions",
    # de / es / fr / it / pt
    "startseite", "zur startseite", "menü", "suche", "anmelden", "abmelden", "abonnement", "abo", "politik",
    "wirtschaft", "meinung", "panorama", "kultur", "wissen", "reise", "portada", "inicio", "noticias", "deportes",
    "fútbol", "opinión", "economía", "cultura", "buscar", "iniciar sesión", "suscríbete", "accueil", "actualités",
    "économie", "connexion", "se connecter", "s'abonner", "rechercher", "home page", "notizie", "accedi", "cerca",
    "abbonati", "esporte", "esportes", "entrar", "assine",
    # ja / ko / ar
    "トップ", "ホーム", "ニュース", "スポーツ", "速報", "ログイン", "会員登録", "新規登録", "検索", "メニュー", "社会", "経済",
    "国際", "政治", "エンタメ", "ライフ", "地域", "홈", "뉴스", "로그인", "회원가입", "검색", "메뉴", "전체메뉴", "스포츠",
    "الرئيسية", "أخبار", "رياضة", "بحث", "تسجيل الدخول",
    # nl / ru / zh / pl / tr / sv / id / vi, and more of the others
    "nieuws", "binnenland", "buitenland", "politiek", "economie", "cultuur", "media", "opmerkelijk", "regio", "voetbal",
    "inloggen", "zoeken", "abonneren", "weer", "verkeer", "uitgelicht", "главная", "новости", "спорт", "футбол", "политика",
    "экономика", "общество", "в мире", "культура", "фото", "войти", "поиск", "меню", "регистрация", "хоккей", "теннис", "ещё",
    "首页", "新闻", "体育", "足球", "国际", "国内", "财经", "娱乐", "科技", "图片", "登录", "注册", "搜索", "军事", "汽车", "更多", "strona główna", "wiadomości", "piłka nożna", "biznes", "polska", "świat", "zaloguj się", "zaloguj",
    "szukaj", "pogoda", "więcej", "anasayfa", "ana sayfa", "gündem", "spor", "futbol", "ekonomi", "dünya", "magazin",
    "yazarlar", "giriş yap", "üye ol", "arama", "foto galeri", "galeri", "siyaset", "teknoloji", "sağlık", "nyheter",
    "fotboll", "nöje", "debatt", "ledare", "logga in", "sök", "meny", "mer", "prenumerera", "plus", "inrikes", "utrikes",
    "cronaca", "politica", "esteri", "calcio", "spettacoli", "tecnologia", "salute", "registrati", "italia", "mondo",
    "συνδρομή", "σύνδεση", "αναζήτηση", "ροή ειδήσεων", "αρχική", "ελλάδα", "πολιτική", "οικονομία", "κόσμος",
    "αθλητισμός", "πολιτισμός", "απόψεις", "ταξίδια", "έντυπη έκδοση", "autentificare", "cont nou", "caută", "acasă",
    "fotbal", "știri", "belépés", "regisztráció", "keresés", "címlap", "belföld", "külföld", "gazdaság",
    "foci", "kultúra", "เข้าสู่ระบบ", "ค้นหา", "หน้าแรก", "ข่าว", "การเมือง", "เศรษฐกิจ", "กีฬา", "บันเทิง",
    "ฟุตบอลไทย", "ฟุตบอลต่างประเทศ", "ฟุตบอลโลก", "สมัครสมาชิก", "เมนู", "ورود", "ثبت نام", "جستجو", "صفحه اصلی",
    "اخبار", "ورزشی", "سیاسی", "اقتصادی", "بین‌الملل", "فرهنگی", "اجتماعی", "ورزش", "увійти", "пошук", "головна",
    "новини", "хокей", "теніс", "бокс", "баскетбол", "реєстрація", "kirjaudu", "haku", "etusivu", "uutiset",
    "urheilu", "jalkapallo", "logg inn", "søk", "forsiden", "fotball", "kjendis", "התחברות",
    "חיפוש", "ראשי", "חדשות", "ספורט", "כדורגל", "đăng nhập", "tìm kiếm", "trang chủ", "thời sự", "thế giới",
    "kinh doanh", "thể thao", "giải trí", "bóng đá",
    "internacional", "españa", "méxico", "política", "sociedad", "tecnología", "salud", "vídeos", "fotos", "ver más",
    "ingresar", "regístrate", "mi cuenta", "monde", "politique", "société", "vidéos", "faits divers", "régions",
    "mon compte", "fußball", "ausland", "inland", "wetter", "mediathek", "nachrichten", "mein konto", "registrieren",
    "notícias", "brasil", "mundo", "futebol", "entretenimento", "beranda", "berita", "olahraga", "sepak bola", "bola",
    "nasional", "masuk", "daftar", "cari", "indeks", "pháp luật", "giáo dục", "sức khỏe", "정치", "경제",
    "사회", "세계", "국제", "문화", "연예", "오피니언", "축구", "야구", "전체", "구독", "天気", "写真", "特集", "連載",
    "サッカー", "野球", "سياسة", "اقتصاد", "ثقافة", "منوعات", "فيديو", "العالم", "مقالات", "كرة القدم", "الأخبار",
    "key events", "show key events only", "key moments", "sign in / register", "help", "contact us", "newsroom", "weekend", "magazine", "podcast", "crossword", "puzzles",
    "ειδήσεις", "αθλητικά", "ποδόσφαιρο", "úvod", "zprávy", "होम", "खेल", "फुटबॉल", "समाचार",
    "न्यूज़", "ฟุตบอล", "forside", "nyheder", "fodbold", "início",
    "desporto", "hírek", "přihlásit",
    # ca / hr / bs / sr (Latin and Cyrillic) / sk / sl
    "inici", "notícies", "esports", "economia", "món", "societat", "opinió", "cercar", "inicia la sessió",
    "inicia sessió", "registra't", "més", "naslovnica", "vijesti", "nogomet", "gospodarstvo", "svijet", "zabava",
    "tražilica", "pretraži", "prijava", "prijavi se", "registracija", "izbornik", "više", "početna", "vesti", "fudbal",
    "svet", "ekonomija", "hronika", "pretraga", "почетна", "вести", "фудбал", "економија", "свет", "друштво", "култура",
    "хроника", "забава", "претрага", "пријава", "пријави се", "регистрација", "мени", "још", "видео", "domov", "správy",
    "domáce", "zahraničné", "šport", "futbal", "ekonomika", "hľadať", "prihlásiť sa", "prihlásenie",
    "registrácia", "viac", "novice", "iskanje", "išči", "več",
    # bg / mk / lt / lv / et / ka / hy / az / kk
    "начало", "икономика", "свят", "търсене", "вход", "още", "пребарај", "пребарување", "најава", "повеќе",
    "pradžia", "naujienos", "sportas", "futbolas", "pasaulis", "kultūra", "paieška", "prisijungti", "registruotis",
    "daugiau", "sākums", "ziņas", "futbols", "meklēt", "pieslēgties", "reģistrēties", "vairāk", "avaleht",
    "uudised", "jalgpall", "poliitika", "majandus", "maailm", "kultuur", "otsi", "logi sisse", "registreeru", "მთავარი",
    "ახალი ამბები", "სიახლეები", "სპორტი", "ფეხბურთი", "პოლიტიკა", "ეკონომიკა", "მსოფლიო", "კულტურა", "ძებნა", "შესვლა",
    "գլխավոր", "լուրեր", "սպորտ", "ֆուտբոլ", "քաղաքականություն", "տնտեսություն", "աշխարհ", "մշակույթ", "որոնում",
    "մուտք", "ana səhifə", "xəbərlər", "idman", "siyasət", "iqtisadiyyat", "mədəniyyət", "axtar", "daxil ol",
    "qeydiyyat", "басты бет", "жаңалықтар", "саясат", "әлем", "мәдениет", "іздеу", "кіру", "тіркелу",
    # bn / ta / ur / mr / te
    "প্রচ্ছদ", "হোম", "খেলা", "ফুটবল", "রাজনীতি", "অর্থনীতি", "আন্তর্জাতিক", "বিনোদন", "মতামত", "খুঁজুন", "লগইন",
    "নিবন্ধন", "মেনু", "முகப்பு", "செய்திகள்", "விளையாட்டு", "அரசியல்", "உலகம்", "சினிமா", "தேடல்", "உள்நுழை",
    "صفحہ اول", "خبریں", "کھیل", "سیاست", "دنیا", "شوبز", "کاروبار", "تلاش", "لاگ ان", "मुख्यपृष्ठ", "बातम्या", "क्रीडा",
    "राजकारण", "मनोरंजन", "शोधा", "लॉग इन", "హోమ్", "వార్తలు", "క్రీడలు", "రాజకీయాలు", "సినిమా", "అంతర్జాతీయం", "శోధన",
    # ms / id / tl / sw / af / is / sq
    "laman utama", "sukan", "dunia", "hiburan", "gaya hidup", "carian", "log masuk", "balita", "palakasan",
    "pulitika", "hanapin", "mag-log in", "mag-sign up", "nyumbani", "habari", "michezo", "soka", "siasa", "biashara",
    "burudani", "kimataifa", "tafuta", "ingia", "jisajili", "tuis", "nuus", "sokker", "wêreld", "vermaak", "soek",
    "teken in", "registreer", "forsíða", "fréttir", "íþróttir", "fótbolti", "innlent", "erlent", "viðskipti", "menning",
    "innskráning", "ballina", "lajme", "lajmet", "futboll", "politikë", "bota", "kulturë", "kërko", "regjistrohu",
    # cs / da / nb / hu / ro / fi / uk / ru / pl / vi, filling gaps
    "domů", "domácí", "zahraničí", "hledat", "přihlásit se", "registrace", "více", "indland", "udland",
    "søg", "log ind", "innenriks", "utenriks", "økonomi", "kultur og underholdning", "szórakozás",
    "politică", "externe", "căutare", "kotimaa", "ulkomaat", "talous", "politiikka", "kulttuuri",
    "економіка", "політика", "світ", "в світі", "gospodarka", "kultura", "rozrywka", "tin tức",
}  # fmt: skip

# A broadcaster's banner of what is on air now, with the programme's name: "Live Now: KRVT 8 News at Noon". The
# words say "now": a live story's headline says "Live:", "En direct :", "En vivo:" alone, and stays a headline.
ON_AIR = re.compile(
    r"^(?:live now|watch live|on air(?: now)?|now on air|streaming now|now streaming|jetzt im (?:tv|radio)|"
    r"jetzt auf sendung|en direct maintenant|maintenant en direct|à l['’]antenne|en vivo ahora|ahora en vivo|"
    r"al aire ahora|ao vivo agora|agora ao vivo|ora in onda|in onda ora|nu op tv|nu live op|sänds nu|"
    r"teraz na antenie|şimdi yayında|сейчас в эфире|生放送中|正在直播|지금 방송중)\s*[:：|–—-]\s*\S",
    re.IGNORECASE,
)

# Section headers that open a list of other stories.
RELATED = {
    "recommended stories", "mirá también", "mira también", "you might also like",
    # eu / gl / ur / ta / bg / lt / sl headers seen on their sites
    "lotutako albisteak", "albiste gehiago", "irakurrienak", "novas relacionadas", "máis novas", "as máis lidas",
    "زیادہ پڑھی جانے والی خبریں", "متعلقہ خبریں", "مزید خبریں", "மேலும் விளையாட்டு செய்திகள்", "தொடர்புடைய செய்திகள்",
    "மேலும் செய்திகள்", "още по темата", "най-четени", "skaitomiausi",
    "related", "related stories", "related articles", "related content", "related coverage", "related links",
    "related news", "related reading", "related posts", "related topics", "more on this story", "more on this topic",
    "more from", "more stories", "more news", "more in", "most read", "most popular", "most viewed", "most shared",
    "most commented", "popular", "popular posts", "popular now", "trending", "trending now", "recommended",
    "recommended for you", "recommended from medium", "you may also like",
    "you may like", "also read", "read also", "read next", "what to read next", "up next",
    "top stories", "top headlines", "latest", "latest news", "latest stories", "recent posts", "recent stories",
    "features", "editor's picks", "editors' picks", "don't miss", "further reading", "see also", "elsewhere",
    "in case you missed it", "watch next", "more videos", "around the web", "from the web", "in other news",
    "most read in news", "most read in football", "most read in sport",
    # de / es / fr / it / pt / nl
    "mehr zum thema", "meistgelesen", "meistgelesene artikel", "das könnte sie auch interessieren", "auch interessant",
    "weitere artikel", "lesen sie auch", "te puede interesar", "lo más visto", "lo más leído", "más información",
    "noticias relacionadas", "relacionadas", "también te puede interesar", "à lire aussi", "lire aussi", "les plus lus",
    "sur le même sujet", "dans la même rubrique", "les plus partagés", "leggi anche", "i più letti", "potrebbe interessarti",
    "articoli correlati", "veja também", "leia também", "mais lidas", "mais lidos", "relacionados", "lees ook", "bekijk ook", "kijk ook", "articles en relation", "más artículos de este autor", "more from this author", "more by this author",
    "mehr von diesem autor", "a lire aussi", "a lire egalement", "a lire également", "延伸閱讀", "相關新聞", "延伸阅读", "相关新闻", "相關報導", "meest gelezen",
    # ja / ko / zh / ar / ru
    "関連記事", "関連ニュース", "おすすめ記事", "おすすめ", "こちらもおすすめ", "ランキング", "アクセスランキング",
    "人気記事", "注目記事", "新着記事", "最新記事", "あわせて読みたい", "合わせて読みたい", "関連リンク", "こちらも読まれています",
    "관련기사", "관련 기사", "많이 본 뉴스", "많이 본 기사", "추천 기사", "인기 기사", "最新新闻", "热门",
    "اقرأ أيضا", "اقرأ أيضاً", "الأكثر قراءة", "مواضيع ذات صلة", "читайте также", "по теме",
    # nl / ru / zh / pl / tr / sv / id / vi, and more of the others
    "lees meer", "meer over", "meest bekeken", "gerelateerd", "gerelateerde artikelen", "ook interessant", "aanbevolen",
    "laatste nieuws", "meer nieuws", "самое читаемое", "популярное", "популярные новости", "последние новости",
    "новости по теме", "рекомендуем", "смотрите также", "другие новости", "ещё по теме", "еще по теме", "главное",
    "相关阅读", "相关文章", "相关报道", "热门推荐", "推荐阅读", "猜你喜欢", "热点新闻", "排行榜", "阅读排行", "更多新闻", "热门文章", "最新资讯", "大家都在看", "czytaj także", "czytaj też", "zobacz także", "zobacz też",
    "najczęściej czytane", "najpopularniejsze", "polecane", "podobne artykuły", "więcej na ten temat", "najnowsze",
    "przeczytaj również", "ilgili haberler", "benzer haberler", "en çok okunanlar", "en çok okunan", "çok okunanlar",
    "son dakika", "önerilen", "bunlar da ilginizi çekebilir", "sıradaki haber", "diğer haberler", "läs också", "läs även",
    "läs mer", "mest lästa", "mest läst", "relaterat", "relaterade artiklar", "senaste nytt", "mer om", "rekommenderat",
    "populärt", "fler nyheter", "più letti", "più lette", "potrebbe interessarti anche", "ti potrebbe interessare",
    "correlati", "altre notizie", "ultime notizie", "in evidenza", "da non perdere", "i più visti", "más leídas",
    "más leídos", "lo último", "últimas noticias", "relacionado", "notas relacionadas", "contenido relacionado",
    "te recomendamos", "recomendado", "lo más popular", "más noticias", "te podría interesar", "à lire également",
    "lire également", "sur le même thème", "les plus populaires", "à voir aussi", "voir aussi", "dernières actualités",
    "les articles les plus lus", "à découvrir", "vous aimerez aussi", "vous pourriez aimer", "recommandé pour vous",
    "das könnte dich auch interessieren", "weitere meldungen", "weitere nachrichten", "mehr nachrichten", "meistgesehen",
    "ähnliche artikel", "zum thema", "neueste artikel", "aktuelle nachrichten", "leia mais", "mais notícias",
    "notícias relacionadas", "últimas notícias", "mais vistas", "você pode gostar", "veja mais", "baca juga",
    "berita terkait", "terpopuler", "terkini", "berita lainnya", "rekomendasi", "pilihan editor", "artikel terkait",
    "tin liên quan", "đọc thêm", "xem thêm", "tin mới", "đọc nhiều", "tin nổi bật", "bài liên quan",
    "có thể bạn quan tâm", "tin khác", "이 시각 많이 본 뉴스", "주요 뉴스", "최신 뉴스", "관련 뉴스", "함께 볼만한 뉴스",
    "랭킹 뉴스", "主要ニュース", "トピックス", "関連する記事", "この記事を読んだ人におすすめ", "最新ニュース", "人気ランキング",
    "أخبار ذات صلة", "الأكثر مشاهدة", "اخترنا لكم", "شاهد أيضا", "مقالات ذات صلة", "آخر الأخبار", "إقرأ أيضا",
    "more top stories", "popular in", "trending stories", "you may be interested in", "more to explore", "more like this",
    "recommended reading", "editor's choice", "explore more", "more headlines", "latest headlines", "top news",
    "stories you might like", "more from this section", "most watched", "what others are reading", "related video",
    "related videos", "more from our network", "more world cup", "more world cup news", "more football news",
    "διαβάστε επίσης", "σχετικά άρθρα", "δημοφιλή", "τα πιο δημοφιλή", "čtěte také", "související články", "nejčtenější",
    "यह भी पढ़ें", "संबंधित खबरें", "सबसे ज्यादा पढ़ी गई", "ข่าวที่เกี่ยวข้อง", "ยอดนิยม", "อ่านเพิ่มเติม", "קראו גם",
    "כתבות נוספות", "הנקראים ביותר", "читайте також", "схожі новини", "новини на тему", "популярне", "læs også",
    "relaterede artikler", "mest læste", "les også", "relaterte saker", "mest lest", "lue myös", "aiheeseen liittyvät",
    "luetuimmat", "artigos relacionados", "olvasd el ezt is", "kapcsolódó cikkek", "legolvasottabb",
    "citește și", "articole similare", "cele mai citite", "související", "další zprávy", "mohlo by vás zajímat",
    "relaterede", "relaterte", "aiheesta lisää", "kapcsolódó", "ajánljuk", "recomandări", "σχετικά", "בנושא",
    "پربازدیدترین", "اخبار مرتبط", "مطالب مرتبط", "بیشتر بخوانید", "مزید پڑھیں", "tin cùng chuyên mục",
    "ข่าวแนะนำ", "ข่าวล่าสุด", "новини за темою", "останні новини", "related article", "related articles:",
    "read more on the world cup", "more on the world cup", "more world cup stories", "across the network",
    "διαβαστε επισησ", "διαβαστε επισης", "σχετικα αρθρα", "siste nytt", "siste nytt fra vm", "ข่าวยอดนิยม",
    "آخرین اخبار", "найпопулярніше", "mest lest nå",
    # ca
    "llegeix també", "llegiu també", "vegeu també", "et pot interessar", "també et pot interessar", "el més llegit",
    "els més llegits", "el més vist", "notícies relacionades", "relacionades", "més notícies", "més de la secció",
    "recomanats", "recomanem", "últimes notícies", "el més compartit",
    # hr / bs / sr (Latin and Cyrillic)
    "pročitajte i", "pročitajte još", "pročitajte također", "pročitaj i", "vezane vijesti", "povezane vijesti",
    "povezani članci", "vezani članci", "najčitanije", "najnovije", "najnovije vijesti", "najgledanije", "preporučujemo",
    "izdvojeno", "još iz rubrike", "više iz rubrike", "iz rubrike", "možda vas zanima", "moglo bi vas zanimati",
    "ne propustite", "povezane vesti", "vezane vesti", "najnovije vesti", "preporučeno", "još vesti", "još vijesti",
    "прочитајте и", "прочитајте још", "прочитајте такође", "повезане вести", "повезани текстови", "најчитаније",
    "најновије", "најновије вести", "најгледаније", "препоручујемо", "издвојено", "још из рубрике", "из рубрике",
    "можда вас занима", "не пропустите", "још вести",
    # sk / sl
    "prečítajte si tiež", "prečítajte si aj", "čítajte tiež", "čítajte aj", "súvisiace články", "súvisiace", "najčítanejšie",
    "najnovšie", "odporúčame", "ďalšie správy", "viac z rubriky", "mohlo by vás zaujímať", "preberite tudi", "preberi tudi",
    "sorodne novice", "povezane novice", "sorodni članki", "najbolj brano", "najbolj brane", "najnovejše", "priporočamo",
    "več iz rubrike", "morda vas zanima", "ne spreglejte",
    # bg / mk
    "прочетете още", "прочетете също", "свързани новини", "свързани статии", "най-четено",
    "най-новото", "последни новини", "препоръчваме", "още от рубриката", "още новини", "може да ви интересува", "вижте още",
    "прочитајте уште", "поврзани вести", "поврзани", "најчитани", "најнови вести", "препорачуваме",
    "уште од рубриката", "можеби ве интересира",
    # bn / ta / ur / mr / te
    "আরও পড়ুন", "আরো পড়ুন", "আরও খবর", "আরো খবর", "এই বিভাগের আরও খবর", "এই বিভাগের আরো খবর", "সম্পর্কিত খবর",
    "সর্বাধিক পঠিত", "সর্বশেষ", "সর্বশেষ খবর", "জনপ্রিয়", "আরও দেখুন", "পাঠকের পছন্দ", "இதையும் படிக்க",
    "இதையும் படியுங்கள்", "மேலும் படிக்க", "அதிகம் படித்தவை", "சமீபத்திய செய்திகள்", "یہ بھی پڑھیں",
    "سب سے زیادہ پڑھی جانے والی", "تازہ ترین", "یہ بھی پڑھیے", "हेही वाचा", "संबंधित बातम्या",
    "सर्वाधिक वाचलेले", "ताज्या बातम्या", "ఇవి కూడా చదవండి", "ఇది కూడా చదవండి", "సంబంధిత వార్తలు", "తాజా వార్తలు",
    "ఎక్కువగా చదివినవి",
    # ms / id / tl / sw
    "berita berkaitan", "artikel berkaitan", "berita lain", "paling popular", "paling dibaca", "disyorkan", "anda mungkin berminat", "mungkin anda berminat", "lagi dari seksyen ini", "berita populer",
    "paling banyak dibaca", "baca selanjutnya", "basahin din", "kaugnay na balita", "pinakabagong balita", "pinakabasa",
    "soma pia", "soma zaidi", "habari zinazohusiana", "habari zaidi", "habari nyingine", "zilizosomwa zaidi",
    "habari mpya", "habari kuu",
    # lt / lv / et
    "taip pat skaitykite", "skaitykite taip pat", "susiję straipsniai", "susijusios naujienos", "populiariausi", "naujausi", "rekomenduojame", "daugiau naujienų", "lasi arī", "lasiet arī", "saistītie raksti",
    "saistītās ziņas", "lasītākie", "populārākie", "jaunākās ziņas", "iesakām", "loe ka", "loe lisaks", "seotud artiklid",
    "seotud uudised", "loetuimad", "populaarseimad", "uusimad", "viimased uudised", "soovitame",
    # af / is / sq / ka / hy / az / kk
    "verwante artikels", "verwante nuus", "mees gelees", "jongste nuus", "lestu einnig", "tengdar fréttir",
    "mest lesið", "nýjast", "nýjustu fréttir", "lexo edhe", "lexoni edhe", "lajme të ngjashme", "lajme të lidhura",
    "më të lexuarat", "më të lexuarit", "të fundit", "rekomandojmë", "ასევე წაიკითხეთ", "მსგავსი სიახლეები",
    "ყველაზე კითხვადი", "ბოლო სიახლეები", "կարդացեք նաեւ", "նմանատիպ նյութեր", "ամենաընթերցվածը", "վերջին լուրեր",
    "həmçinin oxuyun", "oxşar xəbərlər", "ən çox oxunanlar", "son xəbərlər", "тағы оқыңыз", "ұқсас жаңалықтар",
    "көп оқылғандар", "соңғы жаңалықтар",
    # el / cs / pl / ro / hu / nl / sv / da / nb / fi / pt / it / tr / ru / uk / he / fa / hi / vi / th / ko / ja / zh
    "πρόσφατα", "τελευταία νέα", "προτεινόμενα", "μπορεί να σασ ενδιαφέρει", "nejnovější", "doporučujeme",
    "více z rubriky", "mogą cię zainteresować", "może cię zainteresować", "więcej z działu", "polecamy", "ultimele știri",
    "recomandăm", "te-ar putea interesa", "legfrissebb", "ajánlott", "ez is érdekelheti", "aanbevolen voor jou",
    "misschien ook interessant", "rekommenderade artiklar", "anbefalet", "anbefalt", "du vil kanskje også like",
    "suosittelemme", "uusimmat", "recomendados", "pode te interessar", "também pode interessar", "consigliati",
    "ilginizi çekebilir", "en çok okunan haberler", "вам может быть интересно", "вам може бути цікаво", "рекомендуємо",
    "מומלצים", "עוד באתר", "پیشنهاد سردبیر", "ज़रूर पढ़ें", "जरूर पढ़ें", "ताज़ा खबरें", "tin mới nhất", "đề xuất",
    "ข่าวที่น่าสนใจ", "추천 뉴스", "おすすめニュース", "推荐新闻", "相关推荐",
    # a box of links to the topic's other pages ("Quick Links" over "Player Ratings", "Fixtures and schedule")
    "quick links", "useful links", "key links", "schnellzugriff", "nützliche links", "liens rapides", "liens utiles",
    "enlaces rápidos", "accesos directos", "links rápidos", "acesso rápido", "link rapidi", "link utili",
    "snelle links", "handige links", "snabblänkar", "hurtiglenker", "genveje", "szybkie linki", "przydatne linki",
    "hızlı bağlantılar", "hızlı erişim", "быстрые ссылки", "полезные ссылки", "快速链接", "クイックリンク", "바로가기 링크",
}  # fmt: skip
# A single other story, labelled: "Read more: …", "Lire aussi | …", "【関連記事】…".
_RELATED_LABELS = (
    r"read(?=\s*:)|more(?=\s*:\s*[A-Z])|more (?:news|stories|reading|videos?)(?=\s*:)|more (?:[\w.]+ ){0,3}coverage(?=\s*:)|guarda anche|vedi anche|taip pat skaitykite|preberi še|preberite še|le tamén|lea tamén|ler tamén|lotutakoa|irakurri ere|یہ بھی پڑھیں|ایضاً پڑھیں|மேலும் படிக்க|прочетете още|вижте още|read more|read also|also read|see also|more on this|related|watch|listen|recommended|read next|"
    r"lesen sie auch|mehr zum thema|te puede interesar|lee también|lea también|also watch|más información|lire aussi|à lire aussi|"
    r"leggi anche|veja também|leia também|関連記事|関連|こちらもおすすめ|관련기사|اقرأ أيضا|читайте также|"
    r"lees ook|lees meer|читайте|по теме|смотрите также|czytaj także|czytaj też|czytaj więcej|zobacz także|zobacz też|"
    r"przeczytaj(?: również| też)?|ilgili haber|bunu da okuyun|läs också|läs även|läs mer|baca juga|đọc thêm|xem thêm|"
    r"相关阅读|延伸阅读|推荐阅读|相关新闻|lire également|à lire également|voir aussi|à voir aussi|ti potrebbe interessare|"
    r"potrebbe interessarti|leia mais|saiba mais|lee también|mira también|das könnte sie auch interessieren|mehr dazu|"
    r"auch interessant|관련 뉴스|관련 기사|اقرأ أيضاً|إقرأ أيضا|شاهد أيضا|related (?:article|story|video|coverage)|"
    r"also see|must read|don't miss|you may also like|also on \w+|trending|top story|most read|tonton juga|"
    r"بیشتر بخوانید|بخوانید|διαβαστε επισησ|διαβάστε επίσης|διαβάστε ακόμη|čtěte také|čtěte též|यह भी पढ़ें|ये भी पढ़ें|อ่านเพิ่มเติม|อ่านข่าว|קראו גם|"
    r"читайте також|læs også|les også|lue myös|lue lisää|citește și|olvasd el|leia também|"
    r"点击进入专题|点击查看|延伸閱讀|相關新聞|相關閱讀|更多報導|también lee|lee más|mira el video|"
    r"zobacz wideo|izle|посмотрите также|смотрите|veja mais|assista|"
    # ca / hr / bs / sr / sk / sl / bg / mk
    r"llegeix també|llegiu també|vegeu també|et pot interessar|relacionat(?=\s*[:|])|"
    r"pročitajte (?:i|još|također|više)|pročitaj (?:i|još)|pogledajte (?:i|još)|(?:vezano|povezano)(?=\s*[:|])|"
    r"прочитајте (?:и|још|такође)|прочитај (?:и|још)|погледајте (?:и|још)|(?:повезано|везано)(?=\s*[:|])|"
    r"prečítajte si (?:tiež|aj)|čítajte (?:tiež|aj)|súvisiaci článok|preberite (?:tudi|še)|preberi (?:tudi|še)|"
    r"прочетете (?:още|също)|вижте (?:още|също)|още по темата|прочитајте (?:и|уште)|погледнете (?:и|уште)|"
    # bn / ta / ur / mr / te / ms / id / tl / sw
    r"আরও পড়ুন|আরো পড়ুন|আরও দেখুন|(?:পড়ুন|দেখুন)(?=\s*[:|])|இதையும் படிக்க|இதையும் படியுங்கள்|یہ بھی پڑھیں|"
    r"یہ بھی پڑھیے|हेही वाचा|हे पण वाचा|ఇవి కూడా చదవండి|ఇది కూడా చదవండి|baca juga|(?:baca|lihat)(?=\s*[:|])|"
    r"baca lagi|lihat juga|berita berkaitan|basahin din|basahin(?=\s*[:|])|soma pia|soma zaidi|soma(?=\s*:)|"
    # lt / lv / et / af / is / sq / ka / hy / az / kk
    r"taip pat skaitykite|skaitykite taip pat|lasi arī|lasiet arī|loe ka|loe lisaks|lees ook|lees meer|lestu einnig|"
    r"lexo edhe|lexoni edhe|lexo(?=\s*:)|ასევე წაიკითხეთ|կարդացեք նա(?:և|եւ)|həmçinin oxuyun|oxuyun(?=\s*:)|"
    r"тағы оқыңыз|"
    # cs / pl / ro / hu / da / nb / fi / ru / uk
    r"přečtěte si (?:také|též)|více k tématu|przeczytaj także|vezi și|citiți și|ezt is olvassa el|"
    r"kapcsolódó cikk|læs mere|les mer|lue myös|прочитайте также|читайте тоже|читайте ще|прочитайте також|"
    r"קראו עוד|קראו גם|עוד באתר|le puede interesar|les puede interesar|puede interesarte|te podría interesar|"
    r"(?-i:VIDEO|VIDÉO|VÍDEO|FOTO|FOTO'S|AUDIO)\.(?=\s)"  # "VIDEO. Bekijk hier …": a clip's link, its label in capitals
)
RELATED_PREFIX = re.compile(
    rf"^(?:[\[【〔]|[▶►▷■※]\s*)?(?:{_RELATED_LABELS})(?:[\]】〕]\s*|\s*(?:[:：|｜›»>→\-–—]|\s)\s*)\S", re.IGNORECASE
)
# The same label alone on its line ("LEE TAMBIÉN", "Related"): the link it labels is on the next line.
RELATED_LABEL = re.compile(rf"^(?:[\[【〔]|[▶►▷■※]\s*)?(?:{_RELATED_LABELS})[\]】〕]?\s*[:：]?$", re.IGNORECASE)

COMMENTS = {
    "comments", "comment", "view comments", "show comments", "load comments", "join the discussion",
    "join the conversation", "leave a reply", "leave a comment", "add your comment", "post a comment", "responses",
    "discussion", "reader comments", "share what you think", "newest", "oldest", "best rated", "worst rated",
    "view all", "reply", "replies", "report", "report abuse", "like", "dislike", "click to rate", "recommend",
    "sort by", "most liked", "show more comments", "load more comments", "view more comments", "read more comments",
    "kommentare", "kommentar", "antworten", "melden", "comentarios", "comentar", "responder", "denunciar",
    "commentaires", "réagir", "répondre", "signaler", "commenti", "commenta", "rispondi", "comentários", "comente",
    "コメント", "コメントする", "返信", "違反報告", "댓글", "답글", "신고", "التعليقات", "تعليق", "комментарии",
    "reacties", "reageer", "reageren", "beantwoorden", "комментировать", "ответить", "пожаловаться", "оставить комментарий",
    "评论", "回复", "举报", "发表评论", "网友评论", "跟帖", "komentarze", "skomentuj", "odpowiedz", "zgłoś", "dodaj komentarz",
    "yorumlar", "yorum yap", "yanıtla", "cevapla", "şikayet et", "kommentarer", "kommentera", "svara", "anmäl", "komentar",
    "balas", "laporkan", "tulis komentar", "bình luận", "trả lời", "gửi bình luận", "댓글쓰기", "좋아요", "싫어요", "추천",
    "비추천", "댓글 더보기", "최신순", "공감순", "순공감순", "いいね", "そう思う", "そう思わない", "共感した", "رد", "إبلاغ",
    "أضف تعليقك", "اضف تعليق", "deja tu comentario", "commenter", "voir les commentaires", "ajouter un commentaire",
    "kommentieren", "kommentar schreiben", "antwort", "upvote", "downvote", "flag", "permalink", "edit", "delete",
    "σχόλια", "komentáře", "diskuse", "टिप्पणियाँ", "कमेंट", "ความคิดเห็น", "תגובות", "коментарі", "kommentit", "hozzászólások", "comentarii", "απάντηση", "odpovědět", "जवाब दें", "ตอบกลับ", "השב", "відповісти",
    "svar", "vastaa", "válasz", "răspunde",
    # ca / hr / bs / sr (Latin and Cyrillic) / sk / sl / bg / mk
    "comentaris", "comentari", "respon", "escriu un comentari", "deixa un comentari", "mostra'n més",
    "mostra més comentaris", "denuncia", "komentari", "komentiraj", "komentariši", "odgovori", "napiši komentar",
    "ostavi komentar", "dodaj komentar", "prikaži još komentara", "učitaj još komentara", "svi komentari", "коментари",
    "коментариши", "одговори", "остави коментар", "напиши коментар", "прикажи још коментара", "сви коментари",
    "diskusia", "komentáre", "odpovedať", "nahlásiť", "pridať komentár", "pridať príspevok", "vstúpiť do diskusie",
    "zobraziť ďalšie komentáre", "komentarji", "prijavi zlorabo", "prikaži več komentarjev", "коментирай",
    "отговори", "докладвай", "добави коментар", "покажи още коментари", "коментирај", "напишете коментар",
    # bn / ta / ur / mr / te
    "মন্তব্য", "মন্তব্য করুন", "মন্তব্যসমূহ", "উত্তর দিন", "জবাব দিন", "আরও মন্তব্য দেখুন", "கருத்துகள்", "கருத்துக்கள்",
    "கருத்து தெரிவிக்க", "பதிலளி", "تبصرے", "تبصرہ کریں", "جواب دیں", "प्रतिक्रिया", "प्रतिक्रिया द्या", "उत्तर द्या",
    "వ్యాఖ్యలు", "కామెంట్లు", "వ్యాఖ్యానించండి",
    # ms / id / tl / sw
    "komen", "ulasan", "lapor", "tambah komen", "tulis komen", "lihat lagi komen", "muat lebih banyak komentar",
    "mga komento", "magkomento", "sumagot", "tumugon", "maoni", "toa maoni", "andika maoni", "jibu", "tuma maoni",
    "tazama maoni zaidi",
    # lt / lv / et / af / is / sq / ka / hy / az / kk
    "komentarai", "komentuoti", "atsakyti", "pranešti", "rašyti komentarą", "rodyti daugiau komentarų", "komentāri",
    "komentēt", "atbildēt", "pievienot komentāru", "rādīt vairāk komentāru", "kommentaarid", "kommenteeri", "vasta",
    "lisa kommentaar", "näita rohkem kommentaare", "kommentaar", "lewer kommentaar", "antwoord", "rapporteer",
    "athugasemdir", "skrifa athugasemd", "komente", "komento", "përgjigju", "raporto", "lini një koment",
    "კომენტარები", "კომენტარი", "პასუხი", "მեկնաբանություններ", "մեկնաբանություններ", "մեկնաբանել", "պատասխանել",
    "şərhlər", "şərh yaz", "cavabla", "пікірлер", "пікір қалдыру", "жауап беру",
}  # fmt: skip

NEWSLETTER = re.compile(
    r"buletina|harpidetu|harpidedun|boletín de novas|quero subscribirme|recibe no teu correo|e-poštnem predalu|خبروں کے نوٹیفکیشن|newsletter|infolettre|sign up|sign-up|subscribe to|get (?:our|the) (?:free |daily |best |latest )|inbox|"
    r"enter your e-?mail|e-?mail address|type your e-?mail|invalid e-?mail|thanks? (?:you )?for subscribing|"
    r"subscribe for free|stories (?:by|via) e-?mail|adresse e-?mail|adres e-?mail|dirección de (?:correo|e-?mail)|"
    r"endereço de e-?mail|e-?mail-adresse|indirizzo e-?mail|e-?postadress|e-posta adresi|en tu (?:mail|correo|email)|"
    r"dans votre boîte|in (?:deinem|ihrem|dein|ihr) postfach|casella di posta|no (?:seu|teu) e-?mail|en su correo|"
    r"(?:direkt |rakt )?i (?:din )?(?:mejl|e-post|inkorg)\w*|boletines|recevez chaque \w+|"
    r"in je mailbox|quiero recibirlo|je m['’]inscris|recevez l['’]essentiel|"
    r"bądź na bieżąco|εγγραφείτε|odebírat|न्यूज़लेटर|จดหมายข่าว|ניוזלטר|підписатися|nyhedsbrev|nyhetsbrev|"
    r"uutiskirje|hírlevél|abonează-te|구독|订阅号|メルマガ登録|(?:sent|straight) to your (?:inbox|email)|boletín|suscríbete|apúntate|s['’]inscrire|inscrivez-vous|lettre d'information|"
    r"iscriviti|abonnieren sie|jetzt kostenlos|購読|メールマガジン|メルマガ|뉴스레터|النشرة|nieuwsbrief|schrijf je in|"
    r"рассылк|подпишитесь|подписаться|订阅|zapisz się|subskrybuj|bülten|abone ol|nyhetsbrev|prenumerera på|berlangganan|"
    r"đăng ký nhận|bản tin|cadastre-se|inscreva-se|receba (?:as|nossas)|abonnez-vous|구독하기|اشترك|straight to your inbox|"
    # ca / hr / bs / sr / sk / sl / bg / mk / bn / ms / id / sw / lt / lv / et / ta / ur / te / af / is / sq / ka / hy / az / kk
    r"butlletí|subscriu-t|subscriu-m|correu electrònic|e-?mail adres[ua]|adres[ua] e-?pošte|e-?poštni naslov|e-novice|"
    r"(?:pretplati(?:te)? se|prijavi(?:te)? se) na (?:naš |naše )?(?:newsletter|bilten|e-?novice)|"
    r"(?:пријави(?:те)? се|претплати(?:те)? се) на (?:наш )?(?:билтен|newsletter)|абонирайте се|абонирај(?:те)? се|"
    r"имейл адрес|odber (?:noviniek|správ)|"
    r"নিউজলেটার|surat berita|peti e-?mel|alamat e-?mel|buletin berita|jarida (?:letu|la habari)|barua pepe yako|"
    r"anwani ya barua pepe|"
    r"naujienlaišk|jaunumu vēstul|uudiskiri|uudiskirja|செய்திமடல்|نیوز لیٹر|న్యూస్‌లెటర్|nuusbrief|fréttabréf|"
    r"abonohu|სიახლეების გამოწერა|բաժանորդագր|abunə ol|жазылыңыз|e-?posta bültenimize|"
    r"uutiskirjeen|hírlevelünkre|newsletterul|ειδοποιήσεις στο email|розсилк|newsbrief|nyhedsbrevet",
    re.IGNORECASE,
)
# A writer's own publication asking its readers to subscribe: "X is a reader-supported publication. To receive new
# posts and support my work, consider becoming a free or paid subscriber." Two of these phrases make the pitch; a
# story about newsletters says one at most.
NEWSLETTER_PITCH = re.compile(
    r"reader-supported publication\b|\b(?:to receive|get) (?:new|my|our) posts\b|support my work|"
    r"becom(?:e|ing) a (?:free or paid |paid or free |paid |free )?subscriber|"
    r"publicación (?:financiada|sostenida|apoyada) por (?:sus )?lectores|(?:recibir|para recibir) (?:nuevos|mis) posts|"
    r"apoyar mi trabajo|hazte suscriptor(?: gratuito| de pago)?|publication soutenue par (?:ses|les) lecteurs|"
    r"(?:recevoir|pour recevoir) (?:les )?nouveaux (?:posts|articles)|soutenir mon travail|devenez abonné|"
    r"(?:leserfinanzierte|von (?:den )?lesern (?:finanzierte|getragene)) publikation|neue beiträge (?:zu )?erhalten|"
    r"meine arbeit (?:zu )?unterstützen|pubblicazione sostenuta dai (?:suoi )?lettori|ricevere (?:i )?nuovi post|"
    r"sostenere il mio lavoro|publicação (?:apoiada|sustentada) pelos (?:seus )?leitores|receber novos posts|"
    r"apoiar o meu trabalho|door lezers gesteunde publicatie|nieuwe posts ontvangen|mijn werk (?:te )?steunen",
    re.IGNORECASE,
)

# The site's word about itself at its foot, in sentences: what it is, the council or code it answers to, and the
# links it does not answer for ("RNÉ.ie is the website of …", "X is a member of the Press Council of …").
SITE_STATEMENT = re.compile(
    r"\bis the (?:official )?(?:web ?site|online (?:edition|service)) of\b|\bes el (?:sitio|portal) web de\b|"
    r"\best le site (?:web |internet )?(?:officiel )?de\b|\bist die (?:web ?site|internetseite|online-ausgabe) (?:von|der|des)\b|"
    r"\bè il sito (?:web |internet )?(?:ufficiale )?di\b|\bé o (?:site|portal) (?:oficial )?d[aeo]\b|\bis de website van\b|"
    r"not responsible for the content of (?:external|other) (?:internet )?(?:web ?)?sites|"
    r"nicht verantwortlich für (?:die )?inhalte externer|n['’]est pas responsable du contenu des sites (?:internet )?externes|"
    r"no se (?:hace )?responsable (?:del|de los) contenidos? de (?:los )?sitios (?:web )?externos|"
    r"non è responsabile (?:per il|del) contenuto (?:dei|di) siti (?:web )?esterni|"
    r"não se responsabiliza pelo conteúdo de (?:sites|páginas) extern[ao]s|niet verantwoordelijk voor de inhoud van externe|"
    r"\bis a member of the (?:press council|independent press standards|press complaints)|"
    r"\bsubscribes to the (?:press )?code of (?:ethics|conduct|practice)|\b(?:adheres?|subscribes?) to the editors['’] code\b|"
    r"\bregulated by (?:the )?(?:ipso|independent press standards organisation)\b|\bist mitglied (?:im|des) presserat|"
    r"\best membre du conseil de (?:presse|déontologie)|\bes miembro del consejo de (?:la )?prensa|"
    r"\bis lid van de raad voor de journalistiek|\bär medlem (?:av|i) (?:pressens opinionsnämnd|medieombudsmannen)",
    re.IGNORECASE,
)

# After a story, the network's plug for its own channels: "Watch Belgium v Japan on Monday on RNÉ2 and the RNÉ
# Player", "Stream every remaining match live on X. Subscribe now": a bare call to watch, stream or listen, then the
# channel. A story's sentence does not open on an imperative to the reader.
CHANNEL_PLUG = re.compile(
    r"^(?:watch|stream|listen(?: to)?|catch|tune in(?: to)?|sehen sie|schauen sie|verfolgen sie|hören sie|regardez|"
    r"suivez|écoutez|mira|sigue|escucha|guarda|segui|ascolta|assista|acompanhe|ouça|kijk|luister|volg|titta|lyssna|"
    r"oglądaj|słuchaj|izleyin|смотрите)\b(?!\s+(?:out|this space|for|as|how|what|who)\b)"
    r"(?=.*\b(?:live|player|app|online|streams?|streaming|on demand|channel|tv|radio|podcast|en direct|en vivo|"
    r"in diretta|ao vivo|livestream|mediathek|im (?:tv|radio|ersten|zdf)|subscribe now|abonnez-vous|suscr[ií]bete|"
    r"abbonati|assine)\b)",
    re.IGNORECASE,
)

SKIP_LINK = re.compile(
    r"^(?:skip to (?:main |site |the )?(?:content|navigation|site index|search|footer|main menu)|jump to (?:content|navigation)|"
    r"accessibility help|zum inhalt springen|direkt zum inhalt|ir al contenido|saltar al contenido|"
    r"aller au contenu(?: principal)?|vai al contenuto|pular para o conteúdo|本文へ(?:移動|スキップ)|"
    r"naar de inhoud|direct naar de inhoud|naar (?:de )?hoofdinhoud|ga naar (?:de )?inhoud|перейти к (?:основному )?(?:содержанию|контенту)|przejdź do treści|"
    r"içeriğe (?:atla|geç)|hoppa till (?:huvud)?innehållet|gå (?:direkt )?till (?:huvud)?innehållet|langsung ke konten|chuyển đến nội dung|跳到主要内容|跳转到正文|"
    r"skip to (?:the )?(?:article|story|navigation|main menu|sections)|μετάβαση στο περιεχόμενο|přejít na obsah|"
    r"सामग्री पर जाएं|ข้ามไปยังเนื้อหา|דלג לתוכן|перейти до (?:вмісту|основного)|gå til (?:indhold|innhold|hovedindhold)|"
    r"siirry sisältöön|saltar para o conteúdo|ugrás a tartalomra|sari la conținut|"
    r"メインコンテンツへ(?:移動|スキップ)|본문 바로가기|تخطى إلى المحتوى)\b",
    re.IGNORECASE,
)

AD = {
    "ad", "ads", "sponsor message", "advertisement", "advertising", "advert", "sponsored", "sponsored content", "sponsored links",
    "sponsored stories", "sponsored headlines", "promoted", "promoted stories", "paid content", "paid post",
    "partner content", "supported by", "presented by", "anzeige", "werbung", "publicidad", "publicidade", "publicité",
    "pubblicità", "patrocinado", "contenido patrocinado", "contenus sponsorisés", "pr", "広告", "スポンサーリンク",
    "광고", "إعلان", "реклама", "advertentie",
    "gesponsord", "reklam", "reklama", "annons", "iklan", "quảng cáo", "广告", "推广", "赞助", "sponsorowane",
    "sponsorlu", "annonce", "anuncio", "publicidad:", "contenido patrocinado por", "реклама:", "advertisement:",
    "materiał promocyjny", "treść sponsorowana", "artykuł sponsorowany", "reklamní sdělení", "promotion", "promoción",
    "publireportage", "contenido de marca", "branded content", "in partnership with", "paid partnership",
    "story continues below advertisement", "ad feedback", "report this ad", "ad choices", "adchoices",
    "διαφήμιση", "विज्ञापन", "โฆษณา", "פרסומת", "annonse", "mainos", "hirdetés", "publicitate", "reklama:",
    "advertisements", "conteúdo patrocinado", "conteúdo de marca", "sponsorlu içerik", "प्रायोजित", "प्रायोजित सामग्री",
    "sponsrat", "sponsrat innehåll", "annonsørinnhold", "kaupallinen yhteistyö", "szponzorált tartalom",
    "conținut sponsorizat", "χορηγούμενο", "χορηγούμενο περιεχόμενο", "תוכן ממומן", "ממומן", "محتوى مدفوع",
    "محتوى برعاية", "nội dung được tài trợ", "tài trợ", "konten bersponsor", "konten sponsor", "gesponsorde inhoud",
    "реклама от партнёров", "партнерский материал", "스폰서", "スポンサー", "赞助内容", "محتوای حمایت‌شده", "رپورتاژ آگهی",
    "sponsoreret", "sponsoreret indhold", "mainoslinkit", "sponzorovaný obsah", "hoppa över annons", "skip ad",
    "annons slutar om", "ad ends in", "تبلیغات", "آگهی", "reclamă", "pariază acum",
    # ca / hr / bs / sr / sk / sl / bg / mk / bn / ms / id / tl / sw / lt / lv / et / ta / ur / mr / af / is / sq / ka / hy / kk
    "publicitat", "contingut patrocinat", "oglas", "sponzorirano", "sponzorisano", "plaćeni oglas", "sponzorirani sadržaj",
    "оглас", "спонзорисано", "спонзорирано", "спонзорисани садржај", "sponzorované", "reklamná správa", "inzercia",
    "oglasno sporočilo", "plačana objava", "платена публикация", "спонсорирано", "платена содржина", "বিজ্ঞাপন",
    "ditaja", "tajaan", "kandungan tajaan", "advertorial", "patalastas", "inisponsor", "tangazo", "matangazo", "remiama",
    "užsakomasis turinys", "reklāma", "sponsorēts", "reklaam", "sponsoreeritud", "விளம்பரம்", "اشتہار", "जाहिरात",
    "advertensie", "geborg", "auglýsing", "kostuð umfjöllun", "reklamë", "sponsorizuar", "რეკლამა", "գովազդ", "жарнама",
    # an ad slot's placeholder: "Ad space", "พื้นที่โฆษณา"
    "ad space", "advertising space", "espacio publicitario", "espace publicitaire", "werbefläche", "рекламне місце",
    "рекламное место", "พื้นที่โฆษณา", "ruang iklan",
}  # fmt: skip
# A rail of partners' stories, under its header ("News from our partners"): an ad label, and a rail's header (`boxes`).
PARTNER_RAILS = {
    "partner news", "news from our partners", "from our partners", "новини партнерів", "новости партнеров",
    "wiadomości partnerów", "nachrichten unserer partner", "actualités de nos partenaires", "noticias de socios",
    "berita mitra", "tin đối tác", "ข่าวพันธมิตร",
}  # fmt: skip
AD |= PARTNER_RAILS
# The header of a rail of paid links: "Sponsored by Outbrain", "Contenus sponsorisés par …", "Ads by Google".
SPONSORED_BY = re.compile(
    r"^(?:sponsored|promoted|paid|partner|recommended|ads|advertisements?|anzeigen|gesponsert|contenus? sponsorisés?|"
    r"contenido patrocinado|contenuti sponsorizzati|conteúdo patrocinado|gesponsorde inhoud|реклама|reklam|"
    r"(?:sponsored|promoted|paid|partner) (?:content|stories|links|posts|headlines))\s+"
    r"(?:by|from|par|von|de|di|door|от|por)\s+\w+|^.{0,30}\b(?:outbrain|taboola|revcontent|mgid|plista|ligatus)$"
)
AD_NOTE = re.compile(
    r"^[\W_]*(?:le texte se poursuit après (?:cette|la) publicité|материалът продължава след рекламата|статията продължава след рекламата|خبر جاری ہے|iragarkiaren ondoren jarraitzen du|a noticia continúa despois da publicidade|a nova continúa|(?:the )?(?:story|article) continues (?:below|after)|continue reading (?:the main story|below)|"
    r"article continues below|scroll (?:down )?to continue|weiterlesen nach der anzeige|"
    # the reader told to read on past the ad: "Lesen Sie nach der Anzeige weiter", "Continue reading after the ad"
    r"(?:(?:read|continue reading|keep reading) (?:on )?(?:after|below) (?:the|this) (?:ad|advert|advertisement)|"
    r"lesen sie nach der (?:anzeige|werbung) weiter|weiter (?:geht's|geht es) nach der (?:anzeige|werbung)|"
    r"(?:sigue|continúa|seguí) leyendo (?:después|debajo) (?:del|de la) (?:anuncio|publicidad)|"
    r"continuez (?:la lecture|à lire) (?:après|sous) (?:la|cette) publicité|continua a leggere dopo la pubblicità|"
    r"lees verder (?:na|onder) de advertentie|läs vidare (?:efter|under) annonsen|les videre (?:etter|under) annonsen|"
    r"læs videre (?:efter|under) annoncen)[\W_]*$|"  # the whole line: "… after the ad break, he joked" is a sentence
    r"la noticia continúa|l'article continue|記事の続きは|l['’]articolo continua|continua (?:a leggere )?(?:sotto|dopo)|"
    r"el artículo continúa|la nota continúa|la suite (?:après|ci-dessous|sous)|lire la suite après|"
    r"der artikel (?:wird )?(?:unter|nach)|weiter nach der werbung|lees verder (?:onder|na)|het artikel gaat verder|"
    r"artikeln fortsätter|dalsza część artykułu|czytaj dalej pod|продолжение (?:материала|статьи|новости)|"
    r"haberin devamı|haberin devamı için|artikel berlanjut|berita berlanjut|lanjutkan membaca|"
    r"bài viết tiếp tục|nội dung tiếp theo|文章继续|下文继续|文章未完|请继续往下阅读|článek pokračuje|pokračování pod reklamou|"
    r"continua depois da publicidade|(?:o )?(?:artigo|texto|conteúdo) continua (?:após|depois|abaixo)|siga bajando|artiklen fortsætter|artikkelen fortsetter|"
    r"artikkeli jatkuu|a cikk a hirdetés után|articolul continuă|το άρθρο συνεχίζεται|लेख जारी है|"
    r"기사 계속|본문 계속|continue reading below|"
    r"l['’]article continua (?:sota|després)|la notícia continua (?:sota|després|a sota)|"
    r"(?:tekst|članak) se nastavlja (?:ispod|nakon)|nastavak (?:teksta|članka) (?:ispod|nakon)|"
    r"(?:текст|чланак) се наставља (?:испод|након)|наставак (?:текста|чланка) (?:испод|након)|"
    r"(?:článok|text) pokračuje (?:pod|za)|pokračovanie (?:článku|textu) (?:pod|za)|(?:članek|besedilo) se nadaljuje (?:pod|za)|"
    r"(?:статията|текстът) продължава (?:под|след)|(?:текстот|статијата) продолжува (?:под|по)|"
    r"(?:artikel|berita) bersambung (?:di bawah|selepas)|(?:habari|makala) inaendelea (?:baada|chini)|"
    r"straipsnis tęsiasi (?:po|žemiau)|raksts turpinās (?:pēc|zemāk)|(?:artikkel|lugu) jätkub (?:pärast|all|reklaami)|"
    r"(?:die )?artikel gaan (?:voort|verder) (?:onder|na)|(?:greinin|fréttin) heldur áfram (?:fyrir neðan|eftir)|"
    r"(?:artikulli|lajmi) vazhdon (?:më poshtë|pas)|(?:məqalə|xəbər) (?:aşağıda|reklamdan sonra) davam edir|"
    r"стаття продовжується|продовження (?:статті|тексту) (?:нижче|під)|продолжение (?:ниже|после рекламы)|הכתבה נמשכת)",
    re.IGNORECASE,
)

COOKIE = re.compile(
    r"\bcookies?\b|privacy (?:settings|dashboard)|consent|datenschutz|wir verwenden|utilizamos cookies|"
    r"accept(?:er)? (?:all|and close|& continue|tous)|manage (?:my )?(?:choices|preferences)|got it|einverstanden|"
    r"alle akzeptieren|akzeptieren|accepteren|akkoord|accetta(?: tutti)?|aceptar(?: todo)?|aceitar|tout accepter|"
    r"godkänn|acceptera|zaakceptuj|kabul et|принять|同意|동의|موافق|setuju|đồng ý|"
    r"galetes|kolačić|колачић|piškotk|бисквитк|কুকি|\bkuki\b|vidakuzi|slapuk|sīkdatn|küpsis|குக்கீ|کوکیز|कुकीज|కుకీ|"
    r"koekies|vafrakök|ქუქი|թխուկ|çərəz|accepta(?:r)? (?:totes|tot)|prihvati(?:m)?|прихвати|súhlasím|sprejmi|"
    r"приемам|prihvaćam|terima semua|kubali|sutinku|piekrītu|nõustun|samþykkja|pranoj",
    re.IGNORECASE,
)

PAYWALL = re.compile(
    r"subscribe to (?:continue|read)|subscribers? only|for subscribers|already a subscriber|paywall|"
    r"réservé aux abonnés|weiterlesen mit|abonnenten|solo para suscriptores|有料会員|会員限定|会員の方|"
    r"유료 회원|للمشتركين|alleen voor abonnees|только для подписчиков|tylko dla prenumeratorów|abonelere özel|"
    r"för prenumeranter|endast för prenumeranter|riservato agli abbonati|exclusivo para assinantes|para suscriptores|"
    r"khusus pelanggan|dành cho thành viên|会员专享|付费阅读|this (?:article|story) is for subscribers|"
    r"you(?:'ve| have) (?:read|reached) (?:\d+|your|all)|free articles? (?:left|remaining)|"
    r"you have \d+ (?:free )?articles? left|save articles for later|unlimited digital access|^see my options$|"
    r"(?:log|sign) in or subscribe|to continue reading|keep reading with|unlock (?:this|unlimited)|"
    r"límite de (?:notas|artículos)|suscrib[ií]te y segu[ií]|ya (?:sos|eres) suscriptor|je m['’]abonne|"
    r"déjà abonné|offre découverte|bli plus-medlem|plus-medlem|zostań subskrybentem|wykup dostęp|"
    r"abone olun|abonelik|оформите подписку|jetzt abonnieren|abo abschließen|abbonati a|assine já|assinante\b|"
    r"langganan|đăng ký gói|订阅会员|有料会員になる|유료 구독|premium (?:abonnement|members?)|"
    r"prova \d+ veckor|(?:first|pierwszy) (?:month|miesiąc) (?:for|za)|try \d+ (?:days|weeks|months) (?:for|free)|"
    r"\d+ (?:weeks|months) for [£$€]|premier mois (?:à|pour)|primer mes (?:por|a)|erster monat (?:für|gratis)|"
    r"bez reklam|without ads|sans publicité|ohne werbung|sin anuncios|"
    # nl / sv / fr: the wall's pitch, its trial, its login ("Al abonnee? Meld je aan", "Bli Plus-kund")
    r"exclusief voor abonnees|word abonnee|al abonnee\b|lees verder met|eerste maand voor|första månaden för|"
    r"^bli plus-kund\b|läs (?:vidare )?med \w+ plus\b|offert par un abonné|"
    # what the wall hides, counted: "残り1012文字（全文1874文字）", "剩余1200字", "1,012 words remaining"
    r"^残り\s*[\d,]+\s*文字|^剩余\s*[\d,]+\s*字|^\d[\d,]*\s*(?:words|characters) (?:remaining|left)\b|"
    # the rest of the story behind the wall ("Les resten av saken med KN+"), and its trial offer ("Prøv 4 uker for 1 kr")
    r"^(?:read the rest of (?:this|the) (?:article|story)|les resten av (?:saken|artikkelen)|"
    r"læs resten af (?:artiklen|historien)|läs resten av (?:artikeln|texten)|lue (?:koko )?juttu loppuun|"
    r"lees (?:de rest van|het hele) (?:het )?(?:artikel|verhaal)|lesen sie (?:den ganzen artikel|weiter mit)|"
    r"lisez la suite (?:avec|de cet article)|lee el (?:resto|artículo completo)|leggi (?:il resto|l'articolo completo))\b|"
    r"^(?:try|prøv|prova|testa|probeer|essayez|prueba|teste|testen sie)\s+\d+\s+(?:days?|weeks?|months?|dager|uker|"
    r"måneder|dage|uger|dagar|veckor|månader|dagen|weken|maanden|jours|semaines|mois|días|semanas|meses|giorni|"
    r"settimane|mesi|tage|wochen|monate)\s+(?:for|free|til|för|gratis|voor|pour|por|per|für|a)\b|"
    r"^(?:(?:contingut )?(?:només|exclusiu) per a subscriptors|samo za pretplatnike|sadržaj za pretplatnike|"
    r"само за претплатнике|len pre predplatiteľov|obsah pre predplatiteľov|samo za naročnike|само за абонати|"
    r"само за претплатници|(?:khas|eksklusif) untuk pelanggan|tik prenumeratoriams|tikai abonentiem|ainult tellijatele|"
    r"slegs vir intekenare|aðeins fyrir áskrifendur|vetëm për abonentët|kun for abonnenter|vain tilaajille|"
    r"csak előfizetőknek|doar pentru abonați|jen pro předplatitele|μόνο για συνδρομητές|лише для передплатників|"
    r"solo per (?:gli )?abbonati|apenas para assinantes|למנויים בלבד|فقط برای مشترکان|เฉพาะสมาชิก|구독자 전용)[.!]?$|"
    r"ja ets subscriptor|(?:već ste|već si|ako ste) pretplatnik|већ сте претплатник|ste predplatiteľ\?|"
    r"že ste naročnik|вече сте абонат|sudah (?:menjadi )?pelanggan\?|jau esate prenumeratorius|jau esat abonents|"
    r"juba tellija\?|(?:er du )?allerede abonnent|redan prenumerant|oletko jo tilaaja|már előfizető|sunteți deja abonat|už jste předplatitel|"
    r"είστε ήδη συνδρομητής|вже є передплатником|sei già abbonato|já é assinante|ya eres suscriptor|déjà abonné|"
    r"^sei abbonato\?|(?:^|[.?!]\s)non sei (?:ancora )?abbonato\?|^sind sie (?:bereits |schon )?abonnent(?:in)?\?|"
    r"^(?:êtes-vous|vous êtes) (?:déjà )?abonné(?:e)?\s?\?|^¿(?:ya )?(?:eres|sos|es) suscriptora?\?|"
    r"^(?:você )?já é assinante\?|^ben je (?:al )?abonnee\?|^är du (?:redan )?prenumerant\?|^jesteś prenumeratorem\?",
    re.IGNORECASE,
)

# A paid story's badge by its headline ("Premium", "Abo", "Réservé aux abonnés" is in PAYWALL): the label alone.
PAID_BADGE = {
    "premium", "premium content", "premium article", "premium-artikel", "premiuminnhold", "premium-innhold",
    "premium sisältö", "contenu premium", "contenido premium", "conteúdo premium", "contenuto premium", "abo",
    "abo-artikel", "abonnenten-artikel", "subscriber exclusive", "subscriber only", "subscribers only", "for subscribers",
    "article abonné", "abonnés", "exclusivo suscriptores", "exclusivo assinantes", "esclusiva abbonati", "plus-artikel",
    "プレミアム", "有料記事", "프리미엄", "유료기사", "付费", "付费内容", "премиум",
}  # fmt: skip

SCRIPT_NOTICE = re.compile(
    r"javascript|your browser does not support|^lecture en cours$|media playback is (?:not |un)supported|this video is unavailable|"
    r"video (?:is )?(?:not available|unavailable)|enable (?:js|javascript)|play video|duration time|current time|"
    r"(?:this|the) (?:video|content|media) (?:can ?not|could not|cannot) be (?:played|loaded|displayed)|"
    r"(?:your )?(?:device|browser) (?:does not|doesn't) support|to (?:view|watch|play) this (?:video|content)|"
    r"content (?:is )?not available|plugin|flash player|video player|reproductor|lecteur vidéo|videoplayer|"
    r"(?:navegador|browser|navigateur|dispositivo|device|appareil|gerät)\b.{0,30}\b(?:não|no|ne|nicht|non)\b.{0,20}"
    r"(?:suporta|soporta|compatible|supporte|prend|unterstützt|supporta)|(?:não|no) (?:suporta|soporta) (?:o |el )?v[ií]deo|"
    r"fullscreen|scroll down for video|動画を再生|この動画は|再生時間|동영상|مشاهدة الفيديو|autoplay|"
    r"(?:the )?video will (?:start|play|begin) in|click to play|tap to play|play now|listen to this article|"
    r"(?:press|hit) play|now playing|up next|media player\b|video (?:kan|kann|can) (?:niet|nicht|not)|"
    r"kan inte spelas|nie można odtworzyć|dostępny jest wyłącznie|nur in deutschland verfügbar|"
    r"aus rechtlichen gründen|video source|не удалось воспроизвести|video tidak dapat|không thể phát|"
    r"视频无法播放|동영상을 재생할 수|^video\s*[|·]\s*\d|^vídeo\s*[|·]\s*\d|audio (?:is )?(?:not )?(?:available|unavailable)|"
    r"vídeo (?:indisponível|no disponible)|vidéo (?:indisponible|non disponible)|video nicht verfügbar|"
    r"видео недоступно|视频加载|视频无法|ビデオ|再生できません|^video laden$|^video abspielen$|^vídeo$|"
    r"^(?:reproducir|ver|assistir ao?|se|afspil|spill av|přehrát) (?:el |o )?(?:vídeo|video|videoen|videoklip|videa)$|"
    r"^(?:watch|ver|mira|voir|regarder|ansehen|guarda|assistir|veure|mira-ho|gledaj|pogledaj|gledajte|гледај|погледај|"
    r"pozrieť|pozrite|sledovat|oglej|гледайте|tonton|tazama|žiūrėti|skatīties|vaata|kyk|horfa|shiko|izlə|"
    r"смотреть|дивитися|oglądaj|izle|bekijk|titta|se|katso|nézd|vezi|δείτε|xem|ดู)\s+(?:on|en|sur|auf|su|no|a|na|"
    r"у|на|v|di|kwenye|per|í|në|op|på|-?da|-?de|trên)\s+(?:youtube|vimeo|facebook|dailymotion|x|twitter)$|"
    r"per (?:veure|reproduir) aquest vídeo|za (?:gledanje|pregled|reprodukciju) (?:ovog|ovoga) vide|"
    r"за (?:гледање|преглед) овог виде|na (?:pozretie|prehratie|zobrazenie) tohto vide|"
    r"za ogled tega videa|за да (?:гледате|видите) (?:това |видеото)|untuk (?:menonton|melihat) video ini|"
    r"kutazama video hii|norėdami (?:peržiūrėti|pamatyti) šį vaizdo|lai skatītos šo video|"
    r"selle video vaatamiseks|om hierdie video te kyk|til að horfa á þetta myndband|"
    r"për të parë këtë video|pour (?:voir|regarder|lire) cette vidéo|um dieses video (?:zu sehen|anzusehen|abzuspielen)|"
    r"para ver este v[ií]deo|per (?:vedere|guardare) questo video|aby (?:obejrzeć|zobaczyć|odtworzyć) ten (?:film|materiał)|"
    r"bu videoyu izlemek için|om deze video te (?:bekijken|zien|kunnen)|för att (?:se|titta på|spela) (?:den här |videon)|"
    r"чтобы (?:посмотреть|просмотреть|воспроизвести) это видео|щоб переглянути це відео|"
    r"pro (?:přehrání|zobrazení) tohoto videa|for at se denne video|for å se denne videoen|"
    r"katsoaksesi (?:tämän )?videon|a videó megtekintéséhez|pentru a viziona acest (?:clip|videoclip|material)|για να δείτε αυτό το βίντεο|"
    r"để xem video này|כדי לצפות בסרטון|برای (?:مشاهده|دیدن) این ویدیو|এই ভিডিওটি দেখতে",
    re.IGNORECASE,
)
# Notices no story sentence words so: they may run to two sentences ("Your browser does not support HTML5
# video. Please update your browser to watch this video.").
SCRIPT_NOTICE_STRONG = re.compile(
    r"(?:will|to) autoplay|click (?:the|to) (?:player )?(?:to )?unmute|آپ کا براؤزر|zure nabigatzaileak ez du|o teu navegador non|(?:browser|device) (?:does not|doesn't) support|update your browser|kan ikke afspilles|kan ikke spilles av|"
    r"opdater(?:e)? din browser|oppdater nettleseren|kann nicht abgespielt werden|no se puede reproducir|"
    r"não (?:é possível|pode ser) reproduzi|ne peut pas être lue|non può essere riprodotto|nelze přehrát|"
    r"(?:o )?vídeo começa em \d+|video (?:starts|begins) in \d+|currently playing an ad|skip (?:the )?ad in \d+|"
    r"वीडियो देखने के लिए|動画を見るには|"
    r"(?:el |tu |teu |vostre )?navegador no (?:admet|és compatible|soporta|admite|suporta)|"
    r"(?:vaš|tvoj) (?:preglednik|pretraživač|browser) ne podržava|(?:ваш|твој) (?:прегледач|претраживач|браузер) не подржава|"
    r"(?:váš )?prehliadač nepodporuje|(?:váš )?prohlížeč nepodporuje|(?:vaš )?brskalnik ne podpira|"
    r"(?:вашият )?браузър не поддържа|(?:вашиот )?(?:прелистувач|пребарувач) не поддржува|"
    r"pelayar (?:anda )?tidak menyokong|browser anda tidak mendukung|(?:jūsų )?naršyklė nepalaiko|(?:jūsu )?pārlūk\w* neatbalsta|"
    r"(?:teie )?brauser ei toeta|(?:jou )?blaaier ondersteun nie|vafrinn þinn styður ekki|shfletuesi (?:juaj )?nuk mbështet|"
    r"brauzeriniz .{0,20}dəstəkləmir|браузеріңіз .{0,20}қолдамайды|ბრაუზერი არ უჭერს მხარს|դիտարկիչը չի աջակցում|"
    r"(?:twoja )?przeglądarka nie obsługuje|tarayıcınız .{0,20}desteklemiyor|uw browser ondersteunt (?:geen|niet|dit)|"
    r"din webbläsare stöder inte|din browser understøtter ikke|nettleseren din støtter ikke|selaimesi ei tue|"
    r"böngésző(?:d|je)? nem támogatja|browserul (?:dvs\.?|tău) nu (?:suportă|acceptă)|ваш браузер не (?:поддерживает|підтримує)|"
    r"ο (?:browser|φυλλομετρητής) σας δεν υποστηρίζει|trình duyệt (?:của bạn )?không hỗ trợ|เบราว์เซอร์ของคุณไม่รองรับ|"
    r"הדפדפן (?:שלך|שלכם) אינו תומך|مرورگر شما .{0,20}پشتیبانی نمی|आपका ब्राउज़र .{0,30}(?:सपोर्ट|समर्थन) नहीं|"
    r"お使いのブラウザ.{0,20}対応していません|브라우저(?:가|에서) .{0,20}지원하지 않|您的浏览器不支[持援]|"
    r"votre navigateur ne (?:supporte|prend)|ihr browser unterstützt (?:kein|das|dieses|den|leider)|"
    r"il tuo browser non supporta|(?:o seu|seu) navegador não suporta",
    re.IGNORECASE,
)
# A button that opens the rest of a story, a gallery or a thread: "Story continues", "続きを読む".
EXPANDER = re.compile(
    r"^(?:story continues|continue reading|read (?:the )?(?:full|whole) (?:story|article)|"
    # a live page's button for its older entries: "Show more updates", "Weitere Einträge laden"
    r"(?:show|see|load|view) (?:more|older) (?:updates|posts|entries|events)|(?:weitere|ältere|mehr) (?:einträge|beiträge|"
    r"updates|ereignisse) (?:laden|anzeigen)|(?:voir|afficher|charger) (?:plus de|les) (?:mises à jour|billets|posts)(?: précédent(?:e)?s)?|"
    r"(?:ver|mostrar|cargar) más (?:actualizaciones|entradas|publicaciones)|(?:mostra|carica) (?:altri|più) (?:aggiornamenti|post)|"
    r"(?:ver|carregar|mostrar) mais (?:atualizações|posts|publicações)|meer updates(?: laden| tonen)?|"
    r"(?:visa|ladda) fler (?:uppdateringar|inlägg)|pokaż (?:więcej|starsze) (?:wpisów|aktualizacji|wpisy)|"
    r"daha fazla güncelleme|показать (?:ещё|еще|больше) (?:обновлени[йя]|записи|записей)|"
    r"show more|see more|"
    r"view (?:full )?gallery|see all (?:photos|responses|comments)|voir les moments précédents|guarda tutta la gallery|"
    r"mehr anzeigen|weiterlesen|seguir leyendo|seguí leyendo|sigue leyendo|leer más|lire la suite|leggi tutto|continuar lendo|続きを読む|"
    r"もっと見る|コメントをもっと見る|더보기|lees verder|lees meer|читать далее|читать полностью|показать ещё|"
    r"показать еще|czytaj dalej|zobacz więcej|devamını oku|devamı|läs hela|visa mer|baca selengkapnya|selengkapnya|"
    r"xem tiếp|xem thêm|阅读全文|展开全文|查看更多|点击查看|看更多\S{0,10}|閱讀全文|continua a leggere|leggi di più|ver más|mostrar más|"
    r"voir plus|afficher plus|mehr lesen|alles anzeigen|ver mais|carregar mais|load more|"
    r"mostra'?n? més|llegeix[- ]ne més|continua llegint|carrega'?n? més|prikaži (?:više|još)|pročitaj(?:te)? više|"
    r"učitaj (?:više|još)|opširnije|прикажи (?:више|још)|прочитај(?:те)? више|учитај још|опширније|zobraziť viac|"
    r"čítať ďalej|čítať viac|načítať viac|prikaži več|preberi več|preberite več|naloži več|покажи още|виж още|"
    r"прочети (?:още|повече)|зареди още|прикажи повеќе|прочитај повеќе|вчитај повеќе|আরও দেখুন|আরো দেখুন|"
    r"বিস্তারিত পড়ুন|lihat lagi|baca lagi|muat lagi|tampilkan lebih banyak|baca lebih lanjut|soma zaidi|ona zaidi|"
    r"pakia zaidi|rodyti daugiau|skaityti daugiau|skaityti toliau|rādīt vairāk|lasīt vairāk|lasīt tālāk|näita rohkem|"
    r"loe edasi|loe rohkem|மேலும் படிக்க|மேலும் பார்க்க|مزید دیکھیں|मजकूर वाचा|अधिक वाचा|आणखी वाचा|ఇంకా చదవండి|"
    r"మరిన్ని చూడండి|magbasa pa|tingnan ang higit pa|ipakita ang higit pa|wys meer|lees verder|lesa meira|sjá meira|"
    r"lexo më shumë|shiko më shumë|ngarko më shumë|მეტის ნახვა|ვრცლად|მეტი|ավելին|կարդալ ավելին|daha çox|ətraflı|"
    r"толығырақ|көбірек|näytä lisää|lue lisää|vis mere|vis flere|læs mere|les mer|vis mer|zobrazit (?:více|další)|číst dál|"
    r"mutass többet|tovább|afișează mai mult|citește mai mult|citește continuarea|δείτε περισσότερα|περισσότερα|"
    r"показати більше|читати далі|daha fazla göster|더 보기|显示更多|ดูเพิ่มเติม|הצג עוד|קרא עוד|קראו עוד|نمایش بیشتر|"
    r"ادامه مطلب|और पढ़ें|और देखें|mostrar mais|leia mais|pokaż więcej)(?:\s*[›»>→…]+)?$",
    re.IGNORECASE,
)
# The site's word about itself under or around a story: its standards, corrections, reuse, tip-offs.
BOILERPLATE = re.compile(
    r"^(?:our standards:|reuse this content$|article history$|order reprints\b|site index$|"
    r"got a story\?|have a story\?|send us your (?:story|news)|(?:news )?tips?:? email|"
    r"this article is more than \d+ \w+ old$|why you can trust\b|se adhiere a los criterios de the trust project|"
    r"ニュースの情報提供はこちら|このページは受信料で制作しています|powered by (?:wordpress|blogger)|"
    r"simple theme\. powered by|.{0,40}/ proudly powered by wordpress|нашли опечатку|found a typo|report a typo|"
    r"suggest a correction|signaler une erreur|segnala un errore|¿encontraste un error|zgłoś błąd|hata bildir|"
    r"hittat ett fel|fout gezien|"
    r"(?:просмотров|views|aufrufe|visualizzazioni|vues|visitas|wyświetle[ńn]|görüntülenme|visningar|dilihat|"
    r"lượt xem|阅读|閲覧数|조회수?)\s*:?\s*[\d\s.,]+$|"
    r"was this (?:article|story) (?:helpful|useful)\??|cet article vous a(?:-t-il)? été utile|"
    r"¿qué te pareció esta nota\?|¿te resultó útil|war dieser artikel hilfreich|ti è stato utile|"
    r"czy ten artykuł był|bu haber(?:i)? faydalı|(?:yes|oui|sí|ja|sì|tak|evet|да) +(?:no|non|nein|nie|hayır|nee|nej|нет)$|"
    r"merci pour votre (?:réponse|avis)|thanks for your feedback|har du tips|hast du einen tipp|"
    r"masz temat|masz (?:ciekawy |dobry |jakiś )temat\?|znasz ciekawą historię\?|(?:have you )?got a (?:news )?tip\?|"
    r"do you have a story\?|haben sie (?:ein thema|einen hinweis)\?|¿(?:tenés|tienes) una historia\?|"
    r"avez-vous une (?:info|histoire)\s?\?|hai una storia\?|heb je (?:een )?verhaal\?|"
    # the desk asking for readers' tips: "Tips oss!", "Hast du etwas gesehen? Schick es uns!"
    r"tips oss\b|tipsa oss\b|tip os\b|tip us\b|send us (?:a tip|your tips?)\b|hast du (?:etwas gesehen|einen hinweis)|"
    r"¿tienes (?:una noticia|un dato|información)|envíanos tu (?:noticia|denuncia)|vous avez (?:une info|été témoin)|"
    r"hai (?:una notizia|una segnalazione)|segnalaci\b|heb je (?:een )?tip\b|tip de redactie|vinkkaa meille|"
    r"über dieses thema berichtete|기사원문|本文を読む|原文链接|"
    # a portal's note of the headline the story had where it first ran: "原标题：…", "Original title: …"
    r"(?:原标题|原標題|原题|原題|原文标题|原文標題|원제목|원제|original (?:title|headline)|titre original|"
    r"título original|titolo originale|originaltitel|originele titel|oorspronkelijke titel)\s*[:：]\s*\S)",
    re.IGNORECASE,
)
LOADING = re.compile(
    r"^(?:ویڈیو لوڈ ہو رہی ہے\W*|لوڈ ہو رہا ہے\W*|kargatzen\W*|"
    # the page fetching what comes next: "Fetching more content...", "Weitere Inhalte werden abgerufen …"
    r"(?:fetching|retrieving) (?:more |the )?(?:content|stories|articles|news|comments|results|posts)\W*|"
    r"(?:weitere )?inhalte werden (?:abgerufen|nachgeladen)\W*|récupération (?:du|des) (?:contenus?|articles?)\W*|"
    r"obteniendo (?:más )?(?:contenido|noticias|artículos)\W*|recupero (?:dei )?contenuti\W*|"
    r"(?:meer )?inhoud ophalen\W*|hämtar (?:mer )?innehåll\W*|pobieranie (?:treści|artykułów)\W*|(?:(?:like|video|page|content) )?loading(?:\.\.\.|…)?|loading (?:comments|more|video|content).*|"
    r"cargando.*|carregando.*|chargement.*|caricamento.*|wird geladen.*|laden\.*…?|bezig met laden.*|загрузка.*|"
    r"ładowanie.*|yükleniyor.*|φόρτωση.*|načítání.*|लोड हो रहा है.*|กำลังโหลด.*|טוען.*|завантаження.*|indlæser.*|"
    r"laster.*|ladataan.*|a carregar.*|betöltés.*|se încarcă.*|laddar.*|memuat.*|đang tải.*|加载中.*|正在加载.*|読み込み中.*|로딩.*|불러오는 중.*|"
    r"جار التحميل.*|please wait(?:\.\.\.|…)?|"
    r"φορτώνει.*|در حال بارگذاری.*|načítá se.*|wczytywanie.*|încărcare.*|töltődik.*|завантажується.*|ローディング.*|"
    r"로드 중.*|载入中.*|lädt(?:\.\.\.|…)|"
    # the newer languages' words alone, or before what loads ("Carregant el vídeo...", "Учитавање коментара…")
    r"(?:carregant|s'està carregant|učitavanje|učitava se|учитавање|учитава се|načítava sa|načítavam|nalaganje|"
    r"nalagam|зареждане|зарежда се|се вчитува|вчитување|লোড হচ্ছে|memuatkan|sedang dimuat|inapakia|kraunama|"
    r"įkeliama|ielādē|notiek ielāde|laadimine|laaditakse|ஏற்றுகிறது|ஏற்றப்படுகிறது|لوڈ ہو رہا ہے|लोड होत आहे|"
    r"లోడ్ అవుతోంది|naglo-load|nilo-load|laai tans|hleður|hleð inn|duke u ngarkuar|იტვირთება|բեռնվում է|yüklənir|"
    r"жүктелуде)"
    r"(?:\s+(?:el |la |the )?(?:v[ií]deo|видео|videa|videó|vaizdo|коментар\w*|komentar\w*|comentaris|contingut|"
    r"sadržaj\w*|садржај\w*|obsah\w*|vsebin\w*|съдържание\w*|содржина|kandungan|maudhui|turin\w*|saturs|sisu|"
    r"ভিডিও|komen|maoni|stran\w*|strán\w*))?\s*(?:\.{2,3}|…)?)$",
    re.I,
)

EMBED_LABEL = re.compile(
    r"^(?:view this post on instagram|a post shared by .+|публикация от .+|embedded video|embed from getty images|"
    r"skip (?:twitter|instagram|facebook|youtube) (?:content|post)|end of (?:twitter|instagram|facebook|youtube) "
    r"(?:content|post)|allow (?:twitter|instagram) content\??|posted by .+ on .+\d{4}|"
    r"instagram で投稿を見る|この投稿をinstagramで見る|bekijk dit bericht op instagram|посмотреть эту публикацию в instagram|"
    r"zobacz ten post na instagramie|bu gönderiyi instagram'da gör|visa det här inlägget på instagram|"
    r"lihat postingan ini di instagram|xem bài viết này trên instagram|在 instagram 查看这篇帖子|"
    r"ver esta publicación en instagram|voir cette publication sur instagram|visualizza questo post su instagram|"
    r"ver essa foto no instagram|diesen beitrag auf instagram ansehen|ein beitrag geteilt von .+|"
    r"una publicación compartida de .+|une publication partagée par .+|un post condiviso da .+|"
    r"uma publicação compartilhada por .+|twitter (?:post|content)|tweet (?:embed|content)|"
    r"(?:load|show|view) (?:the )?(?:tweet|post|embed|external content)|external content|externer inhalt)",
    re.IGNORECASE,
)

# The label of the note about the story's writer: "About the author", "Sobre la firma", "この記事を書いた人".
AUTHOR_NOTE_LABEL = (
    r"about the (?:author|writer|reporter)|über (?:den autor|die autorin)|zum autor|zur autorin|"
    r"sobre (?:el|la|o|a) autora?|sobre la firma|acerca del autor|à propos de l['’]auteur|l['’]autore|sull['’]autore|"
    r"over de (?:auteur|schrijver)|o autorze|об авторе|yazar hakkında|om (?:skribenten|författaren|forfatteren)|"
    r"この記事を書いた人|この記事の筆者|筆者プロフィール|記者プロフィール|作者简介|关于作者|기자 (?:정보|프로필)|글쓴이"
)

# A link to a gallery, by its label or by its count of photos: "Ver galería: las imágenes de … (24 fotos)",
# "写真を見る（4枚）". A caption's credit in brackets names a source, not a count.
GALLERY_LINK = re.compile(
    r"[(（]\s*\d{1,3}\s*(?:fotos?|photos?|images?|imágenes|imagens|immagini|bilder|foto's|zdjęć|zdjęcia|фото|"
    r"фотографи[йи]|снимк\w*|kuvaa|képek?|枚|张|張|장|صور|صورة|तस्वीरें|फोटो|ภาพ|pictures|pics)\s*[)）]$|"
    r"^(?:ver|view|see|voir|guarda|vedi|zobacz|bekijk|ansehen|ir a la|vai alla|veja a)\s+(?:la |the |a |die |de |i |le )?"
    r"(?:gallery|galería|galerie|galleria|galeria|galerię|galerij|fotogalería|fotogalerie|bildergalerie|photos|fotos)\s*[:：]\s*\S",
    re.IGNORECASE,
)
GALLERY_COUNTER = re.compile(
    r"^(?:(?:image|photo|foto|fotoğraf|picture|slide|bild|afbeelding|фото|zdjęcie|resim|bild|gambar|ảnh|图|写真|画像|사진)\s*)?"
    r"\d{1,3}\s*(?:/|of|von|de|di|sur|de cada|van|из|z|av|dari|trên|张|od|од|от|iš|no|daripada|kati ya|nga|af)\s*\d{1,3}$|"
    r"^slideshow \(\d+ images?\)$|^この記事の写真（全\d+枚）$|^\+\d{1,3}$|^view (?:gallery|photos)$|"
    r"^(?:next|previous|prev) (?:slide|image|photo|picture)$|"
    r"^[‹<«]?\s*(?:anterior|previous|prev|précédent|precedente|zurück|vorige)\s+(?:siguiente|seguinte|next|suivant|"
    r"successivo|weiter|volgende)\s*[›>»]?$|^(?:photo gallery|fotogalerie|galería de fotos|"
    r"galerie photos?|fotogallery|fotogaleria|fotogalleria|bildergalerie|galeria de fotos|фотогалерея|galeri foto|フォトギャラリー|포토갤러리)\b.{0,50}$|"
    r"^(?:hide|show) caption$|"
    # the button that opens the gallery: "Galeriye git", "Zur Galerie", "Go to gallery"
    r"^(?:go to (?:the )?gallery|open (?:the )?gallery|galeriye (?:git|geç)|galeriyi (?:aç|gör)|zur (?:bilder)?galerie|"
    r"galerie (?:öffnen|ansehen)|ir a la galería|ver (?:la )?galería|voir la galerie|aller à la galerie|"
    r"vai alla (?:gallery|galleria)|apri la (?:gallery|galleria)|ver (?:a )?galeria|ir para a galeria|"
    r"naar de (?:foto)?galerij|bekijk de (?:foto)?galerij|till galleriet|öppna galleriet|przejdź do galerii|"
    r"otwórz galerię|перейти в (?:фото)?галерею|открыть (?:фото)?галерею|进入图集|查看图集|ギャラリーへ|갤러리 보기)$|"
    r"^(?:expand|collapse) (?:gallery|image)$|^\(?click (?:to|here to) enlarge\)?$|^(?:enlarge|expand) (?:image|photo)$|^写真を拡大$|^画像を拡大$",
    re.IGNORECASE,
)
# A photo's label on a line of its own, over its caption ("写真・図版", "[사진]"): the photo stood there.
PHOTO_LABEL = re.compile(
    r"^[\[【〔(（]?\s*(?:写真・図版|写真|画像|図版|사진|图片|圖片|照片|photo|image|foto|bild|kuva|фото)\s*[\]】〕)）]?$",
    re.IGNORECASE,
)

# The word a credit opens with, for a photo, a picture or a clip ("Kuva: Lehtikuva", "ছবি: রয়টার্স", "(fot. …)",
# "（撮影・…）"), as a regular expression's alternatives: the credit's own words, never a sentence's.
CREDIT_WORDS = (
    r"photos?|photographs?|photography|pictures?|pics?|images?|credit|foto|fotos|fotografia|fotografía|fotografie|"
    r"photographie|fotó|fot\.?|bild|bilder|kuva|kuvat|zdjęcie|zdjęcia|fotoğraf|imagem|imagen|billede|bilde|"
    r"foto's|slika|nuotr\.?|gambar|larawan|picha|ảnh|фото|снимка|снимок|світлина|φωτογραφία|εικόνα|"
    r"תמונה|צילום|صورة|تصوير|عکس|تصویر|فوٹو|फोटो|तस्वीर|ছবি|படம்|ภาพ|사진|写真|撮影|カメラ|图片来源|图片|圖片|图源|"
    r"图|圖|摄影|攝影|照片|"
    r"videos?|vídeo|vidéo|wideo|videó|видео|відео|βίντεο|ויד[י]?או|فيديو|ویدیو|ویڈیو|वीडियो|ভিডিও|วิดีโอ|"
    r"视频|視頻|影片|動画|영상|동영상"
)
# News agencies by the names a photo's credit gives them alone, on a line of its own right under a caption, in Latin
# letters and as pages in other scripts spell them.
WIRE_AGENCIES = (
    "afp", "reuters", "ap", "epa", "efe", "kyodo", "jiji", "xinhua", "pa", "dpa", "ansa", "lapresse", "yonhap", "anp",
    "belga", "ntb", "tt", "ritzau", "apa", "keystone", "aap", "pti", "tass",
    "رويترز", "فرانس برس", "أ ف ب", "أ.ف.ب", "أسوشيتد برس", "الأناضول", "د ب أ", "شينخوا", "خبرگزاری فرانسه", "رویترز",
    "רויטרס", "סוכנות הידיעות", "рейтер", "ассошиэйтед пресс", "тасс", "риа новости", "синьхуа", "ロイター", "共同", "時事",
    "共同通信", "時事通信", "路透社", "路透", "法新社", "美联社", "新华社", "美聯社", "新華社", "로이터", "연합뉴스", "rtr",
    "एएफपी", "रॉयटर्स", "एपी", "पीटीआई", "आईएएनएस", "एएनआई", "রয়টার্স", "এএফপি", "ராய்ட்டர்ஸ்", "รอยเตอร์", "เอเอฟพี",
)  # fmt: skip
# Picture agencies, which sell photos and write no stories: their name alone after a caption is its credit.
PICTURE_AGENCIES = (
    "getty", "getty images", "afp via getty images", "imago", "shutterstock", "alamy", "sipa", "abaca", "sportsfile",
    "lehtikuva", "scanpix", "pa images", "ap photo", "アフロ", "ロイター/アフロ", "ap/アフロ", "东方ic", "視覺中國", "视觉中国",
)  # fmt: skip
# Every agency a photo's credit names at the end of its caption ("(Getty Images)", "… lascia il campo. Afp",
# "（路透社）"); a news agency's name alone ends a story too, as its trailer ("(AFP)").
PHOTO_AGENCIES = (
    *WIRE_AGENCIES, *PICTURE_AGENCIES,
    "associated press", "pa wire", "ians", "anadolu", "aa", "pap", "ctk", "mti", "europa press", "اے ایف پی",
    "رائٹرز", "اے پی", "рейтерс", "ap 연합뉴스", "afp 연합뉴스",
)  # fmt: skip
# Words a photographer's or an outlet's name holds in small letters ("Photo Le Réveil du Hainaut", "Aleksei Moroz
# for The Times", "Handout via Reuters").
NAME_PARTICLES = {
    "de", "da", "do", "dos", "das", "del", "della", "di", "du", "des", "van", "von", "der", "den", "la", "le", "el",
    "y", "e", "i", "and", "for", "the", "of", "via", "af", "av", "und", "et",
}  # fmt: skip
# A chart's source, on the line under it: "Source: AFRC Technical Study Group".
SOURCE_LABEL = r"source|quelle|fuente|fonte|bron|kilde|källa|lähde|źródło"
# A document's figure by its number: "Figure 2. Passes completed …", "Abb. 3: …".
NUMBERED_FIGURE = re.compile(
    r"^(?:figure|fig\.|chart|graph|abbildung|abb\.|grafik|figura|gráfico|graphique|tableau|tabelle|table)"
    r"\s*\d{1,3}[.:]\s+\S",
    re.IGNORECASE,
)
# A gallery's own word, after "Photo"/"Foto" in its link ("Foto Galeri", "Photo Galleries"): no one's name.
GALLERY_WORD = re.compile(r"(?:galler|galer|album|slideshow|diaporama)", re.IGNORECASE)
# The label over the next clip in a player ("Up next"): the title under it is another story's.
NEXT_CLIP = re.compile(
    r"^(?:up next|next|next video|à suivre|a seguir|siguiente|weiter|nästa|次の動画|다음 영상)\b", re.IGNORECASE
)

FOOTER = re.compile(
    r"^(?:©|\(c\)|copyright\b)|all rights reserved|کلیه حقوق|حقوق .{0,20}محفوظ|نقل مطالب|vær varsom|"
    r"ansvarlig redaktør|redaktøransvar|vastaava päätoimittaja|felelős kiadó|todos los derechos|tous droits réservés|alle rechte vorbehalten|"
    r"tutti i diritti|riproduzione riservata|\bp\.\s?o\.\s?box\b|^toll[- ]free\b|^tty\b|"
    r"committed to making (?:its|our) (?:web ?site|content) accessible|droits de reproduction et de représentation|todos os direitos|無断(?:転載|複写)|著作権|무단 ?전재|جميع الحقوق|"
    r"\b(?:terms (?:of (?:use|service)|& conditions|and conditions)|privacy (?:policy|notice)|impressum|"
    r"aviso legal|mentions légales|cookie policy|cookiebeleid|privacybeleid|algemene voorwaarden|"
    r"политика конфиденциальности|пользовательское соглашение|polityka prywatności|regulamin|gizlilik politikası|"
    r"kullanım koşulları|künye|integritetspolicy|personuppgiftspolicy|kebijakan privasi|syarat dan ketentuan|"
    r"chính sách bảo mật|informativa (?:sulla )?privacy|política de privacidad|política de privacidade|"
    r"datenschutzerklärung|nutzungsbedingungen|accessibility statement|contact us|advertise with us|sitemap)\b|"
    r"版权所有|隐私政策|用户协议|著作権は|개인정보처리방침|이용약관|سياسة الخصوصية|все права защищены|"
    r"όλα τα δικαιώματα|všechna práva vyhrazena|सर्वाधिकार सुरक्षित|สงวนลิขสิทธิ์|כל הזכויות שמורות|"
    r"усі права захищено|alle rettigheder|alle rettigheter|kaikki oikeudet|minden jog fenntartva|"
    r"toate drepturile rezervate|πολιτική απορρήτου|ochrana osobních údajů|गोपनीयता नीति|מדיניות פרטיות|"
    r"privatlivspolitik|personvern|tietosuoja|política de privacidade|adatvédelm|politica de confidențialitate|"
    r"wszelkie prawa zastrzeżone|tüm hakları saklıdır|alla rättigheter|alle rechten voorbehouden|hak cipta|bản quyền|"
    # ca / hr / bs / sr / sk / sl / bg / mk / bn / ms / id / sw / lt / lv / et / ta / ur / mr / te / tl / af / is / sq /
    # ka / hy / az / kk: rights, privacy, terms, cookies, site map
    r"tots els drets reservats|sva prava (?:pridržana|zadržana)|сва права (?:задржана|су задржана)|všetky práva vyhradené|"
    r"vse pravice pridržane|всички права запазени|сите права се задржани|সর্বস্বত্ব সংরক্ষিত|hakcipta terpelihara|"
    r"hak cipta terpelihara|haki zote zimehifadhiwa|visos teisės saugomos|visas tiesības aizsargātas|kõik õigused kaitstud|"
    r"அனைத்து உரிமைகளும்|جملہ حقوق محفوظ|सर्व हक्क राखीव|సర్వ హక్కులు|lahat ng karapatan ay nakalaan|alle regte voorbehou|"
    r"öll réttindi áskilin|të gjitha të drejtat e rezervuara|ყველა უფლება დაცულია|բոլոր իրավունքները պաշտպանված են|"
    r"bütün hüquqlar qorunur|барлық құқықтар қорғалған|"
    r"\b(?:política de privacitat|política de privadesa|política de galetes|avís legal|condicions d['’]ús|mapa del web|"
    r"politika privatnosti|pravila privatnosti|zaštita privatnosti|uvjeti korištenja|uslovi korišćenja|uvjeti korišćenja|"
    r"politika kolačića|pravila o kolačićima|mapa stranice|mapa sajta|политика приватности|услови коришћења|"
    r"политика колачића|мапа сајта|ochrana osobných údajov|ochrana súkromia|podmienky používania|mapa stránky|"
    r"politika zasebnosti|varstvo osebnih podatkov|pogoji uporabe|politika piškotkov|политика за поверителност|"
    r"политика за бисквитките|общи условия|условия за ползване|карта на сайта|политика за приватност|услови за користење|"
    r"গোপনীয়তা নীতি|ব্যবহারের শর্তাবলি|dasar privasi|terma (?:dan syarat|penggunaan)|dasar kuki|pedoman media siber|"
    r"peta situs|sera ya faragha|sheria na masharti|privatumo politika|naudojimosi taisyklės|slapukų politika|"
    r"privātuma politika|lietošanas noteikumi|sīkdatņu politika|privaatsuspoliitika|kasutustingimused|"
    r"தனியுரிமைக் கொள்கை|رازداری کی پالیسی|गोपनीयता धोरण|గోప్యతా విధానం|patakaran sa privacy|"
    r"privaatheidsbeleid|gebruiksvoorwaardes|persónuverndarstefna|notkunarskilmálar|politika e privatësisë|"
    r"kushtet e përdorimit|კონფიდენციალურობის პოლიტიკა|գաղտնիության քաղաքականություն|məxfilik siyasəti|"
    r"istifadə şərtləri|құпиялылық саясаты|ochrana soukromí|podmínky užívání|personvernerklæring|brugervilkår|"
    r"käyttöehdot|felhasználási feltételek|termeni și condiții|όροι χρήσης|умови використання|"
    r"політика конфіденційності|תנאי שימוש|شرایط استفاده|उपयोग की शर्तें|ข้อกำหนดการใช้งาน|điều khoản sử dụng|"
    r"termini e condizioni|termos de uso|condiciones de uso|conditions d['’]utilisation|mapa do site|plan du site)\b|"
    # the footer's short links, alone on their line
    r"^(?:qui som|contacte|publicitat|o nama|kontakt|kontakti|impresum|oglašavanje|"
    r"о нама|контакт|контакти|o nás|inzercia|o nas|oglaševanje|за нас|реклама|আমাদের সম্পর্কে|যোগাযোগ|"
    r"tentang kami|hubungi kami|iklan bersama kami|redaksi|kuhusu sisi|wasiliana nasi|tangaza nasi|apie mus|"
    r"kontaktai|par mums|எங்களைப் பற்றி|தொடர்புக்கு|ہمارے بارے میں|ہم سے رابطہ کریں|आमच्याविषयी|"
    r"आमच्याबद्दल|संपर्क|మా గురించి|సంప్రదించండి|tungkol sa amin|makipag-ugnayan|oor ons|kontak ons|adverteer|"
    r"um okkur|hafa samband|rreth nesh|na kontaktoni|ჩვენ შესახებ|კონტაქტი|մեր մասին|կապ|հետադարձ կապ|haqqımızda|"
    r"əlaqə|біз туралы|байланыс|chi siamo|contatti|contacto|quiénes somos|sobre nosotros|qui sommes-nous|nous contacter|"
    r"über uns|contato|fale conosco|quem somos|over ons|om oss|om os|yhteystiedot|rólunk|kapcsolat|despre noi|"
    r"hakkımızda|iletişim|о нас|контакты|про нас|σχετικά με εμάς|επικοινωνία|liên hệ|เกี่ยวกับเรา|ติดต่อเรา|אודות|צור קשר|"
    r"درباره ما|تماس با ما|हमारे बारे में|संपर्क करें|회사소개|お問い合わせ|会社概要|关于我们|联系我们)$",
    re.IGNORECASE,
)

# A site's acknowledgement of the land's first peoples, in its footer: "We acknowledge Aboriginal and Torres Strait
# Islander peoples as the Traditional Custodians …", "Nous reconnaissons que nous sommes sur le territoire non cédé".
LAND_ACKNOWLEDGEMENT = re.compile(
    r"^(?:(?i:we (?:respectfully )?acknowledge|we pay (?:our )?respects? to|nous reconnaissons)|"
    r"(?:[A-Z][\w&.-]*\s+){1,4}(?i:(?:respectfully )?acknowledges|reconna[iî]t))\b"  # "ABC acknowledges …"
    r"(?=(?i:.*\b(?:traditional (?:owners|custodians|territor\w*|lands?)|first (?:australians|nations|peoples)|"
    r"aboriginal|torres strait|unceded|indigenous|tangata whenua|elders past|territoire (?:traditionnel|non cédé)|"
    r"premi[eè]res nations|autochtones)\b))",
)

TAGS = re.compile(
    r"^(?:(?:тагове|arquivado en|gaiak|etiketak)(?!\w)|tags?|topics?|related topics|keywords|labels|categories|filed under|temas|etiquetas|archivado en|"
    r"thèmes|sujets|argomenti|schlagworte|themen|関連キーワード|キーワード|태그|الوسوم|الكلمات الدالة|"
    r"ετικ[εέ]τ[εέ][σς]|برچسب‌ها|برچسب ها|برچسب|کلیدواژه‌ها|แท็กที่เกี่ยวข้อง|tagit|asiasanat|avainsanat|"
    r"štítky|témata|टैग|แท็ก|תגיות|теги|теми|emner|aiheet|címkék|etichete|tags|"
    r"onderwerpen|trefwoorden|теги|метки|темы|tagi|tematy|etiketler|konular|ämnen|taggar|topik|từ khóa|chủ đề|标签|"
    r"关键词|タグ|tópicos|assuntos|palavras-chave|mots-clés|parole chiave|stichwörter|"
    # ca / hr / bs / sr / sk / sl / bg / mk / bn / ms / id / sw / lt / lv / et / ta / ur / mr / te / tl / af / is / sq /
    # ka / hy / az / kk: distinctive words as a label; common nouns ("Teme", "Temos") only with a colon or alone
    r"(?:etiquetes|paraules clau|oznake|tagovi|ključne riječi|ključne reči|ključne besede|кључне речи|ознаке|тагови|"
    r"štítky|kľúčové slová|značke|етикети|ключови думи|клучни зборови|ট্যাগ|ট্যাগস|কিওয়ার্ড|kata kunci|"
    r"tag berkaitan|topik berkaitan|žymės|raktažodžiai|birkas|atslēgvārdi|sildid|märksõnad|குறிச்சொற்கள்|ٹیگز|"
    r"ٹیگ|टॅग्स|ట్యాగ్లు|ట్యాగ్‌లు|mga tag|etikette|sleutelwoorde|merki|lykilorð|etiketat|fjalë kyçe|თეგები|ტეგები|"
    r"պիտակներ|թեգեր|teqlər|etiketlər|açar sözlər|тегтер|кілт сөздер)(?!\w)|"
    r"(?:temes|teme|теме|témy|témata|теми|বিষয়|বিষয়সমূহ|topik|mada|temos|tēmas|teemad|தலைப்புகள்|موضوعات|विषय|"
    r"paksa|onderwerpe|efni|tema|temat|თემები|თემა|թեմաներ|mövzular|тақырыптар)\s*(?:[:|]|$)"
    r")\s*[:|]?",
    re.IGNORECASE,
)

# Words that say a line is a reading-time, view-count or other counter, not text.
COUNTER = re.compile(
    r"^\d[\d.,]*\s*[km]?\s*(?:min(?:ute)?s? read|shares?|views?|comments?|likes?|claps?|followers?|responses?|"
    r"reads?)?$|^\d+ min(?:ute)?s? read$|^(?:reading time:? )?\d+ ?(?:min|mins)\.?(?: read| de lecture| lesezeit|"
    r" de lectura| di lettura| leestijd| läsning| czytania| okuma)?$|^\d[\d.,]*\s*(?:tys\.?|mln|тыс\.?|млн|mil|mio|"
    r"rb|ribu|k|m|万|만|천)$|^\d+分で読める$|^읽는 시간 \d+분$|"
    r"^\d[\d.,]*\s*(?:万)?\s*(?:人参与|人评论|条评论|人跟帖|跟帖|人參與|件のコメント)$|"  # "2,381人参与": a thread's count
    r"^(?:lecture|lectura|lettura|lesezeit|leestijd|noticia en|lectura de|tiempo de lectura|temps de lecture|"
    r"reading time|read time)\s*:?\s*\d+\s*(?:min(?:s|utes?|utos|uten|uti)?)\.?$",
    re.IGNORECASE,
)

_SEPARATORS = re.compile(r"[|·•‧・/\\›»«>→←▶▷►▼▲|｜＞、，,;:()\[\]【】「」『』<>+*#_–—=~^\s\u3000]+|(?<!\w)-|-(?!\w)")
_ICONS = re.compile(
    r"[\u2190-\u21ff\u2300-\u23ff\u2500-\u27bf\u2900-\u297f\u2b00-\u2bff\ue000-\uf8ff\U0001f300-\U0001faff\ufe0f]"
)


# Traditional Chinese characters of the interface's words, as their simplified forms: the lexicons spell
# Chinese furniture in simplified characters, and a Taiwanese or Hong Kong page's "廣告" is the same "广告".
# One character for one, so a line keeps its length (a cut label's place stays right).
_HANT_TO_HANS = str.maketrans(
    "廣記導報論評關聯聞網頁載讀閱繼續圖攝訂電郵註冊錄尋熱門點擊讚贊複製連結隱權條務臉書標籤據來們將這個為時間與發佈體內裡歡應軟請換頻視訊覽瀏設戶號碼選單項參動態說話題類區國際經濟樂藝術會員臺灣線實專欄華東亞歐運賽場隊隨機對開閉舊顯較舉節輯總編譯雜誌紙廠傳轉貼寫給讓過還進邊遊戲獎優屬贈現搶鐘準備絡紀護釋樣營銷約協議聲責資頂層級愛麼嗎啟陸後車週歲萬億則張劃壇樓訪談講價錢買賣鏈",
    "广记导报论评关联闻网页载读阅继续图摄订电邮注册录寻热门点击赞赞复制连结隐权条务脸书标签据来们将这个为时间与发布体内里欢应软请换频视讯览浏设户号码选单项参动态说话题类区国际经济乐艺术会员台湾线实专栏华东亚欧运赛场队随机对开闭旧显较举节辑总编译杂志纸厂传转贴写给让过还进边游戏奖优属赠现抢钟准备络纪护释样营销约协议声责资顶层级爱么吗启陆后车周岁万亿则张划坛楼访谈讲价钱买卖链",
)


def alternation(words: Iterable[str]) -> str:
    """The words as one regular expression's alternatives, escaped, the longest first ("getty images" before
    "getty", so a name is taken whole)."""
    return "|".join(sorted(map(re.escape, words), key=len, reverse=True))


def simplified(text: str) -> str:
    """The text with traditional Chinese characters in their simplified forms (other text is unchanged)."""
    return text.translate(_HANT_TO_HANS)


def has_traditional(text: str) -> bool:
    return text != simplified(text)


def normalise(text: str) -> str:
    """Lower case, NFKC, icons gone, separators as single spaces: a label as the lexicons spell it."""
    text = _ICONS.sub(" ", unicodedata.normalize("NFKC", text)).casefold().replace("i\u0307", "i")  # Turkish İ
    text = re.sub(r"(?<=\d),(?=\d{3})", "", text)  # 1,204 is one number
    return " ".join(_SEPARATORS.sub(" ", text).split())


# Where a row copied whole parts its items: wide spaces, a bar or a dot between spaces, a tab.
ROW_GAP = re.compile(r"[^\S\u3000]{2,}|\s[|·•]\s|\t")


def items(text: str) -> list[str]:
    """The items of a row of links or buttons: split at separators and at runs of spaces."""
    parts = re.split(r"\s*[|·•‧｜]\s*|[^\S\u3000]{2,}|\u3000+|\t", _ICONS.sub(" ", text))
    return [normalise(part) for part in parts if normalise(part)]


WEATHER = re.compile(r"-?\d{1,2}\s?°\s?[CF]?\b|\b\d-day forecast\b|(?:晴れ|曇り|雨)\s*\d+℃|\d+℃", re.IGNORECASE)


def made_of(text: str, words: set[str], allow_counts: bool = True) -> bool:
    """Whether every item of the line, or every word of it, is one of `words` (or a count such as 1.4k)."""
    found = items(text)
    if found and all(item in words or (allow_counts and COUNTER.match(item)) for item in found):
        return True
    tokens = [token.rstrip(".") or token for token in normalise(text).split()]  # "tys." is an abbreviation
    return (
        bool(tokens)
        and all(token in words or (allow_counts and COUNTER.match(token)) or token in _FILLER for token in tokens)
        and any(token in words for token in tokens)
    )


_FILLER = {
    "tys",  # the units of a count: "Udostępnij 1,2 tys.", "1,2 mln"
    "mln",
    "тыс",
    "млн",
    "mil",
    "mio",
    "rb",
    "ribu",
    "万",
    "만",
    "천",
    "on",
    "en",
    "sur",
    "auf",
    "su",
    "via",
    "by",
    "per",
    "this",
    "the",
    "our",
    "us",
    "to",
    "with",
    "and",
    "&",
    "or",
}


# --- the comment section's own prompts, in any language ----------------------------------------------

# A word that names the readers' comments ("comment", "Kommentar", "댓글", "تعليق", "Posting").
COMMENT_WORD = re.compile(
    r"comment|komment|comentar|comentári|commentair|reactie|reageer|reagieren|коммент|коментар|komentar|komentář|"
    r"yorum|评论|評論|留言|コメント|댓글|bình luận|تعليق|دیدگاه|تبصر|टिप्पणी|राय|σχόλι|תגוב|טוקבק|hozzászól|posting|"
    r"beitr[aä]g|inlägg|innlegg|indlæg|mensage|mensaje|messagg|opini[oó]n|opinião|vos avis|votre avis|ความคิดเห็น|"
    r"نظر|ý kiến|kommentointi|keskustel|hozzászól|comentariu|טוקבק|"
    r"komentir|коментир|komentár|diskusi[ae]\b|diskuse|príspev|tambah komen|komen anda|komen pembaca|ruangan komen|মন্তব্য|கருத்து|"
    r"వ్యాఖ్య|కామెంట్|komento|maoni|komentār|komentē|athugasemd|koment|კომენტარ|"
    r"մեկնաբան|şərh|пікір",
    re.IGNORECASE,
)
# Signing in, to comment: "Logga in för att kommentera", "Para comentar debe estar registrado", "로그인하고 …".
_SIGN_IN = (
    r"log ?in|sign ?in|register|anmelden|angemeldet|einloggen|registriert|registrad|iniciar sesión|inicia sesión|"
    r"accedi|registrati|logga in|inloggad|giriş yap|üye ol|로그인|connectez|connecté|identifiez|faça login|"
    r"fazer login|zaloguj|войдите|авториз|تسجيل الدخول|وارد شوید|ورود به حساب|लॉग ?इन|kirjaudu|logg inn|log ind|bejelentkez|"
    r"увійдіть|увійти|ввійдіть|авторизуйтеся|conectează|autentifică|σύνδεση|συνδεθείτε|התחבר|đăng nhập|masuk|ログイン|登录|登入|"
    r"inicia (?:la )?sessió|identifica't|registra't|prijavi(?:te)? se|registriraj(?:te)? se|"
    r"пријави(?:те)? се|prihlás(?:te|iť) sa|влезте|регистрирайте се|најавете се|"
    r"লগইন|লগ ইন|log masuk|ingia|prisijunk(?:ite)?|pieslēdz(?:ies|ieties)|logi sisse|உள்நுழை(?:க|யவும்)?|لاگ ان|"
    r"లాగిన్|mag-log in|teken in|skráðu þig inn|hyni|identifikohu|შედით|ავტორიზაცია|մուտք գործեք|daxil olun|кіріңіз"
)
# Writing one: "Escreva seu comentário", "Neues Posting verfassen", "أضف تعليقك", "अपनी राय लिखें...".
_WRITE = (
    r"write|add|post|leave|escreva|escribe|escriba|deja|deixe|ajoute[rz]?|laisse[rz]?|écri(?:re|vez)|rédige[rz]?|"
    r"scrivi|lascia|schreiben|verfassen|skriv|yaz|أضف|اكتب|अपनी|लिखें|napisz|dodaj|напишите|оставьте|voeg|plaats|"
    r"schrijf|viết|tulis|입력|작성|書く|投稿|发表|添加|γράψ|כתוב|kirjoita|írj|scrie|adaugă|napište|nueva|nuevo|neue[sn]?|"
    r"ارسال|بنویسید|شما|เพิ่ม|แสดง|của bạn|your|kirjautuneena|"
    r"escriu (?:un|el teu|el vostre)|escriviu|deixa un|afegeix|napiši|napišite|ostavi(?:te)? komentar|komentiraj|"
    r"komentariši|напиши|напишите|залишити|залиште|напишіть|остави(?:те)? коментар|"
    r"коментариши|napíšte|napísať|pridať|pridajte|dodajte|oddaj|напишете|добави(?:те)? коментар|оставете|додади|"
    r"মন্তব্য করুন|লিখুন|tambah|andika|toa maoni|parašyk|rašyti|komentuoti|rakstīt|pievienot|kirjuta|lisa kommentaar|எழுது|"
    r"تبصرہ کریں|لکھیں|लिहा|రాయండి|వ్రాయండి|sumulat|mag-iwan|magkomento|skryf|lewer|skrifaðu|shkruaj|shkruani|lini një|"
    r"komento|დაწერე|დაწერეთ|დატოვე|գրել|գրեք|թողնել|yazın|жазыңыз|қалдырыңыз"
)
SIGN_IN = re.compile(rf"(?<!\w)(?:{_SIGN_IN})(?!\w)", re.IGNORECASE)
COMMENT_PROMPT = re.compile(rf"(?<!\w)(?:{_SIGN_IN}|{_WRITE})", re.IGNORECASE)
# The order a thread or a live blog is read in: "Sortieren nach: Neueste", "Trier par   Les plus anciens".
SORT_CONTROL = re.compile(
    r"^(?:sort(?:ed)?(?: by)?|sortieren(?: nach)?|sortiert nach|sortera(?: efter)?|sorter(?: etter| efter)?|"
    r"trier(?: par)?|ordenar(?: por)?|ordena(?:r)? por|ordina(?: per)?|sırala|정렬|sortuj(?: według)?|сортировать|"
    r"сортировка|sorteer(?: op)?|järjestä|rendezés|sortează|ταξινόμηση|מיין לפי|sắp xếp|urutkan|並び替え|排序|"
    r"เรียงตาม|مرتب‌سازی|ordena(?:r)? per|poredaj po|sortiraj po|сортирај по|zoradiť podľa|razvrsti po|подреди по|"
    r"сортирай по|susun mengikut|panga kwa|rikiuoti pagal|kārtot pēc|sorteeri|sorteer volgens|raða eftir|rendit sipas|"
    r"სორტირება|դասավորել ըստ|sırala|сұрыптау)(?:\b|(?=\s)):?|"
    r"^(?:newest|latest|oldest|neueste|älteste|nyast|äldst|nyeste|eldste|ældste|plus récents|plus anciens|"
    r"más recientes|más antiguos|mais recentes|mais antigos|più recenti|meno recenti|nieuwste|oudste|"
    r"en yeni|en eski|uusimmat|vanhimmat|mới nhất|cũ nhất|quan tâm nhất)(?: first| zuerst| först| først| d'abord| primero)?"
    r"(?:\s*[|·/]\s*|\s{2,})(?:newest|latest|oldest|neueste|älteste|nyast|äldst|nyeste|eldste|ældste|plus \w+|quan tâm nhất|cũ nhất|"
    r"más \w+|mais \w+|più \w+|meno \w+|nieuwste|oudste|en \w+|uusimmat|vanhimmat)",
    re.IGNORECASE,
)
# A live blog's or a player's controls: "Ticker aktualisieren", "Rafraîchir le direct", "Aggiorna".
CONTROLS = {
    "refresh", "reload", "aktualisieren", "ticker aktualisieren", "neu laden", "aggiorna", "aggiorna la diretta",
    "rafraîchir", "rafraîchir le direct", "actualizar", "atualizar", "vernieuwen", "uppdatera", "oppdater", "opdater",
    "päivitä", "frissítés", "actualizează", "ανανέωση", "רענן", "làm mới", "muat ulang", "обновить", "оновити",
    "yenile", "새로고침", "刷新", "تحديث", "mostra tutti gli eventi", "show all events", "alle ereignisse",
    "alle ereignisse anzeigen", "ver todos los eventos", "voir tous les moments", "show key events", "key events only",
    "nur highlights", "solo momenti chiave", "newest first", "oldest first", "latest first", "neueste zuerst",
    "älteste zuerst", "start quiz", "take the quiz", "starta quizet", "quiz starten", "commencer le quiz",
    "empezar el quiz", "inizia il quiz", "começar o quiz",
    # a gallery's buttons, and a paper's offer to sell the photo
    "show thumbnails", "hide thumbnails", "show captions", "hide captions", "thumbnails", "vorschaubilder anzeigen",
    "bildunterschriften anzeigen", "afficher les vignettes", "afficher les légendes", "mostrar miniaturas",
    "mostrar leyendas", "mostra miniature", "miniaturen tonen", "visa miniatyrer", "buy photo", "buy this photo",
    "purchase photo", "purchase this photo", "order this photo", "foto kaufen", "bild kaufen", "acheter la photo",
    "comprar foto", "compra la foto",
}  # fmt: skip
# A reader poll's header and its buttons: "Umfrage" … "Abstimmen", "SONDAGEM" … "Votar | Ver resultados".
POLL_HEADER = re.compile(
    r"^(?:poll|reader poll|our poll|quick poll|vote|have your say|umfrage|abstimmung|leserumfrage|encuesta|sondeo|"
    r"sondage|sondaggio|sondagem|enquete|enquête|peiling|omröstning|afstemning|avstemning|kysely|äänestys|"
    r"szavazás|sondaj|δημοσκόπηση|סקר|khảo sát|bình chọn|jajak pendapat|polling|опрос|голосование|опитування|"
    r"ankieta|sonda|anket|투표|설문|アンケート|投票|调查|نظرسنجی|استطلاع|सर्वे|पोल|โพล|quiz)\b[\s:!]*",
    re.IGNORECASE,
)
VOTE_BUTTON = re.compile(
    r"^(?:vote(?: now)?|submit vote|vote (?:view|see) results|votar ver resultados|voter voir les résultats|"
    r"abstimmen ergebnis(?:se)? anzeigen|vota vedi i risultati|stem bekijk (?:de )?uitslag|"  # two buttons on one row
    r"see results|view results|abstimmen|jetzt abstimmen|votez|vota ya|vote agora|głosuj teraz|ergebnis(?:se)? (?:anzeigen|ansehen)|votar|ver resultados|"
    r"voter|voir les résultats|vota|vedi i risultati|risultati|stem|bekijk (?:de )?uitslag|rösta|visa resultat|stem nu|"
    r"stemme|se resultat|äänestä|näytä tulokset|szavazok|eredmények|votează|vezi rezultatele|ψηφίστε|αποτελέσματα|"
    r"הצבע|bình chọn|xem kết quả|pilih|lihat hasil|голосовать|проголосовать|результаты|голосувати|результати|"
    r"głosuj|zobacz wyniki|oy ver|oyla|sonuçları gör|투표하기|결과 보기|投票する|結果を見る|投票|查看结果|"
    r"رأی دهید|صوّت|تصويت|वोट करें|नतीजे देखें|โหวต)(?:\s*(?:[|·/]|\s{2,})\s*\S.{0,30})?$|"
    r"^\d[\d\s.,'’]*\s*(?:votes?|stimmen|votos|voix|voti|stemmen|röster|stemmer|ääntä|szavazat|voturi|ψήφοι|"
    r"הצבעות|lượt bình chọn|suara|голос\w*|głos\w*|oy|표|票|رأی|صوت|वोट|โหวต)"
    r"(?:\s+(?:total|in total|insgesamt|au total|en total|no total|in totale|łącznie|всего|toplam|"  # "1,482 votes total"
    r"so far|bisher|bislang|jusqu'ici|jusqu’ici|hasta ahora|finora|até agora|tot nu toe|hittills|dotychczas|"
    r"şu ana kadar|пока|до сих пор))?"  # "1,214 votes so far"
    r"(?:\s*[|·]?\s*(?:vote now|vote|abstimmen|votez|votar|vota|głosuj))?$",  # … and the button after the count
    re.IGNORECASE,
)
# A newsletter box's e-mail field and its button: "Din e-postadress", "Digite seu e-mail", "Jetzt abonnieren".
EMAIL_FIELD = re.compile(
    r"^(?:your|enter (?:your )?|type (?:your )?|din|dit|o seu|seu|digite (?:o )?seu|votre|(?:votre )?adresse|tu|su|ihre|deine|"
    r"e-mail-adresse eingeben|la tua|il tuo|inserisci (?:il )?(?:tuo )?|uw|twój|adres|sähköposti\w*|"
    r"(?:ingres[aá]|introduc[eií]|escrib[eií]|digit[aá]|insira|informe) (?:tu |su |o seu |seu )?|"
    r"introdu\w* )?(?:e-?mail(?:[ -]?ad(?:d)?ress[ea]?)?|e-?post(?:adress|adresse|osoite)?\w*|correo(?: electrónico)?|"
    r"courriel|mejladress|indirizzo (?:e-?mail|di posta)|endereço de e-?mail|dirección de (?:correo|e-?mail))"
    r"(?:\s*\((?:required|obligatoire|obligatorio|pflichtfeld)\))?(?:\s+eingeben)?\s*(?:\.\.\.|…|\*)?$|"
    r"^(?:e-?mail-adresse|e-?mail address|your e-?mail address) eingeben$|"
    r"^(?:(?:upiši(?:te)?|unesi(?:te)?|upišite|vpišite|vnesite|zadajte|escriu|introdueix|masukkan|ingiza|въведете|"
    r"внесете|унесите|įveskite|ievadiet|sisesta|voer|sláðu inn|shkruani|vendosni)\s+)?"
    r"(?:(?:svoj[ua]?|vaš[ua]?|tvoj[ua]?|váš|el teu|el vostre|anda|вашия|вашата|вашиот|вашу|savo|savu|oma|jou|þitt|"
    r"tuaj)\s+)?(?:e-?mail(?:[ -]?adres[ua]?)?|e-?mel|e-?pošt[aeu]|adres[ua] e-?pošte|e-?poštni naslov|"
    r"e-?mailovú adresu|correu(?: electrònic)?|alamat e-?mel|alamat email|anwani ya barua pepe|barua pepe|имејл(?: адреса| адресу)?|"
    r"имейл(?: адрес)?|е-?пошта|е-?маил|el\. pašt(?:as|o adresas)|e-?pasta adrese|e-?pasts|e-?posti aadress|e-?posadres|"
    r"netfang|adresa e-?mail|ইমেইল(?: ঠিকানা)?|ই-মেইল(?: ঠিকানা)?|আপনার ইমেইল)\s*(?:\.\.\.|…|\*)?$",
    re.IGNORECASE,
)
SIGNUP_BUTTON = {
    "sign up", "sign me up", "subscribe", "subscribe now", "join", "join now", "jetzt anmelden", "jetzt abonnieren",
    "anmelden", "abonnieren", "registrieren", "iscriviti", "iscriviti ora", "je m'inscris", "s'inscrire", "je m’inscris",
    "inscribirse", "suscribirse", "suscribirme", "suscríbete", "registrarse", "cadastrar", "cadastre-se", "subscrever",
    "inscrever", "inscreva-se", "prenumerera", "prenumerera nu", "abonner", "meld deg på", "tilmeld", "tilmeld dig",
    "tilaa", "tilaa uutiskirje", "feliratkozom", "feliratkozás", "abonează-te", "mă abonez", "εγγραφή", "הרשמה",
    "đăng ký", "daftar", "berlangganan", "подписаться", "підписатися", "zapisz się", "zapisz mnie", "abone ol", "kaydol",
    "구독", "구독하기", "登録", "登録する", "订阅", "اشترك", "اشترك الآن", "عضویت", "सब्सक्राइब करें", "สมัคร",
    "show me", "aanmelden", "inschrijven", "schrijf je in",
    # ca / hr / bs / sr / sk / sl / bg / mk / bn / ms / sw / lt / lv / et / af / is / sq / ka / hy / az / kk / tl
    "subscriu-m'hi", "subscriu-te", "subscriure's", "prijavi me", "pretplati se", "prijavi se", "pretplatite se",
    "пријави ме", "претплати се", "пријави се", "odoberať", "prihlásiť sa", "naroči se", "naročite se", "абонирай се",
    "абонирайте се", "абонирај се", "претплатете се", "সাবস্ক্রাইব", "সাবস্ক্রাইব করুন", "langgan", "langgan sekarang",
    "jisajili", "jiandikishe", "užsiprenumeruoti", "prenumeruoti", "pierakstīties", "abonēt", "telli", "liitu",
    "inteken", "teken in", "skrá mig", "skráðu mig", "abonohu", "regjistrohu", "გამოწერა", "გამოიწერე",
    "բաժանորդագրվել", "abunə ol", "жазылу", "mag-subscribe",
}  # fmt: skip
# A messaging channel's pitch: "Sumate a nuestro canal de Telegram", "Recibí las noticias en tu WhatsApp".
CHANNEL_PROMO = re.compile(
    r"(?:whatsapp|telegram|signal|viber|line公式|kakaotalk|카카오톡|messenger)\b.{0,60}"
    r"(?:canal|channel|kanal|grupo|group|gruppe|chaîne|chat|\+\d)|"
    r"(?:canal|channel|kanal|chaîne|grupo|group) (?:de |on |auf |sur |na |no |en )?(?:whatsapp|telegram)|"
    r"(?:en|in|on|auf|sur|no|na|via|в|у|во) (?:tu |your |dein |ton |seu |il tuo |нашем |нашому )?(?:whatsapp|telegram)\b",
    re.IGNORECASE,
)


def fold_marks(text: str) -> str:
    """Arabic without its vowel marks and tatweel ("تعبّر" as "تعبر"): how the lexicons spell it."""
    return re.sub(r"[\u064b-\u065f\u0670\u0640]", "", text)


# A match centre's box: its header or its button ("MATCH CENTRE", "View Match Centre", "Zum Spielcenter").
MATCH_CENTRE = re.compile(
    r"^(?:(?:view|open|go to|visit|full|live|zum|zur|al|ao|au|voir le|ver el|vai al|naar het)\s+)?"
    r"(?:match ?cent(?:re|er)|game ?cent(?:re|er)|gamecast|spielcenter|matchcenter|liveticker|centro (?:de )?(?:partido|jogo)|"
    r"centre (?:du )?match|centro partita|wedstrijdcentrum|матч-центр|매치센터|マッチセンター|比赛中心)\s*[>›»→]?$",
    re.IGNORECASE,
)
# A stock-quote widget's lines: its ticker ("TYO: 2503", "NYSE: KO"), its price with an arrow, its ratios, its delay note.
STOCK_QUOTE = re.compile(
    r"^(?:NYSE|NASDAQ|Nasdaq|LSE|TYO|TSE|NSE|BSE|HKEX|HKG|SGX|ASX|TSX|ETR|FRA|XETRA|EPA|BME|BIT|AMS|SIX|KRX|KOSPI|SHA|"
    r"SHE|JSE|BMV|B3|BOVESPA|MOEX)\s?:\s?[A-Z0-9.]{1,12}$|"
    r"^[$€£¥₹]?\s?\d[\d,.]*\s*[▲▼△▽↑↓+−-]\s?\d[\d,.]*\s*\(?[+−-]?\d[\d,.]*\s?%\)?$|"
    r"\b(?:mkt\.? cap|market cap|p/e|div(?:idend)? yield|eps|52[- ]?(?:wk|week) (?:high|low|range)|marktkap|kgv|"
    r"capitalización|capitalisation)\b.*\b(?:mkt\.? cap|market cap|p/e|div(?:idend)? yield|eps|kgv|rendement)\b|"
    r"^(?:data|quotes?|prices?|kurse|cotizaciones|cours|cotações|dati) (?:are )?(?:delayed|verzögert|retrasad[oa]s?|"
    r"différés?|atrasad[oa]s?|ritardati)\b|\bdelayed by \d+ ?min|\bverzögert um \d+ ?min|\bcon \d+ minutos de retraso",
    re.IGNORECASE,
)
# A media player's card: the episode's availability or its download with the file's size.
MEDIA_CARD = re.compile(
    r"\b(?:verfügbar bis|available (?:until|till)|disponible (?:jusqu'au|jusqu’au|hasta)|disponível até|"
    r"disponibile fino al|beschikbaar tot|доступно до)\s+\d|"
    r"^(?:audio|podcast|mp3|episode|folge|video)\s+(?:herunterladen|download(?:en)?|télécharger|descargar|baixar|scaricare)\b|"
    r"^(?:download|herunterladen|télécharger|descargar|baixar|scarica)\s+(?:the |das |l')?(?:audio|mp3|podcast|episode|video)\b|"
    r"\((?:mp3|m4a|mp4|ogg|aac),\s*\d+(?:[.,]\d+)?\s*[mk]i?b\)",
    re.IGNORECASE,
)
# A streaming service's pitch: where to watch, first ("Watch on X:", "Stream it on X", "Míralo en X"), and its offer.
STREAM_PROMO = re.compile(
    r"^(?:watch|stream(?: it)?|watch (?:it )?live|ver|míralo|mira|regarder|regardez|assista|assistir|guarda|guardalo|"
    r"kijk|schau|sieh|jetzt) (?:\w+ )?(?:on|en|sur|no|na|su|op|auf|bei) [A-Z0-9][\w+.-]*\s*[:!,–—-]",
    re.IGNORECASE,
)
STREAM_OFFER = re.compile(
    r"\bfree trial\b|\bon demand\b|\bstart (?:your|a) (?:free )?(?:\d+[- ]day )?(?:free )?trial|\bsubscribe now\b|"
    r"prueba gratis|a la carta|essai gratuit|à la demande|kostenlos testen|auf abruf|teste grátis|sob demanda|"
    r"prova gratuita|on demand|gratis proberen",
    re.IGNORECASE,
)
# A blog network's bar: its name, its link to every site of it, and the site's tagline under them.
NETWORK_NAME = re.compile(
    r"\S\s+(?:network|netzwerk|netwerk|réseau|rete|сеть|네트워크|ネットワーク|网络)$", re.IGNORECASE
)
NETWORK_SITES = re.compile(
    r"^(?:all|alle|todos los|todas las|tous les|toutes les|tutti i|todos os|alle \d+)\s*\d*[\d,.]*\s+.{0,40}?"
    r"(?:sites|websites|blogs|communities|seiten|blogs|sitios|comunidades|siti|portais|sajtov|сайты)$",
    re.IGNORECASE,
)
SITE_TAGLINE = re.compile(
    r"^[A-Z][^,]{1,40}, (?:a|an|ein|eine|un|une|una|um|uma) [^,]{0,60}?\b(?:community|fan site|fansite|blog|"
    r"fan blog|fan community|site for fans|comunidad|communauté|gemeinschaft|comunità|comunidade)$",
)
