"""The one-page recovery sheet for the office safe (ReportLab, written atomically)."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

from lernpartner_desktop.base.atomic import write_bytes_atomic
from lernpartner_desktop.base.i18n import QT_TRANSLATE_NOOP, format_date, translate
from lernpartner_desktop.reports import fonts

CONTEXT = "RecoverySheet"

TEXTS = {
    "title": QT_TRANSLATE_NOOP("RecoverySheet", "Lernpartner recovery sheet"),
    "subtitle": QT_TRANSLATE_NOOP(
        "RecoverySheet", "for the confidential notes (gap notes, learning journal, check-ins)"
    ),
    "code": QT_TRANSLATE_NOOP("RecoverySheet", "Recovery code"),
    "made": QT_TRANSLATE_NOOP("RecoverySheet", "Made on {date} for the data folder:"),
    "keep_title": QT_TRANSLATE_NOOP("RecoverySheet", "Keep this sheet safe"),
    "keep": QT_TRANSLATE_NOOP(
        "RecoverySheet",
        "Whoever holds this code can read every confidential note. Keep the sheet in the "
        "office safe, apart from the computer and from the backup stick. Do not keep a copy "
        "of it on the computer.",
    ),
    "use_title": QT_TRANSLATE_NOOP("RecoverySheet", "If the passphrase is forgotten"),
    "use": QT_TRANSLATE_NOOP(
        "RecoverySheet",
        'In Lernpartner choose Vault > Unlock, then "Forgot the passphrase?". Type the code '
        "(capital or small letters, with or without dashes) and choose a new passphrase. The "
        "notes stay as they are, and this sheet stays valid.",
    ),
    "replace_title": QT_TRANSLATE_NOOP(
        "RecoverySheet", "When the passphrase changes, or a new code is made"
    ),
    "replace": QT_TRANSLATE_NOOP(
        "RecoverySheet",
        "Changing the passphrase does not affect this sheet. Vault > New recovery code makes "
        "it worthless: destroy it then and keep the new sheet instead.",
    ),
    "stored": QT_TRANSLATE_NOOP("RecoverySheet", "Put in the safe by:"),
    "date": QT_TRANSLATE_NOOP("RecoverySheet", "Date:"),
}


def _t(key: str, **params: str) -> str:
    return translate(CONTEXT, TEXTS[key]).format(**params)


def render_recovery_sheet(code: str, folder: str, made_on: dt.date) -> bytes:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.pdfgen.canvas import Canvas
    from reportlab.platypus import Paragraph

    fonts.register()
    buffer = io.BytesIO()
    width, height = A4
    pdf = Canvas(buffer, pagesize=A4, pageCompression=1, initialFontName=fonts.REGULAR)
    pdf.setTitle(_t("title"))
    pdf.setAuthor("Lernpartner")
    left, right = 22 * mm, width - 22 * mm
    y = height - 30 * mm
    pdf.setFont(fonts.BOLD, 20)
    pdf.drawString(left, y, _t("title"))
    y -= 8 * mm
    pdf.setFont(fonts.REGULAR, 11)
    pdf.drawString(left, y, _t("subtitle"))

    # The code, large and in a box, in two rows of four groups.
    y -= 16 * mm
    groups = code.split("-")
    box_h = 34 * mm
    pdf.setLineWidth(1.2)
    pdf.roundRect(left, y - box_h, right - left, box_h, 4 * mm)
    pdf.setFont(fonts.REGULAR, 9)
    pdf.drawString(left + 5 * mm, y - 6 * mm, _t("code").upper())
    pdf.setFont(fonts.BOLD, 21)
    for row in range(2):
        line = " - ".join(groups[row * 4 : row * 4 + 4])
        pdf.drawCentredString((left + right) / 2, y - (16 + row * 11) * mm, line)
    y -= box_h + 10 * mm

    pdf.setFont(fonts.REGULAR, 10)
    pdf.drawString(left, y, _t("made", date=format_date(made_on)))
    y -= 5 * mm
    pdf.setFont(fonts.REGULAR, 9)
    pdf.drawString(left, y, fonts.printable(folder[:110]))
    y -= 12 * mm

    body = ParagraphStyle("body", fontName=fonts.REGULAR, fontSize=10.5, leading=14)
    for key in ("keep", "use", "replace"):
        pdf.setFont(fonts.BOLD, 12)
        pdf.drawString(left, y, _t(f"{key}_title"))
        y -= 3 * mm
        para = Paragraph(_escape(_t(key)), body)
        _w, h = para.wrap(right - left, 60 * mm)
        para.drawOn(pdf, left, y - h)
        y -= h + 9 * mm

    y -= 8 * mm
    pdf.setFont(fonts.REGULAR, 10)
    pdf.drawString(left, y, _t("stored"))
    pdf.line(left + 45 * mm, y - 1, left + 105 * mm, y - 1)
    pdf.drawString(left + 112 * mm, y, _t("date"))
    pdf.line(left + 125 * mm, y - 1, right, y - 1)
    pdf.setFont(fonts.REGULAR, 8)
    pdf.drawString(left, 15 * mm, "Lernpartner")
    pdf.showPage()
    pdf.save()
    return buffer.getvalue()


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def write_recovery_sheet(target: Path, code: str, folder: str, made_on: dt.date) -> None:
    """Render and write atomically: a cancelled or failed write leaves no half file."""
    write_bytes_atomic(target, render_recovery_sheet(code, folder, made_on))
