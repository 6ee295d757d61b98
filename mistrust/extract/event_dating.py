"""Which date each event takes.

A date premodifying a trigger's noun binds to it (`the 2015 nuclear deal`); any other date of the
sentence to the nearest trigger before it (`withdrew … in May 2018`), else the nearest after it
(`in 2015, when Iran signed`). Triggers left without one take the sentence's opening date
(`On Monday, …`), else the date heading their chronology entry (`1984 - Washington lists …`,
`Nov. 4, 1979 — Students storm …`): it dates every clause of that entry. A live blog's time stamp
(`14:20 GMT — …`) carries no day: it and the entries under it belong to the publication day.
"""
from __future__ import annotations

import bisect
import re

from datetime import date, timedelta
from types import MappingProxyType
from typing import Mapping, NamedTuple

from .date_resolvers import Interval, count, shift
from .date_words import NUMBER_WORDS, ORDINAL_WORDS, TIME_STAMP
from .dates import DateMention
from .document import Document
from .event_lexicon import OUTLET_NOUNS, SPEECH_NOUNS, Trigger, find_triggers, load
from .lexicon import REPORTING_CUE, trie_regex

_COUNT_WORDS = "|".join(sorted(NUMBER_WORDS, key=len, reverse=True))
_NOT_MODIFIERS = frozenset(load("event_triggers")["roles"]["not_modifiers"])
_PREMOD_GAP = re.compile(r"(?:\s+[A-Za-z’'-]+){0,2}\s+|-")
_WORDS_ONLY = re.compile(r"[A-Za-z ]*")
_COMMA_SOON = re.compile(r"[^,]{0,30},")
_CLAUSE_OPENER = re.compile(r"(?:[,;]\s*(?:and|but|while)?|\b(?:and|but|while))\s+(?:(?:in|on|by|during)\s+)?$")
_WHEN = re.compile(r",?\s+when\s+")
_HEADING_DASH = re.compile(r"\s*[—–-]\s*(?:[A-Z][a-z]+\s+)?")
_NEXT_CLAUSE = re.compile(r"[,;]\s*(?:and|but|while)\s+(?:(?:in|on|by|during)\s+)?$")
_NO_BREAK = re.compile(r"[^,;:.()]*")
_NO_STOP = re.compile(r"[^;:.()]*")
_FRONTED = re.compile(r";\s*(?:[^,;:.()]{0,30},\s*)?(?:(?:in|on|by|during)\s+)?$")
_SINCE = re.compile(r"\b(?:since|after|before|until)\b")
_SENTENCE_STOP = re.compile(r"[.!?][”\"’']?\s*$")  # a headline ends without one

# the occasion or outlet a speech verb names right after it: "said in a statement", "told NBC News in an interview
# (broadcast) on Sunday" (its date is the saying's)
IN_OCCASION = re.compile(rf"(?:\s+[\w.’'-]+){{0,3}}?\s+(?:in|at|during)\s+(?:a|an|his|her|its|their|the)\s+(?:[\w-]+\s+){{0,2}}?"
                         rf"(?:{trie_regex(sorted(set(SPEECH_NOUNS) | set(OUTLET_NOUNS)))})\b"
                         rf"(?:\s+(?:{trie_regex(load('reporting')['modifier_participles'])}))?")
_PROGRESSIVE = re.compile(r"\b(?:is|are)\s+$")
PERFECT = re.compile(r"\b(?:has|have)\s+\w+ly\s+$")  # "has repeatedly said": a stance; "has said" is one act
REMARKS = ("statement", "reporting", "threat")
# "Ten days after the seizure, on November 14, Carter froze …": a known event named as a time mark
_REFERENCE = re.compile(r"\b(?:[Aa]fter|[Bb]efore|[Ss]ince|[Ff]ollowing|[Uu]ntil|[Aa]mid|[Dd]espite|"
                        r"(?:hours|days|weeks|months|years)\s+of)\s+"
                        r"(?:the|that|this|its|their)\s+(?:[\w-]+\s+){0,2}$")
_BREAK = re.compile(r"[,;:()]")
# a reported clause's opening ("announced that …", "said it would …"); "that deal", "that year" point back
_REPORTED = re.compile(r"\b(?:that(?!\s+(?:deal|agreement|accord|pact|treaty|year|month|week|day|night|time)\b)"
                       r"|will|would|had|has|have)\b")
_RELATIVE_TO = re.compile(r"\s+(?:that|which)\s+[^,;:.()]{0,40}")
# "two days after Soleimani is killed", "a year after Trump withdrew": the clause a span before the sentence's time
_SPAN = rf"(?P<n>\d{{1,3}}|{_COUNT_WORDS})\s+(?P<unit>day|week|month|year)s?\s+(?P<dir>after|before)\s+"  # "four days after"
_OFFSET_CLAUSE = re.compile(rf"\b{_SPAN}(?!that\b|this\b|which\b)[^,;:.()]{{0,60}}$", re.I)  # "after that": a time
# "months after students seized": some time before, unknown ("six months after" is an offset)
_VAGUE_OFFSET = re.compile(r"(?:(?P<n>[\w-]+)\s+)?\b(?P<unit>days|weeks|months|years|decades)\s+(?P<dir>after|before)\s+"
                           r"(?!that\b|this\b|which\b)[^,;:.()]{0,60}$", re.I)
_VAGUE_WORDS = frozenset(("few", "several", "some", "many", "just", "only", "mere", "barely"))
_VAGUE_DAYS = {"days": (1, 9), "weeks": (7, 56)}  # how far "days after" reaches; months and more: unknown
_DEFINITE = re.compile(r"\b(?:[Tt]he|[Tt]hat|[Tt]his)\s+$")
# "Four days after the Vienna announcement, Khamenei told …": the main clause a span after the story's last date
_OFFSET_OPENING = re.compile(rf"\s*{_SPAN}(?:the|that|this|his|her|its|their)\s+[^,;:.()]{{0,60}},\s", re.I)
_LATER_TIME = re.compile(r"\b(?:after|before)\s+that\b|\blater\b")
# "to mark the 46th anniversary of the seizure of the embassy": the event the anniversary is of
_TENS = "|".join(w for w, n in NUMBER_WORDS.items() if n % 10 == 0 and 20 <= n <= 90)
_ANNIVERSARY = re.compile(rf"(?<![\w-])(?P<n>\d{{1,3}}(?:st|nd|rd|th)|(?:(?P<tens>{_TENS})[- ])?"
                          rf"(?P<unit>{'|'.join(sorted(ORDINAL_WORDS, key=len, reverse=True))}))"
                          r"\s+anniversary\s+of\s+(?:the\s+)?(?:[\w.’'-]+\s+){0,3}$", re.I)
_ANCHOR_PRECISION = {"day": ("day",), "week": ("day",), "month": ("day", "month"), "year": ("day", "month", "year")}

def premodifier(masked: str, trig_start: int, dates: list[DateMention]) -> DateMention | None:
    """`the 2015 nuclear deal`, `the 1979-1981 seizure`: a date right before the trigger's noun phrase."""
    for d in dates:
        if d.end > trig_start or trig_start - d.end > 40:
            continue
        gap = masked[d.end:trig_start]
        if _PREMOD_GAP.fullmatch(gap) and not set(gap.lower().split()) & _NOT_MODIFIERS and \
                not d.text.endswith(("after", "before")):  # "eight years after the coup" is not the coup's date
            return d
    return None


def own_dates(masked: str, found: list[Trigger], dates: list[DateMention]) -> dict[int, DateMention]:
    """Which date each trigger (by start) owns; `found` and `dates` are in text order."""
    own: dict[int, DateMention] = {}
    taken = set()
    for t in found:
        lo = bisect.bisect_left(dates, t.start - 48, key=lambda d: d.end)  # a premodifier sits close
        d = premodifier(masked, t.start, dates[lo:lo + 4])
        if d is not None:
            own[t.start] = d
            taken.add(id(d))
    free = [t for t in found if t.start not in own]
    ends = [t.end for t in free]
    for d in dates:
        if id(d) in taken or not free:
            continue
        i = bisect.bisect_right(ends, d.start)
        ahead = free[i] if i < len(free) and _opens_clause(masked, d, free[i]) else None
        pick = ahead or (free[i - 1] if i else free[i] if free[i].start >= d.end else None)
        if ahead is None and _NEXT_CLAUSE.search(masked, max(0, d.start - 16), d.start):
            continue  # "Trump withdrew, and a year later Iran began …": the date opens a clause with no trigger
        if pick is not None:
            prev = own.get(pick.start)
            # "Tomorrow marks seventy years since the overthrow … on 28 Mordad 1332": a date before "since"
            # dates the anniversary, not the event, so the event's own date after it wins
            since = prev is not None and prev.end <= pick.start and d.start >= pick.end and \
                _SINCE.search(masked, prev.end, pick.start) is not None
            if prev is None or since or abs(d.start - pick.end) < abs(prev.start - pick.end):
                own[pick.start] = d
    return own


def _opens_clause(masked: str, d: DateMention, nxt: Trigger) -> bool:
    """`…, and that November Carter froze …`: a date opening a coordinated clause dates that clause."""
    if _FRONTED.search(masked, max(0, d.start - 50), d.start) and masked.startswith(",", d.end):
        # "…; three days later, on 19 August, crowds … overthrew": the date fronts the clause after the semicolon
        return nxt.start - d.end <= 120 and _NO_STOP.fullmatch(masked, d.end, nxt.start) is not None
    when = _WHEN.match(masked, d.end)  # "remember August 1953, when the CIA … helped topple": the when-clause's
    if when is not None:
        return nxt.start - when.end() <= 80 and _NO_BREAK.fullmatch(masked, when.end(), nxt.start) is not None
    return _CLAUSE_OPENER.search(masked, max(0, d.start - 16), d.start) is not None and \
        nxt.start - d.end <= 60 and _NO_BREAK.fullmatch(masked, d.end, nxt.start) is not None


def sentence_initial(d: DateMention, sent_lo: int, masked: str) -> bool:
    """`On Monday, …`, `In 1953, …`: a date opening its sentence dates all of it."""
    head = masked[sent_lo:d.start]
    return len(head) < 25 and _WORDS_ONLY.fullmatch(head) is not None and \
        _COMMA_SOON.match(masked, d.end, d.end + 32) is not None


def blog_stamps(doc: Document) -> list[DateMention | None]:
    """Per paragraph, the publication day when a live-blog time stamp (`09:15 GMT — `) heads it or the
    nearest paragraph before it that has one; None before the first stamp or without a publication date."""
    out: list[DateMention | None] = []
    current: DateMention | None = None
    day: date | None = doc.published
    for para in doc.paragraphs:
        stamp = TIME_STAMP.match(doc.masked, para.start, min(para.end, para.start + 40)) if day else None
        if stamp is not None:
            text = doc.text[para.start:stamp.end()].strip(" -–—|:")
            current = DateMention(para.start, stamp.end(), text, day, day, "day")
        # a stamped headline ("14:48 GMT — Washington welcomes …") only announces the entry below it
        out.append(None if stamp is not None and not _SENTENCE_STOP.search(doc.text, para.start, para.end)
                   else current)
    return out


class SentenceDates(NamedTuple):
    """What every trigger of one sentence shares."""
    lo: int
    hi: int
    dates: list[DateMention]
    own: dict[int, DateMention]
    initial: DateMention | None
    said: DateMention | None  # the day of the last speech act before, for undated remarks that follow it
    told: Mapping[str, DateMention] = MappingProxyType({})  # each event type the text dated before, its last date
    previous: DateMention | None = None  # the last date of the sentence before, in the same paragraph


def previous_date(doc: Document, si: int) -> DateMention | None:
    """The last date the sentence before tells, when it is in the same paragraph: an undated happening's day."""
    before = doc.sentences[si - 1] if si else None
    if before is None or doc.paragraph_index(before.start) != doc.paragraph_index(doc.sentences[si].start):
        return None
    return next((d for d in reversed(doc.dates_in(before.start, before.end)) if not d.quantity
                 and d.date_start is not None), None)


def date_for(doc: Document, ctx: SentenceDates, t: Trigger) -> DateMention | None:
    """The date a trigger takes: its own, the sentence's opening or heading date, the last speech act's, the
    day of publication for what is under way, else the sentence's date nearest it."""
    lo = max(ctx.lo, t.start - 90)
    if (ann := _ANNIVERSARY.search(doc.masked, max(lo, t.start - 60), t.start)) and t.end > getattr(
            ctx.own.get(t.start), "start", 0):  # not "the anniversary of the takeover on 13 Aban 1358"
        return _anniversary(doc, ctx, t, ann)
    offset = _OFFSET_CLAUSE.search(doc.masked, lo, t.start) if (
        doc.masked.find(" after ", lo, t.start) >= 0 or doc.masked.find(" before ", lo, t.start) >= 0) else None
    own = ctx.own.get(t.start)
    if own is not None and not own.quantity and (own.start >= t.end or premodifier(doc.masked, t.start, [own])):
        offset = None  # "444 days after students seized the embassy in November 1979", "… the 2015 deal": its own
    elif (vague := _VAGUE_OFFSET.search(doc.masked, lo, t.start)) and (vague["n"] or "few").lower() in _VAGUE_WORDS:
        return _vague_date(ctx, t, vague)
    if offset is not None and not (t.etype in ctx.told and _told_elsewhere(doc.masked, ctx, t)):
        between = list(find_triggers(doc.masked, offset.end("dir"), t.start))  # ("26 years after the coup": told)
        if all(g.etype == t.etype for g in between):
            # "Jan. 5, 2020 — Two days after Soleimani is killed, …": two days before that
            return _offset_date(ctx, t, offset)
        if between[0].etype in ctx.told:  # "eight days after the seizure Carter froze": the seizure's date, moved
            return _moved(ctx.told[between[0].etype], t, offset)
    if refers_back(doc.masked, t, ctx.lo) or _told_elsewhere(doc.masked, ctx, t):
        # only a date of its own: "after the killing … in January 2020", "the ceasefire that took effect on Tuesday"
        own = ctx.own.get(t.start)  # "Twenty-six years after the coup": a count from it is no date of its own
        d = (own if own is not None and not (own.quantity and own.end <= t.start) else None) or next(
            (x for x in ctx.dates if x.start > t.end and _RELATIVE_TO.fullmatch(doc.masked, t.end, x.start)), None)
        return d if d is not None and (d.end <= t.start or not _BREAK.search(doc.masked, t.end, d.start)) else None
    opening = _OFFSET_OPENING.match(doc.masked, ctx.lo, t.start)
    moved = _story_offset(doc, ctx, t, opening) if opening and all(x.quantity for x in ctx.dates) and \
        not _LATER_TIME.search(doc.masked, opening.end(), t.start) else None  # "…, and two days after that X"
    if moved is not None:
        return moved
    if t.etype == "reporting" or t.etype == "statement" and t.pos == "verb":  # "announced that X will travel next week":
        ctx = ctx._replace(dates=[x for x in ctx.dates if x.start < t.end or  # the reported clause's time
                                  not _REPORTED.search(doc.masked, t.end, x.start)])
    d = _own_or_initial(doc, ctx, t)
    reporting = t.etype == "reporting"  # takes no other clause's date: "X recalled the killing on 3 January"
    if reporting and (tag := comma_tag(doc.masked, ctx.lo, ctx.hi, t.start, t.end)):  # ", traders said, …": its own
        return d if d is not None and tag[0] <= d.start < tag[1] else None
    if reporting and d is None:  # the one right before it ("X, in a speech on Wednesday, said") or its occasion's
        d = next((x for x in ctx.dates if 0 <= t.start - x.end <= 4), None) or _occasion_date(doc, ctx, t)
    if d is None and (reporting or not ctx.dates) and t.etype in REMARKS and \
            not PERFECT.search(doc.masked, max(ctx.lo, t.start - 24), t.start):
        return ctx.said  # a meeting's speakers one after another: "the representative of Algeria said …"
    if d is None and (now := _under_way(doc, ctx, t)):
        return now
    if d is not None and d is ctx.initial and premodifier(doc.masked, t.start, [d]) is None:
        # "- 2018: Trump withdrew on May 8 and reimposed sanctions": a day within the heading's year is nearer
        inside = [x for x in ctx.dates if x is not d and d.date_start <= x.date_start and x.date_end <= d.date_end
                  and (x.date_start, x.date_end) != (d.date_start, d.date_end)]
        return _nearest(inside, t) if inside else d
    if d is None and not ctx.dates and t.pos == "verb" and t.etype not in REMARKS + ("reporting",):
        return ctx.previous  # "On 18 April, … shelled the platforms. Iranian speedboats then attacked …": that day
    if d is not None or not ctx.dates or reporting:
        return d
    return _nearest(ctx.dates, t)


def _told_elsewhere(masked: str, ctx: SentenceDates, t: Trigger) -> bool:
    """`the coup` told before, `said the strikes were …` (what remarks are about); `the reimposition of …` tells."""
    return t.pos == "noun" and (t.etype in ctx.told or REPORTING_CUE.search(masked, ctx.lo, t.start) is not None) and \
        _DEFINITE.search(masked, max(ctx.lo, t.start - 6), t.start) is not None and " of " not in masked[t.start:t.end + 4]


def _own_or_initial(doc: Document, ctx: SentenceDates, t: Trigger) -> DateMention | None:
    """The trigger's own date among the sentence's, else the sentence's opening one."""
    d = ctx.own.get(t.start)
    d = d if d is None or d in ctx.dates else None
    if d is not None and not d.explicit_year and ctx.initial is not None and ctx.initial.precision == "day" and \
            _HEADING_DASH.fullmatch(doc.masked, ctx.initial.end, d.start):
        return ctx.initial  # "May 8, 2019 — Exactly a year later, Iran says": the entry's day is what the count reached
    return d or ctx.initial


def _under_way(doc: Document, ctx: SentenceDates, t: Trigger) -> DateMention | None:
    """`Iran and the United States are holding talks`: under way on the day of publication."""
    if not ctx.dates and doc.published and t.pos == "verb" and doc.masked[t.start:t.end].split()[0].endswith("ing") \
            and _PROGRESSIVE.search(doc.masked, max(ctx.lo, t.start - 8), t.start):
        return DateMention(t.start, t.end, "", doc.published, doc.published, "day")
    return None


def _anniversary(doc: Document, ctx: SentenceDates, t: Trigger, ann: re.Match) -> DateMention | None:
    """`rallied on Tuesday to mark the 46th anniversary of the seizure`: the seizure was 46 years before the day
    marked, the sentence's own or else the day of publication."""
    n = ann["n"].lower()
    years = int(n[:-2]) if n[0].isdigit() else ORDINAL_WORDS[ann["unit"].lower()] + \
        (NUMBER_WORDS[ann["tens"].lower()] if ann["tens"] else 0)  # "forty-fifth", "fortieth", "first"
    before = [x for x in ctx.dates if not x.quantity and x.end <= ann.start()]
    marked = before[-1] if before else None if ctx.dates else ctx.previous  # "It was issued on the first anniversary"
    if marked is None and not ctx.dates and doc.published:  # a title: "Recognizing the 46th anniversary of …"
        marked = DateMention(ann.start(), ann.end(), "", doc.published, doc.published, "day")
    if marked is None or marked.date_start is None or marked.date_end is None:
        return None
    try:
        start, end = marked.date_start.replace(year=marked.date_start.year - years), \
            marked.date_end.replace(year=marked.date_end.year - years)
    except ValueError:  # the 29th of February
        return None
    return DateMention(ann.start(), t.end, ann.group(), start, end, marked.precision)


def _occasion_date(doc: Document, ctx: SentenceDates, t: Trigger) -> DateMention | None:
    """`told NBC News in an interview broadcast on Sunday`: the date right after the occasion the verb names."""
    o = IN_OCCASION.match(doc.masked, t.end, ctx.hi)
    return next((x for x in ctx.dates if o and x.start >= o.end() and
                 doc.masked[o.end():x.start].strip() in ("", "on", "in")), None)


# a sourcing tag set off by commas: "…in February, traders said, wider than …", "…, Israel's military said."
_TAG_OPEN = re.compile(r",\s+(?:[\w’'.-]+\s+){1,6}$")
# after the verb only when, or to whom: "she said on Tuesday,", "traders told Reuters." ("confirmed them." tells)
_TAG_CLOSE = re.compile(r"(?:\s+(?:(?:on|last|this|late|early|earlier|later)\b[^,;:.“”\"]{0,30}|"
                        r"[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,2}))?\s*[,.!]")


def comma_tag(masked: str, lo: int, hi: int, start: int, end: int) -> tuple[int, int] | None:
    """Where the comma-set tag of the speech verb at [start, end) runs (after its sentence's first clause), or None:
    the words around it are what it sources."""
    opened = _TAG_OPEN.search(masked, max(lo, start - 48), start)
    closed = _TAG_CLOSE.match(masked, end, hi) if opened else None
    return (opened.start(), closed.end()) if closed else None


def _offset_date(ctx: SentenceDates, t: Trigger, offset: re.Match) -> DateMention | None:
    """The time the sentence tells (its date before the offset, or its heading's), moved back by the offset:
    what happens "a year after" a clause happened a year before it."""
    before = [x for x in ctx.dates if x.end <= offset.start() and not x.quantity]
    anchor = before[-1] if before else ctx.initial
    return _moved(anchor, t, offset, back=True)


def _vague_date(ctx: SentenceDates, t: Trigger, vague: re.Match) -> DateMention | None:
    """"On Tuesday, days after Khamenei ruled out talks": a few days before the sentence's day."""
    before = [x for x in ctx.dates if x.end <= vague.start() and not x.quantity]
    anchor = before[-1] if before else ctx.initial
    reach = _VAGUE_DAYS.get(vague["unit"].lower())
    if anchor is None or reach is None or anchor.precision != "day":
        return None
    near, far = (timedelta(days=n) for n in reach)
    lo, hi = (anchor.date_start - far, anchor.date_start - near) if vague["dir"].lower() == "after" else \
        (anchor.date_start + near, anchor.date_start + far)
    return DateMention(t.start, t.end, vague.string[vague.start("unit"):vague.end("dir")], lo, hi, "day")


def _moved(anchor: DateMention | None, t: Trigger, offset: re.Match, back: bool = False) -> DateMention | None:
    """The anchor moved by the offset's span: forward for "after" (back when the anchor is the later time)."""
    n = count(offset["n"])
    if anchor is None or n is None:
        return None
    forward = (offset["dir"].lower() == "after") != back
    iv = shift(Interval(anchor.date_start, anchor.date_end, anchor.precision), n if forward else -n,
               offset["unit"].lower())
    return DateMention(t.start, t.end, offset.group().strip(" ,"), iv.start, iv.end, iv.precision) if iv else None


def _story_offset(doc: Document, ctx: SentenceDates, t: Trigger, opening: re.Match) -> DateMention | None:
    """The story's last date before the sentence, as precise as the span needs, moved by the span."""
    unit = opening["unit"].lower()
    i = bisect.bisect_left(doc.dates, ctx.lo, key=lambda x: x.start)
    named = [ctx.told[g.etype] for g in find_triggers(doc.masked, opening.start("dir"), opening.end()) if g.etype in ctx.told]
    told = [x for x in reversed(doc.dates[max(0, i - 8):i]) if not x.quantity and x.date_start is not None]
    # "three days after the coup": the coup's date, else the story's last date as precise as the span
    return _moved(next((x for x in (*named, *told) if x.precision in _ANCHOR_PRECISION[unit]), None), t, opening)


def _nearest(dates: list[DateMention], t: Trigger) -> DateMention:
    """The sentence's date nearest the trigger, before or after it."""
    i = bisect.bisect_left(dates, t.start, key=lambda x: x.start)
    near = dates[max(0, i - 1):i + 1] or dates[-1:]
    return min(near, key=lambda x: min(abs(x.start - t.end), abs(t.start - x.end)))


def refers_back(masked: str, t: Trigger, lo: int) -> bool:
    """`after the seizure`, `since that attack`: an event noun marking time, told elsewhere."""
    return t.pos == "noun" and _REFERENCE.search(masked, max(lo, t.start - 40), t.start) is not None
