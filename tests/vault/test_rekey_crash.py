"""Kill the process in the middle of re-keying: afterwards the old or the new passphrase
opens everything, never a mix (header and records change in one transaction)."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from lernpartner_desktop.base.errors import WrongPassphrase
from lernpartner_desktop.core.check import check_folder
from lernpartner_desktop.workspace import Workspace
from tests.conftest import add_person

MIN_TRIALS, MAX_TRIALS = 6, 30
NOTES = 1000  # 2,000 records: a re-key takes long enough to be hit in the middle
CHILD = Path(__file__).with_name("rekey_child.py")


def _wait_for(lines: list[str], line: str, child: subprocess.Popen[str]) -> float:
    """Seconds until the child printed ``line``."""
    start = time.monotonic()
    while line not in lines:
        assert child.poll() is None and time.monotonic() - start < 60, lines
        time.sleep(0.002)
    return time.monotonic() - start


def _passphrase_now(ws: Workspace, candidates: list[int]) -> int:
    opened = []
    for n in candidates:
        try:
            ws.vault.unlock(f"Passphrase {n}")
        except WrongPassphrase:
            continue
        opened.append(n)
        ws.vault.lock()
    assert len(opened) == 1, opened
    return opened[0]


@pytest.mark.skipif(os.name != "posix", reason="SIGKILL is POSIX")
def test_sigkill_while_re_keying_leaves_old_or_new_never_a_mix(tmp_path: Path) -> None:
    folder = tmp_path / "crash"
    with Workspace.open(folder) as ws:
        ws.vault.set_up("Passphrase 0")
        anna = add_person(ws, "Anna Alt")
        for i in range(NOTES):
            ws.gap_notes.create(f"Lücke {i}", f"Text {i}", person_id=anna)
    rng = random.Random(20261123)
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])}
    current = 0
    # old: killed before the commit (inside: after records were re-sealed in the transaction);
    # new: killed after the commit, in the VACUUM and checkpoint that follow.
    outcomes = {"old": 0, "inside": 0, "new": 0}
    trials = 0
    while trials < MIN_TRIALS or (
        trials < MAX_TRIALS and not (outcomes["inside"] and outcomes["new"])
    ):
        trials += 1
        child = subprocess.Popen(
            [sys.executable, str(CHILD), str(folder), str(current)],
            stdout=subprocess.PIPE,
            text=True,
            env=env,
        )
        lines: list[str] = []

        def read(proc: subprocess.Popen[str] = child, sink: list[str] = lines) -> None:
            assert proc.stdout is not None
            for line in proc.stdout:
                sink.append(line.strip())

        reader = threading.Thread(target=read, daemon=True)
        reader.start()
        # One whole re-key first, to learn how long one takes on this machine now ...
        _wait_for(lines, f"begin {current}", child)
        waited = _wait_for(lines, f"ack {current}", child)
        # ... then kill the next one somewhere between its start and a little after its end.
        _wait_for(lines, f"begin {current + 1}", child)
        if trials % 3 == 0:  # on purpose after the commit, before VACUUM and checkpoint ran
            start = lines.index(f"begin {current + 1}")
            while "committed" not in lines[start:]:
                assert child.poll() is None, lines
                time.sleep(0.002)
        else:
            time.sleep(rng.uniform(0.0, 1.3 * waited))
        child.send_signal(signal.SIGKILL)
        child.wait()
        reader.join(timeout=5)
        acked = [int(line.split()[1]) for line in lines if line.startswith("ack ")]
        candidates = list(range(current, current + len(acked) + 2))
        with Workspace.open(folder) as ws:
            now = _passphrase_now(ws, candidates)
            assert now in (current + len(acked), current + len(acked) + 1)
            if now > current + len(acked):
                outcomes["new"] += 1
            else:
                outcomes["old"] += 1
                in_flight = lines[lines.index(f"begin {current + len(acked)}") :]
                if any(line.startswith("sealed ") and line != "sealed 0" for line in in_flight):
                    outcomes["inside"] += 1
            ws.vault.unlock(f"Passphrase {now}")
            notes = ws.gap_notes.for_person(anna)
            assert len(notes) == NOTES
            assert all(n.title.shown and n.body.shown for n in notes)  # all under one key
        current = now
    assert check_folder(folder) == []
    # Kills landed inside the transaction and after the commit (else the test proves little).
    assert outcomes["inside"] and outcomes["new"], outcomes
