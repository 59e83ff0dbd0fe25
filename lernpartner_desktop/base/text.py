"""Small text helpers shared by the services."""

from __future__ import annotations

import re

_LIST_SPLIT = re.compile(r"[,;/]")


def clean(text: str | None) -> str:
    """Collapse runs of whitespace and strip the ends."""
    return " ".join((text or "").split())


def name_key(text: str) -> str:
    """The key under which two names count as the same (case and spacing ignored)."""
    return clean(text).casefold()


def clean_list(text: str | None) -> list[str]:
    """Split "Deutsch, Englisch; Türkisch" into distinct, tidy items, keeping their order."""
    seen: set[str] = set()
    items: list[str] = []
    for raw in _LIST_SPLIT.split(text or ""):
        item = clean(raw)
        if item and item.casefold() not in seen:
            seen.add(item.casefold())
            items.append(item)
    return items
