"""Curated actors: canonical names (SPEC §4), types, aliases, and a mention finder.

`wikidata_id` is filled only where the identifier is known for certain.
Titles (`the Supreme Leader`, `the Iraqi prime minister`, `the president`) name offices or roles
(lexicons/offices.toml): `RoleResolver` turns them into the holder on the document's date or the
holder the document has named, never into a guess.
"""
from __future__ import annotations

import bisect
import re
from collections import Counter
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from ..types import ActorInfo
from . import offices
from .lexicon import load, trie_regex
from .text import DATELINE_HEAD
from .persons import another_given_name
from .rx import guard
from .text import Spans


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
BY_NAME = {a.name: a for a in ACTORS}


UNNAMED_PERSON = "unnamed person"  # `role` of "Iran's envoy": someone acting for the named country
UNNAMED_GROUP = "unnamed group"  # "Iranian officials"


_INDEFINITE_PERSON = re.compile(r"\b(?:[Aa]n?|[Oo]ne)\s+(?:[\w-]+\s+){0,3}?(?:" +
                                trie_regex(load("offices")["unnamed_nouns"]) + r")\b")


@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    surface: str
    name: str | None  # canonical name; None for a title (office or role) not resolved yet
    role: str | None = None


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern:
    body = trie_regex(_surface_map())
    # Case-sensitive: "US" is the country, "us" a pronoun.
    # "CIA-orchestrated", "U.S.-backed" are mentions; "Anti-American" is not.
    # The guard before the look-behind: most characters are no name's first, and the guard is the cheaper test.
    return re.compile(rf"{guard(body)}(?<![\w-])(?:{body})(?!\w)")


@lru_cache(maxsize=1)
def _surface_map() -> dict[str, tuple[str | None, str | None]]:
    m: dict[str, tuple[str | None, str | None]] = {}
    for a in ACTORS:
        for al in a.aliases:  # typeset text curls the apostrophe: a curated name wins in either form
            m[al] = m[al.replace("'", "’")] = (a.name, None)
    for t, key in offices.title_surfaces().items():
        m.setdefault(t, (None, key))
    for t, (actor, one) in offices.unnamed_surfaces().items():
        m.setdefault(t, (actor, UNNAMED_PERSON if one else UNNAMED_GROUP))
    for form in list(m):
        if form.startswith("the "):  # sentence-initial "The Constitution", "The Supreme Leader"
            m.setdefault("The" + form[3:], m[form])
    for form in [f for f in m if "'" in f]:  # typeset text curls the apostrophe: "Iran’s foreign ministry"
        m.setdefault(form.replace("'", "’"), m[form])
    return m


@lru_cache(maxsize=1)
def _casefolded() -> dict[str, str]:
    return {al.casefold(): a.name for a in ACTORS for al in a.aliases}


def actor_by_caps(surface: str) -> str | None:
    """The actor an all-capitals label names ("KAYHAN:", "DONYA-E-EQTESAD:" in a press review)."""
    return _casefolded().get(surface.casefold()) if surface.isupper() else None


_LINE_START = re.compile(r"^(?=[A-Z])", re.M)
_HOME_REACH = 1500  # characters of the first screen a story's dateline stands in


_MEDIA = frozenset({"newspaper", "news_agency", "broadcaster"})


def is_media(name: str | None) -> bool:
    """A news outlet: it carries others' words and acts in no story it reports."""
    return bool(name) and bool(roles_of(name) & _MEDIA)


def dateline_at(text: str, pos: int, endpos: int) -> re.Match | None:
    """A dateline head at pos ("TEHRAN (Tasnim) –", "ISLAMABAD:"): a place, not an actor's label ("KAYHAN:")."""
    head = DATELINE_HEAD.match(text, pos, endpos)
    name = actor_by_caps(head["place"]) if head else None
    return head if head and (name is None or actor_type(name) == "country") else None


def dateline_country(text: str) -> str | None:
    """The country whose capital heads the story's dateline ("LONDON —", "ISLAMABAD:"), if any."""
    for line in _LINE_START.finditer(text, 0, _HOME_REACH):
        head = dateline_at(text, line.start(), min(len(text), line.start() + 100))
        name = actor_by_caps(head["place"]) if head else None
        if name:
            return name
    return None


def home_of(dateline: str | None) -> str | None:
    """The dateline's country when its bare "the foreign ministry" is its own (`home_bodies` in offices.toml)."""
    return None if dateline in _home()[1] else dateline


@lru_cache(maxsize=1)
def _home() -> tuple[frozenset, frozenset]:
    data = load("offices")
    return frozenset(data["home_bodies"]), frozenset(data["home_bodies_kept_in"])


def home_body(surface: str) -> bool:
    """`the foreign ministry`, `the Foreign Office`: a body a dateline's country owns when nothing qualifies it."""
    low = surface.lower()
    return (low[4:] if low.startswith("the ") else low) in _home()[0]


def curated_surnames(mentions: list[Mention]) -> list[tuple[str, str]]:
    """(surname, name) of each curated person named in full, in order: later "Mousavi said" is Abbas Mousavi."""
    return [(last, m.name) for m in mentions if m.name and " " in m.surface and
            (last := m.surface.split()[-1]).isalpha() and last[0].isupper() and actor_type(m.name) == "person"]


_DOUBLE_BARRELLED = re.compile(r"-[A-Z]")  # "Mattis-Lund" is no mention of Mattis ("CIA-backed", "U.S.-Iran" are)


@lru_cache(maxsize=1)
def _body_noun() -> re.Pattern:
    return re.compile(rf"\b[Tt]he\s+({trie_regex(load('offices')['body_nouns'])})\b(?![\w-]| of\b)")


def body_backrefs(masked: str, named) -> list[tuple[int, int, str]]:
    """(start, end, name) of each `the ministry`, `the agency`: the latest body named before (in `named`,
    sorted, with `start`, `surface` and `name`) whose mention holds the noun."""
    out, starts = [], [n.start for n in named]
    for m in _body_noun().finditer(masked):
        i = bisect.bisect_left(starts, m.start())
        back = (n for n in reversed(named[max(0, i - 40):i]) if n.name and actor_type(n.name) != "person")
        body = next((n for n in back if m.group(1) in n.surface.lower() or m.group(1) in n.name.lower()), None)
        if body is not None and (i == len(named) or named[i].start >= m.end()):
            out.append((m.start(), m.end(), body.name))
    return out


@lru_cache(maxsize=1)
def _group_backref() -> tuple[dict[str, str], re.Pattern]:
    groups = {phrase: name for name, phrases in load("offices")["group_backrefs"].items() for phrase in phrases}
    forms = {f[0].upper() + f[1:]: n for f, n in groups.items()} | groups  # "The three countries said"
    return forms, re.compile(rf"\b(?:{trie_regex(forms)})\b")


@lru_cache(maxsize=1)
def _group_words() -> frozenset:
    return frozenset(phrase.split()[1] for phrase in _group_backref()[0])


_GROUP_REACH = 40  # named actors back to the group a plural back-reference means


def group_backrefs(masked: str, named) -> list[tuple[int, int, str]]:
    """(start, end, name) of each `the three countries`: the group it stands for, when that group is among the
    last named actors (in `named`, sorted, with `start` and `name`)."""
    forms, pattern = _group_backref()
    if not any(w in masked for w in _group_words()):  # most texts: none of the phrases' words
        return []
    out, starts = [], [n.start for n in named]
    for m in pattern.finditer(masked):
        i = bisect.bisect_left(starts, m.start())
        back = named[max(0, i - _GROUP_REACH):i]
        last = max((k for k, n in enumerate(back) if n.name == forms[m.group()]), default=-1)
        if last >= 0 and not _coordinated(masked, back[last + 1:]):
            out.append((m.start(), m.end(), forms[m.group()]))
    return out


_JOINED = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+")


def _coordinated(masked: str, named) -> bool:
    """Two countries joined by a comma or "and": another set named since ("Iran, Iraq and Syria met")."""
    countries = [n for n in named if n.name and actor_type(n.name) == "country"]
    return any(_JOINED.fullmatch(masked, a.end, b.start) for a, b in zip(countries, countries[1:]))


def find_mentions(text: str, start: int = 0, end: int | None = None) -> list[Mention]:
    """Actor mentions in text[start:end]; titles come with `role` set and no name (see `RoleResolver`)."""
    smap = _surface_map()
    end = len(text) if end is None else end
    out = [Mention(m.start(), m.end(), m.group(), *smap[m.group()]) for m in _pattern().finditer(text, start, end)
           if not _namesake(text, m) or actor_type(smap[m.group()][0] or "") != "person"]
    words, pattern = _national()
    more = [Mention(m.start(), m.end(), m.group(), words[m["w"]], UNNAMED_GROUP if m["pl"] else UNNAMED_PERSON)
            for m in pattern.finditer(text, start, end)]
    if not more:
        return out
    # the longer phrase wins over the country's name inside it ("Pakistan's foreign office"); both lists are in
    # text order and `more` never overlaps itself, so each test is a bisection
    starts = [y.start for y in more]

    def covering(x: Mention) -> Mention | None:
        i = bisect.bisect_right(starts, x.start) - 1
        return more[i] if i >= 0 and x.end <= more[i].end else None
    out = [x for x in out if covering(x) is None]
    kept = Spans((x.start, x.end) for x in out)
    return sorted(out + [y for y in more if not kept.overlaps(y.start, y.end)], key=lambda x: x.start)


@lru_cache(maxsize=1)
def _national() -> tuple[dict[str, str], re.Pattern]:
    """"the Turkish Foreign Ministry", "Pakistan's foreign office", "Kuwaiti officials": the bodies and unnamed
    people of a country the office tables lack, read by a small pattern of its own (generating every such
    surface into the big pattern costs its compile time and memory in every process)."""
    data = load("offices")
    covered = {c["actor"] for c in data["country"] if "actor" in c}
    words = {adj: name for adj, name in load("event_triggers")["roles"]["nationalities"].items()
             if name not in covered and name in BY_NAME and BY_NAME[name].actor_type == "country"}
    for name in set(words.values()):
        for alias in BY_NAME[name].aliases:
            words.update({f"{alias}'s": name, f"{alias}’s": name})
    nouns = trie_regex(data["unnamed_nouns"] + data["unnamed_bodies"])
    split = "|".join(data["split_modifiers"])
    body = rf"(?:(?:[Tt]he|[Aa]n?)\s+)?(?P<w>{trie_regex(words)})\s+(?:(?i:{split})\s+)?(?i:{nouns})(?P<pl>s)?(?![\w-])"
    return words, re.compile(rf"{guard(body, pairs=True)}(?<![\w-]){body}")  # the guard: most positions fail at once


def _namesake(text: str, m: re.Match) -> bool:
    """"Mattis-Lund" is no mention of Mattis, "Ahmad Khatami" none of Mohammad Khatami."""
    return bool(_DOUBLE_BARRELLED.match(text, m.end())) or " " not in m.group() and another_given_name(text, m.start())


@lru_cache(maxsize=4096)  # asked for every mention, of few names
def roles_of(name: str) -> frozenset[str]:
    """Roles and offices a curated person answers to."""
    a = BY_NAME.get(name)
    return offices.offices_held(name) | frozenset(a.roles if a else ())


class RoleResolver:
    """Resolves titles in reading order: an office by its holder on the date (unless the text named another
    holder and never the table's), a role by the holder the text has named most so far, else a default office."""

    def __init__(self, text: str = "", home: str | None = None):
        self.named: dict[str, Counter] = {}
        self.seen: set[str] = set()
        self.text = text
        self.home = home  # the dateline's country: its office answers a bare role ("LONDON — the prime minister")
        self.last_person: tuple[str, int, int] | None = None  # the person named last, and where

    def see(self, name: str, keys, pos: int = 0, end: int = 0) -> None:
        self.seen.add(name)
        if actor_type(name) == "person":
            self.last_person = (name, pos, end)
        for k in keys:
            c = self.named.get(k)
            if c is None:  # not setdefault: it would build a Counter on every call
                c = self.named[k] = Counter()
            c[name] = c.pop(name, 0) + 1  # most recent last: among equals, the latest named wins

    def speaks_for(self, name: str | None, start: int, end: int) -> None:
        """`A spokesperson for the Foreign Office said … the spokesperson said`: when a spokesperson speaks for the
        mention at start..end, a later "the spokesperson" is its name's (the latest such wins)."""
        if name and spoken_for(self.text, start, end):
            c = self.named.setdefault("spokesman", Counter())
            c[name] = c.pop(name, 0) + 1

    def most_named(self, key: str) -> str | None:
        seen = self.named.get(key)
        return max(reversed(seen), key=seen.get) if seen else None

    def resolve(self, key: str, on: date | None, told: bool = False, pos: int = 0) -> str | None:
        """`told`: the date is the sentence's own, so the office's holder then wins over an earlier holder
        the text has named ("Khomeini … On Saturday, the Supreme Leader promised" is Khamenei)."""
        if self.last_person and self.last_person[2] + 2 == pos and self.text.startswith(", ", self.last_person[2]) \
                and self.named.get(key, {}).get(self.last_person[0]):
            return self.last_person[0]  # "Mosaddegh, the prime minister who …": the name the title is set beside
        role = offices.role(key)
        office = key if offices.is_office(key) else role.office if role else None
        named = self.most_named(key)
        if office:
            table = offices.holder(office, on)
            if table is None or (named and named != table and table not in self.seen and not told):
                return named or table
            return table
        if named and not (told and offices.left_before(named, key, on)):
            return named  # not a holder long gone: a prime minister of 1953 is not "the prime minister" said today
        if role and role.refers_back and self.last_person:
            # not when someone unnamed came since: "a Western diplomat said … the diplomat said" is that one
            name, at, _ = self.last_person
            return None if _INDEFINITE_PERSON.search(self.text, max(at, pos - 2000), pos) else name  # bounded
        office = offices.office_in(key, self.home) if role and self.home else None
        office = office or (role.default_office if role else None)
        return offices.holder(office, on) if office else None


def gender(name: str) -> str | None:
    a = BY_NAME.get(name)
    return a.gender if a else None  # unknown for people the lexicon does not know


def actor_type(name: str) -> str:
    """A curated actor's type; a name the lexicon lacks is a body when its last word heads one ("… Association"),
    else a person."""
    a = BY_NAME.get(name)
    return a.actor_type if a else "organization" if name.rsplit(" ", 1)[-1] in _org_heads() else "person"


def actor_info(name: str) -> ActorInfo:
    a = BY_NAME.get(name)
    return ActorInfo(a.actor_type, a.wikidata_id) if a else ActorInfo(actor_type(name))


@lru_cache(maxsize=1)
def _org_heads() -> frozenset:
    return frozenset(load("offices")["organization_heads"])


@lru_cache(maxsize=1)
def _organization() -> tuple[re.Pattern, re.Pattern]:
    """The head words (rare: found first), and the name ending at one, read back over at most five words."""
    heads = trie_regex(_org_heads())
    return (re.compile(rf"(?<=\s)(?:{heads})(?![\w-])"),
            re.compile(r"(?<![\w’'.-])(?!The\s)(?P<name>(?:[A-Z][\w&.-]*[’']?\s+(?:(?:of|for|and|on)\s+(?:the\s+)?)?)"
                       r"{1,5})$"))


_ORG_REACH = 100  # characters of name before the head word


SPOKES_WORD = r"spokes(?:man|woman|person)\b"
_SPOKES_FOR_WORDS = rf"{SPOKES_WORD}\s+for\s+(?:the\s+)?"
SPOKES = re.compile(rf"\s+{SPOKES_WORD}")
_SPOKES_AFTER = re.compile(rf"(?:[’']s)?(?:\s+[a-z]+){{0,2}}\s+{SPOKES_WORD}")
_SPOKES_FOR = re.compile(rf"{_SPOKES_FOR_WORDS}$")


def spoken_for(masked: str, start: int, end: int) -> bool:
    """`a Qatari ministry spokesman`, `A White House spokesperson`, `the prime minister's official spokesperson`,
    `a spokesman for Qatar's ministry`: the mention at start..end is whom a spokesperson speaks for."""
    return bool(SPOKES.search(masked, start, end) or _SPOKES_AFTER.match(masked, end)
                or _SPOKES_FOR.search(masked, max(0, start - 30), start))


# "a spokesperson for Naval Surface Force Atlantic said": whoever a spokesperson speaks for is a body, whatever
# its last word; a possessive ("for Tehran's mayor") names an owner, not the body
_SPOKES_FOR_BODY = re.compile(rf"\b{_SPOKES_FOR_WORDS}"
                              r"(?P<name>[A-Z][\w&.-]*(?:\s+(?:(?:of|for|and|on)\s+(?:the\s+)?)?[A-Z][\w&.-]*){0,5})")


def find_organizations(masked: str) -> list[tuple[int, int, str]]:
    """(start, end, name) of each body named by a name the lexicon lacks: "Japan Shipowners' Association",
    "a spokesperson for Naval Surface Force Atlantic"."""
    heads, name = _organization()
    not_first, out = _org_not_first(), []
    for h in heads.finditer(masked):
        m = name.search(masked, max(0, h.start() - _ORG_REACH), h.start())
        if m and m["name"].split(None, 1)[0] not in not_first:
            out.append((m.start(), h.end(), masked[m.start():h.end()]))
    for m in _SPOKES_FOR_BODY.finditer(masked):
        body, end = m["name"], m.end()
        if body.endswith(".") and body.rsplit(None, 1)[-1].count(".") == 1:  # "for Harborline Energy." ends a sentence
            body, end = body[:-1], end - 1
        if masked[m.end():m.end() + 1] not in ("’", "'"):
            out.append((m.start("name"), end, body))
    return out


@lru_cache(maxsize=1)
def _org_not_first() -> frozenset:
    return frozenset(load("offices")["organization_not_first"])

