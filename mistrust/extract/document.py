"""One analysed document: the structures every extractor shares, computed once.

`view` is the text with any HTML markup blanked, `masked` the view with every quotation's contents blanked too
(offsets kept in both), so that attribution and event rules read the writer's words, not the quoted ones.
`refs` are actor mentions and resolved subject pronouns outside quotations,
in order, each marked salient (a likely clause subject) or not.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field, replace
from functools import lru_cache
from datetime import date
from typing import NamedTuple

from .actors import (UNNAMED_GROUP, UNNAMED_PERSON, Mention, RoleResolver, actor_by_caps, actor_type, body_backrefs,
                     curated_surnames, dateline_country, find_mentions, find_organizations, gender, group_backrefs,
                     home_body, home_of, roles_of)
from .dates import DateMention, date_frames, datelines, document_dates
from .lexicon import (EDITORIAL_NOTE, MODIFIED_NOUNS, PERSONAL_PRONOUNS, PREPOSITIONS, REPORTING_RE, SUBJECT_PRONOUNS,
                      TAG_CLOSES, load, trie_regex)
from .offices import keys_of_apposition, keys_of_title
from .persons import family_name, find_delegates, find_persons, title_before, unnamed_speakers
from .quotemarks import QuoteSpan, pair_quotes
from .text import Span, Spans, blank, blank_markup, blank_notes, paragraphs, sentences, unwrap
from .transcript import LABEL, first_and_second_person, speaker_lines


@dataclass(frozen=True)
class Ref:
    start: int
    end: int
    surface: str
    name: str | None
    salient: bool
    pronoun: bool = False
    lead: int = -1  # where a title before the name starts ("US envoy Steve Witkoff"); -1: none
    person: bool = False  # an unnamed person acting for `name` ("Iran's envoy"): "he" can refer to it


class _Named(NamedTuple):
    """A name or title in reading order, before salience: what the role resolver sees."""
    start: int
    end: int
    surface: str
    name: str | None
    role: str | None
    keys: frozenset[str]  # roles and offices this mention shows its person holds
    lead: int
    person: bool = False


# the first letters first: the cheaper test
_PRONOUN = re.compile("(?=[" + "".join(sorted({c for p in SUBJECT_PRONOUNS for c in (p[0], p[0].upper())})) + r"])\b(?:"
                      + "|".join(p for w in SUBJECT_PRONOUNS for p in {w, w.capitalize(), w.title()}) + r")\b")
_TAG_AFTER_PRONOUN = re.compile(rf"\s+(?:{REPORTING_RE})(?={TAG_CLOSES.pattern})")
_INDEFINITE = re.compile(r"\b(?:[Aa]n?|[Oo]ne)\s+(?:[a-z]+\s+){0,2}$")
_DEICTIC = ("I", "You", "you")  # resolved by the transcript's labels, never antecedents of "he" or "she"
# The word before a mention, on its line, skipping an article and the capitalised words of a title: "the letter
# from US President Trump", "at the United Nations".
# Tried at word starts only, and possessive: inside a word the match would be the same, one search costs
# one try per word (run on a slice: the window's first word may be cut, and still counts).
_PREV_WORD = re.compile(r"(?<![a-z])([a-z]++)[ \t]++(?:the[ \t]++)?(?:(?:[A-Z][\w’'-]*+|(?:[A-Z]\.)+)[ \t]+){0,4}$")
_POSSESSIVE = re.compile(r"[’']s?\b")
_OPENING_CLAUSE = re.compile(r"(?:Asked|[A-Z][a-z]+ing)\b[^,;:.“”\"]*$")  # "Asked whether he …, the minister said"
OWN_VOICE = re.compile(r"[’']s\s+[Oo]ffice\b")  # "the Prime Minister's Office said": the owner speaks
_NEXT_WORD = re.compile(r"\s+([a-z]+)")
# a chronology entry or bullet opens with its date: "1984 - ", "Nov. 4, 1979 — ", "- Thursday: ", "In 1953:"
_ENTRY_HEAD = re.compile(r"\s*(?:[-–—•*]\s+)?(?:On\s+|In\s+)?")
_ENTRY_SEPARATOR = re.compile(r"\s*(?:[-–—:]\s|\s*$)", re.M)
# A live-blog entry opens with its time of day: "14:48 GMT — …", "2.48pm BST", "10:45 a.m. ET -".
_TIME_STAMP = re.compile(r"\d{1,2}[:.][0-5]\d(?!\d)\s*(?:[ap]\.?m\.?)?"
                         r"(?:\s+(?:[A-Z]{2,4}|local(?:\s+time)?))?\s*(?:[—–-]|\n|$)")


@dataclass
class Document:
    doc_id: str
    text: str
    published: date | None = None
    paragraphs: list[Span] = field(init=False)
    sentences: list[Span] = field(init=False)
    quotes: list[QuoteSpan] = field(init=False)
    quote_warnings: list[str] = field(init=False)
    view: str = field(init=False)
    masked: str = field(init=False)
    mentions: list[Mention] = field(init=False)
    refs: list[Ref] = field(init=False)
    dates: list[DateMention] = field(init=False)
    entries: list[int] = field(init=False)  # starts of live-blog entries; empty in other documents
    dateline: str | None = field(init=False, default=None)  # the country of the story's dateline
    countries: set[str] = field(init=False, default_factory=set)  # uncurated, named by a delegate's title
    organizations: set[str] = field(init=False, default_factory=set)  # uncurated, named as a body ("… Association")
    _genders: dict[str, str] = field(init=False, default_factory=dict)  # told by titles and kin nouns ("his wife")

    def __post_init__(self):
        self.view = unwrap(blank_notes(blank_markup(self.text), EDITORIAL_NOTE))  # what extractors read; same length
        self.paragraphs = paragraphs(self.view)
        self.sentences = [s for p in self.paragraphs for s in sentences(self.view, p)]
        self._sent_starts = [s.start for s in self.sentences]
        self._para_starts = [p.start for p in self.paragraphs]
        self.entries = self._entries()
        self.quotes, self.quote_warnings = pair_quotes(self.view, self.paragraphs)
        self.masked = self._mask_quotes()
        self.mentions = find_mentions(self.masked)
        self.dateline = dateline_country(self.masked)  # "LONDON —": whose bare "the prime minister" it is
        self.dates = document_dates(self.view, self.published, date_frames(self.view, self.published))
        self.datelines = datelines(self.view)
        if self.view is not self.text:  # keep the expression as written in the original
            self.dates = [replace(d, text=self.text[d.start:d.end]) for d in self.dates]
        self._date_starts = [d.start for d in self.dates]
        self.refs = self._resolve_refs()
        self._ref_starts = [r.start for r in self.refs]

    def _entries(self) -> list[int]:
        """Paragraphs opening with a time stamp, when at least two do: each starts a live-blog entry."""
        stamped = [p.start for p in self.paragraphs if self.view[p.start:p.start + 1].isdigit()
                   and _TIME_STAMP.match(self.view, p.start, p.end)]
        return stamped if len(stamped) >= 2 else []

    def in_dateline(self, pos: int) -> bool:
        """A wire dateline's day is the filing's, no event's or saying's."""
        return bool(i := bisect.bisect_right(self.datelines, (pos, len(self.view)))) and pos < self.datelines[i - 1][1]

    def entry_start(self, pos: int) -> int:
        """Where the live-blog entry holding pos starts; 0 outside live blogs or before the first entry."""
        i = bisect.bisect_right(self.entries, pos)
        return self.entries[i - 1] if i else 0

    def _mask_quotes(self) -> str:
        """The text with every quotation's contents blanked; newlines and offsets kept."""
        parts, pos = [], 0
        for q in self.quotes:  # ordered by opening mark; nested ones lie inside their parent
            if q.close <= pos:
                continue
            lo = max(pos, q.open + 1)
            parts.append(self.view[pos:lo])
            parts.append(blank(self.view[lo:q.close]))
            pos = q.close
        parts.append(self.view[pos:])
        return "".join(parts)

    # -- lookups -------------------------------------------------------------
    def sentence_at(self, pos: int) -> Span:
        return self.sentences[self.sentence_index(pos)] if self.sentences else Span(0, len(self.text))

    def sentence_index(self, pos: int) -> int:
        return max(0, bisect.bisect_right(self._sent_starts, pos) - 1)

    def paragraph_index(self, pos: int) -> int:
        return max(0, bisect.bisect_right(self._para_starts, pos) - 1)

    def dates_in(self, start: int, end: int) -> list[DateMention]:
        i, j = bisect.bisect_left(self._date_starts, start), bisect.bisect_left(self._date_starts, end)
        return [d for d in self.dates[i:j] if d.end <= end]

    def refs_in(self, start: int, end: int) -> list[Ref]:
        """Refs starting in [start, end), in order."""
        return self.refs[bisect.bisect_left(self._ref_starts, start):bisect.bisect_left(self._ref_starts, end)]

    def entry_date(self, pos: int) -> DateMention | None:
        """The date heading the chronology entry or bullet (paragraph) that holds pos: it dates every clause."""
        if not self.paragraphs:
            return None
        para = self.paragraphs[self.paragraph_index(pos)]
        head = _ENTRY_HEAD.match(self.masked, para.start, para.end)
        first = next(iter(self.dates_in(head.end(), min(para.end, head.end() + 40))), None)
        if first is None or first.start != head.end() or first.date_start is None:
            return None
        return first if _ENTRY_SEPARATOR.match(self.masked, first.end, para.end) else None

    def context_date(self, pos: int) -> date | None:
        """The date a title is read at: a chronology entry's own date ("March 2025 - ..."), else publication."""
        entry = self.entry_date(pos)
        return entry.date_start if entry is not None else self.published

    def _sentence_date(self, pos: int) -> date | None:
        """The first date the title's sentence tells outside quotations ("On Saturday, the Supreme Leader …")."""
        sent = self.sentence_at(pos)
        return next((d.date_start for d in self.dates_in(sent.start, sent.end)
                     if d.date_start and self.masked[d.start] == self.view[d.start]), None)

    # -- salience and pronouns ------------------------------------------------
    def indefinite(self, pos: int) -> bool:
        """`an Iranian diplomat`, `one senior official`: the mention at pos is anyone of its kind."""
        return _INDEFINITE.search(self.masked, max(0, pos - 30), pos) is not None

    def is_salient(self, start: int, end: int) -> bool:
        """A possible clause subject: not possessive, after a preposition or inside an opening participle's clause."""
        if _OPENING_CLAUSE.match(self.masked, self.sentence_at(start).start, start):
            return False
        if _POSSESSIVE.match(self.masked, end):
            return OWN_VOICE.match(self.masked, end) is not None  # an owner's office speaks in his voice
        nxt = _NEXT_WORD.match(self.masked, end)
        if nxt and nxt.group(1) in MODIFIED_NOUNS:
            return False
        prev = _PREV_WORD.search(self.masked[max(0, start - 40):start])
        return not (prev and prev.group(1) in PREPOSITIONS)

    def _named(self) -> list[_Named]:
        """Curated mentions, uncurated people and their later surname mentions, in order."""
        out = []
        taken = Spans((m.start, m.end) for m in self.mentions)
        for m in self.mentions:
            lead = title_before(self.masked, m.start) if m.name else m.start
            unnamed = m.role in (UNNAMED_PERSON, UNNAMED_GROUP)
            out.append(_Named(m.start, m.end, m.surface, m.name, None if unnamed else m.role,
                              roles_of(m.name) if m.name else frozenset(), lead, m.role == UNNAMED_PERSON))
        self._delegates(out, taken)
        for m in LABEL.finditer(self.masked):  # "KAYHAN: 'Step one …'": a run-in head in capitals names an actor
            name = actor_by_caps(m["label"])
            dateline = name and actor_type(name) == "country" and ":" in self.masked[m.end("label"):m.end()] and \
                self.masked[m.end():m.end() + 1] not in "'‘\"“"
            if name and not dateline and not taken.overlaps(m.start(), m.end("label")):  # "NEW DELHI: …" is a place
                out.append(_Named(m.start(), m.end("label"), m["label"], name, None, roles_of(name), m.start()))
        people = find_persons(self.masked, taken, set(self._sent_starts))
        self._genders = {p.name: p.gender for p in people if p.gender}  # "his wife, Parvaneh": "she"
        # "Oman's foreign minister, Badr Albusaidi,": the official set off before a name is that person
        officials = {m.end: m for m in self.mentions if m.role == UNNAMED_PERSON and m.name}
        surnames: dict[str, str] = {}
        tails: dict[str, str] = {}  # "Gharibabadi Nouri" after "Kazem Gharibabadi Nouri": the same person
        for p in sorted(people):
            taken.add(p.start, p.end)
            tokens = p.name.split()
            name = tails.get(p.name, p.name)
            for k in range(1, len(tokens) - 1):
                tails.setdefault(" ".join(tokens[k:]), name)
            keys = keys_of_title(p.title) | keys_of_apposition(p.apposition) | roles_of(name)  # a holder in offices.toml
            # "X, Minister of Foreign Affairs of Saudi Arabia": later "the Saudi minister" is X
            keys |= {f"{k}@{m.name}" for m in find_mentions(p.apposition) if m.name and actor_type(m.name) == "country"
                     for k in keys}
            official = officials.get(p.start - 2) if self.masked[p.start - 2:p.start] == ", " else None
            if official is not None:  # later "the Omani minister" is this person
                keys |= {f"{official.surface.split()[-1].lower()}@{official.name}"}
            out.append(_Named(p.start, p.end, p.name, name, None, keys, p.lead))
            surnames.setdefault(family_name(tokens), name)
        out = self._with_organizations(out, taken)
        # "Ayatollah Ahmad Khatami … Khatami said": the surname is the person the text named, not a curated namesake
        # the text never names in full or by title ("Supreme Leader Khamenei" beside "Mojtaba Khamenei")
        in_full = {name for _, name in curated_surnames(self.mentions)} | {n.name for n in out if n.lead < n.start}
        out = [n._replace(name=surnames[n.surface], keys=frozenset()) if n.surface in surnames and n.name and
               n.name not in in_full and actor_type(n.name) == "person" else n for n in out]
        for last, name in curated_surnames(self.mentions):  # "Abbas Mousavi" named in full, later "Mousavi said"
            surnames.setdefault(last, name)
        if surnames:  # later mentions by surname alone: "Tavakoli said"
            for m in re.finditer(r"\b(?:" + trie_regex(surnames) + r")\b", self.masked):
                if not taken.overlaps(m.start(), m.end()):  # "Chairman Whitford": the title leads here too
                    out.append(_Named(m.start(), m.end(), m.group(), surnames[m.group()], None, frozenset(),
                                      title_before(self.masked, m.start())))
        home = home_of(self.dateline)
        if home is not None:  # "ISLAMABAD: … the Foreign Office said": Pakistan's
            out = [n._replace(name=home, keys=frozenset()) if n.name and home_body(n.surface) else n for n in out]
        out.sort(key=lambda n: n.start)  # then "the ministry said" after "Oman's foreign ministry" is Oman's
        out += [_Named(a, b, self.masked[a:b], name, None, frozenset(), a) for a, b, name in
                body_backrefs(self.masked, out) + group_backrefs(self.masked, out)]
        return _titles_of_names(sorted(out, key=lambda n: n.start))

    def _with_organizations(self, out: list[_Named], taken: Spans) -> list[_Named]:
        """Bodies the lexicon lacks, by their own name ("the Japan Shipowners' Association said"); the country named
        inside one ("Japan") is no actor of its own, a country's body ("Turkish Foreign Ministry") stays its own."""
        for a, b, name in find_organizations(self.masked):
            inside = [n for n in out if n.start < b and a < n.end]
            if all(a <= n.start and n.end < b and n.name and actor_type(n.name) == "country" for n in inside):
                out = [n for n in out if n not in inside] + [_Named(a, b, name, name, None, frozenset(), a)]
                taken.add(a, b)
                self.organizations.add(name)
        return out

    def _delegates(self, out: list[_Named], taken: Spans) -> None:
        """"The representative of France said": the country speaks, through a person "he" can refer to."""
        starts = [n.start for n in out]  # the curated mentions, in order
        for d in find_delegates(self.masked):
            i = bisect.bisect_right(starts, d.start) - 1  # the mention holding the name: "the United States"
            if i >= 0 and out[i].end > d.start and out[i].name:
                out[i] = out[i]._replace(lead=d.lead, person=True)
            elif not taken.overlaps(d.start, d.end):  # a country the lexicon lacks: "the delegate of Guyana"
                taken.add(d.start, d.end)
                self.countries.add(d.country)
                out.append(_Named(d.start, d.end, d.country, d.country, None, frozenset(), d.lead, True))

    def _name_refs(self) -> list[Ref]:
        """Refs of names and titles; titles resolved in reading order; a title before a name is not a subject."""
        resolver = RoleResolver(self.masked, self.dateline)
        named: list[tuple[_Named, str | None, int]] = []
        title_spans = []
        for n in self._named():
            name = n.name
            if name is None and n.role:
                told = self._sentence_date(n.start)
                name = resolver.resolve(n.role, told or self.context_date(n.start), told is not None, n.start)
            elif name is not None:
                if n.person and n.role is None and not self.indefinite(n.start):
                    # "the Saudi minister": the minister the text named for Saudi Arabia; "a Saudi minister": anyone
                    name = resolver.most_named(f"{n.surface.split()[-1].lower()}@{name}") or name
                resolver.see(name, n.keys, n.start, n.end)
            resolver.speaks_for(name, n.start, n.end)
            lead = n.lead if n.lead < n.start else -1
            if lead >= 0:
                title_spans.append((lead, n.start))
            named.append((n, name, lead))
        titles = Spans(title_spans)  # "US" in "US envoy Steve Witkoff" is part of a title, not a subject
        # each Ref made once, its salience final (titles are known only at the end)
        return [Ref(n.start, n.end, n.surface, name, self.is_salient(n.lead, n.end) and not titles.overlaps(n.start, n.end),
                    lead=lead, person=n.person) for n, name, lead in named]

    def _resolve_refs(self) -> list[Ref]:
        refs = self._name_refs()
        starts = [r.start for r in refs]
        self._unnamed = unnamed_speakers(self.masked)
        merged: list[Ref] = []
        genders = dict(self._genders)  # told by a title, or learnt: whoever "she" is, is not "he"
        j = 0
        for p in _PRONOUN.finditer(self.masked):
            ps, word = p.start(), p.group()
            k = bisect.bisect_left(starts, ps, j)  # the refs before the pronoun join first
            merged += refs[j:k]
            j = k
            name = self._antecedent(merged, ps, word.lower(), genders)
            if name and word.lower() in PERSONAL_PRONOUNS:
                genders.setdefault(name, PERSONAL_PRONOUNS[word.lower()])
            merged.append(Ref(ps, p.end(), word, name, self.is_salient(ps, p.end()), pronoun=True))
        merged.extend(refs[j:])
        first = self._first_person(refs)
        return sorted(merged + first, key=lambda r: r.start) if first else merged

    def _first_person(self, refs: list[Ref]) -> list[Ref]:
        """In a transcript, "As I put it" is said by whoever the line's label names ("SORENSEN:"), and "You wrote"
        in a question by whoever answers it (the next line with another holder)."""
        lines = speaker_lines(self.masked, self.paragraphs, self.paragraph_index, lambda lb: _label_holder(lb, refs))
        return [Ref(s, e, word, name, True, pronoun=True, person=True)
                for s, e, word, name in first_and_second_person(self.masked, lines)]

    def _antecedent(self, refs: list[Ref], pos: int, pronoun: str, genders: dict[str, str]) -> str | None:
        """The nearest fitting mention in the pronoun's own sentence; else the subject (first fitting salient
        mention) of the nearest sentence that has one; else any fitting mention."""
        person = pronoun in PERSONAL_PRONOUNS
        clash = {"m": "f", "f": "m"}.get(PERSONAL_PRONOUNS.get(pronoun, ""))
        here = self.sentence_index(pos)
        same = self._same_pronoun(refs, here, pronoun)
        if same is not None:
            return same
        best, best_sentence, fallback = None, None, None
        u = bisect.bisect_left(self._unnamed, pos)  # an unnamed speaker since the mention is whom "he" means
        unnamed = self._unnamed[u - 1] if person and u and self.sentence_index(self._unnamed[u - 1]) >= here - 1 else -1
        # "Tavassoli lied to agents, she said.": a closing tag's pronoun is the speaker, not the clause's subject
        tag = self.masked.endswith(", ", 0, pos) and _TAG_AFTER_PRONOUN.match(self.masked, pos + len(pronoun))
        for r in reversed(refs[-40:]):
            if r.start < unnamed:
                return None
            if tag and self.sentence_index(r.start) == here:
                continue
            if r.name is None or r.surface in _DEICTIC or (r.person or actor_type(r.name) == "person") != person or (
                    clash and (gender(r.name) or genders.get(r.name)) == clash):
                continue
            si = self.sentence_index(r.start)
            if not r.salient and si == here and self._opens_sentence(r) and _POSSESSIVE.match(self.masked, r.end):
                return r.name  # "Khamenei's response was cool: …, he said": the subject's owner
            if not r.salient:
                fallback = fallback or r.name
                continue
            if best_sentence is not None and si != best_sentence:
                break
            best, best_sentence = r.name, si
            if si == here:
                break
        return best or fallback

    def _opens_sentence(self, r: Ref) -> bool:
        start = self.sentences[self.sentence_index(r.start)].start if self.sentences else 0
        return not self.masked[start:r.start].strip(" \t\n“‘\"'")

    def _same_pronoun(self, refs: list[Ref], here: int, pronoun: str) -> str | None:
        """`He had sent X a letter, and he warned`: a subject pronoun repeated in its sentence keeps its referent."""
        start = self.sentences[here].start if self.sentences else 0
        for r in reversed(refs[-12:]):
            if r.start < start:
                return None
            if r.pronoun and r.salient and r.name and r.surface.lower() == pronoun:
                return r.name
        return None


def _titles_of_names(named: list[_Named]) -> list[_Named]:
    """`the historian Parisa Vahdat`: a role title right before a person's name is that person's title (the
    person answers to it later), not a mention of its own."""
    out: list[_Named] = []
    for n in named:
        prev = out[-1] if out else None
        if prev is not None and prev.name is None and prev.role and n.start == prev.end + 1 and n.name \
                and actor_type(n.name) == "person":
            out[-1] = n._replace(keys=n.keys | {prev.role}, lead=min(n.lead, prev.start))
            continue
        out.append(n)
    return out


def _label_holder(label: str, refs: list[Ref]) -> str | None:
    """The person a label names by surname ("SORENSEN" → Nadia Sorensen); "HOST" or "Q" name no one."""
    return next((r.name for r in refs if r.name and r.name.split()[-1].upper() == label), None)
