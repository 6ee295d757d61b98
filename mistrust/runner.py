"""Running extraction for a build: the plan (every document, in batches, and how many the cache holds), and
one batch in a worker process: its texts read from the raw folder, each document taken from the
per-document cache or extracted under a time budget, and the batch's rows written as parts into the
build's scratch folder (`scratch`), so only their paths and small counts travel back to the build.

The cache is keyed by the extractor version (a hash of the extraction code and its lexicons), the
doc_id, the normalised text's hash and the publication date (it anchors relative dates). The
documents row is never cached: metadata is re-read on every build. Entries are written atomically;
a missing, stale or unreadable entry is simply recomputed, so the cache is safe to delete and never
changes results. A whole batch's parts are cached too, keyed by its documents' keys, raw hashes and
metadata and by the code that makes parts (`parts_version`): a rebuild re-runs only the batches whose
documents changed, and reads no text for the others.
"""
from __future__ import annotations

import dataclasses
import fcntl
import hashlib
import json
import multiprocessing
import os
import pickle
import shutil
import signal
import tempfile
import threading
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import lru_cache
from importlib.metadata import version as package_version
from pathlib import Path

from . import faults
from .extract.pipeline import document_row, extract, extract_all
from .extract.text import normalise
from .publish.tables import BatchTables, batch_frames, doc_order, summarise, write_parts
from .publish.validate import span_errors, table_errors
from .types import DocResult, Reject, Source
from .versions import extractor_version

SCRATCH_PREFIX = ".scratch-"
ROOT = Path(__file__).resolve().parents[1]
PARTS_CODE = ("mistrust/publish/tables.py", "mistrust/publish/validate.py", "schemas/*.py")


def key(src: Source) -> str:
    return hashlib.sha256(f"{extractor_version()}\0{src.doc_id}\0{src.text_hash}\0{src.published}".encode()).hexdigest()


@lru_cache(maxsize=1)
def parts_version() -> str:
    """What a batch's parts depend on besides its documents: the extractor, the code that makes and checks parts,
    polars and pandera."""
    h = hashlib.sha256(f"{extractor_version()}\0polars {package_version('polars')}\0"
                       f"pandera {package_version('pandera')}\0".encode())
    for path in sorted({p for pattern in PARTS_CODE for p in ROOT.glob(pattern)}):
        h.update(path.relative_to(ROOT).as_posix().encode() + b"\0" + path.read_bytes())
    return h.hexdigest()


def batch_key(batch: list[Source]) -> str:
    h = hashlib.sha256(parts_version().encode())
    for src in batch:
        h.update(json.dumps([key(src), src.sha256, src.meta], sort_keys=True).encode())
    return h.hexdigest()


class ExtractionCache:
    def __init__(self, root: Path):
        self.root = root / extractor_version()

    def _path(self, k: str) -> Path:
        return self.root / k[:2] / f"{k}.pkl"

    def has(self, src: Source) -> bool:
        return self._path(key(src)).exists()

    def _parts(self, batch: list[Source]) -> Path:
        k = batch_key(batch)
        return self.root / "parts" / k[:2] / k

    def get_parts(self, batch: list[Source]) -> BatchTables | None:
        folder = self._parts(batch)
        try:
            with (folder / "batch.pkl").open("rb") as fh:
                tables: BatchTables = pickle.load(fh)
        except (OSError, EOFError, pickle.UnpicklingError, AttributeError, ValueError):
            return None
        tables.parts = {t: str(folder / name) for t, name in tables.parts.items()}
        return tables if all(Path(p).exists() for p in tables.parts.values()) else None

    def put_parts(self, batch: list[Source], frames, tables: BatchTables) -> BatchTables:
        """Write a batch's parts into its entry (a folder, renamed into place whole); returns them there."""
        final = self._parts(batch)
        final.parent.mkdir(parents=True, exist_ok=True)
        tmp = final.with_name(f".{final.name}.{os.getpid()}.tmp")
        shutil.rmtree(tmp, ignore_errors=True)
        write_parts(frames, tables, tmp, "part")
        named = dataclasses.replace(tables, parts={t: Path(p).name for t, p in tables.parts.items()})
        with (tmp / "batch.pkl").open("wb") as fh:
            pickle.dump(named, fh, protocol=pickle.HIGHEST_PROTOCOL)
        try:
            os.rename(tmp, final)
        except OSError:  # another build wrote the same entry first: the same bytes
            shutil.rmtree(tmp, ignore_errors=True)
        tables.parts = {t: str(final / name) for t, name in named.parts.items()}
        return tables

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


WARM_UP = Source("warm-up", 'In 2018 Donald Trump withdrew from the nuclear deal. "We will never negotiate," '
                 "Iran's foreign minister said on Monday. Sanctions cost Iran $50 billion, about 10% of its oil.\n",
                 "0" * 64)


@lru_cache(maxsize=1)
def warm_up() -> None:
    """Compile the extractor's patterns (seconds, once per process) on a short text."""
    extract(WARM_UP)


def start_process(warm: bool) -> None:
    """A worker's start, done before its first batch: importing this module (the table and extraction
    libraries), and with `warm` the warm-up."""
    if warm:
        warm_up()


def extract_one(src: Source, cache: ExtractionCache | None, budget: float) -> DocResult:
    """A fresh extraction within the budget (the process's warm-up is not charged to it), cached when a cache is
    given."""
    warm_up()
    with time_budget(scaled_budget(budget, len(src.text))):
        faults.failing_document(src.doc_id)
        result = extract(src)
    if cache is not None:
        cache.put(src, result)
    return result


@dataclass
class BatchResult:
    tables: BatchTables | None  # None when no document of the batch could be extracted
    rejects: list[Reject]
    extracted: int = 0
    cached: int = 0


@dataclass
class Plan:
    """What a build must do: every document, in batches in the order of their rows (`doc_order`); the batches
    whose parts the cache holds, by index (no task runs for them); how many documents the cache holds (their
    batch reads them from it instead of extracting them) and how many batches hold a document to extract."""
    batches: list[list[Source]] = field(default_factory=list)
    n_cached: int = 0
    extracting: int = 0
    done: dict[int, BatchResult] = field(default_factory=dict)

    @property
    def to_run(self) -> list[int]:
        return [i for i in range(len(self.batches)) if i not in self.done]


def plan(sources: list[Source], cache_dir: Path | None, batch_size: int) -> Plan:
    ordered = sorted(sources, key=lambda s: doc_order(s.doc_id))
    cache = ExtractionCache(cache_dir) if cache_dir else None
    batches = [ordered[i:i + batch_size] for i in range(0, len(ordered), batch_size)]
    parts = {i: cache.get_parts(b) for i, b in enumerate(batches)} if cache else {}
    done = {i: BatchResult(tables, [], 0, len(batches[i])) for i, tables in parts.items() if tables is not None}
    cached = [[cache.has(s) for s in b] if cache else [False] * len(b) for b in batches]
    return Plan(batches, sum(map(sum, cached)), sum(not all(c) for i, c in enumerate(cached) if i not in done), done)


def with_text(src: Source, raw_dir: Path | None) -> Source:
    """`src` with its text, read again from the raw folder when the scan dropped it."""
    if src.text is not None:
        return src
    data = (raw_dir / f"{src.doc_id}.txt").read_bytes()
    if hashlib.sha256(data).hexdigest() != src.sha256:
        raise ValueError("changed while the build ran; build again")
    return dataclasses.replace(src, text=normalise(data))


def run_batch(batch: list[Source], cache_dir: str | None, budget: float, parts_dir: str, name: str,
              raw_dir: str | None = None) -> BatchResult:
    """The unit of work of a worker process: read the texts, take each document from the cache or extract it,
    check every span against its text here, where the texts are, and write the rows as parts named `name`
    into `parts_dir`, or into the cache, which may already hold them."""
    cache = ExtractionCache(Path(cache_dir)) if cache_dir else None
    done = cache.get_parts(batch) if cache else None
    if done is not None:
        return BatchResult(done, [], 0, len(batch))
    loaded, rejects = [], []
    for src in batch:
        try:
            loaded.append(with_text(src, Path(raw_dir) if raw_dir else None))
        except OSError as e:
            rejects.append(Reject(f"{src.doc_id}.txt", f"cannot be read ({e.strerror or e})"))
        except ValueError as e:
            rejects.append(Reject(f"{src.doc_id}.txt", str(e)))
    hits = 0

    def cached_or_extracted(src: Source) -> DocResult:
        nonlocal hits
        hit = cache.get(src) if cache else None
        if hit is None:
            return extract_one(src, cache, budget)
        hits += 1
        return hit
    results, failed = extract_all(loaded, cached_or_extracted)
    rejects += failed
    if not results:
        return BatchResult(None, rejects)
    frames = batch_frames(results)
    batch_tables = summarise(results)
    batch_tables.errors = span_errors(frames, {s.doc_id: s.text for s in loaded})
    batch_tables.schema_errors = {t: table_errors(t, df) for t, df in frames.items()}  # once: cached with the parts
    if cache is not None and not rejects:  # a batch with a reject tries that document again next time
        written = cache.put_parts(batch, frames, batch_tables)
    else:
        written = write_parts(frames, batch_tables, Path(parts_dir), name)
    return BatchResult(written, rejects, len(results) - hits, hits)


@contextmanager
def scratch(output: Path):
    """The build's own folder under the output folder (the same file system, so its tables are renamed into the
    release), removed afterwards. It holds a lock while the build runs; a folder whose lock is free was left by a
    killed build and is removed here."""
    output.mkdir(parents=True, exist_ok=True)
    for old in output.glob(f"{SCRATCH_PREFIX}*"):
        try:
            with (old / ".lock").open("r") as fh:
                fcntl.flock(fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
                shutil.rmtree(old, ignore_errors=True)
        except (BlockingIOError, FileNotFoundError):
            continue  # another build's, still running
    new = Path(tempfile.mkdtemp(prefix=".new-scratch-", dir=output))
    lock = (new / ".lock").open("w")
    fcntl.flock(lock, fcntl.LOCK_EX)
    folder = new.with_name(SCRATCH_PREFIX + new.name.removeprefix(".new-scratch-"))
    os.rename(new, folder)  # visible to other builds' clean-up only once locked
    try:
        yield folder
    finally:
        shutil.rmtree(folder, ignore_errors=True)
        lock.close()


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

    @classmethod
    def started(cls, processes: int, warm: bool) -> Workers:
        """Workers whose processes start now, and with `warm` compile the extractor's patterns: that overlaps what
        the caller does next instead of delaying the first batches."""
        workers = cls(processes)
        for _ in range(processes):  # while no process is idle, each job spawns one: one job per process
            workers._pool.submit(start_process, warm)
        return workers

    def run(self, batch: list[Source], *job) -> list[BatchResult]:
        """`job`: run_batch's arguments after the batch."""
        pool = self._pool
        try:
            return [pool.submit(run_batch, batch, *job).result()]
        except BrokenProcessPool:
            with self._lock:  # batches in flight on the broken pool all land here; one replaces it
                if self._pool is pool:
                    self._pool = _spawn(self._processes)
            return self._one_at_a_time(batch, *job)

    @staticmethod
    def _one_at_a_time(batch: list[Source], cache_dir, budget, parts_dir, name, raw_dir=None) -> list[BatchResult]:
        results, solo = [], _spawn(1)
        for i, src in enumerate(batch):
            try:
                results.append(solo.submit(run_batch, [src], cache_dir, budget, parts_dir, f"{name}-{i:04d}",
                                           raw_dir).result())
            except BrokenProcessPool:
                reason = "its extraction process died (killed by the system: out of memory?)"
                results.append(BatchResult(None, [Reject(f"{src.doc_id}.txt", reason)]))
                solo.shutdown()
                solo = _spawn(1)
        solo.shutdown()
        return results

    def close(self) -> None:
        self._pool.shutdown(cancel_futures=True)
