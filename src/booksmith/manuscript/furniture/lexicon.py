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

# Share and follow buttons, and the words around them ("Share on Facebook", "Compartir en Twitter").
SHARE = {
    "share", "shares", "shared", "share this", "share this article", "share this story", "share this post",
    "share article", "share on", "share via", "share by email", "more sharing options", "share or comment on this article",
    "tweet", "tweets", "retweet", "email", "e-mail", "mail", "email this", "print", "print this", "save", "saved",
    "copy link", "copy", "link", "click to copy", "pin", "pin it", "like", "likes", "follow", "follow us", "follow us on",
    "facebook", "twitter", "x", "whatsapp", "linkedin", "pinterest", "reddit", "telegram", "messenger", "facebook messenger",
    "line", "flipboard", "tumblr", "vk", "weibo", "wechat", "kakaotalk", "instagram", "youtube", "tiktok", "snapchat",
    "f", "t", "in", "p", "g+", "blogthis!", "blogthis", "share to twitter", "share to facebook", "share to pinterest",
    "like us on facebook", "follow us on twitter", "sms", "send", "bookmark", "bookmarks", "add to bookmarks",
    # de
    "teilen", "artikel teilen", "twittern", "mailen", "drucken", "versenden", "merken", "per mail", "e-mail senden",
    # es / pt
    "compartir", "compartir en", "compartir en facebook", "compartir en twitter", "compartir en whatsapp",
    "enviar", "enviar por email", "enviar por correo", "imprimir", "guardar", "comentar", "compartilhe", "compartilhar",
    # fr / it
    "partager", "partager sur", "partager sur facebook", "partager sur twitter", "partager sur linkedin",
    "envoyer", "envoyer par e-mail", "envoyer par mail", "imprimer", "sauvegarder", "ajouter à vos sélections",
    "condividi", "condividi su facebook", "stampa", "invia",
    # ja / ko / zh / ar / ru
    "シェア", "ツイート", "共有", "この記事を共有", "この記事をシェアする", "ブックマーク", "はてなブックマーク", "はてブ",
    "lineで送る", "印刷", "保存", "공유", "공유하기", "페이스북", "트위터", "카카오톡", "인쇄", "스크랩", "분享", "分享", "转发",
    "شارك", "مشاركة", "طباعة", "поделиться", "твитнуть",
    # more networks, and the verbs around them
    "threads", "bluesky", "mastodon", "viber", "naver", "band", "kakao", "kakaostory", "hatena", "mixi", "xing", "vkontakte",
    "odnoklassniki", "qq", "douban", "skype", "gmail", "outlook", "copy url", "copy the link", "link copied",
    "share via email", "share via whatsapp", "send by email", "email to a friend", "send to a friend", "gift this article",
    "partilhar", "compartilhar no facebook", "compartilhar no twitter", "enviar por whatsapp", "condividi su twitter",
    "teilen auf facebook", "bei facebook teilen", "bei twitter teilen", "per e-mail teilen", "公유", "共享",
}  # fmt: skip

# A media player's controls and notices, one a line or a row.
PLAYER = {
    "play", "pause", "mute", "unmute", "replay", "fullscreen", "full screen", "exit fullscreen", "close", "captions",
    "subtitles", "settings", "hd", "auto", "autoplay", "skip ad", "now playing", "up next", "cast", "watch", "watch video",
    "play video", "watch now", "video", "videos", "duration", "live", "volume", "speed", "quality", "picture-in-picture",
    "reproducir", "pausa", "lecture", "riproduci", "abspielen", "再生", "一時停止", "動画", "재생", "동영상", "تشغيل",
}  # fmt: skip

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
}  # fmt: skip

# Section headers that open a list of other stories.
RELATED = {
    "related", "related stories", "related articles", "related content", "related coverage", "related links",
    "related news", "related reading", "related posts", "related topics", "more on this story", "more on this topic",
    "more from", "more stories", "more news", "more in", "most read", "most popular", "most viewed", "most shared",
    "most commented", "popular", "popular posts", "popular now", "trending", "trending now", "recommended",
    "recommended for you", "recommended stories", "recommended from medium", "you may also like",
    "you might also like", "you may like", "also read", "read also", "read next", "what to read next", "up next",
    "top stories", "top headlines", "latest", "latest news", "latest stories", "recent posts", "recent stories",
    "features", "editor's picks", "editors' picks", "don't miss", "further reading", "see also", "elsewhere",
    "in case you missed it", "watch next", "more videos", "around the web", "from the web", "in other news",
    "most read in news", "most read in football", "most read in sport",
    # de / es / fr / it / pt / nl
    "mehr zum thema", "meistgelesen", "meistgelesene artikel", "das könnte sie auch interessieren", "auch interessant",
    "weitere artikel", "lesen sie auch", "te puede interesar", "lo más visto", "lo más leído", "más información",
    "noticias relacionadas", "relacionadas", "también te puede interesar", "à lire aussi", "lire aussi", "les plus lus",
    "sur le même sujet", "dans la même rubrique", "les plus partagés", "leggi anche", "i più letti", "potrebbe interessarti",
    "articoli correlati", "veja também", "leia também", "mais lidas", "mais lidos", "relacionados", "lees ook", "meest gelezen",
    # ja / ko / zh / ar / ru
    "関連記事", "関連ニュース", "おすすめ記事", "おすすめ", "こちらもおすすめ", "ランキング", "アクセスランキング",
    "人気記事", "注目記事", "新着記事", "最新記事", "あわせて読みたい", "合わせて読みたい", "関連リンク", "こちらも読まれています",
    "관련기사", "관련 기사", "많이 본 뉴스", "많이 본 기사", "추천 기사", "인기 기사", "最新新闻", "相关新闻", "热门",
    "اقرأ أيضا", "اقرأ أيضاً", "الأكثر قراءة", "مواضيع ذات صلة", "читайте также", "по теме",
}  # fmt: skip
# A single other story, labelled: "Read more: …", "Lire aussi | …", "【関連記事】…".
RELATED_PREFIX = re.compile(
    r"^(?:read more|read also|also read|see also|more on this|related|watch|listen|recommended|read next|"
    r"lesen sie auch|mehr zum thema|te puede interesar|lee también|más información|lire aussi|à lire aussi|"
    r"leggi anche|veja também|leia também|関連記事|関連|こちらもおすすめ|관련기사|اقرأ أيضا|читайте также)"
    r"\s*(?:[:|｜›»>→\-–—]|\s)\s*\S",
    re.IGNORECASE,
)

COMMENTS = {
    "comments", "comment", "view comments", "show comments", "load comments", "join the discussion",
    "join the conversation", "leave a reply", "leave a comment", "add your comment", "post a comment", "responses",
    "discussion", "reader comments", "share what you think", "newest", "oldest", "best rated", "worst rated",
    "view all", "reply", "replies", "report", "report abuse", "like", "dislike", "click to rate", "recommend",
    "sort by", "most liked", "show more comments", "load more comments", "view more comments", "read more comments",
    "kommentare", "kommentar", "antworten", "melden", "comentarios", "comentar", "responder", "denunciar",
    "commentaires", "réagir", "répondre", "signaler", "commenti", "commenta", "rispondi", "comentários", "comente",
    "コメント", "コメントする", "返信", "違反報告", "댓글", "답글", "신고", "التعليقات", "تعليق", "комментарии",
}  # fmt: skip

NEWSLETTER = re.compile(
    r"newsletter|sign up|sign-up|subscribe to|get (?:our|the) (?:free |daily |best |latest )|inbox|"
    r"enter your e-?mail|e-?mail address|boletín|suscríbete|apúntate|s'inscrire|inscrivez-vous|lettre d'information|"
    r"iscriviti|abonnieren sie|jetzt kostenlos|購読|メールマガジン|メルマガ|뉴스레터|النشرة",
    re.IGNORECASE,
)

SKIP_LINK = re.compile(
    r"^(?:skip to (?:main )?(?:content|navigation|site index|search|footer|main menu)|jump to (?:content|navigation)|"
    r"accessibility help|zum inhalt springen|direkt zum inhalt|ir al contenido|saltar al contenido|"
    r"aller au contenu(?: principal)?|vai al contenuto|pular para o conteúdo|本文へ(?:移動|スキップ)|"
    r"メインコンテンツへ(?:移動|スキップ)|본문 바로가기|تخطى إلى المحتوى)\b",
    re.IGNORECASE,
)

AD = {
    "ad", "ads", "advertisement", "advertising", "advert", "sponsored", "sponsored content", "sponsored links",
    "sponsored stories", "sponsored headlines", "promoted", "promoted stories", "paid content", "paid post",
    "partner content", "supported by", "presented by", "anzeige", "werbung", "publicidad", "publicidade", "publicité",
    "pubblicità", "patrocinado", "contenido patrocinado", "contenus sponsorisés", "pr", "広告", "スポンサーリンク",
    "광고", "إعلان", "реклама", "advertentie",
}  # fmt: skip
AD_NOTE = re.compile(
    r"^(?:(?:the )?(?:story|article) continues (?:below|after)|continue reading (?:the main story|below)|"
    r"article continues below|scroll (?:down )?to continue|weiterlesen nach der anzeige|"
    r"la noticia continúa|l'article continue|記事の続きは)",
    re.IGNORECASE,
)

COOKIE = re.compile(
    r"\bcookies?\b|privacy (?:settings|dashboard)|consent|datenschutz|wir verwenden|utilizamos cookies|"
    r"accept(?:er)? (?:all|and close|& continue|tous)|manage (?:my )?(?:choices|preferences)|got it|einverstanden",
    re.IGNORECASE,
)

PAYWALL = re.compile(
    r"subscribe to (?:continue|read)|subscribers? only|for subscribers|already a subscriber|paywall|"
    r"réservé aux abonnés|weiterlesen mit|abonnenten|solo para suscriptores|有料会員|会員限定|会員の方|"
    r"유료 회원|للمشتركين",
    re.IGNORECASE,
)

SCRIPT_NOTICE = re.compile(
    r"javascript|your browser does not support|media playback is (?:not |un)supported|this video is unavailable|"
    r"video (?:is )?(?:not available|unavailable)|enable (?:js|javascript)|play video|duration time|current time|"
    r"(?:this|the) (?:video|content|media) (?:can ?not|could not|cannot) be (?:played|loaded|displayed)|"
    r"(?:your )?(?:device|browser) (?:does not|doesn't) support|to (?:view|watch|play) this (?:video|content)|"
    r"content (?:is )?not available|plugin|flash player|video player|reproductor|lecteur vidéo|videoplayer|"
    r"(?:navegador|browser|navigateur|dispositivo|device|appareil|gerät)\b.{0,30}\b(?:não|no|ne|nicht|non)\b.{0,20}"
    r"(?:suporta|soporta|compatible|supporte|prend|unterstützt|supporta)|(?:não|no) (?:suporta|soporta) (?:o |el )?v[ií]deo|"
    r"fullscreen|scroll down for video|動画を再生|この動画は|再生時間|동영상|مشاهدة الفيديو",
    re.IGNORECASE,
)
# A button that opens the rest of a story, a gallery or a thread: "Story continues", "続きを読む".
EXPANDER = re.compile(
    r"^(?:story continues|continue reading|read (?:the )?(?:full|whole) (?:story|article)|show more|see more|"
    r"view (?:full )?gallery|see all (?:photos|responses|comments)|voir les moments précédents|guarda tutta la gallery|"
    r"mehr anzeigen|weiterlesen|seguir leyendo|leer más|lire la suite|leggi tutto|continuar lendo|続きを読む|"
    r"もっと見る|コメントをもっと見る|더보기)(?:\s*[›»>→…]+)?$",
    re.IGNORECASE,
)
# The site's word about itself under or around a story: its standards, corrections, reuse, tip-offs.
BOILERPLATE = re.compile(
    r"^(?:our standards:|reuse this content$|article history$|order reprints\b|site index$|"
    r"got a story\?|have a story\?|send us your (?:story|news)|(?:news )?tips?:? email|"
    r"this article is more than \d+ \w+ old$|why you can trust\b|se adhiere a los criterios de the trust project|"
    r"ニュースの情報提供はこちら|このページは受信料で制作しています|powered by (?:wordpress|blogger)|"
    r"simple theme\. powered by|.{0,40}/ proudly powered by wordpress)",
    re.IGNORECASE,
)
LOADING = re.compile(
    r"^(?:(?:like )?loading(?:\.\.\.|…)?|loading comments.*|cargando.*|chargement.*|読み込み中.*)$", re.I
)

EMBED_LABEL = re.compile(
    r"^(?:view this post on instagram|a post shared by .+|embedded video|embed from getty images|"
    r"skip (?:twitter|instagram|facebook|youtube) (?:content|post)|end of (?:twitter|instagram|facebook|youtube) "
    r"(?:content|post)|allow (?:twitter|instagram) content\??|posted by .+ on .+\d{4}|"
    r"instagram で投稿を見る|この投稿をinstagramで見る)",
    re.IGNORECASE,
)
GALLERY_COUNTER = re.compile(
    r"^(?:(?:image|photo|foto|picture|slide|写真|画像)\s*)?\d{1,3}\s*(?:/|of|von|de|di|sur|de cada)\s*\d{1,3}$|"
    r"^slideshow \(\d+ images?\)$|^この記事の写真（全\d+枚）$|^\+\d{1,3}$|^view (?:gallery|photos)$",
    re.IGNORECASE,
)

FOOTER = re.compile(
    r"^(?:©|\(c\)|copyright\b)|all rights reserved|todos los derechos|tous droits réservés|alle rechte vorbehalten|"
    r"tutti i diritti|todos os direitos|無断(?:転載|複写)|著作権|무단 ?전재|جميع الحقوق|"
    r"\b(?:terms (?:of (?:use|service)|& conditions|and conditions)|privacy (?:policy|notice)|impressum|"
    r"aviso legal|mentions légales|cookie policy)\b",
    re.IGNORECASE,
)

TAGS = re.compile(
    r"^(?:tags?|topics?|related topics|keywords|labels|categories|filed under|temas|etiquetas|archivado en|"
    r"thèmes|sujets|argomenti|schlagworte|themen|関連キーワード|キーワード|태그|الوسوم)\s*[:|]?",
    re.IGNORECASE,
)

# Words that say a line is a reading-time, view-count or other counter, not text.
COUNTER = re.compile(
    r"^\d[\d.,]*\s*[km]?\s*(?:min(?:ute)?s? read|shares?|views?|comments?|likes?|claps?|followers?|responses?|"
    r"reads?)?$|^\d+ min(?:ute)?s? read$",
    re.IGNORECASE,
)

_SEPARATORS = re.compile(r"[|·•‧・/\\›»«>→←▶▷►▼▲|｜＞、，,;:()\[\]【】「」『』<>+*#_–—=~^\s\u3000]+|(?<!\w)-|-(?!\w)")
_ICONS = re.compile(r"[\u2190-\u21ff\u2300-\u23ff\u2500-\u27bf\ue000-\uf8ff\U0001f300-\U0001faff\ufe0f]")


def normalise(text: str) -> str:
    """Lower case, NFKC, icons gone, separators as single spaces: a label as the lexicons spell it."""
    text = _ICONS.sub(" ", unicodedata.normalize("NFKC", text)).casefold()
    text = re.sub(r"(?<=\d),(?=\d{3})", "", text)  # 1,204 is one number
    return " ".join(_SEPARATORS.sub(" ", text).split())


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
    tokens = normalise(text).split()
    return (
        bool(tokens)
        and all(token in words or (allow_counts and COUNTER.match(token)) or token in _FILLER for token in tokens)
        and any(token in words for token in tokens)
    )


_FILLER = {
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
