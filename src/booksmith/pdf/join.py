"""The parallel layout's parts (`pdfparts`) joined into the book's PDF with pikepdf, and finished.

The front matter's file is the base (its catalog: /Lang, /MarkInfo, /ViewerPreferences, the
XMP). The runs and the back matter follow, each on a right-hand page (a blank verso between,
as WeasyPrint leaves one); blank pages before the back cover make whole sheets, as
`layout.pad_for_binding` does. Folios are stamped on as pagination artifacts; the outline and the
named destinations are rebuilt; the parts' tags (PDF/UA) become one structure tree whose
Document holds every part's elements in page order, with one ParentTree numbered as WeasyPrint
numbers a whole book (each page its index, then the link annotations). Finished by the plan
`write` applies to the one-process file (`finishing`: page labels, print boxes, a shop's crop
marks), one join for each edition, and saved with a content-hash /ID.
"""

from __future__ import annotations

import warnings
from contextlib import ExitStack
from pathlib import Path
from typing import Any

import pikepdf

from ..output import atomic_path
from .finishing import (
    PAGE_LABELS,
    REGISTRATION,
    REGISTRATION_SPACE,
    REGISTRATION_TINT,
    Finishing,
    binding_padding,
    without_conformance_claim,
)
from .parts import NotParallel, Parts
from .sharedfonts import MergedFonts, share_font_subsets

# What a part pikepdf cannot read or join raises (a missing key is an AttributeError or a KeyError):
# the book is then laid out in one process instead.
JOIN_ERRORS = (pikepdf.PdfError, RuntimeError, AttributeError, KeyError, ValueError)


def join(parts: Parts, finishing: Finishing, target: Path) -> None:
    """The book's PDF from its parts, finished and written atomically."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", pikepdf.PageCopyWarning)  # the destinations are rebuilt below
        try:
            with ExitStack() as opened:  # every file opened is closed, whatever happens
                return _join(parts, finishing, target, opened)
        except JOIN_ERRORS as error:
            raise NotParallel(f"the parts could not be joined ({type(error).__name__}: {error})") from error


def _join(parts: Parts, finishing: Finishing, target: Path, opened: ExitStack) -> None:
    book = opened.enter_context(pikepdf.open(parts.front.path))
    trim = book.pages[0].obj.get("/TrimBox", book.pages[0].obj.MediaBox)  # with a bleed, [0 0 width height]
    size = (float(trim[2]), float(trim[3]))
    pages = list(book.pages)
    front_index = {page.obj.objgen: i for i, page in enumerate(pages)}
    with book.open_outline() as front_outline:
        outline = [_outline_entry(item, front_index) for item in front_outline.root]
    # A name's first real anchor wins, as in WeasyPrint; the empty stand-ins never do.
    names: dict[str, list[Any]] = {
        str(name): [front_index[dest[0].objgen], *list(dest)[1:]]
        for name, dest in pikepdf.NameTree(book.Root.Names.Dests).items()
        if str(name) not in parts.stand_ins
    }
    trees = [(0, len(book.pages), _without_stand_ins(book.Root.StructTreeRoot))]
    for number, (part, start) in enumerate(zip(parts.body, parts.starts, strict=True)):
        source = opened.enter_context(pikepdf.open(part.path))  # the book's copies read from it until saved
        while len(book.pages) < start:
            book.pages.append(_blank_page(book, size))
        index = {page.obj.objgen: start + i for i, page in enumerate(source.pages)}
        book.pages.extend(source.pages)
        # Copied after its pages, the tree's /Pg and /OBJR point at the book's copies of them.
        copied = book.copy_foreign(source.Root.StructTreeRoot)
        is_back = number == len(parts.body) - 1
        trees.append((start, len(source.pages), _without_stand_ins(copied) if is_back else copied))
        for name, dest in pikepdf.NameTree(source.Root.Names.Dests).items():
            names.setdefault(str(name), [index[dest[0].objgen], *list(dest)[1:]])
        with source.open_outline() as part_outline:
            outline += [_outline_entry(item, index) for item in part_outline.root]
    # The first sheet's first page is the first body part's; the sheets follow on, as many pages each.
    sheets = [opened.enter_context(pikepdf.open(path)) for path in parts.sheets]
    for start, part in zip(parts.starts, parts.body, strict=True):
        for i, folio in enumerate(part.folios):
            if folio:
                sheet, at = divmod(start - parts.starts[0] + i, parts.sheet_pages)
                stamp_artifact(book, book.pages[start + i], sheets[sheet].pages[at], start + i + 1)
    merge_structure(book, trees)
    kept = MergedFonts(parts.kept / "fonts" if parts.kept is not None else None)
    share_font_subsets(book, kept, parts.jobs)  # one subset of each font, not one per part
    kept.prune()
    # Page numbers become the pages themselves, so the padding before the back cover moves them along.
    pages = list(book.pages)
    _pad_for_binding(book, size)
    _set_destinations(book, names, pages, outline)
    finish(book, finishing)
    with atomic_path(target) as temporary:
        book.save(
            temporary,
            deterministic_id=True,  # a hash of the content: the same book, the same bytes
            object_stream_mode=pikepdf.ObjectStreamMode.generate,
            compress_streams=True,
            fix_metadata_version=False,  # the XMP exactly as WeasyPrint wrote it
        )


def _pad_for_binding(book: pikepdf.Pdf, size: tuple[float, float]) -> None:
    """Blank pages before the back cover (the last page) so a folded booklet has whole sheets."""
    for _ in range(binding_padding(len(book.pages))):
        book.pages.insert(len(book.pages) - 1, _blank_page(book, size))


def _blank_page(book: pikepdf.Pdf, size: tuple[float, float]) -> pikepdf.Page:
    """A page with nothing on it, the size of the trim (the finishing grows its boxes as any page's)."""
    page = pikepdf.Dictionary(
        Type=pikepdf.Name.Page,
        MediaBox=pikepdf.Array([0, 0, *size]),
        Resources=pikepdf.Dictionary(),
        Contents=book.make_stream(b""),
    )
    return pikepdf.Page(book.make_indirect(page))


def _set_destinations(book: pikepdf.Pdf, names: dict[str, list[Any]], pages: list[Any], outline: list[Any]) -> None:
    index = {page.obj.objgen: i for i, page in enumerate(book.pages)}
    moved = [index[page.obj.objgen] for page in pages]  # a page's number before the padding → after
    tree = pikepdf.NameTree.new(book)
    for name, (number, *where) in sorted(names.items()):
        tree[name] = pikepdf.Array([book.pages[moved[number]].obj, *where])
    book.Root.Names.Dests = tree.obj
    with book.open_outline() as book_outline:
        book_outline.root.clear()
        book_outline.root.extend(_outline_item(entry, moved) for entry in outline)


def finish(book: pikepdf.Pdf, finishing: Finishing) -> None:
    """The finishing plan applied to the joined file, as `write.finish` applies it to a one-process file."""
    book.Root.PageLabels = book.make_indirect(_pikepdf(PAGE_LABELS))
    if "/Metadata" in book.Root:
        book.Root.Metadata.write(without_conformance_claim(book.Root.Metadata.read_bytes()))
    registration: pikepdf.Array | None = None
    for page in book.pages:
        left, bottom, right, top = (float(value) for value in page.obj.get("/TrimBox", page.obj.MediaBox))
        plan = finishing.page((left, bottom, right, top))
        page.obj.TrimBox = pikepdf.Array(plan.trim_box)
        page.obj.BleedBox = pikepdf.Array(plan.bleed_box)
        page.obj.MediaBox = pikepdf.Array(plan.media_box)
        for stale in ("/CropBox", "/ArtBox"):
            if stale in page.obj:
                del page.obj[stale]
        if plan.marks is not None:
            if registration is None:
                tint = book.make_indirect(_pikepdf(REGISTRATION_TINT))
                registration = pikepdf.Array([*(pikepdf.Name(f"/{name}") for name in REGISTRATION_SPACE), tint])
            _draw_after_content(book, page, registration, plan.marks)


def _draw_after_content(book: pikepdf.Pdf, page: pikepdf.Page, registration: pikepdf.Array, marks: bytes) -> None:
    """The marks after the page's own content, which is wrapped in q … Q so its graphics state cannot leak."""
    resources = page.obj.Resources  # a part's pages may share one dictionary: the colour is added once
    if "/ColorSpace" not in resources:
        resources.ColorSpace = pikepdf.Dictionary()
    if REGISTRATION not in resources.ColorSpace:
        resources.ColorSpace[REGISTRATION] = registration
    page.contents_add(book.make_stream(b"q\n"), prepend=True)
    page.contents_add(book.make_stream(b"Q\n" + marks))


def _pikepdf(value: Any) -> Any:
    """The plan's plain data as pikepdf objects: a str is a name."""
    if isinstance(value, dict):
        return pikepdf.Dictionary({f"/{key}": _pikepdf(item) for key, item in value.items()})
    if isinstance(value, list):
        return pikepdf.Array([_pikepdf(item) for item in value])
    return pikepdf.Name(f"/{value}") if isinstance(value, str) else value


def stamp_artifact(book: pikepdf.Pdf, page: pikepdf.Page, stamp: pikepdf.Page, number: int) -> None:
    """Draw `stamp` (a page of the folio sheet) over `page` as a pagination artifact, outside the structure.

    Named by the page's number, not at random, for the same bytes every time; a part's pages may
    share one resource dictionary, so each folio needs a name of its own."""
    form = book.copy_foreign(stamp.as_form_xobject())
    name = page.add_resource(form, pikepdf.Name.XObject, pikepdf.Name(f"/BooksmithFolio{number}"))
    page.contents_add(book.make_stream(b"q\n"), prepend=True)  # the page's own graphics state ends before it
    artifact = f"Q\n/Artifact <</Type /Pagination /Subtype /Footer>> BDC\nq {name} Do Q\nEMC\n"
    page.contents_add(book.make_stream(artifact.encode("ascii")))


def merge_structure(book: pikepdf.Pdf, trees: list[tuple[int, int, Any]]) -> None:
    """One structure tree: every part's top elements under the front's Document, in page order, and one
    ParentTree numbered as WeasyPrint numbers a whole book (each page its index, then the link annotations)."""
    root = book.Root.StructTreeRoot
    document = root.K[0]
    kids: list[Any] = []
    pages: list[Any] = []  # the ParentTree's page entries: key, array of elements by MCID, …
    objects: list[tuple[Any, Any]] = []  # (link annotation, its element), numbered after the pages
    for start, count, tree in trees:
        for kid in tree.K[0].K:
            kid.P = document
            kids.append(kid)
        entries = dict(pikepdf.NumberTree(tree.ParentTree).items())
        for number in range(start, start + count):
            page = book.pages[number]
            pages += [number, entries.pop(int(page.obj.StructParents))]
            page.obj.StructParents = number
            for annotation in page.obj.get("/Annots", []):
                if "/StructParent" in annotation:
                    objects.append((annotation, entries.pop(int(annotation.StructParent))))
        if entries:
            raise RuntimeError(f"a part's ParentTree maps {len(entries)} keys no page or annotation holds")
        _merge_maps(root, tree)
    nums = list(pages)
    for number, (annotation, element) in enumerate(objects, start=len(book.pages)):
        annotation.StructParent = number
        nums += [number, element]
    document.K = pikepdf.Array(kids)
    root.ParentTree = book.make_indirect(pikepdf.Dictionary(Nums=pikepdf.Array(nums)))
    root.ParentTreeNextKey = len(book.pages) + len(objects)


def _merge_maps(root: Any, tree: Any) -> None:
    """The part's RoleMap and ClassMap entries into the book's; one name with two meanings is an error."""
    for key in ("/RoleMap", "/ClassMap"):
        if key not in tree or tree.objgen == root.objgen:
            continue
        if key not in root:
            root[key] = pikepdf.Dictionary()
        merged = root[key]
        for name, value in tree[key].items():
            if name in merged and repr(merged[name]) != repr(value):
                raise RuntimeError(f"{key}{name} means two things in two parts")
            merged[name] = value


def _without_stand_ins(tree: Any) -> Any:
    """The tree without the empty spans `pdfparts.with_anchors` added (they tag nothing)."""
    stack = [tree.K[0]]
    while stack:
        element = stack.pop()
        kids = element.get("/K")
        if not isinstance(kids, pikepdf.Array):
            continue
        kept = [kid for kid in kids if not _empty_span(kid)]
        if len(kept) != len(kids):
            element.K = pikepdf.Array(kept)
        stack += [kid for kid in kept if isinstance(kid, pikepdf.Dictionary) and kid.get("/Type") == "/StructElem"]
    return tree


def _empty_span(kid: Any) -> bool:
    if not isinstance(kid, pikepdf.Dictionary) or kid.get("/S") != "/Span":
        return False
    kids = kid.get("/K")
    return kids is None or (isinstance(kids, pikepdf.Array) and len(kids) == 0)


def _outline_entry(item: Any, index: dict[Any, int]) -> tuple[str, int, list[Any]]:
    return str(item.title), index[item.destination[0].objgen], [_outline_entry(c, index) for c in item.children]


def _outline_item(entry: tuple[str, int, list[Any]], moved: list[int]) -> pikepdf.OutlineItem:
    title, page, children = entry
    item = pikepdf.OutlineItem(title, moved[page])
    item.children.extend(_outline_item(child, moved) for child in children)
    return item
