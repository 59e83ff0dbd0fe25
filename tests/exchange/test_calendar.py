"""Calendar files, read back by icalendar and expanded by an independent library."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import icalendar
import recurring_ical_events

from lernpartner_desktop.core.records import MeetingPlan
from lernpartner_desktop.workspace import Workspace
from tests.reports.paper_helpers import tandem_program

BERLIN = ZoneInfo("Europe/Berlin")


def expand(data: bytes) -> list[icalendar.Event]:
    cal = icalendar.Calendar.from_ical(data)
    events = recurring_ical_events.of(cal).between(dt.datetime(2025, 1, 1), dt.datetime(2028, 1, 1))
    return [e for e in events if str(e.get("STATUS", "")) != "CANCELLED"]


def app_meetings(ws: Workspace, pair: int) -> set[dt.datetime]:
    return {m.starts_at for m in ws.paper.partnership(pair).meetings if m.status != "cancelled"}


def starts(events: list[icalendar.Event]) -> set[dt.datetime]:
    out = set()
    for e in events:
        start = e["DTSTART"].dt
        assert start.tzinfo is not None and start.utcoffset() is not None
        out.add(start.astimezone(BERLIN).replace(tzinfo=None))
    return out


def test_a_series_across_both_clock_changes_with_moves_and_cancellations(ws: Workspace) -> None:
    _prog, people, (pair, _o) = tandem_program(ws)
    ws.partnerships.advance(pair)
    ws.partnerships.add_goal(pair, "Ziel")
    ids = ws.meetings.plan(
        pair,
        MeetingPlan(
            dt.datetime(2026, 3, 10, 16),
            every_weeks=2,
            until=dt.date(2026, 11, 25),
            place="Raum 3",
        ),
    )
    ws.meetings.set_status(ids[0], "held")
    ws.meetings.move(ids[0 + 2], dt.datetime(2026, 4, 8, 9, 30))  # moved within its week
    ws.meetings.move(ids[15], dt.datetime(2026, 10, 27, 16))  # across the October change
    ws.meetings.set_status(ids[5], "cancelled")
    ws.meetings.set_status(ids[-1], "cancelled")  # the very last one
    data, _name = ws.calendar.for_partnership(pair)
    events = expand(data)
    assert starts(events) == app_meetings(ws, pair)
    assert len(events) == len(ids) - 2
    by_start = {e["DTSTART"].dt.astimezone(BERLIN).replace(tzinfo=None): e for e in events}
    # 16:00 on the wall in winter and in summer: the UTC hour differs, the local one does not.
    winter, summer = by_start[dt.datetime(2026, 3, 24, 16)], by_start[dt.datetime(2026, 6, 2, 16)]
    assert winter["DTSTART"].dt.astimezone(dt.UTC).hour == 15
    assert summer["DTSTART"].dt.astimezone(dt.UTC).hour == 14
    after = by_start[dt.datetime(2026, 11, 3, 16)]
    assert after["DTSTART"].dt.astimezone(dt.UTC).hour == 15
    assert by_start[dt.datetime(2026, 4, 8, 9, 30)]["DTEND"].dt.astimezone(BERLIN).hour == 10
    # The file itself: one series, with overrides for the moves, an EXDATE for each cancel.
    cal = icalendar.Calendar.from_ical(data)
    vevents = list(cal.walk("VEVENT"))
    masters = [e for e in vevents if "RRULE" in e]
    overrides = [e for e in vevents if "RECURRENCE-ID" in e]
    assert len(masters) == 1 and len(overrides) == 2 and len(vevents) == 3
    rule = masters[0]["RRULE"]
    assert rule["FREQ"] == ["WEEKLY"] and rule["INTERVAL"] == [2]
    assert rule["UNTIL"][0].tzinfo is not None and rule["UNTIL"][0].utcoffset() == dt.timedelta(0)
    assert len(masters[0]["EXDATE"].dts) == 2
    assert {str(o["UID"]) for o in overrides} == {str(masters[0]["UID"])}
    assert b"BEGIN:VTIMEZONE" in data and b"RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3" in data
    assert b"RDATE" not in data
    assert masters[0]["LOCATION"] == "Raum 3"
    # Only the partner with a known e-mail is an attendee, with her name.
    attendee = masters[0]["ATTENDEE"]
    assert str(attendee) == "mailto:p0@example.de" and attendee.params["CN"] == "Ayşe Krüger"
    del people


def test_uids_stay_and_sequence_rises_on_change(ws: Workspace) -> None:
    _prog, _people, (pair, _o) = tandem_program(ws)
    ws.partnerships.advance(pair)
    ws.partnerships.add_goal(pair, "Ziel")
    (single,) = ws.meetings.plan(pair, MeetingPlan(dt.datetime(2026, 5, 5, 10)))
    ids = ws.meetings.plan(
        pair, MeetingPlan(dt.datetime(2026, 5, 6, 16), every_weeks=1, until=dt.date(2026, 6, 1))
    )

    def parsed() -> dict[str, int]:
        cal = icalendar.Calendar.from_ical(ws.calendar.for_partnership(pair)[0])
        return {
            str(e["UID"]) + ("*" if "RECURRENCE-ID" in e else ""): int(e["SEQUENCE"])
            for e in cal.walk("VEVENT")
        }

    before = parsed()
    assert parsed() == before  # exporting twice: same UIDs, same sequence
    ws.meetings.move(ids[1], dt.datetime(2026, 5, 14, 16))
    ws.meetings.set_status(single, "cancelled")
    after = parsed()
    assert set(before) <= set(after)
    assert all(after[uid] > before[uid] for uid in before)
    cal = icalendar.Calendar.from_ical(ws.calendar.for_partnership(pair)[0])
    cancelled = [e for e in cal.walk("VEVENT") if str(e.get("STATUS")) == "CANCELLED"]
    assert len(cancelled) == 1 and cancelled[0]["DTSTART"].dt.day == 5


def test_program_calendar_holds_every_pair_and_each_program_event_once(ws: Workspace) -> None:
    names = tuple(f"Person {i}" for i in range(6))
    prog, people, pairs = tandem_program(ws, names)
    for p in pairs:
        ws.partnerships.advance(p)
        ws.partnerships.add_goal(p, "Ziel")
        ws.meetings.plan(
            p, MeetingPlan(dt.datetime(2026, 4, 1, 9), every_weeks=4, until=dt.date(2026, 9, 1))
        )
    ws.meetings.plan_program_event(
        prog, MeetingPlan(dt.datetime(2026, 3, 20, 14), kind="kickoff", place="Kantine")
    )
    data, _ = ws.calendar.for_program(prog)
    events = expand(data)
    expected = [m for p in pairs for m in ws.paper.partnership(p).meetings]
    assert len(events) == len({m.id for m in expected})
    kickoffs = [e for e in events if "Kick-off" in str(e["SUMMARY"])]
    assert len(kickoffs) == 1 and str(kickoffs[0]["LOCATION"]) == "Kantine"
    person, _ = ws.calendar.for_person(people[0])
    mine = expand(person)
    assert len(mine) == len(ws.paper.person_dates(people[0]).entries) == 7


def test_a_meeting_without_place_says_so_and_nothing_confidential_goes_in(
    ws: Workspace,
) -> None:
    _prog, people, (pair, _o) = tandem_program(ws)
    ws.vault.set_up("Kalender-Passphrase")
    ws.partnerships.advance(pair)
    ws.partnerships.add_goal(pair, "Ziel")
    (mid,) = ws.meetings.plan(pair, MeetingPlan(dt.datetime(2026, 5, 5, 10), mode="online"))
    ws.meetings.set_status(mid, "held")
    ws.partnerships.add_journal_entry(pair, people[0], "Tagebuch-Geheimnis")
    ws.gap_notes.create("Lücken-Geheimnis", "x", partnership_id=pair)
    data, _ = ws.calendar.for_partnership(pair)
    (event,) = icalendar.Calendar.from_ical(data).walk("VEVENT")
    assert "LOCATION" not in event
    assert "still to be agreed" in str(event["DESCRIPTION"])
    assert b"Geheimnis" not in data
