"""Child for test_kill.py: a process that has imported the backup code and forks, on each
"go" line from standard input, a child that backs up one database to a folder again and
again, as the app does (write, verify, rename, then keep the newest three), until it is
killed. Forking from a process that has done nothing else makes each kill cheap (no Python
start-up per kill).

Usage: kill_child.py DB_PATH TARGET_DIR RECIPIENT_HEX
Prints "ready", then "child PID" for each "go", and "reaped" after each "reap PID";
the children print "done NAME" after each backup.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from lernpartner_desktop.backup import rotation
from lernpartner_desktop.backup.writer import write_backup


def back_up_forever(db_path: Path, target: Path, recipient: bytes) -> None:
    while True:
        made = write_backup(db_path, target, recipient, origin="removable")
        for old in rotation.newest_first_beyond(rotation.backups_in(target), 3):
            old.path.unlink()
        print(f"done {made.path.name}", flush=True)


def main() -> None:
    db_path, target, recipient = Path(sys.argv[1]), Path(sys.argv[2]), bytes.fromhex(sys.argv[3])
    print("ready", flush=True)
    for line in sys.stdin:
        command = line.split()
        if command == ["go"]:
            sys.stdout.flush()
            pid = os.fork()
            if pid == 0:
                try:
                    back_up_forever(db_path, target, recipient)
                finally:
                    os._exit(1)
            print(f"child {pid}", flush=True)
        elif command[:1] == ["reap"]:
            os.waitpid(int(command[1]), 0)
            print("reaped", flush=True)


if __name__ == "__main__":
    main()
