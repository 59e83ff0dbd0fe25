"""Background operations on a single database worker (modelled on Anki's CollectionOp).

``ops.run(fn, on_done=..., on_error=...)`` calls ``fn`` on the worker thread; the result or
the exception comes back on the GUI thread through a queued signal.  One worker thread means
database writes never race each other.  No ``processEvents()`` loops.
"""

from __future__ import annotations

import logging
import traceback
import weakref
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, Signal

log = logging.getLogger(__name__)


class _Relay(QObject):
    done = Signal(object)
    failed = Signal(object)
    progress = Signal(int, int)


class _Job(QRunnable):
    def __init__(self, fn: Callable[..., Any], relay: _Relay, with_progress: bool) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self._fn = fn
        self._relay = relay
        self._with_progress = with_progress

    def run(self) -> None:  # runs on the database worker; do not touch widgets here
        try:
            result = self._fn(self._relay.progress.emit) if self._with_progress else self._fn()
        except Exception as exc:  # handed to the GUI thread, which decides what to show
            exc.__lp_traceback__ = traceback.format_exc()  # type: ignore[attr-defined]
            self._relay.failed.emit(exc)
        else:
            self._relay.done.emit(result)


class Operations(QObject):
    """The one database worker. ``idle`` fires whenever the last pending job has finished."""

    idle = Signal()
    _latest: weakref.ref[Operations] | None = None

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._pending: set[_Relay] = set()
        Operations._latest = weakref.ref(self)

    @property
    def busy(self) -> bool:
        return bool(self._pending)

    def run(
        self,
        fn: Callable[..., Any],
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[Exception], None] | None = None,
        on_progress: Callable[[int, int], None] | None = None,
    ) -> None:
        relay = _Relay(self)  # dies with us: no late delivery into deleted pages
        self._pending.add(relay)

        def finished() -> None:
            self._pending.discard(relay)
            relay.deleteLater()
            if not self._pending:
                self.idle.emit()

        def done(result: Any) -> None:
            try:
                if on_done is not None:
                    on_done(result)
            finally:
                finished()

        def failed(exc: Exception) -> None:
            try:
                if on_error is not None:
                    on_error(exc)
                else:
                    log.error(
                        "background operation failed: %s", getattr(exc, "__lp_traceback__", exc)
                    )
            finally:
                finished()

        relay.done.connect(done)
        relay.failed.connect(failed)
        if on_progress is not None:
            relay.progress.connect(on_progress)
        self._pool.start(_Job(fn, relay, on_progress is not None))

    def call(self, fn: Callable[[], Any], msecs: int = 30 * 60 * 1000) -> Any:
        """Run ``fn`` on the worker and block until it is done; returns its result or raises
        its exception. Only where the GUI may stop answering: at shutdown, the window hidden
        (the closing backup). No signal is left pending, so nothing arrives later."""
        box: dict[str, Any] = {}

        class _Call(QRunnable):
            def run(self) -> None:  # on the database worker
                try:
                    box["result"] = fn()
                except BaseException as exc:  # handed back to the caller
                    box["error"] = exc

        job = _Call()
        job.setAutoDelete(False)
        self._pool.start(job)
        self._pool.waitForDone(msecs)
        if "error" in box:
            raise box["error"]
        return box.get("result")

    def wait(self, msecs: int = 30000) -> bool:
        """Block until the worker is empty (used at shutdown and in tests)."""
        return self._pool.waitForDone(msecs)


def shared_operations() -> Operations:
    """The app's database worker, for dialogs that are not handed one (the vault's prompts
    open from many places). The app makes one Operations, the main window's; without a
    window (a dialog on its own) one is made, owned by the application."""
    from shiboken6 import isValid

    ops = Operations._latest() if Operations._latest is not None else None
    if ops is None or not isValid(ops):
        ops = Operations(QCoreApplication.instance())
    return ops
