"""The owner's backup settings, kept in the database's ``setting`` table like the others.

Stored with the data, so a restored database brings its settings along; a backup folder that
does not exist on this PC falls back to ``backups/`` beside the database (the service says
so), rather than leaving the owner without automatic backups.
"""

from __future__ import annotations

from dataclasses import dataclass, fields

from lernpartner_desktop.base.errors import ValidationError
from lernpartner_desktop.base.i18n import QT_TRANSLATE_NOOP
from lernpartner_desktop.core.settings import read_setting, write_setting
from lernpartner_desktop.storage.database import Database

PREFIX = "backup."
FOLDER = "backup.folder"
#: field name -> (default, lowest, highest)
LIMITS: dict[str, tuple[int, int, int]] = {
    "keep_daily": (12, 0, 100),
    "keep_weekly": (10, 0, 100),
    "keep_monthly": (9, 0, 100),
    "interval_minutes": (30, 1, 24 * 60),
    "removable_keep": (10, 1, 100),
    "remind_days": (7, 0, 365),
}


@dataclass(frozen=True)
class BackupSettings:
    """``folder`` "" means ``backups/`` beside the database; ``remind_days`` 0: never."""

    folder: str = ""
    keep_daily: int = 12
    keep_weekly: int = 10
    keep_monthly: int = 9
    interval_minutes: int = 30
    removable_keep: int = 10
    remind_days: int = 7

    def check(self) -> None:
        for name, (_default, low, high) in LIMITS.items():
            value = getattr(self, name)
            if not low <= value <= high:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("Errors", "Please choose a value from {low} to {high}."),
                    field=name,
                    low=low,
                    high=high,
                )


def load(db: Database) -> BackupSettings:
    """The stored values, each clamped to its range (the file may have been edited)."""
    values: dict[str, object] = {}
    with db.read() as s:
        folder = read_setting(s, FOLDER)
        values["folder"] = (folder or "").strip()
        for name, (default, low, high) in LIMITS.items():
            raw = read_setting(s, PREFIX + name)
            try:
                number = default if raw is None else int(raw.strip())
            except ValueError:
                number = default
            values[name] = min(max(number, low), high)
    return BackupSettings(**values)  # type: ignore[arg-type]


def save(db: Database, settings: BackupSettings) -> None:
    settings.check()
    with db.write() as s:
        for f in fields(settings):
            key = FOLDER if f.name == "folder" else PREFIX + f.name
            write_setting(s, key, str(getattr(settings, f.name)))
