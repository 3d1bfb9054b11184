"""clean and the furniture recogniser: each named rule takes the kind it names, on pages in several
languages, and never a line of the story (a sentence that mentions sharing, comments or advertising,
a story's own list of dates, a subhead after a list of links)."""

from __future__ import annotations

import pytest

from booksmith.manuscript.clean import clean, matching_lines
from booksmith.manuscript.parse import parse_article
from booksmith.manuscript.sources import read_source
from booksmith.model import Drop, Figure
from support import FIXTURES

STORY = [
    "Japan's players walked over to the fans behind the goal and bowed before they left the pitch.",
    "",
    "The supporters had stayed in the stand for twenty minutes after the final whistle to tidy it.",
]


_KO_STORY = (
    "한국 축구대표팀이 카잔에서 열린 경기에서 독일을 2대 0으로 꺾고 대회를 마쳤다. 선수들은 경기 뒤 관중석에 인사했다."
)
_ZH_STORY = "法国队在莫斯科卢日尼基球场以四比二击败克罗地亚队，第二次获得世界杯冠军。赛后球员们在场上庆祝了很久。"


def cleaned(name: str):
    return clean(read_source(FIXTURES / "articles" / name).lines)


def kept_text(result) -> list[str]:
    return [" ".join(line.text for line in group) for group in result.groups]


def one_paragraph(text: str) -> list[str]:
    """What `clean` keeps of a one-paragraph article."""
    return kept_text(clean(text.split("\n")))


def in_story(*litter: str) -> list[str]:
    """A page: a paragraph, the litter lines (a paragraph of their own), another paragraph."""
    return [STORY[0], "", *litter, "", STORY[2]]


# --- what the seeds' litter still is ----------------------------------------------------------


def test_related_stories_heading_and_its_headlines_are_dropped():
    result = cleaned("related_stories_at_end.txt")
    assert kept_text(result) == ["Japan's players thanked their fans on social media."]
    assert result.drops == (Drop("related", 3, 7, 3),)


def test_related_stories_stop_at_the_first_sentence():
    text = "Related stories:\n\nJapan coach steps down\n\nThe story goes on here, as it should be told.\n"
    assert one_paragraph(text) == ["The story goes on here, as it should be told."]


def test_comment_disclaimer_is_dropped_and_names_the_publisher():
    result = cleaned("comment_disclaimer_names_publisher.txt")
    assert kept_text(result) == ["A thoughtful gesture which will surely have been appreciated."]
    assert result.drops == (Drop("comment-disclaimer", 3, 3, 1),)
    assert (result.meta.publisher, result.meta.publisher_from) == ("Onmanorama", "comment disclaimer")


def test_no_disclaimer_no_publisher():
    assert cleaned("read_more_link.txt").meta.publisher is None


def test_advertisement_labels_are_dropped():
    result = cleaned("advertisement_label.txt")
    assert kept_text(result) == ["Japan reached the round of 16.", "They lost to Belgium."]
    assert [(d.rule, d.first_line) for d in result.drops] == [("ad", 3), ("ad-note", 5)]


def test_a_story_that_mentions_comments_links_or_subscribing_keeps_every_paragraph():
    result = cleaned("story_mentions_comments_and_read_more.txt")
    assert result.drops == ()
    assert len(result.groups) == 6


def test_every_line_is_kept_or_recorded_as_dropped():
    lines = read_source(FIXTURES / "articles" / "only_web_litter.txt").lines
    result = clean(lines)
    assert result.groups == ()
    assert sum(drop.count for drop in result.drops) == sum(1 for line in lines if line.strip())


# --- each kind of furniture, in its many forms --------------------------------------------------


@pytest.mark.parametrize(
    ("litter", "kind"),
    [
        (["Share · Tweet · Pin · Email"], "share"),
        (["Share", "Tweet", "Email"], "share"),  # one button a line
        (["Compartir en Facebook", "Compartir en Twitter"], "share"),
        (["Artikel teilen", "Facebook", "WhatsApp", "E-Mail"], "share"),
        (["この記事を共有", "ツイート", "シェア"], "share"),
        (["Get our free newsletter"], "newsletter"),
        (["Sign up for our Daily Newsletter", "Enter your email address", "Sign up"], "newsletter"),
        (["Advertisement"], "ad"),
        (["Anzeige"], "ad"),
        (["広告"], "ad"),
        (["Sponsored"], "ad"),
        (["Article continues below"], "ad-note"),
        (["Story continues below advertisement"], "ad-note"),
        (["READ MORE: Japan coach steps down"], "read-more"),
        (["Also read › Honda says goodbye"], "related"),
        (["Lire aussi | Mondial 2018 : la Croatie en finale"], "related"),
        (["Most read", "Heatwave warning as temperatures set to hit 30C", "Neighbours at war over a hedge"], "related"),
        (["Te puede interesar", "Iniesta se despide de la selección", "Así queda el cuadro de cuartos"], "related"),
        (["関連記事", "日本、ベルギーに逆転負け（6/19）", "香川のPKで先制（6/19）"], "related"),
        (["This video requires JavaScript to play"], "script-notice"),
        (["Your browser does not support the video tag."], "script-notice"),
        (["3 of 12"], "gallery-counter"),
        (["View this post on Instagram"], "embed-label"),
        (["Loading..."], "loading"),
        (["Tags: Belgium, Japan, Rostov, World Cup 2018"], "tags"),
        # the same kinds in languages the corpus's development pages do not all have
        (["Deel dit artikel", "Kopieer link"], "share"),
        (["Поделиться", "ВКонтакте", "Телеграм"], "share"),
        (["分享到微信", "分享到微博", "复制链接"], "share"),
        (["Paylaş", "Linki kopyala", "Yazdır"], "share"),
        (["فيسبوك", "تويتر", "واتساب"], "share"),
        (["Läs också", "Så firade Sverige i Samara", "Andersson hyllar försvaret"], "related"),
        (["Читайте также: Россия вышла в плей-офф"], "related"),
        (["Baca juga: Jepang lolos ke babak 16 besar"], "related"),
        (["Wird geladen …"], "loading"),
        (["Загрузка..."], "loading"),
        (["Bekijk dit bericht op Instagram"], "embed-label"),
        (["Tagi: mundial, Polska, Senegal"], "tags"),
        (["Reklama"], "ad"),
        (["Annons"], "ad"),
        (["Foto 3 van 12"], "gallery-counter"),
        (["We and our partners use cookies to personalise content and ads. Manage settings | Accept all"], "cookie"),
        (["Diese Website verwendet Cookies. Wenn Sie weitersurfen, stimmen Sie der Cookie-Nutzung zu."], "cookie"),
        (["Skyline uses cookies to give you the best online experience. By continuing, you accept them."], "cookie"),
        (["A- A+"], "text-size"),
        (["文字サイズ　小　中　大"], "text-size"),
        (["Listen to this article"], "script-notice"),  # an audio player
        (["Previous slide", "Next slide"], "gallery-counter"),
        (["PHOTO GALLERY (CLICK TO ENLARGE)"], "gallery-counter"),
        (["Thank you for subscribing", "Invalid Email"], "newsletter"),
        (["Contenus sponsorisés par Outbrain", "Ce nouveau matelas fait un carton | DormirMieux"], "ad"),
        (["Sponsored stories", "Doctors stunned by this one trick", "The 10 best beaches in Europe"], "ad"),
        (["Newsletter « Sport »", "Chaque lundi, l’essentiel de l’actualité sportive. S’inscrire"], "newsletter"),
        (["Κοινοποίηση", "Facebook", "Twitter"], "share"),
        (["Čtěte také: Chorvatsko slaví postup do finále"], "related"),
        (["קראו גם", "יפן מודחת בדקה האחרונה", "בלגיה בחצי הגמר"], "related"),
        (["Les også", "Kroatia til finalen etter ekstraomganger", "Modric kåret til kampens beste"], "related"),
        (["Download on the App Store", "Get it on Google Play"], "network"),
        (["BET ON THE WORLD CUP WITH ₦1,000 FREE! Register now. 18+ T&Cs apply."], "ad-copy"),
        (["Obstaw mundial z bonusem 500 zł! Sprawdź ofertę »"], "ad-copy"),
        (["Materiał promocyjny"], "ad"),
        (["Temas relacionados", "Mundial Rusia 2018", "Selección Argentina", "Lionel Messi"], "tags"),
        (["Lire aussi : Coupe du monde. Umtiti envoie les Bleus en finale, la Belgique à genoux"], "related"),
        (["L'articolo continua sotto"], "ad-note"),
        (["Haberin Devamı"], "ad-note"),
        (["Продолжение материала после рекламы"], "ad-note"),
        (["Нашли опечатку? Выделите текст и нажмите Ctrl+Enter"], "boilerplate"),
        (["Cet article vous a été utile ?", "Oui   Non"], "boilerplate"),
        (["Llegaste al límite de notas gratuitas del mes."], "paywall"),
        (["Udostępnij 1,2 tys.", "Tweetnij", "Skomentuj 412"], "share"),
        (["좋아요 24,118", "훈훈해요 6,530", "화나요 97"], "share"),
        (["Deze video kan niet worden afgespeeld. Probeer het later opnieuw."], "script-notice"),
        (
            ["Match stats", "Nigeria | Argentina", "Possession 33% | 67%", "Shots on target 2 | 4", "Corners 3 | 8"],
            "stats",
        ),
    ],
)
def test_furniture_is_dropped_by_its_kind(litter, kind):
    result = clean(in_story(*litter))
    assert kept_text(result) == [STORY[0], STORY[2]]
    assert {d.rule for d in result.drops} == {kind}
    assert sum(d.count for d in result.drops) == len(litter)


def test_furniture_at_the_page_s_top_and_bottom_goes_with_the_headline_found():
    page = [
        "Skip to main content",
        "Home | News | Sport | Business | Culture",
        "Home › Sport › Football",
        "Wednesday, July 4, 2018",
        "",
        "WORLD CUP 2018",
        "Japan's fans clean the stands again after the last-gasp defeat by Belgium in Rostov",
        "By Jane Doe in Rostov-on-Don",
        "Published: 3 July 2018, 10:42 BST",
        "",
        *STORY,
        "",
        "Reporting by Jane Doe; Editing by John Roe",
        "",
        "© 2018 Example News Ltd. All rights reserved.",
        "Terms · Privacy · Cookies",
    ]
    result = clean(page)
    assert kept_text(result) == [STORY[0], STORY[2]]
    kinds = {number: result.kinds.get(number) for number in range(1, len(page) + 1) if page[number - 1]}
    assert [kinds[n] for n in (1, 2, 3, 4)] == ["skip-link", "nav", "nav", "date-widget"]
    assert [kinds[n] for n in (6, 7, 8, 9)] == ["kicker", "headline", "byline", "date"]
    assert [kinds[n] for n in (15, 17, 18)] == ["credit", "footer", "footer"]
    meta = result.meta
    assert meta.headline == page[6] and meta.kicker == "WORLD CUP 2018" and meta.people == ("Jane Doe",)
    assert str(meta.date) == "2018-07-03" and meta.credits == ("Reporting by Jane Doe; Editing by John Roe",)


def test_a_comment_thread_is_dropped_to_its_end_but_a_link_to_it_only_itself():
    page = [
        *STORY,
        "",
        "View comments",
        "",
        "The stewards thanked them as they left, and the club posted a photo of the spotless stand.",
        "",
        "Comments 245",
        "Share what you think",
        "PaulT, Swansea, United Kingdom, 2 hours ago",
        "Our lot would have nicked the bin bags.",
        "Click to rate",
        "helenamarie, Perth, Australia, 1 hour ago",
        "Lovely story. Nice to read something cheerful on here for once, thank you very much.",
        "Reply",
    ]
    result = clean(page)
    assert kept_text(result) == [STORY[0], STORY[2], page[6]]
    assert {d.rule for d in result.drops} == {"comments"}


def test_an_ad_label_glued_to_a_paragraph_is_cut_off_it():
    result = clean(["AdvertisementThe coach said his players would remember the night for the rest of their lives."])
    assert kept_text(result) == ["The coach said his players would remember the night for the rest of their lives."]
    assert result.page.cuts[1].before == "Advertisement"


def test_a_gallery_s_second_copy_of_a_caption_is_not_printed_twice():
    caption = "Japan supporters hold up strings of paper cranes as the team coach leaves the hotel on Sunday."
    result = clean([*STORY, "", caption, "", "1 of 6", caption + " REUTERS/Jane Doe"])
    assert kept_text(result).count(caption) == 1
    assert {d.rule for d in result.drops} == {"gallery-counter", "caption-copy"}


def test_a_caption_and_its_photo_credit_line_are_one_figure():
    page = [*STORY, "", "Joachim Löw after the defeat in Kazan: the federation stands by him", "Foto: Alexander Roth"]
    result = clean(page)
    blocks = parse_article(result.groups, "a.txt", result.figures)
    assert blocks[-1] == Figure(page[4], "Foto: Alexander Roth", None, None, blocks[-1].origin)


def figures(page: list[str]) -> list[Figure]:
    result = clean(page)
    return [block for block in parse_article(result.groups, "a.txt", result.figures) if isinstance(block, Figure)]


def test_a_credit_over_its_caption_or_past_a_blank_line_under_it_joins_its_figure():
    caption = "Fans in green fill the square outside the town hall before kick-off"
    over = figures([*STORY, "", "Foto: Ana Ruiz", caption, "", STORY[0].replace("players", "visitors")])
    assert [(f.caption, f.credit) for f in over] == [(caption, "Foto: Ana Ruiz")]
    under = figures([STORY[0], "", caption, "", "Bild: Lena Dorn", "", *STORY[2:]])
    assert [(f.caption, f.credit) for f in under] == [(caption, "Bild: Lena Dorn")]
    # a gallery's buttons between the caption and its credit are no part of either
    buttons = figures(
        [STORY[0], "", "1 of 4", caption, "hide caption", "toggle caption", "Ken Sato/AFP", "", *STORY[2:]]
    )
    assert [(f.caption, f.credit) for f in buttons] == [(caption, "Ken Sato/AFP")]


def test_a_paragraph_past_a_blank_line_is_no_caption_of_the_credit_under_it():
    paragraph = "The coach said the team had never played better. The fans, he added, had carried them home."
    result = clean([STORY[0], "", paragraph, "", "Video: Die Höhepunkte des Spiels", "", *STORY[2:]])
    assert result.kinds.get(3) is None and result.kinds[5] == "caption"  # the clip's title, a figure of its own
    assert clean([*STORY, "", "The team fly home on Tuesday.", "", "Foto: Ana Ruiz"]).kinds.get(5) is None


def test_a_caption_printed_again_with_its_credit_glued_on_is_one_figure_with_that_credit():
    caption = "Harry Kane wheels away after his second penalty of the afternoon"
    page = [STORY[0], "", caption, caption + "Getty Images", "", *STORY[2:]]
    assert [(f.caption, f.credit) for f in figures(page)] == [(caption, "Getty Images")]
    assert kept_text(clean(page)) == [STORY[0], f"{caption} Getty Images", STORY[2]]  # the caption printed once


def test_short_sentences_above_labelled_photos_are_the_story_and_no_label_is_the_headline():
    """A paste of two short paragraphs and three labelled photos: no line is a menu, no label a headline."""
    page = ["Fans cleaned the stadium after the match.", "", "The players left a note in Russian.", ""]
    for label in ("In the north stand", "At the ticket office", "By the old tower"):
        page += [label, f"Supporters gather {label.lower()} on the day of the match. Photo: Ken Lens", ""]
    result = clean(page)
    assert result.drops == ()
    assert "headline" not in result.kinds.values()
    assert {n for n, kind in result.kinds.items() if kind == "caption"} == {5, 6, 8, 9, 11, 12}
    assert kept_text(result)[:2] == ["Fans cleaned the stadium after the match.", "The players left a note in Russian."]


# --- never the story ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "story",
    [
        "Read more carefully, the rule book says otherwise.",
        "Read more books, the coach told his players.",
        "See also the goal against Colombia.",
        "Advertisement boards were cleaned too.",
        "Ad hoc meetings followed the defeat.",
        "Share the joy, the captain said.",
        "Email was how the players kept in touch.",
        "Follow us on the road to Qatar, the coach told fans, and we will make you proud.",
        "Sign up for the youth team was never easier.",
        "Related: the fans' clean-up, praised by FIFA.",
        "Most read of all was the captain's farewell letter.",
        "The comments he made were moderated by a spokesman who took responsibility.",
        "Comments are welcome, said the editor, who is responsible for the letters page.",
        "The clip was shared more than two million times on Twitter by Monday evening.",
        "He declined to comment on the fair-play rule when asked about it after the match.",
        "The club's newsletter said the team would fly home on Thursday.",
        "Die Anzeige lief drei Wochen lang in allen großen Zeitungen des Landes.",
        "El vídeo se compartió miles de veces en las redes sociales esa misma noche.",
        "大会組織委員会の広報担当者は、個別の観客の行動についてのコメントは控えた。",
        "Fans said the ticket site uses cookies to follow them around the web, a consumer group reported.",
        "Deel van de supporters bleef na het laatste fluitsignaal nog een uur in het stadion zingen.",
        "Поделиться радостью с болельщиками вышли все игроки сборной, рассказал тренер.",
        "Tickets for the fan zone cost £5, and the organisers urged fans to book now.",
        "Lire aussi les journaux du lendemain était un plaisir, a confié le capitaine.",
    ],
)
def test_story_sentences_that_resemble_furniture_survive(story):
    assert kept_text(clean(in_story(story))) == [STORY[0], story, STORY[2]]


def test_a_story_s_own_list_of_dates_at_its_end_is_kept():
    fixtures = ["INTERCONTINENTAL CUP FIXTURES", "June 1: India 5-0 Chinese Taipei", "June 4: India vs Kenya"]
    result = clean([*STORY, "", *fixtures])
    assert kept_text(result) == [STORY[0], STORY[2], " ".join(fixtures)]


def test_a_subhead_after_a_list_of_links_is_the_story_s():
    page = [*STORY, "", "MÁS INFORMACIÓN", "El paro del taxi se extiende a Madrid", "", "Un calendario abierto", ""]
    page.append("Las plataformas del sector han compartido en sus grupos un calendario de movilizaciones.")
    result = clean(page)
    assert kept_text(result)[-2:] == ["Un calendario abierto", page[-1]]


def test_a_hard_wrapped_first_paragraph_is_not_a_headline():
    result = cleaned("hard_wrapped_paragraphs.txt")
    assert result.meta.headline is None and result.drops == ()


# --- the editor has the last word -----------------------------------------------------------------


def test_the_editor_drops_and_keeps_lines_by_text_or_number():
    page = in_story("Win tickets to the final!", "", "Most read")
    result = clean(page, drop=["  Win tickets  to the final! ", "3-3"], keep=["Most read"])
    assert kept_text(result) == [STORY[0], "Most read", STORY[2]]
    assert result.drops == (Drop("editor", 3, 3, 1),)
    assert result.unmatched == ()


def test_an_editor_entry_that_matches_no_line_is_reported():
    result = clean(in_story("Advertisement"), drop=["No such line", 99], keep=[1])
    assert result.unmatched == (("drop", 0), ("drop", 1))


def test_editor_entries_name_lines_by_range():
    assert matching_lines("2-4", ["a", "", "b", "c", "d"]) == [3, 4]
    assert matching_lines(5, ["a"]) == []


def test_a_thread_with_a_date_alone_under_each_name_is_dropped_to_its_end():
    page = [*STORY, "", "Responses (2)", "What are your thoughts?", "Kenji Watanabe", "Jul 4, 2018"]
    page += [
        "The point about the goalkeeper rolling it out rather than kicking is the key one, I think.",
        "84",
        "Reply",
    ]
    page += [
        "Sarah L.",
        "Jul 5, 2018",
        "Disagree on the short corner: you take the draw and go to extra time.",
        "Reply",
    ]
    result = clean(page)
    assert kept_text(result) == [STORY[0], STORY[2]]
    assert "comments" in {d.rule for d in result.drops}


def test_a_thread_stamped_with_a_day_and_time_but_no_year_is_dropped():
    page = [*STORY, "", "コメント　312件", "kaz*****　|　7/3(火) 8:32", "最後は悔しいけど、二点取ったのは誇れる。"]
    page += ["返信　8　　共感した　1204", "blu*****　|　7/3(火) 8:41", "海外からはこう見えていたのか。"]
    assert kept_text(clean(page)) == [STORY[0], STORY[2]]


def test_headlines_with_furniture_on_both_sides_after_the_story_are_a_list_of_other_stories():
    page = [*STORY, "", "Comments", "Show comments", "", "Sport Top Stories"]
    page += ["England through to the semi-final after two headers", "Kane in the running for the Golden Boot"]
    page += ["", "© 2018 Example News Ltd. All rights reserved."]
    result = clean(page)
    assert kept_text(result) == [STORY[0], STORY[2]]
    assert result.kinds[9] == "related" and result.kinds[10] == "related"


def test_a_sentence_among_the_footer_s_links_is_the_footer_s_not_the_story_s_end():
    page = [*STORY, "", "Topics", "World Cup 2018", "Japan", "", "Advertise with Us", "Terms of Use", "Privacy"]
    page += ["All quotes delayed a minimum of 15 minutes. See here for a complete list of exchanges and delays."]
    page += ["© 2018 Example News Ltd. All rights reserved."]
    result = clean(page)
    assert kept_text(result) == [STORY[0], STORY[2]]


def test_a_headline_that_asks_is_an_entry_of_a_list_of_stories():
    page = [*STORY, "", "Most popular", "Lewandowski and Poland run out of time in Kazan"]
    page += ["World Cup power rankings: who is rising and who is sinking?", "", "© 2018 Example News Ltd."]
    assert kept_text(clean(page)) == [STORY[0], STORY[2]]


def test_a_widget_in_another_script_is_no_story_s_first_paragraph_but_a_quoted_post_stays():
    page = ["ニュース　スポーツ　ログイン", "この記事は英語で配信されています。"]
    page += ["Japan stunned by a late Belgium winner in Rostov", "By Daniel Hart", "", *STORY, ""]
    page += ["The captain wrote to the fans the next morning:", "応援ありがとうございました。また四年後に。", ""]
    page += ["この記事についてリアクションしよう", "", "© 2018 Mirai Japan Corporation"]
    result = clean(page)
    assert result.meta.headline == page[2]
    assert result.kinds[2] == "foreign-widget" and result.kinds[13] == "foreign-widget"
    assert kept_text(result) == [STORY[0], STORY[2], f"{page[9]} {page[10]}"]


def test_a_headline_printed_under_its_byline_and_share_row_is_the_headline():
    page = ["Startline", "Search the web", "News | Weather | Sport | Money | Lifestyle", "Sign in", ""]
    page += ["Thursday, 5 July 2018", "Tokyo 31°C", "", "The Kanto Times", "Aya Morimoto", "5 July 2018"]
    page += ["Share on Facebook", "Share on Twitter", "Samurai Blue come home to cheers and a 'sorry' from the captain"]
    page += ["", *STORY]
    result = clean(page)
    assert result.meta.headline == page[13] and kept_text(result) == [STORY[0], STORY[2]]


def test_a_copied_document_s_running_head_is_dropped_wherever_it_repeats():
    head = "ASIAN FOOTBALL REVIEW | Issue 26 | 5 July 2018"
    result = clean([head, "", *STORY, "", head, "", "Japan were the only Asian side to reach the knockout stage."])
    assert {d.rule for d in result.drops} == {"page-header"} and sum(d.count for d in result.drops) == 2


def test_a_shoot_out_s_kicks_are_the_story_s_not_a_statistics_box():
    kicks = ["Eriksen ✗ 0–0", "Badelj ✗ 0–0", "Kjaer ✓ 0–1", "Kramaric ✓ 1–1"]
    assert kept_text(clean([*STORY, "", *kicks])) == [STORY[0], STORY[2], " ".join(kicks)]


def test_a_footer_s_row_of_links_is_no_sentence_though_its_last_link_asks():
    page = [*STORY, "", "Mentions légales · Charte du Groupe · Politique de confidentialité · Qui sommes-nous ?"]
    result = clean(page)
    assert kept_text(result) == [STORY[0], STORY[2]] and result.kinds[5] == "footer"


@pytest.mark.parametrize(
    "thread",
    [
        ["Komentarze (412)", "Dodaj komentarz", "~Kibic z Łodzi", "19.06.2018 20:07"],
        ["YORUMLAR (86)", "Yorum yazın...", "Serkan_34", "11.07.2018 23:59"],
        ["热门评论", "天浪网友 [北京]", "07-16 01:25"],
        ["Комментарии", "Виктор_Зенит", "19 июня, 23:12"],
    ],
)
def test_a_thread_under_its_header_in_another_language_is_dropped(thread):
    page = [*STORY, "", *thread, "Pierwszy mecz zawsze jest nerwowy, nie ma innego wyjścia.", "odpowiedz", "zgłoś"]
    assert kept_text(clean(page)) == [STORY[0], STORY[2]]


def test_a_story_s_fixtures_each_with_its_day_and_time_are_no_thread():
    fixtures = ["Tue 19 June 15:00 vs Colombia, Mordovia Arena, Saransk", "Sun 24 June 20:00 vs Senegal, Ekaterinburg"]
    fixtures += ["Thu 28 June 17:00 vs Poland, Volgograd Arena, Volgograd"]
    page = [*STORY, "", "Japan's group matches (local time, Japan time in brackets):", *fixtures, "", STORY[0]]
    assert kept_text(clean(page))[2] == " ".join([page[4], *fixtures])


def test_a_live_blog_s_entry_times_are_the_story_s_not_a_player_s_timer():
    page = ["14:58", "Full time: Colombia 1-2 Japan", "", "14:54", "Osako heads in from Honda's corner and Japan lead."]
    assert kept_text(clean([*STORY, "", *page])) == [
        STORY[0],
        STORY[2],
        "14:58 Full time: Colombia 1-2 Japan",
        " ".join(page[3:]),
    ]


def test_a_consent_banner_s_title_and_text_in_polish_are_dropped():
    page = [
        "Dbamy o Twoją prywatność",
        "Wykorzystujemy pliki cookies oraz podobne technologie w celach statystycznych.",
    ]
    page += ["Ustawienia zaawansowane", "Przejdź do serwisu", "", *STORY]
    assert kept_text(clean(page)) == [STORY[0], STORY[2]]


@pytest.mark.parametrize(
    ("byline", "people"),
    [
        ("Posted by Margaret Oakes", ("Margaret Oakes",)),
        ("Dimas Prasetyo - WartaBola", ("Dimas Prasetyo",)),
        ("박민수 기자", ("박민수",)),
        ("记者 王磊 发自莫斯科", ("王磊",)),
    ],
)
def test_bylines_in_their_many_forms_name_their_people(byline, people):
    story = STORY
    if not byline.isascii():  # a page in the byline's own script
        story = [_KO_STORY, "", _KO_STORY] if "기자" in byline else [_ZH_STORY, "", _ZH_STORY]
    page = ["Japan stunned by a late Belgium winner in Rostov" if story is STORY else story[0][:12], byline, "", *story]
    result = clean(page)
    assert result.kinds[2] == "byline" and result.meta.people == people


def test_a_players_running_time_goes_with_its_notice():
    page = [*STORY, "", "Deze video kan niet worden afgespeeld. Probeer het later opnieuw.", "2:31"]
    assert kept_text(clean(page)) == [STORY[0], STORY[2]]


def test_a_photo_credit_printed_twice_is_no_second_photo_s_caption():
    result = clean(["Japan", " Photo: Twitter", " Photo: Twitter"])
    assert list(result.figures) == [1] and result.figures[1].credit == "Photo: Twitter"


def test_a_reader_poll_is_dropped_from_its_header_to_its_count_of_votes():
    page = [
        *STORY,
        "",
        "Umfrage",
        "Wer war der beste Spieler auf dem Platz?",
        "Maya Yoshida 52%",
        "Takashi Inui 31%",
        "Ein anderer Spieler 17%",
        "1'204 Stimmen",
        "Abstimmen",
        "",
        "The team flew back to its base camp near Kazan the same night.",
    ]
    result = clean(page)
    assert kept_text(result) == [STORY[0], STORY[2], page[-1]]
    assert {d.rule for d in result.drops} == {"poll"}


def test_a_subhead_that_says_poll_with_no_buttons_under_it_is_the_story_s():
    page = ["Poll", "Japan's players walked over to the fans behind the goal and the whole stand applauded them."]
    assert one_paragraph("\n".join(page)) == [" ".join(page)]


def test_the_comment_section_s_prompts_start_its_thread_in_any_language():
    page = [
        *STORY,
        "",
        "Kommentarer (12)",
        "Logga in för att kommentera",
        "Sortera: Nyast   Äldst",
        "Anders_G",
        "1 tim sedan",
        "Vilken andra halvlek! Granqvist är en klippa, både bakåt och på straffpunkten.",
        "Svara   Gilla (41)   Rapportera",
        "Malin.Ö",
        "48 min sedan",
        "Jag trodde ärligt talat att vi skulle åka ut idag. Så glad att jag hade fel.",
        "Svara   Gilla (9)   Rapportera",
    ]
    result = clean(page)
    assert kept_text(result) == [STORY[0], STORY[2]]
    assert {d.rule for d in result.drops} <= {"comments", "controls"}


def test_a_story_sentence_about_comments_and_logging_in_is_kept():
    text = "Fans who logged in to the federation's app left more than ten thousand comments before kick-off."
    assert one_paragraph(text) == [text]


def test_a_newsletter_box_takes_its_pitch_between_its_header_and_its_field():
    page = [
        *STORY,
        "",
        "Der Sport-Newsletter",
        "Jeden Abend die wichtigsten Resultate und Geschichten aus der WM.",
        "E-Mail-Adresse eingeben",
        "Jetzt abonnieren",
    ]
    result = clean(page)
    assert kept_text(result) == [STORY[0], STORY[2]]
    assert result.page.kinds[6] == "newsletter"


def test_a_sponsored_rail_takes_its_paid_copy_but_not_the_story_after_it():
    page = [
        *STORY,
        "",
        "Conteúdo patrocinado",
        "Ganhe até 100€ em apostas grátis no Mundial. Registe-se já! Jogue com responsabilidade. 18+",
        "Os 10 destinos mais baratos para viajar em agosto",
        "",
        "The team flew back to its base camp near Kazan the same night.",
    ]
    result = clean(page)
    assert kept_text(result) == [STORY[0], STORY[2], page[-1]]


def test_a_live_ticker_s_half_time_entry_is_not_taken_for_a_player_s_pause_button():
    page = ["Pause", "Halbzeit in Kaliningrad. Serbien führt verdient, die Schweiz kommt kaum in die gefährliche Zone."]
    assert one_paragraph("\n".join(page)) == [" ".join(page)]


def test_a_thai_paragraph_has_no_full_stop_but_is_story_between_share_buttons():
    thai = (
        "นาทีที่ 31 เบลเยียมได้ประตูที่สองจากจังหวะสวนกลับอันรวดเร็ว ลูกากูเลี้ยงบอลจากแดนตัวเองก่อนจ่ายให้เพื่อนร่วมทีม"
        " ซัดด้วยเท้าขวาจากนอกกรอบเขตโทษเสียบมุมเสาไกลเข้าไปอย่างสวยงาม"
    )
    page = ["แชร์ข่าวนี้ทาง LINE", "", thai, "", "คัดลอกลิงก์"]
    assert kept_text(clean(page)) == [thai]


@pytest.mark.parametrize(
    "line",
    ["Urmărește Arena Zilei pe Google News", "Follow The Ledger on Instagram", "הצטרפו לערוץ הטלגרם של שער ספורט"],
)
def test_a_follow_us_line_with_a_network_is_a_share_row(line):
    assert one_paragraph("\n".join([*STORY[:1], "", line])) == [STORY[0]]


def test_a_sentence_about_following_a_network_is_story():
    text = "Thousands of fans joined the team's Telegram channel after the final whistle in Kazan on Sunday night."
    assert one_paragraph(text) == [text]


@pytest.mark.parametrize(
    "text",
    [
        "Update",  # a live blog's entry label
        "به نظر می‌رسد ورود تیم ملی به فرودگاه امام با استقبال گرم هواداران همراه بود.",  # "arrival", "it seems"
    ],
)
def test_words_that_comment_sections_use_too_are_story_in_a_sentence_or_an_entry(text):
    page = [text, "The players waved to the supporters who had waited at the airport since the early morning."]
    assert one_paragraph("\n".join(page)) == [" ".join(page)]


def test_a_line_of_separators_alone_is_read_without_failing():
    """Found by the property test: '-   *' is set apart like a row of buttons, yet holds no item."""
    assert clean(["-   *"]).kinds.get(1, "story") in ("story", "rule")
