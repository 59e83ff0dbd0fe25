"""What a view gets for a confidential text: the text, or why it cannot be shown."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal


@dataclass(frozen=True)
class Secret:
    """A confidential text as a view gets it: the text, or why it cannot be shown."""

    text: str | None
    state: Literal["open", "locked", "damaged", "empty"] = "open"
    problem: str = ""  # the translated reason when damaged

    @property
    def shown(self) -> bool:
        return self.state == "open"


EMPTY = Secret(None, "empty")
LOCKED = Secret(None, "locked")
