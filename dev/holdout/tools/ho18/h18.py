"""Round-18 helper. It reuses the round-17 helper (`ho17/h17.py`: write() with a per-document note, PDoc, D, R,
words()), which reuses the round-16, -15, -14, -13, -12 and -10 helpers and the shared toolkit `dev/tools/`.
Nothing is copied.

New here: nothing but the path; this round's layouts need no abbreviation beyond the shared list ("Mr", "Dr" and
"Sayyid" are written without full stops in the Gulf story; "U.S." and "U.N." are already listed).
"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "ho17"))
from h17 import write, PDoc, D, R, words  # noqa: E402,F401
import h10  # noqa: E402,F401  (put on the path by h12)
