"""Part L helper: extends the shared sentence splitter's abbreviation list for this part's layouts (court
citations `Compl.`, `Id.`, `Tr.`, `Supp.`, `U.S.C.`, `D.D.C.`, `v.`, `Nos.`, `(Ret.)`; `qtd.` in the essay), then
re-exports part K's helper (which re-exports the shared toolkit, `write` and `author`)."""
import fx
fx.ABBR |= {"Compl", "Id", "Tr", "Supp", "U.S.C", "D.D.C", "v", "Nos", "Ret", "Ex", "qtd", "ed", "vol", "pp", "Dept"}
from k0 import FDoc, D, R, write, author  # noqa: E402,F401
