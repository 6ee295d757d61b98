import sys; sys.path.insert(0, __import__("os").path.dirname(__file__))
from h13 import write, PDoc, D, R

DOC = "ho13-magazine-review-ledger-of-grievance"
PUB = "2025-11-02"  # a Sunday
TEXT = """THE MARROW REVIEW OF BOOKS
Politics & History | November 2, 2025

Two Ledgers, One Quarrel
A historian argues that Iran and the United States have spent seventy years keeping score. She is right about the scorekeeping and wrong about the score.

By Tobias Grenfell-Osei

The Ledger of Grievance: Iran, America and the Politics of Memory
By Soraya Haddadi-Lund
Kestrel House, 388 pp., $32

In the spring of 2015, a young Iranian diplomat in a Vienna hotel corridor hands Soraya Haddadi-Lund a photocopy of a 1953 CIA cable and walks away without a word. The scene opens her new book, published in September, and it sets the terms of everything that follows. “He had brought the document the way one brings a receipt,” she writes, “and he wanted me to understand that the bill had never been paid” (p. 3).

The receipt, in her telling, is the founding object of the relationship. In August 1953 the CIA and Britain’s MI6 topple Mohammad Mosaddegh, and Washington spends the next quarter century underwriting the Shah. When students storm the American embassy on November 4, 1979, and hold 52 Americans for 444 days, they are, Haddadi-Lund argues, presenting a receipt of their own. “Every negotiation since Algiers,” she writes, “has been conducted by two parties each holding a ledger, each convinced that only its own is audited” (p. 212).

It is a good line, and much of the book earns it. Haddadi-Lund, who was born in Isfahan in 1968 and left Iran with her family in 1979, taught diplomatic history at Halvard College for two decades before turning to this project. She interviewed some 60 former officials from both countries, and her chapters on the Algiers Accords, signed on January 19, 1981, are the best account of that negotiation I have read. She quotes an Algerian mediator who told her that the Americans “counted every dollar and the Iranians counted every insult” (p. 141).

The ledger holds up less well after 1988. On July 3 of that year the USS Vincennes shot down Iran Air Flight 655 over the Gulf, killing all 290 people on board, and Haddadi-Lund treats the episode as the entry Iranians cite most often. She is right that it matters. But she spends eleven pages on the Vincennes and barely two on the Tanker War around it, in which Iran mined international waters and struck neutral shipping for four years.

Here I part company with her. A ledger implies that each side keeps honest books of its own grievances. The Islamic Republic’s books are kept by the state, and they are edited. When Ayatollah Khamenei tells a crowd in November 2024 that America “has never once kept its word,” he is not consulting an archive; he is writing one.

The same objection applies to the American side, and Haddadi-Lund sees it there more clearly. Her chapter on the 2015 nuclear deal, concluded in Vienna on July 14 of that year, and on Donald Trump’s withdrawal from it on May 8, 2018, is precise and unsparing. Trump, she notes, called the agreement “the worst deal ever” months before he had read it, and Iranian negotiators quoted the phrase back to their American counterparts “like a clause in the contract” (p. 287).

The book closes with the American strikes on Fordow, Natanz and Isfahan in June 2025, which came as it went to press. Haddadi-Lund adds a short afterword, written, she says, “in the week the ledger caught fire” (p. 371). It is the weakest part of the book, and the most honest. She does not pretend to know whether the strikes ended seventy years of scorekeeping or merely opened a new column.

Tobias Grenfell-Osei is a contributing editor of The Marrow Review of Books.
"""
write(DOC, "Two Ledgers, One Quarrel", "The Marrow Review of Books", PUB, TEXT, author="Tobias Grenfell-Osei")

d = PDoc(DOC, PUB)
SEPT = D(2025, 9)  # book quotes take the book's stated publication month (round 3)
HL = ["haddadi-lund", "haddadi"]
# quotes (curly marks in the text; nested single marks none)
d.Q("He had brought the document the way one brings a receipt,", ["direct"], "Soraya Haddadi-Lund", HL, SEPT)
d.Q("and he wanted me to understand that the bill had never been paid", ["direct"], "Soraya Haddadi-Lund", HL, SEPT)
d.Q("Every negotiation since Algiers,", ["direct"], "Soraya Haddadi-Lund", HL, SEPT)
d.Q("has been conducted by two parties each holding a ledger, each convinced that only its own is audited", ["direct"], "Soraya Haddadi-Lund", HL, SEPT)
d.Q("counted every dollar and the Iranians counted every insult", ["partial"], None, ())
d.Q("has never once kept its word,", ["partial"], "Ali Khamenei", ["khamenei"], D(2024, 11))
d.Q("the worst deal ever", ["partial"], "Donald Trump", ["trump"])
d.Q("like a clause in the contract", ["partial"], "Soraya Haddadi-Lund", HL, SEPT)
d.Q("in the week the ledger caught fire", ["partial"], "Soraya Haddadi-Lund", HL, SEPT)

# figures (the bibliographic line "388 pp., $32" and page references are not figures)
d.F("Two Ledgers", 2, ["ledger"], "count", core=False)
d.F("the next quarter century", 25, ["year"], "duration", subject_any=["shah", "underwriting"], core=False)
d.F("two parties", 2, ["party"], "count", core=False)
d.F("seventy years", 70, ["year"], "duration", subject_any=["score"], ctx=("spent seventy years keeping score",))
d.F("52 Americans", 52, ["american", "hostage"], "count", subject_any=["american", "hostage"])
d.F("444 days", 444, ["day"], "duration", subject_any=["hold", "american", "hostage"])
d.F("two decades", 20, ["year", "decade"], "duration", subject_any=["taught", "history"])
d.F("some 60 former officials", 60, ["former official", "official"], "count", "about", ["official", "interview"])
d.F("all 290 people", 290, ["people", "person"], "count", subject_any=["people", "board", "flight"])
d.F("eleven pages", 11, ["page"], "count", subject_any=["page", "vincennes"], core=False)
d.F("two", 2, ["page"], "count", subject_any=["page", "tanker"], core=False, ctx=("barely two on the Tanker War",))
d.F("four years", 4, ["year"], "duration", subject_any=["tanker war", "mined", "shipping"])
d.F("seventy years", 70, ["year"], "duration", subject_any=["scorekeeping"], occ=1)

# events
d.V("In the spring of 2015, a young Iranian diplomat", "hands", ["other", "disclosure"], R(D(2015, 3), D(2015, 6)), ["diplomat"], core=False)
d.V("The scene opens her new book", "published", ["disclosure", "other"], SEPT, [])
d.V("In August 1953 the CIA and Britain", "topple", ["coup"], D(1953, 8), ["cia", "mi6", "central intelligence agency", "british"])
d.V("In August 1953 the CIA and Britain", "underwriting the Shah", ["support"], R(D(1953, 8), D(1979)), ["washington", "united states"], core=False)
d.V("When students storm the American embassy", "storm", ["seizure"], D(1979, 11, 4), ["student"])
d.V("When students storm the American embassy", "hold 52 Americans", ["seizure"], R(D(1979, 11, 4), D(1981, 1, 20)), ["student"], core=False)
d.V("Haddadi-Lund, who was born in Isfahan", "born", ["other"], D(1968), ["haddadi"], core=False)
d.V("Haddadi-Lund, who was born in Isfahan", "left Iran", ["other"], D(1979), ["haddadi"], core=False)
d.V("She interviewed some 60 former officials", "signed", ["agreement"], D(1981, 1, 19))
d.V("She interviewed some 60 former officials", "interviewed", ["other", "statement"], None, ["haddadi"], core=False)
d.V("She quotes an Algerian mediator", "told her", ["statement"], None, ["mediator"], core=False)
d.V("On July 3 of that year the USS Vincennes", "shot down", ["attack"], D(1988, 7, 3), ["vincennes", "united states"])
d.V("But she spends eleven pages", "mined", ["attack", "war"], None, ["iran"], core=False)
d.V("When Ayatollah Khamenei tells a crowd in November 2024", "tells a crowd", ["statement"], D(2024, 11), ["khamenei"])
d.V("Her chapter on the 2015 nuclear deal", "concluded", ["agreement"], D(2015, 7, 14))
d.V("Her chapter on the 2015 nuclear deal", "withdrawal", ["withdrawal"], D(2018, 5, 8), ["trump"])
d.V("Trump, she notes, called the agreement", "called", ["statement"], None, ["trump"], core=False)
d.V("The book closes with the American strikes", "strikes", ["attack"], D(2025, 6), ["american", "united states"])
d.save()
