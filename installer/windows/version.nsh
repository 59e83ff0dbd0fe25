; The app's version, as in pyproject.toml (written by lock.py; tests/installer checks it).
!define VERSION "0.1.0"
