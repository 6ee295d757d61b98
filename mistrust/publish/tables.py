"""From per-document rows to the published tables: typed, ordered as the schemas, sorted by id.

Rows become columnar frames one batch at a time (`batch_tables`), so a large
build never holds every row as a Python dict; `combine` then concatenates the
batches and derives the actors table.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

import polars as pl
from pandera.engines import polars_engine

import schemas
from .. import faults
from ..types import ActorInfo, DocResult, slug

ROW_TABLES = ("documents", "quotes", "figures", "events")


def polars_schema(table: str) -> dict[str, pl.DataType]:
    cols = schemas.MODELS[table].to_schema().columns
    return {name: polars_engine.Engine.dtype(col.dtype).type for name, col in cols.items()}


def frame(table: str, rows: list[dict]) -> pl.DataFrame:
    schema = polars_schema(table)
    df = pl.DataFrame(rows, schema=schema, orient="row") if rows else pl.DataFrame(schema=schema)
    return df.select(list(schema))


@dataclass
class BatchTables:
    """One batch of documents as frames, with what the actors table and the changelog need."""
    frames: dict[str, pl.DataFrame]
    surfaces: dict[str, Counter] = field(default_factory=dict)  # actor → surface form counts
    documents: Counter = field(default_factory=Counter)  # actor → documents naming it
    actors: dict[str, ActorInfo] = field(default_factory=dict)
    errors: list[str] = field(default_factory=list)  # spans that do not reproduce their text
    warnings: list[str] = field(default_factory=list)


def batch_tables(results: list[DocResult]) -> BatchTables:
    batch = BatchTables({
        "documents": frame("documents", [r.document for r in results]),
        "quotes": frame("quotes", [row for r in results for row in r.quotes]),
        "figures": frame("figures", [row for r in results for row in r.figures]),
        "events": frame("events", [row for r in results for row in r.events]),
    })
    for r in results:
        for name, c in r.mentions.items():
            batch.surfaces.setdefault(name, Counter()).update(c)
            batch.documents[name] += 1
        batch.actors.update(r.actors)
        batch.warnings.extend(r.warnings)
    return batch


def actors_rows(batches: list[BatchTables]) -> list[dict]:
    surfaces: dict[str, Counter] = {}
    docs: Counter = Counter()
    info: dict[str, ActorInfo] = {}
    for b in batches:
        for name, c in b.surfaces.items():
            surfaces.setdefault(name, Counter()).update(c)
        docs.update(b.documents)
        info.update(b.actors)
    return [{
        "actor_id": slug(name), "name": name, "actor_type": info[name].actor_type, "aliases": sorted(c),
        "wikidata_id": info[name].wikidata_id,
        "n_mentions": sum(c.values()), "n_documents": docs[name],
    } for name, c in surfaces.items()]


def combine(batches: list[BatchTables]) -> dict[str, pl.DataFrame]:
    tables = {t: pl.concat([b.frames[t] for b in batches]) if batches else frame(t, [])
              for t in ROW_TABLES}
    tables["actors"] = frame("actors", actors_rows(batches))
    broken = faults.invalid_table()
    if broken in tables:  # test-only: a table its schema must refuse
        tables[broken] = tables[broken].with_columns(pl.lit(None, tables[broken].schema[schemas.ID_COLUMNS[broken]])
                                                     .alias(schemas.ID_COLUMNS[broken]))
    return {t: df.sort(schemas.ID_COLUMNS[t]) for t, df in tables.items()}


def build_tables(results: list[DocResult]) -> dict[str, pl.DataFrame]:
    return combine([batch_tables(results)])
