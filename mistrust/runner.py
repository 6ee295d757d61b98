"""Running extraction for a build: which documents need it (the plan), and one batch of them in a
worker process, through the per-document cache, under a per-document time budget.

The cache is keyed by the extractor version (a hash of the extraction code and its lexicons), the
doc_id, the normalised text's hash and the publication date (it anchors relative dates). The
documents row is never cached: metadata is re-read on every build. Entries are written atomically;
a missing, stale or unreadable entry is simply recomputed, so the cache is safe to delete and never
changes results.
"""
from __future__ import annotations

import hashlib
import multiprocessing
import os
import pickle
import signal
import threading
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from . import faults
from .extract.pipeline import document_row, extract, extract_all
from .publish.tables import BatchTables, batch_tables
from .publish.validate import span_errors
from .types import DocResult, Reject, Source
from .versions import extractor_version

def key(src: Source) -> str:
    text_hash = hashlib.sha256(src.text.encode("utf-8")).hexdigest()
    return hashlib.sha256(f"{extractor_version()}\0{src.doc_id}\0{text_hash}\0{src.published}".encode()).hexdigest()


class ExtractionCache:
    def __init__(self, root: Path):
        self.root = root / extractor_version()

    def _path(self, k: str) -> Path:
        return self.root / k[:2] / f"{k}.pkl"

    def get(self, src: Source) -> DocResult | None:
        try:
            with self._path(key(src)).open("rb") as fh:
                cached: DocResult = pickle.load(fh)
        except (OSError, EOFError, pickle.UnpicklingError, AttributeError, ValueError):
            return None
        cached.document = document_row(src, cached.document["n_words"])  # metadata may have changed
        return cached

    def put(self, src: Source, result: DocResult) -> None:
        path = self._path(key(src))
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(f".{os.getpid()}.tmp")
        with tmp.open("wb") as fh:
            pickle.dump(result, fh, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)
        faults.kill_point("after-cache-write")


class DocumentTimeout(Exception):
    pass


@contextmanager
def time_budget(seconds: float):
    """Raise DocumentTimeout in this thread after `seconds` of wall time (main thread only: a signal)."""
    if seconds <= 0 or threading.current_thread() is not threading.main_thread():
        yield
        return

    def expire(signum, frame):
        raise DocumentTimeout(f"took longer than its {seconds:g} s budget (--doc-timeout, per million characters)")
    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def scaled_budget(budget: float, n_chars: int) -> float:
    """`budget` seconds per million characters, and at least `budget`: linear-time extraction of a long
    but honest document fits, a super-linear blow-up does not."""
    return budget * max(1.0, n_chars / 1_000_000)


def extract_one(src: Source, cache: ExtractionCache | None, budget: float) -> DocResult:
    """A fresh extraction within the budget, cached when a cache is given."""
    with time_budget(scaled_budget(budget, len(src.text))):
        faults.failing_document(src.doc_id)
        result = extract(src)
    if cache is not None:
        cache.put(src, result)
    return result


@dataclass
class Plan:
    """What a build must do: frames of the documents the cache already holds, and batches to extract."""
    cached: list[BatchTables] = field(default_factory=list)
    batches: list[list[Source]] = field(default_factory=list)
    n_cached: int = 0


def plan(sources: list[Source], cache_dir: Path | None, batch_size: int) -> Plan:
    cache = ExtractionCache(cache_dir) if cache_dir else None
    out, todo = Plan(), []
    for i in range(0, len(sources), batch_size):
        hits = []
        for src in sources[i:i + batch_size]:
            hit = cache.get(src) if cache else None
            hits.append(hit) if hit is not None else todo.append(src)
        if hits:
            out.cached.append(batch_tables(hits))
            out.n_cached += len(hits)
    out.batches = [todo[i:i + batch_size] for i in range(0, len(todo), batch_size)]
    return out


@dataclass
class BatchResult:
    tables: BatchTables | None  # None when no document of the batch could be extracted
    rejects: list[Reject]


def run_batch(batch: list[Source], cache_dir: str | None, budget: float) -> BatchResult:
    """The unit of work of a worker process: extract, cache, turn into frames and check every span
    against its text here, where the texts are, so they never travel again."""
    cache = ExtractionCache(Path(cache_dir)) if cache_dir else None
    results, rejects = extract_all(batch, lambda src: extract_one(src, cache, budget))
    if not results:
        return BatchResult(None, rejects)
    tables = batch_tables(results)
    errors = span_errors(tables.frames, {s.doc_id: s.text for s in batch})
    if errors:
        tables.errors = errors
    return BatchResult(tables, rejects)


def _spawn(processes: int) -> ProcessPoolExecutor:
    # spawn, not fork: no Prefect threads copied; each document runs in a main thread, where its budget fires
    return ProcessPoolExecutor(processes, mp_context=multiprocessing.get_context("spawn"))


class Workers:
    """Extraction processes shared by the batches of a build. A document that kills its process (the
    kernel's out-of-memory killer, a crash in native code) costs only itself: its batch is run again one
    document at a time and the one whose process dies is rejected with that reason."""

    def __init__(self, processes: int):
        self._processes = processes
        self._lock = threading.Lock()
        self._pool = _spawn(processes)

    def run(self, batch: list[Source], cache_dir: str | None, budget: float) -> list[BatchResult]:
        pool = self._pool
        try:
            return [pool.submit(run_batch, batch, cache_dir, budget).result()]
        except BrokenProcessPool:
            with self._lock:  # batches in flight on the broken pool all land here; one replaces it
                if self._pool is pool:
                    self._pool = _spawn(self._processes)
            return self._one_at_a_time(batch, cache_dir, budget)

    @staticmethod
    def _one_at_a_time(batch: list[Source], cache_dir: str | None, budget: float) -> list[BatchResult]:
        results, solo = [], _spawn(1)
        for src in batch:
            try:
                results.append(solo.submit(run_batch, [src], cache_dir, budget).result())
            except BrokenProcessPool:
                reason = "its extraction process died (killed by the system: out of memory?)"
                results.append(BatchResult(None, [Reject(f"{src.doc_id}.txt", reason)]))
                solo.shutdown()
                solo = _spawn(1)
        solo.shutdown()
        return results

    def close(self) -> None:
        self._pool.shutdown(cancel_futures=True)
