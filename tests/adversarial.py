"""Generators of adversarial texts for the complexity tests: each repeats one hostile pattern to any size.

A pattern that makes some scan look back over the whole sentence or document (a flood of quotation marks
with no full stop, trigger words, numbers, dates, names, reporting verbs, pronouns, nested quotes, one very
long line) turns a linear extractor quadratic; these texts find such scans.
"""
from __future__ import annotations

UNITS = {
    "curly-quoted-words": "“word” said him ",
    "curly-unbalanced": "“word said him ",
    "curly-bare-quotes": "“a” ",  # quotes with no reporting clause anywhere: every attribution look fails
    "straight-unpaired": 'x " ',
    "straight-balanced": '"yes," he said "no" ',
    "single-quotes": "'term' and ’twas ‘odd’ ",
    "nested-quotes": "“he said ‘she said “they said ",
    "no-sentence-break": "Iran and the United States and Washington and Tehran ",
    "trigger-words": "coup withdrawal signed sanctions talks seized attack war ",
    "numbers": "more than 40 percent of 1.5 million barrels a day and $6 billion ",
    "dates": "on August 19, 1953 and in May 2018 and that year on Monday ",
    "names": "Khamenei Trump Mosaddegh Obama Soleimani Araghchi the Leader ",
    "reporting-verbs": "said told stated declared warned added noted wrote ",
    "pronouns": "he she they he said she wrote they told ",
    "long-line": "word " * 40,
    "mixed": '“We will not negotiate,” Khamenei said on Monday, citing the 1953 coup and 40 percent of oil fields, ',
    "foreign-bodies": "the Turkish Foreign Ministry said Kuwaiti officials and Pakistan's foreign office ",
    "wrapped-lines": "the envoys met again,\nand Iran said it would\nLars Odegaard - Chief Executive Officer\n",
    "note-numbers": "removed Mosaddegh.3 The\n1 Note one.\n2 Note two.\n3 Note ",
}


# Every pattern in turn: marks left open by one pattern meet the closers of the next.
KINDS = sorted(UNITS) + ["all-in-turn"]


def adversarial(kind: str, size: int) -> str:
    """`kind`'s pattern repeated to `size` characters, ending in a full stop."""
    if kind == "all-in-turn":
        return "".join(adversarial(k, size // len(UNITS))[:-1] for k in sorted(UNITS)) + "."
    unit = UNITS[kind]
    return (unit * (size // len(unit) + 1))[:size] + "."
