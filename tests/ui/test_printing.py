"""Print preview from every entry point, printed to a PDF file through QPrinter."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from lernpartner_desktop.core.records import MeetingPlan
from lernpartner_desktop.ui.main_window import MainWindow
from lernpartner_desktop.ui.print_preview import PrintPreviewDialog
from lernpartner_desktop.workspace import Workspace
from tests.reports.paper_helpers import company, complete, tandem_program
from tests.ui.conftest import wait_idle, with_dialog

MAX_W, MAX_H = 1366, 728


def previews() -> list[PrintPreviewDialog]:
    return [
        w
        for w in QApplication.topLevelWidgets()
        if isinstance(w, PrintPreviewDialog) and w.isVisible()
    ]


def wait_preview(qtbot) -> PrintPreviewDialog:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: bool(previews()), timeout=20000)
    (dlg,) = previews()
    assert dlg.width() <= MAX_W and dlg.height() <= MAX_H
    assert dlg.canvas.rendered(0)  # the first page is there at once
    return dlg


def print_to_file(qtbot, dlg: PrintPreviewDialog, target: Path) -> int:  # type: ignore[no-untyped-def]
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(target))
    with qtbot.waitSignal(dlg.printed, timeout=60000) as done:
        dlg.print_with(printer)
    assert done.args == [True]
    pages = len(PdfReader(io.BytesIO(target.read_bytes())).pages)
    dlg.reject()
    return pages


@pytest.fixture
def paper_window(qtbot, ws: Workspace, window: MainWindow):  # type: ignore[no-untyped-def]
    company(ws)
    prog, people, pairs = tandem_program(ws)
    complete(ws, pairs[0])
    ws.partnerships.advance(pairs[1])
    ws.partnerships.add_goal(pairs[1], "Ziel")
    ws.partnerships.advance(pairs[1])
    ws.meetings.plan(
        pairs[1],
        MeetingPlan(dt.datetime(2026, 3, 10, 16), every_weeks=1, until=dt.date(2026, 10, 1)),
    )
    wait_idle(qtbot, window)
    return window, prog, people, pairs


def test_wall_plan_from_the_programs_page_prints(qtbot, paper_window, tmp_path) -> None:  # type: ignore[no-untyped-def]
    window, prog, _people, _pairs = paper_window
    window.show_page(3)
    wait_idle(qtbot, window)
    assert window.programs.select_program(prog)
    window.programs.print_default()  # what Ctrl+P does on this page
    dlg = wait_preview(qtbot)
    assert dlg.page_count == 1 and dlg.pages.sizes[0][0] > dlg.pages.sizes[0][1]  # landscape
    assert print_to_file(qtbot, dlg, tmp_path / "wall.pdf") == 1


def test_all_certificates_as_a_batch_from_the_programs_menu(qtbot, paper_window, tmp_path) -> None:  # type: ignore[no-untyped-def]
    window, prog, _people, _pairs = paper_window
    window.show_page(3)
    wait_idle(qtbot, window)
    window.programs.select_program(prog)
    menu = window.programs.print_button.menu()
    menu.aboutToShow.emit()
    texts = {a.text(): a for a in menu.actions()}
    texts["All certificates"].trigger()
    dlg = wait_preview(qtbot)
    assert dlg.page_count == 2
    assert window.programs.paper.progress is None  # the progress dialog is gone
    assert print_to_file(qtbot, dlg, tmp_path / "certs.pdf") == 2


def test_schedule_closing_and_certificate_from_the_partnership_view(
    qtbot,
    paper_window,
    tmp_path,  # type: ignore[no-untyped-def]
) -> None:
    window, _prog, _people, pairs = paper_window
    page = window.partnerships
    window.show_page(1)
    wait_idle(qtbot, window)
    page.open_partnership(pairs[1])
    wait_idle(qtbot, window)
    view = page.partnership
    menu = view.print_button.menu()
    menu.aboutToShow.emit()
    actions = {a.text(): a for a in menu.actions() if a.text()}
    assert not actions["Certificates"].isEnabled()  # still running
    actions["Schedule"].trigger()
    dlg = wait_preview(qtbot)
    pages = dlg.page_count
    assert pages == 2  # 30 weekly meetings
    qtbot.keyClick(dlg, "+")  # zoom does not lose the page count
    assert print_to_file(qtbot, dlg, tmp_path / "schedule.pdf") == pages
    page.open_partnership(pairs[0])
    wait_idle(qtbot, window)
    menu.aboutToShow.emit()
    actions = {a.text(): a for a in menu.actions() if a.text()}
    actions["Closing document"].trigger()
    dlg = wait_preview(qtbot)
    assert print_to_file(qtbot, dlg, tmp_path / "closing.pdf") == dlg.page_count
    actions["Certificates"].trigger()
    dlg = wait_preview(qtbot)
    assert dlg.page_count == 2
    assert print_to_file(qtbot, dlg, tmp_path / "cert.pdf") == 2


def test_my_dates_from_the_people_page_and_its_calendar_file(
    qtbot,
    paper_window,
    tmp_path,
    monkeypatch,  # type: ignore[no-untyped-def]
) -> None:
    window, _prog, people, _pairs = paper_window
    window.show_page(2)
    wait_idle(qtbot, window)
    assert window.people.select_person(people[2])
    window.people.print_default()
    dlg = wait_preview(qtbot)
    assert print_to_file(qtbot, dlg, tmp_path / "dates.pdf") == dlg.page_count
    target = tmp_path / "Őrs.ics"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    menu = window.people.print_button.menu()
    menu.aboutToShow.emit()
    next(a for a in menu.actions() if a.text().startswith("Calendar")).trigger()
    qtbot.waitUntil(target.exists, timeout=10000)
    assert target.read_bytes().startswith(b"BEGIN:VCALENDAR")


def test_save_as_pdf_warns_for_a_cloud_folder_and_reports_a_read_only_one(
    qtbot,
    paper_window,
    tmp_path,
    monkeypatch,  # type: ignore[no-untyped-def]
) -> None:
    import os

    window, prog, _people, _pairs = paper_window
    window.show_page(3)
    wait_idle(qtbot, window)
    window.programs.select_program(prog)
    window.programs.print_default()
    dlg = wait_preview(qtbot)
    cloud = tmp_path / "OneDrive - Müller GmbH" / "Dokumente"
    cloud.mkdir(parents=True)
    asked: list[str] = []

    def answer(button: QMessageBox.StandardButton):  # type: ignore[no-untyped-def]
        def warn(_parent, _title, text, *a, **k):  # type: ignore[no-untyped-def]
            asked.append(text)
            return button

        return warn

    monkeypatch.setattr(QMessageBox, "warning", answer(QMessageBox.StandardButton.No))
    assert not dlg.save_to(cloud / "plan.pdf")
    assert "OneDrive" in asked[0] and list(cloud.iterdir()) == []
    monkeypatch.setattr(QMessageBox, "warning", answer(QMessageBox.StandardButton.Yes))
    assert dlg.save_to(cloud / "plan")
    assert (cloud / "plan.pdf").read_bytes()[:4] == b"%PDF"
    if os.name == "posix" and os.geteuid() != 0:
        locked = tmp_path / "ro"
        locked.mkdir()
        locked.chmod(0o500)
        try:
            assert not dlg.save_to(locked / "plan.pdf")
            assert "read-only" in asked[-1]
        finally:
            locked.chmod(0o700)
    dlg.reject()


def test_verify_dialog(qtbot, paper_window) -> None:  # type: ignore[no-untyped-def]
    from lernpartner_desktop.ui.dialogs.certificates import VerifyDialog

    window, prog, _people, _pairs = paper_window
    cert = window.ws.reports.issue(program_id=prog)[0]
    dlg = VerifyDialog(window.ws, window)
    qtbot.addWidget(dlg)
    dlg.number.setText(cert.number)
    dlg.code.setText(cert.check_code.lower())
    dlg.verify()
    assert "Genuine" in dlg.result.text() and "Ayşe Krüger" in dlg.result.text()
    window.ws.certificates.revoke(cert.number)
    dlg.verify()
    assert "Revoked" in dlg.result.text()
    dlg.code.setText("AAAAAA")
    dlg.verify()
    assert "Not issued here" in dlg.result.text()


def test_recovery_sheet_prints_without_a_file_and_its_code_cannot_be_selected(
    qtbot,
    window,
    tmp_path,
    monkeypatch,  # type: ignore[no-untyped-def]
) -> None:
    from PySide6.QtCore import Qt

    from lernpartner_desktop.ui.vault_ui import RecoveryCodeDialog

    code = window.ws.vault.set_up("Tresor-Passphrase")
    dlg = RecoveryCodeDialog(window.ws, code, window)
    qtbot.addWidget(dlg)
    assert dlg.code_label.textInteractionFlags() == Qt.TextInteractionFlag.NoTextInteraction
    assert not dlg.code_label.hasSelectedText()
    before = set(Path(tmp_path).rglob("*"))
    out = tmp_path / "printed.pdf"
    pages: list[int] = []

    def print_it(preview) -> None:  # type: ignore[no-untyped-def]
        assert isinstance(preview, PrintPreviewDialog) and preview.secret
        pages.append(print_to_file(qtbot, preview, out))

    with_dialog(qtbot, dlg.print_sheet, print_it)
    assert pages == [1]
    assert set(Path(tmp_path).rglob("*")) - before == {out}  # only what the "printer" wrote
    assert dlg.saved_to is None
    # Saving stays possible, with a warning for a synced folder.
    box = tmp_path / "Dropbox"
    box.mkdir()
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: QMessageBox.StandardButton.No)
    dlg.write_sheet(box / "sheet.pdf")
    assert not (box / "sheet.pdf").exists() and dlg.saved_to is None
    dlg.write_sheet(tmp_path / "sheet.pdf")
    assert dlg.saved_to == tmp_path / "sheet.pdf"
