"""The fast tier's guard, in every Python process a fast test starts (conftest puts this folder on
PYTHONPATH): laying out a PDF or packaging an EPUB fails, so a test that builds a real book and is
not marked e2e cannot hide in `make test-fast`, not even through a subprocess or `make`."""

from __future__ import annotations

import importlib.abc
import importlib.machinery
import sys
from typing import Any

MESSAGE = "this test builds a real PDF or EPUB: mark it @pytest.mark.e2e"
GUARDED = {"weasyprint": ("HTML", "render"), "booksmith.epub.package": (None, "epub_bytes")}


def refused(*args: Any, **kwargs: Any) -> None:
    raise SystemExit(f"fast tier: {MESSAGE}")


def guard(module: Any) -> None:
    owner_name, attribute = GUARDED[module.__name__]
    setattr(getattr(module, owner_name) if owner_name else module, attribute, refused)


class _Guard(importlib.abc.MetaPathFinder):
    """Wraps the loader of each guarded module so the guard is set as soon as the module is imported."""

    def find_spec(self, name: str, path: Any = None, target: Any = None) -> Any:
        if name not in GUARDED:
            return None
        spec = importlib.machinery.PathFinder.find_spec(name, path)
        if spec is None or spec.loader is None:
            return spec
        loader = spec.loader
        original = loader.exec_module

        def exec_module(module: Any) -> None:
            original(module)
            guard(module)

        loader.exec_module = exec_module  # type: ignore[method-assign]
        return spec


def install() -> None:
    for name in GUARDED:
        if name in sys.modules:
            guard(sys.modules[name])
    sys.meta_path.insert(0, _Guard())


install()
