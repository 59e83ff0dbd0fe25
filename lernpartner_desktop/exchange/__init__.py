"""Files in and out: staff lists, exports for Excel, calendars, the GDPR access data."""
