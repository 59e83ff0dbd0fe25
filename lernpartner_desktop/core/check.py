"""Integrity and schema check of a data folder, without changing anything."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from lernpartner_desktop.base.errors import StoreError
from lernpartner_desktop.base.i18n import QT_TRANSLATE_NOOP, translate
from lernpartner_desktop.storage.sqlitefile import (
    DB_FILENAME,
    check_revision,
    head_revision,
    inspect_file,
)


def check_folder(folder: Path) -> list[str]:
    """Return the problems found (empty when sound). Never writes to the database."""
    path = folder / DB_FILENAME
    if not path.exists():
        return [
            translate(
                "Check",
                QT_TRANSLATE_NOOP("Check", "There is no Lernpartner database in this folder."),
            )
            + f" ({folder})"
        ]
    try:
        state = inspect_file(path)
        check_revision(path, state.revision)
    except StoreError as exc:
        return [str(exc)]
    problems: list[str] = []
    if state.revision != head_revision():
        problems.append(
            translate(
                "Check",
                QT_TRANSLATE_NOOP(
                    "Check",
                    "The schema is at version {have}, this program expects {want}; "
                    "starting Lernpartner will upgrade it.",
                ),
            ).format(have=state.revision or "-", want=head_revision())
        )
    con = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        for (msg,) in con.execute("PRAGMA integrity_check"):
            if msg != "ok":
                problems.append(
                    translate("Check", QT_TRANSLATE_NOOP("Check", "Integrity: {message}")).format(
                        message=msg
                    )
                )
        for table, rowid, parent, _fk in con.execute("PRAGMA foreign_key_check"):
            problems.append(
                translate(
                    "Check",
                    QT_TRANSLATE_NOOP(
                        "Check",
                        "Broken reference: row {rowid} of {table} points to a missing {parent}.",
                    ),
                ).format(rowid=rowid, table=table, parent=parent)
            )
    except sqlite3.DatabaseError as exc:
        problems.append(str(exc))
    finally:
        con.close()
    return problems
