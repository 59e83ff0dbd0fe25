"""The installer phase of the smoke run (see smoke_driver.py)."""
