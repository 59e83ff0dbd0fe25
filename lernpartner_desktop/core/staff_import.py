"""Importing a staff list: the domain side (the file side is exchange/people_import.py).

Rows arrive as :class:`StaffRecord` (values already converted from cells). :meth:`plan`
matches each row to an existing person (personnel number, then e-mail, then name), checks it
by the same rules as the person dialog, resolves managers once all rows are known (by
personnel number or name; a loop is reported, not imported) and says per row: new, changed,
unchanged, skipped or an error, each problem on its row. :meth:`apply` plans again inside one
write transaction and writes all of it or nothing, so importing the same file twice changes
nothing the second time.

Empty cells never clear what is stored; offers and seeks are added to the partner ad, never
removed.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from types import SimpleNamespace
from typing import Any

from sqlalchemy import insert, select, update
from sqlalchemy.orm import Session

from lernpartner_desktop.base.i18n import QT_TRANSLATE_NOOP, translate
from lernpartner_desktop.base.text import clean, clean_list, name_key
from lernpartner_desktop.core.settings import read_setting, write_setting
from lernpartner_desktop.storage.models import AdItem, Person, Topic, utcnow
from lernpartner_desktop.storage.service import Service

MAPPING_SETTING = "import.people.columns"
#: Levels given to topics that arrive from a file (the owner can refine them in the ad).
OFFER_LEVEL, SEEK_LEVEL = 3, 1
LIMITS = {
    "name": 200,
    "personnel_number": 50,
    "department": 100,
    "job_title": 100,
    "location": 100,
    "email": 200,
    "phone": 50,
    "languages": 200,
}
#: The person's own fields a row can change, in the order the preview names them.
PERSON_FIELDS = (
    "name",
    "personnel_number",
    "department",
    "job_title",
    "location",
    "email",
    "phone",
    "languages",
    "generation",
    "entry_date",
    "manager",
    "offers",
    "seeks",
)
#: How the preview names a changed field.
FIELD_LABELS: dict[str, str] = {
    "name": QT_TRANSLATE_NOOP("Import", "name"),
    "personnel_number": QT_TRANSLATE_NOOP("Import", "personnel number"),
    "department": QT_TRANSLATE_NOOP("Import", "department"),
    "job_title": QT_TRANSLATE_NOOP("Import", "job title"),
    "location": QT_TRANSLATE_NOOP("Import", "location"),
    "email": QT_TRANSLATE_NOOP("Import", "e-mail"),
    "phone": QT_TRANSLATE_NOOP("Import", "phone"),
    "languages": QT_TRANSLATE_NOOP("Import", "languages"),
    "generation": QT_TRANSLATE_NOOP("Import", "year of birth or entry"),
    "entry_date": QT_TRANSLATE_NOOP("Import", "date of entry"),
    "manager": QT_TRANSLATE_NOOP("Import", "manager"),
    "offers": QT_TRANSLATE_NOOP("Import", "offers"),
    "seeks": QT_TRANSLATE_NOOP("Import", "seeks"),
}
Progress = Callable[[int, int], None]


def field_label(f: str) -> str:
    return translate("Import", FIELD_LABELS.get(f, f))


@dataclass(frozen=True)
class Problem:
    """One problem on one row. ``error``: the row is not imported; else the value is left out."""

    text: str
    params: dict[str, Any] = field(default_factory=dict)
    error: bool = True

    def message(self) -> str:
        return translate("Import", self.text).format(**self.params)


@dataclass
class StaffRecord:
    """One row of the file, converted: only fields with a value are in ``values``.

    ``values`` may hold: name, personnel_number, department, job_title, location, manager
    (the text that names the manager), email, phone, languages (str); birth_year (int);
    entry_date (date); entry_year (int); offers, seeks (tuple of str).
    """

    line: int
    values: dict[str, Any]
    problems: list[Problem] = field(default_factory=list)


@dataclass
class RowPlan:
    line: int
    name: str
    status: str  # "new" | "changed" | "unchanged" | "skipped" | "error"
    person_id: int | None = None
    changes: tuple[str, ...] = ()
    problems: list[Problem] = field(default_factory=list)
    values: dict[str, Any] = field(default_factory=dict)
    manager_ref: int | str | None = None  # a person id, or "line:N" for a new row

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.error]


@dataclass
class ImportPlan:
    rows: list[RowPlan]
    update: bool

    def count(self, status: str) -> int:
        return sum(1 for r in self.rows if r.status == status)

    @property
    def problem_rows(self) -> int:
        return sum(1 for r in self.rows if r.problems)

    @property
    def writes(self) -> int:
        return sum(1 for r in self.rows if r.status in ("new", "changed"))


@dataclass(frozen=True)
class ImportResult:
    added: int
    updated: int
    unchanged: int
    not_imported: int


def _p(text: str, *, error: bool = True, **params: Any) -> Problem:
    return Problem(text, params, error)


def number_key(number: str) -> str:
    """Excel drops leading zeros of numbers: "00123" and "123" are the same personnel number."""
    n = clean(number).casefold()
    return n.lstrip("0") or n if n.isdigit() else n


def reorder_name(text: str) -> str:
    """ "Müller, Jörg" (as payroll lists write it) is "Jörg Müller"."""
    text = clean(text)
    if text.count(",") == 1:
        last, first = (clean(x) for x in text.split(","))
        if last and first:
            return f"{first} {last}"
    return text


@dataclass
class _Known:
    """The people in the database, indexed the ways a row can be matched."""

    people: dict[int, Person]
    by_number: dict[str, int]
    by_email: dict[str, int]
    by_name: dict[str, int]
    ads: dict[int, set[tuple[str, str]]]

    @classmethod
    def load(cls, s: Session) -> _Known:
        people = {p.id: p for p in s.scalars(select(Person))}
        ads: dict[int, set[tuple[str, str]]] = {}
        for pid, kind, key in s.execute(
            select(AdItem.person_id, AdItem.kind, Topic.name_key).join(Topic)
        ):
            ads.setdefault(pid, set()).add((kind, key))
        return cls(
            people,
            {number_key(p.personnel_number): i for i, p in people.items() if p.personnel_number},
            {p.email.casefold(): i for i, p in people.items() if p.email},
            {p.name_key: i for i, p in people.items()},
            ads,
        )


class StaffImportService(Service):
    # -- the remembered column choices -------------------------------------------------------
    def remembered_mapping(self) -> dict[str, str]:
        with self.db.read() as s:
            value = read_setting(s, MAPPING_SETTING)
        try:
            data = json.loads(value) if value else {}
        except ValueError:
            return {}
        return {str(k): str(v) for k, v in data.items()} if isinstance(data, dict) else {}

    # -- planning ------------------------------------------------------------------------------
    def plan(
        self, records: list[StaffRecord], update: bool = True, progress: Progress | None = None
    ) -> ImportPlan:
        with self.db.read() as s:
            return _plan(_Known.load(s), records, update, progress)

    def apply(
        self,
        records: list[StaffRecord],
        update: bool = True,
        remember: dict[str, str] | None = None,
        progress: Progress | None = None,
        today: dt.date | None = None,
    ) -> ImportResult:
        """Plan again inside the write transaction and write every row, or none."""
        with self.db.write() as s:
            known = _Known.load(s)
            plan = _plan(known, records, update, None)
            _write(s, known, plan, progress)
            if remember is not None and plan.writes:  # a refused file teaches nothing
                write_setting(s, MAPPING_SETTING, json.dumps(remember, ensure_ascii=False))
        result = ImportResult(
            plan.count("new"),
            plan.count("changed"),
            plan.count("unchanged") + plan.count("skipped"),
            plan.count("error"),
        )
        if result.added or result.updated:
            self.changes.announce("people")
        return result


# -- the plan ----------------------------------------------------------------------------------


def _plan(
    known: _Known, records: list[StaffRecord], update: bool, progress: Progress | None
) -> ImportPlan:
    rows: list[RowPlan] = []
    seen_number: dict[str, int] = {}
    seen_email: dict[str, int] = {}
    seen_name: dict[str, int] = {}
    seen_person: dict[int, int] = {}
    this_year = dt.date.today().year
    for i, rec in enumerate(records):
        if progress is not None and i % 500 == 0:
            progress(i, len(records))
        values = dict(rec.values)
        problems = list(rec.problems)
        row = RowPlan(rec.line, clean(values.get("name", "")), "new", problems=problems)
        rows.append(row)
        _check_values(values, problems, this_year)
        if not row.name:
            problems.append(_p(QT_TRANSLATE_NOOP("Import", "No name: this row is not imported.")))
        number = number_key(values.get("personnel_number", ""))
        email = str(values.get("email", "")).casefold()
        key = name_key(row.name)
        # Twice in the same file: the first one counts.
        for seen, k in ((seen_number, number), (seen_email, email), (seen_name, key)):
            if k and k in seen:
                problems.append(
                    _p(
                        QT_TRANSLATE_NOOP(
                            "Import", "The same person as in line {line}: this row is skipped."
                        ),
                        line=seen[k],
                    )
                )
                break
        if any(p.error for p in problems):
            row.status = "error"
            continue
        for seen, k in ((seen_number, number), (seen_email, email), (seen_name, key)):
            if k:
                seen[k] = rec.line
        pid = _match(known, number, email, key, problems)
        if any(p.error for p in problems):
            row.status = "error"
            continue
        if pid is not None:
            if pid in seen_person:
                problems.append(
                    _p(
                        QT_TRANSLATE_NOOP(
                            "Import", "The same person as in line {line}: this row is skipped."
                        ),
                        line=seen_person[pid],
                    )
                )
                row.status = "error"
                continue
            seen_person[pid] = rec.line
        row.person_id = pid
        row.values = values
    _resolve_managers(known, rows)
    for row in rows:
        if row.status == "error":
            continue
        if row.person_id is None:
            row.status = "new"
            row.changes = tuple(f for f in PERSON_FIELDS if _provided(row, f))
            continue
        row.changes = _changes(known, row)
        if not row.changes:
            row.status = "unchanged"
        else:
            row.status = "changed" if update else "skipped"
    if progress is not None:
        progress(len(records), len(records))
    return ImportPlan(rows, update)


def _check_values(values: dict[str, Any], problems: list[Problem], this_year: int) -> None:
    for f, limit in LIMITS.items():
        v = values.get(f)
        if isinstance(v, str) and len(v) > limit:
            problems.append(
                _p(
                    QT_TRANSLATE_NOOP("Import", "The {what} is longer than {max} characters."),
                    what=field_label(f),
                    max=limit,
                )
            )
    email = values.get("email")
    if email and ("@" not in email or " " in email or email.startswith("@") or email.endswith("@")):
        problems.append(
            _p(
                QT_TRANSLATE_NOOP(
                    "Import", '"{email}" is not an e-mail address: this row is not imported.'
                ),
                email=email,
            )
        )
    year = values.get("birth_year")
    if year is not None and not 1900 <= year <= this_year - 14:
        del values["birth_year"]
        problems.append(
            _p(
                QT_TRANSLATE_NOOP(
                    "Import",
                    "The year of birth {year} is not plausible ({low} to {high}); it is left out.",
                ),
                error=False,
                year=year,
                low=1900,
                high=this_year - 14,
            )
        )
    entry = values.get("entry_date")
    if entry is not None and not dt.date(1950, 1, 1) <= entry <= dt.date(this_year + 1, 12, 31):
        del values["entry_date"]
        problems.append(
            _p(
                QT_TRANSLATE_NOOP(
                    "Import", "The date of entry {date} is not plausible; it is left out."
                ),
                error=False,
                date=entry.strftime("%d.%m.%Y"),
            )
        )
    entry_year = values.get("entry_year")
    if entry_year is not None and not 1950 <= entry_year <= this_year + 1:
        del values["entry_year"]
        problems.append(
            _p(
                QT_TRANSLATE_NOOP(
                    "Import", "The year of entry {year} is not plausible; it is left out."
                ),
                error=False,
                year=entry_year,
            )
        )


def _match(known: _Known, number: str, email: str, key: str, problems: list[Problem]) -> int | None:
    """The existing person this row means: by personnel number, then e-mail, then name."""
    if number and number in known.by_number:
        pid = known.by_number[number]
        other = known.by_name.get(key)
        if key and other is not None and other != pid:
            problems.append(
                _p(
                    QT_TRANSLATE_NOOP(
                        "Import",
                        'The name "{name}" already belongs to another person (personnel number '
                        "{number}): this row is not imported.",
                    ),
                    name=known.people[other].name,
                    number=known.people[other].personnel_number or "–",
                )
            )
        return pid
    for index, what in ((known.by_email, email), (known.by_name, key)):
        found = index.get(what) if what else None
        if found is None:
            continue
        pid = found
        theirs = known.people[pid].personnel_number
        if number and theirs:
            problems.append(
                _p(
                    QT_TRANSLATE_NOOP(
                        "Import",
                        "{name} is already here with the personnel number {theirs}, the file "
                        "says {number}: this row is not imported.",
                    ),
                    name=known.people[pid].name,
                    theirs=theirs,
                    number=number,
                )
            )
            return None
        other = known.by_name.get(key)
        if key and other is not None and other != pid:
            problems.append(
                _p(
                    QT_TRANSLATE_NOOP(
                        "Import",
                        'The name "{name}" already belongs to another person: this row is not '
                        "imported.",
                    ),
                    name=known.people[other].name,
                )
            )
            return None
        return pid
    return None


def _provided(row: RowPlan, f: str) -> bool:
    v = row.values
    if f == "generation":
        return "birth_year" in v or "entry_year" in v or "entry_date" in v
    if f == "manager":
        return row.manager_ref is not None
    return f in v


def _generation(row: RowPlan, person: Person | None) -> tuple[str, int] | None:
    """The generation hint a row gives: a year of birth wins over a year of entry, and a
    year of entry never replaces a stored year of birth."""
    v = row.values
    if "birth_year" in v:
        return "birth_year", int(v["birth_year"])
    year = v.get("entry_year") or (v["entry_date"].year if "entry_date" in v else None)
    if year is None or (person is not None and person.generation_basis == "birth_year"):
        return None
    return "entry_year", int(year)


def _changes(known: _Known, row: RowPlan) -> tuple[str, ...]:
    assert row.person_id is not None
    p = known.people[row.person_id]
    v = row.values
    changed: list[str] = []
    for f in ("name", "department", "job_title", "location", "email", "phone"):
        if f in v and clean(str(v[f])) != getattr(p, f):
            changed.append(f)
    if "personnel_number" in v and number_key(v["personnel_number"]) != number_key(
        p.personnel_number or ""
    ):
        changed.append("personnel_number")
    if "languages" in v and ", ".join(clean_list(v["languages"])) != p.languages:
        changed.append("languages")
    gen = _generation(row, p)
    if gen is not None and gen != (p.generation_basis, p.generation_year):
        changed.append("generation")
    if "entry_date" in v and v["entry_date"] != p.entry_date:
        changed.append("entry_date")
    if row.manager_ref is not None and row.manager_ref != p.manager_id:
        changed.append("manager")
    have = known.ads.get(p.id, set())
    for f, kind in (("offers", "offer"), ("seeks", "seek")):
        if any((kind, name_key(t)[:100]) not in have for t in v.get(f, ())):
            changed.append(f)
    return tuple(x for x in PERSON_FIELDS if x in changed)


def _resolve_managers(known: _Known, rows: list[RowPlan]) -> None:
    """Managers once every row is known: by personnel number, else by name; loops refused."""
    live = [r for r in rows if r.status != "error"]
    file_number = {
        number_key(r.values["personnel_number"]): r
        for r in live
        if r.values.get("personnel_number")
    }
    file_name = {name_key(r.name): r for r in live}

    def ref_of(r: RowPlan) -> int | str:
        return r.person_id if r.person_id is not None else f"line:{r.line}"

    for r in live:
        text = clean(str(r.values.get("manager", "")))
        if not text:
            continue
        target: RowPlan | int | None = file_number.get(number_key(text))
        if target is None:
            target = known.by_number.get(number_key(text))
        if target is None:
            for k in (name_key(text), name_key(reorder_name(text))):
                target = file_name.get(k) or known.by_name.get(k)
                if target is not None:
                    break
        if target is None:
            r.problems.append(
                _p(
                    QT_TRANSLATE_NOOP(
                        "Import",
                        'Nobody is called "{manager}": imported without a manager.',
                    ),
                    error=False,
                    manager=text,
                )
            )
            continue
        ref = ref_of(target) if isinstance(target, RowPlan) else target
        if ref == ref_of(r):
            r.problems.append(
                _p(
                    QT_TRANSLATE_NOOP("Import", "A person cannot be their own manager: left out."),
                    error=False,
                )
            )
            continue
        r.manager_ref = ref
    # Who reports to whom afterwards: the file's links over the stored ones.
    manager: dict[int | str, int | str] = {
        pid: p.manager_id for pid, p in known.people.items() if p.manager_id is not None
    }
    by_ref = {ref_of(r): r for r in live}
    for ref, r in by_ref.items():
        if r.manager_ref is not None:
            manager[ref] = r.manager_ref
    names: dict[int | str, str] = {pid: p.name for pid, p in known.people.items()}
    names.update({ref: r.name for ref, r in by_ref.items()})
    for start, r in by_ref.items():
        if r.manager_ref is None:
            continue
        path = [start]
        current = manager.get(start)
        while current is not None and current not in path and len(path) < 10_000:
            path.append(current)
            current = manager.get(current)
        if current != start:
            continue
        text = " → ".join(str(names.get(x, "?")) for x in [*path, start])
        for ref in path:
            looped = by_ref.get(ref)
            if looped is not None and looped.manager_ref is not None:
                looped.manager_ref = None
                looped.problems.append(
                    _p(
                        QT_TRANSLATE_NOOP(
                            "Import",
                            "The managers form a loop ({path}): imported without a manager.",
                        ),
                        error=False,
                        path=text,
                    )
                )
                manager.pop(ref, None)


# -- writing -----------------------------------------------------------------------------------


def _write(s: Session, known: _Known, plan: ImportPlan, progress: Progress | None) -> None:
    """Write the plan. New people, their managers and ad lines go in as bulk statements: the
    ORM's unit of work sorts a self-referencing table row by row (25 s for 5,000 people)."""
    todo = [r for r in plan.rows if r.status in ("new", "changed")]
    new_rows = [r for r in todo if r.person_id is None]
    if progress is not None:
        progress(0, len(todo))
    ids: dict[str, int] = {}
    if new_rows:
        values = [_new_person(r) for r in new_rows]
        new_ids = s.scalars(
            insert(Person).returning(Person.id, sort_by_parameter_order=True), values
        ).all()
        ids = {f"line:{r.line}": pid for r, pid in zip(new_rows, new_ids, strict=True)}
    for row in todo:
        if row.person_id is not None:
            _fill(known.people[row.person_id], row)
    if progress is not None:
        progress(len(todo) // 2, len(todo))
    bosses = []
    for row in todo:
        ref = row.manager_ref
        if ref is None:
            continue
        boss = ids[ref] if isinstance(ref, str) else ref
        if row.person_id is not None:
            known.people[row.person_id].manager_id = boss
        else:
            bosses.append({"id": ids[f"line:{row.line}"], "manager_id": boss})
    s.flush()
    if bosses:
        s.execute(update(Person), bosses)
    topics = {k: i for k, i in s.execute(select(Topic.name_key, Topic.id))}
    lines: list[dict[str, Any]] = []
    for row in todo:
        pid = row.person_id if row.person_id is not None else ids[f"line:{row.line}"]
        have = known.ads.get(pid, set())
        for f, kind, level in (("offers", "offer", OFFER_LEVEL), ("seeks", "seek", SEEK_LEVEL)):
            for topic in row.values.get(f, ()):
                key = name_key(topic)[:100]
                if not key or (kind, key) in have:
                    continue
                have = have | {(kind, key)}
                if key not in topics:
                    topics[key] = s.scalars(
                        insert(Topic).returning(Topic.id),
                        [{"name": clean(topic)[:100], "name_key": key}],
                    ).one()
                lines.append(
                    {"person_id": pid, "topic_id": topics[key], "kind": kind, "level": level}
                )
    if lines:
        s.execute(insert(AdItem), lines)
    if progress is not None:
        progress(len(todo), len(todo))


def _new_person(row: RowPlan) -> dict[str, Any]:
    """The column values of a new person from a row (same rules as :func:`_fill`)."""
    person = SimpleNamespace(
        id=None,
        name="",
        name_key="",
        department="",
        job_title="",
        location="",
        email="",
        phone="",
        languages="",
        personnel_number=None,
        entry_date=None,
        generation_basis=None,
        generation_year=None,
    )
    _fill(person, row)
    values = dict(vars(person))
    del values["id"]
    now = utcnow()
    values.update(
        manager_id=None, active=True, consent=False, consent_date=None, ad_note="",
        created_at=now, updated_at=now,
    )  # fmt: skip
    return values


def _fill(person: Any, row: RowPlan) -> None:
    """Set what the row provides on a person (a stored one, or a new one's namespace)."""
    v = row.values
    if "name" in v:
        person.name = clean(v["name"])
        person.name_key = name_key(person.name)
    for f in ("department", "job_title", "location", "email", "phone"):
        if f in v:
            setattr(person, f, clean(str(v[f])))
    if "personnel_number" in v and number_key(v["personnel_number"]) != number_key(
        person.personnel_number or ""
    ):
        person.personnel_number = clean(v["personnel_number"])
    if "languages" in v:
        person.languages = ", ".join(clean_list(v["languages"]))
    gen = _generation(row, person if person.id is not None else None)
    if gen is not None:
        person.generation_basis, person.generation_year = gen
    if "entry_date" in v:
        person.entry_date = v["entry_date"]
