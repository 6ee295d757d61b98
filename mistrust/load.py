"""Loading a published release, checked against its checksums.

    from mistrust.load import load, versions
    events = load("events")                                  # the latest release in ./output
    quotes = load("quotes", version="1.2.0", root="output")  # a given release

`load` verifies the file's SHA-256 against the release's SHA256SUMS before
reading it, so a damaged or edited download is refused, never silently used.
"""
from __future__ import annotations

import hashlib
import json
import re
from pathlib import Path

import polars as pl

_VERSION = re.compile(r"\d+\.\d+\.\d+")
# The one map between Frictionless field types and polars types; mistrust.publish.dictionary imports it.
# `array` (a list column in Parquet) is a `;`-joined string in CSV, read here as a string.
FRICTIONLESS_TYPES = {"string": pl.Utf8, "integer": pl.Int64, "number": pl.Float64, "boolean": pl.Boolean,
                      "date": pl.Date}


class ReleaseError(ValueError):
    """The release, table or file asked for is missing or does not match its checksum."""


def versions(root: str | Path = "output") -> list[str]:
    """Every release in `root`, oldest first."""
    root = Path(root)
    found = [p.name for p in root.iterdir() if p.is_dir() and _VERSION.fullmatch(p.name)] if root.is_dir() else []
    return sorted(found, key=lambda v: tuple(map(int, v.split("."))))


def release_dir(version: str | None = None, root: str | Path = "output") -> Path:
    root = Path(root)
    if version is None:
        latest = root / "LATEST"
        if not latest.exists():
            raise ReleaseError(f"no release in {root} (no LATEST file)")
        version = latest.read_text().strip()
    folder = root / version
    if not (folder / "SHA256SUMS").exists():
        raise ReleaseError(f"release {version} not found in {root}; available: {', '.join(versions(root)) or 'none'}")
    return folder


def _check(folder: Path, name: str) -> Path:
    sums = dict(line.split("  ", 1)[::-1] for line in (folder / "SHA256SUMS").read_text().splitlines() if line)
    if name not in sums:
        raise ReleaseError(f"{name} is not part of release {folder.name}")
    path = folder / name
    digest = hashlib.sha256(path.read_bytes()).hexdigest() if path.exists() else None
    if digest != sums[name]:
        raise ReleaseError(f"{path} does not match SHA256SUMS (missing, damaged or edited); download it again")
    return path


def load(table: str, version: str | None = None, root: str | Path = "output", format: str = "parquet") -> pl.DataFrame:
    """One table of a release as a polars DataFrame, after checking its checksum.

    `format="csv"` reads the CSV with the column types that datapackage.json declares (lists stay
    `;`-separated strings there, as in the CSV)."""
    folder = release_dir(version, root)
    if format == "parquet":
        return pl.read_parquet(_check(folder, f"{table}.parquet"))
    if format != "csv":
        raise ReleaseError(f"format must be 'parquet' or 'csv', not {format!r}")
    pkg = json.loads(_check(folder, "datapackage.json").read_text())
    res = next((r for r in pkg["resources"] if r["name"] == table), None)
    if res is None:
        raise ReleaseError(f"release {folder.name} has no table {table!r}")
    types = {f["name"]: FRICTIONLESS_TYPES.get(f["type"], pl.Utf8) for f in res["schema"]["fields"]}
    return pl.read_csv(_check(folder, res["path"]), schema=types, try_parse_dates=False)
