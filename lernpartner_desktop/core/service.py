"""What every service shares: the database and the change announcements."""

from __future__ import annotations

from collections.abc import Callable

from lernpartner_desktop.storage.database import Database

ChangeListener = Callable[[frozenset[str]], None]


class ChangeHub:
    """After a change, services announce which areas changed ("people", "programs", ...).

    Listeners are called on the thread that made the change; the UI re-emits them as a Qt
    signal so pages refresh on the GUI thread.
    """

    def __init__(self) -> None:
        self._listeners: list[ChangeListener] = []

    def subscribe(self, fn: ChangeListener) -> None:
        self._listeners.append(fn)

    def unsubscribe(self, fn: ChangeListener) -> None:
        if fn in self._listeners:
            self._listeners.remove(fn)

    def announce(self, *areas: str) -> None:
        changed = frozenset(areas)
        for fn in list(self._listeners):
            fn(changed)


class Service:
    def __init__(self, db: Database, changes: ChangeHub) -> None:
        self.db = db
        self.changes = changes
