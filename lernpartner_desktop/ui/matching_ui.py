"""Matching in the UI: weights with a live preview, suggestions with their reasons, review.

Every change of a weight or of the objective re-solves on the database worker (debounced);
the list shows the new suggestions within a blink. Accepting creates the partnerships (all
of the chosen ones or none), rejecting keeps a pair out of every later run, swapping two
mentees pins the two new pairs.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSlider,
    QSpinBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from lernpartner_desktop.base.errors import LernpartnerError
from lernpartner_desktop.base.i18n import format_number
from lernpartner_desktop.core.formats import role_label
from lernpartner_desktop.matching.model import (
    CRITERIA,
    DEFAULT_WEIGHTS,
    MAX_TIME_LIMIT,
    MENTOR_ROLES,
    Cancel,
    MatchingCancelled,
    MatchResult,
    Suggestion,
    Unmatched,
    Weights,
    criterion_label,
)
from lernpartner_desktop.ui.dialogs.base import FormDialog
from lernpartner_desktop.ui.flow_layout import FlowLayout
from lernpartner_desktop.ui.operations import Operations
from lernpartner_desktop.ui.table_model import Column, RecordTableModel
from lernpartner_desktop.ui.widgets import (
    ErrorBanner,
    fit_to_screen,
    narrow_combo,
    record_view,
    show_error,
)
from lernpartner_desktop.workspace import Workspace


class MatchingDialog(QDialog):
    """Suggest, explain, tune and review the pairs of one program."""

    def __init__(
        self, ws: Workspace, ops: Operations, program_id: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ws, self.ops, self.program_id = ws, ops, program_id
        self.program = ws.programs.get(program_id)
        self.result: MatchResult | None = None
        self.created = 0
        self._run_id = 0
        self._cancel: Cancel | None = None
        self.circles = self.program.format in ("learning_circle", "learning_partnership")
        self.setWindowTitle(self.tr("Matching: %s") % self.program.name)
        fit_to_screen(self, 1180, 720)

        # Weights and objective
        self.objective = QComboBox()
        self.objective.addItem(self.tr("Highest total fit"), "fit")
        self.objective.addItem(self.tr("As many people matched as possible"), "count")
        self.sliders: dict[str, QSlider] = {}
        self.values: dict[str, QLabel] = {}
        stored = ws.matching.weights(program_id)
        # Each criterion's name above its slider: long (German) names need no wrapping and
        # never squeeze the slider; the box is exactly as tall as its rows.
        grid = QGridLayout()
        grid.setVerticalSpacing(2)
        narrow_combo(self.objective, 16)
        objective_label = QLabel(self.tr("&Objective:"))
        objective_label.setBuddy(self.objective)
        grid.addWidget(objective_label, 0, 0, 1, 2)
        grid.addWidget(self.objective, 1, 0, 1, 2)
        self.time_limit = QSpinBox()
        self.time_limit.setRange(1, int(MAX_TIME_LIMIT))
        self.time_limit.setSuffix(self.tr(" s"))
        self.time_limit.setValue(round(ws.matching.time_limit(program_id)))
        self.time_limit.setToolTip(
            self.tr(
                "How long the search for the best circles may take. When it stops, the result "
                "says how far at most it is from the best possible."
            )
        )
        self.time_limit.valueChanged.connect(self.schedule)
        for i, key in enumerate(CRITERIA):
            slider = QSlider(Qt.Orientation.Horizontal)
            slider.setRange(0, 10)
            slider.setPageStep(1)
            slider.setValue(round(stored[key]))
            slider.setAccessibleName(criterion_label(key))
            value = QLabel(str(slider.value()))
            value.setMinimumWidth(18)
            slider.valueChanged.connect(lambda v, lbl=value: lbl.setText(str(v)))
            slider.valueChanged.connect(self.schedule)
            name = QLabel(criterion_label(key) + ":")
            name.setBuddy(slider)
            grid.addWidget(name, 2 + 2 * i, 0, 1, 2)
            grid.addWidget(slider, 3 + 2 * i, 0)
            grid.addWidget(value, 3 + 2 * i, 1)
            self.sliders[key], self.values[key] = slider, value
        if self.circles:  # only circles are searched against a clock
            row = 2 + 2 * len(CRITERIA)
            limit_label = QLabel(self.tr("&Time limit:"))
            limit_label.setBuddy(self.time_limit)
            grid.addWidget(limit_label, row, 0, 1, 2)
            grid.addWidget(self.time_limit, row + 1, 0, 1, 2)
        self.objective.currentIndexChanged.connect(self.schedule)
        reset = QPushButton(self.tr("&Defaults"))
        reset.setAutoDefault(False)
        reset.clicked.connect(self.reset_weights)
        self.weights_box = weights_box = QGroupBox(self.tr("What counts, and how much (0 to 10)"))
        wv = QVBoxLayout(weights_box)
        wv.addLayout(grid)
        wv.addWidget(reset, 0, Qt.AlignmentFlag.AlignRight)
        hint = QLabel(
            self.tr(
                "Never suggested: a person with their own manager or direct report, a pair "
                "that already ended a partnership here, excluded or rejected pairs, more "
                "mentees than a mentor's capacity."
            )
        )
        hint.setWordWrap(True)
        hint.setStyleSheet("color: palette(mid);")

        # Suggestions
        self.model: RecordTableModel[Suggestion] = RecordTableModel(
            [
                Column(self.tr("Suggestion"), self._pair_text),
                Column(
                    self.tr("Score"),
                    lambda s: format_number(s.score),
                    sort_key=lambda s: s.score,
                    align_right=True,
                ),
                Column(
                    self.tr("Why"),
                    lambda s: "; ".join(r.message() for r in s.reasons),
                    tooltip=lambda s: "\n".join(r.message() for r in s.reasons),
                ),
            ],
            self,
        )
        self.view = record_view(
            self.model, self.tr("Suggestions"), (200, 50), multi=True, stretch=2
        )
        self.view.sortByColumn(1, Qt.SortOrder.DescendingOrder)
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._selection_changed())
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.progress = QProgressBar()
        self.progress.setMaximumWidth(160)
        self.progress.setTextVisible(False)
        self.progress.hide()
        self.cancel_button = QPushButton(self.tr("&Cancel calculation"))
        self.cancel_button.setAutoDefault(False)
        self.cancel_button.setToolTip(self.tr("Stop calculating; nothing is changed."))
        self.cancel_button.clicked.connect(self.cancel_run)
        self.cancel_button.hide()
        self.banner = ErrorBanner(self)
        self.explain = QLabel()
        self.explain.setWordWrap(True)
        self.explain.setTextFormat(Qt.TextFormat.RichText)
        self.explain.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.explain.setMargin(6)
        self.unmatched = QListWidget()
        self.unmatched.setAccessibleName(self.tr("Not matched"))
        self.unmatched.setWordWrap(True)

        self.accept_button = QPushButton(self.tr("&Accept selected"))
        self.accept_all_button = QPushButton(self.tr("Accept a&ll"))
        self.reject_button = QPushButton(self.tr("&Reject selected"))
        self.swap_button = QPushButton(self.tr("&Swap mentees"))
        self.swap_button.setToolTip(
            self.tr("Select two suggestions: their mentees change places (the pairs are pinned).")
        )
        for b in (self.accept_button, self.accept_all_button, self.reject_button, self.swap_button):
            b.setAutoDefault(False)
        self.accept_button.clicked.connect(self.accept_selected)
        self.accept_all_button.clicked.connect(self.accept_all)
        self.reject_button.clicked.connect(self.reject_selected)
        self.swap_button.clicked.connect(self.swap_selected)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)

        # Left: the weights, and under them why the selected pair is suggested (no empty
        # panel); right: the suggestions, what to do with them, and who is left over.
        explain_scroll = QScrollArea()
        explain_scroll.setWidget(self.explain)
        explain_scroll.setWidgetResizable(True)
        # The explanation takes whatever room the weights leave (never squeezing them).
        explain_scroll.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Ignored)
        left = QWidget()
        lv = QVBoxLayout(left)
        lv.setContentsMargins(0, 0, 0, 0)
        weights_box.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        lv.addWidget(weights_box)
        lv.addWidget(hint)
        lv.addWidget(explain_scroll, 1)
        right = QWidget()
        mv = QVBoxLayout(right)
        mv.setContentsMargins(0, 0, 0, 0)
        status = QHBoxLayout()
        status.addWidget(self.summary, 1)
        status.addWidget(self.progress)
        status.addWidget(self.cancel_button)
        mv.addLayout(status)
        mv.addWidget(self.view, 3)
        buttons = FlowLayout()
        for b in (self.accept_button, self.accept_all_button, self.reject_button, self.swap_button):
            buttons.addWidget(b)
        mv.addLayout(buttons)
        mv.addWidget(QLabel(self.tr("Not matched, and why:")))
        mv.addWidget(self.unmatched, 1)
        splitter = QSplitter()
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([380, 780])
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addWidget(splitter, 1)
        layout.addWidget(close)

        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(150)
        self.timer.timeout.connect(self.run)
        self._selection_changed()
        self.run()

    # -- running ----------------------------------------------------------------------------
    def weights(self) -> Weights:
        return Weights({k: float(s.value()) for k, s in self.sliders.items()})

    def schedule(self) -> None:
        self.timer.start()

    def reset_weights(self) -> None:
        for key, slider in self.sliders.items():
            slider.setValue(round(DEFAULT_WEIGHTS[key]))

    def run(self) -> None:
        """Solve on the worker; only the newest run's answer is shown. A newer run cancels
        the one still calculating (its answer would be thrown away anyway)."""
        self._run_id += 1
        run_id = self._run_id
        if self._cancel is not None:
            self._cancel.set()
        cancel = self._cancel = Cancel()
        weights, objective = self.weights(), self.objective.currentData()
        time_limit = float(self.time_limit.value())
        self.summary.setText(self.tr("Calculating…"))
        self.progress.setRange(0, 0)  # busy until the first step is reported
        self.progress.show()
        self.cancel_button.show()
        self.cancel_button.setEnabled(True)

        def finished() -> bool:
            if run_id != self._run_id:
                return False
            self.progress.hide()
            self.cancel_button.hide()
            self._cancel = None
            return True

        def done(result: MatchResult) -> None:
            if finished():
                self.show_result(result)

        def failed(exc: Exception) -> None:
            if not finished():
                return
            if isinstance(exc, MatchingCancelled):
                self.summary.setText(
                    self.tr("Calculation cancelled: nothing was changed.")
                    if self.result is None
                    else self.tr(
                        "Calculation cancelled: nothing was changed. Shown: the last result."
                    )
                )
            elif isinstance(exc, LernpartnerError):
                self.summary.setText("")
                self.banner.show_message(exc.message())
                self.show_result(MatchResult((), (), objective))
            else:
                show_error(self, exc)

        def progress(step: int, total: int) -> None:
            if run_id == self._run_id:
                self.progress.setRange(0, total)
                self.progress.setValue(step)

        self.ops.run(
            lambda report: self.ws.matching.suggest(
                self.program_id,
                objective,
                weights,
                time_limit=time_limit,
                progress=report,
                cancel=cancel,
            ),
            done,
            failed,
            progress,
        )

    def cancel_run(self) -> None:
        """Stop the calculation on the worker; the shown suggestions stay as they were."""
        if self._cancel is not None:
            self._cancel.set()
            self.cancel_button.setEnabled(False)
            self.summary.setText(self.tr("Cancelling…"))

    def show_result(self, result: MatchResult) -> None:
        self.result = result
        self.model.set_records(list(result.suggestions))
        self.unmatched.clear()
        for u in result.unmatched:
            self.unmatched.addItem(QListWidgetItem(self._unmatched_text(u)))
        matched = sum(len(s.members) for s in result.suggestions)
        text = (
            self.tr("%n suggestion(s)", "", len(result.suggestions))
            + " · "
            + self.tr("%n person(s) matched", "", matched)
            + " · "
            + self.tr("total fit %1").replace("%1", format_number(result.total))
        )
        if self.circles:
            text += " · " + result.quality.message().message()
        self.summary.setText(text)
        notes = [n.message() for n in result.notes]
        if notes:
            self.banner.show_message(" ".join(notes))
        else:
            self.banner.hide()
        self._selection_changed()

    # -- showing ----------------------------------------------------------------------------
    def _pair_text(self, s: Suggestion) -> str:
        text = " & ".join(
            f"{name} ({role_label(role)})"
            for name, (_pid, role) in zip(s.names, s.members, strict=True)
        )
        return (self.tr("[pinned] ") if s.pinned else "") + text

    def _unmatched_text(self, u: Unmatched) -> str:
        return f"{u.name} ({role_label(u.role)}): {u.reason.message()}"

    def selected(self) -> list[Suggestion]:
        rows = sorted({i.row() for i in self.view.selectionModel().selectedRows()})
        return [self.model.record_at(self.model.index(r, 0)) for r in rows]

    def _selection_changed(self) -> None:
        chosen = self.selected()
        has = bool(chosen)
        self.accept_button.setEnabled(has)
        self.reject_button.setEnabled(has)
        self.accept_all_button.setEnabled(bool(self.result and self.result.suggestions))
        self.swap_button.setEnabled(
            len(chosen) == 2
            and all(len(s.members) == 2 for s in chosen)
            and all(s.members[0][1] != s.members[1][1] for s in chosen)
        )
        self.explain.setText(self._explanation(chosen[0]) if len(chosen) == 1 else self._help())

    def _help(self) -> str:
        return (
            "<p style='color: gray'>"
            + html.escape(
                self.tr(
                    "Select a suggestion to see why it is made and how its score is built. "
                    "Move a slider: the suggestions follow at once."
                )
            )
            + "</p>"
        )

    def _explanation(self, s: Suggestion) -> str:
        reasons = "".join(f"<li>{html.escape(r.message())}</li>" for r in s.reasons)
        rows = "".join(
            f"<tr><td>{html.escape(criterion_label(k))}</td>"
            f"<td align='right'>{format_number(v)}</td></tr>"
            for k, v in sorted(s.breakdown.items(), key=lambda kv: -kv[1])
        )
        total = html.escape(self.tr("Score"))
        why = html.escape(self.tr("Why:"))
        by_criterion = html.escape(self.tr("Score by criterion (weight × fit):"))
        return (
            f"<h3>{html.escape(' & '.join(s.names))}</h3>"
            f"<p><b>{why}</b></p><ul>{reasons}</ul>"
            f"<p><b>{by_criterion}</b></p>"
            f"<table cellspacing='4'>{rows}"
            f"<tr><td><b>{total}</b></td>"
            f"<td align='right'><b>{format_number(s.score)}</b></td></tr>"
            "</table>"
        )

    # -- review -----------------------------------------------------------------------------
    def _save_weights(self) -> None:
        weights = self.weights()
        if weights != self.ws.matching.weights(self.program_id):
            self.ws.matching.set_weights(self.program_id, weights)
        seconds = float(self.time_limit.value())
        if self.circles and seconds != self.ws.matching.time_limit(self.program_id):
            self.ws.matching.set_time_limit(self.program_id, seconds)

    def accept_selected(self) -> None:
        self._accept(self.selected())

    def accept_all(self) -> None:
        if self.result is not None:
            self._accept(list(self.result.suggestions))

    def _accept(self, chosen: list[Suggestion]) -> None:
        if not chosen:
            return
        try:
            self._save_weights()
            ids = self.ws.matching.accept(self.program_id, chosen)
        except LernpartnerError as exc:
            self.banner.show_message(exc.message())
            self.run()  # the data changed under us: show fresh suggestions
            return
        self.created += len(ids)
        self.summary.setText(self.tr("%n partnership(s) created.", "", len(ids)))
        self.run()

    def reject_selected(self) -> None:
        try:
            for s in self.selected():
                self.ws.matching.reject(self.program_id, s)
        except LernpartnerError as exc:
            show_error(self, exc)
        self.run()

    def swap_selected(self) -> None:
        first, second = self.selected()
        try:
            self.ws.matching.swap(self.program_id, first, second)
        except LernpartnerError as exc:
            QMessageBox.information(self, self.tr("Swap not possible"), exc.message())
            return
        self.run()

    def done(self, result: int) -> None:
        if self._cancel is not None:  # closing stops a calculation still running
            self._cancel.set()
        try:
            self._save_weights()
        except LernpartnerError as exc:
            show_error(self, exc)
        super().done(result)


class PreferencesDialog(FormDialog):
    """A mentee's preferred mentors (up to three) and anyone's exclusions, for one program."""

    def __init__(
        self, ws: Workspace, program_id: int, person_id: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ws, self.program_id, self.person_id = ws, program_id, person_id
        participants = ws.programs.participants(program_id)
        me = next(p for p in participants if p.person_id == person_id)
        self.setWindowTitle(self.tr("Matching wishes: %s") % me.name)
        self.setMinimumWidth(460)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        self.choices: list[QComboBox] = []
        if me.role not in MENTOR_ROLES:
            mentors = [p for p in participants if p.role in MENTOR_ROLES]
            current = ws.matching.rules(program_id, person_id, "prefer")
            form = QFormLayout()
            for rank in range(3):
                box = QComboBox()
                box.addItem(self.tr("(none)"), None)
                for m in mentors:
                    box.addItem(m.name, m.person_id)
                if rank < len(current):
                    box.setCurrentIndex(max(0, box.findData(current[rank])))
                form.addRow(self.tr("Preferred mentor %d:") % (rank + 1), box)
                self.choices.append(box)
            group = QGroupBox(self.tr("Preferred mentors"))
            group.setLayout(form)
            layout.addWidget(group)
        excluded = set(ws.matching.rules(program_id, person_id, "exclude"))
        self.exclusions = QListWidget()
        self.exclusions.setAccessibleName(self.tr("Never pair with"))
        for p in participants:
            if p.person_id == person_id:
                continue
            item = QListWidgetItem(f"{p.name} ({role_label(p.role)})")
            item.setData(Qt.ItemDataRole.UserRole, p.person_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(
                Qt.CheckState.Checked if p.person_id in excluded else Qt.CheckState.Unchecked
            )
            self.exclusions.addItem(item)
        layout.addWidget(QLabel(self.tr("Never pair with:")))
        layout.addWidget(self.exclusions, 1)
        layout.addWidget(self.button_box())
        self.fields = {"preferences": self.choices[0] if self.choices else self.exclusions}

    def preferred(self) -> list[int]:
        return [b.currentData() for b in self.choices if b.currentData() is not None]

    def excluded(self) -> list[int]:
        return [
            self.exclusions.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.exclusions.count())
            if self.exclusions.item(i).checkState() == Qt.CheckState.Checked
        ]

    def save(self) -> None:
        if self.choices:
            self.ws.matching.set_preferences(self.program_id, self.person_id, self.preferred())
        self.ws.matching.set_exclusions(self.program_id, self.person_id, self.excluded())


class NominateDialog(FormDialog):
    """Nominate the people chosen on the People page for a program, with one role."""

    def __init__(self, ws: Workspace, person_ids: list[int], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from PySide6.QtWidgets import QSpinBox

        from lernpartner_desktop.core.formats import FORMATS

        self.ws, self.person_ids = ws, person_ids
        self.added: list[int] = []
        self.setWindowTitle(self.tr("Nominate for a program"))
        self.program = QComboBox()
        self._formats: dict[int, str] = {}
        for p in ws.programs.all():
            self.program.addItem(f"{p.name} ({FORMATS[p.format].display_name()})", p.id)
            self._formats[p.id] = p.format
        self.role = QComboBox()
        self.capacity = QSpinBox()
        self.capacity.setRange(1, 10)
        self.capacity.setValue(2)
        self.program.currentIndexChanged.connect(self._program_changed)
        self.role.currentIndexChanged.connect(self._role_changed)
        form = QFormLayout()
        form.addRow(self.tr("&Program:"), self.program)
        form.addRow(self.tr("&Role:"), self.role)
        form.addRow(self.tr("&Capacity (mentees each):"), self.capacity)
        intro = QLabel(self.tr("%n person(s) chosen on the People page.", "", len(person_ids)))
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.banner)
        layout.addLayout(form)
        layout.addWidget(self.button_box(self.tr("&Nominate")))
        self.fields = {"person": self.program, "capacity": self.capacity}
        self._program_changed()

    def _program_changed(self) -> None:
        from lernpartner_desktop.core.formats import FORMATS

        self.role.clear()
        program_id = self.program.currentData()
        if program_id is None:
            return
        fmt = FORMATS[self._formats[program_id]]
        for role in fmt.roles:
            self.role.addItem(role_label(role), role)
        self.role.setCurrentIndex(max(0, self.role.findData(fmt.default_role)))
        self._role_changed()

    def _role_changed(self) -> None:
        self.capacity.setEnabled(self.role.currentData() in MENTOR_ROLES)

    def save(self) -> None:
        program_id, role = self.program.currentData(), self.role.currentData()
        if program_id is None:
            raise LernpartnerError(self.tr("Create a program first (Programs page)."))
        capacity = self.capacity.value() if role in MENTOR_ROLES else None
        self.added = self.ws.programs.enrol_many(program_id, self.person_ids, role, capacity)
