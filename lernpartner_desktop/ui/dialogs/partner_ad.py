"""Edit a person's partner ad ("Lernpartner-Annonce"): what they offer and what they seek."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from lernpartner_desktop.core.records import LEVELS, AdEntry, level_label
from lernpartner_desktop.ui.dialogs.base import FormDialog
from lernpartner_desktop.workspace import Workspace


class _AdList(QGroupBox):
    """One list (offers or seeks): rows of topic + level, with add and remove."""

    def __init__(
        self, title: str, kind: str, topics: list[str], parent: QWidget | None = None
    ) -> None:
        super().__init__(title, parent)
        self.kind = kind
        self.topics = topics
        self.rows: list[tuple[QWidget, QComboBox, QComboBox]] = []
        self._rows_layout = QVBoxLayout()
        self.add_button = QPushButton(self.tr("Add topic"))
        self.add_button.clicked.connect(lambda: self.add_row().setFocus())
        layout = QVBoxLayout(self)
        layout.addLayout(self._rows_layout)
        layout.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignLeft)

    def add_row(self, topic: str = "", level: int | None = None) -> QComboBox:
        row = QWidget()
        h = QHBoxLayout(row)
        h.setContentsMargins(0, 0, 0, 0)
        topic_box = QComboBox()
        topic_box.setEditable(True)
        topic_box.addItems(["", *self.topics])
        topic_box.setCurrentText(topic)
        topic_box.lineEdit().setPlaceholderText(self.tr("Topic, e.g. Excel"))
        level_box = QComboBox()
        for value in LEVELS:
            level_box.addItem(level_label(value), value)
        default = level if level is not None else (3 if self.kind == "offer" else 1)
        level_box.setCurrentIndex(level_box.findData(default))
        remove = QPushButton(self.tr("Remove"))
        remove.setAccessibleName(self.tr("Remove topic"))
        h.addWidget(topic_box, 1)
        h.addWidget(level_box)
        h.addWidget(remove)
        entry = (row, topic_box, level_box)
        self.rows.append(entry)
        self._rows_layout.addWidget(row)
        remove.clicked.connect(lambda: self._remove(entry))
        return topic_box

    def _remove(self, entry: tuple[QWidget, QComboBox, QComboBox]) -> None:
        self.rows.remove(entry)
        entry[0].deleteLater()

    def entries(self) -> list[AdEntry]:
        return [
            AdEntry(topic=t.currentText(), kind=self.kind, level=int(lv.currentData()))
            for _, t, lv in self.rows
            if t.currentText().strip()
        ]


class PartnerAdDialog(FormDialog):
    def __init__(self, ws: Workspace, person_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.person_id = person_id
        person = ws.people.get(person_id)
        self.setWindowTitle(self.tr("Partner ad of %s") % person.name)
        self.setMinimumWidth(560)
        topics = ws.people.topics()
        intro = QLabel(
            self.tr(
                "What can %s teach others, and what would they like to learn? "
                "The level says how far along they are in each topic."
            )
            % person.name
        )
        intro.setWordWrap(True)
        self.offers = _AdList(self.tr("I offer …"), "offer", topics)
        self.seeks = _AdList(self.tr("I seek …"), "seek", topics)
        for e in ws.people.get_ad(person_id):
            (self.offers if e.kind == "offer" else self.seeks).add_row(e.topic, e.level)
        self.note = QPlainTextEdit(person.ad_note)
        self.note.setPlaceholderText(self.tr("A few words in their own voice (optional)"))
        self.note.setTabChangesFocus(True)
        self.note.setMaximumHeight(80)
        buttons = self.button_box()
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addWidget(intro)
        lists = QHBoxLayout()
        lists.addWidget(self.offers)
        lists.addWidget(self.seeks)
        layout.addLayout(lists)
        layout.addWidget(QLabel(self.tr("Note:")))
        layout.addWidget(self.note)
        layout.addWidget(buttons)

    def save(self) -> None:
        self.ws.people.set_ad(
            self.person_id,
            self.offers.entries() + self.seeks.entries(),
            note=self.note.toPlainText(),
        )
