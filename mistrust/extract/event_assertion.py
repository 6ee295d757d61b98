"""Whether a trigger tells an event the text asserts: not hypothetical (`would sign`), negated (`does not think
Iran wants a war`), an infinitive, a question, a poll's opinion, a noun after an article or a passive no one
speaks in; whether a bare plural only names a kind of thing (`talks with the Americans`); and whether another
trigger absorbs it (`rejected direct negotiations`)."""
from __future__ import annotations

import re

from .actors import is_media
from .document import Document
from .event_lexicon import (ANNOUNCING, ASPECT_VERBS, DETERMINERS, DOCUMENT_NOUNS, FACTIVE, GENERIC_PLURALS, GERUND_TOPICS,
                            INSTRUCTION_OPENERS, IRREALIS, IRREALIS_CLAUSE, NAMING_VERBS, POSSESSIVES, SPEAKING_NOW,
                            SUBORDINATORS, Trigger)
from .lexicon import ARTICLES, REPORTING_CUE, load, verb_forms, word_classes

_WORDS_BEFORE = re.compile(r"([A-Za-z’'-]+)")
_CLAUSE_START = re.compile(r".*[,;:(—–]", re.S)
_POLL = re.compile(r"\d\s*%|\d\s+(?:percent|per cent)\b|\b(?:in|of)\s+(?:ten|10)\s+[A-Z]?[a-z]+s\b|\bpoll(?:ed|s)?\b|\bsurvey(?:ed)?\b|\brespondents\b")
_BARE_PASSIVE = re.compile(r"\b(?:was|were|been|being|be|is|are)\s+(?:[a-z]+ly\s+)?$")
_OPENER = re.compile(r"[\s\d.)•*-]*([A-Z][a-z]+)\b")
_NAMING_OBJECT = re.compile(r"\b(?:which|what)\s+(?:[\w’'-]+\s+){1,3}$")
_COPULA_AFTER = re.compile(r"\s+(?:was|were|is|are)\b")
_BY_AGENT = re.compile(r"(?:\s+[\w’'-]+){0,3}?\s+by\s")
_CREDIT = re.compile(r"\s+from\s+(?:[A-Z][\w’'.-]*[ ,]*){1,4}\.?\s*$")
_ATTRIBUTIVE = re.compile(r"[a-z]+(?:ed|en|wn)")  # one participle word
_NOUN_NEXT = re.compile(r"\s+(?!by\b)[A-Za-z]")


def _unspoken_passive(m: str, lo: int, t: Trigger) -> bool:
    """`were denied visits`, `was declared a republic`: no one speaks; `was criticised by lawmakers`: they do."""
    return _BARE_PASSIVE.search(m, lo, t.start) is not None and _BY_AGENT.match(m, t.end) is None


_POSSESSIVE_BEFORE = re.compile(r"(?:[’']s|\w-\w+)\s+$")  # "today's call", "a seven-day call"
_NOUN_FOLLOWS = re.compile(r"\s*(?:[.;:)]|\s(?:is|are|was|were|has|have|had)\b)")


def _noun_use(m: str, t: Trigger) -> bool:
    """A one-word trigger that is also a noun, after a possessive or before a stop or an auxiliary."""
    word = m[t.start:t.end]
    if t.pos == "noun" or " " in word or word.endswith("ed") or "NOUN" not in word_classes(word):
        return False
    return bool(_POSSESSIVE_BEFORE.search(m, max(0, t.start - 24), t.start) or _NOUN_FOLLOWS.match(m, t.end))


def prev_words(masked: str, pos: int, lo: int, n: int, reach: int = 60) -> list[str]:
    return [w.lower() for w in _WORDS_BEFORE.findall(masked, max(lo, pos - reach), pos)[-n:]]


def asserted(doc: Document, t: Trigger, sent_lo: int) -> bool:
    """Not hypothetical (`would sign`), negated (`do not think … wants a war`) nor an infinitive."""
    m = doc.masked
    lo = max(sent_lo, t.start - 60)
    clause = _CLAUSE_START.match(m, lo, t.start)
    near = prev_words(m, t.start, clause.end() if clause else lo, 6)
    sub = max((i for i, w in enumerate(near) if w in SUBORDINATORS), default=-1)
    near = near[sub + 1:]  # "never went back after relations were cut": the negation is another clause's
    fact = max((i for i in range(1, len(near)) if near[i] == "that" and near[i - 1] in FACTIVE), default=-1)
    near = near[fact + 1:]  # "have not forgotten that students stormed": the that-clause is fact
    if t.etype in ("support", "statement", "reporting") and _POLL.search(m, sent_lo, t.start):
        return False  # "58 percent of adults say they support the talks": a poll's opinion, not an act
    if m[sent_lo:doc.sentence_at(t.start).end].rstrip(" ”\"’'")[-1:] == "?":
        return False  # "Will the Minister confirm that …?", "How many hostages were held …?": a question asks
    opener = _OPENER.match(doc.view, sent_lo)
    if opener and opener.group(1) in INSTRUCTION_OPENERS:
        return False  # "Explain why the United States backed the overthrow": a review question instructs
    if t.etype in ("statement", "reporting") and t.pos == "verb" and (near[-1:] and near[-1] in ARTICLES or
                                                                      _unspoken_passive(m, lo, t)):
        return False  # "to a welcome by millions" is a noun; "have been denied lawyers" is done to them
    if t.etype in ("statement", "reporting") and (_CREDIT.match(m, t.end, doc.sentence_at(t.start).end)
                                                  or _unanswered(doc, t, sent_lo)):
        return False  # "Hadley Ross reported from Istanbul.": a credit line; "Asked …, he shrugged": no answer
    if t.etype == "statement" and t.pos == "verb" and near[-1:] and near[-1] in SPEAKING_NOW and \
            m[t.start:t.end].split()[0].lower() == t.entry.split()[0]:
        return False  # "I'd push back a little", "We welcome the talks": said as the text says it, not reported
    if t.etype in ("statement", "reporting") and _noun_use(m, t):
        return False  # "today's call", "a seven-day call", "the earnings conference call.": a noun, no one speaking
    if m[t.start:t.end].lower() in NAMING_VERBS and _NAMING_OBJECT.search(m, lo, t.start):
        return False  # "which the White House called the largest source": a name in X's words, no speech act
    named = _NAMING_OBJECT.search(m, lo, t.start) if t.etype == "reporting" else None
    if named and named.group().startswith("what") and _COPULA_AFTER.match(m, t.end):
        return False  # "fired at what it said were militant hideouts": a hedge on what was hit, no speech act
    irrealis = set(near[-3:]) & IRREALIS
    if irrealis in ({"would"}, {"will"}) and (set(near) & ANNOUNCING or t.etype == "threat"):
        irrealis = set()  # "announced that … would cease": decided; "said Iran would close the strait": a threat
    if irrealis or set(near) & IRREALIS_CLAUSE and not (t.pos == "noun" and _NAMED_WITH_YEAR.search(m, lo, t.start)):
        return False
    word = m[t.start:t.end].lower()
    first = word.split()[0]
    if t.pos == "verb" and near[-1:] and (near[-1] in ARTICLES | POSSESSIVES or near[-1].endswith(("'s", "’s"))) and \
            _ATTRIBUTIVE.fullmatch(first) and _NOUN_NEXT.match(m, t.start + len(first)):
        return False  # "the deposed Shah", "Iran's elected prime minister": a participle describing a noun
    if t.pos == "verb" and word.split()[0].endswith("ing") and near[-1:] and (near[-1] == "that" or
                                                                            near[-1] in GERUND_TOPICS):
        return False  # "said (that) negotiating with Washington is unwise", "ruled out talking": a topic, not an act
    return not (near[-1:] == ["to"] and t.etype != "threat" and not word.startswith(("threat", "speaking"))
                and not set(near[-2:-1]) & ASPECT_VERBS)


# "never recovered from the 1979 seizure": a happening named with its year is presupposed, whatever the clause
# around it denies
_NAMED_WITH_YEAR = re.compile(r"\b(?:the|its|their|[A-Za-z]+[’']s)\s+(?:1[89]|20)\d\d\s+$")


_OUTLET_SUBJECT = re.compile(r"(?:[’']s(?:\s+[A-Z][\w-]*){1,3})?\s+(?:has\s+|had\s+|have\s+)?$")


def outlets_own(doc: Document, t: Trigger, lo: int) -> bool:
    """`VOA's Persian Service spoke with residents`: the outlet's own reporting, no event (a paper's editorial and
    an agency's report stay statements)."""
    if t.etype in ("statement", "reporting"):
        return False
    subject = [r for r in doc.refs_in(max(lo, t.start - 60), t.start) if r.end <= t.start][-1:]
    return bool(subject) and is_media(subject[0].name) and bool(_OUTLET_SUBJECT.fullmatch(doc.masked, subject[0].end,
                                                                                          t.start))


def _unanswered(doc: Document, t: Trigger, sent_lo: int) -> bool:
    """`Asked on Friday whether …, Mr. Trump shrugged.`: a question put to someone is their statement only when
    the sentence goes on to report what they said."""
    m = doc.masked
    if m[t.start:t.end].lower() != "asked" or m[sent_lo:t.start].strip():
        return False
    end = doc.sentence_at(t.start).end
    comma = m.find(",", t.end, end)
    return comma > 0 and not REPORTING_CUE.search(m, comma, end)


def kind_of_thing(doc: Document, t: Trigger, lo: int) -> bool:
    """A bare plural names a kind of thing, not an event: "talks with the Americans", "his speeches"."""
    first = doc.masked[t.start:t.end].split()[0].lower()
    if first not in GENERIC_PLURALS or t.etype == "sanction":
        return False
    prev = prev_words(doc.masked, t.start, lo, 1)
    return not (prev and prev[-1] in DETERMINERS - POSSESSIVES)


_HEAD_WORDS = 14  # a section head is short; a chronology entry or key point may run on without a full stop
_HEAD_END = frozenset(".!?:;\"”’')")


def section_head(doc: Document, start: int, end: int) -> bool:
    """`II. What the 2015 deal verified`, `Regional welcome`, `Posted August 18, 2023`: a short line of its own after
    the headline, opening on a word and closing on none of a sentence's stops, heads a section and tells no event.
    A line opening on a digit, a bullet or a time stamp ("1988: …", "- Khamenei says …") is an entry, not a head."""
    ls = doc.view.rfind("\n", 0, start) + 1
    le = doc.view.find("\n", start)
    line = doc.view[ls:len(doc.view) if le < 0 else le].strip()
    return doc.paragraph_index(start) > 0 and end - start >= len(line) - 2 and bool(line) and line[0].isupper() and \
        line[-1] not in _HEAD_END and len(line.split()) <= _HEAD_WORDS


_RESTATING = re.compile(r"(?:\s+(?:of|in)\s+\d{4})?\s*,?\s*(?:that|which)\s+(?:[a-z]+ly\s+)?")
_SUBJECT_GAP = re.compile(r"\s+(?:[a-z]+ed\s+by\s+[^,;.]{1,60}?\s+)?")
_PARTICIPLE_AFTER = re.compile(r",\s+$")
_OBJECT_GAP = re.compile(r"[^,;:.]{0,40}$")
_DESCRIBING = frozenset(load("reporting")["describing_verbs"])
_THE_FOLLOWING = re.compile(r"\b[Tt]he following\b[^.;:]*\bpoints\b[^.;:]*$")
_AUDIENCE = re.compile(r"\s+(?:a|an|the)\s+(?:[a-z-]+\s+)?")
_ADDRESSING = frozenset(f for v in load("event_triggers")["roles"]["addressing_verbs"] for f in verb_forms(v))
# the object's own time: "… in May 2018", "… of 19 January 1981" (not "since 1979", a span up to now); the
# date mention may hold its preposition
_OWN_TIME = re.compile(r"(?:in|of|during)\s", re.I)
_OWN_TIME_BEFORE = re.compile(r"\b(?:in|of|during)\s+$")
_CLAUSE_BREAK = re.compile(r"[,;:.\n“”\"]")
_FOR_GROUND = re.compile(r"\bfor\s+(?:its|their|his|her)\s+(?:[a-z-]+\s+)?$")


def _own_time(doc: Document, t: Trigger) -> bool:
    """A date naming its own year in the phrase after the trigger: `the US withdrawal from the deal in May 2018`."""
    m = doc.masked
    return any(d.explicit_year and not _CLAUSE_BREAK.search(m, t.end, d.start) and
               (_OWN_TIME.match(d.text) or _OWN_TIME_BEFORE.search(m, t.end, d.start))
               for d in doc.dates_in(t.end, t.end + 60))


def absorbed(prev: list[Trigger], t: Trigger, doc: Document) -> bool:
    """`rejected direct negotiations`, `a letter … proposing talks`: the noun is the speech act's object;
    `sanctioned six tankers, accusing them of …`: a participle after a comma gives the act's reason, and
    one after a document says what the document does."""
    masked = doc.masked
    if t.etype in ("statement", "reporting", "threat") and masked[t.start:t.end].split()[0].endswith("ing") and (
            _PARTICIPLE_AFTER.search(masked, max(0, t.start - 3), t.start) and prev
            or set(prev_words(masked, t.start, max(0, t.start - 24), 1)) & DOCUMENT_NOUNS):
        return True  # "condemned the strikes, warning that …": the act before it; "passed a resolution calling on …"
    if t.etype in ("statement", "reporting") and _THE_FOLLOWING.search(masked, max(0, t.start - 80), t.start):
        return True  # "the following digest of the main points of his speech": the text's own parts
    noun = t.pos == "noun" or bool(set(prev_words(masked, t.start, max(0, t.start - 12), 1)) & DETERMINERS)
    if t.etype == "negotiation" and noun and any(
            masked[f.start:f.end] in _ADDRESSING and _AUDIENCE.fullmatch(masked, f.end, t.start) for f in prev[-2:]):
        return True  # "Khamenei told a meeting of senior officials": the speech's audience, no talks
    if _FOR_GROUND.search(masked, max(0, t.start - 40), t.start) and \
            any(f.etype in ("designation", "sanction") for f in prev[-2:]):
        return True  # "designated … for its financial support to the Qods Force": the ground of the listing
    if t.pos == "verb" and any(f.pos == "noun" and f.etype not in ("statement", "reporting", t.etype) and
                               _RESTATING.fullmatch(masked, f.end, t.start) for f in prev[-2:]):
        return True  # "the revolution that toppled the Shah": the noun's own event, told again as a coup
    if t.pos == "verb" and any(f.pos == "noun" and f.etype == t.etype and _SUBJECT_GAP.fullmatch(masked, f.end, t.start)
                               for f in prev[-2:]):
        return True  # "a coup engineered by the CIA removed the prime minister": the noun acting is its own event
    described = masked[t.start:t.end] in GENERIC_PLURALS  # "called talks with Washington “…”": a kind, the topic
    if _own_time(doc, t):
        return False  # "criticized the US withdrawal from the deal in May 2018": an event of its own
    return noun and any(  # "announced the attack": a verb's form after a determiner is a noun
        (f.etype == "statement" or described and masked[f.start:f.end] in _DESCRIBING) and f.etype != t.etype
        and 0 <= t.start - f.end <= 40 and _OBJECT_GAP.fullmatch(masked, f.end, t.start) for f in prev[-2:])
