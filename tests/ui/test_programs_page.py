from __future__ import annotations

import html

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialog

from lernpartner_desktop.core.formats import FORMATS
from lernpartner_desktop.core.people import PersonInput
from lernpartner_desktop.ui.dialogs.enrol import EnrolDialog
from lernpartner_desktop.ui.dialogs.program import ProgramDialog
from lernpartner_desktop.ui.main_window import MainWindow
from tests.ui.conftest import type_text, wait_idle, with_dialog

CTRL = Qt.KeyboardModifier.ControlModifier


def test_create_a_program_from_a_format_and_enrol_people(qtbot, window: MainWindow) -> None:
    ws = window.ws
    young = ws.people.create(
        PersonInput(name="Lena Jung", generation_basis="birth_year", generation_year=1999)
    )
    ws.people.create(
        PersonInput(name="Heinz Älter", generation_basis="birth_year", generation_year=1962)
    )
    ws.people.create(PersonInput(name="Gerd Gegangen", active=False))
    qtbot.keyClick(window, Qt.Key.Key_4, CTRL)
    assert window.current_page() is window.programs
    wait_idle(qtbot, window)

    def create(dlg: QDialog) -> None:
        assert isinstance(dlg, ProgramDialog)
        type_text(qtbot, dlg.name, "Digitale Fitness")
        dlg.format.setCurrentIndex(dlg.format.findData("reverse_mentoring"))
        # The format's defaults are filled in, and may be changed.
        rm = FORMATS["reverse_mentoring"]
        assert dlg.cadence.value() == rm.cadence_weeks
        assert not dlg.group_size.isEnabled()
        dlg.cadence.setValue(3)
        # An end before the start is refused in the dialog; nothing is saved.
        dlg.end.setDate(dlg.start.date().addDays(-1))
        qtbot.keyClick(dlg.name, Qt.Key.Key_Return)
        assert dlg.isVisible() and "before the start date" in dlg.banner.text()
        assert ws.programs.all() == []
        dlg.end.setDate(dlg.start.date().addMonths(6))
        qtbot.keyClick(dlg.name, Qt.Key.Key_Return)

    with_dialog(qtbot, lambda: qtbot.keyClick(window, Qt.Key.Key_N, CTRL), create)
    wait_idle(qtbot, window)
    assert [p.name for p in window.programs.model.records()] == ["Digitale Fitness"]
    program = ws.programs.all()[0]
    assert program.cadence_weeks == 3 and program.format == "reverse_mentoring"
    assert "Reverse mentoring" in window.programs.details.text()

    def enrol_mentor(dlg: QDialog) -> None:
        assert isinstance(dlg, EnrolDialog)
        listed = {r.name for r in dlg.model.records()}
        assert listed == {"Lena Jung", "Heinz Älter"}  # inactive people are not offered
        type_text(qtbot, dlg.search, "lena")
        assert dlg.model.rowCount() == 1
        dlg.view.selectRow(0)
        dlg.role.setCurrentIndex(dlg.role.findData("mentor"))
        assert dlg.capacity.isVisible()
        dlg.capacity.setValue(3)
        qtbot.mouseClick(dlg.ok, Qt.MouseButton.LeftButton)

    with_dialog(qtbot, window.programs.enrol_button.click, enrol_mentor)
    wait_idle(qtbot, window)

    def enrol_mentee(dlg: QDialog) -> None:
        assert isinstance(dlg, EnrolDialog)
        assert [r.name for r in dlg.model.records()] == ["Heinz Älter"]
        dlg.view.selectRow(0)
        assert dlg.role.currentData() == "mentee"
        assert not dlg.capacity.isVisible()
        qtbot.mouseClick(dlg.ok, Qt.MouseButton.LeftButton)

    with_dialog(qtbot, window.programs.enrol_button.click, enrol_mentee)
    wait_idle(qtbot, window)
    parts = {r.name: (r.role, r.capacity) for r in window.programs.participants.records()}
    assert parts == {"Lena Jung": ("mentor", 3), "Heinz Älter": ("mentee", None)}
    assert ws.programs.get(program.id).participant_count == 2
    # The people page knows the new roles.
    window.show_page(window.pages.index(window.people))
    wait_idle(qtbot, window)
    window.people.role.setCurrentIndex(window.people.role.findData("mentor"))
    assert [r.id for r in window.people.model.records()] == [young]


def test_overview_links_lead_to_the_place(qtbot, demo_window: MainWindow) -> None:
    w = demo_window
    from lernpartner_desktop.core.programs import ProgramInput

    pid = w.ws.programs.create(
        ProgramInput("Leeres Programm", "tandem", QDate.currentDate().toPython())
    )
    w.show_page(0)
    wait_idle(qtbot, w)
    assert "Leeres Programm" in w.overview.attention.text()
    w.overview.attention.linkActivated.emit(f"program:{pid}")
    wait_idle(qtbot, w)
    assert w.current_page() is w.programs
    assert w.programs.current_program_id() == pid
    person = (
        w.people.model.record(0).id if w.people.model.rowCount() else w.ws.people.list_rows()[0].id
    )
    w.overview.open_target.emit(f"person:{person}")
    wait_idle(qtbot, w)
    assert w.current_page() is w.people
    assert w.people.current_id() == person


def test_sorting_keeps_the_selected_program_and_its_details(
    qtbot,
    demo_window: MainWindow,  # type: ignore[no-untyped-def]
) -> None:
    window = demo_window
    page = window.programs
    window.show_page(page)
    wait_idle(qtbot, window)
    tandem = next(p for p in window.ws.programs.all() if p.format == "tandem")
    page.select_program(tandem.id)
    assert page.current_program().id == tandem.id  # type: ignore[union-attr]
    for column in (1, 2, 0):
        page.view.sortByColumn(column, Qt.SortOrder.DescendingOrder)
        assert page.current_program().id == tandem.id  # type: ignore[union-attr]
        selected = {page.model.record_at(i).id for i in page.view.selectionModel().selectedRows()}
        assert selected == {tandem.id}
        assert html.escape(tandem.name) in page.details.text()
