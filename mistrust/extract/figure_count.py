"""Figures whose unit the text gives elsewhere: a count without its noun (`the toll rose to 56`,
`Seventy-six of them`, `the other two said`, a tally `passed 98 to 1`) and the second figure of a pair (`up from 64`,
`from 2.5 million bpd to under 400,000`). Windows are capped so each look-up is bounded."""
from __future__ import annotations

import re

from .figure_draft import Draft, Scan
from .figure_phrase import QUALIFIERS
from .figure_subject import change_clause_np
from .figure_units import COUNT_HEADS, SENTENCE_STOP, UnitHit, is_plural_noun, singular, unit_after, verb_form
from .lexicon import COUNT_PRONOUNS, load, trie_regex

_ANTECEDENT_WINDOW = 600   # characters back to the count a bare number refers to
_PAIR_WINDOW = 120         # characters between the two figures of a pair
_ELIDED = re.compile(r"(?:\s+\([^()]{1,12}\))?(?:\s+in\s+[A-Z][a-z]+)?\s+(?:to|and|or)\s+|,\s+or\s+|\s+\(|[-–]"
                     r"|(?:[^.;!?\n]|\.(?=\w|\s+[a-z])){0,100}\b(?:up|down) from\s+|[^.;!?\n]{0,100}?,?\s+compared (?:with|to)\s+"
                     r"|[^.;!?\n]{0,120}?,\s+from\s+")  # a figure's span holds its qualifier: "…, from about 815,000"
_OF_PRONOUN = re.compile(r"\s+of\s+(" + "|".join(sorted(COUNT_PRONOUNS)) + r")\b")
_OF_DET = re.compile(r"\s+of\s+(?:its|their|the|his|her|our|these|those)\s+")
_NEXT_WORD = re.compile(r"\s+([a-z]+)\b")
_NUMBER_OF = re.compile(r"\b(?:number|tally|count|total) of\b", re.IGNORECASE)
_FW = load("figure_words")
_CASUALTY = re.compile(rf"\s+(?:of\s+the\s+)?({trie_regex(_FW['casualty_words'])})\b")  # "24 dead", "13 of the dead"
# "13 of the 14 missiles", "of the 30,000-pound bombs", "four of its 15 members"
_OF_COUNTED = re.compile(r"\s+of\s+(?:the|its|their|our)\s+\d[\d,]*(?:-[a-z]+)?\s+(?=[a-z])")
# "put the death toll from the attacks at 610": the count's head is the verb's object
_PUT_AT = re.compile(rf"\b(?:{trie_regex(_FW['put_at_verbs'])})\s+(?P<np>(?:(?:the|its|their)\s+)?[\w -]{{0,30}}?)"
                     rf"(?:\s+(?:from|in|of|among)\s+[^.;!?]{{0,60}}?)?\s+at\s+(?:(?:least|{trie_regex(QUALIFIERS)})\s+)?$")
_PUT_REACH = 140
# a count's noun before "from": "cut its installed centrifuges from about 19,000", "cut Iran's centrifuges from"
_FROM_HEAD = re.compile(r"\b(?:its|their|the|his|her|[A-Z][a-z]+[’']s)\s+(?:[a-z-]+\s+)?(?P<noun>[a-z]+s)\s+from\s+"
                        rf"(?:(?:{trie_regex(QUALIFIERS)})\s+)?$")
# a tally after a vote word: its first number is votes, the second takes the unit from the first
_TALLY_BEFORE = re.compile(rf"\b(?:{trie_regex(_FW['tally_words'])})\b[^.;:\d]{{0,40}}$")
_TALLY_AFTER = re.compile(r"(?:\s+to\s+|[-–])(?:\d|one\b|none\b|nil\b)")  # "98 to 1", "55-45"
# an answer to a question in the same sentence: "asked how many people would die and was told about 150"
_HOW_MANY = re.compile(r"\bhow many (?P<noun>[a-z]+)\b[^.;!?\d]{0,80}\b(?:told|said|answered|replied)\s+(?:it was\s+)?"
                       r"(?:(?:about|around|roughly|some|nearly)\s+)?$")


def follows(text: str, prev: Draft | None, d: Draft) -> bool:
    """Is `d` the other end of a pair with `prev`: `from X to Y`, `X, up from Y`?"""
    return (prev is not None and 0 <= d.start - prev.end <= _PAIR_WINDOW
            and _ELIDED.fullmatch(text, prev.end, d.start) is not None)


def carried(scan: Scan, d: Draft) -> UnitHit | None:
    """The unit written once for both figures of a pair."""
    prev = scan.figures[-1] if scan.figures else None
    if prev is None or not follows(scan.text, prev, d):
        return None
    return UnitHit(prev.unit, prev.kind, d.end, noun_start=-1)


def _antecedent(scan: Scan, d: Draft) -> str | None:
    """The counted noun of the nearest count before: `Of the six powers …, four kept …`."""
    for f in reversed(scan.figures[-4:]):
        if f.kind == "count" and d.start - f.end <= _ANTECEDENT_WINDOW:
            return f.unit
    return None


def _in_clause_count(scan: Scan, d: Draft) -> bool:
    """A count just before in the sentence names whom: "31 villagers were killed and more than 140 injured"."""
    prev = scan.figures[-1] if scan.figures else None
    return prev is not None and prev.kind == "count" and 0 <= d.start - prev.end <= _PAIR_WINDOW and \
        SENTENCE_STOP.search(scan.text, prev.end, d.start) is None


def _head_unit(text: str, np_start: int, np: str) -> str | None:
    """What a clause subject counts: `the death toll` → death, `the number of US troops` → troop."""
    low = np.lower()
    for head in sorted(COUNT_HEADS, key=len, reverse=True):
        if low.endswith(head):
            return COUNT_HEADS[head]
    m = _NUMBER_OF.search(np)
    if m:
        got = unit_after(text, np_start + m.end(), False, {})
        return got.unit if got and got.kind == "count" else None
    return None


def _of_det_noun(text: str, d: Draft) -> UnitHit | None:
    """`three of its eight helicopters`, `200 of these devices`: the noun after the determiner (the span stays
    the number's, so that "eight helicopters" remains a figure of its own)."""
    det = _OF_DET.match(text, d.m.end("num"))
    got = unit_after(text, det.end() - 1, False, {}) if det else None
    if got and got.kind == "count":
        return UnitHit(got.unit, "count", d.end, noun_start=det.start() + 4, noun_end=got.end)
    return None


def bare_count(scan: Scan, d: Draft) -> UnitHit | None:
    """A number without a noun after it, when the text names what it counts nearby."""
    if not d.m["num"] or d.kind == "money":
        return None
    text, end = scan.text, d.m.end("num")
    det = _of_det_noun(text, d)
    if det:  # "200 of these devices": a determiner before the noun, not the pronoun of "200 of these"
        return det
    pro = _OF_PRONOUN.match(text, end)
    if pro:
        unit = _antecedent(scan, d)
        d.refers = pro.group(1)
        return UnitHit(unit, "count", d.end) if unit else None
    hurt = _CASUALTY.match(text, end)
    if hurt and (not _in_clause_count(scan, d) or not verb_form(hurt.group(1))):
        # "24 dead", "13 of the dead", "all 290 aboard": people ("31 villagers were killed and 140 injured": villagers)
        return UnitHit("person", "count", d.end, noun_start=hurt.start(1), noun_end=hurt.end(1))
    if _TALLY_AFTER.match(text, end) and _TALLY_BEFORE.search(text, max(0, d.m.start() - 60), d.m.start()):
        return UnitHit("vote", "count", d.end)  # "by a Senate vote of 98 to 1"
    counted = _OF_COUNTED.match(text, end)
    if counted:
        got = unit_after(text, counted.end() - 1, False, {})
        if got and got.kind == "count":
            return UnitHit(got.unit, "count", d.end, noun_start=counted.end(), noun_end=got.end)
    asked = _HOW_MANY.search(text, max(0, d.m.start() - 120), d.m.start())
    if asked and is_plural_noun(asked["noun"]):  # "asked how many people would die and was told 150"
        d.refers = asked["noun"]
        return UnitHit(singular(asked["noun"]), "count", d.end)
    head = _FROM_HEAD.search(text, max(0, d.m.start() - 60), d.m.start())
    if head and is_plural_noun(head["noun"]):  # "cut its centrifuges from about 19,000 to 6,104"
        return UnitHit(singular(head["noun"]), "count", d.end)
    put = _PUT_AT.search(text, max(0, d.m.start() - _PUT_REACH), d.m.start())
    unit = _head_unit(text, put.start("np"), put["np"]) if put else None
    if unit:
        d.refers = put["np"]
        return UnitHit(unit, "count", d.end)
    found = change_clause_np(text, d.m.start())
    if found:
        unit = _head_unit(text, *found)
        if unit:
            d.refers = found[1]
            return UnitHit(unit, "count", d.end)
    nxt = _NEXT_WORD.match(text, end, end + 30)
    if nxt and verb_form(nxt.group(1)):  # "and more than 200 injured"
        unit = _antecedent(scan, d)
        return UnitHit(unit, "count", d.end) if unit else None
    return None
