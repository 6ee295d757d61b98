"""Numbers written in digits or words → float."""
from __future__ import annotations

import re

from .lexicon import trie_regex

UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
SCALES = {"hundred": 100, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
          "bn": 1e9, "mn": 1e6, "m": 1e6, "k": 1e3, "tn": 1e12}
FRACTIONS = {"half": 0.5, "a half": 0.5, "one half": 0.5, "a third": 1 / 3, "one third": 1 / 3,
             "two thirds": 2 / 3, "two-thirds": 2 / 3, "a quarter": 0.25, "one quarter": 0.25,
             "three quarters": 0.75, "three-quarters": 0.75, "one-third": 1 / 3, "one-quarter": 0.25}
# Vague amounts: lower bound where one exists (SPEC: dozens → 24).
VAGUE = {"dozens": 24, "scores": 40, "hundreds": 200, "thousands": 2000, "millions": 2e6, "billions": 2e9,
         "tens of thousands": 20000, "hundreds of thousands": 200000, "several": None, "a few": None,
         "a handful": None, "a dozen": 12, "a couple": 2, "a couple of": 2}

_W = trie_regex(list(UNITS) + list(TENS))
_W_CAP = trie_regex([w.capitalize() for w in list(UNITS) + list(TENS)])  # sentence-initial "Twenty-six"
_SCALE_WORDS = r"(?:hundred|thousand|million|billion|trillion)"
WORD_NUMBER = rf"(?:(?:{_W}|{_W_CAP})(?:[-\s](?:{_W}))?(?:\s+(?:and\s+)?{_SCALE_WORDS}(?:\s+(?:and\s+)?(?:{_W})(?:[-\s](?:{_W}))?)*)*)"
DIGIT_NUMBER = r"(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"


def parse_words(s: str) -> float | None:
    """`forty-five` → 45, `two hundred thousand` → 200000."""
    total, current = 0.0, 0.0
    seen = False
    for tok in re.split(r"[\s-]+", s.lower().strip()):
        if tok == "and" or not tok:
            continue
        if tok in UNITS:
            current += UNITS[tok]
        elif tok in TENS:
            current += TENS[tok]
        elif tok == "hundred":
            current = (current or 1) * 100
        elif tok in ("thousand", "million", "billion", "trillion"):
            total += (current or 1) * SCALES[tok]
            current = 0
        else:
            return None
        seen = True
    return total + current if seen else None


def parse_digits(s: str) -> float:
    return float(s.replace(",", ""))
