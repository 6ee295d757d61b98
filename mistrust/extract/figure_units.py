"""The unit after a figure's number: percent, money, duration, measure or the counted noun.

Word lists are data (`lexicons/units.toml`, `figure_words.toml`). Every scan here looks at most a few
words past the number, so the cost per figure is bounded whatever the text around it.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from .lexicon import load, noun_forms, word_classes

_U = load("units")
_W = load("figure_words")
PERCENT: dict[str, str] = _U["percent"]
YEARS_PER: dict[str, int] = _U["years_per"]
CURRENCY_SYMBOLS: dict[str, str] = _U["currency_symbols"]
CURRENCY_WORDS: dict[str, str] = _U["currency_words"]
_HUNDREDTHS: dict[str, str] = _U["currency_fractions"]
DURATIONS = frozenset(_U["durations"])
IRREGULAR_PLURALS: dict[str, str] = _U["irregular_plurals"]
_PLURAL_INVARIANTS = frozenset(_U["plural_invariants"])
COUNT_HEADS: dict[str, str] = _U["count_heads"]
_COMPOUND_HEADS = frozenset(_U["compound_heads"])
STOP = frozenset(_W["stop"])
_BEFORE_NOUN = frozenset(_W["before_noun"])
_POUND_AFTER = tuple(_U["pound_money_cues"]["after"])
_POUND_BEFORE = re.compile(r"(?:^|\W)(?:" + "|".join(map(re.escape, _U["pound_money_cues"]["before"])) + r")\W*$",
                           re.IGNORECASE)


class Abbrev(NamedTuple):
    unit: str
    scale: float


class UnitHit(NamedTuple):
    unit: str
    kind: str
    end: int                  # where the unit phrase ends
    scale: float = 1.0        # carried by an abbreviation: "0.9 mbd"
    noun_start: int = -1      # the counted noun phrase (modifiers and head), for the subject
    noun_end: int = -1


ABBREVIATIONS = {k: Abbrev(v["unit"], float(v["scale"])) for k, v in _U["abbreviations"].items()}
# Every written form of a measure unit (singular and plural, generated) → the unit.
_PER = re.compile(r" (?:per|a|of) ")


def _unit_forms(phrase: str) -> list[str]:
    """Singular and plural: `barrels per day` inflects its first word, `metric tons` its last."""
    per = _PER.search(phrase)
    if per is None:
        return noun_forms(phrase)
    return [f + phrase[per.start():] for f in noun_forms(phrase[:per.start()])]


MEASURE_FORMS = {form.lower(): unit for phrase, unit in _U["measures"].items() for form in _unit_forms(phrase)}
_MEASURE_RE = re.compile("(?:" + "|".join(sorted(map(re.escape, MEASURE_FORMS), key=len, reverse=True))
                         + r")(?![\w/])", re.IGNORECASE)
_ABBR_RE = re.compile(r"(?:" + "|".join(sorted(map(re.escape, ABBREVIATIONS), key=len, reverse=True))
                      + r")(?![\w/])", re.IGNORECASE)
_PERCENT_AFTER = re.compile(r"\s*(?P<p>%|per\s?cent|percentage points?)(?![\w])", re.IGNORECASE)
# an abbreviation first: "two U.S. citizens"
_TOKEN = re.compile(r"[\s]*(?:of\s+)?([A-Za-z]\.(?:[A-Za-z]\.)+|[A-Za-z][\w'’/-]*)")
_SHORT_LINE = 40  # a wrapped line of prose is longer
_NEXT_TOKEN = re.compile(r"\s+([A-Za-z]\.(?:[A-Za-z]\.)+|[A-Za-z][\w'’/-]*)")
# " (mbd)": the "(" comes first so that `re` finds it with a fast literal search; the look-behind checks the space
_DEFINED = re.compile(r"\((?<=\s\()([A-Za-z][A-Za-z/]{1,5})\)")
_SPACES = re.compile(r"\s+")
_PER_CURRENCY = re.compile(r"\s+(?:to|per|against)\s+(?:the\s+|one\s+|a\s+|each\s+)?(?:US\s+|U\.S\.\s+)?dollar\b", re.I)
_CURRENCY_ALT = "|".join(sorted(map(re.escape, CURRENCY_WORDS), key=len, reverse=True))
_CURRENCY_WORD = re.compile(rf"\b(?:{_CURRENCY_ALT})s?\b", re.I)
_RATE_BACK = 400  # characters back to the currency a rate prices, on its line


@lru_cache(maxsize=8192)
def singular(word: str) -> str:
    """A count's unit: the noun's lemma by lemminflect ("crises" → crisis, "Christmases" → christmas), the
    project's own plurals first ("people" → person)."""
    w = word.lower()
    if w in IRREGULAR_PLURALS:
        return IRREGULAR_PLURALS[w]
    if not w.endswith("s"):  # "grandchildren", "men": lemminflect knows the irregular plurals
        return _irregular_singular(w) or w
    if w.endswith("ss") or len(w) <= 3:
        return w
    from lemminflect import getAllLemmas, getLemma
    known = getAllLemmas(w).get("NOUN")
    return (known or getLemma(w, upos="NOUN") or (w,))[0]


@lru_cache(maxsize=8192)
def _irregular_singular(w: str) -> str | None:
    """The singular of a plural not ending in -s (`grandchildren` → grandchild), else None."""
    from lemminflect import getAllLemmas
    known = getAllLemmas(w).get("NOUN", ())
    return known[0] if known and w not in known else None


def is_plural_noun(word: str) -> bool:
    lw = word.lower()
    if lw in IRREGULAR_PLURALS:
        return lw != IRREGULAR_PLURALS[lw] or lw in _PLURAL_INVARIANTS
    if not lw.endswith("s"):
        return len(lw) > 2 and _irregular_singular(lw) is not None
    if "-" in lw.strip("-"):  # "co-defendants", "ex-officials": the last part is the noun
        return is_plural_noun(lw.rsplit("-", 1)[1]) and not word_classes(lw)
    return not lw.endswith("ss") and len(lw) > 2 and ("NOUN" in word_classes(lw) or _closed_compound(lw))


@lru_cache(maxsize=4096)
def _closed_compound(lw: str) -> bool:
    """A plural the dictionary lacks but that joins two nouns it knows: `servicemembers`, `crewmembers`."""
    if len(lw) < 8 or word_classes(lw):
        return False
    return any("NOUN" in word_classes(lw[:i]) and "NOUN" in word_classes(lw[i:]) for i in range(3, len(lw) - 3))


def is_verb_only(word: str) -> bool:
    """A word that can only be a verb or auxiliary (`tried`, `held`, `was`), not a noun or adjective."""
    p = word_classes(word)
    return bool(p & {"VERB", "AUX"}) and not p & {"NOUN", "ADJ", "PROPN", "NUM"}


def verb_form(word: str) -> bool:
    """A verb or a verb's participle (`held`, `added`), not an adjective such as `unharmed`."""
    return is_verb_only(word) or word.endswith("ed") and "VERB" in word_classes(word)


def defined_abbreviations(text: str) -> dict[str, Abbrev]:
    """Unit abbreviations the text defines: `2.1 million barrels per day (mbd)` → mbd."""
    out: dict[str, Abbrev] = {}
    for m in _DEFINED.finditer(text):
        abbr = m.group(1).lower()
        start = m.start() - 1  # the space before "("
        window = text[max(0, start - 40):start]
        for u in _MEASURE_RE.finditer(window):
            if u.end() == len(window):
                scaled = window[:u.start()].rstrip().lower().endswith("million") and abbr.startswith("m")
                out[abbr] = Abbrev(MEASURE_FORMS[u.group().lower()], 1e6 if scaled else 1.0)
    return out


def percent_after(text: str, pos: int) -> UnitHit | None:
    m = _PERCENT_AFTER.match(text, pos)
    if not m:
        return None
    return UnitHit(PERCENT[_SPACES.sub(" ", m["p"].lower()).replace("percent ", "percent")], "percent", m.end())


def _pound(text: str, start: int, end: int) -> UnitHit:
    """`pounds` is a weight unless money cues stand next to it (`pounds sterling`, `fined 500 pounds`)."""
    after = text[end:end + 20].lower().lstrip()
    if after.startswith(_POUND_AFTER) or _POUND_BEFORE.search(text[max(0, start - 40):start]):
        return UnitHit("gbp", "money", end)
    return UnitHit("pound", "measure", end)


def _named_unit(text: str, start: int, word: str, end: int, abbrs: dict[str, Abbrev], pos: int) -> UnitHit | None:
    """A measure, abbreviation, currency or duration starting at `start`."""
    mu = _MEASURE_RE.match(text, start)
    if mu:
        unit = MEASURE_FORMS[mu.group().lower()]
        return _pound(text, pos, mu.end()) if unit == "pound" else UnitHit(unit, "measure", mu.end())
    ab = _ABBR_RE.match(text, start)
    hit = abbrs.get(word.lower()) or (ABBREVIATIONS[ab.group().lower()] if ab else None)
    if hit:
        return UnitHit(hit.unit, "measure", end if word.lower() in abbrs else ab.end(), hit.scale)
    cw = _CURRENCY_WORD.match(text, start)  # "Australian dollars": a currency of two words
    if cw and " " in cw.group():
        return UnitHit(CURRENCY_WORDS[re.sub(r"s$", "", cw.group().lower())], "money", cw.end())
    lw, sw = word.lower(), singular(word)
    if sw in CURRENCY_WORDS or lw in CURRENCY_WORDS:
        return UnitHit(CURRENCY_WORDS.get(sw, CURRENCY_WORDS.get(lw)), "money", end)
    if sw in _HUNDREDTHS or lw in _HUNDREDTHS:  # "48 cents", "20 pence"
        return UnitHit(_HUNDREDTHS.get(sw, _HUNDREDTHS.get(lw)), "money", end, 0.01)
    if sw in DURATIONS:
        return UnitHit(sw, "duration", end)
    return None


def _modifier(word: str) -> bool:
    """Words that may stand between a number and its counted noun: `US`, `Iran-related`, `detained`, `other`."""
    lw = word.lower()
    if word.isupper() and len(word) > 1:
        return True  # "US", "IAEA"
    if lw in STOP:
        return lw in _BEFORE_NOUN
    return word[0].isupper() or "-" in word or word.islower() and not is_verb_only(word) or lw.endswith(("ed", "ing"))


def exchange_rate(text: str, pos: int) -> UnitHit | None:
    """`the rial … at about 705,000 to the dollar`: a bare number priced against a currency counts the
    currency the line last named."""
    if _PER_CURRENCY.match(text, pos) is None:
        return None
    lo = max(text.rfind("\n", 0, pos) + 1, pos - _RATE_BACK)
    named = [m for m in _CURRENCY_WORD.finditer(text, lo, pos) if CURRENCY_WORDS[singular(m.group()).lower()] != "usd"]
    return UnitHit(CURRENCY_WORDS[singular(named[-1].group()).lower()], "money", pos) if named else None


_RATED = re.compile(r"\b(?:[Tt]he|[A-Z][a-z]+[’']s)\s+(?:[A-Z][a-z]+\s+)?(?P<cur>(?:" + _CURRENCY_ALT
                    + r")s?|currency)\b(?!\s+(?:of|to|against)\b)", re.I)
SENTENCE_STOP = re.compile(r"[.;!?]\s")  # a sentence's or clause's end between two figures


def rated_currency(text: str, d, lo: int, hi: int) -> str | None:
    """`The rial, which fell past 1 million to the dollar, has recovered to around 830,000`: a rate measures
    the currency its sentence named before it, not the dollar it is priced in."""
    if d.kind != "money" or d.unit == "usd":
        return None
    start = max(0, d.start - _RATE_BACK // 2)
    stop = None
    for stop in SENTENCE_STOP.finditer(text, start, d.start):
        pass
    named = [m for m in _RATED.finditer(text, stop.end() if stop else start, d.start)
             if m["cur"].lower() == "currency" or CURRENCY_WORDS.get(singular(m["cur"]).lower()) == d.unit]
    return named[-1].group() if named else None


def unit_after(text: str, pos: int, count_one: bool, abbrs: dict[str, Abbrev]) -> UnitHit | None:
    """The unit phrase after a number ending at `pos`, or None."""
    hit = percent_after(text, pos)
    if hit:
        return hit
    p, first, head, cap_head, n_mod, before, compound = pos, -1, None, None, 0, "", ""
    for _ in range(6):
        m = (_TOKEN if first < 0 else _NEXT_TOKEN).match(text, p)
        if not m or (first >= 0 and text[p:m.start(1)].strip(" ") != ""):
            break
        if "\n" in text[p:m.start(1)] and pos - text.rfind("\n", 0, pos) <= _SHORT_LINE:
            break  # "1 of 10" over a caption: a short line's number counts nothing on the next line
        w = m.group(1).rstrip("'’")  # "20 years' imprisonment"
        if head is None:
            named = _named_unit(text, m.start(1), w, m.start(1) + len(w), abbrs, pos)
            if named:
                return named
        first = m.start(1) if first < 0 else first
        if w.islower() and w not in STOP and \
                (is_plural_noun(w) if not count_one else ("NOUN" in word_classes(w) and not is_plural_noun(w))):
            if head is not None and singular(w) in DURATIONS:
                break  # "52 remaining hostages minutes after": a new phrase, not a compound
            if head is not None and not count_one and "VERB" in word_classes(w) and head[0].endswith("s"):
                break  # "one in four respondents trusts Iran": a plural noun's verb ("300 aircraft parts" is a compound)
            head, compound = (w, m.end(1)), before
            if count_one:
                break
        elif head is not None or w.lower() == "and" and n_mod == 0:
            break
        elif w.lower() == "and" or _modifier(w):
            n_mod += 1
            if w[0].isupper() and w.endswith(("s", "ese")) and w.isalpha():
                cap_head = (w, m.end(1))  # "52 Americans", "five detained Americans", "about 200 Japanese"
        else:
            break
        before, p = w, m.end(1)
    head = head or (None if count_one else cap_head)
    if head is None:
        return None
    word, end = head
    unit = IRREGULAR_PLURALS.get(word.lower()) or singular(word)
    if unit in _COMPOUND_HEADS and compound.islower() and "NOUN" in word_classes(compound):
        unit = f"{singular(compound)} {unit}"  # "44 crew members": a member names nothing without its noun
    return UnitHit(unit, "count", end, noun_start=first, noun_end=end)

