"""A staff list from a file: cells converted to values for the import (core/staff_import.py).

Dates come as date cells, as Excel serial numbers (days since 30.12.1899) or as text
(``31.12.2026``, ``31.12.26``, ``2026-12-31``); numbers that must stay text (personnel
numbers, phone numbers) are taken as they are written, a number cell as its digits.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from lernpartner_desktop.base.errors import ValidationError
from lernpartner_desktop.base.i18n import QT_TRANSLATE_NOOP, translate
from lernpartner_desktop.base.text import clean
from lernpartner_desktop.core.staff_import import (
    ImportPlan,
    ImportResult,
    Problem,
    Progress,
    StaffImportService,
    StaffRecord,
    reorder_name,
)
from lernpartner_desktop.exchange.columns import mapping_problem, remember, suggest
from lernpartner_desktop.exchange.tables import Cell, Table, read_table

_EXCEL_EPOCH = dt.date(1899, 12, 30)
_DATE_DE = re.compile(r"^(\d{1,2})\.(\d{1,2})\.(\d{2}|\d{4})$")
_DATE_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T].*)?$")
_DATE_SLASH = re.compile(r"^(\d{1,2})/(\d{1,2})/(\d{4})$")
_YEAR = re.compile(r"^(19|20)\d{2}$")
_TOPICS = re.compile(r"[,;/\n]")
#: Serial numbers from 1950 to 2100: anything else in a date column is not a date.
_SERIAL_RANGE = (18264, 73415)
_BIRTH_YEAR = QT_TRANSLATE_NOOP("Import", "year of birth")
_BIRTH_DATE = QT_TRANSLATE_NOOP("Import", "date of birth")
_ENTRY_DATE = QT_TRANSLATE_NOOP("Import", "date of entry")
_ENTRY_YEAR = QT_TRANSLATE_NOOP("Import", "year of entry")


@dataclass
class StaffFile:
    """A file read and its columns suggested; ``mapping`` is one field (or "") per column."""

    path: Path
    table: Table
    mapping: list[str]


def open_staff_file(path: Path, service: StaffImportService, sheet: str | None = None) -> StaffFile:
    """Read the file and suggest a field for each column (remembered choices first)."""
    table = read_table(path, sheet)
    return StaffFile(path, table, suggest(table.headers, service.remembered_mapping()))


def check_mapping(mapping: Sequence[str]) -> None:
    problem = mapping_problem(mapping)
    if problem is not None:
        raise ValidationError(problem, field="mapping")


def records(table: Table, mapping: Sequence[str]) -> list[StaffRecord]:
    """Every data row of the table as a record for the import."""
    check_mapping(mapping)
    columns = [(i, f) for i, f in enumerate(mapping) if f]
    width = len(table.headers)
    out = []
    for line, row in zip(table.lines, table.rows, strict=True):
        problems: list[Problem] = []
        extra = [c for c in row[width:] if c is not None]
        if extra:
            problems.append(
                Problem(
                    QT_TRANSLATE_NOOP(
                        "Import",
                        "This row has more values ({n}) than the header has columns ({m}); a "
                        "separator inside a value? The row is not imported.",
                    ),
                    {"n": width + len(extra), "m": width},
                )
            )
        raw = {f: row[i] if i < len(row) else None for i, f in columns}
        values = _values(raw, problems)
        out.append(StaffRecord(line, values, problems))
    return out


def preview(
    staff: StaffFile,
    service: StaffImportService,
    update: bool = True,
    progress: Progress | None = None,
) -> ImportPlan:
    return service.plan(records(staff.table, staff.mapping), update, progress)


def run_import(
    staff: StaffFile,
    service: StaffImportService,
    update: bool = True,
    progress: Progress | None = None,
) -> ImportResult:
    """Import in one transaction and remember the column choices for the next time."""
    recs = records(staff.table, staff.mapping)
    remembered = remember(staff.table.headers, staff.mapping, service.remembered_mapping())
    return service.apply(recs, update, remembered, progress)


# -- cells to values ---------------------------------------------------------------------------


def _values(raw: dict[str, Cell], problems: list[Problem]) -> dict[str, Any]:
    v: dict[str, Any] = {}
    first, last = text_of(raw.get("first_name")), text_of(raw.get("last_name"))
    full = reorder_name(text_of(raw.get("name")))
    name = full or clean(f"{first} {last}")
    if name:
        v["name"] = name
    for f in ("personnel_number", "department", "job_title", "location", "email", "phone"):
        t = text_of(raw.get(f))
        if t:
            v[f] = t
    manager = text_of(raw.get("manager"))
    if manager:
        v["manager"] = manager
    langs = text_of(raw.get("languages"))
    if langs:
        v["languages"] = langs
    for f in ("offers", "seeks"):
        topics = tuple(t for t in (clean(x) for x in _TOPICS.split(text_of(raw.get(f)))) if t)
        if topics:
            v[f] = topics
    year = _year(raw.get("birth_year"), problems, _BIRTH_YEAR)
    if year is None and raw.get("birth_date") is not None:
        born = _date(raw.get("birth_date"))
        if isinstance(born, dt.date):
            year = born.year
        elif isinstance(born, int):
            year = born
        else:
            _unreadable(problems, raw.get("birth_date"), _BIRTH_DATE)
    if year is not None:
        v["birth_year"] = year
    entry_year = _year(raw.get("entry_year"), problems, _ENTRY_YEAR)
    if entry_year is not None:
        v["entry_year"] = entry_year
    entry_cell = raw.get("entry_date")
    if entry_cell is not None:
        entry = _date(entry_cell)
        if isinstance(entry, dt.date):
            v["entry_date"] = entry
        elif isinstance(entry, int):
            v.setdefault("entry_year", entry)  # only a year: a generation hint, no date
        else:
            _unreadable(problems, entry_cell, _ENTRY_DATE)
    return v


def text_of(cell: Cell) -> str:
    """A cell as text: a number cell as its digits (1980, not 1980.0), a date as dd.mm.yyyy."""
    if cell is None:
        return ""
    if isinstance(cell, float):
        return clean(repr(cell))
    if isinstance(cell, dt.datetime | dt.date):
        return cell.strftime("%d.%m.%Y")
    return clean(str(cell))


def _year(cell: Cell, problems: list[Problem], what: str) -> int | None:
    if cell is None:
        return None
    if isinstance(cell, dt.date):
        return cell.year
    if isinstance(cell, int):
        return cell
    text = text_of(cell)
    if _YEAR.match(text):
        return int(text)
    when = _date(cell)
    if isinstance(when, dt.date):
        return when.year
    _unreadable(problems, cell, what)
    return None


def _unreadable(problems: list[Problem], cell: Cell, what: str) -> None:
    problems.append(
        Problem(
            QT_TRANSLATE_NOOP("Import", '"{value}" is not a date or year; the {what} is left out.'),
            {"value": text_of(cell), "what": translate("Import", what)},
            error=False,
        )
    )


def _date(cell: Cell) -> dt.date | int | None:
    """A date, or a bare year as int, or None when the cell is no date."""
    if isinstance(cell, dt.datetime):
        return cell.date()
    if isinstance(cell, dt.date):
        return cell
    if isinstance(cell, int | float):
        if _SERIAL_RANGE[0] <= cell <= _SERIAL_RANGE[1]:
            return _EXCEL_EPOCH + dt.timedelta(days=int(cell))
        if isinstance(cell, int) and 1900 <= cell <= 2100:
            return cell
        return None
    text = text_of(cell)
    try:
        if m := _DATE_DE.match(text):
            d, mo, y = (int(x) for x in m.groups())
            if y < 100:  # "31.12.85": a two-digit year is the nearest past one
                y += 2000 if y <= dt.date.today().year % 100 else 1900
            return dt.date(y, mo, d)
        if m := _DATE_ISO.match(text):
            y, mo, d = (int(x) for x in m.groups())
            return dt.date(y, mo, d)
        if m := _DATE_SLASH.match(text):  # 31/12/2026 (British), never the US order
            d, mo, y = (int(x) for x in m.groups())
            return dt.date(y, mo, d)
    except ValueError:
        return None
    if _YEAR.match(text):
        return int(text)
    return None
