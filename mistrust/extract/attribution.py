"""Who said a quotation, read from the writer's words around it (`Document.masked`).

One small function per attribution pattern; `after` and `before` try them in order. The mentions they read
(subjects, apposed names, who a mention names) are `attribution_refs.py`'s.
Every look is bounded in characters (`WINDOW`), so a sentence with no full stop costs no more than a short one.
"""
from __future__ import annotations

import re

from .actors import SPOKES, SPOKES_WORD, actor_type, is_media
from .attribution_cues import (according, definite_unnamed, groups, headline_label, issued_by, named_remark, noun_use,
                               occasion, owned_remark, owner_remark_cue, quotes_object, remark_owner, remark_speaker,
                               remark_that, title_cue)
from .date_words import TIME_STAMP
from .attribution_refs import NAME_OBJECT, SUBJECT_WINDOW, WINDOW, Attribution, AttributorBase
from .document import Ref
from .lexicon import REPORTING_CUE as CUE, REPORTING_RE, SPEAKING_FOR, TAG_CLOSES

# a dash after a quote opening its sentence, on the next line or the same one ("“…” — Yukiya Amano, director …")
_SIGNATURE = re.compile(r"[.,]?[ \t]*(?:\n[ \t]*)?(?:[—–]|--?)[ \t]*")
SHORT_CLAUSE = 60  # the longest sentence read as a bare reporting clause after a quote: “….” Trump said on Monday.

_PASSIVE = re.compile(r"\b(?:was|were|been|be|is|are|being)\s+(?:\w+ly\s+)?$")
_NP_SPEAKER = re.compile(r"(?:an?|the|one|some|several|many|his|her|their)\s+(?:[\w’'-]+\s+){0,10}?"
                         rf"(?=(?:has\s+|had\s+)?(?:{REPORTING_RE})\b)")
_HEADLINE_SPEAKER = re.compile(r"\s*([^:“”\"]{2,60}?)\s*:(?:\s+\S|\s*$)")
# "Khamenei was quoted by his website as saying": the subject of the passive is the speaker
_QUOTED_AS = r"(?:was|were|is|are|has\s+been|had\s+been)\s+(?:\w+ly\s+)?quoted\s+(?:by\s+[^,;:“”\"\n]{1,60}?\s+)?as\s+"
_QUOTED_BEFORE_CUE = re.compile(rf"\b{_QUOTED_AS}$")
# "Iran's mission to the UN wrote", "the envoy to the IAEA said": a short named complement before the verb
_CUE_AFTER_SPEAKER = re.compile(
    rf"(?:\s+(?:to|at|in|of)\s+(?:the\s+)?[A-Z][\w.]*(?:\s+(?:(?:for|of|on|and)\s+)?[A-Z][\w.]*){{0,4}})?(?:\s*,\s*(?P<aside>[^,“”]{{2,120}}),)?,?\s+(?:has\s+|had\s+|have\s+)?(?:\w+ly\s+)?(?:{_QUOTED_AS})?(?P<cue>{REPORTING_RE})\b")
_SPOKES_BEFORE = re.compile(rf"\s+{SPOKES_WORD}\s+(?:has\s+|had\s+)?$")
_CUE_THEN_SPEAKER = re.compile(rf"(?P<cue>{REPORTING_RE})\s+")
# "said Warren Christopher's former aide, Ellen Marsh": the owner is not the speaker; the apposed name is
_OWNED = re.compile(r"[’']s\s+(?P<np>[^,.;:“”\"\n]{1,60}?)(?:,\s+|(?=[,.;:]|$))")
_BY = re.compile(r"\s+by\s+")
_CLAUSE_SUBJECT = re.compile(r"(?:\band|\bbut|,|\bby)\s+$")  # "X appeared to soften, saying", "X opened by describing"
# "X has stated.", "the minister stated to the media:" (a colon lets a few words follow the verb)
_CUE_ENDS_SENTENCE = re.compile(rf"(?P<cue>{REPORTING_RE})(?:\s*\.|(?:\s+[^.:;“”\n]{{1,40}}?)?\s*:)\s*$")
# "In a vote, the three European sponsors said", "…, 41 signatories said": a plural subject opening a clause that
# names no actor; the words are theirs, not the last speaker's (a singular "the ministry said" usually means the one
# just named)
_COMMON_SUBJECT = re.compile(r"(?:^|[,;:.]\s+)(?P<np>(?:[Tt]he|[Ss]ome|[Ss]everal|[Mm]any|[Bb]oth|[Tt]wo|[Tt]hree|[Ff]our"
                             r"|\d[\d,]*)\s+(?:[\w’'-]+\s+){0,2}?[a-z][\w-]*s)\s+(?:have\s+|had\s+)?$", re.M)
_RELATIVE_WHO = re.compile(r",\s+who\s+(?:\w+ly\s+|(?:in|on|last|earlier)\s+[\w ]{3,20}?\s+)?$")  # "who in February called"
# "A senior diplomat told me", "My old boss used to call that", "A senior U.S. official told reporters": one
# unnamed source; the words are not the last named speaker's
_UNNAMED_SUBJECT = re.compile(r"\b(?P<np>(?:[Aa]n?|[Mm]y|[Oo]ur|[Oo]ne)\s+(?:[\w’'.-]+\s+){0,3}?[a-z][\w-]*)"
                              r"\s+(?:has\s+|had\s+|also\s+|used\s+to\s+)?$")
_INDEFINITE = re.compile(r"(?:An?|One)\s+[a-z][\w-]*\b")
_SKIP_SPACE = re.compile(r"\s*")
_CLAUSE_START = (",", ";", ":", ".", "”", '"', "")
_SKIP = re.compile(r"[ ,\t]*")
# "a senior Iranian official", "their lead counsel, Gregory Thalberg,", "CRM's director, Ines Molnar": a determiner
# (or an owner no list knows), a role, maybe the name apposed
_DETERMINER = re.compile(r"(?:an?|the|one|his|her|their|its|[A-Z][\w&.-]*[’']s)\s+(?:[a-z][\w’'-]*\s+){0,2}?(?:[a-z][\w-]*,\s+)?(?=[A-Z])")
_MODIFIERS = re.compile(r"(?:[a-z][\w’'-]*\s+){1,4}?(?=[A-Z])")  # "“…,” former ambassador Lena Hovsepian said"


class Attributor(AttributorBase):
    # -- after the quote: `,” X said`, `,” said X`, `,” an official said`, `,” one post reads` ----------
    def speaker_then_cue(self, p: int, hi: int) -> Attribution | None:
        r = self.ref_starting(p)
        if r is None:  # "a senior Iranian official said": an unnamed official after an article and adjectives
            det = _DETERMINER.match(self.m, p, hi) or _MODIFIERS.match(self.m, p, hi)
            r = self.ref_starting(det.end(), slack=0) if det else None
            apposed = r is not None and "," in det.group() and actor_type(r.name or "") == "person" and r.name
            titled = r is not None and self.titled_person(r)  # "former ambassador Lena Hovsepian said"
            r = r if r is not None and (r.person or apposed or titled or SPOKES.match(self.m, r.end, hi)) else None
        named = self.titled_aside(r, hi) if r is not None else None
        if named is not None:
            return named
        spokes = SPOKES.match(self.m, r.end, hi) if r is not None and actor_type(r.name or "") != "person" else None
        if spokes:  # "a State Department spokesperson said": a spokesperson speaks for the body named
            return self.spoken_for(r, spokes.end(), hi)
        c = (_CUE_AFTER_SPEAKER.match(self.m, r.end, hi) or owner_remark_cue().match(self.m, r.end, hi)) \
            if r is not None else None
        return self.of(r, c["cue"], c.start("cue"), after=True) if c else None

    def titled_aside(self, r: Ref, hi: int) -> Attribution | None:
        """`the Treasury Secretary, Janet Yellen, said`, `State Department spokesman Matthew Miller told`: the person."""
        named = self.apposed_person(r)
        c = _CUE_AFTER_SPEAKER.match(self.m, named.end, hi) if named else None
        return self.of(named, c["cue"], c.start("cue"), after=True) if c else None

    def spoken_for(self, r: Ref, end: int, hi: int) -> Attribution | None:
        c = _CUE_AFTER_SPEAKER.match(self.m, end, hi)
        return Attribution(r.name, self.m[r.start:end], c["cue"], c.start("cue"), True) if c else None

    def cue_then_speaker(self, p: int, hi: int) -> Attribution | None:
        c = _CUE_THEN_SPEAKER.match(self.m, p, hi)
        r = self.ref_starting(c.end()) if c else None
        det = _DETERMINER.match(self.m, c.end(), hi) if c and r is None else None
        r = self.ref_starting(det.end(), slack=0) if det else r  # "said a senior US official"
        if c and r is None:  # "said team manager Curtis Belfort": a titled person after lowercase modifiers
            mod = _MODIFIERS.match(self.m, c.end(), hi)
            r = self.ref_starting(mod.end(), slack=0) if mod else None
            r = r if r is not None and self.titled_person(r) else None
        owned = _OWNED.match(self.m, r.end, hi) if r is not None else None
        if owned:  # "said X's aide, Y" → Y; "said X's spokesman" → someone unnamed
            apposed = self.ref_starting(owned.end(), slack=0) if owned.group().rstrip().endswith(",") else None
            if apposed is None:
                return Attribution(None, self.m[r.start:owned.end("np")], c["cue"], p, True)
            r = apposed
        return self.of(r, c["cue"], p, after=True) if r is not None else None

    def remark(self, p: int, hi: int) -> Attribution | None:
        rm = remark_speaker().match(self.m, p, hi)
        if not rm:
            return None
        mention = rm.group()[:rm.start("cue") - p].strip()
        issued = self.last_speaker(p) or self.issuer(p, rm["noun"])
        if issued:  # dated where the remark was first named: "said in a written statement late on Thursday"
            return Attribution(issued[0].name if issued[0] else None, mention, rm["cue"], issued[1])
        author = self.author_before(p)
        return Attribution(author.name, mention, rm["cue"], p, True) if author is not None else None

    def issuer(self, p: int, noun: str) -> tuple[Ref | None, int] | None:
        """`The State Department said in a written statement … “…,” the statement said`: the subject of the
        sentence that first named the remark issued it, a ministry as well as a person, or nobody named ("the
        three ministers said in a letter"); and where."""
        lo = max(0, p - 2 * WINDOW)
        named = None
        for named in re.compile(rf"\b{re.escape(noun)}\b").finditer(self.m, lo, p - 1):
            pass
        if named is None:
            return None
        sent = self.doc.sentences[self.doc.sentence_index(named.start())]
        if sent.end > p:
            return None  # named in the quote's own sentence: no earlier statement to speak for
        by = issued_by().match(self.m, named.end(), sent.end)  # "a statement issued by the Foreign Office"
        r = self.ref_starting(by.end()) if by else None
        return (r if r is not None and r.name else self.first_salient(sent.start, sent.end)), named.start()

    def last_speaker(self, p: int) -> tuple[Ref, int] | None:
        """`X said on Wednesday that … . “…,” the statement said`: the speaker of the sentence before, and its cue."""
        here = self.doc.sentence_index(p)
        prev = self.doc.sentences[here - 1] if here else None
        cue = CUE.search(self.m, prev.start, prev.end) if prev else None
        r = self.first_salient(prev.start, cue.start()) if cue else None
        return (r, cue.start()) if r is not None else None

    def noun_phrase(self, p: int, hi: int) -> Attribution | None:
        np = _NP_SPEAKER.match(self.m, p, hi) or groups()[0].match(self.m, p, hi)
        if not np:
            return None
        c = CUE.search(self.m, np.end(), hi)
        return Attribution(None, np.group().strip(), c.group() if c else None, p, True)

    # -- before the quote ----------------------------------------------------
    def according_to(self, lo: int, hi: int) -> Attribution | None:
        acc = None
        for acc in according().finditer(self.m, lo, hi):
            pass
        r = self.ref_starting(acc.end()) if acc else None
        if r is None and acc and re.match(r"(?:him|her)\b", self.m[acc.end():acc.end() + 4]):  # "According to her"
            r = self.author_before(acc.start())
        if r is not None and is_media(r.name):
            return None  # "according to IRNA, Khamenei said": the agency reports, the clause names the speaker
        return self.of(r, "according to", acc.start()) if r is not None else None

    def cue_clause(self, lo: int, hi: int) -> Attribution | None:
        """`X said that “…”`, `X, a doctor, said: “…”`, `… by X`, `X appeared to soften, saying, “…”`."""
        cues = [c for c in CUE.finditer(self.m, lo, hi) if not noun_use(self.m, c)][-3:]  # the last few verbs
        for c in reversed(cues):
            cs, ce = c.start(), c.end()
            if _PASSIVE.search(self.m, max(lo, cs - 40), cs):
                by = _BY.match(self.m, ce, hi)
                r = self.ref_starting(by.end()) if by else None
                if r is not None:
                    return self.of(r, c.group(), cs)
                continue
            # "X added that …, calling the matter “…”": the participle's subject is the clause's, not the noun before
            participle = c.group().endswith("ing") and _CLAUSE_SUBJECT.search(self.m, max(lo, cs - 6), cs)
            quoted = _QUOTED_BEFORE_CUE.search(self.m, max(lo, cs - 90), cs) if c.group().endswith("ing") else None
            obj = quotes_object().search(self.m, max(lo, cs - 140), cs) if c.group().endswith("ing") else None
            if obj:
                return self.quoted_object(obj, c.group(), cs)
            r = self.first_salient(lo, cs) if participle else self.subject_before(quoted.start() if quoted else cs, lo)
            aside = definite_unnamed().search(self.m, max(lo, cs - 200), cs) if r is None or r.pronoun else None
            if aside and aside["who"] and (r is None or aside.start("who") <= r.start):  # "The official, who said
                return Attribution(None, aside["np"], c.group(), cs)  # he could not be named, said": unnamed
            unnamed = self.indefinite_head(lo, r) if r is not None and not participle else None
            if unnamed:  # "A diplomat accredited to the IAEA said": the agency is no speaker
                return Attribution(None, unnamed, c.group(), cs)
            who = _RELATIVE_WHO.search(self.m, max(lo, cs - 40), cs)
            if r is None and who:  # "the president, who said the general planned “imminent” attacks"
                ante = [x for x in self.doc.refs_in(max(lo, who.start() - 80), who.start())
                        if x.end == who.start() and x.name]  # "echoed those of Abbas Araghchi, who said"
                r = ante[-1] if ante else self.subject_before(who.start(), lo)
            used = occasion().search(self.m, max(lo, cs - 60), cs) if r is None else None
            if used:  # "the Leader used the anniversary to promise": the subject of "used"
                r = self.subject_before(used.start(), lo)
            if r is None and _CLAUSE_SUBJECT.search(self.m, max(lo, cs - 6), cs):
                r = self.first_salient(lo, cs)
            r = r or remark_owner(self.doc, lo, cs)  # "Trump's statement called", "Netanyahu's office said"
            that = remark_that().search(self.m, max(lo, cs - 40), cs) if r is None else None
            if that:  # "The statement called it": who issued the statement named before, else its author
                issued = self.issuer(that.start(), that["noun"])
                r = issued[0] if issued and issued[0] is not None else self.author_before(cs, person=False)
            if r is None:  # "A State Department spokesperson said": the body the spokesperson speaks for
                spokes = _SPOKES_BEFORE.search(self.m, max(lo, cs - 30), cs)
                body = [x for x in self.doc.refs_in(max(lo, cs - 80), cs) if spokes and x.end == spokes.start()]
                if body and body[-1].name and actor_type(body[-1].name) != "person":  # "a Qatari ministry spokesman"
                    return Attribution(body[-1].name, self.m[body[-1].start:spokes.end()].strip(), c.group(), cs)
            if r is not None:
                return self.of(r, c.group(), cs)
            common = _COMMON_SUBJECT.search(self.m, max(lo, cs - 60), cs) or self.unnamed_subject(lo, cs)
            if common:
                return Attribution(None, common["np"], c.group(), cs)
        return None

    def quoted_object(self, obj: re.Match, cue: str, cs: int) -> Attribution:
        """Whom `X quoted … as saying` names: the person set off last ("a commander, Gen. Y,"), else the first name."""
        refs = [r for r in self.doc.refs_in(obj.start("np"), obj.end("np")) if r.name]
        people = [r for r in refs if actor_type(r.name) == "person"]
        r = people[-1] if people else refs[0] if refs else None
        return self.of(r, cue, cs) if r is not None else Attribution(None, obj["np"], cue, cs)

    def indefinite_head(self, lo: int, r: Ref) -> str | None:
        """The words from an indefinite subject opening the sentence (`A diplomat accredited to`) to the
        name they take as an object; None when the name is no object or no such subject opens."""
        head = r.lead if r.lead >= 0 else r.start
        if head <= lo:
            return None
        start = _SKIP_SPACE.match(self.m, lo, head).end()
        obj = NAME_OBJECT.search(self.m, max(0, head - 16), head)
        if not obj or obj.group().split()[0] in SPEAKING_FOR or head - start > SUBJECT_WINDOW:
            return None
        return self.m[start:r.end] if _INDEFINITE.match(self.m, start, head) else None

    def unnamed_subject(self, lo: int, cs: int) -> re.Match | None:
        """An unnamed source or group ("a diplomat", "Officials") opening the clause whose verb starts at cs."""
        u = _UNNAMED_SUBJECT.search(self.m, max(lo, cs - 60), cs) or groups()[1].search(self.m, max(lo, cs - 60), cs) \
            or definite_unnamed().search(self.m, max(lo, cs - 120), cs)
        return u if u and self.m[lo:u.start()].rstrip()[-1:] in _CLAUSE_START else None

    def owned_remark(self, lo: int, hi: int) -> Attribution | None:
        for r in reversed(self.doc.refs_in(lo, hi)):
            rm = owned_remark().match(self.m, r.end, hi) if r.name else None
            if rm:
                return None if CUE.search(self.m, rm.end("noun"), hi) else self.of(r, rm["noun"], rm.start("noun"))
        return None

    def named_remark(self, lo: int, open_: int, close: int, hi: int) -> Attribution | None:
        owner, noun = named_remark()
        rm = noun.match(self.m, close + 1, hi) if owner.search(self.m, max(lo, open_ - 4), open_) else None
        r = self.doc.refs_in(max(lo, open_ - 80), open_)[-1:] if rm else []
        return self.of(r[0], rm["noun"], rm.start("noun")) if r and r[0].name and \
            owner.fullmatch(self.m, r[0].end, open_) else None

    def title_case(self, lo: int, hi: int) -> Attribution | None:
        c = None
        for c in title_cue().finditer(self.m, max(lo, hi - SUBJECT_WINDOW), hi):
            pass
        r = self.subject_before(c.start(), lo) if c else None
        return self.of(r, c.group(), c.start()) if r is not None and r.name else None

    def colon_lead(self, lo: int, hi: int) -> Attribution | None:
        """`Khamenei: “…”` closing a clause names the speaker; unnamed, one the clause dates (`…, in 1999: “…”`)."""
        if not self.m[lo:hi].rstrip().endswith(":"):
            return None
        r = self.first_salient(lo, hi)
        words = self.m[lo:hi].split(",")[0].strip(" :")  # the unnamed speaker's words, up to the first comma
        return self.of(r, None, r.start) if r is not None else Attribution(None, words[:60], None, lo) \
            if self.doc.dates_in(lo, hi) else None

    def headline(self, lo: int, hi: int) -> Attribution | None:
        """`Khamenei: talks with US 'not smart'`; `Headline: “…”` under a press review's `KAYHAN | …` line."""
        stamp = TIME_STAMP.match(self.m, lo, hi)  # "19:30 GMT — Obama: withdrawal “…”": a live-blog entry head
        lo = stamp.end() if stamp else lo
        head = _HEADLINE_SPEAKER.match(self.m, lo, hi) if self.m.find(":", lo, hi) >= 0 else None  # rare: skip the scan
        r = self.ref_starting(head.start(1), slack=0) if head else None
        if r is not None and r.end == head.end(1):
            return self.of(r, None, r.start)
        label = headline_label().search(self.m, max(0, hi - 40), hi)
        if label is None:
            return None
        line = self.m.rfind("\n", 0, max(0, label.start() - 1)) + 1  # the line above the label's
        r = self.ref_starting(line, slack=0)
        return self.of(r, None, r.start) if r is not None and r.name and "\n" not in self.m[r.end:label.start() - 1] \
            else None

    def previous_sentence(self, sent_idx: int) -> Attribution | None:
        """`X has stated. “…”`: a reporting clause closing the sentence before."""
        if sent_idx == 0:
            return None
        prev = self.doc.sentences[sent_idx - 1]
        lo = p = max(prev.start, prev.end - WINDOW)
        # "In a post on X, he wrote:": the first cue ("post") may have no subject; a later one does
        while (tail := _CUE_ENDS_SENTENCE.search(self.m, p, prev.end)) is not None:
            r = self.subject_before(tail.start("cue"), lo)
            if r is not None:
                return self.of(r, tail["cue"], tail.start("cue"))
            p = tail.start("cue") + 1
        return None

    def after(self, close: int, hi: int) -> Attribution | None:
        if close + 1 >= hi:
            return None
        p = _SKIP.match(self.m, close + 1, hi).end()
        return (self.speaker_then_cue(p, hi) or self.cue_then_speaker(p, hi) or self.remark(p, hi)
                or self.according_after(p, hi) or self.noun_phrase(p, hi))

    def closing_tag(self, close: int, hi: int) -> Attribution | None:
        """`… reimposed the “cruelest sanctions in history” on the people, he said.`: a tag closing the sentence
        names the speaker of a partial quote inside it (or one going on: `…, he said, adding that …`)."""
        c = hi
        for _ in range(3):  # the tag is one of the last clauses
            c = self.m.rfind(", ", close, c)
            if c < 0:  # (a negative end would let the next look run to the text's end)
                return None
            a = self.speaker_then_cue(c + 2, hi)
            if a is not None and a.anchor is not None and TAG_CLOSES.match(self.m, a.anchor + len(a.cue or ""), hi):
                return a
        return None

    def according_after(self, p: int, hi: int) -> Attribution | None:
        """`“…,” according to a statement issued by the Foreign Office on Sunday`: the issuer; a news outlet
        only reports the words and names no speaker."""
        acc = according().match(self.m, p, hi)
        r = self.ref_starting(acc.end()) if acc else None
        if r is None or not r.name:
            return None
        if is_media(r.name):
            return Attribution(None, r.surface, "according to", acc.start(), True)
        return self.of(r, "according to", acc.start(), after=True)

    def signed(self, close: int) -> Attribution | None:
        """`“…”` ending its line, then `— Rep. Lorna Quintanar, Democrat of New Mexico, June 11, 2023`: a claim's
        or an epigraph's signature line names the speaker (and, read as the clause, the day); a roundup's
        `“…” — Yukiya Amano, in Vienna on Tuesday.` on the same line."""
        line = _SIGNATURE.match(self.m, close + 1)
        r = self.ref_starting(line.end(), slack=0) if line else None
        return self.of(r, None, line.end(), after=True) if r is not None and r.name else None

    def before(self, lo: int, open_: int) -> Attribution | None:
        return (self.owned_remark(lo, open_) or self.according_to(lo, open_) or self.cue_clause(lo, open_)
                or self.colon_lead(lo, open_) or self.headline(lo, open_) or self.title_case(lo, open_))
