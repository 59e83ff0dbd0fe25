"""One look and one action for confidential text behind a locked vault, wherever it shows:
the learning journal, the check-ins and the gap notes."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from lernpartner_desktop.ui.change_bridge import ChangeBridge
from lernpartner_desktop.ui.vault_ui import lock_icon, open_vault
from lernpartner_desktop.workspace import Workspace


class LockedNotice(QFrame):
    """"Confidential texts are locked. [Unlock…]", shown while the vault is set up and locked
    and the view it belongs to has something locked to show (:meth:`set_needed`)."""

    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self._needed = False
        self.setFrameShape(QFrame.Shape.StyledPanel)
        icon = QLabel()
        icon.setPixmap(lock_icon().pixmap(16, 16))
        self.text = QLabel(self.tr("Confidential texts are locked."))
        self.text.setWordWrap(True)
        self.unlock_button = QPushButton(self.tr("&Unlock…"))
        self.unlock_button.setAutoDefault(False)
        self.unlock_button.clicked.connect(lambda: open_vault(self.window(), self.ws))
        row = QHBoxLayout(self)
        row.setContentsMargins(6, 3, 6, 3)
        row.addWidget(icon, 0, Qt.AlignmentFlag.AlignVCenter)
        row.addWidget(self.text, 1)
        row.addWidget(self.unlock_button)
        self.watcher = ChangeBridge(ws, self, frozenset({"vault"}))
        self.watcher.changed.connect(lambda _areas: self.refresh())
        self.hide()

    def set_needed(self, needed: bool) -> None:
        """Whether the view shows (or could show) confidential text right now."""
        self._needed = needed
        self.refresh()

    def refresh(self) -> None:
        vault = self.ws.vault
        self.setVisible(self._needed and not vault.unlocked and vault.exists())


__all__ = ["LockedNotice"]
