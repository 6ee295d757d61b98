from mk import write
from ann import Doc, D, R

DOC = "ho6-weekinreview-iran-israel-oil-gold"
PUB = "2024-04-20"
TEXT = """BELLWETHER CAPITAL NOTES
The Week in Review | April 15-19, 2024
For clients and subscribers. Published Saturday, April 20, 2024.

Oil gives back its war premium as Iran and Israel step back from the brink

THE BIG PICTURE
Markets spent the week pricing the risk of an open war between Iran and Israel, after Iran fired more than 300 drones and missiles at Israel last weekend, its first direct attack on Israeli territory. By Friday's close the fear had largely drained away. Brent crude ended the week down about 3.5%, gold set another record, and the S&P 500 fell for a third straight week.

DAY BY DAY
- Monday: Brent slipped 0.4% to $90.10 a barrel as traders concluded that the weekend barrage, which the Israeli military said was 99% intercepted, had been "designed to be contained," in the words of one Singapore-based strategist. On Tehran's open market the rial had hit a record low of about 705,000 to the dollar on Sunday.
- Tuesday: The U.S. House of Representatives passed a package of Iran sanctions bills, including a measure aimed at Chinese refiners that buy Iranian crude. China takes an estimated 90% of Iran's oil exports.
- Wednesday: Brent fell 3% to $87.29, its steepest one-day drop in more than two months, after U.S. crude inventories rose by 2.7 million barrels. Late in the evening, European Union leaders agreed in Brussels to widen sanctions on Iran's drone and missile makers.
- Thursday: The U.S. Treasury imposed sanctions on 16 individuals and two entities linked to Iran's drone program, and Britain added measures of its own. "Today's action is about accountability," Treasury Secretary Janet Yellen said in a statement.
- Friday: Explosions were reported near the central city of Isfahan early in the day, in what U.S. officials described as a limited Israeli strike. Brent jumped more than 4% to above $90 in Asian trading before giving up the move to settle at $87.29, and spot gold briefly touched a record $2,417 an ounce. Tehran played down the incident. Foreign Minister Hossein Amir-Abdollahian later said the drones used were "more like toys that our children play with" and that Iran had no plans for an immediate response.

BY THE NUMBERS
- Brent: $87.29, down about 3.5% on the week
- Spot gold: $2,391, up about 2% on the week
- Iranian rial (open market): about 660,000 per dollar, up nearly 7% from Sunday's low
- VIX: 18.7, the highest since October

OUR VIEW
"Both sides have now shown that they can hit each other, and both have chosen not to hit hard," said Renata Falk, Bellwether's chief market strategist. "That is a ceiling, not a floor. We would keep some protection on."

Falk noted that the last time the risk premium in oil lasted more than a few weeks was in September 2019, when drones and missiles hit Saudi Aramco's Abqaiq plant and briefly knocked out about 5.7 million barrels per day of output. The United States blamed Iran for that attack; Tehran denied it.

She added that U.S. sanctions on Iranian oil, reimposed in November 2018, have never been fully enforced. "Iran is still exporting more than 1.5 million barrels a day. Any new bill only matters if someone enforces it," she said.

NEXT WEEK
U.S. first-quarter GDP is due on Thursday. OPEC+ ministers do not meet until June 1.

This note is for information only and is not investment advice.
"""
write(DOC, "The Week in Review: Oil gives back its war premium as Iran and Israel step back from the brink", "Bellwether Capital Notes", PUB, TEXT)

d = Doc(DOC, PUB)
MON, TUE, WED, THU, FRI, SAT = (D(2024, 4, x) for x in (15, 16, 17, 18, 19, 20))
SUN = D(2024, 4, 14)
WKND = ("2024-04-13", "2024-04-14")
PB = ["usd per barrel", "usd"]
# quotes
d.Q("designed to be contained,", ["partial"], None, ())
d.Q("Today's action is about accountability,", ["direct"], "Janet Yellen", ["yellen"], THU)
d.Q("more like toys that our children play with", ["partial"], "Hossein Amir-Abdollahian", ["amir-abdollahian", "abdollahian"], R(FRI, SAT))
d.Q("Both sides have now shown that they can hit each other, and both have chosen not to hit hard,", ["direct"], "Renata Falk", ["falk"])
d.Q("That is a ceiling, not a floor. We would keep some protection on.", ["direct"], "Renata Falk", ["falk"])
d.Q("Iran is still exporting more than 1.5 million barrels a day. Any new bill only matters if someone enforces it,", ["direct"], "Renata Falk", ["falk"])
# figures
d.F("more than 300 drones and missiles", 300, ["drone and missile", "drone", "missile"], "count", "more_than", ["drone", "missile"])
d.F("about 3.5%", 3.5, ["percent"], "percent", "about", ["brent"], occ=0)
d.F("0.4%", 0.4, ["percent"], "percent", subject_any=["brent"])
d.F("$90.10 a barrel", 90.1, PB, "money", subject_any=["brent"])
d.F("99%", 99, ["percent"], "percent", subject_any=["barrage", "intercept"])
d.F("about 705,000", 705000, ["irr", "rial"], "money", "about", ["rial"])
d.F("an estimated 90%", 90, ["percent"], "percent", "about", ["oil export", "export", "china"])
d.F("3%", 3, ["percent"], "percent", subject_any=["brent"], ctx=("Brent fell 3% to",))
d.F("$87.29", 87.29, PB, "money", subject_any=["brent"], occ=0)
d.F("one-day", 1, ["day"], "duration", core=False)
d.F("more than two months", 2, ["month"], "duration", "more_than", core=False)
d.F("2.7 million barrels", 2.7e6, ["barrel"], "measure", subject_any=["inventor", "crude"])
d.F("16 individuals", 16, ["individual"], "count", subject_any=["individual", "sanction"])
d.F("two entities", 2, ["entity"], "count", subject_any=["entit", "sanction"])
d.F("more than 4%", 4, ["percent"], "percent", "more_than", ["brent"])
d.F("above $90", 90, PB, "money", "more_than", ["brent"])
d.F("$87.29", 87.29, PB, "money", subject_any=["brent"], occ=1)
d.F("$2,417 an ounce", 2417, ["usd per ounce", "usd"], "money", subject_any=["gold"])
d.F("$87.29", 87.29, PB, "money", subject_any=["brent"], occ=2)
d.F("about 3.5%", 3.5, ["percent"], "percent", "about", ["brent"], occ=1)
d.F("$2,391", 2391, ["usd per ounce", "usd"], "money", subject_any=["gold"])
d.F("about 2%", 2, ["percent"], "percent", "about", ["gold"])
d.F("about 660,000", 660000, ["irr", "rial"], "money", "about", ["rial"])
d.F("nearly 7%", 7, ["percent"], "percent", "about", ["rial"])
d.F("18.7", 18.7, ["point", "index point"], "measure", subject_any=["vix"], core=False)
d.F("a few weeks", 3, ["week"], "duration", "about", core=False)
d.F("about 5.7 million barrels per day", 5.7e6, ["barrel per day"], "measure", "about", ["output", "abqaiq"])
d.F("more than 1.5 million barrels a day", 1.5e6, ["barrel per day"], "measure", "more_than", ["iran", "export"])
# events
d.E("Oil gives back its war premium as Iran and Israel step back from the brink", "step back from the brink", ["war", "other"], None, core=False)
s = "Markets spent the week pricing the risk of an open war between Iran and Israel, after Iran fired more than 300 drones and missiles at Israel last weekend, its first direct attack on Israeli territory."
d.E(s, "fired more than 300 drones and missiles at Israel", ["attack"], WKND, ["iran"])
d.E(s, "an open war between Iran and Israel", ["war"], None, core=False)
s = "- Monday: Brent slipped 0.4% to $90.10 a barrel as traders concluded that the weekend barrage, which the Israeli military said was 99% intercepted, had been \"designed to be contained,\" in the words of one Singapore-based strategist."
d.E(s, "the weekend barrage", ["attack"], WKND, ["iran"], core=False)
d.E("On Tehran's open market the rial had hit a record low of about 705,000 to the dollar on Sunday.", "hit a record low", ["other"], SUN, core=False)
d.E("- Tuesday: The U.S. House of Representatives passed a package of Iran sanctions bills, including a measure aimed at Chinese refiners that buy Iranian crude.",
    "passed a package of Iran sanctions bills", ["legislation", "sanction"], TUE, ["house", "congress", "united states"])
d.E("Late in the evening, European Union leaders agreed in Brussels to widen sanctions on Iran's drone and missile makers.", "agreed in Brussels to widen sanctions", ["sanction", "agreement"], WED, ["european union", "eu"])
d.E("- Thursday: The U.S. Treasury imposed sanctions on 16 individuals and two entities linked to Iran's drone program, and Britain added measures of its own.",
    "imposed sanctions", ["sanction"], THU, ["treasury", "united states"])
d.E("- Thursday: The U.S. Treasury imposed sanctions on 16 individuals and two entities linked to Iran's drone program, and Britain added measures of its own.",
    "Britain added measures of its own", ["sanction"], THU, ["britain", "united kingdom"])
d.E("\"Today's action is about accountability,\" Treasury Secretary Janet Yellen said in a statement.", "said in a statement", ["statement"], THU, ["yellen"])
d.E("- Friday: Explosions were reported near the central city of Isfahan early in the day, in what U.S. officials described as a limited Israeli strike.", "a limited Israeli strike", ["attack"], FRI, ["israel"])
d.E("Foreign Minister Hossein Amir-Abdollahian later said the drones used were \"more like toys that our children play with\" and that Iran had no plans for an immediate response.",
    "later said", ["statement"], R(FRI, SAT), ["amir-abdollahian", "abdollahian"])
d.E("Falk noted that the last time the risk premium in oil lasted more than a few weeks was in September 2019, when drones and missiles hit Saudi Aramco's Abqaiq plant and briefly knocked out about 5.7 million barrels per day of output.",
    "hit Saudi Aramco's Abqaiq plant", ["attack"], D(2019, 9))
d.E("The United States blamed Iran for that attack; Tehran denied it.", "blamed Iran", ["statement", "designation"], D(2019, 9), ["united states"], core=False)
d.E("She added that U.S. sanctions on Iranian oil, reimposed in November 2018, have never been fully enforced.", "reimposed in November 2018", ["sanction"], D(2018, 11), ["united states", "u.s."])
d.E("U.S. first-quarter GDP is due on Thursday.", "is due", ["other"], D(2024, 4, 25), core=False)
d.E("OPEC+ ministers do not meet until June 1.", "meet", ["negotiation", "other"], D(2024, 6, 1), ["opec"], core=False)
d.save()
