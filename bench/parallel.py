"""Experiment: lay the chapters out in parallel processes and combine the pages into one PDF.

    parallel.py build HTML PDF BASE WORKERS CSS...   the parallel build; prints its figures as JSON
    parallel.py check REFERENCE.pdf CANDIDATE.pdf     compares two PDFs; prints the findings as JSON

A prototype, not part of booksmith. Chapters open on right-hand pages, so a run of chapters
lays out the same wherever it starts; what does depend on the start is printed by the page
(folios) or points across runs (the contents page, links, the outline). So:
1. the print HTML is cut into the front matter and `WORKERS` runs of whole chapters
   (the sources page goes with the last run), balanced by length;
2. forked workers lay out one run each and write it as a PDF, with its folios taken off and
   noted page by page (whether the page would carry one);
3. meanwhile the parent lays out the front matter once to count its pages; when the runs'
   page counts are in, it lays the front matter out again with the real contents numbers,
   and lays out a sheet of folios, one per page of the whole book;
4. pikepdf joins the parts (with a blank verso where a run ends on a right-hand page),
   stamps the folios on, and rebuilds the outline and the named destinations.
`check()` then compares the result with the one-process PDF: page count, the text of every
page (pdftotext), the outline's titles and pages, and where each contents link lands.
"""

from __future__ import annotations

import html as html_escape
import json
import re
import subprocess
import sys
import time

STARTED = time.perf_counter()

from concurrent.futures import ProcessPoolExecutor  # noqa: E402
from multiprocessing import get_context  # noqa: E402
from pathlib import Path  # noqa: E402
from typing import Any  # noqa: E402

_SECTION = re.compile(r'<section class="(chapter|sources)[^"]*"')


def split_book(html: str, runs: int) -> tuple[str, str, list[str], str]:
    """(head, front matter, runs of chapter sections, tail) of the print HTML."""
    body = html.index("<body>") + len("<body>")
    starts = [match.start() for match in _SECTION.finditer(html)]
    end = html.rindex("</body>")
    sections = [html[a:b] for a, b in zip(starts, [*starts[1:], end], strict=True)]
    total = sum(map(len, sections))
    chunks: list[list[str]] = [[]]
    for section in sections:
        if sum(map(len, chunks[-1])) >= total / runs and len(chunks) < runs:
            chunks.append([])
        chunks[-1].append(section)
    return html[:body], html[body : starts[0]], ["".join(chunk) for chunk in chunks], html[end:]


def lay_out_run(html: str, base: str, css: list[str], book_title: str, target: str) -> dict[str, Any]:
    """One run of chapters → its PDF without folios; which of its pages carry one; where its anchors are."""
    extra = f'body {{ string-set: book-title "{_css_string(book_title)}"; }}'  # the cover set it in one piece
    document = _render(html, base, css, extra)
    folios: list[bool] = []
    anchors: dict[str, int] = {}
    for index, page in enumerate(document.pages):
        boxes = page._page_box.children
        folio = [box for box in boxes if getattr(box, "at_keyword", None) == "@bottom-center" and box.is_generated]
        folios.append(bool(folio))
        page._page_box.children = [box for box in boxes if all(box is not f for f in folio)]
        anchors.update((name, index) for name in page.anchors if name not in anchors)
    document.write_pdf(target)
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


def front_matter(head: str, front: str, tail: str, anchors: list[str], numbers: list[str]) -> tuple[str, str]:
    """The front matter alone: empty anchors keep its contents links, CSS prints the given numbers."""
    spans = "".join(f'<span id="{name}"></span>' for name in anchors)
    html = head + front.replace("<h2>Contents</h2>", f"<h2>{spans}Contents</h2>", 1) + tail
    rules = [
        f'nav.contents li:nth-child({i}) a::after {{ content: leader(". ") "{number}"; }}'
        for i, number in enumerate(numbers, start=1)
    ]
    return html, "\n".join(rules)


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
    document.write_pdf(target)


def build(html_path: str, target: str, base: str, runs: int, css: list[str]) -> dict[str, Any]:
    import weasyprint  # noqa: F401  (once, before the fork: the workers inherit it)

    laps: dict[str, float] = {"import": time.perf_counter() - STARTED}
    html = Path(html_path).read_text(encoding="utf-8")
    head, front, chunks, tail = split_book(html, runs)
    title = html_escape.unescape(re.search(r'<h1 class="cover-title">(.*?)</h1>', html).group(1))  # type: ignore[union-attr]
    work = Path(target).with_suffix(".parts")
    work.mkdir(exist_ok=True)
    anchors = re.findall(r'<a href="#([^"]+)">', front)
    with ProcessPoolExecutor(runs, mp_context=get_context("fork")) as pool:
        parts = [str(work / f"run-{i}.pdf") for i in range(len(chunks))]
        jobs = [
            pool.submit(lay_out_run, head + chunk + tail, base, css, title, part)
            for chunk, part in zip(chunks, parts, strict=True)
        ]
        draft, rules = front_matter(head, front, tail, anchors, ["999"] * len(anchors))
        front_pages = len(_render(draft, base, css, rules).pages)  # while the workers lay out
        results = [job.result() for job in jobs]
        laps["runs"] = time.perf_counter() - STARTED
        starts = _page_starts(front_pages, results)
        where = {
            name: start + i
            for result, start in zip(results, starts, strict=True)
            for name, i in result["anchors"].items()
        }
        final, rules = front_matter(head, front, tail, anchors, [str(where[name] + 1) for name in anchors])
        finishing = [pool.submit(front_pdf, final, base, css, rules, front_pages, str(work / "front.pdf"))]
        sheets = [str(work / f"folios-{i}.pdf") for i in range(len(chunks))]
        finishing += [
            pool.submit(folio_sheet, result["folios"], start + 1, base, css, sheet)
            for result, start, sheet in zip(results, starts, sheets, strict=True)
        ]
        for job in finishing:
            job.result()
    laps["front and folios"] = time.perf_counter() - STARTED
    pages = join(work, parts, sheets, starts, results, target)
    laps["join"] = time.perf_counter() - STARTED
    return {"pages": pages, "runs": [r["pages"] for r in results], "laps": laps, "total_seconds": laps["join"]}


def _page_starts(front_pages: int, results: list[dict[str, Any]]) -> list[int]:
    """Each run's first page (0-based, always a right-hand page: a blank verso may come first)."""
    starts: list[int] = []
    page = front_pages
    for result in results:
        page += page % 2
        starts.append(page)
        page += result["pages"]
    return starts


def join(work: Path, parts: list[str], sheets: list[str], starts: list[int], results: list[Any], target: str) -> int:
    """The front matter, the runs (blank versos between), the folios stamped on, outline and links rebuilt."""
    import pikepdf

    book = pikepdf.open(work / "front.pdf")
    size = (float(book.pages[0].mediabox[2]), float(book.pages[0].mediabox[3]))
    with book.open_outline() as front_outline:
        front_index = {page.obj.objgen: i for i, page in enumerate(book.pages)}
        outline = [_outline_entry(item, front_index) for item in front_outline.root]
    names: dict[str, list[Any]] = {}
    opened = []
    for part_path, start in zip(parts, starts, strict=True):
        part = pikepdf.open(part_path)
        opened.append(part)
        while len(book.pages) < start:
            book.add_blank_page(page_size=size)
        index = {page.obj.objgen: start + i for i, page in enumerate(part.pages)}
        book.pages.extend(part.pages)
        for name, dest in pikepdf.NameTree(part.Root.Names.Dests).items():
            names[str(name)] = [index[dest[0].objgen], *list(dest)[1:]]
        with part.open_outline() as part_outline:
            outline += [_outline_entry(item, index) for item in part_outline.root]
    for sheet_path, start, result in zip(sheets, starts, results, strict=True):
        sheet = pikepdf.open(sheet_path)
        opened.append(sheet)
        for i, (stamp, folio) in enumerate(zip(sheet.pages, result["folios"], strict=True)):
            if folio:
                book.pages[start + i].add_overlay(stamp, pikepdf.Rectangle(0, 0, *size))
    tree = pikepdf.NameTree.new(book)
    for name, (number, *where) in names.items():
        tree[name] = pikepdf.Array([book.pages[number].obj, *where])
    book.Root.Names.Dests = tree.obj
    with book.open_outline() as book_outline:
        book_outline.root.clear()
        book_outline.root.extend(_outline_item(entry) for entry in outline)
    book.save(target, object_stream_mode=pikepdf.ObjectStreamMode.generate)  # as compact as WeasyPrint's
    return len(book.pages)


def _outline_entry(item: Any, index: dict[Any, int]) -> tuple[str, int, Any]:
    return str(item.title), index[item.destination[0].objgen], [_outline_entry(c, index) for c in item.children]


def _outline_item(entry: tuple[str, int, Any]) -> Any:
    import pikepdf

    title, page, children = entry
    item = pikepdf.OutlineItem(title, page)
    item.children.extend(_outline_item(child) for child in children)
    return item


def check(reference: str, candidate: str) -> dict[str, Any]:
    """Does the parallel PDF match the one-process PDF: pages, text per page, outline, links?"""
    texts = [_page_texts(reference), _page_texts(candidate)]
    differing = [number for number, (a, b) in enumerate(zip(*texts, strict=False), start=1) if a != b]
    outlines = [_outline(reference), _outline(candidate)]
    links = [_links(reference), _links(candidate)]
    return {
        "pages": [len(texts[0]), len(texts[1])],
        "pages_with_other_text": differing,
        "same_outline": outlines[0] == outlines[1],
        "outline_entries": len(outlines[0]),
        "same_links": links[0] == links[1],
        "links": len(links[0]),
        "bytes": [Path(reference).stat().st_size, Path(candidate).stat().st_size],
        "same": len(texts[0]) == len(texts[1])
        and not differing
        and outlines[0] == outlines[1]
        and links[0] == links[1],
    }


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
        html, target, base, runs, *css = args
        figures = build(html, target, base, int(runs), css)
    print(json.dumps(figures))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
