"""The EPUB's package metadata: who made the book, what it is, and how it can be read.

Accessibility metadata (schema.org, as EPUB Accessibility 1.1 asks) states only what
the pipeline itself guarantees: every chapter is structured text with headings, a
table of contents and a reading order; every image has a text alternative; the page
list exists only when the print layout was mapped. It claims no conformance to
EPUB Accessibility / WCAG: that needs a person's evaluation (alt text that describes,
same-script passages in other languages), which a build cannot do.
"""

from __future__ import annotations

from collections import OrderedDict
from dataclasses import dataclass

from ebooklib import epub

from .. import __version__
from ..model import Book

# MARC relator codes (https://id.loc.gov/vocabulary/relators), and which roles make a creator.
MARC_ROLES = {
    "editor": "edt",
    "author": "aut",
    "compiler": "com",
    "translator": "trl",
    "photographer": "pht",
    "designer": "dsr",
}
CREATOR_ROLES = {"editor", "author", "compiler"}


@dataclass(frozen=True)
class Features:
    """What this ebook has, as far as its accessibility metadata is concerned."""

    images: bool  # photos in the text (the cover aside)
    page_list: bool
    print_source: str | None


def describe(package: epub.EpubBook, book: Book, features: Features, summary: str | None = None) -> None:
    """Set every metadata element of `package` (identifier, titles, people, dates, accessibility)."""
    meta = book.meta
    package.metadata.get(epub.NAMESPACES["OPF"], {}).pop("generator", None)  # "Ebook-lib 0.20"
    _meta(package, {"name": "generator", "content": f"booksmith {__version__}"})
    package.set_identifier(meta.identifier)
    package.title = meta.title
    _refined(package, "title", "title", meta.title, {"title-type": "main"})
    if meta.subtitle:
        _refined(package, "title", "subtitle", meta.subtitle, {"title-type": "subtitle"})
    package.set_language(meta.language)
    for index, person in enumerate(meta.contributors, start=1):
        element = "creator" if person.role in CREATOR_ROLES else "contributor"
        role = MARC_ROLES.get(person.role, "edt")
        _refined(package, element, f"{element}-{index}", person.name, {"role": role}, scheme="marc:relators")
    for name, value in (
        ("publisher", meta.publisher),
        ("rights", meta.rights),
        ("description", meta.description),
        ("date", meta.date.isoformat()),
    ):
        if value:
            package.add_metadata("DC", name, value)
    if features.page_list and features.print_source:
        package.add_metadata("DC", "source", features.print_source, {"id": "print-edition"})
        _meta(package, {"property": "pageBreakSource"}, features.print_source)
    _accessibility(package, book, features, summary)


def print_source(book: Book, given: str | None) -> str:
    """How the page list names the print edition: book.toml's `[ebook] print_source`, or a description."""
    meta = book.meta
    edition = f"{meta.edition}, " if meta.edition else ""
    return given or f"{meta.title}, print edition ({edition}{meta.date.isoformat()})"


def _accessibility(package: epub.EpubBook, book: Book, features: Features, summary: str | None) -> None:
    modes = ["textual", "visual"] if features.images else ["textual"]
    for mode in modes:
        _meta(package, {"property": "schema:accessMode"}, mode)
    _meta(package, {"property": "schema:accessModeSufficient"}, "textual")
    wanted = ["structuralNavigation", "tableOfContents", "readingOrder", "ARIA", "displayTransformability"]
    wanted += ["alternativeText"] if features.images else []
    wanted += ["pageNavigation", "printPageNumbers"] if features.page_list else []
    for feature in wanted:
        _meta(package, {"property": "schema:accessibilityFeature"}, feature)
    _meta(package, {"property": "schema:accessibilityHazard"}, "none")
    _meta(package, {"property": "schema:accessibilitySummary"}, summary or _summary(book, features))


def _summary(book: Book, features: Features) -> str:
    parts = [
        "This ebook is structured text: each chapter is its own document with headings,"
        " listed in a table of contents, in one reading order.",
        "Its stylesheet sets no fonts or colours on the text, so the reader's own settings apply.",
    ]
    if features.images:
        parts.append("Every photograph has a text alternative and a caption.")
    if features.page_list:
        parts.append("Page markers and a page list follow the pages of the print edition.")
    parts.append(
        "Passages in another script are marked with their language. It has not been evaluated for conformance"
        " with EPUB Accessibility or WCAG."
    )
    return " ".join(parts)


def _meta(package: epub.EpubBook, attributes: dict[str, str], text: str = "") -> None:
    package.add_metadata(None, "meta", text, OrderedDict(attributes))


def _refined(
    package: epub.EpubBook, element: str, uid: str, value: str, refinements: dict[str, str], scheme: str = ""
) -> None:
    """A Dublin Core element with its own id, and `<meta refines>` properties about it."""
    package.add_metadata("DC", element, value, {"id": uid})
    for name, refined in refinements.items():
        attributes = {"refines": f"#{uid}", "property": name} | ({"scheme": scheme} if scheme else {})
        _meta(package, attributes, refined)
