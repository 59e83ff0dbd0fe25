"""HiGHS (``highspy``), quiet and interruptible: the one solver of every matching programme.

HiGHS prints a banner on stdout with its first solver object; :func:`new_highs` silences it
(the command line prints results there). Every solver object stops when the owner cancels
(HiGHS's interrupt callbacks ask :class:`~.model.Cancel`); ``run`` then raises
:class:`~.model.MatchingCancelled`.
"""

from __future__ import annotations

import contextlib
import ctypes
import os
import sys
import threading
from typing import Any

import numpy as np

from lernpartner_desktop.matching.model import Cancel

_quiet_lock = threading.Lock()
_banner_shown = False


def _silence_banner() -> None:
    """HiGHS prints its banner on stdout when the first solver object is made; the command
    line prints results there, so the first one is made with stdout pointed elsewhere."""
    global _banner_shown
    with _quiet_lock:
        if _banner_shown:
            return
        import highspy

        sys.stdout.flush()
        try:
            saved = os.dup(1)
        except OSError:  # no stdout at all (a windowed app)
            highspy.Highs()  # type: ignore[no-untyped-call]
            _banner_shown = True
            return
        null = os.open(os.devnull, os.O_WRONLY)
        try:
            os.dup2(null, 1)
            highspy.Highs()  # type: ignore[no-untyped-call]
            with contextlib.suppress(Exception):  # C's buffer, before stdout comes back
                ctypes.CDLL(None).fflush(None)
        finally:
            os.dup2(saved, 1)
            os.close(saved)
            os.close(null)
        _banner_shown = True


def new_highs(cancel: Cancel | None = None, time_limit: float | None = None) -> Any:
    """A quiet HiGHS that maximises, stops when ``cancel`` is set, optimal to the last digit."""
    import highspy

    _silence_banner()
    h = highspy.Highs()  # type: ignore[no-untyped-call]
    h.setOptionValue("output_flag", False)
    h.setOptionValue("mip_rel_gap", 0.0)
    h.setOptionValue("mip_abs_gap", 1e-9)
    h.setOptionValue("random_seed", 7)
    if time_limit is not None:
        h.setOptionValue("time_limit", float(time_limit))
    h.changeObjectiveSense(highspy.ObjSense.kMaximize)
    if cancel is not None:

        def interrupt(event: Any) -> None:
            if cancel.is_set():
                event.interrupt()

        h.cbSimplexInterrupt += interrupt
        h.cbIpmInterrupt += interrupt
        h.cbMipInterrupt += interrupt
    return h


def run(h: Any, cancel: Cancel | None) -> str:
    """Solve; the model status as text ("Optimal", "Time limit reached", ...).

    HiGHS 1.16 can report the optimum it found while handing back the start given with
    :func:`set_start` as the solution (seen on a four-person circle model: objective 1.5,
    solution worth 1.0). The solution is checked against the reported objective; when they
    disagree the start is dropped and the model solved once more.
    """
    h.run()
    if cancel is not None:
        cancel.check()
    if id(h) in _started and not _solution_agrees(h):
        h.clearSolver()
        h.run()
        if cancel is not None:
            cancel.check()
    return str(h.modelStatusToString(h.getModelStatus()))


#: solver objects given a start (only those need the check, which copies the model)
_started: set[int] = set()


def _solution_agrees(h: Any) -> bool:
    _started.discard(id(h))
    info = h.getInfo()
    if info.primal_solution_status != 2:  # no feasible solution: nothing to compare
        return True
    value = np.asarray(h.getSolution().col_value)
    cost = np.asarray(h.getLp().col_cost_)
    if len(value) != len(cost):
        return True
    objective = float(info.objective_function_value)
    return abs(float(cost @ value) + float(h.getLp().offset_) - objective) <= 1e-6 * (
        1.0 + abs(objective)
    )


def add_rows(h: Any, lower: np.ndarray, upper: np.ndarray) -> None:
    h.addRows(len(lower), lower.astype(float), upper.astype(float), 0, [], [], [])


def add_cols(
    h: Any,
    cost: np.ndarray,
    rows: np.ndarray,
    starts: np.ndarray,
    values: np.ndarray | None = None,
    upper: float = 1.0,
) -> None:
    """Columns in compressed form: column k has entries ``rows[starts[k]:starts[k+1]]``."""
    n = len(cost)
    if not n:
        return
    vals = np.ones(len(rows)) if values is None else values.astype(float)
    h.addCols(
        n,
        cost.astype(float),
        np.zeros(n),
        np.full(n, upper),
        len(rows),
        starts[:-1].astype(np.int32),
        rows.astype(np.int32),
        vals,
    )


def make_integer(h: Any, first: int, count: int) -> None:
    import highspy

    if count:
        idx = np.arange(first, first + count, dtype=np.int32)
        h.changeColsIntegrality(count, idx, np.full(count, highspy.HighsVarType.kInteger))


def set_start(h: Any, x: np.ndarray) -> None:
    import highspy

    sol = highspy.HighsSolution()
    sol.col_value = [float(v) for v in x]
    sol.value_valid = True
    h.setSolution(sol)
    _started.add(id(h))
