from mk import write
from ann import Doc, D, R

DOC = "ho8-research-note-snapback-oil-scenarios"
PUB = "2025-10-07"
TEXT = """HARBOURVIEW SECURITIES | COMMODITIES RESEARCH
Oil Strategy Note | 7 October 2025

Snapback is back: what UN sanctions on Iran mean for crude

Priyanka Das-Whitfield, Head of Commodities Research
Tomas Rendell, Energy Strategist

Key takeaways
- UN sanctions on Iran returned on 28 September, a month after France, Germany and the United Kingdom triggered the "snapback" mechanism of the 2015 nuclear deal. We expect little immediate change in Iranian export volumes, which averaged about 1.8 million barrels per day (mb/d) in September, roughly 90% of it bound for China.
- We keep our fourth-quarter Brent forecast at $64 a barrel and lower our 2026 average to $60.
- Our base case is leaky enforcement. The alternatives are a bull case driven by renewed military escalation and a bear case in which talks resume.

What happened

The three European governments, known as the E3, notified the Security Council on 28 August that Iran was in "significant non-performance" of its commitments, starting a 30-day clock. A resolution that would have kept sanctions relief in place failed in the Council on 19 September, and a Russian and Chinese draft to delay the return by six months was voted down on 26 September. The measures took effect at 00:00 GMT on 28 September. Iran recalled its ambassadors from the three European capitals for consultations the day before. China's foreign ministry said on Monday, 29 September, that the return of UN sanctions was "not constructive" and would only "complicate the search for a political settlement."

Secretary of State Marco Rubio said on the day the measures took effect that "diplomacy remains an option" if Tehran talks directly with Washington. Foreign Minister Abbas Araghchi said on Saturday that Iran would not "negotiate under the shadow of a guillotine." Oil Minister Mohsen Paknejad told state television last week that exports would continue "under any conditions."

The market shrugged. Brent settled at $65.47 a barrel on Monday after OPEC+ agreed on Sunday to raise its output target by 137,000 barrels per day in November, a smaller increase than many traders had expected. The group said the decision reflected "healthy market fundamentals."

Why volumes should hold, for now

"The barrels that matter were already sanctioned," says Das-Whitfield. "What snapback changes is the paperwork around them, not the tankers." U.S. sanctions on Iranian crude have been in force since November 2018, six months after Washington withdrew from the nuclear deal, and buyers in China's Shandong province have learned to work around them. Independent refiners there pay a discount of $6-8 a barrel to Brent for Iranian crude, and much of it reaches them on ageing tankers of the so-called "dark fleet," often after ship-to-ship transfers off Malaysia.

A Singapore-based crude trader put it more bluntly: "Nobody in Shandong reads Security Council resolutions." Rendell adds that "the discount is the sanction," and that it would take Chinese state banks or ports acting against the trade, not a UN vote, to cut volumes sharply.

Scenarios

- Base case, leaky enforcement (60%): Iranian exports ease to 1.5-1.7 mb/d by mid-2026 as freight and insurance costs rise. Brent averages $64 a barrel in Q4 2025 and $60 in 2026.
- Bull case, escalation (15%): Israel or the United States strikes Iranian facilities again, as in June, or Iran harasses shipping near the Strait of Hormuz, through which about a fifth of the world's oil passes. Exports fall below 1 mb/d and Brent trades at $75-80 for at least a quarter.
- Bear case, back to the table (25%): Washington and Tehran resume talks, enforcement slackens and Iranian barrels compete openly for market share just as OPEC+ unwinds its cuts. Brent falls to about $55 in 2026.

"Our bull case is not really a sanctions story; it is a missile story," Das-Whitfield says. "Twelve days in June showed how quickly a risk premium can appear and how quickly it can vanish." During that war Brent jumped by more than 10% before falling back below $70 within days of the 24 June ceasefire.

Disclaimer

This note has been prepared by Harbourview Securities Ltd for information purposes only. It does not constitute an offer or a solicitation to buy or sell any security or commodity. Forecasts are not a reliable indicator of future results, and the views expressed are those of the analysts named above and may change without notice. Harbourview Securities and its affiliates may hold positions in the instruments mentioned.
"""
write(DOC, "Snapback is back: what UN sanctions on Iran mean for crude", "Harbourview Securities", PUB, TEXT)

d = Doc(DOC, PUB)
PDW = ["das-whitfield", "whitfield"]
SAT = D(2025, 10, 4)
SUN = D(2025, 10, 5)
MON = D(2025, 10, 6)
# quotes
d.Q("snapback", ["term"], None)
d.Q("significant non-performance", ["partial", "term"], "E3", ["e3", "france", "germany", "united kingdom", "european"], D(2025, 8, 28))
d.Q("not constructive", ["partial"], "Chinese foreign ministry", ["china", "chinese", "beijing", "foreign ministry"], D(2025, 9, 29))
d.Q("complicate the search for a political settlement.", ["partial"], "Chinese foreign ministry", ["china", "chinese", "beijing", "foreign ministry"], D(2025, 9, 29))
d.Q("diplomacy remains an option", ["partial"], "Marco Rubio", ["rubio"], D(2025, 9, 28))
d.Q("negotiate under the shadow of a guillotine.", ["partial"], "Abbas Araghchi", ["araghchi"], SAT)
d.Q("under any conditions.", ["partial"], "Mohsen Paknejad", ["paknejad", "oil minister"], R(D(2025, 9, 29), D(2025, 10, 5)))
d.Q("healthy market fundamentals.", ["partial"], "OPEC+", ["opec"], SUN)
d.Q("The barrels that matter were already sanctioned,", ["direct"], "Priyanka Das-Whitfield", PDW)
d.Q("What snapback changes is the paperwork around them, not the tankers.", ["direct"], "Priyanka Das-Whitfield", PDW)
d.Q("dark fleet,", ["term"], None)
d.Q("Nobody in Shandong reads Security Council resolutions.", ["direct"], None)
d.Q("the discount is the sanction,", ["partial"], "Tomas Rendell", ["rendell"])
d.Q("Our bull case is not really a sanctions story; it is a missile story,", ["direct"], "Priyanka Das-Whitfield", PDW)
d.Q("Twelve days in June showed how quickly a risk premium can appear and how quickly it can vanish.", ["direct"], "Priyanka Das-Whitfield", PDW)
# figures
d.F("a month after", 1, ["month"], "duration", core=False)
d.F("about 1.8 million barrels per day", 1.8e6, ["barrel per day"], "measure", "about", ["export", "iran"])
d.F("roughly 90%", 90, ["percent"], "percent", "about", ["china", "export"])
d.F("$64 a barrel", 64, ["usd per barrel", "usd"], "money", subject_any=["brent", "forecast"])
d.F("$60", 60, ["usd per barrel", "usd"], "money", subject_any=["brent", "2026", "average"], ctx=("lower our 2026 average to $60.",))
d.F("The three European governments", 3, ["government", "european government"], "count", core=False)
d.F("the three European capitals", 3, ["capital", "european capital"], "count", core=False)
d.F("30-day", 30, ["day"], "duration", subject_any=["clock"])
d.F("six months", 6, ["month"], "duration", subject_any=["delay", "draft", "return"])
d.F("$65.47 a barrel", 65.47, ["usd per barrel", "usd"], "money", subject_any=["brent"])
d.F("137,000 barrels per day", 137000, ["barrel per day"], "measure", subject_any=["output", "opec", "target"])
d.F("six months after", 6, ["month"], "duration", core=False)
d.F("$6-8 a barrel", 6, ["usd per barrel", "usd"], "money", subject_any=["discount"], value_max=8)
d.F("60%", 60, ["percent"], "percent", subject_any=["base case", "probability"])
d.F("1.5-1.7 mb/d", 1.5e6, ["barrel per day"], "measure", subject_any=["export", "iran"], value_max=1.7e6)
d.F("$64 a barrel", 64, ["usd per barrel", "usd"], "money", subject_any=["brent"], occ=1)
d.F("$60", 60, ["usd per barrel", "usd"], "money", subject_any=["brent", "2026"], ctx=("Q4 2025 and $60 in 2026",))
d.F("15%", 15, ["percent"], "percent", subject_any=["bull", "probability"])
d.F("about a fifth", 20, ["percent"], "percent", "about", ["oil", "world"], core=False)
d.F("below 1 mb/d", 1e6, ["barrel per day"], "measure", "less_than", ["export"])
d.F("$75-80", 75, ["usd per barrel", "usd"], "money", subject_any=["brent"], value_max=80)
d.F("at least a quarter", 3, ["month", "quarter"], "duration", "at_least", core=False)
d.F("25%", 25, ["percent"], "percent", subject_any=["bear", "probability"])
d.F("about $55", 55, ["usd per barrel", "usd"], "money", "about", ["brent"])
d.F("Twelve days", 12, ["day"], "duration", subject_any=["june", "war"])
d.F("more than 10%", 10, ["percent"], "percent", "more_than", ["brent"])
d.F("below $70", 70, ["usd per barrel", "usd"], "money", "less_than", ["brent"])
# events
s = "- UN sanctions on Iran returned on 28 September, a month after France, Germany and the United Kingdom triggered the \"snapback\" mechanism of the 2015 nuclear deal."
d.E(s, "returned", ["sanction"], D(2025, 9, 28), core=False)
d.E(s, "triggered", ["sanction", "other", "statement"], D(2025, 8, 28), ["france", "germany", "united kingdom", "e3"], core=False)
d.E("The three European governments, known as the E3, notified the Security Council on 28 August that Iran was in \"significant non-performance\" of its commitments, starting a 30-day clock.",
    "notified", ["statement", "sanction", "other"], D(2025, 8, 28), ["e3", "european", "france", "germany", "united kingdom"])
s = "A resolution that would have kept sanctions relief in place failed in the Council on 19 September, and a Russian and Chinese draft to delay the return by six months was voted down on 26 September."
d.E(s, "failed", ["sanction", "other"], D(2025, 9, 19), ["security council", "council"])
d.E(s, "voted down", ["sanction", "other"], D(2025, 9, 26), ["security council", "council"])
d.E("The measures took effect at 00:00 GMT on 28 September.", "took effect", ["sanction"], D(2025, 9, 28))
d.E("Iran recalled its ambassadors from the three European capitals for consultations the day before.", "recalled its ambassadors", ["other", "withdrawal"], D(2025, 9, 27), ["iran"])
d.E("China's foreign ministry said on Monday, 29 September, that the return of UN sanctions was \"not constructive\" and would only \"complicate the search for a political settlement.\"", "said", ["statement"], D(2025, 9, 29), ["china", "chinese", "foreign ministry"])
d.E("Secretary of State Marco Rubio said on the day the measures took effect that \"diplomacy remains an option\" if Tehran talks directly with Washington.", "said", ["statement"], D(2025, 9, 28), ["rubio"])
d.E("Foreign Minister Abbas Araghchi said on Saturday that Iran would not \"negotiate under the shadow of a guillotine.\"", "said", ["statement"], SAT, ["araghchi"])
d.E("Oil Minister Mohsen Paknejad told state television last week that exports would continue \"under any conditions.\"", "told state television", ["statement"], R(D(2025, 9, 29), D(2025, 10, 5)), ["paknejad"])
d.E("Brent settled at $65.47 a barrel on Monday after OPEC+ agreed on Sunday to raise its output target by 137,000 barrels per day in November, a smaller increase than many traders had expected.",
    "agreed", ["agreement", "other"], SUN, ["opec"])
d.E("U.S. sanctions on Iranian crude have been in force since November 2018, six months after Washington withdrew from the nuclear deal, and buyers in China's Shandong province have learned to work around them.",
    "withdrew", ["withdrawal"], D(2018, 5), ["washington", "united states"])
d.E("U.S. sanctions on Iranian crude have been in force since November 2018, six months after Washington withdrew from the nuclear deal, and buyers in China's Shandong province have learned to work around them.",
    "sanctions", ["sanction"], R(D(2018, 11), D(2025, 10, 7)), ["united states", "u.s."])
d.E("During that war Brent jumped by more than 10% before falling back below $70 within days of the 24 June ceasefire.", "ceasefire", ["agreement"], D(2025, 6, 24), core=False)
d.E("- Bull case, escalation (15%): Israel or the United States strikes Iranian facilities again, as in June, or Iran harasses shipping near the Strait of Hormuz, through which about a fifth of the world's oil passes.",
    "strikes", ["attack"], None, ["israel", "united states"], core=False)
d.E("- Bear case, back to the table (25%): Washington and Tehran resume talks, enforcement slackens and Iranian barrels compete openly for market share just as OPEC+ unwinds its cuts.",
    "resume talks", ["negotiation"], None, ["washington", "tehran", "united states", "iran"], core=False)
d.save()
