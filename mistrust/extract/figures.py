"""Cited figures: quantities with value, unit, kind, qualifier and subject.

One regex pass finds number cores (digits, number words, vague amounts, fractions, `a decade`). Each core
becomes a `Draft` that flows through small steps: widen (scale, range), qualify (`more than`, `or more`),
unit (`figure_units`: percent, money, duration, measure, the counted noun, or the noun a bare count
refers to) and subject (`figure_subject`). Dates, ordinals, times of day, numbers inside names and
pronoun `one` are excluded. Every look-around is a bounded window, so a figure costs the same anywhere.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from .dates import DateMention
from .figure_count import bare_count, carried, follows
from .figure_draft import Draft, Scan, list_numbers
from .figure_pairs import pronoun_level
from .figure_subject import find_subject
from .figure_units import (CURRENCY_SYMBOLS, YEARS_PER, UnitHit, defined_abbreviations, exchange_rate, is_plural_noun,
                           percent_after, unit_after)
from .lexicon import load, trie_regex, verb_forms, word_classes
from .numbers import (COLLECTIVE, DIGIT_NUMBER, FRACTIONS, MULTIPLES, SCALE_AHEAD, SCALES, VAGUE, WORD_NUMBER,
                      parse_number)
from .rx import guard


@dataclass(frozen=True)
class Figure:
    start: int
    end: int
    text: str
    value: float | None
    value_max: float | None
    unit: str
    kind: str
    qualifier: str
    approximate: bool
    subject: str | None


_W = load("figure_words")
QUALIFIERS: dict[str, str] = _W["qualifiers"]
QUALIFIERS_AFTER: dict[str, str] = _W["qualifiers_after"]
APPROXIMATE_QUALIFIERS = {"about"}
# "at least a year", "within a week": `a` + a time unit is a figure only with a qualifier before it.
SINGLE_DURATIONS = frozenset(load("units")["single_durations"])


def _cased(words) -> list[str]:
    """Each word as written mid-sentence and at a sentence start."""
    return sorted({f for w in words for f in (w, w[0].upper() + w[1:])})


_QUAL_RE = trie_regex(QUALIFIERS)
_SCALE_RE = trie_regex(SCALES)
_CURRENCY = trie_regex(CURRENCY_SYMBOLS)
_GLUED = "|".join(f"(?<={re.escape(c)})" for c in sorted(CURRENCY_SYMBOLS) if c[-1].isalpha())  # "Dh389", "Rs500"
_NAME_PREFIX = re.compile(r"(?<![\w.])(?:" + "|".join(map(re.escape, _W["name_prefixes"])) + r")\s+$")
_PRONOUN_ONE = re.compile(r"\s+(?:(?:" + "|".join(_W["pronoun_one_next"]) + r")\b|[,.;:!?)”\"'’])")
_ONE_COUNTED = re.compile(r"\b(?:" + "|".join(_W["one_counted_after"]) + r")\s+$", re.IGNORECASE)

# Case-sensitive on purpose (spelled-out capitals): `re` matches literals faster than with IGNORECASE.
_CORE = (
    rf"(?:(?P<period>(?:[Hh]alf\s+a|[Aa]\s+quarter(?:\s+of\s+a)?|[Aa]|[Oo]ne)\s+(?P<pu>decade|century))(?![\w-])"
    rf"|(?P<one>[Aa]n?\s+(?P<ou>{trie_regex(sorted(SINGLE_DURATIONS))}))(?![\w-])"
    rf"|(?P<vague>(?<![\w-])(?:{trie_regex(_cased(list(VAGUE) + list(COLLECTIVE)))}))\s+(?:of\s+)?(?=[a-zA-Z])"
    rf"|(?P<frac>(?<![\w-])(?:{trie_regex(_cased(FRACTIONS))}))(?=\s+(?:of|a|an|its|their|his|her|the)\b)"
    rf"(?!\s+a{SCALE_AHEAD})"  # "half a million" is one number
    rf"|(?P<times>(?<![\w-])(?:{trie_regex(_cased(MULTIPLES))}))(?![\w-])"
    rf"|(?:(?P<cur>{_CURRENCY})\s?)?(?P<num>{guard(DIGIT_NUMBER)}(?:(?<![\w.,/+-])|(?<=\d[-–])|{_GLUED}){DIGIT_NUMBER}|(?<![\w-])(?:{WORD_NUMBER}))"
    rf"(?P<sfx>bn|mn|tn|m|k|kg|km|MW|GW|bpd)?(?![\w+]|/\d|\.\d|,\d{{3}}))"
)
# A figure starts at a word start: the look-behind rejects most positions at once, the guard most word starts
# (and the digits' own guard, before their look-behind, most words).
CORE = re.compile(rf"(?<!\w){guard(_CORE, pairs=True)}{_CORE}")
_SCALE_AFTER = re.compile(rf"\s*(?:-|\s)?(?P<scale>{_SCALE_RE})\b", re.IGNORECASE)
_CHANGE_BY = re.compile(r"\bby\s+$")
_RANGE_AFTER = re.compile(rf"\s*(?:-|–|—|\s+to\s+|\s+and\s+|\s+or\s+)\s*(?P<cur>{_CURRENCY})?(?P<num>{DIGIT_NUMBER}|"
                          rf"{WORD_NUMBER})(?![\w])(?:\s*(?P<scale>{_SCALE_RE})\b)?", re.IGNORECASE)
_QUAL_BEFORE = re.compile(rf"(?:^|(?<=[\s(\"“‘]))(?P<q>{_QUAL_RE})\s+(?:(?P<bw>between|from)\s+)?$", re.IGNORECASE)
_BETWEEN_BEFORE = re.compile(r"(?:^|(?<=[\s(]))(?P<bw>between|from)\s+$", re.IGNORECASE)
# a verb, not a noun after a determiner ("breaching the deal's limits and enriching to 60 per cent")
_CAPPED_BEFORE = re.compile(rf"(?<!['’]s )(?<!\bthe )(?<!\bits )(?<!\btheir )(?<!\bnew )\b(?:{trie_regex(sorted({f for v in _W['upper_bound_verbs'] for f in verb_forms(v)}))})"
                           r"\b(?:[^.;:,\n]|\.(?=\d)){0,70}?\s(?:at|to)\s+$")
_QUAL_AFTER = re.compile(r"\s+(?P<q>" + "|".join(map(re.escape, QUALIFIERS_AFTER)) + r")\b")
_NOT_A_QUANTITY_AFTER = re.compile(r"(?:st|nd|rd|th)\b|s\b|:\d|\s*(?:a\.m\.|p\.m\.|am\b|pm\b|GMT|UTC)")
_HYPHEN_UNIT = re.compile(r"-([a-z]+)(?![\w-])")
_HEAD_NEXT = re.compile(r"[ \t]+[A-Za-z]")  # "a 64-page report", "the 35-nation Board": the noun it describes
_HYPHEN_NOT_COUNTED = frozenset(_W["hyphen_not_counted"])
_AND_BETWEEN = re.compile(r",?\s+and\s+")


def _overlaps(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """Does [start, end) overlap one of the sorted, disjoint spans?"""
    i = bisect.bisect_right(spans, (start, float("inf")))
    return (i > 0 and spans[i - 1][1] > start) or (i < len(spans) and spans[i][0] < end)


def _partner(scan: Scan, d: Draft) -> Draft | None:
    """The figure `d` pairs with: the last one, or an earlier one of its unit past a figure between them
    (`274.8 kilograms of uranium enriched to 60 percent, up from 182.3 kilograms`)."""
    for f in reversed(scan.figures[-3:]):
        if f.unit == d.unit and follows(scan.text, f, d):
            return f
    return scan.figures[-1] if scan.figures else None


def extract_figures(text: str, date_mentions: list[DateMention], sentence_starts: set[int] = frozenset()) -> list[Figure]:
    dates = [(d.start, d.end) for d in date_mentions
             if not d.quantity and (d.precision is not None or d.text[:1].isdigit())]
    scan = Scan(text, dates, sentence_starts, defined_abbreviations(text), listed=list_numbers(text))
    pos = 0
    for m in CORE.finditer(text):
        if m.start() < pos:
            continue
        d = _draft(scan, m)
        if d is not None:
            d.subject = find_subject(text, d, _partner(scan, d))
            scan.figures.append(d)
            pos = d.end
    return [Figure(d.start, d.end, text[d.start:d.end], d.value, d.value_max, d.unit, d.kind, d.qualifier,
                   d.approximate, d.subject) for d in scan.figures]


def _draft(scan: Scan, m: re.Match) -> Draft | None:
    """core → widen → qualifier → unit, each step a small function; None drops the candidate."""
    d = _core(scan, m)
    if d is None:
        return None
    if m["num"]:
        _widen(scan.text, d)
    _qualify(scan.text, d)
    prev = scan.figures[-1] if scan.figures else None
    if d.qualifier == "exact" and prev is not None and prev.qualifier in ("up_to", "at_most") and \
            _AND_BETWEEN.fullmatch(scan.text, prev.end, d.start):
        d.qualifier = prev.qualifier  # "up to $1 million and 20 years' imprisonment": the bound covers both
    if d.unit is None and not _unit(scan, d):
        return None
    _qualify_after(scan.text, d)
    return d


def _core(scan: Scan, m: re.Match) -> Draft | None:
    if m["period"]:
        core = m["period"].lower()
        share = 0.5 if core.startswith("half") else 0.25 if "quarter" in core else 1
        return Draft(m, m.start(), m.end(), YEARS_PER[m["pu"].lower()] * share, unit="year", kind="duration")
    if m["one"]:
        q = _QUAL_BEFORE.search(scan.text, max(0, m.start() - 30), m.start())
        return Draft(m, m.start(), m.end(), 1.0, unit=m["ou"], kind="duration") if q else None
    if m["vague"]:
        word = m["vague"].lower()
        vague = word in VAGUE
        return Draft(m, m.start(), m.end("vague"), VAGUE[word] if vague else COLLECTIVE[word],
                     approximate=vague, vague=vague)
    if m["times"]:
        return Draft(m, m.start(), m.end(), float(MULTIPLES[m["times"].lower()]), unit="time", kind="count")
    if m["frac"]:
        return Draft(m, m.start(), m.end("frac"), FRACTIONS[m["frac"].lower()] * 100, unit="percent", kind="percent")
    return _number(scan, m)


def _number(scan: Scan, m: re.Match) -> Draft | None:
    """A number in digits or words, with a currency sign or a glued suffix (`$1.5bn`, `400kg`)."""
    num, start, end = m["num"], m.start("num"), m.end("num")
    if num.lower() == "a" or not num.strip() or _excluded(scan, start, end, num):
        return None
    value = parse_number(num)
    if value is None or (num.lower() == "one" and _PRONOUN_ONE.match(scan.text, end)):
        return None
    d = Draft(m, m.start("cur") if m["cur"] else start, end, value)
    if m["cur"]:
        d.unit, d.kind = CURRENCY_SYMBOLS[m["cur"]], "money"
    sfx = m["sfx"]
    if sfx:
        if not num[0].isdigit():
            return None
        if sfx.lower() in SCALES:
            d.value *= SCALES[sfx.lower()]  # "$1.5bn", "1.7m bpd": a unit must still follow unless money
            d.scaled = True
        else:
            got = unit_after(" " + sfx, 0, False, {})
            d.unit, d.kind = got.unit, got.kind
        d.end = m.end("sfx")
    return d


_CELL_OPENING = re.compile(r"(?:^[ \t]*(?:[-*•][ \t]+)?|\|[ \t]*)$", re.M)
# a quotation, a label's words or a dash's clause opens with it: "“Twelve days in June showed …”", "Headline: Nine
# red lines", "9 — Forty-seven Republican senators send …"
_CLAUSE_OPENING = re.compile(r"(?:[“\"‘(]|[:—–][ \t]|[ \t]-[ \t])[ \t]*$")


def _excluded(scan: Scan, start: int, end: int, core: str) -> bool:
    text = scan.text
    if _overlaps(scan.dates, start, end) or _NOT_A_QUANTITY_AFTER.match(text, end, end + 6) or start in scan.listed:
        return True
    if _NAME_PREFIX.search(text, max(0, start - 20), start):
        return True
    # "Group of Seven", "the Big Three": a capitalised number word inside a sentence is a name; one opening a
    # table cell, a line ("| Two tankers are attacked") or a clause is not
    return core[0].isupper() and not core[0].isdigit() and start not in scan.sentence_starts and \
        not _CELL_OPENING.search(text, max(0, start - 8), start) and \
        not _CLAUSE_OPENING.search(text, max(0, start - 4), start)


def _widen(text: str, d: Draft) -> None:
    """Scale words and the second number of a range: `2.5 million`, `between 20 and 30`."""
    sc = None if d.scaled else _SCALE_AFTER.match(text, d.end)
    if sc and not (sc["scale"].lower() in ("m", "k") and text[sc.end():sc.end() + 1].isalpha()):
        d.value *= SCALES[sc["scale"].lower()]
        d.end = sc.end()
    rng = _RANGE_AFTER.match(text, d.end)
    if not rng or percent_after(text, d.end) or _CHANGE_BY.search(text, max(0, d.start - 4), d.start):
        return  # "raised by $5 to $75": a change and the level it reached, not a range
    if " and " in rng.group() and not _BETWEEN_BEFORE.search(text[max(0, d.start - 40):d.start]):
        return  # "periods of 90 and 180 days": two figures; "between 20 and 30" is a range
    if " to " in rng.group() and _from_change(text, d.start):
        return  # "rose from 300,000 to 1 million barrels": a change between two figures, no range
    v2 = parse_number(rng["num"])
    if v2 is None:
        return
    if rng["scale"]:
        v2 *= SCALES[rng["scale"].lower()]
        if not sc:
            d.value *= SCALES[rng["scale"].lower()]
    elif sc:
        v2 *= SCALES[sc["scale"].lower()]
    if v2 > d.value:
        d.value_max, d.end = v2, rng.end()


_PLUS_AFTER = re.compile(r"-plus\b")


def _qualify(text: str, d: Draft) -> None:
    before = text[max(0, d.start - 30):d.start]
    q = _QUAL_BEFORE.search(before)
    if q:
        d.qualifier = QUALIFIERS[q["q"].lower()]
        d.start -= len(before) - q.start()
    else:
        b = _BETWEEN_BEFORE.search(before)
        if b and d.value_max is not None:
            d.start -= len(before) - b.start()
        elif _CAPPED_BEFORE.search(text, max(0, d.start - 90), d.start):
            d.qualifier = "at_most"
    if d.vague:
        d.qualifier = "about"
    plus = _PLUS_AFTER.match(text, d.end)  # "40-plus years", "20,000-plus troops": more than that
    if plus:
        d.qualifier, d.end = "more_than" if d.qualifier == "exact" else d.qualifier, plus.end()
    d.approximate = d.approximate or d.qualifier in APPROXIMATE_QUALIFIERS


def _qualify_after(text: str, d: Draft) -> None:
    """`50% or more` → at least 50."""
    q = _QUAL_AFTER.match(text, d.end, d.end + 16)
    if q and d.qualifier == "exact":
        d.qualifier, d.end = QUALIFIERS_AFTER[q["q"]], q.end()


def _hyphen_count(text: str, hy: re.Match) -> bool:
    """`a 64-page report`, `the 35-member board`: a singular noun hyphened to the number, before another noun."""
    w = hy[1]
    return w not in _HYPHEN_NOT_COUNTED and "NOUN" in word_classes(w) and not is_plural_noun(w) and \
        _HEAD_NEXT.match(text, hy.end()) is not None


def _unit(scan: Scan, d: Draft) -> bool:
    """Fill unit and kind; False when the number is no figure."""
    text = scan.text
    hy = _HYPHEN_UNIT.match(text, d.end)  # "a 90-day grace period", "the 300-kilogram limit"
    got = unit_after(text, hy.start(1), False, scan.abbrs) if hy else None
    if got is not None and got.kind in ("duration", "measure"):
        got = got._replace(end=hy.end())
    elif hy and _hyphen_count(text, hy):
        got = UnitHit(hy[1], "count", hy.end(), noun_start=hy.start(1), noun_end=hy.end())
    else:
        got = unit_after(text, d.end, count_one=(d.value == 1 and d.value_max is None), abbrs=scan.abbrs)
    abbreviated = d.m["sfx"] in ("m", "k")  # "100m" may be metres: "m" is a scale only before a unit
    if text[d.start - 1:d.start] in ("-", "–"):  # "55-45": a tally's second number, only with the first's unit
        got = carried(scan, d)
    elif got is None or (abbreviated and got.kind == "count"):
        got = carried(scan, d) or _unit_of_next(scan, d) or exchange_rate(text, d.end) or _restated(scan, d) or \
            _label_first(scan, d) or \
            (None if abbreviated or d.vague else bare_count(scan, d))
    if got is None:
        return False
    if got.kind == "count" and d.m["num"] and d.m["num"].lower() == "one" and not _coordinated(scan, d) and \
            not _ONE_COUNTED.search(text, max(0, d.start - 10), d.start):
        return False  # "one" + noun is mostly a determiner: "on one hand", "one side"
    d.unit, d.kind, d.end = got.unit, got.kind, max(d.end, got.end)
    d.value = d.value * got.scale if d.value is not None else None
    d.noun = (got.noun_start, got.noun_end) if got.noun_start >= 0 else None
    if d.unit in YEARS_PER:  # "three decades" → 30 years, as "a century" → 100
        d.value = d.value and d.value * YEARS_PER[d.unit]
        d.value_max = d.value_max and d.value_max * YEARS_PER[d.unit]
        d.unit = "year"
    return True


_FROM_BEFORE = re.compile(r"\b(?P<verb>rang(?:e|es|ed|ing)\s+)?from\s+$")


def _from_change(text: str, start: int) -> bool:
    """`rose from 5 to 7 percent`: two levels of a change; `ranging from 5 to 10 years` is one range."""
    m = _FROM_BEFORE.search(text, max(0, start - 30), start)
    return m is not None and not m["verb"]


def _unit_of_next(scan: Scan, d: Draft) -> UnitHit | None:
    """`wind-down periods of 90 and 180 days`: the unit written once, after the second figure of a pair."""
    pair = _RANGE_AFTER.match(scan.text, d.end)
    change = " to " in pair.group() and _from_change(scan.text, d.start) if pair else False
    if pair is None or not (" and " in pair.group() or " or " in pair.group() or change):
        return None
    got = unit_after(scan.text, pair.end(), False, scan.abbrs)  # "from 300,000 to 1 million barrels a day"
    return got._replace(end=d.end, noun_start=-1) if got is not None and (got.kind != "percent" or change) else None


_NUMBER_LABEL = re.compile(r":[ \t]+(?=[A-Za-z])")  # "- 5,200: American troops in Iraq", "925,000: rials to the dollar"


def _label_first(scan: Scan, d: Draft) -> UnitHit | None:
    """A factbox line opening on a number and a colon: what follows the colon says what the number counts."""
    colon = _NUMBER_LABEL.match(scan.text, d.end)
    if colon is None or not _CELL_OPENING.search(scan.text, max(0, d.start - 8), d.start):
        return None
    got = unit_after(scan.text, colon.end(), False, scan.abbrs)
    return got._replace(end=d.end, noun_start=-1) if got is not None else None


def _restated(scan: Scan, d: Draft) -> UnitHit | None:
    """A bare number after "it was" takes the unit of the money or measure figure just before it."""
    prev = scan.figures[-1] if scan.figures else None
    return UnitHit(prev.unit, prev.kind, d.end) if pronoun_level(scan.text, prev, d.start) else None


def _coordinated(scan: Scan, d: Draft) -> bool:
    """`five entities and one vessel`: a lone "one" joined to a count is a count too."""
    prev = scan.figures[-1] if scan.figures else None
    return prev is not None and prev.kind == "count" and scan.text[prev.end:d.start] in (" and ", ", ", " or ")
