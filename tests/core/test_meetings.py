from __future__ import annotations

import datetime as dt
from itertools import pairwise
from zoneinfo import ZoneInfo

import pytest

from lernpartner_desktop.base.errors import MeetingConflict, ValidationError
from lernpartner_desktop.core.records import MeetingPlan
from lernpartner_desktop.workspace import Workspace
from tests.core.helpers import END, program_with, tandem

BERLIN = ZoneInfo("Europe/Berlin")


def test_series_keeps_wall_clock_time_across_daylight_saving(ws: Workspace) -> None:
    _prog, pid, _ids = tandem(ws)
    # Every second Tuesday at 16:00 from 10 March 2026 (CET) into summer time and back.
    ids = ws.meetings.plan(pid, MeetingPlan(dt.datetime(2026, 3, 10, 16, 0), every_weeks=2))
    meetings = ws.partnerships.detail(pid).meetings
    assert len(ids) == len(meetings) == 19
    assert {m.starts_at.time() for m in meetings} == {dt.time(16, 0)}
    assert {m.starts_at.weekday() for m in meetings} == {1}
    assert all((b.starts_at - a.starts_at).days == 14 for a, b in pairwise(meetings))
    assert meetings[-1].starts_at.date() <= END
    offsets = {m.starts_at.replace(tzinfo=BERLIN).utcoffset() for m in meetings}
    assert offsets == {dt.timedelta(hours=1), dt.timedelta(hours=2)}  # both sides of DST
    utc_hours = {m.starts_at.replace(tzinfo=BERLIN).astimezone(dt.UTC).hour for m in meetings}
    assert utc_hours == {14, 15}


def test_meeting_outside_the_program_is_refused(ws: Workspace) -> None:
    _prog, pid, _ids = tandem(ws)
    with pytest.raises(ValidationError, match="outside the program"):
        ws.meetings.plan(pid, MeetingPlan(dt.datetime(2026, 12, 1, 10)))
    with pytest.raises(ValidationError, match="outside the program"):
        ws.meetings.plan(pid, MeetingPlan(dt.datetime(2026, 2, 1, 10)))
    assert ws.partnerships.detail(pid).meetings == ()


def test_a_member_in_two_overlapping_meetings_is_warned(ws: Workspace) -> None:
    prog, ids = program_with(
        ws, "mentoring", {"Mia Mentor": "mentor", "Max A": "mentee", "Max B": "mentee"}
    )
    a = ws.partnerships.create(prog, [(ids["Mia Mentor"], "mentor"), (ids["Max A"], "mentee")])
    b = ws.partnerships.create(prog, [(ids["Mia Mentor"], "mentor"), (ids["Max B"], "mentee")])
    ws.meetings.plan(a, MeetingPlan(dt.datetime(2026, 4, 7, 16), duration_minutes=60))
    with pytest.raises(MeetingConflict) as err:
        ws.meetings.plan(b, MeetingPlan(dt.datetime(2026, 4, 7, 16, 30)))
    assert "Mia Mentor" in str(err.value) and "07.04.2026 16:00" in str(err.value)
    assert err.value.conflicts[0].person_name == "Mia Mentor"
    assert ws.partnerships.detail(b).meetings == ()
    # Right after the first one is fine; booking anyway is the owner's call.
    ws.meetings.plan(b, MeetingPlan(dt.datetime(2026, 4, 7, 17)))
    ws.meetings.plan(b, MeetingPlan(dt.datetime(2026, 4, 7, 16, 30)), allow_conflicts=True)
    assert len(ws.partnerships.detail(b).meetings) == 2


def test_program_events_clash_with_members_meetings(ws: Workspace) -> None:
    prog, pid, _ids = tandem(ws)
    ws.meetings.plan(pid, MeetingPlan(dt.datetime(2026, 5, 5, 9)))
    with pytest.raises(MeetingConflict):
        ws.meetings.plan_program_event(
            prog, MeetingPlan(dt.datetime(2026, 5, 5, 9, 30), kind="interim")
        )
    ws.meetings.plan_program_event(prog, MeetingPlan(dt.datetime(2026, 5, 5, 14), kind="interim"))
    kinds = [m.kind for m in ws.partnerships.detail(pid).meetings]
    assert kinds == ["regular", "interim"]


def test_move_one_or_the_rest_of_a_series(ws: Workspace) -> None:
    _prog, pid, _ids = tandem(ws)
    ws.meetings.plan(
        pid, MeetingPlan(dt.datetime(2026, 3, 10, 16), every_weeks=2, until=dt.date(2026, 5, 31))
    )
    ms = ws.partnerships.detail(pid).meetings
    assert ws.meetings.move(ms[1].id, ms[1].starts_at + dt.timedelta(days=1)) == 1
    ms2 = ws.partnerships.detail(pid).meetings
    assert ms2[1].starts_at == dt.datetime(2026, 3, 25, 16)
    assert ms2[2].starts_at == ms[2].starts_at
    # The rest of the series from the third on: two hours later, wall clock.
    moved = ws.meetings.move(ms[2].id, ms[2].starts_at + dt.timedelta(hours=2), rest_of_series=True)
    ms3 = ws.partnerships.detail(pid).meetings
    assert moved == len(ms) - 2
    assert ms3[0].starts_at.hour == 16 and {m.starts_at.hour for m in ms3[2:]} == {18}
    with pytest.raises(ValidationError, match="outside"):
        ws.meetings.move(ms[-1].id, dt.datetime(2027, 1, 5, 16))
    ws.meetings.set_status(ms[0].id, "held")
    with pytest.raises(ValidationError, match="Only planned"):
        ws.meetings.move(ms[0].id, dt.datetime(2026, 3, 11, 16))


def test_the_next_series_carries_on_after_the_last_planned_meeting(ws: Workspace) -> None:
    _prog, pid, _ids = tandem(ws)
    today = dt.date(2026, 3, 4)
    # Nothing planned yet: from today (a Wednesday), 16:00, the program's rhythm, until its end.
    first = ws.meetings.next_plan(pid, today=today)
    assert first.starts_at == dt.datetime(2026, 3, 4, 16, 0)
    assert first.every_weeks == 2 and first.until == END and first.kind == "regular"
    ws.meetings.plan(
        pid,
        MeetingPlan(
            dt.datetime(2026, 3, 10, 17, 30),
            duration_minutes=45,
            mode="online",
            place="Teams",
            every_weeks=2,
            until=dt.date(2026, 5, 1),
        ),
    )
    nxt = ws.meetings.next_plan(pid, today=today)
    # The last planned meeting is Tuesday 21 April: the next one two weeks on, same time.
    assert nxt.starts_at == dt.datetime(2026, 5, 5, 17, 30)
    assert (nxt.mode, nxt.place, nxt.duration_minutes) == ("online", "Teams", 45)
    assert ws.meetings.overlapping(pid, nxt) == []
    # The proposal, once booked, does not clash with or double the old series.
    ws.meetings.plan(pid, nxt)
    # A series over the old one's weeks is an overlap the UI warns about.
    again = MeetingPlan(dt.datetime(2026, 3, 12, 9), every_weeks=1, until=dt.date(2026, 4, 2))
    assert ws.meetings.overlapping(pid, again) == [dt.datetime(2026, 3, 24, 17, 30)]
    assert ws.meetings.overlapping(pid, MeetingPlan(dt.datetime(2026, 3, 12, 9))) == []


def test_a_proposed_meeting_never_falls_on_a_weekend_or_in_the_past(ws: Workspace) -> None:
    _prog, pid, _ids = tandem(ws)
    saturday = dt.date(2026, 3, 7)
    assert ws.meetings.next_plan(pid, today=saturday).starts_at == dt.datetime(2026, 3, 9, 16)
    ws.meetings.plan(pid, MeetingPlan(dt.datetime(2026, 3, 10, 16)))
    # Months later, the proposal steps on in the rhythm to a date ahead, on the same weekday.
    later = ws.meetings.next_plan(pid, today=dt.date(2026, 6, 1))
    assert later.starts_at.date() >= dt.date(2026, 6, 1)
    assert later.starts_at.weekday() == 1 and later.starts_at.time() == dt.time(16)


def test_planned_to_the_end_the_proposal_is_one_more_meeting_soon(ws: Workspace) -> None:
    _prog, pid, _ids = tandem(ws)
    ws.meetings.plan(pid, MeetingPlan(dt.datetime(2026, 3, 10, 16), every_weeks=2))
    planned = max(m.starts_at for m in ws.partnerships.detail(pid).meetings)
    assert planned.date() > END - dt.timedelta(weeks=2)  # the series runs to the end
    nxt = ws.meetings.next_plan(pid, today=dt.date(2026, 6, 5))  # a Friday
    assert nxt.every_weeks is None and nxt.starts_at == dt.datetime(2026, 6, 8, 16)
    ws.meetings.plan(pid, nxt)  # inside the program: it can be booked as proposed
