from m0 import FDoc, D, R, write, author, meta_note

DOC = "dev-m-turkish-agency-ceasefire-casualties-iran-israel"
PUB = "2025-06-24"  # a Tuesday
TEXT = """Türkiye welcomes Iran-Israel ceasefire, urges all sides to comply

Turkish Foreign Ministry says truce 'must be turned into lasting peace' as Iran's Health Ministry puts death toll from Israeli attacks at 610

Burak Dağlıoğlu-Sezer  |24.06.2025 - Update : 24.06.2025

ANKARA

Türkiye on Tuesday welcomed the ceasefire between Iran and Israel announced by US President Donald Trump and called on all parties to fully abide by it.

"We welcome the ceasefire declared between Iran and Israel and hope that it will be implemented without violations," the Turkish Foreign Ministry said in a statement.

"The ceasefire must be turned into lasting peace through diplomacy," it added.

Trump announced the truce late Monday on his Truth Social platform, saying Israel and Iran had agreed to a "complete and total ceasefire" that would take effect in phases over 24 hours.

Iranian Foreign Minister Abbas Araghchi said on X early Tuesday that Iran had no intention of continuing its response if Israel stopped its "illegal aggression" by 4 a.m. Tehran time.

Speaking to reporters in Ankara before leaving for the NATO summit in The Hague, President Recep Tayyip Erdogan said on Tuesday that Türkiye had "worked day and night" to keep the conflict from spreading. "Nobody in this region wants to pay the price of a war that others started," he said.

- Death toll

Iran's Health Ministry spokesman Hossein Kermanpour said on X that 610 people had been killed and 4,746 others injured in Israeli attacks since June 13.

According to the ministry, at least 13 of the dead were children.

In Israel, 28 people have been killed and more than 3,000 injured in Iranian missile attacks, according to Israeli authorities.

Israel launched airstrikes on Iranian military and nuclear facilities on June 13, killing several senior commanders and nuclear scientists. Tehran retaliated with waves of ballistic missiles and drones.

On Sunday, the US struck three Iranian nuclear sites, Fordow, Natanz and Isfahan. Iran responded on Monday by firing missiles at the Al Udeid air base in Qatar, the largest US military base in the region.

Qatar's Defense Ministry said in a statement that its air defenses intercepted the missiles and that there were no casualties. Trump later thanked Iran on Truth Social for giving "early notice," adding that 13 of the 14 missiles fired had been knocked down.

- Trust deficit

"Iran negotiated with Washington in April and May and was bombed in June," said Mehmet Ali Karaduman-Öztürk, a researcher at the Ankara Center for Iranian Studies. "After this, no Iranian official will sit at a table without asking who is hiding behind the door."

He recalled that the US had withdrawn from the 2015 nuclear deal in May 2018 and reimposed sanctions that cut Iran's oil exports from about 2.5 million barrels a day to fewer than 500,000 at their lowest point.

Oman had mediated five rounds of indirect talks between Iran and the US since April 12. A sixth round, planned for June 15 in Muscat, was cancelled after the Israeli attacks began.

Türkiye shares a 534-kilometer border with Iran. Turkish officials said last week that no unusual movement of people had been recorded at the Kapıköy and Gürbulak border gates.

Writing by Burak Dağlıoğlu-Sezer
"""
write(DOC, "Türkiye welcomes Iran-Israel ceasefire, urges all sides to comply", "Anadolu Agency (style imitation)", PUB, TEXT)
author(DOC, "Burak Dağlıoğlu-Sezer")
meta_note(DOC, "Turkish state news agency English service, style imitation; the writer, the researcher and the research centre are invented; quotes of real people and institutions invented or paraphrased")

d = FDoc(DOC, PUB)
MON, TUE, SUN = D(2025, 6, 23), D(2025, 6, 24), D(2025, 6, 22)
LATER = ("2025-06-23", "2025-06-24")
TFM = ["foreign ministry", "turkiye", "turkey", "turkish"]
US = ["united states", "us", "american", "washington"]
KAR = ["karaduman", "ozturk"]
# quotes
d.Q("must be turned into lasting peace", ["partial"], "Turkish Foreign Ministry", TFM, TUE, core=False)
d.Q("We welcome the ceasefire declared between Iran and Israel and hope that it will be implemented without violations,", ["direct"], "Turkish Foreign Ministry", TFM, TUE)
d.Q("The ceasefire must be turned into lasting peace through diplomacy,", ["direct"], "Turkish Foreign Ministry", TFM, TUE)
d.Q("complete and total ceasefire", ["partial"], "Donald Trump", ["trump"], MON)
d.Q("illegal aggression", ["partial", "term"], "Abbas Araghchi", ["araghchi"], TUE)
d.Q("worked day and night", ["partial"], "Recep Tayyip Erdogan", ["erdogan"], TUE)
d.Q("Nobody in this region wants to pay the price of a war that others started,", ["direct"], "Recep Tayyip Erdogan", ["erdogan"], TUE)
d.Q("early notice,", ["partial"], "Donald Trump", ["trump"], LATER)
d.Q("Iran negotiated with Washington in April and May and was bombed in June,", ["direct"], "Mehmet Ali Karaduman-Öztürk", KAR, None)
d.Q("After this, no Iranian official will sit at a table without asking who is hiding behind the door.", ["direct"], "Mehmet Ali Karaduman-Öztürk", KAR, None)
# figures
d.F("610", 610, ["person", "people", "death"], "count", subject_any=["death toll", "killed", "dead"], ctx=("death toll from Israeli attacks at 610",))
d.F("24 hours", 24, ["hour"], "duration", subject_any=["phase", "ceasefire"])
d.F("610 people", 610, ["person", "people"], "count", subject_any=["killed", "people"])
d.F("4,746 others", 4746, ["person", "people", "other"], "count", subject_any=["injured", "other"])
d.F("at least 13", 13, ["child", "person", "dead"], "count", "at_least", ["children", "dead"])
d.F("28 people", 28, ["person", "people"], "count", subject_any=["killed", "israel", "people"])
d.F("more than 3,000", 3000, ["person", "people"], "count", "more_than", ["injured"])
d.F("three Iranian nuclear sites", 3, ["site", "nuclear site"], "count", subject_any=["site"])
d.F("13 of the 14 missiles", 13, ["missile"], "count", subject_any=["missile", "knocked down"])
d.F("14 missiles", 14, ["missile"], "count", subject_any=["missile", "fired"])
d.F("about 2.5 million barrels a day", 2.5e6, ["barrel per day"], "measure", "about", ["oil export", "export"])
d.F("fewer than 500,000", 5e5, ["barrel per day"], "measure", "less_than", ["oil export", "export"])
d.F("five rounds", 5, ["round"], "count", subject_any=["round", "talks"])
d.F("534-kilometer border", 534, ["kilometer", "km"], "measure", subject_any=["border"])
# events
d.EV("Türkiye welcomes Iran-Israel ceasefire", ["statement"], TUE, TFM, core=False)
d.EV("Turkish Foreign Ministry says truce", ["statement"], TUE, TFM, core=False)
d.EV("Türkiye on Tuesday welcomed", ["statement"], TUE, TFM)
d.EV("announced by US President Donald Trump", ["statement", "agreement"], MON, ["trump"], core=False)
d.EV("the Turkish Foreign Ministry said in a statement", ["statement"], TUE, TFM, core=False)
d.EV("it added", ["statement"], TUE, TFM, core=False)
d.EV("Trump announced the truce late Monday", ["statement", "agreement"], MON, ["trump"])
d.EV("Israel and Iran had agreed", ["agreement"], MON, ["israel", "iran"])
d.EV("Araghchi said on X early Tuesday", ["statement"], TUE, ["araghchi"])
d.EV("Erdogan said on Tuesday", ["statement"], TUE, ["erdogan"])
d.EV("he said.", ["statement"], TUE, ["erdogan"], core=False)
d.EV("Kermanpour said on X", ["statement"], None, ["kermanpour"], core=False)
d.EV("had been killed and 4,746 others injured in Israeli attacks", ["attack"], ("2025-06-13", "2025-06-24"), ["israel"])
d.EV("28 people have been killed", ["attack"], None, ["iran"])
d.EV("Israel launched airstrikes", ["attack"], D(2025, 6, 13), ["israel"])
d.EV("Tehran retaliated", ["attack"], None, ["iran", "tehran"])
d.EV("the US struck three Iranian nuclear sites", ["attack"], SUN, US)
d.EV("Iran responded on Monday by firing missiles", ["attack"], MON, ["iran"])
d.EV("Qatar's Defense Ministry said", ["statement"], None, ["qatar", "defense ministry"], core=False)
d.EV("Trump later thanked Iran", ["statement"], LATER, ["trump"])
d.EV("Iran negotiated with Washington in April and May", ["negotiation"], ("2025-04-01", "2025-05-31"), ["iran"])
d.EV("was bombed in June", ["attack"], D(2025, 6), [])
d.EV("said Mehmet Ali Karaduman-Öztürk", ["statement"], None, KAR, core=False)
d.EV("He recalled", ["statement"], None, KAR, core=False)
d.EV("the US had withdrawn from the 2015 nuclear deal in May 2018", ["withdrawal"], D(2018, 5), US)
d.EV("reimposed sanctions that cut", ["sanction"], None, US)
d.EV("Oman had mediated five rounds", ["negotiation"], ("2025-04-12", "2025-06-24"), ["oman", "iran", "united states"])
d.EV("was cancelled after the Israeli attacks began", ["other", "negotiation"], ("2025-06-13", "2025-06-15"), [])
d.EV("Turkish officials said last week", ["statement"], ("2025-06-16", "2025-06-22"), ["turkish", "turkiye", "turkey"], core=False)
d.save()
