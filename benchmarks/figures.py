"""Side-by-side benchmark of the figures extractor and quantulum3 (issue 4).

    python -m benchmarks.figures [--shared ../shared] [--n 5000] [--repeat 3]

Both extractors run on the same sentences: the seed documents' sentences,
scored against the hand annotations with the official scorer's matching
(`eval/score.py`), and a deterministic generated corpus of news-style
sentences whose answers are known by construction. Prints strict and lenient
F1 and sentences per second for each; nothing is timed inside the tests.
"""
from __future__ import annotations

import argparse
import importlib.util
import json
import random
import sys
import time
import warnings
from pathlib import Path

from mistrust.extract.dates import document_dates
from mistrust.extract.figures import extract_figures
from mistrust.ingest import scan
from mistrust.extract.text import sentences

ROOT = Path(__file__).resolve().parents[1]

# quantulum3 unit names → this dataset's units
Q_UNITS = {"percentage": "percent", "dollar": "usd", "united states dollar": "usd", "euro": "eur",
           "pound sterling": "gbp", "kilogram": "kilogram", "barrel": "barrel", "barrel per day": "barrel per day"}


def ours(sentence: str) -> list[tuple[int, int, float | None, str]]:
    found = extract_figures(sentence, document_dates(sentence), {s.start for s in sentences(sentence)})
    return [(f.start, f.end, f.value, f.unit) for f in found]


def quantulum(parser):
    def run(sentence: str) -> list[tuple[int, int, float | None, str]]:
        out = []
        for q in parser.parse(sentence):
            name = q.unit.name.lower()
            if name == "dimensionless":
                # quantulum3 leaves the counted noun out; take the next word, as a fair reading
                nxt = sentence[q.span[1]:].split()
                name = nxt[0].strip(".,;:").lower().rstrip("s") if nxt else ""
            out.append((q.span[0], q.span[1], q.value, Q_UNITS.get(name, name.rstrip("s"))))
        return out
    return run


def load_scorer(shared: Path):
    spec = importlib.util.spec_from_file_location("score", shared / "eval" / "score.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def seed_sentences(raw: Path) -> list[tuple[str, int, str]]:
    """(doc_id, sentence offset, sentence) for every seed sentence."""
    sources, _ = scan(raw)
    return [(s.doc_id, sp.start, s.text[sp.start:sp.end]) for s in sources for sp in sentences(s.text)]


def score_seeds(scorer, gold_dir: Path, sents, extractor) -> dict:
    golds = {json.loads(p.read_text())["doc_id"]: json.loads(p.read_text()) for p in gold_dir.glob("*.json")}
    rows: dict[str, list[dict]] = {d: [] for d in golds}
    for doc_id, off, sent in sents:
        if doc_id in rows:
            for a, b, value, unit in extractor(sent):
                rows[doc_id].append({"char_start": off + a, "char_end": off + b,
                                     "value": "" if value is None else value, "unit": unit})
    core = n_sys = lenient = strict = 0
    for doc_id, g in golds.items():
        pairs = scorer.match_doc("figures", g["figures"], rows[doc_id])
        noncore = sum(1 for gi, _, _ in pairs if not g["figures"][gi]["core"])
        core += sum(1 for x in g["figures"] if x["core"])
        n_sys += len(rows[doc_id]) - noncore
        for gi, _, attrs in pairs:
            if g["figures"][gi]["core"]:
                lenient += 1
                strict += int(scorer.STRICT["figures"](attrs))
    return {"lenient": scorer.prf(lenient, n_sys, core)[2], "strict": scorer.prf(strict, n_sys, core)[2]}


TEMPLATES = [
    ("Iran's oil exports fell by {q}{n} percent last year.", "percent", "percent"),
    ("The agency said Iran holds {q}{n} kilograms of enriched uranium.", "kilogram", "measure"),
    ("Washington froze ${n} billion in Iranian assets.", "usd", "money"),
    ("The hostages were held for {n} days before their release.", "day", "duration"),
    ("Officials said {q}{n} protesters were detained in Tehran.", "protester", "count"),
    ("Production reached {n} million barrels per day in the spring.", "barrel per day", "measure"),
    ("The talks dragged on for {w} months without result.", "month", "duration"),
    ("On August {d}, {y}, the government fell and {n} ministers resigned.", "minister", "count"),
]
QUALS = ["", "more than ", "nearly ", "about ", "at least ", "up to "]
WORDS = {2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 7: "seven", 8: "eight", 9: "nine", 10: "ten"}


def generated(n: int, seed: int = 7) -> list[tuple[str, float, str]]:
    """n sentences with the one figure each should yield: (sentence, value, unit)."""
    rng = random.Random(seed)
    out = []
    for i in range(n):
        tpl, unit, _ = TEMPLATES[i % len(TEMPLATES)]
        num = rng.choice([rng.randint(2, 99), round(rng.uniform(1, 99), 1), rng.randint(100, 9999)])
        w = rng.choice(list(WORDS))
        text = tpl.format(q=rng.choice(QUALS), n=f"{num:,}" if isinstance(num, int) else num, w=WORDS[w],
                          d=rng.randint(1, 28), y=rng.randint(1950, 2024))
        value = float(w) if "{w}" in tpl else float(num) * (1e9 if "billion" in tpl else 1e6 if "million" in tpl else 1)
        out.append((text, value, unit))
    return out


def score_generated(corpus, extractor) -> dict:
    tp = n_sys = 0
    for sent, value, unit in corpus:
        found = extractor(sent)
        n_sys += len(found)
        tp += int(any(v is not None and abs(v - value) <= 1e-6 * max(1, value) and u == unit for _, _, v, u in found))
    p, r = tp / n_sys if n_sys else 0, tp / len(corpus)
    return {"strict": round(2 * p * r / (p + r), 3) if p + r else 0.0}


def speed(extractor, sents: list[str], repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        t = time.perf_counter()
        for s in sents:
            extractor(s)
        best = min(best, time.perf_counter() - t)
    return len(sents) / best


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared", help="folder with eval/ and gold/")
    ap.add_argument("--raw-dir", type=Path, default=ROOT / "raw")
    ap.add_argument("--n", type=int, default=2000, help="generated sentences")
    ap.add_argument("--repeat", type=int, default=3)
    a = ap.parse_args(argv)
    warnings.filterwarnings("ignore")
    try:
        from quantulum3 import parser as qparser
    except ImportError:
        print("quantulum3 is not installed: pip install -c constraints.txt -e '.[bench]'", file=sys.stderr)
        return 2
    scorer = load_scorer(a.shared)
    seeds = seed_sentences(a.raw_dir)
    corpus = generated(a.n)
    systems = {"mistrust.extract.figures": ours, "quantulum3": quantulum(qparser)}
    texts = [s for _, _, s in seeds] + [s for s, _, _ in corpus]
    print(f"sentences: {len(seeds)} seed + {len(corpus)} generated; best of {a.repeat} runs; "
          f"python {sys.version.split()[0]}")
    print(f"{'system':18} {'seed strict F1':>15} {'seed lenient F1':>16} {'generated F1':>13} {'sentences/s':>12}")
    rates = {}
    for name, fn in systems.items():
        s = score_seeds(scorer, a.shared / "gold", seeds, fn)
        g = score_generated(corpus, fn)
        rates[name] = speed(fn, texts, a.repeat)
        print(f"{name:18} {s['strict']:>15} {s['lenient']:>16} {g['strict']:>13} {rates[name]:>12.0f}")
    print(f"speed ratio: {rates['mistrust.extract.figures'] / rates['quantulum3']:.1f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
