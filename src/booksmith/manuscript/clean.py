"""Stage 3a: drop the web page's litter from an article, by named rules.

A copied web page brings more than the story: related-story lists, "Read more"
links, comment disclaimers, share buttons, advertisement labels. Each rule here
recognises one kind, conservatively; every drop is recorded with the rule's name
and the lines it took, so the build can report it and an editor can check it.
Nothing that no rule names is ever dropped.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from ..model import Drop


@dataclass(frozen=True)
class Line:
    number: int
    text: str


Group = tuple[Line, ...]  # a run of non-blank lines: a paragraph as the page had it


@dataclass(frozen=True)
class Cleaned:
    groups: tuple[Group, ...]
    drops: tuple[Drop, ...]
    publisher: str | None  # named by a comment disclaimer, if any


def split_groups(lines: Sequence[str]) -> tuple[Group, ...]:
    groups: list[Group] = []
    current: list[Line] = []
    for number, text in enumerate(lines, start=1):
        stripped = " ".join(text.split())
        if stripped:
            current.append(Line(number, stripped))
        elif current:
            groups.append(tuple(current))
            current = []
    if current:
        groups.append(tuple(current))
    return tuple(groups)


def _words(group: Group) -> int:
    return sum(len(line.text.split()) for line in group)


def _single(group: Group, pattern: re.Pattern[str], max_words: int) -> bool:
    return len(group) == 1 and _words(group) <= max_words and bool(pattern.match(group[0].text))


_RELATED_HEAD = re.compile(
    r"^(related( stories| articles| news| content| reading)?|more (stories|news|from \S+)|"
    r"recommended( for you)?|you (may|might) also like|also read|read next|trending( now)?|"
    r"most (read|popular))\s*:?$",
    re.IGNORECASE,
)


def _headline_like(group: Group) -> bool:
    """One entry of a list of story titles: a short line that is not a sentence of prose."""
    text = group[0].text
    return len(group) == 1 and len(text.split()) <= 20 and not re.search(r"[.!\"”:;,]$|[.!?] [A-Z]", text)


def related_stories(groups: Sequence[Group], i: int) -> int:
    """'Related stories:' and the headlines listed under it."""
    if not _single(groups[i], _RELATED_HEAD, 6):
        return 0
    end = i + 1
    while end < len(groups) and _headline_like(groups[end]) and not _other_litter(groups, end):
        end += 1
    return end - i


def _other_litter(groups: Sequence[Group], i: int) -> bool:
    """A line another rule names ends the list, so each drop is reported under its own rule."""
    return any(rule(groups, i) for name, rule in RULES.items() if name != "related-stories")


_READ_MORE = re.compile(
    r"^(read more|read also|also read|see also|more on this|click here|continue reading|"
    r"read the full|full story|watch:|watch the video|listen:)\b",
    re.IGNORECASE,
)
# A link's label is not a sentence: it has no comma and does not end like one, unless a colon
# or an arrow right after the words marks it ("Read more: Japan's coach steps down.").
_SENTENCE_LIKE = re.compile(r",|[.!?\"”]$")


def read_more(groups: Sequence[Group], i: int) -> int:
    """A lone 'Read more …' or 'Click here …' link line (not a sentence that starts so)."""
    if not _single(groups[i], _READ_MORE, 12):
        return 0
    text = groups[i][0].text
    phrase = _READ_MORE.match(text)
    assert phrase is not None
    rest = text[phrase.end() :]
    marked = phrase.group().endswith(":") or rest.lstrip().startswith((":", "›", "»", "→", ">", "|"))
    return 1 if marked or not _SENTENCE_LIKE.search(text) else 0


# Phrases of a site's legal note on reader comments; a story that merely mentions comments,
# moderators or responsibility uses at most one of them, so two are needed.
_DISCLAIMER = re.compile(
    r"not on behalf of|sole ownership|sole responsibility|(are|is) (solely )?responsible for (the|their|its)|"
    r"responsibility of the (person|author|user|commenter|poster)|punishable offen[cs]e|terms of (use|service)|"
    r"community (guidelines|standards)|views expressed (here|in the|below|are)|comments are moderated|"
    r"reserves? the right to|do(es)? not (necessarily )?reflect the views",
    re.IGNORECASE,
)
# The site's name: capitalised words, dots only inside them (Onmanorama, Yahoo.com, The Japan Times).
_NAME_WORD = r"[A-Z][\w&'’-]*(?:\.\w[\w&'’-]*)*"
_ON_BEHALF = re.compile(rf"not on behalf of ({_NAME_WORD}(?: {_NAME_WORD})*)")


def comment_disclaimer(groups: Sequence[Group], i: int) -> int:
    """The site's legal note about reader comments."""
    text = " ".join(line.text for line in groups[i])
    about_comments = re.search(r"\bcomments?\b", text, re.IGNORECASE)
    return 1 if about_comments and len({m.group().lower() for m in _DISCLAIMER.finditer(text)}) >= 2 else 0


_ADVERTISEMENT = re.compile(
    r"^(advertisement|advertising|sponsored( content)?|ad|"
    r"story continues (below|after) (the )?(advertisement|ad))$",
    re.IGNORECASE,
)


def advertisement(groups: Sequence[Group], i: int) -> int:
    """An 'Advertisement' label left where an ad was."""
    return 1 if _single(groups[i], _ADVERTISEMENT, 6) else 0


_SHARE_WORDS = {
    "share", "this", "article", "story", "on", "tweet", "email", "e-mail", "print", "facebook",
    "twitter", "x", "whatsapp", "linkedin", "reddit", "pinterest", "telegram", "copy", "link",
    "|", "·", "•", "comments", "comment",
}  # fmt: skip
_FOLLOW = re.compile(
    r"^(follow us on|share this (article|story|page|post)|share on|sign up (for|to) our|subscribe to our)\b[^,]{0,60}$",
    re.IGNORECASE,
)


def share_links(groups: Sequence[Group], i: int) -> int:
    """Share buttons ('Share · Tweet · Email') and follow/subscribe prompts."""
    group = groups[i]
    if len(group) != 1 or _words(group) > 10:
        return 0
    words = group[0].text.lower().replace(":", "").split()
    shareish = bool(words) and all(word in _SHARE_WORDS for word in words)
    has_share_word = any(word in ("share", "tweet", "email", "whatsapp", "facebook") for word in words)
    return 1 if (shareish and has_share_word) or _FOLLOW.match(group[0].text) else 0


Rule = Callable[[Sequence[Group], int], int]
RULES: dict[str, Rule] = {
    "related-stories": related_stories,
    "read-more": read_more,
    "comment-disclaimer": comment_disclaimer,
    "advertisement": advertisement,
    "share-links": share_links,
}


def clean(lines: Sequence[str]) -> Cleaned:
    """Split `lines` into paragraph groups and drop the ones a rule names."""
    groups = split_groups(lines)
    kept: list[Group] = []
    drops: list[Drop] = []
    publisher = None
    i = 0
    while i < len(groups):
        for name, rule in RULES.items():
            taken = rule(groups, i)
            if taken:
                dropped = [line for group in groups[i : i + taken] for line in group]
                drops.append(Drop(name, dropped[0].number, dropped[-1].number, len(dropped)))
                if name == "comment-disclaimer":
                    publisher = publisher or _publisher(dropped)
                i += taken
                break
        else:
            kept.append(groups[i])
            i += 1
    return Cleaned(tuple(kept), tuple(drops), publisher)


def _publisher(lines: Sequence[Line]) -> str | None:
    match = _ON_BEHALF.search(" ".join(line.text for line in lines))
    return match.group(1) if match else None
