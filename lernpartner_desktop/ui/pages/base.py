"""What every page offers the main window."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QWidget

from lernpartner_desktop.ui.operations import Operations
from lernpartner_desktop.workspace import Workspace


class Page(QWidget):
    """A page of the main window. It refreshes itself when an area it shows has changed."""

    #: areas of the workspace ("people", "programs", ...) whose changes this page shows
    areas: frozenset[str] = frozenset()
    loaded = Signal()
    status_message = Signal(str)

    def __init__(self, ws: Workspace, ops: Operations, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.ops = ops
        self._stale = True

    def refresh(self) -> None:
        """Reload from the workspace (in the background where it can take a while)."""

    def on_changed(self, areas: frozenset[str]) -> None:
        if areas & self.areas:
            # A locked vault must not leave plaintext in a hidden page either.
            if self.isVisible() or "vault" in areas:
                self.refresh()
            else:
                self._stale = True

    def showEvent(self, event: object) -> None:
        if self._stale:
            self._stale = False
            self.refresh()
        super().showEvent(event)  # type: ignore[arg-type]

    def after_next_load(self, fn: Callable[[], None]) -> None:
        """Call ``fn`` once, when the next reload (e.g. after a save) has finished."""
        self.loaded.connect(fn, Qt.ConnectionType.SingleShotConnection)

    def new_item(self) -> None:
        """Ctrl+N on this page."""

    def focus_search(self) -> None:
        """Ctrl+F on this page."""

    def print_default(self) -> None:
        """Ctrl+P: preview the page's main document (nothing where a page has none)."""
