"""Start-up and people-filter figures on a 2,000-person company.

    QT_QPA_PLATFORM=offscreen python benchmarks/bench_startup.py [--people 2000] [--runs 7]

Prints:
- cold start of the app to "main window shown, first page loaded, worker idle", against a
  bare PySide6 window measured the same way in the same run (goal: ratio <= 2.5);
- time per keystroke of the people filter, including the table repaint (goal: <= 30 ms).
Figures are medians; the machine is noisy, the ratio is what counts.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from _quick import size  # noqa: E402

BARE = """
import sys, time
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
started = float(sys.argv[1])
app = QApplication(sys.argv)
w = QMainWindow(); w.resize(1280, 800); w.setWindowTitle("bare"); w.show()
def done():
    print(f"startup_seconds={time.time() - started:.4f}", flush=True); app.quit()
QTimer.singleShot(0, done)
app.exec()
"""


def run_child(cmd: list[str], env: dict[str, str]) -> dict[str, str]:
    out = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=120)
    lines = dict(line.split("=", 1) for line in out.stdout.splitlines() if "=" in line)
    if "startup_seconds" not in lines:
        raise SystemExit(f"child failed: {out.stderr[-2000:]}")
    return lines


def measure_startup(folder: Path, runs: int) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    bare: list[float] = []
    app: list[float] = []
    warm: list[float] = []
    heavy = ""
    for _ in range(runs):  # interleaved, so drift hits both alike
        t0 = time.time()
        bare.append(float(run_child([sys.executable, "-c", BARE, str(t0)], env)["startup_seconds"]))
        t0 = time.time()
        got = run_child(
            [sys.executable, "-m", "lernpartner_desktop", "--data-dir", str(folder)],
            {**env, "LERNPARTNER_STARTUP_PROBE": str(t0)},
        )
        app.append(float(got["startup_seconds"]))
        warm.append(float(got["warm_seconds"]))
        heavy = got.get("heavy_modules", "")
    b, a = statistics.median(bare), statistics.median(app)
    print(
        f"bare PySide6 window:   median {b * 1000:7.1f} ms  (runs: "
        f"{', '.join(f'{x * 1000:.0f}' for x in bare)})"
    )
    print(
        f"Lernpartner to idle:   median {a * 1000:7.1f} ms  (runs: "
        f"{', '.join(f'{x * 1000:.0f}' for x in app)})"
    )
    print(f"start-up ratio:        {a / b:.2f}  (goal <= 2.5)")
    print(
        f"SQLAlchemy side warmed up in the background by: median "
        f"{statistics.median(warm) * 1000:.1f} ms after launch"
    )
    print(f"heavy modules loaded at start: {heavy}")


def measure_filter(folder: Path) -> None:
    from PySide6.QtWidgets import QApplication

    from lernpartner_desktop.ui.main_window import MainWindow
    from lernpartner_desktop.workspace import Workspace

    app = QApplication.instance() or QApplication([])
    ws = Workspace.open(folder)
    w = MainWindow(ws)
    w.show()
    w.show_page(w.pages.index(w.people))
    while w.ops.busy or w.people.model.total_count() == 0:
        app.processEvents()
    view, search = w.people.view, w.people.search
    timings: list[float] = []
    for word in ("müller", "vertrieb excel", "kassel", "sap", "zzz"):
        search.clear()
        view.viewport().repaint()
        for ch in word:
            t0 = time.perf_counter()
            search.setText(search.text() + ch)  # textChanged runs the filter synchronously
            view.viewport().repaint()
            timings.append(time.perf_counter() - t0)
    ms = sorted(t * 1000 for t in timings)
    print(
        f"people filter per keystroke over {w.people.model.total_count()} people "
        f"({len(ms)} keystrokes): median {statistics.median(ms):.2f} ms, "
        f"p90 {ms[int(len(ms) * 0.9)]:.2f} ms, max {ms[-1]:.2f} ms  (goal <= 30 ms)"
    )
    w.close()
    ws.close()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--people", type=int, default=size(2000, 40))
    parser.add_argument("--runs", type=int, default=size(7, 1))
    args = parser.parse_args()
    from lernpartner_desktop.core.demo import fill_demo
    from lernpartner_desktop.workspace import Workspace

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "bench"
        t0 = time.perf_counter()
        with Workspace.open(folder) as ws:
            fill_demo(ws, people=args.people)
        print(f"demo database with {args.people} people built in {time.perf_counter() - t0:.2f} s")
        measure_startup(folder, args.runs)
        measure_filter(folder)


if __name__ == "__main__":
    main()
