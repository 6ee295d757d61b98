"""Dates counted from the day of publication: `last month`, `this week`, `yesterday`, `on Monday`, `over the
weekend`, `seven years ago today`; and weeks counted from the story's last day (`the following week`)."""
from __future__ import annotations

import re
from datetime import date, timedelta

from .date_resolvers import Interval, Resolver, count, day, month
from .date_words import WEEKDAYS
from .lexicon import REPORTING_CUE


def r_years_ago_today(r: Resolver, g: dict) -> Interval | None:
    """`seven years ago today`: the same calendar day, n years before publication; `twelve years ago this
    month`: that month; `sixty years ago next week`: that week's days, n years back."""
    n, pub = count(g["n"]), r.published
    if n is None or pub is None:
        return None
    if g.get("month"):
        return month(pub.year - n, pub.month)
    if g.get("week"):
        week = _week(pub, _step(g["week"].lower()))
        return Interval(_years_back(week.start, n), _years_back(week.end, n), "day")
    return day(_years_back(pub, n))


def _years_back(d: date, n: int) -> date:
    try:
        return d.replace(year=d.year - n)
    except ValueError:  # 29 February
        return d.replace(year=d.year - n, day=28)

def r_rel_month(r: Resolver, g: dict) -> Interval | None:
    """The calendar month of (or before, after) publication; `earlier this month` ends at publication, `late last
    month` is its second half, `early last month` its first."""
    if r.published is None:
        return None
    t, pub = g["_text"].lower(), r.published
    if t.startswith("earlier this"):
        return Interval(pub.replace(day=1), pub, "day")
    y, m = pub.year, pub.month + (-1 if "last" in t else 1 if "next" in t else 0)
    y, m = (y - 1, 12) if m == 0 else (y + 1, 1) if m == 13 else (y, m)
    whole = month(y, m)
    if t.startswith("late last"):
        return Interval(whole.start.replace(day=16), whole.end, "day")
    if t.startswith("early last"):
        return Interval(whole.start, whole.start.replace(day=15), "day")
    return whole

def r_rel_week(r: Resolver, g: dict) -> Interval | None:
    """The Monday–Sunday week of (or before, after) publication; `this week` and `earlier this week` end at
    publication (news tells what has happened), `later this week` starts there."""
    if r.published is None:
        return None
    t, pub = g["_text"].lower(), r.published
    week = _week(pub, _step(t))
    if "this" not in t:
        return week
    return Interval(pub, week.end, "day") if "later" in t else Interval(week.start, pub, "day")


def _step(t: str) -> int:
    return -1 if "last" in t else 1 if "next" in t else 0


def _week(d: date, step: int) -> Interval:
    """The whole Monday–Sunday week of day d, or `step` weeks from it."""
    monday = d - timedelta(days=d.weekday()) + timedelta(weeks=step)
    return Interval(monday, monday + timedelta(days=6), "day")

def r_story_week(r: Resolver, g: dict) -> Interval | None:
    """`the following week`, `that week`: the Monday–Sunday week after (or of, before) the day the text last dated."""
    if r.last_day is None:
        return None
    rel = (g.get("rel") or "").lower()
    step = 1 if rel in ("following", "next") else -1 if rel in ("previous", "preceding") else 0
    return _week(r.last_day, step)


def r_rel_day(r: Resolver, g: dict) -> Interval | None:
    """`yesterday`, `last night` (the evening before publication), `today`, `tonight`, `this morning`;
    `overnight`: the night before publication, so both days."""
    if r.published is None:
        return None
    if "over" in g:
        return Interval(r.published - timedelta(days=1), r.published, "day")
    return day(r.published + timedelta(days=-1 if "last" in g or g["_text"].lower() == "yesterday"
                                       else 1 if g["_text"].lower() == "tomorrow" else 0))

def r_weekday(r: Resolver, g: dict) -> Interval | None:
    """`on Monday`, `Thursday`, `on Saturday night`: the latest such day on or before publication; `last
    Saturday` written on a Saturday is the week before. `next Saturday`, or a weekday in a clause that looks
    ahead (`will meet on Saturday`, `talks set to take place Saturday`): the next such day after publication."""
    if r.published is None:
        return None
    wd, text = WEEKDAYS[g["wd"].lower()], g["_text"][:4].lower()
    if text == "next" or text != "last" and (_ahead(r.text, r.pos) or _opens_ahead(r.text, r.pos, r.pos + len(g["_text"]))):
        return day(r.published + timedelta(days=(wd - r.published.weekday()) % 7 or 7))
    back = (r.published.weekday() - wd) % 7
    return day(r.published - timedelta(days=back or (7 if text == "last" else 0)))


_AHEAD = re.compile(r"\b(?:will|shall|(?:is|are|was|were)\s+(?:set|due|scheduled|expected)\s+to|(?:is|are|was|were)\s+"
                    r"(?:scheduled|planned|due)\s+(?:for|on)|to\s+be\s+held|upcoming)\b|[’']ll\b")
_CLAUSE_REACH = 120  # characters back to where the weekday's clause starts, at most


def _ahead(text: str, pos: int) -> bool:
    """The clause before pos looks ahead, and no reporting verb after that makes the weekday the saying's
    ("Iran will respond, Araghchi told reporters on Saturday")."""
    lo = max(0, pos - _CLAUSE_REACH)
    lo = max(lo, max(text.rfind(c, lo, pos) for c in ".!?;\n") + 1)
    ahead = None
    for ahead in _AHEAD.finditer(text, lo, pos):
        pass
    return ahead is not None and not REPORTING_CUE.search(text, ahead.end(), pos)

def r_weekend(r: Resolver, g: dict) -> Interval | None:
    """`over the weekend`: the latest Saturday–Sunday up to publication; `last weekend` written on a Sunday
    is the one before, `this weekend` written on a Saturday is its own."""
    if r.published is None:
        return None
    t, pub = g["_text"].lower(), r.published
    sunday = pub - timedelta(days=(pub.weekday() + 1) % 7)
    if t.startswith("last") and pub.weekday() == 6:
        sunday -= timedelta(weeks=1)
    elif t.startswith("this") and pub.weekday() == 5:
        sunday = pub + timedelta(days=1)
    return Interval(sunday - timedelta(days=1), sunday, "day")


def _opens_ahead(text: str, start: int, end: int) -> bool:
    """`On Sunday, the sanctions are due to return`: a weekday opening its clause, which looks ahead before any
    reporting verb ("On Sunday, Iran said it will …" reports Sunday's words)."""
    if not text.startswith(",", end) or text[max(0, start - 2):start].strip() not in ("", ".", "\n"):
        return False  # not "Khamenei, who vowed revenge on Friday, is expected to …"
    stop = min((i for i in (text.find(c, end + 1, end + _CLAUSE_REACH) for c in ".!?;\n") if i >= 0),
               default=min(len(text), end + _CLAUSE_REACH))
    ahead = _AHEAD.search(text, end, stop)
    return ahead is not None and not REPORTING_CUE.search(text, end, ahead.start())
