from o0 import FDoc, D, R, write, author, meta_note

DOC = "dev-o-reuters-wire-us-proposal-enrichment"
PUB = "2025-06-03"  # a Tuesday
TEXT = """Iran says it will reply soon to U.S. nuclear proposal, rejects any halt to enrichment

By Parisa Vance-Mahdavi and Thomas Ridgeley-Okafor

June 3, 2025 11:42 AM GMT+1

DUBAI, June 3 (Reuters) - Iran will soon deliver its response to a U.S. proposal for a new nuclear agreement, its foreign ministry said on Tuesday, as officials in Tehran signalled they would reject any deal that required the country to stop enriching uranium.

Omani Foreign Minister Badr Albusaidi handed the proposal to Iranian Foreign Minister Abbas Araghchi during a brief visit to Tehran on Saturday. It followed five rounds of talks between Araghchi and U.S. Middle East envoy Steve Witkoff, the first of which was held in Muscat on April 12.

"The response will be sent through Oman when it is final. It will be based on our principles and on the interests of the Iranian people," foreign ministry spokesman Esmaeil Baghaei said in a statement on Tuesday. "We will not be rushed by deadlines set in other capitals," he added.

Araghchi said on Sunday the text contained "ambiguities" that Tehran was still studying. "Enrichment is not negotiable," he wrote on X later the same day.

U.S. President Donald Trump wrote on his Truth Social platform on Monday that any agreement would not permit "any enrichment" of uranium, a demand Iranian officials have repeatedly called a non-starter.

A senior Iranian official, who spoke on condition of anonymity because he was not authorized to speak to the media, told Reuters on Monday that the proposal said little about lifting sanctions. "It asks Iran to give up a right and offers very little in return," the official said.

The U.N. nuclear watchdog said in a confidential report seen by Reuters on Saturday that Iran's stockpile of uranium enriched to up to 60% purity had risen to 408.6 kg, an increase of nearly 50% since its previous report in February. Weapons-grade uranium is enriched to about 90%.

Iran's foreign ministry rejected the report on Sunday as "politically motivated" and warned that it would take "appropriate measures" if European powers sought a resolution against it at the agency's 35-nation Board of Governors, which meets from June 9.

Tehran says its nuclear programme is entirely peaceful. Iran reached a deal with six world powers in 2015 under which it capped enrichment at 3.67% in return for the lifting of international sanctions. Trump withdrew the United States from that agreement in 2018, during his first term, and reimposed sanctions that have since slashed Iran's oil revenue. Iran began breaching the deal's limits in 2019.

Supreme Leader Ayatollah Ali Khamenei, who has the final say on matters of state, has voiced doubt that the talks will succeed. On May 20 he called the U.S. demand that Iran halt enrichment "excessive and outrageous" in a speech marking the anniversary of the death of President Ebrahim Raisi.

A European diplomat said Britain, France and Germany, the three European parties to the 2015 deal, were ready to trigger a "snapback" of U.N. sanctions before that option expires in October if no agreement is in sight by the end of August. Such a move would restore an arms embargo and other measures lifted under the deal.

Israel, which has long threatened to strike Iran's nuclear sites if diplomacy fails, has said it will not be bound by any agreement between Washington and Tehran.

Brent crude futures rose 1.5% to $65.60 a barrel by 1045 GMT on Tuesday, with traders citing uncertainty over Iranian supply.

(Reporting by Parisa Vance-Mahdavi in Dubai and Thomas Ridgeley-Okafor in Washington; Additional reporting by Leyla Armitage-Sohrabi in London; Editing by Graham Fenwick-Lau)
"""
write(DOC, "Iran says it will reply soon to U.S. nuclear proposal, rejects any halt to enrichment",
      "Reuters (style imitation)", PUB, TEXT)
author(DOC, "Parisa Vance-Mahdavi and Thomas Ridgeley-Okafor")
meta_note(DOC, "wire story in Reuters house style (dateline, 'told Reuters', reporting-and-editing tail), style imitation; "
          "the writers, editors and the anonymous Iranian official are invented; quotes of Baghaei, Araghchi, Trump, "
          "the Iranian foreign ministry and the official are invented or paraphrased ('excessive and outrageous' "
          "paraphrases Khamenei's speech of 20 May 2025); the Brent price is plausible, not exact")

d = FDoc(DOC, PUB)
TUE, MON, SUN, SAT = D(2025, 6, 3), D(2025, 6, 2), D(2025, 6, 1), D(2025, 5, 31)
US = ["united states", "u.s.", "washington"]
FM = ["foreign ministry", "iran"]
# quotes
d.Q("The response will be sent through Oman when it is final. It will be based on our principles and on the interests of the Iranian people,",
    ["direct"], "Esmaeil Baghaei", ["baghaei"], TUE)
d.Q("ambiguities", ["partial", "term"], "Abbas Araghchi", ["araghchi"], SUN)
d.Q("Enrichment is not negotiable,", ["direct"], "Abbas Araghchi", ["araghchi"], SUN)
d.Q("any enrichment", ["partial"], "Donald Trump", ["trump"], MON)
d.Q("We will not be rushed by deadlines set in other capitals,", ["direct"], "Esmaeil Baghaei", ["baghaei"], TUE)
d.Q("snapback", ["term"], None, [], None, core=False)
d.Q("It asks Iran to give up a right and offers very little in return,", ["direct"], None, [], MON)
d.Q("politically motivated", ["partial"], "Iranian Foreign Ministry", FM, SUN)
d.Q("appropriate measures", ["partial"], "Iranian Foreign Ministry", FM, SUN)
d.Q("excessive and outrageous", ["partial"], "Ali Khamenei", ["khamenei"], D(2025, 5, 20))
# figures
d.F("five rounds", 5, ["round"], "count", subject_any=["round", "talks"])
d.F("up to 60%", 60, ["percent"], "percent", "up_to", ["uranium", "purity", "enrich"])
d.F("408.6 kg", 408.6, ["kilogram", "kg"], "measure", subject_any=["stockpile", "uranium"])
d.F("nearly 50%", 50, ["percent"], "percent", "about", ["increase", "stockpile"])
d.F("about 90%", 90, ["percent"], "percent", "about", ["weapons-grade", "uranium"])
d.F("35-nation", 35, ["nation", "country", "member"], "count", subject_any=["board"])
d.F("six world powers", 6, ["power", "world power"], "count", subject_any=["power"])
d.F("the three European parties", 3, ["party"], "count", subject_any=["part"])
d.F("3.67%", 3.67, ["percent"], "percent", "at_most", ["enrich"])
d.F("1.5%", 1.5, ["percent"], "percent", subject_any=["brent", "crude", "futures"])
d.F("$65.60 a barrel", 65.6, ["usd", "usd per barrel"], "money", subject_any=["brent", "crude", "futures", "barrel"])
# events
d.EV("rejects any halt to enrichment", ["statement"], TUE, ["iran"], core=False)
d.EV("its foreign ministry said on Tuesday", ["statement"], TUE, FM)
d.EV("Iran will soon deliver its response", ["negotiation", "statement", "other"], None, ["iran"], core=False)
d.EV("officials in Tehran signalled", ["statement"], TUE, ["iran", "tehran", "official"], core=False)
d.EV("handed the proposal", ["negotiation", "other"], SAT, ["albusaidi", "busaidi", "oman"])
d.EV("It followed five rounds of talks", ["negotiation"], ("2025-04-12", "2025-05-31"), ["araghchi", "witkoff", "iran", "united states"])
d.EV("the first of which was held in Muscat on April 12", ["negotiation"], D(2025, 4, 12), ["araghchi", "witkoff", "iran", "united states"])
d.EV("spokesman Esmaeil Baghaei said in a statement on Tuesday", ["statement"], TUE, ["baghaei"])
d.EV("he added", ["statement"], TUE, ["baghaei"], core=False)
d.EV("Araghchi said on Sunday", ["statement"], SUN, ["araghchi"])
d.EV("he wrote on X later the same day", ["statement"], SUN, ["araghchi"])
d.EV("wrote on his Truth Social platform on Monday", ["statement"], MON, ["trump"])
d.EV("have repeatedly called a non-starter", ["statement"], None, ["iran", "official"], core=False)
d.EV("told Reuters on Monday", ["statement"], MON, [], core=False)
d.EV("the official said", ["statement"], None, [], core=False)
d.EV("said in a confidential report seen by Reuters on Saturday", ["disclosure", "statement"], SAT,
     ["watchdog", "iaea", "international atomic energy agency"])
d.EV("rejected the report on Sunday", ["statement"], SUN, FM)
d.EV("warned that it would take", ["threat", "statement"], SUN, FM, core=False)
d.EV("which meets from June 9", ["negotiation", "other"], D(2025, 6, 9), [], core=False)
d.EV("Tehran says its nuclear programme", ["statement"], None, ["iran", "tehran"], core=False)
d.EV("Iran reached a deal with six world powers in 2015", ["agreement"], D(2015), ["iran"])
d.EV("it capped enrichment", ["agreement"], D(2015), ["iran"], core=False)
d.EV("Trump withdrew the United States", ["withdrawal"], D(2018), ["trump"])
d.EV("reimposed sanctions that have since slashed", ["sanction"], D(2018), ["trump"])
d.EV("Iran began breaching the deal's limits in 2019", ["withdrawal"], D(2019), ["iran"])
d.EV("has voiced doubt", ["statement"], None, ["khamenei"], core=False)
d.EV("On May 20 he called", ["statement"], D(2025, 5, 20), ["khamenei"])
d.EV("A European diplomat said", ["statement"], None, [], core=False)
d.EV("were ready to trigger", ["sanction", "threat", "other"], None, ["britain", "france", "germany", "e3", "united kingdom"], core=False)
d.EV("that option expires in October", ["other"], D(2025, 10), [], core=False)
d.EV("Such a move would restore", ["sanction"], None, [], core=False)
d.EV("has long threatened to strike", ["threat", "statement"], None, ["israel"], core=False)
d.EV("Brent crude futures rose", ["other"], TUE, [], core=False)
d.save()
