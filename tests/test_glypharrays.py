"""glypharrays: WeasyPrint's glyph arrays, declared once while booksmith writes, give the same PDF."""

from __future__ import annotations

import io

import pytest
import weasyprint
from weasyprint.text.ffi import ffi

from booksmith.pdf.glypharrays import glyph_arrays_declared_once


def test_an_array_of_as_many_items_is_the_same_array_from_one_declaration():
    with glyph_arrays_declared_once():
        parsed = set(ffi._parsed_types)
        arrays = [ffi.new(f"hb_codepoint_t[{n}]", list(range(7, 7 + n))) for n in (3, 17, 251)]
        assert set(ffi._parsed_types) - parsed <= {"hb_codepoint_t[]"}  # no declaration for each count
        padded = ffi.new("hb_codepoint_t[4]", [1, 2])  # fewer items than the count: cffi's own, zeros after
    for array, n in zip(arrays, (3, 17, 251), strict=True):
        assert ffi.sizeof(array) == n * ffi.sizeof("hb_codepoint_t") and list(array) == list(range(7, 7 + n))
    assert list(padded) == [1, 2, 0, 0]
    assert "new" not in vars(ffi)  # cffi's own again, afterwards


@pytest.mark.e2e
def test_the_pdf_is_byte_identical_with_and_without():
    """Several fonts (serif, sans, mono, a CJK fallback) each subset with a glyph count of its own."""
    text = "".join(
        f"<p style='font-family: {family}'>Words {n} and more words, 日本代表 {n * 7}.</p>"
        for n, family in enumerate(["serif", "sans-serif", "monospace"] * 4)
    )
    document = weasyprint.HTML(string=f"<html lang='en'><title>T</title><body>{text}</body></html>").render()
    plain, declared = io.BytesIO(), io.BytesIO()
    document.write_pdf(plain, pdf_variant="pdf/ua-1", pdf_identifier=True)
    with glyph_arrays_declared_once():
        document.write_pdf(declared, pdf_variant="pdf/ua-1", pdf_identifier=True)
    assert declared.getvalue() == plain.getvalue()
