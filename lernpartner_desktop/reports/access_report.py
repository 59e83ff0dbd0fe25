"""The access report for one person (Art. 15 GDPR) as a PDF, made from core.gdpr.AccessData.

Laid out like every other document (``reports/layout.py``): the letterhead with the company's
name and logo, Noto Sans, the blue-headed tables, "Seite x von y". Confidential notes appear
only when the data says they were included, under a marked heading, and every page's footer
then says so.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Spacer

from lernpartner_desktop.base.i18n import QT_TRANSLATE_NOOP, translate
from lernpartner_desktop.core.formats import FORMATS, role_label
from lernpartner_desktop.core.gdpr import (
    PURPOSES,
    RETENTION_BY_SETTING,
    AccessData,
    PartnershipInfo,
    retention_text,
)
from lernpartner_desktop.core.records import (
    FIT_ANSWERS,
    GENERATION_BASES,
    GOAL_STATUS,
    MEETING_KINDS,
    MEETING_MODES,
    MEETING_STATUS,
    PACKAGE_STATUS,
    label,
    level_label,
    phase_label,
)
from lernpartner_desktop.reports import layout
from lernpartner_desktop.reports.layout import esc, fmt_date, fmt_day, fmt_time, para

CTX = "AccessReport"
T = {
    "title": QT_TRANSLATE_NOOP("AccessReport", "Information on stored personal data"),
    "subtitle": QT_TRANSLATE_NOOP(
        "AccessReport", "Access under Art. 15 GDPR and a copy under Art. 20 GDPR"
    ),
    "for": QT_TRANSLATE_NOOP("AccessReport", "for {name}, as of {date}"),
    "controller": QT_TRANSLATE_NOOP("AccessReport", "Controller"),
    "intro": QT_TRANSLATE_NOOP(
        "AccessReport",
        "This report lists everything the learning-partnership software Lernpartner stores "
        "about you on the company's computer. The same content is attached as a JSON file "
        "that other programs can read.",
    ),
    "master": QT_TRANSLATE_NOOP("AccessReport", "Master data"),
    "name": QT_TRANSLATE_NOOP("AccessReport", "Name"),
    "personnel_number": QT_TRANSLATE_NOOP("AccessReport", "Personnel number"),
    "department": QT_TRANSLATE_NOOP("AccessReport", "Department"),
    "job_title": QT_TRANSLATE_NOOP("AccessReport", "Job title"),
    "location": QT_TRANSLATE_NOOP("AccessReport", "Location"),
    "manager": QT_TRANSLATE_NOOP("AccessReport", "Manager"),
    "email": QT_TRANSLATE_NOOP("AccessReport", "E-mail"),
    "phone": QT_TRANSLATE_NOOP("AccessReport", "Phone"),
    "entry_date": QT_TRANSLATE_NOOP("AccessReport", "Date of entry"),
    "languages": QT_TRANSLATE_NOOP("AccessReport", "Languages"),
    "active": QT_TRANSLATE_NOOP("AccessReport", "Active"),
    "consent": QT_TRANSLATE_NOOP("AccessReport", "Consent"),
    "consent_given": QT_TRANSLATE_NOOP("AccessReport", "given on {date}"),
    "consent_none": QT_TRANSLATE_NOOP("AccessReport", "not given"),
    "created": QT_TRANSLATE_NOOP("AccessReport", "Recorded on"),
    "updated": QT_TRANSLATE_NOOP("AccessReport", "Last changed on"),
    "reports": QT_TRANSLATE_NOOP("AccessReport", "People who have you as manager"),
    "yes": QT_TRANSLATE_NOOP("AccessReport", "yes"),
    "no": QT_TRANSLATE_NOOP("AccessReport", "no"),
    "ad": QT_TRANSLATE_NOOP("AccessReport", "Partner ad"),
    "offer": QT_TRANSLATE_NOOP("AccessReport", "I offer"),
    "seek": QT_TRANSLATE_NOOP("AccessReport", "I seek"),
    "none": QT_TRANSLATE_NOOP("AccessReport", "none"),
    "programs": QT_TRANSLATE_NOOP("AccessReport", "Programs and roles"),
    "program": QT_TRANSLATE_NOOP("AccessReport", "Program"),
    "format": QT_TRANSLATE_NOOP("AccessReport", "Format"),
    "role": QT_TRANSLATE_NOOP("AccessReport", "Role"),
    "enrolled": QT_TRANSLATE_NOOP("AccessReport", "Since"),
    "facilitates": QT_TRANSLATE_NOOP("AccessReport", "Learning facilitator of: {programs}"),
    "partnerships": QT_TRANSLATE_NOOP("AccessReport", "Partnerships"),
    "with": QT_TRANSLATE_NOOP("AccessReport", "with {names}"),
    "phase": QT_TRANSLATE_NOOP("AccessReport", "Phase: {phase}; from {start} to {end}"),
    "history": QT_TRANSLATE_NOOP("AccessReport", "Phases"),
    "goals": QT_TRANSLATE_NOOP("AccessReport", "Learning goals"),
    "own_goal": QT_TRANSLATE_NOOP("AccessReport", "(your goal)"),
    "criteria": QT_TRANSLATE_NOOP("AccessReport", "Success criteria: {text}"),
    "meetings": QT_TRANSLATE_NOOP("AccessReport", "Meetings"),
    "when": QT_TRANSLATE_NOOP("AccessReport", "When"),
    "time": QT_TRANSLATE_NOOP("AccessReport", "Time"),
    "kind": QT_TRANSLATE_NOOP("AccessReport", "Kind"),
    "mode": QT_TRANSLATE_NOOP("AccessReport", "Mode"),
    "place": QT_TRANSLATE_NOOP("AccessReport", "Place"),
    "status": QT_TRANSLATE_NOOP("AccessReport", "Status"),
    "check_ins": QT_TRANSLATE_NOOP("AccessReport", "Check-ins you gave"),
    "comment": QT_TRANSLATE_NOOP("AccessReport", "confidential comment: {text}"),
    "date": QT_TRANSLATE_NOOP("AccessReport", "Date"),
    "answer": QT_TRANSLATE_NOOP("AccessReport", "Answer"),
    "fit_q": QT_TRANSLATE_NOOP("AccessReport", "Does the pairing fit?"),
    "interim_q": QT_TRANSLATE_NOOP("AccessReport", "Interim talk"),
    "ratings": QT_TRANSLATE_NOOP(
        "AccessReport", "progress {p}, cooperation {c}, benefit {b} (of 5)"
    ),
    "wishes": QT_TRANSLATE_NOOP("AccessReport", "Matching wishes"),
    "prefer": QT_TRANSLATE_NOOP("AccessReport", "would like as mentor (choice {rank})"),
    "exclude": QT_TRANSLATE_NOOP("AccessReport", "not to be paired with"),
    "pin": QT_TRANSLATE_NOOP("AccessReport", "kept together with"),
    "reject": QT_TRANSLATE_NOOP("AccessReport", "suggestion turned down"),
    "named": QT_TRANSLATE_NOOP(
        "AccessReport",
        "Wishes of other participants that name you: {n} (their content belongs to them).",
    ),
    "certificates": QT_TRANSLATE_NOOP("AccessReport", "Certificates issued"),
    "confidential": QT_TRANSLATE_NOOP("AccessReport", "CONFIDENTIAL: notes about you"),
    "confidential_note": QT_TRANSLATE_NOOP(
        "AccessReport",
        "These notes are stored encrypted and are readable only with the owner's passphrase.",
    ),
    "gap_note": QT_TRANSLATE_NOOP("AccessReport", "Gap note"),
    "journal": QT_TRANSLATE_NOOP("AccessReport", "Learning-journal entry"),
    "not_included": QT_TRANSLATE_NOOP(
        "AccessReport",
        "Confidential notes are stored encrypted and are not part of this report. Gap notes "
        "about you: {gap}; your learning-journal entries: {journal}; your check-in comments: "
        "{comments}.",
    ),
    "purposes": QT_TRANSLATE_NOOP("AccessReport", "What is stored, why, and for how long"),
    "data": QT_TRANSLATE_NOOP("AccessReport", "Data"),
    "purpose": QT_TRANSLATE_NOOP("AccessReport", "Purpose"),
    "retention": QT_TRANSLATE_NOOP("AccessReport", "Kept"),
    "rights": QT_TRANSLATE_NOOP(
        "AccessReport",
        "The data stays on the company's computer; it is not passed to anyone outside the "
        "company. You may ask for corrections, for erasure and for a copy at any time.",
    ),
    "header": QT_TRANSLATE_NOOP("AccessReport", "Access report for {name}"),
    "footer_confidential": QT_TRANSLATE_NOOP(
        "AccessReport", "Contains confidential notes – handle accordingly"
    ),
}
#: The confidential section's mark: a dark red, apart from the accent blue of the layout.
SECRET = "#8a1c1c"


def _t(key: str, **params: object) -> str:
    return translate(CTX, T[key]).format(**params)


def _d(value: dt.date | None) -> str:
    return fmt_date(value) if value else "–"


def render_access_report(data: AccessData, letterhead: layout.Letterhead | None = None) -> bytes:
    """The report as PDF bytes, on the shared layout (the letterhead with the company's name
    and logo, "Seite x von y"). Without ``letterhead`` the controller's name from ``data``
    heads the pages."""
    head = letterhead or layout.Letterhead(name=data.controller[0], address=data.controller[1])
    st = _styles()
    width, _height = layout.frame_size()
    name = str(data.person["name"])
    story: list[Any] = [
        para(_t("title"), st.title),
        para(_t("subtitle"), st.subtitle),
        para(
            f"<b>{esc(_t('for', name=name, date=_d(data.generated_on)))}</b>", st.body, markup=True
        ),
    ]
    company, address = data.controller
    if company:
        where = f"{company}, {', '.join(address.splitlines())}" if address.strip() else company
        story.append(para(f"{_t('controller')}: {where}", st.body))
    story += [para(_t("intro"), st.body), *_master_data(data, st)]
    story += _ad_and_programs(data, st, width)
    heading = para(_t("partnerships"), st.heading)
    if not data.partnerships:
        story += [heading, para(_t("none"), st.body)]
    for i, ps in enumerate(data.partnerships):
        # The heading goes into the first partnership's block: keepWithNext does not reach
        # into a KeepTogether.
        story += _partnership(ps, st, width, [] if i else [heading])
    story += _check_ins(data, st, width)
    story += _wishes_and_certificates(data, st)
    story += _confidential(data, st)
    story.append(para(_t("purposes"), st.heading))
    rows = []
    for what, why, how_long in PURPOSES:
        if how_long == RETENTION_BY_SETTING:
            how_long = retention_text(data.retention_days)
        else:
            how_long = translate("Gdpr", how_long)
        rows.append([translate("Gdpr", what), translate("Gdpr", why), how_long])
    headers = [_t("data"), _t("purpose"), _t("retention")]
    story += [
        layout.data_table(headers, rows, st, [width * f for f in (0.32, 0.38, 0.30)]),
        Spacer(1, 4 * mm),
        para(_t("rights"), st.body),
    ]
    return layout.build_pdf(
        story,
        title=_t("header", name=name),
        letterhead=head,
        # Every page of a report with the notes says so; otherwise the usual "printed on".
        footer_left=_t("footer_confidential") if data.confidential_included else None,
        made_on=data.generated_on,
    )


def _styles() -> layout.Styles:
    """The shared styles; a section heading here never ends a page (it keeps with what
    follows: the report runs its sections on without page breaks)."""
    import dataclasses

    from reportlab.lib.styles import ParagraphStyle

    st = layout.styles()
    keep = ParagraphStyle("heading-keep", parent=st.heading, keepWithNext=1)
    return dataclasses.replace(st, heading=keep)


def _format(key: str) -> str:
    return FORMATS[key].display_name() if key in FORMATS else key


def _master_data(data: AccessData, st: layout.Styles) -> list[Any]:
    p = data.person
    generation = ""
    if p["generation_year"]:
        generation = translate("People", GENERATION_BASES.get(str(p["generation_basis"]), ""))
    consent = (
        _t("consent_given", date=_d(p["consent_date"]))  # type: ignore[arg-type]
        if p["consent"]
        else _t("consent_none")
    )
    facts = [
        (_t("name"), str(p["name"])),
        (_t("personnel_number"), str(p["personnel_number"])),
        (_t("department"), str(p["department"])),
        (_t("job_title"), str(p["job_title"])),
        (_t("location"), str(p["location"])),
        (_t("manager"), str(p["manager"])),
        (_t("email"), str(p["email"])),
        (_t("phone"), str(p["phone"])),
        (generation, str(p["generation_year"] or "")),
        (_t("entry_date"), _d(p["entry_date"]) if p["entry_date"] else ""),  # type: ignore[arg-type]
        (_t("languages"), str(p["languages"])),
        (_t("active"), _t("yes") if p["active"] else _t("no")),
        (_t("consent"), consent),
        (_t("created"), _d(p["created_at"])),  # type: ignore[arg-type]
        (_t("updated"), _d(p["updated_at"])),  # type: ignore[arg-type]
    ]
    if data.reports_to_them:
        facts.append((_t("reports"), str(data.reports_to_them)))
    shown = [(k, v) for k, v in facts if k and v]
    return [para(_t("master"), st.heading), layout.facts_table(shown, st, 48 * mm)]


def _ad_and_programs(data: AccessData, st: layout.Styles, width: float) -> list[Any]:
    out: list[Any] = [para(_t("ad"), st.heading)]
    for kind in ("offer", "seek"):
        items = [f"{t} ({level_label(lv)})" for t, k, lv in data.partner_ad if k == kind]
        text = f"<b>{esc(_t(kind))}:</b> {esc(', '.join(items) or _t('none'))}"
        out.append(para(text, st.body, markup=True))
    if data.ad_note:
        out.append(para(f"<i>{esc(data.ad_note)}</i>", st.body, markup=True))
    out.append(para(_t("programs"), st.heading))
    if data.programs:
        rows = [
            [prog, _format(fmt), role_label(role), _d(since)]
            for prog, fmt, role, _cap, since in data.programs
        ]
        headers = [_t("program"), _t("format"), _t("role"), _t("enrolled")]
        out.append(
            layout.data_table(headers, rows, st, [width * f for f in (0.42, 0.24, 0.18, 0.16)])
        )
    else:
        out.append(para(_t("none"), st.body))
    if data.facilitates:
        out.append(para(_t("facilitates", programs=", ".join(data.facilitates)), st.body))
    return out


def _partnership(
    ps: PartnershipInfo, st: layout.Styles, width: float, lead: list[Any]
) -> list[Any]:
    title = (
        f"{ps.program} ({_format(ps.format)}, {role_label(ps.role)}) – "
        f"{_t('with', names=', '.join(ps.partners) or _t('none'))}"
    )
    phase = _t("phase", phase=phase_label(ps.phase), start=_d(ps.created_on), end=_d(ps.ended_on))
    head: list[Any] = [
        *lead,
        Spacer(1, 2 * mm),
        para(f"<b>{esc(title)}</b>", st.body, markup=True),
        para(phase, st.body),
    ]
    if ps.phases:
        steps = ", ".join(f"{phase_label(to)} ({_d(on)})" for _f, to, on in ps.phases)
        head.append(para(f"{_t('history')}: {steps}", st.muted))
    if ps.goals:
        head.append(para(f"<b>{esc(_t('goals'))}</b>", st.body, markup=True))
        for g in ps.goals:
            line = f"• {esc(g.title)} – {esc(label(GOAL_STATUS, g.status, 'Phases'))}"
            if g.own:
                line += f" {esc(_t('own_goal'))}"
            if g.success_criteria:
                line += f"<br/>{esc(_t('criteria', text=g.success_criteria))}"
            for title, due, status in g.packages:
                line += (
                    f"<br/>&nbsp;&nbsp;– {esc(title)} ({_d(due)}, "
                    f"{esc(label(PACKAGE_STATUS, status, 'Phases'))})"
                )
            head.append(para(line, st.small, markup=True))
    # The partnership's heading stays with its phases and goals (a page ends after them).
    out: list[Any] = [KeepTogether(head)]
    if ps.meetings:
        rows = [
            [
                fmt_day(m.starts_at.date()),
                f"{fmt_time(m.starts_at)}–"
                f"{fmt_time(m.starts_at + dt.timedelta(minutes=m.duration_minutes))}",
                label(MEETING_KINDS, m.kind),
                label(MEETING_MODES, m.mode),
                m.place,
                label(MEETING_STATUS, m.status),
            ]
            for m in ps.meetings
        ]
        headers = [_t(k) for k in ("when", "time", "kind", "mode", "place", "status")]
        # Sized so that "Mo 05.10.2026", "Regelmäßiges Treffen" and "stattgefunden" fit.
        widths = [width * f for f in (0.155, 0.13, 0.24, 0.10, 0.22, 0.155)]
        out += [Spacer(1, 1.5 * mm), layout.data_table(headers, rows, st, widths)]
    return out


def _check_ins(data: AccessData, st: layout.Styles, width: float) -> list[Any]:
    out: list[Any] = [para(_t("check_ins"), st.heading)]
    if not data.check_ins:
        return [*out, para(_t("none"), st.body)]
    rows = []
    for c in data.check_ins:
        if c.kind == "fit":
            answer, kind = label(FIT_ANSWERS, c.fit or ""), _t("fit_q")
        else:
            answer = _t("ratings", p=c.progress, c=c.cooperation, b=c.benefit)
            kind = _t("interim_q")
        if c.comment:
            answer += " – " + _t("comment", text=c.comment)
        rows.append([_d(c.recorded_on), kind, answer])
    headers = [_t("date"), _t("kind"), _t("answer")]
    return [*out, layout.data_table(headers, rows, st, [width * f for f in (0.16, 0.26, 0.58)])]


def _wishes_and_certificates(data: AccessData, st: layout.Styles) -> list[Any]:
    out: list[Any] = [para(_t("wishes"), st.heading)]
    for prog, kind, other, rank in data.wishes:
        what = _t(kind, rank=rank or "") if kind in T else kind
        out.append(para(f"{prog}: {what} {other}", st.body))
    if not data.wishes:
        out.append(para(_t("none"), st.body))
    named = sum(data.named_in_wishes.values())
    if named:
        out.append(para(_t("named", n=named), st.body))
    out.append(para(_t("certificates"), st.heading))
    for cert in data.certificates:
        out.append(para(", ".join(f"{v}" for v in cert.values() if v), st.body))
    if not data.certificates:
        out.append(para(_t("none"), st.body))
    return out


def _confidential(data: AccessData, st: layout.Styles) -> list[Any]:
    """The notes under a marked heading when included; else only how many there are."""
    from reportlab.lib.colors import HexColor
    from reportlab.lib.styles import ParagraphStyle

    counts = data.confidential_counts
    if not data.confidential_included:
        if not any(counts.values()):
            return []
        text = _t(
            "not_included",
            gap=counts.get("gap_notes", 0),
            journal=counts.get("journal", 0),
            comments=counts.get("comments", 0),
        )
        return [Spacer(1, 3 * mm), para(text, st.muted)]
    marked = ParagraphStyle(
        "secret",
        parent=st.heading,
        textColor=HexColor(SECRET),
        borderColor=HexColor(SECRET),
        borderWidth=1,
        borderPadding=4,
        spaceBefore=14,
        spaceAfter=8,
    )
    out: list[Any] = [para(_t("confidential"), marked), para(_t("confidential_note"), st.muted)]
    if not data.confidential:
        out.append(para(_t("none"), st.body))
    for n in data.confidential:
        heading = _t("gap_note") if n.kind == "gap_note" else _t("journal")
        parts = [f"<b>{esc(heading)}, {_d(n.date)}</b>"]
        if n.title:
            parts.append(f"<b>{esc(n.title)}</b>")
        parts.append(esc(n.body))
        out.append(
            KeepTogether([para("<br/>".join(parts), st.body, markup=True), Spacer(1, 2 * mm)])
        )
    return out
