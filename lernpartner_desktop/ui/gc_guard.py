"""Run Python's cyclic garbage collector on the GUI thread only.

Qt objects must be destroyed on the thread that owns them. With automatic collection, a
collection triggered on the database worker may finalize a dialog left in a reference cycle
and crash.  Like Anki (aqt's GarbageCollector), we switch automatic collection off and
collect from a timer on the GUI thread instead.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

INTERVAL_MS = 5000


class GuiThreadCollector(QObject):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        gc.disable()
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.collect)
        self._timer.start(INTERVAL_MS)

    def collect(self) -> None:
        # Young generations are cheap; a full collection only now and then.
        gc.collect(1)

    def stop(self, *, enable: bool = True) -> None:
        """``enable=False`` when another window's collector takes over (after a restore)."""
        self._timer.stop()
        gc.collect()
        if enable:
            gc.enable()
