"""What a count measures: the counted noun with its modifiers and the verb phrase it heads (`600 entities were
added to the list`), or what was done so many times (`viewed more than 3 million times`)."""
from __future__ import annotations

import re

from .figure_phrase import COUNT_TOKEN, DETS, QUALIFIER_RE, QUALIFIERS, noun_phrase
from .figure_units import STOP, is_verb_only, verb_form, word_classes
from .lexicon import COUNT_PRONOUNS, load, noun_forms, trie_regex

_AUX = re.compile(r"\s+(?:(?:were|was|are|is|have|has|had)\s+)?(?:been\s+)?(?=[a-z]+ed\b|[a-z]+\b)")
_COPULA = re.compile(r"\s+(?:are|is|were|was)\s")
_PRONOUNS = COUNT_PRONOUNS
_QUALIFIER_WORDS = frozenset(w for q in QUALIFIERS for w in q.split())
_FOR_END = re.compile(rf"\sfor\s+(?:(?:{QUALIFIER_RE})\s+)?$")
_AUXILIARIES = frozenset({"had", "has", "have", "been", "was", "were", "is", "are", "be", "not", "never"})
_WHERE = re.compile(rf"\s+({trie_regex(load('figure_words')['count_places'])})\b")


def verb_phrase(text: str, pos: int, hi: int) -> str | None:
    """`were added to the list` → `added to the list`; at most five words, inside the clause."""
    aux = _AUX.match(text, pos, hi)
    if not aux:
        return None
    words = text[aux.end():hi].split()[:5]
    if words and _COPULA.match(text, pos) and not verb_form(words[0]):
        return noun_phrase(text, aux.end(), hi)  # "300 of them are new designations"
    if not words or not verb_form(words[0]):
        return None
    if not text[pos:aux.end()].strip() and words[0].endswith("s") and not words[0].endswith("ss"):
        return None  # "one in three Iranians says talks …": a present-tense verb opens the predicate
    digit = next((i for i, w in enumerate(words) if COUNT_TOKEN.fullmatch(w.strip(",.;:"))), len(words))
    words = words[:digit]  # "killed and more than 200 injured": the next figure starts its own phrase
    stop = next((i for i, w in enumerate(words) if w[-1] in ",;:\"”)"), None)
    words = words if stop is None else words[:stop + 1]  # "taken to hospital," he wrote: the quote ends it
    while words and (words[-1].lower().strip(",.;:\"”") in STOP or words[-1].lower() in _QUALIFIER_WORDS):
        words.pop()
    return " ".join(words).rstrip(",.;:\"”") or None


def counted_phrase(text: str, d, lo: int, hi: int) -> str | None:
    """The counted noun with its modifiers and verb phrase: `entities added to the list`."""
    if d.kind != "count":
        return None
    if d.unit == "time" and not d.noun:  # "wrote to him at least twice", "Iran twice exceeded its ceiling"
        return _verb_next(text, d.end, hi) or _verb_counted(text, lo, d.start)
    if d.noun:
        np = text[d.noun[0]:d.noun[1]]
        pos = d.noun[1]
    elif d.refers:
        np, pos = d.refers, d.m.end("num") + len(" of ") + len(d.refers)
        if np.lower() in _PRONOUNS and d.unit:  # "three of them failed": them, the helicopters named before
            np = noun_forms(d.unit)[-1]
    else:
        return None
    if d.unit == "time":
        nxt = noun_phrase(text, d.end, hi)
        return nxt if nxt and nxt.split()[0].lower() in DETS else _verb_counted(text, lo, d.start)
    where = _WHERE.match(text, pos, hi)
    if where:
        return f"{np} {where[1]}"
    vp = verb_phrase(text, pos, hi)
    if vp and _COPULA.match(text, pos) and not verb_form(vp.split()[0]):  # a predicate noun or adjective
        return vp if d.refers and d.refers.lower() in _PRONOUNS else np  # "300 of them are new designations"
    return f"{np} {vp}" if vp else np



def _verb_counted(text: str, lo: int, start: int) -> str | None:
    """What was done so many times: `had been viewed more than 3 million times` → viewed; `wrote to Khamenei
    at least twice` → wrote to Khamenei (the nearest verb within a few words, and what follows it)."""
    words = [w.strip(",;:") for w in text[lo:start].split()][-6:]
    while words and words[-1].lower() in _QUALIFIER_WORDS:
        words.pop()  # "at least"
    for i in range(len(words) - 1, -1, -1):
        w = words[i].lower()
        if w not in STOP and (is_verb_only(w) or w.endswith("ed") and verb_form(w)):
            return " ".join(words[i:]) or None
    return None


def _verb_next(text: str, end: int, hi: int) -> str | None:
    """`Iran twice exceeded its 130-tonne ceiling` → exceeded its 130-tonne ceiling."""
    words = text[end:hi].split()[:4]
    return " ".join(words).rstrip(",.;:") if words and verb_form(words[0].lower()) else None


def act_for(text: str, d, lo: int, hi: int) -> str | None:
    """The act with its object that lasted: `held 52 Americans for 444 days` → `held 52 Americans`; an act with
    no object keeps its auxiliaries and a noun subject (`they had been held` → `had been held`, `the hostages
    were held` → `hostages were held`, `we negotiated` → `negotiated`)."""
    m = _FOR_END.search(text, max(lo, d.start - 60), d.start)
    words = text[lo:m.start()].split()[-4:] if m else []
    for i in range(len(words) - 1, -1, -1):  # the verb nearest `for` with up to three words after it
        verb, obj = words[i], words[i + 1:]
        if verb.lower() not in STOP and (is_verb_only(verb) or verb.endswith("ed") or
                                         not obj and "VERB" in word_classes(verb.lower())):
            if obj:
                return " ".join(words[i:]).rstrip(",") if not is_verb_only(obj[0]) and \
                    obj[0].lower() not in STOP | {"not"} else None
            j = i
            while j and words[j - 1].lower() in _AUXILIARIES:
                j -= 1
            j -= bool(j) and words[j - 1].lower() not in STOP  # "Sanctions have bitten", "the hostages were held"
            return " ".join(words[j:i + 1])
    return None
