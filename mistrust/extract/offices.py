"""Offices and their holders over time (lexicons/offices.toml): who "the Iraqi prime minister" was on a date.

A qualified title ("the Iraqi prime minister", "Iran's foreign ministry spokesman") names one office; an
unqualified one ("the president", "the minister") names a role that several offices share, resolved by the
text (the holder it has named) before any table.
"""
from __future__ import annotations

import re
from datetime import date
from functools import lru_cache
from typing import NamedTuple

from .lexicon import PREPOSITIONS, load, trie_regex


class Term(NamedTuple):
    holder: str
    start: date
    end: date | None


class Office(NamedTuple):
    id: str
    roles: tuple[str, ...]
    terms: tuple[Term, ...]
    located: tuple[str, ...] = ()  # "minister@Oman": what "the Omani minister" asks of its holder
    country: str | None = None  # the curated actor of its country


class Role(NamedTuple):
    id: str
    office: str | None  # the title denotes exactly this office: the table decides first
    default_office: str | None  # used only when the text names no holder
    refers_back: bool = False  # nobody introduced by the word: the person the text named last ("the diplomat said")


def _title_case(noun: str) -> str:
    return " ".join(w if w in ("of", "for") else w[:1].upper() + w[1:] for w in noun.split(" "))


def _qualified_surfaces(country: dict, noun: str) -> list[str]:
    out = []
    for n in {noun, _title_case(noun)}:
        for adj in country["adjectives"]:
            out += [f"{art}{adj} {n}" for art in ("the ", "The ", "")]
        # "Iran's" and "Iran’s": typeset text curls the apostrophe
        out += [f"{p} {n}" for pos in country["possessives"] for p in {pos, pos.replace("'", "’")}]
        # "the foreign minister of Saudi Arabia": the possessive's owner after "of"
        out += [f"{art}{n} of {pos[:-2]}" for pos in country["possessives"] for art in ("the ", "The ")]
        first, _, rest = n.partition(" ")
        if rest and first.lower() in load("offices")["split_modifiers"]:  # "the top Iranian diplomat"
            out += [f"{art}{first} {adj} {rest}" for adj in country["adjectives"] for art in ("the ", "The ")]
    return out


@lru_cache(maxsize=1)
def _tables() -> tuple[dict[str, Office], dict[str, Role], dict[str, str]]:
    data = load("offices")
    countries = {c["id"]: c for c in data["country"]}
    offices, surfaces = {}, {}
    for o in data["office"]:
        terms = tuple(Term(t["holder"], t["start"], t.get("end")) for t in o["terms"])
        actor = countries[o["country"]].get("actor")
        located = tuple(sorted({f"{n.split()[-1]}@{actor}" for n in o["nouns"]})) if actor else ()
        offices[o["id"]] = Office(o["id"], tuple(o["roles"]), terms, located, actor)
        for noun in o["nouns"]:
            for s in _qualified_surfaces(countries[o["country"]], noun):
                surfaces.setdefault(s, o["id"])
    roles = {}
    for r in data["role"]:
        roles[r["id"]] = Role(r["id"], r.get("office"), r.get("default_office"), r.get("refers_back", False))
        for t in r["titles"]:
            surfaces.setdefault(t, r["id"])
    return offices, roles, surfaces


def title_surfaces() -> dict[str, str]:
    """Every title as written → the office or role id it names."""
    return _tables()[2]


@lru_cache(maxsize=1)
def unnamed_surfaces() -> dict[str, tuple[str, bool]]:
    """"Iran's envoy", "the Iranian officials" → (the country's actor, whether one person is meant)."""
    data = load("offices")
    out = {}
    for c in data["country"]:
        if "actor" not in c:
            continue
        nouns = data["unnamed_nouns"] + [f"{m} {n}" for m in data["split_modifiers"] for n in data["unnamed_nouns"]] \
            + data["unnamed_bodies"]
        for noun in nouns:  # "Iran's chief negotiator" as well as "Iran's negotiator"
            for form, one in ((noun, True), (noun + "s", False)):
                for s in _qualified_surfaces(c, form):
                    out.setdefault(s, (c["actor"], one))
    return out


def holder(office_id: str, on: date | None) -> str | None:
    """Who held the office on that date (None when unknown or vacant)."""
    office = _tables()[0].get(office_id)
    if office is None or on is None:
        return None
    return next((t.holder for t in office.terms if t.start <= on and (t.end is None or on <= t.end)), None)


def left_before(name: str, role_id: str, on: date | None) -> bool:
    """Whether every term the table knows of name in an office answering to the role had ended by that date (a
    date a sentence tells may be another happening's, so a holder still to come is not ruled out)."""
    terms = [t for o in _tables()[0].values() if role_id in o.roles for t in o.terms if t.holder == name]
    return bool(terms) and on is not None and all(t.end is not None and t.end < on for t in terms)


@lru_cache(maxsize=256)
def office_in(role_id: str, country_actor: str) -> str | None:
    """The office of a country that answers to a role: ("prime_minister", "United Kingdom") → uk_prime_minister."""
    return next((o.id for o in _tables()[0].values() if o.country == country_actor and role_id in o.roles), None)


def is_office(key: str) -> bool:
    return key in _tables()[0]


def role(key: str) -> Role | None:
    return _tables()[1].get(key)


@lru_cache(maxsize=None)
def offices_held(name: str) -> frozenset[str]:
    """Office ids and roles a person holds at some time in the table: what titles can name them."""
    out = set()
    for o in _tables()[0].values():
        if any(t.holder == name for t in o.terms):
            out.add(o.id)
            out.update(o.roles + o.located)
    return frozenset(out)


@lru_cache(maxsize=1)
def _title_keys() -> tuple[tuple[str, str], ...]:
    """(lowercased title without its article, key), longest first, to read a title written before a name."""
    keys = {re.sub(r"^the ", "", s.lower()): k for s, k in title_surfaces().items()}
    return tuple(sorted(keys.items(), key=lambda kv: -len(kv[0])))


@lru_cache(maxsize=4096)
def keys_of_title(title: str) -> frozenset[str]:
    """Offices and roles a title before a name gives its holder: "Omani Foreign Minister" → oman_foreign_minister,
    foreign_minister, minister."""
    low = " ".join(title.lower().split())
    out = set()
    for words, key in _title_keys():
        if low == words or low.endswith(" " + words):
            out.add(key)
            o = _tables()[0].get(key)
            out.update(o.roles + o.located if o else ())
    return frozenset(out)


_COMPLEMENT = re.compile(rf" (?:{trie_regex(PREPOSITIONS | {'who', 'whose', 'based'})}) ")  # the head ends before it


def keys_of_apposition(text: str) -> frozenset[str]:
    """Roles a description after a name gives its person: "a former official and the author of a new book" →
    author, "a lawyer for the families" → lawyer (each conjunct's head, before its complement)."""
    out = set()
    for part in text.split(" and "):
        out |= keys_of_title(_COMPLEMENT.split(part, 1)[0])
    return frozenset(out)
