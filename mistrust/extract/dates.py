"""Date expressions: find them, resolve them to calendar intervals.

`document_dates(text, published)` scans a whole document in order, so that anaphora (`that year`,
`the following year`, `that November`, `two days later`, `the same night`) resolve against the
dates the text itself has just named, and relative expressions (`this year`, `on Monday`, `last
week`, `seven years ago today`) against the document's publication date. Each pattern of
`PATTERNS` has one resolver of the same name returning an `Interval` or None (the expression is
then kept with null dates). Solar Hijri months convert exactly via jdatetime. Words are data in
`lexicons/dates.toml`.
"""
from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from typing import Callable

from . import date_deictic as dd
from . import date_offsets as do
from . import date_persian as dp
from . import date_resolvers as dr
from .date_resolvers import Interval, Resolver
from .date_words import (MONTHS, COMPOUND_COUNT, COUNT_NOUNS, DAY_PARTS, HINT_WORDS, HOLIDAYS, ORDINAL_WORDS, PERSIAN_MONTHS, SEASONS,
                         YEAR_COUNTS, DAY_COUNTS)
from .lexicon import trie_regex
from .rx import guard


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


_MONTH_NAMES = r"January|February|March|April|May|June|July|August|September|October|November|December"
_ABBREVIATIONS = r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec"
_MON = rf"(?:{_MONTH_NAMES}|(?:{_ABBREVIATIONS})\.)"
# abbreviations without their stop, only beside a day number: "19 Aug 1953", "Jan 3, 2020" ("Jan" is also a name)
_MON_DAY = rf"(?:{_MONTH_NAMES}|(?:{_ABBREVIATIONS})(?:\.|(?![\w.])))"
_FULL_MON = "(?:" + "|".join(calendar.month_name[1:]) + ")"
_PMON = r"(?:Farvardin|Ordibehesht|Khordad|Tir|A?[Mm]ordad|Shahrivar|Mehr|Aban|Azar|Dey|Dei|Bahman|Esfand)"
_WEEKDAY = "(?:" + "|".join(calendar.day_name) + ")"
_YEAR = r"(?:1[0-9]{3}|20[0-9]{2})"
_ORD = r"(?:st|nd|rd|th)"
_REL_YEAR = r"(?:that|this|last|next|the same|the following|the previous|the next) year"
_GLOSS = r"(?:\s*[\[(](?P<gloss>[^\])]{3,40})[\])])?"
_YEARS_N = COMPOUND_COUNT + "|" + "|".join(sorted(YEAR_COUNTS, key=len, reverse=True))
_DAYS_N = COMPOUND_COUNT + "|" + "|".join(sorted(DAY_COUNTS, key=len, reverse=True))
_CENTURY_WORDS = "|".join(sorted(ORDINAL_WORDS, key=len, reverse=True))
_SEASON = "(?:" + "|".join(SEASONS) + ")"
_HOLIDAY = "(?:" + "|".join(re.escape(h).replace("'", "['’]") for h in HOLIDAYS) + ")"  # either apostrophe

PATTERNS: list[tuple[str, str]] = [
    ("persian_dmy", rf"(?:[Tt]he\s+)?(?P<d>\d{{1,2}}){_ORD}?\s+(?:of\s+)?(?P<pm>{_PMON})(?![\w’'-])(?:,?\s+(?P<y>1[2-4]\d\d))?{_GLOSS}"),
    # a month alone only after a preposition, else with its year or gloss: "Bahman Ghobadi", "Mehrdad" are names
    ("persian_my", rf"(?:(?:in|In|of|since|Since|until|early|late|mid-|last|this|next)\s+(?P<pm>{_PMON})"
                   rf"|(?P<pm2>{_PMON})(?=\s+1[2-4]\d\d|\s*[\[(]))(?![\w’'-])(?:\s+(?P<y>1[2-4]\d\d))?{_GLOSS}"),
    ("mdy", rf"(?P<m>{_MON_DAY})\s+(?P<d>\d{{1,2}}){_ORD}?(?:,?\s+(?P<y>{_YEAR})|\s+(?:of\s+)?(?P<rel>{_REL_YEAR}))?(?!\d)"),
    ("dmy", rf"(?:the\s+)?(?P<d>\d{{1,2}}){_ORD}?\s+(?:of\s+)?(?P<m>{_MON_DAY})(?:,?\s+(?P<y>{_YEAR})|\s+(?:of\s+)?(?P<rel>{_REL_YEAR}))?"),
    # numeric days: ISO "2018-05-08", European "14.07.2015", "29/01/2002" (a table's or a form's dates)
    ("iso", r"(?P<y>(?:1[6-9]|20)\d\d)-(?P<mm>0[1-9]|1[0-2])-(?P<d>0[1-9]|[12]\d|3[01])(?![\w-])"),
    ("numeric", r"(?P<a>[0-3]?\d)(?:/(?P<b>[01]?\d)/|\.(?P<c>[01]?\d)\.)(?P<y>(?:1[6-9]|20)\d\d)(?![\w/]|\.\d)"),
    ("range", rf"(?:(?:from|between)\s+)?(?P<y1>{_YEAR})\s*(?:[-–—]|\s(?:to|and|until|through)\s)\s*(?P<y2>{_YEAR}|\d\d)(?![\d%])"),
    ("month_range", rf"(?:(?:from|between)\s+)?(?P<m1>{_MON})\s*(?:[-–—]|\s(?:to|and|until|through)\s)\s*(?P<m>{_MON})\s+(?P<y>{_YEAR})"),
    ("holiday", rf"(?P<h>{_HOLIDAY})(?:,?\s+(?P<y>{_YEAR})|\s+(?:of\s+)?(?P<rel>{_REL_YEAR}))?"),
    ("my", rf"(?:(?:[Ee]arly|[Ll]ate|[Mm]id-?)\s?)?(?P<m>{_MON})\s+(?:of\s+)?(?:(?P<y>{_YEAR})|(?P<rel>{_REL_YEAR})|['’](?P<yy>\d\d)(?![\w'’]))"),
    ("decade", r"(?:the\s+)?(?:(?P<part>early|mid|late)[-\s])?(?P<dec>1[0-9]{2}0|20[0-9]0)s\b"),
    ("century", rf"(?:the\s+)?(?:(?P<part>early|mid|late)[-\s])?(?:(?P<cn>\d{{1,2}}){_ORD}|(?P<cw>{_CENTURY_WORDS}))[-\s]century"),
    ("part_year", rf"(?P<part>[Ee]arly|[Mm]id|[Ll]ate)[-\s](?P<y>{_YEAR})(?!s)"),
    ("years_ago_today", rf"(?i:(?P<n>\d{{1,3}}|{_YEARS_N})\s+years?\s+ago\s+(?:today|(?P<month>this\s+month)|(?P<week>(?:this|next|last)\s+week)))\b"),
    ("years_offset", rf"(?i:(?P<n>\d{{1,3}}|{_YEARS_N}|a(?=\s+decade))\s+(?P<unit>years?|decades?)\s+"
                     rf"(?P<dir>later|after|afterwards|earlier|before|ago)\b)"),
    ("days_offset", rf"(?i:(?P<n>\d{{1,2}}|{_DAYS_N})\s+(?P<unit>days?|weeks?)\s+(?P<dir>later|earlier|afterwards"
                    rf"|before (?:it|that|then)|after (?:it|that))\b)"),  # "two days before it": the day last told
    ("months_offset", rf"(?i:(?P<n>\d{{1,2}}|{_DAYS_N})\s+months?\s+(?P<dir>later|earlier|afterwards)\b)"),
    ("same_day", r"(?i:(?:(?:the|that)\s+(?P<rel>same|very|next|following|previous)|that)\s+(?:day|night|evening|morning|afternoon)"
                 r"|\b(?:hours|minutes|moments)\s+(?:later|afterwards|after)\b"
                 r"|the\s+day\s+(?P<dir>before|after)\b)"),
    ("season", rf"(?:(?P<rel>[Tt]hat|[Tt]he same|[Tt]he following|[Tt]he next|[Tt]he previous|[Tt]his|[Ll]ast|[Nn]ext)\s+"
               rf"(?P<s>{_SEASON})(?!\s+(?:of\s+)?\d)"
               rf"|(?:[Tt]he\s+)?(?P<s2>{_SEASON})\s+(?:of\s+)?(?P<y>{_YEAR}))\b(?![\d%]|\s*(?:percent|per cent))"),
    ("rel_year", rf"(?i:(?:(?:earlier|later|early|late)\s+)?{_REL_YEAR}|a year (?:later|earlier))"),
    ("story_month", r"(?i:(?:(?:later|earlier|early|late)\s+)?(?P<rel>that|the same|the following|the next|the previous|the preceding)"
                    r"\s+month)\b"),
    ("rel_month", r"(?i:(?:(?:earlier|later|early|late)\s+)?(?:this|last|next) month)"),
    ("story_week", r"(?i:(?:the\s+(?P<rel>following|next|previous|preceding|same)|that)\s+week)\b(?!end)"),
    ("rel_week", r"(?i:(?:(?:earlier|later)\s+)?(?:this|last|next) week(?!end))"),
    ("rel_day", r"(?i:\b(?:yesterday|today|tomorrow|tonight|(?P<over>overnight)|(?P<last>(?:late\s+)?last\s+night)"
                r"|this\s+(?:morning|afternoon|evening)"
                r"|(?:a\s+(?:short|little)\s+(?:time|while)|(?:a\s+few\s+)?(?:moments|minutes|hours))\s+ago)\b)"),
    ("weekday", rf"(?:(?i:on|last|this|next)\s+)?(?P<wd>{_WEEKDAY})(?:\s+(?:{'|'.join(DAY_PARTS)}))?"),
    ("recent", r"(?i:(?:in|over|during)\s+(?:the\s+)?(?:recent|past|last|coming)\s+(?:few\s+)?(?:days|weeks|months|years))"),
    ("month_that", rf"(?:[Tt]hat|[Tt]he same|(?P<next>[Tt]he following|[Tt]he next))\s(?P<m>{_FULL_MON})(?!\s+\d)"),
    # "May" only after words that never precede the name (Theresa May "by May", "her May" are not months)
    ("month_only", rf"\b(?:(?:in|In|since|Since|until|early|late|last|next|this)\s(?P<m3>May)"
                   rf"|(?:in|In|since|Since|by|By|until|early|late|last|next|this|an?|his|her|their)\s(?P<m>{_FULL_MON.replace('May|', '')})"
                   rf"|(?:(?:[Ii]n\s)?mid-\s?|(?:[Aa]t|[Bb]y|[Uu]ntil|[Tt]owards?|[Bb]efore|[Aa]fter|[Ss]ince|[Ff]rom)\sthe\s"
                   rf"(?:end|start|beginning|middle|close|turn)\sof\s)(?P<m2>{_FULL_MON}))(?!\s+\d|\s+(?:of\s+)?(?:{_REL_YEAR}|['’]\d\d))"),
    ("weekend", r"(?i:(?:over|during|at|on)\s+the\s+weekend|(?:this|last|past)\s+weekend)\b"),
    # "14 — Iran and the powers …" under a "July 2015" line: a day of the month heading the section
    ("entry_day", r"(?<![^\n])(?P<d>[0-3]?\d)(?=[ \t]+[—–-][ \t])"),
    # spoken and informal years: "in August of '53", "since '79" (the decade "'90s" is not one)
    ("short_year", r"(?<=\s['’])(?P<yy>\d\d)(?![\w%'’])"),
    ("year", rf"(?<![\w$€£.,/-])(?P<y>{_YEAR})(?![\w%/]|[.,]\d|\s*(?:percent|per cent))"),
]
_DEICTIC = {"weekday", "weekend"}  # days of the week told from publication: the text is news
_QUANTITIES = {"years_offset", "days_offset", "months_offset"}  # the figures also count these as durations
RESOLVERS: dict[str, Callable[[Resolver, dict], Interval | None]] = {
    "persian_dmy": dp.r_persian, "persian_my": dp.r_persian, "mdy": dr.r_calendar, "dmy": dr.r_calendar,
    "my": dr.r_calendar, "month_only": dr.r_calendar, "holiday": dr.r_holiday, "month_that": dr.r_month_that,
    "season": dr.r_season, "range": dr.r_range, "month_range": dr.r_month_range, "decade": dr.r_decade,
    "century": dr.r_century, "part_year": dr.r_part_year, "years_offset": do.r_years_offset,
    "years_ago_today": dd.r_years_ago_today, "days_offset": do.r_days_offset, "months_offset": do.r_months_offset, "same_day": do.r_same_day,
    "rel_year": do.r_rel_year, "rel_month": dd.r_rel_month, "story_month": dr.r_story_month,
    "rel_week": dd.r_rel_week, "story_week": dd.r_story_week, "rel_day": dd.r_rel_day, "weekday": dd.r_weekday, "weekend": dd.r_weekend,
    "iso": dr.r_numeric, "numeric": dr.r_numeric, "recent": dr.r_unresolved, "entry_day": dr.r_entry_day, "short_year": dr.r_year, "year": dr.r_year,
}
# Kinds that name their own year and so anchor later `that year` (besides any match with a year group).
EXPLICIT = frozenset({"range", "year", "short_year", "part_year"})


@lru_cache(maxsize=1)
def _regex() -> re.Pattern:
    # No date expression starts inside a word: one look-behind rejects most positions at once;
    # each pattern's own `guard` skips it in one test at a word start it cannot match.
    body = "|".join(f"{guard(pat)}(?P<{name}>{pat.replace('(?P<', f'(?P<{name}_')})" for name, pat in PATTERNS)
    # every expression starts with a word character, and one of few: `guard` rejects most word starts in one test
    # (its first two characters: most words start with a letter some expression starts with)
    return re.compile(f"(?<!\\w)(?=\\w){guard(body, pairs=True)}(?:{body})")


@lru_cache(maxsize=1)
def _group_names() -> dict[str, list[str]]:
    """Each pattern's own named groups, so a match reads only its kind's groups."""
    names = _regex().groupindex
    return {kind: [n[len(kind) + 1:] for n in names if n.startswith(kind + "_")] for kind, _ in PATTERNS}


_HINT_BODY = r"(?:\d|" + trie_regex(
    HINT_WORDS + [w.capitalize() for w in HINT_WORDS] + list(calendar.month_abbr[1:])
    + [m.capitalize() for m in PERSIAN_MONTHS] + ["Amordad"] + list(calendar.day_name)
    + [h.split()[0] for h in HOLIDAYS]) + ")"
_HINT = re.compile(r"(?<!\w)" + guard(_HINT_BODY) + _HINT_BODY)
# How far the longest expressions reach around their hint: "the early twenty-first " before "century";
# "Farvardin 1388 [" + a 40-character gloss + "]" after the month.
_BEFORE, _AFTER = 24, 64


def _windows(text: str) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for h in _HINT.finditer(text):
        lo, hi = max(0, h.start() - _BEFORE), min(len(text), h.end() + _AFTER)
        if out and lo <= out[-1][1]:  # joins the open window: its start stands, no walk needed
            out[-1] = (out[-1][0], max(out[-1][1], hi))
            continue
        while lo > 0 and h.start() - lo < 2 * _BEFORE and not text[lo - 1].isspace():
            lo -= 1  # start at a word boundary (a bounded walk: a text may have no spaces)
        out.append((lo, hi))
    return out


def _matches(text: str):
    regex = _regex()
    last = 0
    for lo, hi in _windows(text):
        for m in regex.finditer(text, max(lo, last), hi):
            last = m.end()
            yield m


def document_dates(text: str, published: date | None = None,
                   frames: list[tuple[int, date]] = ()) -> list[DateMention]:
    """Every date expression in the text, in order, resolved; relative ones against the day of the frame
    (`date_frames`) they stand in, else publication."""
    found = []
    for m in _matches(text):
        kind = m.lastgroup
        g = {k: v for k, v in ((k, m.group(f"{kind}_{k}")) for k in _group_names()[kind]) if v is not None}
        g["_text"] = m.group()
        found.append((m, kind, g))
    res = Resolver(text, published, [int(g["y"]) for _, kind, g in found if kind in ("mdy", "dmy", "my") and "y" in g],
                   any(kind in _DEICTIC for _, kind, _ in found))
    out: list[DateMention] = []
    frame = 0
    for m, kind, g in found:
        while frame < len(frames) and frames[frame][0] <= m.start():
            res.published = frames[frame][1]
            frame += 1
        if kind == "year" and not _year_is_date(text, m.start(), m.end()):
            continue
        res.pos = m.start()
        iv = RESOLVERS[kind](res, g)
        explicit = iv is not None and (kind in EXPLICIT or "y" in g or "yy" in g or "gloss" in g)
        out.append(DateMention(m.start(), m.end(), m.group(), iv.start if iv else None, iv.end if iv else None,
                               iv.precision if iv else None, explicit, kind in _QUANTITIES))
        # "and a year later": its own clause gets the month a year on, but what the story tells next follows the year
        told = dr.year(iv.start.year) if iv is not None and kind in ("years_offset", "rel_year") else iv
        stands = _standing(text, m.start(), m.end(), kind) if explicit else "time"
        res.seen(told, explicit and stands != "bound", m.end(), stands == "thing")
    return out


def _standing(text: str, start: int, end: int, kind: str) -> str:
    """How a date stands in its sentence: `bound` ("after 2018", "the limit set in 2015": anchors nothing),
    `thing` ("the 2015 nuclear agreement": its year anchors "that year" but no bare day in news), else `time`."""
    if _BOUND_BEFORE.search(text, max(0, start - 8), start) or _PARTICIPLE_BEFORE.search(text, max(0, start - 40), start):
        return "bound"
    thing = kind == "year" and _THING_YEAR.search(text, max(0, start - 8), start) and _NOUN_AFTER.match(text, end)
    return "thing" if thing else "time"


_BOUND_BEFORE = re.compile(r"\b(?:after|since|before|until|till|through)\s+$", re.I)
# a year naming a thing ("the 2015 nuclear agreement", "Iran's 1979 revolution"): "that year" is its year, but a
# bare "Aug. 28" in news is not
_THING_YEAR = re.compile(r"(?:\b(?:the|its|their|a|an)|[’']s)\s+$", re.I)
_NOUN_AFTER = re.compile(r"\s+[a-z]")
# a noun's participle modifier: "the limit set in 2015", "the deal signed in July 2015" (not "was signed in")
_PARTICIPLE_BEFORE = re.compile(r"\b(?!(?:was|were|is|are|be|been|being|had|has|have)\b)[a-z]+\s+"
                                r"(?:set|signed|agreed|reached|adopted|imposed|concluded|struck|made)\s+in\s+$")
_COUNT_AFTER = re.compile(r"\s+(?:[a-z]+\s+)?(?:" + "|".join(COUNT_NOUNS) + r")\b")


# an author-year citation: "(Kinzer 2003, 91)", "(qtd. in Gasiorowski and Byrne 2004)", "(Abrahamian 2013, 187-90)"
CITATION = re.compile(rf"\(\s*(?:(?:qtd\.|quoted|cited)\s+in\s+|see\s+|cf\.\s+)?[A-Z][\w’'-]+"
                      rf"(?:\s+(?:and|&)\s+[A-Z][\w’'-]+|\s+et\s+al\.)?,?\s+(?P<y>{_YEAR})[a-z]?"
                      r"(?:,\s*(?:pp?\.\s*)?\d+(?:[–-]\d+)?)?\s*[);]")


def _year_is_date(text: str, start: int, end: int) -> bool:
    """`1953` in `the 1953 coup` is a date; `1500 centrifuges` is a count; `(Kinzer 2003, 91)` cites a book."""
    if _COUNT_AFTER.match(text, end):
        return False
    opening = text.rfind("(", max(0, start - 60), start)
    cited = CITATION.match(text, opening) if opening >= 0 else None
    return cited is None or cited.start("y") != start


# A wire dateline naming its day: "TEHRAN, Jan 6 (Reuters) -", "LONDON, 6 January (AFP) –",
# "TEHERAN, Iran, Aug. 19 (AP)—"
_PLACE = r"[A-Z][A-Za-z .’'-]{1,30}"
_DATELINE_DAY = re.compile(rf"^{_PLACE}(?:,[ \t]+{_PLACE}){{0,2}},\s+(?:(?P<m>[A-Z][a-z]{{2,8}})\.?\s+(?P<d>\d{{1,2}})|"
                           r"(?P<d2>\d{1,2})\s+(?P<m2>[A-Z][a-z]{2,8})\.?)"
                           r"(?:,?\s+(?P<y>\d{4}))?\s*\([^()\n]{1,30}\)\s*[-—–]", re.M)
# A line holding only a place and a day with its year, and perhaps a telegram's time: the date line heading a
# letter, a telegram or a statement the page reproduces ("Tehran, November 1, 1979, 1345Z"); a closing one
# ("Done at Tehran, 29 May 2023.") has a full stop and frames nothing below it
_DATE_LINE = re.compile(r"^(?:[A-Z][A-Za-z.’'-]*(?:[ \t]+[A-Z][A-Za-z.’'-]*){0,3},[ \t]+)?(?:(?P<m>[A-Z][a-z]{2,8})\.?[ \t]+(?P<d>\d{1,2}),?|"
                        r"(?P<d2>\d{1,2})[ \t]+(?P<m2>[A-Z][a-z]{2,8})\.?)[ \t]+(?P<y>\d{4})"
                        r"(?:,[ \t]*\d{3,4}Z)?[ \t]*$", re.M)
_DATELINE_REACH = 600  # characters at the top of a document where its own dateline sits
_DATELINE_LAG = 31  # days a dateline may precede publication (a later crawl or print date)


def datelines(text: str) -> list[tuple[int, int]]:
    """Where wire datelines stand ("TEHRAN, May 13 (PHNA) –"): their day is the filing's, no event's."""
    return [m.span() for m in _DATELINE_DAY.finditer(text)]


def _day(m: re.Match, published: date) -> date | None:
    mo = MONTHS.get((m["m"] or m["m2"]).lower())
    if mo is None:
        return None
    dy = int(m["d"] or m["d2"])
    y = int(m["y"]) if m["y"] else published.year - ((mo, dy) > (published.month, published.day))
    try:
        return date(y, mo, dy)
    except ValueError:
        return None


def date_frames(text: str, published: date | None) -> list[tuple[int, date]]:
    """Where the day that relative dates (`today`, `on Monday`, a bare `October 21`) count from changes,
    in order. A dispatch's dated dateline frames it, a paper's first one the whole page, headlines
    included; a reproduced letter's or telegram's date line frames what follows it (a volume of 2023
    printing a telegram of 1 November 1979)."""
    if published is None:
        return []
    frames = []
    for m in _DATELINE_DAY.finditer(text):
        d = _day(m, published)
        if d is not None and 0 <= (published - d).days <= _DATELINE_LAG:
            frames.append((0 if m.start() < _DATELINE_REACH and not frames else m.start(), d))
    top = bool(frames) and frames[0][0] == 0  # the paper's own date lines sit above its dateline
    for m in _DATE_LINE.finditer(text):
        d = _day(m, published)
        if d is not None and d < published and not (top and m.start() < _DATELINE_REACH):
            frames.append((m.start(), d))
    return sorted(frames)
