"""A release's CHANGELOG.md: per table, how many rows were added, removed and changed, and why.

Why comes from comparing the new tables with the previous release's files: the
documents table holds every document's raw-file SHA-256 and its metadata, so a
row change is traced to its document (new, removed, text changed, metadata
changed) or, when no document changed, to the extractor version recorded in
the datapackage.json fingerprint. A PATCH release names which metadata
changed: the data dictionary's text, the dataset description, the rejected
inputs, the list of files, or the Parquet bytes of unchanged rows.

Both releases' tables are sorted by id, so they are compared by a merge that reads both files in step,
a window of rows at a time: memory holds two windows, the first ids of each kind of change, a sample,
and one count per changed document.
"""
from __future__ import annotations

import json
from pathlib import Path
from typing import Iterator

import polars as pl
import pyarrow.parquet as pq

import schemas
from ..types import META_KEYS, Reject
from . import dictionary

MAX_IDS = 20  # ids listed per table and kind of change
MAX_DOCS = 30  # documents listed with their reason
SAMPLE = 5  # changed rows shown old → new per table
CELL = 80  # characters of a value shown in a sample

WINDOW = 16 * 1024  # rows read from each file at a time


def _read(path: Path, columns: list[str]) -> Iterator[pl.DataFrame]:
    # polars streams the file in pieces of WINDOW rows (memory bounded) and decodes it several times faster
    # than pyarrow's batches turned into frames
    yield from pl.scan_parquet(path).select(columns).collect_batches(chunk_size=WINDOW)


def _refill(reader: Iterator[pl.DataFrame], buf: pl.DataFrame | None) -> pl.DataFrame | None:
    while buf is not None and buf.is_empty():
        buf = next(reader, None)
    return buf


def windows(new: Path, old: Path, key: str, columns: list[str]) -> Iterator[tuple[pl.DataFrame, pl.DataFrame]]:
    """Two files sorted by `key`, read in step: pairs of windows that hold the same range of keys."""
    readers = [_read(new, columns), _read(old, columns)]
    empty = [pl.DataFrame(schema=pl.scan_parquet(p).select(columns).collect_schema()) for p in (new, old)]
    bufs: list[pl.DataFrame | None] = [e.clear() for e in empty]  # None: that file is read to its end
    while True:
        bufs = [_refill(r, b) for r, b in zip(readers, bufs)]
        live = [b for b in bufs if b is not None]
        if not live:
            return
        limit = min(b[key][-1] for b in live)  # every key up to this one is in the buffers now
        wins = [e if b is None else b.filter(pl.col(key) <= limit) for b, e in zip(bufs, empty)]
        bufs = [None if b is None else b.slice(w.height) for b, w in zip(bufs, wins)]
        yield wins[0], wins[1]


def diff(prev_dir: Path | None, table: str, new: Path) -> dict:
    """Rows added, removed and changed against the previous release: their counts, the first MAX_IDS ids of
    each, a sample of the changes, and per document its counts. `new` is the new table's Parquet file."""
    key = schemas.ID_COLUMNS[table]
    rows = pq.ParquetFile(new).metadata.num_rows
    out = {"rows": rows, "added": 0, "removed": 0, "changed": 0, "sample": [], "docs": {},
           "added_ids": [], "removed_ids": [], "changed_ids": []}
    old = prev_dir / f"{table}.parquet" if prev_dir is not None else None
    if old is None or not old.exists():
        out["added"] = rows
        out["added_ids"] = pl.scan_parquet(new).select(key).head(MAX_IDS).collect()[key].to_list()
        return out
    new_schema, old_schema = pq.read_schema(new), pq.read_schema(old)
    common = [c for c in new_schema.names if c in old_schema.names and c != key
              and new_schema.field(c).type == old_schema.field(c).type]
    by_doc = "doc_id" in new_schema.names and "doc_id" in old_schema.names
    for new_w, old_w in windows(new, old, key, [key, *common]):
        added = new_w.join(old_w.select(key), on=key, how="anti", maintain_order="left")
        removed = old_w.join(new_w.select(key), on=key, how="anti", maintain_order="left")
        both = new_w.join(old_w, on=key, how="inner", suffix="__old", maintain_order="left")
        differs = [pl.col(c).ne_missing(pl.col(f"{c}__old")) for c in common]
        changed = both.filter(pl.any_horizontal(differs)) if differs else both.clear()
        for row in changed.head(SAMPLE - len(out["sample"])).iter_rows(named=True):
            out["sample"].append((row[key], [(c, row[f"{c}__old"], row[c]) for c in common if row[c] != row[f"{c}__old"]]))
        for what, df in (("added", added), ("removed", removed), ("changed", changed)):
            out[what] += df.height
            out[f"{what}_ids"] += df[key].head(MAX_IDS - len(out[f"{what}_ids"])).to_list()
            if by_doc:
                for doc, n in df.group_by("doc_id").len().iter_rows():
                    counts = out["docs"].setdefault(doc, {})
                    counts[what] = counts.get(what, 0) + n
    return out


def _short(v) -> str:
    if v is None:
        return "null"
    s = json.dumps(v, ensure_ascii=False) if isinstance(v, (list, str)) else str(v)
    s = s.replace("`", "'").replace("\n", " ")
    return s if len(s) <= CELL else s[:CELL - 1] + "…"


def _pair(old, new) -> str:
    """`old` → `new`; long texts are cut to a window around their first difference."""
    if isinstance(old, str) and isinstance(new, str) and max(len(old), len(new)) > CELL:
        at = next((i for i, (a, b) in enumerate(zip(old, new)) if a != b), min(len(old), len(new)))
        start = max(0, at - 20)
        old, new = (("…" if start else "") + v[start:] for v in (old, new))
    return f"`{_short(old)}` → `{_short(new)}`"


def _ids(ids: list, n: int) -> str:
    """The first ids of `n`."""
    return ", ".join(f"`{i}`" for i in ids[:MAX_IDS]) + (f" and {n - MAX_IDS} more" if n > MAX_IDS else "")


def document_reasons(prev_dir: Path | None, documents: Path) -> dict[str, str]:
    """doc_id → why its input differs from the previous release's (only documents whose input changed).
    `documents`: the new documents table's Parquet file; both are read in step, a window at a time."""
    old_path = prev_dir / "documents.parquet" if prev_dir is not None else None
    if old_path is None or not old_path.exists():
        return {}
    names = set(pq.read_schema(documents).names) & set(pq.read_schema(old_path).names)
    meta = [c for c in META_KEYS if c in names]
    out = {}
    for new_w, old_w in windows(documents, old_path, "doc_id", ["doc_id", "sha256", *meta]):
        both = new_w.join(old_w, on="doc_id", how="full", coalesce=True, suffix="__old", maintain_order="left")
        for r in both.sort("doc_id").iter_rows(named=True):
            doc = r["doc_id"]
            if r["sha256__old"] is None:
                out[doc] = "new document"
            elif r["sha256"] is None:
                out[doc] = "document removed"
            else:
                why = ["input text changed"] if r["sha256"] != r["sha256__old"] else []
                changed = [c for c in meta if r[c] != r[f"{c}__old"]]
                if changed:
                    why.append("metadata changed (" + ", ".join(changed) + ")")
                if why:
                    out[doc] = "; ".join(why)
    return out


def metadata_changes(prev_dir: Path | None, prev_pkg: dict | None, counts: dict[str, int], rejects: list[Reject],
                     files: list[str], parquet_sums: dict[str, str]) -> list[str]:
    """Which parts of a release's metadata differ from the previous release's."""
    if prev_dir is None or prev_pkg is None:
        return []
    out = []
    prev_dict = prev_dir / "DATA_DICTIONARY.md"
    if prev_dict.exists() and prev_dict.read_text() != dictionary.markdown(prev_pkg.get("version", ""), counts):
        out.append("the data dictionary's text (column descriptions, types or conventions)")
    if any(prev_pkg.get(k) != v for k, v in dictionary.DATASET.items()):
        out.append("the dataset's title, description or licence")
    old_rejects = {(r["path"], r["reason"]) for r in prev_pkg.get("rejected", [])}
    new_rejects = {(r.path, r.reason) for r in rejects}
    if old_rejects != new_rejects:
        gone, came = sorted(old_rejects - new_rejects), sorted(new_rejects - old_rejects)
        out.append("the rejected inputs (" + "; ".join([f"now rejected `{p}`" for p, _ in came]
                                                      + [f"no longer rejected `{p}`" for p, _ in gone]) + ")")
    sums = prev_dir / "SHA256SUMS"
    if sums.exists():
        old_files = sorted(line.split("  ", 1)[1] for line in sums.read_text().splitlines() if line)
        if old_files != sorted(files):
            came, gone = sorted(set(files) - set(old_files)), sorted(set(old_files) - set(files))
            out.append("the list of files (" + ", ".join([f"added `{f}`" for f in came]
                                                         + [f"removed `{f}`" for f in gone]) + ")")
    old_pq = {r["name"]: r.get("parquet", {}).get("hash", "") for r in prev_pkg.get("resources", [])}
    repacked = [t for t, h in parquet_sums.items() if old_pq.get(t) != f"sha256:{h}"]
    if repacked:
        out.append("the Parquet bytes of unchanged rows (" + ", ".join(f"`{t}.parquet`" for t in repacked)
                   + "; a library or writer setting changed)")
    return out


def changelog(version: str, previous: str | None, bump: str, created: str, diffs: dict, rejects: list[Reject],
              warnings: list[str], prev_dir: Path | None, *, documents: Path | None = None,
              extractor: str | None = None, counts: dict[str, int] | None = None, files: list[str] | None = None,
              parquet_sums: dict[str, str] | None = None) -> str:
    prev_pkg = None
    if prev_dir is not None and (prev_dir / "datapackage.json").exists():
        prev_pkg = json.loads((prev_dir / "datapackage.json").read_text())
    why = {"major": "a breaking schema change" if previous else "the first release",
           "minor": "rows or columns changed", "patch": "metadata changed, rows did not"}[bump]
    lines = [f"## {version} — {created[:10]}", "",
             f"Previous release: {previous or 'none'}. {bump.upper()} version: {why}.", "",
             "| table | rows | added | removed | changed |", "|---|---:|---:|---:|---:|"]
    for t, d in diffs.items():
        lines.append(f"| {t} | {d['rows']} | {d['added']} | {d['removed']} | {d['changed']} |")
    if previous:
        lines += _why(diffs, prev_dir, prev_pkg, documents, extractor)
        if any(d[w] for d in diffs.values() for w in ("added", "removed", "changed")):
            lines += ["", "### Rows", ""]
        for t, d in diffs.items():
            for what in ("added", "removed", "changed"):
                if d[what]:
                    lines.append(f"- {t} {what}: {_ids(d[f'{what}_ids'], d[what])}")
        samples = [(t, d) for t, d in diffs.items() if d.get("sample")]
        if samples:
            lines += ["", "### Sample of changed rows (old → new)", ""]
            for t, d in samples:
                for rid, cols in d["sample"]:
                    lines.append(f"- {t} `{rid}`: " + "; ".join(f"{c}: {_pair(o, n)}" for c, o, n in cols))
        if bump == "patch" and counts is not None:
            meta = metadata_changes(prev_dir, prev_pkg, counts, rejects, files or [], parquet_sums or {})
            lines += ["", "### Metadata changed", ""] + ([f"- {m}" for m in meta] or ["- (not identified)"])
    lines += ["", "### Rejected inputs", ""]
    lines += [f"- `{r.path}`: {r.reason}" for r in rejects] or ["None."]
    if warnings:
        lines += ["", "### Extraction warnings", ""] + [f"- {w}" for w in warnings[:200]]
        if len(warnings) > 200:
            lines.append(f"- … and {len(warnings) - 200} more")
    body = "\n".join(lines) + "\n"
    older = ""
    if prev_dir is not None and (prev_dir / "CHANGELOG.md").exists():
        older = (prev_dir / "CHANGELOG.md").read_text().split("\n", 2)[2] if previous else ""
    return "# Changelog\n\n" + body + ("\n" + older if older.strip() else "")


def _why(diffs: dict, prev_dir: Path | None, prev_pkg: dict | None, documents: Path | None,
         extractor: str | None) -> list[str]:
    """The 'Why' section: which documents changed and how, and whether the extractor did."""
    reasons = document_reasons(prev_dir, documents) if documents is not None else {}
    old_extractor = (prev_pkg or {}).get("fingerprint", {}).get("extractor")
    if extractor is None:
        ext = None
    elif old_extractor is None:
        ext = f"Extractor version `{extractor}` (the previous release did not record its own)."
    elif old_extractor != extractor:
        ext = f"Extractor version changed: `{old_extractor}` → `{extractor}` (extraction code or word lists)."
    else:
        ext = f"Extractor version unchanged (`{extractor}`)."
    touched: dict[str, list[str]] = {}  # doc_id → "events +1 -0 ~2"
    for t, d in diffs.items():
        for doc, n in d.get("docs", {}).items():
            touched.setdefault(doc, []).append(f"{t} +{n.get('added', 0)} −{n.get('removed', 0)} ~{n.get('changed', 0)}")
    if not reasons and not touched and not ext:
        return []
    lines = ["", "### Why", ""]
    if ext:
        lines.append(f"- {ext}")
    docs = sorted(reasons.keys() | touched.keys())
    for doc in docs[:MAX_DOCS]:
        if doc in reasons:
            cause = reasons[doc]
        elif old_extractor and extractor and old_extractor != extractor:
            cause = "same input; the extractor changed"
        elif extractor and not old_extractor:
            cause = "same input; the previous extractor version is unknown"
        else:
            cause = "same input and extractor version (a change in publishing or a library)"
        rows = f" — rows: {', '.join(touched[doc])}" if doc in touched else " — no row changed"
        lines.append(f"- `{doc}`: {cause}{rows}")
    if len(docs) > MAX_DOCS:
        lines.append(f"- … and {len(docs) - MAX_DOCS} more documents")
    return lines
