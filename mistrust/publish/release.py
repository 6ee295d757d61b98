"""Publishing an immutable, versioned release (SPEC §3).

A release is written into a hidden staging folder, then renamed into place;
`LATEST` moves last, by atomic replace. A fingerprint of the tables, the
schema and the metadata decides the version bump: MAJOR when a column that
consumers rely on is removed or retyped, MINOR when rows change (or columns
are added), PATCH when only metadata changes, nothing when nothing changed.
"""
from __future__ import annotations

import fcntl
import hashlib
import json
import os
import re
import shutil
import sys
import time
from contextlib import contextmanager
from datetime import datetime, timezone
from pathlib import Path

import polars as pl
import pyarrow.parquet as pq

import schemas
from .. import faults
from ..types import Reject
from . import dictionary, page
from . import tables as tables_
from ..versions import extractor_version
from .changelog import changelog as _changelog, diff as _diff
from .release_state import BuildLocked, Published, latest, record_inputs, write_atomic

TABLES = tuple(schemas.MODELS)
STAGING_PREFIX = ".staging-"
# The files of a release; part of its metadata, so a change of layout is a new (PATCH) release.
RELEASE_FILES = sorted([f"{t}.{ext}" for t in TABLES for ext in ("csv", "parquet")]
                       + ["CHANGELOG.md", "DATA_DICTIONARY.md", "SHA256SUMS", "datapackage.json", "index.html"])


def sha256_file(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def write_table(df: pl.DataFrame, folder: Path, name: str) -> None:
    """A table held in memory, written as `tables.assemble` writes a build's."""
    tables_.write_table(name, tables_.rechunk([df]), folder)


READ_ONLY = 0o444


def link_unchanged(stage: Path, prev_dir: Path | None, sums: dict[str, str]) -> list[str]:
    """Replace each staged file whose bytes equal the previous release's file of the same name by a hard link
    to that file: a release costs only the disk of what changed. Equal means the same size and the same sha256
    (the staged file's hash in `sums`, the previous file's in its SHA256SUMS). The staged file is replaced by
    unlink + link of a temporary name, renamed over it: nothing is ever written through a link, and released
    files are read-only. Returns the linked names."""
    if prev_dir is None or not (prev_dir / "SHA256SUMS").exists():
        return []
    old = dict(reversed(line.split("  ", 1)) for line in (prev_dir / "SHA256SUMS").read_text().splitlines() if line)
    linked = []
    for name, digest in sorted(sums.items()):
        src, dst = prev_dir / name, stage / name
        if old.get(name) != digest or not src.is_file() or src.is_symlink() \
                or src.stat().st_size != dst.stat().st_size:
            continue
        if src.stat().st_mode & 0o777 != READ_ONLY:
            os.chmod(src, READ_ONLY)  # releases written before files were read-only
        tmp = stage / f".{name}.link"
        os.link(src, tmp)
        os.replace(tmp, dst)
        linked.append(name)
    return linked


def make_read_only(folder: Path) -> None:
    for p in folder.iterdir():
        if p.is_file() and p.stat().st_mode & 0o777 != READ_ONLY:
            os.chmod(p, READ_ONLY)


def prune(output: Path, keep: int | None) -> list[str]:
    """Remove the oldest releases beyond the newest `keep`, never LATEST's release. Called under the output
    lock after LATEST moved, so no build is linking from a release meanwhile. Returns the removed versions."""
    if not keep:
        return []
    current = latest(output)
    versions = sorted((p.name for p in output.iterdir() if p.is_dir() and re.fullmatch(r"\d+\.\d+\.\d+", p.name)),
                      key=lambda v: tuple(map(int, v.split("."))))
    doomed = [v for v in versions[:max(len(versions) - keep, 0)] if v != current]
    for v in doomed:
        # first out of sight (a reader never sees a half-removed release), then removed
        gone = output / f"{STAGING_PREFIX}removed-{v}"
        os.rename(output / v, gone)
        shutil.rmtree(gone)
    if doomed:
        _fsync_dir(output)
        write_atomic(output / "index.html", page.releases_index(output, current))
    return doomed


def _fsync_tree(folder: Path) -> None:
    for p in sorted(folder.iterdir()):
        with p.open("rb") as fh:
            os.fsync(fh.fileno())
    _fsync_dir(folder)


def _fsync_dir(folder: Path) -> None:
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


@contextmanager
def output_lock(output: Path, timeout: float):
    """One build at a time per output folder; a second one waits up to `timeout` seconds."""
    output.mkdir(parents=True, exist_ok=True)
    fh = (output / ".lock").open("a+")
    deadline = time.monotonic() + timeout
    waiting = False
    while True:
        try:
            fcntl.flock(fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
            break
        except BlockingIOError:
            if not waiting:
                print(f"waiting up to {timeout:.0f} s for another build to release {output / '.lock'}",
                      file=sys.stderr, flush=True)
                waiting = True
            if time.monotonic() >= deadline:
                fh.close()
                raise BuildLocked(f"another build is publishing into {output} (lock {output / '.lock'}); "
                                  f"gave up after {timeout:.0f} s") from None
            time.sleep(0.2)
    try:
        yield
    finally:
        fcntl.flock(fh, fcntl.LOCK_UN)
        fh.close()


def _bump(version: str | None, kind: str) -> str:
    if version is None:
        return "1.0.0"
    major, minor, patch = map(int, version.split("."))
    return {"major": f"{major + 1}.0.0", "minor": f"{major}.{minor + 1}.0", "patch": f"{major}.{minor}.{patch + 1}"}[kind]


def _decide(prev: dict | None, fp: dict) -> str | None:
    if prev is None:
        return "major"
    old = prev.get("fingerprint", {})
    old_sig, new_sig = old.get("schema", {}), fp["schema"]
    for table, cols in old_sig.items():
        for col, (typ, required) in cols.items():
            new = new_sig.get(table, {}).get(col)
            if new is None or new[0] != typ or (required and not new[1]):
                return "major"
    if old.get("tables") != fp["tables"] or old_sig != new_sig:
        return "minor"
    if old.get("metadata") != fp["metadata"]:
        return "patch"
    return None


def _created() -> str:
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    now = datetime.fromtimestamp(int(epoch), timezone.utc) if epoch else datetime.now(timezone.utc)
    return now.replace(microsecond=0).isoformat().replace("+00:00", "Z")


def recover(output: Path) -> None:
    """Finish what a killed build left: remove its staging folders, and move LATEST (and the releases page) to a
    release it renamed into place but did not announce. A renamed release is whole: its files and SHA256SUMS
    were synced before the rename."""
    for stale in output.glob(f"{STAGING_PREFIX}*"):
        shutil.rmtree(stale, ignore_errors=True)
    versions = [p.name for p in output.iterdir() if p.is_dir() and re.fullmatch(r"\d+\.\d+\.\d+", p.name)]
    newest = max(versions, key=lambda v: tuple(map(int, v.split("."))), default=None)
    if newest and newest != latest(output) and (output / newest / "SHA256SUMS").exists():
        write_atomic(output / "LATEST", newest + "\n")
        _fsync_dir(output)
        write_atomic(output / "index.html", page.releases_index(output, newest))


def publish(tables: dict[str, pl.DataFrame] | Path, output: Path, rejects: list[Reject], warnings: list[str],
            lock_timeout: float = 600.0, inputs: str | None = None, keep: int | None = None) -> Published:
    """Write a new release if anything changed; returns what was published. `tables`: frames, or a folder
    holding every table's Parquet and CSV as `tables.assemble` writes them (its files are moved into the
    release). Everything after reads the staged files, never a whole table. Files equal to the previous
    release's are hard links to them; with `keep`, only the newest `keep` releases remain afterwards."""
    with output_lock(output, lock_timeout):
        recover(output)
        previous = latest(output)
        prev_dir = output / previous if previous else None
        prev_pkg = json.loads((prev_dir / "datapackage.json").read_text()) if prev_dir else None
        stage = output / f"{STAGING_PREFIX}{os.getpid()}"
        stage.mkdir()
        try:
            for name in TABLES:
                if isinstance(tables, Path):
                    for ext in ("csv", "parquet"):
                        os.rename(tables / f"{name}.{ext}", stage / f"{name}.{ext}")
                else:
                    write_table(tables[name], stage, name)
            counts = {n: pq.ParquetFile(stage / f"{n}.parquet").metadata.num_rows for n in TABLES}
            sums = {f"{n}.{ext}": sha256_file(stage / f"{n}.{ext}") for n in TABLES for ext in ("csv", "parquet")}
            fp = _fingerprint(counts, sums, rejects)
            bump = _decide(prev_pkg, fp)
            fp["inputs"] = inputs  # recorded, not compared: equal tables from new inputs publish nothing
            fp["extractor"] = extractor_version()  # recorded, not compared: the changelog says whether it changed
            if bump is None:
                shutil.rmtree(stage)
                if inputs:  # the next build with these inputs stops before extracting
                    record_inputs(output, previous, inputs)
                prune(output, keep)
                return Published(None, None, None, previous)
            version = _bump(previous, bump)
            _write_metadata(stage, version, previous, bump, counts, sums, fp, rejects, warnings, prev_dir)
            final = _commit(stage, output, version, prev_dir, sums, inputs)
            prune(output, keep)
            return Published(version, final, bump, previous)
        finally:
            if stage.exists():
                shutil.rmtree(stage, ignore_errors=True)


def _fingerprint(counts: dict[str, int], sums: dict[str, str], rejects: list[Reject]) -> dict:
    """What decides whether a release is new and how big a change it is (see _decide)."""
    return {
        "tables": {n: sums[f"{n}.csv"] for n in TABLES},
        "schema": dictionary.schema_signature(),
        "metadata": hashlib.sha256(json.dumps({
            "dictionary": dictionary.markdown("", counts), "dataset": dictionary.DATASET,
            "rejects": [str(r) for r in rejects], "files": RELEASE_FILES,
            # same rows in other Parquet bytes (a library or setting changed): a PATCH release
            "parquet": [sums[f"{n}.parquet"] for n in TABLES]}, sort_keys=True).encode()).hexdigest(),
    }


def _write_metadata(stage: Path, version: str, previous: str | None, bump: str, counts: dict[str, int],
                    sums: dict[str, str], fp: dict, rejects: list[Reject], warnings: list[str],
                    prev_dir: Path | None) -> None:
    """The changelog, data dictionary, datapackage.json, release page and SHA256SUMS beside the staged tables,
    which are read as polars lazy scans."""
    created = _created()
    diffs = {n: _diff(prev_dir, n, stage / f"{n}.parquet") for n in TABLES}
    (stage / "CHANGELOG.md").write_text(
        _changelog(version, previous, bump, created, diffs, rejects, warnings, prev_dir,
                   documents=stage / "documents.parquet", extractor=fp["extractor"], counts=counts,
                   files=RELEASE_FILES, parquet_sums={n: sums[f"{n}.parquet"] for n in TABLES}))
    (stage / "DATA_DICTIONARY.md").write_text(dictionary.markdown(version, counts))
    pkg = {
        **dictionary.DATASET, "version": version, "created": created,
        "resources": [dictionary.resource(n, (stage / f"{n}.csv").stat().st_size, sums[f"{n}.csv"],
                                          (stage / f"{n}.parquet").stat().st_size, sums[f"{n}.parquet"])
                      for n in TABLES],
        "rejected": [{"path": r.path, "reason": r.reason} for r in rejects],
        "fingerprint": fp,
    }
    (stage / "datapackage.json").write_text(json.dumps(pkg, indent=2, ensure_ascii=False) + "\n")
    faults.kill_point("mid-staging")
    listed = [(p.name, p.stat().st_size, sha256_file(p)) for p in sorted(stage.iterdir())]
    scans = {n: pl.scan_parquet(stage / f"{n}.parquet") for n in TABLES}
    (stage / "index.html").write_text(page.release_page(version, created, scans, listed, rejects))
    files = sorted(p.name for p in stage.iterdir())
    (stage / "SHA256SUMS").write_text("".join(f"{sha256_file(stage / f)}  {f}\n" for f in files))


def _commit(stage: Path, output: Path, version: str, prev_dir: Path | None, sums: dict[str, str],
            inputs: str | None) -> Path:
    """Make the staged release durable and visible: rename it into place, then move LATEST (last)."""
    link_unchanged(stage, prev_dir, sums)
    make_read_only(stage)
    _fsync_tree(stage)
    final = output / version
    if final.exists():
        raise RuntimeError(f"release {final} already exists; releases are immutable")
    faults.kill_point("before-rename")
    os.rename(stage, final)
    _fsync_dir(output)
    faults.kill_point("after-rename")
    if inputs:
        record_inputs(output, version, inputs)
    faults.kill_point("before-latest")
    write_atomic(output / "LATEST", version + "\n")
    _fsync_dir(output)
    write_atomic(output / "index.html", page.releases_index(output, version))
    return final
