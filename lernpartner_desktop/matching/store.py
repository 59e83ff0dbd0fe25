"""The matching's view of the store: a program as a population, and the pin guard.

**Pins obey the rules.** A pin is the owner's wish to keep a pair together; a later change can
make the pair forbidden (the owner rejects it, one of them excludes the other, one becomes the
other's manager, they end a partnership, an ad changes...). :func:`install_pin_guard` hooks
the store so that *every* write, through whichever service, re-checks the pins of the people it
touched, in the same transaction: a pin that a rule now forbids is deleted and a note saying why
is kept for the program (shown with the next suggestions until the owner accepts some). The
solver checks every pin again on each run as a safety net (:func:`.rules.check_pins`).
"""

from __future__ import annotations

import json
from itertools import combinations
from typing import Any, cast

from sqlalchemy import Table, delete, inspect, select
from sqlalchemy.orm import Session

from lernpartner_desktop.base.i18n import QT_TRANSLATE_NOOP
from lernpartner_desktop.base.text import clean_list
from lernpartner_desktop.core.formats import FORMATS
from lernpartner_desktop.core.records import ACTIVE_PHASES
from lernpartner_desktop.matching.model import MENTOR_ROLES, Candidate, Population, Reason
from lernpartner_desktop.storage.database import Database
from lernpartner_desktop.storage.models import (
    AdItem,
    MatchRule,
    Participation,
    Partnership,
    PartnershipMember,
    Person,
    Program,
    Setting,
    Topic,
)


def notes_key(program_id: int) -> str:
    return f"match.pin_notes.{program_id}"


# -- a program as a population ----------------------------------------------------------------


def load_population(s: Session, program: Program) -> Population:
    program_id = program.id
    fmt = FORMATS[program.format]
    rows = s.execute(
        select(Person, Participation.role, Participation.capacity)
        .join(Participation, Participation.person_id == Person.id)
        .where(Participation.program_id == program_id, Person.active.is_(True))
        .order_by(Person.name)
    ).all()
    ids = [p.id for p, _r, _c in rows]
    ads: dict[int, tuple[dict[str, int], dict[str, int]]] = {i: ({}, {}) for i in ids}
    for person_id, kind, level, topic in s.execute(
        select(AdItem.person_id, AdItem.kind, AdItem.level, Topic.name)
        .join(Topic, Topic.id == AdItem.topic_id)
        .where(AdItem.person_id.in_(ids))
    ):
        ads[person_id][0 if kind == "offer" else 1][topic] = level
    running: dict[tuple[int, str], int] = {}
    for member_id, role in s.execute(
        select(PartnershipMember.person_id, PartnershipMember.role)
        .join(Partnership, Partnership.id == PartnershipMember.partnership_id)
        .where(Partnership.program_id == program_id, Partnership.phase.in_(ACTIVE_PHASES))
    ):
        if member_id is not None:  # None: a former (erased) participant
            running[(member_id, role)] = running.get((member_id, role), 0) + 1
    people: list[Candidate] = []
    for person, role, capacity in rows:
        if role in MENTOR_ROLES and fmt.roles != ("peer",):
            free = (1 if capacity is None else capacity) - running.get((person.id, role), 0)
        else:
            if running.get((person.id, role), 0):
                continue  # already in a running partnership of this program
            free = 1
        offers, seeks = ads[person.id]
        people.append(
            Candidate(
                id=person.id,
                name=person.name,
                role=role,
                department=person.department or "",
                location=person.location or "",
                manager_id=person.manager_id,
                year=person.generation_year,
                languages=frozenset(x[:1].upper() + x[1:] for x in clean_list(person.languages)),
                offers=offers,
                seeks=seeks,
                capacity=max(0, free),
            )
        )
    names = {p.id: p.name for p, _r, _c in rows}
    forbidden: dict[frozenset[int], Reason] = {}
    members_of: dict[int, list[int]] = {}
    for pid, member_id in s.execute(
        select(Partnership.id, PartnershipMember.person_id)
        .join(PartnershipMember, PartnershipMember.partnership_id == Partnership.id)
        .where(Partnership.program_id == program_id, Partnership.phase == "dissolved")
    ):
        if member_id is not None:  # None: a former (erased) participant
            members_of.setdefault(pid, []).append(member_id)
    for members in members_of.values():
        for a, b in combinations(members, 2):
            forbidden[frozenset((a, b))] = Reason(
                QT_TRANSLATE_NOOP(
                    "Matching", "{a} and {b} already ended a partnership in this program"
                ),
                {"a": names.get(a, "?"), "b": names.get(b, "?")},
            )
    preferences: dict[int, list[int]] = {}
    pinned: list[tuple[int, int]] = []
    for rule in s.scalars(
        select(MatchRule)
        .where(MatchRule.program_id == program_id)
        .order_by(MatchRule.rank, MatchRule.id)
    ):
        pair = frozenset((rule.person_id, rule.other_id))
        who: dict[str, object] = {
            "a": names.get(rule.person_id, "?"),
            "b": names.get(rule.other_id, "?"),
        }
        if rule.kind == "prefer":
            preferences.setdefault(rule.person_id, []).append(rule.other_id)
        elif rule.kind == "exclude":
            forbidden.setdefault(
                pair,
                Reason(QT_TRANSLATE_NOOP("Matching", "{a} asked never to be paired with {b}"), who),
            )
        elif rule.kind == "reject":
            forbidden.setdefault(
                pair, Reason(QT_TRANSLATE_NOOP("Matching", "you rejected {a} with {b}"), who)
            )
        else:
            pinned.append((rule.person_id, rule.other_id))
    return Population(
        format=program.format,
        max_group_size=program.max_group_size,
        people=people,
        forbidden=forbidden,
        preferences=preferences,
        pinned=pinned,
    )


# -- notes that outlive a run -----------------------------------------------------------------


def _to_json(reason: Reason) -> dict[str, Any]:
    return {
        "text": reason.text,
        "params": {
            k: _to_json(v) if isinstance(v, Reason) else v for k, v in reason.params.items()
        },
    }


def _from_json(data: dict[str, Any]) -> Reason:
    return Reason(
        str(data["text"]),
        {
            k: _from_json(v) if isinstance(v, dict) else v
            for k, v in dict(data.get("params", {})).items()
        },
    )


def read_notes(s: Session, program_id: int) -> list[Reason]:
    row = s.get(Setting, notes_key(program_id))
    if row is None:
        return []
    try:
        return [_from_json(item) for item in json.loads(row.value)]
    except (ValueError, KeyError, TypeError, AttributeError):
        return []  # a damaged entry is dropped, not shown half


def clear_notes(s: Session, program_id: int) -> None:
    s.execute(delete(Setting).where(Setting.key == notes_key(program_id)))


def _add_notes(s: Session, program_id: int, notes: list[Reason]) -> None:
    """With Core statements: this runs inside a flush, where the ORM may not add objects."""
    table = cast(Table, Setting.__table__)
    key = notes_key(program_id)
    conn = s.connection()
    old = conn.execute(select(table.c.value).where(table.c.key == key)).scalar()
    items = json.loads(old) if old else []
    items += [_to_json(n) for n in notes]
    if old is None:
        conn.execute(table.insert().values(key=key, value=json.dumps(items)))
    else:
        conn.execute(table.update().where(table.c.key == key).values(value=json.dumps(items)))


# -- the pin guard ----------------------------------------------------------------------------


def drop_broken_pins(
    s: Session, people: set[int] | None = None, program_id: int | None = None
) -> int:
    """Delete the pins (of ``people``, in ``program_id``) that a rule forbids now, each with a
    note for its program. Returns how many were deleted."""
    from lernpartner_desktop.matching.rules import check_pins

    table = cast(Table, MatchRule.__table__)
    query = select(table.c.id, table.c.program_id, table.c.person_id, table.c.other_id).where(
        table.c.kind == "pin"
    )
    if program_id is not None:
        query = query.where(table.c.program_id == program_id)
    if people is not None:
        query = query.where(table.c.person_id.in_(people) | table.c.other_id.in_(people))
    pins = s.connection().execute(query).all()
    dropped = 0
    for prog in sorted({p.program_id for p in pins}):
        program = s.get(Program, prog)
        if program is None:
            continue
        pop = load_population(s, program)
        kept, notes = check_pins(pop)
        keep = {frozenset((a.id, b.id)) for a, b in kept}
        gone = [p.id for p in pins if p.program_id == prog
                and frozenset((p.person_id, p.other_id)) not in keep]  # fmt: skip
        if gone:
            s.connection().execute(delete(table).where(table.c.id.in_(gone)))
            _add_notes(s, prog, notes)
            dropped += len(gone)
    return dropped


def _touched(session: Session) -> tuple[set[int], set[int]]:
    """People whose pins a pending change may break, and programs to check entirely."""
    people: set[int] = set()
    programs: set[int] = set()
    for obj in list(session.new) + list(session.dirty) + list(session.deleted):
        if isinstance(obj, MatchRule) and obj.kind in ("exclude", "reject"):
            people |= {obj.person_id, obj.other_id}
        elif isinstance(obj, Person):
            state = inspect(obj)
            if any(
                state.attrs[name].history.has_changes()
                for name in ("manager_id", "generation_year", "active")
            ):
                people.add(obj.id)
                if state.attrs["manager_id"].history.has_changes():
                    people |= {v for v in state.attrs["manager_id"].history.added if v}
        elif isinstance(obj, AdItem | Participation):
            people.add(obj.person_id)
        elif isinstance(obj, Partnership) and obj.phase == "dissolved":
            programs.add(obj.program_id)
    return people, programs


def _after_flush(session: Session, _context: object) -> None:
    people, programs = _touched(session)
    if people:
        drop_broken_pins(session, people=people)
    for program_id in programs:
        drop_broken_pins(session, program_id=program_id)


def install_pin_guard(db: Database) -> None:
    """Check pins on every write through ``db`` (see the module text)."""
    db.on_flush(_after_flush)
