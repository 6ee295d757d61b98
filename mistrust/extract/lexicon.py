"""Loading the word lists in `mistrust/lexicons/` (TOML, one file per kind) and compiling them.

Every list is data: each file says where its entries come from. Files are read once per process;
their bytes are part of the extractor version (`mistrust.versions.extractor_version`), so a changed
list re-extracts every document. Inflections come from lemminflect, not from hand-written rules.
"""
from __future__ import annotations

import re
import tomllib
from functools import lru_cache
from pathlib import Path

LEXICONS = Path(__file__).resolve().parents[1] / "lexicons"


@lru_cache(maxsize=None)
def load(kind: str) -> dict:
    """The parsed `lexicons/<kind>.toml`."""
    with (LEXICONS / f"{kind}.toml").open("rb") as fh:
        return tomllib.load(fh)


def verb_forms(phrase: str) -> list[str]:
    """Every form of a verb phrase, inflecting its head: `point out` → points out, pointed out, …"""
    from lemminflect import getAllInflections
    head, _, rest = phrase.partition(" ")
    rest = f" {rest}" if rest else ""
    forms = {f for fs in getAllInflections(head, upos="VERB").values() for f in fs}
    # a prefixed verb the library lacks ("unfreeze", "test-fire"): inflect the longest known stem, keep the prefix
    for k in range(1, len(head) - 2) if not forms else ():
        stem = {f for fs in getAllInflections(head[k:], upos="VERB").values() for f in fs}
        if stem:
            forms = {head[:k] + f for f in stem}
            break
    return sorted({head + rest} | {f + rest for f in forms})


def noun_forms(noun: str) -> list[str]:
    """A noun (or a noun phrase, inflecting its last word) in the singular and the plural."""
    from lemminflect import getAllInflections
    *first, last = noun.split(" ")
    lead = " ".join(first) + " " if first else ""
    forms = {f for fs in getAllInflections(last, upos="NOUN").values() for f in fs}
    return sorted({noun} | {lead + f for f in forms})



@lru_cache(maxsize=8192)
def word_classes(word: str) -> frozenset:
    """The parts of speech lemminflect knows for a word (`NOUN`, `VERB`, …); empty for a name it does not know."""
    from lemminflect import getAllLemmas
    return frozenset(getAllLemmas(word.lower()))


def trie_regex(words) -> str:
    """A regex matching any of `words`, longest first, as a prefix trie.

    Python's `re` tries alternatives one by one; sharing prefixes makes a
    300-word list cost a few character tests per position instead of 300.
    """
    trie: dict = {}
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict) -> str:
        end = "" in node
        branches = [re.escape(ch) + build(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if end else body
    return build(trie)


_words = load("words")
REPORTING_FORMS = sorted({f for v in _words["reporting_verbs"] for f in verb_forms(v)}, key=lambda f: (-len(f), f))
REPORTING_RE = trie_regex(REPORTING_FORMS)
REPORTING_CUE = re.compile(rf"\b(?:{REPORTING_RE})\b")  # a reporting verb anywhere: "said", "told"
# where a closing tag's verb ends the sentence's words: "…, he said." or "…, he said, adding that …"
TAG_CLOSES = re.compile(rf"\s*(?:[.!?]|,\s+(?:{trie_regex(load('reporting')['tag_continuations'])})\b)")
REMARKS_RE = trie_regex(load("reporting")["remark_nouns"])  # "statement", "post", "editorial": the words as a thing
PREPOSITIONS = frozenset(_words["prepositions"])
SPEAKING_FOR = frozenset(_words["speaking_for"])
MODIFIED_NOUNS = frozenset(_words["modified_nouns"])
PERSONAL_PRONOUNS: dict[str, str] = _words["personal_pronouns"]  # the gender each tells
SUBJECT_PRONOUNS = [*PERSONAL_PRONOUNS, *_words["plural_pronouns"]]
COUNT_PRONOUNS = frozenset(_words["count_pronouns"])
ARTICLES = frozenset(_words["articles"])
CONJUNCTIONS = frozenset(_words["conjunctions"])
# an editor's note on a line of its own, in parentheses
EDITORIAL_NOTE = re.compile(r"^\((?:" + "|".join(map(re.escape, _words["editorial_notes"])) + r")\b[^()\n]*\)[ \t]*$", re.M)
