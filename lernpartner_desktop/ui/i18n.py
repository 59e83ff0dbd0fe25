"""Loading translations and local formats; connecting the Qt-free code to them.

Which language: ``LERNPARTNER_LANG`` when it names one we speak (scripts, tests), else the
owner's choice (Settings, kept in the user's QSettings, so it is known before any database is
opened), else the system locale. German for a German system and when the system says nothing
useful (the C/POSIX locale); English for a locale we have no catalogue for.

The GUI installs the catalogues into its QApplication; the command line uses the same
catalogues without an application object (:func:`use_language`). A missing or damaged
catalogue falls back to English, and :func:`translation_problem` says so once.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QLibraryInfo,
    QLocale,
    QSettings,
    QTime,
    QTranslator,
)

from lernpartner_desktop import APP_AUTHOR, APP_NAME
from lernpartner_desktop.base import i18n as core_i18n
from lernpartner_desktop.base.resources import resource_path

TRANSLATIONS_DIR = resource_path("translations")

#: The languages the app speaks, by code, each named in its own language (for a chooser).
LANGUAGES: dict[str, str] = {"de": "Deutsch", "en": "English"}
DEFAULT_LANGUAGE = "de"
#: The territory whose formats a language uses when the system's locale speaks another one.
_TERRITORY = {"de": "de_DE", "en": "en_GB"}
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


def locale_for(code: str) -> QLocale:
    """The system's own locale when it speaks ``code`` (an Austrian keeps his formats), else
    the language's home territory."""
    system = QLocale.system()
    if system.name().split("_")[0] == code:
        return system
    return QLocale(_TERRITORY.get(code, code))


class QtFormats:
    """Dates, times and numbers of the default QLocale, for the Qt-free code and the UI."""

    def date(self, d: dt.date, *, weekday: bool = False, year: bool = True) -> str:
        locale = QLocale()
        return locale.toString(QDate(d.year, d.month, d.day), date_pattern(weekday, year))

    def time(self, t: dt.time) -> str:
        locale = QLocale()
        pattern = locale.timeFormat(QLocale.FormatType.ShortFormat)
        return locale.toString(QTime(t.hour, t.minute), pattern)

    def number(self, x: float, decimals: int = 1) -> str:
        return QLocale().toString(float(x), "f", decimals)


def date_pattern(weekday: bool = False, year: bool = True) -> str:
    """The default locale's short date with a four-digit year ("dd.MM.yyyy"), optionally with
    the short weekday in front ("ddd, dd.MM.yyyy" gives "Mo., 23.11.2026")."""
    pattern = QLocale().dateFormat(QLocale.FormatType.ShortFormat)
    if "yyyy" not in pattern:
        pattern = pattern.replace("yy", "yyyy")
    if not year:
        for cut in ("/yyyy", ".yyyy", "-yyyy", " yyyy", "yyyy/", "yyyy.", "yyyy-", "yyyy"):
            if cut in pattern:
                pattern = pattern.replace(cut, "", 1)
                break
        if QLocale().language() == QLocale.Language.German and not pattern.endswith("."):
            pattern += "."  # "23.11." is how a German writes a day without the year
    return f"ddd, {pattern}" if weekday else pattern


class EnglishPlurals(QTranslator):
    """The last resort below every catalogue: "%n day(s)" as "1 day" / "3 days" when no
    catalogue answers (English without its plural catalogue, a damaged catalogue)."""

    def translate(  # type: ignore[override]
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        if n < 0 or not core_i18n.has_plural(source):
            return None  # a null string: not ours, Qt goes on (an empty one would be shown)
        return core_i18n.english_form(source, n)


class Catalogues:
    """The translators for one language, loaded but not installed anywhere."""

    def __init__(self, language: str) -> None:
        self.language = language
        self.problem: str | None = None
        self.translators: list[QTranslator] = []  # highest priority last, as installed
        ours = QTranslator()
        if ours.load(f"lernpartner_{language}", str(TRANSLATIONS_DIR)) and _sound(ours, language):
            loaded: QTranslator | None = ours
        else:
            loaded = None
            if language != "en":  # English has only its plurals there; the rule above covers
                self.problem = _problem(language)
                self.language = "en"
                fallback = QTranslator()
                if fallback.load("lernpartner_en", str(TRANSLATIONS_DIR)):
                    loaded = fallback
        self.locale = locale_for(self.language)
        self.translators.append(EnglishPlurals())
        if self.language != "en":
            qt = QTranslator()
            qt_path = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
            if qt.load(QLocale(self.language), "qtbase", "_", qt_path):
                self.translators.append(qt)
        if loaded is not None:
            self.translators.append(loaded)

    def translate(self, context: str, text: str, disambiguation: str | None, n: int) -> str:
        """QCoreApplication.translate without an application (the command line)."""
        for translator in reversed(self.translators):
            found = translator.translate(context, text, disambiguation, n)
            if found:
                return found.replace("%n", str(n)) if n >= 0 else found
        return text.replace("%n", str(n)) if n >= 0 else text


#: Every full catalogue translates this (into its language's own name): a catalogue that loads
#: but cannot find it is damaged inside.
_PROBE = core_i18n.QT_TRANSLATE_NOOP("App", "Name of this language: English")


def _sound(translator: QTranslator, language: str) -> bool:
    if translator.isEmpty():
        return False
    return language == "en" or bool(translator.translate("App", _PROBE))


def _problem(language: str) -> str:
    # Said in English: the catalogue that would translate it is the one that failed.
    text = QCoreApplication.translate(
        "App", "The translation “%1” could not be loaded (missing or damaged): Lernpartner "
        "speaks English."
    )
    return text.replace("%1", LANGUAGES.get(language, language))


_installed: list[QTranslator] = []
_problem_text: str | None = None


def translation_problem() -> str | None:
    """Why the app speaks English although another language was asked for, or None."""
    return _problem_text


def _apply(catalogues: Catalogues) -> None:
    global _problem_text
    _problem_text = catalogues.problem
    QLocale.setDefault(catalogues.locale)
    core_i18n.set_formats(QtFormats())


def install_translators(app: QCoreApplication, language: str | None = None) -> list[QTranslator]:
    """Install Qt's own and our translations for ``language`` (default: as resolved above),
    replacing any installed before. The translators are returned; this module keeps them alive."""
    for old in _installed:
        app.removeTranslator(old)
    catalogues = Catalogues(resolve_language(language))
    for translator in catalogues.translators:
        translator.setParent(app)
        app.installTranslator(translator)
    _installed[:] = catalogues.translators
    _apply(catalogues)
    core_i18n.set_translator(QCoreApplication.translate)
    return list(catalogues.translators)


def use_language(language: str | None = None) -> Catalogues:
    """The command line: the same catalogues and formats as the GUI, no application object."""
    catalogues = Catalogues(resolve_language(language))
    _apply(catalogues)
    core_i18n.set_translator(catalogues.translate)
    return catalogues
