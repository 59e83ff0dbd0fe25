"""Starting the desktop app: QApplication, translations, the workspace, the main window."""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from lernpartner_desktop.base.errors import AlreadyRunning, LernpartnerError
from lernpartner_desktop.ui.i18n import install_translators

#: Set by the start-up benchmark: print the seconds until the window is shown and idle, quit.
STARTUP_PROBE = "LERNPARTNER_STARTUP_PROBE"


def run_gui(folder: Path) -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    app.setApplicationName("Lernpartner")
    app.setOrganizationName("Lernpartner")
    app.setApplicationDisplayName("Lernpartner")
    translators = install_translators(app, os.environ.get("LERNPARTNER_LANG"))  # noqa: F841

    from lernpartner_desktop.workspace import Workspace

    try:
        ws = Workspace.open(folder)
    except AlreadyRunning as exc:
        QMessageBox.information(
            None, app.translate("App", "Lernpartner is already open"), exc.message()
        )
        return 2
    except LernpartnerError as exc:
        QMessageBox.critical(None, app.translate("App", "Lernpartner cannot start"), exc.message())
        return 1

    from lernpartner_desktop.ui.main_window import MainWindow

    window = MainWindow(ws)
    window.show()
    if os.environ.get(STARTUP_PROBE):
        _install_probe(app, window, float(os.environ[STARTUP_PROBE]))
    try:
        return app.exec()
    finally:
        # After a restore a new window runs on a new workspace: close the last one's.
        last = window
        while last.successor is not None:
            last = last.successor
        last.ws.close()
        if last.ws is not ws:
            ws.close()


def _install_probe(app: QApplication, window: object, started: float) -> None:
    """Print when the window is shown and idle, and when the background warm-up is done."""
    from lernpartner_desktop.ui.main_window import MainWindow

    assert isinstance(window, MainWindow)
    marks: list[float] = []

    def on_idle() -> None:
        marks.append(time.time() - started)
        if len(marks) == 1:
            heavy = [
                m
                for m in ("sqlalchemy", "alembic", "reportlab", "scipy", "networkx")
                if m in sys.modules
            ]
            print(f"startup_seconds={marks[0]:.4f}", flush=True)
            print(f"heavy_modules={','.join(heavy) or 'none'}", flush=True)
        else:
            print(f"warm_seconds={marks[1]:.4f}", flush=True)
            window.ops.idle.disconnect(on_idle)
            QTimer.singleShot(0, app.quit)

    window.ops.idle.connect(on_idle)
