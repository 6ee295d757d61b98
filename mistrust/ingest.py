"""Reading raw/: one document per `<doc_id>.txt`, optional `<doc_id>.meta.json`.

Every problem becomes a `Reject` naming the file and the reason; it never
stops the other documents.
"""
from __future__ import annotations

import hashlib
import json
import os
import re
import time
from datetime import date
from pathlib import Path

from .extract.text import normalise
from .types import DOC_ID_PATTERN, META_KEYS, Reject, Source

DOC_ID = re.compile(DOC_ID_PATTERN)
MAX_BYTES = 50 * 1024 * 1024


def _inside(path: Path, root: Path) -> bool:
    try:
        path.resolve().relative_to(root.resolve())
        return True
    except ValueError:
        return False


def read_meta(path: Path) -> dict:
    """Validated metadata, or ValueError with the reason."""
    try:
        data = json.loads(path.read_bytes().decode("utf-8"))
    except UnicodeDecodeError:
        raise ValueError("metadata is not UTF-8") from None
    except (json.JSONDecodeError, RecursionError) as e:
        raise ValueError(f"metadata is not valid JSON ({str(e)[:80]})") from None
    if not isinstance(data, dict):
        raise ValueError(f"metadata must be a JSON object, not {type(data).__name__}")
    unknown = sorted(set(data) - set(META_KEYS))
    if unknown:
        raise ValueError(f"metadata has unknown keys: {', '.join(unknown)}")
    meta = {}
    for k, v in data.items():
        if v is None:
            continue
        if not isinstance(v, str):
            raise ValueError(f"metadata key '{k}' must be a string, not {type(v).__name__}")
        meta[k] = v.strip()
    if meta.get("published"):
        try:
            date.fromisoformat(meta["published"])
        except ValueError:
            raise ValueError(f"metadata 'published' is not an ISO date: {meta['published'][:40]!r}") from None
    return meta


def read_document(path: Path, root: Path, keep_text: bool = True) -> Source:
    """One raw document, or ValueError with the reason. Without `keep_text` only the text's hash is kept."""
    if path.is_symlink() and not _inside(path, root):
        raise ValueError("symbolic link pointing outside the raw folder")
    if not path.is_file():
        raise ValueError("not a regular file")
    if path.stat().st_size > MAX_BYTES:
        raise ValueError(f"larger than {MAX_BYTES // (1024 * 1024)} MB")
    raw = path.read_bytes()
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise ValueError("not UTF-8 (UTF-16 byte order mark); save the file as UTF-8")
    if b"\x00" in raw:
        raise ValueError("binary content (NUL bytes)")
    try:
        text = normalise(raw)
    except UnicodeDecodeError as e:
        raise ValueError(f"not valid UTF-8 (byte {e.start})") from None
    if not text.strip():
        raise ValueError("empty or whitespace-only")
    doc_id = path.name[:-len(".txt")]
    meta_path = path.with_name(f"{doc_id}.meta.json")
    meta = {}
    if meta_path.exists() or meta_path.is_symlink():
        if meta_path.is_symlink() and not _inside(meta_path, root):
            raise ValueError(f"{meta_path.name}: symbolic link pointing outside the raw folder")
        try:
            meta = read_meta(meta_path)
        except ValueError as e:
            raise ValueError(f"{meta_path.name}: {e}") from None
    if keep_text:
        return Source(doc_id, text, hashlib.sha256(raw).hexdigest(), meta)
    return Source(doc_id, None, hashlib.sha256(raw).hexdigest(), meta, hashlib.sha256(text.encode("utf-8")).hexdigest())


_RACY_S = 2  # a file changed this recently may change again within its timestamps' grain: never remembered
_CODE = (Path(__file__), Path(__file__).parent / "extract" / "text.py")  # what a remembered scan depends on


def _stamp(path: Path) -> list[int] | None:
    """What changes whenever a file's bytes change (size, times, inode); None for a link (always read)."""
    if path.is_symlink():
        return None
    st = path.stat()
    return [st.st_size, st.st_mtime_ns, st.st_ctime_ns, st.st_ino, st.st_dev]


class ScanMemo:
    """The checks and hashes of the files a previous scan read, keyed by each file's stamp (and its metadata
    file's), so a rebuild reads only new or changed files. Kept under the output's cache; deleting it costs
    only time. A file changed within the last seconds is read again next time too."""

    def __init__(self, path: Path | None):
        self.path, self.seen, self.version = path, {}, hashlib.sha256(b"".join(p.read_bytes() for p in _CODE)).hexdigest()
        try:
            old = json.loads(path.read_text()) if path is not None else {}
        except (OSError, ValueError):
            old = {}
        self.old = old.get("files", {}) if isinstance(old, dict) and old.get("version") == self.version else {}

    def read(self, path: Path, root: Path, keep_text: bool) -> Source:
        meta = path.with_name(path.name[:-len(".txt")] + ".meta.json")
        key = [_stamp(path), _stamp(meta) if meta.exists() or meta.is_symlink() else "none"]
        hit = self.old.get(path.name)
        if not keep_text and None not in key and hit is not None and hit["key"] == key:
            self.seen[path.name] = hit
            return Source(path.name[:-len(".txt")], None, hit["sha256"], hit["meta"], hit["text_sha256"])
        src = read_document(path, root, keep_text)
        recent = time.time_ns() - _RACY_S * 10**9
        if None not in key and not any(k != "none" and max(k[1], k[2]) > recent for k in key):
            self.seen[path.name] = {"key": key, "sha256": src.sha256, "meta": src.meta, "text_sha256": src.text_hash}
        return src

    def save(self) -> None:
        if self.path is None or self.seen == self.old:
            return
        tmp = self.path.with_name(f".{self.path.name}.{os.getpid()}.tmp")
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            tmp.write_text(json.dumps({"version": self.version, "files": self.seen}, sort_keys=True))
            os.replace(tmp, self.path)  # never half-written
        except OSError:
            tmp.unlink(missing_ok=True)  # a memo that cannot be kept costs the next scan time, nothing else


def scan(raw_dir: Path, keep_texts: bool = True, memo: ScanMemo | None = None) -> tuple[list[Source], list[Reject]]:
    """All valid documents sorted by doc_id, and every rejected file with its reason. A build scans with
    `keep_texts=False`: each text is checked and hashed, then dropped, and read again where it is extracted,
    so memory does not grow with the corpus; with `memo`, a file unchanged since the scan that wrote it is
    not read again (the caller saves the memo when the scan leads to a build: a no-op writes nothing)."""
    sources: list[Source] = []
    rejects: list[Reject] = []
    if not raw_dir.is_dir():
        return [], [Reject(str(raw_dir), "raw folder does not exist")]
    remembered = memo or ScanMemo(None)
    for path in sorted(raw_dir.iterdir(), key=lambda p: p.name):
        name = path.name
        if name.startswith("."):
            continue
        if name.endswith(".meta.json"):
            stem = name[:-len(".meta.json")]
            if not (raw_dir / f"{stem}.txt").exists():
                rejects.append(Reject(name, "metadata file without a matching .txt document"))
            continue
        if not name.endswith(".txt"):
            rejects.append(Reject(name, "not a document: expected <doc_id>.txt"))
            continue
        stem = name[:-len(".txt")]
        if not DOC_ID.fullmatch(stem):
            rejects.append(Reject(name, "file name is not a valid doc_id (lowercase [a-z0-9][a-z0-9-]{0,63})"))
            continue
        try:
            sources.append(remembered.read(path, raw_dir, keep_texts))
        except ValueError as e:
            rejects.append(Reject(name, str(e)))
        except OSError as e:
            rejects.append(Reject(name, f"cannot be read ({e.strerror or e})"))
    return sources, rejects


__all__ = ["Reject", "ScanMemo", "Source", "scan", "read_document", "read_meta"]
