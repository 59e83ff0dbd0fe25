"""A new user on an empty folder: the welcome page, the company profile asked for once and
kept in Settings, the language choice, a demo in a folder of its own, and the guide (F1)."""

from __future__ import annotations

import io
import subprocess
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtCore import QProcess, Qt
from PySide6.QtWidgets import QDialog, QPushButton, QTextBrowser

from lernpartner_desktop.core.records import PersonInput
from lernpartner_desktop.ui import i18n
from lernpartner_desktop.ui.dialogs.person import PersonDialog
from lernpartner_desktop.ui.dialogs.program import ProgramDialog
from lernpartner_desktop.ui.format_help import FORMAT_HELP, TENSION_HELP
from lernpartner_desktop.ui.help_dialog import HelpDialog, guide_path
from lernpartner_desktop.ui.main_window import MainWindow
from lernpartner_desktop.ui.settings_dialog import LanguageTab, SettingsDialog
from lernpartner_desktop.workspace import Workspace
from tests.ui.conftest import type_text, wait_idle, with_dialog


def _click(box: QDialog, text: str) -> None:
    """Press the button of a message box whose text (without mnemonic) is ``text``."""
    for button in box.findChildren(QPushButton):
        if button.text().replace("&", "") == text:
            button.click()
            return
    texts = [b.text() for b in box.findChildren(QPushButton)]
    raise AssertionError(f"no button {text!r} in {texts}")


def test_an_empty_database_shows_the_welcome_page(qtbot, window: MainWindow) -> None:
    page = window.overview
    welcome = page.welcome
    assert welcome is not None and page.stack.currentWidget() is welcome
    # The company is asked for right there, once.
    form = welcome.company_form
    assert form is not None and form.isVisibleTo(welcome)
    welcome.save_company()  # no name yet: the core's message, nothing saved
    assert "company name" in welcome.company_banner.text()
    assert not window.ws.company.exists()
    type_text(qtbot, form.name, "Bäckerei Groß GmbH")
    type_text(qtbot, form.signatory_name, "Käthe Groß")
    qtbot.mouseClick(welcome.save_company_button, Qt.MouseButton.LeftButton)
    assert window.ws.company.get().name == "Bäckerei Groß GmbH"
    assert not form.isVisibleTo(welcome) and "Settings" in welcome.company_done.text()

    # "Add a person" leads to the People page and its dialog.
    def person(dlg: QDialog) -> None:
        assert isinstance(dlg, PersonDialog)
        type_text(qtbot, dlg.name, "Anna Alt")
        dlg.accept()

    with_dialog(qtbot, welcome.person_button.click, person)
    wait_idle(qtbot, window)
    assert window.current_page() is window.people
    # With a person in it, the start page is the overview again.
    window.show_page(0)
    wait_idle(qtbot, window)
    assert page.stack.currentWidget() is page.dashboard


def test_welcome_steps_program_and_staff_list(qtbot, window: MainWindow, monkeypatch) -> None:
    welcome = window.overview.welcome
    assert welcome is not None
    from lernpartner_desktop.ui.import_dialog import ImportDialog

    opened: list[QDialog] = []

    def staff_list(dlg: QDialog) -> None:
        assert isinstance(dlg, ImportDialog)
        opened.append(dlg)
        dlg.reject()

    # The welcome step and File › Import staff list… open the same import.
    with_dialog(qtbot, welcome.import_button.click, staff_list)
    with_dialog(qtbot, window.import_action.trigger, staff_list)
    assert len(opened) == 2

    def program(dlg: QDialog) -> None:
        assert isinstance(dlg, ProgramDialog)
        dlg.reject()

    with_dialog(qtbot, welcome.program_button.click, program)
    assert window.current_page() is window.programs
    # "Later" puts the company off without asking again on this page.
    welcome.later_button.click()
    assert welcome.company_form is not None and not welcome.company_form.isVisibleTo(welcome)


def test_the_demo_opens_in_its_own_folder_never_in_the_owners_data(
    qtbot, window: MainWindow, monkeypatch, tmp_path: Path
) -> None:
    owner = window.ws
    owner.people.create(PersonInput(name="Echte Person"))
    files_before = sorted(p.name for p in owner.folder.iterdir())
    started: list[tuple[str, list[str]]] = []

    def start(program: str, args: list[str]) -> tuple[bool, int]:
        started.append((program, args))
        return True, 4242

    monkeypatch.setattr(QProcess, "startDetached", start)

    def confirm(box: QDialog) -> None:
        assert str(owner.folder.parent / "Lernpartner-Demo") in box.text()
        _click(box, "Open the demo")

    with_dialog(qtbot, window.open_demo, confirm)
    wait_idle(qtbot, window)
    demo = owner.folder.parent / "Lernpartner-Demo"
    assert started, "a second Lernpartner is started"
    program, args = started[0]
    assert args[-2:] == ["--data-dir", str(demo)]
    with Workspace.open(demo) as ws:
        assert ws.people.count() == 60 and ws.programs.all()
    # The owner's data did not change; the command line starts a real Lernpartner.
    assert [r.name for r in owner.people.list_rows()] == ["Echte Person"]
    assert owner.programs.all() == []
    assert sorted(p.name for p in owner.folder.iterdir()) == files_before
    where = subprocess.run(
        [program, *args[:-2], "where", *args[-2:]], capture_output=True, text=True, timeout=60
    )
    assert where.stdout.strip() == str(demo)
    assert "passphrase" in window.statusBar().currentMessage()


def test_settings_keep_the_company_and_the_language(
    qtbot, window: MainWindow, tmp_path: Path, monkeypatch
) -> None:
    logo = tmp_path / "logo.png"
    Image.new("RGB", (3000, 1000), (10, 90, 160)).save(logo)
    logo_bytes = logo.read_bytes()
    not_an_image = tmp_path / "logo.png.txt"
    not_an_image.write_text("kein Bild")
    huge = tmp_path / "huge.png"
    Image.new("1", (20000, 20000)).save(huge)
    huge_bytes = huge.read_bytes()

    def settings(dlg: QDialog) -> None:
        assert isinstance(dlg, SettingsDialog)
        form = dlg.pages[0].form
        assert not form.logo.load(not_an_image)
        assert "not an image" in form.banner.text()
        assert not form.logo.load(huge)
        assert "too many pixels" in form.banner.text()
        assert form.logo.load(logo) and form.logo.png is not None
        type_text(qtbot, form.name, "Müller Metallbau GmbH")
        type_text(qtbot, form.signatory_name, "Jörg Müller")
        type_text(qtbot, form.signatory_role, "Geschäftsführer")
        (lang,) = [p.language for p in dlg.pages if isinstance(p, LanguageTab)]
        lang.setCurrentIndex(lang.findData("en"))
        dlg.accept()

    try:
        with_dialog(qtbot, window.settings_action.trigger, settings)
        profile = window.ws.company.get()
        assert profile.name == "Müller Metallbau GmbH"
        assert profile.signatory_role == "Geschäftsführer"
        with Image.open(io.BytesIO(profile.logo_png or b"")) as img:
            assert max(img.size) <= 1200  # scaled down on import
        assert logo.read_bytes() == logo_bytes and huge.read_bytes() == huge_bytes
        assert i18n.chosen_language() == "en"
        assert "next time" in window.statusBar().currentMessage()
    finally:
        i18n.choose_language(None)

    # A company name cleared by mistake is refused, on the company tab.
    def clear(dlg: QDialog) -> None:
        dlg.tabs.setCurrentIndex(1)
        dlg.pages[0].form.name.clear()
        dlg.accept()
        assert dlg.isVisible() and dlg.tabs.currentIndex() == 0
        assert "company name" in dlg.banner.text()
        dlg.reject()

    with_dialog(qtbot, window.settings_action.trigger, clear)
    assert window.ws.company.get().name == "Müller Metallbau GmbH"


@pytest.mark.parametrize("language", ["de", "en"])
def test_f1_opens_the_guide_in_the_apps_language(qtbot, window: MainWindow, language: str) -> None:
    path = Path(guide_path(language).toLocalFile())
    assert path.name == f"guide_{language}.html" and path.parent.name == "help"
    dlg = window.show_guide()
    assert isinstance(dlg, HelpDialog)
    browser = dlg.findChild(QTextBrowser)
    assert browser is not None and browser.toPlainText()
    assert window.show_guide() is dlg  # F1 again: the same window, not a second one
    dlg.close()
    # The New Program dialog's Help opens it at the learning formats, beside the dialog.
    prog = ProgramDialog(window.ws, parent=window)
    qtbot.addWidget(prog)
    guide = prog.show_guide()
    assert guide.parent() is prog and guide.browser.source().fragment() == "formats"
    guide.close()


def test_the_guide_describes_every_step_in_german() -> None:
    text = Path(guide_path("de").toLocalFile()).read_text(encoding="utf-8")
    for word in (
        "Auftaktveranstaltung",
        "Zwischengespräch",
        "Abschlussveranstaltung",
        "Lernziele",
        "Erfolgskriterien",
        "Lerntagebuch",
        "Lernpartner-Annonce",
        "Tresor",
        "ohne Begründung",
    ):
        assert word in text, word


def test_new_program_explains_each_format_and_each_side(qtbot, window: MainWindow) -> None:
    dlg = ProgramDialog(window.ws, parent=window)
    qtbot.addWidget(dlg)
    seen = set()
    for i in range(dlg.format.count()):
        dlg.format.setCurrentIndex(i)
        key = dlg.format.currentData()
        shown = dlg.help.text()
        assert FORMAT_HELP[key].split(":")[0][:40] in shown.replace("&quot;", '"'), key
        seen.add(shown)
    assert len(seen) == dlg.format.count()
    for field, sides in TENSION_HELP.items():
        box = dlg.tension[field]
        for value, text in sides.items():
            box.setCurrentIndex(box.findData(value))
            assert text[:30] in dlg.help.text()
            assert box.itemData(box.currentIndex(), Qt.ItemDataRole.ToolTipRole) == text
    assert "silo thinking" in " ".join(FORMAT_HELP.values())
    assert "across generations" in " ".join(FORMAT_HELP.values())
    assert "feedback culture" in " ".join(FORMAT_HELP.values())
    assert "development paths" in " ".join(FORMAT_HELP.values())
