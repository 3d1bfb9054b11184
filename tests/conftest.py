from __future__ import annotations

import logging
from pathlib import Path

import pytest

from booksmith.pipeline import BuildOptions, BuildResult, build
from support import SEED_MANUSCRIPT


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
