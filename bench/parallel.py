"""Experiment: lay the chapters out in parallel processes and combine the pages into one PDF.

    parallel.py build HTML PDF BASE WORKERS VARIANT CSS...   the parallel build; its figures as JSON
    parallel.py check REFERENCE.pdf CANDIDATE.pdf     compares two PDFs; prints the findings as JSON

A prototype, not part of booksmith. Chapters open on right-hand pages, so a run of chapters
lays out the same wherever it starts; what does depend on the start is printed by the page
(folios) or points across runs (the contents page, links, the outline). So:
1. the print HTML is cut into the front matter, `WORKERS` runs of whole chapters (balanced
   by length) and the back matter (the sources page);
2. forked workers lay out one run each and write it as a PDF, with its folios taken off and
   noted page by page (whether the page would carry one);
3. meanwhile the parent lays out the front matter once to count its pages; when the runs'
   page counts are in, the back matter is laid out with its links' page numbers, the front
   matter again with the real contents numbers, and a sheet of folios for each part;
4. pikepdf joins the parts (with a blank verso where a part ends on a right-hand page), stamps
   the folios on as pagination artifacts, rebuilds the outline and the named destinations,
   and merges the parts' tags (PDF/UA): one structure tree whose Document holds every part's
   elements in page order, and one ParentTree numbered as WeasyPrint numbers a whole book
   (each page its index, then the link annotations). The front's catalog (/Lang, /MarkInfo,
   /ViewerPreferences, the XMP) is the book's.
`check()` then compares the result with the one-process PDF: page count, the text of every
page (pdftotext), the outline's titles and pages, where each contents link lands, the
structure tree with the text each element tags (poppler's `pdfinfo -struct-text`), whether
every marked-content sequence and link annotation reaches its element through the
ParentTree, the catalog; and runs `qpdf --check`.
"""

from __future__ import annotations

import html as html_escape
import json
import re
import subprocess
import sys
import time

STARTED = time.perf_counter()

from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor  # noqa: E402
from multiprocessing import get_context  # noqa: E402
from pathlib import Path  # noqa: E402
from typing import Any  # noqa: E402

WRITE: dict[str, Any] = {}  # write_pdf's options, set before the workers are forked
_CHAPTER = re.compile(r'<section class="chapter[^"]*"')
_BACK = re.compile(r'<section class="sources[^"]*"')
_LINK = re.compile(r'<a href="#([^"]+)"')
_TARGET_COUNTER = re.compile(r"target-counter\(\s*attr\(\s*href\s*\)\s*,\s*page\s*\)")


def split_book(html: str, runs: int) -> tuple[str, str, list[str], str, str]:
    """(head, front matter, runs of chapter sections, back matter, tail) of the print HTML."""
    body = html.index("<body>") + len("<body>")
    starts = [match.start() for match in _CHAPTER.finditer(html)]
    back = _BACK.search(html, starts[-1])
    end = html.rindex("</body>")
    back_start = back.start() if back else end
    sections = [html[a:b] for a, b in zip(starts, [*starts[1:], back_start], strict=True)]
    total = sum(map(len, sections))
    chunks: list[list[str]] = [[]]
    for section in sections:
        if sum(map(len, chunks[-1])) >= total / runs and len(chunks) < runs:
            chunks.append([])
        chunks[-1].append(section)
    runs_html = ["".join(chunk) for chunk in chunks]
    return html[:body], html[body : starts[0]], runs_html, html[back_start:end], html[end:]


def with_anchors(part: str, names: list[str]) -> str:
    """The part with empty elements for the link targets it lacks, so WeasyPrint keeps those links."""
    spans = "".join(f'<span id="{name}"></span>' for name in names)
    heading = re.search(r"</h[1-6]>", part)
    return part[: heading.start()] + spans + part[heading.start() :] if heading else spans + part


def reference_rules(css: list[str], numbers: dict[str, int]) -> str:
    """The stylesheets' `target-counter(attr(href), page)` rules again, one per link, with the number filled in."""
    import tinycss2

    rules = []
    for path in css:
        for rule in tinycss2.parse_stylesheet(Path(path).read_text(encoding="utf-8"), True, True):
            if rule.type != "qualified-rule":
                continue
            for declaration in tinycss2.parse_declaration_list(rule.content, True, True):
                value = tinycss2.serialize(declaration.value) if declaration.type == "declaration" else ""
                if declaration.lower_name != "content" or not _TARGET_COUNTER.search(value):
                    continue
                for selector in tinycss2.serialize(rule.prelude).split(","):
                    element, _, pseudo = selector.strip().partition("::")
                    pseudo = f"::{pseudo}" if pseudo else ""
                    for name, number in numbers.items():
                        filled = _TARGET_COUNTER.sub(f'"{number}"', value)
                        rules.append(f'{element}[href="#{name}"]{pseudo} {{ content: {filled}; }}')
    return "\n".join(rules)


def lay_out_run(html: str, base: str, css: list[str], extra: str, target: str) -> dict[str, Any]:
    """One run of pages → its PDF without folios; which of its pages carry one; where its anchors are."""
    document = _render(html, base, css, extra)
    folios: list[bool] = []
    anchors: dict[str, int] = {}
    for index, page in enumerate(document.pages):
        boxes = page._page_box.children
        folio = [box for box in boxes if getattr(box, "at_keyword", None) == "@bottom-center" and box.is_generated]
        folios.append(bool(folio))
        page._page_box.children = [box for box in boxes if all(box is not f for f in folio)]
        anchors.update((name, index) for name in page.anchors if name not in anchors)
    document.write_pdf(target, **WRITE)
    return {"pages": len(document.pages), "folios": folios, "anchors": anchors}


def _render(html: str, base: str, css: list[str], extra: str = "") -> Any:
    import weasyprint
    from weasyprint.text.fonts import FontConfiguration

    fonts = FontConfiguration()
    sheets = [weasyprint.CSS(filename=path, font_config=fonts) for path in css]
    sheets += [weasyprint.CSS(string=extra, font_config=fonts)] if extra else []
    return weasyprint.HTML(string=html, base_url=base).render(stylesheets=sheets, font_config=fonts)


def _css_string(text: str) -> str:
    return text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", " ")


def folio_sheet(folios: list[bool], first: int, base: str, css: list[str], target: str) -> None:
    """A run's pages, blank but for their folios, numbered from `first` as in the whole book."""
    pages = "".join(f'<div class="{"folio" if folio else "none"}"></div>' for folio in folios)
    sheet_css = (
        f"@page :first {{ counter-reset: page {first}; }}\n"  # set after the first increment
        "div { break-before: page; height: 1px; } div:first-child { break-before: auto; }\n"
        "div.none { page: none; } @page none { @bottom-center { content: none; } }\n"
        "@page :left { @top-center { content: none; } } @page :right { @top-center { content: none; } }\n"
    )
    html = f"<!DOCTYPE html><html><body>{pages}</body></html>"
    _render(html, base, css, sheet_css).write_pdf(target)


def front_pdf(html: str, base: str, css: list[str], rules: str, pages: int, target: str) -> None:
    document = _render(html, base, css, rules)
    if len(document.pages) != pages:
        raise RuntimeError("the front matter changed length with the real page numbers")
    document.write_pdf(target, **WRITE)


def build(html_path: str, target: str, base: str, runs: int, variant: str, css: list[str]) -> dict[str, Any]:
    import weasyprint  # noqa: F401  (once, before the fork: the workers inherit it)

    # The parts are written as the one-process PDF is (tagged PDF/UA, say); the join merges their structure trees.
    WRITE.update({"pdf_variant": variant} if variant != "-" else {})
    laps: dict[str, float] = {"import": time.perf_counter() - STARTED}
    html = Path(html_path).read_text(encoding="utf-8")
    head, front, chunks, back, tail = split_book(html, runs)
    title = html_escape.unescape(re.search(r'<h1 class="cover-title">(.*?)</h1>', html).group(1))  # type: ignore[union-attr]
    running = f'body {{ string-set: book-title "{_css_string(title)}"; }}'  # the cover sets it in the whole book
    work = Path(target).with_suffix(".parts")
    work.mkdir(exist_ok=True)
    front_links, back_links = _LINK.findall(front), _LINK.findall(back)
    front_html = head + with_anchors(front, front_links) + tail
    back_html = head + with_anchors(back, back_links) + tail
    with ProcessPoolExecutor(runs, mp_context=get_context("fork")) as pool:
        parts = [str(work / f"run-{i}.pdf") for i in range(len(chunks) + 1)]  # the back matter last
        jobs = [
            pool.submit(lay_out_run, head + chunk + tail, base, css, running, part)
            for chunk, part in zip(chunks, parts, strict=False)
        ]
        draft = reference_rules(css, dict.fromkeys(front_links, 999))
        front_pages = len(_render(front_html, base, css, draft).pages)  # while the workers lay out
        results = [job.result() for job in jobs]
        laps["runs"] = time.perf_counter() - STARTED
        where = _anchor_pages(front_pages, results)
        back_rules = running + "\n" + reference_rules(css, {name: where[name] + 1 for name in back_links})
        results.append(pool.submit(lay_out_run, back_html, base, css, back_rules, parts[-1]).result())
        starts = _page_starts(front_pages, results)
        where = _anchor_pages(front_pages, results)
        front_rules = reference_rules(css, {name: where[name] + 1 for name in front_links})
        finishing = [pool.submit(front_pdf, front_html, base, css, front_rules, front_pages, str(work / "front.pdf"))]
        sheets = [str(work / f"folios-{i}.pdf") for i in range(len(parts))]
        finishing += [
            pool.submit(folio_sheet, result["folios"], start + 1, base, css, sheet)
            for result, start, sheet in zip(results, starts, sheets, strict=True)
        ]
        for job in finishing:
            job.result()
    laps["front, back and folios"] = time.perf_counter() - STARTED
    pages = join(work, parts, sheets, starts, results, set(front_links), target)
    laps["join"] = time.perf_counter() - STARTED
    return {"pages": pages, "runs": [r["pages"] for r in results], "laps": laps, "total_seconds": laps["join"]}


def _anchor_pages(front_pages: int, results: list[dict[str, Any]]) -> dict[str, int]:
    """Each anchor's page in the whole book (0-based), from the runs laid out so far."""
    starts = _page_starts(front_pages, results)
    where: dict[str, int] = {}
    for result, start in zip(results, starts, strict=True):
        for name, index in result["anchors"].items():
            where.setdefault(name, start + index)  # the back matter's stand-ins come after the real anchors
    return where


def _page_starts(front_pages: int, results: list[dict[str, Any]]) -> list[int]:
    """Each run's first page (0-based, always a right-hand page: a blank verso may come first)."""
    starts: list[int] = []
    page = front_pages
    for result in results:
        page += page % 2
        starts.append(page)
        page += result["pages"]
    return starts


def join(
    work: Path,
    parts: list[str],
    sheets: list[str],
    starts: list[int],
    results: list[Any],
    stand_ins: set[str],
    target: str,
) -> int:
    """The front matter, the runs (blank versos between), the folios stamped on; outline, links and tags rebuilt."""
    import warnings

    import pikepdf

    warnings.filterwarnings("ignore", category=pikepdf.PageCopyWarning)  # the destinations are rebuilt below
    book = pikepdf.open(work / "front.pdf")  # its catalog (/Lang, /MarkInfo, XMP, …) is the book's
    size = (float(book.pages[0].mediabox[2]), float(book.pages[0].mediabox[3]))
    front_index = {page.obj.objgen: i for i, page in enumerate(book.pages)}
    with book.open_outline() as front_outline:
        outline = [_outline_entry(item, front_index) for item in front_outline.root]
    # A name's first real anchor wins, as in WeasyPrint; the empty stand-ins of the front and back never do.
    names: dict[str, list[Any]] = {
        str(name): [front_index[dest[0].objgen], *list(dest)[1:]]
        for name, dest in pikepdf.NameTree(book.Root.Names.Dests).items()
        if str(name) not in stand_ins
    }
    trees = [(0, len(book.pages), _without_stand_ins(book.Root.StructTreeRoot))]
    opened = []
    for part_path, start in zip(parts, starts, strict=True):
        part = pikepdf.open(part_path)
        opened.append(part)
        while len(book.pages) < start:
            book.add_blank_page(page_size=size)
        index = {page.obj.objgen: start + i for i, page in enumerate(part.pages)}
        book.pages.extend(part.pages)
        # Copied after its pages, the tree's /Pg and /OBJR point at the book's copies of them.
        copied = book.copy_foreign(part.Root.StructTreeRoot)
        trees.append((start, len(part.pages), _without_stand_ins(copied) if part_path == parts[-1] else copied))
        for name, dest in pikepdf.NameTree(part.Root.Names.Dests).items():
            names.setdefault(str(name), [index[dest[0].objgen], *list(dest)[1:]])
        with part.open_outline() as part_outline:
            outline += [_outline_entry(item, index) for item in part_outline.root]
    for sheet_path, start, result in zip(sheets, starts, results, strict=True):
        sheet = pikepdf.open(sheet_path)
        opened.append(sheet)
        for i, (stamp, folio) in enumerate(zip(sheet.pages, result["folios"], strict=True)):
            if folio:
                stamp_artifact(book, book.pages[start + i], stamp)
    merge_structure(book, trees)
    tree = pikepdf.NameTree.new(book)
    for name, (number, *where) in names.items():
        tree[name] = pikepdf.Array([book.pages[number].obj, *where])
    book.Root.Names.Dests = tree.obj
    with book.open_outline() as book_outline:
        book_outline.root.clear()
        book_outline.root.extend(_outline_item(entry) for entry in outline)
    # As compact as WeasyPrint's file; the XMP exactly as WeasyPrint wrote it.
    book.save(target, object_stream_mode=pikepdf.ObjectStreamMode.generate, fix_metadata_version=False)
    return len(book.pages)


def stamp_artifact(book: Any, page: Any, stamp: Any) -> None:
    """Draw `stamp` (a page of the folio sheet) over `page` as a pagination artifact, outside the structure."""
    import pikepdf

    name = page.add_resource(book.copy_foreign(stamp.as_form_xobject()), pikepdf.Name.XObject, prefix="Folio")
    page.contents_add(book.make_stream(b"q\n"), prepend=True)  # the page's own graphics state ends before it
    artifact = f"Q\n/Artifact <</Type /Pagination /Subtype /Footer>> BDC\nq {name} Do Q\nEMC\n"
    page.contents_add(book.make_stream(artifact.encode("ascii")))


def merge_structure(book: Any, trees: list[tuple[int, int, Any]]) -> None:
    """One structure tree: every part's top elements under the front's Document, in page order, and one
    ParentTree numbered as WeasyPrint numbers a whole book (each page its index, then the link annotations)."""
    import pikepdf

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
        renumbered: dict[int, int] = {}
        for number in range(start, start + count):
            page = book.pages[number]
            pages += [number, entries.pop(int(page.obj.StructParents))]
            page.obj.StructParents = number
            for annotation in page.obj.get("/Annots", []):
                if "/StructParent" in annotation:
                    renumbered[int(annotation.StructParent)] = len(objects)
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
    import pikepdf

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
    """The tree without the empty spans `with_anchors` added (they tag nothing; the one-process file has none)."""
    import pikepdf

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
    import pikepdf

    if not isinstance(kid, pikepdf.Dictionary) or kid.get("/S") != "/Span":
        return False
    kids = kid.get("/K")
    return kids is None or (isinstance(kids, pikepdf.Array) and len(kids) == 0)


def _outline_entry(item: Any, index: dict[Any, int]) -> tuple[str, int, Any]:
    return str(item.title), index[item.destination[0].objgen], [_outline_entry(c, index) for c in item.children]


def _outline_item(entry: tuple[str, int, Any]) -> Any:
    import pikepdf

    title, page, children = entry
    item = pikepdf.OutlineItem(title, page)
    item.children.extend(_outline_item(child) for child in children)
    return item


def check(reference: str, candidate: str) -> dict[str, Any]:
    """Does the parallel PDF match the one-process PDF: pages, text per page, outline, links, tags, catalog?"""
    texts = [_page_texts(reference), _page_texts(candidate)]
    differing = [number for number, (a, b) in enumerate(zip(*texts, strict=False), start=1) if a != b]
    outlines = [_outline(reference), _outline(candidate)]
    links = [_links(reference), _links(candidate)]
    with ThreadPoolExecutor(2) as pool:  # poppler's structure reading is slow (45 s per 1,000 pages): both at once
        tagged = list(pool.map(_structure_text, [reference, candidate]))
    facts = [structure(reference), structure(candidate)]
    qpdf = _qpdf_check(candidate)
    same_tags = tagged[0] == tagged[1] and tags_agree(*facts)
    return {
        "pages": [len(texts[0]), len(texts[1])],
        "pages_with_other_text": differing,
        "same_outline": outlines[0] == outlines[1],
        "outline_entries": len(outlines[0]),
        "same_links": links[0] == links[1],
        "links": len(links[0]),
        "bytes": [Path(reference).stat().st_size, Path(candidate).stat().st_size],
        "same_structure_text": tagged[0] == tagged[1],
        "structure_text_lines": len(tagged[0]),
        "first_structure_difference": next(
            ([i, a, b] for i, (a, b) in enumerate(zip(*tagged, strict=False)) if a != b), None
        ),
        "same_tags": same_tags,
        "structure": facts,
        "qpdf_check": qpdf,
        "same": len(texts[0]) == len(texts[1])
        and not differing
        and outlines[0] == outlines[1]
        and links[0] == links[1]
        and same_tags
        and qpdf == "clean",
    }


def tags_agree(reference: dict[str, Any], candidate: dict[str, Any]) -> bool:
    """The same elements, the same tagged content reached from the tree, nothing broken, the same catalog.

    WeasyPrint maps its margin boxes' content (running heads, folios) to elements outside the tree;
    the join stamps the folios as artifacts instead, so only the candidate may have fewer of those."""
    same = ("elements", "marked_reached", "annotations_reached", "pages_reached", "catalog")
    broken = ("wrong_parent", "foreign_page", "unmapped", "annotations_unmapped", "duplicate_keys")
    return (
        all(reference[key] == candidate[key] for key in same)
        and not any(candidate[key] for key in broken)
        and candidate["outside_tree"] <= reference["outside_tree"]
    )


def structure(path: str) -> dict[str, Any]:
    """The tagged structure's facts: elements by type, and how the pages' marked content and link
    annotations map through the ParentTree to elements of the tree (and back through their /K)."""
    import collections

    import pikepdf

    counted: tuple[str, ...] = (
        "wrong_parent",
        "foreign_page",
        "marked",
        "marked_reached",
        "outside_tree",
        "unmapped",
        "artifacts",
    )
    counted += ("annotations_reached", "annotations_unmapped", "annotations_untagged", "pages_reached")
    facts: collections.Counter[str] = collections.Counter(dict.fromkeys(counted, 0))
    with pikepdf.open(path) as pdf:
        elements, held = _walk_tree(pdf, facts)
        _follow_parent_tree(pdf, held, facts)
        return {**facts, "elements": dict(sorted(elements.items())), "catalog": _catalog(pdf)}


def _walk_tree(pdf: Any, facts: Any) -> tuple[dict[str, int], set[tuple[Any, ...]]]:
    """Elements by type, and what the tree holds: (page, MCID, element) and (annotation, element)."""
    import collections

    pages = {page.obj.objgen: i for i, page in enumerate(pdf.pages)}
    elements: collections.Counter[str] = collections.Counter()
    held: set[tuple[Any, ...]] = set()
    root = pdf.Root.StructTreeRoot
    stack: list[tuple[Any, Any, int]] = [(kid, root, -1) for kid in _kids(root)]
    while stack:
        element, parent, on_page = stack.pop()
        elements[str(element.S)] += 1
        facts["wrong_parent"] += element.P.objgen != parent.objgen
        on_page = pages.get(element.Pg.objgen, -1) if "/Pg" in element else on_page
        facts["foreign_page"] += "/Pg" in element and on_page == -1
        for kid in _kids(element):
            if isinstance(kid, int):
                held.add((on_page, kid, element.objgen))
            elif kid.get("/Type") == "/MCR":
                held.add((pages.get(kid.Pg.objgen, -1) if "/Pg" in kid else on_page, int(kid.MCID), element.objgen))
            elif kid.get("/Type") == "/OBJR":
                held.add((kid.Obj.objgen, element.objgen))
            else:
                stack.append((kid, element, on_page))
    return dict(elements), held


def _follow_parent_tree(pdf: Any, held: set[tuple[Any, ...]], facts: Any) -> None:
    """Every marked-content sequence and tagged annotation of every page, through the ParentTree to the tree."""
    import pikepdf

    in_tree = {key[-1] for key in held}
    root = pdf.Root.StructTreeRoot
    parent_tree = {int(key): value for key, value in pikepdf.NumberTree(root.ParentTree).items()}
    keys: list[int] = []
    for number, page in enumerate(pdf.pages):
        keys += [int(page.obj.StructParents)] if "/StructParents" in page.obj else []
        entry = parent_tree.get(int(page.obj.get("/StructParents", -1)))
        entry = entry if isinstance(entry, pikepdf.Array) else pikepdf.Array()  # a page's entry is an array
        reached = facts["marked_reached"]
        for instruction in pikepdf.parse_content_stream(page, "BDC BMC"):
            operands = instruction.operands
            if operands[0] == "/Artifact":
                facts["artifacts"] += 1
            elif isinstance(operands[-1], pikepdf.Dictionary) and "/MCID" in operands[-1]:
                mcid = int(operands[-1].MCID)
                target = entry[mcid] if 0 <= mcid < len(entry) else None
                facts["marked"] += 1
                if target is not None and (number, mcid, target.objgen) in held:
                    facts["marked_reached"] += 1
                elif target is not None and target.objgen not in in_tree:
                    facts["outside_tree"] += 1  # WeasyPrint's margin boxes: running heads, folios
                else:
                    facts["unmapped"] += 1
        facts["pages_reached"] += facts["marked_reached"] > reached
        for annotation in page.obj.get("/Annots", []):
            if "/StructParent" not in annotation:
                facts["annotations_untagged"] += 1
                continue
            keys.append(int(annotation.StructParent))
            target = parent_tree.get(int(annotation.StructParent))
            found = isinstance(target, pikepdf.Dictionary) and (annotation.objgen, target.objgen) in held
            facts["annotations_reached" if found else "annotations_unmapped"] += 1
    facts["duplicate_keys"] = len(keys) - len(set(keys))


def _kids(element: Any) -> list[Any]:
    import pikepdf

    kids = element.get("/K")
    return list(kids) if isinstance(kids, pikepdf.Array) else [] if kids is None else [kids]


def _catalog(pdf: Any) -> dict[str, str]:
    """What PDF/UA asks of the catalog and the metadata, as comparable text."""
    import hashlib

    found = {key: repr(pdf.Root.get(key)) for key in ("/Lang", "/MarkInfo", "/ViewerPreferences")}
    found["version"] = pdf.pdf_version
    found["info"] = repr(sorted((str(key), str(value)) for key, value in pdf.docinfo.items()))
    metadata = pdf.Root.get("/Metadata")
    found["xmp_sha256"] = hashlib.sha256(metadata.read_bytes()).hexdigest() if metadata is not None else ""
    return found


def _structure_text(path: str) -> list[str]:
    """Poppler's reading of the structure tree with the text each element tags; object numbers masked."""
    done = subprocess.run(["pdfinfo", "-struct-text", path], capture_output=True, text=True, check=True)
    return [re.sub(r"Object \d+ \d+", "Object", line) for line in done.stdout.splitlines()]


def _qpdf_check(path: str) -> str:
    done = subprocess.run(["qpdf", "--check", path], capture_output=True, text=True, check=False)
    return "clean" if done.returncode == 0 else f"exit {done.returncode}: {(done.stdout + done.stderr)[-500:]}"


def _page_texts(path: str) -> list[str]:
    done = subprocess.run(["pdftotext", "-layout", path, "-"], capture_output=True, text=True, check=True)
    return done.stdout.split("\f")[:-1]


def _outline(path: str) -> list[tuple[int, str, int]]:
    import pikepdf

    with pikepdf.open(path) as pdf:
        index = {page.obj.objgen: i for i, page in enumerate(pdf.pages)}
        found: list[tuple[int, str, int]] = []

        def walk(items: Any, depth: int) -> None:
            for item in items:
                found.append((depth, str(item.title), index[item.destination[0].objgen]))
                walk(item.children, depth + 1)

        with pdf.open_outline() as outline:
            walk(outline.root, 0)
    return found


def _links(path: str) -> list[tuple[int, int]]:
    """(page of the link, page it lands on) for every internal link."""
    import pikepdf

    with pikepdf.open(path) as pdf:
        index = {page.obj.objgen: i for i, page in enumerate(pdf.pages)}
        names = pikepdf.NameTree(pdf.Root.Names.Dests)
        found = []
        for number, page in enumerate(pdf.pages):
            for annotation in page.obj.get("/Annots", []):
                if annotation.get("/Subtype") == "/Link" and "/Dest" in annotation:
                    found.append((number, index[names[str(annotation.Dest)][0].objgen]))
    return found


def main(argv: list[str]) -> int:
    mode, *args = argv
    if mode == "check":
        figures = check(*args)
    else:
        html, target, base, runs, variant, *css = args
        figures = build(html, target, base, int(runs), variant, css)
    print(json.dumps(figures))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
