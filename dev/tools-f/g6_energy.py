from mk import write
from fx import FDoc, D, R

DOC = "dev-f-energy-exports-shadow-fleet"
PUB = "2025-02-27"  # a Thursday
TEXT = """Iran's crude exports hold up as Washington targets tankers

By Tobias Wren | Petroline Energy Daily | Feb. 27, 2025

Iran shipped about 1.6 million barrels per day (bpd) of crude oil in February, according to tanker-tracking estimates, roughly unchanged from January and up 9% from a year earlier, despite a new round of U.S. sanctions aimed at the tankers that carry it.

The U.S. Treasury Department on Monday designated more than 30 people, companies and vessels, including tankers and ship managers in the United Arab Emirates, Hong Kong and India, that it said moved Iranian oil to buyers in Asia. It was the second such action this month: on Feb. 6 Treasury sanctioned an international network it accused of shipping millions of barrels of Iranian crude to China.

"The designations raise the cost of every cargo, but they have not yet cut the volume," said Priya Kannan, a senior analyst at the consultancy Hormuz Analytics. "Buyers in Shandong have learned to live with risk."

China takes about 90% of Iran's exports, most of it through independent refiners known as teapots. Iranian Light crude was offered to them at a discount of about $2.50 a barrel to Brent in February, traders said, wider than the $1.50 seen in December. Brent crude settled at $72.53 a barrel on Wednesday, down 1.8% on the day.

The pressure campaign was restored on Feb. 4, when President Donald Trump signed a memorandum directing officials to drive Iran's oil exports toward zero. Treasury Secretary Scott Bessent said the administration aimed to cut them to 'less than 10 percent' of current levels.

Traders are skeptical. During Trump's first term, exports fell from about 2.5 million bpd in April 2018 to under 300,000 bpd by mid-2020, after Washington ended sanction waivers for eight importers in May 2019. Iran's oil minister, Mohsen Paknejad, said last week that sales would continue "whatever America does".

'We saw this film in 2019. The difference now is a shadow fleet of several hundred tankers that did not exist then,' said Omar Haddad, head of shipping research at Gulfline Brokers in Dubai. He estimated that at least 180 tankers had carried Iranian oil in the past 12 months.

Storage is also rising. Iranian crude held on tankers at sea climbed to about 22 million barrels this month, up 35% from a month earlier, according to the tracking data, a sign that some cargoes are struggling to find buyers.

Analysts said a return of United Nations sanctions under the 2015 nuclear deal, which European governments have threatened to trigger before October, could tighten the squeeze further. "If snapback comes, China will not stop buying, but the discount will widen again," Kannan said.

Iran's oil revenue reached about $53 billion in 2023, according to U.S. government estimates, up from $16 billion in 2020.
"""
write(DOC, "Iran's crude exports hold up as Washington targets tankers", "Petroline Energy Daily", PUB, TEXT)

d = FDoc(DOC, PUB)
BPD = ["barrel per day"]
KN = ["kannan"]
d.Q("The designations raise the cost of every cargo, but they have not yet cut the volume,", ["direct"], "Priya Kannan", KN)
d.Q("Buyers in Shandong have learned to live with risk.", ["direct"], "Priya Kannan", KN)
d.Q("less than 10 percent", ["partial"], "Scott Bessent", ["bessent"])
d.Q("whatever America does", ["partial"], "Mohsen Paknejad", ["paknejad"], ("2025-02-17", "2025-02-23"))
d.Q("We saw this film in 2019. The difference now is a shadow fleet of several hundred tankers that did not exist then,", ["direct"], "Omar Haddad", ["haddad"])
d.Q("If snapback comes, China will not stop buying, but the discount will widen again,", ["direct"], "Priya Kannan", KN)
# figures
d.F("about 1.6 million barrels per day", 1.6e6, BPD, "measure", "about", ["crude", "iran", "shipped"])
d.F("9%", 9, ["percent"], "percent", subject_any=["crude", "export", "shipped"])
d.F("more than 30 people, companies and vessels", 30, ["target", "entity", "people", "person"], "count", "more_than", ["people", "compan", "vessel"])
d.F("millions of barrels", 2e6, ["barrel"], "measure", "about", core=False)
d.F("about 90%", 90, ["percent"], "percent", "about", ["export", "china"])
d.F("about $2.50 a barrel", 2.5, ["usd", "usd per barrel"], "money", "about", ["discount", "iranian light"])
d.F("$1.50", 1.5, ["usd", "usd per barrel"], "money", subject_any=["discount"])
d.F("$72.53 a barrel", 72.53, ["usd", "usd per barrel"], "money", subject_any=["brent"])
d.F("1.8%", 1.8, ["percent"], "percent", subject_any=["brent"])
d.F("less than 10 percent", 10, ["percent"], "percent", "less_than", ["export", "level"])
d.F("about 2.5 million bpd", 2.5e6, BPD, "measure", "about", ["export"])
d.F("under 300,000 bpd", 3e5, BPD, "measure", "less_than", ["export"])
d.F("eight importers", 8, ["importer"], "count", subject_any=["importer", "waiver"])
d.F("several hundred tankers", None, ["tanker"], "count", "about", core=False)
d.F("at least 180 tankers", 180, ["tanker"], "count", "at_least", ["tanker"])
d.F("the past 12 months", 12, ["month"], "duration", core=False)
d.F("about 22 million barrels", 2.2e7, ["barrel"], "measure", "about", ["crude", "storage", "tanker"])
d.F("35%", 35, ["percent"], "percent", subject_any=["crude", "storage", "tanker"])
d.F("about $53 billion", 5.3e10, ["usd"], "money", "about", ["revenue", "oil"])
d.F("$16 billion", 1.6e10, ["usd"], "money", subject_any=["revenue", "oil"])
# events
d.EV("designated more than 30 people", ["designation", "sanction"], D(2025, 2, 24), ["treasury", "united states"])
d.EV("Treasury sanctioned an international network", ["sanction", "designation"], D(2025, 2, 6), ["treasury", "united states"])
d.EV("said Priya Kannan", ["statement"], None, KN, core=False)
d.EV("The pressure campaign was restored", ["sanction"], D(2025, 2, 4), ["trump", "united states"])
d.EV("signed a memorandum", ["legislation"], D(2025, 2, 4), ["trump"])
d.EV("Treasury Secretary Scott Bessent said", ["statement"], None, ["bessent"])
d.EV("Washington ended sanction waivers", ["sanction"], D(2019, 5), ["united states", "washington"])
d.EV("said last week", ["statement"], ("2025-02-17", "2025-02-23"), ["paknejad"])
d.EV("said Omar Haddad", ["statement"], None, ["haddad"], core=False)
d.EV("European governments have threatened to trigger", ["threat", "sanction"], None, ["europe"], core=False)
d.EV("Kannan said", ["statement"], None, KN, core=False)
d.save()
