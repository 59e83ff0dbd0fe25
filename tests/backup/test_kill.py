"""50 kills with SIGKILL at random moments of a backup: never a file under its final name
that fails verification, and the backups made before each kill stay intact."""

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

from lernpartner_desktop.backup import archive, rotation, snapshot, target, writer
from lernpartner_desktop.base.errors import LernpartnerError
from tests.backup.helpers import demo_company

KILLS = 50
CHILD = Path(__file__).with_name("kill_child.py")


class Forker:
    """The child process that forks the backing-up children (kill_child.py)."""

    def __init__(self, args: list[str], env: dict[str, str]) -> None:
        self.proc = subprocess.Popen(
            [sys.executable, str(CHILD), *args],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            env=env,
        )
        self.lines: list[str] = []
        threading.Thread(target=self._read, daemon=True).start()
        self.wait_for("ready")

    def _read(self) -> None:
        assert self.proc.stdout is not None
        for line in self.proc.stdout:
            self.lines.append(line.strip())

    def wait_for(self, prefix: str, after: int = 0, limit: float = 60) -> str:
        start = time.monotonic()
        while True:
            found = [line for line in self.lines[after:] if line.startswith(prefix)]
            if found:
                return found[0]
            assert self.proc.poll() is None, self.lines
            assert time.monotonic() - start < limit, self.lines
            time.sleep(0.001)

    def send(self, line: str) -> None:
        assert self.proc.stdin is not None
        self.proc.stdin.write(line + "\n")
        self.proc.stdin.flush()

    def start_child(self) -> tuple[int, int]:
        """(pid of a new backing-up child, index of the first line after its start)."""
        mark = len(self.lines)
        self.send("go")
        pid = int(self.wait_for("child", mark).split()[1])
        return pid, mark

    def kill(self, pid: int) -> None:
        os.kill(pid, signal.SIGKILL)
        mark = len(self.lines)
        self.send(f"reap {pid}")
        # A child killed inside fsync dies only when the disk answers: on a busy machine
        # that took over a minute once (the suite's other sigkill tests were writing too).
        self.wait_for("reaped", mark, limit=300)

    def close(self) -> None:
        self.proc.kill()
        self.proc.wait()


@pytest.mark.skipif(os.name != "posix", reason="SIGKILL is POSIX")
def test_sigkill_during_backups_never_leaves_a_bad_final_file(tmp_path: Path) -> None:
    c = demo_company(tmp_path / "data", people=12)
    stick = tmp_path / "stick"
    stick.mkdir()
    ws = c.ws
    ws.backups.to_removable(stick)  # the database gets its id; a first good backup
    ws.vault.unlock(c.passphrase)
    keys = ws.vault.backup_private_keys()
    recipient = ws.vault.backup_public_key()
    ws.close()  # the child works on the file alone, as the app would

    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])}
    forker = Forker([str(c.ws.db_path), str(stick), recipient.hex()], env)
    # How long one backup takes in a child, so that kills land all over it.
    pid, mark = forker.start_child()
    started = time.monotonic()
    forker.wait_for("done", mark)
    one_backup = time.monotonic() - started
    forker.kill(pid)

    checked: dict[tuple[str, int, int], bool] = {}

    def verified(path: Path) -> bool:
        stat = path.stat()
        key = (path.name, stat.st_size, stat.st_mtime_ns)
        if key not in checked:
            try:
                info = archive.read_info(path)
                private = next(
                    k for k in keys if archive.crypto.public_key_of(k) == info.recipient
                )
                writer.verify(path, archive.file_key_for(info, private), c.ws.folder)
                checked[key] = True
            except LernpartnerError:
                checked[key] = False
        return checked[key]

    rng = random.Random(20261124)
    completed_before = 0
    for _kill in range(KILLS):
        before = rotation.backups_in(stick)  # newest first
        pid, mark = forker.start_child()
        time.sleep(rng.uniform(0, 1.6 * one_backup))
        forker.kill(pid)
        finals = rotation.backups_in(stick)
        assert finals, "a kill must never leave the stick without a backup"
        for named in finals:
            assert verified(named.path), named.path.name
        # The newest backup from before the kill is still there (and verified above), unless
        # three newer ones were completed after it (the child keeps the newest three).
        newest = (before[0].when, before[0].serial)
        newer = [n for n in finals if (n.when, n.serial) > newest]
        assert before[0].path.exists() or len(newer) >= 3
        completed_before += sum(1 for line in forker.lines[mark:] if line.startswith("done"))
    forker.close()
    # The kills did land in the middle of backups, and some backups completed between them.
    temps = [p for p in stick.iterdir() if p.name.endswith(".tmp")]
    assert temps, "no kill hit a backup while it was writing"
    assert completed_before > 0
    # Leftovers: temporary files on the stick go with the next backup once they are stale,
    # copies in the data folder with the first backup after the next start.
    assert target.remove_stale_temps(stick, rotation.PREFIX, older_than=0) == len(temps)
    snapshot.remove_leftovers(c.ws.folder)
    assert [p for p in c.ws.folder.iterdir() if p.name.startswith(".lernpartner")] == []
    assert [p.name for p in stick.iterdir() if rotation.parse(p) is None] == []
