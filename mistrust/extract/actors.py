"""Curated actors: canonical names (SPEC §4), types, aliases, and a mention finder.

`wikidata_id` is filled only where the identifier is known for certain.
Titles (`the Supreme Leader`, `the president`) are *roles*: they resolve to the
holder of that role the document has named most so far, never to a guess.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

from ..types import ActorInfo
from .lexicon import load, trie_regex


@dataclass(frozen=True)
class Actor:
    name: str
    actor_type: str  # person, country, organization, group, document
    aliases: tuple[str, ...]
    wikidata_id: str | None = None
    roles: tuple[str, ...] = ()
    gender: str | None = None  # "m"/"f" for persons: "she" never resolves to a man


def _actors() -> tuple[Actor, ...]:
    return tuple(Actor(a["name"], a["type"], tuple(a["aliases"]), a.get("wikidata"), tuple(a.get("roles", ())),
                       a.get("gender")) for a in load("actors")["actor"])


ACTORS = _actors()
# Role titles → role; resolved against the document's most recent holder.
ROLE_TITLES = {t: r["role"] for r in load("actors")["role"] for t in r["titles"]}
# Before any holder is named, a title names the only plausible holder in this corpus' subject.
ROLE_DEFAULTS = {r["role"]: r["default"] for r in load("actors")["role"] if "default" in r}

BY_NAME = {a.name: a for a in ACTORS}


@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    surface: str
    name: str | None  # canonical name; None for a role title not yet resolved
    role: str | None = None


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern:
    body = trie_regex(_surface_map())
    # Case-sensitive: "US" is the country, "us" a pronoun.
    # "CIA-orchestrated", "U.S.-backed" are mentions; "Anti-American" is not
    return re.compile(rf"(?<![\w-])(?:{body})(?!\w)")


@lru_cache(maxsize=1)
def _surface_map() -> dict[str, tuple[str | None, str | None]]:
    m: dict[str, tuple[str | None, str | None]] = {}
    for a in ACTORS:
        for al in a.aliases:
            m[al] = (a.name, None)
    for t, role in ROLE_TITLES.items():
        m[t] = (None, role)
    for form in list(m):
        if form.startswith("the "):  # sentence-initial "The Constitution", "The Supreme Leader"
            m.setdefault("The" + form[3:], m[form])
    return m


def find_mentions(text: str, start: int = 0, end: int | None = None) -> list[Mention]:
    """Actor mentions in text[start:end]; a title resolves to the holder the text has named most so far."""
    smap = _surface_map()
    out: list[Mention] = []
    holders: dict[str, Counter] = {}
    for m in _pattern().finditer(text, start, len(text) if end is None else end):
        surface = m.group()
        name, role = smap[surface]
        if name is None:
            seen = holders.get(role)
            # most mentions wins; among equals, the latest named (Counter keeps insertion order)
            name = max(reversed(seen), key=seen.get) if seen else ROLE_DEFAULTS.get(role)
        else:
            for r in BY_NAME[name].roles:
                holders.setdefault(r, Counter())[name] += 1
                holders[r][name] = holders[r].pop(name)
        out.append(Mention(m.start(), m.end(), surface, name, role))
    return out


def gender(name: str) -> str | None:
    a = BY_NAME.get(name)
    return a.gender if a else None  # unknown for people the lexicon does not know


def actor_type(name: str) -> str:
    a = BY_NAME.get(name)
    return a.actor_type if a else "person"


def actor_info(name: str) -> ActorInfo:
    a = BY_NAME.get(name)
    return ActorInfo(a.actor_type, a.wikidata_id) if a else ActorInfo("person")

