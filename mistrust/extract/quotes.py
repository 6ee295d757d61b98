"""Quotations: span, kind, speaker, reporting cue and when the words were said.

Attribution (attribution.py) reads the writer's words around a quote (quotations are blanked in
`Document.masked`): a reporting clause after it (`,” he insisted`), before it (`Khamenei noted:`,
`According to X,`, `cables reveal that`), or, when the quote carries none, the speaker of the quote it
continues. Said-dates come from saiddate.py. Every window is bounded in characters.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date
from functools import lru_cache

from .attribution import CUE, SHORT_CLAUSE, WINDOW, Attribution, Attributor
from .document import Document
from .lexicon import REPORTING_RE, load, trie_regex
from .quotemarks import QuoteSpan
from .saiddate import NOT_SAID, Said, SaidDates

_CALLED = re.compile(r"\b(?:called|call|calls|calling)\s+(?:it\s+|them\s+|this\s+)?(?:an?\s+|the\s+)?$")
_COLON_OR_CUE_COMMA = re.compile(rf"(?::|(?:{REPORTING_RE}),)\s*$")
# "X said “We…”", "As she puts it in her book, “We…”"
_CUE_ENDS = re.compile(rf"\b(?:{REPORTING_RE})(?:[^,.;:“”\"]{{1,40}},)?\s*$")
_AFTER_COMMA = re.compile(r",\s*$")
_AND = re.compile(r"\b(?:and|but)\s+$")  # "X withdrew and called it", "X welcomed it but called it"
_SO_CALLED = re.compile(r"\bso[- ]called\s*[“\"‘']?$", re.I)
_ECHO = re.compile(r"[\W_]+")


@lru_cache(maxsize=1)
def _term_before() -> re.Pattern:
    """`the so-called “…”`, `known as “…”`: a label, not someone's words."""
    return re.compile(rf"(?i:{trie_regex(load('reporting')['term_cues'])})\s*$")


@dataclass(frozen=True)
class Quote:
    start: int
    end: int
    text: str
    kind: str
    speaker: str | None
    speaker_mention: str | None
    cue: str | None
    said_start: date | None
    said_end: date | None
    said_precision: str | None
    parent: int | None  # index into the returned list


class _Reader:
    """Reads the quotes of one document in order, remembering the latest attributed one."""

    def __init__(self, doc: Document):
        self.doc = doc
        self.att = Attributor(doc)
        self.dates = SaidDates(doc, self.att)
        self.last: tuple[int, Attribution, Said] | None = None  # (paragraph, attribution, said) of the latest

    def bounds(self, q: QuoteSpan) -> tuple[int, int, int]:
        """(sentence index, where the clause before may start, where the clause after must end)."""
        doc = self.doc
        si = doc.sentence_index(q.open)
        lo = max(doc.sentences[si].start if doc.sentences else 0, q.open - WINDOW)
        # A quote ending in ?” or !” ends its sentence: the reporting clause is the next "sentence",
        # but never across a paragraph break.
        para_end = doc.paragraphs[doc.paragraph_index(q.open)].end if doc.paragraphs else len(doc.text)
        nxt = doc.sentence_at(min(q.close + 2, len(doc.text) - 1))
        # after “….” the next sentence attributes the quote only when it is a bare reporting clause
        # (“….” Trump said.), not a statement of its own
        ends_sentence = doc.view[q.open + 1:q.close].rstrip()[-1:] == "."
        at = q.close if ends_sentence and nxt.end - q.close > SHORT_CLAUSE else nxt.start
        hi = min(doc.sentence_at(at).end, max(para_end, q.close + 1), q.close + WINDOW)
        return si, lo, hi

    def is_term(self, pre_lo: int, open_: int) -> bool:
        m = self.doc.masked
        if _term_before().search(m, max(pre_lo, open_ - 40), open_):
            return True
        # "a policy called “…”" is a label; "X called it “…”", "…, calling it “…”" attribute words
        called = _CALLED.search(m, max(pre_lo, open_ - 40), open_)
        if not called or _AFTER_COMMA.search(m, max(pre_lo, called.start() - 3), called.start()):
            return False
        if _AND.search(m, max(pre_lo, called.start() - 5), called.start()):  # "X withdrew and called it “…”"
            return self.att.first_salient(pre_lo, called.start()) is None
        return self.att.subject_before(called.start(), pre_lo) is None

    def attribute(self, q: QuoteSpan, si: int, lo: int, hi: int) -> tuple[Attribution | None, bool]:
        """The attribution and whether the quote stands as a clause of its own (direct)."""
        pre = self.doc.masked[lo:q.open]
        body = self.doc.view[q.open + 1:q.close]
        at_start = not pre.strip(" \t\n“‘\"'")
        if at_start:
            a = self.att.after(q.close, hi) or self.att.signed(q.close) or self.att.previous_sentence(si)
        else:
            a = self.att.named_remark(lo, q.open, q.close, hi) or self.att.before(lo, q.open) or \
                self.att.after(q.close, hi) or self.att.closing_tag(q.close, hi)
        # `X said: “…”`, `X said, “…”`, `X said on Monday, “We…”`: the quote stands as a clause of its own
        # (`$`-anchored searches try every position of `pre`: the cheap tests of what they need go first)
        direct = at_start or pre.rstrip()[-1:] in (":", ",") and bool(_COLON_OR_CUE_COMMA.search(pre)) or \
            body[:1].isupper() and bool(_CUE_ENDS.search(pre))
        if a is not None:
            a.sentence = si
        return a, direct

    def inherit(self, q: QuoteSpan, si: int, direct: bool, has_cue: bool) -> tuple[Attribution | None, Said]:
        """A quote with no reporting clause of its own continues the latest speaker."""
        if self.last is None:
            return None, NOT_SAID
        para, a, said = self.last
        doc = self.doc
        pi = doc.paragraph_index(q.open)
        if pi - para > 1 or not self.same_entry(para, q.open):
            return None, NOT_SAID
        same_sentence = a.sentence == si
        next_para_start = pi - para == 1 and doc.paragraphs[pi].start == q.open
        if same_sentence or has_cue or direct and (pi == para or next_para_start) or \
                pi == para and self.goes_on(a, si, q.open):
            return Attribution(a.speaker, a.mention, a.cue, None), said
        return None, NOT_SAID

    def goes_on(self, a: Attribution, si: int, open_: int) -> bool:
        """`The crisis had one author, he said: … Any attempt would be “legally null.”`: the next sentence,
        naming no one else, goes on reporting the same speaker."""
        start = max(self.doc.sentences[si].start, open_ - WINDOW)
        return a.sentence == si - 1 and a.speaker is not None and \
            all(r.name in (None, a.speaker) for r in self.doc.refs_in(start, open_) if r.salient)

    def same_entry(self, para: int, pos: int) -> bool:
        """Live-blog entries are separate stories: nothing carries over from one into the next."""
        doc = self.doc
        return not doc.entries or doc.entry_start(doc.paragraphs[para].start) == doc.entry_start(pos)

    def read(self, q: QuoteSpan) -> Quote | None:
        doc = self.doc
        start, end = q.open + 1, q.close
        body = doc.view[start:end]  # read without markup; the row keeps the original text
        if not body.strip():
            return None
        si, lo, hi = self.bounds(q)
        words = len(body.split())
        if q.parent is not None or self.is_term(lo, q.open):
            kind = "term" if q.parent is None or words <= 6 else "partial"
            return Quote(start, end, doc.text[start:end], kind, None, None, None, None, None, None, q.parent)
        a, direct = self.attribute(q, si, lo, hi)
        kind = "direct" if direct else "partial"
        said = NOT_SAID
        if a is not None and (a.speaker or a.mention):
            said = self.dates.own(a, si, doc.sentences[si].start if doc.sentences else 0, hi)
        else:
            a, said = self.inherit(q, si, direct, bool(CUE.search(doc.masked, lo, q.open)))
        if a is None and kind == "partial" and words <= 6:
            kind = "term"
        if a is None:
            said = self.dates.inherited(None, si, q.close, NOT_SAID) if kind != "term" else NOT_SAID
            return Quote(start, end, doc.text[start:end], kind, None, None, None, *said, q.parent)
        said = self._said(a, si, q, said)
        self.last = (doc.paragraph_index(q.open), a, said)
        return Quote(start, end, doc.text[start:end], kind, a.speaker, a.mention, a.cue, *said, q.parent)

    def _said(self, a: Attribution, si: int, q: QuoteSpan, own: Said) -> Said:
        if own.start is not None or self.dates.earlier_occasion(a):
            return own
        previous = NOT_SAID
        if self.last is not None and self.last[1].speaker == a.speaker and \
                self.doc.paragraph_index(q.open) - self.last[0] <= 1 and self.same_entry(self.last[0], q.open):
            previous = self.last[2]  # the same remarks continue
        return self.dates.inherited(a.speaker, si, q.close, previous)


def _continuations(doc: Document, out: list[Quote | None]) -> None:
    """`“A.” “B,” he said.` and a quote running on into the next paragraph: attributed by what follows."""
    for i in range(len(out) - 2, -1, -1):
        q, nxt = out[i], out[i + 1]
        if q is None or nxt is None or q.speaker_mention is not None or q.kind != "direct" or nxt.speaker_mention is None:
            continue
        gap = doc.masked[doc.quotes[i].close + 1:doc.quotes[i + 1].open]
        if doc.quotes[i].runs_on or not gap.strip():
            out[i] = replace(q, speaker=nxt.speaker, speaker_mention=nxt.speaker_mention, cue=nxt.cue,
                             said_start=nxt.said_start, said_end=nxt.said_end, said_precision=nxt.said_precision)


def _echoes(out: list[Quote | None]) -> None:
    """A headline or summary repeating words quoted with a speaker elsewhere takes that speaker."""
    said_by = {}
    for q in out:
        if q is not None and q.speaker:
            said_by.setdefault(_ECHO.sub(" ", q.text).strip().lower(), q.speaker)
    for i, q in enumerate(out):
        if q is not None and q.speaker is None and q.kind != "term" and len(q.text) >= 12:
            speaker = said_by.get(_ECHO.sub(" ", q.text).strip().lower())
            if speaker:
                out[i] = replace(q, speaker=speaker)


@lru_cache(maxsize=1)
def _known() -> dict[str, tuple[str, date | None]]:
    return {_ECHO.sub(" ", k["phrase"]).strip().lower(): (k["speaker"], date.fromisoformat(k["said"]) if "said" in k else None)
            for k in load("known_quotes")["quote"]}


def _known_speakers(doc: Document, out: list[Quote | None]) -> None:
    """`the “axis of evil” speech`, `a “den of spies”`: a well-known phrase quoted with no speaker named is its
    coiner's (`known_quotes.toml`), dated by its one occasion when the text gives no date; a "so-called" label
    is nobody's words."""
    for i, q in enumerate(out):
        known = _known().get(_ECHO.sub(" ", q.text).strip().lower()) if q is not None and q.speaker is None else None
        if known is None or _SO_CALLED.search(doc.text, max(0, q.start - 14), q.start):
            continue
        speaker, day = known
        said = (q.said_start, q.said_end, q.said_precision) if q.said_start or day is None else (day, day, "day")
        out[i] = replace(q, speaker=speaker, said_start=said[0], said_end=said[1], said_precision=said[2])


def extract_quotes(doc: Document) -> list[Quote]:
    reader = _Reader(doc)
    out = [reader.read(q) for q in doc.quotes]
    _continuations(doc, out)
    _echoes(out)
    _known_speakers(doc, out)
    # Drop empty quotes, remapping parent indices.
    keep = [i for i, x in enumerate(out) if x is not None]
    new_index = {old: new for new, old in enumerate(keep)}
    return [q if (parent := new_index.get(q.parent)) == q.parent else replace(q, parent=parent)
            for q in (out[i] for i in keep)]
