"""The People page: everyone, instantly searchable and filterable, with their partner ad."""

from __future__ import annotations

import html

from PySide6.QtCore import QLocale, QModelIndex, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from lernpartner_desktop.base.i18n import translate
from lernpartner_desktop.core.formats import ROLES, role_label
from lernpartner_desktop.core.records import GENERATION_BASES, PersonRow, level_label
from lernpartner_desktop.ui.flow_layout import FlowLayout
from lernpartner_desktop.ui.operations import Operations
from lernpartner_desktop.ui.pages.base import Page
from lernpartner_desktop.ui.table_model import Column, RecordTableModel
from lernpartner_desktop.ui.widgets import ask, fmt_date, narrow_combo, record_view, show_error
from lernpartner_desktop.workspace import Workspace

NO_ROLE = "__none__"


class PeoplePage(Page):
    areas = frozenset({"people"})

    def __init__(self, ws: Workspace, ops: Operations, parent: QWidget | None = None) -> None:
        super().__init__(ws, ops, parent)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search name, department, job, topic… (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Search people"))
        self.department = QComboBox()
        self.department.setAccessibleName(self.tr("Department filter"))
        self.status = QComboBox()
        self.status.addItem(self.tr("Active"), True)
        self.status.addItem(self.tr("Inactive"), False)
        self.status.addItem(self.tr("Active and inactive"), None)
        self.status.setAccessibleName(self.tr("Status filter"))
        self.role = QComboBox()
        self.role.addItem(self.tr("Any role"), None)
        for key in ROLES:
            self.role.addItem(role_label(key), key)
        self.role.addItem(self.tr("In no program"), NO_ROLE)
        self.role.setAccessibleName(self.tr("Role filter"))
        self.count = QLabel()

        self.new_button = QPushButton(self.tr("&New person…"))
        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.ad_button = QPushButton(self.tr("Partner &ad…"))
        self.active_button = QPushButton(self.tr("&Deactivate"))
        self.delete_button = QPushButton(self.tr("De&lete…"))
        self.delete_button.setToolTip(self.tr("Delete a person entered by mistake"))
        self.delete_button.clicked.connect(self.delete_current)
        self.new_button.clicked.connect(self.new_item)
        self.edit_button.clicked.connect(self.edit_current)
        self.ad_button.clicked.connect(self.edit_ad)
        self.active_button.clicked.connect(self.toggle_active)

        self.model: RecordTableModel[PersonRow] = RecordTableModel(
            [
                Column(self.tr("Name"), lambda r: r.name),
                Column(self.tr("Department"), lambda r: r.department),
                Column(self.tr("Job title"), lambda r: r.job_title),
                Column(self.tr("Location"), lambda r: r.location),
                Column(self.tr("Manager"), lambda r: r.manager_name),
                Column(
                    self.tr("Roles"), lambda r: ", ".join(sorted(role_label(x) for x in r.roles))
                ),
                Column(self.tr("Offers"), lambda r: ", ".join(r.offers)),
                Column(self.tr("Seeks"), lambda r: ", ".join(r.seeks)),
            ],
            self,
        )
        self.model.dimmed = lambda r: not r.active
        self.view = record_view(
            self.model, self.tr("People"), (140, 90, 90, 80, 90, 70, 110), multi=True
        )
        self.view.setAccessibleName(self.tr("People"))
        self.view.doubleClicked.connect(lambda _i: self.edit_current())
        self.view.selectionModel().currentRowChanged.connect(self._current_changed)

        self.detail = QLabel()
        self.detail.setWordWrap(True)
        self.detail.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.detail.setMargin(10)
        detail_scroll = QScrollArea()
        detail_scroll.setWidget(self.detail)
        detail_scroll.setWidgetResizable(True)
        detail_scroll.setMinimumWidth(250)
        from lernpartner_desktop.ui.gap_notes import GapNotesPanel

        self.gap_notes = GapNotesPanel(ws)
        side = QSplitter(Qt.Orientation.Vertical)
        side.addWidget(detail_scroll)
        side.addWidget(self.gap_notes)
        side.setStretchFactor(0, 3)
        side.setStretchFactor(1, 2)
        side.setSizes([420, 260])  # the details and partner ad first; the notes below

        for box in (self.department, self.status, self.role):
            narrow_combo(box, 10)
        filters = QHBoxLayout()
        filters.addWidget(self.search, 3)
        filters.addWidget(self.department, 1)
        filters.addWidget(self.status, 1)
        filters.addWidget(self.role, 1)
        buttons = FlowLayout()
        self.nominate_button = QPushButton(self.tr("N&ominate…"))
        self.nominate_button.setToolTip(
            self.tr("Nominate the selected people for a program as mentor, mentee, peer or member")
        )
        self.nominate_button.clicked.connect(self.nominate)
        # Data protection: the access report (Art. 15/20 GDPR) and the erasure (Art. 17).
        self.privacy_button = QPushButton(self.tr("Data &protection"))
        privacy = QMenu(self.privacy_button)
        self.access_action = privacy.addAction(self.tr("&Access report…"))
        self.access_action.triggered.connect(self.access_report)
        self.erase_action = privacy.addAction(self.tr("E&rase person…"))
        self.erase_action.triggered.connect(self.erase_person)
        self.privacy_button.setMenu(privacy)
        for b in (
            self.new_button,
            self.edit_button,
            self.ad_button,
            self.active_button,
            self.delete_button,
            self.nominate_button,
            self.privacy_button,
        ):
            buttons.addWidget(b)
        from lernpartner_desktop.ui.printing import PaperJobs, paper_button, person_entries

        self.paper = PaperJobs(ws, ops, self)
        self.print_button = paper_button(self, lambda: person_entries(self))
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.count)
        splitter = QSplitter()
        splitter.addWidget(self.view)
        splitter.addWidget(side)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addLayout(buttons)
        layout.addWidget(splitter, 1)

        for signal in (
            self.department.currentIndexChanged,
            self.status.currentIndexChanged,
            self.role.currentIndexChanged,
        ):
            signal.connect(self.apply_filter)
        self.search.textChanged.connect(self.apply_filter)
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            sc = QShortcut(QKeySequence(key), self.view)
            sc.setContext(Qt.ShortcutContext.WidgetShortcut)
            sc.activated.connect(self.edit_current)
        # Down from the search box goes to the results.
        down = QShortcut(QKeySequence(Qt.Key.Key_Down), self.search)
        down.setContext(Qt.ShortcutContext.WidgetShortcut)
        down.activated.connect(self.view.setFocus)
        self._detail_for: int | None = None
        self._detail_stale = True  # set on every reload: the person's data may have changed
        self._update_buttons()

    # -- loading and filtering -----------------------------------------------------------------
    def refresh(self) -> None:
        self.ops.run(self.ws.people.list_rows, self._loaded, lambda e: show_error(self, e))

    def _loaded(self, rows: list[PersonRow]) -> None:
        keep = self.current_id()
        self._detail_stale = True
        self.model.set_records(rows)
        current_dept = self.department.currentData()
        self.department.blockSignals(True)
        self.department.clear()
        self.department.addItem(self.tr("All departments"), None)
        for d in sorted({r.department for r in rows if r.department}, key=str.casefold):
            self.department.addItem(d, d)
        self.department.setCurrentIndex(max(self.department.findData(current_dept), 0))
        self.department.blockSignals(False)
        self.apply_filter()
        if keep is not None:
            self.select_person(keep)
        self.loaded.emit()

    def apply_filter(self) -> None:
        words = self.search.text().casefold().split()
        dept = self.department.currentData()
        active = self.status.currentData()
        role = self.role.currentData()

        def accept(r: PersonRow) -> bool:
            if active is not None and r.active != active:
                return False
            if dept is not None and r.department != dept:
                return False
            if role == NO_ROLE:
                if r.roles:
                    return False
            elif role is not None and role not in r.roles:
                return False
            return all(w in r.search_text for w in words)

        keep = self.current_id()
        self.model.set_filter(accept)
        shown, total = self.model.rowCount(), self.model.total_count()
        self.count.setText(
            self.tr("%1 of %n person(s)", "", total).replace("%1", QLocale().toString(shown))
        )
        if keep is not None:
            self.select_person(keep)
        self._update_buttons()

    # -- selection -----------------------------------------------------------------------------
    def current_row(self) -> PersonRow | None:
        return self.model.record_at(self.view.currentIndex())

    def current_id(self) -> int | None:
        row = self.current_row()
        return None if row is None else row.id

    def select_person(self, person_id: int) -> bool:
        return self.model.select_where(self.view, lambda r: r.id == person_id)

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self._update_buttons()

    def _update_buttons(self) -> None:
        row = self.current_row()
        for b in (
            self.edit_button,
            self.ad_button,
            self.active_button,
            self.delete_button,
            self.nominate_button,
            self.privacy_button,
        ):
            b.setEnabled(row is not None)
        if row is not None:
            self.active_button.setText(
                self.tr("&Deactivate") if row.active else self.tr("Re&activate")
            )
        # Runs on every keystroke of the filter: read the database only when the person
        # shown changes (or their data was reloaded), not when the same row stays current.
        shown = None if row is None else row.id
        if self._detail_stale or shown != self._detail_for:
            self._detail_for, self._detail_stale = shown, False
            self._show_detail(shown)

    def _show_detail(self, person_id: int | None) -> None:
        self.gap_notes.show_for(person_id=person_id)
        if person_id is None:
            self.detail.setText(
                "<p style='color:gray'>"
                + html.escape(self.tr("Select a person to see their details and partner ad."))
                + "</p>"
            )
            return
        p = self.ws.people.get(person_id)
        ad = self.ws.people.get_ad(person_id)
        e = html.escape
        lines = [f"<h3>{e(p.name)}</h3>"]
        if not p.active:
            inactive = e(self.tr("Inactive"))
            lines.append(f"<p><i>{inactive}</i></p>")
        facts = [
            (self.tr("Department"), p.department),
            (self.tr("Job title"), p.job_title),
            (self.tr("Location"), p.location),
            (self.tr("Manager"), p.manager_name),
            (self.tr("Languages"), p.languages),
            (self.tr("E-mail"), p.email),
            (self.tr("Phone"), p.phone),
        ]
        if p.generation_basis and p.generation_year:
            facts.append(
                (translate("People", GENERATION_BASES[p.generation_basis]), str(p.generation_year))
            )
        consent = (
            (self.tr("yes, since %s") % fmt_date(p.consent_date))
            if p.consent
            else self.tr("not yet")
        )
        facts.append((self.tr("Consent"), consent))
        lines.append("<table cellspacing='0' cellpadding='2'>")
        for label, value in facts:
            if value:
                lines.append(f"<tr><td style='color:gray'>{e(label)}</td><td>{e(value)}</td></tr>")
        lines.append("</table>")
        for kind, heading in (("offer", self.tr("I offer")), ("seek", self.tr("I seek"))):
            items = [a for a in ad if a.kind == kind]
            lines.append(f"<h4>{e(heading)}</h4>")
            if items:
                lines.append(
                    "<ul>"
                    + "".join(
                        f"<li>{e(a.topic)} <span style='color:gray'>({e(level_label(a.level))})"
                        "</span></li>"
                        for a in items
                    )
                    + "</ul>"
                )
            else:
                nothing = e(self.tr("nothing entered yet"))
                lines.append(f"<p style='color:gray'>{nothing}</p>")
        if p.ad_note:
            lines.append(f"<p><i>{e(p.ad_note)}</i></p>")
        self.detail.setText("".join(lines))

    # -- actions -------------------------------------------------------------------------------
    def print_default(self) -> None:
        """Ctrl+P: the dates of the selected person."""
        pid = self.current_id()
        if pid is not None:
            self.paper.open_document(lambda: self.ws.reports.person_dates(pid))

    def new_item(self) -> None:
        from lernpartner_desktop.ui.dialogs.person import PersonDialog

        dlg = PersonDialog(self.ws, parent=self)
        if dlg.exec() and dlg.saved_id is not None:
            self._after_save(dlg.saved_id, self.tr("Person added."))

    def edit_current(self) -> None:
        pid = self.current_id()
        if pid is None:
            return
        from lernpartner_desktop.ui.dialogs.person import PersonDialog

        dlg = PersonDialog(self.ws, pid, parent=self)
        if dlg.exec():
            self._after_save(pid, self.tr("Changes saved."))

    def edit_ad(self) -> None:
        pid = self.current_id()
        if pid is None:
            return
        from lernpartner_desktop.ui.dialogs.partner_ad import PartnerAdDialog

        if PartnerAdDialog(self.ws, pid, parent=self).exec():
            self._after_save(pid, self.tr("Partner ad saved."))

    def toggle_active(self) -> None:
        pid = self.current_id()
        if pid is None:
            return
        row = self.current_row()
        assert row is not None
        try:
            self.ws.people.set_active(pid, not row.active)
        except Exception as exc:
            show_error(self, exc)
            return
        msg = self.tr("%s is now inactive.") if row.active else self.tr("%s is active again.")
        self._after_save(pid, msg % row.name)

    def delete_current(self) -> None:
        """Delete a person entered by mistake; one that something refers to is offered
        deactivation instead (erasure under the GDPR is a separate step)."""
        row = self.current_row()
        if row is None:
            return
        try:
            usage = self.ws.people.usage(row.id)
        except Exception as exc:
            show_error(self, exc)
            return
        if not usage.in_use:
            if not ask(
                self,
                self.tr("Delete person"),
                self.tr("Delete %s with their partner ad? This cannot be undone.") % row.name,
                self.tr("&Delete"),
            ):
                return
            try:
                self.ws.people.delete(row.id)
            except Exception as exc:
                show_error(self, exc)
                return
            self.status_message.emit(self.tr("%s deleted.") % row.name)
            return
        reasons = [
            text
            for n, text in (
                (usage.programs, self.tr("%n program(s) they take part in", "", usage.programs)),
                (usage.partnerships, self.tr("%n partnership(s)", "", usage.partnerships)),
                (usage.reports, self.tr("%n person(s) reporting to them", "", usage.reports)),
                (
                    usage.facilitates,
                    self.tr("%n program(s) they facilitate", "", usage.facilitates),
                ),
                (usage.gap_notes, self.tr("%n gap note(s)", "", usage.gap_notes)),
            )
            if n
        ]
        why = (
            self.tr("%1 cannot be deleted: other records refer to them (%2).")
            .replace("%1", row.name)
            .replace("%2", ", ".join(reasons))
        )
        if not row.active:
            QMessageBox.information(self, self.tr("Delete person"), why)
            return
        if ask(
            self,
            self.tr("Delete person"),
            why + "\n\n" + self.tr("Deactivate them instead? Their history stays."),
            self.tr("&Deactivate"),
        ):
            self.toggle_active()

    def _after_save(self, person_id: int, message: str) -> None:
        self.status_message.emit(message)

        def reselect() -> None:
            if not self.select_person(person_id):
                # The new row is hidden by a filter: clear the filters so the user sees it.
                self.search.clear()
                self.status.setCurrentIndex(2)
                self.department.setCurrentIndex(0)
                self.role.setCurrentIndex(0)
                self.select_person(person_id)
            self.view.setFocus()

        self.after_next_load(reselect)

    def selected_ids(self) -> list[int]:
        rows = {i.row() for i in self.view.selectionModel().selectedRows()}
        return [self.model.record_at(self.model.index(r, 0)).id for r in sorted(rows)]

    def nominate(self) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        from lernpartner_desktop.ui.matching_ui import NominateDialog

        dlg = NominateDialog(self.ws, ids, parent=self)
        if dlg.exec():
            self.status_message.emit(self.tr("%n person(s) nominated.", "", len(dlg.added)))

    def access_report(self) -> None:
        pid = self.current_id()
        if pid is None:
            return
        from lernpartner_desktop.ui.gdpr_dialogs import AccessReportDialog

        dlg = AccessReportDialog(self.ws, pid, parent=self)
        if dlg.exec() and dlg.written:
            self.status_message.emit(
                self.tr("Access report saved: %1").replace("%1", str(dlg.written[0]))
            )

    def erase_person(self) -> None:
        pid = self.current_id()
        if pid is None:
            return
        from lernpartner_desktop.ui.gdpr_dialogs import ErasureDialog

        dlg = ErasureDialog(self.ws, pid, parent=self)
        if dlg.exec() and dlg.result_ is not None:
            self.status_message.emit(self.tr("%1 was erased.").replace("%1", dlg.result_.name))

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()
