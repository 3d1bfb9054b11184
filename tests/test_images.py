"""What a figure's image may be: judged by its bytes (a PNG named `.jpg` is a PNG, notes named `.png` are no
image), bounded in pixels before it is decoded, an SVG cleaned down to its drawing; and the two editions
built from a book with such images, checked by EPUBCheck."""

from __future__ import annotations

import struct
import zipfile
import zlib

import pytest
from lxml import etree

from booksmith.cli.main import main
from booksmith.manuscript.images import ImageRefused, clean_svg, examine, sniff
from support import epubcheck, pdf_text, write_photo
from test_safety import build_args, small_book

SVG_NS = "{http://www.w3.org/2000/svg}"
HOSTILE_SVG = b"""<?xml version="1.0"?>
<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink"
     xmlns:inkscape="http://www.inkscape.org/namespaces/inkscape" viewBox="0 0 40 20" onload="alert(1)"
     inkscape:version="1.2">
  <script>fetch('https://example.com/')</script>
  <defs><linearGradient id="sky"><stop offset="0" stop-color="#1d3f8f"/></linearGradient></defs>
  <rect width="40" height="20" fill="url(#sky)"/>
  <circle cx="10" cy="10" r="4" fill="url(http://example.com/paint.svg#p)"/>
  <image href="file:///etc/passwd" width="5" height="5"/>
  <use xlink:href="file:///home/editor/logo.svg#a"/>
  <use href="#sky"/>
  <foreignObject width="10" height="10"><iframe xmlns="http://www.w3.org/1999/xhtml" src="https://example.com"/>
  </foreignObject>
  <style>@import url(https://example.com/x.css);</style>
  <text x="2" y="18" onclick="steal()">Kazan</text>
</svg>
"""


def _png_header(width: int, height: int) -> bytes:
    """A PNG that claims to be `width` × `height`: its pixels need never exist to be refused."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", zlib.compress(b"\0" * 8)) + chunk(b"IEND", b"")


def test_the_format_is_read_from_the_bytes_not_the_name(tmp_path):
    photo = write_photo(tmp_path / "fans.jpg", format="PNG")
    picture = examine(photo)
    assert (picture.media_type, picture.suffix, picture.data) == ("image/png", ".png", photo.read_bytes())
    assert sniff(write_photo(tmp_path / "a.png", format="JPEG").read_bytes()) == "jpeg"
    assert sniff(write_photo(tmp_path / "a.gif", format="GIF").read_bytes()) == "gif"
    assert sniff(write_photo(tmp_path / "a.webp", format="WEBP").read_bytes()) == "webp"


def test_another_raster_format_is_converted_to_png(tmp_path):
    picture = examine(write_photo(tmp_path / "scan.tif", format="TIFF"))
    assert picture.media_type == "image/png" and picture.data.startswith(b"\x89PNG")


@pytest.mark.parametrize(
    ("data", "why"),
    [
        (b"These are my notes, not a photo.\n", "is not an image"),
        (b"\xff\xd8\xff\xe0 a JPEG's first bytes and nothing after", "is not an image"),
        (_png_header(9000, 9000), "is 9,000 × 9,000 pixels; the limit is 60 million: scale it down"),
        (_png_header(100_000, 100_000), "is over 60 million pixels"),
        (b'<!DOCTYPE svg [<!ENTITY a "lol">]><svg xmlns="http://www.w3.org/2000/svg"/>', "DOCTYPE or entities"),
        (b'<svg xmlns="http://www.w3.org/2000/svg"><rect></svg>', "is not well-formed SVG"),
        (b"<svg><rect/></svg>", "not an SVG drawing"),
    ],
)
def test_what_is_no_image_for_the_book_is_refused_with_why(tmp_path, data, why):
    (tmp_path / "x").write_bytes(data)
    with pytest.raises(ImageRefused, match=why.replace("(", r"\(")):
        examine(tmp_path / "x")


def test_an_svg_keeps_its_drawing_and_loses_what_reaches_outside_it():
    cleaned, dropped = clean_svg(HOSTILE_SVG)
    root = etree.fromstring(cleaned)
    tags = {element.tag.removeprefix(SVG_NS) for element in root.iter() if isinstance(element.tag, str)}
    assert tags == {"svg", "defs", "linearGradient", "stop", "rect", "circle", "image", "use", "text"}
    attributes = {name for element in root.iter() for name in element.attrib}
    assert not any(name.startswith("on") or "inkscape" in name for name in attributes)
    assert root.find(f"{SVG_NS}rect").get("fill") == "url(#sky)"  # a reference inside the drawing stays
    assert root.find(f"{SVG_NS}circle").get("fill") is None
    assert root.find(f"{SVG_NS}image").get("href") is None
    assert [use.attrib for use in root.iter(f"{SVG_NS}use")] == [{}, {"href": "#sky"}]
    assert root.find(f"{SVG_NS}text").text == "Kazan"
    assert b"example.com" not in cleaned and b"passwd" not in cleaned
    assert {"<script>", "<foreignObject>", "the onload attribute", "a reference to file:///etc/passwd"} <= set(dropped)


def test_an_svg_may_embed_a_photo_as_data():
    photo = "data:image/png;base64,iVBORw0KGgo="
    svg = f'<svg xmlns="http://www.w3.org/2000/svg"><image href="{photo}" width="4" height="4"/></svg>'
    cleaned, dropped = clean_svg(svg.encode())
    assert etree.fromstring(cleaned).find(f"{SVG_NS}image").get("href") == photo and dropped == ()


def test_a_markdown_chapter_s_image_is_judged_the_same_way(tmp_path, capsys):
    book = small_book(tmp_path)
    (book / "photos").mkdir()
    (book / "photos" / "scan.jpg").write_text("not a photo", encoding="utf-8")
    (book / "foreword.md").write_text("Why.\n\n![The scan](photos/scan.jpg)\n", encoding="utf-8")
    with (book / "book.toml").open("a", encoding="utf-8") as toml:
        toml.write('\n[[chapters]]\nsource = "foreword.md"\ntitle = "Foreword"\n')
    assert main(build_args(book)) == 3
    assert "foreword.md:3: image 'photos/scan.jpg' is not an image" in capsys.readouterr().err


@pytest.mark.e2e
def test_a_book_with_a_misnamed_photo_and_a_hostile_svg_is_a_valid_epub_and_a_pdf(tmp_path):
    book = small_book(tmp_path)
    (book / "photos").mkdir()
    write_photo(book / "photos" / "fans #2 100%.jpg", size=(64, 48), format="PNG")  # a name that is no URL
    (book / "photos" / "map.svg").write_bytes(HOSTILE_SVG)
    story = next((book / "articles").iterdir())
    text = story.read_text(encoding="utf-8")
    figures = (
        "\nIn the stand\nSupporters wave flags in the north stand before kick-off. Photo: Ken Lens\n"
        "\nThe road to Kazan\nThe route the supporters drove from Moscow to Kazan. Photo: Ken Lens\n"
    )
    story.write_text(text + figures, encoding="utf-8")
    with (book / "book.toml").open("a", encoding="utf-8") as toml:
        toml.write('[[chapters.figures]]\nlabel = "In the stand"\nimage = "photos/fans #2 100%.jpg"\n')
        toml.write('[[chapters.figures]]\nlabel = "The road to Kazan"\nimage = "photos/map.svg"\n')
    assert main(build_args(book)) == 0
    dist = book.parent / "dist"
    result = epubcheck(dist / "booklet.epub")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "WARNING" not in result.stdout + result.stderr
    with zipfile.ZipFile(dist / "booklet.epub") as epub:
        names = epub.namelist()
        opf = epub.read(next(name for name in names if name.endswith(".opf"))).decode()
        svg = epub.read(next(name for name in names if name.endswith(".svg")))
    assert any(name.endswith(".png") and "/images/" in name for name in names)  # the PNG named .jpg
    assert 'media-type="image/jpeg"' not in opf
    assert b"script" not in svg and b"example.com" not in svg and b"Kazan" in svg
    assert "The route the supporters drove from Moscow to Kazan." in pdf_text(dist / "booklet.pdf")
