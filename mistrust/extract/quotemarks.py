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


@dataclass(frozen=True)
class QuoteSpan:
    open: int  # offset of the opening mark
    close: int  # offset of the closing mark, or the paragraph end when it runs on
    parent: int | None  # index of the enclosing QuoteSpan
    runs_on: bool = False


def _role(text: str, i: int, start: int, end: int, open_types: list[str]) -> tuple[str, str] | None:
    """('open'|'close', 'd'|'s') for the mark at i, or None for an apostrophe."""
    c = text[i]
    prev = text[i - 1] if i > start else " "
    nxt = text[i + 1] if i + 1 < end else " "
    if c in OPENERS:
        if c == "‘" and nxt.isdigit():
            return None  # ‘80s
        return "open", OPENERS[c]
    if c == "”":
        if prev in _OPEN_BEFORE and nxt.isalnum() and "d" not in open_types:
            return "open", "d"  # a mistyped opener
        return "close", "d"
    if c == '"':
        if prev in _OPEN_BEFORE and not nxt.isspace():
            return "open", "d"
        if not prev.isspace():
            return "close", "d"
        return ("close", "d") if "d" in open_types else ("open", "d")
    # ’ or '
    if prev.isalnum() and nxt.isalnum():
        return None  # it’s, Iran’s
    if c == "'" and prev in _OPEN_BEFORE and nxt.isalnum():
        if text[i + 1:i + 4].rstrip("s").isdigit():
            return None  # '80s
        return "open", "s"
    if "s" in open_types and not prev.isspace() and not nxt.isalnum():
        return "close", "s"
    return None  # Americans' demands


def pair_quotes(text: str, paragraphs: list[Span]) -> tuple[list[QuoteSpan], list[str]]:
    """All quote spans in order of their opening mark, and warnings naming offsets."""
    found: list[tuple[int, int, bool]] = []
    warnings: list[str] = []
    for pi, para in enumerate(paragraphs):
        stack: list[tuple[str, int]] = []  # (type, offset of the opening mark)
        closed: dict[int, int] = {}
        for mark in _MARKS.finditer(text, para.start, para.end):
            i = mark.start()
            role = _role(text, i, para.start, para.end, [t for t, _ in stack])
            if role is None:
                continue
            kind, typ = role
            if kind == "open":
                if typ == "d" and stack and stack[-1][0] == "d":
                    warnings.append(f"unbalanced quotation mark at offset {stack.pop()[1]}")
                stack.append((typ, i))
                continue
            for k in range(len(stack) - 1, -1, -1):
                if stack[k][0] == typ:
                    warnings.extend(f"unbalanced quotation mark at offset {off}" for t, off in stack[k + 1:] if t == "d")
                    closed[stack[k][1]] = i
                    del stack[k:]
                    break
            else:
                if typ == "d":
                    warnings.append(f"unbalanced quotation mark at offset {i}")
        next_opens = pi + 1 < len(paragraphs) and text[paragraphs[pi + 1].start] in "“\""
        for k, (typ, off) in enumerate(stack):
            if typ == "d" and next_opens and k == len(stack) - 1:
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
