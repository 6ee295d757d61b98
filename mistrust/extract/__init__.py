"""Extraction: a normalised text in, plain rows out. Pure Python: no Prefect, no polars, no files written.

Word lists live as data in `mistrust/lexicons/`; `pipeline.extract` is the entry point.
"""
