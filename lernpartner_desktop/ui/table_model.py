"""A fast, read-only table model over a list of records.

Sorting and filtering happen inside the model on precomputed keys, so a keystroke in a search
field over thousands of rows costs a list comprehension, not thousands of Python ``data()``
calls from a QSortFilterProxyModel.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QAbstractItemView

R = TypeVar("R")
Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Column(Generic[R]):
    title: str
    text: Callable[[R], str]
    sort_key: Callable[[R], Any] | None = None
    align_right: bool = False
    tooltip: Callable[[R], str] | None = None


class RecordTableModel(QAbstractTableModel, Generic[R]):
    #: new records arrived (not on filtering): views size their columns to them
    records_set = Signal()

    def __init__(self, columns: Sequence[Column[R]], parent: Any = None) -> None:
        super().__init__(parent)
        self._columns = list(columns)
        self._all: list[R] = []
        self._rows: list[R] = []
        self._predicate: Callable[[R], bool] | None = None
        self._sort_column = 0
        self._sort_order = Qt.SortOrder.AscendingOrder
        self.dimmed: Callable[[R], bool] | None = None

    # -- data ----------------------------------------------------------------------------------
    def set_records(self, records: Sequence[R]) -> None:
        self.beginResetModel()
        self._all = list(records)
        self._apply_sort()
        self._apply_filter()
        self.endResetModel()
        self.records_set.emit()

    def set_filter(self, predicate: Callable[[R], bool] | None) -> None:
        self.beginResetModel()
        self._predicate = predicate
        self._apply_filter()
        self.endResetModel()

    def record(self, row: int) -> R:
        return self._rows[row]

    def records(self) -> list[R]:
        return list(self._rows)

    def total_count(self) -> int:
        return len(self._all)

    def record_at(self, index: Index) -> R | None:
        """The record behind a view index, or None for no (or a stale) index."""
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        return self._rows[index.row()]

    def select_where(self, view: QAbstractItemView, predicate: Callable[[R], bool]) -> bool:
        """Select and reveal the first shown record matching ``predicate`` in ``view``."""
        row = self.row_of(predicate)
        if row < 0:
            return False
        view.selectRow(row)  # type: ignore[attr-defined]
        view.scrollTo(self.index(row, 0))
        return True

    def row_of(self, predicate: Callable[[R], bool]) -> int:
        for i, r in enumerate(self._rows):
            if predicate(r):
                return i
        return -1

    # -- Qt model API --------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        rec = self._rows[index.row()]
        col = self._columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return col.text(rec)
        if role == Qt.ItemDataRole.ToolTipRole and col.tooltip is not None:
            return col.tooltip(rec)
        if role == Qt.ItemDataRole.TextAlignmentRole and col.align_right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and self.dimmed is not None and self.dimmed(rec):
            return QBrush(QColor(128, 128, 128))
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self._columns[section].title
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.layoutAboutToBeChanged.emit()
        # Selection and current row follow their records to their new places.
        old = self.persistentIndexList()
        held = [self._rows[i.row()] if i.row() < len(self._rows) else None for i in old]
        self._sort_column, self._sort_order = column, order
        self._apply_sort()
        self._apply_filter()
        where = {id(r): n for n, r in enumerate(self._rows)}
        new = [
            self.index(where[id(rec)], i.column()) if rec is not None and id(rec) in where
            else QModelIndex()
            for i, rec in zip(old, held, strict=True)
        ]  # fmt: skip
        self.changePersistentIndexList(old, new)
        self.layoutChanged.emit()

    # -- internals -----------------------------------------------------------------------------
    def _apply_sort(self) -> None:
        if not self._columns:
            return
        col = self._columns[self._sort_column]
        key = col.sort_key or (lambda r: col.text(r).casefold())
        self._all.sort(key=key, reverse=self._sort_order == Qt.SortOrder.DescendingOrder)

    def _apply_filter(self) -> None:
        pred = self._predicate
        self._rows = self._all if pred is None else [r for r in self._all if pred(r)]
