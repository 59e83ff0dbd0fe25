"""Exports for Excel: people, programs, participations, partnerships with phases, goals and
learning packages, and meetings.

XLSX: one sheet each, typed cells (numbers, dates as dates, true/false), headers in the UI
language, a frozen header row with an autofilter, columns sized to their content.
CSV for German Excel: one file per sheet, ``;``-separated, UTF-8 with BOM, dates as
31.12.2026.

Confidential fields (gap notes, learning journal, check-in comments, the reason a partnership
ended) are never read here. Text that Excel would take for a formula (``=``, ``+``, ``-``,
``@`` first) stays text: a string cell in XLSX, a leading apostrophe in CSV.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from lernpartner_desktop.base.atomic import atomic_path, write_bytes_atomic
from lernpartner_desktop.base.i18n import QT_TRANSLATE_NOOP, translate
from lernpartner_desktop.core.formats import FORMATS, role_label, tension_label
from lernpartner_desktop.core.records import (
    GOAL_STATUS,
    MEETING_KINDS,
    MEETING_MODES,
    MEETING_STATUS,
    PACKAGE_STATUS,
    former_participant,
    label,
    phase_label,
)
from lernpartner_desktop.storage.database import Database
from lernpartner_desktop.storage.models import (
    AdItem,
    Goal,
    LearningPackage,
    Meeting,
    Participation,
    Partnership,
    PartnershipMember,
    Person,
    PhaseChange,
    Program,
    Topic,
)

CTX = "Export"
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class Column:
    header: str  # untranslated (QT_TRANSLATE_NOOP "Export")
    kind: str = "text"  # text | int | date | datetime | bool


@dataclass
class Sheet:
    title: str  # untranslated; also the CSV file's name
    columns: tuple[Column, ...]
    rows: list[tuple[Any, ...]]

    def name(self) -> str:
        return translate(CTX, self.title)

    def headers(self) -> list[str]:
        return [translate(CTX, c.header) for c in self.columns]


def _c(header: str, kind: str = "text") -> Column:
    return Column(header, kind)


# Headers of the people sheet are ones the staff-list import knows: an export can go back in.
PEOPLE = (
    _c(QT_TRANSLATE_NOOP("Export", "Personnel number")),
    _c(QT_TRANSLATE_NOOP("Export", "Name")),
    _c(QT_TRANSLATE_NOOP("Export", "Department")),
    _c(QT_TRANSLATE_NOOP("Export", "Job title")),
    _c(QT_TRANSLATE_NOOP("Export", "Location")),
    _c(QT_TRANSLATE_NOOP("Export", "Manager")),
    _c(QT_TRANSLATE_NOOP("Export", "E-mail")),
    _c(QT_TRANSLATE_NOOP("Export", "Phone")),
    _c(QT_TRANSLATE_NOOP("Export", "Year of birth"), "int"),
    _c(QT_TRANSLATE_NOOP("Export", "Date of entry"), "date"),
    _c(QT_TRANSLATE_NOOP("Export", "Year of entry"), "int"),
    _c(QT_TRANSLATE_NOOP("Export", "Languages")),
    _c(QT_TRANSLATE_NOOP("Export", "I offer")),
    _c(QT_TRANSLATE_NOOP("Export", "I seek")),
    _c(QT_TRANSLATE_NOOP("Export", "Active"), "bool"),
    _c(QT_TRANSLATE_NOOP("Export", "Consent"), "bool"),
    _c(QT_TRANSLATE_NOOP("Export", "Consent given on"), "date"),
    _c(QT_TRANSLATE_NOOP("Export", "ID"), "int"),
)
PROGRAMS = (
    _c(QT_TRANSLATE_NOOP("Export", "ID"), "int"),
    _c(QT_TRANSLATE_NOOP("Export", "Program")),
    _c(QT_TRANSLATE_NOOP("Export", "Format")),
    _c(QT_TRANSLATE_NOOP("Export", "Start"), "date"),
    _c(QT_TRANSLATE_NOOP("Export", "End"), "date"),
    _c(QT_TRANSLATE_NOOP("Export", "Meetings every (weeks)"), "int"),
    _c(QT_TRANSLATE_NOOP("Export", "Largest group"), "int"),
    _c(QT_TRANSLATE_NOOP("Export", "Participation")),
    _c(QT_TRANSLATE_NOOP("Export", "Content")),
    _c(QT_TRANSLATE_NOOP("Export", "Steering")),
    _c(QT_TRANSLATE_NOOP("Export", "Hierarchy")),
    _c(QT_TRANSLATE_NOOP("Export", "Learning facilitator")),
    _c(QT_TRANSLATE_NOOP("Export", "Description")),
)
PARTICIPATIONS = (
    _c(QT_TRANSLATE_NOOP("Export", "Program")),
    _c(QT_TRANSLATE_NOOP("Export", "Name")),
    _c(QT_TRANSLATE_NOOP("Export", "Personnel number")),
    _c(QT_TRANSLATE_NOOP("Export", "Role")),
    _c(QT_TRANSLATE_NOOP("Export", "Capacity"), "int"),
    _c(QT_TRANSLATE_NOOP("Export", "Enrolled on"), "date"),
    _c(QT_TRANSLATE_NOOP("Export", "Program ID"), "int"),
    _c(QT_TRANSLATE_NOOP("Export", "Person ID"), "int"),
)
PARTNERSHIPS = (
    _c(QT_TRANSLATE_NOOP("Export", "ID"), "int"),
    _c(QT_TRANSLATE_NOOP("Export", "Program")),
    _c(QT_TRANSLATE_NOOP("Export", "Members")),
    _c(QT_TRANSLATE_NOOP("Export", "Phase")),
    _c(QT_TRANSLATE_NOOP("Export", "Started on"), "date"),
    _c(QT_TRANSLATE_NOOP("Export", "Ended on"), "date"),
    _c(QT_TRANSLATE_NOOP("Export", "Goals"), "int"),
    _c(QT_TRANSLATE_NOOP("Export", "Meetings held"), "int"),
)
PHASES = (
    _c(QT_TRANSLATE_NOOP("Export", "Partnership ID"), "int"),
    _c(QT_TRANSLATE_NOOP("Export", "Members")),
    _c(QT_TRANSLATE_NOOP("Export", "From phase")),
    _c(QT_TRANSLATE_NOOP("Export", "To phase")),
    _c(QT_TRANSLATE_NOOP("Export", "Changed on"), "date"),
)
GOALS = (
    _c(QT_TRANSLATE_NOOP("Export", "Partnership ID"), "int"),
    _c(QT_TRANSLATE_NOOP("Export", "Members")),
    _c(QT_TRANSLATE_NOOP("Export", "Learning goal")),
    _c(QT_TRANSLATE_NOOP("Export", "Success criteria")),
    _c(QT_TRANSLATE_NOOP("Export", "Status")),
    _c(QT_TRANSLATE_NOOP("Export", "Whose goal")),
    _c(QT_TRANSLATE_NOOP("Export", "Goal ID"), "int"),
)
PACKAGES = (
    _c(QT_TRANSLATE_NOOP("Export", "Goal ID"), "int"),
    _c(QT_TRANSLATE_NOOP("Export", "Learning goal")),
    _c(QT_TRANSLATE_NOOP("Export", "Learning package")),
    _c(QT_TRANSLATE_NOOP("Export", "Due on"), "date"),
    _c(QT_TRANSLATE_NOOP("Export", "Status")),
)
MEETINGS = (
    _c(QT_TRANSLATE_NOOP("Export", "ID"), "int"),
    _c(QT_TRANSLATE_NOOP("Export", "Program")),
    _c(QT_TRANSLATE_NOOP("Export", "Partnership ID"), "int"),
    _c(QT_TRANSLATE_NOOP("Export", "Members")),
    _c(QT_TRANSLATE_NOOP("Export", "Starts"), "datetime"),
    _c(QT_TRANSLATE_NOOP("Export", "Minutes"), "int"),
    _c(QT_TRANSLATE_NOOP("Export", "Kind")),
    _c(QT_TRANSLATE_NOOP("Export", "Mode")),
    _c(QT_TRANSLATE_NOOP("Export", "Place")),
    _c(QT_TRANSLATE_NOOP("Export", "Status")),
)


def collect(db: Database) -> list[Sheet]:
    """Every sheet of the export, read in one read transaction (a consistent picture)."""
    with db.read() as s:
        people, names = _people(s)
        programs = {p.id: p for p in s.scalars(select(Program))}
        members = _members(s, names)
        return [
            Sheet(QT_TRANSLATE_NOOP("Export", "People"), PEOPLE, people),
            Sheet(QT_TRANSLATE_NOOP("Export", "Programs"), PROGRAMS, _programs(programs, names)),
            Sheet(
                QT_TRANSLATE_NOOP("Export", "Participations"),
                PARTICIPATIONS,
                _participations(s, programs, names),
            ),
            Sheet(
                QT_TRANSLATE_NOOP("Export", "Partnerships"),
                PARTNERSHIPS,
                _partnerships(s, programs, members),
            ),
            Sheet(QT_TRANSLATE_NOOP("Export", "Phases"), PHASES, _phases(s, members)),
            *_goals(s, members, names),
            Sheet(
                QT_TRANSLATE_NOOP("Export", "Meetings"), MEETINGS, _meetings(s, programs, members)
            ),
        ]


def _columns(model: type[Any]) -> Any:
    """Every column of a model's table as plain rows (attribute access by column name):
    building ORM objects for tens of thousands of rows costs more than writing them."""
    return select(*model.__table__.columns)


def _people(s: Session) -> tuple[list[tuple[Any, ...]], dict[int, str]]:
    manager = aliased(Person)
    ads: dict[int, tuple[list[str], list[str]]] = {}
    for pid, kind, topic in s.execute(
        select(AdItem.person_id, AdItem.kind, Topic.name).join(Topic).order_by(Topic.name)
    ):
        ads.setdefault(pid, ([], []))[0 if kind == "offer" else 1].append(topic)
    rows = []
    names: dict[int, str] = {}
    for p in s.execute(
        _columns(Person)
        .add_columns(manager.name.label("boss"))
        .outerjoin(manager, Person.manager_id == manager.id)
        .order_by(Person.name)
    ):
        boss = p.boss
        names[p.id] = p.name
        offers, seeks = ads.get(p.id, ([], []))
        birth = p.generation_year if p.generation_basis == "birth_year" else None
        entry_year = p.generation_year if p.generation_basis == "entry_year" else None
        rows.append(
            (
                p.personnel_number or "",
                p.name,
                p.department,
                p.job_title,
                p.location,
                boss or "",
                p.email,
                p.phone,
                birth,
                p.entry_date,
                entry_year,
                p.languages,
                ", ".join(offers),
                ", ".join(seeks),
                p.active,
                p.consent,
                p.consent_date,
                p.id,
            )
        )
    return rows, names


def _programs(programs: dict[int, Program], names: dict[int, str]) -> list[tuple[Any, ...]]:
    return [
        (
            p.id,
            p.name,
            FORMATS[p.format].display_name() if p.format in FORMATS else p.format,
            p.start_date,
            p.end_date,
            p.cadence_weeks,
            p.max_group_size,
            tension_label("participation", p.participation),
            tension_label("content", p.content),
            tension_label("steering", p.steering),
            tension_label("hierarchy", p.hierarchy),
            names.get(p.facilitator_id or 0, ""),
            p.description,
        )
        for p in sorted(programs.values(), key=lambda p: (p.start_date, p.name))
    ]


def _participations(
    s: Session, programs: dict[int, Program], names: dict[int, str]
) -> list[tuple[Any, ...]]:
    numbers = {i: n for i, n in s.execute(select(Person.id, Person.personnel_number))}
    rows = [
        (
            programs[pa.program_id].name,
            names.get(pa.person_id, ""),
            numbers.get(pa.person_id) or "",
            role_label(pa.role),
            pa.capacity,
            pa.created_at.date(),
            pa.program_id,
            pa.person_id,
        )
        for pa in s.execute(_columns(Participation))
    ]
    rows.sort(key=lambda r: (r[0], r[1]))
    return rows


def _members(s: Session, names: dict[int, str]) -> dict[int, str]:
    """Partnership id -> "Mia Mentor & Max Mentee" (an erased member as former participant)."""
    out: dict[int, list[tuple[bool, str]]] = {}
    for pid, person_id, role in s.execute(
        select(
            PartnershipMember.partnership_id, PartnershipMember.person_id, PartnershipMember.role
        )
    ):
        name = names.get(person_id, "") if person_id is not None else former_participant()
        out.setdefault(pid, []).append((role not in ("mentor", "buddy"), name))
    return {pid: " & ".join(n for _k, n in sorted(v)) for pid, v in out.items()}


def _partnerships(
    s: Session, programs: dict[int, Program], members: dict[int, str]
) -> list[tuple[Any, ...]]:
    goals: dict[int, int] = {}
    for (pid,) in s.execute(select(Goal.partnership_id)):
        goals[pid] = goals.get(pid, 0) + 1
    held: dict[int, int] = {}
    for (mp,) in s.execute(
        select(Meeting.partnership_id).where(
            Meeting.partnership_id.is_not(None), Meeting.status == "held"
        )
    ):
        if mp is not None:
            held[mp] = held.get(mp, 0) + 1
    return [
        (
            p.id,
            programs[p.program_id].name,
            members.get(p.id, ""),
            phase_label(p.phase),
            p.created_on,
            p.ended_on,
            goals.get(p.id, 0),
            held.get(p.id, 0),
        )
        for p in s.execute(_columns(Partnership).order_by(Partnership.id))
    ]


def _phases(s: Session, members: dict[int, str]) -> list[tuple[Any, ...]]:
    return [
        (
            h.partnership_id,
            members.get(h.partnership_id, ""),
            phase_label(h.from_phase) if h.from_phase else "",
            phase_label(h.to_phase),
            h.changed_on,
        )
        for h in s.execute(
            _columns(PhaseChange).order_by(PhaseChange.partnership_id, PhaseChange.id)
        )
    ]


def _goals(s: Session, members: dict[int, str], names: dict[int, str]) -> list[Sheet]:
    goals = list(s.execute(_columns(Goal).order_by(Goal.partnership_id, Goal.id)))
    titles = {g.id: g.title for g in goals}
    goal_rows = [
        (
            g.partnership_id,
            members.get(g.partnership_id, ""),
            g.title,
            g.success_criteria,
            label(GOAL_STATUS, g.status, "Phases"),
            names.get(g.person_id, "") if g.person_id is not None else "",
            g.id,
        )
        for g in goals
    ]
    packages = [
        (
            k.goal_id,
            titles.get(k.goal_id, ""),
            k.title,
            k.due_on,
            label(PACKAGE_STATUS, k.status, "Phases"),
        )
        for k in s.execute(
            _columns(LearningPackage).order_by(LearningPackage.goal_id, LearningPackage.id)
        )
    ]
    return [
        Sheet(QT_TRANSLATE_NOOP("Export", "Learning goals"), GOALS, goal_rows),
        Sheet(QT_TRANSLATE_NOOP("Export", "Learning packages"), PACKAGES, packages),
    ]


def _meetings(
    s: Session, programs: dict[int, Program], members: dict[int, str]
) -> list[tuple[Any, ...]]:
    rows = []
    for mid, prog, pid, start, minutes, kind, mode, place, status in s.execute(
        select(
            Meeting.id,
            Meeting.program_id,
            Meeting.partnership_id,
            Meeting.starts_at,
            Meeting.duration_minutes,
            Meeting.kind,
            Meeting.mode,
            Meeting.place,
            Meeting.status,
        ).order_by(Meeting.starts_at, Meeting.id)
    ):
        rows.append(
            (
                mid,
                programs[prog].name,
                pid,
                members.get(pid, "") if pid is not None else "",
                start,
                minutes,
                label(MEETING_KINDS, kind),
                label(MEETING_MODES, mode),
                place,
                label(MEETING_STATUS, status),
            )
        )
    return rows


# -- writing -----------------------------------------------------------------------------------


def guard_formula(text: str) -> str:
    """Text Excel would run as a formula gets a leading apostrophe (CSV only)."""
    return "'" + text if text.startswith(FORMULA_START) else text


def _sheet_name(title: str, used: set[str]) -> str:
    name = "".join("_" if c in "[]:*?/\\" else c for c in title)[:31] or "Sheet"
    base, n = name, 2
    while name.casefold() in used:
        name = f"{base[:28]} {n}"
        n += 1
    used.add(name.casefold())
    return name


def write_xlsx(sheets: Sequence[Sheet], target: Path, progress: Progress | None = None) -> None:
    """One workbook, written to a temporary file beside ``target`` and renamed when complete."""
    import xlsxwriter

    total = sum(len(sh.rows) for sh in sheets) or 1
    done = 0
    with atomic_path(Path(target)) as tmp:
        book = xlsxwriter.Workbook(
            str(tmp),
            {"strings_to_formulas": False, "strings_to_urls": False, "strings_to_numbers": False},
        )
        bold = book.add_format({"bold": True, "bg_color": "#E8EEF4", "bottom": 1})
        formats = {
            "date": book.add_format({"num_format": "dd.mm.yyyy"}),
            "datetime": book.add_format({"num_format": "dd.mm.yyyy hh:mm"}),
        }
        used: set[str] = set()
        for sheet in sheets:
            ws = book.add_worksheet(_sheet_name(sheet.name(), used))
            headers = sheet.headers()
            for col, text in enumerate(headers):
                ws.write_string(0, col, text, bold)
            widths = [max(8, len(h) + 3) for h in headers]
            writers = [_xlsx_writer(ws, c.kind, formats) for c in sheet.columns]
            for r, row in enumerate(sheet.rows, start=1):
                for col, value in enumerate(row):
                    if value is not None and value != "":
                        writers[col](r, col, value)
                if r <= 200:  # column widths from a sample: enough to size them well
                    for col, value in enumerate(row):
                        widths[col] = max(widths[col], min(60, _shown_width(value)))
                done += 1
                if progress is not None and done % 2000 == 0:
                    progress(done, total)
            for col, width in enumerate(widths):
                ws.set_column(col, col, width)
            ws.freeze_panes(1, 0)
            ws.autofilter(0, 0, max(1, len(sheet.rows)), len(headers) - 1)
        book.close()
    if progress is not None:
        progress(total, total)


def _xlsx_writer(ws: Any, kind: str, formats: dict[str, Any]) -> Callable[[int, int, Any], None]:
    if kind == "int":
        return ws.write_number  # type: ignore[no-any-return]
    if kind == "bool":
        return ws.write_boolean  # type: ignore[no-any-return]
    if kind in ("date", "datetime"):
        fmt = formats[kind]
        return lambda r, c, v: ws.write_datetime(r, c, v, fmt)
    return lambda r, c, v: _write_text(ws, r, c, v)


def _write_text(ws: Any, row: int, col: int, text: str) -> None:
    if text.startswith("<r>") and text.endswith("</r>"):
        # XlsxWriter copies a string shaped like its own rich-text XML into the file
        # unescaped (the cell comes back empty or changed); as plain runs it is escaped.
        ws.write_rich_string(row, col, text[:1], text[1:2], text[2:])
    else:
        ws.write_string(row, col, text)


def _shown_width(value: Any) -> int:
    if isinstance(value, dt.datetime):
        return 17
    if isinstance(value, dt.date):
        return 11
    return len(str(value)) + 2 if value is not None else 0


def csv_value(value: Any, kind: str) -> str:
    if value is None:
        return ""
    if kind == "datetime":
        return f"{value:%d.%m.%Y %H:%M}"
    if kind == "date":
        return f"{value:%d.%m.%Y}"
    if kind == "bool":
        return translate(CTX, YES) if value else translate(CTX, NO)
    if kind == "int":
        return str(value)
    return guard_formula(str(value))


YES = QT_TRANSLATE_NOOP("Export", "yes")
NO = QT_TRANSLATE_NOOP("Export", "no")


def csv_bytes(sheet: Sheet) -> bytes:
    out = io.StringIO(newline="")
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    writer.writerow([guard_formula(h) for h in sheet.headers()])
    kinds = [c.kind for c in sheet.columns]
    for row in sheet.rows:
        writer.writerow([csv_value(v, k) for v, k in zip(row, kinds, strict=True)])
    return b"\xef\xbb\xbf" + out.getvalue().encode("utf-8")


def write_csv(sheets: Sequence[Sheet], folder: Path) -> list[Path]:
    """One CSV file per sheet in ``folder`` (created when missing), each written atomically."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    used: set[str] = set()
    for sheet in sheets:
        target = folder / f"{_sheet_name(sheet.name(), used)}.csv"
        write_bytes_atomic(target, csv_bytes(sheet))
        written.append(target)
    return written
