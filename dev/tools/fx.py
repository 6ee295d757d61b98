"""Shared helper for the dev-f and dev-g generators: find the whole sentence around a trigger."""
import re
from ann import Doc, D, R

ABBR = {"U.S", "U.N", "Mr", "Mrs", "Ms", "Dr", "Gen", "Rep", "Sen", "Capt", "ret", "Tex", "Calif", "Ore", "Ky",
        "Lt", "St", "No", "p.m", "a.m", "Jan", "Feb", "Aug", "Sept", "Oct", "Nov", "Dec", "Co", "Inc", "vs", "Adm", "E.O", "Ltd", "Jr", "Sr", "Mt", "approx", "cf"}


def _boundary_after(t, k):
    """k indexes a . ? ! ; return the index where the next sentence may start, or None"""
    j = k + 1
    while j < len(t) and t[j] in "\"'":
        j += 1
    if j < len(t) and t[j] not in " \n":
        return None
    if t[k] == ".":
        m = re.search(r"[A-Za-z.]+$", t[:k])
        w = m.group(0) if m else ""
        if w in ABBR or re.fullmatch(r"[A-Z]", w):
            return None
    return j


class FDoc(Doc):
    def S(self, trig, occ=0):
        t = self.search
        i = -1
        for _ in range(occ + 1):
            i = t.find(trig, i + 1)
            assert i >= 0, f"{self.doc_id}: trigger not found {trig!r}"
        # start
        st = 0
        for k in range(i - 1, -1, -1):
            if t[k] == "\n":
                st = k + 1
                break
            if t[k] in ".?!":
                j = _boundary_after(t, k)
                if j is not None and j <= i:
                    st = j
                    while t[st] in " ":
                        st += 1
                    break
        # a numbered paragraph's number ("1. ", "12. ") belongs to the sentence it opens
        ls = t.rfind("\n", 0, st) + 1
        if re.fullmatch(r"\d+\. *", t[ls:st]):
            st = ls
        en = len(t)
        for k in range(i + len(trig), len(t)):
            if t[k] == "\n":
                en = k
                break
            if t[k] in ".?!":
                j = _boundary_after(t, k)
                if j is not None:
                    en = j
                    break
        return t[st:en], i - st

    def EV(self, trig, type_any, date=None, source_any=(), core=True, occ=0):
        sent, off = self.S(trig, occ)
        # occurrence of this sentence in the text and of the trigger inside it
        sst = self._find(sent, 0)
        n = 0
        while sst + off != self._find(trig, occ) and n < 20:
            n += 1
            sst = self._find(sent, n)
        tocc = sent[:off].count(trig)
        self.E(sent, trig, type_any, date, source_any, core, occ=n, tocc=tocc)
