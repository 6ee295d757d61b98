from mk import write
from ann import Doc, D, R

DOC = "ho5-markets-wire-iran-waivers-brent"
PUB = "2019-04-24"
TEXT = """TIDEWATER COMMODITIES WIRE

OIL-Brent holds near six-month high as Iran 'zero exports' deadline nears

LONDON/SINGAPORE, April 24 (Tidewater) - Oil prices hovered near their highest in almost six months on Wednesday, as traders weighed the end of U.S. sanctions waivers for buyers of Iranian crude against promises from Saudi Arabia and its allies to keep the market supplied.

Brent crude futures were down 21 cents, or 0.3 percent, at $74.30 a barrel by 0930 GMT, after touching $74.70 on Tuesday, the highest since Nov. 1. U.S. West Texas Intermediate (WTI) crude slipped 0.2 percent to $66.14.

Both benchmarks have gained more than 3 percent since Monday, when the White House said it would not renew the waivers that let eight economies keep buying limited volumes of Iranian oil. The exemptions, granted in November, expire on May 2.

"The market has priced in most of the lost barrels, but not the risk that comes with them," said Olivia Grant, head of energy research at Halden Securities in London. "If you take a million barrels a day out of a tight market, every tanker in the Gulf becomes a headline."

Iranian exports have already fallen sharply. Tanker-tracking data compiled by Tidewater show Iran shipped about 1.1 million barrels per day (bpd) of crude in April, down from roughly 2.5 million bpd in April 2018, the month before President Donald Trump pulled the United States out of the 2015 nuclear deal and ordered sanctions reimposed.

China, Iran's largest customer, took about 475,000 bpd last month, and India about 300,000 bpd, according to the data. Chinese buyers are likely to keep taking "some volumes, quietly," said Rajiv Menon, an analyst at Kestrel Energy Advisers in Singapore. Beijing's foreign ministry said on Tuesday that it opposed "unilateral sanctions" and that its cooperation with Iran was "open, transparent and lawful."

Two Indian refiners have stopped placing orders for May, a trader in Mumbai said. "Nobody wants to be holding an Iranian cargo on the second of May," he said.

Saudi Energy Minister Khalid al-Falih said on Monday the kingdom would coordinate with other producers to ensure "adequate supplies," but gave no figure. Riyadh pumped about 9.8 million bpd in March, well below its capacity of around 12 million bpd, according to OPEC secondary sources.

Some analysts doubt the spare barrels will come quickly. "Saudi Arabia has said the right things. It has not yet said when," a Singapore-based trader said.

Iran has answered with threats. The commander of the Revolutionary Guards navy, Alireza Tangsiri, said on Monday that Iran would close the Strait of Hormuz if it were prevented from using it, according to the Fars news agency. Roughly a fifth of the world's oil consumption passes through the waterway.

Oil Minister Bijan Zanganeh struck a more defiant tone on Wednesday, saying Washington's goal of cutting Iran's exports to zero would "never be achieved."

"They tried this in 2012, and they failed. We have been selling oil under sanctions for forty years," he told reporters in Tehran.

Shipping data show at least nine Iranian-owned supertankers have switched off their transponders in the past month, a tactic used during the last round of sanctions in 2012-2015 to disguise destinations. Each of the very large crude carriers (VLCCs) can hold up to 2 million barrels. Freight rates for VLCCs on the Middle East-to-China route rose nearly 12 percent this week, brokers said.

The State Department said on Tuesday that it had no plans to grant grace periods beyond May 2. "We are going to zero. We're going to zero across the board," a senior State Department official told reporters on a conference call, speaking on condition of anonymity.

Analysts at Halden estimate the waiver decision could add $3 to $5 a barrel to Brent by the end of the second quarter if Saudi Arabia is slow to respond.

(Reporting by Tom Ashcroft in London and Mei Lin Tan in Singapore; Editing by Paul Renner)
"""
write(DOC, "OIL-Brent holds near six-month high as Iran 'zero exports' deadline nears", "Tidewater Commodities Wire", PUB, TEXT)

d = Doc(DOC, PUB)
MON = D(2019, 4, 22)
TUE = D(2019, 4, 23)
WED = D(2019, 4, 24)
US = ["united states", "white house", "trump", "washington", "state department"]
BPD = ["barrel per day"]
PB = ["usd per barrel", "usd/barrel", "usd a barrel", "usd"]
CN = ["china", "chinese", "beijing", "foreign ministry"]
# quotes
d.Q("zero exports", ["term"], None, (), core=False)
d.Q("The market has priced in most of the lost barrels, but not the risk that comes with them,", ["direct"], "Olivia Grant", ["grant"])
d.Q("If you take a million barrels a day out of a tight market, every tanker in the Gulf becomes a headline.", ["direct"], "Olivia Grant", ["grant"])
d.Q("some volumes, quietly,", ["partial"], "Rajiv Menon", ["menon"])
d.Q("unilateral sanctions", ["partial", "term"], "Ministry of Foreign Affairs of China", CN, TUE)
d.Q("open, transparent and lawful.", ["partial"], "Ministry of Foreign Affairs of China", CN, TUE)
d.Q("Nobody wants to be holding an Iranian cargo on the second of May,", ["direct"], None, ())
d.Q("adequate supplies,", ["partial"], "Khalid al-Falih", ["falih"], MON)
d.Q("Saudi Arabia has said the right things. It has not yet said when,", ["direct"], None, ())
d.Q("never be achieved.", ["partial"], "Bijan Zanganeh", ["zanganeh"], WED)
d.Q("They tried this in 2012, and they failed. We have been selling oil under sanctions for forty years,", ["direct"], "Bijan Zanganeh", ["zanganeh"], WED)
d.Q("We are going to zero. We're going to zero across the board,", ["direct"], None, (), TUE)
# figures
d.F("six-month", 6, ["month"], "duration", core=False, occ=0)
d.F("almost six months", 6, ["month"], "duration", "about", core=False)
d.F("21 cents", 0.21, ["usd", "cent"], "money", subject_any=["brent", "futures"])
d.F("0.3 percent", 0.3, ["percent"], "percent", subject_any=["brent", "futures"])
d.F("$74.30 a barrel", 74.3, PB, "money", subject_any=["brent", "futures"])
d.F("0930 GMT", 9.5, ["hour", "o'clock"], "measure", core=False)
d.F("$74.70", 74.7, PB, "money", subject_any=["brent"])
d.F("0.2 percent", 0.2, ["percent"], "percent", subject_any=["wti", "west texas", "crude"])
d.F("$66.14", 66.14, PB, "money", subject_any=["wti", "west texas", "crude"])
d.F("more than 3 percent", 3, ["percent"], "percent", "more_than", ["benchmark"])
d.F("eight economies", 8, ["economy"], "count", subject_any=["econom", "waiver"])
d.F("a million barrels a day", 1e6, BPD, "measure", subject_any=["barrel", "market"])
d.F("about 1.1 million barrels per day", 1.1e6, BPD, "measure", "about", ["iran", "crude", "export", "shipped"])
d.F("roughly 2.5 million bpd", 2.5e6, BPD, "measure", "about", ["iran", "crude", "export"])
d.F("about 475,000 bpd", 475000, BPD, "measure", "about", ["china"])
d.F("about 300,000 bpd", 300000, BPD, "measure", "about", ["india"])
d.F("Two Indian refiners", 2, ["indian refiner", "refiner"], "count", subject_any=["refiner"])
d.F("about 9.8 million bpd", 9.8e6, BPD, "measure", "about", ["riyadh", "saudi", "pumped"])
d.F("around 12 million bpd", 12e6, BPD, "measure", "about", ["capacity"])
d.F("Roughly a fifth", None, ["percent", "fifth"], "percent", "about", core=False)
d.F("zero", 0, ["barrel per day", "export"], "measure", core=False, occ=0, ctx=("exports to zero",))
d.F("forty years", 40, ["year"], "duration", subject_any=["selling oil", "oil", "sanction"])
d.F("at least nine Iranian-owned supertankers", 9, ["iranian-owned supertanker", "supertanker", "tanker"], "count", "at_least", ["supertanker", "tanker"])
d.F("up to 2 million barrels", 2e6, ["barrel"], "measure", "up_to", ["vlcc", "carrier"])
d.F("nearly 12 percent", 12, ["percent"], "percent", "about", ["freight", "rate"])
d.F("zero", 0, ["barrel per day", "export"], "measure", core=False, occ=0, ctx=("We are going to zero.",))
d.F("zero", 0, ["barrel per day", "export"], "measure", core=False, occ=0, ctx=("We're going to zero",))
d.F("$3 to $5 a barrel", 3, PB, "money", subject_any=["brent", "waiver"], value_max=5)
# events
d.E("OIL-Brent holds near six-month high as Iran 'zero exports' deadline nears", "deadline", ["sanction"], D(2019, 5, 2), US, core=False)
s = "Both benchmarks have gained more than 3 percent since Monday, when the White House said it would not renew the waivers that let eight economies keep buying limited volumes of Iranian oil."
d.E(s, "the White House said it would not renew the waivers", ["sanction", "statement"], MON, US)
d.E("The exemptions, granted in November, expire on May 2.", "granted in November", ["sanction", "agreement", "other"], D(2018, 11), US)
d.E("The exemptions, granted in November, expire on May 2.", "expire on May 2", ["sanction", "other"], D(2019, 5, 2), US, core=False)
s = "Tanker-tracking data compiled by Tidewater show Iran shipped about 1.1 million barrels per day (bpd) of crude in April, down from roughly 2.5 million bpd in April 2018, the month before President Donald Trump pulled the United States out of the 2015 nuclear deal and ordered sanctions reimposed."
d.E(s, "pulled the United States out of the 2015 nuclear deal", ["withdrawal"], D(2018, 5), ["trump", "united states"])
d.E(s, "ordered sanctions reimposed", ["sanction", "legislation"], D(2018, 5), ["trump", "united states"])
d.E("Beijing's foreign ministry said on Tuesday that it opposed \"unilateral sanctions\" and that its cooperation with Iran was \"open, transparent and lawful.\"",
    "said on Tuesday", ["statement"], TUE, CN)
d.E("Two Indian refiners have stopped placing orders for May, a trader in Mumbai said.", "have stopped placing orders", ["other"], None, ["refiner", "india"], core=False)
d.E("\"Nobody wants to be holding an Iranian cargo on the second of May,\" he said.", "he said", ["statement"], None, core=False)
d.E("Saudi Energy Minister Khalid al-Falih said on Monday the kingdom would coordinate with other producers to ensure \"adequate supplies,\" but gave no figure.",
    "said on Monday", ["statement"], MON, ["falih", "saudi"])
d.E("The commander of the Revolutionary Guards navy, Alireza Tangsiri, said on Monday that Iran would close the Strait of Hormuz if it were prevented from using it, according to the Fars news agency.",
    "would close the Strait of Hormuz", ["threat"], MON, ["tangsiri", "revolutionary guard", "irgc", "iran"])
d.E("Oil Minister Bijan Zanganeh struck a more defiant tone on Wednesday, saying Washington's goal of cutting Iran's exports to zero would \"never be achieved.\"",
    "struck a more defiant tone on Wednesday", ["statement"], WED, ["zanganeh"])
d.E("\"They tried this in 2012, and they failed.", "They tried this in 2012", ["sanction"], D(2012), US + ["they"], core=False)
d.E("We have been selling oil under sanctions for forty years,\" he told reporters in Tehran.", "he told reporters in Tehran", ["statement"], WED, ["zanganeh"], core=False)
s = "Shipping data show at least nine Iranian-owned supertankers have switched off their transponders in the past month, a tactic used during the last round of sanctions in 2012-2015 to disguise destinations."
d.E(s, "the last round of sanctions in 2012-2015", ["sanction"], R(D(2012), D(2015)))
d.E(s, "have switched off their transponders", ["other"], ("2019-03-24", "2019-04-24"), core=False)
d.E("The State Department said on Tuesday that it had no plans to grant grace periods beyond May 2.", "said on Tuesday", ["statement", "sanction"], TUE, ["state department", "united states"])
d.E("\"We are going to zero.", "We are going to zero", ["sanction", "statement"], TUE, US, core=False)
d.E("We're going to zero across the board,\" a senior State Department official told reporters on a conference call, speaking on condition of anonymity.",
    "told reporters on a conference call", ["statement"], TUE, ["state department", "official", "united states"], core=False)
d.save()
