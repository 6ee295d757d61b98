import sys; sys.path.insert(0, __import__("os").path.dirname(__file__))
from h16 import write, PDoc, D, R, words

DOC = "ho16-bloomberg-waivers-expire-iran-oil-rial"
PUB = "2019-05-02"  # a Thursday
TEXT = """Iran Loses Its Last Legal Oil Buyers as U.S. Waivers Lapse, Rial Slides

By Golnar Vance-Heshmati and Tobias Lindgren-Acheson
May 2, 2019, 7:14 AM EDT

Iran lost its last legal customers for crude on Thursday as U.S. sanctions waivers for eight buyers expired, a move that threatens to halve the country's already shrunken exports and deepen the slump in its currency.

The Trump administration said on April 22 it wouldn't renew the exemptions it granted in November to China, India, Japan, South Korea, Taiwan, Turkey, Italy and Greece. Five of those buyers had already stopped purchases, according to tanker-tracking data compiled by Bloomberg, leaving China, India and Turkey as the only significant importers in April.

Iran shipped about 1.1 million barrels a day in April, down from about 2.5 million in April 2018, the month before President Donald Trump abandoned the 2015 nuclear accord, the data show. Some traders expect flows to drop below 500,000 barrels a day in May, people familiar with the matter said, asking not to be identified because the information is private.

Trump said in a Twitter post on April 22 that Saudi Arabia and other OPEC members would "more than make up" for any lost Iranian supply.

Brent crude rose 0.8% to $72.75 a barrel in London on Thursday, after climbing to a six-month high of $75.60 on April 25. The rial weakened to about 150,000 per dollar on Tehran's open market, according to currency-tracking website Tehran FX Watch, compared with 42,000 at the official rate.

"The market has been pricing in this moment for three weeks, but what it hasn't priced in is Iran deciding it has nothing left to lose," Oksana Beaumont-Reyes, head of commodities strategy at Halden Markets in London, said in an interview with Bloomberg Television on Wednesday. "If Tehran starts leaning on the Strait of Hormuz, $85 oil will look cheap."

Iran's Oil Minister Bijan Zanganeh said on Wednesday that the country would keep selling crude through "unofficial channels" and that Washington's aim of halting its exports was "a dream that will not come true," according to the ministry's news service Shana. Supreme Leader Ayatollah Ali Khamenei told a gathering of workers in Tehran the same day that the U.S. campaign "will go nowhere."

Iran's central bank has drawn on its reserves to slow the rial's decline, selling about $200 million to exchange houses in the past week, according to two people familiar with the matter. A central bank spokesman declined to comment.

Year of Pressure

The end of the waivers caps a year of escalating pressure. Trump pulled the U.S. out of the nuclear accord in May 2018, reimposed sanctions on Iran's oil and banking sectors in November and on April 8 designated the Islamic Revolutionary Guard Corps a foreign terrorist organization, the first time the U.S. has applied the label to part of another country's armed forces.

The International Monetary Fund forecasts that Iran's economy will shrink 6% this year, and food prices have risen more than 50% from a year earlier, according to the Statistical Center of Iran.

Mistrust runs deep on both sides. The U.S. helped engineer the 1953 coup that ousted Prime Minister Mohammad Mossadegh after he nationalized the oil industry, and the two countries have had no diplomatic ties since Iranian students seized the U.S. Embassy in Tehran in 1979.

"Nobody here plans beyond next week," said Reza Amini-Falk, who imports auto parts from Dubai, by telephone from Tehran. "People remember what happened to the rial last summer, and they are buying dollars, gold, anything they can hold."

— With assistance from Arsalan Shahla-Nord and Grant Holloway-Smith
"""
NOTE = ("held-out evaluation article written for the project; not a real publication. Imitates the layout and "
        "attribution habits of a Bloomberg News markets-and-politics story (title-case headline, two-writer byline, "
        "`May 2, 2019, 7:14 AM EDT` line, \"people familiar with the matter\", \"said in an interview with Bloomberg "
        "Television\", a subhead, \"— With assistance from …\"). The writers and contributors, Oksana Beaumont-Reyes "
        "and Halden Markets, Tehran FX Watch, Reza Amini-Falk and the central-bank sale are invented; the words given "
        "to Zanganeh and Khamenei are invented or paraphrased (\"more than make up\" paraphrases Trump's post of "
        "22 April 2019); tanker, price and rial figures are plausible, not checked.")
write(DOC, "Iran Loses Its Last Legal Oil Buyers as U.S. Waivers Lapse, Rial Slides",
      "Bloomberg News (style imitation)", PUB, TEXT, NOTE, author="Golnar Vance-Heshmati and Tobias Lindgren-Acheson")

d = PDoc(DOC, PUB)
THU, WED = D(2019, 5, 2), D(2019, 5, 1)
A22 = D(2019, 4, 22)
BR = ["beaumont-reyes", "beaumont"]
ZA = ["zanganeh"]
KH = ["khamenei"]
TR = ["trump"]
AF = ["amini-falk", "amini"]

# quotes
d.Q("more than make up", ["partial"], "Donald Trump", TR, A22)
d.Q("The market has been pricing in this moment for three weeks, but what it hasn't priced in is Iran deciding it has nothing left to lose,",
    ["direct"], "Oksana Beaumont-Reyes", BR, WED)
d.Q("If Tehran starts leaning on the Strait of Hormuz, $85 oil will look cheap.", ["direct"], "Oksana Beaumont-Reyes", BR, WED)
d.Q("unofficial channels", ["partial"], "Bijan Zanganeh", ZA, WED)
d.Q("a dream that will not come true,", ["partial"], "Bijan Zanganeh", ZA, WED)
d.Q("will go nowhere.", ["partial"], "Ali Khamenei", KH, WED)
d.Q("Nobody here plans beyond next week,", ["direct"], "Reza Amini-Falk", AF)
d.Q("People remember what happened to the rial last summer, and they are buying dollars, gold, anything they can hold.", ["direct"], "Reza Amini-Falk", AF)

# figures
d.F("eight buyers", 8, ["buyer"], "count", subject_any=["buyer", "waiver"])
d.F("Five of those buyers", 5, ["buyer"], "count", subject_any=["buyer", "stopped"])
d.F("about 1.1 million barrels a day", 1.1e6, ["barrel per day", "barrel a day"], "measure", "about", ["iran", "shipped", "export"])
d.F("about 2.5 million", 2.5e6, ["barrel per day", "barrel a day"], "measure", "about", ["iran", "shipped", "export"])
d.F("below 500,000 barrels a day", 5e5, ["barrel per day", "barrel a day"], "measure", "less_than", ["flow"])
d.F("0.8%", 0.8, ["percent"], "percent", subject_any=["brent"])
d.F("$72.75 a barrel", 72.75, ["usd", "usd per barrel"], "money", subject_any=["brent"])
d.F("six-month", 6, ["month"], "duration", core=False)
d.F("$75.60", 75.6, ["usd", "usd per barrel"], "money", subject_any=["brent", "high"])
d.F("about 150,000", 150000, ["irr", "rial"], "money", "about", ["rial", "dollar"])
d.F("42,000", 42000, ["irr", "rial"], "money", subject_any=["official rate", "official"])
d.F("three weeks", 3, ["week"], "duration", core=False)
d.F("$85 oil", 85, ["usd", "usd per barrel"], "money", subject_any=["oil"])
d.F("about $200 million", 2e8, ["usd"], "money", "about", ["central bank", "selling", "reserve"])
d.F("the past week", 1, ["week"], "duration", core=False)
d.F("two people", 2, ["person"], "count", core=False)
d.F("6%", 6, ["percent"], "percent", subject_any=["economy", "shrink"])
d.F("more than 50%", 50, ["percent"], "percent", "more_than", ["food price", "price"])
d.F("the two countries", 2, ["country"], "count", core=False)

# events (market moves core false, part N)
d.V("Iran Loses Its Last Legal Oil Buyers", "Lapse", ["sanction", "other"], THU, core=False)
d.V("Iran Loses Its Last Legal Oil Buyers", "Slides", ["other"], THU, core=False)
d.V("Iran lost its last legal customers", "expired", ["sanction", "other"], THU)
d.V("Iran lost its last legal customers", "lost", ["other"], THU, core=False)
d.V("The Trump administration said on April 22", "said", ["statement"], A22, ["trump", "administration", "united states"])
d.V("The Trump administration said on April 22", "granted", ["sanction", "other", "agreement"], D(2018, 11), ["trump", "administration", "united states"])
d.V("Five of those buyers had already stopped", "had already stopped", ["other"], None, core=False)
d.V("Iran shipped about 1.1 million barrels", "shipped", ["other"], D(2019, 4), ["iran"], core=False)
d.V("Iran shipped about 1.1 million barrels", "abandoned", ["withdrawal"], D(2018, 5), TR + ["united states"])
d.V("Some traders expect flows to drop", "said", ["statement"], None, core=False)
d.V("Trump said in a Twitter post on April 22", "said in a Twitter post", ["statement"], A22, TR)
d.V("Brent crude rose 0.8%", "rose", ["other"], THU, core=False)
d.V("Brent crude rose 0.8%", "climbing", ["other"], D(2019, 4, 25), core=False)
d.V("The rial weakened to about 150,000", "weakened", ["other"], THU, core=False)
d.V("\"The market has been pricing in", "said in an interview with Bloomberg Television", ["statement"], WED, BR, core=False)
d.V("Iran's Oil Minister Bijan Zanganeh said on Wednesday", "said", ["statement"], WED, ZA)
d.V("Supreme Leader Ayatollah Ali Khamenei told a gathering", "told", ["statement"], WED, KH)
d.V("Iran's central bank has drawn on its reserves", "selling", ["other"], R(D(2019, 4, 25), THU), ["central bank"], core=False)
d.V("A central bank spokesman declined to comment.", "declined to comment", ["statement"], None, core=False)
d.V("Trump pulled the U.S. out of the nuclear accord in May 2018", "pulled the U.S. out", ["withdrawal"], D(2018, 5), TR + ["united states"])
d.V("Trump pulled the U.S. out of the nuclear accord in May 2018", "reimposed sanctions", ["sanction"], D(2018, 11), TR + ["united states"])
d.V("Trump pulled the U.S. out of the nuclear accord in May 2018", "designated", ["designation", "sanction"], D(2019, 4, 8), TR + ["united states"])
d.V("The International Monetary Fund forecasts", "forecasts", ["statement"], None, ["monetary fund", "imf"], core=False)
d.V("The International Monetary Fund forecasts", "have risen", ["other"], None, core=False)
d.V("The U.S. helped engineer the 1953 coup", "coup", ["coup"], D(1953), ["united states", "u.s"])
d.V("The U.S. helped engineer the 1953 coup", "nationalized", ["legislation", "other"], None, ["mossadegh", "mosaddegh"])
d.V("The U.S. helped engineer the 1953 coup", "have had no diplomatic ties", ["other", "withdrawal"], None, core=False)
d.V("The U.S. helped engineer the 1953 coup", "seized", ["seizure"], D(1979), ["student"])
d.V("\"Nobody here plans beyond next week,\"", "said Reza Amini-Falk", ["statement"], None, AF, core=False)
d.save()
print(DOC, words(DOC), "words")
