"""Paper from the pages: document jobs on the worker, the "Print" menus, calendar files.

A document is rendered on the database worker (it reads the database), with a progress
dialog and Cancel for batches; the preview opens when it is ready. Nothing is written until
the person saves: a cancelled batch leaves no file.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QFileDialog,
    QMenu,
    QProgressDialog,
    QPushButton,
    QWidget,
)

from lernpartner_desktop.base.errors import Cancelled
from lernpartner_desktop.ui.operations import Operations
from lernpartner_desktop.ui.print_preview import (
    PrintPreviewDialog,
    confirm_cloud_folder,
    documents_folder,
    show_preview,
)
from lernpartner_desktop.ui.widgets import show_error
from lernpartner_desktop.workspace import Workspace

#: An entry of a Print menu: (text, callback, enabled?) or None for a separator.
Entry = tuple[str, Callable[[], None], Callable[[], bool]] | None


def paper_button(owner: QWidget, entries: Callable[[], Sequence[Entry]]) -> QPushButton:
    """A "Print" button whose menu is built when opened (entries may change). A push button
    with a menu, like its neighbours: a tool button drew its menu arrow over the last letter."""
    button = QPushButton(QCoreApplication.translate("Printing", "&Print"), owner)
    button.setAutoDefault(False)
    button.setAccessibleName(QCoreApplication.translate("Printing", "Print"))
    menu = QMenu(button)

    def fill() -> None:
        menu.clear()
        for entry in entries():
            if entry is None:
                menu.addSeparator()
                continue
            text, slot, enabled = entry
            act = QAction(text, menu)
            act.triggered.connect(lambda _=False, s=slot: s())
            act.setEnabled(enabled())
            menu.addAction(act)

    menu.aboutToShow.connect(fill)
    button.setMenu(menu)
    return button


class PaperJobs(QObject):
    """Renders documents on the worker for ``owner`` and shows them in the preview."""

    def __init__(self, ws: Workspace, ops: Operations, owner: QWidget) -> None:
        super().__init__(owner)
        self.ws, self.ops, self.owner = ws, ops, owner
        self.preview: PrintPreviewDialog | None = None
        self.progress: QProgressDialog | None = None

    def busy(self) -> bool:
        return self.progress is not None

    def open_document(
        self,
        make: Callable[..., Any],
        *,
        batch_label: str = "",
        on_shown: Callable[[PrintPreviewDialog], None] | None = None,
    ) -> None:
        """``make()`` (or ``make(progress, cancel)`` for a batch) returns a reports Document."""

        def shown(doc: Any) -> None:
            self._end_progress()
            self.preview = show_preview(self.owner, doc.pdf, doc.title, doc.file_name, doc.warnings)
            if on_shown is not None:
                on_shown(self.preview)

        self.run(make, shown, batch_label=batch_label)

    def run(
        self,
        make: Callable[..., Any],
        on_done: Callable[[Any], None],
        *,
        batch_label: str = "",
    ) -> None:
        if not batch_label:
            self.ops.run(make, on_done, self._failed)
            return
        cancel = threading.Event()
        progress = QProgressDialog(batch_label, self.tr("Cancel"), 0, 0, self.owner)
        progress.setWindowTitle(self.tr("Print"))
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(300)
        progress.setAutoClose(False)
        progress.setAutoReset(False)
        progress.canceled.connect(cancel.set)
        self.progress = progress

        def step(done: int, total: int) -> None:
            if self.progress is not None and total:
                self.progress.setMaximum(total)
                self.progress.setValue(min(done, total))

        self.ops.run(
            lambda emit: make(emit, cancel),
            on_done,
            self._failed,
            on_progress=step,
        )

    def _end_progress(self) -> None:
        if self.progress is not None:
            self.progress.reset()
            self.progress.deleteLater()
            self.progress = None

    def _failed(self, exc: Exception) -> None:
        self._end_progress()
        if isinstance(exc, Cancelled):
            return
        show_error(self.owner, exc)

    # -- files ---------------------------------------------------------------------------------
    def save_calendar(self, make: Callable[[], tuple[bytes, str]], name: str) -> None:
        """Ask where, then build the .ics on the worker and write it atomically."""
        from lernpartner_desktop.exchange.calendar import CalendarService

        target, _f = QFileDialog.getSaveFileName(
            self.owner,
            self.tr("Save calendar file"),
            str(documents_folder() / f"{_file_name(name)}.ics"),
            self.tr("Calendar file (*.ics)"),
        )
        if not target:
            return
        path = Path(target)
        if not confirm_cloud_folder(self.owner, path, secret=False):
            return

        def job() -> Path:
            data, _name = make()
            return CalendarService.save(data, path)

        def done(saved: Path) -> None:
            self._message(
                self.tr(
                    "Calendar file saved to %s. Open it with Outlook or Thunderbird to import "
                    "the dates; importing it again updates them."
                )
                % saved
            )

        self.run(job, done)

    def save_certificate_files(self, program_id: int) -> None:
        folder = QFileDialog.getExistingDirectory(
            self.owner, self.tr("Folder for the certificates"), str(documents_folder())
        )
        if not folder:
            return
        if not confirm_cloud_folder(self.owner, Path(folder) / "x.pdf", secret=False):
            return

        def done(paths: list[Path]) -> None:
            self._end_progress()
            self._message(
                self.tr("%n certificate(s) saved in %1.", "", len(paths)).replace("%1", folder)
            )

        self.run(
            lambda progress, cancel: self.ws.reports.save_certificate_files(
                program_id, Path(folder), progress, cancel
            ),
            done,
            batch_label=self.tr("Writing the certificates…"),
        )

    def _message(self, text: str) -> None:
        signal = getattr(self.owner, "status_message", None)
        if signal is not None:
            signal.emit(text)


def _file_name(text: str) -> str:
    from lernpartner_desktop.reports.service import safe_file_name

    return safe_file_name(text)


# -- the menus of the pages ------------------------------------------------------------------


def partnership_entries(view: Any) -> list[Entry]:
    """Partnership view: schedule, closing document, certificate, calendar file."""
    ws, jobs = view.ws, view.paper
    d = view.detail

    def has() -> bool:
        return view.detail is not None

    def ended() -> bool:
        return view.detail is not None and view.detail.phase in ("completed", "dissolved")

    pid = d.id if d is not None else 0
    certificate = (
        QCoreApplication.translate("Printing", "Confirmation of participation")
        if d is not None and d.phase == "dissolved"
        else QCoreApplication.translate("Printing", "Certificates")
    )
    return [
        (
            QCoreApplication.translate("Printing", "Schedule"),
            lambda: jobs.open_document(lambda: ws.reports.schedule(pid)),
            has,
        ),
        (
            QCoreApplication.translate("Printing", "Closing document"),
            lambda: jobs.open_document(lambda: ws.reports.closing(pid)),
            has,
        ),
        (
            certificate,
            lambda: jobs.open_document(lambda: ws.reports.certificates_pdf(partnership_id=pid)),
            ended,
        ),
        None,
        (
            QCoreApplication.translate("Printing", "Calendar file (.ics)…"),
            lambda: jobs.save_calendar(
                lambda: ws.calendar.for_partnership(pid), d.title if d else ""
            ),
            has,
        ),
    ]


def program_entries(page: Any) -> list[Entry]:
    """Programs page: wall plan, schedules, certificates, calendar file."""
    from lernpartner_desktop.ui.dialogs.certificates import (
        CertificateRegisterDialog,
        CertificateTextDialog,
        VerifyDialog,
    )

    ws, jobs = page.ws, page.paper
    p = page.current_program()
    pid = p.id if p is not None else 0

    def has() -> bool:
        return page.current_program() is not None

    def batch(make: Callable[..., Any], label: str) -> Callable[[], None]:
        return lambda: jobs.open_document(make, batch_label=label)

    return [
        (
            QCoreApplication.translate("Printing", "Wall plan (A4)"),
            lambda: jobs.open_document(lambda: ws.reports.wall_plan(pid, "A4")),
            has,
        ),
        (
            QCoreApplication.translate("Printing", "Wall plan (A3)"),
            lambda: jobs.open_document(lambda: ws.reports.wall_plan(pid, "A3")),
            has,
        ),
        (
            QCoreApplication.translate("Printing", "Schedules of all partnerships"),
            batch(
                lambda progress, cancel: ws.reports.schedules(pid, progress, cancel),
                QCoreApplication.translate("Printing", "Preparing the schedules…"),
            ),
            has,
        ),
        None,
        (
            QCoreApplication.translate("Printing", "All certificates"),
            batch(
                lambda progress, cancel: ws.reports.certificates_pdf(
                    program_id=pid, progress=progress, cancel=cancel
                ),
                QCoreApplication.translate("Printing", "Preparing the certificates…"),
            ),
            has,
        ),
        (
            QCoreApplication.translate("Printing", "Certificates as single files…"),
            lambda: jobs.save_certificate_files(pid),
            has,
        ),
        (
            QCoreApplication.translate("Printing", "Certificate text…"),
            lambda: CertificateTextDialog(ws, pid, page).exec(),
            has,
        ),
        (
            QCoreApplication.translate("Printing", "Issued certificates…"),
            lambda: CertificateRegisterDialog(ws, pid, page).exec(),
            has,
        ),
        (
            QCoreApplication.translate("Printing", "Verify a certificate…"),
            lambda: VerifyDialog(ws, page).exec(),
            lambda: True,
        ),
        None,
        (
            QCoreApplication.translate("Printing", "Calendar file (.ics)…"),
            lambda: jobs.save_calendar(lambda: ws.calendar.for_program(pid), p.name if p else ""),
            has,
        ),
    ]


def person_entries(page: Any) -> list[Entry]:
    """People page: one person's dates and their calendar file."""
    ws, jobs = page.ws, page.paper
    row = page.current_row()
    pid = row.id if row is not None else 0

    def has() -> bool:
        return page.current_row() is not None

    return [
        (
            QCoreApplication.translate("Printing", "My dates"),
            lambda: jobs.open_document(lambda: ws.reports.person_dates(pid)),
            has,
        ),
        (
            QCoreApplication.translate("Printing", "Calendar file (.ics)…"),
            lambda: jobs.save_calendar(
                lambda: ws.calendar.for_person(pid), row.name if row else ""
            ),
            has,
        ),
    ]
