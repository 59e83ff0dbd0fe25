"""Figures and hints for the start page: what the owner-manager should look at.

Read with plain ``sqlite3`` on a read-only connection: this is the first thing the app shows,
and it must not wait for SQLAlchemy to import.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from lernpartner_desktop.core.records import Hint, RegistrySummary
from lernpartner_desktop.storage.sqlitefile import connect_readonly

# Enrolled people needing a look: no recorded consent (the GDPR wants it before taking part),
# inactive but still enrolled, or an empty partner ad (matching has nothing to go on).
_PERSON_HINTS = {
    "no_consent": "p.consent = 0",
    "inactive_enrolled": "p.active = 0",
    "no_ad": "p.active = 1 AND NOT EXISTS (SELECT 1 FROM ad_item a WHERE a.person_id = p.id)",
}


class OverviewService:
    def __init__(self, db_path: Path) -> None:
        self.db_path = db_path

    def is_empty(self) -> bool:
        con = connect_readonly(self.db_path)
        try:
            return not con.execute(
                "SELECT EXISTS (SELECT 1 FROM person) OR EXISTS (SELECT 1 FROM program)"
            ).fetchone()[0]
        finally:
            con.close()

    def registry(self, today: dt.date | None = None) -> RegistrySummary:
        today = today or dt.date.today()
        con = connect_readonly(self.db_path)
        try:
            active, inactive = con.execute(
                "SELECT COALESCE(SUM(active = 1), 0), COALESCE(SUM(active = 0), 0) FROM person"
            ).fetchone()
            day = today.isoformat()
            running, programs = con.execute(
                "SELECT COALESCE(SUM(start_date <= ? AND (end_date IS NULL OR end_date >= ?)), 0),"
                " COUNT(*) FROM program",
                (day, day),
            ).fetchone()
            parts = con.execute("SELECT COUNT(*) FROM participation").fetchone()[0]
            hints: list[Hint] = []
            for kind, condition in _PERSON_HINTS.items():
                rows = con.execute(
                    "SELECT DISTINCT p.id, p.name FROM person p "
                    "JOIN participation pa ON pa.person_id = p.id "
                    f"WHERE {condition} ORDER BY p.name"
                )
                hints.extend(Hint(kind, "person", pid, name) for pid, name in rows)
            rows = con.execute(
                "SELECT id, name FROM program g WHERE NOT EXISTS "
                "(SELECT 1 FROM participation pa WHERE pa.program_id = g.id) ORDER BY name"
            )
            hints.extend(Hint("empty_program", "program", pid, name) for pid, name in rows)
        finally:
            con.close()
        return RegistrySummary(active, inactive, running, programs, parts, hints)
