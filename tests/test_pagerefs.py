"""pagerefs: WeasyPrint's page-reference lookups, remembered while booksmith writes, give the same PDF."""

from __future__ import annotations

import io

import pydyf
import pytest
import weasyprint

from booksmith.pdf.pagerefs import page_references_remembered


def test_the_remembered_references_follow_each_added_page():
    pdf = pydyf.PDF()
    with page_references_remembered():
        assert pdf.page_references == ()
        for count in range(1, 4):
            page = pydyf.Dictionary({"Type": "/Page"})
            pdf.add_object(page)
            pdf.add_page(page)
            assert len(pdf.page_references) == count
            assert pdf.page_references is pdf.page_references  # computed once per page count
    assert isinstance(pydyf.PDF.__dict__["page_references"], property)
    assert pdf.page_references is not pdf.page_references  # pydyf's own again, afterwards


@pytest.mark.e2e
def test_the_pdf_is_byte_identical_with_and_without():
    paragraph = "Words and more words. " * 300
    chapters = "".join(f"<section><h2>Chapter {n}</h2><p>{paragraph}</p></section>" for n in range(6))
    document = weasyprint.HTML(string=f"<html lang='en'><title>T</title><body>{chapters}</body></html>").render()
    plain, remembered = io.BytesIO(), io.BytesIO()
    document.write_pdf(plain, pdf_variant="pdf/ua-1", pdf_identifier=True)
    with page_references_remembered():
        document.write_pdf(remembered, pdf_variant="pdf/ua-1", pdf_identifier=True)
    assert len(document.pages) > 5
    assert remembered.getvalue() == plain.getvalue()
