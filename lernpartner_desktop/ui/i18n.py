"""Loading translations and connecting the Qt-free core to Qt's translation mechanism.

Which language: the owner's choice (Settings, kept in the user's QSettings, so it is known
before any database is opened), else ``LERNPARTNER_LANG``, else the system locale. German for
a German system and when the system says nothing useful (the C/POSIX locale); English for a
locale we have no catalogue for.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from lernpartner_desktop import APP_AUTHOR, APP_NAME
from lernpartner_desktop.base import i18n as core_i18n
from lernpartner_desktop.base.resources import resource_path

TRANSLATIONS_DIR = resource_path("translations")

#: The languages the app speaks, by code, each named in its own language (for a chooser).
LANGUAGES: dict[str, str] = {"de": "Deutsch", "en": "English"}
DEFAULT_LANGUAGE = "de"
_SETTING = "ui/language"


def _settings() -> QSettings:
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, APP_AUTHOR, APP_NAME)


def chosen_language() -> str | None:
    """The language the owner chose in Settings, or None to follow the system."""
    value = _settings().value(_SETTING)
    return value if isinstance(value, str) and value in LANGUAGES else None


def choose_language(code: str | None) -> None:
    """Keep the owner's choice (None: follow the system). Applies at the next start."""
    settings = _settings()
    if code is None:
        settings.remove(_SETTING)
    elif code in LANGUAGES:
        settings.setValue(_SETTING, code)
    else:
        raise ValueError(code)
    settings.sync()


def system_language(locale: QLocale | None = None) -> str:
    """German for a German system or an unhelpful one (C/POSIX); English for the rest."""
    locale = locale or QLocale.system()
    if locale.language() in (QLocale.Language.C, QLocale.Language.AnyLanguage):
        return DEFAULT_LANGUAGE
    code = locale.name().split("_")[0]
    return code if code in LANGUAGES else "en"


def resolve_language(explicit: str | None = None) -> str:
    """``explicit`` (e.g. ``LERNPARTNER_LANG``) when we speak it, else the owner's choice,
    else the system's."""
    if explicit:
        code = explicit.split("_")[0].split(".")[0].lower()
        if code in LANGUAGES:
            return code
    return chosen_language() or system_language()


def install_translators(app: QCoreApplication, language: str | None = None) -> list[QTranslator]:
    """Install Qt's own and our translations for ``language`` (default: as resolved above).

    The translators are returned so the caller keeps them alive.
    """
    code = resolve_language(language)
    locale = QLocale(code)
    QLocale.setDefault(locale)
    installed: list[QTranslator] = []
    qt_path = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for name, folder in (("qtbase", qt_path), ("lernpartner", str(TRANSLATIONS_DIR))):
        tr = QTranslator(app)
        if tr.load(locale, name, "_", folder):
            app.installTranslator(tr)
            installed.append(tr)
    core_i18n.set_translator(QCoreApplication.translate)
    return installed


def translate_without_window(language: str | None = None) -> object:
    """For the command line: Qt's translations without a window (a QCoreApplication).

    Returns what must stay alive while translating (the application and its translators).
    """
    app = QCoreApplication.instance() or QCoreApplication([])
    return app, install_translators(app, language)
