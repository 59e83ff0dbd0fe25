from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
import shiboken6
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog

from lernpartner_desktop.ui.i18n import install_translators
from lernpartner_desktop.ui.main_window import MainWindow
from lernpartner_desktop.workspace import Workspace


def _open_window(qtbot, ws: Workspace) -> MainWindow:  # type: ignore[no-untyped-def]
    install_translators(QApplication.instance(), "en")  # type: ignore[arg-type]
    w = MainWindow(ws)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    w.activateWindow()
    qtbot.waitActive(w)
    wait_idle(qtbot, w)
    return w


@pytest.fixture
def window(qtbot, ws: Workspace) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    w = _open_window(qtbot, ws)
    yield w
    wait_idle(qtbot, w)


@pytest.fixture
def demo_window(qtbot, demo_ws: Workspace) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    w = _open_window(qtbot, demo_ws)
    yield w
    wait_idle(qtbot, w)


def wait_idle(qtbot, w: MainWindow) -> None:  # type: ignore[no-untyped-def]
    # pytest-qt may close the window before the fixtures' teardown: then its worker is gone
    # too (QThreadPool waits for its job when deleted), and its pending set never empties.
    if not shiboken6.isValid(w):
        return
    if not w.isVisible():  # closed: its pages' answers are not delivered any more, but the
        w.ops.wait()  # worker must be empty before the workspace closes
        return
    qtbot.waitUntil(lambda: not w.ops.busy, timeout=10000)


def with_dialog(
    qtbot,
    open_it: Callable[[], None],  # type: ignore[no-untyped-def]
    handle: Callable[[QDialog], None],
    *more: Callable[[QDialog], None],
) -> None:
    """Call ``open_it`` (which runs a modal dialog) and let ``handle`` drive the dialog.

    ``handle`` must accept or reject the dialog, as a person would with Enter or Esc. When
    that opens further dialogs (a passphrase prompt, say), ``more`` handles them in turn.
    """
    handlers = [handle, *more]
    seen: list[QDialog] = []
    errors: list[BaseException] = []

    def poll() -> None:
        dlg = QApplication.activeModalWidget()
        if isinstance(dlg, QDialog) and dlg not in seen and len(seen) < len(handlers):
            seen.append(dlg)
            step = handlers[len(seen) - 1]
            if len(seen) < len(handlers):
                QTimer.singleShot(20, poll)  # before the handler: it may open the next one
            try:
                activate(qtbot, dlg)
                step(dlg)
            except BaseException as exc:  # close the dialog so the test does not hang
                errors.append(exc)
                dlg.reject()
        elif len(seen) < len(handlers) and not errors:
            QTimer.singleShot(20, poll)

    owner = QApplication.activeWindow()
    QTimer.singleShot(0, poll)
    open_it()
    if owner is not None:  # the window manager would hand activation back to the owner
        activate(qtbot, owner)
    if errors:
        raise errors[0]
    assert len(seen) == len(handlers), f"{len(seen)} of {len(handlers)} dialogs were opened"


def type_text(qtbot, widget, text: str) -> None:  # type: ignore[no-untyped-def]
    """Type like a person. QTest asserts on non-ASCII keys, so umlauts go as key events."""
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent

    for ch in text:
        if ch.isascii():
            qtbot.keyClicks(widget, ch)
        else:
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QApplication.sendEvent(
                    widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, ch)
                )


def activate(qtbot, widget) -> None:  # type: ignore[no-untyped-def]
    """Make ``widget`` the active window, as clicking on it would; offscreen has no WM."""
    qtbot.wait(10)  # let activation requests already queued settle first
    widget.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is widget, timeout=3000)
