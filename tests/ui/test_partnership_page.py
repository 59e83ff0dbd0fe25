"""A whole tandem through the UI: create, plan 3 goals, meetings, check-ins, complete; and
another one ended early without a reason."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt, QTime
from PySide6.QtWidgets import QDialog, QLabel, QMessageBox

from lernpartner_desktop.core.records import PersonInput, ProgramInput
from lernpartner_desktop.ui.dialogs.meetings import MeetingDialog
from lernpartner_desktop.ui.dialogs.partnership import (
    DissolveDialog,
    FitDialog,
    GoalDialog,
    InterimDialog,
    JournalDialog,
    NewPartnershipDialog,
)
from lernpartner_desktop.ui.main_window import MainWindow
from tests.ui.conftest import type_text, wait_idle, with_dialog

CTRL = Qt.KeyboardModifier.ControlModifier


def _setup(window: MainWindow) -> int:
    ws = window.ws
    today = dt.date.today()
    prog = ws.programs.create(
        ProgramInput.from_format(
            "Tandems",
            "tandem",
            today - dt.timedelta(days=30),
            end_date=today + dt.timedelta(days=200),
        )
    )
    for name in ("Anna Alt", "Ben Neu", "Cem Dritt", "Dora Viert"):
        ws.programs.enrol(prog, ws.people.create(PersonInput(name=name)), "peer")
    return prog


def _tick(dlg: NewPartnershipDialog, *names: str) -> None:
    for i in range(dlg.people.count()):
        item = dlg.people.item(i)
        if any(item.text().startswith(n) for n in names):
            item.setCheckState(Qt.CheckState.Checked)


def test_run_a_tandem_from_creation_to_completion(qtbot, window: MainWindow, monkeypatch) -> None:
    phase_questions: list[str] = []

    def question(_parent, title, text, *_args):  # type: ignore[no-untyped-def]
        phase_questions.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", question)
    _setup(window)
    qtbot.keyClick(window, Qt.Key.Key_2, CTRL)
    page = window.partnerships
    assert window.current_page() is page
    wait_idle(qtbot, window)

    def create(dlg: QDialog) -> None:
        assert isinstance(dlg, NewPartnershipDialog)
        _tick(dlg, "Anna Alt")
        qtbot.keyClick(dlg, Qt.Key.Key_Return)  # only one ticked: refused, stays open
        assert dlg.isVisible() and "exactly two" in dlg.banner.text()
        _tick(dlg, "Ben Neu")
        qtbot.keyClick(dlg, Qt.Key.Key_Return)

    with_dialog(qtbot, lambda: qtbot.keyClick(window, Qt.Key.Key_N, CTRL), create)
    wait_idle(qtbot, window)
    view = page.partnership
    assert view.detail is not None and view.detail.title == "Anna Alt & Ben Neu"
    assert view.detail.phase == "preparation"

    qtbot.mouseClick(view.next_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, window)
    assert view.detail.phase == "planning"
    assert "at least one learning goal" in view.missing.text()

    for i, criteria in enumerate(("3 Berichte selbst gebaut", "Kunde lobt das Gespräch", "")):

        def goal(dlg: QDialog, i: int = i, criteria: str = criteria) -> None:
            assert isinstance(dlg, GoalDialog)
            type_text(qtbot, dlg.title, f"Ziel {i + 1}")
            dlg.criteria.setPlainText(criteria)
            dlg.member.setCurrentIndex(1 + i % 2)
            qtbot.keyClick(dlg.title, Qt.Key.Key_Return)

        with_dialog(qtbot, view.add_goal_button.click, goal)
        wait_idle(qtbot, window)
    assert [g.title for g in view.detail.goals] == ["Ziel 1", "Ziel 2", "Ziel 3"]
    # A 4th goal is refused with a message, and nothing is added.

    def fourth(dlg: QDialog) -> None:
        type_text(qtbot, dlg.title, "Ziel 4")
        qtbot.keyClick(dlg.title, Qt.Key.Key_Return)
        assert "at most 3" in dlg.banner.text()
        qtbot.keyClick(dlg, Qt.Key.Key_Escape)

    with_dialog(qtbot, view.add_goal_button.click, fourth)
    assert len(window.ws.partnerships.detail(view.detail.id).goals) == 3

    # The overview lists the goal without success criteria and leads back here.
    window.show_page(0)
    wait_idle(qtbot, window)
    assert "Ziel 3" in window.overview.attention.text()
    window.overview.attention.linkActivated.emit(f"partnership:{view.detail.id}")
    wait_idle(qtbot, window)
    assert window.current_page() is page and page.current_id() == view.detail.id

    qtbot.mouseClick(view.next_button, Qt.MouseButton.LeftButton)  # -> learning
    wait_idle(qtbot, window)
    assert view.detail.phase == "learning"

    def meetings(dlg: QDialog) -> None:
        assert isinstance(dlg, MeetingDialog)
        dlg.day.setDate(QDate.currentDate().addDays(-14))
        dlg.time.setTime(QTime(16, 0))
        assert dlg.repeat.isChecked()
        dlg.every.setValue(2)
        dlg.until.setDate(QDate.currentDate().addDays(60))
        type_text(qtbot, dlg.place, "Raum 2.14")
        qtbot.keyClick(dlg.place, Qt.Key.Key_Return)

    view.tabs.setCurrentIndex(1)
    with_dialog(qtbot, view.plan_button.click, meetings)
    wait_idle(qtbot, window)
    planned = view.detail.meetings
    assert len(planned) == 6 and {m.starts_at.hour for m in planned} == {16}
    view.meeting_view.selectRow(0)
    qtbot.mouseClick(view.held_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, window)
    assert view.detail.meetings[0].status == "held"

    # A clash with another tandem's meeting is shown and can be declined.
    other = window.ws.partnerships.create(
        view.detail.program_id,
        [
            (p.person_id, "peer")
            for p in window.ws.programs.participants(view.detail.program_id)
            if p.name in ("Cem Dritt", "Dora Viert")
        ],
    )
    window.ws.partnerships.add_goal(other, "x")
    clash_start = planned[2].starts_at

    def clash(dlg: QDialog) -> None:
        dlg.repeat.setChecked(False)
        dlg.day.setDate(QDate(clash_start.year, clash_start.month, clash_start.day))
        dlg.time.setTime(QTime(16, 30))
        qtbot.keyClick(dlg.place, Qt.Key.Key_Return)
        assert dlg.isVisible()  # declined: still open, nothing booked
        dlg.reject()

    # Book the clash from Anna's side: patch the question to answer "No" like a person would.
    asked: list[str] = []
    orig = QMessageBox.question
    QMessageBox.question = staticmethod(  # type: ignore[method-assign]
        lambda parent, title, text, *a: (asked.append(text), QMessageBox.StandardButton.No)[1]
    )
    try:
        window.ws.partnerships.dissolve(other)  # ended pairs do not clash ...
        with_dialog(qtbot, view.plan_button.click, clash)
        assert asked  # ... but Anna's own series does
        assert "Anna Alt" in asked[0]
    finally:
        QMessageBox.question = orig  # type: ignore[method-assign]
    assert len(window.ws.partnerships.detail(view.detail.id).meetings) == 6

    view.tabs.setCurrentIndex(3)
    window.ws.vault.set_up("Tandem-Passphrase")  # the vault's own dialogs: test_vault_ui.py

    def fit(dlg: QDialog) -> None:
        assert isinstance(dlg, FitDialog)
        dlg.answer.setCurrentIndex(dlg.answer.findData("fits"))
        dlg.comment.setPlainText("Passt gut")
        dlg.accept()

    with_dialog(qtbot, view.fit_button.click, fit)

    def interim(dlg: QDialog) -> None:
        assert isinstance(dlg, InterimDialog)
        dlg.ratings["progress"].setValue(4)
        dlg.accept()

    with_dialog(qtbot, view.interim_button.click, interim)

    def journal(dlg: QDialog) -> None:
        assert isinstance(dlg, JournalDialog)
        dlg.body.setPlainText("Pivot-Tabellen geübt.")
        dlg.accept()

    with_dialog(qtbot, view.add_journal_button.click, journal)
    wait_idle(qtbot, window)
    d = view.detail
    assert [(c.kind, c.fit, c.progress) for c in d.check_ins] == [
        ("fit", "fits", None),
        ("interim", None, 4),
    ]
    assert view.checks.rowCount() == 2 and view.journal.rowCount() == 1

    qtbot.mouseClick(view.next_button, Qt.MouseButton.LeftButton)  # -> closing
    wait_idle(qtbot, window)
    assert view.next_button.text().replace("&", "") == "Complete…"
    for row in range(3):
        view.goals.setCurrentItem(view.goals.topLevelItem(row))
        button = view.achieved_button if row < 2 else view.not_achieved_button
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        wait_idle(qtbot, window)
    qtbot.mouseClick(view.next_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, window)
    assert view.detail.phase == "completed"
    assert not view.plan_button.isEnabled() and not view.add_goal_button.isEnabled()
    # Every step was asked for first; completing says how to undo it.
    assert len(phase_questions) == 4 and "Back one phase" in phase_questions[-1]
    assert "from Preparation to Planning" in phase_questions[0]


def test_end_a_tandem_early_without_giving_a_reason(qtbot, window: MainWindow) -> None:
    prog = _setup(window)
    ids = {p.name: p.person_id for p in window.ws.programs.participants(prog)}
    pid = window.ws.partnerships.create(prog, [(ids["Anna Alt"], "peer"), (ids["Ben Neu"], "peer")])
    window.show_page(1)
    wait_idle(qtbot, window)
    window.partnerships.open_partnership(pid)
    view = window.partnerships.partnership

    def dissolve(dlg: QDialog) -> None:
        assert isinstance(dlg, DissolveDialog)
        texts = " ".join(lbl.text() for lbl in dlg.findChildren(QLabel))
        assert "without giving a reason" in texts
        qtbot.keyClick(dlg.reason, Qt.Key.Key_Tab)
        dlg.accept()  # no reason typed

    with_dialog(qtbot, view.dissolve_button.click, dissolve)
    wait_idle(qtbot, window)
    assert view.detail.phase == "dissolved" and view.detail.dissolve_reason.state == "empty"
    assert "ended early" in view.stepper.ended.text()
    assert not view.next_button.isEnabled()
    # The running list hides it; "all phases" shows it again.
    assert window.partnerships.model.row_of(lambda r: r.id == pid) < 0
    window.partnerships.phase.setCurrentIndex(1)
    assert window.partnerships.model.row_of(lambda r: r.id == pid) >= 0
