from __future__ import annotations

import datetime as dt

import pytest

from lernpartner_desktop.base.errors import ValidationError, VaultLocked, VaultNotSetUp
from lernpartner_desktop.core.records import MeetingPlan, PersonInput
from lernpartner_desktop.workspace import Workspace
from tests.core.helpers import START, program_with, tandem


def test_a_tandem_runs_from_preparation_to_completion(ws: Workspace) -> None:
    _prog, pid, ids = tandem(ws)
    ps = ws.partnerships
    assert ps.detail(pid).phase == "preparation"
    assert ps.advance(pid) == "planning"
    # Planning needs a goal before learning can start, and says so.
    with pytest.raises(ValidationError, match="at least one learning goal"):
        ps.advance(pid)
    g1 = ps.add_goal(
        pid, "Pivot-Tabellen sicher nutzen", "3 Berichte selbst gebaut", ids["Anna Alt"]
    )
    g2 = ps.add_goal(pid, "Kundengespräche führen", "", ids["Ben Neu"])
    ps.add_package(g1, "Grundlagen-Video", START + dt.timedelta(days=14))
    assert ps.advance(pid) == "learning"
    assert ps.advance(pid) == "closing"
    with pytest.raises(ValidationError) as err:
        ps.advance(pid)
    assert "Kundengespräche führen" in str(err.value)
    assert "Pivot" in str(err.value)
    ps.set_goal_status(g1, "achieved")
    ps.set_goal_status(g2, "not_achieved")
    assert ps.missing_for_next_phase(pid) == []
    assert ps.advance(pid, today=dt.date(2026, 9, 1)) == "completed"
    d = ps.detail(pid)
    assert d.ended_on == dt.date(2026, 9, 1)
    assert [h.to_phase for h in d.history] == [
        "preparation",
        "planning",
        "learning",
        "closing",
        "completed",
    ]
    # Ended partnerships take nothing new.
    with pytest.raises(ValidationError, match="no new meetings"):
        ps.add_goal(pid, "Noch ein Ziel")
    with pytest.raises(ValidationError, match="no new meetings"):
        ws.meetings.plan(pid, MeetingPlan(dt.datetime(2026, 9, 8, 16)))


def test_a_fourth_goal_is_refused(ws: Workspace) -> None:
    _prog, pid, _ids = tandem(ws)
    for i in range(3):
        ws.partnerships.add_goal(pid, f"Ziel {i}")
    with pytest.raises(ValidationError, match="at most 3"):
        ws.partnerships.add_goal(pid, "Ziel 4")
    assert len(ws.partnerships.detail(pid).goals) == 3


def test_goal_rules(ws: Workspace) -> None:
    _prog, pid, _ids = tandem(ws)
    outsider = ws.people.create(PersonInput(name="Olga Außen"))
    with pytest.raises(ValidationError, match="member"):
        ws.partnerships.add_goal(pid, "Ziel", person_id=outsider)
    with pytest.raises(ValidationError, match="describe"):
        ws.partnerships.add_goal(pid, "  ")
    assert ws.partnerships.detail(pid).goals == ()


def test_dissolve_any_time_without_a_reason(ws: Workspace) -> None:
    _prog, pid, _ids = tandem(ws)
    ws.partnerships.advance(pid)
    ws.meetings.plan(
        pid, MeetingPlan(dt.datetime(2026, 3, 10, 16), every_weeks=2, until=dt.date(2026, 4, 30))
    )
    ws.partnerships.dissolve(pid)
    d = ws.partnerships.detail(pid)
    assert d.phase == "dissolved" and d.dissolve_reason.state == "empty"
    assert {m.status for m in d.meetings} == {"cancelled"}
    with pytest.raises(ValidationError, match="already ended"):
        ws.partnerships.dissolve(pid, "noch mal")


def test_who_may_be_paired(ws: Workspace) -> None:
    prog, ids = program_with(
        ws, "mentoring", {"Mia Mentor": "mentor", "Max Mentee": "mentee", "Moritz Mentee": "mentee"}
    )
    outsider = ws.people.create(PersonInput(name="Nina Nicht"))
    ps = ws.partnerships
    with pytest.raises(ValidationError, match="not enrolled"):
        ps.create(prog, [(ids["Mia Mentor"], "mentor"), (outsider, "mentee")])
    with pytest.raises(ValidationError, match="exactly two"):
        ps.create(prog, [(ids["Mia Mentor"], "mentor")])
    with pytest.raises(ValidationError, match="one mentor with one mentee"):
        ps.create(prog, [(ids["Max Mentee"], "mentee"), (ids["Moritz Mentee"], "mentee")])
    ps.create(prog, [(ids["Mia Mentor"], "mentor"), (ids["Max Mentee"], "mentee")])
    # A mentor may have several mentees; a mentee only one active partnership per program.
    ps.create(prog, [(ids["Mia Mentor"], "mentor"), (ids["Moritz Mentee"], "mentee")])
    with pytest.raises(ValidationError, match="already in an active partnership"):
        ps.create(prog, [(ids["Mia Mentor"], "mentor"), (ids["Max Mentee"], "mentee")])
    ws.people.set_active(ids["Moritz Mentee"], False)
    with pytest.raises(ValidationError, match="inactive"):
        ps.create(prog, [(ids["Mia Mentor"], "mentor"), (ids["Moritz Mentee"], "mentee")])
    assert len(ps.rows(prog)) == 2


def test_learning_circle_group_size(ws: Workspace) -> None:
    people = {f"Person {i}": "member" for i in range(5)}
    prog, ids = program_with(ws, "learning_circle", people, max_group_size=4)
    with pytest.raises(ValidationError, match="2 to 4 members, not 5"):
        ws.partnerships.create(prog, [(i, "member") for i in ids.values()])
    pid = ws.partnerships.create(prog, [(i, "member") for i in list(ids.values())[:4]])
    assert len(ws.partnerships.detail(pid).members) == 4


def test_journal_and_check_ins(ws: Workspace) -> None:
    _prog, pid, ids = tandem(ws)
    ps, anna = ws.partnerships, ids["Anna Alt"]
    with pytest.raises(ValidationError, match="after the first meeting"):
        ps.record_fit(pid, anna, "fits")
    (mid,) = ws.meetings.plan(pid, MeetingPlan(dt.datetime(2026, 3, 10, 16)))
    ws.meetings.set_status(mid, "held")
    # Confidential text needs the vault: the first time, a passphrase must be set.
    with pytest.raises(VaultNotSetUp):
        ps.add_journal_entry(pid, anna, "Heute SVERWEIS geübt.")
    ps.record_fit(pid, anna, "fits")  # no comment: nothing confidential, no vault needed
    assert len(ps.detail(pid).journal) == 0
    ws.vault.set_up("Lernen im Tandem")
    ps.record_fit(pid, anna, "unsure", "Chemie noch unklar")
    with pytest.raises(ValidationError, match="1 to 5"):
        ps.record_interim(pid, anna, 6, 3, 3)
    ps.record_interim(pid, ids["Ben Neu"], 4, 5, 3, "läuft gut")
    ps.add_journal_entry(pid, anna, "Heute SVERWEIS geübt.", dt.date(2026, 3, 11))
    with pytest.raises(ValidationError, match="empty"):
        ps.add_journal_entry(pid, anna, "   ")
    d = ps.detail(pid)
    assert [(c.kind, c.fit, c.progress, c.comment.text) for c in d.check_ins] == [
        ("fit", "fits", None, None),
        ("fit", "unsure", None, "Chemie noch unklar"),
        ("interim", None, 4, "läuft gut"),
    ]
    assert d.journal[0].body.text == "Heute SVERWEIS geübt."
    ws.vault.lock()
    d = ps.detail(pid)  # dates and ratings stay readable while locked, the text does not
    assert d.journal[0].body.state == "locked" and d.journal[0].written_on == dt.date(2026, 3, 11)
    assert [c.comment.state for c in d.check_ins] == ["empty", "locked", "locked"]
    with pytest.raises(VaultLocked):
        ps.add_journal_entry(pid, anna, "Noch ein Eintrag")
    with pytest.raises(VaultLocked):
        ps.dissolve(pid, "passt nicht")
    assert ps.detail(pid) == d


def test_back_one_phase_is_recorded_and_has_its_rules(ws: Workspace) -> None:
    _prog, pid, _ids = tandem(ws)
    ps = ws.partnerships
    with pytest.raises(ValidationError, match="first phase"):
        ps.back(pid)
    ps.advance(pid, today=START)
    assert ps.back(pid, today=START + dt.timedelta(days=1)) == "preparation"
    d = ps.detail(pid)
    assert d.phase == "preparation" and d.is_active and d.ended_on is None
    assert [(h.from_phase, h.to_phase) for h in d.history] == [
        (None, "preparation"),
        ("preparation", "planning"),
        ("planning", "preparation"),
    ]
    # All the way to completed, then reopened into closing: the end date goes away.
    ps.advance(pid)
    g = ps.add_goal(pid, "Ziel")
    ps.advance(pid)
    ps.advance(pid)
    ps.set_goal_status(g, "achieved")
    assert ps.advance(pid) == "completed"
    assert ps.detail(pid).ended_on is not None
    assert ps.back(pid) == "closing"
    d = ps.detail(pid)
    assert d.phase == "closing" and d.ended_on is None and d.is_active
    assert d.goals[0].status == "achieved"  # the assessment stays


def test_back_refuses_a_dissolved_partnership_and_a_reopening_that_breaks_a_rule(
    ws: Workspace,
) -> None:
    prog, pid, ids = tandem(ws)
    ps = ws.partnerships
    ps.dissolve(pid)
    with pytest.raises(ValidationError, match="ended early"):
        ps.back(pid)
    assert ps.detail(pid).phase == "dissolved"
    # A completed pair whose member has meanwhile joined another running pair stays closed.
    carl = ws.people.create(PersonInput(name="Carl Dritt"))
    ws.programs.enrol(prog, carl, "peer")
    second = ps.create(prog, [(ids["Anna Alt"], "peer"), (ids["Ben Neu"], "peer")])
    g = ps.add_goal(second, "Ziel")
    for _ in range(3):
        ps.advance(second)
    ps.set_goal_status(g, "achieved")
    ps.advance(second)
    ps.create(prog, [(ids["Anna Alt"], "peer"), (carl, "peer")])
    before = ps.detail(second)
    with pytest.raises(ValidationError, match="Anna Alt is already in another running"):
        ps.back(second)
    assert ps.detail(second) == before
