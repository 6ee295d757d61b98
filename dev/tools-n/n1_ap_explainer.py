from n0 import FDoc, D, R, write, author, meta_note

DOC = "dev-n-ap-explainer-snapback-what-to-know"
PUB = "2025-08-28"  # a Thursday
TEXT = """What to know about 'snapback,' the UN sanctions Europe moved to restore on Iran

By MARGARET ELLSWORTH-DIAZ
Updated 4:52 PM EDT, August 28, 2025

WASHINGTON (AP) — Britain, France and Germany on Thursday started a 30-day process to restore United Nations sanctions on Iran over its nuclear program, deepening a standoff that has festered since the United States walked away from a landmark nuclear deal seven years ago.

In a letter to the U.N. Security Council, the three countries said Iran was in "significant non-performance" of its commitments.

Secretary of State Marco Rubio said Thursday that the United States welcomed the step and remained "available for direct engagement with Iran." A senior State Department official said Washington had been told of the decision last week, speaking on condition of anonymity because he was not authorized to discuss diplomatic exchanges publicly.

Iran's foreign minister, Abbas Araghchi, warned his European counterparts in a phone call Tuesday that the move would be "unjustified and illegal," according to Iranian state media.

Here's what to know.

___

WHAT IS SNAPBACK?

The mechanism was written into the nuclear deal that Iran reached with six world powers in July 2015 and into a Security Council resolution that endorsed it days later. It allows any party to the deal to restore earlier U.N. sanctions if it believes Iran is breaking its commitments, and no other council member can veto that.

Under the deal, Iran agreed to keep its stockpile of enriched uranium at 300 kilograms and to enrich only to 3.67%. In return, international sanctions were lifted in January 2016.

___

WHY NOW?

The provision expires on Oct. 18, 10 years after the deal formally took effect. European diplomats have said for months that they would not let the deadline pass.

The International Atomic Energy Agency reported in May that Iran held more than 400 kilograms of uranium enriched up to 60%, a short technical step from weapons-grade levels of 90%. Iran has not let the agency's inspectors back into its main sites since Israel and the United States struck them in June.

"Iran has left us no choice," British Foreign Secretary David Lammy said in a statement. He added that the door to diplomacy "remains open."

___

HOW DID WE GET HERE?

President Donald Trump pulled the United States out of the deal in May 2018, calling it "defective at its core," and restored American sanctions that cut Iran's oil exports by more than half. The next year, Iran began exceeding the limits.

The two countries held five rounds of talks mediated by Oman in April and May of this year. A sixth round was set for June 15 in Muscat, but Israel launched a war on Iran two days before it. On June 22, U.S. B-2 bombers struck three Iranian nuclear sites. A ceasefire took hold June 24 after 12 days of fighting.

The distrust runs deeper than the nuclear file. Many Iranians still cite the CIA-backed coup that toppled Prime Minister Mohammad Mosaddegh in 1953, while many Americans remember that students seized the U.S. Embassy in Tehran in 1979 and held 52 hostages for 444 days.

___

WHAT HAPPENS NEXT?

Russia and China oppose the move, but a resolution to delay it would need nine votes and could be vetoed. Iran's parliament speaker, Mohammad Bagher Qalibaf, said last week that lawmakers could debate leaving the Nuclear Nonproliferation Treaty if sanctions return.

Iran's rial fell to about 1,050,000 to the dollar in Tehran on Thursday, traders said.

"What is being destroyed is not a mechanism. It is the last bit of trust," said Kamran Delafrooz-Pike, an Iran analyst at the Potomac Crisis Forum.

___

Associated Press writer Nasrin Abdi-Holt in Dubai, United Arab Emirates, contributed to this report.
"""
write(DOC, "What to know about 'snapback,' the UN sanctions Europe moved to restore on Iran",
      "The Associated Press (style imitation)", PUB, TEXT)
author(DOC, "MARGARET ELLSWORTH-DIAZ")
meta_note(DOC, "US wire explainer-with-news update in AP house style, style imitation; the writer, the contributing writer, the analyst and the Potomac Crisis Forum are invented; quotes of Rubio, Araghchi, Lammy, the E3 letter and the anonymous official are invented or paraphrased ('defective at its core' is Trump's)")

d = FDoc(DOC, PUB)
THU, TUE = D(2025, 8, 28), D(2025, 8, 26)
LASTWK = ("2025-08-18", "2025-08-24")
E3 = ["britain", "france", "germany", "e3", "united kingdom"]
US = ["united states", "u.s.", "washington", "american"]
# quotes
d.Q("snapback,", ["term"], None, [], None, core=False)
d.Q("significant non-performance", ["partial"], "United Kingdom, France and Germany", E3, THU)
d.Q("available for direct engagement with Iran.", ["partial"], "Marco Rubio", ["rubio"], THU)
d.Q("unjustified and illegal,", ["partial"], "Abbas Araghchi", ["araghchi"], TUE)
d.Q("Iran has left us no choice,", ["direct"], "David Lammy", ["lammy"], None)
d.Q("remains open.", ["partial"], "David Lammy", ["lammy"], None)
d.Q("defective at its core,", ["partial", "term"], "Donald Trump", ["trump"], D(2018, 5))
d.Q("What is being destroyed is not a mechanism. It is the last bit of trust,", ["direct"], "Kamran Delafrooz-Pike", ["delafrooz"], None)
# figures
d.F("the three countries", 3, ["country"], "count", core=False)
d.F("The two countries", 2, ["country"], "count", core=False)
d.F("30-day", 30, ["day"], "duration", subject_any=["process", "sanction"])
d.F("seven years ago", 7, ["year"], "duration", core=False)
d.F("six world powers", 6, ["power", "world power"], "count", subject_any=["power"])
d.F("300 kilograms", 300, ["kilogram", "kg"], "measure", subject_any=["stockpile", "uranium"])
d.F("3.67%", 3.67, ["percent"], "percent", subject_any=["enrich", "uranium"])
d.F("10 years after", 10, ["year"], "duration", core=False)
d.F("more than 400 kilograms", 400, ["kilogram", "kg"], "measure", "more_than", ["uranium", "stockpile"])
d.F("up to 60%", 60, ["percent"], "percent", "up_to", ["uranium", "enrich"])
d.F("90%", 90, ["percent"], "percent", subject_any=["weapons-grade", "level"])
d.F("more than half", 50, ["percent"], "percent", "more_than", ["oil", "export"])
d.F("five rounds", 5, ["round"], "count", subject_any=["round", "talks"])
d.F("two days before", 2, ["day"], "duration", core=False)
d.F("three Iranian nuclear sites", 3, ["site", "nuclear site"], "count", subject_any=["site"])
d.F("12 days", 12, ["day"], "duration", subject_any=["fighting", "day"])
d.F("52 hostages", 52, ["hostage"], "count", subject_any=["hostage"])
d.F("444 days", 444, ["day"], "duration", subject_any=["hostage", "held", "day"])
d.F("nine votes", 9, ["vote"], "count", core=False)
d.F("about 1,050,000", 1050000, ["irr", "rial"], "money", "about", ["rial", "dollar"])
# events
d.EV("moved to restore", ["sanction", "other"], THU, E3, core=False)
d.EV("started a 30-day process", ["sanction", "other", "threat"], THU, E3)
d.EV("walked away from a landmark nuclear deal", ["withdrawal"], D(2018), US)
d.EV("the three countries said", ["statement"], THU, E3, core=False)
d.EV("Rubio said Thursday", ["statement"], THU, ["rubio"])
d.EV("had been told of the decision last week", ["statement", "other", "negotiation"], LASTWK, [])
d.EV("warned his European counterparts", ["statement", "threat", "negotiation"], TUE, ["araghchi"])
d.EV("Iran reached with six world powers", ["agreement"], D(2015, 7), ["iran"])
d.EV("endorsed it days later", ["legislation", "agreement", "other"], D(2015, 7), ["security council", "council"])
d.EV("Iran agreed to keep", ["agreement"], D(2015, 7), ["iran"], core=False)
d.EV("sanctions were lifted in January 2016", ["sanction"], D(2016, 1), [])
d.EV("The provision expires on Oct. 18", ["other"], D(2025, 10, 18), [], core=False)
d.EV("the deal formally took effect", ["agreement", "other"], D(2015, 10, 18), [], core=False)
d.EV("European diplomats have said for months", ["statement"], None, [], core=False)
d.EV("reported in May", ["disclosure", "statement"], D(2025, 5), ["iaea", "international atomic energy agency"])
d.EV("Israel and the United States struck them in June", ["attack"], D(2025, 6), ["israel", "united states"])
d.EV("Lammy said in a statement", ["statement"], None, ["lammy"], core=False)
d.EV("He added that the door", ["statement"], None, ["lammy"], core=False)
d.EV("pulled the United States out of the deal", ["withdrawal"], D(2018, 5), ["trump"])
d.EV("restored American sanctions", ["sanction"], R(D(2018, 5), D(2018, 11)), ["trump"])
d.EV("Iran began exceeding the limits", ["withdrawal"], D(2019), ["iran"])
d.EV("held five rounds of talks", ["negotiation"], R(D(2025, 4), D(2025, 5)), ["iran", "united states", "oman"])
d.EV("A sixth round was set for June 15", ["negotiation"], D(2025, 6, 15), [], core=False)
d.EV("Israel launched a war on Iran", ["war", "attack"], D(2025, 6, 13), ["israel"])
d.EV("B-2 bombers struck", ["attack"], D(2025, 6, 22), US)
d.EV("A ceasefire took hold June 24", ["agreement", "other"], D(2025, 6, 24), [])
d.EV("Many Iranians still cite", ["statement"], None, [], core=False)
d.EV("coup that toppled Prime Minister", ["coup"], D(1953), ["cia", "central intelligence agency"])
d.EV("students seized the U.S. Embassy", ["seizure"], D(1979), ["student"])
d.EV("held 52 hostages for 444 days", ["seizure"], R(D(1979), D(1981)), ["student"], core=False)
d.EV("Qalibaf, said last week", ["statement"], LASTWK, ["qalibaf"])
d.EV("Iran's rial fell", ["other"], THU, [], core=False)
d.EV("said Kamran Delafrooz-Pike", ["statement"], None, ["delafrooz"], core=False)
d.save()
