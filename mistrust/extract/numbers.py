"""Numbers written in digits or words → float. The words are data: `lexicons/numbers.toml`."""
from __future__ import annotations

import re

from .lexicon import load, trie_regex

_LEX = load("numbers")
UNITS: dict[str, float] = _LEX["units"]
TENS: dict[str, float] = _LEX["tens"]
SCALES: dict[str, float] = {k: float(v) for k, v in _LEX["scales"].items()}
FRACTIONS: dict[str, float] = _LEX["fractions"]
MULTIPLES: dict[str, int] = _LEX["multiples"]
VAGUE: dict[str, float | None] = {**{k: float(v) for k, v in _LEX["vague"].items()},
                                  **{k: None for k in _LEX["vague_unknown"]}}
COLLECTIVE: dict[str, float] = {k: float(v) for k, v in _LEX["collective"].items()}
_HALF = tuple(_LEX["half_suffixes"])

_W = trie_regex(list(UNITS) + list(TENS))
_W_CAP = trie_regex([w.capitalize() for w in list(UNITS) + list(TENS)])  # sentence-initial "Twenty-six"
_SCALE_WORDS = trie_regex([w for w in SCALES if len(w) > 2])
_HALF_RE = "|".join(re.escape(h).replace(r"\ ", r"\s+") for h in _HALF)
SCALE_AHEAD = rf"(?=\s+{_SCALE_WORDS}\b)"  # "a million", "half a million": "a" counts one only before a scale
WORD_NUMBER = (rf"(?:(?:{_W}|{_W_CAP}|(?:[Hh]alf\s+)?[Aa]{SCALE_AHEAD})(?:[-\s](?:{_W}))?(?:\s+(?:and\s+)?{_SCALE_WORDS}"
               rf"(?:\s+(?:and\s+)?(?:{_W})(?:[-\s](?:{_W}))?)*)*(?:{_HALF_RE})?)")
DIGIT_NUMBER = r"(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"
_TOKENS = re.compile(r"[\s-]+")
_HALF_END = re.compile(rf"(?:{_HALF_RE})$", re.IGNORECASE)


def parse_words(s: str) -> float | None:
    """`forty-five` → 45, `two hundred thousand` → 200000, `one-and-a-half` → 1.5."""
    s = s.lower().strip()
    half = _HALF_END.search(s)
    if half:
        s = s[:half.start()]
    share = 0.5 if s.startswith("half ") else 1.0  # "half a million"
    s = s[5:] if share < 1 else s
    total, current, seen = 0.0, 0.0, False
    for tok in _TOKENS.split(s):
        if tok == "and" or not tok:
            continue
        if tok == "a" and not seen:  # "a million", "a hundred": the regex admits it only before a scale word
            current, seen = 1.0, True
            continue
        if tok in UNITS or tok in TENS:
            current += UNITS.get(tok) or TENS.get(tok, 0)
        elif tok == "hundred":
            current = (current or 1) * 100
        elif tok in SCALES:
            total += (current or 1) * SCALES[tok]
            current = 0
        else:
            return None
        seen = True
    return (total + current + (0.5 if half else 0)) * share if seen else None


def parse_number(s: str) -> float | None:
    """Digits (`1,500.5`) or words."""
    return float(s.replace(",", "")) if s[:1].isdigit() else parse_words(s)
