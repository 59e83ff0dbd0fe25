from __future__ import annotations

import datetime as dt

import pytest

from lernpartner_desktop.base.errors import ValidationError
from lernpartner_desktop.core.formats import FORMATS
from lernpartner_desktop.core.programs import ProgramInput
from lernpartner_desktop.workspace import Workspace
from tests.conftest import add_person

START = dt.date(2026, 3, 2)


def test_every_format_creates_with_its_defaults(ws: Workspace) -> None:
    for key, fmt in FORMATS.items():
        pid = ws.programs.create(ProgramInput(name=f"P {key}", format=key, start_date=START))
        p = ws.programs.get(pid)
        assert (p.cadence_weeks, p.max_group_size, p.hierarchy) == (
            fmt.cadence_weeks,
            fmt.max_group_size,
            fmt.hierarchy,
        )


def test_defaults_can_be_overridden(ws: Workspace) -> None:
    data = ProgramInput.from_format(
        "RM", "reverse_mentoring", START, cadence_weeks=3, participation="mandatory", end_date=START
    )
    p = ws.programs.get(ws.programs.create(data))
    assert p.cadence_weeks == 3 and p.participation == "mandatory"


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"name": " "}, "name"),
        ({"end_date": START - dt.timedelta(days=1)}, "end_date"),
        ({"cadence_weeks": 0}, "cadence"),
        ({"max_group_size": 1}, "max_group_size"),
        ({"format": "tandem", "max_group_size": 3}, "max_group_size"),
        ({"format": "chess_club"}, "format"),
        ({"steering": "anarchy"}, "steering"),
    ],
)
def test_bad_program_input_is_refused(ws: Workspace, changes: dict, field: str) -> None:
    base = {"name": "Zirkel", "format": "learning_circle", "start_date": START}
    with pytest.raises(ValidationError) as err:
        ws.programs.create(ProgramInput(**{**base, **changes}))
    assert err.value.field == field
    assert ws.programs.all() == []


def test_end_before_start_message_names_both_dates(ws: Workspace) -> None:
    with pytest.raises(ValidationError) as err:
        ws.programs.create(ProgramInput("X", "tandem", START, end_date=dt.date(2026, 1, 1)))
    assert "01.01.2026" in str(err.value) and "02.03.2026" in str(err.value)


def test_duplicate_program_name(ws: Workspace) -> None:
    ws.programs.create(ProgramInput("Tandems 2026", "tandem", START))
    with pytest.raises(ValidationError, match="already a program"):
        ws.programs.create(ProgramInput("tandems  2026", "tandem", START))


def test_enrolment_rules(ws: Workspace) -> None:
    prog = ws.programs.create(ProgramInput("Mentoring", "mentoring", START))
    mentor = add_person(ws, "Maria Mentor")
    mentee = add_person(ws, "Max Mentee")
    gone = add_person(ws, "Ina Inaktiv", active=False)
    ws.programs.enrol(prog, mentor, "mentor", capacity=3)
    ws.programs.enrol(prog, mentee, "mentee", capacity=5)  # capacity only counts for mentors
    rows = {r.name: r for r in ws.programs.participants(prog)}
    assert rows["Maria Mentor"].capacity == 3 and rows["Max Mentee"].capacity is None
    with pytest.raises(ValidationError, match="already takes part"):
        ws.programs.enrol(prog, mentee, "mentor")
    with pytest.raises(ValidationError, match="inactive"):
        ws.programs.enrol(prog, gone, "mentee")
    with pytest.raises(ValidationError, match="role"):
        ws.programs.enrol(prog, add_person(ws, "Pia Peer"), "peer")
    with pytest.raises(ValidationError, match="below zero"):
        ws.programs.update_participation(rows["Maria Mentor"].id, "mentor", -1)
    assert ws.programs.get(prog).participant_count == 2


def test_enrol_many_is_all_or_nothing(ws: Workspace) -> None:
    prog = ws.programs.create(ProgramInput("Zirkel", "learning_circle", START))
    ids = [add_person(ws, f"Person {i}") for i in range(4)]
    ws.programs.enrol(prog, ids[2], "member")
    with pytest.raises(ValidationError, match="Person 2"):
        ws.programs.enrol_many(prog, ids, "member")
    assert [r.person_id for r in ws.programs.participants(prog)] == [ids[2]]
    with pytest.raises(ValidationError, match="twice"):
        ws.programs.enrol_many(prog, [ids[0], ids[0]], "member")
    assert len(ws.programs.enrol_many(prog, [ids[0], ids[1], ids[3]], "member")) == 3


def test_format_change_blocked_when_roles_do_not_fit(ws: Workspace) -> None:
    prog = ws.programs.create(ProgramInput("Wechsel", "mentoring", START))
    ws.programs.enrol(prog, add_person(ws, "Mo Mentor"), "mentor")
    with pytest.raises(ValidationError, match="format cannot change"):
        ws.programs.update(prog, ProgramInput("Wechsel", "tandem", START))
    ws.programs.update(prog, ProgramInput("Wechsel", "job_shadowing", START))
    assert ws.programs.get(prog).format == "job_shadowing"


def test_withdraw_keeps_the_person(ws: Workspace) -> None:
    prog = ws.programs.create(ProgramInput("Buddy", "buddy", START))
    pid = add_person(ws, "Bea Buddy")
    part = ws.programs.enrol(prog, pid, "buddy")
    ws.programs.withdraw(part)
    assert ws.programs.participants(prog) == []
    assert ws.people.get(pid).name == "Bea Buddy"


def test_a_program_created_by_mistake_is_deleted_one_in_use_is_archived(ws: Workspace) -> None:
    empty = ws.programs.create(ProgramInput.from_format("Versehen", "tandem", START))
    ws.matching.set_weights(empty, ws.matching.weights(empty).with_value("generation", 9))
    assert not ws.programs.usage(empty).in_use
    ws.programs.delete(empty)
    assert ws.programs.all() == []
    # A new program that happens to get the same id starts with the default weights.
    again = ws.programs.create(ProgramInput.from_format("Neu", "tandem", START))
    assert ws.matching.weights(again)["generation"] != 9

    ws.programs.enrol(again, add_person(ws, "Anna Alt"), "peer")
    usage = ws.programs.usage(again)
    assert usage.participants == 1 and usage.in_use
    with pytest.raises(ValidationError, match="Archive it instead"):
        ws.programs.delete(again)
    ws.programs.set_archived(again, True)
    (prog,) = ws.programs.all()
    assert prog.archived and prog.participant_count == 1
    ws.programs.set_archived(again, False)
    assert not ws.programs.get(again).archived
