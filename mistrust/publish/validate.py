"""Validation before publishing: every table against its pandera model, then the cross-table rules
(offsets inside their document and reproducing the row's text, known doc_ids, known actors)."""
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


def cross_table_errors(tables: dict[str, pl.DataFrame], texts: dict[str, str]) -> list[str]:
    errors: list[str] = []
    doc_ids = set(tables["documents"]["doc_id"].to_list())
    actors = set(tables["actors"]["name"].to_list())
    for name, col in schemas.SPANNED.items():
        df = tables[name]
        id_col = schemas.ID_COLUMNS[name]
        for rid, doc, start, end, value in df.select([id_col, "doc_id", "char_start", "char_end", col]).iter_rows():
            if doc not in doc_ids:
                errors.append(f"{name} {rid}: doc_id {doc!r} is not in documents")
                continue
            text = texts[doc]
            if not (0 <= start < end <= len(text)):
                errors.append(f"{name} {rid}: offsets {start}..{end} outside the document (length {len(text)})")
            elif text[start:end] != value:
                errors.append(f"{name} {rid}: text[{start}:{end}] does not reproduce {col}")
    for name, cols in (("quotes", ["speaker"]), ("events", ["actor_source", "actor_target"])):
        for c in cols:
            for v in tables[name][c].drop_nulls().unique().to_list():
                if v not in actors:
                    errors.append(f"{name}.{c}: {v!r} is not in the actors table")
    parents = set(tables["quotes"]["quote_id"].to_list())
    for p in tables["quotes"]["parent_quote_id"].drop_nulls().to_list():
        if p not in parents:
            errors.append(f"quotes.parent_quote_id: {p!r} is not a quote_id")
    return errors


def validate(tables: dict[str, pl.DataFrame], texts: dict[str, str]) -> list[str]:
    errors = schema_errors(tables)
    return errors or cross_table_errors(tables, texts)
