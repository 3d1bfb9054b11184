"""The ebook's cover image: the print cover's design, drawn as a PNG with Pillow.

The print cover (print.css, `section.cover`) is an A5 page in the team blue with a
white rule, the title in Linux Biolinum Bold, the subtitle in Linux Libertine Italic
and the editors in Biolinum. This draws the same page at 10 pixels a millimetre
(1480 × 2100), from the same vendored fonts, so the file is the same on every machine.
The colour is read from the print stylesheet's `--team-blue`, so the two covers change
together.
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

PX_PER_MM = 10
PX_PER_PT = PX_PER_MM * 25.4 / 72
WIDTH, HEIGHT = 148 * PX_PER_MM, 210 * PX_PER_MM  # A5
DEFAULT_BLUE = "#1d3f8f"


@dataclass(frozen=True)
class Text:
    """One paragraph of the cover, as print.css sets it."""

    font: str  # file in styles/fonts/
    size_pt: float
    line_height: float  # times the size
    space_before_mm: float
    letter_spacing_em: float = 0.0


TITLE = Text("LinBiolinum_RB.otf", 30, 1.1, 8)  # after the rule's 8 mm margin
SUBTITLE = Text("LinLibertine_RI.otf", 13, 1.35, 5)
CREDITS = Text("LinBiolinum_R.otf", 10, 1.38, 14, letter_spacing_em=0.05)
TOP_MM, SIDE_MM = 60, 14
RULE_MM = (40, 2)  # width, height


def cover_png(title: str, subtitle: str | None, credits: str | None, fonts: Path, blue: str = DEFAULT_BLUE) -> bytes:
    image = Image.new("RGB", (WIDTH, HEIGHT), blue)
    draw = ImageDraw.Draw(image)
    left = SIDE_MM * PX_PER_MM
    y: float = TOP_MM * PX_PER_MM
    draw.rectangle((left, y, left + RULE_MM[0] * PX_PER_MM - 1, y + RULE_MM[1] * PX_PER_MM - 1), fill="white")
    y += RULE_MM[1] * PX_PER_MM
    for text, style in ((title, TITLE), (subtitle, SUBTITLE), (credits, CREDITS)):
        if text:
            y = _paragraph(draw, text, style, fonts, left, y + style.space_before_mm * PX_PER_MM)
    out = io.BytesIO()
    image.save(out, format="PNG", optimize=True)
    return out.getvalue()


def team_blue(stylesheets: list[Path]) -> str:
    """The `--team-blue` a stylesheet sets (the last one wins), or the booklet's blue."""
    colour = DEFAULT_BLUE
    for path in stylesheets:
        found = re.findall(r"--team-blue\s*:\s*(#[0-9a-fA-F]{3,8})\b", path.read_text(encoding="utf-8"))
        colour = found[-1] if found else colour
    return colour


def _paragraph(draw: ImageDraw.ImageDraw, text: str, style: Text, fonts: Path, left: float, top: float) -> float:
    """Draw `text` wrapped to the cover's measure from `top`; return where the paragraph ends."""
    size = style.size_pt * PX_PER_PT
    font = ImageFont.truetype(str(fonts / style.font), round(size))
    spacing = style.letter_spacing_em * size
    line_height = style.line_height * size
    ascent, descent = font.getmetrics()
    half_leading = (line_height - ascent - descent) / 2
    for line in _wrap(text, font, WIDTH - 2 * left, spacing):
        baseline = top + half_leading + ascent
        _draw_line(draw, line, font, (left, baseline), spacing)
        top += line_height
    return top


def _wrap(text: str, font: ImageFont.FreeTypeFont, measure: float, spacing: float) -> list[str]:
    lines: list[str] = []
    for word in text.split():
        candidate = f"{lines[-1]} {word}" if lines else word
        if lines and _width(candidate, font, spacing) <= measure:
            lines[-1] = candidate
        else:
            lines.append(word)
    return lines


def _width(text: str, font: ImageFont.FreeTypeFont, spacing: float) -> float:
    return float(font.getlength(text)) + spacing * len(text)


def _draw_line(
    draw: ImageDraw.ImageDraw, line: str, font: ImageFont.FreeTypeFont, at: tuple[float, float], spacing: float
) -> None:
    if not spacing:
        draw.text(at, line, font=font, fill="white", anchor="ls")
        return
    x, baseline = at
    for char in line:  # letter-spaced, as the print cover's credits line
        draw.text((x, baseline), char, font=font, fill="white", anchor="ls")
        x += float(font.getlength(char)) + spacing
