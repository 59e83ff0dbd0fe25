from __future__ import annotations

import datetime as dt

from lernpartner_desktop.core.records import MeetingPlan
from lernpartner_desktop.workspace import Workspace
from tests.core.helpers import program_with, tandem

NOW = dt.datetime(2026, 6, 17, 12, 0)  # a Wednesday


def test_the_overview_names_what_needs_attention(ws: Workspace) -> None:
    prog, quiet, _ = tandem(ws)
    ws.partnerships.advance(quiet, today=dt.date(2026, 3, 2))
    (old,) = ws.meetings.plan(quiet, MeetingPlan(dt.datetime(2026, 5, 5, 16)))
    ws.meetings.set_status(old, "held")  # 43 days before NOW
    ws.partnerships.add_goal(quiet, "Ohne Kriterien")
    ws.partnerships.add_goal(quiet, "Mit Kriterien", "drei Berichte")

    mprog, ids = program_with(
        ws,
        "mentoring",
        {"Mia Mentor": "mentor", "A": "mentee", "B": "mentee", "C": "mentee", "D": "mentee"},
    )
    pairs = [
        ws.partnerships.create(
            mprog, [(ids["Mia Mentor"], "mentor"), (ids[x], "mentee")], today=dt.date(2026, 6, 10)
        )
        for x in "ABCD"
    ]
    ws.meetings.plan(pairs[0], MeetingPlan(dt.datetime(2026, 6, 18, 10)))  # this week
    ws.meetings.plan(pairs[1], MeetingPlan(dt.datetime(2026, 6, 22, 10)))  # next week
    ws.meetings.plan_program_event(
        mprog, MeetingPlan(dt.datetime(2026, 6, 16, 14), kind="interim")
    )  # overdue, this week
    ws.partnerships.dissolve(pairs[3])  # capacity 3: now exactly full, not over

    a = ws.overview.attention(NOW)
    assert a.phase_counts == {"planning": 1, "preparation": 3, "dissolved": 1}
    assert [(i.target, i.when) for i in a.this_week] == [
        ("program", dt.datetime(2026, 6, 16, 14)),
        ("partnership", dt.datetime(2026, 6, 18, 10)),
    ]
    assert a.this_week[1].title == "Mia Mentor & A"
    assert [(i.target_id, i.days) for i in a.quiet] == [(quiet, 43)]
    assert [(i.target, i.detail) for i in a.interim_due] == [("program", "overdue")]
    assert [i.detail for i in a.goals_without_criteria] == ["Ohne Kriterien"]
    assert a.mentors_over_capacity == []

    ws.partnerships.create(
        mprog, [(ids["Mia Mentor"], "mentor"), (ids["D"], "mentee")], today=dt.date(2026, 6, 12)
    )
    ws.programs.update_participation(
        next(p.id for p in ws.programs.participants(mprog) if p.role == "mentor"), "mentor", 2
    )
    over = ws.overview.attention(NOW).mentors_over_capacity
    assert [(i.title, i.days) for i in over] == [("Mia Mentor", 2)]
    # Scoped to one program, the other program's pairs disappear.
    assert ws.overview.attention(NOW, program_id=prog).this_week == []
