"""Issued certificates: numbers, check codes, revocation and verification.

A certificate number is ``PREFIX-YEAR-NNNN`` (counted per year). The check code is an HMAC of
the number and the holder's name under a secret kept in this database, truncated to
``CODE_LENGTH`` characters of Crockford's base-32 alphabet (no I, L, O, U: nothing to confuse
when typed from paper). Anyone can read a number off the paper; only this database can tell
whether number and code belong together.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import hmac
import re
import secrets
import string
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from lernpartner_desktop.base.changes import ChangeHub
from lernpartner_desktop.base.errors import NotFound, ValidationError
from lernpartner_desktop.base.i18n import QT_TRANSLATE_NOOP
from lernpartner_desktop.base.text import clean, name_key
from lernpartner_desktop.core.paper import PaperPartnership, PaperService
from lernpartner_desktop.core.settings import read_setting, write_setting
from lernpartner_desktop.storage.database import Database
from lernpartner_desktop.storage.models import Certificate, Program
from lernpartner_desktop.storage.service import Service

SECRET_KEY = "certificates.secret"
PREFIX_KEY = "certificates.prefix"
DEFAULT_PREFIX = "LP"
CODE_LENGTH = 6
ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"  # Crockford base 32
_B32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
_TO_CROCKFORD = str.maketrans(_B32, ALPHABET)
#: How people mistype codes from paper: O for 0, I and L for 1.
_TYPO = str.maketrans({"O": "0", "I": "1", "L": "1"})
NUMBER_RE = re.compile(r"^([A-Z0-9]{1,10})-(\d{4})-(\d{4,})$")
#: Placeholders the owner may use in a certificate's text.
PLACEHOLDERS = ("name", "program", "format", "role", "start", "end")


@dataclass(frozen=True)
class IssuedCertificate:
    """One certificate as it is printed."""

    number: str
    check_code: str
    kind: str  # "completion" | "participation"
    person_id: int
    holder_name: str
    role: str
    partnership: PaperPartnership
    period_start: dt.date
    period_end: dt.date
    issued_on: dt.date

    @property
    def partners(self) -> tuple[str, ...]:
        return tuple(m.name for m in self.partnership.members if m.id != self.person_id)

    @property
    def goals_reached(self) -> tuple[str, ...]:
        """Titles of the shared goals reached (none on a participation confirmation)."""
        if self.kind != "completion":
            return ()
        return tuple(g.title for g in self.partnership.goals if g.status == "achieved")

    @property
    def qr_payload(self) -> str:
        return f"{self.number} {self.check_code}"


@dataclass(frozen=True)
class CertificateRow:
    number: str
    holder_name: str
    program_name: str
    kind: str
    issued_on: dt.date
    revoked_on: dt.date | None
    partnership_id: int | None


@dataclass(frozen=True)
class Verification:
    """``state``: "genuine", "revoked" or "unknown" (not issued here, or code does not match)."""

    state: str
    number: str
    holder_name: str = ""
    program_name: str = ""
    kind: str = ""
    role: str = ""
    period_start: dt.date | None = None
    period_end: dt.date | None = None
    issued_on: dt.date | None = None
    revoked_on: dt.date | None = None


def normalise_code(code: str) -> str:
    return re.sub(r"[\s\-]", "", code.upper()).translate(_TYPO)


def normalise_number(number: str) -> str:
    return re.sub(r"\s", "", number.upper())


def check_code(secret: bytes, number: str, holder_name: str) -> str:
    mac = hmac.new(secret, f"{number}|{name_key(holder_name)}".encode(), hashlib.sha256)
    return base64.b32encode(mac.digest()).decode("ascii").translate(_TO_CROCKFORD)[:CODE_LENGTH]


def check_placeholders(text: str) -> None:
    """Refuse a certificate text with an unknown or broken ``{placeholder}``."""
    try:
        fields = [f for _lit, f, _spec, _conv in string.Formatter().parse(text) if f is not None]
    except ValueError as exc:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "A curly bracket is not closed. Placeholders look like {{name}}; allowed: "
                "{allowed}.",
            ),
            field="certificate_body",
            allowed=", ".join("{" + p + "}" for p in PLACEHOLDERS),
        ) from exc
    unknown = [f for f in fields if f not in PLACEHOLDERS]
    if unknown:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "Unknown placeholder {{{unknown}}}. Allowed: {allowed}."),
            field="certificate_body",
            unknown=unknown[0],
            allowed=", ".join("{" + p + "}" for p in PLACEHOLDERS),
        )


class CertificateService(Service):
    def __init__(self, db: Database, changes: ChangeHub, paper: PaperService) -> None:
        super().__init__(db, changes)
        self.paper = paper

    # -- issuing -------------------------------------------------------------------------------

    def issue_for_program(
        self, program_id: int, today: dt.date | None = None
    ) -> list[IssuedCertificate]:
        """Certificates for every member of every completed partnership of a program.

        Already issued ones come back with their number; revoked ones are left out.
        """
        program = self.paper.program(program_id, phases=("completed",))
        self.paper.completed_or_raise(program)
        return self._issue(list(program.partnerships), today or dt.date.today())

    def issue_for_partnership(
        self, partnership_id: int, today: dt.date | None = None
    ) -> list[IssuedCertificate]:
        """A completed partnership's certificates, or a dissolved one's participation
        confirmations (no goals, no reason)."""
        pair = self.paper.partnership(partnership_id)
        if pair.phase not in ("completed", "dissolved"):
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "This partnership is still running. Certificates are issued once it has "
                    "completed; after an early end, a confirmation of participation.",
                ),
                field="phase",
            )
        issued = self._issue([pair], today or dt.date.today())
        if not issued:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "Errors", "Every certificate of this partnership has been revoked."
                ),
                field="phase",
            )
        return issued

    def _issue(self, pairs: list[PaperPartnership], today: dt.date) -> list[IssuedCertificate]:
        out: list[IssuedCertificate] = []
        with self.db.write() as s:
            secret = self._secret(s)
            prefix = read_setting(s, PREFIX_KEY) or DEFAULT_PREFIX
            existing = {
                (c.partnership_id, c.person_id): c
                for c in s.scalars(
                    select(Certificate).where(Certificate.partnership_id.in_([p.id for p in pairs]))
                )
            }
            serial = (
                s.scalar(select(func.max(Certificate.serial)).where(Certificate.year == today.year))
                or 0
            )
            for pair in pairs:
                kind = "completion" if pair.phase == "completed" else "participation"
                for member in pair.members:
                    row = existing.get((pair.id, member.id))
                    if row is None:
                        serial += 1
                        number = f"{prefix}-{today.year}-{serial:04d}"
                        row = Certificate(
                            number=number,
                            year=today.year,
                            serial=serial,
                            kind=kind,
                            person_id=member.id,
                            partnership_id=pair.id,
                            program_id=pair.program_id,
                            holder_name=member.name,
                            program_name=pair.program_name,
                            role=member.role,
                            period_start=pair.created_on,
                            period_end=pair.ended_on or today,
                            issued_on=today,
                            check_code=check_code(secret, number, member.name),
                        )
                        s.add(row)
                    elif row.revoked_on is not None:
                        continue
                    out.append(
                        IssuedCertificate(
                            row.number,
                            row.check_code,
                            row.kind,
                            member.id,
                            row.holder_name,
                            row.role,
                            pair,
                            row.period_start,
                            row.period_end,
                            row.issued_on,
                        )
                    )
        self.changes.announce("certificates")
        return out

    @staticmethod
    def _secret(s: Session) -> bytes:
        stored = read_setting(s, SECRET_KEY)
        if stored:
            return bytes.fromhex(stored)
        secret = secrets.token_bytes(32)
        write_setting(s, SECRET_KEY, secret.hex())
        return secret

    # -- the register --------------------------------------------------------------------------

    def rows(self, program_id: int | None = None) -> list[CertificateRow]:
        with self.db.read() as s:
            q = select(Certificate).order_by(Certificate.year, Certificate.serial)
            if program_id is not None:
                q = q.where(Certificate.program_id == program_id)
            return [
                CertificateRow(
                    c.number,
                    c.holder_name,
                    c.program_name,
                    c.kind,
                    c.issued_on,
                    c.revoked_on,
                    c.partnership_id,
                )
                for c in s.scalars(q)
            ]

    def revoke(self, number: str, today: dt.date | None = None) -> None:
        """Revoke a certificate (no reason is asked or kept). Revoking twice changes nothing."""
        with self.db.write() as s:
            row = s.scalar(
                select(Certificate).where(Certificate.number == normalise_number(number))
            )
            if row is None:
                raise NotFound(
                    QT_TRANSLATE_NOOP(
                        "Errors", "No certificate with the number {certificate} was issued here."
                    ),
                    certificate=number,
                )
            if row.revoked_on is None:
                row.revoked_on = today or dt.date.today()
        self.changes.announce("certificates")

    def verify(self, number: str, code: str) -> Verification:
        number = normalise_number(number)
        with self.db.read() as s:
            row = s.scalar(select(Certificate).where(Certificate.number == number))
            stored = read_setting(s, SECRET_KEY)
        if row is None or not stored:
            return Verification("unknown", number)
        expected = check_code(bytes.fromhex(stored), row.number, row.holder_name)
        # Both the stored and the recomputed code must match what was typed.
        typed = normalise_code(code)
        if not (
            hmac.compare_digest(typed, expected) and hmac.compare_digest(typed, row.check_code)
        ):
            return Verification("unknown", number)
        return Verification(
            "revoked" if row.revoked_on else "genuine",
            row.number,
            row.holder_name,
            row.program_name,
            row.kind,
            row.role,
            row.period_start,
            row.period_end,
            row.issued_on,
            row.revoked_on,
        )

    # -- texts per program ---------------------------------------------------------------------

    def texts(self, program_id: int) -> tuple[str | None, str | None]:
        with self.db.read() as s:
            p = s.get(Program, program_id)
            if p is None:
                raise NotFound(QT_TRANSLATE_NOOP("Errors", "This program no longer exists."))
            return p.certificate_title, p.certificate_body

    def set_texts(self, program_id: int, title: str | None, body: str | None) -> None:
        """The owner's title and text (None or empty: the default in the printing language)."""
        title = clean(title) or None
        body = (body or "").strip() or None
        if title and len(title) > 200:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "At most {limit} characters, please."),
                field="certificate_title",
                limit=200,
            )
        if body:
            if len(body) > 2000:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("Errors", "At most {limit} characters, please."),
                    field="certificate_body",
                    limit=2000,
                )
            check_placeholders(body)
        if title:
            check_placeholders(title)
        with self.db.write() as s:
            p = s.get(Program, program_id)
            if p is None:
                raise NotFound(QT_TRANSLATE_NOOP("Errors", "This program no longer exists."))
            p.certificate_title, p.certificate_body = title, body
        self.changes.announce("programs")
