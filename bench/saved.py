"""How saved pages fare (tests/fixtures/saved/): story sentences kept, captions, photos, credits, furniture left.

.venv/bin/python bench/saved.py
"""

from __future__ import annotations

import logging
import sys
import tempfile
import time
from pathlib import Path

from booksmith.errors import BooksmithError

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from saved_corpus import cases, outcome


def main() -> None:
    logging.getLogger("booksmith").setLevel(logging.ERROR)
    story = story_kept = captions = captions_kept = furniture = furniture_left = meta = meta_right = 0
    started = time.perf_counter()
    with tempfile.TemporaryDirectory() as work:
        for page in cases():
            try:
                got = outcome(page, Path(work))
            except BooksmithError as err:
                print(f"{page.stem:60} FAILED: {err}")
                continue
            expected = got.expected
            story += len(expected.get("story", []))
            story_kept += len(expected.get("story", [])) - len(got.story_missing)
            captions += len(expected.get("captions", []))
            captions_kept += len(expected.get("captions", [])) - len(got.captions_missing)
            furniture += len(expected.get("furniture", []))
            furniture_left += len(got.furniture_left)
            asked = [key for key in ("title", "author", "publisher", "date") if key in expected]
            meta += len(asked)
            meta_right += len(asked) - len(got.wrong_meta)
            problems = got.story_missing + got.captions_missing + got.furniture_left + got.wrong_meta
            print(f"{got.slug:60} {'ok' if not problems else '; '.join(problems)[:140]}")
    seconds = time.perf_counter() - started
    print(
        f"\n{len(cases())} pages in {seconds:.1f} s: story sentences kept {story_kept}/{story}, "
        f"captions {captions_kept}/{captions}, furniture strings left {furniture_left}/{furniture}, "
        f"credits right {meta_right}/{meta}"
    )


if __name__ == "__main__":
    main()
