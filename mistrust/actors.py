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

from .lexicon import trie_regex


@dataclass(frozen=True)
class Actor:
    name: str
    actor_type: str  # person, country, organization, group, document
    aliases: tuple[str, ...]
    wikidata_id: str | None = None
    roles: tuple[str, ...] = ()
    gender: str | None = None  # "m"/"f" for persons: "she" never resolves to a man


def _p(name, aliases, qid=None, roles=(), gender="m"):
    return Actor(name, "person", tuple(aliases), qid, tuple(roles), gender)


ACTORS: tuple[Actor, ...] = (
    _p("Ali Khamenei", ["Ayatollah Seyyed Ali Khamenei", "Seyyed Ali Khamenei", "Ayatollah Ali Khamenei",
                        "Ali Khamenei", "Ayatollah Khamenei", "Khamenei"], "Q57336", ("supreme_leader",)),
    _p("Ruhollah Khomeini", ["Ayatollah Ruhollah Khomeini", "Ruhollah Khomeini", "Imam Khomeini",
                             "Ayatollah Khomeini", "Khomeini"], "Q38823", ("supreme_leader",)),
    _p("Mohammad Mosaddegh", ["Mohammad Mosaddegh", "Mohammad Mossadegh", "Mohammad Mosaddeq", "Mosaddegh",
                              "Mossadegh", "Mosaddeq", "Mossadeq"], None, ("prime_minister",)),
    _p("Mohammad Reza Pahlavi", ["Mohammad Reza Pahlavi", "Shah Mohammad Reza", "Mohammad Reza Shah",
                                 "Mohammad Reza", "the Shah", "The Shah"], None, ("shah",)),
    _p("Donald Trump", ["President Donald Trump", "Donald Trump", "President Trump", "Trump"], "Q22686", ("president", "us_president")),
    _p("Barack Obama", ["President Barack Obama", "Barack Obama", "President Obama", "Obama"], "Q76", ("president", "us_president")),
    _p("George W. Bush", ["George W. Bush", "President Bush", "Bush"], "Q207", ("president", "us_president")),
    _p("Joe Biden", ["President Joe Biden", "Joe Biden", "President Biden", "Biden"], "Q6279", ("president", "us_president")),
    _p("Jimmy Carter", ["Jimmy Carter", "President Carter", "Carter"], "Q23685", ("president", "us_president")),
    _p("Ronald Reagan", ["Ronald Reagan", "Reagan"], "Q9960", ("president", "us_president")),
    _p("Qasem Soleimani", ["Lieutenant General Qassem Soleimani", "Lieutenant General Qasem Soleimani",
                           "Qassem Soleimani", "Qasem Soleimani", "Qassem Suleimani", "Soleimani"]),
    _p("Kermit Roosevelt Jr.", ["Kermit Roosevelt Jr.", "Kermit Roosevelt"]),
    _p("Akbar Hashemi Rafsanjani", ["Akbar Hashemi Rafsanjani", "Hashemi Rafsanjani", "Rafsanjani"], None, ("president", "iran_president")),
    _p("Hassan Rouhani", ["Hassan Rouhani", "President Rouhani", "Rouhani"], None, ("president", "iran_president")),
    _p("Mahmoud Ahmadinejad", ["Mahmoud Ahmadinejad", "Ahmadinejad"], None, ("president", "iran_president")),
    _p("Ebrahim Raisi", ["Ebrahim Raisi", "Raisi"], None, ("president", "iran_president")),
    _p("Masoud Pezeshkian", ["Masoud Pezeshkian", "Pezeshkian"], None, ("president", "iran_president")),
    _p("Mohammad Javad Zarif", ["Mohammad Javad Zarif", "Javad Zarif", "Zarif"], None, ("foreign_minister", "iran_foreign_minister")),
    _p("Abbas Araghchi", ["Abbas Araghchi", "Araghchi"], None, ("foreign_minister", "iran_foreign_minister")),
    _p("John Kerry", ["John Kerry", "Kerry"], None, ("secretary_of_state", "us_secretary_of_state")),
    _p("Mike Pompeo", ["Mike Pompeo", "Pompeo"], None, ("secretary_of_state", "us_secretary_of_state")),
    _p("Marco Rubio", ["Marco Rubio", "Rubio"], None, ("secretary_of_state", "us_secretary_of_state")),
    _p("Steve Witkoff", ["Steve Witkoff", "Witkoff"]),
    _p("Benjamin Netanyahu", ["Benjamin Netanyahu", "Netanyahu"], None, ("prime_minister",)),
    _p("Saddam Hussein", ["Saddam Hussein", "Saddam"]),
    Actor("United States", "country", ("United States of America", "the United States", "United States",
                                       "U.S.", "US", "USA", "America", "Washington"), "Q30"),
    Actor("Iran", "country", ("Islamic Republic of Iran", "the Islamic Republic", "Iran", "Tehran"), "Q794"),
    Actor("United Kingdom", "country", ("United Kingdom", "Britain", "the UK", "U.K.", "London", "British"), "Q145"),
    Actor("Israel", "country", ("Israel", "the Zionist regime", "Tel Aviv"), "Q801"),
    Actor("Iraq", "country", ("Iraq", "Baghdad"), "Q796"),
    Actor("Russia", "country", ("Russia", "Moscow"), "Q159"),
    Actor("China", "country", ("China", "Beijing"), "Q148"),
    Actor("France", "country", ("France", "Paris"), "Q142"),
    Actor("Germany", "country", ("Germany", "Berlin"), "Q183"),
    Actor("Saudi Arabia", "country", ("Saudi Arabia", "Riyadh"), "Q851"),
    Actor("Oman", "country", ("Oman", "Muscat"), "Q842"),
    Actor("Central Intelligence Agency", "organization", ("Central Intelligence Agency", "CIA"), "Q37230"),
    Actor("Majlis of Iran", "organization", ("Islamic Consultative Assembly", "Majlis", "Majles", "Iranian parliament",
                                             "Iran's parliament"), None),
    Actor("Islamic Revolutionary Guard Corps", "organization", ("Islamic Revolution Guard Corps",
                                                                "Islamic Revolutionary Guard Corps", "IRGC",
                                                                "Revolutionary Guards"), None),
    Actor("International Atomic Energy Agency", "organization", ("International Atomic Energy Agency", "IAEA"), None),
    Actor("United Nations", "organization", ("United Nations", "the UN", "U.N."), None),
    Actor("United Nations Security Council", "organization", ("UN Security Council", "United Nations Security Council",
                                                              "Security Council"), None),
    Actor("European Union", "organization", ("European Union", "the EU"), None),
    Actor("Iranian Foreign Ministry", "organization", ("Iran's foreign ministry", "Iranian Foreign Ministry",
                                                       "the foreign ministry", "the Foreign Ministry"), None),
    Actor("US State Department", "organization", ("State Department", "US State Department"), None),
    Actor("White House", "organization", ("White House",), None),
    Actor("US Department of Defense", "organization", ("Pentagon", "US Department of Defense"), None),
    Actor("Constitution of the Islamic Republic of Iran", "document",
          ("Constitution of the Islamic Republic of Iran", "Iran's constitution", "Iranian constitution",
           "the Constitution"), None),
    Actor("US diplomatic cables", "document", ("US diplomatic cables", "U.S. diplomatic cables", "diplomatic cables",
                                               "leaked cables", "cables"), None),
    Actor("WikiLeaks", "organization", ("WikiLeaks", "Wikileaks"), None),
)

# Role titles → role; resolved against the document's most recent holder.
ROLE_TITLES = {
    "the Supreme Leader": "supreme_leader", "Supreme Leader": "supreme_leader",
    "the Leader": "supreme_leader", "the Iranian Leader": "supreme_leader",
    "Leader of the Islamic Revolution": "supreme_leader",
    "the president": "president", "the President": "president",
    "the prime minister": "prime_minister", "the Prime Minister": "prime_minister",
    "the foreign minister": "foreign_minister", "the Foreign Minister": "foreign_minister",
    "the minister": "foreign_minister",
    "the secretary of state": "secretary_of_state", "the Secretary of State": "secretary_of_state",
    **{f"{nation} {title}": role
       for nation in ("the US", "the U.S.", "the American")
       for title, role in (("president", "us_president"), ("President", "us_president"),
                           ("secretary of state", "us_secretary_of_state"),
                           ("Secretary of State", "us_secretary_of_state"))},
    **{f"{nation} {title}": role
       for nation in ("Iran's", "the Iranian")
       for title, role in (("president", "iran_president"), ("President", "iran_president"),
                           ("foreign minister", "iran_foreign_minister"),
                           ("Foreign Minister", "iran_foreign_minister"),
                           ("Supreme Leader", "supreme_leader"), ("supreme leader", "supreme_leader"))},
}
# Before any holder is named, a title names the only plausible holder in this corpus' subject.
ROLE_DEFAULTS = {"supreme_leader": "Ali Khamenei"}

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


def slug(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")
