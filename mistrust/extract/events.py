"""Events: one row per mention, typed by trigger, dated, with actors and a cross-document key.

Triggers (`event_lexicon`) are read in the writer's words only (quotations are blanked). A
trigger counts as an asserted event when it is not hypothetical or negated (`potential talks`,
`does not think Iran wants a war`), not a bare generic plural (`talks with the Americans`), and
the text ties it to a date or an actor. Triggers of one type in one sentence are one event unless
they carry different dates or actors; a noun that is the object of a speech act (`rejected
negotiations`) belongs to that act. Roles come from `event_roles`, dates from `event_dating`, keys
from `known_events`.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from types import MappingProxyType
from typing import Mapping

from .dates import DateMention
from .document import Document
from .event_dating import (IN_OCCASION, PERFECT, REMARKS, SentenceDates, blog_stamps, comma_tag, date_for, own_dates, premodifier,
                           previous_date, refers_back, sentence_initial)
from .event_assertion import absorbed, asserted, kind_of_thing, outlets_own, prev_words, section_head
from .event_lexicon import (AGREEMENT_NOUNS, DETERMINERS, DOCUMENT_NOUNS, INDIRECT_SPEECH, ISSUED, NEW_PACT_MODIFIERS,
                            PACT_GROUNDS, PERSON_SUBJECT, SPEECH_NOUNS, WRITER_ADDRESSEES, Trigger, find_triggers, signed_document,
                            starts_trigger)
from .actors import actor_type
from .event_roles import RoleReader, Roles
from .lexicon import REPORTING_RE, trie_regex, verb_forms
from .known_events import event_key


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


_EVENT_NAME = re.compile(r"(?<![\w-])(?!(?:The|A|An|In|On|During|After|Before)\s)(?:[A-Z][\w’'-]*\s+){1,3}$")
_FIRST_CAPITAL = re.compile(r"[^A-Za-z]*([A-Z])(?=[a-z])")
_CLOSES = re.compile(r"\s*[.!][”\"’']?\s*")  # the tag's verb closes its sentence
_NEW_SUBJECT = re.compile(r"(?:[,;]\s*(?:and|but|while|whereas)?|\band|\bwhile)\s+(?:the\s+)?$")
_QUOTE_TAG = re.compile(r"[”\"’'][^”\"’'\n]{0,40}$")  # "…,” he warned: attribution, not an act
_AFTER_TAG = re.compile(r"\s*(?:[.,;]|$)")
_PERSON_BEFORE = re.compile(r"(?:\b[Hh]e|\b[Ss]he|[A-Z][\w’'-]+)\s+(?:(?:has|had|later|then|eventually)\s+)?$")
# a relative clause on a document: "signs an executive order that bans trade": its signer acts
_DOCUMENT_RELATIVE = re.compile(r"\b(?:" + trie_regex(DOCUMENT_NOUNS) + r")\s+(?:that|which)\s+$")
_COORDINATED = re.compile(r"(?:,\s*(?:and\s+)?|\s+and\s+)(?:\w+ly\s+|then\s+|later\s+|also\s+)?$")
_APPOSITIVE = re.compile(r",[^.;:]{3,200},\s+")
# between a named speaker and its verb: "Iran's central bank later", "'s envoy to the Agency", "Rostami, 58, an engineer,"
_SPEAKER_GAP = re.compile(r"(?:[’']s(?:\s+[a-z][\w-]*){1,3})?(?:\s+(?:to|at|in|for|of)\s+(?:the\s+)?[A-Z][\w-]*){0,2}"
                          r"(?:\s*,[^.;:,]{1,60}(?:,[^.;:,]{1,60})?,)?"
                          r"(?:\s+(?:has|have|had|later|also|repeatedly|previously|again))*\s+")
_FULL_NAME = re.compile(r"(?<![\w’'-])(?!(?:The|A|An|In|On|At|But|And|When|After|Before|As|If)\s)"
                        r"[A-Z][a-z’'-]+(?:\s+[A-Z][a-z’'-]+){1,2}(?![\w’'-])")
_CLAUSE_FOLLOWS = re.compile(r"\s+[A-Za-z]")  # a reported clause or an addressee, not a quote's mark
# a quote just closed in this sentence: `“…,” the minister said`, `“…” — he said`
_QUOTE_BEFORE = re.compile(r"(?:[,?!—–-]\s*[”\"’']|[”\"’']\s*[,—–-])[^.!?\n]{0,40}$")
# a quote's tag that says where the words were published: `“…,” she said in a statement`
_TO_WRITER = re.compile(rf"\s+(?:{trie_regex(WRITER_ADDRESSEES)})\b")
# "led to an interim agreement", "a consortium agreement handed …": a new pact is introduced, none referred back to
_INDEFINITE = re.compile(rf"\b[Aa]n?\s+(?:{trie_regex(NEW_PACT_MODIFIERS)})\s+(?:[a-z][\w-]*\s+)?$")
_TOPIC = re.compile(rf"\b(?:{REPORTING_RE})\b[^.;:“”\"]{{0,60}}\bthat\s+(?:[\w-]+\s+){{0,2}}$")
_PACT_GROUND = re.compile(rf"\b(?:{trie_regex(sorted({f for w in PACT_GROUNDS for f in verb_forms(w)}))})\s+"
                          r"(?:the|a|its|their|this|that)\s+(?:[\w-]+\s+){0,2}?$")
_AND_SPEECH = re.compile(r"\b(?:and|but)\s+(?:also\s+)?$")  # a second verb of the same remarks
_RELATIVE = re.compile(r"\b(?:which|who|whose)\b")
_EVERY = re.compile(r"\b[Ee]very\s+$")  # "writes every Tuesday": a habit, no date
_SAID_REACH = 1500  # how far a speech act's day carries to the undated remarks after it
_DESCRIPTION_REACH = 400  # a sentence with no break is cut around its trigger, so rows stay bounded

def _person_less(doc: Document, t: Trigger, lo: int) -> bool:
    """`Khomeini dies`, `he died`, `Nikpour, a diplomat who …, died`: some entries are events only with a
    person right before, or as the subject before an appositive."""
    if t.entry not in PERSON_SUBJECT or _PERSON_BEFORE.search(doc.masked, max(0, t.start - 40), t.start):
        return False
    refs = doc.refs_in(max(lo, t.start - 160), t.start)
    last = refs[-1] if refs else None  # "The shah leaves Iran": a person's title right before
    if last and last.name and actor_type(last.name) == "person" and not doc.masked[last.end:t.start].strip():
        return False
    subj = next((r for r in doc.refs_in(lo, t.start) if r.salient and r.name), None)
    return subj is None or actor_type(subj.name) != "person" or \
        _APPOSITIVE.fullmatch(doc.masked, subj.end, t.start) is None


def _reporting_noun(doc: Document, t: Trigger, lo: int) -> bool:
    """`a claims tribunal`, `his claims`: a reporting verb's form after a determiner is a noun."""
    return t.etype == "reporting" and bool(set(prev_words(doc.masked, t.start, lo, 1)) & DETERMINERS)


def _indirect_speaker(doc: Document, t: Trigger, lo: int, chained: bool) -> str | None:
    """`Iran's mission to the UN said it had not received …`: a named speaker reporting a clause in the
    writer's words makes a statement even undated; a pronoun's or a quote's tag does not. After a speech
    act dated to a day (`chained`), any reporting verb of a named speaker does: a meeting's speakers."""
    m = doc.masked
    tag = _QUOTE_BEFORE.search(doc.view, max(0, t.start - 40), t.start) is not None
    if t.etype != "reporting" or tag and not (t.entry == "wrote" or IN_OCCASION.match(m, t.end, min(len(m), t.end + 80))):
        return None  # "“…,” the spokesman said": the tag attributes the quote; a letter or a statement is an act
    past = (t.entry in INDIRECT_SPEECH or m[t.start:t.end].split()[0].endswith("ed")) and \
        not PERFECT.search(m, max(lo, t.start - 24), t.start)  # "say", "notes", "has added": no one act
    if not (tag or past and chained or t.entry in INDIRECT_SPEECH and _CLAUSE_FOLLOWS.match(m, t.end, t.end + 2)):
        return None
    for r in reversed(doc.refs_in(max(lo, t.start - 160), t.start)[-4:]):
        if r.name and r.end <= t.start and _SPEAKER_GAP.fullmatch(m, r.end, t.start):
            return None if r.pronoun else r.name
    # a person the lexicon does not know: "Bijan Rostami, 58, an engineer who lives in Lake Forest, said"
    names = list(_FULL_NAME.finditer(m, max(lo, t.start - 160), t.start))[-4:]
    return next((n.group() for n in reversed(names) if _SPEAKER_GAP.fullmatch(m, n.end(), t.start)), None)


def _quote_tag(doc: Document, t: Trigger) -> bool:
    """`“…,” he warned.`: a speech verb closing an attribution is a reporting verb."""
    m = doc.masked
    return t.pos == "verb" and t.etype in ("statement", "threat") and \
        _QUOTE_TAG.search(m, max(0, t.start - 40), t.start) is not None and \
        _AFTER_TAG.match(m, t.end, t.end + 3) is not None


def _sentence_case_folded(doc: Document) -> str:
    """The masked text with a sentence's first letter lowercased (same length) where that makes a
    trigger, so that "Talks resumed" and "Sanctions were imposed" meet the lowercase triggers."""
    m = doc.masked
    parts, pos = [], 0
    for sent in doc.sentences:
        first = _FIRST_CAPITAL.match(m, sent.start, min(sent.end, sent.start + 40))
        if first is None:
            continue
        i = first.start(1)
        if not starts_trigger(m, i) and starts_trigger(m[i].lower() + m[i + 1:i + 40], 0):
            parts += [m[pos:i], m[i].lower()]
            pos = i + 1
    return "".join(parts) + m[pos:] if parts else m


def _triggers_by_sentence(doc: Document) -> dict[int, list[Trigger]]:
    """Every trigger, by sentence index; idioms and names (`none`) dropped."""
    folded = _sentence_case_folded(doc)
    out: dict[int, list[Trigger]] = {}
    for para in doc.paragraphs:  # a trigger never spans paragraphs
        for t in find_triggers(folded, para.start, para.end):
            if t.etype != "none":
                out.setdefault(doc.sentence_index(t.start), []).append(t)
    return out


def _candidates(doc: Document, matches: list[Trigger], lo: int, hi: int, dated: bool,
                chained: bool) -> tuple[list[Trigger], set[int]]:
    """The sentence's asserted triggers (named events grown to their name) and which are generic plurals."""
    found: list[Trigger] = []
    generic: set[int] = set()
    for t in matches:
        word = doc.masked[t.start:t.end]
        if t.pos == "verb" and t.etype not in REMARKS + ("reporting",) and " " not in word and \
                not word.endswith(("ed", "en")) and \
                set(prev_words(doc.masked, t.start, lo, 1)) & DETERMINERS:
            t = t._replace(pos="noun")  # "the strikes were", "its attack on": a noun, whatever the lexicon's form
        if t.end > hi or (t.etype == "reporting" and not dated and not _indirect_speaker(doc, t, lo, chained)) \
                or not asserted(doc, t, lo) or outlets_own(doc, t, lo) \
                or _person_less(doc, t, lo) or _reporting_noun(doc, t, lo) \
                or t.etype in ("reporting", "statement") and _TO_WRITER.match(doc.masked, t.end):
            continue
        if t.entry == "sign" and signed_document(doc.masked, lo, t):
            t = t._replace(etype="legislation")  # "a presidential memorandum signed on Feb. 4": a law, no pact
        if _quote_tag(doc, t):
            t = t._replace(etype="reporting")
            if not dated:
                continue
        if kind_of_thing(doc, t, lo):
            if _TOPIC.search(doc.masked, max(lo, t.start - 90), t.start):
                continue  # "Khamenei said that talks held under pressure would …": a topic of the remarks
            generic.add(t.start)
        if doc.masked[t.start].isupper():  # a named event keeps its name: "the Iran-Iraq War", "Islamic Revolution"
            name = _EVENT_NAME.search(doc.masked, max(lo, t.start - 40), t.start)
            t = t._replace(start=name.start()) if name else t
        found.append(t)
    return [t for i, t in enumerate(found) if not absorbed(found[max(0, i - 2):i], t, doc)], generic


def _premature(doc: Document, ctx: SentenceDates, t: Trigger, d: DateMention | None, generic: bool) -> bool:
    """Dropped before its roles are read: an undated generic plural, a reporting verb without a date of
    its own, a pact named as the ground of another act."""
    if generic and (d is None or d.date_start is None or d is not ctx.own.get(t.start)):
        return True  # "insisted on talks", "backed direct talks": a kind of thing, dated only by a date of its own
    if t.etype == "reporting" and ctx.own.get(t.start) is None and ctx.initial is None:
        return _indirect_speaker(doc, t, ctx.lo, ctx.said is not None) is None
    if t.etype in ("agreement", "negotiation") and t.pos == "noun" and d is not None and \
            premodifier(doc.masked, t.start, [d]) and _PACT_GROUND.search(doc.masked, max(ctx.lo, d.start - 40), d.start):
        return True  # "sanctions under the 2015 nuclear deal": a known pact named as the ground of another act
    return False


def _bare_pact(doc: Document, t: Trigger, dates: list[DateMention]) -> bool:
    """A bare "the agreement" refers back to one ("the 2015 deal" names one): no event, and no date of the
    sentence's is its ("pulled out of the nuclear deal in May 2018": the withdrawal's)."""
    return t.etype == "agreement" and doc.masked[t.start:t.end].lower() in AGREEMENT_NOUNS and \
        not premodifier(doc.masked, t.start, dates[:8]) and not _INDEFINITE.search(doc.masked, max(0, t.start - 40), t.start)


def _grounded(doc: Document, t: Trigger, d: DateMention | None, roles: Roles) -> bool:
    """Tied to a date or an actor; a speech noun needs its speaker."""
    if t.etype == "statement" and doc.masked[t.start:t.end].lower() in SPEECH_NOUNS and roles.source is None:
        return False
    if d is None and t.pos == "noun" and (doc.masked[max(0, t.start - 4):t.start].lower() == "the " or
                                          refers_back(doc.masked, t, 0)):
        return False  # "wrote that the withdrawal confirmed …": an undated "the <event>" refers back to one told
    return d is not None or roles.source is not None or roles.target is not None


def _enacted(doc: Document, t: Trigger, roles: Roles, earlier) -> Roles:
    """What a document does, its signer does: the source of the legislation that names it."""
    if roles.source is not None or t.pos != "verb" or \
            not _DOCUMENT_RELATIVE.search(doc.masked, max(0, t.start - 40), t.start):
        return roles
    signer = next((e.actor_source for e in earlier if e.event_type == "legislation" and e.actor_source), None)
    return roles._replace(source=signer)


def _shared_subject(doc: Document, t: Trigger, roles: Roles, earlier) -> Roles:
    """`The US cuts ties, freezes assets and bans trade`: a coordinated clause's verb shares the subject before it."""
    if roles.source is not None or t.pos != "verb" or \
            not _COORDINATED.search(doc.masked, max(0, t.start - 24), t.start):
        return roles
    prev = max(earlier, key=lambda e: e.trigger_start, default=None)
    return roles._replace(source=prev.actor_source) if prev is not None and prev.actor_source else roles


def _new_subject(doc: Document, lo: int, last_end: int, start: int) -> bool:
    """`Israel struck …, and the United States bombed …`: an actor of its own starts a new event."""
    return any(r.salient and r.name and _NEW_SUBJECT.search(doc.masked, max(lo, r.start - 12), r.start)
               for r in doc.refs_in(max(last_end, start - 300), start))


def _clause_ends(found: list[Trigger], hi: int) -> list[int]:
    """Roles are read up to the next trigger of another type ("ousted in a coup organized by" is one)."""
    ends, nxt = [hi] * len(found), {}
    for i in range(len(found) - 1, -1, -1):
        ends[i] = min((s for ty, s in nxt.items() if ty != found[i].etype), default=hi)
        nxt[found[i].etype] = found[i].start
    return ends


def _description(doc: Document, ctx: SentenceDates, t: Trigger) -> tuple[int, int]:
    if ctx.hi - ctx.lo <= 3 * _DESCRIPTION_REACH:
        return ctx.lo, ctx.hi
    return max(ctx.lo, t.start - _DESCRIPTION_REACH), min(ctx.hi, t.end + _DESCRIPTION_REACH)


def _event(doc: Document, ctx: SentenceDates, t: Trigger, d: DateMention | None, roles: Roles, low: str) -> Event:
    lo, hi = _description(doc, ctx, t)
    etype = "statement" if t.etype == "reporting" else t.etype
    key = event_key(doc.doc_id, etype, d, roles.source, roles.target, low, t.start)
    return Event(lo, hi, doc.text[lo:hi], etype, doc.text[t.start:t.end], t.start, roles.source, roles.target,
                 roles.location, d.date_start if d else None, d.date_end if d else None,
                 d.precision if d else None, (d.text or None) if d else None, key)


def _sentence_events(doc: Document, reader: RoleReader, lo: int, hi: int, matches: list[Trigger],
                     entry: DateMention | None, said: DateMention | None, told: Mapping[str, DateMention],
                     previous: DateMention | None = None) -> list[Event]:
    dates = [d for d in doc.dates_in(lo, hi) if doc.masked[d.start] == doc.view[d.start] and d.date_start is not None
             and not _EVERY.search(doc.masked, max(lo, d.start - 8), d.start)  # unresolved: grounds nothing
             and not doc.in_dateline(d.start)]  # the filing's day
    if not dates and entry is None and said is None and \
            all(t.etype == "reporting" and t.entry not in INDIRECT_SPEECH for t in matches):
        return []  # most sentences: an undated "he said"
    found, generic = _candidates(doc, matches, lo, hi, bool(dates) or entry is not None, said is not None)
    found = [t for t in found if not _bare_pact(doc, t, dates)]
    if not found:
        return []
    initial = next((d for d in dates[:2] if sentence_initial(d, lo, doc.masked)), None) or entry
    ctx = SentenceDates(lo, hi, dates, own_dates(doc.masked, found, dates), initial, said, told, previous)
    rows: dict[tuple, Event] = {}
    last_end: dict[tuple, int] = {}
    frames: set[int] = set()  # statement rows from a speech noun, "Speaking in …", "in a meeting with students"
    low = doc.text[lo:hi].lower()
    for t, clause_end in zip(found, _clause_ends(found, hi)):
        d = date_for(doc, ctx, t)
        if _premature(doc, ctx, t, d, t.start in generic) or t.entry in ISSUED and ctx.own.get(t.start) is None:
            continue  # "according to a press release issued by the PM's Office": no day of its own, a source only
        etype = "statement" if t.etype == "reporting" else t.etype
        if t.etype == "reporting" and d is None and (any(k[0] == "statement" for k in rows)
                                                     or comma_tag(doc.masked, lo, hi, t.start, t.end)):
            continue  # "Speaking at … on Monday, X said": one speech act, already dated; ", she said.": a bare tag
        spoke = max((e.trigger_start + len(e.trigger) for e in rows.values() if e.event_type in REMARKS), default=None)
        if etype in REMARKS and spoke is not None and _AND_SPEECH.search(doc.masked, max(lo, t.start - 12), t.start) \
                and not _RELATIVE.search(doc.masked, spoke, t.start):
            continue  # "said on Tuesday that … but warned that …": the same remarks go on ("a letter which …" not)
        key = (etype, d.date_start if d else None)
        # the same happening told twice ("were held hostage … after students seized the embassy"): the mention
        # naming who acted stands for it
        again = key in rows and not _new_subject(doc, lo, last_end[key], t.start)
        if again and rows[key].actor_source is not None:
            continue
        if key in rows and not again:
            key = (*key, t.start)
        roles = _enacted(doc, t, reader.roles(t, lo, clause_end), rows.values())
        roles = _shared_subject(doc, t, roles, rows.values())
        if again and roles.source is None:
            continue
        if roles.source is None and t.etype == "reporting":  # "Iraq's central bank said": the possessor
            roles = roles._replace(source=_indirect_speaker(doc, t, lo, said is not None))
        if not _grounded(doc, t, None if d is previous else d, roles):  # an inherited day grounds nothing
            continue
        last_end[key[:2]] = t.end
        rows[key] = _event(doc, ctx, t, d, roles, low)
        if t.etype == "statement" and t.pos in ("noun", "phrase"):
            frames.add(t.start)
    # "Iraq invaded Iran, and the war that followed": a war beside another event is its context (a named one stays)
    kept = [e for e in rows.values() if not _coarser_twin(e, rows.values()) and not _framed(e, rows.values(), frames)
            and not (e.event_type == "war" and e.trigger.startswith("war") and len(rows) > 1)]
    return sorted((e for e in kept if not _sourcing_tag(doc, e, lo, hi, kept)), key=lambda ev: ev.trigger_start)


def _sourcing_tag(doc: Document, e: Event, lo: int, hi: int, rows) -> bool:
    """`Sirens sounded as Iran launched 30 missiles, Israel's military said.`: a tag sources what the sentence tells;
    the happening is the event, not the saying (a tag with no date of its own never became one: `date_for`)."""
    end = e.trigger_start + len(e.trigger)
    tag = comma_tag(doc.masked, lo, hi, e.trigger_start, end) if e.event_type == "statement" else None
    return tag is not None and _CLOSES.fullmatch(doc.masked, end, hi) is not None and \
        any(o.event_type not in REMARKS for o in rows)


def _framed(e: Event, rows, frames: set[int]) -> bool:
    """`In a televised address last night, Trump said …`, `Speaking in Sabzevar on Sunday, Rouhani said …`: one
    speech act, which the frame dates; the verb's row goes."""
    return e.event_type == "statement" and e.trigger_start not in frames and e.actor_source is not None and any(
        o.trigger_start in frames and o.actor_source == e.actor_source for o in rows)


def _coarser_twin(e: Event, rows) -> bool:
    """`2020 - A US drone strike kills Soleimani on January 3`: the entry's year and the day describe one
    happening; the row with the day stands for it, unless each names its own actor ("Trump sent a letter in March,
    and Iran sent its reply late last month")."""
    return e.date_precision in ("year", "month") and any(
        o is not e and o.event_type == e.event_type and o.date_precision == "day"
        and e.date_start <= o.date_start and o.date_end <= e.date_end
        and (o.actor_source == e.actor_source or not o.actor_source or not e.actor_source) for o in rows)


def extract_events(doc: Document) -> list[Event]:
    reader = RoleReader(doc)
    out: list[Event] = []
    entries: dict[int, DateMention | None] = {}  # chronology entry date, by paragraph
    stamps: list[DateMention | None] | None = None
    said: DateMention | None = None  # the last speech act dated to a day
    told: dict[str, DateMention] = {}  # each event type the text has dated so far, its last date: "the coup" refers back
    for si, matches in sorted(_triggers_by_sentence(doc).items()):
        sent = doc.sentences[si]
        if section_head(doc, sent.start, sent.end):
            continue
        pi = doc.paragraph_index(sent.start)
        stamps = blog_stamps(doc) if stamps is None else stamps
        if pi not in entries:
            entries[pi] = doc.entry_date(sent.start)
        stamp = stamps[pi] if stamps[pi] and not doc.dates_in(sent.start, sent.end) else None  # own dates win
        entry = entries[pi] or stamp
        near = said if said is not None and sent.start - said.end <= _SAID_REACH else None
        rows = _sentence_events(doc, reader, sent.start, sent.end, matches, entry, near, MappingProxyType(told),
                                previous_date(doc, si))
        # a flashback ("had held talks on 29 November") does not move the day the remarks are made on
        spoken = [e for e in rows if e.event_type in REMARKS + ("negotiation",) and e.date_precision == "day"
                  and e.date_text and (near is None or e.date_start >= near.date_start)  # a day the text told, and
                  and (doc.published is None or e.date_start <= doc.published)]  # none after publication: no speech
        latest = max(spoken, key=lambda e: (e.date_start, e.trigger_start), default=None)  # the day of the remarks
        said = said if latest is None else DateMention(latest.trigger_start, latest.start + len(latest.description),
                                                       latest.date_text or "", latest.date_start, latest.date_end, "day")
        out.extend(rows)
        told.update((e.event_type, DateMention(e.trigger_start, e.trigger_start, e.date_text or "", e.date_start,
                                               e.date_end, e.date_precision)) for e in rows if e.date_start is not None)
    return out
