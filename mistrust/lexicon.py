"""Word lists shared by the extractors."""
from __future__ import annotations

import re

# Reporting verbs: base form → inflections are generated.
REPORTING_VERBS = (
    "say", "state", "declare", "insist", "recount", "add", "note", "ask", "tell", "write", "tweet", "post",
    "explain", "argue", "claim", "warn", "stress", "emphasise", "emphasize", "point out", "reiterate",
    "denounce", "remark", "recall", "affirm", "assert", "announce", "reply", "respond", "continue", "conclude",
    "elaborate", "express", "observe", "acknowledge", "admit", "complain", "describe", "vow", "pledge",
    "threaten", "urge", "advise", "instruct", "reveal", "indicate", "underline", "underscore", "highlight",
    "caution", "lament", "accuse", "criticise", "criticize", "maintain", "contend", "predict", "promise",
    "proclaim", "retort", "charge", "characterise", "characterize", "brand", "dub", "quip", "shout", "demand",
    "suggest", "read", "order", "rule", "mention", "confirm", "deny", "repeat", "counter", "concede",
    "call", "report", "put it",
)
_DOUBLED = {"admit", "quip", "dub", "rebut", "regret", "refer", "omit", "commit"}
_IRREGULAR = {"say": ["says", "said", "saying"], "tell": ["tells", "told", "telling"],
              "write": ["writes", "wrote", "written", "writing"], "read": ["reads", "read", "reading"],
              "put it": ["puts it", "putting it"]}


def _forms(verb: str) -> list[str]:
    if verb in _IRREGULAR:
        return [verb, *_IRREGULAR[verb]]
    head, _, rest = verb.partition(" ")
    rest = f" {rest}" if rest else ""
    if head.endswith("e"):
        stems = [head + "s", head + "d", head[:-1] + "ing"]
    elif head.endswith("y") and head[-2] not in "aeiou":
        stems = [head[:-1] + "ies", head[:-1] + "ied", head + "ing"]
    elif head in _DOUBLED:
        stems = [head + "s", head + head[-1] + "ed", head + head[-1] + "ing"]
    elif re.search(r"(?:sh|ch|ss|x)$", head):
        stems = [head + "es", head + "ed", head + "ing"]
    else:
        stems = [head + "s", head + "ed", head + "ing"]
    return [head + rest] + [s + rest for s in stems]


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


REPORTING_FORMS = sorted({f for v in REPORTING_VERBS for f in _forms(v)}, key=len, reverse=True)
REPORTING_RE = trie_regex(REPORTING_FORMS)

PREPOSITIONS = {
    "of", "with", "by", "to", "against", "for", "from", "like", "under", "than", "about", "toward", "towards",
    "including", "in", "into", "on", "at", "between", "as", "over", "upon", "among", "without", "through",
    "during", "after", "before", "since", "across", "behind", "beyond", "near", "via", "versus", "except",
}
# Nouns after a name that turn the name into a modifier: "the Trump administration".
MODIFIED_NOUNS = {
    "administration", "government", "regime", "officials", "forces", "sanctions", "embassy", "military",
    "troops", "side", "team", "delegation", "economy", "people", "authorities", "era", "dynasty", "family",
    "presidency", "camp", "negotiators", "diplomats", "policy", "policies", "interests", "companies",
}
