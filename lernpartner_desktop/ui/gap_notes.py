"""Gap notes in the UI: a panel for a person or a partnership, and the editing dialog."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from lernpartner_desktop.base.errors import LernpartnerError
from lernpartner_desktop.core.records import GapNoteData
from lernpartner_desktop.ui.change_bridge import ChangeBridge
from lernpartner_desktop.ui.dialogs.base import FormDialog
from lernpartner_desktop.ui.flow_layout import FlowLayout
from lernpartner_desktop.ui.locked_notice import LockedNotice
from lernpartner_desktop.ui.table_model import Column, RecordTableModel
from lernpartner_desktop.ui.vault_ui import (
    open_vault,
    secret_text,
    secret_tooltip,
)
from lernpartner_desktop.ui.widgets import fmt_date, record_view, show_error
from lernpartner_desktop.workspace import Workspace


class GapNoteDialog(FormDialog):
    """Write or edit one gap note. Closes itself, discarding the text, when the vault locks."""

    def __init__(
        self,
        ws: Workspace,
        *,
        person_id: int | None = None,
        partnership_id: int | None = None,
        note_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ws = ws
        self.person_id, self.partnership_id, self.note_id = person_id, partnership_id, note_id
        self.setWindowTitle(self.tr("Gap note") if note_id is None else self.tr("Edit gap note"))
        self.setMinimumWidth(520)
        self.title = QLineEdit()
        self.title.setMaxLength(200)
        self.title.setPlaceholderText(self.tr("e.g. Unsure with pivot tables"))
        self.body = QPlainTextEdit()
        self.body.setTabChangesFocus(True)
        self.body.setMinimumHeight(180)
        self.body.setPlaceholderText(
            self.tr(
                "What is missing, what would help, what was agreed? "
                "Only readable with the passphrase."
            )
        )
        if note_id is not None:
            title, body = ws.gap_notes.read(note_id)
            self.title.setText(title)
            self.body.setPlainText(body)
        form = QFormLayout()
        form.addRow(self.tr("&Title:"), self.title)
        form.addRow(self.tr("&Note:"), self.body)
        hint = QLabel(
            self.tr("Confidential: encrypted on disk, never printed on certificates or schedules.")
        )
        hint.setStyleSheet("color: palette(mid);")
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(self.button_box())
        self.fields = {"title": self.title, "body": self.body}
        self.watcher = ChangeBridge(ws, self, frozenset({"vault"}))
        self.watcher.changed.connect(lambda _areas: self._vault_changed())

    def _vault_changed(self) -> None:
        if not self.ws.vault.unlocked:
            # No plaintext may stay on screen once the vault is locked.
            self.title.clear()
            self.body.clear()
            self.done(0)

    def save(self) -> None:
        if self.note_id is None:
            self.note_id = self.ws.gap_notes.create(
                self.title.text(),
                self.body.toPlainText(),
                person_id=self.person_id,
                partnership_id=self.partnership_id,
            )
        else:
            self.ws.gap_notes.update(self.note_id, self.title.text(), self.body.toPlainText())


class GapNotesPanel(QWidget):
    """The gap notes of one person or one partnership; placeholders while the vault is locked."""

    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.person_id: int | None = None
        self.partnership_id: int | None = None
        self.model: RecordTableModel[GapNoteData] = RecordTableModel(
            [
                Column(
                    self.tr("Updated"), lambda n: fmt_date(n.updated_on), lambda n: n.updated_on
                ),
                Column(
                    self.tr("Title"),
                    lambda n: secret_text(n.title, one_line=True),
                    tooltip=lambda n: secret_tooltip(n.title),
                ),
                Column(
                    self.tr("Note"),
                    lambda n: secret_text(n.body, one_line=True),
                    tooltip=lambda n: secret_tooltip(n.body),
                ),
            ],
            self,
        )
        self.view = record_view(self.model, self.tr("Gap notes"), (80, 160), stretch=2)
        self.view.doubleClicked.connect(lambda _i: self.edit())
        self.view.selectionModel().currentRowChanged.connect(lambda *_: self._update_buttons())
        self.heading = QLabel(self.tr("Gap notes (confidential)"))
        self.heading.setStyleSheet("font-weight: bold;")
        self.new_button = QPushButton(self.tr("New &gap note…"))
        self.new_button.clicked.connect(self.new)
        self.edit_button = QPushButton(self.tr("Open…"))
        self.edit_button.clicked.connect(self.edit)
        self.delete_button = QPushButton(self.tr("Delete"))
        self.delete_button.clicked.connect(self.delete)
        # The same locked look and unlock action as the journal and the check-ins.
        self.locked = LockedNotice(ws)
        self.unlock_button = self.locked.unlock_button
        buttons = FlowLayout()
        for b in (self.new_button, self.edit_button, self.delete_button):
            buttons.addWidget(b)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.locked)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        self.watcher = ChangeBridge(ws, self, frozenset({"vault", "gap_notes"}))
        self.watcher.changed.connect(lambda _areas: self.reload())
        self._update_buttons()

    def show_for(self, *, person_id: int | None = None, partnership_id: int | None = None) -> None:
        self.person_id, self.partnership_id = person_id, partnership_id
        self.reload()

    def reload(self) -> None:
        if self.person_id is not None:
            notes = self.ws.gap_notes.for_person(self.person_id)
        elif self.partnership_id is not None:
            notes = self.ws.gap_notes.for_partnership(self.partnership_id)
        else:
            notes = []
        self.model.set_records(notes)
        self._update_buttons()

    def current(self) -> GapNoteData | None:
        index = self.view.currentIndex()
        return self.model.record_at(index) if index.isValid() else None

    def _update_buttons(self) -> None:
        owner = self.person_id is not None or self.partnership_id is not None
        note = self.current()
        self.new_button.setEnabled(owner)
        self.edit_button.setEnabled(note is not None)
        self.delete_button.setEnabled(note is not None)
        self.locked.set_needed(owner)

    def new(self) -> None:
        if not open_vault(self, self.ws):
            return
        GapNoteDialog(
            self.ws, person_id=self.person_id, partnership_id=self.partnership_id, parent=self
        ).exec()

    def edit(self) -> None:
        note = self.current()
        if note is None or not open_vault(self, self.ws):
            return
        try:
            dialog = GapNoteDialog(self.ws, note_id=note.id, parent=self)
        except LernpartnerError as exc:
            show_error(self, exc)
            return
        dialog.exec()

    def delete(self) -> None:
        note = self.current()
        if note is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Delete gap note"),
            self.tr("Delete this gap note for good? It cannot be brought back."),
        )
        if answer == QMessageBox.StandardButton.Yes:
            try:
                self.ws.gap_notes.delete(note.id)
            except LernpartnerError as exc:
                show_error(self, exc)
