"""Templates compiled once and kept in the build folder: an entry that is stale, corrupt, cut short
or unreadable must never change what a template renders; it is compiled afresh instead."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import jinja2
import pytest

from booksmith.html.render import COMPILED_TEMPLATES, CompiledTemplates, _compiler_settings, environment


class Counting(jinja2.Environment):
    """An environment that counts the templates it had to compile."""

    compiled = 0

    def compile(self, *args: Any, **kwargs: Any) -> Any:
        Counting.compiled += 1
        return super().compile(*args, **kwargs)


def _render(templates: Path, cache: Path, **options: Any) -> tuple[str, int]:
    """Render page.j2 in a new environment (as a new build would): the text, and how many compiles."""
    env = Counting(loader=jinja2.FileSystemLoader(templates), **({"autoescape": True} | options))
    env.bytecode_cache = CompiledTemplates(cache, _compiler_settings(env))
    before = Counting.compiled
    text = env.get_template("page.j2").render(name="<Ann>")
    return text, Counting.compiled - before


@pytest.fixture
def folders(tmp_path: Path) -> tuple[Path, Path]:
    templates = tmp_path / "templates"
    templates.mkdir()
    (templates / "page.j2").write_text("Hello {{ name }}!\n")
    return templates, tmp_path / "build" / COMPILED_TEMPLATES


def _entry(cache: Path) -> Path:
    (entry,) = cache.iterdir()
    assert entry.name.startswith("page.j2.")
    return entry


def test_a_template_is_compiled_once_and_read_back_by_the_next_build(folders):
    templates, cache = folders
    assert _render(templates, cache) == ("Hello &lt;Ann&gt;!", 1)
    assert _render(templates, cache) == ("Hello &lt;Ann&gt;!", 0)


def test_a_changed_template_is_compiled_again(folders):
    templates, cache = folders
    _render(templates, cache)
    (templates / "page.j2").write_text("Goodbye {{ name }}!\n")
    assert _render(templates, cache) == ("Goodbye &lt;Ann&gt;!", 1)


def test_other_settings_do_not_share_an_entry(folders):
    templates, cache = folders
    _render(templates, cache)
    assert _render(templates, cache, autoescape=False) == ("Hello <Ann>!", 1)


@pytest.mark.parametrize(
    "spoil",
    [
        lambda data: data[:-7],  # cut short
        lambda data: data.replace(b"Hello", b"Jello"),  # the code still loads, and would say "Jello"
        lambda data: bytes([data[0] ^ 1]) + data[1:],  # one bit flipped in the digest
        lambda data: b"",
        lambda data: b"not a compiled template at all",
    ],
    ids=["cut-short", "code-flipped", "digest-flipped", "empty", "garbage"],
)
def test_a_corrupt_entry_counts_as_missing_and_is_replaced(folders, spoil):
    templates, cache = folders
    _render(templates, cache)
    entry = _entry(cache)
    good = entry.read_bytes()
    entry.write_bytes(spoil(good))
    assert _render(templates, cache) == ("Hello &lt;Ann&gt;!", 1)
    assert entry.read_bytes() == good  # written afresh, whole
    assert _render(templates, cache) == ("Hello &lt;Ann&gt;!", 0)


def test_an_entry_with_a_good_digest_but_stale_code_is_not_trusted(folders):
    """Even with a matching digest of its own, an entry compiled from other text is refused (Jinja's checksum)."""
    templates, cache = folders
    _render(templates, cache)
    entry = _entry(cache)
    (templates / "page.j2").write_text("Goodbye {{ name }}!\n")
    stale = entry.read_bytes()
    assert _render(templates, cache)[1] == 1
    entry.write_bytes(stale)  # the old template's code, under the same name, intact
    assert _render(templates, cache) == ("Goodbye &lt;Ann&gt;!", 1)


def test_an_unreadable_or_unwritable_cache_only_costs_a_compile(folders):
    templates, cache = folders
    cache.parent.mkdir(parents=True)
    cache.write_text("a file where the folder should be")
    assert _render(templates, cache) == ("Hello &lt;Ann&gt;!", 1)
    assert _render(templates, cache) == ("Hello &lt;Ann&gt;!", 1)


def test_booksmiths_environment_keeps_its_templates_in_the_given_folder(tmp_path):
    env = environment(tmp_path / COMPILED_TEMPLATES)
    env.get_template("epub/page.xhtml.j2")
    assert [p.name.split(".")[0] for p in (tmp_path / COMPILED_TEMPLATES).iterdir()] == ["epub-page"]
    assert environment().bytecode_cache is None  # no folder given: nothing is written anywhere
