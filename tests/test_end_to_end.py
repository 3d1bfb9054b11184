"""The seed booklet, end to end, judged by the real tools: pdftotext, qpdf, pdffonts, EPUBCheck."""

from __future__ import annotations

import re

import pytest

from booksmith import config
from support import (
    SEED_MANUSCRIPT,
    article_sentences,
    dropped_lines,
    epub_documents,
    epubcheck,
    letters,
    pdf_text,
    run,
    tool,
    xhtml_text,
)

pytestmark = pytest.mark.e2e  # every test here builds a real PDF or EPUB

SEED_ARTICLES = [SEED_MANUSCRIPT / c.source for c in config.load(SEED_MANUSCRIPT).config.chapters]


def _running_heads() -> list[str]:
    settings = config.load(SEED_MANUSCRIPT)
    return [settings.config.book.title, *(c.title or "" for c in settings.config.chapters)]


@pytest.mark.parametrize("article", SEED_ARTICLES, ids=lambda p: p.stem)
def test_every_sentence_is_in_the_pdf(seed_build, article):
    text = letters(pdf_text(seed_build.pdf, _running_heads()))
    missing = [s for s in article_sentences(article) if letters(s) not in text]
    assert missing == []


@pytest.mark.parametrize("article", SEED_ARTICLES, ids=lambda p: p.stem)
def test_every_sentence_is_in_the_epub(seed_build, article):
    text = letters("".join(xhtml_text(root) for root in epub_documents(seed_build.epub).values()))
    missing = [s for s in article_sentences(article) if letters(s) not in text]
    assert missing == []


@pytest.mark.parametrize("article", SEED_ARTICLES, ids=lambda p: p.stem)
def test_litter_is_in_neither_output(seed_build, article):
    litter = dropped_lines(article)
    assert litter, "each seed article has web litter to drop"
    pdf = letters(pdf_text(seed_build.pdf))
    epub = letters("".join(xhtml_text(root) for root in epub_documents(seed_build.epub).values()))
    for line in litter:
        assert letters(line) not in pdf
        assert letters(line) not in epub


def test_captions_are_figcaptions_in_the_epub(seed_build):
    ns = {"x": "http://www.w3.org/1999/xhtml"}
    captions = [
        "".join(caption.itertext()).replace("\u00ad", "")  # the ebook's soft hyphens
        for root in epub_documents(seed_build.epub).values()
        for caption in root.iterfind(".//x:figure[@class='photo no-image']/x:figcaption", ns)
    ]
    assert len(captions) == 3
    assert all("Photo: Twitter" in letters(c) or "phototwitter" in letters(c) for c in captions)
    assert any("Japanese fans clean the stadium" in c for c in captions)


def test_quoted_posts_are_blockquotes_with_their_line_breaks(seed_build):
    ns = {"x": "http://www.w3.org/1999/xhtml"}
    chapter = epub_documents(seed_build.epub)["EPUB/chapter-01.xhtml"]
    quotes = chapter.findall(".//x:figure[@class='quotation']/x:blockquote", ns)
    assert len(quotes) == 6
    message = next(q for q in quotes if "Makoto Hasebe." in "".join(q.itertext()))
    assert len(message.findall(".//x:br", ns)) == 6  # seven lines, as Nagatomo posted them


def test_pdf_passes_qpdf_check(seed_build):
    result = run(tool("qpdf"), "--check", seed_build.pdf)
    assert result.returncode == 0, result.stdout + result.stderr


def test_pdf_fonts_are_all_embedded(seed_build):
    result = run(tool("pdffonts"), seed_build.pdf)
    rows = result.stdout.splitlines()[2:]
    assert rows, "the PDF uses fonts"
    for row in rows:
        emb, sub = re.split(r"\s+", row.strip())[-5:-3]
        assert (emb, sub) == ("yes", "yes"), row


def test_epub_passes_epubcheck_without_errors_or_warnings(seed_build):
    result = epubcheck(seed_build.epub)
    assert "Messages: 0 fatals / 0 errors / 0 warnings" in result.stdout, result.stdout + result.stderr
    assert result.returncode == 0
