"""Experiment: lay the chapters out in parallel processes and combine the pages into one PDF.

    parallel.py build HTML PDF BASE WORKERS VARIANT CSS...   the parallel build; its figures as JSON
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

    # The parts are written as the one-process PDF is (tagged, say), to compare like with like;
    # the joined file keeps their pages but not their structure trees.
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
    """The front matter, the runs (blank versos between), the folios stamped on, outline and links rebuilt."""
    import warnings

    import pikepdf

    warnings.filterwarnings("ignore", category=pikepdf.PageCopyWarning)  # the destinations are rebuilt below
    book = pikepdf.open(work / "front.pdf")
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
    opened = []
    for part_path, start in zip(parts, starts, strict=True):
        part = pikepdf.open(part_path)
        opened.append(part)
        while len(book.pages) < start:
            book.add_blank_page(page_size=size)
        index = {page.obj.objgen: start + i for i, page in enumerate(part.pages)}
        book.pages.extend(part.pages)
        for name, dest in pikepdf.NameTree(part.Root.Names.Dests).items():
            names.setdefault(str(name), [index[dest[0].objgen], *list(dest)[1:]])
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
        "tagged": [_tagged(reference), _tagged(candidate)],
        "same": len(texts[0]) == len(texts[1])
        and not differing
        and outlines[0] == outlines[1]
        and links[0] == links[1],
    }


def _tagged(path: str) -> float:
    """The share of pages the structure tree (PDF/UA tags) reaches: 1.0 for WeasyPrint's own file."""
    import pikepdf

    with pikepdf.open(path) as pdf:
        seen, reached = set(), set()
        stack = [pdf.Root.get("/StructTreeRoot")]
        while stack:
            node = stack.pop()
            if isinstance(node, pikepdf.Array):
                stack.extend(node)
            elif isinstance(node, pikepdf.Dictionary) and node.objgen not in seen:
                if node.objgen != (0, 0):
                    seen.add(node.objgen)
                if "/Pg" in node:
                    reached.add(node.Pg.objgen)
                stack.append(node.get("/K"))
        return sum(1 for page in pdf.pages if page.obj.objgen in reached) / len(pdf.pages)


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
