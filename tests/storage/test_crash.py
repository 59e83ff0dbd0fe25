"""Kill a writing process with SIGKILL at random moments: nothing acknowledged may be lost,
and the database must stay sound (WAL + synchronous=FULL + one transaction per batch)."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from collections import Counter
from pathlib import Path

import pytest
from sqlalchemy import select

from lernpartner_desktop.core.check import check_folder
from lernpartner_desktop.storage.database import Database
from lernpartner_desktop.storage.models import Person
from lernpartner_desktop.storage.sqlitefile import DB_FILENAME

TRIALS = 50
CHILD = Path(__file__).with_name("crash_child.py")


@pytest.mark.skipif(os.name != "posix", reason="SIGKILL is POSIX")
def test_sigkill_never_loses_an_acknowledged_batch(tmp_path: Path) -> None:
    folder = tmp_path / "crash"
    folder.mkdir()
    db_path = folder / DB_FILENAME
    Database.open(db_path).close()  # create the schema
    rng = random.Random(20261121)
    acked: set[int] = set()
    next_batch = 0
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])}
    for _trial in range(TRIALS):
        child = subprocess.Popen(
            [sys.executable, str(CHILD), str(db_path), str(next_batch)],
            stdout=subprocess.PIPE,
            text=True,
            env=env,
        )
        got: list[int] = []

        def read(proc: subprocess.Popen[str] = child, sink: list[int] = got) -> None:
            assert proc.stdout is not None
            for line in proc.stdout:
                if line.startswith("ack "):
                    sink.append(int(line.split()[1]))

        reader = threading.Thread(target=read, daemon=True)
        reader.start()
        # Wait for at least one ack, then kill somewhere inside a later transaction.
        deadline = time.monotonic() + 30
        while not got and time.monotonic() < deadline and child.poll() is None:
            time.sleep(0.005)
        assert got, "child never committed a batch"
        time.sleep(rng.uniform(0.0, 0.15))
        child.send_signal(signal.SIGKILL)
        child.wait()
        reader.join(timeout=5)
        acked.update(got)
        next_batch = max(got) + 1000  # never reuse batch numbers, even unacknowledged ones

    assert check_folder(folder) == []
    con = sqlite3.connect(db_path)
    assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    con.close()
    db = Database(db_path)
    with db.read() as s:
        names = set(s.scalars(select(Person.name)))
        for batch in acked:
            assert {f"B{batch} P{i}" for i in range(20)} <= names, f"batch {batch} lost"
        # Batches are all-or-nothing: every batch present has all its 20 people.
        per_batch = Counter(name.split(" ")[0] for name in names)
        assert set(per_batch.values()) == {20}
    db.close()
    assert len(acked) >= TRIALS
