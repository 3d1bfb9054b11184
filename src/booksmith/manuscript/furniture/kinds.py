"""The kinds a line can be that are not furniture: the story's own, and what the page says about it."""

STORY = "story"
META_KINDS = ("headline", "kicker", "deck", "byline", "date", "credit", "photo-credit")
