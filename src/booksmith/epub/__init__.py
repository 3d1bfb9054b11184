"""Stage 6, epub: the typeset `Book` (and the print layout's page map) → an EPUB 3.

Takes a `model.Book`, the ebook stylesheets and the page map; gives `dist/booklet.epub`:
`package` (ebooklib, its traps worked around), `pagebreaks` (the print pages' markers),
`images` (the figures' files), `metadata` (accessibility and print-source metadata), `cover`
(the cover image) and `stylesheets` (what the ebook CSS may reference).
"""
