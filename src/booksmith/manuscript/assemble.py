"""Stage 3: sources → chapters, in book order, via the inspectable chapter files.

An article (`.txt`) is read, cleaned of web litter, parsed into blocks, credited
and titled, then written to `build/chapters/<source>.md`. A chapter written in
Markdown (`.md`: a foreword, an afterword) is read as it is. A chapter file whose
fingerprint still matches its source, its book.toml entry and this code is not
redone, so a one-article change re-assembles one article. When many articles are to
be cleaned (a first build, a new version), forked workers clean them (`workers`), and
the notes each gave are said in book order, as one process would have said them.
"""

from __future__ import annotations

import functools
import hashlib
import json
import logging
from collections.abc import Callable, Iterator
from concurrent.futures import Future
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import msgspec

from .. import __version__
from ..config.settings import ChapterEntry, Settings, resolve_inside
from ..errors import BooksmithError, ConfigError, OutputError, SourceError, display_path, raise_all
from ..model import Block, Chapter, Figure, chapter_id
from ..output import within, write_text_atomic
from .chapterfile import (
    chapter_from_file,
    read_chapter_file,
    read_markdown,
    split_front_matter,
    with_heading_levels,
    write_chapter,
)
from .images import image_problem
from .savedpage import SAVED_PAGE_FACTOR, is_saved_page, saved_files_digest, saved_images_folder
from .sources import read_bytes, read_regular

MIN_STALE_FOR_WORKERS = 4  # fewer articles to clean, and forking costs more than it saves

# The code whose output a chapter file holds: this package and the model (and the config stage,
# which says what a chapter entry means). A change to any of it makes every chapter file stale.
_PACKAGE = Path(__file__).parent
_ASSEMBLY_CODE = (_PACKAGE, _PACKAGE.parent / "config", _PACKAGE.parent / "model.py")


def chapter_file_path(settings: Settings, build_dir: Path, entry: ChapterEntry) -> Path:
    """`build/chapters/<the source's place in the manuscript>.md`, named from the source with its links
    resolved, so no `..` or link in the name book.toml gives can lead the chapter file out of build/."""
    source = resolve_inside(settings.root, entry.source)
    if source is None:
        raise ConfigError(f"'{entry.source}' is outside the manuscript folder", settings.path)
    relative = source.relative_to(settings.root.resolve())
    return within(build_dir, build_dir / "chapters" / relative.with_suffix(".md"))


def assemble_book(
    settings: Settings,
    build_dir: Path | None,
    only: list[str] | None = None,
    jobs: int | None = 1,
    meanwhile: Callable[[], None] | None = None,
) -> tuple[Chapter, ...]:
    """Every chapter of the book (or the `only` ones), in order; all source errors reported together.
    With no build folder (`check`), everything is done in memory: no chapter file is read or written.
    The stale articles are cleaned by up to `jobs` forked workers (None: one a core) when there are many,
    or when the caller has work of its own to do `meanwhile` (called once, whatever the workers do)."""
    chapters: list[Chapter] = []
    errors: list[BooksmithError] = []
    listed = {entry.source for entry in settings.config.chapters}
    for source in set(only or ()) - listed:
        errors.append(ConfigError(f"'{source}' is not a chapter in book.toml", settings.path))
    wanted = [i for i, entry in enumerate(settings.config.chapters) if only is None or entry.source in only]
    kept = {i: found for i in wanted if (found := _kept_or_stale(settings, i, build_dir)) is not None}
    made = _made_by_workers(settings, [i for i, found in kept.items() if found.chapter is None], jobs, meanwhile)
    for index in wanted:
        try:
            # Asked for by name (make's per-article rule): the file is remade, if only by its date.
            chapters.append(
                assemble_chapter(
                    settings, index, build_dir, touch=only is not None, kept=kept.get(index), made=made.get(index)
                )
            )
        except OutputError:
            raise  # the build folder, not this chapter: once is enough
        except BooksmithError as err:
            errors.append(err)
    raise_all(errors)
    return tuple(chapters)


@dataclass(frozen=True)
class Kept:
    """What the build folder holds for an article: its chapter file's path, the fingerprint the file must
    carry, and the chapter it holds when that fingerprint is the source's (None: the article is stale)."""

    target: Path
    fingerprint: str
    chapter: Chapter | None


@dataclass(frozen=True)
class Made:
    """An article's chapter made by a worker, with the log records its making gave (said by the parent)."""

    chapter: Chapter
    records: tuple[logging.LogRecord, ...]

    def said(self) -> Chapter:
        for record in self.records:
            logging.getLogger(record.name).handle(record)
        return self.chapter


def assemble_chapter(
    settings: Settings,
    index: int,
    build_dir: Path | None,
    *,
    touch: bool = False,
    kept: Kept | None = None,
    made: Made | None = None,
) -> Chapter:
    """One chapter: from its file when that is up to date, else made (or taken as a worker `made` it)."""
    entry = settings.config.chapters[index]
    source = settings.root / entry.source
    if _authored(entry):
        return _authored_chapter(settings, index)
    if build_dir is None:
        return _source_chapter(settings, index)
    kept = kept or _kept(settings, index, build_dir)
    if kept.chapter is not None:
        if touch or kept.target.stat().st_mtime < source.stat().st_mtime:
            kept.target.touch()  # up to date, and now as new as what make compared it with
        return kept.chapter
    chapter = made.said() if made is not None else _source_chapter(settings, index)
    write_text_atomic(kept.target, write_chapter(chapter, kept.fingerprint))
    return chapter


def _authored(entry: ChapterEntry) -> bool:
    """A chapter written in Markdown: read as it is, never cleaned or kept."""
    return Path(entry.source).suffix.lower() == ".md"


def _kept(settings: Settings, index: int, build_dir: Path) -> Kept:
    entry = settings.config.chapters[index]
    source = settings.root / entry.source
    target = chapter_file_path(settings, build_dir, entry)
    if is_saved_page(entry.source):  # the page and what its folder holds: a photo added makes it again
        raw = read_bytes(source, SAVED_PAGE_FACTOR * settings.max_article_bytes)
        raw += saved_files_digest(settings.root, entry.source)
    else:
        raw = read_bytes(source, settings.max_article_bytes)
    print_ = fingerprint(raw, entry)
    return Kept(target, print_, _cached_chapter(settings, index, target, print_))


def _kept_or_stale(settings: Settings, index: int, build_dir: Path | None) -> Kept | None:
    """`_kept` for a copied article or saved page in a build; None for the rest, or when reading it fails
    (`assemble_chapter` then fails at it again, in its turn, with the error in its place)."""
    if build_dir is None or _authored(settings.config.chapters[index]):
        return None
    try:
        return _kept(settings, index, build_dir)
    except BooksmithError:
        return None


# The settings the forked workers clean with: set before the pool forks, so no worker is sent them.
_FORKED: list[Settings] = []


def _made_by_workers(
    settings: Settings, stale: list[int], jobs: int | None, meanwhile: Callable[[], None] | None = None
) -> dict[int, Made]:
    """The stale articles' chapters, made by forked workers when there are enough of them to pay for it, or
    when this process has work to do `meanwhile` on another core: an edit's one article is cleaned (the
    furniture rules loaded, 0.15 s) while the layout's libraries load here. An article a worker could not
    make (an error, or a chapter that would not come back) is left out: `assemble_chapter` makes it in this
    process, and fails there as one process would."""
    from ..workers import worker_count, worker_pool

    workers = worker_count(jobs, max(len(stale), 2 if meanwhile else 1))
    overlap = meanwhile is not None and bool(stale) and workers >= 2
    if not overlap and (len(stale) < MIN_STALE_FOR_WORKERS or workers < 2):
        if meanwhile is not None:
            meanwhile()
        return {}
    # A few articles beside work of this process's own: one worker, the other core this process's (each worker
    # loads the rules again, and a third process on two cores slows the libraries' import more than it saves).
    few = overlap and len(stale) < MIN_STALE_FOR_WORKERS
    _FORKED[:] = [settings]
    try:
        with worker_pool(1 if few else min(workers, len(stale)), alongside=overlap) as pool:
            futures = {index: pool.submit(_made_in_worker, index) for index in stale}
            if meanwhile is not None:
                meanwhile()
            made = {index: _result(future) for index, future in futures.items()}
    finally:
        _FORKED.clear()
    return {index: found for index, found in made.items() if found is not None}


def _result(future: Future[Made | None]) -> Made | None:
    try:
        return future.result()
    except Exception:  # the chapter could not come back (pickling): made again here
        return None


def _made_in_worker(index: int) -> Made | None:
    """In a worker: the article's chapter and what its making logged (kept, not said), or None."""
    records: list[logging.LogRecord] = []
    logger = logging.getLogger("booksmith")
    handlers, propagate = logger.handlers, logger.propagate
    logger.handlers, logger.propagate = [_Recorded(records)], False
    try:
        return Made(_source_chapter(_FORKED[0], index), tuple(records))
    except Exception:  # made again by the parent, which reports it as it would have
        return None
    finally:
        logger.handlers, logger.propagate = handlers, propagate


class _Recorded(logging.Handler):
    """A worker's log records, their messages formatted (a record's arguments may not travel)."""

    def __init__(self, records: list[logging.LogRecord]) -> None:
        super().__init__(logging.NOTSET)
        self.records = records

    def emit(self, record: logging.LogRecord) -> None:
        record.msg, record.args, record.exc_info = record.getMessage(), None, None
        self.records.append(record)


def _source_chapter(settings: Settings, index: int) -> Chapter:
    """A copied article, or a saved web page, made into a chapter (the furniture rules are loaded here, by
    the first article that needs them: a build whose chapters are all kept, or made by workers, never does)."""
    from .article import article_chapter
    from .webpage import webpage_chapter

    entry = settings.config.chapters[index]
    if is_saved_page(entry.source):
        chapter = webpage_chapter(settings, index, chapter_id(index))
        _check_images(settings, chapter.blocks, settings.root / entry.source)
        return chapter
    return article_chapter(settings, index)


@contextmanager
def _at(path: Path) -> Iterator[None]:
    """Errors from a stage that knows a chapter by its book.toml name (`articles/a.txt`, the name
    block origins use) are reported at the file's path as the user reaches it (`manuscript/…`)."""
    try:
        yield
    except BooksmithError as err:
        err.path = display_path(path)
        raise


def fingerprint(raw: bytes, entry: ChapterEntry) -> str:
    digest = hashlib.sha256(raw)
    digest.update(json.dumps(msgspec.to_builtins(entry), sort_keys=True).encode())
    digest.update(_code_digest())
    return "sha256:" + digest.hexdigest()


@functools.cache
def _code_digest() -> bytes:
    """This version's assembly code, every module of it by name and bytes, read once per run."""
    digest = hashlib.sha256(__version__.encode())
    for path in assembly_code():
        digest.update(f"{path.relative_to(_PACKAGE.parent)}\n".encode())
        digest.update(path.read_bytes())
    return digest.digest()


def assembly_code() -> list[Path]:
    """The Python files whose change makes every chapter file stale, in a stable order."""
    files: list[Path] = []
    for place in _ASSEMBLY_CODE:
        files += sorted(place.rglob("*.py")) if place.is_dir() else [place]
    return files


def _cached_chapter(settings: Settings, index: int, target: Path, print_: str) -> Chapter | None:
    """The chapter its file holds, if the file was made from this source by this code and is whole;
    else None, and the chapter is made again. The file is a cache: never a link, never trusted to
    name another source or an image book.toml does not attach."""
    entry = settings.config.chapters[index]
    try:
        text = read_regular(target, 4 * settings.max_article_bytes + 65536, follow_links=False).decode("utf-8")
        front, _, _ = split_front_matter(text, str(target))
        if front.get("fingerprint") != print_ or front.get("source") != entry.source:
            return None
        chapter = chapter_from_file(
            read_chapter_file(text, display_path(target), entry.source), chapter_id(index), entry.source
        )
    except (BooksmithError, UnicodeDecodeError, KeyError, TypeError, ValueError):
        return None
    attached = {figure.image for figure in entry.figures}
    saved_with = _saved_images_folder(entry.source)  # a saved page's own images, in its `Name_files/`
    if any(
        isinstance(block, Figure)
        and block.image not in (None, *attached)
        and not _inside(settings.root, block.image, saved_with)
        for block in chapter.blocks
    ):
        return None
    return chapter


def _saved_images_folder(source: str) -> str | None:
    return saved_images_folder(source) if is_saved_page(source) else None


def _inside(root: Path, image: str | None, folder: str | None) -> bool:
    """Whether a cached chapter's image is a file in its saved page's folder, links resolved."""
    if image is None or folder is None:
        return False
    target, within = resolve_inside(root, image), resolve_inside(root, folder)
    return target is not None and within is not None and target.is_relative_to(within) and target.is_file()


def _authored_chapter(settings: Settings, index: int) -> Chapter:
    from .article import attach_images, chapter_title

    entry = settings.config.chapters[index]
    path = settings.root / entry.source
    source = settings.read_chapter_source(entry)
    with _at(path):
        file = read_markdown("\n".join(source.lines), entry.source)
    if not file.blocks:
        raise SourceError("no text in this chapter", path)
    _check_images(settings, file.blocks, path)
    blocks = attach_images(settings, index, file.blocks)
    title = entry.title or file.front.get("title")
    if title:
        return Chapter(chapter_id(index), str(title), entry.source, blocks, role=entry.role, notes=file.notes)
    title, blocks = chapter_title(settings, index, blocks)  # its first heading may become its title:
    blocks = with_heading_levels(blocks)  # the rest are leveled again, so none is skipped
    return Chapter(chapter_id(index), title, entry.source, blocks, role=entry.role, notes=file.notes)


def _check_images(settings: Settings, blocks: tuple[Block, ...], path: Path) -> None:
    """An image a hand-written chapter names must be a file inside the manuscript: never a URL,
    an absolute path, or a link out of the folder (book.toml's images are checked in config)."""
    errors: list[BooksmithError] = []
    for block in blocks:
        if not isinstance(block, Figure) or block.image is None:
            continue
        target = resolve_inside(settings.root, block.image) if "://" not in block.image else None
        if target is None or not target.is_file():
            problem = "not found" if target is not None else "is not a file inside the manuscript folder"
            errors.append(SourceError(f"image '{block.image}' {problem}", path, block.origin.line))
            continue
        if refused := image_problem(target, block.image, SourceError, path, block.origin.line):
            errors.append(refused)
    raise_all(errors)
