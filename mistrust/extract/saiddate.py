"""When quoted words were said: the date of the attribution clause, else one the text gives the same remarks.

Tried in order: a date in the reporting clause (`said on Monday`, `in a speech on Wednesday`, `X, who spoke
on Sunday, was blunt`, `in his 2017 memoir`; never one inside a quotation, the reported clause, a relative or
participial clause about another act, or another person's clause); a lead-in sentence naming the speaker
with a date (`On Monday night the president went further.`), which may open a new occasion; the quote these
words continue (not across a past-perfect `he had told`); a following sentence dating the remarks (`Both posts appeared on Friday.`); the speaker's latest dated
statement; a chronology entry's date. Every look is bounded in characters.
"""
from __future__ import annotations

import bisect
import calendar
import re
from dataclasses import replace
from datetime import timedelta
from functools import lru_cache
from itertools import chain
from typing import NamedTuple

from .actors import actor_type
from .attribution import CUE, WINDOW, Attribution, Attributor
from .captions import Captions, present_cues
from .date_words import TIME_NOUNS
from .dates import DateMention
from .document import Document
from .lede import DATELINE, lede_day
from .lexicon import PREPOSITIONS, REPORTING_RE, SUBJECT_PRONOUNS, load, trie_regex, verb_forms


class Said(NamedTuple):
    start: object = None  # date | None
    end: object = None
    precision: str | None = None


NOT_SAID = Said()
_MODIFIER = re.compile(r"\b(?:the|a|an|its|their|his|her)\s+$|[’']s\s+$")
_COARSE = ("year", "decade", "century")
_OF_NOUN = re.compile(r"\b(?:the|a|an|its|their|his|her)\s+(?:[\w-]+\s+){0,2}?(?P<noun>[a-z]+)\s+of\s+$")
_POSSESSIVE = re.compile(r"[’']s?\s")  # "next week's meeting", "Monday's vote": a date naming a thing
_WHEN = re.compile(r",\s+when\b")  # "his remarks on May 20, when he called …": the clause restates the time
_SAME_OCCASION = re.compile(r",\s+(?:where|when)\s+(?:he|she|they|we|I)\s+(?:[a-z]+ly\s+)?$")
# "testified that … in 2018", "said the agency had reported last week": a date in the reported clause
_THAT = re.compile(r"\bthat\b|\s(?:had|has|have|was|were|is|are|would|will|could|should|might)\s")
# a reporting verb's `that` before the date, with no new clause in between (`“…,” and` closes one too)
_EARLIER_THAT = re.compile(rf"\b(?:{REPORTING_RE})\b[^.;]*?\bthat\b(?![^.;]*(?:[,”\"]\s+(?:and|but)\b|;))[^.;]*$")
_APPOSITION = re.compile(r"(?:\s+(?:of|for|to)\s+[^,;]{1,40})?\s*[,—–]\s*")  # "the Leader of the Revolution, "
_PLUPERFECT = re.compile(r"\bhad\s+(?:[a-z]+ly\s+)?$")  # "he had told", "she had already said"
# a relative or subordinate clause set off by commas (or closing on a quote): "On Sunday, Pezeshkian, who took
# office in July, said", "In May, after Khamenei said negotiating was “poison,” Kessler told"
_ASIDE = re.compile(r",\s+(?:(?:who|which|whose)\b[^,;:—–]{1,80},|(?:after|before|when|while|once|until|following|"
                    r"although|though|because)\b[^,;:—–]{1,160}?(?:,|[”\"](?=\s)))")
_BOUND = re.compile(r"\b(?:by|until|till|since)\s+$")  # "viewed 3 million times by Monday": not when posted
_AT_SESSION = re.compile(r"\b(?:in|at|during)\s+$")  # "said in Sunday's session": the time of the speaking
# "… since February, she said.": a tag after the reported words; a date before it is theirs
_TAG = re.compile(r",\s+(?:[\w’'.-]+\s+){1,4}(?:has\s+|had\s+)?$")
_PRONOUN_TAG = re.compile(r"[^,;:.“”\"]{1,120},\s+(?:" + "|".join(SUBJECT_PRONOUNS) + r")\s+")
_TAG_END = re.compile(r"\w*\s*(?:[.,;]|$)")
_LEAD_IN_REACH = 2  # sentences looked back for a lead-in naming the speaker and the day
_FIRST_WORD = re.compile(r"\s*([A-Za-z]+)\b")
_OPENING = re.compile(r"[A-Za-z ]{0,24}$")  # "On Monday, …", "Late last month, …": an opening adverbial


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern, re.Pattern, re.Pattern, re.Pattern]:
    lex = load("reporting")
    openers = trie_regex(lex["foreign_clause_openers"])
    foreign = re.compile(rf"[,;”\"—–]\s+(?:{openers})\b|;")
    # the date sits in a comma-set clause opened by one of them: "X, who rejected talks in February, said"
    inside = re.compile(rf"[,;—–]\s+(?:{openers})\b[^,;—–]*$")
    remarks = trie_regex(lex["remark_nouns"])
    remark_subject = re.compile(rf"\s*(?:(?:[A-Z]\w*|the|his|her|their|both)\s+){{0,2}}(?:{remarks})\b")
    # "Asked about the sanctions announced on Thursday, the spokesman said": the date is the topic's
    topic = re.compile(rf"\s*(?:{trie_regex(lex['topic_openers'])})\b[^;—–]*$")
    return foreign, remark_subject, inside, topic


@lru_cache(maxsize=1)
def _clause_patterns() -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    lex = load("reporting")
    speaking = trie_regex(lex["speaking_verbs"])
    # "X, who spoke on Sunday, was blunt": the clause is about the speaking, so its date is the said-date
    # and "X, in a meeting with officials last month, had advised": an aside naming the occasion of the words
    occasions = trie_regex(lex["occasion_nouns"] + lex["remark_nouns"])
    speaking_clause = re.compile(rf"[,—–]\s+(?:who\s+(?:[a-z]+ly\s+)?(?:{speaking})\b|(?:in|at|during)\s+"
                                 rf"(?:a|an|the|his|her|their|its)\s+(?:[\w-]+\s+){{0,2}}(?:{occasions})\b)[^,;—–]*$")
    works = trie_regex(lex["remark_nouns"] + lex["work_nouns"])
    work_after = re.compile(rf"\s+(?:{works})\b")  # "his 2017 memoir": the year of the work, not a thing
    complement = trie_regex(lex["complement_verbs"])
    # "said the strike on Friday was justified": a bare object after the verb opens the reported clause
    describing = trie_regex(lex["describing_verbs"])
    object_gap = re.compile(rf"(?:(?:{complement})\s+(?:the|its|his|her|their|these|those)\s[^,;:]*"
                            rf"|(?:{describing})\s+(?:the|its|his|her|their|these|those)\s[^,;:\"“”]*)$")
    return speaking_clause, work_after, object_gap


@lru_cache(maxsize=1)
def _gathering() -> re.Pattern:
    return re.compile(rf"\b(?:{trie_regex(sorted({f for v in load('reporting')['gathering_verbs'] for f in verb_forms(v)}))})\b")


@lru_cache(maxsize=1)
def _work_published() -> re.Pattern:
    lex = load("reporting")
    works, published = trie_regex(lex["work_nouns"]), trie_regex(lex["publication_verbs"])
    return re.compile(rf"[’']s\s+(?:[a-z-]+\s+){{0,2}}?(?:{works}),?\s+(?:{published})\s+(?:in\s+|on\s+)?$")


@lru_cache(maxsize=1)
def _publication_day() -> re.Pattern:
    return re.compile(rf"\b(?i:{trie_regex(load('reporting')['publication_day_words'])})\b")


def _said(d: DateMention | None) -> Said:
    return Said(d.date_start, d.date_end, d.precision) if d is not None else NOT_SAID


def clause_date(doc: Document, anchor: int, lo: int, hi: int, speaker: str | None) -> DateMention | None:
    """The resolved date nearest the reporting clause at anchor, within [lo, hi), in the same clause."""
    best = None
    for d in doc.dates_in(max(lo, anchor - WINDOW), min(hi, anchor + WINDOW)):
        if d.date_start is None or doc.masked[d.start] != doc.view[d.start] or _names_a_thing(doc.masked, d) \
                or doc.dateline and doc.dateline[0] <= d.start < doc.dateline[1]:
            continue  # unresolved, inside a quotation, naming a thing ("the 1953 coup"), the filing's day
        if _reported(doc.masked, d, anchor, lo) or _foreign(doc, d, anchor, lo, speaker):
            continue
        day = best and (_weekday_of(d, best) or _weekday_of(best, d))
        if day:
            return day
        if best is None or abs(d.start - anchor) < abs(best.start - anchor):
            best = d
    return best


def _weekday_of(week: DateMention, day: DateMention) -> DateMention | None:
    """`last week, telling reporters on Monday`: the Monday of that week, not the whole week, nor the Monday
    a bare weekday would mean."""
    if (week.date_end - week.date_start).days != 6 or day.precision != "day" or day.date_start != day.date_end:
        return None
    name = next((i for i, n in enumerate(calendar.day_name) if n in day.text), None)
    if name is None:
        return None
    on = week.date_start + timedelta(days=(name - week.date_start.weekday()) % 7)
    return replace(day, date_start=on, date_end=on)


def _names_a_thing(m: str, d: DateMention) -> bool:
    """`the 1953 coup`, `Monday's vote`, `the coup of 28 Mordad`; but `his 2017 memoir`, `in Sunday's session`
    and `on the night of January 18` date the words."""
    if d.precision in _COARSE and _MODIFIER.search(m, max(0, d.start - 6), d.start):
        return not _clause_patterns()[1].match(m, d.end)
    of = _OF_NOUN.search(m, max(0, d.start - 40), d.start)
    if of is not None and of["noun"] not in TIME_NOUNS:
        return True
    return _POSSESSIVE.match(m, d.end) is not None and not _AT_SESSION.search(m, max(0, d.start - 8), d.start)


def _foreign(doc: Document, d: DateMention, anchor: int, lo: int, speaker: str | None) -> bool:
    """The date belongs to another clause: "X, who rejected talks in February, said", "…, and in May 2018
    Trump announced"; but "…, and late last month he warned" and "X, who spoke on Sunday," date the cue's own."""
    inside = _patterns()[2]
    a, b = sorted((anchor, d.start))
    if a == d.start and _WHEN.match(doc.masked, d.end, anchor):
        a = d.end + 1
    same = _SAME_OCCASION.search(doc.masked, d.end, anchor) if d.start < anchor else None
    b = same.start() if same else b  # "flew to New York in October 1951, where he called": that trip's words
    if _opens_clause(doc.masked, a, b) and not _speaking(doc.masked, d, lo):
        return True
    if d.start < anchor and "," in doc.masked[d.end:anchor] and inside.search(
            doc.masked, max(lo, d.start - 100), d.start) and not _speaking(doc.masked, d, lo):
        return True
    if d.start < anchor and "," in doc.masked[d.end:anchor] and _patterns()[3].match(doc.masked, lo, d.start):
        return True
    refs = doc.refs_in(a + 1, b)
    if d.start < anchor and refs and refs[0].name == speaker:
        return False  # "On New Year's Eve 1977, Carter toasted the Shah and called …": the speaker's clause
    return any(r.salient and r.name and r.name != speaker and actor_type(r.name) == "person"
               and not _apposed(doc, r, refs[i + 1:], speaker) for i, r in enumerate(refs))


def _opens_clause(m: str, a: int, b: int) -> bool:
    """Another clause opens between the date and the cue; an aside closed before the cue does not count
    (`On Sunday, Pezeshkian, who took office in July, said`)."""
    foreign = _patterns()[0]
    return any(not _ASIDE.match(m, f.start(), b) for f in foreign.finditer(m, a, b))


def _apposed(doc: Document, r, following, speaker: str | None) -> bool:
    """`the Leader of the Islamic Revolution, Ayatollah Ali Khamenei,`: a title set before the speaker's
    own name is the speaker, however the title alone resolved."""
    return bool(following) and following[0].name == speaker and \
        _APPOSITION.fullmatch(doc.masked, r.end, following[0].start) is not None


def _speaking(m: str, d: DateMention, lo: int) -> bool:
    """`X, who spoke on Sunday, was blunt`: a relative clause about the speaking itself."""
    return _clause_patterns()[0].search(m, max(lo, d.start - 100), d.start) is not None


def _reported(m: str, d: DateMention, anchor: int, lo: int) -> bool:
    """The date sits in the reported words: after `said that` or `said the strike on Friday …`, in an
    earlier verb's `that` clause, or before a closing `, she said.` tag."""
    if d.start > anchor:
        return _THAT.search(m, anchor, d.start) is not None or \
            _clause_patterns()[2].match(m, anchor, d.start) is not None
    if _EARLIER_THAT.search(m, lo, d.start) and not _speaking(m, d, lo):
        return True  # "said last week that Iran was deceived in 2015 and called it …": the first verb's words
    if _TAG_END.match(m, anchor) is None:
        return False
    if _TAG.fullmatch(m, d.end, anchor):
        first = _FIRST_WORD.match(m, lo, lo + 40)
        speaking = first is not None and first.group(1).lower() in load("reporting")["speaking_openers"]
        return not (d.start - lo <= 24 and _OPENING.fullmatch(m, lo, d.start) or speaking)
    # "They met in Geneva on 29 November and stayed open to talks, he said": the whole clause is reported,
    # unless it opens on a circumstance of the speaking ("In a speech on Monday in Tehran, he said")
    first = _FIRST_WORD.match(m, lo, lo + 40)
    return _PRONOUN_TAG.fullmatch(m, d.end, anchor) is not None and first is not None and \
        first.group(1).lower() not in PREPOSITIONS and not first.group(1).endswith("ing")


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

    def _remember_work(self, doc: Document, d: DateMention) -> None:
        """`Roya Ahmadi’s new book, published in March`: the author's words in it date from then."""
        work = _work_published().search(doc.masked, max(0, d.start - 100), d.start)
        if work is None:
            return
        owner = [r for r in doc.refs_in(max(0, work.start() - 80), work.start()) if r.end == work.start()]
        if owner and owner[-1].name:
            self.events.setdefault(owner[-1].name, []).append((d.start, _said(d)))

    def _remember(self, doc: Document, att: Attributor, cue: int, sent) -> None:
        r = att.subject_before(cue, sent.start)
        if r is None or not r.name or actor_type(r.name) != "person":
            return
        d = clause_date(doc, cue, sent.start, sent.end, r.name)
        if d is not None:
            self.events.setdefault(r.name, []).append((cue, _said(d)))

    def latest(self, speaker: str, pos: int, floor: int = 0) -> Said:
        """The speaker's latest dated clause before pos, not before floor (a live-blog entry's start)."""
        ev = self.events.get(speaker, [])
        i = bisect.bisect_left(ev, (pos,))
        return ev[i - 1][1] if i and ev[i - 1][0] >= floor else NOT_SAID


class SaidDates:
    def __init__(self, doc: Document, att: Attributor):
        self.doc = doc
        self.memory = SpeechMemory(doc, att)
        self.lede = _said(lede_day(doc))
        self.captions = Captions(doc, lambda d: not _names_a_thing(doc.masked, d))

    def own(self, a: Attribution, si: int, lo: int, hi: int) -> Said:
        """The date of the quote's own reporting clause, read in [lo, hi): its sentence, bounded."""
        if a.anchor is None or a.sentence != si:
            return NOT_SAID
        if not lo <= a.anchor < hi:  # "“…,” the statement said": the sentence naming the statement (or signing) dates it
            named = self.doc.sentences[self.doc.sentence_index(a.anchor)]
            lo, hi = named.start, named.end
        said = _said(clause_date(self.doc, a.anchor, lo, hi, a.speaker))
        return said if said.start is not None else self.publication_day(a.anchor, lo)

    def publication_day(self, anchor: int, lo: int) -> Said:
        """`In a statement this morning, the spokesman said`: the day of publication, which no date names."""
        m, pub = self.doc.masked, self.doc.published
        said = _publication_day().search(m, max(lo, anchor - WINDOW), anchor) if pub else None
        return Said(pub, pub, "day") if said and not _THAT.search(m, said.end(), anchor) else NOT_SAID

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
                     and not _names_a_thing(doc.masked, d) and not self._complement(prev, d)
                     and not self._aside(prev, d) and not _patterns()[3].match(doc.masked, prev.start, d.start)]
            if dates:  # one date, or the one opening a scene ("On a grey morning last month, in his office, X …"), or
                mine = people == {speaker} and (len(dates) == 1 or self._opening(prev, dates[0]))
                # a sentence naming no one opening the time the next tells in ("In November 1986, a magazine …"),
                # unless the words are in the present tense ("Dehghan-Whitfield argues that …")
                framing = not people and self._opening(prev, dates[0]) and not any(
                    c.group() in present_cues() for c in CUE.finditer(doc.masked, sent.start, sent.end))
                return _said(dates[0]) if mine or framing else NOT_SAID
            if people - {speaker}:
                return NOT_SAID  # someone else's sentence; the speaker's own undated ones continue the scene
        return NOT_SAID

    def _opening(self, sent, d: DateMention) -> bool:
        """The date sits in the adverbial opening the sentence, before its first comma."""
        m = self.doc.masked
        first = _FIRST_WORD.match(m, sent.start, sent.start + 40)
        return first is not None and first.group(1).lower() in PREPOSITIONS and d.start - sent.start <= 40 and \
            "," not in m[sent.start:d.start]

    def _scene(self, sent) -> Said:
        """A sentence setting a scene (`At a bakery on Sunday morning, …`: it opens on where, after any dateline)
        and naming no one dates the quotes gathered there; a sentence telling an event does not."""
        doc = self.doc
        head = DATELINE.match(doc.masked, sent.start, min(sent.end, sent.start + 80))
        at = head.end() if head else sent.start
        first = _FIRST_WORD.match(doc.masked, at, at + 40)
        if first is None or first.group(1).lower() not in PREPOSITIONS or sent.end - sent.start > WINDOW or \
                any(r.name and actor_type(r.name) == "person" for r in doc.refs_in(sent.start, sent.end)):
            return NOT_SAID
        dates = [d for d in doc.dates_in(sent.start, min(sent.end, sent.start + WINDOW)) if d.date_start]
        if len(dates) != 1 or doc.masked[sent.start:sent.end] != doc.view[sent.start:sent.end] or \
                not doc.masked[first.end():dates[0].start].strip():
            return NOT_SAID  # "On 21 November, the Board adopted …" tells when something happened: no scene
        return _said(dates[0])

    def _aside(self, sent, d: DateMention) -> bool:
        """`Khamenei, who rejected talks in February, reminded …`: a date in a relative clause is another act."""
        m = self.doc.masked
        return _patterns()[2].search(m, max(sent.start, d.start - 100), d.start) is not None and \
            not _speaking(m, d, sent.start)

    def _complement(self, sent, d: DateMention) -> bool:
        """`X testified that … from 2018`, `X said the move by students on 4 November 1979 …`: a date in the
        reported clause is what was said, not when."""
        m = self.doc.masked
        c = CUE.search(m, max(sent.start, d.start - WINDOW), d.start)  # also "said the move … on 4 November 1979"
        return c is not None and (_THAT.search(m, c.end(), d.start) is not None or
                                  _clause_patterns()[2].match(m, c.start(), d.start) is not None)

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
            if not _patterns()[1].match(doc.masked, s.start, min(s.end, s.start + 60)):
                return NOT_SAID
            dates = [d for d in doc.dates_in(s.start, min(s.end, s.start + WINDOW))
                     if d.date_start and not _BOUND.search(doc.masked, max(0, d.start - 8), d.start)]
            return _said(dates[0]) if dates else NOT_SAID
        return NOT_SAID

    def chronology_entry(self, pos: int) -> Said:
        return _said(self.doc.entry_date(pos))

    def live_entry(self, pos: int) -> Said:
        """A live-blog entry reports the day it is posted: the publication date, unless the text says otherwise."""
        doc = self.doc
        if doc.published is None or not doc.entries or doc.entry_start(pos) == 0:
            return NOT_SAID
        return Said(doc.published, doc.published, "day")

    def inherited(self, speaker: str | None, si: int, close: int, previous: Said) -> Said:
        """No date in the clause: a lead-in (`In 2019, he had taken a harder line.` starts a new occasion), the
        remarks continued, a follow-up, the speaker's latest, an entry."""
        sent = self.doc.sentences[si]
        scene = _said(self.captions.scene(sent.start, sent.end, close))
        if speaker is None:
            said = next((s for s in (scene, previous, self.chronology_entry(close)) if s.start is not None), NOT_SAID)
            return said if said.start is not None else self.live_entry(close)
        for said in (scene, self.lead_in(speaker, si), previous, self.remarks_dated_after(close),
                     self.memory.latest(speaker, close, self.doc.entry_start(close)),
                     self.chronology_entry(close), self.live_entry(close), self.lede):
            if said.start is not None:
                return said
        return NOT_SAID
