"""Small shared widgets and helpers for the UI."""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
from collections.abc import Callable, Iterator

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QDate,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSize,
    Qt,
)
from PySide6.QtGui import QGuiApplication, QHelpEvent, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QHeaderView,
    QLabel,
    QMessageBox,
    QSizePolicy,
    QSpinBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QToolTip,
    QWidget,
)

from lernpartner_desktop.base.errors import LernpartnerError
from lernpartner_desktop.base.i18n import format_date, format_datetime
from lernpartner_desktop.ui.i18n import date_pattern

log = logging.getLogger(__name__)


def to_qdate(d: dt.date) -> QDate:
    return QDate(d.year, d.month, d.day)


def from_qdate(q: QDate) -> dt.date:
    return dt.date(q.year(), q.month(), q.day())


def date_edit(value: QDate | None = None) -> QDateEdit:
    """A date field with a calendar pop-up, in the user's date order with a 4-digit year."""
    edit = QDateEdit(value or QDate.currentDate())
    edit.setCalendarPopup(True)
    edit.setDisplayFormat(date_pattern())
    return edit


def fmt_when(when: dt.datetime, *, year: bool = True) -> str:
    """ "Di., 17.11.2026 16:00": weekday, date and time as the user's locale writes them."""
    return format_datetime(when, weekday=True, year=year)


def fmt_date(d: dt.date | None) -> str:
    """ "31.12.2026" in German, "31/12/2026" in English (always a four-digit year)."""
    return "" if d is None else format_date(d)


def plural_affixes(spin: QSpinBox, text: Callable[[int], str]) -> None:
    """A spin box whose words follow its number: "every 2 weeks", "jede 1. Woche". ``text(n)``
    is a ``self.tr("every %n week(s)", "", n)`` (numerus forms in the catalogues); what stands
    before the number becomes the prefix, what follows it the suffix."""

    def update(n: int) -> None:
        prefix, _number, suffix = text(n).partition(str(n))
        spin.setPrefix(prefix)
        spin.setSuffix(suffix)

    update(spin.value())
    spin.valueChanged.connect(update)


def show_error(parent: QWidget | None, exc: BaseException, title: str | None = None) -> None:
    """Tell the user what went wrong. Expected errors carry their own readable message."""
    if isinstance(exc, LernpartnerError):
        QMessageBox.warning(
            parent, title or QCoreApplication.translate("Common", "Lernpartner"), exc.message()
        )
        return
    log.error("unexpected error: %s", getattr(exc, "__lp_traceback__", repr(exc)))
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(title or QCoreApplication.translate("Common", "Lernpartner"))
    box.setText(
        QCoreApplication.translate(
            "Common", "Something unexpected went wrong. Nothing was saved half-way."
        )
    )
    box.setDetailedText(getattr(exc, "__lp_traceback__", repr(exc)))
    box.exec()


class ErrorBanner(QLabel):
    """An inline message at the top of a dialog: calmer than a pop-up, and it stays visible."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setStyleSheet(
            "QLabel { background: #fdecea; color: #8a1c1c; border: 1px solid #f5c2c0;"
            " border-radius: 4px; padding: 6px 8px; }"
        )
        self.setAccessibleName(QCoreApplication.translate("Common", "Error message"))
        self.hide()

    def show_message(self, text: str) -> None:
        self.setText(text)
        self.show()
        grow_to_fit(self.window())

    def clear_message(self) -> None:
        self.clear()
        self.hide()


class ElidedLabel(QLabel):
    """One line of plain text that shortens itself with "…" to the room it gets, and then
    carries the whole text as its tooltip: a long name never widens the window."""

    MIN_CHARS = 8

    def __init__(
        self,
        text: str = "",
        parent: QWidget | None = None,
        mode: Qt.TextElideMode = Qt.TextElideMode.ElideRight,
    ) -> None:
        super().__init__(parent)
        self._full = ""
        self._mode = mode
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.setText(text)

    def setText(self, text: str) -> None:  # type: ignore[override]
        self._full = text
        self._elide()
        self.updateGeometry()

    def text(self) -> str:  # type: ignore[override]
        """The whole text, not the shortened one on screen."""
        return self._full

    def is_elided(self) -> bool:
        return super().text() != self._full

    def sizeHint(self) -> QSize:
        fm = self.fontMetrics()
        m = self.contentsMargins()
        return QSize(
            fm.horizontalAdvance(self._full) + m.left() + m.right() + 2 * self.margin(),
            super().sizeHint().height(),
        )

    def minimumSizeHint(self) -> QSize:
        fm = self.fontMetrics()
        return QSize(fm.averageCharWidth() * self.MIN_CHARS, super().minimumSizeHint().height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        room = self.contentsRect().width() - 2 * self.margin()
        shown = self.fontMetrics().elidedText(self._full, self._mode, room)
        QLabel.setText(self, shown)
        self.setToolTip(self._full if shown != self._full else "")


class SectionTitle(ElidedLabel):
    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        font = self.font()
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setBold(True)
        self.setFont(font)
        self._elide()


def record_view(
    model: QAbstractItemModel,
    name: str,
    widths: tuple[int, ...] = (),
    *,
    multi: bool = False,
    stretch: int = -1,
) -> QTableView:
    """A table over a RecordTableModel as every list in the app looks: one line per row,
    whole-row selection, sortable, ascending by the first column.

    Columns size to their content (see :class:`ColumnFitter`, ``widths`` are minimums); the
    ``stretch`` column (default: the last) takes the room left, so a name column shortens with
    "…" (whole text as tooltip) rather than pushing the others out of sight."""
    view = QTableView()
    view.setModel(model)
    tidy_table(view)
    view.setItemDelegate(ElidedTipDelegate(view))
    view.setSelectionMode(
        QAbstractItemView.SelectionMode.ExtendedSelection
        if multi
        else QAbstractItemView.SelectionMode.SingleSelection
    )
    view.setAccessibleName(name)
    view.fitter = ColumnFitter(view, stretch, widths)  # type: ignore[attr-defined]
    return view


class ColumnFitter(QObject):
    """Sizes a table's columns to their content when new records arrive, and shares out the
    room again when the table is resized: every column at most :data:`MAX_COLUMN` wide, the
    ``stretch`` column taking what is left but never less than :data:`STRETCH_MIN`; when
    room is short, the widest other columns give way first, down to their given minimum (or
    :data:`FLOOR`)."""

    MAX_COLUMN = 240
    STRETCH_MIN = 150
    FLOOR = 70

    def __init__(self, view: QTableView, stretch: int, minimums: tuple[int, ...]) -> None:
        super().__init__(view)
        self.view = view
        count = view.model().columnCount()
        self.stretch = stretch % count if count else 0
        self.minimums = minimums
        self.wanted: list[int] = []
        header = view.horizontalHeader()
        header.setStretchLastSection(False)
        if count:
            header.setSectionResizeMode(self.stretch, QHeaderView.ResizeMode.Stretch)
        # Only the rows in sight are measured (Qt's default looks at up to 1,000 rows per
        # column: too slow for 2,000 people on every reload); a hidden table waits until shown.
        header.setResizeContentsPrecision(0)
        self._pending = True
        signal = getattr(view.model(), "records_set", None)
        if signal is not None:
            signal.connect(self.measure)
        view.viewport().installEventFilter(self)
        view.installEventFilter(self)
        self.measure()

    def _minimum(self, col: int) -> int:
        return self.minimums[col] if col < len(self.minimums) else 0

    def measure(self) -> None:
        """What each column would like: its heading, the rows in sight, the given minimum."""
        if not self.view.isVisible():
            self._pending = True
            return
        self._pending = False
        header = self.view.horizontalHeader()
        self.wanted = []
        for col in range(self.view.model().columnCount()):
            want = max(header.sectionSizeHint(col), self.view.sizeHintForColumn(col))
            self.wanted.append(min(want, self.MAX_COLUMN))
        self.share()

    def share(self) -> None:
        others = [c for c in range(len(self.wanted)) if c != self.stretch]
        widths = {c: self.wanted[c] for c in others}
        room = self.view.viewport().width() - self.STRETCH_MIN
        floors = {c: min(self.wanted[c], max(self.FLOOR, self._minimum(c))) for c in others}
        excess = sum(widths.values()) - room
        while excess > 0:
            shrinkable = [c for c in others if widths[c] > floors[c]]
            if not shrinkable:
                break
            widest = max(shrinkable, key=lambda c: widths[c])
            step = min(excess, widths[widest] - floors[widest], 20)
            widths[widest] -= step
            excess -= step
        for col, width in widths.items():
            if self.view.columnWidth(col) != width:
                self.view.setColumnWidth(col, width)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and self._pending:
            self.measure()
        elif event.type() == QEvent.Type.Resize and self.wanted:
            self.share()
        return False


class ElidedTipDelegate(QStyledItemDelegate):
    """A cell shortened with "…" shows its whole text as a tooltip (unless the model gives
    a tooltip of its own); a cell that fits shows none."""

    def helpEvent(
        self,
        event: QHelpEvent,
        view: QAbstractItemView,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> bool:
        if event.type() != QEvent.Type.ToolTip or index.data(Qt.ItemDataRole.ToolTipRole):
            return super().helpEvent(event, view, option, index)
        text = index.data(Qt.ItemDataRole.DisplayRole)
        rect = view.visualRect(index)
        if text and view.fontMetrics().horizontalAdvance(str(text)) + 10 > rect.width():
            QToolTip.showText(event.globalPos(), str(text), view, rect)
        else:
            QToolTip.hideText()
        return True


def tidy_table(view: QTableView) -> None:
    """One line per row, compact heights: what a native table looks like."""
    view.setWordWrap(False)
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 10)
    view.verticalHeader().hide()
    view.setAlternatingRowColors(True)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setSortingEnabled(True)
    # Qt's default indicator sorts descending; lists read top-down (names A-Z, dates oldest
    # first) unless a page chooses otherwise.
    view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    view.horizontalHeader().setStretchLastSection(True)
    view.horizontalHeader().setTextElideMode(Qt.TextElideMode.ElideRight)
    view.horizontalHeader().setDefaultAlignment(
        Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
    )


def narrow_combo(box: QComboBox, chars: int = 12) -> QComboBox:
    """A choice box as wide as its layout gives it, at least ``chars`` characters: entries
    longer than that (a program's name) are shortened instead of widening the window."""
    box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    box.setMinimumContentsLength(chars)
    return box


def ask(parent: QWidget | None, title: str, question: str, yes: str | None = None) -> bool:
    """A yes/no question whose "yes" may say what it does ("Delete", "Archive"); No is the
    default, so a hasty Enter changes nothing."""
    box = QMessageBox(QMessageBox.Icon.Question, title, question, QMessageBox.StandardButton.No,
                      parent)  # fmt: skip
    if yes is None:
        confirm = box.addButton(QMessageBox.StandardButton.Yes)
    else:
        confirm = box.addButton(yes, QMessageBox.ButtonRole.YesRole)
    box.setDefaultButton(QMessageBox.StandardButton.No)
    box.exec()
    return box.clickedButton() is confirm


def fit_to_screen(window: QWidget, width: int, height: int) -> None:
    """Open ``window`` at ``width`` x ``height``, or smaller where the screen is smaller."""
    # The screen of the window it opens from. (Asking the dialog itself, QWidget.screen()
    # before it is shown, was followed by a crash when the main window closed later on:
    # seen with PySide 6.11 in tests/ui/test_first_start.py.)
    owner = window.parentWidget()
    screen = None
    if owner is not None and owner.window().windowHandle() is not None:
        screen = owner.window().windowHandle().screen()
    screen = screen or QGuiApplication.primaryScreen()
    if screen is not None:
        room = screen.availableGeometry()
        width, height = min(width, room.width()), min(height, room.height() - 40)
    window.resize(width, height)


def grow_to_fit(window: QWidget) -> None:
    """Make a dialog tall enough for wrapped text that appeared in it (an error message):
    Qt does not grow a window for a label's extra lines by itself, and cuts them off."""
    layout = window.layout()
    if not isinstance(window, QDialog) or layout is None:
        return
    layout.activate()
    width = window.width()
    needed = (
        layout.totalHeightForWidth(width)
        if layout.hasHeightForWidth()
        else layout.totalSizeHint().height()
    )
    if needed > window.height():
        window.resize(width, needed)


@contextlib.contextmanager
def busy() -> Iterator[None]:
    """A wait cursor for a short piece of work on the GUI thread (reading a picked file)."""
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        yield
    finally:
        QGuiApplication.restoreOverrideCursor()
