"""Starting the desktop app: QApplication, translations, the workspace, the main window."""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from lernpartner_desktop.base.errors import AlreadyRunning, LernpartnerError
from lernpartner_desktop.ui.i18n import install_translators, translation_problem
from lernpartner_desktop.ui.style import apply_style

if TYPE_CHECKING:
    from lernpartner_desktop.ui.main_window import MainWindow
    from lernpartner_desktop.workspace import Workspace

#: Set by the start-up benchmark: print the seconds until the window is shown and idle, quit.
STARTUP_PROBE = "LERNPARTNER_STARTUP_PROBE"


def run_gui(folder: Path) -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    app.setApplicationName("Lernpartner")
    app.setOrganizationName("Lernpartner")
    app.setApplicationDisplayName("Lernpartner")
    translators = install_translators(app, os.environ.get("LERNPARTNER_LANG"))  # noqa: F841
    apply_style(app)

    from lernpartner_desktop.workspace import Workspace

    if not confirm_new_data_folder(folder):
        return 0
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

    window = start_window(ws)
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


def start_window(ws: Workspace) -> MainWindow:
    """The main window, shown; a language that could not be loaded is said once."""
    from lernpartner_desktop.ui.main_window import MainWindow

    window = MainWindow(ws)
    window.show()
    problem = translation_problem()
    if problem:  # in the status bar until the next message replaces it
        window.statusBar().showMessage(problem)
    return window
def confirm_new_data_folder(folder: Path) -> bool:
    """A folder named with --data-dir (or LERNPARTNER_DATA_DIR) that holds no data yet: ask
    before starting a new database there, so a mistyped folder does not become an empty one.
    The usual data folder starts without a question."""
    from lernpartner_desktop.paths import default_data_dir
    from lernpartner_desktop.workspace import holds_data

    if holds_data(folder) or folder == default_data_dir():
        return True
    app = QApplication.instance()
    answer = QMessageBox.question(
        None,
        app.translate("App", "New data folder?"),
        app.translate(
            "App",
            "There is no Lernpartner data in %1 yet. Start with a new, empty data folder "
            "there?\n\nChoose No if you meant another folder; nothing is created then.",
        ).replace("%1", str(folder)),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes


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
                for m in ("sqlalchemy", "alembic", "reportlab", "highspy", "numpy")
                if m in sys.modules
            ]
            print(f"startup_seconds={marks[0]:.4f}", flush=True)
            print(f"heavy_modules={','.join(heavy) or 'none'}", flush=True)
        else:
            print(f"warm_seconds={marks[1]:.4f}", flush=True)
            window.ops.idle.disconnect(on_idle)
            QTimer.singleShot(0, app.quit)

    window.ops.idle.connect(on_idle)
