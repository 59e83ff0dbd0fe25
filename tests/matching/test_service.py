"""Matching with a real store: rules, weights per program, accepting, the CLI."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from lernpartner_desktop.base.errors import ValidationError
from lernpartner_desktop.cli import main
from lernpartner_desktop.core.records import AdEntry, PersonInput, ProgramInput
from lernpartner_desktop.matching.model import Weights
from lernpartner_desktop.workspace import Workspace

START = dt.date(2026, 3, 2)


def company(ws: Workspace) -> tuple[int, dict[str, int]]:
    """A mentoring program: two mentors (capacity 1 and 2), four mentees, with partner ads."""
    ids: dict[str, int] = {}

    def person(name: str, dept: str, year: int, ad: list[AdEntry], **kw: object) -> None:
        ids[name] = ws.people.create(
            PersonInput(
                name=name,
                department=dept,
                generation_basis="birth_year",
                generation_year=year,
                languages="Deutsch",
                **kw,  # type: ignore[arg-type]
            )
        )
        ws.people.set_ad(ids[name], ad)

    person(
        "Marta Meister",
        "Produktion",
        1968,
        [AdEntry("Excel", "offer", 4), AdEntry("SAP", "offer", 4)],
    )
    person("Otto Ober", "Vertrieb", 1970, [AdEntry("Excel", "offer", 4)])
    person("Lea Lern", "Vertrieb", 1999, [AdEntry("Excel", "seek", 1)])
    person("Ben Bedarf", "IT", 2001, [AdEntry("SAP", "seek", 1)])
    person("Cem Chef", "Einkauf", 1990, [AdEntry("Excel", "seek", 1)], manager_id=ids["Otto Ober"])
    person("Nina Nichts", "IT", 2000, [AdEntry("CNC", "seek", 1)])
    prog = ws.programs.create(
        ProgramInput.from_format(
            "Mentoring 2026", "mentoring", START, end_date=dt.date(2026, 12, 1)
        )
    )
    ws.programs.enrol(prog, ids["Marta Meister"], "mentor", capacity=2)
    ws.programs.enrol(prog, ids["Otto Ober"], "mentor", capacity=1)
    for name in ("Lea Lern", "Ben Bedarf", "Cem Chef", "Nina Nichts"):
        ws.programs.enrol(prog, ids[name], "mentee")
    return prog, ids


def pairs(result) -> set[frozenset[int]]:  # type: ignore[no-untyped-def]
    return {s.key for s in result.suggestions}


def test_suggest_explains_and_changes_nothing(ws: Workspace) -> None:
    prog, ids = company(ws)
    result = ws.matching.suggest(prog)
    assert ws.partnerships.rows() == []
    # Cem may not go to his own manager Otto; Marta takes Ben (SAP) and one Excel seeker.
    assert frozenset({ids["Otto Ober"], ids["Cem Chef"]}) not in pairs(result)
    assert frozenset({ids["Marta Meister"], ids["Ben Bedarf"]}) in pairs(result)
    assert len(result.suggestions) == 3
    reasons = {u.name: u.reason.message() for u in result.unmatched}
    assert reasons == {"Nina Nichts": "Nobody in the program offers what they seek."}


def test_preferences_exclusions_rejections_and_pins(ws: Workspace) -> None:
    prog, ids = company(ws)
    m = ws.matching
    lea, marta, otto = ids["Lea Lern"], ids["Marta Meister"], ids["Otto Ober"]
    with pytest.raises(ValidationError, match="at most 3"):
        m.set_preferences(prog, lea, [marta, otto, marta, otto])
    with pytest.raises(ValidationError, match="as mentors"):
        m.set_preferences(prog, lea, [ids["Ben Bedarf"]])
    m.set_preferences(prog, lea, [otto, marta])
    assert m.rules(prog, lea, "prefer") == [otto, marta]
    result = m.suggest(prog)
    lea_pair = next(s for s in result.suggestions if lea in s.key)
    assert lea_pair.key == frozenset({lea, otto})
    assert "Lea Lern's choice no. 1" in [r.message() for r in lea_pair.reasons]
    assert lea_pair.breakdown["preferences"] == 3  # default weight 3, first choice
    # Marta excludes Lea: never suggested again, whatever the preference says.
    m.set_exclusions(prog, marta, [lea])
    assert frozenset({lea, marta}) not in pairs(m.suggest(prog))
    m.set_exclusions(prog, marta, [])
    # A rejected suggestion is excluded from the next run.
    first = m.suggest(prog).suggestions[0]
    m.reject(prog, first)
    assert first.key not in pairs(m.suggest(prog))
    assert m.clear_rejections(prog) == 1
    # A pinned pair stays, even if it is not the best.
    m.pin(prog, otto, lea)
    pinned = m.suggest(prog).suggestions[0]
    assert pinned.pinned and pinned.key == frozenset({otto, lea})


def test_weights_are_stored_per_program_and_change_the_result(ws: Workspace) -> None:
    prog, _ids = company(ws)
    other = ws.programs.create(ProgramInput.from_format("Tandems", "tandem", START))
    before = ws.matching.suggest(prog)
    w = ws.matching.weights(prog).with_value("departments", 0).with_value("generation", 10)
    ws.matching.set_weights(prog, w)
    after = ws.matching.suggest(prog)  # uses the stored weights
    assert all("departments" not in s.breakdown for s in after.suggestions)
    assert after.total > before.total
    assert ws.matching.weights(prog)["generation"] == 10
    assert ws.matching.weights(other) == Weights()
    with pytest.raises(ValidationError, match="between 0 and 10"):
        ws.matching.set_weights(prog, Weights({"topics": 12}))
    assert ws.matching.weights(prog)["generation"] == 10  # unchanged


def test_accept_creates_partnerships_all_or_nothing(ws: Workspace) -> None:
    prog, ids = company(ws)
    result = ws.matching.suggest(prog)
    # Someone else pairs Lea meanwhile: accepting the stale batch must create nothing.
    lea_pair = next(s for s in result.suggestions if ids["Lea Lern"] in s.key)
    mentor = next(pid for pid, role in lea_pair.members if role == "mentor")
    ws.partnerships.create(prog, [(mentor, "mentor"), (ids["Lea Lern"], "mentee")])
    with pytest.raises(ValidationError, match="already in an active partnership"):
        ws.matching.accept(prog, list(result.suggestions))
    assert len(ws.partnerships.rows()) == 1
    fresh = ws.matching.suggest(prog)
    assert ids["Lea Lern"] not in {pid for s in fresh.suggestions for pid in s.key}
    created = ws.matching.accept(prog, list(fresh.suggestions))
    assert len(ws.partnerships.rows()) == 1 + len(created)
    # Capacity counts running partnerships: Marta (2) and Otto (1) are full now.
    assert ws.matching.suggest(prog).suggestions == ()


def test_a_program_without_candidates_gets_a_clear_message(ws: Workspace) -> None:
    prog = ws.programs.create(ProgramInput.from_format("Leer", "mentoring", START))
    with pytest.raises(ValidationError, match="Nominate people first"):
        ws.matching.suggest(prog)
    solo = ws.people.create(PersonInput(name="Sam Solo"))
    ws.programs.enrol(prog, solo, "mentee")
    result = ws.matching.suggest(prog)
    assert (
        result.suggestions == () and "No pair or group in this program" in result.notes[0].message()
    )
    with pytest.raises(ValidationError, match="already takes part"):
        ws.programs.enrol(prog, solo, "mentor")  # nominated twice


def test_cli_match_prints_and_applies(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "d"
    with Workspace.open(folder) as ws:
        prog, _ids = company(ws)
    assert main(["--data-dir", str(folder), "match", "--program", str(prog)]) == 0
    out = capsys.readouterr().out
    assert "3 suggestions" in out and "Nina Nichts: Nobody in the program" in out
    # The levels in the words of the partner ad, as on the People page.
    assert "offers SAP (Expert); Ben Bedarf seeks it (Basic)" in out
    assert "Nothing changed" in out
    with Workspace.open(folder) as ws:
        assert ws.partnerships.rows() == []
    assert main(["match", "--program", str(prog), "--apply", "--data-dir", str(folder)]) == 0
    assert "3 partnerships created" in capsys.readouterr().out
    with Workspace.open(folder) as ws:
        assert len(ws.partnerships.rows()) == 3
    assert main(["match", "--program", "999", "--data-dir", str(folder)]) == 1
    assert "There is no program with id 999" in capsys.readouterr().err
