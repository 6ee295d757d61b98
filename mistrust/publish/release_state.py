"""What an output folder holds, read without heavy imports: the latest release, whether a build's
inputs are the ones it was made from, and the outcome of publishing."""
from __future__ import annotations

import hashlib
import json
import os
from dataclasses import dataclass
from importlib.metadata import version as package_version
from pathlib import Path

from ..types import BuildLocked, Reject, Source  # noqa: F401  (BuildLocked: raised by publishing)

ROOT = Path(__file__).resolve().parents[2]
INPUTS = "INPUTS"  # "<version> <inputs fingerprint>": the latest release is what these inputs build
CODE = ("mistrust/**/*.py", "mistrust/lexicons/**/*.toml", "schemas/*.py", "flows/*.py")



@dataclass(frozen=True)
class Published:
    version: str | None  # None: nothing changed, nothing published
    path: Path | None
    bump: str | None
    previous: str | None


def latest(output: Path) -> str | None:
    p = output / "LATEST"
    if not p.exists():
        return None
    v = p.read_text().strip()
    return v if (output / v / "datapackage.json").exists() else None


def inputs_fingerprint(sources: list[Source], rejects: list[Reject]) -> str:
    """Everything a build reads: the code, the libraries that write the files, every input and reject."""
    h = hashlib.sha256()
    for path in sorted({p.relative_to(ROOT).as_posix() for pattern in CODE for p in ROOT.glob(pattern)}):
        h.update(f"{path}\0".encode() + (ROOT / path).read_bytes())
    h.update(f"polars {package_version('polars')} pyarrow {package_version('pyarrow')}\0".encode())
    for s in sources:
        h.update(json.dumps([s.doc_id, s.sha256, s.meta], sort_keys=True).encode())
    h.update(json.dumps([str(r) for r in rejects]).encode())
    return h.hexdigest()


def record_inputs(output: Path, version: str, inputs: str) -> None:
    """Remember that `version` is what these inputs and code build. Releases are immutable, so a build whose
    tables come out unchanged from new code records it here (committed with the release), not in the release."""
    path = output / INPUTS
    if not path.exists() or path.read_text() != f"{version} {inputs}\n":
        write_atomic(path, f"{version} {inputs}\n")


def write_atomic(path: Path, text: str) -> None:
    """Readers see the old file or the new one, never a part."""
    tmp = path.with_name(f".{path.name}.tmp")
    tmp.write_text(text)
    with tmp.open("rb") as fh:
        os.fsync(fh.fileno())
    os.replace(tmp, path)


def unchanged_release(output: Path, inputs: str) -> str | None:
    """The latest release's version when it was built from exactly these inputs and code."""
    version = latest(output)
    if version is None:
        return None
    recorded = (output / INPUTS).read_text().split() if (output / INPUTS).exists() else []
    if recorded == [version, inputs]:
        return version
    pkg = json.loads((output / version / "datapackage.json").read_text())
    return version if pkg.get("fingerprint", {}).get("inputs") == inputs else None
