"""Quotations: span, kind, speaker, reporting cue and when the words were said.

Attribution is read from the writer's words around a quote (quotations are
blanked in `Document.masked`): a reporting clause after it (`,” he insisted`),
before it (`Khamenei noted:`, `According to X,`, `cables reveal that`), or,
when the quote carries none, the speaker of the quote it continues.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from .document import Document, Ref
from .lexicon import REPORTING_RE

TERM_BEFORE = re.compile(r"(?:so-called|so called|called|dubbed|termed|labell?ed|branded|known as|"
                         r"the (?:term|phrase|word|slogan|label|expression|notion|concept) of|"
                         r"the (?:term|phrase|word|slogan|label|expression))\s*$", re.IGNORECASE)
CUE = re.compile(rf"\b(?:{REPORTING_RE})\b")
_FILLER = re.compile(r"^(?:\s*,[^,“”]{2,60},|,)?(?:\s+(?:has|had|have|also|then|later|once|again|repeatedly|"
                     r"often|[a-z]+ly))*\s+$")
_PASSIVE = re.compile(r"\b(?:was|were|been|be|is|are|being)\s+(?:\w+ly\s+)?$")
_NP_SPEAKER = re.compile(r"(?:an?|the|some|several|many)\s+(?:[\w’'-]+\s+){0,4}?(?=(?:has\s+|had\s+)?(?:" + REPORTING_RE + r")\b)")


_HEADLINE_SPEAKER = re.compile(r"\s*([^:“”\"]{2,60}?)\s*:\s+\S")
_CUE_AFTER_SPEAKER = re.compile(
    rf"(?:\s*,[^,“”]{{2,60}},)?\s+(?:has\s+|had\s+|have\s+)?(?:\w+ly\s+)?(?P<cue>{REPORTING_RE})\b")
_CUE_THEN_SPEAKER = re.compile(rf"(?P<cue>{REPORTING_RE})\s+")
_ACCORDING = re.compile(r"\b[Aa]ccording to\s+")
_BY = re.compile(r"\s+by\s+")
_COORDINATED = re.compile(r"(?:\band|,)\s+$")
_CUE_ENDS_SENTENCE = re.compile(rf"(?P<cue>{REPORTING_RE})\s*[.:]\s*$")
_COLON_OR_CUE_COMMA = re.compile(rf"(?::|(?:{REPORTING_RE}),)\s*$")
_CUE_ENDS = re.compile(rf"\b(?:{REPORTING_RE})\s*$")
_NEW_CLAUSE = re.compile(r"[,;”\"]\s+(?:and|but|while|whereas|although)\b|;")


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


@dataclass
class _Attribution:
    speaker: str | None
    mention: str | None
    cue: str | None
    anchor: int | None  # where the attribution sits, to pick the nearest date
    sentence: int | None = None


class _Attributor:
    def __init__(self, doc: Document):
        self.doc = doc
        self.m = doc.masked

    def ref_starting(self, pos: int, slack: int = 4) -> Ref | None:
        found = self.doc.refs_in(pos, pos + slack + 1)
        return found[0] if found else None

    def subject_before(self, pos: int, lo: int) -> Ref | None:
        """The subject right before a verb at pos: adverbs, has/had or an apposition may stand between.

        Of several candidates (`Hugh Hill, a doctor in Tehran, said`) the head, the earliest named one, wins.
        """
        fallback = None
        for r in self.doc.refs_in(lo, pos):
            if r.end > pos:
                break
            if _FILLER.match(self.m[r.end:pos]):
                if r.name:
                    return r
                fallback = fallback or r
        return fallback

    def first_salient(self, lo: int, hi: int) -> Ref | None:
        return next((r for r in self.doc.refs_in(lo, hi) if r.salient and r.name), None)

    def after(self, close: int, sent_end: int) -> _Attribution | None:
        p = close + 1
        while p < sent_end and self.m[p] in " ,\t":
            p += 1
        r = self.ref_starting(p)
        if r is not None:
            c = _CUE_AFTER_SPEAKER.match(self.m, r.end, sent_end)
            if c:
                return _Attribution(r.name, r.surface, c["cue"], c.start("cue"))
        c = _CUE_THEN_SPEAKER.match(self.m, p, sent_end)
        if c:
            r = self.ref_starting(c.end(), slack=4)
            if r is not None:
                return _Attribution(r.name, r.surface, c["cue"], p)
        np = _NP_SPEAKER.match(self.m, p, sent_end)
        if np:
            c = CUE.search(self.m, np.end(), sent_end)
            return _Attribution(None, np.group().strip(), c.group() if c else None, p)
        return None

    def before(self, sent_start: int, open_: int) -> _Attribution | None:
        pre = self.m[sent_start:open_]
        acc = list(_ACCORDING.finditer(pre))
        if acc:
            r = self.ref_starting(sent_start + acc[-1].end())
            if r is not None:
                return _Attribution(r.name, r.surface, "according to", sent_start + acc[-1].start())
        for c in reversed(list(CUE.finditer(pre))):
            cs = sent_start + c.start()
            if _PASSIVE.search(pre[:c.start()]):
                by = _BY.match(self.m[cs + len(c.group()):open_])
                if by:
                    r = self.ref_starting(cs + len(c.group()) + by.end())
                    if r is not None:
                        return _Attribution(r.name, r.surface, c.group(), cs)
                continue
            r = self.subject_before(cs, sent_start)
            if r is not None:
                return _Attribution(r.name, r.surface, c.group(), cs)
            if _COORDINATED.search(pre, 0, c.start()):
                r = self.first_salient(sent_start, cs)
                if r is not None:
                    return _Attribution(r.name, r.surface, c.group(), cs)
        if pre.rstrip().endswith(":"):
            r = self.first_salient(sent_start, open_)
            if r is not None:
                return _Attribution(r.name, r.surface, None, r.start)
        head = _HEADLINE_SPEAKER.match(pre)  # "Khamenei: talks with US 'not smart'"
        if head:
            r = self.ref_starting(sent_start + head.start(1), slack=0)
            if r is not None and r.end == sent_start + head.end(1):
                return _Attribution(r.name, r.surface, None, r.start)
        return None

    def previous_sentence(self, sent_idx: int) -> _Attribution | None:
        """`X has stated. “…”`: a reporting clause closing the sentence before."""
        if sent_idx == 0:
            return None
        prev = self.doc.sentences[sent_idx - 1]
        tail = _CUE_ENDS_SENTENCE.search(self.m[prev.start:prev.end])
        if tail:
            cs = prev.start + tail.start("cue")
            r = self.subject_before(cs, prev.start)
            if r is not None:
                return _Attribution(r.name, r.surface, tail["cue"], cs)
        return None


def _nearest_date(doc: Document, sent_start: int, sent_end: int, anchor: int, speaker: str | None):
    best = None
    for d in doc.dates_in(sent_start, sent_end):
        if d.date_start is None or doc.masked[d.start] != doc.view[d.start]:
            continue  # unresolved, or inside a quotation
        lo, hi = sorted((anchor, d.start))
        if _NEW_CLAUSE.search(doc.masked, lo, hi) or any(
                r.salient and r.name and r.name != speaker for r in doc.refs_in(lo + 1, hi)):
            continue  # "Pompeo called it …, and in May 2018 Trump announced": another clause's date
        dist = abs(d.start - anchor)
        if best is None or dist < best[0]:
            best = (dist, d)
    return best[1] if best else None


def extract_quotes(doc: Document) -> list[Quote]:
    att = _Attributor(doc)
    text, masked = doc.text, doc.masked
    out: list[Quote] = []
    attributions: list[_Attribution | None] = []
    for q in doc.quotes:
        start, end = q.open + 1, q.close
        body = doc.view[start:end]  # read without markup; the row keeps the original text
        if not body.strip():
            attributions.append(None)
            out.append(None)  # placeholder keeps indices aligned; dropped below
            continue
        si = doc.sentence_index(q.open)
        sent = doc.sentences[si] if doc.sentences else None
        # A quote ending in ?” or !” ends its sentence; the reporting clause is the next "sentence",
        # but never across a paragraph break.
        para_end = doc.paragraphs[doc.paragraph_index(q.open)].end if doc.paragraphs else len(text)
        sent_end = min(doc.sentence_at(min(q.close + 2, len(text) - 1)).end, max(para_end, q.close + 1))
        pre = masked[sent.start:q.open] if sent else ""
        words = len(body.split())
        a: _Attribution | None = None
        kind = "partial"
        if q.parent is not None:
            kind = "term" if words <= 6 else "partial"
        elif TERM_BEFORE.search(pre):
            kind = "term"
        else:
            at_start = not pre.strip(" \t\n“‘\"'")
            if at_start:
                a = att.after(q.close, sent_end) or att.previous_sentence(si)
            else:
                a = att.before(sent.start, q.open) or att.after(q.close, sent_end)
            # `X said: “…”`, `X said, “…”`, `X said “We…”`: the quote stands as a clause of its own
            if at_start or _COLON_OR_CUE_COMMA.search(pre) or (_CUE_ENDS.search(pre) and body[:1].isupper()):
                kind = "direct"
            if a is not None:
                a.sentence = si
            if a is None or a.speaker is None and a.mention is None:
                a = _inherit(doc, out, attributions, q, si, kind, has_cue=bool(CUE.search(pre)))
            if a is None and kind == "partial" and words <= 6:
                kind = "term"
        said = (None, None, None)
        if a is not None and kind != "term":
            d = None
            if a.sentence == si and a.anchor is not None:
                s_lo = doc.sentences[a.sentence].start
                d = _nearest_date(doc, s_lo, sent_end, a.anchor, a.speaker)
            if d is not None:
                said = (d.date_start, d.date_end, d.precision)
            else:
                said = _inherited_date(doc, out, attributions, q, a)
        attributions.append(a if kind != "term" else None)
        speaker = a.speaker if (a and kind != "term") else None
        out.append(Quote(start, end, text[start:end], kind, speaker, a.mention if a and kind != "term" else None,
                         a.cue if a and kind != "term" else None, *said, q.parent))
    # `“A.” “B,” he said.` and a quote running on into the next paragraph: attributed by what follows.
    for i in range(len(out) - 2, -1, -1):
        q, nxt, a_next = out[i], out[i + 1], attributions[i + 1]
        if q is None or nxt is None or attributions[i] is not None or q.kind != "direct" or a_next is None:
            continue
        gap = masked[doc.quotes[i].close + 1:doc.quotes[i + 1].open]
        if doc.quotes[i].runs_on or not gap.strip():
            attributions[i] = a_next
            out[i] = Quote(**{**q.__dict__, "speaker": nxt.speaker, "speaker_mention": nxt.speaker_mention,
                              "cue": nxt.cue, "said_start": nxt.said_start, "said_end": nxt.said_end,
                              "said_precision": nxt.said_precision})
    # Drop empty quotes, remapping parent indices.
    keep = [i for i, x in enumerate(out) if x is not None]
    new_index = {old: new for new, old in enumerate(keep)}
    return [Quote(**{**out[i].__dict__, "parent": new_index.get(out[i].parent)}) for i in keep]


def _previous(out, attributions, doc: Document, q, max_para_gap: int):
    pi = doc.paragraph_index(q.open)
    for j in range(len(out) - 1, -1, -1):
        prev, a = out[j], attributions[j]
        if prev is None or a is None or doc.quotes[j].parent is not None:
            continue
        if pi - doc.paragraph_index(prev.start) > max_para_gap:
            return None, None
        return prev, a
    return None, None


def _inherit(doc, out, attributions, q, si, kind, has_cue) -> _Attribution | None:
    """A quote with no reporting clause of its own continues the latest speaker."""
    prev, a = _previous(out, attributions, doc, q, max_para_gap=1)
    if prev is None:
        return None
    same_sentence = doc.sentence_index(prev.start) == si
    same_para = doc.paragraph_index(prev.start) == doc.paragraph_index(q.open)
    if same_sentence or kind == "direct" and same_para or has_cue or (
            kind == "direct" and doc.paragraph_index(q.open) - doc.paragraph_index(prev.start) == 1
            and doc.paragraphs[doc.paragraph_index(q.open)].start == q.open):
        return _Attribution(a.speaker, a.mention, a.cue, None, None)
    return None


def _inherited_date(doc, out, attributions, q, a):
    """Continuations, and the same speaker again in one paragraph, keep the date already given."""
    prev, pa = _previous(out, attributions, doc, q, max_para_gap=0)
    if prev is not None and pa.speaker == a.speaker and prev.said_start is not None:
        return prev.said_start, prev.said_end, prev.said_precision
    return None, None, None
