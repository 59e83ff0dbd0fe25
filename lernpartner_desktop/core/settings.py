"""Owner settings as key and value in the ``setting`` table (vault, retention, matching)."""

from __future__ import annotations

from sqlalchemy.orm import Session

from lernpartner_desktop.base.errors import ValidationError
from lernpartner_desktop.base.i18n import QT_TRANSLATE_NOOP
from lernpartner_desktop.storage.models import Setting
from lernpartner_desktop.storage.service import Service

IDLE_MINUTES = "vault.idle_minutes"
RETENTION_DAYS = "gap_notes.retention_days"
DEFAULTS = {IDLE_MINUTES: 10, RETENTION_DAYS: 90}
#: The matching weights of one program (JSON), by program id.
MATCH_WEIGHTS = "match.weights.{}"
LIMITS = {IDLE_MINUTES: (1, 480), RETENTION_DAYS: (0, 3650)}


def read_setting(s: Session, key: str) -> str | None:
    row = s.get(Setting, key)
    return None if row is None else row.value


def write_setting(s: Session, key: str, value: str) -> None:
    row = s.get(Setting, key)
    if row is None:
        s.add(Setting(key=key, value=value))
    else:
        row.value = value


class SettingsService(Service):
    def get_int(self, key: str) -> int:
        """The stored value, clamped to its range: the file may have been changed outside
        Lernpartner, and a huge idle time would overflow Qt's timer (no auto-lock at all)."""
        with self.db.read() as s:
            value = read_setting(s, key)
        try:
            number = DEFAULTS[key] if value is None else int(value.strip())
        except ValueError:
            return DEFAULTS[key]
        low, high = LIMITS[key]
        return min(max(number, low), high)

    def set_int(self, key: str, value: int) -> None:
        low, high = LIMITS[key]
        if not low <= value <= high:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "Please choose a value from {low} to {high}."),
                field=key,
                low=low,
                high=high,
            )
        with self.db.write() as s:
            write_setting(s, key, str(value))
        self.changes.announce("settings")

    def vault_idle_minutes(self) -> int:
        return self.get_int(IDLE_MINUTES)

    def retention_days(self) -> int:
        return self.get_int(RETENTION_DAYS)
