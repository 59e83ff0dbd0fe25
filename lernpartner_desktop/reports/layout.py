"""The shared layout of every document: page template, letterhead, page numbers, styles.

Use it like this (the access report and every other document do)::

    from lernpartner_desktop.reports import layout

    head = layout.Letterhead.from_profile(company)      # logo and name, checked once
    st = layout.styles()                                # Noto Sans paragraph styles
    story = [layout.SectionStart("p1"), layout.para(_("Title"), st.title), ...]
    pdf = layout.build_pdf(story, title=..., letterhead=head)   # bytes, "Seite 1 von 3"

Every text from the database goes through :func:`para` or :func:`esc` (font coverage and
markup escaping). Pages are numbered per section: a :class:`SectionStart` at the top of each
partnership's pages makes "Seite 1 von 2" count that partnership only.
"""

from __future__ import annotations

import datetime as dt
import io
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from reportlab.platypus import Flowable

from lernpartner_desktop.base.errors import Cancelled
from lernpartner_desktop.base.i18n import QT_TRANSLATE_NOOP, translate
from lernpartner_desktop.reports import fonts

CONTEXT = "Reports"
Progress = Callable[[int, int], None]

WEEKDAYS = (
    QT_TRANSLATE_NOOP("Reports", "Mon"),
    QT_TRANSLATE_NOOP("Reports", "Tue"),
    QT_TRANSLATE_NOOP("Reports", "Wed"),
    QT_TRANSLATE_NOOP("Reports", "Thu"),
    QT_TRANSLATE_NOOP("Reports", "Fri"),
    QT_TRANSLATE_NOOP("Reports", "Sat"),
    QT_TRANSLATE_NOOP("Reports", "Sun"),
)
MONTHS = (
    QT_TRANSLATE_NOOP("Reports", "Jan"),
    QT_TRANSLATE_NOOP("Reports", "Feb"),
    QT_TRANSLATE_NOOP("Reports", "Mar"),
    QT_TRANSLATE_NOOP("Reports", "Apr"),
    QT_TRANSLATE_NOOP("Reports", "May"),
    QT_TRANSLATE_NOOP("Reports", "Jun"),
    QT_TRANSLATE_NOOP("Reports", "Jul"),
    QT_TRANSLATE_NOOP("Reports", "Aug"),
    QT_TRANSLATE_NOOP("Reports", "Sep"),
    QT_TRANSLATE_NOOP("Reports", "Oct"),
    QT_TRANSLATE_NOOP("Reports", "Nov"),
    QT_TRANSLATE_NOOP("Reports", "Dec"),
)
_PAGE_OF = QT_TRANSLATE_NOOP("Reports", "Page {page} of {pages}")
_MADE_ON = QT_TRANSLATE_NOOP("Reports", "Printed on {date} with Lernpartner")
_LOGO_DAMAGED = QT_TRANSLATE_NOOP(
    "Reports",
    "The company logo cannot be read; the documents are printed without it. Choose the logo "
    "again in Settings.",
)
_SIGNATURE_DAMAGED = QT_TRANSLATE_NOOP(
    "Reports",
    "The signature image cannot be read; the certificates are printed with a blank line for "
    "signing by hand. Choose the image again in Settings.",
)

#: Colours: dark text, a calm blue for headings and marks, greys for rules and fills.
INK = "#1f2328"
ACCENT = "#1d4e89"
MUTED = "#5f6368"
RULE = "#c8ccd0"
FILL = "#eef2f7"
#: Longest side an image keeps on paper (a logo printed 4 cm wide at 600 dpi).
MAX_IMAGE_SIDE = 1200
#: An image with more pixels than this is not opened at all (a damaged or hostile file).
MAX_IMAGE_PIXELS = 120_000_000


def tr(text: str, **params: object) -> str:
    """A document text in the printing language (``QT_TRANSLATE_NOOP("Reports", ...)``)."""
    out = translate(CONTEXT, text)
    return out.format(**params) if params else out


# -- dates ---------------------------------------------------------------------------------


def fmt_date(d: dt.date | None) -> str:
    return "" if d is None else d.strftime("%d.%m.%Y")


def weekday(d: dt.date) -> str:
    return tr(WEEKDAYS[d.weekday()])


def month(d: dt.date) -> str:
    return tr(MONTHS[d.month - 1])


def fmt_day(d: dt.date) -> str:
    """ "Di 10.03.2026" (the weekday in the printing language)."""
    return f"{weekday(d)} {fmt_date(d)}"


def fmt_time(t: dt.datetime) -> str:
    return t.strftime("%H:%M")


def fmt_period(start: dt.date | None, end: dt.date | None) -> str:
    if start is None:
        return ""
    return fmt_date(start) + (f" – {fmt_date(end)}" if end else "")


# -- text ----------------------------------------------------------------------------------


def esc(text: str | None) -> str:
    """Database text made safe for a Paragraph: covered by the font, markup escaped."""
    t = fonts.printable(text)
    return t.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\n", "<br/>")


def para(text: str | None, style: Any, *, markup: bool = False) -> Any:
    """A Paragraph of ``text`` (escaped unless ``markup``: our own tags then)."""
    from reportlab.platypus import Paragraph

    return Paragraph(text or "" if markup else esc(text), style)


def shrink_to_width(text: str, font: str, size: float, width: float, minimum: float = 7) -> float:
    """The font size at which ``text`` fits ``width`` on one line (never below ``minimum``)."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    w = float(stringWidth(text, font, size))
    if w <= width:
        return size
    return max(minimum, size * width / w * 0.99)


def fitted_paragraph(text: str, style: Any, width: float, height: float, minimum: float = 7) -> Any:
    """A Paragraph that wraps and, when needed, shrinks until it fits ``width`` × ``height``.

    A 60-character name or program title stays inside its box instead of running over the
    next one.
    """
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph

    size = float(style.fontSize)
    while True:
        st = ParagraphStyle(
            f"{style.name}-{size:.1f}", parent=style, fontSize=size, leading=size * 1.2
        )
        p = Paragraph(esc(text), st)
        w, h = p.wrap(width, height)
        if (h <= height and w <= width + 0.1) or size <= minimum:
            return p
        size = max(minimum, size - 0.5)


# -- styles --------------------------------------------------------------------------------


@dataclass(frozen=True)
class Styles:
    title: Any
    subtitle: Any
    heading: Any
    body: Any
    small: Any
    muted: Any
    cell: Any
    cell_bold: Any
    cell_head: Any


def styles(scale: float = 1.0) -> Styles:
    """The paragraph styles of every document, in Noto Sans; ``scale`` enlarges all of them."""
    from reportlab.lib.colors import HexColor
    from reportlab.lib.styles import ParagraphStyle

    fonts.register()

    def st(name: str, size: float, font: str = fonts.REGULAR, **kw: Any) -> ParagraphStyle:
        size *= scale
        kw.setdefault("textColor", HexColor(INK))
        return ParagraphStyle(name, fontName=font, fontSize=size, leading=size * 1.3, **kw)

    return Styles(
        title=st("title", 20, fonts.BOLD, spaceAfter=4, textColor=HexColor(ACCENT)),
        subtitle=st("subtitle", 11.5, spaceAfter=8),
        heading=st("heading", 12.5, fonts.BOLD, spaceBefore=8, spaceAfter=4),
        body=st("body", 10.5, spaceAfter=4),
        small=st("small", 8.5),
        muted=st("muted", 9, textColor=HexColor(MUTED)),
        cell=st("cell", 9.5),
        cell_bold=st("cell_bold", 9.5, fonts.BOLD),
        cell_head=st("cell_head", 9, fonts.BOLD, textColor=HexColor("#ffffff")),
    )


def table_style(header_rows: int = 1, *, zebra: bool = True) -> Any:
    """The grid every table uses: a blue header row, light rules, alternating fill."""
    from reportlab.lib.colors import HexColor
    from reportlab.platypus import TableStyle

    cmds: list[tuple[Any, ...]] = [
        # Tables set a cell font even for Paragraph cells: ours, so no Helvetica is referenced.
        ("FONT", (0, 0), (-1, -1), fonts.REGULAR, 9.5),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, HexColor(RULE)),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
    ]
    if header_rows:
        cmds.append(("BACKGROUND", (0, 0), (-1, header_rows - 1), HexColor(ACCENT)))
    if zebra:
        cmds.append(("ROWBACKGROUNDS", (0, header_rows), (-1, -1), [None, HexColor(FILL)]))
    return TableStyle(cmds)


def facts_table(facts: Sequence[tuple[str, Any]], st: Styles, key_width: float) -> Any:
    """Label and value, one pair a row: the muted label left, the value (text or a
    flowable) right, no header and no zebra (the facts block at the top of a document)."""
    from reportlab.platypus import Table

    rows = [[para(k, st.muted), para(v, st.body) if isinstance(v, str) else v] for k, v in facts]
    table = Table(rows, colWidths=[key_width, None])
    table.setStyle(table_style(0, zebra=False))
    return table


def data_table(
    headers: Sequence[str], rows: Sequence[Sequence[Any]], st: Styles, widths: Sequence[float]
) -> Any:
    """A table with the blue header row, repeated on every page it runs onto; a cell is
    text (set in the cell style) or a flowable."""
    from reportlab.platypus import Table

    body = [[para(c, st.cell) if isinstance(c, str) else c for c in row] for row in rows]
    table = Table(
        [[para(h, st.cell_head) for h in headers], *body], colWidths=list(widths), repeatRows=1
    )
    table.setStyle(table_style())
    return table


# -- images --------------------------------------------------------------------------------


@dataclass(frozen=True)
class Picture:
    """An image ready for the page: ReportLab's reader and its pixel size."""

    reader: Any
    width: int
    height: int

    def fit(self, max_w: float, max_h: float) -> tuple[float, float]:
        scale = min(max_w / self.width, max_h / self.height)
        return self.width * scale, self.height * scale


def picture(png: bytes | None) -> Picture | None:
    """Open stored image bytes for printing; None when absent or unreadable.

    The company profile stores checked, scaled images; this guards against a damaged or
    oversized one that reached the database anyway (decoding is refused above
    ``MAX_IMAGE_PIXELS``, and a large image is scaled down before it is embedded).
    """
    if not png:
        return None
    from PIL import Image
    from reportlab.lib.utils import ImageReader

    try:
        with Image.open(io.BytesIO(png)) as img:
            w, h = img.size
            if w * h > MAX_IMAGE_PIXELS or not w or not h:
                return None
            img.load()
            rgba = img.convert("RGBA")
    except (OSError, ValueError, Image.DecompressionBombError, SyntaxError):
        return None
    if max(w, h) > MAX_IMAGE_SIDE:
        rgba.thumbnail((MAX_IMAGE_SIDE, MAX_IMAGE_SIDE))
    return Picture(ImageReader(rgba), rgba.width, rgba.height)


@dataclass(frozen=True)
class Letterhead:
    """Who issues the paper, read once per document batch."""

    name: str = ""
    address: str = ""
    signatory_name: str = ""
    signatory_role: str = ""
    logo: Picture | None = None
    signature: Picture | None = None
    #: Messages for the owner (in the printing language): what could not be used.
    warnings: tuple[str, ...] = field(default=())

    @classmethod
    def from_profile(cls, profile: Any) -> Letterhead:
        """From a ``core.company.CompanyProfile`` (or None: an empty letterhead)."""
        if profile is None:
            return cls()
        warnings = []
        logo = picture(profile.logo_png)
        if profile.logo_png and logo is None:
            warnings.append(tr(_LOGO_DAMAGED))
        signature = picture(profile.signature_png)
        if profile.signature_png and signature is None:
            warnings.append(tr(_SIGNATURE_DAMAGED))
        return cls(
            profile.name,
            profile.address,
            profile.signatory_name,
            profile.signatory_role,
            logo,
            signature,
            tuple(warnings),
        )

    @property
    def place(self) -> str:
        """The town of the address ("34123 Kassel" gives "Kassel"), for "place and date"."""
        lines = [ln.strip() for ln in self.address.splitlines() if ln.strip()]
        if not lines:
            return ""
        words = lines[-1].split()
        while words and any(ch.isdigit() for ch in words[0]):
            words.pop(0)
        return " ".join(words) or lines[-1]


# -- sections and page numbers -------------------------------------------------------------


class SectionStart(Flowable):  # type: ignore[misc]
    """Zero-size marker: the pages from here on are numbered as one section."""

    def __init__(self, key: object) -> None:
        super().__init__()
        self.key = key
        self.width = self.height = 0

    def wrap(self, aw: float, ah: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        self.canv._lp_section = self.key


@dataclass
class PageDecor:
    """What is drawn on every page around the story."""

    title: str
    letterhead: Letterhead
    header: bool = True
    numbered: bool = True
    footer_left: str = ""


def _draw_header(canv: Any, doc: Any, decor: PageDecor) -> None:
    from reportlab.lib.colors import HexColor
    from reportlab.lib.units import mm

    if not decor.header:
        return
    w, h = doc.pagesize
    left, right = doc.leftMargin, w - doc.rightMargin
    top = h - 10 * mm
    x = left
    head = decor.letterhead
    if head.logo is not None:
        lw, lh = head.logo.fit(32 * mm, 10 * mm)
        canv.drawImage(head.logo.reader, x, top - lh, lw, lh, mask="auto")
        x += lw + 4 * mm
    canv.setFillColor(HexColor(INK))
    name = fonts.printable(head.name)
    size = shrink_to_width(name, fonts.BOLD, 10, (right - x) * 0.55)
    canv.setFont(fonts.BOLD, size)
    canv.drawString(x, top - 6 * mm, name)
    title = fonts.printable(decor.title)
    canv.setFillColor(HexColor(MUTED))
    size = shrink_to_width(title, fonts.REGULAR, 9, (right - left) * 0.4)
    canv.setFont(fonts.REGULAR, size)
    canv.drawRightString(right, top - 6 * mm, title)
    canv.setStrokeColor(HexColor(RULE))
    canv.setLineWidth(0.6)
    canv.line(left, top - 12 * mm, right, top - 12 * mm)


def _draw_footer(canv: Any, decor: PageDecor, page: int, pages: int) -> None:
    from reportlab.lib.colors import HexColor
    from reportlab.lib.units import mm

    w, _h = canv._pagesize
    canv.saveState()
    canv.setFont(fonts.REGULAR, 8)
    canv.setFillColor(HexColor(MUTED))
    if decor.footer_left:
        canv.drawString(18 * mm, 9 * mm, fonts.printable(decor.footer_left))
    if decor.numbered:
        canv.drawRightString(w - 18 * mm, 9 * mm, tr(_PAGE_OF, page=page, pages=pages))
    canv.restoreState()


def _canvas_class(decor: PageDecor) -> type:
    from reportlab.pdfgen.canvas import Canvas

    class NumberedCanvas(Canvas):  # type: ignore[misc]
        """Holds each page until the end, so "Page 2 of 5" knows the 5 (per section)."""

        def __init__(self, *args: Any, **kw: Any) -> None:
            super().__init__(*args, **kw)
            self._lp_pages: list[tuple[dict[str, Any], object]] = []
            self._lp_section: object = None

        def showPage(self) -> None:
            self._lp_pages.append((dict(self.__dict__), self._lp_section))
            self._startPage()

        def save(self) -> None:
            totals: dict[object, int] = {}
            for _state, section in self._lp_pages:
                totals[section] = totals.get(section, 0) + 1
            seen: dict[object, int] = {}
            for state, section in self._lp_pages:
                self.__dict__.update(state)
                seen[section] = seen.get(section, 0) + 1
                _draw_footer(self, decor, seen[section], totals[section])
                Canvas.showPage(self)
            Canvas.save(self)

    return NumberedCanvas


def build_pdf(
    story: Sequence[Any],
    *,
    title: str,
    letterhead: Letterhead,
    pagesize: tuple[float, float] | None = None,
    margins: tuple[float, float, float, float] | None = None,
    header: bool = True,
    numbered: bool = True,
    footer_left: str | None = None,
    progress: Progress | None = None,
    cancel: threading.Event | None = None,
    expected_pages: int = 0,
    made_on: dt.date | None = None,
) -> bytes:
    """Lay out ``story`` on pages with the shared header and footer; return the PDF bytes.

    ``margins`` are (top, right, bottom, left) in points. ``progress(page, expected)`` is
    called after each page; setting ``cancel`` stops the build with :class:`Cancelled`
    (nothing is returned, so nothing is written).
    """
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate

    fonts.register()
    pagesize = pagesize or A4
    top, right, bottom, left = margins or (
        (28 * mm if header else 18 * mm),
        18 * mm,
        18 * mm,
        18 * mm,
    )
    if footer_left is None:
        footer_left = tr(_MADE_ON, date=fmt_date(made_on or dt.date.today()))
    decor = PageDecor(title, letterhead, header, numbered, footer_left)

    class Doc(BaseDocTemplate):  # type: ignore[misc]
        def afterPage(self) -> None:
            if cancel is not None and cancel.is_set():
                raise Cancelled(QT_TRANSLATE_NOOP("Errors", "Cancelled. No file was written."))
            if progress is not None:
                progress(self.page, expected_pages)

    buffer = io.BytesIO()
    doc = Doc(
        buffer,
        pagesize=pagesize,
        topMargin=top,
        rightMargin=right,
        bottomMargin=bottom,
        leftMargin=left,
        title=fonts.printable(title),
        author=fonts.printable(letterhead.name) or "Lernpartner",
        creator="Lernpartner",
        initialFontName=fonts.REGULAR,
        pageCompression=1,
    )
    frame = Frame(left, bottom, pagesize[0] - left - right, pagesize[1] - top - bottom, id="body")
    doc.addPageTemplates(
        [PageTemplate("page", [frame], onPage=lambda c, d: _draw_header(c, d, decor))]
    )
    if numbered or footer_left:
        doc.build(list(story), canvasmaker=_canvas_class(decor))
    else:  # nothing to add at the end: pages go out as they are made
        doc.build(list(story))
    return buffer.getvalue()


def frame_size(
    pagesize: tuple[float, float] | None = None, *, header: bool = True
) -> tuple[float, float]:
    """Width and height of the story frame that :func:`build_pdf` uses by default."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm

    w, h = pagesize or A4
    top = 28 * mm if header else 18 * mm
    return w - 36 * mm, h - top - 18 * mm


def page_count(pdf: bytes) -> int:
    """Pages in a PDF we wrote (counted from its page tree, no PDF library needed)."""
    import re

    found = re.findall(rb"/Type /Pages\b[^>]*?/Count (\d+)", pdf)
    if not found:
        found = re.findall(rb"/Count (\d+)[^>]*?/Type /Pages\b", pdf)
    return max((int(n) for n in found), default=0)
