"""Child process of the crash test: commits batches of people and acknowledges each one.

Prints "ack N" after batch N has been committed; the parent kills us at a random moment.
"""

from __future__ import annotations

import sys
from pathlib import Path

from lernpartner_desktop.storage.database import Database
from lernpartner_desktop.storage.models import AdItem, Person, Topic


def main() -> None:
    path, first = Path(sys.argv[1]), int(sys.argv[2])
    db = Database(path)
    with db.write() as s:
        if s.get(Topic, 1) is None:
            s.add(Topic(id=1, name="Excel", name_key="excel"))
    batch = first
    while True:
        with db.write() as s:
            for i in range(20):
                p = Person(name=f"B{batch} P{i}", name_key=f"b{batch} p{i}", department="Test")
                p.ad_items.append(AdItem(topic_id=1, kind="offer", level=3))
                s.add(p)
        print(f"ack {batch}", flush=True)
        batch += 1


if __name__ == "__main__":
    main()
