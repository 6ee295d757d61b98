"""datapackage.json and DATA_DICTIONARY.md, generated from the pandera models (never by hand)."""
from __future__ import annotations

import re

import polars as pl

import schemas
from ..load import FRICTIONLESS_TYPES
from .tables import polars_schema

DATASET = {
    "name": "iran-us-mistrust",
    "title": "Iran–US mistrust: events, quotes and cited figures extracted from news and opinion texts",
    "description": "Events, quotations and cited figures extracted from news and opinion texts about Iran's "
                   "mistrust of the United States. Every row carries doc_id and character offsets into the "
                   "normalised text, so `text[char_start:char_end]` reproduces its span.",
    "licenses": [{"name": "CC-BY-4.0", "path": "https://creativecommons.org/licenses/by/4.0/",
                  "title": "Creative Commons Attribution 4.0 (extracted data; source texts keep their own licences)"}],
}
CSV_NOTES = [
    "CSV files are UTF-8, comma-separated, with a header row; an empty cell is a null.",
    "Dates are ISO `YYYY-MM-DD`; booleans are `true`/`false`.",
    "`actors.aliases` is a list of strings in Parquet (Frictionless `array`, declared under each resource's "
    "`parquet.schema`) and one `;`-joined string in CSV.",
    "Offsets are Python code-point offsets into the normalised text (BOM stripped, `\\r\\n`/`\\r` → `\\n`, "
    "Unicode NFC), end exclusive.",
    "Cells hold the exact text of the sources. A cell may begin with `=`, `+`, `-` or `@`; spreadsheet programs "
    "can read such a cell as a formula, so import the CSV with every column as text (or use the Parquet files).",
]

MODELS_ORDER = tuple(schemas.MODELS)

def _is_list(dtype) -> bool:
    return dtype == pl.List or isinstance(dtype, pl.List)


def _ftype(dtype) -> str:
    """The Frictionless type of a column as its CSV file holds it (a list column is one `;`-joined string)."""
    if _is_list(dtype):
        return "string"
    return next((f for f, pt in FRICTIONLESS_TYPES.items() if dtype == pt), "string")


def parquet_field(name: str, dtype) -> dict:
    """The Frictionless type of a column as its Parquet file holds it: list columns are arrays."""
    if _is_list(dtype):
        inner = getattr(dtype, "inner", None) or pl.Utf8
        return {"name": name, "type": "array", "arrayItem": {"type": _ftype(inner)}}
    return {"name": name, "type": _ftype(dtype)}


def type_label(table: str, name: str) -> str:
    """The type shown in the data dictionary: both forms when Parquet and CSV differ."""
    dtype = polars_schema(table)[name]
    if _is_list(dtype):
        inner = _ftype(getattr(dtype, "inner", None) or pl.Utf8)
        return f"array of {inner} (Parquet); string, `;`-joined (CSV)"
    return _ftype(dtype)


def fields(table: str) -> list[dict]:
    cols = schemas.MODELS[table].to_schema().columns
    dtypes = polars_schema(table)
    out = []
    for name, col in cols.items():
        f = {"name": name, "type": _ftype(dtypes[name]), "description": col.description or ""}
        c: dict = {}
        if not col.nullable:
            c["required"] = True
        if col.unique:
            c["unique"] = True
        for check in col.checks:
            st = check.statistics or {}
            if "allowed_values" in st:
                c["enum"] = list(st["allowed_values"])
            if "min_value" in st and check.name == "greater_than_or_equal_to":
                c["minimum"] = st["min_value"]
            if "min_value" in st and check.name == "greater_than":
                c["minimum"] = st["min_value"] + 1
            if "pattern" in st:
                c["pattern"] = re.sub(r"^\^|\$$", "", str(st["pattern"]))
            if check.name == "str_length" and st.get("min_value"):
                c["minLength"] = st["min_value"]
        if c:
            f["constraints"] = c
        out.append(f)
    return out


def table_checks(table: str) -> list[str]:
    return [c.description or c.name for c in schemas.MODELS[table].to_schema().checks]


def schema_signature() -> dict:
    """What consumers depend on: per table, column → (type, required)."""
    return {t: {f["name"]: [f["type"], bool(f.get("constraints", {}).get("required"))] for f in fields(t)}
            for t in schemas.MODELS}


def resource(table: str, csv_bytes: int, csv_sha: str, pq_bytes: int, pq_sha: str) -> dict:
    model = schemas.MODELS[table].to_schema()
    schema: dict = {"fields": fields(table), "primaryKey": [schemas.ID_COLUMNS[table]]}
    if table != "documents":
        if "doc_id" in model.columns:
            schema["foreignKeys"] = [{"fields": ["doc_id"], "reference": {"resource": "documents", "fields": ["doc_id"]}}]
    return {
        "name": table, "path": f"{table}.csv", "profile": "tabular-data-resource", "format": "csv",
        "mediatype": "text/csv", "encoding": "utf-8", "bytes": csv_bytes, "hash": f"sha256:{csv_sha}",
        "description": model.description or "", "schema": schema,
        "parquet": {"path": f"{table}.parquet", "bytes": pq_bytes, "hash": f"sha256:{pq_sha}",
                    "schema": {"fields": [parquet_field(n, t) for n, t in polars_schema(table).items()]}},
    }


def markdown(version: str, counts: dict[str, int]) -> str:
    lines = [f"# Data dictionary — {DATASET['title']}", "", f"Version {version}. Generated from the pandera "
             "models in `schemas/`; do not edit by hand.", "", DATASET["description"], "", "## Conventions", ""]
    lines += [f"- {n}" for n in CSV_NOTES]
    for table, model in schemas.MODELS.items():
        s = model.to_schema()
        lines += ["", f"## {table}", "", f"{s.description} {counts.get(table, 0)} rows; primary key "
                  f"`{schemas.ID_COLUMNS[table]}`; files `{table}.parquet`, `{table}.csv`.", "",
                  "| column | type | required | constraints | description |", "|---|---|---|---|---|"]
        for f in fields(table):
            c = dict(f.get("constraints", {}))
            req = "yes" if c.pop("required", False) else "no"
            cons = "; ".join(f"{k}: {', '.join(map(str, v)) if isinstance(v, list) else v}" for k, v in c.items())
            desc = f["description"].replace("|", "\\|")
            lines.append(f"| `{f['name']}` | {type_label(table, f['name'])} | {req} | {cons.replace('|', chr(92) + '|')} | {desc} |")
        checks = table_checks(table)
        if checks:
            lines += ["", "Row checks: " + "; ".join(checks) + "."]
    return "\n".join(lines) + "\n"
