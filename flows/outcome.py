"""What a build did, for the command line and the logs; no Prefect import, so that `flows.build` can report a
rebuild with nothing changed before Prefect starts."""
from __future__ import annotations

from dataclasses import dataclass, field


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
