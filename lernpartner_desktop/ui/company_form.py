"""The company profile as a form: asked for on the welcome page, edited in Settings.

Images are checked and scaled down by the core (``image_as_png``) the moment they are chosen:
a file that is not an image, or far too large, is refused with the core's message, and the
owner's file is only ever read.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from lernpartner_desktop.base.errors import LernpartnerError
from lernpartner_desktop.core.company import CompanyProfile, image_as_png
from lernpartner_desktop.ui.widgets import ErrorBanner, busy
from lernpartner_desktop.workspace import Workspace

PREVIEW = 64


class ImagePicker(QWidget):
    """A small preview with "Choose…" and "Remove"; keeps the checked PNG bytes."""

    def __init__(
        self, banner: ErrorBanner, parent: QWidget | None = None, *, compact: bool = False
    ) -> None:
        super().__init__(parent)
        self.banner = banner
        self.png: bytes | None = None
        self.preview = QLabel()
        height = PREVIEW // 2 if compact else PREVIEW
        self.preview.setFixedSize(height * 2, height)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setStyleSheet("QLabel { border: 1px solid palette(mid); }")
        self.choose_button = QPushButton(self.tr("Choose…"))
        self.remove_button = QPushButton(self.tr("Remove"))
        for b in (self.choose_button, self.remove_button):
            b.setAutoDefault(False)
        self.choose_button.clicked.connect(self.choose)
        self.remove_button.clicked.connect(lambda: self.set_png(None))
        buttons = QHBoxLayout() if compact else QVBoxLayout()
        buttons.addWidget(self.choose_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.preview)
        row.addLayout(buttons)
        row.addStretch(1)
        self.set_png(None)

    def set_png(self, png: bytes | None) -> None:
        self.png = png
        pixmap = QPixmap()
        if png and pixmap.loadFromData(png):
            self.preview.setPixmap(
                pixmap.scaled(
                    self.preview.size(),
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            )
        else:
            self.preview.setPixmap(QPixmap())
            self.preview.setText(self.tr("none"))
        self.remove_button.setEnabled(png is not None)

    def choose(self) -> None:
        start = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.PicturesLocation)
        path, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose an image"),
            start or str(Path.home()),
            self.tr("Images (*.png *.jpg *.jpeg *.gif *.bmp *.tif *.tiff *.webp);;All files (*)"),
        )
        if path:
            self.load(Path(path))

    def load(self, path: Path) -> bool:
        """Check and scale the image (the file itself is only read); False if refused."""
        try:
            with busy():
                png = image_as_png(path)
        except LernpartnerError as exc:
            self.banner.show_message(exc.message())
            return False
        self.banner.clear_message()
        self.set_png(png)
        return True


class CompanyForm(QWidget):
    """Name, address, logo, and who signs certificates (name, role, optional signature)."""

    def __init__(
        self, ws: Workspace, parent: QWidget | None = None, *, compact: bool = False
    ) -> None:
        """``compact``: for the welcome page, without the optional signature and the hint
        (the card around it says what the details are for)."""
        super().__init__(parent)
        self.ws = ws
        self.banner = ErrorBanner(self)
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("e.g. Müller Metallbau GmbH"))
        self.address = QPlainTextEdit()
        self.address.setTabChangesFocus(True)
        self.address.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 14)
        self.address.setPlaceholderText(self.tr("Street and number\nPostcode and town"))
        self.signatory_name = QLineEdit()
        self.signatory_name.setPlaceholderText(self.tr("Who signs certificates"))
        self.signatory_role = QLineEdit()
        self.signatory_role.setPlaceholderText(self.tr("e.g. Managing director"))
        self.logo = ImagePicker(self.banner, compact=compact)
        self.signature = ImagePicker(self.banner)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(self.tr("Company &name:"), self.name)
        form.addRow(self.tr("&Address:"), self.address)
        form.addRow(self.tr("Logo:"), self.logo)
        form.addRow(self.tr("&Signed by:"), self.signatory_name)
        form.addRow(self.tr("&Role:"), self.signatory_role)
        if compact:
            self.signature.setParent(self)
            self.signature.hide()
        else:
            form.addRow(self.tr("Signature (image, optional):"), self.signature)
        hint = QLabel(self.tr("Certificates and letters show these details."))
        hint.setWordWrap(True)
        hint.setStyleSheet("color: palette(mid);")
        hint.setVisible(not compact)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.banner)
        layout.addWidget(hint)
        layout.addLayout(form)
        self.fields: dict[str, QWidget] = {
            "name": self.name,
            "address": self.address,
            "signatory_name": self.signatory_name,
            "signatory_role": self.signatory_role,
            "image": self.logo.choose_button,
        }
        self.show_profile(ws.company.get())

    def show_profile(self, p: CompanyProfile) -> None:
        self.name.setText(p.name)
        self.address.setPlainText(p.address)
        self.signatory_name.setText(p.signatory_name)
        self.signatory_role.setText(p.signatory_role)
        self.logo.set_png(p.logo_png)
        self.signature.set_png(p.signature_png)

    def profile(self) -> CompanyProfile:
        return CompanyProfile(
            name=self.name.text(),
            address=self.address.toPlainText(),
            signatory_name=self.signatory_name.text(),
            signatory_role=self.signatory_role.text(),
            logo_png=self.logo.png,
            signature_png=self.signature.png,
        )

    def save(self) -> None:
        """Write the profile; the core's errors (e.g. no name) are raised unchanged."""
        self.ws.company.save(self.profile())


__all__ = ["CompanyForm", "ImagePicker"]
