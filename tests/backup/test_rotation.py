"""Rotation keeps exactly the promised set over a simulated year of backups."""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable, Hashable
from pathlib import Path

import pytest

from lernpartner_desktop.backup import rotation
from lernpartner_desktop.backup.rotation import Limits, Named
from lernpartner_desktop.backup.service import BackupService
from lernpartner_desktop.backup.settings import BackupSettings
from tests.backup.helpers import demo_company


def promised(history: list[Named], today: dt.date, limits: Limits) -> set[str]:
    """The promise, stated period by period: all of today and yesterday; then the newest
    backup of each of the ``daily`` most recent earlier days; then the newest of each of the
    ``weekly`` weeks before the last day kept; then of ``monthly`` months before that.
    Stated on the whole history, as if thinned once at the end."""
    yesterday = today - dt.timedelta(days=1)
    kept = [b for b in history if b.when.date() >= yesterday]
    oldest = min(kept, key=lambda b: (b.when, b.serial), default=None)

    def stage(period: Callable[[Named], Hashable], count: int) -> None:
        nonlocal oldest
        pool = [b for b in history if oldest is None or period(b) < period(oldest)]
        newest: dict[Hashable, Named] = {}
        for b in pool:
            p = period(b)
            if p not in newest or (b.when, b.serial) > (newest[p].when, newest[p].serial):
                newest[p] = b
        chosen = [newest[p] for p in sorted(newest, reverse=True)[:count]]  # type: ignore[type-var]
        kept.extend(chosen)
        if chosen:
            oldest = chosen[-1]

    stage(lambda b: b.when.date(), limits.daily)
    # Monday to Sunday, cut at the end of a month
    stage(lambda b: (b.when.year, b.when.month, b.when.date().isocalendar()[:2]), limits.weekly)
    stage(lambda b: (b.when.year, b.when.month), limits.monthly)
    return {b.path.name for b in kept}


def _touch(folder: Path, when: dt.datetime) -> Named:
    path = folder / rotation.free_name(folder, when)
    path.write_bytes(b"")
    named = rotation.parse(path)
    assert named is not None
    return named


def test_a_simulated_year_keeps_exactly_the_promised_set(tmp_path: Path) -> None:
    rng = random.Random(12)
    limits = Limits()  # 12 daily, 10 weekly, 9 monthly
    history: list[Named] = []
    day = dt.date(2026, 1, 1)
    for _ in range(365):
        # A working day: a backup every half hour while something changed, one at closing;
        # weekends and holidays often none at all.
        count = 0 if day.weekday() >= 5 and rng.random() < 0.8 else rng.choice((0, 1, 2, 5))
        for minute in sorted(rng.sample(range(7 * 60, 19 * 60), count)):
            when = dt.datetime.combine(day, dt.time(minute // 60, minute % 60))
            history.append(_touch(tmp_path, when))
            for old in rotation.obsolete(rotation.backups_in(tmp_path), day, limits):
                old.path.unlink()
            left = rotation.backups_in(tmp_path)
            recent = [b for b in left if b.when.date() >= day - dt.timedelta(days=1)]
            assert len(left) - len(recent) <= limits.daily + limits.weekly + limits.monthly
        day += dt.timedelta(days=1)
    # Thinned after every backup, the folder holds exactly what the promise says for the
    # day of the last backup.
    today = history[-1].when.date()
    left = {b.path.name for b in rotation.backups_in(tmp_path)}
    assert left == promised(history, today, limits)
    # What that means for the owner: a year thins to about 33 files reaching back into the
    # first quarter.
    oldest = min(b.when for b in rotation.backups_in(tmp_path))
    assert dt.date(2026, 1, 1) <= oldest.date() <= dt.date(2026, 4, 1)
    assert 25 <= len(left) <= 2 * 5 + 31


@pytest.mark.parametrize("limits", [Limits(3, 2, 1), Limits(0, 4, 2), Limits(5, 0, 0)])
def test_other_counts_keep_their_promise_too(tmp_path: Path, limits: Limits) -> None:
    rng = random.Random(limits.daily * 100 + limits.weekly)
    history = []
    start = dt.datetime(2026, 1, 1, 8)
    for _ in range(300):
        start += dt.timedelta(hours=rng.choice((1, 5, 20, 30, 70)))
        history.append(_touch(tmp_path, start))
    today = start.date()
    gone = rotation.obsolete(rotation.backups_in(tmp_path), today, limits)
    kept = {b.path.name for b in history} - {b.path.name for b in gone}
    assert kept == promised(history, today, limits)


def test_the_week_runs_monday_to_sunday_like_ankis(tmp_path: Path) -> None:
    """Anki's own example, in our dates: three days, two weeks, one month kept."""
    today = dt.date(2022, 2, 22)
    made = {
        "recent-1": dt.datetime(2022, 2, 22, 9),
        "recent-2": dt.datetime(2022, 2, 22, 10),
        "recent-3": dt.datetime(2022, 2, 21, 9),
        "same-day-older": dt.datetime(2022, 2, 20, 6),
        "daily-1": dt.datetime(2022, 2, 20, 18),
        "daily-2": dt.datetime(2022, 2, 10, 9),
        "daily-3": dt.datetime(2022, 2, 9, 9),
        "week-of-last-daily": dt.datetime(2022, 2, 7, 9),  # a Monday
        "sunday-earlier": dt.datetime(2022, 2, 6, 1),
        "weekly-1": dt.datetime(2022, 2, 6, 2),
        "weekly-2": dt.datetime(2022, 1, 6, 9),
        "month-of-last-weekly": dt.datetime(2022, 1, 5, 9),
        "monthly-1": dt.datetime(2021, 12, 24, 9),
        "beyond-1": dt.datetime(2021, 12, 1, 9),
        "beyond-2": dt.datetime(2021, 11, 1, 9),
    }
    names = {label: _touch(tmp_path, when) for label, when in made.items()}
    gone = {b.path for b in rotation.obsolete(names.values(), today, Limits(3, 2, 1))}
    removed = {label for label, b in names.items() if b.path in gone}
    assert removed == {
        "same-day-older",
        "week-of-last-daily",
        "sunday-earlier",
        "month-of-last-weekly",
        "beyond-1",
        "beyond-2",
    }


def test_names_parse_back_and_never_collide(tmp_path: Path) -> None:
    when = dt.datetime(2026, 3, 10, 14, 30)
    first = _touch(tmp_path, when)
    second = _touch(tmp_path, when)
    assert first.path.name == "Lernpartner-Sicherung-2026-03-10-1430.lpbackup"
    assert second.path.name == "Lernpartner-Sicherung-2026-03-10-1430-2.lpbackup"
    assert (second.when, second.serial) == (when, 2)
    before = tmp_path / rotation.file_name(when, before_restore=True)
    before.write_bytes(b"")
    parsed = rotation.parse(before)
    assert parsed is not None and parsed.before_restore
    assert rotation.parse(tmp_path / "Lernpartner-Sicherung-2026-13-40-9999.lpbackup") is None
    assert rotation.parse(tmp_path / "Urlaub.jpg") is None


def test_the_service_thins_real_backups_and_only_its_own(tmp_path: Path) -> None:
    """Real archives over four weeks with two kept daily: older ones go; backups made
    before a restore and another database's backups in the same folder stay."""
    c = demo_company(tmp_path / "data", people=12)
    other = demo_company(tmp_path / "other", people=12, seed=3)
    try:
        service: BackupService = c.ws.backups
        service.save_settings(BackupSettings(keep_daily=2, keep_weekly=1, keep_monthly=0))
        folder, _fallback = service.folder()
        foreign = other.ws.backups.make(
            "manual", target=folder, now=dt.datetime(2026, 3, 2, 9, 0).astimezone()
        ).path
        safety = service.make("before-restore", now=dt.datetime(2026, 3, 2, 9, 5).astimezone())
        day = dt.datetime(2026, 3, 2, 12, 0)
        for _ in range(28):
            service.make("automatic", now=day.astimezone())
            day += dt.timedelta(days=1)
        ours = [b for b in rotation.backups_in(folder) if not b.before_restore]
        ours = [b for b in ours if b.path != foreign]
        # today + yesterday, two more days, one earlier week
        assert [b.when.date().isoformat() for b in ours] == [
            "2026-03-29",
            "2026-03-28",
            "2026-03-27",
            "2026-03-26",
            "2026-03-22",
        ]
        assert foreign.exists() and safety.path.exists()
    finally:
        c.ws.close()
        other.ws.close()
