"""What this PC remembers about the backups it made: ``backup-log.json`` in the data folder.

Each backup (and each later verification) is noted with its path, size, time and kind, so
that the list can say which were verified and the overview when the last backup to a stick
was made, even while the stick is not plugged in. It stays with the PC, not the database:
after a restore on a new PC the reminder says, rightly, that this PC has made no backup yet.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
from dataclasses import asdict, dataclass
from pathlib import Path

from lernpartner_desktop.base.atomic import write_bytes_atomic

LOG_NAME = "backup-log.json"
MAX_ENTRIES = 500


@dataclass(frozen=True)
class Entry:
    path: str
    size: int
    made: str  # ISO time, aware
    verified: str | None
    origin: str  # "automatic", "manual", "removable", "before-restore", "seen"

    @property
    def made_at(self) -> dt.datetime:
        return dt.datetime.fromisoformat(self.made)

    @property
    def verified_at(self) -> dt.datetime | None:
        return None if self.verified is None else dt.datetime.fromisoformat(self.verified)


class BackupLog:
    def __init__(self, folder: Path) -> None:
        self.path = folder / LOG_NAME

    def entries(self) -> list[Entry]:
        """Oldest first; an unreadable log counts as empty (it is only a memory aid)."""
        try:
            doc = json.loads(self.path.read_text(encoding="utf-8"))
            return [Entry(**e) for e in doc["entries"]]
        except (OSError, ValueError, KeyError, TypeError):
            return []

    def record(self, entry: Entry) -> None:
        entries = [e for e in self.entries() if e.path != entry.path]
        entries.append(entry)
        doc = {"version": 1, "entries": [asdict(e) for e in entries[-MAX_ENTRIES:]]}
        with contextlib.suppress(OSError):  # a log we cannot write must not fail a backup
            write_bytes_atomic(self.path, json.dumps(doc, indent=1).encode("utf-8"))

    def find(self, path: Path) -> Entry | None:
        key = str(path)
        return next((e for e in reversed(self.entries()) if e.path == key), None)

    def last(self, origin: str) -> Entry | None:
        return next((e for e in reversed(self.entries()) if e.origin == origin), None)
