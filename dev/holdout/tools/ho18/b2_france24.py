import sys; sys.path.insert(0, __import__("os").path.dirname(__file__))
from h18 import write, PDoc, D, R, words

DOC = "ho18-france24-un-sanctions-return-tehran-recalls-envoys"
PUB = "2025-09-28"  # a Sunday
TEXT = """Middle East

UN sanctions on Iran return as Tehran recalls envoys from Europe

United Nations sanctions on Iran came back into force overnight, a decade after they were lifted under the 2015 nuclear deal, as Tehran recalled its ambassadors from the three European capitals that set their return in motion.

Text by: FRANCE 24
Video by: Nima Farhadi-Laurent
Latest update: 28/09/2025 - 14:36

Tehran (AFP) – United Nations sanctions on Iran returned at midnight GMT on Sunday, reviving an arms embargo and a ban on uranium enrichment lifted a decade ago, after last-ditch diplomacy in New York failed to delay them.

Iran on Saturday recalled its ambassadors to Britain, France and Germany for consultations, state television reported, in protest at what the foreign ministry called an "irresponsible" move by the three European powers.

VIDEO: In Tehran, long queues at exchange shops as the rial hits a record low

"The snapback was designed as a safeguard against violations, and it has been turned against the party that kept its word," Foreign Minister Abbas Araghchi said in a statement on his Telegram channel on Sunday. He said the restored resolutions were "null and void" and that Iran would "respond appropriately."

Britain, France and Germany notified the Security Council on August 28 that Iran was in "significant non-performance" of its commitments, starting a 30-day process. In a joint statement on Saturday, their foreign ministers said the return of sanctions was "not the end of diplomacy" and urged Tehran to let inspectors back into its nuclear sites.

The Council's 15 members rejected a Russian and Chinese draft on Friday that would have postponed the sanctions by six months, with four votes in favour, nine against and two abstentions. A week earlier, a resolution that would have kept the relief in place had failed by the same margin.

A French diplomatic source told AFP on Sunday that Paris remained "open to a negotiated solution at any moment."

- 'We have seen this film' -

"We did everything that was asked of us, and the Europeans chose the American way," Mohammad Reza Ghaffari-Noor, a 41-year-old pharmacist, told AFP as he waited outside an exchange office on Manouchehri Street in central Tehran. "We have seen this film before."

The rial traded at about 1.12 million to the US dollar on the open market on Sunday, down from around 1.03 million at the start of the month, according to foreign exchange websites.

Hamidreza Sadr-Lambert, an analyst at the Geneva Institute for Gulf Dialogue, told AFP on Saturday that the return of sanctions would matter less to Iran's economy than to its politics. "The real damage is to the idea that an agreement with the West can last," he said.

- From Vienna to snapback -

The 2015 agreement, concluded in Vienna on July 14 of that year between Iran and six world powers, capped enrichment at 3.67 percent in exchange for the lifting of sanctions, and was endorsed by Security Council Resolution 2231 six days later. US President Donald Trump pulled out of the deal on May 8, 2018, and reimposed American sanctions; Iran began exceeding the accord's limits a year later.

Many Iranians trace their distrust further back, to the CIA- and British-backed coup that overthrew prime minister Mohammad Mossadegh in August 1953, and to the break in relations that followed the seizure of the US embassy in Tehran in November 1979.

Iran's parliament voted on June 25 to suspend cooperation with the International Atomic Energy Agency after Israeli and US strikes on its nuclear sites in June, and inspectors left the country in early July. Tehran would now "review" an agreement signed with the IAEA in Cairo on September 9 to restore their access, according to a statement issued by the foreign ministry on Sunday.

President Masoud Pezeshkian, who addressed the UN General Assembly on Wednesday, told reporters in New York the next day that Iran had no plans to leave the Nuclear Non-Proliferation Treaty.

Iran exported about 1.8 million barrels of crude a day in August, most of it to China, according to tanker-tracking data.

(FRANCE 24 with AFP)
"""
NOTE = ("held-out evaluation article written for the project; not a real publication. Imitates the layout and "
        "attribution habits of a France 24 English web story built on AFP copy (section word, headline and "
        "standfirst, `Text by:`/`Video by:`/`Latest update:` lines with a day-month-year date, an embedded `VIDEO:` "
        "caption line, the `Tehran (AFP) –` dateline, AFP-style dash subheads, \"told AFP\", \"according to a "
        "statement\", one witness with an age, closing `(FRANCE 24 with AFP)`). The video journalist Nima "
        "Farhadi-Laurent, the pharmacist Mohammad Reza Ghaffari-Noor, the analyst Hamidreza Sadr-Lambert and the "
        "Geneva Institute for Gulf Dialogue, the French diplomatic source and every sentence are invented; the words "
        "given to Araghchi, the Iranian foreign ministry and the E3 ministers are invented or paraphrased "
        "(\"significant non-performance\", \"not the end of diplomacy\" and \"null and void\" follow public "
        "reporting in substance). The dates of the E3 notification, the Security Council votes and their tallies, "
        "the recall of the ambassadors, the Majlis vote, the Cairo agreement and the snapback follow public "
        "reporting; the foreign ministry's statement on the Cairo agreement, Pezeshkian's remark of the next day, "
        "the rial rates and the export volume are plausible, not checked.")
write(DOC, "UN sanctions on Iran return as Tehran recalls envoys from Europe", "FRANCE 24 (style imitation)", PUB,
      TEXT, NOTE)

d = PDoc(DOC, PUB)
SUN, SAT, FRI, WED, THU = D(2025, 9, 28), D(2025, 9, 27), D(2025, 9, 26), D(2025, 9, 24), D(2025, 9, 25)
AR = ["araghchi"]
E3 = ["united kingdom", "britain", "france", "germany", "e3", "european"]
FM = ["foreign ministry", "iran"]
GN = ["ghaffari"]
SL = ["sadr-lambert"]

# quotes
d.Q("irresponsible", ["partial"], "Iranian Foreign Ministry", FM)
d.Q("The snapback was designed as a safeguard against violations, and it has been turned against the party that kept its word,",
    ["direct"], "Abbas Araghchi", AR, SUN)
d.Q("null and void", ["partial"], "Abbas Araghchi", AR, SUN)
d.Q("respond appropriately.", ["partial"], "Abbas Araghchi", AR, SUN)
d.Q("significant non-performance", ["partial"], "United Kingdom, France and Germany", E3, D(2025, 8, 28))
d.Q("not the end of diplomacy", ["partial"], "United Kingdom, France and Germany", E3, SAT)
d.Q("open to a negotiated solution at any moment.", ["partial"], None, (), SUN)
d.Q("We have seen this film", ["partial"], "Mohammad Reza Ghaffari-Noor", GN, core=False)
d.Q("We did everything that was asked of us, and the Europeans chose the American way,", ["direct"],
    "Mohammad Reza Ghaffari-Noor", GN)
d.Q("We have seen this film before.", ["direct"], "Mohammad Reza Ghaffari-Noor", GN)
d.Q("The real damage is to the idea that an agreement with the West can last,", ["direct"], "Hamidreza Sadr-Lambert", SL, SAT)
d.Q("review", ["partial"], "Iranian Foreign Ministry", FM, SUN)

# figures
d.F("a decade after", 10, ["year", "decade"], "duration", core=False)
d.F("the three European capitals", 3, ["capital", "european capital"], "count", core=False)
d.F("a decade ago", 10, ["year", "decade"], "duration", core=False)
d.F("the three European powers", 3, ["power", "european power"], "count", core=False)
d.F("30-day", 30, ["day"], "duration", core=False)
d.F("15 members", 15, ["member"], "count", subject_any=["council", "member"])
d.F("six months", 6, ["month"], "duration", subject_any=["postpone", "sanction"])
d.F("four votes", 4, ["vote"], "count", subject_any=["favour", "vote"])
d.F("nine", 9, ["vote"], "count", subject_any=["against", "vote"], ctx=("nine against",))
d.F("two abstentions", 2, ["abstention"], "count", subject_any=["abstention"])
d.F("A week earlier", 1, ["week"], "duration", core=False)
d.F("41-year-old", 41, ["year"], "duration", core=False)
d.F("about 1.12 million", 1.12e6, ["irr", "rial"], "money", "about", ["rial"])
d.F("around 1.03 million", 1.03e6, ["irr", "rial"], "money", "about", ["rial"])
d.F("six world powers", 6, ["world power", "power"], "count", subject_any=["power"])
d.F("3.67 percent", 3.67, ["percent"], "percent", "at_most", ["enrich"])
d.F("six days later", 6, ["day"], "duration", core=False)
d.F("a year later", 1, ["year"], "duration", core=False)
d.F("about 1.8 million barrels of crude a day", 1.8e6, ["barrel per day", "barrel a day"], "measure", "about",
    ["crude", "export"])

# events
d.V("UN sanctions on Iran return as Tehran recalls", "return", ["sanction"], SUN, core=False)
d.V("UN sanctions on Iran return as Tehran recalls", "recalls", ["other", "withdrawal", "statement"], SAT, ["tehran", "iran"], core=False)
d.V("United Nations sanctions on Iran came back into force overnight", "came back into force", ["sanction"], R(SAT, SUN), core=False)
d.V("United Nations sanctions on Iran came back into force overnight", "were lifted", ["sanction"], R(D(2015), D(2016)), core=False)
d.V("United Nations sanctions on Iran came back into force overnight", "recalled", ["other", "withdrawal", "statement"], SAT, ["tehran", "iran"], core=False)
d.V("Tehran (AFP) – United Nations sanctions on Iran returned", "returned at midnight GMT on Sunday", ["sanction"], SUN)
d.V("Tehran (AFP) – United Nations sanctions on Iran returned", "lifted a decade ago", ["sanction"], R(D(2015), D(2016)))
d.V("Tehran (AFP) – United Nations sanctions on Iran returned", "failed to delay", ["negotiation", "other"], None, core=False)
d.V("Iran on Saturday recalled its ambassadors", "recalled", ["other", "withdrawal", "statement"], SAT, ["iran"])
d.V("Iran on Saturday recalled its ambassadors", "reported", ["statement", "disclosure"], None, ["state television", "television"], core=False)
d.V("Iran on Saturday recalled its ambassadors", "called", ["statement"], None, FM, core=False)
d.V("VIDEO: In Tehran, long queues", "hits a record low", ["other"], None, core=False)
d.V("\"The snapback was designed as a safeguard", "said in a statement on his Telegram channel on Sunday", ["statement"], SUN, AR)
d.V("He said the restored resolutions were", "He said", ["statement"], SUN, AR, core=False)
d.V("Britain, France and Germany notified the Security Council on August 28", "notified", ["sanction", "statement"], D(2025, 8, 28), E3)
d.V("Britain, France and Germany notified the Security Council on August 28", "starting a 30-day process", ["sanction"], D(2025, 8, 28), E3, core=False)
d.V("In a joint statement on Saturday, their foreign ministers said", "said", ["statement"], SAT, E3 + ["foreign minister"])
d.V("In a joint statement on Saturday, their foreign ministers said", "urged", ["statement"], SAT, E3 + ["foreign minister"], core=False)
d.V("The Council's 15 members rejected", "rejected", ["legislation", "other", "sanction", "negotiation"], FRI, ["security council", "council", "member"])
d.V("The Council's 15 members rejected", "would have postponed", ["sanction", "other"], None, core=False)
d.V("A week earlier, a resolution that would have kept", "had failed", ["legislation", "other", "sanction"], D(2025, 9, 19))
d.V("A French diplomatic source told AFP on Sunday", "told AFP on Sunday", ["statement"], SUN, core=False)
d.V("\"We did everything that was asked of us", "told AFP", ["statement"], None, GN, core=False)
d.V("The rial traded at about 1.12 million", "traded", ["other"], SUN, core=False)
d.V("Hamidreza Sadr-Lambert, an analyst at the Geneva Institute", "told AFP on Saturday", ["statement"], SAT, SL)
d.V("\"The real damage is to the idea", "he said", ["statement"], SAT, SL, core=False)
d.V("The 2015 agreement, concluded in Vienna on July 14", "concluded", ["agreement"], D(2015, 7, 14), ["iran", "world power"])
d.V("The 2015 agreement, concluded in Vienna on July 14", "capped", ["agreement"], D(2015, 7, 14), core=False)
d.V("The 2015 agreement, concluded in Vienna on July 14", "lifting of sanctions", ["sanction"], None, core=False)
d.V("The 2015 agreement, concluded in Vienna on July 14", "was endorsed", ["legislation", "agreement"], D(2015, 7, 20), ["security council", "resolution 2231"])
d.V("US President Donald Trump pulled out of the deal", "pulled out", ["withdrawal"], D(2018, 5, 8), ["trump"])
d.V("US President Donald Trump pulled out of the deal", "reimposed", ["sanction"], R(D(2018, 5, 8), D(2018, 11, 30)), ["trump", "united states"])
d.V("US President Donald Trump pulled out of the deal", "began exceeding", ["withdrawal", "other"], D(2019), ["iran"])
d.V("Many Iranians trace their distrust further back", "trace", ["statement"], None, core=False)
d.V("Many Iranians trace their distrust further back", "coup", ["coup"], D(1953, 8), ["cia", "central intelligence", "british", "britain"])
d.V("Many Iranians trace their distrust further back", "break in relations", ["other", "withdrawal"], None, core=False)
d.V("Many Iranians trace their distrust further back", "seizure", ["seizure"], D(1979, 11))
d.V("Iran's parliament voted on June 25", "voted", ["legislation"], D(2025, 6, 25), ["parliament", "majlis"])
d.V("Iran's parliament voted on June 25", "strikes", ["attack"], D(2025, 6), ["israel", "united states", "us"])
d.V("Iran's parliament voted on June 25", "left the country", ["other", "withdrawal"], R(D(2025, 7, 1), D(2025, 7, 10)), ["inspector", "iaea", "atomic energy"])
d.V("Tehran would now \"review\" an agreement", "would now \"review\"", ["other", "withdrawal"], None, core=False)
d.V("Tehran would now \"review\" an agreement", "signed", ["agreement"], D(2025, 9, 9), ["iran", "tehran", "iaea", "atomic energy"])
d.V("Tehran would now \"review\" an agreement", "according to a statement issued by the foreign ministry on Sunday", ["statement"], SUN, FM)
d.V("President Masoud Pezeshkian, who addressed", "addressed", ["statement"], WED, ["pezeshkian"])
d.V("President Masoud Pezeshkian, who addressed", "told reporters", ["statement"], THU, ["pezeshkian"])
d.V("President Masoud Pezeshkian, who addressed", "leave the Nuclear Non-Proliferation Treaty", ["withdrawal"], None, core=False)
d.V("Iran exported about 1.8 million barrels", "exported", ["other"], D(2025, 8), core=False)
d.save()
print(DOC, words(DOC), "words")
