"""What every editing dialog shares: an inline error banner, Save/Cancel, and saving rules."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from lernpartner_desktop.core.errors import LernpartnerError
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
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        return buttons

    def save(self) -> None:
        """Write through the workspace; raise the core's errors unchanged."""

    def accept(self) -> None:
        try:
            self.save()
        except Abandoned:
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
