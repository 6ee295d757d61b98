"""From per-document rows to the published tables: typed, ordered as the schemas, sorted by id, and written
without ever holding a whole table.

A worker turns its batch's rows into frames (`batch_frames`) and writes them as parts, Arrow IPC files in the
build's scratch folder (`write_parts`); the build keeps only their paths and the small per-batch counts the
actors table needs, and what the tables' models find wrong with the batch's rows (checked once, when the parts
are made, and cached with them). `assemble` then streams each table from its parts into Parquet and CSV,
checking the ids of every chunk on the way (`validate.TableCheck`).

Order: every row id starts with `<doc_id>:` and no doc_id holds a `:`, so the ids of one document sort
together, in the order of `doc_order`. Batches hold their documents in that order and each part is sorted
by id, so the parts read one after another are the table sorted by id. Only the documents table (one small
row per document) is sorted when assembled.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Iterator

import polars as pl
import pyarrow as pa
import pyarrow.ipc as ipc
import pyarrow.parquet as pq
from pandera.engines import polars_engine

import schemas
from .. import faults
from ..types import ActorInfo, DocResult, slug
from .validate import TableCheck, reference_errors

ROW_TABLES = ("documents", "quotes", "figures", "events")
# pyarrow's default row group (1024 * 1024 rows): the layout of every release so far, so the same rows give the
# same bytes. Tables stream in chunks of CHUNK rows, a multiple of pyarrow's write batch (1024 rows), which
# keeps the Parquet pages byte-identical to a one-shot write.
ROW_GROUP = 1024 * 1024
CHUNK = 16 * 1024


def doc_order(doc_id: str) -> str:
    """The order documents are batched in: that of their rows' ids, `<doc_id>:…`."""
    return f"{doc_id}:"


def polars_schema(table: str) -> dict[str, pl.DataType]:
    cols = schemas.MODELS[table].to_schema().columns
    return {name: polars_engine.Engine.dtype(col.dtype).type for name, col in cols.items()}


def frame(table: str, rows: list[dict]) -> pl.DataFrame:
    schema = polars_schema(table)
    df = pl.DataFrame(rows, schema=schema, orient="row") if rows else pl.DataFrame(schema=schema)
    return df.select(list(schema))


def batch_frames(results: list[DocResult]) -> dict[str, pl.DataFrame]:
    """One batch's rows as frames, each sorted by its id."""
    frames = {
        "documents": frame("documents", [r.document for r in results]),
        "quotes": frame("quotes", [row for r in results for row in r.quotes]),
        "figures": frame("figures", [row for r in results for row in r.figures]),
        "events": frame("events", [row for r in results for row in r.events]),
    }
    return {t: df.sort(schemas.ID_COLUMNS[t]) for t, df in frames.items()}


@dataclass
class BatchTables:
    """One batch of documents written as parts, with what the actors table and the changelog need."""
    parts: dict[str, str]  # table → its part, an Arrow IPC file
    rows: dict[str, int]  # table → rows in its part
    surfaces: dict[str, Counter] = field(default_factory=dict)  # actor → surface form counts
    documents: Counter = field(default_factory=Counter)  # actor → documents naming it
    actors: dict[str, ActorInfo] = field(default_factory=dict)
    errors: list[str] = field(default_factory=list)  # spans that do not reproduce their text
    schema_errors: dict[str, list[str]] = field(default_factory=dict)  # table → what its model refuses in the part
    warnings: list[str] = field(default_factory=list)


def summarise(results: list[DocResult]) -> BatchTables:
    """What the actors table and the changelog need of a batch (its parts are added by `write_parts`)."""
    batch = BatchTables({}, {})
    for r in results:
        for actor, c in r.mentions.items():
            batch.surfaces.setdefault(actor, Counter()).update(c)
            batch.documents[actor] += 1
        batch.actors.update(r.actors)
        batch.warnings.extend(r.warnings)
    return batch


def write_parts(frames: dict[str, pl.DataFrame], batch: BatchTables, folder: Path, name: str) -> BatchTables:
    folder.mkdir(parents=True, exist_ok=True)
    for t, df in frames.items():
        batch.parts[t] = str(folder / f"{name}.{t}.arrow")
        batch.rows[t] = df.height
        df.write_ipc(batch.parts[t], compression="zstd")
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


def _read_parts(paths: Iterable[str]) -> Iterator[pl.DataFrame]:
    for p in paths:
        yield pl.read_ipc(p)


def rechunk(frames: Iterable[pl.DataFrame], rows: int = CHUNK) -> Iterator[pl.DataFrame]:
    """The rows of consecutive frames in pieces of exactly `rows` rows (the last may be shorter)."""
    pending: list[pl.DataFrame] = []
    n = 0
    for df in frames:
        while df.height:
            take = df.head(rows - n)
            df = df.slice(take.height)
            pending.append(take)
            n += take.height
            if n == rows:
                yield pl.concat(pending, rechunk=True)
                pending, n = [], 0
    if pending:
        yield pl.concat(pending, rechunk=True)


def table_chunks(table: str, batches: list[BatchTables]) -> Iterator[pl.DataFrame]:
    """A table sorted by id, in chunks of CHUNK rows, read from the batches' parts."""
    if table == "actors":
        chunks = rechunk([frame("actors", actors_rows(batches)).sort("actor_id")])
    elif table == "documents":  # one row per document: sorted here (parts are in doc_order)
        docs = [pl.read_ipc(b.parts[table]) for b in batches]
        chunks = rechunk([pl.concat(docs).sort("doc_id") if docs else frame(table, [])])
    else:
        chunks = rechunk(_read_parts(b.parts[table] for b in batches))
    if faults.invalid_table() != table:
        return chunks
    id_col = schemas.ID_COLUMNS[table]  # test-only: a table its schema must refuse
    return (c.with_columns(pl.lit(None, c.schema[id_col]).alias(id_col)) for c in chunks)


def csv_frame(df: pl.DataFrame) -> pl.DataFrame:
    """List columns become `;`-separated strings in CSV."""
    return df.with_columns([pl.col(c).list.join(";") for c, t in df.schema.items() if isinstance(t, pl.List)])


def write_table(table: str, chunks: Iterable[pl.DataFrame], folder: Path, check=None) -> int:
    """Write `<table>.parquet` and `<table>.csv` into `folder` from the sorted table's chunks (CHUNK rows each, the
    last may be shorter), calling `check` on each; returns the rows. A row group is spilled to an Arrow IPC file
    and written from its memory map, so no whole row group is held in memory; the bytes are those of a one-shot
    write of the whole table."""
    schema = frame(table, []).to_arrow().schema
    spill = folder / f".{table}.rowgroup.arrow"
    rows = in_group = 0
    group = None
    with pq.ParquetWriter(folder / f"{table}.parquet", schema, compression="zstd") as pw, \
            (folder / f"{table}.csv").open("xb") as fh:  # a new file: never written through a link
        for chunk in chunks:
            if check is not None:
                check(chunk)
            csv_frame(chunk).write_csv(fh, include_header=rows == 0, null_value="", date_format="%Y-%m-%d")
            if group is None:
                group = ipc.new_file(spill, schema)
            group.write_table(chunk.to_arrow())
            rows += chunk.height
            in_group += chunk.height
            if in_group == ROW_GROUP:
                _write_group(group, spill, pw)
                group, in_group = None, 0
        if group is not None:
            _write_group(group, spill, pw)
        if rows == 0:  # a header, and one empty row group, as a one-shot write of an empty table gives
            csv_frame(frame(table, [])).write_csv(fh, include_header=True)
            pw.write_table(frame(table, []).to_arrow())
    return rows


def _write_group(group: ipc.RecordBatchFileWriter, spill: Path, pw: pq.ParquetWriter) -> None:
    group.close()
    with pa.memory_map(str(spill)) as source:
        pw.write_table(ipc.open_file(source).read_all())
    spill.unlink()


def assemble(batches: list[BatchTables], folder: Path) -> tuple[dict[str, int], list[str]]:
    """Write every table into `folder`, sorted, as Parquet and CSV, checking the ids of each chunk as it goes by
    (and the actors table against its model; the other tables' rows were checked batch by batch). Returns the row
    counts and the errors: the schema's, or when there are none, the spans the workers found wrong and the
    relations between the written tables."""
    folder.mkdir(parents=True, exist_ok=True)
    counts, errors = {}, []
    for table in schemas.MODELS:
        check = TableCheck(table, model=table not in ROW_TABLES)
        for b in batches:
            check.add(b.schema_errors.get(table, []))
        counts[table] = write_table(table, table_chunks(table, batches), folder, check)
        errors += check.errors
    if errors:
        return counts, errors
    written = {t: pl.scan_parquet(folder / f"{t}.parquet") for t in schemas.MODELS}
    return counts, [e for b in batches for e in b.errors] + reference_errors(written)


def build_tables(results: list[DocResult]) -> dict[str, pl.DataFrame]:
    """The tables of a few documents in memory (tests, benchmarks): what `assemble` writes for them."""
    frames = batch_frames(results)
    tables = {t: frames[t] for t in ROW_TABLES}
    tables["actors"] = frame("actors", actors_rows([summarise(results)]))
    return {t: df.sort(schemas.ID_COLUMNS[t]) for t, df in tables.items()}
