import sys; sys.path.insert(0, __import__("os").path.dirname(__file__))
from h11 import write, HDoc, D, R

DOC = "ho11-takeaways-drone-week-five-things"
PUB = "2019-06-25"  # a Tuesday
TEXT = """ANALYSIS

Five takeaways from the week the US and Iran nearly went to war

By Rosalind Achterberg-Nouri
The Westbrook Standard | June 25, 2019

WASHINGTON — On Thursday night, American warplanes were in the air and warships were in position to strike Iran. Minutes before the first missiles would have been launched, President Donald Trump called off the attack. By Monday, the confrontation had moved back to more familiar ground: sanctions, statements and suspicion. Here is what the week told us.

1. The drone was the spark, not the cause.
Iran's Revolutionary Guards shot down an American RQ-4A Global Hawk surveillance drone early Thursday over the Strait of Hormuz, saying it had violated Iranian airspace. The Pentagon said the aircraft, which cost about $130 million, was flying in international airspace some 34 kilometers from the Iranian coast. But the shootdown came at the end of a long slide. On May 12, four ships were sabotaged off the Emirati port of Fujairah, and on June 13 two tankers were hit by explosions in the Gulf of Oman. Washington blamed Iran for both attacks; Tehran denied any role.

The slide itself began with a decision in Washington. Mr. Trump withdrew from the 2015 nuclear deal on May 8, 2018, and reimposed sanctions that November. On April 22 of this year, he announced that waivers allowing eight countries to keep buying Iranian oil would not be renewed. They expired on May 2. Iranian exports, which stood near 2.5 million barrels a day in April 2018, fell to fewer than 400,000 barrels a day this month, according to tanker-tracking firms.

2. The president would rather threaten than shoot.
Mr. Trump said on Friday that he had stopped the strikes because they would have killed 150 people, a toll he judged "not proportionate to shooting down an unmanned drone." He told NBC News in an interview broadcast on Sunday that he was "not looking for war" and would talk to Iran's leaders without preconditions.

Corinna Valdés-Whitcombe, a former Pentagon Iran analyst now at the Harrowgate Policy Forum, said the episode showed a president who "likes the threat more than the trigger." "He wants the other side to believe he might do it," she said in an interview on Monday. "That only works if the other side trusts his restraint, and nobody in Tehran does."

3. Sanctions now have a name and a face.
On Monday, Mr. Trump signed an executive order that imposes sanctions on Supreme Leader Ayatollah Ali Khamenei and his office. Treasury Secretary Steven Mnuchin said Foreign Minister Mohammad Javad Zarif would be designated later this week, and that the measures would lock up billions of dollars in assets. Mr. Zarif wrote on Twitter on Monday that Washington had "slammed the door it says it wants to open." President Hassan Rouhani went further on Tuesday, calling the sanctions on the Leader "outrageous and idiotic" in a televised cabinet meeting.

4. Both sides are arguing from memory.
When Iranian officials defend the shootdown, they reach back to July 3, 1988, when the USS Vincennes shot down Iran Air Flight 655 over the Gulf and killed all 290 people aboard. Washington called it a tragic mistake; Tehran has never accepted that. Iranians also point to August 1953, when the CIA and British intelligence overthrew Prime Minister Mohammad Mosaddegh. American officials, for their part, recall that students seized the U.S. Embassy in Tehran in November 1979 and held 52 Americans for 444 days, and that a truck bomb killed 241 American servicemen in Beirut in October 1983. "Each side keeps a ledger," Valdés-Whitcombe said. "Neither has ever agreed on the opening balance."

5. The nuclear clock is running again.
Iran's Atomic Energy Organization said on June 17 that the country would exceed the deal's 300-kilogram cap on low-enriched uranium within 10 days, and officials have threatened to go beyond the 3.67 percent enrichment limit after that. Under the deal, Iran had given up about 98 percent of its enriched uranium. European governments, which stayed in the agreement, have urged Tehran to hold back, and the remaining parties are scheduled to meet in Vienna on Friday. "The Europeans are asking Iran to trust a system the Americans already walked out of," said Farhad Sotoudeh-Lenz, an economist who advises Iranian exporters.
"""
write(DOC, "Five takeaways from the week the US and Iran nearly went to war", "The Westbrook Standard", PUB, TEXT,
      author="Rosalind Achterberg-Nouri")

d = HDoc(DOC, PUB)
THU, FRI, SUN, MON, TUE = D(2019, 6, 20), D(2019, 6, 21), D(2019, 6, 23), D(2019, 6, 24), D(2019, 6, 25)
TR = ["trump", "president"]
CV = ["valdés-whitcombe", "valdes-whitcombe", "whitcombe"]
# quotes
d.Q("not proportionate to shooting down an unmanned drone.", ["partial"], "Donald Trump", TR, FRI)
d.Q("not looking for war", ["partial"], "Donald Trump", TR, SUN)
d.Q("likes the threat more than the trigger.", ["partial"], "Corinna Valdés-Whitcombe", CV, MON)
d.Q("He wants the other side to believe he might do it,", ["direct"], "Corinna Valdés-Whitcombe", CV, MON)
d.Q("That only works if the other side trusts his restraint, and nobody in Tehran does.", ["direct"], "Corinna Valdés-Whitcombe", CV, MON)
d.Q("slammed the door it says it wants to open.", ["partial"], "Mohammad Javad Zarif", ["zarif", "foreign minister"], MON)
d.Q("outrageous and idiotic", ["partial"], "Hassan Rouhani", ["rouhani", "president"], TUE)
d.Q("Each side keeps a ledger,", ["direct"], "Corinna Valdés-Whitcombe", CV, MON)
d.Q("Neither has ever agreed on the opening balance.", ["direct"], "Corinna Valdés-Whitcombe", CV, MON)
d.Q("The Europeans are asking Iran to trust a system the Americans already walked out of,", ["direct"], "Farhad Sotoudeh-Lenz", ["sotoudeh-lenz", "sotoudeh", "lenz"])

# figures
d.F("Five takeaways", 5, ["takeaway"], "count", core=False)
d.F("about $130 million", 1.3e8, ["usd"], "money", "about", ["aircraft", "drone", "cost"])
d.F("some 34 kilometers", 34, ["kilometer", "kilometre", "km"], "measure", "about", ["coast", "airspace", "aircraft", "drone"])
d.F("four ships", 4, ["ship"], "count", subject_any=["ship", "sabotage"])
d.F("two tankers", 2, ["tanker"], "count", subject_any=["tanker"])
d.F("eight countries", 8, ["country"], "count", subject_any=["countries", "waiver", "iranian oil"])
d.F("near 2.5 million barrels a day", 2.5e6, ["barrel per day"], "measure", "about", ["export"])
d.F("fewer than 400,000 barrels a day", 4e5, ["barrel per day"], "measure", "less_than", ["export"])
d.F("150 people", 150, ["people", "person"], "count", subject_any=["people", "strike", "killed", "toll"])
d.F("billions of dollars", None, ["usd"], "money", "about", core=False)
d.F("all 290 people", 290, ["people", "person"], "count", subject_any=["people", "aboard", "flight 655", "iran air"])
d.F("52 Americans", 52, ["american", "hostage"], "count", subject_any=["american", "hostage"])
d.F("444 days", 444, ["day"], "duration", subject_any=["held", "hostage", "american"])
d.F("241 American servicemen", 241, ["american serviceman", "serviceman", "servicemen"], "count", subject_any=["servicem", "beirut", "killed"])
d.F("300-kilogram", 300, ["kilogram", "kg"], "measure", subject_any=["cap", "uranium"])
d.F("within 10 days", 10, ["day"], "duration", "at_most", core=False)
d.F("3.67 percent", 3.67, ["percent"], "percent", subject_any=["enrichment", "limit"])
d.F("about 98 percent", 98, ["percent"], "percent", "about", ["enriched uranium", "uranium"])

# events
d.V("Five takeaways from the week", "nearly went to war", ["war", "threat"], None, core=False)
d.V("On Thursday night, American warplanes", "to strike Iran", ["attack", "threat"], THU, ["american", "united states", "warplanes"], core=False)
d.V("Minutes before the first missiles", "called off the attack", ["other", "attack"], THU, TR)
d.V("1. The drone was the spark", "The drone", ["attack"], None, core=False)
d.V("Iran's Revolutionary Guards shot down", "shot down", ["attack"], THU, ["revolutionary guard", "iran", "guards"])
d.V("The Pentagon said the aircraft", "said", ["statement"], None, ["pentagon", "united states"], core=False)
d.V("But the shootdown came at the end", "shootdown", ["attack"], None, core=False)
d.V("On May 12, four ships", "sabotaged", ["attack"], D(2019, 5, 12))
d.V("On May 12, four ships", "were hit by explosions", ["attack"], D(2019, 6, 13))
d.V("Washington blamed Iran for both", "blamed", ["statement"], None, ["washington", "united states"], core=False)
d.V("Washington blamed Iran for both", "denied", ["statement"], None, ["tehran", "iran"], core=False)
d.V("The slide itself began with a decision", "decision", ["withdrawal", "other"], None, core=False)
d.V("Mr. Trump withdrew from the 2015 nuclear deal", "withdrew", ["withdrawal"], D(2018, 5, 8), TR + ["united states"])
d.V("Mr. Trump withdrew from the 2015 nuclear deal", "reimposed sanctions", ["sanction"], D(2018, 11), TR + ["united states"])
d.V("On April 22 of this year", "announced", ["statement", "sanction"], D(2019, 4, 22), ["trump", "he"])
d.V("They expired on May 2.", "expired", ["sanction", "other"], D(2019, 5, 2))
d.V("Iranian exports, which stood near", "fell", ["other"], D(2019, 6), core=False)
d.V("2. The president would rather threaten", "threaten", ["threat", "statement"], None, core=False)
d.V("Mr. Trump said on Friday that he had stopped", "said on Friday", ["statement"], FRI, TR)
d.V("Mr. Trump said on Friday that he had stopped", "stopped the strikes", ["other", "attack"], THU, TR, core=False)
d.V("He told NBC News in an interview broadcast on Sunday", "told NBC News", ["statement"], SUN, TR + ["he"])
d.V("Corinna Valdés-Whitcombe, a former Pentagon", "said", ["statement"], None, CV, core=False)
d.V("\"He wants the other side to believe", "she said in an interview on Monday", ["statement"], MON, CV + ["she"], core=False)
d.V("3. Sanctions now have a name", "Sanctions", ["sanction"], None, core=False)
d.V("On Monday, Mr. Trump signed an executive order", "signed", ["legislation", "sanction"], MON, TR)
d.V("On Monday, Mr. Trump signed an executive order", "imposes sanctions", ["sanction"], MON, TR + ["united states"])
d.V("Treasury Secretary Steven Mnuchin said", "said", ["statement"], None, ["mnuchin"], core=False)
d.V("Treasury Secretary Steven Mnuchin said", "would be designated later this week", ["designation", "sanction"], R(D(2019, 6, 24), D(2019, 6, 30)), core=False)
d.V("Mr. Zarif wrote on Twitter on Monday", "wrote", ["statement"], MON, ["zarif"])
d.V("President Hassan Rouhani went further on Tuesday", "calling", ["statement"], TUE, ["rouhani"])
d.V("4. Both sides are arguing from memory.", "arguing", ["statement"], None, core=False)
d.V("When Iranian officials defend the shootdown", "reach back", ["statement"], None, ["iranian officials", "official"], core=False)
d.V("When Iranian officials defend the shootdown", "shot down Iran Air Flight 655", ["attack"], D(1988, 7, 3), ["vincennes", "united states"])
d.V("Washington called it a tragic mistake", "called", ["statement"], None, ["washington", "united states"], core=False)
d.V("Washington called it a tragic mistake", "never accepted", ["statement"], None, ["tehran", "iran"], core=False)
d.V("Iranians also point to August 1953", "overthrew", ["coup"], D(1953, 8), ["cia", "central intelligence agency", "british"])
d.V("American officials, for their part, recall", "seized", ["seizure"], D(1979, 11), ["student"])
d.V("American officials, for their part, recall", "held 52 Americans", ["seizure"], None, ["student"], core=False)
d.V("American officials, for their part, recall", "a truck bomb killed", ["attack"], D(1983, 10))
d.V("American officials, for their part, recall", "recall", ["statement"], None, ["american officials", "official"], core=False)
d.V("\"Each side keeps a ledger,\" Valdés-Whitcombe said.", "said", ["statement"], MON, CV, core=False)
d.V("Iran's Atomic Energy Organization said on June 17", "said on June 17", ["statement"], D(2019, 6, 17), ["atomic energy organization", "iran"])
d.V("Iran's Atomic Energy Organization said on June 17", "would exceed", ["withdrawal", "threat", "other"], R(D(2019, 6, 17), D(2019, 6, 27)), core=False)
d.V("Iran's Atomic Energy Organization said on June 17", "have threatened", ["threat", "statement"], None, ["official"], core=False)
d.V("Under the deal, Iran had given up", "given up", ["other", "agreement"], None, ["iran"], core=False)
d.V("European governments, which stayed", "have urged", ["statement"], None, ["european"], core=False)
d.V("European governments, which stayed", "scheduled to meet", ["negotiation"], D(2019, 6, 28), core=False)
d.V("\"The Europeans are asking Iran", "said Farhad", ["statement"], None, ["sotoudeh"], core=False)
d.save()
