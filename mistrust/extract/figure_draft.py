"""The state a figure candidate carries through the extraction steps, and the per-document scan state."""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from .figure_units import Abbrev


@dataclass
class Draft:
    """A figure being built: each step (core, widen, qualifier, unit, subject) fills some fields."""
    m: re.Match
    start: int
    end: int
    value: float | None
    value_max: float | None = None
    unit: str | None = None
    kind: str | None = None
    qualifier: str = "exact"
    approximate: bool = False
    vague: bool = False        # "dozens", "several": qualifier about
    scaled: bool = False       # a scale suffix glued to the digits: "$1.5bn"
    noun: tuple[int, int] | None = None   # the counted noun phrase: "detained Americans"
    refers: str | None = None  # for a count without its noun, what the text names it by: "them", "toll"
    subject: str | None = None

    @property
    def core_start(self) -> int:
        return self.m.start("num") if self.m["num"] else self.m.start()


@dataclass
class Scan:
    """One document's text and what the figure steps share while scanning it."""
    text: str
    dates: list[tuple[int, int]]
    sentence_starts: set[int]
    abbrs: dict[str, Abbrev]
    figures: list[Draft] = field(default_factory=list)
    listed: set[int] = field(default_factory=set)  # where a numbered list's numbers stand: no figures


_LINE_NUMBER = re.compile(r"^[ \t]*(\d{1,3})(?=[ \t.)])", re.M)
_RUN = 3  # numbers in a row (n, n+1, n+2 …) that make a list: endnotes "1 Ministry …", paragraphs "4. On …"


def list_numbers(text: str) -> set[int]:
    """Starts of the numbers that open lines in runs of consecutive integers: a list's numbering, not counts."""
    out: set[int] = set()
    run: list[int] = []
    last = None
    for m in _LINE_NUMBER.finditer(text):
        n = int(m[1])
        if last is None or n != last + 1:
            out.update(run if len(run) >= _RUN else ())
            run = []
        run.append(m.start(1))
        last = n
    out.update(run if len(run) >= _RUN else ())
    return out
