"""Backup file names and which automatic backups to keep, the way Anki thins its backups.

Newest first: every backup of today and yesterday is kept; then the newest backup of each
earlier day until ``daily`` days are kept; then the newest of each earlier week (Monday to
Sunday) until ``weekly`` weeks are kept; then the newest of each earlier month until
``monthly`` months are kept; everything older goes. A stage only considers days, weeks or
months older than the last backup kept, so the stages never overlap. With the defaults
(12, 10, 9) a year of backups thins to about 33 files reaching back ten to eleven months.

One refinement over Anki: a week that spans the end of a month counts as two weeks, one in
each month. Otherwise the last backup of a month (say Tuesday the 31st) is not the newest of
its week (Sunday the 5th is), is thinned away in the weekly stage, and the month is later
kept by an older backup: what is kept would depend on when thinning ran. With the cut, the
newest backup of every day, week and month survives until its stage has taken it, so
thinning after every backup keeps exactly what thinning once at the end would keep.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

PREFIX = "Lernpartner-Sicherung-"
SUFFIX = ".lpbackup"
BEFORE_RESTORE = "-vor-Wiederherstellung"
_NAME = re.compile(
    r"^Lernpartner-Sicherung-(\d{4})-(\d{2})-(\d{2})-(\d{2})(\d{2})(?:-(\d+))?"
    r"(-vor-Wiederherstellung)?\.lpbackup$"
)


@dataclass(frozen=True)
class Limits:
    daily: int = 12
    weekly: int = 10
    monthly: int = 9


@dataclass(frozen=True)
class Named:
    """A backup file as its name describes it."""

    path: Path
    when: dt.datetime  # local time, to the minute
    serial: int  # 1, or 2, 3, ... for further backups in the same minute
    before_restore: bool

    @property
    def day(self) -> int:
        return self.when.toordinal()

    @property
    def week(self) -> tuple[int, int]:
        """Monday to Sunday, cut at the end of a month (see the module's text).

        Ordinal day 1 (1 January of year 1) was a Monday."""
        return self.month, (self.day - 1) // 7

    @property
    def month(self) -> int:
        return self.when.year * 12 + self.when.month


def file_name(when: dt.datetime, serial: int = 1, *, before_restore: bool = False) -> str:
    """``Lernpartner-Sicherung-YYYY-MM-DD-HHMM.lpbackup`` (``-2`` ... in the same minute)."""
    name = f"{PREFIX}{when:%Y-%m-%d-%H%M}"
    if serial > 1:
        name += f"-{serial}"
    if before_restore:
        name += BEFORE_RESTORE
    return name + SUFFIX


def free_name(folder: Path, when: dt.datetime, *, before_restore: bool = False) -> str:
    """A name after every backup of that minute in ``folder`` (temporary files included):
    a serial number is never reused, so the name always sorts after the older ones, even
    when older backups of the same minute were thinned away."""
    stem = file_name(when).removesuffix(SUFFIX)
    serials = [0]
    for path in folder.glob(f"*{stem}*"):
        named = parse(path.with_name(path.name.lstrip(".").split(SUFFIX)[0] + SUFFIX))
        if named is not None and named.when == when.replace(second=0, microsecond=0):
            serials.append(named.serial)
    return file_name(when, max(serials) + 1, before_restore=before_restore)


def parse(path: Path) -> Named | None:
    m = _NAME.match(path.name)
    if m is None:
        return None
    year, month, day, hour, minute = (int(g) for g in m.groups()[:5])
    try:
        when = dt.datetime(year, month, day, hour, minute)
    except ValueError:
        return None
    return Named(path, when, int(m.group(6) or 1), m.group(7) is not None)


def backups_in(folder: Path) -> list[Named]:
    """Our backup files in ``folder``, newest first (by the time in their names)."""
    try:
        entries = list(folder.iterdir())
    except OSError:
        return []
    named = [n for p in entries if p.is_file() and (n := parse(p)) is not None]
    return sorted(named, key=lambda n: (n.when, n.serial), reverse=True)


def obsolete(backups: Iterable[Named], today: dt.date, limits: Limits) -> list[Named]:
    """The automatic backups to delete (backups made before a restore are not thinned)."""
    left = {"daily": limits.daily, "weekly": limits.weekly, "monthly": limits.monthly}
    last_day = last_week = last_month = None
    recent_from = today.toordinal() - 1  # today and yesterday are kept whole
    gone: list[Named] = []
    ordered = sorted(
        (b for b in backups if not b.before_restore),
        key=lambda b: (b.when, b.serial),
        reverse=True,
    )
    for b in ordered:
        if b.day >= recent_from:
            stage = None
        elif left["daily"] > 0:
            stage = "daily" if last_day is None or b.day < last_day else ""
        elif left["weekly"] > 0:
            stage = "weekly" if last_week is None or b.week < last_week else ""
        elif left["monthly"] > 0:
            stage = "monthly" if last_month is None or b.month < last_month else ""
        else:
            stage = ""
        if stage == "":
            gone.append(b)
            continue
        last_day, last_week, last_month = b.day, b.week, b.month
        if stage is not None:
            left[stage] -= 1
    return gone


def newest_first_beyond(backups: Iterable[Named], keep: int) -> list[Named]:
    """Everything but the ``keep`` newest (the stick keeps its last N backups)."""
    ordered = sorted(backups, key=lambda b: (b.when, b.serial), reverse=True)
    return ordered[keep:]
