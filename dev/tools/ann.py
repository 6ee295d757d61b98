"""Helpers to build gold JSON with asserted offsets, shared by every annotated set's generators.

Run a generator from its set's folder with this folder on the path: `cd dev/holdout && PYTHONPATH=../tools
python3 tools/g1_radio.py` (the held-out set), `cd dev && PYTHONPATH=tools python3 tools-f/g1_factbox.py`.
"""
import calendar, hashlib, json, unicodedata
from pathlib import Path

ROOT = Path.cwd()  # the set's folder: raw/ and gold/ are written and read there


def normalise(raw: bytes) -> str:
    t = raw.decode("utf-8")
    if t.startswith("\ufeff"):
        t = t[1:]
    return unicodedata.normalize("NFC", t.replace("\r\n", "\n").replace("\r", "\n"))


def D(y, m=None, d=None):
    if m is None:
        return (f"{y:04d}-01-01", f"{y:04d}-12-31")
    if d is None:
        last = calendar.monthrange(y, m)[1]
        return (f"{y:04d}-{m:02d}-01", f"{y:04d}-{m:02d}-{last:02d}")
    return (f"{y:04d}-{m:02d}-{d:02d}",) * 2


def R(a, b):
    """interval from the start of a to the end of b (each a D tuple)"""
    return (a[0], b[1])


STRAIGHT = str.maketrans({"\u201c": '"', "\u201d": '"', "\u2018": "'", "\u2019": "'"})


class Doc:
    def __init__(self, doc_id, published):
        self.doc_id = doc_id
        self.published = published
        raw = (ROOT / "raw" / f"{doc_id}.txt").read_bytes()
        self.sha = hashlib.sha256(raw).hexdigest()
        self.text = normalise(raw)
        # generators write straight quotes; curly marks are matched through a same-length straightened copy,
        # and every stored span is the real text slice
        self.search = self.text.translate(STRAIGHT)
        self.quotes, self.figures, self.events = [], [], []

    def _find(self, s, occ=0, within=None):
        t = self.search
        base = 0
        if within is not None:
            base = self._find(within[0], within[1] if len(within) > 1 else 0)
            t = t[base:base + len(within[0])]
        i = -1
        for _ in range(occ + 1):
            i = t.find(s, i + 1)
            assert i >= 0, f"{self.doc_id}: not found {s!r} (occ {occ})"
        return base + i

    def Q(self, s, kind_any, speaker=None, speaker_any=(), said=None, core=True, occ=0, ctx=None):
        st = self._find(s, occ, ctx)
        en = st + len(s)
        assert self.search[st:en] == s
        s = self.text[st:en]
        said = said or (None, None)
        self.quotes.append({"start": st, "end": en, "kind": kind_any[0], "kind_any": list(kind_any),
                            "speaker": speaker, "speaker_any": list(speaker_any),
                            "said_start": said[0], "said_end": said[1], "core": core, "text": s})

    def F(self, s, value, unit_any, kind, qualifier="exact", subject_any=(), core=True, occ=0, ctx=None, value_max=None):
        st = self._find(s, occ, ctx)
        en = st + len(s)
        assert self.search[st:en] == s
        s = self.text[st:en]
        self.figures.append({"start": st, "end": en, "value": value, "value_max": value_max,
                             "unit": unit_any[0], "unit_any": list(unit_any), "kind": kind,
                             "qualifier": qualifier, "subject_any": list(subject_any), "core": core, "text": s})

    def E(self, sentence, trigger, type_any, date=None, source_any=(), core=True, occ=0, tocc=0):
        st = self._find(sentence, occ)
        en = st + len(sentence)
        sent = self.search[st:en]
        assert sent == sentence
        # sentence must be a whole sentence: preceded by start/newline/space and ended by ./?/! or quote or newline
        ti = -1
        for _ in range(tocc + 1):
            ti = sent.find(trigger, ti + 1)
            assert ti >= 0, f"{self.doc_id}: trigger {trigger!r} not in sentence"
        sentence = self.text[st:en]
        trigger = self.text[st + ti:st + ti + len(trigger)]
        date = date or (None, None)
        self.events.append({"start": st, "end": en, "trigger_start": st + ti, "trigger_end": st + ti + len(trigger),
                            "type_any": list(type_any), "date_start": date[0], "date_end": date[1],
                            "source_any": list(source_any), "core": core, "trigger": trigger, "sentence": sentence})

    def save(self):
        for q in self.quotes:
            if q["speaker"] is not None:
                from unicodedata import normalize
                assert any(k in q["speaker"].lower() for k in q["speaker_any"]), q
            assert all(k == k.lower() for k in q["speaker_any"])
        for e in self.events:
            assert all(k == k.lower() for k in e["source_any"])
        out = {"doc_id": self.doc_id, "sha256": self.sha, "published": self.published,
               "quotes": sorted(self.quotes, key=lambda x: (x["start"], x["end"])),
               "figures": sorted(self.figures, key=lambda x: (x["start"], x["end"])),
               "events": sorted(self.events, key=lambda x: (x["start"], x["trigger_start"]))}
        p = ROOT / "gold" / f"{self.doc_id}.json"
        p.write_text(json.dumps(out, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print(f"{self.doc_id}: quotes {len(self.quotes)} ({sum(q['core'] for q in self.quotes)} core), "
              f"figures {len(self.figures)} ({sum(f['core'] for f in self.figures)} core), "
              f"events {len(self.events)} ({sum(e['core'] for e in self.events)} core)")
