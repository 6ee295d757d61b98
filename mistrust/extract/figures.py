"""Cited figures: quantities with value, unit, kind, qualifier and subject.

One regex pass finds number cores (digits, number words, vague amounts,
fractions, `a decade`); each is then widened left (qualifier, currency,
`between`) and right (scale, range end, unit) by small grammar rules.
Dates, ordinals, times of day, numbers inside names and pronoun `one` are
excluded.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import lru_cache

from .dates import DateMention
from .lexicon import trie_regex
from .numbers import DIGIT_NUMBER, FRACTIONS, SCALES, VAGUE, WORD_NUMBER, parse_digits, parse_words


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


QUALIFIERS = {
    "more than": "more_than", "over": "more_than", "upwards of": "more_than", "in excess of": "more_than",
    "just over": "more_than", "above": "more_than",
    "less than": "less_than", "fewer than": "less_than", "under": "less_than", "below": "less_than",
    "just under": "less_than",
    "at least": "at_least", "no less than": "at_least", "no fewer than": "at_least", "a minimum of": "at_least",
    "at most": "at_most", "no more than": "at_most", "a maximum of": "at_most",
    "about": "about", "around": "about", "roughly": "about", "approximately": "about", "nearly": "about",
    "almost": "about", "some": "about", "an estimated": "about", "close to": "about", "circa": "about",
    "up to": "up_to", "as many as": "up_to", "as much as": "up_to",
}
APPROXIMATE_QUALIFIERS = {"about"}

CURRENCY_SYMBOLS = {"US$": "usd", "$": "usd", "€": "eur", "£": "gbp"}
CURRENCY_WORDS = {"dollar": "usd", "us dollar": "usd", "euro": "eur", "pound sterling": "gbp", "pound": "gbp",
                  "rial": "irr", "toman": "toman", "yuan": "cny", "ruble": "rub", "rouble": "rub", "yen": "jpy"}
YEARS_PER = {"decade": 10, "century": 100}
DURATION = {"second", "minute", "hour", "day", "week", "month", "year", "decade", "century"}
MEASURE_UNITS = {
    "kilogram": "kilogram", "kg": "kilogram", "kilo": "kilogram", "tonne": "tonne", "ton": "tonne",
    "metric ton": "tonne", "gram": "gram", "barrel per day": "barrel per day", "barrel a day": "barrel per day",
    "bpd": "barrel per day", "barrel": "barrel", "megawatt": "megawatt", "mw": "megawatt", "gigawatt": "gigawatt",
    "kilometre": "kilometre", "kilometer": "kilometre", "km": "kilometre", "mile": "mile", "metre": "metre",
    "meter": "metre", "centrifuge": "centrifuge", "cubic metre": "cubic metre", "cubic meter": "cubic metre",
    "square kilometre": "square kilometre", "hectare": "hectare", "litre": "litre", "liter": "litre",
}
PERCENT_UNITS = {"%": "percent", "percent": "percent", "per cent": "percent", "percentage point": "percentage point",
                 "percentage points": "percentage point"}
IRREGULAR_PLURALS = {"people": "person", "men": "man", "women": "woman", "children": "child", "feet": "foot",
                     "centuries": "century", "personnel": "personnel", "staff": "staff", "police": "police"}
STOP = {
    "the", "a", "an", "of", "to", "in", "and", "or", "but", "that", "which", "who", "whom", "whose", "have", "has",
    "had", "was", "were", "is", "are", "be", "been", "being", "will", "would", "could", "can", "may", "might",
    "must", "should", "shall", "not", "than", "as", "at", "by", "for", "from", "on", "with", "its", "their",
    "his", "her", "our", "my", "your", "this", "these", "those", "it", "they", "we", "he", "she", "into", "since",
    "ago", "later", "earlier", "before", "after", "during", "until", "per", "each", "every", "more", "less",
    "about", "over", "under", "through", "across", "against", "between", "among", "when", "where", "while", "if",
    "so", "such", "also", "only", "just", "even", "all", "both", "other", "another", "there", "here", "then",
}
# A capitalised word before the number makes it part of a name: Resolution 2231, Flight 655.
NAME_PREFIX = re.compile(r"(?:Resolution|Article|Section|Chapter|Flight|No\.|Number|Room|Phase|Annex|Paragraph|"
                         r"Clause|Amendment|Title|Boeing|Airbus|Route|Highway|Law|Act|Decree|Item|Page|Vol\.|"
                         r"Volume|Part|Level|Group of|Camp|Building|Unit|Block|Class|Type|Model|Grade)\s+$")
PRONOUN_ONE = re.compile(r"\s+(?:of\b|another\b|must\b|can\b|could\b|should\b|would\b|may\b|might\b|"
                         r"who\b|that\b|which\b|is\b|was\b|has\b|had\b|does\b|did\b|and\b|or\b|[,.;:!?)”\"'’])")

# Every written form of a measure unit (singular, plural) → the unit.
MEASURE_FORMS = {form: unit for phrase, unit in MEASURE_UNITS.items()
                 for form in (phrase, phrase.replace(" ", "s ", 1) if " " in phrase else phrase + "s")}
_MEASURE_RE = re.compile("(?:" + "|".join(sorted(map(re.escape, MEASURE_FORMS), key=len, reverse=True)) + r")(?!\w)",
                         re.IGNORECASE)
def _cased(words) -> list[str]:
    """Each word as written mid-sentence and at a sentence start."""
    return sorted({f for w in words for f in (w, w[0].upper() + w[1:])})


_QUAL_RE = trie_regex(QUALIFIERS)
_FRAC_RE = trie_regex(_cased(FRACTIONS))
_VAGUE_RE = trie_regex(_cased(VAGUE))
_SCALE_RE = r"(?:hundred|thousand|million|billion|trillion|bn|mn|tn)"

# Case-sensitive on purpose (spelled-out capitals): `re` matches literals faster than with IGNORECASE.
CORE = re.compile(  # a figure starts at a word start: the look-behind rejects most positions at once
    rf"(?<!\w)(?:(?P<period>(?:[Hh]alf\s+a|[Aa]\s+quarter(?:\s+of\s+a)?|[Aa]|[Oo]ne)\s+(?P<pu>decade|century))(?![\w-])"
    rf"|(?P<vague>(?<![\w-])(?:{_VAGUE_RE}))\s+(?:of\s+)?(?=[a-z])"
    rf"|(?P<frac>(?<![\w-])(?:{_FRAC_RE}))(?=\s+(?:of|a|an)\b)"
    rf"|(?:(?P<cur>US\$|\$|€|£)\s?)?(?P<num>(?<![\w.,/+-]){DIGIT_NUMBER}|(?<![\w-])(?:{WORD_NUMBER}))"
    rf"(?P<sfx>bn|mn|tn|m|k|kg|km|MW|GW|bpd)?(?![\w/+]|\.\d|,\d{{3}}))",
)
_SCALE_AFTER = re.compile(rf"\s*(?:-|\s)?(?P<scale>{_SCALE_RE})\b", re.IGNORECASE)
_RANGE_AFTER = re.compile(rf"\s*(?:-|–|—|\s+to\s+|\s+and\s+)\s*(?P<cur>US\$|\$|€|£)?(?P<num>{DIGIT_NUMBER}|{WORD_NUMBER})(?![\w])(?:\s*(?P<scale>{_SCALE_RE})\b)?",
                          re.IGNORECASE)
_PERCENT_AFTER = re.compile(r"\s*(?P<p>%|per\s?cent|percentage points?)(?![\w])", re.IGNORECASE)
_WORD = re.compile(r"[\s-]*(?:of\s+)?([A-Za-z][A-Za-z'’]*)")
_QUAL_BEFORE = re.compile(rf"(?:^|(?<=[\s(]))(?P<q>{_QUAL_RE})\s+(?:(?P<bw>between|from)\s+)?$", re.IGNORECASE)
_BETWEEN_BEFORE = re.compile(r"(?:^|(?<=[\s(]))(?P<bw>between|from)\s+$", re.IGNORECASE)
_NP_WORD = re.compile(r"\s+((?:[A-Z]\.){2,}|[A-Za-z][\w'’-]*)")
# Verbs that end a noun phrase although they do not look like verbs.
NP_STOP_VERBS = {"went", "fell", "rose", "grew", "came", "made", "took", "gave", "said", "told", "became", "began",
                 "remained", "stood", "dropped", "increased", "decreased", "declined", "reached", "was", "were"}


def singular(word: str) -> str:
    w = word.lower()
    if w in IRREGULAR_PLURALS:
        return IRREGULAR_PLURALS[w]
    if w.endswith("ies") and len(w) > 4:
        return w[:-3] + "y"
    if w.endswith(("ches", "shes", "sses", "xes")):
        return w[:-2]
    if w.endswith("s") and not w.endswith("ss") and len(w) > 3:
        return w[:-1]
    return w


def _unit_after(text: str, pos: int, count_one: bool) -> tuple[str, str, int] | None:
    """(unit, kind, end) for the unit phrase after a number, or None."""
    m = _PERCENT_AFTER.match(text, pos)
    if m:
        return PERCENT_UNITS[re.sub(r"\s+", " ", m["p"].lower()).replace("percent ", "percent")], "percent", m.end()
    words: list[tuple[str, int, int]] = []
    p = pos
    for _ in range(3):
        m = _WORD.match(text, p)
        if not m or (words and "of " in m.group()):
            break
        words.append((m.group(1), m.start(1), m.end(1)))
        p = m.end()
    for i, (w, _, _) in enumerate(words):
        lw = w.lower()
        mu = _MEASURE_RE.match(text, words[i][1])  # multi-word units first: "barrels per day"
        if mu:
            return MEASURE_FORMS[mu.group().lower()], "measure", mu.end()
        sw = singular(lw)
        if sw in CURRENCY_WORDS or lw in CURRENCY_WORDS:
            return CURRENCY_WORDS.get(sw, CURRENCY_WORDS.get(lw)), "money", words[i][2]
        if sw in DURATION:
            return sw, "duration", words[i][2]  # decades and centuries are counted in years by the caller
        demonym = i == 0 and w[0].isupper() and re.fullmatch(r"[A-Z][a-z]+(?:ans|ese|is|s)", w) is not None
        if lw in STOP or not (w.islower() or demonym):
            return None
        plural = lw.endswith("s") and not lw.endswith("ss") or lw in IRREGULAR_PLURALS
        if (count_one and not plural) or (plural and not count_one):
            j = i  # the head of a compound is its last noun: "1,500 sanctions designations"
            while j + 1 < len(words) and words[j + 1][0].islower() and words[j + 1][0].lower() not in STOP and \
                    words[j + 1][0].endswith("s") and not words[j + 1][0].endswith("ss"):
                j += 1
            return (sw if j == i else singular(words[j][0])), "count", words[j][2]
        if lw.endswith("ing") or lw.endswith("ly") or lw.endswith("ed"):
            return None
    return None


def _noun_phrase(text: str, pos: int, limit: int) -> str | None:
    """A short noun phrase from pos: `Iran's oil fields` in `of Iran's oil fields to U.S. companies`."""
    words: list[str] = []
    p, inner_of = pos, False
    while len(words) < 8:
        m = _NP_WORD.match(text, p)
        if not m or m.end() > limit:
            break
        w = m.group(1)
        lw = w.lower()
        if words and (lw in NP_STOP_VERBS or lw.endswith("ed") and words[-1].lower() not in ("of", "the", "a", "an")):
            break
        if lw == "of" and words and not inner_of:
            inner_of = True
        elif lw in STOP and not (lw in ("the", "a", "an") and not words):
            break
        words.append(w)
        p = m.end()
        if text[p:p + 1] in ",;:)”\".":
            break
    while words and words[-1].lower() in ("of", "the", "a", "an"):
        words.pop()
    return " ".join(words) or None


_ELIDED = re.compile(rf"\s+(?:to|and)\s+(?:(?:{_QUAL_RE})\s+)?", re.IGNORECASE)
_PUNCT_BREAK = re.compile(r"[,;:.!?()\n]\s")
_NOT_A_QUANTITY_AFTER = re.compile(r"(?:st|nd|rd|th)\b|s\b|:\d|\s*(?:a\.m\.|p\.m\.|am\b|pm\b|GMT|UTC)")
_SENTENCE_REST = re.compile(r"[;:!?\n]|\.(?=\s+[A-Z]|\s*$)")
_OF = re.compile(r"\s+of\b")
_MONEY_OF = re.compile(r"\s+(?:in|of|worth of)\b")
_CHANGE_VERBS = r"(?:rose|fell|dropped|increased|decreased|grew|grown|declined|jumped|plunged|surged|climbed|" \
                r"shrank|shrunk|cut|cuts|reduced|raised|slashed|boosted|reached|stood|stands|totalled|totaled|hit|" \
                r"risen|fallen|dropped|lost|gained)"
_SUBJECT_BEFORE = re.compile(
    rf"(?P<np>(?:[A-Z][\w.’'-]*|the|its|their|his|her|Iran['’]s|[a-z][\w’'-]*)(?:\s+[\w.’'-]+){{0,4}}?)"
    rf"\s+(?:has\s+|have\s+|had\s+|was\s+|were\s+)?(?:been\s+)?{_CHANGE_VERBS}(?:\s+(?:by|to|at|from))?\s*$"
    rf"|{_CHANGE_VERBS}\s+(?P<obj>(?:[\w’'.-]+\s+){{1,5}}?)(?:by|to)\s*$")


def _subject_before(text: str, start: int) -> str | None:
    """`cut Iran's oil exports by 60 percent`, `the stockpile has grown to 275 kilograms`."""
    window = text[max(0, start - 80):start]
    window = _PUNCT_BREAK.split(window)[-1]
    m = _SUBJECT_BEFORE.search(window)
    if not m:
        return None
    np = (m["np"] or m["obj"] or "").strip()
    words = np.split()
    while words and words[0].lower() in STOP - {"the", "its", "their", "his", "her"}:
        words.pop(0)
    return " ".join(words) or None


def _overlaps(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """Does [start, end) overlap one of the sorted, disjoint spans?"""
    i = bisect.bisect_right(spans, (start, float("inf")))
    return (i > 0 and spans[i - 1][1] > start) or (i < len(spans) and spans[i][0] < end)


def _is_excluded(text: str, start: int, end: int, core: str, sent_start: int, dates: list[tuple[int, int]]) -> bool:
    if _overlaps(dates, start, end):
        return True
    after = text[end:end + 6]
    if _NOT_A_QUANTITY_AFTER.match(after):
        return True
    if NAME_PREFIX.search(text[max(0, start - 20):start]):
        return True
    if core[0].isupper() and not core[0].isdigit() and start != sent_start:
        return True  # "Group of Seven", "the Big Three"
    return False


@lru_cache(maxsize=4096)
def _scale(word: str) -> float:
    return SCALES[word.lower()]


def extract_figures(text: str, date_mentions: list[DateMention], sentence_starts: set[int] = frozenset()) -> list[Figure]:
    dates = [(d.start, d.end) for d in date_mentions
             if not d.quantity and (d.precision is not None or d.text[:1].isdigit())]
    out: list[Figure] = []
    pos = 0
    for m in CORE.finditer(text):
        if m.start() < pos:
            continue
        fig = _figure(text, m, dates, sentence_starts, out[-1] if out else None)
        if fig is not None:
            out.append(fig)
            pos = fig.end
    return out


def _figure(text: str, m: re.Match, dates, sentence_starts, prev: Figure | None) -> Figure | None:
    start, end = m.start(), m.end()
    value = value_max = None
    approximate = False
    unit = kind = None
    subject_from = None
    if m["period"]:
        core = m["period"].lower()
        value = {"decade": 10.0, "century": 100.0}[m["pu"].lower()] * (0.5 if core.startswith("half") else 0.25 if "quarter" in core else 1)
        unit, kind = "year", "duration"
    elif m["vague"]:
        word = m["vague"].lower()
        value = VAGUE[word]
        approximate = True
        got = _unit_after(text, m.end("vague"), count_one=False)
        if got is None:
            return None
        unit, kind, end = got
    elif m["frac"]:
        value = FRACTIONS[m["frac"].lower()] * 100
        unit, kind = "percent", "percent"
        end = m.end("frac")
        subject_from = end
    else:
        num = m["num"]
        core_start = m.start("num")
        if num.lower() in ("a",) or not num.strip():
            return None
        if _is_excluded(text, core_start, m.end("num"), num, core_start if core_start in sentence_starts else -1, dates):
            return None
        value = parse_digits(num) if num[0].isdigit() else parse_words(num)
        if value is None:
            return None
        is_one = num.lower() == "one"
        if is_one and PRONOUN_ONE.match(text, m.end("num")):
            return None
        end = m.end("num")
        attached = None
        if m["sfx"]:
            if not num[0].isdigit():
                return None
            if m["sfx"].lower() in MEASURE_FORMS:
                attached = MEASURE_FORMS[m["sfx"].lower()]  # "400kg", "2.5m bpd" is a scale
            elif m["cur"] or m["sfx"] in ("bn", "mn", "tn"):
                value *= _scale(m["sfx"])  # "$1.5bn", "5m barrels" when money or a count follows
            else:
                return None
            end = m.end("sfx")
        sc = None if m["sfx"] else _SCALE_AFTER.match(text, end)
        if sc and not (sc["scale"].lower() == "m" and text[sc.end():sc.end() + 1].isalpha()):
            value *= _scale(sc["scale"])
            end = sc.end()
        cur = m["cur"]
        start = m.start("cur") if cur else core_start
        rng = _RANGE_AFTER.match(text, end)
        if rng and not _PERCENT_AFTER.match(text, end):
            v2 = parse_digits(rng["num"]) if rng["num"][0].isdigit() else parse_words(rng["num"])
            if v2 is not None:
                if rng["scale"]:
                    v2 *= _scale(rng["scale"])
                    if not sc:
                        value *= _scale(rng["scale"])
                elif sc:
                    v2 *= _scale(sc["scale"])
                if v2 > value and not _overlaps(dates, rng.start("num"), rng.start("num") + 1):
                    value_max, end = v2, rng.end()
        if attached:
            unit, kind = attached, "measure"
        elif cur:
            unit, kind = CURRENCY_SYMBOLS[cur], "money"
            got = _unit_after(text, end, count_one=False)
            if got and got[1] == "money":
                end = got[2]
        else:
            pct = _PERCENT_AFTER.match(text, end)
            if value_max is None and pct is None:
                # "20-30 percent": range before the unit
                pass
            got = _unit_after(text, end, count_one=(value == 1 and value_max is None))
            if got is None and prev is not None and _ELIDED.fullmatch(text[prev.end:core_start]):
                got = (prev.unit, prev.kind, end)  # the unit written once for both ends of "from X to Y"
            if got is None:
                return None
            unit, kind, end = got
            if unit in YEARS_PER:  # "three decades" → 30 years, as "a century" → 100
                value, value_max = value * YEARS_PER[unit], value_max and value_max * YEARS_PER[unit]
                unit = "year"
            if is_one and kind == "count":
                return None  # "one" + noun is mostly a determiner: "on one hand", "one side"
        subject_from = end if kind == "percent" else None
    qualifier = "exact"
    before = text[max(0, start - 30):start]
    q = _QUAL_BEFORE.search(before)
    if q:
        qualifier = QUALIFIERS[q["q"].lower()]
        start -= len(before) - q.start()
    else:
        b = _BETWEEN_BEFORE.search(before)
        if b and value_max is not None:
            start -= len(before) - b.start()
    approximate = approximate or qualifier in APPROXIMATE_QUALIFIERS
    if m["vague"]:
        qualifier = "about"
    subject = None
    rest = text[end:end + 120]
    limit = end + len(_SENTENCE_REST.split(rest, maxsplit=1)[0])
    if subject_from is None and kind in ("measure", "count") and not m["vague"]:
        subject_from = end
    if subject_from is not None:
        of = _OF.match(text, subject_from, subject_from + 4)
        if of:
            subject = _noun_phrase(text, of.end(), limit)
    elif kind == "money":
        of = _MONEY_OF.match(text, end, end + 10)
        if of:
            subject = _noun_phrase(text, of.end(), limit)
    if subject is None and kind in ("percent", "money", "measure"):
        subject = _subject_before(text, start)
    return Figure(start, end, text[start:end], value, value_max, unit, kind, qualifier, approximate, subject)
