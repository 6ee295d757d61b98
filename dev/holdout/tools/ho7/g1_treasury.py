from mk import write
from ann import Doc, D, R

DOC = "ho7-treasury-release-shadow-fleet-designations"
PUB = "2024-12-19"
TEXT = """SANCTIONS DESK REPRINTS
Press release as issued, reproduced for subscribers

December 19, 2024

Treasury Targets Tankers and Ship Managers Moving Iranian Oil for Sanctioned Buyers

WASHINGTON - Today, the Department of the Treasury's Office of Foreign Assets Control (OFAC) is designating 11 entities and identifying 14 vessels as blocked property for their role in transporting Iranian petroleum on behalf of the National Iranian Oil Company (NIOC) and the Armed Forces General Staff. Concurrently, the Department of State is designating four entities that operate terminals in the United Arab Emirates and Malaysia.

The vessels identified today have together carried more than 25 million barrels of Iranian crude oil since January 2023, worth roughly $1.8 billion at prevailing prices, according to Treasury's estimates. Several of them switched off their tracking transponders for weeks at a time and conducted ship-to-ship transfers off the coast of Malaysia.

"Tehran continues to rely on a fleet of aging tankers and front companies to fund its weapons programs and its proxies," said Acting Under Secretary for Terrorism and Financial Intelligence Margaret L. Ashdown. "Today's action tells every ship manager and every registry that carrying this oil carries a cost."

She added that Treasury would "use every tool available" against the network.

ACTION IN CONTEXT

Today's designations build on the action of October 11, 2024, when the Secretary of the Treasury determined that the petroleum and petrochemical sectors of the Iranian economy were subject to sanctions under Executive Order (E.O.) 13902, following Iran's missile attack on Israel on October 1. That attack, Iran's second direct attack on Israel in under six months, involved some 180 ballistic missiles. As the Secretary noted earlier this month, "the regime has chosen escalation, and we will continue to choose pressure."

Since the October determination, the United States has identified more than 50 vessels as blocked property. Iran nonetheless exported about 1.5 million barrels per day of crude oil in November, most of it to independent refineries in China, according to industry estimates.

AMONG THE PERSONS DESIGNATED TODAY

Starbridge Ship Management LLC, based in the United Arab Emirates, manages six of the vessels identified today, including the Panama-flagged Very Large Crude Carrier LUMEN BAY, which loaded about 2 million barrels of crude at Kharg Island in August. Harcourt Maritime Ltd., registered in the Marshall Islands, is the registered owner of the Cook Islands-flagged tanker ORCHID STAR (IMO 9234416), a vessel of nearly 300,000 deadweight tons that was built in 2002.

Blue Dune Tanker Corp., Seychelles-registered, was designated for having materially assisted NIOC. According to Treasury, its vessels concealed their origin by using falsified cargo documents on at least nine voyages.

BACKGROUND

The United States withdrew from the Joint Comprehensive Plan of Action on May 8, 2018, and reimposed sanctions on Iran's energy sector that November. The National Iranian Oil Company was designated by OFAC in October 2020 for its financial support to the Islamic Revolutionary Guard Corps-Qods Force (IRGC-QF). The IRGC itself was designated as a Foreign Terrorist Organization by the Department of State in April 2019.

SANCTIONS IMPLICATIONS

As a result of today's action, all property and interests in property of the designated persons that are in the United States or in the possession or control of U.S. persons are blocked and must be reported to OFAC. In addition, any entities that are owned, directly or indirectly, 50 percent or more by one or more blocked persons are also blocked. Violations of U.S. sanctions may result in civil or criminal penalties; civil penalties can reach up to twice the amount of the underlying transaction.

The power and integrity of OFAC sanctions derive not only from OFAC's ability to designate and add persons to the Specially Designated Nationals and Blocked Persons List, but also from its willingness to remove persons from the list consistent with the law. Petitions for removal may be sent to OFAC.

For identifying information on the individuals and entities sanctioned today, click here.

###
"""
write(DOC, "Treasury Targets Tankers and Ship Managers Moving Iranian Oil for Sanctioned Buyers", "Sanctions Desk Reprints", PUB, TEXT)

d = Doc(DOC, PUB)
TODAY = D(2024, 12, 19)
TREAS = ["treasury", "ofac", "office of foreign assets control", "ashdown"]
# quotes
d.Q("Tehran continues to rely on a fleet of aging tankers and front companies to fund its weapons programs and its proxies,", ["direct"], "Margaret L. Ashdown", ["ashdown"], TODAY)
d.Q("Today's action tells every ship manager and every registry that carrying this oil carries a cost.", ["direct"], "Margaret L. Ashdown", ["ashdown"], TODAY)
d.Q("use every tool available", ["partial"], "Margaret L. Ashdown", ["ashdown"], TODAY)
d.Q("the regime has chosen escalation, and we will continue to choose pressure.", ["direct"], "Janet Yellen", ["yellen", "secretary of the treasury", "treasury secretary"], D(2024, 12))
# figures
d.F("11 entities", 11, ["entity"], "count", subject_any=["entit"])
d.F("14 vessels", 14, ["vessel"], "count", subject_any=["vessel"])
d.F("four entities", 4, ["entity"], "count", subject_any=["entit", "terminal"])
d.F("more than 25 million barrels", 25e6, ["barrel"], "measure", "more_than", ["crude", "oil", "vessel"])
d.F("roughly $1.8 billion", 1.8e9, ["usd"], "money", "about", ["crude", "oil", "worth", "barrel"])
d.F("some 180 ballistic missiles", 180, ["ballistic missile", "missile"], "count", "about", ["missile", "attack"])
d.F("under six months", 6, ["month"], "duration", "less_than", core=False)
d.F("Several of them", None, ["vessel"], "count", "about", core=False)
d.F("more than 50 vessels", 50, ["vessel"], "count", "more_than", ["vessel"])
d.F("about 1.5 million barrels per day", 1.5e6, ["barrel per day"], "measure", "about", ["crude", "export", "iran"])
d.F("six of the vessels", 6, ["vessel"], "count", subject_any=["vessel"])
d.F("about 2 million barrels", 2e6, ["barrel"], "measure", "about", ["crude", "lumen"])
d.F("nearly 300,000 deadweight tons", 300000, ["deadweight ton", "deadweight tonne", "dwt", "ton"], "measure", "about", ["orchid", "tanker", "vessel"])
d.F("at least nine voyages", 9, ["voyage"], "count", "at_least", ["voyage"])
d.F("50 percent or more", 50, ["percent"], "percent", "at_least", ["own", "entit"])
d.F("one or more blocked persons", 1, ["blocked person", "person"], "count", "at_least", core=False)
d.F("up to twice the amount", 2, ["time", "amount"], "count", "up_to", ["penalt"], core=False)
# events
d.E("Treasury Targets Tankers and Ship Managers Moving Iranian Oil for Sanctioned Buyers", "Targets", ["sanction", "designation"], TODAY, TREAS, core=False)
d.E("WASHINGTON - Today, the Department of the Treasury's Office of Foreign Assets Control (OFAC) is designating 11 entities and identifying 14 vessels as blocked property for their role in transporting Iranian petroleum on behalf of the National Iranian Oil Company (NIOC) and the Armed Forces General Staff.",
    "designating", ["designation", "sanction"], TODAY, TREAS)
d.E("Concurrently, the Department of State is designating four entities that operate terminals in the United Arab Emirates and Malaysia.", "designating", ["designation", "sanction"], TODAY, ["state"])
d.E("The vessels identified today have together carried more than 25 million barrels of Iranian crude oil since January 2023, worth roughly $1.8 billion at prevailing prices, according to Treasury's estimates.",
    "carried", ["other"], ("2023-01-01", "2024-12-19"), ["vessel"], core=False)
s = "Today's designations build on the action of October 11, 2024, when the Secretary of the Treasury determined that the petroleum and petrochemical sectors of the Iranian economy were subject to sanctions under Executive Order (E.O.) 13902, following Iran's missile attack on Israel on October 1."
d.E(s, "determined", ["sanction", "designation", "legislation"], D(2024, 10, 11), ["secretary of the treasury", "treasury", "yellen"])
d.E(s, "missile attack", ["attack"], D(2024, 10, 1), ["iran"])
d.E("That attack, Iran's second direct attack on Israel in under six months, involved some 180 ballistic missiles.", "attack", ["attack"], D(2024, 10, 1), ["iran"], core=False)
d.E("As the Secretary noted earlier this month, \"the regime has chosen escalation, and we will continue to choose pressure.\"", "noted", ["statement"], D(2024, 12), ["yellen", "secretary"])
d.E("Since the October determination, the United States has identified more than 50 vessels as blocked property.", "identified", ["sanction", "designation"], ("2024-10-11", "2024-12-19"), ["united states"])
d.E("Iran nonetheless exported about 1.5 million barrels per day of crude oil in November, most of it to independent refineries in China, according to industry estimates.", "exported", ["other"], D(2024, 11), ["iran"], core=False)
d.E("Blue Dune Tanker Corp., Seychelles-registered, was designated for having materially assisted NIOC.", "was designated", ["designation", "sanction"], TODAY, TREAS)
s = "The United States withdrew from the Joint Comprehensive Plan of Action on May 8, 2018, and reimposed sanctions on Iran's energy sector that November."
d.E(s, "withdrew", ["withdrawal"], D(2018, 5, 8), ["united states"])
d.E(s, "reimposed sanctions", ["sanction"], D(2018, 11), ["united states"])
d.E("The National Iranian Oil Company was designated by OFAC in October 2020 for its financial support to the Islamic Revolutionary Guard Corps-Qods Force (IRGC-QF).", "was designated", ["designation", "sanction"], D(2020, 10), ["ofac", "office of foreign assets control", "treasury"])
d.E("The IRGC itself was designated as a Foreign Terrorist Organization by the Department of State in April 2019.", "was designated", ["designation"], D(2019, 4), ["state"])
d.E("Starbridge Ship Management LLC, based in the United Arab Emirates, manages six of the vessels identified today, including the Panama-flagged Very Large Crude Carrier LUMEN BAY, which loaded about 2 million barrels of crude at Kharg Island in August.", "loaded", ["other"], D(2024, 8), ["lumen"], core=False)
d.E("As a result of today's action, all property and interests in property of the designated persons that are in the United States or in the possession or control of U.S. persons are blocked and must be reported to OFAC.", "are blocked", ["sanction"], TODAY, TREAS, core=False)
d.save()
