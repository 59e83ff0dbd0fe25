"""File › Import staff list…: choose a file, map its columns, see what would happen, import.

Reading, the preview and the import run on the database worker (a staff list of thousands of
rows takes a moment); the dialog shows progress and stays responsive. Nothing is written
before the owner presses Import, and then all rows or none.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from lernpartner_desktop.base.errors import LernpartnerError
from lernpartner_desktop.core.staff_import import ImportPlan, ImportResult, RowPlan, field_label
from lernpartner_desktop.exchange.columns import FIELDS, IGNORE, mapping_problem
from lernpartner_desktop.exchange.columns import field_label as column_label
from lernpartner_desktop.ui.operations import Operations
from lernpartner_desktop.ui.table_model import Column, RecordTableModel
from lernpartner_desktop.ui.widgets import ErrorBanner, record_view, show_error
from lernpartner_desktop.workspace import Workspace

FILE_PAGE, COLUMNS_PAGE, PREVIEW_PAGE = range(3)


def _ops_for(parent: QWidget | None, owner: QObject) -> Operations:
    """The main window's database worker; a dialog opened without one gets its own."""
    window = parent.window() if parent is not None else None
    ops = getattr(window, "ops", None)
    return ops if isinstance(ops, Operations) else Operations(owner)


def open_import_dialog(parent: QWidget | None, ws: Workspace) -> ImportResult | None:
    """Run the import dialog; the result of the import, or None when cancelled."""
    dialog = ImportDialog(ws, parent)
    dialog.exec()
    return dialog.result_


class ImportDialog(QDialog):
    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.ops = _ops_for(parent, self)
        self.staff = None  # exchange.people_import.StaffFile once read
        self.plan: ImportPlan | None = None
        self.result_: ImportResult | None = None
        self._busy = False
        self.setWindowTitle(self.tr("Import staff list"))
        self.resize(1000, 640)
        self.banner = ErrorBanner(self)
        self.stack = QStackedWidget()
        self.stack.addWidget(self._file_page())
        self.stack.addWidget(self._columns_page())
        self.stack.addWidget(self._preview_page())
        self.progress = QProgressBar()
        self.progress.setTextVisible(False)
        self.progress.setMaximumHeight(8)
        self.progress.hide()
        self.back_button = QPushButton(self.tr("< &Back"))
        self.next_button = QPushButton(self.tr("&Next >"))
        self.import_button = QPushButton(self.tr("&Import"))
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.back_button.clicked.connect(self.back)
        self.next_button.clicked.connect(self.next)
        self.import_button.clicked.connect(self.run_import)
        self.cancel_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for b in (self.back_button, self.next_button, self.import_button, self.cancel_button):
            b.setAutoDefault(False)
            buttons.addWidget(b)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.progress)
        layout.addLayout(buttons)
        self._show_page(FILE_PAGE)

    # -- pages ---------------------------------------------------------------------------------
    def _file_page(self) -> QWidget:
        page = QWidget()
        intro = QLabel(
            self.tr(
                "Choose the staff list: an Excel workbook (.xlsx, .xls, .ods) or a CSV file as "
                "Excel saves it. Nothing is changed before you press Import; people who are "
                "already here are found by personnel number, e-mail or name."
            )
        )
        intro.setWordWrap(True)
        self.path = QLineEdit()
        self.path.setAccessibleName(self.tr("File"))
        self.path.setPlaceholderText(self.tr("Staff list (.xlsx or .csv)"))
        self.path.returnPressed.connect(self.next)
        browse = QPushButton(self.tr("&Choose…"))
        browse.setAutoDefault(False)  # Enter runs the dialog's action, not the file chooser
        browse.clicked.connect(self.choose_file)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        self.sheet = QComboBox()
        self.sheet.setAccessibleName(self.tr("Sheet"))
        self.sheet_label = QLabel(self.tr("&Sheet:"))
        self.sheet_label.setBuddy(self.sheet)
        self.sheet.activated.connect(lambda _i: self.read_file())
        sheet_row = QHBoxLayout()
        sheet_row.addWidget(self.sheet_label)
        sheet_row.addWidget(self.sheet, 1)
        self.sheet_label.hide()
        self.sheet.hide()
        self.file_info = QLabel()
        self.file_info.setWordWrap(True)
        layout = QVBoxLayout(page)
        layout.addWidget(intro)
        layout.addLayout(row)
        layout.addLayout(sheet_row)
        layout.addWidget(self.file_info)
        layout.addStretch(1)
        return page

    def _columns_page(self) -> QWidget:
        page = QWidget()
        intro = QLabel(
            self.tr(
                "Which column holds what? The suggestions come from the headers and from "
                "your last import. Columns you do not need stay on “do not import”."
            )
        )
        intro.setWordWrap(True)
        self.columns_grid = QGridLayout()
        self.columns_grid.setColumnStretch(1, 1)
        holder = QWidget()
        holder.setLayout(self.columns_grid)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(holder)
        self.combos: list[QComboBox] = []
        layout = QVBoxLayout(page)
        layout.addWidget(intro)
        layout.addWidget(scroll, 1)
        return page

    def _preview_page(self) -> QWidget:
        page = QWidget()
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.update_radio = QRadioButton(self.tr("&Update people who are already here"))
        self.skip_radio = QRadioButton(self.tr("&Leave people who are already here as they are"))
        self.update_radio.setChecked(True)
        group = QButtonGroup(page)
        group.addButton(self.update_radio)
        group.addButton(self.skip_radio)
        self.update_radio.toggled.connect(lambda _on: self.make_preview())
        self.only_notable = QCheckBox(self.tr("Show only rows with changes or &problems"))
        self.only_notable.setChecked(True)
        self.only_notable.toggled.connect(self._filter_rows)
        self.rows_model: RecordTableModel[RowPlan] = RecordTableModel(
            [
                Column(self.tr("Line"), lambda r: str(r.line), lambda r: r.line, True),
                Column(self.tr("Name"), lambda r: r.name or "–"),
                Column(self.tr("Result"), self._status_text),
                Column(self.tr("What"), self._what_text, tooltip=self._what_text),
            ],
            self,
        )
        self.rows_model.dimmed = lambda r: r.status in ("unchanged", "skipped")
        self.rows_view = record_view(self.rows_model, self.tr("Preview"), (60, 200, 130))
        choice = QHBoxLayout()
        choice.addWidget(self.update_radio)
        choice.addWidget(self.skip_radio)
        choice.addStretch(1)
        layout = QVBoxLayout(page)
        layout.addWidget(self.summary)
        layout.addLayout(choice)
        layout.addWidget(self.only_notable)
        layout.addWidget(self.rows_view, 1)
        return page

    # -- texts ---------------------------------------------------------------------------------
    def _status_text(self, r: RowPlan) -> str:
        return {
            "new": self.tr("new"),
            "changed": self.tr("changed"),
            "unchanged": self.tr("unchanged"),
            "skipped": self.tr("left as it is"),
            "error": self.tr("not imported"),
        }.get(r.status, r.status)

    def _what_text(self, r: RowPlan) -> str:
        parts = [p.message() for p in r.problems]
        if r.status == "changed" or r.status == "skipped":
            parts.insert(0, ", ".join(field_label(c) for c in r.changes))
        return " · ".join(parts)

    # -- navigation ----------------------------------------------------------------------------
    def _show_page(self, index: int) -> None:
        self.stack.setCurrentIndex(index)
        self.back_button.setEnabled(index > FILE_PAGE and not self._busy)
        self.next_button.setVisible(index < PREVIEW_PAGE)
        self.import_button.setVisible(index == PREVIEW_PAGE)
        self.next_button.setEnabled(not self._busy)
        writes = self.plan is not None and self.plan.writes > 0
        self.import_button.setEnabled(writes and not self._busy)
        (self.import_button if index == PREVIEW_PAGE else self.next_button).setDefault(True)

    def back(self) -> None:
        self.banner.clear_message()
        self._show_page(max(FILE_PAGE, self.stack.currentIndex() - 1))

    def next(self) -> None:
        self.banner.clear_message()
        page = self.stack.currentIndex()
        if page == FILE_PAGE:
            self.read_file()
        elif page == COLUMNS_PAGE:
            mapping = self.mapping()
            problem = mapping_problem(mapping)
            if problem is not None:
                self.banner.show_message(QCoreApplication.translate("Errors", problem))
                return
            assert self.staff is not None
            self.staff.mapping = mapping
            self.make_preview()

    def choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose the staff list"),
            self.path.text() or str(Path.home()),
            self.tr("Staff lists (*.xlsx *.xlsm *.xls *.ods *.csv *.txt);;All files (*)"),
        )
        if path:
            self.path.setText(path)
            self.sheet.clear()
            self.read_file()

    # -- work on the database worker -----------------------------------------------------------
    def _start(self, fn, on_done, progress: bool = False) -> None:  # type: ignore[no-untyped-def]
        self._busy = True
        self.progress.setRange(0, 0)
        self.progress.show()
        self._show_page(self.stack.currentIndex())

        def finished() -> None:
            self._busy = False
            self.progress.hide()

        def done(result: object) -> None:
            finished()
            on_done(result)

        def failed(exc: Exception) -> None:
            finished()
            self._show_page(self.stack.currentIndex())
            if isinstance(exc, LernpartnerError):
                self.banner.show_message(exc.message())
            else:
                show_error(self, exc)

        self.ops.run(fn, done, failed, self._on_progress if progress else None)

    def _on_progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def read_file(self) -> None:
        text = self.path.text().strip()
        if not text:
            self.banner.show_message(self.tr("Please choose a file first."))
            return
        from lernpartner_desktop.exchange.people_import import open_staff_file

        sheet = self.sheet.currentText() or None
        service = self.ws.staff_import
        self._start(lambda: open_staff_file(Path(text), service, sheet), self._file_read)

    def _file_read(self, staff: object) -> None:
        from lernpartner_desktop.exchange.people_import import StaffFile

        assert isinstance(staff, StaffFile)
        self.staff = staff
        t = staff.table
        if t.kind == "workbook":
            where = self.tr("sheet “%1”, header in row %2").replace("%1", t.sheet)
            if len(t.sheets) > 1:
                self.sheet.blockSignals(True)
                self.sheet.clear()
                self.sheet.addItems(t.sheets)
                self.sheet.setCurrentText(t.sheet)
                self.sheet.blockSignals(False)
            self.sheet.setVisible(len(t.sheets) > 1)
            self.sheet_label.setVisible(len(t.sheets) > 1)
        else:
            separator = {";": self.tr("semicolons"), ",": self.tr("commas"), "\t": self.tr("tabs")}
            where = (
                self.tr("CSV (%1, separated by %3), header in row %2")
                .replace("%1", t.encoding)
                .replace("%3", separator.get(t.delimiter, t.delimiter))
            )
        where = where.replace("%2", str(t.header_line))
        self.file_info.setText(self.tr("%n row(s) read: %1.", "", len(t.rows)).replace("%1", where))
        self._fill_columns()
        self._show_page(COLUMNS_PAGE)

    def _fill_columns(self) -> None:
        assert self.staff is not None
        while self.columns_grid.count():
            item = self.columns_grid.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        self.combos = []
        t = self.staff.table
        bold = QLabel(self.tr("Column in the file"))
        bold.setStyleSheet("font-weight: bold")
        samples_title = QLabel(self.tr("First values"))
        samples_title.setStyleSheet("font-weight: bold")
        field_title = QLabel(self.tr("Import as"))
        field_title.setStyleSheet("font-weight: bold")
        for col, w in enumerate((bold, samples_title, field_title)):
            self.columns_grid.addWidget(w, 0, col)
        from lernpartner_desktop.exchange.people_import import text_of

        for i, header in enumerate(t.headers):
            samples = [text_of(r[i]) for r in t.rows[:4] if i < len(r) and r[i] is not None]
            name = QLabel(header)
            sample = QLabel(" · ".join(s[:30] for s in samples))
            sample.setStyleSheet("color: palette(mid)")
            combo = QComboBox()
            combo.setAccessibleName(self.tr("Import column %1 as").replace("%1", header))
            combo.addItem(self.tr("do not import"), IGNORE)
            for key in FIELDS:
                combo.addItem(column_label(key), key)
            combo.setCurrentIndex(max(combo.findData(self.staff.mapping[i]), 0))
            name.setBuddy(combo)
            self.columns_grid.addWidget(name, i + 1, 0)
            self.columns_grid.addWidget(sample, i + 1, 1)
            self.columns_grid.addWidget(combo, i + 1, 2)
            self.combos.append(combo)
        self.columns_grid.setRowStretch(len(t.headers) + 1, 1)

    def mapping(self) -> list[str]:
        return [str(c.currentData()) for c in self.combos]

    def make_preview(self) -> None:
        if self.staff is None or self._busy:
            return
        from lernpartner_desktop.exchange.people_import import preview

        staff, service, update = self.staff, self.ws.staff_import, self.update_radio.isChecked()
        self._start(
            lambda report: preview(staff, service, update, report), self._previewed, progress=True
        )

    def _previewed(self, plan: object) -> None:
        assert isinstance(plan, ImportPlan)
        self.plan = plan
        self.summary.setText(
            "<b>"
            + self.tr("What the import would do:")
            + "</b> "
            + ", ".join(
                text
                for n, text in (
                    (plan.count("new"), self.tr("%n new", "", plan.count("new"))),
                    (plan.count("changed"), self.tr("%n changed", "", plan.count("changed"))),
                    (
                        plan.count("unchanged"),
                        self.tr("%n unchanged", "", plan.count("unchanged")),
                    ),
                    (
                        plan.count("skipped"),
                        self.tr("%n left as they are", "", plan.count("skipped")),
                    ),
                    (plan.count("error"), self.tr("%n not imported", "", plan.count("error"))),
                )
                if n
            )
            + ". "
            + (
                self.tr("%n row(s) with a note or problem.", "", plan.problem_rows)
                if plan.problem_rows
                else ""
            )
            + (
                ""
                if plan.writes
                else " " + self.tr("Nothing to import: the people are here as the file has them.")
            )
        )
        self.rows_model.set_records(plan.rows)
        self._filter_rows()
        self._show_page(PREVIEW_PAGE)

    def _filter_rows(self) -> None:
        if self.only_notable.isChecked():
            self.rows_model.set_filter(lambda r: r.status != "unchanged" or bool(r.problems))
        else:
            self.rows_model.set_filter(None)

    def run_import(self) -> None:
        if self.staff is None or self.plan is None or self._busy:
            return
        from lernpartner_desktop.exchange.people_import import run_import

        staff, service, update = self.staff, self.ws.staff_import, self.update_radio.isChecked()
        self._start(lambda report: run_import(staff, service, update, report), self._imported, True)

    def _imported(self, result: object) -> None:
        assert isinstance(result, ImportResult)
        self.result_ = result
        self.accept()

    def reject(self) -> None:
        if self._busy:  # the worker is writing: let it finish (all or nothing)
            return
        super().reject()
