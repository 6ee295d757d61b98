import sys; sys.path.insert(0, __import__("os").path.dirname(__file__))
from h14 import write, PDoc, D, R

DOC = "ho14-markets-wire-keypoints-khamenei-talks-oil-rial"
PUB = "2025-04-15"  # a Tuesday
TEXT = """Oil Slips and Rial Gives Back Gains as Khamenei Tempers Hopes for US Talks
By Priya Venkataraman-Holt and Arash Delavar-Quinn
April 15, 2025 at 2:41 PM GMT+1
Updated on April 15, 2025 at 5:18 PM GMT+1

Key points
• Khamenei says talks with US went well "in the first steps" but warns against optimism
• Brent falls as much as 1.9% as traders weigh the odds of more Iranian barrels
• Rial weakens about 4% on Tehran's open market after Monday's rally

(Updates with analyst comment in seventh paragraph, rial close.)

Oil fell and Iran's currency surrendered part of its recent rally after Supreme Leader Ayatollah Ali Khamenei said the opening round of negotiations with the US had gone well but warned Iranians not to tie their hopes to it.

Brent crude for June settlement dropped as much as 1.9% to $63.62 a barrel in London on Tuesday, before trimming losses to trade at $64.31 at 4:50 p.m. local time. West Texas Intermediate slipped 1.4% to $60.67.

Speaking to the heads of the judiciary, parliament and government in Tehran on Tuesday, Khamenei said the talks in Muscat had been "well carried out in their initial steps," according to a transcript posted on his official website. "We are neither overly optimistic nor overly pessimistic about them," he said, adding that the country's economic planning should not wait on the outcome.

Foreign Minister Abbas Araghchi and US special envoy Steve Witkoff held more than two hours of indirect talks through Omani mediators in Muscat on Saturday, before speaking face to face for several minutes, both sides said. A second round is expected on Saturday.

"The market had priced in a quick thaw, and the Leader just told everyone to slow down," said Camille Okoro-Brandt, a commodities strategist at Harcastle Partners in Geneva. "Iranian supply isn't going anywhere soon, but the risk premium that came out on Monday is creeping back in."

Iran's rial weakened to about 852,000 per dollar on Tehran's open market on Tuesday, according to the currency-tracking service Arzwatch, from about 818,000 on Monday, when it posted its strongest gain since January. The currency traded above 1,040,000 per dollar as recently as April 6, a record low.

"Nobody in Tehran is spending dollars on the strength of a meeting in Muscat," said Behrang Sotoudeh-Lane, an economist at Fardad Research in Tehran, speaking by phone. "People remember 2018."

The Tehran Stock Exchange's main index fell 2.3%, after climbing 6% over the previous two sessions.

Iran pumped about 3.3 million barrels a day in March, according to data compiled by Copperline, and exported roughly 1.6 million barrels a day, most of it to independent refiners in China. Analysts at Saltmarsh Energy estimate that a deal easing US sanctions could add as much as 500,000 barrels a day to Iranian exports within a year.

Witkoff said in a television interview on Monday that Iran "does not need to enrich past 3.67%," the cap set by the 2015 nuclear accord. Iranian officials have said the right to enrich is not negotiable.

President Donald Trump told reporters aboard Air Force One on Monday that he would decide "very quickly" on Iran. He added that Tehran must not get "anywhere close" to a nuclear weapon.

Trump pulled the US out of the 2015 accord on May 8, 2018, and reimposed sanctions that cut Iran's oil exports by more than 80%. He restored his "maximum pressure" campaign with a memorandum signed on Feb. 4. In March he sent Khamenei a letter proposing negotiations.

Khamenei told air force commanders on Feb. 7 that negotiating with Washington was "not intelligent, wise or honorable."

--With assistance from Lin Zhaoyu and Ferhat Akgul.

To contact the reporters on this story:
Priya Venkataraman-Holt in London
Arash Delavar-Quinn in Dubai
"""
NOTE = ("held-out evaluation article written for the project; not a real publication. Imitates the layout of a "
        "Bloomberg-style markets-and-politics wire story (Key points box, update line, contact lines). Publisher "
        "Copperline News, the reporters, the analysts, Harcastle Partners, Fardad Research, Saltmarsh Energy and "
        "Arzwatch are invented; prices and rial rates are plausible, not exact; Khamenei's, Witkoff's and Trump's "
        "words are paraphrased.")
write(DOC, "Oil Slips and Rial Gives Back Gains as Khamenei Tempers Hopes for US Talks", "Copperline News",
      PUB, TEXT, NOTE, author="Priya Venkataraman-Holt and Arash Delavar-Quinn")

d = PDoc(DOC, PUB)
TUE, MON, SAT, NSAT = D(2025, 4, 15), D(2025, 4, 14), D(2025, 4, 12), D(2025, 4, 19)
KH = ["khamenei"]
TR = ["trump"]
WI = ["witkoff"]
# quotes
d.Q("in the first steps", ["partial"], "Ali Khamenei", KH, TUE, core=False)  # key point repeating the body
d.Q("well carried out in their initial steps,", ["partial"], "Ali Khamenei", KH, TUE)
d.Q("We are neither overly optimistic nor overly pessimistic about them,", ["direct"], "Ali Khamenei", KH, TUE)
d.Q("The market had priced in a quick thaw, and the Leader just told everyone to slow down,", ["direct"], "Camille Okoro-Brandt", ["okoro-brandt", "okoro"])
d.Q("Iranian supply isn't going anywhere soon, but the risk premium that came out on Monday is creeping back in.", ["direct"], "Camille Okoro-Brandt", ["okoro-brandt", "okoro"])
d.Q("Nobody in Tehran is spending dollars on the strength of a meeting in Muscat,", ["direct"], "Behrang Sotoudeh-Lane", ["sotoudeh"])
d.Q("People remember 2018.", ["direct"], "Behrang Sotoudeh-Lane", ["sotoudeh"])
d.Q("does not need to enrich past 3.67%,", ["partial"], "Steve Witkoff", WI, MON)
d.Q("very quickly", ["partial"], "Donald Trump", TR, MON)
d.Q("anywhere close", ["partial"], "Donald Trump", TR, MON)
d.Q("maximum pressure", ["term"], None, (), core=False)
d.Q("not intelligent, wise or honorable.", ["partial"], "Ali Khamenei", KH, D(2025, 2, 7))

# figures
d.F("as much as 1.9%", 1.9, ["percent"], "percent", "up_to", ["brent"])
d.F("about 4%", 4, ["percent"], "percent", "about", ["rial"])
d.F("as much as 1.9%", 1.9, ["percent"], "percent", "up_to", ["brent"], occ=1)
d.F("$63.62 a barrel", 63.62, ["usd", "usd per barrel"], "money", subject_any=["brent"])
d.F("$64.31", 64.31, ["usd", "usd per barrel"], "money", subject_any=["brent"])
d.F("1.4%", 1.4, ["percent"], "percent", subject_any=["west texas", "wti"])
d.F("$60.67", 60.67, ["usd", "usd per barrel"], "money", subject_any=["west texas", "wti"])
d.F("more than two hours", 2, ["hour"], "duration", "more_than", ["talks"])
d.F("several minutes", 3, ["minute"], "duration", "about", core=False)
d.F("about 852,000", 852000, ["irr", "rial"], "money", "about", ["rial", "dollar"])
d.F("about 818,000", 818000, ["irr", "rial"], "money", "about", ["rial", "dollar"])
d.F("above 1,040,000", 1040000, ["irr", "rial"], "money", "more_than", ["currency", "rial", "dollar"])
d.F("2.3%", 2.3, ["percent"], "percent", subject_any=["index", "stock exchange"])
d.F("6%", 6, ["percent"], "percent", subject_any=["index", "stock exchange"])
d.F("two sessions", 2, ["session"], "duration", core=False)
d.F("about 3.3 million barrels a day", 3.3e6, ["barrel per day"], "measure", "about", ["iran", "pumped", "output"])
d.F("roughly 1.6 million barrels a day", 1.6e6, ["barrel per day"], "measure", "about", ["export"])
d.F("as much as 500,000 barrels a day", 5e5, ["barrel per day"], "measure", "up_to", ["export"])
d.F("within a year", 1, ["year"], "duration", "at_most", core=False)
d.F("3.67%", 3.67, ["percent"], "percent", subject_any=["enrich"])
d.F("more than 80%", 80, ["percent"], "percent", "more_than", ["export"])

# events: market moves are core-false `other` rows (dev-n); headline and Key points are core false
d.V("Oil Slips and Rial Gives Back Gains", "Tempers Hopes", ["statement"], TUE, KH, core=False)
d.V("Oil Slips and Rial Gives Back Gains", "Slips", ["other"], TUE, core=False)
d.V("Khamenei says talks with US went well", "says", ["statement"], TUE, KH, core=False)
d.V("Brent falls as much as 1.9%", "falls", ["other"], TUE, core=False)
d.V("Rial weakens about 4%", "weakens", ["other"], TUE, core=False)
d.V("Oil fell and Iran's currency surrendered", "fell", ["other"], TUE, core=False)
d.V("Oil fell and Iran's currency surrendered", "said", ["statement"], TUE, KH)
d.V("Oil fell and Iran's currency surrendered", "opening round of negotiations", ["negotiation"], SAT, ["united states", "iran"], core=False)
d.V("Brent crude for June settlement dropped", "dropped", ["other"], TUE, core=False)
d.V("Speaking to the heads of the judiciary", "said", ["statement"], TUE, KH)
d.V("\"We are neither overly optimistic", "he said", ["statement"], TUE, KH, core=False)
d.V("Foreign Minister Abbas Araghchi and US special envoy Steve Witkoff held", "held", ["negotiation"], SAT, ["araghchi", "witkoff", "iran", "united states"])
d.V("Foreign Minister Abbas Araghchi and US special envoy Steve Witkoff held", "speaking face to face", ["negotiation"], SAT, ["araghchi", "witkoff"], core=False)
d.V("A second round is expected on Saturday.", "second round", ["negotiation"], NSAT, core=False)
d.V("\"The market had priced in", "said Camille Okoro-Brandt", ["statement"], None, ["okoro"], core=False)
d.V("Iran's rial weakened to about 852,000", "weakened", ["other"], TUE, core=False)
d.V("The currency traded above 1,040,000", "traded", ["other"], D(2025, 4, 6), core=False)
d.V("\"Nobody in Tehran is spending dollars", "said Behrang Sotoudeh-Lane", ["statement"], None, ["sotoudeh"], core=False)
d.V("The Tehran Stock Exchange's main index fell", "fell", ["other"], TUE, core=False)
d.V("Witkoff said in a television interview on Monday", "said", ["statement"], MON, WI)
d.V("Witkoff said in a television interview on Monday", "set by the 2015 nuclear accord", ["agreement"], D(2015), core=False)
d.V("Iranian officials have said the right to enrich", "have said", ["statement"], None, ["iran", "official"], core=False)
d.V("President Donald Trump told reporters aboard Air Force One", "told reporters", ["statement"], MON, TR)
d.V("He added that Tehran must not get", "added", ["statement"], MON, TR, core=False)
d.V("Trump pulled the US out of the 2015 accord", "pulled the US out", ["withdrawal"], D(2018, 5, 8), TR + ["united states"])
d.V("Trump pulled the US out of the 2015 accord", "reimposed sanctions", ["sanction"], R(D(2018, 5, 8), D(2018, 11, 30)), TR + ["united states"])
d.V("He restored his \"maximum pressure\" campaign", "restored", ["sanction"], D(2025, 2, 4), TR)
d.V("He restored his \"maximum pressure\" campaign", "signed", ["legislation"], D(2025, 2, 4), TR)
d.V("In March he sent Khamenei a letter", "sent", ["statement", "negotiation", "other"], D(2025, 3), TR)
d.V("Khamenei told air force commanders on Feb. 7", "told", ["statement"], D(2025, 2, 7), KH)
d.save()
