"""Figures and hints for the start page: what the owner-manager should look at.

Read with plain ``sqlite3`` on a read-only connection: this is the first thing the app shows,
and it must not wait for SQLAlchemy to import.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections import defaultdict
from pathlib import Path

from lernpartner_desktop.core.records import (
    ACTIVE_PHASES,
    QUIET_DAYS,
    Attention,
    AttentionItem,
    Hint,
    RegistrySummary,
)
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

    def has_company_profile(self) -> bool:
        """Whether the company profile was entered (the welcome page asks for it once)."""
        con = connect_readonly(self.db_path)
        try:
            return bool(con.execute("SELECT EXISTS (SELECT 1 FROM company_profile)").fetchone()[0])
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
                " COUNT(*) FROM program WHERE archived = 0",
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
                "SELECT id, name FROM program g WHERE archived = 0 AND NOT EXISTS "
                "(SELECT 1 FROM participation pa WHERE pa.program_id = g.id) ORDER BY name"
            )
            hints.extend(Hint("empty_program", "program", pid, name) for pid, name in rows)
        finally:
            con.close()
        return RegistrySummary(active, inactive, running, programs, parts, hints)

    def attention(self, now: dt.datetime | None = None, program_id: int | None = None) -> Attention:
        """What needs the owner's eye: this week's meetings, quiet pairs, interim talks, ...

        Plain SQL over a read-only connection; it must stay fast with thousands of
        partnerships and tens of thousands of meetings.
        """
        now = now or dt.datetime.now().replace(microsecond=0)
        today = now.date()
        monday = today - dt.timedelta(days=today.weekday())
        week_end = monday + dt.timedelta(days=7)
        active = ",".join(f"'{p}'" for p in ACTIVE_PHASES)
        scope = "" if program_id is None else f" AND p.program_id = {int(program_id)}"
        mscope = "" if program_id is None else f" AND m.program_id = {int(program_id)}"
        con = connect_readonly(self.db_path)
        try:
            titles = self._titles(con, scope)
            counts = dict(
                con.execute(
                    f"SELECT phase, COUNT(*) FROM partnership p WHERE 1=1{scope} GROUP BY phase"
                )
            )
            week = [
                AttentionItem(
                    "partnership" if pid else "program",
                    pid or prog,
                    titles.get(pid, "") if pid else prog_name,
                    _ts(start),
                    kind,
                )
                for pid, prog, prog_name, start, kind in con.execute(
                    "SELECT m.partnership_id, m.program_id, g.name, m.starts_at, m.kind "
                    "FROM meeting m JOIN program g ON g.id = m.program_id "
                    "LEFT JOIN partnership p ON p.id = m.partnership_id "
                    "WHERE m.status != 'cancelled' AND m.starts_at >= ? AND m.starts_at < ? "
                    f"AND (p.id IS NULL OR p.phase IN ({active})){mscope} "
                    "ORDER BY m.starts_at",
                    (
                        _sql(dt.datetime.combine(monday, dt.time())),
                        _sql(dt.datetime.combine(week_end, dt.time())),
                    ),
                )
            ]
            quiet = []
            for pid, created, last in con.execute(
                "SELECT p.id, p.created_on, (SELECT MAX(m.starts_at) FROM meeting m "
                "  WHERE m.partnership_id = p.id AND m.status != 'cancelled' "
                "  AND m.starts_at <= ?) "
                f"FROM partnership p WHERE p.phase IN ({active}){scope}",
                (_sql(now),),
            ):
                since = _ts(last).date() if last else dt.date.fromisoformat(created)
                days = (today - since).days
                if days >= QUIET_DAYS:
                    quiet.append(
                        AttentionItem(
                            "partnership",
                            pid,
                            titles.get(pid, ""),
                            _ts(last) if last else None,
                            "",
                            days,
                        )
                    )
            quiet.sort(key=lambda i: -(i.days or 0))
            interim = [
                AttentionItem(
                    "partnership" if pid else "program",
                    pid or prog,
                    titles.get(pid, "") if pid else prog_name,
                    _ts(start),
                    "overdue" if _ts(start) < now else "due",
                )
                for pid, prog, prog_name, start in con.execute(
                    "SELECT m.partnership_id, m.program_id, g.name, m.starts_at FROM meeting m "
                    "JOIN program g ON g.id = m.program_id "
                    "LEFT JOIN partnership p ON p.id = m.partnership_id "
                    "WHERE m.kind = 'interim' AND m.status = 'planned' AND m.starts_at < ? "
                    f"AND (p.id IS NULL OR p.phase IN ({active})){mscope} "
                    "ORDER BY m.starts_at",
                    (_sql(now + dt.timedelta(days=7)),),
                )
            ]
            # Halfway through the program and still no interim feedback from anybody.
            for pid, start, end in con.execute(
                "SELECT p.id, g.start_date, g.end_date FROM partnership p "
                "JOIN program g ON g.id = p.program_id "
                f"WHERE p.phase = 'learning' AND g.end_date IS NOT NULL{scope} "
                "AND NOT EXISTS (SELECT 1 FROM check_in c WHERE c.partnership_id = p.id "
                "AND c.kind = 'interim')"
            ):
                s_day, e_day = dt.date.fromisoformat(start), dt.date.fromisoformat(end)
                if today >= s_day + (e_day - s_day) / 2:
                    interim.append(
                        AttentionItem("partnership", pid, titles.get(pid, ""), None, "feedback")
                    )
            no_criteria = [
                AttentionItem("partnership", pid, titles.get(pid, ""), None, title)
                for pid, title in con.execute(
                    "SELECT p.id, g.title FROM goal g JOIN partnership p "
                    "ON p.id = g.partnership_id "
                    f"WHERE TRIM(g.success_criteria) = '' AND p.phase IN ({active}){scope} "
                    "ORDER BY p.id, g.id"
                )
            ]
            # Count each mentor's running partnerships first, then compare with the capacity
            # agreed for that program (joining the other way round is quadratic).
            over = [
                AttentionItem("person", person, name, None, program, n - cap)
                for person, name, program, cap, n in con.execute(
                    "SELECT pa.person_id, pe.name, g.name, pa.capacity, c.n FROM ("
                    "  SELECT p.program_id AS prog, pm.person_id AS person, COUNT(*) AS n "
                    "  FROM partnership_member pm JOIN partnership p ON p.id = pm.partnership_id "
                    f"  WHERE pm.role = 'mentor' AND p.phase IN ({active}){scope} "
                    "  GROUP BY p.program_id, pm.person_id) c "
                    "JOIN participation pa ON pa.program_id = c.prog AND pa.person_id = c.person "
                    "JOIN person pe ON pe.id = pa.person_id "
                    "JOIN program g ON g.id = pa.program_id "
                    "WHERE pa.role = 'mentor' AND pa.capacity IS NOT NULL AND c.n > pa.capacity "
                    "ORDER BY pe.name"
                )
            ]
        finally:
            con.close()
        return Attention(counts, week, quiet, interim, no_criteria, over)

    @staticmethod
    def _titles(con: sqlite3.Connection, scope: str) -> dict[int, str]:
        names: dict[int, list[str]] = defaultdict(list)
        for pid, name in con.execute(
            "SELECT pm.partnership_id, pe.name FROM partnership_member pm "
            "JOIN partnership p ON p.id = pm.partnership_id "
            f"JOIN person pe ON pe.id = pm.person_id WHERE 1=1{scope} "
            "ORDER BY pm.partnership_id, pm.role NOT IN ('mentor', 'buddy'), pe.name"
        ):
            names[pid].append(name)
        return {pid: " & ".join(n) for pid, n in names.items()}


def _ts(value: str) -> dt.datetime:
    return dt.datetime.fromisoformat(value)


def _sql(value: dt.datetime) -> str:
    """Our DateTime columns as SQLAlchemy stores them in SQLite, for string comparison."""
    return value.isoformat(sep=" ", timespec="microseconds")
