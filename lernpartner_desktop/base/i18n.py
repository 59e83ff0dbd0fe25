"""Translation hook for messages produced by the Qt-free core.

The core marks every user-visible text with ``QT_TRANSLATE_NOOP(context, text)``; Qt's
``lupdate`` recognises that name and extracts the strings into the .ts files.  At run time the
UI installs ``QCoreApplication.translate`` with :func:`set_translator`, so core messages reach the
user in their language while the core itself never imports Qt.  Without a translator (the
command line, tests) the English source text is used.
"""

from __future__ import annotations

from collections.abc import Callable

Translator = Callable[[str, str], str]


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    return text


def _identity(context: str, text: str) -> str:
    return text


_translator: Translator = _identity


def set_translator(fn: Translator | None) -> None:
    global _translator
    _translator = fn or _identity


def translate(context: str, text: str) -> str:
    return _translator(context, text)
