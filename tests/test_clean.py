"""clean: each named litter rule drops what it names and nothing a story says."""

from __future__ import annotations

import pytest

from booksmith.manuscript.clean import RULES, clean, split_groups
from booksmith.manuscript.sources import read_source
from booksmith.model import Drop
from support import FIXTURES


def cleaned(name: str):
    return clean(read_source(FIXTURES / "articles" / name).lines)


def kept_text(result) -> list[str]:
    return [" ".join(line.text for line in group) for group in result.groups]


def one_paragraph(text: str) -> list[str]:
    """What `clean` keeps of a one-paragraph article."""
    return kept_text(clean(text.split("\n")))


def test_groups_are_runs_of_non_blank_lines_with_their_numbers():
    groups = split_groups(["a  b", "c", "", "", " \u3000", "d"])
    assert [[(line.number, line.text) for line in group] for group in groups] == [[(1, "a b"), (2, "c")], [(6, "d")]]


def test_the_rules_are_named():
    assert list(RULES) == ["related-stories", "read-more", "comment-disclaimer", "advertisement", "share-links"]


def test_related_stories_heading_and_its_headlines_are_dropped():
    result = cleaned("related_stories_at_end.txt")
    assert kept_text(result) == ["Japan's players thanked their fans on social media."]
    assert result.drops == (Drop("related-stories", 3, 7, 3),)


def test_related_stories_stop_at_the_first_sentence():
    text = "Related stories:\n\nJapan coach steps down\n\nThe story goes on here, as it should.\n"
    assert one_paragraph(text) == ["The story goes on here, as it should."]


def test_read_more_links_are_dropped():
    result = cleaned("read_more_link.txt")
    assert kept_text(result) == ["A thoughtful gesture which will surely have been appreciated."]
    assert [d.rule for d in result.drops] == ["read-more", "read-more"]


def test_comment_disclaimer_is_dropped_and_names_the_publisher():
    result = cleaned("comment_disclaimer_names_publisher.txt")
    assert kept_text(result) == ["A thoughtful gesture which will surely have been appreciated."]
    assert result.drops == (Drop("comment-disclaimer", 3, 3, 1),)
    assert result.publisher == "Onmanorama"


def test_no_disclaimer_no_publisher():
    assert cleaned("read_more_link.txt").publisher is None


def test_advertisement_labels_are_dropped():
    result = cleaned("advertisement_label.txt")
    assert kept_text(result) == ["Japan reached the round of 16.", "They lost to Belgium."]
    assert [(d.rule, d.first_line) for d in result.drops] == [("advertisement", 3), ("advertisement", 5)]


def test_share_and_follow_prompts_are_dropped():
    result = cleaned("share_links.txt")
    assert kept_text(result) == ["Japan reached the round of 16."]
    assert [(d.rule, d.first_line) for d in result.drops] == [
        ("share-links", 1),
        ("share-links", 5),
        ("share-links", 7),
    ]


def test_a_story_that_mentions_comments_links_or_subscribing_keeps_every_paragraph():
    result = cleaned("story_mentions_comments_and_read_more.txt")
    assert result.drops == ()
    assert len(result.groups) == 6


@pytest.mark.parametrize(
    "story",
    [
        "Read more carefully, the rule book says otherwise.",
        "Read more books, the coach told his players.",
        "See also the goal against Colombia.",
        "Click here to read the full story.",  # a sentence: kept, though it is probably litter
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
    ],
)
def test_story_sentences_that_resemble_litter_survive(story):
    assert one_paragraph(story) == [story]


@pytest.mark.parametrize(
    ("litter", "rule"),
    [
        ("Read more World Cup News", "read-more"),
        ("READ MORE: Japan coach steps down.", "read-more"),
        ("Also read › Honda says goodbye", "read-more"),
        ("Continue reading", "read-more"),
        ("Advertisement", "advertisement"),
        ("Sponsored content", "advertisement"),
        ("Story continues below advertisement", "advertisement"),
        ("Share · Tweet · Email", "share-links"),
        ("Share on Facebook", "share-links"),
        ("Follow us on Twitter @samuraiblue", "share-links"),
        ("Subscribe to our newsletter", "share-links"),
        ("Comments are moderated. Views expressed here are the readers' own and we reserve the right to delete them.",
         "comment-disclaimer"),
    ],
)  # fmt: skip
def test_litter_lines_are_dropped_by_their_rule(litter, rule):
    result = clean(["The story.", "", litter])
    assert kept_text(result) == ["The story."]
    assert [d.rule for d in result.drops] == [rule]


def test_every_line_is_kept_or_recorded_as_dropped():
    lines = read_source(FIXTURES / "articles" / "only_web_litter.txt").lines
    result = clean(lines)
    assert result.groups == ()
    assert sum(drop.count for drop in result.drops) == sum(1 for line in lines if line.strip())
