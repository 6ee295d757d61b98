"""Date expressions: find them, resolve them to calendar intervals.

`document_dates(text, published)` scans a whole document in order, so that
anaphora (`that year`, `the following year`) resolve against the years the text
itself has just named, and relative expressions (`this year`, `on Monday`)
against the document's publication date. Unresolvable expressions are kept
with null dates. Solar Hijri months convert exactly via jdatetime.
"""
from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

import jdatetime

from .lexicon import trie_regex


@dataclass(frozen=True)
class DateMention:
    start: int
    end: int
    text: str
    date_start: date | None
    date_end: date | None
    precision: str | None  # day, month, year, decade, century
    explicit_year: bool = False  # names its own year: anchors later `that year`
    quantity: bool = False  # `two years later` also states a duration: the figures keep it


MONTHS = {m.lower(): i for i, m in enumerate(calendar.month_name) if m}
MONTHS.update({m.lower(): i for i, m in enumerate(calendar.month_abbr) if m})
MONTHS["sept"] = 9
PERSIAN_MONTHS = {
    "farvardin": 1, "ordibehesht": 2, "khordad": 3, "tir": 4, "mordad": 5, "amordad": 5,
    "shahrivar": 6, "mehr": 7, "aban": 8, "azar": 9, "dey": 10, "dei": 10, "bahman": 11, "esfand": 12,
}
WEEKDAYS = {d.lower(): i for i, d in enumerate(calendar.day_name)}
ORDINAL_WORDS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
    "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14,
    "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19,
    "twentieth": 20, "twenty-first": 21, "twenty first": 21,
}

_MON = r"(?:January|February|March|April|May|June|July|August|September|October|November|December|" \
       r"Jan\.|Feb\.|Mar\.|Apr\.|Jun\.|Jul\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.)"
_PMON = r"(?:Farvardin|Ordibehesht|Khordad|Tir|A?[Mm]ordad|Shahrivar|Mehr|Aban|Azar|Dey|Dei|Bahman|Esfand)"
_YEAR = r"(?:1[0-9]{3}|20[0-9]{2})"
_ORD = r"(?:st|nd|rd|th)"
_REL_YEAR = r"(?:that|this|last|next|the same|the following|the previous|the next) year"
_GLOSS = r"(?:\s*[\[(](?P<gloss>[^\])]{3,40})[\])])?"

_NUMBER_WORDS = ["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
                 "fifteen", "twenty", "thirty", "forty", "fifty", "a few", "a couple of"]
PATTERNS: list[tuple[str, str]] = [
    ("persian_dmy", rf"(?:[Tt]he\s+)?(?P<d>\d{{1,2}}){_ORD}?\s+(?:of\s+)?(?P<pm>{_PMON})(?:,?\s+(?P<y>1[23]\d\d))?{_GLOSS}"),
    ("persian_my", rf"(?P<pm>{_PMON})(?:\s+(?P<y>1[23]\d\d))?{_GLOSS}"),
    ("mdy", rf"(?P<m>{_MON})\s+(?P<d>\d{{1,2}}){_ORD}?(?:,?\s+(?P<y>{_YEAR})|\s+of\s+(?P<rel>{_REL_YEAR}))?(?!\d)"),
    ("dmy", rf"(?:the\s+)?(?P<d>\d{{1,2}}){_ORD}?\s+(?:of\s+)?(?P<m>{_MON})(?:,?\s+(?P<y>{_YEAR})|\s+of\s+(?P<rel>{_REL_YEAR}))?"),
    ("range", rf"(?:(?:from|between)\s+)?(?P<y1>{_YEAR})\s*(?:[-–—]|\s(?:to|and|until|through)\s)\s*(?P<y2>{_YEAR}|\d\d)(?![\d%])"),
    ("my", rf"(?P<m>{_MON})\s+(?:of\s+)?(?:(?P<y>{_YEAR})|(?P<rel>{_REL_YEAR}))"),
    ("decade", r"(?:the\s+)?(?:(?P<part>early|mid|late)[-\s])?(?P<dec>1[0-9]{2}0|20[0-9]0)s\b"),
    ("century", rf"(?:the\s+)?(?:(?P<part>early|mid|late)[-\s])?(?:(?P<cn>\d{{1,2}}){_ORD}|(?P<cw>{'|'.join(sorted(ORDINAL_WORDS, key=len, reverse=True))}))[-\s]century"),
    ("part_year", rf"(?P<part>[Ee]arly|[Mm]id|[Ll]ate)[-\s](?P<y>{_YEAR})(?!s)"),
    ("years_offset", rf"(?P<n>\d{{1,3}}|{'|'.join(_NUMBER_WORDS)})\s+years?\s+(?P<dir>later|after|afterwards|earlier|before|ago)\b"),
    ("rel_year", rf"(?i:(?:(?:earlier|later|early|late)\s+)?{_REL_YEAR}|a year (?:later|earlier))"),
    ("rel_month", r"(?i:(?:(?:earlier|later|early|late)\s+)?(?:this|last|next) month)"),
    ("rel_week", r"(?i:(?:(?:earlier|later)\s+)?(?:this|last|next) week)"),
    ("rel_day", r"(?i:\b(?:yesterday|today|tomorrow)\b)"),
    ("weekday", r"(?i:(?:on|last|this)\s+(?P<wd>(?-i:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)))"),
    ("recent", r"(?i:(?:in|over|during)\s+(?:the\s+)?(?:recent|past|last|coming)\s+(?:few\s+)?(?:days|weeks|months|years))"),
    ("month_only", r"\b(?:in|In|since|Since|by|By|until|early|late|mid-|last|next|this)\s(?P<m>(?:January|February|March|April|June|July|August|September|October|November|December))(?!\s+\d)"),
    ("year", rf"(?<![\w$€£.,/-])(?P<y>{_YEAR})(?![\w%/]|[.,]\d|\s*(?:percent|per cent))"),
]


@lru_cache(maxsize=1)
def _regex() -> re.Pattern:
    # No date expression starts inside a word: one look-behind rejects most positions at once.
    body = "|".join(f"(?P<{name}>{pat.replace('(?P<', f'(?P<{name}_')})" for name, pat in PATTERNS)
    return re.compile(f"(?<!\\w)(?:{body})")


@lru_cache(maxsize=1)
def _group_names() -> dict[str, list[str]]:
    """Each pattern's own named groups, so a match reads only its kind's groups."""
    names = _regex().groupindex
    return {kind: [n[len(kind) + 1:] for n in names if n.startswith(kind + "_")] for kind, _ in PATTERNS}


def _month_end(y: int, m: int) -> date:
    return date(y, m, calendar.monthrange(y, m)[1])


def _year_iv(y: int) -> tuple[date, date]:
    return date(y, 1, 1), date(y, 12, 31)


def _persian(y: int, m: int, d: int | None) -> tuple[date, date, str] | None:
    try:
        if d is not None:
            g = jdatetime.date(y, m, d).togregorian()
            return g, g, "day"
        first = jdatetime.date(y, m, 1).togregorian()
        last_day = 31 if m <= 6 else 30 if m <= 11 else (30 if jdatetime.date(y, 1, 1).isleap() else 29)
        return first, jdatetime.date(y, m, last_day).togregorian(), "month"
    except ValueError:
        return None


def _gloss(g: str | None, anchor: int | None):
    """A bracketed Gregorian gloss such as `[March 2009]`."""
    if not g:
        return None
    m = re.fullmatch(rf"\s*(?P<m>{_MON})\s+(?P<y>{_YEAR})\s*", g)
    if m:
        y, mo = int(m["y"]), MONTHS[m["m"].lower().rstrip(".")]
        return date(y, mo, 1), _month_end(y, mo), "month"
    m = re.fullmatch(rf"\s*({_YEAR})\s*", g)
    if m:
        return (*_year_iv(int(m[1])), "year")
    return None


class _Resolver:
    # How far back (in characters, same paragraph) a year the text named still anchors a bare
    # `August 19`; beyond it, news means the latest such date before publication.
    ANCHOR_REACH = 150

    def __init__(self, text: str, published: date | None):
        self.text = text
        self.published = published
        self.anchor: int | None = None  # the latest year the text named
        self.anchor_pos = 0
        self.pos = 0

    def bare_year(self, month: int, day: int | None) -> int | None:
        """Year of a month (and day) written without one: the text's own recent year, else the latest
        such date on or before publication."""
        near = self.pos - self.anchor_pos <= self.ANCHOR_REACH and "\n" not in self.text[self.anchor_pos:self.pos]
        if self.anchor is not None and (self.published is None or near):
            return self.anchor
        if self.published is None:
            return None
        y = self.published.year
        if (month, day or 1) > (self.published.month, self.published.day):
            y -= 1
        return y

    def rel_year(self, phrase: str) -> int | None:
        p = phrase.lower()
        if any(k in p for k in ("this year", "last year", "next year")):
            if self.published is None:
                return None
            return self.published.year + (-1 if "last" in p else 1 if "next" in p else 0)
        if self.anchor is None:
            return None
        if "following" in p or "next year" in p or "later" in p:
            return self.anchor + 1
        if "previous" in p or "earlier" in p:
            return self.anchor - 1
        return self.anchor

    def resolve(self, kind: str, g: dict) -> tuple[date | None, date | None, str | None, bool]:
        pub = self.published
        if kind in ("persian_dmy", "persian_my"):
            gl = _gloss(g.get("gloss"), self.anchor)
            if gl:
                return gl[0], gl[1], gl[2], True
            pm = PERSIAN_MONTHS[g["pm"].lower()]
            d = int(g["d"]) if g.get("d") else None
            if g.get("y"):
                sh = int(g["y"])
            elif self.anchor is not None:
                # Farvardin..Dey 10 fall in the same Gregorian year as SH+621.
                sh = self.anchor - 621 if pm <= 9 else self.anchor - 622
            else:
                return None, None, None, False
            r = _persian(sh, pm, d)
            return (r[0], r[1], r[2], bool(g.get("y"))) if r else (None, None, None, False)
        if kind in ("mdy", "dmy", "my", "month_only"):
            mo = MONTHS[g["m"].lower().rstrip(".")]
            explicit = bool(g.get("y"))
            mo_day = int(g["d"]) if g.get("d") else None
            y = int(g["y"]) if explicit else self.rel_year(g["rel"]) if g.get("rel") else self.bare_year(mo, mo_day)
            if y is None:
                return None, None, None, False
            if g.get("d"):
                try:
                    d = date(y, mo, int(g["d"]))
                except ValueError:
                    return None, None, None, False
                return d, d, "day", explicit
            return date(y, mo, 1), _month_end(y, mo), "month", explicit
        if kind == "range":
            y1, s2 = int(g["y1"]), g["y2"]
            y2 = int(s2) if len(s2) == 4 else (y1 // 100) * 100 + int(s2)
            if y2 < y1:
                return None, None, None, False
            return date(y1, 1, 1), date(y2, 12, 31), "year", True
        if kind == "year":
            return (*_year_iv(int(g["y"])), "year", True)
        if kind == "decade":
            d0 = int(g["dec"])
            lo, hi = {"early": (0, 3), "mid": (4, 6), "late": (7, 9)}.get((g.get("part") or "").lower(), (0, 9))
            return date(d0 + lo, 1, 1), date(d0 + hi, 12, 31), "decade", False
        if kind == "century":
            n = int(g["cn"]) if g.get("cn") else ORDINAL_WORDS[g["cw"].lower()]
            c0 = (n - 1) * 100
            lo, hi = {"early": (0, 32), "mid": (33, 66), "late": (67, 99)}.get((g.get("part") or "").lower(), (0, 99))
            return date(max(c0 + lo, 1), 1, 1), date(c0 + hi, 12, 31), "century", False
        if kind == "part_year":  # "mid-2018": a third of the year
            y = int(g["y"])
            lo, hi = {"early": (1, 4), "mid": (5, 8), "late": (9, 12)}[g["part"].lower()]
            return date(y, lo, 1), _month_end(y, hi), "month", True
        if kind == "years_offset":
            words = {w: i for i, w in enumerate(["zero", "one"] + _NUMBER_WORDS[:-2])}
            n = int(g["n"]) if g["n"].isdigit() else words.get(g["n"].lower())
            back = g["dir"].lower() in ("earlier", "before", "ago")
            base = (pub.year if pub else None) if g["dir"].lower() == "ago" else self.anchor
            if n is None or base is None:
                return None, None, None, False
            return (*_year_iv(base - n if back else base + n), "year", False)
        if kind == "rel_year":
            y = self.rel_year(g["_text"])
            return (*_year_iv(y), "year", False) if y is not None else (None, None, None, False)
        if pub is None:
            return None, None, None, False
        if kind == "rel_month":
            t = g["_text"].lower()
            y, m = pub.year, pub.month + (-1 if "last" in t else 1 if "next" in t else 0)
            y, m = (y - 1, 12) if m == 0 else (y + 1, 1) if m == 13 else (y, m)
            return date(y, m, 1), _month_end(y, m), "month", False
        if kind == "rel_week":
            t = g["_text"].lower()
            monday = pub - timedelta(days=pub.weekday()) + timedelta(weeks=-1 if "last" in t else 1 if "next" in t else 0)
            end = pub if "earlier" in t else monday + timedelta(days=6)
            return monday, end, "day", False
        if kind == "rel_day":
            d = pub + timedelta(days={"yesterday": -1, "today": 0, "tomorrow": 1}[g["_text"].lower()])
            return d, d, "day", False
        if kind == "weekday":
            back = (pub.weekday() - WEEKDAYS[g["wd"].lower()]) % 7
            d = pub - timedelta(days=back)
            return d, d, "day", False
        return None, None, None, False  # "recent": the text does not fix it


# Every date expression contains one of these (`the nineteenth century` its "century", `in recent
# months` its "month"); the full pattern runs only in windows around them.
_HINT_WORDS = ["year", "month", "week", "yesterday", "today", "tomorrow", "century"]
_HINT = re.compile(r"(?<!\w)(?:\d|" + trie_regex(
    _HINT_WORDS + [w.capitalize() for w in _HINT_WORDS] + list(calendar.month_abbr[1:])
    + [m.capitalize() for m in PERSIAN_MONTHS] + ["Amordad"] + list(calendar.day_name)) + ")")
# How far the longest expressions reach around their hint: "the early twenty-first " before "century";
# "Farvardin 1388 [" + a 40-character gloss + "]" after the month.
_BEFORE, _AFTER = 24, 64


def _windows(text: str) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for h in _HINT.finditer(text):
        lo = max(0, h.start() - _BEFORE)
        while lo > 0 and not text[lo - 1].isspace():
            lo -= 1  # start at a word boundary
        hi = min(len(text), h.end() + _AFTER)
        if out and lo <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], hi))
        else:
            out.append((lo, hi))
    return out


def _matches(text: str):
    regex = _regex()
    last = 0
    for lo, hi in _windows(text):
        for m in regex.finditer(text, max(lo, last), hi):
            last = m.end()
            yield m


def document_dates(text: str, published: date | None = None) -> list[DateMention]:
    """Every date expression in the text, in order, resolved."""
    res = _Resolver(text, published)
    out: list[DateMention] = []
    for m in _matches(text):
        kind = m.lastgroup
        g = {k: v for k, v in ((k, m.group(f"{kind}_{k}")) for k in _group_names()[kind]) if v is not None}
        g["_text"] = m.group()
        if kind == "year" and not _year_is_date(text, m.start(), m.end()):
            continue
        res.pos = m.start()
        ds, de, prec, explicit = res.resolve(kind, g)
        out.append(DateMention(m.start(), m.end(), m.group(), ds, de, prec, explicit, kind == "years_offset"))
        if explicit and ds is not None:
            res.anchor, res.anchor_pos = ds.year, m.start()
    return out


_COUNT_AFTER = re.compile(r"\s+(?:[a-z]+\s+)?(?:people|persons|troops|soldiers|centrifuges|members|dollars|"
                          r"barrels|tons|tonnes|kilograms|km|miles|casualties|deaths|prisoners|hostages|"
                          r"pages|words|times)\b")


def _year_is_date(text: str, start: int, end: int) -> bool:
    """`1953` in `the 1953 coup` is a date; `1500 centrifuges` is a count."""
    return not _COUNT_AFTER.match(text, end)
