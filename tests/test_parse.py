"""parse: cleaned paragraph groups → blocks. Each fixture article tests one behaviour."""

from __future__ import annotations

import pytest

from booksmith.errors import SourceError
from booksmith.manuscript.clean import Line, clean
from booksmith.manuscript.parse import TextLostError, parse_article, sentences
from booksmith.manuscript.sources import read_source
from booksmith.model import Figure, Heading, ListBlock, Origin, Paragraph, Quotation, block_letters, letters
from support import FIXTURES, lines_of, words


def parse(name: str):
    path = FIXTURES / "articles" / name
    return parse_article(clean(read_source(path).lines).groups, name)


def parse_text(text: str):
    return parse_article(clean(text.split("\n")).groups, "a.txt")


def shape(blocks) -> list[str]:
    return [type(block).__name__ for block in blocks]


def test_hard_wrapped_lines_are_joined_and_blank_runs_separate_paragraphs():
    blocks = parse("hard_wrapped_paragraphs.txt")
    assert blocks == (
        Paragraph(
            words(
                "Japan came close to pulling off one of the surprise results of the World Cup but a late "
                "counter attack from Belgium left them out of the tournament."
            ),
            Origin("hard_wrapped_paragraphs.txt", 1),
        ),
        Paragraph(
            words("The Samurai Blues enjoyed a prominent role in Russia, and the hosts will be sorry to see them go."),
            Origin("hard_wrapped_paragraphs.txt", 7),
        ),
    )


def test_quoted_post_with_a_lead_in():
    lead, quote = parse("quoted_post_lead_in.txt")
    assert lead == Paragraph(words("Southampton defender Maya Yoshida (@MayaYoshida3) tweeted,"), lead.origin)
    assert quote == Quotation(
        lines_of(("I'm still extremely disappointed! Let's keep charging forward, Japan!",)), None, lead.origin
    )


def test_quoted_post_with_the_attribution_after():
    quote, rest = parse("quoted_post_attribution_after.txt")
    assert quote.lines == lines_of(("Thank you guys!",))
    assert quote.attribution == "midfielder Keisuke Honda (@kskgroup2017) said, tweeting a group photo of himself."
    assert rest == Paragraph(
        words("The former AC Milan man has said the World Cup in Russia will be his last."), rest.origin
    )


def test_a_quote_in_ordinary_speech_stays_in_its_paragraph():
    text = 'The coach said, "We gave everything."'
    assert parse_text(text) == (Paragraph(words(text), Origin("a.txt", 1)),)


def test_a_multi_line_message_keeps_its_line_breaks():
    lead, message = parse("multiline_message_keeps_breaks.txt")
    assert isinstance(lead, Paragraph)
    assert message == Quotation(
        lines_of(
            (
                "Makoto Hasebe.",
                "We've been on the national team together for 10 years now.",
                'Getting to know Hase-san, my concept of "captain" has changed.',
                "Arigato!",
            )
        ),
        None,
        Origin("multiline_message_keeps_breaks.txt", 3),
    )


def test_quote_marks_on_lines_of_their_own_are_not_lines_of_the_message():
    (message,) = parse_text('"\nThank you, Russia.\nSee you in Qatar.\n"')
    assert message.lines == lines_of(("Thank you, Russia.", "See you in Qatar."))
    (alone,) = parse_text('"\n"')  # quote marks around nothing are no message: they stay as written
    assert isinstance(alone, Paragraph) and alone.text.replace(" ", "") == '""'


def test_a_message_right_under_its_lead_line():
    lead, message = parse("message_after_lead_line.txt")
    assert lead.text == "Nagatomo wrote:"
    assert message.lines == lines_of(("Makoto Hasebe.", "Thank you for everything.", "Arigato!"))
    assert message.origin.line == 2


def test_a_hard_wrapped_quoted_paragraph_is_joined_not_kept_as_lines():
    (block,) = parse("hard_wrapped_quote_is_joined.txt")
    assert isinstance(block, Paragraph)
    assert "this guy. He stays positive" in block.text


def test_photo_label_and_caption_make_a_figure():
    before, figure, after = parse("photo_label_and_caption.txt")
    assert figure == Figure(
        caption="Japanese fans clean the stadium after the round of 16 match against Belgium.",
        credit="Photo: Twitter",
        label="Japan fans",
        image=None,
        origin=Origin("photo_label_and_caption.txt", 3),
    )
    assert (before.text, after.text) == (
        "The fans cleaned the stadium after the match.",
        "They did such a good job of it.",
    )


def test_a_caption_without_a_label():
    _, figure = parse("caption_without_label.txt")
    assert figure.label is None
    assert figure.caption == "The Japanese team left their changing room spotless with a 'Thank You' note in Russian."
    assert figure.credit == "Photo: Twitter"


def test_a_credit_in_parentheses():
    figure, _ = parse("caption_credit_in_parentheses.txt")
    assert (figure.caption, figure.credit) == ("Fans in blue waited at the gate", "Photo: AP")


def test_a_short_title_line_between_paragraphs_is_a_heading():
    assert parse("heading_between_paragraphs.txt")[1] == Heading(
        words("The Fans Who Cleaned Up"), 2, Origin("heading_between_paragraphs.txt", 3)
    )


def test_a_short_line_that_ends_the_article_is_text_not_a_heading():
    assert shape(parse("short_line_at_end_is_text.txt")) == ["Paragraph", "Paragraph"]


def test_bylines_datelines_and_agency_lines_are_kept_as_text():
    blocks = parse("byline_dateline_agency.txt")
    assert shape(blocks) == ["Paragraph"] * 7
    assert [b.text for b in blocks] == [
        "By Jane Doe",
        "Reuters",
        "July 3, 2018",
        "ROSTOV-ON-DON, Russia (Reuters) - Japan's players thanked their fans on Tuesday.",
        "Updated: 10:42 IST",
        "The team flew home on Wednesday.",
        "Kyodo News",
    ]


def test_a_bullet_list_with_a_wrapped_item():
    _, listing = parse("bullet_list.txt")
    assert listing == ListBlock(
        lines_of(("beat Colombia 2-1", "drew with Senegal 2-2", "lost to Poland 0-1, but went through on fair play",
         "lost to Belgium 2-3")),
        False,
        Origin("bullet_list.txt", 3),
    )  # fmt: skip


def test_a_numbered_list():
    _, listing = parse("numbered_list.txt")
    assert listing.ordered
    assert listing.items == lines_of(("Kagawa's penalty", "Honda's equaliser", "Haraguchi's opener against Belgium"))


def test_numbering_that_does_not_start_at_one_stays_text_line_by_line():
    blocks = parse("numbering_not_from_one_stays_text.txt")
    assert [b.text for b in blocks] == ["The last two moments:", "3. Haraguchi's goal", "4. Inui's strike"]
    assert [b.origin.line for b in blocks] == [1, 3, 4]


@pytest.mark.parametrize("line", ["# not a heading", "* not a list", "> not a quote", "1. not a list", "+++", "---"])
def test_markdown_looking_lines_in_an_article_are_paragraphs(line):
    assert parse_text(line) == (Paragraph(words(line), Origin("a.txt", 1)),)


def test_markup_is_kept_as_the_characters_typed():
    source = read_source(FIXTURES / "articles" / "markup_is_text.txt").lines
    texts = [block.text for block in parse("markup_is_text.txt")]
    assert texts == [line for line in source if line]


def test_letters_of_every_fixture_survive_parsing():
    for path in sorted((FIXTURES / "articles").glob("*.txt")):
        try:
            lines = read_source(path).lines
        except SourceError:
            continue  # refused files are tested in test_sources
        result = clean(lines)
        kept = "".join(letters(line.text) for group in result.groups for line in group)
        parsed = parse_article(result.groups, path.name)
        assert "".join(block_letters(b) for b in parsed) == kept, path.name


def test_a_block_that_loses_text_is_an_internal_error(monkeypatch):
    import booksmith.manuscript.parse as parse_module

    def lossy(group, path):
        yield Paragraph(words(group[0].text[:-3]), Origin(path, group[0].number))

    monkeypatch.setattr(parse_module, "_blocks", lossy)
    group = (Line(4, "The final score was 3-2."),)
    with pytest.raises(TextLostError) as caught:
        parse_article([group], "articles/x.txt")
    assert str(caught.value) == (
        "articles/x.txt:4: internal error: parsing this paragraph lost or changed text "
        "(a bug in booksmith; please report it)"
    )
    assert caught.value.exit_code == 70


def test_sentences_split_at_sentence_ends_only():
    assert sentences('He said "Go!" Then 3 fans left. It was 3.5 km. (Photo) Done') == [
        'He said "Go!"',
        "Then 3 fans left.",
        "It was 3.5 km.",
        "(Photo) Done",
    ]


def test_a_headline_and_byline_copied_as_one_paragraph_are_the_chapter_s_metadata():
    """Not a heading and a paragraph: the page's headline, byline and trailer go to the front matter."""
    result = clean(read_source(FIXTURES / "articles" / "headline_and_byline_in_one_group.txt").lines)
    assert {n: kind for n, kind in result.kinds.items()} == {1: "headline", 2: "byline", 8: "credit"}
    assert (result.meta.headline, result.meta.people, result.meta.publisher) == (
        "Japan's Nishino to step down as coach",
        ("Jack Tarrant",),
        "Reuters",
    )
    assert result.meta.credits == ("Reporting by Jack Tarrant; Editing by Ed Osmond",)
    blocks = parse_article(result.groups, "a.txt", result.figures)
    assert blocks[0].text.startswith("TOKYO (Reuters) - Akira Nishino")


@pytest.mark.parametrize("text", ["By Monday the team\nhad flown home.", "By Monday Night\nthe team had flown home."])
def test_a_sentence_that_starts_with_by_is_not_a_byline(text):
    assert parse_text(text) == (Paragraph(words(" ".join(text.split("\n"))), Origin("a.txt", 1)),)


@pytest.mark.parametrize(
    ("caption", "credit"),
    [
        ("Fans sing in Rostov after the final whistle. (Reuters: Carl Recine)", "Reuters: Carl Recine"),
        ("乾贵士破门后与队友庆祝（图片来源：视觉中国）", "图片来源：视觉中国"),
        ("Fans sing in Rostov after the final whistle. © AFP", "© AFP"),
    ],
)
def test_a_credit_set_in_brackets_after_its_caption_prints_without_them(caption, credit):
    """The figure prints the credit on a line of its own, where the brackets that set it off the caption would be
    stray marks; one that holds brackets of its own is left as the page has it."""
    story = ["Japan lost 3-2 to Belgium in the round of 16 in Rostov on Monday night.", ""] * 3
    result = clean([*story[:4], caption, "", *story[4:]])
    figures = [block for block in parse_article(result.groups, "a.txt", result.figures) if isinstance(block, Figure)]
    assert [figure.credit for figure in figures] == [credit]


def test_only_a_credit_wholly_in_one_pair_of_brackets_loses_them():
    from booksmith.manuscript.parse import unbracketed

    assert unbracketed("[AP]") == "AP" and unbracketed("（撮影・山中健太）") == "撮影・山中健太"
    assert [unbracketed(credit) for credit in ("(AFP) (Getty)", "(Photo (file))", "()", "Photo: AFP")] == [
        "(AFP) (Getty)", "(Photo (file))", "()", "Photo: AFP"
    ]  # fmt: skip


def test_a_page_copied_a_paragraph_a_line_keeps_its_paragraphs():
    """No blank line between paragraphs, each a long line ending its sentence: one paragraph each. A paste
    hard-wrapped at 70 characters is one paragraph, whatever sentence ends a line."""
    lines = [
        "Japan were half an hour from the first quarter-final in their history when Belgium began to turn the game.",
        "Jan Vertonghen looped a header in after 69 minutes and Marouane Fellaini levelled five minutes later.",
        "The winner came in the fourth minute of stoppage time.",
        "Nishino said afterwards that his players had been close to something great.",
    ]
    blocks = parse_text("\n".join(lines))
    assert [block.text for block in blocks] == lines
    wrapped = [
        "Japan were half an hour from the first quarter-final in their history.",
        "Then Belgium began to turn the game, and Vertonghen looped a header in",
        "after 69 minutes.",
    ]
    assert [block.text for block in parse_text("\n".join(wrapped))] == [" ".join(wrapped)]
