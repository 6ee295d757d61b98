"""The Prefect flow `build-dataset` and its tasks: each task is one call into the library
(`mistrust.ingest`, `mistrust.runner`, `mistrust.publish`); this module only orchestrates.
`flows.build` is its command line, `flows.serve` its scheduled deployment."""
from __future__ import annotations

from contextlib import contextmanager
from pathlib import Path

from prefect import flow, get_run_logger, task
from prefect.cache_policies import NO_CACHE
from prefect.utilities.annotations import quote, unmapped

from mistrust import runner
from mistrust.publish import release, release_state, tables
from mistrust.types import NoValidDocument, ValidationFailed

from flows.outcome import Outcome, Scanned, read_raw


_started: list[runner.Workers] = []  # a pool `flows.build` started before Prefect's API, for the flow to take
_scanned: list[Scanned] = []  # and the raw folder as it read it, with its plan


@contextmanager
def started(pool: runner.Workers | None, scanned: Scanned | None = None):
    """Offer the flow a pool started before Prefect's API, whose processes start (and warm up) while the API
    does, and the scan and plan made then; the pool is closed afterwards, taken or not."""
    _started[:] = [pool] if pool else []
    _scanned[:] = [scanned] if scanned else []
    try:
        yield
    finally:
        _started.clear()
        _scanned.clear()
        if pool:
            pool.close()


def offered_scan(*args) -> Scanned | None:
    """The scan `started` offers, when made for these flow arguments (raw folder, output folder, cache, batch
    size), once."""
    return _scanned.pop() if _scanned and _scanned[0].args == args else None


@contextmanager
def worker_pool(processes: int):
    """Extraction processes (`runner.Workers`), those `started` offers if any; None when tasks run on Dask
    workers."""
    if processes < 1:
        yield None
        return
    pool = _started.pop() if _started else runner.Workers(processes)
    try:
        yield pool
    finally:
        pool.close()


def task_runner(name: str, workers: int, dask_address: str | None):
    from prefect.task_runners import ThreadPoolTaskRunner
    if name == "local":
        return ThreadPoolTaskRunner(max_workers=workers)
    from prefect_dask import DaskTaskRunner
    if dask_address:
        return DaskTaskRunner(address=dask_address)
    return DaskTaskRunner(cluster_class="distributed.LocalCluster",
                          cluster_kwargs={"n_workers": workers, "threads_per_worker": 1, "processes": True})


@task(name="scan-raw", cache_policy=NO_CACHE)
def scan_raw(raw_dir: Path, cache_dir: Path | None) -> Scanned:
    return read_raw(raw_dir, cache_dir)


@task(name="plan-extraction", cache_policy=NO_CACHE)
def plan_extraction(sources, cache_dir: Path | None, batch_size: int) -> runner.Plan:
    return runner.plan(sources, cache_dir, batch_size)


@task(name="run-batch", cache_policy=NO_CACHE)
def run_batch(batch, name: str, cache_dir: str | None, budget: float, parts_dir: str, raw_dir: str,
              pool) -> list[runner.BatchResult]:
    job = (cache_dir, budget, parts_dir, name, raw_dir)
    if pool is None:  # on a Dask worker: the worker process is the isolation
        return [runner.run_batch(batch, *job)]
    return pool.run(batch, *job)


@task(name="assemble-and-validate", cache_policy=NO_CACHE)
def assemble_and_validate(batches, folder: Path) -> dict[str, int]:
    counts, errors = tables.assemble(batches, folder)
    if errors:
        raise ValidationFailed("tables failed validation; nothing published:\n  " + "\n  ".join(errors[:50]))
    return counts


@task(name="publish-release", cache_policy=NO_CACHE)
def publish_release(folder: Path, output_dir: Path, rejects, warnings, lock_timeout: float, inputs: str,
                    keep: int | None = None):
    return release.publish(folder, output_dir, rejects, warnings, lock_timeout, inputs, keep)


def run_batches(plan: runner.Plan, cache_dir: Path | None, budget: float, parts_dir: Path, raw: Path,
                pool) -> list[runner.BatchResult]:
    """Every batch's result in the order of the plan: a task for each batch the cache does not hold whole."""
    log = get_run_logger()
    todo, results = plan.to_run, {i: [r] for i, r in plan.done.items()}
    to_extract, extracted = sum(map(len, plan.batches)) - plan.n_cached, 0
    futures = run_batch.map([plan.batches[i] for i in todo], [f"{i:06d}" for i in todo],
                            cache_dir=str(cache_dir) if cache_dir else None, budget=budget,
                            parts_dir=str(parts_dir), raw_dir=str(raw), pool=unmapped(pool)) if todo else []
    for i, fut in zip(todo, futures):
        results[i] = fut.result()
        extracted += sum(r.extracted for r in results[i])
        log.info("extracted %d of %d documents", extracted, to_extract)
    return [r for i in sorted(results) for r in results[i]]


@flow(name="build-dataset")
def build(raw_dir: str = "raw", output_dir: str = "output", batch_size: int = 200, lock_timeout: float = 600.0,
          cache: bool = True, workers: int = 1, doc_timeout: float = 30.0, keep: int | None = None) -> Outcome:
    """Publish a release of raw_dir into output_dir when anything changed. Raises (the run ends Failed)
    when nothing can be published because of an error. `workers`: extraction processes; 0 runs each
    batch inside its task (on Dask workers). `keep`: how many releases to keep (the newest, and LATEST's
    always); None keeps all. Workers write their rows into a scratch folder; this flow holds only paths,
    counts, rejects and warnings."""
    log = get_run_logger()
    raw, out = Path(raw_dir), Path(output_dir)
    cache_dir = out / ".cache" if cache else None
    scanned = offered_scan(raw_dir, output_dir, cache, batch_size) or scan_raw(raw, cache_dir)
    sources, rejects, inputs = scanned.sources, scanned.rejects, scanned.inputs
    for r in rejects:
        log.warning("rejected %s", r)
    if not sources:
        raise NoValidDocument(f"no valid document in {raw}; nothing published")
    log.info("%d documents to build, %d %s rejected", len(sources), len(rejects),
             "file" if len(rejects) == 1 else "files")
    same = release_state.unchanged_release(out, inputs)
    if same is not None:
        log.info("nothing changed since release %s (inputs and code unchanged): nothing to extract", same)
        return Outcome(previous=same, rejects=rejects)
    scanned.memo.save()  # only a build that goes on writes it: a no-op leaves the output untouched
    plan = scanned.plan or plan_extraction(quote(sources), cache_dir, batch_size)
    log.info("%d documents unchanged since they were last extracted, %d to extract, in %d batches (%d of them "
             "taken whole from the cache)", plan.n_cached, sum(map(len, plan.batches)) - plan.n_cached,
             len(plan.batches), len(plan.done))
    with runner.scratch(out) as work, worker_pool(min(workers, len(plan.to_run))) as pool:
        results = run_batches(plan, cache_dir, doc_timeout, work / "parts", raw, pool)
        built = [r.tables for r in results if r.tables is not None]
        extracted = sum(r.extracted for r in results)
        rejects += [x for r in results for x in r.rejects]
        rejects.sort(key=lambda r: r.path)
        if not built:
            raise NoValidDocument(f"no document of {raw} could be extracted; nothing published")
        counts = assemble_and_validate(quote(built), work / "tables")
        warnings = [w for b in built for w in b.warnings]
        published = publish_release(work / "tables", out, rejects, quote(warnings), lock_timeout, inputs, keep)
    outcome = Outcome(published.version, published.previous, published.bump, counts, rejects, extracted,
                      plan.n_cached)
    log.info(outcome.summary())
    return outcome
