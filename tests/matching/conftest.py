from __future__ import annotations

from tests.ui.conftest import demo_window, window  # noqa: F401  (fixtures for the dialog tests)
