"""What every service shares: the database and the change announcements."""

from __future__ import annotations

from lernpartner_desktop.base.changes import ChangeHub
from lernpartner_desktop.storage.database import Database


class Service:
    def __init__(self, db: Database, changes: ChangeHub) -> None:
        self.db = db
        self.changes = changes
