"""The vault: key hierarchy and sealed records (Argon2id, AES-GCM, X25519).

Seals for the domain and knows nothing of people or programs. No Qt.
"""
