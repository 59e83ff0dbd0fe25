"""Everything Qt lives here: main window, pages, dialogs, table models, background operations."""
