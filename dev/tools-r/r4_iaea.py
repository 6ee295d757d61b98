from r0 import FDoc, D, R, write, author, meta_note

DOC = "dev-r-iaea-press-release-dg-board-june-stockpile"
PUB = "2025-06-09"  # a Monday
TEXT = """Press Release

Iran's Stockpile of High Enriched Uranium Up by Almost Half, Director General Tells Board

Vienna, Austria
9 June 2025

IAEA Director General Rafael Mariano Grossi today told the Agency's 35-member Board of Governors that Iran's stockpile of uranium enriched up to 60% U-235 had reached 408.6 kg, an increase of 133.8 kg since the Agency's previous quarterly report in February.

"No other State without nuclear weapons is accumulating material of this kind, and I cannot overstate how serious that is," the Director General said in his introductory statement at the opening of the Board's regular June meeting.

The Agency's latest quarterly report, issued to Member States on 31 May, put Iran's total enriched uranium stockpile at 9,247.6 kg, more than 45 times the limit set under the Joint Comprehensive Plan of Action (JCPOA).

Under the JCPOA, concluded in Vienna on 14 July 2015, Iran committed to enrich uranium to no more than 3.67% U-235 and to keep its stockpile at no more than 300 kg of uranium hexafluoride, equivalent to 202.8 kg of uranium, for 15 years.

The Agency verified Iran's implementation of those commitments from Implementation Day, 16 January 2016, until Iran began reducing them in 2019, a year after the United States withdrew from the agreement on 8 May 2018.

Verification and monitoring

Mr Grossi told the Board that the Agency had not been able to carry out JCPOA-related verification and monitoring since February 2021, when Iran stopped implementing its nuclear-related commitments under the agreement, including the provisional application of the Additional Protocol.

"For more than four years we have been unable to verify the production of centrifuges, rotors and bellows," he said. "That continuity of knowledge, once lost, cannot simply be restored."

In June 2022, Iran removed 27 surveillance cameras installed by the Agency, and in September 2023 it withdrew the designations of several experienced inspectors, a decision the Director General has called "a serious blow" to the Agency's work.

Comprehensive report

The Board also had before it a comprehensive report, requested in a resolution adopted by the Board on 21 November 2024 and also issued on 31 May. The report concluded that Iran had not declared nuclear material and activities at three locations, Lavisan-Shian, Varamin and Turquzabad.

"Iran has repeatedly failed either to answer the Agency's questions or to provide technically credible explanations," the Director General said.

He recalled that the Agency had reported to the Board on Iran's nuclear programme at regular meetings since 2003, and that the Board adopted its last resolution finding Iran in non-compliance with its safeguards obligations in September 2005. Agency inspectors continue to carry out safeguards inspections at the declared enrichment plants at Natanz and Fordow.

In a letter to the Agency dated 27 May, Iran's Permanent Mission in Vienna rejected the report's findings as "politically motivated" and said they relied on "documents supplied by parties hostile to Iran".

Speaking in Tehran on Sunday, the head of the Atomic Energy Organization of Iran, Mohammad Eslami, said Iran would respond to "any hostile resolution" by the Board.

Mr Grossi said he remained ready to return to Tehran, which he last visited in April, and that talks between Iran and the United States, whose negotiators have held five rounds since 12 April, offered "a window that should not be wasted".

The Board's meeting is scheduled to run until 13 June.
"""
write(DOC, "Iran's Stockpile of High Enriched Uranium Up by Almost Half, Director General Tells Board",
      "International Atomic Energy Agency (style imitation)", PUB, TEXT)
meta_note(DOC, "press release in IAEA house style on the Director General's introductory statement to the Board of "
          "Governors ('Press Release', title-case headline, 'Vienna, Austria' and '9 June 2025' lines, 'the Agency', "
          "'Member States', 'U-235', 'kg', the subheads 'Verification and monitoring' and 'Comprehensive report', "
          "British dates), style imitation; the wording of the release and every quote of Grossi, Iran's Permanent "
          "Mission and Eslami are invented or paraphrased; the stockpile figures, dates and locations follow the "
          "Agency's public reports of May 2025")

d = FDoc(DOC, PUB)
MON = D(2025, 6, 9)
G = ["grossi", "director general", "iaea", "agency"]
# quotes
d.Q("No other State without nuclear weapons is accumulating material of this kind, and I cannot overstate how serious that is,",
    ["direct"], "Rafael Grossi", G, MON)
d.Q("For more than four years we have been unable to verify the production of centrifuges, rotors and bellows,",
    ["direct"], "Rafael Grossi", G, MON)
d.Q("That continuity of knowledge, once lost, cannot simply be restored.", ["direct"], "Rafael Grossi", G, MON)
d.Q("a serious blow", ["partial"], "Rafael Grossi", G, None)
d.Q("Iran has repeatedly failed either to answer the Agency's questions or to provide technically credible explanations,",
    ["direct"], "Rafael Grossi", G, MON)
d.Q("politically motivated", ["partial"], "Permanent Mission of Iran", ["iran", "permanent mission"], D(2025, 5, 27))
d.Q("documents supplied by parties hostile to Iran", ["partial"], "Permanent Mission of Iran", ["iran", "permanent mission"],
    D(2025, 5, 27))
d.Q("any hostile resolution", ["partial"], "Mohammad Eslami", ["eslami"], D(2025, 6, 8))
d.Q("a window that should not be wasted", ["partial"], "Rafael Grossi", G, MON)
# figures
d.F("Up by Almost Half", 50, ["percent"], "percent", "about", ["stockpile"])
d.F("35-member", 35, ["member"], "count", subject_any=["board"])
d.F("up to 60%", 60, ["percent"], "percent", "up_to", ["uranium", "enrich"])
d.F("408.6 kg", 408.6, ["kilogram", "kg"], "measure", subject_any=["stockpile", "uranium"])
d.F("133.8 kg", 133.8, ["kilogram", "kg"], "measure", subject_any=["increase", "stockpile"])
d.F("9,247.6 kg", 9247.6, ["kilogram", "kg"], "measure", subject_any=["stockpile", "enriched uranium"])
d.F("more than 45 times", 45, ["time"], "count", "more_than", ["limit", "stockpile"])
d.F("no more than 3.67%", 3.67, ["percent"], "percent", "at_most", ["uranium", "enrich"])
d.F("no more than 300 kg", 300, ["kilogram", "kg"], "measure", "at_most", ["stockpile", "uranium hexafluoride"])
d.F("202.8 kg", 202.8, ["kilogram", "kg"], "measure", subject_any=["uranium", "stockpile"])
d.F("15 years", 15, ["year"], "duration", subject_any=["commit", "jcpoa", "stockpile"])
d.F("a year after", 1, ["year"], "duration", core=False)
d.F("more than four years", 4, ["year"], "duration", "more_than", core=False)
d.F("27 surveillance cameras", 27, ["camera", "surveillance camera"], "count", subject_any=["camera"])
d.F("several experienced inspectors", 3, ["inspector"], "count", "about", core=False)
d.F("three locations", 3, ["location"], "count", subject_any=["location"])
d.F("five rounds", 5, ["round"], "count", subject_any=["round", "talks"])
# events
d.EV("Director General Tells Board", ["statement"], MON, G, core=False)
d.EV("today told the Agency's 35-member Board", ["statement"], MON, G)
d.EV("the Agency's previous quarterly report in February", ["disclosure", "statement"], D(2025, 2), ["iaea", "agency"])
d.EV("the Director General said in his introductory statement", ["statement"], MON, G, core=False)
d.EV("issued to Member States on 31 May", ["disclosure", "statement"], D(2025, 5, 31), ["iaea", "agency"])
d.EV("concluded in Vienna on 14 July 2015", ["agreement"], D(2015, 7, 14), [])
d.EV("Iran committed to enrich uranium", ["agreement"], D(2015, 7, 14), ["iran"], core=False)
d.EV("The Agency verified Iran's implementation", ["other"], R(D(2016, 1, 16), D(2019)), ["iaea", "agency"], core=False)
d.EV("Implementation Day, 16 January 2016", ["agreement", "sanction", "other"], D(2016, 1, 16), [])
d.EV("Iran began reducing them in 2019", ["withdrawal", "other"], D(2019), ["iran"])
d.EV("withdrew from the agreement on 8 May 2018", ["withdrawal"], D(2018, 5, 8), ["united states"])
d.EV("Mr Grossi told the Board", ["statement"], MON, G, core=False)
d.EV("had not been able to carry out", ["other"], None, ["iaea", "agency"], core=False)
d.EV("Iran stopped implementing", ["withdrawal", "other"], D(2021, 2), ["iran"])
d.EV("he said", ["statement"], MON, G, core=False)
d.EV("Iran removed 27 surveillance cameras", ["withdrawal", "other"], D(2022, 6), ["iran"])
d.EV("it withdrew the designations", ["withdrawal", "other"], D(2023, 9), ["iran"])
d.EV("the Director General has called", ["statement"], None, G, core=False)
d.EV("a resolution adopted by the Board on 21 November 2024", ["legislation"], D(2024, 11, 21), ["board", "iaea"])
d.EV("requested in a resolution", ["other", "statement"], D(2024, 11, 21), ["board", "iaea"], core=False)
d.EV("and also issued on 31 May", ["disclosure", "statement"], D(2025, 5, 31), ["iaea", "agency"], core=False)
d.EV("The report concluded", ["disclosure", "statement"], D(2025, 5, 31), ["iaea", "agency", "report"], core=False)
d.EV("Iran had not declared nuclear material", ["other"], None, ["iran"], core=False)
d.EV("the Director General said.", ["statement"], MON, G, core=False)
d.EV("He recalled that", ["statement"], MON, G, core=False)
d.EV("had reported to the Board", ["statement", "disclosure"], ("2003-01-01", PUB), ["iaea", "agency"], core=False)
d.EV("the Board adopted its last resolution", ["legislation"], D(2005, 9), ["board", "iaea"])
d.EV("continue to carry out safeguards inspections", ["other"], None, ["inspector", "agency"], core=False)
d.EV("In a letter to the Agency dated 27 May", ["statement"], D(2025, 5, 27), ["iran", "permanent mission"])
d.EV("Speaking in Tehran on Sunday", ["statement"], D(2025, 6, 8), ["eslami"])
d.EV("Mr Grossi said he remained ready", ["statement"], MON, G, core=False)
d.EV("which he last visited in April", ["negotiation", "other"], D(2025, 4), ["grossi"])
d.EV("have held five rounds since 12 April", ["negotiation"], ("2025-04-12", PUB), ["iran", "united states"])
d.EV("scheduled to run until 13 June", ["negotiation", "other"], R(MON, D(2025, 6, 13)), ["board"], core=False)
d.save()
