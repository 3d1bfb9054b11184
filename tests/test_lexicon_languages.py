"""The furniture lexicon in languages the corpus has few pages of: a page's interface lines in Catalan,
Croatian, Serbian (Latin and Cyrillic), Slovak, Slovenian, Bulgarian, Malay, Swahili, Bengali, Lithuanian,
Albanian … are taken, and a story sentence in the same language that mentions sharing, comments,
advertising, newsletters or videos is kept."""

from __future__ import annotations

import pytest

from booksmith.manuscript.clean import clean

# Two paragraphs of a story in each language, around the lines under test.
_STORY = {
    "ca": (
        "La selecció espanyola va quedar eliminada als vuitens de final després de la tanda de penals a Moscou.",
        "Els jugadors van saludar l'afició abans de marxar cap al vestidor, amb el cap cot i molt decebuts.",
    ),
    "hr": (
        "Hrvatska je u Nižnjem Novgorodu pobijedila Argentinu s tri razlike i osigurala osminu finala prvenstva.",
        "Navijači su nakon utakmice ostali na tribinama i pjevali još dugo nakon posljednjeg zvižduka suca.",
    ),
    "sr": (
        "Репрезентација Србије победила је Костарику у Самари голом капитена из слободног ударца у другом полувремену.",
        "Навијачи су после утакмице дуго остали на трибинама и певали заједно са играчима испред терена.",
    ),
    "sk": (
        "Francúzsko zdolalo v moskovskom finále Chorvátsko štyri ku dvom a získalo druhý titul majstra sveta.",
        "Fanúšikovia oslavovali v uliciach Paríža až do rána a hráčov privítali na Elyzejských poliach.",
    ),
    "sl": (
        "Hrvaška reprezentanca je v finalu svetovnega prvenstva izgubila proti Franciji, a navijači so bili ponosni.",
        "Igralci so se po tekmi zahvalili navijačem, ki so jih spodbujali vse do zadnjega žvižga sodnika.",
    ),
    "bg": (
        "Франция победи Хърватия с четири на два във финала в Москва и спечели втората си световна титла.",
        "Феновете празнуваха до сутринта по улиците на Париж, а играчите бяха посрещнати като герои.",
    ),
    "ms": (
        "Belgium bangkit daripada ketinggalan dua gol untuk menewaskan Jepun dan mara ke suku akhir di Rostov.",
        "Penyokong Jepun kekal di stadium selepas perlawanan untuk membersihkan sampah di tempat duduk mereka.",
    ),
    "sw": (
        "Senegal imeondolewa kwenye Kombe la Dunia kwa sababu ya kadi nyingi za njano kuliko Japan katika kundi.",
        "Mashabiki wa Senegal walibaki uwanjani kwa muda mrefu baada ya mechi wakiimba na kucheza ngoma.",
    ),
    "lt": (
        "Prancūzija finale Maskvoje keturiais įvarčiais prieš du nugalėjo Kroatiją ir antrą kartą tapo čempione.",
        "Sirgaliai Paryžiaus gatvėse šventė iki ryto, o žaidėjus pasitiko tūkstančiai žmonių.",
    ),
    "sq": (
        "Zvicra fitoi ndaj Serbisë në minutën e fundit me një gol të shënuar nga Shaqiri në Kaliningrad.",
        "Tifozët festuan deri në mëngjes në rrugët e Prishtinës dhe Tiranës pas ndeshjes së mbrëmjes.",
    ),
    "bn": (
        "কাজানে ফ্রান্সের কাছে ৪-৩ গোলে হেরে বিশ্বকাপ থেকে বিদায় নিয়েছে লিওনেল মেসির আর্জেন্টিনা।",
        "ম্যাচ শেষে সমর্থকেরা অনেকক্ষণ গ্যালারিতে দাঁড়িয়ে খেলোয়াড়দের অভিনন্দন জানান।",
    ),
}


def _taken(language: str, *lines: str, at_end: bool = False) -> dict[str, str | None]:
    """What became of each of `lines` (its kind, None when it was kept as the story's), between the story's
    two paragraphs or, for a footer, after them; the story's own paragraphs must be kept."""
    first, last = _STORY[language]
    page = [first, "", last, "", *lines] if at_end else [first, "", *lines, "", last]
    kinds = clean(page).kinds
    result = {}
    for number, text in enumerate(page, start=1):
        if text in lines:
            kind = kinds.get(number)
            result[text] = None if kind in (None, "story") else kind
    story = [number for number, text in enumerate(page, start=1) if text in (first, last)]
    assert all(kinds.get(number) in (None, "story") for number in story), kinds
    return result


@pytest.mark.parametrize(
    ("language", "litter", "kind"),
    [
        ("ca", ["Comparteix", "Correu electrònic", "Copia l'enllaç"], "share"),
        (
            "ca",
            ["Llegeix també", "Iniesta s'acomiada de la selecció", "Hierro: ens en anem amb el cap ben alt"],
            "related",
        ),
        ("ca", ["Carregant el vídeo..."], "loading"),
        ("ca", ["Publicitat"], "ad"),
        ("ca", ["Tots els drets reservats"], "footer"),
        ("hr", ["Podijeli članak", "Facebook", "Twitter"], "share"),
        ("hr", ["Tekst se nastavlja ispod oglasa"], "ad-note"),
        ("hr", ["PROČITAJTE I: Messi nakon poraza prošao pored novinara bez riječi"], "related"),
        ("hr", ["Oznake: Hrvatska, Argentina, Luka Modrić"], "tags"),
        ("hr", ["Sva prava pridržana"], "footer"),
        ("sr", ["Подели", "Фејсбук", "Твитер", "Штампај"], "share"),
        ("sr", ["Текст се наставља испод огласа"], "ad-note"),
        (
            "sr",
            ["ПОВЕЗАНЕ ВЕСТИ", "Швајцарци пред Бразил: бод у Ростову био би успех", "Навијачи Србије у Самари"],
            "related",
        ),
        ("sr", ["Учитавање..."], "loading"),
        ("sk", ["Zdieľať článok", "Kopírovať odkaz"], "share"),
        ("sk", ["Prečítajte si tiež: Modrić je najlepším hráčom šampionátu"], "related"),
        ("sk", ["Chcete mať prehľad o športe? Prihláste sa na odber nášho newslettera.", "Váš e-mail"], "newsletter"),
        ("sl", ["Deli članek", "Kopiraj povezavo"], "share"),
        ("sl", ["Preberite tudi: Modrić najboljši igralec prvenstva"], "related"),
        ("bg", ["Сподели", "Копирай линка"], "share"),
        ("bg", ["Прочетете още: Модрич е най-добрият играч на първенството"], "related"),
        ("bg", ["Всички права запазени"], "footer"),
        ("ms", ["Kongsi artikel ini"], "share"),
        ("ms", ["BACA: Brazil tundukkan Mexico, Neymar dan Firmino jaring gol"], "related"),
        ("ms", ["Langgan surat berita kami", "Alamat e-mel", "Langgan"], "newsletter"),
        ("sw", ["Shiriki:  Facebook  Twitter  WhatsApp  Barua pepe"], "share"),
        ("sw", ["HABARI INAENDELEA BAADA YA TANGAZO"], "ad-note"),
        ("sw", ["SOMA PIA: Nigeria yapigwa kumbo na Argentina dakika za mwisho"], "related"),
        ("sw", ["Tangazo"], "ad"),
        ("lt", ["Dalintis", "Kopijuoti nuorodą"], "share"),
        ("lt", ["Reklama"], "ad"),
        ("sq", ["Shpërndaje", "Kopjo linkun"], "share"),
        ("sq", ["Lexo edhe: Shaqiri dënohet me dy ndeshje pezullim"], "related"),
        ("bn", ["শেয়ার করুন:  ফেসবুক  টুইটার  হোয়াটসঅ্যাপ"], "share"),
        ("bn", ["আরও পড়ুন: রোনালদোর পর্তুগালকেও বিদায় করল উরুগুয়ে"], "related"),
        ("bn", ["বিজ্ঞাপন"], "ad"),
    ],
)
def test_interface_lines_are_taken(language, litter, kind):
    taken = _taken(language, *litter, at_end=kind == "footer")
    assert all(found is not None for found in taken.values()), taken
    assert kind in taken.values()


@pytest.mark.parametrize(
    ("language", "story"),
    [
        ("ca", "Els aficionats van compartir milers de vídeos del partit a les xarxes socials aquella mateixa nit."),
        ("ca", "L'entrenador no va voler fer cap comentari sobre la tanda de penals quan li van preguntar."),
        ("ca", "La publicitat dels patrocinadors va omplir les pantalles de l'estadi durant tot el partit."),
        ("hr", "Navijači su podijelili tisuće fotografija s utakmice na društvenim mrežama iste večeri."),
        ("hr", "Izbornik nije želio komentirati suđenje, ali je pohvalio borbenost svojih igrača."),
        ("hr", "Tekst pjesme koju su navijači pjevali nastavlja se širiti internetom."),
        ("sr", "Навијачи су поделили хиљаде снимака са утакмице на друштвеним мрежама исте вечери."),
        ("sr", "Селектор није желео да коментарише суђење после утакмице у Самари."),
        ("sk", "Fanúšikovia zdieľali tisíce videí z osláv na sociálnych sieťach ešte v tú noc."),
        ("sk", "Tréner sa k rozhodnutiu rozhodcu nechcel vyjadriť a diskusiu s novinármi ukončil."),
        ("ms", "Penyokong berkongsi ribuan video perlawanan di media sosial pada malam yang sama."),
        ("ms", "Jurulatih enggan memberi komen mengenai keputusan pengadil selepas perlawanan."),
        ("ms", "Baca buku peraturan itu dengan teliti, kata jurulatih kepada pemainnya."),
        ("sw", "Mashabiki walishiriki video nyingi za mechi kwenye mitandao ya kijamii usiku huo."),
        ("sw", "Kocha alitoa maoni yake kuhusu mfumo wa kadi baada ya mechi hiyo kumalizika."),
        ("sw", "Habari za ushindi zilienea haraka katika mitaa ya Dakar usiku huo."),
        ("bg", "Феновете споделиха хиляди снимки от мача в социалните мрежи още същата вечер."),
        ("lt", "Sirgaliai dalinosi tūkstančiais vaizdo įrašų socialiniuose tinkluose tą pačią naktį."),
        ("sq", "Tifozët shpërndanë mijëra video të ndeshjes në rrjetet sociale po atë natë."),
        ("bn", "সমর্থকেরা সামাজিক যোগাযোগমাধ্যমে ম্যাচের হাজারো ভিডিও শেয়ার করেছেন।"),
    ],
)
def test_story_sentences_that_mention_the_interface_are_kept(language, story):
    assert _taken(language, story) == {story: None}
