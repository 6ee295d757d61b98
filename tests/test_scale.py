"""Incremental extraction and distributed runners give exactly the tables a plain build gives."""
import dataclasses
import shutil
import subprocess

import schemas
from conftest import ROOT, SEEDS, run_build
from mistrust.extract.pipeline import extract
from mistrust.ingest import scan
from mistrust.runner import ExtractionCache, Workers, plan, run_batch
from mistrust.versions import extractor_version
from mistrust.types import Source


def sources():
    return scan(ROOT / "raw")[0]


def to_extract(srcs, cache_dir) -> list[str]:
    """The doc_ids the plan sends to extraction."""
    return [s.doc_id for batch in plan(srcs, cache_dir, 200).batches for s in batch]


def test_cache_hits_only_unchanged_documents(tmp_path):
    assert to_extract(sources(), tmp_path) == SEEDS
    first = run_batch(sources(), str(tmp_path), 30.0)
    assert first.rejects == [] and first.tables.frames["documents"].height == 2
    again = plan(sources(), tmp_path, 200)
    assert again.batches == [] and again.n_cached == 2
    for name, df in again.cached[0].frames.items():
        assert df.equals(first.tables.frames[name]), name
    changed = [dataclasses.replace(s, text=s.text + "\nTrump withdrew in 2018.") if i == 0 else s
               for i, s in enumerate(sources())]
    assert to_extract(changed, tmp_path) == [SEEDS[0]]


def test_cached_results_equal_fresh_ones_and_metadata_is_reread(tmp_path):
    cache = ExtractionCache(tmp_path)
    src = sources()[1]
    cache.put(src, extract(src))
    renamed = dataclasses.replace(src, meta={**src.meta, "title": "A new title"})
    hit = cache.get(renamed)
    assert hit == extract(renamed) and hit.document["title"] == "A new title"


def test_publication_date_is_part_of_the_key(tmp_path):
    src = sources()[1]
    run_batch([src], str(tmp_path), 30.0)
    moved = dataclasses.replace(src, meta={**src.meta, "published": "2026-01-01"})
    assert to_extract([moved], tmp_path) == [src.doc_id]  # "this year" means another year now


def test_damaged_entries_are_recomputed(tmp_path):
    cache = ExtractionCache(tmp_path)
    src = sources()[0]
    cache.put(src, extract(src))
    for entry in (tmp_path / extractor_version()).rglob("*.pkl"):
        entry.write_bytes(b"not a pickle")
    assert cache.get(src) is None and to_extract([src], tmp_path) == [src.doc_id]


def test_one_failing_document_is_rejected_and_the_others_built(tmp_path, monkeypatch):
    monkeypatch.setenv("MISTRUST_FAULT", f"fail:{SEEDS[0]}")
    result = run_batch(sources(), str(tmp_path), 30.0)
    assert [r.path for r in result.rejects] == [f"{SEEDS[0]}.txt"]
    assert "extraction failed (RuntimeError: fault injected" in result.rejects[0].reason
    assert result.tables.frames["documents"]["doc_id"].to_list() == [SEEDS[1]]


def test_a_document_over_its_time_budget_is_rejected(tmp_path, monkeypatch):
    monkeypatch.setenv("MISTRUST_FAULT", "hang:slow")  # it sleeps 2 minutes; a seed takes well under 5 s
    slow = Source("slow", "Iran and the United States met in Muscat on Saturday.", "0" * 64, {})
    result = run_batch([slow, *sources()], str(tmp_path), 5.0)
    assert [r.path for r in result.rejects] == ["slow.txt"]
    assert "DocumentTimeout" in result.rejects[0].reason and "--doc-timeout" in result.rejects[0].reason
    assert result.tables.frames["documents"]["doc_id"].to_list() == SEEDS


def test_a_document_that_kills_its_worker_is_rejected_alone(tmp_path, monkeypatch):
    monkeypatch.setenv("MISTRUST_FAULT", "die:doomed")  # its worker process is SIGKILLed, as on out of memory
    doomed = Source("doomed", "Iran and the United States met in Muscat on Saturday.", "0" * 64, {})
    workers = Workers(1)
    try:
        results = workers.run([*sources(), doomed], str(tmp_path), 30.0)
        again = workers.run(sources(), None, 30.0)  # the broken pool was replaced
    finally:
        workers.close()
    rejects = [r for res in results for r in res.rejects]
    assert [r.path for r in rejects] == ["doomed.txt"] and "process died" in rejects[0].reason
    assert [d for res in results if res.tables for d in res.tables.frames["documents"]["doc_id"]] == SEEDS
    assert again[0].rejects == [] and again[0].tables.frames["documents"]["doc_id"].to_list() == SEEDS


def test_dask_local_cluster_and_process_pool_build_identical_tables(seed_release, tmp_path):
    _, rel, _ = seed_release
    for runner in ("dask", "local"):
        out = tmp_path / runner
        proc = run_build(ROOT / "raw", out, "--runner", runner, "--workers", "2", "--batch-size", "1", "--no-cache")
        assert proc.returncode == 0, proc.stderr[-2000:]
        for t in schemas.MODELS:
            for ext in ("csv", "parquet"):
                assert (out / "1.0.0" / f"{t}.{ext}").read_bytes() == (rel / f"{t}.{ext}").read_bytes(), (runner, t)


def test_deleting_the_cache_changes_nothing(seed_release, tmp_path):
    _, rel, _ = seed_release
    out = tmp_path / "out"
    assert run_build(ROOT / "raw", out).returncode == 0
    shutil.rmtree(out / ".cache")
    (out / "LATEST").unlink()
    shutil.rmtree(out / "1.0.0")
    assert run_build(ROOT / "raw", out).returncode == 0
    for t in schemas.MODELS:
        assert (out / "1.0.0" / f"{t}.parquet").read_bytes() == (rel / f"{t}.parquet").read_bytes()


def _sums(rel):
    return dict(reversed(line.split("  ", 1)) for line in (rel / "SHA256SUMS").read_text().splitlines())


def test_unchanged_files_of_a_new_release_are_hard_links_to_the_previous_ones(tmp_path):
    from mistrust.publish.release import publish
    from mistrust.publish.tables import build_tables
    srcs = sources()
    first = build_tables([extract(s) for s in srcs])
    changed = [dataclasses.replace(s, text=s.text + "\nIn 2018 Donald Trump withdrew from the nuclear deal.\n")
               if i == 0 else s for i, s in enumerate(srcs)]
    second = build_tables([extract(s) for s in changed])
    out = tmp_path / "out"
    assert publish(first, out, [], []).version == "1.0.0"
    copy = {p.name: p.read_bytes() for p in (out / "1.0.0").iterdir()}
    assert publish(second, out, [], []).version == "1.1.0"
    old, new = out / "1.0.0", out / "1.1.0"
    same = {f for f, h in _sums(new).items() if _sums(old).get(f) == h}
    assert {"quotes.parquet", "quotes.csv"} <= same and "events.csv" not in same
    for f in _sums(new):
        assert ((new / f).stat().st_ino == (old / f).stat().st_ino) == (f in same), f
    for rel in (old, new):
        proc = subprocess.run(["sha256sum", "--quiet", "-c", "SHA256SUMS"], cwd=rel, capture_output=True, text=True)
        assert proc.returncode == 0, proc.stdout
        assert all(p.stat().st_mode & 0o777 == 0o444 for p in rel.iterdir()), rel
    assert {p.name: p.read_bytes() for p in old.iterdir()} == copy  # the first release is untouched


def test_keep_removes_the_oldest_releases_but_never_latest(tmp_path):
    raw, out = tmp_path / "raw", tmp_path / "out"
    shutil.copytree(ROOT / "raw", raw)
    assert run_build(raw, out).returncode == 0
    kept = {p.name: p.read_bytes() for p in (out / "1.0.0").iterdir() if p.name.startswith("quotes")}
    doc = raw / f"{SEEDS[0]}.txt"
    doc.write_text(doc.read_text() + "\nIn 2018 Donald Trump withdrew from the nuclear deal.\n")
    proc = run_build(raw, out, "--keep", "1")
    assert proc.returncode == 0 and "published release 1.1.0" in proc.stdout, proc.stderr[-2000:]
    assert sorted(p.name for p in out.iterdir() if p.is_dir() and not p.name.startswith(".")) == ["1.1.0"]
    assert (out / "LATEST").read_text() == "1.1.0\n" and "1.0.0" not in (out / "index.html").read_text()
    assert subprocess.run(["sha256sum", "--quiet", "-c", "SHA256SUMS"], cwd=out / "1.1.0").returncode == 0
    assert {n: (out / "1.1.0" / n).read_bytes() for n in kept} == kept  # linked files outlive their first release
