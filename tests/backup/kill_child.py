"""Child for test_kill.py: backs up one database to a folder again and again, as the app does
(write, verify, rename, then keep the newest three), until it is killed.

Usage: kill_child.py DB_PATH TARGET_DIR RECIPIENT_HEX
Prints "ready" once imported and "done NAME" after each backup.
"""

from __future__ import annotations

import sys
from pathlib import Path

from lernpartner_desktop.backup import rotation
from lernpartner_desktop.backup.writer import write_backup


def main() -> None:
    db_path, target, recipient = Path(sys.argv[1]), Path(sys.argv[2]), bytes.fromhex(sys.argv[3])
    print("ready", flush=True)
    while True:
        made = write_backup(db_path, target, recipient, origin="removable")
        for old in rotation.newest_first_beyond(rotation.backups_in(target), 3):
            old.path.unlink()
        print(f"done {made.path.name}", flush=True)


if __name__ == "__main__":
    main()
