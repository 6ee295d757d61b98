from n0 import FDoc, D, R, write, author, meta_note

DOC = "dev-n-diaspora-persian-muscat-talks-red-lines"
PUB = "2025-04-14"  # a Monday
TEXT = """Khamenei set 'red lines' before Muscat talks, sources say, as hardliners voice doubts

Iran International Newsroom
Apr 14, 2025, 11:20 GMT+1

Iran's Supreme Leader Ali Khamenei approved the indirect format of Saturday's talks with the United States in Muscat but set strict limits on what negotiators could discuss, two sources familiar with the matter told Iran International.

According to the sources, Khamenei told a meeting of senior officials on Thursday, 21 Farvardin (April 10), that the talks must be confined to the nuclear file and that the country's missile programme was "not up for discussion."

Foreign Minister Abbas Araghchi and US special envoy Steve Witkoff met for more than two and a half hours on Saturday, 23 Farvardin (April 12), in separate rooms, with Oman's Foreign Minister Badr Albusaidi carrying messages between them. The two men spoke face to face for a few minutes at the end, both sides said. They agreed to meet again next Saturday.

"The Americans were told clearly that enrichment is not a subject of these talks," a senior official in Tehran told Iran International on condition of anonymity.

US President Donald Trump told reporters aboard Air Force One on Sunday that the talks were "going okay" but that nothing mattered "until you get it done."

The talks lifted Iran's currency. On Sunday, the rial traded at about 840,000 to the US dollar in Tehran's open market, compared with more than 1,040,000 a week earlier, according to currency-tracking websites.

Not everyone was pleased. A Telegram channel close to the Revolutionary Guards, Khat-e Moghavemat, wrote on Sunday that sitting with "the killers of Soleimani" would bring "nothing but another JCPOA." The channel has more than 300,000 subscribers.

Lawmaker Ruhollah Izadkhah-Moghaddam, a member of parliament's national security committee, said in a video posted on his Telegram channel that the Majlis had not been consulted. "We were told on the news, like everyone else," he said.

Parliament Speaker Mohammad Bagher Ghalibaf struck a different tone on Sunday, telling an open session that the negotiating team had "the full support of the system."

The Muscat meeting was the first negotiation between the Islamic Republic and the Trump administration. On 19 Bahman 1403 (February 7), Khamenei had called talks with Washington "not intelligent, wise or honourable," days after Trump signed a memorandum restoring his "maximum pressure" campaign.

Trump later sent Khamenei a letter, which the UAE's Anwar Gargash delivered in Tehran on 22 Esfand (March 12). Iran replied through Oman late last month.

Many Iranians remember the last time Washington walked away. On 18 Ordibehesht 1397 (May 8, 2018), Trump withdrew from the 2015 nuclear deal, and within months Iran's oil exports fell by about 80 percent. Older Iranians also cite 28 Mordad 1332 (August 19, 1953), when a coup backed by the CIA and Britain ousted Prime Minister Mohammad Mosaddegh.

"People have seen two generations of broken promises," Tehran-based economist Saeed Laylaz-Farokh told Iran International. "Now the rial moves on every rumour from Muscat."
"""
write(DOC, "Khamenei set 'red lines' before Muscat talks, sources say, as hardliners voice doubts",
      "Iran International (style imitation)", PUB, TEXT)
meta_note(DOC, "diaspora Persian-language outlet's English story in Iran International house style, style imitation; the Telegram channel Khat-e Moghavemat, the lawmaker Ruhollah Izadkhah-Moghaddam, the economist Saeed Laylaz-Farokh and all unnamed sources are invented; quotes of Khamenei (except the well-known 'not intelligent, wise or honourable'), Trump, Ghalibaf and the sources are invented or paraphrased; the rial rates, the subscriber count and the 80 percent fall are plausible, not exact")

d = FDoc(DOC, PUB)
SAT, SUN, THU = D(2025, 4, 12), D(2025, 4, 13), D(2025, 4, 10)
KH = ["khamenei"]
# quotes
d.Q("red lines", ["term", "partial"], "Ali Khamenei", KH, THU, core=False)
d.Q("not up for discussion.", ["partial"], "Ali Khamenei", KH, THU)
d.Q("The Americans were told clearly that enrichment is not a subject of these talks,", ["direct"], None, [], None)
d.Q("going okay", ["partial"], "Donald Trump", ["trump"], SUN)
d.Q("until you get it done.", ["partial"], "Donald Trump", ["trump"], SUN)
d.Q("the killers of Soleimani", ["partial"], "Khat-e Moghavemat", ["moghavemat", "telegram", "channel"], SUN)
d.Q("nothing but another JCPOA.", ["partial"], "Khat-e Moghavemat", ["moghavemat", "telegram", "channel"], SUN)
d.Q("We were told on the news, like everyone else,", ["direct"], "Ruhollah Izadkhah-Moghaddam", ["izadkhah"], None)
d.Q("the full support of the system.", ["partial"], "Mohammad Bagher Ghalibaf", ["ghalibaf", "qalibaf"], SUN)
d.Q("not intelligent, wise or honourable,", ["partial"], "Ali Khamenei", KH, D(2025, 2, 7))
d.Q("maximum pressure", ["term"], None, [], None, core=False)
d.Q("People have seen two generations of broken promises,", ["direct"], "Saeed Laylaz-Farokh", ["laylaz"], None)
d.Q("Now the rial moves on every rumour from Muscat.", ["direct"], "Saeed Laylaz-Farokh", ["laylaz"], None)
# figures
d.F("two sources", 2, ["source"], "count", core=False)
d.F("more than two and a half hours", 2.5, ["hour"], "duration", "more_than", ["talks", "met", "hour"])
d.F("The two men", 2, ["man"], "count", core=False)
d.F("a few minutes", None, ["minute"], "duration", "about", core=False)
d.F("both sides", 2, ["side"], "count", core=False)
d.F("about 840,000", 840000, ["irr", "rial"], "money", "about", ["rial", "dollar"])
d.F("more than 1,040,000", 1040000, ["irr", "rial"], "money", "more_than", ["rial", "dollar"])
d.F("a week earlier", 1, ["week"], "duration", core=False)
d.F("more than 300,000 subscribers", 300000, ["subscriber"], "count", "more_than", ["subscriber", "channel"])
d.F("about 80 percent", 80, ["percent"], "percent", "about", ["oil", "export"])
d.F("two generations", 2, ["generation"], "count", core=False)
# events
d.EV("Khamenei set 'red lines'", ["statement", "other"], THU, KH, core=False)
d.EV("hardliners voice doubts", ["statement"], None, [], core=False)
d.EV("approved the indirect format", ["other", "statement"], None, KH)
d.EV("Saturday's talks with the United States in Muscat", ["negotiation"], SAT, ["iran", "united states"], core=False)
d.EV("told Iran International.", ["statement"], None, [], core=False)
d.EV("Khamenei told a meeting of senior officials", ["statement"], THU, KH)
d.EV("Witkoff met for more than two and a half hours", ["negotiation"], SAT, ["araghchi", "witkoff", "iran", "united states"])
d.EV("spoke face to face", ["negotiation"], SAT, ["araghchi", "witkoff"], core=False)
d.EV("They agreed to meet again next Saturday", ["negotiation", "agreement"], D(2025, 4, 19), [], core=False)
d.EV("a senior official in Tehran told", ["statement"], None, [], core=False)
d.EV("Trump told reporters aboard Air Force One on Sunday", ["statement"], SUN, ["trump"])
d.EV("the rial traded at about 840,000", ["other"], SUN, [], core=False)
d.EV("Khat-e Moghavemat, wrote on Sunday", ["statement"], SUN, ["moghavemat", "telegram", "channel"])
d.EV("said in a video posted", ["statement"], None, ["izadkhah"], core=False)
d.EV("the Majlis had not been consulted", ["other", "negotiation"], None, [], core=False)
d.EV("struck a different tone on Sunday", ["statement"], SUN, ["ghalibaf", "qalibaf"])
d.EV("The Muscat meeting was the first negotiation", ["negotiation"], SAT, ["iran", "trump"], core=False)
d.EV("Khamenei had called talks with Washington", ["statement"], D(2025, 2, 7), KH)
d.EV("days after Trump signed a memorandum", ["legislation", "sanction"], ("2025-01-28", "2025-02-06"), ["trump"])
d.EV("restoring his \"maximum pressure\" campaign", ["sanction"], ("2025-01-28", "2025-02-06"), ["trump"])
d.EV("Trump later sent Khamenei a letter", ["statement", "negotiation"], ("2025-02-07", "2025-03-12"), ["trump"])
d.EV("Anwar Gargash delivered in Tehran", ["negotiation", "statement", "other"], D(2025, 3, 12), ["gargash", "uae", "united arab emirates"])
d.EV("Iran replied through Oman late last month", ["statement", "negotiation"], ("2025-03-16", "2025-03-31"), ["iran"])
d.EV("Trump withdrew from the 2015 nuclear deal", ["withdrawal"], D(2018, 5, 8), ["trump"])
d.EV("Iran's oil exports fell", ["other", "sanction"], ("2018-05-08", "2018-12-31"), [], core=False)
d.EV("Older Iranians also cite", ["statement"], None, [], core=False)
d.EV("a coup backed by the CIA and Britain ousted", ["coup"], D(1953, 8, 19), ["cia", "britain", "central intelligence agency"])
d.EV("Saeed Laylaz-Farokh told Iran International", ["statement"], None, ["laylaz"], core=False)
d.save()
