"""The fields a staff list can fill, the headers that suggest them, and the remembered mapping.

Headers are compared by a key that ignores case, spaces and punctuation: "E-Mail",
"e-mail " and "EMAIL" are one header; "Vorgesetzte/r" is "vorgesetzter".
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from lernpartner_desktop.base.i18n import QT_TRANSLATE_NOOP, translate

IGNORE = ""

#: field -> its label (the import dialog shows it in the user's language).
FIELDS: dict[str, str] = {
    "first_name": QT_TRANSLATE_NOOP("Import", "First name"),
    "last_name": QT_TRANSLATE_NOOP("Import", "Last name"),
    "name": QT_TRANSLATE_NOOP("Import", "Full name"),
    "personnel_number": QT_TRANSLATE_NOOP("Import", "Personnel number"),
    "department": QT_TRANSLATE_NOOP("Import", "Department"),
    "job_title": QT_TRANSLATE_NOOP("Import", "Job title"),
    "location": QT_TRANSLATE_NOOP("Import", "Location"),
    "manager": QT_TRANSLATE_NOOP("Import", "Manager"),
    "email": QT_TRANSLATE_NOOP("Import", "E-mail"),
    "phone": QT_TRANSLATE_NOOP("Import", "Phone"),
    "birth_year": QT_TRANSLATE_NOOP("Import", "Year of birth"),
    "birth_date": QT_TRANSLATE_NOOP("Import", "Date of birth (only the year is kept)"),
    "entry_date": QT_TRANSLATE_NOOP("Import", "Date of entry"),
    "entry_year": QT_TRANSLATE_NOOP("Import", "Year of entry"),
    "languages": QT_TRANSLATE_NOOP("Import", "Languages"),
    "offers": QT_TRANSLATE_NOOP("Import", "I offer (topics)"),
    "seeks": QT_TRANSLATE_NOOP("Import", "I seek (topics)"),
}

_ALIASES: dict[str, tuple[str, ...]] = {
    "first_name": ("Vorname", "Rufname", "First name", "Firstname", "Given name", "Forename"),
    "last_name": ("Nachname", "Familienname", "Zuname", "Last name", "Surname", "Family name"),
    "name": (
        "Name",
        "Name, Vorname",
        "Nachname, Vorname",
        "Vollständiger Name",
        "Mitarbeiter",
        "Mitarbeiterin",
        "Mitarbeiter/in",
        "Mitarbeiter:in",
        "Beschäftigte/r",
        "Full name",
        "Employee",
        "Employee name",
    ),
    "personnel_number": (
        "Personalnummer",
        "Personalnr",
        "Personal-Nr.",
        "Pers.-Nr.",
        "Pers.Nr.",
        "PNr",
        "Mitarbeiternummer",
        "MA-Nr.",
        "Personnel number",
        "Employee ID",
        "Employee number",
        "Staff number",
    ),
    "department": ("Abteilung", "Bereich", "Team", "Department", "Division"),
    "job_title": (
        "Position",
        "Stelle",
        "Funktion",
        "Tätigkeit",
        "Berufsbezeichnung",
        "Stellenbezeichnung",
        "Job title",
        "Title",
        "Role",
    ),
    "location": ("Standort", "Niederlassung", "Ort", "Arbeitsort", "Location", "Site", "Office"),
    "manager": (
        "Vorgesetzte/r",
        "Vorgesetzter",
        "Vorgesetzte",
        "Vorgesetzte:r",
        "Führungskraft",
        "Chef",
        "Manager",
        "Supervisor",
        "Reports to",
        "Line manager",
    ),
    "email": ("E-Mail", "E-Mail-Adresse", "Mail", "Email address", "E-mail"),
    "phone": (
        "Telefon",
        "Tel.",
        "Telefonnummer",
        "Durchwahl",
        "Mobil",
        "Handy",
        "Phone",
        "Telephone",
        "Mobile",
    ),
    "birth_year": ("Geburtsjahr", "Jahrgang", "Year of birth", "Birth year"),
    "birth_date": ("Geburtsdatum", "Geb.-Datum", "Geboren", "Date of birth", "Birthday"),
    "entry_date": (
        "Eintritt",
        "Eintrittsdatum",
        "Eintritt am",
        "Im Unternehmen seit",
        "Date of entry",
        "Entry date",
        "Start date",
        "Hire date",
    ),
    "entry_year": ("Eintrittsjahr", "Year of entry", "Entry year"),
    "languages": ("Sprachen", "Sprachkenntnisse", "Languages"),
    "offers": ("Ich biete", "Biete", "Bietet", "Angebot", "Kann", "I offer", "Offers"),
    "seeks": ("Ich suche", "Suche", "Sucht", "Lernwunsch", "Möchte lernen", "I seek", "Seeks"),
}

_KEY = re.compile(r"[\W_]+")


def header_key(header: str) -> str:
    """The comparison key of a header: lower case, letters and digits only."""
    return _KEY.sub("", header.casefold())


ALIASES: dict[str, str] = {
    header_key(alias): field for field, aliases in _ALIASES.items() for alias in aliases
}


def field_label(field: str) -> str:
    return translate("Import", FIELDS[field]) if field else ""


def header_score(texts: Sequence[str]) -> int:
    """How many of ``texts`` are known headers (used to find the header below titles)."""
    return sum(1 for t in texts if header_key(t) in ALIASES)


def suggest(headers: Sequence[str], remembered: dict[str, str] | None = None) -> list[str]:
    """A field (or IGNORE) for each column: remembered choices first, then known headers.

    A field goes to one column only (the first that claims it). "Name" next to a "Vorname"
    column is the last name, as German lists use it.
    """
    remembered = remembered or {}
    keys = [header_key(h) for h in headers]
    out: list[str] = []
    taken: set[str] = set()
    fields = [remembered.get(k, ALIASES.get(k, IGNORE)) for k in keys]
    if "first_name" in fields and "last_name" not in fields:
        fields = ["last_name" if f == "name" else f for f in fields]
    for f in fields:
        if f and f in FIELDS and f not in taken:
            out.append(f)
            taken.add(f)
        else:
            out.append(IGNORE)
    return out


def remember(
    headers: Sequence[str], mapping: Sequence[str], before: dict[str, str]
) -> dict[str, str]:
    """The remembered choices after an import: this file's headers with what was chosen."""
    result = dict(before)
    for header, field in zip(headers, mapping, strict=False):
        key = header_key(header)
        if key:
            result[key] = field
    return result


def mapping_problem(mapping: Sequence[str]) -> str | None:
    """Why the mapping cannot be used (untranslated text), or None."""
    chosen = [f for f in mapping if f]
    if len(chosen) != len(set(chosen)):
        return QT_TRANSLATE_NOOP(
            "Errors", "A field is chosen for two columns. Each field can come from one column only."
        )
    if "name" not in chosen and not ("first_name" in chosen or "last_name" in chosen):
        return QT_TRANSLATE_NOOP(
            "Errors", "Choose which column holds the name (or first and last name)."
        )
    return None
