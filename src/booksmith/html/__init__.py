"""Stage 4, html: the typeset `Book` → markup, through Jinja2 templates a designer can edit.

Takes a `model.Book`; gives the print edition as one HTML document (for WeasyPrint) and the
ebook as one XHTML document per part. `render` holds the environment (autoescape on: article
text is always text), compiled once a process and never kept on disk; the templates are in `templates/`.
"""
