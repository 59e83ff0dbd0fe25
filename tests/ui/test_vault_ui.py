"""The vault as a person meets it: set a passphrase, write a gap note, lock, unlock, recover."""

from __future__ import annotations

import base64
import re
import zlib
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from lernpartner_desktop.ui.gap_notes import GapNoteDialog
from lernpartner_desktop.ui.main_window import MainWindow
from lernpartner_desktop.ui.vault_ui import (
    ChangePassphraseDialog,
    RecoveryCodeDialog,
    RecoveryResetDialog,
    SetUpVaultDialog,
    UnlockDialog,
)
from tests.conftest import add_person
from tests.ui.conftest import type_text, wait_idle, with_dialog

PASS = "Vier Wörter im Safe"


def pdf_text(path: Path) -> str:
    """The page content of a ReportLab PDF (streams are ASCII85 and zlib encoded)."""
    data = path.read_bytes()
    out = []
    for m in re.finditer(rb"stream\r?\n(.*?)endstream", data, re.S):
        chunk = m.group(1).strip()
        try:
            if chunk.endswith(b"~>"):
                chunk = base64.a85decode(chunk[:-2])
            out.append(zlib.decompress(chunk).decode("latin-1"))
        except (ValueError, zlib.error):
            continue
    return "".join(out)


def pdf_pages(path: Path) -> int:
    return len(re.findall(rb"/Type\s*/Page(?![a-z])", path.read_bytes()))


def shown_texts(panel) -> list[str]:  # type: ignore[no-untyped-def]
    model = panel.model
    return [
        model.index(r, c).data(Qt.ItemDataRole.DisplayRole) or ""
        for r in range(model.rowCount())
        for c in range(model.columnCount())
    ]


def test_passphrase_gap_note_lock_unlock(qtbot, window: MainWindow, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    anna = add_person(window.ws, "Anna Alt")
    page = window.people
    window.show_page(page)
    wait_idle(qtbot, window)
    assert page.select_person(anna)
    panel = page.gap_notes
    assert window.vault.button.text().endswith("Vault not set up")
    sheet = tmp_path / "Wiederherstellung.pdf"
    codes: list[str] = []

    def set_up(dlg: QDialog) -> None:
        assert isinstance(dlg, SetUpVaultDialog)
        dlg.accept()  # empty: refused with a message, the dialog stays
        assert dlg.isVisible() and "cannot be empty" in dlg.banner.text()
        type_text(qtbot, dlg.passphrase.first, PASS)
        type_text(qtbot, dlg.passphrase.second, PASS + "x")
        dlg.accept()
        assert dlg.isVisible() and "not the same" in dlg.banner.text()
        dlg.passphrase.second.clear()
        type_text(qtbot, dlg.passphrase.second, PASS)
        qtbot.keyClick(dlg.passphrase.second, Qt.Key.Key_Return)

    def recovery(dlg: QDialog) -> None:
        assert isinstance(dlg, RecoveryCodeDialog)
        codes.append(dlg.code)
        assert not dlg.ok_button.isEnabled()  # first confirm the code is kept
        dlg.write_sheet(sheet)
        dlg.confirm.setChecked(True)
        dlg.ok_button.click()

    def write(dlg: QDialog) -> None:
        assert isinstance(dlg, GapNoteDialog)
        type_text(qtbot, dlg.title, "Präsentieren")
        dlg.body.setPlainText("Spricht ungern vor Gruppen.")
        dlg.accept()

    with_dialog(qtbot, panel.new_button.click, set_up, recovery, write)
    assert window.ws.vault.unlocked
    assert window.vault.button.text().endswith("Vault open")
    assert "Präsentieren" in shown_texts(panel)
    # The recovery sheet is a real one-page PDF carrying the code.
    text = pdf_text(sheet)
    assert sheet.read_bytes().startswith(b"%PDF") and pdf_pages(sheet) == 1
    for group in codes[0].split("-"):
        assert group in text

    # Lock by command: placeholders, no plaintext left in the panel.
    window.lock_action.trigger()
    assert not window.ws.vault.unlocked
    qtbot.waitUntil(lambda: "Präsentieren" not in shown_texts(panel))
    assert "Locked" in shown_texts(panel)
    assert panel.unlock_button.isVisible()

    def wrong_then_right(dlg: QDialog) -> None:
        assert isinstance(dlg, UnlockDialog)
        type_text(qtbot, dlg.passphrase, "falsch")
        dlg.accept()  # the key is derived on the worker; the answer comes back by signal
        qtbot.waitUntil(lambda: "not correct" in dlg.banner.text(), timeout=10000)
        assert dlg.isVisible() and dlg.passphrase.isEnabled()
        dlg.passphrase.clear()
        type_text(qtbot, dlg.passphrase, PASS)
        dlg.accept()

    with_dialog(qtbot, window.vault.button.click, wrong_then_right)
    qtbot.waitUntil(lambda: "Präsentieren" in shown_texts(panel))

    # Locked by the idle timer while a note is open for editing: the dialog closes.
    panel.view.selectRow(0)
    window.vault.idle_ms = 300
    window.vault.timer.start(300)

    def editing(dlg: QDialog) -> None:
        assert isinstance(dlg, GapNoteDialog)
        assert dlg.body.toPlainText() == "Spricht ungern vor Gruppen."
        qtbot.waitUntil(lambda: not dlg.isVisible(), timeout=5000)
        assert dlg.body.toPlainText() == "" and dlg.title.text() == ""

    with_dialog(qtbot, panel.edit_button.click, editing)
    assert not window.ws.vault.unlocked
    qtbot.waitUntil(lambda: "Präsentieren" not in shown_texts(panel))
    assert "locked itself" in window.statusBar().currentMessage()

    # Forgot the passphrase: the recovery code with a typo, then right.
    code = codes[0]
    groups = code.split("-")
    typo = groups[:]
    typo[2] = ("A" if groups[2][0] != "A" else "B") + groups[2][1:]

    def unlock_forgot(dlg: QDialog) -> None:
        assert isinstance(dlg, UnlockDialog)
        dlg.forgot()

    def reset(dlg: QDialog) -> None:
        assert isinstance(dlg, RecoveryResetDialog)
        type_text(qtbot, dlg.code, "-".join(typo))
        type_text(qtbot, dlg.passphrase.first, "Neue Passphrase 1")
        type_text(qtbot, dlg.passphrase.second, "Neue Passphrase 1")
        dlg.accept()
        assert "Group 3" in dlg.banner.text()
        dlg.code.clear()
        type_text(qtbot, dlg.code, code.lower())
        dlg.accept()

    with_dialog(qtbot, window.vault.button.click, unlock_forgot, reset)
    assert window.ws.vault.unlocked
    qtbot.waitUntil(lambda: "Präsentieren" in shown_texts(panel))

    def change(dlg: QDialog) -> None:
        assert isinstance(dlg, ChangePassphraseDialog)
        type_text(qtbot, dlg.current, "Vier Wörter im Safe")  # the first one, long replaced
        type_text(qtbot, dlg.passphrase.first, "Zweite neue Passphrase")
        type_text(qtbot, dlg.passphrase.second, "Zweite neue Passphrase")
        dlg.accept()
        qtbot.waitUntil(lambda: dlg.banner.isVisible(), timeout=10000)
        assert "current passphrase is not correct, so nothing was changed" in dlg.banner.text()
        assert dlg.current.hasFocus() and dlg.current.selectedText() == dlg.current.text()
        type_text(qtbot, dlg.current, "Neue Passphrase 1")
        dlg.accept()

    with_dialog(qtbot, window.vault.change_passphrase, change)
    assert "recovery sheet stays" in window.statusBar().currentMessage()
    window.ws.vault.lock()
    window.ws.vault.unlock("Zweite neue Passphrase")
    window.ws.vault.lock()
    window.ws.vault.reset_with_recovery_code(code, "Dritte")  # the sheet still works


def test_confidential_journal_asks_for_the_passphrase(qtbot, demo_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    """The demo's vault is locked on a fresh start: writing a journal entry prompts to unlock."""
    from lernpartner_desktop.core.demo import DEMO_PASSPHRASE
    from lernpartner_desktop.ui.dialogs.partnership import JournalDialog

    window = demo_window
    window.ws.vault.lock()
    page = window.partnerships
    window.show_page(page)
    wait_idle(qtbot, window)
    row = next(r for r in window.ws.partnerships.rows() if r.phase == "learning")
    page.open_partnership(row.id)
    wait_idle(qtbot, window)
    view = page.partnership
    view.tabs.setCurrentIndex(2)
    assert all(j.body.state == "locked" for j in view.detail.journal)

    def journal(dlg: QDialog) -> None:
        assert isinstance(dlg, JournalDialog)
        dlg.body.setPlainText("Heute Pivot geübt.")
        dlg.accept()

    def unlock(dlg: QDialog) -> None:
        assert isinstance(dlg, UnlockDialog)
        type_text(qtbot, dlg.passphrase, DEMO_PASSPHRASE)
        dlg.accept()

    with_dialog(qtbot, view.add_journal_button.click, journal, unlock)
    wait_idle(qtbot, window)
    qtbot.waitUntil(lambda: any(j.body.text == "Heute Pivot geübt." for j in view.detail.journal))


# -- issue 10 ------------------------------------------------------------------------------


def test_unlocking_runs_on_the_worker_with_a_busy_indicator(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    """Deriving the key must not block the GUI thread: the dialog stays up, busy, meanwhile."""
    window.vault.start()
    window.ws.vault.set_up(PASS)
    window.ws.vault.lock()
    seen: dict[str, bool] = {}

    def unlock(dlg: QDialog) -> None:
        assert isinstance(dlg, UnlockDialog)
        type_text(qtbot, dlg.passphrase, PASS)
        dlg.accept()
        # Back in the event loop at once: the key is still being derived on the worker.
        seen["open"] = dlg.isVisible()
        seen["busy"] = dlg.busy_bar.isVisible() and not dlg.passphrase.isEnabled()
        qtbot.waitUntil(lambda: not dlg.isVisible(), timeout=10000)

    with_dialog(qtbot, window.vault.unlock, unlock)
    assert seen == {"open": True, "busy": True}
    assert window.ws.vault.unlocked


def test_a_new_recovery_code_asks_for_the_passphrase_first(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    from lernpartner_desktop.ui import vault_ui

    window.vault.start()
    old = window.ws.vault.set_up(PASS)
    codes: list[str] = []

    def ask(dlg: QDialog) -> None:
        assert isinstance(dlg, vault_ui.NewRecoveryCodeDialog)
        type_text(qtbot, dlg.passphrase, "falsch")
        dlg.accept()
        qtbot.waitUntil(lambda: "not correct" in dlg.banner.text(), timeout=10000)
        assert dlg.isVisible()
        dlg.passphrase.clear()
        type_text(qtbot, dlg.passphrase, PASS)
        dlg.accept()

    def show(dlg: QDialog) -> None:
        assert isinstance(dlg, RecoveryCodeDialog)
        codes.append(dlg.code)
        dlg.confirm.setChecked(True)
        dlg.ok_button.click()

    with_dialog(qtbot, window.vault.new_recovery_code, ask, show)
    assert codes and codes[0] != old
    window.ws.vault.lock()
    window.ws.vault.reset_with_recovery_code(codes[0], PASS)


def test_a_huge_stored_idle_time_does_not_stop_the_auto_lock(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    import sqlite3

    con = sqlite3.connect(window.ws.db_path, isolation_level=None)
    con.execute("INSERT OR REPLACE INTO setting VALUES ('vault.idle_minutes', '100000')")
    con.close()
    window.ws.vault.set_up(PASS)
    window.vault.start()
    assert window.vault.timer.isActive()
    assert window.vault.timer.interval() == 480 * 60 * 1000


def test_a_passphrase_change_that_cannot_keep_an_old_sheet_shows_the_new_one(
    qtbot, window: MainWindow
) -> None:  # type: ignore[no-untyped-def]
    from lernpartner_desktop.ui import vault_ui
    from tests.vault.test_keys import _make_legacy

    window.vault.start()
    old = window.ws.vault.set_up(PASS)
    _make_legacy(window.ws, old)  # as a vault set up before schema 0006
    shown: list[str] = []

    def change(dlg: QDialog) -> None:
        assert isinstance(dlg, ChangePassphraseDialog)
        type_text(qtbot, dlg.current, PASS)
        type_text(qtbot, dlg.passphrase.first, "Neu und lang")
        type_text(qtbot, dlg.passphrase.second, "Neu und lang")
        dlg.accept()

    def sheet(dlg: QDialog) -> None:
        assert isinstance(dlg, vault_ui.RecoveryCodeDialog)
        shown.append(dlg.code)
        intro = dlg.findChildren(vault_ui.QLabel)[0].text()
        assert "older Lernpartner" in intro and "no longer works" in intro
        dlg.confirm.setChecked(True)
        dlg.ok_button.click()

    with_dialog(qtbot, window.vault.change_passphrase, change, sheet)
    window.ws.vault.lock()
    window.ws.vault.reset_with_recovery_code(shown[0], "Noch neuer")


def test_the_whole_recovery_code_shows_at_the_dialogs_smallest_width(
    qtbot,
    window: MainWindow,  # type: ignore[no-untyped-def]
) -> None:
    """On one line the code was wider than the dialog's minimum width and cut off at both
    ends (seen in the walkthrough): every group must be readable however narrow it gets."""
    code = "-".join(["WWWWW", "MQC04", "QZCAT", "00Q00", "12345", "ABCDE", "XYZ78", "KMNPQ"])
    dlg = RecoveryCodeDialog(window.ws, code, window)
    qtbot.addWidget(dlg)
    dlg.confirm.setChecked(True)  # closing then asks nothing
    dlg.show()
    dlg.resize(dlg.minimumSize())
    qtbot.wait(20)
    label = dlg.code_label
    lines = label.text().split("\n")
    assert [g for line in lines for g in line.split(" - ")] == code.split("-")
    widest = max(label.fontMetrics().horizontalAdvance(line) for line in lines)
    assert widest <= label.contentsRect().width()
