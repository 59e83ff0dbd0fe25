"""The demo company looks like a real office: meetings on office days only."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from lernpartner_desktop.core.demo import fill_demo
from lernpartner_desktop.workspace import Workspace


def test_demo_meetings_and_program_events_fall_on_office_days(tmp_path: Path) -> None:
    # Every start weekday of the program calendar: the events lie 7, 135 and 269 days after
    # the start, and some of those land on a weekend unless moved.
    for offset in range(7):
        today = dt.date(2026, 11, 23) + dt.timedelta(days=offset)
        with Workspace.open(tmp_path / f"d{offset}") as ws:
            fill_demo(ws, people=30, today=today)
            days = [
                m.starts_at
                for r in ws.partnerships.rows()
                for m in ws.partnerships.detail(r.id).meetings
            ]
        assert days, "the demo plans meetings"
        weekend = sorted({d for d in days if d.weekday() >= 5})
        assert weekend == [], f"demo of {today}: meetings on {weekend[:3]}"
