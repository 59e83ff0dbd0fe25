"""No sequence of actions brings a partnership into an illegal state."""

from __future__ import annotations

import datetime as dt
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, rule

from lernpartner_desktop.base.errors import ValidationError, VaultLocked
from lernpartner_desktop.core.records import ACTIVE_PHASES, MAX_GOALS, PHASE_ORDER, MeetingPlan
from lernpartner_desktop.workspace import Workspace
from tests.core.helpers import tandem


class PartnershipMachine(RuleBasedStateMachine):
    def __init__(self) -> None:
        super().__init__()
        self.tmp = tempfile.TemporaryDirectory()
        self.ws = Workspace.open(Path(self.tmp.name))
        self.ws.vault.set_up("Lernen im Tandem")
        _prog, self.pid, ids = tandem(self.ws)
        self.members = list(ids.values())

    def teardown(self) -> None:
        self.ws.close()
        self.tmp.cleanup()

    def detail(self):  # type: ignore[no-untyped-def]
        return self.ws.partnerships.detail(self.pid)

    def attempt(self, action, *args):  # type: ignore[no-untyped-def]
        """Run an action; a refusal must leave the partnership exactly as it was."""
        before = self.detail()
        try:
            action(*args)
        except (ValidationError, VaultLocked):
            assert self.detail() == before
            return False
        return True

    @rule()
    def advance(self) -> None:
        before = self.detail()
        moved = self.attempt(self.ws.partnerships.advance, self.pid)
        if before.phase == "planning" and not before.goals:
            assert not moved
        if before.phase == "closing" and any(g.status == "open" for g in before.goals):
            assert not moved
        if before.phase not in ACTIVE_PHASES:
            assert not moved

    @rule()
    def back(self) -> None:
        before = self.detail()
        moved = self.attempt(self.ws.partnerships.back, self.pid)
        if before.phase in ("preparation", "dissolved"):
            assert not moved
        elif before.phase != "completed":  # reopening may meet a rule; stepping back may not
            assert moved

    @rule(locked=st.booleans())
    def lock_or_unlock(self, locked: bool) -> None:
        """A locked vault refuses confidential text and changes nothing."""
        if locked:
            self.ws.vault.lock()
        else:
            self.ws.vault.unlock("Lernen im Tandem")

    @rule(reason=st.one_of(st.none(), st.text(max_size=20)))
    def dissolve(self, reason: str | None) -> None:
        active = self.detail().is_active
        # A reason is confidential: with the vault locked, the whole dissolve is refused.
        allowed = active and (not (reason or "").strip() or self.ws.vault.unlocked)
        assert self.attempt(self.ws.partnerships.dissolve, self.pid, reason) == allowed

    @rule(title=st.text(min_size=0, max_size=15))
    def add_goal(self, title: str) -> None:
        before = self.detail()
        added = self.attempt(self.ws.partnerships.add_goal, self.pid, title)
        if not before.is_active or len(before.goals) >= MAX_GOALS:
            assert not added

    @rule(status=st.sampled_from(["open", "achieved", "not_achieved"]), which=st.integers(0, 2))
    def assess(self, status: str, which: int) -> None:
        goals = self.detail().goals
        if goals:
            self.attempt(self.ws.partnerships.set_goal_status, goals[which % len(goals)].id, status)

    @rule(day=st.integers(0, 250), hour=st.integers(7, 19))
    def meet(self, day: int, hour: int) -> None:
        before = self.detail()
        when = dt.datetime(2026, 3, 2, hour) + dt.timedelta(days=day)
        booked = self.attempt(
            self.ws.meetings.plan,
            self.pid,
            MeetingPlan(when),
        )
        if not before.is_active:
            assert not booked

    @invariant()
    def consistent(self) -> None:
        d = self.detail()
        assert d.phase in (*PHASE_ORDER, "dissolved")
        assert len(d.goals) <= MAX_GOALS
        assert d.history[-1].to_phase == d.phase
        steps = [h.to_phase for h in d.history]
        # History moves one phase at a time, forward or back, each step starting where the
        # one before ended; and it ends early at most once, for good.
        assert d.history[0].from_phase is None and steps[0] == "preparation"
        for prev, step in zip(d.history, d.history[1:], strict=False):
            assert step.from_phase == prev.to_phase
            if step.to_phase != "dissolved":
                distance = PHASE_ORDER.index(step.to_phase) - PHASE_ORDER.index(prev.to_phase)
                assert distance in (1, -1)
        assert steps.count("dissolved") <= 1 and ("dissolved" not in steps[:-1])
        if d.phase == "completed":
            assert d.goals and all(g.status != "open" for g in d.goals)
        assert (d.ended_on is None) == d.is_active


PartnershipMachine.TestCase.settings = settings(
    max_examples=25,
    stateful_step_count=20,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
TestPartnershipMachine = PartnershipMachine.TestCase
