from q0 import FDoc, D, R, write, author, meta_note

DOC = "dev-q-toi-chabahar-waiver-revoked-mea-oil-evacuations"
PUB = "2025-09-19"  # a Friday
TEXT = """Chabahar waiver revoked: India examining implications, says MEA; port work to go on for now

TNN | Updated: Sep 19, 2025, 08:14 IST

NEW DELHI: India on Thursday said it was examining the implications of the US decision to revoke a sanctions waiver that has allowed Indian firms to work at Iran's Chabahar port since 2018, with the external affairs ministry stressing that the project remained "vital" for connectivity to Afghanistan and Central Asia.

"We have seen the US announcement. We are examining its implications for India and for our companies," MEA spokesperson Randhir Jaiswal said at the weekly media briefing. He declined to say whether New Delhi had sought a fresh exemption.

The US state department announced on Tuesday that the exception granted in November 2018 under the Iran Freedom and Counter-Proliferation Act would be revoked with effect from September 29, exposing operators of the port to possible penalties.

India Ports Global Limited (IPGL), a state-owned company, signed a 10-year contract with Iran's Ports and Maritime Organisation on May 13, 2024 to equip and operate the Shahid Beheshti terminal. Under the deal, IPGL committed to invest about $120 million, and India offered an additional credit line of $250 million for infrastructure around the port. The government had earmarked Rs 100 crore for Chabahar in the Union Budget for 2024-25.

Officials said the terminal has handled more than 8 million tonnes of bulk cargo since IPGL took over operations in December 2018, according to PTI.

India, Iran and Afghanistan signed a trilateral transit agreement on the port in May 2016, during PM Narendra Modi's visit to Tehran. "Chabahar is about connectivity, not about taking sides," a senior official told TOI, adding that India would "engage with all stakeholders."

Iran's embassy in New Delhi said in a post on X on Wednesday that the port's future should "not be decided by a third country." Tehran has long argued that Washington cannot be relied upon to honour its word, citing the US withdrawal from the 2015 nuclear deal.

Oil ties already cut

The waiver decision is the latest blow to economic ties that have shrunk since Washington pulled out of that deal in May 2018. India, once among the largest buyers of Iranian crude, halted imports in May 2019 after the US ended sanctions waivers for eight economies. Before that, Iran supplied about 10 per cent of India's crude oil, shipping around 480,000 barrels per day (bpd) at its peak. Iraq and Russia now account for more than 1.5 million bpd each.

The move also comes weeks after Britain, France and Germany, known as the E3, triggered the 'snapback' of UN sanctions on Iran on August 28, a process that will restore the measures at the end of this month unless the Security Council decides otherwise.

In June, during the 12-day war between Israel and Iran, India evacuated more than 4,400 of its nationals from Iran under Operation Sindhu, the MEA said at the time. Many of them were medical students from Jammu and Kashmir studying in Tehran, Mashhad and Urmia.

"We left our books, our clothes, everything," Mehreen, a student from Srinagar who returned on an evacuation flight from Mashhad, told ANI. "We still do not know when we can go back."

Prof Anuradha Kesavan-Ray of the Deccan Institute of Strategic Affairs said the revocation showed the limits of India's balancing act. "For two decades we have built Chabahar on exemptions. An exemption can be taken back with a press note," she told TOI.

(With inputs from PTI and ANI)
"""
write(DOC, "Chabahar waiver revoked: India examining implications, says MEA; port work to go on for now",
      "The Times of India (style imitation)", PUB, TEXT)
meta_note(DOC, "news story in Times of India house style ('TNN | Updated: ... IST' line, 'NEW DELHI:' dateline, 'MEA "
          "spokesperson', 'according to PTI', 'told ANI', 'told TOI', 'per cent', 'Rs ... crore', 'bpd', single quotes "
          "for a term, an '(With inputs from PTI and ANI)' credit), style imitation; the senior official, the student "
          "Mehreen, Prof Anuradha Kesavan-Ray and the Deccan Institute of Strategic Affairs are invented; the words of "
          "Jaiswal and of Iran's embassy are invented; the cargo volume, the import volumes and the evacuee count are "
          "plausible, not exact")

d = FDoc(DOC, PUB)
THU, TUE, WED = D(2025, 9, 18), D(2025, 9, 16), D(2025, 9, 17)
# quotes
d.Q("vital", ["partial"], "Ministry of External Affairs", ["external affairs", "mea", "india", "jaiswal"], THU)
d.Q("We have seen the US announcement. We are examining its implications for India and for our companies,",
    ["direct"], "Randhir Jaiswal", ["jaiswal"], THU)
d.Q("Chabahar is about connectivity, not about taking sides,", ["direct"], None, [], None)
d.Q("engage with all stakeholders.", ["partial"], None, [], None)
d.Q("not be decided by a third country.", ["partial"], "Embassy of Iran in New Delhi", ["embassy", "iran"], WED)
d.Q("snapback", ["term"], None, [], None, core=False)
d.Q("We left our books, our clothes, everything,", ["direct"], None, [], None)
d.Q("We still do not know when we can go back.", ["direct"], None, [], None)
d.Q("For two decades we have built Chabahar on exemptions. An exemption can be taken back with a press note,",
    ["direct"], "Anuradha Kesavan-Ray", ["kesavan"], None)
# figures
d.F("10-year contract", 10, ["year"], "duration", subject_any=["contract"])
d.F("about $120 million", 1.2e8, ["usd"], "money", "about", ["invest", "ipgl"])
d.F("$250 million", 2.5e8, ["usd"], "money", subject_any=["credit line", "credit"])
d.F("Rs 100 crore", 1e9, ["inr"], "money", subject_any=["chabahar", "budget"])
d.F("more than 8 million tonnes", 8e6, ["tonne", "ton"], "measure", "more_than", ["cargo", "bulk cargo"])
d.F("eight economies", 8, ["economy"], "count", subject_any=["econom", "waiver"])
d.F("about 10 per cent", 10, ["percent"], "percent", "about", ["crude", "oil"])
d.F("around 480,000 barrels per day", 480000, ["barrel per day"], "measure", "about", ["crude", "oil", "import"])
d.F("more than 1.5 million bpd", 1.5e6, ["barrel per day"], "measure", "more_than", ["iraq", "russia"])
d.F("12-day war", 12, ["day"], "duration", subject_any=["war"])
d.F("more than 4,400 of its nationals", 4400, ["national"], "count", "more_than", ["national", "evacuat"])
d.F("two decades", 20, ["year"], "duration", core=False)
# events
d.EV("Chabahar waiver revoked", ["sanction"], TUE, ["united states"], core=False)
d.EV("India examining implications, says MEA", ["statement"], THU, ["india", "external affairs", "mea"], core=False)
d.EV("India on Thursday said", ["statement"], THU, ["india", "external affairs", "mea"])
d.EV("the US decision to revoke a sanctions waiver", ["sanction"], TUE, ["united states"], core=False)
d.EV("Randhir Jaiswal said at the weekly media briefing", ["statement"], THU, ["jaiswal"], core=False)
d.EV("He declined to say", ["statement"], THU, ["jaiswal"], core=False)
d.EV("The US state department announced on Tuesday", ["sanction", "statement"], TUE, ["state department", "united states"])
d.EV("the exception granted in November 2018", ["sanction", "agreement", "other"], D(2018, 11), [])
d.EV("would be revoked with effect from September 29", ["sanction"], D(2025, 9, 29), [], core=False)
d.EV("signed a 10-year contract", ["agreement"], D(2024, 5, 13), ["ipgl", "india ports global"])
d.EV("IPGL committed to invest", ["agreement", "other"], None, ["ipgl"], core=False)
d.EV("India offered an additional credit line", ["support", "agreement"], None, ["india"], core=False)
d.EV("had earmarked Rs 100 crore", ["support", "legislation", "other"], R(D(2024, 4), D(2025, 3)), ["india", "government"], core=False)
d.EV("Officials said the terminal", ["statement"], None, [], core=False)
d.EV("since IPGL took over operations in December 2018", ["other"], D(2018, 12), ["ipgl"])
d.EV("signed a trilateral transit agreement", ["agreement"], D(2016, 5), ["india", "iran", "afghanistan"])
d.EV("PM Narendra Modi's visit to Tehran", ["negotiation", "other"], D(2016, 5), ["modi"])
d.EV("a senior official told TOI", ["statement"], None, [], core=False)
d.EV("said in a post on X on Wednesday", ["statement"], WED, ["embassy", "iran"])
d.EV("Tehran has long argued", ["statement"], None, ["iran", "tehran"], core=False)
d.EV("citing the US withdrawal from the 2015 nuclear deal", ["withdrawal"], None, ["united states"], core=False)
d.EV("since Washington pulled out of that deal in May 2018", ["withdrawal"], D(2018, 5), ["united states", "washington"])
d.EV("halted imports in May 2019", ["other", "sanction"], D(2019, 5), ["india"])
d.EV("after the US ended sanctions waivers", ["sanction"], D(2019, 5), ["united states"])
d.EV("Iran supplied about 10 per cent", ["other"], None, ["iran"], core=False)
d.EV("triggered the 'snapback'", ["sanction", "statement", "other"], D(2025, 8, 28), ["e3", "britain", "france", "germany"])
d.EV("will restore the measures", ["sanction"], D(2025, 9, 30), [], core=False)
d.EV("during the 12-day war between Israel and Iran", ["war"], D(2025, 6), ["israel"])
d.EV("India evacuated more than 4,400", ["other"], D(2025, 6), ["india"])
d.EV("the MEA said at the time", ["statement"], D(2025, 6), ["external affairs", "mea"], core=False)
d.EV("returned on an evacuation flight", ["other"], None, [], core=False)
d.EV("told ANI", ["statement"], None, [], core=False)
d.EV("said the revocation showed", ["statement"], None, ["kesavan"], core=False)
d.EV("she told TOI", ["statement"], None, ["kesavan"], core=False)
d.save()
