"""Round-17 helper. It reuses the round-16 helper (`ho16/h16.py`: write() with a per-document note, PDoc, D, R,
words()), which reuses the round-15, -14, -13, -12 and -10 helpers and the shared toolkit `dev/tools/`. Nothing is
copied.

New here: a few abbreviations that must not end a sentence in this round's layouts ("Lt.-Gen." is already closed by
"Gen"; "Sept." and "Aug." by the shared list): "Maj", "Brig", "Cmdr" for Israeli ranks.
"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "ho16"))
from h16 import write, PDoc, D, R, words  # noqa: E402,F401
import h10  # noqa: E402  (put on the path by h12)

h10.ABBR |= {"Maj", "Brig", "Cmdr"}
