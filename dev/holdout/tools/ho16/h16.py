"""Round-16 helper. It reuses the round-15 helper (`ho15/h15.py`: write() with a per-document note, PDoc, D, R,
words()), which reuses the round-14, -13, -12 and -10 helpers and the shared toolkit `dev/tools/`. Nothing is copied.

New here: a few abbreviations that must not end a sentence in this round's layouts: US state abbreviations in
party-state tags ("Sen. Jane Doe (D-N.M.)" is closed by its parenthesis anyway, but "N.M." may also stand in running
text), "Gen." and "Sens.", "Reps.".
"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "ho15"))
from h15 import write, PDoc, D, R, words  # noqa: E402,F401
import h10  # noqa: E402  (put on the path by h12)

h10.ABBR |= {"N.M", "Pa", "Ind", "Mich", "Conn", "Wis", "Fla", "Minn", "Mont", "Colo", "Mass", "Ill", "Wash", "Ariz",
             "Sens", "Reps", "Gen", "Nov", "Jan"}
