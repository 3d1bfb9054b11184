"""Is a `booksmith build --jobs N` PDF the one-process PDF? The benchmark's check of the parallel layout.

    parallel.py check REFERENCE.pdf CANDIDATE.pdf     compares two PDFs; prints the findings as JSON

`bench/run.py --parallel` builds each book with `--jobs` (src/booksmith/pdf/parts.py and join.py
lay the chapters out in forked workers and join them) beside the one-process build, and runs this
check on the two: page count, the text of every page (pdftotext), the outline's titles and pages,
where each contents link lands, the structure tree with the text each element tags (poppler's
`pdfinfo -struct-text`), whether every marked-content sequence and link annotation reaches its
element through the ParentTree, the catalog; and `qpdf --check`.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any


def check(reference: str, candidate: str) -> dict[str, Any]:
    """Does the parallel PDF match the one-process PDF: pages, text per page, outline, links, tags, catalog?"""
    texts = [page_texts(reference), page_texts(candidate)]
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


def page_texts(path: str) -> list[str]:
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
    if mode != "check":
        raise SystemExit("usage: parallel.py check REFERENCE.pdf CANDIDATE.pdf")
    print(json.dumps(check(*args)))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
