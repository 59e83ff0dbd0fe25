"""Files in and out: staff lists, exports for Excel, calendar files (.ics), the GDPR access data."""
