"""The platform's own look, minus the old-fashioned icons some desktops put on dialog buttons
(a floppy disk on "Save", a red cross on "Cancel"): Windows shows none, and neither do we."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QProxyStyle, QStyle, QStyleOption, QWidget


class PlainButtonsStyle(QProxyStyle):
    def styleHint(  # type: ignore[override]
        self,
        hint: QStyle.StyleHint,
        option: QStyleOption | None = None,
        widget: QWidget | None = None,
        returnData: object = None,
    ) -> int:
        if hint == QStyle.StyleHint.SH_DialogButtonBox_ButtonsHaveIcons:
            return 0
        return super().styleHint(hint, option, widget, returnData)  # type: ignore[arg-type]


def apply_style(app: QApplication) -> None:
    """Keep the platform's style (by name, so its own palette and metrics stay) and take the
    icons off dialog buttons."""
    current = app.style()
    if isinstance(current, PlainButtonsStyle):
        return
    app.setStyle(PlainButtonsStyle(current.name()))


__all__ = ["PlainButtonsStyle", "apply_style"]
