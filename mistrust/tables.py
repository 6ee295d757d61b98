"""From per-document rows to the published tables: typed, ordered as the schemas, sorted by id."""
from __future__ import annotations

from collections import Counter

import polars as pl
from pandera.engines import polars_engine

import schemas
from .actors import BY_NAME, actor_type, slug
from .extract import DocResult


def polars_schema(table: str) -> dict[str, pl.DataType]:
    cols = schemas.MODELS[table].to_schema().columns
    return {name: polars_engine.Engine.dtype(col.dtype).type for name, col in cols.items()}


def frame(table: str, rows: list[dict]) -> pl.DataFrame:
    schema = polars_schema(table)
    df = pl.DataFrame(rows, schema=schema, orient="row") if rows else pl.DataFrame(schema=schema)
    return df.select(list(schema)).sort(schemas.ID_COLUMNS[table])


def actors_rows(results: list[DocResult]) -> list[dict]:
    surfaces: dict[str, Counter] = {}
    docs: Counter = Counter()
    for r in results:
        for name, c in r.mentions.items():
            surfaces.setdefault(name, Counter()).update(c)
            docs[name] += 1
    rows = []
    for name, c in surfaces.items():
        known = BY_NAME.get(name)
        rows.append({
            "actor_id": slug(name), "name": name, "actor_type": actor_type(name),
            "aliases": sorted(c), "wikidata_id": known.wikidata_id if known else None,
            "n_mentions": sum(c.values()), "n_documents": docs[name],
        })
    return rows


def build_tables(results: list[DocResult]) -> dict[str, pl.DataFrame]:
    results = sorted(results, key=lambda r: r.doc_id)
    return {
        "documents": frame("documents", [r.document for r in results]),
        "quotes": frame("quotes", [row for r in results for row in r.quotes]),
        "figures": frame("figures", [row for r in results for row in r.figures]),
        "events": frame("events", [row for r in results for row in r.events]),
        "actors": frame("actors", actors_rows(results)),
    }
