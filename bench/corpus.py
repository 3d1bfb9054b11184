"""`make corpus`: how well booksmith tells a page's story from its furniture, on the corpus of
copied pages in tests/fixtures/pages/ (every line labelled by hand; see its README).

    corpus.py [--heldout] [--only SLUG] [--misses]

Prints, for each kind of line, how many were recognised, missed and wrongly taken, over the whole
corpus, and what became of the story's lines; `--misses` lists each line that was not recognised.
No story line may be lost (exit 1 if one is).
"""

from __future__ import annotations

import argparse
import sys
import tomllib
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from booksmith.manuscript.clean import clean  # noqa: E402
from booksmith.manuscript.furniture.page import META_KINDS  # noqa: E402

PAGES = ROOT / "tests" / "fixtures" / "pages"
STORY_KINDS = {"story"}
CAPTION_KINDS = {"caption", "caption-copy", "photo-credit"}


def expected_labels(path: Path) -> tuple[dict[int, str], dict]:
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    labels: dict[int, str] = {}
    for key, label in data["lines"].items():
        first, _, last = key.partition("-")
        for number in range(int(first), int(last or first) + 1):
            labels[number] = label
    return labels, data


def cases(heldout: bool, only: str | None) -> list[Path]:
    folder = PAGES / "heldout" if heldout else PAGES
    return sorted(p for p in folder.glob("*.txt") if only is None or p.stem == only)


def verdict(expected: str, got: str) -> str:
    """'ok', 'missed' (furniture or metadata left in the story) or 'wrong' (taken as something else)."""
    if expected in ("story", "caption"):
        return "ok" if got in ("story", "caption") else "wrong"
    if expected == "photo-credit" and got == "caption":
        return "ok"  # joined to its caption, as one figure
    if expected in META_KINDS or expected == "caption-copy":
        if got == expected or (expected == "caption-copy" and got != "story"):
            return "ok"
        return "missed" if got == "story" else "wrong"
    return (
        "ok" if got not in ("story", "caption", *META_KINDS) else ("missed" if got in ("story", "caption") else "wrong")
    )


def group(label: str) -> str:
    if label in STORY_KINDS:
        return "story"
    if label in CAPTION_KINDS:
        return label
    if label in META_KINDS:
        return f"meta:{label}"
    return "furniture"


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument(
        "--heldout", action="store_true", help="the held-out cases (never looked at while writing rules)"
    )
    parser.add_argument("--only", metavar="SLUG")
    parser.add_argument("--misses", action="store_true", help="list every line not recognised")
    args = parser.parse_args(argv)
    totals: dict[str, Counter[str]] = defaultdict(Counter)
    by_group: dict[str, Counter[str]] = defaultdict(Counter)
    meta_hits: Counter[str] = Counter()
    story_fate: Counter[str] = Counter()
    figures: Counter[str] = Counter()  # a caption's line: set as a figure's caption, or printed as a paragraph
    files = cases(args.heldout, args.only)
    for path in files:
        labels, data = expected_labels(path.with_suffix("").with_suffix(".expect.toml"))
        result = clean(path.read_text(encoding="utf-8").split("\n"))
        for number, label in labels.items():
            got = result.kinds.get(number, "story")
            outcome = verdict(label, got)
            totals[label][outcome] += 1
            by_group[group(label)][outcome] += 1
            if label in ("story", "caption"):
                story_fate[fate(got)] += 1
            if label == "caption":
                figures["figure" if got == "caption" else "paragraph"] += 1
            if args.misses and outcome != "ok":
                text = path.read_text(encoding="utf-8").split("\n")[number - 1][:90]
                print(f"{path.stem}:{number}: {label} → {got}: {text}")
        expected_meta = data.get("meta", {})
        meta_hits["cases"] += 1
        found = result.meta
        meta_hits["title"] += found.headline == expected_meta.get("title")
        meta_hits["date"] += found.date == expected_meta.get("date")
        meta_hits["publisher"] += (found.publisher or "").lower() == str(expected_meta.get("publisher", "")).lower()
        author = expected_meta.get("author")
        meta_hits["author"] += (author is None and not found.people) or (
            author is not None and " and ".join(found.people).lower() == author.lower()
        )
    print(f"{len(files)} pages ({'held out' if args.heldout else 'development'} set)\n")
    print(f"{'kind':<20}{'lines':>7}{'recognised':>12}{'missed':>8}{'wrong':>7}   rate")
    for name, counts in sorted(by_group.items()):
        _row(name, counts)
    print()
    for name, counts in sorted(totals.items(), key=lambda item: -sum(item[1].values())):
        _row(name, counts)
    n = meta_hits["cases"]
    print(
        "\nfront matter right: "
        + ", ".join(f"{key} {meta_hits[key]}/{n}" for key in ("title", "author", "publisher", "date"))
    )
    print(
        f"story lines: {sum(story_fate.values())}, lost {story_fate['lost']} (dropped or taken as a byline or date), "
        f"moved {story_fate['moved']} (printed as the title, kicker, deck or credit line instead)"
    )
    print(f"captions set as a figure: {figures['figure']} of {figures.total()} (the rest printed as paragraphs)")
    return 0 if story_fate["lost"] == 0 else 1


def fate(got: str) -> str:
    """What became of a story line: kept, moved (printed verbatim elsewhere) or lost."""
    if got in ("story", "caption"):
        return "kept"
    return "moved" if got in ("headline", "kicker", "deck", "credit") else "lost"


def _row(name: str, counts: Counter[str]) -> None:
    total = sum(counts.values())
    print(
        f"{name:<20}{total:>7}{counts['ok']:>12}{counts['missed']:>8}{counts['wrong']:>7}   {counts['ok'] / total:6.1%}"
    )


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
