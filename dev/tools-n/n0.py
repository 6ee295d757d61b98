"""Part N helper: re-exports part M's helper (shared toolkit, parts K/L abbreviation lists, `write`, `author`,
`meta_note`) and adds the abbreviations this part's house styles need (AP's `Sept.`, `Calif.` are already there;
`Mass.` for a datelined state, `EDT`-free)."""
import fx
fx.ABBR |= {"Mass", "Conn", "Md", "Va"}
from m0 import FDoc, D, R, write, author, meta_note  # noqa: E402,F401
