from mk import write
from ann import Doc, D, R

DOC = "ho7-shipping-tanker-seizure-hormuz-premiums"
PUB = "2023-05-05"
TEXT = """MARITIME LEDGER DAILY
Tankers | Security | Insurance

War-risk rates climb as second tanker in eight days is taken near Hormuz

By Clara Osei-Lindqvist, Security Correspondent
5 May 2023

Iranian forces seized a Panama-flagged product tanker in the Strait of Hormuz on Wednesday, the second commercial vessel taken in Gulf waters in just over a week, and London underwriters said additional war-risk premiums for the region had risen by as much as 50% since the end of April.

The 105,000 dwt Aframax KESTREL DAWN was boarded by the Islamic Revolutionary Guard Corps Navy shortly after dawn while sailing in ballast from Jebel Ali towards Fujairah, according to maritime security firm Halyard Risk Group.

"A dozen fast-attack craft surrounded the ship in the middle of the strait and escorted it towards Bandar Abbas," said Tomasz Wierzbicki, Halyard's head of intelligence. "It was over in less than 30 minutes."

Iran's judiciary said on Thursday that the tanker had been detained on the order of a Tehran prosecutor after a complaint by a private claimant, the Tasnim news agency reported. The vessel's Athens-based manager, Pelagos Tankers, said in a statement the same day that its 23 crew, most of them Indian nationals, were safe.

The seizure came eight days after the Marshall Islands-flagged Suezmax CORAL VENTURE, a 158,000 dwt crude carrier chartered to take Kuwaiti crude to the US Gulf Coast, was taken in the Gulf of Oman last Thursday, April 27. The Iranian navy said that tanker had collided with an Iranian boat, an account its owner rejected.

The US Navy's Fifth Fleet said on Wednesday that Iran had "unlawfully seized" at least five commercial vessels in the region over the past two years. "These seizures are a threat to freedom of navigation and to the global economy," the statement said.

PREMIUMS

Underwriters said the additional premium quoted for a seven-day call in the Gulf rose this week to about 0.15% of hull value, from 0.1% at the end of April. For a tanker insured at $60 million, that is roughly $90,000 per voyage, before any cargo war cover.

"We are not refusing risks, but every quote now starts with a conversation about who owns the ship and where it has been," Annika Fairbrother, head of marine war at Castlegate Underwriting, said in London on Thursday. "Owners with any link to the United States or Israel are paying more."

She said the Joint War Committee, whose listed areas tell underwriters where to charge extra, had not changed its Gulf listing since the seizures, but that "the market is pricing ahead of the committee."

A London broker, who asked not to be named because he was not authorised to speak to the press, said some owners had begun planning ballast voyages to keep well outside Iranian waters. "Nobody is cancelling fixtures yet," he said. "But charterers want clauses that let them walk away if a ship is held for more than 30 days."

Earlier this month, Iran's navy commander warned that his forces would answer any "violation" of Iranian waters in the strait.

A FAMILIAR PATTERN

The incidents recall the summer of 2019, when the British-flagged STENA IMPERO was seized by the IRGC on July 19, fifteen days after British Royal Marines detained the Iranian supertanker Grace 1 off Gibraltar. The Stena Impero was released more than two months later, in late September. In January 2021 the Guards seized the South Korean-flagged chemical tanker Hankuk Chemi and held it for about three months.

Some 20.5 million barrels per day of crude and products passed through the strait in 2022, according to tanker-tracking firm Keelwater Analytics. Time-charter rates for Aframaxes in the Gulf rose about 4% this week to nearly $52,000 a day.

Halyard said it expected to update its advisory for the strait this weekend.
"""
write(DOC, "War-risk rates climb as second tanker in eight days is taken near Hormuz", "Maritime Ledger Daily", PUB, TEXT)

d = Doc(DOC, PUB)
WED = D(2023, 5, 3)
THU = D(2023, 5, 4)
IRGC = ["irgc", "revolutionary guard", "iran", "guards"]
# quotes
d.Q("A dozen fast-attack craft surrounded the ship in the middle of the strait and escorted it towards Bandar Abbas,", ["direct"], "Tomasz Wierzbicki", ["wierzbicki"])
d.Q("It was over in less than 30 minutes.", ["direct"], "Tomasz Wierzbicki", ["wierzbicki"])
d.Q("unlawfully seized", ["partial"], "United States Navy Fifth Fleet", ["fifth fleet", "navy", "5th fleet"], WED)
d.Q("These seizures are a threat to freedom of navigation and to the global economy,", ["direct"], "United States Navy Fifth Fleet", ["fifth fleet", "navy", "5th fleet"], WED)
d.Q("We are not refusing risks, but every quote now starts with a conversation about who owns the ship and where it has been,", ["direct"], "Annika Fairbrother", ["fairbrother"], THU)
d.Q("Owners with any link to the United States or Israel are paying more.", ["direct"], "Annika Fairbrother", ["fairbrother"], THU)
d.Q("the market is pricing ahead of the committee.", ["partial", "direct"], "Annika Fairbrother", ["fairbrother"], THU)
d.Q("Nobody is cancelling fixtures yet,", ["direct"], None)
d.Q("But charterers want clauses that let them walk away if a ship is held for more than 30 days.", ["direct"], None)
d.Q("violation", ["partial", "term"], "Shahram Irani", ["irani", "navy commander", "navy"], D(2023, 5))
# figures
d.F("eight days", 8, ["day"], "duration", core=False)
d.F("as much as 50%", 50, ["percent"], "percent", "up_to", ["premium", "war-risk"])
d.F("105,000 dwt", 105000, ["dwt", "deadweight ton", "deadweight tonne", "ton"], "measure", subject_any=["kestrel", "aframax", "tanker"])
d.F("A dozen fast-attack craft", 12, ["fast-attack craft", "craft"], "count", subject_any=["craft"])
d.F("less than 30 minutes", 30, ["minute"], "duration", "less_than")
d.F("23 crew", 23, ["crew", "crew member"], "count", subject_any=["crew"])
d.F("eight days after", 8, ["day"], "duration", core=False)
d.F("158,000 dwt", 158000, ["dwt", "deadweight ton", "deadweight tonne", "ton"], "measure", subject_any=["coral", "crude carrier", "suezmax"])
d.F("at least five commercial vessels", 5, ["commercial vessel", "vessel"], "count", "at_least", ["vessel"])
d.F("the past two years", 2, ["year"], "duration", core=False)
d.F("seven-day", 7, ["day"], "duration", subject_any=["call"])
d.F("about 0.15%", 0.15, ["percent"], "percent", "about", ["premium", "hull"])
d.F("0.1%", 0.1, ["percent"], "percent", subject_any=["premium", "hull"])
d.F("$60 million", 6e7, ["usd"], "money", subject_any=["tanker", "insured"])
d.F("roughly $90,000", 90000, ["usd", "usd per voyage"], "money", "about", ["voyage", "premium"])
d.F("more than 30 days", 30, ["day"], "duration", "more_than")
d.F("fifteen days after", 15, ["day"], "duration", core=False)
d.F("more than two months later", 2, ["month"], "duration", "more_than", core=False)
d.F("about three months", 3, ["month"], "duration", "about", ["hankuk", "held"])
d.F("Some 20.5 million barrels per day", 20.5e6, ["barrel per day"], "measure", "about", ["crude", "strait", "products"])
d.F("about 4%", 4, ["percent"], "percent", "about", ["rate", "aframax"])
d.F("nearly $52,000 a day", 52000, ["usd per day", "usd"], "money", "about", ["rate", "aframax"])
# events
d.E("War-risk rates climb as second tanker in eight days is taken near Hormuz", "is taken", ["seizure"], WED, core=False)
d.E("Iranian forces seized a Panama-flagged product tanker in the Strait of Hormuz on Wednesday, the second commercial vessel taken in Gulf waters in just over a week, and London underwriters said additional war-risk premiums for the region had risen by as much as 50% since the end of April.",
    "seized", ["seizure"], WED, IRGC + ["iranian forces"])
d.E("The 105,000 dwt Aframax KESTREL DAWN was boarded by the Islamic Revolutionary Guard Corps Navy shortly after dawn while sailing in ballast from Jebel Ali towards Fujairah, according to maritime security firm Halyard Risk Group.",
    "was boarded", ["seizure"], WED, IRGC)
s = "Iran's judiciary said on Thursday that the tanker had been detained on the order of a Tehran prosecutor after a complaint by a private claimant, the Tasnim news agency reported."
d.E(s, "said on Thursday", ["statement"], THU, ["judiciary", "iran"])
d.E(s, "had been detained", ["seizure"], WED, ["prosecutor", "judiciary", "iran"], core=False)
d.E("The vessel's Athens-based manager, Pelagos Tankers, said in a statement the same day that its 23 crew, most of them Indian nationals, were safe.", "said in a statement", ["statement"], THU, ["pelagos"])
s = "The seizure came eight days after the Marshall Islands-flagged Suezmax CORAL VENTURE, a 158,000 dwt crude carrier chartered to take Kuwaiti crude to the US Gulf Coast, was taken in the Gulf of Oman last Thursday, April 27."
d.E(s, "was taken", ["seizure"], D(2023, 4, 27))
d.E("The Iranian navy said that tanker had collided with an Iranian boat, an account its owner rejected.", "said", ["statement"], None, ["navy", "iran"], core=False)
d.E("The US Navy's Fifth Fleet said on Wednesday that Iran had \"unlawfully seized\" at least five commercial vessels in the region over the past two years.", "said on Wednesday", ["statement"], WED, ["fifth fleet", "navy", "united states"])
d.E("Earlier this month, Iran's navy commander warned that his forces would answer any \"violation\" of Iranian waters in the strait.", "warned", ["threat", "statement"], D(2023, 5), ["irani", "navy", "iran"])
s = "The incidents recall the summer of 2019, when the British-flagged STENA IMPERO was seized by the IRGC on July 19, fifteen days after British Royal Marines detained the Iranian supertanker Grace 1 off Gibraltar."
d.E(s, "was seized", ["seizure"], D(2019, 7, 19), ["irgc", "revolutionary guard"])
d.E(s, "detained", ["seizure"], D(2019, 7, 4), ["british", "royal marines", "united kingdom"], tocc=0)
d.E("The Stena Impero was released more than two months later, in late September.", "was released", ["other", "agreement"], D(2019, 9))
d.E("In January 2021 the Guards seized the South Korean-flagged chemical tanker Hankuk Chemi and held it for about three months.", "seized", ["seizure"], D(2021, 1), ["guards", "irgc", "revolutionary guard"])
d.E("Halyard said it expected to update its advisory for the strait this weekend.", "update its advisory", ["statement", "other"], R(D(2023, 5, 6), D(2023, 5, 7)), ["halyard"], core=False)
d.save()
