"""Reporting cues the attributor reads, built once from the lexicons (`reporting.toml`, `offices.toml`), and the
small look-ups that read them against a document (`remark_owner`, `noun_use`)."""
from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from .lexicon import REMARKS_RE, REPORTING_FORMS, REPORTING_RE, load, trie_regex, verb_forms

if TYPE_CHECKING:
    from .document import Document, Ref


# "Khamenei’s remark of …", "Javan’s front-page editorial": a remark named after its owner's possessive
_OWNED_REMARK = rf"[’']s\s+(?:[a-z-]+\s+){{0,2}}?(?P<noun>{REMARKS_RE})"


@lru_cache(maxsize=1)
def remark_speaker() -> re.Pattern:
    """`one post reads`, `the statement said`: a published text stands for its author."""
    return re.compile(rf"(?:an?|the|one|his|her|their|another)\s+(?:[\w’'-]+\s+){{0,2}}?(?P<noun>{REMARKS_RE})\s+"
                      rf"(?:has\s+|had\s+)?(?P<cue>{REPORTING_RE})\b")


@lru_cache(maxsize=1)
def remark_that() -> re.Pattern:
    """`One post reads, “…”`, `a post of his own that called the talks “…”`: the post's author speaks."""
    return re.compile(rf"\b(?P<noun>{REMARKS_RE})(?:\s+of\s+(?:his|her|their)\s+own)?\s+(?:that\s+|which\s+)?$")


@lru_cache(maxsize=1)
def groups() -> tuple[re.Pattern, re.Pattern]:
    """`“…,” officials said`, `Western diplomats called it “…”`: unnamed sources, bare plural; no speaker."""
    plural = trie_regex([n + "s" for n in load("offices")["unnamed_nouns"]])
    np = rf"(?:(?:[A-Z][\w.]*|[a-z]+)\s+){{0,2}}?(?i:{plural})"
    return (re.compile(rf"{np}\s+(?=(?:have\s+|had\s+)?(?:{REPORTING_RE})\b)"),
            re.compile(rf"\b(?P<np>{np})\s+(?:have\s+|had\s+|also\s+)?$"))


@lru_cache(maxsize=1)
def definite_unnamed() -> re.Pattern:
    """`The official, who spoke on condition of anonymity, said`: a source the text never names (a role that
    resolves to a holder is a ref and never reaches this)."""
    single = trie_regex(load("offices")["unnamed_nouns"])
    return re.compile(rf"\b(?P<np>[Tt]he\s+(?:[a-z][\w-]*\s+){{0,2}}?(?:{single}))"
                      rf"(?P<who>,\s+who\s[^,;:“”\"\n]{{1,160}},)?\s+(?:has\s+|had\s+|also\s+)?$")


@lru_cache(maxsize=1)
def quotes_object() -> re.Pattern:
    """`IRNA quoted the minister as saying`, `the paper cited a commander, X, as saying`: the object speaks."""
    verbs = trie_regex(sorted({f for v in load("reporting")["quoting_verbs"] for f in verb_forms(v)}))
    return re.compile(rf"\b(?:{verbs})\s+(?P<np>[^.;:“”\"\n]{{2,120}}?),?\s+as\s+$")


@lru_cache(maxsize=1)
def title_cue() -> re.Pattern:
    """`Iran Says Trust ‘Cannot Be Rebuilt’`: a headline in title case capitalises its verb."""
    return re.compile(rf"\b(?:{trie_regex(f.title() for f in REPORTING_FORMS)})\b")


@lru_cache(maxsize=1)
def occasion() -> re.Pattern:
    """`used the anniversary to`, `took the opportunity to`: the speaking is an infinitive of the subject's verb."""
    verbs = trie_regex(load("reporting")["occasion_verbs"])
    return re.compile(rf"\b(?:{verbs})\s+(?:[\w’'-]+\s+){{1,4}}?to\s+$")


@lru_cache(maxsize=1)
def named_remark() -> tuple[re.Pattern, re.Pattern]:
    """`Bush’s “axis of evil” speech`: the words that name a remark are its owner's."""
    return re.compile(r"[’']s\s*$"), re.compile(rf"[,.]?\s+(?:[a-z-]+\s+)?(?P<noun>{REMARKS_RE})\b")


@lru_cache(maxsize=1)
def owned_remark() -> re.Pattern:
    """`Khamenei’s remark of February 2025 that talks are “…”`: a remark's owner said what its `that` reports."""
    return re.compile(rf"{_OWNED_REMARK}\b[^,;:.“”]{{0,60}}?\bthat\b[^;:.“”]*$")


@lru_cache(maxsize=1)
def headline_label() -> re.Pattern:
    """`Headline: “…”` ending the text before a quote, on a line of its own."""
    return re.compile(rf"(?:^|(?<=\n))(?:{trie_regex(load('reporting')['headline_labels'])})\s*:\s*$")


@lru_cache(maxsize=1)
def owner_remark_cue() -> re.Pattern:
    """`“…,” Javan’s editorial said`: after a quote, the owner of the remark that speaks is the speaker."""
    return re.compile(rf"{_OWNED_REMARK}\s+(?:has\s+)?(?P<cue>{REPORTING_RE})\b")


_WHEN = r"(?:\s+(?:this|last|on)\s+[A-Za-z]+)?"  # "Khomeini's message this morning"


@lru_cache(maxsize=1)
def _owner_remark_before() -> re.Pattern:
    return re.compile(rf"[’']s\s+(?:[a-z-]+\s+){{0,2}}?(?:{REMARKS_RE}|office|spokes(?:man|woman|person))\b{_WHEN}"
                      rf"(?:,[^,;:“”\"]{{1,80}},)?"
                      rf"{_WHEN}\s+(?:has\s+|had\s+|also\s+)?$")


def remark_owner(doc: Document, lo: int, cs: int) -> Ref | None:
    """`Trump's statement called the talks “…”`, `Khomeini's message, read on the radio, urged …`, `Netanyahu's
    office said`, `the prime minister's official spokesperson said`: the named owner of the remark (or of the
    office, or of the spokesperson) right before the verb at cs speaks; an owner no one can name ("the prime
    minister" of no country told) leaves the words unnamed rather than the last speaker's."""
    own = _owner_remark_before().search(doc.masked, max(lo, cs - 140), cs)
    return next((r for r in doc.refs_in(max(lo, own.start() - 60), own.start()) if r.end == own.start()),
                None) if own else None


_BASES = frozenset(v for v in load("words")["reporting_verbs"] if " " not in v)
# a determiner, perhaps with a proper adjective that is no plural ("the U.S.", "the American", "their")
_DETERMINED = re.compile(r"\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Tt]his|[Tt]hat|[Oo]ur)\s+(?:[A-Z][\w.’'-]*(?<!s)\s+)?$")


def noun_use(m: str, c: re.Match) -> bool:
    """`the U.S. demand that Iran halt enrichment`, `their call for restraint`: a reporting verb's base form
    after a determiner is a noun, no speaking."""
    return c.group() in _BASES and _DETERMINED.search(m, max(0, c.start() - 30), c.start()) is not None


_ISSUED_BY = rf"\s+(?:{trie_regex(load('reporting')['modifier_participles'])})\s+by\s+"


@lru_cache(maxsize=1)
def issued_by() -> re.Pattern:
    """`a statement issued by the Foreign Office`: who put a text out, after the text's noun."""
    return re.compile(_ISSUED_BY)


@lru_cache(maxsize=1)
def according() -> re.Pattern:
    """`according to the ministry`, `according to a statement issued by the Foreign Office`: whom words are
    according to, or who issued the text they are according to."""
    return re.compile(rf"\b[Aa]ccording\s+to\s+(?:(?:an?|the)\s+[^,.;:“”\"\n]{{1,40}}?{_ISSUED_BY})?")

