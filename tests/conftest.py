from __future__ import annotations

import logging
import os
import sys
from pathlib import Path

import pytest
from hypothesis import settings

from booksmith.pipeline import BuildOptions, BuildResult, build
from support import SEED_MANUSCRIPT

# The property tests draw the same examples on every run, so CI's verdict is the code's and not the dice's;
# BOOKSMITH_HYPOTHESIS=explore draws new ones (and keeps what fails in .hypothesis/) to hunt for more.
settings.register_profile("fixed", derandomize=True, database=None)
settings.register_profile("explore", derandomize=False)
settings.load_profile(os.environ.get("BOOKSMITH_HYPOTHESIS", "fixed"))


class SeedBuild:
    def __init__(self, out: Path, result: BuildResult) -> None:
        self.out = out
        self.result = result
        self.pdf = out / "booklet.pdf"
        self.epub = out / "booklet.epub"


@pytest.fixture(scope="session")
def seed_build(tmp_path_factory: pytest.TempPathFactory) -> SeedBuild:
    """The seed booklet, built once with the real pipeline (WeasyPrint, ebooklib)."""
    work = tmp_path_factory.mktemp("seed")
    logging.getLogger("booksmith").setLevel(logging.WARNING)
    result = build(BuildOptions(SEED_MANUSCRIPT, work / "dist", work / "build"))
    return SeedBuild(work / "dist", result)


@pytest.fixture(autouse=True)
def _restore_logging():
    """The CLI points booksmith's logger at the current stderr; every test gets it back as it was."""
    log = logging.getLogger("booksmith")
    saved = (log.handlers[:], log.propagate, log.level)
    yield
    log.handlers[:], log.propagate, log.level = saved


# --- the fast tier: `make test-fast` runs `-m "not e2e"` -------------------------------------

FAST_TIER_GUARD = Path(__file__).parent / "fast_tier"


def pytest_configure(config: pytest.Config) -> None:
    """In the fast tier, a test that lays out or packages a real book fails, so none goes unmarked: every
    test that builds a real PDF or EPUB carries the `e2e` mark (and runs in `make test`, which CI runs).
    The guard is set here and, through PYTHONPATH, in every Python process the tests start."""
    if "not e2e" not in (config.option.markexpr or ""):
        return
    os.environ["PYTHONPATH"] = os.pathsep.join(filter(None, [str(FAST_TIER_GUARD), os.environ.get("PYTHONPATH")]))
    sys.path.insert(0, str(FAST_TIER_GUARD))
    import sitecustomize  # noqa: F401  # the guard, set on import: refuses WeasyPrint's layout and EPUB packaging
