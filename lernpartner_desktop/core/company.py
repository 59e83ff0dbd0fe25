"""The company profile: who issues certificates and letters (name, address, logo, signatory).

Asked for once at the first start and editable in Settings. Images arrive as a file the owner
picks: we read it, check that it is an image, scale it down to at most ``MAX_SIDE`` pixels and
keep PNG bytes in the database. The owner's file is only ever read.
"""

from __future__ import annotations

import io
from dataclasses import dataclass, replace
from pathlib import Path

from lernpartner_desktop.base.errors import ValidationError
from lernpartner_desktop.base.i18n import QT_TRANSLATE_NOOP
from lernpartner_desktop.base.text import clean
from lernpartner_desktop.storage.models import CompanyProfile as ProfileRow
from lernpartner_desktop.storage.service import Service

#: Longest side of a stored image: sharp at 300 dpi over about 10 cm, small in the database.
MAX_SIDE = 1200
#: Files larger than this are refused before decoding (a logo is a few hundred KB at most).
MAX_FILE_BYTES = 30 * 1024 * 1024
#: Decoding more pixels than this is refused (a 20,000 x 20,000 image would need 1.6 GB).
MAX_PIXELS = 120_000_000


@dataclass(frozen=True)
class CompanyProfile:
    name: str = ""
    address: str = ""
    signatory_name: str = ""
    signatory_role: str = ""
    logo_png: bytes | None = None
    signature_png: bytes | None = None

    @property
    def is_complete(self) -> bool:
        """Enough for a certificate: a company name and someone who signs."""
        return bool(self.name and self.signatory_name)

    def with_logo_from(self, path: Path) -> CompanyProfile:
        return replace(self, logo_png=image_as_png(path))

    def with_signature_from(self, path: Path) -> CompanyProfile:
        return replace(self, signature_png=image_as_png(path))


def image_as_png(path: Path) -> bytes:
    """Read an image file, check it and give it back as PNG no larger than ``MAX_SIDE``.

    Raises :class:`ValidationError` with a message for the owner when the file cannot be
    read, is not an image, or is too large to open safely.
    """
    from PIL import Image, UnidentifiedImageError

    path = Path(path)
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "The image {file} is too large ({mb} MB). Please choose a smaller "
                    "file, at most {limit} MB.",
                ),
                field="image",
                file=path.name,
                mb=round(size / 1024 / 1024),
                limit=MAX_FILE_BYTES // 1024 // 1024,
            )
        data = path.read_bytes()
    except OSError as exc:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "The file {file} cannot be read: {reason}"),
            field="image",
            file=path.name,
            reason=exc.strerror or str(exc),
        ) from exc
    too_large = ValidationError(
        QT_TRANSLATE_NOOP(
            "Errors",
            "The image {file} has too many pixels to use. Please save it smaller (for example "
            "1200 pixels wide) and choose it again.",
        ),
        field="image",
        file=path.name,
    )
    try:
        with Image.open(io.BytesIO(data)) as img:
            width, height = img.size
            if width * height > MAX_PIXELS:
                raise too_large
            img.draft("RGB", (MAX_SIDE, MAX_SIDE))  # JPEG: decode at a reduced size
            img.load()
            converted = img.convert("RGBA")
    except ValidationError:
        raise
    except Image.DecompressionBombError as exc:  # Pillow's own limit, met while opening
        raise too_large from exc
    except (UnidentifiedImageError, OSError, ValueError) as exc:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The file {file} is not an image that Lernpartner can read. Please choose a "
                "PNG or JPEG file.",
            ),
            field="image",
            file=path.name,
        ) from exc
    converted.thumbnail((MAX_SIDE, MAX_SIDE))
    out = io.BytesIO()
    converted.save(out, format="PNG", optimize=True)
    return out.getvalue()


class CompanyService(Service):
    def get(self) -> CompanyProfile:
        with self.db.read() as s:
            row = s.get(ProfileRow, 1)
            if row is None:
                return CompanyProfile()
            return CompanyProfile(
                name=row.name,
                address=row.address,
                signatory_name=row.signatory_name,
                signatory_role=row.signatory_role,
                logo_png=row.logo_png,
                signature_png=row.signature_png,
            )

    def exists(self) -> bool:
        with self.db.read() as s:
            return s.get(ProfileRow, 1) is not None

    def save(self, profile: CompanyProfile) -> None:
        name = clean(profile.name)
        if not name:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "Please enter the company name."), field="name"
            )
        for field, value, limit in (
            ("name", name, 200),
            ("signatory_name", profile.signatory_name, 200),
            ("signatory_role", profile.signatory_role, 200),
            ("address", profile.address, 1000),
        ):
            if len(value) > limit:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("Errors", "At most {limit} characters, please."),
                    field=field,
                    limit=limit,
                )
        address = "\n".join(clean(line) for line in profile.address.splitlines() if clean(line))
        with self.db.write() as s:
            row = s.get(ProfileRow, 1)
            if row is None:
                row = ProfileRow(id=1)
                s.add(row)
            row.name = name
            row.address = address
            row.signatory_name = clean(profile.signatory_name)
            row.signatory_role = clean(profile.signatory_role)
            row.logo_png = profile.logo_png
            row.signature_png = profile.signature_png
        self.changes.announce("company")
