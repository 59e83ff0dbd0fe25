"""Which language the app speaks: the owner's choice, else the system's, German when unsure."""

from __future__ import annotations

from PySide6.QtCore import QLocale

from lernpartner_desktop.ui import i18n


def test_system_locale_decides_until_the_owner_chooses() -> None:
    assert i18n.system_language(QLocale("de_AT")) == "de"
    assert i18n.system_language(QLocale("en_US")) == "en"
    assert i18n.system_language(QLocale("fr_FR")) == "en"  # no catalogue: English
    assert i18n.system_language(QLocale.c()) == "de"  # the system says nothing: German
    try:
        i18n.choose_language("en")
        assert i18n.chosen_language() == "en"
        assert i18n.resolve_language() == "en"
        assert i18n.resolve_language("de_DE.UTF-8") == "de"  # explicit beats the choice
        assert i18n.resolve_language("xx") == "en"  # unknown explicit: the choice
        i18n.choose_language(None)
        assert i18n.chosen_language() is None
    finally:
        i18n.choose_language(None)
