"""Incremental extraction and distributed runners give exactly the tables a plain build gives."""
import dataclasses
import shutil

import schemas
from conftest import ROOT, run_build
from mistrust.runner import ExtractionCache, extractor_version
from mistrust.extract.pipeline import extract, extract_all
from mistrust.ingest import scan


def sources():
    return scan(ROOT / "raw")[0]


def test_cache_hits_only_unchanged_documents(tmp_path):
    cache = ExtractionCache(tmp_path)
    first, _ = extract_all(sources(), cache.extract)
    assert (cache.hits, cache.misses) == (0, 2)
    again, _ = extract_all(sources(), cache.extract)
    assert (cache.hits, cache.misses) == (2, 2) and again == first
    changed = [dataclasses.replace(s, text=s.text + "\nTrump withdrew in 2018.") if i == 0 else s
               for i, s in enumerate(sources())]
    extract_all(changed, cache.extract)
    assert (cache.hits, cache.misses) == (3, 3)


def test_cached_results_equal_fresh_ones_and_metadata_is_reread(tmp_path):
    cache = ExtractionCache(tmp_path)
    src = sources()[1]
    cache.extract(src)
    renamed = dataclasses.replace(src, meta={**src.meta, "title": "A new title"})
    hit = cache.extract(renamed)
    assert cache.hits == 1 and hit == extract(renamed) and hit.document["title"] == "A new title"


def test_publication_date_is_part_of_the_key(tmp_path):
    cache = ExtractionCache(tmp_path)
    src = sources()[1]
    cache.extract(src)
    cache.extract(dataclasses.replace(src, meta={**src.meta, "published": "2026-01-01"}))
    assert cache.misses == 2  # "this year" means another year now


def test_damaged_entries_are_recomputed(tmp_path):
    cache = ExtractionCache(tmp_path)
    src = sources()[0]
    fresh = cache.extract(src)
    for entry in (tmp_path / extractor_version()).rglob("*.pkl"):
        entry.write_bytes(b"not a pickle")
    assert cache.extract(src) == fresh and cache.misses == 2


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
