"""The rough edges a new user met (issue 9), each with a test that failed before its fix."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QProxyStyle,
    QPushButton,
    QStyle,
)

from lernpartner_desktop.core.demo import DEMO_PASSPHRASE, fill_demo
from lernpartner_desktop.core.records import MeetingPlan, PersonInput, ProgramInput, level_label
from lernpartner_desktop.ui.dialogs.meetings import MeetingDialog, MoveMeetingDialog
from lernpartner_desktop.ui.dialogs.person import PersonDialog
from lernpartner_desktop.ui.dialogs.program import ProgramDialog
from lernpartner_desktop.ui.main_window import MainWindow
from lernpartner_desktop.ui.vault_ui import UnlockDialog, lock_icon
from lernpartner_desktop.workspace import Workspace
from tests.ui.conftest import _open_window, type_text, wait_idle, with_dialog


def _click(box: QDialog, text: str) -> None:
    for button in box.findChildren(QPushButton):
        if button.text().replace("&", "") == text:
            button.click()
            return
    raise AssertionError(f"no {text!r} in {[b.text() for b in box.findChildren(QPushButton)]}")


def _tandem(ws: Workspace, start: dt.date | None = None) -> tuple[int, int]:
    start = start or dt.date.today() - dt.timedelta(days=30)
    prog = ws.programs.create(
        ProgramInput.from_format("Tandems", "tandem", start, end_date=start + dt.timedelta(200))
    )
    ids = [ws.people.create(PersonInput(name=n)) for n in ("Anna Alt", "Ben Neu")]
    for pid in ids:
        ws.programs.enrol(prog, pid, "peer")
    return prog, ws.partnerships.create(prog, [(ids[0], "peer"), (ids[1], "peer")])


def _open(window: MainWindow, qtbot, partnership_id: int):  # type: ignore[no-untyped-def]
    window.show_page(window.partnerships)
    wait_idle(qtbot, window)
    window.partnerships.open_partnership(partnership_id)
    wait_idle(qtbot, window)
    return window.partnerships.partnership


def test_form_labels_underline_their_letter_instead_of_showing_an_ampersand(
    qtbot, window: MainWindow
) -> None:
    """ "&When:" showed a literal ampersand in Plan meetings and Program event."""
    prog, pid = _tandem(window.ws)
    ws = window.ws
    meeting_id = ws.meetings.plan(pid, MeetingPlan(dt.datetime.now() + dt.timedelta(days=2)))[0]
    meeting = next(m for m in ws.partnerships.detail(pid).meetings if m.id == meeting_id)
    for dlg in (
        MeetingDialog(ws, partnership_id=pid, program_id=prog, parent=window),
        MeetingDialog(ws, program_id=prog, parent=window),
        MoveMeetingDialog(ws, meeting, parent=window),
        ProgramDialog(ws, parent=window),
        PersonDialog(ws, parent=window),
    ):
        for label in dlg.findChildren(QLabel):
            text = label.text().replace("&&", "")
            if "&" in text and not text.lstrip().startswith("<"):
                assert label.buddy() is not None, f"{type(dlg).__name__}: {label.text()!r}"
        dlg.deleteLater()


def test_program_event_asks_which_program(qtbot, window: MainWindow) -> None:
    ws = window.ws
    _first, _pair = _tandem(ws)
    second = ws.programs.create(
        ProgramInput.from_format(
            "Mentoring", "mentoring", dt.date.today() - dt.timedelta(days=10),
            end_date=dt.date.today() + dt.timedelta(days=100),
        )
    )  # fmt: skip
    mentor, mentee = (ws.people.create(PersonInput(name=n)) for n in ("Mia Mentor", "Max Mentee"))
    ws.programs.enrol(second, mentor, "mentor")
    ws.programs.enrol(second, mentee, "mentee")
    ws.partnerships.create(second, [(mentor, "mentor"), (mentee, "mentee")])
    page = window.partnerships
    window.show_page(page)
    wait_idle(qtbot, window)

    def event(dlg: QDialog) -> None:
        # No program filtered and none shown: the dialog asks (it used to refuse silently).
        assert isinstance(dlg, MeetingDialog) and dlg.program.isVisibleTo(dlg)
        assert {dlg.program.itemText(i) for i in range(dlg.program.count())} == {
            "Tandems",
            "Mentoring",
        }
        dlg.program.setCurrentIndex(dlg.program.findData(second))
        dlg.kind.setCurrentIndex(dlg.kind.findData("kickoff"))
        dlg.day.setDate(dlg.day.date().addDays(3))
        dlg.accept()

    with_dialog(qtbot, page.event_button.click, event)
    events = [
        m for r in ws.partnerships.rows() for m in ws.partnerships.detail(r.id).meetings
        if m.partnership_id is None
    ]  # fmt: skip
    assert {m.program_id for m in events} == {second}


def test_plan_meetings_carries_on_and_asks_before_doubling_a_series(
    qtbot, window: MainWindow
) -> None:
    ws = window.ws
    _prog, pid = _tandem(ws)
    start = dt.datetime.combine(dt.date.today() + dt.timedelta(days=1), dt.time(9, 30))
    ws.meetings.plan(
        pid,
        MeetingPlan(start, 45, "online", "Teams-Raum", every_weeks=2,
                    until=start.date() + dt.timedelta(weeks=6)),
    )  # fmt: skip
    last = max(m.starts_at for m in ws.partnerships.detail(pid).meetings)
    view = _open(window, qtbot, pid)
    view.tabs.setCurrentIndex(1)

    def proposal(dlg: QDialog) -> None:
        assert isinstance(dlg, MeetingDialog)
        plan = dlg.plan()
        assert plan.starts_at == last + dt.timedelta(weeks=2)  # after the last one, same time
        assert (plan.mode, plan.place, plan.duration_minutes) == ("online", "Teams-Raum", 45)
        # Back over the weeks already planned: asked first; "No" keeps the dialog open.
        dlg.day.setDate(dlg.day.date().addDays(-28))
        dlg.accept()
        assert dlg.isVisible()
        dlg.reject()

    def overlap(box: QDialog) -> None:
        assert isinstance(box, QMessageBox) and "already has 2 planned meetings" in box.text()
        _click(box, "No")

    before = len(ws.partnerships.detail(pid).meetings)
    with_dialog(qtbot, view.plan_button.click, proposal, overlap)
    assert len(ws.partnerships.detail(pid).meetings) == before


def test_next_phase_asks_first_and_back_one_phase_undoes_it(
    qtbot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    _prog, pid = _tandem(window.ws)
    view = _open(window, qtbot, pid)
    answers = [QMessageBox.StandardButton.No]
    asked: list[str] = []

    def question(_parent, _title, text, *_args):  # type: ignore[no-untyped-def]
        asked.append(text)
        return answers.pop(0)

    monkeypatch.setattr(QMessageBox, "question", question)
    assert not view.back_action.isEnabled()  # nothing before the first phase
    view.next_button.click()
    wait_idle(qtbot, window)
    assert view.detail.phase == "preparation" and "Planning" in asked[0]
    answers.append(QMessageBox.StandardButton.Yes)
    view.next_button.click()
    wait_idle(qtbot, window)
    assert view.detail.phase == "planning" and view.back_action.isEnabled()
    assert view.back_action in view.header.more_menu.actions()
    answers.append(QMessageBox.StandardButton.Yes)
    view.back_action.trigger()
    wait_idle(qtbot, window)
    assert view.detail.phase == "preparation"
    assert [(h.from_phase, h.to_phase) for h in view.detail.history][-2:] == [
        ("preparation", "planning"),
        ("planning", "preparation"),
    ]
    assert "back to Preparation" in view.history.text()


def test_programs_list_shows_the_participants_column(qtbot, demo_window: MainWindow) -> None:
    w = demo_window
    w.resize(1366, 728)
    page = w.programs
    w.show_page(page)
    wait_idle(qtbot, w)
    view = page.view
    col = 4
    assert page.model.headerData(col, Qt.Orientation.Horizontal) == "Participants"
    header = view.horizontalHeader()
    right = header.sectionViewportPosition(col) + header.sectionSize(col)
    assert header.sectionViewportPosition(col) >= 0 and right <= view.viewport().width()
    assert header.sectionSize(col) >= header.sectionSizeHint(col)
    assert header.sectionSize(col) >= view.sizeHintForColumn(col)
    assert page.model.index(0, col).data() == str(page.model.record(0).participant_count)


def test_vault_menu_offers_only_what_can_be_done(qtbot, window: MainWindow) -> None:
    wait_idle(qtbot, window)
    assert window.vault.ready
    window.update_vault_actions()  # as when the menu opens
    assert not window.lock_action.isEnabled() and not window.unlock_action.isEnabled()
    assert not window.unlock_action.isVisible() and window.setup_action.isVisible()
    window.ws.vault.set_up("Vier Wörter im Safe")
    qtbot.waitUntil(lambda: window.lock_action.isEnabled())
    assert not window.unlock_action.isEnabled() and not window.setup_action.isVisible()
    window.lock_action.trigger()
    qtbot.waitUntil(lambda: window.unlock_action.isEnabled())
    assert not window.lock_action.isEnabled()


def _icon_image(icon) -> QImage:  # type: ignore[no-untyped-def]
    return icon.pixmap(QSize(32, 32)).toImage()


def test_padlocks_and_unlock_are_one_and_the_same_everywhere(
    qtbot, demo_window: MainWindow
) -> None:
    w = demo_window
    w.ws.vault.lock()
    row = next(r for r in w.ws.partnerships.rows() if r.phase == "learning")
    view = _open(w, qtbot, row.id)
    tab = view.gap_notes_tab
    closed, opened = _icon_image(lock_icon()), _icon_image(lock_icon(open_=True))
    assert _icon_image(view.tabs.tabIcon(tab)) == closed
    # The journal shows "Locked" with the same notice and unlock action as the gap notes.
    view.tabs.setCurrentIndex(2)
    assert view.journal_locked.isVisible() and view.journal_locked.unlock_button.isVisible()
    view.tabs.setCurrentIndex(tab)
    assert view.gap_notes.locked.isVisible()

    def unlock(dlg: QDialog) -> None:
        assert isinstance(dlg, UnlockDialog)
        type_text(qtbot, dlg.passphrase, DEMO_PASSPHRASE)
        dlg.accept()

    view.tabs.setCurrentIndex(2)
    with_dialog(qtbot, view.journal_locked.unlock_button.click, unlock)
    wait_idle(qtbot, w)
    qtbot.waitUntil(lambda: _icon_image(view.tabs.tabIcon(tab)) == opened)
    assert not view.journal_locked.isVisible() and not view.gap_notes.locked.isVisible()
    w.lock_action.trigger()
    qtbot.waitUntil(lambda: _icon_image(view.tabs.tabIcon(tab)) == closed)
    qtbot.waitUntil(view.journal_locked.isVisible)  # once the page has reloaded


def test_a_wrong_passphrase_message_is_shown_whole(qtbot, demo_window: MainWindow) -> None:
    w = demo_window
    w.ws.vault.lock()

    def wrong(dlg: QDialog) -> None:
        assert isinstance(dlg, UnlockDialog)
        type_text(qtbot, dlg.passphrase, "falsch")
        dlg.accept()  # the key is derived on the worker; the answer comes back by signal
        banner = dlg.banner
        qtbot.waitUntil(lambda: "recovery code" in banner.text(), timeout=10000)
        qtbot.waitUntil(lambda: dlg.passphrase.isEnabled(), timeout=10000)
        assert banner.isVisible()
        # Every wrapped line of the message is on screen (it used to end after "if it is").
        assert banner.height() >= banner.heightForWidth(banner.width())
        assert banner.geometry().bottom() <= dlg.height()
        dlg.reject()

    with_dialog(qtbot, w.vault.unlock, wrong)


def test_topic_levels_read_the_same_on_the_people_page_and_in_match_reasons(
    qtbot, demo_window: MainWindow
) -> None:
    w = demo_window
    prog = next(p for p in w.ws.programs.all() if p.format == "tandem")
    result = w.ws.matching.suggest(prog.id, "fit")
    reasons = " ".join(r.message() for s in result.suggestions for r in s.reasons)
    assert "offers" in reasons and "level" not in reasons
    assert any(f"({level_label(n)})" in reasons for n in (1, 2, 3, 4))
    person = next(r for r in w.ws.people.list_rows() if r.offers)
    w.show_page(w.people)
    wait_idle(qtbot, w)
    w.people.select_person(person.id)
    shown = w.people.detail.text()
    ad = w.ws.people.get_ad(person.id)
    assert f"({level_label(ad[0].level)})" in shown


def test_the_matching_dialog_has_no_empty_panel(qtbot, demo_window: MainWindow) -> None:
    from lernpartner_desktop.ui.matching_ui import MatchingDialog

    w = demo_window
    prog = next(p for p in w.ws.programs.all() if p.format == "mentoring")
    dlg = MatchingDialog(w.ws, w.ops, prog.id, parent=w)
    qtbot.addWidget(dlg)
    dlg.resize(1180, 700)
    dlg.show()
    wait_idle(qtbot, w)
    weights = dlg.weights_box
    # The weights take what they need; under them, the explanation of the chosen pair.
    assert weights.height() <= weights.sizeHint().height() + 4
    assert dlg.explain.isVisible()
    assert (
        dlg.explain.mapTo(dlg, dlg.explain.rect().topLeft()).y()
        > weights.mapTo(dlg, weights.rect().topLeft()).y()
    )
    dlg.reject()


def test_the_overview_of_a_large_company_puts_attention_first(qtbot, tmp_path: Path) -> None:
    big = Workspace.open(tmp_path / "big")
    try:
        fill_demo(big, people=2000)
        w = _open_window(qtbot, big)
        page = w.overview
        att = big.overview.attention()
        assert len(att.this_week) > 20
        assert page.attention.y() < page.week.y()  # what needs attention comes first
        text = page.week.text()
        assert text.count("<tr>") == 8 and "all:week" in text
        page.week.linkActivated.emit("all:week")
        assert page.week.text().count("<tr>") == len(att.this_week)
        w.close()
    finally:
        big.close()


def test_a_person_entered_by_mistake_can_be_deleted(qtbot, window: MainWindow) -> None:
    ws = window.ws
    typo = ws.people.create(PersonInput(name="Anan Alt"))
    boss = ws.people.create(PersonInput(name="Chefin"))
    ws.people.create(PersonInput(name="Mitarbeiter", manager_id=boss))
    page = window.people
    window.show_page(page)
    wait_idle(qtbot, window)
    page.select_person(typo)
    with_dialog(qtbot, page.delete_button.click, lambda box: _click(box, "Delete"))
    wait_idle(qtbot, window)
    assert typo not in {r.id for r in ws.people.list_rows()}
    # Someone others refer to: deactivate instead.
    page.select_person(boss)

    def offer(box: QDialog) -> None:
        assert "1 person reporting to them" in box.text()
        _click(box, "Deactivate")

    with_dialog(qtbot, page.delete_button.click, offer)
    wait_idle(qtbot, window)
    assert not ws.people.get(boss).active


def test_a_program_created_by_mistake_can_be_deleted_else_archived(
    qtbot, window: MainWindow
) -> None:
    ws = window.ws
    used, _pair = _tandem(ws)
    typo = ws.programs.create(ProgramInput.from_format("Tandmes", "tandem", dt.date.today()))
    page = window.programs
    window.show_page(page)
    wait_idle(qtbot, window)
    page.select_program(typo)
    with_dialog(qtbot, page.delete_button.click, lambda box: _click(box, "Yes"))
    wait_idle(qtbot, window)
    assert [p.id for p in ws.programs.all()] == [used]
    page.select_program(used)

    def archive(box: QDialog) -> None:
        assert "2 participants, 1 partnership" in box.text()
        _click(box, "Archive")

    with_dialog(qtbot, page.delete_button.click, archive)
    wait_idle(qtbot, window)
    assert ws.programs.get(used).archived
    assert page.model.rowCount() == 0  # archived programs leave the list ...
    page.show_archived.setChecked(True)
    assert page.model.rowCount() == 1  # ... until asked for


def test_dialog_buttons_carry_no_old_fashioned_icons(qtbot, window: MainWindow) -> None:
    """Linux desktops put a floppy disk on Save and a red cross on Cancel; Windows does not."""
    from lernpartner_desktop.ui.style import apply_style

    class DesktopLike(QProxyStyle):  # what the Linux platform theme says
        def styleHint(self, hint, option=None, widget=None, returnData=None):  # type: ignore[no-untyped-def]
            if hint == QStyle.StyleHint.SH_DialogButtonBox_ButtonsHaveIcons:
                return 1
            return super().styleHint(hint, option, widget, returnData)

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    original = app.style().name()
    try:
        app.setStyle(DesktopLike(original))
        box = PersonDialog(window.ws, parent=window).button_box()
        assert not box.button(QDialogButtonBox.StandardButton.Save).icon().isNull()
        apply_style(app)
        box = PersonDialog(window.ws, parent=window).button_box()
        assert box.button(QDialogButtonBox.StandardButton.Save).icon().isNull()
        assert box.button(QDialogButtonBox.StandardButton.Cancel).icon().isNull()
    finally:
        app.setStyle(original)


def test_menu_buttons_leave_room_for_their_arrow(qtbot, demo_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    """The Print and More buttons drew their menu arrow over their last letter (seen in the
    walkthrough in German): each is as wide as its text plus the arrow."""
    from PySide6.QtWidgets import QStyle

    w = demo_window
    w.show_page(1)
    wait_idle(qtbot, w)
    row = w.ws.partnerships.rows()[0]
    w.partnerships.open_partnership(row.id)
    wait_idle(qtbot, w)
    view = w.partnerships.partnership
    buttons = [view.print_button, view.header.more_button]
    for index in (2, 3):
        w.show_page(index)
        wait_idle(qtbot, w)
    buttons += [w.people.print_button, w.programs.print_button]
    for b in buttons:
        assert b.menu() is not None
        text = b.fontMetrics().horizontalAdvance(b.text().replace("&", ""))
        arrow = b.style().pixelMetric(QStyle.PixelMetric.PM_MenuButtonIndicator, None, b)
        assert b.width() >= text + arrow + 8, (b.text(), b.width(), text, arrow)
    wait_idle(qtbot, w)  # the pages' loads end before the window closes
