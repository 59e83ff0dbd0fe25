"""Lernpartner: learning partnerships, tandems and mentoring for small businesses, offline."""

__version__ = "0.1.0"
APP_NAME = "Lernpartner"
APP_AUTHOR = "Lernpartner"
