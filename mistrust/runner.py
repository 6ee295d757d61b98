"""Per-document extraction cache, so a rebuild re-extracts only new or changed documents.

An entry is keyed by the extractor version (a hash of the extraction code and
its lexicons), the doc_id, the normalised text's hash and the publication date
(it anchors relative dates). The documents row is never cached: metadata is
re-read on every build. Entries are written atomically; a missing, stale or
unreadable entry is simply recomputed, so the cache is safe to delete and
never changes results.
"""
from __future__ import annotations

import hashlib
import os
import pickle
from functools import lru_cache
from pathlib import Path

from .extract.pipeline import document_row, extract
from .types import DocResult, Source

PACKAGE = Path(__file__).resolve().parent
# What an extraction depends on: its code, its word lists and the types it returns.
EXTRACTOR_FILES = ("extract/**/*.py", "lexicons/**/*.toml", "types.py")


@lru_cache(maxsize=1)
def extractor_version() -> str:
    """Changes whenever any extraction module or lexicon changes."""
    h = hashlib.sha256()
    paths = {p for pattern in EXTRACTOR_FILES for p in PACKAGE.glob(pattern)}
    for path in sorted(paths, key=lambda p: p.relative_to(PACKAGE).as_posix()):
        h.update(path.relative_to(PACKAGE).as_posix().encode() + b"\0" + path.read_bytes())
    return h.hexdigest()[:16]


def key(src: Source) -> str:
    text_hash = hashlib.sha256(src.text.encode("utf-8")).hexdigest()
    return hashlib.sha256(f"{extractor_version()}\0{src.doc_id}\0{text_hash}\0{src.published}".encode()).hexdigest()


class ExtractionCache:
    def __init__(self, root: Path):
        self.root = root / extractor_version()
        self.hits = self.misses = 0

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

    def extract(self, src: Source) -> DocResult:
        """The cached result, or a fresh extraction that is then cached."""
        hit = self.get(src)
        if hit is not None:
            self.hits += 1
            return hit
        self.misses += 1
        result = extract(src)
        self.put(src, result)
        return result


def extract_batch(sources: list[Source], cache_dir: str | None):
    """Extract a batch through the cache (when given) into columnar frames: the unit of work a worker
    process runs. Returns (BatchTables or None when nothing was extracted, rejects)."""
    from .extract.pipeline import extract_all
    from .publish.tables import batch_tables
    cache = ExtractionCache(Path(cache_dir)) if cache_dir else None
    results, rejects = extract_all(sources, cache.extract if cache else None)
    return (batch_tables(results) if results else None), rejects
