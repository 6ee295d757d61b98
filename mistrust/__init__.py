"""Extraction and publishing logic for the Iran–US mistrust dataset.

Every module here is plain Python: importable and testable without Prefect.
"""
