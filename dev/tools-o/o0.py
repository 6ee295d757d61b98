"""Part O helper: re-exports part N's helper (shared toolkit, the abbreviation lists of parts K to N, `write`,
`author`, `meta_note`) and adds the few abbreviations this part's house styles need (`Gen.` is already there;
`Ft.` for a base's name and `Ave.` for a street in the local story)."""
import fx
fx.ABBR |= {"Ft", "Ave", "Blvd"}
from n0 import FDoc, D, R, write, author, meta_note  # noqa: E402,F401
