"""Translation and local formats for texts produced by the Qt-free code.

The core marks every user-visible text so that Qt's ``lupdate`` extracts it into the .ts
files, and translates it through this module. At run time the UI and the command line install
Qt's translation (:func:`set_translator`) and the QLocale formats (:func:`set_formats`), so core
texts reach the user in their language while the core itself never imports Qt. Without them
(tests of the core) the English source text is used, with a plain English plural.

Three ways to mark a text, all read by ``lupdate``:

* ``QT_TRANSLATE_NOOP("Errors", "text with {name}")``: marked now, translated when shown;
* ``Status.tr("%n day(s)", "", n)`` with ``Status = Context("Status")``: translated now. The
  variable must carry the context's name (``lupdate`` takes the context from it; a test checks);
* ``Errors.QT_TR_NOOP("%n clash(es) in all.", "", n)``: a text with a count, translated when
  shown (an error, a matching reason): the returned string carries its count.

A count is always ``%n`` with numerus forms in the catalogues, never "(s)" on screen.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from typing import Protocol

#: ``(context, text, disambiguation, n) -> text``: Qt's QCoreApplication.translate.
Translator = Callable[[str, str, "str | None", int], str]


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    return text


class PluralText(str):
    """A source text with a count, for translation later (errors, matching reasons)."""

    n: int

    def __new__(cls, text: str, n: int) -> PluralText:
        obj = super().__new__(cls, text)
        obj.n = n
        return obj


_PLURAL = re.compile(r"\((e?s)\)")


def english_plural(text: str, n: int) -> str:
    """The source language's own plural: "%n day(s)" reads "1 day" or "3 days"."""
    return english_form(text, n).replace("%n", str(n))


def has_plural(text: str) -> bool:
    """Whether ``text`` marks a plural ending the English way ("day(s)", "clash(es)")."""
    return _PLURAL.search(text) is not None


def english_form(text: str, n: int) -> str:
    """"%n day(s)" as "%n day" or "%n days": the English form for ``n``, ``%n`` kept."""
    return _PLURAL.sub(lambda m: "" if n == 1 else m.group(1), text)


def _untranslated(context: str, text: str, disambiguation: str | None, n: int) -> str:
    return text


_translator: Translator = _untranslated


def set_translator(fn: Translator | None) -> None:
    global _translator
    _translator = fn or _untranslated


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``text`` in the user's language; ``n`` picks the plural form and replaces ``%n``."""
    if n < 0 and isinstance(text, PluralText):
        n = text.n
    result = _translator(context, str(text), disambiguation, n)
    if n >= 0 and ("%n" in result or "(s)" in result or "(es)" in result):
        # No catalogue answered (English, or a damaged catalogue): the source text's plural.
        result = english_plural(result, n)
    return result


class Context:
    """Qt's ``tr()`` for the Qt-free code, bound to one translation context."""

    def __init__(self, name: str) -> None:
        self.name = name

    def tr(self, text: str, disambiguation: str | None = None, n: int = -1) -> str:
        return translate(self.name, text, disambiguation, n)

    def QT_TR_NOOP(self, text: str, disambiguation: str | None = None, n: int = -1) -> str:
        """Mark ``text`` (with its count ``n``) for translation when it is shown."""
        return PluralText(text, n) if n >= 0 else text


# -- dates, times and numbers -----------------------------------------------------------------


class Formats(Protocol):
    def date(self, d: dt.date, *, weekday: bool = False, year: bool = True) -> str: ...
    def time(self, t: dt.time) -> str: ...
    def number(self, x: float, decimals: int = 1) -> str: ...


class PlainFormats:
    """Without Qt: 31.12.2026, 16:00, English weekday names, a decimal point."""

    DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")

    def date(self, d: dt.date, *, weekday: bool = False, year: bool = True) -> str:
        text = f"{d:%d.%m.%Y}" if year else f"{d:%d.%m.}"
        return f"{self.DAYS[d.weekday()]}, {text}" if weekday else text

    def time(self, t: dt.time) -> str:
        return f"{t:%H:%M}"

    def number(self, x: float, decimals: int = 1) -> str:
        return f"{x:.{decimals}f}"


_formats: Formats = PlainFormats()


def set_formats(formats: Formats | None) -> None:
    global _formats
    _formats = formats or PlainFormats()


def format_date(d: dt.date, *, weekday: bool = False, year: bool = True) -> str:
    """A date in the user's language: "Mo., 23.11.2026" (German, with the weekday)."""
    return _formats.date(d, weekday=weekday, year=year)


def format_datetime(when: dt.datetime, *, weekday: bool = False, year: bool = True) -> str:
    return f"{_formats.date(when.date(), weekday=weekday, year=year)} {_formats.time(when.time())}"


def format_number(x: float, decimals: int = 1) -> str:
    """A number with the user's decimal sign: 4,5 in German."""
    return _formats.number(x, decimals)
