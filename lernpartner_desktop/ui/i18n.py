"""Loading translations and connecting the Qt-free core to Qt's translation mechanism."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from lernpartner_desktop.base import i18n as core_i18n
from lernpartner_desktop.base.resources import resource_path

TRANSLATIONS_DIR = resource_path("translations")


def install_translators(app: QCoreApplication, language: str | None = None) -> list[QTranslator]:
    """Install Qt's own and our translations for ``language`` (default: the system's).

    The translators are returned so the caller keeps them alive.
    """
    locale = QLocale(language) if language else QLocale.system()
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
