"""Pairing quotation marks: straight and curly, double and single, nested.

Apostrophes (`Iran’s`, `Americans'`, `'80s`) are told apart from single
quotation marks by the characters around them. Unbalanced marks never raise:
an opener left open at a paragraph's end is dropped with a warning, except the
news convention of a quote running on into a next paragraph that reopens it.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .text import Span

_MARKS = re.compile("[“”‘’\"']")
OPENERS = {"“": "d", "‘": "s"}
CLOSERS = {"”": "d", "’": "s"}
_OPEN_BEFORE = set(" \t\n([{—–-/“‘\"'")
# Real quotes nest two or three deep. Deeper, the oldest opener is dropped: a flood of unmatched openers
# would otherwise let one late closer pair across the whole paragraph, and many such spans are quadratic.
MAX_OPEN = 8


@dataclass(frozen=True)
class QuoteSpan:
    open: int  # offset of the opening mark
    close: int  # offset of the closing mark, or the paragraph end when it runs on
    parent: int | None  # index of the enclosing QuoteSpan
    runs_on: bool = False


def _role(text: str, i: int, start: int, end: int, open_types) -> tuple[str, str] | None:
    """('open'|'close', 'd'|'s') for the mark at i, or None for an apostrophe; `open_types` counts open marks."""
    c = text[i]
    prev = text[i - 1] if i > start else " "
    nxt = text[i + 1] if i + 1 < end else " "
    if c in OPENERS:
        if c == "‘" and nxt.isdigit():
            return None  # ‘80s
        return "open", OPENERS[c]
    if c == "”":
        if prev in _OPEN_BEFORE and nxt.isalnum() and not open_types["d"]:
            return "open", "d"  # a mistyped opener
        return "close", "d"
    if c == '"':
        if prev in _OPEN_BEFORE and not nxt.isspace():
            return "open", "d"
        if not prev.isspace():
            return "close", "d"
        return ("close", "d") if open_types["d"] else ("open", "d")
    # ’ or '
    if prev.isalnum() and nxt.isalnum():
        return None  # it’s, Iran’s
    if c == "'" and prev in _OPEN_BEFORE and nxt.isalnum():
        if text[i + 1:i + 4].rstrip("s").isdigit():
            return None  # '80s
        return "open", "s"
    if open_types["s"] and not prev.isspace() and not nxt.isalnum():
        return "close", "s"
    return None  # Americans' demands


class _Stack:
    """Open marks of one paragraph. Closing pops down to the matching opener; the counts per type make the
    "is one open?" test constant-time, so a flood of unmatched marks stays linear."""

    def __init__(self):
        self.items: list[tuple[str, int]] = []  # (type, offset of the opening mark)
        self.counts = {"d": 0, "s": 0}

    def push(self, typ: str, off: int) -> tuple[str, int] | None:
        """Open a mark; the oldest open mark when MAX_OPEN are already open, dropped to make room."""
        dropped = self.items.pop(0) if len(self.items) >= MAX_OPEN else None
        if dropped:
            self.counts[dropped[0]] -= 1
        self.items.append((typ, off))
        self.counts[typ] += 1
        return dropped

    def pop_to(self, k: int) -> list[tuple[str, int]]:
        dropped = self.items[k:]
        del self.items[k:]
        for t, _ in dropped:
            self.counts[t] -= 1
        return dropped


def _pair_paragraph(text: str, para: Span, warnings: list[str]) -> tuple[dict[int, int], _Stack]:
    stack = _Stack()
    closed: dict[int, int] = {}
    for mark in _MARKS.finditer(text, para.start, para.end):
        i = mark.start()
        role = _role(text, i, para.start, para.end, stack.counts)
        if role is None:
            continue
        kind, typ = role
        if kind == "open":
            if typ == "d" and stack.items and stack.items[-1][0] == "d":
                warnings.append(f"unbalanced quotation mark at offset {stack.pop_to(len(stack.items) - 1)[0][1]}")
            dropped = stack.push(typ, i)
            if dropped and dropped[0] == "d":
                warnings.append(f"unbalanced quotation mark at offset {dropped[1]}")
        elif stack.counts[typ]:
            k = len(stack.items) - 1
            while stack.items[k][0] != typ:
                k -= 1
            dropped = stack.pop_to(k)
            warnings.extend(f"unbalanced quotation mark at offset {off}" for t, off in dropped[1:] if t == "d")
            closed[dropped[0][1]] = i
        elif typ == "d":
            warnings.append(f"unbalanced quotation mark at offset {i}")
    return closed, stack


def pair_quotes(text: str, paragraphs: list[Span]) -> tuple[list[QuoteSpan], list[str]]:
    """All quote spans in order of their opening mark, and warnings naming offsets."""
    found: list[tuple[int, int, bool]] = []
    warnings: list[str] = []
    for pi, para in enumerate(paragraphs):
        closed, stack = _pair_paragraph(text, para, warnings)
        next_opens = pi + 1 < len(paragraphs) and text[paragraphs[pi + 1].start] in "“\""
        for k, (typ, off) in enumerate(stack.items):
            if typ == "d" and next_opens and k == len(stack.items) - 1:
                closed[off] = para.end  # the paragraph's last quote runs on: the next one reopens it
            elif typ == "d":
                warnings.append(f"unbalanced quotation mark at offset {off}")
        found.extend((o, c, c == para.end) for o, c in closed.items())
    found.sort()
    spans: list[QuoteSpan] = []
    enclosing: list[int] = []  # indices of spans still open at the current position
    for o, c, runs_on in found:
        while enclosing and spans[enclosing[-1]].close < o:
            enclosing.pop()
        spans.append(QuoteSpan(o, c, enclosing[-1] if enclosing else None, runs_on))
        enclosing.append(len(spans) - 1)
    return spans, warnings
