"""Part Q helper: re-exports part P's helper (shared toolkit `dev/tools/`, the abbreviation lists of parts K to P,
`write`, `author`, `meta_note`) and adds the abbreviations this part's house styles need: the transcript's guest
labels in capitals (`MR.`, `MS.`) must not end a sentence; `Ind.` for a member's state tag is harmless but listed."""
import fx
fx.ABBR |= {"MR", "MS", "Ind", "Amb"}
from p0 import FDoc, D, R, write, author, meta_note  # noqa: E402,F401
