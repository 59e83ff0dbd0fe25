"""Guards against known-bad Qt bindings: the app emits signals all day long."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal


class _Emitter(QObject):
    value = Signal(object)


def test_emitting_signals_keeps_reference_counts(qapp) -> None:  # type: ignore[no-untyped-def]
    # PySide6 6.12.0 lost a reference per emit(): CPython aborted after a few thousand.
    emitter, got = _Emitter(), []
    emitter.value.connect(got.append)
    true_before, none_before = sys.getrefcount(True), sys.getrefcount(None)
    for _ in range(500):
        emitter.value.emit(None)
    assert len(got) == 500
    assert abs(sys.getrefcount(True) - true_before) < 50
    assert abs(sys.getrefcount(None) - none_before - 500) < 50  # the 500 Nones in `got`
