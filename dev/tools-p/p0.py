"""Part P helper: re-exports part O's helper (shared toolkit `dev/tools/`, the abbreviation lists of parts K to O,
`write`, `author`, `meta_note`) unchanged; this part's house styles need no new abbreviation (BBC's `Mr`, `Dr`
without stops, the New York Times' `Mr.`, `Maj. Gen.`, `Jan.`, CNN's `Rep.` and `p.m.` are already listed)."""
from o0 import FDoc, D, R, write, author, meta_note  # noqa: F401
