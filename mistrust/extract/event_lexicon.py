"""Event triggers, compiled from `lexicons/event_triggers.toml` into a linear-time matcher.

Every entry becomes candidates keyed by its first word (all inflections); one trie regex finds
the word starts where some entry may begin, and only that word's few candidates are tried there,
each an anchored regex with bounded gaps. At a position the longest match wins (ties: the type
listed first), so "sign * {document}" (legislation) beats "sign" (agreement) and idioms of the
`none` table ("met with caution") swallow their trigger. `reporting` verbs (said, noted…) come
last: they are statements only when a date of their own sits next to them.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterator, NamedTuple

from .lexicon import REPORTING_FORMS, load, noun_forms, trie_regex, verb_forms
from .rx import guard

_LEX = load("event_triggers")
IRREALIS = frozenset(_LEX["irrealis"])
IRREALIS_CLAUSE = frozenset(_LEX["irrealis_clause"])
DETERMINERS = frozenset(_LEX["determiners"])
POSSESSIVES = frozenset(_LEX["possessive_determiners"])
GENERIC_PLURALS = frozenset(_LEX["generic_plurals"])
SPEECH_NOUNS = frozenset(f for w in _LEX["speech_nouns"] for f in noun_forms(w))
AGREEMENT_NOUNS = frozenset(f for w in _LEX["agreement_nouns"] for f in noun_forms(w))
NEW_PACT_MODIFIERS = tuple(_LEX["new_pact_modifiers"])
DOCUMENT_NOUNS = frozenset(f for w in _LEX["classes"]["document"] for f in noun_forms(w))
OUTLET_NOUNS = frozenset(f for w in _LEX["classes"]["outlet"] for f in noun_forms(w))
PACT_NOUNS = frozenset(f.lower() for w in _LEX["classes"]["pact"] for f in noun_forms(w))
PERSON_SUBJECT = frozenset(_LEX["person_subject"])
INDIRECT_SPEECH = frozenset(_LEX["indirect_speech"])
ISSUED = frozenset(_LEX["issued"])
WRITER_ADDRESSEES = tuple(_LEX["writer_addressees"])
ANNOUNCING = frozenset(_LEX["announcing"])
FACTIVE = frozenset(_LEX["factive_verbs"])
ASPECT_VERBS = frozenset(_LEX["aspect_verbs"])
GERUND_TOPICS = frozenset(_LEX["gerund_topics"])
NAMING_VERBS = frozenset(_LEX["naming_verbs"])
INSTRUCTION_OPENERS = frozenset(_LEX["instruction_openers"])
SPEAKING_NOW = frozenset(_LEX["speaking_now"])
SUBORDINATORS = frozenset(_LEX["roles"]["subordinators"])
PACT_GROUNDS = _LEX["roles"]["pact_grounds"]
_PARTICLE_ENTRIES = frozenset(_LEX["particle_entries"])
# Event types in the order of the file; `none` (idioms and names) first, `reporting` last.
TYPES = [k for k, v in _LEX.items() if isinstance(v, dict) and k not in ("classes", "roles")]

_GAP = r"(?:\s+(?:(?:[A-Z]\.){2,}|[^\s,;:.!?]+)){0,6}?"  # "*": up to six words inside the clause ("U.S." one)
_BOUNDARY = r"(?![\w-])"
# An entry ending in a preposition needs its object: "agreed to hold talks", not "the commitments he
# had agreed to."
_PREPOSITIONS = frozenset(["to", "on", "in", "with", "at", "from", "of", "as", "for", "before"])
_OBJECT_FOLLOWS = r"(?=\s+(?!(?:in|on|at|by|for|with|from|since|during)\b)[\w$“\"])"


_WORD = re.compile(r"[A-Za-z][\w-]*|[.;:!?]")


def signed_document(masked: str, lo: int, t: "Trigger") -> bool:
    """A bare `signed` whose object is a law or order, not a pact: "the memorandum, which he signed on
    February 4", "Executive Order 14078, signed by President Biden" (the object after it first, else the
    last such noun before it)."""
    after = _WORD.findall(masked, t.end, min(len(masked), t.end + 40))
    after = after[:next((i for i, w in enumerate(after) if w in ".;:!?"), len(after))][:4]
    before = _WORD.findall(masked, max(lo, t.start - 80), t.start)
    for w in after + before[::-1]:
        if w.lower() in PACT_NOUNS:
            return False
        if w in DOCUMENT_NOUNS:
            return True
    return False


class Trigger(NamedTuple):
    start: int
    end: int
    etype: str
    pos: str  # verb, noun, phrase or reporting
    entry: str  # the lexicon entry that matched, for the never-fired report


@dataclass(frozen=True)
class _Candidate:
    rest: re.Pattern | None  # what follows the first word; None for a one-word entry
    etype: str
    pos: str
    entry: str
    rank: int  # type order: lower wins a tie


def _class_regex(name: str) -> str:
    words = {f for w in _LEX["classes"][name] for f in noun_forms(w)}
    return "(?:" + trie_regex(words) + ")"


def _token_regex(token: str) -> str:
    if token == "*":
        return _GAP
    if token == ",":  # an appositive participle: "the JCPOA, concluded in Vienna"
        return r"\s*,"
    if token.startswith("{"):
        return r"\s+" + _class_regex(token.strip("{}"))
    return r"\s+" + re.escape(token)


def _variants(entry: str, pos: str) -> list[list[str]]:
    """The entry's word sequences with its head inflected: the first word of a verb, the last of a noun;
    a class opening an entry stands for each of its nouns ("{captive} * released")."""
    words = entry.split()
    if words[0].startswith("{"):
        return [f.split() + words[1:] for w in _LEX["classes"][words[0].strip("{}")] for f in noun_forms(w)]
    if pos == "verbs":
        return [f.split() + words[1:] for f in verb_forms(words[0])]
    if pos == "nouns" and not words[-1].startswith("{"):
        return [words[:-1] + f.split() for f in noun_forms(words[-1])] if len(words) > 1 else \
            [f.split() for f in noun_forms(words[0])]
    return [words]


def _candidates(entry: str, pos: str, etype: str, rank: int) -> Iterator[tuple[str, _Candidate]]:
    for words in _variants(entry, pos):
        rest = "".join(_token_regex(t) for t in words[1:])
        tail = _OBJECT_FOLLOWS if len(words) > 1 and words[-1] in _PREPOSITIONS and entry not in _PARTICLE_ENTRIES \
            else ""
        pattern = re.compile(rest + _BOUNDARY + tail) if rest else None
        yield words[0], _Candidate(pattern, etype, pos.rstrip("s"), entry, rank)


@lru_cache(maxsize=1)
def _table() -> dict[str, list[_Candidate]]:
    """First word (exact case) → the candidates starting with it."""
    table: dict[str, list[_Candidate]] = {}
    for rank, etype in enumerate(TYPES):
        for pos in ("verbs", "nouns", "phrases"):
            for entry in _LEX[etype].get(pos, []):
                for first, cand in _candidates(entry, pos, etype, rank):
                    table.setdefault(first, []).append(cand)
    for entry in ISSUED:  # "a statement issued by X": a statement when dated by its own words (events.py)
        for first, cand in _candidates(entry, "phrases", "statement", TYPES.index("statement")):
            table.setdefault(first, []).append(cand)
    for form in REPORTING_FORMS:
        for first, cand in _candidates(form, "phrases", "reporting", len(TYPES)):
            table.setdefault(first, []).append(cand)
    return table


@lru_cache(maxsize=1)
def _first_word_re() -> re.Pattern:
    body = trie_regex(_table())
    return re.compile(r"(?<![\w-])" + guard(body) + "(" + body + ")" + _BOUNDARY)


def starts_trigger(text: str, pos: int) -> bool:
    """Whether a trigger's first word starts at `pos` (to fold a sentence-initial capital)."""
    return _first_word_re().match(text, pos) is not None


def _best(text: str, word: re.Match, hi: int, table: dict[str, list[_Candidate]]) -> Trigger | None:
    cands = table[word.group(1)]
    if len(cands) == 1 and cands[0].rest is None:  # most words: one one-word entry
        c = cands[0]
        return Trigger(word.start(), word.end(), c.etype, c.pos, c.entry)
    best: tuple | None = None
    for c in cands:
        end = word.end() if c.rest is None else (m.end() if (m := c.rest.match(text, word.end(), hi)) else -1)
        if end >= 0 and (best is None or (end, -c.rank) > (best[0], -best[1].rank)):
            best = (end, c)
    if best is None:
        return None
    end, c = best
    return Trigger(word.start(), end, c.etype, c.pos, c.entry)


def find_triggers(text: str, lo: int, hi: int) -> Iterator[Trigger]:
    """Non-overlapping triggers in text[lo:hi], left to right, `none` matches included."""
    pos, table = lo, _table()
    for word in _first_word_re().finditer(text, lo, hi):
        if word.start() < pos:
            continue
        t = _best(text, word, hi, table)
        if t is not None:
            pos = t.end
            yield t
