"""Realistic German demo data for trying the app (``lernpartner demo``).

Written in one transaction straight through the models: the data is generated valid, and a
2,000-person company is filled in about a second instead of one transaction per person.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

from lernpartner_desktop.base.errors import DataFolderNotEmpty, ValidationError
from lernpartner_desktop.base.i18n import QT_TRANSLATE_NOOP
from lernpartner_desktop.base.text import name_key
from lernpartner_desktop.core.meetings import office_day
from lernpartner_desktop.storage.models import (
    AdItem,
    CheckIn,
    GapNote,
    Goal,
    JournalEntry,
    LearningPackage,
    Meeting,
    Participation,
    Partnership,
    PartnershipMember,
    Person,
    PhaseChange,
    Program,
    Topic,
)

if TYPE_CHECKING:
    from lernpartner_desktop.workspace import Workspace

#: The demo's vault passphrase (printed by ``lernpartner demo``; never use it for real data).
DEMO_PASSPHRASE = "Demo-Tresor 2026"

# Rows whose confidential column is sealed once they have their ids: (row, column, text).
Secrets = list[tuple[Partnership | JournalEntry | GapNote | Person, str, str]]

FIRST_NAMES = [
    "Jürgen",
    "Jörg",
    "Björn",
    "Sören",
    "Günther",
    "Käthe",
    "Jürgen",
    "Özlem",
    "Müge",
    "Lütfiye",
    "Ülrich",
    "Anja",
    "Sabine",
    "Thomas",
    "Stefan",
    "Andreas",
    "Michael",
    "Petra",
    "Monika",
    "Claudia",
    "Katrin",
    "Julia",
    "Laura",
    "Lea",
    "Lena",
    "Leonie",
    "Lukas",
    "Jonas",
    "Finn",
    "Tim",
    "Niklas",
    "Maximilian",
    "Felix",
    "Paul",
    "Emma",
    "Mia",
    "Hannah",
    "Sophie",
    "Marie",
    "Lina",
    "Ella",
    "Clara",
    "Ida",
    "Frieda",
    "Mathilda",
    "Hans",
    "Heinz",
    "Gerd",
    "Dieter",
    "Wolfgang",
    "Ursula",
    "Renate",
    "Bärbel",
    "Hülya",
    "Ayşe",
    "Mehmet",
    "Emre",
    "Piotr",
    "Agnieszka",
    "Tomasz",
    "Olga",
    "Dmitri",
    "Giulia",
    "Marco",
    "Chloé",
    "René",
    "André",
    "Zoë",
    "Jannik",
    "Merve",
]
LAST_NAMES = [
    "Müller",
    "Schäfer",
    "Köhler",
    "Bäcker",
    "Groß",
    "Weiß",
    "Böhm",
    "Krüger",
    "Jäger",
    "Fuchs",
    "Hoffmann",
    "Schröder",
    "Schmidt",
    "Schneider",
    "Fischer",
    "Meyer",
    "Wagner",
    "Becker",
    "Schulz",
    "Koch",
    "Richter",
    "Klein",
    "Wolf",
    "Neumann",
    "Schwarz",
    "Zimmermann",
    "Braun",
    "Hofmann",
    "Hartmann",
    "Lange",
    "Schmitt",
    "Werner",
    "Krause",
    "Meier",
    "Lehmann",
    "Schmid",
    "König",
    "Walter",
    "Mayer",
    "Huber",
    "Kaiser",
    "Peters",
    "Möller",
    "Scholz",
    "Roth",
    "Günther",
    "Frank",
    "Berger",
    "Winkler",
    "Lorenz",
    "Baumann",
    "Franke",
    "Albrecht",
    "Schuster",
    "Simon",
    "Ludwig",
    "Böttcher",
    "Kühn",
    "Vogel",
    "Jürgens",
    "Özdemir",
    "Yılmaz",
    "Kowalski",
    "Nowak",
    "Wójcik",
    "Lübke",
    "Göbel",
    "Thür",
    "Dörr",
    "Süß",
    "Öztürk",
]
DEPARTMENTS = {
    "Vertrieb": ("Vertriebsleitung", "Außendienst", "Innendienst", "Key-Account-Management"),
    "Produktion": (
        "Produktionsleitung",
        "Schichtleitung",
        "Maschinenführer/in",
        "Mechatroniker/in",
    ),
    "Buchhaltung": ("Leitung Finanzen", "Buchhalter/in", "Lohnbuchhaltung"),
    "Personal": ("Personalleitung", "Personalreferent/in", "Ausbildungsleitung"),
    "IT": ("IT-Leitung", "Systemadministrator/in", "Anwendungsbetreuung"),
    "Einkauf": ("Einkaufsleitung", "Einkäufer/in", "Disposition"),
    "Logistik": ("Logistikleitung", "Lagerist/in", "Versand", "Fachkraft Lagerlogistik"),
    "Kundendienst": ("Leitung Kundendienst", "Servicetechniker/in", "Kundenberatung"),
    "Marketing": ("Marketingleitung", "Social-Media-Redaktion", "Grafikdesign"),
}
LOCATIONS = ("Hauptsitz Kassel", "Werk Baunatal", "Niederlassung Göttingen")
TOPICS = (
    "Excel",
    "SAP",
    "Kundengespräche",
    "Social Media",
    "Projektmanagement",
    "Präsentieren",
    "Englisch",
    "Datenschutz (DSGVO)",
    "CNC-Programmierung",
    "Lagerlogistik",
    "Videokonferenzen & Teams",
    "KI-Werkzeuge",
    "Arbeitssicherheit",
    "DATEV",
    "Verhandlungsführung",
    "Zeitmanagement",
    "Führung",
    "Qualitätsmanagement",
    "Feedback geben",
    "Reklamationsbearbeitung",
    "Power BI",
    "Konfliktlösung",
)
DIGITAL = ("Social Media", "KI-Werkzeuge", "Videokonferenzen & Teams", "Power BI", "Excel")
LANGUAGES = ("Englisch", "Türkisch", "Polnisch", "Russisch", "Italienisch", "Französisch")

Progress = Callable[[int, int], None]
_ASCII = str.maketrans(
    {
        "ä": "ae",
        "ö": "oe",
        "ü": "ue",
        "ß": "ss",
        "é": "e",
        "ë": "e",
        "ı": "i",
        "ş": "s",
        "ó": "o",
        "ğ": "g",
    }
)


def _mail_address(first: str, last: str) -> str:
    """Mail addresses as German firms write them: umlauts spelled out, ASCII only."""
    local = f"{first}.{last}".lower().translate(_ASCII)
    return (
        "".join(ch for ch in local if ch.isascii() and (ch.isalnum() or ch == "."))
        + "@beispiel-gmbh.de"
    )


def _unique_names(rng: random.Random, n: int) -> list[str]:
    names: list[str] = []
    seen: set[str] = set()
    initials = "ABCDEFGHJKLMNPRSTW"
    while len(names) < n:
        first, last = rng.choice(FIRST_NAMES), rng.choice(LAST_NAMES)
        name = f"{first} {last}"
        if name in seen:
            name = f"{first} {rng.choice(initials)}. {last}"
        if name not in seen:
            seen.add(name)
            names.append(name)
    return names


def fill_demo(
    ws: Workspace,
    people: int = 60,
    seed: int = 7,
    today: dt.date | None = None,
    progress: Progress | None = None,
) -> str | None:
    """Fill an empty workspace. Refuses a workspace that already holds data.

    Sets up the vault with :data:`DEMO_PASSPHRASE` (unless it exists) and returns its recovery
    code, so that the demo's journal entries and gap notes are sealed like real ones.
    """
    if people < 10 or people > 20000:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "The demo needs between 10 and 20000 people."),
            field="people",
        )
    if not ws.is_empty():
        raise DataFolderNotEmpty(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The data folder {folder} already holds data; the demo only fills an empty one.",
            ),
            folder=str(ws.folder),
        )
    rng = random.Random(seed)
    today = today or dt.date.today()
    code = None if ws.vault.exists() else ws.vault.set_up(DEMO_PASSPHRASE)
    secrets: Secrets = []
    with ws.db.write() as s:
        topics = {t: Topic(name=t, name_key=name_key(t)) for t in TOPICS}
        s.add_all(topics.values())
        names = _unique_names(rng, people)
        owner = Person(
            name=names[0],
            name_key=name_key(names[0]),
            department="Geschäftsführung",
            job_title="Geschäftsführer/in",
            location=LOCATIONS[0],
            generation_basis="birth_year",
            generation_year=1964,
            languages="Deutsch, Englisch",
            consent=True,
            consent_date=today - dt.timedelta(days=200),
        )
        s.add(owner)
        depts = list(DEPARTMENTS)
        heads: dict[str, Person] = {}
        everyone = [owner]
        for i, name in enumerate(names[1:], start=1):
            dept = depts[i % len(depts)] if i <= len(depts) else rng.choice(depts)
            titles = DEPARTMENTS[dept]
            is_head = dept not in heads
            title = titles[0] if is_head else rng.choice(titles[1:])
            first, last = name.split(" ")[0], name.split(" ")[-1]
            if rng.random() < 0.8:
                basis, year = "birth_year", rng.randint(1961, 2006)
            else:
                basis, year = "entry_year", rng.randint(1990, today.year)
            langs = ["Deutsch", *rng.sample(LANGUAGES, k=rng.choice((0, 1, 1, 2)))]
            consent = rng.random() < 0.9
            person = Person(
                name=name,
                name_key=name_key(name),
                department=dept,
                job_title=title,
                location=rng.choice(LOCATIONS),
                manager=owner if is_head else heads[dept],
                generation_basis=basis,
                generation_year=year,
                languages=", ".join(langs),
                email=_mail_address(first, last),
                phone=f"0561 {rng.randint(100000, 999999)}",
                active=rng.random() > 0.04,
                consent=consent,
                consent_date=today - dt.timedelta(days=rng.randint(5, 400)) if consent else None,
            )
            if is_head:
                heads[dept] = person
            young = basis == "birth_year" and year >= 1990
            offer_pool = list(DIGITAL) + list(TOPICS) if young else list(TOPICS)
            offers = set(rng.sample(offer_pool, k=rng.randint(1, 3)))
            seeks = set(rng.sample([t for t in TOPICS if t not in offers], k=rng.randint(1, 2)))
            for t in offers:
                person.ad_items.append(
                    AdItem(topic=topics[t], kind="offer", level=rng.randint(3, 4))
                )
            for t in seeks:
                person.ad_items.append(
                    AdItem(topic=topics[t], kind="seek", level=rng.randint(1, 2))
                )
            s.add(person)
            everyone.append(person)
            if progress and i % 200 == 0:
                progress(i, people)
        s.flush()
        for i, person in enumerate(everyone[3::17]):
            gap = _GAPS[i % len(_GAPS)]
            note = GapNote(
                person_id=person.id, created_on=today, updated_on=today, title=b"", body=b""
            )
            s.add(note)
            secrets.extend([(note, "title", gap[0]), (note, "body", gap[1])])
        _demo_programs(s, rng, today, everyone, secrets)
        s.flush()
        for row, column, plain in secrets:
            ws.vault.seal_into(row, column, plain)
    ws.changes.announce("people", "programs", "partnerships", "meetings", "gap_notes")
    if progress:
        progress(people, people)
    return code


def _demo_programs(
    s: Session, rng: random.Random, today: dt.date, everyone: list[Person], secrets: Secrets
) -> None:
    active = [p for p in everyone if p.active and p.consent]
    born = [p for p in active if p.generation_basis == "birth_year" and p.generation_year]
    young = [p for p in born if (p.generation_year or 0) >= 1990]
    senior = [p for p in born if (p.generation_year or 0) <= 1975]
    fac = rng.choice([p for p in active if p.department == "Personal"] or active)

    def program(
        name: str, fmt: str, cadence: int, size: int, months_ago: int = 2, **kw: str
    ) -> Program:
        begin = today - dt.timedelta(days=30 * months_ago)
        p = Program(
            name=name,
            name_key=name_key(name),
            format=fmt,
            start_date=begin,
            end_date=begin + dt.timedelta(days=270),
            cadence_weeks=cadence,
            max_group_size=size,
            facilitator=fac,
            **kw,
        )
        s.add(p)
        return p

    used: dict[str, set[int]] = {}
    roster: dict[str, dict[str, list[Person]]] = {}

    def enrol(
        prog: Program, people: list[Person], role: str, n: int, capacity: int | None = None
    ) -> None:
        taken = used.setdefault(prog.name, set())
        pool = [p for p in people if p.id not in taken]
        for person in rng.sample(pool, k=min(n, len(pool))):
            taken.add(person.id)
            roster.setdefault(prog.name, {}).setdefault(role, []).append(person)
            s.add(
                Participation(
                    program=prog,
                    person=person,
                    role=role,
                    capacity=capacity if role == "mentor" else None,
                )
            )

    scale = max(1, len(active) // 60)
    rm = program("Digitale Fitness – Reverse Mentoring", "reverse_mentoring", 2, 2, months_ago=5)
    enrol(rm, young, "mentor", 4 * scale, capacity=2)
    enrol(rm, senior, "mentee", 6 * scale)
    tandem = program("Lern-Tandems Vertrieb & Produktion", "tandem", 2, 2, hierarchy="equals")
    enrol(
        tandem, [p for p in active if p.department in ("Vertrieb", "Produktion")], "peer", 8 * scale
    )
    mentoring = program(
        "Mentoring für Nachwuchsführungskräfte", "mentoring", 4, 2, steering="steered"
    )
    enrol(mentoring, senior, "mentor", 3 * scale, capacity=2)
    enrol(mentoring, young, "mentee", 5 * scale)
    buddy = program("Onboarding-Buddys", "buddy", 1, 2, hierarchy="equals")
    enrol(buddy, active, "buddy", 3 * scale)
    enrol(buddy, active, "mentee", 3 * scale)
    circle = program("Lernzirkel Excel & Daten", "learning_circle", 2, 5, hierarchy="equals")
    enrol(circle, active, "member", 10 * scale)
    s.flush()
    _demo_partnerships(s, rng, today, [tandem, rm, mentoring, buddy, circle], roster, secrets)


# Every phase appears; the tandem program gets a dissolved and a completed pair first.
_PHASE_CYCLE = (
    "dissolved",
    "completed",
    "learning",
    "planning",
    "learning",
    "closing",
    "preparation",
    "learning",
    "completed",
    "planning",
)
_CRITERIA = (
    "drei Aufgaben selbstständig gelöst",
    "im Team vorgestellt",
    "Checkliste ohne Hilfe abgearbeitet",
    "",
)
_DISSOLVE_REASONS = (
    "Die Chemie hat nicht gestimmt; beide wünschen sich einen neuen Partner.",
    "Zu wenig Zeit neben dem Tagesgeschäft.",
)
_GAPS = (
    (
        "Unsicher bei Pivot-Tabellen",
        "Braucht Begleitung beim Monatsbericht; Übung mit echten Daten.",
    ),
    ("Präsentieren vor Kunden", "Spricht ungern vor Gruppen; kleine Runden zuerst."),
    ("SAP-Bestellprozess", "Kennt die Freigabeschritte noch nicht sicher."),
)
_JOURNAL = (
    "Heute die Grundlagen durchgesprochen, nächstes Mal üben wir am echten Fall.",
    "Hat gut geklappt, ich brauche aber noch mehr Praxis.",
    "Gemeinsam eine Vorlage gebaut, die wir im Alltag nutzen.",
)


def _demo_partnerships(
    s: Session,
    rng: random.Random,
    today: dt.date,
    programs: list[Program],
    roster: dict[str, dict[str, list[Person]]],
    secrets: Secrets,
) -> None:
    now = dt.datetime.combine(today, dt.time(12))
    index = 0
    for prog in programs:
        groups = _demo_groups(prog, roster.get(prog.name, {}))
        for members in groups:
            phase = _PHASE_CYCLE[index % len(_PHASE_CYCLE)]
            _demo_partnership(s, rng, prog, members, phase, index, now, secrets)
            index += 1
        assert prog.end_date is not None
        for kind, day, hour in (("kickoff", 7, 10), ("interim", 135, 14), ("closing", 269, 10)):
            # Events of the whole program fall on office days, like every demo meeting.
            start = dt.datetime.combine(
                office_day(prog.start_date + dt.timedelta(days=day)), dt.time(hour)
            )
            # An interim talk that is past but not marked held shows up as overdue.
            held = start < now and kind != "interim"
            s.add(
                Meeting(
                    program_id=prog.id,
                    starts_at=start,
                    duration_minutes=120,
                    mode="onsite",
                    place="Besprechungsraum 1",
                    kind=kind,
                    status="held" if held else "planned",
                )
            )
    # The busiest mentor agreed to one mentee fewer than they now have: the overview warns.
    mentoring = next(p for p in programs if p.format == "mentoring")
    s.flush()
    load: dict[int, int] = {}
    for person_id in s.scalars(
        select(PartnershipMember.person_id)
        .join(Partnership)
        .where(
            Partnership.program_id == mentoring.id,
            PartnershipMember.role == "mentor",
            Partnership.phase.not_in(("completed", "dissolved")),
        )
    ):
        if person_id is not None:
            load[person_id] = load.get(person_id, 0) + 1
    if load:
        busiest = max(load, key=lambda k: load[k])
        for pa in mentoring.participations:
            if pa.person_id == busiest:
                pa.capacity = load[busiest] - 1


def _demo_groups(prog: Program, roles: dict[str, list[Person]]) -> list[list[tuple[Person, str]]]:
    """Pairs or groups from the roster; a few people stay unpaired for matching to do."""
    if prog.format == "learning_circle":
        people = roles.get("member", [])
        size = max(2, prog.max_group_size - 1)
        return [
            [(p, "member") for p in people[i : i + size]]
            for i in range(0, len(people) - size + 1, size)
        ]
    if prog.format == "tandem":
        peers = roles.get("peer", [])[:-2]
        return [[(a, "peer"), (b, "peer")] for a, b in zip(peers[::2], peers[1::2], strict=False)]
    lead = "buddy" if prog.format == "buddy" else "mentor"
    leads, mentees = roles.get(lead, []), roles.get("mentee", [])[:-1]
    return (
        [
            [(leads[i % len(leads)], lead), (m, "mentee")]
            for i, m in enumerate(mentees[: 2 * len(leads)])
        ]
        if leads
        else []
    )


def _demo_partnership(
    s: Session,
    rng: random.Random,
    prog: Program,
    members: list[tuple[Person, str]],
    phase: str,
    index: int,
    now: dt.datetime,
    secrets: Secrets,
) -> None:
    created = prog.start_date + dt.timedelta(days=3 + index % 5)
    p = Partnership(program_id=prog.id, phase=phase, created_on=created)
    p.members = [PartnershipMember(person_id=m.id, role=r) for m, r in members]
    s.add(p)
    s.flush()
    order = ["preparation", "planning", "learning", "closing", "completed"]
    reached = order[: order.index(phase) + 1] if phase in order else order[:3]
    day = created
    previous = None
    for step in reached:
        s.add(PhaseChange(partnership_id=p.id, from_phase=previous, to_phase=step, changed_on=day))
        previous, day = step, day + dt.timedelta(days=10)
    ended = None
    if phase in ("completed", "dissolved"):
        ended = min(now.date() - dt.timedelta(days=3), day)
        if phase == "dissolved":
            s.add(
                PhaseChange(
                    partnership_id=p.id, from_phase=previous, to_phase="dissolved", changed_on=ended
                )
            )
        p.ended_on = ended
        if phase == "dissolved":
            secrets.append(
                (p, "dissolve_reason", _DISSOLVE_REASONS[index % len(_DISSOLVE_REASONS)])
            )
    if phase in ("learning", "closing") and index % 3 == 0:
        note = GapNote(
            partnership_id=p.id, created_on=created, updated_on=created, title=b"", body=b""
        )
        s.add(note)
        gap = _GAPS[index % len(_GAPS)]
        secrets.extend([(note, "title", gap[0]), (note, "body", gap[1])])
    people = [m for m, _ in members]
    if phase != "preparation":
        # Distinct topics: what the members seek first, then anything else.
        seeks = list(
            dict.fromkeys(
                [a.topic.name for m in people for a in m.ad_items if a.kind == "seek"]
                + [t for t in TOPICS if t not in ("Excel",)]
            )
        )
        for g in range(1 + index % 3):
            topic = seeks[g % len(seeks)] if seeks else "Excel"
            goal = Goal(
                partnership_id=p.id,
                title=f"{topic} sicher anwenden",
                success_criteria=_CRITERIA[(index + g) % len(_CRITERIA)],
                person_id=people[(g + 1) % len(people)].id,
                status="open"
                if phase != "completed"
                else ("achieved" if g % 2 == 0 else "not_achieved"),
            )
            goal.packages = [
                LearningPackage(
                    title=f"Lernpaket {k + 1}: {topic}",
                    due_on=created + dt.timedelta(days=30 * (k + 1)),
                    status="done" if k == 0 and phase != "planning" else "open",
                )
                for k in range(2)
            ]
            s.add(goal)
    if phase in ("preparation", "planning"):
        return
    # A series on a weekday and hour of its own, so a mentor's pairs do not clash.
    first = dt.datetime.combine(created + dt.timedelta(days=7 + index % 5), dt.time(14 + index % 3))
    while first.weekday() >= 5:  # office days only
        first += dt.timedelta(days=1)
    weeks = prog.cadence_weeks or 2
    stop = ended or prog.end_date or now.date()
    quiet = phase == "learning" and index % 4 == 0  # a pair that has stopped meeting
    start = first
    while start.date() <= stop:
        past = start < now
        status = "held" if past else "planned"
        if (past and quiet and start > now - dt.timedelta(days=30)) or (
            past and rng.random() < 0.08
        ):
            status = "cancelled"
        if phase == "dissolved" and not past:
            status = "cancelled"
        s.add(
            Meeting(
                program_id=prog.id,
                partnership_id=p.id,
                starts_at=start,
                duration_minutes=60,
                mode=("onsite", "online", "hybrid")[index % 3],
                place="Raum 2.14" if index % 3 == 0 else "Teams-Link im Kalender",
                kind="regular",
                status=status,
            )
        )
        start += dt.timedelta(weeks=weeks)
    for person in people:
        s.add(
            CheckIn(
                partnership_id=p.id,
                person_id=person.id,
                kind="fit",
                recorded_on=first.date() + dt.timedelta(days=1),
                fit="no_fit" if phase == "dissolved" else "fits",
            )
        )
        entry = JournalEntry(
            partnership_id=p.id,
            person_id=person.id,
            written_on=first.date() + dt.timedelta(days=2),
            body=b"",
        )
        s.add(entry)
        secrets.append((entry, "body", _JOURNAL[(index + person.id) % len(_JOURNAL)]))
        if phase in ("closing", "completed") or (phase == "learning" and index % 2):
            s.add(
                CheckIn(
                    partnership_id=p.id,
                    person_id=person.id,
                    kind="interim",
                    recorded_on=first.date() + dt.timedelta(days=40),
                    progress=rng.randint(3, 5),
                    cooperation=rng.randint(3, 5),
                    benefit=rng.randint(2, 5),
                )
            )
