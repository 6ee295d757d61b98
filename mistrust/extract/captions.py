"""Photo captions. A gallery tells each picture's scene in the present tense and dates it once (`Zarif and Kerry
pose in Vienna on July 14, 2015 …`), so a remark told in the present tense in a caption (`Zarif tells reporters
the deal is “…”`) was made on the scene's day; a caption naming no day continues the one before it (`The US
captain consoles a teammate. “…,” he says afterwards.`). Past-tense and `years later` remarks are another day's.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Callable

from .attribution import CUE
from .dates import DateMention
from .document import Document
from .lexicon import load, trie_regex

_COUNTER = re.compile(r"\d{1,3}\s+of\s+\d{1,3}[ \t]*")  # "4 of 12" on a line of its own
_ANOTHER_DAY = re.compile(r"\b(?:later|now|today|ago)\b")  # "he says two decades later"
_REACH = 12  # paragraphs (six captions with their counters) looked back for a dated scene


@lru_cache(maxsize=1)
def _credit() -> re.Pattern:
    """A caption ends on its credit line: "(Photo: Leonard Quist/Capitol Wire Images)"."""
    return re.compile(rf"\((?:{trie_regex(load('reporting')['caption_credits'])})\b[^()\n]*\)[ \t]*$")


@lru_cache(maxsize=1)
def present_cues() -> frozenset:
    """Reporting verbs in the present tense (`says`, `tells`, `calls`)."""
    from lemminflect import getInflection
    return frozenset(f for v in load("words")["reporting_verbs"] for f in getInflection(v.split()[0], "VBZ"))


class Captions:
    def __init__(self, doc: Document, usable: Callable[[DateMention], bool]):
        self.doc, self.usable = doc, usable
        view, paras = doc.view, doc.paragraphs
        self.counter = [_COUNTER.fullmatch(view, p.start, p.end) is not None for p in paras]
        self.caption = [_credit().search(view, p.start, p.end) is not None or k > 0 and self.counter[k - 1]
                        for k, p in enumerate(paras)]

    def scene(self, start: int, end: int, close: int) -> DateMention | None:
        """The scene date of the caption holding the sentence [start, end) and the quote closing at close, when
        the quote's cue (the last before it, else the first after it) is in the present tense: the first date of
        the caption's first sentence, or of the nearest caption before it."""
        doc = self.doc
        k = doc.paragraph_index(start)
        if not self.caption or not self.caption[k] or _ANOTHER_DAY.search(doc.masked, start, end):
            return None
        cues = list(CUE.finditer(doc.masked, start, end))
        cue = next((c for c in reversed(cues) if c.start() < close), cues[0] if cues else None)
        if cue is None or cue.group() not in present_cues():
            return None
        for k in range(k, max(-1, k - _REACH), -1):
            if not (self.caption[k] or self.counter[k]):
                return None
            first = doc.sentence_at(doc.paragraphs[k].start)
            dates = [d for d in doc.dates_in(first.start, first.end)
                     if d.date_start and not d.quantity and doc.masked[d.start] == doc.view[d.start] and self.usable(d)]
            if dates and not self.counter[k]:
                return dates[0]
        return None
