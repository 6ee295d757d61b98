"""Add the byline's author to a document's meta JSON (SPEC §1 allows `author`; the value is taken from the text's own byline)."""
import json
from ann import ROOT


def author(doc_id, name):
    p = ROOT / "raw" / f"{doc_id}.meta.json"
    m = json.loads(p.read_text(encoding="utf-8"))
    text = (ROOT / "raw" / f"{doc_id}.txt").read_text(encoding="utf-8")
    for part in name.split(" and "):
        assert part in text, (doc_id, part)
    m["author"] = name
    p.write_text(json.dumps(m, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
