from r0 import FDoc, D, R, write, author, meta_note

DOC = "dev-r-mee-iran-seeks-written-guarantee-us-will-not-quit-deal"
PUB = "2025-04-28"  # a Monday
TEXT = """Exclusive: Iran wants written guarantee US will not quit any new deal, sources tell MEE

Tehran has asked Omani mediators for assurances that a future US administration cannot repeat Trump's 2018 withdrawal, according to a source familiar with the talks

Yusuf Harrington-Saleh
Published date: 28 April 2025 14:20 BST

Iran has asked Omani mediators for a written commitment that Washington will not walk away from any new nuclear agreement, a source familiar with the talks told Middle East Eye.

The request was made during the third round of indirect talks between Iranian Foreign Minister Abbas Araghchi and US envoy Steve Witkoff in Muscat on Saturday, the source said.

"The Iranians told the Omanis that they had negotiated in good faith once, in 2015, and were punished for it," the source said, speaking on condition of anonymity because they were not authorised to brief the media. "They want something that survives the next election in Washington."

A Gulf official with knowledge of the mediation confirmed the request to MEE, adding that the US side had "listened but promised nothing".

Iran's foreign ministry spokesman Esmaeil Baghaei, asked about the report, said on Monday that Tehran would not discuss "the details of the messages exchanged", but that "guarantees and verification must work in both directions".

Araghchi told Iranian state television after Saturday's session that the talks had become "more serious" and that the next round was planned for 3 May.

The US State Department did not respond to MEE's request for comment.

Deep roots

Iran's mistrust runs deep. In August 1953, a coup organised by the CIA and Britain's MI6 overthrew the elected prime minister, Mohammad Mosaddegh, two years after he nationalised the country's oil industry, and restored the shah's power.

In 1979, the Islamic Revolution toppled the US-backed shah, and that November students seized the US embassy in Tehran, holding 52 Americans for 444 days. Washington cut diplomatic ties with Tehran in April 1980, and the two countries have had no formal relations since.

Iranian leaders draw a straight line from those events to Donald Trump's decision in May 2018 to abandon the nuclear deal that Iran had signed with six world powers three years earlier, and to reimpose sanctions that cut its oil exports by more than 80 percent.

Supreme Leader Ayatollah Ali Khamenei, who in February called negotiating with the US "not intelligent, wise or honourable", has since allowed the indirect talks to go ahead. On 15 April he told officials not to "tie the country's fate" to the negotiations.

Gulf hedging

Gulf states, once the loudest critics of the 2015 deal, are now quietly backing a new one.

Saudi Defence Minister Prince Khalid bin Salman met Khamenei in Tehran on 17 April and handed him a letter from King Salman, the most senior Saudi visit to Iran in decades.

A Saudi official told MEE that Riyadh had assured Tehran it supported the talks and did not want "a repeat of 2019", a reference to the drone and missile attacks on Aramco facilities at Abqaiq and Khurais that September, which briefly knocked out about half of the kingdom's oil output.

"Everyone in the Gulf remembers who paid the price the last time Washington and Tehran stopped talking," the official said.

A second source, a former Iranian diplomat close to the negotiating team, told MEE that Tehran would accept strict limits on enrichment only if the guarantee came with the lifting of sanctions "in the first phase, not the last".
"""
write(DOC, "Exclusive: Iran wants written guarantee US will not quit any new deal, sources tell MEE",
      "Middle East Eye (style imitation)", PUB, TEXT)
author(DOC, "Yusuf Harrington-Saleh")
meta_note(DOC, "news story in Middle East Eye house style (headline with 'Exclusive:' and 'sources tell MEE', standfirst, "
          "byline, 'Published date: 28 April 2025 14:20 BST', 'a source familiar with the talks told Middle East Eye', "
          "'told MEE', Gulf and Iranian sources, the subheads 'Deep roots' and 'Gulf hedging', a history paragraph on "
          "1953 and 1979, British spelling), style imitation; the writer, every unnamed source and their words, and "
          "the reported request for a written guarantee are invented; the words of Baghaei and Araghchi are invented "
          "or paraphrased; Khamenei's 'not intelligent, wise or honourable' is a short well-known phrase and his April "
          "partial a paraphrase; the export cut and the Abqaiq output loss are plausible, not exact")

d = FDoc(DOC, PUB)
MON, SAT = D(2025, 4, 28), D(2025, 4, 26)
# quotes
d.Q("The Iranians told the Omanis that they had negotiated in good faith once, in 2015, and were punished for it,",
    ["direct"], None, [], None)
d.Q("They want something that survives the next election in Washington.", ["direct"], None, [], None)
d.Q("listened but promised nothing", ["partial"], None, [], None)
d.Q("the details of the messages exchanged", ["partial"], "Esmaeil Baghaei", ["baghaei"], MON)
d.Q("guarantees and verification must work in both directions", ["partial"], "Esmaeil Baghaei", ["baghaei"], MON)
d.Q("more serious", ["partial"], "Abbas Araghchi", ["araghchi"], SAT)
d.Q("not intelligent, wise or honourable", ["partial"], "Ali Khamenei", ["khamenei"], D(2025, 2))
d.Q("tie the country's fate", ["partial"], "Ali Khamenei", ["khamenei"], D(2025, 4, 15))
d.Q("a repeat of 2019", ["partial"], None, [], None)
d.Q("Everyone in the Gulf remembers who paid the price the last time Washington and Tehran stopped talking,",
    ["direct"], None, [], None)
d.Q("in the first phase, not the last", ["partial"], None, [], None)
# figures
d.F("once, in 2015", 1, ["time"], "count", core=False)
d.F("two years after", 2, ["year"], "duration", core=False)
d.F("52 Americans", 52, ["american"], "count", subject_any=["american", "hostage"])
d.F("444 days", 444, ["day"], "duration", subject_any=["american", "hostage", "holding"])
d.F("the two countries", 2, ["country"], "count", core=False)
d.F("six world powers", 6, ["world power", "power"], "count", subject_any=["world power", "nuclear deal"])
d.F("three years earlier", 3, ["year"], "duration", core=False)
d.F("more than 80 percent", 80, ["percent"], "percent", "more_than", ["oil export", "export"])
d.F("decades", 20, ["year"], "duration", "about", core=False)
d.F("about half", 50, ["percent"], "percent", "about", ["oil output", "output"])
# events
d.EV("Iran wants written guarantee", ["statement", "negotiation"], SAT, ["iran"], core=False)
d.EV("Tehran has asked Omani mediators for assurances", ["statement", "negotiation"], SAT, ["iran", "tehran"], core=False)
d.EV("Iran has asked Omani mediators for a written", ["statement", "negotiation"], SAT, ["iran"], core=False)
d.EV("a source familiar with the talks told Middle East Eye", ["statement"], None, [], core=False)
d.EV("The request was made", ["statement", "negotiation"], SAT, ["iran"])
d.EV("the third round of indirect talks", ["negotiation"], SAT, ["iran", "united states", "araghchi", "witkoff"])
d.EV("the source said.", ["statement"], None, [], core=False)
d.EV("the source said, speaking", ["statement"], None, [], core=False)
d.EV("confirmed the request to MEE", ["statement"], None, [], core=False)
d.EV("said on Monday that Tehran would not discuss", ["statement"], MON, ["baghaei", "foreign ministry", "iran"])
d.EV("Araghchi told Iranian state television", ["statement"], SAT, ["araghchi"])
d.EV("the next round was planned for 3 May", ["negotiation"], D(2025, 5, 3), ["iran", "united states"], core=False)
d.EV("did not respond to MEE's request", ["statement", "other"], None, ["state department"], core=False)
d.EV("a coup organised by the CIA", ["coup"], D(1953, 8), ["cia", "central intelligence agency", "mi6"])
d.EV("he nationalised the country's oil industry", ["legislation"], D(1951), ["mosaddegh"])
d.EV("restored the shah's power", ["leadership_change"], D(1953, 8), ["cia", "mi6"])
d.EV("the Islamic Revolution toppled", ["revolution"], D(1979), [])
d.EV("students seized the US embassy", ["seizure"], D(1979, 11), ["student"])
d.EV("holding 52 Americans for 444 days", ["seizure"], R(D(1979, 11), D(1981, 1)), ["student"], core=False)
d.EV("Washington cut diplomatic ties with Tehran in April 1980", ["other", "withdrawal"], D(1980, 4), ["united states", "washington"])
d.EV("have had no formal relations since", ["other"], None, [], core=False)
d.EV("Iranian leaders draw a straight line", ["statement"], None, ["iran"], core=False)
d.EV("decision in May 2018 to abandon", ["withdrawal"], D(2018, 5), ["trump", "united states"])
d.EV("Iran had signed with six world powers", ["agreement"], D(2015), ["iran", "world power"])
d.EV("to reimpose sanctions", ["sanction"], R(D(2018, 5), D(2018, 11)), ["trump", "united states"])
d.EV("cut its oil exports", ["other"], None, [], core=False)
d.EV("who in February called negotiating", ["statement"], D(2025, 2), ["khamenei"])
d.EV("has since allowed the indirect talks", ["other", "support"], None, ["khamenei"], core=False)
d.EV("On 15 April he told officials", ["statement"], D(2025, 4, 15), ["khamenei"])
d.EV("are now quietly backing", ["support"], None, ["gulf"], core=False)
d.EV("met Khamenei in Tehran on 17 April", ["negotiation"], D(2025, 4, 17), ["khalid bin salman", "saudi"])
d.EV("handed him a letter from King Salman", ["statement", "other"], D(2025, 4, 17), ["khalid bin salman", "salman", "saudi"])
d.EV("A Saudi official told MEE", ["statement"], None, [], core=False)
d.EV("the drone and missile attacks on Aramco facilities", ["attack"], D(2019, 9), [])
d.EV("the official said", ["statement"], None, [], core=False)
d.EV("A second source, a former Iranian diplomat", ["statement"], None, [], core=False)
d.save()
