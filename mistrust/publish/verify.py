"""Check a published release as a consumer would, before trusting it.

    python -m mistrust.publish.verify output/1.2.0

Checks that SHA256SUMS covers every file and every checksum matches; that
datapackage.json lists each table with the right size and hash (CSV and
Parquet); that every table meets the constraints the datapackage declares
(required, unique, enum, pattern, minimum) and, when the release's schema is
this code's, its pandera model; and that CSV and Parquet hold the same rows.
Prints one line per problem and exits 1 if there is any.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path

import polars as pl

import schemas
from . import dictionary
from .validate import schema_errors


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def check_sums(rel: Path) -> list[str]:
    sums = rel / "SHA256SUMS"
    if not sums.exists():
        return ["SHA256SUMS is missing"]
    problems, listed = [], set()
    for n, line in enumerate(sums.read_text().splitlines(), 1):
        digest, _, name = line.partition("  ")
        if not name or len(digest) != 64:
            problems.append(f"SHA256SUMS line {n} is malformed")
            continue
        listed.add(name)
        path = rel / name
        if not path.is_file():
            problems.append(f"{name}: listed in SHA256SUMS but missing")
        elif _sha(path) != digest:
            problems.append(f"{name}: checksum does not match SHA256SUMS (file changed or corrupt)")
    for p in sorted(rel.iterdir()):
        if p.name != "SHA256SUMS" and p.name not in listed:
            problems.append(f"{p.name}: not listed in SHA256SUMS")
    return problems


def _constraint_problems(table: str, df: pl.DataFrame, fields: list[dict]) -> list[str]:
    problems = []
    for f in fields:
        name, c = f["name"], f.get("constraints", {})
        if name not in df.columns:
            problems.append(f"{table}: column {name} declared in datapackage.json is missing")
            continue
        col = df[name]
        if c.get("required") and col.null_count():
            problems.append(f"{table}.{name}: {col.null_count()} nulls in a required column")
        values = col.drop_nulls()
        if values.dtype == pl.List:
            continue
        if c.get("unique") and values.n_unique() != len(values):
            problems.append(f"{table}.{name}: values are not unique")
        if "enum" in c:
            bad = values.filter(~values.is_in(c["enum"]))
            if len(bad):
                problems.append(f"{table}.{name}: {len(bad)} values outside {c['enum']} (e.g. {bad[0]!r})")
        if "pattern" in c:
            bad = values.filter(~values.cast(pl.Utf8).str.contains(f"^(?:{c['pattern']})$"))
            if len(bad):
                problems.append(f"{table}.{name}: {len(bad)} values do not match {c['pattern']!r} (e.g. {bad[0]!r})")
        if "minimum" in c and len(values) and values.min() < c["minimum"]:
            problems.append(f"{table}.{name}: values below the minimum {c['minimum']}")
        if "minLength" in c and len(values) and values.cast(pl.Utf8).str.len_chars().min() < c["minLength"]:
            problems.append(f"{table}.{name}: empty strings where at least {c['minLength']} characters are required")
    return problems


def check_package(rel: Path) -> list[str]:
    try:
        pkg = json.loads((rel / "datapackage.json").read_text())
    except FileNotFoundError:
        return ["datapackage.json is missing"]
    except json.JSONDecodeError as e:
        return [f"datapackage.json is not valid JSON ({e})"]
    problems: list[str] = []
    tables: dict[str, pl.DataFrame] = {}
    for res in pkg.get("resources", []):
        name = res.get("name", "?")
        for meta in (res, res.get("parquet", {})):
            path = rel / meta.get("path", "")
            if not path.is_file():
                problems.append(f"{name}: {meta.get('path')} is missing")
                continue
            if meta.get("bytes") != path.stat().st_size:
                problems.append(f"{name}: {path.name} has {path.stat().st_size} bytes, datapackage.json says {meta.get('bytes')}")
            if meta.get("hash") != f"sha256:{_sha(path)}":
                problems.append(f"{name}: {path.name} does not match its hash in datapackage.json")
        pq = rel / res.get("parquet", {}).get("path", f"{name}.parquet")
        if not pq.is_file():
            continue
        try:
            df = pl.read_parquet(pq)
        except Exception as e:  # noqa: BLE001 - a damaged file is reported, not raised
            problems.append(f"{name}: {pq.name} cannot be read as Parquet ({type(e).__name__})")
            continue
        tables[name] = df
        problems += _constraint_problems(name, df, res.get("schema", {}).get("fields", []))
        csv = rel / res.get("path", "")
        if csv.is_file():
            key = res.get("schema", {}).get("primaryKey", [df.columns[0]])[0]
            try:
                ids = pl.read_csv(csv, columns=[key], infer_schema=False)[key].to_list()
            except Exception as e:  # noqa: BLE001
                problems.append(f"{name}: {csv.name} cannot be read as CSV with column {key} ({type(e).__name__})")
                continue
            if ids != df[key].cast(pl.Utf8).to_list():
                problems.append(f"{name}: CSV and Parquet do not hold the same rows")
    missing = set(schemas.MODELS) - set(tables)
    problems += [f"{t}: table missing from datapackage.json" for t in sorted(missing)]
    if not missing and pkg.get("fingerprint", {}).get("schema") == dictionary.schema_signature():
        problems += schema_errors(tables)
    return problems


def verify(rel: Path) -> list[str]:
    if not rel.is_dir():
        return [f"{rel} is not a release folder"]
    return check_sums(rel) + check_package(rel)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m mistrust.publish.verify", description=__doc__.splitlines()[0])
    ap.add_argument("release", type=Path, help="a release folder, e.g. output/1.2.0")
    a = ap.parse_args(argv)
    problems = verify(a.release)
    for p in problems:
        print(f"FAIL {p}")
    if not problems:
        print(f"OK {a.release}: checksums, datapackage.json, constraints and schemas verified")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
