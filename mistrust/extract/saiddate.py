"""When quoted words were said: the date of the attribution clause, else one the text gives the same remarks.

Tried in order: a date in the reporting clause (said_clause.py); a lead-in sentence naming the speaker
with a date (`On Monday night the president went further.`), which may open a new occasion; the quote these
words continue (not across a past-perfect `he had told`); a following sentence dating the remarks (`Both posts appeared on Friday.`); the speaker's latest dated
statement; a chronology entry's date. Every look is bounded in characters.
"""
from __future__ import annotations

import bisect
import re
from datetime import date
from functools import lru_cache
from itertools import chain

from .actors import actor_type
from .attribution import CUE, WINDOW, Attribution, Attributor
from .captions import Captions, present_cues
from .dates import CITATION, DateMention
from .document import Document
from .lede import DATELINE, lede_day
from .lexicon import PREPOSITIONS, REMARKS_RE, load, trie_regex, verb_forms
from .said_clause import (FIRST_WORD, NOT_SAID, THAT, Said, clause_date, clause_patterns, counted_back, names_a_thing,
                          patterns, reported, said_of, speaking)

__all__ = ["NOT_SAID", "Said", "SaidDates"]

_BOUND = re.compile(r"\b(?:by|until|till|since)\s+$")  # "viewed 3 million times by Monday": not when posted
_PLUPERFECT = re.compile(r"\bhad\s+(?:[a-z]+ly\s+)?$")  # "he had told", "she had already said"
_PERFECT = re.compile(r"\b(?:has|have)\s+(?:[a-z]+ly\s+)?$")  # "has called", "has repeatedly said"
_PERFECT_REACH = 7  # days before publication a present perfect's time may end ("this week", "overnight")
_OTHER_ACT = re.compile(r"\b(?:after|before|following|since|until|when|while)\b")
_NAMING = re.compile(rf"\b(?:what|which)\s+(?:[\w’'-]+\s+){{1,3}}?(?:{trie_regex(load('event_triggers')['naming_verbs'])})\b")
_SPACES = re.compile(r"\s*")
_LEAD_IN_REACH = 2  # sentences looked back for a lead-in naming the speaker and the day
_OCCASION_REACH = 4000  # characters looked back for the occasion that "the meeting" names


def _forms(key: str) -> str:
    return trie_regex(sorted({f for v in load("reporting")[key] for f in verb_forms(v)}))


@lru_cache(maxsize=1)
def _gathering() -> re.Pattern:
    """A dated gathering the subject hosts, or the delivery of the words themselves ("made the remarks")."""
    return re.compile(rf"\b(?:{_forms('gathering_verbs')}|(?:{_forms('delivery_verbs')})\s+(?:the|these|those|"
                      rf"his|her|their|a|an)\s+(?:[\w-]+\s+)?(?:{REMARKS_RE}))\b")


@lru_cache(maxsize=1)
def _work_published() -> re.Pattern:
    lex = load("reporting")
    works, published = trie_regex(lex["work_nouns"]), trie_regex(lex["publication_verbs"])
    return re.compile(rf"[’']s\s+(?:[a-z-]+\s+){{0,2}}?(?:{works}),?\s+(?:{published})\s+(?:in\s+|on\s+)?$")


@lru_cache(maxsize=1)
def _publication_day() -> re.Pattern:
    return re.compile(rf"\b(?i:{trie_regex(load('reporting')['publication_day_words'])})\b")


_PARTICIPLE_CUE = re.compile(r",\s\w+ing\b")


def _past_for_perfect(doc: Document, cue: int, end: date | None) -> bool:
    """`has called`, `has repeated`: a present perfect takes only a time reaching the present ("overnight", "this
    week"), so an older date in its sentence is some other clause's."""
    return end is not None and doc.published is not None and (doc.published - end).days > _PERFECT_REACH and \
        _PERFECT.search(doc.masked, max(0, cue - 20), cue) is not None


class SpeechMemory:
    """Every dated reporting clause with a person as subject (`Baghaei said on Monday that …`), in order."""

    def __init__(self, doc: Document, att: Attributor):
        self.events: dict[str, list[tuple[int, Said]]] = {}
        seen: set[int] = set()
        for d in doc.dates:  # only clauses holding a date matter: look for cues around each date
            if d.date_start is None:
                continue
            sent = doc.sentence_at(d.start)
            lo, hi = max(sent.start, d.start - WINDOW), min(sent.end, d.end + WINDOW)
            for c in chain(CUE.finditer(doc.masked, lo, hi), _gathering().finditer(doc.masked, lo, hi)):
                if c.start() not in seen:
                    seen.add(c.start())
                    self._remember(doc, att, c.start(), sent)
            self._remember_work(doc, d)
        for ev in self.events.values():
            ev.sort()
        self.every = sorted((e for ev in self.events.values() for e in ev), key=lambda e: e[0])  # "the same session"

    def _remember_work(self, doc: Document, d: DateMention) -> None:
        """`Roya Ahmadi’s new book, published in March`: the author's words in it date from then."""
        work = _work_published().search(doc.masked, max(0, d.start - 100), d.start)
        if work is None:
            return
        owner = [r for r in doc.refs_in(max(0, work.start() - 80), work.start()) if r.end == work.start()]
        if owner and owner[-1].name:
            self.events.setdefault(owner[-1].name, []).append((d.start, said_of(d)))

    def _remember(self, doc: Document, att: Attributor, cue: int, sent) -> None:
        r = att.subject_before(cue, sent.start)
        if r is None and _PARTICIPLE_CUE.match(doc.masked, max(sent.start, cue - 2)):
            r = att.first_salient(sent.start, cue)  # "Khamenei on Friday rejected talks, telling commanders …"
        if r is None or not r.name or actor_type(r.name) != "person":
            return
        d = clause_date(doc, cue, sent.start, sent.end, r.name)
        if d is not None and not _past_for_perfect(doc, cue, d.date_end):
            self.events.setdefault(r.name, []).append((cue, said_of(d)))

    def latest_any(self, pos: int, floor: int) -> Said:
        """Anyone's latest dated remarks before pos, not before floor."""
        i = bisect.bisect_left(self.every, (pos,))
        return self.every[i - 1][1] if i and self.every[i - 1][0] >= floor else NOT_SAID

    def latest(self, speaker: str, pos: int, floor: int = 0) -> Said:
        """The speaker's latest dated clause before pos, not before floor (a live-blog entry's start)."""
        ev = self.events.get(speaker, [])
        i = bisect.bisect_left(ev, (pos,))
        return ev[i - 1][1] if i and ev[i - 1][0] >= floor else NOT_SAID


@lru_cache(maxsize=1)
def _the_occasion() -> re.Pattern:
    """`At the start of the meeting, a student read …`: words placed at an occasion told before."""
    lex = load("reporting")
    nouns = trie_regex(lex["occasion_nouns"] + lex["remark_nouns"])
    return re.compile(rf"\b(?i:at|during|in|after|told|addressed)\s+(?:the\s+(?:start|end|opening|close|beginning)\s+of\s+)?"
                      rf"the\s+(?P<same>same\s+)?(?P<noun>{nouns})\b")


class SaidDates:
    def __init__(self, doc: Document, att: Attributor):
        self.doc = doc
        self.memory = SpeechMemory(doc, att)
        self.lede = said_of(lede_day(doc))
        self.captions = Captions(doc, lambda d: not names_a_thing(doc.masked, d))

    def own(self, a: Attribution, si: int, lo: int, hi: int) -> Said:
        """The date of the quote's own reporting clause, read in [lo, hi): its sentence, bounded."""
        if a.anchor is None or a.sentence != si or _NAMING.search(self.doc.masked, max(0, a.anchor - 24), a.anchor + 10):
            return NOT_SAID  # "imposed what he called …": named when reporting, not on the clause's date
        if not lo <= a.anchor < hi:  # "“…,” the statement said": the sentence naming the statement (or signing) dates it
            named = self.doc.sentences[self.doc.sentence_index(a.anchor)]
            lo, hi = named.start, named.end
        said = counted_back(self.doc, a.anchor, lo, a.speaker)
        said = said if said.start is not None else said_of(clause_date(self.doc, a.anchor, lo, hi, a.speaker))
        if said.start is not None and _past_for_perfect(self.doc, a.anchor, said.end):
            return NOT_SAID  # "In June 2022 …, a decision he has called …": said over time, not that June
        return said if said.start is not None else self.publication_day(a.anchor, lo)

    def publication_day(self, anchor: int, lo: int) -> Said:
        """`In a statement this morning, the spokesman said`: the day of publication, which no date names."""
        m, pub = self.doc.masked, self.doc.published
        said = _publication_day().search(m, max(lo, anchor - WINDOW), anchor) if pub else None
        return Said(pub, pub, "day") if said and not THAT.search(m, said.end(), anchor) else NOT_SAID

    def earlier_occasion(self, a: Attribution) -> bool:
        """`he had told Fox`: a past-perfect cue reports words from before the story's remarks, so the
        date of those remarks is not theirs."""
        return a.anchor is not None and a.cue is not None and \
            _PLUPERFECT.search(self.doc.masked, max(0, a.anchor - 16), a.anchor) is not None

    def lead_in(self, speaker: str, si: int) -> Said:
        """A sentence shortly before, in the same paragraph, naming only this person and giving a date;
        a sentence with no date in between that names no one else (`Questions have been shortened.`, `He is 66,
        silver-haired.`) is passed over."""
        doc, sent = self.doc, self.doc.sentences[si]
        para = doc.paragraph_index(sent.start)
        opens = sent.start == doc.paragraphs[para].start and doc.view[sent.start] in "“\"‘"
        for prev in reversed(doc.sentences[max(0, si - _LEAD_IN_REACH):si]):
            if doc.paragraph_index(prev.start) != para:
                # a paragraph opening with the quote may follow a scene naming no one: "At a bakery on
                # Sunday morning, the talk was of Muscat." / "“…,” said X."
                return self._scene(prev) if opens and prev is doc.sentences[si - 1] else NOT_SAID
            lo = max(prev.start, prev.end - WINDOW)
            people = {r.name for r in doc.refs_in(lo, prev.end) if r.name and actor_type(r.name) == "person"}
            dates = [d for d in doc.dates_in(lo, prev.end) if d.date_start and doc.masked[d.start] == doc.view[d.start]
                     and not names_a_thing(doc.masked, d) and not self._complement(prev, d)
                     and not self._aside(prev, d) and not patterns()[3].match(doc.masked, prev.start, d.start)
                     and not self._tagged(prev, d)]
            if dates:  # one date, or the one opening a scene ("On a grey morning last month, in his office, X …"), or
                mine = people == {speaker} and (len(dates) == 1 or self._opening(prev, dates[0]))
                # a sentence naming no one opening the time the next tells in ("In November 1986, a magazine …"),
                # unless the words are in the present tense ("Dehghan-Whitfield argues that …")
                framing = not people and self._opening(prev, dates[0]) and not any(
                    c.group() in present_cues() for c in CUE.finditer(doc.masked, sent.start, sent.end))
                return said_of(dates[0]) if mine or framing else NOT_SAID
            if people - {speaker}:
                return NOT_SAID  # someone else's sentence; the speaker's own undated ones continue the scene
        return NOT_SAID

    def _opening(self, sent, d: DateMention) -> bool:
        """The date sits in the adverbial opening the sentence, before its first comma."""
        m = self.doc.masked
        first = FIRST_WORD.match(m, sent.start, sent.start + 40)
        return first is not None and first.group(1).lower() in PREPOSITIONS and d.start - sent.start <= 40 and \
            "," not in m[sent.start:d.start]

    def _scene(self, sent) -> Said:
        """A sentence setting a scene (`At a bakery on Sunday morning, …`: it opens on where, after any dateline)
        and naming no one dates the quotes gathered there; a sentence telling an event does not."""
        doc = self.doc
        head = DATELINE.match(doc.masked, sent.start, min(sent.end, sent.start + 80))
        at = head.end() if head else sent.start
        first = FIRST_WORD.match(doc.masked, at, at + 40)
        if first is None or first.group(1).lower() not in PREPOSITIONS or sent.end - sent.start > WINDOW or \
                any(r.name and actor_type(r.name) == "person" for r in doc.refs_in(sent.start, sent.end)):
            return NOT_SAID
        dates = [d for d in doc.dates_in(sent.start, min(sent.end, sent.start + WINDOW)) if d.date_start]
        if len(dates) != 1 or doc.masked[sent.start:sent.end] != doc.view[sent.start:sent.end] or \
                not doc.masked[first.end():dates[0].start].strip():
            return NOT_SAID  # "On 21 November, the Board adopted …" tells when something happened: no scene
        return said_of(dates[0])

    def _aside(self, sent, d: DateMention) -> bool:
        """`Khamenei, who rejected talks in February, reminded …`: a date in a relative clause is another act."""
        m = self.doc.masked
        return patterns()[2].search(m, max(sent.start, d.start - 100), d.start) is not None and \
            not speaking(m, d, sent.start)

    def _tagged(self, sent, d: DateMention) -> bool:
        """`The ministry has fined three firms since January, she said.`: a date before the tag is what was said."""
        c = CUE.search(self.doc.masked, d.end, sent.end)
        return c is not None and reported(self.doc.masked, d, c.start(), sent.start)

    def _complement(self, sent, d: DateMention) -> bool:
        """`X testified that … from 2018`, `X said the move by students on 4 November 1979 …`: a date in the
        reported clause is what was said, not when."""
        m = self.doc.masked
        c = CUE.search(m, max(sent.start, d.start - WINDOW), d.start)  # also "said the move … on 4 November 1979"
        return c is not None and (THAT.search(m, c.end(), d.start) is not None or
                                  clause_patterns()[2].match(m, c.start(), d.start) is not None)

    def named_occasion(self, si: int) -> Said:
        """`At the start of the meeting, a student read …`: the date of the sentence that told that occasion
        (`… made the remarks on Wednesday in a meeting with students`), looked for a bounded way back."""
        doc, sent = self.doc, self.doc.sentences[si]
        the = _the_occasion().search(doc.masked, sent.start, min(sent.end, sent.start + WINDOW))
        if the is None:
            return NOT_SAID
        told = re.compile(rf"\b{re.escape(the['noun'])}\b").search
        for prev in reversed(doc.sentences[doc.sentence_index(max(0, sent.start - _OCCASION_REACH)):si]):
            hit = told(doc.masked, prev.start, prev.end)
            if hit is None:
                continue
            dates = [d for d in doc.dates_in(prev.start, prev.end) if d.date_start and
                     doc.masked[d.start] == doc.view[d.start] and not names_a_thing(doc.masked, d)]
            near = min(dates, key=lambda d: abs(d.start - hit.start()), default=None)
            return said_of(near)
        # "told the same session": the occasion of the remarks told just before, whatever noun named it
        return self.memory.latest_any(sent.start, sent.start - _OCCASION_REACH) if the["same"] else NOT_SAID

    def remarks_dated_after(self, close: int) -> Said:
        """`“…,” one post reads. … Both posts appeared on Friday.`: the next sentence dates the remarks."""
        doc = self.doc
        i = doc.sentence_index(close) + 1
        entry = doc.entry_start(close)
        for s in doc.sentences[i:i + 3]:
            if doc.entry_start(s.start) != entry:
                return NOT_SAID  # a new live-blog entry reports other remarks
            if doc.masked[s.start:s.end] != doc.view[s.start:s.end]:
                continue  # another quotation of the same remarks
            if not patterns()[1].match(doc.masked, s.start, min(s.end, s.start + 60)):
                return NOT_SAID
            # "His comments came after Witkoff said Monday …": a date past "after" is the other act's
            dates = [d for d in doc.dates_in(s.start, min(s.end, s.start + WINDOW))
                     if d.date_start and not _BOUND.search(doc.masked, max(0, d.start - 8), d.start)
                     and not _OTHER_ACT.search(doc.masked, s.start, d.start)]
            return said_of(dates[0]) if dates else NOT_SAID
        return NOT_SAID

    def chronology_entry(self, pos: int) -> Said:
        return said_of(self.doc.entry_date(pos))

    def live_entry(self, pos: int) -> Said:
        """A live-blog entry reports the day it is posted: the publication date, unless the text says otherwise."""
        doc = self.doc
        if doc.published is None or not doc.entries or doc.entry_start(pos) == 0:
            return NOT_SAID
        return Said(doc.published, doc.published, "day")

    def cited(self, close: int) -> Said:
        """Words a citation follows were written in the cited work's year."""
        c = CITATION.match(self.doc.masked, _SPACES.match(self.doc.masked, close + 1, close + 4).end())
        return Said(date(int(c["y"]), 1, 1), date(int(c["y"]), 12, 31), "year") if c else NOT_SAID

    def inherited(self, speaker: str | None, si: int, close: int, previous: Said) -> Said:
        """No date in the clause: a lead-in (`In 2019, he had taken a harder line.` starts a new occasion), the
        remarks continued, a follow-up, the speaker's latest, an entry."""
        sent = self.doc.sentences[si]
        scene = said_of(self.captions.scene(sent.start, sent.end, close))
        cited = self.cited(close)
        if speaker is None:
            said = next((s for s in (cited, scene, previous, self.chronology_entry(close)) if s.start is not None),
                        NOT_SAID)
            return said if said.start is not None else self.live_entry(close)
        for said in (cited, scene, self.lead_in(speaker, si), self.named_occasion(si), previous, self.remarks_dated_after(close),
                     self.memory.latest(speaker, close, self.doc.entry_start(close)),
                     self.chronology_entry(close), self.live_entry(close), self.lede):
            if said.start is not None:
                return said
        return NOT_SAID
