import json, re, sys
from pathlib import Path
from ann import normalise, ROOT
NUMW = r"\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|hundreds|thousand|thousands|million|billion|dozen|dozens|several|once|twice|half|double|single|decades?|centur(y|ies))\b"
for g in sorted((ROOT / "gold").glob("*.json")):
    gold = json.loads(g.read_text())
    if len(sys.argv) > 1 and sys.argv[1] not in gold["doc_id"]:
        continue
    t = normalise((ROOT / "raw" / f"{gold['doc_id']}.txt").read_bytes())
    print("==", gold["doc_id"])
    qs = [(q["start"], q["end"]) for q in gold["quotes"]]
    # double-quote spans
    spans = []
    for m in re.finditer(r'"([^"\n]*)"', t):
        spans.append((m.start(1), m.end(1)))
    for m in re.finditer(r"“([^”\n]*)(”|\n)", t):
        spans.append((m.start(1), m.end(1)))
    for m in re.finditer(r"(?<![A-Za-z])'([^'\n]+)'(?![A-Za-z])", t):
        spans.append((m.start(1), m.end(1)))
    for m in re.finditer(r"‘([^’\n]+)’(?![A-Za-z])", t):
        spans.append((m.start(1), m.end(1)))
    for a, b in spans:
        if not any(a == s and b == e for s, e in qs):
            print("  QUOTE not exact in gold:", repr(t[a:b][:80]))
    for q in gold["quotes"]:
        assert t[q["start"]:q["end"]] == q["text"]
    fs = [(f["start"], f["end"]) for f in gold["figures"]]
    for m in re.finditer(r"\d[\d,.]*|" + NUMW, t, flags=re.I):
        a, b = m.span()
        if not any(s <= a < e for s, e in fs):
            print("  NUM not in gold:", repr(t[max(0, a-25):b+25].replace("\n", " ")))
    for f in gold["figures"]:
        assert t[f["start"]:f["end"]] == f["text"]
    for e in gold["events"]:
        assert t[e["start"]:e["end"]] == e["sentence"]
        assert t[e["trigger_start"]:e["trigger_end"]] == e["trigger"]
        a, b = e["start"], e["end"]
        assert a == 0 or t[a-1] in " \n", ("sentence start", e["sentence"][:40])
        assert b == len(t) or t[b] in " \n", ("sentence end", e["sentence"][-40:])
