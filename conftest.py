"""Root test configuration: Qt runs headless, and nothing touches the user's real data.

The user's settings folder (QSettings, e.g. the chosen language) is a fresh temporary one.
"""

from __future__ import annotations

import os
import tempfile

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.pop("LERNPARTNER_DATA_DIR", None)
# English unless a test asks for German: the GUI and the command line follow the system's
# language otherwise, which differs from machine to machine.
os.environ["LERNPARTNER_LANG"] = "en"
os.environ["XDG_CONFIG_HOME"] = tempfile.mkdtemp(prefix="lernpartner-test-config-")
