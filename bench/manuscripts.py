"""Synthetic manuscripts for the benchmark: news articles as they are copied from web pages.

Everything is generated from a seed, so the same size gives the same book on every
machine, with no network and no data files. The prose is English-like nonsense
built from a small vocabulary, but it has what real articles have and what the
pipeline must handle: hard-wrapped paragraphs, straight quotes and apostrophes,
scores like 3-2, dashes typed as hyphens, quoted posts (`X tweeted, "…"`),
multi-line quoted messages, photo labels with captions ending in `Photo: …`,
subheadings, and the web litter the cleaner drops (related stories, read-more
links, advertisement labels, comment disclaimers).
"""

from __future__ import annotations

import datetime as dt
import random
import textwrap
from pathlib import Path


def _vocabulary(words: str) -> list[str]:
    return words.split()


WORDS_PER_PAGE = 190  # story words per A5 page, openers, blank versos and photos included (measured)
FIXED_PAGES = 7  # cover, title page, copyright, contents, sources
ARTICLE_WORDS = (450, 1400)

FIRST = _vocabulary(
    "Maya Keisuke Genki Yuto Makoto Takashi Akira Shinji Gaku Hiroki Naomi Sofia Lukas Amara Diego Ines"
)
LAST = _vocabulary(
    "Yoshida Honda Haraguchi Nagatomo Hasebe Inui Nishino Kagawa Shibasaki Sakai Osako Kovac Mertens Silva"
)
TEAMS = _vocabulary("Japan Belgium Senegal Colombia Poland Croatia Brazil Russia Mexico Sweden Uruguay Nigeria")
PLACES = _vocabulary("Rostov Kazan Samara Volgograd Moscow Saransk Ekaterinburg Sochi Kaliningrad Osaka Saitama")
PUBLISHERS = ["The Daily Courier", "Northern Post", "Onmanorama", "Sports Wire", "Metro Herald", "Kyodo Digest"]
AGENCIES = ["Twitter", "Reuters", "AP", "AFP", "Getty Images", "Instagram"]
NOUNS = _vocabulary(
    "team coach match fans stadium goal defender midfielder striker captain game season tournament crowd "
    "locker note message photo flight hotel supporters referee whistle pitch ball penalty corner "
    "city street ticket journey farewell victory defeat result chance"
)
ADJECTIVES = _vocabulary(
    "late early quiet proud tired famous spotless young experienced national small discreet thoughtful "
    "memorable remarkable bitter familiar sudden careful patient generous"
)
VERBS = _vocabulary(
    "thanked cleaned praised watched left reached scored missed answered carried signed greeted followed "
    "remembered promised celebrated described welcomed"
)
ADVERBS = _vocabulary("quietly warmly again later carefully finally suddenly clearly simply gladly")
CONNECTIVES = ["Meanwhile,", "However,", "Still,", "Afterwards,", "In the end,", "For many,", "Even so,"]


class Writer:
    """Sentences, paragraphs and whole articles from one seeded random source."""

    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)

    def pick(self, words: list[str]) -> str:
        return self.rng.choice(words)

    def name(self) -> str:
        return f"{self.pick(FIRST)} {self.pick(LAST)}"

    def handle(self, name: str) -> str:
        return "@" + name.replace(" ", "").lower()[: self.rng.randint(6, 12)] + str(self.rng.randint(1, 99))

    def noun_phrase(self) -> str:
        words = [self.pick(ADJECTIVES)] if self.rng.random() < 0.6 else []
        words.append(self.pick(NOUNS))
        article = self.pick(["the", "the", "a", "their", "his", "her"])
        if article == "a" and words[0][0] in "aeiou":
            article = "an"
        return " ".join([article, *words])

    def sentence(self) -> str:
        shape = self.rng.randrange(8)
        subject = self.pick([self.name(), f"The {self.pick(NOUNS)}", self.pick(TEAMS), f"{self.pick(TEAMS)}'s coach"])
        core = f"{subject} {self.pick(VERBS)} {self.noun_phrase()}"
        if shape == 0:
            core += f" in {self.pick(PLACES)} after the {self.rng.randint(1, 4)}-{self.rng.randint(0, 3)} result"
        elif shape == 1:
            core += f" - {self.noun_phrase()} {self.pick(ADVERBS)} - before the {self.pick(NOUNS)}"
        elif shape == 2:
            core = f"{self.pick(CONNECTIVES)} {core.replace('The ', 'the ', 1)}"
        elif shape == 3:
            core += f", and {self.noun_phrase()} didn't {self.pick(['wait', 'stop', 'forget', 'mind'])}"
        elif shape == 4:
            core += f" with a small '{self.pick(['Thank You', 'Arigato', 'Good Luck'])}' note"
        elif shape == 5:
            core += f" at {self.rng.randint(5, 11)} pm in front of {self.rng.randint(2, 45)},000 people"
        words = core.split()
        if self.rng.random() < 0.5:
            words += [self.pick(ADVERBS)]
        return " ".join(words) + self.pick([".", ".", ".", ".", "!", "..."])

    def sentences(self, low: int, high: int) -> str:
        return " ".join(self.sentence() for _ in range(self.rng.randint(low, high)))

    def paragraph(self) -> list[str]:
        text = self.sentences(2, 6)
        return textwrap.wrap(text, 72) if self.rng.random() < 0.3 else [text]  # some pages hard-wrap

    def headline(self) -> str:
        return f"{self.pick(TEAMS)} {self.pick(VERBS)} {self.noun_phrase()} in {self.pick(PLACES)}"

    def article(self, publisher: str, target_words: int) -> tuple[str, int]:
        """One article's text (as copied from the page, litter included) and its number of story words."""
        groups: list[list[str]] = []
        words = 0
        while words < target_words:
            group = self._story_group()
            groups.append(group)
            words += sum(len(line.split()) for line in group)
        for litter in (["Advertisement"], [f"Read more {self.pick(TEAMS)} news"]):
            groups.insert(self.rng.randint(1, len(groups)), litter)  # labels and links left mid-story
        groups += self._related_and_disclaimer(publisher)
        return "\n\n".join("\n".join(group) for group in groups) + "\n", words

    def _story_group(self) -> list[str]:
        roll = self.rng.random()
        name = self.name()
        if roll < 0.07:
            return [f'{name} ({self.handle(name)}) tweeted, "{self.sentences(1, 3)}"']
        if roll < 0.12:
            role = self.pick(["midfielder", "defender", "captain", "striker"])
            return [f'"{self.sentences(1, 2)}" {role} {name} said, tweeting a photo from the flight.']
        if roll < 0.15:
            lines = [self.sentence() for _ in range(self.rng.randint(3, 5))]
            return [f'"{lines[0]}', *lines[1:-1], f'{lines[-1]}"']
        if roll < 0.22:
            label = f"{self.pick(TEAMS)} {self.pick(NOUNS)}"
            caption = f"{self.sentence().rstrip('.!')}. Photo: {self.pick(AGENCIES)}"
            return [label.capitalize(), caption] if self.rng.random() < 0.7 else [caption]
        if roll < 0.25:
            return [self.headline()]
        return self.paragraph()

    def _related_and_disclaimer(self, publisher: str) -> list[list[str]]:
        """What the page had below the story: other headlines and the comments' legal note."""
        related = [["Related stories:"], *([self.headline()] for _ in range(self.rng.randint(2, 5)))]
        disclaimer = (
            f"The comments posted here are not on behalf of {publisher}. The person posting the comment "
            "will be in sole ownership of its responsibility."
        )
        return [*related, [disclaimer]]


def write_manuscript(folder: Path, pages: int, seed: int = 2018) -> int:
    """Write a book of about `pages` A5 pages into `folder`; returns the number of chapters."""
    writer = Writer(seed + pages)
    articles = folder / "articles"
    articles.mkdir(parents=True, exist_ok=True)
    for old in articles.glob("*.txt"):
        old.unlink()
    budget = max(pages - FIXED_PAGES, 4) * WORDS_PER_PAGE
    entries: list[str] = []
    start = dt.date(2018, 6, 14)
    while budget > 0:
        number = len(entries) + 1
        publisher = writer.pick(PUBLISHERS)
        text, words = writer.article(publisher, min(budget, writer.rng.randint(*ARTICLE_WORDS)))
        (articles / f"{number:04d}.txt").write_text(text, encoding="utf-8")
        entries.append(_chapter_entry(number, writer.headline(), publisher, start + dt.timedelta(days=number % 30)))
        budget -= words
    (folder / "book.toml").write_text(_book_toml(pages, entries), encoding="utf-8")
    return len(entries)


def _chapter_entry(number: int, title: str, publisher: str, date: dt.date) -> str:
    return (
        f'[[chapters]]\nsource = "articles/{number:04d}.txt"\ntitle = "{title}"\n'
        f'author = "Staff reporter"\ndate = {date.isoformat()}\n'
        f'url = "https://news.example.com/{date.year}/story-{number:04d}"\n'
    )


def _book_toml(pages: int, entries: list[str]) -> str:
    head = (
        "# A synthetic book generated by bench/manuscripts.py: do not edit, it is rewritten on every run.\n"
        "[book]\n"
        f'title = "Benchmark Annual, {pages} pages"\n'
        'subtitle = "Generated news articles for measuring booksmith"\n'
        'language = "en"\n'
        'editors = ["The benchmark"]\n'
        "date = 2018-07-15\n"
        'identifier = "urn:uuid:00000000-0000-4000-8000-000000000000"\n\n'
        '[print]\npage_size = "A5"\n\n[ebook]\nhyphenate = true\n\n'
    )
    return head + "\n".join(entries)
