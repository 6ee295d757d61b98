"""Types shared by every layer: what ingest reads, what extraction returns, what publishing lists.

No imports from the rest of the package, so extraction and publishing both depend on this module
and never on each other.
"""
from __future__ import annotations

import hashlib
import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import date

DOC_ID_PATTERN = r"[a-z0-9][a-z0-9-]{0,63}"
# The keys a raw/<doc_id>.meta.json may hold (SPEC §1); all but `published` are copied to the documents table.
META_KEYS = ("title", "publisher", "url", "published", "author", "language", "license", "note")


@dataclass(frozen=True)
class Reject:
    path: str  # relative to the raw folder
    reason: str

    def __str__(self) -> str:
        return f"{self.path}: {self.reason}"


@dataclass
class Source:
    doc_id: str
    text: str | None  # None when a build reads it again where it is extracted (`scan(keep_texts=False)`)
    sha256: str  # of the raw file's bytes
    meta: dict = field(default_factory=dict)
    text_sha256: str | None = None  # of the normalised text, UTF-8, for when `text` is None

    @property
    def text_hash(self) -> str:
        return self.text_sha256 if self.text is None else hashlib.sha256(self.text.encode("utf-8")).hexdigest()

    @property
    def published(self) -> date | None:
        p = self.meta.get("published")
        return date.fromisoformat(p) if p else None


@dataclass(frozen=True)
class ActorInfo:
    actor_type: str
    wikidata_id: str | None = None


@dataclass
class DocResult:
    """One document's rows for every table, as plain dicts."""
    doc_id: str
    document: dict
    quotes: list[dict] = field(default_factory=list)
    figures: list[dict] = field(default_factory=list)
    events: list[dict] = field(default_factory=list)
    # canonical name → surface form counts, and what the actors table says of each name
    mentions: dict[str, Counter] = field(default_factory=dict)
    actors: dict[str, ActorInfo] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)


_NOT_SLUG = re.compile(r"[^a-z0-9]+")


def slug(name: str) -> str:
    return _NOT_SLUG.sub("-", name.lower()).strip("-")


class BuildError(RuntimeError):
    """A build that publishes nothing; `exit_code` is what the command line returns for it."""
    exit_code = 70


class ValidationFailed(BuildError):
    exit_code = 1


class NoValidDocument(BuildError):
    exit_code = 2


class BuildLocked(BuildError):
    exit_code = 75
