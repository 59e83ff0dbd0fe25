"""The access report's files: the PDF (reports/access_report.py) and the same content as
structured JSON (Art. 20 GDPR: "in a structured, commonly used and machine-readable format").

Both are written atomically into the chosen folder; a failure leaves neither half-written.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import re
from pathlib import Path
from typing import Any

from lernpartner_desktop.base.atomic import write_bytes_atomic
from lernpartner_desktop.base.i18n import QT_TRANSLATE_NOOP, translate
from lernpartner_desktop.core.company import CompanyProfile
from lernpartner_desktop.core.gdpr import PERSON_REFERENCES, AccessData

FORMAT = "lernpartner-access-report/1"
_UNSAFE = re.compile(r'[\\/:*?"<>|\x00-\x1f]+')


def as_json(data: AccessData) -> dict[str, Any]:
    """The access data as JSON-ready values: codes (not labels), ISO dates, every section."""
    raw = dataclasses.asdict(data)
    out: dict[str, Any] = {
        "format": FORMAT,
        "generated_on": data.generated_on,
        "controller": {"name": data.controller[0], "address": data.controller[1]},
        "person": {**raw["person"], "reports_to_them": data.reports_to_them},
        "partner_ad": {
            "items": [{"topic": t, "kind": k, "level": lv} for t, k, lv in data.partner_ad],
            "note": data.ad_note,
        },
        "programs": {
            "participations": [
                {"program": p, "format": f, "role": r, "capacity": c, "since": d}
                for p, f, r, c, d in data.programs
            ],
            "facilitates": list(data.facilitates),
        },
        "partnerships": raw["partnerships"],
        "check_ins": raw["check_ins"],
        "matching_wishes": {
            "own": [{"program": p, "kind": k, "other": o, "rank": r} for p, k, o, r in data.wishes],
            "named_in_wishes_of_others": data.named_in_wishes,
        },
        "certificates": list(data.certificates),
        "confidential_included": data.confidential_included,
        "confidential_counts": data.confidential_counts,
        "gap_notes": [n for n in raw["confidential"] if n["kind"] == "gap_note"],
        "journal": [n for n in raw["confidential"] if n["kind"] == "journal"],
        "retention_days": data.retention_days,
    }
    # Every section that PERSON_REFERENCES names is present (tests/core/test_gdpr.py).
    missing = {ref.section for ref in PERSON_REFERENCES.values()} - set(out)
    assert not missing, missing
    return out


def _default(value: object) -> object:
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    if isinstance(value, tuple | set | frozenset):
        return list(value)
    raise TypeError(type(value).__name__)


def json_bytes(data: AccessData) -> bytes:
    return json.dumps(as_json(data), default=_default, ensure_ascii=False, indent=2).encode()


def file_stem(data: AccessData) -> str:
    """ "Auskunft Jörg Müller 2026-11-23" in the UI language, safe on every file system."""
    prefix = translate("Gdpr", QT_TRANSLATE_NOOP("Gdpr", "Access report"))
    name = _UNSAFE.sub(" ", str(data.person["name"])).strip(" .") or str(data.person["id"])
    return f"{prefix} {name} {data.generated_on.isoformat()}"


def write_access_report(
    data: AccessData, folder: Path, company: CompanyProfile | None = None
) -> tuple[Path, Path]:
    """Write ``<stem>.pdf`` and ``<stem>.json`` into ``folder``; returns both paths.

    ``company`` gives the PDF the letterhead of every other document (name and logo).
    """
    from lernpartner_desktop.reports import layout
    from lernpartner_desktop.reports.access_report import render_access_report

    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    stem = file_stem(data)
    pdf, js = folder / f"{stem}.pdf", folder / f"{stem}.json"
    head = layout.Letterhead.from_profile(company) if company is not None else None
    pdf_bytes = render_access_report(data, head)  # rendered first: a failure writes nothing
    json_data = json_bytes(data)
    write_bytes_atomic(pdf, pdf_bytes)
    write_bytes_atomic(js, json_data)
    return pdf, js
