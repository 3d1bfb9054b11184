"""One font subset for the whole joined book, where each part brought its own (`join`).

WeasyPrint subsets every font it embeds to the glyphs its pages use, and keeps each glyph at
its number in the full font (HarfBuzz's retain-gids), so a page's text draws the same glyph
numbers whichever part it came from. A font's subsets from several parts can therefore become
one: the part's subset with the most glyph slots is the base, and every glyph another part
drew is copied into the slot the base left empty; the widths (/W) and the text map
(/ToUnicode) are the union of the parts'. Every page then names the first part's font
dictionary, pointing at the one merged font, and the parts' own dictionaries and subsets are no
longer referenced (qpdf leaves them out): a preflight lists each font once.

A font is only merged when its subsets plainly come from the same font: the same name, the
same kind of outlines (CFF or TrueType), the same glyph names by number and the same private
dictionary; anything else stays as it was (the file is larger, never wrong).

Merging costs fontTools a read of every subset (0.25 s at 108 pages, 0.7 s at 424), so each font
is merged by a worker of its own (as many as the layout had); a merged font is kept in the build
folder (`MergedFonts`) under the digest of what it was merged from, so the build after an edit
that draws no glyph the book did not draw already merges nothing. What each CFF subset brings
(the charstrings and metrics of the glyphs it drew) is kept too (`DrawnGlyphs`): after an edit
that does draw a new glyph, only the edited part's subset and the base are read again (at 424
pages the main font's merge drops from a quarter of a second to a few hundredths).
"""

from __future__ import annotations

import functools
import hashlib
import io
import json
import re
import struct
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pikepdf

from ..errors import BooksmithError
from ..output import write_bytes_atomic

_BFCHAR = re.compile(rb"<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]*)>")
_TO_UNICODE_HEAD = (
    b"/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n/CIDSystemInfo\n"
    b"<< /Registry (Adobe)\n/Ordering (UCS)\n/Supplement 0\n>> def\n/CMapName /Adobe-Identity-UCS def\n"
    b"/CMapType 2 def\n1 begincodespacerange\n<0000> <ffff>\nendcodespacerange\n"
)
_TO_UNICODE_TAIL = b"endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n"


class NotShared(Exception):
    """Two subsets of a name that cannot be shown to be one font: they are left apart."""


FORMAT = 1  # of a kept merged font (`MergedFonts`) and of a subset's drawn glyphs (`DrawnGlyphs`)
MAX_FONT_BYTES = 64 * 1024 * 1024


class MergedFonts:
    """Merged font programs kept in `folder` (None: none kept) by the digest of their subsets and the glyphs
    drawn from each; an entry is the program's SHA-256 and the program, and is used only when they agree
    (a cache: read as a regular file, never through a link). Entries this join did not use are removed."""

    def __init__(self, folder: Path | None) -> None:
        self.folder = folder
        self.used: set[str] = set()

    @staticmethod
    def key(digests: list[bytes], used: list[set[int]], cff: bool) -> str:
        """The key of the merge of subsets with these SHA-256 digests, drawing these glyphs."""
        digest = hashlib.sha256(f"{FORMAT} {cff}\n".encode() + _merging_code())
        for subset, glyphs in zip(digests, used, strict=True):
            digest.update(subset + repr(sorted(glyphs)).encode())
        return digest.hexdigest()

    def get(self, key: str) -> bytes | None:
        program = _read_kept(self.folder, f"{key}.font")
        if program is not None:
            self.used.add(key)
        return program

    def put(self, key: str, program: bytes) -> None:
        _keep(self.folder, f"{key}.font", program)
        self.used.add(key)

    def prune(self) -> None:
        """Remove the merged fonts and the subsets' drawn glyphs this join did not use."""
        if self.folder is None or not self.folder.is_dir():
            return
        for entry in self.folder.iterdir():
            if entry.suffix in (".font", ".glyphs") and entry.stem not in self.used and entry.is_file():
                entry.unlink(missing_ok=True)


class DrawnGlyphs:
    """What each CFF subset brings the merged font, kept in `folder` (None: none kept) by the digest of the
    subset and the glyphs its pages drew: its slot count, a digest of its private dictionary, and each drawn
    glyph's charstring and metrics. An entry is its SHA-256 and its JSON, used only when they agree."""

    def __init__(self, folder: Path | None) -> None:
        self.folder = folder

    @staticmethod
    def key(subset: bytes, glyphs: set[int]) -> str:
        """The key of a subset with this SHA-256 digest, drawing these glyphs."""
        digest = hashlib.sha256(f"{FORMAT} drawn\n".encode() + _merging_code())
        digest.update(subset + repr(sorted(glyphs)).encode())
        return digest.hexdigest()

    def read(self, key: str, font: Any, glyphs: set[int]) -> _Drawn:
        """The drawn glyphs of a subset fontTools has read (`key` as `key` makes it), kept for the next merge."""
        drawn = _drawn_from(font, glyphs)
        _keep(self.folder, f"{key}.glyphs", drawn.to_json())
        return drawn

    def get(self, key: str) -> _Drawn | None:
        data = _read_kept(self.folder, f"{key}.glyphs")
        try:
            return None if data is None else _Drawn.from_json(data)
        except (ValueError, TypeError, KeyError):
            return None


def _read_kept(folder: Path | None, name: str) -> bytes | None:
    """A kept entry's data: a regular file (never a link) holding the data's SHA-256 and the data, or None."""
    if folder is None:
        return None
    from ..manuscript.sources import read_regular

    try:
        entry = read_regular(folder / name, MAX_FONT_BYTES, follow_links=False)
    except BooksmithError:
        return None
    return entry[32:] if hashlib.sha256(entry[32:]).digest() == entry[:32] else None


def _keep(folder: Path | None, name: str, data: bytes) -> None:
    if folder is not None:
        folder.mkdir(parents=True, exist_ok=True)
        write_bytes_atomic(folder / name, hashlib.sha256(data).digest() + data)


@dataclass(frozen=True)
class _Drawn:
    """A CFF subset's part in a merge: how many glyph slots it has, its private dictionary (a digest), and
    the glyphs its pages drew that it does not leave empty, each as (charstring, (advance, side bearing))."""

    slots: int
    private: str
    glyphs: dict[int, tuple[bytes, tuple[int, int]]]

    def to_json(self) -> bytes:
        glyphs = [[glyph, code.hex(), *metrics] for glyph, (code, metrics) in sorted(self.glyphs.items())]
        return json.dumps({"slots": self.slots, "private": self.private, "glyphs": glyphs}).encode()

    @classmethod
    def from_json(cls, data: bytes) -> _Drawn:
        entry = json.loads(data)
        glyphs = {int(glyph): (bytes.fromhex(code), (int(advance), int(bearing)))
                  for glyph, code, advance, bearing in entry["glyphs"]}  # fmt: skip
        if not isinstance(entry["slots"], int) or not isinstance(entry["private"], str):
            raise ValueError("not a subset's drawn glyphs")
        return cls(entry["slots"], entry["private"], glyphs)


@functools.cache
def _merging_code() -> bytes:
    """This module and fontTools' release, read once a process: a change to either merges fonts again."""
    from .printlayout import key_bytes, release_bytes

    return key_bytes(Path(__file__)) + release_bytes("fontTools")


def share_font_subsets(book: pikepdf.Pdf, kept: MergedFonts | None = None, jobs: int | None = 1) -> int:
    """Merge each font's subsets into one (taken from `kept` when it has them merged, else merged by up to
    `jobs` forked workers, a font each: None, one a core); how many were merged."""
    kept = kept or MergedFonts(None)
    plans = []
    for group, places in _groups(book):
        if len(group) < 2:
            continue
        try:
            plans.append(_plan(group, places, kept))
        except NotShared:
            continue
    _merge_missing([plan for plan in plans if plan.program is None], kept, jobs)
    merged = 0
    for plan in plans:
        if plan.program is None:
            continue  # the subsets would not merge after all
        _apply(book, plan)
        for fonts, name in plan.places:  # every page names one dictionary of the font
            fonts[name] = plan.fonts[0]
        merged += 1
    return merged


FontPlace = tuple[Any, str]  # a resource dictionary's /Font dictionary, and the name a font has there


def _groups(book: pikepdf.Pdf) -> Iterator[tuple[list[Any], list[FontPlace]]]:
    """The book's composite fonts by name, each group in the order the pages first use them, with the
    places that name them."""
    groups: dict[str, list[Any]] = {}
    places: dict[str, list[FontPlace]] = {}
    seen: set[tuple[int, int]] = set()
    read: set[tuple[int, int]] = set()  # a part's pages share one resource dictionary
    for page in book.pages:
        for fonts, name, font in _fonts(page.obj.get("/Resources", pikepdf.Dictionary()), read):
            if font.get("/Subtype") != "/Type0":
                continue
            places.setdefault(str(font.BaseFont), []).append((fonts, name))
            if font.objgen in seen:
                continue
            seen.add(font.objgen)
            groups.setdefault(str(font.BaseFont), []).append(font)
    for base_font, group in groups.items():
        yield group, places[base_font]


def _fonts(resources: Any, read: set[tuple[int, int]]) -> Iterator[tuple[Any, str, Any]]:
    """The fonts of a resource dictionary not read before, and of the forms it draws (the stamped folios):
    each with the /Font dictionary that names it, and its name there."""
    if resources.is_indirect:
        if resources.objgen in read:
            return
        read.add(resources.objgen)
    fonts = resources.get("/Font", pikepdf.Dictionary())
    for name, font in sorted(fonts.items()):
        yield fonts, name, font
    for _, form in sorted(resources.get("/XObject", pikepdf.Dictionary()).items()):
        if form.get("/Subtype") == "/Form" and "/Resources" in form:
            yield from _fonts(form.Resources, read)


@dataclass
class _Plan:
    """One font's subsets, what they draw, and the merged program once there is one."""

    fonts: list[Any]
    places: list[FontPlace]
    key: str  # /FontFile2 (TrueType) or /FontFile3 (CFF)
    widths: dict[int, Any]
    text: dict[int, bytes]
    files: list[bytes]
    used: list[set[int]]
    drawn_keys: list[str]  # each CFF subset's in `DrawnGlyphs` (none for TrueType)
    merged_key: str
    program: bytes | None


def _plan(fonts: list[Any], places: list[FontPlace], kept: MergedFonts) -> _Plan:
    descendants = [font.DescendantFonts[0] for font in fonts]
    if any(str(font.get("/Encoding")) != "/Identity-H" for font in fonts):
        raise NotShared("a font with its own encoding (a glyph it lacked)")
    key = _file_key(descendants[0].FontDescriptor)
    if len({str(d.Subtype) for d in descendants}) != 1 or any(_file_key(d.FontDescriptor) != key for d in descendants):
        raise NotShared("outlines of two kinds")
    widths: dict[int, Any] = {}
    for descendant in descendants:
        for glyph, width in _widths(descendant.get("/W", pikepdf.Array())):
            widths.setdefault(glyph, width)
    text: dict[int, bytes] = {}
    for font in fonts:
        for glyph, unicode in _to_unicode(font):
            text.setdefault(glyph, unicode)
    files = [d.FontDescriptor[key].read_bytes() for d in descendants]
    used = [{glyph for glyph, _ in _widths(d.get("/W", pikepdf.Array()))} for d in descendants]
    digests = [hashlib.sha256(data).digest() for data in files]
    cff = key == "/FontFile3"
    drawn_keys = [DrawnGlyphs.key(subset, glyphs) for subset, glyphs in zip(digests, used, strict=True)] if cff else []
    kept.used.update(drawn_keys)  # kept for the next edit's merge, whether this one needs them or not
    merged_key = kept.key(digests, used, cff)
    return _Plan(fonts, places, key, widths, text, files, used, drawn_keys, merged_key, kept.get(merged_key))


def _merge_missing(plans: list[_Plan], kept: MergedFonts, jobs: int | None) -> None:
    """The merged programs not kept already, a font a worker (fontTools reads every subset: at 424 pages
    most of the join), each kept as it comes."""
    from ..workers import worker_count, worker_pool

    with worker_pool(worker_count(jobs, len(plans))) as pool:
        merging = [pool.submit(_merged_or_none, plan.files, plan.used, plan.drawn_keys, kept.folder) for plan in plans]
        for plan, future in zip(plans, merging, strict=True):
            plan.program = future.result()
            if plan.program is not None:
                kept.put(plan.merged_key, plan.program)


def _merged_or_none(files: list[bytes], used: list[set[int]], drawn_keys: list[str], kept: Path | None) -> bytes | None:
    """The merged program of CFF subsets (their `drawn_keys` in the kept folder) or of TrueType ones (none)."""
    try:
        if drawn_keys:
            return _merged_cff(files, used, drawn_keys, DrawnGlyphs(kept))
        return _merged_glyf(files, used)
    except NotShared:
        return None


def _apply(book: pikepdf.Pdf, plan: _Plan) -> None:
    """Every subset's font dictionary pointed at one descendant font with the merged program."""
    assert plan.program is not None
    key, merged_file = plan.key, plan.program
    first = plan.fonts[0].DescendantFonts[0]
    stream = book.make_stream(merged_file)
    for name, value in first.FontDescriptor[key].stream_dict.items():
        if name not in ("/Length", "/Filter", "/DecodeParms", "/Length1"):
            stream[name] = value
    if key == "/FontFile2":
        stream.Length1 = len(merged_file)
    descriptor = pikepdf.Dictionary({name: value for name, value in first.FontDescriptor.items()})
    descriptor[key] = stream
    bbox = [float(value) for value in first.FontDescriptor.FontBBox]
    bbox[2] = max((float(width) for width in plan.widths.values()), default=0.0)
    descriptor.FontBBox = pikepdf.Array(bbox)
    descendant = pikepdf.Dictionary({name: value for name, value in first.items()})
    descendant.W = _w_array(plan.widths)
    descendant.FontDescriptor = book.make_indirect(descriptor)
    shared = book.make_indirect(descendant)
    to_unicode = book.make_stream(_to_unicode_stream(plan.text))
    for font in plan.fonts:
        font.DescendantFonts = pikepdf.Array([shared])
        font.ToUnicode = to_unicode


def _file_key(descriptor: Any) -> str:
    for key in ("/FontFile3", "/FontFile2"):
        if key in descriptor:
            return key
    raise NotShared("no embedded font file")


def _widths(w: Any) -> Iterator[tuple[int, Any]]:
    """A /W array's (glyph, width) pairs, in both of its forms: `c [w1 w2 …]` and `c1 c2 w`."""
    items = list(w)
    i = 0
    while i < len(items):
        first = int(items[i])
        if isinstance(items[i + 1], pikepdf.Array):
            for offset, width in enumerate(items[i + 1]):
                yield first + offset, width
            i += 2
        else:
            for glyph in range(first, int(items[i + 1]) + 1):
                yield glyph, items[i + 2]
            i += 3


def _w_array(widths: dict[int, Any]) -> pikepdf.Array:
    """Widths as WeasyPrint writes them: each run of consecutive glyphs as `first [w …]`."""
    out: list[Any] = []
    run: list[Any] = []
    for glyph in sorted(widths):
        if glyph - 1 not in widths:
            run = []
            out += [glyph, run]
        run.append(widths[glyph])
    return pikepdf.Array([pikepdf.Array(item) if isinstance(item, list) else item for item in out])


def _to_unicode(font: Any) -> Iterator[tuple[int, bytes]]:
    if "/ToUnicode" not in font:
        return
    for glyph, unicode in _BFCHAR.findall(font.ToUnicode.read_bytes()):
        yield int(glyph, 16), unicode


def _to_unicode_stream(text: dict[int, bytes]) -> bytes:
    """The text map as WeasyPrint writes one: bfchar entries in batches of 100, by glyph."""
    items = sorted(text.items())
    body = b""
    for start in range(0, len(items), 100):
        batch = items[start : start + 100]
        entries = b"".join(b"<%04x> <%s>\n" % (glyph, unicode) for glyph, unicode in batch)
        body += b"%d beginbfchar\n%sendbfchar\n" % (len(batch), entries)
    return _TO_UNICODE_HEAD + body + _TO_UNICODE_TAIL


def _merged_cff(files: list[bytes], used: list[set[int]], drawn_keys: list[str], kept: DrawnGlyphs) -> bytes:
    """One CFF font holding every glyph any part drew (its /W lists them), in its retained slot: the subset
    with the most slots (the first of them) is the base, read whole, and every other brings the glyphs it
    drew as `kept` has them, so a subset is read only the first time it is merged."""
    from fontTools.misc.psCharStrings import T2CharString
    from fontTools.ttLib import TTLibError

    known = [kept.get(key) for key in drawn_keys]
    slots = [found.slots if found else _glyph_count(data) for found, data in zip(known, files, strict=True)]
    base_at = max(range(len(files)), key=lambda i: slots[i])  # the first of the longest
    base = _read_subset(files[base_at])
    drawn = [  # read before any glyph is copied into the base; the base, read once for both
        found or kept.read(key, base if at == base_at else _read_subset(data), glyphs)
        for at, (found, key, data, glyphs) in enumerate(zip(known, drawn_keys, files, used, strict=True))
    ]
    try:
        top = _cff_top(base)
        strings, metrics, order, private = top.CharStrings, base["hmtx"], base.getGlyphOrder(), _private_digest(top)
        for at, subset in enumerate(drawn):
            if at == base_at:
                continue
            if subset.private != private:
                raise NotShared("different private dictionaries")
            for glyph, (code, metric) in subset.glyphs.items():  # by slot, not by name (see _merged_glyf)
                ours = strings[order[glyph]]
                if not _empty_charstring(ours):
                    continue
                if _accented(code):
                    raise NotShared("an accented glyph built of two others (seac)")
                # The same private dictionary (checked): the charstring's encoded width holds.
                strings[order[glyph]] = T2CharString(bytecode=code, private=ours.private, globalSubrs=ours.globalSubrs)
                metrics[order[glyph]] = metric
    except (TTLibError, *FONT_ERRORS) as error:
        raise NotShared(f"a subset fontTools cannot read: {error}") from error
    return _compiled(base)


def _drawn_from(font: Any, glyphs: set[int]) -> _Drawn:
    """What a CFF subset brings a merge: the glyphs its pages drew (`glyphs`), read from its charstrings."""
    from fontTools.ttLib import TTLibError

    try:
        top = _cff_top(font)
        order = font.getGlyphOrder()
        if max(glyphs, default=0) >= len(order):
            raise NotShared("a part draws a glyph its subset does not hold")
        strings, metric = top.CharStrings, _metric_reader(font)
        drawn = {}
        for glyph in sorted(glyphs):
            charstring = strings[order[glyph]]
            if _empty_charstring(charstring):
                continue
            if charstring.bytecode is None:
                raise NotShared("a charstring fontTools decompiled on reading")
            drawn[glyph] = (bytes(charstring.bytecode), metric(glyph))
        return _Drawn(int(font["maxp"].numGlyphs), _private_digest(top), drawn)
    except (TTLibError, *FONT_ERRORS) as error:
        raise NotShared(f"a subset fontTools cannot read: {error}") from error


def _metric_reader(font: Any) -> Callable[[int], tuple[int, int]]:
    """A glyph's (advance, left side bearing) read from the font's hmtx table where it lies, as fontTools would
    decompile it (a subset keeps all its slots, thousands, of which a part draws a few hundred)."""
    table, count = font.reader["hmtx"], int(font["hhea"].numberOfHMetrics)

    def metric(glyph: int) -> tuple[int, int]:
        if glyph < count:
            advance, bearing = struct.unpack_from(">Hh", table, 4 * glyph)
            return int(advance), int(bearing)
        (advance,) = struct.unpack_from(">H", table, 4 * (count - 1))  # the last advance holds for the rest
        (bearing,) = struct.unpack_from(">h", table, 4 * count + 2 * (glyph - count))
        return int(advance), int(bearing)

    return metric


def _cff_top(font: Any) -> Any:
    """The top dictionary of a font's CFF outlines, which a merge can copy charstrings into."""
    if "CFF " not in font:
        raise NotShared("not CFF outlines")
    top = font["CFF "].cff.topDictIndex[0]
    if hasattr(top, "ROS"):
        raise NotShared("a CID-keyed CFF (its private dictionaries are per glyph)")
    return top


def _private_digest(top: Any) -> str:
    """The private dictionary's values but its subroutines: two subsets whose digests differ stay apart."""
    values = sorted((key, value) for key, value in top.Private.rawDict.items() if key != "Subrs")
    return hashlib.sha256(repr(values).encode()).hexdigest()


def _merged_glyf(files: list[bytes], used: list[set[int]]) -> bytes:
    """One TrueType font holding every glyph any part drew, in its retained slot. The subsets are read one
    at a time into the base (a book's two dozen parts, all read at once, were a quarter of its join's
    memory)."""
    from fontTools.ttLib import TTLibError

    counts = [_glyph_count(data) for data in files]
    base_at = max(range(len(files)), key=lambda i: counts[i])  # the first of the longest
    base = _read_subset(files[base_at])
    order = base.getGlyphOrder()
    for at, (data, glyphs) in enumerate(zip(files, used, strict=True)):
        if at == base_at:
            continue
        other = _read_subset(data)
        try:
            other_order = other.getGlyphOrder()
            if max(glyphs, default=0) >= len(other_order):
                raise NotShared("a part draws a glyph its subset does not hold")
            # Slots, not names: a TrueType subset without glyph names gets them made up from what it maps.
            slots = [(order[glyph], other_order[glyph]) for glyph in sorted(glyphs)]
            _copy_glyf_glyphs(base, other, slots, order)
        except (TTLibError, *FONT_ERRORS) as error:
            raise NotShared(f"a subset fontTools cannot read: {error}") from error
    return _compiled(base)


def _compiled(font: Any) -> bytes:
    """The merged font's program; NotShared if fontTools cannot compile it."""
    from fontTools.ttLib import TTLibError

    out = io.BytesIO()
    try:
        font.save(out, reorderTables=True)
    except (TTLibError, *FONT_ERRORS, TypeError) as error:
        raise NotShared(f"the merged font would not compile: {error}") from error
    return out.getvalue()


FONT_ERRORS = (AssertionError, ValueError, KeyError, IndexError, struct.error)  # besides fontTools' TTLibError


def _read_subset(data: bytes) -> Any:
    """A subset as fontTools reads it, its tables read when first asked for; NotShared if it cannot be."""
    from fontTools.ttLib import TTFont, TTLibError

    try:
        # As the subsets are: no bounding boxes worked out again (slow), no time stamp (the same bytes every build).
        font = TTFont(io.BytesIO(data), recalcBBoxes=False, recalcTimestamp=False)
        font.getGlyphOrder()
    except (TTLibError, *FONT_ERRORS) as error:
        raise NotShared(f"a subset fontTools cannot read: {error}") from error
    return font


def _glyph_count(data: bytes) -> int:
    """How many glyph slots a subset has, from its maxp table alone (the glyph order's length)."""
    from fontTools.ttLib import TTFont, TTLibError

    try:
        return int(TTFont(io.BytesIO(data), lazy=True)["maxp"].numGlyphs)
    except (TTLibError, *FONT_ERRORS) as error:
        raise NotShared(f"a subset fontTools cannot read: {error}") from error


def _empty_charstring(charstring: Any) -> bool:
    """A slot the subsetter left empty: `endchar`, with a width before it or not (read from the bytes:
    decompiling thousands of glyphs for each part would cost more than the layout of a chapter)."""
    code = charstring.bytecode
    if code is None:  # already decompiled
        return all(not isinstance(op, str) or op == "endchar" for op in charstring.program)
    numbers = _leading_numbers(code)
    return numbers is not None and numbers[0] <= 1 and numbers[1] == len(code) - 1 and code[-1:] == _ENDCHAR


def _accented(code: bytes) -> bool:
    """`endchar` with four or five numbers before it and nothing else: an accent over a base glyph (seac),
    whose two glyphs the merged font would also need."""
    numbers = _leading_numbers(code)
    return numbers is not None and numbers[0] >= 4 and numbers[1] == len(code) - 1 and code[-1:] == _ENDCHAR


_ENDCHAR = b"\x0e"


def _leading_numbers(code: bytes) -> tuple[int, int] | None:
    """(how many numbers open the charstring, the offset of its first operator)."""
    count, at = 0, 0
    while at < len(code):
        first = code[at]
        size = 1 if 32 <= first <= 246 else 2 if 247 <= first <= 254 else {28: 3, 255: 5}.get(first, 0)
        if size == 0:
            return count, at
        count, at = count + 1, at + size
    return None


def _copy_glyf_glyphs(base: Any, other: Any, slots: list[tuple[str, str]], order: list[str]) -> None:
    """Each (base's name, other's name) of a slot the other drew and the base left empty, copied; a composite
    glyph brings its parts, renamed as the base names their slots."""
    if "glyf" not in base or "glyf" not in other:
        raise NotShared("not TrueType outlines")
    base_glyf, other_glyf = base["glyf"], other["glyf"]
    wanted = list(slots)
    while wanted:
        name, their_name = wanted.pop()
        theirs = other_glyf[their_name]
        if theirs.numberOfContours == 0 or base_glyf[name].numberOfContours != 0:
            continue
        if theirs.isComposite():
            for component in theirs.components:
                slot = other.getGlyphID(component.glyphName)
                if slot >= len(order):
                    raise NotShared("a composite glyph's part lies outside the base's slots")
                wanted.append((order[slot], component.glyphName))
                component.glyphName = order[slot]
        base_glyf[name] = theirs
        base["hmtx"][name] = other["hmtx"][their_name]
