"""`booksmith preview`: the booklet as pictures, before anything is printed.

Every page of `dist/booklet.pdf` becomes `dist/preview/page-NN.png` (poppler's
pdftoppm), and `dist/preview/spreads.png` shows the whole booklet as a reader
holds it: the cover alone on the right, then facing pages 2–3, 4–5 …, and the
last page alone on the left when the count is even.
"""

from __future__ import annotations

import math
import shutil
import subprocess
import tempfile
from pathlib import Path
from typing import Any

from ..errors import RenderError
from ..output import atomic_path

PREVIEW = "preview"
SHEET = "spreads.png"
PAGE_DPI = 96
THUMB_HEIGHT = 340  # px: a page's height on the contact sheet
GAP = 36  # px between spreads (room for the label under each)
MARGIN = 32
BACKGROUND = (92, 96, 102)  # a dark table, so white pages stand out
GUTTER = (200, 200, 200)
LABEL = (235, 235, 235)

Spread = tuple[int | None, int | None]  # (left page, right page), 1-based; None: no page on that side


def spreads(pages: int) -> list[Spread]:
    """Facing pages as a reader sees them: 1 alone on the right, 2–3, 4–5 …, an even last page alone."""
    if pages < 1:
        return []
    result: list[Spread] = [(None, 1)]
    for left in range(2, pages + 1, 2):
        result.append((left, left + 1 if left + 1 <= pages else None))
    return result


def make_preview(pdf: Path, out: Path, dpi: int = PAGE_DPI) -> tuple[list[Path], Path]:
    """Render every page and the spreads sheet into `out/preview/`; returns (pages, sheet)."""
    if not pdf.is_file():
        raise RenderError("no PDF to preview", pdf, hint="run `booksmith build --pdf` first")
    folder = out / PREVIEW
    pages = render_pages(pdf, folder, dpi)
    sheet = folder / SHEET
    compose_sheet(pages, sheet)
    return pages, sheet


def render_pages(pdf: Path, folder: Path, dpi: int) -> list[Path]:
    """`page-01.png` … for every page; pages of an earlier, longer booklet are removed."""
    pdftoppm = shutil.which("pdftoppm")
    if pdftoppm is None:
        raise RenderError(
            "'pdftoppm' is not installed; preview needs it", hint="Debian package poppler-utils: make system-deps"
        )
    folder.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=folder, prefix=".render-") as scratch:
        result = subprocess.run(
            [pdftoppm, "-png", "-r", str(dpi), str(pdf), str(Path(scratch) / "page")],
            capture_output=True,
            text=True,
            check=False,
        )
        if result.returncode != 0:
            raise RenderError(f"pdftoppm could not render the PDF: {result.stderr.strip()}", pdf)
        rendered = sorted(Path(scratch).glob("page-*.png"), key=_page_number)
        for old in folder.glob("page-*.png"):
            old.unlink()
        width = max(2, len(str(len(rendered))))
        pages = []
        for number, image in enumerate(rendered, start=1):
            target = folder / f"page-{number:0{width}d}.png"
            image.replace(target)
            pages.append(target)
    return pages


def _page_number(path: Path) -> int:
    return int(path.stem.rsplit("-", 1)[1])


def compose_sheet(pages: list[Path], target: Path, thumb_height: int = THUMB_HEIGHT) -> None:
    """Lay the pages out as spreads on one picture, a few spreads a row, each labelled."""
    from PIL import Image, ImageDraw

    thumbs = [_thumbnail(Image.open(path), thumb_height) for path in pages]
    page_w = max(thumb.width for thumb in thumbs)
    layout = spreads(len(thumbs))
    columns = min(len(layout), max(1, math.ceil(math.sqrt(len(layout) * 1.3))))
    rows = math.ceil(len(layout) / columns)
    width = 2 * MARGIN + columns * 2 * page_w + (columns - 1) * GAP
    height = 2 * MARGIN + rows * (thumb_height + GAP) - GAP + GAP // 2
    sheet = Image.new("RGB", (width, height), BACKGROUND)
    draw = ImageDraw.Draw(sheet)
    font, dash = _label_font(max(12, GAP // 2))
    for index, (left, right) in enumerate(layout):
        x = MARGIN + (index % columns) * (2 * page_w + GAP)
        y = MARGIN + (index // columns) * (thumb_height + GAP)
        for side, number in ((0, left), (1, right)):
            if number is not None:
                sheet.paste(thumbs[number - 1], (x + side * page_w, y))
        if left is not None and right is not None:  # the fold between facing pages
            draw.line([(x + page_w, y), (x + page_w, y + thumb_height - 1)], fill=GUTTER, width=1)
        label = dash.join(str(n) for n in (left, right) if n is not None)
        draw.text((x + page_w, y + thumb_height + 4), label, fill=LABEL, font=font, anchor="ma")
    with atomic_path(target) as temporary:
        sheet.save(temporary, format="PNG", optimize=True)


def _thumbnail(image: Any, height: int) -> Any:
    from PIL import Image

    width = round(image.width * height / image.height)
    return image.convert("RGB").resize((width, height), Image.Resampling.LANCZOS)


def _label_font(size: int) -> tuple[Any, str]:
    """The book's own sans (it has an en dash), else Pillow's default font and a hyphen."""
    from PIL import ImageFont

    from ..config.styles import styles_dir

    fonts = sorted((styles_dir() / "fonts").glob("*.[ot]tf"), key=lambda p: ("Biolinum" not in p.name, p.name))
    for path in fonts:
        try:
            return ImageFont.truetype(str(path), size), "–"
        except OSError:
            continue
    try:
        return ImageFont.load_default(size=size), "-"
    except (TypeError, ValueError, OSError):
        return ImageFont.load_default(), "-"
