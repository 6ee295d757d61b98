"""Publishing rules, exercised directly on the publish step (fast, no Prefect)."""
import json

import polars as pl
import pytest

from conftest import ROOT
from mistrust.extract.pipeline import extract
from mistrust.ingest import Reject, scan
from mistrust.publish.changelog import _why
from mistrust.publish.release import output_lock, publish
from mistrust.publish.release_state import BuildLocked
from mistrust.publish.tables import build_tables
from mistrust.publish.validate import validate


@pytest.fixture(scope="module")
def seed_tables():
    sources, _ = scan(ROOT / "raw")
    return build_tables([extract(s) for s in sources]), {s.doc_id: s.text for s in sources}


def test_seed_tables_validate(seed_tables):
    tables, texts = seed_tables
    assert validate(tables, texts) == []


def test_versions_follow_what_changed(tmp_path, seed_tables):
    tables, _ = seed_tables
    out = tmp_path / "out"
    first = publish(tables, out, [], [])
    assert first.version == "1.0.0" and (out / "LATEST").read_text().strip() == "1.0.0"
    assert publish(tables, out, [], []).version is None  # nothing changed
    patch = publish(tables, out, [Reject("bad.txt", "empty or whitespace-only")], [])
    assert patch.version == "1.0.1" and patch.bump == "patch"
    assert "`bad.txt`: empty or whitespace-only" in (out / "1.0.1" / "CHANGELOG.md").read_text()
    fewer = {**tables, "quotes": tables["quotes"].head(30)}
    minor = publish(fewer, out, [Reject("bad.txt", "empty or whitespace-only")], [])
    assert minor.version == "1.1.0"
    log = (out / "1.1.0" / "CHANGELOG.md").read_text()
    assert "| quotes | 30 | 0 | 5 | 0 |" in log and "## 1.0.1" in log  # history is kept
    # earlier releases are untouched
    assert pl.read_parquet(out / "1.0.0" / "quotes.parquet").height == tables["quotes"].height


def test_removed_column_is_a_major_version(tmp_path, seed_tables):
    tables, _ = seed_tables
    out = tmp_path / "out"
    publish(tables, out, [], [])
    pkg = json.loads((out / "1.0.0" / "datapackage.json").read_text())
    pkg["fingerprint"]["schema"]["quotes"]["retired_column"] = ["string", True]
    (out / "1.0.0" / "datapackage.json").write_text(json.dumps(pkg))
    assert publish(tables, out, [], []).version == "2.0.0"


def test_changed_rows_are_listed(tmp_path, seed_tables):
    tables, _ = seed_tables
    out = tmp_path / "out"
    publish(tables, out, [], [])
    changed = tables["figures"].with_columns(
        pl.when(pl.col("unit") == "month").then(pl.lit("months")).otherwise(pl.col("unit")).alias("unit"))
    publish({**tables, "figures": changed}, out, [], [])
    log = (out / "1.1.0" / "CHANGELOG.md").read_text()
    assert "| figures | 10 | 0 | 0 | 3 |" in log and "figures changed:" in log


def test_failed_publish_leaves_no_partial_release(tmp_path, seed_tables, monkeypatch):
    tables, _ = seed_tables
    out = tmp_path / "out"
    publish(tables, out, [], [])
    import mistrust.publish.release as rel

    def boom(*a, **k):
        raise OSError("disk full")
    monkeypatch.setattr(rel, "_changelog", boom)
    with pytest.raises(OSError):
        publish({**tables, "quotes": tables["quotes"].head(3)}, out, [], [])
    assert sorted(p.name for p in out.iterdir() if not p.name.startswith(".")) == ["1.0.0", "LATEST", "index.html"]
    assert not list(out.glob(".staging-*"))


def test_second_build_waits_for_the_lock_then_gives_up(tmp_path):
    with output_lock(tmp_path, timeout=1):
        with pytest.raises(BuildLocked, match="another build"):
            with output_lock(tmp_path, timeout=0.3):
                pass


def test_csv_and_parquet_hold_the_same_rows(tmp_path, seed_tables):
    tables, _ = seed_tables
    publish(tables, tmp_path, [], [])
    for name in tables:
        pq_df = pl.read_parquet(tmp_path / "1.0.0" / f"{name}.parquet")
        csv_df = pl.read_csv(tmp_path / "1.0.0" / f"{name}.csv", schema_overrides={c: pl.Utf8 for c in pq_df.columns},
                             infer_schema=False)
        assert csv_df.columns == pq_df.columns and csv_df.height == pq_df.height
        first = pq_df.columns[0]
        assert csv_df[first].to_list() == pq_df[first].cast(pl.Utf8).to_list()


@pytest.mark.parametrize("old, cause", [
    ("aaaa", "same input; the extractor changed"),
    (None, "same input; the previous extractor version is unknown"),
    ("bbbb", "same input and extractor version (a change in publishing or a library)")])
def test_changelog_says_why_rows_of_an_unchanged_document_changed(old, cause):
    previous = {"fingerprint": {"extractor": old}} if old else {}
    lines = _why({"quotes": {"docs": {"d": {"changed": 2}}}}, None, previous, None, "bbbb")
    assert f"- `d`: {cause} — rows: quotes +0 −0 ~2" in lines
