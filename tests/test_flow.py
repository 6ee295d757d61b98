"""The whole build through its command line, on the seeds: the release contract of SPEC §3."""
import hashlib
import json
import shutil
import subprocess
import sys

import duckdb
import polars as pl
import pytest

import schemas
from conftest import ROOT, run_build

pytestmark = pytest.mark.slow  # builds end to end; `pytest -m 'not slow'` skips them in the inner loop

FILES = ["CHANGELOG.md", "DATA_DICTIONARY.md", "SHA256SUMS", "datapackage.json", "index.html"] + \
    [f"{t}.{ext}" for t in schemas.MODELS for ext in ("csv", "parquet")]
REQUIRED = {
    "documents": ["doc_id", "title", "publisher", "url", "published", "author", "language", "sha256", "n_chars", "n_words"],
    "quotes": ["quote_id", "doc_id", "text", "char_start", "char_end", "kind", "speaker", "speaker_mention", "cue",
               "said_start", "said_end", "said_precision", "parent_quote_id"],
    "figures": ["figure_id", "doc_id", "text", "char_start", "char_end", "value", "value_max", "unit", "kind",
                "qualifier", "approximate", "subject"],
    "events": ["event_id", "doc_id", "event_type", "trigger", "description", "char_start", "char_end", "actor_source",
               "actor_target", "location", "date_start", "date_end", "date_precision", "date_text", "event_key"],
    "actors": ["actor_id", "name", "actor_type", "aliases", "wikidata_id", "n_mentions", "n_documents"],
}


def test_build_prints_release_and_counts(seed_release):
    out, rel, proc = seed_release
    assert f"published release {rel.name} (the first release)" in proc.stdout
    assert "documents extracted: 2, from the cache: 0" in proc.stdout
    assert "  documents         2 rows\n  quotes           35 rows" in proc.stdout


def test_release_files_and_columns(seed_release):
    _, rel, _ = seed_release
    assert sorted(p.name for p in rel.iterdir()) == sorted(FILES)
    for table, cols in REQUIRED.items():
        df = pl.read_parquet(rel / f"{table}.parquet")
        assert set(cols) <= set(df.columns), table
        assert df[schemas.ID_COLUMNS[table]].to_list() == sorted(df[schemas.ID_COLUMNS[table]].to_list())
        header = (rel / f"{table}.csv").read_text().split("\n", 1)[0].split(",")
        assert header == df.columns


def test_checksums_verify(seed_release):
    _, rel, _ = seed_release
    proc = subprocess.run(["sha256sum", "--quiet", "-c", "SHA256SUMS"], cwd=rel, capture_output=True, text=True)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    listed = {line.split("  ")[1] for line in (rel / "SHA256SUMS").read_text().splitlines()}
    assert listed == set(FILES) - {"SHA256SUMS"}


def test_frictionless_accepts_the_datapackage(seed_release):
    _, rel, _ = seed_release
    proc = subprocess.run([sys.executable, "-m", "frictionless", "validate", "--json", "datapackage.json"],
                          cwd=rel, capture_output=True, text=True, timeout=120)
    report = json.loads(proc.stdout)
    assert report["valid"], json.dumps(report)[:2000]
    pkg = json.loads((rel / "datapackage.json").read_text())
    for res in pkg["resources"]:
        data = (rel / res["path"]).read_bytes()
        assert res["bytes"] == len(data) and res["hash"] == "sha256:" + hashlib.sha256(data).hexdigest()


def test_duckdb_queries_the_parquet(seed_release):
    _, rel, _ = seed_release
    con = duckdb.connect()
    top = con.execute(f"select speaker, count(*) n from '{rel}/quotes.parquet' where speaker is not null "
                      "group by speaker order by n desc limit 1").fetchone()
    assert top[0] == "Ali Khamenei"
    coup = con.execute(f"select count(distinct doc_id) from '{rel}/events.parquet' "
                       "where event_key = 'coup-1953-08-19-mohammad-mosaddegh'").fetchone()
    assert coup[0] == 2  # the 1953 coup is linked across both seed articles


def test_rebuild_with_nothing_changed_publishes_nothing(seed_release):
    out, rel, _ = seed_release
    before = sorted(p.name for p in out.iterdir())
    proc = run_build(ROOT / "raw", out)
    assert proc.returncode == 0 and "nothing changed" in proc.stdout
    assert sorted(p.name for p in out.iterdir()) == before


def test_build_into_second_folder_gives_identical_tables(seed_release, tmp_path):
    _, rel, _ = seed_release
    proc = run_build(ROOT / "raw", tmp_path / "other")
    assert proc.returncode == 0, proc.stderr[-2000:]
    other = tmp_path / "other" / "1.0.0"
    for t in schemas.MODELS:
        for ext in ("csv", "parquet"):
            assert (other / f"{t}.{ext}").read_bytes() == (rel / f"{t}.{ext}").read_bytes(), f"{t}.{ext}"


def test_committed_release_is_reproduced_from_raw(seed_release):
    """The release committed in output/ is exactly what the code builds from raw/."""
    _, rel, _ = seed_release
    committed = ROOT / "output" / (ROOT / "output" / "LATEST").read_text().strip()
    for t in schemas.MODELS:
        for ext in ("csv", "parquet"):
            assert (committed / f"{t}.{ext}").read_bytes() == (rel / f"{t}.{ext}").read_bytes(), \
                f"output/{committed.name}/{t}.{ext} is stale: rebuild with `python -m flows.build`"


def test_bad_inputs_are_rejected_named_and_listed(tmp_path):
    raw = tmp_path / "raw"
    shutil.copytree(ROOT / "raw", raw)
    (raw / "broken.txt").write_bytes(b"\xff\xfe\x00bad")
    (raw / "Not Valid.txt").write_text("text")
    proc = run_build(raw, tmp_path / "out")
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert "Traceback" not in proc.stderr
    assert "rejected" in proc.stderr and "broken.txt" in proc.stderr and "Not Valid.txt" in proc.stderr
    log = (tmp_path / "out" / "1.0.0" / "CHANGELOG.md").read_text()
    assert "`broken.txt`" in log and "`Not Valid.txt`" in log
    assert pl.read_parquet(tmp_path / "out" / "1.0.0" / "documents.parquet").height == 2
    strict = run_build(raw, tmp_path / "out", "--strict")
    assert strict.returncode == 3


def test_committed_releases_are_immutable():
    """Every committed release verifies, and no file of one was ever changed in the history."""
    releases = [p for p in (ROOT / "output").iterdir() if p.is_dir() and not p.name.startswith(".")]
    assert releases
    for rel in releases:
        proc = subprocess.run(["sha256sum", "--quiet", "-c", "SHA256SUMS"], cwd=rel, capture_output=True, text=True)
        assert proc.returncode == 0, f"{rel.name}: {proc.stdout}"
    if (ROOT / ".git").exists():
        log = subprocess.run(["git", "log", "--format=%h", "--diff-filter=MD", "--", "output/*/*"], cwd=ROOT,
                             capture_output=True, text=True)
        assert log.returncode == 0 and log.stdout.strip() == "", f"commits changed a published release: {log.stdout}"
