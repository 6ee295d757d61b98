"""Event keys: well-known events (`lexicons/known_events.toml`) share one key across documents;
any other mention gets a key from its type, date and actor, so reports of one happening meet."""
from __future__ import annotations

from dataclasses import dataclass

from ..types import slug
from .dates import DateMention
from .lexicon import load


@dataclass(frozen=True)
class KnownEvent:
    key: str
    etype: str
    years: frozenset[int]
    actors: frozenset[str]
    cues: tuple[str, ...]
    actor_required: bool = False

    def matches(self, etype: str, year: int | None, actors: set[str], low_sentence: str) -> bool:
        if etype != self.etype or not any(c in low_sentence for c in self.cues):
            return False
        involved = bool(self.actors & actors)
        if year is None:
            return involved
        return year in self.years and (involved or not self.actor_required)


KNOWN_EVENTS = tuple(KnownEvent(e["key"], e["type"], frozenset(e["years"]), frozenset(e["actors"]),
                                tuple(e["cues"]), e.get("actor_required", False))
                     for e in load("known_events")["event"])


_BY_TYPE: dict[str, tuple[KnownEvent, ...]] = {}
for _ev in KNOWN_EVENTS:  # each mention tries only the known events of its type, in file order
    _BY_TYPE[_ev.etype] = (*_BY_TYPE.get(_ev.etype, ()), _ev)


def known_event_key(event_type: str, year: int | None, actors: set[str], low: str) -> str | None:
    """The key of the well-known event this mention reports, given its lowercased sentence."""
    return next((ev.key for ev in _BY_TYPE.get(event_type, ()) if ev.matches(event_type, year, actors, low)), None)


def default_key(doc_id: str, etype: str, d: DateMention | None, actor: str | None, pos: int) -> str:
    """`attack-2020-01-08-iran`: same type, day (or year) and actor in every document."""
    when = d.date_start.isoformat() if d and d.date_start and d.precision == "day" else \
        str(d.date_start.year) if d and d.date_start else None
    if when and actor:
        return f"{etype}-{when}-{slug(actor)}"
    return f"{etype}-{when or 'undated'}-{slug(actor) if actor else 'unknown'}-{doc_id}-{pos}"


def event_key(doc_id: str, etype: str, d: DateMention | None, source: str | None, target: str | None,
              low_sentence: str, pos: int) -> str:
    year = d.date_start.year if d and d.date_start else None
    actors = {a for a in (source, target) if a}
    return known_event_key(etype, year, actors, low_sentence) or default_key(doc_id, etype, d, source or target, pos)
