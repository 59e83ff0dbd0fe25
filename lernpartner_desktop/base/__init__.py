"""The ground floor: typed errors, translation markers, atomic file writes, the change hub.

Imports nothing of ours; every other package may import it.
"""
