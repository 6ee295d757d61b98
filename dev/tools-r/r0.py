"""Part R helper: re-exports part Q's helper (shared toolkit `dev/tools/`, the abbreviation lists of parts K to Q,
`write`, `author`, `meta_note`) and adds the abbreviations this part's house styles need: The Hill's state tags
outside parentheses and plural titles (`Fla.`, `N.J.`, `Ariz.`, `Sens.`, `Reps.`) must not end a sentence."""
import fx
fx.ABBR |= {"Fla", "N.J", "Ariz", "Sens", "Reps", "Wis", "Mich", "Okla", "N.C", "S.C"}
from q0 import FDoc, D, R, write, author, meta_note  # noqa: E402,F401
