"""The date of a quote's own reporting clause: `said on Monday`, `in a speech on Wednesday`, `X, who spoke
on Sunday, was blunt`, `in his 2017 memoir`; never one inside a quotation, the reported clause, a relative or
participial clause about another act, a thing named by its date, or another person's clause. Bounded looks.
"""
from __future__ import annotations

import calendar
import re
from dataclasses import replace
from datetime import timedelta
from functools import lru_cache
from typing import NamedTuple

from .actors import actor_type
from .attribution import WINDOW
from .date_words import TIME_NOUNS
from .dates import DateMention
from .document import Document
from .lexicon import PREPOSITIONS, REMARKS_RE, REPORTING_RE, SUBJECT_PRONOUNS, load, trie_regex
from .numbers import DIGIT_NUMBER, WORD_NUMBER, parse_number


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
THAT = re.compile(r"\bthat\b|\s(?:had|has|have|was|were|is|are|would|will|could|should|might)\s")
# a reporting verb's `that` before the date, with no new clause in between (`“…,” and` closes one too)
_EARLIER_THAT = re.compile(rf"\b(?:{REPORTING_RE})\b[^.;]*?\bthat\b(?![^.;]*(?:[,”\"]\s+(?:and|but)\b|;))[^.;]*$")
_APPOSITION = re.compile(r"(?:\s+(?:of|for|to)\s+[^,;]{1,40})?\s*[,—–]\s*")  # "the Leader of the Revolution, "
# a relative or subordinate clause set off by commas (or closing on a quote): "On Sunday, Pezeshkian, who took
# office in July, said", "In May, after Khamenei said negotiating was “poison,” Kessler told"
_ASIDE = re.compile(r",\s+(?:(?:who|which|whose)\b[^,;:—–]{1,80},|(?:after|before|when|while|once|until|following|"
                    r"although|though|because)\b[^,;:—–]{1,160}?(?:,|[”\"](?=\s)))")
_AT_SESSION = re.compile(r"\b(?:in|at|during|after|following)\s+$")  # "said in (after) Sunday's session": the time of the speaking
# "… since February, she said.": a tag after the reported words; a date before it is theirs
_TAG = re.compile(r",\s+(?:[\w’'.-]+\s+){1,4}(?:has\s+|had\s+)?$")
_PRONOUN_TAG = re.compile(r"[^,;:.“”\"]{1,120},\s+(?:" + "|".join(SUBJECT_PRONOUNS) + r")\s+")
# "In the long run, she noted, the years of agreement — Algiers in 1981 — were brief": a tag set inside the
# reported words; what follows its comma is theirs (unless it opens on the speaking: "said, on Monday,")
_MID_TAG = re.compile(rf"(?:{REPORTING_RE}),\s+(?!(?:on|in|at|during|last|this|earlier|late|later|speaking|writing|yesterday|today)\b)"
                      r"[^;.“”\"]*$")
_TAG_END = re.compile(r"\w*\s*(?:[.,;]|$)")
FIRST_WORD = re.compile(r"\s*([A-Za-z]+)\b")
_OPENING = re.compile(r"[A-Za-z ]{0,24}$")  # "On Monday, …", "Late last month, …": an opening adverbial



@lru_cache(maxsize=1)
def patterns() -> tuple[re.Pattern, re.Pattern, re.Pattern, re.Pattern]:
    lex = load("reporting")
    openers = trie_regex(lex["foreign_clause_openers"])
    foreign = re.compile(rf"[,;”\"—–]\s+(?:{openers})\b|;")
    # the date sits in a comma-set clause opened by one of them: "X, who rejected talks in February, said"
    inside = re.compile(rf"[,;—–]\s+(?:{openers})\b[^,;—–]*$")
    remark_subject = re.compile(rf"\s*(?:(?:[A-Z]\w*|the|his|her|their|both)\s+){{0,2}}(?:{REMARKS_RE})\b")
    # "Asked about the sanctions announced on Thursday, the spokesman said": the date is the topic's
    topic = re.compile(rf"\s*(?:{trie_regex(lex['topic_openers'])})\b[^;—–]*$")
    return foreign, remark_subject, inside, topic


@lru_cache(maxsize=1)
def clause_patterns() -> tuple[re.Pattern, re.Pattern, re.Pattern, re.Pattern]:
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
    # "in an interview with Morning Edition host …": a person met on the occasion of the words
    met = re.compile(rf"\b(?:in|at|during)\s+(?:a|an|the|his|her|their|its)\s+(?:[\w-]+\s+){{0,2}}(?:{occasions})\s+"
                     r"(?:with|to|by)\s+[^,;.]*$")
    return speaking_clause, work_after, object_gap, met


_REMARK = re.compile(rf"\b(?:{REMARKS_RE})\b")


def _remarks_named(phrase: str) -> bool:
    """`pointed to his remarks on May 20, when he called …`: the object is the words themselves."""
    return _REMARK.search(phrase) is not None


def said_of(d: DateMention | None) -> Said:
    return Said(d.date_start, d.date_end, d.precision) if d is not None else NOT_SAID


# "…, a day after he said …", "two weeks after Trump told …": the clause counts back from the sentence's own day
_GAP_AFTER = re.compile(rf"\b(?P<n>an?|{DIGIT_NUMBER}|{WORD_NUMBER})\s+(?P<unit>days?|weeks?)\s+after\s+"
                        r"(?:[\w.’'-]+\s+){1,4}$")
_GAP_DAYS = {"day": 1, "days": 1, "week": 7, "weeks": 7}


def counted_back(doc: Document, anchor: int, lo: int, speaker: str | None) -> Said:
    """`X said on Monday …, a day after he said “…”`: the day the main clause tells, less the gap."""
    gap = _GAP_AFTER.search(doc.masked, max(lo, anchor - 60), anchor)
    main = clause_date(doc, gap.start(), lo, gap.start(), speaker) if gap else None
    if main is None or main.precision != "day" or main.date_start != main.date_end:
        return NOT_SAID
    n = 1 if gap["n"].lower() in ("a", "an") else parse_number(gap["n"].lower())
    day = main.date_start - timedelta(days=int(n or 0) * _GAP_DAYS[gap["unit"].lower()])
    return Said(day, day, "day")


def clause_date(doc: Document, anchor: int, lo: int, hi: int, speaker: str | None) -> DateMention | None:
    """The resolved date nearest the reporting clause at anchor, within [lo, hi), in the same clause."""
    best = None
    for d in doc.dates_in(max(lo, anchor - WINDOW), min(hi, anchor + WINDOW)):
        if d.date_start is None or doc.masked[d.start] != doc.view[d.start] or names_a_thing(doc.masked, d) \
                or doc.in_dateline(d.start):
            continue  # unresolved, inside a quotation, naming a thing ("the 1953 coup"), the filing's day
        if reported(doc.masked, d, anchor, lo) or _foreign(doc, d, anchor, lo, speaker):
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


def names_a_thing(m: str, d: DateMention) -> bool:
    """`the 1953 coup`, `Monday's vote`, `the coup of 28 Mordad`; but `his 2017 memoir`, `in Sunday's session`
    and `on the night of January 18` date the words."""
    if d.precision in _COARSE and _MODIFIER.search(m, max(0, d.start - 6), d.start):
        return not clause_patterns()[1].match(m, d.end)
    of = _OF_NOUN.search(m, max(0, d.start - 40), d.start)
    if of is not None and of["noun"] not in TIME_NOUNS:
        return True
    return _POSSESSIVE.match(m, d.end) is not None and not _AT_SESSION.search(m, max(0, d.start - 8), d.start)


def _opening(m: str, lo: int, d: DateMention) -> bool:
    """The date closes a short adverbial opening the sentence: "On Monday, …", "Late last month, …"."""
    return d.start - lo <= 24 and _OPENING.fullmatch(m, lo, d.start) is not None


def _foreign(doc: Document, d: DateMention, anchor: int, lo: int, speaker: str | None) -> bool:
    """The date belongs to another clause: "X, who rejected talks in February, said", "…, and in May 2018
    Trump announced"; but "…, and late last month he warned" and "X, who spoke on Sunday," date the cue's own."""
    if d.start < anchor and _opening(doc.masked, lo, d) and doc.masked.startswith(",", d.end):
        return False  # "On Monday, instead of missiles, Trump signed …, and Mnuchin said": the opening scopes all
    inside = patterns()[2]
    a, b = sorted((anchor, d.start))
    if a == d.start and _WHEN.match(doc.masked, d.end, anchor):
        a = d.end + 1
    same = _SAME_OCCASION.search(doc.masked, d.end, anchor) if d.start < anchor else None
    b = same.start() if same else b  # "flew to New York in October 1951, where he called": that trip's words
    if _opens_clause(doc.masked, a, b) and not speaking(doc.masked, d, lo):
        return True
    if d.start < anchor and "," in doc.masked[d.end:anchor] and inside.search(
            doc.masked, max(lo, d.start - 100), d.start) and not speaking(doc.masked, d, lo):
        return True
    if d.start < anchor and "," in doc.masked[d.end:anchor] and patterns()[3].match(doc.masked, lo, d.start):
        return True
    refs = doc.refs_in(a + 1, b)
    if d.start < anchor and refs and refs[0].name == speaker:
        return False  # "On New Year's Eve 1977, Carter toasted the Shah and called …": the speaker's clause
    return any(r.salient and r.name and r.name != speaker and actor_type(r.name) == "person"
               and not _apposed(doc, r, refs[i + 1:], speaker) and not _in_occasion(doc.masked, a, r.start)
               for i, r in enumerate(refs))


def _in_occasion(m: str, a: int, start: int) -> bool:
    """`in an interview with Morning Edition host Martin Okafor-Bell last week`: the interviewer is part of the
    occasion of the words, no speaker of another clause."""
    return clause_patterns()[3].search(m, max(a, start - 80), start) is not None


def _opens_clause(m: str, a: int, b: int) -> bool:
    """Another clause opens between the date and the cue; an aside closed before the cue does not count
    (`On Sunday, Pezeshkian, who took office in July, said`)."""
    foreign = patterns()[0]
    return any(not _ASIDE.match(m, f.start(), b) for f in foreign.finditer(m, a, b))


def _apposed(doc: Document, r, following, speaker: str | None) -> bool:
    """`the Leader of the Islamic Revolution, Ayatollah Ali Khamenei,`: a title set before the speaker's
    own name is the speaker, however the title alone resolved."""
    return bool(following) and following[0].name == speaker and \
        _APPOSITION.fullmatch(doc.masked, r.end, following[0].start) is not None


def speaking(m: str, d: DateMention, lo: int) -> bool:
    """`X, who spoke on Sunday, was blunt`: a relative clause about the speaking itself."""
    return clause_patterns()[0].search(m, max(lo, d.start - 100), d.start) is not None


def reported(m: str, d: DateMention, anchor: int, lo: int) -> bool:
    """The date sits in the reported words: after `said that` or `said the strike on Friday …`, in an
    earlier verb's `that` clause, or before a closing `, she said.` tag."""
    if d.start > anchor:
        return THAT.search(m, anchor, d.start) is not None or \
            clause_patterns()[2].match(m, anchor, d.start) is not None or \
            _MID_TAG.match(m, anchor, d.start) is not None
    if _EARLIER_THAT.search(m, lo, d.start) and not speaking(m, d, lo):
        return True  # "said last week that Iran was deceived in 2015 and called it …": the first verb's words
    gap = clause_patterns()[2].search(m, max(lo, d.start - WINDOW), d.start)
    if gap and not speaking(m, d, lo) and not _remarks_named(gap.group()):
        return True  # "described the seizure on 12 January as …, saying": the date is the described thing's
    if _TAG_END.match(m, anchor) is None:
        return False
    if _TAG.fullmatch(m, d.end, anchor):
        first = FIRST_WORD.match(m, lo, lo + 40)
        opener = first is not None and first.group(1).lower() in load("reporting")["speaking_openers"]
        return not (_opening(m, lo, d) or opener)
    # "They met in Geneva on 29 November and stayed open to talks, he said": the whole clause is reported,
    # unless it opens on a circumstance of the speaking ("In a speech on Monday in Tehran, he said")
    first = FIRST_WORD.match(m, lo, lo + 40)
    return _PRONOUN_TAG.fullmatch(m, d.end, anchor) is not None and first is not None and \
        first.group(1).lower() not in PREPOSITIONS and not first.group(1).endswith("ing")
