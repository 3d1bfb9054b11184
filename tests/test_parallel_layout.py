"""The book laid out chapter by chapter (`pdf/parts`, by forked workers with --jobs 2, in one process with
--jobs 1) and joined must be the book laid out in one pass (`build --whole`), and one file however many
processes laid it out.

Compared by the benchmark's check (bench/parallel.py): the page count, each page's text, the
outline, where every link lands, the tagged structure with the text it tags, the print boxes and
page labels, qpdf's check, the fonts embedded; for the home and the shop edition (bleed, crop
marks); and the same bytes twice, the same page map for the EPUB. When equality is not
assured the build says why on stderr and lays the book out in one process.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from dataclasses import replace
from pathlib import Path
from typing import Any

import pikepdf
import pytest

from booksmith import workers
from booksmith.pdf import parts as pdfparts
from booksmith.pdf.layout import PrintSetup
from support import ROOT, SEED_MANUSCRIPT, font_programs, run, tagging_faults, tool

sys.path.insert(0, str(ROOT / "bench"))
import parallel  # the benchmark's check: pages, text, outline, links and tags of two PDFs
from manuscripts import write_manuscript

FALLBACK = "--jobs 2: laid out in one process: "


def booksmith(*args: str | Path) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "booksmith", *map(str, args)]
    return subprocess.run(command, capture_output=True, text=True, check=False)


def build(manuscript: Path, out: Path, *flags: str) -> subprocess.CompletedProcess[str]:
    done = booksmith("build", manuscript, "--pdf", "--out", out / "dist", "--build-dir", out / "build", *flags)
    assert done.returncode == 0, done.stderr
    return done


@pytest.fixture(scope="module")
def books(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """The same 8-chapter book (about 36 pages), both editions, built in one pass, twice with --jobs 2 and
    once in parts in this process (--jobs 1)."""
    work = tmp_path_factory.mktemp("jobs")
    assert write_manuscript(work / "book", 36) >= 6
    build(work / "book", work / "one", "--print", "shop", "--booklet", "--whole")
    for name, flags in (("two", ("--jobs", "2")), ("again", ("--jobs", "2", "--booklet")), ("serial", ("--jobs", "1"))):
        done = build(work / "book", work / name, "--print", "shop", *flags)
        assert FALLBACK not in done.stderr
    return {name: work / name for name in ("one", "two", "again", "serial")}


def _finishing(pdf: Path) -> tuple[str, list[str]]:
    """The page labels, and each page's boxes and whether it has the crop marks' registration colour."""
    with pikepdf.open(pdf) as document:
        pages = [
            repr([page.obj.get(key) for key in ("/MediaBox", "/TrimBox", "/BleedBox", "/CropBox", "/ArtBox")])
            + repr(page.obj.Resources.get("/ColorSpace", {}).get("/BooksmithRegistration"))
            for page in document.pages
        ]
        return repr(document.Root.PageLabels), pages


@pytest.mark.e2e
@pytest.mark.parametrize("edition", ["booklet.pdf", "booklet-shop.pdf"])
def test_the_joined_book_has_the_one_process_pages_outline_links_and_tags(books: dict[str, Path], edition: str) -> None:
    one, two = books["one"] / "dist" / edition, books["two"] / "dist" / edition
    found = parallel.check(str(one), str(two))
    assert found["pages"][0] >= 30 and found["pages"][0] % 4 == 0
    assert found["pages"][1] == found["pages"][0]
    assert found["pages_with_other_text"] == []  # folios, running heads and the contents page's numbers included
    assert found["outline_entries"] >= 8 and found["same_outline"]
    assert found["links"] >= 16 and found["same_links"]
    assert found["structure_text_lines"] > 500 and found["same_structure_text"], found["first_structure_difference"]
    reference, candidate = found["structure"]
    assert candidate["marked_reached"] == reference["marked_reached"] > 0
    # Running heads and folios are pagination artifacts in both: drawn so in one process, stamped so by the join.
    assert candidate["artifacts"] == reference["artifacts"] > 0
    faults = tagging_faults(two)
    assert faults[:2] == (0, 0) and faults == tagging_faults(one)  # nothing untagged or orphaned, in either
    assert found["same_tags"] and found["same"]
    assert _finishing(two) == _finishing(one)  # pdffile's: labels, print boxes, the crop marks' colour


@pytest.mark.e2e
def test_the_check_notices_pages_whose_tags_lead_to_other_pages(books: dict[str, Path], tmp_path: Path) -> None:
    reference, candidate = books["one"] / "dist" / "booklet.pdf", books["two"] / "dist" / "booklet.pdf"
    with pikepdf.open(candidate) as pdf:
        tagged = [page.obj for page in pdf.pages if "/StructParents" in page.obj]
        first, second = tagged[len(tagged) // 2 : len(tagged) // 2 + 2]  # two pages of text
        first.StructParents, second.StructParents = int(second.StructParents), int(first.StructParents)
        pdf.save(tmp_path / "swapped.pdf")
    broken = parallel.structure(str(tmp_path / "swapped.pdf"))
    assert broken["unmapped"] > 0
    assert not parallel.tags_agree(parallel.structure(str(reference)), broken)


@pytest.mark.e2e
@pytest.mark.parametrize("edition", ["booklet.pdf", "booklet-shop.pdf"])
def test_the_joined_book_is_clean_embeds_its_fonts_and_is_reproducible(books: dict[str, Path], edition: str) -> None:
    two = books["two"] / "dist" / edition
    checked = run(tool("qpdf"), "--check", two)
    assert checked.returncode == 0, checked.stdout + checked.stderr
    fonts = run(tool("pdffonts"), two).stdout.splitlines()[2:]
    assert fonts and all(line.split()[-5] == "yes" for line in fonts), fonts  # the emb column
    assert two.read_bytes() == (books["again"] / "dist" / edition).read_bytes()
    assert two.read_bytes() == (books["serial"] / "dist" / edition).read_bytes()  # one process or two: one file


@pytest.mark.e2e
def test_the_joined_book_embeds_each_font_once_and_is_drawn_as_the_one_process_book(
    books: dict[str, Path], tmp_path: Path
) -> None:
    one, two = books["one"] / "dist" / "booklet.pdf", books["two"] / "dist" / "booklet.pdf"
    programs = font_programs(two)
    assert len(programs) >= 4 and programs == sorted(set(programs)) == font_programs(one)
    names = [line.split()[0] for line in run(tool("pdffonts"), two).stdout.splitlines()[2:]]
    assert len(names) == len(set(names)) == len(programs)  # a preflight lists each font once, as for `one`
    assert two.stat().st_size <= 1.15 * one.stat().st_size  # the parts' subsets were a quarter of the file more
    # Text extraction reads /ToUnicode, not the outlines: draw every page of both and compare the pixels.
    for name, pdf in (("one", one), ("two", two)):
        assert run(tool("pdftoppm"), "-r", "40", "-gray", pdf, tmp_path / name).returncode == 0
    from PIL import Image, ImageChops

    pages = sorted(tmp_path.glob("one-*.pgm"))
    assert len(pages) >= 30
    for page in pages:
        with Image.open(page) as a, Image.open(tmp_path / page.name.replace("one-", "two-")) as b:
            assert ImageChops.difference(a, b).getbbox() is None, page.name


@pytest.mark.e2e
def test_folios_from_many_sheets_are_the_one_process_folios(
    books: dict[str, Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The folio sheets, SHEET_PAGES pages each, laid out side by side: with four a sheet, a sheet begins
    on pages with a folio and on blank versos alike, and every page still has the one-process text."""
    from booksmith.pipeline import BuildOptions
    from booksmith.pipeline import build as build_here

    sheets: list[tuple[int, tuple[bool, ...]]] = []
    folio_part = pdfparts._folio_part

    def counted(setup: PrintSetup, folios: tuple[bool, ...], first: int, target: Path) -> pdfparts.Part:
        sheets.append((first, folios))
        return folio_part(setup, folios, first, target)

    monkeypatch.setattr(pdfparts, "SHEET_PAGES", 4)
    monkeypatch.setattr(pdfparts, "_folio_part", counted)
    options = BuildOptions(books["one"].parent / "book", tmp_path / "dist", tmp_path / "build", ("pdf",), jobs=1)
    build_here(options)
    found = parallel.check(str(books["one"] / "dist" / "booklet.pdf"), str(tmp_path / "dist" / "booklet.pdf"))
    assert found["pages"][0] == found["pages"][1] >= 30
    assert found["pages_with_other_text"] == []  # every folio, on every page
    firsts = [first for first, _ in sheets]
    assert len(sheets) >= 6 and firsts == list(range(firsts[0], firsts[0] + 4 * len(sheets), 4))
    assert all(len(folios) == 4 for _, folios in sheets[:-1]) and {False, True} <= {f[0] for _, f in sheets}


@pytest.mark.e2e
def test_the_shop_edition_has_crop_marks_outside_the_bleed(books: dict[str, Path]) -> None:
    with pikepdf.open(books["two"] / "dist" / "booklet-shop.pdf") as document:
        for page in document.pages:
            trim, bleed, media = (list(map(float, page.obj[key])) for key in ("/TrimBox", "/BleedBox", "/MediaBox"))
            assert media[0] < bleed[0] < trim[0] and media[2] > bleed[2] > trim[2]
            assert b"/BooksmithRegistration CS" in page.obj.Contents[-1].read_bytes()  # the marks come last


@pytest.mark.e2e
def test_the_joined_book_imposes_as_the_one_process_book(books: dict[str, Path]) -> None:
    one, again = (books[name] / "dist" / "booklet-imposed.pdf" for name in ("one", "again"))
    assert run(tool("qpdf"), "--check", again).returncode == 0
    texts = parallel.page_texts(str(one))
    assert len(texts) >= 8 and parallel.page_texts(str(again)) == texts


@pytest.mark.e2e
def test_the_page_map_for_the_epub_is_the_one_process_map(books: dict[str, Path]) -> None:
    """The same pages and places; the kept cover page (a one-page PDF, or the front matter's part) draws the
    same cover."""
    from booksmith.pdf.coverimage import cover_from_pdf
    from booksmith.pdf.printlayout import COVER

    one, two = (json.loads((books[name] / "build" / "pagemap.json").read_text()) for name in ("one", "two"))
    assert len(one["starts"]) > 20 and one["pages"] >= 30
    assert (two["pages"], two["starts"]) == (one["pages"], one["starts"])
    one_cover, two_cover = (cover_from_pdf((books[name] / "build" / COVER).read_bytes()) for name in ("one", "two"))
    assert two_cover == one_cover


@pytest.mark.e2e
@pytest.mark.parametrize(
    ("setup", "flags", "reason"),
    [
        ("seed", (), "fewer than 4 chapters"),
        ("own css", (), "the book has its own styles/book.css"),
    ],
)
def test_a_book_it_cannot_join_exactly_is_laid_out_in_one_process(
    tmp_path: Path, setup: str, flags: tuple[str, ...], reason: str
) -> None:
    manuscript = tmp_path / "book"
    shutil.copytree(SEED_MANUSCRIPT, manuscript, ignore=shutil.ignore_patterns("dist", "build"))
    if setup == "own css":
        (manuscript / "styles").mkdir(exist_ok=True)
        (manuscript / "styles" / "book.css").write_text("p { orphans: 3; }\n", encoding="utf-8")
    done = build(manuscript, tmp_path, "--jobs", "2", *flags)
    assert [line for line in done.stderr.splitlines() if line.startswith(FALLBACK)] == [FALLBACK + reason]
    assert run(tool("qpdf"), "--check", tmp_path / "dist" / "booklet.pdf").returncode == 0


def test_without_fork_or_a_second_worker_the_parts_are_laid_out_in_this_process(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    with workers.worker_pool(1) as pool:
        assert isinstance(pool, workers.InThisProcess)
        assert pool.submit(len, "Kazan").result() == 5  # laid out when asked for, here
    monkeypatch.setattr(workers.multiprocessing, "get_all_start_methods", lambda: ["spawn"])
    with workers.worker_pool(2) as pool:
        assert isinstance(pool, workers.InThisProcess)


def _book_html(chapters: int) -> str:
    sections = "".join(
        f'<section class="chapter" id="chapter-{n}"><h1>{n}</h1>{"<p>x</p>" * n}</section>' for n in range(chapters)
    )
    front = '<section class="cover"><h1 class="cover-title">T</h1></section><nav class="contents"></nav>'
    back = '<section class="sources" id="sources"></section><section class="back-cover"></section>'
    return f"<html><head></head><body>{front}{sections}{back}</body></html>"


def test_the_book_is_cut_into_runs_of_whole_chapters() -> None:
    html = _book_html(6)
    head, front, runs, back, tail = pdfparts.split_book(html, 2)
    assert head + front + "".join(runs) + back + tail == html
    assert len(runs) == 2 and all(part.startswith('<section class="chapter"') for part in runs)
    assert back.startswith('<section class="sources"') and "back-cover" in back
    with pytest.raises(pdfparts.NotParallel, match="fewer than 4 chapters"):
        pdfparts.split_book(_book_html(3), 2)


def test_the_join_and_its_pikepdf_load_with_ctrl_c_held(tmp_path: Path) -> None:
    """Ctrl-C inside pikepdf's import aborts Python (see `interrupts`): pdfjoin loads before the build."""
    from booksmith.pipeline import BuildOptions, _libraries

    for jobs in (None, 1, 2):
        parallel = _libraries(BuildOptions(tmp_path, tmp_path, tmp_path, formats=("pdf",), jobs=jobs))
        assert {"booksmith.pdf.parts", "booksmith.pdf.join"} <= set(parallel)
    one_pass = _libraries(BuildOptions(tmp_path, tmp_path, tmp_path, formats=("pdf",)), in_parts=False)
    assert "booksmith.pdf.join" not in one_pass  # nor pikepdf's 10 MiB, for a book laid out in one pass
    assert "booksmith.pdf.join" not in _libraries(BuildOptions(tmp_path, tmp_path, tmp_path, formats=("epub",), jobs=2))
    # PDFium draws the EPUB's cover alone: a PDF without an EPUB never loads it
    assert "pypdfium2" in _libraries(BuildOptions(tmp_path, tmp_path, tmp_path, formats=("epub",)))
    assert "pypdfium2" not in parallel and "pypdfium2" not in one_pass


def test_only_a_book_of_four_chapters_or_more_without_its_own_css_is_laid_out_in_parts(tmp_path: Path) -> None:
    import msgspec

    from booksmith import config
    from booksmith.config.settings import Settings
    from booksmith.pipeline import BuildOptions, _may_lay_out_in_parts

    manuscript = tmp_path / "book"
    shutil.copytree(SEED_MANUSCRIPT, manuscript, ignore=shutil.ignore_patterns("dist", "build"))
    options = BuildOptions(manuscript, tmp_path / "dist", tmp_path / "build")

    def with_chapters(settings: Settings, count: int) -> Settings:
        chapters = (settings.config.chapters * count)[:count]
        return Settings(settings.root, msgspec.structs.replace(settings.config, chapters=chapters), {})

    settings = config.load(manuscript)
    four, three = with_chapters(settings, 4), with_chapters(settings, 3)
    assert _may_lay_out_in_parts(four, options)
    assert not _may_lay_out_in_parts(three, options)
    assert not _may_lay_out_in_parts(four, replace(options, whole=True))
    (manuscript / "styles").mkdir(exist_ok=True)
    (manuscript / "styles" / "book.css").write_text("p { orphans: 3; }\n", encoding="utf-8")
    assert not _may_lay_out_in_parts(with_chapters(config.load(manuscript), 4), options)


def test_no_more_workers_than_runs_or_cores_and_by_default_one_a_core(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(workers.os, "sched_getaffinity", lambda _: {0, 1})  # the cores this process may use
    assert workers.worker_count(8, 5) == 2
    assert workers.worker_count(8, 1) == 1
    assert workers.worker_count(None, 5) == 2
    assert workers.worker_count(1, 5) == 1
    monkeypatch.setattr(workers.os, "sched_getaffinity", lambda _: {3})
    assert workers.worker_count(None, 5) == 1
    monkeypatch.delattr(workers.os, "sched_getaffinity")  # not Linux
    monkeypatch.setattr(workers.os, "cpu_count", lambda: None)
    assert workers.worker_count(4, 3) == 1


@pytest.mark.parametrize("front", ["not a pdf", "a pdf without the parts' names and tags"])
def test_parts_it_cannot_join_are_not_parallel_not_a_traceback(tmp_path: Path, front: str) -> None:
    from booksmith.pdf import join as pdfjoin
    from booksmith.pdf.finishing import Finishing

    path = tmp_path / "front.pdf"
    if front == "not a pdf":
        path.write_bytes(b"%PDF-1.7\nnothing\n")
    else:
        with pikepdf.new() as document:
            document.add_blank_page()
            document.save(path)
    part = pdfparts.Part(path, 1, (False,), {}, (), ())
    parts = pdfparts.Parts(part, (part,), (2,), (path,), pdfparts.SHEET_PAGES, frozenset())
    with pytest.raises(pdfparts.NotParallel, match="the parts could not be joined"):
        pdfjoin.join(parts, Finishing(), tmp_path / "book.pdf")
    assert not (tmp_path / "book.pdf").exists()


@pytest.mark.e2e
def test_a_part_is_written_with_page_references_remembered(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """Without `pagerefs`, WeasyPrint's tagging is quadratic in the part's pages."""
    from contextlib import contextmanager

    from booksmith.pdf import write

    entered: list[bool] = []
    remembered = write.page_references_remembered

    @contextmanager
    def recorded() -> Any:
        with remembered():
            entered.append(True)
            yield

    monkeypatch.setattr(write, "page_references_remembered", recorded)
    layout = PrintSetup(tmp_path, (), "A5", (tmp_path,))
    html = '<html lang="en"><head><title>T</title></head><body><p id="a">x</p></body></html>'
    part = pdfparts.lay_out_part(layout, html, "", tmp_path / "part.pdf")
    assert entered == [True] and part.pages == 1 and part.anchors == {"a": 0}
    with pikepdf.open(part.path) as written:
        assert "/StructTreeRoot" in written.Root  # tagged as the book is


def test_workers_leave_ctrl_c_to_the_parent_which_stops_them_at_once() -> None:
    import signal
    import time

    processes: list[Any] = []
    with pytest.raises(KeyboardInterrupt), workers.worker_pool(2) as pool:
        assert pool.submit(signal.getsignal, signal.SIGINT).result() == signal.SIG_IGN
        pool.submit(time.sleep, 60)
        processes += pool._processes.values()
        raise KeyboardInterrupt  # as Ctrl-C raises it in the parent
    assert len(processes) == 2 and all(process.exitcode == -signal.SIGTERM for process in processes)


@pytest.mark.e2e
def test_the_workers_collect_weasyprint_messages_and_the_parent_says_each_once(
    tmp_path: Path, capfd: pytest.CaptureFixture[str], caplog: pytest.LogCaptureFixture
) -> None:
    import logging

    css = tmp_path / "odd.css"
    css.write_text("p { colour: red; }\n", encoding="utf-8")
    layout = PrintSetup(tmp_path, (css,), "A5", (tmp_path,))
    with caplog.at_level(logging.DEBUG, logger="booksmith"):
        parts = pdfparts.lay_out_in_parts(_book_html(6), layout, 2, tmp_path / "parts")
        assert not caplog.records and "colour" not in capfd.readouterr().err  # nothing said by a worker
        odd = [message for message in parts.messages if "colour" in message]
        assert len(odd) == 1  # laid out in every part and the front matter twice; said once
        pdfparts.say(parts.messages)
    said = [record.getMessage() for record in caplog.records if "colour" in record.getMessage()]
    assert said == [f"warning: weasyprint: {odd[0]}"]
