"""The words of date expressions, from `lexicons/dates.toml` and Python's `calendar`."""
from __future__ import annotations

import calendar
import re

from .lexicon import load

_LEX = load("dates")
MONTHS = {m.lower(): i for i, m in enumerate(calendar.month_name) if m}
MONTHS.update({m.lower(): i for i, m in enumerate(calendar.month_abbr) if m})
MONTHS["sept"] = 9
WEEKDAYS = {d.lower(): i for i, d in enumerate(calendar.day_name)}
PERSIAN_MONTHS: dict[str, int] = _LEX["persian_months"]
ORDINAL_WORDS: dict[str, int] = _LEX["ordinal_words"]
NUMBER_WORDS: dict[str, int] = dict(_LEX["number_words"])
_TENS = [w for w, n in NUMBER_WORDS.items() if n % 10 == 0 and 20 <= n <= 90]
_UNITS = [w for w, n in NUMBER_WORDS.items() if 1 <= n <= 9 and w not in ("a", "one")] + ["one"]
NUMBER_WORDS.update({f"{t}{sep}{u}": NUMBER_WORDS[t] + NUMBER_WORDS[u] for t in _TENS for u in _UNITS for sep in "- "})
# "forty-five", "seventy two": a count's words as a regex (lowercase; callers match case-insensitively)
COMPOUND_COUNT = f"(?:{'|'.join(_TENS)})[- ](?:{'|'.join(_UNITS)})"
# "a year later" is `rel_year`, not a count; "a few years" is a count with no number.
YEAR_COUNTS = [w for w in _LEX["number_words"] if w != "a"] + ["a few", "a couple of"]
DAY_COUNTS = list(_LEX["number_words"])
SEASONS: dict[str, list[int]] = _LEX["seasons"]
HOLIDAYS: dict[str, list[int]] = _LEX["holidays"]
PARTS: dict[str, dict[str, list[int]]] = _LEX["parts"]  # "early", "mid", "late" of a decade, century, year, month
HINT_WORDS: list[str] = _LEX["lists"]["hint_words"]
DAY_PARTS: list[str] = _LEX["lists"]["day_parts"]
COUNT_NOUNS: list[str] = _LEX["lists"]["count_nouns"]
TIME_NOUNS = frozenset(_LEX["lists"]["time_nouns"])

# A live-blog entry's time stamp and the dash (or bar, colon) after it: "14:20 GMT — ", "9.15am | ".
TIME_STAMP = re.compile(r"\s*(?:[01]?\d|2[0-3])[:.][0-5]\d(?:\s*[ap]\.?m\.?)?"
                        r"(?:\s+(?:GMT|UTC|BST|CET|CEST|EST|EDT|ET|PT|local time|Tehran time))?\s*[-–—|:]\s", re.I)
