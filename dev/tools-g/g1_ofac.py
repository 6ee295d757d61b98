from mk import write
from fx import FDoc, D, R

DOC = "dev-g-ofac-release-sahel-delta-network"
PUB = "2025-10-16"  # a Thursday
TEXT = """Treasury Sanctions Oil Network Financing Iran's Armed Forces, Targets 14 Vessels

October 16, 2025

WASHINGTON — Today, the Department of the Treasury's Office of Foreign Assets Control (OFAC) is designating nine entities and three individuals and identifying 14 vessels as blocked property for their role in shipping Iranian crude oil on behalf of Iran's Armed Forces General Staff. The network, run through front companies in the United Arab Emirates, Hong Kong and the Marshall Islands, has moved more than 40 million barrels of Iranian oil since early 2024, generating an estimated $2.6 billion for Iran's military.

"Tehran keeps telling the world it wants diplomacy while it sends its oil money straight to the forces that arm its proxies," said Under Secretary for Terrorism and Financial Intelligence Elaine Marquardt. "Treasury will keep cutting off these revenue streams, vessel by vessel and company by company."

Today's action is taken pursuant to Executive Order (E.O.) 13902 and E.O. 13224, as amended. It follows the designation on September 4, 2025 of 22 entities and vessels linked to the same network, and builds on the National Security Presidential Memorandum signed by President Trump on February 4, 2025, which restored a campaign of maximum pressure on Iran.

SAHEL DELTA SHIPPING AND ITS DIRECTOR

Sahel Delta Shipping LLC (Sahel Delta), a company based in Sharjah, manages at least six of the tankers identified today. Vessels under its management load Iranian crude at Kharg Island and deliver it to buyers in East Asia, often after ship-to-ship transfers off the coast of Malaysia that hide the cargo's origin.

Iranian national Farhad Zolghadri-Nasab directs Sahel Delta's operations and has negotiated freight contracts with Pardis Sepid Oil Trading, which OFAC designated on November 3, 2023. Zolghadri-Nasab is being designated today for having materially assisted Pardis Sepid.

VESSELS

The Panama-flagged tanker AURELIA GRACE, a very large crude carrier of about 300,000 deadweight tons, lifted roughly 2 million barrels of Iranian crude in July while transmitting a false position. The Comoros-flagged MIRA SOLENNE and the Cameroon-flagged KESTREL VI each carried Iranian oil to Chinese ports this year. All three are being identified today as property in which Sahel Delta has an interest.

HONG KONG FRONT COMPANIES

Brightwater Pacific Trading Co., Limited and Lanyard Ocean Holdings Limited, both registered in Hong Kong, received more than $480 million in payments for Iranian crude between January and August. Hong Kong-based Chinese national Tse Wing-kei controls both companies and is also designated today.

INDIAN SHIP MANAGER

India-based Corvane Marine Services Private Limited provided technical management to four of the tankers identified today, including SEA ORIOLE, a tanker that was previously identified by the Department of State in February. Its director, Indian national Rakesh Venugopal, is designated for his role in the scheme.

BACKGROUND

Since the United States withdrew from the Joint Comprehensive Plan of Action (JCPOA) in May 2018, Treasury has designated hundreds of persons involved in Iran's oil trade. OFAC and the Department of State have sanctioned more than 350 vessels linked to Iranian petroleum since February alone. On October 11, 2024, after Iran's ballistic missile attack on Israel on October 1, 2024, the Secretary of the Treasury identified the petroleum and petrochemical sectors of Iran's economy under E.O. 13902.

Iran's Foreign Ministry denounced an earlier round of designations as "economic terrorism". The Treasury Secretary, Scott Bessent, said last month that the pressure campaign "is working and will continue until Tehran changes course."

SANCTIONS IMPLICATIONS

As a result of today's action, all property and interests in property of the designated persons described above that are in the United States or in the possession or control of U.S. persons are blocked and must be reported to OFAC. In addition, any entities owned, directly or indirectly, 50 percent or more by blocked persons are also blocked.

Foreign financial institutions that knowingly conduct significant transactions with the designated persons risk exposure to secondary sanctions. Civil penalties for violations can reach up to $377,700 per violation.

For identifying information on the persons and vessels designated today, click here.
"""
write(DOC, "Treasury Sanctions Oil Network Financing Iran's Armed Forces, Targets 14 Vessels",
      "Treasury press release (style imitation)", PUB, TEXT)

d = FDoc(DOC, PUB)
TODAY = D(2025, 10, 16)
M = ["marquardt"]
TR = ["treasury", "ofac", "office of foreign assets control"]
# quotes
d.Q("Tehran keeps telling the world it wants diplomacy while it sends its oil money straight to the forces that arm its proxies,", ["direct"], "Elaine Marquardt", M, TODAY)
d.Q("Treasury will keep cutting off these revenue streams, vessel by vessel and company by company.", ["direct"], "Elaine Marquardt", M, TODAY)
d.Q("economic terrorism", ["term", "partial"], "Iran's Foreign Ministry", ["foreign ministry", "iran"])
d.Q("is working and will continue until Tehran changes course.", ["partial"], "Scott Bessent", ["bessent"], D(2025, 9))
# figures
d.F("14 Vessels", 14, ["vessel"], "count", subject_any=["vessel"])
d.F("nine entities", 9, ["entity"], "count", subject_any=["entit"])
d.F("three individuals", 3, ["individual"], "count", subject_any=["individual"])
d.F("14 vessels", 14, ["vessel"], "count", subject_any=["vessel"])
d.F("more than 40 million barrels", 4e7, ["barrel"], "measure", "more_than", ["oil", "network", "iranian"])
d.F("an estimated $2.6 billion", 2.6e9, ["usd"], "money", "about", ["network", "military", "generat"])
d.F("22 entities and vessels", 22, ["entity", "entities and vessel", "vessel", "entity and vessel"], "count", subject_any=["entit", "vessel"])
d.F("at least six of the tankers", 6, ["tanker"], "count", "at_least", ["tanker", "sahel"])
d.F("about 300,000 deadweight tons", 300000, ["deadweight ton", "dwt", "ton", "tonne", "deadweight tonne"], "measure", "about", ["aurelia", "carrier", "tanker"])
d.F("roughly 2 million barrels", 2e6, ["barrel"], "measure", "about", ["crude", "aurelia"])
d.F("All three", 3, ["vessel"], "count", core=False)
d.F("more than $480 million", 4.8e8, ["usd"], "money", "more_than", ["payment", "brightwater", "lanyard", "crude"])
d.F("four of the tankers", 4, ["tanker"], "count", subject_any=["tanker", "corvane"])
d.F("hundreds of persons", 200, ["person"], "count", "about", core=False)
d.F("more than 350 vessels", 350, ["vessel"], "count", "more_than", ["vessel"])
d.F("50 percent or more", 50, ["percent"], "percent", "at_least", ["owned", "entit", "blocked"])
d.F("up to $377,700 per violation", 377700, ["usd", "usd per violation"], "money", "up_to", ["penalt", "violation"])
# events
d.EV("Treasury Sanctions Oil Network", ["sanction", "designation"], TODAY, TR, core=False)
d.EV("is designating nine entities", ["designation", "sanction"], TODAY, TR)
d.EV("said Under Secretary", ["statement"], TODAY, M, core=False)
d.EV("the designation on September 4, 2025", ["designation", "sanction"], D(2025, 9, 4), [], occ=0)
d.EV("signed by President Trump", ["legislation"], D(2025, 2, 4), ["trump"])
d.EV("which OFAC designated on November 3, 2023", ["designation", "sanction"], D(2023, 11, 3), TR)
d.EV("Zolghadri-Nasab is being designated today", ["designation", "sanction"], TODAY, TR)
d.EV("All three are being identified today", ["designation", "sanction"], TODAY, TR)
d.EV("is also designated today", ["designation", "sanction"], TODAY, TR)
d.EV("was previously identified by the Department of State in February", ["designation", "sanction"], D(2025, 2), ["state"])
d.EV("is designated for his role", ["designation", "sanction"], TODAY, TR)
d.EV("withdrew from the Joint Comprehensive", ["withdrawal"], D(2018, 5), ["united states"])
d.EV("Treasury has designated hundreds of persons", ["designation", "sanction"], ("2018-05-01", PUB), ["treasury"])
d.EV("have sanctioned more than 350 vessels", ["sanction", "designation"], ("2025-02-01", PUB), ["ofac", "state", "treasury"])
d.EV("ballistic missile attack on Israel", ["attack"], D(2024, 10, 1), ["iran"])
d.EV("the Secretary of the Treasury identified", ["sanction", "designation"], D(2024, 10, 11), ["treasury", "yellen"])
d.EV("denounced an earlier round", ["statement"], None, ["foreign ministry", "iran"])
d.EV("said last month that", ["statement"], D(2025, 9), ["bessent", "treasury"])
d.EV("are blocked and must be reported", ["sanction"], TODAY, TR, core=False)
d.EV("which restored a campaign of maximum pressure", ["sanction"], D(2025, 2, 4), ["trump", "memorandum"], core=False)
d.EV("lifted roughly 2 million barrels", ["other", "support"], D(2025, 7), ["aurelia"], core=False)
d.save()
