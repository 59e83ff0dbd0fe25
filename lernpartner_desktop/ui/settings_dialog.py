"""File › Settings: one dialog, one tab per subject (company, backups, language; others may
add theirs). A tab is a :class:`SettingsTab`; add its class to :data:`SETTINGS_TABS`."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QTabWidget, QVBoxLayout, QWidget

from lernpartner_desktop.base.errors import LernpartnerError
from lernpartner_desktop.ui import i18n
from lernpartner_desktop.ui.company_form import CompanyForm
from lernpartner_desktop.ui.dialogs.base import FormDialog
from lernpartner_desktop.ui.widgets import fit_to_screen
from lernpartner_desktop.workspace import Workspace


class SettingsTab(QWidget):
    """A page of the Settings dialog. ``save`` raises the core's errors unchanged; the dialog
    then shows the message, switches to the tab and focuses ``fields[error.field]``."""

    key = ""

    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.fields: dict[str, QWidget] = {}

    #: each tab's own: its name on the tab (translated)
    title: Callable[[], str]

    def save(self) -> str | None:
        """Write the tab's settings; return a note for the status bar, if any."""
        return None


class CompanyTab(SettingsTab):
    key = "company"

    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(ws, parent)
        self.form = CompanyForm(ws)
        self.fields = self.form.fields
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addStretch(1)

    def title(self) -> str:
        return self.tr("Company")

    def save(self) -> str | None:
        if not self.ws.company.exists() and not self.form.profile().name.strip():
            return None  # never asked for yet and left empty: nothing to save, no complaint
        self.form.save()
        return None


class LanguageTab(SettingsTab):
    key = "language"

    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(ws, parent)
        self.language = QComboBox()
        system = i18n.LANGUAGES[i18n.system_language()]
        self.language.addItem(self.tr("As the system (now: %s)") % system, None)
        for code, name in i18n.LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(self.language.findData(i18n.chosen_language()), 0))
        self._before = i18n.chosen_language()
        note = QLabel(self.tr("The new language applies the next time Lernpartner starts."))
        note.setWordWrap(True)
        note.setStyleSheet("color: palette(mid);")
        form = QFormLayout()
        form.addRow(self.tr("&Language:"), self.language)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addStretch(1)
        self.fields = {"language": self.language}

    def title(self) -> str:
        return self.tr("Language")

    def save(self) -> str | None:
        chosen = self.language.currentData()
        if chosen == self._before:
            return None
        i18n.choose_language(chosen)
        self._before = chosen
        return self.tr("The language changes when Lernpartner starts next time.")


class BackupTab(SettingsTab):
    key = "backup"

    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(ws, parent)
        from lernpartner_desktop.ui.backup_settings import BackupSettingsPage

        self.page = BackupSettingsPage(ws)
        self.page.load()
        self.fields = self.page.fields
        self._before = self.page.values()
        layout = QVBoxLayout(self)
        layout.addWidget(self.page)

    def title(self) -> str:
        return self.tr("Backups")

    def save(self) -> str | None:
        if self.page.values() == self._before:
            return None
        self.page.save()
        self._before = self.page.values()
        return None


#: The tabs, in order. Another capability adds its own: ``SETTINGS_TABS.append(BackupTab)``.
SETTINGS_TABS: list[Callable[[Workspace], SettingsTab]] = [CompanyTab, BackupTab, LanguageTab]


class SettingsDialog(FormDialog):
    def __init__(self, ws: Workspace, parent: QWidget | None = None, tab: str = "") -> None:
        super().__init__(parent)
        self.ws = ws
        self.notes: list[str] = []
        self.setWindowTitle(self.tr("Settings"))
        self.tabs = QTabWidget()
        self.pages: list[SettingsTab] = []
        for make in SETTINGS_TABS:
            page = make(ws)
            self.pages.append(page)
            self.tabs.addTab(page, page.title())
            if page.key == tab:
                self.tabs.setCurrentWidget(page)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.button_box())
        fit_to_screen(self, 620, 560)

    def save(self) -> None:
        # Each tab is saved in turn; the first that refuses is shown with its message.
        for page in self.pages:
            try:
                note = page.save()
            except LernpartnerError:
                self.tabs.setCurrentWidget(page)
                self.fields = page.fields
                raise
            if note:
                self.notes.append(note)


__all__ = ["SETTINGS_TABS", "SettingsDialog", "SettingsTab"]
