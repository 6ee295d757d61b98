"""Resolvers for dates of the Persian (Solar Hijri) calendar: `10 Ordibehesht 1404`, `Mordad 1332 [August 1953]`."""
from __future__ import annotations

import re
from datetime import date

import jdatetime

from .date_resolvers import Interval, Resolver, day, month, year
from .date_words import MONTHS, PERSIAN_MONTHS

_GLOSS_MONTH = re.compile(r"\s*(?P<m>[A-Z][a-z]+\.?)\s+(?P<y>\d{4})\s*")
_GLOSS_YEAR = re.compile(r"\s*(\d{4})\s*")


def _persian(y: int, m: int, d: int | None) -> Interval | None:
    try:
        if d is not None:
            return day(jdatetime.date(y, m, d).togregorian())
        last_day = 31 if m <= 6 else 30 if m <= 11 else (30 if jdatetime.date(y, 1, 1).isleap() else 29)
        return Interval(jdatetime.date(y, m, 1).togregorian(), jdatetime.date(y, m, last_day).togregorian(), "month")
    except ValueError:
        return None


def _gloss(g: str | None) -> Interval | None:
    """A bracketed Gregorian gloss such as `[March 2009]`."""
    m = _GLOSS_MONTH.fullmatch(g or "")
    if m and m["m"].lower().rstrip(".") in MONTHS:
        return month(int(m["y"]), MONTHS[m["m"].lower().rstrip(".")])
    y = _GLOSS_YEAR.fullmatch(g or "")
    return year(int(y[1])) if y else None


def r_persian(r: Resolver, g: dict) -> Interval | None:
    gl = _gloss(g.get("gloss"))
    if gl:
        return gl
    pm = PERSIAN_MONTHS[(g.get("pm") or g["pm2"]).lower()]
    if g.get("y"):
        sh = int(g["y"])
    elif r.anchor is not None and (r.published is None or r.anchor_near()):
        sh = r.anchor - 621 if pm <= 9 else r.anchor - 622  # Farvardin..Dey 10 share SH+621's Gregorian year
    elif r.published is not None:
        return _persian_before(r.published, pm, int(g["d"]) if g.get("d") else None)
    else:
        return None
    return _persian(sh, pm, int(g["d"]) if g.get("d") else None)


def _persian_before(pub: date, pm: int, d: int | None) -> Interval | None:
    """`on 10 Ordibehesht` in a story of 1404: the latest such day starting on or before publication."""
    sh = jdatetime.date.fromgregorian(date=pub).year
    iv = _persian(sh, pm, d)
    return _persian(sh - 1, pm, d) if iv is not None and iv.start > pub else iv
