import sys; sys.path.insert(0, __import__("os").path.dirname(__file__))
from h17 import write, PDoc, D, R, words

DOC = "ho17-al-monitor-muscat-fourth-round-enrichment-gap"
PUB = "2025-05-12"  # a Monday
TEXT = """Iran, US wrap up fourth round in Muscat as enrichment gap persists

Omani mediators floated a temporary pause in enrichment at Sunday's session, Al-Monitor has learned, but Tehran insists its right to enrich is not up for discussion.

Nasrin Aghdami-Holt
May 12, 2025

Iranian and US negotiators ended a fourth round of indirect talks in Muscat on Sunday with both sides calling the exchanges difficult, as Washington's public demand that Iran give up enrichment collided with what Tehran calls a right it will never surrender.

Foreign Minister Abbas Araghchi told state television after the roughly three-hour session that the talks had been "difficult but useful" and that the delegations would meet again once Oman had set a date. "We understand each other's positions better now, and that is not nothing," he said.

A senior US administration official said after the talks that Washington was "encouraged" by the discussion but that its position had not changed.

Al-Monitor has learned that Omani mediators floated a compromise at Sunday's session under which Iran would halt enrichment above 3.67% for up to three years while a regional enrichment consortium was studied. An Iranian official familiar with the talks, who spoke on condition of anonymity because he was not authorized to brief the press, told Al-Monitor that Tehran had "not rejected" the idea but would not accept a permanent halt. "A pause is a technical question. Zero is a political humiliation," the official said.

The round came two days after US special envoy Steve Witkoff said in an interview published Friday that Iran would have to "dismantle" its enrichment facilities at Natanz, Fordow and Isfahan. Foreign Ministry spokesman Esmaeil Baghaei said at his weekly news conference on Monday that enrichment was "not negotiable under any circumstances" and that Iran would not take part in talks "whose outcome is dictated in advance."

Supreme Leader Ali Khamenei has kept his distance from the process. Addressing officials on April 15, three days after the first round, he said the talks should be followed "with caution" and warned against tying the country's economy to their outcome.

Read more: How Muscat became the quiet go-between for Tehran and Washington

The Omani channel has a long history. US and Iranian officials met secretly in Muscat in March 2013, in talks that helped pave the way for the 2015 nuclear deal. Under that agreement, Iran capped enrichment at 3.67% and shipped most of its enriched uranium abroad. After President Donald Trump withdrew the United States from the accord in May 2018, Iran gradually exceeded its limits, and it now enriches uranium up to 60%, a short technical step from the 90% considered weapons grade.

For many in Tehran, that history shapes every session. Mehrdad Sohrabi-Kia, a Tehran-based political analyst who has advised two parliamentary committees, told Al-Monitor that mistrust rather than centrifuges was the main obstacle. "Every Iranian at that table has 2018 in his head," he said. "They negotiated once in good faith, and the other side walked away with the guarantees in its pocket."

He added that the memory reaches further back, to the CIA-backed coup that toppled Prime Minister Mohammad Mosaddegh in August 1953 and to the seizure of the US Embassy in Tehran in November 1979, when 52 Americans were taken hostage. "Both sides are negotiating with ghosts," he said.

Read more: Iran's rial rallies on hopes of a deal with Washington

Economic pressure has not let up while the talks continue. The US Treasury on Thursday imposed sanctions on a Chinese refinery it accused of processing Iranian crude worth hundreds of millions of dollars, its third such action against an independent Chinese refiner since March. Iran's crude exports averaged about 1.65 million barrels per day in April, according to tanker-tracking data, most of it bound for China.

The rial, which fell past 1 million to the dollar in early April, has recovered to around 830,000 on Tehran's open market on hopes of an agreement, traders said. Shopkeepers in the capital's Grand Bazaar told Al-Monitor that prices of imported goods had stopped rising for the first time in months.

Trump is due in Riyadh on Tuesday at the start of a tour of Saudi Arabia, Qatar and the United Arab Emirates, where Iran is expected to be on the agenda. Asked last week whether he trusted Tehran, he told reporters at the White House, "I don't trust anybody. We'll see what happens."
"""
NOTE = ("held-out evaluation article written for the project; not a real publication. Imitates the layout and "
        "attribution habits of an Al-Monitor news analysis (headline, summary line, byline and date lines, \"Al-Monitor "
        "has learned\", \"told Al-Monitor\", an Iranian official on condition of anonymity, a Tehran-based analyst, "
        "link-style `Read more:` lines, numerals with %). The writer Nasrin Aghdami-Holt, the analyst Mehrdad "
        "Sohrabi-Kia, the Iranian and US officials, the Omani compromise and every sentence are invented; the words "
        "given to Araghchi, Witkoff, Baghaei, Khamenei and Trump are invented or paraphrased; the oil volume and the "
        "rial rates are plausible, not checked.")
write(DOC, "Iran, US wrap up fourth round in Muscat as enrichment gap persists", "Al-Monitor (style imitation)", PUB,
      TEXT, NOTE, author="Nasrin Aghdami-Holt")

d = PDoc(DOC, PUB)
SUN, MON, FRI, THU = D(2025, 5, 11), D(2025, 5, 12), D(2025, 5, 9), D(2025, 5, 8)
LASTWK = R(D(2025, 5, 5), D(2025, 5, 11))
AR, BA, KH, WI, TR = ["araghchi"], ["baghaei"], ["khamenei"], ["witkoff"], ["trump"]
AN = ["sohrabi-kia"]

# quotes
d.Q("difficult but useful", ["partial"], "Abbas Araghchi", AR, SUN)
d.Q("We understand each other's positions better now, and that is not nothing,", ["direct"], "Abbas Araghchi", AR, SUN)
d.Q("encouraged", ["partial"], None, (), SUN)
d.Q("not rejected", ["partial"], None, ())
d.Q("A pause is a technical question. Zero is a political humiliation,", ["direct"], None, ())
d.Q("dismantle", ["partial"], "Steve Witkoff", WI, R(D(2025, 5, 5), FRI))
d.Q("not negotiable under any circumstances", ["partial"], "Esmaeil Baghaei", BA, MON)
d.Q("whose outcome is dictated in advance.", ["partial"], "Esmaeil Baghaei", BA, MON)
d.Q("with caution", ["partial"], "Ali Khamenei", KH, D(2025, 4, 15))
d.Q("Every Iranian at that table has 2018 in his head,", ["direct"], "Mehrdad Sohrabi-Kia", AN)
d.Q("They negotiated once in good faith, and the other side walked away with the guarantees in its pocket.", ["direct"], "Mehrdad Sohrabi-Kia", AN)
d.Q("Both sides are negotiating with ghosts,", ["direct"], "Mehrdad Sohrabi-Kia", AN)
d.Q("I don't trust anybody. We'll see what happens.", ["direct"], "Donald Trump", TR, LASTWK)

# figures
d.F("roughly three-hour", 3, ["hour"], "duration", "about", ["session"])
d.F("3.67%", 3.67, ["percent"], "percent", "more_than", ["enrich"], occ=0, core=True)
d.F("up to three years", 3, ["year"], "duration", "up_to", ["halt", "pause", "enrich"])
d.F("two days after", 2, ["day"], "duration", core=False)
d.F("three days after", 3, ["day"], "duration", core=False)
d.F("3.67%", 3.67, ["percent"], "percent", "at_most", ["enrich"], occ=1)
d.F("up to 60%", 60, ["percent"], "percent", "up_to", ["enrich", "uranium"])
d.F("90%", 90, ["percent"], "percent", subject_any=["weapons grade", "weapons"])
d.F("two parliamentary committees", 2, ["committee", "parliamentary committee"], "count", subject_any=["committee"])
d.F("52 Americans", 52, ["american", "hostage"], "count", subject_any=["american", "hostage"])
d.F("hundreds of millions of dollars", 2e8, ["usd"], "money", "about", ["crude"], core=False)
d.F("third such action", 3, ["action"], "count", core=False)
d.F("about 1.65 million barrels per day", 1.65e6, ["barrel per day", "barrel a day"], "measure", "about", ["crude export", "export"])
d.F("1 million", 1e6, ["irr", "rial"], "money", "more_than", ["rial"])
d.F("around 830,000", 830000, ["irr", "rial"], "money", "about", ["rial"])
d.F("once", 1, ["time"], "count", core=False, occ=1)
d.F("months", None, ["month"], "duration", "about", core=False)

# events
d.V("Iran, US wrap up fourth round in Muscat", "wrap up", ["negotiation"], SUN, core=False)
d.V("Omani mediators floated a temporary pause", "floated", ["negotiation", "other", "statement"], SUN, ["oman"], core=False)
d.V("Iranian and US negotiators ended a fourth round", "ended a fourth round of indirect talks", ["negotiation"], SUN, ["iran", "united states", "negotiator"])
d.V("Iranian and US negotiators ended a fourth round", "collided", ["other"], None, core=False)
d.V("Foreign Minister Abbas Araghchi told state television", "told state television", ["statement"], SUN, AR)
d.V("Foreign Minister Abbas Araghchi told state television", "would meet again", ["negotiation"], None, core=False)
d.V("\"We understand each other's positions better now", "he said", ["statement"], SUN, AR, core=False)
d.V("A senior US administration official said after the talks", "said", ["statement"], SUN, core=False)
d.V("Al-Monitor has learned that Omani mediators", "floated", ["negotiation", "other", "statement"], SUN, ["oman"])
d.V("An Iranian official familiar with the talks", "told Al-Monitor", ["statement"], None, core=False)
d.V("The round came two days after US special envoy", "said in an interview published Friday", ["statement"], R(D(2025, 5, 5), FRI), WI)
d.V("Foreign Ministry spokesman Esmaeil Baghaei said", "said at his weekly news conference on Monday", ["statement"], MON, BA)
d.V("Supreme Leader Ali Khamenei has kept his distance", "has kept his distance", ["other"], None, KH, core=False)
d.V("Addressing officials on April 15", "said", ["statement"], D(2025, 4, 15), KH)
d.V("Addressing officials on April 15", "the first round", ["negotiation"], D(2025, 4, 12), core=False)
d.V("US and Iranian officials met secretly in Muscat", "met secretly", ["negotiation"], D(2013, 3), ["united states", "iran", "official"])
d.V("Under that agreement, Iran capped enrichment", "capped", ["agreement"], None, ["iran"], core=False)
d.V("After President Donald Trump withdrew the United States", "withdrew", ["withdrawal"], D(2018, 5), TR + ["united states"])
d.V("After President Donald Trump withdrew the United States", "exceeded its limits", ["withdrawal", "other"], None, ["iran"], core=False)
d.V("Mehrdad Sohrabi-Kia, a Tehran-based political analyst", "told Al-Monitor", ["statement"], None, AN, core=False)
d.V("He added that the memory reaches further back", "coup", ["coup"], D(1953, 8), ["cia", "central intelligence"])
d.V("He added that the memory reaches further back", "seizure", ["seizure"], D(1979, 11))
d.V("He added that the memory reaches further back", "were taken hostage", ["seizure"], D(1979, 11), core=False)
d.V("He added that the memory reaches further back", "added", ["statement"], None, AN, core=False)
d.V("The US Treasury on Thursday imposed sanctions", "imposed sanctions", ["sanction"], THU, ["treasury", "united states"])
d.V("Iran's crude exports averaged", "averaged", ["other"], D(2025, 4), core=False)
d.V("The rial, which fell past 1 million", "fell past", ["other"], R(D(2025, 4, 1), D(2025, 4, 10)), core=False)
d.V("The rial, which fell past 1 million", "has recovered", ["other"], None, core=False)
d.V("Shopkeepers in the capital's Grand Bazaar", "told Al-Monitor", ["statement"], None, core=False)
d.V("Trump is due in Riyadh on Tuesday", "tour", ["negotiation", "other"], D(2025, 5, 13), TR, core=False)
d.V("Asked last week whether he trusted Tehran", "told reporters", ["statement"], LASTWK, TR)
d.save()
print(DOC, words(DOC), "words")
