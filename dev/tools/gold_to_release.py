"""Convert a set's gold JSON (optionally only doc ids with a prefix, the second argument) into release-style CSV tables (SPEC §2 columns) for a self-consistency check."""
import csv, json, sys
from pathlib import Path
from ann import ROOT

out = Path(sys.argv[1])
out.mkdir(parents=True, exist_ok=True)
Q = ["quote_id", "doc_id", "text", "char_start", "char_end", "kind", "speaker", "speaker_mention", "cue",
     "said_start", "said_end", "said_precision", "parent_quote_id"]
F = ["figure_id", "doc_id", "text", "char_start", "char_end", "value", "value_max", "unit", "kind", "qualifier",
     "approximate", "subject"]
E = ["event_id", "doc_id", "event_type", "trigger", "description", "char_start", "char_end", "actor_source",
     "actor_target", "location", "date_start", "date_end", "date_precision", "date_text", "event_key"]
rows = {"quotes": [], "figures": [], "events": []}
for g in sorted((ROOT / "gold").glob((sys.argv[2] if len(sys.argv) > 2 else "") + "*.json")):
    d = json.loads(g.read_text())
    doc = d["doc_id"]
    for i, q in enumerate(d["quotes"]):
        rows["quotes"].append({"quote_id": f"{doc}-q{i:03d}", "doc_id": doc, "text": q["text"], "char_start": q["start"],
                               "char_end": q["end"], "kind": q["kind_any"][0], "speaker": q["speaker"] or "",
                               "said_start": q["said_start"] or "", "said_end": q["said_end"] or ""})
    for i, f in enumerate(d["figures"]):
        rows["figures"].append({"figure_id": f"{doc}-f{i:03d}", "doc_id": doc, "text": f["text"], "char_start": f["start"],
                                "char_end": f["end"], "value": "" if f["value"] is None else repr(float(f["value"])),
                                "value_max": "" if f["value_max"] is None else repr(float(f["value_max"])),
                                "unit": f["unit_any"][0], "kind": f["kind"], "qualifier": f["qualifier"],
                                "approximate": str(f["qualifier"] == "about").lower(),
                                "subject": f["subject_any"][0] if f["subject_any"] else ""})
    for i, e in enumerate(d["events"]):
        rows["events"].append({"event_id": f"{doc}-e{i:03d}", "doc_id": doc, "event_type": e["type_any"][0],
                               "trigger": e["trigger"], "description": e["trigger"],
                               "char_start": e["trigger_start"], "char_end": e["trigger_end"],
                               "actor_source": e["source_any"][0] if e["source_any"] else "",
                               "date_start": e["date_start"] or "", "date_end": e["date_end"] or ""})
for name, cols in (("quotes", Q), ("figures", F), ("events", E)):
    with (out / f"{name}.csv").open("w", newline="", encoding="utf-8") as fh:
        w = csv.DictWriter(fh, fieldnames=cols, restval="")
        w.writeheader()
        w.writerows(rows[name])
print({k: len(v) for k, v in rows.items()})
