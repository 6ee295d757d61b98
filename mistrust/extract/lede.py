"""The day of the occasion a story's quotes come from, read from its lede: a wire dateline's first sentence
(`WASHINGTON — Senators pressed an official on Wednesday …`) or the paragraph after it, else a lede dating it
by the day of publication (`the Council met today`)."""
from __future__ import annotations

import re
from functools import lru_cache

from .date_words import WEEKDAYS
from .dates import DateMention
from .document import Document
from .lexicon import load, trie_regex

# a wire dateline opening a paragraph: "WASHINGTON —", "MUSCAT, Oman (Agency) —", "Tehran, 3 Dey 1403 –"
DATELINE = re.compile(r"[A-Z][\w .,’'-]{1,40}?(?:\s*\([^()\n]{1,40}\))?\s+[—–-]\s+")
_LEDE_REACH = 400  # characters of the first paragraph read for the day of the reported occasion
_LEDE_PARAGRAPHS = 12  # header lines (letterhead, release lines, headlines, dateline) a lede may follow


def lede_day(doc: Document) -> DateMention | None:
    """A wire story's lede dates the occasion its quotes come from (`WASHINGTON — Senators pressed an
    official on Wednesday …`): its first day-precise date in the week before publication."""
    if doc.published is None or doc.entries or len(doc.paragraphs) < 2:
        return None
    # the dateline may follow a letterhead, a date line and a headline ("FOR IMMEDIATE RELEASE")
    paras = doc.paragraphs[:_LEDE_PARAGRAPHS]
    k, head = next(((k, h) for k, p in enumerate(paras)
                    if (h := DATELINE.match(doc.masked, p.start, min(p.end, p.start + 80)))), (0, None))
    if head is None:
        return _deictic_lede(doc)
    # the lede's first sentence, else the next paragraph's ("Speaking at his weekly press conference on Monday")
    starts = [head.end()] + [p.start for p in paras[k + 1:k + 2]]
    for start in starts:
        first = doc.sentence_at(start)
        for d in doc.dates_in(start, min(first.end, start + _LEDE_REACH)):
            if d.precision == "day" and d.date_start and 0 <= (doc.published - d.date_start).days <= 7 and \
                    doc.masked[d.start] == doc.view[d.start]:
                return d
    return _deictic_lede(doc)


def _deictic_lede(doc: Document) -> DateMention | None:
    """A lede with no dateline dates its occasion by the day of publication (`members of the Council clashed
    today`, `was held yesterday, Saturday`) or a day of the week before it (`crowded into the hall on Tuesday
    evening`): the first paragraph that is a sentence, not a headline."""
    words = load("reporting")["lede_day_words"]
    for para in doc.paragraphs[:_LEDE_PARAGRAPHS]:
        if doc.view[para.start:para.end].rstrip()[-1:] != ".":
            continue  # a headline, a dateline or a letterhead line
        # "… crowded into Hale Hall on Tuesday evening for a panel": a day of the week before publication
        for d in doc.dates_in(para.start, min(para.end, para.start + _LEDE_REACH)):
            if _modifier().search(doc.masked, max(para.start, d.start - 40), d.start):
                continue  # "the letter, published on Wednesday, …": the letter's day, not the occasion's
            if d.precision == "day" and doc.masked[d.start] == doc.view[d.start] and (
                    d.text.lower() in words or _names_weekday(d.text) and 0 <= (doc.published - d.date_start).days <= 7):
                return d
        return None
    return None


@lru_cache(maxsize=1)
def _modifier() -> re.Pattern:
    return re.compile(rf",\s*(?:{trie_regex(load('reporting')['modifier_participles'])})\s+(?:on\s+|in\s+|last\s+)?"
                      rf"(?:[\w.]+,\s*)?$")


def _names_weekday(text: str) -> bool:
    return any(w.lower() in WEEKDAYS for w in text.split())
