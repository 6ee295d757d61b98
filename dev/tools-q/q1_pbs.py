from q0 import FDoc, D, R, write, author, meta_note

DOC = "dev-q-pbs-newshour-muscat-first-round-trust"
PUB = "2025-04-14"  # a Monday
TEXT = """U.S. and Iran call first round of talks in Oman constructive, but deep distrust remains

April 14, 2025 6:47 PM EDT

Transcript

LAUREN OKAFOR-HALE: Iran and the United States both called their first round of nuclear talks in Oman on Saturday constructive, the highest-level contact between the two governments since 2018.

But officials on both sides made clear today that trust is in short supply.

Our foreign affairs correspondent, Daniel Mercer-Farzan, begins our coverage.

DANIEL MERCER-FARZAN: The talks took place at a villa outside Muscat and lasted about two and a half hours.

For most of that time, the American and Iranian delegations sat in separate rooms, while Oman's foreign minister, Badr Albusaidi, carried messages between them.

At the end, the two lead negotiators, Steve Witkoff and Abbas Araghchi, spoke face to face for several minutes.

Today, in the Oval Office, President Trump was asked how the talks had gone.

DONALD TRUMP, President of the United States: I think they went OK. Nothing's done until it's done, so I don't like talking about it too much.

DANIEL MERCER-FARZAN: In Tehran, Foreign Ministry spokesman Esmaeil Baghaei told reporters on Sunday the talks had been held "in a constructive atmosphere," but warned that Iran would judge Washington by what it does, not by what it says.

Iran's supreme leader, Ayatollah Ali Khamenei, who must approve any deal, has been openly skeptical. In February, he said negotiating with the United States was "not intelligent, wise or honorable."

For many Iranians, that skepticism starts in 1953, when the CIA helped overthrow Prime Minister Mohammad Mosaddegh. It deepened after the 1979 revolution, when students seized the U.S. Embassy in Tehran and held 52 Americans for 444 days.

And it hardened again in May 2018, when President Trump withdrew from the nuclear agreement three years after it was signed and reimposed sanctions that cut Iran's oil exports by more than 80 percent.

Sanam Rahbari-Quint runs a small pharmacy in central Tehran. Many of her shelves are empty.

SANAM RAHBARI-QUINT, Pharmacist (through interpreter): We signed once, and they tore it up. Why should this time be different? I want the talks to work, but I don't believe in them.

DANIEL MERCER-FARZAN: The rial has lost about 40 percent of its value since last summer. Since last Monday, when President Trump announced the talks from the Oval Office, it has recovered slightly.

A second round is expected next Saturday, officials from both countries said today.

For the "NewsHour," I'm Daniel Mercer-Farzan.

LAUREN OKAFOR-HALE: For more on what it would take to build trust between the two sides, I'm joined by Martin Holloway-Reyes, who served as a State Department negotiator in the talks that led to the 2015 agreement, and by Parvaneh Ashkani-Doyle, a senior fellow at the Harrowgate Center for Middle East Policy.

Welcome to you both.

Martin Holloway-Reyes, let me start with you. What did you make of Saturday?

MR. HOLLOWAY-REYES: I think it was a good first step, and a real one. The fact that they met directly, even briefly, matters. In March 2013, when we sat down with the Iranians in secret in Oman, we never got that far in a first meeting.

LAUREN OKAFOR-HALE: Parvaneh Ashkani-Doyle, the Iranians say they don't trust Washington. How does that shape what they can offer?

MS. ASHKANI-DOYLE: Enormously. When I was in Tehran last fall, the phrase I heard again and again was "we kept our side." Iran stayed inside the deal's limits for a year after the American withdrawal. Then it started enriching beyond 3.67 percent, and it is now at 60 percent. So Iran's negotiators have to bring home something that the next president cannot take away.

LAUREN OKAFOR-HALE: Is there such a thing?

MS. ASHKANI-DOYLE: Probably not, and that's the problem.

MR. HOLLOWAY-REYES: I'd push back a little. Mr. Witkoff said on Friday that the goal was a deal that "verifiably" closes every path to a weapon. That's a narrower aim than what we heard in February, when the President signed a memorandum restoring "maximum pressure" on Iran. Narrower aims are easier to trust.

LAUREN OKAFOR-HALE: We will see how far that goes next weekend. Martin Holloway-Reyes, Parvaneh Ashkani-Doyle, thank you both.

MS. ASHKANI-DOYLE: Thank you.

MR. HOLLOWAY-REYES: Thank you.
"""
write(DOC, "U.S. and Iran call first round of talks in Oman constructive, but deep distrust remains",
      "PBS NewsHour (style imitation)", PUB, TEXT)
meta_note(DOC, "broadcast transcript in PBS NewsHour house style (headline, date-and-time line, 'Transcript', capitalised "
          "speaker labels, an anchor introduction, a correspondent package with sound bites labelled 'NAME, Title:', "
          "a two-guest interview with 'MR.'/'MS.' labels), style imitation; the anchor Lauren Okafor-Hale, the "
          "correspondent Daniel Mercer-Farzan, the pharmacist Sanam Rahbari-Quint, the guests Martin Holloway-Reyes and "
          "Parvaneh Ashkani-Doyle and the Harrowgate Center for Middle East Policy are invented; the words of Trump, "
          "Baghaei and Witkoff are invented or paraphrased ('not intelligent, wise or honorable' is Khamenei's phrase of "
          "February 2025, 'maximum pressure' the policy's name); the length of the talks and the rial's fall are plausible, "
          "not exact")

d = FDoc(DOC, PUB)
SAT, SUN, FRI, MON, LMON = D(2025, 4, 12), D(2025, 4, 13), D(2025, 4, 11), D(2025, 4, 14), D(2025, 4, 7)
# quotes (only quotation-marked spans; the speakers' turns and sound bites are the text itself)
d.Q("in a constructive atmosphere,", ["partial"], "Esmaeil Baghaei", ["baghaei"], SUN)
d.Q("not intelligent, wise or honorable.", ["partial"], "Ali Khamenei", ["khamenei"], D(2025, 2))
d.Q("NewsHour,", ["term"], None, [], None, core=False)
d.Q("we kept our side.", ["direct", "partial"], None, [], None, core=False)
d.Q("verifiably", ["partial"], "Steve Witkoff", ["witkoff"], FRI)
d.Q("maximum pressure", ["term"], "Donald Trump", ["trump"], D(2025, 2), core=False)
# figures
d.F("the two governments", 2, ["government"], "count", core=False)
d.F("about two and a half hours", 2.5, ["hour"], "duration", "about", ["talks"])
d.F("the two lead negotiators", 2, ["negotiator"], "count", core=False)
d.F("several minutes", 3, ["minute"], "duration", "about", core=False)
d.F("52 Americans", 52, ["american", "hostage", "person"], "count", subject_any=["american", "hostage"])
d.F("444 days", 444, ["day"], "duration", subject_any=["held", "american", "hostage"])
d.F("three years after", 3, ["year"], "duration", core=False)
d.F("more than 80 percent", 80, ["percent"], "percent", "more_than", ["oil export", "export"])
d.F("once", 1, ["time"], "count", core=False)
d.F("about 40 percent", 40, ["percent"], "percent", "about", ["rial", "value"])
d.F("the two sides", 2, ["side"], "count", core=False)
d.F("for a year after", 1, ["year"], "duration", core=False)
d.F("3.67 percent", 3.67, ["percent"], "percent", "more_than", ["enrich", "uranium"])
d.F("60 percent", 60, ["percent"], "percent", subject_any=["enrich", "uranium"])
# events
d.EV("call first round of talks in Oman constructive", ["statement"], None, ["iran", "united states"], core=False)
d.EV("first round of talks in Oman", ["negotiation"], SAT, ["iran", "united states"], core=False)
d.EV("both called their first round", ["statement"], None, ["iran", "united states"], core=False)
d.EV("first round of nuclear talks in Oman on Saturday", ["negotiation"], SAT, ["iran", "united states"])
d.EV("officials on both sides made clear today", ["statement"], MON, [], core=False)
d.EV("The talks took place at a villa", ["negotiation"], SAT, [], core=False)
d.EV("carried messages between them", ["negotiation"], SAT, ["albusaidi", "busaidi", "oman"], core=False)
d.EV("spoke face to face", ["negotiation"], SAT, ["witkoff", "araghchi"], core=False)
d.EV("President Trump was asked how", ["statement", "other"], MON, [], core=False)
d.EV("told reporters on Sunday", ["statement"], SUN, ["baghaei"])
d.EV("had been held \"in a constructive", ["negotiation"], SAT, [], core=False)
d.EV("but warned that Iran would judge", ["statement", "threat"], SUN, ["baghaei"], core=False)
d.EV("has been openly skeptical", ["statement"], None, ["khamenei"], core=False)
d.EV("In February, he said negotiating", ["statement"], D(2025, 2), ["khamenei"])
d.EV("the CIA helped overthrow", ["coup"], D(1953), ["cia", "central intelligence"])
d.EV("after the 1979 revolution", ["revolution"], D(1979), [])
d.EV("students seized the U.S. Embassy", ["seizure"], D(1979), ["student"])
d.EV("held 52 Americans", ["seizure"], D(1979), ["student"], core=False)
d.EV("President Trump withdrew from the nuclear agreement", ["withdrawal"], D(2018, 5), ["trump"])
d.EV("after it was signed", ["agreement"], D(2015), [])
d.EV("reimposed sanctions that cut", ["sanction"], R(D(2018, 5), D(2018, 11)), ["trump"])
d.EV("cut Iran's oil exports", ["other", "sanction"], None, [], core=False)
d.EV("We signed once", ["agreement"], None, ["iran"], core=False)
d.EV("they tore it up", ["withdrawal"], None, ["united states"], core=False)
d.EV("The rial has lost about 40 percent", ["other"], None, [], core=False)
d.EV("President Trump announced the talks", ["statement"], LMON, ["trump"])
d.EV("it has recovered slightly", ["other"], None, [], core=False)
d.EV("A second round is expected next Saturday", ["negotiation"], D(2025, 4, 19), [], core=False)
d.EV("officials from both countries said today", ["statement"], MON, [], core=False)
d.EV("the talks that led to the 2015 agreement", ["agreement"], D(2015), [], core=False)
d.EV("they met directly", ["negotiation"], SAT, ["witkoff", "araghchi", "iran", "united states"], core=False)
d.EV("we sat down with the Iranians in secret", ["negotiation"], D(2013, 3), ["united states", "holloway"])
d.EV("Then it started enriching beyond", ["withdrawal", "other"], D(2019), ["iran"])
d.EV("Mr. Witkoff said on Friday", ["statement"], FRI, ["witkoff"])
d.EV("the President signed a memorandum", ["legislation", "sanction"], D(2025, 2), ["trump", "president"])
d.save()
