"""Whether a trigger tells an event the text asserts: not hypothetical (`would sign`), negated (`does not think
Iran wants a war`), an infinitive, a question, a poll's opinion, a noun after an article or a passive no one
speaks in; and whether a bare plural only names a kind of thing (`talks with the Americans`)."""
from __future__ import annotations

import re

from .document import Document
from .event_lexicon import (ANNOUNCING, ASPECT_VERBS, DETERMINERS, FACTIVE, GENERIC_PLURALS, GERUND_TOPICS, IRREALIS,
                            INSTRUCTION_OPENERS, IRREALIS_CLAUSE, NAMING_VERBS, POSSESSIVES, SUBORDINATORS, Trigger)
from .lexicon import ARTICLES, word_classes

_WORDS_BEFORE = re.compile(r"([A-Za-z’'-]+)")
_CLAUSE_START = re.compile(r".*[,;:(—–]", re.S)
_POLL = re.compile(r"\d\s*%|\d\s+(?:percent|per cent)\b|\b(?:in|of)\s+(?:ten|10)\s+[A-Z]?[a-z]+s\b|\bpoll(?:ed|s)?\b|\bsurvey(?:ed)?\b|\brespondents\b")
_BARE_PASSIVE = re.compile(r"\b(?:was|were|been|being|be|is|are)\s+(?:[a-z]+ly\s+)?$")
_OPENER = re.compile(r"[\s\d.)•*-]*([A-Z][a-z]+)\b")
_NAMING_OBJECT = re.compile(r"\b(?:which|what)\s+(?:[\w’'-]+\s+){1,3}$")
_BY_AGENT = re.compile(r"(?:\s+[\w’'-]+){0,3}?\s+by\s")
_ATTRIBUTIVE = re.compile(r"[a-z]+(?:ed|en|wn)")  # one participle word
_NOUN_NEXT = re.compile(r"\s+(?!by\b)[A-Za-z]")


def _unspoken_passive(m: str, lo: int, t: Trigger) -> bool:
    """`were denied visits`, `was declared a republic`: no one speaks; `was criticised by lawmakers`: they do."""
    return _BARE_PASSIVE.search(m, lo, t.start) is not None and _BY_AGENT.match(m, t.end) is None


_POSSESSIVE_BEFORE = re.compile(r"(?:[’']s|\w-\w+)\s+$")  # "today's call", "a seven-day call"
_NOUN_FOLLOWS = re.compile(r"\s*(?:[.;:)]|\s(?:is|are|was|were|has|have|had)\b)")


def _noun_use(m: str, t: Trigger) -> bool:
    """A one-word trigger that is also a noun, after a possessive or before a stop or an auxiliary."""
    word = m[t.start:t.end]
    if t.pos == "noun" or " " in word or word.endswith("ed") or "NOUN" not in word_classes(word):
        return False
    return bool(_POSSESSIVE_BEFORE.search(m, max(0, t.start - 24), t.start) or _NOUN_FOLLOWS.match(m, t.end))


def prev_words(masked: str, pos: int, lo: int, n: int, reach: int = 60) -> list[str]:
    return [w.lower() for w in _WORDS_BEFORE.findall(masked, max(lo, pos - reach), pos)[-n:]]


def asserted(doc: Document, t: Trigger, sent_lo: int) -> bool:
    """Not hypothetical (`would sign`), negated (`do not think … wants a war`) nor an infinitive."""
    m = doc.masked
    lo = max(sent_lo, t.start - 60)
    clause = _CLAUSE_START.match(m, lo, t.start)
    near = prev_words(m, t.start, clause.end() if clause else lo, 6)
    sub = max((i for i, w in enumerate(near) if w in SUBORDINATORS), default=-1)
    near = near[sub + 1:]  # "never went back after relations were cut": the negation is another clause's
    fact = max((i for i in range(1, len(near)) if near[i] == "that" and near[i - 1] in FACTIVE), default=-1)
    near = near[fact + 1:]  # "have not forgotten that students stormed": the that-clause is fact
    if t.etype in ("support", "statement", "reporting") and _POLL.search(m, sent_lo, t.start):
        return False  # "58 percent of adults say they support the talks": a poll's opinion, not an act
    if m[sent_lo:doc.sentence_at(t.start).end].rstrip(" ”\"’'")[-1:] == "?":
        return False  # "Will the Minister confirm that …?", "How many hostages were held …?": a question asks
    opener = _OPENER.match(doc.view, sent_lo)
    if opener and opener.group(1) in INSTRUCTION_OPENERS:
        return False  # "Explain why the United States backed the overthrow": a review question instructs
    if t.etype in ("statement", "reporting") and t.pos == "verb" and (near[-1:] and near[-1] in ARTICLES or
                                                                      _unspoken_passive(m, lo, t)):
        return False  # "to a welcome by millions" is a noun; "have been denied lawyers" is done to them
    if t.etype in ("statement", "reporting") and _noun_use(m, t):
        return False  # "today's call", "a seven-day call", "the earnings conference call.": a noun, no one speaking
    if m[t.start:t.end].lower() in NAMING_VERBS and _NAMING_OBJECT.search(m, lo, t.start):
        return False  # "which the White House called the largest source": a name in X's words, no speech act
    irrealis = set(near[-3:]) & IRREALIS
    if irrealis in ({"would"}, {"will"}) and (set(near) & ANNOUNCING or t.etype == "threat"):
        irrealis = set()  # "announced that … would cease": decided; "said Iran would close the strait": a threat
    if irrealis or set(near) & IRREALIS_CLAUSE:
        return False
    word = m[t.start:t.end].lower()
    if t.pos == "verb" and near[-1:] and near[-1] in ARTICLES | POSSESSIVES and _ATTRIBUTIVE.fullmatch(word) and \
            _NOUN_NEXT.match(m, t.end):
        return False  # "the deposed Shah", "its seized tanker": a participle describing a noun, no act told
    if t.pos == "verb" and word.split()[0].endswith("ing") and near[-1:] and (near[-1] == "that" or
                                                                            near[-1] in GERUND_TOPICS):
        return False  # "said (that) negotiating with Washington is unwise", "ruled out talking": a topic, not an act
    return not (near[-1:] == ["to"] and t.etype != "threat" and not word.startswith(("threat", "speaking"))
                and not set(near[-2:-1]) & ASPECT_VERBS)


def kind_of_thing(doc: Document, t: Trigger, lo: int) -> bool:
    """A bare plural names a kind of thing, not an event: "talks with the Americans", "his speeches"."""
    first = doc.masked[t.start:t.end].split()[0].lower()
    if first not in GENERIC_PLURALS or t.etype == "sanction":
        return False
    prev = prev_words(doc.masked, t.start, lo, 1)
    return not (prev and prev[-1] in DETERMINERS - POSSESSIVES)


_HEAD_WORDS = 14  # a section head is short; a chronology entry or key point may run on without a full stop
_HEAD_END = frozenset(".!?:;\"”’')")


def section_head(doc: Document, start: int, end: int) -> bool:
    """`II. What the 2015 deal verified`, `Regional welcome`, `Posted August 18, 2023`: a short line of its own after
    the headline, opening on a word and closing on none of a sentence's stops, heads a section and tells no event.
    A line opening on a digit, a bullet or a time stamp ("1988: …", "- Khamenei says …") is an entry, not a head."""
    ls = doc.view.rfind("\n", 0, start) + 1
    le = doc.view.find("\n", start)
    line = doc.view[ls:len(doc.view) if le < 0 else le].strip()
    return doc.paragraph_index(start) > 0 and end - start >= len(line) - 2 and bool(line) and line[0].isupper() and \
        line[-1] not in _HEAD_END and len(line.split()) <= _HEAD_WORDS
