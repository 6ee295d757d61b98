"""Round-10 helper on top of the shared toolkit: sentence bounds that also skip footnote markers (`.[12] `)
and keep a numbered item's number ("1. ") with its line, a meta writer with an optional author, and
V(anchor, trigger, ...): the event row for the whole sentence around `anchor` (any unique substring)."""
import json, re
import fx
from fx import FDoc, D, R
from ann import ROOT
from mk import write as _write

ABBR = fx.ABBR | {"H.R", "Sen", "Rep", "Mrs", "Ms", "Del", "Md", "Ky", "S", "Vol", "No", "p", "pp", "ed", "eds", "Amb", "Sec", "C.I.A", "I.A.E.A"}


def write(doc_id, title, publisher, published, text, author=None):
    _write(doc_id, title, publisher, published, text)
    if author:
        p = ROOT / "raw" / f"{doc_id}.meta.json"
        m = json.loads(p.read_text())
        m = {k: m[k] for k in ("title", "publisher", "published")} | {"author": author} | \
            {k: m[k] for k in m if k not in ("title", "publisher", "published")}
        p.write_text(json.dumps(m, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


def _boundary(t, k):
    j = k + 1
    while j < len(t) and t[j] in "\"'":
        j += 1
    m = re.match(r"(\[\d+\])+", t[j:])
    if m:
        j += m.end()
    if j < len(t) and t[j] not in " \n":
        return None
    if t[k] == ".":
        m = re.search(r"[A-Za-z0-9.]+$", t[:k])
        w = m.group(0) if m else ""
        if w in ABBR or re.fullmatch(r"[A-Z]", w):
            return None
        ls = t.rfind("\n", 0, k) + 1
        if re.fullmatch(r"\d+", t[ls:k]):  # "1. " opening a numbered line
            return None
        # a Congressional Record speaker label ("Mr. HARLOWE.", "The PRESIDING OFFICER.") opens its sentence
        if re.fullmatch(r"(Mr\.|Mrs\.|Ms\.) [A-Z][A-Z'-]+|The PRESIDING OFFICER", t[ls:k]):
            return None
    return j


class HDoc(FDoc):
    def bounds(self, i):
        t = self.search
        st = 0
        for k in range(i - 1, -1, -1):
            if t[k] == "\n":
                st = k + 1
                break
            if t[k] in ".?!":
                j = _boundary(t, k)
                if j is not None and j <= i:
                    st = j
                    while t[st] == " ":
                        st += 1
                    break
        en = len(t)
        for k in range(i, len(t)):
            if t[k] == "\n":
                en = k
                break
            if t[k] in ".?!":
                j = _boundary(t, k)
                if j is not None:
                    en = j
                    break
        while t[en - 1] == " ":
            en -= 1
        return st, en

    def V(self, anchor, trig, type_any, date=None, source_any=(), core=True, occ=0, tocc=0):
        i = self._find(anchor, occ)
        st, en = self.bounds(i)
        assert st <= i and i + len(anchor) <= en, (self.doc_id, anchor, self.search[st:en])
        sent = self.search[st:en]
        ti = -1
        for _ in range(tocc + 1):
            ti = sent.find(trig, ti + 1)
            assert ti >= 0, f"{self.doc_id}: trigger {trig!r} not in {sent!r}"
        t = self.text
        assert st == 0 or t[st - 1] in " \n"
        assert en == len(t) or t[en] in " \n"
        date = date or (None, None)
        for k in source_any:
            assert k == k.lower()
        self.events.append({"start": st, "end": en, "trigger_start": st + ti, "trigger_end": st + ti + len(trig),
                            "type_any": list(type_any), "date_start": date[0], "date_end": date[1],
                            "source_any": list(source_any), "core": core,
                            "trigger": t[st + ti:st + ti + len(trig)], "sentence": t[st:en]})
