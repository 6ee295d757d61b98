"""What a build read and what it did, for the command line, the flow and the logs; no Prefect import, so that
`flows.build` can read the raw folder and report a rebuild with nothing changed before Prefect starts."""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from mistrust.ingest import ScanMemo, scan
from mistrust.publish import release_state


@dataclass
class Scanned:
    """The raw folder as a build read it (each file checked and hashed, its text dropped), the memo of that
    scan (saved when the build goes on) and the fingerprint of everything the build reads; `plan` is the
    extraction plan when it was made before Prefect started (`flows.build`), for `args`, the flow's arguments
    it answers (raw folder, output folder, cache, batch size)."""
    sources: list
    rejects: list
    memo: ScanMemo
    inputs: str
    plan: object = None  # mistrust.runner.Plan: that module imports the table libraries
    args: tuple = ()


def read_raw(raw: Path, cache_dir: Path | None) -> Scanned:
    memo = ScanMemo(cache_dir / "scan.json" if cache_dir else None)
    sources, rejects = scan(raw, keep_texts=False, memo=memo)
    return Scanned(sources, rejects, memo, release_state.inputs_fingerprint(sources, rejects))


@dataclass
class Outcome:
    """What a build did, for the command line and the logs."""
    version: str | None = None  # None: nothing published
    previous: str | None = None
    bump: str | None = None
    counts: dict[str, int] = field(default_factory=dict)
    rejects: list = field(default_factory=list)
    extracted: int = 0
    cached: int = 0

    def summary(self) -> str:
        if self.version:
            return f"published release {self.version} ({self.bump} version over {self.previous})" if self.previous \
                else f"published release {self.version} (the first release)"
        return f"nothing changed since release {self.previous}; nothing published"
