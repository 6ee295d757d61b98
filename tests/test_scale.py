"""Incremental extraction and distributed runners give exactly the tables a plain build gives."""
import dataclasses
import fcntl
import os
import shutil
import subprocess
import sys

import polars as pl
import pytest

import schemas
from conftest import ROOT, SEEDS, SharedServer, run_build
from mistrust.extract.pipeline import extract
from mistrust.ingest import scan
from mistrust.runner import ExtractionCache, Workers, plan, run_batch, scratch, warm_up
from mistrust.versions import extractor_version
from mistrust.types import Source


def sources():
    return scan(ROOT / "raw")[0]


def to_extract(srcs, cache_dir) -> list[str]:
    """The doc_ids the plan's batches must extract (the others they read from the cache)."""
    cache = ExtractionCache(cache_dir)
    return [s.doc_id for batch in plan(srcs, cache_dir, 200).batches for s in batch if not cache.has(s)]


def batch(srcs, cache_dir, budget=30.0, raw_dir=None):
    """run_batch with its parts in the cache folder."""
    return run_batch(srcs, str(cache_dir), budget, str(cache_dir / "parts"), "b", raw_dir)


def part(result, table="documents") -> pl.DataFrame:
    return pl.read_ipc(result.tables.parts[table])


def test_cache_hits_only_unchanged_documents(tmp_path):
    cache_dir = tmp_path / "cache"
    assert to_extract(sources(), cache_dir) == SEEDS
    first = batch(sources(), cache_dir)
    assert first.rejects == [] and (first.extracted, first.cached) == (2, 0) and part(first).height == 2
    frames = {t: part(first, t) for t in first.tables.parts}
    again = plan(sources(), cache_dir, 200)
    assert [s.doc_id for s in again.batches[0]] == SEEDS and again.n_cached == 2
    hit = batch(sources(), cache_dir)
    assert (hit.extracted, hit.cached) == (0, 2)
    for name, df in frames.items():
        assert part(hit, name).equals(df), name
    changed = [dataclasses.replace(s, text=s.text + "\nTrump withdrew in 2018.") if i == 0 else s
               for i, s in enumerate(sources())]
    assert to_extract(changed, cache_dir) == [SEEDS[0]]


def test_a_batch_of_unchanged_documents_is_taken_whole_from_the_cache(tmp_path):
    """Its parts are reused without reading a text; a change of metadata re-runs it (from the per-document cache)."""
    raw = tmp_path / "raw"
    shutil.copytree(ROOT / "raw", raw)
    srcs, _ = scan(raw, keep_texts=False)
    first = batch(srcs, tmp_path / "cache", raw_dir=str(raw))
    shutil.rmtree(raw)  # nothing left to read
    again = batch(srcs, tmp_path / "cache")
    assert (again.extracted, again.cached) == (0, 2) and again.rejects == []
    assert {t: part(again, t).equals(part(first, t)) for t in first.tables.parts} == dict.fromkeys(first.tables.parts, True)
    retitled = [dataclasses.replace(s, meta={**s.meta, "title": "New"}, text=t.text) for s, t in zip(srcs, sources())]
    rerun = batch(retitled, tmp_path / "cache")
    assert (rerun.extracted, rerun.cached) == (0, 2) and part(rerun)["title"].to_list() == ["New", "New"]


def test_the_plan_counts_the_batches_with_a_document_to_extract(tmp_path):
    srcs = sources()
    assert plan(srcs, tmp_path, 1).extracting == len(srcs) == plan(srcs, None, 1).extracting
    batch(srcs[:1], tmp_path)
    assert plan(srcs, tmp_path, 1).extracting == len(srcs) - 1
    assert plan(srcs, tmp_path, len(srcs)).extracting == 1
    batch(srcs, tmp_path)
    assert plan(srcs, tmp_path, 1).extracting == 0


def test_a_batch_the_cache_holds_whole_is_planned_done(tmp_path):
    """The flow runs no task for it: the plan hands over its parts as the batch itself would have."""
    srcs = sources()
    first = batch(srcs, tmp_path)
    again = plan(srcs, tmp_path, len(srcs))
    assert again.to_run == [] and list(again.done) == [0] and again.extracting == 0
    done = again.done[0]
    assert (done.extracted, done.cached, done.rejects) == (0, len(srcs), [])
    assert done.tables.parts == first.tables.parts and done.tables.rows == first.tables.rows
    assert plan(srcs, tmp_path, 1).to_run == [0, 1] and plan(srcs, None, len(srcs)).to_run == [0]


def test_the_flow_takes_the_workers_started_before_it():
    from flows.dataset import started, worker_pool
    pool = Workers(1)
    with started(pool):
        with worker_pool(2) as taken:
            assert taken is pool
        with worker_pool(2) as other:  # offered once
            assert other is not pool
    with worker_pool(1) as fresh:
        assert fresh is not pool


def test_the_flow_takes_the_scan_made_before_it_once_and_only_for_its_arguments():
    from flows.dataset import offered_scan, started
    from flows.outcome import read_raw
    scanned = read_raw(ROOT / "raw", None)
    scanned.args = ("raw", "output", True, 200)
    with started(None, scanned):
        assert offered_scan("raw", "elsewhere", True, 200) is None
        assert offered_scan("raw", "output", True, 200) is scanned
        assert offered_scan("raw", "output", True, 200) is None  # offered once
    assert [s.doc_id for s in scanned.sources] == SEEDS and scanned.rejects == []


@pytest.mark.slow  # a build end to end
def test_a_build_looks_at_each_raw_file_once(tmp_path):
    """flows.build scans the raw folder before Prefect starts and hands the scan and its plan to the flow, which
    does not scan again."""
    raw = tmp_path / "raw"
    shutil.copytree(ROOT / "raw", raw)
    script = ("import mistrust.ingest as ingest\n"
              "seen, read = [], ingest.ScanMemo.read\n"
              "ingest.ScanMemo.read = lambda memo, path, *a: seen.append(path.name) or read(memo, path, *a)\n"
              "from flows.build import main\n"
              f"code = main(['--raw-dir', {str(raw)!r}, '--output-dir', {str(tmp_path / 'out')!r}])\n"
              "print(code, sorted(seen))\n")
    proc = subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, timeout=300,
                          env={**os.environ, "PREFECT_API_URL": SharedServer.api()})
    assert proc.stdout.splitlines()[-1] == f"0 {[f'{d}.txt' for d in SEEDS]}", proc.stderr[-2000:]


def test_a_batch_is_checked_against_the_models_once_when_its_parts_are_made(tmp_path, monkeypatch):
    """What the models refuse is cached with the parts; assembling takes it from there and checks only the ids (and
    the actors table, which no batch holds), so a rebuild does not check unchanged rows again."""
    from mistrust import runner
    from mistrust.publish import tables, validate
    first = batch(sources(), tmp_path)
    assert first.tables.schema_errors == dict.fromkeys(tables.ROW_TABLES, [])
    checked = []
    for module in (runner, validate):
        monkeypatch.setattr(module, "table_errors", lambda name, df, real=validate.table_errors:
                            checked.append(name) or real(name, df))
    again = batch(sources(), tmp_path)
    assert checked == [] and again.tables.schema_errors == first.tables.schema_errors
    again.tables.schema_errors["quotes"] = ["quotes.text: fails str_length (value '')"]
    counts, errors = tables.assemble([again.tables], tmp_path / "tables")
    assert checked == ["actors"] and errors == ["quotes.text: fails str_length (value '')"]
    assert counts["documents"] == len(SEEDS)


@pytest.mark.slow  # starts a worker process and compiles the extractor's patterns in it
def test_the_first_document_of_a_process_is_not_charged_its_warm_up(tmp_path):
    """Compiling the extractor's patterns takes seconds, once per process: not part of the first document's time
    budget, which a seed meets here with far less than those seconds."""
    workers = Workers(1)
    try:
        results = workers.run(sources()[:1], None, 2.0, str(tmp_path), "b")
    finally:
        workers.close()
    assert results[0].rejects == [] and results[0].extracted == 1


def warmed() -> bool:
    return warm_up.cache_info().currsize == 1


@pytest.mark.slow  # starts worker processes and compiles the extractor's patterns in one of them
@pytest.mark.parametrize("warm", [True, False])
def test_started_workers_warm_up_before_their_first_batch(warm):
    workers = Workers.started(1, warm=warm)
    try:
        done = workers._pool.submit(warmed).result()  # in the same process, after its start
    finally:
        workers.close()
    assert done == warm


def test_batches_follow_the_order_of_row_ids(tmp_path):
    """`a-b:…` sorts before `a:…`: documents are batched in their rows' id order, not their doc_ids'."""
    srcs = [Source(d, "Iran and the United States met in Muscat on Saturday.", "0" * 64, {}) for d in ("a", "a-b", "a0")]
    assert [s.doc_id for b in plan(srcs, None, 2).batches for s in b] == ["a-b", "a0", "a"]


def test_texts_are_read_where_they_are_extracted(tmp_path):
    """The scan keeps no text; a batch reads each again and rejects one that changed since the scan."""
    raw = tmp_path / "raw"
    shutil.copytree(ROOT / "raw", raw)
    srcs, _ = scan(raw, keep_texts=False)
    assert [s.text for s in srcs] == [None, None]
    assert [s.text_hash for s in srcs] == [s.text_hash for s in sources()]
    (raw / f"{SEEDS[0]}.txt").write_text("Rewritten after the scan.")
    result = batch(srcs, tmp_path / "cache", raw_dir=str(raw))
    assert [str(r) for r in result.rejects] == [f"{SEEDS[0]}.txt: changed while the build ran; build again"]
    assert part(result)["doc_id"].to_list() == [SEEDS[1]]


def test_cached_results_equal_fresh_ones_and_metadata_is_reread(tmp_path):
    cache = ExtractionCache(tmp_path)
    src = sources()[1]
    cache.put(src, extract(src))
    renamed = dataclasses.replace(src, meta={**src.meta, "title": "A new title"})
    hit = cache.get(renamed)
    assert hit == extract(renamed) and hit.document["title"] == "A new title"


def test_publication_date_is_part_of_the_key(tmp_path):
    src = sources()[1]
    batch([src], tmp_path / "cache")
    moved = dataclasses.replace(src, meta={**src.meta, "published": "2026-01-01"})
    assert to_extract([moved], tmp_path / "cache") == [src.doc_id]  # "this year" means another year now


def test_damaged_entries_are_recomputed(tmp_path):
    cache = ExtractionCache(tmp_path)
    src = sources()[0]
    cache.put(src, extract(src))
    for entry in (tmp_path / extractor_version()).rglob("*.pkl"):
        entry.write_bytes(b"not a pickle")
    result = batch([src], tmp_path)
    assert cache.get(src) is not None and (result.extracted, result.cached) == (1, 0)


def test_one_failing_document_is_rejected_and_the_others_built(tmp_path, monkeypatch):
    monkeypatch.setenv("MISTRUST_FAULT", f"fail:{SEEDS[0]}")
    result = batch(sources(), tmp_path / "cache")
    assert [r.path for r in result.rejects] == [f"{SEEDS[0]}.txt"]
    assert "extraction failed (RuntimeError: fault injected" in result.rejects[0].reason
    assert part(result)["doc_id"].to_list() == [SEEDS[1]]


@pytest.mark.slow  # waits out a hung worker's time budget, then kills it
def test_a_document_over_its_time_budget_is_rejected(tmp_path, monkeypatch):
    monkeypatch.setenv("MISTRUST_FAULT", "hang:slow")  # it sleeps 2 minutes; a seed takes well under 5 s
    slow = Source("slow", "Iran and the United States met in Muscat on Saturday.", "0" * 64, {})
    result = batch([slow, *sources()], tmp_path / "cache", 5.0)
    assert [r.path for r in result.rejects] == ["slow.txt"]
    assert "DocumentTimeout" in result.rejects[0].reason and "--doc-timeout" in result.rejects[0].reason
    assert part(result)["doc_id"].to_list() == SEEDS


@pytest.mark.slow  # kills a worker process and waits for the pool to recover
def test_a_document_that_kills_its_worker_is_rejected_alone(tmp_path, monkeypatch):
    monkeypatch.setenv("MISTRUST_FAULT", "die:doomed")  # its worker process is SIGKILLed, as on out of memory
    doomed = Source("doomed", "Iran and the United States met in Muscat on Saturday.", "0" * 64, {})
    workers = Workers(1)
    try:
        results = workers.run([*sources(), doomed], str(tmp_path), 30.0, str(tmp_path / "parts"), "b")
        again = workers.run(sources(), None, 30.0, str(tmp_path / "parts"), "c")  # the broken pool was replaced
    finally:
        workers.close()
    rejects = [r for res in results for r in res.rejects]
    assert [r.path for r in rejects] == ["doomed.txt"] and "process died" in rejects[0].reason
    assert [d for res in results if res.tables for d in part(res)["doc_id"]] == SEEDS
    assert again[0].rejects == [] and part(again[0])["doc_id"].to_list() == SEEDS


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


@pytest.mark.slow  # two builds end to end
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


def test_scratch_folders_of_killed_builds_are_removed_and_running_ones_kept(tmp_path):
    out = tmp_path / "out"
    for name in (".scratch-killed", ".scratch-running"):
        (out / name).mkdir(parents=True)
        (out / name / ".lock").touch()
    with (out / ".scratch-running" / ".lock").open() as held:
        fcntl.flock(held, fcntl.LOCK_EX)
        with scratch(out) as folder:
            assert folder.parent == out and folder.name.startswith(".scratch-")
            assert sorted(p.name for p in out.iterdir()) == sorted([".scratch-running", folder.name])
        assert [p.name for p in out.iterdir()] == [".scratch-running"]
