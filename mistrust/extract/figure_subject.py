"""What a figure measures, as a noun phrase from its clause (SPEC figures.subject).

Ordered small steps, each bounded to the figure's clause (at most `_BACK` characters before it and
`_AHEAD` after): the noun a figure modifies (`a 90-day grace period`), the head of an of-phrase before
(`a stockpile of 300 kilograms`), the of-/in-phrase after (`40 percent of Iran's oil fields`, `$6 billion
in frozen funds`), the counted noun with its verb phrase (`600 entities were added to the list`), the
subject of a change verb (`exports climbed to`), the object of a level verb (`caps enrichment at`), the
noun of the verb measured (`enriched up to 60%` → enrichment), who money goes to (`paid $61.8 million to the
families`), what a span was spent on (`four decades haggling`, `held 52 Americans for 444 days`), the noun a
relative clause or apposition hangs on (`a carrier, which holds 2 million barrels`), and finally the nearest
noun phrase.
"""
from __future__ import annotations

import re
from typing import Callable

from .figure_counted import act_for, counted_phrase, verb_phrase
from .figure_pairs import CHANGE as _CHANGE, shares_subject
from .figure_phrase import DETS, QUALIFIER_RE, QUALIFIERS, WORD, noun_phrase, nounish, np_before
from .figure_units import STOP, is_verb_only, rated_currency, word_classes as pos_of
from .lexicon import CONJUNCTIONS, PREPOSITIONS, REPORTING_FORMS, REPORTING_RE, load, trie_regex, verb_forms

_W = load("figure_words")
_BACK, _AHEAD = 200, 120
_REPORTING = frozenset(REPORTING_FORMS)
_AFTER_PREPOSITION = re.compile(r"\b(?:at|of|in|on|for|by|with|from|to)$")
_SIZE = trie_regex(sorted({f for v in _W["size_verbs"] for f in verb_forms(v)}))  # "run to" → ran to, runs to
_OBJECT = trie_regex(sorted({f for v in _W["object_verbs"] for f in verb_forms(v)}))
_VERB_NOUN = {f: noun for v, noun in _W["verb_nouns"].items() for f in verb_forms(v)}
_QUAL = QUALIFIER_RE
_RECORD = r"an?\s+(?:new\s+)?(?:record|all-time|\d+-year)(?:\s+(?:high|low))?(?:\s+of)?\s+"  # "hit a record $2,400"
_CHANGE_END = re.compile(
    rf"\s(?:(?:has|have|had|was|were|is|are|will|would|could|may|might)\s+)?(?:been\s+)?(?:\w+ly\s+)?"
    rf"(?:{_CHANGE})(?:\s+by\s+(?:a\s+)?[a-z]+(?=\s+to\s))?(?:\s+(?:by|to|at|from|up to|down to|around|about))?\s+(?:{_RECORD})?(?:(?:{_QUAL})\s+)?$"
    # "rose 1% on Friday to $65.20", "rose more than two percent in Asian trade to above $77": a few words on
    rf"|\s(?:{_CHANGE})\s+(?:(?:by|from)\s+)?(?:(?:{_QUAL})\s+)?(?:[\d$€£]\S*|[a-z]+\s+(?:percent|per cent))(?:\s+[^\s.;:!?]+){{0,6}}?\s+to\s+"
    rf"(?:(?:{_QUAL})\s+)?$")
_SIZE_END = re.compile(rf"\s(?:{_SIZE})\s+(?:(?:{_QUAL})\s+)?$")
_OBJECT_END = re.compile(rf"(?:^|\s)(?:{_OBJECT})\s+(?P<np>[^,;\d]{{2,80}}?)\s+(?:at|to|by|below|under)\s+"
                         rf"(?:(?:{_QUAL})\s+)?$")
_AND_AT = re.compile(rf"\sand\s+(?P<np>[^,;\d]{{2,60}}?)\s+at\s+(?:(?:{_QUAL})\s+)?$")
_VERB_BEFORE = re.compile(rf"(?:^|\s)(?P<verb>[a-z]+)(?:\s+(?P<obj>[a-z]+))?\s+(?:to|at|by|beyond|up to|"
                          rf"of|above|below)?\s*(?:(?:{_QUAL})\s+)?$")
_BREAK_BACK = re.compile(r"[.;:!?\n—–][”\"’']?\s|\n|^")  # a stop inside a closing quote ends a sentence too
_BREAK_AHEAD = re.compile(r"[;:!?\n—–]|(?<![A-Z])\.(?:\s|$)|,\s")  # "U.S. adults": an abbreviation goes on
_SPLIT = re.compile(r",\s(?P<rel>(?:which|who)\b\s?)?|\s(?:that|which|who|but|where)\s")
_OF = re.compile(r"\s+of\s+")
_IN = re.compile(r"\s+(?:in|worth of|of)\s+")
_TO_VERB = re.compile(r"\s+to\s+(?=[a-z]+\s)")
_RECIPIENT = re.compile(r"\s+(?:to|for)\s+(?=[A-Za-z])")
_GERUND = re.compile(r"\s+(?=([a-z]+ing)\b)")
_GLOSS = re.compile(r":\s+")
_LABEL = re.compile(rf"[ \t]*(?:[-–•*][ \t]*)?(?P<label>[A-Za-z][^:\n\d]{{1,50}}?):[ \t]+(?:(?:{QUALIFIER_RE})\s+)?")
_LABEL_PAREN = re.compile(r"[ \t]*(?:[-–•*][ \t]*)?(?P<label>[A-Za-z][^:()\n\d]{1,60}?)\s*\(")
_POSSESSIVE_AFTER = re.compile(r"['’]\s+")
_VERB_FORM = re.compile(rf"(?:{_CHANGE}|{_OBJECT})")
_NOT_SUBJECTS = frozenset(_W["not_subjects"])
_ANSWER = re.compile(rf"\s+(?P<verb>(?:{trie_regex(_W['answer_verbs'])})\b)")
_HAS_TIME = re.compile(rf"\s(?:has|have|had|was given|were given|is given|are given|gets|got|needs)\s+(?:(?:{_QUAL})\s+)?$")
_TIME_WORDS = frozenset(_W["time_words"])
_SAID = re.compile(rf"(?<![Tt]he )(?<![Aa] )\b(?:{REPORTING_RE})\s+(?!that\b)")
_RELATIVE_END = re.compile(
    rf"(?:,?\s(?P<rel>which|that|who)\s+(?:(?:has|have|had|will|would|is|was)\s+)?(?P<verb>[a-z]+)\s+|,\s+"
    rf"(?:(?:{trie_regex(_W['apposition_words'])})\s+)?)(?:(?:{_QUAL})\s+)?$")
_PASSIVE_AT = re.compile(rf"\s(?:was|were|is|are|been)\s+(?P<verb>[a-z]+)\b[^,;\d]{{0,30}}?\s(?:at|for)\s+"
                         rf"(?:(?:{_QUAL})\s+)?$")
_APPOSITION_CLOSE = re.compile(r"\s*(?:[,;.)]|$)")
_VERB_THEN_NP = re.compile(r"\b([a-z]+)\s+(?=(?:the|a|an|its|their|his|her|[A-Z][\w.-]*['’]s)\b)")


def _clause(text: str, start: int, end: int) -> tuple[int, int]:
    """The figure's clause, capped: back to a sentence or clause break, ahead to the next."""
    lo = max(0, start - _BACK)
    back = lo
    for m in _BREAK_BACK.finditer(text, lo, start):
        back = m.end()
    ahead = _BREAK_AHEAD.search(text, end, end + _AHEAD)
    return back, ahead.start() if ahead else min(len(text), end + _AHEAD)


def _segment_start(text: str, lo: int, hi: int) -> int:
    """Start of the last sub-clause in text[lo:hi] (after a comma, `that`, `which`…) that has words and is
    not a relative clause closed before `hi`: `exports, which had fallen to 1m, rose to` → `exports`."""
    splits = [(lo, False)] + [(m.end(), bool(m["rel"])) for m in _SPLIT.finditer(text, lo, hi + 1)
                              if not _AFTER_PREPOSITION.search(text, max(lo, m.start() - 6), m.start())]  # "at that"
    for i in range(len(splits) - 1, 0, -1):
        start, relative = splits[i]
        end = splits[i + 1][0] if i + 1 < len(splits) else hi
        closed = relative and i + 1 < len(splits)
        if text[start:end].strip(" ,") and not closed:
            return start
    return lo


def _skip_verbs(text: str, pos: int, hi: int) -> int:
    """Past leading verbs and adverbs: `says the country's stockpile` → `the country's stockpile`."""
    for _ in range(3):
        m = WORD.match(text, pos, hi)
        if not m or not (is_verb_only(m.group(1)) or m.group(1).endswith("ly")):
            break
        pos = m.end()
    return pos


def _after_reporting(text: str, lo: int, hi: int) -> int:
    """Past the last verb that opens a new clause: `the ministry said the death toll` → `the death toll`."""
    for m in _VERB_THEN_NP.finditer(text, lo, hi):
        if is_verb_only(m.group(1)) or m.group(1) in _REPORTING:
            lo = m.end(1)
    for m in _SAID.finditer(text, lo, hi):  # "officials said enrichment reached": no determiner needed
        lo = m.end()
    return lo


def change_clause_np(text: str, before: int, verb: re.Pattern = _CHANGE_END) -> tuple[int, str] | None:
    """(start, noun phrase) of the subject of a change verb before a number: `the toll rose to 56`."""
    lo, _ = _clause(text, before, before)
    m = verb.search(text, max(lo, before - _BACK), before)
    if not m:
        return None
    seg = _segment_start(text, lo, m.start())
    seg = _after_reporting(text, seg, m.start())
    pos = _skip_verbs(text, seg, m.start())
    np = noun_phrase(text, pos, m.start() + 1)
    return (pos, np) if np and np.lower() not in STOP else None


def _modified_noun_after(text: str, d, lo: int, hi: int) -> str | None:
    """`a 90-day grace period`, `the 3.67 percent ceiling`: the figure modifies the noun after it."""
    hyphen = text[d.m.end():d.end].startswith("-")  # "a 90-day grace period"
    det = WORD.match(text[max(lo, d.start - 12):d.start][::-1] + " ")
    np = noun_phrase(text, d.end, hi, of_ok=False)
    # "a 158,000 dwt crude carrier", "the 105,000 dwt Aframax KESTREL DAWN": a ship measured by its size
    sized = d.kind == "measure" and np and (np[0].isupper() or any(nounish(w) for w in np.split()[1:3]))
    if not np or not (nounish(np.split()[0]) or _participle_first(np) or sized):
        return None
    if hyphen or (det and det.group(1)[::-1].lower() in DETS | {"'s", "’s"}):
        return np
    head = np.split()[-1]  # "60 percent uranium", "60 per cent enriched uranium": a percent grades the noun
    return np if d.kind == "percent" and "NOUN" in pos_of(head) and head not in _TIME_WORDS else None


def _hyphened_head(text: str, d, lo: int, hi: int) -> str | None:
    """`a 64-page report`, `the 35-member board`: a count hyphened to its noun describes the noun after it."""
    return _modified_noun_after(text, d, lo, hi) if text[d.m.end():d.end].startswith("-") else None


def _participle_first(np: str) -> bool:
    words = np.split()
    return len(words) > 1 and words[0].endswith("ed") and "NOUN" in pos_of(words[1])


def _head_of_before(text: str, d, lo: int, hi: int) -> str | None:
    """`a stockpile of 300 kilograms`, `civil penalties of up to $295,141`: the head before `of`."""
    if not text.endswith(" of ", 0, d.start + 1) and not text[max(lo, d.start - 4):d.start] == " of ":
        return None
    words = text[lo:d.start - 4].split()[-4:]
    head: list[str] = []
    for i in range(len(words) - 1, -1, -1):
        lw = words[i].lower().strip(",")
        inner_of = lw == "of" and head and i > 0 and nounish(words[i - 1]) and words[i - 1].lower() not in STOP
        if (lw in STOP or is_verb_only(lw)) and not inner_of:  # "a margin of error of 3 points": one "of" inside
            break
        head.insert(0, words[i])
    if not head:
        return None
    after = _of_after(text, d, lo, hi) if d.kind == "measure" else None
    return f"{after} {' '.join(head)}" if after else " ".join(head)


def _within(text: str, d) -> bool:
    """`a report within 90 days of enactment`: the of-phrase after a deadline says when the time starts."""
    return d.kind == "duration" and text[d.start:d.core_start].strip().lower() == "within"


def _of_after(text: str, d, lo: int, hi: int) -> str | None:
    if _within(text, d):
        return None
    of = _OF.match(text, d.end, d.end + 6)
    return noun_phrase(text, of.end(), hi, of_ok=False) if of else None


def _in_after(text: str, d, lo: int, hi: int) -> str | None:
    m = _IN.match(text, d.end, d.end + 12) if not _within(text, d) else None
    return noun_phrase(text, m.end(), hi) if m else None


def _sized_subject(text: str, d, lo: int, hi: int) -> str | None:
    """`The expert team comprised 12 members`: the count gives the size of the verb's subject."""
    found = change_clause_np(text, d.m.start(), _SIZE_END) if d.noun else None
    return found[1] if found else None


def _change_subject(text: str, d, lo: int, hi: int) -> str | None:
    found = change_clause_np(text, d.m.start())
    return found[1] if found else None


def _object_of_verb(text: str, d, lo: int, hi: int) -> str | None:
    """`caps enrichment at 3.67%`, `put Iran's stockpile at 274.8 kilograms`, `cut exports by 60%`."""
    lo = max(lo, d.m.start() - 100)
    m = _OBJECT_END.search(text, lo, d.start) or _AND_AT.search(text, lo, d.start)
    if not m:
        return None
    np = noun_phrase(text, m.start("np"), m.end("np") + 1)
    return np if np and np.lower() not in STOP else None


def _verb_noun(text: str, d, lo: int, hi: int) -> str | None:
    """The measured verb before the figure, as a noun: `enriching uranium up to 60%` → uranium enrichment."""
    m = _VERB_BEFORE.search(text, max(lo, d.m.start() - 60), d.m.start())
    if not m:
        return None
    verb, obj = m["verb"], m["obj"]
    if obj and is_verb_only(obj) and obj not in _VERB_NOUN:
        return None  # "The fund lost $1.5bn": a noun and its verb, not a measured verb
    if verb in _VERB_NOUN and not (obj and obj in _VERB_NOUN):
        return f"{obj} {_VERB_NOUN[verb]}" if obj and obj not in STOP else _VERB_NOUN[verb]
    if obj in _VERB_NOUN:  # "Uranium enriched to 60%", "Entities owned 50%"
        return f"{verb} {_VERB_NOUN[obj]}" if verb not in STOP and not is_verb_only(verb) else _VERB_NOUN[obj]
    return None


def _participle_after(text: str, d, lo: int, hi: int) -> str | None:
    """`$10 billion owed to Iran`, `the roughly 90% used in weapons`."""
    return verb_phrase(text, d.end, hi)


def _recipient_after(text: str, d, lo: int, hi: int) -> str | None:
    """Who money goes to or what it pays for: `paying $61.8 million to the victims' families`,
    `owes Iran about $10 billion for gas and electricity`."""
    m = _RECIPIENT.match(text, d.end, d.end + 6)
    return noun_phrase(text, m.end(), hi) if m else None


def _gerund_after(text: str, d, lo: int, hi: int) -> str | None:
    """The activity a span is spent on: `spent four decades haggling with Washington`."""
    m = _GERUND.match(text, d.end)
    if not m or m[1] in PREPOSITIONS or "VERB" not in pos_of(m[1]):
        return None
    return " ".join(text[m.end():hi].split()[:4]).rstrip(",.;:\"”")


def _gloss_after(text: str, d, lo: int, hi: int) -> str | None:
    """A figure opening a line glossed after a colon, as in `by the numbers` lists: `45%: share of Iranians`."""
    line = text.rfind("\n", 0, d.start) + 1
    m = _GLOSS.match(text, d.end, d.end + 3)
    if not m or text[line:d.start].strip():
        return None
    return noun_phrase(text, m.end(), min(len(text), m.end() + _AHEAD))


def _label_before(text: str, d, lo: int, hi: int) -> str | None:
    """A label heading its line before a colon, as in factboxes: `- Brent: $87.29, down about 3.5%`, or before
    the figure in brackets: `- Base case, leaky enforcement (60%): …`."""
    line = text.rfind("\n", 0, d.start) + 1
    m = _LABEL.fullmatch(text, line, d.start) or _LABEL_PAREN.fullmatch(text, line, d.start)
    return m["label"].strip() if m else None


def _possessive_after(text: str, d, lo: int, hi: int) -> str | None:
    """`20 years' imprisonment`."""
    m = _POSSESSIVE_AFTER.match(text, d.end, d.end + 3)
    return noun_phrase(text, m.end() - 1, hi) if m else None


def _to_verb_after(text: str, d, lo: int, hi: int) -> str | None:
    """`60 days to make a deal`."""
    m = _TO_VERB.match(text, d.end, d.end + 24)
    return " ".join(text[m.end():hi].split()[:4]).rstrip(",.;:\"”") or None if m else None


def _fronted(text: str, d, lo: int, hi: int) -> str | None:
    """`For two years, that license had allowed …`: a fronted figure measures the clause subject."""
    if text[lo:d.start].strip().lower() not in ("", "for", "within", "in", "after", "over"):
        return None
    if text[d.end:d.end + 2] != ", ":
        return None
    return noun_phrase(text, d.end + 2, d.end + 2 + _AHEAD)


def _passive_subject(text: str, d, lo: int, hi: int) -> str | None:
    """What was priced or sold: `cargoes of Iranian Light were offered this week at around $3.50`."""
    m = _PASSIVE_AT.search(text, max(lo, d.start - 100), d.start)
    if not m or not (m["verb"].endswith("ed") or is_verb_only(m["verb"])):
        return None
    return np_before(text, lo, m.start())


def _antecedent(text: str, d, lo: int, hi: int) -> str | None:
    """The noun a relative clause or apposition hangs on: `a carrier, which holds about 2 million barrels`,
    `a war that lasts eight years`, `the fund, worth $6 billion,`, `the cargo, roughly 2 million barrels,`."""
    m = _RELATIVE_END.search(text, max(lo, d.start - 60), d.start)
    if not m:
        return None
    if m["rel"]:
        if not (is_verb_only(m["verb"]) or m["verb"].endswith("s")):
            return None
    elif not _APPOSITION_CLOSE.match(text, d.end):
        return None
    return np_before(text, lo, m.start())


def _poll_answer(text: str, d, lo: int, hi: int) -> str | None:
    """`14 percent say they trust the Iranian government`, `31 percent said not much`: the answer a share gave."""
    m = _ANSWER.match(text, d.end, hi)
    if not m:
        return None
    words = text[m.start("verb"):hi].split()[:7]
    cut = next((i for i, w in enumerate(words) if any(c.isdigit() for c in w)), len(words))
    words = words[:cut]  # "31 percent said not much and 51 percent said …": the next share starts its own
    while words and words[-1].lower() in CONJUNCTIONS:
        words.pop()
    return " ".join(words).rstrip(",.;:\"”'’") or None


def _time_holder(text: str, d, lo: int, hi: int) -> str | None:
    """`the Security Council has 30 days to adopt`, `Iran was given 60 days`: whose time it is."""
    m = _HAS_TIME.search(text, max(lo, d.start - 30), d.start)
    return np_before(text, lo, m.start()) if m else None


def _nearest_np_before(text: str, d, lo: int, hi: int) -> str | None:
    """The closest noun phrase before the figure in its clause: `The exceptions last 180 days`."""
    return np_before(text, lo, d.start)


Step = Callable[[str, object, int, int], "str | None"]
_STEPS: dict[str, tuple[Step, ...]] = {
    "percent": (_gloss_after, _label_before, _poll_answer, _modified_noun_after, _of_after, _head_of_before, _object_of_verb,
                _change_subject, _verb_noun, _participle_after, _antecedent, _nearest_np_before),
    "measure": (_gloss_after, _label_before, _modified_noun_after, _head_of_before, _change_subject, _object_of_verb, _of_after,
                _verb_noun, _passive_subject, _antecedent, _nearest_np_before),
    "money": (rated_currency, _gloss_after, _label_before, _in_after, _head_of_before, _participle_after, _verb_noun, _change_subject,
              _object_of_verb, _recipient_after, _passive_subject, _antecedent, _nearest_np_before),
    "count": (_hyphened_head, _gloss_after, _label_before, _sized_subject, counted_phrase, _change_subject, _head_of_before, _antecedent, _nearest_np_before),
    "duration": (_modified_noun_after, _of_after, _in_after, _possessive_after, _time_holder, _to_verb_after, _gerund_after,
                 _fronted, act_for, _antecedent, _nearest_np_before),
}


# a figure heading a list item on its own line ("2. 3.67%"), and the line below it describing it
_ITEM_HEAD = re.compile(r"[ \t]*(?:\d{1,2}[.)][ \t]+|[-•*][ \t]+)?")
_ITEM_TAIL = re.compile(r"[ \t.:—–-]*\n[ \t]*\n?[ \t]*(?:(?:The|What|How many|How much)\s+)?(?P<np>[^\n;:.,]{3,80})")
_ITEM_LABEL = re.compile(r":[ \t]+(?P<np>[A-Za-z][^\n;:.,]{2,80})")  # "- 5,200: American troops in Iraq, by …"


def _item_heading(text: str, d) -> str | None:
    """`2. 3.67%` over `The enrichment cap the 2015 deal set; …`, `- 5,200: American troops in Iraq`: what the
    line below, or the label after the colon, says it measures."""
    line = text.rfind("\n", 0, d.start) + 1
    below = (_ITEM_TAIL.match(text, d.end) or _ITEM_LABEL.match(text, d.end)) \
        if _ITEM_HEAD.fullmatch(text, line, d.start) else None
    return below["np"].strip() if below else None


def find_subject(text: str, d, prev) -> str | None:
    """The first step that finds a noun phrase; the second figure of a pair shares the first's subject."""
    from .figure_count import follows
    heading = _item_heading(text, d)
    if heading:
        return heading
    if prev is not None and prev.subject and (prev.unit == d.unit or prev.kind == d.kind != "count") \
            and follows(text, prev, d) and _plausible(prev.subject, text[d.start:d.end]) \
            or shares_subject(text, prev, d):
        return prev.subject
    lo, hi = _clause(text, d.start, d.end)
    for step in _STEPS.get(d.kind, ()):
        found = (step(text, d, lo, hi) or "").rstrip(" ,;:(")  # "The vessel, of 300,000 tons": no comma
        if found and _plausible(found, text[d.start:d.end]):
            return found
    return None


def _plausible(np: str, figure: str) -> bool:
    """Not a verb of change or level left alone (`rose`), a particle (`up from`), a time (`this week`,
    `January 2021`), nor the figure itself."""
    words = np.split()
    if not any(c.isalpha() for c in np):
        return False  # "- 5,200: American troops": a bullet is no subject
    if len(words) == 1 and (np.lower() in _NOT_SUBJECTS or _VERB_FORM.fullmatch(np.lower())):
        return False
    if all(w.strip(",.") in _TIME_WORDS or w.strip(",.").lower() in _TIME_WORDS or w.isdigit() for w in words):
        return False
    return figure.lower() not in np.lower() and words[0].lower() not in QUALIFIERS  # "about a year": a quantity
