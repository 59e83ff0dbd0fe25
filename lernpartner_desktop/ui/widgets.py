"""Small shared widgets and helpers for the UI."""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable

from PySide6.QtCore import QAbstractItemModel, QCoreApplication, QDate, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QHeaderView,
    QLabel,
    QMessageBox,
    QSpinBox,
    QTableView,
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


def plural_affixes(
    spin: QSpinBox,
    suffix: Callable[[int], str],
    prefix: Callable[[int], str] | None = None,
) -> None:
    """A spin box whose words follow its number: "1 week", "2 weeks". ``suffix(n)`` is a
    ``self.tr(" week(s)", "", n)`` (numerus forms in the catalogues)."""

    def update(n: int) -> None:
        spin.setSuffix(suffix(n))
        if prefix is not None:
            spin.setPrefix(prefix(n))

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

    def clear_message(self) -> None:
        self.clear()
        self.hide()


class SectionTitle(QLabel):
    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        font = self.font()
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setBold(True)
        self.setFont(font)


def record_view(
    model: QAbstractItemModel, name: str, widths: tuple[int, ...] = (), *, multi: bool = False
) -> QTableView:
    """A table over a RecordTableModel as every list in the app looks: one line per row,
    whole-row selection, sortable, ascending by the first column."""
    view = QTableView()
    view.setModel(model)
    tidy_table(view)
    view.setSelectionMode(
        QAbstractItemView.SelectionMode.ExtendedSelection
        if multi
        else QAbstractItemView.SelectionMode.SingleSelection
    )
    view.setAccessibleName(name)
    for col, width in enumerate(widths):
        view.setColumnWidth(col, width)
    return view


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
    view.horizontalHeader().setDefaultAlignment(
        Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
    )
