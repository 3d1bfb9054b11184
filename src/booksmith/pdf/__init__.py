"""Stage 5, pdf: the print HTML → the print layout → the PDF files.

Takes the print HTML and the print settings; gives the laid-out pages, the page map the EPUB's
page list follows, and the finished files: `layout` (WeasyPrint, with a fetcher that reads
only the book's own files), `pagemap` (where each printed page begins), `finishing` (page
labels, print boxes, crop marks), `parts` and `join` (the parallel layout), `impose`
(the home-printing booklet), `glyphs` (characters no font has), `pagerefs` (a pydyf speed-up).
Nothing here is imported until a PDF is wanted: WeasyPrint and pikepdf are slow imports.
"""
