"""The mentions an attribution reads: who a mention names (`Attribution`), the subject before a verb, the
clause's first named actor, a person set off after a title. `attribution.py` reads the reporting patterns
around a quote with these.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .actors import actor_type, spoken_for
from .document import OWN_VOICE, Document, Ref
from .lexicon import PREPOSITIONS, trie_regex
from .persons import title_after

WINDOW = 300  # characters read on either side of a quote for its attribution
SUBJECT_WINDOW = 160  # characters between a subject and its verb
# between a subject and its verb: an abbreviation ("(AEOI)"), an apposition, the complement of a title
# ("Iran’s envoy to the Agency", "the Minister of Foreign Affairs"), auxiliaries and adverbs
_FILLER = re.compile(rf"(?:{OWN_VOICE.pattern})?" r"(?:\s*\([^()“”]{1,30}\))?(?:\s*,[^,“”]{2,120},|,)?(?:\s+(?:to|at|in|for|from|of)(?:\s+the)?(?:\s+[A-Z][\w’'-]*){1,4})?"
                     r"(?:\s+(?:has|had|have|also|then|later|once|again|repeatedly|often|[a-z]+ly))*\s+$")
# "the Speaker of the Assembly, Dr X, said": a name after a preposition complements a title, it is no head
NAME_OBJECT = re.compile(rf"\b(?:{trie_regex(PREPOSITIONS)})\s+(?:the\s+)?$")
# after a title, where the name starts: "envoy to the IAEA, Reza Najafi", "spokesman Matthew Miller"
_POST_OF = re.compile(r"(?:\s+(?:to|at|in|of|for)\s+(?:the\s+)?[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,3})?,\s|[ ](?=[A-Z])")


@dataclass
class Attribution:
    speaker: str | None
    mention: str | None
    cue: str | None
    anchor: int | None  # where the reporting clause sits: its date is the said-date
    after: bool = False  # the clause follows the quote
    sentence: int | None = None


class AttributorBase:
    def __init__(self, doc: Document):
        self.doc = doc
        self.m = doc.masked

    def of(self, r: Ref, cue: str | None, anchor: int, after: bool = False) -> Attribution:
        """The ref's name speaks; an official the text names next speaks by name, an indefinite one ("an
        Iranian diplomat") is one unnamed person, not the country."""
        if r.person and actor_type(r.name or "") != "person":
            named = [x for x in self.doc.refs_in(r.end, r.end + 2) if x.start == r.end + 1 and x.name]
            if named and actor_type(named[0].name) == "person":  # "the Iranian diplomat Javad Zarif": the name
                return Attribution(named[0].name, named[0].surface, cue, anchor, after)
            if self.doc.indefinite(r.start) and not spoken_for(self.m, r.start, r.end):
                return Attribution(None, r.surface, cue, anchor, after)
        return Attribution(r.name, r.surface, cue, anchor, after)


    def ref_starting(self, pos: int, slack: int = 4) -> Ref | None:
        """A mention starting at pos, or the name after a title starting there ("Lt. Col. Daniel Okafor")."""
        near = [r for r in self.doc.refs_in(max(0, pos - 80), pos + 80)
                if pos <= r.start <= pos + slack or (r.lead >= 0 and pos <= r.lead <= pos + slack)]
        # "said U.S. Attorney Joshua Levy": the country opens the person's title; the person speaks
        return next((r for r in near if r.lead >= 0 and r.lead <= pos + slack), near[0] if near else None)

    def subject_before(self, pos: int, lo: int) -> Ref | None:
        """The subject right before a verb at pos; of `Hugh Hill, a doctor in Tehran, said` the head wins."""
        fallback = None
        for r in self.doc.refs_in(max(lo, pos - SUBJECT_WINDOW), pos):
            if r.end > pos:
                break
            if _FILLER.match(self.m, r.end, pos):
                head = r.lead if r.lead >= 0 else r.start  # "The representative of France": the title heads
                if r.name and not NAME_OBJECT.search(self.m, max(0, head - 16), head):
                    return self.apposed_person(r) or r
                fallback = fallback or r
        return fallback

    def first_salient(self, lo: int, hi: int) -> Ref | None:
        """The clause's first named subject; `Iran's Foreign Ministry spokesman, Abbas Mousavi,` is the person."""
        r = next((r for r in self.doc.refs_in(max(lo, hi - WINDOW), hi) if r.salient and r.name), None)
        return (self.apposed_person(r) or r) if r is not None else None

    def author_before(self, pos: int, person: bool = True) -> Ref | None:
        """Whom a post or statement belongs to: the latest salient person (or any actor) named before it."""
        for r in reversed(self.doc.refs_in(max(0, pos - 4 * WINDOW), pos)):
            if r.salient and r.name and (not person or actor_type(r.name) == "person"):
                return r
        return None

    @staticmethod
    def titled_person(r: Ref) -> bool:
        return bool(r.name) and actor_type(r.name) == "person" and 0 <= r.lead < r.start

    def apposed_person(self, r: Ref) -> Ref | None:
        """`The Iranian lead negotiator, Behzad Nabavi, told`, `Iran's foreign minister, Abbas Araghchi,`: the
        person a title sets off, over the body or the office's holder on the day."""
        if actor_type(r.name or "") == "person" and not r.surface[-1:].islower():
            return None  # a name
        end = title_after(self.m, r.end, r.end + 60)
        tail = _POST_OF.match(self.m, end)
        if tail is None or tail.group() == " " and end == r.end:
            return None  # a name right after a body is no apposition: "in Tehran Abbas Araghchi said"
        named = self.ref_starting(tail.end(), slack=0)
        return named if named is not None and named.name and actor_type(named.name) == "person" else None
