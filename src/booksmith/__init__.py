"""booksmith: news articles in, a print-ready booklet (PDF) and an EPUB 3 out."""

__version__ = "0.1.0"
