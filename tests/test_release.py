"""Publishing rules, exercised directly on the publish step (fast, no Prefect)."""
import io
import json

import polars as pl
import pyarrow.parquet as pq
import pytest

from conftest import ROOT
from mistrust.extract.pipeline import extract
from mistrust.ingest import Reject, scan
from mistrust.publish.changelog import _why
from mistrust.publish.release import output_lock, publish
from mistrust.publish.release_state import BuildLocked
from mistrust.publish import changelog, tables as tables_mod
from mistrust.publish.tables import build_tables, csv_frame, rechunk, write_table
from mistrust.publish.validate import TableCheck, validate


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


def test_streamed_tables_are_the_bytes_of_a_one_shot_write(tmp_path, seed_tables, monkeypatch):
    """Written chunk by chunk, with each row group spilled to disk, a table has the bytes of one write of the
    whole table: here 3 row groups of 4,096 rows (1,048,576 in a build) from chunks of 1,024 rows."""
    tables, _ = seed_tables
    monkeypatch.setattr(tables_mod, "ROW_GROUP", 4096)
    big = pl.concat([tables["quotes"]] * 300)  # 10,500 rows
    assert write_table("quotes", rechunk([big], 1024), tmp_path) == big.height
    with pq.ParquetWriter(tmp_path / "one.parquet", big.head(0).to_arrow().schema, compression="zstd") as w:
        w.write_table(big.to_arrow(), row_group_size=4096)
    assert pq.ParquetFile(tmp_path / "quotes.parquet").metadata.num_row_groups == 3
    assert (tmp_path / "quotes.parquet").read_bytes() == (tmp_path / "one.parquet").read_bytes()
    one = io.BytesIO()
    csv_frame(big).write_csv(one, null_value="", date_format="%Y-%m-%d")
    assert (tmp_path / "quotes.csv").read_bytes() == one.getvalue()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["one.parquet", "quotes.csv", "quotes.parquet"]


def test_an_empty_table_is_a_header_and_an_empty_row_group(tmp_path, seed_tables):
    tables, _ = seed_tables
    assert write_table("figures", rechunk([tables["figures"].clear()]), tmp_path) == 0
    assert (tmp_path / "figures.csv").read_text() == ",".join(tables["figures"].columns) + "\n"
    assert pq.ParquetFile(tmp_path / "figures.parquet").metadata.num_row_groups == 1


def test_ids_are_checked_across_chunks(seed_tables):
    """Each chunk is valid alone; the check across chunks finds the repeated id and the rows out of order."""
    quotes = seed_tables[0]["quotes"]
    repeated = TableCheck("quotes")
    for chunk in (quotes.head(10), quotes.slice(9)):
        repeated(chunk)
    assert repeated.errors == [f"quotes.quote_id: {quotes['quote_id'][9]!r} is not unique"]
    unsorted = TableCheck("quotes")
    for chunk in (quotes.slice(20), quotes.head(20)):
        unsorted(chunk)
    assert unsorted.errors == [f"quotes.quote_id: {quotes['quote_id'][0]!r} comes after {quotes['quote_id'][-1]!r}: "
                               "rows are not sorted by id"]


def test_ids_are_required(seed_tables):
    """A table assembled from checked parts still has each id checked: present, and so unique and sorted."""
    quotes = seed_tables[0]["quotes"]
    check = TableCheck("quotes", model=False)
    check(quotes.with_columns(pl.when(pl.int_range(pl.len()) < 2).then(None).otherwise("quote_id").alias("quote_id")))
    check(quotes.head(3).with_columns(pl.lit(None, pl.String).alias("quote_id")))
    assert check.errors == ["quotes.quote_id: 2 rows without an id", "quotes.quote_id: 3 rows without an id"]


def test_the_changelog_compares_releases_window_by_window(tmp_path, seed_tables, monkeypatch):
    """Read 4 rows at a time from each file, the comparison finds what a comparison of whole tables finds."""
    quotes = seed_tables[0]["quotes"]
    monkeypatch.setattr(changelog, "WINDOW", 4)
    (tmp_path / "old").mkdir()
    quotes.write_parquet(tmp_path / "old" / "quotes.parquet")
    ids = quotes["quote_id"].to_list()
    new = quotes.filter(~pl.col("quote_id").is_in(ids[5:8])).with_columns(
        pl.when(pl.col("quote_id").is_in([ids[0], ids[20]])).then(pl.lit("changed")).otherwise("text").alias("text"))
    new = pl.concat([new, new.head(1).with_columns(pl.lit("zz:q:00000001").alias("quote_id"))])
    new.write_parquet(tmp_path / "new.parquet")
    d = changelog.diff(tmp_path / "old", "quotes", tmp_path / "new.parquet")
    assert (d["rows"], d["added"], d["removed"], d["changed"]) == (33, 1, 3, 2)
    assert (d["added_ids"], d["removed_ids"], d["changed_ids"]) == (["zz:q:00000001"], ids[5:8], [ids[0], ids[20]])
    assert [rid for rid, _ in d["sample"]] == [ids[0], ids[20]]

