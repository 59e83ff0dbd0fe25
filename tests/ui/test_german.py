"""The app in German: our catalogue, Qt's own buttons, German dates and plurals; and English
when the German catalogue is missing or damaged (said once in the status bar)."""

from __future__ import annotations

import datetime as dt
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox

from lernpartner_desktop.base.errors import Errors, MeetingConflict
from lernpartner_desktop.base.i18n import format_number
from lernpartner_desktop.core.status_text import Status
from lernpartner_desktop.ui import i18n
from lernpartner_desktop.ui.app import start_window
from lernpartner_desktop.ui.main_window import MainWindow
from lernpartner_desktop.ui.widgets import date_edit, fmt_date, fmt_when
from lernpartner_desktop.workspace import Workspace
from tests.ui.conftest import wait_idle

MONDAY = dt.datetime(2026, 11, 23, 16, 0)


@pytest.fixture
def speak() -> Iterator[object]:
    """``speak("de")`` installs a language; English again afterwards, as the other tests expect."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)

    def install(language: str) -> None:
        i18n.install_translators(app, language)

    yield install
    i18n.install_translators(app, "en")


def _plain(text: str) -> str:
    return text.replace("&", "")


def test_the_main_window_speaks_german(qtbot, ws: Workspace, speak) -> None:  # type: ignore[no-untyped-def]
    speak("de")
    w = start_window(ws)
    qtbot.addWidget(w)
    wait_idle(qtbot, w)
    assert [_plain(a.text()) for a in w.menuBar().actions()] == [
        "Datei",
        "Ansicht",
        "Tresor",
        "Hilfe",
    ]
    vault_menu = w.menuBar().actions()[2].menu()
    assert "Jetzt sperren" in [_plain(a.text()) for a in vault_menu.actions()]
    assert [w.nav.item(i).text() for i in range(w.nav.count())] == [
        "Übersicht",
        "Lernpartnerschaften",
        "Personen",
        "Programme",
    ]
    pages = ((1, "Neue Lernpartnerschaft…"), (2, "Neue Person…"), (3, "Neues Programm…"))
    for row, button in pages:
        w.nav.setCurrentRow(row)
        wait_idle(qtbot, w)
        assert _plain(w._page(row).new_button.text()) == button  # type: ignore[attr-defined]
    assert w.statusBar().currentMessage() == ""  # nothing to complain about
    _close(qtbot, w)


def test_qt_own_buttons_are_german(speak) -> None:  # type: ignore[no-untyped-def]
    speak("de")
    box = QMessageBox()
    buttons = QMessageBox.StandardButton
    box.setStandardButtons(buttons.Yes | buttons.No | buttons.Cancel | buttons.Save)
    texts = {b: _plain(box.button(b).text()) for b in (buttons.Yes, buttons.No, buttons.Cancel)}
    assert texts == {buttons.Yes: "Ja", buttons.No: "Nein", buttons.Cancel: "Abbrechen"}
    assert _plain(box.button(buttons.Save).text()) == "Speichern"
    dialog = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
    assert _plain(dialog.button(QDialogButtonBox.StandardButton.Close).text()) == "Schließen"


def test_german_dates_numbers_and_plurals(speak) -> None:  # type: ignore[no-untyped-def]
    speak("de")
    assert fmt_when(MONDAY) == "Mo., 23.11.2026 16:00"
    assert fmt_when(MONDAY, year=False) == "Mo., 23.11. 16:00"
    assert fmt_date(MONDAY.date()) == "23.11.2026"
    assert date_edit().displayFormat() == "dd.MM.yyyy"
    assert format_number(4.5) == "4,5"
    day = "%n day(s)"
    assert QCoreApplication.translate("OverviewPage", day, None, 1) == "1 Tag"
    assert QCoreApplication.translate("OverviewPage", day, None, 146) == "146 Tage"
    # The Qt-free code: plurals now and plurals kept for later (an error's message).
    assert Status.tr("{title}: %n day(s)", "", 1).format(title="A & B") == "A & B: 1 Tag"
    clash = MeetingConflict(
        Errors.QT_TR_NOOP(
            "{name} already has a meeting at that time ({other}: {when}). %n clash(es) in all.",
            "",
            3,
        ),
        conflicts=[],
        name="Ayşe",
        other="Tandem",
        when="Mo., 23.11.2026 16:00",
    )
    assert clash.message().endswith("Insgesamt 3 Überschneidungen.")


def test_english_has_its_plurals_and_every_text(speak) -> None:  # type: ignore[no-untyped-def]
    speak("en")
    assert QCoreApplication.translate("OverviewPage", "%n day(s)", None, 1) == "1 day"
    assert QCoreApplication.translate("OverviewPage", "%n day(s)", None, 3) == "3 days"
    assert QCoreApplication.translate("CLI", "%n person(s)", None, 3) == "3 people"
    # Texts no catalogue holds come back as they are (not empty).
    assert QCoreApplication.translate("MainWindow", "&File") == "&File"
    assert QCoreApplication.translate("Nowhere", "A text of no catalogue") == (
        "A text of no catalogue"
    )
    # A plural that no catalogue holds still reads right in English.
    assert QCoreApplication.translate("Nowhere", "%n new box(es)", None, 2) == "2 new boxes"
    assert format_number(4.5) == "4.5"


@pytest.mark.parametrize("damage", ["garbage", "truncated", "missing"])
def test_a_damaged_german_catalogue_falls_back_to_english(  # type: ignore[no-untyped-def]
    qtbot, ws: Workspace, speak, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, damage: str
) -> None:
    folder = tmp_path / "translations"
    shutil.copytree(i18n.TRANSLATIONS_DIR, folder)
    catalogue = folder / "lernpartner_de.qm"
    good = catalogue.read_bytes()
    if damage == "garbage":
        catalogue.write_bytes(bytes((i * 7919) % 251 for i in range(len(good))))
    elif damage == "truncated":
        catalogue.write_bytes(good[: len(good) // 2])
    else:
        catalogue.unlink()
    monkeypatch.setattr(i18n, "TRANSLATIONS_DIR", folder)
    speak("de")
    problem = i18n.translation_problem()
    assert problem and "could not be loaded" in problem and "English" in problem
    assert QCoreApplication.translate("MainWindow", "&File") == "&File"
    assert QCoreApplication.translate("OverviewPage", "%n day(s)", None, 2) == "2 days"
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    assert _plain(box.button(QDialogButtonBox.StandardButton.Cancel).text()) == "Cancel"
    assert QLocale().language() == QLocale.Language.English
    w = start_window(ws)
    qtbot.addWidget(w)
    wait_idle(qtbot, w)
    assert w.statusBar().currentMessage() == problem  # said once, where the owner looks
    assert _plain(w.menuBar().actions()[0].text()) == "File"
    _close(qtbot, w)


def test_an_unknown_language_is_english(speak) -> None:  # type: ignore[no-untyped-def]
    assert i18n.system_language(QLocale("pt_BR")) == "en"
    speak(i18n.system_language(QLocale("pt_BR")))
    assert i18n.translation_problem() is None
    assert QCoreApplication.translate("MainWindow", "&File") == "&File"


def _close(qtbot, w: MainWindow) -> None:  # type: ignore[no-untyped-def]
    wait_idle(qtbot, w)
    w.close()


def test_the_german_certificate_footer_keeps_clear_of_the_qr_code(  # type: ignore[no-untyped-def]
    qapp, ws: Workspace, speak
) -> None:
    """The German "can confirm" line ran across the QR code (seen in the walkthrough)."""
    import io

    import pypdfium2 as pdfium
    import zxingcpp
    from pypdf import PdfReader
    from reportlab.pdfbase.pdfmetrics import stringWidth

    from tests.reports.paper_helpers import company, complete, tandem_program

    speak("de")
    company(ws)
    prog, _people, pairs = tandem_program(ws)
    complete(ws, pairs[0])
    pdf = ws.reports.certificates_pdf(program_id=prog).pdf
    scale = 200 / 72
    document = pdfium.PdfDocument(pdf)
    page = document[0]
    (found,) = zxingcpp.read_barcodes(page.render(scale=scale).to_pil())
    qr_left = min(found.position.top_left.x, found.position.bottom_left.x) / scale
    qr_top = float(page.get_height()) - found.position.top_left.y / scale
    page.close()
    document.close()
    reader = PdfReader(io.BytesIO(pdf)).pages[0]
    beside: list[tuple[str, float]] = []

    def visit(text: str, cm: list[float], tm: list[float], _fd: object, size: float) -> None:
        y = tm[5] * (cm[3] or 1) + cm[5]
        if text.strip() and y < qr_top:
            x = tm[4] * cm[0] + cm[4]
            beside.append((text, x + stringWidth(text, "LP-Sans", size) * (tm[0] or 1) * cm[0]))

    reader.extract_text(visitor_text=visit)
    assert any("Prüfcode" in t for t, _ in beside)  # the footer is there, in German
    assert all(right < qr_left for _, right in beside), (qr_left, beside)
