"""Files in and out: staff-list import, exports, calendar files (.ics)."""
