"""Resolvers that count from the story's own calendar: `two years later`, `a year later`, `four months later`,
`two days later`, `the same night` move from the year, month or day the text last told."""
from __future__ import annotations

import re
from datetime import timedelta

from .date_resolvers import Interval, Resolver, count, day, month, shift, year

# "kept its commitments for more than two years before …": how long, not when
_LASTING = re.compile(r"\bfor\s+(?:(?:more|less)\s+than\s+|over\s+|nearly\s+|almost\s+|about\s+|some\s+|at\s+least\s+)?$")


def r_years_offset(r: Resolver, g: dict) -> Interval | None:
    """`two years later`, `seven years ago`, `two decades later`: from the year the text last named."""
    n, direction = count(g["n"]), g["dir"].lower()
    n = n * 10 if n is not None and g["unit"].lower().startswith("decade") else n
    base = (r.published.year if r.published else None) if direction == "ago" else r.anchor
    if n is None or base is None or _LASTING.search(r.text, max(0, r.pos - 24), r.pos):
        return None
    n = -n if direction in ("earlier", "before", "ago") else n
    return year(base + n) if direction == "ago" or g["unit"].lower().startswith("decade") else _years_on(r, base, n)


def _years_on(r: Resolver, base: int, n: int) -> Interval:
    """`In May 2018 … and a year later`: the one month told in the year named, n years on; else that year."""
    span = r.last_span
    if span is None or span.start.year != base or (span.start.year, span.start.month) != (span.end.year, span.end.month):
        return year(base + n)
    return month(span.start.year + n, span.start.month)




def r_months_offset(r: Resolver, g: dict) -> Interval | None:
    """`four months later`: the month that far from the day or month the text last dated."""
    n, span = count(g["n"]), r.last_span
    if n is None or span is None:
        return None
    moved = shift(Interval(span.start, span.start, "day"), -n if g["dir"].lower() == "earlier" else n, "month")
    return month(moved.start.year, moved.start.month) if moved else None


def r_days_offset(r: Resolver, g: dict) -> Interval | None:
    """`two days later`, `a week earlier`, `two days before it`: from the day (or month) the text last dated."""
    n, span = count(g["n"]), r.last_span
    if n is None or span is None:
        return None
    n *= 7 if g["unit"].lower().startswith("week") else 1
    step = timedelta(days=-n if g["dir"].lower().startswith(("earlier", "before")) else n)
    if span.precision == "day":  # a day, or a week counted from its first day
        return day(span.start + step)
    return Interval(span.start + step, span.end + step, span.precision)  # `In April 1988 … Four days later`


def r_same_day(r: Resolver, g: dict) -> Interval | None:
    """`the same night`, `that day`, `the next day`, `the day before`; `hours later`: the day last dated."""
    if r.last_day is None:
        return None
    rel = (g.get("rel") or g.get("dir") or "").lower()
    step = 1 if rel in ("next", "following", "after") else -1 if rel in ("previous", "before") else 0
    return day(r.last_day + timedelta(days=step))


def r_rel_year(r: Resolver, g: dict) -> Interval | None:
    """`last year`, `the following year`; `earlier this year` ends at publication."""
    if r.published is not None and g["_text"].lower().startswith("earlier this"):
        return Interval(r.published.replace(month=1, day=1), r.published, "day")
    text = g["_text"].lower()
    if text.startswith("a year") and r.anchor is not None:  # "a year later": as `one year later`
        return _years_on(r, r.anchor, 1 if text.endswith("later") else -1)
    y = r.rel_year(text)
    return year(y) if y is not None else None
