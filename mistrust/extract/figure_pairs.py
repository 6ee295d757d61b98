"""Figures that measure what the figure before them measures: a change and the level it reaches (`Brent rose
4 percent to $71`), a restatement (`$2.50, or 3.2%`), a change set off after a level (`…, down 1.8% on the
day`), a level a pronoun restates (`… 42,000 to the dollar; by September it was near 190,000`). Read by
`figure_subject.find_subject` before its own steps, and by `figures` for the unit a restated level leaves out."""
from __future__ import annotations

import re

from .figure_phrase import QUALIFIER_RE as _QUAL
from .lexicon import load, trie_regex, verb_forms

_BACK = 200  # characters between the two figures at most
_TO_LEVEL = re.compile(rf",?\s+to\s+(?:(?:{_QUAL})\s+)?")
_RESTATED = re.compile(r",\s+or\s+")
_CHANGE_AFTER = re.compile(rf",\s+(?:up|down)(?:\s+(?:only|just))?(?:\s+from)?\s+(?:(?:{_QUAL})\s+)?$")
_SENTENCE_END = re.compile(r"[.!?](?:\s|$)(?<!\d\.\s)|\n")  # a line ends a sentence too: bullets, lists


def shares_subject(text: str, prev, d) -> bool:
    return _change_then_level(text, prev, d) or _level_then_change(text, prev, d) or \
        bool(prev is not None and prev.subject and prev.unit == d.unit and pronoun_level(text, prev, d.start))


# "The rial had been about 42,000 to the dollar in January; by September it was near 190,000": the same quantity
_PRONOUN_LEVEL = re.compile(r"\b(?:it|that)\s+(?:was|is|had\s+been|has\s+been|stood\s+at|reached|hit|traded\s+at)\s+$")
_PRONOUN_REACH = 250  # characters back to the figure the pronoun's level restates
# "The rial, which fell past 1 million to the dollar, has recovered to around 830,000": the level the same
# sentence's quantity moved to
CHANGE = trie_regex(sorted({f for v in load("figure_words")["change_verbs"] for f in verb_forms(v)}))  # every form
_CHANGED_TO = re.compile(rf"\b(?:{CHANGE})\s+(?:back\s+)?to\s+(?:(?:{_QUAL})\s+)?$")


def pronoun_level(text: str, prev, start: int) -> bool:
    """A number at start after "it was", or after "recovered to" in the same sentence, restates the level of the
    money or measure figure just before it."""
    if prev is None or prev.kind not in ("money", "measure") or not 0 <= start - prev.end <= _PRONOUN_REACH:
        return False
    return _PRONOUN_LEVEL.search(text, max(0, start - 24), start) is not None or \
        _CHANGED_TO.search(text, max(0, start - 40), start) is not None and \
        _SENTENCE_END.search(text, prev.end, start) is None


def _change_then_level(text: str, prev, d) -> bool:
    """`Brent rose 4 percent to $71`, `rose $2.50, or 3.2%, to $80.10`: a change, its restatement and the
    level reached all measure one thing."""
    if prev is None or not prev.subject or prev.kind == "count":
        return False
    return prev.kind == "percent" != d.kind and _TO_LEVEL.fullmatch(text, prev.end, d.start) is not None \
        or _RESTATED.fullmatch(text, prev.end, d.start) is not None


def _level_then_change(text: str, prev, d) -> bool:
    """`climbed to 22 million barrels this month, up 35% from a month earlier`, `reached $53 billion, up
    from $16 billion`: a change set off after a level, in the same sentence, measures the same thing."""
    if prev is None or not prev.subject or prev.kind == "count" or d.start - prev.end > _BACK:
        return False
    return _CHANGE_AFTER.search(text, max(prev.end, d.start - 40), d.start) is not None and \
        _SENTENCE_END.search(text, prev.end, d.start) is None
