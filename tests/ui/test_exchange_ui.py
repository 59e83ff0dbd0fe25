"""The import, export, access-report and erasure dialogs driven as a person would."""

from __future__ import annotations

from pathlib import Path

import openpyxl
from PySide6.QtWidgets import QApplication

from lernpartner_desktop.ui.export_dialog import ExportDialog
from lernpartner_desktop.ui.gdpr_dialogs import AccessReportDialog, ErasureDialog
from lernpartner_desktop.ui.import_dialog import ImportDialog
from lernpartner_desktop.ui.main_window import MainWindow
from lernpartner_desktop.workspace import Workspace
from tests.ui.conftest import wait_idle

STAFF = (
    "Mitarbeiterliste;;;;\r\n"
    "Personalnummer;Vorname;Nachname;Abteilung;E-Mail\r\n"
    "101;Hans;Meier;Vertrieb;hans.meier@firma.de\r\n"
    "102;Gülay;Demir;Vertrieb;guelay(at)firma.de\r\n"
    "103;;;Lager;\r\n"
)


def fits_the_screen(widget: object) -> bool:
    size = widget.sizeHint().expandedTo(widget.size())  # type: ignore[attr-defined]
    return size.width() <= 1366 and size.height() <= 728


def test_import_fix_two_rows_and_import_again(
    qtbot, window: MainWindow, ws: Workspace, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    staff = tmp_path / "liste.csv"
    staff.write_bytes(STAFF.encode("cp1252"))
    dialog = ImportDialog(ws, window)
    qtbot.addWidget(dialog)
    dialog.show()
    assert fits_the_screen(dialog)
    dialog.path.setText(str(staff))
    dialog.next()
    wait_idle(qtbot, window)
    assert dialog.stack.currentIndex() == 1
    assert [c.currentData() for c in dialog.combos] == [
        "personnel_number", "first_name", "last_name", "department", "email",
    ]  # fmt: skip
    assert "3 rows read" in dialog.file_info.text()
    dialog.next()
    wait_idle(qtbot, window)
    assert dialog.stack.currentIndex() == 2
    assert "1 new" in dialog.summary.text() and "2 not imported" in dialog.summary.text()
    shown = dialog.rows_model.records()
    assert [(r.line, r.status) for r in shown] == [(3, "new"), (4, "error"), (5, "error")]
    assert dialog.import_button.isEnabled()
    dialog.run_import()
    wait_idle(qtbot, window)
    assert dialog.result_ is not None and dialog.result_.added == 1
    assert ws.people.count() == 1
    # The owner fixes the two flagged rows and imports again.
    staff.write_bytes(
        STAFF.replace("(at)", "@").replace("103;;;", "103;Ida;Fuchs;").encode("cp1252")
    )
    again = ImportDialog(ws, window)
    qtbot.addWidget(again)
    again.show()
    again.path.setText(str(staff))
    again.next()
    wait_idle(qtbot, window)
    again.next()
    wait_idle(qtbot, window)
    assert [(r.line, r.status) for r in again.rows_model.records()] == [(4, "new"), (5, "new")]
    again.run_import()
    wait_idle(qtbot, window)
    assert ws.people.count() == 3
    # A third time: nothing to do, and Import stays disabled.
    third = ImportDialog(ws, window)
    qtbot.addWidget(third)
    third.show()
    third.path.setText(str(staff))
    third.next()
    wait_idle(qtbot, window)
    third.next()
    wait_idle(qtbot, window)
    assert "3 unchanged" in third.summary.text()
    assert third.rows_model.records() == [] and not third.import_button.isEnabled()


def test_a_bad_file_shows_its_reason_in_the_dialog(
    qtbot, window: MainWindow, ws: Workspace, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    bad = tmp_path / "bild.xlsx"
    bad.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(300))
    dialog = ImportDialog(ws, window)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.path.setText(str(bad))
    dialog.next()
    wait_idle(qtbot, window)
    assert dialog.banner.isVisible()
    assert "neither a CSV file nor an Excel workbook" in dialog.banner.text()
    assert dialog.stack.currentIndex() == 0


def test_export_dialog_writes_the_workbook(
    qtbot, demo_window: MainWindow, demo_ws: Workspace, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    dialog = ExportDialog(demo_ws, demo_window)
    qtbot.addWidget(dialog)
    dialog.show()
    assert fits_the_screen(dialog)
    dialog.target.setText(str(tmp_path / "alles.xlsx"))
    dialog.export()
    wait_idle(qtbot, demo_window)
    assert dialog.written == [tmp_path / "alles.xlsx"]
    assert "Meetings" in openpyxl.load_workbook(tmp_path / "alles.xlsx").sheetnames


def test_access_report_and_erasure_from_the_people_page(
    qtbot, demo_window: MainWindow, demo_ws: Workspace, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    demo_window.show_page(demo_window.people)
    wait_idle(qtbot, demo_window)
    page = demo_window.people
    person = next(r for r in demo_ws.people.list_rows() if r.roles)
    assert page.select_person(person.id)
    assert page.privacy_button.isEnabled()
    access = AccessReportDialog(demo_ws, person.id, page)
    qtbot.addWidget(access)
    access.show()
    assert fits_the_screen(access)
    access.folder.setText(str(tmp_path))
    access.create()
    wait_idle(qtbot, demo_window)
    assert access.written is not None and all(p.exists() for p in access.written)
    erase = ErasureDialog(demo_ws, person.id, page)
    qtbot.addWidget(erase)
    erase.show()
    wait_idle(qtbot, demo_window)
    assert fits_the_screen(erase)
    text = erase.details.text()
    assert "Program participations" in text and "Backups made before today" in text
    assert not erase.erase_button.isEnabled()
    erase.erase()  # not confirmed: nothing happens
    wait_idle(qtbot, demo_window)
    assert demo_ws.people.get(person.id).name == person.name
    erase.confirm.setChecked(True)
    assert erase.erase_button.isEnabled()
    erase.erase_button.click()
    wait_idle(qtbot, demo_window)
    assert erase.result_ is not None and erase.result_.name == person.name
    assert person.id not in {r.id for r in demo_ws.people.list_rows()}
    QApplication.processEvents()
