"""F1: a short guide shipped with the app (resources/help/guide_<language>.html), shown in
a text browser. No network: links inside the guide stay inside it."""

from __future__ import annotations

from PySide6.QtCore import QLocale, QUrl
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from lernpartner_desktop.base.resources import resource_path
from lernpartner_desktop.ui.widgets import fit_to_screen


def guide_path(language: str | None = None) -> QUrl:
    """The guide in the app's language, else in English."""
    code = (language or QLocale().name()).split("_")[0]
    for candidate in (code, "en"):
        path = resource_path("help", f"guide_{candidate}.html")
        if path.is_file():
            return QUrl.fromLocalFile(str(path))
    raise FileNotFoundError(resource_path("help"))


class HelpDialog(QDialog):
    def __init__(self, parent: QWidget | None = None, anchor: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Lernpartner guide"))
        self.browser = QTextBrowser()
        self.browser.setOpenLinks(True)
        self.browser.setOpenExternalLinks(False)
        url = guide_path()
        if anchor:
            url.setFragment(anchor)
        self.browser.setSource(url)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addWidget(buttons)
        fit_to_screen(self, 760, 680)


def show_help(parent: QWidget | None = None, anchor: str = "") -> HelpDialog:
    """Open the guide beside the work (not modal), at ``anchor`` if given. It belongs to the
    window it was asked from, so it can be read while that window's dialog is open."""
    owner = parent.window() if parent is not None else None
    dlg = owner.findChild(HelpDialog) if owner is not None else None
    if dlg is None:
        dlg = HelpDialog(owner, anchor)
    elif anchor:
        dlg.browser.scrollToAnchor(anchor)
    dlg.show()
    dlg.raise_()
    dlg.activateWindow()
    return dlg


__all__ = ["HelpDialog", "guide_path", "show_help"]
