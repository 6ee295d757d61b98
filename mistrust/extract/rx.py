"""Regex helpers for speed only: they never change what a pattern matches.

Python's `re` tries a many-branch pattern at every word start; `first_chars` reads which characters
a pattern can start with, so a `(?=[...])` guard in front rejects most word starts with one test.
"""
from __future__ import annotations

import re
from re import _constants as C, _parser  # the stdlib's own pattern parser: the guard follows the pattern as written

_REPEATS = (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT)
_ZERO_WIDTH = (C.AT, C.ASSERT, C.ASSERT_NOT)


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
        else:
            return False
    return True


def _first(items, flags: int, chars: set, wide: list) -> bool | None:
    """Adds the characters a parsed sequence can start with; True if it can match empty, None if any character."""
    for op, av in items:
        if op in _ZERO_WIDTH:
            continue  # a look-around only narrows: skipping it keeps a superset
        if op is C.LITERAL or op is C.IN:
            return False if _class([(op, av)] if op is C.LITERAL else av, chars, wide, bool(flags & re.I)) else None
        if op is C.SUBPATTERN:
            subs, sub_flags = [av[3]], (flags | av[1]) & ~av[2]
        elif op is C.BRANCH:
            subs, sub_flags = av[1], flags
        elif op in _REPEATS:
            subs, sub_flags = [av[2]], flags
        else:
            return None
        empty = [_first(s, sub_flags, chars, wide) for s in subs]
        if None in empty:
            return None
        if not (any(empty) or (op in _REPEATS and av[0] == 0)):
            return False
    return True


def first_chars(pattern: str, flags: int = 0) -> str | None:
    """A character class holding every character a match of `pattern` can start with; None when unknown."""
    chars: set[str] = set()
    wide = [False]
    tree = _parser.parse(pattern, flags)
    if _first(tree, tree.state.flags, chars, wide) is not False:  # flags set inline, `(?i)…`, included
        return None
    body = "".join("\\" + c if c in "-]\\^[" else c for c in sorted(chars))
    return "[" + body + ("\\x80-\\U0010ffff" if wide[0] else "") + "]"


def guard(pattern: str, flags: int = 0) -> str:
    """`(?=[...])` of `first_chars`, to put right before `pattern`; empty when unknown."""
    first = first_chars(pattern, flags)
    return f"(?={first})" if first else ""
