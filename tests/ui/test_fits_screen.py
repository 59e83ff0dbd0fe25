"""Every page and the main dialogs fit an office laptop: 1366 x 768 less the taskbar.

Shown on demo data in German, in English, and with a translator that makes every text 40 %
longer (German runs about 30 % longer than English), so the test holds for translations that
have not been written yet.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QSize, QTranslator
from PySide6.QtWidgets import QApplication, QWidget

from lernpartner_desktop.core.demo import DEMO_PASSPHRASE
from lernpartner_desktop.ui.i18n import install_translators
from lernpartner_desktop.ui.main_window import MainWindow
from lernpartner_desktop.workspace import Workspace
from tests.ui.conftest import wait_idle

#: 1366 x 768 with a Windows taskbar of 40 pixels.
USABLE = QSize(1366, 728)

_WORD = re.compile(r"(?<![%{&\\\w])([A-Za-zÄÖÜäöüß]{2,})")


def longer(text: str, factor: float = 1.4) -> str:
    """Each word 40 % longer; placeholders (%1, %n, {name}), mnemonics and HTML tags stay."""

    def stretch(m: re.Match[str]) -> str:
        word = m.group(1)
        return word + "ä" * math.ceil(len(word) * (factor - 1))

    parts = re.split(r"(<[^>]*>|&\w+;)", text)
    return "".join(p if p.startswith(("<", "&")) else _WORD.sub(stretch, p) for p in parts)


class LongTranslator(QTranslator):
    """Stands in for a translation whose texts are all 40 % longer than the English ones."""

    def translate(  # type: ignore[override]
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        return longer(source)

    def isEmpty(self) -> bool:
        return False


def test_longer_keeps_placeholders_and_markup() -> None:
    assert longer("Save") == "Saveää"
    assert longer("%n day(s) for {name}: %1") == "%n dayää(s) forää {name}: %1"
    assert longer("<b>&New</b> &amp; old") == "<b>&New</b> &amp; oldää"


@pytest.fixture(params=["de", "en", "long"])
def language(request: pytest.FixtureRequest) -> Iterator[str]:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    installed = install_translators(app, "en" if request.param == "long" else request.param)
    if request.param == "long":
        long = LongTranslator(app)
        app.installTranslator(long)
        installed.append(long)
    yield request.param
    for tr in installed:
        app.removeTranslator(tr)
    install_translators(app, "en")


def fits(widget: QWidget) -> tuple[bool, str]:
    layout = widget.layout()
    if layout is not None:
        layout.activate()
    least = widget.minimumSizeHint().expandedTo(widget.minimumSize())
    ok = least.width() <= USABLE.width() and least.height() <= USABLE.height()
    return ok, f"{type(widget).__name__} needs at least {least.width()} x {least.height()}"


def dialogs(w: MainWindow) -> Iterator[tuple[str, Callable[[], QWidget]]]:
    """The main dialogs, each on the demo's data."""
    from lernpartner_desktop.ui import (
        gap_notes,
        help_dialog,
        matching_ui,
        settings_dialog,
        vault_ui,
    )
    from lernpartner_desktop.ui.dialogs import (
        enrol,
        meetings,
        partner_ad,
        partnership,
        person,
        program,
    )

    ws = w.ws
    prog = ws.programs.all()[0]
    person_id = ws.people.list_rows()[0].id
    participant = ws.programs.participants(prog.id)[0]
    row = next(r for r in ws.partnerships.rows() if r.phase == "learning")
    detail = ws.partnerships.detail(row.id)
    goal = detail.goals[0]
    meeting = next(m for m in detail.meetings if m.status == "planned")
    note = ws.gap_notes.for_person(
        next(r.id for r in ws.people.list_rows() if ws.gap_notes.for_person(r.id))
    )[0]
    yield "person (new)", lambda: person.PersonDialog(ws, parent=w)
    yield "person (edit)", lambda: person.PersonDialog(ws, person_id, parent=w)
    yield "partner ad", lambda: partner_ad.PartnerAdDialog(ws, person_id, parent=w)
    yield "program (new)", lambda: program.ProgramDialog(ws, parent=w)
    yield "program (edit)", lambda: program.ProgramDialog(ws, prog.id, parent=w)
    yield "enrol", lambda: enrol.EnrolDialog(ws, prog.id, parent=w)
    yield "participation", lambda: enrol.ParticipationDialog(ws, prog.id, participant.id, w)
    yield "new partnership", lambda: partnership.NewPartnershipDialog(ws, prog.id, parent=w)
    yield "goal", lambda: partnership.GoalDialog(ws, detail, goal, parent=w)
    yield "package", lambda: partnership.PackageDialog(ws, goal, parent=w)
    yield "plan meetings", lambda: meetings.MeetingDialog(
        ws, partnership_id=detail.id, program_id=detail.program_id, parent=w
    )
    yield "program event", lambda: meetings.MeetingDialog(ws, program_id=prog.id, parent=w)
    yield "move meeting", lambda: meetings.MoveMeetingDialog(ws, meeting, parent=w)
    yield "end early", lambda: partnership.DissolveDialog(ws, detail, parent=w)
    yield "does it fit", lambda: partnership.FitDialog(ws, detail, parent=w)
    yield "interim", lambda: partnership.InterimDialog(ws, detail, parent=w)
    yield "journal", lambda: partnership.JournalDialog(ws, detail, parent=w)
    yield "gap note", lambda: gap_notes.GapNoteDialog(ws, note_id=note.id, parent=w)
    yield "matching", lambda: matching_ui.MatchingDialog(ws, w.ops, prog.id, parent=w)
    yield "wishes", lambda: matching_ui.PreferencesDialog(
        ws, prog.id, participant.person_id, parent=w
    )
    yield "nominate", lambda: matching_ui.NominateDialog(ws, [person_id], parent=w)
    yield "vault set-up", lambda: vault_ui.SetUpVaultDialog(ws, w)
    yield "recovery code", lambda: vault_ui.RecoveryCodeDialog(ws, "ABCDE-" * 7 + "ABCDE", w)
    yield "unlock", lambda: vault_ui.UnlockDialog(ws, w)
    yield "recovery reset", lambda: vault_ui.RecoveryResetDialog(ws, w)
    yield "change passphrase", lambda: vault_ui.ChangePassphraseDialog(ws, w)
    yield "vault settings", lambda: vault_ui.VaultSettingsDialog(ws, w)
    yield "settings", lambda: settings_dialog.SettingsDialog(ws, w)
    yield "guide", lambda: help_dialog.HelpDialog(w)


def test_every_page_and_dialog_fits_1366x728(
    qtbot, demo_ws: Workspace, language: str
) -> None:
    w = MainWindow(demo_ws)
    qtbot.addWidget(w)
    w.resize(USABLE)
    w.show()
    qtbot.waitExposed(w)
    wait_idle(qtbot, w)
    demo_ws.vault.unlock(DEMO_PASSPHRASE)
    problems = []
    for index in range(4):
        w.show_page(index)
        wait_idle(qtbot, w)
        if index == 1:  # a partnership with every tab filled
            row = next(r for r in demo_ws.partnerships.rows() if r.phase == "learning")
            w.partnerships.open_partnership(row.id)
            wait_idle(qtbot, w)
        ok, why = fits(w)
        if not ok:
            problems.append(f"page {index}: {why}")
    for name, make in dialogs(w):
        dlg = make()
        wait_idle(qtbot, w)  # e.g. the matching's first suggestions
        ok, why = fits(dlg)
        hint = dlg.sizeHint()
        if hint.height() > USABLE.height():
            ok, why = False, f"{why}; opens {hint.height()} pixels high"
        if not ok:
            problems.append(f"{name}: {why}")
        dlg.deleteLater()
    wait_idle(qtbot, w)
    assert problems == [], f"{language}: " + "; ".join(problems)


def test_the_welcome_page_fits_too(qtbot, ws: Workspace, language: str) -> None:
    w = MainWindow(ws)
    qtbot.addWidget(w)
    w.resize(USABLE)
    w.show()
    qtbot.waitExposed(w)
    wait_idle(qtbot, w)
    assert w.overview.welcome is not None and w.overview.welcome.isVisible()
    ok, why = fits(w)
    assert ok, f"{language}: welcome page: {why}"
