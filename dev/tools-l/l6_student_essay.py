from l0 import FDoc, D, R, write, author

DOC = "dev-l-student-essay-1953-coup-memory"
PUB = "2024-12-04"  # a Wednesday, the date in the essay's heading
TEXT = """Elena Marsh-Kowalski
Professor R. Adeyemi-Clarke
HIST 218: The United States and the Middle East
4 December 2024

A Memory That Would Not Fade: The 1953 Coup and Iranian Distrust of the United States

When American diplomats complain that Iran does not trust them, Iranian officials often answer with a year: 1953. In August of that year, a coup backed by the Central Intelligence Agency and British intelligence removed Prime Minister Mohammad Mosaddegh and restored the power of Mohammad Reza Shah Pahlavi (Abrahamian 2013, 149). This essay argues that the coup became the founding grievance of Iranian distrust not only because of what happened on 19 August, but because Washington denied its role for almost half a century.

Mosaddegh's government had nationalised the Anglo-Iranian Oil Company in 1951, and Britain answered with a boycott of Iranian oil (Kinzer 2003, 91). The Eisenhower administration, more worried about communism than about oil, approved Operation Ajax in the summer of 1953. The historian Leila Sadeghi-Hart writes that the operation "cost less than a used bomber and bought a quarter-century of loyalty" (Sadeghi-Hart 2018, 64). A first attempt on the night of 15 August failed, and Mosaddegh's supporters briefly held the streets. Four days later, crowds paid partly with CIA money, together with army units loyal to the Shah, forced Mosaddegh from office (Abrahamian 2013, 187-90). He spent three years in prison and the rest of his life under house arrest.

For the next twenty-five years the United States was the Shah's closest ally. Washington sold him weapons and helped train his security service, SAVAK, which was founded in 1957 (Keddie 2006, 136). When Ayatollah Ruhollah Khomeini attacked a law granting American servicemen legal immunity in October 1964, he called it a document of "the enslavement of Iran" (qtd. in Sadeghi-Hart 2018, 102). He was exiled within days. President Jimmy Carter toasted the Shah in Tehran on New Year's Eve 1977 and called Iran "an island of stability." Just over a year later, on 16 January 1979, the Shah left the country for good.

The memory of 1953 shaped what happened next. When the Shah was admitted to the United States for medical treatment in October 1979, many Iranians feared a repeat of 1953, and on 4 November students seized the American embassy. As the historian Martin Okafor-Lind puts it, the students "were not storming a building; they were trying to prevent a second August" (Okafor-Lind 2011, 33). Fifty-two Americans were held for 444 days.

Official American silence made the grievance harder to answer. It was not until 17 March 2000 that Secretary of State Madeleine Albright acknowledged that the United States had played a "significant role" in the coup. Nine years later, in Cairo on 4 June 2009, President Barack Obama said that the United States had "played a role in the overthrow" of an elected Iranian government. In August 2013 the CIA released documents admitting that the coup had been carried out "under CIA direction" (National Security Archive 2013). Sadeghi-Hart argues that these admissions came too late: "An apology that arrives after sixty years is read as a tactic, not a confession" (Sadeghi-Hart 2018, 211).

The pattern has continued. Iran accepted strict limits on its nuclear program in the agreement of 14 July 2015, and many Iranians saw President Donald Trump's withdrawal on 8 May 2018 as proof that American promises expire. Ayatollah Ali Khamenei drew the same line from 1953 to 2018 in a speech that autumn, telling his audience that America "has never been trustworthy" (qtd. in Okafor-Lind 2020, 7).

In conclusion, the coup matters less as a single event than as a lens. Each later disappointment has been read through it, and each American admission has seemed to arrive too late to change that reading. Any diplomat who hopes to build trust with Tehran has to begin with a year that most Americans have forgotten.

Works Cited

Abrahamian, Ervand. The Coup: 1953, the CIA, and the Roots of Modern U.S.-Iranian Relations. New Press, 2013.
Keddie, Nikki R. Modern Iran: Roots and Results of Revolution. Updated ed., Yale University Press, 2006.
Kinzer, Stephen. All the Shah's Men: An American Coup and the Roots of Middle East Terror. Wiley, 2003.
National Security Archive. "CIA Confirms Role in 1953 Iran Coup." 19 Aug. 2013.
Okafor-Lind, Martin. The Second August: Memory and Revolution in Tehran. Halbrook University Press, 2011.
---. "Promises With Expiry Dates." Journal of Transatlantic History, vol. 14, no. 2, 2020, pp. 1-19.
Sadeghi-Hart, Leila. Counting Betrayals: Iran, America and the Politics of Memory. Carrow Press, 2018.
"""
write(DOC, "A Memory That Would Not Fade: The 1953 Coup and Iranian Distrust of the United States", "Marlowe Community College, Department of History (student paper; fictional)", PUB, TEXT)
author(DOC, "Elena Marsh-Kowalski")

d = FDoc(DOC, PUB)
SH, OL = ["sadeghi-hart"], ["okafor-lind"]
# quotes: a book quote's said-date is the cited edition's year (year precision)
d.Q("cost less than a used bomber and bought a quarter-century of loyalty", ["partial"], "Leila Sadeghi-Hart", SH, D(2018))
d.Q("the enslavement of Iran", ["partial"], "Ruhollah Khomeini", ["khomeini"], D(1964, 10))
d.Q("an island of stability.", ["partial"], "Jimmy Carter", ["carter"], D(1977, 12, 31))
d.Q("were not storming a building; they were trying to prevent a second August", ["partial"], "Martin Okafor-Lind", OL, D(2011))
d.Q("significant role", ["partial"], "Madeleine Albright", ["albright"], D(2000, 3, 17))
d.Q("played a role in the overthrow", ["partial"], "Barack Obama", ["obama"], D(2009, 6, 4))
d.Q("under CIA direction", ["partial"], "Central Intelligence Agency", ["cia", "central intelligence agency"], D(2013, 8))
d.Q("An apology that arrives after sixty years is read as a tactic, not a confession", ["direct"], "Leila Sadeghi-Hart", SH, D(2018))
d.Q("has never been trustworthy", ["partial"], "Ali Khamenei", ["khamenei"], ("2018-09-01", "2018-12-31"))
d.Q("CIA Confirms Role in 1953 Iran Coup.", ["term"], None, [], None, core=False)
d.Q("Promises With Expiry Dates.", ["term"], None, [], None, core=False)
# figures (citation years and page numbers are references)
d.F("almost half a century", 50, ["year"], "duration", "about", ["denied", "role", "washington"])
d.F("a quarter-century of loyalty", 25, ["year"], "duration", subject_any=["loyalty"])
d.F("Four days later", 4, ["day"], "duration", core=False)
d.F("three years", 3, ["year"], "duration", subject_any=["prison"])
d.F("the next twenty-five years", 25, ["year"], "duration", subject_any=["ally", "united states"])
d.F("Just over a year later", 1, ["year"], "duration", "more_than", core=False)
d.F("Fifty-two Americans", 52, ["american"], "count", subject_any=["american", "held"])
d.F("444 days", 444, ["day"], "duration", subject_any=["held", "american"])
d.F("Nine years later", 9, ["year"], "duration", core=False)
d.F("sixty years", 60, ["year"], "duration", subject_any=["apology"])
# events
d.EV("a coup backed by the Central Intelligence Agency", ["coup"], D(1953, 8), ["central intelligence agency", "cia", "british"])
d.EV("restored the power of Mohammad Reza Shah Pahlavi", ["leadership_change"], D(1953, 8), ["central intelligence agency", "cia", "british"])
d.EV("because of what happened on 19 August", ["coup"], D(1953, 8, 19), [], core=False)
d.EV("Mosaddegh's government had nationalised", ["other"], D(1951), ["mosaddegh", "government"])
d.EV("Britain answered with a boycott", ["sanction"], D(1951), ["britain", "united kingdom"])
d.EV("approved Operation Ajax in the summer of 1953", ["other", "coup", "legislation"], ("1953-06-01", "1953-08-31"), ["eisenhower"])
d.EV("The historian Leila Sadeghi-Hart writes", ["statement"], D(2018), SH, core=False)
d.EV("A first attempt on the night of 15 August failed", ["coup"], ("1953-08-15", "1953-08-16"), [])
d.EV("forced Mosaddegh from office", ["coup"], D(1953, 8, 19), ["crowd", "army", "cia"])
d.EV("Washington sold him weapons", ["support"], None, ["washington", "united states"])
d.EV("attacked a law granting American servicemen", ["statement"], D(1964, 10), ["khomeini"])
d.EV("He was exiled within days", ["other"], ("1964-10-01", "1964-11-30"), [])
d.EV("President Jimmy Carter toasted the Shah", ["statement", "support"], D(1977, 12, 31), ["carter"])
d.EV("the Shah left the country for good", ["leadership_change"], D(1979, 1, 16), ["shah", "pahlavi"])
d.EV("When the Shah was admitted to the United States", ["other"], D(1979, 10), [])
d.EV("on 4 November students seized the American embassy", ["seizure"], D(1979, 11, 4), ["student"])
d.EV("As the historian Martin Okafor-Lind puts it", ["statement"], D(2011), OL, core=False)
d.EV("Fifty-two Americans were held for 444 days", ["seizure"], R(D(1979, 11, 4), D(1981, 1, 20)), [], core=False)
d.EV("Secretary of State Madeleine Albright acknowledged", ["statement"], D(2000, 3, 17), ["albright"])
d.EV("President Barack Obama said", ["statement"], D(2009, 6, 4), ["obama"])
d.EV("the CIA released documents", ["disclosure"], D(2013, 8), ["cia", "central intelligence agency"])
d.EV("Sadeghi-Hart argues that these admissions", ["statement"], D(2018), SH, core=False)
d.EV("Iran accepted strict limits on its nuclear program", ["agreement"], D(2015, 7, 14), ["iran"])
d.EV("President Donald Trump's withdrawal on 8 May 2018", ["withdrawal"], D(2018, 5, 8), ["trump"])
d.EV("Ayatollah Ali Khamenei drew the same line", ["statement"], ("2018-09-01", "2018-12-31"), ["khamenei"])
d.save()
