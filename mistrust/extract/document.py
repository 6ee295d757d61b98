"""One analysed document: the structures every extractor shares, computed once.

`view` is the text with any HTML markup blanked, `masked` the view with every
quotation's contents blanked too (offsets kept in both), so
that attribution and event rules read the writer's words, not the quoted ones.
`refs` are actor mentions and resolved subject pronouns outside quotations,
in order, each marked salient (a likely clause subject) or not.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field, replace
from datetime import date

from .actors import Mention, actor_type, find_mentions, gender
from .dates import DateMention, document_dates
from .lexicon import MODIFIED_NOUNS, PREPOSITIONS, REPORTING_RE, trie_regex
from .quotemarks import QuoteSpan, pair_quotes
from .text import Span, blank_markup, paragraphs, sentences


@dataclass(frozen=True)
class Ref:
    start: int
    end: int
    surface: str
    name: str | None
    salient: bool
    pronoun: bool = False


# A person the lexicon does not know, named next to a reporting verb: "Hugh Hill, a doctor, said".
_NAMED_SPEAKER = re.compile(
    rf"(?<![\w.])(?:((?:[A-Z][a-z]+|[A-Z]\.)(?:[ -](?:[A-Z][a-z]+|[A-Z]\.|al|bin|de|van|von)){{1,3}})"
    rf"(?:,[^,“”\"]{{2,60}},|,)?\s+(?:has\s+|had\s+)?(?:\w+ly\s+)?(?:{REPORTING_RE})\b"
    rf"|(?:{REPORTING_RE}|according to)\s+((?:[A-Z][a-z]+)(?:[ -][A-Z][a-z]+){{1,3}})(?![\w]))")
_NOT_NAME_START = {"The", "A", "An", "As", "But", "And", "When", "In", "On", "If", "This", "That", "It", "He",
                   "She", "They", "We", "Analysts", "Officials", "Critics", "Experts", "Diplomats"}
_PRONOUN = re.compile(r"\b(?:he|she|they|He|She|They)\b")
_PREV_WORD = re.compile(r"([A-Za-z]+)\W*$")
_NOT_NEWLINE = re.compile(r"[^\n]")
_POSSESSIVE = re.compile(r"[’']s?\b")
_NEXT_WORD = re.compile(r"\s+([a-z]+)")


class _Spans:
    """Disjoint [start, end) spans with an overlap test in log time."""

    def __init__(self, spans):
        self.spans = sorted(spans)

    def overlaps(self, start: int, end: int) -> bool:
        i = bisect.bisect_right(self.spans, (start, float("inf")))
        return (i > 0 and self.spans[i - 1][1] > start) or (i < len(self.spans) and self.spans[i][0] < end)

    def add(self, start: int, end: int) -> None:
        bisect.insort(self.spans, (start, end))


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

    def __post_init__(self):
        self.view = blank_markup(self.text)  # what extractors read; same length as text
        self.paragraphs = paragraphs(self.view)
        self.sentences = [s for p in self.paragraphs for s in sentences(self.view, p)]
        self._sent_starts = [s.start for s in self.sentences]
        self._para_starts = [p.start for p in self.paragraphs]
        self.quotes, self.quote_warnings = pair_quotes(self.view, self.paragraphs)
        self.masked = self._mask_quotes()
        self.mentions = find_mentions(self.masked)
        self.dates = document_dates(self.view, self.published)
        if self.view is not self.text:  # keep the expression as written in the original
            self.dates = [replace(d, text=self.text[d.start:d.end]) for d in self.dates]
        self._date_starts = [d.start for d in self.dates]
        self.refs = self._resolve_refs()
        self._ref_starts = [r.start for r in self.refs]

    def _mask_quotes(self) -> str:
        """The text with every quotation's contents blanked; newlines and offsets kept."""
        parts, pos = [], 0
        for q in self.quotes:  # ordered by opening mark; nested ones lie inside their parent
            if q.close <= pos:
                continue
            lo = max(pos, q.open + 1)
            parts.append(self.view[pos:lo])
            parts.append(_NOT_NEWLINE.sub(" ", self.view[lo:q.close]))
            pos = q.close
        parts.append(self.view[pos:])
        return "".join(parts)

    # -- lookups -------------------------------------------------------------
    def sentence_at(self, pos: int) -> Span:
        i = max(0, bisect.bisect_right(self._sent_starts, pos) - 1)
        return self.sentences[i] if self.sentences else Span(0, len(self.text))

    def sentence_index(self, pos: int) -> int:
        return max(0, bisect.bisect_right(self._sent_starts, pos) - 1)

    def paragraph_index(self, pos: int) -> int:
        return max(0, bisect.bisect_right(self._para_starts, pos) - 1)

    def dates_in(self, start: int, end: int) -> list[DateMention]:
        i = bisect.bisect_left(self._date_starts, start)
        j = bisect.bisect_left(self._date_starts, end)
        return [d for d in self.dates[i:j] if d.end <= end]

    def refs_in(self, start: int, end: int) -> list[Ref]:
        """Refs starting in [start, end), in order."""
        return self.refs[bisect.bisect_left(self._ref_starts, start):bisect.bisect_left(self._ref_starts, end)]

    # -- salience and pronouns ------------------------------------------------
    def is_salient(self, start: int, end: int) -> bool:
        """A mention that can be a clause subject: not possessive, not after a preposition."""
        if _POSSESSIVE.match(self.masked, end):
            return False
        nxt = _NEXT_WORD.match(self.masked, end)
        if nxt and nxt.group(1) in MODIFIED_NOUNS:
            return False
        prev = _PREV_WORD.search(self.masked, max(0, start - 20), start)
        return not (prev and prev.group(1).lower() in PREPOSITIONS and self.masked[start - 1] == " ")

    def _resolve_refs(self) -> list[Ref]:
        refs = [Ref(m.start, m.end, m.surface, m.name, self.is_salient(m.start, m.end)) for m in self.mentions]
        taken = _Spans((m.start, m.end) for m in self.mentions)
        surnames: dict[str, str] = {}
        for n in _NAMED_SPEAKER.finditer(self.masked):
            g = 1 if n.group(1) else 2
            s, e = n.span(g)
            if n.group(g).split()[0] in _NOT_NAME_START or taken.overlaps(s, e):
                continue
            refs.append(Ref(s, e, n.group(g), n.group(g), self.is_salient(s, e)))
            taken.add(s, e)
            surnames.setdefault(n.group(g).split()[-1], n.group(g))
        if surnames:
            # later mentions by surname alone: "Baghaei told a news conference"
            for m in re.finditer(r"\b(?:" + trie_regex(surnames) + r")\b", self.masked):
                s, e = m.span()
                if not taken.overlaps(s, e):
                    refs.append(Ref(s, e, m.group(), surnames[m.group()], self.is_salient(s, e)))
        refs.sort(key=lambda r: r.start)
        pronouns = [(p.start(), p.end(), p.group()) for p in _PRONOUN.finditer(self.masked)]
        merged: list[Ref] = []
        genders: dict[str, str] = {}  # learnt from the text: whoever "she" is, is not "he"
        j = 0
        for ps, pe, word in pronouns:
            while j < len(refs) and refs[j].start < ps:
                merged.append(refs[j])
                j += 1
            name = self._antecedent(merged, ps, word.lower(), genders)
            if name and word.lower() in ("he", "she"):
                genders.setdefault(name, "m" if word.lower() == "he" else "f")
            merged.append(Ref(ps, pe, word, name, self.is_salient(ps, pe), pronoun=True))
        merged.extend(refs[j:])
        return merged

    @staticmethod
    def _antecedent(refs: list[Ref], pos: int, pronoun: str, genders: dict[str, str]) -> str | None:
        person = pronoun in ("he", "she")
        clash = {"he": "f", "she": "m"}.get(pronoun)
        fallback = None
        for r in reversed(refs[-40:]):
            if r.name is None:
                continue
            is_person = actor_type(r.name) == "person"
            if is_person != person or (clash and (gender(r.name) or genders.get(r.name)) == clash):
                continue
            if r.salient:
                return r.name
            fallback = fallback or r.name
        return fallback
