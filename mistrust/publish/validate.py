"""Validation before publishing: every table against its pandera model, then the cross-table rules:
offsets inside their document and reproducing the row's text, and the relations declared in `schemas`.

A build checks each batch's rows against their models once, when its parts are made (the result is cached with
them: `table_errors`), each table chunk by chunk as it is written (`TableCheck`: ids present and strictly
increasing across chunks, so unique; the model too on the actors table, which no batch holds) and the relations
on the written files (`reference_errors`, polars lazy queries that hold only the distinct values of a column)."""
from __future__ import annotations

import polars as pl
import pandera.polars as pa

import schemas


MAX_ERRORS = 50  # per table: enough to say what is wrong


def table_errors(name: str, df: pl.DataFrame) -> list[str]:
    errors = []
    try:
        schemas.MODELS[name].validate(df, lazy=True)
    except pa.errors.SchemaErrors as e:
        fc = e.failure_cases
        for row in fc.select(["column", "check", "failure_case"]).unique(maintain_order=True).head(MAX_ERRORS).iter_rows():
            errors.append(f"{name}.{row[0]}: fails {row[1]} (value {str(row[2])[:80]!r})")
    except pa.errors.SchemaError as e:
        errors.append(f"{name}: {e}")
    return errors


def schema_errors(tables: dict[str, pl.DataFrame]) -> list[str]:
    errors: list[str] = []
    for name in schemas.MODELS:
        errors += table_errors(name, tables[name]) if name in tables else [f"{name}: table missing"]
    return errors


class TableCheck:
    """One table checked chunk by chunk, in id order: each id present and greater than the one before it (within
    and across chunks), which makes the ids unique; with `model`, its pandera model on each chunk too. A table
    assembled from batches' parts has its model's errors from the batches (`add`): the rows are the same."""

    def __init__(self, name: str, model: bool = True):
        self.name, self.id_col, self.model = name, schemas.ID_COLUMNS[name], model
        self.last = None
        self.errors: list[str] = []

    def add(self, errors: list[str]) -> None:
        self.errors += [e for e in errors if e not in self.errors][:MAX_ERRORS - len(self.errors)]

    def __call__(self, chunk: pl.DataFrame) -> None:
        if len(self.errors) >= MAX_ERRORS:
            return
        if self.model:
            self.add(table_errors(self.name, chunk))
        ids = chunk[self.id_col]
        if ids.null_count():
            self.add([f"{self.name}.{self.id_col}: {ids.null_count()} rows without an id"])
            ids = ids.drop_nulls()
        if self.last is not None:
            ids = pl.concat([pl.Series(self.id_col, [self.last], ids.dtype), ids])
        before, after = ids.slice(0, max(len(ids) - 1, 0)), ids.slice(1)
        for prev, value in zip(before.filter(after <= before), after.filter(after <= before)):
            what = "is not unique" if prev == value else f"comes after {prev!r}: rows are not sorted by id"
            self.errors.append(f"{self.name}.{self.id_col}: {value!r} {what}")
            if len(self.errors) >= MAX_ERRORS:
                break
        if len(ids):
            self.last = ids[-1]


def span_errors(tables: dict[str, pl.DataFrame], texts: dict[str, str]) -> list[str]:
    """Every spanned row's offsets lie inside its document and reproduce its text."""
    errors: list[str] = []
    for name, col in schemas.SPANNED.items():
        id_col = schemas.ID_COLUMNS[name]
        for rid, doc, start, end, value in tables[name].select([id_col, "doc_id", "char_start", "char_end", col]).iter_rows():
            text = texts.get(doc)
            if text is None:
                continue  # an unknown doc_id is a reference error
            if not (0 <= start < end <= len(text)):
                errors.append(f"{name} {rid}: offsets {start}..{end} outside the document (length {len(text)})")
            elif text[start:end] != value:
                errors.append(f"{name} {rid}: text[{start}:{end}] does not reproduce {col}")
    return errors


def reference_errors(tables: dict[str, pl.DataFrame | pl.LazyFrame]) -> list[str]:
    """Every declared relation holds: each non-null value names a row of the table it refers to. Holds only the
    column's distinct values and those of them found, never a table."""
    errors: list[str] = []
    for rel in schemas.RELATIONS:
        values = tables[rel.table].lazy().select(pl.col(rel.column)).drop_nulls().unique() \
            .collect(engine="streaming").to_series()
        found = tables[rel.ref_table].lazy().select(pl.col(rel.ref_column)) \
            .filter(pl.col(rel.ref_column).is_in(values.implode())).collect(engine="streaming").to_series()
        for v in values.filter(~values.is_in(found.implode())).sort().head(MAX_ERRORS):
            errors.append(f"{rel.table}.{rel.column}: {v!r} is not a {rel.ref_table}.{rel.ref_column}")
    return errors


def validate(tables: dict[str, pl.DataFrame], texts: dict[str, str]) -> list[str]:
    """Tables held in memory (a few documents: tests, benchmarks): schema errors first; then the spans, against
    `texts`, and the relations."""
    errors = schema_errors(tables)
    if errors:
        return errors
    return span_errors(tables, texts) + reference_errors(tables)
