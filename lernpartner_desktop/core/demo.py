"""Realistic German demo data for trying the app (``lernpartner demo``).

Written in one transaction straight through the models: the data is generated valid, and a
2,000-person company is filled in about a second instead of one transaction per person.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable
from typing import TYPE_CHECKING

from sqlalchemy.orm import Session

from lernpartner_desktop.core.errors import DataFolderNotEmpty, ValidationError
from lernpartner_desktop.core.i18n import QT_TRANSLATE_NOOP
from lernpartner_desktop.core.text import name_key
from lernpartner_desktop.storage.models import AdItem, Participation, Person, Program, Topic

if TYPE_CHECKING:
    from lernpartner_desktop.workspace import Workspace

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
) -> None:
    """Fill an empty workspace. Refuses a workspace that already holds data."""
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
        _demo_programs(s, rng, today, everyone)
    ws.changes.announce("people", "programs")
    if progress:
        progress(people, people)


def _demo_programs(s: Session, rng: random.Random, today: dt.date, everyone: list[Person]) -> None:
    active = [p for p in everyone if p.active and p.consent]
    born = [p for p in active if p.generation_basis == "birth_year" and p.generation_year]
    young = [p for p in born if (p.generation_year or 0) >= 1990]
    senior = [p for p in born if (p.generation_year or 0) <= 1975]
    start = today - dt.timedelta(days=60)
    fac = rng.choice([p for p in active if p.department == "Personal"] or active)

    def program(name: str, fmt: str, cadence: int, size: int, **kw: str) -> Program:
        p = Program(
            name=name,
            name_key=name_key(name),
            format=fmt,
            start_date=start,
            end_date=start + dt.timedelta(days=270),
            cadence_weeks=cadence,
            max_group_size=size,
            facilitator=fac,
            **kw,
        )
        s.add(p)
        return p

    used: dict[str, set[int]] = {}

    def enrol(
        prog: Program, people: list[Person], role: str, n: int, capacity: int | None = None
    ) -> None:
        taken = used.setdefault(prog.name, set())
        pool = [p for p in people if p.id not in taken]
        for person in rng.sample(pool, k=min(n, len(pool))):
            taken.add(person.id)
            s.add(
                Participation(
                    program=prog,
                    person=person,
                    role=role,
                    capacity=capacity if role == "mentor" else None,
                )
            )

    scale = max(1, len(active) // 60)
    rm = program("Digitale Fitness – Reverse Mentoring", "reverse_mentoring", 2, 2)
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
