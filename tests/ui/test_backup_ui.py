"""Backups as the owner meets them: File › Backup, the stick, restore, settings, reminders."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from lernpartner_desktop.backup import drives, rotation
from lernpartner_desktop.backup.drives import Drive
from lernpartner_desktop.backup.service import BackupStatus
from lernpartner_desktop.ui.backup_dialogs import RestoreDialog, StickBackupDialog
from lernpartner_desktop.ui.backup_settings import BackupSettingsDialog
from lernpartner_desktop.ui.main_window import MainWindow
from tests.backup.helpers import Company, demo_company
from tests.conftest import add_person
from tests.ui.conftest import _open_window, activate, type_text, wait_idle, with_dialog


def through_dialogs(qtbot, open_it, *handlers) -> None:  # type: ignore[no-untyped-def]
    """Like ``with_dialog``, for flows after which the owner window is gone (a restore
    replaces the main window): the dialogs are driven in turn, nothing is re-activated."""
    seen: list[QDialog] = []
    errors: list[BaseException] = []

    def poll() -> None:
        dlg = QApplication.activeModalWidget()
        if isinstance(dlg, QDialog) and dlg not in seen and len(seen) < len(handlers):
            seen.append(dlg)
            if len(seen) < len(handlers):
                QTimer.singleShot(20, poll)
            try:
                activate(qtbot, dlg)
                handlers[len(seen) - 1](dlg)
            except BaseException as exc:
                errors.append(exc)
                dlg.reject()
        elif len(seen) < len(handlers) and not errors:
            QTimer.singleShot(20, poll)

    QTimer.singleShot(0, poll)
    open_it()
    if errors:
        raise errors[0]
    assert len(seen) == len(handlers), f"{len(seen)} of {len(handlers)} dialogs were opened"


@pytest.fixture
def company(tmp_path: Path) -> Iterator[Company]:
    c = demo_company(tmp_path / "data", people=20)
    c.ws.vault.lock()
    yield c
    c.ws.close()


@pytest.fixture
def win(qtbot, company: Company) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    w = _open_window(qtbot, company.ws)
    qtbot.waitUntil(lambda: w.backup.ready, timeout=10000)
    wait_idle(qtbot, w)
    yield w
    wait_idle(qtbot, w)


@pytest.fixture
def stick(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A folder standing in for a USB stick, listed as a removable drive."""
    path = tmp_path / "USB-STICK"
    path.mkdir()
    monkeypatch.setattr(
        drives, "removable_drives", lambda: [Drive(path, "USB-STICK", 8 * 1024**3, None, "vfat")]
    )
    return path


def test_the_backup_menu(win: MainWindow) -> None:
    texts = [a.text() for a in win.backup_menu.actions() if not a.isSeparator()]
    assert texts == [
        "Back up to &USB stick…",
        "Back up &now",
        "&Restore from backup…",
        "Show the backup &folder",
        "Backup &settings…",
    ]


def test_back_up_to_a_stick_is_verified_and_rotated(qtbot, win: MainWindow, stick: Path) -> None:  # type: ignore[no-untyped-def]
    reminder = win.overview.backup_reminder
    qtbot.waitUntil(lambda: reminder.status is not None, timeout=5000)
    assert reminder.button.isVisible()
    assert "No backup on a USB stick yet" in reminder.text.text()
    win.ws.backups.save_settings(
        win.ws.backups.settings().__class__(removable_keep=2)
    )
    outcomes: list[str] = []

    def back_up(dlg: QDialog) -> None:
        assert isinstance(dlg, StickBackupDialog)
        assert dlg.targets.count() == 1 and "USB-STICK" in dlg.targets.item(0).text()
        assert dlg.chosen() == stick / "Lernpartner-Sicherungen"
        for _ in range(3):
            qtbot.mouseClick(dlg.start, Qt.MouseButton.LeftButton)
            qtbot.waitUntil(lambda: not dlg.running and dlg.outcome.isVisible(), timeout=20000)
            outcomes.append(dlg.outcome.text())
        dlg.reject()

    with_dialog(qtbot, win.backup.back_up_to_stick, back_up)
    assert "Backup checked on the stick" in outcomes[0]
    assert "1 older one removed" in outcomes[-1] and "2 backups of this data" in outcomes[-1]
    assert len(rotation.backups_in(stick / "Lernpartner-Sicherungen")) == 2
    qtbot.waitUntil(lambda: "Last backup to a USB stick" in reminder.text.text(), timeout=5000)
    assert not reminder.button.isVisible()


def test_the_reminder_after_seven_days(qtbot, win: MainWindow) -> None:  # type: ignore[no-untyped-def]
    reminder = win.overview.backup_reminder
    now = dt.datetime(2026, 3, 20, 9, 0).astimezone()
    status = BackupStatus(True, now, now - dt.timedelta(days=8), "/stick/x.lpbackup", 7)
    reminder.show_status(status, now)
    assert "8 days ago" in reminder.text.text() and "Time for a new one" in reminder.text.text()
    assert not reminder.button.isHidden()
    reminder.show_status(BackupStatus(True, now, now - dt.timedelta(days=2), "x", 7), now)
    assert "2 days ago" in reminder.text.text() and reminder.button.isHidden()


def test_restore_from_the_menu_replaces_the_data_and_reopens(  # type: ignore[no-untyped-def]
    qtbot, win: MainWindow, company: Company, tmp_path: Path
) -> None:
    made = win.ws.backups.make("manual")
    add_person(win.ws, "Nach Der Sicherung")
    wait_idle(qtbot, win)
    assert win.ws.people.count() == 21

    def choose(dlg: QDialog) -> None:
        assert isinstance(dlg, RestoreDialog)
        dlg.file.setText(str(made.path))
        assert dlg.read_header() and "20 people" in dlg.about.text()
        type_text(qtbot, dlg.secret, "falsch")
        qtbot.mouseClick(dlg.next, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: not dlg.running, timeout=10000)
        assert "does not open" in dlg.banner.text()
        assert dlg.pages.currentIndex() == 0
        dlg.secret.clear()
        type_text(qtbot, dlg.secret, company.passphrase)
        qtbot.mouseClick(dlg.next, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: dlg.pages.currentIndex() == 1, timeout=10000)
        cells = [
            dlg.table.itemAtPosition(4, c).widget().text()  # type: ignore[union-attr]
            for c in range(3)
        ]
        assert cells == ["People", "20", "21"]
        assert "kept as a backup first" in dlg.keep_note.text()
        assert dlg.old_box.isHidden() and dlg.warnings.isHidden()
        qtbot.mouseClick(dlg.next, Qt.MouseButton.LeftButton)

    def told(box: QDialog) -> None:
        assert "is restored" in box.text() and "same passphrase" in box.text()  # type: ignore[attr-defined]
        box.accept()

    through_dialogs(qtbot, win.restore_from_backup, choose, told)
    successor = win.successor
    assert successor is not None and successor.isVisible() and not win.isVisible()
    qtbot.addWidget(successor)
    wait_idle(qtbot, successor)
    assert successor.ws is not win.ws
    assert successor.ws.people.count() == 20
    kept = list(successor.ws.backups.default_folder().glob("*-vor-Wiederherstellung.lpbackup"))
    assert len(kept) == 1
    company.ws = successor.ws  # the fixture closes this one
    successor.close()


def test_restore_after_a_passphrase_change_asks_for_the_old_secret(  # type: ignore[no-untyped-def]
    qtbot, win: MainWindow, company: Company
) -> None:
    made = win.ws.backups.make("manual")
    win.ws.vault.change_passphrase(company.passphrase, "Heute gilt diese hier")
    win.ws.vault.lock()

    def choose(dlg: QDialog) -> None:
        assert isinstance(dlg, RestoreDialog)
        dlg.file.setText(str(made.path))
        type_text(qtbot, dlg.secret, "Heute gilt diese hier")
        qtbot.mouseClick(dlg.next, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: dlg.pages.currentIndex() == 1, timeout=10000)
        assert not dlg.old_box.isHidden()
        assert "passphrase of" in dlg.old_text.text()
        type_text(qtbot, dlg.old_secret, company.code)
        qtbot.mouseClick(dlg.next, Qt.MouseButton.LeftButton)

    def told(box: QDialog) -> None:
        assert "today's passphrase" in box.text()  # type: ignore[attr-defined]
        box.accept()

    through_dialogs(qtbot, win.restore_from_backup, choose, told)
    successor = win.successor
    assert successor is not None
    qtbot.addWidget(successor)
    wait_idle(qtbot, successor)
    successor.ws.vault.unlock("Heute gilt diese hier")
    company.ws = successor.ws
    successor.close()


def test_automatic_backups_while_the_app_runs_and_at_closing(qtbot, win: MainWindow) -> None:  # type: ignore[no-untyped-def]
    folder = win.ws.backups.folder()[0]
    win.backup.tick()  # nothing changed since start
    wait_idle(qtbot, win)
    assert rotation.backups_in(folder) == []
    add_person(win.ws, "Neu Hinzu")
    win.backup.tick()
    wait_idle(qtbot, win)
    assert len(rotation.backups_in(folder)) == 1
    assert "Automatic backup made" in win.statusBar().currentMessage()
    assert win.backup.timer.isActive() and win.backup.timer.interval() == 30 * 60 * 1000
    add_person(win.ws, "Noch Jemand")
    win.close()
    newest = rotation.backups_in(folder)
    assert len(newest) == 2
    from lernpartner_desktop.backup.archive import read_info

    assert read_info(newest[0].path).manifest.people == 22


def test_settings_dialog_saves_and_the_timer_follows(qtbot, win: MainWindow) -> None:  # type: ignore[no-untyped-def]
    def edit(dlg: QDialog) -> None:
        assert isinstance(dlg, BackupSettingsDialog)
        page = dlg.page
        assert page.daily.value() == 12 and page.weekly.value() == 10
        assert page.monthly.value() == 9 and page.remind.value() == 7
        page.interval.setValue(5)
        page.removable_keep.setValue(4)
        page.remind.setValue(0)
        assert page.remind.text() == "never"
        dlg.accept()

    with_dialog(qtbot, win.backup.settings, edit)
    s = win.ws.backups.settings()
    assert (s.interval_minutes, s.removable_keep, s.remind_days) == (5, 4, 0)
    qtbot.waitUntil(lambda: win.backup.timer.interval() == 5 * 60 * 1000, timeout=3000)


def test_without_a_vault_the_first_backup_asks_for_a_passphrase(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    qtbot.waitUntil(lambda: window.backup.ready, timeout=10000)
    asked: list[str] = []

    def question(*args: object, **kw: object) -> QMessageBox.StandardButton:
        asked.append(str(args[2]))
        return QMessageBox.StandardButton.Cancel

    monkeypatch.setattr(QMessageBox, "question", question)
    window.backup.back_up_to_stick()
    window.backup.back_up_now()
    assert len(asked) == 2 and "always encrypted" in asked[0]
    assert QApplication.activeModalWidget() is None


def test_the_dialogs_fit_a_small_laptop_screen(qtbot, win: MainWindow, stick: Path) -> None:  # type: ignore[no-untyped-def]
    for dlg in (
        StickBackupDialog(win.ws, win),
        RestoreDialog(win.ws, win),
        BackupSettingsDialog(win.ws, win),
    ):
        qtbot.addWidget(dlg)
        hint = dlg.sizeHint()
        assert hint.width() <= 1366 and hint.height() <= 728, (type(dlg).__name__, hint)


def test_the_settings_dialog_has_a_backup_tab(qtbot, win: MainWindow) -> None:  # type: ignore[no-untyped-def]
    from lernpartner_desktop.ui.settings_dialog import BackupTab, SettingsDialog

    def edit(dlg: QDialog) -> None:
        assert isinstance(dlg, SettingsDialog)
        tab = dlg.tabs.currentWidget()
        assert isinstance(tab, BackupTab)
        assert tab.page.daily.value() == 12
        tab.page.daily.setValue(20)
        tab.page.interval.setValue(7)
        dlg.accept()

    with_dialog(qtbot, lambda: win.open_settings("backup"), edit)
    s = win.ws.backups.settings()
    assert (s.keep_daily, s.interval_minutes) == (20, 7)
    qtbot.waitUntil(lambda: win.backup.timer.interval() == 7 * 60 * 1000, timeout=3000)


def test_a_new_pc_restores_from_the_welcome_page(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: window.overview.welcome is not None, timeout=10000)
    qtbot.waitUntil(lambda: window.vault.ready, timeout=10000)
    welcome = window.overview.welcome
    assert welcome is not None and welcome.restore_button.isVisible()

    def look(dlg: QDialog) -> None:
        assert isinstance(dlg, RestoreDialog)
        dlg.reject()

    with_dialog(qtbot, welcome.restore_button.click, look)
    assert window.ws.people.count() == 0


def test_the_restore_dialog_grows_for_its_texts(qtbot, win: MainWindow) -> None:  # type: ignore[no-untyped-def]
    """With the backup's summary and an error shown, no wrapped text is squeezed: the hint
    under the passphrase once ran over the field (the stacked page kept its first height)."""
    made = win.ws.backups.make("manual").path
    dlg = RestoreDialog(win.ws, win)
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitExposed(dlg)
    dlg.resize(dlg.minimumWidth(), dlg.height())  # as narrow as it opens on a small screen
    qtbot.wait(50)
    dlg.file.setText(str(made))
    assert dlg.read_header()
    dlg.banner.show_message("Bitte geben Sie die Passphrase ein.")
    qtbot.wait(50)
    for label in (dlg.about, dlg.secret_hint, dlg.banner):
        assert label.height() >= label.heightForWidth(label.width()), label.text()
    assert dlg.secret_hint.geometry().top() >= dlg.secret.geometry().bottom()
    assert dlg.height() <= 728
