"""Properties over random book.toml values (strings with any code point, dates of any year, numbers and
nesting) and random image bytes (real pictures cut short or with bytes flipped, another format's header on
noise, noise, under names that may lie): `check` and `build` either stop with a located error (never an
internal error, exit 70) or make an EPUB that EPUBCheck passes."""

from __future__ import annotations

import datetime as dt
import io
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import tomli_w
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from booksmith import config
from booksmith.cli.main import main
from booksmith.errors import BooksmithError
from support import epubcheck

ARTICLE = "The fans stayed behind to clean the stands.\n\nThe players left a note in Russian.\n"
# Any code point TOML can hold (it cannot hold surrogates), controls and noncharacters included.
any_text = st.text(st.characters(exclude_categories=["Cs"]), max_size=12)
friendly = st.sampled_from(["Samurai Blue", "東京 2018", "شكرا", "Zu\u0308rich", "  ", "\u200b", "a\x1bb", "\uffff"])
text = friendly | any_text
date = st.dates(min_value=dt.date(1, 1, 1), max_value=dt.date(9999, 12, 31))
nested: st.SearchStrategy[Any] = st.recursive(
    st.integers() | text | st.booleans(), lambda inner: st.lists(inner, max_size=3), max_leaves=8
)
book_section = st.fixed_dictionaries(
    {"title": text},
    optional={
        "subtitle": text,
        "description": text,
        "publisher": text,
        "rights": text,
        "edition": text,
        "language": st.sampled_from(["en", "ja", "en-GB", "x", "123"]) | text,
        "editors": st.lists(text | st.fixed_dictionaries({"name": text}), max_size=2),
        "date": date | text,
        "identifier": text,
        "extra": nested,
    },
)
chapter = st.fixed_dictionaries(
    {"source": st.just("articles/a.txt")},
    optional={
        "title": text,
        "author": text,
        "publisher": text,
        "date": date | st.integers(),
        "encoding": st.sampled_from(["utf-8", "cp1252", "rot13", "base64", "hex", "zlib", "klingon"]),
    },
)
book_toml = st.fixed_dictionaries({"book": book_section, "chapters": st.lists(chapter, min_size=1, max_size=1)})
in_range = st.dates(min_value=dt.date(1000, 1, 1), max_value=dt.date(2107, 12, 31))  # its ends too
# Values that mostly pass, so the build test builds books too: dates in range, printable titles.
printable = st.text(st.characters(exclude_categories=["Cs", "Cc", "Cn", "Co"]), min_size=1, max_size=12)
buildable_book = st.fixed_dictionaries(
    {"title": printable | friendly}, optional={"subtitle": printable, "date": in_range}
)
buildable = st.fixed_dictionaries(
    {
        "book": buildable_book,
        "chapters": st.sampled_from(
            [[{"source": "articles/a.txt"}], [{"source": "articles/a.txt", "title": "The stands"}]]
        ),
    }
)


@pytest.fixture(scope="module")
def folder() -> Iterator[Path]:
    work = Path(tempfile.mkdtemp(prefix="booksmith-toml-"))
    yield work
    shutil.rmtree(work, ignore_errors=True)


def manuscript(folder: Path, data: dict[str, Any]) -> Path:
    book = folder / "book"
    shutil.rmtree(book, ignore_errors=True)
    (book / "articles").mkdir(parents=True)
    (book / "articles" / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (book / "book.toml").write_text(tomli_w.dumps(data), encoding="utf-8")
    return book


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(book_toml)
def test_any_book_toml_loads_or_is_refused_with_a_located_error(folder, data):
    book = manuscript(folder, data)
    try:
        config.load(book)
        event("loaded")
    except BooksmithError as err:
        event("refused")
        assert str(err).startswith(f"{book / 'book.toml'}:"), str(err)  # every problem is at its line
        assert not any(ord(char) < 0x20 and char != "\n" for char in str(err))  # no control reaches the terminal


@pytest.mark.e2e
@settings(max_examples=10, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much])
@given(buildable | book_toml)
def test_check_and_build_agree_and_every_built_epub_passes_epubcheck(folder, data):
    book = manuscript(folder, data)
    checked = main(["-q", "check", str(book)])
    built = main(["-q", "build", str(book), "--epub", "--out", str(folder / "dist"), "--build-dir", str(folder / "b")])
    event("built" if built == 0 else "refused")
    assert 70 not in (checked, built)
    assert (checked in (0, 1)) == (built == 0)  # check passes (warnings aside) exactly when the build does
    if built == 0:
        result = epubcheck(folder / "dist" / "booklet.epub")
        assert "No errors or warnings detected" in result.stdout, result.stdout + result.stderr


# Image bytes: a real PNG, JPEG, GIF or SVG cut short or with bytes flipped, another format's header on noise,
# or noise; under a name that may lie about what it is.
def _png() -> bytes:
    from PIL import Image

    buffer = io.BytesIO()
    Image.new("RGB", (40, 30), (0, 80, 160)).save(buffer, "PNG")
    return buffer.getvalue()


_PNG = _png()
_SVG = b'<svg xmlns="http://www.w3.org/2000/svg" width="4" height="4"><rect width="4" height="4"/></svg>'
_HEADERS = [_PNG[:8], b"\xff\xd8\xff\xe0", b"GIF89a", b"RIFF\x00\x00\x00\x00WEBP", b"<svg", b"BM", b"II*\x00"]


@st.composite
def image_bytes(draw: st.DrawFn) -> bytes:
    kind = draw(st.sampled_from(["png", "svg", "png", "svg", "header", "noise"]))
    if kind in ("png", "svg"):
        whole = bytearray(_PNG if kind == "png" else _SVG)
        for _ in range(draw(st.sampled_from([0, 0, 1, 3]))):
            whole[draw(st.integers(0, len(whole) - 1))] = draw(st.integers(0, 255))
        cut = draw(st.sampled_from([len(whole), len(whole), draw(st.integers(1, len(whole)))]))
        return bytes(whole[:cut])
    noise = draw(st.binary(max_size=64))
    return (draw(st.sampled_from(_HEADERS)) if kind == "header" else b"") + noise


@pytest.mark.e2e
@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(image_bytes(), st.sampled_from(["photo.png", "photo.jpg", "photo.gif", "photo.svg", "photo.webp"]))
def test_any_image_bytes_are_refused_with_a_located_error_or_make_a_valid_epub(folder, data, name):
    figure = {"label": "Fans", "image": f"images/{name}"}
    book = manuscript(
        folder, {"book": {"title": "Photos"}, "chapters": [{"source": "articles/a.txt", "figures": [figure]}]}
    )
    with (book / "articles" / "a.txt").open("a", encoding="utf-8") as article:
        article.write("\nFans\nSupporters collect rubbish into blue bags after the match. Photo: Ken Lens\n")
    (book / "images").mkdir()
    (book / "images" / name).write_bytes(data)
    checked = main(["-q", "check", str(book)])
    built = main(["-q", "build", str(book), "--epub", "--out", str(folder / "dist"), "--build-dir", str(folder / "b")])
    event("built" if built == 0 else "refused")
    assert 70 not in (checked, built)
    assert (checked in (0, 1)) == (built == 0)
    if built == 0:
        result = epubcheck(folder / "dist" / "booklet.epub")
        assert "No errors or warnings detected" in result.stdout, result.stdout + result.stderr
