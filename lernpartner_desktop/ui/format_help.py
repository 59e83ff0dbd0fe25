"""Help where the choice is made: what each learning format is for and what each side of the
four tension fields means (from ../shared/domain.md and the seed texts), for the program
dialog's side panel and its tooltips."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication

from lernpartner_desktop.base.i18n import QT_TRANSLATE_NOOP
from lernpartner_desktop.core.formats import FORMATS, TENSION_FIELDS, tension_label

CTX = "FormatHelp"

#: Two or three sentences per format: what it is for, the challenge it serves, group size.
FORMAT_HELP: dict[str, str] = {
    "learning_partnership": QT_TRANSLATE_NOOP(
        "FormatHelp",
        "Two or more colleagues learn with and from each other for a while, voluntarily and "
        "on equal terms. It supports individual development paths, and across departments it "
        "breaks up silo thinking. Typically 2 to 4 people.",
    ),
    "tandem": QT_TRANSLATE_NOOP(
        "FormatHelp",
        "Two colleagues each teach what the other seeks: “I offer …, I seek …”. Pairs from "
        "different departments break up silo thinking, and both practise giving feedback. "
        "Exactly two people.",
    ),
    "mentoring": QT_TRANSLATE_NOOP(
        "FormatHelp",
        "An experienced colleague accompanies a less experienced one, for example a future "
        "manager. It passes on experience and supports individual development paths; pairs "
        "of different ages learn across generations. One mentor with one to three mentees.",
    ),
    "reverse_mentoring": QT_TRANSLATE_NOOP(
        "FormatHelp",
        "The roles are turned round: a younger, digitally savvy colleague shows a senior one "
        "new tools and ways of working. It serves learning across generations and the "
        "digital change. Pairs of two.",
    ),
    "buddy": QT_TRANSLATE_NOOP(
        "FormatHelp",
        "A tech-savvy buddy helps a new or less tech-savvy colleague with onboarding and the "
        "everyday tools. Quick help where it is needed, and contacts across the company. "
        "Pairs of two.",
    ),
    "learning_circle": QT_TRANSLATE_NOOP(
        "FormatHelp",
        "A small group of peers meets regularly on a shared topic. It strengthens the "
        "feedback culture and carries knowledge across teams. Typically 3 to 6 people.",
    ),
    "job_shadowing": QT_TRANSLATE_NOOP(
        "FormatHelp",
        "Someone accompanies a colleague at real work for a few days and learns by watching. "
        "It shows how other departments work and breaks up silo thinking. One observer, one "
        "host.",
    ),
}

#: What each side of a tension field means, in one sentence.
TENSION_HELP: dict[str, dict[str, str]] = {
    "participation": {
        "voluntary": QT_TRANSLATE_NOOP(
            "FormatHelp",
            "People apply or agree to take part: motivation is high, but some who would "
            "benefit may stay away.",
        ),
        "mandatory": QT_TRANSLATE_NOOP(
            "FormatHelp",
            "Everyone named takes part: it reaches everyone, but needs good reasons and a "
            "light touch.",
        ),
    },
    "content": {
        "open": QT_TRANSLATE_NOOP(
            "FormatHelp",
            "The pairs choose what they learn, following what they need right now.",
        ),
        "prescribed": QT_TRANSLATE_NOOP(
            "FormatHelp",
            "The company sets the topics (for example a new software); results are easier to "
            "compare.",
        ),
    },
    "steering": {
        "self_organised": QT_TRANSLATE_NOOP(
            "FormatHelp",
            "The pairs plan their goals and meetings themselves; you accompany them quietly.",
        ),
        "steered": QT_TRANSLATE_NOOP(
            "FormatHelp",
            "You plan meetings, interim talks and events centrally: more structure, more "
            "effort for you.",
        ),
    },
    "hierarchy": {
        "across": QT_TRANSLATE_NOOP(
            "FormatHelp",
            "People of different levels learn together, for example an apprentice and a "
            "manager.",
        ),
        "equals": QT_TRANSLATE_NOOP(
            "FormatHelp",
            "Colleagues of the same level learn at eye level; open talk comes more easily.",
        ),
    },
}


def tr(text: str) -> str:
    return QCoreApplication.translate(CTX, text)


def format_help(key: str) -> str:
    return tr(FORMAT_HELP[key])


def side_help(field: str, value: str) -> str:
    return tr(TENSION_HELP[field][value])


def help_html(format_key: str, settings: dict[str, str]) -> str:
    """The side panel: the format, then the meaning of each chosen side."""
    e = html.escape
    fmt = FORMATS[format_key]
    rows = "".join(
        f"<p><b>{e(tension_label(fld, value))}</b>: {e(side_help(fld, value))}</p>"
        for fld, value in settings.items()
        if fld in TENSION_FIELDS
    )
    heading = tr(QT_TRANSLATE_NOOP("FormatHelp", "How the program is run"))
    return (
        f"<h3>{e(fmt.display_name())}</h3><p>{e(format_help(format_key))}</p>"
        f"<h4>{e(heading)}</h4>{rows}"
    )


__all__ = ["FORMAT_HELP", "TENSION_HELP", "format_help", "help_html", "side_help"]
