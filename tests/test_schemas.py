"""Every check of every schema refuses a row that breaks it (pandera's polars backend is not trusted blindly)."""
from datetime import date

import polars as pl
import pytest

import schemas
from conftest import ROOT
from mistrust.extract.pipeline import extract
from mistrust.ingest import scan
from mistrust.publish.tables import build_tables
from mistrust.publish.validate import validate


@pytest.fixture(scope="module")
def good():
    sources, _ = scan(ROOT / "raw")
    tables = build_tables([extract(s) for s in sources])
    texts = {s.doc_id: s.text for s in sources}
    assert validate(tables, texts) == []
    return tables, texts


def _set(df: pl.DataFrame, col: str, value, dtype=None) -> pl.DataFrame:
    """df with row 0's `col` replaced."""
    dtype = dtype or df.schema[col]
    new = pl.Series(col, [value], dtype=dtype).append(df[col].slice(1).cast(dtype))
    return df.with_columns(new)


def _wrong_type(df: pl.DataFrame, col: str) -> pl.Expr:
    dtype = df.schema[col]
    if isinstance(dtype, pl.List):
        return pl.col(col).list.join(";")
    return pl.lit(1).alias(col) if dtype == pl.Utf8 else pl.col(col).cast(pl.Utf8)


def _breakers(table: str):
    """(label, function breaking the table) for every declared check, derived from the model."""
    model = schemas.MODELS[table].to_schema()
    for name, col in model.columns.items():
        if not col.nullable:
            yield f"{name}:not_nullable", lambda df, n=name: _set(df, n, None)
        if col.unique:
            yield f"{name}:unique", lambda df, n=name: _set(df, n, df[n][1])
        yield f"{name}:dtype", lambda df, n=name: df.with_columns(_wrong_type(df, n))
        for check in col.checks:
            st = check.statistics or {}
            bad = {"isin": "not-a-listed-value", "str_matches": "Not Valid!", "str_length": "",
                   "greater_than_or_equal_to": st.get("min_value", 0) - 1,
                   "greater_than": st.get("min_value", 0)}[check.name]
            yield f"{name}:{check.name}", lambda df, n=name, v=bad: _set(df, n, v)
    frame_breakers = {
        "char_start < char_end": lambda df: _set(df, "char_start", df["char_end"][0]),
        "said_start <= said_end": lambda df: _set(_set(df, "said_start", date(2020, 1, 2)), "said_end", date(2020, 1, 1)),
        "date_start <= date_end": lambda df: _set(_set(df, "date_start", date(2020, 1, 2)), "date_end", date(2020, 1, 1)),
        "value_max > value when both are given": lambda df: _set(_set(df, "value", 5.0), "value_max", 5.0),
        "the trigger lies inside the description": lambda df: _set(df, "trigger_start", df["char_end"][0]),
    }
    for check in model.checks:
        yield f"frame:{check.description}", frame_breakers[check.description]


CASES = [(t, label, fn) for t in schemas.MODELS for label, fn in _breakers(t)]


@pytest.mark.parametrize("table,label,breaker", CASES, ids=[f"{t}-{lbl}" for t, lbl, _ in CASES])
def test_each_check_refuses_a_breaking_row(good, table, label, breaker):
    tables, texts = good
    broken = {**tables, table: breaker(tables[table])}
    errors = validate(broken, texts)
    column = label.split(":")[0]
    assert errors, f"{table} {label}: a breaking row passed validation"
    assert any(e.startswith(f"{table}") and (column == "frame" or column in e) for e in errors), errors


def test_every_check_has_a_case():
    declared = sum(len(m.to_schema().checks) + sum(len(c.checks) + (not c.nullable) + c.unique + 1
                                                     for c in m.to_schema().columns.values())
                   for m in schemas.MODELS.values())
    assert len(CASES) == declared


@pytest.mark.parametrize("table,column,value,message", [
    ("quotes", "char_end", 10**7, "outside the document"),
    ("quotes", "text", "not what the text says", "does not reproduce"),
])
def test_span_rules(good, table, column, value, message):
    tables, texts = good
    broken = {**tables, table: _set(tables[table], column, value)}
    assert any(message in e for e in validate(broken, texts))


@pytest.mark.parametrize("rel", schemas.RELATIONS, ids=lambda r: f"{r.table}.{r.column}")
def test_each_declared_relation_is_enforced(good, rel):
    tables, texts = good
    broken = {**tables, rel.table: _set(tables[rel.table], rel.column, "no-such-row")}
    expected = f"{rel.table}.{rel.column}: 'no-such-row' is not a {rel.ref_table}.{rel.ref_column}"
    assert expected in validate(broken, texts)
