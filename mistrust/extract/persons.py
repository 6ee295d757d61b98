"""People the curated lexicon does not know, named in the text: "Oil Minister Mohsen Paknejad",
"Hossein Kermanpour, a spokesman for the ministry, wrote", "Nasrin Ebadzadeh served on ...".

A capitalised name counts as a person only with evidence: a title before it (also set off by a comma: "Iran's
ambassador, Amir Iravani,"), an apposition, a "who" clause or a reporting verb after it, a reporting verb before
it, or a sentence it opens followed by a lowercase verb.
Delegates are people named by the country they speak for ("the representative of Algeria"): `find_delegates`.
Titles are kept (`title`, from `lead`): they tell which role a person holds ("the minister" later).
Every pattern is bounded in characters.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from .lexicon import REPORTING_FORMS, REPORTING_RE, load, trie_regex, word_classes
from .rx import guard

# Latin letters with accents too: "Valdés-Whitcombe", "Sörensen", "Jean-Noël"
UP, LO = "A-ZÀ-ÖØ-Þ", "a-zß-öø-ÿ"
# "DiCarlo", "McNamara": a capital inside a surname; "Al-Sudairi-Haddad": a particle and two hyphened parts
_TOKEN = rf"(?:(?:al|el|bin|ibn|abu)[- ]|(?:Al|El|Abu)-)?[{UP}][{LO}’']+(?:[{UP}][{LO}]+)?(?:-[{UP}]?[{LO}’']+){{0,2}}"
# "Rosemary A. DiCarlo": a middle initial inside the name
_SEQUENCE = re.compile(rf"{guard(_TOKEN)}(?<![\w.’'-]){_TOKEN}(?:[ ]{_TOKEN}|[ ][A-Z]\.(?=[ ][A-Z])){{1,5}}(?![\w-])")
# "Parvaneh Sadeghi, 71, a retired pharmacist": an age set off by commas, as news copy gives people
_AFTER = re.compile(rf",\s+(?:an?|the|who|whose)\s|,\s+\d{{1,3}},\s|(?:,[^,“”\"\n]{{2,80}},|,)?\s+(?:has\s+|had\s+)?(?:\w+ly\s+)?(?:{REPORTING_RE})\b")
# "Shirin, a listener in Toronto, wrote", "said Arash, a 34-year-old engineer": one given name, described
# and speaking, is a person. Found from the description's comma (a scan for a comma, not a try at every
# capital), the name then read back from it and the speaking verb looked for after or before it.
_DESCRIBED = re.compile(r",(?=\s+(?:\d{1,3},\s+)?an?\s)")  # "said Hamid, 52, a carpet seller"
_SINGLE = re.compile(rf"(?<![\w.’'-])[{UP}][{LO}’']+")
_SINGLE_TAIL = frozenset(c for c in map(chr, range(0x100)) if re.fullmatch(f"[{LO}]", c)) | {"’", "'"}
# "Korvick's daughter, Emily, said", "His wife, Parvaneh, remembers": a given name set off after whose kin it is
# found from the name's comma (a fast literal scan), its owner and kin read back from it
_SET_OFF_NAME = re.compile(rf",\s+(?P<name>[{UP}][{LO}’']+),\s+(?:has\s+|had\s+)?(?:\w+ly\s+)?(?:{REPORTING_RE}|remembers|recalls)\b")
# "The driver, who gave only his first name, Reza,": a given name the text says is all it has
_GIVEN_NAME = re.compile(rf"\b(?:first|given)\s+name,?\s+(?P<name>[{UP}][{LO}’']+)(?![\w’'-])")
_KIN_BEFORE = re.compile(r"(?:(?P<owner>[A-Z][\w-]+)[’']s|\b[Hh]is|\b[Hh]er|\b[Tt]heir)\s+(?P<kin>[a-z][\w-]*)$")
_SPEAKS_AFTER = re.compile(rf",\s+(?:\d{{1,3}},\s+)?an?\s[^,“”\"\n]{{2,80}},\s+(?:has\s+|had\s+)?(?:\w+ly\s+)?(?:{REPORTING_RE})\b")
_SPEAKS_BEFORE = re.compile(rf"\b(?:{REPORTING_RE})$")
_LONGEST_CUE = max(map(len, REPORTING_FORMS))
_BEFORE = re.compile(rf"\b(?:{REPORTING_RE}|according to)\s+$")
# "said the envoy's former aide, Ellen Marsh": a name set off after the description that follows a cue
_APPOSED = re.compile(rf"\b(?:{REPORTING_RE})\s+[^,.;:“”\"\n]{{2,60}},\s+$")
_POSSESSIVE = ("’s", "'s")
_LOWER_VERB = re.compile(r"\s+(?:[a-z]+ed|[a-z]+s|[a-z]+t|is|was|has|had|will|would|says|said|told|went|wrote|took|read|gave|made|spoke|led|met|"
                         r"sent|held|left|began|saw|came|became|brought|found|stood|kept)\b")
_SIGNED = re.compile(r"[”\"][ \t]*\n?[ \t]*[—–][ \t]*$")  # "“…” — Fariba Moshiri-Kent of the …": who signs it
_AFFILIATION = re.compile(r"\s+(?:of|at|from)\s+(?:the\s+)?[A-Z][\w&’'-]*(?:\s+(?:for\s+|of\s+|on\s+)?[A-Z][\w&’'-]*){0,5}")
_TITLE_COMMA = re.compile(r"([a-z][\w.-]*),\s+$")  # "Iran's ambassador, Amir Iravani"
# "The representative of France", "the delegate of the Russian Federation": a person speaking for a country
# `[Tt](?<!\w.)` is `\b[Tt]`, written so that `re` skips to the next T or t in one fast scan
_DELEGATE = re.compile(r"[Tt](?<!\w.)he\s+(?:(?:permanent|deputy|acting)\s+)?"
                       rf"(?:representative|delegate|delegation|ambassador)\s+(?:of|from)\s+(?:the\s+)?(?={_TOKEN})")
_COUNTRY = re.compile(rf"{_TOKEN}(?:[ ]{_TOKEN}){{0,3}}")
# ", a former diplomat", ", Minister of Foreign Affairs of the Kingdom of Saudi Arabia"
# set off up to a comma or full stop: "X, the Leader “treats …”" opens a clause, it describes no one
_APPOSITION = re.compile(r",\s+((?:an?|the)\s[^,.;:“”\"\n]{2,100}"
                         r"|[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,3}\s+of\s[^,.;:“”\"\n]{2,100})(?=[,.;:)]|$)")
LOOKBACK = 80  # characters a title may take before a name


class Delegate(NamedTuple):
    lead: int  # where "the representative of" starts
    start: int  # the country's name
    end: int
    country: str


class Person(NamedTuple):
    start: int
    end: int
    name: str
    lead: int  # where the title before the name starts (== start without one)
    title: str
    apposition: str = ""  # ", the author of a new book,": a description after the name

    @property
    def gender(self) -> str | None:
        """`f` or `m` when the title or kin noun tells it ("Mrs", "his wife"), else None."""
        words = set(self.title.lower().split())
        return "f" if words & _words().female else "m" if words & _words().male else None


class _Words(NamedTuple):
    not_name_words: frozenset[str]
    not_name_parts: frozenset[str]
    title_re: re.Pattern  # a title ending right before a name
    titles: frozenset[str]
    title_ends: frozenset[str]  # the last word of every title
    surname_kin: frozenset[str]
    family_first: frozenset[str]
    female: frozenset[str]
    male: frozenset[str]
    title_links: frozenset[str]


@lru_cache(maxsize=1)
def _words() -> _Words:
    lex = load("reporting")
    titles = trie_regex(sorted(lex["person_titles"], key=len, reverse=True))
    links = "|".join(lex["title_links"])
    # A title ends right before the name: capitalised words and links, then a title word.
    # words of one line; a capitalised word ending in a full stop is an abbreviation ("Lt.", "U.S."), never a
    # sentence's last word ("… in Muscat. Israeli Prime Minister X", "… to Iran. President Reagan")
    title_re = re.compile(rf"(?:(?:[A-Z][\w’'-]*|[A-Z](?:\.[A-Z])+\.|[A-Z][a-z]{{0,2}}\.|{links})[ \t]+){{0,5}}?"
                          rf"(?i:{titles})[ \t]+$")
    heads = {f.capitalize() for f in REPORTING_FORMS if f.endswith("s")}  # a headline's verb: "Director General Tells Board"
    return _Words(frozenset(lex["not_name_words"]) | heads, frozenset(lex["not_name_parts"]), title_re,
                  frozenset(t.lower() for t in lex["person_titles"]),
                  frozenset(t.lower().split()[-1] for t in lex["person_titles"]), frozenset(lex["surname_kin"]),
                  frozenset(lex["family_names_first"]), frozenset(lex["female_words"]), frozenset(lex["male_words"]), frozenset(lex["title_links"]))


@lru_cache(maxsize=1)
def _works() -> tuple[re.Pattern]:
    """`’s new book`: a possessive name owning a written work is its author."""
    works = trie_regex(load("reporting")["work_nouns"])
    return (re.compile(rf"[’']s\s+(?:[a-z-]+\s+){{0,2}}?(?:{works})\b"),)


def title_before(text: str, pos: int) -> int:
    """Start of a title written right before pos ("US Middle East envoy "), or pos when there is none."""
    # the word right before pos, read with string methods: this runs for every mention
    window = text[max(0, pos - 24):pos]
    if not window[-1:].isspace() or not window.strip() or window.split()[-1].lower() not in _words().title_ends:
        return pos  # a title ends in a title word: nothing else needs the longer look
    m = _words().title_re.search(text, max(0, pos - LOOKBACK), pos)
    if m is None:
        return pos
    start, not_words = m.start(), _words().not_name_words
    # "the US envoy", "According to the historian": articles, links and sentence openers are no title
    while start < pos:
        word = text[start:text.find(" ", start, pos)]
        if word.lower() not in _words().title_links and word not in not_words:
            break
        start += len(word) + 1
    return start


@lru_cache(maxsize=1)
def _title_after() -> re.Pattern:
    return re.compile(rf"[ \t]+(?:[\w-]+[ \t]+){{0,2}}?(?i:{trie_regex(sorted(_words().title_ends))})\b")


@lru_cache(maxsize=1)
def _portfolio_re() -> re.Pattern:
    titles = trie_regex(sorted(load("reporting")["person_titles"], key=len, reverse=True))
    return re.compile(rf"(?:[A-Z][\w’'-]*\s+){{0,2}}(?i:{titles})\s+(?:for|of)\s+(?:(?:[A-Z][\w&’'-]*|and|the|of|for)\s+){{1,8}}$")


def _portfolio(text: str, s: int) -> int | None:
    """Where a title with its portfolio starts right before a name at s ("Under Secretary for Terrorism and
    Financial Intelligence Elaine Marquardt"): the capitalised portfolio is no part of the name."""
    m = _portfolio_re().search(text, max(0, s - 120), s)
    return m.start() if m else None


def title_after(text: str, pos: int, hi: int) -> int:
    """End of a title right after pos (`the Treasury| Secretary`, `the State Department| spokesman`), or pos."""
    m = _title_after().match(text, pos, hi)
    return m.end() if m else pos


def _split_title(tokens: list[str]) -> int:
    """Index of the first name token after title words inside one capitalised run ("Oil Minister Mohsen Paknejad")."""
    titles = _words().titles
    for i in range(len(tokens) - 1, -1, -1):
        if tokens[i].lower() in titles or " ".join(tokens[max(0, i - 1):i + 1]).lower() in titles:
            return i + 1
    return 0


def _title_then_comma(text: str, s: int) -> bool:
    m = _TITLE_COMMA.search(text, max(0, s - 24), s)
    return bool(m) and m.group(1).lower() in _words().title_ends


def _has_evidence(text: str, s: int, e: int, lead: int, sentence_starts: set[int]) -> bool:
    if lead < s or _title_then_comma(text, s) or _AFTER.match(text, e, min(len(text), e + 120)) \
            or _SIGNED.search(text, max(0, s - 6), s) \
            or _BEFORE.search(text, max(0, s - 30), s) \
            or _APPOSED.search(text, max(0, s - 100), s):
        return True
    # "Leila Moradi traces", "In her new book, Leila Moradi traces": a clause opens with the name
    opens = s in sentence_starts or text[max(0, s - 2):s] == ", "
    affiliation = _AFFILIATION.match(text, e, min(len(text), e + 80)) if opens else None
    # "Ali Vaez of the Crisis Group put it", "a delegate, Reza Dehnavi of the Tabriz Tractor Company, read": the
    # verb after it, past the comma closing a set-off name
    e = affiliation.end() + (text[affiliation.end():affiliation.end() + 1] == ",") if affiliation else e
    return opens and _LOWER_VERB.match(text, e, min(len(text), e + 30)) is not None


def introduced(text: str, label: str) -> str | None:
    """"Our guest is Mina Rao." … "RAO:": a first name and the label's surname, however introduced."""
    if len(label) < 2:  # "Q:", "A:" name no one
        return None
    surname = label.title()  # "ESFANDIARY-HALE" → "Esfandiary-Hale"
    m = re.search(rf"\b[{UP}][{LO}’'-]+ {re.escape(surname)}\b", text)
    return m.group() if m else None


_GIVEN_BEFORE = re.compile(rf"(?<![\w.’'-])([{UP}][{LO}]+)[ ]$")


def another_given_name(text: str, start: int) -> bool:
    """"Ahmad Khatami", "Mojtaba Khamenei": a given name that is no English word and no title, right before a
    known surname, names another person of that family."""
    if start < 3 or text[start - 1] != " " or not text[start - 2].islower():
        return False  # the cheap test first: this runs for every mention of one word
    m = _GIVEN_BEFORE.search(text, max(0, start - 30), start)
    return m is not None and m.group(1).lower() not in _words().titles and not word_classes(m.group(1)) \
        and m.group(1) not in _words().not_name_words  # "On Monday Trump said": a weekday names no one


def family_name(tokens: list[str]) -> str:
    """The word a later mention uses alone: the last ("Tavakoli"), or the first where it comes first ("Guo Jiakun")."""
    return tokens[0] if len(tokens) == 2 and tokens[0] in _words().family_first else tokens[-1]


def find_persons(text: str, taken, sentence_starts: set[int]) -> list[Person]:
    """Uncurated people in text; `taken` tells spans already claimed by curated mentions (`overlaps(s, e)`)."""
    not_words, not_parts = _words().not_name_words, _words().not_name_parts
    out = []
    pending: dict[str, list[Person]] = {}  # names with no evidence yet, by surname
    for run in _SEQUENCE.finditer(text):
        tokens = run.group().split(" ")
        cut = 2 if tokens[-1].endswith(_POSSESSIVE) else 0  # "Warren Christopher's aide": the owner's name
        tokens[-1] = tokens[-1][:len(tokens[-1]) - cut]
        owner = max((i for i, t in enumerate(tokens[:-1]) if t.endswith(_POSSESSIVE)), default=-1)
        tokens = tokens[owner + 1:]  # "Al Jazeera's Mehrnoush Kaviani-Roth": the person after the owner
        start = run.end() - cut - len(" ".join(tokens))
        if tokens[-1] in not_parts or taken.overlaps(start, run.end()) and len(tokens) < 4:
            continue  # "Foreign Ministry", a curated name: cheap rejections first
        skip = _split_title(tokens)
        name_tokens = tokens[skip:]
        while name_tokens and name_tokens[0] in not_words:
            name_tokens = name_tokens[1:]
        # "President Kennedy": a title before a lone surname that is no English word names a person
        lone = len(name_tokens) == 1 and skip > 0 and not word_classes(name_tokens[0].lower())
        e = run.end() - cut
        if len(name_tokens) < 2 and not lone or any(t in not_parts for t in name_tokens) or \
                text.startswith(".", e) and f"{name_tokens[-1].lower()}." in _words().titles:
            continue  # "Spokesperson Brig.-Gen. X": an abbreviated rank is no surname
        lead = _portfolio(text, e - len(" ".join(name_tokens[-2:]))) if len(name_tokens) > 2 else None
        name_tokens = name_tokens[-2:] if lead is not None else name_tokens
        name = " ".join(name_tokens)
        s = e - len(name)
        if taken.overlaps(s, e):
            continue
        lead = title_before(text, s) if lead is None else lead
        person = Person(s, e, name, lead, text[lead:s].strip(), _apposition(text, e))
        if _has_evidence(text, s, e, lead, sentence_starts):
            out.append(person)
        else:
            pending.setdefault(name_tokens[-1], []).append(person)
    full = {p.name.split()[-1]: p.name for p in out if " " in p.name}  # "Ms Ashby" after "Helen Ashby"
    out = [p._replace(name=full.get(p.name, p.name)) if " " not in p.name else p for p in out]
    named = {p.end for p in out}  # "Gregory Thalberg, a lawyer": the surname of a full name is no single
    singles = [Person(s, e, name, s, title, _apposition(text, e))
               for s, e, name, title in [(s, e, text[s:e], "") for s, e in _singles(text)] + _kin_singles(text) +
               [(m.start("name"), m.end("name"), m["name"], "") for m in _GIVEN_NAME.finditer(text)]
               if text[s:e] not in not_words and e not in named and not taken.overlaps(s, e)]
    return out + singles + _shown_by_surname(text, pending, sentence_starts)


def _singles(text: str) -> list[tuple[int, int]]:
    """Spans of the given names right before a description's comma, in order. Each walk back covers the
    name and the spaces before it, never another comma's: linear in all."""
    out = []
    for c in _DESCRIBED.finditer(text):
        e = s = c.start()
        while s > 0 and text[s - 1] in _SINGLE_TAIL:
            s -= 1
        s -= 1
        if s < 0 or s + 1 == e or not _SINGLE.fullmatch(text, s, e):
            continue
        gap = s
        while gap > 0 and text[gap - 1].isspace():  # `\s`, as `re` reads it
            gap -= 1
        if _SPEAKS_AFTER.match(text, e) or gap < s and _SPEAKS_BEFORE.search(text, max(0, gap - _LONGEST_CUE), gap):
            out.append((s, e))
    return out


def _kin_singles(text: str) -> list[tuple[int, int, str, str]]:
    """Given names set off after a kin noun; a child or sibling of a named person bears the surname
    ("Korvick's daughter, Emily" → Emily Korvick)."""
    out = []
    for m in _SET_OFF_NAME.finditer(text):
        k = _KIN_BEFORE.search(text, max(0, m.start() - 40), m.start())
        if k is not None:
            name = f"{m['name']} {k['owner']}" if k["owner"] and k["kin"] in _words().surname_kin else m["name"]
            out.append((m.start("name"), m.end("name"), name, k["kin"]))
    return out


def _apposition(text: str, e: int) -> str:
    """The description after a name; "Roya Ahmadi’s new book" reads as "Roya Ahmadi, the author"."""
    apposed = _APPOSITION.match(text, e)
    if apposed:
        return apposed.group(1)
    return "the author" if _works()[0].match(text, e) else ""


def _shown_by_surname(text: str, pending: dict[str, list[Person]], sentence_starts: set[int]) -> list[Person]:
    """A name with no evidence of its own is a person when its surname alone has some elsewhere ("Roya
    Ahmadi’s new book … Ahmadi argues"): one scan of the text for all such surnames."""
    if not pending:
        return []
    shown = set()
    for m in re.finditer(rf"(?<![\w’'-])(?:{trie_regex(pending)})(?![\w’'-])", text):
        if m.group() not in shown and _has_evidence(text, m.start(), m.end(), m.start(), sentence_starts):
            shown.add(m.group())
    return [p for surname in shown for p in pending[surname]]


# "A London broker, who asked not to be named, said …": a person the text never names speaks; a "he" after is them
_UNNAMED_SPEAKER = re.compile(rf"(?:^|(?<=[.;:!?]\s))(?:An?|One)\s+(?:[\w’'-]+\s+){{0,5}}?[a-z][\w-]*"
                              rf"(?:,[^,;“”\"\n]{{2,160}},)?\s+(?:has\s+|had\s+)?(?:{REPORTING_RE})\b", re.M)


def unnamed_speakers(masked: str) -> list[int]:
    """Where each sentence opened by an unnamed speaker ("A diplomat said", "One trader, who …, said") starts."""
    return [m.start() for m in _UNNAMED_SPEAKER.finditer(masked)]


def find_delegates(text: str) -> list[Delegate]:
    """Speakers named by the country they represent; the country may be one the lexicon lacks."""
    not_parts = _words().not_name_parts
    out = []
    for m in _DELEGATE.finditer(text):
        c = _COUNTRY.match(text, m.end())
        if not any(t in not_parts for t in c.group().split(" ")):  # "the delegate of the Islamic Republic of Iran"
            out.append(Delegate(m.start(), c.start(), c.end(), c.group()))
    return out


@lru_cache(maxsize=1)
def parliament_label() -> re.Pattern:
    """A debate record's speaker head: "Mr Tom Hale (Northfield) (Con): …", "The Minister for the Middle East
    (Dame Clara Wynne): …", "Dame Clara Wynne: …" (an honorific opens the name, or the office names it in brackets)."""
    hon = trie_regex(load("reporting")["honorifics"])
    name = r"[A-Z][\w’'-]+(?:\s[A-Z][\w’'-]+){0,3}"
    return re.compile(rf"^(?:(?:{hon})\.?\s(?P<person>{name})|The\s[A-Z][^:()\n]{{2,80}}?\s\((?:(?:{hon})\.?\s)?"
                      rf"(?P<office_holder>{name})\))(?:\s\([^()\n]{{2,40}}\))*:[ \t]", re.M)
