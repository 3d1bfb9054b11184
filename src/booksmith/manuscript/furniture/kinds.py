"""The kinds a line can be that are not furniture: the story's own, and what the page says about it."""

from typing import TypeGuard

STORY = "story"
META_KINDS = ("headline", "kicker", "deck", "byline", "date", "credit", "photo-credit")


def is_furniture(kind: str | None) -> TypeGuard[str]:
    """Whether a line of this kind (None: no rule took it) is the page's furniture."""
    return kind not in (None, STORY, *META_KINDS)
