"""Change announcements: after a change, services say which areas changed."""

from __future__ import annotations

from collections.abc import Callable

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
