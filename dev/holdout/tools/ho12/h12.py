"""Round-12 helper. It reuses the round-10 helper (`ho10/h10.py`: V(), write() with author, its ABBR list), which
builds on the shared toolkit `dev/tools/` (ann.py, fx.py, mk.py). Nothing is copied.

New here: PDoc, whose sentence bounds can be told
- SOFT = True: a single line break does not end a sentence (PDF text with hard line breaks, caption lines); only a
  blank line does;
- MARK: a regex for the markers a sentence's end may carry (`.14` footnote digits, `[12]`, `[citation needed]`).
  A full stop followed by digits ends a sentence only when the next word starts with a capital letter or a line ends,
  so that decimals ("3.67 percent") do not.
"""
import os, re, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "ho10"))
import h10  # noqa: E402
from h10 import write, HDoc, D, R  # noqa: E402,F401


class PDoc(HDoc):
    SOFT = False
    MARK = r"(\[\d+\])+"

    def _end(self, t, k):
        j = k + 1
        while j < len(t) and t[j] in "\"'\u201d\u2019":
            j += 1
        m = re.match(self.MARK, t[j:])
        dig = False
        if m and m.end():
            dig = t[j].isdigit()
            j += m.end()
        if j < len(t) and t[j] not in " \n":
            return None
        if t[k] == ".":
            w = re.search(r"[A-Za-z0-9.]+$", t[:k])
            w = w.group(0) if w else ""
            if w in h10.ABBR or re.fullmatch(r"[A-Z]", w):
                return None
            ls = t.rfind("\n", 0, k) + 1
            if re.fullmatch(r"\d+", t[ls:k]):
                return None
            if dig and t[k - 1].isdigit():
                n = j
                while n < len(t) and t[n] == " ":
                    n += 1
                if n < len(t) and t[n] != "\n" and not t[n].isupper():
                    return None
        return j

    def _brk(self, t, k):
        """a line break at k ends a paragraph"""
        if t[k] != "\n":
            return False
        return (not self.SOFT) or (k + 1 < len(t) and t[k + 1] == "\n") or (k > 0 and t[k - 1] == "\n")

    def bounds(self, i):
        t = self.search
        st = 0
        for k in range(i - 1, -1, -1):
            if self._brk(t, k):
                st = k + 1
                break
            if t[k] in ".?!":
                j = self._end(t, k)
                if j is not None and j <= i:
                    st = j
                    while t[st] in " \n":
                        st += 1
                    break
        en = len(t)
        for k in range(i, len(t)):
            if self._brk(t, k):
                en = k
                break
            if t[k] in ".?!":
                j = self._end(t, k)
                if j is not None:
                    en = j
                    break
        while t[en - 1] in " \n":
            en -= 1
        return st, en
