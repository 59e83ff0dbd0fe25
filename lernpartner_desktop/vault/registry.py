"""Which columns are sealed, found in the schema itself.

A model marks a confidential column with ``info=sealed(code, *owners)`` (storage/models.py);
the vault reads the marks from the models' metadata. So the vault names no domain table:
a new sealed column is sealed, re-keyed and converted like the others as soon as its model
carries the mark.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from lernpartner_desktop.storage.models import Base
from lernpartner_desktop.vault.crypto import Address


@dataclass(frozen=True)
class SealedColumn:
    model: type[Any]
    table: str
    column: str
    code: int
    owners: tuple[str, ...]

    @property
    def name(self) -> str:
        return f"{self.table}.{self.column}"

    def address(self, row_id: int, owner_values: Sequence[object]) -> Address:
        return Address(
            self.code, self.name, row_id, tuple(zip(self.owners, owner_values, strict=True))
        )

    def address_of(self, row: object) -> Address:
        """The address of ``row``'s record, from the row's id and owning columns."""
        return self.address(
            row.id,  # type: ignore[attr-defined]
            [getattr(row, owner) for owner in self.owners],
        )


@functools.cache
def sealed_columns() -> tuple[SealedColumn, ...]:
    found: list[SealedColumn] = []
    for mapper in Base.registry.mappers:
        table: Any = mapper.local_table
        for col in table.columns:
            mark = col.info.get("sealed")
            if mark is None:
                continue
            for owner in mark["owners"]:
                if owner not in table.columns:
                    raise RuntimeError(f"{table.name}.{col.name}: no owner column {owner}")
            found.append(
                SealedColumn(mapper.class_, table.name, col.name, mark["code"], mark["owners"])
            )
    codes = [c.code for c in found]
    if len(set(codes)) != len(codes) or not all(0 < c < 256 for c in codes):
        raise RuntimeError(f"sealed columns need distinct one-byte codes: {codes}")
    return tuple(sorted(found, key=lambda c: c.code))


@functools.cache
def field_names() -> dict[int, str]:
    """Field code to "table.column" (what crypto.FieldCipher tells moved records by)."""
    return {c.code: c.name for c in sealed_columns()}


def sealed_column(table: str, column: str) -> SealedColumn:
    for c in sealed_columns():
        if (c.table, c.column) == (table, column):
            return c
    raise KeyError(f"{table}.{column} is not a sealed column")
