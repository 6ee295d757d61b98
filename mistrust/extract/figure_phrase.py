"""Noun phrases for figure subjects: read forward from a position or back from one, stopping at verbs,
function words and punctuation."""
from __future__ import annotations

import re

from .figure_units import STOP, is_verb_only
from .figure_units import word_classes as pos_of
from .lexicon import load, trie_regex

PASSIVE_AUX = frozenset(load("words")["passive_auxiliaries"])
QUALIFIERS = frozenset(load("figure_words")["qualifiers"])
QUALIFIER_RE = trie_regex(QUALIFIERS)  # one alternation of every qualifier, for the subject patterns
COUNT_TOKEN = re.compile(r"(?!(?:1[89]|20)\d\d\b)[\d,.]*\d[\d,.]*")
DETS = frozenset(load("words")["determiners"])
WORD = re.compile(r"\s*((?:[A-Z]\.){2,}|[A-Za-z][\w'’-]*|(?:1[89]|20)\d\d(?![\w,.]\w))")


def noun_phrase(text: str, pos: int, limit: int, of_ok: bool = True) -> str | None:
    """A short noun phrase from `pos`: `Iran's oil fields` in `of Iran's oil fields to U.S. companies`."""
    words: list[str] = []
    p, inner_of = pos, not of_ok
    while len(words) < 8:
        m = WORD.match(text, p)
        if not m or m.end() > limit:
            break
        w = m.group(1)
        lw = w.lower()
        if words and words[-1].lower() not in DETS | {"of"} and (is_verb_only(w) or lw.endswith("ed")) \
                and not _participle_adjective(words[-1], text, m.end(), limit):
            break
        if lw[:1].isdigit() and not (words and words[-1].lower() in DETS):
            break  # a year only as a modifier after a determiner: "the 2015 text"
        if lw == "of" and words and not inner_of:
            inner_of = True
        elif lw in STOP and not (lw in DETS and not words):
            break
        words.append(w)
        p = m.end()
        if text[p:p + 1] in ",;:)”\".(":
            break
    while words and words[-1].lower() in STOP:
        words.pop()
    return " ".join(words) or None


def _participle_adjective(prev: str, text: str, pos: int, limit: int) -> bool:
    """An -ed word between a modifier and a noun (`total enriched uranium`, `highly enriched uranium`), not
    the clause's verb after its subject (`voters stayed home`)."""
    if not (pos_of(prev) & {"ADJ", "ADV"} or prev.endswith(("'s", "’s"))):
        return False
    m = WORD.match(text, pos)
    if not m or m.end() > limit:
        return False
    nxt = m.group(1)
    return nxt.lower() not in STOP and not is_verb_only(nxt) and "NOUN" in pos_of(nxt)


def nounish(word: str) -> bool:
    """A noun or adjective, not a participle (`ceiling` is a noun, `rising` is a verb form)."""
    participle = word.lower().endswith(("ed", "ing")) and "VERB" in pos_of(word)
    if "-" in word.strip("-") and not pos_of(word):  # "wind-down", "build-up": a compound the lexicon lacks
        return any("NOUN" in pos_of(part) for part in word.split("-"))
    if word.isalpha() and word.islower() and not pos_of(word):
        return True  # "countdown", "standoff", "crackdown": a closed compound the lexicon lacks is a noun
    return not participle and ("NOUN" in pos_of(word) or "ADJ" in pos_of(word))


def np_before(text: str, lo: int, end: int) -> str | None:
    """The closest noun phrase ending before `end`, within the last clause after `lo`."""
    seg = text[max(lo, end - 120):end]
    seg = seg[seg.rfind(", ") + 2:] if ", " in seg else seg
    words = seg.split()
    np: list[str] = []
    for i in range(len(words) - 1, -1, -1):
        w = words[i]
        lw = w.lower().strip("\"“”")
        passive = i > 0 and words[i - 1].lower() in PASSIVE_AUX  # "The files were read"
        infinitive = i > 0 and words[i - 1] == "to" and "VERB" in pos_of(lw)  # "the review to take two weeks"
        if not np and (lw in STOP or is_verb_only(lw) or lw.endswith(("ly", "ed")) or lw in QUALIFIERS or passive
                       or infinitive):
            continue
        if np and (lw in STOP and lw not in DETS or is_verb_only(lw) or COUNT_TOKEN.fullmatch(lw)):
            break  # a number that is not a year belongs to another figure: "56 people … more than 200"
        np.insert(0, w)
        if lw in DETS:
            break
    return " ".join(np).strip(",.;:\"“”") or None
