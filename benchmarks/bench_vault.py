"""Vault figures: unlock time with the real key settings, and decrypting 1,000 gap notes.

Goals (issue 5): unlock 0.3 to 1 s on this machine; 1,000 notes decrypted in at most 50 ms.
Ratios against a baseline measured in the same run, since these machines are noisy:
- unlock against one SHA-256 of 256 MiB of memory traffic is meaningless, so the baseline is
  the same Argon2id at OWASP's minimum (19 MiB, 2 passes, 1 lane): "x times the minimum";
- listing 1,000 notes against listing the same rows without decrypting them.

Run: ``python benchmarks/bench_vault.py``
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from _quick import QUICK, size

from lernpartner_desktop.core.records import PersonInput
from lernpartner_desktop.vault import crypto
from lernpartner_desktop.workspace import Workspace

RUNS = size(5, 1)
NOTES = size(1000, 10)


def timed(fn) -> float:  # type: ignore[no-untyped-def]
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def main() -> None:
    if QUICK:  # the cheapest key settings the vault accepts
        crypto.DEFAULT_KDF = crypto.KdfParams(crypto.KdfParams.MIN_MEMORY_KIB, 1, 1)
    print(f"Key settings: {crypto.DEFAULT_KDF}")
    minimum = crypto.KdfParams(19 * 1024, 2, 1)
    salt = os.urandom(16)
    with tempfile.TemporaryDirectory() as tmp:
        ws = Workspace.open(Path(tmp))
        try:
            ws.vault.set_up("Benchmark-Passphrase mit Länge")
            person = ws.people.create(PersonInput(name="Anna Alt"))
            for i in range(NOTES):
                ws.gap_notes.create(f"Lücke {i}", "Notiz " * 40, person_id=person)
            unlock, base = [], []
            for _ in range(RUNS):
                ws.vault.lock()
                unlock.append(timed(lambda: ws.vault.unlock("Benchmark-Passphrase mit Länge")))
                base.append(timed(lambda: crypto.passphrase_key("x", salt, minimum)))
            u, b = statistics.median(unlock), statistics.median(base)
            print(
                f"Unlock (Argon2id + unwrap): median {u * 1000:.0f} ms "
                f"(min {min(unlock) * 1000:.0f}, max {max(unlock) * 1000:.0f}); "
                f"OWASP-minimum Argon2id {b * 1000:.0f} ms; ratio {u / b:.1f}"
            )

            from sqlalchemy import select

            from lernpartner_desktop.storage.models import GapNote

            def plain_rows() -> None:
                with ws.db.read() as s:
                    list(s.scalars(select(GapNote).where(GapNote.person_id == person)))

            listing, plain = [], []
            for _ in range(RUNS * 2):
                listing.append(timed(lambda: ws.gap_notes.for_person(person)))
                plain.append(timed(plain_rows))
            notes = ws.gap_notes.for_person(person)
            assert len(notes) == NOTES and all(n.body.shown for n in notes)
            li, pl = statistics.median(listing), statistics.median(plain)
            decrypt = li - pl
            print(
                f"List {NOTES} gap notes with title and body opened: median {li * 1000:.1f} ms; "
                f"the same rows without opening {pl * 1000:.1f} ms; "
                f"decryption alone {decrypt * 1000:.1f} ms (goal <= 50 ms); ratio {li / pl:.2f}"
            )
        finally:
            ws.close()


if __name__ == "__main__":
    main()
