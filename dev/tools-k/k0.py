"""Part K helper: extends the shared sentence splitter's abbreviation list for this part's house styles
(Gulf honorifics `H.H.`, `H.E.`, military ranks `Maj.`, `Gen.`), then re-exports the shared toolkit."""
import fx
fx.ABBR |= {"H.H", "H.E", "Maj", "Col", "W.Va"}
from fx import FDoc, D, R  # noqa: E402,F401
from mk import write  # noqa: E402,F401
from metaj import author  # noqa: E402,F401
