"""Round-11 shim: the generators reuse the round-10 helper (`ho10/h10.py`: sentence bounds, V(), write() with author),
which itself builds on the shared toolkit `dev/tools/` (ann.py, fx.py, mk.py). Nothing is copied."""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "ho10"))
from h10 import write, HDoc, D, R  # noqa: E402,F401
