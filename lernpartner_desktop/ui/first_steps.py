"""What the welcome page offers beyond the pages: a demo in a folder of its own, opened in a
second Lernpartner so that it never mixes with the owner's data."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QObject, QProcess
from PySide6.QtWidgets import QMessageBox, QWidget

from lernpartner_desktop.ui.operations import Operations
from lernpartner_desktop.ui.widgets import ask, show_error

DEMO_FOLDER = "Lernpartner-Demo"
DEMO_PEOPLE = 60


def demo_folder(data_folder: Path) -> Path:
    """Beside the owner's data folder, never inside it."""
    return data_folder.parent / DEMO_FOLDER


def lernpartner_command(folder: Path) -> tuple[str, list[str]]:
    """How to start another Lernpartner on ``folder``: the installed app, or Python."""
    if getattr(sys, "frozen", False):  # the Windows bundle is the program itself
        return sys.executable, ["--data-dir", str(folder)]
    return sys.executable, ["-m", "lernpartner_desktop", "--data-dir", str(folder)]


def fill_demo_folder(folder: Path) -> None:
    """Runs on the database worker: an invented company in ``folder`` (once)."""
    from lernpartner_desktop.core.demo import fill_demo
    from lernpartner_desktop.workspace import Workspace

    with Workspace.open(folder) as demo:
        if demo.is_empty():  # a demo made before is opened as it is
            fill_demo(demo, people=DEMO_PEOPLE)


class DemoLauncher(QObject):
    """Fills the demo folder (on the worker) and starts a second Lernpartner on it."""

    def __init__(self, window: QWidget, ops: Operations, data_folder: Path) -> None:
        super().__init__(window)
        self.window, self.ops, self.data_folder = window, ops, data_folder
        self.on_message = lambda _text: None

    def open(self) -> None:
        folder = demo_folder(self.data_folder)
        if folder == self.data_folder:
            QMessageBox.information(
                self.window, self.tr("Demo"), self.tr("This window already shows the demo.")
            )
            return
        if not ask(
            self.window,
            self.tr("Open the demo"),
            self.tr(
                "Lernpartner fills a separate folder with an invented company (%1 people, "
                "five programs) and opens it in a second window:\n\n%2\n\nYour own data "
                "stays exactly as it is. Close the demo window when you are done; the demo "
                "folder can be deleted at any time."
            )
            .replace("%1", str(DEMO_PEOPLE))
            .replace("%2", str(folder)),
            self.tr("&Open the demo"),
        ):
            return
        self.on_message(self.tr("Preparing the demo…"))
        self.ops.run(
            lambda: fill_demo_folder(folder),
            lambda _r: self.start(folder),
            lambda exc: show_error(self.window, exc),
        )

    def start(self, folder: Path) -> bool:
        from lernpartner_desktop.core.demo import DEMO_PASSPHRASE

        program, args = lernpartner_command(folder)
        started, _pid = QProcess.startDetached(program, args)
        if not started:
            QMessageBox.warning(
                self.window,
                self.tr("Open the demo"),
                self.tr("The demo could not be started. Its data is in %s.") % folder,
            )
            return False
        self.on_message(
            self.tr("The demo opens in a second window. Its vault passphrase: %s")
            % DEMO_PASSPHRASE
        )
        return True


__all__ = ["DemoLauncher", "demo_folder", "lernpartner_command"]
