"""One resolver per date pattern of `dates.PATTERNS` (those counted from publication are in `date_deictic`, from the
story's last told date in `date_offsets`, the Persian calendar's in `date_persian`): groups in, an `Interval` or None out.

A `Resolver` holds what the text has said so far: the latest year it named (for `that year`,
`August 19`), the year heading a timeline's section (a year alone on its line, for the `Nov. 4 - …`
entries below it), the latest day or month it dated (for `two days later`, `the same night`, `the
following April`), whether the text tells a history (its bare `January 15` then follows the story's
calendar), and the document's publication date (for `this year`, `on Monday`, `last week`).
"""
from __future__ import annotations

import calendar
import re
from datetime import date, timedelta
from typing import NamedTuple

from .date_words import HOLIDAYS, MONTHS, NUMBER_WORDS, ORDINAL_WORDS, PARTS, SEASONS


class Interval(NamedTuple):
    start: date
    end: date
    precision: str  # day, month, year, decade, century


_PART_OF_MONTH = re.compile(r"\b(?:[Ee]arly|[Mm]id|[Ll]ate)\b")
# "released two months later, in late September": the story's calendar goes on, whatever the text's era
_SINCE_THEN = re.compile(r"\b(?:has|have)\s+since\b")  # "… on May 8, 2018, and Iran has since …": back to the present
_TIME_WORD = re.compile(r"\b(?:[Ii]n|[Ss]ince|[Bb]y|[Uu]ntil|[Aa]fter|[Bb]efore|[Dd]uring)\s+$")
# "Later, in May", "Then in October" (the mention may hold its "in"): the story goes on from the day it last told
_LATER_BEFORE = re.compile(r"\b(?:later|afterwards|after that|[Tt]hen),?\s+(?:(?:in|on|by)\s+)?$")
_SENTENCE_END = re.compile(r"[.!?][\s”\"]")
_HEADING = re.compile(r"\s*(?:#+\s*)?\*{0,2}(?P<m>[A-Z][a-z]+\.?\s+)?\d{4}\*{0,2}:?\s*")  # "1979", "## July 1980"


def _month_end(y: int, m: int) -> date:
    return date(y, m, calendar.monthrange(y, m)[1])


def month(y: int, m: int) -> Interval:
    return Interval(date(y, m, 1), _month_end(y, m), "month")


def year(y: int) -> Interval:
    return Interval(date(y, 1, 1), date(y, 12, 31), "year")


def day(d: date) -> Interval:
    return Interval(d, d, "day")


def count(word: str) -> int | None:
    return int(word) if word.isdigit() else NUMBER_WORDS.get(word.lower())


def _on(y: int, mo: int, dy: int | None) -> date:
    """The day to compare a bare `February 29` or `31 April` by: the month's last when the year lacks it."""
    return date(y, mo, min(dy or 1, calendar.monthrange(y, mo)[1]))


def shift(iv: Interval, n: int, unit: str) -> Interval | None:
    """`iv` moved by n days, weeks, months or years (n may be negative), as precise as both allow."""
    if unit in ("day", "week"):
        return day(iv.start + timedelta(days=n * (7 if unit == "week" else 1))) if iv.precision == "day" else None
    months = n * (12 if unit == "year" else 1)
    y, m = divmod(iv.start.year * 12 + iv.start.month - 1 + months, 12)
    if iv.precision == "day":
        return day(date(y, m + 1, min(iv.start.day, calendar.monthrange(y, m + 1)[1])))
    if iv.precision == "month":
        return month(y, m + 1)
    return year(y) if iv.precision == "year" and unit == "year" else None


class Resolver:
    # How far back (in characters, same paragraph) a year the text named still anchors a bare
    # `August 19`; beyond it, news means the latest such date before publication.
    ANCHOR_REACH = 150
    HEADING_LINE = 120  # characters: a line this short above a paragraph heads it

    # A text that names no month of the last years before publication tells a history: its bare
    # `January 15` follows the story's own calendar, not the publication's.
    HISTORY_LAG = 2
    FLASHBACK = timedelta(days=31)  # a bare day this close before the last one is a flashback, same year
    # News dates a day this long before publication with its year: a bare one after the story's last told day,
    # moving forward from it, is the story's ("Forty years ago today … answered on November 12").
    STALE = timedelta(days=183)
    STORY_REACH = 2000  # characters a paragraph's last told month carries a bare day after it

    def __init__(self, text: str, published: date | None, month_years: list[int] = (), tells_days: bool = False):
        self.text = text
        self.published = published  # the day relative dates count from: a dateline's or date line's frames it
        self.latest = published  # no date the text tells can be later than publication
        self.historical = (published is not None and len(month_years) >= 2 and not tells_days
                           and max(month_years) <= published.year - self.HISTORY_LAG)
        self.anchor: int | None = None  # the latest year the text named
        self.anchor_span: Interval | None = None  # what named it: `the winter of 1978` reaches into 1979
        self.anchor_pos = 0
        self.anchor_thing = False  # the latest year named a thing ("the 2015 deal"), not the story's time
        self.last_day: date | None = None  # the latest day the text dated
        self.last_span: Interval | None = None  # the latest day or month: `four days later` counts from it
        self.span_pos = 0
        self.heading: int | None = None  # the year heading the current section of a timeline
        self.heading_month: Interval | None = None  # the month heading it, for its "14 — …" entries
        self.pos = 0

    def seen(self, iv: Interval | None, explicit: bool, end: int, names_thing: bool = False) -> None:
        if iv is not None and explicit:
            self.anchor, self.anchor_pos, self.anchor_span = iv.start.year, self.pos, iv
            self.anchor_thing = names_thing
            heading = _HEADING.fullmatch(self._line(self.pos, end)) if iv.precision in ("year", "month") else None
            if heading is not None and (iv.precision == "month") == bool(heading["m"]):
                self.heading = iv.start.year
                self.heading_month = iv if iv.precision == "month" else None
        if iv is not None and iv.precision == "day":
            self.last_day = iv.start
        if iv is not None and iv.precision in ("day", "month"):
            self.last_span, self.span_pos = iv, self.pos
        elif iv is not None and explicit:
            self.last_span = None  # `In 1992 …`: a later `two days later` has no day to count from

    def _line(self, start: int, end: int) -> str:
        """The line around text[start:end]."""
        lo = self.text.rfind("\n", 0, start) + 1
        hi = self.text.find("\n", end)
        return self.text[lo:len(self.text) if hi == -1 else hi]

    def anchor_near(self) -> bool:
        """The text's latest year was named close by, in the same paragraph or in a heading line right above
        it ("Document 4: Telegram …, August 17, 1953." over "a cable sent on August 17")."""
        if self.pos - self.anchor_pos > self.ANCHOR_REACH:
            return False
        between = self.text[self.anchor_pos:self.pos]
        return "\n" not in between or (between.count("\n\n") == 1 and
                                        len(self._line(self.anchor_pos, self.anchor_pos)) <= self.HEADING_LINE)

    def story_near(self) -> bool:
        """The story's last day or month was told in this paragraph or the one before."""
        return self.text.count("\n\n", self.span_pos, self.pos) <= 1

    def moving_on(self, mo: int, dy: int | None) -> int | None:
        """`In October 1979 … on 4 November`: a day within weeks after the month or day this paragraph last told
        is in its year, unless a year named after it in time words took over ("In 1953, … On August 19")."""
        last = self.last_span
        if last is None or self.pos - self.span_pos > self.STORY_REACH or "\n\n" in self.text[self.span_pos:self.pos] or (
                self.anchor_pos > self.span_pos and _TIME_WORD.search(self.text, max(0, self.anchor_pos - 12),
                                                                      self.anchor_pos)):
            return None
        y, d = last.start.year, _on(last.start.year, mo, dy)
        return y if last.start <= d <= last.end + self.FLASHBACK and (self.latest is None or d <= self.latest) \
            else None

    def _days_on(self, d: date) -> bool:
        """`On 14 April 1988 … On the morning of 18 April`: days after the day the story last told, within weeks."""
        last = self.last_span
        return last.precision == "day" and last.start < d <= last.start + self.FLASHBACK

    def bare_year(self, mo: int, dy: int | None) -> int | None:
        """Year of a month (and day) written without one: the story's while it moves on within weeks, the text's
        own recent year, else the latest such date on or before publication."""
        recent = self.published and self.published.year - ((mo, dy or 1) > (self.published.month, self.published.day))
        told = max(self.anchor_pos, self.span_pos, self.pos - 400)  # where the story last told a date, bounded
        if recent and _SINCE_THEN.search(self.text, told, self.pos):
            return recent
        moving = self.moving_on(mo, dy)
        if moving is not None:
            return moving
        if self.anchor is not None and (self.published is None or self.anchor_near() and not self.anchor_thing):
            span = self.anchor_span  # "in the winter of 1978, … on 1 February": February 1979, and the story's year
            if span is not None and span.end.year > self.anchor and _on(span.end.year, mo, dy) <= span.end:
                self.anchor = span.end.year
            return self.anchor
        if self.heading is not None:  # a timeline's "1979" line dates the "Nov. 4 - …" entries below it
            return self.heading
        if self.last_span is not None and self.story_near():
            y = self.last_span.start.year  # the story moves on from the day it last told
            onward = _on(y, mo, dy) >= self.last_span.start and not _SENTENCE_END.search(self.text, self.span_pos,
                                                                                          self.pos)
            if self.historical or onward or _LATER_BEFORE.search(self.text, max(0, self.pos - 40), self.pos):
                # "that July, and in September": the sentence goes on to a later month of the story's year
                y += _on(y, mo, dy) < self.last_span.start - self.FLASHBACK
            elif _on(y, mo, dy) < self.last_span.start or recent is None or (
                    self.published - _on(recent, mo, dy) < self.STALE and not self._days_on(_on(y, mo, dy))):
                y = None  # news in the present dates a recent day by the publication's year
            if y is not None and _on(y, mo, dy) <= self.latest:
                return y
        return recent

    def short_year(self, yy: str) -> int:
        """`'53`: the latest such year by the day of publication (1953 in 2024; 2019 for `'19`)."""
        now = self.published.year if self.published else 1999
        y = now // 100 * 100 + int(yy)
        return y - 100 if y > now else y

    def rel_year(self, phrase: str) -> int | None:
        p = phrase.lower()
        if any(k in p for k in ("this year", "last year", "next year")) and not p.startswith("the next"):
            if self.published is None:
                return None
            return self.published.year + (-1 if "last" in p else 1 if "next" in p else 0)
        if self.anchor is None:
            return None
        if "following" in p or "next year" in p or "later" in p:
            return self.anchor + 1
        return self.anchor - 1 if "previous" in p or "earlier" in p else self.anchor


def r_calendar(r: Resolver, g: dict) -> Interval | None:
    """`August 19, 1953`, `19 August`, `May 2018`, `in February`, `August 19 of that year`."""
    mo = MONTHS[(g.get("m") or g.get("m2") or g["m3"]).lower().rstrip(".")]
    dy = int(g["d"]) if g.get("d") else None
    y = int(g["y"]) if g.get("y") else r.short_year(g["yy"]) if g.get("yy") else \
        r.rel_year(g["rel"]) if g.get("rel") else r.bare_year(mo, dy)
    if y is None:
        return None
    if dy is None:  # "in early July", "mid-March", "late May 2025": the first, middle or last ten days or so
        part, end = _PART_OF_MONTH.search(g["_text"]), _month_end(y, mo)
        first, last = PARTS["month"][part.group().lower()] if part else (1, 31)
        return Interval(date(y, mo, first), end.replace(day=min(last, end.day)), "month")
    try:
        return day(date(y, mo, dy))
    except ValueError:
        return None


def r_numeric(r: Resolver, g: dict) -> Interval | None:
    """`2018-05-08`; `14.07.2015` (day first); `29/01/2002` (day first when the first number can be no month,
    else month first, as US copy writes `5/8/2018`)."""
    y = int(g["y"])
    if g.get("mm"):
        mo, dy = int(g["mm"]), int(g["d"])
    elif g.get("c"):
        dy, mo = int(g["a"]), int(g["c"])
    else:
        a, b = int(g["a"]), int(g["b"])
        dy, mo = (a, b) if a > 12 else (b, a)
    try:
        return day(date(y, mo, dy))
    except ValueError:
        return None


def r_entry_day(r: Resolver, g: dict) -> Interval | None:
    """`14 — …` under a `July 2015` line: that day of the heading's month; no heading, no date."""
    if r.heading_month is None:
        return None
    try:
        return day(r.heading_month.start.replace(day=int(g["d"])))
    except ValueError:
        return None


def r_holiday(r: Resolver, g: dict) -> Interval | None:
    """`On New Year's Eve 1977`, `Christmas Day that year`: a fixed day, its year read as a date's."""
    mo, dy = HOLIDAYS[g["h"].replace("’", "'")]
    y = int(g["y"]) if g.get("y") else r.rel_year(g["rel"]) if g.get("rel") else r.bare_year(mo, dy)
    return day(date(y, mo, dy)) if y is not None else None


def r_month_that(r: Resolver, g: dict) -> Interval | None:
    """`that November`: the month of the year the text last named; `the following April`: the first
    April after the month (else the year) the text last dated."""
    mo = MONTHS[g["m"].lower()]
    if r.anchor is None:
        return None
    if not g.get("next"):
        return month(r.anchor, mo)
    last = r.last_span.start if r.last_span is not None else date(r.anchor, 12, 1)
    return month(last.year if mo > last.month else last.year + 1, mo)


def r_season(r: Resolver, g: dict) -> Interval | None:
    """`the autumn of 1980`; `that autumn`, `the following spring`: against the year the text last named."""
    first, last = SEASONS[(g.get("s") or g["s2"]).lower()]
    rel = (g.get("rel") or "").lower()
    if rel in ("this", "last", "next"):  # "this spring": the season of the day of publication's year, or around it
        return _season_near(r.published, first, last, rel) if r.published else None
    if g.get("y"):
        y = int(g["y"])
    elif r.anchor is None:
        return None
    else:
        rel = g["rel"].lower()
        y = r.anchor + (1 if rel.endswith(("following", "next")) else -1 if rel.endswith("previous") else 0)
    return Interval(date(y, first, 1), _month_end(y + (last < first), last), "month")


def _season_near(on: date, first: int, last: int, rel: str) -> Interval:
    """`this spring`: March to May of the year of publication, passed or not; `last spring`: the year before's
    (`last winter` in June: the December to February before); `next autumn`: the coming one."""
    def span(y: int) -> Interval:
        return Interval(date(y, first, 1), _month_end(y + (last < first), last), "month")
    y = on.year - (first > last and on.month <= last)  # a winter running into the new year began the year before
    this = span(y)
    if rel == "this":
        return this
    if rel == "last":
        return span(y - 1)
    return span(y + 1) if this.start <= on else this


def r_month_range(r: Resolver, g: dict) -> Interval | None:
    """`between April and June 2025`: the year written once covers both months."""
    first, last, y = MONTHS[g["m1"].lower().rstrip(".")], MONTHS[g["m"].lower().rstrip(".")], int(g["y"])
    return Interval(date(y, first, 1), _month_end(y, last), "month") if first < last else None


def r_range(r: Resolver, g: dict) -> Interval | None:
    y1, s2 = int(g["y1"]), g["y2"]
    y2 = int(s2) if len(s2) == 4 else (y1 // 100) * 100 + int(s2)
    return Interval(date(y1, 1, 1), date(y2, 12, 31), "year") if y2 >= y1 else None


def r_decade(r: Resolver, g: dict) -> Interval | None:
    d0 = int(g["dec"])
    lo, hi = PARTS["decade"].get((g.get("part") or "").lower(), (0, 9))
    return Interval(date(d0 + lo, 1, 1), date(d0 + hi, 12, 31), "decade")


def r_century(r: Resolver, g: dict) -> Interval | None:
    c0 = ((int(g["cn"]) if g.get("cn") else ORDINAL_WORDS[g["cw"].lower()]) - 1) * 100
    lo, hi = PARTS["century"].get((g.get("part") or "").lower(), (0, 99))
    return Interval(date(max(c0 + lo, 1), 1, 1), date(c0 + hi, 12, 31), "century")


def r_part_year(r: Resolver, g: dict) -> Interval | None:
    y = int(g["y"])
    lo, hi = PARTS["year"][g["part"].lower()]
    return Interval(date(y, lo, 1), _month_end(y, hi), "month")


def r_story_month(r: Resolver, g: dict) -> Interval | None:
    """`that month`, `the following month`: from the month the story last told, in this paragraph or the last."""
    last = r.last_span
    if last is None or not r.story_near():
        return None
    rel = g["rel"].lower()
    step = 1 if rel in ("the following", "the next") else -1 if rel in ("the previous", "the preceding") else 0
    y, m = divmod(last.start.year * 12 + last.start.month - 1 + step, 12)
    return month(y, m + 1)


def r_year(r: Resolver, g: dict) -> Interval | None:
    return year(int(g["y"]) if "y" in g else r.short_year(g["yy"]))


def r_unresolved(r: Resolver, g: dict) -> Interval | None:
    return None  # "in recent months": the text does not fix it
