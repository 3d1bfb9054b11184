"""Saved pages from sites booksmith was not shaped on (tests/fixtures/saved/, written to measure it): every
sentence of the story kept, every caption, the headline, byline, date and site right, no furniture left."""

from __future__ import annotations

import pytest

from saved_corpus import cases, outcome

CASES = cases()


@pytest.mark.skipif(not CASES, reason="tests/fixtures/saved/ holds no pages")
@pytest.mark.parametrize("page", CASES, ids=[page.stem for page in CASES])
def test_a_saved_page_becomes_its_story_with_its_credits(page, tmp_path):
    got = outcome(page, tmp_path)
    assert got.story_missing == []  # a story sentence is never lost
    assert got.captions_missing == []
    assert got.wrong_meta == []
    if got.expected.get("saved") == "complete" and got.expected.get("captions"):
        assert got.images >= 1  # the photos the browser saved are in the book
    assert got.furniture_left == []
