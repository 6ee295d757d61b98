"""Part M helper: re-exports part L's helper (shared toolkit, part K's and L's abbreviation lists, `write`,
`author`) and adds `meta_note`, which replaces the meta's generic note with one naming the imitated style."""
import json
from l0 import FDoc, D, R, write, author  # noqa: F401
from ann import ROOT


def meta_note(doc_id, extra):
    p = ROOT / "raw" / f"{doc_id}.meta.json"
    m = json.loads(p.read_text(encoding="utf-8"))
    m["note"] = m["note"] + "; " + extra
    p.write_text(json.dumps(m, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
