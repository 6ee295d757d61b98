"""Columns shared by several tables, declared once (pudl-style) and reused by each model."""
from __future__ import annotations

import polars as pl
import pandera.polars as pa

from mistrust.types import DOC_ID_PATTERN as DOC_ID

DOC_ID_PATTERN = f"^{DOC_ID}$"
DATE_PRECISIONS = ["day", "month", "year", "decade", "century"]
ACTOR_TYPES = ["person", "country", "organization", "group", "document"]


def doc_id(description: str = "The document this row comes from: the raw file's stem (`raw/<doc_id>.txt`).",
           unique: bool = False) -> pa.Field:
    return pa.Field(str_matches=DOC_ID_PATTERN, unique=unique, description=description)


def char_start(what: str) -> pa.Field:
    return pa.Field(ge=0, description=f"Offset of the first character of {what} in the normalised text "
                                      "(Python code points, NFC, `\\n` newlines).")


def char_end(what: str) -> pa.Field:
    return pa.Field(gt=0, description=f"Offset just past the last character of {what} (end exclusive): "
                                      f"`text[char_start:char_end]` reproduces it.")


def precision(what: str) -> pa.Field:
    return pa.Field(nullable=True, isin=DATE_PRECISIONS, description=f"Precision of {what}: one of "
                                                                     f"{', '.join(DATE_PRECISIONS)}.")


def actor_name(description: str) -> pa.Field:
    return pa.Field(nullable=True, description=description + " Canonical name, as in the actors table.")


class SpannedTable(pa.DataFrameModel):
    """Tables whose rows point at a span of a document. Declares no columns, only the check they share."""

    @pa.dataframe_check(description="char_start < char_end")
    def span_order(cls, data) -> pl.LazyFrame:
        return data.lazyframe.select(pl.col("char_start") < pl.col("char_end"))


def one_of(values: list[str]) -> str:
    return "One of " + ", ".join(values) + "."


def interval_order(start: str, end: str):
    def check(data) -> pl.LazyFrame:
        return data.lazyframe.select(pl.col(start).is_null() | pl.col(end).is_null() | (pl.col(start) <= pl.col(end)))
    return check
