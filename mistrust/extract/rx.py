"""Regex helpers for speed only: they never change what a pattern matches.

Python's `re` tries a many-branch pattern at every word start; `first_chars` reads which characters
a pattern can start with, so a `(?=[...])` guard in front rejects most word starts with one test.
"""
from __future__ import annotations

import re
from re import _constants as C, _parser  # the stdlib's own pattern parser: the guard follows the pattern as written

_REPEATS = (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT)
_ZERO_WIDTH = (C.AT, C.ASSERT, C.ASSERT_NOT)
_SPACES = [(C.LITERAL, ord(c)) for c in map(chr, range(128)) if c.isspace()]  # `\s`: these and non-ASCII ones


def _add(chars: set, wide: list, code: int, ignorecase: bool) -> None:
    ch = chr(code)
    if not ch.isascii():
        wide[0] = True
        return
    chars.update((ch.lower(), ch.upper()) if ignorecase else ch)
    wide[0] |= ignorecase and ch.isalpha()  # "k" also matches the Kelvin sign: allow every non-ASCII character


def _class(items, chars: set, wide: list, ignorecase: bool) -> bool:
    for op, av in items:
        if op is C.LITERAL:
            _add(chars, wide, av, ignorecase)
        elif op is C.RANGE:
            for code in range(av[0], av[1] + 1):
                _add(chars, wide, code, ignorecase)
        elif op is C.CATEGORY and av is C.CATEGORY_DIGIT:
            _class([(C.RANGE, (48, 57))], chars, wide, False)
            wide[0] = True
        elif op is C.CATEGORY and av is C.CATEGORY_SPACE:
            _class(_SPACES, chars, wide, False)
            wide[0] = True
        else:
            return False
    return True


_ANY = None  # a character the analysis cannot bound


def _one(op, av, flags: int):
    """One character item's class: (its ASCII characters, whether non-ASCII ones match too); _ANY when unknown."""
    chars: set[str] = set()
    wide = [False]
    known = _class([(op, av)] if op is C.LITERAL else av, chars, wide, bool(flags & re.I))
    return (frozenset(chars), wide[0]) if known else _ANY


def _cat(heads: set, tails: set, k: int) -> set:
    """Prefixes of one part's match followed by another's; a prefix ending in _ANY goes on with anything."""
    return {h if len(h) >= k or h and h[-1] is _ANY else (h + t)[:k] for h in heads for t in tails}


def _prefixes(items, flags: int, k: int) -> set[tuple]:
    """The first k characters a parsed sequence can match, as tuples of classes; a shorter tuple: the match
    may end there, and what follows the sequence comes next."""
    out: set[tuple] = {()}
    for op, av in items:
        if op in _ZERO_WIDTH:
            continue  # a look-around only narrows: skipping it keeps a superset
        if op is C.LITERAL or op is C.IN:
            part = {(_one(op, av, flags),)}
        elif op is C.SUBPATTERN:
            part = _prefixes(av[3], (flags | av[1]) & ~av[2], k)
        elif op is C.ATOMIC_GROUP:
            part = _prefixes(av, flags, k)
        elif op is C.BRANCH:
            part = set().union(*(_prefixes(b, flags, k) for b in av[1]))
        elif op in _REPEATS:
            body, part, reps = _prefixes(av[2], flags, k), set(), {()}
            for n in range(min(av[1], k) + 1):  # repeating more than k times only lengthens what is cut at k
                if n >= min(av[0], k):
                    part |= reps
                reps = _cat(reps, body, k)
        elif op in (C.ANY, C.NOT_LITERAL):
            part = {(_ANY,)}
        else:
            part = {(), (_ANY,)}  # anything, or nothing
        out = _cat(out, part, k)
    return out


def _bracket(chars, wide: bool) -> str:
    body = "".join("\\" + c if c in "-]\\^[" else c for c in sorted(chars))
    return "[" + body + ("\\x80-\\U0010ffff" if wide else "") + "]"


def _starts(pattern: str, flags: int, k: int) -> set[tuple] | None:
    """`_prefixes` of a whole pattern; None when a match may start with any character, or be empty."""
    tree = _parser.parse(pattern, flags)
    paths = _prefixes(tree, tree.state.flags, k)  # flags set inline, `(?i)…`, included
    return None if any(not p or p[0] is _ANY for p in paths) else paths


def first_chars(pattern: str, flags: int = 0) -> str | None:
    """A character class holding every character a match of `pattern` can start with; None when unknown."""
    paths = _starts(pattern, flags, 1)
    if paths is None:
        return None
    return _bracket(set().union(*(p[0][0] for p in paths)), any(p[0][1] for p in paths))


def guard(pattern: str, flags: int = 0, pairs: bool = False) -> str:
    """`(?=[...])` of `first_chars`, to put right before `pattern`; empty when unknown. With `pairs`, each first
    character comes with the characters that can follow it ("t" before "h" or "w": "the", "two"): one more test
    at a word start that starts right, worth it where most do."""
    if not pairs:
        first = first_chars(pattern, flags)
        return f"(?={first})" if first else ""
    paths = _starts(pattern, flags, 2)
    if paths is None:
        return ""
    follows: dict[str, tuple | None] = {}  # first character ("" for any non-ASCII one) → what may follow; None: any
    for p in paths:
        second = p[1] if len(p) > 1 else _ANY
        for c in (*p[0][0], *([""] if p[0][1] else [])):
            had = follows.get(c, (frozenset(), False))
            follows[c] = None if had is None or second is _ANY else (had[0] | second[0], had[1] or second[1])
    by_second: dict = {}
    for c, second in follows.items():
        by_second.setdefault(second, set()).add(c)
    alts = [_bracket(firsts - {""}, "" in firsts) + ("" if second is None else _bracket(*second))
            for second, firsts in by_second.items()]
    return "(?=" + "|".join(sorted(alts)) + ")"
