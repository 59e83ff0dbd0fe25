"""Use the app as a new German user would, and save a screenshot of every screen.

A plain script (no pytest): it starts a QApplication, opens the main window on a fresh data
folder and on the demo, drives the pages and dialogs through their own methods, and saves
``QWidget.grab()`` PNGs and every PDF the flows make. Run it under a virtual screen of an
office laptop, in German:

    LANG=de_DE.UTF-8 LANGUAGE=de LERNPARTNER_LANG=de \\
        xvfb-run -a -s "-screen 0 1366x768x24" .venv/bin/python tools/walkthrough.py OUT

Then look at OUT/*.png and OUT/pdf/*.png (each PDF rendered by ``pdftoppm -png -r 60``).
OUT/findings.txt lists what the script noticed by itself: texts no catalogue translated,
"(s)", ISO or English dates, windows larger than 1366 x 728, labels and buttons narrower
than their text, and tracebacks. It does not replace looking at the pictures.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
import traceback
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
USABLE_W, USABLE_H = 1366, 728

STAFF_CSV = (
    "Personalnummer;Vorname;Nachname;Abteilung;E-Mail\r\n"
    "1001;Jürgen;Weiß;Fertigung;j.weiss@example.de\r\n"
    "1002;Özlem;Kaya;Vertrieb;o.kaya@example.de\r\n"
    "1003;Björn;Großmann;Buchhaltung;b.grossmann@example.de\r\n"
    "1004;Änne;Müller;Fertigung;\r\n"
    "1005;;Schäfer;Lager;schaefer@example\r\n"
)

_ISO_DATE = re.compile(r"\b\d{4}-\d{2}-\d{2}\b")
_US_DATE = re.compile(r"\b\d{1,2}/\d{1,2}/\d{2,4}\b")


class Walk:
    """Screenshots, PDFs and findings of one walk."""

    def __init__(self, out: Path) -> None:
        from PySide6.QtCore import QTranslator

        self.out = out
        self.pdfs = out / "pdf"
        self.pdfs.mkdir(parents=True, exist_ok=True)
        self.findings: list[str] = []
        self.missing: dict[tuple[str, str], str] = {}
        self.screen = ""
        walk = self

        class Recorder(QTranslator):
            """Installed below every catalogue: asked only when none of them translated."""

            def translate(  # type: ignore[override]
                self, context: str, source: str, disambiguation: str | None = None, n: int = -1
            ) -> str | None:
                if source.strip() and not context.startswith("Q"):
                    walk.missing.setdefault((context, source), walk.screen)
                return None

            def isEmpty(self) -> bool:
                return False

        self.recorder = Recorder()

    def note(self, text: str) -> None:
        line = f"[{self.screen}] {text}"
        print(line, flush=True)
        self.findings.append(line)

    # -- waiting ---------------------------------------------------------------------------
    @staticmethod
    def wait(ms: int = 60) -> None:
        from PySide6.QtTest import QTest

        QTest.qWait(ms)

    def until(self, cond: Callable[[], object], timeout: float = 30.0, what: str = "") -> bool:
        import time

        end = time.monotonic() + timeout
        while time.monotonic() < end:
            if cond():
                return True
            self.wait(40)
        self.note(f"timed out waiting for {what or cond}")
        return False

    def idle(self, window: Any) -> None:
        self.wait(30)
        self.until(lambda: not window.ops.busy, what="the database worker")
        self.wait(60)

    # -- looking ---------------------------------------------------------------------------
    def shot(self, widget: Any, name: str) -> Path:
        self.screen = name
        self.wait(120)
        path = self.out / f"{name}.png"
        widget.grab().save(str(path))
        top = widget.window()
        if top.width() > USABLE_W or top.height() > USABLE_H:
            self.note(f"window is {top.width()} x {top.height()}, larger than the screen")
        self.inspect(top)
        return path

    def inspect(self, top: Any) -> None:
        from PySide6.QtCore import QAbstractListModel, Qt
        from PySide6.QtWidgets import (
            QAbstractButton,
            QAbstractItemView,
            QGroupBox,
            QLabel,
            QTabWidget,
        )

        texts: list[str] = []
        for w in top.findChildren(QLabel):
            if not w.isVisible():
                continue
            texts.append(w.text())
            plain = w.textFormat() == Qt.TextFormat.PlainText or "<" not in w.text()
            if plain and not w.wordWrap() and w.text() and "\n" not in w.text():
                shown = re.sub(r"&(.)", r"\1", w.text())  # the mnemonic's & is not drawn
                need = w.fontMetrics().horizontalAdvance(shown) + 2 * w.margin()
                if need > w.contentsRect().width() + 2 and type(w).__name__ == "QLabel":
                    self.note(f"label cut ({need} > {w.contentsRect().width()}): {w.text()!r}")
        for w in top.findChildren(QAbstractButton):
            if w.isVisible() and w.text():
                texts.append(w.text())
                if len(w.text()) > 2 and w.sizeHint().width() > w.width() + 2:
                    self.note(f"button cut ({w.sizeHint().width()} > {w.width()}): {w.text()!r}")
        for w in top.findChildren(QGroupBox):
            if w.isVisible():
                texts.append(w.title())
        for w in top.findChildren(QTabWidget):
            if w.isVisible():
                texts += [w.tabText(i) for i in range(w.count())]
        for w in top.findChildren(QAbstractItemView):
            if not w.isVisible() or w.model() is None:
                continue
            m = w.model()
            columns = 1 if isinstance(m, QAbstractListModel) else m.columnCount()
            for r in range(min(m.rowCount(), 40)):
                for c in range(columns):
                    v = m.index(r, c).data()
                    if isinstance(v, str):
                        texts.append(v)
            for c in range(columns):
                v = m.headerData(c, Qt.Orientation.Horizontal)
                if isinstance(v, str):
                    texts.append(v)
        texts.append(top.windowTitle())
        for t in texts:
            if "(s)" in t or "(es)" in t:
                self.note(f'"(s)" in {t!r}')
            if _ISO_DATE.search(t) or _US_DATE.search(t):
                self.note(f"date not in German form: {t!r}")

    def pdf(self, data: bytes, name: str) -> Path:
        path = self.pdfs / f"{name}.pdf"
        path.write_bytes(data)
        self.render(path)
        return path

    def render(self, path: Path) -> None:
        if shutil.which("pdftoppm"):
            subprocess.run(
                ["pdftoppm", "-png", "-r", "60", str(path), str(path.with_suffix(""))],
                check=False,
            )

    @contextmanager
    def step(self, name: str) -> Iterator[None]:
        self.screen = name
        print(f"-- {name}", flush=True)
        try:
            yield
        except Exception:
            self.note("step failed:\n" + traceback.format_exc())

    def close_dialogs(self) -> None:
        from PySide6.QtWidgets import QApplication, QDialog

        for w in QApplication.topLevelWidgets():
            if isinstance(w, QDialog) and w.isVisible():
                w.reject()
        self.wait(50)


def answer_message_boxes(walk: Walk) -> Any:
    """Screenshot each message box that pops up, then press its default (or first) button."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    seen: set[int] = set()
    count = [0]

    def poll() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox) and id(box) not in seen and box.isVisible():
            seen.add(id(box))
            count[0] += 1
            name = f"{walk.screen}-message-{count[0]}"
            box.grab().save(str(walk.out / f"{name}.png"))
            walk.note(f"message box {name}: {box.text()[:160]!r}")
            button = box.defaultButton() or (box.buttons() or [None])[0]
            if button is not None:
                button.click()

    timer = QTimer()
    timer.setInterval(100)
    timer.timeout.connect(poll)
    timer.start()
    return timer


def modal(walk: Walk, kind: type, drive: Callable[[Any], None], run: Callable[[], None]) -> None:
    """Call ``run`` (which opens a ``kind`` dialog with exec()) and let ``drive`` work it, as
    the owner would; a dialog ``drive`` leaves open is cancelled."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    def poll() -> None:
        dlg = QApplication.activeModalWidget()
        if not isinstance(dlg, kind):
            QTimer.singleShot(50, poll)
            return
        try:
            drive(dlg)
        except Exception:
            walk.note("driving the dialog failed:\n" + traceback.format_exc())
        if dlg.isVisible():
            dlg.reject()

    QTimer.singleShot(50, poll)
    run()


def open_window(ws: Any) -> Any:
    from lernpartner_desktop.ui.main_window import MainWindow

    w = MainWindow(ws)
    w.resize(USABLE_W, USABLE_H)
    w.show()
    return w


def preview_of(walk: Walk, name: str, trigger: Callable[[], None]) -> Any:
    """Trigger a print entry; screenshot its preview, keep its PDF, close it."""
    from PySide6.QtWidgets import QApplication

    from lernpartner_desktop.ui.print_preview import PrintPreviewDialog

    def open_ones() -> list[PrintPreviewDialog]:
        return [
            w
            for w in QApplication.topLevelWidgets()
            if isinstance(w, PrintPreviewDialog) and w.isVisible()
        ]

    trigger()
    if not walk.until(lambda: bool(open_ones()), what=f"the preview of {name}"):
        return None
    dlg = open_ones()[0]
    walk.wait(400)
    walk.shot(dlg, name)
    walk.pdf(dlg.data, name)
    dlg.reject()
    walk.wait(100)
    return dlg


def menu_action(button: Any, source: str) -> Any:
    """The entry of a paper button's menu whose text is the translation of ``source``."""
    from PySide6.QtCore import QCoreApplication

    text = QCoreApplication.translate("Printing", source).replace("&", "")
    menu = button.menu()
    menu.aboutToShow.emit()
    for a in menu.actions():
        if a.text().replace("&", "").startswith(text):
            return a
    raise LookupError(f"{text!r} not in {[a.text() for a in menu.actions()]}")


# -- (a) a fresh, empty data folder ---------------------------------------------------------
def fresh(walk: Walk, folder: Path) -> None:
    from lernpartner_desktop.ui.import_dialog import ImportDialog
    from lernpartner_desktop.ui.vault_ui import RecoveryCodeDialog, SetUpVaultDialog
    from lernpartner_desktop.workspace import Workspace

    ws = Workspace.open(folder)
    w = open_window(ws)
    walk.idle(w)
    with walk.step("a01-welcome"):
        walk.shot(w, "a01-welcome")
    with walk.step("a02-company"):
        welcome = w.overview.welcome
        form = welcome.company_form
        form.name.setText("Bäckerei Sonnenschein GmbH")
        form.address.setPlainText("Hauptstraße 12\n79098 Freiburg im Breisgau")
        form.signatory_name.setText("Gisela Hoffmann")
        form.signatory_role.setText("Geschäftsführerin")
        walk.shot(w, "a02-company-filled")
        welcome.save_company()
        walk.idle(w)
        walk.shot(w, "a03-company-saved")
    with walk.step("a04-import"):
        csv = walk.out / "mitarbeiter.csv"
        csv.write_bytes(STAFF_CSV.encode("cp1252"))

        def drive(dlg: Any) -> None:  # the dialog of File › Import staff list…
            walk.shot(dlg, "a04-import-file")
            dlg.path.setText(str(csv))
            dlg.next()
            walk.idle(w)
            walk.shot(dlg, "a05-import-columns")
            dlg.next()
            walk.idle(w)
            walk.shot(dlg, "a06-import-preview")
            dlg.run_import()
            walk.idle(w)

        modal(walk, ImportDialog, drive, w.import_staff_list)
        walk.idle(w)
        walk.shot(w, "a07-import-result")
    with walk.step("a09-vault-setup"):
        setup = SetUpVaultDialog(ws, w)
        setup.show()
        walk.shot(setup, "a09-vault-setup")
        setup.reject()
        code = ws.vault.set_up("Bäckerei Tresor 2026")
        sheet = RecoveryCodeDialog(ws, code, w)
        sheet.show()
        walk.shot(sheet, "a10-recovery-code")
        target = walk.pdfs / "recovery-sheet.pdf"
        sheet.write_sheet(target)
        walk.until(target.exists, what="the recovery sheet")
        walk.wait(200)
        walk.shot(sheet, "a11-recovery-code-saved")
        walk.render(target)
        sheet.confirm.setChecked(True)
        sheet.accept()
    walk.close_dialogs()
    walk.idle(w)
    w.close()
    walk.wait(200)
    ws.close()


# -- (b) the demo ---------------------------------------------------------------------------
def demo(walk: Walk, folder: Path, stick: Path) -> None:
    from lernpartner_desktop.core.demo import DEMO_PASSPHRASE
    from lernpartner_desktop.workspace import Workspace

    ws = Workspace.open(folder)
    w = open_window(ws)
    walk.idle(w)
    with walk.step("b01-overview"):
        walk.shot(w, "b01-overview")
    people_flows(walk, w)
    program_flows(walk, w)
    with walk.step("b20-unlock"):
        from lernpartner_desktop.ui.vault_ui import (
            ChangePassphraseDialog,
            RecoveryResetDialog,
            UnlockDialog,
            VaultSettingsDialog,
        )

        for cls, name in (
            (UnlockDialog, "b20-vault-unlock"),
            (RecoveryResetDialog, "b21-vault-recovery-reset"),
            (ChangePassphraseDialog, "b22-vault-change-passphrase"),
            (VaultSettingsDialog, "b23-vault-settings"),
        ):
            dlg = cls(ws, w)
            dlg.show()
            walk.shot(dlg, name)
            dlg.reject()
        ws.vault.unlock(DEMO_PASSPHRASE)
        walk.idle(w)
    partnership_flows(walk, w)
    paper_flows(walk, w)
    data_flows(walk, w, stick)
    walk.close_dialogs()
    walk.idle(w)
    w.close()
    walk.wait(300)
    ws.close()


def people_flows(walk: Walk, w: Any) -> None:
    from lernpartner_desktop.ui.dialogs.partner_ad import PartnerAdDialog
    from lernpartner_desktop.ui.dialogs.person import PersonDialog
    from lernpartner_desktop.ui.matching_ui import NominateDialog

    ws = w.ws
    with walk.step("b02-people"):
        w.show_page(2)
        walk.idle(w)
        person = next(r for r in ws.people.list_rows() if r.roles)
        w.people.select_person(person.id)
        walk.idle(w)
        walk.shot(w, "b02-people")
        for dlg, name in (
            (PersonDialog(ws, person.id, parent=w), "b03-person-edit"),
            (PersonDialog(ws, parent=w), "b04-person-new"),
            (PartnerAdDialog(ws, person.id, parent=w), "b05-partner-ad"),
            (NominateDialog(ws, [person.id], parent=w), "b06-nominate"),
        ):
            dlg.show()
            walk.idle(w)
            walk.shot(dlg, name)
            dlg.reject()


def _program(ws: Any, fmt: str) -> Any:
    return next(p for p in ws.programs.all() if p.format == fmt)


def program_flows(walk: Walk, w: Any) -> None:
    from lernpartner_desktop.ui.dialogs.enrol import EnrolDialog
    from lernpartner_desktop.ui.dialogs.program import ProgramDialog
    from lernpartner_desktop.ui.matching_ui import MatchingDialog

    ws = w.ws
    mentoring = _program(ws, "mentoring")
    circle = _program(ws, "learning_circle")
    with walk.step("b07-programs"):
        w.show_page(3)
        walk.idle(w)
        w.programs.select_program(mentoring.id)
        walk.idle(w)
        walk.shot(w, "b07-programs")
        for dlg, name in (
            (ProgramDialog(ws, mentoring.id, parent=w), "b08-program-edit"),
            (ProgramDialog(ws, parent=w), "b09-program-new"),
            (EnrolDialog(ws, mentoring.id, parent=w), "b10-enrol"),
        ):
            dlg.show()
            walk.idle(w)
            walk.shot(dlg, name)
            dlg.reject()
    for prog, name in ((mentoring, "b11-matching-mentoring"), (circle, "b12-matching-circle")):
        with walk.step(name):
            dlg = MatchingDialog(ws, w.ops, prog.id, parent=w)
            dlg.show()
            walk.until(lambda d=dlg: d.result is not None, 90, "the suggestions")
            walk.idle(w)
            if dlg.model.rowCount():
                dlg.view.selectRow(0)
            walk.shot(dlg, name)
            dlg.reject()
            walk.idle(w)


def partnership_flows(walk: Walk, w: Any) -> None:
    from lernpartner_desktop.ui.dialogs import meetings, partnership

    ws = w.ws
    row = next(r for r in ws.partnerships.rows() if r.phase == "learning")
    with walk.step("b24-partnerships"):
        w.show_page(1)
        walk.idle(w)
        walk.shot(w, "b24-partnerships")
        w.partnerships.open_partnership(row.id)
        walk.idle(w)
        view = w.partnerships.partnership
        names = ["goals", "meetings", "journal", "checkins", "history", "gapnotes"]
        for i in range(view.tabs.count()):
            view.tabs.setCurrentIndex(i)
            walk.idle(w)
            walk.shot(w, f"b25-partnership-{i}-{names[i] if i < len(names) else i}")
        view.tabs.setCurrentIndex(0)
    with walk.step("b26-partnership-dialogs"):
        detail = ws.partnerships.detail(row.id)
        goal = detail.goals[0]
        planned = [m for m in detail.meetings if m.status == "planned"]
        prog = ws.programs.all()[0]
        made: list[tuple[Any, str]] = [
            (partnership.GoalDialog(ws, detail, goal, parent=w), "b26-goal"),
            (partnership.PackageDialog(ws, goal, parent=w), "b27-package"),
            (
                meetings.MeetingDialog(
                    ws, partnership_id=detail.id, program_id=detail.program_id, parent=w
                ),
                "b28-meeting-plan",
            ),
            (meetings.MeetingDialog(ws, program_id=prog.id, parent=w), "b29-program-event"),
            (partnership.FitDialog(ws, detail, parent=w), "b31-check-in"),
            (partnership.InterimDialog(ws, detail, parent=w), "b32-interim"),
            (partnership.JournalDialog(ws, detail, parent=w), "b33-journal-entry"),
            (partnership.DissolveDialog(ws, detail, parent=w), "b34-dissolve"),
            (partnership.NewPartnershipDialog(ws, prog.id, parent=w), "b35-new-partnership"),
        ]
        if planned:
            made.append((meetings.MoveMeetingDialog(ws, planned[0], parent=w), "b30-move"))
        for dlg, name in made:
            with walk.step(name):
                dlg.show()
                walk.idle(w)
                walk.shot(dlg, name)
                dlg.reject()


def paper_flows(walk: Walk, w: Any) -> None:
    ws = w.ws
    page = w.partnerships
    learning = next(r for r in ws.partnerships.rows() if r.phase == "learning")
    done = next(r for r in ws.partnerships.rows() if r.phase == "completed")
    w.show_page(1)
    walk.idle(w)
    page.open_partnership(learning.id)
    walk.idle(w)
    view = page.partnership
    with walk.step("b40-print-schedule"):
        preview_of(walk, "b40-print-schedule", menu_action(view.print_button, "Schedule").trigger)
    page.open_partnership(done.id)
    walk.idle(w)
    with walk.step("b41-print-closing"):
        preview_of(
            walk, "b41-print-closing", menu_action(view.print_button, "Closing document").trigger
        )
    with walk.step("b42-print-certificate"):
        preview_of(
            walk, "b42-print-certificate", menu_action(view.print_button, "Certificates").trigger
        )
    with walk.step("b43-print-wall-plan"):
        w.show_page(3)
        walk.idle(w)
        w.programs.select_program(done_program(ws, done))
        walk.idle(w)
        preview_of(walk, "b43-print-wall-plan", w.programs.print_default)
    with walk.step("b44-verify"):
        verify_certificate(walk, w)


def done_program(ws: Any, row: Any) -> int:
    return int(row.program_id)


def verify_certificate(walk: Walk, w: Any) -> None:
    from lernpartner_desktop.ui.dialogs.certificates import VerifyDialog

    text = subprocess.run(
        ["pdftotext", str(walk.pdfs / "b42-print-certificate.pdf"), "-"],
        capture_output=True,
        text=True,
        check=False,
    ).stdout
    number = re.search(r"\b[A-Z0-9]{2,}-\d{4}-[A-Z0-9-]+\b", text)
    code = re.search(r"Prüfcode:?\s*([A-Z0-9 -]{6,})", text)
    dlg = VerifyDialog(w.ws, w)
    dlg.show()
    walk.shot(dlg, "b44-verify-empty")
    if number and code:
        dlg.number.setText(number.group(0))
        dlg.code.setText(code.group(1).strip())
    else:
        walk.note(f"no number/code found in the certificate text: {text[:300]!r}")
    dlg.verify()
    walk.wait(300)
    walk.shot(dlg, "b45-verify-result")
    dlg.code.setText("FALSCH")
    dlg.verify()
    walk.wait(300)
    walk.shot(dlg, "b46-verify-wrong")
    dlg.reject()


def data_flows(walk: Walk, w: Any, stick: Path) -> None:
    from lernpartner_desktop.ui.backup_dialogs import RestoreDialog, StickBackupDialog
    from lernpartner_desktop.ui.backup_settings import BackupSettingsDialog
    from lernpartner_desktop.ui.export_dialog import ExportDialog
    from lernpartner_desktop.ui.gdpr_dialogs import AccessReportDialog, ErasureDialog
    from lernpartner_desktop.ui.help_dialog import show_help
    from lernpartner_desktop.ui.settings_dialog import SettingsDialog

    ws = w.ws
    with walk.step("b50-export"):
        dlg = ExportDialog(ws, w)
        dlg.show()
        walk.shot(dlg, "b50-export")
        dlg.target.setText(str(walk.out / "export" / "Lernpartner-Export.xlsx"))
        (walk.out / "export").mkdir(exist_ok=True)
        dlg.export()
        walk.idle(w)
        walk.shot(dlg, "b51-export-done")
        dlg.reject()
    person = next(r for r in ws.people.list_rows() if r.roles)
    with walk.step("b52-gdpr-access"):
        w.show_page(2)
        walk.idle(w)
        w.people.select_person(person.id)
        dlg = AccessReportDialog(ws, person.id, w.people)
        dlg.show()
        walk.shot(dlg, "b52-gdpr-access")
        folder = walk.out / "auskunft"
        folder.mkdir(exist_ok=True)
        dlg.folder.setText(str(folder))
        dlg.create()
        walk.idle(w)
        walk.shot(dlg, "b53-gdpr-access-done")
        for pdf in folder.glob("*.pdf"):
            shutil.copy(pdf, walk.pdfs / f"b53-{pdf.name}")
            walk.render(walk.pdfs / f"b53-{pdf.name}")
        dlg.reject()
    with walk.step("b54-gdpr-erasure"):
        dlg = ErasureDialog(ws, person.id, w.people)
        dlg.show()
        walk.idle(w)
        walk.shot(dlg, "b54-gdpr-erasure")
        dlg.confirm.setChecked(True)
        dlg.erase()
        walk.idle(w)
        walk.shot(dlg, "b55-gdpr-erased")
        dlg.reject()
    with walk.step("b56-backup-stick"):
        from lernpartner_desktop.backup import drives
        from lernpartner_desktop.backup.drives import Drive

        drives.removable_drives = lambda: [  # type: ignore[assignment]
            Drive(stick, "USB-STICK", 8 * 1024**3, None, "vfat")
        ]
        dlg = StickBackupDialog(ws, w)
        dlg.show()
        walk.wait(300)
        walk.shot(dlg, "b56-backup-stick")
        dlg.start.click()
        walk.until(lambda: not dlg.running and dlg.outcome.isVisible(), 60, "the backup")
        walk.shot(dlg, "b57-backup-stick-done")
        dlg.reject()
    with walk.step("b58-restore"):
        dlg = RestoreDialog(ws, w)
        dlg.show()
        walk.shot(dlg, "b58-restore")
        backups = sorted(stick.rglob("*.lpbackup"))
        if backups:
            dlg.file.setText(str(backups[-1]))
            dlg.next.click()
            walk.until(lambda: not dlg.running, 60, "the check of the backup")
            walk.wait(300)
            walk.shot(dlg, "b59-restore-checked")
        dlg.reject()
    with walk.step("b60-settings"):
        dlg = SettingsDialog(ws, w)
        dlg.show()
        for i in range(dlg.tabs.count()):
            dlg.tabs.setCurrentIndex(i)
            walk.shot(dlg, f"b60-settings-{i}")
        dlg.reject()
        dlg = BackupSettingsDialog(ws, w)
        dlg.show()
        walk.shot(dlg, "b61-backup-settings")
        dlg.reject()
    with walk.step("b62-help"):
        helper = show_help(w)
        walk.wait(400)
        walk.shot(helper, "b62-help")
        helper.close()


def translated_sources() -> set[str]:
    """Texts the German catalogue translates in some context. PySide's ``self.tr`` looks a
    text up in the context of each class of the object's MRO in turn, so the recorder also
    hears the lookups in base classes that precede the one that succeeds."""
    import xml.etree.ElementTree as ET

    tree = ET.parse(ROOT / "resources" / "translations" / "lernpartner_de.ts")
    found: set[str] = set()
    for message in tree.iter("message"):
        source, translation = message.find("source"), message.find("translation")
        if source is None or translation is None or translation.get("type") == "unfinished":
            continue
        if translation.text or translation.find("numerusform") is not None:
            found.add(source.text or "")
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out", type=Path, help="folder for the screenshots and PDFs")
    parser.add_argument("--people", type=int, default=120)
    parser.add_argument("--only", choices=("fresh", "demo"))
    args = parser.parse_args(argv)
    out: Path = args.out.resolve()
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    work = Path(tempfile.mkdtemp(prefix="lernpartner-walk-"))
    # Keep the user's own settings and documents out of it.
    for var in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        os.environ[var] = str(work / var.lower())
    os.environ.setdefault("LERNPARTNER_LANG", "de")

    from PySide6.QtWidgets import QApplication

    from lernpartner_desktop.ui.i18n import install_translators
    from lernpartner_desktop.ui.style import apply_style

    app = QApplication(sys.argv[:1])
    app.setApplicationName("Lernpartner")
    app.setOrganizationName("Lernpartner")
    walk = Walk(out)
    app.installTranslator(walk.recorder)  # first: asked last, when nothing else translated
    translators = install_translators(app, os.environ["LERNPARTNER_LANG"])  # noqa: F841
    apply_style(app)
    hook = sys.excepthook

    def excepthook(kind: type[BaseException], exc: BaseException, tb: Any) -> None:
        walk.note("uncaught: " + "".join(traceback.format_exception(kind, exc, tb)))
        hook(kind, exc, tb)

    sys.excepthook = excepthook
    boxes = answer_message_boxes(walk)  # noqa: F841
    if args.only in (None, "fresh"):
        fresh(walk, work / "leer")
    if args.only in (None, "demo"):
        folder = work / "demo"
        subprocess.run(
            [sys.executable, "-m", "lernpartner_desktop", "--data-dir", str(folder), "demo",
             "--people", str(args.people)],
            check=True,
        )  # fmt: skip
        stick = work / "USB-STICK"
        stick.mkdir()
        demo(walk, folder, stick)
    lines = list(walk.findings)
    translated = translated_sources()
    lines += [
        f"[{s}] not translated: {c}: {t!r}"
        for (c, t), s in sorted(walk.missing.items())
        if t not in translated and re.sub(r"\{\w+\}|%\w", "", t).strip(" .,:;")
    ]
    (out / "findings.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(lines)} findings in {out / 'findings.txt'}")
    shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
