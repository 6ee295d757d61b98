"""Validation before publishing: every table against its pandera model, then the cross-table rules:
offsets inside their document and reproducing the row's text, and the relations declared in `schemas`."""
from __future__ import annotations

import polars as pl
import pandera.polars as pa

import schemas


def schema_errors(tables: dict[str, pl.DataFrame]) -> list[str]:
    errors: list[str] = []
    for name, model in schemas.MODELS.items():
        if name not in tables:
            errors.append(f"{name}: table missing")
            continue
        try:
            model.validate(tables[name], lazy=True)
        except pa.errors.SchemaErrors as e:
            fc = e.failure_cases
            for row in fc.select(["column", "check", "failure_case"]).unique(maintain_order=True).head(50).iter_rows():
                errors.append(f"{name}.{row[0]}: fails {row[1]} (value {str(row[2])[:80]!r})")
        except pa.errors.SchemaError as e:
            errors.append(f"{name}: {e}")
    return errors


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


def reference_errors(tables: dict[str, pl.DataFrame]) -> list[str]:
    """Every declared relation holds: each non-null value names a row of the table it refers to."""
    errors: list[str] = []
    for rel in schemas.RELATIONS:
        known = tables[rel.ref_table].select(rel.ref_column)
        values = tables[rel.table].select(pl.col(rel.column).alias(rel.ref_column)).drop_nulls().unique()
        for v in values.join(known, on=rel.ref_column, how="anti").sort(rel.ref_column).head(50).to_series():
            errors.append(f"{rel.table}.{rel.column}: {v!r} is not a {rel.ref_table}.{rel.ref_column}")
    return errors


def validate(tables: dict[str, pl.DataFrame], texts: dict[str, str] | None = None,
             span_problems: list[str] = ()) -> list[str]:
    """Schema errors first; then the spans (against `texts`, or as already checked where the texts
    were: `span_problems`) and the relations."""
    errors = schema_errors(tables)
    if errors:
        return errors
    spans = span_errors(tables, texts) if texts is not None else list(span_problems)
    return spans + reference_errors(tables)
