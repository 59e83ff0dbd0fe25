"""Scores: each criterion from 0 to 1 for a pair, times the owner's weight (0 to 10), summed.

The same formulas run pair by pair (:func:`criteria`, for explanations) and vectorised over
blocks of rows (:class:`Scorer`, for the solvers); both add the criteria in the same order with
the same operations, so a pair's score is the same number either way (a test holds them equal).
The vectorised topic fit is a matrix product: offered levels one-hot against what each learner
gains from each offered level, so 3,000 people score in a fraction of a second.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from lernpartner_desktop.matching.model import CRITERIA, Candidate, Population, Weights
from lernpartner_desktop.matching.rules import hard_reason

GENERATION_SPAN = 20  # years of difference that count as fully age-mixed
GENERATION_MIN = 5  # below this, no generation gap to speak of
LEVELS = 4
BLOCK = 256  # rows scored at once: bounds the memory for thousands of people


def _generation(gap: float) -> float:
    return 0.0 if gap < GENERATION_MIN else min(1.0, gap / GENERATION_SPAN)


def _coverage(gain: int) -> float:
    """A teacher clearly ahead (two levels) covers a topic; one level ahead half of it."""
    return 1.0 if gain >= 2 else 0.5 if gain == 1 else 0.0


def topic_fit(teacher: Candidate, learner: Candidate) -> float:
    """Share of what ``learner`` seeks that ``teacher`` offers ahead of them."""
    if not learner.seeks:
        return 0.0
    total = sum(
        _coverage(teacher.offers[t] - level)
        for t, level in learner.seeks.items()
        if t in teacher.offers
    )
    return total / len(learner.seeks)


def preference(pop: Population, chooser: int, chosen: int) -> float:
    ranking = pop.preferences.get(chooser, [])
    if chosen not in ranking:
        return 0.0
    return (3 - ranking.index(chosen)) / 3


def criteria(a: Candidate, b: Candidate, pop: Population) -> dict[str, float]:
    """Every criterion from 0 to 1 for a pair; ``a`` is the mentor side in mentoring."""
    if pop.kind == "peers":
        topics = (topic_fit(a, b) + topic_fit(b, a)) / 2
        prefs = max(preference(pop, a.id, b.id), preference(pop, b.id, a.id))
    else:
        topics = topic_fit(a, b)
        prefs = preference(pop, b.id, a.id)
    years = _generation(abs(a.year - b.year)) if a.year is not None and b.year is not None else 0.0
    return {
        "topics": topics,
        "preferences": prefs,
        "departments": 1.0
        if a.department and b.department and a.department != b.department
        else 0.0,
        "generation": years,
        "languages": 1.0 if a.languages & b.languages else 0.0,
        "location": 1.0 if a.location and a.location == b.location else 0.0,
    }


def pair_score(a: Candidate, b: Candidate, pop: Population, weights: Weights) -> float:
    return sum(weights[k] * v for k, v in criteria(a, b, pop).items())


def eligible(a: Candidate, b: Candidate, pop: Population) -> bool:
    """No hard rule against the pair and something to learn (``a`` the mentor side)."""
    return hard_reason(a, b, pop) is None and criteria(a, b, pop)["topics"] > 0


@dataclass(frozen=True)
class Edges:
    """Pairs as parallel arrays: row index, column index, score, allowed by the rules."""

    rows: np.ndarray
    cols: np.ndarray
    score: np.ndarray
    allowed: np.ndarray

    def __len__(self) -> int:
        return len(self.rows)


def _codes(values: list[str]) -> np.ndarray:
    """Equal strings get equal codes; the empty string -1 (unknown never matches)."""
    seen: dict[str, int] = {}
    return np.array([seen.setdefault(v, len(seen)) if v else -1 for v in values], dtype=np.int64)


class Scorer:
    """Scores of rows x cols, block by block (same formulas as :func:`criteria`)."""

    def __init__(self, pop: Population, rows: list[Candidate], cols: list[Candidate]) -> None:
        self.pop, self.rows, self.cols = pop, rows, cols
        self.peers = pop.kind == "peers"
        topics = sorted({t for c in rows + cols for t in (*c.offers, *c.seeks)})
        self._topic = {t: i for i, t in enumerate(topics)}
        self._n_topics = len(topics)
        self.offer_r, self.gain_c, self.nseek_c = self._offers(rows), *self._gains(cols)
        if self.peers:
            self.offer_c, self.gain_r, self.nseek_r = self._offers(cols), *self._gains(rows)
        codes = _codes([c.department for c in rows + cols])
        self.dep_r, self.dep_c = codes[: len(rows)], codes[len(rows) :]
        codes = _codes([c.location for c in rows + cols])
        self.loc_r, self.loc_c = codes[: len(rows)], codes[len(rows) :]
        self.year_r = np.array([np.nan if c.year is None else c.year for c in rows], dtype=float)
        self.year_c = np.array([np.nan if c.year is None else c.year for c in cols], dtype=float)
        # Languages as bit sets (Python ints: any number of languages), compared with &.
        langs = sorted({x for c in rows + cols for x in c.languages})
        li = {x: 1 << k for k, x in enumerate(langs)}
        dtype = np.int64 if len(langs) < 63 else object
        self.lang_r = np.array([sum(li[x] for x in c.languages) for c in rows], dtype=dtype)
        self.lang_c = np.array([sum(li[x] for x in c.languages) for c in cols], dtype=dtype)
        self.row_at = {c.id: i for i, c in enumerate(rows)}
        self.col_at = {c.id: j for j, c in enumerate(cols)}
        # Sparse extras, applied per block: preferences and the pairs a rule forbids.
        self.prefs: dict[tuple[int, int], float] = {}
        for chooser, ranking in pop.preferences.items():
            for rank, chosen in enumerate(ranking):
                value = (3 - rank) / 3
                pairs = (
                    ((chooser, chosen), (chosen, chooser)) if self.peers else ((chosen, chooser),)
                )
                for r, c in pairs:
                    if r in self.row_at and c in self.col_at:
                        key = (self.row_at[r], self.col_at[c])
                        self.prefs[key] = max(self.prefs.get(key, 0.0), value)
        self.banned: set[tuple[int, int]] = set()
        for x, y in ((a, b) for pair in pop.forbidden for a, b in _both(pair)):
            if x in self.row_at and y in self.col_at:
                self.banned.add((self.row_at[x], self.col_at[y]))
        for i, a in enumerate(rows):
            for other in (a.id, a.manager_id):
                if other in self.col_at:
                    self.banned.add((i, self.col_at[other]))
        for j, b in enumerate(cols):
            if b.manager_id in self.row_at:
                self.banned.add((self.row_at[b.manager_id], j))
        self.banned_keys = np.array(
            sorted(r * len(cols) + c for r, c in self.banned), dtype=np.int64
        )

    def _offers(self, people: list[Candidate]) -> np.ndarray:
        """One-hot offered level per topic: column ``topic * 4 + level - 1``."""
        # float32: the products are sums of 0.5 and 1, exact in single precision too
        m = np.zeros((len(people), self._n_topics * LEVELS), dtype=np.float32)
        for i, c in enumerate(people):
            for t, level in c.offers.items():
                m[i, self._topic[t] * LEVELS + min(max(level, 1), LEVELS) - 1] = 1.0
        return m

    def _gains(self, people: list[Candidate]) -> tuple[np.ndarray, np.ndarray]:
        """What each offered level is worth to each learner, and how many topics they seek."""
        m = np.zeros((len(people), self._n_topics * LEVELS), dtype=np.float32)
        for i, c in enumerate(people):
            for t, seek in c.seeks.items():
                for level in range(1, LEVELS + 1):
                    m[i, self._topic[t] * LEVELS + level - 1] = _coverage(level - seek)
        return m, np.array([len(c.seeks) for c in people], dtype=float)

    def topics(self, r0: int, r1: int, c0: int = 0) -> tuple[np.ndarray, np.ndarray | None]:
        """What rows ``r0:r1`` teach columns ``c0:`` (and, for peers, learn from them): sums
        of 0.5 and 1 per pair, a dense block (exact in floating point)."""
        forth = self.offer_r[r0:r1] @ self.gain_c[c0:].T
        back = self.offer_c[c0:] @ self.gain_r[r0:r1].T if self.peers else None
        return forth, None if back is None else back.T

    def topic_values(
        self, i: np.ndarray, j: np.ndarray, forth: np.ndarray, back: np.ndarray | None
    ) -> np.ndarray:
        """The topics criterion of the pairs from their sums (the division of topic_fit)."""
        with np.errstate(divide="ignore", invalid="ignore"):
            fit = np.where(self.nseek_c[j] > 0, forth.astype(float) / self.nseek_c[j], 0.0)
            if back is None:
                return np.asarray(fit)
            fit_back = np.where(self.nseek_r[i] > 0, back.astype(float) / self.nseek_r[i], 0.0)
        return np.asarray((fit + fit_back) / 2)

    def criteria(self, i: np.ndarray, j: np.ndarray, topics: np.ndarray) -> dict[str, np.ndarray]:
        """Every criterion for the pairs (row ``i[k]``, column ``j[k]``), topics given."""
        keys = i * len(self.cols) + j
        prefs = np.zeros(len(i))
        if self.prefs:
            pk = np.array([r * len(self.cols) + c for r, c in self.prefs], dtype=np.int64)
            pv = np.array(list(self.prefs.values()))
            order = np.argsort(pk)
            pos = np.searchsorted(pk[order], keys)
            pos = np.minimum(pos, len(pk) - 1)
            hit = pk[order][pos] == keys
            prefs[hit] = pv[order][pos[hit]]
        dr, dc = self.dep_r[i], self.dep_c[j]
        lr = self.loc_r[i]
        gap = np.abs(self.year_r[i] - self.year_c[j])
        with np.errstate(invalid="ignore"):
            generation = np.where(
                np.isnan(gap) | (gap < GENERATION_MIN), 0.0, np.minimum(1.0, gap / GENERATION_SPAN)
            )
        return {
            "topics": topics,
            "preferences": prefs,
            "departments": ((dr != dc) & (dr >= 0) & (dc >= 0)).astype(float),
            "generation": generation,
            "languages": ((self.lang_r[i] & self.lang_c[j]) != 0).astype(float),
            "location": ((lr == self.loc_c[j]) & (lr >= 0)).astype(float),
        }

    def score(self, weights: Weights, parts: dict[str, np.ndarray]) -> np.ndarray:
        score: np.ndarray | None = None
        for k in CRITERIA:  # the order and the operations of :func:`pair_score`
            term = weights[k] * parts[k]
            score = term if score is None else score + term
        assert score is not None
        return score

    def allowed(self, i: np.ndarray, j: np.ndarray) -> np.ndarray:
        """No hard rule against the pairs (row ``i[k]``, column ``j[k]``)."""
        ok = np.ones(len(i), dtype=bool)
        if self.banned:
            keys = i * len(self.cols) + j
            ok &= ~np.isin(keys, self.banned_keys)
        if self.pop.format == "reverse_mentoring":  # the mentor (row) must be the younger
            yr, yc = self.year_r[i], self.year_c[j]
            with np.errstate(invalid="ignore"):
                ok &= ~(~np.isnan(yr + yc) & (yr <= yc))
        return ok

    def pairs(self, weights: Weights, *, forbidden_too: bool = False) -> Edges:
        """Every pair with something to learn and its score; for peers over one list each
        unordered pair once. ``allowed`` marks the pairs no hard rule forbids (all of them
        unless ``forbidden_too``)."""
        triangle = self.peers and self.rows is self.cols
        rows, cols, scores, oks = [], [], [], []
        for r0 in range(0, len(self.rows), BLOCK):
            r1 = min(r0 + BLOCK, len(self.rows))
            c0 = r0 if triangle else 0
            forth, back = self.topics(r0, r1, c0)
            some = forth > 0
            if back is not None:  # peers: either teaches the other
                some |= back > 0
            if triangle:
                some[np.arange(r1 - r0)[:, None] >= np.arange(len(self.cols) - c0)[None, :]] = False
            bi, bj = np.nonzero(some)
            i, j = bi + r0, bj + c0
            ok = self.allowed(i, j)
            if not forbidden_too:
                i, j, bi, bj, ok = i[ok], j[ok], bi[ok], bj[ok], ok[ok]
            topics = self.topic_values(i, j, forth[bi, bj], None if back is None else back[bi, bj])
            rows.append(i)
            cols.append(j)
            oks.append(ok)
            scores.append(self.score(weights, self.criteria(i, j, topics)))
        if not rows:
            empty = np.zeros(0, dtype=np.int64)
            return Edges(empty, empty, np.zeros(0), np.zeros(0, dtype=bool))
        return Edges(
            np.concatenate(rows).astype(np.int64),
            np.concatenate(cols).astype(np.int64),
            np.concatenate(scores),
            np.concatenate(oks),
        )

    def edges(self, weights: Weights) -> Edges:
        """The eligible pairs (no hard rule against them, something to learn)."""
        return self.pairs(weights)


def _both(pair: frozenset[int]) -> tuple[tuple[int, int], tuple[int, int]]:
    x, y = tuple(pair) if len(pair) == 2 else (next(iter(pair)),) * 2
    return (x, y), (y, x)
