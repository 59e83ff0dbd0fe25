"""What every editing dialog shares: an inline error banner, Save/Cancel, and saving rules."""

from __future__ import annotations

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from lernpartner_desktop.base.errors import LernpartnerError, VaultLocked
from lernpartner_desktop.ui.widgets import ErrorBanner, show_error


class Abandoned(Exception):
    """Raised by ``save`` when the user declined a confirmation: keep the dialog, no message."""


class FormDialog(QDialog):
    """Enter/Save calls :meth:`save`; a rule it breaks shows in the banner, the dialog stays.

    ``fields`` maps the core's ``ValidationError.field`` names to the widget to focus.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.banner = ErrorBanner(self)
        self.fields: dict[str, QWidget] = {}

    def button_box(self, accept_text: str | None = None) -> QDialogButtonBox:
        if accept_text is None:
            buttons = QDialogButtonBox(
                QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
            )
            self.accept_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        else:
            buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
            self.accept_button = buttons.addButton(
                accept_text, QDialogButtonBox.ButtonRole.AcceptRole
            )
            self.accept_button.setDefault(True)
        # Enter saves: no other button of the box may become the default.
        for b in buttons.buttons():
            b.setAutoDefault(b is self.accept_button)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        return buttons

    def showEvent(self, event: QShowEvent) -> None:
        # A button only becomes the dialog's default once it sits in the dialog: set it here,
        # so Enter saves rather than cancels.
        button = getattr(self, "accept_button", None)
        if button is not None:
            button.setDefault(True)
        super().showEvent(event)

    def save(self) -> None:
        """Write through the workspace; raise the core's errors unchanged."""

    def accept(self) -> None:
        try:
            self.save()
        except Abandoned:
            return
        except VaultLocked as exc:
            # Confidential text and a locked (or not yet set up) vault: ask, then save again.
            from lernpartner_desktop.ui.vault_ui import open_vault

            ws = getattr(self, "ws", None)
            if ws is not None and open_vault(self, ws, exc.message()):
                self.accept()
            else:
                self.banner.show_message(exc.message())
            return
        except LernpartnerError as exc:
            self.banner.show_message(exc.message())
            widget = self.fields.get(exc.field or "")
            if widget is not None:
                widget.setFocus()
            return
        except Exception as exc:
            show_error(self, exc)
            return
        super().accept()
