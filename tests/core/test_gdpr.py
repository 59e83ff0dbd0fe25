"""Access (Art. 15) and portability (Art. 20): every table that refers to a person is in the
report; confidential notes only when asked for with the vault open."""

from __future__ import annotations

import io
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from lernpartner_desktop.base.errors import VaultLocked
from lernpartner_desktop.core.gdpr import PERSON_REFERENCES, person_foreign_keys
from lernpartner_desktop.exchange.access import json_bytes, write_access_report
from lernpartner_desktop.reports.access_report import render_access_report
from lernpartner_desktop.storage.models import Base
from lernpartner_desktop.workspace import Workspace
from tests.core.gdpr_scenario import EMAIL, NAME, build
from tests.reports.test_fonts import embedded_fonts


def test_every_foreign_key_to_person_is_covered() -> None:
    """A new table that refers to people must join PERSON_REFERENCES (core/gdpr.py): the
    access report and the erasure both walk that list."""
    assert set(person_foreign_keys(Base.metadata)) == set(PERSON_REFERENCES)


# For each reference: what the access report (as JSON) shows of the scenario's person.
SHOWN: dict[tuple[str, str], Callable[[dict[str, Any]], bool]] = {
    ("person", "manager_id"): lambda j: j["person"]["reports_to_them"] == 1,
    ("ad_item", "person_id"): lambda j: (
        {i["topic"] for i in j["partner_ad"]["items"]} == {"Kalkulation", "SAP"}
    ),
    ("program", "facilitator_id"): lambda j: j["programs"]["facilitates"] == ["Tandems"],
    ("participation", "person_id"): lambda j: len(j["programs"]["participations"]) == 3,
    ("partnership_member", "person_id"): lambda j: len(j["partnerships"]) == 2,
    ("goal", "person_id"): lambda j: any(g["own"] for p in j["partnerships"] for g in p["goals"]),
    ("journal_entry", "person_id"): lambda j: j["confidential_counts"]["journal"] == 1,
    ("check_in", "person_id"): lambda j: [c["kind"] for c in j["check_ins"]] == ["fit", "interim"],
    ("gap_note", "person_id"): lambda j: j["confidential_counts"]["gap_notes"] == 1,
    ("match_rule", "person_id"): lambda j: (
        [(w["kind"], w["other"]) for w in j["matching_wishes"]["own"]] == [("exclude", "Cem Kaya")]
    ),
    ("match_rule", "other_id"): lambda j: (
        j["matching_wishes"]["named_in_wishes_of_others"] == {"prefer": 1}
    ),
    ("certificate", "person_id"): lambda j: (
        [(c["kind"], c["program"]) for c in j["certificates"]]
        == [("participation", "Lernzirkel Excel")]
    ),
}


def test_the_access_report_shows_every_reference(ws: Workspace) -> None:
    sc = build(ws)
    ws.vault.lock()
    data = json.loads(json_bytes(ws.gdpr.access(sc.joerg)))
    assert set(SHOWN) == set(PERSON_REFERENCES), "a new reference needs a check here"
    for ref, shown in SHOWN.items():
        assert shown(data), ref
        assert PERSON_REFERENCES[ref].section in data
    person = data["person"]
    assert (person["name"], person["email"], person["personnel_number"]) == (
        NAME,
        EMAIL,
        "00101",
    )
    assert person["consent"] and str(person["consent_date"]) == "2026-01-10"
    tandem = next(p for p in data["partnerships"] if p["program"] == "Tandems")
    assert tandem["partners"] == ["Käthe Groß"] and tandem["phase"] == "learning"
    assert [m["place"] for m in tandem["meetings"]] == ["Büro Jörg Müller", "Büro"]
    assert data["check_ins"][0]["comment"] is None  # confidential: not asked for
    assert data["gap_notes"] == [] and data["journal"] == []


def test_confidential_notes_only_with_the_vault_open_and_when_asked(ws: Workspace) -> None:
    sc = build(ws)
    ws.vault.lock()
    with pytest.raises(VaultLocked):
        ws.gdpr.access(sc.joerg, confidential=True)
    plain = render_access_report(ws.gdpr.access(sc.joerg))
    text = "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(plain)).pages)
    assert "Pivot unsicher" not in text and "Rabatte" not in text and "passt gut" not in text
    assert "not part of this report" in text and "CONFIDENTIAL" not in text
    ws.vault.unlock("Tresor für Tests")
    data = ws.gdpr.access(sc.joerg, confidential=True)
    assert [(n.kind, n.title) for n in data.confidential] == [
        ("gap_note", "Pivot unsicher"),
        ("journal", ""),
    ]
    assert data.check_ins[0].comment == "passt gut"
    pdf = render_access_report(data)
    text = "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages)
    for expected in ("CONFIDENTIAL", "Pivot unsicher", "Rabatte", "passt gut"):
        assert expected in text
    # The partner's journal is theirs, not his.
    assert "geduldig" not in text
    js = json.loads(json_bytes(data))
    assert js["gap_notes"][0]["body"] == "übt mit echten Daten"


def test_report_files_pdf_and_json_in_german_names(ws: Workspace, tmp_path: Path) -> None:
    sc = build(ws)
    pdf, js = write_access_report(ws.gdpr.access(sc.joerg), tmp_path / "out")
    assert pdf.name.startswith("Access report Jörg Müller ") and pdf.suffix == ".pdf"
    assert js.with_suffix(".pdf") == pdf
    data = json.loads(js.read_text("utf-8"))
    assert data["format"] == "lernpartner-access-report/1"
    assert data["person"]["entry_date"] == "1998-04-01"
    pdf_bytes = pdf.read_bytes()
    fonts = embedded_fonts(pdf_bytes)
    assert fonts and all(fonts.values()) and all("NotoSans" in f for f in fonts)
    reader = PdfReader(io.BytesIO(pdf_bytes))
    text = "\n".join(p.extract_text() for p in reader.pages)
    for expected in (NAME, EMAIL, "Käthe Groß", "Kalkulation", "Büro Jörg Müller", "Tandems"):
        assert expected in text
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == sorted([pdf.name, js.name])


def test_the_access_report_uses_the_shared_layout(demo_ws: Workspace, tmp_path: Path) -> None:
    """Letterhead with name and logo, "Page x of y" on every page, Noto Sans only, and a long
    meeting table that goes on across pages under its repeated header row."""
    from lernpartner_desktop.storage.models import Person
    from tests.reports.paper_helpers import company, only_our_fonts

    company(demo_ws)
    rows = [(len([m for p in demo_ws.gdpr.access(r.id).partnerships for m in p.meetings]), r.id)
            for r in demo_ws.people.list_rows()]  # fmt: skip
    meetings, busiest = max(rows)
    assert meetings > 40  # more than one page of meetings
    with demo_ws.db.write() as s:
        s.get(Person, busiest).name = "Łucja Şahin-Wójcik"  # type: ignore[union-attr]
    pdf_path, _js = write_access_report(
        demo_ws.gdpr.access(busiest), tmp_path / "out", demo_ws.company.get()
    )
    pdf = pdf_path.read_bytes()
    assert only_our_fonts(pdf)
    pages = PdfReader(io.BytesIO(pdf)).pages
    assert len(pages) >= 3
    texts = [p.extract_text() for p in pages]
    for i, (page, text) in enumerate(zip(pages, texts, strict=True), start=1):
        assert "Müller & Söhne Metallbau GmbH" in text  # the letterhead of every document
        assert "Access report for Łucja Şahin-Wójcik" in text
        assert f"Page {i} of {len(pages)}" in text
        images = [
            x
            for x in page["/Resources"]["/XObject"].values()
            if x.get_object()["/Subtype"] == "/Image"
        ]
        assert images, f"no logo on page {i}"
    # The meeting table runs on: each page it continues on starts with its header row again.
    continued = [t for t in texts[1:] if "Regular meeting" in t]
    assert continued and all(
        "When Time Kind Mode Place Status" in " ".join(t.split()) for t in continued
    )
    # Without a company profile the controller's name (from the data) heads the pages.
    plain = render_access_report(demo_ws.gdpr.access(busiest))
    assert "Page 1 of" in PdfReader(io.BytesIO(plain)).pages[0].extract_text()
