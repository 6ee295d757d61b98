from l0 import FDoc, D, R, write, author

DOC = "dev-l-letter-from-tehran-counting-rials"
PUB = "2025-04-21"  # a Monday
TEXT = """LETTER FROM TEHRAN

The city holds its breath, and counts its rials

By Nasrin Holloway-Farahani
The Lantern Weekly | April 21, 2025

On Friday afternoon the queue outside the exchange shop on Ferdowsi Street reached the corner. Nobody in it was shouting. People held their phones up to the window, where a clerk had taped a handwritten sheet of rates, and did arithmetic under their breath. The dollar had been selling for more than a million rials in early April. That morning it was about 830,000.

"Two weeks ago I was afraid to open the shutters," said Hamid, 52, a carpet seller who has kept a stall in the Grand Bazaar for thirty years. "Now people come in and ask the price of a rug again. They don't buy. But they ask." He poured tea and pointed at a Kashan rug folded on the counter. Before 2018, he told me, he shipped about forty carpets a month to a dealer in Hamburg. Last year he sent six.

The reason for the change in mood is a set of meetings most people here have only read about. On 19 Farvardin, the day after President Donald Trump announced the talks from the White House, Foreign Minister Abbas Araghchi confirmed them. On April 12, in Muscat, Araghchi and the American envoy Steve Witkoff held their first talks, with Oman's foreign minister carrying notes between two rooms. They met again in Rome on Saturday. Afterwards Araghchi told state television that the talks had moved forward and that "the atmosphere was constructive." A third round is due in Muscat on April 26.

I heard the news of the first round in a taxi. The driver, who gave only his first name, Reza, turned the radio up and then turned it off again. "My father believed the Americans in 1953, my brother believed them in 2015," he said. "I will believe them when the medicine is in the pharmacy." He has been driving since the factory where he worked as an engineer closed last winter.

At a pharmacy near Vanak Square, Shirin Mokhtari, 34, said imported insulin had been hard to find since the autumn. "We are not asking for miracles," she said. "We are asking for a normal country." Her shelves, she said, had gaps where the foreign brands used to be.

Officials are careful not to promise too much. Ayatollah Ali Khamenei told senior officials on Tuesday that he was "neither overly optimistic nor overly pessimistic" about the talks. In February he had called negotiating with Washington unwise. The government spokeswoman, Fatemeh Mohajerani, said on Wednesday that people should "not tie their daily lives to the negotiations."

They tie them anyway. Memories here are long, and they are not abstract. An elderly woman selling herbs outside the Tajrish bazaar, who would not give her name, remembered the morning of August 19, 1953, when she was a girl and soldiers filled the streets. "They took Mosaddegh, and the Shah came back with the Americans behind him," she said. She also remembered the hostage crisis, which began on November 4, 1979, when students seized the American Embassy, and the 444 days that followed.

Younger people count from other dates. Farzaneh, 27, a graduate student who asked that her surname not be used, said the day she stopped believing in the nuclear deal was May 8, 2018, when President Trump walked out of it. "I was in my second year at university. We had planned our lives around that agreement," she said. On January 3, 2020, an American drone killed General Qasem Soleimani at Baghdad airport. She spent that night watching the news with her mother, she said.

On Sunday, the day after the Rome round, a friend sent me a message: "Don't write that we are hopeful. Write that we are tired of being afraid." Hamid puts it more simply. "A carpet takes a year to weave," he said, "and one day to burn."
"""
write(DOC, "The city holds its breath, and counts its rials", "The Lantern Weekly (fictional)", PUB, TEXT)
author(DOC, "Nasrin Holloway-Farahani")

d = FDoc(DOC, PUB)
FRI, SAT, SUN, TUE, WED = D(2025, 4, 18), D(2025, 4, 19), D(2025, 4, 20), D(2025, 4, 15), D(2025, 4, 16)
TAXI = ("2025-04-12", "2025-04-13")
HAMID = ["hamid"]
# quotes
d.Q("Two weeks ago I was afraid to open the shutters,", ["direct"], "Hamid", HAMID, None)
d.Q("Now people come in and ask the price of a rug again. They don't buy. But they ask.", ["direct"], "Hamid", HAMID, None)
d.Q("the atmosphere was constructive.", ["partial"], "Abbas Araghchi", ["araghchi"], SAT)
d.Q("My father believed the Americans in 1953, my brother believed them in 2015,", ["direct"], "Reza", ["reza"], TAXI)
d.Q("I will believe them when the medicine is in the pharmacy.", ["direct"], "Reza", ["reza"], TAXI)
d.Q("We are not asking for miracles,", ["direct"], "Shirin Mokhtari", ["mokhtari", "shirin"], None)
d.Q("We are asking for a normal country.", ["direct"], "Shirin Mokhtari", ["mokhtari", "shirin"], None)
d.Q("neither overly optimistic nor overly pessimistic", ["partial"], "Ali Khamenei", ["khamenei"], TUE)
d.Q("not tie their daily lives to the negotiations.", ["partial"], "Fatemeh Mohajerani", ["mohajerani"], WED)
d.Q("They took Mosaddegh, and the Shah came back with the Americans behind him,", ["direct"], None, [], None)
d.Q("I was in my second year at university. We had planned our lives around that agreement,", ["direct"], "Farzaneh", ["farzaneh"], None)
d.Q("Don't write that we are hopeful. Write that we are tired of being afraid.", ["direct"], None, [], SUN)
d.Q("A carpet takes a year to weave,", ["direct"], "Hamid", HAMID, None)
d.Q("and one day to burn.", ["direct"], "Hamid", HAMID, None)
# figures
d.F("more than a million rials", 1e6, ["irr", "rial"], "money", "more_than", ["dollar"])
d.F("about 830,000", 830000, ["irr", "rial"], "money", "about", ["dollar", "morning"])
d.F("Two weeks ago", 2, ["week"], "duration", core=False)
d.F("52", 52, ["year"], "duration", ctx=("Hamid, 52,",), core=False)
d.F("thirty years", 30, ["year"], "duration", subject_any=["stall", "bazaar", "hamid"])
d.F("about forty carpets a month", 40, ["carpet", "carpet per month"], "count", "about", ["carpet", "hamburg"])
d.F("six", 6, ["carpet"], "count", ctx=("Last year he sent six.",), subject_any=["carpet", "sent"])
d.F("two rooms", 2, ["room"], "count", subject_any=["room", "note"])
d.F("34", 34, ["year"], "duration", ctx=("Mokhtari, 34,",), core=False)
d.F("444 days", 444, ["day"], "duration", subject_any=["hostage", "crisis", "day"])
d.F("27", 27, ["year"], "duration", ctx=("Farzaneh, 27,",), core=False)
d.F("a year to weave", 1, ["year"], "duration", core=False)
d.F("one day to burn", 1, ["day"], "duration", core=False)
# events
d.EV("President Donald Trump announced the talks", ["statement", "negotiation"], D(2025, 4, 7), ["trump"])
d.EV("Foreign Minister Abbas Araghchi confirmed them", ["statement"], D(2025, 4, 8), ["araghchi"])
d.EV("held their first talks", ["negotiation"], D(2025, 4, 12), ["araghchi", "witkoff", "iran", "united states"])
d.EV("They met again in Rome on Saturday", ["negotiation"], SAT, ["araghchi", "witkoff", "iran", "united states"])
d.EV("Afterwards Araghchi told state television", ["statement"], SAT, ["araghchi"])
d.EV("A third round is due in Muscat", ["negotiation"], D(2025, 4, 26), [], core=False)
d.EV("where he worked as an engineer closed last winter", ["other"], ("2024-12-01", "2025-03-20"), [], core=False)
d.EV("Ayatollah Ali Khamenei told senior officials on Tuesday", ["statement"], TUE, ["khamenei"])
d.EV("In February he had called negotiating with Washington unwise", ["statement"], D(2025, 2), ["khamenei"])
d.EV("said on Wednesday that people should", ["statement"], WED, ["mohajerani"])
d.EV("soldiers filled the streets", ["coup", "other"], D(1953, 8, 19), [])
d.EV("They took Mosaddegh", ["coup"], None, [], core=False)
d.EV("when students seized the American Embassy", ["seizure"], D(1979, 11, 4), ["student"])
d.EV("when President Trump walked out of it", ["withdrawal"], D(2018, 5, 8), ["trump"])
d.EV("an American drone killed General Qasem Soleimani", ["attack"], D(2020, 1, 3), ["united states", "american"])
d.EV("a friend sent me a message", ["statement"], SUN, [], core=False)
d.save()
