"""Benchmarks: ``make bench`` (``python -m bench``) prints each table with its baseline beside it."""
