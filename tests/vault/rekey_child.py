"""Child process of the re-key crash test: changes the passphrase again and again.

Prints "begin N" before changing passphrase N to N+1, "sealed K" while re-sealing inside the
transaction, "committed" when the transaction is committed and the VACUUM and checkpoint are
about to run (held for a moment, so the parent can kill us there on purpose), and "ack N" once
it is done; the parent kills us with SIGKILL at a random or at that moment.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from lernpartner_desktop.storage.database import Database
from lernpartner_desktop.vault import crypto
from lernpartner_desktop.workspace import Workspace


def main() -> None:
    folder, first = Path(sys.argv[1]), int(sys.argv[2])
    # The cheapest key settings the vault accepts: the time goes into the records.
    crypto.DEFAULT_KDF = crypto.KdfParams(crypto.KdfParams.MIN_MEMORY_KIB, 1, 1)
    maintain = Database.maintain

    def committed(self: Database, *statements: str) -> None:
        print("committed", flush=True)
        time.sleep(0.3)
        maintain(self, *statements)

    Database.maintain = committed  # type: ignore[method-assign]
    ws = Workspace.open(folder)
    ws.vault.exists()  # SQLAlchemy loaded before the first "begin"
    n = first
    while True:
        print(f"begin {n}", flush=True)
        ws.vault.change_passphrase(
            f"Passphrase {n}",
            f"Passphrase {n + 1}",
            # Called inside the transaction, between batches of re-sealed records.
            lambda done, _total: print(f"sealed {done}", flush=True),
        )
        print(f"ack {n}", flush=True)
        n += 1


if __name__ == "__main__":
    main()
