"""The workspace's change announcements as a Qt signal, delivered on the GUI thread."""

from __future__ import annotations

import weakref

from PySide6.QtCore import QObject, Signal

from lernpartner_desktop.workspace import Workspace


class ChangeBridge(QObject):
    """Re-emits ``ws.changes`` announcements (queued to the GUI thread) as ``changed(areas)``.

    With ``areas`` only those areas pass. The bridge is held weakly by the workspace and
    unsubscribes when it is deleted, so a closed dialog neither receives nor breaks changes.
    """

    changed = Signal(object)

    def __init__(
        self, ws: Workspace, parent: QObject | None = None, areas: frozenset[str] | None = None
    ) -> None:
        super().__init__(parent)
        changes = ws.changes
        ref = weakref.ref(self)

        def listener(changed: frozenset[str]) -> None:
            bridge = ref()
            if bridge is None:
                changes.unsubscribe(listener)
                return
            if areas is None or changed & areas:
                try:
                    bridge.changed.emit(changed)
                except RuntimeError:  # the Qt side is already deleted
                    changes.unsubscribe(listener)

        self._changes, self._listener = changes, listener
        changes.subscribe(listener)
        self.destroyed.connect(lambda *_: changes.unsubscribe(listener))

    def detach(self) -> None:
        self._changes.unsubscribe(self._listener)
