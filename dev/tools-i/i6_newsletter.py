from mk import write
from fx import FDoc, D, R

DOC = "dev-i-newsletter-after-soleimani-strike"
PUB = "2020-01-06"  # a Monday
TEXT = """Lanternfield Daily Brief | Monday, January 6, 2020

Good morning. Here is what you need to know.

It has been a long weekend for anyone who follows the United States and Iran. Here is where things stand this morning, three days after the killing of General Qasem Soleimani.

IRAN DROPS ITS LAST NUCLEAR LIMIT
Iran said on Sunday that it would no longer observe any limit on the number of centrifuges it operates, the last major restriction of the 2015 nuclear deal that it was still following. The government said in a statement that Iran would keep cooperating with United Nations inspectors and could reverse the step "if sanctions are lifted." It has been breaching the deal's limits one by one since May 2019, a year after President Donald Trump withdrew from it.

IRAQ VOTES TO SEND U.S. TROOPS HOME
Iraq's parliament voted on Sunday for a resolution asking the government to end the presence of foreign forces, including about 5,200 American troops. The vote is not binding. Trump told reporters aboard Air Force One on Sunday night that if the troops were asked to leave, Iraq would face sanctions "bigger than anything they have seen." The Pentagon said on Friday that about 3,500 soldiers from the 82nd Airborne Division would deploy to the region.

52 TARGETS
On Saturday the president wrote on Twitter that the United States had picked out 52 Iranian sites, one for each of the Americans held hostage after the embassy seizure of November 1979, and would hit them "quickly and with great force" if Iran retaliated. Foreign Minister Mohammad Javad Zarif answered on Sunday that striking cultural sites would be "a war crime." The 52 were held for 444 days and released on January 20, 1981.

MOURNING IN TEHRAN
Soleimani, who led the Revolutionary Guards' Quds Force, was killed with the Iraqi militia leader Abu Mahdi al-Muhandis by a U.S. drone strike outside Baghdad airport early on Friday. Crowds filled the streets of Ahvaz and Mashhad on Sunday as his body was carried through the country; state media put the Mashhad crowd in the hundreds of thousands. Supreme Leader Ayatollah Ali Khamenei, who vowed "severe revenge" on Friday, is expected to lead prayers at the funeral in Tehran today.

MARKETS
Brent crude rose about 3.5 percent on Friday to $68.60 a barrel, and gold traded above $1,550 an ounce. Analysts at one London bank told clients on Sunday that oil could reach $75 "if shipping in the Gulf is hit."

THE LONG VIEW
None of this started on Friday. More than 66 years ago, in August 1953, the CIA helped overthrow Prime Minister Mohammad Mosaddegh, and many Iranians have never let Washington forget it. In September Khamenei ruled out talks with the United States "at any level." And last month, in a rare deal, the two governments swapped prisoners in Zurich: the Princeton graduate student Xiyue Wang, held for more than three years, for the Iranian scientist Massoud Soleimani.

NUMBERS
- 3: days since the strike at Baghdad airport.
- 5,200: American troops in Iraq, by the Pentagon's count.
- 300: kilograms of low-enriched uranium the deal let Iran keep; it passed that cap in July 2019.

That's it for this morning. Stay safe, and we'll be back tomorrow.

— Owen Castellanos, editor
"""
write(DOC, "Lanternfield Daily Brief: Monday, January 6, 2020", "Lanternfield Daily Brief (fictional)", PUB, TEXT)

d = FDoc(DOC, PUB)
TODAY = D(2020, 1, 6)
FRI, SAT, SUN = D(2020, 1, 3), D(2020, 1, 4), D(2020, 1, 5)
TR = ["trump", "president"]
KH = ["khamenei", "supreme leader"]
# quotes
d.Q("if sanctions are lifted.", ["partial"], "Iran", ["iran", "government"], SUN)
d.Q("bigger than anything they have seen.", ["partial"], "Donald Trump", TR, SUN)
d.Q("quickly and with great force", ["partial"], "Donald Trump", TR, SAT)
d.Q("a war crime.", ["partial"], "Mohammad Javad Zarif", ["zarif"], SUN)
d.Q("severe revenge", ["partial"], "Ali Khamenei", KH, FRI)
d.Q("if shipping in the Gulf is hit.", ["partial"], None, [], SUN)
d.Q("at any level.", ["partial"], "Ali Khamenei", KH, D(2019, 9))
# figures
d.F("three days after", 3, ["day"], "duration", core=False)
d.F("a year after", 1, ["year"], "duration", core=False)
d.F("about 5,200 American troops", 5200, ["american troop", "troop"], "count", "about", ["troop", "american"])
d.F("about 3,500 soldiers", 3500, ["soldier"], "count", "about", ["soldier", "airborne"])
d.F("52", 52, ["target"], "count", core=False, ctx=("52 TARGETS",))
d.F("52 Iranian sites", 52, ["site", "iranian site"], "count", subject_any=["site"])
d.F("The 52", 52, ["american", "hostage"], "count", core=False)
d.F("444 days", 444, ["day"], "duration", subject_any=["held", "hostage", "52"])
d.F("hundreds of thousands", 200000, ["person", "people"], "count", "about", core=False)
d.F("about 3.5 percent", 3.5, ["percent"], "percent", "about", ["brent"])
d.F("$68.60 a barrel", 68.60, ["usd per barrel", "usd"], "money", subject_any=["brent"])
d.F("above $1,550 an ounce", 1550, ["usd per ounce", "usd per troy ounce", "usd"], "money", "more_than", ["gold"])
d.F("$75", 75, ["usd per barrel", "usd"], "money", subject_any=["oil"])
d.F("More than 66 years ago", 66, ["year"], "duration", "more_than", core=False)
d.F("the two governments", 2, ["government"], "count", core=False)
d.F("more than three years", 3, ["year"], "duration", "more_than", ["wang", "held"])
d.F("3", 3, ["day"], "duration", subject_any=["strike", "since"], ctx=("- 3: days since",))
d.F("5,200", 5200, ["american troop", "troop"], "count", subject_any=["troop", "american"], ctx=("- 5,200: American troops",))
d.F("300", 300, ["kilogram", "kg"], "measure", subject_any=["uranium"], ctx=("- 300: kilograms",))
# events
d.EV("three days after the killing of General Qasem Soleimani", ["attack"], FRI, [], core=False)
d.EV("IRAN DROPS ITS LAST NUCLEAR LIMIT", ["withdrawal", "statement"], SUN, ["iran"], core=False)
d.EV("Iran said on Sunday that it would no longer observe", ["statement", "withdrawal"], SUN, ["iran"])
d.EV("The government said in a statement", ["statement"], SUN, ["iran", "government"], core=False)
d.EV("It has been breaching the deal's limits one by one since May 2019", ["withdrawal", "other"], R(D(2019, 5), TODAY), ["iran"])
d.EV("President Donald Trump withdrew from it", ["withdrawal"], D(2018, 5), ["trump"])
d.EV("IRAQ VOTES TO SEND U.S. TROOPS HOME", ["legislation", "other"], SUN, ["iraq", "parliament"], core=False)
d.EV("Iraq's parliament voted on Sunday", ["legislation", "other"], SUN, ["iraq", "parliament"])
d.EV("Trump told reporters aboard Air Force One on Sunday night", ["threat", "statement"], SUN, TR)
d.EV("The Pentagon said on Friday", ["statement", "other"], FRI, ["pentagon", "united states"])
d.EV("On Saturday the president wrote on Twitter", ["threat", "statement"], SAT, TR)
d.EV("the embassy seizure of November 1979", ["seizure"], D(1979, 11), [])
d.EV("Mohammad Javad Zarif answered on Sunday", ["statement"], SUN, ["zarif"])
d.EV("The 52 were held for 444 days", ["seizure"], R(D(1979, 11), D(1981, 1, 20)), [], core=False)
d.EV("released on January 20, 1981", ["other", "seizure", "agreement"], D(1981, 1, 20), [])
d.EV("by a U.S. drone strike outside Baghdad airport early on Friday", ["attack"], FRI, ["u.s.", "united states"])
d.EV("Crowds filled the streets of Ahvaz and Mashhad on Sunday", ["other"], SUN, [], core=False)
d.EV("who vowed \"severe revenge\" on Friday", ["threat", "statement"], FRI, KH)
d.EV("is expected to lead prayers at the funeral in Tehran today", ["other"], TODAY, KH, core=False)
d.EV("Brent crude rose about 3.5 percent on Friday", ["other"], FRI, [], core=False)
d.EV("Analysts at one London bank told clients on Sunday", ["statement"], SUN, [], core=False)
d.EV("the CIA helped overthrow Prime Minister Mohammad Mosaddegh", ["coup"], D(1953, 8), ["cia", "central intelligence agency"])
d.EV("In September Khamenei ruled out talks", ["statement"], D(2019, 9), KH)
d.EV("the two governments swapped prisoners in Zurich", ["agreement", "other", "seizure"], D(2019, 12), ["two governments", "united states", "iran"])
d.EV("held for more than three years", ["seizure"], None, [], core=False)
d.EV("- 3: days since the strike at Baghdad airport", ["attack"], FRI, [], core=False)
d.EV("it passed that cap in July 2019", ["withdrawal", "other"], D(2019, 7), ["iran"])
d.save()
