"""The access report for one person (Art. 15 GDPR) as a PDF, made from core.gdpr.AccessData.

Self-contained for now (ReportLab's platypus with the embedded Noto Sans); the shared page
layout of the printing work can take it over. Confidential notes appear only when the data
says they were included, under a marked heading, and every page then says so in its footer.
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Sequence
from typing import Any
from xml.sax.saxutils import escape

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
from lernpartner_desktop.reports import fonts

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
    "minutes": QT_TRANSLATE_NOOP("AccessReport", "Minutes"),
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
    "footer": QT_TRANSLATE_NOOP("AccessReport", "Access report for {name} – page {page}"),
    "footer_confidential": QT_TRANSLATE_NOOP(
        "AccessReport", "Contains confidential notes – handle accordingly"
    ),
}


def _t(key: str, **params: object) -> str:
    return translate(CTX, T[key]).format(**params)


def _d(value: dt.date | None) -> str:
    return value.strftime("%d.%m.%Y") if value else "–"


def _p(text: str) -> str:
    """Database text ready for a Paragraph: printable and escaped."""
    return escape(fonts.printable(text))


def render_access_report(data: AccessData) -> bytes:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import (
        KeepTogether,
        Paragraph,
        SimpleDocTemplate,
        Spacer,
        Table,
        TableStyle,
    )

    fonts.register()
    body = ParagraphStyle("body", fontName=fonts.REGULAR, fontSize=9.5, leading=12.5)
    small = ParagraphStyle("small", parent=body, fontSize=8.5, leading=11)
    h1 = ParagraphStyle("h1", parent=body, fontName=fonts.BOLD, fontSize=17, leading=21)
    h2 = ParagraphStyle(
        "h2",
        parent=body,
        fontName=fonts.BOLD,
        fontSize=12,
        leading=15,
        spaceBefore=9,
        spaceAfter=3,
    )
    h3 = ParagraphStyle("h3", parent=body, fontName=fonts.BOLD, fontSize=10, spaceBefore=5)
    secret = ParagraphStyle(
        "secret",
        parent=h2,
        textColor=colors.HexColor("#8a1c1c"),
        borderColor=colors.HexColor("#8a1c1c"),
        borderWidth=1,
        borderPadding=4,
        spaceBefore=14,
        spaceAfter=8,
    )
    name = str(data.person["name"])
    width = A4[0] - 40 * mm

    def table(rows: Sequence[Sequence[str]], widths: Sequence[float], header: bool = True) -> Any:
        cells = [[Paragraph(c, small) for c in row] for row in rows]
        t = Table(cells, colWidths=widths, repeatRows=1 if header else 0)
        style = [
            ("FONTNAME", (0, 0), (-1, -1), fonts.REGULAR),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LINEBELOW", (0, 0), (-1, -1), 0.25, colors.HexColor("#cccccc")),
            ("LEFTPADDING", (0, 0), (-1, -1), 2),
            ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ]
        if header:
            style.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8eef4")))
        t.setStyle(TableStyle(style))
        return t

    story: list[Any] = [
        Paragraph(_p(_t("title")), h1),
        Paragraph(_p(_t("subtitle")), body),
        Spacer(1, 3 * mm),
        Paragraph(_p(_t("for", name=name, date=_d(data.generated_on))), h3),
    ]
    company, address = data.controller
    if company:
        story.append(
            Paragraph(
                f"{_p(_t('controller'))}: {_p(company)}"
                + (f", {_p(address.replace(chr(10), ', '))}" if address else ""),
                body,
            )
        )
    story += [Spacer(1, 2 * mm), Paragraph(_p(_t("intro")), body)]

    # -- master data
    p = data.person
    yes, no = _t("yes"), _t("no")
    generation = ""
    if p["generation_year"]:
        generation = f"{translate('People', GENERATION_BASES.get(str(p['generation_basis']), ''))}"
    facts = [
        (_t("name"), name),
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
        (_t("active"), yes if p["active"] else no),
        (
            _t("consent"),
            _t("consent_given", date=_d(p["consent_date"]))  # type: ignore[arg-type]
            if p["consent"]
            else _t("consent_none"),
        ),
        (_t("created"), _d(p["created_at"])),  # type: ignore[arg-type]
        (_t("updated"), _d(p["updated_at"])),  # type: ignore[arg-type]
    ]
    if data.reports_to_them:
        facts.append((_t("reports"), str(data.reports_to_them)))
    story.append(Paragraph(_p(_t("master")), h2))
    story.append(
        table([(_p(k), _p(v)) for k, v in facts if k and v], [45 * mm, width - 45 * mm], False)
    )

    # -- partner ad
    story.append(Paragraph(_p(_t("ad")), h2))
    for kind in ("offer", "seek"):
        items = [f"{t} ({level_label(lv)})" for t, k, lv in data.partner_ad if k == kind]
        story.append(
            Paragraph(f"<b>{_p(_t(kind))}:</b> {_p(', '.join(items) or _t('none'))}", body)
        )
    if data.ad_note:
        story.append(Paragraph(f"<i>{_p(data.ad_note)}</i>", body))

    # -- programs
    story.append(Paragraph(_p(_t("programs")), h2))
    if data.programs:
        rows = [[_p(_t("program")), _p(_t("format")), _p(_t("role")), _p(_t("enrolled"))]]
        for prog, fmt, role, _cap, since in data.programs:
            rows.append([_p(prog), _p(_format(fmt)), _p(role_label(role)), _d(since)])
        story.append(table(rows, [70 * mm, 40 * mm, 30 * mm, width - 140 * mm]))
    else:
        story.append(Paragraph(_p(_t("none")), body))
    if data.facilitates:
        story.append(Paragraph(_p(_t("facilitates", programs=", ".join(data.facilitates))), body))

    # -- partnerships
    story.append(Paragraph(_p(_t("partnerships")), h2))
    if not data.partnerships:
        story.append(Paragraph(_p(_t("none")), body))
    for ps in data.partnerships:
        story += _partnership(ps, body, small, h3, table, width, mm)

    # -- check-ins
    story.append(Paragraph(_p(_t("check_ins")), h2))
    if data.check_ins:
        rows = [[_p(_t("date")), _p(_t("kind")), _p(_t("answer"))]]
        for c in data.check_ins:
            if c.kind == "fit":
                answer = label(FIT_ANSWERS, c.fit or "")
                kind = _t("fit_q")
            else:
                answer = _t("ratings", p=c.progress, c=c.cooperation, b=c.benefit)
                kind = _t("interim_q")
            if c.comment:
                answer += " – " + _t("comment", text=c.comment)
            rows.append([_d(c.recorded_on), _p(kind), _p(answer)])
        story.append(table(rows, [25 * mm, 45 * mm, width - 70 * mm]))
    else:
        story.append(Paragraph(_p(_t("none")), body))

    # -- matching wishes
    story.append(Paragraph(_p(_t("wishes")), h2))
    if data.wishes:
        for prog, kind, other, rank in data.wishes:
            what = _t(kind, rank=rank or "") if kind in T else kind
            story.append(Paragraph(_p(f"{prog}: {what} {other}"), body))
    else:
        story.append(Paragraph(_p(_t("none")), body))
    named = sum(data.named_in_wishes.values())
    if named:
        story.append(Paragraph(_p(_t("named", n=named)), body))

    # -- certificates
    story.append(Paragraph(_p(_t("certificates")), h2))
    if data.certificates:
        for cert in data.certificates:
            story.append(Paragraph(_p(", ".join(f"{v}" for v in cert.values() if v)), body))
    else:
        story.append(Paragraph(_p(_t("none")), body))

    # -- confidential
    counts = data.confidential_counts
    if data.confidential_included:
        story.append(Paragraph(_p(_t("confidential")), secret))
        story.append(Paragraph(_p(_t("confidential_note")), small))
        if not data.confidential:
            story.append(Paragraph(_p(_t("none")), body))
        for n in data.confidential:
            heading = _t("gap_note") if n.kind == "gap_note" else _t("journal")
            parts = [f"<b>{_p(heading)}, {_d(n.date)}</b>"]
            if n.title:
                parts.append(f"<b>{_p(n.title)}</b>")
            parts.append(_p(n.body).replace("\n", "<br/>"))
            story.append(KeepTogether([Paragraph("<br/>".join(parts), body), Spacer(1, 2 * mm)]))
    elif any(counts.values()):
        story.append(Spacer(1, 3 * mm))
        story.append(
            Paragraph(
                _p(
                    _t(
                        "not_included",
                        gap=counts.get("gap_notes", 0),
                        journal=counts.get("journal", 0),
                        comments=counts.get("comments", 0),
                    )
                ),
                body,
            )
        )

    # -- purposes
    story.append(Paragraph(_p(_t("purposes")), h2))
    rows = [[_p(_t("data")), _p(_t("purpose")), _p(_t("retention"))]]
    for what, why, how_long in PURPOSES:
        if how_long == RETENTION_BY_SETTING:
            how_long = retention_text(data.retention_days)
        else:
            how_long = translate("Gdpr", how_long)
        rows.append([_p(translate("Gdpr", what)), _p(translate("Gdpr", why)), _p(how_long)])
    story.append(table(rows, [55 * mm, 65 * mm, width - 120 * mm]))
    story += [Spacer(1, 4 * mm), Paragraph(_p(_t("rights")), body)]

    def footer(canvas: Any, doc: Any) -> None:
        canvas.saveState()
        canvas.setFont(fonts.REGULAR, 8)
        canvas.drawString(20 * mm, 12 * mm, fonts.printable(_t("footer", name=name, page=doc.page)))
        if data.confidential_included:
            canvas.setFillColor(colors.HexColor("#8a1c1c"))
            canvas.drawRightString(A4[0] - 20 * mm, 12 * mm, _t("footer_confidential"))
        canvas.restoreState()

    buffer = io.BytesIO()
    doc = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=20 * mm,
        rightMargin=20 * mm,
        topMargin=18 * mm,
        bottomMargin=20 * mm,
        title=fonts.printable(f"{_t('title')} – {name}"),
        author="Lernpartner",
        pageCompression=1,
        initialFontName=fonts.REGULAR,  # else every page names Helvetica, never embedded
    )
    doc.build(story, onFirstPage=footer, onLaterPages=footer)
    return buffer.getvalue()


def _format(key: str) -> str:
    return FORMATS[key].display_name() if key in FORMATS else key


def _partnership(
    ps: PartnershipInfo, body: Any, small: Any, h3: Any, table: Any, width: float, mm: float
) -> list[Any]:
    from reportlab.platypus import Paragraph

    out: list[Any] = [
        Paragraph(
            f"{_p(ps.program)} ({_p(_format(ps.format))}, {_p(role_label(ps.role))}) – "
            f"{_p(_t('with', names=', '.join(ps.partners) or _t('none')))}",
            h3,
        ),
        Paragraph(
            _p(
                _t(
                    "phase",
                    phase=phase_label(ps.phase),
                    start=_d(ps.created_on),
                    end=_d(ps.ended_on),
                )
            ),
            body,
        ),
    ]
    if ps.phases:
        steps = ", ".join(f"{phase_label(to)} ({_d(on)})" for _f, to, on in ps.phases)
        out.append(Paragraph(f"{_p(_t('history'))}: {_p(steps)}", small))
    if ps.goals:
        out.append(Paragraph(f"<b>{_p(_t('goals'))}</b>", body))
        for g in ps.goals:
            line = f"• {_p(g.title)} – {_p(label(GOAL_STATUS, g.status, 'Phases'))}"
            if g.own:
                line += f" {_p(_t('own_goal'))}"
            if g.success_criteria:
                line += f"<br/>{_p(_t('criteria', text=g.success_criteria))}"
            for title, due, status in g.packages:
                line += (
                    f"<br/>&nbsp;&nbsp;– {_p(title)} ({_d(due)}, "
                    f"{_p(label(PACKAGE_STATUS, status, 'Phases'))})"
                )
            out.append(Paragraph(line, small))
    if ps.meetings:
        rows = [[_p(_t(k)) for k in ("when", "minutes", "kind", "mode", "place", "status")]]
        for m in ps.meetings:
            rows.append(
                [
                    m.starts_at.strftime("%d.%m.%Y %H:%M"),
                    str(m.duration_minutes),
                    _p(label(MEETING_KINDS, m.kind)),
                    _p(label(MEETING_MODES, m.mode)),
                    _p(m.place),
                    _p(label(MEETING_STATUS, m.status)),
                ]
            )
        out.append(table(rows, [30 * mm, 16 * mm, 30 * mm, 20 * mm, width - 121 * mm, 25 * mm]))
    return out
