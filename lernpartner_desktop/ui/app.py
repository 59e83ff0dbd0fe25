"""Starting the desktop app: QApplication, translations, the workspace, the main window."""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from lernpartner_desktop.core.errors import AlreadyRunning, LernpartnerError
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
        started = float(os.environ[STARTUP_PROBE])

        def report() -> None:
            # Shown, first page loaded, worker idle: the moment a person can start working.
            QTimer.singleShot(
                0,
                lambda: (
                    print(f"startup_seconds={time.time() - started:.4f}", flush=True),
                    app.quit(),
                ),
            )

        window.ops.idle.connect(report)
    try:
        return app.exec()
    finally:
        ws.close()
