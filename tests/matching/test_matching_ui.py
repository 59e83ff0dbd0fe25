"""Matching as a person does it: nominate, match, read why, tune a weight, accept, reject."""

from __future__ import annotations

import html

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QDialog

from lernpartner_desktop.core.records import ProgramInput
from lernpartner_desktop.ui.main_window import MainWindow
from lernpartner_desktop.ui.matching_ui import MatchingDialog, NominateDialog, PreferencesDialog
from tests.matching.test_service import START, company
from tests.ui.conftest import wait_idle, with_dialog


def select_rows(view, rows: list[int]) -> None:  # type: ignore[no-untyped-def]
    sel = view.selectionModel()
    sel.clearSelection()
    for r in rows:
        sel.select(
            view.model().index(r, 0),
            QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
        )


def test_nominate_match_tune_accept_reject(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    ws = window.ws
    prog, ids = company(ws)
    # Nominate two more people from the People page, as mentees of the program.
    extra = ws.programs.create(ProgramInput.from_format("Zweites Mentoring", "mentoring", START))
    people = window.people
    window.show_page(people)
    wait_idle(qtbot, window)
    people.select_person(ids["Lea Lern"])
    people.view.selectionModel().select(
        people.model.index(people.model.row_of(lambda r: r.id == ids["Ben Bedarf"]), 0),
        QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
    )
    assert set(people.selected_ids()) == {ids["Lea Lern"], ids["Ben Bedarf"]}

    def nominate(dlg: QDialog) -> None:
        assert isinstance(dlg, NominateDialog)
        dlg.program.setCurrentIndex(dlg.program.findData(extra))
        assert dlg.role.currentData() == "mentee" and not dlg.capacity.isEnabled()
        dlg.accept()

    with_dialog(qtbot, people.nominate_button.click, nominate)
    assert {p.person_id for p in ws.programs.participants(extra)} == {
        ids["Lea Lern"],
        ids["Ben Bedarf"],
    }

    # Lea's wishes on the Programs page.
    programs = window.programs
    window.show_page(programs)
    wait_idle(qtbot, window)
    programs.select_program(prog)
    wait_idle(qtbot, window)
    row = programs.participants.row_of(lambda p: p.person_id == ids["Lea Lern"])
    programs.participant_view.setCurrentIndex(programs.participants.index(row, 0))

    def wishes(dlg: QDialog) -> None:
        assert isinstance(dlg, PreferencesDialog)
        dlg.choices[0].setCurrentIndex(dlg.choices[0].findData(ids["Otto Ober"]))
        dlg.accept()

    with_dialog(qtbot, programs.wishes_button.click, wishes)
    assert ws.matching.rules(prog, ids["Lea Lern"], "prefer") == [ids["Otto Ober"]]

    seen: dict[str, object] = {}

    def review(dlg: QDialog) -> None:
        assert isinstance(dlg, MatchingDialog)
        qtbot.waitUntil(lambda: dlg.result is not None and dlg.model.rowCount() == 3)
        unmatched = [dlg.unmatched.item(i).text() for i in range(dlg.unmatched.count())]
        assert unmatched == ["Nina Nichts (Mentee): Nobody in the program offers what they seek."]
        # Understand one suggestion: the reasons and the score per criterion.
        dlg.view.selectRow(0)
        text = dlg.explain.text()
        assert "Why:" in text and "Score by criterion" in text
        best = dlg.selected()[0]
        assert all(html.escape(r.message()) in text for r in best.reasons)
        # Tune a weight: the preview follows without pressing anything.
        before = dlg.result.total  # type: ignore[union-attr]
        dlg.sliders["generation"].setValue(10)
        qtbot.waitUntil(lambda: dlg.result is not None and dlg.result.total > before, timeout=5000)
        # Reject one, accept the rest.
        dlg.view.selectRow(0)
        rejected = dlg.selected()[0]
        dlg.reject_button.click()
        qtbot.waitUntil(
            lambda: (
                dlg.result is not None
                and rejected.key not in {s.key for s in dlg.result.suggestions}
            )
        )
        seen["rejected"] = rejected.key
        qtbot.waitUntil(lambda: dlg.accept_all_button.isEnabled())
        count = dlg.model.rowCount()
        dlg.accept_all_button.click()
        assert dlg.created == count
        qtbot.waitUntil(lambda: dlg.result is not None and dlg.model.rowCount() == 0)
        dlg.reject()

    with_dialog(qtbot, programs.match_button.click, review)
    wait_idle(qtbot, window)
    assert ws.matching.weights(prog)["generation"] == 10  # stored per program
    rows = [r for r in ws.partnerships.rows() if r.program_id == prog]
    assert rows and "created from the matching" in window.statusBar().currentMessage()
    # The new tandems are on the overview and the Partnerships page.
    window.show_page(window.partnerships)
    wait_idle(qtbot, window)
    names = {window.partnerships.model.record_at(window.partnerships.model.index(i, 0)).id
             for i in range(window.partnerships.model.rowCount())}  # fmt: skip
    assert {r.id for r in rows} <= names
    assert seen["rejected"] not in {
        frozenset(m.person_id for m in ws.partnerships.detail(r.id).members) for r in rows
    }


def test_swap_mentees_pins_the_new_pairs(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    ws = window.ws
    prog, ids = company(ws)
    dlg = MatchingDialog(ws, window.ops, prog, parent=window)
    qtbot.addWidget(dlg)
    qtbot.waitUntil(lambda: dlg.result is not None and dlg.model.rowCount() == 3)

    def row_with(pid: int) -> int:
        return dlg.model.row_of(lambda s: pid in s.key)

    # Marta has Cem, Otto has Lea: swapping would put Cem with his own manager.
    select_rows(dlg.view, [row_with(ids["Cem Chef"]), row_with(ids["Lea Lern"])])
    assert dlg.swap_button.isEnabled()

    def refused(box: QDialog) -> None:
        assert "Otto Ober is the manager of Cem Chef" in box.text()  # type: ignore[attr-defined]
        box.accept()

    with_dialog(qtbot, dlg.swap_button.click, refused)
    assert not any(s.pinned for s in dlg.result.suggestions)  # type: ignore[union-attr]

    # Ben also seeks Excel, which Otto offers: Ben (Marta) and Lea (Otto) may change places.
    from lernpartner_desktop.core.records import AdEntry

    ws.people.set_ad(ids["Ben Bedarf"], [AdEntry("SAP", "seek", 1), AdEntry("Excel", "seek", 1)])
    dlg.run()
    qtbot.waitUntil(lambda: dlg.result is not None and dlg.model.rowCount() == 3)
    ben = dlg.model.record_at(dlg.model.index(row_with(ids["Ben Bedarf"]), 0))
    lea = dlg.model.record_at(dlg.model.index(row_with(ids["Lea Lern"]), 0))
    assert not ben.key & lea.key  # Marta has Ben (both topics), Otto has Lea
    select_rows(dlg.view, [row_with(ids["Ben Bedarf"]), row_with(ids["Lea Lern"])])
    dlg.swap_button.click()
    qtbot.waitUntil(
        lambda: dlg.result is not None and sum(s.pinned for s in dlg.result.suggestions) == 2
    )
    pinned = {s.key for s in dlg.result.suggestions if s.pinned}
    ben_mentor = next(p for p, r in ben.members if r == "mentor")
    lea_mentor = next(p for p, r in lea.members if r == "mentor")
    assert pinned == {
        frozenset({ben_mentor, ids["Lea Lern"]}),
        frozenset({lea_mentor, ids["Ben Bedarf"]}),
    }
    assert dlg.view.model().headerData(0, Qt.Orientation.Horizontal) == "Suggestion"
    dlg.reject()


def test_solving_shows_progress_and_cancel_changes_nothing(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    import threading

    ws = window.ws
    prog, _ids = company(ws)
    dlg = MatchingDialog(ws, window.ops, prog, parent=window)
    qtbot.addWidget(dlg)
    steps: list[int] = []
    dlg.progress.valueChanged.connect(steps.append)
    qtbot.waitUntil(lambda: dlg.result is not None and dlg.model.rowCount() == 3)
    assert steps and max(steps) == dlg.progress.maximum() and dlg.progress.isHidden()
    before = dlg.result
    # Hold the worker, start a run, cancel it while it waits: the answer never replaces the
    # shown suggestions, and the store is as it was.
    gate = threading.Event()
    window.ops.run(gate.wait)
    try:
        dlg.sliders["generation"].setValue(10)
        dlg.timer.stop()  # the run starts now, not after the slider's pause
        dlg.run()
        assert not dlg.cancel_button.isHidden() and not dlg.progress.isHidden()
        dlg.cancel_button.click()
    finally:
        gate.set()
    qtbot.waitUntil(lambda: not window.ops.busy)
    assert "cancelled: nothing was changed" in dlg.summary.text()
    assert dlg.result is before and dlg.cancel_button.isHidden()
    assert ws.partnerships.rows() == [] and ws.matching.weights(prog)["generation"] != 10
    dlg.reject()
