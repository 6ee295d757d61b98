import sys; sys.path.insert(0, __import__("os").path.dirname(__file__))
from h12 import write, PDoc, D, R

DOC = "ho12-state-readout-statement-oman-call-oil-network"
PUB = "2025-05-12"  # a Monday
TEXT = """Foggy Bottom Notices Digest | Readouts and statements reprinted in full

Secretary Rubio's Call with Omani Foreign Minister Albusaidi
READOUT
OFFICE OF THE SPOKESPERSON
MAY 12, 2025

The following is attributable to Spokesperson Dana Whitcombe-Reyes:

Secretary of State Marco Rubio spoke today with Omani Foreign Minister Sayyid Badr Albusaidi. The Secretary thanked the Foreign Minister for hosting the fourth round of talks between the United States and Iran in Muscat on Sunday, and for Oman's mediation since the first round opened there on April 12. The Secretary and the Foreign Minister discussed the timing and venue of a further round. The Secretary reiterated that Iran can never be allowed to obtain a nuclear weapon. He also raised the cases of U.S. nationals wrongfully detained in Iran.

###

Sanctioning a Network Shipping Iranian Oil to China
PRESS STATEMENT
MARCO RUBIO, SECRETARY OF STATE
MAY 12, 2025

Today, the United States is sanctioning six entities and four vessels that have shipped Iranian crude oil to independent refineries in China. Since late 2024, this network has moved more than 12 million barrels of Iranian oil worth an estimated $800 million, revenue that the Iranian regime uses to fund the Islamic Revolutionary Guard Corps and its terrorist proxies.

The network relies on ship-to-ship transfers off the coast of Malaysia, forged certificates of origin and vessels that switch off their tracking systems for days at a time. One of the vessels sanctioned today, a 20-year-old tanker, changed its name and flag three times in 2024.

On February 4, 2025, President Trump signed National Security Presidential Memorandum 2, which restored a campaign of maximum pressure on Iran and directed the government to drive Iran's oil exports toward zero. Iran earned some $53 billion from oil sales in 2023, according to U.S. government estimates. Today's action is the sixth round of State Department sanctions on Iran's oil trade since that memorandum.

The United States prefers diplomacy. Special Envoy Steve Witkoff told reporters after Sunday's talks that the round had been "encouraging." Witkoff said the United States would "keep talking as long as the talks are serious." As President Trump said last week, Iran "can have a wonderful future" if it abandons the pursuit of a nuclear weapon, "but not while it funds terror."

The United States has tried this path before. In July 2015, the United States, Iran and five other powers concluded the Joint Comprehensive Plan of Action, which lifted nuclear-related sanctions in January 2016 in exchange for temporary limits on Iran's program. President Trump ended U.S. participation in that deal on May 8, 2018, calling it "one of the worst and most one-sided transactions" the United States had ever entered into. The sanctions that followed cut Iran's crude exports by more than 80 percent within a year.

The Department is taking today's action pursuant to Executive Order 13846, which authorizes sanctions on persons who engage in significant transactions for the purchase of petroleum from Iran. The Department of the Treasury is concurrently designating two further companies that managed the vessels.

As long as Iran uses its oil revenue to fund violence, the United States will continue to act against every part of this trade.

For more information, see the Treasury Department's press release.

###
"""
write(DOC, "Secretary Rubio's Call with Omani Foreign Minister Albusaidi; Sanctioning a Network Shipping Iranian Oil to China",
      "Foggy Bottom Notices Digest (style imitation)", PUB, TEXT)

d = PDoc(DOC, PUB)
MON, SUN = D(2025, 5, 12), D(2025, 5, 11)
LASTWEEK = R(D(2025, 5, 5), D(2025, 5, 11))
WI = ["witkoff"]
d.Q("encouraging.", ["partial"], "Steve Witkoff", WI, SUN)
d.Q("keep talking as long as the talks are serious.", ["partial"], "Steve Witkoff", WI, SUN)
d.Q("can have a wonderful future", ["partial"], "Donald Trump", ["trump"], LASTWEEK)
d.Q("but not while it funds terror.", ["partial"], "Donald Trump", ["trump"], LASTWEEK)
d.Q("one of the worst and most one-sided transactions", ["partial"], "Donald Trump", ["trump"], D(2018, 5, 8))

d.F("six entities", 6, ["entity"], "count", subject_any=["entit", "sanction"])
d.F("four vessels", 4, ["vessel"], "count", subject_any=["vessel", "sanction"])
d.F("more than 12 million barrels", 12e6, ["barrel"], "measure", "more_than", ["oil", "network", "barrel"])
d.F("an estimated $800 million", 8e8, ["usd"], "money", "about", ["oil", "worth", "barrel"])
d.F("20-year-old", 20, ["year"], "duration", subject_any=["tanker"])
d.F("three times", 3, ["time"], "count", subject_any=["name", "flag", "tanker"])
d.F("some $53 billion", 5.3e10, ["usd"], "money", "about", ["oil sales", "iran", "oil"])
d.F("five other powers", 5, ["power", "other power"], "count", subject_any=["power"])
d.F("more than 80 percent", 80, ["percent"], "percent", "more_than", ["export", "crude"])
d.F("within a year", 1, ["year"], "duration", "at_most", core=False)
d.F("two further companies", 2, ["company"], "count", subject_any=["compan"])

# readout
d.V("Secretary of State Marco Rubio spoke today", "spoke today with", ["negotiation", "statement", "other"], MON, ["rubio"])
d.V("The Secretary thanked the Foreign Minister for hosting", "talks", ["negotiation"], SUN, ["united states", "iran", "oman"])
d.V("The Secretary thanked the Foreign Minister for hosting", "thanked", ["statement"], MON, ["rubio", "secretary"], core=False)
d.V("The Secretary thanked the Foreign Minister for hosting", "opened", ["negotiation"], D(2025, 4, 12), ["united states", "iran", "oman"])
d.V("The Secretary and the Foreign Minister discussed", "discussed", ["negotiation"], MON, ["rubio", "secretary"], core=False)
d.V("The Secretary reiterated that Iran", "reiterated", ["statement"], MON, ["rubio", "secretary"], core=False)
d.V("He also raised the cases", "raised", ["statement", "negotiation"], MON, ["rubio", "he"], core=False)
d.V("He also raised the cases", "wrongfully detained", ["seizure"], None, ["iran"], core=False)
# statement
d.V("Sanctioning a Network Shipping", "Sanctioning", ["sanction"], MON, ["united states", "state"], core=False)
d.V("Today, the United States is sanctioning", "sanctioning", ["sanction"], MON, ["united states"])
d.V("Since late 2024, this network has moved", "has moved", ["other"], R(D(2024, 10), MON), ["network"], core=False)
d.V("One of the vessels sanctioned today", "changed its name and flag", ["other"], D(2024), ["tanker", "vessel"])
d.V("On February 4, 2025, President Trump signed", "signed", ["legislation", "sanction"], D(2025, 2, 4), ["trump"])
d.V("On February 4, 2025, President Trump signed", "restored a campaign of maximum pressure", ["sanction"], D(2025, 2, 4), ["trump", "memorandum"])
d.V("Iran earned some $53 billion", "earned", ["other"], D(2023), ["iran"], core=False)
d.V("Today's action is the sixth round", "sixth round of State Department sanctions", ["sanction"], MON, ["state department", "state"], core=False)
d.V("Special Envoy Steve Witkoff told reporters", "told reporters", ["statement"], SUN, WI)
d.V("Special Envoy Steve Witkoff told reporters", "talks", ["negotiation"], SUN, ["united states", "iran"], core=False)
d.V("Witkoff said the United States would", "said", ["statement"], SUN, WI, core=False)
d.V("As President Trump said last week", "said", ["statement"], LASTWEEK, ["trump"])
d.V("In July 2015, the United States, Iran and five other powers concluded", "concluded", ["agreement"], D(2015, 7), ["united states", "iran", "powers"])
d.V("In July 2015, the United States, Iran and five other powers concluded", "lifted nuclear-related sanctions", ["sanction"], D(2016, 1), ["joint comprehensive plan", "jcpoa"])
d.V("President Trump ended U.S. participation", "ended U.S. participation", ["withdrawal"], D(2018, 5, 8), ["trump", "united states"])
d.V("President Trump ended U.S. participation", "calling", ["statement"], D(2018, 5, 8), ["trump"], core=False)
d.V("The sanctions that followed cut", "cut", ["sanction"], R(D(2018, 5, 8), D(2019, 5, 8)), ["united states", "sanction"], core=False)
d.V("The Department of the Treasury is concurrently designating", "designating", ["designation", "sanction"], MON, ["treasury"])
d.save()
