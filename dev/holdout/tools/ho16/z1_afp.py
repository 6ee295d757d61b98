import sys; sys.path.insert(0, __import__("os").path.dirname(__file__))
from h16 import write, PDoc, D, R, words

DOC = "ho16-afp-wire-tehran-khamenei-trust-after-us-exit"
PUB = "2018-05-09"  # a Wednesday
TEXT = """Iranians brace for hardship as Khamenei says US 'cannot be trusted'

Tehran (AFP) - Iran's supreme leader Ayatollah Ali Khamenei said on Wednesday that the United States could never be trusted, a day after President Donald Trump pulled out of the landmark 2015 nuclear deal, as anxious Iranians queued at exchange offices fearing a new slide in the rial.

"I said from the very first day: do not trust America," Khamenei told a gathering of teachers in Tehran, according to his official website. "They sign with one hand and tear up the paper with the other."

He said Iran would remain in the accord only if Britain, France and Germany offered "real guarantees", adding: "If they cannot, we will go our own way."

Trump announced on Tuesday that Washington was quitting what he called "a horrible one-sided deal" and would reimpose the sanctions lifted under it, including penalties on foreign firms that buy Iranian oil.

President Hassan Rouhani said in a televised address on Tuesday night that Iran would stay in the agreement for now and that he had instructed Foreign Minister Mohammad Javad Zarif to hold talks with the remaining signatories "in the coming weeks".

"Our people have seen who keeps their word and who does not," he added in the same address.

In parliament on Wednesday, a group of conservative MPs set fire to a paper US flag and a copy of the deal's text, chanting "Death to America", footage on state television showed.

- Queues on Ferdowsi Street -

In central Tehran, AFP correspondents saw long queues outside currency exchange offices on Ferdowsi Street, although most were refusing to sell dollars. On the unofficial market the dollar fetched about 75,000 rials, traders said, against an official rate fixed by the government in April at 42,000.

"Nobody believed the Americans anyway, but we hoped the Europeans would stand up to them," Parisa, a 29-year-old architect, told AFP.

Mehdi, a 46-year-old shopkeeper who gave only his first name, said the prices of the imported phones he sells had risen by about 30 percent since March. "Every morning the numbers change. How can I plan anything?"

- Old wounds -

Tehran and Washington have had no diplomatic relations since 1980, after students stormed the US embassy in November 1979 and held 52 Americans hostage for 444 days. Many Iranians also point to the CIA-backed coup that toppled prime minister Mohammad Mossadegh in August 1953, a role Washington acknowledged only in 2013.

Under the accord, reached in Vienna in July 2015 between Iran and six world powers, Tehran agreed to curb its nuclear programme in exchange for relief from international sanctions, which were lifted in January 2016. The International Atomic Energy Agency has confirmed Iran's compliance in 11 consecutive reports.

Iran's oil exports have since climbed to about 2.5 million barrels per day, according to industry estimates, and analysts expect the renewed US measures to remove between 300,000 and one million barrels a day from the market within months.

Brent crude rose more than two percent in Asian trade on Wednesday to above $77 a barrel, its highest level since November 2014.

The US Treasury said sanctions would return after wind-down periods of 90 and 180 days, with measures on Iran's oil sector taking effect on November 4.

French President Emmanuel Macron, German Chancellor Angela Merkel and British Prime Minister Theresa May said in a joint statement on Tuesday that they "regret" the US decision and remained committed to the agreement.

"Washington has handed the hardliners exactly the argument they were waiting for," said Kaveh Nouri-Sabet, a Tehran-based political analyst. "Rouhani staked his presidency on this agreement, and today he has very little left to show for it."

Zarif is due to begin a tour of Beijing, Moscow and Brussels at the weekend.

kam-mz/sw/hc
"""
NOTE = ("held-out evaluation article written for the project; not a real publication. Imitates the layout and "
        "attribution habits of an Agence France-Presse wire story as run by international sites (`Tehran (AFP) -` "
        "dateline, lower-case titles before names, `- … -` subheads, \"AFP correspondents saw\", one-name witnesses "
        "who \"told AFP\", closing slug line). Parisa, Mehdi and the analyst Kaveh Nouri-Sabet are invented; the words "
        "given to Khamenei, Rouhani and the European leaders are invented or paraphrased (\"a horrible one-sided deal\", "
        "\"regret\" and \"Death to America\" are the well-known phrases of the day); exchange rates, export volumes "
        "and the number of IAEA reports are plausible, not checked.")
write(DOC, "Iranians brace for hardship as Khamenei says US 'cannot be trusted'",
      "Agence France-Presse (style imitation)", PUB, TEXT, NOTE)

d = PDoc(DOC, PUB)
WED, TUE = D(2018, 5, 9), D(2018, 5, 8)
KH = ["khamenei"]
TR = ["trump"]
RO = ["rouhani"]
E3L = ["macron", "merkel", "theresa may", "france", "germany", "britain", "european"]

# quotes
d.Q("cannot be trusted", ["partial", "term"], "Ali Khamenei", KH, WED, core=False)  # headline
d.Q("I said from the very first day: do not trust America,", ["direct"], "Ali Khamenei", KH, WED)
d.Q("They sign with one hand and tear up the paper with the other.", ["direct"], "Ali Khamenei", KH, WED)
d.Q("real guarantees", ["partial"], "Ali Khamenei", KH, WED)
d.Q("If they cannot, we will go our own way.", ["direct"], "Ali Khamenei", KH, WED)
d.Q("a horrible one-sided deal", ["partial"], "Donald Trump", TR, TUE)
d.Q("in the coming weeks", ["partial"], "Hassan Rouhani", RO, TUE)
d.Q("Our people have seen who keeps their word and who does not,", ["direct"], "Hassan Rouhani", RO, TUE)
d.Q("Death to America", ["direct", "partial", "term"], None, (), WED)
d.Q("Nobody believed the Americans anyway, but we hoped the Europeans would stand up to them,", ["direct"], None, ())
d.Q("Every morning the numbers change. How can I plan anything?", ["direct"], None, ())
d.Q("regret", ["partial"], "Emmanuel Macron, Angela Merkel and Theresa May (joint statement)", E3L, TUE)
d.Q("Washington has handed the hardliners exactly the argument they were waiting for,", ["direct"], "Kaveh Nouri-Sabet", ["nouri-sabet"])
d.Q("Rouhani staked his presidency on this agreement, and today he has very little left to show for it.", ["direct"], "Kaveh Nouri-Sabet", ["nouri-sabet"])

# figures
d.F("a day after", 1, ["day"], "duration", core=False)
d.F("about 75,000 rials", 75000, ["irr", "rial"], "money", "about", ["dollar", "unofficial"])
d.F("42,000", 42000, ["irr", "rial"], "money", subject_any=["official rate", "official"])
d.F("29-year-old", 29, ["year"], "duration", core=False)
d.F("46-year-old", 46, ["year"], "duration", core=False)
d.F("about 30 percent", 30, ["percent"], "percent", "about", ["price", "phone"])
d.F("52 Americans", 52, ["american", "hostage"], "count", subject_any=["american", "hostage"])
d.F("444 days", 444, ["day"], "duration", subject_any=["hostage", "held"])
d.F("six world powers", 6, ["world power", "power"], "count", subject_any=["power"])
d.F("11 consecutive reports", 11, ["report", "consecutive report"], "count", subject_any=["report", "compliance"])
d.F("about 2.5 million barrels per day", 2.5e6, ["barrel per day", "barrel a day"], "measure", "about", ["export"])
d.F("between 300,000 and one million barrels a day", 3e5, ["barrel per day", "barrel a day"], "measure", value_max=1e6, subject_any=["market", "remove", "measure"])
d.F("months", None, ["month"], "duration", "about", core=False)
d.F("more than two percent", 2, ["percent"], "percent", "more_than", ["brent"])
d.F("above $77 a barrel", 77, ["usd", "usd per barrel"], "money", "more_than", ["brent"])
d.F("90", 90, ["day"], "duration", subject_any=["wind-down", "period"])
d.F("180 days", 180, ["day"], "duration", subject_any=["wind-down", "period"])

# events
d.V("Iranians brace for hardship as Khamenei says", "says", ["statement"], WED, KH, core=False)
d.V("Tehran (AFP) - Iran's supreme leader", "said on Wednesday", ["statement"], WED, KH)
d.V("Tehran (AFP) - Iran's supreme leader", "pulled out", ["withdrawal"], TUE, TR + ["united states"])
d.V("Tehran (AFP) - Iran's supreme leader", "queued", ["other"], WED, core=False)
d.V("\"I said from the very first day", "told a gathering", ["statement"], WED, KH, core=False)
d.V("He said Iran would remain in the accord only", "said", ["statement"], WED, KH, core=False)
d.V("Trump announced on Tuesday", "announced", ["statement"], TUE, TR)
d.V("Trump announced on Tuesday", "quitting", ["withdrawal"], TUE, TR + ["united states", "washington"], core=False)
d.V("Trump announced on Tuesday", "would reimpose", ["sanction"], R(TUE, D(2018, 11, 30)), TR + ["united states", "washington"], core=False)
d.V("President Hassan Rouhani said in a televised address", "said in a televised address", ["statement"], TUE, RO)
d.V("President Hassan Rouhani said in a televised address", "instructed", ["statement", "other"], TUE, RO, core=False)
d.V("\"Our people have seen who keeps their word", "he added", ["statement"], TUE, RO, core=False)
d.V("In parliament on Wednesday, a group of conservative MPs", "set fire", ["other", "statement"], WED, ["mp", "parliament", "lawmaker"])
d.V("In central Tehran, AFP correspondents saw", "queues", ["other"], WED, core=False)
d.V("On the unofficial market the dollar fetched", "fetched", ["other"], WED, core=False)
d.V("On the unofficial market the dollar fetched", "fixed", ["other", "legislation"], D(2018, 4), ["government", "iran"])
d.V("\"Nobody believed the Americans anyway", "told AFP", ["statement"], None, core=False)
d.V("Mehdi, a 46-year-old shopkeeper", "had risen", ["other"], R(D(2018, 3, 1), WED), core=False)
d.V("Tehran and Washington have had no diplomatic relations since 1980", "have had no diplomatic relations", ["other", "withdrawal"], D(1980), core=False)
d.V("Tehran and Washington have had no diplomatic relations since 1980", "stormed", ["seizure"], D(1979, 11), ["student"])
d.V("Tehran and Washington have had no diplomatic relations since 1980", "held 52 Americans hostage", ["seizure"], R(D(1979, 11, 4), D(1981, 1, 20)), ["student"], core=False)
d.V("Many Iranians also point to the CIA-backed coup", "coup", ["coup"], D(1953, 8), ["cia", "central intelligence"])
d.V("Many Iranians also point to the CIA-backed coup", "acknowledged", ["statement", "disclosure"], D(2013), ["washington", "united states"])
d.V("Under the accord, reached in Vienna in July 2015", "reached", ["agreement"], D(2015, 7))
d.V("Under the accord, reached in Vienna in July 2015", "agreed to curb", ["agreement"], D(2015, 7), ["tehran", "iran"], core=False)
d.V("Under the accord, reached in Vienna in July 2015", "were lifted", ["sanction"], D(2016, 1))
d.V("The International Atomic Energy Agency has confirmed", "has confirmed", ["statement"], None, ["atomic energy", "iaea"], core=False)
d.V("Iran's oil exports have since climbed", "have since climbed", ["other"], None, core=False)
d.V("Brent crude rose more than two percent", "rose", ["other"], WED, core=False)
d.V("The US Treasury said sanctions would return", "said", ["statement"], None, ["treasury"], core=False)
d.V("The US Treasury said sanctions would return", "taking effect", ["sanction"], D(2018, 11, 4), core=False)
d.V("French President Emmanuel Macron, German Chancellor", "said in a joint statement", ["statement"], TUE, E3L)
d.V("\"Washington has handed the hardliners", "said Kaveh Nouri-Sabet", ["statement"], None, ["nouri-sabet"], core=False)
d.V("Zarif is due to begin a tour", "tour", ["negotiation", "other"], R(D(2018, 5, 12), D(2018, 5, 13)), ["zarif"], core=False)
d.save()
print(DOC, words(DOC), "words")
