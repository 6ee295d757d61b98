"""Well-known events of this corpus, so mentions in different documents share one `event_key`.

A mention matches an entry when its type is the entry's, its sentence names one
of the `cues`, and either it is dated to one of the `years` or, undated, it
involves one of the `actors`. `actor_required` entries (a withdrawal in 2018
is not necessarily the US one) need an actor even when dated. Keys are
readable and stable.
"""
from __future__ import annotations

KNOWN_EVENTS: tuple[dict, ...] = (
    {"key": "coup-1953-08-19-mohammad-mosaddegh", "type": "coup", "years": {1953},
     "actors": {"Mohammad Mosaddegh", "Central Intelligence Agency", "Kermit Roosevelt Jr.", "United Kingdom",
                "Mohammad Reza Pahlavi"},
     "cues": ("coup", "mosaddegh", "mossadegh", "mordad", "ousted")},
    {"key": "revolution-1979-iran", "type": "revolution", "years": {1978, 1979},
     "actors": {"Ruhollah Khomeini"}, "cues": ("revolution",)},
    {"key": "seizure-1979-11-04-us-embassy-tehran", "type": "seizure", "years": {1979, 1980, 1981},
     "actors": set(), "cues": ("embassy", "hostage")},
    {"key": "legislation-1964-capitulation-law", "type": "legislation", "years": {1964},
     "actors": set(), "cues": ("immunity", "capitulation")},
    {"key": "agreement-2015-07-14-jcpoa", "type": "agreement", "years": {2015},
     "actors": set(), "cues": ("nuclear", "jcpoa", "joint comprehensive")},
    {"key": "withdrawal-2018-05-08-united-states-jcpoa", "type": "withdrawal", "years": {2018},
     "actors": {"United States", "Donald Trump"}, "actor_required": True,
     "cues": ("jcpoa", "nuclear agreement", "nuclear deal", "joint comprehensive", "the agreement", "the deal")},
    {"key": "attack-2020-01-03-qasem-soleimani", "type": "attack", "years": {2020},
     "actors": {"Qasem Soleimani"}, "actor_required": True, "cues": ("soleimani",)},
)


def known_event_key(event_type: str, year: int | None, actors: set[str], sentence: str) -> str | None:
    low = sentence.lower()
    for ev in KNOWN_EVENTS:
        if ev["type"] != event_type or not any(c in low for c in ev["cues"]):
            continue
        involved = bool(ev["actors"] & actors)
        if year is None and not involved:
            continue
        if year is not None and (year not in ev["years"] or ev.get("actor_required") and not involved):
            continue
        return ev["key"]
    return None
