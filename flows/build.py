"""Build flow: raw/ → extraction → validation → versioned release.

    python -m flows.build [--raw-dir raw] [--output-dir output] [--runner local|dask] [--workers N]

Runs on an embedded (ephemeral) Prefect API: no server to start. Documents are
extracted in batches (one task per batch), each document through the
extraction cache unless --no-cache. An unchanged rebuild stops before
extracting. Exit status: 0 when a release was published or nothing changed;
1 when the tables failed validation (nothing published); 2 when no valid
document could be built; 3 under --strict when any input file was rejected;
75 when another build holds the output folder's lock past --lock-timeout.
"""
from __future__ import annotations

import argparse
import multiprocessing
import os
import sys
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from pathlib import Path

os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")  # no telemetry calls from an offline build

from prefect import flow, get_run_logger, task  # noqa: E402
from prefect.cache_policies import NO_CACHE  # noqa: E402  (inputs are whole texts: never hash them)
from prefect.utilities.annotations import quote, unmapped  # noqa: E402
from prefect.task_runners import ThreadPoolTaskRunner  # noqa: E402

from mistrust.runner import ExtractionCache  # noqa: E402
from mistrust.runner import extract_batch as cached_extract_batch  # noqa: E402
from mistrust.ingest import scan  # noqa: E402
from mistrust.types import Reject, Source  # noqa: E402
from mistrust.publish.release_state import BuildLocked, Published, inputs_fingerprint, unchanged_release  # noqa: E402


class ValidationFailed(RuntimeError):
    pass


@task(name="ingest", cache_policy=NO_CACHE)
def ingest(raw_dir: Path) -> tuple[list[Source], list[Reject]]:
    sources, rejects = scan(raw_dir)
    log = get_run_logger()
    for r in rejects:
        log.warning("rejected %s", r)
    log.info("%d documents to build, %d files rejected", len(sources), len(rejects))
    return sources, rejects


@task(name="extract-batch", cache_policy=NO_CACHE)
def extract_batch(batch: list[Source], cache_dir: str | None, pool=None):
    """One batch of documents not in the cache, as columnar frames (Prefect keeps task results until the
    flow ends: frames are small, dict rows are not); the results are cached for the next build.

    With a pool the work runs in a worker process that imports only the extraction code."""
    if pool is not None:
        return pool.submit(cached_extract_batch, batch, cache_dir).result()
    return cached_extract_batch(batch, cache_dir)


@task(name="validate", cache_policy=NO_CACHE)
def assemble(batches: list, texts: dict[str, str]):
    from mistrust.publish.tables import combine  # polars and pandera load here, not in extraction workers
    from mistrust.publish.validate import validate
    tables = combine(batches)
    errors = validate(tables, texts)
    if errors:
        raise ValidationFailed("tables failed validation; nothing published:\n  " + "\n  ".join(errors))
    return tables


@task(name="publish", cache_policy=NO_CACHE)
def release(tables, output_dir: Path, rejects: list[Reject], warnings: list[str], lock_timeout: float,
            inputs: str) -> Published:
    from mistrust.publish.release import publish
    return publish(tables, output_dir, rejects, warnings, lock_timeout, inputs)


@flow(name="build-dataset")
def build(raw_dir: str = "raw", output_dir: str = "output", batch_size: int = 200, lock_timeout: float = 600.0,
          cache: bool = True, processes: int = 1):
    """Returns (Published or None when nothing valid, row counts per table, rejects)."""
    raw, out = Path(raw_dir), Path(output_dir)
    log = get_run_logger()
    sources, rejects = ingest(raw)
    if not sources:
        return None, {}, rejects
    inputs = inputs_fingerprint(sources, rejects)
    same = unchanged_release(out, inputs)
    if same is not None:
        log.info("inputs and code unchanged since release %s", same)
        return Published(None, None, None, same), {}, rejects
    from mistrust.publish.tables import batch_tables
    cache_dir = str(out / ".cache") if cache else None
    built, todo, n_built = [], sources, 0  # rows become frames batch by batch: no dict rows pile up
    if cache:
        store, todo = ExtractionCache(Path(cache_dir)), []
        for i in range(0, len(sources), batch_size):
            hits = []
            for s in sources[i:i + batch_size]:
                hit = store.get(s)
                hits.append(hit) if hit is not None else todo.append(s)
            if hits:
                built.append(batch_tables(hits))
                n_built += len(hits)
        log.info("%d/%d documents unchanged since they were last extracted", n_built, len(sources))
    batches = [todo[i:i + batch_size] for i in range(0, len(todo), batch_size)]
    done = n_built
    # A pool of worker processes pays off only for several batches.
    with _pool(processes if len(batches) > 1 else 1) as pool:
        for fut in extract_batch.map(batches, cache_dir=cache_dir, pool=unmapped(pool)):
            tables, failed = fut.result()
            n_ok = tables.frames["documents"].height if tables else 0
            if tables:
                built.append(tables)
                n_built += n_ok
            rejects = sorted(rejects + failed, key=lambda r: r.path)
            done += n_ok + len(failed)
            log.info("extracted %d/%d documents", done, len(sources))
    if not n_built:
        return None, {}, rejects
    warnings = [w for b in built for w in b.warnings]
    # quote(): large plain payloads; Prefect need not walk them looking for futures
    tables = assemble(quote(built), quote({s.doc_id: s.text for s in sources}))
    published = release(quote(tables), out, rejects, quote(warnings), lock_timeout, inputs)
    return published, {n: df.height for n, df in tables.items()}, rejects


@contextmanager
def _pool(processes: int):
    """Worker processes for extraction, started fresh (spawn) so they import only what they need."""
    if processes <= 1:
        yield None
        return
    with ProcessPoolExecutor(processes, mp_context=multiprocessing.get_context("spawn")) as pool:
        yield pool


def task_runner(name: str, workers: int, dask_address: str | None):
    if name == "local":
        return ThreadPoolTaskRunner(max_workers=workers)
    try:
        from prefect_dask import DaskTaskRunner
    except ImportError:
        raise SystemExit('--runner dask needs prefect-dask: pip install -c constraints.txt -e ".[dask]"') from None
    if dask_address:
        return DaskTaskRunner(address=dask_address)
    return DaskTaskRunner(cluster_class="distributed.LocalCluster",
                          cluster_kwargs={"n_workers": workers, "threads_per_worker": 1, "processes": True})


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m flows.build", description=__doc__.splitlines()[0])
    ap.add_argument("--raw-dir", default="raw")
    ap.add_argument("--output-dir", default="output")
    ap.add_argument("--batch-size", type=int, default=200, help="documents per extraction task")
    ap.add_argument("--runner", choices=["local", "dask"], default="local",
                    help="local: tasks in threads, extraction in --workers processes; dask: a Dask cluster")
    ap.add_argument("--workers", type=int, default=os.cpu_count() or 1,
                    help="processes for extraction (local), or workers of a new local Dask cluster")
    ap.add_argument("--dask-address", help="an existing Dask scheduler (with --runner dask)")
    ap.add_argument("--no-cache", action="store_true", help="extract every document afresh")
    ap.add_argument("--lock-timeout", type=float, default=600.0, help="seconds to wait for another build")
    ap.add_argument("--strict", action="store_true", help="exit 3 when any input file is rejected")
    a = ap.parse_args(argv)
    runner = task_runner(a.runner, a.workers, a.dask_address)
    try:
        published, counts, rejects = build.with_options(task_runner=runner)(
            a.raw_dir, a.output_dir, a.batch_size, a.lock_timeout, not a.no_cache,
            a.workers if a.runner == "local" else 1)
    except ValidationFailed as e:
        print(f"build failed: {e}", file=sys.stderr)
        return 1
    except BuildLocked as e:
        print(f"build not run: {e}", file=sys.stderr)
        return 75
    for r in rejects:
        print(f"rejected {Path(a.raw_dir) / r.path}: {r.reason}", file=sys.stderr)
    if published is None:
        print("no valid document to build; nothing published", file=sys.stderr)
        return 2
    if published.version is None:
        print(f"nothing changed since release {published.previous}; nothing published")
    else:
        print(f"published {published.path} ({published.bump} over {published.previous or 'nothing'})")
    if counts:
        width = max(map(len, counts))
        print("rows: " + ", ".join(f"{n} {c}" for n, c in counts.items()))
        print("\n".join(f"  {n:<{width}} {c:>9,}" for n, c in counts.items()))
    return 3 if a.strict and rejects else 0


if __name__ == "__main__":
    sys.exit(main())
