"""Stage 2, manuscript: the article files → the book's chapters, in book order.

Takes `Settings`; gives a tuple of `model.Chapter`, each block remembering its `file:line`.
`sources` reads bytes into clean numbered lines, `clean` drops the web page's furniture by
named rules, `parse` turns what is left into typed blocks, `chapterfile` writes and reads
the inspectable chapter files (`build/chapters/*.md`), and `assemble` runs them per chapter,
redoing only the chapters whose source, book.toml entry or code changed.
"""
