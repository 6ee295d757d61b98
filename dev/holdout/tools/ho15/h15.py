"""Round-15 helper. It reuses the round-14 helper (`ho14/h14.py`: write() with a per-document note, PDoc/LDoc,
words()), which reuses the round-13, round-12 and round-10 helpers and the shared toolkit `dev/tools/` (ann.py,
fx.py, mk.py). Nothing is copied.

New here: a few abbreviations that must not end a sentence in this round's layouts: the briefing transcript's
capitalised speaker labels (`MS. HALVERSON:`, `MR.`), "Va." in a local station's dateline, "Gov." and "Adm.".
"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "ho14"))
from h14 import write, PDoc, D, R, words  # noqa: E402,F401
import h10  # noqa: E402  (put on the path by h12)

h10.ABBR |= {"MS", "MR", "Va", "Gov", "Adm", "Sgt"}
