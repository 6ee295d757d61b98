"""Who "I" and "you" are in a transcript: the holder of each speaker label, and the one who answers.

Labels are run-in heads ("SORENSEN: …", "HOST (Kavita Rao): …", "Mr Tom Hale (Northfield) (Con): …") whose words
run to the end of their paragraph, or a line of its own naming a person and a role ("Lars Odegaard - Chief
Executive Officer", as call and hearing transcripts print them) whose words are the paragraphs up to the next label.
"""
from __future__ import annotations

import re
from typing import Callable

from .persons import introduced, parliament_label
from .text import Span

# "SORENSEN: …", "HOST (Kavita Rao): …", "Q: …": a transcript line's speaker label
LABEL = re.compile(r"^(?P<label>[A-Z][A-Z’'-]*(?: [A-Z][A-Z’'-]+)*)(?:\s*\((?P<named>[^)\n]{2,60})\))?(?::|[ \t]+[|—–])[ \t]",
                   re.M)
# "Lars Odegaard - Chief Executive Officer", "Tomas Elkington - Brannock Securities - Analyst": a line to itself
_NAME_LINE = re.compile(r"^(?P<person>[A-Z][\w’'-]+(?: [A-Z][\w’'-]+){1,3}) [-–—] [A-Z][^\n.!?:]{1,80}$", re.M)
_FIRST_PERSON = re.compile(r"\bI\b")
_SECOND_PERSON = re.compile(r"\b[Yy]ou\b")


def _holder(masked: str, m: re.Match, surname_holder: Callable[[str], str | None]) -> str | None:
    groups = m.groupdict()
    if groups.get("person") or groups.get("office_holder"):
        return groups["person"] or groups["office_holder"]
    return m["named"] or surname_holder(m["label"]) or introduced(masked, m["label"])


def speaker_lines(masked: str, paragraphs: list[Span], paragraph_index: Callable[[int], int],
                  surname_holder: Callable[[str], str | None]) -> list[tuple[int, int, str | None]]:
    """(where the words start, where they end, the label's holder) for every label, in order."""
    labels = sorted([*LABEL.finditer(masked), *parliament_label().finditer(masked), *_NAME_LINE.finditer(masked)],
                    key=lambda m: m.start())
    out = []
    for k, m in enumerate(labels):
        nxt = labels[k + 1].start() if k + 1 < len(labels) else len(masked)
        if m.re is _NAME_LINE:  # the words are the paragraphs below, up to the next label
            out.append((m.end(), nxt, _holder(masked, m, surname_holder)))
            continue
        para = paragraphs[paragraph_index(m.start())] if paragraphs else Span(0, len(masked))
        out.append((m.end(), min(para.end, nxt), _holder(masked, m, surname_holder)))
    return out


def first_and_second_person(masked: str, lines: list[tuple[int, int, str | None]]) -> list[tuple[int, int, str, str]]:
    """(start, end, word, name) of each "I" its line's holder says and each "you" the next other holder answers."""
    out = []
    for k, (start, end, holder) in enumerate(lines):
        addressee = next((h for _, _, h in lines[k + 1:] if h and h != holder), None)
        for word, name in ((_FIRST_PERSON, holder), (_SECOND_PERSON, addressee)):
            if name is not None:
                out += [(i.start(), i.end(), i.group(), name) for i in word.finditer(masked, start, end)]
    return out
