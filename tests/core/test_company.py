"""The company profile: saved once, images checked and scaled, the owner's file untouched."""

from __future__ import annotations

import hashlib
import io
from pathlib import Path

import pytest
from PIL import Image

from lernpartner_desktop.base.errors import ValidationError
from lernpartner_desktop.core.company import MAX_SIDE, CompanyProfile, image_as_png
from lernpartner_desktop.workspace import Workspace


def _png(path: Path, width: int, height: int) -> Path:
    Image.new("RGB", (width, height), (200, 30, 30)).save(path)
    return path


def test_profile_is_empty_until_saved_then_round_trips(ws: Workspace, tmp_path: Path) -> None:
    assert not ws.company.exists()
    assert ws.company.get() == CompanyProfile()
    logo = _png(tmp_path / "logo.png", 300, 120)
    profile = CompanyProfile(
        name="  Bäckerei   Groß GmbH ",
        address="Hauptstraße 5\n\n34117 Kassel ",
        signatory_name="Käthe Groß",
        signatory_role="Geschäftsführerin",
    ).with_logo_from(logo)
    ws.company.save(profile)
    got = ws.company.get()
    assert got.name == "Bäckerei Groß GmbH"
    assert got.address == "Hauptstraße 5\n34117 Kassel"
    assert got.is_complete
    assert got.logo_png is not None
    with Image.open(io.BytesIO(got.logo_png)) as img:
        assert img.format == "PNG" and img.size == (300, 120)


def test_a_name_is_required_and_nothing_is_written(ws: Workspace) -> None:
    with pytest.raises(ValidationError) as err:
        ws.company.save(CompanyProfile(name="   "))
    assert err.value.field == "name"
    assert not ws.company.exists()


def test_a_huge_logo_is_scaled_down_and_the_file_is_not_modified(tmp_path: Path) -> None:
    wide = _png(tmp_path / "wide.png", 20_000, 400)
    before = hashlib.sha256(wide.read_bytes()).hexdigest()
    png = image_as_png(wide)
    with Image.open(io.BytesIO(png)) as img:
        assert max(img.size) == MAX_SIDE
        assert img.size == (MAX_SIDE, 24)
    assert hashlib.sha256(wide.read_bytes()).hexdigest() == before


def test_a_file_that_is_not_an_image_gets_a_clear_message(tmp_path: Path) -> None:
    fake = tmp_path / "logo.png"
    fake.write_text("Das ist kein Bild", encoding="utf-8")
    with pytest.raises(ValidationError, match="not an image"):
        image_as_png(fake)
    with pytest.raises(ValidationError, match="cannot be read"):
        image_as_png(tmp_path / "missing.png")


def test_an_image_with_too_many_pixels_is_refused_before_decoding(tmp_path: Path) -> None:
    # 20,000 x 20,000 pixels: the header says so; decoding it would take 1.6 GB.
    huge = tmp_path / "huge.png"
    Image.new("1", (20_000, 20_000)).save(huge)
    with pytest.raises(ValidationError, match="too many pixels"):
        image_as_png(huge)
