"""The fonts every document uses: Noto Sans (SIL Open Font License, resources/fonts/OFL.txt).

ReportLab's built-in fonts cover only Latin-1, so "Ayşe", "Łukasz" or "Wójcik" would print as
black boxes. Noto Sans covers Latin Extended (and Greek and Cyrillic); it is embedded
(subset) into every PDF. A character the font lacks, such as an emoji in a name, becomes a
visible replacement mark instead of a box or a crash: call :func:`printable` on every text
from the database before it goes on paper.
"""

from __future__ import annotations

import threading
from functools import cache

from lernpartner_desktop.base.resources import resource_path

REGULAR = "LP-Sans"
BOLD = "LP-Sans-Bold"
ITALIC = "LP-Sans-Italic"
BOLD_ITALIC = "LP-Sans-BoldItalic"
FAMILY = "LP-Sans"

_FILES = {
    REGULAR: "NotoSans-Regular.ttf",
    BOLD: "NotoSans-Bold.ttf",
    ITALIC: "NotoSans-Italic.ttf",
    BOLD_ITALIC: "NotoSans-BoldItalic.ttf",
}
#: Shown for a character the font cannot draw (U+FFFD, the replacement character).
REPLACEMENT = "\ufffd"
_lock = threading.Lock()
_registered = False


def register() -> str:
    """Register the family with ReportLab (once per process, thread-safe); returns its name.

    ``<b>`` and ``<i>`` in Paragraphs then pick the bold and italic faces.
    """
    global _registered
    with _lock:
        if not _registered:
            from reportlab.lib.fonts import addMapping
            from reportlab.pdfbase import pdfmetrics
            from reportlab.pdfbase.ttfonts import TTFont

            for name, filename in _FILES.items():
                pdfmetrics.registerFont(TTFont(name, str(resource_path("fonts", filename))))
            addMapping(FAMILY, 0, 0, REGULAR)
            addMapping(FAMILY, 1, 0, BOLD)
            addMapping(FAMILY, 0, 1, ITALIC)
            addMapping(FAMILY, 1, 1, BOLD_ITALIC)
            _registered = True
    return FAMILY


@cache
def _covered() -> frozenset[int]:
    """Code points every face can draw (the regular face's; the others match it)."""
    register()
    from reportlab.pdfbase import pdfmetrics

    face = pdfmetrics.getFont(REGULAR).face
    return frozenset(face.charToGlyph)


def printable(text: str | None) -> str:
    """``text`` with every character the font lacks replaced by a visible mark."""
    if not text:
        return ""
    covered = _covered()
    return "".join(ch if ord(ch) in covered or ch in "\n\r\t" else REPLACEMENT for ch in text)
