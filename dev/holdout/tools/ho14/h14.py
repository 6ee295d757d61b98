"""Round-14 helper. It reuses the round-13 helper (`ho13/h13.py`), which reuses the round-12 helper (`ho12/h12.py`:
PDoc with end markers), the round-10 helper (`ho10/h10.py`: V(), write() with author) and the shared toolkit
`dev/tools/` (ann.py, fx.py, mk.py). Nothing is copied.

New here:
- a few abbreviations that must not end a sentence in this round's layouts ("U.S.C.", "et seq.", "Res.", "Sec.",
  "et al.", "Feb.");
- LDoc: a PDoc whose sentence bounds keep a section number with its sentence ("Sec. 2. (a) All property ..."):
  the full stop after "Section 1" or "Sec. 2" at the start of a line does not end a sentence;
- write(): the shared meta writer plus a per-document `note` (which style is imitated, what is invented).
"""
import json, os, re, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "ho13"))
from h13 import write as _write, PDoc, D, R  # noqa: E402,F401
import h10  # noqa: E402  (put on the path by h12)
from ann import ROOT  # noqa: E402

h10.ABBR |= {"U.S.C", "seq", "Res", "RES", "Sec", "al", "Feb", "Mr", "Ms", "Jan", "Apr", "Jun", "Jul", "Sep"}


def write(doc_id, title, publisher, published, text, note, author=None):
    _write(doc_id, title, publisher, published, text, author)
    p = ROOT / "raw" / f"{doc_id}.meta.json"
    m = json.loads(p.read_text())
    m["note"] = note
    p.write_text(json.dumps(m, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


def words(doc_id):
    return len((ROOT / "raw" / f"{doc_id}.txt").read_text(encoding="utf-8").split())


class LDoc(PDoc):
    def _end(self, t, k):
        ls = t.rfind("\n", 0, k) + 1
        if re.fullmatch(r"(Section|Sec\.) \d+", t[ls:k]):
            return None
        return super()._end(t, k)
