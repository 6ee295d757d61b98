"""Who acted, on whom, and where: the roles of one trigger, read from the clause around it.

The source is the clause's subject (a salient mention before the trigger), a possessive or
adjacent modifier (`Washington's withdrawal`, `U.S. support`, `US drone strike`), the `by` agent
of a passive (`was ordered by the president`, `by order of`, an unknown name: `by the USS Vincennes`),
a nationality adjective on an armed noun (`Iranian missile fire` → Iran), an uncurated group
(`students stormed` → students) or a name after its class (`the cruiser USS Vincennes`). The subject of a
passive is the target of what is done to someone, but the one who acts when taking office (`Reagan was sworn
in`). A subordinate or relative clause has its own subject (`minutes after Reagan is sworn in`). Every look is
bounded in characters.
"""
from __future__ import annotations

import re
from typing import NamedTuple

from .actors import actor_type, dateline_at, is_media
from .document import Document, Ref
from .event_lexicon import Trigger, load
from .lexicon import ARTICLES, MODIFIED_NOUNS, PREPOSITIONS, REPORTING_RE, trie_regex

_AGENT_WORDS = re.compile(r"(?:the\s+)?([a-z][\w-]*)(?:\s+([a-z][\w-]*))?")  # "by students", "by armed militants"
_WHICH_BY = re.compile(r"\s*,\s+(?:which|that)\s+(?:was|were|had\s+been)\s+(?:[a-z]+ly\s+)?[a-z]+ed\s+(?:and\s+[a-z]+ed\s+)?by\s+")
_ACTING_SLOTS = ("{legislature}", "{court}")  # trigger phrases that open on the body acting
_ROLES = load("event_triggers")["roles"]
DONE_TO = frozenset(_ROLES["done_to"])
_ACTS_IN_PASSIVE = frozenset(_ROLES["subject_acts_in_passive"])
NOT_PLACES = frozenset(_ROLES["not_places"])
_NATIONS = _ROLES["nationalities"]
_GROUPS = frozenset(_ROLES["group_nouns"])

# a possessive or adjacent modifier between an actor and its event: "Washington's", "U.S.", "CIA-orchestrated"
_MODIFIER_GAP = re.compile(r"(?:\s+[a-z]+)?[’']s\s+(?:[\w-]+\s+){0,2}|\s+|-[a-z]+\s+(?:[\w-]+\s+){0,1}")
_MODIFIED_NOUN_GAP = re.compile(rf"\s+(?:{trie_regex(MODIFIED_NOUNS)})[’']s\s+(?:[\w-]+\s+){{0,2}}")
_NOUN_PREMOD_GAP = re.compile(r"\s+(?:[a-z-]+\s+){1,2}")  # "US drone strike", "Israeli air strikes"
_BY = re.compile(r"\bby\s+(?:(?:the\s+)?orders?\s+of\s+)?")  # "by order of the president": the president
_AT_HANDS = re.compile(r"\bat the hands of\s+")
# the outlet that saw a document did not write it: "said in a confidential report seen by Reuters"
_SEEN_BY = re.compile(r"\b(?:seen|obtained|reviewed|viewed)\s+by\b")
_PASSIVE_BY = re.compile(r"\b(?:was|were|is|are|been)\s+(?:\w+ly\s+)?[a-z]+ed\s+by\s+")
_CLAUSE_END = re.compile(r"[,;:]\s+(?!by\b)")
_SEMI = re.compile(r"[;:]")
_OF = re.compile(r"\s+of\s+")
_SPACE = re.compile(r"\s*")
_FROM = re.compile(r"[^,.;]{0,80}\bfrom\b")
_WHO = re.compile(r",?\s+who\b")
_SUBORDINATOR = re.compile(r"\b(?:" + "|".join(_ROLES["subordinators"]) + r")\s+(?:the\s+)?$")
# a clause of its own between the main subject and the verb: "He was young when crowds of students climbed"
_SUBORDINATE_CLAUSE = re.compile(r"\b(?:" + "|".join(w for w in _ROLES["subordinators"] if w != "as") +
                                 r")\s+(?:[\w’'-]+\s+){1,4}$")
# an actor the lexicon does not know, as a `by` agent: "was shot down by the USS Vincennes"
_SENTENCE_STOP = re.compile(r"(?<=[a-z]{2})\.$")
_PROPER_AGENT = re.compile(r"(?:the\s+)?((?:[A-Z][\w.'’-]*(?<![a-z]{2}\.)[ ]+){0,2}[A-Z][\w.'’-]*)")  # a stop ends it
_COMMA = re.compile(r"[,;]")
_COORDINATION = re.compile(r"(?:,\s+(?:and|but|while|whereas)|;)\s+")
_SKIP_PUNCT = re.compile(r"[\s,–—-]*")
_IT_BEFORE = re.compile(r"(?<![\w’'])[Ii]t\s+(?:\w+ly\s+|also\s+|then\s+|later\s+)?$")
_TARGET_PREP = re.compile(r"\s+(?:for|against|on|with|to|at)\s+")
_IN = re.compile(r"\bin\s+")
_NEW_CLAUSE_BREAK = re.compile(r"\bwhich\b|\bthat\s+(?:was|were|had|has)\b")
_BY_GERUND = re.compile(r"\bby\s+$")
_REPORTED = re.compile(rf"\b(?:{REPORTING_RE})\s+(?:that\b|how\b|the\b)")
_OPENING_ADVERBIAL = re.compile(r"\s*(?:[A-Z][A-Z.]+[^–—]{0,40}?\s[–—-]\s)?(?:[A-Z][a-z]+ing\b|(?:"
                                + "|".join(_ROLES["opening_adverbials"]) + r")\b)")
_PASSIVE = re.compile(r"\b(?:was|were|been|be|is|are)\s+(?:\w+ly\s+)?$")
_LOCATION = re.compile(r"\bin\s+(?:the\s+)?([A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)")
_NATIONAL = re.compile(r"(?<![\w.])(" + trie_regex(_NATIONS) + r")\s+((?:[a-z-]+\s+){0,2})$")
_ARMED = frozenset(_ROLES["armed_nouns"])
_COUNTING = frozenset(_ROLES["group_counting"])
_SUBORDINATE_WORDS = frozenset(_ROLES["subordinators"])
# "were killed in a US drone strike": the nation whose weapon it was acted
_IN_NATIONAL_ARMS = re.compile(r"\s+in\s+an?\s+(" + trie_regex(_NATIONS) + r")\s+(?:[a-z-]+\s+)?(?:" + trie_regex(_ARMED)
                               + r")\b")
# the subject noun phrase right before a verb: "Students loyal to Khomeini storm", "The USS Vincennes shoots"
_SUBJECT_NP = re.compile(r"(?:^|[,;:–—]\s+|\s-\s+|\band\s+|\b(?:" + "|".join(w for w in _ROLES["subordinators"] if w != "as")
                         + r")\s+)(?:(?:[Tt]he|[Aa]n?)\s+)?"
                         r"(?P<np>(?:\d{1,3}(?:,\d{3})+|[\w.'’-]+)(?:\s+(?:\d{1,3}(?:,\d{3})+|[\w.'’-]+)){0,5})\s+$")
# a wire dateline opening the sentence: "TEHRAN (Tasnim) –", "DUBAI, United Arab Emirates (AP) —"
_OBJECT_OF = re.compile(r"\b(?:to|of|by|with|for|from|against|at|on|in)\s+$")
_AFTER_PREPOSITION = re.compile(r"\b(?:" + trie_regex(PREPOSITIONS) + r")\s+(?P<det>(?:the|a|an|its|his|her|their)\s+)?(?:[a-z-]+\s+)?$")
_PROPER_TAIL = re.compile(r"(?:[A-Z][\w.'’-]*\s+)+[A-Z][\w.'’-]*$")


def _blank(m: re.Match) -> str:
    return " " * len(m.group())


class Roles(NamedTuple):
    source: str | None
    target: str | None
    location: str | None


class RoleReader:
    """Source, target and location of a trigger, read from the clause around it."""

    def __init__(self, doc: Document):
        self.doc = doc
        self.m = doc.masked

    def refs_in(self, lo: int, hi: int) -> list[Ref]:
        return [r for r in self.doc.refs_in(lo, hi) if r.end <= hi and r.name]

    def ref_at(self, pos: int, slack: int = 5) -> Ref | None:
        return next((r for r in self.doc.refs_in(pos, pos + slack + 1) if r.name), None)

    def roles(self, t: Trigger, sent_lo: int, clause_hi: int) -> Roles:
        lo = max(sent_lo, t.start - 300)  # bounded look-back when no sentence break exists
        head = dateline_at(self.m, sent_lo, min(t.start, sent_lo + 100))
        lo = max(lo, head.end()) if head else lo  # "TEHRAN (Tasnim) – X on Wednesday received": the agency files
        hi = min(clause_hi, t.end + 300)
        speech = t.etype in ("statement", "reporting")  # a paper's editorial speaks; an outlet does nothing else
        before = [r for r in self.refs_in(lo, t.start) if speech or not is_media(r.name)]  # "(Xinhua) --"
        after = self.m[t.end:hi]
        # "said Iran would answer a resolution by the Board": a reported clause's agent did not speak
        modifier, agent = self.modifier_source(before, t), None if t.etype == "reporting" else self.agent(t, after)
        target = self.of_target(t, after)
        if t.etype == "designation" and modifier is not None:
            modifier, target = None, target or modifier  # "Iran's inclusion in": Iran is the one listed
        # "US citizens released by Iran": the captive's modifier did not act
        source = agent or modifier if t.entry.startswith("{") else modifier or agent
        if t.etype == "withdrawal" and target is None and source is None:
            source = self.of_withdrawer(t, after, hi)
        if source is None and t.etype == "leadership_change" and t.pos == "noun":
            source = self.of_holder(t, after)
        passive = _PASSIVE.search(self.m, max(lo, t.start - 30), t.start) is not None and \
            not self.m[t.start:t.end].split()[0].endswith("ing")  # "is leaving the deal": progressive, active
        source, target = self.subject_roles(t, lo, hi, before, passive, source, target)
        if source is None and not passive and t.pos == "verb" and not self.referred(t, lo):
            source = self.np_source(lo, t.start) or self.it_source(t.start)
        target = target or self.prep_target(after, t.end)
        if source is None and t.entry.split()[0] in _ACTING_SLOTS:  # "the Majlis voted": the body in the phrase
            r = next((r for r in self.doc.refs_in(max(lo, t.start - 40), t.end) if r.name and r.end > t.start), None)
            source = r.name if r else None  # "Iran's parliament voted": the mention reaches back over its owner
        if source is None and t.etype == "legislation":
            inn = _IN.search(after, 0, 60)
            r = self.ref_at(t.end + inn.end()) if inn else None
            source = r.name if r else None
        if not speech and is_media(source):  # "a report seen by Reuters", "BBC Persian has learned"
            source = None
        lm = _LOCATION.search(self.m, t.end, min(hi, t.end + 80))
        loc = lm.group(1) if lm and lm.group(1) not in NOT_PLACES else None
        return Roles(source, None if target == source else target, loc)

    def modifier_source(self, before: list[Ref], t: Trigger) -> str | None:
        """`Washington's withdrawal`, `U.S. support`, `US drone strike`, `Iranian missile fire`."""
        for r in reversed(before):
            gap = self.m[r.end:t.start]
            if t.pos == "verb" and not gap.strip() and _OBJECT_OF.search(self.m, max(0, r.start - 12), r.start):
                break  # "loyal to Khomeini storm": an object is no subject
            if _MODIFIER_GAP.fullmatch(gap) or _MODIFIED_NOUN_GAP.fullmatch(gap) or \
                    (t.pos == "noun" and _NOUN_PREMOD_GAP.fullmatch(gap)):
                return r.name
        nat = _NATIONAL.search(self.m, max(0, t.start - 40), t.start)
        if nat and (t.pos == "noun" or not nat.group(2) or set(nat.group(2).split()) & _ARMED):
            return _NATIONS[nat.group(1)]
        return None

    def agent(self, t: Trigger, after: str) -> str | None:
        """`organized by the British` within the clause; `at the hands of X`; `The strike …, was ordered by X`."""
        if self.m[t.start:t.end].endswith(" by"):  # the trigger holds its `by`: "brokered by Algeria"
            return self.agent_at(t.end + len(after) - len(after.lstrip()))
        plain = after[:120]
        for d in self.doc.dates_in(t.end, t.end + 120):  # a date's commas ("July 14, 2015, by") end no clause
            a, b = d.start - t.end, min(d.end - t.end, len(plain))
            plain = plain[:a] + " " * (b - a) + plain[b:]
        by = _BY.search(_SEEN_BY.sub(_blank, _CLAUSE_END.split(plain, maxsplit=1)[0])) or _AT_HANDS.search(after, 0, 200) \
            or (_WHICH_BY.match(plain) if t.pos == "noun" else None)  # "the 1953 coup, which was organized by"
        if by is None and t.pos == "noun" and t.start - self.doc.sentence_at(t.start).start < 30:
            by = _PASSIVE_BY.search(after, 0, 200)  # the trigger heads the sentence's subject
        if by is not None:
            return self.agent_at(t.end + by.end())
        arms = _IN_NATIONAL_ARMS.match(self.m, t.end, t.end + 60) if t.etype == "attack" else None
        return _NATIONS[arms.group(1)] if arms else None

    def agent_at(self, pos: int) -> str | None:
        """The actor a `by` introduces: a known one, else a proper name that is no date."""
        r = self.ref_at(pos)
        if r is not None:
            return r.name
        proper = _PROPER_AGENT.match(self.m, pos)
        if proper is None:  # "the takeover of the embassy by students": a group the lexicon of groups knows
            words = _AGENT_WORDS.match(self.m, pos)
            w = [x for x in words.groups() if x] if words else []
            return next((" ".join(w[:i + 1]) for i in range(len(w)) if w[i].lower() in _GROUPS), None)
        if self.doc.dates_in(proper.start(1), proper.end(1)):
            return None
        name = _SENTENCE_STOP.sub("", proper.group(1))  # "by Algeria." ends the sentence; "U.S." keeps its stop
        return _NATIONS.get(name.split()[0], name)

    def of_target(self, t: Trigger, after: str) -> str | None:
        of = _OF.match(after)
        if not of or t.etype not in ("attack", "seizure", "coup", "sanction", "designation"):
            return None
        r = self.ref_at(t.end + of.end(), slack=40 if t.etype == "attack" else 5)
        return r.name if r else None

    def of_holder(self, t: Trigger, after: str) -> str | None:
        """`the election of President Masoud Pezeshkian`, `the resignation of Bazargan`: who takes or leaves office."""
        of = _OF.match(after) or (_SPACE.match(after) if self.m[t.start:t.end].endswith(" of") else None)
        r = self.ref_at(t.end + of.end(), slack=20) if of else None
        return r.name if r else None

    def of_withdrawer(self, t: Trigger, after: str, hi: int) -> str | None:
        """`the withdrawal of the United States from the deal`."""
        of = _OF.match(after)
        r = self.ref_at(t.end + of.end()) if of else None
        return r.name if r and _FROM.match(self.m, r.end, hi) else None

    def subject_roles(self, t: Trigger, lo: int, hi: int, before: list[Ref], passive: bool,
                      source: str | None, target: str | None) -> tuple[str | None, str | None]:
        subj = self.subject(t, lo, hi, before, passive)
        if subj is None or self.referred(t, lo):
            return source, target
        if subj.start >= t.end:  # the main clause's subject after an opening adverbial
            return source or subj.name, target
        if _SEMI.search(self.m, subj.end, t.start):
            return source, target
        if passive and t.entry in _ACTS_IN_PASSIVE:
            return source or subj.name, target
        if passive:
            return source, (target or subj.name) if t.etype in DONE_TO else target
        if source is None and t.etype != "war":
            source = subj.name
        return source, target

    def referred(self, t: Trigger, lo: int) -> bool:
        """`vowed revenge hours after the killing`: an event named after a preposition; the subject did not act."""
        m = _AFTER_PREPOSITION.search(self.m, max(lo, t.start - 40), t.start)
        return m is not None and (t.pos == "noun" or m.group("det") is not None)

    def subject(self, t: Trigger, lo: int, hi: int, before: list[Ref], passive: bool) -> Ref | None:
        m = self.m
        brk = None
        for brk in _COORDINATION.finditer(m, lo, t.start):
            pass  # "Trump withdrew …, and Iran began breaching …": a coordinated clause has its own subject
        subj = next((r for r in before if r.salient and (brk is None or r.start >= brk.end())), None) \
            or next((r for r in before if r.salient), None)
        for r in before:  # "Mossadegh, who … sought support", "after Reagan is sworn in": a clause of its own
            if (_WHO.match(m, r.end, r.end + 8) or _SUBORDINATOR.search(m, max(0, r.start - 12), r.start)) \
                    and not _COMMA.search(m, r.end + 6, t.start):
                subj = r
        if subj is None and "," not in m[lo:t.start] and _OPENING_ADVERBIAL.match(m, lo):
            return self.adverbial_subject(t, hi, passive)
        gerund = m[t.start:t.end].split()[0].endswith("ing")
        if subj is None or gerund and _BY_GERUND.search(m, max(0, t.start - 4), t.start):
            return subj  # "Washington responded the same day by terminating the treaty": the subject acts
        if _NEW_CLAUSE_BREAK.search(m, subj.end, t.start) or \
                t.pos == "verb" and _SUBORDINATE_CLAUSE.search(m, max(subj.end, t.start - 60), t.start):
            return None  # "the deal, which was signed…": the deal did not act
        rep = _REPORTED.search(m, subj.end, t.start)
        if rep is None:
            return subj
        # "X wrote that the coup…": X did not act; "Trump announces that the United States is leaving": the
        # reported clause's own subject acts
        return next((r for r in before if r.start >= rep.end() and r.salient), None) if t.pos == "verb" else None

    def adverbial_subject(self, t: Trigger, hi: int, passive: bool) -> Ref | None:
        """"Speaking to students, Khamenei …": the opening adverbial's subject is the main clause's."""
        comma = self.m.find(",", t.end, hi)
        if comma == -1 or passive:
            return None
        return next((r for r in self.refs_in(comma, hi) if r.salient), None)

    def np_source(self, lo: int, start: int) -> str | None:
        """An actor the lexicon does not know, as the verb's subject: "Students … storm", "The USS Vincennes"."""
        a = max(lo, start - 60)
        opening = [d for d in self.doc.dates_in(a, start) if d.end < start and (d.start - lo) < 12]
        if opening:  # "On 4 November that year students seized": the subject follows the opening date
            a = lo = _SKIP_PUNCT.match(self.m, opening[-1].end, start).end()
        # `^` is the sentence's start only when the window begins there (search(pos) never anchors it)
        sub = _SUBJECT_NP.search(self.m[a:start] if a == lo else "\0" + self.m[a:start])
        if sub is None:
            return None
        words = sub.group("np").split()
        dets = [i for i, w in enumerate(words) if w.lower() in ARTICLES]
        words = words[dets[-1] + 1:] if dets else words  # "On Monday the militia" → militia
        subordinate = [i for i, w in enumerate(words) if w.lower() in _SUBORDINATE_WORDS]
        words = words[subordinate[-1] + 1:] if subordinate else words  # "When students took", "months after students"
        if not words:
            return None
        nation = next((n for n in (" ".join(words[:2]), words[0]) if n in _NATIONS), None)  # "United States forces"
        if nation and set(w.lower() for w in words[len(nation.split()):]) & _ARMED:
            return _NATIONS[nation]
        groups = [i for i, w in enumerate(words) if w.lower() in _GROUPS]
        if groups:  # "crowds of students": the whole phrase up to its last group noun, after any count
            counted = [i for i, w in enumerate(words[:groups[-1]]) if w[0].isdigit() or w.lower() in _COUNTING]
            first = counted[-1] + 1 if counted else 0
            return " ".join(words[first + (words[first] == "of"):groups[-1] + 1])  # "thousands of protesters"
        proper = _PROPER_TAIL.search(" ".join(words))  # "the cruiser USS Vincennes": the name after its class
        return proper.group() if proper and len(proper.group().split()) <= 3 and (
            proper.start() == 0 or words[0].islower()) else None

    def it_source(self, start: int) -> str | None:
        """`Tehran stepped back: it exceeded the cap`: "it" acting is the last country or body named."""
        if _IT_BEFORE.search(self.m, max(0, start - 16), start) is None:
            return None
        return next((r.name for r in reversed(self.refs_in(max(0, start - 400), start))
                     if r.salient and not r.person and actor_type(r.name) != "person"), None)

    def prep_target(self, after: str, end: int) -> str | None:
        tgt = _TARGET_PREP.match(after)
        r = self.ref_at(end + tgt.end()) if tgt else None
        return r.name if r else None
