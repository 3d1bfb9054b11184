"""bench/parallel.py's check, the benchmark's verdict on `booksmith build --jobs`, on a generated book.

The `--jobs 2` PDF must be the one-process PDF again, tagged structure included, and the check
must notice tags that no longer reach the pages. No timings: those live in the benchmark.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pikepdf
import pytest

from support import ROOT

sys.path.insert(0, str(ROOT / "bench"))
import parallel
from manuscripts import write_manuscript

pytestmark = pytest.mark.e2e


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """(one-process PDF, two-worker PDF) of a generated benchmark book of about 36 pages."""
    work = tmp_path_factory.mktemp("parallel")
    assert write_manuscript(work / "book", 36) >= 4  # enough chapters for --jobs to lay out in parts
    for name, jobs in (("one", "1"), ("two", "2")):
        command = [sys.executable, "-m", "booksmith", "build", work / "book", "--pdf", "--jobs", jobs]
        command += ["--out", work / name, "--build-dir", work / f"build-{name}"]
        done = subprocess.run(list(map(str, command)), capture_output=True, text=True, check=False)
        assert done.returncode == 0, done.stderr
        assert "laid out in one process" not in done.stderr
    return work / "one" / "booklet.pdf", work / "two" / "booklet.pdf"


def test_the_joined_book_has_the_same_pages_links_and_tags(built: tuple[Path, Path]) -> None:
    found = parallel.check(*map(str, built))
    assert found["pages_with_other_text"] == [] and found["same_outline"] and found["same_links"]
    assert found["same_structure_text"], found["first_structure_difference"]
    assert found["qpdf_check"] == "clean"
    reference, candidate = found["structure"]
    assert candidate["elements"] == reference["elements"]
    assert candidate["marked_reached"] == reference["marked_reached"] > 0
    assert candidate["annotations_reached"] == reference["annotations_reached"] > 0
    assert candidate["unmapped"] == candidate["wrong_parent"] == candidate["duplicate_keys"] == 0
    assert candidate["artifacts"] > reference["artifacts"]  # the folios, stamped as pagination artifacts
    assert candidate["catalog"] == reference["catalog"]  # /Lang, /MarkInfo, XMP, …
    assert found["same"]


def test_the_check_notices_pages_whose_tags_lead_to_other_pages(built: tuple[Path, Path], tmp_path: Path) -> None:
    reference, candidate = built
    with pikepdf.open(candidate) as pdf:
        tagged = [page.obj for page in pdf.pages if "/StructParents" in page.obj]
        first, second = tagged[len(tagged) // 2 : len(tagged) // 2 + 2]  # two pages of text
        first.StructParents, second.StructParents = int(second.StructParents), int(first.StructParents)
        pdf.save(tmp_path / "swapped.pdf")
    broken = parallel.structure(str(tmp_path / "swapped.pdf"))
    assert broken["unmapped"] > 0
    assert not parallel.tags_agree(parallel.structure(str(reference)), broken)
