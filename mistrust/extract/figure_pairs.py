"""Figures that measure what the figure before them measures: a change and the level it reaches (`Brent rose
4 percent to $71`), a restatement (`$2.50, or 3.2%`), a change set off after a level (`…, down 1.8% on the
day`). Read by `figure_subject.find_subject` before its own steps."""
from __future__ import annotations

import re

from .figure_phrase import QUALIFIER_RE as _QUAL

_BACK = 200  # characters between the two figures at most
_TO_LEVEL = re.compile(rf",?\s+to\s+(?:(?:{_QUAL})\s+)?")
_RESTATED = re.compile(r",\s+or\s+")
_CHANGE_AFTER = re.compile(rf",\s+(?:up|down)(?:\s+(?:only|just))?(?:\s+from)?\s+(?:(?:{_QUAL})\s+)?$")
_SENTENCE_END = re.compile(r"[.!?](?:\s|$)(?<!\d\.\s)|\n")  # a line ends a sentence too: bullets, lists


def shares_subject(text: str, prev, d) -> bool:
    return _change_then_level(text, prev, d) or _level_then_change(text, prev, d)


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
