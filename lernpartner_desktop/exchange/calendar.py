"""Calendar files (.ics) that Outlook, Thunderbird and phones read, with the icalendar library.

- A regular series is one VEVENT with an ``RRULE`` (weekly, every n weeks, ``UNTIL`` in UTC);
  a moved occurrence is an override with ``RECURRENCE-ID`` (its first slot, which the
  database keeps); a cancelled occurrence is left out with ``EXDATE``. A meeting that is not
  part of a regular series is its own VEVENT; cancelled, it says ``STATUS:CANCELLED``, so a
  calendar that imported it before crosses it out.
- Times are Europe/Berlin wall-clock times with a ``VTIMEZONE`` in the ``RRULE`` form:
  Outlook shifts zones given as lists of ``RDATE`` by an hour.
- ``UID`` is stable (the series, else the meeting, plus a token of this database) so that
  importing again updates instead of duplicating; ``SEQUENCE`` rises with every change.
- The partners are ``ATTENDEE`` with their names where an e-mail is known; the place or link
  is the ``LOCATION``. Nothing confidential goes in.
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from lernpartner_desktop.base.atomic import save_user_file
from lernpartner_desktop.base.i18n import QT_TRANSLATE_NOOP, translate
from lernpartner_desktop.core.formats import FORMATS
from lernpartner_desktop.core.paper import PaperMeeting, PaperPartnership, PaperService
from lernpartner_desktop.core.records import MEETING_KINDS, MEETING_MODES, label

TZID = "Europe/Berlin"
BERLIN = ZoneInfo(TZID)
PRODID = "-//Lernpartner//Lernpartner//DE"
T = {
    "meeting": QT_TRANSLATE_NOOP("Reports", "Learning meeting: {names}"),
    "event": QT_TRANSLATE_NOOP("Reports", "{kind}: {program}"),
    "program": QT_TRANSLATE_NOOP("Reports", "Program: {program} ({format})"),
    "topic": QT_TRANSLATE_NOOP("Reports", "Topic: {topic}"),
    "how": QT_TRANSLATE_NOOP("Reports", "How: {mode}"),
    "who": QT_TRANSLATE_NOOP("Reports", "Partners: {names}"),
    "no_place": QT_TRANSLATE_NOOP("Reports", "Place: still to be agreed"),
    "calendar": QT_TRANSLATE_NOOP("Reports", "Lernpartner: {name}"),
}


def _tr(key: str, **params: object) -> str:
    return translate("Reports", T[key]).format(**params)


@dataclass(frozen=True)
class CalendarEntry:
    """A meeting with what its calendar entry says about it."""

    meeting: PaperMeeting
    program_name: str
    program_format: str
    names: tuple[str, ...]  # the partners (empty for a program event)
    attendees: tuple[tuple[str, str], ...]  # (name, e-mail) of partners with an e-mail


def entries_of(
    pairs: Iterable[PaperPartnership], events: Sequence[PaperMeeting] = ()
) -> list[CalendarEntry]:
    """Entries for the pairs' meetings and the program events (each meeting once)."""
    out: dict[int, CalendarEntry] = {}
    programs: dict[int, tuple[str, str]] = {}
    for pair in pairs:
        programs[pair.program_id] = (pair.program_name, pair.program_format)
        names = tuple(m.name for m in pair.members)
        attendees = tuple((m.name, m.email) for m in pair.members if "@" in m.email)
        for m in pair.meetings:
            if m.is_program_event:
                out.setdefault(
                    m.id, CalendarEntry(m, pair.program_name, pair.program_format, (), ())
                )
            else:
                out[m.id] = CalendarEntry(
                    m, pair.program_name, pair.program_format, names, attendees
                )
    for m in events:
        name, fmt = programs.get(m.program_id, ("", "tandem"))
        out.setdefault(m.id, CalendarEntry(m, name, fmt, (), ()))
    return sorted(out.values(), key=lambda e: (e.meeting.starts_at, e.meeting.id))


def _timezone() -> Any:
    """Europe/Berlin as two yearly rules (the form every calendar program reads right)."""
    from icalendar import Timezone, TimezoneDaylight, TimezoneStandard

    tz = Timezone()
    tz.add("tzid", TZID)
    tz.add("x-lic-location", TZID)
    for part, start, month, before, after, name in (
        (TimezoneDaylight(), dt.datetime(1970, 3, 29, 2), 3, 1, 2, "CEST"),
        (TimezoneStandard(), dt.datetime(1970, 10, 25, 3), 10, 2, 1, "CET"),
    ):
        part.add("dtstart", start)
        part.add("rrule", {"freq": "yearly", "bymonth": month, "byday": "-1su"})
        part.add("tzoffsetfrom", dt.timedelta(hours=before))
        part.add("tzoffsetto", dt.timedelta(hours=after))
        part.add("tzname", name)
        tz.add_component(part)
    return tz


def _local(when: dt.datetime) -> dt.datetime:
    return when.replace(tzinfo=BERLIN)


def _slot(m: PaperMeeting) -> dt.datetime:
    """Where the meeting was first booked: the occurrence a series rule produces."""
    return m.original_starts_at or m.starts_at


def _weekly_interval(slots: list[dt.datetime]) -> int | None:
    """n when the slots are every n weeks at one time of day, else None."""
    if len(slots) < 2:
        return None
    step = slots[1] - slots[0]
    if step.days <= 0 or step.days % 7 or step.seconds or step.microseconds:
        return None
    if any(b - a != step for a, b in itertools.pairwise(slots)):
        return None
    return step.days // 7


def _fill(event: Any, entry: CalendarEntry, uid: str, sequence: int, stamp: dt.datetime) -> None:
    from icalendar import vCalAddress

    m = entry.meeting
    ev = event
    ev.add("uid", uid)
    ev.add("dtstamp", stamp)
    ev.add("sequence", sequence)
    ev.add("dtstart", _local(m.starts_at))
    ev.add("dtend", _local(m.ends_at))
    if m.is_program_event:
        summary = _tr("event", kind=label(MEETING_KINDS, m.kind), program=entry.program_name)
    else:
        summary = _tr("meeting", names=" & ".join(entry.names))
    ev.add("summary", summary)
    lines = [
        _tr(
            "program",
            program=entry.program_name,
            format=FORMATS[entry.program_format].display_name(),
        ),
        _tr("how", mode=label(MEETING_MODES, m.mode)),
    ]
    if m.topic:
        lines.append(_tr("topic", topic=m.topic))
    if entry.names:
        lines.append(_tr("who", names=", ".join(entry.names)))
    if m.place:
        ev.add("location", m.place)
        if m.place.startswith(("https://", "http://")):
            ev.add("url", m.place)
    else:
        lines.append(_tr("no_place"))
    ev.add("description", "\n".join(lines))
    ev.add("status", "CANCELLED" if m.status == "cancelled" else "CONFIRMED")
    ev.add("transp", "OPAQUE")
    for name, email in entry.attendees:
        ev.add(
            "attendee",
            vCalAddress(f"mailto:{email}"),
            parameters={"cn": name, "role": "REQ-PARTICIPANT", "cutype": "INDIVIDUAL"},
        )


def build_calendar(
    entries: Sequence[CalendarEntry], name: str, token: str, stamp: dt.datetime | None = None
) -> bytes:
    """The .ics bytes for ``entries``; ``token`` makes the UIDs unique to this database."""
    from icalendar import Calendar, Event

    stamp = stamp or dt.datetime.now(dt.UTC).replace(microsecond=0)
    cal = Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", "PUBLISH")
    cal.add("x-wr-calname", _tr("calendar", name=name))
    cal.add("x-wr-timezone", TZID)
    cal.add_component(_timezone())

    series: dict[str, list[CalendarEntry]] = defaultdict(list)
    singles: list[CalendarEntry] = []
    for e in entries:
        if e.meeting.series_id:
            series[e.meeting.series_id].append(e)
        else:
            singles.append(e)
    for sid, group in series.items():
        group.sort(key=lambda e: _slot(e.meeting))
        slots = [_slot(e.meeting) for e in group]
        weeks = _weekly_interval(slots)
        if weeks is None:  # not a regular rule (any more): each meeting on its own
            singles.extend(group)
            continue
        uid = f"series-{sid}-{token}@lernpartner"
        sequence = max(e.meeting.sequence for e in group)
        first = group[0]
        master = Event()
        # The rule starts at the first slot even when that meeting was moved away from it,
        # and the series stands even when its first meeting was cancelled (EXDATE below).
        _fill(
            master,
            replace(first, meeting=replace(first.meeting, starts_at=slots[0], status="planned")),
            uid,
            sequence,
            stamp,
        )
        master.add(
            "rrule",
            {
                "freq": "weekly",
                "interval": weeks,
                "until": _local(slots[-1]).astimezone(dt.UTC),
            },
        )
        cancelled = [
            _local(s) for e, s in zip(group, slots, strict=True) if e.meeting.status == "cancelled"
        ]
        if cancelled:
            master.add("exdate", cancelled)
        cal.add_component(master)
        for e, slot in zip(group, slots, strict=True):
            m = e.meeting
            if m.status == "cancelled":
                continue
            differs = (
                m.starts_at != slot
                or m.duration_minutes != first.meeting.duration_minutes
                or (m.place, m.mode, m.topic, m.kind)
                != (
                    first.meeting.place,
                    first.meeting.mode,
                    first.meeting.topic,
                    first.meeting.kind,
                )
            )
            if differs:
                override = Event()
                _fill(override, e, uid, sequence, stamp)
                override.add("recurrence-id", _local(slot))
                cal.add_component(override)
    for e in sorted(singles, key=lambda e: (e.meeting.starts_at, e.meeting.id)):
        ev = Event()
        _fill(ev, e, f"meeting-{e.meeting.id}-{token}@lernpartner", e.meeting.sequence, stamp)
        cal.add_component(ev)
    data: bytes = cal.to_ical()
    return data


class CalendarService:
    """Calendar files of a partnership, a program or a person. Read-only; any thread."""

    def __init__(self, paper: PaperService) -> None:
        self.paper = paper

    def for_partnership(self, partnership_id: int) -> tuple[bytes, str]:
        pair = self.paper.partnership(partnership_id)
        return self._build(entries_of([pair]), pair.title)

    def for_program(self, program_id: int) -> tuple[bytes, str]:
        program = self.paper.program(program_id)
        return self._build(entries_of(program.partnerships, program.events), program.name)

    def for_person(self, person_id: int) -> tuple[bytes, str]:
        """The person's dates: exactly the meetings of "My dates" (see PaperService)."""
        dates = self.paper.person_dates(person_id)
        shown = {d.meeting.id for d in dates.entries}
        pairs = self.paper.partnerships_of(person_id)
        entries = [e for e in entries_of(pairs) if e.meeting.id in shown]
        return self._build(entries, dates.person.name)

    def _build(self, entries: list[CalendarEntry], name: str) -> tuple[bytes, str]:
        return build_calendar(entries, name, self.paper.calendar_token()), name

    @staticmethod
    def save(data: bytes, target: Path) -> Path:
        target = Path(target)
        if target.suffix.lower() != ".ics":
            target = target.with_name(target.name + ".ics")
        save_user_file(target, data)
        return target
