"""Which event-trigger entries never fire on a corpus: candidates to prune or to fix.

    python -m mistrust.extract.lexicon_report --raw-dir dev/raw [--raw-dir raw]

Reads every `*.txt` under the given folders, runs the trigger matcher of
`mistrust.extract.event_lexicon` over each document's writer's words (quotations
blanked, as extraction does), and prints, per event type, the entries of
`lexicons/event_triggers.toml` that matched nothing, then how often the others fired.
"""
from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

from .document import Document
from .event_lexicon import TYPES, find_triggers, load


def fired(texts) -> Counter:
    """How often each (type, entry) matched over the texts."""
    hits: Counter = Counter()
    for i, text in enumerate(texts):
        doc = Document(f"d{i}", text)
        for t in find_triggers(doc.masked, 0, len(doc.masked)):
            hits[(t.etype, t.entry)] += 1
    return hits


def report(hits: Counter) -> list[str]:
    lex = load("event_triggers")
    lines = []
    for etype in TYPES:
        entries = [e for pos in ("verbs", "nouns", "phrases") for e in lex[etype].get(pos, [])]
        silent = [e for e in entries if not hits[(etype, e)]]
        lines.append(f"{etype}: {len(silent)}/{len(entries)} never fired" + (": " + "; ".join(silent) if silent else ""))
    lines.append("fired: " + ", ".join(f"{t}/{e}×{n}" for (t, e), n in hits.most_common() if t != "reporting"))
    return lines


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(prog="python -m mistrust.extract.lexicon_report", description=__doc__.splitlines()[0])
    ap.add_argument("--raw-dir", type=Path, action="append", required=True, help="a folder of <doc_id>.txt files")
    a = ap.parse_args(argv)
    texts = [p.read_text(encoding="utf-8") for d in a.raw_dir for p in sorted(d.glob("*.txt"))]
    print("\n".join(report(fired(texts))))
    return 0


if __name__ == "__main__":
    sys.exit(main())
