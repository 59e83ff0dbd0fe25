"""What several sub-commands share: finding what they were asked for.

Texts go through ``CLI.tr`` from :mod:`lernpartner_desktop.cli.output`, the one way the
command line translates.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from lernpartner_desktop.base.errors import NotFound
from lernpartner_desktop.base.i18n import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from lernpartner_desktop.core.records import ProgramData
    from lernpartner_desktop.workspace import Workspace


def require_program(ws: Workspace, program_id: int) -> ProgramData:
    """The program with this id, or an error that says where to find the ids."""
    for program in ws.programs.all():
        if program.id == program_id:
            return program
    raise NotFound(
        QT_TRANSLATE_NOOP(
            "Errors",
            "There is no program with id {id}. “lernpartner programs” lists the programs "
            "with their ids.",
        ),
        id=program_id,
    )
