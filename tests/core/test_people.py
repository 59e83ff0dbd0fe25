from __future__ import annotations

import datetime as dt

import pytest

from lernpartner_desktop.base.errors import NotFound, ValidationError
from lernpartner_desktop.core.people import AdEntry, PersonInput
from lernpartner_desktop.core.records import ProgramInput
from lernpartner_desktop.workspace import Workspace
from tests.conftest import add_person


def test_create_and_read_back_with_tidy_fields(ws: Workspace) -> None:
    boss = add_person(ws, "Käthe Groß", department="Geschäftsführung")
    pid = ws.people.create(
        PersonInput(
            name="  Jörg   Müller ",
            department="Vertrieb ",
            manager_id=boss,
            generation_basis="birth_year",
            generation_year=1988,
            languages="Deutsch, englisch; Deutsch / Türkisch",
            email="j.mueller@example.de",
            consent=True,
            consent_date=dt.date(2026, 1, 5),
        )
    )
    p = ws.people.get(pid)
    assert p.name == "Jörg Müller"
    assert p.department == "Vertrieb"
    assert p.manager_name == "Käthe Groß"
    assert p.languages == "Deutsch, englisch, Türkisch"
    assert p.consent_date == dt.date(2026, 1, 5)
    assert ws.people.departments() == ["Geschäftsführung", "Vertrieb"]


@pytest.mark.parametrize("name", ["", "   ", "\t\n"])
def test_empty_name_is_refused(ws: Workspace, name: str) -> None:
    with pytest.raises(ValidationError) as err:
        add_person(ws, name)
    assert err.value.field == "name"
    assert "name" in str(err.value)
    assert ws.people.count() == 0


def test_duplicate_name_ignores_case_and_spacing(ws: Workspace) -> None:
    add_person(ws, "Jörg Müller")
    with pytest.raises(ValidationError, match="already a person named"):
        add_person(ws, "jörg  MÜLLER")
    assert ws.people.count() == 1


def test_rename_to_own_name_is_fine_but_not_to_anothers(ws: Workspace) -> None:
    a = add_person(ws, "Anna Schmidt")
    add_person(ws, "Berta Schmidt")
    ws.people.update(a, PersonInput(name="ANNA schmidt"))
    assert ws.people.get(a).name == "ANNA schmidt"
    with pytest.raises(ValidationError):
        ws.people.update(a, PersonInput(name="Berta Schmidt"))
    assert ws.people.get(a).name == "ANNA schmidt"


def test_manager_loops_are_refused_and_nothing_changes(ws: Workspace) -> None:
    a = add_person(ws, "A Alpha")
    b = add_person(ws, "B Beta", manager_id=a)
    c = add_person(ws, "C Gamma", manager_id=b)
    with pytest.raises(ValidationError) as err:
        ws.people.update(a, PersonInput(name="A Alpha", manager_id=b))
    assert "loop" in str(err.value)
    with pytest.raises(ValidationError) as err:
        ws.people.update(a, PersonInput(name="A Alpha", department="X", manager_id=c))
    assert "A Alpha → C Gamma → B Beta → A Alpha" in str(err.value)
    with pytest.raises(ValidationError, match="own manager"):
        ws.people.update(a, PersonInput(name="A Alpha", manager_id=a))
    after = ws.people.get(a)
    assert after.manager_id is None and after.department == ""


def test_generation_year_must_be_plausible_and_have_a_basis(ws: Workspace) -> None:
    with pytest.raises(ValidationError, match="not plausible"):
        add_person(
            ws, "Too Young", generation_basis="birth_year", generation_year=dt.date.today().year - 3
        )
    with pytest.raises(ValidationError, match="year of birth or a year of entry"):
        add_person(ws, "No Basis", generation_year=1980)
    pid = add_person(ws, "Entry Year", generation_basis="entry_year", generation_year=2015)
    assert ws.people.get(pid).generation_year == 2015


def test_bad_email_and_future_consent(ws: Workspace) -> None:
    with pytest.raises(ValidationError, match="e-mail"):
        add_person(ws, "Mail Less", email="nicht-gültig")
    with pytest.raises(ValidationError, match="future"):
        add_person(ws, "Fut Ure", consent=True, consent_date=dt.date.today() + dt.timedelta(days=2))
    pid = add_person(ws, "Con Sent", consent=True)
    assert ws.people.get(pid).consent_date == dt.date.today()
    pid2 = add_person(ws, "No Consent", consent=False, consent_date=dt.date(2025, 1, 1))
    assert ws.people.get(pid2).consent_date is None


def test_deactivate_and_reactivate(ws: Workspace) -> None:
    pid = add_person(ws, "Paula Pause")
    ws.people.set_active(pid, False)
    assert ws.people.get(pid).active is False
    assert pid not in [i for i, _ in ws.people.choices()]
    ws.people.set_active(pid, True)
    assert ws.people.get(pid).active is True
    with pytest.raises(NotFound):
        ws.people.set_active(9999, False)


def test_partner_ad_is_replaced_whole_and_validated(ws: Workspace) -> None:
    pid = add_person(ws, "Ada Lovelace")
    ws.people.set_ad(
        pid, [AdEntry("Excel", "offer", 4), AdEntry("SAP", "seek", 1)], note="Gern dienstags"
    )
    assert {(e.topic, e.kind, e.level) for e in ws.people.get_ad(pid)} == {
        ("Excel", "offer", 4),
        ("SAP", "seek", 1),
    }
    before = ws.people.get_ad(pid)
    with pytest.raises(ValidationError, match="twice"):
        ws.people.set_ad(pid, [AdEntry("Excel", "offer", 3), AdEntry("excel ", "offer", 2)])
    with pytest.raises(ValidationError, match="level"):
        ws.people.set_ad(pid, [AdEntry("Excel", "offer", 7)])
    with pytest.raises(ValidationError, match="topic"):
        ws.people.set_ad(pid, [AdEntry("  ", "seek", 1)])
    assert ws.people.get_ad(pid) == before
    # Editing the person leaves the partner ad and its note alone.
    ws.people.update(pid, PersonInput(name="Ada Lovelace", department="IT"))
    assert ws.people.get(pid).ad_note == "Gern dienstags"
    assert ws.people.get_ad(pid) == before
    # The same topic may be offered and sought; topics are shared case-insensitively.
    ws.people.set_ad(pid, [AdEntry("excel", "offer", 2), AdEntry("Excel", "seek", 1)])
    assert ws.people.topics() == ["Excel", "SAP"]
    row = next(r for r in ws.people.list_rows() if r.id == pid)
    assert row.offers == ("Excel",) and row.seeks == ("Excel",)
    assert "excel" in row.search_text


def test_a_person_entered_by_mistake_is_deleted_with_their_ad(ws: Workspace) -> None:
    pid = ws.people.create(PersonInput(name="Tippfehler Person"))
    ws.people.set_ad(pid, [AdEntry("Excel", "offer", 3)])
    assert not ws.people.usage(pid).in_use
    ws.people.delete(pid)
    assert [r.name for r in ws.people.list_rows()] == []
    with pytest.raises(NotFound):
        ws.people.get(pid)


def test_a_person_in_use_cannot_be_deleted(ws: Workspace) -> None:
    boss = ws.people.create(PersonInput(name="Chefin"))
    staff = ws.people.create(PersonInput(name="Mitarbeiter", manager_id=boss))
    prog = ws.programs.create(
        ProgramInput.from_format("Tandems", "tandem", dt.date(2026, 3, 2))
    )
    ws.programs.enrol(prog, staff, "peer")
    assert ws.people.usage(boss).reports == 1 and ws.people.usage(boss).in_use
    assert ws.people.usage(staff).programs == 1
    for pid, name in ((boss, "Chefin"), (staff, "Mitarbeiter")):
        with pytest.raises(ValidationError, match=f"{name} takes part .* Deactivate them"):
            ws.people.delete(pid)
    assert len(ws.people.list_rows()) == 2
