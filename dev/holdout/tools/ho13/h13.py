"""Round-13 helper. It reuses the round-12 helper (`ho12/h12.py`: PDoc with soft line breaks and end markers), which
reuses the round-10 helper (`ho10/h10.py`: V(), write() with author) and the shared toolkit `dev/tools/`.
Nothing is copied.

New here: a few abbreviations that must not end a sentence in this round's layouts ("D.C." in a press-release
dateline, "Maj." in a 1953 wire lead, "VOL." in a masthead), and `words()` to report a text's length.
"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "ho12"))
from h12 import write, PDoc, D, R  # noqa: E402,F401
import h10  # noqa: E402  (put on the path by h12)

h10.ABBR |= {"D.C", "Maj", "VOL", "Col", "Gov", "Amb"}
