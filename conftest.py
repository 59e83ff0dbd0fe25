"""Root test configuration: Qt runs headless, and nothing touches the user's real data."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.pop("LERNPARTNER_DATA_DIR", None)
