"""Events: one row per mention, typed by trigger, dated, with actors and a cross-document key.

Triggers are read in the writer's words only (quotations are blanked). A
trigger counts as an asserted event when it is not hypothetical (`potential
talks`), not a bare generic plural (`talks with the Americans`), and the text
ties it to a date or an actor. Triggers of one type in one sentence are one
event unless they carry different dates or actors.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from ..types import slug
from .dates import DateMention
from .document import Document, Ref
from .event_lexicon import DETERMINERS, IRREALIS, NAME_EXCLUSIONS, TRIGGERS
from .known_events import known_event_key
from .lexicon import MODIFIED_NOUNS, REPORTING_FORMS, REPORTING_RE, trie_regex


@dataclass(frozen=True)
class Event:
    start: int
    end: int
    description: str
    event_type: str
    trigger: str
    trigger_start: int
    actor_source: str | None
    actor_target: str | None
    location: str | None
    date_start: date | None
    date_end: date | None
    date_precision: str | None
    date_text: str | None
    event_key: str


def _alternatives(pattern: str) -> list[str]:
    """Top-level alternatives of a regex."""
    out, cur, depth, i = [], "", 0, 0
    while i < len(pattern):
        c = pattern[i]
        if c == "\\":
            cur += pattern[i:i + 2]
            i += 2
            continue
        depth += (c == "(") - (c == ")")
        if c == "|" and depth == 0:
            out.append(cur)
            cur = ""
        else:
            cur += c
        i += 1
    return out + [cur]


def _first_words(pattern: str) -> set[str]:
    """Literal stems that every match of `pattern` starts with (one group deep)."""
    words: set[str] = set()
    for alt in _alternatives(pattern):
        if alt.startswith("(?:"):
            depth, j = 0, 0
            for j, c in enumerate(alt):
                depth += (c == "(") - (c == ")")
                if depth == 0:
                    break
            if alt[j + 1:j + 2] in ("?", "*"):
                raise ValueError(f"trigger alternative may start with an optional group: {alt[:40]!r}")
            words |= _first_words(alt[3:j])
            continue
        m = re.match(r"[A-Za-z][A-Za-z'’-]*", alt)
        stem = m.group() if m else ""
        if alt[len(stem):len(stem) + 1] in ("?", "*", "{"):
            stem = stem[:-1]  # "leaks?" starts with "leak"
        if len(stem) < 2:
            raise ValueError(f"trigger alternative needs a literal start: {alt[:40]!r}")
        words.add(stem)
    return words


@lru_cache(maxsize=1)
def _trigger_prefilter() -> re.Pattern:
    """Word starts where some trigger may begin; the full pattern runs only there."""
    stems = {w.split()[0] for w in REPORTING_FORMS}
    for etype, pattern in TRIGGERS:
        if etype != "reporting":
            stems |= _first_words(pattern)
    return re.compile(r"(?<![\w-])(?:" + trie_regex(stems) + ")")


def _triggers(masked: str, lo: int, hi: int):
    regex = _trigger_re()
    pos = lo
    for hint in _trigger_prefilter().finditer(masked, lo, hi):
        if hint.start() < pos:
            continue
        m = regex.match(masked, hint.start(), hi)
        if m:
            pos = m.end()
            yield m


@lru_cache(maxsize=1)
def _trigger_re() -> re.Pattern:
    # one guard for all: a trigger starts a word (most positions fail this single check)
    return re.compile(r"(?<![\w-])(?:" + "|".join(rf"(?P<{t}>(?:{p})(?![\w]))" for t, p in TRIGGERS) + ")")


_EXCL = re.compile(NAME_EXCLUSIONS)
_WORDS_BEFORE = re.compile(r"([A-Za-z’'-]+)")
_PLURAL_NOUNS = {"talks", "negotiations", "remarks", "speeches", "agreements", "deals", "sanctions", "threats",
                 "strikes", "attacks", "leaks", "interventions", "meetings", "messages"}
_SPEECH_NOUNS = {"speech", "remarks", "address", "sermon", "declaration", "interview", "message"}
_AGREEMENT_NOUNS = {"deal", "agreement", "accord", "treaty"}
_EVENT_NAME = re.compile(r"(?<![\w-])(?!(?:The|A|An|In|On|During|After|Before)\s)(?:[A-Z][\w’'-]*\s+){1,3}$")
_BY = re.compile(r"\bby\s+")
_AT_HANDS = re.compile(r"\bat the hands of\s+")
_CLAUSE_END = re.compile(r"[,;:]\s+(?!by\b)")
_SEMI = re.compile(r"[;:]")
# a possessive or adjacent modifier between an actor and its event: "Washington's", "U.S.", "CIA-orchestrated"
_MODIFIER_GAP = re.compile(r"(?:\s+[a-z]+)?[’']s\s+(?:[\w-]+\s+){0,2}|\s+|-[a-z]+\s+(?:[\w-]+\s+){0,1}")
_MODIFIED_NOUN_GAP = re.compile(rf"\s+(?:{'|'.join(sorted(MODIFIED_NOUNS))})[’']s\s+(?:[\w-]+\s+){{0,2}}")
_OF = re.compile(r"\s+of\s+")
_FROM = re.compile(r"[^,.;]*\bfrom\b")
_WHO = re.compile(r",?\s+who\b")
_COMMA = re.compile(r"[,;]")
_TARGET_PREP = re.compile(r"\s+(?:for|against|on|with|to|at)\s+")
_IN = re.compile(r"\bin\s+")
_WORDS_ONLY = re.compile(r"[A-Za-z ]*")
_COMMA_SOON = re.compile(r"[^,]{0,30},")
_FIRST_CAPITAL = re.compile(r"[^A-Za-z]*([A-Z])(?=[a-z])")
_NEW_SUBJECT = re.compile(r"(?:[,;]\s*(?:and|but|while|whereas)?|\band|\bwhile)\s+(?:the\s+)?$")
_CLAUSE_BREAK = re.compile(r"\bwhich\b|\bthat\s+(?:was|were|had|has)\b")
_REPORTED = re.compile(rf"\b(?:{REPORTING_RE})\s+(?:that\b|how\b|the\b)")
_OPENING_ADVERBIAL = re.compile(r"\s*(?:[A-Z][A-Z.]+[^–—]{0,40}?\s[–—-]\s)?(?:[A-Z][a-z]+ing\b|(?:In|At|During|After|Before|Following|On|Since|"
                                r"Upon|While|When|As|Amid|Despite|Through|Throughout|Over|From)\b)")
_NOT_MODIFIERS = {"and", "or", "but", "to", "in", "of", "on", "at", "by", "for", "with", "when", "which", "that",
                  "then", "he", "she", "it", "they", "was", "were", "is", "are"}
_PREMOD_GAP = re.compile(r"(?:\s+[A-Za-z’'-]+){0,2}\s+|-")
_DONE_TO = {"coup", "attack", "seizure", "sanction", "designation"}
_PASSIVE = re.compile(r"\b(?:was|were|been|be|is|are)\s+(?:\w+ly\s+)?$")
_LOCATION = re.compile(r"\bin\s+(?:the\s+)?([A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)")
_NOT_PLACES = {"January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
               "November", "December", "Washington", "The", "Iranian", "American"}


def _prev_words(masked: str, pos: int, lo: int, n: int) -> list[str]:
    return [w.lower() for w in _WORDS_BEFORE.findall(masked[max(lo, pos - 60):pos])][-n:]


def _asserted(doc: Document, etype: str, trig: str, s: int, sent_lo: int) -> bool:
    prev = _prev_words(doc.masked, s, sent_lo, 4)
    if any(w in IRREALIS for w in prev[-3:]):
        return False
    if prev[-1:] == ["to"] and etype not in ("threat",) and not trig.lower().startswith(("threat", "speaking")):
        return False  # infinitive: "willingness to negotiate"
    return True


def _generic(doc: Document, trig: str, s: int, lo: int) -> bool:
    """A bare plural names a kind of thing, not an event: "talks with the Americans", "his speeches"."""
    first = trig.split()[0].lower()
    if first not in _PLURAL_NOUNS or trig.lower().endswith(" on"):
        return False
    prev = _prev_words(doc.masked, s, lo, 1)
    return not (prev and prev[-1] in DETERMINERS - {"his", "her", "its", "their", "these"})


class _Roles:
    """Source, target and location of a trigger, read from the clause around it."""

    def __init__(self, doc: Document):
        self.doc = doc
        self.m = doc.masked

    def refs_in(self, lo: int, hi: int) -> list[Ref]:
        return [r for r in self.doc.refs_in(lo, hi) if r.end <= hi and r.name]

    def ref_at(self, pos: int, slack: int = 5) -> Ref | None:
        return next((r for r in self.doc.refs_in(pos, pos + slack + 1) if r.name), None)

    def roles(self, etype: str, ts: int, te: int, sent_lo: int, sent_hi: int):
        m = self.m
        before = self.refs_in(sent_lo, ts)
        source = target = None
        # possessive or adjacent modifier: "Washington's withdrawal", "U.S. support", "CIA-orchestrated coup"
        for r in reversed(before):
            gap = m[r.end:ts]
            if _MODIFIER_GAP.fullmatch(gap) or _MODIFIED_NOUN_GAP.fullmatch(gap):
                source = r.name
                break
        after = m[te:sent_hi]
        # dates are blanked so their commas ("on July 14, 2015, by Iran") do not end the clause
        plain = after[:120]
        for d in self.doc.dates_in(te, te + 120):
            a, b = d.start - te, min(d.end - te, len(plain))
            plain = plain[:a] + " " * (b - a) + plain[b:]
        # "organized by the British" within the clause; "at the hands of X" may follow an apposition
        by = _BY.search(_CLAUSE_END.split(plain, maxsplit=1)[0]) or \
            _AT_HANDS.search(after, 0, 200)
        if by:
            r = self.ref_at(te + by.end())
            if r is not None:
                source = source or r.name
        of = _OF.match(after)
        if of:
            r = self.ref_at(te + of.end(), slack=40 if etype in ("attack",) else 5)
            if r is not None:
                if etype == "withdrawal" and _FROM.match(m, r.end, sent_hi):
                    source = source or r.name
                elif etype in ("attack", "seizure", "coup", "sanction", "designation"):
                    target = r.name
        passive = _PASSIVE.search(m[max(sent_lo, ts - 30):ts]) is not None
        if etype == "designation" and source is not None:
            source, target = None, source  # "Iran's inclusion in": Iran is the one listed
        subj = next((r for r in before if r.salient), None)
        for r in before:  # "Mossadegh, who … sought support": the relative clause has its own subject
            if _WHO.match(m, r.end, r.end + 8) and not _COMMA.search(m, r.end + 6, ts):
                subj = r
        if subj is None and "," not in m[sent_lo:ts] and _OPENING_ADVERBIAL.match(m, sent_lo):
            # "Speaking to students, Khamenei …": an opening adverbial's subject is the main clause's
            comma = m.find(",", te, sent_hi)
            if comma != -1:
                subj = next((r for r in self.refs_in(comma, sent_hi) if r.salient), None)
                if subj is not None and source is None and not passive:
                    source = subj.name
                subj = None
        if subj is not None and (_CLAUSE_BREAK.search(m[subj.end:ts]) or _REPORTED.search(m[subj.end:ts])):
            subj = None  # "X wrote that the coup…", "the deal, which was signed…": X did not act
        if subj is not None and subj.end <= ts and not _SEMI.search(m, subj.end, ts):
            if passive:
                if etype in _DONE_TO:
                    target = target or subj.name
            elif source is None and etype not in ("war",):
                source = subj.name
        if target is None:
            tgt = _TARGET_PREP.match(after)
            if tgt:
                r = self.ref_at(te + tgt.end())
                if r is not None:
                    target = r.name
        if source is None and etype == "legislation":
            inn = _IN.search(after, 0, 60)
            r = self.ref_at(te + inn.end()) if inn else None
            if r is not None:
                source = r.name
        if target == source:
            target = None
        loc = None
        lm = _LOCATION.search(m, te, min(sent_hi, te + 80))
        if lm and lm.group(1) not in _NOT_PLACES:
            loc = lm.group(1)
        return source, target, loc


def _premodifier(masked: str, trig_start: int, dates: list[DateMention]) -> DateMention | None:
    """`the 2015 nuclear deal`, `the 1979-1981 seizure`: a date right before the trigger's noun phrase."""
    for d in dates:
        gap = masked[d.end:trig_start]
        if d.end <= trig_start and _PREMOD_GAP.fullmatch(gap) and not set(gap.lower().split()) & _NOT_MODIFIERS:
            return d
    return None


def _own_dates(masked: str, found: list[tuple[str, int, int]], dates: list[DateMention]) -> dict[int, DateMention]:
    """Which date each trigger owns: a premodifying date binds to its noun; any other date to the
    nearest trigger before it (`withdrew … in May 2018`), else the nearest after it (`in 2015, when Iran signed`)."""
    own: dict[int, DateMention] = {}
    taken = set()
    for _, s, _ in found:
        d = _premodifier(masked, s, dates)
        if d is not None:
            own[s] = d
            taken.add(id(d))
    free = [f for f in found if f[1] not in own]
    for d in dates:
        if id(d) in taken or not free:
            continue
        before = [f for f in free if f[2] <= d.start]
        after = [f for f in free if f[1] >= d.end]
        pick = max(before, key=lambda f: f[2]) if before else min(after, key=lambda f: f[1]) if after else None
        if pick is not None:
            prev = own.get(pick[1])
            if prev is None or abs(d.start - pick[2]) < abs(prev.start - pick[2]):
                own[pick[1]] = d
    return own


def _sentence_initial(d: DateMention, sent_lo: int, masked: str) -> bool:
    head = masked[sent_lo:d.start]
    return len(head) < 25 and _WORDS_ONLY.fullmatch(head) is not None and \
        _COMMA_SOON.match(masked, d.end, d.end + 32) is not None


def _sentence_case_folded(doc: Document) -> str:
    """The masked text with a sentence's first letter lowercased (same length) where that makes a
    trigger, so that "Talks resumed" and "Sanctions were imposed" meet the lowercase triggers."""
    m, prefilter = doc.masked, _trigger_prefilter()
    parts, pos = [], 0
    for sent in doc.sentences:
        first = _FIRST_CAPITAL.match(m, sent.start, sent.end)
        if first is None:
            continue
        i = first.start(1)
        if prefilter.match(m[i].lower() + m[i + 1:i + 16]):
            parts += [m[pos:i], m[i].lower()]
            pos = i + 1
    return "".join(parts) + m[pos:] if parts else m


def _triggers_by_sentence(doc: Document) -> dict[int, list[re.Match]]:
    """Every trigger outside names like "Leader of the Islamic Revolution", by sentence index."""
    excluded = [(x.start(), x.end()) for x in _EXCL.finditer(doc.masked)]
    folded = _sentence_case_folded(doc)
    out: dict[int, list[re.Match]] = {}
    for para in doc.paragraphs:  # a trigger never spans paragraphs
        for t in _triggers(folded, para.start, para.end):
            if not any(a <= t.start() < b for a, b in excluded):
                out.setdefault(doc.sentence_index(t.start()), []).append(t)
    return out


def extract_events(doc: Document) -> list[Event]:
    roles = _Roles(doc)
    out: list[Event] = []
    for si, matches in sorted(_triggers_by_sentence(doc).items()):
        sent = doc.sentences[si]
        lo, hi = sent.start, sent.end
        dates = [d for d in doc.dates_in(lo, hi) if doc.masked[d.start] == doc.view[d.start]]
        found: list[tuple[str, int, int]] = []
        generic: set[int] = set()  # bare plurals: events only when the text dates them ("talks on Saturday")
        for t in matches:
            if t.end() > hi:
                continue  # runs past its sentence
            etype = t.lastgroup
            if etype == "reporting" and not dates:
                continue  # a reporting verb is an event only with a date of its own
            s, e = t.span()
            if not _asserted(doc, etype, t.group(), s, lo):
                continue
            if etype != "sanction" and _generic(doc, t.group(), s, lo):
                generic.add(s)
            if doc.masked[s].isupper():  # a named event keeps its name: "the Iran-Iraq War", "Islamic Revolution"
                name = _EVENT_NAME.search(doc.masked, max(lo, s - 40), s)
                s = name.start() if name else s
            found.append((etype, s, e))
        if not found:
            continue
        own = _own_dates(doc.masked, found, dates)
        initial = next((d for d in dates if _sentence_initial(d, lo, doc.masked)), None)
        rows: dict[tuple, Event] = {}
        last_end: dict[tuple, int] = {}
        for etype, s, e in found:
            d = own.get(s)
            if s in generic and (d is None or d.date_start is None):
                continue
            # roles are read up to the next event of another type ("ousted in a coup organized by" is one)
            clause_end = min((f[1] for f in found if f[1] > s and f[0] != etype), default=hi)
            if etype == "reporting":
                if d is None and initial is None:
                    continue
                etype = "statement"
            trig = doc.text[s:e]
            if etype == "agreement" and trig.lower() in _AGREEMENT_NOUNS and not _premodifier(doc.masked, s, dates):
                continue  # a bare "the agreement" refers back to one; "the 2015 deal" names one
            if d is None:
                d = initial or (min(dates, key=lambda x: min(abs(x.start - e), abs(s - x.end))) if dates else None)
            source, target, loc = roles.roles(etype, s, e, lo, clause_end)
            if d is None and source is None and target is None:
                continue  # neither dated nor tied to an actor
            if etype == "statement" and trig.lower() in _SPEECH_NOUNS and source is None:
                continue
            key = (etype, d.date_start if d else None)
            if key in rows:
                # "ousted in a coup" is one event; "Israel struck …, and the United States bombed …" two:
                # a new event of the same type has an actor of its own between the triggers
                if not any(r.salient and r.name and _NEW_SUBJECT.search(doc.masked, max(lo, r.start - 12), r.start)
                           for r in doc.refs_in(last_end[key], s)):
                    continue
                key = (*key, s)
            last_end[key[:2]] = e
            year = d.date_start.year if d and d.date_start else None
            actors = {a for a in (source, target) if a}
            ek = known_event_key(etype, year, actors, doc.text[lo:hi]) or _default_key(
                doc.doc_id, etype, d, source or target, s)
            rows[key] = Event(lo, hi, doc.text[lo:hi], etype, trig, s, source, target, loc,
                              d.date_start if d else None, d.date_end if d else None,
                              d.precision if d else None, d.text if d else None, ek)
        out.extend(sorted(rows.values(), key=lambda ev: ev.trigger_start))
    return out


def _default_key(doc_id: str, etype: str, d: DateMention | None, actor: str | None, pos: int) -> str:
    when = d.date_start.isoformat() if d and d.date_start and d.precision == "day" else \
        str(d.date_start.year) if d and d.date_start else None
    if when and actor:
        return f"{etype}-{when}-{slug(actor)}"
    return f"{etype}-{when or 'undated'}-{slug(actor) if actor else 'unknown'}-{doc_id}-{pos}"
