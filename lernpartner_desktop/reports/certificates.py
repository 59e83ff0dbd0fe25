"""Certificates (Zertifikat) and participation confirmations (Teilnahmebescheinigung).

One A4 page each: logo and company, title, the holder's name, the owner's text with its
placeholders filled, partners, meetings held, goals reached (titles only; none on a
participation confirmation), place and date, signatory, number, check code and a QR code
holding number and check code. Nothing about why a partnership ended is ever printed.
"""

from __future__ import annotations

from typing import Any

from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.lib.colors import HexColor
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.platypus import Flowable, PageBreak

from lernpartner_desktop.base.i18n import QT_TRANSLATE_NOOP
from lernpartner_desktop.core.certificates import IssuedCertificate
from lernpartner_desktop.core.formats import FORMATS, role_label
from lernpartner_desktop.reports import fonts, layout
from lernpartner_desktop.reports.layout import fmt_date, tr

DEFAULTS = {
    "completion_title": QT_TRANSLATE_NOOP("Reports", "Certificate"),
    "completion_body": QT_TRANSLATE_NOOP(
        "Reports",
        "{name} took part in the program “{program}” ({format}) as {role} from {start} to "
        "{end} and completed it successfully.",
    ),
    "participation_title": QT_TRANSLATE_NOOP("Reports", "Confirmation of participation"),
    "participation_body": QT_TRANSLATE_NOOP(
        "Reports",
        "{name} took part in the program “{program}” ({format}) as {role} from {start} to {end}.",
    ),
}
T = {
    "partners": QT_TRANSLATE_NOOP("Reports", "Learning partners"),
    "meetings": QT_TRANSLATE_NOOP("Reports", "Meetings held"),
    "goals": QT_TRANSLATE_NOOP("Reports", "Learning goals reached"),
    "number": QT_TRANSLATE_NOOP("Reports", "Certificate no. {number} · check code {code}"),
    "verify": QT_TRANSLATE_NOOP(
        "Reports", "The issuer can confirm this certificate by its number and check code."
    ),
    "place_date": QT_TRANSLATE_NOOP("Reports", "{place}, {date}"),
    "batch_title": QT_TRANSLATE_NOOP("Reports", "Certificates"),
}


def default_text(kind: str) -> tuple[str, str]:
    """The default title and text of a ``kind`` of certificate, in the printing language."""
    return tr(DEFAULTS[f"{kind}_title"]), tr(DEFAULTS[f"{kind}_body"])


def fill(template: str, cert: IssuedCertificate) -> str:
    values = {
        "name": cert.holder_name,
        "program": cert.partnership.program_name,
        "format": FORMATS[cert.partnership.program_format].display_name(),
        "role": role_label(cert.role),
        "start": fmt_date(cert.period_start),
        "end": fmt_date(cert.period_end),
    }
    try:
        return template.format(**values)
    except (KeyError, IndexError, ValueError):
        return template  # checked when saved; an old text prints as it stands


def draw_qr(c: Any, payload: str, x: float, y: float, size: float) -> None:
    """A QR code of ``payload``, ``size`` wide, lower left corner at (x, y).

    Drawn module by module (runs of dark modules as one rectangle) rather than through
    renderPDF, which would reference a font that is not embedded.
    """
    widget = QrCodeWidget(payload, barLevel="M")
    qr = widget.qr
    # A fixed mask pattern (valid, if not always the best-scoring one): trying all eight is
    # most of the time a certificate takes, and readers decode any of them.
    if qr.version is None:
        qr.version = qr.calculate_version()
    qr.makeImpl(False, 2)
    count = qr.getModuleCount()
    box = size / count
    c.saveState()
    c.setFillColor(HexColor("#000000"))
    for r, row in enumerate(qr.modules):
        top = y + size - (r + 1) * box
        start = None
        for col, dark in enumerate([*row, False]):
            if dark and start is None:
                start = col
            elif not dark and start is not None:
                c.rect(x + start * box, top, (col - start) * box, box, stroke=0, fill=1)
                start = None
    c.restoreState()


def _styles() -> dict[str, ParagraphStyle]:
    fonts.register()
    ink = HexColor(layout.INK)
    return {
        "body": ParagraphStyle(
            "cert-body",
            fontName=fonts.REGULAR,
            fontSize=12.5,
            leading=18,
            alignment=TA_CENTER,
            textColor=ink,
        ),
        "label": ParagraphStyle(
            "cert-label",
            fontName=fonts.BOLD,
            fontSize=10,
            leading=13,
            textColor=HexColor(layout.MUTED),
        ),
        "value": ParagraphStyle(
            "cert-value", fontName=fonts.REGULAR, fontSize=11, leading=14.5, textColor=ink
        ),
    }


class CertificatePage(Flowable):  # type: ignore[misc]
    """A whole certificate page, drawn at fixed places so that every copy looks alike."""

    def __init__(
        self,
        cert: IssuedCertificate,
        head: layout.Letterhead,
        texts: tuple[str | None, str | None],
        styles: dict[str, ParagraphStyle],
    ) -> None:
        super().__init__()
        self.cert, self.head, self.texts, self.st = cert, head, texts, styles

    def wrap(self, aw: float, ah: float) -> tuple[float, float]:
        self.width, self.height = aw, ah
        return aw, ah

    def _centred(self, text: str, font: str, size: float, y: float, colour: str) -> None:
        c = self.canv
        text = fonts.printable(text)
        size = layout.shrink_to_width(text, font, size, self.width, 9)
        c.setFont(font, size)
        c.setFillColor(HexColor(colour))
        c.drawCentredString(self.width / 2, y, text)

    def draw(self) -> None:
        c, cert, w = self.canv, self.cert, self.width
        y = self.height
        # Logo and company
        if self.head.logo is not None:
            lw, lh = self.head.logo.fit(60 * mm, 24 * mm)
            c.drawImage(self.head.logo.reader, (w - lw) / 2, y - lh, lw, lh, mask="auto")
            y -= lh + 6 * mm
        if self.head.name:
            self._centred(self.head.name, fonts.BOLD, 13, y - 4 * mm, layout.INK)
            y -= 10 * mm
        kind = cert.kind
        title, body = default_text(kind)
        own_title, own_body = self.texts if kind == "completion" else (None, None)
        title = fill(own_title or title, cert)
        body = fill(own_body or body, cert)
        y -= 16 * mm
        self._centred(title, fonts.BOLD, 32, y, layout.ACCENT)
        y -= 20 * mm
        self._centred(cert.holder_name, fonts.BOLD, 24, y, layout.INK)
        y -= 10 * mm
        # A long text (or a 60-character program title in it) shrinks instead of running
        # into the signature.
        text = layout.fitted_paragraph(body, self.st["body"], w - 20 * mm, 50 * mm, 9)
        text.drawOn(c, 10 * mm, y - text.height)  # already wrapped to this width
        y -= text.height
        y -= 8 * mm
        # Details: partners, meetings held, goals reached. Drawn as lines (simpleSplit), not
        # Paragraphs: a batch of 500 spends most of its time wrapping otherwise.
        rows: list[tuple[str, list[str]]] = []
        if cert.partners:
            rows.append((tr(T["partners"]), [", ".join(cert.partners)]))
        rows.append((tr(T["meetings"]), [str(cert.partnership.held_count)]))
        goals = cert.goals_reached
        if goals:
            rows.append((tr(T["goals"]), [f"• {g}" for g in goals]))
        label_w, x0 = 48 * mm, 18 * mm
        value_w = w - x0 * 2 - label_w
        for key, values in rows:
            c.setFillColor(HexColor(layout.MUTED))
            c.setFont(fonts.BOLD, 10)
            c.drawString(x0, y - 10, fonts.printable(key))
            c.setFillColor(HexColor(layout.INK))
            c.setFont(fonts.REGULAR, 11)
            lines = [
                ln
                for v in values
                for ln in simpleSplit(fonts.printable(v), fonts.REGULAR, 11, value_w)
            ]
            for ln in lines:
                c.drawString(x0 + label_w, y - 10, ln)
                y -= 14.5
            y -= 3 * mm
        # Place, date and signature, above the number block at the bottom
        sign_y = 62 * mm
        place = self.head.place
        when = fmt_date(cert.issued_on)
        c.setFillColor(HexColor(layout.INK))
        c.setFont(fonts.REGULAR, 11)
        c.drawString(
            x0,
            sign_y,
            fonts.printable(tr(T["place_date"], place=place, date=when) if place else when),
        )
        line_x0, line_x1 = w - x0 - 75 * mm, w - x0
        if self.head.signature is not None:
            sw, sh = self.head.signature.fit(60 * mm, 18 * mm)
            c.drawImage(
                self.head.signature.reader,
                line_x0 + 4 * mm,
                sign_y + 1 * mm,
                sw,
                sh,
                mask="auto",
            )
        c.setStrokeColor(HexColor(layout.INK))
        c.setLineWidth(0.7)
        c.line(line_x0, sign_y - 1.5 * mm, line_x1, sign_y - 1.5 * mm)
        c.setFont(fonts.REGULAR, 10.5)
        c.drawString(line_x0, sign_y - 6.5 * mm, fonts.printable(self.head.signatory_name))
        c.setFont(fonts.REGULAR, 9)
        c.setFillColor(HexColor(layout.MUTED))
        c.drawString(line_x0, sign_y - 11 * mm, fonts.printable(self.head.signatory_role))
        # Number, check code and QR code; the texts wrap short of the code (German runs long,
        # and a line across the code would make it unreadable)
        qr_x = w - x0 - 26 * mm
        draw_qr(c, cert.qr_payload, qr_x, 0, 26 * mm)
        room = qr_x - 4 * mm - x0
        c.setFillColor(HexColor(layout.INK))
        number = tr(T["number"], number=cert.number, code=cert.check_code)
        c.setFont(fonts.BOLD, layout.shrink_to_width(number, fonts.BOLD, 10, room, 8))
        c.drawString(x0, 14 * mm, number)
        c.setFont(fonts.REGULAR, 8.5)
        c.setFillColor(HexColor(layout.MUTED))
        for i, line in enumerate(simpleSplit(tr(T["verify"]), fonts.REGULAR, 8.5, room)[:2]):
            c.drawString(x0, 9 * mm - i * 10.5, line)


def certificates_story(
    certs: list[IssuedCertificate],
    head: layout.Letterhead,
    texts: dict[int, tuple[str | None, str | None]],
) -> list[Any]:
    """One page per certificate; ``texts`` holds each program's own title and text."""
    st = _styles()
    story: list[Any] = []
    for i, cert in enumerate(certs):
        if i:
            story.append(PageBreak())
        story.append(
            CertificatePage(cert, head, texts.get(cert.partnership.program_id, (None, None)), st)
        )
    return story
