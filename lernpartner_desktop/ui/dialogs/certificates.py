"""Certificates: verify one by its number and check code, the register with revoking, and
each program's own title and text."""

from __future__ import annotations

import html

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from lernpartner_desktop.core.formats import role_label
from lernpartner_desktop.ui.dialogs.base import FormDialog
from lernpartner_desktop.ui.table_model import Column, RecordTableModel
from lernpartner_desktop.ui.widgets import fmt_date, record_view, show_error
from lernpartner_desktop.workspace import Workspace


class VerifyDialog(QDialog):
    """Genuine (who, what, when), revoked, or not issued here."""

    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.setWindowTitle(self.tr("Verify a certificate"))
        intro = QLabel(
            self.tr(
                "Type the number and the check code printed at the bottom of the certificate "
                "(or read them from its QR code)."
            )
        )
        intro.setWordWrap(True)
        self.number = QLineEdit()
        self.number.setPlaceholderText(self.tr("e.g. LP-2026-0001"))
        self.code = QLineEdit()
        self.code.setPlaceholderText(self.tr("6 characters"))
        form = QFormLayout()
        form.addRow(self.tr("Certificate &number:"), self.number)
        form.addRow(self.tr("Check &code:"), self.code)
        self.result = QLabel()
        self.result.setWordWrap(True)
        self.result.setMinimumHeight(90)
        check = QPushButton(self.tr("&Verify"))
        check.setDefault(True)
        check.clicked.connect(self.verify)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(check)
        row.addStretch(1)
        row.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.result)
        layout.addLayout(row)
        self.setMinimumWidth(480)

    def verify(self) -> None:
        number, code = self.number.text().strip(), self.code.text().strip()
        if not number or not code:
            self.result.setText(self.tr("Please type both the number and the check code."))
            return
        try:
            v = self.ws.certificates.verify(number, code)
        except Exception as exc:
            show_error(self, exc)
            return
        e = html.escape
        if v.state == "unknown":
            self.result.setStyleSheet("color: #8a1c1c;")
            self.result.setText(
                self.tr(
                    "Not issued here: there is no certificate %1 with this check code in this "
                    "Lernpartner. Check the spelling, or ask the issuer."
                ).replace("%1", e(v.number))
            )
            return
        kind = (
            self.tr("Certificate")
            if v.kind == "completion"
            else self.tr("Confirmation of participation")
        )
        facts = (
            self.tr("%1 for %2 (%3) in the program “%4”, %5 – %6, issued on %7.")
            .replace("%1", e(kind))
            .replace("%2", f"<b>{e(v.holder_name)}</b>")
            .replace("%3", e(role_label(v.role)))
            .replace("%4", e(v.program_name))
            .replace("%5", fmt_date(v.period_start))
            .replace("%6", fmt_date(v.period_end))
            .replace("%7", fmt_date(v.issued_on))
        )
        if v.state == "revoked":
            self.result.setStyleSheet("color: #8a1c1c;")
            head = self.tr("Revoked on %s. It is no longer valid.") % fmt_date(v.revoked_on)
        else:
            self.result.setStyleSheet("color: #1a5e20;")
            head = self.tr("Genuine: issued here and valid.")
        self.result.setText(f"<p><b>{e(head)}</b></p><p>{facts}</p>")


class CertificateRegisterDialog(QDialog):
    """The certificates issued for a program; revoke one."""

    def __init__(self, ws: Workspace, program_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws, self.program_id = ws, program_id
        self.setWindowTitle(self.tr("Issued certificates"))
        self.model: RecordTableModel = RecordTableModel(
            [
                Column(self.tr("Number"), lambda c: c.number),
                Column(self.tr("Name"), lambda c: c.holder_name),
                Column(
                    self.tr("Kind"),
                    lambda c: (
                        self.tr("Certificate")
                        if c.kind == "completion"
                        else self.tr("Confirmation of participation")
                    ),
                ),
                Column(
                    self.tr("Issued on"),
                    lambda c: fmt_date(c.issued_on),
                    sort_key=lambda c: c.issued_on,
                ),
                Column(
                    self.tr("Revoked on"),
                    lambda c: fmt_date(c.revoked_on),
                    sort_key=lambda c: (c.revoked_on is None, c.revoked_on),
                ),
            ],
            self,
        )
        self.model.dimmed = lambda c: c.revoked_on is not None
        self.view = record_view(self.model, self.tr("Issued certificates"), (120, 200, 170, 90))
        self.revoke_button = QPushButton(self.tr("&Revoke…"))
        self.revoke_button.clicked.connect(self.revoke)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.revoke_button)
        row.addStretch(1)
        row.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addLayout(row)
        self.resize(760, 460)
        self.reload()

    def reload(self) -> None:
        self.model.set_records(self.ws.certificates.rows(self.program_id))

    def revoke(self) -> None:
        cert = self.model.record_at(self.view.currentIndex())
        if cert is None or cert.revoked_on is not None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Revoke certificate"),
            self.tr(
                "Revoke certificate %1 of %2? A verification will then say it is no longer "
                "valid. This cannot be undone."
            )
            .replace("%1", cert.number)
            .replace("%2", cert.holder_name),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            self.ws.certificates.revoke(cert.number)
        except Exception as exc:
            show_error(self, exc)
        self.reload()


class CertificateTextDialog(FormDialog):
    """A program's own certificate title and text; empty fields use the default."""

    def __init__(self, ws: Workspace, program_id: int, parent: QWidget | None = None) -> None:
        from lernpartner_desktop.reports.certificates import default_text

        super().__init__(parent)
        self.ws, self.program_id = ws, program_id
        self.setWindowTitle(self.tr("Certificate text"))
        title, body = ws.certificates.texts(program_id)
        default_title, default_body = default_text("completion")
        self.title = QLineEdit(title or "")
        self.title.setPlaceholderText(default_title)
        self.body = QPlainTextEdit(body or "")
        self.body.setPlaceholderText(default_body)
        self.body.setMinimumHeight(120)
        hint = QLabel(
            self.tr(
                "Placeholders: {name}, {program}, {format}, {role}, {start}, {end}. Leave a "
                "field empty for the default text (shown in grey). A confirmation of "
                "participation after an early end always uses its own neutral text."
            )
        )
        hint.setWordWrap(True)
        hint.setStyleSheet("color: palette(mid);")
        reset = QPushButton(self.tr("&Default text"))
        reset.setAutoDefault(False)
        reset.clicked.connect(lambda: (self.title.clear(), self.body.clear()))
        form = QFormLayout()
        form.addRow(self.tr("&Title:"), self.title)
        form.addRow(self.tr("Te&xt:"), self.body)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addLayout(form)
        layout.addWidget(hint)
        row = QHBoxLayout()
        row.addWidget(reset)
        row.addStretch(1)
        row.addWidget(self.button_box())
        layout.addLayout(row)
        self.fields = {"certificate_title": self.title, "certificate_body": self.body}
        self.setMinimumWidth(560)

    def save(self) -> None:
        self.ws.certificates.set_texts(self.program_id, self.title.text(), self.body.toPlainText())
