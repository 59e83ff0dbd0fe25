"""Every name prints: the embedded Noto Sans carries Latin Extended; what it lacks is marked."""

from __future__ import annotations

import datetime as dt
import io

from pypdf import PdfReader

from lernpartner_desktop.reports import fonts
from lernpartner_desktop.reports.recovery_sheet import render_recovery_sheet


def embedded_fonts(pdf: bytes) -> dict[str, bool]:
    """Each font a PDF uses, and whether its glyphs are embedded in the file."""
    found: dict[str, bool] = {}
    for page in PdfReader(io.BytesIO(pdf)).pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            descriptor = font.get("/FontDescriptor")
            descendants = font.get("/DescendantFonts")
            if descriptor is None and descendants:
                descriptor = descendants[0].get_object().get("/FontDescriptor")
            descriptor = descriptor.get_object() if descriptor is not None else {}
            found[str(font["/BaseFont"])] = any(
                k in descriptor for k in ("/FontFile", "/FontFile2", "/FontFile3")
            )
    return found


def test_latin_extended_names_are_kept_and_an_emoji_is_replaced_visibly() -> None:
    assert fonts.printable("Ayşe Krüger, Özlem Wójcik, Łukasz, Őrs, Groß") == (
        "Ayşe Krüger, Özlem Wójcik, Łukasz, Őrs, Groß"
    )
    assert fonts.printable("Lea 😀 Fuchs") == f"Lea {fonts.REPLACEMENT} Fuchs"
    assert fonts.printable(None) == ""


def test_the_recovery_sheet_embeds_only_our_fonts_and_prints_every_name() -> None:
    pdf = render_recovery_sheet(
        "ABCDE-FGHJK-MNPQR-STVWX-YZ012-34567-89ABC-DEFGH",
        "C:\\Users\\Ayşe Łukasz\\AppData\\Local\\Lernpartner 😀",
        dt.date(2026, 11, 23),
    )
    used = embedded_fonts(pdf)
    assert used and all(used.values()), used
    assert all("NotoSans" in name for name in used), used
    text = PdfReader(io.BytesIO(pdf)).pages[0].extract_text()
    assert "Ayşe Łukasz" in text
    assert "ABCDE - FGHJK - MNPQR - STVWX" in text
