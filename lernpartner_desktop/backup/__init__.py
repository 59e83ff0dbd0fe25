"""Backups the owner can trust: the archive format, snapshots, automatic and USB backups,
rotation and restore. No Qt here; the UI runs these on the database worker.

- ``archive``: the ``.lpbackup`` format (a plain header, the vault's wrapped keys, the
  database snapshot sealed to the backup public key in authenticated 64 KiB chunks).
- ``snapshot``: a consistent copy of the live database inside the data folder.
- ``target``: writing a file to a folder or stick safely (temporary name, fsync, rename) and
  telling the owner plainly why it failed.
- ``rotation``: which automatic backups to keep (like Anki: daily, weekly, monthly).
- ``drives``: removable drives that are mounted and writable.
- ``service``: making, verifying and listing backups for a workspace.
- ``restore``: opening a backup with a passphrase or a recovery code and putting it in place.
"""
