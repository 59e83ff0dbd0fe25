"""The Windows installer build (`make installer`): lock, bundle, trim, smoke run, NSIS."""
