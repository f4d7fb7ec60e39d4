"""The ``bootwatch`` command line."""
