"""Optimal pairs for thousands of people: one exact method for mentoring and for tandems.

Pairs (mentor places and mentees, or peers) form a *b-matching*: choose pairs so that no row
(a person, or a mentor with her free places) is used beyond its capacity, maximising the total
weight. :func:`b_matching` solves its linear relaxation with HiGHS and proves it integral:

1. **Column generation.** The relaxation starts with each person's best few pairs; the duals
   then price every other pair in one vectorised pass, and pairs that could improve the
   relaxation join, until none could. The relaxation is thus solved over *all* pairs without
   handing HiGHS millions of columns.
2. **Integral means optimal.** Mentoring always ends here: a capacitated assignment is a
   network flow (its matrix is totally unimodular), so a simplex vertex is integral.
3. **Odd sets** (peers only). A fractional vertex of the relaxation of a matching has odd
   cycles at one half; for each, the blossom inequality "at most (|S|-1)/2 pairs inside S" is
   added (Edmonds: with all of them the relaxation is integral) and the loop goes on.
4. **Safety net.** Should cycles not suffice, an integer programme finishes the job on the
   pairs that can matter: for every matching x, ``w.x <= bound - sum(slack(e) x_e)`` (the dual
   slack of each pair), so a pair whose slack exceeds ``bound - low`` (``low``: any matching
   found) is in no matching better than ``low``.

"As many as possible" first maximises the count, then the fit with the count fixed
(:func:`best_pairs`). Zero-weight pairs gain nothing and are not chosen under "fit".
"""

from __future__ import annotations

from typing import Any

import numpy as np

from lernpartner_desktop.matching.highs import (
    add_rows,
    make_integer,
    new_highs,
    run,
    set_start,
)
from lernpartner_desktop.matching.model import Cancel

INITIAL_PER_ROW = 3  # best pairs per person in the first relaxation
PRICE_PER_ROW = 6  # at most this many new pairs per person and round
TOL = 1e-7  # HiGHS's own optimality tolerance
INTEGRAL = 1e-6
MAX_ROUNDS = 500


def _best_per_row(
    u: np.ndarray, v: np.ndarray, w: np.ndarray, mask: np.ndarray, k: int, both: bool = True
) -> np.ndarray:
    """Indices (among ``mask``) of each row's ``k`` heaviest edges, at either end (or at the
    ``v`` end only: in a bipartite programme the other side is reached through it)."""
    idx = np.flatnonzero(mask)
    if not len(idx):
        return idx
    weight = w[idx]
    span = float(weight.max() - weight.min()) or 1.0
    # Heavier first within a row: one float key sorts faster than a two-key lexsort.
    within = 0.5 * (weight.max() - weight) / span
    chosen = []
    for end in (u[idx], v[idx]) if both else (v[idx],):
        order = np.argsort(end + within)
        ends = end[order]
        starts = np.zeros(len(ends), dtype=np.int64)
        new_row = np.flatnonzero(ends[1:] != ends[:-1]) + 1
        starts[new_row] = new_row
        rank = np.arange(len(ends)) - np.maximum.accumulate(starts)
        chosen.append(idx[order[rank < k]])
    return np.unique(np.concatenate(chosen))


class _Relaxation:
    """The LP over a growing set of columns (pairs) and rows (capacities, count, odd sets)."""

    def __init__(
        self,
        n_rows: int,
        u: np.ndarray,
        v: np.ndarray,
        w: np.ndarray,
        cap: np.ndarray,
        count: int | None,
        cancel: Cancel | None,
    ) -> None:
        self.n, self.u, self.v, self.w, self.count, self.cancel = n_rows, u, v, w, count, cancel
        self.h: Any = new_highs(cancel)
        add_rows(self.h, np.full(n_rows, -np.inf), cap.astype(float))
        if count is not None:
            add_rows(self.h, np.array([float(count)]), np.array([float(count)]))
        self.first_cut = n_rows + (count is not None)
        self.cuts: list[np.ndarray] = []  # membership masks over the rows
        self.in_lp = np.zeros(len(w), dtype=bool)
        self.cols = np.zeros(0, dtype=np.int64)  # the edge of each LP column

    def _inside(self, cut: np.ndarray, edges: np.ndarray) -> np.ndarray:
        return np.asarray(cut[self.u[edges]] & cut[self.v[edges]])

    def add(self, edge_ids: np.ndarray) -> None:
        edge_ids = edge_ids[~self.in_lp[edge_ids]]
        if not len(edge_ids):
            return
        k = len(edge_ids)
        pos = [np.arange(k), np.arange(k)]
        rows = [self.u[edge_ids], self.v[edge_ids]]
        if self.count is not None:
            pos.append(np.arange(k))
            rows.append(np.full(k, self.n))
        for c, cut in enumerate(self.cuts):
            inside = np.flatnonzero(self._inside(cut, edge_ids))
            pos.append(inside)
            rows.append(np.full(len(inside), self.first_cut + c))
        p, r = np.concatenate(pos), np.concatenate(rows)
        order = np.argsort(p, kind="stable")
        p, r = p[order], r[order]
        starts = np.searchsorted(p, np.arange(k))
        self.h.addCols(
            k,
            self.w[edge_ids].astype(float),
            np.zeros(k),
            np.ones(k),
            len(r),
            starts.astype(np.int32),
            r.astype(np.int32),
            np.ones(len(r)),
        )
        self.in_lp[edge_ids] = True
        self.cols = np.concatenate([self.cols, edge_ids])

    def add_cut(self, members: np.ndarray) -> None:
        cut = np.zeros(self.n, dtype=bool)
        cut[members] = True
        inside = np.flatnonzero(self._inside(cut, self.cols))
        self.h.addRow(
            -np.inf, float((len(members) - 1) // 2), len(inside), inside.astype(np.int32),
            np.ones(len(inside)),
        )  # fmt: skip
        self.cuts.append(cut)

    def solve(self) -> tuple[np.ndarray, np.ndarray]:
        """Column generation to the optimum over all pairs: (x per column, slack per pair)."""
        while True:
            status = run(self.h, self.cancel)
            if status != "Optimal":  # pragma: no cover - a matching LP is always solvable
                raise RuntimeError(f"HiGHS: {status}")
            slack = self.slack()
            better = (slack < -TOL) & ~self.in_lp
            if not better.any():
                return np.asarray(self.h.getSolution().col_value), slack
            self.add(_best_per_row(self.u, self.v, -slack, better, PRICE_PER_ROW))

    def slack(self) -> np.ndarray:
        """Dual slack of every pair: how far it is from improving the relaxation."""
        duals = np.asarray(self.h.getSolution().row_dual)
        slack = duals[self.u] + duals[self.v] - self.w
        if self.count is not None:
            slack += duals[self.n]
        for c, cut in enumerate(self.cuts):
            z = duals[self.first_cut + c]
            if z != 0.0:
                slack += z * (cut[self.u] & cut[self.v])
        return np.asarray(slack)

    @property
    def bound(self) -> float:
        return float(self.h.getInfo().objective_function_value)


def _odd_cycles(n: int, u: np.ndarray, v: np.ndarray, x: np.ndarray) -> list[np.ndarray]:
    """Vertex sets of the odd components formed by fractional pairs, where they are violated."""
    frac = (x > INTEGRAL) & (x < 1 - INTEGRAL)
    parent = list(range(n))

    def find(a: int) -> int:
        while parent[a] != a:
            parent[a] = parent[parent[a]]
            a = parent[a]
        return a

    for a, b in zip(u[frac].tolist(), v[frac].tolist(), strict=True):
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[ra] = rb
    groups: dict[int, list[int]] = {}
    for a in set(u[frac].tolist()) | set(v[frac].tolist()):
        groups.setdefault(find(a), []).append(a)
    cuts = []
    for members in groups.values():
        if len(members) % 2 == 1 and len(members) >= 3:
            inside = np.isin(u, members) & np.isin(v, members)
            if x[inside].sum() > (len(members) - 1) / 2 + INTEGRAL:
                cuts.append(np.array(sorted(members)))
    return cuts


def _greedy_fill(
    taken: np.ndarray,
    u: np.ndarray,
    v: np.ndarray,
    w: np.ndarray,
    cap: np.ndarray,
    candidates: np.ndarray,
) -> None:
    load = np.bincount(u[taken], minlength=len(cap)) + np.bincount(v[taken], minlength=len(cap))
    for e in candidates[np.argsort(-w[candidates], kind="stable")].tolist():
        if not taken[e] and load[u[e]] < cap[u[e]] and load[v[e]] < cap[v[e]]:
            taken[e] = True
            load[u[e]] += 1
            load[v[e]] += 1


def b_matching(
    n_rows: int,
    u: np.ndarray,
    v: np.ndarray,
    w: np.ndarray,
    cap: np.ndarray,
    *,
    count: int | None = None,
    start: np.ndarray | None = None,
    cancel: Cancel | None = None,
    bipartite: bool = False,
) -> np.ndarray:
    """Maximum-weight b-matching: a boolean mask over the edges (see the module text).

    ``u``/``v``: the two rows of each edge; ``cap``: each row's capacity; ``count``: the
    number of edges, fixed; ``start``: a feasible solution to begin with (needed with
    ``count``).
    """
    chosen = np.zeros(len(w), dtype=bool)
    if not len(w):
        return chosen
    lp = _Relaxation(n_rows, u, v, w, cap, count, cancel)
    seed = _best_per_row(u, v, w, np.ones(len(w), dtype=bool), INITIAL_PER_ROW, not bipartite)
    if start is not None:
        seed = np.union1d(seed, np.flatnonzero(start))
    lp.add(seed)
    odd_sets_valid = bool(np.all(cap <= 1))
    for _round in range(MAX_ROUNDS):
        x, slack = lp.solve()
        if np.all(np.minimum(np.abs(x), np.abs(x - 1)) < INTEGRAL):
            chosen[lp.cols[x > 0.5]] = True
            return chosen
        cuts = _odd_cycles(n_rows, u[lp.cols], v[lp.cols], x) if odd_sets_valid else []
        if not cuts:
            break
        for members in cuts:
            lp.add_cut(members)
    # The safety net: an integer programme on the pairs that can still matter.
    if start is not None:
        low_x = start.copy()
    else:
        low_x = np.zeros(len(w), dtype=bool)
        low_x[lp.cols[x > 1 - INTEGRAL]] = True
        _greedy_fill(low_x, u, v, w, cap, lp.cols)
    low = float(w[low_x].sum())
    lp.add(np.flatnonzero((np.maximum(slack, 0.0) <= lp.bound - low + 1e-6) | low_x))
    make_integer(lp.h, 0, len(lp.cols))
    set_start(lp.h, low_x[lp.cols].astype(float))
    status = run(lp.h, cancel)
    if status != "Optimal":  # pragma: no cover - the start is feasible, the problem bounded
        raise RuntimeError(f"HiGHS: {status}")
    chosen[lp.cols[np.asarray(lp.h.getSolution().col_value) > 0.5]] = True
    return chosen


def best_pairs(
    n_rows: int,
    u: np.ndarray,
    v: np.ndarray,
    w: np.ndarray,
    cap: np.ndarray,
    objective: str,
    cancel: Cancel | None = None,
    bipartite: bool = False,
) -> np.ndarray:
    """The optimal edges for "fit" (pairs scoring 0 gain nothing and are left out) or for
    "count" (as many pairs as possible, then the highest fit among those)."""
    if objective == "fit":
        mask = w > 0
        chosen = np.zeros(len(w), dtype=bool)
        sub = b_matching(n_rows, u[mask], v[mask], w[mask], cap, cancel=cancel, bipartite=bipartite)
        chosen[np.flatnonzero(mask)[sub]] = True
        return chosen
    # The count first: each pair is worth 1 plus a share of its fit so small that all the
    # fit together weighs less than half a pair (no sea of ties among equal counts). Then the
    # best fit with exactly that count, in the exact weights.
    scale = 0.5 / (1.0 + float(w.max(initial=0.0)) * min(len(w), float(cap.sum())))
    most = b_matching(n_rows, u, v, 1.0 + scale * w, cap, cancel=cancel, bipartite=bipartite)
    return b_matching(
        n_rows, u, v, w, cap, count=int(most.sum()), start=most, cancel=cancel,
        bipartite=bipartite,
    )  # fmt: skip
