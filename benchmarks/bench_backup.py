"""Backup figures on a 100 MB database: backup with verification, restore, peak memory.

Goals (issue 12): a backup including its verification (snapshot, sealing in chunks, fsync,
reading every chunk back, the snapshot's hash, ``PRAGMA integrity_check``, rename, thinning)
at most 3x the time of SQLite's own backup of the same database into the same folder; a
restore (open the archive, every chunk, the hash, ``integrity_check``, the swap, opening the
restored file) at most 3x as well; the backup's peak memory under 100 MB above the idle app.

Baseline: Python's ``sqlite3`` online backup API (``Connection.backup``, what the sqlite3
shell's ``.backup`` runs), into a new file in the same folder, with SQLite's default
settings; measured in the same run. The sqlite3 shell's ``.backup`` is printed too when the
program is installed. The vault uses the cheapest key settings here: deriving the key from
the passphrase (about 0.7 s with the shipped settings) is a constant on top of a restore,
not a matter of the database's size.

Memory: the resident set after the workspace is open and idle, then the high-water mark
during the backup (Linux: reset through /proc/self/clear_refs); elsewhere Python's own
allocations (tracemalloc).

Run: ``python benchmarks/bench_backup.py``
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from _quick import QUICK, size

from lernpartner_desktop.backup.restore import Secret
from lernpartner_desktop.vault import crypto
from lernpartner_desktop.workspace import Workspace

#: LERNPARTNER_BENCH_BACKUP_MB=1024 for the 1 GB check (memory must stay flat)
TARGET_MB = int(os.environ.get("LERNPARTNER_BENCH_BACKUP_MB", 0)) or size(100, 2)
RUNS = size(3, 1)
PASSPHRASE = "Demo-Tresor 2026"  # the demo's


def build(folder: Path) -> Workspace:
    """A company with its vault, then journal entries of 1,000 random bytes (what sealed text
    looks like) until the file holds TARGET_MB."""
    from lernpartner_desktop.core.demo import fill_demo

    crypto.DEFAULT_KDF = crypto.KdfParams(crypto.KdfParams.MIN_MEMORY_KIB, 1, 1)
    ws = Workspace.open(folder)
    fill_demo(ws, people=60)
    con = sqlite3.connect(ws.db_path)
    pid, person = con.execute(
        "SELECT partnership_id, person_id FROM partnership_member LIMIT 1"
    ).fetchone()
    rows = TARGET_MB * 1024 * 1024 // 1290  # a row with its index entries
    with con:
        con.executemany(
            "INSERT INTO journal_entry (partnership_id, person_id, written_on, body) "
            "VALUES (?, ?, '2026-01-01', ?)",
            ((pid, person, os.urandom(1000)) for _ in range(rows)),
        )
    con.close()
    ws.db.maintain("PRAGMA wal_checkpoint(TRUNCATE)")
    ws.vault.lock()
    return ws


def sqlite_backup(db: Path) -> float:
    target = db.with_name("baseline-copy.db")
    start = time.perf_counter()
    src = sqlite3.connect(db)
    dst = sqlite3.connect(target)
    src.backup(dst)
    dst.close()
    src.close()
    took = time.perf_counter() - start
    target.unlink()
    return took


def shell_backup(db: Path) -> float | None:
    shell = shutil.which("sqlite3")
    if shell is None:
        return None
    target = db.with_name("shell-copy.db")
    start = time.perf_counter()
    subprocess.run([shell, str(db), f".backup '{target}'"], check=True)
    took = time.perf_counter() - start
    target.unlink()
    return took


def _status(field: str) -> int | None:
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith(field + ":"):
                return int(line.split()[1]) * 1024
    except OSError:
        return None
    return None


def memory_child(folder: Path) -> None:
    """In a fresh process: the app's workspace open and idle, then one backup; prints the
    peak above idle in MB (a fresh process, so no earlier backup left memory to reuse)."""
    ws = Workspace.open(folder)
    ws.vault.exists()
    ws.backups.settings()
    ws.backups.folder()
    idle = _status("VmRSS")
    try:
        Path("/proc/self/clear_refs").write_text("5")  # VmHWM from the idle RSS on
        resettable = True
    except OSError:
        resettable = False
    if idle is not None and resettable:
        ws.backups.make("manual")
        peak = _status("VmHWM") or idle
        print(f"{(peak - idle) / 1024 / 1024:.1f} resident set (VmHWM - idle VmRSS)")
    else:
        tracemalloc.start()
        ws.backups.make("manual")
        _current, top = tracemalloc.get_traced_memory()
        print(f"{top / 1024 / 1024:.1f} Python allocations (tracemalloc)")
    ws.close()


def peak_memory(folder: Path) -> tuple[float, str]:
    done = subprocess.run(
        [sys.executable, __file__, "--memory-child", str(folder)],
        capture_output=True,
        text=True,
        check=True,
    )
    mb, how = done.stdout.strip().split(" ", 1)
    return float(mb), how


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        ws = build(root / "data")
        db = ws.db_path
        print(f"Database: {db.stat().st_size / 1024 / 1024:.1f} MB")
        ws.backups.make("manual")  # warm: imports, the database id
        baseline, shell, backups, restores = [], [], [], []
        archive = None
        for _ in range(RUNS):
            baseline.append(sqlite_backup(db))
            took_shell = shell_backup(db)
            if took_shell is not None:
                shell.append(took_shell)
            start = time.perf_counter()
            made = ws.backups.make("manual")
            backups.append(time.perf_counter() - start)
            archive = made.path
            fresh = Workspace.open(root / f"restore-{len(restores)}")
            start = time.perf_counter()
            staged = fresh.backups.stage_restore(archive, Secret("passphrase", PASSPHRASE))
            restored = fresh.backups.finish_restore(staged)
            restores.append(time.perf_counter() - start)
            restored.close()
            shutil.rmtree(root / f"restore-{len(restores) - 1}")
        assert archive is not None
        ws.close()
        extra, how = peak_memory(root / "data")
    base = statistics.median(baseline)
    back = statistics.median(backups)
    rest = statistics.median(restores)
    print(f"SQLite backup API (baseline): {base:.3f} s (median of {RUNS})")
    if shell:
        print(f"sqlite3 shell .backup: {statistics.median(shell):.3f} s")
    print(f"Backup with verification: {back:.3f} s = {back / base:.2f} x baseline (goal <= 3)")
    print(f"Restore: {rest:.3f} s = {rest / base:.2f} x baseline (goal <= 3)")
    print(f"Peak memory of a backup above idle: {extra:.1f} MB ({how}; goal < 100 MB)")
    if QUICK:
        print("(quick mode: tiny database, the figures mean nothing)")


if __name__ == "__main__":
    if len(sys.argv) == 3 and sys.argv[1] == "--memory-child":
        memory_child(Path(sys.argv[2]))
    else:
        main()
