"""One person whom every table of the schema refers to (for the access and erasure tests)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from lernpartner_desktop.core.records import AdEntry, MeetingPlan, PersonInput, ProgramInput
from lernpartner_desktop.workspace import Workspace

PASSPHRASE = "Tresor für Tests"
NAME = "Jörg Müller"
EMAIL = "joerg.mueller@firma.de"
START = dt.date(2026, 3, 2)
END = dt.date(2026, 11, 27)


@dataclass
class Scenario:
    joerg: int
    kaethe: int
    anja: int
    tandem: int  # the running pair Jörg & Käthe
    circle: int  # a learning circle that ended early (participation confirmations issued)
    tandem_program: int
    mentoring: int
    circle_program: int


def build(ws: Workspace) -> Scenario:
    ws.vault.set_up(PASSPHRASE)
    person = ws.people.create
    joerg = person(
        PersonInput(
            name=NAME,
            email=EMAIL,
            personnel_number="00101",
            department="Geschäftsführung",
            phone="0561 4711",
            generation_basis="birth_year",
            generation_year=1966,
            consent=True,
            consent_date=dt.date(2026, 1, 10),
            entry_date=dt.date(1998, 4, 1),
        )
    )
    kaethe = person(PersonInput(name="Käthe Groß", manager_id=joerg, department="Vertrieb"))
    anja = person(PersonInput(name="Anja Weiß"))
    ben = person(PersonInput(name="Ben Neu"))
    cem = person(PersonInput(name="Cem Kaya"))
    ws.people.set_ad(
        joerg, [AdEntry("Kalkulation", "offer", 4), AdEntry("SAP", "seek", 1)], "gern mittags"
    )
    tandems = ws.programs.create(
        ProgramInput.from_format("Tandems", "tandem", START, end_date=END, facilitator_id=joerg)
    )
    ws.programs.enrol_many(tandems, [joerg, kaethe, anja], "peer")
    pair = ws.partnerships.create(tandems, [(joerg, "peer"), (kaethe, "peer")], today=START)
    ws.partnerships.advance(pair, today=START)
    goal = ws.partnerships.add_goal(pair, "Kalkulation wie Jörg Müller", "drei Angebote", joerg)
    ws.partnerships.add_package(goal, "Angebote durchgehen", dt.date(2026, 4, 1))
    ws.partnerships.advance(pair, today=dt.date(2026, 3, 9))
    (first,) = ws.meetings.plan(
        pair, MeetingPlan(dt.datetime(2026, 3, 10, 16), place="Büro Jörg Müller")
    )
    ws.meetings.set_status(first, "held")
    ws.meetings.plan(pair, MeetingPlan(dt.datetime(2026, 11, 20, 16), place="Büro"))
    ws.partnerships.record_fit(pair, joerg, "fits", "passt gut", today=dt.date(2026, 3, 11))
    ws.partnerships.record_interim(pair, joerg, 4, 5, 4, today=dt.date(2026, 4, 11))
    ws.partnerships.add_journal_entry(pair, joerg, "Mein Tagebuch: Rabatte", dt.date(2026, 3, 12))
    ws.partnerships.add_journal_entry(
        pair, kaethe, "Jörg Müller erklärt Margen sehr geduldig", dt.date(2026, 3, 12)
    )
    ws.gap_notes.create("Pivot unsicher", "übt mit echten Daten", person_id=joerg)
    ws.gap_notes.create("Zeitplanung", "beide", partnership_id=pair)
    circle_program = ws.programs.create(
        ProgramInput.from_format("Lernzirkel Excel", "learning_circle", START, end_date=END)
    )
    ws.programs.enrol_many(circle_program, [joerg, anja, ben, cem], "member")
    circle = ws.partnerships.create(
        circle_program,
        [(joerg, "member"), (anja, "member"), (ben, "member"), (cem, "member")],
        today=START,
    )
    # The circle ended early: everyone got a participation confirmation.
    ws.partnerships.dissolve(circle, today=dt.date(2026, 4, 20))
    ws.certificates.issue_for_partnership(circle, today=dt.date(2026, 4, 21))
    mentoring = ws.programs.create(ProgramInput.from_format("Mentoring", "mentoring", START))
    ws.programs.enrol(mentoring, joerg, "mentor", capacity=2)
    ws.programs.enrol(mentoring, ben, "mentor", capacity=2)
    ws.programs.enrol(mentoring, anja, "mentee")
    ws.programs.enrol(mentoring, cem, "mentee")
    ws.matching.set_preferences(mentoring, anja, [joerg])  # names him (other_id)
    ws.matching.set_exclusions(mentoring, joerg, [cem])  # his own wish (person_id)
    return Scenario(joerg, kaethe, anja, pair, circle, tandems, mentoring, circle_program)
