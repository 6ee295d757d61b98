from mk import write
from ann import Doc, D, R

DOC = "ho7-wire-update-chinese-refinery-sanctions"
PUB = "2025-03-21"
TEXT = """NORTHGATE WIRE

UPDATE 2-US sanctions Chinese refinery, tankers over Iranian oil; Tehran calls it "economic piracy"

(Adds Iranian foreign ministry comment in paragraphs 6-8, background on Trump letter in paragraphs 10-11)

By Hana Liebermann and Reza Karimi-Shaw

WASHINGTON/DUBAI, March 21 (Northgate) - The United States on Thursday imposed sanctions for the first time on an independent Chinese refinery that it said had processed Iranian crude worth nearly $500 million, stepping up President Donald Trump's campaign to cut Tehran's oil revenue to zero.

The Treasury Department said Shandong Haoyuan Petrochemical Co, a so-called "teapot" refinery in Shandong province with capacity of about 20,000 barrels per day, had bought at least 13 cargoes of Iranian crude since 2023. It also designated six other companies and seven tankers, four of which are managed from Hong Kong.

"Independent refineries that buy Iranian oil are financing the regime's missiles and its proxies, and they will pay a price for it," Treasury Secretary Scott Bessent said in a statement.

Overnight, China's foreign ministry said Beijing "firmly opposes" what it called illegal unilateral sanctions and would protect the rights of Chinese companies.

China buys more than 90% of Iran's crude exports, which averaged about 1.6 million barrels per day last year, according to ship-tracking estimates.

Iranian foreign ministry spokesman Esmaeil Baghaei condemned the move on Friday as "economic piracy" and a violation of international trade rules.

"Those who claim to want negotiations are at the same time tightening the noose," the spokesman said. "This is not diplomacy."

Washington, he said, "cannot expect trust to grow from threats."

Brent crude futures rose 0.4% to $72.80 a barrel on Friday as traders weighed the risk to Chinese purchases.

Trump said earlier this month that he had written to Supreme Leader Ayatollah Ali Khamenei proposing talks on a new nuclear agreement. The letter, which officials familiar with it said set a two-month deadline, was delivered in Tehran last week by an adviser to the president of the United Arab Emirates.

Foreign Minister Abbas Araghchi said on Monday that Iran would reply "after careful study" and through proper channels.

U.S. forces began strikes on Houthi targets in Yemen last weekend, and Trump warned on Monday that Iran would be held responsible for any further attacks by the group on shipping.

Trump restored his "maximum pressure" policy on Iran in a presidential memorandum signed on Feb. 4. In his first term he withdrew from the 2015 nuclear deal, in May 2018, and reimposed sanctions that had been lifted under it.

The U.N. nuclear watchdog said in a report last month that Iran had more than 270 kilograms of uranium enriched to up to 60% purity, a short technical step from the roughly 90% needed for a weapon.

The Treasury is expected to announce further measures against Iran's shipping network next week, two U.S. officials said.

(Reporting by Hana Liebermann in Washington and Reza Karimi-Shaw in Dubai; Additional reporting by Li Wen in Beijing; Editing by Tom Aldgate)

CORRECTION: This story has been corrected to say the refinery is in Shandong province, not Zhejiang, in paragraph 2, and that the letter was delivered last week, not this week, in paragraph 10.
"""
write(DOC, "UPDATE 2-US sanctions Chinese refinery, tankers over Iranian oil; Tehran calls it \"economic piracy\"", "Northgate Wire", PUB, TEXT)

d = Doc(DOC, PUB)
THU = D(2025, 3, 20)
FRI = D(2025, 3, 21)
MON = D(2025, 3, 17)
LASTWEEK = R(D(2025, 3, 10), D(2025, 3, 16))
BAG = ["baghaei", "foreign ministry", "spokesman"]
US = ["united states", "treasury", "bessent", "trump"]
# quotes
d.Q("economic piracy", ["partial", "term"], "Esmaeil Baghaei", BAG, FRI, core=False)
d.Q("teapot", ["term"], None)
d.Q("Independent refineries that buy Iranian oil are financing the regime's missiles and its proxies, and they will pay a price for it,", ["direct"], "Scott Bessent", ["bessent"], THU)
d.Q("firmly opposes", ["partial"], "Chinese foreign ministry", ["china", "chinese", "beijing", "foreign ministry"], R(THU, FRI))
d.Q("economic piracy", ["partial", "term"], "Esmaeil Baghaei", BAG, FRI, occ=1)
d.Q("Those who claim to want negotiations are at the same time tightening the noose,", ["direct"], "Esmaeil Baghaei", BAG, FRI)
d.Q("This is not diplomacy.", ["direct"], "Esmaeil Baghaei", BAG, FRI)
d.Q("cannot expect trust to grow from threats.", ["partial"], "Esmaeil Baghaei", BAG, FRI)
d.Q("after careful study", ["partial"], "Abbas Araghchi", ["araghchi"], MON)
d.Q("maximum pressure", ["term", "partial"], "Donald Trump", ["trump"], core=False)
# figures
d.F("to zero", 0, ["usd", "percent"], "money", core=False)
d.F("nearly $500 million", 5e8, ["usd"], "money", "about", ["crude", "refinery"])
d.F("about 20,000 barrels per day", 20000, ["barrel per day"], "measure", "about", ["capacity", "refinery"])
d.F("at least 13 cargoes", 13, ["cargo"], "count", "at_least", ["cargo", "crude"])
d.F("six other companies", 6, ["company"], "count", subject_any=["compan"])
d.F("seven tankers", 7, ["tanker"], "count", subject_any=["tanker"])
d.F("four of which", 4, ["tanker"], "count", subject_any=["tanker"])
d.F("more than 90%", 90, ["percent"], "percent", "more_than", ["crude export", "export", "china"])
d.F("about 1.6 million barrels per day", 1.6e6, ["barrel per day"], "measure", "about", ["export"])
d.F("0.4%", 0.4, ["percent"], "percent", subject_any=["brent"])
d.F("$72.80 a barrel", 72.8, ["usd per barrel", "usd"], "money", subject_any=["brent"])
d.F("two-month", 2, ["month"], "duration", subject_any=["deadline"])
d.F("more than 270 kilograms", 270, ["kilogram"], "measure", "more_than", ["uranium"])
d.F("up to 60%", 60, ["percent"], "percent", "up_to", ["uranium", "enrich", "purity"])
d.F("roughly 90%", 90, ["percent"], "percent", "about", ["weapon"])
d.F("two U.S. officials", 2, ["u.s. official", "official"], "count", subject_any=["official"])
# events
d.E("UPDATE 2-US sanctions Chinese refinery, tankers over Iranian oil; Tehran calls it \"economic piracy\"", "sanctions", ["sanction"], THU, ["us", "united states"], core=False)
d.E("WASHINGTON/DUBAI, March 21 (Northgate) - The United States on Thursday imposed sanctions for the first time on an independent Chinese refinery that it said had processed Iranian crude worth nearly $500 million, stepping up President Donald Trump's campaign to cut Tehran's oil revenue to zero.",
    "imposed sanctions", ["sanction"], THU, ["united states"])
d.E("It also designated six other companies and seven tankers, four of which are managed from Hong Kong.", "designated", ["designation", "sanction"], THU, ["treasury", "united states"])
d.E("\"Independent refineries that buy Iranian oil are financing the regime's missiles and its proxies, and they will pay a price for it,\" Treasury Secretary Scott Bessent said in a statement.", "said in a statement", ["statement", "threat"], THU, ["bessent"], core=False)
d.E("Overnight, China's foreign ministry said Beijing \"firmly opposes\" what it called illegal unilateral sanctions and would protect the rights of Chinese companies.", "said", ["statement"], R(THU, FRI), ["china", "chinese", "beijing", "foreign ministry"])
d.E("Iranian foreign ministry spokesman Esmaeil Baghaei condemned the move on Friday as \"economic piracy\" and a violation of international trade rules.", "condemned", ["statement"], FRI, ["baghaei"])
s = "Trump said earlier this month that he had written to Supreme Leader Ayatollah Ali Khamenei proposing talks on a new nuclear agreement."
d.E(s, "said earlier this month", ["statement"], D(2025, 3), ["trump"])
d.E(s, "had written", ["statement", "negotiation"], D(2025, 3), ["trump"], core=False)
d.E("The letter, which officials familiar with it said set a two-month deadline, was delivered in Tehran last week by an adviser to the president of the United Arab Emirates.", "was delivered", ["negotiation", "statement", "other"], LASTWEEK, ["adviser", "emirates", "uae"])
d.E("Foreign Minister Abbas Araghchi said on Monday that Iran would reply \"after careful study\" and through proper channels.", "said on Monday", ["statement"], MON, ["araghchi"])
s = "U.S. forces began strikes on Houthi targets in Yemen last weekend, and Trump warned on Monday that Iran would be held responsible for any further attacks by the group on shipping."
d.E(s, "strikes", ["attack"], R(D(2025, 3, 15), D(2025, 3, 16)), ["u.s.", "united states"])
d.E(s, "warned", ["threat", "statement"], MON, ["trump"])
s = "Trump restored his \"maximum pressure\" policy on Iran in a presidential memorandum signed on Feb. 4."
d.E(s, "memorandum signed", ["legislation", "sanction"], D(2025, 2, 4), ["trump"])
s = "In his first term he withdrew from the 2015 nuclear deal, in May 2018, and reimposed sanctions that had been lifted under it."
d.E(s, "withdrew", ["withdrawal"], D(2018, 5), ["trump"])
d.E(s, "reimposed sanctions", ["sanction"], R(D(2018, 5), D(2018, 11)), ["trump"])
d.E("The U.N. nuclear watchdog said in a report last month that Iran had more than 270 kilograms of uranium enriched to up to 60% purity, a short technical step from the roughly 90% needed for a weapon.",
    "said in a report", ["statement", "disclosure"], D(2025, 2), ["nuclear watchdog", "iaea", "international atomic energy agency", "u.n."])
d.E("The Treasury is expected to announce further measures against Iran's shipping network next week, two U.S. officials said.", "announce further measures", ["sanction"], R(D(2025, 3, 24), D(2025, 3, 30)), ["treasury"], core=False)
d.save()
