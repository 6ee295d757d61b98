"""Write a document's raw text and meta JSON (used by the g*_*.py generators)."""
import json, unicodedata
from ann import ROOT

NOTE = ("held-out evaluation" if ROOT.name == "holdout" else "development") + \
    " article written for the project; not a real publication"


def write(doc_id, title, publisher, published, text):
    text = unicodedata.normalize("NFC", text.strip("\n") + "\n")
    (ROOT / "raw").mkdir(exist_ok=True)
    (ROOT / "gold").mkdir(exist_ok=True)
    (ROOT / "raw" / f"{doc_id}.txt").write_text(text, encoding="utf-8")
    meta = {"title": title, "publisher": publisher, "published": published, "language": "en", "note": NOTE}
    (ROOT / "raw" / f"{doc_id}.meta.json").write_text(json.dumps(meta, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"{doc_id}: {len(text.split())} words")
