"""Part S helper: re-exports part R's helper (shared toolkit `dev/tools/`, the abbreviation lists of parts K to R,
`write`, `author`, `meta_note`) and adds the abbreviations this part's house styles need: Fox News' state tags after
a comma (`R-Ala.`), `Prof.` and the month abbreviations `Mar.`, `Apr.`, `Jun.`, `Jul.` of an agency dateline."""
import fx
fx.ABBR |= {"Ala", "Prof", "Mar", "Apr", "Jun", "Jul"}
from r0 import FDoc, D, R, write, author, meta_note  # noqa: E402,F401
