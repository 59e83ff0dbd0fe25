"""Overview refresh and opening a partnership page with 1,000 partnerships and 20,000 meetings.

    QT_QPA_PLATFORM=offscreen python benchmarks/bench_partnerships.py

Goals: overview refresh <= 100 ms and opening a partnership page <= 100 ms, each measured
both as the data call alone and as the full page update on the GUI thread (median of runs).
"""

from __future__ import annotations

import datetime as dt
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from _quick import QUICK, size  # noqa: E402

PARTNERSHIPS = size(1000, 20)
MEETINGS = size(20000, 200)
PEOPLE = size(2200, 60)
RUNS = size(15, 2)


def build(folder: Path) -> tuple[list[int], int]:
    """A 2,200-person company with 1,000 partnerships and 20,000 meetings, in one go."""
    from lernpartner_desktop.core.demo import DEMO_PASSPHRASE, fill_demo
    from lernpartner_desktop.storage.models import (
        CheckIn,
        Goal,
        JournalEntry,
        Meeting,
        Participation,
        Partnership,
        PartnershipMember,
        PhaseChange,
        Program,
    )
    from lernpartner_desktop.workspace import Workspace

    rng = random.Random(5)
    today = dt.date.today()
    with Workspace.open(folder) as ws:
        fill_demo(ws, people=PEOPLE)
        if not ws.vault.unlocked:
            ws.vault.unlock(DEMO_PASSPHRASE)
        journal: list[JournalEntry] = []
        people = [r.id for r in ws.people.list_rows() if r.active]
        with ws.db.write() as s:
            prog = Program(
                name="Bench-Tandems",
                name_key="bench-tandems",
                format="tandem",
                start_date=today - dt.timedelta(days=200),
                end_date=today + dt.timedelta(days=200),
                cadence_weeks=1,
                max_group_size=2,
                hierarchy="equals",
            )
            s.add(prog)
            s.flush()
            pool = rng.sample(people, 2 * PARTNERSHIPS)
            for pid in pool:
                s.add(Participation(program_id=prog.id, person_id=pid, role="peer"))
            phases = ("preparation", "planning", "learning", "learning", "closing", "completed")
            ids = []
            for i in range(PARTNERSHIPS):
                p = Partnership(
                    program_id=prog.id,
                    phase=phases[i % len(phases)],
                    created_on=today - dt.timedelta(days=180),
                )
                p.members = [
                    PartnershipMember(person_id=pool[2 * i], role="peer"),
                    PartnershipMember(person_id=pool[2 * i + 1], role="peer"),
                ]
                s.add(p)
                s.flush()
                ids.append(p.id)
                s.add(PhaseChange(partnership_id=p.id, to_phase=p.phase, changed_on=today))
                for g in range(1 + i % 3):
                    s.add(
                        Goal(
                            partnership_id=p.id,
                            title=f"Ziel {g}",
                            success_criteria="" if g == 2 else "messbar",
                        )
                    )
                entry = JournalEntry(
                    partnership_id=p.id, person_id=pool[2 * i], written_on=today, body=b""
                )
                s.add(entry)
                journal.append(entry)
                s.add(
                    CheckIn(
                        partnership_id=p.id,
                        person_id=pool[2 * i],
                        kind="fit",
                        recorded_on=today,
                        fit="fits",
                    )
                )
            s.flush()  # the journal entries' ids: a sealed body is bound to its row
            for entry in journal:
                ws.vault.seal_into(entry, "body", "Eintrag " * 20)
            per = MEETINGS // PARTNERSHIPS
            start = dt.datetime.combine(today - dt.timedelta(days=140), dt.time(16))
            for i, pid in enumerate(ids):
                for k in range(per):
                    when = start + dt.timedelta(days=7 * k + i % 5, hours=i % 3)
                    s.add(
                        Meeting(
                            program_id=prog.id,
                            partnership_id=pid,
                            starts_at=when,
                            status="held" if when.date() < today else "planned",
                        )
                    )
    return ids, prog.id


def report(what: str, fn: object, goal: str = "") -> None:
    median, worst = median_ms(fn)
    print(f"{what:<42} median {median:6.1f} ms, max {worst:6.1f} ms  {goal}")


def median_ms(fn: object, runs: int = RUNS) -> tuple[float, float]:
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        fn()  # type: ignore[operator]
        times.append((time.perf_counter() - t0) * 1000)
    return statistics.median(times), max(times)


def main() -> None:
    from PySide6.QtWidgets import QApplication

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "bench"
        t0 = time.perf_counter()
        ids, _prog = build(folder)
        print(
            f"built {PARTNERSHIPS} partnerships and {MEETINGS} meetings (+{PEOPLE} people) in "
            f"{time.perf_counter() - t0:.1f} s"
        )
        from lernpartner_desktop.ui.main_window import MainWindow
        from lernpartner_desktop.workspace import Workspace

        app = QApplication.instance() or QApplication([])
        ws = Workspace.open(folder)
        w = MainWindow(ws)
        w.show()
        while w.ops.busy:
            app.processEvents()
        ws.warm_up()
        ov = ws.overview
        report("overview data (registry + attention)", lambda: (ov.registry(), ov.attention()))

        from lernpartner_desktop.ui.pages.overview import _Loaded

        def overview_page() -> None:
            w.overview._loaded(_Loaded(ov.registry(), ov.attention()))
            w.overview.repaint()

        w.show_page(w.pages.index(w.overview))
        report("overview page refresh incl. render", overview_page, "(goal <= 100 ms)")
        sample = random.Random(1).sample(ids, min(15, len(ids)))
        it = iter(sample * 2)
        report("partnership detail (data)", lambda: ws.partnerships.detail(next(it)))
        w.show_page(w.pages.index(w.partnerships))
        while w.ops.busy:
            app.processEvents()
        view = w.partnerships.partnership
        it2 = iter(sample * 2)

        def open_page() -> None:
            view.load(next(it2))
            view.repaint()

        report("opening a partnership page incl. render", open_page, "(goal <= 100 ms)")
        att = ov.attention()
        print(
            f"(overview lists: {len(att.this_week)} this week, {len(att.quiet)} quiet, "
            f"{len(att.goals_without_criteria)} goals without criteria)"
        )
        w.close()
        ws.close()
        if QUICK:
            print("(quick mode: tiny sizes, the figures mean nothing)")


if __name__ == "__main__":
    main()
