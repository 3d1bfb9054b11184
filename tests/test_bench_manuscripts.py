"""The benchmark's generated books: the same every time, and made of what real articles hold.

If the input stages change what they recognise, these tests say so before the benchmark
silently starts measuring books without quotations, photos or litter.
"""

from __future__ import annotations

import logging
import sys
from collections import Counter
from pathlib import Path

from booksmith import config
from booksmith.manuscript.assemble import assemble_book
from support import ROOT

sys.path.insert(0, str(ROOT / "bench"))
from manuscripts import write_manuscript


def _files(folder: Path) -> dict[str, bytes]:
    return {str(path.relative_to(folder)): path.read_bytes() for path in sorted(folder.rglob("*")) if path.is_file()}


def test_a_size_always_gives_the_same_book(tmp_path):
    write_manuscript(tmp_path / "one", 16)
    write_manuscript(tmp_path / "two", 16)
    assert _files(tmp_path / "one") == _files(tmp_path / "two")
    assert write_manuscript(tmp_path / "one", 16) == len(list((tmp_path / "one" / "articles").glob("*.txt")))


def test_bigger_books_have_proportionally_more_chapters(tmp_path):
    small = write_manuscript(tmp_path / "small", 100)
    large = write_manuscript(tmp_path / "large", 400)
    assert 3.5 < large / small < 4.8


def test_the_articles_hold_quotations_photos_headings_and_web_litter(tmp_path, caplog):
    write_manuscript(tmp_path, 100)
    caplog.set_level(logging.INFO, logger="booksmith")
    chapters = assemble_book(config.load(tmp_path), tmp_path / "build")
    kinds = Counter(block.kind for chapter in chapters for block in chapter.blocks)
    assert kinds["paragraph"] > 10 * kinds["figure"] > 0
    assert kinds["quotation"] > 0 and kinds["heading"] > 0
    dropped = Counter(drop.rule for chapter in chapters for drop in chapter.drops)
    assert {"related", "read-more", "ad", "comment-disclaimer"} <= set(dropped)
    assert all(chapter.credit.publisher for chapter in chapters)  # named by each comment disclaimer
