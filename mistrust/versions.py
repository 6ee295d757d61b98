"""The extractor version: a hash of everything an extraction depends on (its code, its word lists and the
types it returns). Runner (the cache key) and publishing (the changelog) both read it from here."""
from __future__ import annotations

import hashlib
from functools import lru_cache
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent
EXTRACTOR_FILES = ("extract/**/*.py", "lexicons/**/*.toml", "types.py")


@lru_cache(maxsize=1)
def extractor_version() -> str:
    """Changes whenever any extraction module or lexicon changes."""
    h = hashlib.sha256()
    paths = {p for pattern in EXTRACTOR_FILES for p in PACKAGE.glob(pattern)}
    for path in sorted(paths, key=lambda p: p.relative_to(PACKAGE).as_posix()):
        h.update(path.relative_to(PACKAGE).as_posix().encode() + b"\0" + path.read_bytes())
    return h.hexdigest()[:16]
